//! How an error shows text it did not choose (a caller's parameter value, a
//! URL, a server's header, a library's message): on one line, bounded.

use std::fmt::{self, Write as _};

/// Text as an error's `Display` shows it: every control character (`\n`,
/// `\r`, ESC, …), line and paragraph separator and bidirectional control is
/// written as its Rust escape (`\n`, `\u{1b}`), so the text can neither
/// start a new log line nor rearrange one; and it is cut after a bounded
/// number of characters, ending in `…`. Everything else is shown as it is.
#[derive(Clone, Copy)]
pub(crate) struct Shown<'a> {
    text: &'a str,
    limit: usize,
}

impl<'a> Shown<'a> {
    /// How many characters of a value a caller supplied (a parameter's
    /// value, a URL) an error shows.
    pub(crate) const VALUE: usize = 80;
    /// How many characters of a message an error shows: a decoder's or a
    /// transport's explanation, the start of a body.
    pub(crate) const MESSAGE: usize = 300;

    /// A value the caller supplied, or a server sent in a header.
    pub(crate) fn value(text: &'a str) -> Self {
        Shown {
            text,
            limit: Self::VALUE,
        }
    }

    /// A message from a library or the start of a server's body.
    pub(crate) fn message(text: &'a str) -> Self {
        Shown {
            text,
            limit: Self::MESSAGE,
        }
    }
}

/// Whether `c` is written as an escape: it could break or reorder a line.
fn escaped(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}'            // line and paragraph separators
            | '\u{200e}' | '\u{200f}'          // left-to-right and right-to-left marks
            | '\u{202a}'..='\u{202e}'          // bidirectional embeddings and overrides
            | '\u{2066}'..='\u{2069}'          // bidirectional isolates
            | '\u{feff}' // a byte-order mark
        )
}

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut used = 0;
        for c in self.text.chars() {
            let escape = escaped(c);
            // `escape_default` writes `\t`, `\r`, `\n` and `\u{…}` for the
            // rest; it is only asked about the characters that need it.
            let width = if escape { c.escape_default().len() } else { 1 };
            if used + width > self.limit {
                return f.write_char('…');
            }
            used += width;
            if escape {
                write!(f, "{}", c.escape_default())?;
            } else {
                f.write_char(c)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_separators_and_bidi_controls_are_escaped() {
        assert_eq!(
            Shown::value("1\nx-injected: 1").to_string(),
            "1\\nx-injected: 1"
        );
        assert_eq!(
            Shown::value("a\r\tb\u{1b}[31mc\u{7f}").to_string(),
            "a\\r\\tb\\u{1b}[31mc\\u{7f}"
        );
        assert_eq!(
            Shown::value("x\u{2028}y\u{202e}z\u{2066}").to_string(),
            "x\\u{2028}y\\u{202e}z\\u{2066}"
        );
        // Quotes, backslashes and letters of any script are shown as they are.
        assert_eq!(
            Shown::value(r#"O'Brien "\d" Zürich 東京"#).to_string(),
            r#"O'Brien "\d" Zürich 東京"#
        );
    }

    #[test]
    fn long_text_is_cut_with_an_ellipsis() {
        let exact = "a".repeat(Shown::VALUE);
        assert_eq!(Shown::value(&exact).to_string(), exact);
        let long = "b".repeat(10_000);
        let shown = Shown::value(&long).to_string();
        assert_eq!(shown, format!("{}…", "b".repeat(Shown::VALUE)));
        // An escape is never cut in half, and counts its full width.
        let newlines = "\n".repeat(100);
        let shown = Shown::value(&newlines).to_string();
        assert_eq!(shown, format!("{}…", "\\n".repeat(Shown::VALUE / 2)));
        assert_eq!(
            Shown::message(&long).to_string().chars().count(),
            Shown::MESSAGE + 1
        );
    }
}
