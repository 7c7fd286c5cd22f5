//! The symbol table: scopes and the binding of every name (placeholder).
