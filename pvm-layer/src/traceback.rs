//! Printing an uncaught exception as CPython 3.11 does: the chain of causes
//! and contexts, `Traceback (most recent call last):`, one `File` line per
//! frame with its stripped source line and carets, and `Type: message`.
//!
//! Carets: 3.11 underlines the failing instruction's range with `^` when the
//! range is not the whole (stripped) line; when the range is a binary
//! operation or a subscript, the operands get `~` and the operator or the
//! index `^` (`traceback._extract_caret_anchors_from_line_segment`).

use crate::object::Object;
use compiler_layer::code::Location;

use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// How CPython shows more of an exception group than these.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;
/// How many entries of a traceback are printed, the innermost ones, as
/// CPython's `PyTraceBack_Print` does for an uncaught exception. (Its
/// `traceback` module would print them all: a difference past 1000 frames.)
const TRACEBACK_LIMIT: usize = 1000;

/// Where the printer is inside nested exception groups (traceback.py's
/// `_ExceptionPrintContext`): each line is indented by the depth and
/// prefixed with a margin (`| `, or `+ ` on a group's first line).
#[derive(Default)]
struct PrintContext {
    seen: Vec<ObjRef>,
    group_depth: usize,
    need_close: bool,
    /// The uncaught exception and the lines of the frames that ran the
    /// program, shown above its own (CPython's `runpy` frames under `-m`).
    entry_frames: Option<(ObjRef, &'static str)>,
}

impl PrintContext {
    /// The lines to show above `e`'s own frames.
    fn frames_above(&self, e: ObjRef) -> &'static str {
        match self.entry_frames {
            Some((outermost, lines)) if outermost == e => lines,
            _ => "",
        }
    }

    fn indent(&self) -> String {
        " ".repeat(2 * self.group_depth)
    }

    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.group_depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

impl Vm {
    /// The text CPython prints on stderr for uncaught exception `e`.
    pub fn format_exception(&mut self, e: ObjRef) -> String {
        self.format_uncaught(e, "")
    }

    /// `format_exception`, with `entry_frames` (`File` lines) above the
    /// frames of `e`, where the code that ran the program had its own.
    pub fn format_uncaught(&mut self, e: ObjRef, entry_frames: &'static str) -> String {
        let mut out = String::new();
        let mut ctx = PrintContext { entry_frames: Some((e, entry_frames)), ..PrintContext::default() };
        self.format_chain(e, &mut ctx, &mut out);
        out
    }

    /// `e` alone, without its causes and contexts (`chain=False`).
    pub fn format_exception_unchained(&mut self, e: ObjRef) -> String {
        let mut out = String::new();
        self.format_single(e, &mut PrintContext::default(), &mut out);
        out
    }

    /// What CPython's default `sys.unraisablehook` writes for `e` (an error
    /// in a finalizer): its traceback and `Type: message`, without its
    /// causes and contexts.
    pub fn format_unraisable(&mut self, e: ObjRef) -> String {
        let mut out = String::new();
        self.format_one(e, &mut out, "Traceback (most recent call last):\n", "", true);
        out
    }

    /// `e` after its causes and contexts, each introduced by CPython's sentence.
    fn format_chain(&mut self, e: ObjRef, ctx: &mut PrintContext, out: &mut String) {
        let mut chain = vec![(None, e)];
        ctx.seen.push(e);
        let mut current = e;
        while chain.len() < 100 {
            let (cause, context, suppress) = match self.exc_obj(current) {
                Some(x) => (x.cause, x.context, x.suppress_context),
                None => break,
            };
            let next = if let Value::Obj(c) = cause {
                Some((c, "\nThe above exception was the direct cause of the following exception:\n\n"))
            } else if let (Value::Obj(c), false) = (context, suppress) {
                Some((c, "\nDuring handling of the above exception, another exception occurred:\n\n"))
            } else {
                None
            };
            match next {
                Some((c, sentence)) if !ctx.seen.contains(&c) => {
                    ctx.seen.push(c);
                    if let Some(link) = chain.last_mut() {
                        link.0 = Some(sentence);
                    }
                    chain.push((None, c));
                    current = c;
                }
                _ => break,
            }
        }
        for (sentence, exc) in chain.into_iter().rev() {
            if let Some(sentence) = sentence {
                ctx.emit(out, sentence, '|');
            }
            self.format_single(exc, ctx, out);
        }
    }

    /// One exception: its traceback and last line, and for a group, its
    /// sub-exceptions in numbered boxes.
    fn format_single(&mut self, e: ObjRef, ctx: &mut PrintContext, out: &mut String) {
        let mut text = String::new();
        let Some((_, excs)) = self.group_parts(Value::Obj(e)) else {
            self.format_one(e, &mut text, "Traceback (most recent call last):\n", ctx.frames_above(e), false);
            ctx.emit(out, &text, '|');
            return;
        };
        if ctx.group_depth > MAX_GROUP_DEPTH {
            let line = format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n");
            ctx.emit(out, &line, '|');
            return;
        }
        let top_level = ctx.group_depth == 0;
        if top_level {
            ctx.group_depth += 1;
        }
        let mut header = String::new();
        let has_traceback = self.exc_obj(e).is_some_and(|x| !x.traceback.is_empty());
        if has_traceback {
            ctx.emit(
                out,
                "Exception Group Traceback (most recent call last):\n",
                if top_level { '+' } else { '|' },
            );
        }
        self.format_one(e, &mut header, "", ctx.frames_above(e), false);
        ctx.emit(out, &header, '|');
        let shown = excs.len().min(MAX_GROUP_WIDTH + 1);
        ctx.need_close = false;
        for (i, sub) in excs.iter().take(shown).enumerate() {
            let last = i + 1 == shown;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
            out.push_str(&format!(
                "{}{}+---------------- {title} ----------------\n",
                ctx.indent(),
                if i == 0 { "+-" } else { "  " }
            ));
            ctx.group_depth += 1;
            if truncated {
                let more = excs.len() - MAX_GROUP_WIDTH;
                let line = format!("and {more} more exception{}\n", if more == 1 { "" } else { "s" });
                ctx.emit(out, &line, '|');
            } else if let Value::Obj(s) = sub {
                self.format_chain(*s, ctx, out);
            }
            if last && ctx.need_close {
                out.push_str(&format!("{}+------------------------------------\n", ctx.indent()));
                ctx.need_close = false;
            }
            ctx.group_depth -= 1;
        }
        if top_level {
            ctx.group_depth = 0;
        }
    }

    /// The traceback (after `title` and the frames `above` it, when there
    /// is one) and `Type: message`. `unraisable`: as `sys.unraisablehook`
    /// writes it, `Type: ` even for an empty message.
    fn format_one(&mut self, e: ObjRef, out: &mut String, title: &str, above: &str, unraisable: bool) {
        // The innermost TRACEBACK_LIMIT entries, outermost first.
        let mut tb = self.traceback_entries(e);
        tb.drain(..tb.len().saturating_sub(TRACEBACK_LIMIT));
        if !tb.is_empty() {
            out.push_str(title);
            out.push_str(above);
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
            let line = self
                .sources
                .get(&c.filename)
                .and_then(|src| src.lines().nth(loc.line.saturating_sub(1) as usize));
            format_frame(out, &c.filename, &loc.line.to_string(), &c.name, line, loc);
        }
        flush_repeats(out, repeats);
        let class = self.exc_obj(e).map(|x| x.class);
        let name = match class.map(|c| self.heap.get(c)) {
            Some(Object::Type(t)) if t.module == "builtins" || t.module == "__main__" => t.qualname.clone(),
            Some(Object::Type(t)) => format!("{}.{}", t.module, t.qualname),
            _ => "BaseException".into(),
        };
        let msg = match self.syntax_error_location(e, out) {
            Some(msg) => msg,
            None => self.str_text(Value::Obj(e)).unwrap_or_else(|_| "<exception str() failed>".into()),
        };
        let msg = match self.suggestion(e) {
            Some(hint) => {
                format!("{msg}. Did you mean: {}?", compiler_layer::syntax::pyrepr::str_repr(&hint))
            }
            None => msg,
        };
        if msg.is_empty() && !unraisable {
            out.push_str(&format!("{name}\n"));
        } else {
            out.push_str(&format!("{name}: {msg}\n"));
        }
        self.format_notes(e, out);
    }

    /// The exception's `__notes__`, a line each, as CPython prints them
    /// below its message (a note that is not a `str` shown by its `str()`).
    fn format_notes(&mut self, e: ObjRef, out: &mut String) {
        let Ok(Some(notes)) = self.getattr_opt(Value::Obj(e), "__notes__") else { return };
        let Some(notes) = self.seq_items(notes) else {
            let text = self.str_text(notes).unwrap_or_else(|_| "<__notes__ str() failed>".into());
            out.push_str(&format!("{text}\n"));
            return;
        };
        for note in notes {
            let text = match self.str_of(note) {
                Some(s) => s.to_string(),
                None => self.str_text(note).unwrap_or_else(|_| "<note str() failed>".into()),
            };
            out.push_str(&format!("{text}\n"));
        }
    }
}

impl Vm {
    /// For a `SyntaxError` that carries a location (one raised by importing
    /// a module that does not compile): writes its `File` line, source line
    /// and carets as CPython's `print_exception` does, and returns its `msg`.
    fn syntax_error_location(&mut self, e: ObjRef, out: &mut String) -> Option<String> {
        if !self.is_exc_instance(Value::Obj(e), "SyntaxError") {
            return None;
        }
        let d = self.exc_obj(e)?.dict?;
        let mut attr = |name: &str| self.dict_get_name(d, name);
        let (filename, lineno, msg) = (attr("filename")?, attr("lineno")?, attr("msg")?);
        let (text, offset, end_lineno, end_offset) =
            (attr("text"), attr("offset"), attr("end_lineno"), attr("end_offset"));
        let int = |v: Option<Value>| match v {
            Some(Value::Int(n)) => n,
            _ => 0,
        };
        let lineno = int(Some(lineno));
        out.push_str(&format!("  File \"{}\", line {lineno}\n", self.str_of(filename)?));
        if let Some(text) = text.and_then(|t| self.str_of(t)) {
            let line = |n: i64| u32::try_from(n).unwrap_or(0);
            let shown = compiler_layer::syntax::error_text(
                text,
                line(lineno),
                int(offset),
                line(int(end_lineno)),
                int(end_offset),
            );
            out.push_str(&shown);
        }
        self.str_of(msg).map(str::to_string)
    }
}

/// One frame of a traceback: its `File` line, then the stripped source
/// `line` (if known and not blank) and, under it, carets for the range
/// `loc` when CPython draws them (`StackSummary.format_frame_summary`).
pub fn format_frame(
    out: &mut String,
    filename: &str,
    lineno: &str,
    name: &str,
    line: Option<&str>,
    loc: Location,
) {
    out.push_str(&format!("  File \"{filename}\", line {lineno}, in {name}\n"));
    let Some(line) = line else { return };
    let line = line.trim_end_matches(['\n', '\r']);
    let stripped = line.trim_start();
    let indent = line.len() - stripped.len();
    let stripped = stripped.trim_end();
    if stripped.is_empty() {
        return;
    }
    out.push_str(&format!("    {stripped}\n"));
    let one_line = loc.end_line == loc.line && loc.end_col > loc.col;
    if !(one_line || loc.end_line > loc.line) {
        return;
    }
    let to_chars = |byte: usize| line.get(..byte.min(line.len())).map_or(byte, |p| p.chars().count());
    let start = to_chars(loc.col as usize);
    let indent_chars = to_chars(indent);
    let width = stripped.chars().count();
    // A range that runs onto later lines is underlined to this line's end.
    let end = if one_line { to_chars(loc.end_col as usize) } else { indent_chars + width };
    let segment = if one_line { line.get(loc.col as usize..loc.end_col as usize).unwrap_or("") } else { "" };
    let anchors = if one_line { caret_anchors(segment) } else { None };
    let anchored = anchors.is_some_and(|(left, right)| right > left);
    if (end.saturating_sub(start) < width || anchored) && start >= indent_chars && end >= start {
        let marks: String = match anchors {
            Some((left, right)) => {
                (0..end - start).map(|i| if (left..right).contains(&i) { '^' } else { '~' }).collect()
            }
            None => "^".repeat(end - start),
        };
        out.push_str(&format!("    {}{}\n", " ".repeat(start - indent_chars), marks));
    }
}

/// Where `^` goes inside a failing range that is a binary operation (the
/// operator) or a subscript (the brackets and index), as character offsets
/// into the segment; `None` for anything else. As in CPython 3.11.7
/// (`_extract_caret_anchors_from_line_segment`), the segment is parsed alone.
pub fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    use compiler_layer::syntax::ast::{ExprKind, Mod, StmtKind};
    use compiler_layer::syntax::{LalrpopParser, Mode, ParseOptions, Parser};
    let tree = LalrpopParser.parse(segment, ParseOptions { mode: Mode::Exec, type_comments: false }).ok()?;
    let Mod::Module { body, .. } = tree else { return None };
    let [statement] = body.as_slice() else { return None };
    let StmtKind::Expr { value } = &statement.node else { return None };
    let bytes = segment.as_bytes();
    let at = |i: usize| bytes.get(i).copied();
    let (left, right) = match &value.node {
        ExprKind::BinOp { left, right, .. } => {
            let left_end = left.range.end.col as usize;
            let operator = segment.get(left_end..right.range.start.col as usize)?;
            let offset = operator.len() - operator.trim_start().len();
            let mut left_anchor = left_end + offset;
            let mut right_anchor = left_anchor + 1;
            if operator[offset..].chars().nth(1).is_some_and(|c| !c.is_whitespace()) {
                right_anchor += 1;
            }
            // Past the closing parentheses of the left operand (and comments).
            while at(left_anchor).is_some_and(|b| b.is_ascii_whitespace() || b == b')' || b == b'#') {
                left_anchor += 1;
                right_anchor += 1;
            }
            (left_anchor, right_anchor)
        }
        ExprKind::Subscript { value, slice, .. } => {
            // From the `[` to past the `]`, parentheses around either part aside.
            let mut left_anchor = value.range.end.col as usize;
            let mut right_anchor = slice.range.end.col as usize + 1;
            while at(left_anchor).is_some_and(|b| b != b'[') {
                left_anchor += 1;
            }
            while at(right_anchor).is_some_and(|b| b != b']') {
                right_anchor += 1;
            }
            if right_anchor < bytes.len() {
                right_anchor += 1;
            }
            (left_anchor, right_anchor)
        }
        _ => return None,
    };
    let chars = |byte: usize| segment.get(..byte).map_or(byte, |p| p.chars().count());
    Some((chars(left), chars(right)))
}
