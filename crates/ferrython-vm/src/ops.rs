//! The operations behind individual instructions that are more than a slot
//! call: item access, in-place operators, unpacking, formatting, function
//! creation, raising and matching exceptions, context managers, imports.

use crate::object::{Obj, Value};
use crate::types::function::{as_code, FunctionObj, FUNCTION_TYPE};
use crate::types::{self, as_type, CallArgs};
use crate::vm::{PyErr, PyResult, Vm};
use ferrython_bytecode::BinOp;
use std::cell::RefCell;
use std::io::Write;

impl Vm {
    pub fn get_item(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        match obj.ty().slots.getitem.get() {
            Some(f) => f(self, obj, key),
            None => {
                if let Some(t) = as_type(obj) {
                    // `C[x]` on a class: its `__class_getitem__` (PEP 560).
                    if let Some(f) = t.lookup_str("__class_getitem__") {
                        let bound = match f.ty().slots.descr_get.get() {
                            Some(get) => get(self, &f, None, obj)?,
                            None => f,
                        };
                        return self.call(&bound, types::CallArgs::positional(std::slice::from_ref(key)));
                    }
                    let name = types::type_payload(obj).name();
                    return Err(self.new_type_error(format!("type '{name}' is not subscriptable")));
                }
                Err(self.new_type_error(format!("'{}' object is not subscriptable", obj.ty().name())))
            }
        }
    }

    pub fn set_item(&mut self, obj: &Value, key: &Value, value: Option<Value>) -> PyResult<()> {
        match obj.ty().slots.setitem.get() {
            Some(f) => f(self, obj, key, value),
            None => {
                let what =
                    if value.is_some() { "does not support item assignment" } else { "doesn't support item deletion" };
                Err(self.new_type_error(format!("'{}' object {what}", obj.ty().name())))
            }
        }
    }

    /// `a op= b`: `__iop__` when the type has one, else the binary operator.
    pub fn inplace_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if let Some(r) = types::inplace::builtin_inplace(self, a, b, op)? {
            return Ok(r);
        }
        if a.ty().is_heap_type() {
            let (_, _, name) = types::type_type::binop_method_names(op);
            if let Some(f) = self.lookup_special(a, name) {
                let r = self.call(&f, CallArgs::positional(&[a.clone(), b.clone()]))?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        match self.binary_op(a, b, op) {
            Err(e) if e.is_instance_of(&types::exceptions::TYPE_ERROR.0) => {
                let msg = self.str_string(e.value())?;
                if msg.starts_with("unsupported operand type(s) for ") {
                    return Err(self.new_type_error(format!(
                        "unsupported operand type(s) for {}=: '{}' and '{}'",
                        op.symbol(),
                        a.ty().name(),
                        b.ty().name()
                    )));
                }
                Err(e)
            }
            r => r,
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Some(f) = container.ty().slots.contains.get() {
            return f(self, container, item);
        }
        let ty = container.ty();
        if ty.slots.iter.get().is_some() || (ty.is_heap_type() && ty.slots.getitem.get().is_some()) {
            let it = self.iter(container)?;
            while let Some(x) = self.next(&it)? {
                if x.is(item) || self.eq(&x, item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        Err(self.new_type_error(format!("argument of type '{}' is not iterable", container.ty().name())))
    }

    /// `obj.name` for a call: the function and `self` when it binds, to skip
    /// the bound-method object.
    pub fn load_method(&mut self, obj: &Value, name: &Value) -> PyResult<(Value, Option<Value>)> {
        let ty = obj.ty();
        let generic =
            ty.slots.getattr.get().is_none_or(|f| f as usize == types::object::generic_getattr as *const () as usize);
        if generic {
            if let Some(d) = ty.lookup(name) {
                let dt = d.ty();
                let is_plain_function = types::function::as_function(&d).is_some()
                    || types::function::as_builtin(&d).is_some_and(|b| b.bound.is_none())
                    || types::descr::as_slot_wrapper(&d).is_some();
                if is_plain_function {
                    let in_instance = types::object::instance_dict(obj)
                        .and_then(|c| c.borrow().clone())
                        .and_then(|dict| types::dict::as_dict(&dict).and_then(|dd| dd.borrow().get_str(name)));
                    if let Some(v) = in_instance {
                        return Ok((v, None));
                    }
                    return Ok((d, Some(obj.clone())));
                }
                let _ = dt;
            }
        }
        Ok((self.getattr(obj, name)?, None))
    }

    /// `SETUP_ANNOTATIONS`: an empty `__annotations__` in the namespace,
    /// through the mapping protocol unless it is an exact dict.
    pub fn setup_annotations(&mut self, ns: &Value) -> PyResult<()> {
        let key = self.intern("__annotations__");
        if let Some(d) = types::dict::as_dict_exact(ns) {
            if d.borrow().get_str(&key).is_none() {
                d.borrow_mut().set_str(key, types::dict::new_dict());
            }
            return Ok(());
        }
        match self.get_item(ns, &key) {
            Ok(_) => Ok(()),
            Err(e) if e.is_instance_of(&types::exceptions::KEY_ERROR.0) => {
                self.set_item(ns, &key, Some(types::dict::new_dict()))
            }
            Err(e) => Err(e),
        }
    }

    /// `dict.update(mapping)` for displays; with `func`, a `**` argument
    /// merge that rejects duplicate keys as CPython's `DICT_MERGE` does.
    pub fn dict_update(&mut self, d: &Value, m: &Value, func: Option<&Value>) -> PyResult<()> {
        let data = types::dict::as_dict(d).expect("dict");
        let pairs: Vec<(Value, Value)> = match types::dict::as_dict_for_merge(m) {
            Some(src) => src.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect(),
            None => {
                let keys = match self.getattr_str(m, "keys") {
                    Ok(k) => k,
                    Err(_) => {
                        return Err(match func {
                            Some(f) => {
                                let fname = self.function_display_name(f);
                                self.new_type_error(format!(
                                    "{fname} argument after ** must be a mapping, not {}",
                                    m.ty().name()
                                ))
                            }
                            None => self.new_type_error(format!("'{}' object is not a mapping", m.ty().name())),
                        })
                    }
                };
                let ks = self.call(&keys, CallArgs::positional(&[]))?;
                let ks = self.collect_iterable(&ks)?;
                let mut out = Vec::new();
                for k in ks {
                    let v = self.get_item(m, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        for (k, v) in pairs {
            if let Some(f) = func {
                if types::str::as_str(&k).is_none() {
                    return Err(self.new_type_error("keywords must be strings".into()));
                }
                if types::dict::dict_get(self, data, &k)?.is_some() {
                    let fname = self.function_display_name(f);
                    let key = types::str::as_str(&k).unwrap_or("").to_string();
                    return Err(
                        self.new_type_error(format!("{fname} got multiple values for keyword argument '{key}'"))
                    );
                }
            }
            types::dict::dict_set(self, data, k, v)?;
        }
        Ok(())
    }

    /// `f()`-style name for call errors.
    /// CPython: Objects/object.c, _PyObject_FunctionStr — `module.qualname()`
    /// unless the module is `builtins`; `type object` without a qualname.
    pub fn function_display_name(&mut self, f: &Value) -> String {
        let qualname = match self.getattr_str(f, "__qualname__") {
            Ok(q) => match types::str::as_str(&q) {
                Some(q) => q.to_string(),
                None => return format!("{} object", f.ty().name()),
            },
            Err(_) => return format!("{} object", f.ty().name()),
        };
        if let Ok(m) = self.getattr_str(f, "__module__") {
            if let Some(m) = types::str::as_str(&m) {
                if m != "builtins" {
                    return format!("{m}.{qualname}()");
                }
            }
        }
        format!("{qualname}()")
    }

    /// Exactly `n` items of an iterable (tuple unpacking). Like CPython's
    /// `unpack_iterable`, at most `n + 1` items are drawn, so an endless
    /// iterator still fails with "too many values".
    pub fn unpack(&mut self, v: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = if types::tuple::as_tuple_exact(v).is_some() || types::list::as_list_exact(v).is_some() {
            self.collect_iterable(v)?
        } else {
            if v.ty().slots.iter.get().is_none() {
                return Err(self.new_type_error(format!("cannot unpack non-iterable {} object", v.ty().name())));
            }
            let it = self.iter(v)?;
            let mut items = Vec::with_capacity(n);
            while items.len() <= n {
                match self.next(&it)? {
                    Some(x) => items.push(x),
                    None => break,
                }
            }
            items
        };
        if items.len() < n {
            return Err(
                self.new_value_error(format!("not enough values to unpack (expected {n}, got {})", items.len()))
            );
        }
        if items.len() > n {
            return Err(self.new_value_error(format!("too many values to unpack (expected {n})")));
        }
        Ok(items)
    }

    fn unpack_iterable(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if v.ty().slots.iter.get().is_none() {
            return Err(self.new_type_error(format!("cannot unpack non-iterable {} object", v.ty().name())));
        }
        self.collect_iterable(v)
    }

    /// `a, *b, c = v`: `before` items, a list of the middle, `after` items.
    pub fn unpack_ex(&mut self, v: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
        let items = self.unpack_iterable(v)?;
        if items.len() < before + after {
            return Err(self.new_value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut out = items[..before].to_vec();
        out.push(types::list::new_list(items[before..items.len() - after].to_vec()));
        out.extend(items[items.len() - after..].iter().cloned());
        Ok(out)
    }

    /// f-string replacement field: conversion then `format(value, spec)`.
    pub fn format_value(&mut self, v: &Value, conv: u16, spec: Option<&Value>) -> PyResult<Value> {
        let v = match conv {
            1 => self.str(v)?,
            2 => self.repr(v)?,
            3 => {
                let r = self.repr_string(v)?;
                types::str::new_string(ascii_escape(&r))
            }
            _ => v.clone(),
        };
        let spec_s = spec.and_then(types::str::as_str).unwrap_or("").to_string();
        self.format(&v, &spec_s)
    }

    /// The result of a `__format__` method must be a str.
    fn check_format_result(&mut self, r: Value) -> PyResult<Value> {
        if types::str::as_str(&r).is_some() {
            return Ok(r);
        }
        Err(self.new_type_error(format!("__format__ must return a str, not {}", r.ty().name())))
    }

    /// `format(value, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<Value> {
        // A class's own `__format__` comes first, even on a builtin subclass.
        if v.ty().is_heap_type()
            && v.ty().lookup_str("__format__").is_some_and(|f| types::function::as_function(&f).is_some())
        {
            let s = types::str::new_str(spec);
            let r = self.call_method(v, "__format__", &[s])?;
            return self.check_format_result(r);
        }
        if spec.is_empty() {
            if types::str::as_str_exact(v).is_some() {
                return Ok(v.clone());
            }
            return self.str(v);
        }
        use ferrython_algo::format_spec as fs;
        let fmt_err = |vm: &mut Vm, e: fs::FormatError| -> PyErr {
            match e.exc_type {
                "OverflowError" => vm.new_overflow_error(e.message),
                "TypeError" => vm.new_type_error(e.message),
                _ => vm.new_value_error(e.message),
            }
        };
        if let Some(s) = types::str::as_str(v) {
            return match fs::format_str_spec(s, spec) {
                Ok(r) => Ok(types::str::new_string(r)),
                Err(e) => Err(fmt_err(self, e)),
            };
        }
        if let Some(i) = v.as_small_int() {
            return match fs::format_small_int_spec(i, spec, self.int_max_str_digits) {
                Ok(r) => Ok(types::str::new_string(r)),
                Err(e) => Err(fmt_err(self, e)),
            };
        }
        if types::int::is_int(v) {
            let b = types::int::to_bigint(v).expect("int");
            return match fs::format_int_spec(&b, spec, self.int_max_str_digits) {
                Ok(r) => Ok(types::str::new_string(r)),
                Err(e) => Err(fmt_err(self, e)),
            };
        }
        if let Some((re, im)) = types::complex::as_complex(v) {
            return match fs::format_complex_spec(re, im, spec) {
                Ok(r) => Ok(types::str::new_string(r)),
                Err(e) => Err(fmt_err(self, e)),
            };
        }
        if let Some(f) = types::float::as_float(v) {
            return match fs::format_float_spec(f, spec) {
                Ok(r) => Ok(types::str::new_string(r)),
                Err(e) => Err(fmt_err(self, e)),
            };
        }
        if v.ty().lookup_str("__format__").is_some_and(|f| types::function::as_function(&f).is_some()) {
            let s = types::str::new_str(spec);
            let r = self.call_method(v, "__format__", &[s])?;
            return self.check_format_result(r);
        }
        Err(self.new_type_error(format!("unsupported format string passed to {}.__format__", v.ty().name())))
    }

    #[allow(clippy::too_many_arguments)]
    pub fn new_function(
        &mut self,
        code: Value,
        globals: Value,
        builtins: Value,
        defaults: Option<Value>,
        kwdefaults: Option<Value>,
        annotations: Option<Value>,
        closure: Option<Value>,
    ) -> Value {
        let c = as_code(&code).expect("code");
        let d = match c.function_defaults.get() {
            Some(d) => d,
            None => {
                let d = types::function::FunctionDefaults {
                    name: self.intern(&c.code.name),
                    qualname: types::str::new_str(&c.code.qualname),
                    doc: match &c.code.docstring {
                        Some(d) => types::str::new_string(String::from_utf8_lossy(d.as_wtf8()).into_owned()),
                        None => self.none(),
                    },
                    module_key: self.intern("__name__"),
                };
                c.function_defaults.get_or_init(|| d)
            }
        };
        let (name, qualname, doc) = (d.name.clone(), d.qualname.clone(), d.doc.clone());
        let module = types::dict::as_dict(&globals)
            .and_then(|g| g.borrow().get_str(&d.module_key))
            .unwrap_or_else(|| self.none());
        Obj::alloc(
            &FUNCTION_TYPE.0,
            FunctionObj {
                code,
                globals,
                builtins,
                name: RefCell::new(name),
                qualname: RefCell::new(qualname),
                defaults: RefCell::new(defaults),
                kwdefaults: RefCell::new(kwdefaults),
                closure,
                annotations: RefCell::new(annotations),
                doc: RefCell::new(doc),
                module: RefCell::new(module),
                dict: RefCell::new(None),
            },
        )
    }

    /// The exception `raise x [from cause]` raises.
    pub fn make_raise(&mut self, x: &Value, cause: Option<&Value>) -> PyErr {
        let exc = match self.exception_instance(x) {
            Ok(e) => e,
            Err(e) => return e,
        };
        if let Some(c) = cause {
            let cause_v = if types::bool_none::is_none(c) {
                None
            } else {
                match self.exception_instance(c) {
                    Ok(v) => Some(v),
                    Err(_) => {
                        return self.new_type_error("exception causes must derive from BaseException".into());
                    }
                }
            };
            if let Some(d) = types::exceptions::exc_data(&exc) {
                *d.cause.borrow_mut() = cause_v;
                d.suppress_context.set(true);
            }
        }
        PyErr(exc)
    }

    /// An exception instance from `raise X` (class or instance).
    fn exception_instance(&mut self, x: &Value) -> Result<Value, PyErr> {
        if types::exceptions::is_exception_instance(x) {
            return Ok(x.clone());
        }
        if let Some(t) = as_type(x) {
            if t.flags.get() & types::tpflags::BASE_EXC_SUBCLASS != 0 {
                let inst = self.call(x, CallArgs::positional(&[]))?;
                if !types::exceptions::is_exception_instance(&inst) {
                    let r = self.repr_string(x).unwrap_or_default();
                    return Err(self.new_type_error(format!(
                        "calling {r} should have returned an instance of BaseException, not {}",
                        inst.ty().name()
                    )));
                }
                return Ok(inst);
            }
        }
        Err(self.new_type_error("exceptions must derive from BaseException".into()))
    }

    /// Does exception `exc` match the `except` clause type `ty` (a class or tuple)?
    /// Like CPython's `check_except_type_valid`, every member of a tuple is
    /// checked (a nested tuple is invalid) before any is matched.
    pub fn exception_matches(&mut self, exc: &Value, ty: &Value) -> PyResult<bool> {
        let is_exc_class =
            |t: &Value| as_type(t).is_some_and(|t| t.flags.get() & types::tpflags::BASE_EXC_SUBCLASS != 0);
        let invalid = match types::tuple::as_tuple(ty) {
            Some(items) => !items.iter().all(is_exc_class),
            None => !is_exc_class(ty),
        };
        if invalid {
            return Err(
                self.new_type_error("catching classes that do not inherit from BaseException is not allowed".into())
            );
        }
        Ok(match types::tuple::as_tuple(ty) {
            Some(items) => items.iter().any(|t| exc.ty().is_subtype(types::type_obj_of(t))),
            None => exc.ty().is_subtype(types::type_obj_of(ty)),
        })
    }

    /// `with mgr`: returns `(mgr.__enter__(), bound __exit__)`.
    pub fn enter_context(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let ty_name = mgr.ty().name();
        let Some(enter) = self.lookup_special(mgr, "__enter__") else {
            return Err(
                self.new_type_error(format!("'{ty_name}' object does not support the context manager protocol"))
            );
        };
        let Some(exit) = self.lookup_special(mgr, "__exit__") else {
            return Err(self.new_type_error(format!(
                "'{ty_name}' object does not support the context manager protocol (missed __exit__ method)"
            )));
        };
        let exit_bound = match exit.ty().slots.descr_get.get() {
            Some(get) => get(self, &exit, Some(mgr), &mgr.type_value())?,
            None => exit,
        };
        let entered = self.call(&enter, CallArgs::positional(std::slice::from_ref(mgr)))?;
        Ok((entered, exit_bound))
    }

    pub fn write_stdout(&mut self, s: &str) {
        self.stdout_buf.push_str(s);
        if self.stdout_buf.len() > 8192 {
            self.flush_stdout();
        }
    }

    pub fn flush_stdout(&mut self) {
        if !self.stdout_buf.is_empty() {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(self.stdout_buf.as_bytes());
            let _ = out.flush();
            self.stdout_buf.clear();
        }
    }

    pub fn write_stderr(&mut self, s: &str) {
        self.flush_stdout();
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(s.as_bytes());
        let _ = err.flush();
    }
}

/// `ascii()` of a repr: non-ASCII characters as escapes.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if cp < 0x80 {
            out.push(c);
        } else if cp < 0x100 {
            out.push_str(&format!("\\x{cp:02x}"));
        } else if cp < 0x10000 {
            out.push_str(&format!("\\u{cp:04x}"));
        } else {
            out.push_str(&format!("\\U{cp:08x}"));
        }
    }
    out
}
