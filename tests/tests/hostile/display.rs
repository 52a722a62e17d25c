//! Every error's `Display` is one line, whatever a caller or a server put
//! in it: control characters are escaped and values are cut short.

use http::{HeaderMap, HeaderValue, Method, StatusCode};
use switchboard::runtime::{Limits, TransportError, TransportErrorKind};
use switchboard::{BuildError, Error, carrierx, flowroute};
use switchboard_runtime::__private::{Credentials, RequestBuilder};
use switchboard_tests::fault::{FaultServer, Reply};

use crate::support::{Kind, ms};

/// The longest an error's `Display` may be here: a few bounded values.
const LONGEST: usize = 1000;

fn assert_one_bounded_line(what: &str, text: &str) {
    assert!(!text.contains(['\n', '\r']), "{what} spans lines: {text}");
    assert!(
        !text.contains(['\u{1b}', '\u{7}', '\u{2028}', '\u{202e}']),
        "{what} holds a control character: {text}"
    );
    assert!(
        text.chars().count() <= LONGEST,
        "{what} is {} characters long",
        text.chars().count()
    );
}

#[tokio::test]
async fn a_parameter_value_with_a_line_break_is_escaped() {
    let client = flowroute::Client::new(flowroute::Auth::basic("u", "p"));
    let error = client.get_number("1\nx-injected: 1").build().unwrap_err();
    assert_eq!(
        error.to_string(),
        "parameter `id` = `1\\nx-injected: 1` does not match the pattern `^[0-9]{11}$`"
    );
    // The field keeps the value whole.
    assert!(
        matches!(&error, BuildError::InvalidParameter { value, .. } if value == "1\nx-injected: 1")
    );
    let error = client
        .get_number("1\r\nx-injected: 1")
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "invalid request, not sent: parameter `id` = `1\\r\\nx-injected: 1` \
         does not match the pattern `^[0-9]{11}$`"
    );
}

#[test]
fn a_base_url_with_a_line_break_is_escaped() {
    let client = flowroute::Client::new(flowroute::Auth::basic("u", "p"))
        .with_base_url("http://a\nb\u{1b}[31m");
    let error = client.get_number("16463451234").build().unwrap_err();
    let text = error.to_string();
    assert!(
        text.starts_with("invalid request URL `http://a\\nb\\u{1b}[31m/numbers/16463451234`: "),
        "{text}"
    );
    assert_one_bounded_line("InvalidUrl", &text);
}

#[test]
fn long_values_are_cut_with_an_ellipsis() {
    let client = flowroute::Client::new(flowroute::Auth::basic("u", "p"));
    let long = "9".repeat(10_000);
    let error = client.get_number(&long).build().unwrap_err();
    assert_eq!(
        error.to_string(),
        format!(
            "parameter `id` = `{}…` does not match the pattern `^[0-9]{{11}}$`",
            "9".repeat(80)
        )
    );
    let client = flowroute::Client::new(flowroute::Auth::basic("u", "p"))
        .with_base_url(format!("http://{}\n", "h".repeat(10_000)));
    let error = client.get_number("16463451234").build().unwrap_err();
    assert_one_bounded_line("a long InvalidUrl", &error.to_string());
}

#[test]
fn every_build_error_is_one_line() {
    let carrierx = carrierx::Client::new(carrierx::Auth::bearer("t"));
    let path = carrierx.get_partner("..").build().unwrap_err();
    assert_eq!(
        path.to_string(),
        "a path parameter cannot be `..`: it would change the path, not fill one segment"
    );
    let header = RequestBuilder::new(Method::GET, "http://127.0.0.1:1")
        .header("x-request-id", "a\nb")
        .build(&Credentials::None)
        .unwrap_err();
    assert_eq!(
        header.to_string(),
        "header `x-request-id` has a value that cannot appear in an HTTP header"
    );

    /// A body whose serialization fails with a message of several lines.
    struct Hostile;
    impl serde::Serialize for Hostile {
        fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
            Err(serde::ser::Error::custom(format!(
                "bad\nx-injected: 1{}",
                "!".repeat(5000)
            )))
        }
    }
    let body = RequestBuilder::new(Method::POST, "http://127.0.0.1:1")
        .json_body("application/json", &Hostile)
        .build(&Credentials::None)
        .unwrap_err();
    let text = body.to_string();
    assert!(
        text.starts_with("the request body could not be serialized: bad\\nx-injected: 1!!"),
        "{text}"
    );
    assert_one_bounded_line("Body", &text);
    let credentials = Credentials::Bearer("a\nb".into());
    let invalid = RequestBuilder::new(Method::GET, "http://127.0.0.1:1")
        .build(&credentials)
        .unwrap_err();
    assert_one_bounded_line("InvalidCredentials", &invalid.to_string());
}

#[test]
fn every_reply_error_is_one_line_whatever_the_server_sent() {
    let mut headers = HeaderMap::new();
    let id = format!("req\t{}", "7".repeat(10_000));
    headers.insert("x-request-id", HeaderValue::from_str(&id).unwrap());
    let status = StatusCode::INTERNAL_SERVER_ERROR;
    let body = format!(
        "line one\r\nline two\u{1b}[2J\u{2028}\u{202e}{}",
        "z".repeat(20_000)
    );
    let message = format!("expected value\nat line 2{}", "m".repeat(5000));

    let api = Error::api(status, &headers, ());
    let text = api.to_string();
    assert!(
        text.starts_with("the provider answered 500 Internal Server Error (request id req\\t777"),
        "{text}"
    );
    assert!(text.ends_with("7…)"), "{text}");
    assert_one_bounded_line("Error::Api", &text);

    let decode = Error::<()>::decode(status, &headers, body.as_bytes(), message.clone());
    assert_one_bounded_line("Error::Decode", &decode.to_string());
    assert!(
        decode.to_string().contains("expected value\\nat line 2mmm"),
        "{decode}"
    );
    let unexpected = Error::<()>::unexpected(status, &headers, body.as_bytes(), message);
    assert_one_bounded_line("Error::UnexpectedResponse", &unexpected.to_string());

    let limits = Limits {
        timeout: ms(250),
        max_body_bytes: 10,
        connect_timeout: ms(100),
    };
    let cause = format!("reset by peer\r\nx-injected: 1{}", "r".repeat(5000));
    for kind in [
        TransportErrorKind::Connect,
        TransportErrorKind::Interrupted,
        TransportErrorKind::Other,
        TransportErrorKind::Timeout,
        TransportErrorKind::BodyTooLarge,
    ] {
        let error = TransportError::new(kind, cause.clone());
        assert_one_bounded_line("TransportError", &error.to_string());
        let error = Error::<()>::from_transport(error, limits, 3);
        assert_one_bounded_line("Error::from_transport", &error.to_string());
    }
    let error = Error::<()>::from_transport(
        TransportError::new(TransportErrorKind::Connect, "refused\n"),
        limits,
        3,
    );
    assert_eq!(
        error.to_string(),
        "transport error: could not connect: refused\\n (3 attempts)"
    );
    assert_eq!(error.attempts(), Some(3));
    let error = Error::<()>::from_transport(
        TransportError::new(TransportErrorKind::Timeout, "slow"),
        limits,
        1,
    );
    assert_eq!(error.to_string(), "no reply within 250ms (1 attempt)");
}

#[tokio::test]
async fn a_redirect_error_is_one_line_whatever_the_location() {
    let location = format!("ftp://{}/", "l".repeat(10_000));
    let server = FaultServer::start([Reply::status(302).header("location", &location)]).await;
    let got = Kind::Bearer
        .get(&Kind::Bearer.client(&server.base_url()))
        .await;
    let Err(error @ Error::Redirect(redirect)) = &got else {
        panic!("{got:?}")
    };
    assert_eq!(redirect.location, location);
    assert_one_bounded_line("Error::Redirect", &error.to_string());
}
