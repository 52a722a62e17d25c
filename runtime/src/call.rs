//! The methods every request builder of a generated crate shares, written
//! once: per-call timeout and retry policy, `decode()`, `send()` and
//! `.await`. What differs between operations (the arguments, `build()` and
//! the status-by-status `decode_outcome()`) is generated; this is the same
//! for all of them, and was about fifty lines of every builder.

/// The shared methods of the builder `impl Name { type Output = …; type
/// Error = …; }` names: `Output` is what a success decodes into, `Error`
/// the documented error body.
///
/// The builder is a struct `Name<'a>` with the fields `core: &'a
/// ClientCore` and `options: CallOptions`, a constant `OPERATION`, a method
/// `build(&self) -> Result<http::Request<Vec<u8>>, BuildError>` and a
/// function `decode_outcome(StatusCode, &HeaderMap, &[u8]) -> Result<Output,
/// Error<Error>>`. The macro adds `timeout`, `retry`, `decode` and `send`,
/// and `IntoFuture` (so `.await` sends). A `#[cfg(…)]` goes on the
/// invocation.
///
/// An operation whose every success is its `Output` as JSON, and whose
/// other replies go to the shared error decoder, says so instead of writing
/// `decode_outcome`: after the two types, `const JSON: Statuses = [200,
/// 205..=299];` (the success statuses, each an alternative of a pattern)
/// and `const ERRORS: Decoder = decode_error;` (the error decoder, a
/// function `(StatusCode, &HeaderMap, &[u8]) -> Result<Error,
/// switchboard_runtime::Error<Error>>` in scope where the macro is
/// invoked). The macro then writes `decode_outcome` too.
#[doc(hidden)]
#[macro_export]
macro_rules! __call {
    (
        impl $builder:ident {
            type Output = $success:ty;
            type Error = $error:ty;
            const JSON: Statuses = [$($statuses:pat),+];
            const ERRORS: Decoder = $decoder:ident;
        }
    ) => {
        impl<'a> $builder<'a> {
            /// What [`decode`](Self::decode) decodes, without the response's
            /// headers: `send()` moves the reply's into it rather than copy them.
            fn decode_outcome(
                status: $crate::http::StatusCode,
                headers: &$crate::http::HeaderMap,
                body: &[u8],
            ) -> ::std::result::Result<$success, $crate::Error<$error>> {
                match status.as_u16() {
                    $($statuses)|+ => $crate::__private::decode_json::<$success, $error>(status, headers, body),
                    _ => ::std::result::Result::Err($crate::Error::from_decoded(
                        status,
                        headers,
                        $decoder(status, headers, body),
                    )),
                }
            }
        }

        $crate::__call! {
            impl $builder {
                type Output = $success;
                type Error = $error;
            }
        }
    };
    (
        impl $builder:ident {
            type Output = $success:ty;
            type Error = $error:ty;
        }
    ) => {
        impl<'a> $builder<'a> {
            /// Gives each attempt of this call `timeout` instead of the client's.
            pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
                self.options.timeout = ::std::option::Option::Some(timeout);
                self
            }

            /// Retries this call by `policy` instead of the client's
            /// (`RetryPolicy::disabled()` for a single attempt).
            pub fn retry(mut self, policy: $crate::RetryPolicy) -> Self {
                self.options.retry = ::std::option::Option::Some(policy);
                self
            }

            /// Decodes a reply to this operation from its status, headers and body bytes.
            pub fn decode(
                status: $crate::http::StatusCode,
                headers: &$crate::http::HeaderMap,
                body: &[u8],
            ) -> ::std::result::Result<$crate::Response<$success>, $crate::Error<$error>> {
                Self::decode_outcome(status, headers, body)
                    .map(|outcome| $crate::Response::new(status, headers.clone(), outcome))
            }

            /// Sends the request (retrying as the policy allows) and decodes the reply.
            pub async fn send(
                self,
            ) -> ::std::result::Result<$crate::Response<$success>, $crate::Error<$error>> {
                let request = self.build()?;
                let reply = self
                    .core
                    .send_reply::<$error>(&Self::OPERATION, request, &self.options)
                    .await?;
                // An error reply says how many attempts it took.
                match Self::decode_outcome(reply.status, &reply.headers, &reply.body) {
                    ::std::result::Result::Ok(outcome) => ::std::result::Result::Ok(
                        $crate::Response::new(reply.status, reply.headers, outcome),
                    ),
                    ::std::result::Result::Err(error) => {
                        ::std::result::Result::Err(self.core.reply_error(error, reply.attempts))
                    }
                }
            }
        }

        /// `.await` sends the request, as [`send`](Self::send) does.
        impl<'a> ::std::future::IntoFuture for $builder<'a> {
            type Output = ::std::result::Result<$crate::Response<$success>, $crate::Error<$error>>;
            type IntoFuture = $crate::BoxFuture<'a, Self::Output>;

            fn into_future(self) -> Self::IntoFuture {
                ::std::boxed::Box::pin(self.send())
            }
        }
    };
}
