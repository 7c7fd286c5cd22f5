//! The `__notes__` lines printed after an exception (PEP 678, 3.11).
//! CPython: Python/pythonrun.c, print_exception_notes.

use crate::object::Value;
use crate::types;
use crate::vm::Vm;

/// The notes of `exc` as printed under its `Type: message` line: each
/// note on its own line(s); a `__notes__` that is not a sequence is printed
/// as its repr, without a newline.
pub fn format_notes(vm: &mut Vm, exc: &Value) -> String {
    let Some(notes) = vm.getattr_str(exc, "__notes__").ok() else { return String::new() };
    let is_sequence = types::dict::as_dict(&notes).is_none() && notes.ty().slots.getitem.get().is_some();
    if !is_sequence {
        return vm.repr_string(&notes).unwrap_or_else(|_| "<__notes__ repr() failed>".into());
    }
    let Ok(items) = vm.collect_iterable(&notes) else { return String::new() };
    let mut out = String::new();
    for note in items {
        match vm.str_string(&note) {
            Ok(s) => out.push_str(&s),
            Err(_) => out.push_str("<note str() failed>"),
        }
        out.push('\n');
    }
    out
}
