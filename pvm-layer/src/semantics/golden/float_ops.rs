use super::*;
use crate::semantics::float_ops::*;

#[test]
fn float_ops_golden() {
    check("float_ops", include_str!("float_ops.txt"), |op, a| {
        let x = |k: usize| float(&a[k]);
        match op {
            "floordiv" => render(floordiv(x(0), x(1)), fr),
            "modulo" => render(modulo(x(0), x(1)), fr),
            "divmod" => render(divmod(x(0), x(1)), |(q, r)| format!("{},{}", fr(q), fr(r))),
            "true_divide" => render(true_divide(x(0), x(1)), fr),
            "pow" => render(pow(x(0), x(1)), |r| match r {
                FloatPow::Float(f) => fr(f),
                FloatPow::NeedsComplex => "complex".into(),
            }),
            "to_int" => render(to_int(x(0)), |r| r.to_string()),
            "round_to_int" => render(round_to_int(x(0)), |r| r.to_string()),
            "is_integer" => format!("ok:{}", if is_integer(x(0)) { "True" } else { "False" }),
            "as_integer_ratio" => render(as_integer_ratio(x(0)), |(n, d)| format!("{n}/{d}")),
            "hex" => format!("ok:{}", to_hex(x(0))),
            "round" => render(round(x(0), a[1].parse().unwrap()), fr),
            "parse_float" => render(parse_float(&a[0]), fr),
            "from_hex" => render(from_hex(&a[0]), fr),
            "parse_complex" => render(parse_complex(&a[0]), |(re, im)| format!("{},{}", fr(re), fr(im))),
            _ => panic!("unknown op {op}"),
        }
    });
}
