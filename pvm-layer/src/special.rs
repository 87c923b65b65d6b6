//! The names of special methods (`__init__`, `__add__`...), interned once at
//! start-up so that the data model's lookups hash nothing: a special method
//! is looked up by the interned `str` object, whose hash is cached.

use compiler_layer::instruction::BinaryOperator;

use crate::value::ObjRef;
use crate::vm::Vm;

macro_rules! special_names {
    ($($field:ident = $text:literal,)*) => {
        /// Interned special-method names, one field per name.
        #[derive(Default, Clone)]
        pub struct SpecialNames {
            $(pub $field: ObjRef,)*
        }

        impl SpecialNames {
            pub fn intern(vm: &mut Vm) -> SpecialNames {
                SpecialNames { $($field: vm.intern($text),)* }
            }
        }
    };
}

special_names! {
    init = "__init__",
    new = "__new__",
    call = "__call__",
    repr = "__repr__",
    str = "__str__",
    format = "__format__",
    hash = "__hash__",
    eq = "__eq__",
    ne = "__ne__",
    lt = "__lt__",
    le = "__le__",
    gt = "__gt__",
    ge = "__ge__",
    bool = "__bool__",
    len = "__len__",
    iter = "__iter__",
    next = "__next__",
    reversed = "__reversed__",
    contains = "__contains__",
    getitem = "__getitem__",
    setitem = "__setitem__",
    delitem = "__delitem__",
    missing = "__missing__",
    getattr = "__getattr__",
    getattribute = "__getattribute__",
    setattr = "__setattr__",
    delattr = "__delattr__",
    get = "__get__",
    set = "__set__",
    delete = "__delete__",
    set_name = "__set_name__",
    del = "__del__",
    init_subclass = "__init_subclass__",
    class_getitem = "__class_getitem__",
    prepare = "__prepare__",
    instancecheck = "__instancecheck__",
    subclasscheck = "__subclasscheck__",
    neg = "__neg__",
    pos = "__pos__",
    invert = "__invert__",
    abs = "__abs__",
    index = "__index__",
    int = "__int__",
    float = "__float__",
    complex = "__complex__",
    round = "__round__",
    enter = "__enter__",
    exit = "__exit__",
    slots = "__slots__",
    dict = "__dict__",
    classcell = "__classcell__",
    qualname = "__qualname__",
    module = "__module__",
    doc = "__doc__",
    class = "__class__",
    await_ = "__await__",
    aiter = "__aiter__",
    anext = "__anext__",
    aenter = "__aenter__",
    aexit = "__aexit__",
}

/// The stems of the binary operators' special methods, in the order of
/// [`BinaryOperator`]'s plain (not in-place) variants.
const BINARY_STEMS: [&str; 13] = [
    "add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or",
    "xor",
];

/// `(__op__, __rop__, __iop__)` for each of [`BINARY_STEMS`].
pub struct BinaryNames(pub Vec<[ObjRef; 3]>);

impl BinaryNames {
    pub fn intern(vm: &mut Vm) -> BinaryNames {
        BinaryNames(
            BINARY_STEMS
                .iter()
                .map(|stem| {
                    [
                        vm.intern(&format!("__{stem}__")),
                        vm.intern(&format!("__r{stem}__")),
                        vm.intern(&format!("__i{stem}__")),
                    ]
                })
                .collect(),
        )
    }

    /// The names for `op`, and whether `op` is in-place (`+=`).
    pub fn of(&self, op: BinaryOperator) -> ([ObjRef; 3], bool) {
        use BinaryOperator as B;
        let (i, inplace) = match op {
            B::Add => (0, false),
            B::Subtract => (1, false),
            B::Multiply => (2, false),
            B::MatrixMultiply => (3, false),
            B::TrueDivide => (4, false),
            B::FloorDivide => (5, false),
            B::Remainder => (6, false),
            B::Power => (7, false),
            B::LeftShift => (8, false),
            B::RightShift => (9, false),
            B::And => (10, false),
            B::Or => (11, false),
            B::Xor => (12, false),
            B::InplaceAdd => (0, true),
            B::InplaceSubtract => (1, true),
            B::InplaceMultiply => (2, true),
            B::InplaceMatrixMultiply => (3, true),
            B::InplaceTrueDivide => (4, true),
            B::InplaceFloorDivide => (5, true),
            B::InplaceRemainder => (6, true),
            B::InplacePower => (7, true),
            B::InplaceLeftShift => (8, true),
            B::InplaceRightShift => (9, true),
            B::InplaceAnd => (10, true),
            B::InplaceOr => (11, true),
            B::InplaceXor => (12, true),
        };
        (self.0.get(i).copied().unwrap_or_default(), inplace)
    }
}
