//! The interpreter state and the object protocols every type relies on
//! (`repr`, `hash`, `==`, calls, attribute access, iteration, errors).
//!
//! Protocol functions follow CPython's abstract layer (`Objects/abstract.c`,
//! `Objects/object.c`): they go through the slots of `TypeObject` and raise
//! CPython's `TypeError` messages when a slot is missing.

use crate::object::{Obj, Value};
use crate::types::exceptions::{self, ExcData};
use crate::types::object::Instance;
use crate::types::{self, as_type, type_obj_of, type_payload, CallArgs, TypeObject};
use ferrython_bytecode::{BinOp, CmpOp, UnOp};
use std::collections::HashMap;

/// A raised exception: the exception instance.
#[derive(Debug)]
pub struct PyErr(pub Value);

impl PyErr {
    pub fn value(&self) -> &Value {
        &self.0
    }
    pub fn is_instance_of(&self, ty: &Obj<TypeObject>) -> bool {
        self.0.ty().is_subtype(ty)
    }
}

pub type PyResult<T = Value> = Result<T, PyErr>;

pub struct Vm {
    pub builtins: Value,
    pub interned: HashMap<Box<str>, Value>,
    /// The 128 one-character ASCII strs, interned on first use (CPython
    /// keeps the Latin-1 ones as singletons too): iterating over or
    /// indexing a str produces them without a hash-table lookup.
    ascii_chars: Vec<Value>,
    pub int_max_str_digits: usize,
    pub recursion_limit: usize,
    pub depth: usize,
    /// Objects whose `repr` is in progress (recursive containers print `[...]`).
    repr_stack: Vec<usize>,
    /// The exception being handled (`sys.exc_info()`).
    pub exc_info: Option<Value>,
    /// An exception on its way to a handler (picked up by `PushExcInfo`).
    pub pending: Option<Value>,
    /// Imported modules (`sys.modules`).
    pub modules: Value,
    /// Directories searched by `import` (`sys.path`).
    pub path: Vec<String>,
    /// Buffered standard output (flushed at exit and before stderr writes).
    pub stdout_buf: String,
    pub builtins_module: Option<Value>,
    pub sys_module: Option<Value>,
    /// The caller's frame, while a frame-reading builtin runs (`eval::introspect`).
    pub frame_ctx: Option<crate::eval::introspect::FrameCtx>,
    /// Empty frame stacks kept for reuse by nested runs of the eval loop
    /// (every generator resume and native-to-Python call starts one).
    pub frame_stacks: Vec<Vec<crate::eval::Frame>>,
    /// The return value of the generator that just finished.
    pub gen_return: Option<Value>,
    /// Stack address of the outermost `eval::run` (set on first use).
    pub native_stack_base: Option<usize>,
    /// Native stack the interpreter thread may use (see `eval::native_stack_exhausted`).
    pub native_stack_size: usize,
    /// How many `eval::run`s are active (nested through native code).
    pub run_depth: usize,
    /// The innermost native call's published caller frames (`eval::frames`).
    pub caller_link: *const crate::eval::frames::CallerLink,
}

impl Vm {
    pub fn new() -> Vm {
        static INIT: std::sync::Once = std::sync::Once::new();
        INIT.call_once(types::type_type::init_static_types);
        Vm {
            builtins: types::dict::new_dict(),
            interned: HashMap::new(),
            int_max_str_digits: 4300,
            recursion_limit: 1000,
            depth: 0,
            repr_stack: Vec::new(),
            exc_info: None,
            pending: None,
            modules: types::dict::new_dict(),
            path: Vec::new(),
            stdout_buf: String::new(),
            builtins_module: None,
            sys_module: None,
            frame_ctx: None,
            ascii_chars: Vec::new(),
            frame_stacks: Vec::new(),
            gen_return: None,
            native_stack_base: None,
            native_stack_size: 8 << 20,
            run_depth: 0,
            caller_link: std::ptr::null(),
        }
    }

    /// A VM ready to run programs: builtins and `sys` installed.
    pub fn with_argv(argv: &[String], path: Vec<String>) -> Vm {
        let mut vm = Vm::new();
        vm.path = path;
        crate::builtins::install(&mut vm);
        // Installing methods filled the builtin types' dicts.
        types::type_cache::invalidate_all();
        let name_key = vm.intern("__name__");
        let builtins = vm.builtins.clone();
        types::dict::as_dict(&builtins).expect("dict").borrow_mut().set_str(name_key, types::str::new_str("builtins"));
        let bm = types::module::new_module(vm.builtins.clone());
        vm.builtins_module = Some(bm.clone());
        let sys = crate::modules::make_sys(&mut vm, argv);
        vm.sys_module = Some(sys.clone());
        let (k1, k2) = (vm.intern("sys"), vm.intern("builtins"));
        let modules = vm.modules.clone();
        let mods = types::dict::as_dict(&modules).expect("dict");
        mods.borrow_mut().set_str(k1, sys);
        mods.borrow_mut().set_str(k2, bm);
        vm
    }

    // ----- singletons -----------------------------------------------------

    #[inline]
    pub fn bool(&self, b: bool) -> Value {
        if b {
            types::bool_none::TRUE.value()
        } else {
            types::bool_none::FALSE.value()
        }
    }

    pub fn none(&self) -> Value {
        types::bool_none::none()
    }

    pub fn not_implemented(&self) -> Value {
        types::bool_none::NOT_IMPLEMENTED.value()
    }

    pub fn is_not_implemented(&self, v: &Value) -> bool {
        v.is(&types::bool_none::NOT_IMPLEMENTED.value())
    }

    /// The interned str for `s` (identifiers, attribute names).
    /// The one-character str for ASCII byte `b` (`b < 128`).
    #[inline]
    pub fn ascii_char(&mut self, b: u8) -> Value {
        if self.ascii_chars.is_empty() {
            self.ascii_chars = (0..128u8).map(|c| self.intern(char::from(c).encode_utf8(&mut [0; 4]))).collect();
        }
        self.ascii_chars[(b & 0x7f) as usize].clone()
    }

    pub fn intern(&mut self, s: &str) -> Value {
        if let Some(v) = self.interned.get(s) {
            return v.clone();
        }
        let v = types::str::new_str(s);
        v.make_immortal();
        self.interned.insert(s.into(), v.clone());
        v
    }

    // ----- errors ---------------------------------------------------------

    /// A new exception of static type `ty` with one str argument.
    pub fn new_exception(&mut self, ty: &'static crate::object::StaticObj<TypeObject>, msg: String) -> PyErr {
        let inst = self.new_instance(&ty.value(), true);
        if let Some(d) = exceptions::exc_data(&inst) {
            *d.args.borrow_mut() = Some(types::tuple::new_tuple_from_array([types::str::new_string(msg)]));
        }
        PyErr(inst)
    }

    pub fn new_exception_args(&mut self, ty: &Value, args: Vec<Value>) -> PyErr {
        let inst = self.new_instance(ty, true);
        exceptions::init_value_member(&inst, &args);
        if let Some(d) = exceptions::exc_data(&inst) {
            *d.args.borrow_mut() = Some(types::tuple::new_tuple(args));
        }
        PyErr(inst)
    }

    pub fn new_type_error(&mut self, msg: String) -> PyErr {
        self.new_exception(&exceptions::TYPE_ERROR, msg)
    }
    pub fn new_value_error(&mut self, msg: String) -> PyErr {
        self.new_exception(&exceptions::VALUE_ERROR, msg)
    }
    pub fn new_index_error(&mut self, msg: String) -> PyErr {
        self.new_exception(&exceptions::INDEX_ERROR, msg)
    }
    pub fn new_overflow_error(&mut self, msg: String) -> PyErr {
        self.new_exception(&exceptions::OVERFLOW_ERROR, msg)
    }
    /// OverflowError carrying an errno pair, as math range errors do: `(34, 'msg')`.
    pub fn new_overflow_error_errno(&mut self, msg: &str) -> PyErr {
        let ty = exceptions::OVERFLOW_ERROR.value();
        self.new_exception_args(&ty, vec![types::int::new_int(34), types::str::new_str(msg)])
    }
    pub fn new_zero_division_error(&mut self, msg: String) -> PyErr {
        self.new_exception(&exceptions::ZERO_DIVISION_ERROR, msg)
    }
    pub fn new_key_error(&mut self, key: Value) -> PyErr {
        let ty = exceptions::KEY_ERROR.value();
        self.new_exception_args(&ty, vec![key])
    }
    /// `name 'x' is not defined`, with the NameError's `name` set.
    pub fn new_name_error(&mut self, name: &str) -> PyErr {
        let err = self.new_exception(&exceptions::NAME_ERROR, format!("name '{name}' is not defined"));
        exceptions::set_name_context(&err.0, &types::str::new_str(name), None);
        err
    }
    pub fn new_attribute_error_msg(&mut self, msg: String) -> PyErr {
        self.new_exception(&exceptions::ATTRIBUTE_ERROR, msg)
    }
    /// `'T' object has no attribute 'name'` from a failed lookup, with the
    /// AttributeError's `name` and `obj` set (for "Did you mean").
    pub fn new_attribute_error(&mut self, obj: &Value, name: &Value) -> PyErr {
        let err = self.attribute_error_plain(obj, name);
        exceptions::set_name_context(&err.0, name, Some(obj));
        err
    }

    /// The same message without `name` and `obj` (failed `del`, as CPython).
    pub fn attribute_error_plain(&mut self, obj: &Value, name: &Value) -> PyErr {
        let n = types::str::as_str(name).unwrap_or("?").to_string();
        let msg = match as_type(obj) {
            Some(t) => format!("type object '{}' has no attribute '{n}'", t.name()),
            None => match types::module::as_module(obj) {
                Some(_) => {
                    let m = self.getattr_str(obj, "__name__").ok();
                    let m = m.as_ref().and_then(types::str::as_str).unwrap_or("?").to_string();
                    format!("module '{m}' has no attribute '{n}'")
                }
                None => format!("'{}' object has no attribute '{n}'", obj.ty().name()),
            },
        };
        self.new_attribute_error_msg(msg)
    }

    /// A fresh instance of class `cls` (`Obj<Instance>`), with exception state
    /// when the class derives from BaseException.
    pub fn new_instance(&mut self, cls: &Value, _exc_hint: bool) -> Value {
        let t = type_payload(cls);
        let exc = if t.flags.get() & types::tpflags::BASE_EXC_SUBCLASS != 0 {
            Some(Box::new(ExcData::default()))
        } else {
            None
        };
        Obj::alloc(type_obj_of(cls), Instance::new(exc, None, t.nslots.get() as usize))
    }

    // ----- basic protocols ------------------------------------------------

    pub fn repr(&mut self, v: &Value) -> PyResult<Value> {
        match v.ty().slots.repr.get() {
            Some(f) => {
                let r = f(self, v)?;
                if types::str::as_str(&r).is_none() {
                    return Err(self.new_type_error(format!("__repr__ returned non-string (type {})", r.ty().name())));
                }
                Ok(r)
            }
            None => types::object::object_repr(self, v),
        }
    }

    pub fn str(&mut self, v: &Value) -> PyResult<Value> {
        if types::str::as_str_exact(v).is_some() {
            return Ok(v.clone());
        }
        match v.ty().slots.str.get() {
            Some(f) => {
                let r = f(self, v)?;
                if types::str::as_str(&r).is_none() {
                    return Err(self.new_type_error(format!("__str__ returned non-string (type {})", r.ty().name())));
                }
                Ok(r)
            }
            // `object.__str__` calls the type's repr; its result is checked as `__str__`'s.
            None => {
                let r = match v.ty().slots.repr.get() {
                    Some(f) => f(self, v)?,
                    None => types::object::object_repr(self, v)?,
                };
                if types::str::as_str(&r).is_none() {
                    return Err(self.new_type_error(format!("__str__ returned non-string (type {})", r.ty().name())));
                }
                Ok(r)
            }
        }
    }

    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        let r = self.repr(v)?;
        Ok(types::str::as_str(&r).unwrap_or("").to_string())
    }

    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        let r = self.str(v)?;
        Ok(types::str::as_str(&r).unwrap_or("").to_string())
    }

    /// Marks `v` as being printed; false when it already is (recursion).
    pub fn repr_enter(&mut self, v: &Value) -> bool {
        if self.repr_stack.contains(&v.bits()) {
            return false;
        }
        self.repr_stack.push(v.bits());
        true
    }

    pub fn repr_leave(&mut self, v: &Value) {
        if let Some(pos) = self.repr_stack.iter().rposition(|&b| b == v.bits()) {
            self.repr_stack.remove(pos);
        }
    }

    /// `open + ", ".join(map(repr, items)) + close`, guarding recursion.
    pub fn repr_sequence(&mut self, owner: &Value, items: &[Value], open: &str, close: &str) -> PyResult<Value> {
        if !self.repr_enter(owner) {
            return Ok(types::str::new_string(format!("{open}...{close}")));
        }
        let mut out = String::from(open);
        let mut result = Ok(());
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            match self.repr_string(item) {
                Ok(s) => out.push_str(&s),
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        self.repr_leave(owner);
        result?;
        out.push_str(close);
        Ok(types::str::new_string(out))
    }

    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(i) = v.as_small_int() {
            return Ok(ferrython_algo::hash::hash_int(i));
        }
        if types::str::as_str_obj_exact(v).is_some() {
            if let Some(h) = types::str::str_hash_cached(v) {
                return Ok(h);
            }
        }
        match v.ty().slots.hash.get() {
            Some(f) => f(self, v),
            None => Err(self.new_type_error(format!("unhashable type: '{}'", v.ty().name()))),
        }
    }

    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        if let Some(b) = types::bool_none::as_bool(v) {
            return Ok(b);
        }
        if types::bool_none::is_none(v) {
            return Ok(false);
        }
        if let Some(i) = v.as_small_int() {
            return Ok(i != 0);
        }
        let ty = v.ty();
        if let Some(f) = ty.slots.bool.get() {
            return f(self, v);
        }
        if let Some(f) = ty.slots.len.get() {
            return Ok(f(self, v)? > 0);
        }
        Ok(true)
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        // Equal inline ints are the same word, so different ones differ;
        // exact strs and floats compare by value without a call.
        if a.is_small_int() && b.is_small_int() {
            return Ok(false);
        }
        if let (Some(x), Some(y)) = (types::str::as_str_obj_exact(a), types::str::as_str_obj_exact(b)) {
            return Ok(x.text == y.text);
        }
        if let (Some(x), Some(y)) = (types::float::as_float_exact(a), types::float::as_float_exact(b)) {
            return Ok(x == y);
        }
        // Exact tuples (dict keys like `(x, y)`): item by item, as tuple's
        // own comparison does, without dispatching to it.
        if let (Some(x), Some(y)) = (types::tuple::as_tuple_exact(a), types::tuple::as_tuple_exact(b)) {
            if x.len() != y.len() {
                return Ok(false);
            }
            // Nested tuples recurse; like CPython's comparison, that counts
            // against the recursion limit.
            if self.depth + 1 > self.recursion_limit {
                return Err(self.new_exception(
                    &exceptions::RECURSION_ERROR,
                    "maximum recursion depth exceeded in comparison".into(),
                ));
            }
            self.depth += 1;
            let mut r = Ok(true);
            for (p, q) in x.iter().zip(y) {
                match self.eq(p, q) {
                    Ok(true) => {}
                    other => {
                        r = other;
                        break;
                    }
                }
            }
            self.depth -= 1;
            return r;
        }
        let r = self.rich_compare(a, b, CmpOp::Eq)?;
        self.truthy(&r)
    }

    /// `a <op> b` with CPython's reflected-operand rules.
    pub fn rich_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        let (ta, tb) = (a.ty(), b.ty());
        let reflected_first = !std::ptr::eq(ta, tb) && tb.is_subtype(a.type_obj());
        if reflected_first {
            if let Some(f) = tb.slots.compare.get() {
                let r = f(self, b, a, op.swapped())?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = ta.slots.compare.get() {
            let r = f(self, a, b, op)?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if !reflected_first {
            if let Some(f) = tb.slots.compare.get() {
                let r = f(self, b, a, op.swapped())?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        match op {
            CmpOp::Eq => Ok(self.bool(a.is(b))),
            CmpOp::Ne => Ok(self.bool(!a.is(b))),
            _ => Err(self.new_type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                ta.name(),
                tb.name()
            ))),
        }
    }

    /// Lexicographic comparison of two sequences (lists, tuples).
    pub fn compare_sequences(&mut self, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<Value> {
        let n = x.len().min(y.len());
        for i in 0..n {
            if !self.eq(&x[i], &y[i])? {
                return match op {
                    CmpOp::Eq => Ok(self.bool(false)),
                    CmpOp::Ne => Ok(self.bool(true)),
                    _ => self.rich_compare(&x[i], &y[i], op),
                };
            }
        }
        let r = types::int::cmp_result(x.len().cmp(&y.len()), op);
        Ok(self.bool(r))
    }

    /// `a <op> b` for arithmetic operators, with reflected operands.
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        let (ta, tb) = (a.ty(), b.ty());
        let sa = ta.slots.binary.get();
        // One slot function serves both operands when they share it (two
        // classes: `heap_binary` handles the reflection itself), as in
        // CPython's `binary_op1`.
        let sb = if std::ptr::eq(ta, tb) { None } else { tb.slots.binary.get() };
        let mut sb = sb.filter(|fb| sa.is_none_or(|fa| fa as usize != *fb as usize));
        if let (Some(fb), true) = (sb, tb.is_subtype(a.type_obj()) && !std::ptr::eq(ta, tb)) {
            let r = fb(self, a, b, op)?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
            sb = None;
        }
        if let Some(fa) = sa {
            let r = fa(self, a, b, op)?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if let Some(fb) = sb {
            let r = fb(self, a, b, op)?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        // A sequence's concatenation or repetition has the last word (CPython
        // tries `sq_concat`/`sq_repeat` after the number slots).
        let seq = types::str::as_str(a).is_some()
            || types::list::as_list(a).is_some()
            || types::tuple::as_tuple(a).is_some()
            || types::bytes::is_bytes_like(a);
        if seq && op == BinOp::Add {
            return Err(self.new_type_error(format!(
                "can only concatenate {} (not \"{}\") to {}",
                ta.name(),
                tb.name(),
                ta.name()
            )));
        }
        let sym = if op == BinOp::Pow { "** or pow()" } else { op.symbol() };
        Err(self.new_type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym,
            ta.name(),
            tb.name()
        )))
    }

    pub fn unary_op(&mut self, v: &Value, op: UnOp) -> PyResult<Value> {
        if op == UnOp::Not {
            let t = self.truthy(v)?;
            return Ok(self.bool(!t));
        }
        match v.ty().slots.unary.get() {
            Some(f) => f(self, v, op),
            None => {
                let sym = match op {
                    UnOp::Neg => "-",
                    UnOp::Pos => "+",
                    _ => "~",
                };
                Err(self.new_type_error(format!("bad operand type for unary {sym}: '{}'", v.ty().name())))
            }
        }
    }

    /// The value of an int-like (`__index__`), `None` when `v` is not one.
    pub fn index_value(&mut self, v: &Value) -> PyResult<Option<i64>> {
        if let Some(i) = types::int::small_or_bool(v) {
            return Ok(Some(i));
        }
        if types::int::as_bigint_obj(v).is_some() {
            return Err(self.new_index_error(format!("cannot fit '{}' into an index-sized integer", v.ty().name())));
        }
        if v.ty().is_heap_type() && self.lookup_special(v, "__index__").is_some() {
            let i = crate::number::index(self, v)?;
            return self.index_value(&i);
        }
        Ok(None)
    }

    /// Resolves a slice against a length: `(start, stop, step)` ready to walk.
    pub fn slice_indices(&mut self, key: &Value, len: usize) -> PyResult<Option<(i64, i64, i64)>> {
        let Some(s) = types::slice::as_slice(key) else { return Ok(None) };
        let (start, stop, step) = (s.start.clone(), s.stop.clone(), s.step.clone());
        let get = |vm: &mut Vm, v: &Value| -> PyResult<Option<i64>> {
            if types::bool_none::is_none(v) {
                return Ok(None);
            }
            match types::int::small_or_bool(v) {
                Some(i) => Ok(Some(i)),
                None => match types::int::to_bigint(v) {
                    Some(b) => Ok(Some(if num_traits::Signed::is_negative(&b) { i64::MIN / 2 } else { i64::MAX / 2 })),
                    None if v.ty().is_heap_type() && v.ty().lookup_str("__index__").is_some() => {
                        let i = vm.call_method(v, "__index__", &[])?;
                        types::str_methods::slice_bound(vm, Some(&i))
                    }
                    None => Err(
                        vm.new_type_error("slice indices must be integers or None or have an __index__ method".into())
                    ),
                },
            }
        };
        let step = get(self, &step)?.unwrap_or(1);
        if step == 0 {
            return Err(self.new_value_error("slice step cannot be zero".into()));
        }
        let n = len as i64;
        let clamp = |v: Option<i64>, default: i64, lo: i64, hi: i64| match v {
            None => default,
            Some(mut i) => {
                if i < 0 {
                    i += n;
                }
                i.clamp(lo, hi)
            }
        };
        let (start, stop) = if step > 0 {
            (clamp(get(self, &start)?, 0, 0, n), clamp(get(self, &stop)?, n, 0, n))
        } else {
            (clamp(get(self, &start)?, n - 1, -1, n - 1), clamp(get(self, &stop)?, -1, -1, n - 1))
        };
        Ok(Some((start, stop, step)))
    }

    /// The items a slice selects, or `None` when `key` is not a slice.
    pub fn slice_select(&mut self, key: &Value, items: &[Value]) -> PyResult<Option<Vec<Value>>> {
        let Some((start, stop, step)) = self.slice_indices(key, items.len())? else { return Ok(None) };
        let mut out = Vec::new();
        let mut i = start;
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            out.push(items[i as usize].clone());
            i += step;
        }
        Ok(Some(out))
    }

    /// `fmt % args` for a str format (see `types::percent`).
    pub fn percent_format(&mut self, fmt: &str, args: &Value) -> PyResult<Value> {
        types::percent::format_str(self, fmt, args)
    }

    // ----- iteration ------------------------------------------------------

    pub fn new_list_iter(&mut self, items: Vec<Value>) -> Value {
        types::iter::new_seq_iter(items)
    }

    pub fn new_list_iter_live(&mut self, list: Value) -> Value {
        types::iter::new_live_list_iter(list)
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        match v.ty().slots.iter.get() {
            Some(f) => f(self, v),
            None => {
                if v.ty().slots.getitem.get().is_some() && v.ty().is_heap_type() {
                    return Ok(types::native_iter::new_getitem_iter(v.clone()));
                }
                Err(self.new_type_error(format!("'{}' object is not iterable", v.ty().name())))
            }
        }
    }

    /// `next(it)`, `None` at the end.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it.ty().slots.next.get() {
            Some(f) => f(self, it),
            None => Err(self.new_type_error(format!("'{}' object is not an iterator", it.ty().name()))),
        }
    }

    /// All items of an iterable.
    pub fn collect_iterable(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Some(t) = types::tuple::as_tuple_exact(v) {
            return Ok(t.to_vec());
        }
        if let Some(l) = types::list::as_list_exact(v) {
            return Ok(l.borrow().clone());
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// All items of an iterable, the way `list(v)` collects them (CPython's
    /// `list_extend`): after taking the iterator it asks for a length hint,
    /// which runs a class's `__len__` (a TypeError from it is ignored).
    pub fn collect_iterable_sized(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if !v.ty().is_heap_type() || v.ty().slots.len.get().is_none() {
            return self.collect_iterable(v);
        }
        let it = self.iter(v)?;
        match self.len(v) {
            Err(e) if !e.is_instance_of(&types::exceptions::TYPE_ERROR.0) => return Err(e),
            _ => {}
        }
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    // ----- attributes -----------------------------------------------------

    pub fn getattr(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        let r = match obj.ty().slots.getattr.get() {
            Some(f) => f(self, obj, name),
            None => types::object::generic_getattr(self, obj, name),
        };
        // An AttributeError leaving a lookup (from `__getattr__`, a
        // property ...) names what was looked up, for "Did you mean".
        // CPython: Objects/object.c, set_attribute_error_context.
        if let Err(e) = &r {
            if e.is_instance_of(&exceptions::ATTRIBUTE_ERROR.0) {
                if let (None, None) = exceptions::name_context(&e.0) {
                    exceptions::set_name_context(&e.0, name, Some(obj));
                }
            }
        }
        r
    }

    pub fn getattr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = self.intern(name);
        self.getattr(obj, &n)
    }

    pub fn setattr(&mut self, obj: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
        match obj.ty().slots.setattr.get() {
            Some(f) => f(self, obj, name, value),
            None => {
                let n = types::str::as_str(name).unwrap_or("?").to_string();
                let has = obj.ty().lookup(name).is_some();
                let msg = if has {
                    format!("'{}' object attribute '{n}' is read-only", obj.ty().name())
                } else {
                    format!("'{}' object has no attribute '{n}'", obj.ty().name())
                };
                Err(self.new_attribute_error_msg(msg))
            }
        }
    }

    /// A special method looked up on the type (never the instance).
    pub fn lookup_special(&mut self, obj: &Value, name: &str) -> Option<Value> {
        obj.ty().lookup_str(name)
    }

    /// `obj.name(*args)` with `name` looked up on the type.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        match self.lookup_special(obj, name) {
            Some(f) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(obj.clone());
                full.extend(args.iter().cloned());
                self.call(&f, CallArgs::positional(&full))
            }
            None => {
                let n = self.intern(name);
                Err(self.attribute_error_plain(obj, &n))
            }
        }
    }

    pub fn is_data_descriptor(&mut self, d: &Value) -> bool {
        d.ty().slots.descr_set.get().is_some()
    }

    pub fn descriptor_set(&mut self, d: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
        match d.ty().slots.descr_set.get() {
            Some(f) => f(self, d, obj, value),
            None => Err(self.new_attribute_error_msg(format!("'{}' object is not a data descriptor", d.ty().name()))),
        }
    }

    /// `__module__` of a type, for reprs.
    pub fn type_module_name(&mut self, t: &Obj<TypeObject>) -> String {
        if !t.data.is_heap_type() {
            return t.data.module.to_string();
        }
        match t.data.dict.borrow().get_rust_str("__module__") {
            Some(m) => types::str::as_str(&m).unwrap_or("?").to_string(),
            None => "builtins".to_string(),
        }
    }

    // ----- calls ----------------------------------------------------------

    pub fn call(&mut self, f: &Value, args: CallArgs) -> PyResult<Value> {
        match f.ty().slots.call.get() {
            Some(call) => call(self, f, args),
            None => Err(self.new_type_error(format!("'{}' object is not callable", f.ty().name()))),
        }
    }

    /// Calls a Python function from native code (runs a nested eval loop).
    pub fn call_function(&mut self, f: &Value, args: CallArgs) -> PyResult<Value> {
        crate::eval::call_python_function(self, f, args)
    }
}

impl Default for Vm {
    fn default() -> Self {
        Self::new()
    }
}
