//! "Did you mean" hints under an uncaught `NameError` or `AttributeError`, as
//! CPython 3.11's `Python/suggestions.c` computes them: the closest name by a
//! Levenshtein distance in which a case flip costs half a move, among the
//! object's `dir()` (an `AttributeError` whose `name` and `obj` the runtime
//! set) or the failing frame's variable names, globals, then builtins.
//!
//! CPython computes them when it prints the exception. A `NameError`'s
//! candidates come from the frame it was raised in, which is gone by then
//! here, so its hint is chosen when it is raised (`name_hint`) and kept on
//! the exception; an `AttributeError`'s is chosen when printed.

use crate::call::Args;
use crate::object::Object;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// CPython gives up on a `dir()` this long, and on names longer than this.
const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// The cost of turning byte `a` into byte `b`: nothing, a case flip, or a move.
fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        MOVE_COST
    } else if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// `levenshtein_distance` of suggestions.c over UTF-8 bytes: anything above
/// `max_cost` comes back as `max_cost + 1`.
fn distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let common_prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[common_prefix..], &b[common_prefix..]);
    let common_suffix = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[..a.len() - common_suffix], &b[..b.len() - common_suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    // The shorter string is the row.
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut diagonal = b_index * MOVE_COST;
        result = diagonal;
        let mut minimum = usize::MAX;
        for (index, &ch) in a.iter().enumerate() {
            let substitute = diagonal + substitution_cost(code, ch);
            diagonal = row[index];
            result = (result.min(diagonal) + MOVE_COST).min(substitute);
            row[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// `calculate_suggestions`: the first of the closest candidates, if one is
/// close enough (no more than a third of the characters involved changed).
fn closest<'a>(name: &str, candidates: impl ExactSizeIterator<Item = &'a str>) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d - 1);
        }
        let d = distance(name.as_bytes(), item.as_bytes(), max_distance);
        if d <= max_distance && best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(item, _)| item.to_string())
}

impl Vm {
    /// The hint for a `NameError` for `name` raised in the innermost frame:
    /// its code's variable names, then its globals' keys, then the builtins'.
    pub(crate) fn name_hint(&self, name: &str) -> Option<String> {
        let frame = self.frames.last()?;
        let varnames = &frame.code.code.varnames;
        if let Some(found) = closest(name, varnames.iter().map(String::as_str)) {
            return Some(found);
        }
        for d in [frame.globals, self.builtins] {
            let keys: Option<Vec<&str>> =
                self.dict_items(d).into_iter().map(|(k, _)| self.str_of(k)).collect();
            // A key that is not a str ends the search, as in CPython.
            if let Some(found) = closest(name, keys?.into_iter()) {
                return Some(found);
            }
        }
        None
    }

    /// The name to suggest under uncaught exception `e`, if any: kept from
    /// when a `NameError` was raised, or for an `AttributeError` (exactly)
    /// carrying `name` and `obj`, the closest of `dir(obj)`.
    pub(crate) fn suggestion(&mut self, e: ObjRef) -> Option<String> {
        let x = self.exc_obj(e)?;
        if let Some(hint) = &x.hint {
            return Some(hint.to_string());
        }
        let (class, d, context) = (x.class, x.dict, x.attr_context);
        if class != self.types.exc("AttributeError") {
            return None;
        }
        // Given as keywords (in the dict), or set by the failed lookup.
        let given = d.and_then(|d| Some((self.dict_get_name(d, "name")?, self.dict_get_name(d, "obj")?)));
        let (name, obj) = given.or(context)?;
        let name = self.str_of(name)?.to_string();
        let listed = crate::datamodel::dir(self, &Args::new(vec![obj])).ok()?;
        let Value::Obj(list) = listed else { return None };
        let Object::List(items) = self.heap.get(list) else { return None };
        let names: Option<Vec<&str>> = items.iter().map(|v| self.str_of(*v)).collect();
        closest(&name, names?.into_iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_match_cpython() {
        assert_eq!(distance(b"numbr", b"number", 100), 2);
        assert_eq!(distance(b"Len", b"len", 100), 1);
        assert_eq!(distance(b"nmae", b"name", 100), 4);
        assert_eq!(distance(b"abc", b"abc", 100), 0);
    }

    #[test]
    fn closest_takes_the_first_of_equals() {
        assert_eq!(closest("lenn", ["len", "min"].into_iter()), Some("len".into()));
        assert_eq!(closest("x", ["y", "z"].into_iter()), None);
        assert_eq!(closest("sqr", ["sqrt", "sqrs"].into_iter()), Some("sqrt".into()));
    }
}
