//! Native modules: `sys`, `gc`, `time`, `math` (a first set).

use crate::builtins::add_fn;
use crate::call::Args;
use crate::object::Object;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

fn register(vm: &mut Vm, name: &str) -> (ObjRef, ObjRef) {
    let m = vm.new_module(name);
    let key = Value::Obj(vm.intern(name));
    let modules = vm.modules;
    vm.dict_set_hashed(
        modules,
        crate::semantics::hash::hash_str(name, crate::semantics::hash::HashKey::ZERO),
        key,
        Value::Obj(m),
    );
    let d = match vm.heap.get(m) {
        Object::Module(md) => md.dict,
        _ => vm.builtins,
    };
    (m, d)
}

/// `sys.exit([status])`, and the builtins `exit` and `quit`, which `site`
/// defines in CPython (we have no `site` yet): raise `SystemExit(status)`.
pub fn exit(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let class = vm.types.exc("SystemExit");
    let args = a.get(0).map_or(vec![], |v| vec![v]);
    Err(vm.new_exception(class, args))
}

pub fn install(vm: &mut Vm) {
    let (sys, d) = register(vm, "sys");
    vm.sys = sys;
    let argv: Vec<String> = vm.os.argv();
    let argv: Vec<Value> = argv.into_iter().map(|a| vm.new_str(a)).collect();
    let argv = vm.new_list(argv);
    vm.dict_set_name(d, "argv", argv);
    vm.stdout = crate::file::new_stream(vm, "<stdout>", Some(os_layer::OutStream::Stdout), false);
    vm.stderr = crate::file::new_stream(vm, "<stderr>", Some(os_layer::OutStream::Stderr), false);
    vm.stdin = crate::file::new_stream(vm, "<stdin>", None, true);
    let (o, e, i) = (vm.stdout, vm.stderr, vm.stdin);
    for (n, v) in
        [("stdout", o), ("stderr", e), ("stdin", i), ("__stdout__", o), ("__stderr__", e), ("__stdin__", i)]
    {
        vm.dict_set_name(d, n, v);
    }
    vm.dict_set_name(d, "maxsize", Value::Int(i64::MAX));
    let version = vm.new_str("3.11.7 (Strata)");
    vm.dict_set_name(d, "version", version);
    let vi: Vec<Value> = vec![Value::Int(3), Value::Int(11), Value::Int(7)];
    let rel = vm.new_str("final");
    let vi = vm.new_tuple(vi.into_iter().chain([rel, Value::Int(0)]).collect());
    vm.dict_set_name(d, "version_info", vi);
    let platform = vm.new_str("linux");
    vm.dict_set_name(d, "platform", platform);
    let empty = vm.new_str("");
    let path = vm.new_list(vec![empty]);
    vm.dict_set_name(d, "path", path);
    let modules = Value::Obj(vm.modules);
    vm.dict_set_name(d, "modules", modules);
    let bo = vm.new_str("little");
    vm.dict_set_name(d, "byteorder", bo);
    add_fn(vm, d, "exit", exit);
    add_fn(vm, d, "getrecursionlimit", |vm, _| Ok(Value::Int(vm.recursion_limit as i64)));
    add_fn(vm, d, "setrecursionlimit", |vm, a| match a.get(0) {
        Some(Value::Int(n)) if n >= 1 => {
            if (n as usize) <= vm.frames.len() {
                let msg = format!(
                    "cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low",
                    vm.frames.len()
                );
                return Err(vm.err("RecursionError", msg));
            }
            vm.recursion_limit = n.min(10_000_000) as usize;
            Ok(Value::None)
        }
        Some(Value::Int(_)) => Err(vm.value_error("recursion limit must be greater or equal than 1")),
        _ => Err(vm.type_error("an integer is required")),
    });
    add_fn(vm, d, "exc_info", |vm, _| {
        let h = vm.handled;
        if h.is_none() {
            return Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None]));
        }
        let t = Value::Obj(vm.type_of(h));
        Ok(vm.new_tuple(vec![t, h, Value::None]))
    });
    add_fn(vm, d, "getsizeof", |_, _| Ok(Value::Int(64)));
    add_fn(vm, d, "intern", |_, a| Ok(a.get(0).unwrap_or(Value::None)));

    let (_, gc) = register(vm, "gc");
    add_fn(vm, gc, "collect", |vm, _| Ok(Value::Int(vm.collect_garbage() as i64)));
    add_fn(vm, gc, "disable", |vm, _| {
        vm.heap.enabled = false;
        Ok(Value::None)
    });
    add_fn(vm, gc, "enable", |vm, _| {
        vm.heap.enabled = true;
        Ok(Value::None)
    });
    add_fn(vm, gc, "isenabled", |vm, _| Ok(Value::Bool(vm.heap.enabled)));
    add_fn(vm, gc, "get_count", |vm, _| {
        let c = vm.heap.allocations as i64;
        Ok(vm.new_tuple(vec![Value::Int(c), Value::Int(0), Value::Int(0)]))
    });

    let (_, time) = register(vm, "time");
    add_fn(vm, time, "time", |vm, _| Ok(Value::Float(vm.os.time_ns() as f64 / 1e9)));
    add_fn(vm, time, "time_ns", |vm, _| Ok(Value::Int(vm.os.time_ns())));
    add_fn(vm, time, "perf_counter", |vm, _| Ok(Value::Float(vm.os.perf_counter_ns() as f64 / 1e9)));
    add_fn(vm, time, "perf_counter_ns", |vm, _| Ok(Value::Int(vm.os.perf_counter_ns() as i64)));
    add_fn(vm, time, "monotonic", |vm, _| Ok(Value::Float(vm.os.monotonic_ns() as f64 / 1e9)));
    add_fn(vm, time, "sleep", |vm, a: &Args| {
        let secs = match a.get(0) {
            Some(v) => vm.to_f64(v)?.unwrap_or(0.0),
            None => 0.0,
        };
        if secs < 0.0 {
            return Err(vm.value_error("sleep length must be non-negative"));
        }
        vm.os.sleep(std::time::Duration::from_secs_f64(secs)).map_err(|e| vm.os_error(&e))?;
        Ok(Value::None)
    });

    let (_, math) = register(vm, "math");
    vm.dict_set_name(math, "pi", Value::Float(std::f64::consts::PI));
    vm.dict_set_name(math, "e", Value::Float(std::f64::consts::E));
    vm.dict_set_name(math, "tau", Value::Float(std::f64::consts::TAU));
    vm.dict_set_name(math, "inf", Value::Float(f64::INFINITY));
    vm.dict_set_name(math, "nan", Value::Float(f64::NAN));
    add_fn(vm, math, "sqrt", |vm, a| {
        let x = float_arg(vm, a)?;
        if x < 0.0 {
            return Err(vm.value_error("math domain error"));
        }
        Ok(Value::Float(x.sqrt()))
    });
    add_fn(vm, math, "floor", |vm, a| int_round(vm, a, f64::floor));
    add_fn(vm, math, "ceil", |vm, a| int_round(vm, a, f64::ceil));
    add_fn(vm, math, "trunc", |vm, a| int_round(vm, a, f64::trunc));
    add_fn(vm, math, "sin", |vm, a| float_arg(vm, a).map(|x| Value::Float(x.sin())));
    add_fn(vm, math, "cos", |vm, a| float_arg(vm, a).map(|x| Value::Float(x.cos())));
    add_fn(vm, math, "tan", |vm, a| float_arg(vm, a).map(|x| Value::Float(x.tan())));
    add_fn(vm, math, "atan", |vm, a| float_arg(vm, a).map(|x| Value::Float(x.atan())));
    add_fn(vm, math, "exp", |vm, a| float_arg(vm, a).map(|x| Value::Float(x.exp())));
    add_fn(vm, math, "fabs", |vm, a| float_arg(vm, a).map(|x| Value::Float(x.abs())));
    add_fn(vm, math, "isnan", |vm, a| float_arg(vm, a).map(|x| Value::Bool(x.is_nan())));
    add_fn(vm, math, "isinf", |vm, a| float_arg(vm, a).map(|x| Value::Bool(x.is_infinite())));
    add_fn(vm, math, "log", |vm, a| {
        let x = float_arg(vm, a)?;
        if x <= 0.0 {
            return Err(vm.value_error("math domain error"));
        }
        match a.get(1) {
            Some(b) => {
                let b = vm.to_f64(b)?.unwrap_or(0.0);
                Ok(Value::Float(x.ln() / b.ln()))
            }
            None => Ok(Value::Float(x.ln())),
        }
    });
    add_fn(vm, math, "isfinite", |vm, a| float_arg(vm, a).map(|x| Value::Bool(x.is_finite())));
    add_fn(vm, math, "log2", |vm, a| {
        let x = float_arg(vm, a)?;
        if x <= 0.0 {
            return Err(vm.value_error("math domain error"));
        }
        Ok(Value::Float(x.log2()))
    });
    add_fn(vm, math, "log10", |vm, a| {
        let x = float_arg(vm, a)?;
        if x <= 0.0 {
            return Err(vm.value_error("math domain error"));
        }
        Ok(Value::Float(x.log10()))
    });
    add_fn(vm, math, "hypot", |vm, a| {
        let mut total = 0.0f64;
        for &v in &a.pos {
            let Some(x) = vm.to_f64(v)? else {
                return Err(vm.type_error("must be real number"));
            };
            total = total.hypot(x);
        }
        Ok(Value::Float(total))
    });
    // CPython's math_isclose_impl: symmetric relative tolerance, or absolute.
    add_fn(vm, math, "isclose", |vm, a| {
        let x = float_arg(vm, a)?;
        let y = match vm.to_f64(a.get(1).unwrap_or(Value::None))? {
            Some(y) => y,
            None => return Err(vm.type_error("must be real number")),
        };
        let tolerance = |vm: &mut Vm, name: &str, default: f64| -> PResult<f64> {
            match a.kwarg(vm, name) {
                Some(v) => Ok(vm.to_f64(v)?.unwrap_or(default)),
                None => Ok(default),
            }
        };
        let rel_tol = tolerance(vm, "rel_tol", 1e-9)?;
        let abs_tol = tolerance(vm, "abs_tol", 0.0)?;
        if rel_tol < 0.0 || abs_tol < 0.0 {
            return Err(vm.value_error("tolerances must be non-negative"));
        }
        if x == y {
            return Ok(Value::Bool(true));
        }
        if x.is_infinite() || y.is_infinite() {
            return Ok(Value::Bool(false));
        }
        let diff = (y - x).abs();
        Ok(Value::Bool(diff <= (rel_tol * y).abs() || diff <= (rel_tol * x).abs() || diff <= abs_tol))
    });
    add_fn(vm, math, "factorial", |vm, a| {
        let v = a.get(0).unwrap_or(Value::None);
        if let Value::Float(_) = v {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
        }
        let n = crate::builtins::int_of(vm, v)?;
        if n.sign() == num_bigint::Sign::Minus {
            return Err(vm.value_error("factorial() not defined for negative values"));
        }
        let n = u64::try_from(&n).map_err(|_| {
            vm.err("OverflowError", "factorial() argument should not exceed 9223372036854775807")
        })?;
        let mut product = num_bigint::BigInt::from(1);
        for k in 2..=n {
            product *= k;
        }
        Ok(vm.new_int(product))
    });
    add_fn(vm, math, "gcd", |vm, a| {
        use num_integer::Integer;
        let mut g = num_bigint::BigInt::from(0);
        for v in &a.pos {
            let n = crate::builtins::int_of(vm, *v)?;
            g = g.gcd(&n);
        }
        Ok(vm.new_int(g))
    });
}

fn float_arg(vm: &mut Vm, a: &Args) -> PResult<f64> {
    let v = a.get(0).unwrap_or(Value::None);
    match vm.to_f64(v)? {
        Some(f) => Ok(f),
        None => {
            let msg = format!("must be real number, not {}", vm.type_name(v));
            Err(vm.type_error(msg))
        }
    }
}

fn int_round(vm: &mut Vm, a: &Args, f: fn(f64) -> f64) -> PResult<Value> {
    let v = a.get(0).unwrap_or(Value::None);
    if vm.to_bigint(v).is_some() && !matches!(v, Value::Float(_)) {
        return Ok(match v {
            Value::Bool(b) => Value::Int(i64::from(b)),
            v => v,
        });
    }
    let x = float_arg(vm, a)?;
    if !x.is_finite() {
        return Err(vm.err("OverflowError", "cannot convert float infinity to integer"));
    }
    let r = f(x);
    if r.abs() < 9.2e18 {
        return Ok(Value::Int(r as i64));
    }
    let b: num_bigint::BigInt = num_traits::FromPrimitive::from_f64(r).unwrap_or_default();
    Ok(vm.new_int(b))
}

impl Vm {
    /// An attribute of `sys` (`stdout`, `stderr`, ...), as the program left it.
    pub fn sys_attr(&mut self, name: &str) -> Value {
        let d = match self.heap.get(self.sys) {
            Object::Module(m) => m.dict,
            _ => return Value::None,
        };
        self.dict_get_name(d, name).unwrap_or(Value::None)
    }
}
