//! Rust names for wire names: heck for the casing, keyword escaping, and
//! deterministic collision handling. Every identifier the generator emits is
//! made here.

use std::collections::BTreeSet;

use heck::{ToPascalCase, ToSnakeCase};

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
];

/// Keywords that cannot be raw identifiers either.
const NOT_RAW: &[&str] = &["crate", "self", "Self", "super"];

/// The text a name is built from: letters and digits kept, everything else a
/// word break (`IpWhiteList` → `ip_white_list`, `+json` → `json`).
fn words(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect::<String>()
}

/// A snake_case field, parameter or method name, escaped when it is a keyword
/// (`type` → `r#type`) and prefixed when it starts with a digit.
pub fn snake(text: &str) -> String {
    let mut name = words(text).to_snake_case();
    if name.is_empty() {
        name = "value".to_owned();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name = format!("n{name}");
    }
    escape(name)
}

/// A PascalCase type or variant name (`round-robin` → `RoundRobin`,
/// `Transferee/Transferor` → `TransfereeTransferor`).
pub fn pascal(text: &str) -> String {
    let mut name = words(text).to_pascal_case();
    if name.is_empty() {
        name = "Value".to_owned();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name = format!("V{name}");
    }
    escape(name)
}

fn escape(name: String) -> String {
    if NOT_RAW.contains(&name.as_str()) {
        format!("{name}_")
    } else if KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name
    }
}

/// Hands out unique names within one scope: the second `name` becomes
/// `name2`, the third `name3`, in the order they are asked for.
#[derive(Debug, Default, Clone)]
pub struct Scope {
    taken: BTreeSet<String>,
}

impl Scope {
    /// A scope where `reserved` names are already taken.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Scope {
            taken: reserved.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    /// `name`, or the first of `name2`, `name3`, … not yet taken.
    pub fn claim(&mut self, name: String) -> String {
        if self.taken.insert(name.clone()) {
            return name;
        }
        let base = name.trim_start_matches("r#");
        (2..)
            .map(|n| format!("{base}{n}"))
            .find(|candidate| self.taken.insert(candidate.clone()))
            .expect("an unbounded range always yields a free name")
    }

    /// Whether `name` is taken.
    pub fn contains(&self, name: &str) -> bool {
        self.taken.contains(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_names_become_idiomatic_rust() {
        assert_eq!(snake("Trunk1Priortiy"), "trunk1_priortiy");
        assert_eq!(snake("IpWhiteList"), "ip_white_list");
        assert_eq!(snake("provisioned_route_name"), "provisioned_route_name");
        assert_eq!(snake("isSimultaneousRing"), "is_simultaneous_ring");
        assert_eq!(snake("type"), "r#type");
        assert_eq!(snake("self"), "self_");
        assert_eq!(snake("3d"), "n3d");
        assert_eq!(pascal("round-robin"), "RoundRobin");
        assert_eq!(pascal("Transferee/Transferor"), "TransfereeTransferor");
        assert_eq!(pascal("BadRequest_Result"), "BadRequestResult");
        assert_eq!(pascal("Self"), "Self_");
        assert_eq!(pascal("100"), "V100");
    }

    #[test]
    fn collisions_get_numbered_in_order() {
        let mut scope = Scope::with_reserved(&["send"]);
        assert_eq!(scope.claim("send".into()), "send2");
        assert_eq!(scope.claim("alias".into()), "alias");
        assert_eq!(scope.claim("alias".into()), "alias2");
        assert_eq!(scope.claim("r#type".into()), "r#type");
        assert_eq!(scope.claim("r#type".into()), "type2");
    }
}
