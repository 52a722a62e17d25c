//! `cargo xtask diff`: what a spec change means for the people who call the
//! API and for the people who compile against `switchboard`.
//!
//! The comparison is of two [`Api`]s (the generator's IR), never of text, so
//! reordering or reformatting a spec reports nothing; every Rust name it
//! reports is the one the [`Surface`] issued, the name the code has. Things are matched by
//! what identifies them on the wire, not by Rust names or order: operations by
//! HTTP method and path (placeholder names aside), parameters by location and
//! wire name (path parameters by position), fields by wire name, enum values by
//! their string, statuses by code. Types are matched by where operations reach
//! them (the body of `POST /partners`, the `acls` field of that body's type, …),
//! so a type that keeps its place but changes its Rust name is one type,
//! renamed. [`provider`] compares one spec, [`Report`] gathers the providers
//! and renders them ([`Report::terminal`], [`Report::markdown`],
//! [`Report::json`]).
//!
//! # How a change is classified
//!
//! Every [`Change`] gets two verdicts, each [`Impact::None`],
//! [`Impact::Compatible`] or [`Impact::Breaking`], with the reason:
//!
//! - **wire**: the spec describes the provider, so a change is compatible when
//!   what yesterday's client does still works: every request it sends is still
//!   accepted (a new *required* field, parameter or body, a removed enum value
//!   or a stricter constraint break that), and every reply the provider now
//!   sends still decodes with yesterday's types (a removed required field, a
//!   field that may now be `null` or absent, a new success status, or a
//!   narrower number type break that; a new field or enum value does not:
//!   unknown fields are kept in `unknown_fields`, unknown values in
//!   `Unknown(String)`). Removing something a request could send (a parameter,
//!   a field, an operation) is breaking: the provider no longer documents it,
//!   so it may reject it or silently ignore it.
//! - **Rust**: does code that compiled against the previous `switchboard`
//!   still compile, and mean the same? Generated structs are plain structs
//!   with public fields and generated enums are exhaustive, so strictly every
//!   new field or variant can break some code. The policy, stated in every
//!   report's legend:
//!   - a new field on a struct that only *replies* contain is compatible
//!     (reply types are read, not built; exhaustive struct patterns
//!     `let T { a, b } = …` without `..` are not supported);
//!   - a new field on a struct that requests send is breaking, unless the
//!     struct implements `Default` before and after and the field is
//!     optional (such structs are meant to be built with
//!     `..Default::default()` or with the builder's setters);
//!   - a new value of an enum that replies contain is breaking (exhaustive
//!     `match`es miss it, and a value that arrived as `Unknown("x")` now
//!     arrives as its own variant); of an enum only requests use, compatible
//!     (request enums are built, not matched);
//!   - a changed Rust type, a removed or renamed item, a new argument of a
//!     client method, and reordered arguments are breaking.
//!
//! The crate's [`Bump`] follows from the Rust verdict alone (semver is about
//! the Rust API): breaking → major, compatible (an addition) → minor, none (a
//! wire-only or documentation change) → patch.

mod compare;
mod render;

use serde::Serialize;

use crate::ir::Api;
use crate::surface::Surface;

/// Whether a change matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Impact {
    /// Nothing changes (on the wire, or in the Rust API).
    None,
    /// Something changes, and what worked before still works.
    Compatible,
    /// What worked before may stop working.
    Breaking,
}

impl Impact {
    /// `none`, `compatible` or `breaking`.
    pub fn as_str(self) -> &'static str {
        match self {
            Impact::None => "none",
            Impact::Compatible => "compatible",
            Impact::Breaking => "breaking",
        }
    }
}

/// One verdict and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    /// How much the change matters.
    pub impact: Impact,
    /// Why, in one sentence.
    pub why: String,
}

impl Verdict {
    fn none(why: impl Into<String>) -> Self {
        Verdict {
            impact: Impact::None,
            why: why.into(),
        }
    }

    fn compatible(why: impl Into<String>) -> Self {
        Verdict {
            impact: Impact::Compatible,
            why: why.into(),
        }
    }

    fn breaking(why: impl Into<String>) -> Self {
        Verdict {
            impact: Impact::Breaking,
            why: why.into(),
        }
    }

    /// The worse of two verdicts (the first when they are equal).
    fn worst(self, other: Verdict) -> Verdict {
        if other.impact > self.impact {
            other
        } else {
            self
        }
    }
}

/// The version bump a change needs in the `switchboard` crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bump {
    /// No Rust API change: documentation, or behaviour on the wire only.
    Patch,
    /// Additions to the Rust API.
    Minor,
    /// Code that compiled before may not compile, or may mean something else.
    Major,
}

impl Bump {
    fn of(rust: &Verdict) -> Self {
        match rust.impact {
            Impact::None => Bump::Patch,
            Impact::Compatible => Bump::Minor,
            Impact::Breaking => Bump::Major,
        }
    }

    /// `major`, `minor` or `patch`.
    pub fn as_str(self) -> &'static str {
        match self {
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }
}

/// How an operation or a type is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Sent: a parameter or a request body.
    Request,
    /// Received: a reply body.
    Response,
}

/// One operation that uses a type, and how.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Use {
    /// The operation's Rust method name.
    pub operation: String,
    /// Whether the type is sent or received there.
    pub role: Role,
}

/// Where a change is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "scope", rename_all = "snake_case")]
pub enum Place {
    /// The provider as a whole: its module, server, credentials.
    Provider,
    /// One operation.
    Operation {
        /// The HTTP method, upper case.
        method: String,
        /// The path template (the new one, unless the operation was removed).
        path: String,
        /// The Rust method name (the new one, unless the operation was removed).
        operation: String,
    },
    /// One generated type, as the operations reach it.
    Type {
        /// The Rust name (the new one).
        name: String,
        /// The operations that send or receive it.
        used_by: Vec<Use>,
    },
}

/// What kind of change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)] // the names say it; the summary of each change says more
pub enum ChangeKind {
    ProviderAdded,
    ProviderRemoved,
    ServerUrlChanged,
    AuthSchemeAdded,
    AuthSchemeRemoved,
    AuthSchemeRenamed,
    AuthSchemeChanged,
    ApiVersionChanged,
    ApiDocsChanged,
    OperationAdded,
    OperationRemoved,
    OperationRenamed,
    OperationAuthChanged,
    OperationRetryChanged,
    OperationDocsChanged,
    ParamAdded,
    ParamRemoved,
    ParamRequiredChanged,
    ParamTypeChanged,
    ParamRenamed,
    ParamChecksChanged,
    ParamStyleChanged,
    ArgumentsReordered,
    BodyAdded,
    BodyRemoved,
    BodyRequiredChanged,
    BodyPatchChanged,
    BodyMediaTypeChanged,
    BodyTypeChanged,
    StatusAdded,
    StatusRemoved,
    ResponseMediaTypeAdded,
    ResponseMediaTypeRemoved,
    ResponseTypeChanged,
    ReturnTypeChanged,
    TypeRenamed,
    TypeKindChanged,
    TypeDocsChanged,
    FieldAdded,
    FieldRemoved,
    FieldTypeChanged,
    FieldRequiredChanged,
    FieldNullableChanged,
    FieldReadOnlyChanged,
    FieldRenamed,
    FieldAliasesChanged,
    DefaultChanged,
    UnknownFieldsChanged,
    ConversionChanged,
    EnumValueAdded,
    EnumValueRemoved,
    EnumVariantRenamed,
    StatusVariantAdded,
    StatusVariantRemoved,
    StatusVariantChanged,
}

/// One change, classified.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// Where it is.
    pub place: Place,
    /// What kind of change it is.
    pub kind: ChangeKind,
    /// What changed, in one line (Markdown: names in backticks).
    pub summary: String,
    /// For the provider: will yesterday's requests and replies still work?
    pub wire: Verdict,
    /// For Rust users: does yesterday's code still compile?
    pub rust: Verdict,
    /// What it needs in the crate's version.
    pub bump: Bump,
}

impl Change {
    fn new(place: &Place, kind: ChangeKind, summary: String, wire: Verdict, rust: Verdict) -> Self {
        Change {
            place: place.clone(),
            kind,
            summary,
            bump: Bump::of(&rust),
            wire,
            rust,
        }
    }

    /// Breaks the wire or the Rust API.
    pub fn is_breaking(&self) -> bool {
        self.wire.impact == Impact::Breaking || self.rust.impact == Impact::Breaking
    }
}

/// What happened to a provider's spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// New: not there before.
    Added,
    /// Gone: not there now.
    Removed,
    /// There before and now, with API changes.
    Changed,
    /// There before and now, with the same API.
    Unchanged,
}

/// The changes of one provider.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProviderDiff {
    /// The provider's name (its module, or what the caller calls it).
    pub provider: String,
    /// Added, removed, changed or unchanged.
    pub status: Status,
    /// The bump its changes need, if any.
    pub bump: Option<Bump>,
    /// Every change, provider-wide first, then by operation, then by type.
    pub changes: Vec<Change>,
}

/// Compares two versions of one provider's API; `None` when the spec does not
/// exist on that side.
pub fn provider(name: &str, old: Option<&Api>, new: Option<&Api>) -> ProviderDiff {
    let place = Place::Provider;
    let (status, changes) = match (old, new) {
        (None, None) => (Status::Unchanged, Vec::new()),
        (None, Some(new)) => (
            Status::Added,
            vec![Change::new(
                &place,
                ChangeKind::ProviderAdded,
                format!(
                    "new provider `{name}`: {}, {}",
                    new.title,
                    count(new.operations.len(), "operation")
                ),
                Verdict::none("a provider the crate did not cover before"),
                Verdict::compatible(format!(
                    "new module `switchboard::{name}` behind the cargo feature `{name}`"
                )),
            )],
        ),
        (Some(old), None) => (
            Status::Removed,
            vec![Change::new(
                &place,
                ChangeKind::ProviderRemoved,
                format!(
                    "provider `{name}` removed ({}, {})",
                    old.title,
                    count(old.operations.len(), "operation")
                ),
                Verdict::none("the provider's API is the same; the crate stops covering it"),
                Verdict::breaking(format!(
                    "module `switchboard::{name}` and its cargo feature are gone"
                )),
            )],
        ),
        (Some(old), Some(new)) => {
            let (old, new) = (Surface::new(old, "crate"), Surface::new(new, "crate"));
            let changes = compare::changes(&old, &new);
            let status = if changes.is_empty() {
                Status::Unchanged
            } else {
                Status::Changed
            };
            (status, changes)
        }
    };
    ProviderDiff {
        provider: name.to_owned(),
        status,
        bump: changes.iter().map(|change| change.bump).max(),
        changes,
    }
}

/// Every provider compared, and what the crate needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// The bump the changes need, if there are any.
    pub bump: Option<Bump>,
    /// How many changes break the wire.
    pub wire_breaking: usize,
    /// How many changes break Rust code.
    pub rust_breaking: usize,
    /// Every provider, in the order given.
    pub providers: Vec<ProviderDiff>,
}

impl Report {
    /// Gathers providers' changes.
    pub fn new(providers: Vec<ProviderDiff>) -> Self {
        let changes = || providers.iter().flat_map(|p| &p.changes);
        Report {
            bump: providers.iter().filter_map(|p| p.bump).max(),
            wire_breaking: changes()
                .filter(|c| c.wire.impact == Impact::Breaking)
                .count(),
            rust_breaking: changes()
                .filter(|c| c.rust.impact == Impact::Breaking)
                .count(),
            providers,
        }
    }

    /// Some change breaks the wire or the Rust API.
    pub fn is_breaking(&self) -> bool {
        self.wire_breaking > 0 || self.rust_breaking > 0
    }

    /// Every change of every provider.
    pub fn changes(&self) -> impl Iterator<Item = &Change> {
        self.providers.iter().flat_map(|p| &p.changes)
    }

    /// A report for a terminal, with ANSI colours when `colour` is set.
    pub fn terminal(&self, colour: bool) -> String {
        render::terminal(self, colour)
    }

    /// A report to paste into a pull request.
    pub fn markdown(&self) -> String {
        render::markdown(self)
    }

    /// The report as pretty-printed JSON, for tools.
    pub fn json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).expect("a report is always valid JSON");
        text.push('\n');
        text
    }
}

/// `1 operation`, `3 operations`.
fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}
