//! The second pass: pairs of types found at the same place in the old and
//! the new API ([`Differ::link`]), and what changed in each struct; fields
//! are compared in [`super::fields`], enum values and by-status variants in
//! [`super::variants`].

use super::{DOCS_ONLY_RUST, DOCS_ONLY_WIRE, Differ, Kind, Pair, by_role, class, required_word};
use crate::diff::{Place, Use, Verdict};
use crate::ir::{TypeDef, TypeKind, TypeRef};

impl Differ<'_> {
    // ---- types: pairing ------------------------------------------------

    /// Notes that `old` and `new` are found at the same place, used as `usage`,
    /// and pairs up the types they contain, field by field.
    pub(super) fn link(&mut self, old: &TypeRef, new: &TypeRef, usage: &Use) {
        match (old, new) {
            (TypeRef::Vec(a), TypeRef::Vec(b))
            | (TypeRef::Map(a), TypeRef::Map(b))
            | (TypeRef::Boxed(a), TypeRef::Boxed(b)) => self.link(a, b, usage),
            (TypeRef::Named(a), TypeRef::Named(b)) => {
                let (old_def, new_def) = (self.old.api.def(*a), self.new.api.def(*b));
                if class(self.old.api, *a) != class(self.new.api, *b) {
                    return;
                }
                let index = match self.pairs.iter().position(|p| p.old == *a && p.new == *b) {
                    Some(index) => index,
                    None => {
                        self.pairs.push(Pair {
                            old: *a,
                            new: *b,
                            uses: Vec::new(),
                        });
                        self.pairs.len() - 1
                    }
                };
                if self.pairs[index].uses.contains(usage) {
                    return;
                }
                self.pairs[index].uses.push(usage.clone());
                match (&old_def.kind, &new_def.kind) {
                    (
                        TypeKind::Struct { fields: before, .. },
                        TypeKind::Struct { fields: after, .. },
                    ) => {
                        for field in after {
                            if let Some(old_field) =
                                before.iter().find(|f| f.wire_name == field.wire_name)
                            {
                                self.link(&old_field.ty, &field.ty, usage);
                            }
                        }
                    }
                    (
                        TypeKind::ByStatus {
                            variants: before, ..
                        },
                        TypeKind::ByStatus {
                            variants: after, ..
                        },
                    ) => {
                        for variant in after {
                            let old_ty = before
                                .iter()
                                .find(|v| v.status == variant.status)
                                .and_then(|v| v.ty.as_ref());
                            if let (Some(old_ty), Some(new_ty)) = (old_ty, &variant.ty) {
                                self.link(old_ty, new_ty, usage);
                            }
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }

    // ---- types: comparing ----------------------------------------------

    pub(super) fn types(&mut self) {
        for pair in std::mem::take(&mut self.pairs) {
            self.type_pair(&pair);
        }
    }

    fn type_pair(&mut self, pair: &Pair) {
        let (old, new) = (self.old.api.def(pair.old), self.new.api.def(pair.new));
        let (old_name, new_name) = (
            self.old.type_name(pair.old).to_string(),
            self.new.type_name(pair.new).to_string(),
        );
        let place = Place::Type {
            name: new_name.clone(),
            used_by: pair.uses.clone(),
        };
        if old_name != new_name {
            self.push(
                &place,
                Kind::TypeRenamed,
                format!("Rust type `{old_name}` is now `{new_name}`"),
                Verdict::none("the same JSON"),
                Verdict::breaking(format!(
                    "code that names `{old_name}` here no longer compiles"
                )),
            );
        }
        match (&old.kind, &new.kind) {
            (TypeKind::Struct { .. }, TypeKind::Struct { .. }) => {
                self.struct_pair(pair, (old, new), (&old_name, &new_name), &place)
            }
            (
                TypeKind::Enum {
                    variants: before, ..
                },
                TypeKind::Enum {
                    variants: after, ..
                },
            ) => self.enum_pair(pair, (&old_name, &new_name), (before, after), &place),
            (
                TypeKind::ByStatus {
                    variants: before, ..
                },
                TypeKind::ByStatus {
                    variants: after, ..
                },
            ) => self.status_pair(pair, (&old_name, &new_name), (before, after), &place),
            _ => {}
        }
    }

    fn struct_pair(
        &mut self,
        pair: &Pair,
        (old_def, new_def): (&TypeDef, &TypeDef),
        (old_name, name): (&str, &str),
        place: &Place,
    ) {
        let (
            TypeKind::Struct {
                fields: before,
                default: old_default,
                input_of: old_input,
                read_only: old_read_only,
                ..
            },
            TypeKind::Struct {
                fields: after,
                default: new_default,
                input_of: new_input,
                read_only: new_read_only,
                ..
            },
        ) = (&old_def.kind, &new_def.kind)
        else {
            return;
        };
        let (old_names, new_names) = (self.old.fields(pair.old), self.new.fields(pair.new));
        let old_unknown = self.old.unknown_fields(pair.old).map(|n| n.to_string());
        let new_unknown = self.new.unknown_fields(pair.new).map(|n| n.to_string());
        let (sent, received) = (pair.sent(), pair.received());
        // A struct users build: a new field breaks their literals unless the
        // struct has `Default` (before and after) and the field need not be set.
        let new_member_rust = |member: &str, optional: bool| {
            if !sent {
                Verdict::compatible(format!(
                    "`{name}` is only received: code that reads it still compiles (policy: reply structs are not built or matched exhaustively)"
                ))
            } else if *old_default && *new_default && optional {
                Verdict::compatible(format!(
                    "`{name}` implements `Default`: setters and literals with `..Default::default()` still compile (policy)"
                ))
            } else {
                Verdict::breaking(format!(
                    "struct literals of `{name}` must now set `{member}`{}",
                    match (*old_default, *new_default) {
                        (true, _) => "",
                        (false, true) => " (it had no `Default`)",
                        (false, false) => " (it has no `Default`)",
                    }
                ))
            }
        };
        for (field, field_names) in after.iter().zip(new_names) {
            let Some(old_index) = before.iter().position(|f| f.wire_name == field.wire_name) else {
                let was_read_only = old_read_only.contains(&field.wire_name);
                let wire = by_role(
                    sent,
                    received,
                    || {
                        if field.required {
                            Verdict::breaking(format!(
                                "requests without `{}` are rejected",
                                field.wire_name
                            ))
                        } else {
                            Verdict::compatible(format!(
                                "requests without `{}` are still valid",
                                field.wire_name
                            ))
                        }
                    },
                    || {
                        Verdict::compatible(if old_unknown.is_some() {
                            "yesterday's client keeps it in `unknown_fields`"
                        } else {
                            "yesterday's client ignores it"
                        })
                    },
                );
                let rust =
                    new_member_rust(field_names.name.bare(), !field.required || field.constant);
                let (kind, summary) = if was_read_only {
                    (
                        Kind::FieldReadOnlyChanged,
                        // The spec dropped `readOnly`, or the body now sends
                        // the whole object (`x-send-read-only`).
                        format!(
                            "`{}` was left out as read-only and is now sent (`{}`)",
                            field.wire_name,
                            field_names.ty.text()
                        ),
                    )
                } else {
                    (
                        Kind::FieldAdded,
                        format!(
                            "new {} field `{}`: `{}`",
                            required_word(field.required),
                            field.wire_name,
                            field_names.ty.text()
                        ),
                    )
                };
                self.push(place, kind, summary, wire, rust);
                continue;
            };
            self.field(
                pair,
                (old_name, name),
                (
                    (&before[old_index], &old_names[old_index]),
                    (field, field_names),
                ),
                place,
            );
        }
        for (old, old_field_names) in before.iter().zip(old_names) {
            if after.iter().any(|f| f.wire_name == old.wire_name) {
                continue;
            }
            let rust = Verdict::breaking(format!(
                "`{old_name}.{}` no longer exists",
                old_field_names.name
            ));
            if new_read_only.contains(&old.wire_name) {
                self.push(
                    place,
                    Kind::FieldReadOnlyChanged,
                    format!(
                        "`{}` is now read-only: requests no longer send it",
                        old.wire_name
                    ),
                    Verdict::breaking(
                        "yesterday's client still sends it; the provider may reject or ignore a read-only field",
                    ),
                    rust,
                );
                continue;
            }
            let wire = by_role(
                sent,
                received,
                || {
                    Verdict::breaking(
                        "the provider no longer documents it: it may reject requests that send it, or ignore it",
                    )
                },
                || {
                    if old.required && !old.nullable {
                        Verdict::breaking(format!(
                            "yesterday's client requires `{}` in every reply",
                            old.wire_name
                        ))
                    } else {
                        Verdict::compatible(format!(
                            "yesterday's client reads a missing `{}` as `None`",
                            old.wire_name
                        ))
                    }
                },
            );
            self.push(
                place,
                Kind::FieldRemoved,
                format!(
                    "field `{}` removed (was {} `{}`)",
                    old.wire_name,
                    required_word(old.required),
                    old_field_names.ty.text()
                ),
                wire,
                rust,
            );
        }
        if old_default != new_default {
            let (summary, rust) = if *new_default {
                (
                    format!("`{name}` now implements `Default`"),
                    Verdict::compatible(format!("`{name}::default()` is new")),
                )
            } else {
                (
                    format!("`{name}` no longer implements `Default`"),
                    Verdict::breaking(format!(
                        "`{old_name}::default()` and `..Default::default()` no longer compile"
                    )),
                )
            };
            self.push(
                place,
                Kind::DefaultChanged,
                summary,
                Verdict::none("the same JSON"),
                rust,
            );
        }
        match (old_unknown, new_unknown) {
            (Some(before), None) => self.push(
                place,
                Kind::UnknownFieldsChanged,
                format!("`{name}` no longer keeps fields the spec does not list"),
                Verdict::none("the documented fields decode as before"),
                Verdict::breaking(format!("`{old_name}.{before}` no longer exists")),
            ),
            (None, Some(after)) => self.push(
                place,
                Kind::UnknownFieldsChanged,
                format!("`{name}` now keeps fields the spec does not list in `{after}`"),
                Verdict::none("the documented fields decode as before"),
                new_member_rust(&after, true),
            ),
            (Some(before), Some(after)) if before != after => self.push(
                place,
                Kind::UnknownFieldsChanged,
                format!("`{old_name}.{before}` is now `{name}.{after}`"),
                Verdict::none("the same JSON"),
                Verdict::breaking(format!("`{old_name}.{before}` no longer exists")),
            ),
            _ => {}
        }
        let old_input = old_input.map(|id| self.old.type_name(id).to_string());
        let new_input = new_input.map(|id| self.new.type_name(id).to_string());
        match (old_input, new_input) {
            (Some(model), None) => self.push(
                place,
                Kind::ConversionChanged,
                format!("`impl From<{model}> for {old_name}` removed"),
                Verdict::none("the same JSON"),
                Verdict::breaking(format!("`{old_name}::from(…)` no longer compiles")),
            ),
            (None, Some(model)) => self.push(
                place,
                Kind::ConversionChanged,
                format!("new `impl From<{model}> for {name}`"),
                Verdict::none("the same JSON"),
                Verdict::compatible(format!(
                    "`{name}::from({model})` turns a reply into a request"
                )),
            ),
            _ => {}
        }
        let mut docs = Vec::new();
        if old_def.docs != new_def.docs {
            docs.push("the type".to_owned());
        }
        for field in after {
            if let Some(old) = before.iter().find(|f| f.wire_name == field.wire_name) {
                if old.docs != field.docs || old.notes != field.notes {
                    docs.push(format!("`{}`", field.wire_name));
                }
            }
        }
        if !docs.is_empty() {
            self.push(
                place,
                Kind::TypeDocsChanged,
                format!("descriptions changed: {}", docs.join(", ")),
                Verdict::none(DOCS_ONLY_WIRE),
                Verdict::none(DOCS_ONLY_RUST),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::diff::compare::SPEC;
    use crate::diff::{Bump, ChangeKind, Impact};
    use crate::testing::seen;

    #[test]
    fn a_field_description_change_is_a_patch_of_the_type() {
        let new = SPEC.replace("description: Its id.", "description: Its unique id.");
        assert_eq!(
            seen(SPEC, &new),
            [(
                ChangeKind::TypeDocsChanged,
                "descriptions changed: `id`".to_owned(),
                (Impact::None, "documentation only".to_owned()),
                (Impact::None, "rustdoc only".to_owned()),
                Bump::Patch,
            )]
        );
    }

    #[test]
    fn a_new_field_of_a_request_struct_is_minor_only_while_it_keeps_default() {
        let new = SPEC.replace(
            "        kind: {type: string, enum: [only]}\n",
            "        kind: {type: string, enum: [only]}\n        note: {type: string}\n",
        );
        assert_eq!(
            seen(SPEC, &new),
            [(
                ChangeKind::FieldAdded,
                "new optional field `note`: `Option<String>`".to_owned(),
                (
                    Impact::Compatible,
                    "requests without `note` are still valid".to_owned()
                ),
                (
                    Impact::Compatible,
                    "`Order` implements `Default`: setters and literals with `..Default::default()` still compile (policy)".to_owned()
                ),
                Bump::Minor,
            )]
        );
        let required = new.replace(
            "    Order:\n      type: object\n",
            "    Order:\n      type: object\n      required: [note]\n",
        );
        assert_eq!(
            seen(SPEC, &required),
            [
                (
                    ChangeKind::FieldAdded,
                    "new required field `note`: `String`".to_owned(),
                    (
                        Impact::Breaking,
                        "requests without `note` are rejected".to_owned()
                    ),
                    (
                        Impact::Breaking,
                        "struct literals of `Order` must now set `note`".to_owned()
                    ),
                    Bump::Major,
                ),
                (
                    ChangeKind::DefaultChanged,
                    "`Order` no longer implements `Default`".to_owned(),
                    (Impact::None, "the same JSON".to_owned()),
                    (
                        Impact::Breaking,
                        "`Order::default()` and `..Default::default()` no longer compile"
                            .to_owned()
                    ),
                    Bump::Major,
                ),
            ]
        );
    }
}
