//! Doc comments held beside the tokens while a piece is formatted.
//!
//! A `#[doc = "…"]` per line costs more than the code it documents: the
//! literal is built, copied into `syn`'s buffer, read (twice: `syn` tries it
//! as a literal before taking it as one) and printed by `prettyplease`, and
//! a spec's descriptions are a large part of the output. So while a piece's
//! tokens are built ([`collect`]), each doc comment is held here and stands
//! in the tokens as one short placeholder attribute; `prettyplease` prints
//! it as a one-line comment where the comment goes, and [`Blocks::restore`]
//! writes the held lines there, as `prettyplease` would have printed them.
//! The text is the same either way.

use std::cell::RefCell;
use std::thread::LocalKey;

/// Starts a placeholder's value. A doc comment holding it is not held, so a
/// placeholder's line cannot be mistaken for a comment's.
const MARKER: char = '\u{1}';

thread_local! {
    /// The blocks of the piece being built on this thread, if any is.
    static OPEN: RefCell<Option<Blocks>> = const { RefCell::new(None) };
}

/// The doc comments of one piece: each block's lines, as [`super::doc_attrs`]
/// would put one per attribute.
#[derive(Debug, Default)]
pub(crate) struct Blocks {
    lines: Vec<Vec<String>>,
}

/// `make`'s tokens, with the doc comments built meanwhile on this thread
/// held in the blocks returned.
pub(crate) fn collect<R>(make: impl FnOnce() -> R) -> (R, Blocks) {
    holding(&OPEN, make)
}

/// `make`'s result, with what was held meanwhile in this thread's `open`
/// (which holds a fresh `T` while `make` runs): the one way a piece's docs
/// and bodies are held beside its tokens. Whatever was open around it is
/// put back however `make` ends.
pub(super) fn holding<T: Default + 'static, R>(
    open: &'static LocalKey<RefCell<Option<T>>>,
    make: impl FnOnce() -> R,
) -> (R, T) {
    struct Outer<T: 'static>(&'static LocalKey<RefCell<Option<T>>>, Option<T>);
    impl<T: 'static> Drop for Outer<T> {
        fn drop(&mut self) {
            let outer = self.1.take();
            self.0.with(|open| *open.borrow_mut() = outer);
        }
    }
    let outer = open.with(|open| open.replace(Some(T::default())));
    let guard = Outer(open, outer);
    let made = make();
    let held = open
        .with(|open| open.borrow_mut().take())
        .unwrap_or_default();
    drop(guard);
    (made, held)
}

/// The placeholder to put in a doc attribute for `lines`, which are then
/// held; the lines back when no piece is being built here, or there are
/// none, or they hold the marker.
pub(super) fn hold(lines: Vec<String>) -> Result<proc_macro2::Literal, Vec<String>> {
    if lines.is_empty() || lines.iter().any(|line| line.contains(MARKER)) {
        return Err(lines);
    }
    OPEN.with(|open| match open.borrow_mut().as_mut() {
        Some(blocks) => Ok(proc_macro2::Literal::string(&blocks.push(lines))),
        None => Err(lines),
    })
}

impl Blocks {
    /// Holds `lines`: the value of the placeholder that stands for them.
    pub(super) fn push(&mut self, lines: Vec<String>) -> String {
        self.lines.push(lines);
        placeholder(self.lines.len() - 1)
    }

    /// The lines a doc attribute's value stands for, when it is a
    /// placeholder of these blocks.
    pub(super) fn lines_of(&self, value: &str) -> Option<&[String]> {
        let index: usize = value.strip_prefix(MARKER)?.parse().ok()?;
        self.lines.get(index).map(Vec::as_slice)
    }

    /// `text` as printed with each placeholder's comment line replaced by
    /// the comment lines it stands for; an error (a generator bug) when a
    /// placeholder was printed as anything but a comment of its own line.
    pub(crate) fn restore(&self, text: String) -> Result<String, syn::Error> {
        if self.lines.is_empty() {
            return Ok(text);
        }
        let extra: usize = self.lines.iter().flatten().map(String::len).sum();
        let mut out = String::with_capacity(text.len() + extra + extra / 4);
        // A placeholder printed as an attribute's string: looked for line by
        // line only when the text spells one at all.
        let spelled = text.contains(ESCAPED);
        let mut rest = text.as_str();
        // From one line with a marker to the next, the lines between copied
        // whole.
        while let Some(at) = rest.find(MARKER) {
            let start = rest[..at].rfind('\n').map_or(0, |end| end + 1);
            let end = rest[at..].find('\n').map_or(rest.len(), |end| at + end + 1);
            let (before, line) = (&rest[..start], &rest[start..end]);
            if spelled {
                no_escaped_placeholder(before)?;
            }
            out.push_str(before);
            self.restore_line(line, at - start, &mut out)?;
            rest = &rest[end..];
        }
        if spelled {
            no_escaped_placeholder(rest)?;
        }
        out.push_str(rest);
        Ok(out)
    }

    /// The comment lines `line`'s placeholder (its marker at `at`) stands
    /// for, pushed to `out`.
    fn restore_line(&self, line: &str, at: usize, out: &mut String) -> Result<(), syn::Error> {
        let (head, value) = line.split_at(at);
        let indent = head.trim_start_matches(' ');
        let prefix = match indent {
            "///" | "//!" => indent,
            _ => return Err(misplaced(line)),
        };
        let indent = &head[..head.len() - prefix.len()];
        let Some(lines) = self.lines_of(value.trim_end_matches('\n')) else {
            return Err(misplaced(line));
        };
        for doc in lines {
            // As `prettyplease` prints a one-line doc attribute.
            out.push_str(indent);
            out.push_str(prefix);
            out.push_str(doc.trim_end_matches(' '));
            out.push('\n');
        }
        Ok(())
    }
}

/// How a placeholder reads when printed as a doc attribute's string.
const ESCAPED: &str = "doc = \"\\u{1}";

/// An error when a line of `lines` (which have no marker) is a placeholder
/// printed as an attribute rather than as a comment.
fn no_escaped_placeholder(lines: &str) -> Result<(), syn::Error> {
    match lines
        .split_inclusive('\n')
        .find(|line| line.contains(ESCAPED) && !line.trim_start().starts_with("//"))
    {
        Some(line) => Err(misplaced(line)),
        None => Ok(()),
    }
}

/// `"\u{1}<index>"`: printed by `prettyplease` as the comment `///\u{1}<index>`.
fn placeholder(index: usize) -> String {
    format!("{MARKER}{index}")
}

fn misplaced(line: &str) -> syn::Error {
    syn::Error::new(
        proc_macro2::Span::call_site(),
        format!(
            "a doc comment's placeholder was printed as `{}`",
            line.trim()
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn printed(tokens: proc_macro2::TokenStream, blocks: &Blocks) -> String {
        let file: syn::File = match syn::parse2(tokens) {
            Ok(file) => file,
            Err(error) => panic!("{error}"),
        };
        match blocks.restore(prettyplease::unparse(&file)) {
            Ok(text) => text,
            Err(error) => panic!("{error}"),
        }
    }

    /// The same text as one `#[doc]` per line, at every depth, trailing
    /// spaces trimmed as `prettyplease` trims them, inner docs included.
    #[test]
    fn held_docs_print_as_the_attributes_they_stand_for() {
        let item = || {
            let outer = super::super::doc_attrs("A struct.\n\nWith `code`  \n  indented");
            let field = super::super::doc_attrs("A field.   ");
            let inner = super::super::inner_doc_attrs("The module.");
            let method = super::super::doc_attrs("A method.");
            quote::quote! {
                mod m {
                    #inner
                    #outer
                    pub struct S {
                        #field
                        pub f: u8,
                    }
                    impl S {
                        #method
                        pub fn g(&self) {}
                    }
                }
            }
        };
        let plain = printed(item(), &Blocks::default());
        let (tokens, blocks) = collect(item);
        assert_eq!(blocks.lines.len(), 4);
        assert!(!tokens.to_string().contains("A struct"));
        assert_eq!(printed(tokens, &blocks), plain);
        assert!(
            plain.contains("    /// A struct.\n    ///\n    /// With `code`\n    ///   indented\n")
        );
        assert!(plain.contains("        /// A field.\n"));
        assert!(plain.contains("    //! The module.\n"));
    }

    /// Docs built outside [`collect`], or holding the marker, stay
    /// attributes.
    #[test]
    fn docs_are_held_only_inside_a_collection() {
        assert!(
            super::super::doc_attrs("Free.")
                .to_string()
                .contains("Free.")
        );
        let (tokens, blocks) = collect(|| super::super::doc_attrs("Odd \u{1}0 text."));
        assert!(blocks.lines.is_empty());
        assert!(tokens.to_string().contains("Odd"));
        // Collections nest: the inner one's blocks are its own.
        let ((inner, inner_blocks), outer_blocks) = collect(|| {
            let _ = super::super::doc_attrs("Outer.");
            collect(|| super::super::doc_attrs("Inner."))
        });
        assert_eq!(inner_blocks.lines, vec![vec![" Inner.".to_owned()]]);
        assert_eq!(outer_blocks.lines, vec![vec![" Outer.".to_owned()]]);
        assert!(!inner.to_string().contains("Inner"));
    }

    /// A placeholder that is not a comment line is an error, not lost text.
    #[test]
    fn a_placeholder_printed_elsewhere_is_refused() {
        let (_, blocks) = collect(|| super::super::doc_attrs("Lost."));
        let refused = blocks.restore("const X: &str = \"\u{1}0\";\n".to_owned());
        assert!(refused.is_err());
        let as_attribute = blocks.restore("#[doc = \"\\u{1}0\"]\nstruct A;\n".to_owned());
        assert!(as_attribute.is_err());
        // A comment that spells one is text.
        // Between and after restored lines too, wherever the escaped one is.
        let (_, blocks) = collect(|| {
            let _ = super::super::doc_attrs("First.");
            super::super::doc_attrs("Second.\n\nLast.")
        });
        let text = blocks
            .restore("///\u{1}0\nstruct A;\nimpl A {\n    ///\u{1}1\n    fn f() {}\n}".to_owned());
        assert_eq!(
            text.ok().as_deref(),
            Some(
                "/// First.\nstruct A;\nimpl A {\n    /// Second.\n    ///\n    /// Last.\n    fn f() {}\n}"
            )
        );
        for escaped_at in [0, 1, 2] {
            let mut lines = vec!["///\u{1}0", "struct A;", "///\u{1}1", "struct B;"];
            lines.insert(escaped_at * 2, "#[doc = \"\\u{1}0\"]");
            let refused = blocks.restore(lines.join("\n"));
            assert!(refused.is_err(), "{lines:?}");
        }
        let (_, blocks) = collect(|| super::super::doc_attrs("Spells #[doc = \"\\u{1}0\"]."));
        let text = blocks.restore("///\u{1}0\nstruct A;\n".to_owned());
        assert_eq!(
            text.ok().as_deref(),
            Some("/// Spells #[doc = \"\\u{1}0\"].\nstruct A;\n")
        );
    }
}
