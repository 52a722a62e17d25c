//! Which modules a file's items name, so that each file imports exactly
//! those: read from the parsed file, and from the tokens of the runtime's
//! item macros.

use proc_macro2::{Ident, TokenStream};

use super::print;

/// Which modules a file's items name, so that it imports exactly those.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Uses {
    /// `runtime::…` (the runtime's private helpers).
    pub runtime: bool,
    /// `serde_json::…`.
    pub serde_json: bool,
    /// `check::…` (the runtime's constraint checks).
    pub check: bool,
    /// `Paginate`, `Pages` and `Items` (lists walked page by page).
    pub pages: bool,
}

impl<'ast> syn::visit::Visit<'ast> for Uses {
    // A module an import brings in is the first segment of a longer path
    // (`check::field::length`); a local named `check` is a path of one.
    fn visit_path(&mut self, path: &'ast syn::Path) {
        match path.segments.first() {
            Some(first) if path.segments.len() > 1 => self.ident(&first.ident),
            Some(first) if first.ident == "Paginate" => self.pages = true,
            _ => {}
        }
        syn::visit::visit_path(self, path);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        syn::visit::visit_macro(self, mac);
        // The runtime's item macros spell an item: its paths are read as
        // paths (`types::Paginate` names no import), from the tokens (the
        // body is parsed once, to be printed). The body of a string enum or
        // of a struct's decoder holds names, docs and strings only. Any other
        // macro's arguments are tokens to syn.
        if print::is_runtime_item_macro(mac) {
            let names_only = mac.path.segments.last().is_some_and(|last| {
                last.ident == "__string_enum" || last.ident == "__serde_struct"
            });
            if !names_only {
                self.note_paths(&mac.tokens);
            }
            return;
        }
        self.note(&mac.tokens);
    }
}

impl Uses {
    /// Notes what a parsed file names (no token trees are copied).
    pub(crate) fn note_file(&mut self, file: &syn::File) {
        syn::visit::Visit::visit_file(self, file);
    }

    fn ident(&mut self, ident: &Ident) {
        if ident == "runtime" {
            self.runtime = true;
        } else if ident == "serde_json" {
            self.serde_json = true;
        } else if ident == "check" {
            self.check = true;
        } else if ident == "Paginate" {
            self.pages = true;
        }
    }

    /// Notes what `tokens` name, in one walk over them (each walk copies
    /// the token trees it visits).
    pub(crate) fn note(&mut self, tokens: &TokenStream) {
        for tree in tokens.clone() {
            match tree {
                proc_macro2::TokenTree::Ident(ident) => self.ident(&ident),
                proc_macro2::TokenTree::Group(group) => self.note(&group.stream()),
                _ => {}
            }
        }
    }

    /// Notes the paths `tokens` spell as [`Visit::visit_path`] does those
    /// of a parsed item, for the items the runtime's `__call!` takes: the
    /// first segment of a longer path (an identifier before `::`, unless it
    /// follows a segment or a `>` and `::`), and `Paginate` alone, but not a
    /// name an item or a binding declares. A macro inside is noted whole, as
    /// [`Visit::visit_macro`] notes one.
    ///
    /// [`Visit::visit_path`]: syn::visit::Visit::visit_path
    /// [`Visit::visit_macro`]: syn::visit::Visit::visit_macro
    fn note_paths(&mut self, tokens: &TokenStream) {
        use proc_macro2::TokenTree;
        let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
        let punct = |at: usize, c: char| matches!(trees.get(at), Some(TokenTree::Punct(punct)) if punct.as_char() == c);
        // `::` at `at`: a joint `:` and a `:`.
        let path_separator = |at: usize| {
            matches!(trees.get(at), Some(TokenTree::Punct(first))
                if first.as_char() == ':' && first.spacing() == proc_macro2::Spacing::Joint)
                && punct(at + 1, ':')
        };
        let ident_at = |at: usize| matches!(trees.get(at), Some(TokenTree::Ident(_)));
        const DECLARING: &[&str] = &[
            "const", "enum", "fn", "let", "mod", "static", "struct", "trait", "type", "union",
        ];
        for (index, tree) in trees.iter().enumerate() {
            match tree {
                // `name!(…)`: a macro's arguments are tokens.
                TokenTree::Group(group)
                    if index >= 2 && punct(index - 1, '!') && ident_at(index - 2) =>
                {
                    self.note(&group.stream());
                }
                TokenTree::Group(group) => self.note_paths(&group.stream()),
                TokenTree::Ident(ident) => {
                    let follows_segment = index >= 3
                        && path_separator(index - 2)
                        && (ident_at(index - 3) || punct(index - 3, '>'));
                    let declared = index >= 1
                        && matches!(&trees[index - 1], TokenTree::Ident(before)
                            if DECLARING.iter().any(|keyword| before == keyword));
                    if follows_segment || declared {
                        continue;
                    }
                    if path_separator(index + 1) {
                        self.ident(ident);
                    } else if ident == "Paginate" {
                        self.pages = true;
                    }
                }
                _ => {}
            }
        }
    }

    /// What either needs.
    pub(crate) fn merge(&mut self, other: Uses) {
        self.runtime |= other.runtime;
        self.serde_json |= other.serde_json;
        self.check |= other.check;
        self.pages |= other.pages;
    }
}

/// Whether `tokens` use the identifier `name` anywhere.
pub(crate) fn uses_ident(tokens: &TokenStream, name: &str) -> bool {
    tokens.clone().into_iter().any(|tree| match tree {
        proc_macro2::TokenTree::Ident(ident) => ident == name,
        proc_macro2::TokenTree::Group(group) => uses_ident(&group.stream(), name),
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::Uses;

    /// A builder whose reply type is named `Paginate` does not import the
    /// runtime's `Paginate`; a `serde_json` type in the same place does need
    /// its import.
    #[test]
    fn the_runtime_s_item_macros_are_read_as_the_items_they_spell() {
        let file: Result<syn::File, _> = syn::parse2(quote::quote! {
            switchboard_runtime::__call! {
                impl ListThings {
                    type Output = types::Paginate;
                    type Error = serde_json::Value;
                }
            }
        });
        let Ok(file) = file else {
            panic!("parses");
        };
        let mut uses = Uses::default();
        uses.note_file(&file);
        assert!(!uses.pages && uses.serde_json && !uses.runtime);
        // In a body written out: the first segment of a longer path, and
        // `Paginate` alone, not a local or a later segment of that name.
        let file: Result<syn::File, _> = syn::parse2(quote::quote! {
            switchboard_runtime::__call! {
                impl ListThings {
                    type Output = Paginate<types::Thing>;
                    type Error = ();
                    fn decode_outcome(check: u16) -> Result<Self::Output, runtime::DecodeError> {
                        let serde_json = check;
                        types::check::field(serde_json)
                    }
                }
            }
        });
        let Ok(file) = file else {
            panic!("parses");
        };
        let mut uses = Uses::default();
        uses.note_file(&file);
        assert!(uses.pages && uses.runtime && !uses.serde_json && !uses.check);
        // A path from the crate root, a macro's arguments (tokens, as any
        // macro's), and a declared name.
        for (body, expected) in [
            (
                quote::quote!(impl Things { type Output = ::serde_json::Value; }),
                Uses {
                    serde_json: true,
                    ..Uses::default()
                },
            ),
            (
                quote::quote!(impl Things { fn f() { vec![check, runtime]; } }),
                Uses {
                    check: true,
                    runtime: true,
                    ..Uses::default()
                },
            ),
            (
                quote::quote!(impl Things { fn Paginate() {} type Error = <T as X>::check; }),
                Uses::default(),
            ),
        ] {
            let file: Result<syn::File, _> =
                syn::parse2(quote::quote!(switchboard_runtime::__call! { #body }));
            let Ok(file) = file else {
                panic!("parses");
            };
            let mut uses = Uses::default();
            uses.note_file(&file);
            let seen = (uses.runtime, uses.serde_json, uses.check, uses.pages);
            let wanted = (
                expected.runtime,
                expected.serde_json,
                expected.check,
                expected.pages,
            );
            assert_eq!(seen, wanted, "{body}");
        }
    }
}
