//! The baseline for postrun's start-up figure: a bare reqwest binary that
//! sends one GET (same TLS stack and runtime flavour as postrun) and
//! prints the status. It reads no trust store at all (reqwest is built
//! with manual roots here), so it can only speak plain HTTP: the least a
//! binary can do to send the request, which makes it the strictest
//! baseline.
//!
//! ```text
//! cargo build --release --example bare_get --bin postrun
//! hyperfine 'target/release/examples/bare_get URL' 'target/release/postrun run ONE.json'
//! ```

fn main() {
    let url = std::env::args().nth(1).expect("usage: bare_get URL");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let response = reqwest::Client::builder()
            .build()
            .expect("client")
            .get(&url)
            .send()
            .await
            .expect("send");
        let status = response.status();
        let body = response.bytes().await.expect("body");
        println!("{status} {} bytes", body.len());
    });
}
