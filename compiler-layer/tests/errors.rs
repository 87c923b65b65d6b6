//! Compile-time errors against python3's: message, line and offset.
//!
//! Expected values come from `python3 tests/data/compile_errors.py`
//! (`compile(src, 'f', 'exec')` for each case); regenerate by running it and
//! pasting its cases here when adding some.

mod common;

/// `(source, Some((message, line, 1-based offset)))`, or `None` when python3 compiles it.
const CASES: &[(&str, Option<(&str, u32, u32)>)] = &[
    ("return 1", Some(("'return' outside function", 1, 1))),
    ("yield 1", Some(("'yield' outside function", 1, 1))),
    ("x = yield", Some(("'yield' outside function", 1, 5))),
    ("await x", Some(("'await' outside function", 1, 1))),
    ("def f():\n    await x", Some(("'await' outside async function", 2, 5))),
    ("break", Some(("'break' outside loop", 1, 1))),
    ("continue", Some(("'continue' not properly in loop", 1, 1))),
    ("for x in y:\n    def f():\n        break", Some(("'break' outside loop", 3, 9))),
    ("nonlocal x", Some(("nonlocal declaration not allowed at module level", 1, 1))),
    ("def f():\n    nonlocal x", Some(("no binding for nonlocal 'x' found", 2, 5))),
    ("def f():\n    print(x)\n    global x", Some(("name 'x' is used prior to global declaration", 3, 5))),
    ("def f(x):\n    global x", Some(("name 'x' is parameter and global", 2, 5))),
    ("def f(x, x): pass", Some(("duplicate argument 'x' in function definition", 1, 10))),
    ("def f(a, *, a): pass", Some(("duplicate argument 'a' in function definition", 1, 13))),
    ("*a = 1", Some(("starred assignment target must be in a list or tuple", 1, 1))),
    ("a, *b, *c = d", Some(("multiple starred expressions in assignment", 1, 1))),
    ("async def f():\n    yield 1\n    return 2", Some(("'return' with value in async generator", 3, 5))),
    ("x = 1\nglobal x", Some(("name 'x' is assigned to before global declaration", 2, 1))),
    ("def f():\n    x = 1\n    global x", Some(("name 'x' is assigned to before global declaration", 3, 5))),
    ("def f():\n    x: int\n    global x", Some(("annotated name 'x' can't be global", 3, 5))),
    ("class C:\n    nonlocal x", Some(("no binding for nonlocal 'x' found", 2, 5))),
    ("def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2", None),
    ("def f():\n    global x\n    nonlocal x", Some(("name 'x' is nonlocal and global", 2, 5))),
    ("[(yield x) for x in y]", Some(("'yield' inside list comprehension", 1, 3))),
    ("def f():\n    [(yield x) for x in y]", Some(("'yield' inside list comprehension", 2, 7))),
    ("def f():\n    ((yield x) for x in y)", Some(("'yield' inside generator expression", 2, 7))),
    (
        "def f():\n    return [x async for x in y]",
        Some(("asynchronous comprehension outside of an asynchronous function", 2, 12)),
    ),
    (
        "class C:\n    [(y := 1) for x in z]",
        Some(("assignment expression within a comprehension cannot be used in a class body", 2, 7)),
    ),
    (
        "[i := 0 for i in range(5)]",
        Some(("assignment expression cannot rebind comprehension iteration variable 'i'", 1, 2)),
    ),
    (
        "[x for x in (y := [1])]",
        Some(("assignment expression cannot be used in a comprehension iterable expression", 1, 14)),
    ),
    ("def f():\n    from os import *", Some(("import * only allowed at module level", 2, 20))),
    ("f(a=1, a=2)", Some(("keyword argument repeated: a", 1, 8))),
    (
        "def f():\n    yield from x\nasync def g():\n    yield from x",
        Some(("'yield from' inside async function", 4, 5)),
    ),
    (
        "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass",
        Some(("default 'except:' must be last", 3, 1)),
    ),
    ("del __debug__", Some(("cannot delete __debug__", 1, 5))),
    ("from __future__ import braces", Some(("not a chance", 1, 1))),
    (
        "x = 1\nfrom __future__ import division",
        Some(("from __future__ imports must occur at the beginning of the file", 2, 1)),
    ),
    ("from __future__ import nope", Some(("future feature nope is not defined", 1, 1))),
    (
        "match x:\n    case a:\n        pass\n    case b:\n        pass",
        Some(("name capture 'a' makes remaining patterns unreachable", 2, 10)),
    ),
    (
        "match x:\n    case _:\n        pass\n    case 1:\n        pass",
        Some(("wildcard makes remaining patterns unreachable", 2, 10)),
    ),
    ("match x:\n    case 1 | a:\n        pass", Some(("alternative patterns bind different names", 2, 14))),
    (
        "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x",
        Some(("name 'x' is nonlocal and global", 4, 9)),
    ),
    ("match x:\n    case [a, *b, *c]:\n        pass", Some(("multiple starred names in sequence pattern", 2, 10))),
    ("match x:\n    case [*a, *_]:\n        pass", Some(("multiple starred names in sequence pattern", 2, 10))),
    ("match x:\n    case {'a': 1, 'a': 2}:\n        pass", Some(("mapping pattern checks duplicate key ('a')", 2, 10))),
    ("match x:\n    case {1: a, True: b}:\n        pass", Some(("mapping pattern checks duplicate key (True)", 2, 10))),
    ("match x:\n    case {-0.0: a, 0: b}:\n        pass", Some(("mapping pattern checks duplicate key (0)", 2, 10))),
    ("match x:\n    case {1+2j: a, 1+2j: b}:\n        pass", Some(("mapping pattern checks duplicate key ((1+2j))", 2, 10))),
    ("match x:\n    case {b'x': a, b'x': b}:\n        pass", Some(("mapping pattern checks duplicate key (b'x')", 2, 10))),
    ("match x:\n    case {None: a, None: b}:\n        pass", Some(("mapping pattern checks duplicate key (None)", 2, 10))),
    ("match x:\n    case {f.a: 1, f.a: 2}:\n        pass", None),
    ("match x:\n    case C(x=1, y=2, x=3):\n        pass", Some(("attribute name repeated in class pattern: x", 2, 24))),
    ("match x:\n    case C(x=a, x=b):\n        pass", Some(("attribute name repeated in class pattern: x", 2, 19))),
    ("match x:\n    case C(__debug__=1):\n        pass", Some(("cannot assign to __debug__", 2, 22))),
    ("match x:\n    case __debug__:\n        pass", Some(("cannot assign to __debug__", 2, 10))),
    ("match x:\n    case [a, a]:\n        pass", Some(("multiple assignments to name 'a' in pattern", 2, 14))),
    ("match x:\n    case {'k': a, **a}:\n        pass", Some(("multiple assignments to name 'a' in pattern", 2, 16))),
    ("match x:\n    case C(a, b=a):\n        pass", Some(("multiple assignments to name 'a' in pattern", 2, 17))),
    ("match x:\n    case [a] | [b]:\n        pass", Some(("alternative patterns bind different names", 2, 17))),
    ("match x:\n    case [a] | (b, c):\n        pass", Some(("alternative patterns bind different names", 2, 20))),
    ("match x:\n    case {'a': x} | {'b': x} | y:\n        pass", Some(("alternative patterns bind different names", 2, 32))),
    ("match x:\n    case (a as b):\n        pass", None),
    ("match x:\n    case (a as b):\n        pass\n    case 1:\n        pass", Some(("name capture 'a' makes remaining patterns unreachable", 2, 11))),
    ("match x:\n    case [(a|a)]:\n        pass", Some(("name capture 'a' makes remaining patterns unreachable", 2, 12))),
    ("match x:\n    case [x] | x:\n        pass", None),
    ("match x:\n    case [_] | _:\n        pass", None),
    ("match x:\n    case 1 | _:\n        pass\n    case 2:\n        pass", Some(("wildcard makes remaining patterns unreachable", 2, 14))),
    ("match x:\n    case (a, b) | (b, a) if a:\n        pass\n    case _:\n        pass", None),
    ("match x:\n    case [a, *_, b]:\n        pass\n    case {**rest}:\n        pass\n    case C(1, y=[z]):\n        pass", None),
    ("async def f():\n    async for x in y: pass", None),
    ("def f():\n    async for x in y: pass", Some(("'async for' outside async function", 2, 5))),
    ("async for x in y: pass", Some(("'async for' outside async function", 1, 1))),
    ("def f():\n    async with x: pass", Some(("'async with' outside async function", 2, 5))),
    ("async with x: pass", Some(("'async with' outside async function", 1, 1))),
    ("async def f():\n    [x async for x in y]", None),
    ("[x async for x in y]", Some(("asynchronous comprehension outside of an asynchronous function", 1, 1))),
    ("async def f():\n    return [x for x in y async for z in x]", None),
    ("def f():\n    return (x async for x in y)", None),
    ("def f():\n    return [[x async for x in y] for z in w]", Some(("asynchronous comprehension outside of an asynchronous function", 2, 12))),
    ("async def f():\n    async with a as (b, c), d: pass", None),
];

#[test]
fn compile_errors_match_python() {
    let mut mismatches = Vec::new();
    for &(source, expected) in CASES {
        let got = common::compile(source).err().map(|e| (e.msg.clone(), e.start.line, e.start.col + 1));
        let expected = expected.map(|(m, l, c)| (m.to_string(), l, c));
        if got != expected {
            mismatches.push(format!("{source:?}: expected {expected:?}, got {got:?}"));
        }
    }
    assert!(mismatches.is_empty(), "{} mismatches:\n{}", mismatches.len(), mismatches.join("\n"));
}
