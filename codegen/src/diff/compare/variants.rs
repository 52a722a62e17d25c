//! The values of a pair of string enums and the variants of a pair of
//! by-status enums.

use super::{Differ, Kind, Pair, by_role, same_shape, status_text};
use crate::diff::{Place, Verdict};
use crate::ir::{StatusVariant, Variant};

impl Differ<'_> {
    pub(super) fn enum_pair(
        &mut self,
        pair: &Pair,
        (old_type, name): (&str, &str),
        (before, after): (&[Variant], &[Variant]),
        place: &Place,
    ) {
        let (sent, received) = (pair.sent(), pair.received());
        let (old_names, new_names) = (self.old.variants(pair.old), self.new.variants(pair.new));
        for (variant, variant_names) in after.iter().zip(new_names) {
            let value = &variant.wire;
            let path = format!("{name}::{}", variant_names.name);
            let old = before
                .iter()
                .position(|v| v.wire == *value)
                .map(|index| old_names[index].name.to_string());
            match old {
                Some(old) if old != variant_names.name.bare() => self.push(
                    place,
                    Kind::EnumVariantRenamed,
                    format!("`{old_type}::{old}` is now `{path}` (value `{value}`)"),
                    Verdict::none("the same value"),
                    Verdict::breaking(format!("`{old_type}::{old}` no longer exists")),
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
        for (old, old_variant) in before.iter().zip(old_names) {
            if after.iter().any(|v| v.wire == old.wire) {
                continue;
            }
            let value = &old.wire;
            let old_name = &old_variant.name;
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
                format!("value `{value}` removed (`{old_type}::{old_name}`)"),
                wire,
                Verdict::breaking(format!("`{old_type}::{old_name}` no longer exists")),
            );
        }
    }

    pub(super) fn status_pair(
        &mut self,
        pair: &Pair,
        (old_type, name): (&str, &str),
        (before, after): (&[StatusVariant], &[StatusVariant]),
        place: &Place,
    ) {
        const WIRE: &str = "the status itself is listed with the operation";
        let (old_names, new_names) = (self.old.variants(pair.old), self.new.variants(pair.new));
        for (variant, variant_names) in after.iter().zip(new_names) {
            let path = format!("{name}::{}", variant_names.name);
            let Some(old_index) = before.iter().position(|v| v.status == variant.status) else {
                self.push(
                    place,
                    Kind::StatusVariantAdded,
                    format!("new variant `{path}` ({})", status_text(variant.status)),
                    Verdict::none(WIRE),
                    Verdict::breaking(format!("exhaustive `match`es on `{name}` miss `{path}`")),
                );
                continue;
            };
            let old = &before[old_index];
            let old_name = &old_names[old_index].name;
            if old_name != &variant_names.name {
                self.push(
                    place,
                    Kind::StatusVariantChanged,
                    format!("`{old_type}::{old_name}` is now `{path}`"),
                    Verdict::none(WIRE),
                    Verdict::breaking(format!("`{old_type}::{old_name}` no longer exists")),
                );
            }
            let same = match (&old.ty, &variant.ty) {
                (None, None) => true,
                (Some(a), Some(b)) => same_shape(self.old.api, a, self.new.api, b),
                _ => false,
            };
            if !same {
                let show = |held: &Option<crate::surface::Spelled>| {
                    held.as_ref().map_or("nothing".to_owned(), |spelled| {
                        format!("`{}`", spelled.text())
                    })
                };
                self.push(
                    place,
                    Kind::StatusVariantChanged,
                    format!(
                        "`{path}` now carries {} (was {})",
                        show(&variant_names.ty),
                        show(&old_names[old_index].ty)
                    ),
                    Verdict::none(WIRE),
                    Verdict::breaking(format!("code that matches `{path}` no longer compiles")),
                );
            }
        }
        for (old, old_variant) in before.iter().zip(old_names) {
            if after.iter().any(|v| v.status == old.status) {
                continue;
            }
            let old_name = &old_variant.name;
            self.push(
                place,
                Kind::StatusVariantRemoved,
                format!(
                    "variant `{old_type}::{old_name}` removed ({})",
                    status_text(old.status)
                ),
                Verdict::none(WIRE),
                Verdict::breaking(format!("`{old_type}::{old_name}` no longer exists")),
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
    fn a_value_added_to_a_reply_enum_is_major_but_decodes_on_the_wire() {
        let new = SPEC.replace("enum: [red, green]", "enum: [red, green, blue]");
        assert_eq!(
            seen(SPEC, &new),
            [(
                ChangeKind::EnumValueAdded,
                "new value `blue` (`ThingColor::Blue`)".to_owned(),
                (
                    Impact::Compatible,
                    "yesterday's client decodes it as `ThingColor::Unknown(\"blue\")`".to_owned()
                ),
                (
                    Impact::Breaking,
                    "exhaustive `match`es on `ThingColor` miss `ThingColor::Blue`, and `blue` no longer arrives as `Unknown` (policy: reply enums are matched)".to_owned()
                ),
                Bump::Major,
            )]
        );
    }

    #[test]
    fn a_value_added_to_a_request_enum_is_minor_unless_it_had_one_value() {
        let new = SPEC
            .replace("enum: [small, large]", "enum: [small, large, huge]")
            .replace("enum: [only]", "enum: [only, other]");
        assert_eq!(
            seen(SPEC, &new),
            [
                (
                    ChangeKind::EnumValueAdded,
                    "new value `huge` (`OrderSize::Huge`)".to_owned(),
                    (
                        Impact::Compatible,
                        "the values yesterday's client sends are still valid".to_owned()
                    ),
                    (
                        Impact::Compatible,
                        "a new value to send (policy: request-only enums are built, not matched)"
                            .to_owned()
                    ),
                    Bump::Minor,
                ),
                (
                    ChangeKind::EnumValueAdded,
                    "new value `other` (`OrderKind::Other`)".to_owned(),
                    (
                        Impact::Compatible,
                        "the values yesterday's client sends are still valid".to_owned()
                    ),
                    (
                        Impact::Breaking,
                        "`OrderKind` had one value and implemented `Default`; it no longer does"
                            .to_owned()
                    ),
                    Bump::Major,
                ),
            ]
        );
    }

    #[test]
    fn a_value_removed_from_a_request_enum_breaks_both() {
        let new = SPEC.replace("enum: [small, large]", "enum: [small]");
        assert_eq!(
            seen(SPEC, &new),
            [(
                ChangeKind::EnumValueRemoved,
                "value `large` removed (`OrderSize::Large`)".to_owned(),
                (
                    Impact::Breaking,
                    "yesterday's client may send `large`, which is no longer valid".to_owned()
                ),
                (
                    Impact::Breaking,
                    "`OrderSize::Large` no longer exists".to_owned()
                ),
                Bump::Major,
            )]
        );
    }
}
