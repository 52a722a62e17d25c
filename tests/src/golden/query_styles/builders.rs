// Generated from `tests/fixtures/query_styles.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `query_styles` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::Credentials;
use switchboard_runtime::__private::{self as runtime, CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BuildError, Error, OperationInfo};

/// `GET /hotels`
///
/// Succeeds on any 2xx reply with an empty body: the spec documents HTTP 204 without a body, and a provider that answers another success status, with nothing in it, has done it all the same.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct ListHotels<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    hotel_ids: Vec<String>,
    ratings: Option<Vec<i64>>,
    amenities: Option<Vec<types::ListHotelsAmenitiesItem>>,
    ways: Option<Vec<String>>,
    exploded: Option<Vec<String>>,
    near: Option<types::ListHotelsNear>,
    filter: Option<types::ListHotelsFilter>,
    tax_rates: Option<types::ListHotelsTaxRates>,
    codes: Option<types::ListHotelsCodes>,
    page: Option<i64>,
}

impl<'a> ListHotels<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "list_hotels",
        method: "GET",
        path: "/hotels",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore, hotel_ids: Vec<String>) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            hotel_ids,
            ratings: None,
            amenities: None,
            ways: None,
            exploded: None,
            near: None,
            filter: None,
            tax_rates: None,
            codes: None,
            page: None,
        }
    }

    /// Sets the `ratings` query parameter.
    pub fn ratings(mut self, value: Vec<i64>) -> Self {
        self.ratings = Some(value);
        self
    }

    /// Sets the `amenities` query parameter.
    pub fn amenities(mut self, value: Vec<types::ListHotelsAmenitiesItem>) -> Self {
        self.amenities = Some(value);
        self
    }

    /// Sets the `ways` query parameter.
    pub fn ways(mut self, value: Vec<String>) -> Self {
        self.ways = Some(value);
        self
    }

    /// Sets the `exploded` query parameter.
    pub fn exploded(mut self, value: Vec<String>) -> Self {
        self.exploded = Some(value);
        self
    }

    /// Sets the `near` query parameter.
    pub fn near(mut self, value: types::ListHotelsNear) -> Self {
        self.near = Some(value);
        self
    }

    /// Sets the `filter` query parameter.
    pub fn filter(mut self, value: types::ListHotelsFilter) -> Self {
        self.filter = Some(value);
        self
    }

    /// Sets the `taxRates` query parameter.
    pub fn tax_rates(mut self, value: types::ListHotelsTaxRates) -> Self {
        self.tax_rates = Some(value);
        self
    }

    /// Sets the `codes` query parameter.
    pub fn codes(mut self, value: types::ListHotelsCodes) -> Self {
        self.codes = Some(value);
        self
    }

    /// Sets the `page` query parameter.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        {
            let value = &self.hotel_ids;
            runtime::check::items("hotelIds", value.len(), Some(1), Some(3))?;
        }
        let mut request = RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/hotels")
            .query_joined("hotelIds", &self.hotel_ids, ',')
            .query_each("ratings", self.ratings.iter().flatten());
        if let Some(value) = &self.amenities {
            request = request.query_joined("amenities", value, ' ');
        }
        if let Some(value) = &self.ways {
            request = request.query_joined("ways", value, '|');
        }
        request = request.query_each("exploded", self.exploded.iter().flatten());
        if let Some(value) = &self.near {
            request = request.query_joined("near", value, ',');
        }
        if let Some(value) = &self.filter {
            request = request.query_value("filter", value, true);
        }
        if let Some(value) = &self.tax_rates {
            request = request.query_value("taxRates", value, true);
        }
        if let Some(value) = &self.codes {
            request = request.query_joined("codes", value, ',');
        }
        request
            .query_opt("page", self.page.as_ref())
            .build(&Credentials::None)
    }

    /// What [`decode`](Self::decode) decodes, without the response's
    /// headers: `send()` moves the reply's into it rather than copy them.
    fn decode_outcome(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<(), Error<()>> {
        match status.as_u16() {
            204 => Ok(()),
            200..=299 if body.iter().all(u8::is_ascii_whitespace) => Ok(()),
            _ => Err(Error::from_decoded(
                status,
                headers,
                decode_error(status, headers, body),
            )),
        }
    }
}

switchboard_runtime::__call! {
    impl ListHotels {
        type Output = ();
        type Error = ();
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
