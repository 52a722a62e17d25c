//! The credentials a client sends: fixed ones (a bearer token, Basic, API
//! keys), bearer tokens a [`TokenSource`](crate::TokenSource) issues, or
//! several of them together; where each goes on a request, and how their
//! secrets are kept out of everything the client shows.

use std::borrow::Cow;

use base64::Engine as _;
use http::{HeaderName, HeaderValue};
use percent_encoding::utf8_percent_encode;

use crate::BuildError;
use crate::request::COMPONENT;
use crate::token::TokenCache;

/// The credentials a client sends.
///
/// Each provider module wraps this in its own `Auth` type that only offers the
/// schemes its spec declares, so a Flowroute client cannot be given a bearer
/// token by mistake.
#[derive(Clone, PartialEq, Eq)]
pub enum Credentials {
    /// `Authorization: Bearer <token>`.
    Bearer(String),
    /// `Authorization: Basic base64(<username>:<password>)`.
    Basic {
        /// The user name (Flowroute calls it the access key).
        username: String,
        /// The password (Flowroute calls it the secret key).
        password: String,
    },
    /// An API key, sent where the spec's `apiKey` scheme says.
    ApiKey {
        /// Header, query parameter or cookie.
        location: ApiKeyLocation,
        /// The header, query parameter or cookie name.
        name: String,
        /// The key.
        key: String,
    },
    /// `Authorization: Bearer <token>` with tokens a token source issues:
    /// fetched when a call needs one, cached until shortly before they
    /// expire, renewed once when the server refuses one.
    Tokens(TokenCache),
    /// Several credentials sent together (a security requirement that
    /// names several schemes: an API key and its secret, two headers).
    All(Vec<Credentials>),
    /// No credentials at all.
    None,
}

/// What [`Credentials::parts`] goes through.
enum Parts<'a> {
    One(Option<&'a Credentials>),
    Many(std::vec::IntoIter<&'a Credentials>),
}

impl<'a> Iterator for Parts<'a> {
    type Item = &'a Credentials;

    fn next(&mut self) -> Option<&'a Credentials> {
        match self {
            Parts::One(part) => part.take(),
            Parts::Many(parts) => parts.next(),
        }
    }
}

/// Where an API key goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiKeyLocation {
    /// A request header named after the scheme.
    Header,
    /// A query parameter.
    Query,
    /// A cookie (`Cookie: <name>=<key>`).
    Cookie,
}

impl Credentials {
    /// Credentials whose bearer tokens `source` issues, cached per scope.
    pub fn tokens(source: impl crate::TokenSource + 'static) -> Self {
        Credentials::Tokens(TokenCache::new(source))
    }

    /// Each credential these are made of (several for [`Credentials::All`]).
    /// Runs several times a `build()`: only combined credentials allocate.
    fn parts(&self) -> Parts<'_> {
        match self {
            Credentials::All(parts) => Parts::Many(
                parts
                    .iter()
                    .flat_map(Credentials::parts)
                    .collect::<Vec<_>>()
                    .into_iter(),
            ),
            Credentials::None => Parts::One(None),
            single => Parts::One(Some(single)),
        }
    }

    /// The token cache, when these credentials' bearer tokens come from a
    /// token source.
    pub fn token_cache(&self) -> Option<&TokenCache> {
        self.parts().find_map(|part| match part {
            Credentials::Tokens(cache) => Some(cache),
            _ => None,
        })
    }

    /// The `Authorization` header value: a bearer token, Basic, or the
    /// token a token cache holds for `url` (the request's URL without its
    /// query) when it holds a fresh one; `None` if there is none.
    pub fn header_value(&self, url: &str) -> Result<Option<HeaderValue>, BuildError> {
        for part in self.parts() {
            let text = match part {
                Credentials::Bearer(token) => bearer(token),
                Credentials::Basic { username, password } => basic(username, password),
                Credentials::Tokens(cache) => match cache.peek(url) {
                    Some(token) => bearer(token.secret()),
                    None => continue,
                },
                _ => continue,
            };
            return sensitive(text).map(Some);
        }
        Ok(None)
    }

    /// The headers API keys in a header or a cookie are sent in (several
    /// cookie keys share one `Cookie` header).
    pub fn key_headers(&self) -> Result<Vec<(HeaderName, HeaderValue)>, BuildError> {
        let mut headers = Vec::new();
        let mut cookies = Vec::new();
        for part in self.parts() {
            let Credentials::ApiKey {
                location,
                name,
                key,
            } = part
            else {
                continue;
            };
            match location {
                ApiKeyLocation::Header => headers.push((
                    HeaderName::from_bytes(name.as_bytes())
                        .map_err(|_| BuildError::InvalidCredentials)?,
                    sensitive(key.clone())?,
                )),
                ApiKeyLocation::Cookie => cookies.push(format!("{name}={key}")),
                ApiKeyLocation::Query => {}
            }
        }
        if !cookies.is_empty() {
            headers.push((http::header::COOKIE, sensitive(cookies.join("; "))?));
        }
        Ok(headers)
    }

    /// The query pairs API keys in the query are sent as.
    pub fn key_queries(&self) -> Vec<(&str, &str)> {
        self.parts()
            .filter_map(|part| match part {
                Credentials::ApiKey {
                    location: ApiKeyLocation::Query,
                    name,
                    key,
                } => Some((name.as_str(), key.as_str())),
                _ => None,
            })
            .collect()
    }
}

fn bearer(token: &str) -> String {
    let mut text = String::with_capacity("Bearer ".len() + token.len());
    text.push_str("Bearer ");
    text.push_str(token);
    text
}

fn basic(username: &str, password: &str) -> String {
    // Built in place and handed to `HeaderValue` without another copy:
    // this runs on every `build()`.
    let mut pair = String::with_capacity(username.len() + 1 + password.len());
    pair.push_str(username);
    pair.push(':');
    pair.push_str(password);
    let mut text = String::with_capacity("Basic ".len() + pair.len().div_ceil(3) * 4);
    text.push_str("Basic ");
    base64::engine::general_purpose::STANDARD.encode_string(pair, &mut text);
    text
}

/// A header value marked sensitive (`Debug` shows `Sensitive`).
pub(crate) fn sensitive(text: String) -> Result<HeaderValue, BuildError> {
    let mut value = HeaderValue::try_from(text).map_err(|_| BuildError::InvalidCredentials)?;
    value.set_sensitive(true);
    Ok(value)
}

/// `Authorization: Bearer <token>`, marked sensitive.
pub(crate) fn bearer_header(token: &str) -> Result<HeaderValue, BuildError> {
    sensitive(bearer(token))
}

impl Credentials {
    /// What is shown instead of a secret.
    pub const REDACTED: &'static str = "***";

    /// The secrets these credentials send, each as it could appear in a URL
    /// or a message: the token, the password, the `user:password` pair in
    /// base64, the key, a token source's secrets and every token it issued
    /// that is still held; as given and percent-encoded.
    pub(crate) fn secrets(&self) -> Vec<String> {
        let mut given = Vec::new();
        for part in self.parts() {
            match part {
                Credentials::Bearer(token) => given.push(token.clone()),
                Credentials::Basic { username, password } => {
                    given.push(password.clone());
                    given.push(
                        base64::engine::general_purpose::STANDARD
                            .encode(format!("{username}:{password}")),
                    );
                }
                Credentials::ApiKey { key, .. } => given.push(key.clone()),
                Credentials::Tokens(cache) => given.extend(cache.secrets()),
                Credentials::All(_) | Credentials::None => {}
            }
        }
        secret_forms(given)
    }

    /// `text` with every secret of these credentials replaced by
    /// [`REDACTED`](Self::REDACTED): for a URL or a message that may hold one
    /// (a query API key, a `Location` a server echoed it in).
    pub fn redact<'t>(&self, text: &'t str) -> Cow<'t, str> {
        redact_all(&self.secrets(), text)
    }
}

/// Each secret as given and percent-encoded, longest first, empty ones out.
pub(crate) fn secret_forms(given: Vec<String>) -> Vec<String> {
    let mut secrets = Vec::with_capacity(given.len() * 2);
    for secret in given.into_iter().filter(|secret| !secret.is_empty()) {
        let encoded = utf8_percent_encode(&secret, COMPONENT).to_string();
        if encoded != secret {
            secrets.push(encoded);
        }
        secrets.push(secret);
    }
    // Longest first, so no shorter secret cuts a longer one in two.
    secrets.sort_by_key(|secret| std::cmp::Reverse(secret.len()));
    secrets.dedup();
    secrets
}

/// Secrets shorter than this (in bytes) are replaced only where they stand
/// alone. A short one turns up inside ordinary words (a password `e` in
/// "error sending request"): replaced there, it would garble the text and
/// spell the secret out by where the `***`s fall.
const SHORT_SECRET: usize = 8;

/// `text` with every one of `secrets` replaced by `***`: everywhere for a
/// secret of 8 bytes or more, and for a shorter one where it stands alone,
/// no letter, digit or `_` of the same word glued to either end (a short key
/// in `?api_key=k&…`, after `%3D` or `\n`, after `Bearer ` or in quotes is
/// replaced; the same letters inside a word are not).
pub(crate) fn redact_all<'t>(secrets: &[String], text: &'t str) -> Cow<'t, str> {
    let mut text = Cow::Borrowed(text);
    for secret in secrets {
        if let Some(redacted) = without_secret(&text, secret) {
            text = Cow::Owned(redacted);
        }
    }
    text
}

/// `text` with `secret` replaced (see [`redact_all`]), if it is there.
fn without_secret(text: &str, secret: &str) -> Option<String> {
    let (Some(first), Some(last)) = (secret.chars().next(), secret.chars().next_back()) else {
        return None;
    };
    let short = secret.len() < SHORT_SECRET;
    let mut out: Option<String> = None;
    let (mut copied, mut from) = (0, 0);
    while let Some(found) = text.get(from..).and_then(|rest| rest.find(secret)) {
        let at = from + found;
        let end = at + secret.len();
        let (head, tail) = (&text[..at], &text[end..]);
        let alone = !short
            || ((escaped(head) || head.chars().next_back().is_none_or(|c| !glued(c, first)))
                && tail.chars().next().is_none_or(|c| !glued(last, c)));
        if !alone {
            // Overlapping occurrences are looked at too: the next one may
            // stand alone.
            from = at + first.len_utf8();
            continue;
        }
        let out = out.get_or_insert_with(|| String::with_capacity(text.len()));
        out.push_str(&text[copied..at]);
        out.push_str(Credentials::REDACTED);
        (copied, from) = (end, end);
    }
    let mut out = out?;
    out.push_str(&text[copied..]);
    Some(out)
}

/// Whether `a` then `b` are one word: both letters, digits or `_`, of the
/// Latin script both or neither (a short secret beside `“`, a non-breaking
/// space or CJK text stands alone; beside other letters of its word, `é`
/// in `café`, it does not).
fn glued(a: char, b: char) -> bool {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    // ASCII, Latin-1 and Latin Extended-A and -B.
    let latin = |c: char| u32::from(c) < 0x250;
    word(a) && word(b) && latin(a) == latin(b)
}

/// Whether `head` ends with an escape whose last character is a letter or
/// digit but not part of the word that follows: a percent-encoded byte
/// (`%3D`, a link encoded in another's query) or a backslash escape (`\n`,
/// in `Debug` text).
fn escaped(head: &str) -> bool {
    let bytes = head.as_bytes();
    let percent = bytes.len() >= 3
        && bytes[bytes.len() - 3] == b'%'
        && bytes[bytes.len() - 2..].iter().all(u8::is_ascii_hexdigit);
    let backslash = bytes.len() >= 2 && bytes[bytes.len() - 2] == b'\\';
    percent || backslash
}

/// Credentials are secrets: `Debug` shows the scheme only.
impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Credentials::Bearer(_) => f.write_str("Bearer(***)"),
            Credentials::Basic { username, .. } => write!(f, "Basic({username}:***)"),
            Credentials::ApiKey { location, name, .. } => {
                write!(f, "ApiKey({location:?} {name}: ***)")
            }
            Credentials::Tokens(cache) => write!(f, "Tokens({cache:?})"),
            Credentials::All(parts) => f.debug_list().entries(parts).finish(),
            Credentials::None => f.write_str("None"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_secret_is_redacted_as_given_and_percent_encoded() {
        let key = Credentials::ApiKey {
            location: ApiKeyLocation::Query,
            name: "api_key".into(),
            key: "k/y z".into(),
        };
        assert_eq!(
            key.redact("http://h/s?q=1&api_key=k%2Fy%20z and k/y z"),
            "http://h/s?q=1&api_key=*** and ***"
        );
        let basic = Credentials::Basic {
            username: "user".into(),
            password: "pass".into(),
        };
        assert_eq!(
            basic.redact("Basic dXNlcjpwYXNz user:pass"),
            "Basic *** user:***"
        );
        assert_eq!(
            Credentials::Bearer("t0k".into()).redact("Bearer t0k"),
            "Bearer ***"
        );
        assert!(matches!(
            Credentials::Bearer(String::new()).redact("nothing to hide"),
            Cow::Borrowed("nothing to hide")
        ));
        assert_eq!(Credentials::None.redact("x"), "x");
        let both = Credentials::All(vec![key, basic]);
        assert_eq!(both.redact("k/y z pass"), "*** ***");
    }

    #[test]
    fn a_short_secret_is_redacted_where_it_stands_alone_and_nowhere_else() {
        let redact = |secret: &str, text: &str| {
            redact_all(&secret_forms(vec![secret.into()]), text).into_owned()
        };
        // Inside words: left alone, so the text is not garbled and the
        // `***`s do not spell the secret out.
        let text = "could not connect: error sending request (3 attempts)";
        for secret in ["e", "s", "re", "r s", "nd"] {
            assert_eq!(redact(secret, text), text, "{secret:?}");
        }
        // Standing alone: replaced, as given and percent-encoded.
        assert_eq!(
            redact("e", "http://h/x?api_key=e&ex=1 e"),
            "http://h/x?api_key=***&ex=1 ***"
        );
        assert_eq!(redact("k/y", "key=k%2Fy, k/y."), "key=***, ***.");
        assert_eq!(redact("t0k", "Bearer t0k"), "Bearer ***");
        assert_eq!(redact("ab", "(ab)\"ab\""), "(***)\"***\"");
        assert_eq!(redact("é", "café é"), "café ***");
        // Beside a character of another kind, or after an escape: alone.
        assert_eq!(
            redact("e1", "/login?next=%2Fx%3Fapi_key%3De1%26y"),
            "/login?next=%2Fx%3Fapi_key%3D***%26y"
        );
        assert_eq!(
            redact("abc", "“abc” «abc» abc\u{a0}x abc…"),
            "“***” «***» ***\u{a0}x ***…"
        );
        assert_eq!(redact("abc", "密码abc错误"), "密码***错误");
        assert_eq!(redact("abc", "line\\nabc"), "line\\n***");
        assert_eq!(redact("abc", "xabc abcx"), "xabc abcx");
        // An occurrence glued to a word does not hide the next one.
        assert_eq!(redact("aa", "aaa aa"), "aaa ***");
        // A secret that starts or ends with a separator is replaced wherever
        // that end is.
        assert_eq!(redact("-x", "a-x b"), "a*** b");
        // From 8 bytes on, a secret is replaced wherever it is.
        assert_eq!(redact("secret12", "xsecret12y secret12"), "x***y ***");
        assert!(matches!(
            redact_all(&secret_forms(vec!["e".into()]), "error"),
            Cow::Borrowed("error")
        ));
    }

    #[test]
    fn several_credentials_are_all_sent() {
        let key = |location, name: &str, key: &str| Credentials::ApiKey {
            location,
            name: name.into(),
            key: key.into(),
        };
        let all = Credentials::All(vec![
            key(ApiKeyLocation::Query, "api_key", "k"),
            key(ApiKeyLocation::Query, "api_secret", "s"),
            key(ApiKeyLocation::Header, "X-Client-Id", "c"),
            key(ApiKeyLocation::Cookie, "a", "1"),
            key(ApiKeyLocation::Cookie, "b", "2"),
            Credentials::Bearer("t".into()),
        ]);
        assert_eq!(all.key_queries(), [("api_key", "k"), ("api_secret", "s")]);
        let headers = all.key_headers().unwrap();
        assert_eq!(headers.len(), 2);
        assert_eq!(headers[0].0, "x-client-id");
        assert_eq!(headers[0].1, "c");
        assert_eq!(headers[1].0, "cookie");
        assert_eq!(headers[1].1, "a=1; b=2");
        assert!(headers.iter().all(|(_, value)| value.is_sensitive()));
        assert_eq!(all.header_value("http://h/").unwrap().unwrap(), "Bearer t");
    }
}
