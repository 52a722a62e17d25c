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

use crate::ir::{Api, Operation, TypeId, TypeKind, TypeRef};
use crate::naming::{Feature, Name, Scope, snake};

/// The features of one crate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Features {
    /// One per group, in the order the spec first uses them.
    pub groups: Vec<Group>,
    /// By operation: the index of its group in [`groups`](Self::groups).
    pub operations: Vec<usize>,
    /// By [`TypeId`]: the features that need the type.
    pub types: Vec<Gate>,
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
    /// The features of `api`: one per group, whatever their number.
    pub fn of(api: &Api) -> Features {
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
        let reached = reached(api, &operations, groups.len());
        let types = reached
            .into_iter()
            .map(|set| {
                if set.is_empty() || set.len() == groups.len() {
                    Gate::Always
                } else {
                    Gate::Any(set)
                }
            })
            .collect();
        Features {
            groups,
            operations,
            types,
        }
    }

    /// The gate of operation `index` (its client method and builder).
    pub fn operation(&self, index: usize) -> Gate {
        self.of_groups(self.operations.get(index).copied())
    }

    /// The gate of something the operations `users` share (an error decoder).
    pub fn shared(&self, users: impl IntoIterator<Item = usize>) -> Gate {
        self.of_groups(
            users
                .into_iter()
                .filter_map(|op| self.operations.get(op).copied()),
        )
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

/// By type: the groups (ascending) whose operations reach it.
fn reached(api: &Api, operations: &[usize], groups: usize) -> Vec<Vec<usize>> {
    let mut sets: Vec<Vec<usize>> = vec![Vec::new(); api.types.len()];
    // What each type holds directly.
    let edges: Vec<Vec<TypeId>> = api.types.iter().map(|def| held(&def.kind)).collect();
    for group in 0..groups {
        let mut seen = vec![false; api.types.len()];
        let mut pending: Vec<TypeId> = api
            .operations
            .iter()
            .zip(operations)
            .filter(|(_, of)| **of == group)
            .flat_map(|(op, _)| roots(op))
            .collect();
        while let Some(id) = pending.pop() {
            let Some(slot) = seen.get_mut(id.index()) else {
                continue;
            };
            if std::mem::replace(slot, true) {
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

/// The types a type's definition names.
fn held(kind: &TypeKind) -> Vec<TypeId> {
    let refs: Vec<&TypeRef> = match kind {
        TypeKind::Struct { fields, extra, .. } => fields
            .iter()
            .map(|field| &field.ty)
            .chain(extra.as_ref().map(|extra| &extra.ty))
            .collect(),
        TypeKind::Enum { .. } | TypeKind::IntEnum { .. } => Vec::new(),
        TypeKind::Union { variants, .. } => variants.iter().map(|variant| &variant.ty).collect(),
        TypeKind::Newtype { inner } => vec![inner],
        TypeKind::ByStatus { variants } => variants
            .iter()
            .filter_map(|variant| variant.ty.as_ref())
            .collect(),
    };
    let mut ids: Vec<TypeId> = refs.into_iter().filter_map(TypeRef::named).collect();
    // `impl From<Model> for ModelInput` names the model.
    if let TypeKind::Struct {
        input_of: Some(model),
        ..
    } = kind
    {
        ids.push(*model);
    }
    ids
}
