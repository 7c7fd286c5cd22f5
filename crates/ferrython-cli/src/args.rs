//! Command-line parsing, mirroring CPython 3.11's (Python/getopt.c and
//! Python/initconfig.c): short options may be grouped (`-Vc`), an option's
//! argument may be attached (`-cCODE`, `-Xdump=ast`) or the next argument,
//! `-c` and `-m` end option processing, the first non-option is the script
//! and everything after it is passed to the program.

use std::ffi::OsString;

/// Short options CPython 3.11 accepts; those followed by `:` take an argument.
const SHORT_OPTIONS: &str = "bBc:dEhiIm:OPqRsStuvVW:xX:?";

/// What to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Program {
    /// `-c CODE`
    Command(String),
    /// `-m MODULE`
    Module(String),
    /// A script path.
    File(OsString),
    /// `-` or no script with stdin not a terminal.
    Stdin,
    /// No program: the REPL.
    Interactive,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Run(Program),
    Help,
    /// `-V` once (`Python 3.11.7`) or twice and more (build details too).
    Version(u32),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub action: Action,
    /// `-X` options in order, as given (`dump=ast`, `dev`, ...).
    pub xoptions: Vec<String>,
    /// `-W` options in order.
    pub warnoptions: Vec<String>,
    /// Arguments after the program (what becomes `sys.argv[1:]`).
    pub args: Vec<OsString>,
}

/// A command-line error, printed as CPython prints it followed by the usage line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageError(pub String);

impl Options {
    /// The value of the last `-X name=value` (or `Some("")` for a bare `-X name`).
    pub fn xoption(&self, name: &str) -> Option<&str> {
        self.xoptions.iter().rev().find_map(|x| match x.split_once('=') {
            Some((k, v)) if k == name => Some(v),
            None if x == name => Some(""),
            _ => None,
        })
    }
}

/// Parses `argv[1..]`. `stdin_is_tty` decides between the REPL and reading a
/// program from stdin when no program is given.
pub fn parse_args(argv: &[OsString], stdin_is_tty: bool) -> Result<Options, UsageError> {
    let mut opts =
        Options { action: Action::Run(Program::Interactive), xoptions: vec![], warnoptions: vec![], args: vec![] };
    let mut version = 0u32;
    let mut help = false;
    let mut program = None;
    let mut i = 0;
    'args: while i < argv.len() {
        let arg = argv[i].to_string_lossy().into_owned();
        i += 1;
        if arg == "--" {
            break;
        }
        if arg == "-" {
            program = Some(Program::Stdin);
            break;
        }
        if let Some(long) = arg.strip_prefix("--") {
            match long {
                "help" | "help-all" | "help-env" | "help-xoptions" => help = true,
                "version" => version += 1,
                "check-hash-based-pycs" => {
                    // Takes a value; accepted and ignored (no .pyc files yet).
                    if i >= argv.len() {
                        return Err(UsageError(format!("Argument expected for the --{long} option")));
                    }
                    i += 1;
                }
                _ => return Err(UsageError(format!("unknown option --{long}"))),
            }
            continue;
        }
        let Some(group) = arg.strip_prefix('-').filter(|g| !g.is_empty()) else {
            // The script; it and everything after belong to the program.
            program = Some(Program::File(argv[i - 1].clone()));
            break;
        };
        for (pos, c) in group.char_indices() {
            let Some(spec) = SHORT_OPTIONS.find(c) else {
                return Err(UsageError(format!("Unknown option: -{c}")));
            };
            let takes_arg = SHORT_OPTIONS[spec + c.len_utf8()..].starts_with(':');
            if !takes_arg {
                match c {
                    'h' | '?' => help = true,
                    'V' => version += 1,
                    // Other flags change behaviour the VM does not have yet.
                    _ => {}
                }
                continue;
            }
            let attached = &group[pos + c.len_utf8()..];
            let value = if !attached.is_empty() {
                attached.to_string()
            } else if i < argv.len() {
                i += 1;
                argv[i - 1].to_string_lossy().into_owned()
            } else {
                return Err(UsageError(format!("Argument expected for the -{c} option")));
            };
            match c {
                'c' => {
                    program = Some(Program::Command(value));
                    break 'args;
                }
                'm' => {
                    program = Some(Program::Module(value));
                    break 'args;
                }
                'W' => opts.warnoptions.push(value),
                _ => opts.xoptions.push(value),
            }
            continue 'args;
        }
    }
    opts.args = argv[i..].to_vec();
    opts.action = if help {
        Action::Help
    } else if version > 0 {
        Action::Version(version)
    } else {
        Action::Run(program.unwrap_or(if stdin_is_tty { Program::Interactive } else { Program::Stdin }))
    };
    Ok(opts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Options, UsageError> {
        let argv: Vec<OsString> = args.iter().map(OsString::from).collect();
        parse_args(&argv, true)
    }

    #[test]
    fn programs_and_arguments() {
        let o = parse(&["-X", "dump=ast", "f.py", "-c", "x"]).unwrap();
        assert_eq!(o.action, Action::Run(Program::File("f.py".into())));
        assert_eq!(o.xoption("dump"), Some("ast"));
        assert_eq!(o.args, vec![OsString::from("-c"), OsString::from("x")]);

        let o = parse(&["-Xdump=tokens", "-cprint(1)", "a"]).unwrap();
        assert_eq!(o.action, Action::Run(Program::Command("print(1)".into())));
        assert_eq!(o.xoption("dump"), Some("tokens"));
        assert_eq!(o.args, vec![OsString::from("a")]);

        let o = parse(&["-Bc", "pass"]).unwrap();
        assert_eq!(o.action, Action::Run(Program::Command("pass".into())));

        let o = parse(&["-", "x"]).unwrap();
        assert_eq!(o.action, Action::Run(Program::Stdin));
        assert_eq!(o.args, vec![OsString::from("x")]);

        assert_eq!(parse(&[]).unwrap().action, Action::Run(Program::Interactive));
        assert_eq!(parse_args(&[], false).unwrap().action, Action::Run(Program::Stdin));
    }

    #[test]
    fn help_version_and_errors() {
        assert_eq!(parse(&["-V"]).unwrap().action, Action::Version(1));
        assert_eq!(parse(&["-VV"]).unwrap().action, Action::Version(2));
        assert_eq!(parse(&["--version"]).unwrap().action, Action::Version(1));
        assert_eq!(parse(&["-h"]).unwrap().action, Action::Help);
        assert_eq!(parse(&["-z"]), Err(UsageError("Unknown option: -z".into())));
        assert_eq!(parse(&["-c"]), Err(UsageError("Argument expected for the -c option".into())));
        assert_eq!(parse(&["--foo"]), Err(UsageError("unknown option --foo".into())));
    }
}
