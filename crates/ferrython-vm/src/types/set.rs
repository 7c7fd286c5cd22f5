//! Methods of builtin types (see `types::methods` for how they are registered).

use crate::vm::Vm;

/// Adds this module's methods to their types' dicts (once per process).
pub fn install(_vm: &mut Vm) {}
