//! [`ModuleLoader`]: how the PVM gets the code of a module that is not built in.
//!
//! **API boundary:** the PVM owns the import protocol (`import.rs`:
//! `sys.modules`, packages, relative names, running module bodies); a
//! loader only *finds* a module's file in a list of directories and turns it
//! into a code object. The app layer's loader reads files through the
//! `OsBackend` and keeps `__pycache__`; an embedder with no files passes
//! nothing and gets [`NoLoader`], which finds nothing.

use std::sync::Arc;

use compiler_layer::CodeObject;

/// What a loader found for a module name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FoundModule {
    /// A file to load.
    Source(ModuleLocation),
    /// A namespace package (PEP 420): folders of that name without an
    /// `__init__.py`, in path order — found only when no directory on the
    /// path has a module or regular package of that name. It has no code.
    Namespace(Vec<String>),
}

/// Where a module's source file is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModuleLocation {
    /// `__file__`: the source file's path.
    pub file: String,
    /// `Some(dir)` for a package (`NAME/__init__.py`): its `__path__` is `[dir]`.
    pub package_dir: Option<String>,
}

/// A module's code, as a loader loaded it.
#[derive(Clone, Debug)]
pub struct ModuleCode {
    pub location: ModuleLocation,
    pub code: Arc<CodeObject>,
    /// The source text, for traceback lines (also when the code came from
    /// the cache: CPython reads lines from the source file too).
    pub source: Option<String>,
    /// `__cached__`: where the cache entry is (or would be).
    pub cached: Option<String>,
}

/// A compile error in a module being imported, with the attributes CPython's
/// `SyntaxError` carries; `offset`/`end_offset` are 1-based character columns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxErrorInfo {
    /// `SyntaxError`, `IndentationError` or `TabError`.
    pub kind: &'static str,
    pub msg: String,
    pub filename: String,
    pub lineno: u32,
    pub offset: i64,
    pub end_lineno: u32,
    pub end_offset: i64,
    /// The offending line, with its newline.
    pub text: Option<String>,
}

impl SyntaxErrorInfo {
    /// The attributes of the `SyntaxError` for `error`, raised compiling
    /// `source` from `filename`. Offsets count characters, or bytes when
    /// `characters` is false (a file without an encoding declaration, as
    /// CPython counts them).
    pub fn new(
        error: &compiler_layer::SyntaxError,
        filename: &str,
        source: &str,
        characters: bool,
    ) -> SyntaxErrorInfo {
        let text = source_line(source, error.start.line);
        let (offset, end_offset) = text.map_or((0, 0), |t| error_offsets(error, t, characters));
        SyntaxErrorInfo {
            kind: match error.kind {
                compiler_layer::syntax::ErrorKind::RecursionError => "RecursionError",
                kind => kind.name(),
            },
            msg: error.msg.clone(),
            filename: filename.to_string(),
            lineno: error.start.line,
            offset,
            end_lineno: error.end.line,
            end_offset,
            // The tokenizer ends the last line with a newline when the source does not.
            text: text.map(|t| if t.ends_with('\n') { t.to_string() } else { format!("{t}\n") }),
        }
    }
}

/// Line `line` (1-based) of `source`, with its newline; `None` past the end.
pub fn source_line(source: &str, line: u32) -> Option<&str> {
    let index = usize::try_from(line).ok()?.checked_sub(1)?;
    source.split_inclusive('\n').nth(index)
}

/// `SyntaxError.offset` and `.end_offset` of `error` on its line `text`:
/// 1-based, in characters or bytes.
pub fn error_offsets(error: &compiler_layer::SyntaxError, text: &str, characters: bool) -> (i64, i64) {
    let column = |col: u32| -> i64 {
        if col == compiler_layer::syntax::Pos::BEFORE_LINE {
            return 0;
        }
        if !characters {
            return i64::from(col) + 1;
        }
        let col = usize::try_from(col).unwrap_or(usize::MAX);
        let chars = text.char_indices().take_while(|&(byte, _)| byte < col).count();
        i64::try_from(chars).unwrap_or(i64::MAX) + 1
    };
    (column(error.start.col), column(error.end.col))
}

/// Why a module that was found could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The source does not compile (or decode): the importer gets a `SyntaxError`.
    Syntax(SyntaxErrorInfo),
    /// The file was found but could not be read.
    Os(os_layer::OsError),
}

/// **API boundary:** what the PVM asks of the world to import a module.
pub trait ModuleLoader: Send + Sync {
    /// What `sys.path` starts as.
    fn initial_path(&self) -> Vec<String>;

    /// What `sys.dont_write_bytecode` starts as (`-B`, `PYTHONDONTWRITEBYTECODE`).
    fn dont_write_bytecode(&self) -> bool;

    /// Finds module `name` (its full dotted name; the file is named after the
    /// last part) in the directories `path` (`sys.path`, or the parent
    /// package's `__path__`), in order; `None`: not there.
    fn find(&self, name: &str, path: &[String]) -> Option<FoundModule>;

    /// Reads and compiles the module found at `location` (using and, unless
    /// `dont_write_bytecode`, refreshing whatever cache the loader keeps).
    fn load(
        &self,
        name: &str,
        location: &ModuleLocation,
        dont_write_bytecode: bool,
    ) -> Result<ModuleCode, LoadError>;
}

/// The loader of an embedding with no files: finds nothing, `sys.path == ['']`.
pub struct NoLoader;

impl ModuleLoader for NoLoader {
    fn initial_path(&self) -> Vec<String> {
        vec![String::new()]
    }

    fn dont_write_bytecode(&self) -> bool {
        false
    }

    fn find(&self, _: &str, _: &[String]) -> Option<FoundModule> {
        None
    }

    fn load(&self, _: &str, location: &ModuleLocation, _: bool) -> Result<ModuleCode, LoadError> {
        let missing = os_layer::OsError::with_path(os_layer::Errno::ENOENT, &location.file);
        Err(LoadError::Os(missing))
    }
}
