//! Exit codes: Newman's contract, kept.

/// Every request was sent and every assertion passed.
pub const SUCCESS: u8 = 0;
/// The run completed with failures (assertion, script error, request error).
pub const FAILURES: u8 = 1;
/// The run could not start: bad arguments or an unreadable or invalid file.
pub const INVALID_INPUT: u8 = 2;
/// The process passed `--max-memory` and stopped at once, writing no
/// report (boa has no heap limit of its own).
pub const OUT_OF_MEMORY: u8 = 3;
/// A run stopped by a signal exits with 128 plus its number: 130 for
/// SIGINT (Ctrl-C), 143 for SIGTERM, as shells expect.
pub const SIGNALLED: u8 = 128;

/// How a command ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// Exit code 0.
    Success,
    /// Exit code 1.
    Failures,
    /// Exit code 2.
    InvalidInput,
    /// Stopped by this signal after writing the reports: 128 + the signal.
    Interrupted(i32),
}

impl ExitStatus {
    /// The process exit code.
    pub fn code(self) -> u8 {
        match self {
            ExitStatus::Success => SUCCESS,
            ExitStatus::Failures => FAILURES,
            ExitStatus::InvalidInput => INVALID_INPUT,
            ExitStatus::Interrupted(signal) => SIGNALLED.saturating_add(signal.clamp(1, 127) as u8),
        }
    }
}

impl From<ExitStatus> for std::process::ExitCode {
    fn from(status: ExitStatus) -> Self {
        std::process::ExitCode::from(status.code())
    }
}
