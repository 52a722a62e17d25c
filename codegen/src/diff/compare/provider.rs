//! The provider as a whole: its server, its credentials, its title.

use super::{DOCS_ONLY_RUST, DOCS_ONLY_WIRE, Differ, Kind};
use crate::diff::{Place, Verdict};

impl Differ<'_> {
    pub(super) fn provider(&mut self) {
        let (old, new) = (self.old.api, self.new.api);
        let place = Place::Provider;
        if old.server.url != new.server.url {
            self.push(
                &place,
                Kind::ServerUrlChanged,
                format!("server URL `{}` → `{}`", old.server.url, new.server.url),
                Verdict::breaking(format!(
                    "yesterday's client sends every request to `{}`",
                    old.server.url
                )),
                Verdict::none("`Client::new` uses the new URL; `with_base_url` still overrides it"),
            );
        }
        let schemes = [
            (
                "HTTP bearer",
                old.auth.bearer,
                new.auth.bearer,
                "Auth::bearer",
            ),
            ("HTTP basic", old.auth.basic, new.auth.basic, "Auth::basic"),
            (
                "no credentials (`security: []`)",
                old.auth.anonymous,
                new.auth.anonymous,
                "Auth::none",
            ),
        ];
        for (scheme, before, after, constructor) in schemes {
            match (before, after) {
                (false, true) => self.push(
                    &place,
                    Kind::AuthSchemeAdded,
                    format!("new auth scheme: {scheme}"),
                    Verdict::compatible("the credentials used before are still documented"),
                    Verdict::compatible(format!("new constructor `{constructor}()`")),
                ),
                (true, false) => self.push(
                    &place,
                    Kind::AuthSchemeRemoved,
                    format!("auth scheme removed: {scheme}"),
                    Verdict::breaking(
                        "requests with these credentials are no longer documented to be accepted",
                    ),
                    Verdict::breaking(format!("`{constructor}()` no longer exists")),
                ),
                _ => {}
            }
        }
        self.api_keys();
        self.token_constructors();
        if old.version != new.version {
            self.push(
                &place,
                Kind::ApiVersionChanged,
                format!("API version `{}` → `{}`", old.version, new.version),
                Verdict::none("the version string only documents the API"),
                Verdict::none(DOCS_ONLY_RUST),
            );
        }
        if old.title != new.title || old.description != new.description {
            self.push(
                &place,
                Kind::ApiDocsChanged,
                "API title or description changed".to_owned(),
                Verdict::none(DOCS_ONLY_WIRE),
                Verdict::none(DOCS_ONLY_RUST),
            );
        }
    }

    /// API key schemes, matched by scheme name, each with its `Auth`
    /// constructor.
    fn api_keys(&mut self) {
        let place = Place::Provider;
        let (old, new) = (self.old, self.new);
        let old_keys = old.api.auth.api_keys.iter().zip(&old.client.api_keys);
        let new_keys: Vec<_> = new
            .api
            .auth
            .api_keys
            .iter()
            .zip(&new.client.api_keys)
            .collect();
        for (key, (constructor, _)) in old_keys.clone() {
            match new_keys
                .iter()
                .find(|(other, _)| other.scheme == key.scheme)
            {
                None => self.push(
                    &place,
                    Kind::AuthSchemeRemoved,
                    format!("API key scheme `{}` removed", key.scheme),
                    Verdict::breaking(
                        "requests with this key are no longer documented to be accepted",
                    ),
                    Verdict::breaking(format!("`Auth::{constructor}()` no longer exists")),
                ),
                Some((other, (new_constructor, _))) => {
                    if new_constructor != constructor {
                        self.push(
                            &place,
                            Kind::AuthSchemeRenamed,
                            format!(
                                "constructor of the `{}` API key: `Auth::{constructor}()` → `Auth::{new_constructor}()`",
                                key.scheme
                            ),
                            Verdict::none("the same key, sent the same way"),
                            Verdict::breaking(format!("`Auth::{constructor}()` no longer exists")),
                        );
                    }
                    if other.location != key.location || other.name != key.name {
                        self.push(
                            &place,
                            Kind::AuthSchemeChanged,
                            format!(
                                "the `{}` API key is now sent as {} `{}` (was {} `{}`)",
                                key.scheme,
                                other.location.as_str(),
                                other.name,
                                key.location.as_str(),
                                key.name
                            ),
                            Verdict::breaking("yesterday's client sends the key where the provider no longer reads it"),
                            Verdict::none(format!("`Auth::{new_constructor}()` sends it the new way")),
                        );
                    }
                }
            }
        }
        for (key, (constructor, _)) in new_keys {
            if old_keys
                .clone()
                .any(|(other, _)| other.scheme == key.scheme)
            {
                continue;
            }
            self.push(
                &place,
                Kind::AuthSchemeAdded,
                format!("new API key scheme `{}`", key.scheme),
                Verdict::compatible("the credentials used before are still documented"),
                Verdict::compatible(format!("new constructor `Auth::{constructor}()`")),
            );
        }
    }

    /// The constructors of several credentials at once, OAuth2 flows and
    /// token operations, matched by name.
    fn token_constructors(&mut self) {
        let place = Place::Provider;
        let names = |client: &crate::surface::ClientSurface| -> Vec<String> {
            client
                .constructors
                .iter()
                .map(|constructor| constructor.name.bare().to_owned())
                .collect()
        };
        let (old, new) = (names(&self.old.client), names(&self.new.client));
        for name in old.iter().filter(|name| !new.contains(name)) {
            self.push(
                &place,
                Kind::AuthSchemeRemoved,
                format!("credentials `Auth::{name}()` removed"),
                Verdict::breaking(
                    "requests with these credentials are no longer documented to be accepted",
                ),
                Verdict::breaking(format!("`Auth::{name}()` no longer exists")),
            );
        }
        for name in new.iter().filter(|name| !old.contains(name)) {
            self.push(
                &place,
                Kind::AuthSchemeAdded,
                format!("new credentials `Auth::{name}()`"),
                Verdict::compatible("the credentials used before are still documented"),
                Verdict::compatible(format!("new constructor `Auth::{name}()`")),
            );
        }
    }
}
