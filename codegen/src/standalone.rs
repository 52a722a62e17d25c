//! `cargo xtask generate`: one spec → a complete standalone crate that uses
//! the `switchboard` runtime, for a provider that is not (yet) in `specs/`.

use std::borrow::Cow;
use std::path::Path;

use quote::quote;

use crate::emit::{GeneratedFile, ident};
use crate::ir::Warning;
use crate::surface::features::Features;
use crate::{Error, load, model};

/// The module the API lives in inside the standalone crate.
const MODULE: &str = "api";

/// What the generated files say made them.
const COMMAND: &str = "cargo xtask generate";

/// Where the generated crate finds `switchboard-runtime`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Runtime {
    /// A path to the runtime crate's directory, as `Cargo.toml` should say it
    /// (relative to the generated crate, so the pair can move together).
    Path(String),
    /// A version requirement, for the runtime from a registry.
    Version(String),
}

/// How to make a standalone crate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The package name (`acme-client`).
    pub crate_name: String,
    /// Where the crate finds `switchboard-runtime`.
    pub runtime: Runtime,
    /// Its `Cargo.toml` declares a workspace of its own, so it builds wherever
    /// it is written; without, it can join another workspace.
    pub own_workspace: bool,
    /// How the generated files' headers and docs name the spec (a path
    /// relative to the crate, or the file name): never a path of the machine
    /// that generated it.
    pub spec_label: String,
    /// The most lines of Rust the crate may have (see [`DEFAULT_MAX_LINES`]).
    pub max_lines: usize,
    /// Whether the crate has a cargo feature per group of operations.
    pub features: FeatureMode,
}

/// When a standalone crate has a cargo feature per group of operations (its
/// first tag, or its first path segment), so that a user of one group
/// compiles only its operations and the types they reach. Never with a
/// single group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeatureMode {
    /// When the spec has more than `threshold` operations.
    Auto {
        /// The most operations a crate without features has.
        threshold: usize,
    },
    /// Whatever the number of operations.
    Tags,
    /// Never: every operation is always compiled.
    None,
}

/// How many operations a crate has without features, by default: below
/// that, compiling all of it takes a few seconds anyway.
pub const DEFAULT_FEATURE_THRESHOLD: usize = 100;

impl Default for FeatureMode {
    fn default() -> Self {
        FeatureMode::Auto {
            threshold: DEFAULT_FEATURE_THRESHOLD,
        }
    }
}

impl FeatureMode {
    /// The features of `api` in this mode, if it gets any.
    fn features(self, surface: &crate::Surface<'_>) -> Option<Features> {
        let api = surface.api;
        let wanted = match self {
            FeatureMode::Auto { threshold } => api.operations.len() > threshold,
            FeatureMode::Tags => true,
            FeatureMode::None => false,
        };
        let features = wanted.then(|| Features::of(api, &surface.messages))?;
        (features.groups.len() > 1).then_some(features)
    }
}

/// How many lines of Rust a generated crate may have by default: rustc
/// needs about 6 GB of memory per million lines to check one (Microsoft
/// Graph's 3.4 million took more than 18 GB), so a larger crate would not
/// compile on a typical machine.
pub const DEFAULT_MAX_LINES: usize = 1_500_000;

/// A generated standalone crate.
#[derive(Debug, Clone)]
pub struct Crate {
    /// Its files, paths relative to the crate's directory.
    pub files: Vec<GeneratedFile>,
    /// What the generator did not take literally (see [`Warning`]).
    pub warnings: Vec<Warning>,
}

/// The crate for the spec at `path` (`text` is its content, kept without a
/// copy when given as a `String`; errors name the spec by `path`).
pub fn generate<'t>(
    path: &Path,
    text: impl Into<Cow<'t, str>>,
    options: &Options,
) -> Result<Crate, Error> {
    let kept = crate::emit::InPlaces::default();
    let warnings = generate_in_places(path, text.into(), options, &|place, file| {
        kept.keep(place, file)
    })?;
    Ok(Crate {
        files: kept.into_files(),
        warnings,
    })
}

/// The crate [`generate`] makes, each file handed to `sink` as soon as it is
/// made, from whichever thread made it, instead of all of them at the end:
/// the text held at a time is a few files', not the crate's (on a large
/// spec, most of the memory the formatting takes). Its warnings, once every
/// file is made. `false` from `sink` stops the work, with `Ok`: the caller
/// knows why. After an error, the files `sink` was given are not a crate.
pub fn generate_into<'t>(
    path: &Path,
    text: impl Into<Cow<'t, str>>,
    options: &Options,
    sink: &(dyn Fn(GeneratedFile) -> bool + Sync),
) -> Result<Vec<Warning>, Error> {
    generate_in_places(path, text.into(), options, &|_, file| sink(file))
}

/// Whether `first_line`, a file's first line, is the header this generator
/// writes at the top of a crate's files: `# Generated by `cargo xtask
/// generate`` in `Cargo.toml`, `// Generated from `…` by `cargo xtask
/// generate`` in the Rust files. A file without it is not one to replace.
pub fn is_generated_header(first_line: &str) -> bool {
    match first_line.strip_prefix("# Generated by `") {
        Some(rest) => rest.starts_with(COMMAND) && rest[COMMAND.len()..].starts_with('`'),
        None => {
            first_line.starts_with("// Generated from ")
                && first_line.contains(&format!(" by `{COMMAND}`"))
        }
    }
}

/// Why `name` cannot name the generated crate, as cargo would refuse it:
/// `None` for letters, digits, `-` and `_`, starting with a letter, that
/// are not a Rust keyword, a crate of the standard library or a directory
/// of cargo's build output.
pub fn crate_name_refusal(name: &str) -> Option<&'static str> {
    let spelled = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !spelled {
        return Some("use letters, digits, `-` and `_`, starting with a letter");
    }
    let rust_name = name.replace('-', "_");
    if KEYWORDS.contains(&rust_name.as_str()) {
        return Some("it is a Rust keyword: choose another name");
    }
    if ["std", "core", "alloc", "proc_macro", "test"].contains(&rust_name.as_str()) {
        return Some("it is the name of a crate of Rust's standard library: choose another name");
    }
    if ["deps", "examples", "build", "incremental"].contains(&name) {
        return Some("cargo uses it for a directory of its build output: choose another name");
    }
    if rust_name == "switchboard_runtime" {
        return Some("it is the runtime the crate depends on: choose another name");
    }
    None
}

/// Rust's keywords, strict and reserved, of every edition.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// [`generate_into`], each file with its place in [`Crate::files`].
fn generate_in_places(
    path: &Path,
    text: Cow<'_, str>,
    options: &Options,
    sink: crate::emit::Sink<'_>,
) -> Result<Vec<Warning>, Error> {
    let crate_name = options.crate_name.as_str();
    if let Some(refusal) = crate_name_refusal(crate_name) {
        return Err(Error::new(
            path,
            "#",
            format!("`{crate_name}` is not a valid crate name"),
        )
        .hint(refusal));
    }
    // On one thread: the document is not needed past the model, and its
    // memory goes to the code written next (a third of the peak on a large
    // spec).
    model::on_deep_stack(|| generate_here(path, text, options, sink))
}

fn generate_here(
    path: &Path,
    text: Cow<'_, str>,
    options: &Options,
    sink: crate::emit::Sink<'_>,
) -> Result<Vec<Warning>, Error> {
    let crate_name = options.crate_name.as_str();
    let mut api = model::load_and_build(|| load::parse_to_build(path, text, MODULE))?;
    api.spec_path = options.spec_label.clone();
    let rust_name = crate_name.replace('-', "_");
    let paths = crate::surface::DocPaths {
        module: format!("{rust_name}::{MODULE}"),
        runtime: format!("{rust_name}::runtime"),
    };
    let mut surface = crate::Surface::with_examples(&api, "crate", &paths);
    surface.features = options.features.features(&surface);
    // Lines of Rust, counted as the files go.
    let lines = std::sync::atomic::AtomicUsize::new(0);
    let send = |place: usize, file: GeneratedFile| {
        if file.path.ends_with(".rs") {
            let count = crate::emit::line_count(&file.contents);
            lines.fetch_add(count, std::sync::atomic::Ordering::Relaxed);
        }
        sink(place, file)
    };
    let first = [
        cargo_toml(
            crate_name,
            &options.runtime,
            options.own_workspace,
            surface.features.as_ref(),
        ),
        lib_rs(&surface, crate_name),
    ];
    let before = first.len();
    for (place, file) in first.into_iter().enumerate() {
        if !send(place, file) {
            return Ok(Vec::new());
        }
    }
    let stopped = std::sync::atomic::AtomicBool::new(false);
    crate::emit::try_provider_files_into(
        &surface,
        COMMAND,
        options.max_lines,
        &|place, mut file| {
            file.path = format!("src/{}", file.path);
            let sent = send(before + place, file);
            if !sent {
                stopped.store(true, std::sync::atomic::Ordering::Relaxed);
            }
            sent
        },
    )?;
    let lines = lines.into_inner();
    if stopped.into_inner() {
        return Ok(Vec::new());
    }
    if lines > options.max_lines {
        return Err(crate::emit::too_many_lines(
            &api,
            lines,
            options.max_lines,
            false,
        ));
    }
    Ok(api.warnings.clone())
}

fn cargo_toml(
    crate_name: &str,
    runtime: &Runtime,
    own_workspace: bool,
    features: Option<&Features>,
) -> GeneratedFile {
    let runtime = match runtime {
        Runtime::Path(path) => format!("{{ path = {path:?} }}"),
        Runtime::Version(version) => format!("{version:?}"),
    };
    GeneratedFile {
        path: "Cargo.toml".to_owned(),
        contents: format!(
            r#"# Generated by `{COMMAND}`. Regenerate instead of editing.
[package]
name = "{crate_name}"
version = "0.1.0"
edition = "2024"
publish = false

[dependencies]
# Transport, credentials, retries, decoding, errors; and the serde, serde_json,
# http and reqwest the generated code names, re-exported.
switchboard-runtime = {runtime}
{features}{workspace}"#,
            features = features.map(features_toml).unwrap_or_default(),
            workspace = if own_workspace {
                "\n# A crate of its own, even when generated inside another workspace.\n[workspace]\n"
            } else {
                ""
            }
        ),
    }
}

/// The `[features]` table: `all` (the default) and one per group.
fn features_toml(features: &Features) -> String {
    let all: Vec<String> = features
        .groups
        .iter()
        .map(|group| format!("{:?}", group.feature.as_code()))
        .collect();
    let mut out = format!(
        "\n# One feature per group of operations: each turns on the group's operations\n\
         # and the types they need. `all` (the default) turns on every group.\n\
         [features]\ndefault = [\"all\"]\nall = [{}]\n",
        all.join(", ")
    );
    for group in &features.groups {
        let plural = if group.operations == 1 { "" } else { "s" };
        out.push_str(&format!(
            "# {:?}: {} operation{plural}\n{} = []\n",
            group.label,
            group.operations,
            group.feature.as_code()
        ));
    }
    out
}

/// `text` as it reads in a Markdown table cell: what would be markup, a
/// link (`[tag]`) or a column break escaped.
fn table_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '|' | '[' | ']' | '`' | '*' | '_' => {
                out.push('\\');
                out.push(c);
            }
            other => out.push(other),
        }
    }
    out
}

/// The crate docs' section on features: a table of them and how to pick one.
fn features_doc(features: &Features, crate_name: &str) -> String {
    let mut out = String::from(
        "\n\n# Features\n\n\
         Each group of operations (the spec's first tag of an operation, or the first segment of its path) \
         is a cargo feature: it turns on the group's client methods and request builders, and the types \
         they need. `all`, the default, turns on every group.\n\n\
         | feature | group | operations |\n| --- | --- | --- |\n",
    );
    for group in &features.groups {
        out.push_str(&format!(
            "| `{}` | {} | {} |\n",
            group.feature.as_code(),
            table_text(&group.label),
            group.operations
        ));
    }
    let example = features
        .groups
        .first()
        .map_or("", |group| group.feature.as_code());
    out.push_str(&format!(
        "\nTo compile only some groups, turn the default off and name them:\n\n\
         ```toml\n[dependencies]\n{crate_name} = {{ version = \"0.1\", default-features = false, features = [\"{example}\"] }}\n```"
    ));
    out
}

fn lib_rs(surface: &crate::Surface<'_>, crate_name: &str) -> GeneratedFile {
    let module = ident(&surface.module);
    let features = surface
        .features
        .as_ref()
        .map(|features| features_doc(features, crate_name))
        .unwrap_or_default();
    let text = crate::emit::inner_doc_attrs(&format!(
        "{}: a typed client generated from `{}` by `{COMMAND}`.\n\nSee [`{MODULE}`] for the operations.{features}",
        surface.title, surface.api.spec_path
    ));
    let tokens = quote! {
        #text

        /// The runtime the generated module calls into: errors, responses,
        /// retry policies, transports.
        pub use switchboard_runtime as runtime;
        pub use switchboard_runtime::{Error, Response};

        #[rustfmt::skip]
        pub mod #module;

        pub use #module::{Auth, Client};
    };
    GeneratedFile {
        path: "src/lib.rs".to_owned(),
        contents: format!(
            "// Generated from `{}` by `{COMMAND}`. Do not edit.\n\n{}",
            surface.api.spec_path,
            crate::emit::format_tokens(tokens)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::table_text;

    #[test]
    fn a_group_label_is_text_in_the_features_table() {
        assert_eq!(
            table_text(r"Product [identifier] | <b>x_y</b> `a` *b* \c"),
            r"Product \[identifier\] \| &lt;b&gt;x\_y&lt;/b&gt; \`a\` \*b\* \\c"
        );
    }
}
