// Generated from `tests/fixtures/security.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `security` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]
