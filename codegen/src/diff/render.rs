//! A [`Report`] as text: for a terminal (optionally coloured) and as Markdown
//! for a pull request. Both group changes by provider, then by place
//! (provider-wide, each operation, each type).

use std::fmt::Write;

use super::{Bump, Change, Impact, Place, ProviderDiff, Report, Role, Status, Use};

/// The classification rules, as the Markdown report's legend states them.
const LEGEND: &[&str] = &[
    "**wire**: does yesterday's client still work with the provider the new spec describes? \
     A request it sends must still be accepted (a new required value, a removed value or \
     field, a stricter constraint break that). A reply must still decode into yesterday's \
     types (a field that may now be missing or `null`, a changed type, a new success status \
     break that; a new field or enum value does not: they are kept in `unknown_fields` and \
     `Unknown(String)`).",
    "**Rust**: does code written against the previous `switchboard` still compile, and mean \
     the same? Removed or renamed items, changed types, new or reordered arguments break it.",
    "Policy for additions: a new field of a struct that is only received is compatible \
     (reply structs are read, not built or destructured without `..`); of a struct that is \
     sent, breaking unless the struct implements `Default` before and after and the field is \
     optional (build it with setters or `..Default::default()`). A new value of an enum that \
     replies contain is breaking (exhaustive `match`es miss it); of an enum only requests \
     use, compatible.",
    "**bump**: from the Rust verdict: breaking → major, compatible → minor, none → patch \
     (while `switchboard` is 0.x, a major change bumps the minor number).",
];

// ---- Markdown -----------------------------------------------------------

pub(super) fn markdown(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "## API changes: {}\n", bump_text(report.bump));
    let _ = writeln!(out, "{}\n", summary(report, |name| format!("`{name}`")));
    for provider in report.providers.iter().filter(|p| !p.changes.is_empty()) {
        let _ = writeln!(
            out,
            "### `{}`: {}\n",
            provider.provider,
            provider_status(provider)
        );
        for (place, changes) in groups(&provider.changes) {
            let _ = writeln!(out, "{}\n", markdown_place(place));
            out.push_str("| change | wire | Rust | bump |\n| --- | --- | --- | --- |\n");
            for change in changes {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} |",
                    cell(&change.summary),
                    markdown_verdict(change.wire.impact, &change.wire.why),
                    markdown_verdict(change.rust.impact, &change.rust.why),
                    change.bump.as_str()
                );
            }
            out.push('\n');
        }
    }
    if report.changes().next().is_some() {
        out.push_str("<details><summary>How changes are classified</summary>\n\n");
        for line in LEGEND {
            let _ = writeln!(out, "- {line}");
        }
        out.push_str("\n</details>\n");
    }
    out
}

fn markdown_place(place: &Place) -> String {
    match place {
        Place::Provider => "**Provider**".to_owned(),
        Place::Operation {
            method,
            path,
            operation,
        } => format!("**`{method} {path}`** · `{operation}`"),
        Place::Type { name, used_by } => {
            format!(
                "**Type `{name}`** · {}",
                uses_text(used_by, |op| format!("`{op}`"))
            )
        }
    }
}

fn markdown_verdict(impact: Impact, why: &str) -> String {
    let word = match impact {
        Impact::Breaking => "**breaking**",
        Impact::Compatible => "compatible",
        Impact::None => "none",
    };
    format!("{word}: {}", cell(why))
}

/// Text that is safe inside a table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

// ---- terminal -----------------------------------------------------------

const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const RED: &str = "\x1b[31m";
const YELLOW: &str = "\x1b[33m";
const GREEN: &str = "\x1b[32m";
const RESET: &str = "\x1b[0m";

/// Wraps `text` in an ANSI style when colour is on.
struct Paint {
    colour: bool,
}

impl Paint {
    fn style(&self, style: &str, text: &str) -> String {
        if self.colour {
            format!("{style}{text}{RESET}")
        } else {
            text.to_owned()
        }
    }

    fn bump(&self, bump: Option<Bump>) -> String {
        let text = bump_text(bump);
        match bump {
            Some(Bump::Major) => self.style(&format!("{BOLD}{RED}"), text),
            Some(Bump::Minor) => self.style(YELLOW, text),
            Some(Bump::Patch) => self.style(GREEN, text),
            None => text.to_owned(),
        }
    }

    fn impact(&self, impact: Impact) -> String {
        let text = format!("{:<10}", impact.as_str());
        match impact {
            Impact::Breaking => self.style(&format!("{BOLD}{RED}"), &text),
            Impact::Compatible => self.style(YELLOW, &text),
            Impact::None => self.style(DIM, &text),
        }
    }
}

pub(super) fn terminal(report: &Report, colour: bool) -> String {
    let paint = Paint { colour };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {}",
        paint.style(BOLD, "API changes:"),
        paint.bump(report.bump)
    );
    let _ = writeln!(out, "{}", summary(report, str::to_owned));
    for provider in report.providers.iter().filter(|p| !p.changes.is_empty()) {
        let _ = writeln!(
            out,
            "\n{}: {}",
            paint.style(BOLD, &provider.provider),
            provider_status(provider)
        );
        for (place, changes) in groups(&provider.changes) {
            let _ = writeln!(out, "  {}", paint.style(BOLD, &terminal_place(place)));
            for change in changes {
                terminal_change(&mut out, &paint, change);
            }
        }
    }
    out
}

fn terminal_place(place: &Place) -> String {
    match place {
        Place::Provider => "provider".to_owned(),
        Place::Operation {
            method,
            path,
            operation,
        } => format!("{method} {path} ({operation})"),
        Place::Type { name, used_by } => {
            format!("type {name} ({})", uses_text(used_by, str::to_owned))
        }
    }
}

fn terminal_change(out: &mut String, paint: &Paint, change: &Change) {
    let _ = writeln!(
        out,
        "    {} {}",
        paint.bump(Some(change.bump)),
        change.summary
    );
    let _ = writeln!(
        out,
        "          wire {} {}",
        paint.impact(change.wire.impact),
        change.wire.why
    );
    let _ = writeln!(
        out,
        "          rust {} {}",
        paint.impact(change.rust.impact),
        change.rust.why
    );
}

// ---- shared -------------------------------------------------------------

fn bump_text(bump: Option<Bump>) -> &'static str {
    bump.map_or("none", Bump::as_str)
}

/// One line: how many changes, how many break what, which providers did not change.
fn summary(report: &Report, name: impl Fn(&str) -> String) -> String {
    let changes = report.changes().count();
    let mut text = if changes == 0 {
        format!(
            "No API changes ({} compared).",
            super::count(report.providers.len(), "spec")
        )
    } else if !report.is_breaking() {
        format!("{}, none breaking.", super::count(changes, "change"))
    } else {
        format!(
            "{}: {} the wire, {} Rust code.",
            super::count(changes, "change"),
            breaks(report.wire_breaking),
            breaks(report.rust_breaking)
        )
    };
    let unchanged: Vec<String> = report
        .providers
        .iter()
        .filter(|p| p.status == Status::Unchanged)
        .map(|p| name(&p.provider))
        .collect();
    if changes > 0 && !unchanged.is_empty() {
        let _ = write!(text, " Unchanged: {}.", unchanged.join(", "));
    }
    text
}

fn breaks(n: usize) -> String {
    match n {
        0 => "none breaks".to_owned(),
        1 => "1 breaks".to_owned(),
        n => format!("{n} break"),
    }
}

fn provider_status(provider: &ProviderDiff) -> String {
    let bump = bump_text(provider.bump);
    match provider.status {
        Status::Added => format!("new provider ({bump})"),
        Status::Removed => format!("removed provider ({bump})"),
        Status::Changed | Status::Unchanged => bump.to_owned(),
    }
}

/// `sent by a, b; received by c`.
fn uses_text(uses: &[Use], name: impl Fn(&str) -> String) -> String {
    let by = |role: Role| {
        let mut names: Vec<String> = Vec::new();
        for usage in uses.iter().filter(|u| u.role == role) {
            let text = name(usage.operation.trim_start_matches("r#"));
            if !names.contains(&text) {
                names.push(text);
            }
        }
        names.join(", ")
    };
    let parts: Vec<String> = [(Role::Request, "sent by"), (Role::Response, "received by")]
        .into_iter()
        .filter_map(|(role, verb)| {
            let names = by(role);
            (!names.is_empty()).then(|| format!("{verb} {names}"))
        })
        .collect();
    parts.join("; ")
}

/// Consecutive changes at the same place.
fn groups(changes: &[Change]) -> Vec<(&Place, Vec<&Change>)> {
    let mut groups: Vec<(&Place, Vec<&Change>)> = Vec::new();
    for change in changes {
        match groups.last_mut() {
            Some((place, members)) if **place == change.place => members.push(change),
            _ => groups.push((&change.place, vec![change])),
        }
    }
    groups
}
