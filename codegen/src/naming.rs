//! Rust names for wire names: heck for the casing, keyword escaping, and
//! deterministic collision handling. Every identifier the generator emits is
//! a [`Name`] issued by a [`Scope`], and typed by what it names.

use std::collections::BTreeSet;
use std::fmt;
use std::marker::PhantomData;

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

/// The text a name is built from: ASCII letters and digits kept, Latin
/// letters with diacritics spelled in ASCII (`Café` → `Cafe`, `Straße` →
/// `Strasse`), a comparison the name ends with spelled as a word
/// (`DateSent<` → `date_sent_lt`, `>=` → `ge`: Twilio's date filters),
/// everything else a word break (`IpWhiteList` → `ip_white_list`, `+json` →
/// `json`).
fn words(text: &str) -> String {
    let comparisons = [
        ("<=", " le"),
        (">=", " ge"),
        ("!=", " ne"),
        ("<", " lt"),
        (">", " gt"),
    ];
    let (text, compared) = comparisons
        .iter()
        .find_map(|(operator, word)| {
            let stem = text.strip_suffix(operator)?;
            // Not a generic's close (`Page<User>`) or a tag (`<br>`).
            (stem.chars().any(|c| c.is_ascii_alphanumeric()) && !stem.contains(['<', '>']))
                .then_some((stem, *word))
        })
        .unwrap_or((text, ""));
    let mut words = String::with_capacity(text.len() + compared.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            words.push(c);
        } else if let Some(ascii) = ascii_letters(c) {
            words.push_str(ascii);
        } else {
            words.push(' ');
        }
    }
    words.push_str(compared);
    words
}

/// The ASCII spelling of a letter of Latin-1 or Latin Extended-A: its
/// base letter without the diacritic (`é` → `e`, `ø` → `o`, `ł` → `l`), a
/// ligature or `ß` spelled out (`æ` → `ae`, `ß` → `ss`); `None` for any
/// other character.
fn ascii_letters(c: char) -> Option<&'static str> {
    Some(match c {
        'À'..='Å' | 'Ā' | 'Ă' | 'Ą' => "A",
        'à'..='å' | 'ā' | 'ă' | 'ą' => "a",
        'Æ' => "AE",
        'æ' => "ae",
        'Ç' | 'Ć' | 'Ĉ' | 'Ċ' | 'Č' => "C",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'Ð' | 'Ď' | 'Đ' => "D",
        'ð' | 'ď' | 'đ' => "d",
        'È'..='Ë' | 'Ē' | 'Ĕ' | 'Ė' | 'Ę' | 'Ě' => "E",
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'Ĝ' | 'Ğ' | 'Ġ' | 'Ģ' => "G",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'Ĥ' | 'Ħ' => "H",
        'ĥ' | 'ħ' => "h",
        'Ì'..='Ï' | 'Ĩ' | 'Ī' | 'Ĭ' | 'Į' | 'İ' => "I",
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'Ĳ' => "IJ",
        'ĳ' => "ij",
        'Ĵ' => "J",
        'ĵ' => "j",
        'Ķ' => "K",
        'ķ' | 'ĸ' => "k",
        'Ĺ' | 'Ļ' | 'Ľ' | 'Ŀ' | 'Ł' => "L",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'Ñ' | 'Ń' | 'Ņ' | 'Ň' | 'Ŋ' => "N",
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ŉ' | 'ŋ' => "n",
        'Ò'..='Ö' | 'Ø' | 'Ō' | 'Ŏ' | 'Ő' => "O",
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'Œ' => "OE",
        'œ' => "oe",
        'Ŕ' | 'Ŗ' | 'Ř' => "R",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'Ś' | 'Ŝ' | 'Ş' | 'Š' => "S",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ſ' => "s",
        'ß' => "ss",
        'Ţ' | 'Ť' | 'Ŧ' => "T",
        'ţ' | 'ť' | 'ŧ' => "t",
        'Þ' => "TH",
        'þ' => "th",
        'Ù'..='Ü' | 'Ũ' | 'Ū' | 'Ŭ' | 'Ů' | 'Ű' | 'Ų' => "U",
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'Ŵ' => "W",
        'ŵ' => "w",
        'Ý' | 'Ŷ' | 'Ÿ' => "Y",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'Ź' | 'Ż' | 'Ž' => "Z",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
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

/// What a [`Name`] names. The kinds are types, never values: `Name<Type>`,
/// `Name<Method>`…
pub trait Kind {}

macro_rules! kinds {
    ($($(#[$doc:meta])* $kind:ident),* $(,)?) => {
        $(
            $(#[$doc])*
            #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
            pub enum $kind {}
            impl Kind for $kind {}
        )*
    };
}

kinds! {
    /// A struct or enum.
    Type,
    /// A method of a client or a builder (operations, setters).
    Method,
    /// A field of a struct (a generated type's, or a builder's).
    Field,
    /// A variant of an enum.
    Variant,
    /// A parameter of a function (a client method's argument).
    Argument,
    /// A free function or a module.
    Function,
    /// A cargo feature of a standalone crate.
    Feature,
}

/// A Rust identifier (`r#type` when it is a keyword), issued by a [`Scope`]
/// and typed by what it names.
pub struct Name<K: Kind> {
    text: String,
    kind: PhantomData<K>,
}

impl<K: Kind> Name<K> {
    /// A name that needs no scope: fixed by the generator itself (`body`,
    /// `new`), or one a scope already checked.
    pub fn fixed(text: impl Into<String>) -> Self {
        Name {
            text: text.into(),
            kind: PhantomData,
        }
    }

    /// The identifier as written in code (`r#type`).
    pub fn as_code(&self) -> &str {
        &self.text
    }

    /// The name as a reader says it (`type`): in docs and reports.
    pub fn bare(&self) -> &str {
        self.text.trim_start_matches("r#")
    }

    /// The same text as a name of another kind (a builder's field named
    /// after the setter that fills it).
    pub fn retyped<L: Kind>(&self) -> Name<L> {
        Name::fixed(self.text.clone())
    }
}

impl<K: Kind> Clone for Name<K> {
    fn clone(&self) -> Self {
        Name::fixed(self.text.clone())
    }
}

impl<K: Kind> PartialEq for Name<K> {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl<K: Kind> Eq for Name<K> {}

impl<K: Kind> fmt::Debug for Name<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.text, f)
    }
}

/// The bare name (`type`, not `r#type`).
impl<K: Kind> fmt::Display for Name<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.bare())
    }
}

/// Hands out unique names of one kind within one scope: the second `name`
/// becomes `name2`, the third `name3`, in the order they are asked for.
#[derive(Debug, Clone)]
pub struct Scope<K: Kind> {
    taken: BTreeSet<String>,
    kind: PhantomData<K>,
}

impl<K: Kind> Default for Scope<K> {
    fn default() -> Self {
        Scope {
            taken: BTreeSet::new(),
            kind: PhantomData,
        }
    }
}

impl<K: Kind> Scope<K> {
    /// A scope where `reserved` names are already taken.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Scope {
            taken: reserved.iter().map(|s| (*s).to_owned()).collect(),
            kind: PhantomData,
        }
    }

    /// `name`, or the first of `name2`, `name3`, … not yet taken.
    pub fn claim(&mut self, name: impl Into<String>) -> Name<K> {
        let name = name.into();
        if self.taken.insert(name.clone()) {
            return Name::fixed(name);
        }
        let base = name.trim_start_matches("r#");
        let mut n = 2usize;
        loop {
            let candidate = format!("{base}{n}");
            if self.taken.insert(candidate.clone()) {
                return Name::fixed(candidate);
            }
            n += 1;
        }
    }

    /// Takes a name that another scope issued (`name` must stay unique
    /// here too), so that later claims avoid it.
    pub fn reserve(&mut self, name: &str) {
        self.taken.insert(name.to_owned());
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
        assert_eq!(snake("DateSent<"), "date_sent_lt");
        assert_eq!(snake("DateSent>"), "date_sent_gt");
        assert_eq!(snake("StartTime>="), "start_time_ge");
        assert_eq!(snake("price<="), "price_le");
        assert_eq!(snake("status!="), "status_ne");
        assert_eq!(pascal("EndTime<"), "EndTimeLt");
        // Not at the end, or nothing before it: a word break as before.
        assert_eq!(snake("a<b"), "a_b");
        assert_eq!(snake("<"), snake(""));
        assert_eq!(pascal("Page<User>"), "PageUser");
        assert_eq!(pascal("<br>"), "Br");
        assert_eq!(snake("a<b>="), "a_b");
    }

    #[test]
    fn latin_letters_with_diacritics_are_spelled_in_ascii() {
        assert_eq!(pascal("Café"), "Cafe");
        assert_eq!(snake("Café"), "cafe");
        assert_eq!(pascal("Müller_Straße"), "MullerStrasse");
        assert_eq!(snake("søster-år"), "soster_ar");
        assert_eq!(pascal("façade niño"), "FacadeNino");
        assert_eq!(snake("ŁódźŻółć"), "lodz_zolc");
        assert_eq!(pascal("Œuvre"), "OEuvre");
        assert_eq!(snake("ÆTHER"), "aether");
        // Every letter of Latin-1 and Latin Extended-A has a spelling; the
        // signs among them (`×`, `÷`) are word breaks.
        for c in ('\u{C0}'..='\u{17F}').filter(|c| c.is_alphabetic()) {
            let ascii = ascii_letters(c).unwrap_or_else(|| panic!("{c} has no spelling"));
            assert!(ascii.chars().all(|a| a.is_ascii_alphabetic()), "{c}");
            assert_eq!(
                ascii.chars().next().map(|a| a.is_ascii_uppercase()),
                Some(c.is_uppercase()),
                "{c} → {ascii}"
            );
        }
        assert_eq!(snake("2×3÷4"), "n2_3_4");
        // Letters of other scripts are still word breaks.
        assert_eq!(pascal("Ωmega"), "Mega");
    }

    #[test]
    fn collisions_get_numbered_in_order() {
        let mut scope: Scope<Method> = Scope::with_reserved(&["send"]);
        assert_eq!(scope.claim("send").as_code(), "send2");
        assert_eq!(scope.claim("alias").as_code(), "alias");
        assert_eq!(scope.claim("alias").as_code(), "alias2");
        let keyword = scope.claim("r#type");
        assert_eq!((keyword.as_code(), keyword.bare()), ("r#type", "type"));
        assert_eq!(scope.claim("r#type").as_code(), "type2");
    }
}
