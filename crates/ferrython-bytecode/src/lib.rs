//! Bytecode: the one opcode table (`opcodes`), code objects (`code`) and the
//! disassembler (`disasm`). See `docs/internals/bytecode.md`.

pub mod code;
pub mod disasm;
pub mod opcodes;

pub use code::{CodeObject, Constant, ExceptionEntry};
pub use opcodes::{BinOp, CmpOp, ConstIdx, Imm, Instr, Label, NameIdx, Reg, UnOp};
