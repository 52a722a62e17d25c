//! A blank line between items, as people write Rust: `prettyplease` prints
//! items one after another. This reads its output line by line, which is
//! regular (an item starts at the indentation its block gives it, with its
//! docs and attributes first, and ends at a `}` or `;` at the same
//! indentation), and puts an empty line between one item's end and the next
//! item's start. Imports and `mod` declarations stay grouped; fields,
//! variants, statements and match arms are never separated. An item macro
//! (`path! {`) is an item; its body is left as it is.

/// `text` with a blank line between consecutive items.
pub fn spaced(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    // The kind of item that started at each indentation and is still open.
    let mut open: Vec<(usize, Kind)> = Vec::new();
    let mut previous: Option<(usize, &str, Kind)> = None;
    // The indentation of the item macro whose body the lines are in.
    let mut in_macro: Option<usize> = None;
    for line in text.lines() {
        let indent = line.len() - line.trim_start().len();
        let trimmed = line.trim_start();
        if let Some(at) = in_macro {
            if indent == at && trimmed.starts_with('}') {
                in_macro = None;
                previous = Some((indent, line, Kind::Other));
            }
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let kind = kind(trimmed);
        if let (Some(kind), Some((before_indent, before, _))) = (kind, previous) {
            let ended = item_end(before, before_indent, &open);
            if before_indent == indent
                && !before.trim().is_empty()
                && let Some(ended) = ended
                && !(ended == kind && matches!(kind, Kind::Inner | Kind::Use | Kind::Mod))
            {
                out.push('\n');
            }
        }
        if let Some(kind) = kind {
            // An item starts here (its docs or attributes first): the
            // innermost open item at this indentation is this one now.
            open.retain(|(at, _)| *at < indent);
            open.push((indent, kind));
        }
        out.push_str(line);
        out.push('\n');
        let current = kind.unwrap_or(Kind::Other);
        previous = Some((indent, line, current));
        if is_macro_start(trimmed) {
            in_macro = Some(indent);
        }
    }
    if !text.ends_with('\n') {
        out.pop();
    }
    out
}

/// What an item is, for keeping imports and module declarations together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Inner docs and attributes (`//!`, `#![…]`).
    Inner,
    /// `use …;`.
    Use,
    /// `mod …;`.
    Mod,
    /// Anything else.
    Other,
}

/// Whether `line` opens an item macro's body: `path! {`.
fn is_macro_start(line: &str) -> bool {
    line.strip_suffix("! {").is_some_and(|path| {
        !path.is_empty()
            && path
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':')
    })
}

/// The kind of item a line starts, if it starts one.
fn kind(line: &str) -> Option<Kind> {
    if is_macro_start(line) {
        return Some(Kind::Other);
    }
    if line.starts_with("//!") || line.starts_with("#![") {
        return Some(Kind::Inner);
    }
    let declaration = line
        .strip_prefix("pub(crate) ")
        .or_else(|| line.strip_prefix("pub "))
        .unwrap_or(line);
    if declaration.starts_with("use ") {
        return Some(Kind::Use);
    }
    if declaration.starts_with("mod ") {
        return Some(Kind::Mod);
    }
    const STARTS: &[&str] = &[
        "///",
        "#[",
        "fn ",
        "async fn ",
        "const ",
        "static ",
        "struct ",
        "enum ",
        "impl ",
        "impl<",
        "type ",
        "trait ",
        "unsafe ",
        "extern ",
    ];
    STARTS
        .iter()
        .any(|start| declaration.starts_with(start) || line.starts_with(start))
        .then_some(Kind::Other)
}

/// The kind of the item `line` (at `indent`) ends, if it ends one: a
/// closing `}` or `};`, or a one-line item ending in `;` or `}`, of the item
/// open at that indentation. Inner docs end where something else starts.
fn item_end(line: &str, indent: usize, open: &[(usize, Kind)]) -> Option<Kind> {
    let trimmed = line.trim();
    let opened = open
        .iter()
        .rev()
        .find(|(at, _)| *at == indent)
        .map(|(_, kind)| *kind)?;
    if opened == Kind::Inner {
        return (trimmed.starts_with("//!") || trimmed.starts_with("#![")).then_some(Kind::Inner);
    }
    // Docs, comments and attributes come before an item; they end none.
    if trimmed.starts_with("//") || trimmed.starts_with("#[") {
        return None;
    }
    (trimmed == "}" || trimmed == "};" || trimmed.ends_with(';') || trimmed.ends_with('}'))
        .then_some(opened)
}

#[cfg(test)]
mod tests {
    use super::spaced;

    #[test]
    fn items_are_separated_and_their_insides_are_not() {
        let text = "\
//! Docs.
#![allow(x)]
use a::b;
use c::{
    d, e,
};
pub mod builders;
mod client;
/// A struct; its docs end lines with `;`
/// and with `}`
#[derive(Debug)]
pub struct A {
    /// A field.
    pub x: i32,
    pub y: i32,
}
impl A {
    pub const X: i32 = 1;
    /// One.
    pub fn one(&self) -> i32 {
        let x = 1;
        match x {
            1 => {}
            _ => {}
        }
        x
    }
    pub fn two() {}
}
fn free() {}
";
        let expected = "\
//! Docs.
#![allow(x)]

use a::b;
use c::{
    d, e,
};

pub mod builders;
mod client;

/// A struct; its docs end lines with `;`
/// and with `}`
#[derive(Debug)]
pub struct A {
    /// A field.
    pub x: i32,
    pub y: i32,
}

impl A {
    pub const X: i32 = 1;

    /// One.
    pub fn one(&self) -> i32 {
        let x = 1;
        match x {
            1 => {}
            _ => {}
        }
        x
    }

    pub fn two() {}
}

fn free() {}
";
        assert_eq!(spaced(text), expected);
    }

    #[test]
    fn an_item_macro_is_an_item_and_its_body_is_left_alone() {
        let text = "\
impl A {}
#[cfg(x)]
runtime::__call! {
    impl A {
        type Output = ();
        type Error = ();
    }
}
fn f() {}
";
        let expected = "\
impl A {}

#[cfg(x)]
runtime::__call! {
    impl A {
        type Output = ();
        type Error = ();
    }
}

fn f() {}
";
        assert_eq!(spaced(text), expected);
    }
}
