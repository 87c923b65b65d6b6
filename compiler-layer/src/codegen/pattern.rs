//! `match` statements, compiled to ordinary tests.
//!
//! Each pattern consumes the value on top of the stack: on success it falls
//! through (having bound its names), on failure it jumps to its fail label —
//! the value consumed either way, so both paths agree on the stack depth.
//!
//! Literal, value, singleton, capture, wildcard, `as` and `|` patterns are
//! compiled. Sequence, mapping and class patterns need instructions our set
//! lacks (CPython's `MATCH_SEQUENCE`, `GET_LEN`, `MATCH_MAPPING`,
//! `MATCH_KEYS`, `COPY_DICT_WITHOUT_KEYS`, `MATCH_CLASS`): they are reported
//! as not supported yet rather than approximated.

use super::builder::LabelId;
use super::{constant, CResult, Codegen, Ctx};
use crate::instruction::Instruction as I;
use std::collections::HashSet;
use strata_syntax::ast::{Expr, MatchCase, Pattern, PatternKind, Stmt};

impl<'a> Codegen<'a> {
    pub fn match_stmt(&mut self, s: &'a Stmt, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult {
        self.expr(subject)?;
        let end = self.new_label();
        let n = cases.len();
        for (i, case) in cases.iter().enumerate() {
            self.set_loc(case.pattern.range);
            let last = i + 1 == n;
            let fail = self.new_label();
            if !last {
                self.emit(I::Copy { depth: 1 });
            }
            let allow_irrefutable = case.guard.is_some() || last;
            let mut names = Vec::new();
            self.pattern(&case.pattern, fail, allow_irrefutable, &mut names)?;
            if let Some(guard) = &case.guard {
                self.jump_if(guard, fail, false)?;
            }
            if !last {
                self.emit(I::PopTop);
            }
            self.stmts(&case.body)?;
            self.set_loc(s.range);
            self.jump(|t| I::Jump { target: t }, end);
            self.bind(fail);
            if last {
                self.jump(|t| I::Jump { target: t }, end);
            }
        }
        if n == 0 {
            self.emit(I::PopTop);
        }
        self.bind(end);
        Ok(())
    }

    fn bind_name(&mut self, name: &'a str, p: &Pattern, names: &mut Vec<&'a str>) -> CResult {
        if names.contains(&name) {
            return Err(self.error(format!("multiple assignments to name '{name}' in pattern"), p.range));
        }
        names.push(name);
        self.nameop(name, Ctx::Store, p.range)
    }

    fn pattern(
        &mut self,
        p: &'a Pattern,
        fail: LabelId,
        allow_irrefutable: bool,
        names: &mut Vec<&'a str>,
    ) -> CResult {
        let saved = self.ur().loc;
        self.set_loc(p.range);
        let result = self.pattern_inner(p, fail, allow_irrefutable, names);
        self.u().loc = saved;
        result
    }

    fn pattern_inner(
        &mut self,
        p: &'a Pattern,
        fail: LabelId,
        allow_irrefutable: bool,
        names: &mut Vec<&'a str>,
    ) -> CResult {
        match &p.node {
            PatternKind::MatchValue { value } => {
                self.expr(value)?;
                self.emit(I::CompareOp { op: crate::instruction::ComparisonOperator::Equal });
                self.jump(|t| I::PopJumpIfFalse { target: t }, fail);
                Ok(())
            }
            PatternKind::MatchSingleton { value } => {
                self.load_const(constant(value));
                self.emit(I::IsOp { invert: 0 });
                self.jump(|t| I::PopJumpIfFalse { target: t }, fail);
                Ok(())
            }
            PatternKind::MatchAs { pattern: None, name } => {
                if !allow_irrefutable {
                    return Err(match name {
                        Some(n) => self.error(
                            format!("name capture '{n}' makes remaining patterns unreachable"),
                            p.range,
                        ),
                        None => self.error("wildcard makes remaining patterns unreachable", p.range),
                    });
                }
                match name {
                    Some(n) => self.bind_name(n, p, names),
                    None => {
                        self.emit(I::PopTop);
                        Ok(())
                    }
                }
            }
            PatternKind::MatchAs { pattern: Some(inner), name } => {
                let (inner_fail, ok) = (self.new_label(), self.new_label());
                self.emit(I::Copy { depth: 1 });
                self.pattern(inner, inner_fail, false, names)?;
                match name {
                    Some(n) => self.bind_name(n, p, names)?,
                    None => self.emit(I::PopTop),
                }
                self.jump(|t| I::Jump { target: t }, ok);
                self.bind(inner_fail);
                self.emit(I::PopTop);
                self.jump(|t| I::Jump { target: t }, fail);
                self.bind(ok);
                Ok(())
            }
            PatternKind::MatchOr { patterns } => {
                let success = self.new_label();
                let mut first_names: Option<HashSet<&'a str>> = None;
                let outer = names.len();
                for (i, alt) in patterns.iter().enumerate() {
                    let last = i + 1 == patterns.len();
                    let mut alt_names = names[..outer].to_vec();
                    if last {
                        self.pattern(alt, fail, allow_irrefutable, &mut alt_names)?;
                    } else {
                        let next = self.new_label();
                        self.emit(I::Copy { depth: 1 });
                        self.pattern(alt, next, false, &mut alt_names)?;
                        self.emit(I::PopTop);
                        self.jump(|t| I::Jump { target: t }, success);
                        self.bind(next);
                    }
                    let bound: HashSet<&'a str> = alt_names[outer..].iter().copied().collect();
                    match &first_names {
                        None => first_names = Some(bound),
                        Some(first) if *first != bound => {
                            return Err(self.error("alternative patterns bind different names", p.range));
                        }
                        Some(_) => {}
                    }
                }
                self.bind(success);
                if let Some(first) = first_names {
                    let mut added: Vec<&'a str> = first.into_iter().collect();
                    added.sort();
                    names.extend(added);
                }
                Ok(())
            }
            PatternKind::MatchSequence { .. } | PatternKind::MatchStar { .. } => {
                Err(self.unsupported("a sequence pattern", p.range))
            }
            PatternKind::MatchMapping { .. } => Err(self.unsupported("a mapping pattern", p.range)),
            PatternKind::MatchClass { .. } => Err(self.unsupported("a class pattern", p.range)),
        }
    }
}
