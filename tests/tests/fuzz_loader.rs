//! Fuzz-style property tests of the generator's front end: `load::parse` and
//! then `model::build` (and, for what builds, `emit`) on arbitrary text, on
//! soups of real spec lines, and on the real specs (`specs/*.yaml`, and the
//! generator's fixtures) mutated as text (lines deleted, duplicated,
//! re-indented, values swapped, characters inserted, the file cut short) and
//! as documents (nodes removed, replaced, swapped, retyped, keys added).
//! Errors are fine; a panic is a bug.
//!
//! Each property runs a fixed number of cases (see [`CASES`]) so CI time
//! stays bounded; a failure prints the smallest input found. Any input that
//! ever made the generator panic is kept below as a plain regression test.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::Config;
use serde_json::Value;
use switchboard_codegen::{emit, load, model};

/// Cases per property (`PROPTEST_CASES` overrides it, for a longer soak).
const CASES: u32 = 256;

fn config() -> Config {
    Config {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|cases| cases.parse().ok())
            .unwrap_or(CASES),
        // Regressions are kept as tests in this file, not in side files.
        failure_persistence: None,
        ..Config::default()
    }
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate lives one level below the workspace root")
}

/// Runs the generator on `text` as the file `name`: parse, build, and emit
/// what builds. Returns whether it got through; panics only if the generator does.
fn generate(name: &str, text: &str) -> bool {
    generate_at(Path::new(name), text)
}

/// [`generate`] for the spec at `path`, whose other files (a multi-file
/// spec's) are read beside it.
fn generate_at(path: &Path, text: &str) -> bool {
    let Ok(spec) = load::parse(path, text) else {
        return false;
    };
    let Ok(api) = model::build(&spec) else {
        return false;
    };
    let surface = switchboard_codegen::Surface::new(&api, "crate");
    let files = emit::provider_files(&surface, "fuzz");
    assert!(!files.is_empty());
    true
}

/// A real spec: its text and its document as JSON (keys as strings).
struct Seed {
    path: PathBuf,
    text: String,
    doc: Value,
}

/// What the mutations draw from.
struct Corpus {
    seeds: Vec<Seed>,
    /// Every line of every seed.
    lines: Vec<String>,
    /// Every object key of every seed (`type`, `$ref`, `x-idempotent`, property names…).
    keys: Vec<String>,
    /// Every scalar of every seed (`string`, `#/components/schemas/X`, `200`…).
    scalars: Vec<Value>,
}

fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let mut paths = Vec::new();
        for dir in ["specs", "tests/fixtures", "tests/fixtures/invalid"] {
            for entry in std::fs::read_dir(root().join(dir)).expect(dir) {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|ext| ext == "yaml") {
                    paths.push(path);
                }
            }
        }
        paths.sort();
        let mut corpus = Corpus {
            seeds: Vec::new(),
            lines: Vec::new(),
            keys: Vec::new(),
            scalars: Vec::new(),
        };
        for path in paths {
            let text = std::fs::read_to_string(&path).unwrap();
            corpus.lines.extend(text.lines().map(str::to_owned));
            let Ok(yaml) = serde_yaml::from_str::<serde_yaml::Value>(&text) else {
                continue; // the deliberately invalid YAML fixture
            };
            let doc = to_json(yaml);
            words(&doc, &mut corpus.keys, &mut corpus.scalars);
            corpus.seeds.push(Seed { path, text, doc });
        }
        let real_specs = corpus
            .seeds
            .iter()
            .filter(|seed| seed.path.parent().unwrap().ends_with("specs"))
            .count();
        assert_eq!(real_specs, 4, "the four provider specs are seeds");
        for seed in &corpus.seeds {
            let valid = !seed.path.parent().unwrap().ends_with("invalid");
            assert_eq!(
                generate_at(&seed.path, &seed.text),
                valid,
                "{}",
                seed.path.display()
            );
        }
        corpus.keys.sort();
        corpus.keys.dedup();
        corpus.scalars.sort_by_key(Value::to_string);
        corpus.scalars.dedup();
        corpus
    })
}

/// YAML → JSON, with non-string keys (`200:`) as strings.
fn to_json(value: serde_yaml::Value) -> Value {
    match value {
        serde_yaml::Value::Null => Value::Null,
        serde_yaml::Value::Bool(flag) => Value::Bool(flag),
        serde_yaml::Value::Number(number) => serde_json::to_value(number).unwrap_or(Value::Null),
        serde_yaml::Value::String(text) => Value::String(text),
        serde_yaml::Value::Sequence(items) => {
            Value::Array(items.into_iter().map(to_json).collect())
        }
        serde_yaml::Value::Mapping(map) => Value::Object(
            map.into_iter()
                .map(|(key, value)| {
                    let key = match key {
                        serde_yaml::Value::String(text) => text,
                        other => serde_yaml::to_string(&other)
                            .unwrap_or_default()
                            .trim()
                            .to_owned(),
                    };
                    (key, to_json(value))
                })
                .collect(),
        ),
        serde_yaml::Value::Tagged(tagged) => to_json(tagged.value),
    }
}

fn words(value: &Value, keys: &mut Vec<String>, scalars: &mut Vec<Value>) {
    match value {
        Value::Object(map) => {
            for (key, item) in map {
                keys.push(key.clone());
                words(item, keys, scalars);
            }
        }
        Value::Array(items) => {
            for item in items {
                words(item, keys, scalars);
            }
        }
        // Long descriptions add nothing but time.
        Value::String(text) if text.len() > 80 => {}
        scalar => scalars.push(scalar.clone()),
    }
}

// ---------------------------------------------------------------------------
// Text mutations
// ---------------------------------------------------------------------------

/// One change to a spec's text.
#[derive(Debug, Clone)]
enum Edit {
    DeleteLine(Index),
    DuplicateLine(Index),
    /// Line `a` takes line `b`'s value (what follows its first `: `).
    SwapValue(Index, Index),
    /// A line of another spec, inserted at `at`.
    InsertLine {
        at: Index,
        line: Index,
    },
    /// A line gains or loses two spaces of indentation.
    Indent(Index, bool),
    /// A character inserted at a byte offset (moved to a char boundary).
    InsertChar(Index, char),
    /// Everything after a byte offset is dropped.
    Truncate(Index),
}

fn edit() -> impl Strategy<Value = Edit> {
    let any_char = prop_oneof![
        prop::sample::select(vec![
            ':', '-', ' ', '\n', '\t', '{', '}', '[', ']', '\'', '"', '#', '&', '*', '!', '|', '>',
            '%', '@', '`', '\\', '\0',
        ]),
        any::<char>(),
    ];
    prop_oneof![
        3 => any::<Index>().prop_map(Edit::DeleteLine),
        3 => any::<Index>().prop_map(Edit::DuplicateLine),
        3 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Edit::SwapValue(a, b)),
        3 => (any::<Index>(), any::<Index>()).prop_map(|(at, line)| Edit::InsertLine { at, line }),
        3 => (any::<Index>(), any::<bool>()).prop_map(|(at, deeper)| Edit::Indent(at, deeper)),
        3 => (any::<Index>(), any_char).prop_map(|(at, c)| Edit::InsertChar(at, c)),
        1 => any::<Index>().prop_map(Edit::Truncate),
    ]
}

fn apply_edit(text: &str, edit: &Edit) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    if lines.is_empty() {
        lines.push(String::new());
    }
    let boundary = |at: &Index| {
        let mut offset = at.index(text.len() + 1);
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    };
    match edit {
        Edit::DeleteLine(at) => {
            lines.remove(at.index(lines.len()));
        }
        Edit::DuplicateLine(at) => {
            let at = at.index(lines.len());
            lines.insert(at, lines[at].clone());
        }
        Edit::SwapValue(a, b) => {
            let (a, b) = (a.index(lines.len()), b.index(lines.len()));
            if let (Some((key, _)), Some((_, value))) =
                (lines[a].split_once(": "), lines[b].split_once(": "))
            {
                lines[a] = format!("{key}: {value}");
            }
        }
        Edit::InsertLine { at, line } => {
            let line = line.get(&corpus().lines).clone();
            lines.insert(at.index(lines.len() + 1), line);
        }
        Edit::Indent(at, deeper) => {
            let at = at.index(lines.len());
            let line = &mut lines[at];
            if *deeper {
                line.insert_str(0, "  ");
            } else if let Some(rest) = line.strip_prefix("  ") {
                *line = rest.to_owned();
            }
        }
        Edit::InsertChar(at, c) => {
            let mut text = text.to_owned();
            text.insert(boundary(at), *c);
            return text;
        }
        Edit::Truncate(at) => return text[..boundary(at)].to_owned(),
    }
    lines.join("\n")
}

// ---------------------------------------------------------------------------
// Document mutations
// ---------------------------------------------------------------------------

/// One change to a spec's document, at the node `at` picks (in document order).
#[derive(Debug, Clone)]
enum Change {
    /// The node becomes a scalar seen somewhere in the specs.
    Scalar(Index),
    /// The node becomes a small schema-like object.
    Object(Vec<(Index, Index)>),
    /// The node is removed from its object or array.
    Remove,
    /// The node becomes a copy of another node of the document.
    CopyFrom(Index),
    /// The node and another swap places.
    Swap(Index),
    /// The node becomes a copy of another node under the same key (one
    /// schema for another, one `type` for another), or swaps places with it:
    /// changes that keep the document an OpenAPI one, so they reach the model.
    Like(Index, bool),
    /// A key seen in the specs is added to the node, with a scalar or a copy of another node.
    Insert(Index, Result<Index, Index>),
    /// A string becomes a number, an object an array, a list its first item…
    Retype,
}

fn change() -> impl Strategy<Value = (Index, Change)> {
    let change = prop_oneof![
        1 => any::<Index>().prop_map(Change::Scalar),
        1 => prop::collection::vec((any::<Index>(), any::<Index>()), 0..4).prop_map(Change::Object),
        2 => Just(Change::Remove),
        2 => any::<Index>().prop_map(Change::CopyFrom),
        2 => any::<Index>().prop_map(Change::Swap),
        6 => (any::<Index>(), any::<bool>()).prop_map(|(other, swap)| Change::Like(other, swap)),
        2 => (any::<Index>(), any::<Index>(), any::<bool>()).prop_map(|(key, value, scalar)| {
            Change::Insert(key, if scalar { Ok(value) } else { Err(value) })
        }),
        1 => Just(Change::Retype),
    ];
    (any::<Index>(), change)
}

/// The JSON pointers of every node of `value`, in document order.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, item) in map {
                let escaped = key.replace('~', "~0").replace('/', "~1");
                pointers(item, format!("{at}/{escaped}"), out);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                pointers(item, format!("{at}/{index}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

fn apply_change(doc: &mut Value, (at, change): &(Index, Change)) {
    let corpus = corpus();
    let mut nodes = Vec::new();
    pointers(doc, String::new(), &mut nodes);
    let pointer = at.get(&nodes).clone();
    let copy_of =
        |doc: &Value, from: &Index| doc.pointer(from.get(&nodes).as_str()).unwrap().clone();
    match change {
        Change::Scalar(scalar) => {
            *doc.pointer_mut(&pointer).unwrap() = scalar.get(&corpus.scalars).clone();
        }
        Change::Object(pairs) => {
            let object = pairs
                .iter()
                .map(|(key, value)| {
                    (
                        key.get(&corpus.keys).clone(),
                        value.get(&corpus.scalars).clone(),
                    )
                })
                .collect();
            *doc.pointer_mut(&pointer).unwrap() = Value::Object(object);
        }
        Change::Remove => {
            let Some((parent, last)) = pointer.rsplit_once('/') else {
                *doc = Value::Null;
                return;
            };
            let key = last.replace("~1", "/").replace("~0", "~");
            match doc.pointer_mut(parent).unwrap() {
                Value::Object(map) => {
                    map.remove(&key);
                }
                Value::Array(items) => {
                    items.remove(key.parse::<usize>().unwrap());
                }
                _ => unreachable!("a parent is an object or an array"),
            }
        }
        Change::CopyFrom(from) => {
            let source = copy_of(doc, from);
            *doc.pointer_mut(&pointer).unwrap() = source;
        }
        Change::Like(other, swap) => {
            let key = |pointer: &str| pointer.rsplit('/').next().unwrap_or_default().to_owned();
            let like: Vec<String> = nodes
                .iter()
                .filter(|node| key(node) == key(&pointer) && **node != pointer)
                .cloned()
                .collect();
            if like.is_empty() {
                return;
            }
            let other = other.get(&like).clone();
            if *swap {
                swap_nodes(doc, &pointer, &other);
            } else {
                let source = doc.pointer(&other).unwrap().clone();
                *doc.pointer_mut(&pointer).unwrap() = source;
            }
        }
        Change::Swap(other) => swap_nodes(doc, &pointer, other.get(&nodes).as_str()),
        Change::Insert(key, value) => {
            let value = match value {
                Ok(scalar) => scalar.get(&corpus.scalars).clone(),
                Err(from) => copy_of(doc, from),
            };
            match doc.pointer_mut(&pointer).unwrap() {
                Value::Object(map) => {
                    map.insert(key.get(&corpus.keys).clone(), value);
                }
                Value::Array(items) => items.push(value),
                node => *node = value,
            }
        }
        Change::Retype => {
            let node = doc.pointer_mut(&pointer).unwrap();
            *node = match node.take() {
                Value::String(text) => text
                    .parse::<serde_json::Number>()
                    .map(Value::Number)
                    .unwrap_or(Value::Bool(!text.is_empty())),
                Value::Number(number) => Value::String(number.to_string()),
                Value::Bool(flag) => Value::String(flag.to_string()),
                Value::Null => Value::Object(serde_json::Map::new()),
                Value::Array(items) => items.into_iter().next().unwrap_or(Value::Null),
                Value::Object(map) => Value::Array(map.into_iter().map(|(_, item)| item).collect()),
            };
        }
    }
}

/// Swaps two nodes of `doc`, unless one holds the other.
fn swap_nodes(doc: &mut Value, a: &str, b: &str) {
    let nested = |a: &str, b: &str| a == b || a.starts_with(&format!("{b}/"));
    if nested(a, b) || nested(b, a) {
        return;
    }
    let first = doc.pointer_mut(a).unwrap().take();
    let second = std::mem::replace(doc.pointer_mut(b).unwrap(), first);
    *doc.pointer_mut(a).unwrap() = second;
}

/// A seed (its index): one of the four provider specs half the time, else any.
fn seed() -> impl Strategy<Value = usize> {
    let seeds = &corpus().seeds;
    let real: Vec<usize> = (0..seeds.len())
        .filter(|index| seeds[*index].path.parent().unwrap().ends_with("specs"))
        .collect();
    prop_oneof![prop::sample::select(real), 0..seeds.len()]
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_text_never_panics(
        name in prop::sample::select(vec!["x.yaml", "x.yml", "x.json", "x.txt"]),
        text in prop_oneof![
            "\\PC{0,200}",
            "[ -~\n\t]{0,200}",
            prop::collection::vec(any::<u8>(), 0..200)
                .prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned()),
        ],
    ) {
        generate(name, &text);
    }

    #[test]
    fn soups_of_real_spec_lines_never_panic(
        lines in prop::collection::vec((any::<Index>(), 0usize..4), 0..60),
        header in any::<bool>(),
    ) {
        let mut text = if header {
            "openapi: 3.0.3\ninfo:\n  title: x\n  version: '1'\n".to_owned()
        } else {
            String::new()
        };
        for (line, indent) in &lines {
            text.push_str(&" ".repeat(indent * 2));
            text.push_str(line.get(&corpus().lines).trim_start());
            text.push('\n');
        }
        generate("x.yaml", &text);
    }

    #[test]
    fn real_specs_edited_as_text_never_panic(
        seed in seed(),
        edits in prop::collection::vec(edit(), 1..6),
    ) {
        let seed = &corpus().seeds[seed];
        let mut text = seed.text.clone();
        for edit in &edits {
            text = apply_edit(&text, edit);
        }
        generate("x.yaml", &text);
    }

    #[test]
    fn real_specs_changed_as_documents_never_panic(
        seed in seed(),
        changes in prop::collection::vec(change(), 1..5),
    ) {
        let seed = &corpus().seeds[seed];
        let mut doc = seed.doc.clone();
        for change in &changes {
            apply_change(&mut doc, change);
        }
        generate("x.json", &doc.to_string());
    }
}

// ---------------------------------------------------------------------------
// Regressions: inputs that once made the generator panic
// ---------------------------------------------------------------------------
