//! Locking that never panics.
//!
//! A `Mutex` becomes *poisoned* when a thread panics while holding it. Every
//! state guarded by a mutex in this crate is updated so that it is consistent
//! between any two statements that can fail, so the state behind a poisoned
//! lock is still valid: we take it and carry on instead of panicking again.

use std::sync::{Mutex, MutexGuard};

/// Locks `mutex`, recovering the guard if a previous holder panicked.
pub fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    match mutex.lock() {
        Ok(guard) => guard,
        Err(poisoned) => poisoned.into_inner(),
    }
}
