//! The second pass: pairs of types found at the same place in the old and
//! the new API, and what changed in each: fields, enum values, by-status
//! variants.

use std::collections::BTreeSet;

use super::{
    DOCS_ONLY_RUST, DOCS_ONLY_WIRE, Differ, Pair, accepts, bare, by_role, class, field_rust, find,
    required_word, rust_ty, same_shape, status_text, written_doc,
};
use crate::diff::{ChangeKind as Kind, Place, Use, Verdict};
use crate::ir::{Field, StatusVariant, TypeDef, TypeKind, TypeRef, Variant};

impl Differ<'_> {
    // ---- types: pairing ------------------------------------------------

    /// Notes that `old` and `new` are found at the same place, used as `usage`,
    /// and pairs up the types they contain, field by field.
    pub(super) fn link(&mut self, old: &TypeRef, new: &TypeRef, usage: &Use) {
        match (old, new) {
            (TypeRef::Vec(a), TypeRef::Vec(b)) | (TypeRef::Map(a), TypeRef::Map(b)) => {
                self.link(a, b, usage)
            }
            (TypeRef::Named(a), TypeRef::Named(b)) => {
                let (Some(old_def), Some(new_def)) = (find(self.old, a), find(self.new, b)) else {
                    return;
                };
                if class(self.old, a) != class(self.new, b) {
                    return;
                }
                let index = match self.pairs.iter().position(|p| p.old == *a && p.new == *b) {
                    Some(index) => index,
                    None => {
                        self.pairs.push(Pair {
                            old: a.clone(),
                            new: b.clone(),
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
        let (Some(old), Some(new)) = (find(self.old, &pair.old), find(self.new, &pair.new)) else {
            return;
        };
        let place = Place::Type {
            name: new.name.clone(),
            used_by: pair.uses.clone(),
        };
        if old.name != new.name {
            self.push(
                &place,
                Kind::TypeRenamed,
                format!("Rust type `{}` is now `{}`", old.name, new.name),
                Verdict::none("the same JSON"),
                Verdict::breaking(format!(
                    "code that names `{}` here no longer compiles",
                    old.name
                )),
            );
        }
        match (&old.kind, &new.kind) {
            (TypeKind::Struct { .. }, TypeKind::Struct { .. }) => {
                self.struct_pair(pair, old, new, &place)
            }
            (
                TypeKind::Enum {
                    variants: before, ..
                },
                TypeKind::Enum {
                    variants: after, ..
                },
            ) => self.enum_pair(pair, &new.name, (before, after), &place),
            (
                TypeKind::ByStatus {
                    variants: before, ..
                },
                TypeKind::ByStatus {
                    variants: after, ..
                },
            ) => self.status_pair(&new.name, (before, after), &place),
            _ => {}
        }
    }

    fn struct_pair(&mut self, pair: &Pair, old_def: &TypeDef, new_def: &TypeDef, place: &Place) {
        let (
            TypeKind::Struct {
                fields: before,
                default: old_default,
                unknown_fields: old_unknown,
                input_of: old_input,
                read_only: old_read_only,
                ..
            },
            TypeKind::Struct {
                fields: after,
                default: new_default,
                unknown_fields: new_unknown,
                input_of: new_input,
                read_only: new_read_only,
                ..
            },
        ) = (&old_def.kind, &new_def.kind)
        else {
            return;
        };
        let name = &new_def.name;
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
                    if *old_default {
                        ""
                    } else {
                        " (it has no `Default`)"
                    }
                ))
            }
        };
        for field in after {
            let Some(old) = before.iter().find(|f| f.wire_name == field.wire_name) else {
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
                    new_member_rust(bare(&field.rust_name), !field.required || field.constant);
                let (kind, summary) = if was_read_only {
                    (
                        Kind::FieldReadOnlyChanged,
                        format!(
                            "`{}` is no longer read-only: requests send it (`{}`)",
                            field.wire_name,
                            field_rust(field)
                        ),
                    )
                } else {
                    (
                        Kind::FieldAdded,
                        format!(
                            "new {} field `{}`: `{}`",
                            required_word(field.required),
                            field.wire_name,
                            field_rust(field)
                        ),
                    )
                };
                self.push(place, kind, summary, wire, rust);
                continue;
            };
            self.field(pair, name, (old, field), place);
        }
        for old in before {
            if after.iter().any(|f| f.wire_name == old.wire_name) {
                continue;
            }
            let rust = Verdict::breaking(format!(
                "`{name}.{}` no longer exists",
                bare(&old.rust_name)
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
                    field_rust(old)
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
                        "`{name}::default()` and `..Default::default()` no longer compile"
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
                Verdict::breaking(format!("`{name}.{}` no longer exists", bare(before))),
            ),
            (None, Some(after)) => self.push(
                place,
                Kind::UnknownFieldsChanged,
                format!(
                    "`{name}` now keeps fields the spec does not list in `{}`",
                    bare(after)
                ),
                Verdict::none("the documented fields decode as before"),
                new_member_rust(bare(after), true),
            ),
            (Some(before), Some(after)) if before != after => self.push(
                place,
                Kind::UnknownFieldsChanged,
                format!("`{name}.{}` is now `{name}.{}`", bare(before), bare(after)),
                Verdict::none("the same JSON"),
                Verdict::breaking(format!("`{name}.{}` no longer exists", bare(before))),
            ),
            _ => {}
        }
        match (old_input, new_input) {
            (Some(model), None) => self.push(
                place,
                Kind::ConversionChanged,
                format!("`impl From<{model}> for {name}` removed"),
                Verdict::none("the same JSON"),
                Verdict::breaking(format!("`{name}::from(…)` no longer compiles")),
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
        if written_doc(&old_def.doc) != written_doc(&new_def.doc) {
            docs.push("the type".to_owned());
        }
        for field in after {
            if let Some(old) = before.iter().find(|f| f.wire_name == field.wire_name) {
                if old.doc != field.doc {
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

    fn field(&mut self, pair: &Pair, name: &str, (old, new): (&Field, &Field), place: &Place) {
        let (sent, received) = (pair.sent(), pair.received());
        let wire_name = &new.wire_name;
        let (old_rust, new_rust) = (field_rust(old), field_rust(new));
        let rust_type_change = || {
            if old_rust == new_rust {
                Verdict::none(format!(
                    "`{name}.{}` is still `{new_rust}`",
                    bare(&new.rust_name)
                ))
            } else {
                Verdict::breaking(format!(
                    "`{name}.{}` is now `{new_rust}` (was `{old_rust}`)",
                    bare(&new.rust_name)
                ))
            }
        };
        if old.rust_name != new.rust_name {
            self.push(
                place,
                Kind::FieldRenamed,
                format!(
                    "Rust field `{name}.{}` is now `{name}.{}` (wire name `{wire_name}`)",
                    bare(&old.rust_name),
                    bare(&new.rust_name)
                ),
                Verdict::none("the same JSON"),
                Verdict::breaking(format!(
                    "`{name}.{}` no longer exists",
                    bare(&old.rust_name)
                )),
            );
        }
        if !same_shape(self.old, &old.ty, self.new, &new.ty) {
            let wire = by_role(
                sent,
                received,
                || {
                    if accepts((self.new, &new.ty), (self.old, &old.ty), false) {
                        Verdict::compatible("every value yesterday's client sends is still valid")
                    } else {
                        Verdict::breaking("values of the old type may be rejected")
                    }
                },
                || {
                    if accepts((self.old, &old.ty), (self.new, &new.ty), true) {
                        Verdict::compatible("yesterday's client decodes every new value")
                    } else {
                        Verdict::breaking("yesterday's client cannot decode the new values")
                    }
                },
            );
            self.push(
                place,
                Kind::FieldTypeChanged,
                format!(
                    "`{wire_name}` is now `{}` (was `{}`)",
                    rust_ty(&new.ty),
                    rust_ty(&old.ty)
                ),
                wire,
                Verdict::breaking(format!(
                    "`{name}.{}` is now `{new_rust}` (was `{old_rust}`)",
                    bare(&new.rust_name)
                )),
            );
        }
        // A patch's required fields are arguments of the client method, its
        // optional ones setters.
        let is_patch = self.old_patches.contains(&pair.old) || self.new_patches.contains(name);
        if old.required != new.required {
            let wire = by_role(
                sent,
                received,
                || {
                    if new.required {
                        Verdict::breaking(format!("requests without `{wire_name}` are rejected"))
                    } else {
                        Verdict::compatible(format!(
                            "requests that send `{wire_name}` are still valid"
                        ))
                    }
                },
                || {
                    if new.required {
                        Verdict::compatible(format!(
                            "yesterday's client already accepts `{wire_name}` in every reply"
                        ))
                    } else if old.nullable {
                        Verdict::compatible(format!(
                            "yesterday's client reads a missing `{wire_name}` as `None`"
                        ))
                    } else {
                        Verdict::breaking(format!(
                            "replies may leave `{wire_name}` out; yesterday's client requires it"
                        ))
                    }
                },
            );
            let rust = if is_patch && !new.constant && !old.constant {
                Verdict::breaking(if new.required {
                    format!("`{wire_name}` becomes an argument of the client method")
                } else {
                    format!("`{wire_name}` is no longer an argument of the client method")
                })
            } else {
                rust_type_change()
            };
            self.push(
                place,
                Kind::FieldRequiredChanged,
                format!("`{wire_name}` is now {}", required_word(new.required)),
                wire,
                rust,
            );
        }
        if old.nullable != new.nullable {
            let wire = by_role(
                sent,
                received,
                || {
                    if new.nullable {
                        Verdict::compatible("requests that send a value are still valid")
                    } else {
                        Verdict::breaking(format!(
                            "yesterday's client may send `\"{wire_name}\": null`, which is no longer valid"
                        ))
                    }
                },
                || {
                    if !new.nullable {
                        Verdict::compatible("yesterday's client accepts values and `null`")
                    } else if old.required {
                        Verdict::breaking(format!(
                            "yesterday's client fails on `\"{wire_name}\": null`"
                        ))
                    } else {
                        Verdict::compatible("yesterday's client reads `null` as `None`")
                    }
                },
            );
            self.push(
                place,
                Kind::FieldNullableChanged,
                if new.nullable {
                    format!("`{wire_name}` may now be `null`")
                } else {
                    format!("`{wire_name}` can no longer be `null`")
                },
                wire,
                rust_type_change(),
            );
        }
        let (old_aliases, new_aliases): (BTreeSet<&String>, BTreeSet<&String>) =
            (old.aliases.iter().collect(), new.aliases.iter().collect());
        for alias in new_aliases.difference(&old_aliases) {
            self.push(
                place,
                Kind::FieldAliasesChanged,
                format!("`{wire_name}` is also read from `{alias}`"),
                Verdict::compatible("replies that use the new name now fill the field"),
                Verdict::none("decoding only"),
            );
        }
        for alias in old_aliases.difference(&new_aliases) {
            let wire = if received {
                Verdict::breaking(format!(
                    "replies that use `{alias}` no longer fill `{wire_name}`"
                ))
            } else {
                Verdict::none("requests always use the field's own name")
            };
            self.push(
                place,
                Kind::FieldAliasesChanged,
                format!("`{wire_name}` is no longer read from `{alias}`"),
                wire,
                Verdict::none("decoding only"),
            );
        }
    }

    fn enum_pair(
        &mut self,
        pair: &Pair,
        name: &str,
        (before, after): (&[Variant], &[Variant]),
        place: &Place,
    ) {
        let (sent, received) = (pair.sent(), pair.received());
        for variant in after {
            let value = &variant.wire;
            let path = format!("{name}::{}", bare(&variant.rust_name));
            match before.iter().find(|v| v.wire == *value) {
                Some(old) if old.rust_name != variant.rust_name => self.push(
                    place,
                    Kind::EnumVariantRenamed,
                    format!(
                        "`{name}::{}` is now `{path}` (value `{value}`)",
                        bare(&old.rust_name)
                    ),
                    Verdict::none("the same value"),
                    Verdict::breaking(format!(
                        "`{name}::{}` no longer exists",
                        bare(&old.rust_name)
                    )),
                ),
                Some(_) => {}
                None => {
                    let wire = by_role(
                        sent,
                        received,
                        || {
                            Verdict::compatible(
                                "the values yesterday's client sends are still valid",
                            )
                        },
                        || {
                            Verdict::compatible(format!(
                                "yesterday's client decodes it as `{name}::Unknown(\"{value}\")`"
                            ))
                        },
                    );
                    let rust = if received {
                        Verdict::breaking(format!(
                            "exhaustive `match`es on `{name}` miss `{path}`, and `{value}` no longer arrives as `Unknown` (policy: reply enums are matched)"
                        ))
                    } else if before.len() == 1 {
                        Verdict::breaking(format!(
                            "`{name}` had one value and implemented `Default`; it no longer does"
                        ))
                    } else {
                        Verdict::compatible(
                            "a new value to send (policy: request-only enums are built, not matched)",
                        )
                    };
                    self.push(
                        place,
                        Kind::EnumValueAdded,
                        format!("new value `{value}` (`{path}`)"),
                        wire,
                        rust,
                    );
                }
            }
        }
        for old in before {
            if after.iter().any(|v| v.wire == old.wire) {
                continue;
            }
            let value = &old.wire;
            let wire = by_role(
                sent,
                received,
                || {
                    Verdict::breaking(format!(
                        "yesterday's client may send `{value}`, which is no longer valid"
                    ))
                },
                || Verdict::compatible("yesterday's client decodes the remaining values"),
            );
            self.push(
                place,
                Kind::EnumValueRemoved,
                format!(
                    "value `{value}` removed (`{name}::{}`)",
                    bare(&old.rust_name)
                ),
                wire,
                Verdict::breaking(format!(
                    "`{name}::{}` no longer exists",
                    bare(&old.rust_name)
                )),
            );
        }
    }

    fn status_pair(
        &mut self,
        name: &str,
        (before, after): (&[StatusVariant], &[StatusVariant]),
        place: &Place,
    ) {
        const WIRE: &str = "the status itself is listed with the operation";
        for variant in after {
            let path = format!("{name}::{}", variant.rust_name);
            let Some(old) = before.iter().find(|v| v.status == variant.status) else {
                self.push(
                    place,
                    Kind::StatusVariantAdded,
                    format!("new variant `{path}` ({})", status_text(variant.status)),
                    Verdict::none(WIRE),
                    Verdict::breaking(format!("exhaustive `match`es on `{name}` miss `{path}`")),
                );
                continue;
            };
            if old.rust_name != variant.rust_name {
                self.push(
                    place,
                    Kind::StatusVariantChanged,
                    format!("`{name}::{}` is now `{path}`", old.rust_name),
                    Verdict::none(WIRE),
                    Verdict::breaking(format!("`{name}::{}` no longer exists", old.rust_name)),
                );
            }
            let same = match (&old.ty, &variant.ty) {
                (None, None) => true,
                (Some(a), Some(b)) => same_shape(self.old, a, self.new, b),
                _ => false,
            };
            if !same {
                let show = |ty: &Option<TypeRef>| {
                    ty.as_ref()
                        .map_or("nothing".to_owned(), |ty| format!("`{}`", rust_ty(ty)))
                };
                self.push(
                    place,
                    Kind::StatusVariantChanged,
                    format!(
                        "`{path}` now carries {} (was {})",
                        show(&variant.ty),
                        show(&old.ty)
                    ),
                    Verdict::none(WIRE),
                    Verdict::breaking(format!("code that matches `{path}` no longer compiles")),
                );
            }
        }
        for old in before {
            if after.iter().any(|v| v.status == old.status) {
                continue;
            }
            self.push(
                place,
                Kind::StatusVariantRemoved,
                format!(
                    "variant `{name}::{}` removed ({})",
                    old.rust_name,
                    status_text(old.status)
                ),
                Verdict::none(WIRE),
                Verdict::breaking(format!("`{name}::{}` no longer exists", old.rust_name)),
            );
        }
    }
}
