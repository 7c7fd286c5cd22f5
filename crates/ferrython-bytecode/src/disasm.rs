//! The disassembler behind `ferrython -X dump=bytecode`: every instruction
//! with its operands and its effect line, all generated from the opcode table.

use crate::code::{CodeObject, Constant};
use crate::opcodes::Instr;
use std::fmt::Write;

/// Disassembles `code` and, after it, every code object among its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out);
    out
}

fn disassemble_into(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code object {} at line {}> ({}):",
        code.qualname, code.firstlineno, code.filename
    );
    let _ = writeln!(
        out,
        "  args={} posonly={} kwonly={} flags=0x{:04x} registers={}",
        code.argcount, code.posonlyargcount, code.kwonlyargcount, code.flags, code.nregs
    );
    let list = |v: &[std::rc::Rc<str>]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>().join(", ");
    if !code.varnames.is_empty() {
        let _ = writeln!(out, "  locals: {}", list(&code.varnames));
    }
    if !code.cellvars.is_empty() {
        let _ = writeln!(out, "  cells: {}", list(&code.cellvars));
    }
    if !code.freevars.is_empty() {
        let _ = writeln!(out, "  free: {}", list(&code.freevars));
    }
    let targets: std::collections::BTreeSet<u32> =
        code.instrs.iter().filter_map(jump_target).chain(code.exception_table.iter().map(|e| e.handler)).collect();
    let mut last_line = 0;
    for (pc, instr) in code.instrs.iter().enumerate() {
        let loc = code.locations.get(pc).copied().unwrap_or_default();
        let line = if loc.lineno != 0 && loc.lineno != last_line {
            last_line = loc.lineno;
            format!("{:>5}", loc.lineno)
        } else {
            "     ".to_string()
        };
        let marker = if targets.contains(&(pc as u32)) { ">>" } else { "  " };
        let operands = instr.operands(code);
        let mut effect = instr.effect_template().to_string();
        for (name, text) in &operands {
            effect = effect.replace(&format!("{{{name}}}"), text);
        }
        let args: Vec<String> = operands.iter().map(|(n, t)| format!("{n}={t}")).collect();
        let _ = writeln!(out, "{line} {marker} {pc:>4} {:<20} {:<40} ; {effect}", instr.name(), args.join(" "));
    }
    if !code.exception_table.is_empty() {
        let _ = writeln!(out, "  exception table:");
        for e in &code.exception_table {
            let _ = writeln!(out, "    {} to {} -> {}", e.start, e.end, e.handler);
        }
    }
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            out.push('\n');
            disassemble_into(inner, out);
        }
    }
}

/// The jump target of a branching instruction.
pub fn jump_target(instr: &Instr) -> Option<u32> {
    instr.jump_target().map(|l| l.0)
}
