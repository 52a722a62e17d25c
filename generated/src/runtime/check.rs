//! The constraints of parameters' schemas, checked by `build()` so a value the
//! provider would reject never leaves the client.

use super::BuildError;

/// `value` must match the spec's `pattern` (a regular expression, searched
/// anywhere unless anchored with `^…$`, as JSON Schema says).
pub fn pattern(name: &'static str, value: &str, pattern: &'static str) -> Result<(), BuildError> {
    // The generator has compiled every pattern it emits, so this only fails
    // if the regex engine changed underneath; then nothing is rejected.
    let matches = regex_lite::Regex::new(pattern).map_or(true, |regex| regex.is_match(value));
    if matches {
        return Ok(());
    }
    Err(BuildError::InvalidParameter {
        name,
        value: value.to_owned(),
        reason: format!("does not match the pattern `{pattern}`"),
    })
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
}
