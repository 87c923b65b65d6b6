//! The contract suite: what every [`OsBackend`] must do, as data.
//!
//! [`cases`] lists named checks; each takes a fresh backend whose current
//! directory is empty and writable (a scratch directory for [`crate::HostOs`],
//! an empty in-memory tree for [`crate::SandboxOs`]) and returns `Err(why)` on
//! the first broken expectation. [`run`] runs them all against a factory,
//! turning a panicking implementation into a failed case, and returns a
//! [`Report`] that `cargo xtask conformance` can count.
//!
//! The cases state Linux semantics (errno values, `EISDIR` for removing a
//! directory, descriptors from 3) and CPython's messages. They never read
//! stdin or write visible output, so they can run under `cargo test`.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Duration;

use crate::backend::{Fd, OpenOptions, OsBackend, OutStream, Whence};
use crate::error::{Errno, OsError};
use crate::mode::OpenMode;

/// The outcome of one case: `Err` explains the first failed expectation.
pub type CaseResult = Result<(), String>;

/// One named behaviour of the contract.
#[derive(Clone, Copy)]
pub struct ContractCase {
    pub name: &'static str,
    pub run: fn(&dyn OsBackend) -> CaseResult,
}

/// The outcome of running every case against one implementation.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub outcomes: Vec<(&'static str, CaseResult)>,
}

impl Report {
    pub fn passed(&self) -> usize {
        self.outcomes.iter().filter(|(_, r)| r.is_ok()).count()
    }

    pub fn total(&self) -> usize {
        self.outcomes.len()
    }

    /// `(case name, reason)` for each failure.
    pub fn failures(&self) -> Vec<(&'static str, String)> {
        self.outcomes.iter().filter_map(|(n, r)| r.as_ref().err().map(|e| (*n, e.clone()))).collect()
    }
}

/// Runs every case on a fresh backend from `factory`.
pub fn run(factory: &dyn Fn() -> Box<dyn OsBackend>) -> Report {
    let outcomes = cases()
        .into_iter()
        .map(|case| {
            let result = catch_unwind(AssertUnwindSafe(|| (case.run)(factory().as_ref())))
                .unwrap_or_else(|_| Err("the implementation panicked".to_string()));
            (case.name, result)
        })
        .collect();
    Report { outcomes }
}

/// Every case of the contract, in a stable order.
pub fn cases() -> Vec<ContractCase> {
    macro_rules! case {
        ($f:ident) => {
            ContractCase { name: stringify!($f), run: $f }
        };
    }
    vec![
        case!(write_then_read_file),
        case!(read_up_to_n),
        case!(seek_and_tell),
        case!(seek_before_start_is_einval),
        case!(seek_past_end_then_write_zero_fills),
        case!(append_mode_writes_at_end),
        case!(append_plus_reads_and_appends),
        case!(w_mode_truncates),
        case!(r_plus_overwrites_in_place),
        case!(x_mode_creates_new_file),
        case!(x_mode_on_existing_file_is_eexist),
        case!(read_missing_file_is_enoent),
        case!(open_directory_is_eisdir),
        case!(open_under_a_file_is_enotdir),
        case!(empty_path_is_enoent),
        case!(wrong_direction_is_ebadf),
        case!(closed_descriptor_is_ebadf),
        case!(descriptors_start_at_3_and_reuse_lowest),
        case!(truncate_keeps_position),
        case!(stat_file_and_dir),
        case!(fstat_matches_stat),
        case!(stat_missing_is_enoent),
        case!(exists_reports_presence),
        case!(listdir_is_sorted),
        case!(listdir_errors),
        case!(mkdir_and_errors),
        case!(remove_and_errors),
        case!(rmdir_and_errors),
        case!(rename_file),
        case!(rename_replaces_file),
        case!(rename_directory),
        case!(rename_missing_names_both_paths),
        case!(chdir_changes_relative_paths),
        case!(chdir_errors),
        case!(getcwd_after_rmdir_is_enoent),
        case!(dot_and_dotdot_resolve),
        case!(unlinked_file_stays_readable),
        case!(std_streams_accept_writes),
        case!(isatty_on_files),
        case!(clocks_are_monotonic),
        case!(sleep_advances_monotonic_clock),
        case!(wall_clock_is_after_1970),
        case!(urandom_gives_n_bytes),
        case!(environment_is_consistent),
        case!(exit_is_recorded_not_performed),
        case!(error_messages_match_cpython),
    ]
}

// ---- helpers ----------------------------------------------------------------

fn ok<T>(r: Result<T, OsError>, what: &str) -> Result<T, String> {
    r.map_err(|e| format!("{what}: unexpected error {e}"))
}

fn fails<T: std::fmt::Debug>(r: Result<T, OsError>, want: Errno, what: &str) -> Result<OsError, String> {
    match r {
        Err(e) if e.errno() == want => Ok(e),
        Err(e) => Err(format!("{what}: expected {want:?}, got {e}")),
        Ok(v) => Err(format!("{what}: expected {want:?}, got Ok({v:?})")),
    }
}

fn same<T: std::fmt::Debug + PartialEq>(got: T, want: T, what: &str) -> CaseResult {
    if got == want {
        Ok(())
    } else {
        Err(format!("{what}: got {got:?}, want {want:?}"))
    }
}

fn check(cond: bool, what: &str) -> CaseResult {
    if cond {
        Ok(())
    } else {
        Err(what.to_string())
    }
}

fn mode(m: &str) -> OpenOptions {
    OpenMode::parse(m).map_or(OpenOptions::default(), |m| m.options)
}

fn put(os: &dyn OsBackend, path: &str, data: &[u8]) -> CaseResult {
    let fd = ok(os.open(path, &mode("wb")), "open for writing")?;
    same(ok(os.write(fd, data), "write")?, data.len(), "bytes written")?;
    ok(os.close(fd), "close")
}

fn get(os: &dyn OsBackend, path: &str) -> Result<Vec<u8>, String> {
    let fd = ok(os.open(path, &mode("rb")), "open for reading")?;
    let data = ok(os.read_to_end(fd), "read")?;
    ok(os.close(fd), "close")?;
    Ok(data)
}

// ---- files by descriptor -------------------------------------------------------

fn write_then_read_file(os: &dyn OsBackend) -> CaseResult {
    put(os, "f.txt", b"hello\nworld\n")?;
    same(get(os, "f.txt")?, b"hello\nworld\n".to_vec(), "contents")?;
    put(os, "bin", &[0, 255, 10, 13])?;
    same(get(os, "bin")?, vec![0, 255, 10, 13], "binary contents")
}

fn read_up_to_n(os: &dyn OsBackend) -> CaseResult {
    put(os, "f", b"abcdefg")?;
    let fd = ok(os.open("f", &mode("rb")), "open")?;
    same(ok(os.read(fd, 3), "read 3")?, b"abc".to_vec(), "first read")?;
    same(ok(os.read(fd, 0), "read 0")?, Vec::new(), "zero read")?;
    same(ok(os.read(fd, 100), "read 100")?, b"defg".to_vec(), "short read")?;
    same(ok(os.read(fd, 100), "read at eof")?, Vec::new(), "read at EOF")?;
    same(ok(os.read_to_end(fd), "read_to_end at eof")?, Vec::new(), "EOF")?;
    ok(os.close(fd), "close")
}

fn seek_and_tell(os: &dyn OsBackend) -> CaseResult {
    put(os, "f", b"0123456789")?;
    let fd = ok(os.open("f", &mode("rb")), "open")?;
    same(ok(os.tell(fd), "tell")?, 0, "initial position")?;
    same(ok(os.seek(fd, 4, Whence::Start), "seek set")?, 4, "SEEK_SET")?;
    same(ok(os.read(fd, 2), "read")?, b"45".to_vec(), "read after seek")?;
    same(ok(os.tell(fd), "tell")?, 6, "position after read")?;
    same(ok(os.seek(fd, -3, Whence::Current), "seek cur")?, 3, "SEEK_CUR")?;
    same(ok(os.seek(fd, -2, Whence::End), "seek end")?, 8, "SEEK_END")?;
    same(ok(os.read_to_end(fd), "read")?, b"89".to_vec(), "tail")?;
    same(ok(os.seek(fd, 0, Whence::End), "seek end")?, 10, "end")?;
    ok(os.close(fd), "close")?;
    fails(os.seek(Fd::STDOUT, 0, Whence::Start), Errno::ESPIPE, "seek stdout")?;
    Ok(())
}

fn seek_before_start_is_einval(os: &dyn OsBackend) -> CaseResult {
    put(os, "f", b"abc")?;
    let fd = ok(os.open("f", &mode("rb")), "open")?;
    ok(os.seek(fd, 2, Whence::Start), "seek")?;
    fails(os.seek(fd, -5, Whence::Current), Errno::EINVAL, "seek to -3")?;
    fails(os.seek(fd, -1, Whence::Start), Errno::EINVAL, "seek to -1")?;
    fails(os.seek(fd, -4, Whence::End), Errno::EINVAL, "seek to -1 from end")?;
    same(ok(os.tell(fd), "tell")?, 2, "position unchanged by failed seeks")?;
    ok(os.close(fd), "close")
}

fn seek_past_end_then_write_zero_fills(os: &dyn OsBackend) -> CaseResult {
    let fd = ok(os.open("f", &mode("w+b")), "open")?;
    ok(os.write(fd, b"ab"), "write")?;
    same(ok(os.seek(fd, 5, Whence::Start), "seek")?, 5, "seek past end")?;
    same(ok(os.fstat(fd), "fstat")?.size, 2, "seeking alone does not grow")?;
    ok(os.write(fd, b"z"), "write")?;
    ok(os.close(fd), "close")?;
    same(get(os, "f")?, b"ab\0\0\0z".to_vec(), "zero-filled gap")
}

fn append_mode_writes_at_end(os: &dyn OsBackend) -> CaseResult {
    put(os, "log", b"one\n")?;
    let fd = ok(os.open("log", &mode("a")), "open 'a'")?;
    same(ok(os.tell(fd), "tell")?, 4, "append starts at the end")?;
    ok(os.write(fd, b"two\n"), "write")?;
    ok(os.seek(fd, 0, Whence::Start), "seek")?;
    ok(os.write(fd, b"three\n"), "write after seek")?;
    same(ok(os.tell(fd), "tell")?, 14, "position after append")?;
    ok(os.close(fd), "close")?;
    same(get(os, "log")?, b"one\ntwo\nthree\n".to_vec(), "appended")?;
    let fd = ok(os.open("new.log", &mode("a")), "'a' creates")?;
    ok(os.close(fd), "close")?;
    same(get(os, "new.log")?, Vec::new(), "created empty")
}

fn append_plus_reads_and_appends(os: &dyn OsBackend) -> CaseResult {
    put(os, "f", b"abc")?;
    let fd = ok(os.open("f", &mode("a+")), "open 'a+'")?;
    same(ok(os.read(fd, 10), "read at end")?, Vec::new(), "nothing after end")?;
    ok(os.seek(fd, 0, Whence::Start), "seek")?;
    same(ok(os.read(fd, 10), "read")?, b"abc".to_vec(), "read from start")?;
    ok(os.seek(fd, 1, Whence::Start), "seek")?;
    ok(os.write(fd, b"d"), "write")?;
    ok(os.close(fd), "close")?;
    same(get(os, "f")?, b"abcd".to_vec(), "appended despite seek")
}

fn w_mode_truncates(os: &dyn OsBackend) -> CaseResult {
    put(os, "f", b"long old contents")?;
    let fd = ok(os.open("f", &mode("w")), "open 'w'")?;
    same(ok(os.fstat(fd), "fstat")?.size, 0, "truncated on open")?;
    ok(os.write(fd, b"new"), "write")?;
    ok(os.close(fd), "close")?;
    same(get(os, "f")?, b"new".to_vec(), "contents")
}

fn r_plus_overwrites_in_place(os: &dyn OsBackend) -> CaseResult {
    put(os, "f", b"hello world")?;
    let fd = ok(os.open("f", &mode("r+b")), "open 'r+b'")?;
    ok(os.seek(fd, 6, Whence::Start), "seek")?;
    ok(os.write(fd, b"WORLD"), "write")?;
    ok(os.seek(fd, 0, Whence::Start), "seek")?;
    same(ok(os.read(fd, 5), "read")?, b"hello".to_vec(), "read back")?;
    ok(os.close(fd), "close")?;
    same(get(os, "f")?, b"hello WORLD".to_vec(), "overwritten")?;
    fails(os.open("missing", &mode("r+")), Errno::ENOENT, "'r+' does not create")?;
    Ok(())
}

fn x_mode_creates_new_file(os: &dyn OsBackend) -> CaseResult {
    let fd = ok(os.open("new", &mode("x")), "open 'x'")?;
    ok(os.write(fd, b"data"), "write")?;
    ok(os.close(fd), "close")?;
    same(get(os, "new")?, b"data".to_vec(), "contents")
}

fn x_mode_on_existing_file_is_eexist(os: &dyn OsBackend) -> CaseResult {
    put(os, "f.txt", b"keep")?;
    let e = fails(os.open("f.txt", &mode("x")), Errno::EEXIST, "'x' on existing")?;
    same(e.python_class(), "FileExistsError", "class")?;
    same(e.python_message().as_str(), "[Errno 17] File exists: 'f.txt'", "message")?;
    same(get(os, "f.txt")?, b"keep".to_vec(), "file untouched")
}

fn read_missing_file_is_enoent(os: &dyn OsBackend) -> CaseResult {
    let e = fails(os.open("nope.txt", &mode("r")), Errno::ENOENT, "open missing")?;
    same(e.python_class(), "FileNotFoundError", "class")?;
    same(e.python_message().as_str(), "[Errno 2] No such file or directory: 'nope.txt'", "message")?;
    fails(os.open("no/dir/f", &mode("w")), Errno::ENOENT, "'w' in missing dir")?;
    Ok(())
}

fn open_directory_is_eisdir(os: &dyn OsBackend) -> CaseResult {
    ok(os.mkdir("d"), "mkdir")?;
    let e = fails(os.open("d", &mode("r")), Errno::EISDIR, "open dir for reading")?;
    same(e.python_message().as_str(), "[Errno 21] Is a directory: 'd'", "message")?;
    fails(os.open("d", &mode("w")), Errno::EISDIR, "open dir for writing")?;
    fails(os.open(".", &mode("r")), Errno::EISDIR, "open '.'")?;
    Ok(())
}

fn open_under_a_file_is_enotdir(os: &dyn OsBackend) -> CaseResult {
    put(os, "f", b"")?;
    let e = fails(os.open("f/g", &mode("r")), Errno::ENOTDIR, "open f/g")?;
    same(e.python_class(), "NotADirectoryError", "class")?;
    fails(os.open("f/g", &mode("w")), Errno::ENOTDIR, "create f/g")?;
    fails(os.stat("f/"), Errno::ENOTDIR, "stat 'f/'")?;
    Ok(())
}

fn empty_path_is_enoent(os: &dyn OsBackend) -> CaseResult {
    let e = fails(os.open("", &mode("r")), Errno::ENOENT, "open ''")?;
    same(e.python_message().as_str(), "[Errno 2] No such file or directory: ''", "message")?;
    fails(os.stat(""), Errno::ENOENT, "stat ''")?;
    Ok(())
}

fn wrong_direction_is_ebadf(os: &dyn OsBackend) -> CaseResult {
    put(os, "f", b"abc")?;
    let fd = ok(os.open("f", &mode("r")), "open 'r'")?;
    fails(os.write(fd, b"x"), Errno::EBADF, "write to read-only descriptor")?;
    fails(os.truncate(fd, 0), Errno::EINVAL, "truncate read-only descriptor")?;
    ok(os.close(fd), "close")?;
    let fd = ok(os.open("f", &mode("a")), "open 'a'")?;
    fails(os.read(fd, 1), Errno::EBADF, "read from write-only descriptor")?;
    ok(os.close(fd), "close")?;
    same(get(os, "f")?, b"abc".to_vec(), "unchanged")
}

fn closed_descriptor_is_ebadf(os: &dyn OsBackend) -> CaseResult {
    put(os, "f", b"abc")?;
    let fd = ok(os.open("f", &mode("r")), "open")?;
    ok(os.close(fd), "close")?;
    let e = fails(os.read(fd, 1), Errno::EBADF, "read after close")?;
    same(e.python_message().as_str(), "[Errno 9] Bad file descriptor", "message")?;
    fails(os.close(fd), Errno::EBADF, "double close")?;
    fails(os.tell(fd), Errno::EBADF, "tell after close")?;
    fails(os.read(Fd(9999), 1), Errno::EBADF, "never opened")?;
    Ok(())
}

fn descriptors_start_at_3_and_reuse_lowest(os: &dyn OsBackend) -> CaseResult {
    put(os, "f", b"")?;
    let a = ok(os.open("f", &mode("r")), "open")?;
    let b = ok(os.open("f", &mode("r")), "open")?;
    same(a, Fd(3), "first descriptor")?;
    same(b, Fd(4), "second descriptor")?;
    ok(os.close(a), "close")?;
    same(ok(os.open("f", &mode("r")), "open")?, Fd(3), "lowest free reused")?;
    Ok(())
}

fn truncate_keeps_position(os: &dyn OsBackend) -> CaseResult {
    let fd = ok(os.open("f", &mode("w+b")), "open")?;
    ok(os.write(fd, b"0123456789"), "write")?;
    ok(os.truncate(fd, 4), "truncate shorter")?;
    same(ok(os.tell(fd), "tell")?, 10, "position unchanged")?;
    same(ok(os.fstat(fd), "fstat")?.size, 4, "size after cut")?;
    ok(os.truncate(fd, 6), "truncate longer")?;
    ok(os.seek(fd, 0, Whence::Start), "seek")?;
    same(ok(os.read_to_end(fd), "read")?, b"0123\0\0".to_vec(), "zero-extended")?;
    ok(os.close(fd), "close")
}

// ---- the file system by path ----------------------------------------------------

fn stat_file_and_dir(os: &dyn OsBackend) -> CaseResult {
    put(os, "f", b"12345")?;
    ok(os.mkdir("d"), "mkdir")?;
    let f = ok(os.stat("f"), "stat file")?;
    check(f.is_file() && !f.is_dir(), "file is a file")?;
    same(f.size, 5, "size")?;
    same(f.mode & 0o170_000, 0o100_000, "S_IFREG")?;
    check(f.mtime_ns > 0, "mtime after 1970")?;
    let d = ok(os.stat("d"), "stat dir")?;
    check(d.is_dir() && !d.is_file(), "dir is a dir")?;
    same(d.mode & 0o170_000, 0o040_000, "S_IFDIR")?;
    check(ok(os.stat(".."), "stat ..")?.is_dir(), "parent is a dir")?;
    check(ok(os.stat("/"), "stat /")?.is_dir(), "root is a dir")
}

fn fstat_matches_stat(os: &dyn OsBackend) -> CaseResult {
    put(os, "f", b"abc")?;
    let fd = ok(os.open("f", &mode("ab")), "open")?;
    ok(os.write(fd, b"de"), "write")?;
    let by_fd = ok(os.fstat(fd), "fstat")?;
    same(by_fd.size, 5, "size via fstat")?;
    same(ok(os.stat("f"), "stat")?.size, 5, "size via stat")?;
    ok(os.close(fd), "close")?;
    fails(os.fstat(fd), Errno::EBADF, "fstat closed")?;
    Ok(())
}

fn stat_missing_is_enoent(os: &dyn OsBackend) -> CaseResult {
    let e = fails(os.stat("missing"), Errno::ENOENT, "stat missing")?;
    same(e.path(), Some("missing"), "filename")?;
    fails(os.stat("missing/deeper"), Errno::ENOENT, "stat under missing")?;
    Ok(())
}

fn exists_reports_presence(os: &dyn OsBackend) -> CaseResult {
    check(!os.exists("f"), "missing file does not exist")?;
    put(os, "f", b"")?;
    ok(os.mkdir("d"), "mkdir")?;
    check(os.exists("f"), "file exists")?;
    check(os.exists("d"), "dir exists")?;
    check(os.exists("."), "'.' exists")?;
    check(!os.exists("f/x"), "under a file does not exist")?;
    check(!os.exists(""), "'' does not exist")
}

fn listdir_is_sorted(os: &dyn OsBackend) -> CaseResult {
    same(ok(os.listdir("."), "listdir empty")?, Vec::<String>::new(), "empty")?;
    for name in ["c", "a", "B", "b.txt"] {
        put(os, name, b"")?;
    }
    ok(os.mkdir("sub"), "mkdir")?;
    put(os, "sub/inner", b"")?;
    let want: Vec<String> = ["B", "a", "b.txt", "c", "sub"].map(String::from).to_vec();
    same(ok(os.listdir("."), "listdir .")?, want, "sorted names")?;
    same(ok(os.listdir("sub"), "listdir sub")?, vec!["inner".to_string()], "sub")?;
    let cwd = ok(os.getcwd(), "getcwd")?;
    same(ok(os.listdir(&cwd), "listdir by absolute path")?.len(), 5, "count")
}

fn listdir_errors(os: &dyn OsBackend) -> CaseResult {
    fails(os.listdir("missing"), Errno::ENOENT, "listdir missing")?;
    put(os, "f", b"")?;
    fails(os.listdir("f"), Errno::ENOTDIR, "listdir file")?;
    Ok(())
}

fn mkdir_and_errors(os: &dyn OsBackend) -> CaseResult {
    ok(os.mkdir("d"), "mkdir")?;
    ok(os.mkdir("d/e"), "mkdir nested")?;
    check(ok(os.stat("d/e"), "stat")?.is_dir(), "created")?;
    let e = fails(os.mkdir("d"), Errno::EEXIST, "mkdir existing")?;
    same(e.python_message().as_str(), "[Errno 17] File exists: 'd'", "message")?;
    fails(os.mkdir("x/y"), Errno::ENOENT, "mkdir without parent")?;
    put(os, "f", b"")?;
    fails(os.mkdir("f"), Errno::EEXIST, "mkdir over file")?;
    fails(os.mkdir("f/g"), Errno::ENOTDIR, "mkdir under file")?;
    Ok(())
}

fn remove_and_errors(os: &dyn OsBackend) -> CaseResult {
    put(os, "f", b"x")?;
    ok(os.remove("f"), "remove")?;
    check(!os.exists("f"), "gone")?;
    let e = fails(os.remove("f"), Errno::ENOENT, "remove missing")?;
    same(e.python_message().as_str(), "[Errno 2] No such file or directory: 'f'", "message")?;
    ok(os.mkdir("d"), "mkdir")?;
    let e = fails(os.remove("d"), Errno::EISDIR, "remove dir")?;
    same(e.python_class(), "IsADirectoryError", "class")?;
    Ok(())
}

fn rmdir_and_errors(os: &dyn OsBackend) -> CaseResult {
    ok(os.mkdir("d"), "mkdir")?;
    put(os, "d/f", b"")?;
    let e = fails(os.rmdir("d"), Errno::ENOTEMPTY, "rmdir non-empty")?;
    same(e.python_message().as_str(), "[Errno 39] Directory not empty: 'd'", "message")?;
    fails(os.rmdir("d/f"), Errno::ENOTDIR, "rmdir file")?;
    fails(os.rmdir("missing"), Errno::ENOENT, "rmdir missing")?;
    ok(os.remove("d/f"), "remove")?;
    ok(os.rmdir("d"), "rmdir")?;
    check(!os.exists("d"), "gone")
}

fn rename_file(os: &dyn OsBackend) -> CaseResult {
    put(os, "a", b"data")?;
    ok(os.mkdir("d"), "mkdir")?;
    ok(os.rename("a", "d/b"), "rename")?;
    check(!os.exists("a"), "old name gone")?;
    same(get(os, "d/b")?, b"data".to_vec(), "new name has the data")?;
    ok(os.rename("d/b", "d/b"), "rename to itself")?;
    same(get(os, "d/b")?, b"data".to_vec(), "unchanged")
}

fn rename_replaces_file(os: &dyn OsBackend) -> CaseResult {
    put(os, "a", b"new")?;
    put(os, "b", b"old")?;
    ok(os.rename("a", "b"), "rename over file")?;
    same(get(os, "b")?, b"new".to_vec(), "replaced")?;
    same(ok(os.listdir("."), "listdir")?, vec!["b".to_string()], "one file left")?;
    ok(os.mkdir("d"), "mkdir")?;
    fails(os.rename("b", "d"), Errno::EISDIR, "file over dir")?;
    fails(os.rename("d", "b"), Errno::ENOTDIR, "dir over file")?;
    Ok(())
}

fn rename_directory(os: &dyn OsBackend) -> CaseResult {
    ok(os.mkdir("d"), "mkdir")?;
    put(os, "d/f", b"in d")?;
    ok(os.rename("d", "e"), "rename dir")?;
    same(get(os, "e/f")?, b"in d".to_vec(), "contents moved")?;
    ok(os.mkdir("e/sub"), "mkdir")?;
    fails(os.rename("e", "e/sub/x"), Errno::EINVAL, "dir into itself")?;
    ok(os.mkdir("empty"), "mkdir")?;
    ok(os.rename("e/sub", "empty"), "dir over empty dir")?;
    fails(os.rename("empty", "e"), Errno::ENOTEMPTY, "dir over non-empty dir")?;
    Ok(())
}

fn rename_missing_names_both_paths(os: &dyn OsBackend) -> CaseResult {
    let e = fails(os.rename("nope", "there"), Errno::ENOENT, "rename missing")?;
    same(e.python_message().as_str(), "[Errno 2] No such file or directory: 'nope' -> 'there'", "message")
}

fn chdir_changes_relative_paths(os: &dyn OsBackend) -> CaseResult {
    let start = ok(os.getcwd(), "getcwd")?;
    check(start.starts_with('/'), "getcwd is absolute")?;
    ok(os.mkdir("sub"), "mkdir")?;
    put(os, "sub/f", b"inside")?;
    ok(os.chdir("sub"), "chdir")?;
    let now = ok(os.getcwd(), "getcwd")?;
    check(now.ends_with("/sub"), &format!("cwd {now:?} ends with /sub"))?;
    same(get(os, "f")?, b"inside".to_vec(), "relative open")?;
    put(os, "g", b"made here")?;
    ok(os.chdir(".."), "chdir ..")?;
    same(ok(os.getcwd(), "getcwd")?, start.clone(), "back")?;
    same(get(os, "sub/g")?, b"made here".to_vec(), "created in sub")?;
    ok(os.chdir(&format!("{now}/")), "chdir absolute")?;
    same(ok(os.getcwd(), "getcwd")?, now, "absolute chdir")
}

fn chdir_errors(os: &dyn OsBackend) -> CaseResult {
    let start = ok(os.getcwd(), "getcwd")?;
    fails(os.chdir("missing"), Errno::ENOENT, "chdir missing")?;
    put(os, "f", b"")?;
    let e = fails(os.chdir("f"), Errno::ENOTDIR, "chdir to file")?;
    same(e.python_message().as_str(), "[Errno 20] Not a directory: 'f'", "message")?;
    same(ok(os.getcwd(), "getcwd")?, start, "cwd unchanged")
}

fn getcwd_after_rmdir_is_enoent(os: &dyn OsBackend) -> CaseResult {
    let start = ok(os.getcwd(), "getcwd")?;
    ok(os.mkdir("d"), "mkdir")?;
    ok(os.chdir("d"), "chdir")?;
    ok(os.rmdir(&format!("{start}/d")), "rmdir the current directory")?;
    let e = fails(os.getcwd(), Errno::ENOENT, "getcwd of a removed dir")?;
    same(e.python_class(), "FileNotFoundError", "class")?;
    fails(os.open("f", &mode("w")), Errno::ENOENT, "create in a removed dir")?;
    ok(os.chdir(&start), "chdir back by absolute path")?;
    same(ok(os.getcwd(), "getcwd")?, start, "restored")
}

fn dot_and_dotdot_resolve(os: &dyn OsBackend) -> CaseResult {
    ok(os.mkdir("a"), "mkdir")?;
    ok(os.mkdir("a/b"), "mkdir")?;
    put(os, "top", b"top")?;
    same(get(os, "a/b/../../top")?, b"top".to_vec(), "a/b/../../top")?;
    same(get(os, "./a/./../top")?, b"top".to_vec(), "./a/./../top")?;
    same(get(os, "a//b/..//..//top")?, b"top".to_vec(), "doubled slashes")?;
    put(os, "a/./b/../f", b"f")?;
    same(get(os, "a/f")?, b"f".to_vec(), "created through . and ..")?;
    check(ok(os.stat("/.."), "stat /..")?.is_dir(), "/.. is the root")
}

fn unlinked_file_stays_readable(os: &dyn OsBackend) -> CaseResult {
    put(os, "f", b"still here")?;
    let fd = ok(os.open("f", &mode("rb")), "open")?;
    ok(os.remove("f"), "remove while open")?;
    check(!os.exists("f"), "name gone")?;
    same(ok(os.read_to_end(fd), "read")?, b"still here".to_vec(), "data kept")?;
    ok(os.close(fd), "close")
}

// ---- streams, clocks, process --------------------------------------------------

fn std_streams_accept_writes(os: &dyn OsBackend) -> CaseResult {
    ok(os.write_stream(OutStream::Stdout, b""), "empty stdout write")?;
    ok(os.write_stream(OutStream::Stderr, b""), "empty stderr write")?;
    ok(os.flush_stream(OutStream::Stdout), "flush stdout")?;
    ok(os.flush_stream(OutStream::Stderr), "flush stderr")?;
    same(ok(os.write(Fd::STDOUT, b""), "write(1)")?, 0, "write(1, b'')")?;
    fails(os.write(Fd::STDIN, b"x"), Errno::EBADF, "write to stdin")?;
    ok(os.close(Fd::STDOUT), "closing stdout is accepted")?;
    ok(os.write_stream(OutStream::Stdout, b""), "stdout still usable")
}

fn isatty_on_files(os: &dyn OsBackend) -> CaseResult {
    put(os, "f", b"")?;
    let fd = ok(os.open("f", &mode("r")), "open")?;
    same(ok(os.isatty(fd), "isatty")?, false, "a regular file is not a tty")?;
    ok(os.close(fd), "close")?;
    fails(os.isatty(fd), Errno::EBADF, "isatty closed")?;
    Ok(())
}

fn clocks_are_monotonic(os: &dyn OsBackend) -> CaseResult {
    let (mut m, mut p) = (os.monotonic_ns(), os.perf_counter_ns());
    for _ in 0..100 {
        let (m2, p2) = (os.monotonic_ns(), os.perf_counter_ns());
        check(m2 >= m, "monotonic_ns went backwards")?;
        check(p2 >= p, "perf_counter_ns went backwards")?;
        (m, p) = (m2, p2);
    }
    Ok(())
}

fn sleep_advances_monotonic_clock(os: &dyn OsBackend) -> CaseResult {
    let d = Duration::from_millis(20);
    let (m, p, w) = (os.monotonic_ns(), os.perf_counter_ns(), os.time_ns());
    ok(os.sleep(d), "sleep")?;
    let want = d.as_nanos() as u64;
    check(os.monotonic_ns() - m >= want, "monotonic advanced by the sleep")?;
    check(os.perf_counter_ns() - p >= want, "perf counter advanced by the sleep")?;
    check(os.time_ns() - w >= want as i64, "wall clock advanced by the sleep")?;
    ok(os.sleep(Duration::ZERO), "sleep(0)")
}

fn wall_clock_is_after_1970(os: &dyn OsBackend) -> CaseResult {
    check(os.time_ns() > 0, "time_ns is after the epoch")
}

fn urandom_gives_n_bytes(os: &dyn OsBackend) -> CaseResult {
    same(ok(os.urandom(0), "urandom(0)")?.len(), 0, "urandom(0)")?;
    let a = ok(os.urandom(32), "urandom(32)")?;
    let b = ok(os.urandom(32), "urandom(32)")?;
    same(a.len(), 32, "length")?;
    check(a != b, "two draws differ")?;
    same(ok(os.urandom(5), "urandom(5)")?.len(), 5, "odd length")
}

fn environment_is_consistent(os: &dyn OsBackend) -> CaseResult {
    let vars = os.environ();
    let mut sorted = vars.clone();
    sorted.sort();
    same(&vars, &sorted, "environ is sorted")?;
    for (k, v) in vars.iter().take(50) {
        same(os.getenv(k).as_ref(), Some(v), &format!("getenv({k:?})"))?;
    }
    same(os.getenv("STRATA_CONTRACT_SURELY_UNSET_4711"), None, "unset variable")?;
    let _ = os.argv();
    let exe = os.executable();
    check(exe.is_empty() || std::path::Path::new(&exe).is_absolute(), "executable is absolute or empty")?;
    let _ = os.orig_argv();
    Ok(())
}

fn exit_is_recorded_not_performed(os: &dyn OsBackend) -> CaseResult {
    same(os.exit_status(), None, "no exit requested yet")?;
    os.request_exit(3);
    same(os.exit_status(), Some(3), "status recorded")?;
    os.request_exit(0);
    same(os.exit_status(), Some(0), "last request wins")
}

fn error_messages_match_cpython(os: &dyn OsBackend) -> CaseResult {
    let e = fails(os.open("it's", &mode("r")), Errno::ENOENT, "open missing")?;
    same(e.python_message().as_str(), "[Errno 2] No such file or directory: \"it's\"", "repr with a quote")?;
    let e = fails(os.open("a\nb", &mode("r")), Errno::ENOENT, "open missing")?;
    same(e.python_message().as_str(), "[Errno 2] No such file or directory: 'a\\nb'", "repr with a newline")?;
    Ok(())
}
