//! A disassembler in the spirit of CPython's `dis`: one line per
//! instruction (line number where a line starts, `>>` on jump targets, the
//! instruction index, the name, the operands resolved: constants by repr,
//! names, locals, cells, jump targets, operator symbols), the exception
//! table, then each nested code object.

use crate::code::{CodeObject, Constant};
use crate::instruction::{
    AwaitContext, BinaryOperator, ComparisonOperator, Instruction, Operand, OperandKind, UnaryOperator,
};
use std::collections::HashSet;
use std::fmt::Write;
use strata_syntax::pyrepr;

/// `repr` of a constant, as `dis` shows it.
pub fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => pyrepr::int_repr(i),
        Constant::Float(f) => pyrepr::float_repr(*f),
        Constant::Complex { real, imag } => pyrepr::complex_repr(*real, *imag),
        Constant::Str(s) => pyrepr::wtf8_repr(s),
        Constant::Bytes(b) => pyrepr::bytes_repr(b),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(constant_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::FrozenSet(items) => {
            let parts: Vec<String> = items.iter().map(constant_repr).collect();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        Constant::Code(code) => code_repr(code),
    }
}

fn code_repr(code: &CodeObject) -> String {
    format!("<code object {}, file \"{}\", line {}>", code.name, code.filename, code.first_line)
}

fn operand_repr(code: &CodeObject, instruction: &Instruction, kind: OperandKind, value: u32) -> String {
    let i = value as usize;
    match kind {
        OperandKind::Jump => format!("to {value}"),
        OperandKind::Const => code.constants.get(i).map_or_else(|| "?".into(), constant_repr),
        OperandKind::Name => code.names.get(i).cloned().unwrap_or_else(|| "?".into()),
        OperandKind::Local => code.varnames.get(i).cloned().unwrap_or_else(|| "?".into()),
        OperandKind::Cell => {
            code.cellvars.iter().chain(&code.freevars).nth(i).cloned().unwrap_or_else(|| "?".into())
        }
        OperandKind::Operator => match instruction {
            Instruction::BinaryOp { .. } => {
                BinaryOperator::from_u32(value).map_or("?", |o| o.symbol()).into()
            }
            Instruction::UnaryOp { .. } => UnaryOperator::from_u32(value).map_or("?", |o| o.symbol()).into(),
            Instruction::CompareOp { .. } => {
                ComparisonOperator::from_u32(value).map_or("?", |o| o.symbol()).into()
            }
            Instruction::GetAwaitable { .. } => {
                AwaitContext::from_u32(value).map_or("?", |o| o.symbol()).into()
            }
            _ => String::new(),
        },
        OperandKind::Count => match instruction {
            Instruction::IsOp { invert } => if *invert == 1 { "is not" } else { "is" }.into(),
            Instruction::ContainsOp { invert } => if *invert == 1 { "not in" } else { "in" }.into(),
            Instruction::FormatValue { flags } => {
                let conv = ["", "str", "repr", "ascii"][(*flags & 3) as usize];
                let spec = if flags & 4 != 0 { "with format" } else { "" };
                [conv, spec].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(", ")
            }
            _ => String::new(),
        },
    }
}

/// The disassembly of a code object and, after it, of its nested ones.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_one(code, &mut out);
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            let _ = writeln!(out, "\nDisassembly of {}:", code_repr(inner));
            out.push_str(&disassemble(inner));
        }
    }
    out
}

fn disassemble_one(code: &CodeObject, out: &mut String) {
    let targets: HashSet<u32> = code
        .instructions
        .iter()
        .filter_map(crate::codegen::jump_target)
        .map(|l| l.0)
        .chain(code.exception_table.iter().map(|e| e.target))
        .collect();
    let mut last_line = 0;
    for (i, instruction) in code.instructions.iter().enumerate() {
        let line = code.locations.get(i).map_or(0, |l| l.line);
        let line_field = if line != last_line && line != 0 {
            last_line = line;
            if i > 0 {
                out.push('\n');
            }
            format!("{line:>4}")
        } else {
            "    ".into()
        };
        let marker = if targets.contains(&(i as u32)) { ">>" } else { "  " };
        let mut text = format!("{line_field} {marker} {i:>5} {:<20}", instruction.name());
        let operands = instruction.operands();
        let info = instruction.info();
        let values: Vec<String> = operands.iter().map(|v| v.to_string()).collect();
        if !values.is_empty() {
            let _ = write!(text, " {:>4}", values.join(","));
            let reprs: Vec<String> = operands
                .iter()
                .zip(info.operands)
                .map(|(&v, &(_, kind))| operand_repr(code, instruction, kind, v))
                .filter(|r| !r.is_empty())
                .collect();
            if !reprs.is_empty() {
                let _ = write!(text, " ({})", reprs.join(", "));
            }
        }
        out.push_str(text.trim_end());
        out.push('\n');
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let lasti = if e.push_lasti { " lasti" } else { "" };
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{lasti}",
                e.start,
                e.end.saturating_sub(1),
                e.target,
                e.depth
            );
        }
    }
}
