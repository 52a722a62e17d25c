//! A provider's spec (`specs/<provider>.yaml`) read at test time: its
//! operations, their parameters, statuses and documented examples, with local
//! `$ref`s followed on demand.

use http::StatusCode;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::prism::workspace_root;

/// The HTTP methods an OpenAPI path item may hold, in the order operations
/// are listed.
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// A provider's spec, parsed at test time; local `$ref`s are followed on demand.
#[derive(Debug)]
pub struct Spec {
    path: String,
    doc: Value,
}

/// One operation of the spec.
#[derive(Debug, Clone, Copy)]
pub struct Operation<'a> {
    spec: &'a Spec,
    /// The `operationId`.
    pub id: &'a str,
    item: &'a Value,
    op: &'a Value,
}

/// One documented example: its status (responses only), media type, key and value.
#[derive(Debug, Clone)]
pub struct Example<'a> {
    /// The response status key (`200`, `default`…); `None` for a request example.
    pub status: Option<&'a str>,
    /// The media type it is documented under.
    pub media: &'a str,
    /// Its key under `examples`, or `example` for a media type's single example.
    pub key: &'a str,
    /// Its value, `$ref` followed.
    pub value: Value,
}

impl Spec {
    /// Reads and parses `specs/<file>` (e.g. `telegent.yaml`).
    pub fn load(file: &str) -> Spec {
        let path = format!("specs/{file}");
        let full = workspace_root().join(&path);
        let text = std::fs::read_to_string(&full)
            .unwrap_or_else(|error| panic!("{}: {error}", full.display()));
        let yaml: serde_yaml::Value = serde_yaml::from_str(&text)
            .unwrap_or_else(|error| panic!("{}: {error}", full.display()));
        Spec {
            path,
            doc: to_json(yaml),
        }
    }

    /// The spec's path relative to the workspace root (`specs/<file>`).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The whole document, as JSON.
    pub fn doc(&self) -> &Value {
        &self.doc
    }

    /// `value`, or what its `$ref` (or chain of them) points to.
    pub fn resolve<'a>(&'a self, mut value: &'a Value) -> &'a Value {
        while let Some(reference) = value.get("$ref").and_then(Value::as_str) {
            let pointer = reference
                .strip_prefix('#')
                .unwrap_or_else(|| panic!("external $ref {reference}"));
            value = self
                .doc
                .pointer(pointer)
                .unwrap_or_else(|| panic!("dangling $ref {reference}"));
        }
        value
    }

    /// Every operation, in spec order.
    pub fn operations(&self) -> Vec<Operation<'_>> {
        let mut out = Vec::new();
        for item in self.doc["paths"].as_object().expect("paths").values() {
            let item = self.resolve(item);
            for method in METHODS {
                if let Some(op) = item.get(method) {
                    let id = op["operationId"].as_str().expect("operationId");
                    out.push(Operation {
                        spec: self,
                        id,
                        item,
                        op,
                    });
                }
            }
        }
        out
    }

    /// The operation with this `operationId`.
    pub fn operation(&self, id: &str) -> Operation<'_> {
        self.operations()
            .into_iter()
            .find(|op| op.id == id)
            .unwrap_or_else(|| panic!("no operation {id} in the spec"))
    }
}

impl<'a> Operation<'a> {
    /// The documented example of a parameter (on the parameter or its schema).
    pub fn parameter_example(&self, name: &str) -> Value {
        let parameters = [self.item.get("parameters"), self.op.get("parameters")];
        let parameter = parameters
            .into_iter()
            .flatten()
            .flat_map(|list| list.as_array().expect("parameters"))
            .map(|parameter| self.spec.resolve(parameter))
            .find(|parameter| parameter["name"] == name)
            .unwrap_or_else(|| panic!("{}: no parameter {name}", self.id));
        parameter
            .get("example")
            .or_else(|| self.spec.resolve(&parameter["schema"]).get("example"))
            .unwrap_or_else(|| panic!("{}: parameter {name} has no example", self.id))
            .clone()
    }

    /// A parameter's documented example as path or query text: a string as
    /// it is, anything else as JSON.
    pub fn parameter_text(&self, name: &str) -> String {
        match self.parameter_example(name) {
            Value::String(text) => text,
            other => other.to_string(),
        }
    }

    /// Whether the operation documents a request body.
    pub fn has_request_body(&self) -> bool {
        self.op.get("requestBody").is_some()
    }

    /// Every request body example, media type by media type.
    pub fn request_examples(&self) -> Vec<Example<'a>> {
        match self.op.get("requestBody") {
            Some(body) => examples_in(self.spec, None, &self.spec.resolve(body)["content"]),
            None => Vec::new(),
        }
    }

    /// Every response example, status by status.
    pub fn response_examples(&self) -> Vec<Example<'a>> {
        let mut out = Vec::new();
        for (status, response) in self.op["responses"].as_object().expect("responses") {
            if let Some(content) = self.spec.resolve(response).get("content") {
                out.extend(examples_in(self.spec, Some(status), content));
            }
        }
        out
    }

    /// The first request example of the first media type, deserialized into
    /// the operation's body type.
    pub fn request_body<T: DeserializeOwned>(&self) -> T {
        let first_media = self
            .op
            .get("requestBody")
            .and_then(|body| self.spec.resolve(body)["content"].as_object())
            .and_then(|content| content.keys().next());
        let example = self
            .request_examples()
            .into_iter()
            .find(|example| Some(example.media) == first_media.map(String::as_str))
            .unwrap_or_else(|| panic!("{}: no request example", self.id));
        from_example(&example)
    }

    /// The first example documented for `status`, deserialized.
    pub fn response_body<T: DeserializeOwned>(&self, status: &str) -> T {
        let example = self
            .response_examples()
            .into_iter()
            .find(|example| example.status == Some(status))
            .unwrap_or_else(|| panic!("{}: no {status} response example", self.id));
        from_example(&example)
    }

    /// Documented statuses (and `default`) with whether they have a body.
    pub fn statuses(&self) -> Vec<(&'a str, bool)> {
        let responses = self.op["responses"].as_object().expect("responses");
        responses
            .iter()
            .map(|(status, response)| {
                let content = self.spec.resolve(response).get("content");
                (status.as_str(), content.is_some())
            })
            .collect()
    }

    /// The documented 4xx and 5xx statuses (not `default`).
    pub fn error_statuses(&self) -> Vec<u16> {
        self.statuses()
            .into_iter()
            .filter_map(|(status, _)| status.parse::<u16>().ok())
            .filter(|status| *status >= 400)
            .collect()
    }

    /// The HTTP status to send for a documented status key (`default`: one
    /// the operation does not list).
    pub fn status_code(&self, key: &str) -> StatusCode {
        if key != "default" {
            return key.parse().expect("status");
        }
        let listed: Vec<&str> = self.statuses().iter().map(|(status, _)| *status).collect();
        ["500", "400", "422", "503"]
            .into_iter()
            .find(|status| !listed.contains(status))
            .expect("a free status")
            .parse()
            .unwrap()
    }
}

/// The examples of a `content` map, media type by media type: its `example`,
/// then each of its `examples`.
fn examples_in<'a>(
    spec: &'a Spec,
    status: Option<&'a str>,
    content: &'a Value,
) -> Vec<Example<'a>> {
    let mut out = Vec::new();
    for (media, media_type) in content.as_object().expect("content") {
        if let Some(value) = media_type.get("example") {
            out.push(Example {
                status,
                media,
                key: "example",
                value: value.clone(),
            });
        }
        let examples = media_type.get("examples").and_then(Value::as_object);
        for (key, example) in examples.into_iter().flatten() {
            out.push(Example {
                status,
                media,
                key,
                value: spec.resolve(example)["value"].clone(),
            });
        }
    }
    out
}

/// A documented example deserialized into the operation's body type.
pub fn from_example<T: DeserializeOwned>(example: &Example<'_>) -> T {
    serde_json::from_value(example.value.clone())
        .unwrap_or_else(|error| panic!("example `{}`: {error}", example.key))
}

/// YAML → JSON, with non-string keys (`200:`) as strings.
fn to_json(value: serde_yaml::Value) -> Value {
    match value {
        serde_yaml::Value::Null => Value::Null,
        serde_yaml::Value::Bool(flag) => Value::Bool(flag),
        serde_yaml::Value::Number(number) => serde_json::to_value(number).unwrap_or(Value::Null),
        serde_yaml::Value::String(text) => Value::String(text),
        serde_yaml::Value::Sequence(items) => {
            Value::Array(items.into_iter().map(to_json).collect())
        }
        serde_yaml::Value::Mapping(map) => Value::Object(
            map.into_iter()
                .map(|(key, value)| {
                    let key = match key {
                        serde_yaml::Value::String(text) => text,
                        other => serde_yaml::to_string(&other)
                            .unwrap_or_default()
                            .trim()
                            .to_owned(),
                    };
                    (key, to_json(value))
                })
                .collect(),
        ),
        serde_yaml::Value::Tagged(tagged) => to_json(tagged.value),
    }
}
