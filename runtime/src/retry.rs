//! When and how long to wait before trying a request again.

use std::hash::{BuildHasher, Hasher};
use std::time::{Duration, SystemTime};

use http::{HeaderMap, StatusCode};

/// How a client retries. The default retries a safe operation (GET, HEAD,
/// PUT, DELETE, or one the spec marks `x-idempotent`) on a connection
/// failure, a timeout, or a 408, 429, 500, 502, 503 or 504 reply, up to three
/// attempts, with exponential backoff and full jitter, honouring
/// `Retry-After` up to [`RetryPolicy::max_retry_after`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included; 1 disables retries.
    pub max_attempts: u32,
    /// The backoff before the second attempt; it doubles after each attempt.
    pub base_delay: Duration,
    /// No single wait is longer than this (without `Retry-After`).
    pub max_delay: Duration,
    /// A `Retry-After` longer than this is not waited for: the reply is returned.
    pub max_retry_after: Duration,
    /// No retry starts once this much time has passed since the first attempt.
    pub max_elapsed: Duration,
    /// The reply statuses that are retried.
    pub statuses: Vec<u16>,
    /// Also retry operations that are not safe to repeat (a POST that creates).
    pub non_idempotent: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            base_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(30),
            max_elapsed: Duration::from_secs(60),
            statuses: vec![408, 429, 500, 502, 503, 504],
            non_idempotent: false,
        }
    }
}

impl RetryPolicy {
    /// One attempt, never a retry.
    pub fn disabled() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// Whether a reply with `status` is worth another attempt.
    pub fn retries_status(&self, status: StatusCode) -> bool {
        self.statuses.contains(&status.as_u16())
    }

    /// The wait before attempt `attempt + 1` (`attempt` counts from 1): the
    /// reply's `Retry-After` when there is one (`None` when it is longer than
    /// allowed), else a random wait up to the exponential backoff.
    pub fn delay(&self, attempt: u32, retry_after: Option<Duration>) -> Option<Duration> {
        if let Some(wait) = retry_after {
            return (wait <= self.max_retry_after).then_some(wait);
        }
        let exponent = attempt.saturating_sub(1).min(30);
        let ceiling = self
            .base_delay
            .saturating_mul(1 << exponent)
            .min(self.max_delay);
        Some(ceiling.mul_f64(jitter()))
    }
}

/// A uniformly random fraction in [0, 1): "full jitter".
fn jitter() -> f64 {
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.as_nanos()),
    );
    (hasher.finish() >> 11) as f64 / (1u64 << 53) as f64
}

/// The wait a reply asks for in `Retry-After` (RFC 9110, section 10.2.3):
/// delay-seconds (digits only: no sign, point or space inside) or an
/// HTTP-date in any of the three formats recipients must accept
/// (`Sun, 06 Nov 1994 08:49:37 GMT`, `Sunday, 06-Nov-94 08:49:37 GMT`,
/// `Sun Nov  6 08:49:37 1994`). A date in the past is no wait. More seconds
/// than a `u64` holds is [`Duration::MAX`]: longer than any cap, so the reply
/// is returned at once. Anything else (`+1`, `-1`, `1.5`, `soon`, a second
/// `Retry-After`) is as if the header were absent: `None`.
pub fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let mut values = headers.get_all(http::header::RETRY_AFTER).iter();
    let value = values.next()?;
    if values.next().is_some() {
        // A field defined as one value, sent twice: neither can be trusted.
        return None;
    }
    // Optional whitespace around a field value is not part of it.
    let value = std::str::from_utf8(value.as_bytes())
        .ok()?
        .trim_matches([' ', '\t']);
    if !value.is_empty() && value.bytes().all(|byte| byte.is_ascii_digit()) {
        // Digits only, so parsing fails on overflow alone.
        let seconds = value
            .parse::<u64>()
            .map_or(Duration::MAX, Duration::from_secs);
        return Some(seconds);
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Retry-After: value`, read at Sun, 06 Nov 1994 08:49:37 GMT.
    fn read(value: &str) -> Option<Duration> {
        let mut headers = HeaderMap::new();
        headers.insert("retry-after", value.parse().unwrap());
        retry_after(
            &headers,
            SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777),
        )
    }

    #[test]
    fn retry_after_takes_delay_seconds_digits_only() {
        assert_eq!(read("120"), Some(Duration::from_secs(120)));
        assert_eq!(read("0"), Some(Duration::ZERO));
        assert_eq!(read("007"), Some(Duration::from_secs(7)));
        assert_eq!(read(" 1\t"), Some(Duration::from_secs(1)));
        assert_eq!(
            read("18446744073709551615"),
            Some(Duration::from_secs(u64::MAX))
        );
        assert_eq!(read("18446744073709551616"), Some(Duration::MAX));
        assert_eq!(read("99999999999999999999"), Some(Duration::MAX));
        for invalid in ["+1", "-1", "1.5", "1 2", "1s", "0x10", "", "soon", "١"] {
            assert_eq!(read(invalid), None, "{invalid:?}");
        }
    }

    #[test]
    fn retry_after_takes_an_http_date_in_all_three_formats() {
        for date in [
            "Sun, 06 Nov 1994 08:50:07 GMT",
            "Sunday, 06-Nov-94 08:50:07 GMT",
            "Sun Nov  6 08:50:07 1994",
        ] {
            assert_eq!(read(date), Some(Duration::from_secs(30)), "{date}");
        }
        assert_eq!(read("Sun, 06 Nov 1994 08:00:00 GMT"), Some(Duration::ZERO));
        assert_eq!(read("Thu, 01 Jan 1970 00:00:00 GMT"), Some(Duration::ZERO));
        // A wrong weekday, a time zone other than GMT, a year past 9999.
        for invalid in [
            "Mon, 06 Nov 1994 08:50:07 GMT",
            "Sun, 06 Nov 1994 08:50:07 PST",
            "Sun, 06 Nov 19940 08:50:07 GMT",
        ] {
            assert_eq!(read(invalid), None, "{invalid:?}");
        }
        let mut headers = HeaderMap::new();
        headers.append("retry-after", "1".parse().unwrap());
        headers.append("retry-after", "2".parse().unwrap());
        assert_eq!(retry_after(&headers, SystemTime::now()), None);
    }

    #[test]
    fn backoff_doubles_is_capped_and_jittered() {
        let policy = RetryPolicy::default();
        for attempt in 1..10 {
            let ceiling =
                Duration::from_millis(250 * (1 << (attempt - 1))).min(Duration::from_secs(8));
            let delay = policy.delay(attempt, None).unwrap();
            assert!(
                delay < ceiling,
                "attempt {attempt}: {delay:?} ≥ {ceiling:?}"
            );
        }
        assert_eq!(
            policy.delay(1, Some(Duration::from_secs(1))),
            Some(Duration::from_secs(1))
        );
        assert_eq!(policy.delay(1, Some(Duration::from_secs(31))), None);
    }
}
