//! Replies by status: statuses added and removed, media types, body types.

use super::operations::Op;
use super::{Differ, Kind, accepts, same_shape, status_text};
use crate::diff::{Place, Role, Verdict};
use crate::ir::{ResponseCase, Status};

impl<'a> Differ<'a> {
    pub(super) fn responses(
        &mut self,
        old_op: Op<'a>,
        new_op: Op<'a>,
        place: &Place,
        success: bool,
    ) {
        let (old_cases, new_cases) = if success {
            (&old_op.ir().success, &new_op.ir().success)
        } else {
            (&old_op.ir().errors, &new_op.ir().errors)
        };
        let what = if success { "success" } else { "error" };
        let old_default = old_cases.iter().any(|case| case.status == Status::Default);
        for new in new_cases {
            match old_cases.iter().find(|case| case.status == new.status) {
                Some(old) => self.response(old, new, new_op, place),
                None => {
                    let wire = if success {
                        Verdict::breaking(format!(
                            "yesterday's client reports a {} reply as `Error::UnexpectedResponse`",
                            status_text(new.status)
                        ))
                    } else if old_default {
                        Verdict::compatible("yesterday's client decodes it as the `default` reply")
                    } else {
                        Verdict::compatible(
                            "yesterday's client reports it as `Error::UnexpectedResponse` instead of `Error::Api`: an error either way",
                        )
                    };
                    self.push(
                        place,
                        Kind::StatusAdded,
                        format!(
                            "new {what} status {}{}",
                            status_text(new.status),
                            self.body_text(new)
                        ),
                        wire,
                        Verdict::compatible("`decode()` reads it"),
                    );
                }
            }
        }
        // A status no longer listed beside a `default` is not gone: `default` reads it.
        let default_case = new_cases.iter().find(|case| case.status == Status::Default);
        for old in old_cases {
            if new_cases.iter().any(|case| case.status == old.status) {
                continue;
            }
            let (wire, rust) = match default_case {
                Some(default) => {
                    let same_body = match (old.body_type(), default.body_type()) {
                        (None, None) => true,
                        (Some(a), Some(b)) => same_shape(self.old.api, a, self.new.api, b),
                        _ => false,
                    };
                    (
                        Verdict::compatible(format!(
                            "a {} reply is now read as `default`{}",
                            status_text(old.status),
                            if same_body {
                                ", into the same body"
                            } else {
                                ""
                            }
                        )),
                        Verdict::none("`decode()` reads it under `default`"),
                    )
                }
                None => (
                    Verdict::compatible(
                        "the provider no longer sends it; every other reply decodes as before",
                    ),
                    Verdict::none("`decode()` no longer expects it"),
                ),
            };
            self.push(
                place,
                Kind::StatusRemoved,
                format!("{what} status {} removed", status_text(old.status)),
                wire,
                rust,
            );
        }
    }

    fn response(&mut self, old: &ResponseCase, new: &ResponseCase, new_op: Op<'a>, place: &Place) {
        let status = status_text(new.status);
        match (old.media.is_empty(), new.media.is_empty()) {
            (true, true) => return,
            (true, false) => {
                self.push(
                    place,
                    Kind::ResponseMediaTypeAdded,
                    format!("{status} replies now have a body{}", self.body_text(new)),
                    Verdict::compatible(format!(
                        "yesterday's client ignores the body of a {status} reply"
                    )),
                    Verdict::none("the Rust side is the return type"),
                );
                return;
            }
            (false, true) => {
                self.push(
                    place,
                    Kind::ResponseMediaTypeRemoved,
                    format!("{status} replies no longer have a body"),
                    Verdict::breaking(
                        "yesterday's client expects a body and fails on an empty one",
                    ),
                    Verdict::none("the Rust side is the return type"),
                );
                return;
            }
            (false, false) => {}
        }
        // A media type `decode()` does not list is read as JSON, unless every
        // documented one is text.
        let old_reads_unknown_as_text = old.media.iter().all(|m| m.text);
        for media in &new.media {
            if old.media.iter().any(|m| m.media_type == media.media_type) {
                continue;
            }
            let wire = if media.text == old_reads_unknown_as_text {
                Verdict::compatible(format!(
                    "yesterday's client reads it as {} too",
                    if media.text { "text" } else { "JSON" }
                ))
            } else {
                Verdict::breaking(format!(
                    "yesterday's client reads it as {}",
                    if old_reads_unknown_as_text {
                        "text"
                    } else {
                        "JSON"
                    }
                ))
            };
            self.push(
                place,
                Kind::ResponseMediaTypeAdded,
                format!("{status} replies may also be `{}`", media.media_type),
                wire,
                Verdict::none("the `Accept` header lists it"),
            );
        }
        for media in &old.media {
            if new.media.iter().any(|m| m.media_type == media.media_type) {
                continue;
            }
            self.push(
                place,
                Kind::ResponseMediaTypeRemoved,
                format!("{status} replies are no longer `{}`", media.media_type),
                Verdict::compatible("the provider no longer sends it; the others decode as before"),
                Verdict::none("the `Accept` header no longer lists it"),
            );
        }
        let (Some(old_ty), Some(new_ty)) = (old.body_type(), new.body_type()) else {
            return;
        };
        if same_shape(self.old.api, old_ty, self.new.api, new_ty) {
            self.link(old_ty, new_ty, &new_op.usage(Role::Response));
        } else {
            let wire = if accepts((self.old.api, old_ty), (self.new.api, new_ty), true) {
                Verdict::compatible("yesterday's client decodes every new body")
            } else {
                Verdict::breaking("yesterday's client cannot decode the new body")
            };
            self.push(
                place,
                Kind::ResponseTypeChanged,
                format!(
                    "{status} body is now `{}` (was `{}`)",
                    self.new_ty(new_ty),
                    self.old_ty(old_ty)
                ),
                wire,
                Verdict::none("the Rust side is the return type"),
            );
        }
    }

    /// ` (`application/json`: `Partner`)`, or nothing for a reply without a body.
    fn body_text(&self, case: &ResponseCase) -> String {
        match (case.media.first(), case.body_type()) {
            (Some(media), Some(ty)) => format!(" (`{}`: `{}`)", media.media_type, self.new_ty(ty)),
            _ => String::new(),
        }
    }
}
