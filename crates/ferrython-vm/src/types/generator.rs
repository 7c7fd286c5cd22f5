//! Generators: a suspended frame resumed by `next()`/`send()`.
//!
//! A generator dropped while suspended at a `yield` must still run its
//! `finally` blocks and `with` exits: CPython's `_PyGen_Finalize` calls
//! `close()`. Freeing happens inside `Drop`, without the VM, so the
//! generator's dealloc instead resurrects it into a queue
//! (`PENDING_CLOSE`), and the eval loop closes the queued generators at
//! its next safe point (`eval::finalize`): after the instruction that
//! dropped it when that is a store, delete or return, and before any
//! native call. An exception from `close()` is reported as
//! "Exception ignored in: <generator ...>" (`vm.write_unraisable`).

use crate::eval::Frame;
use crate::object::{drop_obj, Obj, StaticObj, Value};
use crate::types::{Layout, SlotInit, TypeObject};
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::{Cell, RefCell};

pub struct GeneratorObj {
    /// The generator's frame, alone on its own frame stack: a resume runs
    /// this vector as the eval loop's stack, so the frame never moves.
    /// Empty once the generator has finished (or while it runs).
    pub frame: RefCell<Vec<Frame>>,
    pub running: Cell<bool>,
    /// The register the suspended `Yield` writes the sent value into.
    pub yield_dst: Cell<Option<u16>>,
    /// The exception being handled where the generator is suspended (it
    /// yielded inside an `except` block), `sys.exc_info()` while it runs;
    /// the caller's is restored at each yield (CPython: `gi_exc_state`).
    pub exc_state: RefCell<Option<Value>>,
    pub name: Value,
    pub qualname: Value,
    /// `gi_code` (the frame is gone once the generator finishes).
    pub code: Value,
    /// Set once the generator was queued for closing, so it is finalized once.
    pub finalized: Cell<bool>,
}

thread_local! {
    static PENDING_CLOSE: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    static HAS_PENDING_CLOSE: Cell<bool> = const { Cell::new(false) };
}

/// Are there dropped generators waiting to be closed?
#[inline(always)]
pub fn has_pending_close() -> bool {
    HAS_PENDING_CLOSE.with(|c| c.get())
}

/// The dropped generators waiting to be closed, oldest first.
pub fn take_pending_close() -> Vec<Value> {
    HAS_PENDING_CLOSE.with(|c| c.set(false));
    PENDING_CLOSE.with(|q| std::mem::take(&mut *q.borrow_mut()))
}

/// Frees a generator, or queues a suspended one to be closed first.
///
/// # Safety
/// As every `dealloc`: `ptr` is a `GeneratorObj` whose count reached zero.
unsafe fn generator_dealloc(ptr: std::ptr::NonNull<crate::object::ObjHeader>) {
    // SAFETY: the object is still allocated; `GENERATOR_TYPE` allocates `Obj<GeneratorObj>`.
    let g = unsafe { &(*(ptr.as_ptr() as *const Obj<GeneratorObj>)).data };
    let suspended = g.yield_dst.get().is_some() && !g.running.get() && !g.frame.borrow().is_empty();
    if suspended && !g.finalized.get() {
        g.finalized.set(true);
        // SAFETY: `ptr` is the object being deallocated, not yet freed.
        let v = unsafe { crate::object::resurrect(ptr) };
        PENDING_CLOSE.with(|q| q.borrow_mut().push(v));
        HAS_PENDING_CLOSE.with(|c| c.set(true));
        return;
    }
    // SAFETY: guaranteed by the caller.
    unsafe { drop_obj::<GeneratorObj>(ptr) }
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
            getattr: Some(generator_getattr),
            ..SlotInit::EMPTY
        },
        generator_dealloc,
    ),
);

/// CPython's `gen_memberlist` and `gen_getsetlist` (no `gi_frame`: frames
/// are not objects here).
pub const GENERATOR_MEMBERS: &[&str] = &["gi_code"];
pub const GENERATOR_GETSETS: &[&str] = &["__name__", "__qualname__", "gi_running", "gi_suspended", "gi_yieldfrom"];

fn generator_getattr(vm: &mut Vm, v: &Value, name: &Value) -> PyResult<Value> {
    let g = as_generator(v).expect("generator");
    match crate::types::str::as_str(name).unwrap_or("") {
        "__name__" => Ok(g.name.clone()),
        "__qualname__" => Ok(g.qualname.clone()),
        "gi_code" => Ok(g.code.clone()),
        "gi_running" => Ok(vm.bool(g.running.get())),
        "gi_suspended" => {
            let suspended = !g.running.get() && !g.frame.borrow().is_empty() && g.yield_dst.get().is_some();
            Ok(vm.bool(suspended))
        }
        "gi_yieldfrom" => {
            let sub = g.frame.borrow().last().and_then(crate::eval::frame_delegate).map(|(sub, _, _)| sub);
            Ok(sub.unwrap_or_else(|| vm.none()))
        }
        _ => crate::types::object::generic_getattr(vm, v, name),
    }
}

pub fn as_generator(v: &Value) -> Option<&GeneratorObj> {
    v.downcast_exact::<GeneratorObj>(&GENERATOR_TYPE)
}

pub fn new_generator(mut frame: Frame, name: Value, qualname: Value) -> Value {
    // A generator's frame is suspended and resumed in any order relative
    // to other calls, so its registers leave the register stack.
    frame.regs.make_owned();
    let code = frame.code.clone();
    Obj::alloc(
        &GENERATOR_TYPE.0,
        GeneratorObj {
            code,
            frame: RefCell::new(vec![frame]),
            running: Cell::new(false),
            yield_dst: Cell::new(None),
            exc_state: RefCell::new(None),
            name,
            qualname,
            finalized: Cell::new(false),
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
    let mut slot = std::mem::take(&mut *g.frame.borrow_mut());
    let Some(frame) = slot.last_mut() else {
        vm.gen_return = None;
        return Ok(None);
    };
    match (g.yield_dst.get(), &sent) {
        (Some(dst), _) => frame.set_register(dst, sent.unwrap_or_else(|| vm.none())),
        (None, Some(v)) if !crate::types::bool_none::is_none(v) => {
            *g.frame.borrow_mut() = slot;
            return Err(vm.new_type_error("can't send non-None value to a just-started generator".into()));
        }
        _ => {}
    }
    run_frame(vm, g, &mut slot, None)
}

/// `gen.throw(exc)`: raises `exc` where the generator is suspended; inside
/// `yield from`, the subiterator gets it first.
/// CPython: Objects/genobject.c, _gen_throw.
pub fn throw(vm: &mut Vm, gen: &Value, err: PyErr) -> PyResult<Option<Value>> {
    let g = as_generator(gen).expect("generator");
    if g.running.get() {
        return Err(vm.new_value_error("generator already executing".into()));
    }
    let mut slot = std::mem::take(&mut *g.frame.borrow_mut());
    let Some(frame) = slot.last_mut() else {
        return Err(err);
    };
    let mut err = err;
    if let Some((sub, dst, target)) = crate::eval::frame_delegate(frame) {
        let is_exit = err.is_instance_of(&crate::types::exceptions::GENERATOR_EXIT.0);
        let delegated: Option<PyResult<Option<Value>>> = if is_exit {
            // The subiterator is closed; the GeneratorExit is then raised here.
            let closed: PyResult<()> = if as_generator(&sub).is_some() {
                close(vm, &sub)
            } else {
                match vm.getattr_str(&sub, "close") {
                    Ok(m) => vm.call(&m, crate::types::CallArgs::positional(&[])).map(|_| ()),
                    Err(_) => Ok(()),
                }
            };
            closed.err().map(Err)
        } else if as_generator(&sub).is_some() {
            g.running.set(true);
            let r = throw(vm, &sub, PyErr(err.0.clone()));
            g.running.set(false);
            Some(r)
        } else {
            match vm.getattr_str(&sub, "throw") {
                Ok(m) => Some(match vm.call(&m, crate::types::CallArgs::positional(&[err.0.clone()])) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.is_instance_of(&crate::types::exceptions::STOP_ITERATION.0) => {
                        vm.gen_return = crate::types::exceptions::exc_args(&e.0).into_iter().next();
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }),
                Err(_) => None,
            }
        };
        match delegated {
            Some(Ok(Some(v))) => {
                *g.frame.borrow_mut() = slot;
                return Ok(Some(v));
            }
            Some(Ok(None)) => {
                let value = vm.gen_return.take().unwrap_or_else(|| vm.none());
                if let Some(frame) = slot.last_mut() {
                    frame.finish_delegation(dst, target, value);
                }
                return run_frame(vm, g, &mut slot, None);
            }
            Some(Err(e)) => err = e,
            None => {}
        }
    }
    run_frame(vm, g, &mut slot, Some(err))
}

/// `gen.close()`: GeneratorExit at the suspended `yield`; a generator
/// that yields again is an error.
pub fn close(vm: &mut Vm, gen: &Value) -> PyResult<()> {
    let g = as_generator(gen).expect("generator");
    if g.yield_dst.get().is_none() && !g.running.get() {
        // Never started: nothing to unwind.
        drop(std::mem::take(&mut *g.frame.borrow_mut()));
        return Ok(());
    }
    let exit = vm.new_exception_args(&crate::types::exceptions::GENERATOR_EXIT.value(), vec![]);
    match throw(vm, gen, exit) {
        Ok(Some(_)) => {
            Err(vm.new_exception(&crate::types::exceptions::RUNTIME_ERROR, "generator ignored GeneratorExit".into()))
        }
        Ok(None) => Ok(()),
        Err(e)
            if e.is_instance_of(&crate::types::exceptions::GENERATOR_EXIT.0)
                || e.is_instance_of(&crate::types::exceptions::STOP_ITERATION.0) =>
        {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// Runs `frame` (sending nothing, or raising `thrown` at its `yield`) and
/// records the outcome on the generator.
fn run_frame(vm: &mut Vm, g: &GeneratorObj, slot: &mut Vec<Frame>, thrown: Option<PyErr>) -> PyResult<Option<Value>> {
    let caller_exc = vm.exc_info.clone();
    if let Some(own) = g.exc_state.borrow_mut().take() {
        vm.exc_info = Some(own);
    }
    g.running.set(true);
    let r = match thrown {
        None => crate::eval::run_generator(vm, slot),
        Some(err) => crate::eval::throw_generator(vm, slot, err),
    };
    g.running.set(false);
    let at_exit = std::mem::replace(&mut vm.exc_info, caller_exc.clone());
    match r {
        Ok(crate::eval::GenStep::Yielded(v, dst)) => {
            let inherited = match (&at_exit, &caller_exc) {
                (Some(a), Some(c)) => a.is(c),
                (None, _) => true,
                _ => false,
            };
            if !inherited {
                *g.exc_state.borrow_mut() = at_exit;
            }
            g.yield_dst.set(Some(dst));
            *g.frame.borrow_mut() = std::mem::take(slot);
            Ok(Some(v))
        }
        Ok(crate::eval::GenStep::Returned(v)) => {
            vm.gen_return = Some(v);
            Ok(None)
        }
        Err(e) => Err(escaping_error(vm, e)),
    }
}

/// The exception a generator's caller sees for `e` leaving the generator:
/// a StopIteration becomes a RuntimeError caused by it (PEP 479).
pub fn escaping_error(vm: &mut Vm, e: PyErr) -> PyErr {
    if !e.is_instance_of(&crate::types::exceptions::STOP_ITERATION.0) {
        return e;
    }
    let err = vm.new_exception(&crate::types::exceptions::RUNTIME_ERROR, "generator raised StopIteration".into());
    if let Some(d) = crate::types::exceptions::exc_data(&err.0) {
        *d.cause.borrow_mut() = Some(e.0.clone());
        *d.context.borrow_mut() = Some(e.0);
        d.suppress_context.set(true);
    }
    err
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
                let g = a.args[0].clone();
                close(vm, &g)?;
                Ok(vm.none())
            }),
            ("throw", |vm, a| {
                let p = crate::args::positional(vm, "throw", &crate::types::CallArgs::positional(&a.args[1..]), 1, 3)?;
                let g = a.args[0].clone();
                let err = thrown_exception(vm, &p[0], p.get(1))?;
                match throw(vm, &g, err)? {
                    Some(v) => Ok(v),
                    None => Err(stop_iteration(vm)),
                }
            }),
        ],
    );
}

/// The exception `gen.throw(typ[, val])` raises: an instance as is, or the
/// class called with `val`.
fn thrown_exception(vm: &mut Vm, typ: &Value, val: Option<&Value>) -> PyResult<PyErr> {
    if crate::types::exceptions::is_exception_instance(typ) {
        if val.is_some_and(|v| !crate::types::bool_none::is_none(v)) {
            return Err(vm.new_type_error("instance exception may not have a separate value".into()));
        }
        return Ok(PyErr(typ.clone()));
    }
    let is_exc_class =
        crate::types::as_type(typ).is_some_and(|t| t.flags.get() & crate::types::tpflags::BASE_EXC_SUBCLASS != 0);
    if !is_exc_class {
        return Err(vm.new_type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            typ.ty().name()
        )));
    }
    let args: Vec<Value> = match val {
        None => vec![],
        Some(v) if crate::types::bool_none::is_none(v) => vec![],
        Some(v) => match crate::types::tuple::as_tuple(v) {
            Some(t) => t.to_vec(),
            None => vec![v.clone()],
        },
    };
    let inst = vm.call(typ, crate::types::CallArgs::positional(&args))?;
    Ok(PyErr(inst))
}
