//! JSON as `serde_json::json!` input.

use std::fmt::Write as _;

use serde_json::Value;

/// [`json_macro`] on one line, for a hidden doctest line.
pub(super) fn json_line(value: &Value) -> Option<String> {
    let mut text = String::new();
    json_tokens(value, None, &mut text)?;
    Some(text)
}

/// A JSON value as `serde_json::json!` input, indented.
pub(super) fn json_macro(value: &Value) -> Option<String> {
    let mut text = String::new();
    json_tokens(value, Some(0), &mut text)?;
    Some(text)
}

/// JSON text that is also valid `json!` input: an integer beyond `i32` has
/// a suffix (`json!` would read the literal as `i32`), and a string with a
/// JSON `\u` escape (not Rust's) is refused. `indent`: pretty, at this depth.
fn json_tokens(value: &Value, indent: Option<usize>, out: &mut String) -> Option<()> {
    let (open_line, close_line, separator) = match indent {
        Some(depth) => (
            format!("\n{}", "  ".repeat(depth + 1)),
            format!("\n{}", "  ".repeat(depth)),
            ",",
        ),
        None => (String::new(), String::new(), ","),
    };
    let inner = indent.map(|depth| depth + 1);
    match value {
        Value::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(int), _) if i32::try_from(int).is_err() => {
                let _ = write!(out, "{int}i64");
            }
            (None, Some(int)) => {
                let _ = write!(out, "{int}u64");
            }
            _ => {
                let _ = write!(out, "{n}");
            }
        },
        Value::String(_) | Value::Bool(_) | Value::Null => {
            let text = serde_json::to_string(value).ok()?;
            if text.contains("\\u") {
                return None;
            }
            out.push_str(&text);
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(separator);
                }
                out.push_str(&open_line);
                json_tokens(item, inner, out)?;
            }
            if !items.is_empty() {
                out.push_str(&close_line);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (key, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push_str(separator);
                }
                out.push_str(&open_line);
                json_tokens(&Value::String(key.clone()), None, out)?;
                out.push_str(if indent.is_some() { ": " } else { ":" });
                json_tokens(item, inner, out)?;
            }
            if !map.is_empty() {
                out.push_str(&close_line);
            }
            out.push('}');
        }
    }
    Some(())
}
