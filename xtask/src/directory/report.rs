//! Phase 3: every spec's outcome, its cause in words that group alike
//! failures, the results file and the table.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use super::Spec;

/// What happened to one spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Outcome {
    /// A crate that passes `cargo check`.
    Checks,
    /// A crate, not checked (yet, or `--generate-only`).
    Generated,
    /// The generator refused the spec, with a located error.
    Refused,
    /// A crate that does not compile: a generator bug.
    Broken,
    /// The generator panicked: a generator bug.
    Panicked,
    /// The child died (a signal, an abort, the time or memory limit).
    Crashed,
}

impl Outcome {
    /// The word in the results file and the table.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Checks => "checks",
            Outcome::Generated => "generated",
            Outcome::Refused => "refused",
            Outcome::Broken => "broken",
            Outcome::Panicked => "panicked",
            Outcome::Crashed => "crashed",
        }
    }

    fn parse(text: &str) -> Option<Self> {
        [
            Outcome::Checks,
            Outcome::Generated,
            Outcome::Refused,
            Outcome::Broken,
            Outcome::Panicked,
            Outcome::Crashed,
        ]
        .into_iter()
        .find(|outcome| outcome.as_str() == text)
    }
}

/// One spec's line of the results.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub name: String,
    pub label: String,
    pub version: String,
    pub bytes: u64,
    pub outcome: Outcome,
    /// The refusal, the panic, the first compiler error: one line.
    pub detail: String,
    /// Time to generate, in milliseconds.
    pub millis: u64,
    /// The generator's peak resident memory.
    pub peak_kb: u64,
    pub lines: u64,
    pub warnings: u64,
}

impl Row {
    pub fn new(spec: &Spec) -> Self {
        Row {
            name: spec.name.clone(),
            label: spec.label.clone(),
            version: spec.version.clone(),
            bytes: spec.bytes,
            outcome: Outcome::Crashed,
            detail: String::new(),
            millis: 0,
            peak_kb: 0,
            lines: 0,
            warnings: 0,
        }
    }

    /// What groups this failure with alike ones: the message with the
    /// spec's own names (`…` in backticks) and the place left out.
    pub fn cause(&self) -> String {
        let first = self.detail.lines().next().unwrap_or_default();
        let message = match self.outcome {
            // `file: at #/pointer: message` → the message.
            Outcome::Refused => first
                .split_once(": at ")
                .and_then(|(_, rest)| rest.split_once(": "))
                .map_or(first, |(_, message)| message),
            Outcome::Panicked => first
                .split_once("panicked at ")
                .map_or(first, |(_, rest)| rest),
            _ => first,
        };
        generic(message)
    }

    /// A refusal names the file and the place in it.
    pub fn located(&self) -> bool {
        self.outcome != Outcome::Refused || self.detail.contains(": at ")
    }
}

/// `message` with every `code span` shortened to `…` and parenthesized
/// lists left out, so that alike failures read alike.
fn generic(message: &str) -> String {
    let mut out = String::new();
    let mut in_code = false;
    let mut depth = 0usize;
    for c in message.chars() {
        match c {
            '`' => {
                if !in_code && depth == 0 {
                    out.push_str("`…`");
                }
                in_code = !in_code;
            }
            _ if in_code => {}
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth > 0 => {}
            _ => out.push(c),
        }
    }
    let text = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = text.trim_end_matches([':', ' ']).to_owned();
    if text.len() > 140 {
        let cut: String = text.chars().take(140).collect();
        format!("{cut}…")
    } else {
        text
    }
}

const HEADER: &str =
    "name\tspec\tversion\tbytes\toutcome\tmillis\tpeak_kb\tlines\twarnings\tdetail";

/// The rows of an earlier run, if its file is there and readable.
pub(crate) fn read_results(path: &Path) -> Vec<Row> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return Vec::new();
    };
    text.lines()
        .skip(1)
        .filter_map(|line| {
            let fields: Vec<&str> = line.splitn(10, '\t').collect();
            let [
                name,
                label,
                version,
                bytes,
                outcome,
                millis,
                peak,
                lines,
                warnings,
                detail,
            ] = fields.as_slice()
            else {
                return None;
            };
            Some(Row {
                name: (*name).to_owned(),
                label: (*label).to_owned(),
                version: (*version).to_owned(),
                bytes: bytes.parse().ok()?,
                outcome: Outcome::parse(outcome)?,
                millis: millis.parse().ok()?,
                peak_kb: peak.parse().ok()?,
                lines: lines.parse().ok()?,
                warnings: warnings.parse().ok()?,
                detail: detail.replace("\\n", "\n"),
            })
        })
        .collect()
}

/// Writes every row, one line each (newlines in the detail as `\n`).
pub(crate) fn write_results(path: &Path, rows: &[Row]) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let mut text = format!("{HEADER}\n");
    for row in rows {
        let detail = row.detail.replace('\t', " ").replace('\n', "\\n");
        let _ = writeln!(
            text,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{detail}",
            row.name,
            row.label,
            row.version,
            row.bytes,
            row.outcome.as_str(),
            row.millis,
            row.peak_kb,
            row.lines,
            row.warnings,
        );
    }
    std::fs::write(path, text)
}

/// The figures of a run and the table that shows them.
pub(crate) struct Summary {
    pub table: String,
    pub total: usize,
    pub checks: usize,
    pub panicked: usize,
    pub broken: usize,
    pub unlocated: usize,
}

impl Summary {
    /// The share of the specs that give a crate that checks (that
    /// generates, with `--generate-only`).
    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            return 100.0;
        }
        self.checks as f64 * 100.0 / self.total as f64
    }

    /// At least `require` percent check; nothing panicked, crashed or broke;
    /// every refusal is located.
    pub fn passes(&self, require: f64) -> bool {
        self.percent() >= require && self.panicked == 0 && self.broken == 0 && self.unlocated == 0
    }
}

/// The outcomes by OpenAPI version, then every failure cause with its count
/// and up to three specs that have it.
pub(crate) fn summary(rows: &[Row], checked: bool) -> Summary {
    let good = |row: &Row| match checked {
        true => row.outcome == Outcome::Checks,
        false => matches!(row.outcome, Outcome::Checks | Outcome::Generated),
    };
    let mut table = String::from(
        "| OpenAPI | specs | crate checks | refused | broken | panicked | crashed | share that checks |\n\
         | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n",
    );
    let mut versions: Vec<&str> = rows.iter().map(|row| row.version.as_str()).collect();
    versions.sort();
    versions.dedup();
    let mut line = |label: &str, rows: Vec<&Row>| {
        let count = |outcome: Outcome| rows.iter().filter(|row| row.outcome == outcome).count();
        let good = rows.iter().filter(|row| good(row)).count();
        let share = if rows.is_empty() {
            0.0
        } else {
            good as f64 * 100.0 / rows.len() as f64
        };
        let _ = writeln!(
            table,
            "| {label} | {} | {good} | {} | {} | {} | {} | {share:.2}% |",
            rows.len(),
            count(Outcome::Refused),
            count(Outcome::Broken),
            count(Outcome::Panicked),
            count(Outcome::Crashed),
        );
    };
    for version in &versions {
        line(
            version,
            rows.iter().filter(|row| row.version == *version).collect(),
        );
    }
    line("all", rows.iter().collect());

    let mut causes: BTreeMap<(Outcome, String), Vec<&str>> = BTreeMap::new();
    for row in rows.iter().filter(|row| !good(row)) {
        causes
            .entry((row.outcome, row.cause()))
            .or_default()
            .push(&row.label);
    }
    if !causes.is_empty() {
        table.push_str("\n| outcome | cause | specs | for example |\n| --- | --- | ---: | --- |\n");
        let mut causes: Vec<_> = causes.into_iter().collect();
        causes.sort_by(|a, b| a.0.0.cmp(&b.0.0).then(b.1.len().cmp(&a.1.len())));
        for ((outcome, cause), specs) in causes {
            let examples: Vec<&str> = specs.iter().take(3).copied().collect();
            let _ = writeln!(
                table,
                "| {} | {} | {} | {} |",
                outcome.as_str(),
                cause.replace('|', "\\|"),
                specs.len(),
                examples.join(", ")
            );
        }
    }
    let slowest = rows.iter().max_by_key(|row| row.millis);
    let largest = rows.iter().max_by_key(|row| row.peak_kb);
    if let (Some(slowest), Some(largest)) = (slowest, largest) {
        let _ = write!(
            table,
            "\nslowest to generate: {} ({:.1} s); most memory: {} ({} MiB peak)",
            slowest.label,
            slowest.millis as f64 / 1000.0,
            largest.label,
            largest.peak_kb / 1024
        );
    }
    Summary {
        table,
        total: rows.len(),
        checks: rows.iter().filter(|row| good(row)).count(),
        panicked: rows
            .iter()
            .filter(|row| matches!(row.outcome, Outcome::Panicked | Outcome::Crashed))
            .count(),
        broken: rows
            .iter()
            .filter(|row| row.outcome == Outcome::Broken)
            .count(),
        unlocated: rows.iter().filter(|row| !row.located()).count(),
    }
}

#[cfg(test)]
mod tests {
    use super::generic;

    #[test]
    fn causes_leave_out_the_specs_own_names() {
        assert_eq!(
            generic("a security requirement needs several credentials at once (`a`, `b`)"),
            "a security requirement needs several credentials at once"
        );
        assert_eq!(
            generic("`(?!x)` is not a pattern the client can check: look-around"),
            "`…` is not a pattern the client can check: look-around"
        );
        assert_eq!(
            generic("error[E0072]: recursive type `Foo` has infinite size"),
            "error[E0072]: recursive type `…` has infinite size"
        );
    }
}
