// Generated from `tests/fixtures/path_query.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `path_query` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]
