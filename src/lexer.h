/* lexer.h: the tokenizer (source text -> tokens), CPython 3.12+ style.
 *
 * Tokens are produced on demand (the parser keeps the ones it has seen in
 * an array, so it can look ahead and back up).  The token kinds and the
 * error behaviour follow CPython's tokenizer (Parser/lexer), because the
 * positions and texts of SyntaxErrors must match CPython's: f-strings are
 * split into FSTRING_START / FSTRING_MIDDLE / FSTRING_END with ordinary
 * tokens for the replacement fields (PEP 701), INDENT/DEDENT come from an
 * indentation stack, brackets are tracked to ignore newlines inside them.
 *
 * The lexer works on a normalised copy of the source: BOM removed, \r\n and
 * \r turned into \n, a final \n added (as CPython's string tokenizer does).
 */
#ifndef SL_LEXER_H
#define SL_LEXER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Token kinds.  Operators have one kind each (as CPython's token.h). */
#define SL_TOKENS(X)                                                           \
    X(ENDMARKER, "")                                                           \
    X(NAME, "")                                                                \
    X(NUMBER, "")                                                              \
    X(STRING, "")                                                              \
    X(NEWLINE, "")                                                             \
    X(INDENT, "")                                                              \
    X(DEDENT, "")                                                              \
    X(FSTRING_START, "")                                                       \
    X(FSTRING_MIDDLE, "")                                                      \
    X(FSTRING_END, "")                                                         \
    X(ERRORTOKEN, "")                                                          \
    X(OP, "")            /* a character that is no Python operator ($ ? `) */ \
    X(LPAR, "(")                                                               \
    X(RPAR, ")")                                                               \
    X(LSQB, "[")                                                               \
    X(RSQB, "]")                                                               \
    X(LBRACE, "{")                                                             \
    X(RBRACE, "}")                                                             \
    X(COLON, ":")                                                              \
    X(COMMA, ",")                                                              \
    X(SEMI, ";")                                                               \
    X(PLUS, "+")                                                               \
    X(MINUS, "-")                                                              \
    X(STAR, "*")                                                               \
    X(SLASH, "/")                                                              \
    X(VBAR, "|")                                                               \
    X(AMPER, "&")                                                              \
    X(LESS, "<")                                                               \
    X(GREATER, ">")                                                            \
    X(EQUAL, "=")                                                              \
    X(DOT, ".")                                                                \
    X(PERCENT, "%")                                                            \
    X(EQEQUAL, "==")                                                           \
    X(NOTEQUAL, "!=")                                                          \
    X(LESSEQUAL, "<=")                                                         \
    X(GREATEREQUAL, ">=")                                                      \
    X(TILDE, "~")                                                              \
    X(CIRCUMFLEX, "^")                                                         \
    X(LEFTSHIFT, "<<")                                                         \
    X(RIGHTSHIFT, ">>")                                                        \
    X(DOUBLESTAR, "**")                                                        \
    X(PLUSEQUAL, "+=")                                                         \
    X(MINEQUAL, "-=")                                                          \
    X(STAREQUAL, "*=")                                                         \
    X(SLASHEQUAL, "/=")                                                        \
    X(PERCENTEQUAL, "%=")                                                      \
    X(AMPEREQUAL, "&=")                                                        \
    X(VBAREQUAL, "|=")                                                         \
    X(CIRCUMFLEXEQUAL, "^=")                                                   \
    X(LEFTSHIFTEQUAL, "<<=")                                                   \
    X(RIGHTSHIFTEQUAL, ">>=")                                                  \
    X(DOUBLESTAREQUAL, "**=")                                                  \
    X(DOUBLESLASH, "//")                                                       \
    X(DOUBLESLASHEQUAL, "//=")                                                 \
    X(AT, "@")                                                                 \
    X(ATEQUAL, "@=")                                                           \
    X(RARROW, "->")                                                            \
    X(ELLIPSIS, "...")                                                         \
    X(COLONEQUAL, ":=")                                                        \
    X(EXCLAMATION, "!")

typedef enum {
#define X(name, text) SL_TOK_##name,
    SL_TOKENS(X)
#undef X
    SL_TOK_COUNT
} SlTokType;

/* Keywords (hard and soft), recognised in NAME tokens. */
#define SL_KEYWORDS(X)                                                         \
    X(FALSE, "False") X(NONE, "None") X(TRUE, "True") X(AND, "and")           \
    X(AS, "as") X(ASSERT, "assert") X(ASYNC, "async") X(AWAIT, "await")       \
    X(BREAK, "break") X(CLASS, "class") X(CONTINUE, "continue")               \
    X(DEF, "def") X(DEL, "del") X(ELIF, "elif") X(ELSE, "else")               \
    X(EXCEPT, "except") X(FINALLY, "finally") X(FOR, "for") X(FROM, "from")   \
    X(GLOBAL, "global") X(IF, "if") X(IMPORT, "import") X(IN, "in")           \
    X(IS, "is") X(LAMBDA, "lambda") X(NONLOCAL, "nonlocal") X(NOT, "not")     \
    X(OR, "or") X(PASS, "pass") X(RAISE, "raise") X(RETURN, "return")         \
    X(TRY, "try") X(WHILE, "while") X(WITH, "with") X(YIELD, "yield")         \
    /* soft keywords: ordinary names except where the grammar says */         \
    X(MATCH, "match") X(CASE, "case") X(TYPE, "type")

typedef enum {
    SL_KW_NONE_ = 0,
#define X(name, text) SL_KW_##name,
    SL_KEYWORDS(X)
#undef X
    SL_KW_COUNT
} SlKeyword;

#define SL_KW_FIRST_SOFT SL_KW_MATCH

typedef struct SlToken {
    SlTokType type;
    SlKeyword kw;          /* for NAME tokens: the keyword it spells, or 0 */
    uint32_t start, end;   /* byte offsets of the text in the (normalised) source */
    int lineno, end_lineno;
    int col, end_col;      /* 0-based byte columns; -1 when the token has no
                              text (INDENT, DEDENT, ENDMARKER, errors) */
    int cur_col;           /* column of the tokenizer when the token was made
                              (CPython reports it for text-less tokens) */
    int level;             /* bracket nesting level after the token */
} SlToken;

/* A syntax error as CPython reports it.  Offsets are already converted to
 * CPython's final values (1-based, in characters; end values may be 0 or
 * -1 exactly as CPython gives them). */
typedef enum {
    SL_SERR_NONE,
    SL_SERR_SYNTAX,
    SL_SERR_INDENT,
    SL_SERR_TAB,
    SL_SERR_MEMORY,      /* MemoryError("Parser stack overflowed ...") */
    SL_SERR_RECURSION,   /* RecursionError during compilation */
} SlSErrKind;

typedef struct SlSyntaxErr {
    SlSErrKind kind;
    char msg[320];
    int lineno, offset, end_lineno, end_offset;
    int text_line;         /* line whose text is shown (0: none) */
    int text_len;          /* -1: the whole line, else only this many bytes */
    bool from_tokenizer;   /* 3.10+ give the tokenizer's errors their line without its \n */
    /* An unterminated string (3.8-3.9 place these errors differently): */
    int string_end;        /* 0, or 1 at the end of its line, 3 at the end of the source */
    int detected_line;     /* the line where the lexer noticed */
    int buffer_line;       /* first line of CPython's tokenizer buffer then */
    /* Not an error: where ( and [ first nested SL_LEX_DEEP_38 deep (0: never), which
     * overflowed 3.8's parser stack */
    int deep_lineno, deep_col;
} SlSyntaxErr;

enum { SL_LEX_DEEP_38 = 100, SL_LEX_MAXLEVEL = 200, SL_LEX_MAXINDENT = 100, SL_LEX_MAXFSTRING = 150 };

/* Tokenizer completion states (CPython's E_* codes that matter). */
typedef enum {
    SL_LEX_OK, SL_LEX_EOF, SL_LEX_ERROR, SL_LEX_TABSPACE, SL_LEX_DEDENT,
    SL_LEX_TOODEEP, SL_LEX_LINECONT, SL_LEX_EOFS, SL_LEX_EOLS,
} SlLexDone;

typedef struct SlFsMode {
    bool fstring;              /* this entry is an f-string (not the base mode) */
    bool in_fstring_text;      /* currently scanning literal text (FSTRING mode) */
    char quote;
    int quote_size;
    bool raw;
    const char *start;         /* the f-string's first character (prefix) */
    const char *line_start;    /* start of the line where it began */
    int first_lineno;
    int curly_depth;           /* curly_bracket_depth */
    int expr_start_depth;      /* curly_bracket_expr_start_depth */
    bool in_format_spec;
    bool debug;                /* a '=' was seen in the expression */
} SlFsMode;

typedef struct SlLexer {
    const char *buf, *end;     /* normalised source, NUL terminated at end */
    bool nul_lines;            /* the source has line markers (sl_lexer_nul_lines) */
    const char *cur;           /* next character */
    const char *inp;           /* end of the current line (after its \n) */
    const char *line_start;
    const char *start;         /* start of the token being scanned */
    int start_col;
    int lineno, first_lineno;
    int buffer_line;           /* the last line read outside a token: CPython's tokenizer
                                  buffer starts there (3.8-3.9 show it in some errors) */
    const char *multi_line_start;
    bool atbol;
    bool interactive;
    bool cont_line;
    int level;
    char parenstack[SL_LEX_MAXLEVEL];
    int parenline[SL_LEX_MAXLEVEL], parencol[SL_LEX_MAXLEVEL];
    int indstack[SL_LEX_MAXINDENT], altindstack[SL_LEX_MAXINDENT];
    int indent, pendin;
    SlFsMode modes[SL_LEX_MAXFSTRING];
    int nmode;                 /* index of the top mode (0 = base) */
    SlLexDone done;
    SlSyntaxErr *err;          /* where errors go (set when done == ERROR) */
} SlLexer;

/* buf must stay alive and be NUL terminated at buf[len].  NUL bytes
 * inside it stand for lines that CPython 3.8-3.10's file reader read as
 * nothing (sl_lexer_nul_lines made them): a line "\0\n" is counted and
 * passed over (3.8-3.9); "\0\0" in front of a line is passed over
 * uncounted between tokens, and ends the source inside one (3.10). */
void sl_lexer_init(SlLexer *lx, const char *buf, size_t len, bool interactive,
                   SlSyntaxErr *err);

/* CPython 3.8-3.10's view of a file with NUL bytes (a line reader built on
 * C strings): each line loses its text from the first NUL on, and what is
 * left is joined to the next line; a line starting with NUL becomes a
 * marker for the lexer (see sl_lexer_init): counted (3.8-3.9) or not.
 * Returns a malloc'd copy (*outlen bytes, NUL terminated) or NULL when out
 * of memory. */
char *sl_lexer_nul_lines(const char *src, size_t len, bool counted, size_t *outlen);
/* Produce the next token.  On a tokenizer error returns ERRORTOKEN, with
 * lx->done saying why (SL_LEX_ERROR: the message is in *err already). */
SlTokType sl_lexer_next(SlLexer *lx, SlToken *tok);

/* Normalise raw source for the lexer: strips a UTF-8 BOM, turns \r\n and \r
 * into \n, adds a final \n.  Returns a malloc'ed NUL terminated copy (its
 * length in *outlen) or NULL when out of memory. */
char *sl_lexer_normalize(const char *src, size_t len, size_t *outlen);

/* Text of a source line (1-based) in the normalised buffer, without its
 * newline; *n receives the length.  NULL if there is no such line. */
const char *sl_lexer_line(const char *buf, size_t len, int lineno, size_t *n);

/* Fill err for a message at (lineno, byte columns) in buf, converting byte
 * columns to CPython's character offsets as pegen does.  col1/endcol1 are
 * 1-based byte offsets (<= 0 are kept as they are). */
void sl_syntax_err_set(SlSyntaxErr *err, SlSErrKind kind, const char *buf, size_t len,
                       int lineno, int col1, int end_lineno, int endcol1,
                       const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 9, 10)))
#endif
    ;

extern const char *const sl_token_names[SL_TOK_COUNT];
extern const char *const sl_token_text[SL_TOK_COUNT];
extern const char *const sl_keyword_text[SL_KW_COUNT];

#endif
