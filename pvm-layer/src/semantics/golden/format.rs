use super::*;
use crate::semantics::format_spec::*;
use crate::semantics::int_ops::DEFAULT_MAX_STR_DIGITS;

#[test]
fn format_golden() {
    check("format", include_str!("format.txt"), |op, a| {
        let s = |r: String| r;
        match op {
            "int" => render(format_int(&int(&a[0]), &a[1], "int", DEFAULT_MAX_STR_DIGITS), s),
            "bool" => render(
                if a[0].is_empty() { Ok("True".into()) } else { format_int(&1.into(), &a[0], "bool", 0) },
                s,
            ),
            "float" => render(format_float(float(&a[0]), &a[1]), s),
            "str" => render(format_str(&a[0], &a[1]), s),
            "complex" => render(format_complex(float(&a[0]), float(&a[1]), &a[2]), s),
            _ => panic!("unknown op {op}"),
        }
    });
}

#[test]
fn absurd_widths_do_not_allocate() {
    assert_eq!(format_i64(1, "1000000000000"), Err(crate::semantics::PyErrorKind::MemoryError));
    assert_eq!(format_str("a", ">999999999999"), Err(crate::semantics::PyErrorKind::MemoryError));
    assert!(format_float(1.5, ".999999999f").is_err());
}
