//! The constraints of parameters' schemas, checked by `build()` so a value the
//! provider would reject never leaves the client.

use std::collections::HashMap;
use std::sync::{Arc, PoisonError, RwLock};

use regex_lite::Regex;

use crate::BuildError;

/// `value` must match the spec's `pattern` (a regular expression, searched
/// anywhere unless anchored with `^…$`, as JSON Schema says).
pub fn pattern(name: &'static str, value: &str, pattern: &'static str) -> Result<(), BuildError> {
    // The generator has compiled every pattern it emits, so this only fails
    // if the regex engine changed underneath; then nothing is rejected.
    let matches = compiled(pattern).is_none_or(|regex| regex.is_match(value));
    if matches {
        return Ok(());
    }
    Err(BuildError::InvalidParameter {
        name,
        value: value.to_owned(),
        reason: format!("does not match the pattern `{pattern}`"),
    })
}

/// `pattern`, compiled once per process: compiling costs far more than
/// matching (about 20 000 instructions against a few hundred for an
/// 11-digit phone number), and every `build()` of an operation with a
/// pattern-checked parameter asks again. The patterns are the generated
/// code's `&'static str`s, so the cache holds a bounded set.
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

/// `value` must have between `min` and `max` characters.
pub fn length(
    name: &'static str,
    value: &str,
    min: Option<u64>,
    max: Option<u64>,
) -> Result<(), BuildError> {
    let count = value.chars().count() as u64;
    let reason = match (min, max) {
        (Some(min), _) if count < min => format!("is shorter than {min} characters"),
        (_, Some(max)) if count > max => format!("is longer than {max} characters"),
        _ => return Ok(()),
    };
    Err(BuildError::InvalidParameter {
        name,
        value: value.to_owned(),
        reason,
    })
}

/// `value` must lie between `min` and `max`, inclusive.
pub fn range(
    name: &'static str,
    value: i64,
    min: Option<i64>,
    max: Option<i64>,
) -> Result<(), BuildError> {
    let reason = match (min, max) {
        (Some(min), _) if value < min => format!("is less than the minimum {min}"),
        (_, Some(max)) if value > max => format!("is more than the maximum {max}"),
        _ => return Ok(()),
    };
    Err(BuildError::InvalidParameter {
        name,
        value: value.to_string(),
        reason,
    })
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
