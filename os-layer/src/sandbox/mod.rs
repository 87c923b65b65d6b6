//! [`SandboxOs`]: an in-memory machine, deny-by-default.
//!
//! **Invariant (security):** a sandboxed program never touches the host. No
//! method of [`SandboxOs`] calls `std::fs`, `std::env`, `std::io::stdin/out`,
//! `std::process` or `std::time::SystemTime`; files live in [`fs::MemFs`],
//! paths are names in that tree ([`path`]), output is captured in memory,
//! time is a [`clock::VirtualClock`], randomness is a seeded stream
//! ([`random`]), and the environment and `argv` are exactly what the embedder
//! put there with the [`SandboxBuilder`]. `tests/sandbox_security.rs` checks it.
//!
//! Limits (set on the builder) turn runaway programs into errors rather than
//! exhausted hosts: file data (`ENOSPC`), captured output (`ENOSPC`), open
//! descriptors (`EMFILE`). By default file data and output are each capped at
//! [`DEFAULT_LIMIT_BYTES`].

pub mod builder;
pub mod clock;
pub mod fs;
pub mod path;
pub mod random;

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::Duration;

pub use builder::SandboxBuilder;

use crate::backend::{Fd, Metadata, OpenOptions, OsBackend, OutStream, Whence};
use crate::error::{Errno, OsError};
use crate::lock::lock;
use clock::VirtualClock;
use fs::{MemFs, NodeId};
use random::SeededRandom;

/// The default cap on file data and on captured output: 256 MiB each.
pub const DEFAULT_LIMIT_BYTES: u64 = 256 * 1024 * 1024;

/// The sandbox's limits; `None` means unlimited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Total bytes of file data in the in-memory file system.
    pub max_fs_bytes: Option<u64>,
    /// Total bytes written to stdout and stderr together.
    pub max_output_bytes: Option<u64>,
    /// Descriptors open at once (besides 0, 1, 2).
    pub max_open_files: Option<usize>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_fs_bytes: Some(DEFAULT_LIMIT_BYTES),
            max_output_bytes: Some(DEFAULT_LIMIT_BYTES),
            max_open_files: Some(1024),
        }
    }
}

/// An open file: which node, where, and what it may do.
#[derive(Clone, Copy, Debug)]
struct Handle {
    node: NodeId,
    pos: u64,
    read: bool,
    write: bool,
    append: bool,
}

/// Everything that changes while the program runs, behind one lock.
struct State {
    fs: MemFs,
    /// Current directory as names from the root.
    cwd: Vec<String>,
    handles: BTreeMap<u32, Handle>,
    stdin: Vec<u8>,
    stdin_pos: usize,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    clock: VirtualClock,
    random: SeededRandom,
    exit: Option<i32>,
}

/// A sandboxed machine. Build one with [`SandboxOs::builder`].
pub struct SandboxOs {
    state: Mutex<State>,
    env: BTreeMap<String, String>,
    argv: Vec<String>,
    executable: String,
    limits: Limits,
}

impl SandboxOs {
    /// An empty sandbox: `/` only, no input, no environment, no arguments.
    pub fn new() -> SandboxOs {
        SandboxBuilder::new().build_empty()
    }

    /// A builder to populate files, directories, stdin, environment, …
    pub fn builder() -> SandboxBuilder {
        SandboxBuilder::new()
    }

    /// Everything written to stdout so far.
    pub fn stdout(&self) -> Vec<u8> {
        lock(&self.state).stdout.clone()
    }

    /// Everything written to stderr so far.
    pub fn stderr(&self) -> Vec<u8> {
        lock(&self.state).stderr.clone()
    }

    /// stdout as text (invalid UTF-8 replaced).
    pub fn stdout_string(&self) -> String {
        String::from_utf8_lossy(&self.stdout()).into_owned()
    }

    /// stderr as text (invalid UTF-8 replaced).
    pub fn stderr_string(&self) -> String {
        String::from_utf8_lossy(&self.stderr()).into_owned()
    }

    /// The contents of a file in the sandbox (path absolute, or relative to
    /// the sandbox's current directory), for the embedder to inspect.
    pub fn file_contents(&self, path: &str) -> Option<Vec<u8>> {
        let state = lock(&self.state);
        let id = state.fs.lookup(&state.cwd, path).ok()?;
        state.fs.data(id).ok().map(<[u8]>::to_vec)
    }

    /// Bytes of file data held by the in-memory file system.
    pub fn fs_bytes_used(&self) -> u64 {
        lock(&self.state).fs.bytes_used()
    }

    /// The limits this sandbox enforces.
    pub fn limits(&self) -> Limits {
        self.limits
    }

    fn with_handle<T>(
        &self,
        fd: Fd,
        f: impl FnOnce(&mut State, Handle) -> Result<(T, Handle), Errno>,
    ) -> Result<T, OsError> {
        let mut state = lock(&self.state);
        let handle = *state.handles.get(&fd.0).ok_or(Errno::EBADF)?;
        let (out, handle) = f(&mut state, handle)?;
        if let Some(slot) = state.handles.get_mut(&fd.0) {
            *slot = handle;
        }
        Ok(out)
    }

    fn path_op<T>(
        &self,
        path: &str,
        f: impl FnOnce(&mut State, i64) -> Result<T, Errno>,
    ) -> Result<T, OsError> {
        let mut state = lock(&self.state);
        let now = state.clock.peek_wall();
        f(&mut state, now).map_err(|e| OsError::with_path(e, path))
    }
}

impl Default for SandboxOs {
    fn default() -> Self {
        SandboxOs::new()
    }
}

impl OsBackend for SandboxOs {
    fn write_stream(&self, stream: OutStream, data: &[u8]) -> Result<(), OsError> {
        let mut state = lock(&self.state);
        let used = (state.stdout.len() + state.stderr.len()) as u64;
        if let Some(max) = self.limits.max_output_bytes {
            if used.saturating_add(data.len() as u64) > max {
                return Err(OsError::new(Errno::ENOSPC));
            }
        }
        match stream {
            OutStream::Stdout => state.stdout.extend_from_slice(data),
            OutStream::Stderr => state.stderr.extend_from_slice(data),
        }
        Ok(())
    }

    fn flush_stream(&self, _stream: OutStream) -> Result<(), OsError> {
        Ok(())
    }

    fn read_stdin_line(&self) -> Result<Vec<u8>, OsError> {
        let mut state = lock(&self.state);
        let rest = state.stdin.get(state.stdin_pos..).unwrap_or_default();
        let len = rest.iter().position(|b| *b == b'\n').map_or(rest.len(), |i| i + 1);
        let line = rest[..len].to_vec();
        state.stdin_pos += len;
        Ok(line)
    }

    fn read_stdin_all(&self) -> Result<Vec<u8>, OsError> {
        let mut state = lock(&self.state);
        let rest = state.stdin.get(state.stdin_pos..).unwrap_or_default().to_vec();
        state.stdin_pos = state.stdin.len();
        Ok(rest)
    }

    fn isatty(&self, fd: Fd) -> Result<bool, OsError> {
        if fd.0 < 3 || lock(&self.state).handles.contains_key(&fd.0) {
            Ok(false)
        } else {
            Err(OsError::new(Errno::EBADF))
        }
    }

    fn open(&self, path: &str, options: &OpenOptions) -> Result<Fd, OsError> {
        let max_open = self.limits.max_open_files;
        self.path_op(path, |state, now| {
            if max_open.is_some_and(|max| state.handles.len() >= max) {
                return Err(Errno::EMFILE);
            }
            let mut n = 3u32;
            while state.handles.contains_key(&n) {
                n = n.checked_add(1).ok_or(Errno::EMFILE)?;
            }
            let node = state.fs.open(&state.cwd, path, options, now)?;
            let pos = if options.append { state.fs.data(node).map_or(0, |d| d.len() as u64) } else { 0 };
            let handle = Handle {
                node,
                pos,
                read: options.read,
                write: options.write || options.append,
                append: options.append,
            };
            state.handles.insert(n, handle);
            Ok(Fd(n))
        })
    }

    fn read(&self, fd: Fd, max: usize) -> Result<Vec<u8>, OsError> {
        match fd.0 {
            0 => {
                let mut state = lock(&self.state);
                let rest = state.stdin.get(state.stdin_pos..).unwrap_or_default();
                let chunk = rest[..max.min(rest.len())].to_vec();
                state.stdin_pos += chunk.len();
                Ok(chunk)
            }
            1 | 2 => Err(OsError::new(Errno::EBADF)),
            _ => self.with_handle(fd, |state, mut h| {
                if !h.read {
                    return Err(Errno::EBADF);
                }
                let data = state.fs.data(h.node)?;
                let start = usize::try_from(h.pos).unwrap_or(usize::MAX).min(data.len());
                let end = start.saturating_add(max).min(data.len());
                let out = data[start..end].to_vec();
                h.pos += out.len() as u64;
                Ok((out, h))
            }),
        }
    }

    fn read_to_end(&self, fd: Fd) -> Result<Vec<u8>, OsError> {
        match fd.0 {
            0 => self.read_stdin_all(),
            _ => self.read(fd, usize::MAX),
        }
    }

    fn write(&self, fd: Fd, data: &[u8]) -> Result<usize, OsError> {
        match fd.0 {
            0 => Err(OsError::new(Errno::EBADF)),
            1 => self.write_stream(OutStream::Stdout, data).map(|_| data.len()),
            2 => self.write_stream(OutStream::Stderr, data).map(|_| data.len()),
            _ => self.with_handle(fd, |state, mut h| {
                if !h.write {
                    return Err(Errno::EBADF);
                }
                if h.append {
                    h.pos = state.fs.data(h.node)?.len() as u64;
                }
                let now = state.clock.peek_wall();
                h.pos = state.fs.write_at(h.node, h.pos, data, now)?;
                Ok((data.len(), h))
            }),
        }
    }

    fn seek(&self, fd: Fd, offset: i64, whence: Whence) -> Result<u64, OsError> {
        if fd.0 < 3 {
            return Err(OsError::new(Errno::ESPIPE));
        }
        self.with_handle(fd, |state, mut h| {
            let base = match whence {
                Whence::Start => 0,
                Whence::Current => h.pos,
                Whence::End => state.fs.data(h.node)?.len() as u64,
            };
            let base = i64::try_from(base).map_err(|_| Errno::EINVAL)?;
            let pos = base.checked_add(offset).ok_or(Errno::EINVAL)?;
            h.pos = u64::try_from(pos).map_err(|_| Errno::EINVAL)?;
            Ok((h.pos, h))
        })
    }

    fn tell(&self, fd: Fd) -> Result<u64, OsError> {
        if fd.0 < 3 {
            return Err(OsError::new(Errno::ESPIPE));
        }
        self.with_handle(fd, |_, h| Ok((h.pos, h)))
    }

    fn truncate(&self, fd: Fd, size: u64) -> Result<(), OsError> {
        if fd.0 < 3 {
            return Err(OsError::new(Errno::EINVAL));
        }
        self.with_handle(fd, |state, h| {
            if !h.write {
                return Err(Errno::EINVAL);
            }
            let now = state.clock.peek_wall();
            state.fs.set_len(h.node, size, now)?;
            Ok(((), h))
        })
    }

    fn fstat(&self, fd: Fd) -> Result<Metadata, OsError> {
        if fd.0 < 3 {
            // Captured streams behave like pipes.
            return Ok(Metadata {
                kind: crate::backend::FileKind::Other,
                size: 0,
                mtime_ns: 0,
                mode: 0o010_600,
            });
        }
        self.with_handle(fd, |state, h| Ok((state.fs.metadata(h.node)?, h)))
    }

    fn close(&self, fd: Fd) -> Result<(), OsError> {
        if fd.0 < 3 {
            return Ok(());
        }
        let mut state = lock(&self.state);
        let handle = state.handles.remove(&fd.0).ok_or(Errno::EBADF)?;
        state.fs.close(handle.node);
        Ok(())
    }

    fn stat(&self, path: &str) -> Result<Metadata, OsError> {
        self.path_op(path, |state, _| {
            let id = state.fs.lookup(&state.cwd, path)?;
            state.fs.metadata(id)
        })
    }

    fn listdir(&self, path: &str) -> Result<Vec<String>, OsError> {
        self.path_op(path, |state, _| state.fs.listdir(&state.cwd, path))
    }

    fn mkdir(&self, path: &str) -> Result<(), OsError> {
        self.path_op(path, |state, now| {
            let cwd = state.cwd.clone();
            state.fs.mkdir(&cwd, path, now)
        })
    }

    fn remove(&self, path: &str) -> Result<(), OsError> {
        self.path_op(path, |state, now| {
            let cwd = state.cwd.clone();
            state.fs.remove(&cwd, path, now)
        })
    }

    fn rmdir(&self, path: &str) -> Result<(), OsError> {
        self.path_op(path, |state, now| {
            let cwd = state.cwd.clone();
            state.fs.rmdir(&cwd, path, now)
        })
    }

    fn rename(&self, from: &str, to: &str) -> Result<(), OsError> {
        let mut state = lock(&self.state);
        let now = state.clock.peek_wall();
        let cwd = state.cwd.clone();
        state.fs.rename(&cwd, from, to, now).map_err(|e| OsError::with_paths(e, from, to))
    }

    fn getcwd(&self) -> Result<String, OsError> {
        let state = lock(&self.state);
        let path = format!("/{}", state.cwd.join("/"));
        // POSIX getcwd fails once the directory has been removed.
        state.fs.dir_chain(&[], &path).map_err(OsError::new)?;
        Ok(path)
    }

    fn chdir(&self, path: &str) -> Result<(), OsError> {
        self.path_op(path, |state, _| {
            state.cwd = state.fs.dir_chain(&state.cwd, path)?;
            Ok(())
        })
    }

    fn time_ns(&self) -> i64 {
        lock(&self.state).clock.read_wall()
    }

    fn monotonic_ns(&self) -> u64 {
        lock(&self.state).clock.read_elapsed()
    }

    fn perf_counter_ns(&self) -> u64 {
        lock(&self.state).clock.read_elapsed()
    }

    fn sleep(&self, duration: Duration) -> Result<(), OsError> {
        lock(&self.state).clock.advance(duration);
        Ok(())
    }

    fn getenv(&self, name: &str) -> Option<String> {
        self.env.get(name).cloned()
    }

    fn environ(&self) -> Vec<(String, String)> {
        self.env.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
    }

    fn argv(&self) -> Vec<String> {
        self.argv.clone()
    }

    fn executable(&self) -> String {
        self.executable.clone()
    }

    fn urandom(&self, n: usize) -> Result<Vec<u8>, OsError> {
        let mut buf = Vec::new();
        buf.try_reserve_exact(n).map_err(|_| OsError::new(Errno::ENOMEM))?;
        buf.resize(n, 0);
        lock(&self.state).random.fill(&mut buf);
        Ok(buf)
    }

    fn request_exit(&self, status: i32) {
        lock(&self.state).exit = Some(status);
    }

    fn exit_status(&self) -> Option<i32> {
        lock(&self.state).exit
    }
}
