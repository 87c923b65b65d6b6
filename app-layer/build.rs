//! Links the `strata` binary as a position-dependent executable on Linux:
//! with no load-time relocations to apply (a PIE has ten thousand, over
//! 260 kB of data pages that each start-up copies), a run starts measurably
//! sooner, and start-up is one of the things Strata is measured on. The code
//! itself is still compiled position-independent; only the link changes.

fn main() {
    let target_os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let target_env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if target_os == "linux" && target_env == "gnu" {
        println!("cargo:rustc-link-arg-bin=strata=-no-pie");
    }
}
