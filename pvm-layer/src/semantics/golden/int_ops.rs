use super::*;
use crate::semantics::int_ops::*;

#[test]
fn int_ops_golden() {
    check("int_ops", include_str!("int_ops.txt"), |op, a| {
        let i = |k: usize| int(&a[k]);
        let small = |k: usize| a[k].parse::<i64>().unwrap();
        let show = |r: Int| r.to_bigint().to_string();
        match op {
            "floordiv_i64" => render(floordiv_i64(small(0), small(1)), show),
            "mod_i64" => render(mod_i64(small(0), small(1)), |r| r.to_string()),
            "floordiv" => render(floordiv(&i(0), &i(1)), |r| r.to_string()),
            "modulo" => render(modulo(&i(0), &i(1)), |r| r.to_string()),
            "divmod" => render(divmod(&i(0), &i(1)), |(q, r)| format!("{q},{r}")),
            "true_divide" => render(true_divide(&i(0), &i(1)), fr),
            "and" => format!("ok:{}", bit_and(&i(0), &i(1))),
            "or" => format!("ok:{}", bit_or(&i(0), &i(1))),
            "xor" => format!("ok:{}", bit_xor(&i(0), &i(1))),
            "invert" => format!("ok:{}", invert(&i(0))),
            "to_f64" => render(to_f64(&i(0)), fr),
            "str" => render(to_decimal_string(&i(0), DEFAULT_MAX_STR_DIGITS), |s| s),
            "radix" => format!("ok:{}", to_radix_string(&i(0), small(1) as u32, true)),
            "round" => format!("ok:{}", round(&i(0), &i(1))),
            "lshift" => render(lshift(&i(0), &i(1)), |r| r.to_string()),
            "rshift" => render(rshift(&i(0), &i(1)), |r| r.to_string()),
            "pow" => render(pow(&i(0), &i(1)), |r| match r {
                PowResult::Int(i) => i.to_string(),
                PowResult::Float(x) => fr(x),
            }),
            "pow_mod" => render(pow_mod(&i(0), &i(1), &i(2)), |r| r.to_string()),
            "parse_int" => {
                render(parse_int(&a[0], small(1), DEFAULT_MAX_STR_DIGITS), |r| to_radix_string(&r, 16, true))
            }
            _ => panic!("unknown op {op}"),
        }
    });
}
