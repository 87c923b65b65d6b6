//! Pathological inputs, each checked against CPython 3.11's answer where it
//! gives one (`compile(src, 'f', 'exec')`), in a debug build, both on the main
//! thread (8 MB stack) and on a spawned thread with a 2 MB stack.
//!
//! Runs without the test harness (`harness = false`) so that the first pass
//! really is on the process's main thread.

mod common;

use common::{parse_and_dump, preview};
use std::time::{Duration, Instant};
use strata_syntax::{ErrorKind, Mode};

/// What a case must give: an AST, or an error of this kind whose message
/// starts with this text.
enum Expect {
    Parses,
    Error(ErrorKind, &'static str),
}

use ErrorKind::{IndentationError, RecursionError, SyntaxError};
use Expect::{Error, Parses};

const TOO_DEEP: &str = "maximum recursion depth exceeded during compilation";
const PARENS: &str = "too many nested parentheses";

fn repeat(s: &str, n: usize) -> String {
    s.repeat(n)
}

fn joined(item: &str, sep: &str, n: usize) -> String {
    vec![item; n].join(sep)
}

fn nested_blocks(levels: usize) -> String {
    let mut s: String = (0..levels).map(|i| format!("{}if x:\n", " ".repeat(i))).collect();
    s.push_str(&" ".repeat(levels));
    s.push_str("pass\n");
    s
}

fn cases() -> Vec<(&'static str, Vec<u8>, Expect)> {
    const N: usize = 100_000;
    // Inputs that parse take longer in a debug build: 20,000 of them suffice.
    const M: usize = 20_000;
    let s = |text: String| text.into_bytes();
    vec![
        ("100k (", s(repeat("(", N)), Error(SyntaxError, PARENS)),
        ("100k [", s(repeat("[", N)), Error(SyntaxError, PARENS)),
        ("100k {", s(repeat("{", N)), Error(SyntaxError, PARENS)),
        ("199 parens", s(format!("{}1{}", repeat("(", 199), repeat(")", 199))), Parses),
        ("201 parens", s(format!("{}1{}", repeat("(", 201), repeat(")", 201))), Error(SyntaxError, PARENS)),
        ("100k unary -", s(repeat("-", N) + "1"), Error(RecursionError, TOO_DEEP)),
        ("100k not", s(repeat("not ", N) + "x"), Error(RecursionError, TOO_DEEP)),
        ("100k ~", s(repeat("~", N) + "1"), Error(RecursionError, TOO_DEEP)),
        ("100k await", s(format!("async def f():\n {}x\n", repeat("await ", N))), Error(RecursionError, TOO_DEEP)),
        ("100k *", s(format!("print({}x)", repeat("*", N))), Error(RecursionError, TOO_DEEP)),
        ("1+1+... 100k", s(joined("1", "+", N)), Error(RecursionError, TOO_DEEP)),
        ("2**2**... 100k", s(joined("2", "**", N)), Error(RecursionError, TOO_DEEP)),
        ("a.b.c... 100k", s(joined("a", ".", N)), Error(RecursionError, TOO_DEEP)),
        ("f()()... 100k", s(format!("f{}", repeat("()", N))), Error(RecursionError, TOO_DEEP)),
        ("a[0][0]... 100k", s(format!("a{}", repeat("[0]", N))), Error(RecursionError, TOO_DEEP)),
        ("lambda: lambda: ... 100k", s(repeat("lambda: ", N) + "x"), Error(RecursionError, TOO_DEEP)),
        ("x if y else ... 100k", s(repeat("x if y else ", N) + "x"), Error(RecursionError, TOO_DEEP)),
        ("a < a < ... 20k", s(joined("a", " < ", M)), Parses),
        ("a and a and ... 20k", s(joined("a", " and ", M)), Parses),
        ("a, a, ... 20k", s(joined("a", ", ", M)), Parses),
        ("a = a = ... 20k", s(joined("a", " = ", M)), Parses),
        ("x = -1, -1, ... 20k", s(format!("x = [{}]", joined("-1", ", ", M))), Parses),
        ("150 (- )", s(format!("{}1{}", repeat("(-", 150), repeat(")", 150))), Parses),
        // Just inside the bound (`parser::MAX_NESTING`, 1,000): the deepest trees we build.
        ("990 unary -", s(repeat("-", 990) + "1"), Parses),
        ("990 calls", s(format!("f{}", repeat("()", 990))), Parses),
        ("990 attributes", s(joined("a", ".", 990)), Parses),
        ("990 lambdas", s(repeat("lambda: ", 990) + "x"), Parses),
        ("990 subscripts", s(format!("a{}", repeat("[0]", 990))), Parses),
        ("490 x if y else", s(repeat("x if y else ", 490) + "x"), Parses),
        ("1,100 unary -", s(repeat("-", 1100) + "1"), Error(RecursionError, TOO_DEEP)),
        (
            "f-strings nested 4 deep, each field near its budget",
            s(format!(
                r#"x = {}f'''{{{}f"""{{{}f'{{{}f"{{{}1}}"}}'}}"""}}'''"#,
                repeat("-", 700),
                repeat("-", 230),
                repeat("-", 50),
                repeat("-", 8),
                repeat("-", 8)
            )),
            Parses,
        ),
        ("f-string field over its budget", s(format!("x = f'{{{}1}}'", repeat("-", 300))), Error(RecursionError, TOO_DEEP)),
        ("(-----...) 5000", s(format!("({}1)", repeat("-", 5000))), Error(RecursionError, TOO_DEEP)),
        ("del a.a.a... 100k", s(format!("del {}", joined("a", ".", N))), Error(RecursionError, TOO_DEEP)),
        ("target a[0][0]... = 1", s(format!("a{} = 1", repeat("[0]", N))), Error(RecursionError, TOO_DEEP)),
        ("for target deep", s(format!("for a{} in x: pass", repeat(".a", N))), Error(RecursionError, TOO_DEEP)),
        ("150 [[ ]] target", s(format!("{}a{} = 1", repeat("[", 150), repeat("]", 150))), Parses),
        ("pattern 150 [[ ]]", s(format!("match x:\n case {}a{}:\n  pass\n", repeat("[", 150), repeat("]", 150))), Parses),
        // CPython parses these (a flat MatchOr); our nesting estimate cannot tell
        // a pattern's `|` from an expression's, which nests.
        ("pattern 1|1|... 20k", s(format!("match x:\n case {}:\n  pass\n", joined("1", "|", M))), Error(RecursionError, TOO_DEEP)),
        ("pattern a.b.c... 100k", s(format!("match x:\n case {}:\n  pass\n", joined("a", ".", N))), Error(RecursionError, TOO_DEEP)),
        ("pattern -1 | ... 20k", s(format!("match x:\n case {}:\n  pass\n", joined("-1", " | ", M))), Error(RecursionError, TOO_DEEP)),
        ("pattern 1|1|... 900", s(format!("match x:\n case {}:\n  pass\n", joined("1", "|", 900))), Parses),
        ("decorators 20k", s(format!("{}def f(): pass\n", repeat("@d\n", M))), Parses),
        // CPython: MemoryError; each `elif` nests an `If`.
        ("elif 20k", s(format!("if x: pass\n{}", repeat("elif x: pass\n", M))), Error(RecursionError, TOO_DEEP)),
        ("elif 900", s(format!("if x: pass\n{}", repeat("elif x: pass\n", 900))), Parses),
        ("statements 20k", s(repeat("x = 1\n", M)), Parses),
        ("f-string nested 3", s("f'{f\"{f'''{1}'''}\"}'".to_string()), Error(SyntaxError, "unterminated triple-quoted string literal (detected at line 1)")),
        // CPython: "f-string: unterminated string".
        ("f-string reused quote", s("f\"{f'{f\"{1}\"}'}\"".to_string()), Error(SyntaxError, "")),
        ("f-string spec nested 2", s("f'{x:{y:{z}}}'".to_string()), Error(SyntaxError, "f-string: expressions nested too deeply")),
        ("f-string spec nested 3", s("f'{x:{y:{z:{w}}}}'".to_string()), Error(SyntaxError, "f-string: expressions nested too deeply")),
        ("f-string field deep", s(format!("f'{{{}1}}'", repeat("-", 5000))), Error(RecursionError, TOO_DEEP)),
        ("f-string field 100k calls", s(format!("f'{{x{}}}'", repeat("()", N))), Error(RecursionError, TOO_DEEP)),
        ("f-string field parens", s(format!("f'{{{}1{}}}'", repeat("(", 300), repeat(")", 300))), Error(SyntaxError, "f-string: too many nested parenthesis")),
        ("f-string 20k fields", s(format!("f'{}'", repeat("{x}", M))), Parses),
        ("f-string 20k {{", s(format!("f'{}'", repeat("{{", M))), Parses),
        ("f-string 100k + 1 {", s(format!("f'{}'", repeat("{", N + 1))), Error(SyntaxError, "f-string: expecting '}'")),
        ("150 indentation levels", s(nested_blocks(150)), Error(IndentationError, "too many levels of indentation")),
        ("99 indentation levels", s(nested_blocks(99)), Parses),
        ("10 MB string literal line", s(format!("x = '{}'", repeat("a", 10 << 20))), Parses),
        ("10 MB comment line", s(format!("# {}\n", repeat("é", 5 << 20))), Parses),
        ("1 MB name", s(repeat("a", 1 << 20)), Parses),
        ("10 MB of spaces", s(repeat(" ", 10 << 20)), Parses),
        ("200 kB list line", s(format!("x = [{}]", joined("0", ",", N))), Parses),
        ("int 4300 digits", s(repeat("1", 4300)), Parses),
        ("int 5000 digits", s(repeat("1", 5000)), Error(SyntaxError, "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.")),
        ("int 1 MB digits", s(repeat("9", 1 << 20)), Error(SyntaxError, "Exceeds the limit (4300 digits)")),
        ("hex 1 MB digits", s(format!("0x{}", repeat("f", 1 << 20))), Parses),
        ("float 1 MB digits", s(format!("{}.5", repeat("9", 1 << 20))), Parses),
        ("imaginary 1 MB digits", s(format!("{}j", repeat("9", 1 << 20))), Parses),
        ("NUL byte", b"x = 1\0\n".to_vec(), Error(SyntaxError, "source code string cannot contain null bytes")),
        ("lone surrogate escape", s("x = '\\ud800'\n".to_string()), Parses),
        ("surrogate pair escapes", s("x = '\\ud83d\\ude00' + b'\\xff'\n".to_string()), Parses),
        ("bad \\N escape", s("x = '\\N{NOT A NAME}'\n".to_string()), Error(SyntaxError, "(unicode error)")),
        ("invalid UTF-8", b"x = '\xff\xfe'\n".to_vec(), Error(SyntaxError, "")),
        ("every byte value", (0..=255u8).collect(), Error(SyntaxError, "")),
        ("every byte value, no NUL", (1..=255u8).collect(), Error(SyntaxError, "")),
        ("CRLF file", b"if x:\r\n    y = 1\r\nz = 2\r\n".to_vec(), Parses),
        ("CR-only file", b"if x:\r    y = 1\rz = 2\r".to_vec(), Parses),
        ("form feeds", b"\x0cx = 1\n\x0c\nif x:\n \x0c   y\n".to_vec(), Parses),
        ("only backslashes", s(repeat("\\", 1000)), Error(SyntaxError, "unexpected character after line continuation character")),
        ("one backslash", s("\\".to_string()), Error(SyntaxError, "unexpected EOF while parsing")),
        ("backslash newlines 100k", s(repeat("\\\n", N)), Error(SyntaxError, "unexpected EOF while parsing")),
        ("unterminated ''' at EOF", s("x = '''abc".to_string()), Error(SyntaxError, "unterminated triple-quoted string literal (detected at line 1)")),
        ("unterminated \"\"\" at EOF, many lines", s(format!("x = \"\"\"{}", repeat("a\n", N))), Error(SyntaxError, "unterminated triple-quoted string literal (detected at line 100000)")),
        ("100k unterminated quotes", s(repeat("'\n", N)), Error(SyntaxError, "unterminated string literal")),
        ("100k dedents", s(format!("{}\nx\n", nested_blocks(99))), Parses),
        ("20k blank lines", s(repeat("\n", M)), Parses),
        ("20k semicolons", s(repeat("x;", M)), Parses),
    ]
}

/// Generous: a debug build on a shared machine.
const LIMIT: Duration = Duration::from_secs(20);

fn check(name: &str, input: &[u8], expect: &Expect) -> Result<(), String> {
    let started = Instant::now();
    // The tokenize listing and the parser in module mode; the golden-based
    // mutation test (`regressions.rs`) covers the other modes.
    let _ = strata_syntax::tokenize::listing(input, false);
    let result = match strata_syntax::source::decode_source(input) {
        Ok(text) => Some(parse_and_dump(&text, Mode::Exec, false)),
        Err(e) => Some(Err(e.to_syntax_error())),
    };
    let took = started.elapsed();
    if took > LIMIT {
        return Err(format!("{name}: took {took:?}"));
    }
    let outcome = match &result {
        None => String::new(),
        Some(Ok(_)) => "parses".to_string(),
        Some(Err(e)) => format!("{}: {}", e.kind.name(), e.msg),
    };
    let ok = match (expect, &result) {
        (Parses, Some(Ok(_))) => true,
        (Error(kind, msg), Some(Err(e))) => e.kind == *kind && e.msg.starts_with(msg),
        _ => false,
    };
    if !ok {
        return Err(format!("{name} ({}): got {outcome}", preview(input)));
    }
    eprintln!("  {name}: {outcome:.90} in {took:.2?}");
    Ok(())
}

fn main() {
    let mut failures = Vec::new();
    eprintln!("main thread:");
    for (name, input, expect) in cases() {
        if let Err(e) = check(name, &input, &expect) {
            failures.push(e);
        }
    }
    eprintln!("thread with a 2 MB stack:");
    let spawned = std::thread::Builder::new().stack_size(2 << 20).spawn(|| {
        let mut failures = Vec::new();
        // The multi-megabyte inputs test time, not depth: once is enough.
        for (name, input, expect) in cases().into_iter().filter(|(_, input, _)| input.len() <= 2 << 20) {
            if let Err(e) = check(name, &input, &expect) {
                failures.push(e);
            }
        }
        failures
    });
    match spawned.map(|h| h.join()) {
        Ok(Ok(more)) => failures.extend(more),
        _ => failures.push("the 2 MB thread failed".to_string()),
    }
    if !failures.is_empty() {
        for f in &failures {
            eprintln!("FAILED: {f}");
        }
        std::process::exit(1);
    }
}
