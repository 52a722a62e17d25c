//! Clients that fetch their own tokens, against loopback servers: a
//! Telegent client built from account credentials and a Convirza client
//! built from an email and a password make calls for longer than a token
//! lives without the caller touching credentials.
//!
//! [`expiry`]: a token is used until shortly before it expires, by a clock
//! the test moves (Telegent's `tokenExpiry` layout, the fallback when it
//! cannot be read, the cap); [`single_flight`]: 500 calls at once, one token
//! request; [`renewal`]: a 401 renews the token and the call is sent once
//! more, never twice; [`failures`]: a token endpoint that refuses or fails is
//! a typed error, asked once however many calls wait; [`scopes`]: tokens per
//! endpoint; [`convirza`]: login, refresh, re-login, revoke; [`oauth2`]: the
//! client-credentials and password flows of a spec's `securitySchemes`;
//! [`live`]: credentials replaced on a client in use.
//!
//! Every wire check asserts the exact method, path, headers and body bytes.

mod convirza;
mod expiry;
mod failures;
mod live;
mod oauth2;
mod renewal;
mod scopes;
mod single_flight;
mod support;
