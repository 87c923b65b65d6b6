"""Disassembler of Python byte code into mnemonics.

Strata: the byte code is Strata's own instruction set
(compiler-layer/src/instruction.rs), not CPython's, so the listing is the
one `strata -m dis` prints (`_dis`, over compiler-layer/src/dis.rs): an
instruction per line, numbered by index, with the source line where a line
starts, `>>` on jump targets, the resolved operands, then the exception
table and the nested code objects. `dis`, `disassemble`, `code_info`,
`show_code` and `pretty_flags` follow CPython's; there is no
`get_instructions`, `Bytecode`, `distb` or `opmap`.
"""

import sys
import types
import _dis

__all__ = ["code_info", "dis", "disassemble", "pretty_flags", "show_code"]

_have_code = (types.MethodType, types.FunctionType, types.CodeType,
              classmethod, staticmethod, type)

# The flag values are CPython's (compiler-layer/src/code.rs keeps them).
COMPILER_FLAG_NAMES = {
     1: "OPTIMIZED",
     2: "NEWLOCALS",
     4: "VARARGS",
     8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
   128: "COROUTINE",
   256: "ITERABLE_COROUTINE",
   512: "ASYNC_GENERATOR",
}


def _try_compile(source, name):
    """Attempts to compile the given source, first as an expression and
       then as a statement if the first approach fails.
    """
    try:
        c = compile(source, name, 'eval')
    except SyntaxError:
        c = compile(source, name, 'exec')
    return c


def _unwrap(x):
    """The function or code object behind a method, function or generator."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    return x


def _is_code(x):
    return isinstance(x, types.CodeType)


def dis(x, *, file=None, depth=None):
    """Disassemble classes, methods, functions, code objects and source.

    Strata: `depth` is accepted and ignored (nested code objects are always
    shown), and there is no last traceback to disassemble.
    """
    x = _unwrap(x)
    if _is_code(x):
        disassemble(x, file=file)
    elif isinstance(x, str):
        disassemble(_try_compile(x, "<dis>"), file=file)
    elif hasattr(x, '__dict__'):  # Class or module
        items = sorted(x.__dict__.items())
        for name, x1 in items:
            if isinstance(x1, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(x1, file=file, depth=depth)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    else:
        raise TypeError("don't know how to disassemble %s objects" %
                        type(x).__name__)


def disassemble(co, lasti=-1, *, file=None):
    """Disassemble a code object (and the code objects nested in it)."""
    (file or sys.stdout).write(_dis.disassemble(co))


def _get_code_object(x):
    """Helper to handle methods, compiled or raw code objects, and strings."""
    x = _unwrap(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if _is_code(x):
        return x
    raise TypeError("don't know how to disassemble %s objects" %
                    type(x).__name__)


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    names = []
    for i in range(32):
        flag = 1<<i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _format_code_info(_get_code_object(x))


def _format_code_info(co):
    lines = []
    lines.append("Name:              %s" % co.co_name)
    lines.append("Filename:          %s" % co.co_filename)
    lines.append("Argument count:    %s" % co.co_argcount)
    lines.append("Positional-only arguments: %s" % co.co_posonlyargcount)
    lines.append("Kw-only arguments: %s" % co.co_kwonlyargcount)
    lines.append("Number of locals:  %s" % co.co_nlocals)
    lines.append("Stack size:        %s" % co.co_stacksize)
    lines.append("Flags:             %s" % pretty_flags(co.co_flags))
    if co.co_consts:
        lines.append("Constants:")
        for i_c in enumerate(co.co_consts):
            lines.append("%4d: %r" % i_c)
    if co.co_names:
        lines.append("Names:")
        for i_n in enumerate(co.co_names):
            lines.append("%4d: %s" % i_n)
    if co.co_varnames:
        lines.append("Variable names:")
        for i_n in enumerate(co.co_varnames):
            lines.append("%4d: %s" % i_n)
    if co.co_freevars:
        lines.append("Free variables:")
        for i_n in enumerate(co.co_freevars):
            lines.append("%4d: %s" % i_n)
    if co.co_cellvars:
        lines.append("Cell variables:")
        for i_n in enumerate(co.co_cellvars):
            lines.append("%4d: %s" % i_n)
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file*.

    If *file* is not provided, the output is printed on stdout.
    """
    print(code_info(co), file=file)
