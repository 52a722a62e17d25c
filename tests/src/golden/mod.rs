// Generated from the fixture specs by `cargo xtask codegen`. Do not edit.

//! The generator's output for each fixture spec, compiled so that a
//! fixture whose code does not build fails the build.

/// Generated from `tests/fixtures/aliases.yaml`.
pub mod aliases;

/// Generated from `tests/fixtures/all_of.yaml`.
pub mod all_of;

/// Generated from `tests/fixtures/arrays_of_objects.yaml`.
pub mod arrays_of_objects;

/// Generated from `tests/fixtures/auth_basic.yaml`.
pub mod auth_basic;

/// Generated from `tests/fixtures/auth_bearer.yaml`.
pub mod auth_bearer;

/// Generated from `tests/fixtures/bodies.yaml`.
pub mod bodies;

/// Generated from `tests/fixtures/body_checks.yaml`.
pub mod body_checks;

/// Generated from `tests/fixtures/by_status.yaml`.
pub mod by_status;

/// Generated from `tests/fixtures/callbacks.yaml`.
pub mod callbacks;

/// Generated from `tests/fixtures/combined_credentials.yaml`.
pub mod combined_credentials;

/// Generated from `tests/fixtures/content_params.yaml`.
pub mod content_params;

/// Generated from `tests/fixtures/derived_names.yaml`.
pub mod derived_names;

/// Generated from `tests/fixtures/encoded_refs.yaml`.
pub mod encoded_refs;

/// Generated from `tests/fixtures/error_messages.yaml`.
pub mod error_messages;

/// Generated from `tests/fixtures/examples.yaml`.
pub mod examples;

/// Generated from `tests/fixtures/impossible_checks.yaml`.
pub mod impossible_checks;

/// Generated from `tests/fixtures/lenient.yaml`.
pub mod lenient;

/// Generated from `tests/fixtures/multi_file.yaml`.
pub mod multi_file;

/// Generated from `tests/fixtures/nested_objects.yaml`.
pub mod nested_objects;

/// Generated from `tests/fixtures/nullable.yaml`.
pub mod nullable;

/// Generated from `tests/fixtures/oauth2_flows.yaml`.
pub mod oauth2_flows;

/// Generated from `tests/fixtures/odd_names.yaml`.
pub mod odd_names;

/// Generated from `tests/fixtures/openapi_31.yaml`.
pub mod openapi_31;

/// Generated from `tests/fixtures/operation_servers.yaml`.
pub mod operation_servers;

/// Generated from `tests/fixtures/pagination.yaml`.
pub mod pagination;

/// Generated from `tests/fixtures/param_checks.yaml`.
pub mod param_checks;

/// Generated from `tests/fixtures/path_params.yaml`.
pub mod path_params;

/// Generated from `tests/fixtures/path_query.yaml`.
pub mod path_query;

/// Generated from `tests/fixtures/query_styles.yaml`.
pub mod query_styles;

/// Generated from `tests/fixtures/read_only.yaml`.
pub mod read_only;

/// Generated from `tests/fixtures/recursive.yaml`.
pub mod recursive;

/// Generated from `tests/fixtures/refs.yaml`.
pub mod refs;

/// Generated from `tests/fixtures/responses.yaml`.
pub mod responses;

/// Generated from `tests/fixtures/schemas_only.yaml`.
pub mod schemas_only;

/// Generated from `tests/fixtures/security.yaml`.
pub mod security;

/// Generated from `tests/fixtures/self_containing.yaml`.
pub mod self_containing;

/// Generated from `tests/fixtures/send_read_only.yaml`.
pub mod send_read_only;

/// Generated from `tests/fixtures/server_variables.yaml`.
pub mod server_variables;

/// Generated from `tests/fixtures/stable_names.yaml`.
pub mod stable_names;

/// Generated from `tests/fixtures/string_enums.yaml`.
pub mod string_enums;

/// Generated from `tests/fixtures/unchecked_patterns.yaml`.
pub mod unchecked_patterns;

/// Generated from `tests/fixtures/unions.yaml`.
pub mod unions;

/// Generated from `tests/fixtures/values.yaml`.
pub mod values;

/// Generated from `tests/fixtures/vendor_json.yaml`.
pub mod vendor_json;

/// Generated from `tests/fixtures/wildcard_media.yaml`.
pub mod wildcard_media;

/// Generated from `tests/fixtures/x_patch.yaml`.
pub mod x_patch;
