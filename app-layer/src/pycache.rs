//! `__pycache__`: where a module's compiled code is kept between runs, and
//! whether a kept entry may be used.
//!
//! `dir/name.py` caches to `dir/__pycache__/name.strata-311.pyc` — our own tag,
//! so CPython's entries and ours never collide. The entry's format lives in
//! `compiler_layer::cache`; this module only decides paths, freshness and I/O.
//! **Invariant:** a stale, truncated, corrupt or foreign entry is ignored (and
//! rewritten when writing is allowed), never trusted.

use crate::source_file;
use compiler_layer::cache::{self, BincodeCodec, Invalidation};
use compiler_layer::CodeObject;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The tag in cache file names: Strata's, for Python 3.11.
pub const CACHE_TAG: &str = "strata-311";

/// Where the cache entry of `source` lives.
pub fn cache_path(source: &Path) -> PathBuf {
    let dir = source.parent().unwrap_or(Path::new(""));
    let stem = source.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    dir.join("__pycache__").join(format!("{stem}.{CACHE_TAG}.pyc"))
}

/// Whether bytes look like a cache entry of this build (`strata file.pyc`).
pub fn is_cache_entry(bytes: &[u8]) -> bool {
    bytes.starts_with(&cache::magic())
}

/// The cached code of `source` (whose bytes are `source_bytes`), if an entry
/// exists and is fresh by its own invalidation mode.
pub fn load(source: &Path, source_bytes: &[u8]) -> Option<Arc<CodeObject>> {
    let bytes = source_file::read(&cache_path(source).to_string_lossy()).ok()?;
    let (invalidation, code) = cache::read_entry(&bytes, &BincodeCodec).ok()?;
    let fresh = match invalidation {
        Invalidation::Timestamp { mtime, size } => {
            source_file::mtime_and_size(&source.to_string_lossy()).ok() == Some((mtime, size))
        }
        Invalidation::CheckedHash { hash } => cache::source_hash(source_bytes) == hash,
        Invalidation::UncheckedHash { .. } => true,
    };
    fresh.then_some(code)
}

/// How `py_compile`/`compileall` record freshness (`--invalidation-mode`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Timestamp,
    CheckedHash,
    UncheckedHash,
}

impl Mode {
    pub fn parse(name: &str) -> Option<Mode> {
        match name {
            "timestamp" => Some(Mode::Timestamp),
            "checked-hash" => Some(Mode::CheckedHash),
            "unchecked-hash" => Some(Mode::UncheckedHash),
            _ => None,
        }
    }
}

/// Writes the cache entry of `source`; errors are the caller's to report or ignore.
pub fn store(source: &Path, source_bytes: &[u8], code: &CodeObject, mode: Mode) -> Result<PathBuf, String> {
    let invalidation = match mode {
        Mode::Timestamp => {
            let (mtime, size) =
                source_file::mtime_and_size(&source.to_string_lossy()).map_err(|e| e.to_string())?;
            Invalidation::Timestamp { mtime, size }
        }
        Mode::CheckedHash => Invalidation::CheckedHash { hash: cache::source_hash(source_bytes) },
        Mode::UncheckedHash => Invalidation::UncheckedHash { hash: cache::source_hash(source_bytes) },
    };
    let path = cache_path(source);
    let bytes = cache::write_entry(code, invalidation, &BincodeCodec);
    source_file::write_atomically(&path, &bytes).map_err(|e| e.to_string())?;
    Ok(path)
}

/// Decodes an entry given directly (`strata file.pyc`), whatever its freshness.
pub fn decode(bytes: &[u8]) -> Result<Arc<CodeObject>, String> {
    cache::read_entry(bytes, &BincodeCodec).map(|(_, code)| code).map_err(|e| format!("{e:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use compiler_layer::{BytecodeCompiler, Compiler};

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("strata-pycache-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("scratch dir");
        dir
    }

    fn compile(text: &str) -> Arc<CodeObject> {
        BytecodeCompiler.compile(text, "m.py", crate::syntax::Mode::Exec).expect("compiles")
    }

    #[test]
    fn fresh_entries_load_and_stale_ones_do_not() {
        let dir = scratch("fresh");
        let source = dir.join("m.py");
        for mode in [Mode::Timestamp, Mode::CheckedHash, Mode::UncheckedHash] {
            std::fs::write(&source, "x = 1\n").expect("write");
            let code = compile("x = 1\n");
            let path = store(&source, b"x = 1\n", &code, mode).expect("stores");
            assert_eq!(path, dir.join("__pycache__").join("m.strata-311.pyc"));
            assert_eq!(load(&source, b"x = 1\n").as_deref(), Some(&*code));
            // A changed source (another size, so the timestamp check sees it too).
            std::fs::write(&source, "x = 22\n").expect("write");
            let reloaded = load(&source, b"x = 22\n");
            match mode {
                Mode::UncheckedHash => assert!(reloaded.is_some(), "unchecked entries are trusted"),
                _ => assert!(reloaded.is_none(), "{mode:?} entry must be stale"),
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn damaged_entries_are_ignored() {
        let dir = scratch("damaged");
        let source = dir.join("m.py");
        std::fs::write(&source, "y = 2\n").expect("write");
        let entry = store(&source, b"y = 2\n", &compile("y = 2\n"), Mode::CheckedHash).expect("stores");
        let good = std::fs::read(&entry).expect("read");
        for damaged in [good[..good.len() / 2].to_vec(), b"garbage".to_vec(), {
            let mut b = good.clone();
            b[0] ^= 1;
            b
        }] {
            std::fs::write(&entry, &damaged).expect("write");
            assert!(load(&source, b"y = 2\n").is_none());
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
