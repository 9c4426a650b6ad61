//! Ctrl-C and SIGTERM: the first asks the run to stop (it finishes its
//! reports, marked interrupted, and exits 130 or 143); a second one exits at
//! once, for a run whose reports take too long to write.

use postrun::run::Stop;

/// A [`Stop`] that the process's SIGINT and SIGTERM ask.
pub fn stop_on_signals() -> Stop {
    let stop = Stop::default();
    let asked = stop.clone();
    std::thread::spawn(move || {
        let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
        else {
            return;
        };
        runtime.block_on(listen(asked));
    });
    stop
}

#[cfg(unix)]
async fn listen(stop: Stop) {
    use tokio::signal::unix::{SignalKind, signal};
    let (Ok(mut interrupt), Ok(mut terminate)) = (
        signal(SignalKind::interrupt()),
        signal(SignalKind::terminate()),
    ) else {
        return;
    };
    loop {
        let number = tokio::select! {
            _ = interrupt.recv() => 2,
            _ = terminate.recv() => 15,
        };
        if stop.requested().is_some() {
            std::process::exit(128 + number);
        }
        stop.request(number);
    }
}

#[cfg(not(unix))]
async fn listen(stop: Stop) {
    while tokio::signal::ctrl_c().await.is_ok() {
        if stop.requested().is_some() {
            std::process::exit(130);
        }
        stop.request(2);
    }
}
