//! Cargo features of a standalone crate, one per group of operations (see
//! [`Operation::group`](crate::ir::Operation::group)): which operations each
//! feature turns on, and which types each needs, so that a user of one group
//! compiles only its operations and the types they reach.
//!
//! A type's [`Gate`] is the set of groups whose operations reach it through
//! parameters, bodies, replies and error replies, then through fields,
//! variants, lists, maps, newtypes and the model a request view converts
//! from. A type every group reaches (or none: it is then always there, as
//! without features) needs no `cfg`.
//!
//! Large specs link most of their models to each other (Stripe's charge
//! holds its customer, which holds its invoices…, and its error object holds
//! a payment intent), so that every group would reach nearly every type. A
//! field of a response model that keeps the fields
//! the spec does not know, is therefore a weak link: it is not followed, and
//! the field has its type's own `cfg` (a struct with a required one has no
//! `new`: its arity would change with a feature). Without the feature that needs its
//! type, the value of such a field is kept in the struct's unknown fields
//! (decoded and sent back unchanged), so nothing is lost. A weak link is
//! followed after all when nothing else reaches its type, or when the field
//! is on the way to a message of an error reply or to a list's items.

use std::collections::{BTreeMap, BTreeSet};

use crate::ir::{Api, Operation, TypeId, TypeKind, TypeRef};
use crate::naming::{Feature, Name, Scope, snake};
use crate::surface::messages::{MessageField, MessageSource};

/// The features of one crate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Features {
    /// One per group, in the order the spec first uses them.
    pub groups: Vec<Group>,
    /// By operation: the index of its group in [`groups`](Self::groups).
    pub operations: Vec<usize>,
    /// By [`TypeId`]: the features that need the type.
    pub types: Vec<Gate>,
    /// The fields that are weak links (by type and field index), gated by
    /// the features that need their type.
    pub fields: BTreeMap<(TypeId, usize), Gate>,
}

/// One group of operations and its feature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// The feature's name (`customers`).
    pub feature: Name<Feature>,
    /// The group as the spec says it (its tag, or the path segment).
    pub label: String,
    /// How many operations it has.
    pub operations: usize,
}

/// When an item is compiled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gate {
    /// Always: every feature needs it (or it is not gated at all).
    Always,
    /// When any of these features (indexes into [`Features::groups`],
    /// ascending) is on.
    Any(Vec<usize>),
}

/// The names `Cargo.toml` already uses.
const RESERVED: &[&str] = &["default", "all"];

impl Features {
    /// The features of `api`: one per group, whatever their number
    /// (`messages`: where each error type's message is, by [`TypeId`]).
    pub fn of(api: &Api, messages: &[Option<MessageSource>]) -> Features {
        let mut scope: Scope<Feature> = Scope::with_reserved(RESERVED);
        let mut groups: Vec<Group> = Vec::new();
        let mut operations = Vec::with_capacity(api.operations.len());
        for op in &api.operations {
            let index = match groups.iter().position(|group| group.label == op.group) {
                Some(index) => index,
                None => {
                    let name = snake(&op.group);
                    let bare = name.trim_start_matches("r#").to_owned();
                    groups.push(Group {
                        feature: scope.claim(bare),
                        label: op.group.clone(),
                        operations: 0,
                    });
                    groups.len() - 1
                }
            };
            groups[index].operations += 1;
            operations.push(index);
        }
        let weak = weak_fields(api, messages);
        // The types each group's operations name themselves.
        let mut roots_of: Vec<Vec<TypeId>> = vec![Vec::new(); groups.len()];
        for (op, &group) in api.operations.iter().zip(&operations) {
            roots_of[group].extend(roots(op));
        }
        let mut followed: BTreeSet<(TypeId, usize)> = BTreeSet::new();
        let reached = loop {
            let mut reached = reached(api, &roots_of, &weak, &followed);
            wrapped(api, &weak, &followed, &mut reached);
            // A weak link to a type nothing else reaches is followed.
            let more: Vec<(TypeId, usize)> = weak
                .iter()
                .filter(|(key, target)| {
                    !followed.contains(key)
                        && reached[target.index()].is_empty()
                        && !reached[key.0.index()].is_empty()
                })
                .map(|(key, _)| *key)
                .collect();
            if more.is_empty() {
                break reached;
            }
            followed.extend(more);
        };
        let gate = |set: &Vec<usize>| {
            if set.is_empty() || set.len() == groups.len() {
                Gate::Always
            } else {
                Gate::Any(set.clone())
            }
        };
        let types: Vec<Gate> = reached.iter().map(gate).collect();
        let fields = weak
            .iter()
            .filter(|(key, _)| !followed.contains(key))
            // Not when the field's type is there wherever the struct is.
            .filter(|(key, target)| {
                let (parent, held) = (&reached[key.0.index()], &reached[target.index()]);
                parent.is_empty() || parent.iter().any(|group| !held.contains(group))
            })
            .map(|(key, target)| (*key, gate(&reached[target.index()])))
            .filter(|(_, gate)| *gate != Gate::Always)
            .collect();
        let fields = same_as_models(api, &weak, fields);
        Features {
            groups,
            operations,
            types,
            fields,
        }
    }

    /// The gate of field `index` of the struct `id` (always, unless it is a
    /// weak link).
    pub fn field_gate(&self, id: TypeId, index: usize) -> Gate {
        self.fields
            .get(&(id, index))
            .cloned()
            .unwrap_or(Gate::Always)
    }

    /// The gate of operation `index` (its client method and builder).
    pub fn operation(&self, index: usize) -> Gate {
        self.of_groups(self.operations.get(index).copied())
    }

    /// The gate of something the operations `users` share (an error
    /// decoder): a private function, so never compiled without them, even
    /// when every group uses it.
    pub fn shared(&self, users: impl IntoIterator<Item = usize>) -> Gate {
        let mut set: Vec<usize> = users
            .into_iter()
            .filter_map(|op| self.operations.get(op).copied())
            .collect();
        set.sort_unstable();
        set.dedup();
        match set.is_empty() {
            true => Gate::Always,
            false => Gate::Any(set),
        }
    }

    /// The gate of the type `id`.
    pub fn type_gate(&self, id: TypeId) -> Gate {
        self.types.get(id.index()).cloned().unwrap_or(Gate::Always)
    }

    fn of_groups(&self, groups: impl IntoIterator<Item = usize>) -> Gate {
        let mut set: Vec<usize> = groups.into_iter().collect();
        set.sort_unstable();
        set.dedup();
        if set.is_empty() || set.len() == self.groups.len() {
            Gate::Always
        } else {
            Gate::Any(set)
        }
    }

    /// The feature names of a gate, `None` for [`Gate::Always`].
    pub fn names(&self, gate: &Gate) -> Option<Vec<&str>> {
        match gate {
            Gate::Always => None,
            Gate::Any(set) => Some(
                set.iter()
                    .filter_map(|&index| self.groups.get(index))
                    .map(|group| group.feature.as_code())
                    .collect(),
            ),
        }
    }
}

/// The weak fields of each request view gated as its model's field of the
/// same wire name, so that `impl From<Model> for ModelInput` moves a typed
/// value to a typed field, and an unknown one (the feature off) from unknown
/// fields to unknown fields: nothing the provider sent is dropped. Sound:
/// the model's field is always there only when its type is wherever the
/// model is, and the model is wherever its view is.
fn same_as_models(
    api: &Api,
    weak: &BTreeMap<(TypeId, usize), TypeId>,
    mut fields: BTreeMap<(TypeId, usize), Gate>,
) -> BTreeMap<(TypeId, usize), Gate> {
    for (index, def) in api.types.iter().enumerate() {
        let id = TypeId(u32::try_from(index).unwrap_or(u32::MAX));
        let TypeKind::Struct {
            fields: own,
            input_of: Some(model),
            ..
        } = &def.kind
        else {
            continue;
        };
        let Some(model_fields) = api.struct_fields(&TypeRef::Named(*model)) else {
            continue;
        };
        for (at, field) in own.iter().enumerate() {
            let Some(from) = model_fields
                .iter()
                .position(|other| other.wire_name == field.wire_name)
            else {
                continue;
            };
            if !weak.contains_key(&(id, at)) {
                continue;
            }
            match fields.get(&(*model, from)).cloned() {
                Some(gate) => fields.insert((id, at), gate),
                None => fields.remove(&(id, at)),
            };
        }
    }
    fields
}

/// The types only weak links reach that hold nothing but types something
/// reaches (Stripe's `anyOf: [string, charge]` of an expandable field): each
/// is needed where all of those are, and its fields get that gate.
fn wrapped(
    api: &Api,
    weak: &BTreeMap<(TypeId, usize), TypeId>,
    followed: &BTreeSet<(TypeId, usize)>,
    reached: &mut [Vec<usize>],
) {
    let targets: BTreeSet<TypeId> = weak
        .iter()
        .filter(|(key, _)| !followed.contains(key))
        .map(|(_, target)| *target)
        .collect();
    loop {
        let mut changed = false;
        for &target in &targets {
            if !reached[target.index()].is_empty() {
                continue;
            }
            let held = held(&api.def(target).kind);
            let mut sets = held.iter().map(|(id, _)| &reached[id.index()]);
            let Some(first) = sets.next() else { continue };
            let mut all = first.clone();
            for set in sets {
                all.retain(|group| set.contains(group));
            }
            if !all.is_empty() {
                reached[target.index()] = all;
                changed = true;
            }
        }
        if !changed {
            return;
        }
    }
}

/// The weak links: by struct and field, the type the field holds.
fn weak_fields(api: &Api, messages: &[Option<MessageSource>]) -> BTreeMap<(TypeId, usize), TypeId> {
    let mut strong: BTreeSet<(TypeId, usize)> = BTreeSet::new();
    // Request bodies: their builders set their fields.
    let bodies: BTreeSet<TypeId> = api
        .operations
        .iter()
        .filter_map(|op| op.body.as_ref().and_then(|body| body.ty.named()))
        .collect();
    for (index, source) in messages.iter().enumerate() {
        if let Some(MessageSource::Fields(found)) = source {
            let id = TypeId(u32::try_from(index).unwrap_or(u32::MAX));
            strong.extend(found.iter().map(|field| match *field {
                MessageField::Text(at) | MessageField::FirstItem(at) => (id, at),
            }));
        }
    }
    // The way from a page to its items and to where the next page is.
    for op in &api.operations {
        let (Some(pages), Some(start)) = (&op.pagination, &op.success_type) else {
            continue;
        };
        let next = match &pages.advance {
            crate::ir::Advance::Cursor { next, .. } | crate::ir::Advance::NextUrl { next } => {
                Some(next)
            }
            _ => None,
        };
        let paths = [
            Some(&pages.items),
            pages.has_more.as_ref(),
            pages.total.as_ref(),
            next,
        ];
        for path in paths.into_iter().flatten() {
            strong.extend(path_fields(api, start, path));
        }
    }
    let mut weak = BTreeMap::new();
    for (index, def) in api.types.iter().enumerate() {
        let id = TypeId(u32::try_from(index).unwrap_or(u32::MAX));
        let TypeKind::Struct {
            fields,
            keeps_unknown: true,
            ..
        } = &def.kind
        else {
            continue;
        };
        if bodies.contains(&id) {
            continue;
        }
        for (at, field) in fields.iter().enumerate() {
            if let Some(target) = field.ty.named()
                && !field.constant
                && target != id
                && !strong.contains(&(id, at))
            {
                weak.insert((id, at), target);
            }
        }
    }
    weak
}

/// The struct fields on the way from `start` along the wire names `path`.
fn path_fields(api: &Api, start: &TypeRef, path: &[String]) -> Vec<(TypeId, usize)> {
    let mut out = Vec::new();
    let mut at = start.named();
    for name in path {
        let Some(id) = at else { break };
        let Some(fields) = api.struct_fields(&TypeRef::Named(id)) else {
            break;
        };
        let Some(index) = fields.iter().position(|field| field.wire_name == *name) else {
            break;
        };
        out.push((id, index));
        at = fields[index].ty.named();
    }
    out
}

/// By type: the groups (ascending) whose operations reach it, through every
/// link but the `weak` ones not `followed`.
fn reached(
    api: &Api,
    roots_of: &[Vec<TypeId>],
    weak: &BTreeMap<(TypeId, usize), TypeId>,
    followed: &BTreeSet<(TypeId, usize)>,
) -> Vec<Vec<usize>> {
    let mut sets: Vec<Vec<usize>> = vec![Vec::new(); api.types.len()];
    // What each type holds directly, but through weak links.
    let edges: Vec<Vec<TypeId>> = api
        .types
        .iter()
        .enumerate()
        .map(|(index, def)| {
            let id = TypeId(u32::try_from(index).unwrap_or(u32::MAX));
            held(&def.kind)
                .into_iter()
                .filter(|(_, field)| {
                    field.is_none_or(|at| {
                        !weak.contains_key(&(id, at)) || followed.contains(&(id, at))
                    })
                })
                .map(|(target, _)| target)
                .collect()
        })
        .collect();
    // The last group that reached each type: one walk per group, from its
    // roots, without clearing anything between groups.
    let mut seen: Vec<usize> = vec![usize::MAX; api.types.len()];
    let mut pending: Vec<TypeId> = Vec::new();
    for (group, roots) in roots_of.iter().enumerate() {
        pending.extend(roots.iter().copied());
        while let Some(id) = pending.pop() {
            let Some(slot) = seen.get_mut(id.index()) else {
                continue;
            };
            if std::mem::replace(slot, group) == group {
                continue;
            }
            sets[id.index()].push(group);
            pending.extend(edges[id.index()].iter().copied());
        }
    }
    sets
}

/// The types an operation names itself.
fn roots(op: &Operation) -> Vec<TypeId> {
    let mut refs: Vec<&TypeRef> = op.params.iter().map(|param| &param.ty).collect();
    refs.extend(op.body.as_ref().map(|body| &body.ty));
    refs.extend(&op.success_type);
    refs.extend(&op.error_type);
    for case in op.success.iter().chain(&op.errors) {
        refs.extend(case.media.iter().map(|media| &media.ty));
    }
    refs.extend(op.pagination.as_ref().map(|pages| &pages.item));
    refs.into_iter().filter_map(TypeRef::named).collect()
}

/// The types a type's definition names, with the field that names each
/// (for a struct's fields).
fn held(kind: &TypeKind) -> Vec<(TypeId, Option<usize>)> {
    if let TypeKind::Struct {
        fields,
        extra,
        input_of,
        ..
    } = kind
    {
        let mut ids: Vec<(TypeId, Option<usize>)> = fields
            .iter()
            .enumerate()
            .filter_map(|(at, field)| Some((field.ty.named()?, Some(at))))
            .collect();
        ids.extend(
            extra
                .as_ref()
                .and_then(|extra| extra.ty.named())
                .map(|id| (id, None)),
        );
        // `impl From<Model> for ModelInput` names the model.
        ids.extend(input_of.map(|model| (model, None)));
        return ids;
    }
    let refs: Vec<&TypeRef> = match kind {
        TypeKind::Struct { .. } => Vec::new(),
        TypeKind::Enum { .. } | TypeKind::IntEnum { .. } => Vec::new(),
        TypeKind::Union { variants, .. } => variants.iter().map(|variant| &variant.ty).collect(),
        TypeKind::Newtype { inner } => vec![inner],
        TypeKind::ByStatus { variants } => variants
            .iter()
            .filter_map(|variant| variant.ty.as_ref())
            .collect(),
    };
    refs.into_iter()
        .filter_map(TypeRef::named)
        .map(|id| (id, None))
        .collect()
}
