//! `--max-memory`: a ceiling on the memory the process holds.
//!
//! boa has no heap limit: a script that doubles a string forty times or
//! fills an array of a billion elements allocates until the kernel kills
//! the process (tens of gigabytes later, the machine swapping meanwhile).
//! V8 stops such a script at its heap limit and Newman dies with "heap out
//! of memory". An allocator cannot fail gracefully (boa aborts on a failed
//! allocation, and an allocator may not unwind), so the ceiling ends the
//! process at once with a message that names the flag and its own exit
//! code: reports are lost, but the machine is not, and the cause is said.

use std::alloc::{GlobalAlloc, Layout};
use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The default of `--max-memory`: 4 GiB, about V8's default heap limit on
/// a 64-bit machine.
pub const DEFAULT_MAX_MEMORY: usize = 4 << 30;

/// Wraps the real allocator, counting the bytes it holds.
pub struct Ceiling<A> {
    inner: A,
    held: AtomicUsize,
    limit: AtomicUsize,
}

impl<A> Ceiling<A> {
    /// No limit until [`Ceiling::set_limit`].
    pub const fn new(inner: A) -> Self {
        Ceiling {
            inner,
            held: AtomicUsize::new(0),
            limit: AtomicUsize::new(usize::MAX),
        }
    }

    /// Ends the process once more than `bytes` are held (0: no limit).
    pub fn set_limit(&self, bytes: usize) {
        let limit = if bytes == 0 { usize::MAX } else { bytes };
        self.limit.store(limit, Ordering::Relaxed);
    }

    /// Counts `size` more bytes, ending the process past the limit.
    fn grow(&self, size: usize) {
        let held = self
            .held
            .fetch_add(size, Ordering::Relaxed)
            .saturating_add(size);
        let limit = self.limit.load(Ordering::Relaxed);
        if held > limit {
            exceeded(limit);
        }
    }

    fn shrink(&self, size: usize) {
        self.held.fetch_sub(size, Ordering::Relaxed);
    }
}

// SAFETY: every call is passed to `inner` unchanged; the counting around it
// neither allocates nor unwinds.
unsafe impl<A: GlobalAlloc> GlobalAlloc for Ceiling<A> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        self.grow(layout.size());
        // SAFETY: the caller's contract is passed on.
        unsafe { self.inner.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        self.grow(layout.size());
        // SAFETY: the caller's contract is passed on.
        unsafe { self.inner.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        self.shrink(layout.size());
        // SAFETY: the caller's contract is passed on.
        unsafe { self.inner.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        match new_size.checked_sub(layout.size()) {
            Some(more) => self.grow(more),
            None => self.shrink(layout.size() - new_size),
        }
        // SAFETY: the caller's contract is passed on.
        unsafe { self.inner.realloc(ptr, layout, new_size) }
    }
}

/// Says why and exits. Runs inside the allocator: nothing here may
/// allocate, so the number is formatted on the stack.
fn exceeded(limit: usize) -> ! {
    let mut digits = [0u8; 20];
    let mebibytes = decimal(limit >> 20, &mut digits);
    let mut stderr = std::io::stderr().lock();
    let _ = stderr.write_all(b"\nerror: postrun held more than ");
    let _ = stderr.write_all(mebibytes);
    let _ = stderr.write_all(
        b" MiB of memory and stopped; no report was written.\n  \
          hint: a script building a huge string or array is the usual cause; \
          --max-memory BYTES raises the limit (0: none)\n",
    );
    let _ = stderr.flush();
    std::process::exit(i32::from(postrun::exit::OUT_OF_MEMORY))
}

/// `value` in decimal digits, in `buffer`.
fn decimal(mut value: usize, buffer: &mut [u8; 20]) -> &[u8] {
    let mut start = buffer.len();
    loop {
        start -= 1;
        buffer[start] = b'0' + (value % 10) as u8;
        value /= 10;
        if value == 0 {
            return &buffer[start..];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::decimal;

    #[test]
    fn formats_numbers_without_allocating() {
        let mut buffer = [0; 20];
        assert_eq!(decimal(0, &mut buffer), b"0");
        assert_eq!(decimal(4096, &mut buffer), b"4096");
        assert_eq!(decimal(usize::MAX, &mut buffer), b"18446744073709551615");
    }
}
