//! One place for the Rust API: for every fixture and provider spec, each name
//! the surface issued is the name the emitted code has (read back with
//! `syn`), each name the emitted code declares was issued by the surface or
//! is one the surface reserves for the code's own items, and each Rust name
//! `cargo xtask diff` mentions when things are removed is in the code.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use switchboard_codegen::diff::{self, Report};
use switchboard_codegen::ir::{Api, TypeKind, TypeRef};
use switchboard_codegen::surface::{Members, names};
use switchboard_codegen::{Surface, emit};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate lives one level below the workspace root")
}

/// Every fixture spec (the diff fixtures' too) and every provider spec.
fn specs() -> Vec<PathBuf> {
    let mut dirs = vec![root().join("tests/fixtures"), root().join("specs")];
    for entry in std::fs::read_dir(root().join("tests/fixtures/diff")).unwrap() {
        dirs.push(entry.unwrap().path());
    }
    let mut paths = Vec::new();
    for dir in dirs {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|ext| ext == "yaml") {
                paths.push(path.strip_prefix(root()).unwrap().to_path_buf());
            }
        }
    }
    paths.sort();
    assert!(paths.len() > 20, "{paths:?}");
    paths
}

/// What one provider module's code declares, read back from its text.
#[derive(Debug, Default)]
struct Emitted {
    /// `impl Client`: each method and its arguments (without `self`).
    client: BTreeMap<String, Vec<String>>,
    /// `impl Auth`: its constructors.
    auth: BTreeSet<String>,
    /// Each request builder and its methods.
    builders: BTreeMap<String, BTreeSet<String>>,
    /// Each type and its fields (structs) or variants (enums).
    types: BTreeMap<String, BTreeSet<String>>,
}

/// The name of the runtime macro an item invokes (`__call`), if it is one.
fn runtime_macro(item: &syn::ItemMacro) -> Option<String> {
    let segments = &item.mac.path.segments;
    let first = segments.first()?;
    (first.ident == "switchboard_runtime")
        .then(|| segments.last().map(|last| last.ident.to_string()))
        .flatten()
}

impl Emitted {
    fn of(surface: &Surface<'_>) -> Emitted {
        let mut emitted = Emitted::default();
        for file in emit::provider_files(surface, "test") {
            let syntax = syn::parse_file(&file.contents)
                .unwrap_or_else(|error| panic!("{}: {error}", file.path));
            for item in syntax.items {
                emitted.read(&file.path, item);
            }
        }
        emitted
    }

    fn read(&mut self, file: &str, item: syn::Item) {
        match item {
            syn::Item::Struct(item) => {
                let fields = item
                    .fields
                    .iter()
                    .filter_map(|field| field.ident.as_ref().map(ToString::to_string))
                    .collect();
                if file.ends_with("types.rs") {
                    self.types.insert(item.ident.to_string(), fields);
                } else if file.ends_with("builders.rs") {
                    self.builders.entry(item.ident.to_string()).or_default();
                }
            }
            syn::Item::Enum(item) => {
                let variants = item.variants.iter().map(|v| v.ident.to_string()).collect();
                self.types.insert(item.ident.to_string(), variants);
            }
            // The runtime's macros: a string enum (the enum its body spells,
            // plus `Unknown`) and a builder's shared methods.
            syn::Item::Macro(item) => match runtime_macro(&item).as_deref() {
                Some("__string_enum") => {
                    let declared: syn::ItemEnum = syn::parse2(item.mac.tokens)
                        .unwrap_or_else(|error| panic!("{file}: a string enum's body: {error}"));
                    let mut variants: BTreeSet<String> = declared
                        .variants
                        .iter()
                        .map(|v| v.ident.to_string())
                        .collect();
                    variants.insert("Unknown".to_owned());
                    self.types.insert(declared.ident.to_string(), variants);
                }
                Some("__call") => {
                    let declared: syn::ItemImpl = syn::parse2(item.mac.tokens)
                        .unwrap_or_else(|error| panic!("{file}: a builder's calls: {error}"));
                    let syn::Type::Path(path) = declared.self_ty.as_ref() else {
                        panic!("{file}: a builder's calls name no builder");
                    };
                    let builder = path.path.segments.last().map(|s| s.ident.to_string());
                    let methods = self
                        .builders
                        .entry(builder.unwrap_or_default())
                        .or_default();
                    for method in ["timeout", "retry", "decode", "send"] {
                        methods.insert(method.to_owned());
                    }
                }
                _ => {}
            },
            syn::Item::Impl(item) if item.trait_.is_none() => {
                let syn::Type::Path(path) = item.self_ty.as_ref() else {
                    return;
                };
                let Some(name) = path.path.segments.last().map(|s| s.ident.to_string()) else {
                    return;
                };
                for inner in item.items {
                    let syn::ImplItem::Fn(function) = inner else {
                        continue;
                    };
                    let method = function.sig.ident.to_string();
                    let arguments = function
                        .sig
                        .inputs
                        .iter()
                        .filter_map(|input| match input {
                            syn::FnArg::Typed(typed) => match typed.pat.as_ref() {
                                syn::Pat::Ident(ident) => Some(ident.ident.to_string()),
                                _ => None,
                            },
                            syn::FnArg::Receiver(_) => None,
                        })
                        .collect();
                    match (file.ends_with("client.rs"), name.as_str()) {
                        (true, "Client") => {
                            self.client.insert(method, arguments);
                        }
                        (true, "Auth") => {
                            self.auth.insert(method);
                        }
                        (false, _) if file.ends_with("builders.rs") => {
                            self.builders
                                .entry(name.clone())
                                .or_default()
                                .insert(method);
                        }
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
}

fn surface_names_are_emitted(path: &Path, surface: &Surface<'_>, emitted: &Emitted) {
    let at = path.display();
    for op in &surface.operations {
        let method = op.method.as_code();
        let arguments = emitted
            .client
            .get(method)
            .unwrap_or_else(|| panic!("{at}: `Client::{method}` is not in client.rs"));
        let issued: Vec<&str> = op.arguments.iter().map(|a| a.name.as_code()).collect();
        assert_eq!(
            arguments, &issued,
            "{at}: the arguments of `Client::{method}`"
        );
        let builder = op.builder.as_code();
        let methods = emitted
            .builders
            .get(builder)
            .unwrap_or_else(|| panic!("{at}: builder `{builder}` is not in builders.rs"));
        for setter in &op.setters {
            assert!(
                methods.contains(setter.name.as_code()),
                "{at}: `{builder}` has no setter `.{}()`",
                setter.name
            );
        }
        // Everything else a builder has is one of the methods it reserves.
        let setters: BTreeSet<&str> = op.setters.iter().map(|s| s.name.as_code()).collect();
        for method in methods {
            assert!(
                setters.contains(method.as_str())
                    || names::BUILDER_METHODS.contains(&method.as_str()),
                "{at}: `{builder}::{method}` was issued by no scope and is not reserved"
            );
        }
    }
    let operations: BTreeSet<&str> = surface
        .operations
        .iter()
        .map(|o| o.method.as_code())
        .collect();
    for method in emitted.client.keys() {
        assert!(
            operations.contains(method.as_str())
                || names::CLIENT_METHODS.contains(&method.as_str()),
            "{at}: `Client::{method}` was issued by no scope and is not reserved"
        );
    }
    let keys: BTreeSet<&str> = surface
        .client
        .api_keys
        .iter()
        .map(|(n, _)| n.as_code())
        .chain(surface.client.constructors.iter().map(|c| c.name.as_code()))
        .collect();
    for constructor in &emitted.auth {
        assert!(
            keys.contains(constructor.as_str())
                || names::AUTH_CONSTRUCTORS.contains(&constructor.as_str()),
            "{at}: `Auth::{constructor}` was issued by no scope and is not reserved"
        );
    }
    for key in keys {
        assert!(
            emitted.auth.contains(key),
            "{at}: `Auth::{key}` is not in client.rs"
        );
    }
    for ty in &surface.types {
        let name = ty.name.as_code();
        let members = emitted
            .types
            .get(name)
            .unwrap_or_else(|| panic!("{at}: type `{name}` is not in types.rs"));
        let issued: BTreeSet<String> = match &ty.members {
            Members::Struct {
                fields,
                unknown_fields,
                extra,
                ..
            } => fields
                .iter()
                .map(|f| f.name.as_code().to_owned())
                .chain(unknown_fields.iter().map(|n| n.as_code().to_owned()))
                .chain(extra.iter().map(|n| n.as_code().to_owned()))
                .collect(),
            Members::Variants(variants) => variants
                .iter()
                .map(|v| v.name.as_code().to_owned())
                .collect(),
            // A newtype's one field has no name.
            Members::Newtype(_) => BTreeSet::new(),
        };
        let expected: BTreeSet<String> = match &ty.members {
            // Every generated string, integer and tagged enum keeps the values
            // the spec does not list.
            Members::Variants(_) if !issued.is_empty() && members.contains("Unknown") => issued
                .iter()
                .cloned()
                .chain(["Unknown".to_owned()])
                .collect(),
            _ => issued,
        };
        assert_eq!(members, &expected, "{at}: the members of `{name}`");
    }
}

#[test]
fn every_name_the_surface_issues_is_the_name_the_code_has() {
    for path in specs() {
        let api = switchboard_codegen::api(root(), &path).unwrap();
        let surface = Surface::new(&api, "crate");
        surface_names_are_emitted(&path, &surface, &Emitted::of(&surface));
    }
}

/// The Rust names in the code spans of a report: `Client::m`, `Auth::c`,
/// `.setter()`, `Type.field`, `Type::Variant`, and bare `TypeOrBuilder`s.
fn mentioned(report: &Report) -> Vec<String> {
    let mut spans = Vec::new();
    for change in report.changes() {
        for text in [&change.summary, &change.wire.why, &change.rust.why] {
            spans.extend(text.split('`').skip(1).step_by(2).map(str::to_owned));
        }
    }
    spans
}

/// Whether the code span `span` names only things `emitted` has.
fn names_exist(span: &str, emitted: &Emitted) -> Result<(), String> {
    let is_ident =
        |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    let type_has = |ty: &str, member: &str| {
        emitted.types.get(ty).is_some_and(|members| {
            members.contains(member) || members.contains(&format!("r#{member}"))
        })
    };
    let method = |name: &str| {
        emitted.client.contains_key(name) || emitted.client.contains_key(&format!("r#{name}"))
    };
    // `Client::list_things(id, body)`: a signature.
    let span = span
        .split('(')
        .next()
        .unwrap_or(span)
        .trim_end_matches("()");
    if let Some(name) = span.strip_prefix("Client::") {
        return method(name)
            .then_some(())
            .ok_or(format!("no method `Client::{name}`"));
    }
    if let Some(name) = span.strip_prefix("Auth::") {
        return emitted
            .auth
            .contains(name)
            .then_some(())
            .ok_or(format!("no constructor `Auth::{name}`"));
    }
    if let Some(name) = span.strip_prefix('.') {
        // A setter: issued for a parameter or a field, never one of the
        // builder's own methods (`.timeout()`); an optional body's setter is
        // `.body()`.
        let setter = name == "body" || !names::BUILDER_METHODS.contains(&name);
        let found = emitted
            .builders
            .values()
            .any(|methods| methods.contains(name) || methods.contains(&format!("r#{name}")));
        return (setter && found)
            .then_some(())
            .ok_or(format!("no setter `.{name}()`"));
    }
    let upper = |s: &str| s.starts_with(|c: char| c.is_ascii_uppercase());
    if let Some((ty, member)) = span.split_once("::") {
        if upper(ty) && is_ident(ty) && is_ident(member) && member != "default" && member != "from"
        {
            return type_has(ty, member)
                .then_some(())
                .ok_or(format!("no variant `{ty}::{member}`"));
        }
        return Ok(());
    }
    if let Some((ty, field)) = span.split_once('.') {
        if upper(ty) && is_ident(ty) && is_ident(field) {
            return type_has(ty, field)
                .then_some(())
                .ok_or(format!("no field `{ty}.{field}`"));
        }
        return Ok(());
    }
    Ok(())
}

/// The API with one kind of thing taken away, so that a diff from `api`
/// to it names every such thing.
fn without(api: &Api, what: &str) -> Api {
    let mut api = api.clone();
    match what {
        "operations" => api.operations.clear(),
        "parameters and bodies" => {
            for op in &mut api.operations {
                op.params.clear();
                op.body = None;
                op.pagination = None;
            }
        }
        _ => {
            for def in &mut api.types {
                match &mut def.kind {
                    TypeKind::Struct { fields, .. } => fields.clear(),
                    TypeKind::Enum { variants } => variants.clear(),
                    TypeKind::IntEnum { variants } => variants.clear(),
                    TypeKind::Union { variants, .. } => variants.clear(),
                    TypeKind::ByStatus { variants } => variants.clear(),
                    TypeKind::Newtype { inner } => *inner = TypeRef::Json,
                }
            }
        }
    }
    api
}

#[test]
fn every_name_a_diff_mentions_is_in_the_code() {
    let mut checked = 0;
    for path in specs() {
        let api = switchboard_codegen::api(root(), &path).unwrap();
        let surface = Surface::new(&api, "crate");
        let emitted = Emitted::of(&surface);
        for what in ["operations", "parameters and bodies", "members"] {
            let report = Report::new(vec![diff::provider(
                "p",
                Some(&api),
                Some(&without(&api, what)),
            )]);
            for span in mentioned(&report) {
                if let Err(missing) = names_exist(&span, &emitted) {
                    panic!(
                        "{}: removing {what}, the report says `{span}`: {missing}",
                        path.display()
                    );
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 500, "only {checked} names were checked");
}
