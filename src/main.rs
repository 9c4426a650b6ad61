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

/// mimalloc keeps freed pages for a second before it gives them back; a
/// run frees a compiled script's or a response's memory all the time, so
/// the pages held that way were a tenth of a scripted run's peak RSS
/// (1,000 requests with distinct scripts: 40 MB against 36.5 MB), for about
/// 1% of its time when they go at once. `MIMALLOC_PURGE_DELAY` still wins.
fn return_freed_memory_promptly() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_some() {
        return;
    }
    // `mi_option_purge_delay` in mimalloc.h (v3, as libmimalloc-sys 0.1.49
    // builds it), which the crate's bindings do not name: the option after
    // `mi_option_eager_commit_delay` (14).
    const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
    // SAFETY: sets one of mimalloc's numeric options; no memory is touched.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, 0) };
}

/// The stack the run gets. Some of boa's built-ins (`JSON.stringify`,
/// `Array.prototype.join`) recurse natively, once per level of nesting: with
/// the default 8 MiB a script stringifying a 10,000-level object overflowed
/// it and the process aborted, reports lost. This is address space, not
/// memory: only the pages a deep script touches are used.
const RUN_STACK: usize = 1 << 30;

fn main() -> ExitCode {
    return_freed_memory_promptly();
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
