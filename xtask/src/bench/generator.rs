//! The generator's own figures: stage times in this process, and peak
//! memory in a fresh process per input.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use switchboard_codegen::{Surface, emit, load, model};

/// `bench-memory FILE`: generate one spec once and print the peak resident
/// memory, for the memory table (a fresh process per input).
pub fn memory(args: &[&str]) -> ExitCode {
    let [path] = args else {
        eprintln!("usage: cargo xtask bench-memory FILE");
        return ExitCode::from(2);
    };
    let before = peak_kib();
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("error: {path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    if std::env::var_os("SWITCHBOARD_BENCH_STAGES").is_some() {
        // Peak and time after each stage, to see which one holds the memory
        // and takes the time; emit and format together, piece by piece, as
        // `cargo xtask codegen` does.
        let started = Instant::now();
        let stage = |name: &str| {
            eprintln!(
                "after {name}: {:?} KiB, {:.1} s",
                peak_kib(),
                started.elapsed().as_secs_f64()
            );
        };
        let spec = load::parse_module(Path::new(path), &text, "bench");
        stage("parse");
        let Ok(spec) = spec else {
            return ExitCode::FAILURE;
        };
        let api = model::build(&spec);
        stage("model");
        let Ok(api) = api else {
            return ExitCode::FAILURE;
        };
        let surface = Surface::new(&api, "crate");
        stage("surface");
        let files = emit::try_provider_files(&surface, "bench");
        let bytes: usize = files.iter().flatten().map(|file| file.contents.len()).sum();
        stage(&format!("emit and format ({bytes} bytes out)"));
        return ExitCode::SUCCESS;
    }
    // The path `cargo xtask codegen` takes: every step on the model's
    // thread, files formatted piece by piece.
    let generated = model::on_deep_stack(|| {
        model::load_and_build(|| load::parse_to_build(Path::new(path), &text, "bench"))
            .and_then(|api| emit::try_provider_files(&Surface::new(&api, "crate"), "bench"))
            .map_err(|error| error.to_string())
    });
    match generated {
        Ok(_) => {
            println!("{} {}", before.unwrap_or(0), peak_kib().unwrap_or(0));
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

/// One spec to measure.
pub(super) struct Input {
    name: String,
    path: PathBuf,
    text: String,
}

/// The specs given by `--spec`, named by their file name.
pub(super) fn given(paths: &[PathBuf]) -> Result<Vec<Input>, String> {
    paths
        .iter()
        .map(|path| {
            let text =
                std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
            Ok(Input {
                name: path.display().to_string(),
                path: path.clone(),
                text,
            })
        })
        .collect()
}

pub(super) fn inputs(root: &Path, dir: &Path) -> Result<Vec<Input>, String> {
    let mut inputs = Vec::new();
    for name in ["telegent", "convirza", "flowroute", "carrierx"] {
        let path = root.join(format!("specs/{name}.yaml"));
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        inputs.push(Input {
            name: format!("specs/{name}.yaml"),
            path,
            text,
        });
    }
    // The largest spec other teams wrote that this corpus ships.
    let airflow = root.join("../shared/realspecs/airflow.json");
    if let Ok(text) = std::fs::read_to_string(&airflow) {
        inputs.push(Input {
            name: "realspecs/airflow.json".to_owned(),
            path: airflow,
            text,
        });
    }
    let carrierx = inputs[3].text.clone();
    for factor in [10, 100] {
        let text = scaled(&carrierx, factor)?;
        let path = dir.join(format!("carrierx_x{factor}.yaml"));
        std::fs::write(&path, &text).map_err(|e| format!("{}: {e}", path.display()))?;
        inputs.push(Input {
            name: format!("carrierx ×{factor} (synthetic)"),
            path,
            text,
        });
    }
    Ok(inputs)
}

/// The spec with every path and every component schema repeated `factor`
/// times under new names, and every `$ref` and `operationId` renamed to match.
fn scaled(text: &str, factor: usize) -> Result<String, String> {
    use serde_yaml::{Mapping, Value};
    let doc: Value = serde_yaml::from_str(text).map_err(|e| e.to_string())?;
    let paths = doc
        .get("paths")
        .and_then(Value::as_mapping)
        .ok_or("no paths")?;
    let schemas = doc["components"]["schemas"]
        .as_mapping()
        .ok_or("no schemas")?;
    let mut out = doc.clone();
    let mut new_paths = Mapping::new();
    let mut new_schemas = Mapping::new();
    for copy in 0..factor {
        for (path, item) in paths {
            let path = path.as_str().unwrap_or_default();
            new_paths.insert(format!("/copy{copy}{path}").into(), renamed(item, copy));
        }
        for (name, schema) in schemas {
            let name = name.as_str().unwrap_or_default();
            new_schemas.insert(format!("{name}{copy}").into(), renamed(schema, copy));
        }
    }
    out["paths"] = Value::Mapping(new_paths);
    out["components"]["schemas"] = Value::Mapping(new_schemas);
    // Shared parameters and responses point at the first copy's schemas.
    for section in ["parameters", "responses"] {
        if let Some(value) = doc["components"].get(section) {
            out["components"][section] = renamed(value, 0);
        }
    }
    serde_yaml::to_string(&out).map_err(|e| e.to_string())
}

/// `value` with every `$ref` to a component schema and every `operationId`
/// suffixed with `copy`.
fn renamed(value: &serde_yaml::Value, copy: usize) -> serde_yaml::Value {
    use serde_yaml::Value;
    match value {
        Value::Mapping(map) => Value::Mapping(
            map.iter()
                .map(|(key, child)| {
                    let suffixed = match (key.as_str(), child.as_str()) {
                        (Some("$ref"), Some(target))
                            if target.starts_with("#/components/schemas/") =>
                        {
                            Some(format!("{target}{copy}"))
                        }
                        (Some("operationId"), Some(id)) => Some(format!("{id}{copy}")),
                        _ => None,
                    };
                    let child = suffixed.map_or_else(|| renamed(child, copy), Value::String);
                    (key.clone(), child)
                })
                .collect(),
        ),
        Value::Sequence(items) => {
            Value::Sequence(items.iter().map(|item| renamed(item, copy)).collect())
        }
        other => other.clone(),
    }
}

/// Stage times of one generation, and the bytes it produced.
struct Stages {
    parse: Duration,
    model: Duration,
    surface: Duration,
    emit: Duration,
    format: Duration,
    bytes: usize,
}

fn generate(path: &Path, text: &str) -> Result<Stages, String> {
    let module = "bench";
    let start = Instant::now();
    let spec = load::parse_module(path, text, module).map_err(|e| e.to_string())?;
    let parsed = Instant::now();
    let api = model::build(&spec).map_err(|e| e.to_string())?;
    let modelled = Instant::now();
    let surface = Surface::new(&api, "crate");
    let surfaced = Instant::now();
    let tokens = emit::provider_tokens(&surface);
    let emitted = Instant::now();
    let bytes = tokens
        .into_iter()
        .map(|(_, tokens)| emit::format_tokens(tokens).len())
        .sum();
    let formatted = Instant::now();
    Ok(Stages {
        parse: parsed - start,
        model: modelled - parsed,
        surface: surfaced - modelled,
        emit: emitted - surfaced,
        format: formatted - emitted,
        bytes,
    })
}

pub(super) fn median(mut values: Vec<Duration>) -> Duration {
    values.sort();
    values[values.len() / 2]
}

fn ms(duration: Duration) -> String {
    format!("{:.2}", duration.as_secs_f64() * 1000.0)
}

pub(super) fn generator_table(inputs: &[Input], quick: bool) {
    println!("## Generator (release build, median of runs)\n");
    println!(
        "| input | spec KiB | parse ms | model ms | surface ms | emit ms | format ms | total ms | output KiB | runs |"
    );
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    // The provider specs' total, when they were among the inputs.
    let (mut providers_total, mut providers) = (Duration::ZERO, 0);
    for input in inputs {
        let runs = match (quick, input.text.len()) {
            (true, _) => 3,
            (false, size) if size > 1_000_000 => 5,
            _ => 21,
        };
        let mut stages = Vec::new();
        for _ in 0..runs {
            match generate(&input.path, &input.text) {
                Ok(measured) => stages.push(measured),
                Err(error) => {
                    println!(
                        "| {} | {} | not generated: {} ||||||||",
                        input.name,
                        input.text.len() / 1024,
                        first_line(&error)
                    );
                    break;
                }
            }
        }
        if stages.len() < runs {
            continue;
        }
        let pick = |f: fn(&Stages) -> Duration| median(stages.iter().map(f).collect());
        let total = median(
            stages
                .iter()
                .map(|s| s.parse + s.model + s.surface + s.emit + s.format)
                .collect(),
        );
        if input.name.starts_with("specs/") {
            providers_total += total;
            providers += 1;
        }
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {runs} |",
            input.name,
            input.text.len() / 1024,
            ms(pick(|s| s.parse)),
            ms(pick(|s| s.model)),
            ms(pick(|s| s.surface)),
            ms(pick(|s| s.emit)),
            ms(pick(|s| s.format)),
            ms(total),
            stages[0].bytes / 1024
        );
    }
    match providers {
        0 => println!(),
        4 => println!(
            "\nAll four provider specs: {} ms in total (target: under 50 ms).\n",
            ms(providers_total)
        ),
        n => println!(
            "\n{n} of the provider specs: {} ms in total.\n",
            ms(providers_total)
        ),
    }
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or_default()
}

pub(super) fn memory_table(inputs: &[Input]) {
    println!("## Generator peak memory (one generation per fresh process)\n");
    println!(
        "| input | spec KiB | process before KiB | peak KiB | growth KiB | growth ÷ spec size |"
    );
    println!("| --- | ---: | ---: | ---: | ---: | ---: |");
    let Ok(exe) = std::env::current_exe() else {
        return;
    };
    for input in inputs {
        let output = Command::new(&exe)
            .arg("bench-memory")
            .arg(&input.path)
            .output();
        let Ok(output) = output else { continue };
        let text = String::from_utf8_lossy(&output.stdout);
        let mut numbers = text
            .split_whitespace()
            .filter_map(|n| n.parse::<u64>().ok());
        let (Some(before), Some(peak)) = (numbers.next(), numbers.next()) else {
            println!(
                "| {} | {} | not generated ||||",
                input.name,
                input.text.len() / 1024
            );
            continue;
        };
        let growth = peak.saturating_sub(before);
        let spec_kib = (input.text.len() as f64 / 1024.0).max(1.0);
        println!(
            "| {} | {} | {before} | {peak} | {growth} | {:.1}× |",
            input.name,
            input.text.len() / 1024,
            growth as f64 / spec_kib
        );
    }
    println!("\nTarget: growth under 20× the spec's size.\n");
}

/// The peak resident set size of this process, from /proc (Linux).
fn peak_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
