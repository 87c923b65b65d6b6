//! End-to-end tests of the parser-token lexer.

use super::*;

fn opts() -> LexOptions {
    LexOptions { type_comments: true, origin: Pos::new(1, 0) }
}

/// The tokens of `src` in a compact form: `Name(x)@1:0`.
fn toks(src: &str) -> Vec<String> {
    Lexer::new(src, Tok::StartModule, opts())
        .skip(1)
        .map(|t| match t {
            Ok((s, t, _)) => format!("{t:?}@{}:{}", s.line, s.col),
            Err(e) => format!(
                "ERR {:?} {} @{}:{}-{}:{}",
                e.kind, e.msg, e.start.line, e.start.col, e.end.line, e.end.col
            ),
        })
        .collect()
}

fn err(src: &str) -> String {
    toks(src).pop().unwrap_or_default()
}

#[test]
fn indentation_and_newlines() {
    let t = toks("if x:\n    y = 1\n\n  # c\n    z\nw\n");
    assert_eq!(
        t,
        [
            "If@1:0",
            "Name(\"x\")@1:3",
            "Colon@1:4",
            "Newline@1:5",
            "Indent@2:4",
            "Name(\"y\")@2:4",
            "Equal@2:6",
            "Number(\"1\")@2:8",
            "Newline@2:9",
            "Name(\"z\")@5:4",
            "Newline@5:5",
            "Dedent@6:0",
            "Name(\"w\")@6:0",
            "Newline@6:1",
        ]
    );
}

#[test]
fn eof_without_newline_closes_blocks() {
    let t = toks("def f():\n  return (1,\n 2)");
    assert_eq!(t[t.len() - 2..], ["Newline@3:3", "Dedent@3:3"]);
}

#[test]
fn continuation_and_brackets() {
    let t = toks("x = 1 + \\\n  2\n");
    assert_eq!(t.len(), 6);
    assert_eq!(t[4], "Number(\"2\")@2:2");
}

#[test]
fn strings_and_unicode_names() {
    let t = toks("s = rb'\\''\nt = '''a\nb''' + f\"{x}\"\nﬁ = 1\n");
    assert_eq!(t[2], "String(\"rb'\\\\''\")@1:4");
    assert_eq!(t[6], "String(\"'''a\\nb'''\")@2:4");
    assert_eq!(t[8], "String(\"f\\\"{x}\\\"\")@3:7");
    assert_eq!(t[10], "Name(\"fi\")@4:0");
}

#[test]
fn soft_keywords() {
    let t = toks("match x:\n    case 1: pass\nmatch = 1\ncase(x)\n");
    assert!(t[0].starts_with("Match"));
    assert!(t[5].starts_with("Case"));
    assert!(t.iter().any(|s| s == "Name(\"match\")@3:0"));
    assert!(t.iter().any(|s| s == "Name(\"case\")@4:0"));
}

#[test]
fn type_comments() {
    let src = "x = 1  # type: int  \ny = 2 #type:ignore[a] z\n# type: ignore\n";
    let mut lx = Lexer::new(src, Tok::StartModule, opts());
    let all: Vec<_> = lx.by_ref().collect();
    assert!(all.iter().any(|t| matches!(t, Ok((_, Tok::TypeComment(s), _)) if s == "int  ")));
    let ig = lx.type_ignores();
    assert_eq!(ig.len(), 2);
    assert_eq!((ig[0].lineno, ig[0].tag.as_str()), (2, "[a] z"));
    assert_eq!((ig[1].lineno, ig[1].tag.as_str()), (3, ""));
}

#[test]
fn origin_shifts_first_line_only() {
    let o = LexOptions { type_comments: false, origin: Pos::new(5, 10) };
    let t: Vec<_> =
        Lexer::new("(a +\nb)", Tok::StartFString, o).map(|t| t.map(|(s, _, _)| s).unwrap()).collect();
    assert_eq!(t[2], Pos::new(5, 11));
    assert_eq!(t[4], Pos::new(6, 0));
}

#[test]
fn errors_as_cpython() {
    assert_eq!(
        err("x = 'abc\n"),
        "ERR SyntaxError unterminated string literal (detected at line 1) @1:4-1:4"
    );
    assert_eq!(
        err("x = '''abc\n\n"),
        "ERR SyntaxError unterminated triple-quoted string literal (detected at line 2) @1:4-1:4"
    );
    assert_eq!(
        err("if x:\n    a\n  b\n"),
        "ERR IndentationError unindent does not match any outer indentation level @3:3-3:3"
    );
    assert_eq!(
        err("if x:\n\ta\n        b\n"),
        "ERR TabError inconsistent use of tabs and spaces in indentation @3:0-3:0"
    );
    assert_eq!(err("x = €\n"), "ERR SyntaxError invalid character '€' (U+20AC) @1:4-1:4");
    assert_eq!(err("x = \u{a0}\n"), "ERR SyntaxError invalid non-printable character U+00A0 @1:4-1:4");
    assert_eq!(
        err("x = 1 \\ y\n"),
        "ERR SyntaxError unexpected character after line continuation character @1:7-1:7"
    );
    assert_eq!(err("x = (1,\n"), "ERR SyntaxError '(' was never closed @1:4-1:4");
    assert_eq!(err("x)\n"), "ERR SyntaxError unmatched ')' @1:1-1:1");
    assert_eq!(
        err("(]\n"),
        "ERR SyntaxError closing parenthesis ']' does not match opening parenthesis '(' @1:1-1:1"
    );
    assert_eq!(err(&"(".repeat(201)), "ERR SyntaxError too many nested parentheses @1:200-1:200");
    assert_eq!(err("x = \\"), "ERR SyntaxError unexpected EOF while parsing @1:5-1:5");
    assert_eq!(err("x = 1\\\n"), "ERR SyntaxError unexpected EOF while parsing @1:6-1:6");
    assert_eq!(err("x = $\n"), "ERR SyntaxError invalid syntax @1:4-1:5");
    assert_eq!(err("012\n"), "ERR SyntaxError leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @1:0-1:1");
}

#[test]
fn never_panics_on_odd_input() {
    let samples = [
        "\u{feff}x",
        "'",
        "'''",
        "\\",
        "\r",
        "\r\n\r",
        "0x",
        "1e",
        "\t \x0c x",
        "é",
        "a\u{300}",
        "(\n",
        "if 1:\n x\n\x0c y\n",
        "\0",
    ];
    for s in samples {
        let _ = toks(s);
    }
    // Every prefix of a tricky text.
    let text = "def f(a, *, b=0x1F_0, **k):\n\treturn rb'''x\\\n''' + 1.5e-3j # type: int\n";
    for i in 0..=text.len() {
        if text.is_char_boundary(i) {
            let _ = toks(&text[..i]);
        }
    }
}
