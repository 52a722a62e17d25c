//! `client.rs` from its pieces: its head, with a mark where the operations'
//! methods go, and runs of those methods, each formatted in an `impl
//! Client` block of its own (a large spec's client is then a few syntax
//! trees at a time, not one of its size: 29 MB of Rust on Graph beta).

use super::client;
use crate::Error;
use crate::surface::Surface;

/// How many operations' methods of `client.rs` are formatted together.
pub(in crate::emit) const OPERATIONS_PER_PIECE: usize = 32;

/// The text of `client.rs` from its pieces, after `contents`: the client,
/// then its operations' methods, each run in an `impl Client` block of its
/// own, which go where [`client::OPERATIONS_MARK`] is without the block's
/// first and last lines.
pub(super) fn with_operations(
    contents: &mut String,
    texts: Vec<String>,
) -> Result<(), &'static str> {
    let mut texts = texts.into_iter();
    let head = texts.next().unwrap_or_default();
    let marks: Vec<usize> = head
        .match_indices(client::OPERATIONS_MARK)
        .map(|(at, _)| at)
        .filter(|&at| head[at + client::OPERATIONS_MARK.len()..].starts_with('\n'))
        .collect();
    let runs: Vec<String> = texts.collect();
    let at = match (marks.as_slice(), runs.is_empty()) {
        ([], true) => {
            contents.push_str(&head);
            return Ok(());
        }
        ([at], false) => *at,
        ([], false) => return Err("its head has no place for the operations' methods"),
        ([_], true) => return Err("its head has a place for methods and none go there"),
        (_, _) => return Err("its head has more than one place for the operations' methods"),
    };
    contents.push_str(&head[..at]);
    methods(contents, runs)?;
    contents.push_str(&head[at + client::OPERATIONS_MARK.len() + 1..]);
    Ok(())
}

/// The runs of methods `texts`, each formatted in an `impl Client` block of
/// its own, in one such block after `contents` (a group's file of methods,
/// `client/<group>.rs`).
pub(super) fn one_impl(
    contents: &mut String,
    texts: impl IntoIterator<Item = String>,
) -> Result<(), &'static str> {
    contents.push_str("impl Client {\n");
    methods(contents, texts)?;
    contents.push_str("}\n");
    Ok(())
}

/// The methods of the runs `texts` after `contents`, each run without its
/// `impl Client` block's first and last lines, a blank line between two
/// methods, as between any two items. Each run is freed once copied.
fn methods(
    contents: &mut String,
    texts: impl IntoIterator<Item = String>,
) -> Result<(), &'static str> {
    for (index, text) in texts.into_iter().enumerate() {
        if index > 0 {
            contents.push('\n');
        }
        let body = text
            .strip_prefix("impl Client {\n")
            .and_then(|body| body.strip_suffix("}\n"))
            .ok_or("a run of its operations' methods is not one `impl Client` block")?;
        contents.push_str(body);
    }
    Ok(())
}

/// The refusal of a `client.rs` whose pieces did not fit together (a
/// generator bug, like [`not_rust`]).
pub(super) fn spliced_wrong(surface: &Surface<'_>, why: &str) -> Error {
    Error::new(
        &surface.api.spec_path,
        "#",
        format!("the generator's `client.rs` could not be put together: {why}"),
    )
    .hint("this is a generator bug: please report it with the spec")
}

#[cfg(test)]
mod tests {
    use super::super::{GeneratedFile, Piece, files_into};
    use super::*;

    /// `client.rs` put together from its head and runs of methods, of any
    /// length, is the file formatted whole, byte for byte: the mark is gone,
    /// and a method with a feature gate or a long doc lands as it would.
    #[test]
    fn the_client_from_its_pieces_is_the_client_formatted_whole() {
        let mut paths = String::from("paths:\n");
        for index in 0..70 {
            paths.push_str(&format!(
                "  /things/{index}:\n    get:\n      operationId: getThing{index}\n      tags: [group{group}]\n      summary: Gets thing {index}, see [the guide](https://example.test/{index}).\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {{type: object, properties: {{n: {{type: integer}}}}}}\n",
                group = index % 3,
            ));
        }
        let api = crate::testing::api(&paths);
        // `client.rs` and its groups' files, by path, from runs of at most
        // `per_piece` methods (none: `client` whole).
        let client_files = |surface: &Surface<'_>, client: Piece<'_>, per_piece: usize| {
            let files = std::sync::Mutex::new(Vec::new());
            let runs = match per_piece {
                0 => Vec::new(),
                _ => super::super::operation_runs(surface, per_piece),
            };
            let pieces = runs.iter().map(|run| Piece::Operations(run));
            let sink = |_, file: GeneratedFile| {
                files.lock().is_ok_and(|mut files| {
                    files.push(file);
                    true
                })
            };
            let made = files_into(surface, "test", 2, usize::MAX, client, pieces, &sink);
            assert!(made.is_ok(), "{made:?}");
            let mut files: Vec<(String, String)> = files
                .into_inner()
                .unwrap_or_default()
                .into_iter()
                .filter(|file| file.path.contains("/client"))
                .map(|file| (file.path, file.contents))
                .collect();
            files.sort();
            files
        };
        // Without features, every method is in `client.rs`.
        let plain = Surface::new(&api, "crate");
        let whole = client_files(&plain, Piece::WholeClient, 0);
        assert_eq!(whole.len(), 1, "{whole:?}");
        assert_eq!(whole[0].1.matches("    pub fn get_thing").count(), 70);
        for per_piece in [1, 7, 32, 70, 100] {
            let pieces = client_files(&plain, Piece::Client, per_piece);
            assert!(!pieces[0].1.contains("__SWITCHBOARD_OPERATIONS"));
            assert_eq!(pieces, whole, "{per_piece} methods a piece");
        }
        // With features, each group's methods are in its own file, in one
        // `impl Client` block, with no gate of their own; `client.rs`
        // declares the files behind the features. One run per group is the
        // file formatted whole.
        let mut featured = Surface::new(&api, "crate");
        featured.features = Some(crate::surface::features::Features::of(
            &api,
            &featured.messages,
        ));
        let whole = client_files(&featured, Piece::Client, usize::MAX);
        let paths: Vec<&str> = whole.iter().map(|(path, _)| path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "t/client.rs",
                "t/client/group0.rs",
                "t/client/group1.rs",
                "t/client/group2.rs"
            ]
        );
        let head = &whole[0].1;
        assert!(
            !head.contains("pub fn get_thing") && !head.contains("__SWITCHBOARD"),
            "{head}"
        );
        assert!(
            head.contains("#[cfg(feature = \"group2\")]\nmod group2;\n"),
            "{head}"
        );
        for (group, (_, file)) in whole[1..].iter().enumerate() {
            assert_eq!(file.matches("impl Client {").count(), 1, "{file}");
            assert!(!file.contains("#[cfg("), "{file}");
            let methods: Vec<usize> = file
                .match_indices("    pub fn get_thing")
                .filter_map(|(at, _)| {
                    let digits = file[at + 20..]
                        .split(|c: char| !c.is_ascii_digit())
                        .next()?;
                    digits.parse().ok()
                })
                .collect();
            let expected: Vec<usize> = (0..70).filter(|index| index % 3 == group).collect();
            assert_eq!(methods, expected, "{file}");
        }
        for per_piece in [1, 7, 32] {
            let pieces = client_files(&featured, Piece::Client, per_piece);
            assert_eq!(pieces, whole, "{per_piece} methods a piece");
        }
    }

    /// Pieces of `client.rs` that do not fit together are a generator bug,
    /// refused, never a file with its methods left out or nested.
    #[test]
    fn client_pieces_that_do_not_fit_are_refused() {
        let mark = client::OPERATIONS_MARK;
        let head = format!("impl Client {{\n    fn a() {{}}\n\n{mark}\n}}\n");
        let run = "impl Client {\n    fn b() {}\n}\n".to_owned();
        let splice = |texts: Vec<String>| {
            let mut contents = String::new();
            with_operations(&mut contents, texts).map(|()| contents)
        };
        assert_eq!(
            splice(vec![head.clone(), run.clone(), run.clone()]).as_deref(),
            Ok("impl Client {\n    fn a() {}\n\n    fn b() {}\n\n    fn b() {}\n}\n")
        );
        let plain = "impl Client {\n    fn a() {}\n}\n".to_owned();
        assert_eq!(splice(vec![plain.clone()]).as_deref(), Ok(plain.as_str()));
        assert!(
            splice(vec![plain, run.clone()]).is_err(),
            "no place for the runs"
        );
        assert!(
            splice(vec![format!("{head}{head}"), run.clone()]).is_err(),
            "two places"
        );
        let nested = "mod x {\n    fn b() {}\n}\n".to_owned();
        assert!(
            splice(vec![head, nested]).is_err(),
            "a run that is no impl block"
        );
    }
}
