//! Assembly: from the builder's ops to final instructions, the exception
//! table and the maximum stack depth.
//!
//! One flow analysis does it all, as CPython's `stackdepth` and
//! `label_exception_targets` do: starting at the first op with an empty stack
//! and no handler, it follows fall-through and jumps (using each
//! instruction's stack effect from `instruction.rs`), tracking the depth and
//! the stack of open handlers (`Setup` pushes one, `PopBlock` pops one). A
//! `Setup` also flows into its handler with the depth the handler starts at.
//! Ops never reached are dropped (code after `return`, say).
//!
//! **Invariant:** every reachable op is reached with one depth and one handler
//! stack; anything else is a code generator bug, reported as an error.

use super::builder::{Builder, LabelId, Op, SetupKind};
use crate::code::{ExceptionTableEntry, Location};
use crate::instruction::{Instruction, Label};
use std::collections::HashMap;

/// An open handler: where to go, at which depth, whether `lasti` is pushed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct Handler {
    target: LabelId,
    depth: u32,
    lasti: bool,
}

/// Handler stacks, interned as a tree: node 0 is the empty stack.
#[derive(Default)]
struct HandlerStacks {
    nodes: Vec<(usize, Option<Handler>)>,
    children: HashMap<(usize, Handler), usize>,
}

impl HandlerStacks {
    fn push(&mut self, parent: usize, handler: Handler) -> usize {
        if let Some(&id) = self.children.get(&(parent, handler)) {
            return id;
        }
        self.nodes.push((parent, Some(handler)));
        let id = self.nodes.len() - 1;
        self.children.insert((parent, handler), id);
        id
    }
}

pub struct Assembled {
    pub instructions: Vec<Instruction>,
    pub locations: Vec<Location>,
    pub exception_table: Vec<ExceptionTableEntry>,
    pub max_stack: u32,
}

/// The jump target of an instruction, if it has one.
pub fn jump_target(instruction: &Instruction) -> Option<Label> {
    use Instruction::*;
    match *instruction {
        ForIter { target }
        | Jump { target }
        | PopJumpIfFalse { target }
        | PopJumpIfTrue { target }
        | PopJumpIfNone { target }
        | PopJumpIfNotNone { target }
        | JumpIfFalseOrPop { target }
        | JumpIfTrueOrPop { target }
        | Send { target } => Some(target),
        _ => None,
    }
}

fn retarget(instruction: &mut Instruction, new: Label) {
    use Instruction::*;
    match instruction {
        ForIter { target }
        | Jump { target }
        | PopJumpIfFalse { target }
        | PopJumpIfTrue { target }
        | PopJumpIfNone { target }
        | PopJumpIfNotNone { target }
        | JumpIfFalseOrPop { target }
        | JumpIfTrueOrPop { target }
        | Send { target } => *target = new,
        _ => {}
    }
}

/// The depth after a taken jump, given the depth before the instruction.
pub fn jump_depth(instruction: &Instruction, depth: u32) -> u32 {
    use Instruction::*;
    match instruction {
        Jump { .. } | JumpIfFalseOrPop { .. } | JumpIfTrueOrPop { .. } => depth,
        _ => depth.saturating_sub(1),
    }
}

/// Whether control can continue to the next instruction.
pub fn falls_through(instruction: &Instruction) -> bool {
    use Instruction::*;
    !matches!(instruction, Jump { .. } | ReturnValue | RaiseVarargs { .. } | Reraise { .. })
}

pub fn assemble(builder: &Builder) -> Result<Assembled, String> {
    let ops = &builder.ops;
    let n = ops.len();
    let label_pos = |l: LabelId| -> Result<usize, String> {
        builder.labels.get(l.0 as usize).copied().flatten().ok_or_else(|| format!("unbound label {}", l.0))
    };
    let mut stacks = HandlerStacks::default();
    stacks.nodes.push((0, None));
    // (depth, handler stack) per op.
    let mut state: Vec<Option<(u32, usize)>> = vec![None; n];
    let mut work: Vec<usize> = Vec::new();
    let mut max_stack = 0u32;
    let visit =
        |state: &mut Vec<Option<(u32, usize)>>, work: &mut Vec<usize>, at: usize, depth: u32, hs: usize| {
            if at >= n {
                return Err(format!("control flows past the end of the code (op {at})"));
            }
            match state[at] {
                Some((d, h)) if d == depth && h == hs => Ok(()),
                Some((d, _)) => Err(format!("op {at} reached with stack depths {d} and {depth}")),
                None => {
                    state[at] = Some((depth, hs));
                    work.push(at);
                    Ok(())
                }
            }
        };
    if n > 0 {
        visit(&mut state, &mut work, 0, 0, 0)?;
    }
    while let Some(start) = work.pop() {
        let mut i = start;
        loop {
            let Some((depth, hs)) = state[i] else { break };
            max_stack = max_stack.max(depth);
            let next: Option<(u32, usize)> = match ops[i] {
                Op::Setup(kind, target) => {
                    let (hdepth, lasti) = match kind {
                        SetupKind::Finally => (depth, false),
                        SetupKind::Cleanup => (depth, true),
                        SetupKind::With => (depth.checked_sub(1).ok_or("SetupWith on an empty stack")?, true),
                    };
                    let entry = hdepth + u32::from(lasti) + 1;
                    max_stack = max_stack.max(entry);
                    visit(&mut state, &mut work, label_pos(target)?, entry, hs)?;
                    Some((depth, stacks.push(hs, Handler { target, depth: hdepth, lasti })))
                }
                Op::PopBlock => {
                    if hs == 0 {
                        return Err(format!("PopBlock at op {i} with no open handler"));
                    }
                    Some((depth, stacks.nodes[hs].0))
                }
                Op::Real(instruction, _) => {
                    let (pops, pushes) = instruction.stack_effect();
                    if depth < pops {
                        return Err(format!(
                            "{} at op {i} pops {pops} from a stack of {depth}",
                            instruction.name()
                        ));
                    }
                    if let Some(target) = jump_target(&instruction) {
                        let pos = label_pos(LabelId(target.0))?;
                        visit(&mut state, &mut work, pos, jump_depth(&instruction, depth), hs)?;
                    }
                    let after = depth - pops + pushes;
                    max_stack = max_stack.max(after);
                    falls_through(&instruction).then_some((after, hs))
                }
            };
            let Some((depth, hs)) = next else { break };
            if i + 1 >= n {
                return Err("control flows past the end of the code".into());
            }
            match state[i + 1] {
                None => {
                    state[i + 1] = Some((depth, hs));
                    i += 1;
                }
                Some((d, h)) if d == depth && h == hs => break,
                Some((d, _)) => {
                    return Err(format!("op {} reached with stack depths {d} and {depth}", i + 1))
                }
            }
        }
    }

    // Final indices of the reachable real instructions.
    let mut final_index: Vec<u32> = vec![0; n + 1];
    let mut count = 0u32;
    for i in 0..n {
        final_index[i] = count;
        if state[i].is_some() && matches!(ops[i], Op::Real(..)) {
            count += 1;
        }
    }
    final_index[n] = count;
    let resolve = |label: LabelId| -> Result<u32, String> {
        let pos = label_pos(label)?;
        let index = final_index[pos];
        if index >= count {
            return Err(format!("label {} resolves past the end", label.0));
        }
        Ok(index)
    };
    let mut instructions = Vec::with_capacity(count as usize);
    let mut locations = Vec::with_capacity(count as usize);
    let mut handlers: Vec<Option<Handler>> = Vec::with_capacity(count as usize);
    for i in 0..n {
        let (Some((_, hs)), Op::Real(mut instruction, mut loc)) = (state[i], ops[i]) else { continue };
        // A jump to a `return` returns at once, as CPython inlines small exit
        // blocks: `return a if c else b` and `if`/`else` bodies ending a function.
        if let Instruction::Jump { target } = instruction {
            let pos = label_pos(LabelId(target.0))?;
            if let (Some(Op::Real(Instruction::ReturnValue, return_loc)), Some(Some((_, target_hs)))) =
                (ops.get(pos), state.get(pos))
            {
                if stacks.nodes[*target_hs].1 == stacks.nodes[hs].1 {
                    instruction = Instruction::ReturnValue;
                    loc = *return_loc;
                }
            }
        }
        if let Some(target) = jump_target(&instruction) {
            retarget(&mut instruction, Label(resolve(LabelId(target.0))?));
        }
        instructions.push(instruction);
        locations.push(loc);
        handlers.push(stacks.nodes[hs].1);
    }
    let mut exception_table: Vec<ExceptionTableEntry> = Vec::new();
    let mut i = 0;
    while i < handlers.len() {
        let Some(h) = handlers[i] else {
            i += 1;
            continue;
        };
        let start = i;
        while i < handlers.len() && handlers[i] == Some(h) {
            i += 1;
        }
        exception_table.push(ExceptionTableEntry {
            start: start as u32,
            end: i as u32,
            target: resolve(h.target)?,
            depth: h.depth,
            push_lasti: h.lasti,
        });
    }
    Ok(Assembled { instructions, locations, exception_table, max_stack })
}
