//! [`SandboxBuilder`]: what the embedder puts in a sandbox before it runs.
//!
//! Nothing is in a sandbox unless it is added here: files (optionally
//! read-only), directories, the current directory, stdin, environment
//! variables, `argv` and `sys.executable`, the random seed, the clock's start and tick, and limits.
//! Paths given to the builder are sandbox paths (relative ones are relative to
//! `/`); parent directories are created as needed.

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::Duration;

use crate::error::{Errno, OsError};
use crate::sandbox::clock::{VirtualClock, DEFAULT_WALL_START_NS};
use crate::sandbox::fs::MemFs;
use crate::sandbox::path::{Component, SandboxPath};
use crate::sandbox::random::SeededRandom;
use crate::sandbox::{Limits, SandboxOs, State};

/// Collects a sandbox's initial contents; [`SandboxBuilder::build`] makes it.
#[derive(Clone, Debug, Default)]
pub struct SandboxBuilder {
    files: Vec<(String, Vec<u8>, bool)>,
    dirs: Vec<String>,
    cwd: Option<String>,
    stdin: Vec<u8>,
    env: BTreeMap<String, String>,
    argv: Vec<String>,
    executable: String,
    seed: u64,
    wall_start_ns: Option<i64>,
    tick_ns: u64,
    limits: Limits,
}

impl SandboxBuilder {
    pub fn new() -> SandboxBuilder {
        SandboxBuilder::default()
    }

    /// Adds a file the program may read and change.
    pub fn file(mut self, path: &str, contents: impl Into<Vec<u8>>) -> SandboxBuilder {
        self.files.push((path.to_string(), contents.into(), false));
        self
    }

    /// Adds a file the program may read but not write, truncate, remove or
    /// rename (`EACCES`).
    pub fn readonly_file(mut self, path: &str, contents: impl Into<Vec<u8>>) -> SandboxBuilder {
        self.files.push((path.to_string(), contents.into(), true));
        self
    }

    /// Adds a directory (and its parents).
    pub fn dir(mut self, path: &str) -> SandboxBuilder {
        self.dirs.push(path.to_string());
        self
    }

    /// Sets the current directory (created if missing). Default `/`.
    pub fn cwd(mut self, path: &str) -> SandboxBuilder {
        self.cwd = Some(path.to_string());
        self
    }

    /// Sets what the program reads from stdin.
    pub fn stdin(mut self, bytes: impl Into<Vec<u8>>) -> SandboxBuilder {
        self.stdin = bytes.into();
        self
    }

    /// Sets one environment variable.
    pub fn env(mut self, name: &str, value: &str) -> SandboxBuilder {
        self.env.insert(name.to_string(), value.to_string());
        self
    }

    /// Sets `sys.argv`.
    pub fn argv<S: Into<String>>(mut self, argv: impl IntoIterator<Item = S>) -> SandboxBuilder {
        self.argv = argv.into_iter().map(Into::into).collect();
        self
    }

    /// Sets `sys.executable`. Default `""`: the sandbox has no interpreter
    /// file to name.
    pub fn executable(mut self, path: &str) -> SandboxBuilder {
        self.executable = path.to_string();
        self
    }

    /// Seeds `os.urandom`'s deterministic stream. Default 0.
    pub fn seed(mut self, seed: u64) -> SandboxBuilder {
        self.seed = seed;
        self
    }

    /// Sets the wall clock's start, in ns since the epoch. Default 2000-01-01.
    pub fn wall_time_ns(mut self, ns: i64) -> SandboxBuilder {
        self.wall_start_ns = Some(ns);
        self
    }

    /// Makes every clock reading advance the clock by `tick`. Default zero.
    pub fn clock_tick(mut self, tick: Duration) -> SandboxBuilder {
        self.tick_ns = u64::try_from(tick.as_nanos()).unwrap_or(u64::MAX);
        self
    }

    /// Caps the file system's total file data (`None`: unlimited).
    pub fn max_fs_bytes(mut self, max: Option<u64>) -> SandboxBuilder {
        self.limits.max_fs_bytes = max;
        self
    }

    /// Caps stdout + stderr output (`None`: unlimited).
    pub fn max_output_bytes(mut self, max: Option<u64>) -> SandboxBuilder {
        self.limits.max_output_bytes = max;
        self
    }

    /// Caps descriptors open at once (`None`: unlimited).
    pub fn max_open_files(mut self, max: Option<usize>) -> SandboxBuilder {
        self.limits.max_open_files = max;
        self
    }

    /// Builds the sandbox. Fails if two entries conflict (a file where a
    /// directory is needed, a name given twice) or the files exceed the limit.
    pub fn build(self) -> Result<SandboxOs, OsError> {
        let sandbox = self.clone().build_empty();
        {
            let mut state = crate::lock::lock(&sandbox.state);
            let now = state.clock.peek_wall();
            let fs = &mut state.fs;
            for dir in &self.dirs {
                mkdir_all(fs, dir, now)?;
            }
            for (path, bytes, readonly) in self.files {
                let p = SandboxPath::parse(&path).map_err(|e| OsError::with_path(e, &path))?;
                if let Some((_, init)) = p.components.split_last() {
                    mkdir_components(fs, init, &path, now)?;
                }
                fs.create_file(&[], &path, bytes, readonly, now).map_err(|e| OsError::with_path(e, &path))?;
            }
            if let Some(cwd) = &self.cwd {
                mkdir_all(&mut state.fs, cwd, now)?;
                state.cwd = state.fs.dir_chain(&[], cwd).map_err(|e| OsError::with_path(e, cwd))?;
            }
        }
        Ok(sandbox)
    }

    /// The sandbox without files, directories or cwd applied.
    pub(crate) fn build_empty(self) -> SandboxOs {
        let wall = self.wall_start_ns.unwrap_or(DEFAULT_WALL_START_NS);
        SandboxOs {
            state: Mutex::new(State {
                fs: MemFs::new(self.limits.max_fs_bytes, wall),
                cwd: Vec::new(),
                handles: BTreeMap::new(),
                stdin: self.stdin,
                stdin_pos: 0,
                stdout: Vec::new(),
                stderr: Vec::new(),
                clock: VirtualClock::new(wall, self.tick_ns),
                random: SeededRandom::new(self.seed),
                exit: None,
            }),
            env: self.env,
            argv: self.argv,
            executable: self.executable,
            limits: self.limits,
        }
    }
}

/// `mkdir -p` for a builder path.
fn mkdir_all(fs: &mut MemFs, path: &str, now: i64) -> Result<(), OsError> {
    let p = SandboxPath::parse(path).map_err(|e| OsError::with_path(e, path))?;
    mkdir_components(fs, &p.components, path, now)
}

fn mkdir_components(fs: &mut MemFs, components: &[Component], path: &str, now: i64) -> Result<(), OsError> {
    let mut prefix = String::new();
    for comp in components {
        prefix.push('/');
        prefix.push_str(match comp {
            Component::Current => ".",
            Component::Parent => "..",
            Component::Name(n) => n,
        });
        match fs.mkdir(&[], &prefix, now) {
            Ok(()) | Err(Errno::EEXIST) => {}
            Err(e) => return Err(OsError::with_path(e, path)),
        }
    }
    // A name that exists as a file is not a directory.
    let id = fs
        .lookup(&[], if prefix.is_empty() { "/" } else { &prefix })
        .map_err(|e| OsError::with_path(e, path))?;
    fs.metadata(id)
        .ok()
        .filter(|m| m.is_dir())
        .map(|_| ())
        .ok_or_else(|| OsError::with_path(Errno::ENOTDIR, path))
}
