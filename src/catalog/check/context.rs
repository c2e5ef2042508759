//! Where the checks write what they find: each problem located by file, entry and field.

use super::super::files::DataError;
use serde::Serialize;
use serde_json::Value;

/// Fields whose text is taken exactly as written (messages on the wire, commands, patterns): blank lines,
/// indentation and a pattern's closing space are part of them, so the prose rules do not apply.
pub const VERBATIM: [&str; 7] = [
    "request", "response", "log", "client", "command", "pattern", "patterns",
];

/// Fields that may be empty.
pub const MAY_BE_EMPTY: [&str; 1] = ["section"];

/// The checks' view of one entry (or one item of a vocabulary file) and the list problems go to.
pub struct Ctx<'a> {
    file: &'a str,
    entry: String,
    errors: &'a mut Vec<DataError>,
}

impl<'a> Ctx<'a> {
    /// Problems found from here on are about `entry` in `file`.
    pub fn new(file: &'a str, entry: impl Into<String>, errors: &'a mut Vec<DataError>) -> Self {
        Ctx {
            file,
            entry: entry.into(),
            errors,
        }
    }

    /// Records a problem with `field`.
    pub fn error(&mut self, field: &str, message: impl Into<String>) {
        self.errors.push(DataError {
            file: self.file.to_string(),
            entry: self.entry.clone(),
            field: field.to_string(),
            message: message.into(),
        });
    }

    /// The file being checked.
    pub fn file(&self) -> &str {
        self.file
    }

    /// Holds one piece of prose to the rules every text follows: not empty, no stray spaces, balanced backticks.
    pub fn text(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.error(field, "must not be empty");
        } else if value.trim() != value {
            self.error(field, "has leading or trailing spaces");
        } else if value.matches('`').count() % 2 == 1 {
            self.error(field, "has an unclosed `code span`");
        }
    }

    /// Holds every text inside `value` to [`Ctx::text`], naming each by its path (`fixes[2].text`), except
    /// [`VERBATIM`] fields and empty [`MAY_BE_EMPTY`] ones. A new text field is checked without being listed.
    pub fn all_texts(&mut self, value: &impl Serialize) {
        match serde_json::to_value(value) {
            Ok(v) => self.walk("", &v),
            Err(e) => self.error("?", format!("cannot be read back: {e}")),
        }
    }

    fn walk(&mut self, path: &str, value: &Value) {
        let join = |key: &str| {
            if path.is_empty() {
                key.to_string()
            } else {
                format!("{path}.{key}")
            }
        };
        match value {
            Value::String(s) => {
                let name = path
                    .rsplit('.')
                    .next()
                    .unwrap_or(path)
                    .split('[')
                    .next()
                    .unwrap_or_default();
                if !(MAY_BE_EMPTY.contains(&name) && s.is_empty()) {
                    self.text(path, s);
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    self.walk(&format!("{path}[{i}]"), item);
                }
            }
            Value::Object(map) => {
                for (key, item) in map {
                    if !VERBATIM.contains(&key.as_str()) {
                        self.walk(&join(key), item);
                    }
                }
            }
            _ => {}
        }
    }
}
