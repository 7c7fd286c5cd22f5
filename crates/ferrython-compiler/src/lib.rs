//! Ferrython's compiler: the symbol table (`symtable`), then AST → control-flow
//! graph → register bytecode (`codegen`), as CPython's `Python/symtable.c` and
//! `Python/compile.c` do for its stack bytecode.

pub mod symtable;
