//! Walks parsed templates the way the PVM will, over a tiny object model
//! (strs and str-keyed dicts), against `str.format` in CPython.

use super::*;
use crate::semantics::format_spec::format_str;
use crate::semantics::str_format::*;
use crate::semantics::PyErrorKind;
use compiler_layer::syntax::pyrepr::str_repr;

#[derive(Clone)]
enum Obj {
    Str(String),
    Dict(Vec<(String, Obj)>),
}

fn repr(o: &Obj) -> String {
    match o {
        Obj::Str(s) => str_repr(s),
        Obj::Dict(items) => {
            let parts: Vec<String> =
                items.iter().map(|(k, v)| format!("{}: {}", str_repr(k), repr(v))).collect();
            format!("{{{}}}", parts.join(", "))
        }
    }
}

fn to_str(o: &Obj) -> String {
    match o {
        Obj::Str(s) => s.clone(),
        d => repr(d),
    }
}

fn s(x: &str) -> Obj {
    Obj::Str(x.into())
}

fn dict(items: &[(&str, &str)]) -> Obj {
    Obj::Dict(items.iter().map(|(k, v)| (k.to_string(), s(v))).collect())
}

/// The walk, with errors as `err:Class:message` (AttributeError/TypeError texts are the test's).
fn walk(
    pieces: &[Piece],
    args: &[Obj],
    kwargs: &[(&str, Obj)],
    auto: &mut AutoNumber,
) -> Result<String, String> {
    let e = |k: PyErrorKind| format!("err:{}:{}", k.class_name(), k.message());
    let mut out = String::new();
    for p in pieces {
        match p {
            Piece::Literal(t) => out.push_str(t),
            Piece::Error(k) => return Err(e(k.clone())),
            Piece::Field(f) => {
                let (arg, accessors) = split_field_name(&f.name, auto).map_err(e)?;
                let mut obj = match arg {
                    ArgRef::Index(i) => args.get(i).cloned().ok_or_else(|| e(index_error(i)))?,
                    ArgRef::Keyword(k) => kwargs
                        .iter()
                        .find(|(n, _)| *n == k)
                        .map(|(_, o)| o.clone())
                        .ok_or_else(|| e(PyErrorKind::KeyError(k)))?,
                };
                for a in accessors {
                    let a = a.map_err(e)?;
                    obj = match (&obj, a) {
                        (Obj::Str(_), Accessor::Attr(n)) => {
                            return Err(format!("err:AttributeError:'str' object has no attribute '{n}'"))
                        }
                        (Obj::Dict(_), Accessor::Attr(n)) => {
                            return Err(format!("err:AttributeError:'dict' object has no attribute '{n}'"))
                        }
                        (Obj::Str(t), Accessor::Index(i)) => match t.chars().nth(i) {
                            Some(c) => Obj::Str(c.to_string()),
                            None => return Err("err:IndexError:string index out of range".into()),
                        },
                        (Obj::Str(_), Accessor::Key(_)) => {
                            return Err("err:TypeError:string indices must be integers, not 'str'".into())
                        }
                        (Obj::Dict(items), Accessor::Key(k)) => match items.iter().find(|(n, _)| *n == k) {
                            Some((_, v)) => v.clone(),
                            None => return Err(format!("err:KeyError:{k}")),
                        },
                        (Obj::Dict(_), Accessor::Index(i)) => return Err(format!("err:KeyError:{i}")),
                    };
                }
                if let Some(c) = f.conversion {
                    obj = match conversion(c).map_err(e)? {
                        Conversion::Str => Obj::Str(to_str(&obj)),
                        Conversion::Repr | Conversion::Ascii => Obj::Str(repr(&obj)),
                    };
                }
                let spec = match &f.spec {
                    Spec::Plain(t) => t.clone(),
                    Spec::Nested(p) => walk(p, args, kwargs, auto)?,
                };
                match &obj {
                    Obj::Str(t) => out.push_str(&format_str(t, &spec).map_err(e)?),
                    d if spec.is_empty() => out.push_str(&to_str(d)),
                    _ => {
                        return Err("err:TypeError:unsupported format string passed to dict.__format__".into())
                    }
                }
            }
        }
    }
    Ok(out)
}

#[test]
fn str_format_golden() {
    let args = [s("a"), s("bb"), s("ccc"), dict(&[("k", "K"), ("0", "z")])];
    let kwargs = [("x", s("X")), ("y", s("yy")), ("d", dict(&[("k", "dk")])), ("w", s("7"))];
    check("str_format", include_str!("str_format.txt"), |_, a| {
        match walk(&parse(&a[0]), &args, &kwargs, &mut AutoNumber::default()) {
            Ok(t) => format!("ok:{t}"),
            Err(t) => t,
        }
    });
}
