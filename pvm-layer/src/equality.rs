//! `==` between containers as CPython compares them, item by item: lists
//! and tuples in order, dicts key by key and then value by value, sets and
//! the set-like dict views (`keys()`, `items()`) by membership — running a
//! user class's `__eq__` wherever one is met, at any depth. Numbers, strings
//! and the other builtin values compare by `ops::equal_in`.

use compiler_layer::instruction::ComparisonOperator as C;

use crate::datamodel::has_user_class;
use crate::object::Object;
use crate::value::Value;
use crate::vm::{PResult, Vm};

/// How deeply nested containers may be compared (CPython's recursion limit
/// stops the same comparison).
const MAX_DEPTH: usize = 1000;

impl Vm {
    /// `a == b`, running `__eq__` of user classes (also inside containers).
    pub fn eq_values(&mut self, a: Value, b: Value) -> PResult<bool> {
        self.eq_nested(a, b, 0)
    }

    pub(crate) fn eq_nested(&mut self, a: Value, b: Value, depth: usize) -> PResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        if has_user_class(self, a) || has_user_class(self, b) {
            let r = self.compare_instances(a, b, C::Equal)?;
            return self.truthy(r);
        }
        let (Value::Obj(x), Value::Obj(y)) = (a, b) else { return Ok(self.eq(a, b)) };
        let container = matches!(
            (self.heap.get(x), self.heap.get(y)),
            (Object::List(_), Object::List(_))
                | (Object::Tuple(_), Object::Tuple(_))
                | (Object::Dict(_), Object::Dict(_))
                | (Object::Deque(_), Object::Deque(_))
        );
        if !container {
            return match self.set_like_compare(a, b, C::Equal)? {
                Some(r) => Ok(r),
                None => Ok(self.eq(a, b)),
            };
        }
        if depth > MAX_DEPTH {
            return Err(self.err("RecursionError", "maximum recursion depth exceeded in comparison"));
        }
        // The containers keep their items alive while `__eq__` runs.
        let mark = self.roots.len();
        self.roots.extend([a, b]);
        let r = self.eq_items(a, b, depth);
        self.roots.truncate(mark);
        r
    }

    /// Two lists, two tuples, two dicts or two deques, item by item.
    fn eq_items(&mut self, a: Value, b: Value, depth: usize) -> PResult<bool> {
        if let Some(equal) = crate::deque::compare(self, a, b, C::Equal, depth)? {
            return Ok(equal);
        }
        let (Value::Obj(x), Value::Obj(y)) = (a, b) else { return Ok(false) };
        if matches!(self.heap.get(x), Object::List(_) | Object::Tuple(_)) {
            if self.seq_len(x) != self.seq_len(y) {
                return Ok(false);
            }
            let mark = self.roots.len();
            let mut i = 0;
            while let Some((v, w)) = self.items_at(x, y, i) {
                self.roots.extend([v, w]);
                let equal = self.eq_nested(v, w, depth + 1);
                self.roots.truncate(mark);
                if !equal? {
                    return Ok(false);
                }
                i += 1;
            }
            // An `__eq__` may have shrunk a list: the sizes now decide, as in CPython.
            return Ok(self.seq_len(x) == self.seq_len(y));
        }
        if self.dict_len(x) != self.dict_len(y) {
            return Ok(false);
        }
        for (k, v) in self.dict_items(x) {
            match self.dict_get(y, k)? {
                Some(w) if self.eq_nested(v, w, depth + 1)? => {}
                _ => return Ok(false),
            }
        }
        Ok(true)
    }

    /// `a op b` when both are sets, frozensets or set-like dict views
    /// (inclusion, as `set_richcompare` and `dictview_richcompare`); `None`
    /// when either is not set-like.
    pub(crate) fn set_like_compare(&mut self, a: Value, b: Value, op: C) -> PResult<Option<bool>> {
        let (Some(m), Some(n)) = (self.set_like_len(a), self.set_like_len(b)) else { return Ok(None) };
        Ok(Some(match op {
            C::Equal => m == n && self.all_contained(a, b)?,
            C::NotEqual => !(m == n && self.all_contained(a, b)?),
            C::Less => m < n && self.all_contained(a, b)?,
            C::LessEqual => m <= n && self.all_contained(a, b)?,
            C::Greater => m > n && self.all_contained(b, a)?,
            C::GreaterEqual => m >= n && self.all_contained(b, a)?,
        }))
    }

    fn set_like_len(&self, v: Value) -> Option<usize> {
        let Value::Obj(r) = v else { return None };
        match self.heap.get(r) {
            Object::Set(t) | Object::FrozenSet(t) => Some(t.len()),
            Object::DictView(d, 0 | 2) => Some(self.dict_len(*d)),
            _ => None,
        }
    }

    /// Whether every item of `a` is in `b`.
    fn all_contained(&mut self, a: Value, b: Value) -> PResult<bool> {
        let mark = self.roots.len();
        self.roots.extend([a, b]);
        let r = (|| {
            let items = self.collect_iter(a)?;
            self.roots.extend(items.iter().copied());
            for item in items {
                if !self.contains(b, item)? {
                    return Ok(false);
                }
            }
            Ok(true)
        })();
        self.roots.truncate(mark);
        r
    }
}
