//! The instruction set: **the one definition** of every instruction, its
//! operands, its stack effect and its meaning.
//!
//! The code generator emits these, the PVM's dispatch loop matches on them,
//! `strata -m dis` prints them, the documentation is generated from them and
//! the cache's magic number is derived from them ([`fingerprint`]). Nothing
//! else lists instructions: add one here and every consumer sees it.
//!
//! Notation in the docs: the stack is written bottom → top, `...` is what lies
//! below; `[a, b] → [c]` pops `b` then `a` and pushes `c`.
//!
//! Operands are typed (`Label`, `ConstIndex`, ...); each fits in a `u32`, so an
//! instruction is 8 bytes and the dispatch loop is a `match` on a small enum.

use std::fmt;

/// An operand: a typed `u32`. The type tells `dis` how to show it.
pub trait Operand: Copy {
    const KIND: OperandKind;
    fn to_u32(self) -> u32;
    fn from_u32(value: u32) -> Option<Self>;
}

/// How `dis` interprets an operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OperandKind {
    /// A plain number (a count, a depth, flags).
    Count,
    /// An instruction index: the target of a jump.
    Jump,
    /// An index into `CodeObject::constants`.
    Const,
    /// An index into `CodeObject::names`.
    Name,
    /// An index into `CodeObject::varnames`.
    Local,
    /// An index into the cells: `cellvars` first, then `freevars`.
    Cell,
    /// One of the operator enums below.
    Operator,
}

macro_rules! index_operand {
    ($(#[$meta:meta])* $name:ident, $kind:ident) => {
        index_operand!($(#[$meta])* $name, $kind, u32);
    };
    ($(#[$meta:meta])* $name:ident, $kind:ident, $int:ty) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub $int);

        impl Operand for $name {
            const KIND: OperandKind = OperandKind::$kind;
            fn to_u32(self) -> u32 {
                u32::from(self.0)
            }
            #[allow(clippy::useless_conversion)]
            fn from_u32(value: u32) -> Option<Self> {
                <$int>::try_from(value).ok().map($name)
            }
        }
    };
}

index_operand!(
    /// The index of the instruction a jump goes to.
    Label,
    Jump
);
index_operand!(
    /// An index into the code object's constants.
    ConstIndex,
    Const
);
index_operand!(
    /// An index into the code object's names (globals, attributes, imports).
    NameIndex,
    Name
);
index_operand!(
    /// An index into the frame's fast locals (`varnames`).
    LocalIndex,
    Local
);
index_operand!(
    /// An index into the frame's cells: `cellvars`, then `freevars`.
    CellIndex,
    Cell
);
index_operand!(
    /// A fast local's index that fits in 16 bits, so that a quickened
    /// instruction with two operands stays 8 bytes.
    ShortLocal,
    Local,
    u16
);
index_operand!(
    /// A constant's index that fits in 16 bits (see [`ShortLocal`]).
    ShortConst,
    Const,
    u16
);

impl Operand for u32 {
    const KIND: OperandKind = OperandKind::Count;
    fn to_u32(self) -> u32 {
        self
    }
    fn from_u32(value: u32) -> Option<Self> {
        Some(value)
    }
}

macro_rules! operator_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $symbol:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum $name { $($variant),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The operator as Python spells it (`+`, `+=`, `<=`, ...).
            pub fn symbol(self) -> &'static str {
                match self { $($name::$variant => $symbol),* }
            }
        }

        impl Operand for $name {
            const KIND: OperandKind = OperandKind::Operator;
            fn to_u32(self) -> u32 {
                self as u32
            }
            fn from_u32(value: u32) -> Option<Self> {
                $name::ALL.get(usize::try_from(value).ok()?).copied()
            }
        }
    };
}

operator_enum!(
    /// The operator of `BinaryOp`; the `Inplace*` forms try `__iadd__` & co. first.
    BinaryOperator {
        Add = "+", Subtract = "-", Multiply = "*", MatrixMultiply = "@", TrueDivide = "/",
        FloorDivide = "//", Remainder = "%", Power = "**", LeftShift = "<<", RightShift = ">>",
        And = "&", Or = "|", Xor = "^",
        InplaceAdd = "+=", InplaceSubtract = "-=", InplaceMultiply = "*=", InplaceMatrixMultiply = "@=",
        InplaceTrueDivide = "/=", InplaceFloorDivide = "//=", InplaceRemainder = "%=",
        InplacePower = "**=", InplaceLeftShift = "<<=", InplaceRightShift = ">>=",
        InplaceAnd = "&=", InplaceOr = "|=", InplaceXor = "^=",
    }
);

operator_enum!(
    /// The operator of `UnaryOp`.
    UnaryOperator { Negative = "-", Positive = "+", Invert = "~", Not = "not" }
);

operator_enum!(
    /// The operator of `CompareOp` (rich comparisons only; `is` and `in` have their own).
    ComparisonOperator { Less = "<", LessEqual = "<=", Equal = "==", NotEqual = "!=", Greater = ">", GreaterEqual = ">=" }
);

operator_enum!(
    /// What `GetAwaitable` is awaiting; it only chooses the `TypeError`'s words.
    AwaitContext { Await = "await", AEnter = "__aenter__", AExit = "__aexit__" }
);

/// What `dis` and the docs know about one instruction.
#[derive(Clone, Copy, Debug)]
pub struct InstructionInfo {
    pub name: &'static str,
    /// `(operand name, how to show it)`, in order.
    pub operands: &'static [(&'static str, OperandKind)],
    /// The stack effect in the notation of this module, e.g. `[a, b] → [a op b]`.
    pub stack: &'static str,
    pub doc: &'static str,
}

macro_rules! define_instructions {
    ($(
        $(#[doc = $doc:literal])+
        $name:ident $({ $($field:ident: $ty:ty),+ $(,)? })? => pops $pops:expr, pushes $pushes:expr, $stack:literal;
    )+) => {
        /// One instruction of the PVM, with its typed operands.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Instruction {
            $(
                $(#[doc = $doc])+
                #[doc = concat!("\n\nStack: `", $stack, "`")]
                $name $({ $($field: $ty),+ })?,
            )+
        }

        /// Every instruction, in definition order: the table `dis`, the docs and
        /// the cache fingerprint read.
        pub const INSTRUCTIONS: &[InstructionInfo] = &[
            $(InstructionInfo {
                name: stringify!($name),
                operands: &[$($((stringify!($field), <$ty as Operand>::KIND)),+)?],
                stack: $stack,
                doc: concat!($($doc),+),
            },)+
        ];

        impl Instruction {
            /// This instruction's opcode: its index in [`INSTRUCTIONS`].
            pub fn opcode(&self) -> u8 {
                let mut opcode = 0u8;
                $(
                    #[allow(unused_assignments)]
                    if let Instruction::$name { .. } = self {
                        return opcode;
                    }
                    opcode = opcode.wrapping_add(1);
                )+
                opcode
            }

            pub fn info(&self) -> &'static InstructionInfo {
                &INSTRUCTIONS[usize::from(self.opcode())]
            }

            pub fn name(&self) -> &'static str {
                self.info().name
            }

            /// The operands as numbers, in order.
            pub fn operands(&self) -> Vec<u32> {
                match *self {
                    $(Instruction::$name $({ $($field),+ })? => vec![$($($field.to_u32()),+)?],)+
                }
            }

            /// How many values this instruction pops and pushes (when it
            /// falls through; a jump's taken branch may differ, see its doc).
            #[allow(unused_variables)]
            pub fn stack_effect(&self) -> (u32, u32) {
                match *self {
                    $(Instruction::$name $({ $($field),+ })? => {
                        $($(let $field = $field.to_u32();)+)?
                        ($pops, $pushes)
                    })+
                }
            }

            /// Rebuilds an instruction from its opcode and operands (the cache
            /// codec's way back); `None` for anything malformed.
            pub fn decode(opcode: u8, operands: &[u32]) -> Option<Instruction> {
                let mut expected = 0u8;
                $(
                    if opcode == expected {
                        #[allow(unused_mut, unused_variables)]
                        let mut rest = operands.iter().copied();
                        let instruction = Instruction::$name $({ $($field: <$ty as Operand>::from_u32(rest.next()?)?),+ })?;
                        return if rest.next().is_none() { Some(instruction) } else { None };
                    }
                    expected = expected.wrapping_add(1);
                )+
                let _ = expected;
                None
            }
        }
    };
}

define_instructions! {
    // ---- Stack manipulation
    /// Does nothing (a jump target that has no other instruction).
    Nop => pops 0, pushes 0, "[] → []";
    /// Discards the top of the stack.
    PopTop => pops 1, pushes 0, "[a] → []";
    /// Pushes `NULL`, the marker `Call` finds below a plain callable.
    PushNull => pops 0, pushes 1, "[] → [NULL]";
    /// Pushes a copy of the `depth`-th value from the top (1 is the top).
    Copy { depth: u32 } => pops 0, pushes 1, "[x, ...] → [x, ..., x]";
    /// Swaps the top with the `depth`-th value from the top (2 swaps the top two).
    Swap { depth: u32 } => pops 0, pushes 0, "[x, ..., y] → [y, ..., x]";

    // ---- Names
    /// Pushes a constant.
    LoadConst { index: ConstIndex } => pops 0, pushes 1, "[] → [const]";
    /// Pushes a fast local; `UnboundLocalError` if unset.
    LoadFast { local: LocalIndex } => pops 0, pushes 1, "[] → [value]";
    /// Stores into a fast local.
    StoreFast { local: LocalIndex } => pops 1, pushes 0, "[value] → []";
    /// Unsets a fast local; `UnboundLocalError` if unset.
    DeleteFast { local: LocalIndex } => pops 0, pushes 0, "[] → []";
    /// Pushes the contents of a cell; `NameError`/`UnboundLocalError` if empty.
    LoadDeref { cell: CellIndex } => pops 0, pushes 1, "[] → [value]";
    /// Stores into a cell.
    StoreDeref { cell: CellIndex } => pops 1, pushes 0, "[value] → []";
    /// Empties a cell.
    DeleteDeref { cell: CellIndex } => pops 0, pushes 0, "[] → []";
    /// Pushes the cell itself, to build a closure tuple for `MakeFunction`.
    LoadClosure { cell: CellIndex } => pops 0, pushes 1, "[] → [cell]";
    /// In a class body: the class namespace's binding if any, else the cell's.
    LoadClassDeref { cell: CellIndex } => pops 0, pushes 1, "[] → [value]";
    /// Pushes a global, else a builtin; `NameError` if neither.
    LoadGlobal { name: NameIndex } => pops 0, pushes 1, "[] → [value]";
    /// Stores a global.
    StoreGlobal { name: NameIndex } => pops 1, pushes 0, "[value] → []";
    /// Deletes a global; `NameError` if unset.
    DeleteGlobal { name: NameIndex } => pops 0, pushes 0, "[] → []";
    /// Module and class bodies: the local namespace, then globals, then builtins.
    LoadName { name: NameIndex } => pops 0, pushes 1, "[] → [value]";
    /// Module and class bodies: stores into the local namespace.
    StoreName { name: NameIndex } => pops 1, pushes 0, "[value] → []";
    /// Module and class bodies: deletes from the local namespace.
    DeleteName { name: NameIndex } => pops 0, pushes 0, "[] → []";

    // ---- Attributes and items
    /// `obj.name`.
    LoadAttr { name: NameIndex } => pops 1, pushes 1, "[obj] → [obj.name]";
    /// `obj.name = value`.
    StoreAttr { name: NameIndex } => pops 2, pushes 0, "[value, obj] → []";
    /// `del obj.name`.
    DeleteAttr { name: NameIndex } => pops 1, pushes 0, "[obj] → []";
    /// For `obj.name(...)`: pushes the unbound method and `obj` when `name` is a
    /// method found on the type, else `NULL` and the attribute's value, so that
    /// `Call` sees the same layout either way.
    LoadMethod { name: NameIndex } => pops 1, pushes 2, "[obj] → [method, obj] | [NULL, obj.name]";
    /// `container[key]`.
    BinarySubscr => pops 2, pushes 1, "[container, key] → [container[key]]";
    /// `container[key] = value`.
    StoreSubscr => pops 3, pushes 0, "[value, container, key] → []";
    /// `del container[key]`.
    DeleteSubscr => pops 2, pushes 0, "[container, key] → []";

    // ---- Operators
    /// A binary or in-place operator, with `__op__`/`__rop__` dispatch and `NotImplemented`.
    BinaryOp { op: BinaryOperator } => pops 2, pushes 1, "[a, b] → [a op b]";
    /// A unary operator (`not` gives a bool from truth testing).
    UnaryOp { op: UnaryOperator } => pops 1, pushes 1, "[a] → [op a]";
    /// A rich comparison.
    CompareOp { op: ComparisonOperator } => pops 2, pushes 1, "[a, b] → [a op b]";
    /// `a is b` (`invert` = 1: `is not`).
    IsOp { invert: u32 } => pops 2, pushes 1, "[a, b] → [bool]";
    /// `a in b` (`invert` = 1: `not in`).
    ContainsOp { invert: u32 } => pops 2, pushes 1, "[a, b] → [bool]";

    // ---- Building containers
    /// A tuple of the top `count` values.
    BuildTuple { count: u32 } => pops count, pushes 1, "[v1, ..., vn] → [(v1, ..., vn)]";
    /// A list of the top `count` values.
    BuildList { count: u32 } => pops count, pushes 1, "[v1, ..., vn] → [[v1, ..., vn]]";
    /// A set of the top `count` values.
    BuildSet { count: u32 } => pops count, pushes 1, "[v1, ..., vn] → [{v1, ..., vn}]";
    /// A dict of the top `count` key/value pairs.
    BuildMap { count: u32 } => pops 2 * count, pushes 1, "[k1, v1, ..., kn, vn] → [{k1: v1, ...}]";
    /// Concatenates the top `count` strings (f-strings).
    BuildString { count: u32 } => pops count, pushes 1, "[s1, ..., sn] → [s1 + ... + sn]";
    /// A slice object from 2 or 3 values.
    BuildSlice { count: u32 } => pops count, pushes 1, "[start, stop(, step)] → [slice]";
    /// Appends to the list `depth` below the top (comprehensions).
    ListAppend { depth: u32 } => pops 1, pushes 0, "[list, ..., v] → [list, ...]";
    /// Adds to the set `depth` below the top (comprehensions).
    SetAdd { depth: u32 } => pops 1, pushes 0, "[set, ..., v] → [set, ...]";
    /// Sets a key in the dict `depth` below the top (comprehensions).
    MapAdd { depth: u32 } => pops 2, pushes 0, "[dict, ..., k, v] → [dict, ...]";
    /// Extends the list `depth` below the top with an iterable (`[*a]`).
    ListExtend { depth: u32 } => pops 1, pushes 0, "[list, ..., it] → [list, ...]";
    /// Updates the set `depth` below the top with an iterable (`{*a}`).
    SetUpdate { depth: u32 } => pops 1, pushes 0, "[set, ..., it] → [set, ...]";
    /// Updates the dict `depth` below the top with a mapping (`{**a}`).
    DictUpdate { depth: u32 } => pops 1, pushes 0, "[dict, ..., m] → [dict, ...]";
    /// Like `DictUpdate`, but a repeated key is a `TypeError` (`f(**a, **b)`).
    DictMerge { depth: u32 } => pops 1, pushes 0, "[dict, ..., m] → [dict, ...]";
    /// Turns the list on top into a tuple.
    ListToTuple => pops 1, pushes 1, "[list] → [tuple]";
    /// Unpacks an iterable of exactly `count` items, first item on top.
    UnpackSequence { count: u32 } => pops 1, pushes count, "[it] → [vn, ..., v1]";
    /// Unpacks with a starred target: `before` items, a list, `after` items.
    UnpackEx { before: u32, after: u32 } => pops 1, pushes before + after + 1, "[it] → [after..., list, before...]";

    // ---- Iteration and jumps
    /// Replaces the top with `iter(top)`.
    GetIter => pops 1, pushes 1, "[obj] → [iter(obj)]";
    /// Pushes the iterator's next value; when exhausted pops the iterator and
    /// jumps to `target`.
    ForIter { target: Label } => pops 0, pushes 1, "[it] → [it, next] | (exhausted) []";
    /// Jumps unconditionally.
    Jump { target: Label } => pops 0, pushes 0, "[] → []";
    /// Pops; jumps if the value is false.
    PopJumpIfFalse { target: Label } => pops 1, pushes 0, "[v] → []";
    /// Pops; jumps if the value is true.
    PopJumpIfTrue { target: Label } => pops 1, pushes 0, "[v] → []";
    /// Pops; jumps if the value is `None`.
    PopJumpIfNone { target: Label } => pops 1, pushes 0, "[v] → []";
    /// Pops; jumps if the value is not `None`.
    PopJumpIfNotNone { target: Label } => pops 1, pushes 0, "[v] → []";
    /// If the top is false, jumps and keeps it; else pops it (`and`).
    JumpIfFalseOrPop { target: Label } => pops 1, pushes 0, "[v] → [] | (jump) [v]";
    /// If the top is true, jumps and keeps it; else pops it (`or`).
    JumpIfTrueOrPop { target: Label } => pops 1, pushes 0, "[v] → [] | (jump) [v]";

    // ---- Functions and calls
    /// Makes a function from a code object. `flags`: 0x01 a tuple of
    /// positional defaults, 0x02 a dict of keyword-only defaults, 0x04 a dict
    /// of annotations, 0x08 a tuple of cells (closure) — each below the code
    /// object, in that order from the bottom, when present.
    MakeFunction { flags: u32 } => pops 1 + (flags & 1) + ((flags >> 1) & 1) + ((flags >> 2) & 1) + ((flags >> 3) & 1), pushes 1, "[defaults?, kwdefaults?, annotations?, closure?, code] → [function]";
    /// Calls with `argc` arguments. Below the arguments lie either
    /// `[NULL, callable]` or `[method, self]` (then `self` is the first argument).
    /// The last `len(kwnames)` arguments are keyword arguments when `KwNames`
    /// came just before.
    Call { argc: u32 } => pops argc + 2, pushes 1, "[NULL|method, callable|self, args...] → [result]";
    /// Names the keyword arguments of the next `Call`: a tuple constant of strings.
    KwNames { names: ConstIndex } => pops 0, pushes 0, "[] → []";
    /// `f(*args, **kwargs)`: `args` is a tuple, `kwargs` a dict when `has_kwargs` is 1.
    CallFunctionEx { has_kwargs: u32 } => pops 3 + has_kwargs, pushes 1, "[NULL, callable, args, kwargs?] → [result]";
    /// Returns the top of the stack to the caller.
    ReturnValue => pops 1, pushes 0, "[v] → (return v)";

    // ---- Exceptions
    /// `raise` (count 0: re-raise the handled exception), `raise exc` (1),
    /// `raise exc from cause` (2).
    RaiseVarargs { count: u32 } => pops count, pushes 0, "[exc?, cause?] → (raise)";
    /// Re-raises the exception on top. With `set_lasti` 1, the value below it is
    /// the instruction index to report as the raising one.
    Reraise { set_lasti: u32 } => pops 1 + set_lasti, pushes 0, "[lasti?, exc] → (raise)";
    /// Entering a handler: pushes the previously handled exception below the new
    /// one and makes the new one the handled exception (`sys.exc_info()`).
    PushExcInfo => pops 1, pushes 2, "[exc] → [previous, exc]";
    /// Leaving a handler: restores the previously handled exception.
    PopExcept => pops 1, pushes 0, "[previous] → []";
    /// `except T:` test: keeps the exception, pushes whether it matches `T`.
    CheckExcMatch => pops 2, pushes 2, "[exc, T] → [exc, bool]";
    /// `except* T:` split: pushes the non-matching rest and the matching group
    /// (`None` when nothing matches).
    CheckEgMatch => pops 2, pushes 2, "[exc, T] → [rest, match|None]";
    /// After the `except*` handlers: combines what they raised and what none
    /// handled into the exception to re-raise (`None` if nothing is left).
    PrepReraiseStar => pops 2, pushes 1, "[original, raised_list] → [exc|None]";
    /// Pushes `AssertionError` (what `assert` raises, whatever the name means).
    LoadAssertionError => pops 0, pushes 1, "[] → [AssertionError]";

    // ---- with statements
    /// Calls `__enter__`: pushes the bound `__exit__` and the result.
    BeforeWith => pops 1, pushes 2, "[mgr] → [exit, mgr.__enter__()]";
    /// In the handler of a `with`: calls `exit(type, exc, tb)` with the exception on
    /// top and pushes the result (true means: suppress).
    WithExceptStart => pops 0, pushes 1, "[exit, lasti, previous, exc] → [exit, lasti, previous, exc, result]";

    // ---- Formatting (f-strings)
    /// `format(value, spec)` after an optional conversion. `flags`: bits 0-1 the
    /// conversion (0 none, 1 `!s`, 2 `!r`, 3 `!a`); bit 2 set when a spec is on top.
    FormatValue { flags: u32 } => pops 1 + ((flags >> 2) & 1), pushes 1, "[value, spec?] → [str]";

    // ---- Generators (the frame suspends and resumes at the next instruction)
    /// Suspends the frame, handing the top to the caller of `next()`/`send()`;
    /// on resumption pushes the sent value.
    YieldValue => pops 1, pushes 1, "[v] → (yield v) → [sent]";
    /// `yield from` setup: `iter(iterable)`; a coroutine is kept as it is (only
    /// allowed in a coroutine-flagged generator). `await` uses `GetAwaitable`.
    GetYieldFromIter => pops 1, pushes 1, "[iterable] → [iterator]";
    /// Sends the top into the sub-iterator below; when it returns, replaces both
    /// with the return value and jumps to `target`.
    Send { target: Label } => pops 1, pushes 1, "[sub, v] → [sub, yielded] | (returned) [value]";
    /// First instruction of a generator's code: the call creates the generator
    /// object instead of running the body.
    ReturnGenerator => pops 0, pushes 1, "[] → [None]";

    // ---- Coroutines and asynchronous generators
    /// `await` setup: replaces the top with its awaitable iterator. A
    /// coroutine (or a generator-based coroutine) is kept as it is (a
    /// `RuntimeError` "coroutine is being awaited already" if it is already
    /// suspended in an `await`); anything else has `type(obj).__await__(obj)`
    /// called, which must return an iterator that is not a coroutine. Otherwise
    /// a `TypeError`: "object T can't be used in 'await' expression" for
    /// `context` `await`, "'async with' received an object from __aenter__
    /// that does not implement __await__: T" (`__aenter__`), likewise with
    /// `__aexit__`. The `Send`/`YieldValue` loop that follows drives it.
    GetAwaitable { context: AwaitContext } => pops 1, pushes 1, "[obj] → [awaitable]";
    /// In an asynchronous generator only (code flag `ASYNC_GENERATOR`), just
    /// before the `YieldValue` of a `yield` expression: wraps the value so the
    /// generator object can tell a value yielded to the `async for` (wrapped,
    /// delivered as the result of `__anext__()`/`asend()`) from one that an
    /// `await` inside the generator passes up to the event loop (not wrapped).
    AsyncGenWrap => pops 1, pushes 1, "[v] → [wrapped(v)]";

    // ---- async for / async with
    /// `async for` setup: replaces the top with `type(obj).__aiter__(obj)`.
    /// `TypeError` "'async for' requires an object with __aiter__ method, got
    /// T" if the type has no `__aiter__`; `TypeError` "'async for' received an
    /// object from __aiter__ that does not implement __anext__: T" if the
    /// result's type has no `__anext__`.
    GetAIter => pops 1, pushes 1, "[obj] → [aiter]";
    /// Each step of `async for`: keeps the asynchronous iterator and pushes
    /// the awaitable iterator of `type(aiter).__anext__(aiter)` (as
    /// `GetAwaitable` makes it; an asynchronous generator's `__anext__()`
    /// result is one already), ready for `LoadConst None` and the
    /// `Send`/`YieldValue` loop. `TypeError` "'async for' requires an iterator
    /// with __anext__ method, got T" or "'async for' received an invalid object
    /// from __anext__: T". Exhaustion is the `StopAsyncIteration` the awaitable
    /// raises, caught by the handler that ends in `EndAsyncFor`.
    GetANext => pops 0, pushes 1, "[aiter] → [aiter, awaitable]";
    /// The exception handler around `GetANext` and its await (entered with
    /// `[..., aiter, exc]`): if `exc` is an instance of `StopAsyncIteration`
    /// the loop is over — pops both and falls through to the `else` block;
    /// any other exception is re-raised as it is (traceback kept), as
    /// `Reraise` would.
    EndAsyncFor => pops 2, pushes 0, "[aiter, exc] → [] | (raise exc)";
    /// `async with` entry: looks `__aenter__` and `__aexit__` up on the type of
    /// `mgr` (`TypeError` "'T' object does not support the asynchronous
    /// context manager protocol" if either is missing), pushes `__aexit__`
    /// bound to `mgr`, then the result of calling `__aenter__` bound to `mgr`
    /// (not yet awaited: `GetAwaitable __aenter__` follows). The exits call the
    /// bound `__aexit__` as `WithExceptStart` and `Call` call `__exit__`, and
    /// await the result.
    BeforeAsyncWith => pops 1, pushes 2, "[mgr] → [aexit, mgr.__aenter__()]";

    // ---- Pattern matching (`match`; see `codegen/pattern.rs` for how they combine)
    /// Pushes whether the subject is a sequence to a sequence pattern: true
    /// when its type has the *sequence* flag — `list`, `tuple`, `range`,
    /// `memoryview`, `collections.deque`, `array.array`, their subclasses, and
    /// classes that inherit from or are registered with
    /// `collections.abc.Sequence` — and never for `str`, `bytes`, `bytearray`
    /// (or their subclasses). Calls nothing and never raises.
    MatchSequence => pops 0, pushes 1, "[subject] → [subject, bool]";
    /// Pushes whether the subject is a mapping to a mapping pattern: true when
    /// its type has the *mapping* flag — `dict`, `types.MappingProxyType`,
    /// their subclasses, and classes that inherit from or are registered with
    /// `collections.abc.Mapping`. Calls nothing and never raises.
    MatchMapping => pops 0, pushes 1, "[subject] → [subject, bool]";
    /// Pushes `len(obj)` (an `int`), keeping `obj`; errors from `__len__`
    /// propagate.
    GetLen => pops 0, pushes 1, "[obj] → [obj, len(obj)]";
    /// The key lookups of a mapping pattern. `keys` is a tuple; for each key in
    /// order: a key equal to an earlier one is a `ValueError` "mapping pattern
    /// checks duplicate key (K)" (possible only with attribute-lookup keys; the
    /// compiler rejects duplicate literals); then `subject.get(key, marker)`
    /// (the method looked up once, `marker` a private sentinel): if it returns
    /// `marker` the match fails and `None` is pushed. When every key is found,
    /// pushes the tuple of the values, in the order of `keys`. Errors raised by
    /// `get` propagate.
    MatchKeys => pops 0, pushes 1, "[subject, keys] → [subject, keys, values|None]";
    /// `**rest` in a mapping pattern: replaces the tuple `keys` with a new
    /// `dict` holding the items of `subject` (copied as `dict.update` copies:
    /// `keys()` then `subject[k]` for a non-dict) minus each key of `keys`
    /// (`KeyError` if one is missing from the copy).
    CopyDictWithoutKeys => pops 1, pushes 1, "[subject, keys] → [subject, rest]";
    /// A class pattern `cls(p1, ..., pn, a1=q1, ..., am=qm)` with `positional`
    /// = n and `names` the tuple constant `("a1", ..., "am")`. `TypeError`
    /// "called match pattern must be a type" if `cls` is not a class. If `isinstance(subject, cls)` is false, pushes `None`.
    /// Otherwise collects n + m attributes, in order: for the positional ones,
    /// if n > 0, the names come from `cls.__match_args__`, which must be a
    /// tuple (`TypeError` "__match_args__ must be a tuple (got T)") of `str`
    /// (`TypeError` "__match_args__ elements must be strings (got T)") with at
    /// least n items (`TypeError` "C() accepts 1 positional sub-pattern (2
    /// given)", "...sub-patterns..." for other counts); a class without `__match_args__` accepts none, except that
    /// `bool`, `bytearray`, `bytes`, `dict`, `float`, `frozenset`, `int`,
    /// `list`, `set`, `str` and `tuple` (and their subclasses) accept one,
    /// which matches the subject itself; then the names `a1...am`. An
    /// attribute name used twice is a `TypeError` "C() got multiple
    /// sub-patterns for attribute 'a'". Each value is `getattr(subject,
    /// name)`; an `AttributeError` makes the match fail (pushes `None`); other
    /// errors propagate. On success pushes the tuple of the n + m values.
    MatchClass { positional: u32 } => pops 3, pushes 1, "[subject, cls, names] → [attributes|None]";

    // ---- Modules and classes
    /// `import name` with `fromlist` and `level` below it.
    ImportName { name: NameIndex } => pops 2, pushes 1, "[level, fromlist] → [module]";
    /// `from module import name`: keeps the module, pushes the attribute.
    ImportFrom { name: NameIndex } => pops 0, pushes 1, "[module] → [module, module.name]";
    /// `from module import *` into the local namespace.
    ImportStar => pops 1, pushes 0, "[module] → []";
    /// Pushes `builtins.__build_class__`.
    LoadBuildClass => pops 0, pushes 1, "[] → [__build_class__]";
    /// Creates `__annotations__` in the local namespace if missing.
    SetupAnnotations => pops 0, pushes 0, "[] → []";
    /// Interactive mode: prints the repr of a non-`None` top via `sys.displayhook`.
    PrintExpr => pops 1, pushes 0, "[v] → []";

    // ---- Quickened pairs: never emitted by the compiler. The PVM writes one
    // over the first of two instructions when it loads a code object, as
    // CPython 3.11 does: the pair runs in one dispatch, and the second
    // instruction stays in place for jumps to it.
    /// `LoadFast first` then `LoadFast second`.
    LoadFastLoadFast { first: ShortLocal, second: ShortLocal } => pops 0, pushes 2, "[] → [a, b]";
    /// `LoadFast local` then `LoadConst index`.
    LoadFastLoadConst { local: ShortLocal, index: ShortConst } => pops 0, pushes 2, "[] → [value, const]";
    /// `StoreFast store` then `LoadFast load`.
    StoreFastLoadFast { store: ShortLocal, load: ShortLocal } => pops 1, pushes 1, "[value] → [value']";
    /// `PushNull` then `LoadGlobal name`.
    PushNullLoadGlobal { name: NameIndex } => pops 0, pushes 2, "[] → [NULL, value]";
    /// `LoadConst index` then `BinaryOp op`: an operation with a constant right operand.
    LoadConstBinaryOp { index: ShortConst, op: BinaryOperator } => pops 1, pushes 1, "[a] → [a op const]";
    /// `LoadConst index` then `CompareOp op`: a comparison with a constant (`x % 2 == 0`).
    LoadConstCompareOp { index: ShortConst, op: ComparisonOperator } => pops 1, pushes 1, "[a] → [a op const]";
    /// `PopTop` then `Jump target` (the end of a loop body that discards a value).
    PopTopJump { target: Label } => pops 1, pushes 0, "[a] → []";
    /// `ForIter target` then `StoreFast local`: a loop variable.
    ForIterStoreFast { local: ShortLocal, target: Label } => pops 0, pushes 0, "[it] → [it] | (exhausted) []";
    /// `ForIter target` then `UnpackSequence 2`: `for a, b in it`.
    ForIterUnpackTwo { target: Label } => pops 0, pushes 2, "[it] → [it, b, a] | (exhausted) []";
    /// `LoadFast local` then `LoadAttr name`: `self.x`.
    LoadFastLoadAttr { local: ShortLocal, name: NameIndex } => pops 0, pushes 1, "[] → [value.name]";
    /// `LoadFast local` then `LoadMethod name`: `self.m(...)`.
    LoadFastLoadMethod { local: ShortLocal, name: NameIndex } => pops 0, pushes 2, "[] → [method, value]";
    /// `LoadFast local` then `StoreAttr name`: `self.x = v`.
    LoadFastStoreAttr { local: ShortLocal, name: NameIndex } => pops 1, pushes 0, "[v] → []";
    /// `BinaryOp op` then `StoreFast local`: `x = a + b`.
    BinaryOpStoreFast { op: BinaryOperator, local: ShortLocal } => pops 2, pushes 0, "[a, b] → []";
    /// `LoadFast local`, `LoadConst index`, `BinaryOp op`: `n - 1`.
    LoadFastConstBinaryOp { local: ShortLocal, index: ShortConst, op: BinaryOperator } => pops 0, pushes 1, "[] → [value op const]";
    /// `LoadFast first`, `LoadFast second`, `BinaryOp op`: `a * b`.
    LoadFastFastBinaryOp { first: ShortLocal, second: ShortLocal, op: BinaryOperator } => pops 0, pushes 1, "[] → [a op b]";
    /// `LoadFast local`, `LoadConst index`, `CompareOp op`: `n < 2`.
    LoadFastConstCompareOp { local: ShortLocal, index: ShortConst, op: ComparisonOperator } => pops 0, pushes 1, "[] → [value op const]";
    /// `LoadFast first`, `LoadFast second`, `CompareOp op`: `i < n`.
    LoadFastFastCompareOp { first: ShortLocal, second: ShortLocal, op: ComparisonOperator } => pops 0, pushes 1, "[] → [a op b]";
    /// `Call 0` then `LoadMethod name`: `super().name(...)` without making the super object.
    CallNoArgsLoadMethod { name: NameIndex } => pops 2, pushes 2, "[null, super] → [method, self]";
    /// `LoadFast local` then `YieldValue`: `yield x`.
    LoadFastYieldValue { local: ShortLocal } => pops 0, pushes 1, "[] → (yield value) → [sent]";
    /// `Copy 2`, `Copy 2`, `BinarySubscr`: the read of `c[i] op= v`.
    CopyTwoBinarySubscr => pops 0, pushes 1, "[c, i] → [c, i, c[i]]";
    /// `Swap 3`, `Swap 2`, `StoreSubscr`: the write of `c[i] op= v`.
    SwapTwoStoreSubscr => pops 3, pushes 0, "[c, i, v] → []";
}

/// A stable hash of the instruction set's definition: names, operands and
/// order. The cache's magic number derives from it, so a cache written by a
/// build with another instruction set is never trusted.
pub fn fingerprint() -> u64 {
    // FNV-1a: tiny, stable across Rust versions (unlike `DefaultHasher`).
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for &b in bytes {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        hash ^= 0xff;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    };
    for info in INSTRUCTIONS {
        feed(info.name.as_bytes());
        for (name, kind) in info.operands {
            feed(name.as_bytes());
            feed(format!("{kind:?}").as_bytes());
        }
    }
    hash
}

impl fmt::Display for Instruction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())?;
        for (value, (name, _)) in self.operands().iter().zip(self.info().operands) {
            write!(f, " {name}={value}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcodes_index_the_table_and_decode_back() {
        let samples = [
            Instruction::Nop,
            Instruction::LoadConst { index: ConstIndex(7) },
            Instruction::BinaryOp { op: BinaryOperator::InplaceXor },
            Instruction::UnpackEx { before: 2, after: 3 },
            Instruction::PrintExpr,
        ];
        for instruction in samples {
            let info = instruction.info();
            assert_eq!(info.name, instruction.name());
            let decoded = Instruction::decode(instruction.opcode(), &instruction.operands());
            assert_eq!(decoded, Some(instruction));
        }
        let last = Instruction::SwapTwoStoreSubscr;
        assert_eq!(usize::from(last.opcode()) + 1, INSTRUCTIONS.len());
    }

    #[test]
    fn malformed_encodings_are_refused() {
        assert_eq!(Instruction::decode(255, &[]), None);
        assert_eq!(Instruction::decode(Instruction::Nop.opcode(), &[1]), None);
        let op = Instruction::BinaryOp { op: BinaryOperator::Add }.opcode();
        assert_eq!(Instruction::decode(op, &[]), None);
        assert_eq!(Instruction::decode(op, &[9999]), None);
    }

    #[test]
    fn stack_effects_follow_operands() {
        assert_eq!(Instruction::BuildMap { count: 3 }.stack_effect(), (6, 1));
        assert_eq!(Instruction::MakeFunction { flags: 0b1001 }.stack_effect(), (3, 1));
        assert_eq!(Instruction::UnpackEx { before: 1, after: 2 }.stack_effect(), (1, 4));
        assert_eq!(Instruction::Call { argc: 2 }.stack_effect(), (4, 1));
    }

    #[test]
    fn fingerprint_is_pinned() {
        // Changing the instruction set changes this number, and with it the
        // cache's magic: update the value here deliberately when you do.
        assert_eq!(fingerprint(), 0x7fec_5ed3_c7de_0604);
        assert!(INSTRUCTIONS.len() < 256, "opcodes must fit in a byte");
    }
}
