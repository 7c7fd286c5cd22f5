//! The virtual machine: the object core (`object`), the types (`types`), the
//! interpreter state and protocols (`vm`) and the evaluation loop (`eval`).
//! See `docs/internals/values.md`.

pub mod args;
pub mod builtins;
pub mod eval;
pub mod exception_notes;
pub mod import;
pub mod math;
pub mod modules;
pub mod number;
pub mod object;
pub mod ops;
pub mod sort;
pub mod suggestions;
pub mod traceback;
pub mod traceback_anchors;
pub mod types;
pub mod vm;

pub use object::Value;
pub use vm::{PyErr, PyResult, Vm};
