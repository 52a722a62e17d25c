//! One field of a pair of structs: its Rust name and type, presence,
//! nullability and aliases.

use std::collections::BTreeSet;

use super::{Differ, Kind, Pair, accepts, by_role, required_word, same_shape};
use crate::diff::{Place, Verdict};
use crate::ir::Field;
use crate::surface::FieldSurface;

impl Differ<'_> {
    pub(super) fn field(
        &mut self,
        pair: &Pair,
        (old_name, name): (&str, &str),
        ((old, old_names), (new, new_names)): ((&Field, &FieldSurface), (&Field, &FieldSurface)),
        place: &Place,
    ) {
        let (sent, received) = (pair.sent(), pair.received());
        let wire_name = &new.wire_name;
        let (old_rust, new_rust) = (old_names.ty.text(), new_names.ty.text());
        let (old_field, new_field) = (old_names.name.to_string(), new_names.name.to_string());
        let rust_type_change = || {
            if old_rust == new_rust {
                Verdict::none(format!("`{name}.{new_field}` is still `{new_rust}`"))
            } else {
                Verdict::breaking(format!(
                    "`{name}.{new_field}` is now `{new_rust}` (was `{old_rust}`)"
                ))
            }
        };
        if old_field != new_field {
            self.push(
                place,
                Kind::FieldRenamed,
                format!(
                    "Rust field `{old_name}.{old_field}` is now `{name}.{new_field}` (wire name `{wire_name}`)"
                ),
                Verdict::none("the same JSON"),
                Verdict::breaking(format!("`{old_name}.{old_field}` no longer exists")),
            );
        }
        if !same_shape(self.old.api, &old.ty, self.new.api, &new.ty) {
            let wire = by_role(
                sent,
                received,
                || {
                    if accepts((self.new.api, &new.ty), (self.old.api, &old.ty), false) {
                        Verdict::compatible("every value yesterday's client sends is still valid")
                    } else {
                        Verdict::breaking("values of the old type may be rejected")
                    }
                },
                || {
                    if accepts((self.old.api, &old.ty), (self.new.api, &new.ty), true) {
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
                    new_names.value.text(),
                    old_names.value.text()
                ),
                wire,
                Verdict::breaking(format!(
                    "`{name}.{new_field}` is now `{new_rust}` (was `{old_rust}`)"
                )),
            );
        }
        // A patch's required fields are arguments of the client method, its
        // optional ones setters.
        let is_patch = self.old_patches.contains(&pair.old) || self.new_patches.contains(&pair.new);
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
}

#[cfg(test)]
mod tests {
    use crate::diff::compare::SPEC;
    use crate::diff::{Bump, ChangeKind, Impact, Place, Role, Use};
    use crate::testing::{changes, seen};

    #[test]
    fn a_reply_field_made_optional_breaks_the_wire_unless_it_was_nullable() {
        let new = SPEC.replace("required: [id, seen]", "required: []");
        assert_eq!(
            seen(SPEC, &new),
            [
                (
                    ChangeKind::FieldRequiredChanged,
                    "`id` is now optional".to_owned(),
                    (
                        Impact::Breaking,
                        "replies may leave `id` out; yesterday's client requires it".to_owned()
                    ),
                    (
                        Impact::Breaking,
                        "`Thing.id` is now `Option<String>` (was `String`)".to_owned()
                    ),
                    Bump::Major,
                ),
                (
                    ChangeKind::FieldRequiredChanged,
                    "`seen` is now optional".to_owned(),
                    (
                        Impact::Compatible,
                        "yesterday's client reads a missing `seen` as `None`".to_owned()
                    ),
                    (
                        Impact::Breaking,
                        "`Thing.seen` is now `Option<Option<String>>` (was `Option<String>`)"
                            .to_owned()
                    ),
                    Bump::Major,
                ),
                // With no required field left, the struct has `Default`.
                (
                    ChangeKind::DefaultChanged,
                    "`Thing` now implements `Default`".to_owned(),
                    (Impact::None, "the same JSON".to_owned()),
                    (Impact::Compatible, "`Thing::default()` is new".to_owned()),
                    Bump::Minor,
                ),
            ]
        );
        assert_eq!(
            changes(SPEC, &new)[0].place,
            Place::Type {
                name: "Thing".to_owned(),
                used_by: vec![Use {
                    operation: "list_things".to_owned(),
                    role: Role::Response,
                }],
            }
        );
    }

    #[test]
    fn a_reply_field_that_may_now_be_null_breaks_the_wire_when_it_was_required() {
        let new = SPEC.replace("id: {type: string,", "id: {type: string, nullable: true,");
        assert_eq!(
            seen(SPEC, &new),
            [(
                ChangeKind::FieldNullableChanged,
                "`id` may now be `null`".to_owned(),
                (
                    Impact::Breaking,
                    "yesterday's client fails on `\"id\": null`".to_owned()
                ),
                (
                    Impact::Breaking,
                    "`Thing.id` is now `Option<String>` (was `String`)".to_owned()
                ),
                Bump::Major,
            )]
        );
    }
}
