//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654), and what `except*`
//! needs of them: `CheckEgMatch` splits a group by type, `PrepReraiseStar`
//! combines what the handlers raised with what none of them handled, as
//! CPython's `exceptions.c` (`_PyExc_PrepReraiseStar`) does.
//!
//! A group is an exception object whose `args` are `(message, exceptions)`
//! as given; its dict holds `message` and `exceptions` (a tuple).

use crate::call::Args;
use crate::object::{NativeFn, Object, TypeObject};
use crate::types::TypeKind;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

pub fn install(vm: &mut Vm) {
    let base_exception = vm.types.exc("BaseException");
    let exception = vm.types.exc("Exception");
    let object = vm.types.get(TypeKind::Object);
    let base_group = make_class(vm, "BaseExceptionGroup", vec![base_exception], &[base_exception, object]);
    let group = make_class(
        vm,
        "ExceptionGroup",
        vec![base_group, exception],
        &[base_group, exception, base_exception, object],
    );
    let methods: &[(&'static str, NativeFn)] = &[
        ("split", |vm, a| {
            let (this, condition) = two(vm, a, "split")?;
            let (matched, rest) = vm.split_group(this, &Condition::Of(condition))?;
            Ok(vm.new_tuple(vec![matched, rest]))
        }),
        ("subgroup", |vm, a| {
            let (this, condition) = two(vm, a, "subgroup")?;
            Ok(vm.split_group(this, &Condition::Of(condition))?.0)
        }),
        ("derive", |vm, a| {
            let (this, excs) = two(vm, a, "derive")?;
            let message = vm.group_parts(this).map_or(Value::None, |(m, _)| m);
            let class = vm.types.exc("BaseExceptionGroup");
            vm.new_group(class, vec![message, excs])
        }),
    ];
    for (name, func) in methods {
        vm.add_method(base_group, "BaseExceptionGroup", name, *func);
    }
    let builtins = vm.builtins;
    vm.dict_set_name(builtins, "BaseExceptionGroup", Value::Obj(base_group));
    vm.dict_set_name(builtins, "ExceptionGroup", Value::Obj(group));
    vm.types.exceptions.insert("BaseExceptionGroup", base_group);
    vm.types.exceptions.insert("ExceptionGroup", group);
}

fn make_class(vm: &mut Vm, name: &str, bases: Vec<ObjRef>, mro_tail: &[ObjRef]) -> ObjRef {
    let dict = vm.new_dict();
    let mut class = TypeObject::builtin(name, dict, TypeKind::Exception);
    class.bases = bases;
    let t = vm.heap.alloc(Object::Type(Box::new(class)));
    if let Some(Object::Type(ty)) = vm.heap.get_mut(t) {
        ty.mro = std::iter::once(t).chain(mro_tail.iter().copied()).collect();
    }
    t
}

fn two(vm: &mut Vm, a: &Args, name: &str) -> PResult<(Value, Value)> {
    match a.pos[..] {
        [x, y] => Ok((x, y)),
        _ => Err(vm.type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            a.pos.len().saturating_sub(1)
        ))),
    }
}

/// Which leaves a split keeps.
enum Condition {
    /// `except* T`, `split(T)`, `split(predicate)`.
    Of(Value),
    /// The leaves that are these very exceptions (`PrepReraiseStar`).
    Leaves(Vec<ObjRef>),
}

impl Vm {
    /// Whether `v` is an exception group.
    pub fn is_group(&self, v: Value) -> bool {
        let base = self.types.exc("BaseExceptionGroup");
        self.isinstance(v, base)
    }

    /// `(message, exceptions)` of a group.
    pub fn group_parts(&self, v: Value) -> Option<(Value, Vec<Value>)> {
        let Value::Obj(r) = v else { return None };
        let dict = self.exc_obj(r)?.dict?;
        let message = self.dict_get_hashed_name(dict, "message")?;
        let excs = self.dict_get_hashed_name(dict, "exceptions")?;
        Some((message, self.seq_items(excs)?))
    }

    fn dict_get_hashed_name(&self, d: ObjRef, name: &str) -> Option<Value> {
        let key = self.interned_ref(name)?;
        self.dict_get_str(d, key)
    }

    /// `BaseExceptionGroup(message, exceptions)` and its subclasses, with
    /// CPython's checks; `BaseExceptionGroup` of `Exception`s only is an
    /// `ExceptionGroup`.
    pub fn new_group(&mut self, class: ObjRef, args: Vec<Value>) -> PResult<Value> {
        let name = self.type_obj_name(class);
        let [message, excs] = args[..] else {
            let msg =
                format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", args.len());
            return Err(self.type_error(msg));
        };
        if self.str_of(message).is_none() {
            let msg = format!("argument 1 must be str, not {}", self.type_name(message));
            return Err(self.type_error(msg));
        }
        let items = match self.seq_items(excs) {
            Some(items) => items,
            None => return Err(self.type_error("second argument (exceptions) must be a sequence")),
        };
        if items.is_empty() {
            return Err(self.value_error("second argument (exceptions) must be a non-empty sequence"));
        }
        let base_exception = self.types.exc("BaseException");
        let exception = self.types.exc("Exception");
        for (i, item) in items.iter().enumerate() {
            if !self.isinstance(*item, base_exception) {
                let msg = format!("Item {i} of second argument (exceptions) is not an exception");
                return Err(self.value_error(msg));
            }
        }
        let all_exceptions = items.iter().all(|e| self.isinstance(*e, exception));
        let base_group = self.types.exc("BaseExceptionGroup");
        let group = self.types.exc("ExceptionGroup");
        let class = if class == base_group && all_exceptions { group } else { class };
        if self.is_subtype(class, exception) && !all_exceptions {
            let msg = if class == group {
                "Cannot nest BaseExceptions in an ExceptionGroup".to_string()
            } else {
                format!("Cannot nest BaseExceptions in '{name}'")
            };
            return Err(self.type_error(msg));
        }
        let e = self.new_exception(class, vec![message, excs]);
        let tuple = self.new_tuple(items);
        let dict = self.new_dict();
        self.dict_set_name(dict, "message", message);
        self.dict_set_name(dict, "exceptions", tuple);
        if let Some(x) = self.exc_obj_mut(e.0) {
            x.dict = Some(dict);
        }
        Ok(Value::Obj(e.0))
    }

    /// `str(group)`: `message (N sub-exceptions)`.
    pub fn group_str(&self, v: Value) -> Option<String> {
        let (message, excs) = self.group_parts(v)?;
        let n = excs.len();
        Some(format!(
            "{} ({n} sub-exception{})",
            self.str_of(message).unwrap_or(""),
            if n == 1 { "" } else { "s" }
        ))
    }

    fn leaf_matches(&mut self, leaf: Value, condition: &Condition) -> PResult<bool> {
        match condition {
            Condition::Leaves(ids) => Ok(leaf.as_obj().is_some_and(|r| ids.contains(&r))),
            Condition::Of(c) => {
                let is_type = |vm: &Vm, v: Value| matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Object::Type(_)));
                if is_type(self, *c)
                    || matches!(c, Value::Obj(r) if matches!(self.heap.get(*r), Object::Tuple(_)))
                {
                    self.exception_matches(leaf, *c)
                } else {
                    let r = self.call(*c, &[leaf])?;
                    self.truthy(r)
                }
            }
        }
    }

    /// `group.split(condition)`: `(match, rest)`, each a group with the
    /// group's metadata or `None`; nested groups are split recursively.
    fn split_group(&mut self, group: Value, condition: &Condition) -> PResult<(Value, Value)> {
        if let Condition::Of(_) = condition {
            if self.leaf_matches(group, condition)? {
                return Ok((group, Value::None));
            }
        }
        let Some((message, excs)) = self.group_parts(group) else {
            return Ok(if self.leaf_matches(group, condition)? {
                (group, Value::None)
            } else {
                (Value::None, group)
            });
        };
        let mut matched = Vec::new();
        let mut rest = Vec::new();
        for e in excs {
            if self.is_group(e) {
                let (m, r) = self.split_group(e, condition)?;
                matched.extend(Some(m).filter(|v| !v.is_none()));
                rest.extend(Some(r).filter(|v| !v.is_none()));
            } else if self.leaf_matches(e, condition)? {
                matched.push(e);
            } else {
                rest.push(e);
            }
        }
        let mark = self.roots.len();
        self.roots.extend(matched.iter().chain(&rest).copied());
        let r = (|| {
            let m = self.derive_with_metadata(group, message, matched)?;
            let r = self.derive_with_metadata(group, message, rest)?;
            Ok((m, r))
        })();
        self.roots.truncate(mark);
        r
    }

    /// A group of `excs` (or `None` when empty) with `group`'s traceback,
    /// cause and context, as `split` makes them.
    fn derive_with_metadata(&mut self, group: Value, message: Value, excs: Vec<Value>) -> PResult<Value> {
        if excs.is_empty() {
            return Ok(Value::None);
        }
        let Value::Obj(g) = group else { return Ok(Value::None) };
        if let Some((_, original)) = self.group_parts(group) {
            if original.len() == excs.len() && original.iter().zip(&excs).all(|(a, b)| a.is(*b)) {
                return Ok(group);
            }
        }
        let list = self.new_list(excs);
        let class = self.types.exc("BaseExceptionGroup");
        let derived = self.new_group(class, vec![message, list])?;
        let meta = self.exc_obj(g).map(|x| (x.traceback.clone(), x.cause, x.context, x.suppress_context));
        if let (Some((tb, cause, context, suppress)), Value::Obj(d)) = (meta, derived) {
            if let Some(x) = self.exc_obj_mut(d) {
                x.traceback = tb;
                x.cause = cause;
                x.context = context;
                x.suppress_context = suppress;
            }
        }
        Ok(derived)
    }

    /// `CheckEgMatch`: `(rest, match)` of `exc` against `except*` type `t`.
    pub(crate) fn check_eg_match(&mut self, exc: Value, t: Value) -> PResult<(Value, Value)> {
        let base_group = self.types.exc("BaseExceptionGroup");
        let forbidden = match t {
            Value::Obj(r) if matches!(self.heap.get(r), Object::Type(_)) => self.is_subtype(r, base_group),
            _ => self.seq_items(t).is_some_and(|items| {
                items.iter().any(|i| matches!(i, Value::Obj(r) if matches!(self.heap.get(*r), Object::Type(_)) && self.is_subtype(*r, base_group)))
            }),
        };
        if forbidden {
            return Err(
                self.type_error("catching ExceptionGroup with except* is not allowed. Use except instead.")
            );
        }
        if !self.is_group(exc) {
            if self.exception_matches(exc, t)? {
                // A naked exception is wrapped in a group with an empty message.
                let empty = self.new_str("");
                let single = self.new_tuple(vec![exc]);
                let class = self.types.exc("BaseExceptionGroup");
                let wrapped = self.new_group(class, vec![empty, single])?;
                if let (Value::Obj(w), Value::Obj(e)) = (wrapped, exc) {
                    let tb = self.exc_obj(e).map(|x| x.traceback.clone()).unwrap_or_default();
                    if let Some(x) = self.exc_obj_mut(w) {
                        x.traceback = tb;
                    }
                }
                return Ok((Value::None, wrapped));
            }
            return Ok((exc, Value::None));
        }
        let (matched, rest) = self.split_group(exc, &Condition::Of(t))?;
        Ok((rest, matched))
    }

    /// `PrepReraiseStar`: the exception to re-raise after the `except*`
    /// handlers, from the original and the list of what each raised (or
    /// re-raised), ending with the unhandled rest.
    pub(crate) fn prep_reraise_star(&mut self, original: Value, raised: Value) -> PResult<Value> {
        let excs: Vec<Value> =
            self.seq_items(raised).unwrap_or_default().into_iter().filter(|v| !v.is_none()).collect();
        if excs.is_empty() {
            return Ok(Value::None);
        }
        if !self.is_group(original) {
            return Ok(excs[0]);
        }
        let mut new_raised = Vec::new();
        let mut leaves = Vec::new();
        for e in excs {
            if self.same_metadata(e, original) {
                self.collect_leaves(e, &mut leaves);
            } else {
                new_raised.push(e);
            }
        }
        let kept = if leaves.is_empty() {
            Value::None
        } else {
            self.split_group(original, &Condition::Leaves(leaves))?.0
        };
        if new_raised.is_empty() {
            return Ok(kept);
        }
        if !kept.is_none() {
            new_raised.push(kept);
        }
        let empty = self.new_str("");
        let list = self.new_list(new_raised);
        let class = self.types.exc("BaseExceptionGroup");
        self.new_group(class, vec![empty, list])
    }

    /// Whether `e` came out of `original` by splitting (same traceback,
    /// cause and context), i.e. it is re-raised rather than new.
    fn same_metadata(&self, e: Value, original: Value) -> bool {
        let (Value::Obj(a), Value::Obj(b)) = (e, original) else { return false };
        if a == b {
            return true;
        }
        match (self.exc_obj(a), self.exc_obj(b)) {
            (Some(x), Some(y)) => {
                x.cause.is(y.cause) && x.context.is(y.context) && x.traceback.same_as(&y.traceback)
            }
            _ => false,
        }
    }

    fn collect_leaves(&self, e: Value, out: &mut Vec<ObjRef>) {
        match self.group_parts(e) {
            Some((_, excs)) => excs.into_iter().for_each(|x| self.collect_leaves(x, out)),
            None => out.extend(e.as_obj()),
        }
    }
}

/// Raising a group made by `BaseExceptionGroup(...)` & co. goes through here.
pub fn construct(vm: &mut Vm, class: ObjRef, args: &Args) -> PResult<Value> {
    vm.new_group(class, args.pos.clone())
}
