//! What the generated code costs its users: the compile time of each
//! provider feature of `switchboard`, and (through criterion) the runtime's
//! overhead on the request path.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use super::generator::median;

pub(super) fn compile_table(root: &Path, quick: bool) {
    println!(
        "## Compile time of `switchboard` (dev profile, dependencies built, after touching the crate)\n"
    );
    println!("| features | generated lines | median s | runs |");
    println!("| --- | ---: | ---: | ---: |");
    let target = root.join("target/bench-compile");
    let runs = if quick { 1 } else { 3 };
    let providers = ["telegent", "convirza", "flowroute", "carrierx"];
    let mut sets: Vec<(String, Vec<&str>)> = providers
        .iter()
        .map(|p| ((*p).to_owned(), vec![*p]))
        .collect();
    sets.push(("all four".to_owned(), providers.to_vec()));
    sets.push(("none (runtime only)".to_owned(), Vec::new()));
    for (label, features) in sets {
        let lines: usize = features.iter().map(|p| generated_lines(root, p)).sum();
        let build = || {
            let mut command = Command::new(env!("CARGO"));
            command
                .args([
                    "build",
                    "--quiet",
                    "-p",
                    "switchboard",
                    "--no-default-features",
                ])
                .env("CARGO_TARGET_DIR", &target)
                .current_dir(root);
            if !features.is_empty() {
                command.args(["--features", &features.join(",")]);
            }
            command.status().is_ok_and(|status| status.success())
        };
        if !build() {
            println!("| {label} | {lines} | build failed | |");
            continue;
        }
        let mut times = Vec::new();
        for _ in 0..runs {
            let lib = root.join("generated/src/lib.rs");
            // Touching the crate root rebuilds the crate, not its dependencies.
            let _ = std::fs::File::options()
                .append(true)
                .open(&lib)
                .and_then(|file| file.set_modified(std::time::SystemTime::now()));
            let start = Instant::now();
            build();
            times.push(start.elapsed());
        }
        println!(
            "| {label} | {lines} | {:.2} | {runs} |",
            median(times).as_secs_f64()
        );
    }
    println!();
}

fn generated_lines(root: &Path, provider: &str) -> usize {
    let dir = root.join("generated/src").join(provider);
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| std::fs::read_to_string(entry.path()).ok())
        .map(|text| text.lines().count())
        .sum()
}

pub(super) fn runtime_table(root: &Path, quick: bool) {
    println!("## Runtime (criterion, `tests/benches/runtime.rs`)\n");
    let mut command = Command::new(env!("CARGO"));
    command
        .args([
            "bench",
            "-p",
            "switchboard-tests",
            "--bench",
            "runtime",
            "--",
        ])
        .current_dir(root);
    if quick {
        command.args(["--warm-up-time", "1", "--measurement-time", "2"]);
    }
    match command.output() {
        Ok(output) if output.status.success() => {}
        _ => {
            println!(
                "the runtime benches did not run (`cargo bench -p switchboard-tests --bench runtime`)\n"
            );
            return;
        }
    }
    let criterion = root.join("target/criterion");
    let mut rows = Vec::new();
    collect_estimates(&criterion, &criterion, &mut rows);
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    println!("| benchmark | median |");
    println!("| --- | ---: |");
    for (id, nanos) in &rows {
        println!("| {id} | {} |", human(*nanos));
    }
    println!();
    // Ours against the baseline of the same name.
    println!("| benchmark | ours | baseline | ratio |");
    println!("| --- | ---: | ---: | ---: |");
    for (id, nanos) in &rows {
        if let Some((_, baseline)) = rows
            .iter()
            .find(|(other, _)| *other == format!("{id}/baseline"))
        {
            println!(
                "| {id} | {} | {} | {:.2}× |",
                human(*nanos),
                human(*baseline),
                nanos / baseline
            );
        }
    }
    println!();
}

/// Every `<id>/new/estimates.json` under `dir`, as (id, median ns).
fn collect_estimates(base: &Path, dir: &Path, rows: &mut Vec<(String, f64)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if !path.is_dir() || path.file_name().is_some_and(|name| name == "report") {
            continue;
        }
        let estimates = path.join("new/estimates.json");
        if let Ok(text) = std::fs::read_to_string(&estimates) {
            let median = serde_json::from_str::<serde_json::Value>(&text)
                .ok()
                .and_then(|value| value["median"]["point_estimate"].as_f64());
            if let (Some(median), Ok(id)) = (median, path.strip_prefix(base)) {
                rows.push((id.to_string_lossy().into_owned(), median));
            }
            continue;
        }
        collect_estimates(base, &path, rows);
    }
}

fn human(nanos: f64) -> String {
    if nanos >= 1_000_000.0 {
        format!("{:.2} ms", nanos / 1_000_000.0)
    } else if nanos >= 1_000.0 {
        format!("{:.2} µs", nanos / 1_000.0)
    } else {
        format!("{nanos:.0} ns")
    }
}
