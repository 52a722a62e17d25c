//! `generate`'s command line: each flag and its value, `--flag value` or
//! `--flag=value`, and what is wrong with them.

use std::path::PathBuf;

use switchboard_codegen::standalone::{self, FeatureMode};

/// The command's arguments, parsed.
pub(super) struct Args {
    pub(super) spec: PathBuf,
    pub(super) out: PathBuf,
    pub(super) crate_name: Option<String>,
    pub(super) runtime_version: Option<String>,
    pub(super) runtime_path: Option<PathBuf>,
    pub(super) max_lines: usize,
    pub(super) rustfmt: bool,
    pub(super) mode: Option<FeatureMode>,
    pub(super) threshold: usize,
}

/// Why the arguments are not a run: help asked for, or what is wrong.
#[derive(Debug, PartialEq)]
pub(super) enum Usage {
    Help,
    Wrong(String),
}

/// The command's arguments (after `generate`), or why they are not a run.
pub(super) fn parse(args: &[&str]) -> Result<Args, Usage> {
    let wrong = |message: String| Err(Usage::Wrong(message));
    let (mut spec, mut out, mut crate_name) = (None, None, None);
    let (mut runtime_version, mut runtime_path) = (None, None);
    let mut max_lines = standalone::DEFAULT_MAX_LINES;
    let mut rustfmt = false;
    let mut mode = None;
    let mut threshold = standalone::DEFAULT_FEATURE_THRESHOLD;
    let mut rest = args.iter();
    let mut seen: Vec<&str> = Vec::new();
    while let Some(&arg) = rest.next() {
        // `--flag value` or `--flag=value`.
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag, Some(value)),
            _ => (arg, None),
        };
        if seen.contains(&flag) {
            return wrong(format!("`{flag}` is given twice: give it once"));
        }
        seen.push(flag);
        // An empty value (`--out=`, `--out "$UNSET"`) is no value: an empty
        // `--out` would be the current directory.
        let mut value = || match inline.or_else(|| rest.next().copied()) {
            Some(value) if !value.is_empty() => Ok(value),
            _ => Err(Usage::Wrong(format!("`{flag}` needs a value"))),
        };
        match flag {
            "--rustfmt" | "--help" if inline.is_some() => {
                return wrong(format!("`{flag}` takes no value"));
            }
            "--rustfmt" => rustfmt = true,
            "--help" | "-h" => return Err(Usage::Help),
            "--spec" => spec = Some(PathBuf::from(value()?)),
            "--out" => out = Some(PathBuf::from(value()?)),
            "--crate-name" => crate_name = Some(value()?.to_owned()),
            "--runtime-version" => runtime_version = Some(value()?.to_owned()),
            "--runtime-path" => runtime_path = Some(PathBuf::from(value()?)),
            "--max-lines" => {
                let text = value()?;
                match text.parse() {
                    Ok(lines) => max_lines = lines,
                    Err(_) => return wrong(format!("`--max-lines` takes a number, not `{text}`")),
                }
            }
            "--features" => match value()? {
                "auto" => mode = None,
                "tags" => mode = Some(FeatureMode::Tags),
                "none" => mode = Some(FeatureMode::None),
                other => {
                    return wrong(format!(
                        "`--features` takes auto, tags or none, not `{other}`"
                    ));
                }
            },
            "--feature-threshold" => {
                let text = value()?;
                match text.parse() {
                    Ok(operations) => threshold = operations,
                    Err(_) => {
                        return wrong(format!(
                            "`--feature-threshold` takes a number, not `{text}`"
                        ));
                    }
                }
            }
            _ => return wrong(format!("unknown option `{flag}`")),
        }
    }
    if runtime_version.is_some() && runtime_path.is_some() {
        return wrong("give --runtime-version or --runtime-path, not both".to_owned());
    }
    match (spec, out) {
        (Some(spec), Some(out)) => Ok(Args {
            spec,
            out,
            crate_name,
            runtime_version,
            runtime_path,
            max_lines,
            rustfmt,
            mode,
            threshold,
        }),
        (None, None) => wrong("--spec FILE and --out DIR are required".to_owned()),
        (None, _) => {
            wrong("--spec FILE is required: the OpenAPI document, YAML or JSON".to_owned())
        }
        _ => wrong(
            "--out DIR is required: the directory the crate goes to (made if missing)".to_owned(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;
    use std::process::ExitCode;

    use super::*;

    /// `--help` is usage, not a flag missing its value; an unknown flag is
    /// named as unknown whether a value follows or not; a missing `--spec`
    /// or `--out` is named.
    #[test]
    fn usage_mistakes_are_told_apart() {
        let wrong = |args: &[&str]| match parse(args) {
            Err(Usage::Wrong(message)) => message,
            Err(Usage::Help) => "help".to_owned(),
            Ok(_) => "parsed".to_owned(),
        };
        assert_eq!(parse(&["--help"]).err(), Some(Usage::Help));
        assert_eq!(parse(&["--spec", "a.yaml", "-h"]).err(), Some(Usage::Help));
        assert_eq!(wrong(&["--bogus"]), "unknown option `--bogus`");
        assert_eq!(wrong(&["--bogus", "x"]), "unknown option `--bogus`");
        assert_eq!(wrong(&["--spec"]), "`--spec` needs a value");
        assert!(wrong(&["--out", "d"]).starts_with("--spec FILE is required"));
        assert!(wrong(&["--spec", "a.yaml"]).starts_with("--out DIR is required"));
        assert_eq!(wrong(&[]), "--spec FILE and --out DIR are required");
        assert_eq!(
            wrong(&[
                "--spec",
                "a",
                "--out",
                "d",
                "--runtime-version",
                "1",
                "--runtime-path",
                "r"
            ]),
            "give --runtime-version or --runtime-path, not both"
        );
        assert_eq!(wrong(&["--spec", "a", "--out", "d", "--rustfmt"]), "parsed");
        // `--flag=value` is `--flag value`; a flag given twice is named.
        let parsed = parse(&["--spec=a.yaml", "--out=d=e", "--max-lines=7"]);
        let Ok(args) = parsed else {
            panic!("`--flag=value` refused: {:?}", parsed.err())
        };
        assert_eq!(
            (args.spec, args.out, args.max_lines),
            (PathBuf::from("a.yaml"), PathBuf::from("d=e"), 7)
        );
        assert_eq!(
            wrong(&["--spec", "a", "--out", "d", "--spec", "b"]),
            "`--spec` is given twice: give it once"
        );
        assert_eq!(
            wrong(&["--spec=a", "--out", "d", "--spec=b"]),
            "`--spec` is given twice: give it once"
        );
        assert_eq!(
            wrong(&["--spec", "a", "--out", "d", "--rustfmt=yes"]),
            "`--rustfmt` takes no value"
        );
        assert_eq!(wrong(&["--bogus=1"]), "unknown option `--bogus`");
        assert_eq!(wrong(&["--spec", "a", "--out="]), "`--out` needs a value");
        assert_eq!(
            wrong(&["--spec", "a", "--out", ""]),
            "`--out` needs a value"
        );
        assert_eq!(super::super::run(&["--help"]), ExitCode::SUCCESS);
        assert_eq!(super::super::run(&["--bogus"]), ExitCode::from(2));
    }
}
