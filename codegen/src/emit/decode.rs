//! `decode()` and the shared error decoders: a reply's status picks the
//! case, its media type how the body is read.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::{Place, ident, ty};
use crate::ir::{MediaCase, Operation, ResponseCase, Status, TypeRef};
use crate::naming::{Function, Name, Variant};
use crate::surface::{OperationSurface, Surface};

/// How a decoded `body` becomes the operation's outcome type: itself, or a
/// variant of the by-status enum.
fn wrap(
    case: &ResponseCase,
    variant: Option<&Name<Variant>>,
    outcome: &TokenStream,
) -> TokenStream {
    match variant {
        Some(variant) => {
            let variant = ident(variant);
            match case.body_type() {
                Some(_) => quote!(#outcome::#variant(body)),
                None => quote!(#outcome::#variant),
            }
        }
        None if case.body_type().is_some() => quote!(body),
        None => quote!(()),
    }
}

/// How a builder decodes its replies.
pub(super) enum Decode {
    /// Its `decode_outcome`, written out.
    Outcome(TokenStream),
    /// The statuses (alternatives of a pattern, comma-separated: `200,
    /// 205..=299`) whose body is the outcome as JSON, every
    /// other reply going to the shared error decoder: the runtime's
    /// `__call!` writes that `decode_outcome`.
    Json(TokenStream),
}

pub(super) fn decode_fn(
    surface: &Surface<'_>,
    op: &Operation,
    names: &OperationSurface,
    success: &TokenStream,
    error: &TokenStream,
    error_decoder: &proc_macro2::Ident,
) -> Decode {
    // Each case's statuses, its arm, and whether that arm is the runtime's
    // JSON decoder of the outcome.
    let cases: Vec<(Statuses, TokenStream, bool)> = op
        .success
        .iter()
        .zip(&names.success_variants)
        .filter_map(|(case, variant)| {
            let status = statuses(case.status, &op.success)?;
            // A JSON body that is the outcome itself is what the runtime's
            // decoder returns.
            if let (None, Some(json)) = (variant, only_json(surface, case, error)) {
                return Some((status, json, true));
            }
            let decode = decode_body(surface, case, error);
            let value = wrap(case, variant.as_ref(), success);
            let arm = quote! {{
                #decode
                Ok(#value)
            }};
            Some((status, arm, false))
        })
        .collect();
    let outcome =
        quote!(runtime::decode_json::<#success, #error>(status, headers, body)).to_string();
    if !cases.is_empty()
        && cases
            .iter()
            .all(|(_, arm, json)| *json && arm.to_string() == outcome)
    {
        let statuses = cases.into_iter().flat_map(|(status, ..)| status).collect();
        let statuses = alternatives(statuses);
        return Decode::Json(quote!(#(#statuses),*));
    }
    let mut arms = merge_arms(cases.into_iter().map(|(status, arm, _)| (status, arm)));
    if op.any_2xx_is_success() {
        // Another success status, with nothing in its body: done all the
        // same. One with a body goes where the spec's errors say.
        arms.push(quote!(200..=299 if body.iter().all(u8::is_ascii_whitespace) => Ok(()),));
    }
    // Held with the spec's docs (see `docblocks`), not a literal per line.
    let doc = super::doc_attrs(
        "What [`decode`](Self::decode) decodes, without the response's\n\
         headers: `send()` moves the reply's into it rather than copy them.",
    );
    Decode::Outcome(quote! {
        #doc
        fn decode_outcome(status: StatusCode, headers: &HeaderMap, body: &[u8]) -> Result<#success, Error<#error>> {
            match status.as_u16() {
                #(#arms)*
                _ => Err(Error::from_decoded(status, headers, #error_decoder(status, headers, body))),
            }
        }
    })
}

/// The shared function that decodes every error reply of operation `index`
/// (and of the operations with the same error replies): the documented body,
/// or why the reply is not what the spec describes.
pub(super) fn error_decoder(
    surface: &Surface<'_>,
    index: usize,
    name: &Name<Function>,
) -> TokenStream {
    let op = &surface.api.operations[index];
    let names = &surface.operations[index];
    let name = ident(name);
    let error = ty(&names.error, Place::Outside);
    let mut cases = Vec::new();
    let mut fallback = quote! {
        Err(Error::unexpected(status, headers, body, "the spec documents no such status for this operation"))
    };
    for (case, variant) in op.errors.iter().zip(&names.error_variants) {
        let decode = decode_body(surface, case, &error);
        let value = wrap(case, variant.as_ref(), &error);
        let arm = quote!({ #decode Ok(#value) });
        match (case.status, statuses(case.status, &op.errors)) {
            (Status::Default, _) => fallback = quote!(#decode Ok(#value)),
            (_, Some(status)) => cases.push((status, arm)),
            // A range whose every status is listed exactly: nothing left.
            (_, None) => {}
        }
    }
    let arms = merge_arms(cases);
    let decode = if arms.is_empty() {
        // Only a `default` (or nothing): no status to tell apart.
        fallback
    } else {
        quote! {
            match status.as_u16() {
                #(#arms)*
                _ => { #fallback }
            }
        }
    };
    // Parameters the decoding does not read are named `_…`.
    let parameter = |name: &str| {
        if super::uses_ident(&decode, name) {
            format_ident!("{name}")
        } else {
            format_ident!("_{name}")
        }
    };
    let (status, headers, body) = (parameter("status"), parameter("headers"), parameter("body"));
    quote! {
        fn #name(#status: StatusCode, #headers: &HeaderMap, #body: &[u8]) -> Result<#error, Error<#error>> {
            #decode
        }
    }
}

/// `match` arms from (statuses, body) pairs, the statuses of identical
/// bodies joined (`400 | 401 | 404 => …`, `400..=499` when they cover the
/// class), in the order each body first appears. The statuses of different
/// cases never overlap, so joining them keeps the meaning.
fn merge_arms(arms: impl IntoIterator<Item = (Statuses, TokenStream)>) -> Vec<TokenStream> {
    let mut merged: Vec<(String, Statuses, TokenStream)> = Vec::new();
    for (statuses, body) in arms {
        let key = body.to_string();
        match merged.iter_mut().find(|(other, _, _)| *other == key) {
            Some((_, joined, _)) => joined.extend(statuses),
            None => merged.push((key, statuses, body)),
        }
    }
    merged
        .into_iter()
        .map(|(_, statuses, body)| {
            let pattern = pattern(statuses);
            quote!(#pattern => #body,)
        })
        .collect()
}

/// Statuses as inclusive ranges (`(404, 404)`, `(500, 599)`).
type Statuses = Vec<(u16, u16)>;

/// The statuses a case stands for: its code, or its class without the codes
/// `cases` list exactly (`201..=203` and `205..=299` beside `200` and `204`);
/// `None` for `default` and for a class whose every status is listed.
fn statuses(status: Status, cases: &[ResponseCase]) -> Option<Statuses> {
    match status {
        Status::Code(code) => Some(vec![(code, code)]),
        Status::Range(class) => {
            let (low, high) = (class * 100, class * 100 + 99);
            let mut exact: Vec<u16> = cases
                .iter()
                .filter_map(|case| match case.status {
                    Status::Code(code) if (low..=high).contains(&code) => Some(code),
                    _ => None,
                })
                .collect();
            exact.sort_unstable();
            let mut ranges = Vec::new();
            let mut start = low;
            for code in exact.into_iter().chain([high + 1]) {
                if code > start {
                    ranges.push((start, code - 1));
                }
                start = code + 1;
            }
            (!ranges.is_empty()).then_some(ranges)
        }
        Status::Default => None,
    }
}

/// The `match` pattern of statuses, adjacent ranges joined.
fn pattern(statuses: Statuses) -> TokenStream {
    let pieces = alternatives(statuses);
    quote!(#(#pieces)|*)
}

/// The alternatives of the pattern of statuses (`200`, `205..=299`).
fn alternatives(mut statuses: Statuses) -> Vec<TokenStream> {
    statuses.sort_unstable();
    let mut joined: Statuses = Vec::new();
    for (from, to) in statuses {
        match joined.last_mut() {
            Some((_, end)) if from <= end.saturating_add(1) => *end = (*end).max(to),
            _ => joined.push((from, to)),
        }
    }
    // Two codes read better listed than as a range; three or more are a
    // range (clippy's `manual_range_patterns` asks for one).
    let pieces = joined.into_iter().flat_map(|(from, to)| {
        if to - from < 2 {
            (from..=to)
                .map(|code| {
                    let code = Literal::u16_unsuffixed(code);
                    quote!(#code)
                })
                .collect::<Vec<_>>()
        } else {
            let (from, to) = (Literal::u16_unsuffixed(from), Literal::u16_unsuffixed(to));
            vec![quote!(#from..=#to)]
        }
    });
    pieces.collect()
}

/// The call that decodes a case's body when it is JSON whatever the
/// response's media type says (a `Result` of the decoded value).
fn only_json(
    surface: &Surface<'_>,
    case: &ResponseCase,
    error: &TokenStream,
) -> Option<TokenStream> {
    let body_type = case.body_type()?;
    if *body_type == TypeRef::Bytes || case.media.iter().any(|m| m.text) {
        return None;
    }
    let body_type = ty(&surface.spell(body_type), Place::Outside);
    Some(quote!(runtime::decode_json::<#body_type, #error>(status, headers, body)))
}

/// Statements that bind `body` to the decoded value of a case (nothing for
/// statuses without a body).
fn decode_body(surface: &Surface<'_>, case: &ResponseCase, error: &TokenStream) -> TokenStream {
    let Some(body_type) = case.body_type() else {
        return quote!();
    };
    if *body_type == TypeRef::Bytes {
        return quote!(let body = runtime::decode_bytes(body););
    }
    if let Some(json) = only_json(surface, case, error) {
        return quote!(let body = #json?;);
    }
    let body_type = ty(&surface.spell(body_type), Place::Outside);
    let json = quote!(runtime::decode_json::<#body_type, #error>(status, headers, body)?);
    let text: Vec<&MediaCase> = case.media.iter().filter(|m| m.text).collect();
    if text.len() == case.media.len() {
        return quote!(let body = runtime::decode_text(body););
    }
    // Exact media types first; a wildcard (`text/*`, `*/*`) matches what
    // no exact one of the other kind does.
    let exact = |text: bool| -> Vec<&str> {
        case.media
            .iter()
            .filter(|m| m.text == text && !m.media_type.contains('*'))
            .map(|m| m.media_type.as_str())
            .collect()
    };
    let (text_exact, json_exact) = (exact(true), exact(false));
    let text_any = text.iter().any(|m| m.media_type.starts_with("*/*"));
    let text_prefixes: Vec<String> = text
        .iter()
        .filter_map(|m| {
            m.media_type
                .split_once("/*")
                .map(|(kind, _)| format!("{kind}/"))
        })
        .filter(|prefix| prefix != "*/")
        .collect();
    let text_arm =
        (!text_exact.is_empty()).then(|| quote!(#(#text_exact)|* => runtime::decode_text(body),));
    let wild = text_any || !text_prefixes.is_empty();
    let json_arm = (wild && !json_exact.is_empty()).then(|| quote!(#(#json_exact)|* => #json,));
    let prefix_arms = text_prefixes
        .iter()
        .map(|prefix| quote!(media if media.starts_with(#prefix) => runtime::decode_text(body),));
    let fallback = if text_any {
        quote!(_ => runtime::decode_text(body),)
    } else {
        quote!(_ => #json,)
    };
    quote! {
        let body = match runtime::media_type(headers).as_str() {
            #text_arm
            #json_arm
            #(#prefix_arms)*
            #fallback
        };
    }
}

#[cfg(test)]
mod tests {
    use super::pattern;

    #[test]
    fn three_or_more_adjacent_statuses_are_a_range() {
        let statuses = vec![(482, 482), (480, 480), (404, 404), (481, 481), (500, 501)];
        assert_eq!(
            pattern(statuses).to_string(),
            "404 | 480 ..= 482 | 500 | 501"
        );
        assert_eq!(pattern(vec![(405, 599)]).to_string(), "405 ..= 599");
    }
}
