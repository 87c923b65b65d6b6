//! The import protocol: `import`, `from … import …`, and `-m` (runpy).
//!
//! A Rust transcription of the parts of `importlib._bootstrap` a program can
//! observe, with CPython 3.11's messages:
//!
//! - `sys.modules` is the cache: a module is placed there *before* its body
//!   runs (so circular imports see the partially initialized module) and
//!   removed again if the body raises.
//! - `a.b.c` imports `a`, then `a.b` from `a.__path__`, then `a.b.c`; each
//!   submodule becomes an attribute of its parent.
//! - Relative names resolve against the importer's `__package__` (or, when
//!   that is unset, its `__name__` and whether it has a `__path__`).
//! - Where a module comes from, in order: the builtin modules (registered in
//!   `sys.modules` at start), the [`ModuleLoader`] over `sys.path` (or the
//!   package's `__path__`), then the embedded standard library (`stdlib.rs`).
//!
//! `__spec__` and `__loader__` are `None`: what a spec records is kept here
//! instead (`ImportState::initializing`, for the circular-import messages);
//! `importlib.util.find_spec` makes specs from the search alone
//! (`find_spec_parts`), and `importlib.reload` runs a body again (`reload`).

use std::collections::HashMap;
use std::sync::Arc;

use compiler_layer::cache::{read_entry, BincodeCodec};
use compiler_layer::{CodeObject, Mode};

use crate::loader::{
    FoundModule, LoadError, ModuleCode, ModuleLoader, ModuleLocation, NoLoader, SyntaxErrorInfo,
};
use crate::object::Object;
use crate::value::{ObjRef, Value};
use crate::vm::{Exc, PResult, Vm};

/// The importer's own state (held by the `Vm`; no heap values, so no GC roots).
pub struct ImportState {
    pub loader: Arc<dyn ModuleLoader>,
    /// Modules whose body is running, innermost last (a spec's `_initializing`).
    initializing: Vec<String>,
    /// Embedded stdlib modules compiled so far in this run.
    embedded: HashMap<String, Arc<CodeObject>>,
}

impl Default for ImportState {
    fn default() -> Self {
        ImportState { loader: Arc::new(NoLoader), initializing: Vec::new(), embedded: HashMap::new() }
    }
}

impl ImportState {
    /// Whether module `name`'s body is running (it is "partially initialized").
    pub fn is_initializing(&self, name: &str) -> bool {
        self.initializing.iter().any(|n| n == name)
    }
}

/// Where a module was found.
enum Found {
    /// By the loader, on `sys.path` or the package's `__path__`.
    File(ModuleLocation),
    /// A namespace package's folders.
    Namespace(Vec<String>),
    /// In the embedded standard library: its code.
    Embedded(Arc<CodeObject>),
}

impl Vm {
    /// Gives the importer its loader and sets `sys.path` and
    /// `sys.dont_write_bytecode` from it.
    pub fn set_loader(&mut self, loader: Arc<dyn ModuleLoader>) {
        let path: Vec<Value> = loader.initial_path().into_iter().map(|p| self.new_str(p)).collect();
        let path = self.new_list(path);
        let sys = self.module_dict(self.sys);
        self.dict_set_name(sys, "path", path);
        self.dict_set_name(sys, "dont_write_bytecode", Value::Bool(loader.dont_write_bytecode()));
        self.import.loader = loader;
    }

    /// `ImportName`: `__import__(name, globals, None, fromlist, level)`.
    pub fn import_name(
        &mut self,
        name: Value,
        level: Value,
        fromlist: Value,
        globals: ObjRef,
    ) -> PResult<Value> {
        let name = self.str_of(name).unwrap_or_default().to_string();
        let level = match level {
            Value::Int(n) if n >= 0 => n as usize,
            _ => return Err(self.value_error("level must be >= 0")),
        };
        let absolute = if level > 0 { self.resolve_relative(&name, level, globals)? } else { name.clone() };
        if absolute.is_empty() {
            return Err(self.value_error("Empty module name"));
        }
        let module = self.import_module(&absolute)?;
        let fromlist = if fromlist.is_none() { Vec::new() } else { self.collect_iter(fromlist)? };
        if fromlist.is_empty() {
            // `import a.b.c` binds `a`: the module named by the first part of
            // `name` (for `__import__` with a level: relative to the package).
            let rest = name.len() - name.split('.').next().unwrap_or_default().len();
            let top = absolute[..absolute.len() - rest].to_string();
            return self.import_module(&top);
        }
        // Rooted: submodules run Python code, and a body may drop `module` from sys.modules.
        let saved_roots = self.roots.len();
        self.roots.push(module);
        let handled = self.handle_fromlist(module, &fromlist, false);
        self.roots.truncate(saved_roots);
        handled.map(|()| module)
    }

    /// `ImportFrom`: `module.name`, else the submodule `module.name` if it is
    /// in `sys.modules`, else CPython's `ImportError`.
    pub fn import_from(&mut self, module: Value, name: Value) -> PResult<Value> {
        match self.getattr(module, name) {
            Ok(v) => return Ok(v),
            Err(e) if !self.is_exc_instance(Value::Obj(e.0), "AttributeError") => return Err(e),
            Err(_) => {}
        }
        let attr = self.str_of(name).unwrap_or_default().to_string();
        let package = self.module_attr_text(module, "__name__");
        if let Some(package) = &package {
            if let Some(m) = self.sys_module(&format!("{package}.{attr}")) {
                return Ok(m);
            }
        }
        let shown_package = package.clone().unwrap_or_else(|| "<unknown module name>".into());
        let file = self.module_attr_text(module, "__file__");
        let (name_repr, package_repr) = (self.repr_text(name)?, self.str_repr(&shown_package)?);
        let msg = match &file {
            None => format!("cannot import name {name_repr} from {package_repr} (unknown location)"),
            Some(file) if package.as_deref().is_some_and(|p| self.import.is_initializing(p)) => format!(
                "cannot import name {name_repr} from partially initialized module {package_repr} \
                 (most likely due to a circular import) ({file})"
            ),
            Some(file) => format!("cannot import name {name_repr} from {package_repr} ({file})"),
        };
        Err(self.import_error("ImportError", msg, package.as_deref(), file.as_deref()))
    }

    /// `ImportStar`: binds the module's `__all__`, or its public names, in `ns`.
    pub fn import_star(&mut self, module: Value, ns: ObjRef) -> PResult<()> {
        let module_name = self.module_attr_text(module, "__name__").unwrap_or_default();
        let all = self.getattr_opt(module, "__all__")?;
        let (names, public_only) = match all {
            Some(all) => (self.collect_iter(all)?, false),
            None => {
                let dict = self.getattr_opt(module, "__dict__")?;
                let keys = match dict {
                    Some(Value::Obj(d)) => self.dict_items(d).into_iter().map(|(k, _)| k).collect(),
                    _ => {
                        return Err(
                            self.err("ImportError", "from-import-* object has no __dict__ and no __all__")
                        )
                    }
                };
                (keys, true)
            }
        };
        for key in names {
            let Some(text) = self.str_of(key).map(str::to_string) else {
                let place = if public_only {
                    format!("Key in {module_name}.__dict__")
                } else {
                    format!("Item in {module_name}.__all__")
                };
                let msg = format!("{place} must be str, not {}", self.type_name(key));
                return Err(self.type_error(msg));
            };
            if public_only && text.starts_with('_') {
                continue;
            }
            let value = self.getattr(module, key)?;
            self.dict_set(ns, key, value)?;
        }
        Ok(())
    }

    // ---- resolving and finding ---------------------------------------------------

    /// `importlib._bootstrap._calc___package__` and `_resolve_name`.
    fn resolve_relative(&mut self, name: &str, level: usize, globals: ObjRef) -> PResult<String> {
        let package = match self.dict_get_name(globals, "__package__") {
            Some(v) if !v.is_none() => match self.str_of(v) {
                Some(p) => p.to_string(),
                None => return Err(self.type_error("package must be a string")),
            },
            _ => {
                let Some(own) = self.dict_get_name(globals, "__name__") else {
                    return Err(self.err("KeyError", "'__name__' not in globals"));
                };
                let own = self.str_of(own).unwrap_or_default().to_string();
                if self.dict_get_name(globals, "__path__").is_some() {
                    own
                } else {
                    own.rsplit_once('.').map_or(String::new(), |(parent, _)| parent.to_string())
                }
            }
        };
        if package.is_empty() {
            return Err(self.import_error(
                "ImportError",
                "attempted relative import with no known parent package".into(),
                None,
                None,
            ));
        }
        let bits: Vec<&str> = package.rsplitn(level, '.').collect();
        if bits.len() < level {
            let msg = "attempted relative import beyond top-level package".to_string();
            return Err(self.import_error("ImportError", msg, None, None));
        }
        let base = bits.last().copied().unwrap_or_default();
        Ok(if name.is_empty() { base.to_string() } else { format!("{base}.{name}") })
    }

    /// `_find_and_load`: the module `name` (absolute), imported if needed.
    pub fn import_module(&mut self, name: &str) -> PResult<Value> {
        if let Some(m) = self.sys_module(name) {
            if m.is_none() {
                let msg = format!("import of {name} halted; None in sys.modules");
                return Err(self.import_error("ModuleNotFoundError", msg, Some(name), None));
            }
            return Ok(m);
        }
        if let Some(m) = crate::modules::import_native(self, name) {
            return Ok(m);
        }
        let parent = match split_parent(name) {
            Some((parent, child)) => {
                let parent_module = self.import_module(parent)?;
                // The parent's body may have imported us already.
                if let Some(m) = self.sys_module(name) {
                    return Ok(m);
                }
                Some((parent_module, child.to_string()))
            }
            None => None,
        };
        let parent_module = parent.as_ref().map(|(m, _)| *m);
        let saved_roots = self.roots.len();
        self.roots.extend(parent_module);
        let module = self.find_module(name, parent_module).and_then(|found| self.exec_module(name, found));
        self.roots.truncate(saved_roots);
        let module = module?;
        if let Some((parent_module, child)) = parent {
            let key = Value::Obj(self.intern(&child));
            // As CPython: a parent that refuses the attribute does not fail the import.
            let _ = self.setattr(parent_module, key, module);
        }
        Ok(module)
    }

    /// `importlib.util.find_spec`'s search, without running anything: for
    /// module `name` (its parent, if any, imported by the caller), where it
    /// is: `(origin, submodule_search_locations)`, the origin `"built-in"`,
    /// `"frozen"` or a file (`None` for a namespace package); `None` when
    /// it is nowhere.
    pub fn find_spec_parts(&mut self, name: &str, parent: Option<Value>) -> PResult<Option<(Value, Value)>> {
        if crate::modules::is_native(name) {
            return Ok(Some((self.new_str("built-in"), Value::None)));
        }
        let found = match self.find_module(name, parent) {
            Ok(found) => found,
            Err(e) if self.is_exc_instance(Value::Obj(e.0), "ModuleNotFoundError") => return Ok(None),
            Err(e) => return Err(e),
        };
        Ok(Some(match found {
            Found::File(location) => {
                let origin = self.new_str(location.file.as_str());
                let dirs = location.package_dir.map(|d| vec![self.new_str(d)]);
                (origin, dirs.map_or(Value::None, |d| self.new_list(d)))
            }
            Found::Namespace(dirs) => {
                let dirs = dirs.into_iter().map(|d| self.new_str(d)).collect();
                (Value::None, self.new_list(dirs))
            }
            Found::Embedded(_) => {
                let package = crate::stdlib::is_package(name).then(|| self.new_list(vec![]));
                (self.new_str("frozen"), package.unwrap_or(Value::None))
            }
        }))
    }

    /// `importlib.reload(module)`: its body run again in its own namespace,
    /// from the source found now; a builtin module is left as it is.
    pub fn reload(&mut self, module: Value) -> PResult<Value> {
        let name = match self.getattr_opt(module, "__name__")? {
            Some(n) if self.str_of(n).is_some() => self.str_of(n).unwrap_or_default().to_string(),
            _ => return Err(self.type_error("reload() argument must be a module")),
        };
        if !self.sys_module(&name).is_some_and(|m| m.is(module)) {
            let msg = format!("module {name} not in sys.modules");
            return Err(self.import_error("ImportError", msg, Some(&name), None));
        }
        let Value::Obj(m) = module else { return Ok(module) };
        if crate::modules::is_native(&name) || !matches!(self.heap.get(m), Object::Module(_)) {
            return Ok(module);
        }
        let parent = match split_parent(&name) {
            Some((parent, _)) => match self.sys_module(parent) {
                Some(p) => Some(p),
                None => {
                    let msg = format!("parent {} not in sys.modules", self.str_repr(parent)?);
                    return Err(self.import_error("ImportError", msg, Some(parent), None));
                }
            },
            None => None,
        };
        let code = match self.find_module(&name, parent)? {
            Found::File(location) => self.load_module(&name, &location)?.code,
            Found::Embedded(code) => code,
            Found::Namespace(_) => return Ok(module),
        };
        let globals = self.module_dict(m);
        self.rooted(&[module], |vm| vm.exec_code(&code, globals, None))?;
        Ok(self.sys_module(&name).unwrap_or(module))
    }

    /// Where module `name` is: searched for in `sys.path` (top level) or in
    /// `parent.__path__`; `ModuleNotFoundError` when nowhere.
    fn find_module(&mut self, name: &str, parent: Option<Value>) -> PResult<Found> {
        let path = match parent {
            Some(parent_module) => match self.getattr_opt(parent_module, "__path__")? {
                Some(path) => self.str_list(path)?,
                None => {
                    let parent_name = split_parent(name).map_or("", |(p, _)| p);
                    let msg = format!(
                        "No module named {}; {} is not a package",
                        self.str_repr(name)?,
                        self.str_repr(parent_name)?
                    );
                    return Err(self.import_error("ModuleNotFoundError", msg, Some(name), None));
                }
            },
            None => {
                let sys_path = self.sys_attr("path");
                if sys_path.is_none() {
                    Vec::new()
                } else {
                    self.str_list(sys_path)?
                }
            }
        };
        // A name with an empty last part (`.`, `a..`) names no file.
        let found = match name.rsplit('.').next() {
            Some(last) if !last.is_empty() => self.import.loader.find(name, &path),
            _ => None,
        };
        match found {
            Some(FoundModule::Source(location)) => return Ok(Found::File(location)),
            Some(FoundModule::Namespace(dirs)) => return Ok(Found::Namespace(dirs)),
            None => {}
        }
        if let Some(code) = self.embedded_code(name)? {
            return Ok(Found::Embedded(code));
        }
        let msg = format!("No module named {}", self.str_repr(name)?);
        Err(self.import_error("ModuleNotFoundError", msg, Some(name), None))
    }

    /// The code of the module found at `location`, through the loader.
    fn load_module(&mut self, name: &str, location: &ModuleLocation) -> PResult<ModuleCode> {
        let dont_write = self.sys_attr("dont_write_bytecode");
        let dont_write = self.truthy(dont_write)?;
        let loader = self.import.loader.clone();
        match loader.load(name, location, dont_write) {
            Ok(code) => Ok(code),
            Err(LoadError::Syntax(info)) => Err(self.syntax_error_from(&info)),
            Err(LoadError::Os(e)) => Err(self.os_error(&e)),
        }
    }

    /// The code of embedded stdlib module `name` (once per run): its frozen
    /// entry decoded, or, should that ever fail, its source compiled.
    fn embedded_code(&mut self, name: &str) -> PResult<Option<Arc<CodeObject>>> {
        if let Some(code) = self.import.embedded.get(name) {
            return Ok(Some(code.clone()));
        }
        let frozen = crate::stdlib::frozen(name).map(|entry| read_entry(entry, &BincodeCodec));
        if let Some(Ok((_, code))) = frozen {
            self.import.embedded.insert(name.to_string(), code.clone());
            return Ok(Some(code));
        }
        let Some(source) = crate::stdlib::source(name) else { return Ok(None) };
        let filename = crate::stdlib::filename(name);
        match self.compiler.compile(source, &filename, Mode::Exec) {
            Ok(code) => {
                self.import.embedded.insert(name.to_string(), code.clone());
                Ok(Some(code))
            }
            Err(e) => Err(crate::builtins::syntax_error(self, &e, source, &filename)),
        }
    }

    // ---- running a module's body -----------------------------------------------------

    /// Makes module `name`, puts it in `sys.modules`, runs its body there;
    /// on an exception, takes it out again. Returns `sys.modules[name]` (a
    /// body may replace its own entry).
    fn exec_module(&mut self, name: &str, found: Found) -> PResult<Value> {
        let package = match &found {
            Found::File(ModuleLocation { package_dir: Some(_), .. }) | Found::Namespace(_) => {
                name.to_string()
            }
            _ => split_parent(name).map_or(String::new(), |(p, _)| p.to_string()),
        };
        let module = Value::Obj(self.new_module(name));
        let globals = self.module_dict(module.as_obj().unwrap_or(self.sys));
        let embedded = matches!(found, Found::Embedded(_));
        let code = match found {
            Found::File(location) => {
                let loaded = self.load_module(name, &location)?;
                self.init_module_dict(globals, Some(&package), &loaded);
                if let Some(text) = loaded.source {
                    self.sources.insert(loaded.code.filename.clone(), text.into());
                }
                Some(loaded.code)
            }
            Found::Embedded(code) => {
                if crate::stdlib::is_package(name) {
                    // An embedded package (`collections`): its submodules are
                    // embedded too, so its `__path__` names no folder.
                    self.init_globals(globals, Some(name));
                    let path = self.new_list(vec![]);
                    self.dict_set_name(globals, "__path__", path);
                } else {
                    self.init_globals(globals, Some(&package));
                }
                Some(code)
            }
            Found::Namespace(dirs) => {
                self.init_globals(globals, Some(&package));
                self.dict_set_name(globals, "__file__", Value::None);
                let dirs = dirs.into_iter().map(|d| self.new_str(d)).collect();
                let path = self.new_list(dirs);
                self.dict_set_name(globals, "__path__", path);
                None
            }
        };
        let key = self.new_str(name);
        let modules = self.modules;
        self.dict_set(modules, key, module)?;
        // A namespace package has no body to run: it is its `__path__`.
        let Some(code) = code else { return Ok(module) };
        let saved_roots = self.roots.len();
        self.roots.extend([module, key]);
        self.import.initializing.push(name.to_string());
        let result = self.exec_code(&code, globals, None);
        self.import.initializing.pop();
        self.roots.truncate(saved_roots);
        if let Err(e) = result {
            self.dict_remove(modules, key)?;
            return Err(e);
        }
        if embedded {
            self.unbind_c_functions(name, globals);
        }
        Ok(self.sys_module(name).unwrap_or(module))
    }

    /// Marks the functions an embedded module defines for CPython's C ones
    /// as not binding (`stdlib::c_functions`).
    fn unbind_c_functions(&mut self, name: &str, globals: ObjRef) {
        let Some(names) = crate::stdlib::c_functions(name) else { return };
        for (key, value) in self.dict_items(globals) {
            let listed = names.is_none_or(|names| self.str_of(key).is_some_and(|k| names.contains(&k)));
            if let (true, Value::Obj(f)) = (listed, value) {
                if let Some(Object::Function(f)) = self.heap.get_mut(f) {
                    if f.globals == globals {
                        f.binds = false;
                    }
                }
            }
        }
    }

    /// The names every module starts with, in CPython's order
    /// (`__file__` and the rest are added by [`Vm::init_module_dict`]).
    pub fn init_globals(&mut self, globals: ObjRef, package: Option<&str>) {
        self.dict_set_name(globals, "__doc__", Value::None);
        let package = match package {
            Some(p) => self.new_str(p),
            None => Value::None,
        };
        self.dict_set_name(globals, "__package__", package);
        self.dict_set_name(globals, "__loader__", Value::None);
        self.dict_set_name(globals, "__spec__", Value::None);
    }

    /// A module's names from what its loader found: `__path__`, `__file__`,
    /// `__cached__`, `__builtins__`.
    fn init_module_dict(&mut self, globals: ObjRef, package: Option<&str>, found: &ModuleCode) {
        self.init_globals(globals, package);
        if let Some(dir) = &found.location.package_dir {
            let dir = self.new_str(dir.as_str());
            let path = self.new_list(vec![dir]);
            self.dict_set_name(globals, "__path__", path);
        }
        let file = self.new_str(found.location.file.as_str());
        self.dict_set_name(globals, "__file__", file);
        let cached = match &found.cached {
            Some(c) => self.new_str(c.as_str()),
            None => Value::None,
        };
        self.dict_set_name(globals, "__cached__", cached);
        let builtins = Value::Obj(self.builtins);
        self.dict_set_name(globals, "__builtins__", builtins);
    }

    /// `_handle_fromlist`: for a package, imports the submodules `fromlist`
    /// names that are not attributes yet (`*` means `__all__`).
    fn handle_fromlist(&mut self, module: Value, fromlist: &[Value], recursive: bool) -> PResult<()> {
        if self.getattr_opt(module, "__path__")?.is_none() {
            return Ok(());
        }
        let module_name = self.module_attr_text(module, "__name__").unwrap_or_default();
        for &item in fromlist {
            let Some(text) = self.str_of(item).map(str::to_string) else {
                let place =
                    if recursive { format!("{module_name}.__all__") } else { "``from list''".to_string() };
                let msg = format!("Item in {place} must be str, not {}", self.type_name(item));
                return Err(self.type_error(msg));
            };
            if text == "*" {
                if !recursive {
                    if let Some(all) = self.getattr_opt(module, "__all__")? {
                        let all = self.collect_iter(all)?;
                        self.handle_fromlist(module, &all, true)?;
                    }
                }
                continue;
            }
            if self.getattr_opt(module, &text)?.is_some() {
                continue;
            }
            let sub = format!("{module_name}.{text}");
            if let Err(e) = self.import_module(&sub) {
                // A missing submodule is not an error here: `ImportFrom` reports it.
                let missing = self.is_exc_instance(Value::Obj(e.0), "ModuleNotFoundError")
                    && self.exc_attr_text(e, "name").as_deref() == Some(sub.as_str())
                    && self.sys_module(&sub).is_none();
                if !missing {
                    return Err(e);
                }
            }
        }
        Ok(())
    }

    // ---- `strata -m` -------------------------------------------------------------------

    /// `runpy._run_module_as_main`: finds module `name` (importing its parent
    /// packages; a package runs its `__main__` submodule) and runs its code
    /// as `__main__`: the name of the module found (`pkg.__main__` for
    /// `pkg`) and its code. `Err(message)` when there is nothing to run: the
    /// caller prints it after the program's name, as CPython does.
    pub fn module_as_main(&mut self, name: &str) -> Result<PResult<(String, ModuleCode)>, String> {
        if name.starts_with('.') {
            return Err("Relative module names not supported".into());
        }
        let parent = match split_parent(name) {
            Some((parent, _)) => match self.import_module(parent) {
                Ok(m) => Some(m),
                Err(e) => {
                    let failed = self.exc_attr_text(e, "name");
                    let about_parent = failed
                        .as_deref()
                        .is_some_and(|f| f == parent || parent.starts_with(&format!("{f}.")));
                    if !about_parent || !self.is_exc_instance(Value::Obj(e.0), "ImportError") {
                        return Ok(Err(e));
                    }
                    let text = format!(
                        "{}: {}",
                        self.type_name(Value::Obj(e.0)),
                        self.str_text(Value::Obj(e.0)).unwrap_or_default()
                    );
                    return Err(format!("Error while finding module specification for '{name}' ({text})"));
                }
            },
            None => None,
        };
        let location = match self.find_module(name, parent) {
            Ok(found @ (Found::File(_) | Found::Namespace(_))) => found,
            Ok(Found::Embedded(code)) if !crate::stdlib::is_package(name) => {
                let location = ModuleLocation { file: crate::stdlib::path(name), package_dir: None };
                return Ok(Ok((name.to_string(), ModuleCode { location, code, source: None, cached: None })));
            }
            Ok(found @ Found::Embedded(_)) => found,
            Err(e)
                if self.is_exc_instance(Value::Obj(e.0), "ModuleNotFoundError")
                    && self.exc_attr_text(e, "name").as_deref() == Some(name) =>
            {
                return Err(format!("No module named {name}"));
            }
            Err(e) => return Ok(Err(e)),
        };
        if let Found::File(file @ ModuleLocation { package_dir: None, .. }) = &location {
            return Ok(self.load_module(name, file).map(|code| (name.to_string(), code)));
        }
        // A package, regular or namespace: it runs its __main__ submodule.
        if name == "__main__" || name.ends_with(".__main__") {
            return Err("Cannot use package as __main__ module".into());
        }
        // The package itself is imported (its __init__ runs) before its __main__.
        match self.module_as_main(&format!("{name}.__main__")) {
            Err(message) if self.sys_module(name).is_some() => {
                Err(format!("{message}; '{name}' is a package and cannot be directly executed"))
            }
            other => other,
        }
    }

    /// Prepares `__main__`'s namespace for code found by [`Vm::module_as_main`]
    /// and records its source; `sys.argv[0]` becomes its file, as runpy does.
    pub fn init_main_from(&mut self, globals: ObjRef, name: &str, found: &ModuleCode) {
        let package = split_parent(name).map_or("", |(p, _)| p);
        let package = if found.location.package_dir.is_some() { name } else { package };
        self.init_module_dict(globals, Some(package), found);
        if let Some(text) = &found.source {
            self.sources.insert(found.code.filename.clone(), text.as_str().into());
        }
        let file = self.new_str(found.location.file.as_str());
        if let Value::Obj(argv) = self.sys_attr("argv") {
            if let Some(Object::List(items)) = self.heap.get_mut(argv) {
                match items.first_mut() {
                    Some(first) => *first = file,
                    None => items.push(file),
                }
            }
        }
    }

    // ---- small helpers ---------------------------------------------------------------

    /// `sys.modules.get(name)`.
    fn sys_module(&mut self, name: &str) -> Option<Value> {
        let key = self.new_str(name);
        let modules = self.modules;
        self.dict_get(modules, key).ok().flatten()
    }

    /// The dict of module object `m`.
    pub(crate) fn module_dict(&self, m: ObjRef) -> ObjRef {
        match self.heap.get(m) {
            Object::Module(module) => module.dict,
            _ => self.builtins,
        }
    }

    /// `getattr(v, name, None)`, but only `AttributeError` means "absent".
    pub(crate) fn getattr_opt(&mut self, v: Value, name: &str) -> PResult<Option<Value>> {
        let key = Value::Obj(self.intern(name));
        match self.getattr(v, key) {
            Ok(value) => Ok(Some(value)),
            Err(e) if self.is_exc_instance(Value::Obj(e.0), "AttributeError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// A module attribute that is a `str` (`__name__`, `__file__`), if any.
    fn module_attr_text(&mut self, module: Value, name: &str) -> Option<String> {
        match module {
            Value::Obj(r) if matches!(self.heap.get(r), Object::Module(_)) => {
                let d = self.module_dict(r);
                let v = self.dict_get_name(d, name)?;
                self.str_of(v).map(str::to_string)
            }
            _ => None,
        }
    }

    /// An exception's attribute that is a `str` (`ImportError.name`).
    fn exc_attr_text(&mut self, e: Exc, name: &str) -> Option<String> {
        let d = self.exc_obj(e.0)?.dict?;
        let v = self.dict_get_name(d, name)?;
        self.str_of(v).map(str::to_string)
    }

    /// The `str` items of a list such as `sys.path` (others are skipped, as
    /// CPython's path finder skips them).
    fn str_list(&mut self, list: Value) -> PResult<Vec<String>> {
        let items = self.collect_iter(list)?;
        Ok(items.into_iter().filter_map(|v| self.str_of(v).map(str::to_string)).collect())
    }

    fn str_repr(&mut self, text: &str) -> PResult<String> {
        let v = self.new_str(text);
        self.repr_text(v)
    }

    /// `ImportError`/`ModuleNotFoundError` with its `name` and `path` attributes.
    pub fn import_error(&mut self, class: &str, msg: String, name: Option<&str>, path: Option<&str>) -> Exc {
        let e = self.err(class, msg.as_str());
        let d = self.new_dict();
        for (attr, value) in [("name", name), ("path", path)] {
            let value = match value {
                Some(text) => self.new_str(text),
                None => Value::None,
            };
            self.dict_set_name(d, attr, value);
        }
        let msg = self.new_str(msg);
        self.dict_set_name(d, "msg", msg);
        if let Some(x) = self.exc_obj_mut(e.0) {
            x.dict = Some(d);
        }
        e
    }

    /// A `SyntaxError` (or subclass) raised by importing a module that does
    /// not compile, with CPython's attributes; `str()` gives `msg (file, line N)`.
    pub fn syntax_error_from(&mut self, info: &SyntaxErrorInfo) -> Exc {
        let short = info.filename.rsplit('/').next().unwrap_or(&info.filename);
        let e = self.err(info.kind, format!("{} ({short}, line {})", info.msg, info.lineno));
        let d = self.new_dict();
        let msg = self.new_str(info.msg.as_str());
        let filename = self.new_str(info.filename.as_str());
        let text = match &info.text {
            Some(t) => self.new_str(t.as_str()),
            None => Value::None,
        };
        let attrs = [
            ("msg", msg),
            ("filename", filename),
            ("lineno", Value::Int(i64::from(info.lineno))),
            ("offset", Value::Int(info.offset)),
            ("text", text),
            ("end_lineno", Value::Int(i64::from(info.end_lineno))),
            ("end_offset", Value::Int(info.end_offset)),
            ("print_file_and_line", Value::None),
        ];
        for (name, value) in attrs {
            self.dict_set_name(d, name, value);
        }
        if let Some(x) = self.exc_obj_mut(e.0) {
            x.dict = Some(d);
        }
        e
    }
}

/// `name.rpartition('.')` as importlib uses it: `(parent, last part)`, or
/// `None` for a top-level name (an empty parent, as in `.x`, is none).
fn split_parent(name: &str) -> Option<(&str, &str)> {
    name.rsplit_once('.').filter(|(parent, _)| !parent.is_empty())
}
