//! The patterns most specs write (`^[0-9]{11}$`, `^[A-Z]{2}[0-9]{3,5}$`),
//! matched by looking at the characters: a regex engine spends thousands
//! of instructions on what a loop over eleven digits does in a hundred.
//!
//! A pattern is simple when it is anchored at both ends (`^…$`) and what
//! lies between is a sequence of items, each a character class of ASCII
//! letters, digits, `_` and ranges of them (`[0-9a-fA-F_]`, a `-` first or
//! last is itself), `\d`, or one such character, each taken once or a fixed
//! number of times (`{n}`); the last may take a range (`{n,m}`, `{n,}`,
//! `?`, `*`, `+`). With every count fixed but the last, each character has
//! one item it can match, so there is nothing to backtrack. Anything else
//! is left to the regex engine, which is what these matches must agree
//! with (the tests compare them).

/// The characters one item accepts: ASCII ones, by bit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Class(u128);

impl Class {
    fn with(self, from: u8, to: u8) -> Class {
        let mut bits = self.0;
        for byte in from..=to {
            bits |= 1 << byte;
        }
        Class(bits)
    }

    fn accepts(self, c: char) -> bool {
        c.is_ascii() && self.0 & (1 << c as u32) != 0
    }
}

/// One item of a simple pattern: a class and how many characters it takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Item {
    class: Class,
    min: usize,
    /// `None`: no limit.
    max: Option<usize>,
}

/// What may stand for itself in a simple pattern's class or outside one.
fn plain(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

/// The items of `pattern` when it is simple (at most 16 of them).
fn items(pattern: &str) -> Option<([Item; 16], usize)> {
    let inner = pattern.strip_prefix('^')?.strip_suffix('$')?.as_bytes();
    let mut items = [Item {
        class: Class(0),
        min: 0,
        max: None,
    }; 16];
    let mut count = 0;
    let mut at = 0;
    while at < inner.len() {
        let class;
        (class, at) = match inner[at] {
            b'[' => class_at(inner, at + 1)?,
            b'\\' if inner.get(at + 1) == Some(&b'd') => (Class(0).with(b'0', b'9'), at + 2),
            byte if plain(byte) => (Class(0).with(byte, byte), at + 1),
            _ => return None,
        };
        let (min, max);
        ((min, max), at) = quantifier(inner, at)?;
        // Only the last item may take a varying number of characters.
        if count > 0 && items[count - 1].max != Some(items[count - 1].min) {
            return None;
        }
        *items.get_mut(count)? = Item { class, min, max };
        count += 1;
    }
    Some((items, count))
}

/// The class whose members start at `at` (after its `[`), and where the
/// pattern goes on after its `]`.
fn class_at(pattern: &[u8], mut at: usize) -> Option<(Class, usize)> {
    let start = at;
    let mut class = Class(0);
    loop {
        match *pattern.get(at)? {
            b']' if at > start => return Some((class, at + 1)),
            // A `-` first or last is itself.
            b'-' if at == start || pattern.get(at + 1) == Some(&b']') => {
                class = class.with(b'-', b'-');
                at += 1;
            }
            from if plain(from) => match (pattern.get(at + 1), pattern.get(at + 2)) {
                (Some(b'-'), Some(&to)) if to != b']' => {
                    if !plain(to) || to < from {
                        return None;
                    }
                    class = class.with(from, to);
                    at += 3;
                }
                _ => {
                    class = class.with(from, from);
                    at += 1;
                }
            },
            _ => return None,
        }
    }
}

/// The counts of the quantifier at `at` (none: once), and where the
/// pattern goes on after it. A lazy or possessive one is not simple.
fn quantifier(pattern: &[u8], at: usize) -> Option<((usize, Option<usize>), usize)> {
    let (counts, next) = match pattern.get(at) {
        Some(b'?') => ((0, Some(1)), at + 1),
        Some(b'*') => ((0, None), at + 1),
        Some(b'+') => ((1, None), at + 1),
        Some(b'{') => {
            let close = at + pattern[at..].iter().position(|&byte| byte == b'}')?;
            let text = std::str::from_utf8(&pattern[at + 1..close]).ok()?;
            let number = |text: &str| -> Option<usize> {
                // Plain decimal digits, small enough for any engine to agree.
                (!text.is_empty() && text.len() <= 3 && text.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| text.parse().ok())
                    .flatten()
            };
            let counts = match text.split_once(',') {
                None => {
                    let n = number(text)?;
                    (n, Some(n))
                }
                Some((min, "")) => (number(min)?, None),
                Some((min, max)) => {
                    let (min, max) = (number(min)?, number(max)?);
                    if max < min {
                        return None;
                    }
                    (min, Some(max))
                }
            };
            (counts, close + 1)
        }
        _ => return Some(((1, Some(1)), at)),
    };
    match pattern.get(next) {
        Some(b'?' | b'+') => None,
        _ => Some((counts, next)),
    }
}

/// Whether `value` matches `pattern`, when `pattern` is simple; `None` when
/// it is not (ask the regex engine).
pub(crate) fn matches(pattern: &str, value: &str) -> Option<bool> {
    let (items, count) = items(pattern)?;
    let mut chars = value.chars();
    for item in &items[..count] {
        let mut taken = 0;
        while item.max.is_none_or(|max| taken < max) {
            let mut ahead = chars.clone();
            match ahead.next() {
                Some(c) if item.class.accepts(c) => {
                    chars = ahead;
                    taken += 1;
                }
                _ => break,
            }
        }
        if taken < item.min {
            return Some(false);
        }
    }
    Some(chars.next().is_none())
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_lite::Regex;

    /// Patterns simple enough for the fast path, and ones that are not.
    const SIMPLE: &[&str] = &[
        r"^[0-9]{11}$",
        r"^\d{3,5}$",
        r"^[A-Z]{2}[0-9]{3,5}$",
        r"^[a-zA-Z0-9_-]+$",
        r"^[-a-z]*$",
        r"^[0-9a-fA-F]{8}[-][0-9a-f]{4}$",
        r"^ab[c]?$",
        r"^x{2,}$",
        r"^[_]{0}z$",
        r"^$",
        r"^[0-9]{1,3}$",
    ];
    const NOT_SIMPLE: &[&str] = &[
        r"[0-9]{11}",
        r"^[0-9]{11}",
        r"^[^0-9]+$",
        r"^[a-z]+[0-9]$",
        r"^[0-9]+?$",
        r"^(ab)+$",
        r"^a|b$",
        r"^.{3}$",
        r"^\w+$",
        r"^[z-a]$",
        r"^[a-]]$",
        r"^a{3,1}$",
        r"^[0-9]{1000}$",
        r"^[\d]$",
    ];

    /// Many values around what the patterns accept: every string of up to
    /// four characters over a small alphabet, some longer ones, Unicode.
    fn values() -> Vec<String> {
        let alphabet = [
            '0', '5', '9', 'a', 'f', 'z', 'A', 'Z', '_', '-', 'x', ' ', '٣', '\n',
        ];
        let mut values = vec![String::new()];
        let mut last = vec![String::new()];
        for _ in 0..4 {
            let next: Vec<String> = last
                .iter()
                .flat_map(|prefix| alphabet.iter().map(move |c| format!("{prefix}{c}")))
                .collect();
            values.extend(next.iter().cloned());
            last = next;
        }
        for extra in [
            "12345678901",
            "1234567890",
            "123456789012",
            "1234567890a",
            "12345678901\n",
            "AB123",
            "AB12345",
            "AB123456",
            "ab123",
            "deadbeef-00ff",
            "DEADBEEF-00FF",
            "deadbeef-00f",
            "abc",
            "abcc",
            "xxxxxxxx",
            "z",
            "١٢٣",
            "１２３",
        ] {
            values.push(extra.to_owned());
        }
        values
    }

    #[test]
    fn simple_patterns_match_as_the_regex_engine_does() {
        let values = values();
        for pattern in SIMPLE {
            let regex = Regex::new(pattern).unwrap();
            assert!(items(pattern).is_some(), "{pattern} is simple");
            for value in &values {
                assert_eq!(
                    matches(pattern, value),
                    Some(regex.is_match(value)),
                    "{pattern} on {value:?}"
                );
            }
        }
    }

    #[test]
    fn other_patterns_are_left_to_the_regex_engine() {
        for pattern in NOT_SIMPLE {
            assert_eq!(matches(pattern, "0"), None, "{pattern}");
        }
    }
}
