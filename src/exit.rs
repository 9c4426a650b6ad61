//! Exit codes: Newman's contract, kept.

/// Every request was sent and every assertion passed.
pub const SUCCESS: u8 = 0;
/// The run completed with failures (assertion, script error, request error).
pub const FAILURES: u8 = 1;
/// The run could not start: bad arguments or an unreadable or invalid file.
pub const INVALID_INPUT: u8 = 2;

/// How a command ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// Exit code 0.
    Success,
    /// Exit code 1.
    Failures,
    /// Exit code 2.
    InvalidInput,
}

impl ExitStatus {
    /// The process exit code.
    pub fn code(self) -> u8 {
        match self {
            ExitStatus::Success => SUCCESS,
            ExitStatus::Failures => FAILURES,
            ExitStatus::InvalidInput => INVALID_INPUT,
        }
    }
}

impl From<ExitStatus> for std::process::ExitCode {
    fn from(status: ExitStatus) -> Self {
        std::process::ExitCode::from(status.code())
    }
}
