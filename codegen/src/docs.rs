//! Spec descriptions → rustdoc text that renders as the provider wrote it and
//! that `cargo doc` and doctests accept: the common HTML of descriptions
//! (`<br>`, `<p>`, `<b>`, `<i>`, `<code>`, lists) becomes Markdown, bare
//! URLs become links, other `<tag>`s and `[brackets]` are escaped, and code
//! blocks are never compiled.

/// Rustdoc-safe documentation for one item, from up to two spec texts.
pub fn doc(parts: &[Option<&str>]) -> Option<String> {
    let mut paragraphs: Vec<String> = Vec::new();
    for part in parts.iter().flatten() {
        let text = sanitize(part.trim());
        if !text.is_empty() && !paragraphs.contains(&text) {
            paragraphs.push(text);
        }
    }
    (!paragraphs.is_empty()).then(|| paragraphs.join("\n\n"))
}

fn sanitize(text: &str) -> String {
    // A bare carriage return ends a line (old Mac text); rustc refuses one
    // in a doc comment.
    let text = match text.contains('\r') {
        true => std::borrow::Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n")),
        false => std::borrow::Cow::Borrowed(text),
    };
    let text = html_markup(&text);
    let mut out = Vec::new();
    let mut in_fence = false;
    // The width of the list item marker the lines belong to (`- `, `10. `).
    let mut item: Option<usize> = None;
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.is_empty() {
            item = None;
            // One blank line ends a paragraph; more say nothing more.
            if !in_fence && out.last().is_some_and(String::is_empty) {
                continue;
            }
        } else if !in_fence {
            if let Some(width) = list_marker(trimmed) {
                item = Some(width);
            } else if let Some(width) = item {
                // A list item's next line, indented under it (rustdoc and
                // clippy read an unindented one as a lazy continuation).
                out.push(format!("{}{}", " ".repeat(width), escape_line(trimmed)));
                continue;
            }
        }
        if trimmed.starts_with("```") {
            if in_fence {
                out.push("```".to_owned());
            } else {
                out.push("```text".to_owned());
            }
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push(line.to_owned());
        } else {
            // Indentation would make an indented code block, which rustdoc
            // compiles as a doctest.
            out.push(escape_line(trimmed));
        }
    }
    if in_fence {
        out.push("```".to_owned());
    }
    out.join("\n").trim().to_owned()
}

/// The HTML tags descriptions use for layout, as Markdown, outside `code
/// spans`; any other tag is left for [`escape_line`] to show as written. A
/// text with a code fence is left alone: its tags may be code.
fn html_markup(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('<') || text.contains("```") {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    // The code span the text is in: opened by a backtick, or by `<code>`
    // (which only `</code>` closes).
    let mut in_code = false;
    let mut by_tag = false;
    let mut rest = text;
    while let Some(at) = rest.find(['<', '`']) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if rest.starts_with('`') {
            if !by_tag {
                in_code = !in_code;
            }
            out.push('`');
            rest = &rest[1..];
            continue;
        }
        let tag = rest[1..].find('>').filter(|end| *end <= 10).map(|end| {
            (
                rest[1..=end]
                    .trim_end_matches('/')
                    .trim()
                    .to_ascii_lowercase(),
                end + 2,
            )
        });
        let markdown = match &tag {
            Some((name, _)) if !in_code => match name.as_str() {
                "br" | "p" | "/p" => Some("\n\n"),
                "b" | "/b" | "strong" | "/strong" => Some("**"),
                "i" | "/i" | "em" | "/em" => Some("*"),
                "code" | "/code" => Some("`"),
                "ul" | "/ul" | "ol" | "/ol" | "/li" => Some("\n"),
                "li" => Some("\n- "),
                _ => None,
            },
            Some((name, _)) if by_tag && name == "/code" => Some("`"),
            _ => None,
        };
        match (markdown, tag) {
            (Some(markdown), Some((name, length))) => {
                if name.ends_with("code") {
                    in_code = !in_code;
                    by_tag = in_code;
                }
                out.push_str(markdown);
                rest = &rest[length..];
                // What follows a break starts its line: indentation there
                // would make a code block (`-` then five spaces).
                if markdown.contains('\n') {
                    rest = rest.trim_start();
                }
            }
            _ => {
                out.push('<');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// The width of the Markdown list marker that starts `line` (`- ` is 2,
/// `12. ` is 4).
fn list_marker(line: &str) -> Option<usize> {
    if line.starts_with("- ") || line.starts_with("* ") || line.starts_with("+ ") {
        return Some(2);
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let rest = &line[digits..];
    (digits > 0 && digits < 10 && (rest.starts_with(". ") || rest.starts_with(") ")))
        .then_some(digits + 2)
}

/// Escapes markup outside `code spans` and links bare URLs.
fn escape_line(line: &str) -> String {
    let mut out = String::new();
    for (index, piece) in line.split('`').enumerate() {
        if index > 0 {
            out.push('`');
        }
        if index % 2 == 1 {
            out.push_str(piece);
            continue;
        }
        let escaped = piece
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('[', "\\[")
            .replace(']', "\\]");
        out.push_str(&link_urls(&escaped));
    }
    // An odd number of backticks leaves a code span open; close it.
    if line.matches('`').count() % 2 == 1 {
        out.push('`');
    }
    out
}

fn link_urls(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = ["https://", "http://", "wss://"]
        .iter()
        .filter_map(|scheme| rest.find(scheme))
        .min()
    {
        out.push_str(&rest[..start]);
        let tail = &rest[start..];
        let end = tail
            .find(|c: char| c.is_whitespace() || c == ')' || c == '"' || c == '\'' || c == '&')
            .unwrap_or(tail.len());
        let url = tail[..end].trim_end_matches(['.', ',', ';', ':']);
        out.push('<');
        out.push_str(url);
        out.push('>');
        rest = &tail[url.len()..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_urls_become_autolinks() {
        assert_eq!(
            doc(&[Some(
                "visit https://support.telegent.com/support/home. Thanks"
            )])
            .unwrap(),
            "visit <https://support.telegent.com/support/home>. Thanks"
        );
    }

    #[test]
    fn html_and_brackets_are_escaped_outside_code() {
        assert_eq!(
            doc(&[Some("Authorization: Bearer <token> [x] `a<b>[c]`")]).unwrap(),
            "Authorization: Bearer &lt;token&gt; \\[x\\] `a<b>[c]`"
        );
    }

    #[test]
    fn layout_html_becomes_markdown_and_other_tags_are_shown() {
        assert_eq!(
            doc(&[Some(
                "The marketplace.<br /><br /><b>Valid Values:</b> <code>EBAY_GB</code> and \
                 <CODE>EBAY_US</CODE><ul><li>one</li><li>two <i>x</i></li></ul><p>Send <token>.</p>"
            )])
            .unwrap(),
            "The marketplace.\n\n**Valid Values:** `EBAY_GB` and `EBAY_US`\n\n- one\n\n- two *x*\n\nSend &lt;token&gt;."
        );
        // Indented HTML: no code block inside a list item.
        assert_eq!(
            doc(&[Some(
                "Terms:\n<ul>\n  <li>\n      <b>EXW – Ex Works</b>\n  </li>\n</ul>"
            )])
            .unwrap(),
            "Terms:\n\n- **EXW – Ex Works**"
        );
        // In a code span, or beside a code fence, a tag is code.
        assert_eq!(
            doc(&[Some("`a<b>c` <code>x<br>y</code>")]).unwrap(),
            "`a<b>c` `x<br>y`"
        );
        // `</code>` closes only a span `<code>` opened.
        assert_eq!(
            doc(&[Some("`a</code>b` then <i>c</i>")]).unwrap(),
            "`a</code>b` then *c*"
        );
        assert_eq!(
            doc(&[Some("<b>bold</b>\n```\n<b>\n```")]).unwrap(),
            "&lt;b&gt;bold&lt;/b&gt;\n```text\n<b>\n```"
        );
    }

    #[test]
    fn list_items_keep_their_continuation_lines_indented() {
        assert_eq!(
            doc(&[Some(
                "States:\n- `SUCCESS`: the call\nsucceeded.\n10. ten\n    more\n\nafter"
            )])
            .unwrap(),
            "States:\n- `SUCCESS`: the call\n  succeeded.\n10. ten\n    more\n\nafter"
        );
    }

    #[test]
    fn code_never_compiles_and_duplicates_collapse() {
        assert_eq!(
            doc(&[
                Some("Intro\n    indented\n```\nfn x\n```"),
                Some("Intro\n    indented\n```\nfn x\n```")
            ])
            .unwrap(),
            "Intro\nindented\n```text\nfn x\n```"
        );
        assert_eq!(doc(&[None, Some("  ")]), None);
    }

    #[test]
    fn carriage_returns_end_lines() {
        assert_eq!(
            doc(&[Some("one\rtwo\r\nthree\r\r\nfour")]).unwrap(),
            "one\ntwo\nthree\n\nfour"
        );
    }
}
