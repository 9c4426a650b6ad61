//! The `postrun` binary: parses the command line and maps the outcome to
//! an exit code. Everything else is the library's.

mod cli;

use std::process::ExitCode;

// boa allocates for every object, string and call frame: with mimalloc a
// scripted run executes about 13% fewer instructions than with glibc's
// allocator. The ceiling around it is `--max-memory`.
#[global_allocator]
static ALLOCATOR: cli::memory::Ceiling<mimalloc::MiMalloc> =
    cli::memory::Ceiling::new(mimalloc::MiMalloc);

/// The stack the run gets. Some of boa's built-ins (`JSON.stringify`,
/// `Array.prototype.join`) recurse natively, once per level of nesting: with
/// the default 8 MiB a script stringifying a 10,000-level object overflowed
/// it and the process aborted, reports lost. This is address space, not
/// memory: only the pages a deep script touches are used.
const RUN_STACK: usize = 1 << 30;

fn main() -> ExitCode {
    let cli = cli::Cli::from_env();
    let run = std::thread::Builder::new()
        .name("postrun".into())
        .stack_size(RUN_STACK)
        .spawn(move || cli::execute(cli));
    match run.map(|thread| thread.join()) {
        Ok(Ok(status)) => status.into(),
        // A panic has printed its message already; nothing was written half.
        Ok(Err(_)) => ExitCode::from(101),
        // No thread could be made: run on this one.
        Err(_) => cli::execute(cli::Cli::from_env()).into(),
    }
}
