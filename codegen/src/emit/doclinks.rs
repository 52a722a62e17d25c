//! Intra-doc links in a crate with per-group features (see
//! [`crate::surface::features`]): a link to a gated type, builder or client
//! method resolves only when that item is compiled, so `cargo doc` with a
//! single feature would warn about (and `-D warnings` refuse) every link to
//! another group's items. A link whose target may be absent where its doc is
//! compiled becomes its plain text: the docs are the same text, linked where
//! the target is sure to be there.

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};

use super::docblocks::Blocks;
use crate::surface::Surface;
use crate::surface::features::Gate;

/// The features an item needs (any of them), `None` when always compiled.
type Needs = Option<BTreeSet<String>>;

/// The gated items a doc may link to, by their path from the module.
#[derive(Debug, Default)]
pub(crate) struct Targets {
    /// Module name, to strip `crate::<module>::` from links.
    module: String,
    /// `Type`, `Builder` and `Client::method`, with the features each needs.
    by_path: HashMap<String, BTreeSet<String>>,
}

impl Targets {
    /// The gated items of `surface`; `None` without features.
    pub(crate) fn of(surface: &Surface<'_>) -> Option<Targets> {
        let features = surface.features.as_ref()?;
        let set = |gate: &Gate| -> Needs {
            features
                .names(gate)
                .map(|names| names.into_iter().map(str::to_owned).collect())
        };
        let mut by_path = HashMap::new();
        for (index, ty) in surface.types.iter().enumerate() {
            let id = crate::ir::TypeId(u32::try_from(index).unwrap_or(u32::MAX));
            if let Some(needs) = set(&features.type_gate(id)) {
                by_path.insert(ty.name.bare().to_owned(), needs);
            }
        }
        for (index, op) in surface.operations.iter().enumerate() {
            if let Some(needs) = set(&features.operation(index)) {
                by_path.insert(format!("Client::{}", op.method.bare()), needs.clone());
                by_path.insert(op.builder.bare().to_owned(), needs);
            }
        }
        Some(Targets {
            module: surface.module.bare().to_owned(),
            by_path,
        })
    }

    /// The features the target of link `dest` needs (`self_ty`: what `Self`
    /// is there); `None` for anything always there or not generated here.
    fn needs(&self, dest: &str, self_ty: Option<&str>) -> Option<&BTreeSet<String>> {
        let dest = dest.split('#').next().unwrap_or(dest);
        let mut rest = dest;
        let prefixes = ["crate::", "super::", "self::", "types::", "builders::"];
        loop {
            let before = rest;
            for prefix in prefixes {
                rest = rest.strip_prefix(prefix).unwrap_or(rest);
            }
            if let Some(after) = rest
                .strip_prefix(self.module.as_str())
                .and_then(|after| after.strip_prefix("::"))
            {
                rest = after;
            }
            if rest == before {
                break;
            }
        }
        let owned;
        if let (Some(after), Some(self_ty)) = (rest.strip_prefix("Self::"), self_ty) {
            owned = format!("{self_ty}::{after}");
            rest = &owned;
        }
        let mut segments = rest.split("::");
        let first = segments.next()?;
        let second = segments.next();
        second
            .and_then(|second| self.by_path.get(&format!("{first}::{second}")))
            .or_else(|| self.by_path.get(first))
    }

    /// `text` with every link whose target may be absent under `context`
    /// (each set: features one of which is on) made plain text.
    fn unlink(&self, text: &str, context: &[BTreeSet<String>], self_ty: Option<&str>) -> String {
        let safe = |needs: &BTreeSet<String>| context.iter().any(|on| on.is_subset(needs));
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(open) = rest.find('[') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let Some(close) = after
                .find(']')
                .filter(|close| !after[..*close].contains('['))
            else {
                out.push('[');
                rest = after;
                continue;
            };
            let label = &after[..close];
            let tail = &after[close + 1..];
            let (dest, end) = match tail.strip_prefix('(').and_then(|t| Some((t, t.find(')')?))) {
                Some((inner, at)) => (&inner[..at], close + 1 + 1 + at + 1),
                None if label.len() > 2
                    && label.starts_with('`')
                    && label.ends_with('`')
                    && !tail.starts_with(':') =>
                {
                    (&label[1..label.len() - 1], close + 1)
                }
                None => {
                    out.push('[');
                    rest = after;
                    continue;
                }
            };
            match self.needs(dest, self_ty) {
                Some(needs) if !safe(needs) => out.push_str(label),
                _ => {
                    out.push('[');
                    out.push_str(&after[..end]);
                }
            }
            rest = &after[end..];
        }
        out.push_str(rest);
        out
    }

    /// Every doc of `file` unlinked where its targets may be absent, those
    /// held in `blocks` included.
    pub(crate) fn apply(&self, file: &mut syn::File, blocks: &mut Blocks, group: Option<&str>) {
        // A group's module file is compiled only with the group's feature.
        let outer: Vec<BTreeSet<String>> = group
            .map(|group| BTreeSet::from([group.to_owned()]))
            .into_iter()
            .collect();
        self.docs(&mut file.attrs, &outer, None, blocks);
        for item in &mut file.items {
            self.item(item, &outer, blocks);
        }
    }

    fn item(&self, item: &mut syn::Item, outer: &[BTreeSet<String>], blocks: &mut Blocks) {
        let Some(attrs) = attrs_of(item) else {
            return;
        };
        let context = within(outer, attrs);
        let self_ty = match &*item {
            syn::Item::Impl(block) => match &*block.self_ty {
                syn::Type::Path(path) => path.path.segments.last().map(|s| s.ident.to_string()),
                _ => None,
            },
            syn::Item::Struct(item) => Some(item.ident.to_string()),
            syn::Item::Enum(item) => Some(item.ident.to_string()),
            _ => None,
        };
        let self_ty = self_ty.as_deref();
        if let Some(attrs) = attrs_of(item) {
            self.docs(attrs, &context, self_ty, blocks);
        }
        match item {
            syn::Item::Struct(item) => {
                for field in &mut item.fields {
                    let inner = within(&context, &field.attrs);
                    self.docs(&mut field.attrs, &inner, self_ty, blocks);
                }
            }
            syn::Item::Enum(item) => {
                for variant in &mut item.variants {
                    let inner = within(&context, &variant.attrs);
                    self.docs(&mut variant.attrs, &inner, self_ty, blocks);
                }
            }
            syn::Item::Impl(block) => {
                for member in &mut block.items {
                    let attrs = match member {
                        syn::ImplItem::Fn(member) => &mut member.attrs,
                        syn::ImplItem::Const(member) => &mut member.attrs,
                        syn::ImplItem::Type(member) => &mut member.attrs,
                        _ => continue,
                    };
                    let inner = within(&context, attrs);
                    self.docs(attrs, &inner, self_ty, blocks);
                }
            }
            syn::Item::Mod(module) => {
                for inner in module.content.iter_mut().flat_map(|(_, items)| items) {
                    self.item(inner, &context, blocks);
                }
            }
            _ => {}
        }
    }

    fn docs(
        &self,
        attrs: &mut [syn::Attribute],
        context: &[BTreeSet<String>],
        self_ty: Option<&str>,
        blocks: &mut Blocks,
    ) {
        for attr in attrs {
            if !attr.path().is_ident("doc") {
                continue;
            }
            let syn::Meta::NameValue(pair) = &mut attr.meta else {
                continue;
            };
            let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(text),
                ..
            }) = &mut pair.value
            else {
                continue;
            };
            let old = text.value();
            if let Some(lines) = blocks.lines_of(&old) {
                // Each line as if it were an attribute of its own. The block
                // is not changed in place: a copy of this attribute may be
                // elsewhere, under another `cfg`.
                if !lines.iter().any(|line| line.contains('[')) {
                    continue;
                }
                let new: Vec<String> = lines
                    .iter()
                    .map(|line| match line.contains('[') {
                        true => self.unlink(line, context, self_ty),
                        false => line.clone(),
                    })
                    .collect();
                if new.as_slice() != lines {
                    *text = syn::LitStr::new(&blocks.push(new), text.span());
                }
                continue;
            }
            if !old.contains('[') {
                continue;
            }
            let new = self.unlink(&old, context, self_ty);
            if new != old {
                *text = syn::LitStr::new(&new, text.span());
            }
        }
    }
}

/// The attributes of an item that may have docs.
fn attrs_of(item: &mut syn::Item) -> Option<&mut Vec<syn::Attribute>> {
    Some(match item {
        syn::Item::Const(item) => &mut item.attrs,
        syn::Item::Enum(item) => &mut item.attrs,
        syn::Item::Fn(item) => &mut item.attrs,
        syn::Item::Impl(item) => &mut item.attrs,
        syn::Item::Mod(item) => &mut item.attrs,
        syn::Item::Static(item) => &mut item.attrs,
        syn::Item::Struct(item) => &mut item.attrs,
        syn::Item::Trait(item) => &mut item.attrs,
        syn::Item::Type(item) => &mut item.attrs,
        syn::Item::Use(item) => &mut item.attrs,
        _ => return None,
    })
}

/// The context of `outer` with the `#[cfg(…)]` of `attrs` added: the
/// feature names of `feature = "…"` or `any(feature = "…", …)`; any other
/// `cfg` adds nothing (a smaller context only unlinks more).
fn within<'o>(
    outer: &'o [BTreeSet<String>],
    attrs: &[syn::Attribute],
) -> Cow<'o, [BTreeSet<String>]> {
    // Most fields and members have no `cfg` of their own: their context is
    // the item's, not a copy of it.
    if !attrs.iter().any(|attr| attr.path().is_ident("cfg")) {
        return Cow::Borrowed(outer);
    }
    let mut context = outer.to_vec();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("cfg")) {
        let Ok(list) = attr.meta.require_list() else {
            continue;
        };
        let text = list.tokens.to_string();
        if !(text.starts_with("feature") || text.starts_with("any")) || text.contains("not") {
            continue;
        }
        let names: BTreeSet<String> = text
            .split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect();
        if !names.is_empty() {
            context.push(names);
        }
    }
    Cow::Owned(context)
}
