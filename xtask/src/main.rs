//! `cargo xtask codegen`: regenerate `generated/` from `specs/` (and the
//! generator's compiled test fixtures from `tests/fixtures/`).
//! `cargo xtask codegen --check`: fail, naming each file, when the generated
//! code is not exactly what the specs produce.
//! `cargo xtask diff`: what a spec change changes for the API's callers and
//! for Rust users (see `diff.rs`).
//! `cargo xtask generate`: a standalone crate for one spec (see `generate.rs`).
//! `cargo xtask corpus`: every real-world spec of the corpus generated and
//! checked (see `corpus.rs`); `cargo xtask corpus --directory PATH`: every
//! spec of a directory of them, such as APIs.guru's (see `directory/`).

/// `println!` that does not panic when standard output is gone (a reader
/// that closed the pipe, as `| head` does; a full disk): what is lost is
/// the text, not the exit code.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

/// `eprintln!` that does not panic when standard error is gone.
macro_rules! tell {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

mod bench;
mod corpus;
mod diff;
mod directory;
mod generate;

use std::process::ExitCode;

use switchboard_codegen::sync::{self, Drift};

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  codegen           regenerate generated/ from specs/ and tests/src/golden/ from
                    tests/fixtures/ (writes only files whose content changed)
  codegen --check   exit 1 and list every stale, missing or extra generated file
";

/// Every command's usage, a blank line between one and the next.
fn help() -> String {
    let commands = [
        diff::USAGE,
        generate::USAGE,
        corpus::USAGE,
        directory::USAGE,
        bench::USAGE,
    ];
    format!("{USAGE}{}", commands.join("\n"))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["codegen"] => codegen(false),
        ["codegen", "--check"] => codegen(true),
        ["diff", rest @ ..] => diff::run(&workspace_root(), rest),
        ["generate", rest @ ..] => generate::run(rest),
        ["corpus", rest @ ..] if rest.contains(&"--directory") => {
            directory::run(&workspace_root(), rest)
        }
        ["corpus", rest @ ..] => corpus::run(&workspace_root(), rest),
        // The child `corpus --directory` runs for each spec.
        ["corpus-one", rest @ ..] => directory::generate_one(rest),
        ["bench", rest @ ..] => bench::run(&workspace_root(), rest),
        ["bench-memory", rest @ ..] => bench::memory(rest),
        ["bench-peer-run", rest @ ..] => bench::peer_run(rest),
        ["help" | "--help" | "-h"] => {
            say!("{}", help());
            ExitCode::SUCCESS
        }
        _ => {
            tell!("{}", help());
            ExitCode::from(2)
        }
    }
}

use xtask::workspace_root;

fn codegen(check: bool) -> ExitCode {
    let root = workspace_root();
    let targets = xtask::targets();
    let outcome = match sync::run(&root, &targets, check) {
        Ok(outcome) => outcome,
        Err(error) => {
            tell!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    // The committed crate's warnings in full; the fixtures' (which test
    // warnings on purpose) as a count.
    let mut fixture_warnings = 0;
    for warning in &outcome.warnings {
        if targets[warning.target].specs == xtask::crate_target().specs {
            tell!("warning: {warning}");
        } else {
            fixture_warnings += 1;
        }
    }
    if fixture_warnings > 0 {
        tell!(
            "({fixture_warnings} warnings from {}, which test them)",
            xtask::fixtures_target().specs.display()
        );
    }
    let (problems, count) = (outcome.drift, outcome.files);
    if check {
        if problems.is_empty() {
            say!("generated code is up to date with the specs ({count} files)");
            return ExitCode::SUCCESS;
        }
        tell!("generated code is not what the specs produce:");
        for problem in &problems {
            tell!("  {problem}");
        }
        tell!("run `cargo xtask codegen` and commit the result.");
        return ExitCode::FAILURE;
    }
    for problem in &problems {
        match problem {
            Drift::Stale(path) => say!("updated {}", path.display()),
            Drift::Missing(path) => say!("created {}", path.display()),
            Drift::Extra(path) => say!("removed {}", path.display()),
        }
    }
    say!("{count} files generated, {} changed", problems.len());
    ExitCode::SUCCESS
}
