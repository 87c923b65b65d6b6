//! Security: a sandboxed program never reaches the host.
//!
//! Each test tries a way out — absolute host paths, `..` traversal, names that
//! look like host links or Windows paths, the host environment, host writes —
//! and checks that the sandbox answers from its own in-memory world only.

use std::path::PathBuf;

use os_layer::{Errno, OpenMode, OpenOptions, OsBackend, SandboxOs};

fn mode(m: &str) -> OpenOptions {
    OpenMode::parse(m).expect("valid mode").options
}

fn nested() -> SandboxOs {
    SandboxOs::builder()
        .cwd("/home/user/project")
        .file("/home/user/project/main.py", "print('hi')\n")
        .build()
        .expect("build")
}

/// Paths that name something real on a typical host.
const HOST_PATHS: &[&str] = &[
    "/etc/passwd",
    "/etc/shadow",
    "/etc/hostname",
    "/proc/self/environ",
    "/proc/self/mem",
    "/dev/urandom",
    "/dev/null",
    "/tmp",
    "/root/.bashrc",
    "~/.bashrc",
    "../../../../etc/passwd",
    "../../../../../../../../../../etc/passwd",
    "/../../../etc/passwd",
    "./../.././../../etc/passwd",
    "..//..//..//..//etc//passwd",
    "/home/user/project/../../../etc/passwd",
    "\\etc\\passwd",
    "..\\..\\..\\etc\\passwd",
    "C:\\Windows\\System32\\drivers\\etc\\hosts",
    "file:///etc/passwd",
    "/proc/self/root/etc/passwd",
    "/proc/self/cwd",
];

#[test]
fn host_files_cannot_be_read() {
    let os = nested();
    for path in HOST_PATHS {
        let err = os.open(path, &mode("rb")).expect_err(&format!("{path} must not open"));
        assert_eq!(err.errno(), Errno::ENOENT, "{path}: {err}");
        assert!(!os.exists(path), "{path} must not exist");
        assert!(os.stat(path).is_err(), "{path} must not stat");
    }
}

#[test]
fn host_directories_cannot_be_listed() {
    let os = nested();
    assert_eq!(os.listdir("/").expect("listdir /"), vec!["home".to_string()]);
    assert_eq!(os.listdir("../../../../..").expect("listdir up"), vec!["home".to_string()]);
    for path in ["/etc", "/tmp", "/proc", "/usr/bin", "/dev"] {
        assert_eq!(os.listdir(path).map_err(|e| e.errno()), Err(Errno::ENOENT), "{path}");
    }
    let host_temp = std::env::temp_dir();
    let host_temp = host_temp.to_string_lossy();
    assert!(os.listdir(&host_temp).is_err());
}

#[test]
fn traversal_stops_at_the_sandbox_root() {
    let os = nested();
    os.chdir("../../../../../../..").expect("chdir up");
    assert_eq!(os.getcwd().expect("getcwd"), "/");
    os.chdir("/..").expect("chdir /..");
    assert_eq!(os.getcwd().expect("getcwd"), "/");
    assert!(os.chdir("/etc").is_err());
    assert!(os.chdir("/tmp").is_err());
}

#[test]
fn a_real_host_file_is_invisible() {
    let dir = std::env::temp_dir().join(format!("strata-sec-read-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("host dir");
    let secret = dir.join("secret.txt");
    std::fs::write(&secret, b"host secret").expect("host write");
    let os = nested();
    let path = secret.to_string_lossy().into_owned();
    assert_eq!(os.open(&path, &mode("r")).map_err(|e| e.errno()), Err(Errno::ENOENT));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn writes_never_reach_the_host() {
    let dir = std::env::temp_dir().join(format!("strata-sec-write-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let target: PathBuf = dir.join("escaped.txt");
    let path = target.to_string_lossy().into_owned();
    let dir_str = dir.to_string_lossy().into_owned();

    // Without the directory in the sandbox, creating the file fails.
    let os = nested();
    assert_eq!(os.open(&path, &mode("w")).map_err(|e| e.errno()), Err(Errno::ENOENT));
    // Even when the sandbox has a directory of the same name, the file is
    // created in memory only.
    let os = SandboxOs::builder().dir(&dir_str).build().expect("build");
    let fd = os.open(&path, &mode("w")).expect("open in sandbox");
    os.write(fd, b"not on the host").expect("write");
    os.close(fd).expect("close");
    os.mkdir(&format!("{dir_str}/newdir")).expect("mkdir in sandbox");
    os.rename(&path, &format!("{dir_str}/newdir/moved")).expect("rename");
    assert_eq!(os.file_contents(&format!("{dir_str}/newdir/moved")), Some(b"not on the host".to_vec()));
    assert!(!target.exists(), "host file must not exist");
    assert!(!dir.exists(), "host directory must not exist");
    // Relative traversal writes go to the sandbox root, not the host.
    let os = nested();
    let fd = os.open("../../../../../../tmp-escape.txt", &mode("w")).expect("open");
    os.close(fd).expect("close");
    assert!(os.exists("/tmp-escape.txt"));
    assert!(!PathBuf::from("/tmp-escape.txt").exists());
}

#[test]
fn link_looking_names_are_plain_files() {
    let os = SandboxOs::builder()
        .file("/link -> /etc/passwd", "just a name")
        .file("/etc/passwd", "sandbox passwd")
        .build()
        .expect("build");
    let fd = os.open("/link -> /etc/passwd", &mode("r")).expect("open");
    assert_eq!(os.read_to_end(fd).expect("read"), b"just a name");
    let fd = os.open("/etc/passwd", &mode("r")).expect("open");
    assert_eq!(os.read_to_end(fd).expect("read"), b"sandbox passwd");
}

#[test]
fn host_environment_is_invisible() {
    std::env::set_var("STRATA_SECURITY_TEST_SECRET", "hunter2");
    let os = SandboxOs::builder().env("VISIBLE", "yes").build().expect("build");
    assert_eq!(os.getenv("STRATA_SECURITY_TEST_SECRET"), None);
    assert_eq!(os.getenv("PATH"), None);
    assert_eq!(os.getenv("HOME"), None);
    assert_eq!(os.environ(), vec![("VISIBLE".to_string(), "yes".to_string())]);
    assert_eq!(os.getenv("VISIBLE").as_deref(), Some("yes"));
}

#[test]
fn host_argv_is_invisible() {
    assert!(SandboxOs::new().argv().is_empty());
    let os = SandboxOs::builder().argv(["prog.py", "x"]).build().expect("build");
    assert_eq!(os.argv(), vec!["prog.py".to_string(), "x".to_string()]);
}

#[test]
fn exit_does_not_end_the_process() {
    let os = SandboxOs::new();
    os.request_exit(1);
    assert_eq!(os.exit_status(), Some(1));
    // Still running: this line executes.
}

#[test]
fn hostile_inputs_do_not_panic() {
    let os = SandboxOs::new();
    let long = "a".repeat(10_000);
    for path in ["", "\0", "/\0/x", "//", "/./././", &long, "\u{feff}", "\u{10ffff}"] {
        let _ = os.open(path, &mode("w"));
        let _ = os.stat(path);
        let _ = os.mkdir(path);
        let _ = os.remove(path);
        let _ = os.rmdir(path);
        let _ = os.rename(path, "x");
        let _ = os.listdir(path);
        let _ = os.chdir(path);
    }
    let fd = os.open("f", &mode("w+b")).expect("open");
    assert!(os.seek(fd, i64::MAX, os_layer::Whence::Start).is_ok());
    assert!(os.write(fd, b"x").is_err());
    assert!(os.seek(fd, i64::MAX, os_layer::Whence::Current).is_err());
    assert!(os.truncate(fd, u64::MAX).is_err());
    assert!(os.truncate(fd, 1 << 40).is_err());
    assert!(os.read(fd, usize::MAX).is_ok());
    assert!(os.urandom(1 << 20).is_ok());
    os.sleep(std::time::Duration::MAX).expect("sleep");
    let _ = os.time_ns();
    let _ = os.monotonic_ns();
}
