//! Parameters: matched by location and wire name (path ones by position;
//! a query or header parameter whose wire name changed but whose Rust name
//! and type did not, by that name), and the client method's positional
//! arguments.

use super::operations::{Op, param_key, param_label};
use super::{Differ, Kind, accepts, required_word, same_shape};
use crate::diff::{Place, Role, Verdict};
use crate::ir::{Check, ParamLocation};
use crate::surface::Target;

impl<'a> Differ<'a> {
    pub(super) fn params(&mut self, old_op: Op<'a>, new_op: Op<'a>, place: &Place) {
        let method = new_op.method();
        let renamed = self.renamed_params(old_op, new_op);
        for (index, new) in new_op.ir().params.iter().enumerate() {
            let key = param_key(new_op.ir(), new);
            let old_index = old_op
                .param_at(&key)
                .or_else(|| renamed.iter().find(|(_, n)| *n == index).map(|(o, _)| *o));
            if let Some(old_index) = old_index {
                self.param((old_op, old_index), (new_op, index), place);
                continue;
            }
            let ty = self.new_ty(&new.ty);
            let (wire, rust) = if new.required {
                let argument = self.argument_name(new_op, index);
                (
                    Verdict::breaking(format!("requests without `{}` are rejected", new.wire_name)),
                    Verdict::breaking(format!(
                        "`{method}` takes a new argument `{argument}: {ty}`"
                    )),
                )
            } else {
                (
                    Verdict::compatible(format!(
                        "requests without `{}` are still valid",
                        new.wire_name
                    )),
                    Verdict::compatible(format!(
                        "new setter `.{}()` on `{}`",
                        self.setter_name(new_op, index),
                        new_op.names().builder
                    )),
                )
            };
            self.push(
                place,
                Kind::ParamAdded,
                format!(
                    "new {} {}: `{ty}`",
                    required_word(new.required),
                    param_label(new)
                ),
                wire,
                rust,
            );
        }
        for (index, old) in old_op.ir().params.iter().enumerate() {
            let key = param_key(old_op.ir(), old);
            if new_op.param_at(&key).is_some() || renamed.iter().any(|(o, _)| *o == index) {
                continue;
            }
            let rust = if old.required {
                format!(
                    "`{method}` loses its argument `{}`",
                    self.argument_name(old_op, index)
                )
            } else {
                format!(
                    "the setter `.{}()` of `{}` no longer exists",
                    self.setter_name(old_op, index),
                    old_op.names().builder
                )
            };
            self.push(
                place,
                Kind::ParamRemoved,
                format!("{} removed", param_label(old)),
                Verdict::breaking(
                    "the provider no longer documents it: it may reject requests that send it, or ignore the value",
                ),
                Verdict::breaking(rust),
            );
        }
    }

    /// Query and header parameters that no wire name matches, paired when
    /// the old and the new one are the same in Rust: location, required or
    /// not, setter or argument name, type (`count` → `Count`: the setter
    /// `.count()` is still there).
    fn renamed_params(&self, old_op: Op<'a>, new_op: Op<'a>) -> Vec<(usize, usize)> {
        let unmatched = |op: Op<'a>, other: Op<'a>| -> Vec<usize> {
            (0..op.ir().params.len())
                .filter(|&i| {
                    let param = &op.ir().params[i];
                    param.location != ParamLocation::Path
                        && other.param_at(&param_key(op.ir(), param)).is_none()
                })
                .collect()
        };
        let rust_name = |op: Op<'a>, i: usize| {
            if op.ir().params[i].required {
                self.argument_name(op, i)
            } else {
                self.setter_name(op, i)
            }
        };
        let mut pairs = Vec::new();
        let olds = unmatched(old_op, new_op);
        for n in unmatched(new_op, old_op) {
            let new = &new_op.ir().params[n];
            let found = olds.iter().copied().find(|&o| {
                let old = &old_op.ir().params[o];
                !pairs.iter().any(|(taken, _)| *taken == o)
                    && old.location == new.location
                    && old.required == new.required
                    && rust_name(old_op, o) == rust_name(new_op, n)
                    && self.old_ty(&old.ty) == self.new_ty(&new.ty)
            });
            if let Some(o) = found {
                pairs.push((o, n));
            }
        }
        pairs
    }

    /// The argument of a required parameter, as the client method names it.
    fn argument_name(&self, op: Op<'_>, param: usize) -> String {
        op.surface
            .argument_for(op.index, Target::Param(param))
            .map_or_else(
                || op.names().params[param].field.to_string(),
                |a| a.name.to_string(),
            )
    }

    /// The setter of an optional parameter, as the builder names it.
    fn setter_name(&self, op: Op<'_>, param: usize) -> String {
        op.names().params[param].setter.as_ref().map_or_else(
            || op.names().params[param].field.to_string(),
            |s| s.to_string(),
        )
    }

    fn param(&mut self, (old_op, o): (Op<'a>, usize), (new_op, n): (Op<'a>, usize), place: &Place) {
        let (old, new) = (&old_op.ir().params[o], &new_op.ir().params[n]);
        let method = new_op.method();
        let label = param_label(new);
        if old.wire_name != new.wire_name && old.location != ParamLocation::Path {
            // Paired by `renamed_params`: the same in Rust.
            let rust = if new.required {
                self.argument_name(new_op, n)
            } else {
                format!(".{}()", self.setter_name(new_op, n))
            };
            self.push(
                place,
                Kind::ParamRenamed,
                format!("{} is now `{}`", param_label(old), new.wire_name),
                Verdict::breaking(format!(
                    "the provider reads `{}`; yesterday's client sends `{}`",
                    new.wire_name, old.wire_name
                )),
                Verdict::none(format!("`{rust}` keeps its name and type")),
            );
        } else if old.wire_name != new.wire_name {
            // Path parameters, matched by position.
            self.push(
                place,
                Kind::ParamRenamed,
                format!(
                    "path parameter `{{{}}}` is now `{{{}}}`",
                    old.wire_name, new.wire_name
                ),
                Verdict::none("the URL is built the same way"),
                Verdict::none("a positional argument: its name is not part of the Rust API"),
            );
        } else if !old.required && !new.required {
            let (before, after) = (self.setter_name(old_op, o), self.setter_name(new_op, n));
            if before != after {
                self.push(
                    place,
                    Kind::ParamRenamed,
                    format!("setter for {label}: `.{before}()` → `.{after}()`"),
                    Verdict::none("the same parameter"),
                    Verdict::breaking(format!("`.{before}()` no longer exists")),
                );
            }
        }
        if old.required != new.required {
            let (summary, wire, rust) = if new.required {
                let (setter, argument) =
                    (self.setter_name(old_op, o), self.argument_name(new_op, n));
                (
                    format!("{label} is now required"),
                    Verdict::breaking(format!("requests without `{}` are rejected", new.wire_name)),
                    Verdict::breaking(format!(
                        "the setter `.{setter}()` becomes the argument `{argument}` of `{method}`"
                    )),
                )
            } else {
                let (argument, setter) =
                    (self.argument_name(old_op, o), self.setter_name(new_op, n));
                (
                    format!("{label} is now optional"),
                    Verdict::compatible("requests that send it are still valid"),
                    Verdict::breaking(format!(
                        "the argument `{argument}` of `{method}` becomes the setter `.{setter}()`"
                    )),
                )
            };
            self.push(place, Kind::ParamRequiredChanged, summary, wire, rust);
        }
        if same_shape(self.old.api, &old.ty, self.new.api, &new.ty) {
            self.link(&old.ty, &new.ty, &new_op.usage(Role::Request));
        } else {
            let wire = if accepts((self.new.api, &new.ty), (self.old.api, &old.ty), false) {
                Verdict::compatible("every value yesterday's client sends is still valid")
            } else {
                Verdict::breaking("values of the old type may be rejected")
            };
            let (before, after) = (self.old_ty(&old.ty), self.new_ty(&new.ty));
            let name = if new.required {
                self.argument_name(new_op, n)
            } else {
                format!(".{}()", self.setter_name(new_op, n))
            };
            self.push(
                place,
                Kind::ParamTypeChanged,
                format!("{label} is now `{after}` (was `{before}`)"),
                wire,
                Verdict::breaking(format!("`{name}` takes `{after}` instead of `{before}`")),
            );
        }
        // A new type is reported as such; the style only when the value
        // is the same shape and so goes on the wire differently for it.
        if old.style != new.style && same_shape(self.old.api, &old.ty, self.new.api, &new.ty) {
            let wire = new.wire_name.as_str();
            self.push(
                place,
                Kind::ParamStyleChanged,
                format!(
                    "{label} is now sent as {} (was {})",
                    new.style.shown(wire),
                    old.style.shown(wire)
                ),
                Verdict::breaking(format!(
                    "the provider reads {}; yesterday's client sends {}",
                    new.style.shown(wire),
                    old.style.shown(wire)
                )),
                Verdict::none("the same setter and type: the new crate writes the new form"),
            );
        }
        let (before, after) = (checks_text(&old.checks), checks_text(&new.checks));
        if before != after {
            let looser = after.iter().all(|check| before.contains(check));
            let wire = if looser {
                Verdict::compatible("fewer constraints: yesterday's values are still valid")
            } else {
                Verdict::breaking(
                    "new or different constraints: values yesterday's client sent may be rejected",
                )
            };
            self.push(
                place,
                Kind::ParamChecksChanged,
                format!(
                    "constraints on {label}: {} → {}",
                    list_or_none(&before),
                    list_or_none(&after)
                ),
                wire,
                Verdict::none("`build()` checks the new constraints before sending"),
            );
        }
    }

    /// The client method's positional arguments, in order.
    pub(super) fn arguments(&mut self, old: Op<'a>, new: Op<'a>, place: &Place) {
        let (before, after) = (self.argument_identities(old), self.argument_identities(new));
        let common_before: Vec<&String> = before
            .iter()
            .filter(|(id, _)| after.iter().any(|(other, _)| other == id))
            .map(|(id, _)| id)
            .collect();
        let common_after: Vec<&String> = after
            .iter()
            .filter(|(id, _)| before.iter().any(|(other, _)| other == id))
            .map(|(id, _)| id)
            .collect();
        if common_before == common_after {
            return;
        }
        let signature = |op: Op<'_>, args: &[(String, String)]| {
            let names: Vec<&str> = args.iter().map(|(_, name)| name.as_str()).collect();
            format!("{}({})", op.method(), names.join(", "))
        };
        self.push(
            place,
            Kind::ArgumentsReordered,
            format!(
                "arguments reordered: `{}` → `{}`",
                signature(old, &before),
                signature(new, &after)
            ),
            Verdict::none("the same request"),
            Verdict::breaking(
                "positional arguments changed places: calls stop compiling or, where the types match, silently pass values to the wrong parameter",
            ),
        );
    }

    /// Each argument of an operation's client method: what it fills on the
    /// wire (a parameter's key, a patch field's wire name, the body), and its
    /// name.
    fn argument_identities(&self, op: Op<'_>) -> Vec<(String, String)> {
        let ir = op.ir();
        let fields = ir
            .body
            .as_ref()
            .and_then(|body| op.surface.api.struct_fields(&body.ty))
            .unwrap_or_default();
        op.names()
            .arguments
            .iter()
            .map(|argument| {
                let identity = match argument.fills {
                    Target::Param(index) => param_key(ir, &ir.params[index]),
                    Target::PatchField(index) => format!("body:{}", fields[index].wire_name),
                    Target::Body => "body".to_owned(),
                };
                (identity, argument.name.to_string())
            })
            .collect()
    }
}

fn checks_text(checks: &[Check]) -> Vec<String> {
    let bound = |n: Option<String>| n.unwrap_or_default();
    let mut texts: Vec<String> = checks
        .iter()
        .map(|check| match check {
            Check::Pattern(pattern) => format!("pattern `{pattern}`"),
            Check::Length { min, max } => format!(
                "length `{}..={}`",
                bound(min.map(|n| n.to_string())),
                bound(max.map(|n| n.to_string()))
            ),
            Check::Range { min, max } => format!(
                "range `{}..={}`",
                bound(min.map(|n| n.to_string())),
                bound(max.map(|n| n.to_string()))
            ),
            Check::Items { min, max } => format!(
                "items `{}..={}`",
                bound(min.map(|n| n.to_string())),
                bound(max.map(|n| n.to_string()))
            ),
        })
        .collect();
    texts.sort();
    texts
}

fn list_or_none(items: &[String]) -> String {
    if items.is_empty() {
        "none".to_owned()
    } else {
        items.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::{checks_text, list_or_none};
    use crate::diff::compare::SPEC;
    use crate::diff::{Bump, ChangeKind, Impact};
    use crate::ir::Check;
    use crate::testing::seen;

    const COUNT: &str =
        "        - {name: count, in: query, description: How many., schema: {type: integer}}\n";

    #[test]
    fn a_new_optional_query_parameter_is_minor_and_compatible() {
        let new = SPEC.replace(
            COUNT,
            &format!("{COUNT}        - {{name: sort, in: query, schema: {{type: string}}}}\n"),
        );
        assert_eq!(
            seen(SPEC, &new),
            [(
                ChangeKind::ParamAdded,
                "new optional query parameter `sort`: `String`".to_owned(),
                (
                    Impact::Compatible,
                    "requests without `sort` are still valid".to_owned()
                ),
                (
                    Impact::Compatible,
                    "new setter `.sort()` on `ListThings`".to_owned()
                ),
                Bump::Minor,
            )]
        );
    }

    #[test]
    fn a_renamed_parameter_is_the_old_setter_gone_and_the_new_one_numbered() {
        // `build` is a builder's own method: the new setter is `.build2()`,
        // and the report calls it that.
        let new = SPEC.replace("name: count", "name: build");
        assert_eq!(
            seen(SPEC, &new),
            [
                (
                    ChangeKind::ParamAdded,
                    "new optional query parameter `build`: `i64`".to_owned(),
                    (
                        Impact::Compatible,
                        "requests without `build` are still valid".to_owned()
                    ),
                    (
                        Impact::Compatible,
                        "new setter `.build2()` on `ListThings`".to_owned()
                    ),
                    Bump::Minor,
                ),
                (
                    ChangeKind::ParamRemoved,
                    "query parameter `count` removed".to_owned(),
                    (
                        Impact::Breaking,
                        "the provider no longer documents it: it may reject requests that send it, or ignore the value".to_owned()
                    ),
                    (
                        Impact::Breaking,
                        "the setter `.count()` of `ListThings` no longer exists".to_owned()
                    ),
                    Bump::Major,
                ),
            ]
        );
    }

    #[test]
    fn a_wire_name_that_changes_only_its_case_keeps_its_setter() {
        // `count` → `Count`: the provider reads another name, the Rust API
        // is the same setter of the same type (a patch release of the crate
        // is what sends the new name).
        let new = SPEC.replace("name: count", "name: Count");
        assert_eq!(
            seen(SPEC, &new),
            [(
                ChangeKind::ParamRenamed,
                "query parameter `count` is now `Count`".to_owned(),
                (
                    Impact::Breaking,
                    "the provider reads `Count`; yesterday's client sends `count`".to_owned()
                ),
                (
                    Impact::None,
                    "`.count()` keeps its name and type".to_owned()
                ),
                Bump::Patch,
            )]
        );
    }

    #[test]
    fn a_parameter_made_required_moves_from_setter_to_argument() {
        let new = SPEC.replace(
            "in: query, description",
            "in: query, required: true, description",
        );
        assert_eq!(
            seen(SPEC, &new),
            [(
                ChangeKind::ParamRequiredChanged,
                "query parameter `count` is now required".to_owned(),
                (
                    Impact::Breaking,
                    "requests without `count` are rejected".to_owned()
                ),
                (
                    Impact::Breaking,
                    "the setter `.count()` becomes the argument `count` of `Client::list_things`"
                        .to_owned()
                ),
                Bump::Major,
            )]
        );
    }

    #[test]
    fn a_list_sent_joined_instead_of_repeated_breaks_the_wire_and_is_a_patch() {
        let spec = SPEC.replace(
            "schema: {type: integer}}",
            "schema: {type: array, items: {type: integer}}}",
        );
        let new = spec.replace("in: query,", "in: query, explode: false,");
        assert_eq!(
            seen(&spec, &new),
            [(
                ChangeKind::ParamStyleChanged,
                "query parameter `count` is now sent as `count=a,b` (was `count=a&count=b`)"
                    .to_owned(),
                (
                    Impact::Breaking,
                    "the provider reads `count=a,b`; yesterday's client sends `count=a&count=b`"
                        .to_owned()
                ),
                (
                    Impact::None,
                    "the same setter and type: the new crate writes the new form".to_owned()
                ),
                Bump::Patch,
            )]
        );
        // A scalar is one pair whatever the style says: nothing changes.
        let scalar = SPEC.replace("in: query,", "in: query, explode: false,");
        assert_eq!(seen(SPEC, &scalar), []);
    }

    #[test]
    fn a_new_constraint_breaks_the_wire_and_is_a_patch() {
        let new = SPEC.replace(
            "schema: {type: integer}}",
            "schema: {type: integer, minimum: 1, maximum: 100}}",
        );
        let changed = seen(SPEC, &new);
        assert_eq!(
            changed,
            [(
                ChangeKind::ParamChecksChanged,
                "constraints on query parameter `count`: none → range `1..=100`".to_owned(),
                (
                    Impact::Breaking,
                    "new or different constraints: values yesterday's client sent may be rejected"
                        .to_owned()
                ),
                (
                    Impact::None,
                    "`build()` checks the new constraints before sending".to_owned()
                ),
                Bump::Patch,
            )]
        );
        // Back again: looser, so compatible.
        assert_eq!(seen(&new, SPEC)[0].2.0, Impact::Compatible);
    }

    #[test]
    fn constraints_are_compared_as_sorted_text() {
        let checks = [
            Check::Range {
                min: Some(1),
                max: None,
            },
            Check::Length {
                min: None,
                max: Some(5),
            },
        ];
        assert_eq!(checks_text(&checks), ["length `..=5`", "range `1..=`"]);
        assert_eq!(list_or_none(&[]), "none");
    }
}
