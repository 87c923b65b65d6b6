//! The standard library written in Python, embedded in the binary.
//!
//! Each module is a file of `pvm-layer/lib/` (copied from CPython 3.11's
//! `Lib/`, trimmed where it needs what Strata lacks, with a note saying so;
//! or, for `asyncio`, `collections`, and CPython's C modules `binascii` and
//! `errno`, written for Strata), included
//! here with `include_str!`. The importer looks here last: after
//! the builtin (native) modules and after every `sys.path` entry. That is
//! where CPython's own stdlib directory sits on `sys.path` (after the
//! script's folder and `PYTHONPATH`), so a user's `keyword.py` next to the
//! script shadows ours exactly as it shadows CPython's, while builtin
//! modules (`sys`, `math`, …) cannot be shadowed, as in CPython.
//!
//! The modules are compiled when Strata is built (`build.rs`) and their
//! code objects embedded as cache entries (`frozen`), decoded at most once
//! per run (`ImportState`). Their code's file name is `<frozen NAME>`, as
//! CPython names its frozen modules; they have no `__file__`.

/// `(module name, source)`, sorted by name.
const MODULES: &[(&str, &str)] = &[
    ("__future__", include_str!("../lib/__future__.py")),
    ("_anext", include_str!("../lib/_anext.py")),
    ("_collections_abc", include_str!("../lib/_collections_abc.py")),
    ("_collections_user", include_str!("../lib/_collections_user.py")),
    ("_compat_pickle", include_str!("../lib/_compat_pickle.py")),
    ("_csv", include_str!("../lib/_csv.py")),
    ("_markupbase", include_str!("../lib/_markupbase.py")),
    ("_object_reduce", include_str!("../lib/_object_reduce.py")),
    ("_pydecimal", include_str!("../lib/_pydecimal.py")),
    ("_re_constants", include_str!("../lib/_re_constants.py")),
    ("_re_parser", include_str!("../lib/_re_parser.py")),
    ("_simple_namespace", include_str!("../lib/_simple_namespace.py")),
    ("_string", include_str!("../lib/_string.py")),
    ("_strptime", include_str!("../lib/_strptime.py")),
    ("_thread", include_str!("../lib/_thread.py")),
    ("abc", include_str!("../lib/abc.py")),
    ("argparse", include_str!("../lib/argparse.py")),
    ("array", include_str!("../lib/array.py")),
    ("ast", include_str!("../lib/ast.py")),
    ("asyncio", include_str!("../lib/asyncio.py")),
    ("atexit", include_str!("../lib/atexit.py")),
    ("base64", include_str!("../lib/base64.py")),
    ("binascii", include_str!("../lib/binascii.py")),
    ("bisect", include_str!("../lib/bisect.py")),
    ("calendar", include_str!("../lib/calendar.py")),
    ("codecs", include_str!("../lib/codecs.py")),
    ("collections", include_str!("../lib/collections.py")),
    ("collections.abc", include_str!("../lib/collections.abc.py")),
    ("colorsys", include_str!("../lib/colorsys.py")),
    ("concurrent", include_str!("../lib/concurrent.py")),
    ("concurrent.futures", include_str!("../lib/concurrent.futures.py")),
    ("configparser", include_str!("../lib/configparser.py")),
    ("contextlib", include_str!("../lib/contextlib.py")),
    ("contextvars", include_str!("../lib/contextvars.py")),
    ("copy", include_str!("../lib/copy.py")),
    ("copyreg", include_str!("../lib/copyreg.py")),
    ("csv", include_str!("../lib/csv.py")),
    ("dataclasses", include_str!("../lib/dataclasses.py")),
    ("datetime", include_str!("../lib/datetime.py")),
    ("decimal", include_str!("../lib/decimal.py")),
    ("difflib", include_str!("../lib/difflib.py")),
    ("dis", include_str!("../lib/dis.py")),
    ("doctest", include_str!("../lib/doctest.py")),
    ("enum", include_str!("../lib/enum.py")),
    ("errno", include_str!("../lib/errno.py")),
    ("fileinput", include_str!("../lib/fileinput.py")),
    ("fnmatch", include_str!("../lib/fnmatch.py")),
    ("fractions", include_str!("../lib/fractions.py")),
    ("functools", include_str!("../lib/functools.py")),
    ("genericpath", include_str!("../lib/genericpath.py")),
    ("getopt", include_str!("../lib/getopt.py")),
    ("gettext", include_str!("../lib/gettext.py")),
    ("glob", include_str!("../lib/glob.py")),
    ("graphlib", include_str!("../lib/graphlib.py")),
    ("hashlib", include_str!("../lib/hashlib.py")),
    ("heapq", include_str!("../lib/heapq.py")),
    ("hmac", include_str!("../lib/hmac.py")),
    ("html", include_str!("../lib/html.py")),
    ("html.entities", include_str!("../lib/html.entities.py")),
    ("html.parser", include_str!("../lib/html.parser.py")),
    ("importlib", include_str!("../lib/importlib.py")),
    ("importlib.machinery", include_str!("../lib/importlib.machinery.py")),
    ("importlib.util", include_str!("../lib/importlib.util.py")),
    ("inspect", include_str!("../lib/inspect.py")),
    ("io", include_str!("../lib/io.py")),
    ("ipaddress", include_str!("../lib/ipaddress.py")),
    ("itertools", include_str!("../lib/itertools.py")),
    ("json", include_str!("../lib/json.py")),
    ("json.tool", include_str!("../lib/json.tool.py")),
    ("keyword", include_str!("../lib/keyword.py")),
    ("linecache", include_str!("../lib/linecache.py")),
    ("locale", include_str!("../lib/locale.py")),
    ("logging", include_str!("../lib/logging.py")),
    ("numbers", include_str!("../lib/numbers.py")),
    ("operator", include_str!("../lib/operator.py")),
    ("optparse", include_str!("../lib/optparse.py")),
    ("os", include_str!("../lib/os.py")),
    ("pathlib", include_str!("../lib/pathlib.py")),
    ("pickle", include_str!("../lib/pickle.py")),
    ("pkgutil", include_str!("../lib/pkgutil.py")),
    ("posixpath", include_str!("../lib/posixpath.py")),
    ("pprint", include_str!("../lib/pprint.py")),
    ("queue", include_str!("../lib/queue.py")),
    ("random", include_str!("../lib/random.py")),
    ("re", include_str!("../lib/re.py")),
    ("reprlib", include_str!("../lib/reprlib.py")),
    ("sched", include_str!("../lib/sched.py")),
    ("secrets", include_str!("../lib/secrets.py")),
    ("shlex", include_str!("../lib/shlex.py")),
    ("shutil", include_str!("../lib/shutil.py")),
    ("stat", include_str!("../lib/stat.py")),
    ("statistics", include_str!("../lib/statistics.py")),
    ("string", include_str!("../lib/string.py")),
    ("struct", include_str!("../lib/struct.py")),
    ("tempfile", include_str!("../lib/tempfile.py")),
    ("textwrap", include_str!("../lib/textwrap.py")),
    ("threading", include_str!("../lib/threading.py")),
    ("time", include_str!("../lib/time.py")),
    ("timeit", include_str!("../lib/timeit.py")),
    ("token", include_str!("../lib/token.py")),
    ("tokenize", include_str!("../lib/tokenize.py")),
    ("tomllib", include_str!("../lib/tomllib.py")),
    ("tomllib._parser", include_str!("../lib/tomllib._parser.py")),
    ("tomllib._re", include_str!("../lib/tomllib._re.py")),
    ("tomllib._types", include_str!("../lib/tomllib._types.py")),
    ("traceback", include_str!("../lib/traceback.py")),
    ("types", include_str!("../lib/types.py")),
    ("typing", include_str!("../lib/typing.py")),
    ("unittest", include_str!("../lib/unittest.py")),
    ("unittest.__main__", include_str!("../lib/unittest.__main__.py")),
    ("unittest._log", include_str!("../lib/unittest._log.py")),
    ("unittest.case", include_str!("../lib/unittest.case.py")),
    ("unittest.loader", include_str!("../lib/unittest.loader.py")),
    ("unittest.main", include_str!("../lib/unittest.main.py")),
    ("unittest.mock", include_str!("../lib/unittest.mock.py")),
    ("unittest.result", include_str!("../lib/unittest.result.py")),
    ("unittest.runner", include_str!("../lib/unittest.runner.py")),
    ("unittest.signals", include_str!("../lib/unittest.signals.py")),
    ("unittest.suite", include_str!("../lib/unittest.suite.py")),
    ("unittest.util", include_str!("../lib/unittest.util.py")),
    ("urllib", include_str!("../lib/urllib.py")),
    ("urllib.parse", include_str!("../lib/urllib.parse.py")),
    ("uuid", include_str!("../lib/uuid.py")),
    ("warnings", include_str!("../lib/warnings.py")),
    ("weakref", include_str!("../lib/weakref.py")),
];

/// Embedded modules that stand for what CPython writes in C (wholly, or in
/// the parts programs use: `defaultdict`, `reduce`, `heappop`, `Decimal`). A C
/// function has no frame, so tracebacks leave their frames out.
const WRITTEN_IN_C_BY_CPYTHON: &[&str] = &[
    "_csv",
    "_object_reduce",
    "_pydecimal",
    "_simple_namespace",
    "_string",
    "_thread",
    // CPython checks for abstract methods in `object.__new__`; ours are
    // checked in `ABCMeta.__call__`, whose frame is not CPython's.
    "abc",
    "array",
    "binascii",
    "codecs",
    "collections",
    "contextvars",
    "datetime",
    "decimal",
    "errno",
    "functools",
    "heapq",
    "itertools",
    "operator",
    "pickle",
    "struct",
];

/// Classes of embedded modules that CPython writes in C, as `(module,
/// name)`: their `tp_name` is dotted, so error messages name them
/// `'datetime.datetime'`, `'decimal.Decimal'`, where a class defined in
/// Python shows as `'Fraction'`.
const C_TYPES: &[(&str, &str)] = &[
    ("_io", "BytesIO"),
    ("_io", "StringIO"),
    ("array", "array"),
    ("collections", "OrderedDict"),
    ("collections", "defaultdict"),
    ("collections", "deque"),
    ("datetime", "date"),
    ("datetime", "datetime"),
    ("datetime", "time"),
    ("datetime", "timedelta"),
    ("datetime", "timezone"),
    ("datetime", "tzinfo"),
    ("decimal", "Context"),
    ("decimal", "Decimal"),
    ("functools", "partial"),
    ("operator", "attrgetter"),
    ("operator", "itemgetter"),
    ("operator", "methodcaller"),
    ("re", "Match"),
    ("re", "Pattern"),
    ("types", "SimpleNamespace"),
];

/// The functions of embedded modules that CPython writes in C, as
/// `(module, names)` (`None`: every function the module defines): they do
/// not bind as methods when stored in a class (`Function::binds`).
const C_FUNCTIONS: &[(&str, Option<&[&str]>)] = &[
    ("_csv", None),
    ("_string", None),
    ("_thread", None),
    ("binascii", None),
    ("bisect", None),
    ("functools", Some(&["cmp_to_key", "reduce"])),
    ("heapq", Some(&["heapify", "heappop", "heappush", "heappushpop", "heapreplace"])),
    ("itertools", None),
    ("operator", None),
    ("pickle", Some(&["dump", "dumps", "load", "loads"])),
    ("struct", None),
    ("time", None),
];

/// Which functions of embedded module `module` stand for C functions:
/// `None` if none does, `Some(None)` for all of them.
pub fn c_functions(module: &str) -> Option<Option<&'static [&'static str]>> {
    C_FUNCTIONS.iter().find(|(m, _)| *m == module).map(|(_, names)| *names)
}

/// Whether the class `name` of module `module` is one CPython writes in C.
pub fn is_c_type(module: &str, name: &str) -> bool {
    C_TYPES.binary_search(&(module, name)).is_ok()
}

/// Whether tracebacks leave out the frames of code from `filename`.
pub fn has_no_frames(filename: &str) -> bool {
    filename
        .strip_prefix("<frozen ")
        .and_then(|rest| rest.strip_suffix('>'))
        .is_some_and(|name| WRITTEN_IN_C_BY_CPYTHON.contains(&name))
}

include!(concat!(env!("OUT_DIR"), "/frozen.rs"));

/// The compiled code of embedded module `name`, as a cache entry.
pub fn frozen(name: &str) -> Option<&'static [u8]> {
    FROZEN.binary_search_by(|(n, _)| n.cmp(&name)).ok().map(|i| FROZEN[i].1)
}

/// The source of embedded module `name`, if there is one.
pub fn source(name: &str) -> Option<&'static str> {
    MODULES.binary_search_by(|(n, _)| n.cmp(&name)).ok().map(|i| MODULES[i].1)
}

/// Whether embedded module `name` has embedded submodules (`collections.abc`).
pub fn is_package(name: &str) -> bool {
    let i = MODULES.partition_point(|(n, _)| *n <= name);
    MODULES.get(i).is_some_and(|(n, _)| n.strip_prefix(name).is_some_and(|rest| rest.starts_with('.')))
}

/// Where CPython's stdlib keeps module `name`, relative to its folder
/// (`json/tool.py`): `sys.argv[0]` and `__file__` of a module run with
/// `-m`, which programs show in their usage lines.
pub fn path(name: &str) -> String {
    let file = name.replace('.', "/");
    if is_package(name) {
        format!("{file}/__init__.py")
    } else {
        format!("{file}.py")
    }
}

/// The file name tracebacks show for embedded module `name`.
pub fn filename(name: &str) -> String {
    format!("<frozen {name}>")
}

#[cfg(test)]
mod tests {
    #[test]
    fn c_types_are_sorted_for_binary_search() {
        assert!(super::C_TYPES.windows(2).all(|w| w[0] < w[1]));
    }

    /// Every module compiles, and its frozen entry decodes to the code the
    /// source compiles to now.
    #[test]
    fn every_module_is_frozen_as_it_compiles() {
        use compiler_layer::cache::{read_entry, BincodeCodec};
        use compiler_layer::{BytecodeCompiler, Compiler, Mode};
        for (name, source) in super::MODULES {
            let compiled = BytecodeCompiler.compile(source, &super::filename(name), Mode::Exec);
            let compiled = compiled.unwrap_or_else(|e| panic!("{name}: {e:?}"));
            let frozen = super::frozen(name).map(|entry| read_entry(entry, &BincodeCodec));
            let Some(Ok((_, frozen))) = frozen else { panic!("{name} has no frozen entry that decodes") };
            assert!(*frozen == *compiled, "{name}: its frozen code differs");
        }
        assert_eq!(super::FROZEN.len(), super::MODULES.len());
    }

    #[test]
    fn the_table_is_sorted() {
        assert!(super::MODULES.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(super::source("keyword").is_some() && super::source("nope").is_none());
        assert!(
            super::is_package("collections") && !super::is_package("collection") && !super::is_package("re")
        );
    }
}
