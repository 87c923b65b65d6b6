//! [`HostOs`]: the real machine, through `std`.
//!
//! Files, directories, streams, clocks and the environment are the host's.
//! Two deliberate differences from calling `std` directly:
//! - **The current directory is the backend's own.** Relative paths resolve
//!   against a directory kept in the backend, and `chdir` changes only that;
//!   the process's working directory is never touched, so several backends
//!   (or parallel tests) in one process do not disturb each other.
//! - **`request_exit` only records the status**; the app layer exits after
//!   the PVM has unwound.
//!
//! Host errors keep the errno the host reported; see [`crate::error`] for
//! how numbers are mapped on non-Linux hosts.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufRead, IsTerminal, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::backend::{Fd, FileKind, Metadata, OpenOptions, OsBackend, OutStream, Whence};
use crate::error::{Errno, OsError};
use crate::lock::lock;

/// The host operating system.
pub struct HostOs {
    state: Mutex<HostState>,
    argv: Vec<String>,
    /// The process's arguments, kept when `argv` is replaced.
    orig_argv: Vec<String>,
}

struct HostState {
    cwd: PathBuf,
    files: BTreeMap<u32, Arc<Mutex<File>>>,
    exit: Option<i32>,
}

impl Default for HostOs {
    fn default() -> Self {
        HostOs::new()
    }
}

impl HostOs {
    /// A backend starting in the process's current directory, with the
    /// process's own arguments as `argv` (the app layer replaces them with
    /// [`HostOs::with_argv`]).
    pub fn new() -> HostOs {
        let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"));
        HostOs::with_cwd(cwd)
    }

    /// A backend whose current directory is `cwd`.
    pub fn with_cwd(cwd: impl Into<PathBuf>) -> HostOs {
        let args: Vec<String> = std::env::args_os().map(|a| a.to_string_lossy().into_owned()).collect();
        HostOs {
            state: Mutex::new(HostState { cwd: cwd.into(), files: BTreeMap::new(), exit: None }),
            argv: args.clone(),
            orig_argv: args,
        }
    }

    /// Replaces `sys.argv`.
    pub fn with_argv(mut self, argv: Vec<String>) -> HostOs {
        self.argv = argv;
        self
    }

    /// `path` made absolute against this backend's current directory.
    fn resolve(&self, path: &str) -> Result<PathBuf, OsError> {
        if path.is_empty() {
            return Err(OsError::with_path(Errno::ENOENT, path));
        }
        if path.contains('\0') {
            return Err(OsError::with_path(Errno::EINVAL, path));
        }
        let p = Path::new(path);
        if p.is_absolute() {
            Ok(p.to_path_buf())
        } else {
            Ok(lock(&self.state).cwd.join(p))
        }
    }

    fn file(&self, fd: Fd) -> Result<Arc<Mutex<File>>, OsError> {
        lock(&self.state).files.get(&fd.0).cloned().ok_or_else(|| OsError::new(Errno::EBADF))
    }
}

fn io_err(err: io::Error) -> OsError {
    OsError::from_io(&err, None)
}

fn path_err(path: &str) -> impl Fn(io::Error) -> OsError + '_ {
    move |err| OsError::from_io(&err, Some(path))
}

fn metadata(meta: &std::fs::Metadata) -> Metadata {
    let ft = meta.file_type();
    let kind = if ft.is_file() {
        FileKind::File
    } else if ft.is_dir() {
        FileKind::Dir
    } else if ft.is_symlink() {
        FileKind::Symlink
    } else {
        FileKind::Other
    };
    #[cfg(unix)]
    let (mtime_ns, mode) = {
        use std::os::unix::fs::MetadataExt;
        (meta.mtime().saturating_mul(1_000_000_000).saturating_add(meta.mtime_nsec()), meta.mode())
    };
    #[cfg(not(unix))]
    let (mtime_ns, mode) = {
        let mtime_ns = meta.modified().map_or(0, |t| signed_ns_since_epoch(t));
        let mode = match kind {
            FileKind::Dir => 0o040_755,
            _ if meta.permissions().readonly() => 0o100_444,
            _ => 0o100_644,
        };
        (mtime_ns, mode)
    };
    Metadata { kind, size: meta.len(), mtime_ns, mode }
}

fn signed_ns_since_epoch(t: SystemTime) -> i64 {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_nanos()).unwrap_or(i64::MAX),
        Err(e) => i64::try_from(e.duration().as_nanos()).map_or(i64::MIN, |n| -n),
    }
}

/// `fstat` of descriptor 0, 1 or 2: the real stream (terminal, pipe or
/// file) on Unix, by duplicating the descriptor; a character device elsewhere.
fn stdio_metadata(fd: Fd) -> Result<Metadata, OsError> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        let owned = match fd.0 {
            0 => io::stdin().as_fd().try_clone_to_owned(),
            1 => io::stdout().as_fd().try_clone_to_owned(),
            _ => io::stderr().as_fd().try_clone_to_owned(),
        }
        .map_err(io_err)?;
        let meta = File::from(owned).metadata().map_err(io_err)?;
        Ok(metadata(&meta))
    }
    #[cfg(not(unix))]
    {
        let _ = fd;
        Ok(Metadata { kind: FileKind::Other, size: 0, mtime_ns: 0, mode: 0o020_620 })
    }
}

/// One start instant shared by every `HostOs`, so their monotonic clocks agree.
fn clock_base() -> Instant {
    static BASE: OnceLock<Instant> = OnceLock::new();
    *BASE.get_or_init(Instant::now)
}

impl OsBackend for HostOs {
    fn write_stream(&self, stream: OutStream, data: &[u8]) -> Result<(), OsError> {
        match stream {
            OutStream::Stdout => io::stdout().lock().write_all(data),
            OutStream::Stderr => io::stderr().lock().write_all(data),
        }
        .map_err(io_err)
    }

    fn flush_stream(&self, stream: OutStream) -> Result<(), OsError> {
        match stream {
            OutStream::Stdout => io::stdout().lock().flush(),
            OutStream::Stderr => io::stderr().lock().flush(),
        }
        .map_err(io_err)
    }

    fn read_stdin_line(&self) -> Result<Vec<u8>, OsError> {
        let mut line = Vec::new();
        io::stdin().lock().read_until(b'\n', &mut line).map_err(io_err)?;
        Ok(line)
    }

    fn read_stdin_all(&self) -> Result<Vec<u8>, OsError> {
        let mut all = Vec::new();
        io::stdin().lock().read_to_end(&mut all).map_err(io_err)?;
        Ok(all)
    }

    fn isatty(&self, fd: Fd) -> Result<bool, OsError> {
        match fd.0 {
            0 => Ok(io::stdin().is_terminal()),
            1 => Ok(io::stdout().is_terminal()),
            2 => Ok(io::stderr().is_terminal()),
            _ => {
                let file = self.file(fd)?;
                let tty = lock(&file).is_terminal();
                Ok(tty)
            }
        }
    }

    fn open(&self, path: &str, options: &OpenOptions) -> Result<Fd, OsError> {
        let full = self.resolve(path)?;
        let mut file = std::fs::OpenOptions::new()
            .read(options.read)
            .write(options.write)
            .append(options.append)
            .truncate(options.truncate)
            .create(options.create)
            .create_new(options.create_new)
            .open(&full)
            .map_err(path_err(path))?;
        let meta = file.metadata().map_err(path_err(path))?;
        if meta.is_dir() {
            return Err(OsError::with_path(Errno::EISDIR, path));
        }
        if options.append {
            file.seek(SeekFrom::End(0)).map_err(path_err(path))?;
        }
        let mut state = lock(&self.state);
        let mut n = 3u32;
        while state.files.contains_key(&n) {
            n = n.checked_add(1).ok_or_else(|| OsError::new(Errno::EMFILE))?;
        }
        state.files.insert(n, Arc::new(Mutex::new(file)));
        Ok(Fd(n))
    }

    fn read(&self, fd: Fd, max: usize) -> Result<Vec<u8>, OsError> {
        let mut buf = Vec::new();
        let limit = u64::try_from(max).unwrap_or(u64::MAX);
        match fd.0 {
            0 => {
                // Like os.read(0, n): one read, which returns what is there
                // (a line from a terminal) rather than waiting for n bytes.
                buf.resize(max.min(64 * 1024), 0);
                let n = io::stdin().lock().read(&mut buf).map_err(io_err)?;
                buf.truncate(n);
                Ok(n)
            }
            1 | 2 => return Err(OsError::new(Errno::EBADF)),
            _ => {
                let file = self.file(fd)?;
                let mut file = lock(&file);
                (&mut *file).take(limit).read_to_end(&mut buf)
            }
        }
        .map_err(io_err)?;
        Ok(buf)
    }

    fn read_to_end(&self, fd: Fd) -> Result<Vec<u8>, OsError> {
        match fd.0 {
            0 => self.read_stdin_all(),
            1 | 2 => Err(OsError::new(Errno::EBADF)),
            _ => {
                let file = self.file(fd)?;
                let mut buf = Vec::new();
                lock(&file).read_to_end(&mut buf).map_err(io_err)?;
                Ok(buf)
            }
        }
    }

    fn write(&self, fd: Fd, data: &[u8]) -> Result<usize, OsError> {
        match fd.0 {
            0 => Err(OsError::new(Errno::EBADF)),
            1 => self.write_stream(OutStream::Stdout, data).map(|_| data.len()),
            2 => self.write_stream(OutStream::Stderr, data).map(|_| data.len()),
            _ => {
                let file = self.file(fd)?;
                lock(&file).write_all(data).map_err(io_err)?;
                Ok(data.len())
            }
        }
    }

    fn seek(&self, fd: Fd, offset: i64, whence: Whence) -> Result<u64, OsError> {
        if fd.0 < 3 {
            return Err(OsError::new(Errno::ESPIPE));
        }
        let file = self.file(fd)?;
        let from = match whence {
            Whence::Start => SeekFrom::Start(u64::try_from(offset).map_err(|_| OsError::new(Errno::EINVAL))?),
            Whence::Current => SeekFrom::Current(offset),
            Whence::End => SeekFrom::End(offset),
        };
        let pos = lock(&file).seek(from).map_err(io_err)?;
        Ok(pos)
    }

    fn tell(&self, fd: Fd) -> Result<u64, OsError> {
        if fd.0 < 3 {
            return Err(OsError::new(Errno::ESPIPE));
        }
        let file = self.file(fd)?;
        let pos = lock(&file).stream_position().map_err(io_err)?;
        Ok(pos)
    }

    fn truncate(&self, fd: Fd, size: u64) -> Result<(), OsError> {
        if fd.0 < 3 {
            return Err(OsError::new(Errno::EINVAL));
        }
        let file = self.file(fd)?;
        let result = lock(&file).set_len(size).map_err(io_err);
        result
    }

    fn fstat(&self, fd: Fd) -> Result<Metadata, OsError> {
        if fd.0 < 3 {
            return stdio_metadata(fd);
        }
        let file = self.file(fd)?;
        let meta = lock(&file).metadata().map_err(io_err)?;
        Ok(metadata(&meta))
    }

    fn close(&self, fd: Fd) -> Result<(), OsError> {
        if fd.0 < 3 {
            return Ok(());
        }
        match lock(&self.state).files.remove(&fd.0) {
            Some(_) => Ok(()),
            None => Err(OsError::new(Errno::EBADF)),
        }
    }

    fn stat(&self, path: &str) -> Result<Metadata, OsError> {
        let full = self.resolve(path)?;
        let meta = std::fs::metadata(full).map_err(path_err(path))?;
        Ok(metadata(&meta))
    }

    fn listdir(&self, path: &str) -> Result<Vec<String>, OsError> {
        let full = self.resolve(path)?;
        let mut names = Vec::new();
        for entry in std::fs::read_dir(full).map_err(path_err(path))? {
            let entry = entry.map_err(path_err(path))?;
            names.push(entry.file_name().to_string_lossy().into_owned());
        }
        names.sort();
        Ok(names)
    }

    fn mkdir(&self, path: &str) -> Result<(), OsError> {
        let full = self.resolve(path)?;
        std::fs::create_dir(full).map_err(path_err(path))
    }

    fn remove(&self, path: &str) -> Result<(), OsError> {
        let full = self.resolve(path)?;
        std::fs::remove_file(&full).map_err(|err| {
            // Linux says EISDIR for a directory; macOS says EPERM. Use Linux's.
            if std::fs::symlink_metadata(&full).is_ok_and(|m| m.is_dir()) {
                OsError::with_path(Errno::EISDIR, path)
            } else {
                OsError::from_io(&err, Some(path))
            }
        })
    }

    fn rmdir(&self, path: &str) -> Result<(), OsError> {
        let full = self.resolve(path)?;
        std::fs::remove_dir(full).map_err(path_err(path))
    }

    fn rename(&self, from: &str, to: &str) -> Result<(), OsError> {
        let two = |e: OsError| e.filename(from).filename2(to);
        let src = self.resolve(from).map_err(two)?;
        let dst = self.resolve(to).map_err(two)?;
        std::fs::rename(src, dst).map_err(|err| two(OsError::from_io(&err, None)))
    }

    fn getcwd(&self) -> Result<String, OsError> {
        let cwd = lock(&self.state).cwd.clone();
        // POSIX getcwd fails once the directory has been removed.
        if !std::fs::metadata(&cwd).is_ok_and(|m| m.is_dir()) {
            return Err(OsError::new(Errno::ENOENT));
        }
        Ok(cwd.to_string_lossy().into_owned())
    }

    fn chdir(&self, path: &str) -> Result<(), OsError> {
        let full = self.resolve(path)?;
        let meta = std::fs::metadata(&full).map_err(path_err(path))?;
        if !meta.is_dir() {
            return Err(OsError::with_path(Errno::ENOTDIR, path));
        }
        let real = std::fs::canonicalize(&full).map_err(path_err(path))?;
        lock(&self.state).cwd = real;
        Ok(())
    }

    fn time_ns(&self) -> i64 {
        signed_ns_since_epoch(SystemTime::now())
    }

    fn monotonic_ns(&self) -> u64 {
        u64::try_from(clock_base().elapsed().as_nanos()).unwrap_or(u64::MAX)
    }

    fn perf_counter_ns(&self) -> u64 {
        self.monotonic_ns()
    }

    fn sleep(&self, duration: Duration) -> Result<(), OsError> {
        std::thread::sleep(duration);
        Ok(())
    }

    fn local_offset(&self, unix_secs: i64) -> crate::LocalOffset {
        crate::host_localtime::local_offset(unix_secs)
    }

    fn getenv(&self, name: &str) -> Option<String> {
        if name.is_empty() || name.contains(['=', '\0']) {
            return None;
        }
        std::env::var_os(name).map(|v| v.to_string_lossy().into_owned())
    }

    fn environ(&self) -> Vec<(String, String)> {
        let mut vars: Vec<(String, String)> = std::env::vars_os()
            .map(|(k, v)| (k.to_string_lossy().into_owned(), v.to_string_lossy().into_owned()))
            .collect();
        vars.sort();
        vars
    }

    fn argv(&self) -> Vec<String> {
        self.argv.clone()
    }

    fn executable(&self) -> String {
        // The kernel's answer (`/proc/self/exe` on Linux) is absolute, as
        // CPython's `sys.executable` is.
        std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default()
    }

    fn orig_argv(&self) -> Vec<String> {
        self.orig_argv.clone()
    }

    fn cpu_count(&self) -> Option<usize> {
        std::thread::available_parallelism().ok().map(usize::from)
    }

    fn getpid(&self) -> u32 {
        std::process::id()
    }

    fn urandom(&self, n: usize) -> Result<Vec<u8>, OsError> {
        let mut buf = vec![0u8; n];
        if n == 0 {
            return Ok(buf);
        }
        #[cfg(unix)]
        {
            let mut dev = File::open("/dev/urandom").map_err(io_err)?;
            dev.read_exact(&mut buf).map_err(io_err)?;
        }
        #[cfg(not(unix))]
        {
            // std's hasher keys are drawn from the OS's random source.
            use std::hash::{BuildHasher, Hasher};
            let keys = std::collections::hash_map::RandomState::new();
            for (i, chunk) in buf.chunks_mut(8).enumerate() {
                let mut h = keys.build_hasher();
                h.write_usize(i);
                let bytes = h.finish().to_le_bytes();
                chunk.copy_from_slice(&bytes[..chunk.len()]);
            }
        }
        Ok(buf)
    }

    fn request_exit(&self, status: i32) {
        lock(&self.state).exit = Some(status);
    }

    fn exit_status(&self) -> Option<i32> {
        lock(&self.state).exit
    }
}
