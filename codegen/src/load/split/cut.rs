//! Where a YAML text is cut into runs: at the lines that start an entry of
//! a block mapping, top level first, then inside the entries too big for
//! one run whose value is a block mapping (a section). Only what a run can
//! carry alone is cut.

/// How many sections deep the text is split (`components`, `schemas`).
const MAX_SECTIONS: usize = 3;

/// A block mapping entry split into runs: where its key line starts in the
/// text (which tells two entries with one key apart) and the line.
#[derive(Clone, Copy)]
pub(super) struct Section<'t> {
    pub(super) at: usize,
    pub(super) line: &'t str,
}

/// One run of the text: whole entries of the mapping `path` ends in (the
/// top level when it is empty).
pub(super) struct Run<'t> {
    pub(super) text: &'t str,
    pub(super) path: Vec<Section<'t>>,
}

/// The runs of `text`, each about `size` bytes where entries allow;
/// `None` when the text has what a run cannot carry alone (a directive,
/// another document, another line break, an anchor) or does not start
/// with an entry of a block mapping.
pub(super) fn runs(text: &str, size: usize) -> Option<Vec<Run<'_>>> {
    if text.starts_with('%') || !plain_lines(text) || has_anchor(text) {
        return None;
    }
    // After the marker that may open the document (`---` alone on its line).
    let from = first_content(text, 0)?;
    let from = match text[from..].split_inclusive('\n').next() {
        Some(line) if line.trim_end() == "---" => from + line.len(),
        _ => from,
    };
    if text[from..]
        .split_inclusive('\n')
        .any(|line| line.starts_with("---") || line.starts_with("..."))
    {
        return None;
    }
    // The top level starts at the margin with its first entry (not a
    // sequence, not a flow mapping).
    if !text[first_content(text, from)?..].starts_with(is_entry_start) {
        return None;
    }
    let mut runs = Vec::new();
    let splitter = Splitter { text, size };
    // From the start: what comes before the first entry is parsed too.
    splitter.entries(0..text.len(), 0, &[], &mut runs);
    Some(runs)
}

/// Whether every line of `text` ends where this module looks for ends
/// (`\n`, or `\r\n`) and nothing at the start of a line hides from it: the
/// parser also breaks lines at a lone `\r`, NEL, LS and PS, and skips a
/// byte-order mark at any line's start.
fn plain_lines(text: &str) -> bool {
    let lone_cr = text
        .match_indices('\r')
        .any(|(at, _)| text.as_bytes().get(at + 1) != Some(&b'\n'));
    !lone_cr && !text.contains(['\u{85}', '\u{2028}', '\u{2029}', '\u{feff}'])
}

/// Whether `text` may hold an anchor (`&name` where a node may start: at
/// a line's start, after a space or tab, or after `:`, `-`, `?` or a flow
/// indicator). Without one no alias resolves, in a run or in the whole
/// text, so each run's value is what the whole text gives it; with one,
/// what an alias means depends on the whole document (the parser numbers
/// anchors across it and bounds how often aliases repeat nodes), so the
/// text is parsed whole. An `&` in prose in such a place (`&lt;`) sends it
/// there too.
fn has_anchor(text: &str) -> bool {
    let bytes = text.as_bytes();
    text.match_indices('&').any(|(at, _)| {
        let named = bytes
            .get(at + 1)
            .is_some_and(|next| !b" \t\r\n,[]{}".contains(next));
        let starts_node = at
            .checked_sub(1)
            .is_none_or(|before| b" \t\r\n:-?[{,".contains(&bytes[before]));
        named && starts_node
    })
}

/// Cuts a text into runs of about `size` bytes.
struct Splitter<'t> {
    text: &'t str,
    size: usize,
}

impl<'t> Splitter<'t> {
    /// The runs of `region`, the entries of a block mapping at `indent`
    /// (and what precedes the first: blank lines, comments) inside the
    /// sections `path`: small entries gathered, big ones split further.
    fn entries(
        &self,
        region: std::ops::Range<usize>,
        indent: usize,
        path: &[Section<'t>],
        runs: &mut Vec<Run<'t>>,
    ) {
        // Where each entry is cut from the next; what precedes the first
        // (blank lines, comments) goes with it.
        let mut starts = vec![region.start];
        starts.extend(
            entry_starts(self.text, region.clone(), indent)
                .into_iter()
                .skip(1),
        );
        starts.push(region.end);
        let mut gathered = region.start..region.start;
        for pair in starts.windows(2) {
            let entry = pair[0]..pair[1];
            let section = (entry.len() > self.size && path.len() < MAX_SECTIONS)
                .then(|| self.section(entry.clone(), indent))
                .flatten();
            match section {
                Some((section, body, inner)) => {
                    if !gathered.is_empty() {
                        runs.push(self.run(gathered, path));
                    }
                    let mut inside = path.to_vec();
                    inside.push(section);
                    self.entries(body, inner, &inside, runs);
                    gathered = entry.end..entry.end;
                }
                None => {
                    gathered.end = entry.end;
                    if gathered.len() >= self.size {
                        runs.push(self.run(gathered, path));
                        gathered = entry.end..entry.end;
                    }
                }
            }
        }
        if !gathered.is_empty() {
            runs.push(self.run(gathered, path));
        }
    }

    fn run(&self, region: std::ops::Range<usize>, path: &[Section<'t>]) -> Run<'t> {
        Run {
            text: &self.text[region],
            path: path.to_vec(),
        }
    }

    /// The entry at `indent` in `region` as a section: its key line, its
    /// body and the body's indentation, when its key is plain and alone on
    /// its line and its value a block mapping indented further.
    fn section(
        &self,
        region: std::ops::Range<usize>,
        indent: usize,
    ) -> Option<(Section<'t>, std::ops::Range<usize>, usize)> {
        let line = self.text[region.clone()].split_inclusive('\n').next()?;
        // `key:` alone on its line (a comment may follow), the value below;
        // printable ASCII only, so that the line means the same alone.
        let printable = line
            .trim_end_matches(['\r', '\n'])
            .bytes()
            .all(|byte| (b' '..=b'~').contains(&byte));
        let key = line.trim();
        let key = key.split_once(" #").map_or(key, |(key, _)| key.trim_end());
        let plain = !key.contains(['"', '\'', '{', '[', '&', '!', '*', '?', '|', '>', '#']);
        if !printable || !plain || !key.ends_with(':') || key[..key.len() - 1].contains(": ") {
            return None;
        }
        let body = region.start + line.len()..region.end;
        let first = first_content(&self.text[..body.end], body.start)?;
        let inner = self.text[first..].len() - self.text[first..].trim_start_matches(' ').len();
        let starts = entry_starts(self.text, body.clone(), inner);
        // The body's first line is an entry of a mapping indented further.
        if inner <= indent || starts.first() != Some(&first) {
            return None;
        }
        Some((
            Section {
                at: region.start,
                line,
            },
            body,
            inner,
        ))
    }
}

/// Where the entries of a block mapping at `indent` start in `region`:
/// lines indented exactly `indent` spaces that start an entry.
fn entry_starts(text: &str, region: std::ops::Range<usize>, indent: usize) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut offset = region.start;
    for line in text[region].split_inclusive('\n') {
        let rest = line.trim_start_matches(' ');
        if line.len() - rest.len() == indent && rest.starts_with(is_entry_start) {
            starts.push(offset);
        }
        offset += line.len();
    }
    starts
}

/// Whether a line whose indentation ends before `first` starts a mapping
/// entry there: a key as specs write them (a name, a path, a number, a
/// quoted key); anything else (a sequence item, a flow collection, an
/// anchor or tag on a line of its own, a comment) is not cut at.
fn is_entry_start(first: char) -> bool {
    first.is_ascii_alphanumeric() || matches!(first, '/' | '_' | '$' | '.' | '\'' | '"')
}

/// Where the first line from `from` on that is not blank (spaces only) or
/// a comment starts.
fn first_content(text: &str, from: usize) -> Option<usize> {
    let mut offset = from;
    for line in text[from..].split_inclusive('\n') {
        let content = line.trim_start_matches(' ');
        let blank = content.trim_end_matches(['\r', '\n']).is_empty();
        if !blank && !content.starts_with('#') {
            return Some(offset);
        }
        offset += line.len();
    }
    None
}
