//! The instructions of `match` statements that look into the subject:
//! `MatchSequence`, `MatchMapping`, `GetLen`, `MatchKeys`,
//! `CopyDictWithoutKeys` and `MatchClass` (their contracts are documented in
//! `compiler_layer::instruction`). The dispatch loop calls [`Vm::pattern_op`]
//! with the instruction; each works on the value stack.

use compiler_layer::instruction::Instruction as I;

use crate::object::Object;
use crate::types::TypeKind;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

/// Builtin classes whose one positional sub-pattern matches the subject itself.
const SELF_MATCHING: &[TypeKind] = &[
    TypeKind::Bool,
    TypeKind::ByteArray,
    TypeKind::Bytes,
    TypeKind::Dict,
    TypeKind::Float,
    TypeKind::FrozenSet,
    TypeKind::Int,
    TypeKind::List,
    TypeKind::Set,
    TypeKind::Str,
    TypeKind::Tuple,
];

impl Vm {
    fn stack_top(&self, depth: usize) -> Value {
        let n = self.stack.len();
        if depth == 0 || depth > n {
            Value::None
        } else {
            self.stack[n - depth]
        }
    }

    /// Executes one pattern-matching instruction (any other is a no-op).
    pub(crate) fn pattern_op(&mut self, ins: &I) -> PResult<()> {
        match ins {
            I::MatchSequence => {
                let subject = self.stack_top(1);
                let yes = matches!(subject, Value::Obj(r)
                    if matches!(self.heap.get(r), Object::List(_) | Object::Tuple(_) | Object::Range { .. } | Object::Deque(_)));
                self.stack.push(Value::Bool(yes));
            }
            I::MatchMapping => {
                let subject = self.stack_top(1);
                let yes = matches!(subject, Value::Obj(r) if matches!(self.heap.get(r), Object::Dict(_)));
                self.stack.push(Value::Bool(yes));
            }
            I::GetLen => {
                let obj = self.stack_top(1);
                match self.len_of(obj) {
                    Some(n) => self.stack.push(Value::Int(n as i64)),
                    None => {
                        let msg = format!("object of type '{}' has no len()", self.type_name(obj));
                        return Err(self.type_error(msg));
                    }
                }
            }
            I::MatchKeys => {
                let (subject, keys) = (self.stack_top(2), self.stack_top(1));
                let r = self.match_keys(subject, keys)?;
                self.stack.push(r);
            }
            I::CopyDictWithoutKeys => {
                let (subject, keys) = (self.stack_top(2), self.stack_top(1));
                let rest = self.new_dict();
                self.roots.push(Value::Obj(rest));
                let r = self.copy_without(subject, keys, rest);
                self.roots.pop();
                r?;
                self.stack.pop();
                self.stack.push(Value::Obj(rest));
            }
            I::MatchClass { positional } => {
                let names = self.stack.pop().unwrap_or(Value::None);
                let cls = self.stack.pop().unwrap_or(Value::None);
                let subject = self.stack.pop().unwrap_or(Value::None);
                let r = self.match_class(subject, cls, *positional as usize, names)?;
                self.stack.push(r);
            }
            _ => {}
        }
        Ok(())
    }

    /// The values of `keys` in `subject` as a tuple, or `None` if one is missing.
    fn match_keys(&mut self, subject: Value, keys: Value) -> PResult<Value> {
        let keys = self.seq_items(keys).unwrap_or_default();
        let Value::Obj(d) = subject else { return Ok(Value::None) };
        let mut values = Vec::with_capacity(keys.len());
        for (i, k) in keys.iter().enumerate() {
            if keys[..i].iter().any(|seen| self.eq(*seen, *k)) {
                let r = self.repr_text(*k)?;
                return Err(self.value_error(format!("mapping pattern checks duplicate key ({r})")));
            }
            match self.dict_get(d, *k)? {
                Some(v) => values.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_tuple(values))
    }

    fn copy_without(&mut self, subject: Value, keys: Value, rest: ObjRef) -> PResult<()> {
        self.dict_update(rest, subject, crate::ops::DictSource::MappingOrPairs)?;
        for k in self.seq_items(keys).unwrap_or_default() {
            if self.dict_remove(rest, k)?.is_none() {
                let class = self.types.exc("KeyError");
                return Err(self.new_exception(class, vec![k]));
            }
        }
        Ok(())
    }

    fn match_class(&mut self, subject: Value, cls: Value, n: usize, names: Value) -> PResult<Value> {
        let cls = match cls {
            Value::Obj(r) if matches!(self.heap.get(r), Object::Type(_)) => r,
            _ => return Err(self.type_error("called match pattern must be a type")),
        };
        if !self.isinstance(subject, cls) {
            return Ok(Value::None);
        }
        let class_name = self.type_obj_name(cls);
        let mut attrs: Vec<Value> = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        if n > 0 {
            let key = self.intern("__match_args__");
            match self.lookup_type(cls, key) {
                Some(match_args) => {
                    let items = match match_args {
                        Value::Obj(r) => match self.heap.get(r) {
                            Object::Tuple(t) => Some(t.to_vec()),
                            _ => None,
                        },
                        _ => None,
                    };
                    let Some(items) = items else {
                        let msg =
                            format!("__match_args__ must be a tuple (got {})", self.type_name(match_args));
                        return Err(self.type_error(msg));
                    };
                    if n > items.len() {
                        return Err(self.too_many_sub_patterns(&class_name, items.len(), n));
                    }
                    for name in &items[..n] {
                        let Some(text) = self.str_of(*name).map(str::to_string) else {
                            let msg = format!(
                                "__match_args__ elements must be strings (got {})",
                                self.type_name(*name)
                            );
                            return Err(self.type_error(msg));
                        };
                        seen.push(text);
                        attrs.push(*name);
                    }
                }
                None => {
                    let self_matching =
                        SELF_MATCHING.iter().any(|k| self.is_subtype(cls, self.types.get(*k)));
                    let allowed = usize::from(self_matching);
                    if n > allowed {
                        return Err(self.too_many_sub_patterns(&class_name, allowed, n));
                    }
                }
            }
        }
        let keyword = self.seq_items(names).unwrap_or_default();
        for name in &keyword {
            let text = self.str_of(*name).unwrap_or("").to_string();
            if seen.contains(&text) {
                let msg = format!("{class_name}() got multiple sub-patterns for attribute '{text}'");
                return Err(self.type_error(msg));
            }
            seen.push(text);
            attrs.push(*name);
        }
        // The self-matching class's one sub-pattern is the subject; the rest are attributes.
        let mut values = Vec::with_capacity(n + keyword.len());
        let self_slot = n > 0 && attrs.len() < n + keyword.len();
        if self_slot {
            values.push(subject);
        }
        let mark = self.roots.len();
        self.roots.push(subject);
        let mut failed = false;
        for name in attrs {
            match self.getattr(subject, name) {
                Ok(v) => {
                    self.roots.push(v);
                    values.push(v);
                }
                Err(e) if self.is_exc_instance(Value::Obj(e.0), "AttributeError") => {
                    failed = true;
                    break;
                }
                Err(e) => {
                    self.roots.truncate(mark);
                    return Err(e);
                }
            }
        }
        self.roots.truncate(mark);
        if failed {
            return Ok(Value::None);
        }
        Ok(self.new_tuple(values))
    }

    fn too_many_sub_patterns(&mut self, class: &str, allowed: usize, given: usize) -> crate::vm::Exc {
        let plural = if allowed == 1 { "" } else { "s" };
        let msg = format!("{class}() accepts {allowed} positional sub-pattern{plural} ({given} given)");
        self.type_error(msg)
    }
}
