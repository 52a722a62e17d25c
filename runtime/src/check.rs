//! The constraints of parameters' and body fields' schemas (`pattern`,
//! `minLength`/`maxLength`, `minimum`/`maximum`, `minItems`/`maxItems`),
//! checked by `build()` so a value the provider would reject never leaves
//! the client. A parameter is named by its wire name; a body field by its
//! path in the body (`routes[0].name`).

use std::collections::HashMap;
use std::sync::{Arc, PoisonError, RwLock};

use regex_lite::Regex;

use crate::BuildError;

/// `value` must match the spec's `pattern` (a regular expression, searched
/// anywhere unless anchored with `^…$`, as JSON Schema says).
pub fn pattern(name: &'static str, value: &str, pattern: &'static str) -> Result<(), BuildError> {
    parameter(name, value, pattern_breach(value, pattern))
}

/// `value` must have between `min` and `max` characters.
pub fn length(
    name: &'static str,
    value: &str,
    min: Option<u64>,
    max: Option<u64>,
) -> Result<(), BuildError> {
    parameter(name, value, length_breach(value, min, max))
}

/// `value` must lie between `min` and `max`, inclusive.
pub fn range(
    name: &'static str,
    value: i64,
    min: Option<i64>,
    max: Option<i64>,
) -> Result<(), BuildError> {
    parameter(name, &value.to_string(), range_breach(value, min, max))
}

/// A list of `count` values must have between `min` and `max` of them.
pub fn items(
    name: &'static str,
    count: usize,
    min: Option<u64>,
    max: Option<u64>,
) -> Result<(), BuildError> {
    parameter(
        name,
        &format!("{count} values"),
        items_breach(count, min, max),
    )
}

fn parameter(name: &'static str, value: &str, breach: Option<String>) -> Result<(), BuildError> {
    match breach {
        None => Ok(()),
        Some(reason) => Err(BuildError::InvalidParameter {
            name,
            value: value.to_owned(),
            reason,
        }),
    }
}

/// The same checks on the fields of a request body. Each names the field by
/// its wire name and, for an item of a list or a map, the item's index or
/// key; [`within`](field::within) puts the name of the field that holds a
/// nested value in front (and [`within_item`](field::within_item) the item's
/// place), so the error names the whole path.
pub mod field {
    use super::{items_breach, length_breach, pattern_breach, range_breach};
    use crate::BuildError;

    /// `value` of field `name` (its item `index`, for a list) must match `pattern`.
    pub fn pattern(
        name: &'static str,
        index: Option<usize>,
        value: &str,
        pattern: &'static str,
    ) -> Result<(), BuildError> {
        field(name, index, value, pattern_breach(value, pattern))
    }

    /// `value` must have between `min` and `max` characters.
    pub fn length(
        name: &'static str,
        index: Option<usize>,
        value: &str,
        min: Option<u64>,
        max: Option<u64>,
    ) -> Result<(), BuildError> {
        field(name, index, value, length_breach(value, min, max))
    }

    /// `value` must lie between `min` and `max`, inclusive.
    pub fn range(
        name: &'static str,
        index: Option<usize>,
        value: i64,
        min: Option<i64>,
        max: Option<i64>,
    ) -> Result<(), BuildError> {
        field(
            name,
            index,
            &value.to_string(),
            range_breach(value, min, max),
        )
    }

    /// The list in field `name` must have between `min` and `max` items.
    pub fn items(
        name: &'static str,
        count: usize,
        min: Option<u64>,
        max: Option<u64>,
    ) -> Result<(), BuildError> {
        field(
            name,
            None,
            &format!("{count} items"),
            items_breach(count, min, max),
        )
    }

    /// The result of checking the value held in field `name`, with the
    /// field's name in front of the path of whatever breaks a constraint
    /// inside it.
    pub fn within(name: &'static str, checked: Result<(), BuildError>) -> Result<(), BuildError> {
        prefixed(checked, || name.to_owned())
    }

    /// The same for item `key` of the list or map in field `name`.
    pub fn within_item(
        name: &'static str,
        key: impl std::fmt::Display,
        checked: Result<(), BuildError>,
    ) -> Result<(), BuildError> {
        prefixed(checked, || format!("{name}[{key}]"))
    }

    fn prefixed(
        checked: Result<(), BuildError>,
        place: impl FnOnce() -> String,
    ) -> Result<(), BuildError> {
        checked.map_err(|error| match error {
            BuildError::InvalidField {
                path,
                value,
                reason,
            } => BuildError::InvalidField {
                path: format!("{}.{path}", place()),
                value,
                reason,
            },
            other => other,
        })
    }

    fn field(
        name: &'static str,
        index: Option<usize>,
        value: &str,
        breach: Option<String>,
    ) -> Result<(), BuildError> {
        match breach {
            None => Ok(()),
            Some(reason) => Err(BuildError::InvalidField {
                path: match index {
                    Some(index) => format!("{name}[{index}]"),
                    None => name.to_owned(),
                },
                value: value.to_owned(),
                reason,
            }),
        }
    }
}

fn pattern_breach(value: &str, pattern: &'static str) -> Option<String> {
    // The generator has compiled every pattern it emits, so this only fails
    // if the regex engine changed underneath; then nothing is rejected.
    let matches = crate::simple_pattern::matches(pattern, value)
        .unwrap_or_else(|| compiled(pattern).is_none_or(|regex| regex.is_match(value)));
    (!matches).then(|| format!("does not match the pattern `{pattern}`"))
}

fn length_breach(value: &str, min: Option<u64>, max: Option<u64>) -> Option<String> {
    let count = value.chars().count() as u64;
    match (min, max) {
        (Some(min), _) if count < min => Some(format!("is shorter than {min} characters")),
        (_, Some(max)) if count > max => Some(format!("is longer than {max} characters")),
        _ => None,
    }
}

fn range_breach(value: i64, min: Option<i64>, max: Option<i64>) -> Option<String> {
    match (min, max) {
        (Some(min), _) if value < min => Some(format!("is less than the minimum {min}")),
        (_, Some(max)) if value > max => Some(format!("is more than the maximum {max}")),
        _ => None,
    }
}

fn items_breach(count: usize, min: Option<u64>, max: Option<u64>) -> Option<String> {
    let count = count as u64;
    match (min, max) {
        (Some(min), _) if count < min => Some(format!("are fewer than the minimum {min}")),
        (_, Some(max)) if count > max => Some(format!("are more than the maximum {max}")),
        _ => None,
    }
}

/// `pattern`, compiled once per process: compiling costs far more than
/// matching (about 20 000 instructions against a few hundred for an
/// 11-digit phone number), and every `build()` of an operation with a
/// pattern-checked value asks again. The patterns are the generated code's
/// `&'static str`s, so the cache holds a bounded set.
/// Pattern → its compiled regex (`None`: the engine cannot compile it).
type PatternCache = HashMap<&'static str, Option<Arc<Regex>>>;

fn compiled(pattern: &'static str) -> Option<Arc<Regex>> {
    static CACHE: RwLock<Option<PatternCache>> = RwLock::new(None);
    let cached = CACHE
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .as_ref()
        .and_then(|cache| cache.get(pattern).cloned());
    if let Some(regex) = cached {
        return regex;
    }
    let regex = Regex::new(pattern).ok().map(Arc::new);
    CACHE
        .write()
        .unwrap_or_else(PoisonError::into_inner)
        .get_or_insert_with(HashMap::new)
        .entry(pattern)
        .or_insert(regex)
        .clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_lengths_and_ranges_reject_what_the_provider_would() {
        assert!(pattern("id", "12065551234", "^[0-9]{11}$").is_ok());
        let error = pattern("id", "2065551234", "^[0-9]{11}$").unwrap_err();
        assert_eq!(
            error.to_string(),
            "parameter `id` = `2065551234` does not match the pattern `^[0-9]{11}$`"
        );
        assert!(length("alias", "abc", None, Some(3)).is_ok());
        assert!(length("alias", "abcd", None, Some(3)).is_err());
        assert!(length("alias", "", Some(1), None).is_err());
        assert!(range("limit", 200, Some(1), Some(200)).is_ok());
        assert_eq!(
            range("limit", 201, Some(1), Some(200))
                .unwrap_err()
                .to_string(),
            "parameter `limit` = `201` is more than the maximum 200"
        );
        assert!(range("limit", 0, Some(1), None).is_err());
        assert!(items("ids", 3, Some(1), Some(3)).is_ok());
        assert_eq!(
            items("ids", 4, None, Some(3)).unwrap_err().to_string(),
            "parameter `ids` = `4 values` are more than the maximum 3"
        );
    }

    #[test]
    fn a_field_is_named_by_its_path_in_the_body() {
        let inner = field::length("name", None, "abcdef", None, Some(3));
        let error = field::within_item("routes", 2, inner).unwrap_err();
        assert_eq!(
            error.to_string(),
            "body field `routes[2].name` = `abcdef` is longer than 3 characters"
        );
        let tag = field::pattern("tags", Some(1), "x y", "^[a-z]+$");
        let error = field::within("settings", tag).unwrap_err();
        assert!(
            matches!(&error, BuildError::InvalidField { path, .. } if path == "settings.tags[1]"),
            "{error:?}"
        );
        assert!(field::items("tags", 0, Some(1), None).is_err());
        assert!(field::range("priority", None, 5, Some(1), Some(9)).is_ok());
        // Other errors pass through unchanged.
        let other = field::within("a", Err(BuildError::InvalidCredentials)).unwrap_err();
        assert!(matches!(other, BuildError::InvalidCredentials));
    }

    #[test]
    fn a_pattern_is_compiled_once_and_checked_every_time() {
        for _ in 0..3 {
            assert!(pattern("id", "12065551234", "^[0-9]{11}$").is_ok());
            assert!(pattern("id", "1206555123", "^[0-9]{11}$").is_err());
        }
        let first = compiled("^[0-9]{11}$").unwrap();
        assert!(Arc::ptr_eq(&first, &compiled("^[0-9]{11}$").unwrap()));
        // A pattern the engine cannot compile rejects nothing, every time.
        assert!(compiled("(").is_none());
        assert!(pattern("id", "anything", "(").is_ok());
        assert!(pattern("id", "anything", "(").is_ok());
    }
}
