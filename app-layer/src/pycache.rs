//! `__pycache__`: where a module's compiled code is kept between runs, and
//! whether a kept entry may be used.
//!
//! `dir/name.py` caches to `dir/__pycache__/name.strata-311.pyc` — our own tag,
//! so CPython's entries and ours never collide. The entry's format lives in
//! `compiler_layer::cache`; this module only decides paths, freshness and I/O.
//! **Invariant:** a stale, truncated, corrupt or foreign entry is ignored (and
//! rewritten when writing is allowed), never trusted.

use crate::source_file;
use compiler_layer::cache::{self, BincodeCodec, CacheError, Invalidation};
use compiler_layer::CodeObject;
use os_layer::OsBackend;
use std::sync::Arc;

/// The tag in cache file names: Strata's, for Python 3.11.
pub const CACHE_TAG: &str = "strata-311";

/// Where the cache entry of `source` (a `.py` path) lives.
pub fn cache_path(source: &str) -> String {
    let file = source.rsplit('/').next().unwrap_or(source);
    let stem = file.strip_suffix(".py").unwrap_or(file);
    source_file::join(
        &source_file::join(source_file::parent(source), "__pycache__"),
        &format!("{stem}.{CACHE_TAG}.pyc"),
    )
}

/// Whether bytes look like a cache entry of this build (`strata file.pyc`).
pub fn is_cache_entry(bytes: &[u8]) -> bool {
    bytes.starts_with(&cache::magic())
}

/// What the cache holds for a source file.
pub enum Lookup {
    /// A fresh entry, by its own invalidation mode.
    Fresh(Arc<CodeObject>),
    /// No entry (or none readable).
    Missing,
    /// An entry for another version of the source, recorded in `Mode`
    /// (its replacement keeps that mode, as CPython's does).
    Stale(Mode),
    /// An entry that is not one of ours (another version's, or garbage): its first bytes.
    BadMagic(Vec<u8>),
    /// One of ours, but damaged: why.
    Damaged(String),
}

/// Looks up the cached code of `source` (whose bytes are `source_bytes`).
pub fn lookup(os: &dyn OsBackend, source: &str, source_bytes: &[u8]) -> Lookup {
    let Ok(bytes) = source_file::read(os, &cache_path(source)) else { return Lookup::Missing };
    let (invalidation, code) = match cache::read_entry(&bytes, &BincodeCodec) {
        Ok(entry) => entry,
        Err(CacheError::NotACacheEntry | CacheError::StaleMagic) => {
            return Lookup::BadMagic(bytes.iter().copied().take(4).collect())
        }
        Err(e) => return Lookup::Damaged(format!("{e:?}")),
    };
    let (fresh, mode) = match invalidation {
        Invalidation::Timestamp { mtime, size } => {
            (source_file::mtime_and_size(os, source).ok() == Some((mtime, size)), Mode::Timestamp)
        }
        Invalidation::CheckedHash { hash } => (cache::source_hash(source_bytes) == hash, Mode::CheckedHash),
        Invalidation::UncheckedHash { .. } => (true, Mode::UncheckedHash),
    };
    if fresh {
        Lookup::Fresh(code)
    } else {
        Lookup::Stale(mode)
    }
}

/// The cached code of `source`, if an entry exists and is fresh.
pub fn load(os: &dyn OsBackend, source: &str, source_bytes: &[u8]) -> Option<Arc<CodeObject>> {
    match lookup(os, source, source_bytes) {
        Lookup::Fresh(code) => Some(code),
        _ => None,
    }
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
pub fn store(
    os: &dyn OsBackend,
    source: &str,
    source_bytes: &[u8],
    code: &CodeObject,
    mode: Mode,
) -> Result<String, String> {
    let invalidation = match mode {
        Mode::Timestamp => {
            let (mtime, size) = source_file::mtime_and_size(os, source).map_err(|e| e.to_string())?;
            Invalidation::Timestamp { mtime, size }
        }
        Mode::CheckedHash => Invalidation::CheckedHash { hash: cache::source_hash(source_bytes) },
        Mode::UncheckedHash => Invalidation::UncheckedHash { hash: cache::source_hash(source_bytes) },
    };
    let path = cache_path(source);
    let bytes = cache::write_entry(code, invalidation, &BincodeCodec);
    source_file::write_atomically(os, &path, &bytes).map_err(|e| e.to_string())?;
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
    use os_layer::{OpenOptions, SandboxOs};

    fn sandbox() -> SandboxOs {
        SandboxOs::builder().dir("/p").cwd("/p").build().expect("sandbox")
    }

    fn write(os: &SandboxOs, path: &str, bytes: &[u8]) {
        let options = OpenOptions { write: true, create: true, truncate: true, ..OpenOptions::default() };
        let fd = os.open(path, &options).expect("open");
        os.write(fd, bytes).expect("write");
        os.close(fd).expect("close");
    }

    fn compile(text: &str) -> Arc<CodeObject> {
        BytecodeCompiler.compile(text, "m.py", crate::syntax::Mode::Exec).expect("compiles")
    }

    #[test]
    fn fresh_entries_load_and_stale_ones_do_not() {
        let os = sandbox();
        for mode in [Mode::Timestamp, Mode::CheckedHash, Mode::UncheckedHash] {
            write(&os, "/p/m.py", b"x = 1\n");
            let code = compile("x = 1\n");
            let path = store(&os, "/p/m.py", b"x = 1\n", &code, mode).expect("stores");
            assert_eq!(path, "/p/__pycache__/m.strata-311.pyc");
            assert_eq!(load(&os, "/p/m.py", b"x = 1\n").as_deref(), Some(&*code));
            // A changed source (another size, so the timestamp check sees it too).
            write(&os, "/p/m.py", b"x = 22\n");
            let reloaded = load(&os, "/p/m.py", b"x = 22\n");
            match mode {
                Mode::UncheckedHash => assert!(reloaded.is_some(), "unchecked entries are trusted"),
                _ => assert!(reloaded.is_none(), "{mode:?} entry must be stale"),
            }
        }
    }

    #[test]
    fn damaged_entries_are_ignored() {
        let os = sandbox();
        write(&os, "/p/m.py", b"y = 2\n");
        let entry =
            store(&os, "/p/m.py", b"y = 2\n", &compile("y = 2\n"), Mode::CheckedHash).expect("stores");
        let good = source_file::read(&os, &entry).expect("read");
        for damaged in [good[..good.len() / 2].to_vec(), b"garbage".to_vec(), {
            let mut b = good.clone();
            b[0] ^= 1;
            b
        }] {
            write(&os, &entry, &damaged);
            assert!(matches!(lookup(&os, "/p/m.py", b"y = 2\n"), Lookup::Damaged(_) | Lookup::BadMagic(_)));
        }
    }

    #[test]
    fn cache_paths_sit_beside_the_source() {
        assert_eq!(cache_path("m.py"), "__pycache__/m.strata-311.pyc");
        assert_eq!(cache_path("/a/pkg/__init__.py"), "/a/pkg/__pycache__/__init__.strata-311.pyc");
    }
}
