//! The request body: added, removed, its media type, whether it is a merge
//! patch or required, and its type.

use super::operations::Op;
use super::{Differ, Kind, accepts, required_word, same_shape};
use crate::diff::{Place, Role, Verdict};

impl<'a> Differ<'a> {
    pub(super) fn body(&mut self, old_op: Op<'a>, new_op: Op<'a>, place: &Place) {
        let method = new_op.method();
        match (&old_op.ir().body, &new_op.ir().body) {
            (None, None) => {}
            (None, Some(new)) => {
                let wire = if new.required {
                    Verdict::breaking("requests without a body are rejected")
                } else {
                    Verdict::compatible("requests without a body are still valid")
                };
                let rust = if new.patch {
                    let fields = self.new.api.struct_fields(&new.ty).unwrap_or_default();
                    if fields.iter().any(|f| f.required && !f.constant) {
                        Verdict::breaking(format!("`{method}` takes new arguments"))
                    } else {
                        Verdict::compatible("new setters for the patch's fields")
                    }
                } else if new.required {
                    Verdict::breaking(format!(
                        "`{method}` takes a new argument `body: {}`",
                        self.new_ty(&new.ty)
                    ))
                } else {
                    Verdict::compatible("new setter `.body()`")
                };
                self.push(
                    place,
                    Kind::BodyAdded,
                    format!(
                        "new {} request body `{}` (`{}`)",
                        required_word(new.required),
                        self.new_ty(&new.ty),
                        new.media_type
                    ),
                    wire,
                    rust,
                );
            }
            (Some(old), None) => {
                let rust = if old.patch {
                    "the patch's setters and arguments no longer exist".to_owned()
                } else if old.required {
                    format!("`{method}` loses its `body` argument")
                } else {
                    "the `.body()` setter no longer exists".to_owned()
                };
                self.push(
                    place,
                    Kind::BodyRemoved,
                    format!("request body `{}` removed", self.old_ty(&old.ty)),
                    Verdict::breaking(
                        "the provider no longer documents a body: it may reject one, or ignore it",
                    ),
                    Verdict::breaking(rust),
                );
            }
            (Some(old), Some(new)) => {
                if old.media_type != new.media_type {
                    self.push(
                        place,
                        Kind::BodyMediaTypeChanged,
                        format!(
                            "request body media type `{}` → `{}`",
                            old.media_type, new.media_type
                        ),
                        Verdict::breaking(format!(
                            "yesterday's client sends `Content-Type: {}`, which the provider no longer documents",
                            old.media_type
                        )),
                        Verdict::none(format!("the client sends `{}`", new.media_type)),
                    );
                }
                if old.patch != new.patch {
                    let (summary, wire, rust) = if new.patch {
                        (
                            "the request body is now a merge patch (only the fields sent change)",
                            "the same body now leaves the fields it does not send unchanged",
                            "the body is built with setters (and required fields as arguments) instead of passed whole",
                        )
                    } else {
                        (
                            "the request body is no longer a merge patch",
                            "the same body no longer leaves the fields it does not send unchanged",
                            "the body is passed whole instead of built with setters",
                        )
                    };
                    self.push(
                        place,
                        Kind::BodyPatchChanged,
                        summary.to_owned(),
                        Verdict::breaking(wire),
                        Verdict::breaking(rust),
                    );
                } else if old.required != new.required && !new.patch {
                    let (summary, wire, rust) = if new.required {
                        (
                            "the request body is now required",
                            Verdict::breaking("requests without a body are rejected"),
                            format!("the `.body()` setter becomes an argument of `{method}`"),
                        )
                    } else {
                        (
                            "the request body is now optional",
                            Verdict::compatible("requests with a body are still valid"),
                            format!(
                                "the `body` argument of `{method}` becomes the `.body()` setter"
                            ),
                        )
                    };
                    self.push(
                        place,
                        Kind::BodyRequiredChanged,
                        summary.to_owned(),
                        wire,
                        Verdict::breaking(rust),
                    );
                }
                if same_shape(self.old.api, &old.ty, self.new.api, &new.ty) {
                    self.link(&old.ty, &new.ty, &new_op.usage(Role::Request));
                } else {
                    let wire = if accepts((self.new.api, &new.ty), (self.old.api, &old.ty), false) {
                        Verdict::compatible("every body yesterday's client sends is still valid")
                    } else {
                        Verdict::breaking("bodies of the old type may be rejected")
                    };
                    self.push(
                        place,
                        Kind::BodyTypeChanged,
                        format!(
                            "request body is now `{}` (was `{}`)",
                            self.new_ty(&new.ty),
                            self.old_ty(&old.ty)
                        ),
                        wire,
                        Verdict::breaking(format!(
                            "`{method}` takes `{}` instead of `{}`",
                            self.new_ty(&new.ty),
                            self.old_ty(&old.ty)
                        )),
                    );
                }
            }
        }
    }
}
