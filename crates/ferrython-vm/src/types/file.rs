//! A minimal file object for `open()` and `sys.stdin/stdout/stderr`, with
//! the type names of CPython's `_io` classes (`TextIOWrapper`,
//! `BufferedReader`, `BufferedWriter`, `BufferedRandom`). The full io stack
//! comes later; this covers reading and writing whole files, lines and
//! iteration, text decoding (UTF-8, ASCII, Latin-1) with universal newlines.
//!
//! Reads load the rest of the file on first use and serve from memory;
//! writes go straight to the OS (standard output goes through the VM's
//! buffer, so it interleaves correctly with `print`).

use crate::args::{parse, positional};
use crate::object::{drop_obj, Obj, StaticObj, Value};
use crate::types::methods::add_methods;
use crate::types::{self, CallArgs, Layout, SlotInit, TypeObject};
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::RefCell;
use std::io::{Read, Seek, SeekFrom, Write};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdin,
    Stdout,
    Stderr,
    Disk,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Ascii,
    Latin1,
}

pub struct FileObj {
    pub name: Value,
    pub mode: String,
    pub binary: bool,
    pub stream: Stream,
    pub readable: bool,
    pub writable: bool,
    pub encoding: Encoding,
    pub encoding_name: String,
    /// Translate `\r\n` and `\r` to `\n` when reading text.
    pub universal: bool,
    pub state: RefCell<FileState>,
}

#[derive(Default)]
pub struct FileState {
    pub file: Option<std::fs::File>,
    /// Bytes read from the OS and not yet consumed.
    pub buf: Vec<u8>,
    pub buf_pos: usize,
    pub at_eof: bool,
    pub closed: bool,
}

macro_rules! file_type {
    ($static:ident, $name:literal) => {
        pub static $static: StaticObj<TypeObject> = StaticObj::new(
            &crate::types::type_type::TYPE_TYPE,
            TypeObject::new_static(
                $name,
                None,
                0,
                Layout::Builtin,
                SlotInit {
                    repr: Some(file_repr),
                    iter: Some(|vm, v| {
                        check_open(vm, v)?;
                        Ok(v.clone())
                    }),
                    next: Some(file_next),
                    getattr: Some(file_getattr),
                    ..SlotInit::EMPTY
                },
                drop_obj::<FileObj>,
            )
            .with_module("_io"),
        );
    };
}

file_type!(TEXT_IO_TYPE, "TextIOWrapper");
file_type!(BUFFERED_READER_TYPE, "BufferedReader");
file_type!(BUFFERED_WRITER_TYPE, "BufferedWriter");
file_type!(BUFFERED_RANDOM_TYPE, "BufferedRandom");

pub fn all_static() -> Vec<&'static StaticObj<TypeObject>> {
    vec![&TEXT_IO_TYPE, &BUFFERED_READER_TYPE, &BUFFERED_WRITER_TYPE, &BUFFERED_RANDOM_TYPE]
}

pub fn as_file(v: &Value) -> Option<&FileObj> {
    v.downcast_exact::<FileObj>(&TEXT_IO_TYPE)
        .or_else(|| v.downcast_exact::<FileObj>(&BUFFERED_READER_TYPE))
        .or_else(|| v.downcast_exact::<FileObj>(&BUFFERED_WRITER_TYPE))
        .or_else(|| v.downcast_exact::<FileObj>(&BUFFERED_RANDOM_TYPE))
}

fn file_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = as_file(v).expect("file");
    let name = vm.repr_string(&f.name)?;
    let s = if f.binary {
        format!("<_io.{} name={name}>", v.ty().name())
    } else {
        format!("<_io.TextIOWrapper name={name} mode='{}' encoding='{}'>", f.mode, f.encoding_name)
    };
    Ok(types::str::new_string(s))
}

fn file_getattr(vm: &mut Vm, v: &Value, name: &Value) -> PyResult<Value> {
    let f = as_file(v).expect("file");
    match types::str::as_str(name).unwrap_or("") {
        "name" => Ok(f.name.clone()),
        "mode" => Ok(types::str::new_string(if f.binary { f.mode.clone() } else { f.mode.replace('t', "") })),
        "closed" => Ok(vm.bool(f.state.borrow().closed)),
        "encoding" if !f.binary => Ok(types::str::new_string(f.encoding_name.clone())),
        _ => types::object::generic_getattr(vm, v, name),
    }
}

/// An OSError subclass for an I/O failure, `[Errno N] message: 'filename'`.
pub fn os_error(vm: &mut Vm, e: &std::io::Error, filename: Option<&Value>) -> PyErr {
    use std::io::ErrorKind as K;
    let errno = e.raw_os_error().unwrap_or(0);
    let ty = match (errno, e.kind()) {
        (2, _) | (_, K::NotFound) => &types::exceptions::FILE_NOT_FOUND_ERROR,
        (13, _) | (_, K::PermissionDenied) => &types::exceptions::PERMISSION_ERROR,
        (17, _) | (_, K::AlreadyExists) => &types::exceptions::FILE_EXISTS_ERROR,
        (21, _) => &types::exceptions::IS_A_DIRECTORY_ERROR,
        (20, _) => &types::exceptions::NOT_A_DIRECTORY_ERROR,
        _ => &types::exceptions::OS_ERROR,
    };
    let text = e.to_string();
    // Rust appends " (os error N)"; CPython shows strerror alone.
    let strerror = match text.rfind(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    let tyv = ty.value();
    let err = vm.new_exception_args(&tyv, vec![types::int::new_int(errno as i64), types::str::new_string(strerror)]);
    if let (Some(fname), Some(cell)) = (filename, types::object::instance_dict(err.value())) {
        let d = cell.borrow_mut().get_or_insert_with(types::dict::new_dict).clone();
        let key = vm.intern("filename");
        types::dict::as_dict(&d).expect("dict").borrow_mut().set_str(key, fname.clone());
    }
    err
}

fn closed_error(vm: &mut Vm) -> PyErr {
    vm.new_value_error("I/O operation on closed file.".into())
}

fn check_open(vm: &mut Vm, v: &Value) -> PyResult<()> {
    let f = as_file(v).expect("file");
    if f.state.borrow().closed {
        return Err(closed_error(vm));
    }
    Ok(())
}

/// `self` of a file method, open.
fn this<'a>(vm: &mut Vm, a: &CallArgs<'a>, name: &str) -> PyResult<&'a Value> {
    match a.args.first() {
        Some(v) if as_file(v).is_some() => {
            check_open(vm, v)?;
            Ok(v)
        }
        Some(v) => Err(
            vm.new_type_error(format!("descriptor '{name}' requires a file object but received a '{}'", v.ty().name()))
        ),
        None => Err(vm.new_type_error(format!("descriptor '{name}' needs an argument"))),
    }
}

fn rest<'a>(a: &CallArgs<'a>) -> CallArgs<'a> {
    CallArgs { args: a.args.get(1..).unwrap_or(&[]), kwnames: a.kwnames }
}

fn unsupported(vm: &mut Vm, what: &str) -> PyErr {
    vm.new_exception(&types::exceptions::OS_ERROR, what.to_string())
}

/// Makes sure at least `want` bytes (or everything, for `None`) are buffered.
fn fill(vm: &mut Vm, f: &FileObj, want: Option<usize>) -> PyResult<()> {
    let mut st = f.state.borrow_mut();
    loop {
        let have = st.buf.len() - st.buf_pos;
        if st.at_eof || want.is_some_and(|w| have >= w) {
            return Ok(());
        }
        let mut chunk = vec![0u8; 65536];
        let n = match f.stream {
            Stream::Stdin => {
                drop(st);
                vm.flush_stdout();
                let r = std::io::stdin().lock().read(&mut chunk);
                st = f.state.borrow_mut();
                r
            }
            _ => match st.file.as_mut() {
                Some(file) => file.read(&mut chunk),
                None => Ok(0),
            },
        };
        match n {
            Ok(0) => st.at_eof = true,
            Ok(n) => {
                if st.buf_pos > 0 {
                    let p = st.buf_pos;
                    st.buf.drain(..p);
                    st.buf_pos = 0;
                }
                st.buf.extend_from_slice(&chunk[..n]);
            }
            Err(e) => {
                drop(st);
                return Err(os_error(vm, &e, None));
            }
        }
    }
}

/// Takes up to `n` buffered bytes (all for `None`).
fn take(f: &FileObj, n: Option<usize>) -> Vec<u8> {
    let mut st = f.state.borrow_mut();
    let have = st.buf.len() - st.buf_pos;
    let n = n.map_or(have, |n| n.min(have));
    let start = st.buf_pos;
    let out = st.buf[start..start + n].to_vec();
    st.buf_pos += n;
    out
}

/// One line (through `\n`, or `\r`/`\r\n` for universal newlines), raw bytes.
fn take_line(vm: &mut Vm, f: &FileObj, limit: Option<usize>) -> PyResult<Vec<u8>> {
    let mut scanned = 0;
    loop {
        let found = {
            let st = f.state.borrow();
            let data = &st.buf[st.buf_pos..];
            let mut end = None;
            for (i, &b) in data.iter().enumerate().skip(scanned) {
                if b == b'\n' {
                    end = Some(i + 1);
                    break;
                }
                if b == b'\r' && f.universal && !f.binary {
                    // A `\r` at the end of the buffer may start `\r\n`.
                    if i + 1 < data.len() {
                        end = Some(if data[i + 1] == b'\n' { i + 2 } else { i + 1 });
                        break;
                    } else if st.at_eof {
                        end = Some(i + 1);
                        break;
                    }
                    scanned = i;
                    break;
                }
                scanned = i + 1;
            }
            let eof = st.at_eof;
            let len = data.len();
            match end {
                Some(e) => Some(e),
                None if eof => Some(len),
                None => limit.filter(|&l| len >= l).map(|l| l.min(len)),
            }
        };
        if let Some(e) = found {
            return Ok(take(f, Some(limit.map_or(e, |l| e.min(l)))));
        }
        let have = {
            let st = f.state.borrow();
            st.buf.len() - st.buf_pos
        };
        fill(vm, f, Some(have + 1))?;
    }
}

fn decode(vm: &mut Vm, f: &FileObj, bytes: Vec<u8>) -> PyResult<String> {
    let text = match f.encoding {
        Encoding::Utf8 => match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => {
                let pos = e.utf8_error().valid_up_to();
                let b = e.as_bytes()[pos];
                return Err(vm.new_exception(
                    &types::exceptions::UNICODE_DECODE_ERROR,
                    format!("'utf-8' codec can't decode byte 0x{b:02x} in position {pos}: invalid start byte"),
                ));
            }
        },
        Encoding::Latin1 => bytes.iter().map(|&b| b as char).collect(),
        Encoding::Ascii => {
            if let Some(pos) = bytes.iter().position(|&b| b >= 0x80) {
                return Err(vm.new_exception(
                    &types::exceptions::UNICODE_DECODE_ERROR,
                    format!(
                        "'ascii' codec can't decode byte 0x{:02x} in position {pos}: ordinal not in range(128)",
                        bytes[pos]
                    ),
                ));
            }
            bytes.iter().map(|&b| b as char).collect()
        }
    };
    if f.universal && text.contains('\r') {
        return Ok(text.replace("\r\n", "\n").replace('\r', "\n"));
    }
    Ok(text)
}

fn result_of(vm: &mut Vm, f: &FileObj, bytes: Vec<u8>) -> PyResult<Value> {
    if f.binary {
        return Ok(types::bytes::new_bytes(bytes));
    }
    decode(vm, f, bytes).map(types::str::new_string)
}

/// A size argument: `None` or negative means "all".
fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v.filter(|x| !types::bool_none::is_none(x)) {
        None => Ok(None),
        Some(x) => {
            let n = crate::number::index_i64(vm, x)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

fn read_impl(vm: &mut Vm, v: &Value, size: Option<usize>) -> PyResult<Value> {
    let f = as_file(v).expect("file");
    if !f.readable {
        return Err(unsupported(vm, "not readable"));
    }
    match size {
        None => {
            fill(vm, f, None)?;
            let b = take(f, None);
            result_of(vm, f, b)
        }
        Some(n) if f.binary => {
            fill(vm, f, Some(n))?;
            let b = take(f, Some(n));
            result_of(vm, f, b)
        }
        Some(n) => {
            // `n` characters: read until the decoded text is long enough.
            let mut out = String::new();
            while out.chars().count() < n {
                let line = take_line(vm, f, None)?;
                if line.is_empty() {
                    break;
                }
                out.push_str(&decode(vm, f, line)?);
            }
            let keep: String = out.chars().take(n).collect();
            let extra = out.as_bytes()[keep.len()..].to_vec();
            if !extra.is_empty() {
                let mut st = f.state.borrow_mut();
                let p = st.buf_pos;
                st.buf.splice(p..p, extra);
            }
            Ok(types::str::new_string(keep))
        }
    }
}

fn readline_impl(vm: &mut Vm, v: &Value, limit: Option<usize>) -> PyResult<Value> {
    let f = as_file(v).expect("file");
    if !f.readable {
        return Err(unsupported(vm, "not readable"));
    }
    let line = take_line(vm, f, limit)?;
    result_of(vm, f, line)
}

fn file_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    check_open(vm, v)?;
    let line = readline_impl(vm, v, None)?;
    let empty = types::str::as_str(&line).is_some_and(|s| s.is_empty())
        || types::bytes::buffer_vec(&line).is_some_and(|b| b.is_empty());
    Ok(if empty { None } else { Some(line) })
}

fn write_impl(vm: &mut Vm, v: &Value, data: &Value) -> PyResult<Value> {
    let f = as_file(v).expect("file");
    if !f.writable {
        return Err(unsupported(vm, "not writable"));
    }
    let (bytes, count) = if f.binary {
        match types::bytes::buffer_vec(data) {
            Some(b) => {
                let n = b.len();
                (b, n)
            }
            None => {
                return Err(vm.new_type_error(format!("a bytes-like object is required, not '{}'", data.ty().name())))
            }
        }
    } else {
        let Some(s) = types::str::as_str(data) else {
            return Err(vm.new_type_error(format!("write() argument must be str, not {}", data.ty().name())));
        };
        let n = s.chars().count();
        match f.stream {
            Stream::Stdout => {
                let s = s.to_string();
                vm.write_stdout(&s);
                return Ok(types::int::new_int(n as i64));
            }
            Stream::Stderr => {
                let s = s.to_string();
                vm.write_stderr(&s);
                return Ok(types::int::new_int(n as i64));
            }
            _ => {}
        }
        let bytes = match f.encoding {
            Encoding::Utf8 => s.as_bytes().to_vec(),
            Encoding::Latin1 | Encoding::Ascii => {
                let max = if f.encoding == Encoding::Ascii { 0x80 } else { 0x100 };
                let mut out = Vec::with_capacity(s.len());
                for (i, c) in s.chars().enumerate() {
                    if (c as u32) >= max {
                        let codec = if max == 0x80 { "ascii" } else { "latin-1" };
                        return Err(vm.new_exception(
                            &types::exceptions::UNICODE_ENCODE_ERROR,
                            format!(
                                "'{codec}' codec can't encode character '\\u{:04x}' in position {i}: ordinal not in range({max})",
                                c as u32
                            ),
                        ));
                    }
                    out.push(c as u8);
                }
                out
            }
        };
        (bytes, n)
    };
    let r = {
        let mut st = f.state.borrow_mut();
        // Unread buffered input is discarded: the OS position moves on.
        if st.buf.len() > st.buf_pos {
            let back = (st.buf.len() - st.buf_pos) as i64;
            if let Some(file) = st.file.as_mut() {
                let _ = file.seek(SeekFrom::Current(-back));
            }
        }
        st.buf.clear();
        st.buf_pos = 0;
        st.at_eof = false;
        match st.file.as_mut() {
            Some(file) => file.write_all(&bytes),
            None => Ok(()),
        }
    };
    if let Err(e) = r {
        return Err(os_error(vm, &e, None));
    }
    Ok(types::int::new_int(count as i64))
}

fn close_impl(vm: &mut Vm, v: &Value) -> PyResult<()> {
    let f = as_file(v).expect("file");
    if f.stream == Stream::Stdout {
        vm.flush_stdout();
    }
    let mut st = f.state.borrow_mut();
    st.closed = true;
    st.file = None;
    st.buf.clear();
    st.buf_pos = 0;
    Ok(())
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)`.
pub fn builtin_open(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let names = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];
    let p = parse(vm, "open", &a, &names, 0, 1)?;
    let file = p[0].clone().unwrap_or_else(|| vm.none());
    let path = match types::str::as_str(&file) {
        Some(s) => s.to_string(),
        None => match types::bytes::buffer_vec(&file) {
            Some(b) => String::from_utf8_lossy(&b).into_owned(),
            None => {
                return Err(
                    vm.new_type_error(format!("expected str, bytes or os.PathLike object, not {}", file.ty().name()))
                )
            }
        },
    };
    let text_arg = |vm: &mut Vm, v: &Option<Value>, what: &str| -> PyResult<Option<String>> {
        match v.as_ref().filter(|x| !types::bool_none::is_none(x)) {
            None => Ok(None),
            Some(x) => match types::str::as_str(x) {
                Some(s) => Ok(Some(s.to_string())),
                None => {
                    Err(vm
                        .new_type_error(format!("open() argument '{what}' must be str or None, not {}", x.ty().name())))
                }
            },
        }
    };
    let mode = match &p[1] {
        None => "r".to_string(),
        Some(m) => match types::str::as_str(m) {
            Some(s) => s.to_string(),
            None => return Err(vm.new_type_error(format!("open() argument 'mode' must be str, not {}", m.ty().name()))),
        },
    };
    let encoding = text_arg(vm, &p[3], "encoding")?;
    let errors = text_arg(vm, &p[4], "errors")?;
    let newline = text_arg(vm, &p[5], "newline")?;
    // Mode letters (CPython's `_io_open_impl`).
    let (mut r, mut w, mut ap, mut x, mut plus, mut b, mut t) = (0, 0, 0, 0, 0, 0, 0);
    for c in mode.chars() {
        let slot = match c {
            'r' => &mut r,
            'w' => &mut w,
            'a' => &mut ap,
            'x' => &mut x,
            '+' => &mut plus,
            'b' => &mut b,
            't' => &mut t,
            _ => return Err(vm.new_value_error(format!("invalid mode: '{mode}'"))),
        };
        *slot += 1;
        if *slot > 1 {
            return Err(vm.new_value_error(format!("invalid mode: '{mode}'")));
        }
    }
    if b > 0 && t > 0 {
        return Err(vm.new_value_error("can't have text and binary mode at once".into()));
    }
    if r + w + ap + x != 1 {
        return Err(vm.new_value_error("must have exactly one of create/read/write/append mode".into()));
    }
    let binary = b > 0;
    if binary && encoding.is_some() {
        return Err(vm.new_value_error("binary mode doesn't take an encoding argument".into()));
    }
    if binary && errors.is_some() {
        return Err(vm.new_value_error("binary mode doesn't take an errors argument".into()));
    }
    if binary && newline.is_some() {
        return Err(vm.new_value_error("binary mode doesn't take a newline argument".into()));
    }
    if let Some(nl) = &newline {
        if !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(vm.new_value_error(format!("illegal newline value: {nl}")));
        }
    }
    let (encoding, encoding_name) = match encoding.as_deref().map(|e| e.to_ascii_lowercase().replace('_', "-")) {
        None => (Encoding::Utf8, "UTF-8".to_string()),
        Some(e) => match e.as_str() {
            "utf-8" | "utf8" => (Encoding::Utf8, encoding.clone().unwrap_or_default()),
            "ascii" | "us-ascii" => (Encoding::Ascii, encoding.clone().unwrap_or_default()),
            "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" => {
                (Encoding::Latin1, encoding.clone().unwrap_or_default())
            }
            _ => {
                return Err(vm.new_exception(
                    &types::exceptions::LOOKUP_ERROR,
                    format!("unknown encoding: {}", encoding.clone().unwrap_or_default()),
                ))
            }
        },
    };
    let mut opts = std::fs::OpenOptions::new();
    opts.read(r > 0 || plus > 0);
    if w > 0 {
        opts.write(true).create(true).truncate(true);
    }
    if ap > 0 {
        opts.append(true).create(true);
    }
    if x > 0 {
        opts.write(true).create_new(true);
    }
    if plus > 0 && r > 0 {
        opts.write(true);
    }
    let handle = match opts.open(&path) {
        Ok(h) => h,
        Err(e) => return Err(os_error(vm, &e, Some(&file))),
    };
    if handle.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(os_error(vm, &e, Some(&file)));
    }
    let readable = r > 0 || plus > 0;
    let writable = w > 0 || ap > 0 || x > 0 || plus > 0;
    let ty = if !binary {
        &TEXT_IO_TYPE
    } else if readable && writable {
        &BUFFERED_RANDOM_TYPE
    } else if readable {
        &BUFFERED_READER_TYPE
    } else {
        &BUFFERED_WRITER_TYPE
    };
    let mode_text = if binary { mode.clone() } else { mode.replace('t', "") };
    let obj = FileObj {
        name: file,
        mode: mode_text,
        binary,
        stream: Stream::Disk,
        readable,
        writable,
        encoding,
        encoding_name,
        universal: newline.is_none(),
        state: RefCell::new(FileState { file: Some(handle), ..FileState::default() }),
    };
    Ok(Obj::alloc(&ty.0, obj))
}

/// `sys.stdin`, `sys.stdout` or `sys.stderr`.
pub fn new_std_stream(stream: Stream) -> Value {
    let (name, mode) = match stream {
        Stream::Stdin => ("<stdin>", "r"),
        Stream::Stdout => ("<stdout>", "w"),
        _ => ("<stderr>", "w"),
    };
    let obj = FileObj {
        name: types::str::new_str(name),
        mode: mode.to_string(),
        binary: false,
        stream,
        readable: stream == Stream::Stdin,
        writable: stream != Stream::Stdin,
        encoding: Encoding::Utf8,
        encoding_name: "utf-8".to_string(),
        universal: true,
        state: RefCell::new(FileState::default()),
    };
    Obj::alloc(&TEXT_IO_TYPE.0, obj)
}

fn install_on(vm: &mut Vm, ty: &'static StaticObj<TypeObject>) {
    add_methods(
        vm,
        ty,
        &[
            ("read", |vm, a| {
                let s = this(vm, &a, "read")?.clone();
                let p = positional(vm, "read", &rest(&a), 0, 1)?;
                let n = size_arg(vm, p.first())?;
                read_impl(vm, &s, n)
            }),
            ("readline", |vm, a| {
                let s = this(vm, &a, "readline")?.clone();
                let p = positional(vm, "readline", &rest(&a), 0, 1)?;
                let n = size_arg(vm, p.first())?;
                readline_impl(vm, &s, n)
            }),
            ("readlines", |vm, a| {
                let s = this(vm, &a, "readlines")?.clone();
                let p = positional(vm, "readlines", &rest(&a), 0, 1)?;
                let hint = size_arg(vm, p.first())?.filter(|&h| h > 0);
                let mut lines = Vec::new();
                let mut total = 0;
                while let Some(line) = file_next(vm, &s)? {
                    total += types::str::as_str(&line).map(|l| l.chars().count()).unwrap_or(0);
                    lines.push(line);
                    if hint.is_some_and(|h| total >= h) {
                        break;
                    }
                }
                Ok(types::list::new_list(lines))
            }),
            ("write", |vm, a| {
                let s = this(vm, &a, "write")?.clone();
                let p = positional(vm, "write", &rest(&a), 1, 1)?;
                write_impl(vm, &s, &p[0])
            }),
            ("writelines", |vm, a| {
                let s = this(vm, &a, "writelines")?.clone();
                let p = positional(vm, "writelines", &rest(&a), 1, 1)?;
                let it = vm.iter(&p[0])?;
                while let Some(line) = vm.next(&it)? {
                    write_impl(vm, &s, &line)?;
                }
                Ok(vm.none())
            }),
            ("close", |vm, a| {
                let Some(s) = a.args.first().filter(|v| as_file(v).is_some()).cloned() else {
                    return Err(vm.new_type_error("close() needs a file".into()));
                };
                close_impl(vm, &s)?;
                Ok(vm.none())
            }),
            ("flush", |vm, a| {
                let s = this(vm, &a, "flush")?.clone();
                if as_file(&s).is_some_and(|f| f.stream == Stream::Stdout) {
                    vm.flush_stdout();
                }
                Ok(vm.none())
            }),
            ("readable", |vm, a| {
                let s = this(vm, &a, "readable")?;
                Ok(vm.bool(as_file(s).is_some_and(|f| f.readable)))
            }),
            ("writable", |vm, a| {
                let s = this(vm, &a, "writable")?;
                Ok(vm.bool(as_file(s).is_some_and(|f| f.writable)))
            }),
            ("seekable", |vm, a| {
                let s = this(vm, &a, "seekable")?;
                Ok(vm.bool(as_file(s).is_some_and(|f| f.stream == Stream::Disk)))
            }),
            ("isatty", |vm, a| {
                this(vm, &a, "isatty")?;
                Ok(vm.bool(false))
            }),
            ("tell", |vm, a| {
                let s = this(vm, &a, "tell")?.clone();
                let f = as_file(&s).expect("file");
                let mut st = f.state.borrow_mut();
                let unread = (st.buf.len() - st.buf_pos) as u64;
                let pos = st.file.as_mut().map(|h| h.stream_position());
                drop(st);
                match pos {
                    Some(Ok(p)) => Ok(types::int::new_int((p - unread) as i64)),
                    Some(Err(e)) => Err(os_error(vm, &e, None)),
                    None => Err(unsupported(vm, "underlying stream is not seekable")),
                }
            }),
            ("seek", |vm, a| {
                let s = this(vm, &a, "seek")?.clone();
                let p = positional(vm, "seek", &rest(&a), 1, 2)?;
                let off = crate::number::index_i64(vm, &p[0])?;
                let whence = match p.get(1) {
                    Some(w) => crate::number::index_i64(vm, w)?,
                    None => 0,
                };
                let f = as_file(&s).expect("file");
                let target = match whence {
                    0 if off >= 0 => SeekFrom::Start(off as u64),
                    0 if f.binary => return Err(os_error(vm, &std::io::Error::from_raw_os_error(22), None)),
                    0 => return Err(vm.new_value_error(format!("negative seek position {off}"))),
                    1 if f.binary => {
                        let st = f.state.borrow();
                        SeekFrom::Current(off - (st.buf.len() - st.buf_pos) as i64)
                    }
                    2 if f.binary || off == 0 => SeekFrom::End(off),
                    1 | 2 => return Err(unsupported(vm, "can't do nonzero cur-relative seeks")),
                    _ => return Err(vm.new_value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
                };
                let mut st = f.state.borrow_mut();
                st.buf.clear();
                st.buf_pos = 0;
                st.at_eof = false;
                let r = st.file.as_mut().map(|h| h.seek(target));
                drop(st);
                match r {
                    Some(Ok(p)) => Ok(types::int::new_int(p as i64)),
                    Some(Err(e)) => Err(os_error(vm, &e, None)),
                    None => Err(unsupported(vm, "underlying stream is not seekable")),
                }
            }),
            ("__enter__", |vm, a| {
                let s = this(vm, &a, "__enter__")?;
                Ok(s.clone())
            }),
            ("__exit__", |vm, a| {
                if let Some(s) = a.args.first().filter(|v| as_file(v).is_some()).cloned() {
                    close_impl(vm, &s)?;
                }
                Ok(vm.none())
            }),
        ],
    );
}

pub fn install(vm: &mut Vm) {
    for ty in all_static() {
        install_on(vm, ty);
    }
}
