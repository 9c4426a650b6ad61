//! Throughput benchmark: postrun against a bare reqwest loop doing the same
//! requests, both against the in-process test server on 127.0.0.1.
//!
//! ```text
//! cargo run --release --example bench [-- REQUESTS]
//! ```
//!
//! Target (issue 2): postrun's overhead over the bare loop stays under 50%.

#[allow(dead_code)]
#[path = "../tests/support/server.rs"]
mod server;

use std::time::{Duration, Instant};

use postrun::events::{Event, EventSink};
use postrun::run::{RunOptions, RunPlan};
use postrun::vars::{Scope, Scopes};

struct Discard;

impl EventSink for Discard {
    fn event(&mut self, _: &Event<'_>) {}
}

fn main() {
    let requests: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(1000);
    let server = server::TestServer::start();
    let base = server.url();

    // Warm both up once so neither pays for the first connection.
    bare_loop(&base, 20);
    postrun_run(&base, 20);

    let bare = bare_loop(&base, requests);
    let ours = postrun_run(&base, requests);
    let rate = |d: Duration| requests as f64 / d.as_secs_f64();
    println!("requests:        {requests}");
    println!("bare reqwest:    {:>8.0} req/s ({:.1?})", rate(bare), bare);
    println!("postrun:         {:>8.0} req/s ({:.1?})", rate(ours), ours);
    println!(
        "postrun overhead: {:+.1}% (target: under +50%)",
        (ours.as_secs_f64() / bare.as_secs_f64() - 1.0) * 100.0
    );
}

/// A collection of `n` GETs with a header and a query parameter, each
/// resolving two variables, as a typical collection would.
fn generated_collection(n: usize) -> String {
    let items: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            serde_json::json!({
                "name": format!("request {i}"),
                "request": {
                    "method": "GET",
                    "header": [{ "key": "X-Trace", "value": "{{trace}}-{i}" }],
                    "url": {
                        "raw": format!("{{{{baseUrl}}}}/get?i={i}"),
                        "host": ["{{baseUrl}}"],
                        "path": ["get"],
                        "query": [{ "key": "i", "value": i.to_string() }]
                    }
                }
            })
        })
        .collect();
    serde_json::json!({ "info": { "name": "bench" }, "item": items }).to_string()
}

fn postrun_run(base: &str, n: usize) -> Duration {
    let text = generated_collection(n);
    let collection =
        postrun::load::parse_collection(&text, "bench.json".as_ref()).expect("collection");
    let mut environment = Scope::default();
    environment.set("baseUrl", base);
    environment.set("trace", "bench");
    let scopes = Scopes {
        environment,
        ..Scopes::default()
    };
    let plan = RunPlan::new(collection, scopes, RunOptions::default()).expect("plan");
    let started = Instant::now();
    let summary = postrun::run::run(&plan, &mut Discard).expect("run");
    assert_eq!(summary.requests.total, n);
    assert!(!summary.has_failures());
    started.elapsed()
}

fn bare_loop(base: &str, n: usize) -> Duration {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let client = reqwest::Client::new();
        let started = Instant::now();
        for i in 0..n {
            let response = client
                .get(format!("{base}/get?i={i}"))
                .header("X-Trace", format!("bench-{i}"))
                .send()
                .await
                .expect("send");
            let body = response.bytes().await.expect("body");
            assert!(!body.is_empty());
        }
        started.elapsed()
    })
}
