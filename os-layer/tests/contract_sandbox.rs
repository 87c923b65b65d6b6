//! The contract suite against `SandboxOs`: an empty tree, and a nested cwd.

use os_layer::{contract, OsBackend, SandboxOs};

fn assert_all_pass(factory: &dyn Fn() -> Box<dyn OsBackend>) {
    let report = contract::run(factory);
    let failures = report.failures();
    assert!(
        failures.is_empty(),
        "{}/{} passed; failures:\n{}",
        report.passed(),
        report.total(),
        failures.iter().map(|(n, why)| format!("  {n}: {why}")).collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn sandbox_passes_the_contract_at_root() {
    assert_all_pass(&|| Box::new(SandboxOs::new()));
}

#[test]
fn sandbox_passes_the_contract_in_a_nested_cwd() {
    assert_all_pass(&|| {
        let os = SandboxOs::builder().cwd("/home/user/work").build().expect("build");
        Box::new(os)
    });
}

#[test]
fn every_case_has_a_unique_name() {
    let cases = contract::cases();
    let mut names: Vec<_> = cases.iter().map(|c| c.name).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), cases.len());
    assert!(cases.len() >= 40);
}
