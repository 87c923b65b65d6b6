use super::*;
use crate::semantics::hash::*;

#[test]
fn hash_golden() {
    check("hash", include_str!("hash.txt"), |op, a| {
        let h = match op {
            "int" => hash_bigint(&int(&a[0])),
            "float" => hash_float(float(&a[0]), 0),
            "complex" => hash_complex(float(&a[0]), float(&a[1]), 0),
            "str" => hash_str(&a[0], HashKey::ZERO),
            "bytes" => {
                let b: Vec<u8> = (0..a[0].len())
                    .step_by(2)
                    .map(|i| u8::from_str_radix(&a[0][i..i + 2], 16).unwrap())
                    .collect();
                hash_bytes(&b, HashKey::ZERO)
            }
            "tuple" => {
                let hs: Vec<i64> = if a.is_empty() || a[0].is_empty() {
                    vec![]
                } else {
                    a[0].split(',').map(|s| s.parse().unwrap()).collect()
                };
                hash_tuple(&hs)
            }
            "pointer" => hash_pointer(a[0].parse::<u64>().unwrap() as usize),
            _ => panic!("unknown op {op}"),
        };
        format!("ok:{h}")
    });
}

#[test]
fn small_ints_agree_with_big() {
    for i in [0i64, 1, -1, -2, i64::MAX, i64::MIN, (1 << 61) - 1, -(1 << 61) + 1, 1 << 62] {
        assert_eq!(hash_i64(i), hash_bigint(&i.into()), "{i}");
    }
}
