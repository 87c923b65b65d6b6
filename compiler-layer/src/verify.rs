//! An independent check of a code object's stack discipline: simulates the
//! value stack through every path of the final instructions and the
//! exception table, and checks that it never underflows, never exceeds
//! `max_stack`, and that every instruction is always reached at one depth.
//! `CodeObject::validate` runs it, so the PVM may rely on it: its dispatch
//! loop fetches instructions and pops values without bounds checks.

use crate::code::{CodeObject, Constant};
use crate::codegen::{falls_through, jump_depth, jump_target};
use crate::instruction::Instruction;

/// Checks `code` and every code object nested in it.
pub fn check_stack(code: &CodeObject) -> Result<(), String> {
    check_stack_of(code)?;
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            check_stack(inner)?;
        }
    }
    Ok(())
}

/// How deep below the top an instruction reads, where that is deeper than
/// what it pops (the PVM reads these slots unchecked); `None` for a depth
/// operand of 0, which names no value.
fn reads(instruction: &Instruction) -> Option<u32> {
    use Instruction::*;
    let below = |depth: u32, extra: u32| (depth > 0).then(|| depth.saturating_add(extra));
    match *instruction {
        Copy { depth } | Swap { depth } => below(depth, 0),
        ListAppend { depth }
        | SetAdd { depth }
        | ListExtend { depth }
        | SetUpdate { depth }
        | DictUpdate { depth } => below(depth, 1),
        MapAdd { depth } => below(depth, 2),
        DictMerge { depth } => below(depth, 3),
        ForIter { .. } | ForIterStoreFast { .. } | ForIterUnpackTwo { .. } | ImportFrom { .. } | GetANext => {
            Some(1)
        }
        Send { .. } => Some(2),
        WithExceptStart => Some(4),
        _ => Some(0),
    }
}

/// Checks `code` alone, not the code objects nested in it.
pub(crate) fn check_stack_of(code: &CodeObject) -> Result<(), String> {
    let n = code.instructions.len();
    let mut depth: Vec<Option<u32>> = vec![None; n];
    let mut work = Vec::new();
    let fail = |msg: String| Err(format!("{}: {msg}", code.qualname));
    let reach =
        |depth: &mut Vec<Option<u32>>, work: &mut Vec<usize>, at: usize, d: u32| -> Result<(), String> {
            if at >= n {
                return Err(format!("flow past the end at {at}"));
            }
            if d > code.max_stack {
                return Err(format!("depth {d} above max_stack {} at {at}", code.max_stack));
            }
            match depth[at] {
                Some(old) if old != d => Err(format!("instruction {at} reached at depths {old} and {d}")),
                Some(_) => Ok(()),
                None => {
                    depth[at] = Some(d);
                    work.push(at);
                    Ok(())
                }
            }
        };
    if n == 0 {
        return fail("no instructions".into());
    }
    if let Err(e) = reach(&mut depth, &mut work, 0, 0) {
        return fail(e);
    }
    while let Some(i) = work.pop() {
        let d = depth[i].unwrap_or(0);
        let instruction = &code.instructions[i];
        let (pops, pushes) = instruction.stack_effect();
        let Some(reads) = reads(instruction) else {
            return fail(format!("{} at {i} reads no value", instruction.name()));
        };
        if d < pops.max(reads) {
            return fail(format!("{} at {i} reads {} from {d}", instruction.name(), pops.max(reads)));
        }
        let after = d - pops + pushes;
        if after > code.max_stack {
            return fail(format!("depth {after} above max_stack {} after {i}", code.max_stack));
        }
        let mut result = Ok(());
        if let Some(t) = jump_target(instruction) {
            result =
                result.and_then(|()| reach(&mut depth, &mut work, t.0 as usize, jump_depth(instruction, d)));
        }
        if falls_through(instruction) {
            result = result.and_then(|()| reach(&mut depth, &mut work, i + 1, after));
        }
        for e in &code.exception_table {
            if (e.start as usize..e.end as usize).contains(&i) {
                if d < e.depth {
                    result = result
                        .and_then(|()| Err(format!("handler depth {} above stack {d} at {i}", e.depth)));
                }
                let entry = e.depth + u32::from(e.push_lasti) + 1;
                result = result.and_then(|()| reach(&mut depth, &mut work, e.target as usize, entry));
            }
        }
        if let Err(e) = result {
            return fail(e);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::code::CodeObject;
    use crate::instruction::Instruction;
    use crate::{BytecodeCompiler, Compiler, Mode};

    /// `x = [a for a in y]; print(x)`, compiled and checked, then broken by `edit`.
    fn broken(edit: impl FnOnce(&mut CodeObject)) -> Result<(), String> {
        let code =
            BytecodeCompiler.compile("x = [a for a in y]\nprint(x)\n", "t.py", Mode::Exec).expect("compiles");
        let mut code = (*code).clone();
        assert_eq!(code.validate(), Ok(()));
        edit(&mut code);
        code.validate()
    }

    #[test]
    fn code_that_would_read_outside_its_stack_is_rejected() {
        // A copy from below the frame's stack.
        assert!(broken(|c| c.instructions[0] = Instruction::Copy { depth: 2 }).is_err());
        // A depth operand of 0 names no value.
        assert!(broken(|c| c.instructions[0] = Instruction::Swap { depth: 0 }).is_err());
        // A stack deeper than the code says it needs.
        assert!(broken(|c| c.max_stack = 0).is_err());
        // More parameters than locals to bind them to.
        assert!(broken(|c| c.arg_count = 3).is_err());
        // Running off the end.
        assert!(broken(|c| {
            c.instructions.pop();
            c.locations.pop();
        })
        .is_err());
    }
}
