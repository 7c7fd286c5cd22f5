//! The evaluation loop.
//!
//! # Design
//!
//! `run` executes a stack of frames in one Rust loop: a call from Python to
//! a Python function pushes a `Frame` and continues the loop, and `Return`
//! pops it and writes the result into the caller's destination register, so
//! deep Python recursion never grows the Rust stack. Native code calling
//! back into Python (`sorted(key=f)`, `__repr__` of a class) starts a nested
//! `run`; the recursion limit counts frames across all of them.
//!
//! A frame's registers are `Option<Value>`: `None` is an unbound local (or a
//! register not yet written). Reading an unbound named register raises
//! `UnboundLocalError`, which is how `del x; x` and use-before-assignment
//! behave without a separate checked load.
//!
//! Exceptions unwind through the code object's exception table: the pending
//! exception is parked in `Vm::pending` and the handler's first instruction
//! (`PushExcInfo`) picks it up. Each frame an exception leaves records a
//! traceback entry (code, instruction) on the exception, as CPython's
//! `PyTraceBack_Here` does, except for re-raises of the same exception.

pub mod args;
pub mod attr_cache;
mod class_call;
pub mod code;
mod except_star;
pub mod finalize;
pub mod frames;
mod inline_gen;
pub mod introspect;
pub mod method_cache;
mod pattern;
pub mod regs;

use crate::object::{clear_reg, put_reg, Value};
use crate::types::function::{as_code, as_function, FunctionObj, PyCode};
use crate::types::{self, CallArgs};
use crate::vm::{PyErr, PyResult, Vm};
use ferrython_bytecode::{BinOp, CmpOp, Instr, Reg, UnOp};

/// A reference that owns no count: the frame's `_owner` keeps the object
/// alive for as long as the frame exists.
pub struct Borrowed(std::mem::ManuallyDrop<Value>);

impl Borrowed {
    /// # Safety
    /// `v` must stay alive for as long as the `Borrowed` is used.
    #[inline(always)]
    unsafe fn new(v: &Value) -> Borrowed {
        // SAFETY: a bitwise copy that is never dropped: it holds no count.
        Borrowed(std::mem::ManuallyDrop::new(unsafe { std::ptr::read(v) }))
    }
}

impl std::ops::Deref for Borrowed {
    type Target = Value;
    #[inline(always)]
    fn deref(&self) -> &Value {
        &self.0
    }
}

/// One activation of a code object.
///
/// A function's frame holds a single count, on the function (`_owner`),
/// which keeps its code, globals and builtins alive (a function's
/// `__code__`, `__globals__` and builtins never change), so a call costs
/// one increment instead of three. Other frames (a module, `exec`) own a
/// tuple of the three.
pub struct Frame {
    /// The code object (borrowed: see `_owner`).
    pub code: Borrowed,
    pub regs: regs::Regs,
    pub pc: usize,
    pub globals: Borrowed,
    pub builtins: Borrowed,
    /// Keeps `code`, `globals` and `builtins` alive (held, never read).
    _owner: Value,
    /// The namespace of a module or class body (`LoadName`/`StoreName`).
    pub locals: Option<Value>,
    /// Where the caller wants the return value.
    ret_dst: u16,
    /// For an `__init__` frame pushed by a class call: the new instance,
    /// which the call returns once `__init__` has returned None.
    init_self: Option<Value>,
    /// For a generator's frame running inline in a `for` loop: the
    /// generator (see `inline_gen`).
    inline_gen: Option<Value>,
    /// The frame's object, once Python code has asked for it (`frames`).
    frame_obj: std::cell::Cell<Option<Value>>,
}

/// Copies the frame at `src` to `dst` eight bytes at a time.
///
/// Why not a plain move: a frame that has just been built or run was
/// written field by field (its `pc` at every instruction), and a plain move
/// copies it with 16-byte loads, each of which waits for the narrower
/// stores it overlaps to complete (a store-forwarding stall, a dozen cycles
/// each). Volatile word reads are neither widened nor merged by the
/// compiler, so each load matches a store.
///
/// # Safety
/// `src` must point at an initialized frame and `dst` at room for one that
/// does not overlap it; the caller decides which of the two owns the frame
/// afterwards (the other must forget it).
unsafe fn copy_frame_words(src: *const Frame, dst: *mut Frame) {
    const WORDS: usize = std::mem::size_of::<Frame>() / 8;
    const _: () = assert!(std::mem::size_of::<Frame>().is_multiple_of(8) && std::mem::align_of::<Frame>() >= 8);
    let (src, dst) = (src as *const std::mem::MaybeUninit<u64>, dst as *mut std::mem::MaybeUninit<u64>);
    for i in 0..WORDS {
        // SAFETY: both point at `WORDS` words (guaranteed by the caller);
        // copied as `MaybeUninit`, padding is never read as a number.
        unsafe { dst.add(i).write(std::ptr::read_volatile(src.add(i))) };
    }
}

impl Frame {
    /// A frame for code that is not a function's (a module, `exec`).
    fn new(
        code: Value,
        regs: regs::Regs,
        globals: Value,
        builtins: Value,
        locals: Option<Value>,
        ret_dst: u16,
    ) -> Frame {
        assert!(as_code(&code).is_some(), "frame of a non-code object");
        let owner = types::tuple::new_tuple_from_array([code, globals, builtins]);
        let t = types::tuple::as_tuple_exact(&owner).expect("tuple");
        // SAFETY: the tuple, owned by the frame, holds the three values.
        let (code, globals, builtins) = unsafe { (Borrowed::new(&t[0]), Borrowed::new(&t[1]), Borrowed::new(&t[2])) };
        Frame {
            code,
            regs,
            pc: 0,
            globals,
            builtins,
            _owner: owner,
            locals,
            ret_dst,
            init_self: None,
            inline_gen: None,
            frame_obj: Default::default(),
        }
    }

    /// A frame for a call of `func` (a function object, whose payload is
    /// `f`), taking over the count that `func` carries.
    #[inline(always)]
    fn for_function(func: Value, f: &FunctionObj, regs: regs::Regs, locals: Option<Value>, ret_dst: u16) -> Frame {
        let mut slot = std::mem::MaybeUninit::<Frame>::uninit();
        // SAFETY: `write_for_function` initializes every field of the slot.
        unsafe {
            Frame::write_for_function(slot.as_mut_ptr(), func, f, regs, locals, ret_dst);
            slot.assume_init()
        }
    }

    /// Writes the frame of `for_function` into `p` field by field. The
    /// call path writes it straight into its slot on the frame stack: a
    /// frame built whole and then moved went through a stack temporary
    /// whose overlapping 16-byte copies stalled on store forwarding.
    ///
    /// # Safety
    /// `p` must be valid for writing a `Frame`; whatever it held is
    /// overwritten without being dropped. `f` must be `func`'s payload.
    #[inline(always)]
    unsafe fn write_for_function(
        p: *mut Frame,
        func: Value,
        f: &FunctionObj,
        regs: regs::Regs,
        locals: Option<Value>,
        ret_dst: u16,
    ) {
        // SAFETY: `p` is writable (the caller's guarantee). `func`, moved
        // into the frame as its owner, keeps its payload `f` and so the
        // three borrowed values alive; a function never replaces them.
        unsafe {
            std::ptr::addr_of_mut!((*p).code).write(Borrowed::new(&f.code));
            std::ptr::addr_of_mut!((*p).regs).write(regs);
            std::ptr::addr_of_mut!((*p).pc).write(0);
            std::ptr::addr_of_mut!((*p).globals).write(Borrowed::new(&f.globals));
            std::ptr::addr_of_mut!((*p).builtins).write(Borrowed::new(&f.builtins));
            std::ptr::addr_of_mut!((*p)._owner).write(func);
            std::ptr::addr_of_mut!((*p).locals).write(locals);
            std::ptr::addr_of_mut!((*p).ret_dst).write(ret_dst);
            std::ptr::addr_of_mut!((*p).init_self).write(None);
            std::ptr::addr_of_mut!((*p).inline_gen).write(None);
            std::ptr::addr_of_mut!((*p).frame_obj).write(Default::default());
        }
    }

    #[inline(always)]
    fn code(&self) -> &PyCode {
        // SAFETY: every frame's `code` is a code object (checked by `new`,
        // and a function's code always is one).
        unsafe { self.code.payload_unchecked::<PyCode>() }
    }

    /// A frame with nothing to do at its return but drop: no `__init__`
    /// instance to hand back, no inline generator, no frame object.
    #[inline(always)]
    fn is_plain(&self) -> bool {
        // SAFETY: the cell's contents are only looked at, not kept.
        self.init_self.is_none() && self.inline_gen.is_none() && unsafe { (*self.frame_obj.as_ptr()).is_none() }
    }

    /// Drops a plain frame (`is_plain`) in place: only the fields that can
    /// hold something are visited (the others are `None`, so leaving them
    /// leaks nothing). The drop glue would test all of them.
    ///
    /// # Safety
    /// `f` points to a live frame for which `is_plain` holds, which is not
    /// used (or dropped) again.
    #[inline(always)]
    unsafe fn drop_plain(f: *mut Frame) {
        // SAFETY: the caller hands over the frame; each field is dropped once.
        unsafe {
            debug_assert!((*f).is_plain());
            std::ptr::drop_in_place(&mut (*f).regs);
            std::ptr::drop_in_place(&mut (*f)._owner);
            std::ptr::drop_in_place(&mut (*f).locals);
        }
    }

    /// Writes a register (a generator's `send` value).
    pub fn set_register(&mut self, r: u16, v: Value) {
        if let Some(slot) = self.regs.get_mut(r as usize) {
            *slot = Some(v);
        }
    }
}

/// How a generator's frame stopped.
pub enum GenStep {
    /// The value, and the register that receives the next `send` (the
    /// frame is back in the caller's slot).
    Yielded(Value, u16),
    Returned(Value),
}

/// How `step_loop` left: a return from the entry frame, or a `yield` in it.
enum Exit {
    Return(Value),
    Yield(Value, u16),
}

/// Removes and frees the top frame of `stack`. The frame is dropped in
/// place (a frame is large; moving it out costs copies).
fn pop_frame(vm: &mut Vm, stack: &mut Vec<Frame>) {
    let n = stack.len();
    if n == 0 {
        return;
    }
    if let Some(obj) = stack[n - 1].frame_obj.take() {
        let (below, done) = stack.split_at(n - 1);
        frames::frame_exit(vm, &done[0], &obj, below);
    }
    stack.truncate(n - 1);
}

/// Runs a module's code with `globals` as its namespace.
pub fn run_module(vm: &mut Vm, code: Value, globals: Value) -> PyResult<Value> {
    let builtins = vm.builtins.clone();
    let nregs = as_code(&code).expect("code").nregs as usize;
    let frame = Frame::new(code, regs::Regs::new(nregs), globals.clone(), builtins, Some(globals), 0);
    run(vm, frame)
}

/// Runs top-level code (`exec`, `eval`) with separate `globals` and `locals`.
pub fn run_code(vm: &mut Vm, code: Value, globals: Value, locals: Value) -> PyResult<Value> {
    let builtins = vm.builtins.clone();
    let nregs = as_code(&code).expect("code").nregs as usize;
    let frame = Frame::new(code, regs::Regs::new(nregs), globals, builtins, Some(locals), 0);
    run(vm, frame)
}

/// Runs a class body (a function's code) with `ns` as its namespace.
pub fn run_class_body(vm: &mut Vm, func: &Value, ns: Value) -> PyResult<Value> {
    let f = as_function(func).expect("function");
    let c = as_code(&f.code).expect("code");
    let mut regs = regs::Regs::new(c.nregs as usize);
    install_cells(f, c, &mut regs);
    let frame = Frame::for_function(func.clone(), f, regs, Some(ns), 0);
    run(vm, frame)
}

/// Creates cells and copies the closure into the free registers.
fn install_cells(f: &FunctionObj, c: &PyCode, regs: &mut [Option<Value>]) {
    let co = &c.code;
    if !co.cell2arg.is_empty() {
        let n = c.nlocals as usize;
        for (i, arg) in co.cell2arg.iter().enumerate() {
            let initial = arg.and_then(|a| regs[a as usize].clone());
            regs[n + i] = Some(types::cell::new_cell(initial));
        }
    }
    if let Some(cells) = f.closure.as_ref().and_then(types::tuple::as_tuple_exact) {
        let free = c.nlocals as usize + co.cellvars.len();
        if let Some(dst) = regs.get_mut(free..free + cells.len()) {
            for (r, cell) in dst.iter_mut().zip(cells) {
                *r = Some(cell.clone());
            }
        }
    }
}

/// A new frame for calling `func` with `args`.
fn function_frame(vm: &mut Vm, func: &Value, args: CallArgs, ret_dst: u16) -> PyResult<Frame> {
    method_frame(vm, func, None, args, ret_dst)
}

/// A new frame for calling `func` with `self_` (a bound method's object, a
/// new instance for `__init__`), if any, before `args`.
fn method_frame(vm: &mut Vm, func: &Value, self_: Option<&Value>, args: CallArgs, ret_dst: u16) -> PyResult<Frame> {
    let f = as_function(func).expect("function");
    let c = as_code(&f.code).expect("code");
    let mut regs = regs::Regs::new(c.nregs as usize);
    let first = self_.is_some() as usize;
    let n = args.args.len() + first;
    if c.simple_args && args.kwnames.is_empty() && c.code.argcount as usize == n {
        // Exactly the positional parameters: no binding logic needed.
        if let Some(s) = self_ {
            regs[0] = Some(s.clone());
        }
        for (r, v) in regs[first..n].iter_mut().zip(args.args) {
            *r = Some(v.clone());
        }
    } else if let Some(s) = self_ {
        let mut full = Vec::with_capacity(n);
        full.push(s.clone());
        full.extend(args.args.iter().cloned());
        args::bind_arguments(vm, f, c, CallArgs { args: &full, kwnames: args.kwnames }, &mut regs)?;
    } else {
        args::bind_arguments(vm, f, c, args, &mut regs)?;
    }
    if c.has_cells {
        install_cells(f, c, &mut regs);
    }
    Ok(Frame::for_function(func.clone(), f, regs, None, ret_dst))
}

/// The common call: a plain function (not a generator) called with
/// exactly its positional parameters, straight from the caller's registers
/// (no argument vector, no binding logic). The frame is built in place on
/// `stack`. `false` (nothing done) when the call needs the general path.
///
/// The arguments are the call's own temporaries, so they are moved into
/// the new frame, not counted again (CPython's stack hands them over the
/// same way); so is the function when its register is a temporary too: it
/// becomes the frame's owner. The caller's registers `func` and
/// `start..start + n` are left empty for the result.
#[inline(always)]
fn push_simple_call(
    vm: &mut Vm,
    stack: &mut Vec<Frame>,
    func: usize,
    start: usize,
    n: usize,
    ret_dst: u16,
) -> Result<bool, StepErr> {
    let caller = stack.last_mut().expect("frame");
    let caller_locals = caller.code().nlocals as usize;
    let Some(fv) = caller.regs[func].as_ref() else { return Ok(false) };
    let Some(f) = as_function(fv) else { return Ok(false) };
    let Some(c) = as_code(&f.code) else { return Ok(false) };
    if c.push_argc as usize != n {
        return Ok(false);
    }
    if caller.regs[start..start + n].iter().any(|r| r.is_none()) {
        return Ok(false);
    }
    if vm.depth + 1 > vm.recursion_limit {
        return Err((recursion_error(vm), true));
    }
    let (f, c): (*const FunctionObj, *const PyCode) = (f, c);
    let func_value = if func >= caller_locals { caller.regs[func].take() } else { caller.regs[func].clone() };
    let Some(func_value) = func_value else { return Ok(false) };
    // SAFETY: `func_value` holds the function, so its payload `f` and the
    // code object `c` (its `code`, never replaced) stay alive.
    let (f, c) = unsafe { (&*f, &*c) };
    let args: *mut Option<Value> = caller.regs[start..start + n].as_mut_ptr();
    vm.depth += 1;
    if stack.len() == stack.capacity() {
        stack.reserve(1);
    }
    // SAFETY: there is room for one more frame (reserved just above), and
    // the frame is complete before the length covers its slot; `f` is
    // `func_value`'s payload.
    unsafe {
        let len = stack.len();
        let p = stack.as_mut_ptr().add(len);
        Frame::write_for_function(p, func_value, f, regs::Regs::new(c.nregs as usize), None, ret_dst);
        // The arguments move over. `args` points into the caller's
        // register window, which does not move when `stack` grows.
        let regs = &mut (*p).regs;
        for i in 0..n {
            // A fresh window holds no values: nothing to drop.
            std::ptr::write(regs.get_unchecked_mut(i), (*args.add(i)).take());
        }
        if c.has_cells {
            install_cells(f, c, regs);
        }
        stack.set_len(len + 1);
    }
    Ok(true)
}

/// Calls a Python function from native code.
pub fn call_python_function(vm: &mut Vm, func: &Value, args: CallArgs) -> PyResult<Value> {
    let frame = function_frame(vm, func, args, 0)?;
    if let Some(g) = generator_for(func, &frame) {
        return Ok(g(frame));
    }
    run(vm, frame)
}

/// For a generator function, the constructor of its generator object.
fn generator_for(func: &Value, frame: &Frame) -> Option<impl FnOnce(Frame) -> Value> {
    if frame.code().code.flags & ferrython_bytecode::code::flags::GENERATOR == 0 {
        return None;
    }
    let f = as_function(func)?;
    let (name, qualname) = (f.name.borrow().clone(), f.qualname.borrow().clone());
    Some(move |frame| types::generator::new_generator(frame, name, qualname))
}

/// Native code calling back into Python (`__repr__`, `sorted(key=...)`,
/// `__build_class__` ...) nests `run` on the Rust stack. With a recursion
/// limit raised by `sys.setrecursionlimit(100000)` that nesting could
/// outgrow the thread's stack before the limit is reached, so each nested
/// run also checks how much native stack is left: below `NATIVE_STACK_RESERVE`
/// it raises RecursionError instead of overflowing.
fn native_stack_exhausted(vm: &mut Vm) -> bool {
    let marker = 0u8;
    let here = std::ptr::addr_of!(marker) as usize;
    let base = *vm.native_stack_base.get_or_insert(here);
    let used = base.saturating_sub(here);
    used + NATIVE_STACK_RESERVE > vm.native_stack_size
}

/// Native stack kept free for the code between two nested runs.
const NATIVE_STACK_RESERVE: usize = 4 << 20;

/// The "maximum recursion depth exceeded" error.
fn recursion_error(vm: &mut Vm) -> PyErr {
    vm.new_exception(&types::exceptions::RECURSION_ERROR, "maximum recursion depth exceeded".into())
}

/// Executes `entry` (and everything it calls) to completion.
pub fn run(vm: &mut Vm, entry: Frame) -> PyResult<Value> {
    match run_inner(vm, Entry::Frame(&mut Some(entry)), None)? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(..) => {
            Err(vm.new_exception(&types::exceptions::SYSTEM_ERROR, "yield outside a generator frame".into()))
        }
    }
}

/// Runs a generator's frame until it yields or returns.
///
/// `frames` is the generator's own frame stack (its one frame): the loop
/// runs it in place, and a frame that yields stays in it (a frame is
/// large: moving it onto a pooled stack and back cost two copies a resume).
pub fn run_generator(vm: &mut Vm, frames: &mut Vec<Frame>) -> PyResult<GenStep> {
    if frames.is_empty() || vm.depth + 1 > vm.recursion_limit || native_stack_exhausted(vm) {
        return gen_step(run_inner(vm, Entry::Stack(frames), None));
    }
    // The common resume, without `run_inner`'s layers: run until the
    // frame yields; anything else (a return, an exception to unwind) goes
    // on in `run_stack_from`, as if `run_inner` had taken this first step.
    vm.run_depth += 1;
    vm.depth += 1;
    let base_depth = vm.depth;
    let r = match step_until_error(vm, frames) {
        Ok(Exit::Yield(v, dst)) => {
            if let Some(f) = frames.last() {
                frames::frame_suspend(f);
            }
            vm.depth = base_depth - 1;
            Ok(GenStep::Yielded(v, dst))
        }
        step => gen_step(run_stack_from(vm, frames, None, Some(step), base_depth)),
    };
    vm.run_depth -= 1;
    r
}

/// `gen.throw(err)`: raises `err` at the suspended `yield` and unwinds
/// from there, as if the yield expression had raised it.
pub fn throw_generator(vm: &mut Vm, frames: &mut Vec<Frame>, err: PyErr) -> PyResult<GenStep> {
    gen_step(run_inner(vm, Entry::Stack(frames), Some(err)))
}

/// A suspended generator frame inside `yield from`: the subiterator, the
/// `Send`'s result register and its exit target (where a finished
/// subiterator's value continues).
pub fn frame_delegate(frame: &Frame) -> Option<(Value, u16, usize)> {
    let code = frame.code();
    if frame.pc < 2 {
        return None;
    }
    match (code.instrs[frame.pc - 2].get(), code.instrs[frame.pc - 1].get()) {
        (Instr::Send { dst, iter, target, .. }, Instr::Yield { src, .. }) if src == dst => {
            let it = frame.regs[iter.0 as usize].clone()?;
            Some((it, dst.0, target.0 as usize))
        }
        _ => None,
    }
}

impl Frame {
    /// Continues a `yield from` whose subiterator finished with `value`.
    pub fn finish_delegation(&mut self, dst: u16, target: usize, value: Value) {
        self.set_register(dst, value);
        self.pc = target;
    }
}

fn gen_step(r: PyResult<Exit>) -> PyResult<GenStep> {
    Ok(match r? {
        Exit::Return(v) => GenStep::Returned(v),
        Exit::Yield(v, dst) => GenStep::Yielded(v, dst),
    })
}

/// What a run executes: one frame on a pooled stack, or a generator's own
/// frame stack, run in place.
enum Entry<'a> {
    Frame(&'a mut Option<Frame>),
    Stack(&'a mut Vec<Frame>),
}

fn run_inner(vm: &mut Vm, entry: Entry, thrown: Option<PyErr>) -> PyResult<Exit> {
    if vm.depth + 1 > vm.recursion_limit || native_stack_exhausted(vm) {
        return Err(recursion_error(vm));
    }
    vm.run_depth += 1;
    let r = run_frames(vm, entry, thrown);
    vm.run_depth -= 1;
    r
}

fn run_frames(vm: &mut Vm, entry: Entry, mut thrown: Option<PyErr>) -> PyResult<Exit> {
    vm.depth += 1;
    let base_depth = vm.depth;
    let entry = match entry {
        Entry::Frame(slot) => slot,
        Entry::Stack(frames) => {
            if frames.is_empty() {
                vm.depth -= 1;
                return Err(vm.new_exception(&types::exceptions::SYSTEM_ERROR, "no frame to run".into()));
            }
            return run_stack(vm, frames, None, thrown.take(), base_depth);
        }
    };
    let mut stack: Vec<Frame> = vm.frame_stacks.pop().unwrap_or_default();
    match entry.take() {
        Some(frame) => stack.push(frame),
        None => {
            vm.depth -= 1;
            return Err(vm.new_exception(&types::exceptions::SYSTEM_ERROR, "no frame to run".into()));
        }
    }
    let result = run_stack(vm, &mut stack, Some(entry), thrown.take(), base_depth);
    stack.clear();
    if vm.frame_stacks.len() < 16 {
        vm.frame_stacks.push(stack);
    }
    result
}

/// The body of `run_inner`: runs `stack` until its bottom frame returns or
/// yields, unwinding exceptions through the exception tables.
/// A frame that yields goes back to `entry`, or stays on `stack` (a
/// generator's own) when there is none.
fn run_stack(
    vm: &mut Vm,
    stack: &mut Vec<Frame>,
    entry: Option<&mut Option<Frame>>,
    thrown: Option<PyErr>,
    base_depth: usize,
) -> PyResult<Exit> {
    run_stack_from(vm, stack, entry, thrown.map(|err| Err((err, true))), base_depth)
}

/// `run_stack` whose first step, when given, has already been taken (an
/// exception thrown in, or the result of a first `step_loop`).
fn run_stack_from(
    vm: &mut Vm,
    stack: &mut Vec<Frame>,
    entry: Option<&mut Option<Frame>>,
    mut first: Option<Result<Exit, StepErr>>,
    base_depth: usize,
) -> PyResult<Exit> {
    let result = loop {
        let step = match first.take() {
            Some(step) => step,
            None => step_until_error(vm, stack),
        };
        let err = match step {
            Ok(Exit::Return(v)) => {
                pop_frame(vm, stack);
                break Ok(Exit::Return(v));
            }
            Ok(Exit::Yield(v, dst)) => {
                match entry {
                    Some(slot) => {
                        *slot = stack.pop();
                        if let Some(f) = slot {
                            frames::frame_suspend(f);
                        }
                    }
                    None => {
                        if let Some(f) = stack.last() {
                            frames::frame_suspend(f);
                        }
                    }
                }
                break Ok(Exit::Yield(v, dst));
            }
            Err(e) => e,
        };
        // Unwind to the nearest handler.
        let (mut err, mut add_tb) = err;
        loop {
            if add_tb {
                traceback_here(vm, stack, &err);
            }
            let frame = stack.last_mut().expect("frame");
            let pc = frame.pc.saturating_sub(1) as u32;
            if let Some(h) = frame.code().code.handler_for(pc) {
                frame.pc = h as usize;
                vm.pending = Some(err.0);
                break;
            }
            if frame.inline_gen.is_some() {
                err = inline_gen::leave_on_error(vm, frame, err);
            }
            pop_frame(vm, stack);
            vm.depth -= 1;
            if stack.is_empty() {
                vm.depth += 1; // balanced below
                vm.depth = base_depth - 1;
                return Err(err);
            }
            add_tb = true;
        }
    };
    vm.depth = base_depth - 1;
    result
}

/// `s += t` on a str that register `a` holds the only reference to: takes
/// the str out of its register and appends in place. `t` is `y`, held by
/// register `b` or by the code's constants (`b` is `None`). `alias` is the
/// local the result is moved to by the next instruction: when it holds the
/// other reference, it lets go of it first (as CPython's
/// `unicode_concatenate` clears the target local), since it is rebound
/// right after. `None` (registers untouched) when the operands are not both
/// exact strs or the left one is shared.
#[inline]
fn str_append_in_place(frame: &mut Frame, a: Reg, y: &Value, b: Option<Reg>, alias: Option<Reg>) -> Option<Value> {
    let y: *const types::str::StrObj = types::str::as_str_obj_exact(y)?;
    let x = frame.regs[a.0 as usize].as_ref()?;
    if types::str::as_str_obj_exact(x).is_none() || b == Some(a) {
        return None;
    }
    let mut released = None;
    if x.refcount() == 2 {
        if let Some(l) = alias {
            if frame.regs[l.0 as usize].as_ref().is_some_and(|v| v.is(x)) {
                // Drops a count: the str stays alive in register `a`.
                drop(frame.regs[l.0 as usize].take());
                released = Some(l);
            }
        }
    }
    let x = frame.regs[a.0 as usize].as_ref()?;
    if x.refcount() != 1 {
        return None;
    }
    let x = frame.regs[a.0 as usize].take()?;
    // SAFETY: `y` points into a str held by a constant or by register `b`,
    // which is a different register from `a` and from `alias` (checked),
    // and neither is touched here, so the object is alive and unchanged.
    match types::str::append_in_place(x, unsafe { &*y }) {
        Ok(v) => Some(v),
        Err(v) => {
            if let Some(l) = released {
                frame.regs[l.0 as usize] = Some(v.clone());
            }
            frame.regs[a.0 as usize] = Some(v);
            None
        }
    }
}

/// Prepends an entry for the top frame of `stack` to the exception's
/// traceback, as CPython's `PyTraceBack_Here` does when an exception
/// leaves or is caught in a frame.
fn traceback_here(vm: &Vm, stack: &[Frame], err: &PyErr) {
    let Some(d) = types::exceptions::exc_data(&err.0) else { return };
    let Some(top) = stack.last() else { return };
    let Some(frame_obj) = frames::traceback_frame(vm, stack) else { return };
    let lasti = top.pc.saturating_sub(1) as u32;
    let next = d.traceback.borrow_mut().take();
    *d.traceback.borrow_mut() = Some(types::frame::new_traceback(next, frame_obj, lasti));
}

/// Error from a step: the exception and whether this frame adds a traceback entry.
type StepErr = (PyErr, bool);

/// Register `r` of `frame`, where `r` is a register operand of an
/// instruction of the frame's code.
macro_rules! slot {
    ($frame:expr, $r:expr) => {{
        let i = $r.0 as usize;
        // SAFETY: `load_code` made the code's register count exceed every
        // register operand of its instructions, and every frame has that
        // many registers (`Regs::new(code.nregs)`).
        unsafe { $frame.regs.get_unchecked(i) }
    }};
}

/// Register `r` of `frame`, writable (see `slot!`).
macro_rules! slot_mut {
    ($frame:expr, $r:expr) => {{
        let i = $r.0 as usize;
        // SAFETY: as in `slot!`.
        unsafe { $frame.regs.get_unchecked_mut(i) }
    }};
}

/// The body of `BinaryOp` and `BinaryOpK`: `dst = a <op> y`, where `y`
/// is the value of register `b` (`Some`) or of a constant (`None`).
/// Small ints and floats take inline fast paths; `s += t` may append in
/// place. Expands inside the loop of `step_loop` (it `continue`s it).
macro_rules! binary_op {
    ($vm:expr, $frame:expr, $code:expr, $dst:expr, $a:expr, $y:expr, $b:expr, $op:expr) => {{
        let (dst, a, b, op): (Reg, Reg, Option<Reg>, ferrython_bytecode::Imm) = ($dst, $a, $b, $op);
        let (x, y) = (reg!($vm, $frame, a), $y);
        let bop = BinOp::from_u16(op.0);
        // Inline fast paths for small ints and floats.
        let r = if let (Some(i), Some(j)) = (x.as_small_int(), y.as_small_int()) {
            // The commonest int operations inline; the rest (and every
            // error) in `small_binary`.
            let quick = match bop {
                BinOp::Add => Some(i + j),
                BinOp::Sub => Some(i - j),
                BinOp::Mod if j > 0 => Some(i.rem_euclid(j)),
                _ => None,
            };
            if let Some(r) = quick {
                put_reg(slot_mut!($frame, dst), types::int::new_int(r));
                continue;
            }
            match e(types::int::small_binary($vm, i, j, bop))? {
                Some(v) => v,
                // `x @= y` must name `@=` in its TypeError.
                None if op.0 & BinOp::INPLACE != 0 => e($vm.inplace_op(x, y, bop))?,
                None => e($vm.binary_op(x, y, bop))?,
            }
        } else if let Some(f) = float_fast_path(x, y, bop) {
            // Quickening: a register operation on two exact floats becomes
            // `BinaryFloat` (see `float_specialized`).
            if let Some(b) = $b {
                if float_specialized(op.0).is_some()
                    && types::float::as_float_exact(x).is_some()
                    && types::float::as_float_exact(y).is_some()
                {
                    // SAFETY: `pc - 1` is this instruction (fetched above).
                    unsafe { $code.instrs.get_unchecked($frame.pc - 1) }.set(Instr::BinaryFloat { dst, a, b, op });
                }
            }
            types::float::store_float(slot_mut!($frame, dst), f);
            continue;
        } else if op.0 & BinOp::INPLACE != 0 {
            let y = y.clone();
            if op.0 == BinOp::INPLACE | BinOp::Add as u16 && dst == a {
                // `x += y` on a local compiles to `t = x; t += y; x = t`:
                // the local holds the other reference.
                let alias = match $code.instrs.get($frame.pc).map(|c| c.get()) {
                    Some(Instr::Move { dst: local, src }) if src == dst && local != a && Some(local) != b => {
                        Some(local)
                    }
                    _ => None,
                };
                if let Some(r) = str_append_in_place($frame, a, &y, b, alias) {
                    put_reg(slot_mut!($frame, dst), r);
                    continue;
                }
            }
            let x = reg!($vm, $frame, a).clone();
            e($vm.inplace_op(&x, &y, bop))?
        } else if let (BinOp::Add, Some(sx), Some(sy)) =
            (bop, types::str::as_str_obj_exact(x), types::str::as_str_obj_exact(y))
        {
            types::str::add(x, sx, y, sy)
        } else {
            let (x, y) = (x.clone(), y.clone());
            e($vm.binary_op(&x, &y, bop))?
        };
        put_reg(slot_mut!($frame, dst), r);
    }};
}

/// The body of `CompareJumpIfFalse` and `CompareJumpIfFalseK`: jumps to
/// `target` unless `a <op> y` is true.
macro_rules! compare_jump {
    ($vm:expr, $frame:expr, $pc:expr, $a:expr, $y:expr, $op:expr, $target:expr) => {{
        let (x, y) = (reg!($vm, $frame, $a), $y);
        let cop = CmpOp::from_u16($op.0);
        let t = if let (Some(i), Some(j)) = (x.as_small_int(), y.as_small_int()) {
            types::int::cmp_result(i.cmp(&j), cop)
        } else {
            let (x, y) = (x.clone(), y.clone());
            let r = e($vm.rich_compare(&x, &y, cop))?;
            e($vm.truthy(&r))?
        };
        if !t {
            $pc = $target.0 as usize;
            $frame.pc = $pc;
        }
    }};
}

/// `finalize::safe_point` inside `step_loop`: closing a generator runs
/// code that sees the frames, so the top frame is derived again after it
/// (`continue 'outer`). The check itself is one load.
macro_rules! safe_point {
    ($vm:expr, $stack:expr, $outer:lifetime) => {
        if types::generator::has_pending_close() {
            finalize::close_pending($vm, $stack);
            continue $outer;
        }
    };
}

macro_rules! reg {
    ($vm:expr, $frame:expr, $r:expr) => {
        match slot!($frame, $r) {
            Some(v) => v,
            None => return Err((unbound(&mut *$vm, $frame, $r.0), true)),
        }
    };
}

pub(super) fn unbound(vm: &mut Vm, frame: &Frame, r: u16) -> PyErr {
    let code = &frame.code().code;
    let r = r as usize;
    if r < code.varnames.len() {
        let name = code.varnames[r].to_string();
        return vm.new_exception(
            &types::exceptions::UNBOUND_LOCAL_ERROR,
            format!("cannot access local variable '{name}' where it is not associated with a value"),
        );
    }
    vm.new_exception(&types::exceptions::SYSTEM_ERROR, format!("register r{r} read before it was written"))
}

/// Sets the context of a newly raised exception to the one being handled.
fn chain_context(vm: &Vm, err: &PyErr) {
    if let Some(handled) = &vm.exc_info {
        if handled.is(&err.0) {
            return;
        }
        if let Some(d) = types::exceptions::exc_data(&err.0) {
            if d.context.borrow().is_none() {
                // Avoid creating a cycle through the chain.
                let mut cur = Some(handled.clone());
                let mut steps = 0;
                while let Some(c) = cur {
                    if c.is(&err.0) || steps > 1000 {
                        return;
                    }
                    steps += 1;
                    cur = types::exceptions::exc_data(&c).and_then(|cd| cd.context.borrow().clone());
                }
                *d.context.borrow_mut() = Some(handled.clone());
            }
        }
    }
}

fn step_until_error(vm: &mut Vm, stack: &mut Vec<Frame>) -> Result<Exit, StepErr> {
    let r = step_loop(vm, stack);
    if let Err((e, _)) = &r {
        chain_context(vm, e);
    }
    r
}

fn e<T>(r: PyResult<T>) -> Result<T, StepErr> {
    r.map_err(|e| (e, true))
}

fn step_loop(vm: &mut Vm, stack: &mut Vec<Frame>) -> Result<Exit, StepErr> {
    let none = vm.none();
    // Two loops: the outer one runs whenever the top frame may have
    // changed (a call, a return, a generator entered inline, anything that
    // handed `stack` to other code) and derives the top frame, its code, its
    // instructions and its `pc` once; the inner one runs that frame's
    // instructions. Deriving the frame from the stack at every instruction
    // cost about a dozen instructions of dispatch. The borrow checker
    // keeps this honest: `frame` borrows `stack`, so an arm that uses
    // `stack` must leave through `continue 'outer` (or re-derive `frame`
    // when the top frame is certainly the same) before `frame` is used again.
    'outer: loop {
        let mut frame = stack.last_mut().expect("frame");
        // The top frame's `pc`, kept in a local: reading it back from the
        // frame every instruction made each fetch wait on the previous
        // instruction's store. The frame's own `pc` is still written at
        // every fetch (and by every jump), so code that looks at frames
        // sees it.
        let mut pc = frame.pc;
        // SAFETY: the code object is kept alive by the frame until it is
        // popped; a pop leaves the inner loop (`continue 'outer`) before
        // `code` is used again.
        let code: &PyCode = unsafe { &*(frame.code() as *const PyCode) };
        let instrs: *const std::cell::Cell<Instr> = code.instrs.as_ptr();
        loop {
            // SAFETY: `instrs` are the top frame's code's instructions (kept
            // alive by the frame), and `pc` is inside them: `load_code` checked
            // that every jump and handler target is, and that the last
            // instruction does not fall through; every other instruction
            // continues at `pc + 1`.
            //
            // The instruction is matched where it lies, not copied out: each
            // arm reads just its own operands, so the operands of every
            // instruction are not all decoded into registers before the
            // jump, and those registers stay free for the loop's own state.
            // Arms copy their operands on entry; an arm that rewrites its
            // instruction (quickening) does so after its last read of it.
            let instr: &Instr = unsafe { &*(*instrs.add(pc)).as_ptr() };
            pc += 1;
            frame.pc = pc;
            match *instr {
                Instr::Nop {} => {}
                Instr::Move { dst, src } => {
                    let v = (*slot!(frame, src)).clone();
                    *slot_mut!(frame, dst) = v;
                }
                Instr::LoadConst { dst, k } => {
                    // SAFETY: `load_code` checked constant operands against the table.
                    let c = unsafe { code.consts.get_unchecked(k.0 as usize) };
                    put_reg(slot_mut!(frame, dst), c.clone());
                }
                Instr::LoadLocalChecked { dst, src } => {
                    let v = reg!(vm, frame, src).clone();
                    put_reg(slot_mut!(frame, dst), v);
                }
                Instr::DeleteLocal { reg } => {
                    if (*slot!(frame, reg)).is_none() {
                        return Err((unbound(vm, frame, reg.0), true));
                    }
                    *slot_mut!(frame, reg) = None;
                    safe_point!(vm, stack, 'outer);
                }
                Instr::LoadGlobal { dst, name } => {
                    // SAFETY: `load_code` checked name operands against `names`,
                    // which `global_cache` matches in length.
                    let cache = unsafe { code.global_cache.get_unchecked(name.0 as usize) };
                    let (g, b) = (&frame.globals, &frame.builtins);
                    let gw = types::dict::writes_of(g).unwrap_or(u64::MAX);
                    // A name found in the globals does not depend on the
                    // builtins (`ANY_BUILTINS`): their check is skipped.
                    let hit =
                        cache.globals.get() == g.bits() && cache.globals_writes.get() == gw && gw != u64::MAX && {
                            let cb = cache.builtins_writes.get();
                            cb == types::function::ANY_BUILTINS || Some(cb) == types::dict::writes_of(b)
                        };
                    // SAFETY: the cached value is cloned at once; nothing writes
                    // the cache meanwhile.
                    let v = match (hit, unsafe { cache.value.try_borrow_unguarded() }) {
                        (true, Ok(Some(v))) => Some(v.clone()),
                        _ => None,
                    };
                    let v = match v {
                        Some(v) => v,
                        None => {
                            let (v, in_globals) = load_global_from(vm, frame, &code.names[name.0 as usize])?;
                            let bw = match in_globals {
                                true => types::function::ANY_BUILTINS,
                                false => types::dict::writes_of(b).unwrap_or(u64::MAX),
                            };
                            cache.globals.set(g.bits());
                            cache.globals_writes.set(gw);
                            cache.builtins_writes.set(bw);
                            *cache.value.borrow_mut() = Some(v.clone());
                            v
                        }
                    };
                    put_reg(slot_mut!(frame, dst), v);
                }
                Instr::StoreGlobal { name, src } => {
                    let v = reg!(vm, frame, src).clone();
                    let g = types::dict::as_dict(&frame.globals).expect("globals");
                    g.borrow_mut().set_str(code.names[name.0 as usize].clone(), v);
                    safe_point!(vm, stack, 'outer);
                }
                Instr::DeleteGlobal { name } => {
                    let n = &code.names[name.0 as usize];
                    let g = types::dict::as_dict(&frame.globals).expect("globals");
                    if g.borrow_mut().del_str(n).is_none() {
                        let s = types::str::as_str(n).unwrap_or("?").to_string();
                        return Err((vm.new_name_error(&s), true));
                    }
                    safe_point!(vm, stack, 'outer);
                }
                Instr::LoadName { dst, name } => {
                    let n = code.names[name.0 as usize].clone();
                    let mut found = None;
                    if let Some(locals) = &frame.locals {
                        if let Some(d) = types::dict::as_dict_exact(locals) {
                            found = d.borrow().get_str(&n);
                        } else {
                            found = match e(vm.get_item(locals, &n)) {
                                Ok(v) => Some(v),
                                Err((err, _)) if err.is_instance_of(&types::exceptions::KEY_ERROR.0) => None,
                                Err(x) => return Err(x),
                            };
                        }
                    }
                    let v = match found {
                        Some(v) => v,
                        None => load_global(vm, frame, &n)?,
                    };
                    put_reg(slot_mut!(frame, dst), v);
                }
                Instr::StoreName { name, src } => {
                    let v = reg!(vm, frame, src).clone();
                    let n = code.names[name.0 as usize].clone();
                    let locals = frame.locals.clone().unwrap_or_else(|| frame.globals.clone());
                    match types::dict::as_dict_exact(&locals) {
                        Some(d) => d.borrow_mut().set_str(n, v),
                        None => e(vm.set_item(&locals, &n, Some(v)))?,
                    }
                    safe_point!(vm, stack, 'outer);
                }
                Instr::DeleteName { name } => {
                    let n = code.names[name.0 as usize].clone();
                    let locals = frame.locals.clone().unwrap_or_else(|| frame.globals.clone());
                    let removed = match types::dict::as_dict_exact(&locals) {
                        Some(d) => d.borrow_mut().del_str(&n).is_some(),
                        None => e(vm.set_item(&locals, &n, None)).is_ok(),
                    };
                    if !removed {
                        let s = types::str::as_str(&n).unwrap_or("?").to_string();
                        return Err((vm.new_name_error(&s), true));
                    }
                    safe_point!(vm, stack, 'outer);
                }
                Instr::LoadDeref { dst, cell } => {
                    // SAFETY: the contents are cloned at once; nothing
                    // writes the cell meanwhile.
                    let contents = types::cell::as_cell(reg!(vm, frame, cell))
                        .and_then(|c| unsafe { c.try_borrow_unguarded() }.ok().and_then(|v| v.clone()));
                    match contents {
                        Some(v) => put_reg(slot_mut!(frame, dst), v),
                        None => return Err((deref_error(vm, frame, cell.0), true)),
                    }
                }
                Instr::LoadClassDeref { dst, name, cell } => {
                    let n = code.names[name.0 as usize].clone();
                    let found = frame
                        .locals
                        .as_ref()
                        .and_then(|l| types::dict::as_dict_exact(l))
                        .and_then(|d| d.borrow().get_str(&n));
                    let v = match found {
                        Some(v) => v,
                        None => {
                            let c = reg!(vm, frame, cell).clone();
                            match types::cell::as_cell(&c).and_then(|c| c.borrow().clone()) {
                                Some(v) => v,
                                None => return Err((deref_error(vm, frame, cell.0), true)),
                            }
                        }
                    };
                    put_reg(slot_mut!(frame, dst), v);
                }
                Instr::StoreDeref { cell, src } => {
                    let v = reg!(vm, frame, src).clone();
                    let c = reg!(vm, frame, cell);
                    if let Some(c) = types::cell::as_cell(c) {
                        let old = c.borrow_mut().replace(v);
                        drop(old);
                    }
                }
                Instr::DeleteDeref { cell } => {
                    let c = reg!(vm, frame, cell).clone();
                    let old = types::cell::as_cell(&c).and_then(|c| c.borrow_mut().take());
                    if old.is_none() {
                        return Err((deref_error(vm, frame, cell.0), true));
                    }
                }
                Instr::MakeCell { dst } => {
                    put_reg(slot_mut!(frame, dst), types::cell::new_cell(None));
                }
                Instr::BinaryOp { dst, a, b, op } => {
                    binary_op!(vm, frame, code, dst, a, reg!(vm, frame, b), Some(b), op)
                }
                Instr::BinaryOpK { dst, a, k, op } => {
                    // SAFETY: `load_code` checked constant operands against the table.
                    let y = unsafe { code.consts.get_unchecked(k.0 as usize) };
                    binary_op!(vm, frame, code, dst, a, y, None, op)
                }
                Instr::BinaryFloat { dst, a, b, op } => {
                    // The quickened form of `BinaryOp` on two exact floats:
                    // when its guard fails (another type, a zero divisor)
                    // it turns back into `BinaryOp` and runs again as that.
                    let fx = types::float::register_float(slot!(frame, a));
                    let fy = types::float::register_float(slot!(frame, b));
                    if let (Some(fx), Some(fy)) = (fx, fy) {
                        // The operator is one of `float_specialized`'s.
                        let r = match op.0 & 0xff {
                            0 => Some(fx + fy),
                            1 => Some(fx - fy),
                            2 => Some(fx * fy),
                            _ if fy != 0.0 => Some(fx / fy),
                            _ => None,
                        };
                        if let Some(r) = r {
                            types::float::store_float(slot_mut!(frame, dst), r);
                            continue;
                        }
                    }
                    // SAFETY: `pc - 1` is this instruction (fetched above).
                    unsafe { code.instrs.get_unchecked(pc - 1) }.set(Instr::BinaryOp { dst, a, b, op });
                    pc -= 1;
                    frame.pc = pc;
                }
                Instr::BinaryAddInt { .. } | Instr::BinarySubInt { .. } | Instr::CompareInt { .. } => {
                    return Err((
                        vm.new_exception(&types::exceptions::SYSTEM_ERROR, "unexpected specialized instruction".into()),
                        true,
                    ));
                }
                Instr::UnaryOp { dst, src, op } => {
                    let v = reg!(vm, frame, src).clone();
                    let r = e(vm.unary_op(&v, UnOp::from_u16(op.0)))?;
                    put_reg(slot_mut!(frame, dst), r);
                }
                Instr::Compare { dst, a, b, op } => {
                    let (x, y) = (reg!(vm, frame, a), reg!(vm, frame, b));
                    let cop = CmpOp::from_u16(op.0);
                    let r = if let (Some(i), Some(j)) = (x.as_small_int(), y.as_small_int()) {
                        vm.bool(types::int::cmp_result(i.cmp(&j), cop))
                    } else {
                        let (x, y) = (x.clone(), y.clone());
                        e(vm.rich_compare(&x, &y, cop))?
                    };
                    put_reg(slot_mut!(frame, dst), r);
                }
                Instr::CompareJumpIfFalse { a, b, op, target } => {
                    compare_jump!(vm, frame, pc, a, reg!(vm, frame, b), op, target)
                }
                Instr::CompareJumpIfFalseK { a, k, op, target } => {
                    // SAFETY: `load_code` checked constant operands against the table.
                    let y = unsafe { code.consts.get_unchecked(k.0 as usize) };
                    compare_jump!(vm, frame, pc, a, y, op, target)
                }
                Instr::IsOp { dst, a, b, invert } => {
                    let same = reg!(vm, frame, a).is(reg!(vm, frame, b));
                    put_reg(slot_mut!(frame, dst), vm.bool(same != (invert.0 != 0)));
                }
                Instr::ContainsOp { dst, a, b, invert } => {
                    let (x, y) = (reg!(vm, frame, a).clone(), reg!(vm, frame, b).clone());
                    let r = e(vm.contains(&y, &x))?;
                    put_reg(slot_mut!(frame, dst), vm.bool(r != (invert.0 != 0)));
                }
                Instr::Jump { target } => {
                    pc = target.0 as usize;
                    frame.pc = pc;
                }
                Instr::JumpIfFalse { cond, target } | Instr::JumpIfTrue { cond, target } => {
                    let v = reg!(vm, frame, cond);
                    let t = if let Some(b) = types::bool_none::as_bool(v) {
                        b
                    } else {
                        let v = v.clone();
                        e(vm.truthy(&v))?
                    };
                    let jump_when = matches!(*instr, Instr::JumpIfTrue { .. });
                    if t == jump_when {
                        pc = target.0 as usize;
                        frame.pc = pc;
                    }
                }
                Instr::GetIter { dst, src } => {
                    let v = reg!(vm, frame, src).clone();
                    let it = e(vm.iter(&v))?;
                    put_reg(slot_mut!(frame, dst), it);
                }
                Instr::ForIter { iter, dst, target }
                | Instr::ForIterRange { iter, dst, target }
                | Instr::ForIterList { iter, dst, target } => {
                    let it = reg!(vm, frame, iter);
                    if types::generator::as_generator(it).is_some() {
                        let it = it.clone();
                        if inline_gen::try_enter(vm, stack, &it, dst)? {
                            continue 'outer;
                        }
                        frame = stack.last_mut().expect("frame");
                    }
                    let it = reg!(vm, frame, iter);
                    let next =
                        if let Some(r) = it.downcast_exact::<types::iter::RangeIter>(&types::iter::RANGE_ITER_TYPE) {
                            types::iter::range_iter_next(r)
                        } else if let Some(s) = types::iter::as_seq_iter(it) {
                            types::iter::seq_iter_next(s)
                        } else {
                            let it = it.clone();
                            e(vm.next(&it))?
                        };
                    match next {
                        Some(v) => put_reg(slot_mut!(frame, dst), v),
                        None => {
                            pc = target.0 as usize;
                            frame.pc = pc;
                        }
                    }
                }
                Instr::Call { dst, func, argc } => {
                    let start = func.0 as usize + 1;
                    if push_simple_call(vm, stack, func.0 as usize, start, argc.0 as usize, dst.0)?
                        || call_positional_reg(vm, stack, func, start, argc.0 as usize, dst)?
                    {
                        continue 'outer;
                    }
                    // A native call ran in place: the same frame goes on.
                    frame = stack.last_mut().expect("frame");
                }
                Instr::CallKw { dst, func, argc, kwnames } => {
                    let start = func.0 as usize + 1;
                    let f = reg!(vm, frame, func).clone();
                    let args = take_args(vm, frame, start, argc.0 as usize)?;
                    // The names are read in the constant tuple (the code
                    // object outlives the call), not copied.
                    let names: &[Value] = types::tuple::as_tuple(&code.consts[kwnames.0 as usize]).unwrap_or(&[]);
                    let ca = CallArgs { args: &args, kwnames: names };
                    call_general(vm, stack, &f, ca, dst)?;
                    continue 'outer;
                }
                Instr::CallEx { dst, func, args, kwargs, has_kwargs } => {
                    let f = reg!(vm, frame, func).clone();
                    let a = reg!(vm, frame, args).clone();
                    let mut all = match types::tuple::as_tuple_exact(&a) {
                        Some(t) => t.to_vec(),
                        None => e(star_call_args(vm, &f, &a))?,
                    };
                    let mut names = Vec::new();
                    if has_kwargs.0 != 0 {
                        let kw = reg!(vm, frame, kwargs).clone();
                        if let Some(d) = types::dict::as_dict(&kw) {
                            for entry in d.borrow().iter() {
                                names.push(entry.key.clone());
                                all.push(entry.value.clone());
                            }
                        }
                    }
                    let ca = CallArgs { args: &all, kwnames: &names };
                    call_general(vm, stack, &f, ca, dst)?;
                    continue 'outer;
                }
                Instr::LoadMethod { dst, obj, name } => {
                    // SAFETY: `load_code` checked name operands against `names`,
                    // which the method caches match in length.
                    let (n, cache) = unsafe {
                        (
                            code.names.get_unchecked(name.0 as usize),
                            code.load_method_cache.get_unchecked(name.0 as usize),
                        )
                    };
                    let o = reg!(vm, frame, obj);
                    let (f, self_) = match cache.load(o, n) {
                        Some(f) => (f, Some(o.clone())),
                        None => {
                            let o = o.clone();
                            let (f, self_) = e(vm.load_method(&o, n))?;
                            if self_.is_some() {
                                cache.learn(&o, n, &f);
                            }
                            (f, self_)
                        }
                    };
                    put_reg(slot_mut!(frame, dst), f);
                    frame.regs[dst.0 as usize + 1] = self_;
                }
                Instr::CallMethod { dst, func, argc } => {
                    let has_self = frame.regs[func.0 as usize + 1].is_some();
                    let start = func.0 as usize + if has_self { 1 } else { 2 };
                    let n = argc.0 as usize + has_self as usize;
                    // A builtin method (`s.strip()`, `lst.append(x)`) is
                    // told apart first and called right here.
                    if let Some(native) = frame.regs[func.0 as usize].as_ref().and_then(direct_native) {
                        native_in_place(vm, stack, native, start, n, dst)?;
                        frame = stack.last_mut().expect("frame");
                        continue;
                    }
                    if push_simple_call(vm, stack, func.0 as usize, start, n, dst.0)?
                        || call_positional_reg(vm, stack, func, start, n, dst)?
                    {
                        continue 'outer;
                    }
                    frame = stack.last_mut().expect("frame");
                }
                Instr::Return { src } => {
                    // A local (`return x`) must be bound and keeps its value
                    // (a frame object shows it after the return); a temporary
                    // can give the value up, the frame being finished.
                    let v = if (src.0 as u32) < code.nlocals {
                        reg!(vm, frame, src).clone()
                    } else {
                        slot_mut!(frame, src).take().unwrap_or_else(|| none.clone())
                    };
                    let (plain, ret_dst) = (frame.is_plain(), frame.ret_dst as usize);
                    if stack.len() == 1 {
                        return Ok(Exit::Return(v));
                    }
                    if plain {
                        // The common return: a plain function frame. It is
                        // dropped in place, then the caller gets the value.
                        let n = stack.len();
                        // SAFETY: the length is lowered first, so the
                        // frame (the last element, `n > 1`) is dropped
                        // exactly once, here; `frame` is not used again.
                        unsafe {
                            stack.set_len(n - 1);
                            Frame::drop_plain(stack.as_mut_ptr().add(n - 1));
                        }
                        vm.depth -= 1;
                        stack.last_mut().expect("frame").regs[ret_dst] = Some(v);
                        safe_point!(vm, stack, 'outer);
                        continue 'outer;
                    }
                    let done = stack.last_mut().expect("frame");
                    if let Some(gen) = done.inline_gen.take() {
                        pop_frame(vm, stack);
                        vm.depth -= 1;
                        inline_gen::finish(vm, stack, &gen);
                        continue 'outer;
                    }
                    let ret_dst = done.ret_dst as usize;
                    let init_self = done.init_self.take();
                    pop_frame(vm, stack);
                    vm.depth -= 1;
                    let v = match init_self {
                        None => v,
                        Some(obj) => e(class_call::init_returned(vm, v, obj))?,
                    };
                    stack.last_mut().expect("frame").regs[ret_dst] = Some(v);
                    safe_point!(vm, stack, 'outer);
                    continue 'outer;
                }
                Instr::BuildTuple { dst, start, count } => {
                    let t =
                        types::tuple::new_tuple_from_slice(borrow_args(vm, frame, start.0 as usize, count.0 as usize)?);
                    put_reg(slot_mut!(frame, dst), t);
                }
                Instr::BuildList { dst, start, count } => {
                    let items = collect_args(vm, frame, start.0 as usize, count.0 as usize)?;
                    put_reg(slot_mut!(frame, dst), types::list::new_list(items));
                }
                Instr::BuildSet { dst, start, count } => {
                    let items = collect_args(vm, frame, start.0 as usize, count.0 as usize)?;
                    let s = types::set::new_set();
                    let table = &types::set::as_set(&s).expect("set").table;
                    for item in items {
                        e(types::set::add_key(vm, table, item))?;
                    }
                    put_reg(slot_mut!(frame, dst), s);
                }
                Instr::BuildMap { dst, start, count } => {
                    let items = collect_args(vm, frame, start.0 as usize, 2 * count.0 as usize)?;
                    let d = types::dict::new_dict();
                    {
                        let data = types::dict::as_dict(&d).expect("dict");
                        for pair in items.chunks(2) {
                            e(types::dict::dict_set(vm, data, pair[0].clone(), pair[1].clone()))?;
                        }
                    }
                    put_reg(slot_mut!(frame, dst), d);
                }
                Instr::BuildString { dst, start, count } => {
                    // The pieces are strs (formatted values and literals): one
                    // allocation of the final size, lengths summed, not counted.
                    let items = borrow_args(vm, frame, start.0 as usize, count.0 as usize)?;
                    let (mut bytes, mut chars) = (0, 0);
                    for it in items {
                        if let Some(o) = types::str::as_str_obj(it) {
                            bytes += o.text.len();
                            chars += o.char_len;
                        }
                    }
                    let mut s = String::with_capacity(bytes);
                    for it in items {
                        s.push_str(types::str::as_str(it).unwrap_or(""));
                    }
                    let v = types::str::new_string_counted(s, chars);
                    put_reg(slot_mut!(frame, dst), v);
                }
                Instr::BuildSlice { dst, start, count } => {
                    let items = collect_args(vm, frame, start.0 as usize, count.0 as usize)?;
                    let step = items.get(2).cloned().unwrap_or_else(|| none.clone());
                    put_reg(slot_mut!(frame, dst), types::slice::new_slice(items[0].clone(), items[1].clone(), step));
                }
                Instr::ListAppend { list, item } => {
                    let v = reg!(vm, frame, item).clone();
                    if let Some(l) = types::list::as_list(reg!(vm, frame, list)) {
                        l.borrow_mut().push(v);
                    }
                }
                Instr::ListExtend { list, iterable } => {
                    let src = reg!(vm, frame, iterable).clone();
                    let l = reg!(vm, frame, list).clone();
                    let items = match e(vm.collect_iterable_sized(&src)) {
                        Ok(items) => items,
                        Err((err, tb)) => {
                            if err.is_instance_of(&types::exceptions::TYPE_ERROR.0) && vm.iter(&src).is_err() {
                                let msg = format!("Value after * must be an iterable, not {}", src.ty().name());
                                return Err((vm.new_type_error(msg), tb));
                            }
                            return Err((err, tb));
                        }
                    };
                    if let Some(l) = types::list::as_list(&l) {
                        l.borrow_mut().extend(items);
                    }
                }
                Instr::ListToTuple { dst, src } => {
                    let l = reg!(vm, frame, src);
                    let items = types::list::as_list(l).map(|l| l.borrow().clone()).unwrap_or_default();
                    put_reg(slot_mut!(frame, dst), types::tuple::new_tuple(items));
                }
                Instr::SetAdd { set, item } => {
                    let (s, v) = (reg!(vm, frame, set).clone(), reg!(vm, frame, item).clone());
                    if let Some(so) = types::set::as_set(&s) {
                        e(types::set::add_key(vm, &so.table, v))?;
                    }
                }
                Instr::SetUpdate { set, iterable } => {
                    let (s, src) = (reg!(vm, frame, set).clone(), reg!(vm, frame, iterable).clone());
                    if let Some(so) = types::set::as_set(&s) {
                        e(types::set::update_internal(vm, &so.table, &src))?;
                    }
                }
                Instr::MapAdd { dict, key, value } => {
                    let (d, k, v) =
                        (reg!(vm, frame, dict).clone(), reg!(vm, frame, key).clone(), reg!(vm, frame, value).clone());
                    if let Some(data) = types::dict::as_dict(&d) {
                        e(types::dict::dict_set(vm, data, k, v))?;
                    }
                }
                Instr::DictUpdate { dict, mapping } => {
                    let (d, m) = (reg!(vm, frame, dict).clone(), reg!(vm, frame, mapping).clone());
                    e(vm.dict_update(&d, &m, None))?;
                }
                Instr::DictMerge { dict, mapping, func } => {
                    let (d, m, f) = (
                        reg!(vm, frame, dict).clone(),
                        reg!(vm, frame, mapping).clone(),
                        reg!(vm, frame, func).clone(),
                    );
                    e(vm.dict_update(&d, &m, Some(&f)))?;
                }
                Instr::UnpackSequence { dst, src, count } => {
                    let v = reg!(vm, frame, src).clone();
                    let n = count.0 as usize;
                    // An exact tuple of the right length (`for k, v in
                    // d.items()`) is read in place: no vector.
                    if let Some(items) = types::tuple::as_tuple_exact(&v).filter(|t| t.len() == n) {
                        let regs = &mut frame.regs[dst.0 as usize..dst.0 as usize + n];
                        for (r, it) in regs.iter_mut().zip(items) {
                            put_reg(r, it.clone());
                        }
                        continue;
                    }
                    let items = e(vm.unpack(&v, n))?;
                    for (i, it) in items.into_iter().enumerate() {
                        frame.regs[dst.0 as usize + i] = Some(it);
                    }
                }
                Instr::UnpackEx { dst, src, before, after } => {
                    let v = reg!(vm, frame, src).clone();
                    let items = e(vm.unpack_ex(&v, before.0 as usize, after.0 as usize))?;
                    for (i, it) in items.into_iter().enumerate() {
                        frame.regs[dst.0 as usize + i] = Some(it);
                    }
                }
                Instr::FormatSimple { dst, src, conv } => {
                    let v = reg!(vm, frame, src).clone();
                    let r = e(vm.format_value(&v, conv.0, None))?;
                    put_reg(slot_mut!(frame, dst), r);
                }
                Instr::FormatValue { dst, src, spec, conv } => {
                    let v = reg!(vm, frame, src).clone();
                    let s = reg!(vm, frame, spec).clone();
                    let r = e(vm.format_value(&v, conv.0, Some(&s)))?;
                    put_reg(slot_mut!(frame, dst), r);
                }
                Instr::LoadAttr { dst, obj, name } => {
                    // SAFETY: `load_code` checked name operands against `names`,
                    // which the attribute caches match in length.
                    let (n, cache) = unsafe {
                        (code.names.get_unchecked(name.0 as usize), code.load_attr_cache.get_unchecked(name.0 as usize))
                    };
                    if let Some(v) = cache.load(reg!(vm, frame, obj), n) {
                        put_reg(slot_mut!(frame, dst), v);
                        continue;
                    }
                    let o = reg!(vm, frame, obj).clone();
                    let v = e(vm.getattr(&o, n))?;
                    cache.learn(&o, n, false);
                    put_reg(slot_mut!(frame, dst), v);
                }
                Instr::StoreAttr { obj, name, src } => {
                    // SAFETY: as in `LoadAttr`.
                    let (n, cache) = unsafe {
                        (
                            code.names.get_unchecked(name.0 as usize),
                            code.store_attr_cache.get_unchecked(name.0 as usize),
                        )
                    };
                    let (o, v) = (reg!(vm, frame, obj).clone(), reg!(vm, frame, src).clone());
                    if let Err(v) = cache.store(&o, n, v) {
                        e(vm.setattr(&o, n, Some(v)))?;
                        cache.learn(&o, n, true);
                    }
                    safe_point!(vm, stack, 'outer);
                }
                Instr::DeleteAttr { obj, name } => {
                    let o = reg!(vm, frame, obj).clone();
                    e(vm.setattr(&o, &code.names[name.0 as usize], None))?;
                }
                Instr::Subscript { dst, obj, key } => {
                    let v = match item_fast(reg!(vm, frame, obj), reg!(vm, frame, key)) {
                        Some(v) => v,
                        None => {
                            let (o, k) = (reg!(vm, frame, obj).clone(), reg!(vm, frame, key).clone());
                            e(vm.get_item(&o, &k))?
                        }
                    };
                    put_reg(slot_mut!(frame, dst), v);
                }
                Instr::SubscriptK { dst, obj, k } => {
                    // SAFETY: `load_code` checked constant operands against the table.
                    let key = unsafe { code.consts.get_unchecked(k.0 as usize) };
                    let v = match item_fast(reg!(vm, frame, obj), key) {
                        Some(v) => v,
                        None => {
                            let o = reg!(vm, frame, obj).clone();
                            e(vm.get_item(&o, key))?
                        }
                    };
                    put_reg(slot_mut!(frame, dst), v);
                }
                Instr::StoreSubscript { obj, key, src } => {
                    let v = reg!(vm, frame, src).clone();
                    if let Err(v) = store_item_fast(reg!(vm, frame, obj), reg!(vm, frame, key), v) {
                        let (o, k) = (reg!(vm, frame, obj).clone(), reg!(vm, frame, key).clone());
                        e(vm.set_item(&o, &k, Some(v)))?;
                    }
                }
                Instr::StoreSubscriptK { obj, k, src } => {
                    let v = reg!(vm, frame, src).clone();
                    // SAFETY: `load_code` checked constant operands against the table.
                    let key = unsafe { code.consts.get_unchecked(k.0 as usize) };
                    if let Err(v) = store_item_fast(reg!(vm, frame, obj), key, v) {
                        let o = reg!(vm, frame, obj).clone();
                        e(vm.set_item(&o, key, Some(v)))?;
                    }
                }
                Instr::DeleteSubscript { obj, key } => {
                    let (o, k) = (reg!(vm, frame, obj).clone(), reg!(vm, frame, key).clone());
                    e(vm.set_item(&o, &k, None))?;
                }
                Instr::MakeFunction { dst, code: k, flags, extra } => {
                    let code_v = code.consts[k.0 as usize].clone();
                    let get = |i: u16| frame.regs[extra.0 as usize + i as usize].clone();
                    let defaults = if flags.0 & 1 != 0 { get(0) } else { None };
                    let kwdefaults = if flags.0 & 2 != 0 { get(1) } else { None };
                    let annotations = if flags.0 & 4 != 0 { get(2) } else { None };
                    let closure = if flags.0 & 8 != 0 { get(3) } else { None };
                    let (globals, builtins) = (frame.globals.clone(), frame.builtins.clone());
                    let f = vm.new_function(code_v, globals, builtins, defaults, kwdefaults, annotations, closure);
                    put_reg(slot_mut!(frame, dst), f);
                }
                Instr::LoadBuildClass { dst } => {
                    let b =
                        types::dict::as_dict(&frame.builtins).and_then(|d| d.borrow().get_rust_str("__build_class__"));
                    match b {
                        Some(v) => put_reg(slot_mut!(frame, dst), v),
                        None => return Err((vm.new_name_error("__build_class__"), true)),
                    }
                }
                Instr::SetupAnnotations {} => {
                    let ns = frame.locals.clone().unwrap_or_else(|| frame.globals.clone());
                    e(vm.setup_annotations(&ns))?;
                }
                Instr::ImportName { dst, name, fromlist, level } => {
                    let n = code.names[name.0 as usize].clone();
                    let (fl, lv) = (reg!(vm, frame, fromlist).clone(), reg!(vm, frame, level).clone());
                    let globals = frame.globals.clone();
                    let m = e(vm.import_name(&n, &fl, &lv, &globals))?;
                    put_reg(slot_mut!(frame, dst), m);
                }
                Instr::ImportFrom { dst, module, name } => {
                    let m = reg!(vm, frame, module).clone();
                    let n = code.names[name.0 as usize].clone();
                    let v = e(vm.import_from(&m, &n))?;
                    put_reg(slot_mut!(frame, dst), v);
                }
                Instr::ImportStar { module } => {
                    let m = reg!(vm, frame, module).clone();
                    let ns = frame.locals.clone().unwrap_or_else(|| frame.globals.clone());
                    e(vm.import_star(&m, &ns))?;
                }
                Instr::Raise { exc, cause, form } => {
                    let err = match form.0 {
                        0 => match vm.exc_info.clone() {
                            Some(cur) => return Err((PyErr(cur), false)),
                            None => vm.new_exception(
                                &types::exceptions::RUNTIME_ERROR,
                                "No active exception to reraise".into(),
                            ),
                        },
                        _ => {
                            let x = reg!(vm, frame, exc).clone();
                            let c = if form.0 == 2 { Some(reg!(vm, frame, cause).clone()) } else { None };
                            vm.make_raise(&x, c.as_ref())
                        }
                    };
                    return Err((err, true));
                }
                Instr::PushExcInfo { dst, saved } => {
                    let exc = vm.pending.take().unwrap_or_else(|| none.clone());
                    let prev = vm.exc_info.replace(exc.clone());
                    put_reg(slot_mut!(frame, saved), prev.unwrap_or_else(|| none.clone()));
                    put_reg(slot_mut!(frame, dst), exc);
                }
                Instr::PopExcInfo { saved } => {
                    let prev = (*slot!(frame, saved)).clone().filter(|v| !types::bool_none::is_none(v));
                    vm.exc_info = prev;
                }
                Instr::Reraise { exc } => {
                    let x = reg!(vm, frame, exc).clone();
                    return Err((PyErr(x), false));
                }
                Instr::CheckExcMatch { dst, exc, ty } => {
                    let (x, t) = (reg!(vm, frame, exc).clone(), reg!(vm, frame, ty).clone());
                    let m = e(vm.exception_matches(&x, &t))?;
                    put_reg(slot_mut!(frame, dst), vm.bool(m));
                }
                Instr::RaiseAssertion { msg, has_msg } => {
                    let ty = types::exceptions::ASSERTION_ERROR.value();
                    let args = if has_msg.0 != 0 { vec![reg!(vm, frame, msg).clone()] } else { vec![] };
                    return Err((vm.new_exception_args(&ty, args), true));
                }
                Instr::LoadAssertionError { dst } => {
                    put_reg(slot_mut!(frame, dst), types::exceptions::ASSERTION_ERROR.value());
                }
                Instr::BeforeWith { dst, exit, mgr } => {
                    let m = reg!(vm, frame, mgr).clone();
                    let (entered, exit_fn) = e(vm.enter_context(&m))?;
                    put_reg(slot_mut!(frame, exit), exit_fn);
                    put_reg(slot_mut!(frame, dst), entered);
                }
                Instr::WithExceptStart { dst, exit, exc } => {
                    let (f, x) = (reg!(vm, frame, exit).clone(), reg!(vm, frame, exc).clone());
                    let args = [x.type_value(), x.clone(), none.clone()];
                    let r = e(vm.call(&f, CallArgs::positional(&args)))?;
                    put_reg(slot_mut!(frame, dst), r);
                }
                Instr::Yield { dst, src } => {
                    let v = reg!(vm, frame, src).clone();
                    if frame.inline_gen.is_some() {
                        inline_gen::yield_out(vm, stack, v, dst.0);
                        continue 'outer;
                    }
                    if stack.len() != 1 {
                        return Err((
                            vm.new_exception(&types::exceptions::SYSTEM_ERROR, "yield in an inlined frame".into()),
                            true,
                        ));
                    }
                    return Ok(Exit::Yield(v, dst.0));
                }
                Instr::Send { dst, iter, value, target } => {
                    let it = reg!(vm, frame, iter).clone();
                    let sent = reg!(vm, frame, value).clone();
                    let step = if types::generator::as_generator(&it).is_some() {
                        let sent = if types::bool_none::is_none(&sent) { None } else { Some(sent) };
                        match e(types::generator::resume(vm, &it, sent))? {
                            Some(v) => Ok(v),
                            None => Err(vm.gen_return.take().unwrap_or_else(|| vm.none())),
                        }
                    } else if types::bool_none::is_none(&sent) {
                        match e(vm.next(&it))? {
                            Some(v) => Ok(v),
                            None => Err(vm.none()),
                        }
                    } else {
                        match vm.call_method(&it, "send", &[sent]) {
                            Ok(v) => Ok(v),
                            Err(err) if err.is_instance_of(&types::exceptions::STOP_ITERATION.0) => {
                                let args = types::exceptions::exc_args(&err.0);
                                Err(args.into_iter().next().unwrap_or_else(|| vm.none()))
                            }
                            Err(err) => return Err((err, true)),
                        }
                    };
                    match step {
                        Ok(v) => put_reg(slot_mut!(frame, dst), v),
                        Err(ret) => {
                            put_reg(slot_mut!(frame, dst), ret);
                            pc = target.0 as usize;
                            frame.pc = pc;
                        }
                    }
                }
                Instr::MatchSequence { .. }
                | Instr::MatchMapping { .. }
                | Instr::GetLen { .. }
                | Instr::MatchKeys { .. }
                | Instr::MatchClass { .. } => e(pattern::exec(vm, frame, *instr))?,
                Instr::CheckEgMatch { .. } | Instr::PrepReraiseStar { .. } => e(except_star::exec(vm, frame, *instr))?,
                Instr::PrintExpr { src } => {
                    let v = reg!(vm, frame, src).clone();
                    if !types::bool_none::is_none(&v) {
                        let r = e(vm.repr_string(&v))?;
                        vm.write_stdout(&format!("{r}\n"));
                    }
                }
            }
        }
    }
}

/// The operator of a `BinaryOp` that `BinaryFloat` computes inline
/// (`+ - * /`, plain or augmented), or `None`.
#[inline(always)]
fn float_specialized(op: u16) -> Option<BinOp> {
    match BinOp::ALL.get((op & 0xff) as usize) {
        Some(b @ (BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv)) => Some(*b),
        _ => None,
    }
}

/// `+ - * /` on two floats, or a float and an inline int, without a call
/// (`None`: take the general path, which also raises the errors).
/// The result of a float operation that cannot fail (an int operand is
/// converted as CPython does), or `None` for the general path.
#[inline]
fn float_fast_path(x: &Value, y: &Value, op: BinOp) -> Option<f64> {
    let fx = types::float::as_float_exact(x).or_else(|| x.as_small_int().map(|i| i as f64))?;
    let fy = types::float::as_float_exact(y).or_else(|| y.as_small_int().map(|i| i as f64))?;
    if x.is_small_int() && y.is_small_int() {
        return None;
    }
    // Ints beyond 2**53 convert inexactly; leave them to the general path.
    let exact = |v: &Value| v.as_small_int().is_none_or(|i| i.unsigned_abs() <= 1 << 53);
    if !exact(x) || !exact(y) {
        return None;
    }
    let r = match op {
        BinOp::Add => fx + fy,
        BinOp::Sub => fx - fy,
        BinOp::Mul => fx * fy,
        BinOp::TrueDiv if fy != 0.0 => fx / fy,
        // A positive finite base never gives a complex result or an error;
        // an overflow (infinite result) takes the general path to raise.
        BinOp::Pow if fx > 0.0 && fx.is_finite() && fy.is_finite() => {
            let r = fx.powf(fy);
            if !r.is_finite() {
                return None;
            }
            r
        }
        _ => return None,
    };
    Some(r)
}

/// The positional arguments of `f(*a)` when `a` is not already a tuple.
/// CPython: Python/ceval.c, check_args_iterable.
fn star_call_args(vm: &mut Vm, f: &Value, a: &Value) -> PyResult<Vec<Value>> {
    if a.ty().slots.iter.get().is_none() && a.ty().slots.getitem.get().is_none() {
        let fname = vm.function_display_name(f);
        return Err(vm.new_type_error(format!("{fname} argument after * must be an iterable, not {}", a.ty().name())));
    }
    vm.collect_iterable(a)
}

fn load_global(vm: &mut Vm, frame: &Frame, n: &Value) -> Result<Value, StepErr> {
    load_global_from(vm, frame, n).map(|(v, _)| v)
}

/// A global's value, and whether it came from the globals (not the builtins).
fn load_global_from(vm: &mut Vm, frame: &Frame, n: &Value) -> Result<(Value, bool), StepErr> {
    if let Some(v) = types::dict::as_dict(&frame.globals).and_then(|g| g.borrow().get_str(n)) {
        return Ok((v, true));
    }
    if let Some(v) = types::dict::as_dict(&frame.builtins).and_then(|b| b.borrow().get_str(n)) {
        return Ok((v, false));
    }
    let s = types::str::as_str(n).unwrap_or("?").to_string();
    Err((vm.new_name_error(&s), true))
}

fn deref_error(vm: &mut Vm, frame: &Frame, r: u16) -> PyErr {
    let code = &frame.code().code;
    let i = r as usize - code.varnames.len();
    if i < code.cellvars.len() {
        let name = code.cellvars[i].to_string();
        return vm.new_exception(
            &types::exceptions::UNBOUND_LOCAL_ERROR,
            format!("cannot access local variable '{name}' where it is not associated with a value"),
        );
    }
    let name = code.freevars.get(i - code.cellvars.len()).map(|s| s.to_string()).unwrap_or_default();
    let err = vm.new_exception(
        &types::exceptions::NAME_ERROR,
        format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
    );
    types::exceptions::set_name_context(&err.0, &types::str::new_str(&name), None);
    err
}

/// The `n` argument registers from `start` as a slice of values, without
/// copying them (a native call only reads them). Fails like `collect_args`
/// when one is unbound.
#[inline(always)]
fn borrow_args<'f>(vm: &mut Vm, frame: &'f Frame, start: usize, n: usize) -> Result<&'f [Value], StepErr> {
    let regs = &frame.regs[start..start + n];
    if let Some(i) = regs.iter().position(|r| r.is_none()) {
        return Err((unbound(vm, frame, (start + i) as u16), true));
    }
    // SAFETY: `Value` is a `repr(transparent)` `NonNull`, so `Option<Value>`
    // has the same size and layout as `Value` with `None` as the null word
    // (the guaranteed null-pointer optimization), and every element was
    // just checked to be `Some`.
    Ok(unsafe { std::slice::from_raw_parts(regs.as_ptr() as *const Value, n) })
}

/// `obj[key]` without the protocol, for an exact list or tuple and an
/// index in range (`None`: take the full path, which also raises).
#[inline(always)]
fn item_fast(obj: &Value, key: &Value) -> Option<Value> {
    let i = key.as_small_int()?;
    if let Some(l) = types::list::as_list_exact(obj) {
        let items = l.borrow();
        let n = items.len() as i64;
        let idx = if i < 0 { i + n } else { i };
        return if (0..n).contains(&idx) { Some(items[idx as usize].clone()) } else { None };
    }
    let items = types::tuple::as_tuple_exact(obj)?;
    let n = items.len() as i64;
    let idx = if i < 0 { i + n } else { i };
    if (0..n).contains(&idx) {
        Some(items[idx as usize].clone())
    } else {
        None
    }
}

/// `obj[key] = v` without the protocol, for an exact list and an index in
/// range; gives `v` back otherwise.
#[inline(always)]
fn store_item_fast(obj: &Value, key: &Value, v: Value) -> Result<(), Value> {
    let (Some(l), Some(i)) = (types::list::as_list_exact(obj), key.as_small_int()) else { return Err(v) };
    let mut items = l.borrow_mut();
    let n = items.len() as i64;
    let idx = if i < 0 { i + n } else { i };
    if !(0..n).contains(&idx) {
        return Err(v);
    }
    let old = std::mem::replace(&mut items[idx as usize], v);
    drop(items);
    // The old item may run code as it goes (a generator closing): only
    // once the list is no longer borrowed.
    drop(old);
    Ok(())
}

/// The arguments of a call, moved out of their registers: they are the
/// call's own temporaries, and a value must not outlive its last use there
/// (CPython pops them), or a dropped generator would be closed late.
fn take_args(vm: &mut Vm, frame: &mut Frame, start: usize, n: usize) -> Result<Vec<Value>, StepErr> {
    let mut out = Vec::with_capacity(n);
    for i in start..start + n {
        match frame.regs[i].take() {
            Some(v) => out.push(v),
            None => return Err((unbound(vm, frame, i as u16), true)),
        }
    }
    Ok(out)
}

/// Frees a native call's argument registers once it returned: they are the
/// call's own temporaries, and CPython drops its arguments then (a
/// generator passed to `next(g)` and then dropped must close at once).
#[inline(always)]
fn release_args(frame: &mut Frame, start: usize, n: usize) {
    for r in &mut frame.regs[start..start + n] {
        clear_reg(r);
    }
}

fn collect_args(vm: &mut Vm, frame: &Frame, start: usize, n: usize) -> Result<Vec<Value>, StepErr> {
    let mut out = Vec::with_capacity(n);
    for i in start..start + n {
        match &frame.regs[i] {
            Some(v) => out.push(v.clone()),
            None => return Err((unbound(vm, frame, i as u16), true)),
        }
    }
    Ok(out)
}

/// For a call of a Python function, the new frame to push instead of recursing.
fn maybe_push(vm: &mut Vm, f: &Value, args: CallArgs, dst: u16) -> Result<Option<Frame>, StepErr> {
    if as_function(f).is_some() {
        return e(function_frame(vm, f, args, dst)).map(Some);
    }
    if let Some(m) = types::function::as_method(f) {
        if as_function(&m.func).is_some() {
            return e(method_frame(vm, &m.func, Some(&m.self_), args, dst)).map(Some);
        }
    }
    if let Some((init, obj)) = e(class_call::instance_for_init(vm, f, args))? {
        let mut frame = e(method_frame(vm, &init, Some(&obj), args, dst))?;
        frame.init_self = Some(obj);
        return Ok(Some(frame));
    }
    Ok(None)
}

/// A call with keywords or unpacked arguments (`CallKw`, `CallEx`): a
/// Python function's frame is pushed, anything else is called natively and
/// its result written to `dst`.
fn call_general(vm: &mut Vm, stack: &mut Vec<Frame>, f: &Value, ca: CallArgs, dst: Reg) -> Result<(), StepErr> {
    if let Some(new_frame) = maybe_push(vm, f, ca, dst.0)? {
        return push_frame(vm, stack, new_frame);
    }
    let r = e(call_native(vm, stack, f, ca))?;
    *slot_mut!(stack.last_mut().expect("frame"), dst) = Some(r);
    Ok(())
}

/// A call that does not push a frame. The calling run's frames are
/// published for its duration (`frames::CallerLink`); builtins that read
/// the caller's frame also get a snapshot of it (see `introspect`).
fn call_native(vm: &mut Vm, stack: &[Frame], f: &Value, args: CallArgs) -> PyResult<Value> {
    with_caller_link(vm, stack, |vm| {
        if !introspect::needs_frame(f, args.pos().len()) {
            vm.call(f, args)
        } else if args.args.is_empty() && f.is(&types::super_type::SUPER_TYPE.value()) {
            // `super()` in a method: its two arguments come straight from
            // the frame, without the snapshot other frame readers get.
            match introspect::super_args(stack.last().expect("frame")) {
                Ok((ty, obj)) => types::super_type::make_super(vm, &ty, Some(&obj)),
                Err(msg) => Err(vm.new_exception(&types::exceptions::RUNTIME_ERROR, msg)),
            }
        } else {
            let frame = stack.last().expect("frame");
            let saved = vm.frame_ctx.replace(introspect::frame_ctx(frame, f));
            let r = vm.call(f, args);
            vm.frame_ctx = saved;
            r
        }
    })
}

/// Runs `call` with the calling run's frames published (see `call_native`).
#[inline(always)]
fn with_caller_link<R>(vm: &mut Vm, stack: &[Frame], call: impl FnOnce(&mut Vm) -> R) -> R {
    finalize::safe_point(vm, stack);
    let link = frames::CallerLink { frames: stack as *const [Frame], prev: vm.caller_link, run_depth: vm.run_depth };
    vm.caller_link = &link;
    let r = call(vm);
    vm.caller_link = link.prev;
    r
}

/// The native function behind `f` when calling `f` is just calling it with
/// the same arguments: a builtin function, an unbound builtin method (self
/// comes first among the arguments) or a module's function, that does not
/// read the caller's frame. This skips `Vm::call`'s dispatch for the
/// commonest native calls (`len(x)`, `lst.append(x)`, `d.get(k)`).
#[inline(always)]
fn direct_native(f: &Value) -> Option<types::function::NativeFn> {
    let b = types::function::as_builtin(f)?;
    let plain = match &b.bound {
        None => true,
        Some(m) => types::module::as_module(m).is_some(),
    };
    (plain && !b.needs_frame).then_some(b.func)
}

/// A positional call of the function in register `func` that
/// `push_simple_call` did not take. The commonest, a plain native function
/// (`len(x)`, `s.strip()`, `lst.append(x)`), is called right here, reading
/// the function where it is instead of taking a count on it; anything else
/// goes to `call_positional`. True when the caller's loop must start over
/// (a frame may have been pushed); false after a native call in place.
#[inline(always)]
fn call_positional_reg(
    vm: &mut Vm,
    stack: &mut Vec<Frame>,
    func: Reg,
    start: usize,
    n: usize,
    dst: Reg,
) -> Result<bool, StepErr> {
    let frame = stack.last().expect("frame");
    if let Some(native) = frame.regs[func.0 as usize].as_ref().and_then(direct_native) {
        native_in_place(vm, stack, native, start, n, dst)?;
        return Ok(false);
    }
    let f = reg!(vm, stack.last_mut().expect("frame"), func).clone();
    call_positional(vm, stack, &f, start, n, dst)?;
    Ok(true)
}

/// Calls the native function `native` with the top frame's registers
/// `start..start + n` as its arguments, read in place and released after;
/// the result goes to register `dst`.
#[inline(always)]
fn native_in_place(
    vm: &mut Vm,
    stack: &mut [Frame],
    native: types::function::NativeFn,
    start: usize,
    n: usize,
    dst: Reg,
) -> Result<(), StepErr> {
    let view: &[Frame] = stack;
    let args = borrow_args(vm, view.last().expect("frame"), start, n)?;
    let r = with_caller_link(vm, view, |vm| native(vm, CallArgs::positional(args)));
    let frame = stack.last_mut().expect("frame");
    release_args(frame, start, n);
    put_reg(slot_mut!(frame, dst), e(r)?);
    Ok(())
}

/// A positional call that neither `push_simple_call` nor the in-place
/// native call took (`call_positional_reg` tries that first): a Python call
/// that needs argument binding, a bound method, a class whose `__init__`
/// runs as a frame, or any other callable. The arguments are registers
/// `start..start + n`; the result goes to `dst`.
#[inline]
fn call_positional(
    vm: &mut Vm,
    stack: &mut Vec<Frame>,
    f: &Value,
    start: usize,
    n: usize,
    dst: Reg,
) -> Result<(), StepErr> {
    let view: &[Frame] = stack;
    let args = borrow_args(vm, view.last().expect("frame"), start, n)?;
    if let Some(new_frame) = maybe_push(vm, f, CallArgs::positional(args), dst.0)? {
        return push_frame(vm, stack, new_frame);
    }
    let r = call_native(vm, view, f, CallArgs::positional(args));
    let frame = stack.last_mut().expect("frame");
    release_args(frame, start, n);
    put_reg(slot_mut!(frame, dst), e(r)?);
    Ok(())
}

fn push_frame(vm: &mut Vm, stack: &mut Vec<Frame>, f: Frame) -> Result<(), StepErr> {
    // A generator function's call makes a generator instead of running.
    if f.code().code.flags & ferrython_bytecode::code::flags::GENERATOR != 0 {
        let caller = stack.last_mut().expect("frame");
        let func_name = (f.code().code.name.clone(), f.code().code.qualname.clone());
        let dst = f.ret_dst;
        let g =
            types::generator::new_generator(f, types::str::new_str(&func_name.0), types::str::new_str(&func_name.1));
        caller.regs[dst as usize] = Some(g);
        return Ok(());
    }
    if vm.depth + 1 > vm.recursion_limit {
        return Err((recursion_error(vm), true));
    }
    vm.depth += 1;
    stack.push(f);
    Ok(())
}
