//! Ctrl-C while Python code runs: `KeyboardInterrupt`, raised between instructions.
//!
//! The embedder (the REPL's `SIGINT` handler) calls [`request`]; the dispatch
//! loop polls [`take`] before each instruction and raises `KeyboardInterrupt`
//! there, as CPython's eval breaker does. The flag is one process-wide atomic
//! because a signal handler can reach nothing else safely; setting it is all
//! a handler may do.

use std::sync::atomic::{AtomicBool, Ordering};

static PENDING: AtomicBool = AtomicBool::new(false);

/// Asks the running code to raise `KeyboardInterrupt`; safe in a signal handler.
pub fn request() {
    PENDING.store(true, Ordering::Relaxed);
}

/// Whether an interrupt was requested, leaving the request for [`take`].
#[inline]
pub fn pending() -> bool {
    PENDING.load(Ordering::Relaxed)
}

/// Whether an interrupt was requested, clearing the request. A plain load
/// first: this runs at every safe point (each call, return and loop turn).
#[inline]
pub fn take() -> bool {
    PENDING.load(Ordering::Relaxed) && PENDING.swap(false, Ordering::Relaxed)
}
