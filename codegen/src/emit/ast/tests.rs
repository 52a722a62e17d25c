//! The bodies built as a tree print as the code they spell, held or not.
use super::*;

/// `tokens` (items) parsed, the bodies and items held while they were
/// made put in, and printed.
fn printed(tokens: TokenStream, bodies: &mut Bodies) -> Result<String, String> {
    let mut file: syn::File = syn::parse2(tokens).map_err(|error| error.to_string())?;
    bodies
        .splice(&mut file)
        .map_err(|error| error.to_string())?;
    let mut blocks = crate::emit::docblocks::Blocks::default();
    let text = crate::emit::print::unparse(file, None, None, (&mut blocks, bodies))
        .map_err(|error| error.to_string())?;
    bodies.finish().map_err(|error| error.to_string())?;
    Ok(text)
}

/// A body with each kind of statement `build()` has, built here.
fn built() -> Vec<Stmt> {
    let check = call(
        path("runtime::check::range"),
        [
            string("Page"),
            deref(path("item")),
            option(Some(lit(Literal::i64_unsuffixed(-1)))),
            option(None),
        ],
    );
    let items = method(method(path("value"), "iter", []), "enumerate", []);
    let pair = tuple([binding("index", false), binding("item", false)]);
    let at_url = assign(
        path("request"),
        method(path("request"), "at_url", [path("url")]),
    );
    let arms = vec![
        (some(binding("url", false)), at_url),
        (binding("None", false), scope(vec![semi(path("nothing"))])),
    ];
    vec![
        bare(if_let(
            some(binding("item", false)),
            borrow(of_self(&ident("page"))),
            vec![semi(tried(check))],
        )),
        bare(scope(vec![local(
            binding("value", false),
            borrow(field(path("self"), &ident("tags"))),
        )])),
        bare(for_each(pair, items, vec![semi(path("item"))])),
        local(binding("request", true), path("Request::new")),
        bare(matching(borrow(of_self(&ident("next_url"))), arms)),
        semi(method(
            path("request"),
            "form",
            [borrow(array([string("a"), string("b")])), boolean(true)],
        )),
        bare(method(path("request"), "build", [])),
    ]
}

const WRITTEN: &str = r#"impl X {
    fn f(&self) {
        if let Some(item) = &self.page {
            runtime::check::range("Page", *item, Some(-1), None)?;
        }
        {
            let value = &self.tags;
        }
        for (index, item) in value.iter().enumerate() {
            item;
        }
        let mut request = Request::new;
        match &self.next_url {
            Some(url) => request = request.at_url(url),
            None => {
                nothing;
            }
        }
        request.form(&["a", "b"], true);
        request.build()
    }
}
"#;

#[test]
fn a_held_body_prints_as_the_code_it_spells() {
    let (held, mut bodies) = collect(|| {
        let body = hold(built());
        quote!(impl X { fn f(&self) #body })
    });
    // A placeholder in the tokens, the body put back once parsed.
    assert!(held.to_string().contains(PLACEHOLDER), "{held}");
    assert_eq!(printed(held, &mut bodies).as_deref(), Ok(WRITTEN));
}

#[test]
fn a_body_made_outside_a_piece_is_its_own_tokens() {
    let body = hold(built());
    assert!(!body.to_string().contains(PLACEHOLDER), "{body}");
    let text = printed(quote!(impl X { fn f(&self) #body }), &mut Bodies::default());
    assert_eq!(text.as_deref(), Ok(WRITTEN));
}

#[test]
fn a_body_without_its_placeholder_is_a_generator_bug() {
    // Held, then left out of the tokens.
    let (tokens, mut bodies) = collect(|| {
        let _ = hold(built());
        quote!(impl X { fn f(&self) {} })
    });
    let refused = printed(tokens, &mut bodies);
    assert!(
        refused
            .as_ref()
            .is_err_and(|error| error.contains("a held body has no placeholder")),
        "{refused:?}"
    );
    // A placeholder that holds nothing.
    let placeholder = Ident::new(PLACEHOLDER, Span::call_site());
    let (tokens, mut bodies) = collect(|| {
        let _ = hold(built());
        quote!(impl X { fn f(&self) { #placeholder!(0) } fn g(&self) { #placeholder!(7) } })
    });
    let refused = printed(tokens, &mut bodies);
    assert!(
        refused
            .as_ref()
            .is_err_and(|error| error.contains("a body placeholder is unknown")),
        "{refused:?}"
    );
}

/// Every builder and type of every spec and fixture here, with and
/// without features: its bodies held and put back print as the same
/// bodies parsed from their tokens.
#[test]
fn every_item_prints_the_same_held_or_parsed() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let mut specs: Vec<_> = ["specs", "tests/fixtures"]
        .iter()
        .flat_map(|dir| {
            std::fs::read_dir(format!("{root}/{dir}"))
                .into_iter()
                .flatten()
        })
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
        .collect();
    specs.sort();
    let (mut compared, mut specs_built) = (0, 0);
    for path in &specs {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("api");
        let built =
            crate::load::parse_module(path, text, name).and_then(|spec| crate::model::build(&spec));
        // A fixture the generator refuses has no `build()` to compare.
        let Ok(api) = built else {
            assert!(
                !path.starts_with(format!("{root}/specs")),
                "{}",
                path.display()
            );
            continue;
        };
        specs_built += 1;
        let plain = crate::Surface::new(&api, "crate");
        // With a feature per tag too: gated fields' checks.
        let mut gated = crate::Surface::new(&api, "crate");
        gated.features = Some(crate::surface::features::Features::of(
            &api,
            &gated.messages,
        ));
        for surface in [&plain, &gated] {
            let builders =
                (0..super::super::builders::item_count(surface)).map(|index| (false, index));
            let types = (0..api.types.len()).map(|index| (true, index));
            for (is_type, index) in builders.chain(types) {
                let item = || match is_type {
                    true => super::super::types::item(surface, index),
                    false => super::super::builders::item(surface, index),
                };
                let (held, mut bodies) = collect(item);
                let parsed = printed(item(), &mut Bodies::default());
                assert!(parsed.is_ok(), "{}: {parsed:?}", path.display());
                assert_eq!(printed(held, &mut bodies), parsed, "{}", path.display());
                compared += 1;
            }
        }
    }
    assert!(
        specs_built > 20 && compared > 1000,
        "{compared} items of {specs_built} specs compared"
    );
}

#[test]
fn a_struct_expression_takes_raw_identifiers() {
    let kind = Ident::new_raw("type", Span::call_site());
    let other = Ident::new_raw("match", Span::call_site());
    let made = structure(
        syn::Path::from(ident("Self")),
        vec![(kind.clone(), None), (other, Some(variable(&kind)))],
    );
    let (held, mut bodies) = collect(|| {
        let body = hold(vec![bare(made)]);
        quote!(impl X { fn f() -> Self #body })
    });
    assert_eq!(
        printed(held, &mut bodies).as_deref(),
        Ok("impl X {\n    fn f() -> Self {\n        Self { r#type, r#match: r#type }\n    }\n}\n")
    );
}

/// A struct built here, with a doc, a bound and a field of each kind.
fn built_struct() -> syn::Item {
    let field = items::field(
        items::docs("The route's id."),
        true,
        ident("id"),
        items::ty(
            &crate::surface::Spelled::Option(Box::new(crate::surface::Spelled::String)),
            crate::emit::Place::Types,
        ),
    );
    let bound = items::path(&[], "Unknown", vec![items::string_argument("created_at")]);
    items::structure(
        items::docs("A route."),
        true,
        ident("Route"),
        vec![(ident("unknown_fields"), bound)],
        vec![field],
    )
}

#[test]
fn a_held_item_prints_as_the_code_it_spells_at_the_top_or_in_an_item_macro() {
    let written = "/// A route.\npub struct Route\nwhere\n    unknown_fields: Unknown<\"created_at\">,\n{\n    /// The route's id.\n    pub id: Option<String>,\n}\n";
    let (held, mut bodies) = collect(|| hold_item(built_struct()));
    assert!(held.to_string().contains(ITEM_PLACEHOLDER), "{held}");
    assert_eq!(printed(held, &mut bodies).as_deref(), Ok(written));
    // Outside a piece: its own tokens.
    let own = hold_item(built_struct());
    assert!(!own.to_string().contains(ITEM_PLACEHOLDER), "{own}");
    assert_eq!(printed(own, &mut Bodies::default()).as_deref(), Ok(written));
    // The body of one of the runtime's item macros, indented in it.
    let (held, mut bodies) = collect(|| {
        let held = hold_item(built_struct());
        quote!(switchboard_runtime::__serde_struct! { #held })
    });
    let inside = printed(held, &mut bodies);
    assert!(
        inside
            .as_ref()
            .is_ok_and(|text| text.starts_with(
                "switchboard_runtime::__serde_struct! {\n    /// A route.\n    pub struct Route\n"
            ) && text.ends_with("        pub id: Option<String>,\n    }\n}\n")),
        "{inside:?}"
    );
}

#[test]
fn an_item_without_its_placeholder_is_a_generator_bug() {
    let (tokens, mut bodies) = collect(|| {
        let _ = hold_item(built_struct());
        quote!(
            struct Other;
        )
    });
    let refused = printed(tokens, &mut bodies);
    assert!(
        refused
            .as_ref()
            .is_err_and(|error| error.contains("a held item has no placeholder")),
        "{refused:?}"
    );
    let placeholder = Ident::new(ITEM_PLACEHOLDER, Span::call_site());
    for tokens in [
        quote!(#placeholder!(3);),
        quote!(switchboard_runtime::__serde_struct! { #placeholder!(3); }),
    ] {
        let (tokens, mut bodies) = collect(|| {
            let _ = hold_item(built_struct());
            tokens
        });
        let refused = printed(tokens, &mut bodies);
        assert!(
            refused
                .as_ref()
                .is_err_and(|error| error.contains("an item placeholder is unknown")),
            "{refused:?}"
        );
    }
}
