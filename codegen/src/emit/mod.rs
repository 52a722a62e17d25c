//! Stage 4: the surface → tokens (`quote!`) → `syn::File` → text
//! (`prettyplease`). Pure functions: the same surface always gives the same
//! bytes. Emit writes what [`crate::surface`] decided and decides no name.

mod ast;
mod builders;
mod checks;
mod client;
mod decode;
mod docblocks;
mod doclinks;
mod enums;
mod files;
mod gates;
mod layout;
mod messages;
mod newtype;
mod pages;
mod print;
mod request;
mod types;
mod uses;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::Error;
use crate::naming::{Kind, Name};
use crate::surface::{Spelled, Surface};

pub(crate) use files::{InPlaces, Sink};
pub(crate) use uses::{Uses, uses_ident};

/// One generated file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// The path, with `/` separators (`generated/src/telegent/types.rs`).
    pub path: String,
    /// The whole file.
    pub contents: String,
}

/// The files of one provider module, or an error naming the spec if the
/// generator produced tokens that do not parse as Rust (a generator bug: the
/// spec is refused rather than emitted as code that cannot compile).
/// `command` is what the header says made the file.
pub fn try_provider_files(
    surface: &Surface<'_>,
    command: &str,
) -> Result<Vec<GeneratedFile>, Error> {
    files::provider_files(surface, command, crate::parallel::threads(), usize::MAX)
}

/// [`try_provider_files`], refused with [`too_many_lines`] as soon as the
/// items formatted so far pass `max_lines` lines (a spec too large to
/// compile is refused in a fraction of the time and memory writing it all
/// would take), each file handed to `sink` as soon as it is whole (from any
/// of the threads formatting), with its place among the files. `false`
/// from `sink` stops the work, with `Ok`. After an error, what `sink` was
/// given is not the whole module.
pub(crate) fn try_provider_files_into(
    surface: &Surface<'_>,
    command: &str,
    max_lines: usize,
    sink: files::Sink<'_>,
) -> Result<(), Error> {
    files::provider_files_into(
        surface,
        command,
        crate::parallel::threads(),
        max_lines,
        sink,
    )
}

/// The refusal of a crate of more than `max_lines` lines of Rust: `lines`
/// of them, or, when `partial` (the items formatted so far passed the
/// limit and no more were started), just more than the limit: how far past
/// it the count got depends on which threads finished first.
pub fn too_many_lines(
    api: &crate::ir::Api,
    lines: usize,
    max_lines: usize,
    partial: bool,
) -> Error {
    let (operations, types) = (api.operations.len(), api.types.len());
    let message = match partial {
        true => format!(
            "the crate would have more than the {max_lines} lines of Rust a crate may have ({operations} operations, {types} types; counting stopped there)"
        ),
        false => format!(
            "the crate would have {lines} lines of Rust ({operations} operations, {types} types), more than the {max_lines} a crate may have"
        ),
    };
    Error::new(&api.spec_path, "#/paths", message)
    .hint("rustc needs about 6 GB of memory per million lines to check a crate: split the spec (a crate per tag or path prefix), or raise `--max-lines` on a machine with the memory")
}

/// The files of one provider module; panics if the generator produced
/// tokens that are not Rust (a generator bug), which
/// [`try_provider_files`] reports instead.
pub fn provider_files(surface: &Surface<'_>, command: &str) -> Vec<GeneratedFile> {
    try_provider_files(surface, command).unwrap_or_else(|error| panic!("{error}"))
}

/// The tokens of each file of one provider module, before formatting (the
/// stage benchmarks time apart from `prettyplease`).
pub fn provider_tokens(surface: &Surface<'_>) -> Vec<(&'static str, TokenStream)> {
    // `client.rs` in the pieces it is formatted in: its head, and runs of
    // its operations' methods (with features, most in their groups' files).
    let runs = files::operation_runs(surface, files::OPERATIONS_PER_PIECE)
        .into_iter()
        .map(|run| {
            let grouped = run
                .first()
                .is_some_and(|&index| gates::operation_group(surface, index).is_some());
            ("client.rs", client::operations(surface, &run, !grouped))
        });
    let mut tokens = vec![
        ("mod.rs", module(surface)),
        ("client.rs", client::head(surface)),
    ];
    tokens.extend(runs);
    tokens.push(("builders.rs", builders::file(surface)));
    tokens.push(("types.rs", types::file(surface)));
    tokens
}

/// Formats one file's tokens with `prettyplease`, a blank line between
/// items; panics if they are not a Rust file.
pub fn format_tokens(tokens: TokenStream) -> String {
    let text = pretty(tokens).unwrap_or_else(|error| panic!("not a Rust file: {error}"));
    layout::spaced(&text)
}

/// How many lines `text` has, as `text.lines().count()` counts them, in one
/// pass over its bytes.
pub(crate) fn line_count(text: &str) -> usize {
    let breaks = text.bytes().filter(|&byte| byte == b'\n').count();
    breaks + usize::from(!text.is_empty() && !text.ends_with('\n'))
}

/// `src/lib.rs` of a crate of provider modules: `doc` (the crate's own
/// words), a table of the modules, each behind a cargo feature of its name.
pub fn lib_file(surfaces: &[Surface<'_>], doc: &str, command: &str) -> GeneratedFile {
    let mut table = format!(
        "{doc}\n\n\
         Each provider is a module behind a cargo feature of the same name (all on by default):\n\n\
         | module | API | spec |\n| --- | --- | --- |\n"
    );
    for surface in surfaces {
        table.push_str(&format!(
            "| [`{m}`] | {} | `{}` |\n",
            surface.title,
            surface.api.spec_path,
            m = surface.module
        ));
    }
    table.push_str(
        "\nEvery request can be built without a network (`build()` gives an `http::Request`) and every \
         reply decoded from its status, headers and bytes (`decode()`); `send()` does both over reqwest.",
    );
    let modules = surfaces.iter().map(|surface| {
        let name = ident(&surface.module);
        let feature = surface.module.as_code();
        let docs = doc_attrs(&format!(
            "{}, from `{}`.",
            surface.title, surface.api.spec_path
        ));
        quote! {
            #docs
            #[cfg(feature = #feature)]
            pub mod #name;
        }
    });
    let table = inner_doc_attrs(&table);
    let tokens = quote! {
        #table

        pub use switchboard_runtime as runtime;
        pub use switchboard_runtime::{ApiError, BuildError, Error, Response, UnexpectedResponse};

        #(#modules)*
    };
    let specs: Vec<String> = surfaces
        .iter()
        .map(|surface| format!("`{}`", surface.api.spec_path))
        .collect();
    GeneratedFile {
        path: "lib.rs".to_owned(),
        contents: format!(
            "// Generated from {} by `{command}`. Do not edit: change the specs and regenerate.\n\n{}",
            specs.join(", "),
            format_tokens(tokens)
        ),
    }
}

/// `mod.rs` of a directory of modules compiled inside another crate (the
/// generator's test fixtures): one module per spec.
pub fn fixture_mod_file(surfaces: &[Surface<'_>], command: &str) -> GeneratedFile {
    let modules = surfaces.iter().map(|surface| {
        let name = ident(&surface.module);
        let docs = doc_attrs(&format!("Generated from `{}`.", surface.api.spec_path));
        quote! {
            #docs
            pub mod #name;
        }
    });
    let tokens = quote! {
        //! The generator's output for each fixture spec, compiled so that a
        //! fixture whose code does not build fails the build.
        #(#modules)*
    };
    GeneratedFile {
        path: "mod.rs".to_owned(),
        contents: format!(
            "// Generated from the fixture specs by `{command}`. Do not edit.\n\n{}",
            format_tokens(tokens)
        ),
    }
}

fn module(surface: &Surface<'_>) -> TokenStream {
    let text = inner_doc_attrs(&surface.module_doc);
    // A glob of an empty module is an unused import.
    let types = (!surface.types.is_empty()).then(|| {
        // With features, some of them leave `types` empty.
        let allow = surface
            .features
            .is_some()
            .then(|| quote!(#[allow(unused_imports)]));
        quote!(
            #allow
            pub use types::*;
        )
    });
    quote! {
        #text

        pub mod builders;
        mod client;
        pub mod types;

        pub use client::{Auth, Client};
        #types
    }
}

pub(crate) fn pretty(tokens: TokenStream) -> Result<String, syn::Error> {
    pretty_gated(tokens, TokenStream::new())
}

/// The same, with the outer attributes `gate` (a `#[cfg(…)]`, or nothing)
/// on every item.
pub(crate) fn pretty_gated(tokens: TokenStream, gate: TokenStream) -> Result<String, syn::Error> {
    let mut file: syn::File = syn::parse2(tokens)?;
    gates::gate_items(&mut file, &gate)?;
    let held = (
        &mut docblocks::Blocks::default(),
        &mut ast::Bodies::default(),
    );
    print::unparse(file, None, None, held)
}

/// The identifier of a name the surface issued.
pub(crate) fn ident<K: Kind>(name: &Name<K>) -> Ident {
    raw_ident(name.as_code())
}

/// An identifier, raw when the name is `r#keyword`. Every name comes from
/// [`crate::surface`]; anything else is made into an identifier rather than
/// panicking (a wrong name then fails to parse, which is reported).
pub(crate) fn raw_ident(name: &str) -> Ident {
    let (raw, bare) = match name.strip_prefix("r#") {
        Some(bare) => (true, bare),
        None => (false, name),
    };
    // The usual name, spelt as it is: no copy to mend.
    let plain = bare.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && bare != "_"
        && bare.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    if plain && !raw {
        return Ident::new(bare, Span::call_site());
    }
    let mut text: String = bare
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if text.is_empty() || text.starts_with(|c: char| c.is_ascii_digit()) {
        text.insert(0, '_');
    }
    if text == "_" {
        text.push('_');
    }
    match raw && !["crate", "self", "Self", "super", "_"].contains(&text.as_str()) {
        true => Ident::new_raw(&text, Span::call_site()),
        false => Ident::new(&text, Span::call_site()),
    }
}

/// `#[doc = "…"]` for each line of `text`: `/// …` comments.
pub(crate) fn doc_attrs(text: &str) -> TokenStream {
    let lines = match docblocks::hold(doc_lines(text)) {
        Ok(placeholder) => return quote!(#[doc = #placeholder]),
        Err(lines) => lines,
    };
    let lines = lines
        .into_iter()
        .map(|line| doc_literal(&line))
        .map(|line| quote!(#[doc = #line]));
    // Moved, not interpolated: `quote!` copies each stream it reads.
    lines.collect()
}

/// `#![doc = "…"]` for each line of `text`: `//! …` comments.
pub fn inner_doc_attrs(text: &str) -> TokenStream {
    let lines = match docblocks::hold(doc_lines(text)) {
        Ok(placeholder) => return quote!(#![doc = #placeholder]),
        Err(lines) => lines,
    };
    let lines = lines
        .into_iter()
        .map(|line| doc_literal(&line))
        .map(|line| quote!(#![doc = #line]));
    lines.collect()
}

/// One line of a doc comment as a raw string literal (`r#"…"#`, with one
/// `#` more than the longest run after a `"` in it). The printed comment is
/// the same as from an escaped literal (`prettyplease` prints the value),
/// but a raw literal is written and read back without a pass over each
/// character to escape and unescape it: on a spec with long descriptions,
/// that was the most costly part of reading the tokens back.
fn doc_literal(line: &str) -> proc_macro2::Literal {
    // Longest run of `#` after a `"`: the delimiter needs one more.
    let mut hashes = 0;
    for (at, _) in line.match_indices('"') {
        let run = line[at + 1..]
            .bytes()
            .take_while(|&byte| byte == b'#')
            .count();
        hashes = hashes.max(run + 1);
    }
    let delimiter = "#".repeat(hashes);
    // Lines never hold a line break (`doc_lines` splits at them), the only
    // text a raw literal cannot hold; the escaped literal is the fallback.
    format!("r{delimiter}\"{line}\"{delimiter}")
        .parse()
        .unwrap_or_else(|_| proc_macro2::Literal::string(line))
}

/// The lines of a doc comment, each after one space (none on a blank line).
/// A carriage return ends a line as a newline does: rustc refuses a bare one
/// in a doc comment.
fn doc_lines(text: &str) -> Vec<String> {
    let text = text.trim_end();
    if text.is_empty() {
        return Vec::new();
    }
    let text = match text.contains('\r') {
        true => std::borrow::Cow::Owned(text.replace("\r\n", "\n")),
        false => std::borrow::Cow::Borrowed(text),
    };
    text.split(['\n', '\r'])
        .map(|line| match line.is_empty() {
            true => String::new(),
            false => format!(" {line}"),
        })
        .collect()
}

/// Where generated types are, seen from the file being written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    /// In `types.rs`: by their name.
    Types,
    /// In `client.rs` and `builders.rs`: `types::Name`.
    Outside,
}

/// The tokens of a spelled type.
pub(crate) fn ty(spelled: &Spelled, place: Place) -> TokenStream {
    match spelled {
        Spelled::Unit => quote!(()),
        Spelled::String => quote!(String),
        Spelled::I32 => quote!(i32),
        Spelled::I64 => quote!(i64),
        Spelled::Bool => quote!(bool),
        Spelled::Number => quote!(serde_json::Number),
        Spelled::Json => quote!(serde_json::Value),
        Spelled::JsonObject => quote!(serde_json::Map<String, serde_json::Value>),
        Spelled::Bytes => quote!(switchboard_runtime::Bytes),
        Spelled::Named(name) => {
            let name = ident(name);
            match place {
                Place::Types => quote!(#name),
                Place::Outside => quote!(types::#name),
            }
        }
        Spelled::Boxed(inner) => {
            let inner = ty(inner, place);
            quote!(Box<#inner>)
        }
        Spelled::Vec(item) => {
            let item = ty(item, place);
            quote!(Vec<#item>)
        }
        Spelled::Map(value) => {
            let value = ty(value, place);
            quote!(std::collections::BTreeMap<String, #value>)
        }
        Spelled::Option(inner) => {
            let inner = ty(inner, place);
            quote!(Option<#inner>)
        }
        Spelled::Into(inner) => {
            let inner = ty(inner, place);
            quote!(impl Into<#inner>)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{doc_attrs, doc_lines, doc_literal, line_count, pretty, raw_ident};

    /// Lines counted as `str::lines` counts them: a last line without its
    /// break counts, an empty text has none, a `\r\n` is one break.
    #[test]
    fn lines_are_counted_as_str_lines_counts_them() {
        for text in [
            "",
            "\n",
            "a",
            "a\n",
            "a\nb",
            "a\n\nb\n",
            "a\r\nb\r\n",
            "\n\n",
        ] {
            assert_eq!(line_count(text), text.lines().count(), "{text:?}");
        }
    }

    /// Names as written stay as they are; keywords are raw unless they
    /// cannot be; anything else is mended into an identifier.
    #[test]
    fn names_become_identifiers() {
        for (name, expected) in [
            ("list_calls", "list_calls"),
            ("x", "x"),
            ("_private", "_private"),
            ("Call2", "Call2"),
            ("r#type", "r#type"),
            ("r#self", "self"),
            ("r#crate", "crate"),
            ("9lives", "_9lives"),
            ("a-b c", "a_b_c"),
            ("_", "__"),
            ("", "__"),
            ("r#", "r#__"),
            ("café", "caf_"),
        ] {
            assert_eq!(raw_ident(name).to_string(), expected, "{name:?}");
        }
    }

    #[test]
    fn a_carriage_return_in_any_doc_text_ends_its_line() {
        assert_eq!(
            doc_lines("Defined at `a`\rand `b`\r\n\r\nend\n"),
            [" Defined at `a`", " and `b`", "", " end"]
        );
        assert!(doc_lines("  \n").is_empty());
    }

    /// A doc line is a raw literal that reads back as the line, whatever
    /// quotes, `#`s, backslashes or controls it holds, and prints as the
    /// comment an escaped literal prints as.
    #[test]
    fn a_doc_line_is_a_raw_literal_of_the_same_text() {
        let lines = [
            "",
            " plain",
            " say \"hi\" \\n and \\",
            " a \"# then \"## and \"###\"",
            " ends with a quote\"",
            "\"#",
            " a NUL \0 and a tab \t and é ✓",
        ];
        for line in lines {
            let literal = doc_literal(line);
            assert!(literal.to_string().starts_with('r'), "{literal}");
            let read: Result<syn::LitStr, _> = syn::parse2(quote::quote!(#literal));
            assert_eq!(read.map(|read| read.value()).ok().as_deref(), Some(line));
            let escaped = proc_macro2::Literal::string(line);
            assert_eq!(
                pretty(quote::quote!(#[doc = #literal] struct A;)).ok(),
                pretty(quote::quote!(#[doc = #escaped] struct A;)).ok(),
            );
        }
        // More `#`s after a quote than a raw literal may have: escaped.
        let long = format!(" \"{}", "#".repeat(300));
        let literal = doc_literal(&long);
        assert!(literal.to_string().starts_with('"'));
        let read: Result<syn::LitStr, _> = syn::parse2(quote::quote!(#literal));
        assert_eq!(read.map(|read| read.value()).ok(), Some(long));
        let docs = doc_attrs("A \"#quoted\"# line\nand more");
        assert_eq!(
            pretty(quote::quote!(#docs struct A;)).ok().as_deref(),
            Some("/// A \"#quoted\"# line\n/// and more\nstruct A;\n")
        );
    }
}
