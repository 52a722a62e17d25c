//! Printing a parsed file: `prettyplease`, except for the runtime's item
//! macros. `prettyplease` prints a macro's body as one run of tokens (and
//! `Vec<T>` there as `Vec < T >`), so an invocation of
//! `switchboard_runtime::__string_enum!`, `__call!` or `__serde_struct!`,
//! whose body parses as an item (an enum with a string after each variant;
//! an `impl` with two associated types; a struct whose field types name
//! how each field is read), is printed as that item, laid out like any other,
//! inside the invocation. `rustfmt` leaves the body of a `{ … }` invocation as
//! it is, so the committed code keeps this layout too.

use super::ast::Bodies;
use super::docblocks::Blocks;
use super::doclinks::Targets;

/// The macros whose body is printed as the item it declares.
const ITEM_MACROS: &[&str] = &["__string_enum", "__call", "__serde_struct"];

/// `file` as text: its items one after another. The docs inside an item
/// macro are unlinked by `targets` as any item's are, under the macro's
/// `#[cfg(…)]` (those held in `blocks` there), in `group`'s module file if
/// it is one; an item macro's body that is a held item's placeholder is
/// that item, taken from `bodies`.
pub(crate) fn unparse(
    file: syn::File,
    targets: Option<&Targets>,
    group: Option<&str>,
    (blocks, bodies): (&mut Blocks, &mut Bodies),
) -> Result<String, syn::Error> {
    if !file.items.iter().any(is_item_macro) {
        return Ok(prettyplease::unparse(&file));
    }
    let mut out = String::new();
    let mut run = syn::File {
        shebang: None,
        frontmatter: None,
        attrs: file.attrs,
        items: Vec::new(),
    };
    for item in file.items {
        match item {
            syn::Item::Macro(invocation) if is_runtime_item_macro(&invocation.mac) => {
                flush(&mut run, &mut out);
                out.push_str(&item_macro(invocation, targets, group, (blocks, bodies))?);
            }
            other => run.items.push(other),
        }
    }
    flush(&mut run, &mut out);
    Ok(out)
}

fn is_item_macro(item: &syn::Item) -> bool {
    matches!(item, syn::Item::Macro(invocation) if is_runtime_item_macro(&invocation.mac))
}

/// Whether `mac` is one of the runtime's item macros, whose body spells an
/// item.
pub(crate) fn is_runtime_item_macro(mac: &syn::Macro) -> bool {
    mac.path
        .segments
        .last()
        .is_some_and(|last| ITEM_MACROS.iter().any(|name| last.ident == name))
}

/// Prints the items gathered so far, if any.
fn flush(run: &mut syn::File, out: &mut String) {
    if run.items.is_empty() && run.attrs.is_empty() {
        return;
    }
    out.push_str(&prettyplease::unparse(run));
    run.attrs.clear();
    run.items.clear();
}

/// One invocation: its outer attributes and path as `prettyplease` prints
/// an empty invocation, then the item of its body, indented one level.
fn item_macro(
    mut invocation: syn::ItemMacro,
    targets: Option<&Targets>,
    group: Option<&str>,
    (blocks, bodies): (&mut Blocks, &mut Bodies),
) -> Result<String, syn::Error> {
    let body = std::mem::take(&mut invocation.mac.tokens);
    let mut declared: syn::Item = match bodies.take_item(&body) {
        Some(held) => held?,
        None => syn::parse2(body)?,
    };
    if let (Some(targets), Some(attrs)) = (targets, attrs_mut(&mut declared)) {
        // Unlinked as if the invocation's `#[cfg(…)]` were on the item.
        let own = attrs.len();
        attrs.append(&mut invocation.attrs);
        let mut alone = file_of(declared);
        targets.apply(&mut alone, blocks, group);
        declared = alone.items.pop().ok_or_else(|| {
            syn::Error::new(
                proc_macro2::Span::call_site(),
                "an item macro lost its body",
            )
        })?;
        if let Some(attrs) = attrs_mut(&mut declared) {
            invocation.attrs = attrs.split_off(own);
        }
    }
    let frame = prettyplease::unparse(&file_of(syn::Item::Macro(invocation)));
    let body = prettyplease::unparse(&file_of(declared));
    let Some(head) = frame.trim_end().strip_suffix("{}") else {
        return Err(syn::Error::new(
            proc_macro2::Span::call_site(),
            format!("an item macro printed as `{}`", frame.trim_end()),
        ));
    };
    let mut out = String::with_capacity(head.len() + body.len() + body.len() / 8 + 8);
    out.push_str(head);
    out.push_str("{\n");
    for line in body.lines() {
        if !line.is_empty() {
            out.push_str("    ");
            out.push_str(line);
        }
        out.push('\n');
    }
    out.push_str("}\n");
    Ok(out)
}

/// The outer attributes of the items the runtime's macros declare.
fn attrs_mut(item: &mut syn::Item) -> Option<&mut Vec<syn::Attribute>> {
    match item {
        syn::Item::Enum(item) => Some(&mut item.attrs),
        syn::Item::Impl(item) => Some(&mut item.attrs),
        syn::Item::Struct(item) => Some(&mut item.attrs),
        _ => None,
    }
}

fn file_of(item: syn::Item) -> syn::File {
    syn::File {
        shebang: None,
        frontmatter: None,
        attrs: Vec::new(),
        items: vec![item],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn printed(tokens: proc_macro2::TokenStream) -> String {
        let file: Result<syn::File, _> = syn::parse2(tokens);
        match file.and_then(|file| {
            unparse(
                file,
                None,
                None,
                (&mut Blocks::default(), &mut Bodies::default()),
            )
        }) {
            Ok(text) => text,
            Err(error) => panic!("{error}"),
        }
    }

    #[test]
    fn a_string_enum_is_printed_as_its_enum_inside_the_invocation() {
        let text = printed(quote::quote! {
            #[cfg(feature = "calls")]
            switchboard_runtime::__string_enum! {
                #[doc = " Where a call goes."]
                pub enum Direction { Inbound = "inbound", Quoted = "say \"hi\"\n", }
            }
            impl Direction {}
        });
        assert_eq!(
            text,
            "#[cfg(feature = \"calls\")]\n\
             switchboard_runtime::__string_enum! {\n    \
             /// Where a call goes.\n    \
             pub enum Direction {\n        \
             Inbound = \"inbound\",\n        \
             Quoted = \"say \\\"hi\\\"\\n\",\n    \
             }\n\
             }\n\
             impl Direction {}\n"
        );
    }

    #[test]
    fn a_builder_s_calls_are_printed_as_their_impl() {
        let text = printed(quote::quote! {
            switchboard_runtime::__call! {
                impl ListCalls {
                    type Output = Vec<types::Call>;
                    type Error = ();
                }
            }
        });
        assert_eq!(
            text,
            "switchboard_runtime::__call! {\n    \
             impl ListCalls {\n        \
             type Output = Vec<types::Call>;\n        \
             type Error = ();\n    \
             }\n\
             }\n"
        );
    }

    #[test]
    fn a_struct_s_decoder_is_printed_as_a_struct() {
        let text = printed(quote::quote! {
            switchboard_runtime::__serde_struct! {
                struct Route where unknown_fields: Unknown<"created_at">, {
                    id: Required<"id">,
                    #[cfg(feature = "calls")]
                    r#type: Present<"type", "kind">,
                }
            }
        });
        assert_eq!(
            text,
            "switchboard_runtime::__serde_struct! {\n    \
             struct Route\n    \
             where\n        \
             unknown_fields: Unknown<\"created_at\">,\n    \
             {\n        \
             id: Required<\"id\">,\n        \
             #[cfg(feature = \"calls\")]\n        \
             r#type: Present<\"type\", \"kind\">,\n    \
             }\n\
             }\n"
        );
    }

    #[test]
    fn other_macros_and_files_without_them_are_prettyplease_s() {
        let tokens = quote::quote! {
            other::mac! { a b c }
            fn f() {}
        };
        let parse = || syn::parse2::<syn::File>(tokens.clone());
        let (Ok(file), Ok(again)) = (parse(), parse()) else {
            panic!("parses");
        };
        assert_eq!(
            unparse(
                file,
                None,
                None,
                (&mut Blocks::default(), &mut Bodies::default())
            )
            .ok(),
            Some(prettyplease::unparse(&again))
        );
    }
}
