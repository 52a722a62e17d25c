//! CarrierX Update Partner (PUT) and Field Filtering, from the documents' own
//! text:
//!
//! - seed `004_526edc98cc009248.txt` (Update Partner): "while all the fields
//!   must be present in a PUT request, not all the attribute values may be
//!   modified after the initial creation, because when created, some of them
//!   become read-only": GET → modify → PUT sends the whole object back,
//!   read-only fields with their current values; a PATCH sends writable
//!   fields only.
//! - `extra/carrierx/get-partner-by-sid.md`: "This request is enabled for
//!   Field Filtering": a reply holds whatever subset was asked for.

use std::time::Duration;

use http::StatusCode;
use serde_json::{Value, json};
use switchboard::carrierx::{self, builders, types};
use switchboard::runtime::RetryPolicy;
use switchboard_tests::fault::{FaultServer, Reply, http_client};
use switchboard_tests::spec::Spec;
use switchboard_tests::wire::reply_headers;

const SID: &str = "ed437757-002d-4ecc-aa5a-efdf5e50dba0";

/// The 200 response of the seed's sample PATCH, verbatim from
/// `/work/shared/seeds/004_526edc98cc009248.txt` ("200 status code with a
/// serialized copy of the updated Partner object").
const SEED_PARTNER: &str = r#"{
"acls": [],
"address1": "4300 E Pacific Coast Hwy",
"address2": null,
"attributes": {},
"available_scopes": [],
"balance": "351.52",
"billing_email": "example@example.com",
"callbacks": {},
"charge_at": "20",
"city": null,
"company_name": "CarrierX",
"country_code": "USA",
"daily_spending_limit": "500",
"daily_spent_amount": "0",
"date_created": "2023-09-20T21:34:55.000Z",
"display_id": "CX72521509",
"login": "example",
"name": "John Smith",
"owner_email": "example@example.com",
"parent_assigned_acls": [
{
"access_control_rules": [
"93525bae-f9a9-336b-b92a-7f421df7a11e"
],
"direction": "outbound",
"sms_action_false": null,
"sms_action_true": "accept",
"voice_action_false": null,
"voice_action_true": null
}
],
"parent_sid": "ac38616e-d2e3-4cd6-99ae-b6658f0728b6",
"partner_sid": "ed437757-001d-4ecc-aa5a-efdf5e50dba0",
"payment_type": "prepay",
"phonenumber": "15162065574",
"prepay_amount": "100",
"spending_limit": "0",
"state": null,
"status": "active",
"tech_email": "example@example.com",
"transformations": [],
"zip": "90804"
}"#;

/// The fields the seed lists under "Fields that can be modified are:".
const MODIFIABLE: [&str; 15] = [
    "acls",
    "address1",
    "address2",
    "attributes",
    "billing_email",
    "callbacks",
    "city",
    "company_name",
    "name",
    "owner_email",
    "parent_assigned_acls",
    "phonenumber",
    "tech_email",
    "transformations",
    "zip",
];

fn client() -> carrierx::Client {
    carrierx::Client::new(carrierx::Auth::bearer("test-token"))
}

fn seed_partner() -> Value {
    serde_json::from_str(SEED_PARTNER).expect("the seed's example is JSON")
}

/// The seed's Partner as `get_partner` decodes it.
fn fetched() -> types::Partner {
    builders::GetPartner::decode(
        StatusCode::OK,
        &reply_headers("application/json"),
        SEED_PARTNER.as_bytes(),
    )
    .expect("the seed's Partner decodes")
    .into_body()
}

fn sent(request: &http::Request<Vec<u8>>) -> Value {
    serde_json::from_slice(request.body()).expect("a JSON body")
}

#[test]
fn the_spec_keeps_the_seed_partner_verbatim() {
    let spec = Spec::load("carrierx.yaml");
    let documented = &spec.doc()["components"]["examples"]["UpdatedPartner"]["value"];
    assert_eq!(*documented, seed_partner());
}

// ---- PUT: the whole object ---------------------------------------------------

#[test]
fn get_modify_put_sends_every_field_read_only_ones_with_their_current_values() {
    let mut partner = fetched();
    partner.city = Some(Some("Long Beach".to_owned()));
    let request = client().replace_partner(SID, partner).build().unwrap();

    assert_eq!(request.method(), http::Method::PUT);
    assert_eq!(
        request.uri(),
        "https://api.carrierx.com/core/v2/partners/ed437757-002d-4ecc-aa5a-efdf5e50dba0"
    );
    let body = sent(&request);
    let mut expected = seed_partner();
    expected["city"] = json!("Long Beach");
    assert_eq!(body, expected);
    // "all the fields must be present in a PUT request": all 31 of the
    // documented Partner, the 16 read-only ones included, nulls as nulls.
    let fields = body.as_object().unwrap();
    assert_eq!(fields.len(), 31);
    let read_only: Vec<&str> = fields
        .keys()
        .map(String::as_str)
        .filter(|field| !MODIFIABLE.contains(field))
        .collect();
    assert_eq!(read_only.len(), 16);
    assert_eq!(body["balance"], json!("351.52"));
    assert_eq!(body["display_id"], json!("CX72521509"));
    assert_eq!(body["state"], Value::Null);
}

#[test]
fn the_put_keeps_fields_the_spec_does_not_know() {
    let mut reply = seed_partner();
    reply["trial"] = json!(true);
    let partner: types::Partner = serde_json::from_value(reply.clone()).unwrap();
    let request = client().replace_partner(SID, partner).build().unwrap();
    assert_eq!(sent(&request), reply);
}

#[test]
fn the_put_takes_the_pages_nested_objects_argument() {
    // "Query Arguments: nested_objects ... Value accepted in this field is
    // replace." The page documents PATCH and PUT together.
    let request = client()
        .replace_partner(SID, fetched())
        .nested_objects(types::NestedObjects::Replace)
        .build()
        .unwrap();
    assert_eq!(
        request.uri(),
        "https://api.carrierx.com/core/v2/partners/ed437757-002d-4ecc-aa5a-efdf5e50dba0?nested_objects=replace"
    );
}

#[test]
fn a_patch_of_the_same_object_sends_the_modifiable_fields_only() {
    // The whole documented object read as a patch body: only the 15 fields
    // "that can be modified" survive; the patch type has no read-only field.
    let patch: types::PartnerPatch = serde_json::from_str(SEED_PARTNER).unwrap();
    let request = client().patch_partner(SID).body(patch).build().unwrap();
    let body = sent(&request);
    let mut fields: Vec<&str> = body
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    fields.sort_unstable();
    assert_eq!(fields, MODIFIABLE);
}

/// A client for `server` that retries fast.
fn retrying(server: &FaultServer) -> carrierx::Client {
    client()
        .with_http_client(http_client())
        .with_base_url(server.base_url())
        .with_retry(RetryPolicy {
            max_attempts: 3,
            base_delay: Duration::from_millis(5),
            max_delay: Duration::from_millis(20),
            ..RetryPolicy::default()
        })
}

#[tokio::test]
async fn put_is_retried_and_patch_is_not() {
    let busy = || Reply::status(503).body("text/plain", "busy");
    // PUT replaces the whole object: sending it again changes nothing.
    let server = FaultServer::start([busy(), Reply::json(200, &seed_partner())]).await;
    let got = retrying(&server)
        .replace_partner(SID, fetched())
        .send()
        .await;
    got.expect("retried once");
    assert_eq!(server.attempts(), 2);
    // The PATCH merges nested objects by rules the stored documents do not
    // give, so a failed one is not sent again unless the caller opts in.
    let server = FaultServer::start([busy(), Reply::json(200, &seed_partner())]).await;
    let got = retrying(&server)
        .patch_partner(SID)
        .address1("4300 E Pacific Coast Hwy")
        .send()
        .await;
    assert!(got.is_err(), "{got:?}");
    assert_eq!(server.attempts(), 1);
}

// ---- Field filtering ---------------------------------------------------------

#[test]
fn a_filtered_get_asks_for_the_fields_and_decodes_just_those() {
    let request = client()
        .get_partner(SID)
        .include_fields("partner_sid,name")
        .build()
        .unwrap();
    assert_eq!(
        request.uri(),
        "https://api.carrierx.com/core/v2/partners/ed437757-002d-4ecc-aa5a-efdf5e50dba0?include_fields=partner_sid%2Cname"
    );
    // The two fields asked for, with the Get Partner by SID example's values.
    let reply = r#"{"partner_sid": "ed437757-002d-4ecc-aa5a-efdf5e50dba0", "name": "John Smith"}"#;
    let partner = builders::GetPartner::decode(
        StatusCode::OK,
        &reply_headers("application/json"),
        reply.as_bytes(),
    )
    .expect("a filtered reply decodes");
    assert_eq!(partner.partner_sid.as_deref(), Some(SID));
    assert_eq!(partner.name.as_deref(), Some("John Smith"));
    assert_eq!(partner.acls, None);
    assert_eq!(partner.address2, None, "absent, not null");
    // Nothing is invented on the way back.
    assert_eq!(
        serde_json::to_value(partner.body()).unwrap(),
        json!({"partner_sid": SID, "name": "John Smith"})
    );
}

#[test]
fn a_list_with_excluded_fields_decodes() {
    let mut item = seed_partner();
    for field in [
        "acls",
        "available_scopes",
        "parent_assigned_acls",
        "balance",
    ] {
        item.as_object_mut().unwrap().remove(field);
    }
    let reply = json!({"count": 1, "has_more": false, "items": [item.clone()]});
    let request = client()
        .list_partners()
        .exclude_fields("acls,available_scopes,parent_assigned_acls,balance")
        .build()
        .unwrap();
    assert_eq!(
        request.uri().query(),
        Some("exclude_fields=acls%2Cavailable_scopes%2Cparent_assigned_acls%2Cbalance")
    );
    let list = builders::ListPartners::decode(
        StatusCode::OK,
        &reply_headers("application/json"),
        &serde_json::to_vec(&reply).unwrap(),
    )
    .expect("a list of filtered partners decodes");
    assert_eq!(list.items[0].balance, None);
    assert_eq!(serde_json::to_value(list.body()).unwrap(), reply);
}
