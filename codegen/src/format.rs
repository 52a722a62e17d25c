//! The last step for committed code: the toolchain's `rustfmt`, so generated
//! files are formatted exactly as `cargo fmt` would leave them and pass
//! `cargo fmt --check` as they are.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{Error, GeneratedFile};

/// Formats every `.rs` file of `files` in place with one `rustfmt` run
/// (`$RUSTFMT`, else `rustfmt` on the `PATH`), edition 2024. The files are
/// written to a scratch directory of their own for the run and read back;
/// nothing else is touched.
pub fn rustfmt(files: &mut [GeneratedFile]) -> Result<(), Error> {
    let scratch =
        Scratch::new().map_err(|error| failure(format!("no scratch directory: {error}")))?;
    let mut paths = Vec::new();
    for file in files.iter().filter(|file| file.path.ends_with(".rs")) {
        let path = scratch.0.join(&file.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|error| failure(format!("{}: {error}", parent.display())))?;
        }
        std::fs::write(&path, &file.contents)
            .map_err(|error| failure(format!("{}: {error}", path.display())))?;
        paths.push(path);
    }
    if paths.is_empty() {
        return Ok(());
    }
    let program = std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into());
    let output = Command::new(&program)
        .args(["--edition", "2024"])
        .args(&paths)
        .output()
        .map_err(|error| {
            failure(format!(
                "cannot run `{}`: {error}",
                Path::new(&program).display()
            ))
            .hint("install it with `rustup component add rustfmt`")
        })?;
    if !output.status.success() {
        return Err(failure(format!(
            "rustfmt failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ))
        .hint("this is a generator bug: please report it with the spec"));
    }
    for file in files.iter_mut().filter(|file| file.path.ends_with(".rs")) {
        let path = scratch.0.join(&file.path);
        file.contents = std::fs::read_to_string(&path)
            .map_err(|error| failure(format!("{}: {error}", path.display())))?;
    }
    Ok(())
}

fn failure(message: String) -> Error {
    Error::new("rustfmt", "#", message)
}

/// A directory of its own under the system's temporary directory, removed
/// when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> std::io::Result<Scratch> {
        let base = std::env::temp_dir();
        for attempt in 0u32.. {
            let path = base.join(format!(
                "switchboard-rustfmt-{}-{attempt}",
                std::process::id()
            ));
            match std::fs::create_dir(&path) {
                Ok(()) => return Ok(Scratch(path)),
                Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(error) => return Err(error),
            }
        }
        Err(std::io::Error::other("no free scratch directory name"))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
