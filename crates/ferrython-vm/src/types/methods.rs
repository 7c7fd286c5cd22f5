//! Registration of builtin methods in the static types' dicts.
//!
//! A builtin method is a `builtin_function_or_method` without a bound
//! object stored in its type's dict; attribute lookup binds it to the
//! instance (`descr_get`), and `LoadMethod`/`CallMethod` call it with the
//! instance as the first argument without creating the bound object.
//! Each `types::*_methods` module has an `install` that calls `add_methods`.

use crate::object::StaticObj;
use crate::types::function::{new_builtin, NativeFn};
use crate::types::TypeObject;
use crate::vm::Vm;

/// Adds `methods` to `ty`'s dict.
pub fn add_methods(vm: &mut Vm, ty: &'static StaticObj<TypeObject>, methods: &[(&'static str, NativeFn)]) {
    for (name, f) in methods {
        let key = vm.intern(name);
        ty.0.data.dict.borrow_mut().set_str(key, new_builtin(name, *f, None));
    }
    ty.0.data.bump_version();
}

/// Runs every module's `install` once per process.
pub fn install_all(vm: &mut Vm) {
    static DONE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if DONE.swap(true, std::sync::atomic::Ordering::SeqCst) {
        return;
    }
    super::str_methods::install(vm);
    super::list_methods::install(vm);
    super::dict_methods::install(vm);
    super::set::install(vm);
    super::tuple_methods::install(vm);
    super::range_methods::install(vm);
    super::number_methods::install(vm);
    super::bytes::install(vm);
    super::object_methods::install(vm);
    super::generator::install(vm);
    super::exceptions::install(vm);
    super::code_attrs::install(vm);
    super::slot_attrs::install(vm);
    super::frame::install(vm);
    super::property::install(vm);
    super::file::install(vm);
    super::exception_group::install(vm);
    super::mappingproxy::install(vm);
    super::builtin_attrs::install(vm);
    // Last: slot wrappers fill in the dunders no explicit method defines.
    super::slotdefs::install(vm);
}
