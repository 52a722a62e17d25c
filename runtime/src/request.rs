use http::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE};
use http::{HeaderName, HeaderValue, Method};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use std::borrow::Borrow;

use crate::BuildError;
use crate::auth::Credentials;
use crate::client::Authenticated;

/// Everything but RFC 3986 "unreserved" characters is percent-encoded, so a
/// value can never change the shape of a path or a query.
pub(crate) const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// `template` (a server URL of the spec) with each `{name}` replaced by its
/// value, percent-encoded so that it stays one part of the URL.
pub fn fill_server_url(template: &str, values: &[(&str, String)]) -> String {
    let mut url = template.to_owned();
    for (name, value) in values {
        let encoded = utf8_percent_encode(value, COMPONENT).to_string();
        url = url.replace(&format!("{{{name}}}"), &encoded);
    }
    url
}

/// Assembles one HTTP request: the generated builders feed it the path
/// segments, query pairs, headers and body, and get an [`http::Request`] back.
#[derive(Debug)]
pub struct RequestBuilder {
    method: Method,
    url: String,
    /// Each pair's name and value, and whether the value is percent-encoded
    /// already (a joined list, whose delimiters stay as they are).
    query: Vec<(String, String, bool)>,
    headers: Vec<(HeaderName, HeaderValue)>,
    body: Option<(HeaderValue, Vec<u8>)>,
    accept: Option<&'static str>,
    error: Option<BuildError>,
}

impl RequestBuilder {
    /// Starts a request to `base_url` (without a trailing slash) with `method`.
    pub fn new(method: Method, base_url: &str) -> Self {
        let base_url = base_url.trim_end_matches('/');
        // Room for a typical path and query, so appending them rarely
        // reallocates.
        let mut url = String::with_capacity(base_url.len() + 128);
        url.push_str(base_url);
        RequestBuilder {
            method,
            url,
            query: Vec::new(),
            headers: Vec::new(),
            body: None,
            accept: None,
            error: None,
        }
    }

    /// Goes to `url` (a next page's link from a reply) instead of the base
    /// URL: relative to the base URL, or absolute on the base URL's origin.
    /// A link to another origin is refused ([`BuildError::InvalidUrl`]):
    /// the request carries the client's credentials. Call it first; the
    /// link is the whole path and query.
    pub fn at_url(mut self, url: &str) -> Self {
        // The link as an error shows it: without its query, where a server
        // may have echoed a query API key.
        let shown = || url.split(['?', '#']).next().unwrap_or_default().to_owned();
        let target = reqwest::Url::parse(&self.url).and_then(|base| {
            let target = base.join(url)?;
            Ok((base, target))
        });
        match target {
            Ok((base, target)) if base.origin() == target.origin() => {
                self.url = target.to_string();
            }
            Ok(_) => {
                self.error = Some(BuildError::InvalidUrl {
                    url: shown(),
                    reason: "the next page's link is on another origin than the client's base URL"
                        .to_owned(),
                })
            }
            Err(error) => {
                self.error = Some(BuildError::InvalidUrl {
                    url: shown(),
                    reason: error.to_string(),
                })
            }
        }
        self
    }

    /// Appends a literal part of the path template, as written in the spec.
    pub fn literal(mut self, text: &str) -> Self {
        self.url.push_str(text);
        self
    }

    /// Appends a path parameter's value, percent-encoded so that it stays one
    /// segment: `/`, `?` and `#` are encoded. A value of `.` or `..` cannot
    /// be: URL parsers (the WHATWG URL standard, reqwest's `url`) read `%2E`
    /// as `.` and remove such segments; an empty value would address the
    /// collection. [`build`](Self::build) refuses all three
    /// ([`BuildError::InvalidPathSegment`]).
    pub fn path_param(mut self, value: &str) -> Self {
        match value {
            "" | "." | ".." => {
                self.error = Some(BuildError::InvalidPathSegment {
                    value: value.to_owned(),
                });
            }
            _ => self.url.extend(utf8_percent_encode(value, COMPONENT)),
        }
        self
    }

    /// Adds one `name=value` query pair; both are percent-encoded.
    pub fn query(mut self, name: &str, value: &str) -> Self {
        self.query.push((name.to_owned(), value.to_owned(), false));
        self
    }

    /// Adds `name=value` when `value` is set (an optional parameter), the
    /// value as `Display` writes it: text as it is, a number or an enum as
    /// its wire text.
    pub fn query_opt<V: std::fmt::Display + ?Sized>(
        mut self,
        name: &str,
        value: Option<&V>,
    ) -> Self {
        if let Some(value) = value {
            self.query.push((name.to_owned(), value.to_string(), false));
        }
        self
    }

    /// Adds one `name=value` pair for each of `values` (a list parameter,
    /// `explode: true`), in order.
    pub fn query_each<'v, V: std::fmt::Display + ?Sized + 'v>(
        mut self,
        name: &str,
        values: impl IntoIterator<Item = &'v V>,
    ) -> Self {
        for value in values {
            self.query.push((name.to_owned(), value.to_string(), false));
        }
        self
    }

    /// Adds a header parameter.
    pub fn header(mut self, name: &'static str, value: &str) -> Self {
        match HeaderValue::from_str(value) {
            Ok(value) => self.headers.push((HeaderName::from_static(name), value)),
            Err(_) => self.error = Some(BuildError::InvalidHeader { name }),
        }
        self
    }

    /// Adds a header parameter when `value` is set, as `Display` writes it.
    pub fn header_opt<V: std::fmt::Display + ?Sized>(
        self,
        name: &'static str,
        value: Option<&V>,
    ) -> Self {
        match value {
            Some(value) => self.header(name, &value.to_string()),
            None => self,
        }
    }

    /// Adds the header once for each of `values`, in order.
    pub fn header_each<'v, V: std::fmt::Display + ?Sized + 'v>(
        self,
        name: &'static str,
        values: impl IntoIterator<Item = &'v V>,
    ) -> Self {
        values.into_iter().fold(self, |request, value| {
            request.header(name, &value.to_string())
        })
    }

    /// Sets the `Accept` header to the media types the operation documents.
    pub fn accept(mut self, media_types: &'static str) -> Self {
        self.accept = Some(media_types);
        self
    }

    /// Sets a JSON body, serialized with serde, sent as `content_type`.
    pub fn json_body<T: serde::Serialize>(mut self, content_type: &'static str, body: &T) -> Self {
        match serde_json::to_vec(body) {
            Ok(bytes) => self.body = Some((HeaderValue::from_static(content_type), bytes)),
            Err(error) => self.error = Some(BuildError::Body(error)),
        }
        self
    }

    /// Sets an `application/x-www-form-urlencoded` body (see
    /// [`form_encode`](crate::body::form_encode)).
    pub fn form_body<T: serde::Serialize>(
        mut self,
        content_type: &'static str,
        body: &T,
        deep: &[&str],
    ) -> Self {
        match crate::body::form_encode(body, deep) {
            Ok(bytes) => self.body = Some((HeaderValue::from_static(content_type), bytes)),
            Err(error) => self.error = Some(error),
        }
        self
    }

    /// Sets a `multipart/form-data` body (see
    /// [`multipart_encode`](crate::body::multipart_encode)).
    pub fn multipart_body<T: serde::Serialize>(mut self, body: &T, files: &[&str]) -> Self {
        match crate::body::multipart_encode(body, files) {
            Ok((content_type, bytes)) => match HeaderValue::from_str(&content_type) {
                Ok(content_type) => self.body = Some((content_type, bytes)),
                Err(_) => {
                    self.error = Some(BuildError::InvalidHeader {
                        name: "content-type",
                    })
                }
            },
            Err(error) => self.error = Some(error),
        }
        self
    }

    /// Sets a body of text, sent as it is.
    pub fn text_body(mut self, content_type: &'static str, body: &str) -> Self {
        self.body = Some((
            HeaderValue::from_static(content_type),
            body.as_bytes().to_vec(),
        ));
        self
    }

    /// Sets a body of raw bytes.
    pub fn bytes_body(mut self, content_type: &'static str, body: &[u8]) -> Self {
        self.body = Some((HeaderValue::from_static(content_type), body.to_vec()));
        self
    }

    /// Adds a structured query parameter (an object, an array of objects, a
    /// union) as `name=value` pairs (see [`query_pairs`](crate::body::query_pairs)).
    pub fn query_value<T: serde::Serialize>(mut self, name: &str, value: &T, deep: bool) -> Self {
        match crate::body::query_pairs(name, value, deep) {
            Ok(pairs) => self
                .query
                .extend(pairs.into_iter().map(|(name, value)| (name, value, false))),
            Err(error) => self.error = Some(error),
        }
        self
    }

    /// Adds a query parameter whose list (or object) is one pair, its
    /// values joined by `delimiter`: `form` with `explode: false`
    /// (`name=a,b`, an object as `name=k1,v1,k2,v2`), `spaceDelimited`
    /// (`name=a%20b`), `pipeDelimited` (`name=a%7Cb`). An empty list or
    /// object sends nothing, a required one too (the styles have no way to
    /// write it). An object's keys come in the order of its JSON form.
    pub fn query_joined<T: serde::Serialize>(
        mut self,
        name: &str,
        value: &T,
        delimiter: char,
    ) -> Self {
        match crate::body::joined(value) {
            Ok(items) if items.is_empty() => {}
            Ok(items) => {
                // Each value percent-encoded. A comma between values stays
                // a comma (RFC 6570's form expansion), so one inside a value
                // (`%2C`) is told apart; a space or a pipe must be encoded
                // between values too, so one inside a value is not.
                let delimiter = match delimiter {
                    ',' => ",".to_owned(),
                    other => {
                        utf8_percent_encode(other.encode_utf8(&mut [0; 4]), COMPONENT).to_string()
                    }
                };
                let encoded: Vec<String> = items
                    .iter()
                    .map(|item| utf8_percent_encode(item, COMPONENT).to_string())
                    .collect();
                self.query
                    .push((name.to_owned(), encoded.join(&delimiter), true));
            }
            Err(error) => self.error = Some(error),
        }
        self
    }

    /// Appends a structured path parameter in the `simple` style (see
    /// [`simple_style`](crate::body::simple_style)).
    pub fn path_value<T: serde::Serialize>(mut self, value: &T) -> Self {
        match crate::body::simple_style(value) {
            Ok(text) => self.path_param(&text),
            Err(error) => {
                self.error = Some(error);
                self
            }
        }
    }

    /// Adds a structured header parameter in the `simple` style.
    pub fn header_value<T: serde::Serialize>(mut self, name: &'static str, value: &T) -> Self {
        match crate::body::simple_style(value) {
            Ok(text) => self.header(name, &text),
            Err(error) => {
                self.error = Some(error);
                self
            }
        }
    }

    /// Adds a query parameter whose value is its JSON text (a parameter the
    /// spec describes by `content: application/json`).
    pub fn query_json<T: serde::Serialize>(mut self, name: &str, value: &T) -> Self {
        match serde_json::to_string(value) {
            Ok(text) => self.query.push((name.to_owned(), text, false)),
            Err(error) => self.error = Some(error.into()),
        }
        self
    }

    /// Appends a path parameter whose value is its JSON text.
    pub fn path_json<T: serde::Serialize>(mut self, value: &T) -> Self {
        match serde_json::to_string(value) {
            Ok(text) => self.path_param(&text),
            Err(error) => {
                self.error = Some(error.into());
                self
            }
        }
    }

    /// Adds a header parameter whose value is its JSON text.
    pub fn header_json<T: serde::Serialize>(mut self, name: &'static str, value: &T) -> Self {
        match serde_json::to_string(value) {
            Ok(text) => self.header(name, &text),
            Err(error) => {
                self.error = Some(error.into());
                self
            }
        }
    }

    /// Finishes the request, adding what `credentials` send (an
    /// `Authorization` header, API keys). Credentials whose tokens come
    /// from a token source add the token they hold, if a fresh one;
    /// `send()` always gives the request a fresh token.
    pub fn build(
        self,
        credentials: impl Borrow<Credentials>,
    ) -> Result<http::Request<Vec<u8>>, BuildError> {
        if let Some(error) = self.error {
            return Err(error);
        }
        let credentials = credentials.borrow();
        let mut url = self.url;
        // What a token per endpoint is scoped to: the URL without its query
        // (this much of it, before the query pairs are appended).
        let endpoint = url.len();
        let own = self.query.len();
        let mut query = self.query;
        for (name, key) in credentials.key_queries() {
            query.push((name.to_owned(), key.to_owned(), false));
        }
        // An API key in the query is a secret: errors show the URL without it.
        let mut shown = url.len();
        // A next page's link may come with a query of its own.
        let had_query = url.contains('?');
        for (index, (name, value, encoded)) in query.iter().enumerate() {
            url.push(if index == 0 && !had_query { '?' } else { '&' });
            url.extend(utf8_percent_encode(name, COMPONENT));
            url.push('=');
            match encoded {
                true => url.push_str(value),
                false => url.extend(utf8_percent_encode(value, COMPONENT)),
            }
            if index < own {
                shown = url.len();
            }
        }
        let uri: http::Uri =
            url.parse()
                .map_err(|error: http::uri::InvalidUri| BuildError::InvalidUrl {
                    url: url[..shown].to_owned(),
                    reason: error.to_string(),
                })?;
        let mut request = http::Request::new(Vec::new());
        *request.method_mut() = self.method;
        *request.uri_mut() = uri;
        let headers = request.headers_mut();
        if let Some(value) = credentials.header_value(&url[..endpoint])? {
            headers.insert(AUTHORIZATION, value);
        }
        for (name, value) in credentials.key_headers()? {
            headers.append(name, value);
        }
        if let Some(accept) = self.accept {
            headers.insert(ACCEPT, HeaderValue::from_static(accept));
        }
        for (name, value) in self.headers {
            headers.append(name, value);
        }
        if let Some((content_type, bytes)) = self.body {
            headers.insert(CONTENT_TYPE, content_type);
            *request.body_mut() = bytes;
        }
        if !matches!(credentials, Credentials::None) {
            request.extensions_mut().insert(Authenticated);
        }
        Ok(request)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(value: &str) -> String {
        RequestBuilder::new(Method::GET, "https://api.example.test/v1/")
            .literal("/partners/")
            .path_param(value)
            .build(&Credentials::None)
            .unwrap()
            .uri()
            .to_string()
    }

    #[test]
    fn a_path_parameter_stays_inside_its_segment() {
        assert_eq!(
            url("../admin"),
            "https://api.example.test/v1/partners/..%2Fadmin"
        );
        assert_eq!(
            url("a/b?c#d"),
            "https://api.example.test/v1/partners/a%2Fb%3Fc%23d"
        );
        assert_eq!(url("..."), "https://api.example.test/v1/partners/...");
        assert_eq!(url("a b"), "https://api.example.test/v1/partners/a%20b");
    }

    #[test]
    fn a_value_described_by_json_content_is_its_json_text() {
        let request = RequestBuilder::new(Method::GET, "https://api.example.test")
            .literal("/files/")
            .path_json(&serde_json::json!({"drive": "d"}))
            .query_json("filter", &serde_json::json!({"size": 1}))
            .header_json("x-tags", &serde_json::json!(["a", "b"]))
            .build(&Credentials::None)
            .unwrap();
        assert_eq!(
            request.uri(),
            "https://api.example.test/files/%7B%22drive%22%3A%22d%22%7D?filter=%7B%22size%22%3A1%7D"
        );
        assert_eq!(request.headers()["x-tags"], r#"["a","b"]"#);
    }

    #[test]
    fn a_joined_list_is_one_pair_whose_commas_stay_apart_from_its_values() {
        let request = RequestBuilder::new(Method::GET, "https://api.example.test")
            .literal("/hotels")
            .query_joined("ids", &["A1", "B,2", "C 3"], ',')
            .query_joined("tags", &vec!["x y", "z"], ' ')
            .query_joined("ways", &["n|s", "e"], '|')
            .query_joined("at", &serde_json::json!({"lat": 1.5, "lon": "w"}), ',')
            .query_joined("none", &Vec::<String>::new(), ',')
            .query_joined("empty", &serde_json::json!({}), ',')
            .query("after", "1")
            .build(&Credentials::None)
            .unwrap();
        assert_eq!(
            request.uri(),
            "https://api.example.test/hotels?ids=A1,B%2C2,C%203&tags=x%20y%20z&ways=n%7Cs%7Ce&at=lat,1.5,lon,w&after=1"
        );
    }

    #[test]
    fn optional_and_list_values_are_added_when_set_once_each() {
        let (none, tags) = (None::<&String>, vec!["a b".to_owned(), "c&d".to_owned()]);
        let request = RequestBuilder::new(Method::GET, "https://api.example.test")
            .literal("/calls")
            .query_opt("To", Some("+1 555/?#").as_ref())
            .query_opt("From", none)
            .query_opt("PageSize", Some(&50_i64))
            .query_opt("Muted", Some(&false))
            .query_opt("Price", Some(&1.5_f64))
            .query_each("Tag", &tags)
            .query_each("Empty", &Vec::<String>::new())
            .query_each("Ids", [Some(vec![1_i32, 2])].iter().flatten().flatten())
            .header_opt("x-trace", Some(&7_u8))
            .header_opt("x-absent", None::<&str>)
            .header_each("x-tag", &tags)
            .build(&Credentials::None)
            .unwrap();
        assert_eq!(
            request.uri(),
            "https://api.example.test/calls?To=%2B1%20555%2F%3F%23&PageSize=50&Muted=false&Price=1.5&Tag=a%20b&Tag=c%26d&Ids=1&Ids=2"
        );
        assert_eq!(request.headers()["x-trace"], "7");
        assert!(request.headers().get("x-absent").is_none());
        let tags: Vec<_> = request.headers().get_all("x-tag").iter().collect();
        assert_eq!(tags, ["a b", "c&d"]);
    }

    #[test]
    fn a_path_template_with_a_query_of_its_own_gets_more_pairs_with_an_ampersand() {
        let request = RequestBuilder::new(Method::GET, "https://api.example.test")
            .literal("/rides?page=")
            .path_param("2")
            .query("sort", "date")
            .build(&Credentials::None)
            .unwrap();
        assert_eq!(
            request.uri(),
            "https://api.example.test/rides?page=2&sort=date"
        );
    }

    #[test]
    fn a_dot_segment_or_an_empty_one_is_refused() {
        for value in ["", ".", ".."] {
            let result = RequestBuilder::new(Method::GET, "https://api.example.test/v1")
                .literal("/partners/")
                .path_param(value)
                .build(&Credentials::None);
            assert!(
                matches!(&result, Err(BuildError::InvalidPathSegment { value: got }) if got == value),
                "{value:?}: {result:?}"
            );
        }
    }

    #[test]
    fn a_header_value_with_a_line_break_is_refused_before_sending() {
        let result = RequestBuilder::new(Method::GET, "https://api.example.test")
            .header("x-request-id", "abc\r\nx-injected: 1")
            .build(&Credentials::None);
        assert!(matches!(
            result,
            Err(BuildError::InvalidHeader {
                name: "x-request-id"
            })
        ));
    }
}
