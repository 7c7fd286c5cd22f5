//! Tokens: what the tokenizer (`lexer.rs`) hands to the parser.
//!
//! Kinds follow CPython 3.11's `Grammar/Tokens` names (`LPAR`, `EQEQUAL`, …),
//! written in Rust case. Unlike CPython's C tokenizer, keywords get their own
//! kinds here so the parser matches them with one byte compare; they are
//! still NAME tokens as far as the user can see (`-X dump=tokens`). Soft
//! keywords (`match`, `case`, `_`) stay `Name`: they are identifiers
//! everywhere but at the start of a `match` statement or a pattern.

/// A token kind. `#[repr(u32)]`, so that `Token` is seven 4-byte fields
/// with no padding: with `repr(u8)` LLVM carried the three padding bytes
/// through the lexer's stack slots in 1- and 2-byte moves (measured:
/// 7.7 M more instructions on the 3.0 MB sample, and store-forwarding
/// stalls).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum TokenKind {
    EndMarker,
    Name,
    Number,
    /// A whole string literal, prefix and quotes included; f-strings too
    /// (in 3.11 an f-string is a single STRING token).
    String,
    Newline,
    Indent,
    Dedent,

    // Operators and delimiters (CPython: OP, with these exact types).
    Lpar,
    Rpar,
    Lsqb,
    Rsqb,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    Vbar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    Lbrace,
    Rbrace,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VbarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    Rarrow,
    Ellipsis,
    ColonEqual,
    /// `!` alone, or `<>` (which CPython's tokenizer knows for PEP 401's
    /// barry_as_FLUFL); the parser rejects both.
    Exclamation,
    NotEqualBarry,

    // Hard keywords (NAME tokens to the user).
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,

    /// Only produced when the tokenizer is asked for the full stream
    /// (`-X dump=tokens`, the `tokenize` module): comments and
    /// non-logical newlines, which the parser never sees.
    Comment,
    Nl,
    /// A character that starts no token (`$`, `?`, a stray backtick…), in
    /// the full stream only; the parser gets a SyntaxError instead.
    ErrorToken,
}

impl TokenKind {
    /// Is this a hard keyword?
    pub fn is_keyword(self) -> bool {
        (self as u8) >= (TokenKind::False as u8) && (self as u8) <= (TokenKind::Yield as u8)
    }

    /// Is this an operator or delimiter (CPython's OP token)?
    pub fn is_operator(self) -> bool {
        (self as u8) >= (TokenKind::Lpar as u8) && (self as u8) <= (TokenKind::NotEqualBarry as u8)
    }

    /// The keyword kind for `name`, if it is a hard keyword.
    pub fn keyword(name: &str) -> Option<TokenKind> {
        use TokenKind::*;
        Some(match name {
            "False" => False,
            "None" => None,
            "True" => True,
            "and" => And,
            "as" => As,
            "assert" => Assert,
            "async" => Async,
            "await" => Await,
            "break" => Break,
            "class" => Class,
            "continue" => Continue,
            "def" => Def,
            "del" => Del,
            "elif" => Elif,
            "else" => Else,
            "except" => Except,
            "finally" => Finally,
            "for" => For,
            "from" => From,
            "global" => Global,
            "if" => If,
            "import" => Import,
            "in" => In,
            "is" => Is,
            "lambda" => Lambda,
            "nonlocal" => Nonlocal,
            "not" => Not,
            "or" => Or,
            "pass" => Pass,
            "raise" => Raise,
            "return" => Return,
            "try" => Try,
            "while" => While,
            "with" => With,
            "yield" => Yield,
            _ => return Option::None,
        })
    }

    /// CPython's token type name (`token.tok_name`) as `tokenize` prints it
    /// with `-e`: keywords are NAME, operators their exact type.
    pub fn cpython_name(self) -> &'static str {
        use TokenKind::*;
        match self {
            EndMarker => "ENDMARKER",
            Name => "NAME",
            Number => "NUMBER",
            String => "STRING",
            Newline => "NEWLINE",
            Indent => "INDENT",
            Dedent => "DEDENT",
            Lpar => "LPAR",
            Rpar => "RPAR",
            Lsqb => "LSQB",
            Rsqb => "RSQB",
            Colon => "COLON",
            Comma => "COMMA",
            Semi => "SEMI",
            Plus => "PLUS",
            Minus => "MINUS",
            Star => "STAR",
            Slash => "SLASH",
            Vbar => "VBAR",
            Amper => "AMPER",
            Less => "LESS",
            Greater => "GREATER",
            Equal => "EQUAL",
            Dot => "DOT",
            Percent => "PERCENT",
            Lbrace => "LBRACE",
            Rbrace => "RBRACE",
            EqEqual => "EQEQUAL",
            NotEqual | NotEqualBarry => "NOTEQUAL",
            LessEqual => "LESSEQUAL",
            GreaterEqual => "GREATEREQUAL",
            Tilde => "TILDE",
            Circumflex => "CIRCUMFLEX",
            LeftShift => "LEFTSHIFT",
            RightShift => "RIGHTSHIFT",
            DoubleStar => "DOUBLESTAR",
            PlusEqual => "PLUSEQUAL",
            MinEqual => "MINEQUAL",
            StarEqual => "STAREQUAL",
            SlashEqual => "SLASHEQUAL",
            PercentEqual => "PERCENTEQUAL",
            AmperEqual => "AMPEREQUAL",
            VbarEqual => "VBAREQUAL",
            CircumflexEqual => "CIRCUMFLEXEQUAL",
            LeftShiftEqual => "LEFTSHIFTEQUAL",
            RightShiftEqual => "RIGHTSHIFTEQUAL",
            DoubleStarEqual => "DOUBLESTAREQUAL",
            DoubleSlash => "DOUBLESLASH",
            DoubleSlashEqual => "DOUBLESLASHEQUAL",
            At => "AT",
            AtEqual => "ATEQUAL",
            Rarrow => "RARROW",
            Ellipsis => "ELLIPSIS",
            ColonEqual => "COLONEQUAL",
            Exclamation => "OP",
            Comment => "COMMENT",
            Nl => "NL",
            ErrorToken => "ERRORTOKEN",
            _ => "NAME", // keywords
        }
    }
}

/// One token. `start..end` are byte offsets into the (decoded, UTF-8)
/// source; the line/column fields are CPython's token positions (1-based
/// lines, 0-based UTF-8 byte columns).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub start: u32,
    pub end: u32,
    pub lineno: u32,
    pub col_offset: u32,
    pub end_lineno: u32,
    pub end_col_offset: u32,
}

impl Token {
    /// The token's source text.
    #[inline]
    pub fn text<'s>(&self, source: &'s str) -> &'s str {
        &source[self.start as usize..self.end as usize]
    }

    #[inline]
    pub fn loc(&self) -> crate::ast::Location {
        crate::ast::Location::new(self.lineno, self.col_offset, self.end_lineno, self.end_col_offset)
    }
}
