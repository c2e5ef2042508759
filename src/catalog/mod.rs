//! The catalog: its shape, the data built into the binary, lookups, search and filters. Pure Rust, no web
//! types, so `cargo test` checks all of it natively. This file only declares the parts and names what the rest
//! of the app uses; the parts import each other directly, never through here.

pub mod body;
pub mod data;
pub mod dates;
pub mod filter;
pub mod guide;
pub mod lookup;
pub mod model;
pub mod paste;
pub mod pattern;
pub mod search;
pub mod shape;
pub mod text;

// Reading, checking and baking the files in `data/`: what `build.rs` runs (it compiles these files itself),
// and what the tests of the data rules call.
#[cfg(not(target_arch = "wasm32"))]
pub mod bake;
#[cfg(not(target_arch = "wasm32"))]
pub mod check;
#[cfg(not(target_arch = "wasm32"))]
pub mod files;
#[cfg(not(target_arch = "wasm32"))]
pub mod load;

pub use data::{entries, tag, tags, vendor, vendors};
pub use lookup::{
    code, codes, nearest, neighbours, parse_code, related, suggest, Code, Suggestion, POPULAR,
};
pub use model::Class;
pub use shape::*;
