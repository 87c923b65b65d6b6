//! The contract suite must fail broken implementations, not only pass good
//! ones: a backend that gets one thing wrong fails the matching case, and a
//! panicking backend is reported as failing rather than aborting the run.

use std::time::Duration;

use os_layer::{contract, Fd, Metadata, OpenOptions, OsBackend, OsError, OutStream, SandboxOs, Whence};

/// A sandbox with one deliberate fault.
struct Faulty {
    inner: SandboxOs,
    fault: Fault,
}

#[derive(Clone, Copy, PartialEq)]
enum Fault {
    UnsortedListdir,
    AppendAtPosition,
    PanickingClock,
}

impl OsBackend for Faulty {
    fn write_stream(&self, s: OutStream, d: &[u8]) -> Result<(), OsError> {
        self.inner.write_stream(s, d)
    }
    fn flush_stream(&self, s: OutStream) -> Result<(), OsError> {
        self.inner.flush_stream(s)
    }
    fn read_stdin_line(&self) -> Result<Vec<u8>, OsError> {
        self.inner.read_stdin_line()
    }
    fn read_stdin_all(&self) -> Result<Vec<u8>, OsError> {
        self.inner.read_stdin_all()
    }
    fn isatty(&self, fd: Fd) -> Result<bool, OsError> {
        self.inner.isatty(fd)
    }
    fn open(&self, path: &str, o: &OpenOptions) -> Result<Fd, OsError> {
        let mut o = *o;
        if self.fault == Fault::AppendAtPosition && o.append {
            o.append = false;
            o.write = true;
            o.create = true;
        }
        self.inner.open(path, &o)
    }
    fn read(&self, fd: Fd, max: usize) -> Result<Vec<u8>, OsError> {
        self.inner.read(fd, max)
    }
    fn read_to_end(&self, fd: Fd) -> Result<Vec<u8>, OsError> {
        self.inner.read_to_end(fd)
    }
    fn write(&self, fd: Fd, d: &[u8]) -> Result<usize, OsError> {
        self.inner.write(fd, d)
    }
    fn seek(&self, fd: Fd, off: i64, w: Whence) -> Result<u64, OsError> {
        self.inner.seek(fd, off, w)
    }
    fn tell(&self, fd: Fd) -> Result<u64, OsError> {
        self.inner.tell(fd)
    }
    fn truncate(&self, fd: Fd, size: u64) -> Result<(), OsError> {
        self.inner.truncate(fd, size)
    }
    fn fstat(&self, fd: Fd) -> Result<Metadata, OsError> {
        self.inner.fstat(fd)
    }
    fn close(&self, fd: Fd) -> Result<(), OsError> {
        self.inner.close(fd)
    }
    fn stat(&self, p: &str) -> Result<Metadata, OsError> {
        self.inner.stat(p)
    }
    fn listdir(&self, p: &str) -> Result<Vec<String>, OsError> {
        let mut names = self.inner.listdir(p)?;
        if self.fault == Fault::UnsortedListdir {
            names.reverse();
        }
        Ok(names)
    }
    fn mkdir(&self, p: &str) -> Result<(), OsError> {
        self.inner.mkdir(p)
    }
    fn remove(&self, p: &str) -> Result<(), OsError> {
        self.inner.remove(p)
    }
    fn rmdir(&self, p: &str) -> Result<(), OsError> {
        self.inner.rmdir(p)
    }
    fn rename(&self, a: &str, b: &str) -> Result<(), OsError> {
        self.inner.rename(a, b)
    }
    fn getcwd(&self) -> Result<String, OsError> {
        self.inner.getcwd()
    }
    fn chdir(&self, p: &str) -> Result<(), OsError> {
        self.inner.chdir(p)
    }
    fn time_ns(&self) -> i64 {
        self.inner.time_ns()
    }
    fn monotonic_ns(&self) -> u64 {
        if self.fault == Fault::PanickingClock {
            panic!("clock broke");
        }
        self.inner.monotonic_ns()
    }
    fn perf_counter_ns(&self) -> u64 {
        self.inner.perf_counter_ns()
    }
    fn sleep(&self, d: Duration) -> Result<(), OsError> {
        self.inner.sleep(d)
    }
    fn getenv(&self, n: &str) -> Option<String> {
        self.inner.getenv(n)
    }
    fn environ(&self) -> Vec<(String, String)> {
        self.inner.environ()
    }
    fn argv(&self) -> Vec<String> {
        self.inner.argv()
    }
    fn executable(&self) -> String {
        self.inner.executable()
    }
    fn urandom(&self, n: usize) -> Result<Vec<u8>, OsError> {
        self.inner.urandom(n)
    }
    fn request_exit(&self, s: i32) {
        self.inner.request_exit(s)
    }
    fn exit_status(&self) -> Option<i32> {
        self.inner.exit_status()
    }
}

fn failing_cases(fault: Fault) -> Vec<&'static str> {
    let report = contract::run(&move || Box::new(Faulty { inner: SandboxOs::new(), fault }));
    assert_eq!(report.total(), contract::cases().len());
    report.failures().into_iter().map(|(name, _)| name).collect()
}

#[test]
fn unsorted_listdir_is_caught() {
    assert_eq!(failing_cases(Fault::UnsortedListdir), vec!["listdir_is_sorted"]);
}

#[test]
fn ignoring_append_is_caught() {
    let failed = failing_cases(Fault::AppendAtPosition);
    assert!(failed.contains(&"append_mode_writes_at_end"), "{failed:?}");
    assert!(failed.contains(&"append_plus_reads_and_appends"), "{failed:?}");
}

#[test]
fn a_panicking_backend_fails_cases_instead_of_aborting() {
    let prev = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let failed = failing_cases(Fault::PanickingClock);
    std::panic::set_hook(prev);
    assert_eq!(failed, vec!["clocks_are_monotonic", "sleep_advances_monotonic_clock"]);
}
