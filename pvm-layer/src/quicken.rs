//! Quickening: the PVM's own copy of a code object's instructions, in which
//! frequent pairs and triples of instructions are replaced by one that does them all, as
//! CPython 3.11 does with its superinstructions (`LOAD_FAST__LOAD_FAST`...).
//!
//! The pair (or triple) instruction is written over the first; the others
//! stay where they were, so a jump to it, an exception table range or a line
//! number still finds it, and the code's indices do not change. The pair
//! runs both and skips the second; some have only a fast path for all of
//! theirs (a cached attribute, a range's next int, arithmetic on ints and
//! floats), and otherwise run as the first instruction alone, leaving the
//! rest to run on their own. The `CodeObject` itself, which `dis` shows and
//! the cache stores, is never changed.

use compiler_layer::instruction::{Instruction as I, Operand, ShortConst, ShortLocal};

/// `instructions` with every quickenable triple or pair replaced.
pub fn quicken(instructions: &[I]) -> Box<[I]> {
    let mut out: Box<[I]> = instructions.into();
    for (i, pair) in instructions.windows(2).enumerate() {
        let third = instructions.get(i + 2).copied();
        if let Some(fused) =
            third.and_then(|c| fuse_three(pair[0], pair[1], c)).or_else(|| fuse(pair[0], pair[1]))
        {
            out[i] = fused;
        }
    }
    out
}

/// The instruction doing `first`, `second` and `third`, if there is one:
/// an operation or a comparison on locals and constants, and
/// the read and the write of an augmented item assignment (`c[i] += v`).
fn fuse_three(first: I, second: I, third: I) -> Option<I> {
    let local = |l: u32| ShortLocal::from_u32(l);
    Some(match (first, second, third) {
        (I::LoadFast { local: a }, I::LoadConst { index }, I::BinaryOp { op }) => {
            I::LoadFastConstBinaryOp { local: local(a.0)?, index: ShortConst::from_u32(index.0)?, op }
        }
        (I::LoadFast { local: a }, I::LoadFast { local: b }, I::BinaryOp { op }) => {
            I::LoadFastFastBinaryOp { first: local(a.0)?, second: local(b.0)?, op }
        }
        (I::LoadFast { local: a }, I::LoadConst { index }, I::CompareOp { op }) => {
            I::LoadFastConstCompareOp { local: local(a.0)?, index: ShortConst::from_u32(index.0)?, op }
        }
        (I::LoadFast { local: a }, I::LoadFast { local: b }, I::CompareOp { op }) => {
            I::LoadFastFastCompareOp { first: local(a.0)?, second: local(b.0)?, op }
        }
        (I::Copy { depth: 2 }, I::Copy { depth: 2 }, I::BinarySubscr) => I::CopyTwoBinarySubscr,
        (I::Swap { depth: 3 }, I::Swap { depth: 2 }, I::StoreSubscr) => I::SwapTwoStoreSubscr,
        _ => return None,
    })
}

/// The instruction doing `first` then `second`, if there is one (and the
/// operands fit its narrower fields).
fn fuse(first: I, second: I) -> Option<I> {
    let local = |l: u32| ShortLocal::from_u32(l);
    Some(match (first, second) {
        (I::LoadFast { local: a }, I::LoadFast { local: b }) => {
            I::LoadFastLoadFast { first: local(a.0)?, second: local(b.0)? }
        }
        (I::LoadFast { local: a }, I::LoadConst { index }) => {
            I::LoadFastLoadConst { local: local(a.0)?, index: ShortConst::from_u32(index.0)? }
        }
        (I::StoreFast { local: a }, I::LoadFast { local: b }) => {
            I::StoreFastLoadFast { store: local(a.0)?, load: local(b.0)? }
        }
        (I::PushNull, I::LoadGlobal { name }) => I::PushNullLoadGlobal { name },
        (I::LoadConst { index }, I::BinaryOp { op }) => {
            I::LoadConstBinaryOp { index: ShortConst::from_u32(index.0)?, op }
        }
        (I::LoadConst { index }, I::CompareOp { op }) => {
            I::LoadConstCompareOp { index: ShortConst::from_u32(index.0)?, op }
        }
        (I::PopTop, I::Jump { target }) => I::PopTopJump { target },
        (I::ForIter { target }, I::StoreFast { local: a }) => {
            I::ForIterStoreFast { local: local(a.0)?, target }
        }
        (I::ForIter { target }, I::UnpackSequence { count: 2 }) => I::ForIterUnpackTwo { target },
        (I::LoadFast { local: a }, I::LoadAttr { name }) => I::LoadFastLoadAttr { local: local(a.0)?, name },
        (I::LoadFast { local: a }, I::LoadMethod { name }) => {
            I::LoadFastLoadMethod { local: local(a.0)?, name }
        }
        (I::LoadFast { local: a }, I::StoreAttr { name }) => {
            I::LoadFastStoreAttr { local: local(a.0)?, name }
        }
        (I::BinaryOp { op }, I::StoreFast { local: a }) => I::BinaryOpStoreFast { op, local: local(a.0)? },
        (I::Call { argc: 0 }, I::LoadMethod { name }) => I::CallNoArgsLoadMethod { name },
        (I::LoadFast { local: a }, I::YieldValue) => I::LoadFastYieldValue { local: local(a.0)? },
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use compiler_layer::instruction::{
        BinaryOperator, ComparisonOperator, ConstIndex, LocalIndex, NameIndex,
    };

    #[test]
    fn pairs_are_fused_in_place_and_the_second_instruction_stays() {
        let code = [
            I::LoadFast { local: LocalIndex(0) },
            I::LoadFast { local: LocalIndex(1) },
            I::LoadConst { index: ConstIndex(2) },
            I::PushNull,
            I::LoadGlobal { name: NameIndex(3) },
        ];
        let quick = quicken(&code);
        assert_eq!(quick.len(), code.len());
        assert_eq!(quick[0], I::LoadFastLoadFast { first: ShortLocal(0), second: ShortLocal(1) });
        assert_eq!(quick[1], I::LoadFastLoadConst { local: ShortLocal(1), index: ShortConst(2) });
        assert_eq!(quick[2], code[2]);
        assert_eq!(quick[3], I::PushNullLoadGlobal { name: NameIndex(3) });
        assert_eq!(quick[4], code[4]);
    }

    #[test]
    fn a_triple_wins_over_the_pair_it_starts_with() {
        let code = [
            I::LoadFast { local: LocalIndex(0) },
            I::LoadConst { index: ConstIndex(1) },
            I::BinaryOp { op: BinaryOperator::Subtract },
            I::StoreFast { local: LocalIndex(2) },
        ];
        let quick = quicken(&code);
        let op = BinaryOperator::Subtract;
        assert_eq!(quick[0], I::LoadFastConstBinaryOp { local: ShortLocal(0), index: ShortConst(1), op });
        assert_eq!(quick[1], I::LoadConstBinaryOp { index: ShortConst(1), op });
        assert_eq!(quick[2], I::BinaryOpStoreFast { op, local: ShortLocal(2) });
        assert_eq!(quick[3], code[3]);
    }

    #[test]
    fn a_comparison_of_locals_and_constants_is_one_triple() {
        let op = ComparisonOperator::Less;
        let code = [
            I::LoadFast { local: LocalIndex(0) },
            I::LoadConst { index: ConstIndex(1) },
            I::CompareOp { op },
            I::LoadFast { local: LocalIndex(0) },
            I::LoadFast { local: LocalIndex(1) },
            I::CompareOp { op },
        ];
        let quick = quicken(&code);
        assert_eq!(quick[0], I::LoadFastConstCompareOp { local: ShortLocal(0), index: ShortConst(1), op });
        assert_eq!(quick[3], I::LoadFastFastCompareOp { first: ShortLocal(0), second: ShortLocal(1), op });
        assert_eq!(quick[1], I::LoadConstCompareOp { index: ShortConst(1), op });
        assert_eq!(quick[2], code[2]);
    }

    #[test]
    fn operands_too_wide_for_a_pair_are_left_alone() {
        let code = [I::LoadFast { local: LocalIndex(70_000) }, I::LoadFast { local: LocalIndex(1) }];
        assert_eq!(&*quicken(&code), &code);
    }
}
