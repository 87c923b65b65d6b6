//! The keyword arguments of CPython's exception constructors: `name` and
//! `obj` for `AttributeError`, `name` for `NameError`, `name` and `path` for
//! `ImportError` (and their subclasses), kept as attributes (which read as
//! `None` when not given); any other keyword is CPython's `TypeError`.

use crate::value::{ObjRef, Value};
use crate::vm::{Exc, PResult, Vm};

const KEYWORDS: &[(&str, &[&str])] =
    &[("AttributeError", &["name", "obj"]), ("NameError", &["name"]), ("ImportError", &["name", "path"])];

impl Vm {
    /// The attributes exception class `class` takes as keywords.
    fn exception_keywords(&self, class: ObjRef) -> &'static [&'static str] {
        KEYWORDS
            .iter()
            .find(|(base, _)| self.is_subtype(class, self.types.exc(base)))
            .map_or(&[], |(_, names)| names)
    }

    /// Whether `name` is an attribute exception `e` has even when not given.
    pub(crate) fn is_exception_keyword(&self, e: Value, name: &str) -> bool {
        let class = self.type_of(e);
        self.exception_keywords(class).contains(&name)
    }

    /// Stores the keyword arguments `kw` of a call of builtin exception
    /// class `class` on the new exception `e`.
    pub(crate) fn init_exception_keywords(
        &mut self,
        e: Exc,
        class: ObjRef,
        kw: &[(Value, Value)],
    ) -> PResult<()> {
        if kw.is_empty() {
            return Ok(());
        }
        let allowed = self.exception_keywords(class);
        let class_name = self.type_obj_name(class);
        if allowed.is_empty() {
            return Err(self.type_error(format!("{class_name}() takes no keyword arguments")));
        }
        let d = self.exception_dict(e.0);
        for &(key, value) in kw {
            let name = self.str_of(key).unwrap_or("").to_string();
            if !allowed.contains(&name.as_str()) {
                return Err(
                    self.type_error(format!("'{name}' is an invalid keyword argument for {class_name}()"))
                );
            }
            self.dict_set_name(d, &name, value);
        }
        Ok(())
    }
}
