// Generated from `tests/fixtures/server_variables.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `server_variables` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]
