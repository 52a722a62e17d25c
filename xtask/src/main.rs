//! `cargo xtask codegen`: regenerate `generated/` from `specs/`.
//! `cargo xtask codegen --check`: fail, naming each file, when `generated/` is
//! not exactly what the specs produce.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use switchboard_codegen::sync::{self, Drift};

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  codegen           regenerate generated/ from specs/ (writes only changed files)
  codegen --check   exit 1 and list every stale, missing or extra file in generated/";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["codegen"] => codegen(false),
        ["codegen", "--check"] => codegen(true),
        ["help" | "--help" | "-h"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one level below the workspace root")
        .to_path_buf()
}

fn codegen(check: bool) -> ExitCode {
    let root = workspace_root();
    // Everything is generated in memory first: a bad spec stops here, before
    // a single file is written.
    let files = match switchboard_codegen::generate(&root) {
        Ok(files) => files,
        Err(error) => {
            eprintln!("error: {error}");
            eprintln!("nothing was written.");
            return ExitCode::FAILURE;
        }
    };
    let result = if check {
        sync::drift(&root, &files)
    } else {
        sync::write(&root, &files)
    };
    let problems = match result {
        Ok(problems) => problems,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    if check {
        if problems.is_empty() {
            println!(
                "generated/ is up to date with specs/ ({} files)",
                files.len()
            );
            return ExitCode::SUCCESS;
        }
        eprintln!("generated/ is not what specs/ produce:");
        for problem in &problems {
            eprintln!("  {problem}");
        }
        eprintln!("run `cargo xtask codegen` and commit the result.");
        return ExitCode::FAILURE;
    }
    for problem in &problems {
        let verb = match problem {
            Drift::Stale(path) => format!("updated {}", path.display()),
            Drift::Missing(path) => format!("created {}", path.display()),
            Drift::Extra(path) => format!("removed {}", path.display()),
        };
        println!("{verb}");
    }
    println!(
        "{} files generated, {} changed",
        files.len(),
        problems.len()
    );
    ExitCode::SUCCESS
}
