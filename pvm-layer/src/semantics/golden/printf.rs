//! `%`-formatting against CPython, over a tiny object model: ints, floats,
//! strs, bools, `None`, and a str-keyed dict for `%(key)s`.

use super::*;
use crate::semantics::printf::{format, PrintfArg, PrintfArgs, Real};
use crate::semantics::PyErrorKind;
use compiler_layer::syntax::pyrepr::str_repr;

#[derive(Clone)]
enum Obj {
    Int(BigInt),
    Float(f64),
    Str(String),
    Bool(bool),
    None,
    Dict(Vec<(String, Obj)>),
}

fn parse(arg: &str) -> Obj {
    let (kind, text) = arg.split_once(':').unwrap();
    match kind {
        "i" => Obj::Int(int(text)),
        "f" => Obj::Float(float(text)),
        "s" => Obj::Str(text.to_string()),
        "b" => Obj::Bool(text == "1"),
        _ => Obj::None,
    }
}

impl PrintfArg for Obj {
    fn str(&mut self) -> PyResult<String> {
        Ok(match self {
            Obj::Str(s) => s.clone(),
            other => other.repr()?,
        })
    }

    fn repr(&mut self) -> PyResult<String> {
        Ok(match self {
            Obj::Int(n) => n.to_string(),
            Obj::Float(x) => fr(*x),
            Obj::Str(s) => str_repr(s),
            Obj::Bool(b) => if *b { "True" } else { "False" }.to_string(),
            Obj::None => "None".to_string(),
            Obj::Dict(items) => {
                let mut parts = Vec::new();
                for (k, v) in items.iter_mut() {
                    parts.push(format!("{}: {}", str_repr(k), v.repr()?));
                }
                format!("{{{}}}", parts.join(", "))
            }
        })
    }

    fn ascii(&mut self) -> PyResult<String> {
        Ok(compiler_layer::syntax::pyrepr::ascii_escape(&self.repr()?))
    }

    fn real(&mut self, integral: bool) -> PyResult<Option<Real>> {
        Ok(match self {
            Obj::Int(n) => Some(Real::Int(n.clone())),
            Obj::Bool(b) => Some(Real::Int(BigInt::from(u8::from(*b)))),
            Obj::Float(x) if !integral => Some(Real::Float(*x)),
            _ => None,
        })
    }

    fn single_char(&mut self) -> Option<char> {
        match self {
            Obj::Str(s) if s.chars().count() == 1 => s.chars().next(),
            _ => None,
        }
    }

    fn type_name(&self) -> String {
        match self {
            Obj::Int(_) => "int",
            Obj::Float(_) => "float",
            Obj::Str(_) => "str",
            Obj::Bool(_) => "bool",
            Obj::None => "NoneType",
            Obj::Dict(_) => "dict",
        }
        .to_string()
    }
}

#[test]
fn printf_matches_cpython() {
    check("printf", include_str!("printf.txt"), |op, args| {
        let template = &args[0];
        let values: Vec<&str> = if args[1].is_empty() { vec![] } else { args[1].split('|').collect() };
        let result = match op {
            "tuple" => format(template, PrintfArgs::Tuple(values.into_iter().map(parse).collect())),
            "single" => format(template, PrintfArgs::Single(parse(values[0]), None)),
            _ => {
                let items: Vec<(String, Obj)> = values
                    .iter()
                    .map(|kv| {
                        let (k, v) = kv.split_once('=').unwrap();
                        (k.to_string(), parse(v))
                    })
                    .collect();
                let lookup_items = items.clone();
                let mut lookup = move |key: &str| -> PyResult<Obj> {
                    lookup_items
                        .iter()
                        .find(|(k, _)| k == key)
                        .map(|(_, v)| v.clone())
                        .ok_or_else(|| PyErrorKind::KeyError(key.to_string()))
                };
                format(template, PrintfArgs::Single(Obj::Dict(items), Some(&mut lookup)))
            }
        };
        render(result, |s| s)
    });
}
