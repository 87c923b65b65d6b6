use super::*;
use crate::semantics::str_methods::*;
use compiler_layer::syntax::pyrepr::str_repr;

fn list<S: AsRef<str>>(v: Vec<S>) -> String {
    let parts: Vec<String> = v.iter().map(|s| str_repr(s.as_ref())).collect();
    format!("[{}]", parts.join(", "))
}

fn tuple3((a, b, c): (String, String, String)) -> String {
    format!("({}, {}, {})", str_repr(&a), str_repr(&b), str_repr(&c))
}

/// The three parts of `s` split at `sep`, found at `at` or not at all.
fn parts(s: &str, sep: &str, at: Option<usize>, from_right: bool) -> (String, String, String) {
    match (at, from_right) {
        (Some(i), _) => (s[..i].into(), sep.into(), s[i + sep.len()..].into()),
        (None, false) => (s.into(), String::new(), String::new()),
        (None, true) => (String::new(), String::new(), s.into()),
    }
}

fn b(x: bool) -> String {
    format!("ok:{}", if x { "True" } else { "False" })
}

fn opt(s: &str) -> Option<i64> {
    if s == "None" {
        None
    } else {
        Some(s.parse().unwrap())
    }
}

#[test]
fn str_methods_golden() {
    check("str_methods", include_str!("str_methods.txt"), |op, a| {
        let s = a[0].as_str();
        let r = |x: String| format!("ok:{}", str_repr(&x));
        let n = |k: usize| a[k].parse::<i64>().unwrap();
        let rng = |k: usize| if a.len() > k { (Some(n(k)), Some(n(k + 1))) } else { (None, None) };
        match op.trim_end_matches("_range") {
            "upper" => r(upper(s)),
            "lower" => r(lower(s)),
            "casefold" => r(casefold(s)),
            "title" => r(title(s)),
            "capitalize" => r(capitalize(s)),
            "swapcase" => r(swapcase(s)),
            "isdecimal" => b(isdecimal(s)),
            "isdigit" => b(isdigit(s)),
            "isnumeric" => b(isnumeric(s)),
            "isalpha" => b(isalpha(s)),
            "isalnum" => b(isalnum(s)),
            "isspace" => b(isspace(s)),
            "isascii" => b(isascii(s)),
            "isprintable" => b(isprintable(s)),
            "isidentifier" => b(isidentifier(s)),
            "islower" => b(islower(s)),
            "isupper" => b(isupper(s)),
            "istitle" => b(istitle(s)),
            "strip" => r(strip(s, None).into()),
            "lstrip" => r(lstrip(s, None).into()),
            "rstrip" => r(rstrip(s, None).into()),
            "strip_arg" => r(strip(s, Some(&a[1])).into()),
            "lstrip_arg" => r(lstrip(s, Some(&a[1])).into()),
            "rstrip_arg" => r(rstrip(s, Some(&a[1])).into()),
            "split" => render(split(s, None, -1), list),
            "rsplit" => render(rsplit(s, None, -1), list),
            "split_arg" => render(split(s, Some(&a[1]), -1), list),
            "rsplit_arg" => render(rsplit(s, Some(&a[1]), -1), list),
            "split_max" => render(split(s, Some(&a[1]), n(2)), list),
            "rsplit_max" => render(rsplit(s, Some(&a[1]), n(2)), list),
            "split_none_max" => render(split(s, None, n(1)), list),
            "rsplit_none_max" => render(rsplit(s, None, n(1)), list),
            "splitlines" => format!("ok:{}", list(splitlines(s, false).into_iter().map(|r| &s[r]).collect())),
            "splitlines_keep" => {
                format!("ok:{}", list(splitlines(s, true).into_iter().map(|r| &s[r]).collect()))
            }
            "partition_arg" => render(partition(s, &a[1]), |at| tuple3(parts(s, &a[1], at, false))),
            "rpartition_arg" => render(rpartition(s, &a[1]), |at| tuple3(parts(s, &a[1], at, true))),
            "find" => format!("ok:{}", find(s, &a[1], rng(2).0, rng(2).1)),
            "rfind" => format!("ok:{}", rfind(s, &a[1], rng(2).0, rng(2).1)),
            "count" => format!("ok:{}", count(s, &a[1], rng(2).0, rng(2).1)),
            "index" => render(index(s, &a[1], rng(2).0, rng(2).1), |i| i.to_string()),
            "rindex" => render(rindex(s, &a[1], rng(2).0, rng(2).1), |i| i.to_string()),
            "startswith" => b(startswith(s, &a[1], rng(2).0, rng(2).1)),
            "endswith" => b(endswith(s, &a[1], rng(2).0, rng(2).1)),
            "replace" => render(replace(s, &a[1], &a[2], n(3)), |x| str_repr(&x)),
            "center" => render(center(s, n(1), '*'), |x| str_repr(&x)),
            "ljust" => render(ljust(s, n(1), '-'), |x| str_repr(&x)),
            "rjust" => render(rjust(s, n(1), ' '), |x| str_repr(&x)),
            "zfill" => render(zfill(s, n(1)), |x| str_repr(&x)),
            "expandtabs" => render(expandtabs(s, n(1)), |x| str_repr(&x)),
            "repeat" => render(repeat(s, n(1)), |x| str_repr(&x)),
            "char_at" => render(char_at(s, n(1)), |c| str_repr(&c.to_string())),
            "slice" => render(slice(s, opt(&a[1]), opt(&a[2]), opt(&a[3])), |x| str_repr(&x)),
            _ => panic!("unknown op {op}"),
        }
    });
}
