//! The native tests: everything pure, checked without a browser. `cargo test --test native` runs them (with
//! `--features postbuild`, also the build's finishing steps). Every file here is a module of this crate;
//! `test_files` fails when one is not.
#![cfg(not(target_arch = "wasm32"))]

mod bake;
mod bookmarks;
mod facts;
mod filter;
mod find;
mod layering;
mod lookup;
#[cfg(feature = "postbuild")]
mod postbuild;
mod replay;
mod routes;
mod rules;
mod search;
mod shortcuts;
mod test_files;
mod text;
mod theme;
