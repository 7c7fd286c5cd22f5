//! `import`: `sys.modules`, the builtin modules, and `.py` files found on
//! `sys.path` (the script's directory, then `PYTHONPATH`, as CPython builds it).

use crate::object::Value;
use crate::types::{self, CallArgs};
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

impl Vm {
    /// `IMPORT_NAME`: the module to bind (the top package for `import a.b`).
    pub fn import_name(&mut self, name: &Value, fromlist: &Value, level: &Value, globals: &Value) -> PyResult<Value> {
        let name_s = types::str::as_str(name).unwrap_or("").to_string();
        let level = types::int::to_i64(level).unwrap_or(0);
        if level > 0 {
            let _ = globals;
            return Err(self.new_exception(
                &types::exceptions::IMPORT_ERROR,
                "attempted relative import with no known parent package".into(),
            ));
        }
        let mut module = None;
        let mut prefix = String::new();
        for part in name_s.split('.') {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            let m = self.import_module(&prefix)?;
            if module.is_none() {
                module = Some(m.clone());
            }
            if prefix == name_s {
                let has_fromlist = !types::bool_none::is_none(fromlist)
                    && types::tuple::as_tuple(fromlist).is_none_or(|t| !t.is_empty());
                if has_fromlist {
                    return Ok(m);
                }
            }
        }
        Ok(module.unwrap_or_else(|| self.none()))
    }

    /// Imports one module by its full dotted name (parents already imported).
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        let key = self.intern(name);
        if let Some(m) = types::dict::as_dict(&self.modules).and_then(|d| d.borrow().get_str(&key)) {
            return Ok(m);
        }
        if let Some(m) = crate::modules::make_builtin_module(self, name)? {
            types::dict::as_dict(&self.modules).expect("dict").borrow_mut().set_str(key, m.clone());
            return Ok(m);
        }
        let rel = name.replace('.', "/");
        let paths = self.path.clone();
        for dir in paths {
            let base = if dir.is_empty() { ".".to_string() } else { dir };
            for candidate in [format!("{base}/{rel}.py"), format!("{base}/{rel}/__init__.py")] {
                if let Ok(bytes) = std::fs::read(&candidate) {
                    return self.exec_module_source(name, &candidate, &bytes);
                }
            }
        }
        let msg = format!("No module named '{name}'");
        let err = self.new_exception(&types::exceptions::MODULE_NOT_FOUND_ERROR, msg);
        Err(err)
    }

    /// Compiles and runs a module's source, registering it in `sys.modules` first.
    pub fn exec_module_source(&mut self, name: &str, filename: &str, bytes: &[u8]) -> PyResult<Value> {
        let globals = types::dict::new_dict();
        let module = types::module::new_module(globals.clone());
        {
            let g = types::dict::as_dict(&globals).expect("dict");
            let mut g = g.borrow_mut();
            g.set_str(self.intern("__name__"), types::str::new_str(name));
            g.set_str(self.intern("__file__"), types::str::new_str(filename));
            g.set_str(self.intern("__builtins__"), self.builtins_module.clone().unwrap_or_else(types::bool_none::none));
            g.set_str(self.intern("__doc__"), types::bool_none::none());
        }
        let key = self.intern(name);
        types::dict::as_dict(&self.modules).expect("dict").borrow_mut().set_str(key.clone(), module.clone());
        let code = match self.compile_source(bytes, filename) {
            Ok(c) => c,
            Err(e) => {
                types::dict::as_dict(&self.modules).expect("dict").borrow_mut().del_str(&key);
                return Err(e);
            }
        };
        if let Err(e) = crate::eval::run_module(self, code, globals) {
            types::dict::as_dict(&self.modules).expect("dict").borrow_mut().del_str(&key);
            return Err(e);
        }
        Ok(module)
    }

    /// Source bytes to a code value, SyntaxErrors as Python exceptions.
    pub fn compile_source(&mut self, bytes: &[u8], filename: &str) -> PyResult<Value> {
        let compiled = compile_bytes(bytes, filename);
        match compiled {
            Ok(code) => Ok(crate::eval::code::load_code(self, Rc::new(code))),
            Err(se) => Err(self.syntax_error_value(&se, filename)),
        }
    }

    /// A Python SyntaxError (or subclass) from the compiler's error.
    pub fn syntax_error_value(&mut self, se: &ferrython_syntax::SyntaxError, filename: &str) -> crate::vm::PyErr {
        use ferrython_syntax::SyntaxErrorKind as K;
        let ty = match se.kind {
            K::IndentationError => &types::exceptions::INDENTATION_ERROR,
            K::TabError => &types::exceptions::TAB_ERROR,
            K::MemoryError => &types::exceptions::MEMORY_ERROR,
            K::RecursionError => &types::exceptions::RECURSION_ERROR,
            _ => &types::exceptions::SYNTAX_ERROR,
        };
        let text = se.text.clone().map(types::str::new_string).unwrap_or_else(types::bool_none::none);
        let details = types::tuple::new_tuple_from_array([
            types::str::new_str(filename),
            types::int::new_int(se.lineno),
            types::int::new_int(se.offset),
            text,
            types::int::new_int(se.end_lineno),
            types::int::new_int(se.end_offset),
        ]);
        let tyv = ty.value();
        self.new_exception_args(&tyv, vec![types::str::new_str(&se.msg), details])
    }

    /// `IMPORT_FROM`: an attribute of the module, or its submodule.
    pub fn import_from(&mut self, module: &Value, name: &Value) -> PyResult<Value> {
        match self.getattr(module, name) {
            Ok(v) => Ok(v),
            Err(e) if e.is_instance_of(&types::exceptions::ATTRIBUTE_ERROR.0) => {
                let mname = self.getattr_str(module, "__name__").ok();
                let mname = mname.as_ref().and_then(types::str::as_str).unwrap_or("?").to_string();
                let n = types::str::as_str(name).unwrap_or("?").to_string();
                if let Ok(sub) = self.import_module(&format!("{mname}.{n}")) {
                    return Ok(sub);
                }
                let file = self.getattr_str(module, "__file__").ok();
                let loc = match file.as_ref().and_then(types::str::as_str) {
                    Some(f) => format!(" ({f})"),
                    None => " (unknown location)".to_string(),
                };
                Err(self.new_exception(
                    &types::exceptions::IMPORT_ERROR,
                    format!("cannot import name '{n}' from '{mname}'{loc}"),
                ))
            }
            Err(e) => Err(e),
        }
    }

    /// `from m import *`.
    pub fn import_star(&mut self, module: &Value, ns: &Value) -> PyResult<()> {
        let Some(m) = types::module::as_module(module) else { return Ok(()) };
        let entries: Vec<(Value, Value)> = types::dict::as_dict(&m.dict)
            .expect("dict")
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        let all = types::dict::as_dict(&m.dict).expect("dict").borrow().get_rust_str("__all__");
        let names: Vec<Value> = match all {
            Some(a) => self.collect_iterable(&a)?,
            None => entries
                .iter()
                .filter(|(k, _)| types::str::as_str(k).is_some_and(|s| !s.starts_with('_')))
                .map(|(k, _)| k.clone())
                .collect(),
        };
        for n in names {
            let v = self.getattr(module, &n)?;
            self.set_item(ns, &n, Some(v))?;
        }
        let _ = CallArgs::positional(&[]);
        Ok(())
    }
}

/// Decodes, parses and compiles a module's source.
pub fn compile_bytes(
    bytes: &[u8],
    filename: &str,
) -> Result<ferrython_bytecode::CodeObject, ferrython_syntax::SyntaxError> {
    let text = ferrython_syntax::source::decode_source(bytes, filename)?;
    let parsed = ferrython_syntax::parse(&text, ferrython_syntax::Mode::Exec)?;
    ferrython_compiler::codegen::compile_module(&parsed.module, filename)
}
