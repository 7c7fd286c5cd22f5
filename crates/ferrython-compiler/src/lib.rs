//! Ferrython's compiler: the symbol table (`symtable`), then AST → control-flow
//! graph → register bytecode (`codegen`), as CPython's `Python/symtable.c` and
//! `Python/compile.c` do for its stack bytecode.
//!
//! Until the code generator exists, `check` holds the SyntaxErrors that
//! CPython raises while generating code (`'return' outside function`, ...),
//! so that programs are rejected exactly where CPython rejects them.

pub mod check;
pub mod codegen;
pub mod symtable;
pub mod syntax_warnings;
