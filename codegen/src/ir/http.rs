//! The HTTP side of an operation: its method and its path template, parsed
//! once.

use std::fmt;

/// An HTTP method an OpenAPI operation can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Method {
    /// `GET`.
    Get,
    /// `PUT`.
    Put,
    /// `POST`.
    Post,
    /// `DELETE`.
    Delete,
    /// `OPTIONS`.
    Options,
    /// `HEAD`.
    Head,
    /// `PATCH`.
    Patch,
    /// `TRACE`.
    Trace,
}

impl Method {
    /// The method of an OpenAPI path item's key (`get`, `patch`…).
    pub fn from_key(key: &str) -> Option<Method> {
        Some(match key {
            "get" => Method::Get,
            "put" => Method::Put,
            "post" => Method::Post,
            "delete" => Method::Delete,
            "options" => Method::Options,
            "head" => Method::Head,
            "patch" => Method::Patch,
            "trace" => Method::Trace,
            _ => return None,
        })
    }

    /// The method as sent: `GET`.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Options => "OPTIONS",
            Method::Head => "HEAD",
            Method::Patch => "PATCH",
            Method::Trace => "TRACE",
        }
    }

    /// The path item key: `get`.
    pub fn key(self) -> &'static str {
        match self {
            Method::Get => "get",
            Method::Put => "put",
            Method::Post => "post",
            Method::Delete => "delete",
            Method::Options => "options",
            Method::Head => "head",
            Method::Patch => "patch",
            Method::Trace => "trace",
        }
    }

    /// Safe to repeat by HTTP's definition (RFC 9110 §9.2.2).
    pub fn is_idempotent(self) -> bool {
        matches!(
            self,
            Method::Get | Method::Head | Method::Put | Method::Delete | Method::Options
        )
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A path template (`/partners/{partner_sid}`), as literal text and
/// placeholders in order.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PathTemplate {
    segments: Vec<Segment>,
}

/// A piece of a [`PathTemplate`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Segment {
    /// Text sent as written.
    Literal(String),
    /// `{name}`: a path parameter's value, percent-encoded.
    Param(String),
}

impl PathTemplate {
    /// Parses a template; an unclosed `{` is literal text.
    pub fn parse(path: &str) -> PathTemplate {
        let mut segments = Vec::new();
        let mut literal = String::new();
        let mut rest = path;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}') else {
                break;
            };
            literal.push_str(&rest[..open]);
            if !literal.is_empty() {
                segments.push(Segment::Literal(std::mem::take(&mut literal)));
            }
            segments.push(Segment::Param(rest[open + 1..open + close].to_owned()));
            rest = &rest[open + close + 1..];
        }
        literal.push_str(rest);
        if !literal.is_empty() {
            segments.push(Segment::Literal(literal));
        }
        PathTemplate { segments }
    }

    /// The pieces in order.
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// The placeholders' names, in order.
    pub fn placeholders(&self) -> impl Iterator<Item = &str> {
        self.segments.iter().filter_map(|segment| match segment {
            Segment::Param(name) => Some(name.as_str()),
            Segment::Literal(_) => None,
        })
    }

    /// Whether `{name}` is in the template.
    pub fn has_placeholder(&self, name: &str) -> bool {
        self.placeholders().any(|placeholder| placeholder == name)
    }

    /// The position of `{name}` among the placeholders.
    pub fn position(&self, name: &str) -> Option<usize> {
        self.placeholders()
            .position(|placeholder| placeholder == name)
    }

    /// The template with every placeholder's name left out
    /// (`/partners/{}`): two operations with the same shape are one endpoint.
    pub fn shape(&self) -> String {
        self.segments
            .iter()
            .map(|segment| match segment {
                Segment::Literal(text) => text.as_str(),
                Segment::Param(_) => "{}",
            })
            .collect()
    }
}

impl fmt::Display for PathTemplate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for segment in &self.segments {
            match segment {
                Segment::Literal(text) => f.write_str(text)?,
                Segment::Param(name) => write!(f, "{{{name}}}")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_splits_into_literals_and_placeholders() {
        let path = PathTemplate::parse("/partners/{partner_sid}/acls/{id}.json");
        assert_eq!(
            path.segments(),
            [
                Segment::Literal("/partners/".into()),
                Segment::Param("partner_sid".into()),
                Segment::Literal("/acls/".into()),
                Segment::Param("id".into()),
                Segment::Literal(".json".into()),
            ]
        );
        assert_eq!(path.to_string(), "/partners/{partner_sid}/acls/{id}.json");
        assert_eq!(path.shape(), "/partners/{}/acls/{}.json");
        assert_eq!(path.position("id"), Some(1));
        assert_eq!(PathTemplate::parse("/a/{b").to_string(), "/a/{b");
        assert_eq!(PathTemplate::parse("").segments(), []);
    }
}
