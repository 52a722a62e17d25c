//! Tiny in-memory specs for the unit tests of the stages after [`crate::load`].

use std::path::Path;

use crate::diff::Change;
use crate::ir::Api;

/// The IR of a spec whose `paths:` (and whatever top-level keys follow,
/// such as `components:`) are `rest`, under a fixed header.
pub(crate) fn api(rest: &str) -> Api {
    let text = format!(
        "openapi: 3.0.3\ninfo:\n  title: T\n  version: '1'\nservers:\n  - url: https://api.example.test\n{rest}"
    );
    let spec = crate::load::parse_module(Path::new("t.yaml"), &text, "t")
        .unwrap_or_else(|error| panic!("the spec loads: {error}\n{text}"));
    crate::model::build(&spec).unwrap_or_else(|error| panic!("the spec builds: {error}\n{text}"))
}

/// Every change from the spec `old` to the spec `new` (see [`api`]).
pub(crate) fn changes(old: &str, new: &str) -> Vec<Change> {
    let (old, new) = (api(old), api(new));
    crate::diff::provider("t", Some(&old), Some(&new)).changes
}

/// A change in the terms a test asserts: its kind, summary, both verdicts
/// with their reasons, and its bump.
pub(crate) type Seen = (
    crate::diff::ChangeKind,
    String,
    (crate::diff::Impact, String),
    (crate::diff::Impact, String),
    crate::diff::Bump,
);

/// Every change from `old` to `new`, as [`Seen`].
pub(crate) fn seen(old: &str, new: &str) -> Vec<Seen> {
    changes(old, new)
        .into_iter()
        .map(|c| {
            (
                c.kind,
                c.summary,
                (c.wire.impact, c.wire.why),
                (c.rust.impact, c.rust.why),
                c.bump,
            )
        })
        .collect()
}
