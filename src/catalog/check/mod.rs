//! The rules the catalog follows beyond its types (the types already refuse unknown words and fields). Every
//! problem names the file, the entry and the field. Run by `build.rs`, which stops on any problem, and by the
//! library's own tests.

mod context;
pub mod entry;
pub mod example;
pub mod find;
pub mod guide;
pub mod vocabulary;

use super::files::{DataError, Parsed};

/// Every problem in the parsed catalog, not just the first.
pub fn all(parsed: &Parsed) -> Vec<DataError> {
    let mut errors = Vec::new();
    vocabulary::check(parsed, &mut errors);
    entry::check(parsed, &mut errors);
    example::check(parsed, &mut errors);
    guide::check(parsed, &mut errors);
    find::check(parsed, &mut errors);
    errors
}
