//! Test support for Switchboard: the generator's output for each fixture spec
//! in `tests/fixtures/`, compiled here (in [`golden`]) so that generated code
//! which does not build fails the build rather than hiding in a snapshot.
//!
//! The tests themselves are in `tests/tests/`; what several of them share is
//! here: reading a spec's operations and examples ([`spec`]), building,
//! rendering and decoding checks for the wire tests ([`wire`]), a one-shot
//! loopback HTTP server ([`loopback`]), a keep-alive one for the benchmarks ([`keep_alive`]), a scripted one ([`fault`]), one that answers by path ([`routed`]), a raw
//! TCP one for replies no real server sends ([`hostile`]) and Prism mocks
//! for the contract tests ([`prism`]). The README's examples are compiled
//! and run as this crate's doctests (see [`readme`]).

pub mod fault;
pub mod golden;
pub mod hostile;
pub mod http_date;
pub mod keep_alive;
pub mod loopback;
pub mod prism;
pub mod routed;
pub mod spec;
pub mod wire;

/// The project README, so that its examples are compiled and run as doctests.
#[doc = include_str!("../../README.md")]
pub mod readme {}
