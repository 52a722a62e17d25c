//! What the docs say of an operation's parameters: an optional one's setter,
//! a required one (a client method's argument) in the builder's docs.

use super::{doc, setter_doc, with_notes};
use crate::ir::Param;

/// What the client does not check of a parameter's or a field's value: each constraint
/// as the spec writes it, or its keyword where that text cannot sit in a
/// code span.
pub(super) fn unchecked_note(unchecked: &[String]) -> Option<String> {
    if unchecked.is_empty() {
        return None;
    }
    let constraints: Vec<String> = unchecked
        .iter()
        .map(|constraint| {
            if constraint.len() <= 120 && !constraint.contains(['`', '\n', '\r']) {
                format!("`{constraint}`")
            } else {
                let keyword = constraint.split(':').next().unwrap_or_default();
                format!("its `{}`", keyword.replace('`', ""))
            }
        })
        .collect();
    Some(format!(
        "Not checked client-side (the server checks it): {}.",
        constraints.join(", ")
    ))
}

/// An optional parameter's setter.
pub(in crate::surface) fn param_setter_doc(param: &Param) -> String {
    let mut own = with_notes(doc(&[param.docs.description.as_deref()]), &param.notes);
    if let Some(note) = unchecked_note(&param.unchecked) {
        own = Some(match own {
            Some(text) => format!("{text}\n\n{note}"),
            None => note,
        });
    }
    setter_doc(
        own,
        &format!(
            "Sets the `{}` {} parameter.",
            param.wire_name,
            param.location.as_str()
        ),
    )
}

/// A required parameter, in its builder's docs: the spec's description and
/// notes, and what the client does not check of it.
pub(super) fn required_param_note(param: &Param) -> Option<String> {
    if !param.required {
        return None;
    }
    let own = with_notes(doc(&[param.docs.description.as_deref()]), &param.notes);
    let text: Vec<String> = own
        .into_iter()
        .chain(unchecked_note(&param.unchecked))
        .collect();
    if text.is_empty() {
        return None;
    }
    Some(format!(
        "The `{}` {} parameter: {}",
        param.wire_name.replace('`', ""),
        param.location.as_str(),
        text.join("\n\n")
    ))
}
