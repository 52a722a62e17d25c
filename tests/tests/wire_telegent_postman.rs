//! Telegent behaviour documented by its own Postman collection ("mPaaS Core
//! APIs", `/work/shared/seeds/extra/telegent/voice-routes-postman-dump.txt`,
//! summarised in `voice-routes-notes.txt`), from the collection's text:
//!
//! - ERROR BODY: ASP.NET Core ProblemDetails for 400, 401 and 404 on the
//!   voice-route operations, beside the seed's published `{StatusCode,
//!   Message}`: both decode as `Error::Api`, whatever JSON content type.
//! - Delete Voice Route (`POST /v1.0/voice/routes/delete`).
//! - Voice Route Details: "some fields may be null or absent if not
//!   applicable".

use http::StatusCode;
use serde_json::{Value, json};
use switchboard::telegent::{self, builders, types};
use switchboard::{Error, Response};
use switchboard_tests::fault::{FaultServer, Reply, http_client};
use switchboard_tests::wire::{render, reply_headers};

const CRID: &str = "CRID-4dec6beb-3985-444b-8c06-8baa70dc1416";

fn client() -> telegent::Client {
    telegent::Client::new(telegent::Auth::bearer("test-token"))
}

/// "Delete Voice Route", 404 Not Found: Route Not Found (verbatim).
const DELETE_NOT_FOUND: &str = r#"{
    "Type": "https://tools.ietf.org/html/rfc7231#section-6.5.4",
    "Title": "Not Found",
    "Status": 404,
    "Detail": "Voice route with ID 'CRID-4dec6beb-3985-444b-8c06-8baa70dc1416' was not found.",
    "TraceId": "00-1234abcd5678efgh-abcdef123456-00"
}"#;

/// "Delete Voice Route", 400 Bad Request: Route In Use (verbatim).
const DELETE_IN_USE: &str = r#"{
    "Type": "https://tools.ietf.org/html/rfc7231#section-6.5.1",
    "Title": "Bad Request",
    "Status": 400,
    "Detail": "Cannot delete voice route as it is currently assigned to one or more phone numbers.",
    "TraceId": "00-1234abcd5678efgh-abcdef123456-00"
}"#;

/// "Create Voice Route" / "Update Voice Route", 400 Bad Request: Validation
/// Error (verbatim).
const VALIDATION_ERROR: &str = r#"{
    "Type": "https://tools.ietf.org/html/rfc7231#section-6.5.1",
    "Title": "One or more validation errors occurred.",
    "Status": 400,
    "Errors": {
        "$.RouteType": ["Route type must be one of: Trunk, URL, Forward"]
    },
    "TraceId": "00-1234abcd5678efgh-abcdef123456-00"
}"#;

/// Every voice-route page, 401 Unauthorized: Authentication Error (verbatim).
const UNAUTHORIZED: &str = r#"{
    "Type": "https://tools.ietf.org/html/rfc7235#section-3.1",
    "Title": "Unauthorized",
    "Status": 401,
    "TraceId": "00-1234abcd5678efgh-abcdef123456-00"
}"#;

/// The seed's published 404 example (`003_ea535ef13deed359.txt`).
const SEED_NOT_FOUND: &str = r#"{"StatusCode":404,"Message":"Not found: the requested resource does not exist or belongs to a different account."}"#;

const JSON_TYPES: [&str; 3] = [
    "application/json",
    "application/problem+json",
    "application/problem+json; charset=utf-8",
];

/// The documented error a reply decoded into; panics on anything else.
fn api_error<T: std::fmt::Debug>(
    result: Result<Response<T>, Error<types::ErrorBody>>,
) -> (StatusCode, types::ErrorBody) {
    match result {
        Err(Error::Api(api)) => (api.status, api.body),
        other => panic!("expected Error::Api, got {other:?}"),
    }
}

fn problem_404(body: types::ErrorBody) -> types::ProblemDetails {
    match body {
        types::ErrorBody::NotFound(types::NotFoundBody::ProblemDetails(problem)) => problem,
        other => panic!("expected a ProblemDetails 404, got {other:?}"),
    }
}

// ---- ERROR BODY --------------------------------------------------------------

#[test]
fn a_problem_details_404_is_the_providers_error_under_every_json_type() {
    for content_type in JSON_TYPES {
        let headers = reply_headers(content_type);
        let body = DELETE_NOT_FOUND.as_bytes();
        let outcomes = [
            api_error(builders::DeleteVoiceRoute::decode(
                StatusCode::NOT_FOUND,
                &headers,
                body,
            )),
            api_error(builders::GetVoiceRoute::decode(
                StatusCode::NOT_FOUND,
                &headers,
                body,
            )),
            api_error(builders::UpdateVoiceRoute::decode(
                StatusCode::NOT_FOUND,
                &headers,
                body,
            )),
        ];
        for (status, body) in outcomes {
            assert_eq!(status, StatusCode::NOT_FOUND, "{content_type}");
            let problem = problem_404(body.clone());
            assert_eq!(problem.title.as_deref(), Some("Not Found"));
            assert_eq!(problem.status, Some(404));
            assert_eq!(
                problem.detail.as_deref(),
                Some(
                    "Voice route with ID 'CRID-4dec6beb-3985-444b-8c06-8baa70dc1416' was not found."
                )
            );
            assert_eq!(
                problem.trace_id.as_deref(),
                Some("00-1234abcd5678efgh-abcdef123456-00")
            );
            // Re-encoded exactly as the provider sent it.
            let sent: Value = serde_json::from_str(DELETE_NOT_FOUND).unwrap();
            assert_eq!(serde_json::to_value(&body).unwrap(), sent);
        }
    }
}

#[test]
fn the_published_shape_is_still_tried_first() {
    for content_type in JSON_TYPES {
        let (_, body) = api_error(builders::GetVoiceRoute::decode(
            StatusCode::NOT_FOUND,
            &reply_headers(content_type),
            SEED_NOT_FOUND.as_bytes(),
        ));
        let types::ErrorBody::NotFound(types::NotFoundBody::NotFoundResult(result)) = body else {
            panic!("{content_type}: {body:?}");
        };
        assert_eq!(result.status_code, 404);
    }
}

#[test]
fn a_validation_error_carries_its_messages_by_field() {
    for decode in [
        builders::CreateVoiceRoute::decode,
        builders::UpdateVoiceRoute::decode,
    ] {
        let (status, body) = api_error(decode(
            StatusCode::BAD_REQUEST,
            &reply_headers("application/problem+json"),
            VALIDATION_ERROR.as_bytes(),
        ));
        assert_eq!(status, StatusCode::BAD_REQUEST);
        let types::ErrorBody::BadRequest(types::BadRequestBody::ProblemDetails(problem)) = body
        else {
            panic!("{body:?}");
        };
        assert_eq!(
            problem.title.as_deref(),
            Some("One or more validation errors occurred.")
        );
        assert_eq!(
            problem.errors.as_ref().unwrap()["$.RouteType"],
            ["Route type must be one of: Trunk, URL, Forward"]
        );
        assert_eq!(problem.detail, None);
    }
}

#[test]
fn a_problem_details_401_decodes_on_every_voice_route_operation() {
    fn check<T: std::fmt::Debug>(result: Result<Response<T>, Error<types::ErrorBody>>) {
        let (status, body) = api_error(result);
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        let types::ErrorBody::Unauthorized(types::UnauthorizedBody::ProblemDetails(problem)) = body
        else {
            panic!("{body:?}");
        };
        assert_eq!(problem.status, Some(401));
        assert_eq!(
            problem.r#type.as_deref(),
            Some("https://tools.ietf.org/html/rfc7235#section-3.1")
        );
    }
    let (status, headers, body) = (
        StatusCode::UNAUTHORIZED,
        reply_headers("application/json"),
        UNAUTHORIZED.as_bytes(),
    );
    check(builders::CreateVoiceRoute::decode(status, &headers, body));
    check(builders::UpdateVoiceRoute::decode(status, &headers, body));
    check(builders::GetVoiceRoute::decode(status, &headers, body));
    check(builders::ListAccountVoiceRoutes::decode(
        status, &headers, body,
    ));
    check(builders::DeleteVoiceRoute::decode(status, &headers, body));
}

// ---- Delete Voice Route ------------------------------------------------------

#[test]
fn delete_sends_the_documented_request() {
    // "Sample Request" and "Try It": POST .../voice/routes/delete with
    // {"CallRouteId": "CRID-4dec6beb-3985-444b-8c06-8baa70dc1416"}.
    let request = client()
        .delete_voice_route(types::DeleteVoiceRouteBody {
            call_route_id: CRID.to_owned(),
        })
        .build()
        .unwrap();
    assert_eq!(
        render(&request),
        "POST https://api.telegent.com/v1.0/voice/routes/delete\n\
         accept: application/json, text/plain, text/json, application/problem+json\n\
         authorization: Bearer test-token\n\
         content-type: application/json\n\
         \n\
         {\"CallRouteId\":\"CRID-4dec6beb-3985-444b-8c06-8baa70dc1416\"}\n"
    );
}

#[tokio::test]
async fn a_failed_delete_is_not_sent_again() {
    // A POST that deletes is not retried unless the caller opts in: a second
    // attempt after a lost reply would answer 404.
    let server = FaultServer::start([
        Reply::status(503).body("text/plain", "busy"),
        Reply::json(
            200,
            &json!({"CallRouteStatus": "Deleted", "CallRouteId": CRID}),
        ),
    ])
    .await;
    let got = client()
        .with_http_client(http_client())
        .with_base_url(server.base_url())
        .delete_voice_route(types::DeleteVoiceRouteBody {
            call_route_id: CRID.to_owned(),
        })
        .send()
        .await;
    assert!(got.is_err(), "{got:?}");
    assert_eq!(server.attempts(), 1);
}

#[test]
fn delete_answers_the_documented_confirmation() {
    // "200 OK: Success" (verbatim).
    let reply = r#"{
    "CallRouteStatus": "Deleted",
    "CallRouteId": "CRID-4dec6beb-3985-444b-8c06-8baa70dc1416"
}"#;
    let deleted = builders::DeleteVoiceRoute::decode(
        StatusCode::OK,
        &reply_headers("application/json"),
        reply.as_bytes(),
    )
    .expect("the documented 200");
    assert_eq!(deleted.call_route_status, "Deleted");
    assert_eq!(deleted.call_route_id, CRID);
}

#[test]
fn a_route_in_use_is_a_bad_request_with_the_documented_detail() {
    let (status, body) = api_error(builders::DeleteVoiceRoute::decode(
        StatusCode::BAD_REQUEST,
        &reply_headers("application/problem+json"),
        DELETE_IN_USE.as_bytes(),
    ));
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let types::ErrorBody::BadRequest(types::BadRequestBody::ProblemDetails(problem)) = body else {
        panic!("{body:?}");
    };
    assert_eq!(
        problem.detail.as_deref(),
        Some("Cannot delete voice route as it is currently assigned to one or more phone numbers.")
    );
}

// ---- "may be null or absent if not applicable" -------------------------------

/// "Voice Route Details", 200 OK (verbatim).
const DETAILS: &str = r#"{
    "CallRouteId": "CRID-509de94f-79cc-429b-a317-2102654dabbb",
    "AccountId": "DID-1e8939ab-3f3c-4db1-89d7-956d80fd793j",
    "RouteName": "Main SIP Trunk",
    "RouteType": "Trunk",
    "VoiceUrl": "https://domain.com",
    "VoiceUrlMethod": "GET",
    "TrunkIp1": "20.87.87.87",
    "TrunkIp2": "20.87.87.86",
    "TrunkPort1": "5061",
    "TrunkPort2": "5060",
    "TrunkTransport1": "UDP",
    "TrunkTransport2": "TCP",
    "TrunkUri1": "https://pstn.joonto.com",
    "TrunkUri2": "https://pstn2.joonto.com",
    "TrunkEnabled1": true,
    "TrunkEnabled2": false,
    "Trunk1Priortiy": 10,
    "Trunk1Weight": 10,
    "Trunk2Priortiy": 20,
    "Trunk2Weight": 20,
    "HeaderManipulation": "HMI8802029",
    "EnableSipRefer": true,
    "TransferCallerId": "Transferee/Transferor",
    "SymmetricRtp": true,
    "EnableTrpSecureTrunk": true,
    "EnablePstnTransfer": true,
    "CnamLookup": true,
    "TerminationUriSubdomain": "client",
    "EnableCallStreaming": true,
    "WssUri": "wss://192.67.88.2",
    "IpWhiteList": []
}"#;

#[test]
fn route_fields_may_be_null_or_absent() {
    // "The response will include all parameters relevant to the route type,
    // but some fields may be null or absent if not applicable": the documented
    // details with every field but the ids null, then with every such field
    // absent.
    let documented: Value = serde_json::from_str(DETAILS).unwrap();
    let mut nulls = documented.clone();
    let mut absent = documented.clone();
    for (name, value) in nulls.as_object_mut().unwrap() {
        if name != "CallRouteId" && name != "AccountId" {
            *value = Value::Null;
        }
    }
    absent
        .as_object_mut()
        .unwrap()
        .retain(|name, _| name == "CallRouteId" || name == "AccountId");
    for body in [&documented, &nulls, &absent] {
        let route = builders::GetVoiceRoute::decode(
            StatusCode::OK,
            &reply_headers("application/json"),
            &serde_json::to_vec(body).unwrap(),
        )
        .unwrap_or_else(|error| panic!("{error}: {body}"));
        assert_eq!(
            route.call_route_id,
            "CRID-509de94f-79cc-429b-a317-2102654dabbb"
        );
        // Null and absence stay apart: what came in goes out.
        assert_eq!(serde_json::to_value(route.body()).unwrap(), *body);
    }
    let route: types::VoiceRoute = serde_json::from_value(nulls).unwrap();
    assert_eq!(route.trunk_ip2, Some(None));
    let route: types::VoiceRoute = serde_json::from_value(absent).unwrap();
    assert_eq!(route.trunk_ip2, None);
}

#[test]
fn list_items_may_be_null_or_absent_too() {
    // "Voice Account Routes List": every item field but the ids is "(if
    // applicable)"; the second documented item, with its trunk fields null.
    let item = json!({
        "CallRouteStatus": "Active",
        "CallRouteId": "CRID-993804Ar09093",
        "AccountId": "DID-1e8939ab-3f3c-4db1-89d7-956d80fd793j203805880870238",
        "RouteName": "Main SIP Trunk Secondary",
        "RouteType": "Trunk",
        "VoiceUrlMethod": null,
        "TrunkIp2": null,
        "TrunkPort2": null,
        "TrunkTransport2": null,
        "IpWhitelist": null,
        "RouteEnabled": true
    });
    let list = json!({
        "AccountId": "DID-1e8939ab-3f3c-4db1-89d7-956d80fd793j203805880870238",
        "TotalRoutes": 1,
        "Results": [item]
    });
    let decoded = builders::ListAccountVoiceRoutes::decode(
        StatusCode::OK,
        &reply_headers("application/json"),
        &serde_json::to_vec(&list).unwrap(),
    )
    .expect("decodes");
    assert_eq!(decoded.results[0].trunk_transport2, Some(None));
    assert_eq!(decoded.results[0].trunk_ip1, None);
    assert_eq!(serde_json::to_value(decoded.body()).unwrap(), list);
}
