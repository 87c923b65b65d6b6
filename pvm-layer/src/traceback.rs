//! Printing an uncaught exception as CPython 3.11 does: the chain of causes
//! and contexts, `Traceback (most recent call last):`, one `File` line per
//! frame with its stripped source line and carets, and `Type: message`.
//!
//! Carets: 3.11 underlines the failing instruction's range with `^` when the
//! range is not the whole (stripped) line. Known gap: CPython refines this
//! with `~` for the operands of a binary operator or subscript; we print
//! plain `^` there.

use crate::object::Object;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

impl Vm {
    /// The text CPython prints on stderr for uncaught exception `e`.
    pub fn format_exception(&mut self, e: ObjRef) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_chain(e, &mut out, &mut seen);
        out
    }

    fn format_chain(&mut self, e: ObjRef, out: &mut String, seen: &mut Vec<ObjRef>) {
        seen.push(e);
        if seen.len() > 100 {
            return;
        }
        let (cause, context, suppress) = match self.exc_obj(e) {
            Some(x) => (x.cause, x.context, x.suppress_context),
            None => (Value::None, Value::None, false),
        };
        if let Value::Obj(c) = cause {
            if !seen.contains(&c) {
                self.format_chain(c, out, seen);
                out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
            }
        } else if let (Value::Obj(c), false) = (context, suppress) {
            if !seen.contains(&c) {
                self.format_chain(c, out, seen);
                out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
        self.format_one(e, out);
    }

    fn format_one(&mut self, e: ObjRef, out: &mut String) {
        let tb: Vec<_> =
            self.exc_obj(e).map(|x| x.traceback.iter().rev().cloned().collect()).unwrap_or_default();
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
        }
        let mut last: Option<(String, u32, String)> = None;
        let mut repeats = 0usize;
        let flush_repeats = |out: &mut String, repeats: usize| {
            if repeats > 3 {
                let n = repeats - 3;
                out.push_str(&format!(
                    "  [Previous line repeated {n} more time{}]\n",
                    if n == 1 { "" } else { "s" }
                ));
            }
        };
        for (code, lasti) in &tb {
            let c = &code.code;
            let loc = c.locations.get(*lasti as usize).copied().unwrap_or_default();
            let key = (c.filename.clone(), loc.line, c.name.clone());
            if last.as_ref() == Some(&key) {
                repeats += 1;
                if repeats > 3 {
                    continue;
                }
            } else {
                flush_repeats(out, repeats);
                repeats = 1;
                last = Some(key);
            }
            out.push_str(&format!("  File \"{}\", line {}, in {}\n", c.filename, loc.line, c.name));
            if let Some(src) = self.sources.get(&c.filename) {
                if let Some(line) = src.lines().nth(loc.line.saturating_sub(1) as usize) {
                    let stripped = line.trim_start();
                    let indent = line.len() - stripped.len();
                    let stripped = stripped.trim_end();
                    if !stripped.is_empty() {
                        out.push_str(&format!("    {stripped}\n"));
                        if loc.end_line == loc.line && loc.end_col > loc.col {
                            let to_chars = |byte: usize| {
                                line.get(..byte.min(line.len())).map_or(byte, |p| p.chars().count())
                            };
                            let start = to_chars(loc.col as usize);
                            let end = to_chars(loc.end_col as usize);
                            let indent_chars = to_chars(indent);
                            let width = stripped.chars().count();
                            if end - start < width && start >= indent_chars {
                                out.push_str(&format!(
                                    "    {}{}\n",
                                    " ".repeat(start - indent_chars),
                                    "^".repeat(end - start)
                                ));
                            }
                        }
                    }
                }
            }
        }
        flush_repeats(out, repeats);
        let class = self.exc_obj(e).map(|x| x.class);
        let name = match class.map(|c| self.heap.get(c)) {
            Some(Object::Type(t)) if t.module == "builtins" || t.module == "__main__" => t.qualname.clone(),
            Some(Object::Type(t)) => format!("{}.{}", t.module, t.qualname),
            _ => "BaseException".into(),
        };
        let msg = self.str_text(Value::Obj(e)).unwrap_or_else(|_| "<exception str() failed>".into());
        if msg.is_empty() {
            out.push_str(&format!("{name}\n"));
        } else {
            out.push_str(&format!("{name}: {msg}\n"));
        }
    }
}
