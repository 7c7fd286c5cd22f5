//! Generators: a suspended frame resumed by `next()`/`send()`.

use crate::eval::Frame;
use crate::object::{drop_obj, Obj, StaticObj, Value};
use crate::types::{Layout, SlotInit, TypeObject};
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, RefCell};

pub struct GeneratorObj {
    /// `None` once the generator has finished (or while it runs).
    pub frame: RefCell<Option<Frame>>,
    pub running: Cell<bool>,
    /// The register the suspended `Yield` writes the sent value into.
    pub yield_dst: Cell<Option<u16>>,
    pub name: Value,
    pub qualname: Value,
}

pub static GENERATOR_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "generator",
        None,
        0,
        Layout::Builtin,
        SlotInit {
            repr: Some(|vm, v| {
                let g = as_generator(v).expect("generator");
                let q = vm.str_string(&g.qualname)?;
                Ok(crate::types::str::new_string(format!("<generator object {q} at {:#x}>", v.bits())))
            }),
            iter: Some(|_, v| Ok(v.clone())),
            next: Some(|vm, v| resume(vm, v, None)),
            ..SlotInit::EMPTY
        },
        drop_obj::<GeneratorObj>,
    ),
);

pub fn as_generator(v: &Value) -> Option<&GeneratorObj> {
    v.downcast_exact::<GeneratorObj>(&GENERATOR_TYPE)
}

pub fn new_generator(frame: Frame, name: Value, qualname: Value) -> Value {
    Obj::alloc(
        &GENERATOR_TYPE.0,
        GeneratorObj {
            frame: RefCell::new(Some(frame)),
            running: Cell::new(false),
            yield_dst: Cell::new(None),
            name,
            qualname,
        },
    )
}

/// Runs the generator to its next `yield`: `Ok(Some(value))`, `Ok(None)`
/// when it returned (the return value is then in `Vm::gen_return`), or the
/// exception it raised.
pub fn resume(vm: &mut Vm, gen: &Value, sent: Option<Value>) -> PyResult<Option<Value>> {
    let g = as_generator(gen).expect("generator");
    if g.running.get() {
        return Err(vm.new_value_error("generator already executing".into()));
    }
    let Some(mut frame) = g.frame.borrow_mut().take() else {
        vm.gen_return = None;
        return Ok(None);
    };
    match (g.yield_dst.get(), &sent) {
        (Some(dst), _) => frame.set_register(dst, sent.unwrap_or_else(|| vm.none())),
        (None, Some(v)) if !crate::types::bool_none::is_none(v) => {
            *g.frame.borrow_mut() = Some(frame);
            return Err(vm.new_type_error("can't send non-None value to a just-started generator".into()));
        }
        _ => {}
    }
    g.running.set(true);
    let r = crate::eval::run_generator(vm, frame);
    g.running.set(false);
    match r {
        Ok(crate::eval::GenStep::Yielded(v, frame, dst)) => {
            g.yield_dst.set(Some(dst));
            *g.frame.borrow_mut() = Some(frame);
            Ok(Some(v))
        }
        Ok(crate::eval::GenStep::Returned(v)) => {
            vm.gen_return = Some(v);
            Ok(None)
        }
        Err(e) => {
            // A StopIteration escaping a generator becomes a RuntimeError (PEP 479).
            if e.is_instance_of(&crate::types::exceptions::STOP_ITERATION.0) {
                let err =
                    vm.new_exception(&crate::types::exceptions::RUNTIME_ERROR, "generator raised StopIteration".into());
                if let Some(d) = crate::types::exceptions::exc_data(&err.0) {
                    *d.cause.borrow_mut() = Some(e.0.clone());
                    *d.context.borrow_mut() = Some(e.0);
                    d.suppress_context.set(true);
                }
                return Err(err);
            }
            Err(e)
        }
    }
}

/// `gen.send(value)`: the next yielded value, or StopIteration(return value).
pub fn send(vm: &mut Vm, gen: &Value, value: Value) -> PyResult<Value> {
    match resume(vm, gen, Some(value))? {
        Some(v) => Ok(v),
        None => Err(stop_iteration(vm)),
    }
}

/// The StopIteration carrying the generator's return value.
pub fn stop_iteration(vm: &mut Vm) -> crate::vm::PyErr {
    let ty = crate::types::exceptions::STOP_ITERATION.value();
    let args = match vm.gen_return.take() {
        Some(v) if !crate::types::bool_none::is_none(&v) => vec![v],
        _ => vec![],
    };
    vm.new_exception_args(&ty, args)
}

pub fn install(vm: &mut Vm) {
    crate::types::methods::add_methods(
        vm,
        &GENERATOR_TYPE,
        &[
            ("send", |vm, a| {
                let p = crate::args::positional(vm, "send", &crate::types::CallArgs::positional(&a.args[1..]), 1, 1)?;
                let g = a.args[0].clone();
                send(vm, &g, p[0].clone())
            }),
            ("close", |vm, a| {
                let g = as_generator(&a.args[0]).expect("generator");
                // Without `throw`, closing drops the suspended frame (its
                // `finally` blocks do not run yet; docs/differences.md).
                let frame = g.frame.borrow_mut().take();
                drop(frame);
                Ok(vm.none())
            }),
        ],
    );
}
