//! A server that misbehaves on purpose, on a raw socket of 127.0.0.1:0:
//! each connection's request head is read, then a function answers however
//! it likes (an endless body, a gzip bomb, a reset). It stops when dropped,
//! and never serves for more than a minute.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// A running misbehaving server.
pub struct RawServer {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
}

impl RawServer {
    /// Answers every connection with `respond`, on its own thread.
    pub fn start(respond: fn(&mut TcpStream)) -> RawServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        listener.set_nonblocking(true).expect("non-blocking");
        let addr = listener.local_addr().expect("local addr");
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = stop.clone();
        std::thread::spawn(move || {
            let deadline = Instant::now() + Duration::from_secs(60);
            while !stopped.load(Ordering::Relaxed) && Instant::now() < deadline {
                match listener.accept() {
                    Ok((mut stream, _)) => {
                        let _ = stream.set_nonblocking(false);
                        std::thread::spawn(move || {
                            read_head(&mut stream);
                            respond(&mut stream);
                        });
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(5)),
                }
            }
        });
        RawServer { addr, stop }
    }

    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for RawServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// Reads up to the blank line that ends a request head.
fn read_head(stream: &mut TcpStream) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 0) {
        if line == "\r\n" {
            break;
        }
        line.clear();
    }
}

/// A chunked body of `x` that goes on until the client hangs up (at most 4 GiB).
pub fn endless_body(stream: &mut TcpStream) {
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n";
    if stream.write_all(head.as_bytes()).is_err() {
        return;
    }
    let chunk = format!("10000\r\n{}\r\n", "x".repeat(0x10000));
    for _ in 0..(1 << 16) {
        if stream.write_all(chunk.as_bytes()).is_err() {
            return;
        }
    }
}

/// 64 MiB of zeros, gzip-compressed to about 64 KB.
pub fn gzip_bomb(stream: &mut TcpStream) {
    use flate2::{Compression, write::GzEncoder};
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..64 {
        let _ = encoder.write_all(&zeros);
    }
    let body = encoder.finish().unwrap_or_default();
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

/// Never answers: holds the connection for ten seconds, then closes it.
pub fn hang(stream: &mut TcpStream) {
    let _ = stream;
    std::thread::sleep(Duration::from_secs(10));
}

/// Closes the connection without a word.
pub fn reset(stream: &mut TcpStream) {
    let _ = stream.shutdown(std::net::Shutdown::Both);
}

/// Promises 100 bytes of body, sends 10, and closes.
pub fn short_body(stream: &mut TcpStream) {
    let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789");
    let _ = stream.shutdown(std::net::Shutdown::Both);
}

/// A body of a byte every 100 ms, for at most a minute.
pub fn trickle(stream: &mut TcpStream) {
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 600\r\n\r\n";
    if stream.write_all(head.as_bytes()).is_err() {
        return;
    }
    for _ in 0..600 {
        std::thread::sleep(Duration::from_millis(100));
        if stream.write_all(b"x").is_err() {
            return;
        }
    }
}

/// Refuses an upload by its head: answers 413 at once, never reads the
/// body, and closes a moment later (as servers that linger before closing do).
pub fn early_answer(stream: &mut TcpStream) {
    let _ = stream.write_all(
        b"HTTP/1.1 413 Payload Too Large\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: 9\r\n\r\ntoo large",
    );
    std::thread::sleep(Duration::from_millis(500));
    let _ = stream.shutdown(std::net::Shutdown::Both);
}

/// A well-formed answer in a server's own words: a reason phrase other than
/// the standard one and a header value in Latin-1 bytes (`café`).
pub fn own_words(stream: &mut TcpStream) {
    let mut answer = b"HTTP/1.1 200 Fine Thanks\r\nX-Latin: caf\xe9\r\n".to_vec();
    answer.extend_from_slice(b"Content-Length: 2\r\nConnection: close\r\n\r\nok");
    let _ = stream.write_all(&answer);
}

/// A JSON body in ISO-8859-1, as its `Content-Type` says (`café` as `caf\xe9`).
pub fn latin1_json(stream: &mut TcpStream) {
    let body = b"{\"a\":\"caf\xe9\"}";
    let mut answer = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=ISO-8859-1\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    answer.extend_from_slice(body);
    let _ = stream.write_all(&answer);
}
