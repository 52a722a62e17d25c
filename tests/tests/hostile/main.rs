//! Hostile servers on loopback sockets against the README's security and
//! reliability promises, starting with the four reported cases
//! ([`reported`]): credentials of every kind stay on their origin
//! through redirects, for every method ([`redirects`], [`redirect_errors`]);
//! no error, `Debug` output or source chain shows a query API key
//! ([`redaction`]); `Retry-After` is read as RFC 9110 says
//! ([`retry_after`]); every error's `Display` is one bounded line
//! ([`display`]); trickled bodies, megabytes of headers and garbage end in
//! a typed error within the timeout ([`slow`]). A TRACE-level capture of a
//! whole run, which holds no secret, is a binary of its own: `hostile_logs`.
//!
//! Every server is bound to 127.0.0.1 (a second port, or `localhost`, is
//! another origin), stops when dropped and after a minute at most; timeouts
//! are tenths of a second. The file runs in a few seconds.

mod display;
mod redaction;
mod redirect_errors;
mod redirects;
mod reported;
mod retry_after;
mod slow;
mod support;
