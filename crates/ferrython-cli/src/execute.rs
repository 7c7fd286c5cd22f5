//! Running a compiled program: the `__main__` module, uncaught exceptions
//! printed as CPython prints them, `SystemExit` turned into the exit status.

use ferrython_bytecode::CodeObject;
use ferrython_vm::types;
use ferrython_vm::Vm;
use std::rc::Rc;

/// Runs the program's code as `__main__`; returns the exit status.
pub fn run_main(code: CodeObject, filename: &str, is_file: bool, argv: &[String]) -> u8 {
    let mut path = Vec::new();
    // sys.path[0]: the script's directory, or '' for -c and stdin.
    if is_file {
        let dir = std::path::Path::new(filename).parent().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
        path.push(dir);
    } else {
        path.push(String::new());
    }
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        path.extend(pp.split(':').filter(|s| !s.is_empty()).map(String::from));
    }
    let mut vm = Vm::with_argv(argv, path);
    // The front-end thread's stack (see main.rs), minus what the parser and
    // compiler above us may have used.
    vm.native_stack_size = crate::FRONT_END_STACK - (16 << 20);
    let globals = types::dict::new_dict();
    {
        let g = types::dict::as_dict(&globals).expect("dict");
        let entries = [
            ("__name__", types::str::new_str("__main__")),
            ("__doc__", vm.none()),
            ("__builtins__", vm.builtins_module.clone().unwrap_or_else(|| vm.none())),
        ];
        for (k, v) in entries {
            let key = vm.intern(k);
            g.borrow_mut().set_str(key, v);
        }
        if is_file {
            let key = vm.intern("__file__");
            g.borrow_mut().set_str(key, types::str::new_str(filename));
        }
    }
    let main_module = types::module::new_module(globals.clone());
    let key = vm.intern("__main__");
    types::dict::as_dict(&vm.modules).expect("dict").borrow_mut().set_str(key, main_module);
    let code = ferrython_vm::eval::code::load_code(&mut vm, Rc::new(code));
    let result = ferrython_vm::eval::run_module(&mut vm, code, globals);
    ferrython_vm::eval::finalize::close_pending(&mut vm, &[]);
    let status = match result {
        Ok(_) => 0,
        Err(err) => handle_uncaught(&mut vm, err.0),
    };
    vm.flush_stdout();
    status
}

/// CPython's `handle_system_exit` and `PyErr_Print`.
fn handle_uncaught(vm: &mut Vm, exc: ferrython_vm::Value) -> u8 {
    if exc.ty().is_subtype(&types::exceptions::SYSTEM_EXIT.0) {
        let args = types::exceptions::exc_args(&exc);
        let code = match args.len() {
            0 => return 0,
            1 => args[0].clone(),
            _ => types::tuple::new_tuple(args),
        };
        if types::bool_none::is_none(&code) {
            return 0;
        }
        if let Some(i) = types::int::to_i64(&code) {
            return i as u8;
        }
        let text = vm.str_string(&code).unwrap_or_default();
        vm.write_stderr(&format!("{text}\n"));
        return 1;
    }
    let text = ferrython_vm::traceback::format_exception(vm, &exc);
    vm.write_stderr(&text);
    1
}
