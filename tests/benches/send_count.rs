//! The `send` benchmark's three cases as plain loops, for instruction counts:
//! criterion's timing loop cannot be told how many iterations to run, and
//! callgrind counts instructions, not iterations.
//!
//! `cargo bench -p switchboard-tests --bench send_count -- <case> <n>` runs
//! `<case>` (`get_partner`, `baseline` or `baseline_decode`, as in
//! `send/carrierx/get_partner[/<case>]` of `runtime.rs`) `n` times after one
//! warm-up request. Under `valgrind --tool=callgrind`, the difference of two
//! runs' totals (say n = 1000 and n = 3000) divided by the difference of
//! their `n` is what one request costs, setup left out. Client and server
//! share one current-thread runtime, as in the criterion benchmark.

use http::header::{ACCEPT, AUTHORIZATION};
use switchboard::carrierx;
use switchboard_tests::keep_alive::BenchServer;
use switchboard_tests::loopback::Loopback;
use switchboard_tests::spec::Spec;

fn main() {
    // `cargo bench` adds `--bench`; flags are not ours.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|arg| !arg.starts_with('-'))
        .collect();
    let case = args.first().map_or("get_partner", String::as_str);
    let count: u64 = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(1000);

    let spec = Spec::load("carrierx.yaml");
    let partner_sid = spec.operation("getPartner").parameter_text("partner_sid");
    let example = spec
        .operation("getPartner")
        .response_examples()
        .into_iter()
        .find(|example| example.status == Some("200") && example.key == "partner")
        .expect("getPartner: a 200 example named partner")
        .value;
    let body = serde_json::to_vec(&example).unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let server = BenchServer::start(&runtime, "application/json", &body);
    let client = carrierx::Client::new(carrierx::Auth::bearer("t0k3n"))
        .with_base_url(server.base_url.as_str())
        .with_http_client(Loopback::http_client());
    let raw = Loopback::http_client();
    let url = format!("{}/partners/{partner_sid}", server.base_url);
    let raw_get = || async {
        raw.get(&url)
            .header(AUTHORIZATION, "Bearer t0k3n")
            .header(ACCEPT, "application/json")
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap()
    };
    runtime.block_on(async {
        for _ in 0..=count {
            match case {
                "get_partner" => {
                    let reply = client.get_partner(partner_sid.as_str()).send().await;
                    std::hint::black_box(reply.unwrap());
                }
                "baseline" => {
                    std::hint::black_box(raw_get().await);
                }
                "baseline_decode" => {
                    let bytes = raw_get().await;
                    let partner = serde_json::from_slice::<carrierx::Partner>(&bytes);
                    std::hint::black_box(partner.unwrap());
                }
                other => panic!("unknown case {other}: get_partner, baseline or baseline_decode"),
            }
        }
    });
    println!("{case}: {count} requests after one warm-up");
    drop(server);
    drop(runtime);
}
