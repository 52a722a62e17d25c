// Generated from `specs/carrierx.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `carrierx` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::{self as runtime, CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::serde_json;
use switchboard_runtime::{BuildError, Error, OperationInfo};
use switchboard_runtime::{Items, PageReply, Pages, Paginate};

/// `GET /partners`
///
/// Get Partners
///
/// This request returns a list of partners matching the criteria in the request URL.
///
/// Pagination (`limit`, `offset`, `order`), filtering (`filter`) and field filtering
/// (`include_fields`, `exclude_fields`) are the generic CarrierX list arguments.
///
/// Required scopes: the stored excerpt of the Get Partners page does not show them;
/// by analogy with Get Partner by SID, one of `partners.manage` or `partners.read`.
///
/// *Reconstructed, not documented by the provider:* The Get Partners page's query-argument table and scope list were not in the stored excerpt; parameters come from the shared Pagination/Filtering pages.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct ListPartners<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    limit: Option<i32>,
    offset: Option<i32>,
    order: Option<String>,
    filter: Option<String>,
    include_fields: Option<String>,
    exclude_fields: Option<String>,
}

impl<'a> ListPartners<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "list_partners",
        method: "GET",
        path: "/partners",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            limit: None,
            offset: None,
            order: None,
            filter: None,
            include_fields: None,
            exclude_fields: None,
        }
    }

    /// Sets the `limit` query parameter.
    ///
    /// Determines how many items are returned in the response. The entered value cannot exceed 1000. The default value is 10.
    ///
    /// Default: `10`.
    pub fn limit(mut self, value: i32) -> Self {
        self.limit = Some(value);
        self
    }

    /// Sets the `offset` query parameter.
    ///
    /// Determines the amount of items that are skipped in the response. The default value is 0, meaning that the first existing item will appear first.
    ///
    /// Default: `0`.
    pub fn offset(mut self, value: i32) -> Self {
        self.offset = Some(value);
        self
    }

    /// Sets the `order` query parameter.
    ///
    /// Sorts the returned objects: `<attribute> asc` (default order) or `<attribute> desc` (e.g. `order=name+desc`; `order=name` is shorthand for ascending), or `shuffle` to randomize the order.
    pub fn order(mut self, value: impl Into<String>) -> Self {
        self.order = Some(value.into());
        self
    }

    /// Sets the `filter` query parameter.
    ///
    /// Filter expression `<attribute> <operator> <value>` (conditions joined with ` and `, dot notation for nested fields), e.g. `status eq active`.
    pub fn filter(mut self, value: impl Into<String>) -> Self {
        self.filter = Some(value.into());
        self
    }

    /// Sets the `include_fields` query parameter.
    ///
    /// Field filtering; comma-separated list of the fields to include in the response.
    pub fn include_fields(mut self, value: impl Into<String>) -> Self {
        self.include_fields = Some(value.into());
        self
    }

    /// Sets the `exclude_fields` query parameter.
    ///
    /// Field filtering; comma-separated list of the fields to leave out of the response.
    pub fn exclude_fields(mut self, value: impl Into<String>) -> Self {
        self.exclude_fields = Some(value.into());
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        if let Some(item) = &self.limit {
            runtime::check::range("limit", i64::from(*item), None, Some(1000))?;
        }
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/partners")
            .query_opt("limit", self.limit.as_ref())
            .query_opt("offset", self.offset.as_ref())
            .query_opt("order", self.order.as_ref())
            .query_opt("filter", self.filter.as_ref())
            .query_opt("include_fields", self.include_fields.as_ref())
            .query_opt("exclude_fields", self.exclude_fields.as_ref())
            .accept("application/json")
            .build(self.core.credentials())
    }
}

impl<'a> ListPartners<'a> {
    /// Every `Partner` of the list, page after page, as a stream: each page is fetched when the items before it have been taken (with this call's timeout and retries), and the stream ends after the last page or after an error, which it yields. Each next page is asked for with `offset` moved on by the items received, until a page is empty, or its `has_more` is `false`. Take the first `n` with `StreamExt::take`.
    pub fn stream(self) -> Items<'a, Self> {
        Items::new(self)
    }

    /// The list's pages, whole, as a stream of replies. Each next page is asked for with `offset` moved on by the items received, until a page is empty, or its `has_more` is `false`.
    pub fn pages(self) -> Pages<'a, Self> {
        Pages::new(self)
    }
}

impl<'a> Paginate<'a> for ListPartners<'a> {
    type Page = types::PartnerList;

    type Item = types::Partner;

    type Error = types::ErrorResponse;

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
    impl ListPartners {
        type Output = types::PartnerList;
        type Error = types::ErrorResponse;
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error_response;
    }
}

/// `POST /partners`
///
/// Create Partner
///
/// This request creates a partner.
///
/// When a partner is created, a verification message is sent to the `owner_email`,
/// `tech_email`, and `billing_email` addresses provided. The email addresses will not
/// appear in the Partner object until the link in the email body has been clicked,
/// thereby confirming the email address and allowing the partner to use CarrierX
/// services. New partners will not appear in a GET request response until the
/// associated email address has been verified.
///
/// The API answers 200 (not 201) with the serialized Partner object.
///
/// Required scopes: the stored excerpt of the Create Partner page is cut inside the
/// scope list ("the partner must have one of the following scopes enabl..."); not known
/// here (presumably `partners.manage`).
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct CreatePartner<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    body: types::PartnerCreate,
}

impl<'a> CreatePartner<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "create_partner",
        method: "POST",
        path: "/partners",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore, body: types::PartnerCreate) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            body,
        }
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::POST, self.core.base_url())
            .literal("/partners")
            .accept("application/json")
            .json_body("application/json", &self.body)
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl CreatePartner {
        type Output = types::Partner;
        type Error = types::ErrorResponse;
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error_response2;
    }
}

/// `GET /partners/{partner_sid}`
///
/// Get Partner by SID
///
/// This request returns data for a partner, targeted by secure ID.
///
/// Email addresses will not appear in the response until they have been verified.
/// This request is enabled for Field Filtering (`include_fields` / `exclude_fields`).
///
/// Required scopes: to get information about a Partner object, the partner must have
/// one of the following scopes enabled: `partners.manage`, `partners.read`.
///
/// The `partner_sid` path parameter: The partner secure ID.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetPartner<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    partner_sid: String,
    include_fields: Option<String>,
    exclude_fields: Option<String>,
}

impl<'a> GetPartner<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "get_partner",
        method: "GET",
        path: "/partners/{partner_sid}",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore, partner_sid: String) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            partner_sid,
            include_fields: None,
            exclude_fields: None,
        }
    }

    /// Sets the `include_fields` query parameter.
    ///
    /// Field filtering; comma-separated list of the fields to include in the response.
    pub fn include_fields(mut self, value: impl Into<String>) -> Self {
        self.include_fields = Some(value.into());
        self
    }

    /// Sets the `exclude_fields` query parameter.
    ///
    /// Field filtering; comma-separated list of the fields to leave out of the response.
    pub fn exclude_fields(mut self, value: impl Into<String>) -> Self {
        self.exclude_fields = Some(value.into());
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/partners/")
            .path_param(&self.partner_sid)
            .query_opt("include_fields", self.include_fields.as_ref())
            .query_opt("exclude_fields", self.exclude_fields.as_ref())
            .accept("application/json")
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl GetPartner {
        type Output = types::Partner;
        type Error = types::ErrorResponse;
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error_response3;
    }
}

/// `PUT /partners/{partner_sid}`
///
/// Update Partner (PUT)
///
/// This request updates the entire Partner object, targeted by secure ID. The partner
/// secure ID is passed in the URL, and the entire Partner object is passed in the
/// request body.
///
/// While all the fields must be present in a PUT request, not all the attribute values
/// may be modified after the initial creation, because when created, some of them
/// become read-only. The body is therefore the whole Partner object: the read-only
/// fields carry their current values (send back what Get Partner by SID returned,
/// without field filtering, and change the modifiable fields). Only these fields are
/// modifiable: `acls`, `address1`, `address2`, `attributes`, `billing_email`,
/// `callbacks`, `city`, `company_name`, `name`, `owner_email`,
/// `parent_assigned_acls`, `phonenumber`, `tech_email`, `transformations`, `zip`.
/// The `nested_objects=replace` query argument of the same page determines if the
/// nested objects fields and values should be replaced.
///
/// Required scopes: to update a Partner object, the partner must have one of the
/// following scopes enabled: `partners.manage`, `partners.update`.
///
/// The `partner_sid` path parameter: The partner secure ID.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct ReplacePartner<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    partner_sid: String,
    nested_objects: Option<types::NestedObjects>,
    body: types::Partner,
}

impl<'a> ReplacePartner<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "replace_partner",
        method: "PUT",
        path: "/partners/{partner_sid}",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore, partner_sid: String, body: types::Partner) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            partner_sid,
            nested_objects: None,
            body,
        }
    }

    /// Sets the `nested_objects` query parameter.
    ///
    /// Determines if the nested objects fields and values should be replaced. Value accepted in this field is `replace`.
    pub fn nested_objects(mut self, value: types::NestedObjects) -> Self {
        self.nested_objects = Some(value);
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::PUT, self.core.base_url())
            .literal("/partners/")
            .path_param(&self.partner_sid)
            .query_opt("nested_objects", self.nested_objects.as_ref())
            .accept("application/json")
            .json_body("application/json", &self.body)
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl ReplacePartner {
        type Output = types::Partner;
        type Error = types::ErrorResponse;
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error_response4;
    }
}

/// `PATCH /partners/{partner_sid}`
///
/// Update Partner (PATCH)
///
/// This request updates the Partner object, targeted by secure ID, with the values in
/// the request body.
///
/// A PATCH request can be used to update one or more attribute values. Only the
/// attributes specified in the request payload will be updated; all other attributes
/// and values remain the same. The Partner object also contains nested ACLs,
/// Attributes, Callbacks, Parent Assigned ACLs, and Transformations objects; use the
/// `nested_objects=replace` query argument to have nested objects replaced rather than
/// updated.
///
/// Fields that can be modified: `acls`, `address1`, `address2`, `attributes`,
/// `billing_email`, `callbacks`, `city`, `company_name`, `name`, `owner_email`,
/// `parent_assigned_acls`, `phonenumber`, `tech_email`, `transformations`, `zip`.
///
/// Required scopes: to update a Partner object, the partner must have one of the
/// following scopes enabled: `partners.manage`, `partners.update`.
///
/// The `partner_sid` path parameter: The partner secure ID.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct PatchPartner<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    partner_sid: String,
    nested_objects: Option<types::NestedObjects>,
    body: types::PartnerPatch,
}

impl<'a> PatchPartner<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "patch_partner",
        method: "PATCH",
        path: "/partners/{partner_sid}",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore, partner_sid: String) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            partner_sid,
            nested_objects: None,
            body: types::PartnerPatch {
                acls: None,
                address1: None,
                address2: None,
                attributes: None,
                billing_email: None,
                callbacks: None,
                city: None,
                company_name: None,
                name: None,
                owner_email: None,
                parent_assigned_acls: None,
                phonenumber: None,
                tech_email: None,
                transformations: None,
                zip: None,
            },
        }
    }

    /// Sets the `nested_objects` query parameter.
    ///
    /// Determines if the nested objects fields and values should be replaced. Value accepted in this field is `replace`.
    pub fn nested_objects(mut self, value: types::NestedObjects) -> Self {
        self.nested_objects = Some(value);
        self
    }

    /// Replaces the whole patch body, including values given as arguments.
    pub fn body(mut self, body: types::PartnerPatch) -> Self {
        self.body = body;
        self
    }

    /// Sends `acls` with this value.
    ///
    /// The Access Control List, as defined on the Partner object directly. This field is assigned on the Partner object itself and cannot be assigned by a parent partner.
    pub fn acls(mut self, value: Vec<types::AccessControlList>) -> Self {
        self.body.acls = Some(value);
        self
    }

    /// Sends `address1` with this value.
    ///
    /// The partner address.
    pub fn address1(mut self, value: impl Into<String>) -> Self {
        self.body.address1 = Some(Some(value.into()));
        self
    }

    /// Sends `address1` as JSON `null`, clearing it.
    pub fn clear_address1(mut self) -> Self {
        self.body.address1 = Some(None);
        self
    }

    /// Sends `address2` with this value.
    ///
    /// The partner address second field.
    pub fn address2(mut self, value: impl Into<String>) -> Self {
        self.body.address2 = Some(Some(value.into()));
        self
    }

    /// Sends `address2` as JSON `null`, clearing it.
    pub fn clear_address2(mut self) -> Self {
        self.body.address2 = Some(None);
        self
    }

    /// Sends `attributes` with this value.
    ///
    /// The partner attributes (key/value pairs; `{}` in every example).
    ///
    /// *Reconstructed, not documented by the provider:* The docs type it only as "object"; string values assumed as for other CarrierX attributes maps.
    pub fn attributes(mut self, value: std::collections::BTreeMap<String, String>) -> Self {
        self.body.attributes = Some(value);
        self
    }

    /// Sends `billing_email` with this value.
    ///
    /// The partner email address used for billing purposes. If this field is empty, the owner_email is used. Multiple email addresses can be separated by commas.
    pub fn billing_email(mut self, value: impl Into<String>) -> Self {
        self.body.billing_email = Some(Some(value.into()));
        self
    }

    /// Sends `billing_email` as JSON `null`, clearing it.
    pub fn clear_billing_email(mut self) -> Self {
        self.body.billing_email = Some(None);
        self
    }

    /// Sends `callbacks` with this value.
    ///
    /// The callback URLs, keyed by callback type. Every key is optional; `{}` means no callbacks.
    pub fn callbacks(mut self, value: types::PartnerCallbacks) -> Self {
        self.body.callbacks = Some(value);
        self
    }

    /// Sends `city` with this value.
    ///
    /// The partner city.
    pub fn city(mut self, value: impl Into<String>) -> Self {
        self.body.city = Some(Some(value.into()));
        self
    }

    /// Sends `city` as JSON `null`, clearing it.
    pub fn clear_city(mut self) -> Self {
        self.body.city = Some(None);
        self
    }

    /// Sends `company_name` with this value.
    ///
    /// The partner company name.
    pub fn company_name(mut self, value: impl Into<String>) -> Self {
        self.body.company_name = Some(value.into());
        self
    }

    /// Sends `name` with this value.
    ///
    /// The partner name.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.body.name = Some(value.into());
        self
    }

    /// Sends `owner_email` with this value.
    ///
    /// The partner primary email address.
    pub fn owner_email(mut self, value: impl Into<String>) -> Self {
        self.body.owner_email = Some(Some(value.into()));
        self
    }

    /// Sends `owner_email` as JSON `null`, clearing it.
    pub fn clear_owner_email(mut self) -> Self {
        self.body.owner_email = Some(None);
        self
    }

    /// Sends `parent_assigned_acls` with this value.
    ///
    /// The Access Control List assigned to the partner by its parent partner.
    pub fn parent_assigned_acls(mut self, value: Vec<types::AccessControlList>) -> Self {
        self.body.parent_assigned_acls = Some(value);
        self
    }

    /// Sends `phonenumber` with this value.
    ///
    /// The partner phone number.
    pub fn phonenumber(mut self, value: impl Into<String>) -> Self {
        self.body.phonenumber = Some(value.into());
        self
    }

    /// Sends `tech_email` with this value.
    ///
    /// The partner technical email address.
    pub fn tech_email(mut self, value: impl Into<String>) -> Self {
        self.body.tech_email = Some(Some(value.into()));
        self
    }

    /// Sends `tech_email` as JSON `null`, clearing it.
    pub fn clear_tech_email(mut self) -> Self {
        self.body.tech_email = Some(None);
        self
    }

    /// Sends `transformations` with this value.
    ///
    /// The transformations applied to the partner's traffic.
    pub fn transformations(
        mut self,
        value: Vec<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.body.transformations = Some(value);
        self
    }

    /// Sends `zip` with this value.
    ///
    /// The partner ZIP code.
    pub fn zip(mut self, value: impl Into<String>) -> Self {
        self.body.zip = Some(value.into());
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::PATCH, self.core.base_url())
            .literal("/partners/")
            .path_param(&self.partner_sid)
            .query_opt("nested_objects", self.nested_objects.as_ref())
            .accept("application/json")
            .json_body("application/json", &self.body)
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl PatchPartner {
        type Output = types::Partner;
        type Error = types::ErrorResponse;
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error_response4;
    }
}

fn decode_error_response(
    status: StatusCode,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<types::ErrorResponse, Error<types::ErrorResponse>> {
    match status.as_u16() {
        400 | 401 | 403 => {
            let body = runtime::decode_json::<types::ErrorResponse, types::ErrorResponse>(
                status, headers, body,
            )?;
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

fn decode_error_response2(
    status: StatusCode,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<types::ErrorResponse, Error<types::ErrorResponse>> {
    match status.as_u16() {
        400 | 401 | 403 | 409 | 415 | 422 => {
            let body = runtime::decode_json::<types::ErrorResponse, types::ErrorResponse>(
                status, headers, body,
            )?;
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

fn decode_error_response3(
    status: StatusCode,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<types::ErrorResponse, Error<types::ErrorResponse>> {
    match status.as_u16() {
        401 | 403 | 404 => {
            let body = runtime::decode_json::<types::ErrorResponse, types::ErrorResponse>(
                status, headers, body,
            )?;
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

fn decode_error_response4(
    status: StatusCode,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<types::ErrorResponse, Error<types::ErrorResponse>> {
    match status.as_u16() {
        400 | 401 | 403 | 404 | 409 | 415 | 422 => {
            let body = runtime::decode_json::<types::ErrorResponse, types::ErrorResponse>(
                status, headers, body,
            )?;
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
