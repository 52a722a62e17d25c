// Generated from `tests/fixtures/pagination.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `pagination` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::{self as runtime, CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BuildError, Error, OperationInfo};
use switchboard_runtime::{Items, PageReply, Pages, Paginate};

/// `GET /offset`
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct ListByOffset<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    offset: Option<i32>,
    limit: Option<i32>,
}

impl<'a> ListByOffset<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "list_by_offset",
        method: "GET",
        path: "/offset",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            offset: None,
            limit: None,
        }
    }

    /// Sets the `offset` query parameter.
    pub fn offset(mut self, value: i32) -> Self {
        self.offset = Some(value);
        self
    }

    /// Sets the `limit` query parameter.
    pub fn limit(mut self, value: i32) -> Self {
        self.limit = Some(value);
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        if let Some(item) = &self.limit {
            runtime::check::range("limit", i64::from(*item), None, Some(100))?;
        }
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/offset")
            .query_opt("offset", self.offset.as_ref())
            .query_opt("limit", self.limit.as_ref())
            .accept("application/json")
            .build(self.core.credentials())
    }
}

impl<'a> ListByOffset<'a> {
    /// Every `Thing` of the list, page after page, as a stream: each page is fetched when the items before it have been taken (with this call's timeout and retries), and the stream ends after the last page or after an error, which it yields. Each next page is asked for with `offset` moved on by the items received, until a page is empty, or its `has_more` is `false`. Take the first `n` with `StreamExt::take`.
    pub fn stream(self) -> Items<'a, Self> {
        Items::new(self)
    }

    /// The list's pages, whole, as a stream of replies. Each next page is asked for with `offset` moved on by the items received, until a page is empty, or its `has_more` is `false`.
    pub fn pages(self) -> Pages<'a, Self> {
        Pages::new(self)
    }
}

impl<'a> Paginate<'a> for ListByOffset<'a> {
    type Page = types::ThingPage;

    type Item = types::Thing;

    type Error = types::Problem;

    fn fetch(self) -> PageReply<'a, Self::Page, Self::Error> {
        Box::pin(self.send())
    }

    fn items(page: Self::Page) -> Vec<Self::Item> {
        page.items
    }

    fn next(&self, page: &Self::Page) -> Option<Self> {
        let received = {
            let value = page;
            let value = &value.items;
            Some(value.len())
        }
        .unwrap_or(0);
        if received == 0 {
            return None;
        }
        if {
            let value = page;
            let value = &value.has_more;
            Some(*value)
        } == Some(false)
        {
            return None;
        }
        let moved = runtime::advance_offset(self.offset, received)?;
        let mut next = self.clone();
        next.offset = Some(moved);
        Some(next)
    }
}

switchboard_runtime::__call! {
    impl ListByOffset {
        type Output = types::ThingPage;
        type Error = types::Problem;
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_problem;
    }
}

/// `GET /envelope`
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct ListInEnvelope<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    offset: Option<i64>,
    limit: Option<i64>,
}

impl<'a> ListInEnvelope<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "list_in_envelope",
        method: "GET",
        path: "/envelope",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            offset: None,
            limit: None,
        }
    }

    /// Sets the `offset` query parameter.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }

    /// Sets the `limit` query parameter.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/envelope")
            .query_opt("offset", self.offset.as_ref())
            .query_opt("limit", self.limit.as_ref())
            .accept("application/json")
            .build(self.core.credentials())
    }
}

impl<'a> ListInEnvelope<'a> {
    /// Every `Thing` of the list, page after page, as a stream: each page is fetched when the items before it have been taken (with this call's timeout and retries), and the stream ends after the last page or after an error, which it yields. Each next page is asked for with `offset` moved on by the items received, until a page is empty, or the `data.total` items are all received. Take the first `n` with `StreamExt::take`.
    pub fn stream(self) -> Items<'a, Self> {
        Items::new(self)
    }

    /// The list's pages, whole, as a stream of replies. Each next page is asked for with `offset` moved on by the items received, until a page is empty, or the `data.total` items are all received.
    pub fn pages(self) -> Pages<'a, Self> {
        Pages::new(self)
    }
}

impl<'a> Paginate<'a> for ListInEnvelope<'a> {
    type Page = types::ListInEnvelopeOkResponse;

    type Item = types::Thing;

    type Error = ();

    fn fetch(self) -> PageReply<'a, Self::Page, Self::Error> {
        Box::pin(self.send())
    }

    fn items(page: Self::Page) -> Vec<Self::Item> {
        let Some(value) = page.data else {
            return Vec::new();
        };
        let Some(value) = value.things else {
            return Vec::new();
        };
        value
    }

    fn next(&self, page: &Self::Page) -> Option<Self> {
        let received = 'found: {
            let value = page;
            let Some(value) = &value.data else {
                break 'found None;
            };
            let Some(value) = &value.things else {
                break 'found None;
            };
            Some(value.len())
        }
        .unwrap_or(0);
        if received == 0 {
            return None;
        }
        let moved = runtime::advance_offset(self.offset, received)?;
        if 'found: {
            let value = page;
            let Some(value) = &value.data else {
                break 'found None;
            };
            let Some(value) = &value.total else {
                break 'found None;
            };
            Some(*value)
        }
        .is_some_and(|total| runtime::reached(moved, total))
        {
            return None;
        }
        let mut next = self.clone();
        next.offset = Some(moved);
        Some(next)
    }
}

switchboard_runtime::__call! {
    impl ListInEnvelope {
        type Output = types::ListInEnvelopeOkResponse;
        type Error = ();
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error;
    }
}

/// `GET /numbered`
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct ListNumbered<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    page: Option<i32>,
    per_page: Option<i32>,
}

impl<'a> ListNumbered<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "list_numbered",
        method: "GET",
        path: "/numbered",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            page: None,
            per_page: None,
        }
    }

    /// Sets the `page` query parameter.
    ///
    /// Default: `1`.
    pub fn page(mut self, value: i32) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets the `per_page` query parameter.
    pub fn per_page(mut self, value: i32) -> Self {
        self.per_page = Some(value);
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/numbered")
            .query_opt("page", self.page.as_ref())
            .query_opt("per_page", self.per_page.as_ref())
            .accept("application/json")
            .build(self.core.credentials())
    }
}

impl<'a> ListNumbered<'a> {
    /// Every `Thing` of the list, page after page, as a stream: each page is fetched when the items before it have been taken (with this call's timeout and retries), and the stream ends after the last page or after an error, which it yields. Each next page is asked for with `page` one higher, until a page is empty. (Inferred from the operation's parameters and reply; the spec does not describe its pagination.) Take the first `n` with `StreamExt::take`.
    pub fn stream(self) -> Items<'a, Self> {
        Items::new(self)
    }

    /// The list's pages, whole, as a stream of replies. Each next page is asked for with `page` one higher, until a page is empty. (Inferred from the operation's parameters and reply; the spec does not describe its pagination.)
    pub fn pages(self) -> Pages<'a, Self> {
        Pages::new(self)
    }
}

impl<'a> Paginate<'a> for ListNumbered<'a> {
    type Page = Vec<types::Thing>;

    type Item = types::Thing;

    type Error = ();

    fn fetch(self) -> PageReply<'a, Self::Page, Self::Error> {
        Box::pin(self.send())
    }

    fn items(page: Self::Page) -> Vec<Self::Item> {
        page
    }

    fn next(&self, page: &Self::Page) -> Option<Self> {
        let received = {
            let value = page;
            Some(value.len())
        }
        .unwrap_or(0);
        if received == 0 {
            return None;
        }
        let moved = runtime::advance_offset(Some(self.page.unwrap_or(1)), 1)?;
        let mut next = self.clone();
        next.page = Some(moved);
        Some(next)
    }
}

switchboard_runtime::__call! {
    impl ListNumbered {
        type Output = Vec<types::Thing>;
        type Error = ();
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error;
    }
}

/// `GET /cursor`
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct ListByCursor<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    cursor: Option<String>,
}

impl<'a> ListByCursor<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "list_by_cursor",
        method: "GET",
        path: "/cursor",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            cursor: None,
        }
    }

    /// Sets the `cursor` query parameter.
    pub fn cursor(mut self, value: impl Into<String>) -> Self {
        self.cursor = Some(value.into());
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/cursor")
            .query_opt("cursor", self.cursor.as_ref())
            .accept("application/json")
            .build(self.core.credentials())
    }
}

impl<'a> ListByCursor<'a> {
    /// Every `Thing` of the list, page after page, as a stream: each page is fetched when the items before it have been taken (with this call's timeout and retries), and the stream ends after the last page or after an error, which it yields. Each next page is asked for with `cursor` set to the reply's `meta.next_cursor`, until a reply has none. Take the first `n` with `StreamExt::take`.
    pub fn stream(self) -> Items<'a, Self> {
        Items::new(self)
    }

    /// The list's pages, whole, as a stream of replies. Each next page is asked for with `cursor` set to the reply's `meta.next_cursor`, until a reply has none.
    pub fn pages(self) -> Pages<'a, Self> {
        Pages::new(self)
    }
}

impl<'a> Paginate<'a> for ListByCursor<'a> {
    type Page = types::ListByCursorOkResponse;

    type Item = types::Thing;

    type Error = ();

    fn fetch(self) -> PageReply<'a, Self::Page, Self::Error> {
        Box::pin(self.send())
    }

    fn items(page: Self::Page) -> Vec<Self::Item> {
        page.data
    }

    fn next(&self, page: &Self::Page) -> Option<Self> {
        let cursor = 'found: {
            let value = page;
            let Some(value) = &value.meta else {
                break 'found None;
            };
            let Some(Some(value)) = &value.next_cursor else {
                break 'found None;
            };
            Some(value)
        }?;
        if cursor.is_empty() || self.cursor.as_deref() == Some(cursor.as_str()) {
            return None;
        }
        let mut next = self.clone();
        next.cursor = Some(cursor.clone());
        Some(next)
    }
}

switchboard_runtime::__call! {
    impl ListByCursor {
        type Output = types::ListByCursorOkResponse;
        type Error = ();
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error;
    }
}

/// `GET /links`
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct ListByLink<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    filter: Option<String>,
    next_url: Option<String>,
}

impl<'a> ListByLink<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "list_by_link",
        method: "GET",
        path: "/links",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            filter: None,
            next_url: None,
        }
    }

    /// Sets the `filter` query parameter.
    pub fn filter(mut self, value: impl Into<String>) -> Self {
        self.filter = Some(value.into());
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        let mut request = RequestBuilder::new(Method::GET, self.core.base_url());
        match &self.next_url {
            Some(url) => request = request.at_url(url),
            None => {
                request = request
                    .literal("/links")
                    .query_opt("filter", self.filter.as_ref());
            }
        }
        request
            .accept("application/json")
            .build(self.core.credentials())
    }
}

impl<'a> ListByLink<'a> {
    /// Every `Thing` of the list, page after page, as a stream: each page is fetched when the items before it have been taken (with this call's timeout and retries), and the stream ends after the last page or after an error, which it yields. Each next page is fetched from the reply's `links.next` (on the base URL's origin only: the request carries the credentials), until a reply has none. Take the first `n` with `StreamExt::take`.
    pub fn stream(self) -> Items<'a, Self> {
        Items::new(self)
    }

    /// The list's pages, whole, as a stream of replies. Each next page is fetched from the reply's `links.next` (on the base URL's origin only: the request carries the credentials), until a reply has none.
    pub fn pages(self) -> Pages<'a, Self> {
        Pages::new(self)
    }
}

impl<'a> Paginate<'a> for ListByLink<'a> {
    type Page = types::ListByLinkOkResponse;

    type Item = types::Thing;

    type Error = ();

    fn fetch(self) -> PageReply<'a, Self::Page, Self::Error> {
        Box::pin(self.send())
    }

    fn items(page: Self::Page) -> Vec<Self::Item> {
        page.data.unwrap_or_default()
    }

    fn next(&self, page: &Self::Page) -> Option<Self> {
        let url = 'found: {
            let value = page;
            let Some(value) = &value.links else {
                break 'found None;
            };
            let Some(value) = &value.next else {
                break 'found None;
            };
            Some(value)
        }?;
        if url.is_empty() || self.next_url.as_deref() == Some(url.as_str()) {
            return None;
        }
        let mut next = self.clone();
        next.next_url = Some(url.clone());
        Some(next)
    }
}

switchboard_runtime::__call! {
    impl ListByLink {
        type Output = types::ListByLinkOkResponse;
        type Error = ();
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error;
    }
}

/// `GET /all`
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct ListAll<'a> {
    core: &'a ClientCore,
    options: CallOptions,
}

impl<'a> ListAll<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "list_all",
        method: "GET",
        path: "/all",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore) -> Self {
        Self {
            core,
            options: CallOptions::default(),
        }
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/all")
            .accept("application/json")
            .build(self.core.credentials())
    }
}

impl<'a> ListAll<'a> {
    /// Every `Thing` of the list, page after page, as a stream: each page is fetched when the items before it have been taken (with this call's timeout and retries), and the stream ends after the last page or after an error, which it yields. The list comes in one reply: the stream ends after it. Take the first `n` with `StreamExt::take`.
    pub fn stream(self) -> Items<'a, Self> {
        Items::new(self)
    }

    /// The list's pages, whole, as a stream of replies. The list comes in one reply: the stream ends after it.
    pub fn pages(self) -> Pages<'a, Self> {
        Pages::new(self)
    }
}

impl<'a> Paginate<'a> for ListAll<'a> {
    type Page = types::ListAllOkResponse;

    type Item = types::Thing;

    type Error = ();

    fn fetch(self) -> PageReply<'a, Self::Page, Self::Error> {
        Box::pin(self.send())
    }

    fn items(page: Self::Page) -> Vec<Self::Item> {
        page.results.unwrap_or_default()
    }

    fn next(&self, _page: &Self::Page) -> Option<Self> {
        None
    }
}

switchboard_runtime::__call! {
    impl ListAll {
        type Output = types::ListAllOkResponse;
        type Error = ();
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error;
    }
}

/// `GET /inferred`
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct ListInferred<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    offset: Option<i64>,
    limit: Option<i64>,
}

impl<'a> ListInferred<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "list_inferred",
        method: "GET",
        path: "/inferred",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            offset: None,
            limit: None,
        }
    }

    /// Sets the `offset` query parameter.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }

    /// Sets the `limit` query parameter.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/inferred")
            .query_opt("offset", self.offset.as_ref())
            .query_opt("limit", self.limit.as_ref())
            .accept("application/json")
            .build(self.core.credentials())
    }
}

impl<'a> ListInferred<'a> {
    /// Every `Thing` of the list, page after page, as a stream: each page is fetched when the items before it have been taken (with this call's timeout and retries), and the stream ends after the last page or after an error, which it yields. Each next page is asked for with `offset` moved on by the items received, until a page is empty, or its `has_more` is `false`. (Inferred from the operation's parameters and reply; the spec does not describe its pagination.) Take the first `n` with `StreamExt::take`.
    pub fn stream(self) -> Items<'a, Self> {
        Items::new(self)
    }

    /// The list's pages, whole, as a stream of replies. Each next page is asked for with `offset` moved on by the items received, until a page is empty, or its `has_more` is `false`. (Inferred from the operation's parameters and reply; the spec does not describe its pagination.)
    pub fn pages(self) -> Pages<'a, Self> {
        Pages::new(self)
    }
}

impl<'a> Paginate<'a> for ListInferred<'a> {
    type Page = types::ListInferredOkResponse;

    type Item = types::Thing;

    type Error = ();

    fn fetch(self) -> PageReply<'a, Self::Page, Self::Error> {
        Box::pin(self.send())
    }

    fn items(page: Self::Page) -> Vec<Self::Item> {
        page.things.unwrap_or_default()
    }

    fn next(&self, page: &Self::Page) -> Option<Self> {
        let received = page.things.as_ref().map(Vec::len).unwrap_or(0);
        if received == 0 {
            return None;
        }
        if page.has_more == Some(false) {
            return None;
        }
        let moved = runtime::advance_offset(self.offset, received)?;
        let mut next = self.clone();
        next.offset = Some(moved);
        Some(next)
    }
}

switchboard_runtime::__call! {
    impl ListInferred {
        type Output = types::ListInferredOkResponse;
        type Error = ();
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error;
    }
}

/// `GET /inferred-links`
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct ListInferredLinks<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    page_size: Option<i64>,
    next_url: Option<String>,
}

impl<'a> ListInferredLinks<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "list_inferred_links",
        method: "GET",
        path: "/inferred-links",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            page_size: None,
            next_url: None,
        }
    }

    /// Sets the `PageSize` query parameter.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        let mut request = RequestBuilder::new(Method::GET, self.core.base_url());
        match &self.next_url {
            Some(url) => request = request.at_url(url),
            None => {
                request = request
                    .literal("/inferred-links")
                    .query_opt("PageSize", self.page_size.as_ref());
            }
        }
        request
            .accept("application/json")
            .build(self.core.credentials())
    }
}

impl<'a> ListInferredLinks<'a> {
    /// Every `Thing` of the list, page after page, as a stream: each page is fetched when the items before it have been taken (with this call's timeout and retries), and the stream ends after the last page or after an error, which it yields. Each next page is fetched from the reply's `next_page_uri` (on the base URL's origin only: the request carries the credentials), until a reply has none. (Inferred from the operation's parameters and reply; the spec does not describe its pagination.) Take the first `n` with `StreamExt::take`.
    pub fn stream(self) -> Items<'a, Self> {
        Items::new(self)
    }

    /// The list's pages, whole, as a stream of replies. Each next page is fetched from the reply's `next_page_uri` (on the base URL's origin only: the request carries the credentials), until a reply has none. (Inferred from the operation's parameters and reply; the spec does not describe its pagination.)
    pub fn pages(self) -> Pages<'a, Self> {
        Pages::new(self)
    }
}

impl<'a> Paginate<'a> for ListInferredLinks<'a> {
    type Page = types::ListInferredLinksOkResponse;

    type Item = types::Thing;

    type Error = ();

    fn fetch(self) -> PageReply<'a, Self::Page, Self::Error> {
        Box::pin(self.send())
    }

    fn items(page: Self::Page) -> Vec<Self::Item> {
        page.things.unwrap_or_default()
    }

    fn next(&self, page: &Self::Page) -> Option<Self> {
        let url = page.next_page_uri.as_ref().and_then(Option::as_ref)?;
        if url.is_empty() || self.next_url.as_deref() == Some(url.as_str()) {
            return None;
        }
        let mut next = self.clone();
        next.next_url = Some(url.clone());
        Some(next)
    }
}

switchboard_runtime::__call! {
    impl ListInferredLinks {
        type Output = types::ListInferredLinksOkResponse;
        type Error = ();
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error;
    }
}

fn decode_problem(
    status: StatusCode,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<types::Problem, Error<types::Problem>> {
    match status.as_u16() {
        500 => {
            let body =
                runtime::decode_json::<types::Problem, types::Problem>(status, headers, body)?;
            Ok(body)
        }
        _ => Err(Error::unexpected(
            status,
            headers,
            body,
            "the spec documents no such status for this operation",
        )),
    }
}

fn decode_error(status: StatusCode, headers: &HeaderMap, body: &[u8]) -> Result<(), Error<()>> {
    Err(Error::unexpected(
        status,
        headers,
        body,
        "the spec documents no such status for this operation",
    ))
}
