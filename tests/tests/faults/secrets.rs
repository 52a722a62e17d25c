//! Credentials kept out of every `Debug`, `Display`, error and log line.

use super::*;

// ---------------------------------------------------------------------------
// Secrets never shown
// ---------------------------------------------------------------------------

/// A `tracing` subscriber that writes every span and event, with all their
/// fields, to a shared buffer.
#[derive(Clone, Default)]
struct Capture {
    lines: Arc<Mutex<String>>,
    next_id: Arc<std::sync::atomic::AtomicU64>,
}

struct Fields<'a>(&'a mut String);

impl tracing::field::Visit for Fields<'_> {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        let _ = write!(self.0, " {}={value:?}", field.name());
    }
}

impl Capture {
    fn text(&self) -> String {
        self.lines.lock().unwrap().clone()
    }

    fn write(
        &self,
        what: &str,
        metadata: &tracing::Metadata<'_>,
        record: impl FnOnce(&mut Fields<'_>),
    ) {
        let mut lines = self.lines.lock().unwrap();
        let mut line = format!(
            "{what} {} {} {}",
            metadata.level(),
            metadata.target(),
            metadata.name()
        );
        record(&mut Fields(&mut line));
        lines.push_str(&line);
        lines.push('\n');
    }
}

impl tracing::Subscriber for Capture {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }

    fn new_span(&self, span: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        self.write("span", span.metadata(), |fields| span.record(fields));
        let id = self
            .next_id
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        tracing::span::Id::from_u64(id + 1)
    }

    fn record(&self, _: &tracing::span::Id, values: &tracing::span::Record<'_>) {
        let mut lines = self.lines.lock().unwrap();
        let mut line = "record".to_owned();
        values.record(&mut Fields(&mut line));
        lines.push_str(&line);
        lines.push('\n');
    }

    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}

    fn event(&self, event: &tracing::Event<'_>) {
        self.write("event", event.metadata(), |fields| event.record(fields));
    }

    fn enter(&self, _: &tracing::span::Id) {}

    fn exit(&self, _: &tracing::span::Id) {}
}

/// Every form a secret could leak in.
fn secret_forms() -> Vec<String> {
    let basic =
        base64::engine::general_purpose::STANDARD.encode(format!("{BASIC_USER}:{BASIC_PASSWORD}"));
    vec![TOKEN.to_owned(), BASIC_PASSWORD.to_owned(), basic]
}

fn assert_no_secret(what: &str, text: &str) {
    for secret in secret_forms() {
        assert!(!text.contains(&secret), "{what} shows a secret: {text}");
    }
}

#[tokio::test]
async fn credentials_never_appear_in_debug_display_errors_or_logs() {
    let capture = Capture::default();
    let _default = tracing::subscriber::set_default(capture.clone());
    let mut shown = Vec::new();

    // Clients, credentials and builders.
    let bearer = carrierx::Auth::bearer(TOKEN);
    let basic = flowroute::Auth::basic(BASIC_USER, BASIC_PASSWORD);
    shown.push(format!(
        "{bearer:?} {basic:?} {:#?}",
        Credentials::Bearer(TOKEN.into())
    ));
    shown.push(format!(
        "{:?}",
        Credentials::Basic {
            username: BASIC_USER.into(),
            password: BASIC_PASSWORD.into()
        }
    ));

    // A bearer client and a Basic one, each retrying (so the retry events
    // are logged) and ending in an error.
    let too_many = example("telegent.yaml", "updateVoiceRoute", "429");
    let server = FaultServer::start([
        Reply::json(503, &json!({"StatusCode": 503, "Message": "busy"})),
        Reply::json(429, &too_many).header("x-request-id", "req-1"),
    ])
    .await;
    let telegent = telegent_client(&server).with_retry(fast(2));
    let builder = telegent.update_voice_route(CRID).route_name("x");
    let request = builder.build().unwrap();
    shown.push(format!(
        "{telegent:?} {telegent:#?} {builder:?} {request:?}"
    ));
    let got = builder.send().await;
    let Err(api @ Error::Api(_)) = &got else {
        panic!("expected Error::Api, got {got:?}")
    };
    shown.push(format!("{api} {api:?} {api:#?}"));
    // The secret was really sent, so its absence elsewhere means something.
    let sent = server.requests()[0]
        .header("authorization")
        .unwrap()
        .to_owned();
    assert_eq!(sent, format!("Bearer {TOKEN}"));

    let server = FaultServer::start([
        Reply::status(503).body("text/plain", "busy"),
        Reply::status(200).body("application/vnd.api+json", "{\"data\": "),
    ])
    .await;
    let flowroute = flowroute_client(&server).with_retry(fast(2));
    let builder = flowroute.get_number(NUMBER);
    shown.push(format!(
        "{flowroute:?} {builder:?} {:?}",
        builder.build().unwrap()
    ));
    let got = builder.send().await;
    let Err(decode @ Error::Decode(_)) = &got else {
        panic!("expected Error::Decode, got {got:?}")
    };
    shown.push(format!("{decode} {decode:?}"));
    let sent = server.requests()[0]
        .header("authorization")
        .unwrap()
        .to_owned();
    assert!(sent.ends_with(&secret_forms()[2]));

    // Transport errors, timeouts, unexpected replies.
    let server = FaultServer::start([
        Reply::no_answer(),
        Reply::json(200, &partner()).delay(Duration::from_secs(3)),
        Reply::status(418),
    ])
    .await;
    let carrierx = carrierx_client(&server).with_retry(RetryPolicy::disabled());
    for _ in 0..3 {
        let got = carrierx.get_partner(SID).timeout(ms(100)).send().await;
        let error = got.expect_err("every reply is a fault");
        shown.push(format!(
            "{error} {error:?} {:?}",
            std::error::Error::source(&error)
        ));
    }
    let got = flowroute::Client::new(flowroute::Auth::basic(BASIC_USER, BASIC_PASSWORD))
        .with_http_client(http_client())
        .with_base_url("http://127.0.0.1:1")
        .with_retry(fast(2))
        .get_number(NUMBER)
        .send()
        .await;
    let error = got.expect_err("nothing listens on port 1");
    shown.push(format!("{error} {error:?}"));

    for text in &shown {
        assert_no_secret("output", text);
    }
    let logs = capture.text();
    assert!(logs.contains("retrying"), "no retry was logged: {logs}");
    assert!(logs.contains("/v1.0/voice/routes/update"), "{logs}");
    assert!(logs.contains("/numbers/{id}"), "{logs}");
    assert_no_secret("the logs", &logs);
}

#[tokio::test]
async fn a_secret_a_server_echoes_in_a_reply_it_keeps_is_redacted() {
    // An undocumented status whose message quotes the token, and a
    // documented one whose body does not decode and starts with it.
    let echo = json!({"message": format!("token {TOKEN} is not valid here")});
    let server = FaultServer::start([
        Reply::json(418, &echo),
        Reply::status(200).body("application/json", format!("{TOKEN} <html>")),
    ])
    .await;
    let client = carrierx_client(&server);
    for _ in 0..2 {
        let got = client.get_partner(SID).send().await;
        let error = got.as_ref().unwrap_err();
        assert!(
            matches!(error, Error::UnexpectedResponse(_) | Error::Decode(_)),
            "{error:?}"
        );
        let shown = format!("{error} {error:?}");
        assert_no_secret("a reply's error", &shown);
        assert!(shown.contains("***"), "{shown}");
    }
    assert_eq!(server.attempts(), 2);
}

#[tokio::test]
async fn a_short_password_does_not_garble_an_error_or_spell_itself_out() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let shown = |password: &'static str| async move {
        let got = flowroute::Client::new(flowroute::Auth::basic(BASIC_USER, password))
            .with_http_client(http_client())
            .with_base_url(format!("http://127.0.0.1:{port}"))
            .with_retry(fast(2))
            .get_number(NUMBER)
            .send()
            .await;
        match got {
            Err(error @ Error::Transport(_)) => error.to_string(),
            other => panic!("expected Error::Transport, got {other:?}"),
        }
    };
    // The letters of "error sending request" as passwords: the message
    // reads as it does with a password that appears nowhere in it.
    let plain = shown(BASIC_PASSWORD).await;
    assert!(!plain.contains("***"), "{plain}");
    for password in ["e", "s", "re", "r"] {
        assert_eq!(shown(password).await, plain, "password {password:?}");
    }
}
