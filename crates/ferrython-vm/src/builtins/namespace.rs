//! Builtins that work on namespaces and code (CPython's `builtin_globals`,
//! `builtin_locals`, `builtin_vars`, `builtin_dir`, `builtin_eval`,
//! `builtin_exec`, `builtin_compile`). The ones without an explicit
//! namespace read the caller's frame through `Vm::frame_ctx`.

use crate::args::{parse, positional};
use crate::object::Value;
use crate::types::{self, CallArgs};
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

type Native = crate::types::function::NativeFn;

/// The frame-reading builtins (registered with `needs_frame`).
pub const FUNCTIONS: &[(&str, Native)] = &[
    ("globals", builtin_globals),
    ("locals", builtin_locals),
    ("vars", builtin_vars),
    ("dir", builtin_dir),
    ("eval", builtin_eval),
    ("exec", builtin_exec),
];

fn ctx_globals(vm: &mut Vm) -> Value {
    match &vm.frame_ctx {
        Some(c) => c.globals.clone(),
        None => types::dict::new_dict(),
    }
}

fn ctx_locals(vm: &mut Vm) -> Value {
    match vm.frame_ctx.as_ref().and_then(|c| c.locals.clone()) {
        Some(l) => l,
        None => types::dict::new_dict(),
    }
}

fn builtin_globals(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    positional(vm, "globals", &a, 0, 0)?;
    Ok(ctx_globals(vm))
}

fn builtin_locals(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    positional(vm, "locals", &a, 0, 0)?;
    Ok(ctx_locals(vm))
}

fn builtin_vars(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = positional(vm, "vars", &a, 0, 1)?;
    let Some(obj) = p.first() else { return Ok(ctx_locals(vm)) };
    match vm.getattr_str(obj, "__dict__") {
        Ok(d) => Ok(d),
        Err(e) if e.is_instance_of(&types::exceptions::ATTRIBUTE_ERROR.0) => {
            Err(vm.new_type_error("vars() argument must have __dict__ attribute".into()))
        }
        Err(e) => Err(e),
    }
}

/// `dir()` / `dir(obj)`: `obj.__dir__()` (or the caller's names), sorted.
fn builtin_dir(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = positional(vm, "dir", &a, 0, 1)?;
    let names = match p.first() {
        None => {
            let l = ctx_locals(vm);
            match types::dict::as_dict(&l) {
                Some(d) => d.borrow().keys(),
                None => vm.collect_iterable(&l)?,
            }
        }
        Some(obj) => return Ok(types::list::new_list(dir_of(vm, obj)?)),
    };
    let list = types::list::new_list(names);
    crate::builtins::list_sort(vm, &list, CallArgs::positional(&[]))?;
    Ok(list)
}

/// `dir(obj)`: `obj.__dir__()`, sorted (CPython: PyObject_Dir).
pub fn dir_of(vm: &mut Vm, obj: &Value) -> PyResult<Vec<Value>> {
    let Some(f) = vm.lookup_special(obj, "__dir__") else {
        return Err(vm.new_type_error("object does not provide __dir__".into()));
    };
    let r = vm.call(&f, CallArgs::positional(std::slice::from_ref(obj)))?;
    let list = types::list::new_list(vm.collect_iterable(&r)?);
    crate::builtins::list_sort(vm, &list, CallArgs::positional(&[]))?;
    let items = types::list::as_list(&list).map(|l| l.borrow().clone()).unwrap_or_default();
    Ok(items)
}

/// The source of `eval`/`exec`/`compile` as text (str, or UTF-8 bytes).
fn source_text(vm: &mut Vm, fname: &str, src: &Value, what: &str) -> PyResult<String> {
    if let Some(s) = types::str::as_str(src) {
        return Ok(s.to_string());
    }
    if let Some(b) = types::bytes::buffer_vec(src) {
        return match String::from_utf8(b) {
            Ok(s) => Ok(s),
            Err(_) => Err(vm.new_value_error(format!("{fname}() source is not valid UTF-8"))),
        };
    }
    Err(vm.new_type_error(format!("{fname}() arg 1 must be a {what} object")))
}

/// Parses and compiles `text` in `mode` (`exec`, `eval` or `single`).
pub fn compile_text(vm: &mut Vm, text: &str, filename: &str, mode: &str) -> PyResult<Value> {
    if text.contains('\0') {
        return Err(
            vm.new_exception(&types::exceptions::SYNTAX_ERROR, "source code string cannot contain null bytes".into())
        );
    }
    let parse_mode = match mode {
        "eval" => ferrython_syntax::Mode::Eval,
        "single" => ferrython_syntax::Mode::Single,
        _ => ferrython_syntax::Mode::Exec,
    };
    let mut warnings;
    let compiled = match ferrython_syntax::parse_with_warnings(text, parse_mode) {
        Ok(parsed) => {
            warnings = parsed.warnings;
            if mode == "eval" {
                ferrython_compiler::codegen::compile_expression_warn(&parsed.module, filename, &mut warnings)
            } else {
                ferrython_compiler::codegen::compile_module_warn(&parsed.module, filename, &mut warnings)
            }
        }
        Err(failure) => {
            warnings = failure.warnings;
            Err(failure.error)
        }
    };
    show_compile_warnings(vm, &warnings, filename);
    match compiled {
        Ok(code) => Ok(crate::eval::code::load_code(vm, Rc::new(code))),
        Err(se) => Err(vm.syntax_error_value(&se, filename)),
    }
}

/// Prints the compiler's warnings on `sys.stderr` as the `warnings`
/// module does with its default filters: compile warnings are issued for a
/// module named after the file (never `__main__`), so DeprecationWarnings
/// are ignored and SyntaxWarnings shown, each with its source line when
/// `linecache` could read the file.
fn show_compile_warnings(vm: &mut Vm, warnings: &[ferrython_syntax::CompileWarning], filename: &str) {
    let mut file_text = None;
    for w in warnings.iter().filter(|w| w.category == "SyntaxWarning") {
        let mut text = format!("{filename}:{}: {}: {}\n", w.lineno, w.category, w.msg);
        let source = file_text.get_or_insert_with(|| std::fs::read_to_string(filename).ok());
        if let Some(line) = source.as_deref().and_then(|s| s.split('\n').nth((w.lineno as usize).wrapping_sub(1))) {
            let line = line.trim_matches(|c: char| c.is_whitespace() || ('\x1c'..='\x1f').contains(&c));
            text.push_str(&format!("  {line}\n"));
        }
        vm.write_stderr(&text);
    }
}

/// The `globals` and `locals` of `eval`/`exec`, with CPython's checks and defaults.
fn namespaces(vm: &mut Vm, fname: &str, g: Option<&Value>, l: Option<&Value>) -> PyResult<(Value, Value)> {
    let g = g.filter(|v| !types::bool_none::is_none(v));
    let l = l.filter(|v| !types::bool_none::is_none(v));
    if let Some(gv) = g {
        if types::dict::as_dict(gv).is_none() {
            let msg = if fname == "exec" {
                format!("exec() globals must be a dict, not {}", gv.ty().name())
            } else {
                let mapping = gv.ty().slots.getitem.get().is_some();
                if mapping {
                    "globals must be a real dict; try eval(expr, {}, mapping)"
                } else {
                    "globals must be a dict"
                }
                .to_string()
            };
            return Err(vm.new_type_error(msg));
        }
    }
    if let Some(lv) = l {
        if lv.ty().slots.getitem.get().is_none() {
            let msg = if fname == "exec" {
                format!("locals must be a mapping or None, not {}", lv.ty().name())
            } else {
                "locals must be a mapping".to_string()
            };
            return Err(vm.new_type_error(msg));
        }
    }
    let (globals, locals) = match (g, l) {
        (None, None) => (ctx_globals(vm), ctx_locals(vm)),
        (Some(gv), None) => (gv.clone(), gv.clone()),
        (None, Some(lv)) => (ctx_globals(vm), lv.clone()),
        (Some(gv), Some(lv)) => (gv.clone(), lv.clone()),
    };
    if let Some(d) = types::dict::as_dict(&globals) {
        if d.borrow().get_rust_str("__builtins__").is_none() {
            let b = vm.builtins.clone();
            let key = vm.intern("__builtins__");
            d.borrow_mut().set_str(key, b);
        }
    }
    Ok((globals, locals))
}

fn builtin_eval(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    if a.pos().is_empty() && a.kwnames.is_empty() {
        return Err(vm.new_type_error("eval expected at least 1 argument, got 0".into()));
    }
    let p = parse(vm, "eval", &a, &["source", "globals", "locals"], 1, 1)?;
    let src = p[0].clone().unwrap_or_else(|| vm.none());
    let (globals, locals) = namespaces(vm, "eval", p[1].as_ref(), p[2].as_ref())?;
    let code = if types::function::as_code(&src).is_some() {
        src
    } else {
        let text = source_text(vm, "eval", &src, "string, bytes or code")?;
        // Leading spaces and tabs are allowed before an expression.
        let text = text.trim_start_matches([' ', '\t']);
        compile_text(vm, text, "<string>", "eval")?
    };
    crate::eval::run_code(vm, code, globals, locals)
}

fn builtin_exec(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    for (k, _) in a.kw() {
        let key = types::str::as_str(k).unwrap_or("");
        if key != "closure" {
            return Err(vm.new_type_error(format!("exec() got an unexpected keyword argument '{key}'")));
        }
    }
    let n = a.pos().len();
    if !(1..=3).contains(&n) {
        let msg = if n == 0 {
            "exec() takes at least 1 positional argument (0 given)".to_string()
        } else {
            format!("exec expected at most 3 arguments, got {n}")
        };
        return Err(vm.new_type_error(msg));
    }
    let pos = a.pos();
    let src = pos[0].clone();
    let (globals, locals) = namespaces(vm, "exec", pos.get(1), pos.get(2))?;
    let code = if types::function::as_code(&src).is_some() {
        src
    } else {
        let text = source_text(vm, "exec", &src, "string, bytes or code")?;
        compile_text(vm, &text, "<string>", "exec")?
    };
    crate::eval::run_code(vm, code, globals, locals)?;
    Ok(vm.none())
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
pub fn builtin_compile(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    if a.pos().len() > 6 {
        return Err(
            vm.new_type_error(format!("compile() takes at most 6 positional arguments ({} given)", a.pos().len()))
        );
    }
    let names = ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"];
    let p = parse(vm, "compile", &a, &names, 0, 3)?;
    let src = p[0].clone().unwrap_or_else(|| vm.none());
    let fname_v = p[1].clone().unwrap_or_else(|| vm.none());
    let filename = match types::str::as_str(&fname_v) {
        Some(s) => s.to_string(),
        None => match types::bytes::buffer_vec(&fname_v) {
            Some(b) => String::from_utf8_lossy(&b).into_owned(),
            None => {
                return Err(vm
                    .new_type_error(format!("expected str, bytes or os.PathLike object, not {}", fname_v.ty().name())))
            }
        },
    };
    let mode_v = p[2].clone().unwrap_or_else(|| vm.none());
    let mode = match types::str::as_str(&mode_v) {
        Some(m @ ("exec" | "eval" | "single")) => m.to_string(),
        Some(_) => return Err(vm.new_value_error("compile() mode must be 'exec', 'eval' or 'single'".into())),
        None => {
            return Err(vm.new_type_error(format!("compile() argument 'mode' must be str, not {}", mode_v.ty().name())))
        }
    };
    let text = source_text(vm, "compile", &src, "string, bytes or AST")?;
    compile_text(vm, &text, &filename, &mode)
}
