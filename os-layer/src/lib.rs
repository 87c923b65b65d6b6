//! The OS layer: everything a Python program does outside itself.
//!
//! **Invariant:** everything a Python program does outside itself — standard
//! streams, files, directories, clocks, sleeping, the environment, `argv`,
//! randomness from the OS, asking to exit — goes through [`OsBackend`], and
//! through nothing else. The PVM holds an `Arc<dyn OsBackend>`; it never calls
//! `std::fs`, `std::io::stdout`, `std::env` or `std::time` itself. That is what
//! makes the sandbox a security property rather than a convention.
//!
//! **API boundary:** [`OsBackend`] is the trait a student implements to replace
//! this layer. [`contract::cases`] is the list of behaviours any implementation
//! must show; `cargo xtask conformance` runs it against every registered one.
//!
//! Code map:
//! - [`backend`] — the trait and its plain data types (file descriptors, stat
//!   results, seek origins, open options).
//! - [`mode`] — Python's `open()` mode strings (`"r+b"`, `"x"`, …) parsed into
//!   [`OpenOptions`], with CPython's `ValueError` messages.
//! - [`error`] — [`OsError`]: an errno, its `strerror`, the file name(s), and the
//!   Python exception class and message they produce.
//! - [`host`] — [`HostOs`]: the real machine, through `std`; its local time
//!   zone comes from the C library (`host_localtime`).
//! - [`sandbox`] — [`SandboxOs`]: an in-memory machine, deny-by-default.
//! - [`contract`] — the contract suite.
//!
//! **Invariant:** no input makes this crate panic: user data is never
//! `unwrap`ped, and a poisoned lock is recovered rather than propagated
//! (see [`lock`]).

pub mod backend;
pub mod contract;
pub mod error;
pub mod host;
mod host_localtime;
pub mod lock;
pub mod mode;
pub mod pyrepr;
pub mod sandbox;

pub use backend::{Fd, FileKind, LocalOffset, Metadata, OpenOptions, OsBackend, OutStream, Whence};
pub use error::{Errno, OsError};
pub use host::HostOs;
pub use mode::{ModeError, OpenMode};
pub use sandbox::{SandboxBuilder, SandboxOs};
