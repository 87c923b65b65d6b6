//! The contract suite against `HostOs`, each case in its own scratch directory.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use os_layer::{contract, HostOs, OsBackend};

/// A directory under the system temp dir, unique to this test run, removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn new(tag: &str) -> Scratch {
        let nanos =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        let dir = std::env::temp_dir().join(format!("strata-os-{tag}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("create scratch dir");
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn host_passes_the_contract() {
    let scratch = Scratch::new("contract");
    let counter = AtomicUsize::new(0);
    let factory = || -> Box<dyn OsBackend> {
        let n = counter.fetch_add(1, Ordering::SeqCst);
        let dir = scratch.0.join(format!("case{n}"));
        std::fs::create_dir(&dir).expect("create case dir");
        let dir = std::fs::canonicalize(&dir).expect("canonicalize");
        Box::new(HostOs::with_cwd(dir))
    };
    let report = contract::run(&factory);
    let failures = report.failures();
    assert!(
        failures.is_empty(),
        "{}/{} passed; failures:\n{}",
        report.passed(),
        report.total(),
        failures.iter().map(|(n, why)| format!("  {n}: {why}")).collect::<Vec<_>>().join("\n")
    );
}
