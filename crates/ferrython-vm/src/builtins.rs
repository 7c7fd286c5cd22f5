//! The `builtins` module: functions, constants and the builtin types'
//! constructors (`new` slots), with CPython's signatures and messages.

use crate::args::{parse, positional};
use crate::object::Value;
use crate::types::native_iter::{new_native_iter, ENUMERATE_TYPE, FILTER_TYPE, MAP_TYPE, REVERSED_TYPE, ZIP_TYPE};
use crate::types::{self, as_type, type_obj_of, CallArgs};
use crate::vm::{PyResult, Vm};
use ferrython_bytecode::{BinOp, CmpOp};

mod namespace;
pub use namespace::dir_of;
mod numeric;

type Native = crate::types::function::NativeFn;

/// Fills `vm.builtins` and sets the constructors of the builtin types.
pub fn install(vm: &mut Vm) {
    install_constructors();
    types::methods::install_all(vm);
    let functions: &[(&'static str, Native)] = &[
        ("print", builtin_print),
        ("len", builtin_len),
        ("repr", |vm, a| {
            let p = positional(vm, "repr", &a, 1, 1)?;
            vm.repr(&p[0])
        }),
        ("ascii", |vm, a| {
            let p = positional(vm, "ascii", &a, 1, 1)?;
            let r = vm.repr_string(&p[0])?;
            Ok(types::str::new_string(crate::ops::ascii_escape(&r)))
        }),
        ("isinstance", |vm, a| {
            let p = positional(vm, "isinstance", &a, 2, 2)?;
            let r = isinstance(vm, &p[0], &p[1])?;
            Ok(vm.bool(r))
        }),
        ("issubclass", |vm, a| {
            let p = positional(vm, "issubclass", &a, 2, 2)?;
            let r = issubclass(vm, &p[0], &p[1])?;
            Ok(vm.bool(r))
        }),
        ("hash", |vm, a| {
            let p = positional(vm, "hash", &a, 1, 1)?;
            let h = vm.hash(&p[0])?;
            Ok(types::int::new_int(h))
        }),
        ("id", |vm, a| {
            let p = positional(vm, "id", &a, 1, 1)?;
            Ok(types::int::new_int(id_of(&p[0])))
        }),
        ("callable", |vm, a| {
            let p = positional(vm, "callable", &a, 1, 1)?;
            Ok(vm.bool(p[0].ty().slots.call.get().is_some()))
        }),
        ("next", |vm, a| {
            let p = positional(vm, "next", &a, 1, 2)?;
            if p[0].ty().slots.next.get().is_none() {
                return Err(vm.new_type_error(format!("'{}' object is not an iterator", p[0].ty().name())));
            }
            match vm.next(&p[0])? {
                Some(v) => Ok(v),
                None => match p.get(1) {
                    Some(d) => Ok(d.clone()),
                    None if types::generator::as_generator(&p[0]).is_some() => {
                        Err(types::generator::stop_iteration(vm))
                    }
                    None => {
                        let ty = types::exceptions::STOP_ITERATION.value();
                        Err(vm.new_exception_args(&ty, vec![]))
                    }
                },
            }
        }),
        ("getattr", |vm, a| {
            let p = positional(vm, "getattr", &a, 2, 3)?;
            if types::str::as_str(&p[1]).is_none() {
                return Err(vm.new_type_error(format!("attribute name must be string, not '{}'", p[1].ty().name())));
            }
            match vm.getattr(&p[0], &p[1]) {
                Err(e) if p.len() == 3 && e.is_instance_of(&types::exceptions::ATTRIBUTE_ERROR.0) => Ok(p[2].clone()),
                r => r,
            }
        }),
        ("setattr", |vm, a| {
            let p = positional(vm, "setattr", &a, 3, 3)?;
            if types::str::as_str(&p[1]).is_none() {
                return Err(vm.new_type_error(format!("attribute name must be string, not '{}'", p[1].ty().name())));
            }
            vm.setattr(&p[0], &p[1], Some(p[2].clone()))?;
            Ok(vm.none())
        }),
        ("delattr", |vm, a| {
            let p = positional(vm, "delattr", &a, 2, 2)?;
            if types::str::as_str(&p[1]).is_none() {
                return Err(vm.new_type_error(format!("attribute name must be string, not '{}'", p[1].ty().name())));
            }
            vm.setattr(&p[0], &p[1], None)?;
            Ok(vm.none())
        }),
        ("hasattr", |vm, a| {
            let p = positional(vm, "hasattr", &a, 2, 2)?;
            if types::str::as_str(&p[1]).is_none() {
                return Err(vm.new_type_error(format!("attribute name must be string, not '{}'", p[1].ty().name())));
            }
            match vm.getattr(&p[0], &p[1]) {
                Ok(_) => Ok(vm.bool(true)),
                Err(e) if e.is_instance_of(&types::exceptions::ATTRIBUTE_ERROR.0) => Ok(vm.bool(false)),
                Err(e) => Err(e),
            }
        }),
        ("chr", |vm, a| {
            let p = positional(vm, "chr", &a, 1, 1)?;
            let i = match p[0].as_small_int().filter(|i| i32::try_from(*i).is_ok()) {
                Some(i) => i,
                None => {
                    let big = crate::number::index_bigint(vm, &p[0])?;
                    let Some(i) = num_traits::ToPrimitive::to_i32(&big).map(i64::from) else {
                        return Err(vm.new_overflow_error("Python int too large to convert to C int".into()));
                    };
                    i
                }
            };
            match u32::try_from(i).ok().filter(|&c| c < 0x110000).and_then(char::from_u32) {
                Some(c) => Ok(types::str::new_str(c.encode_utf8(&mut [0; 4]))),
                None if (0..0x110000).contains(&i) => {
                    Err(vm.new_value_error("surrogate code points are not supported yet".into()))
                }
                None => Err(vm.new_value_error("chr() arg not in range(0x110000)".into())),
            }
        }),
        ("ord", |vm, a| {
            let p = positional(vm, "ord", &a, 1, 1)?;
            if let Some(b) = types::bytes::buffer_vec(&p[0]) {
                return match b.as_slice() {
                    [c] => Ok(types::int::new_int(*c as i64)),
                    _ => Err(vm
                        .new_type_error(format!("ord() expected a character, but string of length {} found", b.len()))),
                };
            }
            match types::str::as_str_obj(&p[0]) {
                Some(s) if s.char_len == 1 => {
                    Ok(types::int::new_int(s.text.chars().next().map(|c| c as i64).unwrap_or(0)))
                }
                Some(s) => Err(
                    vm.new_type_error(format!("ord() expected a character, but string of length {} found", s.char_len))
                ),
                None => {
                    Err(vm.new_type_error(format!("ord() expected string of length 1, but {} found", p[0].ty().name())))
                }
            }
        }),
        ("min", |vm, a| min_max(vm, a, true)),
        ("max", |vm, a| min_max(vm, a, false)),
        ("sum", builtin_sum),
        ("any", |vm, a| {
            let p = positional(vm, "any", &a, 1, 1)?;
            let it = vm.iter(&p[0])?;
            while let Some(x) = vm.next(&it)? {
                if vm.truthy(&x)? {
                    return Ok(vm.bool(true));
                }
            }
            Ok(vm.bool(false))
        }),
        ("all", |vm, a| {
            let p = positional(vm, "all", &a, 1, 1)?;
            let it = vm.iter(&p[0])?;
            while let Some(x) = vm.next(&it)? {
                if !vm.truthy(&x)? {
                    return Ok(vm.bool(false));
                }
            }
            Ok(vm.bool(true))
        }),
        ("sorted", |vm, a| {
            if a.pos().len() != 1 {
                return Err(vm.new_type_error(format!("sorted expected 1 argument, got {}", a.pos().len())));
            }
            let items = vm.collect_iterable_sized(&a.pos()[0])?;
            let list = types::list::new_list(items);
            let kw = CallArgs { args: &a.args[1..], kwnames: a.kwnames };
            list_sort(vm, &list, kw)?;
            Ok(list)
        }),
        ("format", |vm, a| {
            let p = positional(vm, "format", &a, 1, 2)?;
            let spec = match p.get(1) {
                Some(s) => match types::str::as_str(s) {
                    Some(s) => s.to_string(),
                    None => {
                        return Err(vm.new_type_error(format!(
                            "format() argument 2 must be str, not {}",
                            types::str_methods::arg_type_name(s)
                        )))
                    }
                },
                None => String::new(),
            };
            vm.format(&p[0], &spec)
        }),
        ("__build_class__", build_class),
        ("input", |vm, a| {
            let p = positional(vm, "input", &a, 0, 1)?;
            if let Some(prompt) = p.first() {
                let s = vm.str_string(prompt)?;
                vm.write_stdout(&s);
            }
            vm.flush_stdout();
            let mut line = String::new();
            match std::io::stdin().read_line(&mut line) {
                Ok(0) => {
                    let ty = types::exceptions::EOF_ERROR.value();
                    Err(vm.new_exception_args(&ty, vec![types::str::new_str("EOF when reading a line")]))
                }
                Ok(_) => {
                    if line.ends_with('\n') {
                        line.pop();
                    }
                    Ok(types::str::new_string(line))
                }
                Err(e) => Err(vm.new_exception(&types::exceptions::OS_ERROR, e.to_string())),
            }
        }),
    ];
    let more: &[(&'static str, Native)] =
        &[("open", types::file::builtin_open), ("compile", namespace::builtin_compile)];
    for (name, f) in functions.iter().chain(numeric::FUNCTIONS).chain(more) {
        let key = vm.intern(name);
        let func = types::function::new_builtin(name, *f, None);
        types::dict::as_dict(&vm.builtins).expect("dict").borrow_mut().set_str(key, func);
    }
    for (name, f) in namespace::FUNCTIONS {
        let key = vm.intern(name);
        let func = types::function::new_builtin_frame(name, *f);
        types::dict::as_dict(&vm.builtins).expect("dict").borrow_mut().set_str(key, func);
    }
    let add = |vm: &mut Vm, name: &str, v: Value| {
        let key = vm.intern(name);
        types::dict::as_dict(&vm.builtins).expect("dict").borrow_mut().set_str(key, v);
    };
    add(vm, "None", types::bool_none::none());
    add(vm, "True", types::bool_none::TRUE.value());
    add(vm, "False", types::bool_none::FALSE.value());
    add(vm, "Ellipsis", types::bool_none::ELLIPSIS.value());
    add(vm, "NotImplemented", types::bool_none::NOT_IMPLEMENTED.value());
    add(vm, "__debug__", types::bool_none::TRUE.value());
    for (name, ty) in [
        ("object", &types::object::OBJECT_TYPE),
        ("type", &types::type_type::TYPE_TYPE),
        ("int", &types::int::INT_TYPE),
        ("bool", &types::bool_none::BOOL_TYPE),
        ("float", &types::float::FLOAT_TYPE),
        ("complex", &types::complex::COMPLEX_TYPE),
        ("str", &types::str::STR_TYPE),
        ("bytes", &types::bytes::BYTES_TYPE),
        ("bytearray", &types::bytes::BYTEARRAY_TYPE),
        ("tuple", &types::tuple::TUPLE_TYPE),
        ("list", &types::list::LIST_TYPE),
        ("dict", &types::dict::DICT_TYPE),
        ("range", &types::range::RANGE_TYPE),
        ("slice", &types::slice::SLICE_TYPE),
        ("set", &types::set::SET_TYPE),
        ("frozenset", &types::set::FROZENSET_TYPE),
        ("enumerate", &ENUMERATE_TYPE),
        ("zip", &ZIP_TYPE),
        ("map", &MAP_TYPE),
        ("filter", &FILTER_TYPE),
        ("reversed", &REVERSED_TYPE),
        ("classmethod", &types::classmethod::CLASSMETHOD_TYPE),
        ("staticmethod", &types::classmethod::STATICMETHOD_TYPE),
        ("property", &types::property::PROPERTY_TYPE),
        ("super", &types::super_type::SUPER_TYPE),
    ] {
        add(vm, name, ty.value());
    }
    for ty in types::exceptions::all_static() {
        let name = ty.0.data.name();
        add(vm, &name, ty.value());
    }
    add(vm, "EnvironmentError", types::exceptions::OS_ERROR.value());
    add(vm, "IOError", types::exceptions::OS_ERROR.value());
}

/// `id()`: the address for heap objects; inline ints get an odd number
/// that no object address can equal (objects are 8-byte aligned).
pub fn id_of(v: &Value) -> i64 {
    v.bits() as i64
}

fn builtin_print(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = None;
    let mut flush = false;
    for (k, v) in a.kw() {
        let key = types::str::as_str(k).unwrap_or("");
        let text = |vm: &mut Vm, v: &Value, what: &str| -> PyResult<Option<String>> {
            if types::bool_none::is_none(v) {
                return Ok(None);
            }
            match types::str::as_str(v) {
                Some(s) => Ok(Some(s.to_string())),
                None => Err(vm.new_type_error(format!("{what} must be None or a string, not {}", v.ty().name()))),
            }
        };
        match key {
            "sep" => {
                if let Some(s) = text(vm, v, "sep")? {
                    sep = s;
                }
            }
            "end" => {
                if let Some(s) = text(vm, v, "end")? {
                    end = s;
                }
            }
            "file" => {
                if !types::bool_none::is_none(v) {
                    file = Some(v.clone());
                }
            }
            "flush" => flush = vm.truthy(v)?,
            _ => return Err(vm.new_type_error(format!("'{key}' is an invalid keyword argument for print()"))),
        }
    }
    // Without `file`, `sys.stdout` (which a program may replace).
    let file = match file {
        Some(f) => f,
        None => match vm.sys_module.clone() {
            Some(sys) => vm.getattr_str(&sys, "stdout")?,
            None => vm.none(),
        },
    };
    let real_stdout = types::file::as_file(&file).is_some_and(|f| f.stream == types::file::Stream::Stdout)
        || types::bool_none::is_none(&file);
    if real_stdout {
        if types::file::as_file(&file).is_some_and(|f| f.state.borrow().closed) {
            return Err(vm.new_value_error("I/O operation on closed file.".into()));
        }
        let mut out = String::new();
        for (i, v) in a.pos().iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            out.push_str(&vm.str_string(v)?);
        }
        out.push_str(&end);
        vm.write_stdout(&out);
        if flush {
            vm.flush_stdout();
        }
        return Ok(vm.none());
    }
    // Any other file gets one `write` call per piece, as CPython makes them.
    let write = vm.getattr_str(&file, "write")?;
    for (i, v) in a.pos().iter().enumerate() {
        if i > 0 {
            vm.call(&write, CallArgs::positional(&[types::str::new_str(&sep)]))?;
        }
        let s = vm.str(v)?;
        vm.call(&write, CallArgs::positional(&[s]))?;
    }
    vm.call(&write, CallArgs::positional(&[types::str::new_str(&end)]))?;
    if flush {
        vm.call_method(&file, "flush", &[])?;
    }
    Ok(vm.none())
}

fn builtin_len(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = positional(vm, "len", &a, 1, 1)?;
    let n = vm.len(&p[0])?;
    Ok(types::int::new_int(n as i64))
}

impl Vm {
    /// `len(v)`.
    #[inline]
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        match v.ty().slots.len.get() {
            Some(f) => f(self, v),
            None => Err(self.new_type_error(format!("object of type '{}' has no len()", v.ty().name()))),
        }
    }
}

/// `isinstance(obj, cls)` (CPython's `PyObject_IsInstance`): tuples
/// recursively, then a metaclass's `__instancecheck__`.
pub fn isinstance(vm: &mut Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    if obj.type_value().is(cls) {
        return Ok(true);
    }
    if let Some(items) = types::tuple::as_tuple_exact(cls) {
        let items = items.to_vec();
        for c in &items {
            if isinstance(vm, obj, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(check) = metaclass_hook(vm, cls, "__instancecheck__") {
        let r = vm.call(&check, CallArgs::positional(&[cls.clone(), obj.clone()]))?;
        return vm.truthy(&r);
    }
    match as_type(cls) {
        Some(_) => Ok(isinstance_default(obj, cls)),
        None => Err(vm.new_type_error("isinstance() arg 2 must be a type, a tuple of types, or a union".into())),
    }
}

/// `type.__instancecheck__`: by the object's type.
pub fn isinstance_default(obj: &Value, cls: &Value) -> bool {
    as_type(cls).is_some() && obj.ty().is_subtype(type_obj_of(cls))
}

/// A metaclass's own `__instancecheck__`/`__subclasscheck__` (not `type`'s).
fn metaclass_hook(vm: &mut Vm, cls: &Value, name: &str) -> Option<Value> {
    let meta = cls.ty();
    if !meta.is_heap_type() {
        return None;
    }
    let f = meta.lookup_str(name)?;
    let builtin = types::type_type::TYPE_TYPE.0.data.dict.borrow().get_rust_str(name);
    if builtin.is_some_and(|b| b.is(&f)) {
        return None;
    }
    let _ = vm;
    Some(f)
}

pub fn issubclass(vm: &mut Vm, sub: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(items) = types::tuple::as_tuple_exact(cls) {
        let items = items.to_vec();
        for c in &items {
            if issubclass(vm, sub, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(check) = metaclass_hook(vm, cls, "__subclasscheck__") {
        let r = vm.call(&check, CallArgs::positional(&[cls.clone(), sub.clone()]))?;
        return vm.truthy(&r);
    }
    issubclass_default(vm, sub, cls)
}

/// `type.__subclasscheck__`: by the MRO.
pub fn issubclass_default(vm: &mut Vm, sub: &Value, cls: &Value) -> PyResult<bool> {
    let Some(st) = as_type(sub) else {
        return Err(vm.new_type_error("issubclass() arg 1 must be a class".into()));
    };
    match as_type(cls) {
        Some(_) => Ok(st.is_subtype(type_obj_of(cls))),
        None => Err(vm.new_type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union".into())),
    }
}

fn min_max(vm: &mut Vm, a: CallArgs, is_min: bool) -> PyResult<Value> {
    let name = if is_min { "min" } else { "max" };
    let mut key = None;
    let mut default = None;
    // CPython's `min_max`: the positional count first, then
    // PyArg_ParseTupleAndKeywords' checks of the keywords.
    if a.pos().is_empty() {
        return Err(vm.new_type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    if a.kwnames.len() > 2 {
        return Err(
            vm.new_type_error(format!("{name}() takes at most 2 keyword arguments ({} given)", a.kwnames.len()))
        );
    }
    for (k, v) in a.kw() {
        match types::str::as_str(k).unwrap_or("") {
            "key" => {
                if !types::bool_none::is_none(v) {
                    key = Some(v.clone())
                }
            }
            "default" => default = Some(v.clone()),
            other => return Err(vm.new_type_error(format!("'{other}' is an invalid keyword argument for {name}()"))),
        }
    }
    let pos = a.pos();
    let items = match pos.len() {
        0 => return Err(vm.new_type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect_iterable(&pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.new_type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            pos.to_vec()
        }
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(vm.new_value_error(format!("{name}() arg is an empty sequence"))),
        };
    }
    let mut best = items[0].clone();
    let mut best_key = match &key {
        Some(k) => vm.call(k, CallArgs::positional(std::slice::from_ref(&best)))?,
        None => best.clone(),
    };
    for it in &items[1..] {
        let k = match &key {
            Some(f) => vm.call(f, CallArgs::positional(std::slice::from_ref(it)))?,
            None => it.clone(),
        };
        let fast = if is_min { crate::sort::fast_lt(&k, &best_key) } else { crate::sort::fast_lt(&best_key, &k) };
        let better = match fast {
            Some(b) => b,
            None => {
                let op = if is_min { CmpOp::Lt } else { CmpOp::Gt };
                let r = vm.rich_compare(&k, &best_key, op)?;
                vm.truthy(&r)?
            }
        };
        if better {
            best = it.clone();
            best_key = k;
        }
    }
    Ok(best)
}

fn builtin_sum(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    if a.pos().is_empty() {
        return Err(vm.new_type_error("sum() takes at least 1 positional argument (0 given)".into()));
    }
    let p = parse(vm, "sum", &a, &["iterable", "start"], 1, 1)?;
    let mut acc = p[1].clone().unwrap_or_else(|| types::int::new_int(0));
    if types::str::as_str(&acc).is_some() {
        return Err(vm.new_type_error("sum() can't sum strings [use ''.join(seq) instead]".into()));
    }
    if types::bytes::as_bytes(&acc).is_some() {
        return Err(vm.new_type_error("sum() can't sum bytes [use b''.join(seq) instead]".into()));
    }
    if types::bytes::as_bytearray(&acc).is_some() {
        return Err(vm.new_type_error("sum() can't sum bytearray [use b''.join(seq) instead]".into()));
    }
    let it = vm.iter(p[0].as_ref().expect("iterable"))?;
    while let Some(x) = vm.next(&it)? {
        // Inline ints and exact floats add without the protocol, as
        // CPython's sum keeps C longs and doubles (the results are the
        // protocol's).
        if let (Some(i), Some(j)) = (acc.as_small_int(), x.as_small_int()) {
            acc = types::int::new_int(i + j);
            continue;
        }
        if let (Some(f), Some(g)) = (types::float::as_float_exact(&acc), types::float::as_float_exact(&x)) {
            acc = types::float::new_float(f + g);
            continue;
        }
        acc = vm.binary_op(&acc, &x, BinOp::Add)?;
    }
    Ok(acc)
}

fn builtin_enumerate(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    // enumerate's own argument handling: stray keywords first, and no
    // position in the missing-argument message.
    if let Some((k, _)) = a.kw().find(|(k, _)| !matches!(types::str::as_str(k), Some("iterable" | "start"))) {
        let k = types::str::as_str(k).unwrap_or("?");
        return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for enumerate()")));
    }
    if a.pos().is_empty() && !a.kw().any(|(k, _)| types::str::as_str(k) == Some("iterable")) {
        return Err(vm.new_type_error("enumerate() missing required argument 'iterable'".into()));
    }
    let p = parse(vm, "enumerate", &a, &["iterable", "start"], 0, 1)?;
    let it = vm.iter(p[0].as_ref().expect("iterable"))?;
    let mut n = match &p[1] {
        Some(s) => match types::int::to_bigint(s) {
            Some(b) => b,
            None => {
                return Err(vm.new_type_error(format!("'{}' object cannot be interpreted as an integer", s.ty().name())))
            }
        },
        None => num_bigint::BigInt::from(0),
    };
    // The count is a machine int until it would overflow (a BigInt per
    // item was the cost of `enumerate` in loops).
    let mut small: Option<i64> = num_traits::ToPrimitive::to_i64(&n);
    Ok(new_native_iter(
        &ENUMERATE_TYPE,
        Box::new(move |vm| match vm.next(&it)? {
            Some(x) => {
                let i = match small {
                    Some(k) => {
                        small = k.checked_add(1);
                        if small.is_none() {
                            n = num_bigint::BigInt::from(k) + 1;
                        }
                        types::int::new_int(k)
                    }
                    None => {
                        let i = types::int::new_bigint(n.clone());
                        n += 1;
                        i
                    }
                };
                Ok(Some(types::tuple::new_tuple_from_array([i, x])))
            }
            None => Ok(None),
        }),
    ))
}

fn builtin_zip(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let mut strict = false;
    for (k, v) in a.kw() {
        match types::str::as_str(k).unwrap_or("") {
            "strict" => strict = vm.truthy(v)?,
            other => return Err(vm.new_type_error(format!("'{other}' is an invalid keyword argument for zip()"))),
        }
    }
    let mut iters = Vec::new();
    for (i, x) in a.pos().iter().enumerate() {
        let _ = i;
        iters.push(vm.iter(x)?);
    }
    Ok(new_native_iter(
        &ZIP_TYPE,
        Box::new(move |vm| {
            if iters.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(iters.len());
            for (i, it) in iters.iter().enumerate() {
                match vm.next(it)? {
                    Some(x) => out.push(x),
                    None => {
                        if strict {
                            if i > 0 {
                                let plural = if i == 1 { " " } else { "s 1-" };
                                let msg = if i == 1 {
                                    format!("zip() argument 2 is shorter than argument{plural}1")
                                } else {
                                    format!("zip() argument {} is shorter than arguments 1-{i}", i + 1)
                                };
                                return Err(vm.new_value_error(msg));
                            }
                            for (j, other) in iters.iter().enumerate().skip(1) {
                                if vm.next(other)?.is_some() {
                                    let msg = if j == 1 {
                                        "zip() argument 2 is longer than argument 1".to_string()
                                    } else {
                                        format!("zip() argument {} is longer than arguments 1-{j}", j + 1)
                                    };
                                    return Err(vm.new_value_error(msg));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            Ok(Some(types::tuple::new_tuple(out)))
        }),
    ))
}

fn builtin_map(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    if !a.kwnames.is_empty() {
        return Err(vm.new_type_error("map() takes no keyword arguments".into()));
    }
    let pos = a.pos();
    if pos.len() < 2 {
        return Err(vm.new_type_error("map() must have at least two arguments.".into()));
    }
    let f = pos[0].clone();
    let mut iters = Vec::new();
    for x in &pos[1..] {
        iters.push(vm.iter(x)?);
    }
    Ok(new_native_iter(
        &MAP_TYPE,
        Box::new(move |vm| {
            let mut args = Vec::with_capacity(iters.len());
            for it in &iters {
                match vm.next(it)? {
                    Some(x) => args.push(x),
                    None => return Ok(None),
                }
            }
            vm.call(&f, CallArgs::positional(&args)).map(Some)
        }),
    ))
}

fn builtin_filter(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = positional(vm, "filter", &a, 2, 2)?;
    let f = p[0].clone();
    let it = vm.iter(&p[1])?;
    Ok(new_native_iter(
        &FILTER_TYPE,
        Box::new(move |vm| loop {
            let Some(x) = vm.next(&it)? else { return Ok(None) };
            let keep = if types::bool_none::is_none(&f) {
                vm.truthy(&x)?
            } else {
                let r = vm.call(&f, CallArgs::positional(std::slice::from_ref(&x)))?;
                vm.truthy(&r)?
            };
            if keep {
                return Ok(Some(x));
            }
        }),
    ))
}

fn builtin_reversed(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    if !a.kwnames.is_empty() {
        return Err(vm.new_type_error("reversed() takes no keyword arguments".into()));
    }
    if a.args.len() != 1 {
        return Err(vm.new_type_error(format!("reversed expected 1 argument, got {}", a.args.len())));
    }
    let p = a.args;
    let seq = p[0].clone();
    if vm.lookup_special(&seq, "__reversed__").is_some() {
        return vm.call_method(&seq, "__reversed__", &[]);
    }
    if seq.ty().slots.getitem.get().is_none()
        || seq.ty().slots.len.get().is_none()
        || types::dict::as_dict(&seq).is_some()
    {
        return Err(vm.new_type_error(format!("'{}' object is not reversible", seq.ty().name())));
    }
    let mut i = vm.len(&seq)? as i64;
    Ok(new_native_iter(
        &REVERSED_TYPE,
        Box::new(move |vm| {
            if i <= 0 {
                return Ok(None);
            }
            i -= 1;
            let idx = types::int::new_int(i);
            vm.get_item(&seq, &idx).map(Some)
        }),
    ))
}

/// `__build_class__(func, name, *bases, **kwds)`.
fn build_class(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let pos = a.pos();
    if pos.len() < 2 {
        return Err(vm.new_type_error("__build_class__: not enough arguments".into()));
    }
    let (func, name) = (&pos[0], &pos[1]);
    let bases = types::tuple::new_tuple(pos[2..].to_vec());
    let mut metaclass = None;
    let (mut kw_names, mut kw_values) = (Vec::new(), Vec::new());
    for (k, v) in a.kw() {
        if types::str::as_str(k) == Some("metaclass") {
            metaclass = Some(v.clone());
        } else {
            kw_names.push(k.clone());
            kw_values.push(v.clone());
        }
    }
    // CPython's `builtin___build_class__`: without `metaclass=` the first
    // base's type; a type is then replaced by the most derived metaclass.
    let bases_vec = pos[2..].to_vec();
    let type_v = types::type_type::TYPE_TYPE.value();
    let meta = match metaclass {
        Some(m) => m,
        None => bases_vec.first().map(|b| b.type_value()).unwrap_or_else(|| type_v.clone()),
    };
    let meta =
        if as_type(&meta).is_some() { types::class_create::calculate_metaclass(vm, &meta, &bases_vec)? } else { meta };
    let ns = if meta.is(&type_v) {
        types::dict::new_dict()
    } else {
        prepare_namespace(vm, &meta, name, &bases, &kw_names, &kw_values)?
    };
    let cell = crate::eval::run_class_body(vm, func, ns.clone())?;
    let cls = if meta.is(&type_v) {
        let kw = CallArgs { args: &kw_values, kwnames: &kw_names };
        types::class_create::new_class_kw(vm, &meta, name, &bases, &ns, kw)?
    } else {
        let mut args = vec![name.clone(), bases, ns.clone()];
        args.extend(kw_values);
        vm.call(&meta, CallArgs { args: &args, kwnames: &kw_names })?
    };
    if let Some(c) = types::cell::as_cell(&cell) {
        *c.borrow_mut() = Some(cls.clone());
    }
    Ok(cls)
}

/// `meta.__prepare__(name, bases, **kwds)`, which must return a mapping.
fn prepare_namespace(
    vm: &mut Vm,
    meta: &Value,
    name: &Value,
    bases: &Value,
    kw_names: &[Value],
    kw_values: &[Value],
) -> PyResult<Value> {
    let prepare = match vm.getattr_str(meta, "__prepare__") {
        Ok(p) => p,
        Err(e) if e.is_instance_of(&types::exceptions::ATTRIBUTE_ERROR.0) => return Ok(types::dict::new_dict()),
        Err(e) => return Err(e),
    };
    let mut args = vec![name.clone(), bases.clone()];
    args.extend(kw_values.iter().cloned());
    let ns = vm.call(&prepare, CallArgs { args: &args, kwnames: kw_names })?;
    if ns.ty().slots.getitem.get().is_none() {
        let who = match as_type(meta) {
            Some(t) => t.name(),
            None => "<metaclass>".to_string(),
        };
        return Err(vm.new_type_error(format!("{who}.__prepare__() must return a mapping, not {}", ns.ty().name())));
    }
    Ok(ns)
}

/// `list.sort(*, key=None, reverse=False)`.
pub fn list_sort(vm: &mut Vm, list: &Value, a: CallArgs) -> PyResult<()> {
    if !a.pos().is_empty() {
        return Err(vm.new_type_error("sort() takes no positional arguments".into()));
    }
    if a.kwnames.len() > 2 {
        let n = a.kwnames.len();
        return Err(vm.new_type_error(format!("sort() takes at most 2 keyword arguments ({n} given)")));
    }
    let mut key = None;
    let mut reverse = false;
    for (k, v) in a.kw() {
        match types::str::as_str(k).unwrap_or("") {
            "key" => {
                if !types::bool_none::is_none(v) {
                    key = Some(v.clone())
                }
            }
            "reverse" => reverse = vm.truthy(v)?,
            other => return Err(vm.new_type_error(format!("'{other}' is an invalid keyword argument for sort()"))),
        }
    }
    let cell = types::list::as_list(list).expect("list");
    // While it sorts, the list is empty to Python code (key functions and
    // comparisons), as in CPython; what they put in it is discarded.
    let items = std::mem::take(&mut *cell.borrow_mut());
    if u32::try_from(items.len()).is_err() {
        *cell.borrow_mut() = items;
        return Err(vm.new_exception(&types::exceptions::MEMORY_ERROR, String::new()));
    }
    let keys = match &key {
        Some(k) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in &items {
                match vm.call(k, CallArgs::positional(std::slice::from_ref(it))) {
                    Ok(v) => ks.push(v),
                    Err(e) => {
                        drop(ks);
                        *cell.borrow_mut() = items;
                        return Err(e);
                    }
                }
            }
            Some(ks)
        }
        None => None,
    };
    let (order, result) = crate::sort::sort_order(vm, keys.as_deref().unwrap_or(&items), reverse);
    drop(keys);
    // Success or not, the list takes the order the sort reached.
    let mut sorted: Vec<Value> = order.iter().map(|&i| items[i as usize].clone()).collect();
    drop(items);
    if reverse {
        sorted.reverse();
    }
    let meddled = std::mem::replace(&mut *cell.borrow_mut(), sorted);
    let modified = !meddled.is_empty();
    drop(meddled);
    result?;
    if modified {
        return Err(vm.new_value_error("list modified during sort".into()));
    }
    Ok(())
}

/// Constructors of the builtin types (`int(x)`, `list(it)`, ...).
fn install_constructors() {
    use types::*;
    ENUMERATE_TYPE.0.data.slots.new.set(Some(|vm, _, a| builtin_enumerate(vm, a)));
    ZIP_TYPE.0.data.slots.new.set(Some(|vm, _, a| builtin_zip(vm, a)));
    MAP_TYPE.0.data.slots.new.set(Some(|vm, _, a| builtin_map(vm, a)));
    FILTER_TYPE.0.data.slots.new.set(Some(|vm, _, a| builtin_filter(vm, a)));
    REVERSED_TYPE.0.data.slots.new.set(Some(|vm, _, a| builtin_reversed(vm, a)));
    str::STR_TYPE.0.data.slots.new.set(Some(|vm, _cls, a| {
        let p = parse(vm, "str", &a, &["object", "encoding", "errors"], 0, 0)?;
        match &p[0] {
            None => Ok(str::new_str("")),
            Some(x) => vm.str(x),
        }
    }));
    // Mutable containers are made empty by `__new__` and filled by
    // `__init__`, so a subclass's `__init__` decides what its arguments mean.
    list::LIST_TYPE
        .0
        .data
        .slots
        .new
        .set(Some(|vm, cls, _| builtin_subclass::new_for(vm, cls, &list::LIST_TYPE, list::new_list(Vec::new()))));
    list::LIST_TYPE.0.data.slots.init.set(Some(|vm, l, a| {
        let p = positional(vm, "list", &a, 0, 1)?;
        let items = match p.first() {
            Some(x) => vm.collect_iterable_sized(x)?,
            None => Vec::new(),
        };
        let old = std::mem::replace(&mut *list::as_list(l).expect("list.__init__ on a list").borrow_mut(), items);
        drop(old);
        Ok(())
    }));
    tuple::TUPLE_TYPE.0.data.slots.new.set(Some(|vm, cls, a| {
        let p = positional(vm, "tuple", &a, 0, 1)?;
        let t = match p.first() {
            Some(x) if tuple::as_tuple_exact(x).is_some() => x.clone(),
            Some(x) => {
                let items = vm.collect_iterable_sized(x)?;
                tuple::new_tuple(items)
            }
            None => tuple::new_tuple(Vec::new()),
        };
        builtin_subclass::new_for(vm, cls, &tuple::TUPLE_TYPE, t)
    }));
    range::RANGE_TYPE.0.data.slots.new.set(Some(|vm, _cls, a| {
        if !a.kwnames.is_empty() {
            return Err(vm.new_type_error("range() takes no keyword arguments".into()));
        }
        let pos = a.pos();
        let mut nums = Vec::new();
        for x in pos {
            match vm.index_value(x)? {
                Some(i) => nums.push(i),
                None => {
                    return Err(
                        vm.new_type_error(format!("'{}' object cannot be interpreted as an integer", x.ty().name()))
                    )
                }
            }
        }
        let (start, stop, step) = match nums.len() {
            1 => (0, nums[0], 1),
            2 => (nums[0], nums[1], 1),
            3 => (nums[0], nums[1], nums[2]),
            0 => return Err(vm.new_type_error("range expected at least 1 argument, got 0".into())),
            n => return Err(vm.new_type_error(format!("range expected at most 3 arguments, got {n}"))),
        };
        if step == 0 {
            return Err(vm.new_value_error("range() arg 3 must not be zero".into()));
        }
        Ok(range::new_range(start, stop, step))
    }));
    slice::SLICE_TYPE.0.data.slots.new.set(Some(|vm, _cls, a| {
        let p = positional(vm, "slice", &a, 1, 3)?;
        let none = vm.none();
        Ok(match p.len() {
            1 => slice::new_slice(none.clone(), p[0].clone(), none),
            2 => slice::new_slice(p[0].clone(), p[1].clone(), none),
            _ => slice::new_slice(p[0].clone(), p[1].clone(), p[2].clone()),
        })
    }));
}
