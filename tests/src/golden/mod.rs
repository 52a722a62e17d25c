// Generated from the fixture specs by `cargo xtask codegen`. Do not edit.

//! The generator's output for each fixture spec, compiled so that a
//! fixture whose code does not build fails the build.
///Generated from `tests/fixtures/nullable.yaml`.
#[rustfmt::skip]
pub mod nullable;
