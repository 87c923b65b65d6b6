//! [`FileLoader`]: the app layer's [`ModuleLoader`] — finds a module's file in
//! the `sys.path` directories, through the OS backend, and compiles it with
//! the bytecode cache.
//!
//! The PVM owns the import protocol; this file only answers "where is module
//! `a.b`, and what is its code?":
//!
//! - In each directory `D` of the search path (`""` is the current
//!   directory), `D/b/__init__.py` is the package `b` (checked first, as
//!   CPython's `FileFinder` does), else `D/b.py` the module `b`. Folders `b`
//!   without `__init__.py` make a namespace package, if nothing else is found.
//! - `D/__pycache__/b.strata-311.pyc` is used instead of compiling when it is
//!   fresh; a missing, stale or damaged entry is ignored, and rewritten
//!   unless writing is off (`-B`, `PYTHONDONTWRITEBYTECODE`,
//!   `sys.dont_write_bytecode`). **Invariant:** a cache entry is never
//!   trusted blindly and never makes the import fail.
//! - `-v` prints what CPython's `-v` prints about code objects:
//!   `# code object from '…pyc'`, `# created '…pyc'`, `# bytecode is stale …`.

use std::sync::Arc;

use compiler_layer::{CodeObject, Compiler};
use os_layer::{OsBackend, OutStream};
use pvm_layer::{FoundModule, LoadError, ModuleCode, ModuleLoader, ModuleLocation};

use crate::cli::Flags;
use crate::pycache::{self, Lookup};
use crate::report;
use crate::source_file;
use crate::syntax::pyrepr::bytes_repr;
use crate::syntax::source;
use crate::syntax::Mode;
use crate::tools::ast::lossy_text;

/// Finds modules in directories through an OS backend.
pub struct FileLoader {
    os: Arc<dyn OsBackend>,
    compiler: Arc<dyn Compiler>,
    path: Vec<String>,
    dont_write_bytecode: bool,
    verbose: bool,
}

impl FileLoader {
    /// The loader of a run with `flags`, whose `sys.path` starts with `first`
    /// (the script's folder, or `""`/the working directory; `None` with `-I`).
    pub fn new(
        os: Arc<dyn OsBackend>,
        compiler: Arc<dyn Compiler>,
        flags: &Flags,
        first: Option<String>,
    ) -> Self {
        let from_env = |name: &str| {
            if flags.ignore_environment {
                None
            } else {
                os.getenv(name).filter(|v| !v.is_empty())
            }
        };
        let mut path: Vec<String> = first.into_iter().collect();
        if let Some(value) = from_env("PYTHONPATH") {
            // As CPython's getpath: entries are made absolute; an empty one is the cwd.
            path.extend(value.split(':').map(|entry| source_file::absolute(&*os, entry)));
        }
        let dont_write_bytecode = flags.dont_write_bytecode || from_env("PYTHONDONTWRITEBYTECODE").is_some();
        FileLoader { path, dont_write_bytecode, verbose: flags.verbose, os, compiler }
    }

    /// `# message` on stderr, with `-v`.
    fn trace(&self, message: &str) {
        if self.verbose {
            let _ = self.os.write_stream(OutStream::Stderr, format!("# {message}\n").as_bytes());
        }
    }

    /// Compiles a module's source and caches the result in `mode` (`None`:
    /// writing is off).
    fn compile(
        &self,
        text: &str,
        bytes: &[u8],
        file: &str,
        cached: &str,
        mode: Option<pycache::Mode>,
    ) -> Result<Arc<CodeObject>, LoadError> {
        let code = self
            .compiler
            .compile(text, file, Mode::Exec)
            .map_err(|e| LoadError::Syntax(report::error_info(&e, file, text, bytes)))?;
        self.trace(&format!("code object from {file}"));
        if let Some(mode) = mode {
            match pycache::store(&*self.os, file, bytes, &code, mode) {
                Ok(path) => self.trace(&format!("created '{path}'")),
                Err(e) => self.trace(&format!("could not create '{cached}': {e}")),
            }
        }
        Ok(code)
    }
}

impl ModuleLoader for FileLoader {
    fn initial_path(&self) -> Vec<String> {
        self.path.clone()
    }

    fn dont_write_bytecode(&self) -> bool {
        self.dont_write_bytecode
    }

    fn find(&self, name: &str, path: &[String]) -> Option<FoundModule> {
        let last = name.rsplit('.').next().unwrap_or(name);
        if last.is_empty() || last.contains(['/', '\0']) {
            return None; // not a file name: never a path of its own
        }
        let mut namespace = Vec::new();
        for entry in path {
            // As CPython 3.11's FileFinder: a relative entry ("" included)
            // is taken from the working directory, and names come out absolute.
            let dir = source_file::absolute(&*self.os, entry);
            let package_dir = source_file::join(&dir, last);
            let init = source_file::join(&package_dir, "__init__.py");
            if source_file::is_file(&*self.os, &init) {
                return Some(FoundModule::Source(ModuleLocation {
                    file: init,
                    package_dir: Some(package_dir),
                }));
            }
            let module = source_file::join(&dir, &format!("{last}.py"));
            if source_file::is_file(&*self.os, &module) {
                return Some(FoundModule::Source(ModuleLocation { file: module, package_dir: None }));
            }
            if source_file::is_dir(&*self.os, &package_dir) {
                namespace.push(package_dir);
            }
        }
        (!namespace.is_empty()).then_some(FoundModule::Namespace(namespace))
    }

    fn load(
        &self,
        name: &str,
        location: &ModuleLocation,
        dont_write_bytecode: bool,
    ) -> Result<ModuleCode, LoadError> {
        let file = &location.file;
        let bytes = source_file::read(&*self.os, file).map_err(|e| LoadError::Os(e.0.filename(file)))?;
        let text = source::decode_source(&bytes).map_err(|e| {
            LoadError::Syntax(report::error_info(&e.to_syntax_error(), file, &lossy_text(&bytes), &bytes))
        })?;
        let cached = pycache::cache_path(file);
        let code = match pycache::lookup(&*self.os, file, &bytes) {
            Lookup::Fresh(code) => {
                self.trace(&format!("{cached} matches {file}"));
                self.trace(&format!("code object from '{cached}'"));
                code
            }
            other => {
                let mut mode = pycache::Mode::Timestamp;
                match other {
                    Lookup::Stale(recorded) => {
                        self.trace(&format!("bytecode is stale for '{name}'"));
                        mode = recorded;
                    }
                    Lookup::BadMagic(magic) => {
                        self.trace(&format!("bad magic number in '{name}': {}", bytes_repr(&magic)))
                    }
                    Lookup::Damaged(why) => self.trace(&format!("damaged cache entry for '{name}': {why}")),
                    Lookup::Missing | Lookup::Fresh(_) => {}
                }
                self.compile(&text, &bytes, file, &cached, (!dont_write_bytecode).then_some(mode))?
            }
        };
        Ok(ModuleCode { location: location.clone(), code, source: Some(text), cached: Some(cached) })
    }
}
