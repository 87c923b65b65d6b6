//! The tokens the parser consumes: the contract between the lexer and the grammar.
//!
//! The lexer (`lexer/`) produces `(Pos, Tok, Pos)` triples; trivia (comments,
//! blank lines' `NL`) never reach the parser. Literal tokens carry their raw
//! source text; `literal.rs` turns it into values.

/// One token of the parser's input.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    /// Entry-point markers: the first token of every stream selects what the
    /// single-start grammar parses (one start symbol keeps the table small).
    StartModule,
    StartInteractive,
    StartExpression,
    StartFuncType,
    /// The contents of an f-string replacement field, wrapped in parentheses.
    StartFString,
    /// A `(` that opens parenthesized with-items (`with (a as b, c):`). The
    /// parser's token adapter rewrites `(` into this: LR(1) cannot tell these
    /// items from a parenthesized expression, CPython's PEG parser backtracks.
    WithLPar,

    /// An identifier, already NFKC-normalised as CPython does.
    Name(String),
    /// A number literal's raw text: `0x_1f`, `1.5e3j`, `10_000`.
    Number(String),
    /// One string literal's raw text, prefix and quotes included: `rb'\d'`.
    String(String),
    /// The text after `# type:` (only when type comments are requested).
    TypeComment(String),

    Newline,
    Indent,
    Dedent,

    // Keywords.
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
    /// Soft keywords: the lexer emits these only for a logical line that
    /// starts with `match`/`case` and ends with `:` outside brackets.
    Match,
    Case,

    // Operators and delimiters.
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
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
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    RArrow,
    Ellipsis,
    ColonEqual,
}

impl Tok {
    /// `+=`, `-=`, ... `@=`: the augmented assignment operators.
    pub fn is_augmented_assignment(&self) -> bool {
        matches!(
            self,
            Tok::PlusEqual
                | Tok::MinEqual
                | Tok::StarEqual
                | Tok::SlashEqual
                | Tok::PercentEqual
                | Tok::AmperEqual
                | Tok::VBarEqual
                | Tok::CircumflexEqual
                | Tok::LeftShiftEqual
                | Tok::RightShiftEqual
                | Tok::DoubleStarEqual
                | Tok::DoubleSlashEqual
                | Tok::AtEqual
        )
    }

    /// The keyword token for `word`, if it is a (hard) keyword.
    pub fn keyword(word: &str) -> Option<Tok> {
        Some(match word {
            "False" => Tok::False,
            "None" => Tok::None,
            "True" => Tok::True,
            "and" => Tok::And,
            "as" => Tok::As,
            "assert" => Tok::Assert,
            "async" => Tok::Async,
            "await" => Tok::Await,
            "break" => Tok::Break,
            "class" => Tok::Class,
            "continue" => Tok::Continue,
            "def" => Tok::Def,
            "del" => Tok::Del,
            "elif" => Tok::Elif,
            "else" => Tok::Else,
            "except" => Tok::Except,
            "finally" => Tok::Finally,
            "for" => Tok::For,
            "from" => Tok::From,
            "global" => Tok::Global,
            "if" => Tok::If,
            "import" => Tok::Import,
            "in" => Tok::In,
            "is" => Tok::Is,
            "lambda" => Tok::Lambda,
            "nonlocal" => Tok::Nonlocal,
            "not" => Tok::Not,
            "or" => Tok::Or,
            "pass" => Tok::Pass,
            "raise" => Tok::Raise,
            "return" => Tok::Return,
            "try" => Tok::Try,
            "while" => Tok::While,
            "with" => Tok::With,
            "yield" => Tok::Yield,
            _ => return None,
        })
    }
}
