//! Links the `strata` binary for a fast start on Linux with glibc, since
//! start-up is one of the things Strata is measured on:
//!
//! - **position-dependent** (`-no-pie`): a PIE has ten thousand load-time
//!   relocations, over 260 kB of data pages that each start-up copies;
//! - **static**, when glibc's static archives are installed: the dynamic
//!   loader mapping and relocating libc, libm and libgcc_s cost about
//!   0.3 ms of a 1.5 ms start (measured with `perf stat`).
//!
//! Cargo applies `-C target-feature=+crt-static` to every crate of a build,
//! proc-macros included, which gnu targets cannot build; so the static link
//! is arranged here, for this binary only. rustc asks the linker for
//! `-lgcc_s -lc -lm …`; a folder searched before the system's, in which each
//! of those names is a static archive (`libgcc_s.a` being the static
//! unwinder, `libgcc_eh.a`, as crt-static links it), with `-static`, gives
//! the same executable as crt-static would. Without the archives (or the C
//! compiler to find them) the binary is linked dynamically, as before.
//!
//! The code itself is still compiled position-independent; only the link changes.

use std::path::{Path, PathBuf};

/// The libraries rustc's std links on linux-gnu, and the archive that stands for each.
const STATIC_ARCHIVES: &[(&str, &str)] = &[
    ("libc.a", "libc.a"),
    ("libm.a", "libm.a"),
    ("librt.a", "librt.a"),
    ("libpthread.a", "libpthread.a"),
    ("libdl.a", "libdl.a"),
    ("libutil.a", "libutil.a"),
    ("libgcc_s.a", "libgcc_eh.a"),
];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let target_os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let target_env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if target_os != "linux" || target_env != "gnu" {
        return;
    }
    println!("cargo:rustc-link-arg-bin=strata=-no-pie");
    let Some(out_dir) = std::env::var_os("OUT_DIR").map(PathBuf::from) else { return };
    if let Some(folder) = static_library_folder(&out_dir.join("static-libs")) {
        // `-L` applies to every `-l`, wherever it stands on the command line.
        println!("cargo:rustc-link-arg-bin=strata=-L{}", folder.display());
        println!("cargo:rustc-link-arg-bin=strata=-static");
    }
}

/// Makes `folder` hold a link to the static archive for each library, or
/// returns `None` if one of them is not installed.
#[cfg(unix)]
fn static_library_folder(folder: &Path) -> Option<PathBuf> {
    use std::process::Command;
    let compiler = std::env::var("CC").unwrap_or_else(|_| "cc".to_string());
    std::fs::create_dir_all(folder).ok()?;
    for (name, archive) in STATIC_ARCHIVES {
        let output = Command::new(&compiler).arg(format!("-print-file-name={archive}")).output().ok()?;
        // The compiler echoes the bare name back when it has no such file.
        let found = PathBuf::from(String::from_utf8(output.stdout).ok()?.trim());
        if !found.is_absolute() || !found.exists() {
            return None;
        }
        let link = folder.join(name);
        let _ = std::fs::remove_file(&link);
        std::os::unix::fs::symlink(&found, &link).ok()?;
    }
    Some(folder.to_path_buf())
}

/// Building on another system for Linux: link dynamically.
#[cfg(not(unix))]
fn static_library_folder(_: &Path) -> Option<PathBuf> {
    None
}
