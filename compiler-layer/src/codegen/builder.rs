//! The instruction builder: a linear list of instructions with symbolic jump
//! targets (labels) and the pseudo-instructions that delimit exception
//! handlers, as CPython's compiler emits them before assembly.
//!
//! Jumps are emitted with `Label(label_id)` as their target; `assemble.rs`
//! resolves label ids to instruction indices, drops the pseudo-instructions
//! and turns them into the exception table.

use crate::code::Location;
use crate::instruction::{Instruction, Label};

/// A label id (an index into `Builder::labels`), not yet an instruction index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LabelId(pub u32);

/// What kind of handler a `Setup` pseudo-instruction opens (CPython's
/// `SETUP_FINALLY`, `SETUP_CLEANUP`, `SETUP_WITH`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SetupKind {
    /// The handler gets `[..., exc]` at the depth of the setup.
    Finally,
    /// The handler gets `[..., lasti, exc]` at the depth of the setup.
    Cleanup,
    /// After `BeforeWith` (the `__enter__` result on top): the handler gets
    /// `[..., exit, lasti, exc]`, the result gone.
    With,
}

#[derive(Clone, Copy, Debug)]
pub enum Op {
    Real(Instruction, Location),
    /// Opens a handler: instructions after it (until the matching
    /// `PopBlock`) that raise jump to `target`.
    Setup(SetupKind, LabelId),
    /// Closes the innermost handler.
    PopBlock,
}

#[derive(Default)]
pub struct Builder {
    pub ops: Vec<Op>,
    /// Label id → op index it is bound to.
    pub labels: Vec<Option<usize>>,
}

impl Builder {
    pub fn new_label(&mut self) -> LabelId {
        self.labels.push(None);
        LabelId(self.labels.len() as u32 - 1)
    }

    /// Binds `label` to the next op emitted.
    pub fn bind(&mut self, label: LabelId) {
        if let Some(slot) = self.labels.get_mut(label.0 as usize) {
            *slot = Some(self.ops.len());
        }
    }

    pub fn emit(&mut self, instruction: Instruction, loc: Location) {
        self.ops.push(Op::Real(instruction, loc));
    }

    pub fn setup(&mut self, kind: SetupKind, target: LabelId) {
        self.ops.push(Op::Setup(kind, target));
    }

    pub fn pop_block(&mut self) {
        self.ops.push(Op::PopBlock);
    }
}

/// The symbolic target operand of a jump to `label`.
pub fn to(label: LabelId) -> Label {
    Label(label.0)
}
