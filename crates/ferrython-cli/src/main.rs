//! The `ferrython` command: CPython 3.11's command line.
//!
//! Only the front end exists so far, so a program is decoded, tokenized,
//! parsed, and given a symbol table and the code generator's error checks;
//! syntax errors and compile warnings are reported byte for byte as
//! `python3.11` reports them, and `-X dump=tokens|ast|symtable` shows the
//! pipeline's intermediate forms. Running a valid program says that execution is not
//! implemented yet and exits with status 2.

mod alloc;
mod args;
mod diagnostics;
mod execute;

use args::{parse_args, Action, Options, Program, UsageError};
use ferrython_compiler::{check, symtable};
use ferrython_syntax::{ast_dump, parse_with_warnings, source, tokens_dump, CompileWarning, Mode, SyntaxError};
use std::ffi::OsString;
use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

// ARCHITECTURE.md 3.3: mimalloc is the global allocator (the parser alone
// spends ~20% of its time in glibc's malloc/free).
#[global_allocator]
static GLOBAL: alloc::Mimalloc = alloc::Mimalloc;

/// The parser and the AST printer recurse on the Rust stack; they run on a
/// thread with this much stack so that deeply nested input reaches the
/// parser's own "too many nested parentheses" style limits, never a native
/// stack overflow.
pub(crate) const FRONT_END_STACK: usize = 256 << 20;

const USAGE_TAIL: &str = "[option] ... [-c cmd | -m mod | file | -] [arg] ...";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Dump {
    None,
    Tokens,
    Ast,
    Symtable,
    Bytecode,
}

fn main() -> ExitCode {
    let argv: Vec<OsString> = std::env::args_os().collect();
    let prog = argv.first().map_or_else(|| "ferrython".to_string(), |a| a.to_string_lossy().into_owned());
    let opts = match parse_args(argv.get(1..).unwrap_or(&[]), std::io::stdin().is_terminal()) {
        Ok(opts) => opts,
        Err(UsageError(msg)) => {
            // CPython: Python/initconfig.c, config_usage(error=1).
            eprint!("{msg}\nusage: {prog} {USAGE_TAIL}\nTry `python -h' for more information.\n");
            return ExitCode::from(2);
        }
    };
    match &opts.action {
        Action::Help => {
            print_help(&prog);
            ExitCode::SUCCESS
        }
        Action::Version(n) => {
            write_stdout(
                format!(
                    "Ferrython {} (Python 3.11){}\n",
                    env!("CARGO_PKG_VERSION"),
                    if *n > 1 { " [Rust]" } else { "" }
                )
                .as_bytes(),
            );
            ExitCode::SUCCESS
        }
        Action::Run(program) => run(&prog, &opts, program),
    }
}

fn print_help(prog: &str) {
    let help = format!(
        "usage: {prog} {USAGE_TAIL}
Options (those that do something in this version of Ferrython):
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-V     : print the Ferrython version number and exit (also --version)
-W arg : warning control; arg is action:message:category:module:lineno
         (only action and category are interpreted for compile warnings)
-X opt : set implementation-specific option:
         -X dump=tokens  print the tokens, as `python3.11 -m tokenize -e FILE`
         -X dump=ast     print the AST, as ast.dump(tree, include_attributes=True)
         -X dump=symtable  print the symbol tables, as tools/symtable_dump.py
         -X syntax_error_attrs  report a syntax error as one line on stderr:
                         (class, msg, lineno, offset, end_lineno, end_offset)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

Other CPython options are accepted and have no effect yet.
"
    );
    write_stdout(help.as_bytes());
}

/// Writes to stdout, ignoring errors: a closed pipe (`| head`) is not a failure.
fn write_stdout(bytes: &[u8]) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(bytes).and_then(|()| out.flush());
}

fn run(prog: &str, opts: &Options, program: &Program) -> ExitCode {
    let dump = match opts.xoption("dump") {
        None => Dump::None,
        Some("tokens") => Dump::Tokens,
        Some("ast") => Dump::Ast,
        Some("symtable") => Dump::Symtable,
        Some("bytecode") => Dump::Bytecode,
        Some(other) => {
            eprintln!("{prog}: unknown -X dump={other} (expected tokens, ast, symtable or bytecode)");
            return ExitCode::from(2);
        }
    };
    let input = match load_program(prog, program) {
        Ok(input) => input,
        Err(code) => return code,
    };
    let job = Job {
        input,
        dump,
        attrs_format: opts.xoption("syntax_error_attrs").is_some(),
        warnoptions: opts.warnoptions.clone(),
        argv: std::iter::once(program_argv0(program))
            .chain(opts.args.iter().map(|a| a.to_string_lossy().into_owned()))
            .collect(),
    };
    let worker = std::thread::Builder::new().stack_size(FRONT_END_STACK).spawn(move || job.run());
    match worker.map(|handle| handle.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        // The parser panicked (a bug; the panic message is already on stderr)
        // or the thread could not be created.
        _ => {
            eprintln!("{prog}: internal error");
            ExitCode::from(70)
        }
    }
}

/// A program as read, before decoding.
struct Input {
    /// The name CPython reports: the absolute path, `<string>` or `<stdin>`.
    filename: String,
    /// The path as given on the command line (`python -m tokenize` shows it).
    given_path: String,
    /// `-c` code is already text; files and stdin are bytes to decode.
    text: Option<String>,
    bytes: Vec<u8>,
    /// `linecache` can show source lines in warnings only for real files.
    is_file: bool,
}

/// Reads the program, or returns the exit code after an error CPython
/// reports before compiling (unreadable file, no VM for -m or the REPL).
fn load_program(prog: &str, program: &Program) -> Result<Input, ExitCode> {
    match program {
        // CPython compiles `-c` as text, ignoring any coding cookie.
        Program::Command(code) => Ok(Input {
            filename: "<string>".into(),
            given_path: "<string>".into(),
            text: Some(code.clone()),
            bytes: Vec::new(),
            is_file: false,
        }),
        Program::Stdin => {
            let mut bytes = Vec::new();
            if let Err(e) = std::io::stdin().lock().read_to_end(&mut bytes) {
                eprintln!("{prog}: cannot read stdin: {e}");
                return Err(ExitCode::from(2));
            }
            Ok(Input { filename: "<stdin>".into(), given_path: "<stdin>".into(), text: None, bytes, is_file: false })
        }
        Program::File(path) => {
            let filename = absolute_path(path);
            if std::path::Path::new(path).is_dir() {
                // CPython would run DIR/__main__.py; there is no VM to run it.
                eprintln!("{prog}: can't find '__main__' module in '{filename}'");
                return Err(ExitCode::from(1));
            }
            match std::fs::read(path) {
                Ok(bytes) => Ok(Input {
                    filename,
                    given_path: path.to_string_lossy().into_owned(),
                    text: None,
                    bytes,
                    is_file: true,
                }),
                Err(e) => {
                    eprintln!("{prog}: can't open file '{filename}': {}", errno_text(&e));
                    Err(ExitCode::from(2))
                }
            }
        }
        Program::Module(_) => {
            eprintln!("{prog}: -m is not implemented yet (Ferrython has no VM yet)");
            Err(ExitCode::from(2))
        }
        Program::Interactive => {
            eprintln!("{prog}: the interactive interpreter is not implemented yet; pass a file, -c CODE or -");
            Err(ExitCode::from(2))
        }
    }
}

/// `sys.argv[0]`: the script path as given, `-c` or `-`.
fn program_argv0(program: &Program) -> String {
    match program {
        Program::Command(_) => "-c".into(),
        Program::Stdin => "-".into(),
        Program::File(p) => p.to_string_lossy().into_owned(),
        Program::Module(m) => m.clone(),
        Program::Interactive => String::new(),
    }
}

/// CPython 3.11 makes the script path absolute by joining it to the current
/// directory, without normalizing `.` or `..` (Python/fileutils.c, `_Py_abspath`).
fn absolute_path(path: &OsString) -> String {
    let p = path.to_string_lossy();
    if p.starts_with('/') {
        return p.into_owned();
    }
    match std::env::current_dir() {
        Ok(cwd) => format!("{}/{p}", cwd.to_string_lossy()),
        Err(_) => p.into_owned(),
    }
}

/// `[Errno 2] No such file or directory`, as Python formats an OSError.
fn errno_text(e: &std::io::Error) -> String {
    let text = e.to_string();
    match e.raw_os_error() {
        // Rust appends " (os error N)" to strerror's text.
        Some(code) => {
            let msg = text.split(" (os error").next().unwrap_or(&text);
            format!("[Errno {code}] {msg}")
        }
        None => text,
    }
}

/// `(class, msg, lineno, offset, end_lineno, end_offset)` as Python's `repr`
/// of that tuple, for tools/compare_stdlib_ast.py.
fn attrs_line(err: &SyntaxError) -> String {
    let mut line = format!("('{}', ", err.kind.name());
    ferrython_syntax::repr::repr_rust_str(&err.msg, &mut line);
    line.push_str(&format!(", {}, {}, {}, {})\n", err.lineno, err.offset, err.end_lineno, err.end_offset));
    line
}

/// What the front-end thread does.
struct Job {
    input: Input,
    dump: Dump,
    attrs_format: bool,
    warnoptions: Vec<String>,
    /// `sys.argv`.
    argv: Vec<String>,
}

impl Job {
    /// Decodes, tokenizes or parses, and prints what was asked; returns the exit status.
    fn run(self) -> u8 {
        let input = &self.input;
        if self.dump == Dump::Tokens {
            let dumped = match &input.text {
                Some(text) => tokens_dump::dump_tokens(text),
                None => tokens_dump::dump_tokens_bytes(&input.bytes, &input.filename),
            };
            return match dumped {
                Ok(text) => {
                    write_stdout(text.as_bytes());
                    0
                }
                Err(err) => self.report_tokenize_error(&err),
            };
        }
        let decoded;
        let source: &str = match &input.text {
            Some(text) => text,
            None => match source::decode_source(&input.bytes, &input.filename) {
                Ok(text) => {
                    decoded = text;
                    &decoded
                }
                Err(err) => return self.report(&err),
            },
        };
        match parse_with_warnings(source, Mode::Exec) {
            Err(failure) => {
                // Warnings issued before the error are printed first.
                self.print_warnings(&failure.warnings, source);
                let err = &failure.error;
                if input.text.is_some() {
                    return self.report(err);
                }
                // CPython's tokenizer knows the encoding of a file only if
                // it declares one; see `SyntaxError::byte_offsets`.
                let enc = source::detect_encoding(&input.bytes);
                let (declared, bom) = enc.map_or((false, false), |e| (e.bom || e.cookie.is_some(), e.bom));
                self.report(&err.reported_for_file(declared, bom && input.is_file))
            }
            Ok(output) => {
                self.print_warnings(&output.warnings, source);
                if self.dump == Dump::Ast {
                    match ast_dump::try_dump_mod(&output.module) {
                        Ok(mut text) => {
                            text.push('\n');
                            write_stdout(text.as_bytes());
                            0
                        }
                        Err(too_deep) => {
                            eprintln!("RecursionError: {too_deep}");
                            1
                        }
                    }
                } else {
                    let table = match self.compile_checks(&output.module, self.dump == Dump::None, source) {
                        Ok(table) => table,
                        Err(err) => return self.report(&err),
                    };
                    if self.dump == Dump::Symtable {
                        write_stdout(symtable::dump::dump_symtable(&table).as_bytes());
                        return 0;
                    }
                    let code =
                        match ferrython_compiler::codegen::compile_module_with(&output.module, &input.filename, &table)
                        {
                            Ok(code) => code,
                            Err(mut err) => {
                                symtable::attach_program_text(
                                    &mut err,
                                    input.is_file.then_some(input.bytes.as_slice()),
                                );
                                return self.report(&err);
                            }
                        };
                    if self.dump == Dump::Bytecode {
                        write_stdout(ferrython_bytecode::disasm::disassemble(&code).as_bytes());
                        return 0;
                    }
                    execute::run_main(code, &input.filename, input.is_file, &self.argv)
                }
            }
        }
    }

    /// The compile stages after parsing that exist so far: the symbol table
    /// and (`codegen_checks`) the errors CPython's code generator raises.
    /// Their errors get their source line as CPython gives it (re-read from
    /// the file).
    fn compile_checks(
        &self,
        module: &ferrython_syntax::ast::Mod,
        codegen_checks: bool,
        source: &str,
    ) -> Result<symtable::SymbolTable, SyntaxError> {
        let file_bytes = self.input.is_file.then_some(self.input.bytes.as_slice());
        let result = symtable::build(module, &self.input.filename).and_then(|table| {
            if codegen_checks {
                let mut warnings = Vec::new();
                let checked = check::check_compile(module, &table, &mut warnings);
                self.print_warnings(&warnings, source);
                checked?;
            }
            Ok(table)
        });
        result.map_err(|mut err| {
            symtable::attach_program_text(&mut err, file_bytes);
            err
        })
    }

    /// Prints compile warnings as the `warnings` module does; `linecache`
    /// shows the source line for real files only.
    fn print_warnings(&self, warnings: &[CompileWarning], source: &str) {
        let lines = if self.input.is_file { Some(source) } else { None };
        let text = diagnostics::format_warnings(warnings, &self.input.filename, lines, &self.warnoptions);
        let _ = std::io::stderr().lock().write_all(text.as_bytes());
    }

    /// Prints a syntax error as CPython does when running the program.
    fn report(&self, err: &SyntaxError) -> u8 {
        let text = if self.attrs_format {
            attrs_line(err)
        } else {
            diagnostics::format_syntax_error(err, &self.input.filename)
        };
        let _ = std::io::stderr().lock().write_all(text.as_bytes());
        1
    }

    /// `python -m tokenize` prints `FILE:LINE:COL: error: MSG` (or
    /// `FILE: error: MSG` without a location) and prints no tokens.
    // CPython: Lib/tokenize.py, main(). Its messages come from the pure-Python
    // tokenizer; ours are the C tokenizer's.
    fn report_tokenize_error(&self, err: &SyntaxError) -> u8 {
        let path = &self.input.given_path;
        if err.lineno > 0 {
            eprintln!("{path}:{}:{}: error: {}", err.lineno, err.offset, err.msg);
        } else {
            eprintln!("{path}: error: {}", err.msg);
        }
        1
    }
}
