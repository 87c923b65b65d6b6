//! What the embedder gets from `SandboxOs`: captured output, given input,
//! a virtual clock, seeded randomness, read-only files and limits.

use std::sync::Arc;
use std::time::Duration;

use os_layer::{Errno, Fd, OpenMode, OpenOptions, OsBackend, OutStream, SandboxOs, Whence};

fn mode(m: &str) -> OpenOptions {
    OpenMode::parse(m).expect("valid mode").options
}

#[test]
fn output_is_captured() {
    let os = SandboxOs::new();
    os.write_stream(OutStream::Stdout, b"hello ").expect("write");
    os.write(Fd::STDOUT, b"world\n").expect("write fd 1");
    os.write_stream(OutStream::Stderr, b"oops\n").expect("write");
    os.write(Fd::STDERR, b"!").expect("write fd 2");
    assert_eq!(os.stdout_string(), "hello world\n");
    assert_eq!(os.stderr(), b"oops\n!");
}

#[test]
fn stdin_is_given() {
    let os = SandboxOs::builder().stdin("line one\nline two\ntail").build().expect("build");
    assert_eq!(os.read_stdin_line().expect("line"), b"line one\n");
    assert_eq!(os.read(Fd::STDIN, 4).expect("read 4"), b"line");
    assert_eq!(os.read_stdin_line().expect("line"), b" two\n");
    assert_eq!(os.read_stdin_all().expect("all"), b"tail");
    assert_eq!(os.read_stdin_line().expect("eof"), b"");
    assert_eq!(os.read_stdin_all().expect("eof"), b"");
    assert!(!os.isatty(Fd::STDIN).expect("isatty"));
}

#[test]
fn clock_is_virtual() {
    let os = SandboxOs::builder().wall_time_ns(1_700_000_000_000_000_000).build().expect("build");
    assert_eq!(os.time_ns(), 1_700_000_000_000_000_000);
    assert_eq!(os.monotonic_ns(), 0);
    os.sleep(Duration::from_secs(3600)).expect("sleep"); // returns at once
    assert_eq!(os.monotonic_ns(), 3_600_000_000_000);
    assert_eq!(os.time_ns(), 1_700_003_600_000_000_000);
    let fd = os.open("f", &mode("w")).expect("open");
    os.write(fd, b"x").expect("write");
    assert_eq!(os.fstat(fd).expect("fstat").mtime_ns, 1_700_003_600_000_000_000);

    let ticking = SandboxOs::builder().clock_tick(Duration::from_micros(1)).build().expect("build");
    assert_eq!(ticking.perf_counter_ns(), 0);
    assert_eq!(ticking.perf_counter_ns(), 1_000);
}

#[test]
fn urandom_is_deterministic_per_seed() {
    let draw = |seed| {
        let os = SandboxOs::builder().seed(seed).build().expect("build");
        os.urandom(24).expect("urandom")
    };
    assert_eq!(draw(42), draw(42));
    assert_ne!(draw(42), draw(43));
}

#[test]
fn builder_populates_the_tree() {
    let os =
        SandboxOs::builder().file("data/in.txt", "input").dir("/out").cwd("/data").build().expect("build");
    assert_eq!(os.getcwd().expect("cwd"), "/data");
    let fd = os.open("in.txt", &mode("r")).expect("relative open");
    assert_eq!(os.read_to_end(fd).expect("read"), b"input");
    assert!(os.stat("/out").expect("stat").is_dir());
    assert_eq!(os.listdir("/").expect("ls"), vec!["data", "out"]);
    assert_eq!(os.fs_bytes_used(), 5);
}

#[test]
fn builder_reports_conflicts() {
    let err = SandboxOs::builder().file("/a", "x").file("/a/b", "y").build().err().expect("conflict");
    assert_eq!(err.errno(), Errno::ENOTDIR);
    let err = SandboxOs::builder().file("/a", "x").file("/a", "y").build().err().expect("duplicate");
    assert_eq!(err.errno(), Errno::EEXIST);
    let err = SandboxOs::builder().file("/a", "x").cwd("/a").build().err().expect("cwd is a file");
    assert_eq!(err.errno(), Errno::ENOTDIR);
}

#[test]
fn readonly_files_are_protected() {
    let os = SandboxOs::builder().readonly_file("/lib/config.ini", "k=v").build().expect("build");
    let fd = os.open("/lib/config.ini", &mode("r")).expect("read ok");
    assert_eq!(os.read_to_end(fd).expect("read"), b"k=v");
    for m in ["w", "a", "r+"] {
        let err = os.open("/lib/config.ini", &mode(m)).expect_err(m);
        assert_eq!(err.python_class(), "PermissionError");
        assert_eq!(err.python_message(), "[Errno 13] Permission denied: '/lib/config.ini'");
    }
    assert_eq!(os.remove("/lib/config.ini").map_err(|e| e.errno()), Err(Errno::EACCES));
    assert_eq!(os.rename("/lib/config.ini", "/x").map_err(|e| e.errno()), Err(Errno::EACCES));
    os.write_stream(OutStream::Stdout, b"").expect("unrelated");
    assert_eq!(os.file_contents("/lib/config.ini"), Some(b"k=v".to_vec()));
    assert_eq!(os.stat("/lib/config.ini").expect("stat").mode, 0o100_444);
}

#[test]
fn output_limit() {
    let os = SandboxOs::builder().max_output_bytes(Some(10)).build().expect("build");
    os.write_stream(OutStream::Stdout, b"12345").expect("fits");
    os.write_stream(OutStream::Stderr, b"678").expect("fits");
    let err = os.write_stream(OutStream::Stdout, b"abc").expect_err("over");
    assert_eq!(err.errno(), Errno::ENOSPC);
    assert_eq!(err.python_message(), "[Errno 28] No space left on device");
    assert_eq!(os.stdout(), b"12345", "a rejected write writes nothing");
    os.write_stream(OutStream::Stdout, b"ab").expect("exactly at the limit");
}

#[test]
fn file_system_limit() {
    let os = SandboxOs::builder().max_fs_bytes(Some(8)).file("/seed", "abc").build().expect("build");
    let fd = os.open("f", &mode("w")).expect("open");
    os.write(fd, b"12345").expect("fits");
    assert_eq!(os.write(fd, b"6").map_err(|e| e.errno()), Err(Errno::ENOSPC));
    assert_eq!(os.truncate(fd, 6).map_err(|e| e.errno()), Err(Errno::ENOSPC));
    assert_eq!(os.fs_bytes_used(), 8);
    os.truncate(fd, 1).expect("shrinking is fine");
    os.seek(fd, 1, Whence::Start).expect("seek"); // truncate keeps the position
    os.write(fd, b"!").expect("space freed");
    os.close(fd).expect("close");
    os.remove("/seed").expect("remove");
    assert_eq!(os.fs_bytes_used(), 2);
    assert!(SandboxOs::builder().max_fs_bytes(Some(2)).file("/big", "abc").build().is_err());
    // Overwriting in place needs no new space.
    let fd = os.open("f", &mode("r+")).expect("open");
    os.seek(fd, 0, Whence::Start).expect("seek");
    os.write(fd, b"xy").expect("overwrite");
}

#[test]
fn open_file_limit() {
    let os = SandboxOs::builder().max_open_files(Some(2)).file("f", "").build().expect("build");
    let a = os.open("f", &mode("r")).expect("1");
    os.open("f", &mode("r")).expect("2");
    let err = os.open("f", &mode("r")).expect_err("3");
    assert_eq!(err.python_message(), "[Errno 24] Too many open files: 'f'");
    os.close(a).expect("close");
    os.open("f", &mode("r")).expect("room again");
}

#[test]
fn unlinked_files_free_space_on_last_close() {
    let os = SandboxOs::new();
    let fd = os.open("f", &mode("w+")).expect("open");
    os.write(fd, b"1234").expect("write");
    os.remove("f").expect("remove");
    assert_eq!(os.fs_bytes_used(), 4);
    os.close(fd).expect("close");
    assert_eq!(os.fs_bytes_used(), 0);
    // Replacing a file by rename frees the old data.
    let fd = os.open("a", &mode("w")).expect("open");
    os.write(fd, b"aa").expect("write");
    os.close(fd).expect("close");
    let fd = os.open("b", &mode("w")).expect("open");
    os.write(fd, b"bbb").expect("write");
    os.close(fd).expect("close");
    os.rename("a", "b").expect("rename");
    assert_eq!(os.fs_bytes_used(), 2);
}

#[test]
fn shared_across_threads() {
    let os: Arc<dyn OsBackend> = Arc::new(SandboxOs::new());
    let workers: Vec<_> = (0..4)
        .map(|i| {
            let os = Arc::clone(&os);
            std::thread::spawn(move || {
                for _ in 0..100 {
                    os.write_stream(OutStream::Stdout, &[b'0' + i]).expect("write");
                }
            })
        })
        .collect();
    for w in workers {
        w.join().expect("thread");
    }
    assert_eq!(os.exit_status(), None);
}

#[test]
fn a_panicking_program_thread_leaves_the_sandbox_usable() {
    let os = Arc::new(SandboxOs::new());
    let os2 = Arc::clone(&os);
    let _ = std::thread::spawn(move || {
        os2.write_stream(OutStream::Stdout, b"before").expect("write");
        panic!("program crashed");
    })
    .join();
    os.write_stream(OutStream::Stdout, b" after").expect("still usable");
    assert_eq!(os.stdout_string(), "before after");
}
