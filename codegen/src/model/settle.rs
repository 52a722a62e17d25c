//! The last pass over the types, once every one is known: the fields that
//! make a type contain itself are boxed, and single-value enum fields that
//! are still constants are settled.

use crate::ir::{TypeDef, TypeId, TypeKind, TypeRef};

/// Once every type is known: recursive fields boxed, constants settled.
pub(super) fn settle(types: &mut [TypeDef]) {
    box_recursive_fields(types);
    settle_constants(types);
}

/// A required single-value enum field is a constant (filled in by `Default`)
/// only if its enum still has one value once titled enums are merged; else
/// it is an argument again, and its struct has no `Default`.
fn settle_constants(types: &mut [TypeDef]) {
    let single: Vec<bool> = types
        .iter()
        .map(|def| matches!(&def.kind, TypeKind::Enum { variants } if variants.len() == 1))
        .collect();
    for def in types.iter_mut() {
        let TypeKind::Struct {
            fields, default, ..
        } = &mut def.kind
        else {
            continue;
        };
        for field in fields.iter_mut().filter(|field| field.constant) {
            let TypeRef::Named(id) = &field.ty else {
                continue;
            };
            if !single.get(id.index()).copied().unwrap_or(false) {
                field.constant = false;
                *default = false;
            }
        }
    }
}

/// Boxes every struct field and union variant that holds, by value, a type
/// that holds its own container again: without the box the type would be
/// infinitely large. `Vec` and map values are already on the heap.
fn box_recursive_fields(types: &mut [TypeDef]) {
    let edges: Vec<Vec<usize>> = types
        .iter()
        .map(|def| by_value(def).map(TypeId::index).collect())
        .collect();
    let component = strongly_connected(&edges);
    let recursive = |from: usize, to: TypeId| component[to.index()] == component[from];
    for (i, def) in types.iter_mut().enumerate() {
        let held: Vec<&mut TypeRef> = match &mut def.kind {
            TypeKind::Struct { fields, .. } => fields.iter_mut().map(|f| &mut f.ty).collect(),
            TypeKind::Union { variants, .. } => variants.iter_mut().map(|v| &mut v.ty).collect(),
            _ => Vec::new(),
        };
        for ty in held {
            if let TypeRef::Named(id) = ty {
                if recursive(i, *id) {
                    *ty = TypeRef::Boxed(Box::new(ty.clone()));
                }
            }
        }
    }
}

fn named(ty: &TypeRef) -> Option<TypeId> {
    match ty {
        TypeRef::Named(id) => Some(*id),
        _ => None,
    }
}

/// The types a type holds by value.
fn by_value(def: &TypeDef) -> Box<dyn Iterator<Item = TypeId> + '_> {
    match &def.kind {
        TypeKind::Struct { fields, .. } => Box::new(fields.iter().filter_map(|f| named(&f.ty))),
        TypeKind::Union { variants, .. } => Box::new(variants.iter().filter_map(|v| named(&v.ty))),
        TypeKind::ByStatus { variants } => Box::new(
            variants
                .iter()
                .filter_map(|v| v.ty.as_ref().and_then(named)),
        ),
        _ => Box::new(std::iter::empty()),
    }
}

/// Tarjan's strongly connected components, iteratively (specs can chain
/// thousands of schemas): the component number of each node.
fn strongly_connected(edges: &[Vec<usize>]) -> Vec<usize> {
    const UNSEEN: usize = usize::MAX;
    let n = edges.len();
    let mut order = vec![UNSEEN; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut component = vec![UNSEEN; n];
    let mut next_order = 0;
    let mut next_component = 0;
    for root in 0..n {
        if order[root] != UNSEEN {
            continue;
        }
        // (node, index of the next edge to follow)
        let mut work = vec![(root, 0usize)];
        order[root] = next_order;
        low[root] = next_order;
        next_order += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (node, ref mut edge)) = work.last_mut() {
            if let Some(&next) = edges[node].get(*edge) {
                *edge += 1;
                if order[next] == UNSEEN {
                    order[next] = next_order;
                    low[next] = next_order;
                    next_order += 1;
                    stack.push(next);
                    on_stack[next] = true;
                    work.push((next, 0));
                } else if on_stack[next] {
                    low[node] = low[node].min(order[next]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == order[node] {
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component[member] = next_component;
                    if member == node {
                        break;
                    }
                }
                next_component += 1;
            }
        }
    }
    component
}

#[cfg(test)]
mod tests {
    use super::strongly_connected;

    #[test]
    fn cycles_share_a_component_and_chains_do_not() {
        // 0 → 1 → 2 → 0, 2 → 3, 3 → 3
        let components = strongly_connected(&[vec![1], vec![2], vec![0, 3], vec![3]]);
        assert_eq!(components[0], components[1]);
        assert_eq!(components[1], components[2]);
        assert_ne!(components[2], components[3]);
    }
}
