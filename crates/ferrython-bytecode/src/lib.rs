//! Bytecode: the opcode table, code objects, disassembler.
