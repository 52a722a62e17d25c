//! One type for the replies of a set of statuses: their common body type, or
//! an enum with a variant per status, shared by every operation whose
//! statuses carry the same bodies.

use super::Model;
use crate::ir::{
    Docs, NameRoot, ResponseCase, StatusVariant, TypeDef, TypeId, TypeKind, TypeOrigin, TypeRef,
    View,
};

/// A by-status enum and the operations (by index) that use it.
pub(super) struct Shared {
    id: TypeId,
    variants: Vec<StatusVariant>,
    users: Vec<usize>,
}

impl Model<'_> {
    /// The type of the replies `cases` of operation `operation`: their
    /// common body type, or an enum with a variant per status when they
    /// differ. `errors`: the error replies, else the successful ones.
    pub(super) fn outcome_type(
        &mut self,
        cases: &[ResponseCase],
        operation: usize,
        errors: bool,
    ) -> Option<TypeRef> {
        let first = cases.first()?;
        if cases
            .iter()
            .all(|case| case.body_type() == first.body_type())
        {
            return first.body_type().cloned();
        }
        let variants: Vec<StatusVariant> = cases
            .iter()
            .map(|case| StatusVariant {
                status: case.status,
                ty: case.body_type().cloned(),
                description: case.description.clone(),
            })
            .collect();
        if let Some(shared) = self
            .outcomes
            .iter_mut()
            .find(|shared| shared.variants == variants)
        {
            shared.users.push(operation);
            return Some(TypeRef::Named(shared.id));
        }
        let id = self.push(TypeDef {
            origin: origin(vec![operation], errors),
            at: String::new(),
            docs: Docs::default(),
            kind: TypeKind::ByStatus {
                variants: variants.clone(),
            },
        });
        self.outcomes.push(Shared {
            id,
            variants,
            users: vec![operation],
        });
        Some(TypeRef::Named(id))
    }

    /// Records every operation that uses each by-status enum, so it can be
    /// named for what it is (`ErrorBody`) when several share it.
    pub(super) fn share_outcomes(&mut self, types: &mut [TypeDef]) {
        for shared in std::mem::take(&mut self.outcomes) {
            let def = &mut types[shared.id.index()];
            if let NameRoot::Outcome { users, .. } = &mut def.origin.root {
                *users = shared.users;
            }
        }
    }
}

fn origin(users: Vec<usize>, errors: bool) -> TypeOrigin {
    TypeOrigin {
        root: NameRoot::Outcome { users, errors },
        path: Vec::new(),
        view: View::Model,
        outer: None,
    }
}
