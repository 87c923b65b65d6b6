//! `sys.implementation`: CPython's `types.SimpleNamespace` describing the
//! implementation. Strata implements CPython 3.11's language and reports its
//! name and version; the cache tag is Strata's own (`NAME.strata-311.pyc`
//! in `__pycache__`).

use crate::call::Args;
use crate::value::Value;
use crate::vm::{PResult, Vm};

/// Sets `sys.implementation`, a `types.SimpleNamespace` (from the small
/// embedded module that `types` takes it from too).
pub fn install(vm: &mut Vm) -> PResult<()> {
    let module = vm.import_module("_simple_namespace")?;
    let namespace = vm.getattr_opt(module, "SimpleNamespace")?.unwrap_or(Value::None);
    let version = vm.sys_attr("version_info");
    let hexversion = vm.sys_attr("hexversion");
    let fields = [
        ("name", vm.new_str("cpython")),
        ("cache_tag", vm.new_str("strata-311")),
        ("version", version),
        ("hexversion", hexversion),
        ("_multiarch", vm.new_str("x86_64-linux-gnu")),
    ];
    let kw = fields.into_iter().map(|(k, v)| (Value::Obj(vm.intern(k)), v)).collect();
    let implementation = vm.call_args(namespace, Args { pos: Vec::new(), kw })?;
    let sys = vm.module_dict(vm.sys);
    vm.dict_set_name(sys, "implementation", implementation);
    Ok(())
}
