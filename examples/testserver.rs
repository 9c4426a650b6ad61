//! The test server as a standalone program, for trying postrun by hand and
//! for the Newman parity harness:
//!
//! ```text
//! cargo run --example testserver -- --port 3000
//! ```
//!
//! Serves postman-echo style endpoints and a fake Postman API (`GET /me`
//! answers 200 only with the key printed at start-up) on 127.0.0.1.

#[allow(dead_code)]
#[path = "../tests/it/support/server.rs"]
mod server;
#[path = "../tests/it/support/verify.rs"]
mod verify;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut port = 0;
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--port", Some(value)) => match value.parse() {
                Ok(value) => port = value,
                Err(_) => return usage(&format!("not a port: {value}")),
            },
            _ => return usage(&format!("unexpected argument: {arg}")),
        }
    }
    let server = server::TestServer::start_on(port);
    println!("listening on {}", server.url());
    println!("fake Postman API key: {}", server::API_KEY);
    server.wait();
}

fn usage(problem: &str) {
    eprintln!("error: {problem}\nusage: testserver [--port N]");
    std::process::exit(2);
}
