/* lexer.c: the tokenizer.  Behaviour (token boundaries, error texts and
 * positions) follows CPython 3.13's Parser/lexer, since SyntaxErrors must
 * read exactly as CPython's.  See lexer.h. */
#include "lexer.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const sl_token_names[SL_TOK_COUNT] = {
#define X(name, text) #name,
    SL_TOKENS(X)
#undef X
};
const char *const sl_token_text[SL_TOK_COUNT] = {
#define X(name, text) text,
    SL_TOKENS(X)
#undef X
};
const char *const sl_keyword_text[SL_KW_COUNT] = {
    "",
#define X(name, text) text,
    SL_KEYWORDS(X)
#undef X
};

#define TABSIZE 8
#define EOFC (-1)

/* ---- source normalisation and lines -------------------------------------- */

char *sl_lexer_normalize(const char *src, size_t len, size_t *outlen) {
    if (len >= 3 && (unsigned char)src[0] == 0xEF && (unsigned char)src[1] == 0xBB &&
        (unsigned char)src[2] == 0xBF) {
        src += 3;
        len -= 3;
    }
    char *out = malloc(len + 2);
    if (!out) return NULL;
    size_t j = 0;
    for (size_t i = 0; i < len; i++) {
        char c = src[i];
        if (c == '\r') {
            out[j++] = '\n';
            if (i + 1 < len && src[i + 1] == '\n') i++;
        } else {
            out[j++] = c;
        }
    }
    if (j == 0 || out[j - 1] != '\n') out[j++] = '\n';
    out[j] = 0;
    *outlen = j;
    return out;
}

char *sl_lexer_nul_lines(const char *src, size_t len, bool counted, size_t *outlen) {
    char *out = malloc(len + 2);
    if (!out) return NULL;
    size_t j = 0;
    bool joining = false; /* the last line lost its end at a NUL */
    for (size_t i = 0; i < len;) {
        const char *nl = memchr(src + i, '\n', len - i);
        size_t n = nl ? (size_t)(nl - (src + i)) + 1 : len - i;
        const char *z = memchr(src + i, '\0', n);
        if (z == src + i && !joining) {
            out[j++] = '\0';
            out[j++] = counted ? '\n' : '\0';
        } else if (z) {
            memcpy(out + j, src + i, (size_t)(z - (src + i)));
            j += (size_t)(z - (src + i));
            joining = true;
        } else {
            memcpy(out + j, src + i, n);
            j += n;
            joining = false;
        }
        i += n;
    }
    out[j] = 0;
    *outlen = j;
    return out;
}

const char *sl_lexer_line(const char *buf, size_t len, int lineno, size_t *n) {
    const char *p = buf, *end = buf + len;
    for (int l = 1; l < lineno; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return NULL;
        p = nl + 1;
    }
    if (p >= end && lineno > 1) return NULL;
    while (p < end && !*p) p++; /* sl_lexer_nul_lines's markers */
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    *n = (size_t)((nl ? nl : end) - p);
    return p;
}

/* Number of characters in the first nbytes bytes of a UTF-8 line.  Like
 * pegen, bytes past the end of the line (its NUL terminator) count as one
 * character each. */
static int char_count(const char *s, size_t avail, int nbytes) {
    int n = 0;
    for (int i = 0; i < nbytes; i++)
        if ((size_t)i >= avail || ((unsigned char)s[i] & 0xC0) != 0x80) n++;
    return n;
}

void sl_syntax_err_set(SlSyntaxErr *err, SlSErrKind kind, const char *buf, size_t len,
                       int lineno, int col1, int end_lineno, int endcol1,
                       const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    err->kind = kind;
    err->lineno = lineno;
    err->end_lineno = end_lineno;
    err->text_line = lineno;
    err->text_len = -1;
    err->string_end = 0;
    err->from_tokenizer = false;
    size_t n = 0;
    const char *line = lineno > 0 ? sl_lexer_line(buf, len, lineno, &n) : NULL;
    size_t withnl = line ? n + 1 : 0; /* pegen's line text includes the \n */
    if (col1 > 0 && line) {
        if ((size_t)col1 > withnl + 1) col1 = (int)withnl + 1;
        col1 = char_count(line, withnl, col1);
    }
    err->offset = col1;
    if (endcol1 > 0) {
        size_t en = 0;
        const char *eline = end_lineno == lineno ? line : sl_lexer_line(buf, len, end_lineno, &en);
        if (eline && end_lineno != lineno) withnl = en + 1;
        if (eline) {
            if ((size_t)endcol1 > withnl + 1) endcol1 = (int)withnl + 1;
            endcol1 = char_count(eline, withnl, endcol1);
        }
    }
    err->end_offset = endcol1;
}

/* ---- character access ------------------------------------------------------- */

/* The current line is [line_start, inp).  Lines are "read" lazily, as
 * CPython's tokenizer does: lineno changes when the first character of a new
 * line is requested, so a NEWLINE token still belongs to its own line. */
static int nextc(SlLexer *lx) {
    if (lx->cur != lx->inp) return (unsigned char)*lx->cur++;
    if (lx->done != SL_LEX_OK) return EOFC;
    while (lx->nul_lines && lx->cur < lx->end && *lx->cur == '\0') {
        if (lx->cur[1] == '\n') {
            lx->lineno++;
        } else if (lx->start) {
            lx->done = SL_LEX_EOF;
            return EOFC;
        }
        lx->cur += 2;
        lx->inp = lx->cur;
    }
    if (lx->inp >= lx->end) {
        lx->done = SL_LEX_EOF;
        return EOFC;
    }
    lx->line_start = lx->cur;
    const char *nl = memchr(lx->cur, '\n', (size_t)(lx->end - lx->cur));
    lx->inp = nl ? nl + 1 : lx->end;
    lx->lineno++;
    if (!lx->start) lx->buffer_line = lx->lineno;
    return (unsigned char)*lx->cur++;
}

static void backup(SlLexer *lx, int c) {
    if (c != EOFC) lx->cur--;
}

static int col_of(SlLexer *lx, const char *p) { return (int)(p - lx->line_start); }

/* A tokenizer error at the current position (CPython's
 * _PyTokenizer_syntaxerror: the offset is the number of characters before
 * cur on the line, and end offset the same). */
static SlTokType lex_error(SlLexer *lx, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 2, 3)))
#endif
    ;
static SlTokType lex_error(SlLexer *lx, const char *fmt, ...) {
    SlSyntaxErr *e = lx->err;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    int cursor = (int)(lx->cur - lx->line_start);
    int n = char_count(lx->line_start, (size_t)(lx->end - lx->line_start), cursor);
    e->kind = SL_SERR_SYNTAX;
    e->lineno = e->end_lineno = lx->lineno;
    e->offset = e->end_offset = n;
    e->text_line = lx->lineno;
    e->text_len = -1;
    e->string_end = 0;
    e->from_tokenizer = true;
    lx->done = SL_LEX_ERROR;
    return SL_TOK_ERRORTOKEN;
}

/* Known byte range (0-based byte columns, as CPython's
 * _PyTokenizer_syntaxerror_known_range which takes 1-based ones). */
static SlTokType lex_error_range(SlLexer *lx, int col1, int endcol1, const char *msg) {
    SlSyntaxErr *e = lx->err;
    snprintf(e->msg, sizeof e->msg, "%s", msg);
    size_t avail = (size_t)(lx->end - lx->line_start);
    e->kind = SL_SERR_SYNTAX;
    e->lineno = e->end_lineno = lx->lineno;
    e->offset = col1 > 0 ? 1 + char_count(lx->line_start, avail, col1 - 1) : col1;
    e->end_offset = endcol1 > 0 ? 1 + char_count(lx->line_start, avail, endcol1 - 1) : endcol1;
    e->text_line = lx->lineno;
    e->text_len = -1;
    e->string_end = 0;
    e->from_tokenizer = true;
    lx->done = SL_LEX_ERROR;
    return SL_TOK_ERRORTOKEN;
}

/* ---- tokens ------------------------------------------------------------------ */

static SlTokType make(SlLexer *lx, SlToken *t, SlTokType type, const char *s, const char *e) {
    t->type = type;
    t->kw = 0;
    t->level = lx->level;
    t->lineno = (type == SL_TOK_STRING || type == SL_TOK_FSTRING_MIDDLE) ? lx->first_lineno
                                                                         : lx->lineno;
    t->end_lineno = lx->lineno;
    t->cur_col = col_of(lx, lx->cur);
    if (s && e) {
        t->start = (uint32_t)(s - lx->buf);
        t->end = (uint32_t)(e - lx->buf);
        t->col = lx->start_col;
        t->end_col = col_of(lx, lx->cur);
    } else {
        t->start = t->end = (uint32_t)(lx->cur - lx->buf);
        t->col = t->end_col = -1;
    }
    if (type == SL_TOK_NAME) {
        size_t n = t->end - t->start;
        const char *p = lx->buf + t->start;
        for (int k = 1; k < SL_KW_COUNT; k++)
            if (strlen(sl_keyword_text[k]) == n && memcmp(sl_keyword_text[k], p, n) == 0) {
                t->kw = (SlKeyword)k;
                break;
            }
    }
    return type;
}

void sl_lexer_init(SlLexer *lx, const char *buf, size_t len, bool interactive,
                   SlSyntaxErr *err) {
    memset(lx, 0, sizeof *lx);
    lx->nul_lines = memchr(buf, 0, len) != NULL;
    lx->buf = lx->cur = lx->inp = lx->line_start = buf;
    lx->end = buf + len;
    lx->atbol = true;
    lx->interactive = interactive;
    lx->err = err;
    lx->modes[0].expr_start_depth = -1;
}

static bool is_id_start(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
static bool is_id_char(int c) { return is_id_start(c) || (c >= '0' && c <= '9'); }
static bool is_digit(int c) { return c >= '0' && c <= '9'; }
static bool is_xdigit(int c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Decode one UTF-8 code point (the source is valid UTF-8). */
static uint32_t decode_cp(const char *s, int *n) {
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x80) { *n = 1; return u[0]; }
    if (u[0] < 0xE0) { *n = 2; return ((uint32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F); }
    if (u[0] < 0xF0) {
        *n = 3;
        return ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    }
    *n = 4;
    return ((uint32_t)(u[0] & 0x07) << 18) | ((uint32_t)(u[1] & 0x3F) << 12) |
           ((uint32_t)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
}

/* Unicode identifier classes, approximated: letters of the common scripts
 * are identifier characters; punctuation, symbols and spaces are not. */
static bool cp_is_xid(uint32_t cp, bool start) {
    if (cp < 128) return start ? is_id_start((int)cp) : is_id_char((int)cp);
    if (cp == 0xAA || cp == 0xB5 || cp == 0xBA) return true;
    if (cp < 0xC0) return !start && cp == 0xB7;
    if (cp == 0xD7 || cp == 0xF7) return false;
    if (cp >= 0x2000 && cp <= 0x206F) return !start && (cp == 0x203F || cp == 0x2040);
    if (cp >= 0x20A0 && cp <= 0x2BFF) return cp >= 0x2100 && cp <= 0x214F && cp != 0x2118 &&
                                              cp != 0x212E ? (cp == 0x2102 || cp == 0x2107 ||
                                              (cp >= 0x210A && cp <= 0x2113) || cp == 0x2115 ||
                                              (cp >= 0x2119 && cp <= 0x211D) || cp == 0x2124 ||
                                              cp == 0x2126 || cp == 0x2128 ||
                                              (cp >= 0x212A && cp <= 0x2139)) : false;
    if (cp >= 0x3000 && cp <= 0x3003) return false;
    if (cp >= 0xFF00 && cp <= 0xFF0F) return false;
    if (cp >= 0xFE30 && cp <= 0xFE4F) return false;
    if (cp >= 0x1F000 && cp <= 0x1FAFF) return false; /* emoji and symbols */
    if (cp >= 0xE000 && cp <= 0xF8FF) return false;   /* private use */
    if (cp >= 0x0300 && cp <= 0x036F) return !start;  /* combining marks */
    return true;
}

/* Printable as Python's str.isprintable (approximation: controls, spaces
 * other than ' ', format characters and unassigned ranges are not). */
static bool cp_printable(uint32_t cp) {
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA1) || cp == 0xAD) return false;
    if (cp >= 0x2000 && cp <= 0x200F) return false;
    if (cp >= 0x2028 && cp <= 0x202F) return false;
    if (cp >= 0x205F && cp <= 0x206F) return false;
    if (cp == 0x3000 || cp == 0xFEFF || cp == 0x1680) return false;
    if (cp >= 0xD800 && cp <= 0xDFFF) return false;
    if (cp >= 0xE000 && cp <= 0xF8FF) return false;
    if (cp >= 0xFFF0 && cp <= 0xFFFF) return false;
    return true;
}

/* PEP 3131 check of a NAME containing non-ASCII characters. */
static bool verify_identifier(SlLexer *lx) {
    const char *p = lx->start;
    bool first = true;
    while (p < lx->cur) {
        int n;
        uint32_t cp = decode_cp(p, &n);
        if (!cp_is_xid(cp, first)) {
            lx->cur = p + n;
            if (cp_printable(cp)) {
                char enc[8] = {0};
                memcpy(enc, p, (size_t)n);
                lex_error(lx, "invalid character '%s' (U+%04X)", enc, cp);
            } else {
                lex_error(lx, "invalid non-printable character U+%04X", cp);
            }
            return false;
        }
        first = false;
        p += n;
    }
    return true;
}

/* After a number: a keyword that can legally follow (1if x else y) is
 * allowed (CPython only warns); another letter is "invalid ... literal". */
static bool lookahead(SlLexer *lx, const char *rest) {
    const char *p = lx->cur;
    size_t n = strlen(rest);
    if ((size_t)(lx->inp - p) < n || memcmp(p, rest, n) != 0) return false;
    int c = p + n < lx->inp ? (unsigned char)p[n] : EOFC;
    return !is_id_char(c);
}

static bool verify_end_of_number(SlLexer *lx, int c, const char *kind) {
    bool r = false;
    if (c == 'a') r = lookahead(lx, "nd");
    else if (c == 'e') r = lookahead(lx, "lse");
    else if (c == 'f') r = lookahead(lx, "or");
    else if (c == 'i') {
        int c2 = lx->cur < lx->inp ? (unsigned char)*lx->cur : EOFC;
        r = c2 == 'f' || c2 == 'n' || c2 == 's';
    } else if (c == 'o') r = lookahead(lx, "r");
    else if (c == 'n') r = lookahead(lx, "ot");
    if (r) return true; /* CPython: SyntaxWarning "invalid %s literal" */
    if (c < 128 && c != EOFC && is_id_char(c)) {
        backup(lx, c);
        lex_error(lx, "invalid %s literal", kind);
        return false;
    }
    return true;
}

/* Digits after the first: returns the first non-digit char, or 0 on error. */
static int decimal_tail(SlLexer *lx) {
    int c;
    for (;;) {
        do c = nextc(lx);
        while (is_digit(c));
        if (c != '_') break;
        c = nextc(lx);
        if (!is_digit(c)) {
            backup(lx, c);
            lex_error(lx, "invalid decimal literal");
            return 0;
        }
    }
    return c;
}

/* A backslash continuation: returns the next char or -1 (done set). */
static int continuation_line(SlLexer *lx) {
    int c = nextc(lx);
    if (c != '\n') {
        lx->done = SL_LEX_LINECONT;
        return -1;
    }
    c = nextc(lx);
    if (c == EOFC) {
        lx->done = SL_LEX_EOF;
        lx->cur = lx->inp;
        return -1;
    }
    backup(lx, c);
    return c;
}

static SlTokType two_chars(int c1, int c2) {
    switch (c1) {
    case '!': if (c2 == '=') return SL_TOK_NOTEQUAL; break;
    case '%': if (c2 == '=') return SL_TOK_PERCENTEQUAL; break;
    case '&': if (c2 == '=') return SL_TOK_AMPEREQUAL; break;
    case '*':
        if (c2 == '*') return SL_TOK_DOUBLESTAR;
        if (c2 == '=') return SL_TOK_STAREQUAL;
        break;
    case '+': if (c2 == '=') return SL_TOK_PLUSEQUAL; break;
    case '-':
        if (c2 == '=') return SL_TOK_MINEQUAL;
        if (c2 == '>') return SL_TOK_RARROW;
        break;
    case '/':
        if (c2 == '/') return SL_TOK_DOUBLESLASH;
        if (c2 == '=') return SL_TOK_SLASHEQUAL;
        break;
    case ':': if (c2 == '=') return SL_TOK_COLONEQUAL; break;
    case '<':
        if (c2 == '<') return SL_TOK_LEFTSHIFT;
        if (c2 == '=') return SL_TOK_LESSEQUAL;
        if (c2 == '>') return SL_TOK_NOTEQUAL; /* '<>': the parser rejects it */
        break;
    case '=': if (c2 == '=') return SL_TOK_EQEQUAL; break;
    case '>':
        if (c2 == '=') return SL_TOK_GREATEREQUAL;
        if (c2 == '>') return SL_TOK_RIGHTSHIFT;
        break;
    case '@': if (c2 == '=') return SL_TOK_ATEQUAL; break;
    case '^': if (c2 == '=') return SL_TOK_CIRCUMFLEXEQUAL; break;
    case '|': if (c2 == '=') return SL_TOK_VBAREQUAL; break;
    }
    return SL_TOK_OP;
}

static SlTokType three_chars(int c1, int c2, int c3) {
    if (c3 != '=' && !(c1 == '.' && c2 == '.' && c3 == '.')) return SL_TOK_OP;
    if (c1 == '*' && c2 == '*') return SL_TOK_DOUBLESTAREQUAL;
    if (c1 == '/' && c2 == '/') return SL_TOK_DOUBLESLASHEQUAL;
    if (c1 == '<' && c2 == '<') return SL_TOK_LEFTSHIFTEQUAL;
    if (c1 == '>' && c2 == '>') return SL_TOK_RIGHTSHIFTEQUAL;
    if (c1 == '.' && c2 == '.' && c3 == '.') return SL_TOK_ELLIPSIS;
    return SL_TOK_OP;
}

static SlTokType one_char(int c) {
    switch (c) {
    case '!': return SL_TOK_EXCLAMATION;
    case '%': return SL_TOK_PERCENT;
    case '&': return SL_TOK_AMPER;
    case '(': return SL_TOK_LPAR;
    case ')': return SL_TOK_RPAR;
    case '*': return SL_TOK_STAR;
    case '+': return SL_TOK_PLUS;
    case ',': return SL_TOK_COMMA;
    case '-': return SL_TOK_MINUS;
    case '.': return SL_TOK_DOT;
    case '/': return SL_TOK_SLASH;
    case ':': return SL_TOK_COLON;
    case ';': return SL_TOK_SEMI;
    case '<': return SL_TOK_LESS;
    case '=': return SL_TOK_EQUAL;
    case '>': return SL_TOK_GREATER;
    case '@': return SL_TOK_AT;
    case '[': return SL_TOK_LSQB;
    case ']': return SL_TOK_RSQB;
    case '^': return SL_TOK_CIRCUMFLEX;
    case '{': return SL_TOK_LBRACE;
    case '|': return SL_TOK_VBAR;
    case '}': return SL_TOK_RBRACE;
    case '~': return SL_TOK_TILDE;
    }
    return SL_TOK_OP;
}

#define INSIDE_FSTRING(lx) ((lx)->nmode > 0)
#define INSIDE_FSTRING_EXPR(m) ((m)->expr_start_depth >= 0)

static SlTokType get_fstring_mode(SlLexer *lx, SlFsMode *m, SlToken *t);

static SlTokType get_normal_mode(SlLexer *lx, SlFsMode *cur_mode, SlToken *t) {
    int c;
    bool blankline;
nextline:
    lx->start = NULL;
    blankline = false;

    /* indentation */
    if (lx->atbol) {
        int col = 0, altcol = 0, cont_line_col = 0;
        lx->atbol = false;
        for (;;) {
            c = nextc(lx);
            if (c == ' ') {
                col++, altcol++;
            } else if (c == '\t') {
                col = (col / TABSIZE + 1) * TABSIZE;
                altcol = altcol + 1;
            } else if (c == '\014') {
                col = altcol = 0;
            } else if (c == '\\') {
                cont_line_col = cont_line_col ? cont_line_col : col;
                if ((c = continuation_line(lx)) == -1) return make(lx, t, SL_TOK_ERRORTOKEN, NULL, NULL);
            } else {
                break;
            }
        }
        backup(lx, c);
        if (c == '#' || c == '\n') {
            if (col == 0 && c == '\n' && lx->interactive) blankline = false;
            else if (lx->interactive && lx->lineno == 1) {
                blankline = false;
                col = altcol = 0;
            } else blankline = true;
        }
        if (!blankline && lx->level == 0) {
            col = cont_line_col ? cont_line_col : col;
            altcol = cont_line_col ? cont_line_col : altcol;
            if (col == lx->indstack[lx->indent]) {
                if (altcol != lx->altindstack[lx->indent]) {
                    lx->done = SL_LEX_TABSPACE;
                    lx->cur = lx->inp;
                    return make(lx, t, SL_TOK_ERRORTOKEN, NULL, NULL);
                }
            } else if (col > lx->indstack[lx->indent]) {
                if (lx->indent + 1 >= SL_LEX_MAXINDENT) {
                    lx->done = SL_LEX_TOODEEP;
                    lx->cur = lx->inp;
                    return make(lx, t, SL_TOK_ERRORTOKEN, NULL, NULL);
                }
                if (altcol <= lx->altindstack[lx->indent]) {
                    lx->done = SL_LEX_TABSPACE;
                    lx->cur = lx->inp;
                    return make(lx, t, SL_TOK_ERRORTOKEN, NULL, NULL);
                }
                lx->pendin++;
                lx->indstack[++lx->indent] = col;
                lx->altindstack[lx->indent] = altcol;
            } else {
                while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
                    lx->pendin--;
                    lx->indent--;
                }
                if (col != lx->indstack[lx->indent]) {
                    lx->done = SL_LEX_DEDENT;
                    lx->cur = lx->inp;
                    return make(lx, t, SL_TOK_ERRORTOKEN, NULL, NULL);
                }
                if (altcol != lx->altindstack[lx->indent]) {
                    lx->done = SL_LEX_TABSPACE;
                    lx->cur = lx->inp;
                    return make(lx, t, SL_TOK_ERRORTOKEN, NULL, NULL);
                }
            }
        }
    }

    lx->start = lx->cur;
    lx->start_col = col_of(lx, lx->cur);
    if (lx->pendin != 0) {
        if (lx->pendin < 0) {
            lx->pendin++;
            return make(lx, t, SL_TOK_DEDENT, NULL, NULL);
        }
        lx->pendin--;
        return make(lx, t, SL_TOK_INDENT, NULL, NULL);
    }

again:
    lx->start = NULL;
    do c = nextc(lx);
    while (c == ' ' || c == '\t' || c == '\014');
    lx->start = lx->cur - (c == EOFC ? 0 : 1);
    lx->start_col = col_of(lx, lx->start);

    if (c == '#') {
        while (c != EOFC && c != '\n') c = nextc(lx);
    }

    if (c == EOFC) {
        if (lx->level) return make(lx, t, SL_TOK_ERRORTOKEN, NULL, NULL);
        return make(lx, t, lx->done == SL_LEX_EOF ? SL_TOK_ENDMARKER : SL_TOK_ERRORTOKEN, NULL,
                    NULL);
    }

    /* identifiers and string prefixes */
    if (is_id_start(c)) {
        bool saw_b = false, saw_r = false, saw_u = false, saw_f = false, nonascii = false;
        for (;;) {
            if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) saw_b = true;
            else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) saw_u = true;
            else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) saw_r = true;
            else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) saw_f = true;
            else break;
            c = nextc(lx);
            if (c == '"' || c == '\'') {
                if (saw_f) goto f_string_quote;
                goto letter_quote;
            }
        }
        while (is_id_char(c)) {
            if (c >= 128) nonascii = true;
            c = nextc(lx);
        }
        backup(lx, c);
        if (nonascii && !verify_identifier(lx)) return SL_TOK_ERRORTOKEN;
        return make(lx, t, SL_TOK_NAME, lx->start, lx->cur);
    }

    if (c == '\n') {
        lx->atbol = true;
        if (blankline || lx->level > 0) goto nextline;
        lx->cont_line = false;
        return make(lx, t, SL_TOK_NEWLINE, lx->start, lx->cur - 1);
    }

    if (c == '.') {
        c = nextc(lx);
        if (is_digit(c)) goto fraction;
        if (c == '.') {
            c = nextc(lx);
            if (c == '.') return make(lx, t, SL_TOK_ELLIPSIS, lx->start, lx->cur);
            backup(lx, c);
            backup(lx, '.');
        } else {
            backup(lx, c);
        }
        return make(lx, t, SL_TOK_DOT, lx->start, lx->cur);
    }

    if (is_digit(c)) {
        if (c == '0') {
            c = nextc(lx);
            if (c == 'x' || c == 'X') {
                c = nextc(lx);
                do {
                    if (c == '_') c = nextc(lx);
                    if (!is_xdigit(c)) {
                        backup(lx, c);
                        return lex_error(lx, "invalid hexadecimal literal");
                    }
                    do c = nextc(lx);
                    while (is_xdigit(c));
                } while (c == '_');
                if (!verify_end_of_number(lx, c, "hexadecimal")) return SL_TOK_ERRORTOKEN;
            } else if (c == 'o' || c == 'O') {
                c = nextc(lx);
                do {
                    if (c == '_') c = nextc(lx);
                    if (c < '0' || c >= '8') {
                        if (is_digit(c))
                            return lex_error(lx, "invalid digit '%c' in octal literal", c);
                        backup(lx, c);
                        return lex_error(lx, "invalid octal literal");
                    }
                    do c = nextc(lx);
                    while ('0' <= c && c < '8');
                } while (c == '_');
                if (is_digit(c)) return lex_error(lx, "invalid digit '%c' in octal literal", c);
                if (!verify_end_of_number(lx, c, "octal")) return SL_TOK_ERRORTOKEN;
            } else if (c == 'b' || c == 'B') {
                c = nextc(lx);
                do {
                    if (c == '_') c = nextc(lx);
                    if (c != '0' && c != '1') {
                        if (is_digit(c))
                            return lex_error(lx, "invalid digit '%c' in binary literal", c);
                        backup(lx, c);
                        return lex_error(lx, "invalid binary literal");
                    }
                    do c = nextc(lx);
                    while (c == '0' || c == '1');
                } while (c == '_');
                if (is_digit(c)) return lex_error(lx, "invalid digit '%c' in binary literal", c);
                if (!verify_end_of_number(lx, c, "binary")) return SL_TOK_ERRORTOKEN;
            } else {
                bool nonzero = false;
                for (;;) {
                    if (c == '_') {
                        c = nextc(lx);
                        if (!is_digit(c)) {
                            backup(lx, c);
                            return lex_error(lx, "invalid decimal literal");
                        }
                    }
                    if (c != '0') break;
                    c = nextc(lx);
                }
                const char *zeros_end = lx->cur;
                if (is_digit(c)) {
                    nonzero = true;
                    c = decimal_tail(lx);
                    if (c == 0) return SL_TOK_ERRORTOKEN;
                }
                if (c == '.') {
                    c = nextc(lx);
                    goto fraction;
                } else if (c == 'e' || c == 'E') {
                    goto exponent;
                } else if (c == 'j' || c == 'J') {
                    goto imaginary;
                } else if (nonzero) {
                    backup(lx, c);
                    return lex_error_range(lx, (int)(lx->start + 1 - lx->line_start),
                                           (int)(zeros_end - lx->line_start),
                                           "leading zeros in decimal integer literals are not "
                                           "permitted; use an 0o prefix for octal integers");
                }
                if (!verify_end_of_number(lx, c, "decimal")) return SL_TOK_ERRORTOKEN;
            }
        } else {
            c = decimal_tail(lx);
            if (c == 0) return SL_TOK_ERRORTOKEN;
            if (c == '.') {
                c = nextc(lx);
            fraction:
                if (is_digit(c)) {
                    c = decimal_tail(lx);
                    if (c == 0) return SL_TOK_ERRORTOKEN;
                }
            }
            if (c == 'e' || c == 'E') {
                int e;
            exponent:
                e = c;
                c = nextc(lx);
                if (c == '+' || c == '-') {
                    c = nextc(lx);
                    if (!is_digit(c)) {
                        backup(lx, c);
                        return lex_error(lx, "invalid decimal literal");
                    }
                } else if (!is_digit(c)) {
                    backup(lx, c);
                    if (!verify_end_of_number(lx, e, "decimal")) return SL_TOK_ERRORTOKEN;
                    backup(lx, e);
                    return make(lx, t, SL_TOK_NUMBER, lx->start, lx->cur);
                }
                c = decimal_tail(lx);
                if (c == 0) return SL_TOK_ERRORTOKEN;
            }
            if (c == 'j' || c == 'J') {
            imaginary:
                c = nextc(lx);
                if (!verify_end_of_number(lx, c, "imaginary")) return SL_TOK_ERRORTOKEN;
            } else if (!verify_end_of_number(lx, c, "decimal")) {
                return SL_TOK_ERRORTOKEN;
            }
        }
        backup(lx, c);
        return make(lx, t, SL_TOK_NUMBER, lx->start, lx->cur);
    }

f_string_quote:
    if ((*lx->start == 'f' || *lx->start == 'F' || *lx->start == 'r' || *lx->start == 'R') &&
        (c == '\'' || c == '"')) {
        int quote = c, quote_size = 1;
        lx->first_lineno = lx->lineno;
        lx->multi_line_start = lx->line_start;
        int after = nextc(lx);
        if (after == quote) {
            int after2 = nextc(lx);
            if (after2 == quote) quote_size = 3;
            else {
                backup(lx, after2);
                backup(lx, after);
            }
        } else {
            backup(lx, after);
        }
        if (lx->nmode + 1 >= SL_LEX_MAXFSTRING) return lex_error(lx, "too many nested f-strings");
        SlFsMode *m = &lx->modes[++lx->nmode];
        memset(m, 0, sizeof *m);
        m->fstring = true;
        m->in_fstring_text = true;
        m->quote = (char)quote;
        m->quote_size = quote_size;
        m->start = lx->start;
        m->line_start = lx->line_start;
        m->first_lineno = lx->lineno;
        char p0 = *lx->start, p1 = lx->start[1];
        m->raw = (p0 == 'r' || p0 == 'R') || p1 == 'r' || p1 == 'R';
        m->curly_depth = 0;
        m->expr_start_depth = -1;
        return make(lx, t, SL_TOK_FSTRING_START, lx->start, lx->cur);
    }

letter_quote:
    if (c == '\'' || c == '"') {
        int quote = c, quote_size = 1, end_quote_size = 0;
        bool has_escaped_quote = false;
        lx->first_lineno = lx->lineno;
        lx->multi_line_start = lx->line_start;
        c = nextc(lx);
        if (c == quote) {
            c = nextc(lx);
            if (c == quote) quote_size = 3;
            else end_quote_size = 1;
        }
        if (c != quote) backup(lx, c);
        while (end_quote_size != quote_size) {
            c = nextc(lx);
            if (c == EOFC || (quote_size == 1 && c == '\n')) {
                lx->cur = lx->start + 1;
                lx->line_start = lx->multi_line_start;
                int start = lx->lineno;
                lx->lineno = lx->first_lineno;
                if (INSIDE_FSTRING(lx)) {
                    SlFsMode *m = &lx->modes[lx->nmode];
                    if (m->quote == quote && m->quote_size == quote_size)
                        return lex_error(lx, "f-string: expecting '}'");
                }
                if (quote_size == 3)
                    lex_error(lx, "unterminated triple-quoted string literal (detected at line %d)",
                              start);
                else if (has_escaped_quote)
                    lex_error(lx,
                              "unterminated string literal (detected at line %d); "
                              "perhaps you escaped the end quote?",
                              start);
                else
                    lex_error(lx, "unterminated string literal (detected at line %d)", start);
                lx->err->string_end = quote_size;
                lx->err->detected_line = start;
                lx->err->buffer_line = lx->buffer_line;
                return SL_TOK_ERRORTOKEN;
            }
            if (c == quote) {
                end_quote_size++;
            } else {
                end_quote_size = 0;
                if (c == '\\') {
                    c = nextc(lx);
                    if (c == quote) has_escaped_quote = true;
                }
            }
        }
        return make(lx, t, SL_TOK_STRING, lx->start, lx->cur);
    }

    if (c == '\\') {
        if ((c = continuation_line(lx)) == -1) return make(lx, t, SL_TOK_ERRORTOKEN, NULL, NULL);
        lx->cont_line = true;
        goto again;
    }

    /* ':' '}' '!' '{' inside an f-string replacement field */
    bool is_punct = c == ':' || c == '}' || c == '!' || c == '{';
    if (is_punct && INSIDE_FSTRING(lx) && INSIDE_FSTRING_EXPR(cur_mode)) {
        int cursor = cur_mode->curly_depth - (c != '{');
        if (c == ':' && cursor == cur_mode->expr_start_depth) {
            cur_mode->in_fstring_text = true;
            cur_mode->in_format_spec = true;
            return make(lx, t, SL_TOK_COLON, lx->start, lx->cur);
        }
    }

    {
        int c2 = nextc(lx);
        SlTokType tt = two_chars(c, c2);
        if (tt != SL_TOK_OP) {
            int c3 = nextc(lx);
            SlTokType tt3 = three_chars(c, c2, c3);
            if (tt3 != SL_TOK_OP) tt = tt3;
            else backup(lx, c3);
            return make(lx, t, tt, lx->start, lx->cur);
        }
        backup(lx, c2);
    }

    switch (c) {
    case '(':
    case '[':
    case '{':
        if (lx->level >= SL_LEX_MAXLEVEL) return lex_error(lx, "too many nested parentheses");
        lx->parenstack[lx->level] = (char)c;
        lx->parenline[lx->level] = lx->lineno;
        lx->parencol[lx->level] = (int)(lx->start - lx->line_start);
        lx->level++;
        if (lx->level >= SL_LEX_DEEP_38 && !lx->err->deep_lineno && c != '{') {
            /* (dict displays cost 3.8 less: not modelled, nor counted) */
            int n = 0;
            for (int i = 0; i < lx->level; i++) n += lx->parenstack[i] != '{';
            if (n == SL_LEX_DEEP_38) {
                lx->err->deep_lineno = lx->lineno;
                lx->err->deep_col = (int)(lx->start - lx->line_start);
            }
        }
        if (INSIDE_FSTRING(lx)) cur_mode->curly_depth++;
        break;
    case ')':
    case ']':
    case '}':
        if (INSIDE_FSTRING(lx) && !cur_mode->curly_depth && c == '}')
            return lex_error(lx, "f-string: single '}' is not allowed");
        if (!lx->level) return lex_error(lx, "unmatched '%c'", c);
        lx->level--;
        {
            int opening = lx->parenstack[lx->level];
            if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') ||
                  (opening == '{' && c == '}'))) {
                if (INSIDE_FSTRING(lx) && opening == '{') {
                    int prev = cur_mode->curly_depth - 1;
                    if (prev == cur_mode->expr_start_depth)
                        return lex_error(lx, "f-string: unmatched '%c'", c);
                }
                if (lx->parenline[lx->level] != lx->lineno)
                    return lex_error(lx,
                                     "closing parenthesis '%c' does not match opening "
                                     "parenthesis '%c' on line %d",
                                     c, opening, lx->parenline[lx->level]);
                return lex_error(lx,
                                 "closing parenthesis '%c' does not match opening parenthesis '%c'",
                                 c, opening);
            }
        }
        if (INSIDE_FSTRING(lx)) {
            cur_mode->curly_depth--;
            if (cur_mode->curly_depth < 0) return lex_error(lx, "f-string: unmatched '%c'", c);
            if (c == '}' && cur_mode->curly_depth == cur_mode->expr_start_depth) {
                cur_mode->expr_start_depth--;
                cur_mode->in_fstring_text = true;
                cur_mode->in_format_spec = false;
                cur_mode->debug = false;
            }
        }
        break;
    default:
        break;
    }

    if (c < 0x20 || c == 0x7F) {
        if (c != '\t' && c != '\014')
            return lex_error(lx, "invalid non-printable character U+%04X", c);
    }
    if (c >= 128) {
        /* a non-ASCII character that cannot start an identifier */
        int n;
        uint32_t cp = decode_cp(lx->start, &n);
        lx->cur = lx->start + n;
        if (cp_printable(cp)) {
            char enc[8] = {0};
            memcpy(enc, lx->start, (size_t)n);
            return lex_error(lx, "invalid character '%s' (U+%04X)", enc, cp);
        }
        return lex_error(lx, "invalid non-printable character U+%04X", cp);
    }

    if (c == '=' && INSIDE_FSTRING_EXPR(cur_mode)) cur_mode->debug = true;
    return make(lx, t, one_char(c), lx->start, lx->cur);
}

static SlTokType get_fstring_mode(SlLexer *lx, SlFsMode *m, SlToken *t) {
    int end_quote_size = 0;
    bool unicode_escape = false;
    lx->start = lx->cur;
    lx->first_lineno = lx->lineno;
    lx->start_col = col_of(lx, lx->cur);

    int start_char = nextc(lx);
    if (start_char == '{') {
        int peek = nextc(lx);
        backup(lx, peek);
        backup(lx, start_char);
        if (peek != '{') {
            m->expr_start_depth++;
            if (m->expr_start_depth >= 3)
                return lex_error(lx, "f-string: expressions nested too deeply");
            m->in_fstring_text = false;
            return get_normal_mode(lx, m, t);
        }
    } else {
        backup(lx, start_char);
    }
    /* the closing quotes? */
    for (int i = 0; i < m->quote_size; i++) {
        int q = nextc(lx);
        if (q != m->quote) {
            backup(lx, q);
            /* also undo the quotes already read */
            lx->cur = lx->start;
            goto middle;
        }
    }
    {
        SlTokType r = make(lx, t, SL_TOK_FSTRING_END, lx->start, lx->cur);
        lx->nmode--;
        return r;
    }
middle:
    lx->multi_line_start = lx->line_start;
    while (end_quote_size != m->quote_size) {
        int c = nextc(lx);
        bool in_spec = m->in_format_spec && INSIDE_FSTRING_EXPR(m);
        if (c == EOFC || (m->quote_size == 1 && c == '\n')) {
            if (in_spec && c == '\n') {
                backup(lx, c);
                m->in_fstring_text = false;
                m->in_format_spec = false;
                return make(lx, t, SL_TOK_FSTRING_MIDDLE, lx->start, lx->cur);
            }
            lx->cur = m->start + 1;
            lx->line_start = m->line_start;
            int start = lx->lineno;
            lx->lineno = m->first_lineno;
            if (m->quote_size == 3)
                return lex_error(lx,
                                 "unterminated triple-quoted f-string literal (detected at line %d)",
                                 start);
            return lex_error(lx, "unterminated f-string literal (detected at line %d)", start);
        }
        if (c == m->quote) {
            end_quote_size++;
            continue;
        }
        end_quote_size = 0;
        if (c == '{') {
            int peek = nextc(lx);
            if (peek != '{' || in_spec) {
                backup(lx, peek);
                backup(lx, c);
                m->expr_start_depth++;
                if (m->expr_start_depth >= 3)
                    return lex_error(lx, "f-string: expressions nested too deeply");
                m->in_fstring_text = false;
                m->in_format_spec = false;
                return make(lx, t, SL_TOK_FSTRING_MIDDLE, lx->start, lx->cur);
            }
            /* '{{': the token text ends after the first brace */
            SlTokType r = make(lx, t, SL_TOK_FSTRING_MIDDLE, lx->start, lx->cur - 1);
            return r;
        } else if (c == '}') {
            if (unicode_escape) return make(lx, t, SL_TOK_FSTRING_MIDDLE, lx->start, lx->cur);
            int peek = nextc(lx);
            if (peek == '}' && !in_spec && m->curly_depth == 0) {
                return make(lx, t, SL_TOK_FSTRING_MIDDLE, lx->start, lx->cur - 1);
            }
            backup(lx, peek);
            backup(lx, c);
            m->in_fstring_text = false;
            m->in_format_spec = false;
            return make(lx, t, SL_TOK_FSTRING_MIDDLE, lx->start, lx->cur);
        } else if (c == '\\') {
            int peek = nextc(lx);
            if (peek == '{' || peek == '}') {
                backup(lx, peek);
                continue;
            }
            if (!m->raw && peek == 'N') {
                peek = nextc(lx);
                if (peek == '{') unicode_escape = true;
                else backup(lx, peek);
            }
        }
    }
    for (int i = 0; i < m->quote_size; i++) backup(lx, m->quote);
    return make(lx, t, SL_TOK_FSTRING_MIDDLE, lx->start, lx->cur);
}

SlTokType sl_lexer_next(SlLexer *lx, SlToken *t) {
    memset(t, 0, sizeof *t);
    if (lx->done == SL_LEX_ERROR) return make(lx, t, SL_TOK_ERRORTOKEN, NULL, NULL);
    SlFsMode *m = &lx->modes[lx->nmode];
    if (m->fstring && m->in_fstring_text) return get_fstring_mode(lx, m, t);
    return get_normal_mode(lx, m, t);
}
