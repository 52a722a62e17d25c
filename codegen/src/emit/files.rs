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

mod splice;

pub(super) use splice::OPERATIONS_PER_PIECE;
use splice::{one_impl, spliced_wrong, with_operations};

/// The files, in the order `mod.rs`, `client.rs`, `builders.rs`, `types.rs`.
const FILES: [&str; 4] = ["mod.rs", "client.rs", "builders.rs", "types.rs"];

/// One unit of work: a whole small file, or one item of a large one.
#[derive(Clone, Copy)]
enum Piece<'r> {
    Module,
    /// `client.rs` without its operations' methods.
    Client,
    /// The methods of these operations (of one group, or of none).
    Operations(&'r [usize]),
    /// `client.rs` whole (to test that its pieces make the same text).
    #[cfg(test)]
    WholeClient,
    Builder(usize),
    Type(usize),
}

impl Piece<'_> {
    /// Where its file is in [`FILES`].
    fn file_index(self) -> usize {
        match self {
            Piece::Module => 0,
            Piece::Client | Piece::Operations(..) => 1,
            #[cfg(test)]
            Piece::WholeClient => 1,
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
            Piece::Operations(run) => run
                .first()
                .and_then(|&index| gates::operation_group(surface, index)),
            #[cfg(test)]
            Piece::WholeClient => None,
            Piece::Builder(index) => gates::builder_group(surface, index),
            Piece::Type(index) => gates::type_group(surface, index),
        }
    }

    fn tokens(self, surface: &Surface<'_>) -> TokenStream {
        match self {
            Piece::Module => module(surface),
            Piece::Client => client::head(surface),
            Piece::Operations(run) => {
                client::operations(surface, run, self.group(surface).is_none())
            }
            #[cfg(test)]
            Piece::WholeClient => client::file(surface),
            Piece::Builder(index) => builders::item(surface, index),
            Piece::Type(index) => types::item(surface, index),
        }
    }

    /// The `#[cfg(…)]` on every item of the piece (nothing without features).
    fn gate(self, surface: &Surface<'_>) -> TokenStream {
        match self {
            Piece::Module | Piece::Client | Piece::Operations(..) => TokenStream::new(),
            #[cfg(test)]
            Piece::WholeClient => TokenStream::new(),
            Piece::Builder(index) => gates::builder_piece(surface, index),
            Piece::Type(index) => gates::type_piece(surface, index),
        }
    }
}

/// The files of one provider module, formatted on `threads` threads; the
/// refusal [`too_many_lines`](super::too_many_lines) once the pieces
/// formatted pass `max_lines` (no more are started).
pub(super) fn provider_files(
    surface: &Surface<'_>,
    command: &str,
    threads: usize,
    max_lines: usize,
) -> Result<Vec<GeneratedFile>, Error> {
    let kept = InPlaces::default();
    provider_files_into(surface, command, threads, max_lines, &|place, file| {
        kept.keep(place, file)
    })?;
    Ok(kept.into_files())
}

/// Files handed over in any order, from any thread, with their places: a
/// sink that keeps them all, to give them back in their places' order.
#[derive(Default)]
pub(crate) struct InPlaces(std::sync::Mutex<Vec<(usize, GeneratedFile)>>);

impl InPlaces {
    /// Keeps `file`, at `place`: always `true` (go on).
    pub(crate) fn keep(&self, place: usize, file: GeneratedFile) -> bool {
        let mut kept = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        kept.push((place, file));
        true
    }

    /// The files kept, in their places' order.
    pub(crate) fn into_files(self) -> Vec<GeneratedFile> {
        let mut kept = self
            .0
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        kept.sort_by_key(|(place, _)| *place);
        kept.into_iter().map(|(_, file)| file).collect()
    }
}

/// Where [`provider_files_into`] hands each file as soon as it is whole, from
/// whichever thread finished it, with its place among the files (the four
/// of [`FILES`], then the groups' files by file and group); `false` stops
/// the work.
pub(crate) type Sink<'s> = &'s (dyn Fn(usize, GeneratedFile) -> bool + Sync);

/// A group's module file while its pieces are formatted: their texts, by
/// their order in the file, and how many are still to come.
struct GroupFile {
    texts: Vec<Option<String>>,
    missing: usize,
}

/// The files of one provider module, as [`provider_files`] makes them, each
/// handed to `sink` once whole: a group's module file as soon as its last
/// piece is formatted, the four files its items' imports decide at the end.
/// So that a group's file is whole early, its pieces are formatted one after
/// the other; the text held at a time is a few files', not the module's.
/// Stops, with `Ok`, when `sink` says so.
pub(super) fn provider_files_into(
    surface: &Surface<'_>,
    command: &str,
    threads: usize,
    max_lines: usize,
    sink: Sink<'_>,
) -> Result<(), Error> {
    let runs = operation_runs(surface, OPERATIONS_PER_PIECE);
    files_into(
        surface,
        command,
        threads,
        max_lines,
        Piece::Client,
        runs.iter().map(|run| Piece::Operations(run)),
        sink,
    )
}

/// The operations, in runs of at most `per_run` whose methods go to the
/// same file: first those `client.rs` keeps, then each group's, in their
/// order.
pub(super) fn operation_runs(surface: &Surface<'_>, per_run: usize) -> Vec<Vec<usize>> {
    let groups: Vec<Option<&str>> = (0..surface.operations.len())
        .map(|index| gates::operation_group(surface, index))
        .collect();
    let mut order: Vec<usize> = (0..groups.len()).collect();
    order.sort_by_key(|&index| groups[index]);
    order
        .chunk_by(|&a, &b| groups[a] == groups[b])
        .flat_map(|same| same.chunks(per_run.max(1)))
        .map(<[usize]>::to_vec)
        .collect()
}

/// [`provider_files_into`] with `client` and the pieces that make
/// `client.rs` (and its groups' files) with it.
fn files_into<'r>(
    surface: &Surface<'_>,
    command: &str,
    threads: usize,
    max_lines: usize,
    client: Piece<'r>,
    client_pieces: impl Iterator<Item = Piece<'r>>,
    sink: Sink<'_>,
) -> Result<(), Error> {
    let api = surface.api;
    // The two whole pieces first, `client.rs`'s head and `mod.rs` (a large
    // piece claimed last would leave the other threads idle at the end).
    // Then the pieces of the four files, then each group's, in their order.
    let mut pieces: Vec<(Piece, Option<&str>)> = vec![(client, None), (Piece::Module, None)];
    let items = client_pieces
        .chain((0..builders::item_count(surface)).map(Piece::Builder))
        .chain((0..api.types.len()).map(Piece::Type));
    pieces.extend(items.map(|piece| (piece, piece.group(surface))));
    // Where each piece was before: a generator bug in two pieces is
    // reported from the first of them in the files' order.
    let mut order: Vec<usize> = (0..pieces.len()).collect();
    order[2..].sort_by_key(|&index| {
        let (piece, group) = pieces[index];
        group.map(|group| (piece.file_index(), group))
    });
    let pieces: Vec<(Piece, Option<&str>)> = order.iter().map(|&index| pieces[index]).collect();
    // Each group's file, at its place after the four files, and where each
    // of its pieces goes in it.
    let mut places: BTreeMap<(usize, &str), usize> = BTreeMap::new();
    let mut slot_of = vec![None; pieces.len()];
    for (index, (piece, group)) in pieces.iter().enumerate() {
        if let Some(group) = group {
            let texts = places.entry((piece.file_index(), group)).or_default();
            slot_of[index] = Some(*texts);
            *texts += 1;
        }
    }
    let group_files: BTreeMap<(usize, &str), (usize, std::sync::Mutex<GroupFile>)> = places
        .into_iter()
        .enumerate()
        .map(|(rank, (key, count))| {
            let file = GroupFile {
                texts: vec![None; count],
                missing: count,
            };
            (key, (FILES.len() + rank, std::sync::Mutex::new(file)))
        })
        .collect();
    let header = format!(
        "// Generated from `{}` by `{command}`. Do not edit: change the spec and regenerate.\n\n",
        api.spec_path
    );
    let targets = super::doclinks::Targets::of(surface);
    let (lines, over, stop) = (
        AtomicUsize::new(0),
        AtomicBool::new(false),
        AtomicBool::new(false),
    );
    let refused = AtomicBool::new(false);
    let jobs: Vec<usize> = (0..pieces.len()).collect();
    // A piece of one of the four files comes back with its text; a group's
    // piece goes to its file, which goes to `sink` once whole.
    let format = |&index: &usize| -> Result<(Option<String>, Uses), Error> {
        let (piece, group) = pieces[index];
        // The docs and the hottest function bodies are held beside the
        // tokens, not parsed back.
        let ((tokens, mut blocks), mut bodies) =
            super::ast::collect(|| super::docblocks::collect(|| piece.tokens(surface)));
        let mut file: syn::File =
            syn::parse2(tokens).map_err(|error| not_rust(surface, piece.file(), &error))?;
        bodies
            .splice(&mut file)
            .map_err(|error| not_rust(surface, piece.file(), &error))?;
        let mut uses = Uses::default();
        if matches!(piece, Piece::Builder(_) | Piece::Type(_)) {
            uses.note_file(&file);
        }
        // A group's module file is declared behind the group's feature, the
        // whole gate of each of its items: they do not repeat it.
        if group.is_none() {
            super::gates::gate_items(&mut file, &piece.gate(surface))
                .map_err(|error| not_rust(surface, piece.file(), &error))?;
        }
        if let Some(targets) = &targets {
            targets.apply(&mut file, &mut blocks, group);
        }
        // Laid out here, on the worker: a piece is whole items, so the
        // blank lines inside it do not depend on its neighbours.
        let text = super::print::unparse(file, targets.as_ref(), group, (&mut blocks, &mut bodies))
            .and_then(|text| bodies.finish().map(|()| text))
            .and_then(|text| blocks.restore(text))
            .map_err(|error| not_rust(surface, piece.file(), &error))?;
        let text = layout::spaced(&text);
        // Not the lines `client.rs` does not keep: a run's `impl` block, the
        // mark its head has for the runs.
        let dropped = match piece {
            Piece::Operations(..) => 2,
            Piece::Client => usize::from(client::has_mark(surface)),
            _ => 0,
        };
        let count = super::line_count(&text).saturating_sub(dropped);
        if lines
            .fetch_add(count, Ordering::Relaxed)
            .saturating_add(count)
            > max_lines
        {
            over.store(true, Ordering::Relaxed);
            stop.store(true, Ordering::Relaxed);
        }
        let (Some(group), Some(slot)) = (group, slot_of[index]) else {
            return Ok((Some(text), uses));
        };
        let Some((place, file)) = group_files.get(&(piece.file_index(), group)) else {
            return Ok((Some(text), uses));
        };
        let whole = {
            let mut file = file
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            file.texts[slot] = Some(text);
            file.missing -= 1;
            match file.missing {
                0 => Some(std::mem::take(&mut file.texts)),
                _ => None,
            }
        };
        if let Some(texts) = whole {
            let file = group_file(
                surface,
                &header,
                piece.file_index(),
                group,
                texts.into_iter().flatten(),
            )?;
            if !sink(*place, file) {
                refused.store(true, Ordering::Relaxed);
                stop.store(true, Ordering::Relaxed);
            }
        }
        Ok((None, uses))
    };
    let formatted = crate::parallel::run(&jobs, threads, &stop, format);
    if refused.load(Ordering::Relaxed) {
        return Ok(());
    }
    if over.load(Ordering::Relaxed) && formatted.len() < pieces.len() {
        // Stopped over the budget (when every piece was done, the caller
        // counts the whole files).
        let lines = lines.load(Ordering::Relaxed);
        return Err(super::too_many_lines(api, lines, max_lines, true));
    }
    // Each piece's text moves into its file, so the output is held once.
    let mut by_file: [Vec<String>; 4] = Default::default();
    let mut uses_of: [Uses; 4] = Default::default();
    let mut failed: Option<(usize, Error)> = None;
    for (((piece, _), result), &original) in pieces.iter().zip(formatted).zip(&order) {
        match result {
            Ok((text, piece_uses)) => {
                // A group's file imports what its parent file does (`use
                // super::*`).
                uses_of[piece.file_index()].merge(piece_uses);
                by_file[piece.file_index()].extend(text);
            }
            Err(error) => match &failed {
                Some((first, _)) if *first < original => {}
                _ => failed = Some((original, error)),
            },
        }
    }
    if let Some((_, error)) = failed {
        return Err(error);
    }
    for (index, ((name, texts), uses)) in FILES.into_iter().zip(by_file).zip(uses_of).enumerate() {
        let groups: Vec<&str> = group_files
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
        match name {
            "client.rs" => with_operations(&mut contents, texts)
                .map_err(|error| spliced_wrong(surface, error))?,
            _ => append(&mut contents, texts),
        }
        let file = GeneratedFile {
            path: format!("{}/{name}", surface.module.as_code()),
            contents,
        };
        if !sink(index, file) {
            return Ok(());
        }
    }
    Ok(())
}

/// The module file of `group`'s items of the file `FILES[index]`.
fn group_file(
    surface: &Surface<'_>,
    header: &str,
    index: usize,
    group: &str,
    texts: impl IntoIterator<Item = String>,
) -> Result<GeneratedFile, Error> {
    let stem = FILES[index].trim_end_matches(".rs");
    let mut contents = header.to_owned();
    let what = match FILES[index] {
        "client.rs" => "The methods of `Client`".to_owned(),
        _ => format!("The items of `{stem}`"),
    };
    let doc = super::inner_doc_attrs(&format!(
        "{what} that only the `{group}` feature needs: rustc reads\n\
         this file only when that feature is on."
    ));
    // Its items name what the parent file imports and declares.
    let head = pretty(quote::quote!(#doc use super::*;))
        .map_err(|error| not_rust(surface, FILES[index], &error))?;
    contents.push_str(&layout::spaced(&head));
    match FILES[index] {
        // Its runs of methods, in one `impl Client` block.
        "client.rs" => {
            contents.push('\n');
            one_impl(&mut contents, texts).map_err(|error| spliced_wrong(surface, error))?;
        }
        _ => append(&mut contents, texts),
    }
    Ok(GeneratedFile {
        path: format!("{}/{stem}/{group}.rs", surface.module.as_code()),
        contents,
    })
}

/// `texts` after `contents`, a blank line between one piece's last item and
/// the next's first, as between any two items.
fn append(contents: &mut String, texts: impl IntoIterator<Item = String>) {
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
    let module = super::gates::group_module(group);
    let name = super::gates::group_module_name(group);
    quote::quote! {
        #module
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
