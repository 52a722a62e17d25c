// Generated from `tests/fixtures/impossible_checks.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `impossible_checks` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]
