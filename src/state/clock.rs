//! The reader's day, for what the app says about dates (a temporary registration's expiry).

use crate::catalog::dates::day_of_millis;

/// Today by the reader's clock, in days since 1970-01-01; `None` while prerendering at build time, where the
/// page is read on a day nobody knows yet.
pub fn today() -> Option<i64> {
    if cfg!(target_arch = "wasm32") {
        Some(day_of_millis(js_sys::Date::now()))
    } else {
        None
    }
}
