// Generated from `tests/fixtures/unchecked_patterns.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `unchecked_patterns` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]
