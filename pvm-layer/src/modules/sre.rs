//! `_sre`: the matching engine under `re` (`pvm-layer/lib/re.py`). CPython's
//! `re` parses a pattern in Python (`_re_parser`, copied from CPython) and
//! hands compiled code to its C module `_sre`; ours compiles the parse tree
//! in Python to the small instruction set below and runs it here: a
//! backtracking machine with an explicit stack of choice points and undo
//! entries, so a long subject never deepens the Rust stack (only lookarounds
//! and atomic groups nest a run, as deep as the pattern nests them).
//!
//! The code is a flat list of ints; the state a match carries is a vector of
//! ints: group marks (start, end of group 0, 1, ...), then `lastindex`, then
//! two per counted repeat (iterations so far, where the last one started).
//! The opcode numbers are shared with `re.py` (`_OP_*`); keep them in step.

use crate::builtins::add_fn;
use crate::call::Args;
use crate::object::Object;
use crate::semantics::unicode;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

const MATCH: i64 = 1;
const CHAR: i64 = 2; // c
const CHAR_I: i64 = 3; // c (lowercased): the subject's char lowercased equals it
const NOT_CHAR: i64 = 4;
const NOT_CHAR_I: i64 = 5;
const ANY: i64 = 6; // any char but '\n'
const ANY_ALL: i64 = 7;
const SET: i64 = 8; // flags n (kind a b)*n; flags: 1 negated, 2 ignore case
const SPLIT: i64 = 9; // x y: go to x, on failure y
const JMP: i64 = 10;
const SAVE: i64 = 11; // mark
const AT: i64 = 12; // kind
const BACKREF: i64 = 13; // group ignorecase
const LOOK: i64 = 14; // kind width end; body follows, ends in MATCH
const ATOMIC: i64 = 15; // end; body follows, ends in MATCH
const COND: i64 = 16; // group else
const REP_START: i64 = 17; // r
const REP_CHECK: i64 = 18; // r min max greedy exit; body follows (starting with REP_MARK)
const REP_MARK: i64 = 19; // r
const REP_INC: i64 = 20; // r

/// What a top-level run must satisfy to succeed (a lookaround's or atomic
/// group's inner run accepts any end).
#[derive(Clone, Copy)]
struct Top {
    /// `fullmatch`: the end the match must reach.
    full_end: Option<usize>,
    /// After an empty match at `p`, the next match may not be empty at `p`.
    forbid_empty_at: Option<usize>,
}

enum Backtrack {
    Choice { pc: usize, pos: usize },
    Restore { idx: usize, old: i64 },
}

/// Code that is not what `re.py` compiles (only reachable by calling `_sre` directly).
struct BadCode;

/// How deep lookarounds and atomic groups may nest runs.
const MAX_NESTING: usize = 500;

struct Matcher<'a> {
    code: &'a [i64],
    text: &'a [u32],
    /// The subject ends here (`endpos`).
    end: usize,
    /// Bytes patterns: case and classes are ASCII's.
    ascii_case: bool,
    lastindex: usize,
}

impl Matcher<'_> {
    fn op(&self, i: usize) -> Result<i64, BadCode> {
        self.code.get(i).copied().ok_or(BadCode)
    }

    fn target(&self, i: usize) -> Result<usize, BadCode> {
        usize::try_from(self.op(i)?).map_err(|_| BadCode)
    }

    fn lower(&self, c: u32) -> u32 {
        if self.ascii_case || c < 128 {
            return if (b'A' as u32..=b'Z' as u32).contains(&c) { c + 32 } else { c };
        }
        simple_case(c, unicode::push_lower)
    }

    fn upper(&self, c: u32) -> u32 {
        if self.ascii_case || c < 128 {
            return if (b'a' as u32..=b'z' as u32).contains(&c) { c - 32 } else { c };
        }
        simple_case(c, unicode::push_upper)
    }

    fn is_word(&self, pos: usize, ascii: bool) -> bool {
        pos < self.end && category(self.text[pos], 4, ascii)
    }

    fn at(&self, kind: i64, pos: usize) -> bool {
        let nl = |p: usize| self.text[p] == '\n' as u32;
        match kind {
            0 | 2 => pos == 0,
            1 => pos == 0 || nl(pos - 1),
            3 | 4 | 8 | 9 => {
                let ascii = kind >= 8;
                let before = pos > 0 && self.is_word(pos - 1, ascii);
                let boundary = before != self.is_word(pos, ascii);
                boundary == (kind == 3 || kind == 8)
            }
            5 => pos == self.end || (pos + 1 == self.end && nl(pos)),
            6 => pos == self.end || nl(pos),
            _ => pos == self.end,
        }
    }

    fn set_contains(&self, pc: usize, c: u32) -> Result<bool, BadCode> {
        let n = self.target(pc + 2)?;
        for i in 0..n {
            let at = pc + 3 + 3 * i;
            let (kind, a, b) = (self.op(at)?, self.op(at + 1)?, self.op(at + 2)?);
            let hit = match kind {
                0 => c as i64 == a,
                1 => (a..=b).contains(&(c as i64)),
                _ => category(c, a % 6, self.ascii_case || a >= 6),
            };
            if hit {
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn in_set(&self, pc: usize, c: u32) -> Result<bool, BadCode> {
        let flags = self.op(pc + 1)?;
        let mut hit = self.set_contains(pc, c)?;
        if !hit && flags & 2 != 0 {
            hit = self.set_contains(pc, self.lower(c))? || self.set_contains(pc, self.upper(c))?;
        }
        Ok(hit != (flags & 1 != 0))
    }

    /// Whether the text of `start..end` occurs again at `pos`; its length if so.
    fn backref(&self, start: i64, end: i64, pos: usize, icase: bool) -> Option<usize> {
        let (s, e) = (usize::try_from(start).ok()?, usize::try_from(end).ok()?);
        let len = e.checked_sub(s)?;
        if pos + len > self.end {
            return None;
        }
        let same = (0..len).all(|i| {
            let (a, b) = (self.text[s + i], self.text[pos + i]);
            a == b || (icase && self.lower(a) == self.lower(b))
        });
        same.then_some(len)
    }

    /// Runs the code from `pc` at `pos`; on success the end position, with
    /// `st` holding the marks of the match. The run's choice points and undo
    /// entries go on `stack` above what is there (a search's attempts and
    /// nested runs share one allocation), and are gone when it returns.
    fn run(
        &self,
        pc: usize,
        pos: usize,
        st: &mut Vec<i64>,
        stack: &mut Vec<Backtrack>,
        top: Option<Top>,
        depth: usize,
    ) -> Result<Option<usize>, BadCode> {
        let base = stack.len();
        let found = self.run_above(pc, pos, st, stack, base, top, depth);
        stack.truncate(base);
        found
    }

    fn run_above(
        &self,
        pc: usize,
        pos: usize,
        st: &mut Vec<i64>,
        stack: &mut Vec<Backtrack>,
        base: usize,
        top: Option<Top>,
        depth: usize,
    ) -> Result<Option<usize>, BadCode> {
        if depth > MAX_NESTING {
            return Err(BadCode);
        }
        let (mut pc, mut pos) = (pc, pos);
        let set =
            |st: &mut Vec<i64>, stack: &mut Vec<Backtrack>, idx: usize, v: i64| -> Result<(), BadCode> {
                let old = *st.get(idx).ok_or(BadCode)?;
                stack.push(Backtrack::Restore { idx, old });
                st[idx] = v;
                Ok(())
            };
        loop {
            let ok = match self.op(pc)? {
                MATCH => {
                    let accepted = top.map_or(true, |t| {
                        t.full_end.map_or(true, |e| e == pos)
                            && !(t.forbid_empty_at == Some(pos) && st.first() == Some(&(pos as i64)))
                    });
                    if accepted {
                        return Ok(Some(pos));
                    }
                    false
                }
                op @ (CHAR | CHAR_I | NOT_CHAR | NOT_CHAR_I) => {
                    let lit = self.op(pc + 1)?;
                    let hit = pos < self.end && {
                        let c = self.text[pos];
                        let c = if op == CHAR_I || op == NOT_CHAR_I { self.lower(c) } else { c };
                        (c as i64 == lit) == (op == CHAR || op == CHAR_I)
                    };
                    pc += 2;
                    pos += 1;
                    hit
                }
                op @ (ANY | ANY_ALL) => {
                    let hit = pos < self.end && (op == ANY_ALL || self.text[pos] != '\n' as u32);
                    pc += 1;
                    pos += 1;
                    hit
                }
                SET => {
                    let hit = pos < self.end && self.in_set(pc, self.text[pos])?;
                    pc += 3 + 3 * self.target(pc + 2)?;
                    pos += 1;
                    hit
                }
                SPLIT => {
                    stack.push(Backtrack::Choice { pc: self.target(pc + 2)?, pos });
                    pc = self.target(pc + 1)?;
                    true
                }
                JMP => {
                    pc = self.target(pc + 1)?;
                    true
                }
                SAVE => {
                    let mark = self.target(pc + 1)?;
                    set(st, stack, mark, pos as i64)?;
                    if mark % 2 == 1 && mark > 1 {
                        set(st, stack, self.lastindex, (mark / 2) as i64)?;
                    }
                    pc += 2;
                    true
                }
                AT => {
                    let hit = self.at(self.op(pc + 1)?, pos);
                    pc += 2;
                    hit
                }
                BACKREF => {
                    let g = self.target(pc + 1)?;
                    let (s, e) = (*st.get(2 * g).ok_or(BadCode)?, *st.get(2 * g + 1).ok_or(BadCode)?);
                    let len = self.backref(s, e, pos, self.op(pc + 2)? != 0);
                    pc += 3;
                    pos += len.unwrap_or(0);
                    len.is_some()
                }
                LOOK => {
                    let (kind, width, end) = (self.op(pc + 1)?, self.target(pc + 2)?, self.target(pc + 3)?);
                    let behind = kind >= 2;
                    let negative = kind % 2 == 1;
                    let mut inner = st.clone();
                    let found = match behind {
                        false => self.run(pc + 4, pos, &mut inner, stack, None, depth + 1)?.is_some(),
                        true => match pos.checked_sub(width) {
                            Some(start) => {
                                self.run(pc + 4, start, &mut inner, stack, None, depth + 1)? == Some(pos)
                            }
                            None => false,
                        },
                    };
                    if found && !negative {
                        self.adopt(st, stack, inner);
                    }
                    pc = end;
                    found != negative
                }
                ATOMIC => {
                    let mut inner = st.clone();
                    match self.run(pc + 2, pos, &mut inner, stack, None, depth + 1)? {
                        Some(e) => {
                            self.adopt(st, stack, inner);
                            pc = self.target(pc + 1)?;
                            pos = e;
                            true
                        }
                        None => false,
                    }
                }
                COND => {
                    let g = self.target(pc + 1)?;
                    let matched =
                        *st.get(2 * g).ok_or(BadCode)? >= 0 && *st.get(2 * g + 1).ok_or(BadCode)? >= 0;
                    pc = if matched { pc + 3 } else { self.target(pc + 2)? };
                    true
                }
                REP_START => {
                    let r = self.target(pc + 1)?;
                    set(st, stack, r, 0)?;
                    set(st, stack, r + 1, -1)?;
                    pc += 2;
                    true
                }
                REP_CHECK => {
                    let r = self.target(pc + 1)?;
                    let (min, max, greedy, exit) =
                        (self.op(pc + 2)?, self.op(pc + 3)?, self.op(pc + 4)? != 0, self.target(pc + 5)?);
                    let count = *st.get(r).ok_or(BadCode)?;
                    let last = *st.get(r + 1).ok_or(BadCode)?;
                    let body = pc + 6;
                    if count < min {
                        pc = body;
                    } else if (max >= 0 && count >= max) || last == pos as i64 {
                        // At the maximum, or the last iteration matched empty: more would loop forever.
                        pc = exit;
                    } else if greedy {
                        stack.push(Backtrack::Choice { pc: exit, pos });
                        pc = body;
                    } else {
                        stack.push(Backtrack::Choice { pc: body, pos });
                        pc = exit;
                    }
                    true
                }
                REP_MARK => {
                    let r = self.target(pc + 1)?;
                    set(st, stack, r + 1, pos as i64)?;
                    pc += 2;
                    true
                }
                REP_INC => {
                    let r = self.target(pc + 1)?;
                    let count = *st.get(r).ok_or(BadCode)?;
                    set(st, stack, r, count + 1)?;
                    pc += 2;
                    true
                }
                _ => return Err(BadCode),
            };
            if !ok {
                loop {
                    if stack.len() == base {
                        return Ok(None);
                    }
                    match stack.pop() {
                        None => return Ok(None),
                        Some(Backtrack::Restore { idx, old }) => st[idx] = old,
                        Some(Backtrack::Choice { pc: p, pos: q }) => {
                            pc = p;
                            pos = q;
                            break;
                        }
                    }
                }
            }
        }
    }

    /// Takes the marks an inner run set, undoably.
    fn adopt(&self, st: &mut [i64], stack: &mut Vec<Backtrack>, inner: Vec<i64>) {
        for (idx, v) in inner.into_iter().enumerate() {
            if st[idx] != v {
                stack.push(Backtrack::Restore { idx, old: st[idx] });
                st[idx] = v;
            }
        }
    }
}

/// `c`'s one-character case mapping by `push` (CPython's simple mapping:
/// a character whose full mapping is longer keeps itself).
fn simple_case(c: u32, push: fn(&mut String, char)) -> u32 {
    let Some(ch) = char::from_u32(c) else { return c };
    let mut s = String::new();
    push(&mut s, ch);
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(m), None) => m as u32,
        _ => c,
    }
}

/// Category `kind` of `re`: 0 digit, 2 space, 4 word (odd: the negation).
fn category(c: u32, kind: i64, ascii: bool) -> bool {
    // An ASCII digit or word character is one in Unicode too (ASCII
    // whitespace is not: Unicode's adds `\x1c`-`\x1f`).
    let ascii = ascii || (c < 128 && kind / 2 != 1);
    let hit = match (char::from_u32(c), ascii) {
        (Some(ch), false) => match kind / 2 {
            0 => unicode::is_decimal(ch),
            1 => unicode::is_space(ch),
            _ => unicode::is_alnum(ch) || ch == '_',
        },
        _ => {
            c < 128 && {
                let b = c as u8;
                match kind / 2 {
                    0 => b.is_ascii_digit(),
                    1 => matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c),
                    _ => b.is_ascii_alphanumeric() || b == b'_',
                }
            }
        }
    };
    hit != (kind % 2 == 1)
}

/// `run(code, string, pos, endpos, mode, nmarks, nregs, limit)`: mode 0
/// `match`, 1 `fullmatch`, 2 `search` (repeated from each match's end, at
/// most `limit` matches; 0 for all). The state is `nmarks` marks, `lastindex`,
/// then two ints for each of `nregs` repeats. Each match is a list:
/// `lastindex` (-1 for none), then the marks.
fn run(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let (_, found) = find(vm, a)?;
    let lists: Vec<Value> =
        found.into_iter().map(|m| vm.new_list(m.into_iter().map(Value::Int).collect())).collect();
    Ok(vm.new_list(lists))
}

/// `findall(code, string, pos, endpos, mode, nmarks, nregs, limit, groups)`:
/// `Pattern.findall`'s list made here from `run`'s matches, without a list
/// of marks per match: the text of each match (no group), of its group
/// (one), or a tuple of its groups; an unmatched group gives the empty text.
fn findall(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let groups = crate::strings::int_arg(vm, a.get(8).unwrap_or(Value::Int(0)))?.max(0) as usize;
    let (subject, found) = find(vm, a)?;
    let text = |vm: &mut Vm, marks: &[i64], g: usize| -> Value {
        let span = (marks.get(2 * g + 1).copied(), marks.get(2 * g + 2).copied());
        let (start, end) = match span {
            (Some(s), Some(e)) if s >= 0 && e >= s => (s as usize, e as usize),
            _ => (0, 0),
        };
        let chars = subject.text.get(start..end).unwrap_or(&[]);
        if subject.is_bytes {
            vm.heap.alloc_value(Object::Bytes(chars.iter().map(|&c| c as u8).collect()))
        } else {
            vm.new_str(chars.iter().filter_map(|&c| char::from_u32(c)).collect::<String>())
        }
    };
    let mut items = Vec::with_capacity(found.len());
    for marks in &found {
        items.push(match groups {
            0 => text(vm, marks, 0),
            1 => text(vm, marks, 1),
            _ => {
                let parts = (1..=groups).map(|g| text(vm, marks, g)).collect();
                vm.new_tuple(parts)
            }
        });
    }
    Ok(vm.new_list(items))
}

/// The subject of a run, as code points (bytes as values below 256).
struct Subject {
    text: Vec<u32>,
    is_bytes: bool,
}

/// `run`'s matches, each `lastindex` (-1 for none) then the marks.
fn find(vm: &mut Vm, a: &Args) -> PResult<(Subject, Vec<Vec<i64>>)> {
    let (Some(code), Some(subject)) = (a.get(0).and_then(|v| vm.seq_items(v)), a.get(1)) else {
        return Err(vm.type_error("_sre.run: bad arguments"));
    };
    // A subclass of str or bytes is matched as the text it extends.
    let subject = vm.base_value(subject);
    let mut nums = [0i64; 6];
    for (i, n) in nums.iter_mut().enumerate() {
        *n = crate::strings::int_arg(vm, a.get(2 + i).unwrap_or(Value::Int(0)))?;
    }
    let [pos, endpos, mode, nmarks, nregs, limit] = nums;
    let mut ops = Vec::with_capacity(code.len());
    for v in code {
        ops.push(match v {
            Value::Int(op) => op,
            _ => crate::strings::int_arg(vm, v)?,
        });
    }
    let (text, ascii_case): (Vec<u32>, bool) = match vm.str_of(subject) {
        Some(s) => (s.chars().map(|c| c as u32).collect(), false),
        None => (vm.bytes_like(subject).unwrap_or(&[]).iter().map(|&b| u32::from(b)).collect(), true),
    };
    let end = (endpos.max(0) as usize).min(text.len());
    let nmarks = nmarks.clamp(2, 1 << 24) as usize;
    let nstate = nmarks + 1 + 2 * nregs.clamp(0, 1 << 24) as usize;
    let m = Matcher { code: &ops, text: &text, end, ascii_case, lastindex: nmarks };
    let mut found = Vec::new();
    // `match` and `fullmatch` try at `pos` even past `endpos`, as CPython's do.
    let mut start = (pos.max(0) as usize).min(text.len());
    if mode == 2 && start > end {
        return Ok((Subject { text, is_bytes: ascii_case }, found));
    }
    let mut forbid_empty_at = None;
    let first_char = (ops.first() == Some(&SAVE) && ops.get(2) == Some(&CHAR)).then(|| ops.get(3).copied());
    // One state and one backtrack stack for every attempt, the state reset
    // before each: a search tries every position.
    let mut st = vec![-1i64; nstate];
    let mut stack = Vec::new();
    loop {
        let top = Top { full_end: (mode == 1).then_some(end), forbid_empty_at };
        let mut hit = None;
        let mut at = start;
        loop {
            let skip = matches!(first_char, Some(Some(c)) if at < end && text[at] as i64 != c || at == end);
            if !(mode == 2 && skip) {
                st.fill(-1);
                st[m.lastindex] = 0;
                match m.run(0, at, &mut st, &mut stack, Some(top), 0) {
                    Ok(Some(e)) => {
                        hit = Some((at, e));
                        break;
                    }
                    Ok(None) => {}
                    Err(BadCode) => return Err(vm.value_error("_sre.run: invalid code")),
                }
            }
            if mode != 2 || at >= end {
                break;
            }
            at += 1;
        }
        let Some((s, e)) = hit else { break };
        let li = st[m.lastindex];
        let mut item = vec![if li == 0 { -1 } else { li }];
        item.extend_from_slice(&st[..m.lastindex]);
        found.push(item);
        if mode != 2 || (limit > 0 && found.len() as i64 >= limit) {
            break;
        }
        forbid_empty_at = (s == e).then_some(e);
        start = e;
    }
    Ok((Subject { text, is_bytes: ascii_case }, found))
}

pub fn install(vm: &mut Vm, d: ObjRef) {
    vm.dict_set_name(d, "MAXREPEAT", Value::Int(4_294_967_295));
    vm.dict_set_name(d, "MAXGROUPS", Value::Int(1_073_741_823));
    add_fn(vm, d, "run", run);
    add_fn(vm, d, "findall", findall);
}
