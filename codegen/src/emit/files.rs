//! The files of one provider module, formatted item by item on every core.
//!
//! Formatting (`syn` parsing the tokens, then `prettyplease`) and building
//! the tokens are most of the generator's time on a large spec, and each
//! item of `types.rs` and `builders.rs` is formatted on its own anyway (so
//! only one item's syntax tree is alive at a time). The items are therefore
//! handed out to a few worker threads ([`crate::parallel`]), each taking the
//! next unclaimed piece; tokens are built and formatted on the thread that
//! claimed them (they cannot cross threads), and only text comes back. The
//! pieces are put back in their order, so the bytes are the same whatever
//! the number of threads.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use proc_macro2::TokenStream;

use super::{GeneratedFile, Uses, builders, client, gates, layout, module, pretty, types};
use crate::Error;
use crate::surface::Surface;

/// The files, in the order `mod.rs`, `client.rs`, `builders.rs`, `types.rs`.
const FILES: [&str; 4] = ["mod.rs", "client.rs", "builders.rs", "types.rs"];

/// One unit of work: a whole small file, or one item of a large one.
#[derive(Clone, Copy)]
enum Piece {
    Module,
    Client,
    Builder(usize),
    Type(usize),
}

impl Piece {
    /// Where its file is in [`FILES`].
    fn file_index(self) -> usize {
        match self {
            Piece::Module => 0,
            Piece::Client => 1,
            Piece::Builder(_) => 2,
            Piece::Type(_) => 3,
        }
    }

    fn file(self) -> &'static str {
        FILES[self.file_index()]
    }

    /// The group whose module file the piece goes to, if only one needs it.
    fn group<'s>(self, surface: &'s Surface<'_>) -> Option<&'s str> {
        match self {
            Piece::Module | Piece::Client => None,
            Piece::Builder(index) => gates::builder_group(surface, index),
            Piece::Type(index) => gates::type_group(surface, index),
        }
    }

    fn tokens(self, surface: &Surface<'_>) -> TokenStream {
        match self {
            Piece::Module => module(surface),
            Piece::Client => client::file(surface),
            Piece::Builder(index) => builders::item(surface, index),
            Piece::Type(index) => types::item(surface, index),
        }
    }

    /// The `#[cfg(…)]` on every item of the piece (nothing without features).
    fn gate(self, surface: &Surface<'_>) -> TokenStream {
        match self {
            Piece::Module | Piece::Client => TokenStream::new(),
            Piece::Builder(index) => gates::builder_piece(surface, index),
            Piece::Type(index) => gates::type_piece(surface, index),
        }
    }
}

/// A formatted piece, which imports its file needs for it, and the group
/// whose module file it goes to (decided on the worker, beside its `cfg`).
type Formatted<'s> = Result<(String, Uses, Option<&'s str>), Error>;

/// The files of one provider module, formatted on `threads` threads; the
/// refusal [`too_many_lines`](super::too_many_lines) once the pieces
/// formatted pass `max_lines` (no more are started).
pub(super) fn provider_files(
    surface: &Surface<'_>,
    command: &str,
    threads: usize,
    max_lines: usize,
) -> Result<Vec<GeneratedFile>, Error> {
    let api = surface.api;
    // The two whole files first: a large piece claimed last would leave the
    // other threads idle at the end.
    let mut pieces = vec![Piece::Client, Piece::Module];
    pieces.extend((0..builders::item_count(surface)).map(Piece::Builder));
    pieces.extend((0..api.types.len()).map(Piece::Type));
    let targets = super::doclinks::Targets::of(surface);
    let (lines, over) = (AtomicUsize::new(0), AtomicBool::new(false));
    let format = |piece: Piece| -> Formatted {
        let (tokens, mut blocks) = super::docblocks::collect(|| piece.tokens(surface));
        let mut file: syn::File =
            syn::parse2(tokens).map_err(|error| not_rust(surface, piece.file(), &error))?;
        let mut uses = Uses::default();
        if matches!(piece, Piece::Builder(_) | Piece::Type(_)) {
            uses.note_file(&file);
        }
        let group = piece.group(surface);
        // A group's module file is declared behind the group's feature, the
        // whole gate of each of its items: they do not repeat it.
        if group.is_none() {
            super::gates::gate_items(&mut file, &piece.gate(surface))
                .map_err(|error| not_rust(surface, piece.file(), &error))?;
        }
        if let Some(targets) = &targets {
            targets.apply(&mut file, &mut blocks);
        }
        // Laid out here, on the worker: a piece is whole items, so the
        // blank lines inside it do not depend on its neighbours.
        let text = super::print::unparse(file, targets.as_ref(), &mut blocks)
            .and_then(|text| blocks.restore(text))
            .map_err(|error| not_rust(surface, piece.file(), &error))?;
        let text = layout::spaced(&text);
        let count = text.lines().count();
        if lines
            .fetch_add(count, Ordering::Relaxed)
            .saturating_add(count)
            > max_lines
        {
            over.store(true, Ordering::Relaxed);
        }
        Ok((text, uses, group))
    };
    let formatted = crate::parallel::run(&pieces, threads, &over, |&piece| format(piece));
    if formatted.len() < pieces.len() {
        // Stopped over the budget (when every piece was done, the caller
        // counts the whole files).
        let lines = lines.load(Ordering::Relaxed);
        return Err(super::too_many_lines(api, lines, max_lines, true));
    }
    let header = format!(
        "// Generated from `{}` by `{command}`. Do not edit: change the spec and regenerate.\n\n",
        api.spec_path
    );
    // Each piece's text moves into its file, so the output is held once.
    let mut by_file: [Vec<String>; 4] = Default::default();
    let mut uses_of: [Uses; 4] = Default::default();
    // The pieces only one group needs, in a module file of that group's
    // (`types/<group>.rs`), by file and group.
    let mut grouped: BTreeMap<(usize, &str), Vec<String>> = BTreeMap::new();
    for (piece, result) in pieces.iter().zip(formatted) {
        let (text, piece_uses, group) = result?;
        // A group's file imports what its parent file does (`use super::*`).
        uses_of[piece.file_index()].merge(piece_uses);
        match group {
            Some(group) => grouped
                .entry((piece.file_index(), group))
                .or_default()
                .push(text),
            None => by_file[piece.file_index()].push(text),
        }
    }
    let mut files = Vec::with_capacity(FILES.len() + grouped.len());
    for (index, ((name, texts), uses)) in FILES.into_iter().zip(by_file).zip(uses_of).enumerate() {
        let groups: Vec<&str> = grouped
            .keys()
            .filter(|(file, _)| *file == index)
            .map(|(_, group)| *group)
            .collect();
        let head = match name {
            "builders.rs" => Some(builders::header(surface, &uses)),
            "types.rs" => Some(types::header(surface, &uses)),
            _ => None,
        };
        let size = header.len() + texts.iter().map(|text| text.len() + 1).sum::<usize>();
        let mut contents = String::with_capacity(size + 4096);
        contents.push_str(&header);
        if let Some(head) = head {
            // Their imports depend on their items, so they come last.
            let modules = groups.iter().map(|group| group_module(group));
            let head = pretty(quote::quote!(#head #(#modules)*))
                .map_err(|error| not_rust(surface, name, &error))?;
            contents.push_str(&layout::spaced(&head));
        }
        append(&mut contents, texts);
        files.push(GeneratedFile {
            path: format!("{}/{name}", surface.module.as_code()),
            contents,
        });
    }
    for ((index, group), texts) in grouped {
        let stem = FILES[index].trim_end_matches(".rs");
        let mut contents = header.clone();
        let doc = super::inner_doc_attrs(&format!(
            "The items of `{stem}` that only the `{group}` feature needs: rustc reads\n\
             this file only when that feature is on."
        ));
        // Its items name what the parent file imports and declares.
        let head = pretty(quote::quote!(#doc use super::*;))
            .map_err(|error| not_rust(surface, FILES[index], &error))?;
        contents.push_str(&layout::spaced(&head));
        append(&mut contents, texts);
        files.push(GeneratedFile {
            path: format!("{}/{stem}/{group}.rs", surface.module.as_code()),
            contents,
        });
    }
    Ok(files)
}

/// `texts` after `contents`, a blank line between one piece's last item and
/// the next's first, as between any two items.
fn append(contents: &mut String, texts: Vec<String>) {
    for text in texts {
        if !text.is_empty() && !contents.ends_with("\n\n") {
            contents.push('\n');
        }
        contents.push_str(&text);
    }
}

/// The declaration of a group's module file and the re-export of its items
/// (they are the parent module's items, as if written there).
fn group_module(group: &str) -> TokenStream {
    // A feature named after a keyword (`match`) is a raw module name
    // (`mod r#match;`, in `match.rs`).
    let raw = format!("r#{group}");
    let name = match crate::naming::snake(group) == raw {
        true => super::raw_ident(&raw),
        false => super::raw_ident(group),
    };
    quote::quote! {
        #[cfg(feature = #group)]
        mod #name;
        #[cfg(feature = #group)]
        pub use #name::*;
    }
}

fn not_rust(surface: &Surface<'_>, name: &str, error: &syn::Error) -> Error {
    Error::new(
        &surface.api.spec_path,
        "#",
        format!("the generator emitted `{name}` that is not valid Rust ({error})"),
    )
    .hint("this is a generator bug: please report it with the spec")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A group's module is declared and re-exported behind its feature; a
    /// feature named after a keyword is a raw module name.
    #[test]
    fn a_group_s_module_is_declared_behind_its_feature() {
        let printed =
            |group: &str| super::super::pretty(group_module(group)).map_err(|e| e.to_string());
        assert_eq!(
            printed("customers").as_deref(),
            Ok(
                "#[cfg(feature = \"customers\")]\nmod customers;\n#[cfg(feature = \"customers\")]\npub use customers::*;\n"
            )
        );
        assert_eq!(
            printed("match").as_deref(),
            Ok(
                "#[cfg(feature = \"match\")]\nmod r#match;\n#[cfg(feature = \"match\")]\npub use r#match::*;\n"
            )
        );
    }

    /// The bytes do not depend on how many threads formatted them.
    #[test]
    fn the_same_files_on_one_thread_and_on_several() {
        let spec = crate::load::parse_module(
            std::path::Path::new("telegent.yaml"),
            std::fs::read_to_string(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../specs/telegent.yaml"
            ))
            .unwrap_or_default(),
            "telegent",
        );
        let Ok(spec) = spec else {
            panic!("the Telegent spec loads");
        };
        let Ok(api) = crate::model::build(&spec) else {
            panic!("the Telegent spec builds");
        };
        let surface = Surface::new(&api, "crate");
        let one = provider_files(&surface, "test", 1, usize::MAX).map_err(|e| e.to_string());
        let several = provider_files(&surface, "test", 3, usize::MAX).map_err(|e| e.to_string());
        assert!(one.as_ref().is_ok_and(|files| files.len() == 4));
        assert_eq!(one, several);
        // Over a budget the pieces stop on any number of threads, and the
        // refusal says the count is a lower bound.
        for threads in [1, 3] {
            let refused = provider_files(&surface, "test", threads, 10).map_err(|e| e.message);
            assert!(
                refused
                    .as_ref()
                    .is_err_and(|message| message.starts_with("the crate would have more than ")),
                "{threads} threads: {refused:?}"
            );
        }
    }
}
