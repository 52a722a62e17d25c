//! Paths as a generated crate should write them: relative, so the crate and
//! what it points at can move together and no path of this machine is kept.

use std::path::{Component, Path, PathBuf};

/// `path` made absolute against the current directory, with `.` and `..`
/// resolved lexically (the target may not exist yet).
pub fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .unwrap_or_else(|_| PathBuf::from("/"))
            .join(path)
    };
    let mut out = PathBuf::new();
    for component in joined.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// `to` as seen from the directory `from` (`../../runtime`), with `/`
/// separators; both are made absolute first.
pub fn relative(from: &Path, to: &Path) -> String {
    let (from, to) = (absolute(from), absolute(to));
    let from: Vec<Component> = from.components().collect();
    let to: Vec<Component> = to.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = vec!["..".to_owned(); from.len() - common];
    parts.extend(
        to[common..]
            .iter()
            .map(|part| part.as_os_str().to_string_lossy().into_owned()),
    );
    if parts.is_empty() {
        ".".to_owned()
    } else {
        parts.join("/")
    }
}

/// How a generated crate in `out` names the spec `spec`: its path relative to
/// `out` when it lies inside `out`, else its file name.
pub fn spec_label(out: &Path, spec: &Path) -> String {
    let (out, spec) = (absolute(out), absolute(spec));
    match spec.strip_prefix(&out) {
        Ok(inside) => inside.to_string_lossy().replace('\\', "/"),
        Err(_) => spec.file_name().map_or_else(
            || "openapi".to_owned(),
            |name| name.to_string_lossy().into_owned(),
        ),
    }
}

/// The version of `switchboard-runtime` in this checkout, from its manifest.
pub fn runtime_version() -> String {
    const MANIFEST: &str = include_str!("../../runtime/Cargo.toml");
    MANIFEST
        .lines()
        .find_map(|line| line.strip_prefix("version = "))
        .map(|version| version.trim().trim_matches('"').to_owned())
        .unwrap_or_else(|| "0.1".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_walk_up_then_down() {
        assert_eq!(
            relative(Path::new("/a/b/c"), Path::new("/a/runtime")),
            "../../runtime"
        );
        assert_eq!(relative(Path::new("/a"), Path::new("/a/x/y")), "x/y");
        assert_eq!(relative(Path::new("/a/b"), Path::new("/a/b")), ".");
        assert_eq!(
            relative(Path::new("/a/./b/../c"), Path::new("/a/d")),
            "../d"
        );
    }

    #[test]
    fn a_spec_is_named_inside_the_crate_or_by_file_name() {
        assert_eq!(
            spec_label(Path::new("/w/out"), Path::new("/w/out/spec/api.yaml")),
            "spec/api.yaml"
        );
        assert_eq!(
            spec_label(Path::new("/w/out"), Path::new("/home/me/api.yaml")),
            "api.yaml"
        );
    }

    #[test]
    fn the_runtime_version_is_read_from_its_manifest() {
        assert!(
            runtime_version()
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
        );
    }
}
