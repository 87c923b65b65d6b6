//! `match` statements, as CPython 3.11's `compile.c` compiles them
//! (`compiler_match`, `compiler_pattern_*`).
//!
//! A pattern consumes the subject on top of the stack. On success it leaves
//! the values it captured on the stack and records their names in
//! [`PatternContext::stores`]; the case binds them all only once the whole
//! pattern has matched (so a failed pattern binds nothing — names are bound
//! before the guard runs, as in CPython). On failure it jumps to
//! `fail_pop[n]`, where `n` is how many values it has on the stack above the
//! point where it started (captures and intermediates, `on_top`); the labels
//! `fail_pop[n], ..., fail_pop[1]` each pop one value and fall through to
//! `fail_pop[0]`, where the next case starts.
//!
//! **Invariant:** captured values sit below the `on_top` intermediates, most
//! recent capture deepest: with stores `[s0, s1, ...]` the stack reads
//! (bottom → top) `[..., sn, ..., s1, s0, intermediates...]`, so storing them
//! in order pops `s0` first.
//!
//! Instructions: `MatchSequence`, `GetLen`, `MatchMapping`, `MatchKeys`,
//! `CopyDictWithoutKeys`, `MatchClass`, plus `Copy`/`Swap` to keep captures
//! in place and `UnpackSequence`/`UnpackEx`/`BinarySubscr` to take
//! sequences apart. Error messages and positions are CPython's: like
//! `compile.c`, compiling a pattern moves the current location to it and
//! does not move it back.

use super::builder::LabelId;
use super::{constant, fold, CResult, Codegen, Ctx};
use crate::code::{Constant, Location};
use crate::instruction::{BinaryOperator, ComparisonOperator, Instruction as I, Label};
use num_bigint::BigInt;
use num_traits::FromPrimitive;
use strata_syntax::ast::{self, Expr, ExprKind, MatchCase, Pattern, PatternKind, Stmt};
use strata_syntax::wtf8::Wtf8Buf;
use strata_syntax::{Pos, Range, SyntaxError};

/// The state of the pattern being compiled (CPython's `pattern_context`).
struct PatternContext<'a> {
    /// Names captured so far, in capture order (their values are on the stack).
    stores: Vec<&'a str>,
    /// Whether an irrefutable pattern is allowed here.
    allow_irrefutable: bool,
    /// `fail_pop[n]`: where to jump on failure with `n` values to pop.
    fail_pop: Vec<LabelId>,
    /// Intermediate values above the captures that a failure must pop.
    on_top: u32,
}

impl<'a> PatternContext<'a> {
    fn new(allow_irrefutable: bool) -> Self {
        PatternContext { stores: Vec::new(), allow_irrefutable, fail_pop: Vec::new(), on_top: 0 }
    }
}

/// `_` (CPython's `WILDCARD_CHECK`).
fn is_wildcard(p: &Pattern) -> bool {
    matches!(&p.node, PatternKind::MatchAs { pattern: None, name: None })
}

/// The constant a literal pattern or key folds to, as CPython's AST
/// optimizer folds it: literals, signed numbers and complex literals `a ± bj`.
fn pattern_constant(e: &Expr) -> Option<Constant> {
    if let Some(c) = fold(e) {
        return Some(c);
    }
    let ExprKind::BinOp { left, op, right } = &e.node else { return None };
    let real = match fold(left)? {
        Constant::Int(i) => num_traits::ToPrimitive::to_f64(&i)?,
        Constant::Float(f) => f,
        _ => return None,
    };
    let Constant::Complex { real: r2, imag } = fold(right)? else { return None };
    match op {
        ast::Operator::Add => Some(Constant::Complex { real: real + r2, imag }),
        ast::Operator::Sub => Some(Constant::Complex { real: real - r2, imag: -imag }),
        _ => None,
    }
}

/// A constant as a key of a Python set: `1`, `1.0`, `True` and `1+0j` are
/// one key.
#[derive(PartialEq, Eq)]
enum KeyValue {
    None,
    Int(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(Wtf8Buf),
    Bytes(Vec<u8>),
    Other(String),
}

fn real_key(f: f64) -> KeyValue {
    if f.is_finite() && f.fract() == 0.0 {
        if let Some(i) = BigInt::from_f64(f) {
            return KeyValue::Int(i);
        }
    }
    KeyValue::Float(f.to_bits())
}

fn key_value(c: &Constant) -> KeyValue {
    match c {
        Constant::None => KeyValue::None,
        Constant::Bool(b) => KeyValue::Int(BigInt::from(u8::from(*b))),
        Constant::Int(i) => KeyValue::Int(i.clone()),
        Constant::Float(f) => real_key(*f),
        Constant::Complex { real, imag } if *imag == 0.0 => real_key(*real),
        Constant::Complex { real, imag } => {
            let real = if *real == 0.0 { 0.0 } else { *real };
            KeyValue::Complex(real.to_bits(), imag.to_bits())
        }
        Constant::Str(s) => KeyValue::Str(s.clone()),
        Constant::Bytes(b) => KeyValue::Bytes(b.clone()),
        other => KeyValue::Other(crate::dis::constant_repr(other)),
    }
}

impl<'a> Codegen<'a> {
    /// CPython's `compiler_match_inner`. A trailing `case _:` (with more
    /// cases before it) is compiled without a pattern: the subject has been
    /// consumed by the case before it.
    pub fn match_stmt(&mut self, _s: &'a Stmt, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult {
        self.expr(subject)?;
        let end = self.new_label();
        let n = cases.len();
        if n == 0 {
            self.emit(I::PopTop);
        }
        let has_default = n > 1 && is_wildcard(&cases[n - 1].pattern);
        let patterned = n - usize::from(has_default);
        for (i, case) in cases[..patterned].iter().enumerate() {
            self.set_loc(case.pattern.range);
            // The last case with a pattern consumes the subject itself.
            let copy = i + 1 != patterned;
            if copy {
                self.emit(I::Copy { depth: 1 });
            }
            let mut pc = PatternContext::new(case.guard.is_some() || i + 1 == n);
            self.pattern(&case.pattern, &mut pc)?;
            let range = self.here();
            for name in pc.stores.clone() {
                self.nameop(name, Ctx::Store, range)?;
            }
            if let Some(guard) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                self.jump_if(guard, pc.fail_pop[0], false)?;
            }
            if copy {
                self.emit(I::PopTop);
            }
            self.stmts(&case.body)?;
            self.jump(|t| I::Jump { target: t }, end);
            self.set_loc(case.pattern.range);
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            let case = &cases[n - 1];
            self.set_loc(case.pattern.range);
            self.emit(I::Nop);
            if let Some(guard) = &case.guard {
                self.jump_if(guard, end, false)?;
            }
            self.stmts(&case.body)?;
        }
        self.bind(end);
        Ok(())
    }

    /// The current location as a range, for errors CPython reports there.
    fn here(&self) -> Range {
        let Location { line, col, end_line, end_col } = self.ur().loc;
        Range { start: Pos::new(line, col), end: Pos::new(end_line, end_col) }
    }

    fn error_here(&self, msg: impl Into<String>) -> SyntaxError {
        self.error(msg, self.here())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternContext<'a>, n: usize) {
        while pc.fail_pop.len() <= n {
            let label = self.new_label();
            pc.fail_pop.push(label);
        }
    }

    /// Jumps (with `make`) to the failure label that pops what is on the stack.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext<'a>, make: fn(Label) -> I) {
        let pops = pc.on_top as usize + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.jump(make, pc.fail_pop[pops]);
    }

    /// Emits the failure labels: `fail_pop[n]` pops and falls to `fail_pop[n - 1]`.
    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext<'a>) {
        let labels = std::mem::take(&mut pc.fail_pop);
        let Some((first, rest)) = labels.split_first() else { return };
        for &label in rest.iter().rev() {
            self.bind(label);
            self.emit(I::PopTop);
        }
        self.bind(*first);
    }

    /// Moves the top of the stack down to the `count`-th place.
    fn rotate(&mut self, count: usize) {
        for depth in (2..=count).rev() {
            self.emit(I::Swap { depth: depth as u32 });
        }
    }

    /// Captures the value on top as `name` (`None`: discards it).
    fn store_name(&mut self, name: Option<&'a str>, pc: &mut PatternContext<'a>) -> CResult {
        let Some(name) = name else {
            self.emit(I::PopTop);
            return Ok(());
        };
        if name == "__debug__" {
            return Err(self.error_here("cannot assign to __debug__"));
        }
        if pc.stores.contains(&name) {
            return Err(self.error_here(format!("multiple assignments to name '{name}' in pattern")));
        }
        self.rotate(pc.on_top as usize + pc.stores.len() + 1);
        pc.stores.push(name);
        Ok(())
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext<'a>) -> CResult {
        self.set_loc(p.range);
        match &p.node {
            PatternKind::MatchValue { value } => {
                match pattern_constant(value) {
                    Some(c) => self.with_loc(value.range, |g| g.load_const(c)),
                    None => self.expr(value)?,
                }
                self.emit(I::CompareOp { op: ComparisonOperator::Equal });
                self.jump_to_fail_pop(pc, |t| I::PopJumpIfFalse { target: t });
                Ok(())
            }
            PatternKind::MatchSingleton { value } => {
                self.load_const(constant(value));
                self.emit(I::IsOp { invert: 0 });
                self.jump_to_fail_pop(pc, |t| I::PopJumpIfFalse { target: t });
                Ok(())
            }
            PatternKind::MatchSequence { patterns } => self.pattern_sequence(patterns, pc),
            PatternKind::MatchMapping { keys, patterns, rest } => {
                self.pattern_mapping(keys, patterns, rest.as_deref(), pc)
            }
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
                self.pattern_class(p, cls, patterns, kwd_attrs, kwd_patterns, pc)
            }
            PatternKind::MatchStar { name } => self.store_name(name.as_deref(), pc),
            PatternKind::MatchAs { pattern: None, name } => {
                if !pc.allow_irrefutable {
                    return Err(match name {
                        Some(n) => self
                            .error_here(format!("name capture '{n}' makes remaining patterns unreachable")),
                        None => self.error_here("wildcard makes remaining patterns unreachable"),
                    });
                }
                self.store_name(name.as_deref(), pc)
            }
            PatternKind::MatchAs { pattern: Some(inner), name } => {
                // A copy of the subject, to capture once the inner pattern matched.
                pc.on_top += 1;
                self.emit(I::Copy { depth: 1 });
                self.pattern(inner, pc)?;
                pc.on_top -= 1;
                self.store_name(name.as_deref(), pc)
            }
            PatternKind::MatchOr { patterns } => self.pattern_or(patterns, pc),
        }
    }

    /// A sub-pattern: irrefutable patterns are fine inside others.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext<'a>) -> CResult {
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        self.pattern(p, pc)?;
        pc.allow_irrefutable = allow;
        Ok(())
    }

    /// `[p1, ..., *rest, ..., pn]` (CPython's `compiler_pattern_sequence`).
    fn pattern_sequence(&mut self, patterns: &'a [Pattern], pc: &mut PatternContext<'a>) -> CResult {
        let size = patterns.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if let PatternKind::MatchStar { name } = &p.node {
                if star.is_some() {
                    return Err(self.error_here("multiple starred names in sequence pattern"));
                }
                star_wildcard = name.is_none();
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        // The subject stays on top during the type and length checks.
        pc.on_top += 1;
        self.emit(I::MatchSequence);
        self.jump_to_fail_pop(pc, |t| I::PopJumpIfFalse { target: t });
        match star {
            None => self.length_check(size, ComparisonOperator::Equal, pc),
            Some(_) if size > 1 => self.length_check(size - 1, ComparisonOperator::GreaterEqual, pc),
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(I::PopTop);
            Ok(())
        } else if let (Some(star), true) = (star, star_wildcard) {
            self.sequence_subscr(patterns, star, pc)
        } else {
            self.sequence_unpack(patterns, pc)
        }
    }

    /// `GetLen`, compare with `size`, fail if false.
    fn length_check(&mut self, size: usize, op: ComparisonOperator, pc: &mut PatternContext<'a>) {
        self.emit(I::GetLen);
        self.load_const(Constant::Int(BigInt::from(size)));
        self.emit(I::CompareOp { op });
        self.jump_to_fail_pop(pc, |t| I::PopJumpIfFalse { target: t });
    }

    /// Unpacks the subject and matches each item (`pattern_helper_sequence_unpack`).
    fn sequence_unpack(&mut self, patterns: &'a [Pattern], pc: &mut PatternContext<'a>) -> CResult {
        let n = patterns.len();
        match patterns.iter().position(|p| matches!(p.node, PatternKind::MatchStar { .. })) {
            Some(i) => {
                if i >= 1 << 8 || n - i - 1 >= (i32::MAX >> 8) as usize {
                    return Err(self.error_here("too many expressions in star-unpacking sequence pattern"));
                }
                self.emit(I::UnpackEx { before: i as u32, after: (n - i - 1) as u32 });
            }
            None => self.emit(I::UnpackSequence { count: n as u32 }),
        }
        // The items stay on the stack while the ones before them are matched.
        pc.on_top += n as u32;
        for p in patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    /// `[a, *_, b]`: indexes the subject instead of unpacking it
    /// (`pattern_helper_sequence_subscr`); items after the star are indexed
    /// from `len(subject)`, as the subject may not support negative indices.
    fn sequence_subscr(
        &mut self,
        patterns: &'a [Pattern],
        star: usize,
        pc: &mut PatternContext<'a>,
    ) -> CResult {
        pc.on_top += 1;
        let size = patterns.len();
        for (i, p) in patterns.iter().enumerate() {
            if is_wildcard(p) || i == star {
                continue;
            }
            self.emit(I::Copy { depth: 1 });
            if i < star {
                self.load_const(Constant::Int(BigInt::from(i)));
            } else {
                self.emit(I::GetLen);
                self.load_const(Constant::Int(BigInt::from(size - i)));
                self.emit(I::BinaryOp { op: BinaryOperator::Subtract });
            }
            self.emit(I::BinarySubscr);
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.emit(I::PopTop);
        Ok(())
    }

    /// `{k1: p1, ..., **rest}` (CPython 3.11's `compiler_pattern_mapping`).
    fn pattern_mapping(
        &mut self,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&'a str>,
        pc: &mut PatternContext<'a>,
    ) -> CResult {
        let size = keys.len();
        if size != patterns.len() {
            return Err(self.error_here(format!(
                "keys ({size}) / patterns ({}) length mismatch in mapping pattern",
                patterns.len()
            )));
        }
        pc.on_top += 1;
        self.emit(I::MatchMapping);
        self.jump_to_fail_pop(pc, |t| I::PopJumpIfFalse { target: t });
        if size == 0 && rest.is_none() {
            // `{}`: any mapping matches.
            pc.on_top -= 1;
            self.emit(I::PopTop);
            return Ok(());
        }
        if size > 0 {
            self.length_check(size, ComparisonOperator::GreaterEqual, pc);
        }
        let mut seen: Vec<KeyValue> = Vec::new();
        for key in keys {
            match pattern_constant(key) {
                Some(c) => {
                    let value = key_value(&c);
                    if seen.contains(&value) {
                        let repr = crate::dis::constant_repr(&c);
                        return Err(self.error_here(format!("mapping pattern checks duplicate key ({repr})")));
                    }
                    seen.push(value);
                    self.with_loc(key.range, |g| g.load_const(c));
                }
                None if matches!(key.node, ExprKind::Attribute { .. }) => {
                    let saved = self.ur().loc;
                    self.expr(key)?;
                    self.u().loc = saved;
                }
                None => {
                    return Err(
                        self.error_here("mapping pattern keys may only match literals and attribute lookups")
                    );
                }
            }
        }
        self.emit(I::BuildTuple { count: size as u32 });
        self.emit(I::MatchKeys);
        // The keys and the values (or None) lie on the subject now.
        pc.on_top += 2;
        self.emit(I::Copy { depth: 1 });
        self.load_const(Constant::None);
        self.emit(I::IsOp { invert: 1 });
        self.jump_to_fail_pop(pc, |t| I::PopJumpIfFalse { target: t });
        self.emit(I::UnpackSequence { count: size as u32 });
        pc.on_top += size as u32;
        pc.on_top -= 1;
        for p in patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        // A match: what follows consumes the keys and the subject.
        pc.on_top -= 2;
        match rest {
            Some(_) => {
                self.emit(I::CopyDictWithoutKeys);
                // The subject still lies under the new dict until the PopTop below.
                pc.on_top += 1;
                self.store_name(rest, pc)?;
                pc.on_top -= 1;
            }
            None => self.emit(I::PopTop),
        }
        self.emit(I::PopTop);
        Ok(())
    }

    /// `cls(p1, ..., a1=q1, ...)` (CPython's `compiler_pattern_class`).
    fn pattern_class(
        &mut self,
        p: &'a Pattern,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [String],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternContext<'a>,
    ) -> CResult {
        let (nargs, nattrs) = (patterns.len(), kwd_attrs.len());
        if nattrs != kwd_patterns.len() {
            return Err(self.error_here(format!(
                "kwd_attrs ({nattrs}) / kwd_patterns ({}) length mismatch in class pattern",
                kwd_patterns.len()
            )));
        }
        if nattrs > 0 {
            for (i, attr) in kwd_attrs.iter().enumerate() {
                self.set_loc(kwd_patterns[i].range);
                if attr == "__debug__" {
                    return Err(self.error_here("cannot assign to __debug__"));
                }
                if let Some(j) = (i + 1..nattrs).find(|&j| kwd_attrs[j] == *attr) {
                    self.set_loc(kwd_patterns[j].range);
                    return Err(self.error_here(format!("attribute name repeated in class pattern: {attr}")));
                }
            }
            self.set_loc(p.range);
        }
        self.expr(cls)?;
        let names = kwd_attrs.iter().map(|a| Constant::Str(Wtf8Buf::from(a.as_str()))).collect();
        self.load_const(Constant::Tuple(names));
        self.emit(I::MatchClass { positional: nargs as u32 });
        self.emit(I::Copy { depth: 1 });
        self.load_const(Constant::None);
        self.emit(I::IsOp { invert: 1 });
        // The tuple of attributes (or None) is on top now.
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, |t| I::PopJumpIfFalse { target: t });
        self.emit(I::UnpackSequence { count: (nargs + nattrs) as u32 });
        pc.on_top += (nargs + nattrs) as u32;
        pc.on_top -= 1;
        for sub in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(sub) {
                self.emit(I::PopTop);
                continue;
            }
            self.subpattern(sub, pc)?;
        }
        Ok(())
    }

    /// `p1 | p2 | ...` (CPython's `compiler_pattern_or`): each alternative
    /// gets a copy of the subject and a context of its own; every one must
    /// capture the same names, which are put in the first one's order on the
    /// stack, then moved below the outer pattern's captures.
    fn pattern_or(&mut self, patterns: &'a [Pattern], pc: &mut PatternContext<'a>) -> CResult {
        let end = self.new_label();
        let mut control: Option<Vec<&'a str>> = None;
        for (i, alt) in patterns.iter().enumerate() {
            self.set_loc(alt.range);
            let mut alt_pc = PatternContext::new(i + 1 == patterns.len() && pc.allow_irrefutable);
            self.emit(I::Copy { depth: 1 });
            self.pattern(alt, &mut alt_pc)?;
            let nstores = alt_pc.stores.len();
            match &control {
                None => control = Some(alt_pc.stores.clone()),
                Some(ctl) if ctl.len() != nstores => {
                    return Err(self.error_here("alternative patterns bind different names"));
                }
                Some(ctl) => {
                    for icontrol in (0..nstores).rev() {
                        let name = ctl[icontrol];
                        let Some(istores) = alt_pc.stores.iter().position(|&s| s == name) else {
                            return Err(self.error_here("alternative patterns bind different names"));
                        };
                        if icontrol != istores {
                            // Reorder this alternative's captures (on the stack
                            // and in the list) to the first alternative's order.
                            let rotations = istores + 1;
                            let rotated: Vec<&'a str> = alt_pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            alt_pc.stores.splice(at..at, rotated);
                            for _ in 0..rotations {
                                self.rotate(icontrol + 1);
                            }
                        }
                    }
                }
            }
            self.jump(|t| I::Jump { target: t }, end);
            self.emit_and_reset_fail_pop(&mut alt_pc);
        }
        // No alternative matched: pop the subject and fail.
        self.emit(I::PopTop);
        self.jump_to_fail_pop(pc, |t| I::Jump { target: t });
        self.bind(end);
        let control = control.unwrap_or_default();
        // Between the new captures and their place lie: the other new
        // captures, the subject, the intermediates and the earlier captures.
        let nrots = control.len() + 1 + pc.on_top as usize + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.error_here(format!("multiple assignments to name '{name}' in pattern")));
            }
            pc.stores.push(name);
        }
        self.emit(I::PopTop);
        Ok(())
    }
}
