//! A large YAML document parsed on every core. A spec's top level is a
//! block mapping, and so are its big sections (`paths`, `components` and
//! its `schemas`): an entry of a block mapping starts on a line at the
//! mapping's indentation and ends where the next such line starts, so the
//! text splits into runs of whole entries, each of which parses on its own.
//! Their values are put back together in the document's order, each run's
//! entries into the section it came from.
//!
//! The split is only ever a faster way to the same value: when any run does
//! not parse, or is not a mapping, or a key comes twice, or a run nests
//! close to the parser's limit, or the text has what a run cannot carry
//! alone (a second document, directives, a byte-order mark, line breaks
//! other than `\n` and `\r\n`, an anchor), the answer is `None` and the
//! caller parses the whole text, with the whole text's errors. Only lines
//! that start with a key as specs write them, in printable ASCII, are cut
//! at; a line that is not cut at stays in the run before it, which is
//! always safe.

use std::sync::atomic::AtomicBool;

use serde_yaml::{Mapping, Value};

use cut::runs;

mod cut;

/// Below this size one parser is as fast: the threads cost more than they
/// save.
const MIN_BYTES: usize = 256 << 10;

/// How many runs each thread gets, so that an uneven run does not leave the
/// others idle at the end.
const RUNS_PER_THREAD: usize = 4;

/// How deep a run's value, with the sections around it, may nest: the
/// parser allows a document 128 levels and a run is parsed shallower than
/// it sits, so a run near the limit is parsed with the whole text, which
/// decides.
const MAX_RUN_DEPTH: usize = 100;

/// What a run parsed to: the keys of its sections and its entries.
type Parsed = Option<(Vec<Value>, Mapping)>;

/// The value of `text`, parsed in runs on `threads` threads, when it splits
/// (see the module docs); `None` when the caller should parse it whole.
pub(super) fn parse(text: &str, threads: usize) -> Option<Value> {
    if threads < 2 || text.len() < MIN_BYTES {
        return None;
    }
    parse_in_runs(text, threads, text.len() / (threads * RUNS_PER_THREAD))
}

/// The value of `text` from runs of about `size` bytes (at least one entry
/// each), on `threads` threads.
fn parse_in_runs(text: &str, threads: usize, size: usize) -> Option<Value> {
    let runs = runs(text, size.max(1))?;
    if runs.len() < 2 {
        return None;
    }
    let stop = AtomicBool::new(false);
    let parsed = crate::parallel::run(&runs, threads, &stop, |run| -> Parsed {
        let Value::Mapping(entries) = serde_yaml::from_str::<Value>(run.text).ok()? else {
            return None;
        };
        let keys = run
            .path
            .iter()
            .map(
                |section| match serde_yaml::from_str::<Value>(section.line).ok()? {
                    Value::Mapping(key) if key.len() == 1 => match key.into_iter().next()? {
                        (key, Value::Null) => Some(key),
                        _ => None,
                    },
                    _ => None,
                },
            )
            .collect::<Option<Vec<_>>>()?;
        (depth(&entries) + keys.len() <= MAX_RUN_DEPTH).then_some((keys, entries))
    });
    // The sections being put back together, outermost first: where each
    // starts, its key and its entries so far.
    let mut open: Vec<(usize, Value, Mapping)> = Vec::new();
    let mut root = Mapping::new();
    for (run, parsed) in runs.iter().zip(parsed) {
        let (keys, entries) = parsed?;
        // The sections still open that this run is not in are done.
        let shared = open
            .iter()
            .zip(&run.path)
            .take_while(|((at, ..), section)| *at == section.at)
            .count();
        while open.len() > shared {
            close(&mut open, &mut root)?;
        }
        for (section, key) in run.path.iter().zip(keys).skip(shared) {
            open.push((section.at, key, Mapping::new()));
        }
        let into = match open.last_mut() {
            Some((.., entries)) => entries,
            None => &mut root,
        };
        for (key, value) in entries {
            insert(into, key, value)?;
        }
    }
    while !open.is_empty() {
        close(&mut open, &mut root)?;
    }
    Some(Value::Mapping(root))
}

/// The innermost open section, done: into the one around it (or the top
/// level).
fn close(open: &mut Vec<(usize, Value, Mapping)>, root: &mut Mapping) -> Option<()> {
    let (_, key, entries) = open.pop()?;
    let into = match open.last_mut() {
        Some((.., entries)) => entries,
        None => root,
    };
    insert(into, key, Value::Mapping(entries))
}

/// `key` into `map`, unless it is there already (the whole text's parse
/// says how).
fn insert(map: &mut Mapping, key: Value, value: Value) -> Option<()> {
    match map.contains_key(&key) {
        true => None,
        false => {
            map.insert(key, value);
            Some(())
        }
    }
}

/// How deep `map` nests (a mapping of scalars is 1).
fn depth(map: &Mapping) -> usize {
    let mut deepest = 0;
    let mut pending: Vec<(&Value, usize)> = map.values().map(|value| (value, 1)).collect();
    while let Some((value, level)) = pending.pop() {
        deepest = deepest.max(level);
        match value {
            Value::Mapping(map) => pending.extend(map.values().map(|value| (value, level + 1))),
            Value::Sequence(items) => pending.extend(items.iter().map(|value| (value, level + 1))),
            Value::Tagged(tagged) => pending.push((&tagged.value, level)),
            _ => {}
        }
    }
    deepest
}

#[cfg(test)]
mod tests {
    use super::cut::Run;
    use super::*;

    /// A document big enough to split, with `paths` and `components` as a
    /// real spec has them, and a scalar, a flow value and comments between.
    fn document(paths: usize) -> String {
        let mut text = String::from(
            "# a comment first\nopenapi: 3.0.3\ninfo:\n  title: Big\n  version: '1'\ntags: [a, b]\npaths:\n",
        );
        for index in 0..paths {
            text.push_str(&format!(
                "  /things/{index}:\n    get:\n      description: |\n        Line one.\n\n        key: not an entry\n      responses:\n        '200':\n          description: ok\n# a comment at the margin\n"
            ));
        }
        text.push_str("components:\n  schemas:\n");
        for index in 0..paths {
            text.push_str(&format!(
                "    Thing{index}:\n      type: object\n      properties:\n        id: {{type: integer, example: {index}}}\n"
            ));
        }
        text.push_str("security: []\n");
        text
    }

    fn whole(text: &str) -> Value {
        match serde_yaml::from_str(text) {
            Ok(value) => value,
            Err(error) => panic!("{error}"),
        }
    }

    /// The value as YAML text: equal values with keys in another order
    /// are not the same text.
    fn written(value: &Value) -> String {
        serde_yaml::to_string(value).unwrap_or_else(|error| panic!("{error}"))
    }

    #[test]
    fn the_runs_give_the_value_the_whole_text_gives() {
        // The marker that opens a document may be there or not.
        let text = format!("---\n{}", document(3000));
        assert!(text.len() > MIN_BYTES);
        let Some(runs) = runs(&text, text.len() / 8) else {
            panic!("splits");
        };
        assert!(runs.len() > 4, "{}", runs.len());
        // `components` is split at its `schemas`, and those in turn.
        let sections = |run: &Run<'_>| -> Vec<String> {
            run.path
                .iter()
                .map(|section| section.line.trim_end().to_owned())
                .collect()
        };
        assert!(
            runs.iter()
                .any(|run| sections(run) == ["components:", "  schemas:"])
        );
        assert!(runs.iter().any(|run| sections(run) == ["paths:"]));
        for threads in [2, 3] {
            let split = parse(&text, threads);
            assert_eq!(
                split.as_ref().map(written),
                Some(written(&whole(&text))),
                "{threads} threads"
            );
        }
        // Key order is kept, a section's entries in the text's order.
        let Some(Value::Mapping(root)) = parse(&text, 2) else {
            panic!("splits");
        };
        let keys: Vec<_> = root.keys().filter_map(Value::as_str).collect();
        assert_eq!(
            keys,
            ["openapi", "info", "tags", "paths", "components", "security"]
        );
    }

    /// Whatever a run cannot answer alone is left to the whole text.
    #[test]
    fn what_a_run_cannot_answer_is_parsed_whole() {
        let big = document(3000);
        let cases = [
            // A key twice, at the top and in a section.
            format!("{big}openapi: 3.1.0\n"),
            big.replacen("  /things/2000:", "  /things/1:", 1),
            // An alias to an anchor in another run.
            big.replacen("info:\n", "info: &info\n", 1).replacen(
                "security: []",
                "security: *info",
                1,
            ),
            // A quoted value carried over a line that looks like an entry.
            big.replacen(
                "  /things/2000:\n",
                "  /things/2000: \"open\n  /x: y\"\n",
                1,
            ),
            // Two documents, a directive, a byte-order mark.
            format!("{big}---\nmore: 1\n"),
            format!("%YAML 1.2\n{big}"),
            format!("\u{feff}{big}"),
            // A top level that is not a block mapping.
            format!("- {big}"),
        ];
        for (index, case) in cases.iter().enumerate() {
            assert_eq!(parse(case, 2), None, "case {index}");
        }
        // Small texts are not split.
        assert_eq!(parse(&document(10), 2), None);
        assert_eq!(parse(&big, 1), None);
    }

    /// Texts that look split where they must not be: when the runs give a
    /// value, it is the whole text's (and the whole text parses).
    #[test]
    fn a_split_never_gives_another_value() {
        let big = document(3000);
        let at = "  /things/2000:\n";
        let tricky = [
            // A plain scalar carried over a line at its key's indentation.
            "  /carried: a\n  b\n",
            "  /carried: a\n  b: c\n",
            // A quoted one, single and double.
            "  /quoted: 'a\n  /b: c'\n",
            "  /quoted: \"a\n  /b: c\"\n",
            // A flow sequence and mapping over lines.
            "  /flow: [a,\n  b]\n",
            "  /flow: {a: 1,\n  b: 2}\n",
            // A block scalar whose lines look like entries.
            "  /block: |\n  /b: c\n",
            "  /block: |\n    text\n  /b: c\n",
            // A sequence at the key's indentation.
            "  /sequence:\n  - a\n  - b\n",
            // An entry at the margin inside a section, and a comment there.
            "/margin: 1\n",
            "# comment\n",
            // A key with a colon, a number key, a tagged value.
            "  /a:b: 1\n",
            "  404: not found\n",
            "  /tagged: !custom {a: 1}\n",
            // Windows line ends.
            "  /crlf:\r\n    get: {}\r\n",
        ];
        let mut split = 0;
        for (index, insert) in tricky.iter().enumerate() {
            let text = big.replacen(at, &format!("{insert}{at}"), 1);
            let whole: Result<Value, _> = serde_yaml::from_str(&text);
            // Cut where the runs would be, and at every entry.
            for size in [text.len() / 8, 1] {
                if let Some(value) = parse_in_runs(&text, 2, size) {
                    split += 1;
                    assert_eq!(
                        whole.as_ref().ok().map(written),
                        Some(written(&value)),
                        "case {index}, runs of {size} bytes"
                    );
                }
            }
        }
        // Most do split (into the same value).
        assert!(split > tricky.len(), "{split}");
    }

    /// What only the whole text's parser sees: characters it does not
    /// allow before the first entry or on a section's line, line breaks
    /// other than `\n`, a byte-order mark inside, an anchor alone on a
    /// line, and aliases (resolved by the whole document's anchors). The
    /// runs give the whole text's value or nothing (and nothing where the
    /// whole text does not parse).
    #[test]
    fn what_only_the_whole_parser_sees_is_left_to_it() {
        let big = document(3000);
        let block = format!("|\n{}", "     x\n".repeat(60_000));
        let cases = [
            format!("\t\n{big}"),
            format!("  \t\n{big}"),
            format!("\u{a0}\n{big}"),
            format!("# \u{7}\n{big}"),
            big.replacen("paths:\n", "paths:\u{a0}\n", 1),
            big.replacen("paths:\n", "paths: # \u{7}\n", 1),
            big.replacen("paths:\n", "paths:\u{c}\n", 1),
            big.replacen("paths:\n", "paths:\u{2028}  /v1:\n", 1),
            big.replacen("paths:\n", "paths:\r  /v1:\n", 1),
            big.replacen("paths:\n", "\u{a0}a:b:\n", 1),
            big.replacen("paths:\n", "\u{a0}\u{e9}:\n", 1),
            big.replacen(
                "components:",
                &format!("\u{feff} /extra: {block}components:"),
                1,
            ),
            big.replacen(
                "components:",
                &format!("\u{85}  /extra: {block}components:"),
                1,
            ),
            big.replacen(
                "components:",
                &format!("x-a: {block}# end\u{85}...\ncomponents:"),
                1,
            ),
            big.replacen(
                "components:",
                &format!(
                    "x-a:\n# {}\n&x\n  b: {block}components:",
                    "c".repeat(300_000)
                ),
                1,
            ),
            big.replacen(
                "components:",
                &format!("x-a:\n!!map\n  b: {block}components:"),
                1,
            ),
            // An anchor named again, then an alias, in other runs.
            big.replacen("tags:", "x-1: &a one\ntags:", 1)
                + "x-2: &a two\nx-3: &b three\nx-4: *a\n",
        ];
        for (index, case) in cases.iter().enumerate() {
            let whole: Result<Value, _> = serde_yaml::from_str(case);
            let split = parse(case, 2);
            assert!(
                split.is_none() || split.as_ref().map(written) == whole.as_ref().ok().map(written),
                "case {index}"
            );
        }
    }

    #[test]
    fn a_run_nested_to_the_parser_s_limit_is_parsed_whole() {
        let nested = format!(
            "  /deep: {}{}\ncomponents:",
            "[".repeat(MAX_RUN_DEPTH + 1),
            "]".repeat(MAX_RUN_DEPTH + 1)
        );
        let deep = document(3000).replacen("components:", &nested, 1);
        // The whole text parses (the parser allows 128 levels).
        assert!(matches!(whole(&deep), Value::Mapping(_)));
        assert_eq!(parse(&deep, 2), None);
    }
}
