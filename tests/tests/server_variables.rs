//! Server variables without a default (`tests/fixtures/server_variables.yaml`)
//! are arguments of `Client::new`, percent-encoded into the base URL; a
//! variable with a default keeps it.

use switchboard_tests::golden::server_variables::{Auth, Client};

#[test]
fn undefaulted_variables_are_constructor_arguments() {
    assert_eq!(
        Client::BASE_URL_TEMPLATE,
        "https://{region}.dashboard.example.test/api/v2/accounts/{accountId}"
    );
    let client = Client::new(Auth::none(), "eu", "acme-42");
    assert_eq!(
        client.base_url(),
        "https://eu.dashboard.example.test/api/v2/accounts/acme-42"
    );
    let request = client.list_pets().build().unwrap();
    assert_eq!(
        request.uri(),
        "https://eu.dashboard.example.test/api/v2/accounts/acme-42/pets"
    );
}

#[test]
fn a_value_stays_one_part_of_the_url() {
    let client = Client::new(Auth::none(), "eu", "a/../b?c");
    assert_eq!(
        client.base_url(),
        "https://eu.dashboard.example.test/api/v2/accounts/a%2F..%2Fb%3Fc"
    );
    // A value a host cannot hold is a request that cannot be built, never
    // a request to another host.
    let client = Client::new(Auth::none(), "evil.test/x#", "1");
    assert_eq!(
        client.base_url(),
        "https://evil.test%2Fx%23.dashboard.example.test/api/v2/accounts/1"
    );
    let got = client.list_pets().build();
    assert!(
        matches!(got, Err(switchboard_runtime::BuildError::InvalidUrl { .. })),
        "{got:?}"
    );
}
