//! `postrun mock`: serves a collection's saved examples until stopped.

use std::io::Write;
use std::path::PathBuf;

use postrun::ExitStatus;
use postrun::load::{self, LoadError};
use postrun::mock::{MockDelay, MockError, MockLog, MockOptions, MockServer, Routes};

use postrun::report::SanitizingWriter;

use super::{Hint, print_warnings};

/// `postrun mock`.
#[derive(Debug, clap::Args)]
pub struct MockArgs {
    /// The collection whose saved examples to serve (a v2.1 file or a v3
    /// directory).
    pub collection: PathBuf,
    /// Port (0 picks a free one).
    #[arg(long, default_value_t = 3000)]
    pub port: u16,
    /// Address to bind; anything but a loopback address must be named here.
    #[arg(long, default_value = "127.0.0.1")]
    pub host: std::net::IpAddr,
    /// Wait before each answer: MS milliseconds, or `saved` for each
    /// example's saved response time.
    #[arg(long = "mock-delay", value_name = "MS|saved")]
    pub mock_delay: Option<MockDelay>,
}

/// Why `postrun mock` could not serve (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum MockCommandError {
    /// The collection could not be loaded.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// The server could not start.
    #[error(transparent)]
    Serve(#[from] MockError),
}

impl Hint for MockCommandError {
    fn hint(&self) -> Option<String> {
        match self {
            MockCommandError::Serve(MockError::Bind(..)) => {
                Some("pick another port with --port, or --port 0 for a free one".into())
            }
            _ => None,
        }
    }
}

/// Serves until the process is stopped; requests are logged on stderr.
pub fn command(args: MockArgs) -> Result<ExitStatus, MockCommandError> {
    let collection = load::load_collection(&args.collection)?;
    print_warnings(
        &mut SanitizingWriter(std::io::stderr().lock()),
        &collection.warnings,
    );
    let options = MockOptions {
        delay: args.mock_delay,
        log: Some(MockLog::new(Box::new(std::io::stderr()))),
    };
    let addr = std::net::SocketAddr::new(args.host, args.port);
    let server = MockServer::start(&collection, addr, !args.host.is_loopback(), options)?;
    let routes = Routes::from_collection(&collection);
    let _ = writeln!(
        std::io::stderr(),
        "serving {} saved examples of {} on {} (Ctrl-C stops)",
        routes.len(),
        collection.info.name,
        server.url()
    );
    server.wait();
    Ok(ExitStatus::Success)
}
