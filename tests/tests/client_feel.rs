//! What calling a generated client feels like: `.await` on a builder sends
//! it, a struct with required fields has `Type::new(required…)`, and body
//! fields are checked against their schemas before anything is sent, the
//! error naming the field's path (in a JSON body, a patch, a list, a form
//! and a multipart body).

use switchboard::runtime::RetryPolicy;
use switchboard::{BuildError, Error, carrierx, telegent};
use switchboard_tests::fault::{FaultServer, Reply};
use switchboard_tests::golden::body_checks::{self, types as checked};
use switchboard_tests::loopback::Loopback;
use switchboard_tests::spec::Spec;

fn route() -> checked::Route {
    checked::Route::new("main", 3)
}

#[tokio::test]
async fn awaiting_a_builder_sends_it() {
    let server = Loopback::bind().await;
    let client = carrierx::Client::new(carrierx::Auth::bearer("t0k3n"))
        .with_base_url(server.base_url())
        .with_http_client(Loopback::http_client());
    let partner = Spec::load("carrierx.yaml")
        .operation("getPartner")
        .response_body::<serde_json::Value>("200");
    let sid = "ed437757-002d-4ecc-aa5a-efdf5e50dba0";
    let (reply, received) = server
        .exchange(
            async { client.get_partner(sid).await },
            "200 OK",
            "application/json",
            serde_json::to_vec(&partner).unwrap(),
        )
        .await;
    assert_eq!(
        received.request_line,
        format!("GET /partners/{sid} HTTP/1.1")
    );
    assert_eq!(received.header("authorization"), ["Bearer t0k3n"]);
    let reply = reply.expect("decoded");
    assert_eq!(reply.partner_sid.as_deref(), Some(sid));
}

#[test]
fn a_struct_with_required_fields_is_built_from_them() {
    let mut body =
        telegent::CreateVoiceRouteBody::new("Main SIP Trunk", telegent::RouteType::Trunk);
    assert_eq!(body.route_name, "Main SIP Trunk");
    assert_eq!(body.voice_url, None, "every optional field starts empty");
    body.trunk_ip1 = Some("10.0.0.1".into());
    let json = serde_json::to_value(&body).unwrap();
    assert_eq!(
        json,
        serde_json::json!({"RouteName": "Main SIP Trunk", "RouteType": "Trunk", "TrunkIp1": "10.0.0.1"})
    );
    // A required nullable field is an `Option` argument; the rest start empty.
    let create = carrierx::PartnerCreate::default();
    assert_eq!(create.name, None, "no required field: `Default` instead");
}

#[test]
fn body_fields_are_checked_before_sending() {
    let client = body_checks::Client::new(body_checks::Auth::bearer("t"));
    assert!(client.create_route(route()).build().is_ok());
    let cases: Vec<(checked::Route, &str)> = vec![
        (
            checked::Route::new("", 3),
            "body field `name` = `` is shorter than 1 characters",
        ),
        (
            checked::Route::new("main", 10),
            "body field `priority` = `10` is more than the maximum 9",
        ),
        (
            checked::Route {
                number: Some(Some("123".into())),
                ..route()
            },
            "body field `number` = `123` does not match the pattern `^[0-9]{11}$`",
        ),
        (
            checked::Route {
                tags: Some(vec!["a".into(), "b".into(), "c".into(), "d".into()]),
                ..route()
            },
            "body field `tags` = `4 items` are more than the maximum 3",
        ),
        (
            checked::Route {
                tags: Some(vec!["ok".into(), "Not OK".into()]),
                ..route()
            },
            "body field `tags[1]` = `Not OK` does not match the pattern `^[a-z]+$`",
        ),
        (
            checked::Route {
                targets: Some(vec![
                    checked::Target::new("a"),
                    checked::Target::new("far too long"),
                ]),
                ..route()
            },
            "body field `targets[1].address` = `far too long` is longer than 8 characters",
        ),
        (
            checked::Route {
                fallback: Some(checked::Target {
                    weight: Some(0),
                    ..checked::Target::new("a")
                }),
                ..route()
            },
            "body field `fallback.weight` = `0` is less than the minimum 1",
        ),
        (
            checked::Route {
                labels: Some([("eu".to_owned(), checked::Target::new("123456789"))].into()),
                ..route()
            },
            "body field `labels[eu].address` = `123456789` is longer than 8 characters",
        ),
    ];
    for (body, expected) in cases {
        let error = client.create_route(body).build().unwrap_err();
        assert!(
            matches!(error, BuildError::InvalidField { .. }),
            "{error:?}"
        );
        assert_eq!(error.to_string(), expected);
    }
    // A value nobody set is not checked; `null` is not a string to match.
    let cleared = checked::Route {
        number: Some(None),
        ..route()
    };
    assert!(client.create_route(cleared).build().is_ok());
}

#[test]
fn every_kind_of_body_is_checked() {
    let client = body_checks::Client::new(body_checks::Auth::bearer("t"));
    // A patch: its required fields are arguments, its optional ones setters.
    let error = client
        .patch_route("r1", "main", 3)
        .tags(vec!["UPPER".into()])
        .build()
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "body field `tags[0]` = `UPPER` does not match the pattern `^[a-z]+$`"
    );
    assert!(client.patch_route("r1", "main", 3).build().is_ok());
    // A list body names the item.
    let batch = vec![
        checked::Target::new("ok"),
        checked::Target::new("too-long-address"),
    ];
    let error = client.create_batch(batch).build().unwrap_err();
    assert_eq!(
        error.to_string(),
        "body field `[1].address` = `too-long-address` is longer than 8 characters"
    );
    // A form body, optional here.
    let form = body_checks::SubmitFormBody {
        code: Some("abc".into()),
    };
    assert!(
        client.submit_form().build().is_ok(),
        "no body, nothing to check"
    );
    let error = client.submit_form().body(form).build().unwrap_err();
    assert_eq!(
        error.to_string(),
        "body field `code` = `abc` does not match the pattern `^[A-Z]{3}$`"
    );
    // A multipart body: its text parts, beside a file part.
    for (label, expected) in [
        (
            "Front",
            "body field `label` = `Front` does not match the pattern `^[a-z]+$`",
        ),
        (
            "frontpage",
            "body field `label` = `frontpage` is longer than 8 characters",
        ),
    ] {
        let scan = checked::UploadScanBody::new(b"%PDF", label);
        let error = client.upload_scan(scan).build().unwrap_err();
        assert_eq!(error.to_string(), expected);
    }
    assert!(
        client
            .upload_scan(checked::UploadScanBody::new(b"%PDF", "front"))
            .build()
            .is_ok()
    );
}

/// `bytes` with every `from` replaced by `to`.
fn replaced(bytes: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut rest = bytes;
    while !rest.is_empty() {
        if rest.starts_with(from) {
            out.extend_from_slice(to);
            rest = &rest[from.len()..];
        } else {
            out.push(rest[0]);
            rest = &rest[1..];
        }
    }
    out
}

#[tokio::test]
async fn a_multipart_body_is_checked_before_sending_and_sent_exactly_when_it_passes() {
    let server = FaultServer::start([Reply::status(204)]).await;
    let client = body_checks::Client::new(body_checks::Auth::bearer("t0k3n"))
        .with_base_url(server.base_url())
        .with_retry(RetryPolicy::disabled());
    // The file's bytes hold a line break, as a PDF's do.
    let scan = |label: &str| checked::UploadScanBody::new(b"%PDF-1.7\r\n\x00\xff", label);
    for label in ["Front", "frontpage"] {
        let got = client.upload_scan(scan(label)).send().await;
        assert!(
            matches!(&got, Err(Error::InvalidRequest(BuildError::InvalidField { path, .. })) if path == "label"),
            "{got:?}"
        );
    }
    assert_eq!(server.attempts(), 0, "{:?}", server.requests());
    let got = client.upload_scan(scan("front")).send().await;
    assert_eq!(got.unwrap().status(), 204);
    let [request] = &server.requests()[..] else {
        panic!("{:?}", server.requests())
    };
    assert_eq!(request.method, "POST");
    assert_eq!(request.target, "/scans");
    assert_eq!(request.header("authorization"), Some("Bearer t0k3n"));
    let content_type = request.header("content-type").unwrap();
    let boundary = content_type
        .strip_prefix("multipart/form-data; boundary=")
        .unwrap_or_else(|| panic!("{content_type}"));
    let expected: &[u8] = b"--BOUNDARY\r\n\
          Content-Disposition: form-data; name=\"file\"; filename=\"file\"\r\n\
          Content-Type: application/octet-stream\r\n\
          \r\n\
          %PDF-1.7\r\n\x00\xff\r\n\
          --BOUNDARY\r\n\
          Content-Disposition: form-data; name=\"label\"\r\n\
          \r\n\
          front\r\n\
          --BOUNDARY--\r\n";
    assert_eq!(
        replaced(&request.body, boundary.as_bytes(), b"BOUNDARY"),
        expected
    );
    assert_eq!(
        request.header("content-length"),
        Some(request.body.len().to_string().as_str())
    );
}

#[tokio::test]
async fn a_body_that_breaks_its_schema_is_never_sent() {
    let client = body_checks::Client::new(body_checks::Auth::bearer("t"))
        .with_base_url("http://127.0.0.1:9");
    let reply = client.create_route(checked::Route::new("", 3)).await;
    assert!(
        matches!(reply, Err(Error::InvalidRequest(BuildError::InvalidField { ref path, .. })) if path == "name"),
        "{reply:?}"
    );
}
