//! The parser: tokens → `ast`, one function per rule of CPython 3.11's
//! `Grammar/python.gram`.
//!
//! # Design
//!
//! CPython's parser is a PEG parser with memoization: it may try several
//! alternatives of a rule, backtracking to the rule's first token each time.
//! Python's grammar is almost LL(1) once a few well-known spots are handled,
//! so this parser is a hand-written *predictive* recursive-descent parser:
//! each function (named after its grammar rule) looks at the next token or
//! two and commits. The spots where CPython really backtracks are handled so
//! that the work stays linear:
//!
//! * Assignment targets (`a, b[i].c = …`, `for x in`, `with … as x`) are
//!   parsed as expressions and converted to `Store`/`Del` context afterwards
//!   with CPython's validity checks (`targets.rs`).
//! * `match` is a soft keyword: a statement that starts with the name `match`
//!   is first tried as a match statement (subject expression, then `:` and a
//!   NEWLINE must follow); if that fails we rewind once and parse it as an
//!   ordinary statement. The rewind is bounded by one line of tokens.
//! * `with (a, b):` versus `with (a, b) as c:` is decided the same way, with
//!   one bounded retry.
//!
//! # Errors
//!
//! Like CPython, parsing runs in up to two passes. The first pass knows only
//! the real grammar; a rule that does not match returns `Fail::NoMatch` and
//! the caller tries something else or fails in turn. If the whole parse
//! fails, a second pass runs with `call_invalid_rules` set: the `invalid_*`
//! alternatives of the grammar (in `invalid.rs` and at their call sites) are
//! then tried and raise CPython's specific messages. Valid code never pays
//! for them. If the second pass finds nothing specific, the error is the
//! generic "invalid syntax" at the furthest token the *first* pass looked at
//! (`fill`, CPython's `p->fill`), and tokenizer errors take priority as in
//! CPython's `_PyPegen_set_syntax_error` (see `finish_error`).
//!
//! # Depth
//!
//! Recursion is bounded by `level`, which approximates CPython's `p->level`
//! (each rule invocation on the C stack counts one; CPython gives up with
//! MemoryError beyond MAXSTACK = 6000). Nested brackets are limited to 200
//! by the tokenizer, and indentation to 100 levels, so the only deep
//! recursions are prefix operators, `lambda`, `**` and conditional
//! expressions, which each charge `level` as CPython's rules would.
//! Left-associative chains (`1+1+…`, `a.b.c…`, `f()()…`) are loops.

mod expr;
mod ident;
mod invalid;
mod number;
mod params;
mod pattern;
mod stmt;
mod targets;

use crate::ast::{self, Location};
use crate::error::{CompileWarning, SyntaxError, SyntaxErrorKind};
use crate::lexer::Lexer;
use crate::token::{Token, TokenKind};

/// What to parse a source as: CPython's `compile()` modes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module (`exec`, `Py_file_input`).
    Exec,
    /// A single expression (`eval`).
    Eval,
    /// One interactive statement (`single`).
    Single,
    /// A function type comment (`func_type`).
    FuncType,
}

/// A parsed tree and the warnings CPython would have issued while parsing.
#[derive(Debug)]
pub struct ParseOutput {
    pub module: ast::Mod,
    pub warnings: Vec<CompileWarning>,
}

/// Why a rule did not produce a node.
#[derive(Debug)]
pub(crate) enum Fail {
    /// The rule does not match here; the caller may try something else.
    NoMatch,
    /// A definite error (CPython sets `p->error_indicator`): stop parsing.
    Error(Box<SyntaxError>),
}

pub(crate) type PResult<T> = Result<T, Fail>;

/// What the expression rules return: `PResult<Expr>` with its discriminant
/// kept out of the node. With `Fail` beside it, the discriminant went into
/// the niche of `ExprKind`'s tag byte, and `?` copied the node as byte 0
/// (the tag) and bytes 1..63, bytes 1..7 in two overlapping 4-byte moves;
/// the next 16-byte load of those bytes (the node's next move) could not
/// be forwarded from the pieces, a store-forwarding stall on every node
/// passed up a rule (perf: two in `expression`, 3% of the parse time).
/// `ExprFail` is too large to fit beside the tag byte, so the node is moved
/// as four aligned 16-byte pieces. Only expressions get it: for the other
/// results the padding would only make errors costlier to return.
pub(crate) type EResult = Result<ast::Expr, ExprFail>;

/// A `Fail` padded with `N` words that are never written or read: they
/// only shape a result's layout (`ExprFail`, `StmtFail`).
pub(crate) struct PaddedFail<const N: usize>(Fail, #[allow(dead_code)] std::mem::MaybeUninit<[u64; N]>);

/// A `Fail`, padded past what fits beside an `Expr`'s tag.
pub(crate) type ExprFail = PaddedFail<7>;

impl<const N: usize> From<Fail> for PaddedFail<N> {
    #[inline(always)]
    fn from(f: Fail) -> PaddedFail<N> {
        PaddedFail(f, std::mem::MaybeUninit::uninit())
    }
}

impl<const N: usize> From<PaddedFail<N>> for Fail {
    #[inline(always)]
    fn from(f: PaddedFail<N>) -> Fail {
        f.0
    }
}

const _: () = assert!(std::mem::size_of::<EResult>() == 72);

/// What the statement rules return: `PResult<Stmt>` with its discriminant
/// kept out of the node, for the reason `EResult` gives.
pub(crate) type SResult = Result<ast::Stmt, StmtFail>;

/// A `Fail`, padded past what fits beside a `Stmt`'s tag (see `ExprFail`).
pub(crate) type StmtFail = PaddedFail<9>;

impl From<ExprFail> for StmtFail {
    #[inline(always)]
    fn from(f: ExprFail) -> StmtFail {
        f.0.into()
    }
}

const _: () = assert!(std::mem::size_of::<SResult>() == 88);

// Blocks come back in registers (see `statements_until`).
const _: () = assert!(std::mem::size_of::<PResult<Box<[ast::Stmt]>>>() == 16);

/// CPython's `MAXSTACK` (Parser/parser.c): deeper rule nesting is refused
/// with MemoryError.
const MAXSTACK: u32 = 6000;
const START_LEVEL: u32 = 30;

/// Tokens lexed beyond the one the parser asked for (`Parser::lex_to`).
/// Lexer and rules take turns, and each turn refetches the other's code:
/// measured on the 3.0 MB sample (callgrind, I1 32 KB / D1 48 KB),
/// batch 64 / 256 / 512 / 1024 gave I1 misses 1.94 / 1.59 / 1.30 (later
/// code) / 1.37 M and D1 read misses 755 / 816 / 908 / 1,083 K (the batch,
/// 28 bytes a token, is read back once, in order, which hardware
/// prefetching serves and callgrind does not model). Paired wall-clock
/// runs, 512 against 256: +3% (median of 7, loaded machine).
const LEX_BATCH: usize = 512;

/// The token window (`Parser::slide_window`) slides once this many tokens
/// lie behind the current one, keeping `KEEP_BEHIND` of them: enough for
/// `last_end`'s walk back over NEWLINE and up to 100 DEDENTs.
const SLIDE_AT: usize = 4096;
const KEEP_BEHIND: usize = 256;
/// The token vector's initial capacity at most: the window, the tokens
/// lexed ahead and room for a long last statement.
const TOKS_CAPACITY: usize = SLIDE_AT + LEX_BATCH + 1024;

/// The start rule to run (CPython's `start_rule`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum StartRule {
    File,
    Eval,
    Interactive,
    FuncType,
    /// The expression of an f-string replacement field (`fstring` rule).
    FString,
}

pub(crate) struct Parser<'s> {
    src: &'s str,
    /// The tokens lexed so far, from token number `base` on. Tokens are
    /// pulled from `lexer` only when the rules reach the end (`lex_to`), and
    /// in the first pass the window slides at statement boundaries
    /// (`slide_window`), so the vector stays a few hundred KB that the
    /// cache keeps, whatever the size of the file. Indices (`pos`, `fill`,
    /// `err_index`, rewind points) are into this vector; if the first pass
    /// fails, the file is lexed again from the start (`relex_all`), and the
    /// second pass and the error reports see every token with `base == 0`.
    toks: Vec<Token>,
    /// Tokens dropped from the front of `toks` by `slide_window`.
    base: usize,
    /// `attempt`s in progress: their rewind points pin the window.
    attempts: u32,
    lexer: Lexer<'s>,
    /// The last token is the final sentinel (ENDMARKER, or the ErrorToken
    /// standing for the tokenizer's error): the lexer has nothing more.
    lexed_all: bool,
    pos: usize,
    /// One past the furthest token index looked at (CPython's `p->fill`):
    /// the generic "invalid syntax" is reported at `toks[fill - 1]`.
    fill: usize,
    /// Index of the sentinel that stands for the tokenizer's error, if the
    /// tokenizer failed (`usize::MAX` otherwise, or while not yet lexed).
    /// Looking at it means CPython would have raised the tokenizer error at
    /// that moment.
    err_index: usize,
    tok_err: Option<SyntaxError>,
    /// Second pass: try the `invalid_*` alternatives.
    call_invalid_rules: bool,
    /// Approximation of CPython's `p->level`.
    level: u32,
    /// Open brackets around the current position (CPython's token `level`).
    nesting: u32,
    start_rule: StartRule,
    pub(crate) warnings: Vec<CompileWarning>,
    /// The parser's warnings from the first pass, kept when it fails.
    first_pass_warnings: Vec<CompileWarning>,
    /// A `primary` already parsed by `disjunction`'s fast path, handed to
    /// the `primary` call the slow path makes at the same token (see
    /// `PrimaryMemo`).
    primary_memo: Option<PrimaryMemo>,
    /// `toks[pos].kind`, kept by `seek`.
    cur_kind: TokenKind,
    /// Statements of the blocks being parsed, innermost last: a block
    /// pushes its statements here and takes them as one vector allocated at
    /// its final size (`take_stmts`), instead of growing a vector of 80-byte
    /// nodes by reallocation. `attempt` truncates it when it rewinds, so a
    /// failed alternative leaves nothing behind.
    stmt_stack: Vec<ast::Stmt>,
    /// Positional arguments of the calls being parsed (`arguments_in_parens`).
    arg_stack: Vec<ast::Expr>,
    /// Keyword arguments of the calls being parsed, likewise.
    kw_stack: Vec<ast::Keyword>,
}

/// One-slot memo, CPython's `_PyPegen_is_memoized` in miniature: the
/// primary that starts at token `start` and ends before token `end`.
pub(crate) struct PrimaryMemo {
    start: usize,
    end: usize,
    expr: ast::Expr,
}

/// A vector holding `first`, with room for a few more: sequences that
/// start with one element (tuples, `or` chains, patterns) mostly stay
/// short, and `vec![first]` would reallocate at the second push.
#[inline]
fn vec_of<T>(first: T) -> Vec<T> {
    let mut v = Vec::with_capacity(4);
    v.push(first);
    v
}

/// The elements of `stack` above `base`, as a vector of their exact
/// length (one `memcpy`); `stack` keeps those below. `drain(base..)
/// .collect()` moved them one by one, and its code, inlined at each call
/// site, was ~500 bytes in the hot rules.
#[inline]
fn take_above<T>(stack: &mut Vec<T>, base: usize) -> Vec<T> {
    if stack.len() == base {
        return Vec::new();
    }
    stack.split_off(base)
}

/// CPython's MemoryError for rule nesting past MAXSTACK. Out of line:
/// `enter` is inlined into most rules, and building the error in each of
/// them made the hot code longer.
#[cold]
#[inline(never)]
fn too_deep() -> Fail {
    Fail::Error(Box::new(SyntaxError {
        kind: SyntaxErrorKind::MemoryError,
        msg: String::new(),
        lineno: 0,
        offset: 0,
        end_lineno: 0,
        end_offset: 0,
        text: None,
        byte_offsets: None,
    }))
}

/// A failed parse: the error, and the warnings CPython issues before
/// raising it (its tokenizer's, for the whole file, which it tokenizes to
/// the end looking for a tokenizer error; and its parser's first pass —
/// the second pass does not warn).
#[derive(Debug)]
pub struct ParseFailure {
    pub error: SyntaxError,
    pub warnings: Vec<CompileWarning>,
}

/// Parses decoded source text.
pub fn parse(source: &str, mode: Mode) -> Result<ParseOutput, SyntaxError> {
    parse_with_warnings(source, mode).map_err(|f| f.error)
}

/// `parse`, giving back the warnings along with an error.
pub fn parse_with_warnings(source: &str, mode: Mode) -> Result<ParseOutput, Box<ParseFailure>> {
    let rule = match mode {
        Mode::Exec => StartRule::File,
        Mode::Eval => StartRule::Eval,
        Mode::Single => StartRule::Interactive,
        Mode::FuncType => StartRule::FuncType,
    };
    let mut p = Parser::from_source(source, rule);
    let result = p.run();
    // CPython tokenizes the whole file (on success the parser has read it
    // to ENDMARKER; on failure to look for a tokenizer error), so every
    // tokenizer warning is issued.
    p.lex_all();
    let tok_warnings = p.lexer.take_warnings();
    match result {
        Ok(module) => Ok(ParseOutput { module, warnings: merge_warnings(tok_warnings, p.warnings) }),
        Err(error) => {
            let first_pass = std::mem::take(&mut p.first_pass_warnings);
            Err(Box::new(ParseFailure { error, warnings: merge_warnings(tok_warnings, first_pass) }))
        }
    }
}

/// CPython issues tokenizer warnings as the parser fetches tokens and
/// parser warnings as rule actions run, so they come out in source order;
/// within a line we put the tokenizer's first (tokens are fetched before
/// the actions that use them run).
fn merge_warnings(tok: Vec<CompileWarning>, parser: Vec<CompileWarning>) -> Vec<CompileWarning> {
    let mut all = tok;
    all.extend(parser);
    all.sort_by_key(|w| w.lineno);
    all
}

/// Parses the expression of an f-string replacement field. `text` is
/// CPython's buffer: the field's source wrapped in parentheses. Positions
/// are relative to `text` (line 1 is its first line); errors carry the
/// "f-string: " prefix, as CPython's `fstring` start rule gives them.
pub fn parse_fstring_expr(text: &str) -> Result<ast::Expr, SyntaxError> {
    let mut p = Parser::from_source(text, StartRule::FString);
    match p.run() {
        Ok(ast::Mod::Expression { body }) => Ok(*body),
        Ok(_) => unreachable_mod(),
        Err(mut e) => {
            // `_PyPegen_raise_error_known_location` adds the prefix; errors
            // of the tokenizer proper (no byte columns) do not get it.
            if e.byte_offsets.is_some() && !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            Err(e)
        }
    }
}

fn unreachable_mod() -> Result<ast::Expr, SyntaxError> {
    // `run` with StartRule::FString always yields Mod::Expression.
    Err(SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: "f-string: invalid syntax".into(),
        lineno: 1,
        offset: 0,
        end_lineno: 1,
        end_offset: 0,
        text: None,
        byte_offsets: None,
    })
}

impl<'s> Parser<'s> {
    /// Prepares a parser over `src`; tokens are lexed as the rules ask for
    /// them (`lex_to`).
    fn from_source(src: &'s str, start_rule: StartRule) -> Self {
        Parser {
            src,
            // Measured on the standard library: about one token per 5.5
            // bytes of source in parser mode, but one per 2.5 in files of
            // numeric tables. Regrowing copies the whole vector (5 M
            // instructions on the 3.0 MB sample with `len / 5`); untouched
            // reserved pages cost nothing. The window holds up to
            // `SLIDE_AT` tokens, plus the statement that crosses it and the
            // `LEX_BATCH` lexed ahead: capped at `SLIDE_AT + KEEP_BEHIND`
            // it was regrown 705 times on the sample (2.3 M instructions).
            toks: Vec::with_capacity((src.len() / 3 + 16).min(TOKS_CAPACITY)),
            lexer: Lexer::new(src),
            lexed_all: false,
            base: 0,
            attempts: 0,
            pos: 0,
            fill: 0,
            err_index: usize::MAX,
            tok_err: None,
            call_invalid_rules: false,
            level: 0,
            nesting: 0,
            start_rule,
            warnings: Vec::new(),
            first_pass_warnings: Vec::new(),
            primary_memo: None,
            cur_kind: TokenKind::EndMarker,
            stmt_stack: Vec::new(),
            arg_stack: Vec::new(),
            kw_stack: Vec::new(),
        }
    }

    /// Lexes until token `i` exists or the final sentinel is in place.
    ///
    /// The vector always ends with a sentinel so that peeking never runs
    /// off the end: the tokenizer's ENDMARKER, or, when it failed, an
    /// ErrorToken that no rule matches. Reaching the end of input inside
    /// brackets is, for CPython, a tokenizer error raised when the parser
    /// fetches that ENDMARKER; we model it as such.
    #[inline(never)]
    fn lex_to(&mut self, i: usize) {
        if self.lexed_all {
            return;
        }
        // Lexing a batch past `i` keeps the lexer's loop and code hot (see
        // `LEX_BATCH`).
        match self.lexer.lex_into(&mut self.toks, i.saturating_add(LEX_BATCH)) {
            Ok(false) => {}
            Ok(true) => {
                self.lexed_all = true;
                if let Some(br) = self.lexer.open_brackets().last() {
                    let e = SyntaxError::at(
                        SyntaxErrorKind::SyntaxError,
                        format!("'{}' was never closed", br.kind as char),
                        self.src,
                        br.lineno as i64,
                        br.col_offset as i64 + 1,
                        br.lineno as i64,
                        0,
                    );
                    self.toks.pop();
                    self.push_error_sentinel(e);
                }
            }
            Err(e) => self.push_error_sentinel(*e),
        }
    }

    fn push_error_sentinel(&mut self, e: SyntaxError) {
        let last = self.toks.last().copied();
        let (l, c) = last.map_or((1, 0), |t| (t.end_lineno, t.end_col_offset));
        let end = last.map_or(0, |t| t.end);
        self.toks.push(Token {
            kind: TokenKind::ErrorToken,
            start: end,
            end,
            lineno: l,
            col_offset: c,
            end_lineno: l,
            end_col_offset: c,
        });
        self.err_index = self.toks.len() - 1;
        self.tok_err = Some(e);
        self.lexed_all = true;
    }

    /// Lexes the rest of the file.
    fn lex_all(&mut self) {
        self.lex_to(usize::MAX);
    }

    /// After a failed first pass: every token of the file in `toks`, from
    /// the first, lexed again if the window slid (with a new lexer, whose
    /// warnings are then the complete list); `fill` stays the same token.
    fn relex_all(&mut self) {
        if self.base > 0 {
            self.fill += self.base;
            self.base = 0;
            self.toks.clear();
            self.lexer = Lexer::new(self.src);
            self.lexed_all = false;
            self.err_index = usize::MAX;
            self.tok_err = None;
        }
        self.lex_all();
    }

    /// Drops the tokens the first pass can no longer go back to. Called
    /// between statements: rewind points live only inside a statement
    /// (`attempt`, the `disjunction` memo, `strings`), and a finished
    /// statement's location needs only the tokens just behind `pos`.
    /// Measured on the 3.0 MB sample (cachegrind): LL write misses 193 K
    /// -> 134 K, D1 misses 1.78 M -> 1.69 M.
    #[inline]
    pub(super) fn slide_window(&mut self) {
        if self.pos >= SLIDE_AT && self.attempts == 0 && !self.call_invalid_rules {
            self.slide_window_now();
        }
    }

    #[inline(never)]
    fn slide_window_now(&mut self) {
        let gone = self.pos - KEEP_BEHIND;
        self.toks.drain(..gone);
        self.base += gone;
        self.pos -= gone;
        // `fill > pos` and the error sentinel, if lexed, is the last token.
        self.fill -= gone;
        if self.err_index != usize::MAX {
            self.err_index -= gone;
        }
        self.primary_memo = None;
    }

    /// Runs both passes, as `_PyPegen_run_parser` does.
    fn run(&mut self) -> Result<ast::Mod, SyntaxError> {
        let first = match self.start() {
            Ok(m) => return Ok(m),
            Err(f) => f,
        };
        if let Fail::Error(e) = &first {
            if e.kind == SyntaxErrorKind::MemoryError {
                return Err((**e).clone());
            }
        }
        // CPython's `_PyPegen_tokenize_full_source_to_check_for_errors`
        // needs the whole file; the second pass and `finish_error` then read
        // a complete vector.
        self.relex_all();
        let last_token = self.fill.max(1) - 1;
        // Second pass with the invalid_* rules (`start` seeks token 0).
        self.level = 0;
        self.nesting = 0;
        self.call_invalid_rules = true;
        self.first_pass_warnings = std::mem::take(&mut self.warnings);
        let second = self.start();
        let raised = match second {
            Ok(_) => match first {
                Fail::Error(e) => Some(*e),
                Fail::NoMatch => None,
            },
            Err(Fail::Error(e)) => Some(*e),
            Err(Fail::NoMatch) => None,
        };
        Err(self.finish_error(raised, last_token))
    }

    /// CPython's `_PyPegen_set_syntax_error` and
    /// `_PyPegen_tokenize_full_source_to_check_for_errors`.
    fn finish_error(&mut self, raised: Option<SyntaxError>, last_token: usize) -> SyntaxError {
        let touched_tok_err = self.fill > self.err_index;
        if let Some(e) = raised {
            if e.kind == SyntaxErrorKind::MemoryError || touched_tok_err {
                return e;
            }
            return self.prefer_tokenizer_error(e, last_token);
        }
        if touched_tok_err {
            if let Some(e) = &self.tok_err {
                return e.clone();
            }
        }
        let t = self.toks[last_token.min(self.toks.len() - 1)];
        let generic = match t.kind {
            TokenKind::Indent => self.error_at_token(SyntaxErrorKind::IndentationError, "unexpected indent", &t),
            TokenKind::Dedent => self.error_at_token(SyntaxErrorKind::IndentationError, "unexpected unindent", &t),
            _ => self.error_at_token(SyntaxErrorKind::SyntaxError, "invalid syntax", &t),
        };
        if matches!(t.kind, TokenKind::Indent | TokenKind::Dedent) {
            return generic;
        }
        self.prefer_tokenizer_error(generic, last_token)
    }

    /// A tokenizer error anywhere later in the file replaces a parser error,
    /// except that "'(' was never closed" only does when the parser's error
    /// is on a later line than the bracket.
    fn prefer_tokenizer_error(&self, e: SyntaxError, last_token: usize) -> SyntaxError {
        if self.start_rule == StartRule::Interactive {
            return e;
        }
        match &self.tok_err {
            Some(te) if te.msg.ends_with("was never closed") => {
                let err_line = self.toks[last_token.min(self.toks.len() - 1)].lineno as i64;
                if err_line > te.lineno {
                    te.clone()
                } else {
                    e
                }
            }
            Some(te) => te.clone(),
            None => e,
        }
    }

    fn start(&mut self) -> PResult<ast::Mod> {
        // The levels CPython's rules stack up before the first statement's
        // expression (file → statements → … → expression): measured 30.
        self.level = START_LEVEL;
        self.stmt_stack.clear();
        self.seek(0);
        match self.start_rule {
            StartRule::File => self.file(),
            StartRule::Eval => self.eval(),
            StartRule::Interactive => self.interactive(),
            StartRule::FuncType => self.func_type(),
            StartRule::FString => self.fstring(),
        }
    }

    // -- token access -----------------------------------------------------

    /// The kind of the current token.
    #[inline]
    fn kind(&mut self) -> TokenKind {
        if self.call_invalid_rules {
            self.look();
        }
        self.cur_kind
    }

    /// The current token.
    #[inline]
    fn cur(&self) -> &Token {
        // SAFETY: `pos < toks.len()`: `pos` only changes through `seek`,
        // which lexes token `pos` first, and `toks` never shrinks (the
        // "never closed" sentinel replaces the ENDMARKER, see `lex_to`).
        unsafe { self.toks.get_unchecked(self.pos) }
    }

    /// Marks the current token as looked at (`fill`).
    #[inline]
    fn look(&mut self) {
        if self.pos >= self.fill {
            self.fill = self.pos + 1;
        }
    }

    /// Makes token `i` the current one, lexing it if need be. `i` is at
    /// most one past the last token lexed.
    ///
    /// In the first pass the current token counts as looked at (`fill`)
    /// from the moment it becomes current, not when a rule first asks for
    /// its kind: every rule of the real grammar looks at the token after
    /// the one it consumes before it fails, so the furthest token looked at
    /// is the same, and `kind()`, which the rules call several times per
    /// token, is a field read (measured: the check it replaces was 10 M of
    /// 300 M instructions on the 3.0 MB sample). The invalid rules of the
    /// second pass do consume a token and raise at `fill` without looking
    /// further (`with x NEWLINE` … "expected ':'"), so there `kind()` marks
    /// tokens, as CPython's `p->fill` counts tokens fetched.
    #[inline]
    fn seek(&mut self, i: usize) {
        if i >= self.toks.len() {
            self.lex_to(i);
        }
        self.set_pos(i);
    }

    /// `seek` to a token already lexed.
    #[inline(always)]
    fn set_pos(&mut self, i: usize) {
        self.pos = i;
        if !self.call_invalid_rules && i >= self.fill {
            self.fill = i + 1;
        }
        self.cur_kind = self.cur().kind;
    }

    /// The kind of the token `n` places ahead.
    #[inline]
    fn kind_at(&mut self, n: usize) -> TokenKind {
        let i = self.pos + n;
        if i >= self.toks.len() {
            return self.kind_at_end(i);
        }
        if i >= self.fill {
            self.fill = i + 1;
        }
        self.toks[i].kind
    }

    /// `kind_at` past the tokens lexed so far.
    #[inline(never)]
    fn kind_at_end(&mut self, i: usize) -> TokenKind {
        self.lex_to(i);
        let i = i.min(self.toks.len() - 1);
        if i >= self.fill {
            self.fill = i + 1;
        }
        self.toks[i].kind
    }

    #[inline]
    fn tok(&mut self) -> Token {
        if self.call_invalid_rules {
            self.look();
        }
        *self.cur()
    }

    /// Consumes the current token. Never moves past the final sentinel.
    /// Inlined at hundreds of sites, so the rare case (the next token is
    /// not lexed yet, or there is none) is a call: the inlined part is a
    /// compare and `set_pos`.
    #[inline]
    fn bump(&mut self) -> Token {
        let t = self.tok();
        let next = self.pos + 1;
        if next < self.toks.len() {
            self.set_pos(next);
        } else {
            self.bump_at_end();
        }
        t
    }

    #[inline(never)]
    fn bump_at_end(&mut self) {
        if !self.lexed_all {
            self.seek(self.pos + 1);
        }
    }

    #[inline]
    fn at(&mut self, k: TokenKind) -> bool {
        self.kind() == k
    }

    #[inline]
    fn eat(&mut self, k: TokenKind) -> bool {
        if self.kind() == k {
            self.bump();
            true
        } else {
            false
        }
    }

    #[inline]
    fn expect(&mut self, k: TokenKind) -> PResult<Token> {
        if self.kind() == k {
            Ok(self.bump())
        } else {
            Err(Fail::NoMatch)
        }
    }

    /// CPython's `&&'x'`: a token that must follow, else "expected 'x'" at
    /// the current token, in either pass.
    fn expect_forced(&mut self, k: TokenKind, text: &str) -> PResult<Token> {
        if self.kind() == k {
            return Ok(self.bump());
        }
        let t = self.tok();
        Err(self.raise_at_token(&t, &format!("expected '{text}'")))
    }

    /// Is the current token the soft keyword / name `kw`?
    #[inline]
    fn at_soft(&mut self, kw: &str) -> bool {
        self.kind() == TokenKind::Name && self.text_of(self.pos) == kw
    }

    #[inline]
    fn text_of(&self, i: usize) -> &'s str {
        self.toks[i].text(self.src)
    }

    /// Where the current token starts (for EXTRA).
    #[inline]
    fn start_tok(&mut self) -> Token {
        self.tok()
    }

    /// The end of the last consumed token that is not NEWLINE, INDENT,
    /// DEDENT or ENDMARKER (CPython's `_PyPegen_get_last_nonnwhitespace_token`).
    fn last_end(&self) -> (u32, u32) {
        let mut i = self.pos;
        while i > 0 {
            i -= 1;
            let t = &self.toks[i];
            if !matches!(t.kind, TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent | TokenKind::EndMarker) {
                return (t.end_lineno, t.end_col_offset);
            }
        }
        (1, 0)
    }

    /// EXTRA: from the start of `start` to the end of the last consumed token.
    #[inline]
    fn loc_from(&self, start: &Token) -> Location {
        let (el, ec) = self.last_end();
        Location::new(start.lineno, start.col_offset, el, ec)
    }

    /// EXTRA for an expression: the previous token is never whitespace.
    #[inline]
    fn eloc(&self, start: &Token) -> Location {
        // Only called after consuming a token, so `toks[pos - 1]` exists.
        let t = &self.toks[self.pos.max(1) - 1];
        Location::new(start.lineno, start.col_offset, t.end_lineno, t.end_col_offset)
    }

    /// An identifier from a NAME token, NFKC-normalized as PEP 3131 asks
    /// (CPython's `_PyPegen_new_identifier`). Every name goes through here
    /// (~150 K on the 3.0 MB sample): short ASCII names are built by a
    /// fixed-width read (`ident.rs`), the others by `name_of_general`.
    #[inline]
    fn name_of(&self, t: &Token) -> ast::Identifier {
        ident::from_words(match ident::inline_ascii_words(self.src.as_bytes(), t.start as usize, t.end as usize) {
            Some(words) => words,
            None => ident::to_words(self.name_of_general(t)),
        })
    }

    /// Names longer than 24 bytes, within 24 bytes of the end of the
    /// source, or not ASCII.
    #[inline(never)]
    fn name_of_general(&self, t: &Token) -> ast::Identifier {
        let bytes = self.src.as_bytes().get(t.start as usize..t.end as usize).unwrap_or_default();
        if bytes.is_ascii() {
            // SAFETY: ASCII bytes are valid UTF-8.
            return ast::Identifier::new(unsafe { std::str::from_utf8_unchecked(bytes) });
        }
        self.name_of_unicode(t)
    }

    #[cold]
    #[inline(never)]
    fn name_of_unicode(&self, t: &Token) -> ast::Identifier {
        use unicode_normalization::UnicodeNormalization;
        ast::Identifier::from(t.text(self.src).nfkc().collect::<String>())
    }

    /// NAME: returns the identifier and its token.
    #[inline]
    fn name(&mut self) -> PResult<(ast::Identifier, Token)> {
        let t = self.expect(TokenKind::Name)?;
        Ok((self.name_of(&t), t))
    }

    // -- depth ------------------------------------------------------------

    /// Charges `cost` levels of CPython's rule stack; fails with CPython's
    /// MemoryError past MAXSTACK.
    #[inline]
    fn enter(&mut self, cost: u32) -> PResult<()> {
        self.level += cost;
        if self.level > MAXSTACK {
            return Err(too_deep());
        }
        Ok(())
    }

    #[inline]
    fn leave(&mut self, cost: u32) {
        self.level -= cost;
    }

    /// Runs `f`; if it does not match, rewinds to where it started. Used at
    /// the few places CPython's grammar needs a bounded retry.
    fn attempt<T, F: Into<Fail>>(&mut self, f: impl FnOnce(&mut Self) -> Result<T, F>) -> PResult<Option<T>> {
        let save = self.pos;
        let level = self.level;
        let nesting = self.nesting;
        let stmts = self.stmt_stack.len();
        self.attempts += 1;
        let result = f(self).map_err(Into::into);
        self.attempts -= 1;
        match result {
            Ok(v) => Ok(Some(v)),
            Err(Fail::NoMatch) => {
                self.seek(save);
                self.level = level;
                self.nesting = nesting;
                self.stmt_stack.truncate(stmts);
                Ok(None)
            }
            Err(e) => {
                self.stmt_stack.truncate(stmts);
                Err(e)
            }
        }
    }

    // -- start rules --------------------------------------------------------

    /// file: [statements] ENDMARKER
    fn file(&mut self) -> PResult<ast::Mod> {
        let body = self.statements_until(TokenKind::EndMarker)?.into_vec();
        self.expect(TokenKind::EndMarker)?;
        Ok(ast::Mod::Module { body, type_ignores: Vec::new() })
    }

    /// eval: expressions NEWLINE* ENDMARKER
    fn eval(&mut self) -> PResult<ast::Mod> {
        let body = self.expressions()?;
        while self.eat(TokenKind::Newline) {}
        self.expect(TokenKind::EndMarker)?;
        Ok(ast::Mod::Expression { body: Box::new(body) })
    }

    /// fstring: star_expressions
    fn fstring(&mut self) -> PResult<ast::Mod> {
        let body = self.star_expressions()?;
        Ok(ast::Mod::Expression { body: Box::new(body) })
    }

    /// interactive: statement_newline
    fn interactive(&mut self) -> PResult<ast::Mod> {
        let body = self.statement_newline()?;
        Ok(ast::Mod::Interactive { body })
    }

    /// func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
    fn func_type(&mut self) -> PResult<ast::Mod> {
        self.expect(TokenKind::Lpar)?;
        let mut argtypes = Vec::new();
        if !self.at(TokenKind::Rpar) {
            argtypes = self.type_expressions()?;
        }
        self.expect(TokenKind::Rpar)?;
        self.expect(TokenKind::Rarrow)?;
        let returns = self.expression()?;
        while self.eat(TokenKind::Newline) {}
        self.expect(TokenKind::EndMarker)?;
        Ok(ast::Mod::FunctionType { argtypes, returns: Box::new(returns) })
    }

    /// type_expressions: ','.expression+ with optional `*e` / `**e` at the end.
    fn type_expressions(&mut self) -> PResult<Vec<ast::Expr>> {
        let mut out = Vec::new();
        loop {
            match self.kind() {
                TokenKind::Star | TokenKind::DoubleStar => {
                    self.bump();
                    out.push(self.expression()?);
                }
                _ => out.push(self.expression()?),
            }
            if !self.eat(TokenKind::Comma) {
                break;
            }
        }
        Ok(out)
    }
}
