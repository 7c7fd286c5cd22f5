//! The virtual machine: the object core (`object`), the types (`types`), the
//! interpreter state and protocols (`vm`) and the evaluation loop (`eval`).
//! See `docs/internals/values.md`.

pub mod eval;
pub mod object;
pub mod types;
pub mod vm;

pub use object::Value;
pub use vm::{PyErr, PyResult, Vm};
