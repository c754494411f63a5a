/* parser.c: tokens -> AST.  See parser.h.
 *
 * A hand-written recursive descent parser.  Where CPython's PEG grammar
 * has "invalid_*" rules giving special messages, the same checks are made
 * at the point where this parser notices the problem; the texts and the
 * reported positions follow CPython 3.13 (checked against it).
 */
#include "parser.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- messages (one table, so per-version variants can be added) ------------ */

#define SL_PARSE_MSGS(X)                                                       \
    X(INVALID_SYNTAX, "invalid syntax")                                        \
    X(IN_EXPECTED, "'in' expected after for-loop variables")                   \
    X(INVALID_STAR, "Invalid star expression")                                 \
    X(SLASH_STAR_COMMA, "expected comma between / and *")                      \
    X(PARAMS_PARENS, "Function parameters cannot be parenthesized")            \
    X(LAMBDA_PARAMS_PARENS, "Lambda expression parameters cannot be parenthesized") \
    X(ARG_VALUE_EXPECTED, "expected argument value expression")                \
    X(ASSIGN_STAR_ARG, "cannot assign to iterable argument unpacking")         \
    X(ASSIGN_DSTAR_ARG, "cannot assign to keyword argument unpacking")         \
    X(NOT_AFTER_OP, "'not' after an operator must be parenthesized")          \
    X(EXPECTED_COLON, "expected ':'")                                          \
    X(EXPECTED_INDENT, "expected an indented block after %s on line %d")       \
    X(EXPECTED_INDENT_BARE, "expected an indented block")                      \
    X(UNEXPECTED_INDENT, "unexpected indent")                                  \
    X(UNEXPECTED_UNINDENT, "unexpected unindent")                              \
    X(UNINDENT_MISMATCH, "unindent does not match any outer indentation level") \
    X(TAB_ERROR, "inconsistent use of tabs and spaces in indentation")         \
    X(TOO_DEEP, "too many levels of indentation")                              \
    X(LINECONT, "unexpected character after line continuation character")     \
    X(UNEXPECTED_EOF, "unexpected EOF while parsing")                          \
    X(NEVER_CLOSED, "'%c' was never closed")                                   \
    X(FORGOT_COMMA, "invalid syntax. Perhaps you forgot a comma?")             \
    X(LEGACY_PRINT, "Missing parentheses in call to '%s'. Did you mean %s(...)?") \
    X(ASSIGN_HERE, "cannot assign to %s here. Maybe you meant '==' instead of '='?") \
    X(MEANT_EQ, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?") \
    X(CANNOT_ASSIGN, "cannot assign to %s")                                    \
    X(CANNOT_DELETE, "cannot delete %s")                                       \
    X(ASSIGN_YIELD, "assignment to yield expression not possible")             \
    X(AUG_ILLEGAL, "'%s' is an illegal expression for augmented assignment")   \
    X(ANN_SINGLE, "only single target (not %s) can be annotated")              \
    X(ANN_ILLEGAL, "illegal target for annotation")                            \
    X(NAMEDEXPR_WITH, "cannot use assignment expressions with %s")            \
    X(POS_AFTER_KW, "positional argument follows keyword argument")            \
    X(POS_AFTER_KWUNPACK, "positional argument follows keyword argument unpacking") \
    X(ITER_AFTER_KWUNPACK, "iterable argument unpacking follows keyword argument unpacking") \
    X(GENEXP_PARENS, "Generator expression must be parenthesized")             \
    X(KW_EXPR_ASSIGN, "expression cannot contain assignment, perhaps you meant \"==\"?") \
    X(DEFAULT_ORDER, "parameter without a default follows parameter with a default") \
    X(SLASH_ONCE, "/ may appear only once")                                    \
    X(SLASH_AFTER_STAR, "/ must be ahead of *")                                \
    X(SLASH_FIRST, "at least one argument must precede /")                     \
    X(BARE_STAR, "named arguments must follow bare *")                         \
    X(STAR_ONCE, "* argument may appear only once")                            \
    X(VARARG_DEFAULT, "var-positional argument cannot have default value")     \
    X(KWARG_DEFAULT, "var-keyword argument cannot have default value")         \
    X(AFTER_KWARG, "arguments cannot follow var-keyword argument")             \
    X(EXPECTED_DEFAULT, "expected default value expression")                   \
    X(DICT_UNPACK_COMP, "dict unpacking cannot be used in dict comprehension") \
    X(ITER_UNPACK_COMP, "iterable unpacking cannot be used in comprehension") \
    X(COMP_TARGET_PARENS, "did you forget parentheses around the comprehension target?") \
    X(STARRED_HERE, "cannot use starred expression here")                      \
    X(DSTARRED_HERE, "cannot use double starred expression here")             \
    X(EXPECTED_ELSE, "expected 'else' after 'if' expression")                  \
    X(EXCEPT_OR_FINALLY, "expected 'except' or 'finally' block")               \
    X(EXC_PARENS, "multiple exception types must be parenthesized")            \
    X(TRAILING_COMMA_IMPORT, "trailing comma not allowed without surrounding parentheses") \
    X(IMPORT_NO_NAMES, "Expected one or more names after 'import'")           \
    X(IMPORT_FROM_HINT, "Did you mean to use 'from ... import ...' instead?")  \
    X(DICT_VALUE_EXPECTED, "expression expected after dictionary key and ':'") \
    X(DICT_COLON_EXPECTED, "':' expected after dictionary key")                \
    X(DICT_STARRED_VALUE, "cannot use a starred expression in a dictionary value") \
    X(MIX_BYTES, "cannot mix bytes and nonbytes literals")                     \
    X(BYTES_ASCII, "bytes can only contain ASCII literal characters")          \
    X(NAMED_ESCAPE, "slotlab does not support \\N{...} escapes")               \
    X(UNSUPPORTED, "slotlab does not support %s")                              \
    X(MULTIPLE_STMTS, "multiple statements found while compiling a single statement") \
    X(PARSER_OVERFLOW, "Parser stack overflowed - Python source too complex to parse") \
    X(FSTR_EMPTY_EXPR, "f-string: valid expression required before '%c'")      \
    X(FSTR_EXPECT_RBRACE, "f-string: expecting '}'")                           \
    X(FSTR_EXPECT_EXPR, "f-string: expecting a valid expression after '{'")    \
    X(FSTR_EXPECT_ANY, "f-string: expecting '=', or '!', or ':', or '}'")      \
    X(FSTR_INVALID_CONV, "f-string: invalid conversion character")             \
    X(FSTR_EXPECT_CONV_OR_RBRACE, "f-string: expecting '!', or ':', or '}'")   \
    X(FSTR_EXPECT_COLON_OR_RBRACE, "f-string: expecting ':' or '}'")           \
    X(FSTR_EXPECT_SPEC_OR_RBRACE, "f-string: expecting '}', or format specs")  \
    X(FSTR_MISSING_CONV, "f-string: missing conversion character")             \
    X(FSTR_BAD_CONV, "f-string: invalid conversion character %s: expected 's', 'r', or 'a'") \
    X(FSTR_CONV_SPACE, "f-string: conversion type must come right after the exclamanation mark") \
    X(FSTR_LAMBDA, "f-string: lambda expressions are not allowed without parentheses") \
    X(UNICODE_ERR, "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s") \
    X(STAR_ALONE_ASSIGN, "starred assignment target must be in a list or tuple") \
    X(KW_NONE_TRUE, "cannot assign to %s")

enum {
#define X(name, text) M_##name,
    SL_PARSE_MSGS(X)
#undef X
};
static const char *const msgs[] = {
#define X(name, text) text,
    SL_PARSE_MSGS(X)
#undef X
};
#define MSG(m) msgs[M_##m]

/* ---- arena ------------------------------------------------------------------------ */

struct SlArenaChunk {
    SlArenaChunk *next;
    size_t size;
};

void sl_arena_init(SlArena *a) { memset(a, 0, sizeof *a); }

void sl_arena_free(SlArena *a) {
    SlArenaChunk *c = a->chunks;
    while (c) {
        SlArenaChunk *n = c->next;
        free(c);
        c = n;
    }
    free(a->ids);
    memset(a, 0, sizeof *a);
}

void *sl_arena_alloc(SlArena *a, size_t n) {
    n = (n + 15) & ~(size_t)15;
    if ((size_t)(a->end - a->ptr) < n) {
        size_t sz = n + 16 > 65536 ? n + 16 : 65536;
        SlArenaChunk *c = malloc(sizeof(SlArenaChunk) + 16 + sz);
        if (!c) {
            a->failed = true;
            return NULL;
        }
        c->next = a->chunks;
        c->size = sz;
        a->chunks = c;
        a->ptr = (char *)c + ((sizeof(SlArenaChunk) + 15) & ~(size_t)15);
        a->end = a->ptr + sz;
    }
    void *r = a->ptr;
    a->ptr += n;
    memset(r, 0, n);
    return r;
}

char *sl_arena_strndup(SlArena *a, const char *s, size_t n) {
    char *r = sl_arena_alloc(a, n + 1);
    if (!r) return NULL;
    memcpy(r, s, n);
    r[n] = 0;
    return r;
}

static size_t hash_bytes(const char *s, size_t n) {
    size_t h = 1469598103934665603u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211u;
    return h;
}

const char *sl_arena_id(SlArena *a, const char *s, size_t n) {
    if (a->nids * 2 >= a->idcap) {
        size_t ncap = a->idcap ? a->idcap * 2 : 256;
        const char **nt = calloc(ncap, sizeof *nt);
        if (!nt) {
            a->failed = true;
            return NULL;
        }
        for (size_t i = 0; i < a->idcap; i++) {
            const char *id = a->ids[i];
            if (!id) continue;
            size_t h = hash_bytes(id, strlen(id)) & (ncap - 1);
            while (nt[h]) h = (h + 1) & (ncap - 1);
            nt[h] = id;
        }
        free(a->ids);
        a->ids = nt;
        a->idcap = ncap;
    }
    size_t h = hash_bytes(s, n) & (a->idcap - 1);
    while (a->ids[h]) {
        if (strlen(a->ids[h]) == n && memcmp(a->ids[h], s, n) == 0) return a->ids[h];
        h = (h + 1) & (a->idcap - 1);
    }
    char *c = sl_arena_strndup(a, s, n);
    if (!c) return NULL;
    a->ids[h] = c;
    a->nids++;
    return c;
}

/* ---- parser state ------------------------------------------------------------------- */

#define MAX_DEPTH 12000
#define TOKCHUNK 512

typedef struct Parser {
    SlArena *a;
    SlLexer lx;
    const char *buf;
    size_t len;
    SlToken **chunks;   /* tokens read so far, TOKCHUNK per chunk */
    int nchunks, capchunks, ntoks;
    SlToken dummy;      /* an ENDMARKER when nothing could be read */
    int pos;
    int far;            /* tokens looked at outside speculation (CPython's fill) */
    SlSyntaxErr *err;
    bool error;         /* *err is set */
    bool tok_error;     /* ... by the tokenizer */
    bool lex_done;
    bool eof_in_block;  /* the error is at the end of the input (REPL: need more) */
    bool indent_error;  /* "unexpected indent": reported without looking further */
    int generic_line, generic_col; /* token of a generic "invalid syntax", or 0 */
    int depth;
    int ifexp_chain, ifexp_max;   /* `x if c else` nesting in else branches */
    int speculate;      /* >0 while trying a parse that may be abandoned */
    SlCompileMode mode;
    SlId id_print, id_exec, id_debug;
} Parser;

static void tokenizer_error(Parser *p, SlToken *t);

/* Tokens live in fixed-size chunks, so pointers to them stay valid while
 * more tokens are read. */
#define TOK(p, i) (&(p)->chunks[(i) / TOKCHUNK][(i) % TOKCHUNK])

static SlToken *tok_at(Parser *p, int i) {
    if (!p->speculate && i >= p->far) p->far = i + 1;
    while (i >= p->ntoks) {
        if (p->lex_done) return p->ntoks ? TOK(p, p->ntoks - 1) : &p->dummy;
        if (p->ntoks % TOKCHUNK == 0) {
            int k = p->ntoks / TOKCHUNK;
            if (k == p->capchunks) {
                int nc = p->capchunks ? p->capchunks * 2 : 16;
                SlToken **n = realloc(p->chunks, (size_t)nc * sizeof *n);
                if (!n) goto oom;
                p->chunks = n;
                p->capchunks = nc;
            }
            p->chunks[k] = malloc(TOKCHUNK * sizeof(SlToken));
            if (!p->chunks[k]) goto oom;
            p->nchunks = k + 1;
        }
        SlToken *t = TOK(p, p->ntoks);
        p->ntoks++;
        SlTokType ty = sl_lexer_next(&p->lx, t);
        if (ty == SL_TOK_ERRORTOKEN) {
            p->lex_done = true;
            tokenizer_error(p, t);
        } else if (ty == SL_TOK_ENDMARKER) {
            p->lex_done = true;
        }
    }
    return TOK(p, i);
oom:
    p->a->failed = true;
    p->lex_done = true;
    return p->ntoks ? TOK(p, p->ntoks - 1) : &p->dummy;
}

static void free_tokens(Parser *p) {
    for (int i = 0; i < p->nchunks; i++) free(p->chunks[i]);
    free(p->chunks);
    p->chunks = NULL;
    p->nchunks = p->capchunks = 0;
}

#define CUR(p) tok_at((p), (p)->pos)
#define PEEK(p, k) tok_at((p), (p)->pos + (k))

static bool at(Parser *p, SlTokType t) { return CUR(p)->type == t; }
static bool at_kw(Parser *p, SlKeyword k) {
    SlToken *t = CUR(p);
    return t->type == SL_TOK_NAME && t->kw == k;
}
static bool is_hard_kw(const SlToken *t) {
    return t->type == SL_TOK_NAME && t->kw != 0 && t->kw < SL_KW_FIRST_SOFT;
}
static bool at_name(Parser *p) { /* an identifier (not a hard keyword) */
    SlToken *t = CUR(p);
    return t->type == SL_TOK_NAME && !is_hard_kw(t);
}
static SlToken *advance(Parser *p) {
    SlToken *t = CUR(p);
    p->pos++;
    return t;
}
static bool accept(Parser *p, SlTokType t) {
    if (at(p, t)) {
        p->pos++;
        return true;
    }
    return false;
}
static bool accept_kw(Parser *p, SlKeyword k) {
    if (at_kw(p, k)) {
        p->pos++;
        return true;
    }
    return false;
}

/* ---- errors ------------------------------------------------------------------------- */

static void set_err(Parser *p, SlSErrKind kind, int lineno, int col1, int end_lineno,
                    int endcol1, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 7, 8)))
#endif
    ;

static void set_err(Parser *p, SlSErrKind kind, int lineno, int col1, int end_lineno,
                    int endcol1, const char *fmt, ...) {
    if (p->error) return;
    char msg[320];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    sl_syntax_err_set(p->err, kind, p->buf, p->len, lineno, col1, end_lineno, endcol1, "%s", msg);
    p->error = true;
}

static SlToken *last_tok(Parser *p) {
    int i = p->far < p->ntoks ? p->far : p->ntoks;
    if (i <= 0) return p->ntoks ? TOK(p, 0) : &p->dummy;
    return TOK(p, i - 1);
}

/* CPython's _PyPegen_raise_error(use_mark=0): at the last token fetched. */
#define RAISE_LAST(p, kind, ...)                                               \
    do {                                                                       \
        SlToken *t_ = last_tok(p);                                             \
        int c_ = t_->col == -1 ? t_->cur_col : t_->col + 1;                    \
        int e_ = t_->end_col == -1 ? -1 : t_->end_col + 1;                     \
        set_err((p), (kind), t_->lineno, c_, t_->end_lineno, e_, __VA_ARGS__); \
    } while (0)

/* RAISE_SYNTAX_ERROR_KNOWN_LOCATION(token) */
static void err_tok(Parser *p, SlToken *t, const char *fmt, const char *arg) {
    set_err(p, SL_SERR_SYNTAX, t->lineno, t->col + 1, t->end_lineno, t->end_col + 1, fmt, arg);
}
/* RAISE_SYNTAX_ERROR_KNOWN_LOCATION(node) */
static void err_node(Parser *p, SlAstPos pos, const char *fmt, const char *arg) {
    set_err(p, SL_SERR_SYNTAX, pos.lineno, pos.col + 1, pos.end_lineno, pos.end_col + 1, fmt, arg);
}
/* RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b) */
static void err_range(Parser *p, SlAstPos a, SlAstPos b, const char *fmt, const char *arg) {
    set_err(p, SL_SERR_SYNTAX, a.lineno, a.col + 1, b.end_lineno, b.end_col + 1, fmt, arg);
}
/* RAISE_SYNTAX_ERROR_STARTING_FROM(a) */
static SlToken *last_tok(Parser *p);
static void err_from(Parser *p, SlAstPos a, const char *fmt) {
    /* pegen's CURRENT_POS end: where the tokenizer is (after the last token read) */
    SlToken *t = last_tok(p);
    set_err(p, SL_SERR_SYNTAX, a.lineno, a.col + 1, t->end_lineno, t->end_col, "%s", fmt);
}

static void tokenizer_error(Parser *p, SlToken *t) {
    SlLexer *lx = &p->lx;
    if (p->error && !p->speculate) return;
    p->error = false; /* a tokenizer error replaces a tentative parser error */
    p->tok_error = true;
    switch (lx->done) {
    case SL_LEX_ERROR:
        p->error = true; /* message set by the lexer */
        return;
    case SL_LEX_EOF:
        if (lx->level) {
            int l = lx->level - 1;
            set_err(p, SL_SERR_SYNTAX, lx->parenline[l], lx->parencol[l] + 1, lx->parenline[l], 0,
                    MSG(NEVER_CLOSED), lx->parenstack[l]);
        } else {
            set_err(p, SL_SERR_SYNTAX, t->lineno, t->cur_col, t->lineno, -1, "%s",
                    MSG(UNEXPECTED_EOF));
        }
        p->eof_in_block = true;
        return;
    case SL_LEX_DEDENT:
        set_err(p, SL_SERR_INDENT, t->lineno, t->cur_col, t->lineno, -1, "%s",
                MSG(UNINDENT_MISMATCH));
        return;
    case SL_LEX_TABSPACE:
        set_err(p, SL_SERR_TAB, t->lineno, 1, t->lineno, 0, "%s", MSG(TAB_ERROR));
        return;
    case SL_LEX_TOODEEP:
        set_err(p, SL_SERR_INDENT, t->lineno, 1, t->lineno, 0, "%s", MSG(TOO_DEEP));
        return;
    case SL_LEX_LINECONT:
        set_err(p, SL_SERR_SYNTAX, t->lineno, t->cur_col, t->lineno, 0, "%s", MSG(LINECONT));
        return;
    default:
        set_err(p, SL_SERR_SYNTAX, t->lineno, 1, t->lineno, 0, "unknown parsing error");
        return;
    }
}

/* The generic error: "invalid syntax" at the furthest token looked at. */
static void *syntax_error(Parser *p) {
    if (p->error) return NULL;
    SlToken *t = last_tok(p);
    if (t->type == SL_TOK_INDENT) {
        RAISE_LAST(p, SL_SERR_INDENT, "%s", MSG(UNEXPECTED_INDENT));
        p->indent_error = true;
    } else if (t->type == SL_TOK_DEDENT) {
        RAISE_LAST(p, SL_SERR_INDENT, "%s", MSG(UNEXPECTED_UNINDENT));
        p->indent_error = true;
    } else {
        if (t->type == SL_TOK_ENDMARKER) p->eof_in_block = true;
        set_err(p, SL_SERR_SYNTAX, t->lineno, t->col + 1, t->end_lineno, t->end_col + 1, "%s",
                MSG(INVALID_SYNTAX));
        p->generic_line = t->lineno;
        p->generic_col = t->col;
    }
    return NULL;
}

static void *nomem(Parser *p) {
    if (!p->error) {
        p->err->kind = SL_SERR_MEMORY;
        snprintf(p->err->msg, sizeof p->err->msg, "out of memory");
        p->error = true;
    }
    return NULL;
}

static bool enter(Parser *p, int weight) {
    p->depth += weight;
    if (p->depth > MAX_DEPTH) {
        if (!p->error) {
            p->err->kind = SL_SERR_MEMORY;
            snprintf(p->err->msg, sizeof p->err->msg, "%s", MSG(PARSER_OVERFLOW));
            p->err->lineno = 0;
            p->error = true;
        }
        return false;
    }
    return true;
}

/* ---- node helpers -------------------------------------------------------------------------- */

static SlAstPos tok_pos(const SlToken *t) {
    SlAstPos r = {t->lineno, t->col, t->end_lineno, t->end_col};
    return r;
}
static SlAstPos span(SlAstPos a, SlAstPos b) {
    SlAstPos r = {a.lineno, a.col, b.end_lineno, b.end_col};
    return r;
}
/* position from token index start to the last consumed token */
static SlAstPos pos_from(Parser *p, int start) {
    int last = p->pos - 1;
    /* the last token that is not NEWLINE/INDENT/DEDENT (as pegen) */
    while (last > start) {
        SlTokType ty = tok_at(p, last)->type;
        if (ty != SL_TOK_NEWLINE && ty != SL_TOK_INDENT && ty != SL_TOK_DEDENT && ty != SL_TOK_ENDMARKER)
            break;
        last--;
    }
    SlToken *s = tok_at(p, start), *e = tok_at(p, last);
    SlAstPos r = {s->lineno, s->col, e->end_lineno, e->end_col};
    return r;
}

static SlExpr *new_expr(Parser *p, SlExprKind k, SlAstPos pos) {
    SlExpr *e = sl_arena_alloc(p->a, sizeof *e);
    if (!e) return nomem(p);
    e->kind = k;
    e->pos = pos;
    return e;
}
static SlStmt *new_stmt(Parser *p, SlStmtKind k, SlAstPos pos) {
    SlStmt *s = sl_arena_alloc(p->a, sizeof *s);
    if (!s) return nomem(p);
    s->kind = k;
    s->pos = pos;
    return s;
}

/* growable vectors, finished into arena arrays */
typedef struct Vec {
    void **items;
    int n, cap;
} Vec;

static bool vec_push(Parser *p, Vec *v, void *x) {
    if (v->n == v->cap) {
        int ncap = v->cap ? v->cap * 2 : 8;
        void **ni = sl_arena_alloc(p->a, (size_t)ncap * sizeof(void *));
        if (!ni) {
            nomem(p);
            return false;
        }
        if (v->n) memcpy(ni, v->items, (size_t)v->n * sizeof(void *));
        v->items = ni;
        v->cap = ncap;
    }
    v->items[v->n++] = x;
    return true;
}
static SlExprSeq expr_seq(Vec *v) {
    SlExprSeq s = {v->n, (SlExpr **)v->items};
    return s;
}
static SlStmtSeq stmt_seq(Vec *v) {
    SlStmtSeq s = {v->n, (SlStmt **)v->items};
    return s;
}

static SlId tok_id(Parser *p, SlToken *t) {
    SlId id = sl_arena_id(p->a, p->buf + t->start, t->end - t->start);
    if (!id) nomem(p);
    return id;
}

const char *sl_ast_expr_name(const SlExpr *e) {
    switch (e->kind) {
    case SL_E_ATTRIBUTE: return "attribute";
    case SL_E_SUBSCRIPT: return "subscript";
    case SL_E_STARRED: return "starred";
    case SL_E_NAME: return "name";
    case SL_E_LIST: return "list";
    case SL_E_TUPLE: return "tuple";
    case SL_E_LAMBDA: return "lambda";
    case SL_E_CALL: return "function call";
    case SL_E_BOOLOP:
    case SL_E_BINOP:
    case SL_E_UNARYOP: return "expression";
    case SL_E_GENEXP: return "generator expression";
    case SL_E_YIELD:
    case SL_E_YIELDFROM: return "yield expression";
    case SL_E_LISTCOMP: return "list comprehension";
    case SL_E_SETCOMP: return "set comprehension";
    case SL_E_DICTCOMP: return "dict comprehension";
    case SL_E_DICT: return "dict literal";
    case SL_E_SET: return "set display";
    case SL_E_JOINEDSTR:
    case SL_E_FORMATTEDVALUE: return "f-string expression";
    case SL_E_CONSTANT:
        switch (e->v.constant.kind) {
        case SL_CONST_NONE: return "None";
        case SL_CONST_FALSE: return "False";
        case SL_CONST_TRUE: return "True";
        case SL_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case SL_E_COMPARE: return "comparison";
    case SL_E_IFEXP: return "conditional expression";
    case SL_E_NAMEDEXPR: return "named expression";
    case SL_E_SLICE: return "slice";
    }
    return "expression";
}

/* ---- forward declarations --------------------------------------------------------------- */

static SlExpr *parse_expression(Parser *p);
static SlExpr *parse_named_expression(Parser *p);
static SlExpr *parse_star_expressions(Parser *p);
static SlExpr *parse_star_named_expression(Parser *p);
static SlExpr *parse_disjunction(Parser *p);
static SlExpr *parse_bitwise_or(Parser *p);
static SlExpr *parse_primary(Parser *p);
static SlExpr *parse_atom(Parser *p);
static SlExpr *parse_yield_expr(Parser *p);
static SlStmtSeq parse_block(Parser *p, SlToken *kwtok, const char *what);
static SlStmt *parse_statement(Parser *p, Vec *out);
static SlArguments *parse_params(Parser *p, bool lambda);
static bool parse_comp_clauses(Parser *p, int *ngens, SlComprehension **gens);
static SlExpr *parse_strings(Parser *p);
static bool at_expr_start(Parser *p);

/* Can this token start an expression? (for "forgot a comma" and legacy print) */
static bool starts_expression(SlToken *t) {
    switch (t->type) {
    case SL_TOK_NAME:
        if (!is_hard_kw(t)) return true;
        return t->kw == SL_KW_NONE || t->kw == SL_KW_TRUE || t->kw == SL_KW_FALSE ||
               t->kw == SL_KW_LAMBDA || t->kw == SL_KW_NOT || t->kw == SL_KW_AWAIT;
    case SL_TOK_NUMBER:
    case SL_TOK_STRING:
    case SL_TOK_FSTRING_START:
    case SL_TOK_LPAR:
    case SL_TOK_LSQB:
    case SL_TOK_LBRACE:
    case SL_TOK_MINUS:
    case SL_TOK_PLUS:
    case SL_TOK_TILDE:
    case SL_TOK_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

/* Speculation: run a sub-parse that may fail without reporting. */
typedef struct Mark {
    int pos;
    bool error;
    SlSyntaxErr err;
} Mark;
static void mark_save(Parser *p, Mark *m) {
    m->pos = p->pos;
    m->error = p->error;
    m->err = *p->err;
    p->speculate++;
}
/* Undo a failed speculation unless the tokenizer failed (those errors stand). */
static void mark_restore(Parser *p, Mark *m) {
    p->speculate--;
    if (p->tok_error) return;
    p->pos = m->pos;
    p->error = m->error;
    *p->err = m->err;
}
static void mark_keep(Parser *p) { p->speculate--; }

/* invalid_expression: "a b" inside brackets -> "Perhaps you forgot a comma?" */
static void check_forgot_comma(Parser *p, SlExpr *a, int a_start) {
    if (p->error) return;
    SlToken *nt = CUR(p);
    if (!starts_expression(nt)) return;
    /* !(NAME STRING | SOFT_KEYWORD) at a's start */
    SlToken *s0 = tok_at(p, a_start), *s1 = tok_at(p, a_start + 1);
    if (s0->type == SL_TOK_NAME && (s1->type == SL_TOK_STRING || s1->type == SL_TOK_FSTRING_START))
        return;
    if (s0->type == SL_TOK_NAME && s0->kw >= SL_KW_FIRST_SOFT) return;
    if (a->kind == SL_E_NAME && (a->v.name.id == p->id_print || a->v.name.id == p->id_exec)) return;
    if (a->kind == SL_E_IFEXP || a->kind == SL_E_LAMBDA) return;
    Mark m;
    mark_save(p, &m);
    SlExpr *b = parse_expression(p);
    if (!b || p->error) {
        mark_restore(p, &m);
        return;
    }
    int level = tok_at(p, p->pos - 1)->level;
    mark_restore(p, &m);
    if (level == 0) return;
    err_range(p, a->pos, b->pos, "%s", MSG(FORGOT_COMMA));
}

/* ---- atoms ------------------------------------------------------------------------------------ */

static SlExpr *make_const(Parser *p, SlConstKind k, SlAstPos pos) {
    SlExpr *e = new_expr(p, SL_E_CONSTANT, pos);
    if (e) e->v.constant.kind = k;
    return e;
}

static SlExpr *parse_number(Parser *p) {
    SlToken *t = advance(p);
    const char *s = p->buf + t->start;
    size_t n = t->end - t->start;
    char last = s[n - 1];
    bool imaginary = last == 'j' || last == 'J';
    char *clean = sl_arena_alloc(p->a, n + 1);
    if (!clean) return nomem(p);
    size_t j = 0;
    bool is_float = false, hex = n > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '_') continue;
        if (!hex && (s[i] == '.' || s[i] == 'e' || s[i] == 'E')) is_float = true;
        clean[j++] = s[i];
    }
    clean[j] = 0;
    SlExpr *e = make_const(p, imaginary ? SL_CONST_COMPLEX : is_float ? SL_CONST_FLOAT : SL_CONST_INT,
                           tok_pos(t));
    if (!e) return NULL;
    e->v.constant.text = clean;
    e->v.constant.len = j;
    /* strtod stops at the 'j' of an imaginary literal */
    if (is_float || imaginary) e->v.constant.fval = strtod(clean, NULL);
    return e;
}

/* Parenthesised: tuple, genexp, yield, named expression, or grouping. */
static SlExpr *parse_paren(Parser *p) {
    int start = p->pos;
    SlToken *lpar = advance(p);
    (void)lpar;
    if (accept(p, SL_TOK_RPAR)) {
        SlExpr *e = new_expr(p, SL_E_TUPLE, pos_from(p, start));
        return e;
    }
    if (at_kw(p, SL_KW_YIELD)) {
        SlExpr *y = parse_yield_expr(p);
        if (!y) return NULL;
        if (!accept(p, SL_TOK_RPAR)) return syntax_error(p);
        return y;
    }
    int first_start = p->pos;
    SlExpr *first = parse_star_named_expression(p);
    if (!first) return NULL;
    if (at_kw(p, SL_KW_FOR)) {
        if (first->kind == SL_E_STARRED) {
            err_node(p, first->pos, "%s", MSG(ITER_UNPACK_COMP));
            return NULL;
        }
        SlExpr *g = new_expr(p, SL_E_GENEXP, first->pos);
        if (!g) return NULL;
        g->v.comp.elt = first;
        if (!parse_comp_clauses(p, &g->v.comp.ngens, &g->v.comp.gens)) return NULL;
        if (!accept(p, SL_TOK_RPAR)) {
            check_forgot_comma(p, first, first_start);
            return syntax_error(p);
        }
        g->pos = pos_from(p, start);
        return g;
    }
    if (accept(p, SL_TOK_RPAR)) {
        if (first->kind == SL_E_STARRED) {
            err_node(p, first->pos, "%s", MSG(STARRED_HERE));
            return NULL;
        }
        return first;
    }
    if (!at(p, SL_TOK_COMMA)) {
        if (at(p, SL_TOK_EQUAL) && first->kind != SL_E_STARRED) {
            /* invalid_named_expression inside parentheses */
            return syntax_error(p);
        }
        check_forgot_comma(p, first, first_start);
        return syntax_error(p);
    }
    Vec v = {0};
    if (!vec_push(p, &v, first)) return NULL;
    while (accept(p, SL_TOK_COMMA)) {
        if (at(p, SL_TOK_RPAR)) break;
        int es = p->pos;
        SlExpr *e = parse_star_named_expression(p);
        if (!e) return NULL;
        if (!vec_push(p, &v, e)) return NULL;
        if (!at(p, SL_TOK_COMMA) && !at(p, SL_TOK_RPAR)) {
            check_forgot_comma(p, e, es);
            return syntax_error(p);
        }
    }
    if (!accept(p, SL_TOK_RPAR)) return syntax_error(p);
    SlExpr *t = new_expr(p, SL_E_TUPLE, pos_from(p, start));
    if (!t) return NULL;
    t->v.seq.elts = expr_seq(&v);
    return t;
}

static SlExpr *parse_list(Parser *p) {
    int start = p->pos;
    advance(p);
    Vec v = {0};
    if (accept(p, SL_TOK_RSQB)) {
        SlExpr *e = new_expr(p, SL_E_LIST, pos_from(p, start));
        return e;
    }
    int first_start = p->pos;
    SlExpr *first = parse_star_named_expression(p);
    if (!first) return NULL;
    if (at_kw(p, SL_KW_FOR)) {
        if (first->kind == SL_E_STARRED) {
            err_node(p, first->pos, "%s", MSG(ITER_UNPACK_COMP));
            return NULL;
        }
        SlExpr *g = new_expr(p, SL_E_LISTCOMP, first->pos);
        if (!g) return NULL;
        g->v.comp.elt = first;
        if (!parse_comp_clauses(p, &g->v.comp.ngens, &g->v.comp.gens)) return NULL;
        if (!accept(p, SL_TOK_RSQB)) {
            check_forgot_comma(p, first, first_start);
            return syntax_error(p);
        }
        g->pos = pos_from(p, start);
        return g;
    }
    if (!vec_push(p, &v, first)) return NULL;
    if (!at(p, SL_TOK_COMMA) && !at(p, SL_TOK_RSQB)) {
        check_forgot_comma(p, first, first_start);
        return syntax_error(p);
    }
    while (accept(p, SL_TOK_COMMA)) {
        if (at(p, SL_TOK_RSQB)) break;
        int es = p->pos;
        SlExpr *e = parse_star_named_expression(p);
        if (!e) return NULL;
        if (!vec_push(p, &v, e)) return NULL;
        if (at_kw(p, SL_KW_FOR)) {
            /* [a, b for b in c] */
            err_range(p, first->pos, e->pos, "%s", MSG(COMP_TARGET_PARENS));
            return NULL;
        }
        if (!at(p, SL_TOK_COMMA) && !at(p, SL_TOK_RSQB)) {
            check_forgot_comma(p, e, es);
            return syntax_error(p);
        }
    }
    if (!accept(p, SL_TOK_RSQB)) return syntax_error(p);
    SlExpr *l = new_expr(p, SL_E_LIST, pos_from(p, start));
    if (!l) return NULL;
    l->v.seq.elts = expr_seq(&v);
    return l;
}

/* "{k: *v}": CPython reports it from the '*' to where the tokenizer is */
static void dict_starred_value(Parser *p) {
    SlToken *star = advance(p);
    SlExpr *v = parse_bitwise_or(p);
    if (!v) return;
    (void)CUR(p);
    err_from(p, tok_pos(star), MSG(DICT_STARRED_VALUE));
}

/* {...}: dict, set, or their comprehensions */
static SlExpr *parse_brace(Parser *p) {
    int start = p->pos;
    advance(p);
    if (accept(p, SL_TOK_RBRACE)) return new_expr(p, SL_E_DICT, pos_from(p, start));
    Vec keys = {0}, vals = {0};
    bool is_dict;
    SlExpr *k = NULL, *val = NULL;
    int first_start = p->pos, val_start = p->pos;
    if (at(p, SL_TOK_DOUBLESTAR)) {
        SlToken *ds = advance(p);
        val = parse_bitwise_or(p);
        if (!val) return NULL;
        if (at_kw(p, SL_KW_FOR)) {
            err_tok(p, ds, "%s", MSG(DICT_UNPACK_COMP));
            return NULL;
        }
        is_dict = true;
    } else {
        k = parse_star_named_expression(p);
        if (!k) return NULL;
        if (at(p, SL_TOK_COLON) && k->kind != SL_E_STARRED) {
            SlToken *colon = advance(p);
            if (at(p, SL_TOK_STAR)) {
                dict_starred_value(p);
                return NULL;
            }
            if (at(p, SL_TOK_RBRACE) || at(p, SL_TOK_COMMA)) {
                err_tok(p, colon, "%s", MSG(DICT_VALUE_EXPECTED));
                return NULL;
            }
            val_start = p->pos;
            val = parse_expression(p);
            if (!val) return NULL;
            is_dict = true;
        } else {
            is_dict = false;
        }
    }
    if (at_kw(p, SL_KW_FOR)) {
        if (!is_dict && k->kind == SL_E_STARRED) {
            err_node(p, k->pos, "%s", MSG(ITER_UNPACK_COMP));
            return NULL;
        }
        SlExpr *g = new_expr(p, is_dict ? SL_E_DICTCOMP : SL_E_SETCOMP, k->pos);
        if (!g) return NULL;
        g->v.comp.elt = k;
        g->v.comp.value = val;
        if (!parse_comp_clauses(p, &g->v.comp.ngens, &g->v.comp.gens)) return NULL;
        if (!accept(p, SL_TOK_RBRACE)) return syntax_error(p);
        g->pos = pos_from(p, start);
        return g;
    }
    if (!vec_push(p, &keys, k) || !vec_push(p, &vals, val)) return NULL;
    if (!at(p, SL_TOK_COMMA) && !at(p, SL_TOK_RBRACE)) {
        if (!is_dict) check_forgot_comma(p, k, first_start);
        else if (val) check_forgot_comma(p, val, val_start);
        return syntax_error(p);
    }
    while (accept(p, SL_TOK_COMMA)) {
        if (at(p, SL_TOK_RBRACE)) break;
        int es = p->pos;
        if (is_dict) {
            if (accept(p, SL_TOK_DOUBLESTAR)) {
                val = parse_bitwise_or(p);
                if (!val) return NULL;
                k = NULL;
            } else {
                k = parse_expression(p);
                if (!k) return NULL;
                if (!at(p, SL_TOK_COLON)) {
                    /* invalid_kvpair: "':' expected after dictionary key" */
                    set_err(p, SL_SERR_SYNTAX, k->pos.lineno, k->pos.end_col - 1 + 1,
                            k->pos.end_lineno, 0, "%s", MSG(DICT_COLON_EXPECTED));
                    return NULL;
                }
                SlToken *colon = advance(p);
                if (at(p, SL_TOK_STAR)) {
                    dict_starred_value(p);
                    return NULL;
                }
                if (at(p, SL_TOK_RBRACE) || at(p, SL_TOK_COMMA)) {
                    err_tok(p, colon, "%s", MSG(DICT_VALUE_EXPECTED));
                    return NULL;
                }
                val_start = p->pos;
                val = parse_expression(p);
                if (!val) return NULL;
            }
            if (!vec_push(p, &keys, k) || !vec_push(p, &vals, val)) return NULL;
            if (!at(p, SL_TOK_COMMA) && !at(p, SL_TOK_RBRACE)) {
                check_forgot_comma(p, val, k ? val_start : es + 1);
                return syntax_error(p);
            }
        } else {
            SlExpr *e = parse_star_named_expression(p);
            if (!e) return NULL;
            if (!vec_push(p, &keys, e)) return NULL;
            if (at_kw(p, SL_KW_FOR)) {
                err_range(p, ((SlExpr *)keys.items[0])->pos, e->pos, "%s",
                          MSG(COMP_TARGET_PARENS));
                return NULL;
            }
            if (!at(p, SL_TOK_COMMA) && !at(p, SL_TOK_RBRACE)) {
                check_forgot_comma(p, e, es);
                return syntax_error(p);
            }
        }
    }
    if (!accept(p, SL_TOK_RBRACE)) return syntax_error(p);
    SlExpr *d = new_expr(p, is_dict ? SL_E_DICT : SL_E_SET, pos_from(p, start));
    if (!d) return NULL;
    if (is_dict) {
        d->v.dict.keys = expr_seq(&keys);
        d->v.dict.values = expr_seq(&vals);
    } else {
        d->v.set.elts = expr_seq(&keys);
    }
    return d;
}

static SlExpr *parse_atom(Parser *p) {
    SlToken *t = CUR(p);
    switch (t->type) {
    case SL_TOK_NAME:
        if (t->kw == SL_KW_NONE || t->kw == SL_KW_TRUE || t->kw == SL_KW_FALSE) {
            advance(p);
            return make_const(p,
                              t->kw == SL_KW_NONE   ? SL_CONST_NONE
                              : t->kw == SL_KW_TRUE ? SL_CONST_TRUE
                                                    : SL_CONST_FALSE,
                              tok_pos(t));
        }
        if (is_hard_kw(t)) {
            if (t->kw == SL_KW_AWAIT) {
                err_tok(p, t, MSG(UNSUPPORTED), "'await' expressions");
                return NULL;
            }
            return syntax_error(p);
        }
        {
            advance(p);
            SlExpr *e = new_expr(p, SL_E_NAME, tok_pos(t));
            if (!e) return NULL;
            e->v.name.id = tok_id(p, t);
            return e;
        }
    case SL_TOK_NUMBER:
        return parse_number(p);
    case SL_TOK_STRING:
    case SL_TOK_FSTRING_START:
        return parse_strings(p);
    case SL_TOK_LPAR:
        return parse_paren(p);
    case SL_TOK_LSQB:
        return parse_list(p);
    case SL_TOK_LBRACE:
        return parse_brace(p);
    case SL_TOK_ELLIPSIS:
        advance(p);
        return make_const(p, SL_CONST_ELLIPSIS, tok_pos(t));
    default:
        return syntax_error(p);
    }
}

/* ---- primaries: calls, attributes, subscripts ---------------------------------------------- */

static bool is_keyword_arg_start(Parser *p) {
    return CUR(p)->type == SL_TOK_NAME && PEEK(p, 1)->type == SL_TOK_EQUAL;
}

static SlExpr *parse_call_args(Parser *p, SlExpr *func, int start, bool genexp_ok) {
    /* CUR is '(' */
    advance(p);
    Vec args = {0}, kws = {0};
    bool seen_kw = false, seen_kwunpack = false;
    const char *pending = NULL; /* "positional argument follows ..." once the args are read */
    int nitems = 0;
    while (!at(p, SL_TOK_RPAR)) {
        int item_start = p->pos;
        nitems++;
        if (at(p, SL_TOK_STAR)) {
            SlToken *st = advance(p);
            if (!at_expr_start(p)) {
                err_tok(p, CUR(p), "%s", MSG(INVALID_STAR));
                return NULL;
            }
            SlExpr *v = parse_expression(p);
            if (!v) return NULL;
            if (seen_kwunpack) {
                /* RAISE_SYNTAX_ERROR_KNOWN_LOCATION(args): CPython reports the
                 * span from the ',' before the '*' to the end of the call */
                SlToken *comma = tok_at(p, item_start - 1);
                set_err(p, SL_SERR_SYNTAX, comma->lineno, comma->col + 1, v->pos.end_lineno,
                        v->pos.end_col + 1, "%s", MSG(ITER_AFTER_KWUNPACK));
                return NULL;
            }
            SlExpr *s = new_expr(p, SL_E_STARRED, span(tok_pos(st), v->pos));
            if (!s) return NULL;
            s->v.starred.value = v;
            if (at(p, SL_TOK_EQUAL)) {
                advance(p);
                SlExpr *val = parse_expression(p);
                if (val) err_range(p, tok_pos(st), val->pos, "%s", MSG(ASSIGN_STAR_ARG));
                return NULL;
            }
            if (!vec_push(p, &args, s)) return NULL;
        } else if (at(p, SL_TOK_DOUBLESTAR)) {
            SlToken *st = advance(p);
            SlExpr *v = parse_expression(p);
            if (!v) return NULL;
            if (at(p, SL_TOK_EQUAL)) {
                advance(p);
                SlExpr *val = parse_expression(p);
                if (val) err_range(p, tok_pos(st), val->pos, "%s", MSG(ASSIGN_DSTAR_ARG));
                return NULL;
            }
            SlKeywordArg *k = sl_arena_alloc(p->a, sizeof *k);
            if (!k) return nomem(p);
            k->value = v;
            k->pos = span(tok_pos(st), v->pos);
            if (!vec_push(p, &kws, k)) return NULL;
            seen_kwunpack = true;
        } else if (is_keyword_arg_start(p)) {
            SlToken *nt = advance(p);
            SlToken *eq = advance(p);
            if (is_hard_kw(nt)) {
                if (nt->kw == SL_KW_TRUE || nt->kw == SL_KW_FALSE || nt->kw == SL_KW_NONE) {
                    err_range(p, tok_pos(nt), tok_pos(eq), MSG(KW_NONE_TRUE),
                              sl_keyword_text[nt->kw]);
                    return NULL;
                }
                p->pos = item_start;
                return syntax_error(p);
            }
            if (at(p, SL_TOK_RPAR) || at(p, SL_TOK_COMMA)) {
                err_range(p, tok_pos(nt), tok_pos(eq), "%s", MSG(ARG_VALUE_EXPECTED));
                return NULL;
            }
            SlExpr *v = parse_expression(p);
            if (!v) return NULL;
            if (at_kw(p, SL_KW_FOR)) {
                err_range(p, tok_pos(nt), tok_pos(eq), "%s", MSG(MEANT_EQ));
                return NULL;
            }
            SlKeywordArg *k = sl_arena_alloc(p->a, sizeof *k);
            if (!k) return nomem(p);
            k->arg = tok_id(p, nt);
            k->value = v;
            k->pos = span(tok_pos(nt), v->pos);
            if (!vec_push(p, &kws, k)) return NULL;
            seen_kw = true;
        } else {
            SlExpr *v;
            if (CUR(p)->type == SL_TOK_NAME && PEEK(p, 1)->type == SL_TOK_COLONEQUAL)
                v = parse_named_expression(p);
            else
                v = parse_expression(p);
            if (!v) return NULL;
            if (at_kw(p, SL_KW_FOR)) {
                if (!genexp_ok) return syntax_error(p);
                SlExpr *g = new_expr(p, SL_E_GENEXP, v->pos);
                if (!g) return NULL;
                g->v.comp.elt = v;
                if (!parse_comp_clauses(p, &g->v.comp.ngens, &g->v.comp.gens)) return NULL;
                SlComprehension *last = &g->v.comp.gens[g->v.comp.ngens - 1];
                SlExpr *lastitem = last->ifs.n ? last->ifs.items[last->ifs.n - 1] : last->iter;
                if (nitems != 1 || at(p, SL_TOK_COMMA)) {
                    err_range(p, v->pos, lastitem->pos, "%s", MSG(GENEXP_PARENS));
                    return NULL;
                }
                if (!at(p, SL_TOK_RPAR)) return syntax_error(p);
                /* the genexp spans the call's parentheses */
                g->pos = span(tok_pos(tok_at(p, item_start - 1)), tok_pos(CUR(p)));
                v = g;
            }
            if (at(p, SL_TOK_EQUAL)) {
                /* f(a.b=1), f((x)=1) */
                err_range(p, v->pos, tok_pos(CUR(p)), "%s", MSG(KW_EXPR_ASSIGN));
                return NULL;
            }
            if ((seen_kw || seen_kwunpack) && !pending)
                pending = seen_kwunpack ? MSG(POS_AFTER_KWUNPACK) : MSG(POS_AFTER_KW);
            if (!vec_push(p, &args, v)) return NULL;
        }
        if (!accept(p, SL_TOK_COMMA)) {
            if (!at(p, SL_TOK_RPAR)) {
                SlExpr *last = args.n ? args.items[args.n - 1] : NULL;
                if (last && tok_at(p, item_start) == tok_at(p, item_start) &&
                    ((SlExpr *)last)->pos.lineno) {
                    SlExpr *le = last;
                    if (kws.n == 0 || le->pos.lineno > 0) {
                        /* only if the positional arg was the last item */
                        SlToken *it = tok_at(p, item_start);
                        if (it->type != SL_TOK_STAR && it->type != SL_TOK_DOUBLESTAR &&
                            !(it->type == SL_TOK_NAME && tok_at(p, item_start + 1)->type ==
                                                             SL_TOK_EQUAL))
                            check_forgot_comma(p, le, item_start);
                    }
                }
                return syntax_error(p);
            }
            break;
        }
    }
    if (pending) {
        /* _PyPegen_arguments_parsing_error: at the last token read */
        RAISE_LAST(p, SL_SERR_SYNTAX, "%s", pending);
        return NULL;
    }
    advance(p); /* ')' */
    SlExpr *c = new_expr(p, SL_E_CALL, pos_from(p, start));
    if (!c) return NULL;
    c->v.call.func = func;
    c->v.call.args = expr_seq(&args);
    c->v.call.nkw = kws.n;
    if (kws.n) {
        c->v.call.keywords = sl_arena_alloc(p->a, (size_t)kws.n * sizeof(SlKeywordArg));
        if (!c->v.call.keywords) return nomem(p);
        for (int i = 0; i < kws.n; i++) c->v.call.keywords[i] = *(SlKeywordArg *)kws.items[i];
    }
    return c;
}

static SlExpr *parse_slice_item(Parser *p) {
    int start = p->pos;
    SlExpr *lower = NULL, *upper = NULL, *step = NULL;
    if (!at(p, SL_TOK_COLON)) {
        if (at(p, SL_TOK_STAR)) {
            SlToken *st = advance(p);
            if (!at_expr_start(p)) {
                err_tok(p, CUR(p), "%s", MSG(INVALID_STAR));
                return NULL;
            }
            SlExpr *v = parse_bitwise_or(p);
            if (!v) return NULL;
            SlExpr *s = new_expr(p, SL_E_STARRED, span(tok_pos(st), v->pos));
            if (s) s->v.starred.value = v;
            return s;
        }
        lower = parse_named_expression(p);
        if (!lower) return NULL;
        if (!at(p, SL_TOK_COLON)) return lower;
    }
    advance(p); /* ':' */
    if (!at(p, SL_TOK_COLON) && !at(p, SL_TOK_COMMA) && !at(p, SL_TOK_RSQB)) {
        upper = parse_expression(p);
        if (!upper) return NULL;
    }
    if (accept(p, SL_TOK_COLON)) {
        if (!at(p, SL_TOK_COMMA) && !at(p, SL_TOK_RSQB)) {
            step = parse_expression(p);
            if (!step) return NULL;
        }
    }
    SlExpr *s = new_expr(p, SL_E_SLICE, pos_from(p, start));
    if (!s) return NULL;
    s->v.slice.lower = lower;
    s->v.slice.upper = upper;
    s->v.slice.step = step;
    return s;
}

static SlExpr *parse_subscript(Parser *p, SlExpr *value, int start) {
    advance(p); /* '[' */
    int sstart = p->pos;
    SlExpr *first = parse_slice_item(p);
    if (!first) return NULL;
    SlExpr *slice = first;
    if (at(p, SL_TOK_COMMA)) {
        Vec v = {0};
        if (!vec_push(p, &v, first)) return NULL;
        while (accept(p, SL_TOK_COMMA)) {
            if (at(p, SL_TOK_RSQB)) break;
            SlExpr *e = parse_slice_item(p);
            if (!e) return NULL;
            if (!vec_push(p, &v, e)) return NULL;
        }
        slice = new_expr(p, SL_E_TUPLE, pos_from(p, sstart));
        if (!slice) return NULL;
        slice->v.seq.elts = expr_seq(&v);
    } else if (first->kind == SL_E_STARRED) {
        /* a[*b] is a tuple of one starred item */
        slice = new_expr(p, SL_E_TUPLE, first->pos);
        if (!slice) return NULL;
        Vec v = {0};
        if (!vec_push(p, &v, first)) return NULL;
        slice->v.seq.elts = expr_seq(&v);
    }
    if (!accept(p, SL_TOK_RSQB)) {
        if (first->kind != SL_E_SLICE) check_forgot_comma(p, first, sstart);
        return syntax_error(p);
    }
    SlExpr *s = new_expr(p, SL_E_SUBSCRIPT, pos_from(p, start));
    if (!s) return NULL;
    s->v.subscript.value = value;
    s->v.subscript.slice = slice;
    return s;
}

static SlExpr *parse_primary(Parser *p) {
    int start = p->pos;
    SlExpr *e = parse_atom(p);
    if (!e) return NULL;
    for (;;) {
        if (at(p, SL_TOK_DOT)) {
            advance(p);
            if (!at_name(p)) return syntax_error(p);
            SlToken *nt = advance(p);
            SlExpr *a = new_expr(p, SL_E_ATTRIBUTE, pos_from(p, start));
            if (!a) return NULL;
            a->v.attribute.value = e;
            a->v.attribute.attr = tok_id(p, nt);
            e = a;
        } else if (at(p, SL_TOK_LPAR)) {
            e = parse_call_args(p, e, start, true);
            if (!e) return NULL;
        } else if (at(p, SL_TOK_LSQB)) {
            e = parse_subscript(p, e, start);
            if (!e) return NULL;
        } else {
            return e;
        }
    }
}

/* ---- operators -------------------------------------------------------------------------------- */

static SlExpr *parse_factor(Parser *p);

static SlExpr *parse_power(Parser *p) {
    int start = p->pos;
    if (at_kw(p, SL_KW_AWAIT)) {
        err_tok(p, CUR(p), MSG(UNSUPPORTED), "'await' expressions");
        return NULL;
    }
    SlExpr *e = parse_primary(p);
    if (!e) return NULL;
    if (at(p, SL_TOK_DOUBLESTAR)) {
        advance(p);
        if (!enter(p, 2)) return NULL;
        SlExpr *r = parse_factor(p);
        p->depth -= 2;
        if (!r) return NULL;
        SlExpr *b = new_expr(p, SL_E_BINOP, pos_from(p, start));
        if (!b) return NULL;
        b->v.binop.left = e;
        b->v.binop.op = SL_NB_POW;
        b->v.binop.right = r;
        return b;
    }
    return e;
}

static SlExpr *parse_inversion(Parser *p);

/* "3 + not x": CPython 3.13's message, from 'not' to the end of its operand */
static void not_after_operator(Parser *p) {
    SlToken *nt = CUR(p);
    SlExpr *o = parse_inversion(p);
    if (o) err_range(p, tok_pos(nt), o->pos, "%s", MSG(NOT_AFTER_OP));
}

static SlExpr *parse_factor(Parser *p) {
    SlToken *t = CUR(p);
    SlUnaryOp op;
    if (t->type == SL_TOK_MINUS) op = SL_UN_NEG;
    else if (t->type == SL_TOK_PLUS) op = SL_UN_POS;
    else if (t->type == SL_TOK_TILDE) op = SL_UN_INVERT;
    else return parse_power(p);
    int start = p->pos;
    advance(p);
    if (at_kw(p, SL_KW_NOT)) {
        not_after_operator(p);
        return NULL;
    }
    if (!enter(p, 1)) return NULL;
    SlExpr *o = parse_factor(p);
    p->depth -= 1;
    if (!o) return NULL;
    SlExpr *u = new_expr(p, SL_E_UNARYOP, pos_from(p, start));
    if (!u) return NULL;
    u->v.unaryop.op = op;
    u->v.unaryop.operand = o;
    return u;
}

/* binary operator precedence (higher binds tighter); 0 = not a binop */
static int binop_prec(SlTokType t, SlBinOp *op) {
    switch (t) {
    case SL_TOK_VBAR: *op = SL_NB_OR; return 1;
    case SL_TOK_CIRCUMFLEX: *op = SL_NB_XOR; return 2;
    case SL_TOK_AMPER: *op = SL_NB_AND; return 3;
    case SL_TOK_LEFTSHIFT: *op = SL_NB_LSHIFT; return 4;
    case SL_TOK_RIGHTSHIFT: *op = SL_NB_RSHIFT; return 4;
    case SL_TOK_PLUS: *op = SL_NB_ADD; return 5;
    case SL_TOK_MINUS: *op = SL_NB_SUB; return 5;
    case SL_TOK_STAR: *op = SL_NB_MUL; return 6;
    case SL_TOK_SLASH: *op = SL_NB_TRUEDIV; return 6;
    case SL_TOK_DOUBLESLASH: *op = SL_NB_FLOORDIV; return 6;
    case SL_TOK_PERCENT: *op = SL_NB_MOD; return 6;
    case SL_TOK_AT: *op = SL_NB_MATMUL; return 6;
    default: return 0;
    }
}

/* Precedence climbing for the left-associative binary operators. */
static SlExpr *parse_binary(Parser *p, int min_prec) {
    int start = p->pos;
    SlExpr *left = parse_factor(p);
    if (!left) return NULL;
    for (;;) {
        SlBinOp op;
        int prec = binop_prec(CUR(p)->type, &op);
        if (prec == 0 || prec < min_prec) return left;
        advance(p);
        if (prec >= 5 && at_kw(p, SL_KW_NOT)) {
            not_after_operator(p);
            return NULL;
        }
        SlExpr *right = parse_binary(p, prec + 1);
        if (!right) return NULL;
        SlExpr *b = new_expr(p, SL_E_BINOP, pos_from(p, start));
        if (!b) return NULL;
        b->v.binop.left = left;
        b->v.binop.op = op;
        b->v.binop.right = right;
        left = b;
    }
}

static SlExpr *parse_bitwise_or(Parser *p) { return parse_binary(p, 1); }

static int comp_op(Parser *p, int *ntoks) {
    SlToken *t = CUR(p);
    *ntoks = 1;
    switch (t->type) {
    case SL_TOK_EQEQUAL: return SL_EQ;
    case SL_TOK_NOTEQUAL:
        if (p->buf[t->start] == '<') return -1; /* '<>' */
        return SL_NE;
    case SL_TOK_LESS: return SL_LT;
    case SL_TOK_LESSEQUAL: return SL_LE;
    case SL_TOK_GREATER: return SL_GT;
    case SL_TOK_GREATEREQUAL: return SL_GE;
    case SL_TOK_NAME:
        if (t->kw == SL_KW_IN) return SL_CMP_IN;
        if (t->kw == SL_KW_NOT && PEEK(p, 1)->type == SL_TOK_NAME && PEEK(p, 1)->kw == SL_KW_IN) {
            *ntoks = 2;
            return SL_CMP_NOTIN;
        }
        if (t->kw == SL_KW_IS) {
            if (PEEK(p, 1)->type == SL_TOK_NAME && PEEK(p, 1)->kw == SL_KW_NOT) {
                *ntoks = 2;
                return SL_CMP_ISNOT;
            }
            return SL_CMP_IS;
        }
        return -1;
    default: return -1;
    }
}

static SlExpr *parse_comparison(Parser *p) {
    int start = p->pos;
    SlExpr *left = parse_bitwise_or(p);
    if (!left) return NULL;
    int n;
    int op = comp_op(p, &n);
    if (op < 0) return left;
    Vec ops = {0}, comps = {0};
    while (op >= 0) {
        p->pos += n;
        SlExpr *r = parse_bitwise_or(p);
        if (!r) return NULL;
        if (!vec_push(p, &ops, (void *)(intptr_t)op) || !vec_push(p, &comps, r)) return NULL;
        op = comp_op(p, &n);
    }
    SlExpr *c = new_expr(p, SL_E_COMPARE, pos_from(p, start));
    if (!c) return NULL;
    c->v.compare.left = left;
    c->v.compare.n = ops.n;
    c->v.compare.ops = sl_arena_alloc(p->a, (size_t)ops.n * sizeof(int));
    if (!c->v.compare.ops) return nomem(p);
    for (int i = 0; i < ops.n; i++) c->v.compare.ops[i] = (int)(intptr_t)ops.items[i];
    c->v.compare.comparators = (SlExpr **)comps.items;
    return c;
}

static SlExpr *parse_inversion(Parser *p) {
    if (at_kw(p, SL_KW_NOT)) {
        int start = p->pos;
        advance(p);
        if (!enter(p, 1)) return NULL;
        SlExpr *o = parse_inversion(p);
        p->depth -= 1;
        if (!o) return NULL;
        SlExpr *u = new_expr(p, SL_E_UNARYOP, pos_from(p, start));
        if (!u) return NULL;
        u->v.unaryop.not_ = true;
        u->v.unaryop.operand = o;
        return u;
    }
    return parse_comparison(p);
}

static SlExpr *parse_boolop(Parser *p, SlBoolOpKind kind) {
    int start = p->pos;
    SlKeyword kw = kind == SL_BOOL_OR ? SL_KW_OR : SL_KW_AND;
    SlExpr *first = kind == SL_BOOL_OR ? parse_boolop(p, SL_BOOL_AND) : parse_inversion(p);
    if (!first || !at_kw(p, kw)) return first;
    Vec v = {0};
    if (!vec_push(p, &v, first)) return NULL;
    while (accept_kw(p, kw)) {
        SlExpr *e = kind == SL_BOOL_OR ? parse_boolop(p, SL_BOOL_AND) : parse_inversion(p);
        if (!e || !vec_push(p, &v, e)) return NULL;
    }
    SlExpr *b = new_expr(p, SL_E_BOOLOP, pos_from(p, start));
    if (!b) return NULL;
    b->v.boolop.op = kind;
    b->v.boolop.values = expr_seq(&v);
    return b;
}

static SlExpr *parse_disjunction(Parser *p) { return parse_boolop(p, SL_BOOL_OR); }

static SlExpr *parse_lambda(Parser *p) {
    int start = p->pos;
    advance(p); /* lambda */
    SlArguments *args = parse_params(p, true);
    if (!args) return NULL;
    if (!accept(p, SL_TOK_COLON)) return syntax_error(p);
    SlExpr *body = parse_expression(p);
    if (!body) return NULL;
    SlExpr *l = new_expr(p, SL_E_LAMBDA, pos_from(p, start));
    if (!l) return NULL;
    l->v.lambda.args = args;
    l->v.lambda.body = body;
    return l;
}

static SlExpr *parse_expression_inner(Parser *p) {
    if (at_kw(p, SL_KW_LAMBDA)) return parse_lambda(p);
    int start = p->pos;
    SlExpr *body = parse_disjunction(p);
    if (!body) return NULL;
    if (!at_kw(p, SL_KW_IF)) return body;
    advance(p);
    SlExpr *test = parse_disjunction(p);
    if (!test) return NULL;
    if (!accept_kw(p, SL_KW_ELSE)) {
        if (!at(p, SL_TOK_COLON)) {
            err_range(p, body->pos, test->pos, "%s", MSG(EXPECTED_ELSE));
            return NULL;
        }
        return syntax_error(p);
    }
    /* a chain of conditional expressions nests one level per `else`: CPython's
     * parser takes one stack frame for it, so it costs a fifth of a nested
     * expression here (the C frames per level are few) */
    if (++p->ifexp_chain > p->ifexp_max) p->ifexp_max = p->ifexp_chain;
    p->depth -= 8;
    SlExpr *orelse = parse_expression(p);
    p->depth += 8;
    p->ifexp_chain--;
    if (!orelse) return NULL;
    SlExpr *e = new_expr(p, SL_E_IFEXP, pos_from(p, start));
    if (!e) return NULL;
    e->v.ifexp.test = test;
    e->v.ifexp.body = body;
    e->v.ifexp.orelse = orelse;
    return e;
}

static SlExpr *parse_expression(Parser *p) {
    if (p->error) return NULL;
    if (!enter(p, 10)) return NULL;
    SlExpr *e = parse_expression_inner(p);
    p->depth -= 10;
    return e;
}

/* !(list|tuple|genexp): does the expression at token index start begin
 * with a list or tuple display or a generator expression? */
static bool starts_with_display(Parser *p, int start) {
    SlTokType t0 = tok_at(p, start)->type;
    if (t0 != SL_TOK_LSQB && t0 != SL_TOK_LPAR) return false;
    Mark m;
    mark_save(p, &m);
    p->pos = start;
    SlExpr *a = parse_atom(p);
    bool r = a && !p->error &&
             (a->kind == SL_E_LIST || a->kind == SL_E_GENEXP ||
              (a->kind == SL_E_TUPLE && t0 == SL_TOK_LPAR));
    mark_restore(p, &m);
    return r;
}

/* invalid_named_expression, alternatives 2 and 3: an expression starting
 * at token index start is followed by '=' where no assignment is allowed. */
static void named_eq_error(Parser *p, int start) {
    if (p->error) return;
    int save = p->pos;
    Mark m;
    SlToken *t0 = tok_at(p, start);
    if (t0->type == SL_TOK_NAME && !is_hard_kw(t0) && tok_at(p, start + 1)->type == SL_TOK_EQUAL) {
        mark_save(p, &m);
        p->pos = start + 2;
        SlExpr *b = parse_bitwise_or(p);
        bool ok = b && !p->error && !at(p, SL_TOK_EQUAL) && !at(p, SL_TOK_COLONEQUAL);
        mark_restore(p, &m);
        if (ok) {
            err_range(p, tok_pos(t0), b->pos, "%s", MSG(MEANT_EQ));
            return;
        }
        if (p->error) return;
    }
    bool excluded = starts_with_display(p, start) ||
                    (t0->type == SL_TOK_NAME && (t0->kw == SL_KW_TRUE || t0->kw == SL_KW_FALSE ||
                                                 t0->kw == SL_KW_NONE));
    if (!excluded) {
        mark_save(p, &m);
        p->pos = start;
        SlExpr *a = parse_bitwise_or(p);
        bool ok = a && !p->error && at(p, SL_TOK_EQUAL);
        SlExpr *b = NULL;
        if (ok) {
            p->pos++;
            b = parse_bitwise_or(p);
            ok = b && !p->error && !at(p, SL_TOK_EQUAL) && !at(p, SL_TOK_COLONEQUAL);
        }
        mark_restore(p, &m);
        if (ok) {
            err_node(p, a->pos, MSG(ASSIGN_HERE), sl_ast_expr_name(a));
            return;
        }
        if (p->error) return;
    }
    p->pos = save;
    syntax_error(p);
}

/* named_expression: NAME ':=' expression | expression !':=' */
static SlExpr *parse_named_expression(Parser *p) {
    int start = p->pos;
    if (at_name(p) && PEEK(p, 1)->type == SL_TOK_COLONEQUAL) {
        SlToken *nt = advance(p);
        advance(p);
        SlExpr *v = parse_expression(p);
        if (!v) return NULL;
        SlExpr *target = new_expr(p, SL_E_NAME, tok_pos(nt));
        if (!target) return NULL;
        target->v.name.id = tok_id(p, nt);
        target->v.name.ctx = SL_CTX_STORE;
        SlExpr *e = new_expr(p, SL_E_NAMEDEXPR, pos_from(p, start));
        if (!e) return NULL;
        e->v.namedexpr.target = target;
        e->v.namedexpr.value = v;
        return e;
    }
    SlExpr *e = parse_expression(p);
    if (!e) return NULL;
    if (at(p, SL_TOK_COLONEQUAL)) {
        err_node(p, e->pos, MSG(NAMEDEXPR_WITH), sl_ast_expr_name(e));
        return NULL;
    }
    if (at(p, SL_TOK_EQUAL)) {
        named_eq_error(p, start);
        return NULL;
    }
    return e;
}

/* star_named_expression: '*' bitwise_or | named_expression */
static SlExpr *parse_star_named_expression(Parser *p) {
    if (at(p, SL_TOK_STAR)) {
        SlToken *st = advance(p);
        SlExpr *v = parse_bitwise_or(p);
        if (!v) return NULL;
        SlExpr *s = new_expr(p, SL_E_STARRED, span(tok_pos(st), v->pos));
        if (s) s->v.starred.value = v;
        return s;
    }
    return parse_named_expression(p);
}

/* star_expression: '*' bitwise_or | expression */
static SlExpr *parse_star_expression(Parser *p) {
    if (at(p, SL_TOK_STAR)) {
        SlToken *st = advance(p);
        SlExpr *v = parse_bitwise_or(p);
        if (!v) return NULL;
        SlExpr *s = new_expr(p, SL_E_STARRED, span(tok_pos(st), v->pos));
        if (s) s->v.starred.value = v;
        return s;
    }
    return parse_expression(p);
}

/* Can the current token start a (star) expression? */
static bool at_expr_start(Parser *p) {
    SlToken *t = CUR(p);
    if (t->type == SL_TOK_STAR) return true;
    return starts_expression(t);
}

/* star_expressions: a tuple without parentheses when there are commas */
static SlExpr *parse_star_expressions(Parser *p) {
    int start = p->pos;
    SlExpr *first = parse_star_expression(p);
    if (!first) return NULL;
    if (!at(p, SL_TOK_COMMA)) return first;
    Vec v = {0};
    if (!vec_push(p, &v, first)) return NULL;
    while (accept(p, SL_TOK_COMMA)) {
        if (!at_expr_start(p)) break;
        SlExpr *e = parse_star_expression(p);
        if (!e || !vec_push(p, &v, e)) return NULL;
    }
    SlExpr *t = new_expr(p, SL_E_TUPLE, pos_from(p, start));
    if (!t) return NULL;
    t->v.seq.elts = expr_seq(&v);
    return t;
}

static SlExpr *parse_yield_expr(Parser *p) {
    int start = p->pos;
    advance(p); /* yield */
    if (accept_kw(p, SL_KW_FROM)) {
        SlExpr *v = parse_expression(p);
        if (!v) return NULL;
        SlExpr *y = new_expr(p, SL_E_YIELDFROM, pos_from(p, start));
        if (y) y->v.yield.value = v;
        return y;
    }
    SlExpr *v = NULL;
    if (at_expr_start(p)) {
        v = parse_star_expressions(p);
        if (!v) return NULL;
    }
    SlExpr *y = new_expr(p, SL_E_YIELD, pos_from(p, start));
    if (y) y->v.yield.value = v;
    return y;
}

/* annotated_rhs / assignment values: yield_expr | star_expressions */
static SlExpr *parse_rhs(Parser *p) {
    if (at_kw(p, SL_KW_YIELD)) return parse_yield_expr(p);
    return parse_star_expressions(p);
}

/* ---- targets ------------------------------------------------------------------------------------ */

typedef enum { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS } TargetsType;

/* _PyPegen_get_invalid_target */
static SlExpr *invalid_target(SlExpr *e, TargetsType tt) {
    if (!e) return NULL;
    switch (e->kind) {
    case SL_E_LIST:
    case SL_E_TUPLE:
        for (int i = 0; i < e->v.seq.elts.n; i++) {
            SlExpr *c = invalid_target(e->v.seq.elts.items[i], tt);
            if (c) return c;
        }
        return NULL;
    case SL_E_STARRED:
        if (tt == DEL_TARGETS) return e;
        return invalid_target(e->v.starred.value, tt);
    case SL_E_COMPARE:
        if (tt == FOR_TARGETS) {
            if (e->v.compare.ops[0] == SL_CMP_IN) return invalid_target(e->v.compare.left, tt);
            return NULL;
        }
        return e;
    case SL_E_NAME:
    case SL_E_SUBSCRIPT:
    case SL_E_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

/* Set the context of a valid target tree (after invalid_target said OK). */
static void set_ctx(SlExpr *e, SlExprCtx ctx) {
    switch (e->kind) {
    case SL_E_NAME: e->v.name.ctx = ctx; break;
    case SL_E_ATTRIBUTE: e->v.attribute.ctx = ctx; break;
    case SL_E_SUBSCRIPT: e->v.subscript.ctx = ctx; break;
    case SL_E_STARRED:
        e->v.starred.ctx = ctx;
        set_ctx(e->v.starred.value, ctx);
        break;
    case SL_E_LIST:
    case SL_E_TUPLE:
        e->v.seq.ctx = ctx;
        for (int i = 0; i < e->v.seq.elts.n; i++) set_ctx(e->v.seq.elts.items[i], ctx);
        break;
    default: break;
    }
}

static bool check_target(Parser *p, SlExpr *e, TargetsType tt) {
    SlExpr *bad = invalid_target(e, tt);
    if (bad) {
        err_node(p, bad->pos, tt == DEL_TARGETS ? MSG(CANNOT_DELETE) : MSG(CANNOT_ASSIGN),
                 sl_ast_expr_name(bad));
        return false;
    }
    set_ctx(e, tt == DEL_TARGETS ? SL_CTX_DEL : SL_CTX_STORE);
    return true;
}

/* Target list of 'for' (loops and comprehensions): star_targets, parsed
 * as bitwise_or expressions so that 'in' ends them. */
static SlExpr *parse_for_targets(Parser *p, bool comprehension) {
    int start = p->pos;
    Vec v = {0};
    bool comma = false;
    for (;;) {
        SlExpr *e;
        if (at(p, SL_TOK_STAR)) {
            SlToken *st = advance(p);
            SlExpr *x = parse_bitwise_or(p);
            if (!x) return NULL;
            e = new_expr(p, SL_E_STARRED, span(tok_pos(st), x->pos));
            if (!e) return NULL;
            e->v.starred.value = x;
        } else {
            e = parse_bitwise_or(p);
            if (!e) return NULL;
        }
        if (!vec_push(p, &v, e)) return NULL;
        if (!at(p, SL_TOK_COMMA)) break;
        advance(p);
        comma = true;
        if (at_kw(p, SL_KW_IN)) break;
    }
    SlExpr *t;
    if (v.n == 1 && !comma) {
        t = v.items[0];
    } else {
        t = new_expr(p, SL_E_TUPLE, pos_from(p, start));
        if (!t) return NULL;
        t->v.seq.elts = expr_seq(&v);
    }
    if (!at_kw(p, SL_KW_IN)) {
        if (comprehension) {
            RAISE_LAST(p, SL_SERR_SYNTAX, "%s", MSG(IN_EXPECTED));
            return NULL;
        }
        /* invalid_for_target: report a bad target before the generic error */
        SlExpr *bad = invalid_target(t, FOR_TARGETS);
        if (bad) {
            err_node(p, bad->pos, MSG(CANNOT_ASSIGN), sl_ast_expr_name(bad));
            return NULL;
        }
        return syntax_error(p);
    }
    if (!check_target(p, t, FOR_TARGETS)) return NULL;
    return t;
}

static bool parse_comp_clauses(Parser *p, int *ngens, SlComprehension **gens) {
    Vec v = {0};
    while (at_kw(p, SL_KW_FOR) || at_kw(p, SL_KW_ASYNC)) {
        if (at_kw(p, SL_KW_ASYNC)) {
            err_tok(p, CUR(p), MSG(UNSUPPORTED), "asynchronous comprehensions");
            return false;
        }
        advance(p);
        SlComprehension *c = sl_arena_alloc(p->a, sizeof *c);
        if (!c) return nomem(p), false;
        c->target = parse_for_targets(p, true);
        if (!c->target) return false;
        advance(p); /* in */
        c->iter = parse_disjunction(p);
        if (!c->iter) return false;
        Vec ifs = {0};
        while (at_kw(p, SL_KW_IF)) {
            advance(p);
            SlExpr *cond = parse_disjunction(p);
            if (!cond || !vec_push(p, &ifs, cond)) return false;
        }
        c->ifs = expr_seq(&ifs);
        if (!vec_push(p, &v, c)) return false;
    }
    *ngens = v.n;
    *gens = sl_arena_alloc(p->a, (size_t)(v.n ? v.n : 1) * sizeof(SlComprehension));
    if (!*gens) return nomem(p), false;
    for (int i = 0; i < v.n; i++) (*gens)[i] = *(SlComprehension *)v.items[i];
    return true;
}

/* ---- string literals and f-strings -------------------------------------------------------- */

typedef struct Buf {
    char *data;
    size_t len, cap;
    bool failed;
} Buf;

static void buf_add(Buf *b, const char *s, size_t n) {
    if (b->failed) return;
    if (b->len + n + 1 > b->cap) {
        size_t nc = b->cap ? b->cap * 2 : 64;
        while (nc < b->len + n + 1) nc *= 2;
        char *d = realloc(b->data, nc);
        if (!d) {
            b->failed = true;
            return;
        }
        b->data = d;
        b->cap = nc;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}
static void buf_addc(Buf *b, char c) { buf_add(b, &c, 1); }
static void buf_add_cp(Buf *b, uint32_t cp) {
    char o[4];
    int n;
    if (cp < 0x80) o[0] = (char)cp, n = 1;
    else if (cp < 0x800) o[0] = (char)(0xC0 | (cp >> 6)), o[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
    else if (cp < 0x10000)
        o[0] = (char)(0xE0 | (cp >> 12)), o[1] = (char)(0x80 | ((cp >> 6) & 0x3F)),
        o[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
    else
        o[0] = (char)(0xF0 | (cp >> 18)), o[1] = (char)(0x80 | ((cp >> 12) & 0x3F)),
        o[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), o[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
    buf_add(b, o, (size_t)n);
}

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Decode the body of a literal (between the quotes) into out.  t is the
 * token for error positions. */
static bool decode_body(Parser *p, SlToken *t, const char *s, size_t n, bool raw, bool bytes,
                        Buf *out) {
    const char *z = memchr(s, 0, n);
    if (z && z + 1 < s + n && z[1] == '\n') {
        /* a line 3.8-3.9 read as nothing (sl_lexer_nul_lines): not part of the string */
        size_t k = (size_t)(z - s);
        if (k && !decode_body(p, t, s, k, raw, bytes, out)) return false;
        return decode_body(p, t, z + 2, n - k - 2, raw, bytes, out);
    }
    if (bytes) {
        for (size_t i = 0; i < n; i++)
            if ((unsigned char)s[i] >= 128) {
                err_tok(p, t, "%s", MSG(BYTES_ASCII));
                return false;
            }
    }
    if (raw) {
        buf_add(out, s, n);
        return true;
    }
    size_t i = 0;
    while (i < n) {
        const char *bs = memchr(s + i, '\\', n - i);
        if (!bs) {
            buf_add(out, s + i, n - i);
            break;
        }
        buf_add(out, s + i, (size_t)(bs - (s + i)));
        i = (size_t)(bs - s) + 1;
        if (i >= n) {
            buf_addc(out, '\\');
            break;
        }
        char c = s[i++];
        size_t esc_start = (size_t)(bs - s);
        switch (c) {
        case '\n': break;
        case '\\': buf_addc(out, '\\'); break;
        case '\'': buf_addc(out, '\''); break;
        case '"': buf_addc(out, '"'); break;
        case 'a': buf_addc(out, '\a'); break;
        case 'b': buf_addc(out, '\b'); break;
        case 'f': buf_addc(out, '\f'); break;
        case 'n': buf_addc(out, '\n'); break;
        case 'r': buf_addc(out, '\r'); break;
        case 't': buf_addc(out, '\t'); break;
        case 'v': buf_addc(out, '\v'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = (uint32_t)(c - '0');
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++)
                v = v * 8 + (uint32_t)(s[i++] - '0');
            if (bytes) buf_addc(out, (char)(v & 0xFF));
            else buf_add_cp(out, v);
            break;
        }
        case 'x': {
            int h1 = i < n ? hexval((unsigned char)s[i]) : -1;
            int h2 = i + 1 < n ? hexval((unsigned char)s[i + 1]) : -1;
            if (h1 < 0 || h2 < 0) {
                if (bytes) {
                    char m[80];
                    snprintf(m, sizeof m, "(value error) invalid \\x escape at position %zu",
                             esc_start);
                    err_tok(p, t, "%s", m);
                } else {
                    char m[160];
                    size_t endpos = esc_start + 1 + (h1 >= 0 ? 1 : 0);
                    snprintf(m, sizeof m, MSG(UNICODE_ERR), (int)esc_start, (int)endpos,
                             "truncated \\xXX escape");
                    err_tok(p, t, "%s", m);
                }
                return false;
            }
            i += 2;
            uint32_t v = (uint32_t)(h1 * 16 + h2);
            if (bytes) buf_addc(out, (char)v);
            else buf_add_cp(out, v);
            break;
        }
        case 'u':
        case 'U':
            if (bytes) {
                buf_addc(out, '\\');
                buf_addc(out, c);
                break;
            } else {
                int nd = c == 'u' ? 4 : 8;
                uint32_t v = 0;
                int k;
                for (k = 0; k < nd && i < n && hexval((unsigned char)s[i]) >= 0; k++)
                    v = v * 16 + (uint32_t)hexval((unsigned char)s[i++]);
                if (k < nd) {
                    char m[160];
                    snprintf(m, sizeof m, MSG(UNICODE_ERR), (int)esc_start,
                             (int)(esc_start + 1 + (size_t)k),
                             c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
                    err_tok(p, t, "%s", m);
                    return false;
                }
                if (v > 0x10FFFF) {
                    char m[160];
                    snprintf(m, sizeof m, MSG(UNICODE_ERR), (int)esc_start,
                             (int)(esc_start + 9), "illegal Unicode character");
                    err_tok(p, t, "%s", m);
                    return false;
                }
                buf_add_cp(out, v);
            }
            break;
        case 'N':
            if (bytes) {
                buf_addc(out, '\\');
                buf_addc(out, 'N');
                break;
            }
            err_tok(p, t, "%s", MSG(NAMED_ESCAPE));
            return false;
        default:
            /* invalid escape: kept as is (CPython warns) */
            buf_addc(out, '\\');
            i--;
            break;
        }
    }
    return true;
}

typedef struct StrParts {
    Vec parts;       /* SlExpr*: Constant str / FormattedValue */
    Buf text;        /* literal text not yet flushed into parts */
    SlAstPos text_pos;
    bool has_text;
} StrParts;

static bool flush_text(Parser *p, StrParts *sp) {
    if (!sp->has_text) return true;
    if (sp->text.len) {
        SlExpr *c = make_const(p, SL_CONST_STR, sp->text_pos);
        if (!c) return false;
        c->v.constant.text = sl_arena_strndup(p->a, sp->text.data ? sp->text.data : "", sp->text.len);
        if (!c->v.constant.text) return nomem(p), false;
        c->v.constant.len = sp->text.len;
        if (!vec_push(p, &sp->parts, c)) return false;
    }
    sp->text.len = 0;
    sp->has_text = false;
    return true;
}

static bool parse_fstring_field(Parser *p, StrParts *sp, bool raw);

/* FSTRING_MIDDLE* and fields up to the end token (FSTRING_END or, in a
 * format spec, '}'). */
static bool parse_fstring_items(Parser *p, StrParts *sp, bool raw, bool in_spec) {
    for (;;) {
        SlToken *t = CUR(p);
        if (p->error) return false;
        if (t->type == SL_TOK_FSTRING_MIDDLE) {
            advance(p);
            if (!sp->has_text) {
                sp->text_pos = tok_pos(t);
                sp->has_text = true;
            }
            if (!decode_body(p, t, p->buf + t->start, t->end - t->start, raw, false, &sp->text))
                return false;
            continue;
        }
        if (t->type == SL_TOK_LBRACE) {
            if (!flush_text(p, sp)) return false;
            if (!parse_fstring_field(p, sp, raw)) return false;
            continue;
        }
        if (in_spec ? t->type == SL_TOK_RBRACE : t->type == SL_TOK_FSTRING_END) return true;
        if (in_spec) {
            err_tok(p, t, "%s", MSG(FSTR_EXPECT_SPEC_OR_RBRACE));
            return false;
        }
        syntax_error(p);
        return false;
    }
}

static bool parse_fstring_field(Parser *p, StrParts *sp, bool raw) {
    SlToken *lbrace = advance(p);
    SlToken *t = CUR(p);
    if (t->type == SL_TOK_RBRACE || t->type == SL_TOK_EXCLAMATION || t->type == SL_TOK_COLON ||
        t->type == SL_TOK_EQUAL) {
        char m[80];
        snprintf(m, sizeof m, MSG(FSTR_EMPTY_EXPR), p->buf[t->start]);
        err_tok(p, t, "%s", m);
        return false;
    }
    if (at_kw(p, SL_KW_LAMBDA)) {
        /* lambda without parentheses: its ':' would start the format spec */
        int save = p->pos;
        Mark m;
        mark_save(p, &m);
        advance(p);
        SlArguments *a = parse_params(p, true);
        bool colon = a && at(p, SL_TOK_COLON);
        SlToken *ct = CUR(p);
        mark_restore(p, &m);
        if (p->error) return false;
        p->pos = save;
        if (colon) {
            set_err(p, SL_SERR_SYNTAX, t->lineno, t->col + 1, ct->end_lineno, ct->end_col + 1, "%s",
                    MSG(FSTR_LAMBDA));
            return false;
        }
    }
    if (!at_kw(p, SL_KW_YIELD) && !at_expr_start(p)) {
        err_tok(p, CUR(p), "%s", MSG(FSTR_EXPECT_EXPR));
        return false;
    }
    int estart = p->pos;
    SlExpr *e = parse_rhs(p);
    if (!e) return false;
    int conversion = -1;
    SlExpr *spec = NULL;
    bool debug = false;
    SlTokType ty = CUR(p)->type;
    if (ty != SL_TOK_EQUAL && ty != SL_TOK_EXCLAMATION && ty != SL_TOK_COLON && ty != SL_TOK_RBRACE) {
        if (e->kind != SL_E_TUPLE) check_forgot_comma(p, e, estart);
        if (!p->error) err_tok(p, CUR(p), "%s", MSG(FSTR_EXPECT_ANY));
        return false;
    }
    if (at(p, SL_TOK_EQUAL)) {
        advance(p);
        debug = true;
        SlToken *nt = CUR(p);
        if (nt->type != SL_TOK_EXCLAMATION && nt->type != SL_TOK_COLON && nt->type != SL_TOK_RBRACE) {
            err_tok(p, nt, "%s", MSG(FSTR_EXPECT_CONV_OR_RBRACE));
            return false;
        }
        /* the text of the expression including '=' and spaces */
        if (!sp->has_text) {
            sp->text_pos = tok_pos(lbrace);
            sp->has_text = true;
        }
        buf_add(&sp->text, p->buf + lbrace->end, nt->start - lbrace->end);
        if (!flush_text(p, sp)) return false;
    }
    if (at(p, SL_TOK_EXCLAMATION)) {
        SlToken *ex = advance(p);
        SlToken *ct = CUR(p);
        if (ct->type == SL_TOK_COLON || ct->type == SL_TOK_RBRACE) {
            err_tok(p, ct, "%s", MSG(FSTR_MISSING_CONV));
            return false;
        }
        if (ct->type != SL_TOK_NAME) {
            err_tok(p, ct, "%s", MSG(FSTR_INVALID_CONV));
            return false;
        }
        if (ct->start != ex->end) {
            err_range(p, tok_pos(ex), tok_pos(ct), "%s", MSG(FSTR_CONV_SPACE));
            return false;
        }
        advance(p);
        size_t n = ct->end - ct->start;
        char c0 = p->buf[ct->start];
        if (n != 1 || (c0 != 's' && c0 != 'r' && c0 != 'a')) {
            char quoted[64];
            snprintf(quoted, sizeof quoted, "'%.*s'", (int)(n > 40 ? 40 : n), p->buf + ct->start);
            char m[160];
            snprintf(m, sizeof m, MSG(FSTR_BAD_CONV), quoted);
            err_tok(p, ct, "%s", m);
            return false;
        }
        conversion = c0;
        if (!at(p, SL_TOK_COLON) && !at(p, SL_TOK_RBRACE)) {
            err_tok(p, CUR(p), "%s", MSG(FSTR_EXPECT_COLON_OR_RBRACE));
            return false;
        }
    }
    if (at(p, SL_TOK_COLON)) {
        SlToken *colon = advance(p);
        StrParts ssp = {0};
        bool ok = parse_fstring_items(p, &ssp, raw, true) && flush_text(p, &ssp);
        free(ssp.text.data);
        if (!ok) return false;
        spec = new_expr(p, SL_E_JOINEDSTR, span(tok_pos(colon), tok_pos(CUR(p))));
        if (!spec) return false;
        spec->v.joined.values = expr_seq(&ssp.parts);
    }
    if (!at(p, SL_TOK_RBRACE)) {
        err_tok(p, CUR(p), "%s", MSG(FSTR_EXPECT_RBRACE));
        return false;
    }
    SlToken *rb = advance(p);
    if (debug && conversion < 0 && !spec) conversion = 'r';
    SlExpr *fv = new_expr(p, SL_E_FORMATTEDVALUE, span(tok_pos(lbrace), tok_pos(rb)));
    if (!fv) return false;
    fv->v.fvalue.value = e;
    fv->v.fvalue.conversion = conversion;
    fv->v.fvalue.format_spec = spec;
    return vec_push(p, &sp->parts, fv);
}

/* One or more adjacent string literals (implicit concatenation). */
static SlExpr *parse_strings(Parser *p) {
    int start = p->pos;
    StrParts sp = {0};
    bool any_f = false, any_bytes = false, any_str = false;
    SlExpr *result = NULL;
    while (at(p, SL_TOK_STRING) || at(p, SL_TOK_FSTRING_START)) {
        SlToken *t = advance(p);
        const char *s = p->buf + t->start;
        bool raw = false, bytes = false;
        size_t k = 0;
        while (s[k] != '\'' && s[k] != '"') {
            char c = s[k];
            if (c == 'r' || c == 'R') raw = true;
            if (c == 'b' || c == 'B') bytes = true;
            k++;
        }
        if (bytes) any_bytes = true;
        else any_str = true;
        if (any_bytes && any_str) {
            /* skip the rest of the literals, then report at the token after them */
            if (t->type == SL_TOK_FSTRING_START) {
                int depth = 1;
                while (depth && !p->error && !at(p, SL_TOK_ENDMARKER)) {
                    SlToken *x = advance(p);
                    if (x->type == SL_TOK_FSTRING_START) depth++;
                    else if (x->type == SL_TOK_FSTRING_END) depth--;
                }
            }
            while (!p->error && (at(p, SL_TOK_STRING) || at(p, SL_TOK_FSTRING_START))) {
                SlToken *x = advance(p);
                if (x->type == SL_TOK_FSTRING_START) {
                    int depth = 1;
                    while (depth && !p->error && !at(p, SL_TOK_ENDMARKER)) {
                        SlToken *y = advance(p);
                        if (y->type == SL_TOK_FSTRING_START) depth++;
                        else if (y->type == SL_TOK_FSTRING_END) depth--;
                    }
                }
            }
            (void)CUR(p);
            RAISE_LAST(p, SL_SERR_SYNTAX, "%s", MSG(MIX_BYTES));
            goto done;
        }
        if (t->type == SL_TOK_FSTRING_START) {
            any_f = true;
            if (!parse_fstring_items(p, &sp, raw, false)) goto done;
            advance(p); /* FSTRING_END */
            continue;
        }
        size_t qs = (t->end - t->start - k) >= 6 && s[k + 1] == s[k] && s[k + 2] == s[k] ? 3 : 1;
        const char *body = s + k + qs;
        size_t blen = t->end - t->start - k - 2 * qs;
        if (!sp.has_text) {
            sp.text_pos = tok_pos(t);
            sp.has_text = true;
        }
        if (!decode_body(p, t, body, blen, raw, bytes, &sp.text)) goto done;
    }
    if (sp.text.failed) {
        nomem(p);
        goto done;
    }
    SlAstPos pos = pos_from(p, start);
    if (any_bytes || !any_f) {
        result = make_const(p, any_bytes ? SL_CONST_BYTES : SL_CONST_STR, pos);
        if (!result) goto done;
        result->v.constant.text = sl_arena_strndup(p->a, sp.text.data ? sp.text.data : "", sp.text.len);
        if (!result->v.constant.text) {
            result = nomem(p);
            goto done;
        }
        result->v.constant.len = sp.text.len;
    } else {
        if (!flush_text(p, &sp)) goto done;
        result = new_expr(p, SL_E_JOINEDSTR, pos);
        if (!result) goto done;
        result->v.joined.values = expr_seq(&sp.parts);
    }
done:
    free(sp.text.data);
    return p->error ? NULL : result;
}

/* ---- parameters (def and lambda) ----------------------------------------------------------------- */

static SlArg *new_arg(Parser *p, SlToken *nt) {
    SlArg *a = sl_arena_alloc(p->a, sizeof *a);
    if (!a) return nomem(p);
    a->arg = tok_id(p, nt);
    a->pos = tok_pos(nt);
    return a;
}

/* One parameter NAME [':' annotation] (annotations only for def). */
static SlArg *parse_param(Parser *p, bool lambda, bool star_annotation_ok) {
    if (at(p, SL_TOK_LPAR)) {
        /* def f((a, b)): -- Python 2 tuple parameters */
        int k = 1;
        while (PEEK(p, k)->type == SL_TOK_NAME && !is_hard_kw(PEEK(p, k))) {
            k++;
            if (PEEK(p, k)->type == SL_TOK_COMMA) k++;
            else break;
        }
        if (k > 1 && PEEK(p, k)->type == SL_TOK_RPAR) {
            err_range(p, tok_pos(CUR(p)), tok_pos(PEEK(p, k)), "%s",
                      lambda ? MSG(LAMBDA_PARAMS_PARENS) : MSG(PARAMS_PARENS));
            return NULL;
        }
    }
    if (!at_name(p)) return syntax_error(p);
    SlToken *nt = advance(p);
    SlArg *a = new_arg(p, nt);
    if (!a) return NULL;
    if (!lambda && accept(p, SL_TOK_COLON)) {
        SlExpr *ann;
        if (star_annotation_ok && at(p, SL_TOK_STAR)) { /* *args: *Ts */
            SlToken *st = advance(p);
            SlExpr *v = parse_expression(p);
            if (!v) return NULL;
            ann = new_expr(p, SL_E_STARRED, span(tok_pos(st), v->pos));
            if (ann) ann->v.starred.value = v;
        } else {
            ann = parse_expression(p);
        }
        if (!ann) return NULL;
        a->annotation = ann;
        a->pos = span(a->pos, ann->pos);
    }
    return a;
}

static SlArguments *parse_params(Parser *p, bool lambda) {
    SlTokType end = lambda ? SL_TOK_COLON : SL_TOK_RPAR;
    SlArguments *args = sl_arena_alloc(p->a, sizeof *args);
    if (!args) return nomem(p);
    Vec pos = {0}, defaults = {0}, kwonly = {0}, kwdefaults = {0};
    bool seen_slash = false, seen_star = false, seen_default = false;
    SlToken *star_tok = NULL;
    int nposonly = 0;
    while (!at(p, end)) {
        SlToken *t = CUR(p);
        if (args->kwarg) {
            /* arguments cannot follow var-keyword argument */
            if (t->type == SL_TOK_NAME || t->type == SL_TOK_STAR || t->type == SL_TOK_DOUBLESTAR ||
                t->type == SL_TOK_SLASH) {
                if (t->type == SL_TOK_NAME) {
                    SlArg *a = parse_param(p, lambda, false);
                    if (!a) return NULL;
                    err_node(p, a->pos, "%s", MSG(AFTER_KWARG));
                } else {
                    err_tok(p, t, "%s", MSG(AFTER_KWARG));
                }
                return NULL;
            }
            return syntax_error(p);
        }
        if (t->type == SL_TOK_SLASH) {
            advance(p);
            if (seen_slash) {
                err_tok(p, t, "%s", MSG(SLASH_ONCE));
                return NULL;
            }
            if (seen_star) {
                err_tok(p, t, "%s", MSG(SLASH_AFTER_STAR));
                return NULL;
            }
            if (pos.n == 0) {
                err_tok(p, t, "%s", MSG(SLASH_FIRST));
                return NULL;
            }
            seen_slash = true;
            nposonly = pos.n;
            if (at(p, SL_TOK_STAR)) {
                err_tok(p, CUR(p), "%s", MSG(SLASH_STAR_COMMA));
                return NULL;
            }
        } else if (t->type == SL_TOK_STAR) {
            advance(p);
            if (seen_star) {
                err_tok(p, t, "%s", MSG(STAR_ONCE));
                return NULL;
            }
            seen_star = true;
            star_tok = t;
            if (at(p, SL_TOK_COMMA) || at(p, end)) {
                /* bare '*': keyword-only parameters must follow */
                if (at(p, end) || PEEK(p, 1)->type == end ||
                    PEEK(p, 1)->type == SL_TOK_DOUBLESTAR) {
                    if (lambda) RAISE_LAST(p, SL_SERR_SYNTAX, "%s", MSG(BARE_STAR));
                    else err_tok(p, t, "%s", MSG(BARE_STAR));
                    return NULL;
                }
            } else {
                SlArg *a = parse_param(p, lambda, true);
                if (!a) return NULL;
                if (at(p, SL_TOK_EQUAL)) {
                    err_tok(p, CUR(p), "%s", MSG(VARARG_DEFAULT));
                    return NULL;
                }
                args->vararg = a;
            }
        } else if (t->type == SL_TOK_DOUBLESTAR) {
            advance(p);
            SlArg *a = parse_param(p, lambda, false);
            if (!a) return NULL;
            if (at(p, SL_TOK_EQUAL)) {
                err_tok(p, CUR(p), "%s", MSG(KWARG_DEFAULT));
                return NULL;
            }
            args->kwarg = a;
        } else {
            SlArg *a = parse_param(p, lambda, false);
            if (!a) return NULL;
            SlExpr *def = NULL;
            if (at(p, SL_TOK_EQUAL)) {
                SlToken *eq = advance(p);
                if (at(p, SL_TOK_COMMA) || at(p, end)) {
                    err_tok(p, eq, "%s", MSG(EXPECTED_DEFAULT));
                    return NULL;
                }
                def = parse_expression(p);
                if (!def) return NULL;
            }
            if (seen_star) {
                if (!vec_push(p, &kwonly, a) || !vec_push(p, &kwdefaults, def)) return NULL;
            } else {
                if (def) {
                    seen_default = true;
                    if (!vec_push(p, &defaults, def)) return NULL;
                } else if (seen_default) {
                    err_node(p, a->pos, "%s", MSG(DEFAULT_ORDER));
                    return NULL;
                }
                if (!vec_push(p, &pos, a)) return NULL;
            }
        }
        if (!accept(p, SL_TOK_COMMA)) {
            if (!at(p, end)) {
                if (!lambda && at(p, SL_TOK_EQUAL) && t->type == SL_TOK_STAR) {
                    err_tok(p, CUR(p), "%s", MSG(VARARG_DEFAULT));
                    return NULL;
                }
                return syntax_error(p);
            }
        }
    }
    (void)star_tok;
    args->nposonly = nposonly;
    args->nargs = pos.n - nposonly;
    args->args = sl_arena_alloc(p->a, (size_t)(pos.n ? pos.n : 1) * sizeof(SlArg));
    args->nkwonly = kwonly.n;
    args->kwonly = sl_arena_alloc(p->a, (size_t)(kwonly.n ? kwonly.n : 1) * sizeof(SlArg));
    args->kw_defaults = sl_arena_alloc(p->a, (size_t)(kwonly.n ? kwonly.n : 1) * sizeof(SlExpr *));
    if (!args->args || !args->kwonly || !args->kw_defaults) return nomem(p);
    for (int i = 0; i < pos.n; i++) args->args[i] = *(SlArg *)pos.items[i];
    for (int i = 0; i < kwonly.n; i++) {
        args->kwonly[i] = *(SlArg *)kwonly.items[i];
        args->kw_defaults[i] = kwdefaults.items[i];
    }
    args->defaults = expr_seq(&defaults);
    return args;
}

/* ---- statements ------------------------------------------------------------------------------------------ */

static bool expect_newline_or_semi(Parser *p) {
    return at(p, SL_TOK_NEWLINE) || at(p, SL_TOK_SEMI);
}

/* After an assignment statement failed to validate: CPython's
 * invalid_assignment / invalid_named_expression messages. */
static void assignment_error(Parser *p, int start, Vec *parts) {
    /* invalid_named_expression inside the first target's elements */
    Mark m;
    mark_save(p, &m);
    p->pos = start;
    for (;;) {
        int es = p->pos;
        if (at(p, SL_TOK_STAR)) break;
        SlExpr *a = parse_bitwise_or(p);
        if (!a || p->error) break;
        if (at(p, SL_TOK_EQUAL)) {
            mark_restore(p, &m);
            mark_save(p, &m);
            p->pos = es;
            SlToken *t0 = tok_at(p, es);
            bool excluded = starts_with_display(p, es) ||
                            (t0->type == SL_TOK_NAME &&
                             (t0->kw == SL_KW_TRUE || t0->kw == SL_KW_FALSE || t0->kw == SL_KW_NONE));
            if (t0->type == SL_TOK_NAME && !is_hard_kw(t0) && tok_at(p, es + 1)->type == SL_TOK_EQUAL) {
                p->pos = es + 2;
                SlExpr *b = parse_bitwise_or(p);
                bool ok = b && !p->error && !at(p, SL_TOK_EQUAL) && !at(p, SL_TOK_COLONEQUAL);
                mark_restore(p, &m);
                if (ok) {
                    err_range(p, tok_pos(t0), b->pos, "%s", MSG(MEANT_EQ));
                    return;
                }
                if (p->error) return;
                break;
            }
            if (!excluded) {
                p->pos = es;
                a = parse_bitwise_or(p);
                p->pos++;
                SlExpr *b = parse_bitwise_or(p);
                bool ok = b && !p->error && !at(p, SL_TOK_EQUAL) && !at(p, SL_TOK_COLONEQUAL);
                mark_restore(p, &m);
                if (ok) {
                    err_node(p, a->pos, MSG(ASSIGN_HERE), sl_ast_expr_name(a));
                    return;
                }
                if (p->error) return;
                mark_save(p, &m);
            }
            break;
        }
        if (!at(p, SL_TOK_COMMA)) break;
        p->pos = es;
        SlExpr *e = parse_named_expression(p);
        if (!e || p->error || !at(p, SL_TOK_COMMA)) break;
        advance(p);
    }
    mark_restore(p, &m);
    if (p->error) return;
    /* (star_targets '=')* a=star_expressions '=' */
    for (int i = 0; i < parts->n - 1; i++) {
        SlExpr *t = parts->items[i];
        if (t->kind == SL_E_YIELD || t->kind == SL_E_YIELDFROM) {
            err_node(p, t->pos, "%s", MSG(ASSIGN_YIELD));
            return;
        }
        SlExpr *bad = invalid_target(t, STAR_TARGETS);
        if (bad) {
            err_node(p, bad->pos, MSG(CANNOT_ASSIGN), sl_ast_expr_name(bad));
            return;
        }
    }
    syntax_error(p);
}

static bool is_augassign(SlTokType t, SlBinOp *op) {
    switch (t) {
    case SL_TOK_PLUSEQUAL: *op = SL_NB_ADD; return true;
    case SL_TOK_MINEQUAL: *op = SL_NB_SUB; return true;
    case SL_TOK_STAREQUAL: *op = SL_NB_MUL; return true;
    case SL_TOK_SLASHEQUAL: *op = SL_NB_TRUEDIV; return true;
    case SL_TOK_DOUBLESLASHEQUAL: *op = SL_NB_FLOORDIV; return true;
    case SL_TOK_PERCENTEQUAL: *op = SL_NB_MOD; return true;
    case SL_TOK_DOUBLESTAREQUAL: *op = SL_NB_POW; return true;
    case SL_TOK_LEFTSHIFTEQUAL: *op = SL_NB_LSHIFT; return true;
    case SL_TOK_RIGHTSHIFTEQUAL: *op = SL_NB_RSHIFT; return true;
    case SL_TOK_AMPEREQUAL: *op = SL_NB_AND; return true;
    case SL_TOK_VBAREQUAL: *op = SL_NB_OR; return true;
    case SL_TOK_CIRCUMFLEXEQUAL: *op = SL_NB_XOR; return true;
    case SL_TOK_ATEQUAL: *op = SL_NB_MATMUL; return true;
    default: return false;
    }
}

static SlStmt *parse_expr_stmt(Parser *p) {
    int start = p->pos;
    SlExpr *e = parse_rhs(p);
    if (!e) return NULL;
    SlBinOp op;
    if (at(p, SL_TOK_COLON)) {
        /* annotated assignment */
        bool simple = tok_at(p, start)->type == SL_TOK_NAME;
        bool bad_target = e->kind != SL_E_NAME && e->kind != SL_E_ATTRIBUTE && e->kind != SL_E_SUBSCRIPT;
        if (bad_target) {
            /* CPython's invalid_assignment needs an expression after ':' */
            Mark m;
            mark_save(p, &m);
            advance(p);
            bool ann = at_expr_start(p) && parse_expression(p) && !p->error;
            mark_restore(p, &m);
            if (p->error) return NULL;
            if (!ann) return syntax_error(p);
        }
        if (e->kind == SL_E_TUPLE || e->kind == SL_E_LIST) {
            err_node(p, e->pos, MSG(ANN_SINGLE), e->kind == SL_E_TUPLE ? "tuple" : "list");
            return NULL;
        }
        if (e->kind != SL_E_NAME && e->kind != SL_E_ATTRIBUTE && e->kind != SL_E_SUBSCRIPT) {
            err_node(p, e->pos, "%s", MSG(ANN_ILLEGAL));
            return NULL;
        }
        advance(p);
        SlExpr *ann = parse_expression(p);
        if (!ann) return NULL;
        SlExpr *value = NULL;
        if (accept(p, SL_TOK_EQUAL)) {
            value = parse_rhs(p);
            if (!value) return NULL;
        }
        set_ctx(e, SL_CTX_STORE);
        SlStmt *s = new_stmt(p, SL_S_ANNASSIGN, pos_from(p, start));
        if (!s) return NULL;
        s->v.annassign.target = e;
        s->v.annassign.annotation = ann;
        s->v.annassign.value = value;
        s->v.annassign.simple = simple && e->kind == SL_E_NAME;
        return s;
    }
    if (is_augassign(CUR(p)->type, &op)) {
        if (e->kind != SL_E_NAME && e->kind != SL_E_ATTRIBUTE && e->kind != SL_E_SUBSCRIPT) {
            err_node(p, e->pos, MSG(AUG_ILLEGAL), sl_ast_expr_name(e));
            return NULL;
        }
        advance(p);
        SlExpr *value = parse_rhs(p);
        if (!value) return NULL;
        set_ctx(e, SL_CTX_STORE);
        SlStmt *s = new_stmt(p, SL_S_AUGASSIGN, pos_from(p, start));
        if (!s) return NULL;
        s->v.augassign.target = e;
        s->v.augassign.op = op;
        s->v.augassign.value = value;
        return s;
    }
    if (at(p, SL_TOK_EQUAL)) {
        Vec parts = {0};
        if (!vec_push(p, &parts, e)) return NULL;
        while (accept(p, SL_TOK_EQUAL)) {
            SlExpr *v = parse_rhs(p);
            if (!v) {
                if (!p->tok_error && p->error) {
                    /* a bad value: the targets may be the real problem */
                }
                return NULL;
            }
            if (!vec_push(p, &parts, v)) return NULL;
        }
        bool ok = true;
        for (int i = 0; i < parts.n - 1; i++) {
            SlExpr *t = parts.items[i];
            if (t->kind == SL_E_YIELD || t->kind == SL_E_YIELDFROM || invalid_target(t, STAR_TARGETS)) {
                ok = false;
                break;
            }
        }
        if (!ok) {
            assignment_error(p, start, &parts);
            return NULL;
        }
        for (int i = 0; i < parts.n - 1; i++) set_ctx(parts.items[i], SL_CTX_STORE);
        SlStmt *s = new_stmt(p, SL_S_ASSIGN, pos_from(p, start));
        if (!s) return NULL;
        s->v.assign.value = parts.items[parts.n - 1];
        parts.n--;
        s->v.assign.targets = expr_seq(&parts);
        return s;
    }
    /* expression statement */
    if (!expect_newline_or_semi(p)) {
        if (e->kind == SL_E_NAME && (e->v.name.id == p->id_print || e->v.name.id == p->id_exec) &&
            !at(p, SL_TOK_LPAR) && at_expr_start(p)) {
            Mark m;
            mark_save(p, &m);
            SlExpr *b = parse_star_expressions(p);
            bool ok = b && !p->error;
            mark_restore(p, &m);
            if (ok) {
                char msg[200];
                snprintf(msg, sizeof msg, MSG(LEGACY_PRINT), e->v.name.id, e->v.name.id);
                err_range(p, e->pos, b->pos, "%s", msg);
                return NULL;
            }
            if (p->error) return NULL;
        }
        if (e->kind != SL_E_TUPLE) check_forgot_comma(p, e, start);
        return syntax_error(p);
    }
    SlStmt *s = new_stmt(p, SL_S_EXPR, pos_from(p, start));
    if (s) s->v.expr.value = e;
    return s;
}

static bool parse_dotted_name(Parser *p, SlId *out) {
    if (!at_name(p)) return syntax_error(p), false;
    SlToken *first = advance(p);
    uint32_t s = first->start, e = first->end;
    while (at(p, SL_TOK_DOT) && PEEK(p, 1)->type == SL_TOK_NAME && !is_hard_kw(PEEK(p, 1))) {
        advance(p);
        e = advance(p)->end;
    }
    if (at(p, SL_TOK_DOT)) {
        advance(p);
        return syntax_error(p), false;
    }
    /* the name without the spaces that may surround dots */
    Buf b = {0};
    for (uint32_t i = s; i < e; i++) {
        char c = p->buf[i];
        if (c == ' ' || c == '\t' || c == '\\' || c == '\n' || c == '\014') continue;
        buf_addc(&b, c);
    }
    *out = sl_arena_id(p->a, b.data ? b.data : "", b.len);
    free(b.data);
    if (!*out) return nomem(p), false;
    return true;
}

static SlStmt *parse_import(Parser *p) {
    int start = p->pos;
    SlToken *imp = advance(p);
    Vec names = {0};
    if (at(p, SL_TOK_NEWLINE)) {
        err_from(p, tok_pos(CUR(p)), MSG(IMPORT_NO_NAMES));
        return NULL;
    }
    do {
        int as = p->pos;
        SlAlias *al = sl_arena_alloc(p->a, sizeof *al);
        if (!al) return nomem(p);
        if (!parse_dotted_name(p, &al->name)) return NULL;
        if (accept_kw(p, SL_KW_AS)) {
            if (!at_name(p)) return syntax_error(p);
            al->asname = tok_id(p, advance(p));
        }
        al->pos = pos_from(p, as);
        if (!vec_push(p, &names, al)) return NULL;
    } while (accept(p, SL_TOK_COMMA));
    if (at_kw(p, SL_KW_FROM)) {
        /* import a from b */
        Mark m;
        mark_save(p, &m);
        advance(p);
        SlId dummy;
        bool ok = parse_dotted_name(p, &dummy) && !p->error;
        SlToken *last = tok_at(p, p->pos - 1);
        /* with "as NAME" CPython's range ends where 'as' ends (no +1) */
        SlToken *as = at_kw(p, SL_KW_AS) ? CUR(p) : NULL;
        mark_restore(p, &m);
        if (p->error) return NULL;
        if (ok) {
            if (as)
                set_err(p, SL_SERR_SYNTAX, imp->lineno, imp->col + 1, as->end_lineno, as->end_col, "%s",
                        MSG(IMPORT_FROM_HINT));
            else
                err_range(p, tok_pos(imp), tok_pos(last), "%s", MSG(IMPORT_FROM_HINT));
            return NULL;
        }
    }
    SlStmt *s = new_stmt(p, SL_S_IMPORT, pos_from(p, start));
    if (!s) return NULL;
    s->v.import.n = names.n;
    s->v.import.names = sl_arena_alloc(p->a, (size_t)names.n * sizeof(SlAlias));
    if (!s->v.import.names) return nomem(p);
    for (int i = 0; i < names.n; i++) s->v.import.names[i] = *(SlAlias *)names.items[i];
    return s;
}

static SlStmt *parse_from_import(Parser *p) {
    int start = p->pos;
    advance(p);
    int level = 0;
    for (;;) {
        if (accept(p, SL_TOK_DOT)) level++;
        else if (accept(p, SL_TOK_ELLIPSIS)) level += 3;
        else break;
    }
    SlId module = NULL;
    if (!at_kw(p, SL_KW_IMPORT)) {
        if (!parse_dotted_name(p, &module)) return NULL;
    } else if (level == 0) {
        return syntax_error(p);
    }
    if (!accept_kw(p, SL_KW_IMPORT)) return syntax_error(p);
    Vec names = {0};
    if (at(p, SL_TOK_NEWLINE)) {
        err_from(p, tok_pos(CUR(p)), MSG(IMPORT_NO_NAMES));
        return NULL;
    }
    if (at(p, SL_TOK_STAR)) {
        SlToken *st = advance(p);
        SlAlias *al = sl_arena_alloc(p->a, sizeof *al);
        if (!al) return nomem(p);
        al->name = sl_arena_id(p->a, "*", 1);
        al->pos = tok_pos(st);
        if (!vec_push(p, &names, al)) return NULL;
    } else {
        bool paren = accept(p, SL_TOK_LPAR);
        for (;;) {
            if (!at_name(p)) return syntax_error(p);
            SlToken *nt = advance(p);
            SlAlias *al = sl_arena_alloc(p->a, sizeof *al);
            if (!al) return nomem(p);
            al->name = tok_id(p, nt);
            if (accept_kw(p, SL_KW_AS)) {
                if (!at_name(p)) return syntax_error(p);
                al->asname = tok_id(p, advance(p));
            }
            al->pos = span(tok_pos(nt), tok_pos(tok_at(p, p->pos - 1)));
            if (!vec_push(p, &names, al)) return NULL;
            if (!accept(p, SL_TOK_COMMA)) break;
            if (paren && at(p, SL_TOK_RPAR)) break;
            if (!paren && at(p, SL_TOK_NEWLINE)) {
                RAISE_LAST(p, SL_SERR_SYNTAX, "%s", MSG(TRAILING_COMMA_IMPORT));
                return NULL;
            }
        }
        if (paren && !accept(p, SL_TOK_RPAR)) return syntax_error(p);
    }
    SlStmt *s = new_stmt(p, SL_S_IMPORTFROM, pos_from(p, start));
    if (!s) return NULL;
    s->v.importfrom.module = module;
    s->v.importfrom.level = level;
    s->v.importfrom.n = names.n;
    s->v.importfrom.names = sl_arena_alloc(p->a, (size_t)names.n * sizeof(SlAlias));
    if (!s->v.importfrom.names) return nomem(p);
    for (int i = 0; i < names.n; i++) s->v.importfrom.names[i] = *(SlAlias *)names.items[i];
    return s;
}

static SlStmt *parse_del(Parser *p) {
    int start = p->pos;
    advance(p);
    int tstart = p->pos;
    Vec v = {0};
    for (;;) {
        SlExpr *e = parse_star_expression(p);
        if (!e) return NULL;
        if (!vec_push(p, &v, e)) return NULL;
        if (!accept(p, SL_TOK_COMMA)) break;
        if (expect_newline_or_semi(p)) break;
    }
    if (!expect_newline_or_semi(p)) {
        /* invalid_del_stmt: del star_expressions */
        SlExpr *t = v.n == 1 ? v.items[0] : NULL;
        if (!t) {
            t = new_expr(p, SL_E_TUPLE, pos_from(p, tstart));
            if (!t) return NULL;
            t->v.seq.elts = expr_seq(&v);
        }
        SlExpr *bad = invalid_target(t, DEL_TARGETS);
        if (bad) {
            err_node(p, bad->pos, MSG(CANNOT_DELETE), sl_ast_expr_name(bad));
            return NULL;
        }
        return syntax_error(p);
    }
    for (int i = 0; i < v.n; i++) {
        SlExpr *bad = invalid_target(v.items[i], DEL_TARGETS);
        if (bad) {
            err_node(p, bad->pos, MSG(CANNOT_DELETE), sl_ast_expr_name(bad));
            return NULL;
        }
        set_ctx(v.items[i], SL_CTX_DEL);
    }
    SlStmt *s = new_stmt(p, SL_S_DELETE, pos_from(p, start));
    if (s) s->v.del.targets = expr_seq(&v);
    return s;
}

static SlStmt *parse_simple_stmt(Parser *p) {
    int start = p->pos;
    SlToken *t = CUR(p);
    if (t->type == SL_TOK_NAME) {
        switch (t->kw) {
        case SL_KW_PASS:
        case SL_KW_BREAK:
        case SL_KW_CONTINUE: {
            advance(p);
            return new_stmt(p, t->kw == SL_KW_PASS ? SL_S_PASS : t->kw == SL_KW_BREAK ? SL_S_BREAK : SL_S_CONTINUE,
                            tok_pos(t));
        }
        case SL_KW_RETURN: {
            advance(p);
            SlExpr *v = NULL;
            if (at_expr_start(p)) {
                v = parse_star_expressions(p);
                if (!v) return NULL;
            }
            SlStmt *s = new_stmt(p, SL_S_RETURN, pos_from(p, start));
            if (s) s->v.ret.value = v;
            return s;
        }
        case SL_KW_RAISE: {
            advance(p);
            SlExpr *exc = NULL, *cause = NULL;
            if (at_expr_start(p)) {
                exc = parse_expression(p);
                if (!exc) return NULL;
                if (accept_kw(p, SL_KW_FROM)) {
                    cause = parse_expression(p);
                    if (!cause) return NULL;
                }
            }
            SlStmt *s = new_stmt(p, SL_S_RAISE, pos_from(p, start));
            if (s) {
                s->v.raise.exc = exc;
                s->v.raise.cause = cause;
            }
            return s;
        }
        case SL_KW_GLOBAL:
        case SL_KW_NONLOCAL: {
            advance(p);
            Vec v = {0};
            do {
                if (!at_name(p)) return syntax_error(p);
                SlId id = tok_id(p, advance(p));
                if (!id || !vec_push(p, &v, (void *)id)) return NULL;
            } while (accept(p, SL_TOK_COMMA));
            SlStmt *s = new_stmt(p, t->kw == SL_KW_GLOBAL ? SL_S_GLOBAL : SL_S_NONLOCAL, pos_from(p, start));
            if (!s) return NULL;
            s->v.global.n = v.n;
            s->v.global.names = (SlId *)v.items;
            return s;
        }
        case SL_KW_DEL:
            return parse_del(p);
        case SL_KW_ASSERT: {
            advance(p);
            SlExpr *test = parse_expression(p);
            if (!test) return NULL;
            SlExpr *msg = NULL;
            if (accept(p, SL_TOK_COMMA)) {
                msg = parse_expression(p);
                if (!msg) return NULL;
            }
            SlStmt *s = new_stmt(p, SL_S_ASSERT, pos_from(p, start));
            if (s) {
                s->v.assert_.test = test;
                s->v.assert_.msg = msg;
            }
            return s;
        }
        case SL_KW_IMPORT:
            return parse_import(p);
        case SL_KW_FROM:
            return parse_from_import(p);
        case SL_KW_TYPE:
            /* type X = ... / type X[T] = ... (type alias statement) */
            if (PEEK(p, 1)->type == SL_TOK_NAME && !is_hard_kw(PEEK(p, 1)) &&
                (PEEK(p, 2)->type == SL_TOK_EQUAL || PEEK(p, 2)->type == SL_TOK_LSQB)) {
                err_tok(p, t, MSG(UNSUPPORTED), "type alias statements");
                return NULL;
            }
            break;
        default:
            break;
        }
    }
    return parse_expr_stmt(p);
}

/* simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static bool parse_simple_stmts(Parser *p, Vec *out) {
    for (;;) {
        SlStmt *s = parse_simple_stmt(p);
        if (!s) return false;
        if (!vec_push(p, out, s)) return false;
        if (accept(p, SL_TOK_SEMI)) {
            if (accept(p, SL_TOK_NEWLINE)) return true;
            continue;
        }
        if (accept(p, SL_TOK_NEWLINE)) return true;
        syntax_error(p);
        return false;
    }
}

/* ':' before a block.  forced: CPython's &&':' (error at the current token);
 * otherwise "expected ':'" only when a NEWLINE follows. */
static bool expect_colon(Parser *p, bool forced) {
    if (accept(p, SL_TOK_COLON)) return true;
    if (forced) {
        err_tok(p, CUR(p), "%s", MSG(EXPECTED_COLON));
    } else if (at(p, SL_TOK_NEWLINE)) {
        RAISE_LAST(p, SL_SERR_SYNTAX, "%s", MSG(EXPECTED_COLON));
    } else {
        syntax_error(p);
    }
    return false;
}

static SlStmtSeq parse_block(Parser *p, SlToken *kwtok, const char *what) {
    SlStmtSeq empty = {0, NULL};
    Vec v = {0};
    if (p->error) return empty;
    if (accept(p, SL_TOK_NEWLINE)) {
        if (!at(p, SL_TOK_INDENT)) {
            if (p->error) return empty;
            if (at(p, SL_TOK_ENDMARKER)) p->eof_in_block = true;
            if (what) {
                char m[200];
                snprintf(m, sizeof m, MSG(EXPECTED_INDENT), what, kwtok->lineno);
                RAISE_LAST(p, SL_SERR_INDENT, "%s", m);
            } else {
                RAISE_LAST(p, SL_SERR_INDENT, "%s", MSG(EXPECTED_INDENT_BARE));
            }
            return empty;
        }
        advance(p);
        if (!enter(p, 10)) return empty;
        while (!at(p, SL_TOK_DEDENT) && !at(p, SL_TOK_ENDMARKER)) {
            if (!parse_statement(p, &v)) {
                p->depth -= 10;
                return empty;
            }
        }
        p->depth -= 10;
        if (p->error) return empty;
        accept(p, SL_TOK_DEDENT);
        return stmt_seq(&v);
    }
    if (!parse_simple_stmts(p, &v)) return empty;
    return stmt_seq(&v);
}

#define BLOCK_OK(p, seq) (!(p)->error)

static SlStmt *parse_if(Parser *p, bool elif) {
    int start = p->pos;
    SlToken *kw = advance(p);
    SlExpr *test = parse_named_expression(p);
    if (!test) return NULL;
    if (!expect_colon(p, false)) return NULL;
    SlStmtSeq body = parse_block(p, kw, elif ? "'elif' statement" : "'if' statement");
    if (p->error) return NULL;
    SlStmtSeq orelse = {0, NULL};
    if (at_kw(p, SL_KW_ELIF)) {
        SlStmt *e = parse_if(p, true);
        if (!e) return NULL;
        SlStmt **one = sl_arena_alloc(p->a, sizeof *one);
        if (!one) return nomem(p);
        one[0] = e;
        orelse.n = 1;
        orelse.items = one;
    } else if (at_kw(p, SL_KW_ELSE)) {
        SlToken *ek = advance(p);
        if (!expect_colon(p, true)) return NULL;
        orelse = parse_block(p, ek, "'else' statement");
        if (p->error) return NULL;
    }
    SlStmt *s = new_stmt(p, SL_S_IF, pos_from(p, start));
    if (!s) return NULL;
    s->v.if_.test = test;
    s->v.if_.body = body;
    s->v.if_.orelse = orelse;
    return s;
}

static SlStmt *parse_while(Parser *p) {
    int start = p->pos;
    SlToken *kw = advance(p);
    SlExpr *test = parse_named_expression(p);
    if (!test) return NULL;
    if (!expect_colon(p, false)) return NULL;
    SlStmtSeq body = parse_block(p, kw, "'while' statement");
    if (p->error) return NULL;
    SlStmtSeq orelse = {0, NULL};
    if (at_kw(p, SL_KW_ELSE)) {
        SlToken *ek = advance(p);
        if (!expect_colon(p, true)) return NULL;
        orelse = parse_block(p, ek, "'else' statement");
        if (p->error) return NULL;
    }
    SlStmt *s = new_stmt(p, SL_S_WHILE, pos_from(p, start));
    if (!s) return NULL;
    s->v.while_.test = test;
    s->v.while_.body = body;
    s->v.while_.orelse = orelse;
    return s;
}

static SlStmt *parse_for(Parser *p) {
    int start = p->pos;
    SlToken *kw = advance(p);
    SlExpr *target = parse_for_targets(p, false);
    if (!target) return NULL;
    advance(p); /* in */
    SlExpr *iter = parse_star_expressions(p);
    if (!iter) return NULL;
    if (!expect_colon(p, false)) return NULL;
    SlStmtSeq body = parse_block(p, kw, "'for' statement");
    if (p->error) return NULL;
    SlStmtSeq orelse = {0, NULL};
    if (at_kw(p, SL_KW_ELSE)) {
        SlToken *ek = advance(p);
        if (!expect_colon(p, true)) return NULL;
        orelse = parse_block(p, ek, "'else' statement");
        if (p->error) return NULL;
    }
    SlStmt *s = new_stmt(p, SL_S_FOR, pos_from(p, start));
    if (!s) return NULL;
    s->v.for_.target = target;
    s->v.for_.iter = iter;
    s->v.for_.body = body;
    s->v.for_.orelse = orelse;
    return s;
}

/* One with-item: expression ['as' star_target] */
static bool parse_with_item(Parser *p, Vec *items, bool in_parens) {
    SlWithItem *it = sl_arena_alloc(p->a, sizeof *it);
    if (!it) return nomem(p), false;
    it->context_expr = parse_expression(p);
    if (!it->context_expr) return false;
    if (accept_kw(p, SL_KW_AS)) {
        int ts = p->pos;
        SlExpr *t;
        if (at(p, SL_TOK_STAR)) {
            SlToken *st = advance(p);
            SlExpr *x = parse_bitwise_or(p);
            if (!x) return false;
            t = new_expr(p, SL_E_STARRED, span(tok_pos(st), x->pos));
            if (!t) return false;
            t->v.starred.value = x;
        } else {
            t = parse_bitwise_or(p);
            if (!t) return false;
        }
        (void)ts;
        if (!at(p, SL_TOK_COMMA) && !at(p, SL_TOK_COLON) && !at(p, SL_TOK_NEWLINE) &&
            !(in_parens && at(p, SL_TOK_RPAR))) {
            SlExpr *bad = invalid_target(t, STAR_TARGETS);
            if (bad) {
                err_node(p, bad->pos, MSG(CANNOT_ASSIGN), sl_ast_expr_name(bad));
                return false;
            }
            syntax_error(p);
            return false;
        }
        if (t->kind == SL_E_STARRED) {
            err_node(p, t->pos, "%s", MSG(STARRED_HERE));
            return false;
        }
        if (!check_target(p, t, STAR_TARGETS)) return false;
        it->optional_vars = t;
    }
    return vec_push(p, items, it);
}

static SlStmt *parse_with(Parser *p) {
    int start = p->pos;
    SlToken *kw = advance(p);
    Vec items = {0};
    bool done = false;
    if (at(p, SL_TOK_LPAR)) {
        /* with (a as b, c as d): -- only when ')' is followed by ':' */
        Mark m;
        mark_save(p, &m);
        advance(p);
        Vec tmp = {0};
        bool ok = true;
        while (!at(p, SL_TOK_RPAR)) {
            if (!parse_with_item(p, &tmp, true)) {
                ok = false;
                break;
            }
            if (!accept(p, SL_TOK_COMMA)) break;
        }
        ok = ok && !p->error && accept(p, SL_TOK_RPAR) && tmp.n > 0;
        if (ok && at(p, SL_TOK_NEWLINE)) {
            mark_keep(p);
            (void)CUR(p);
            RAISE_LAST(p, SL_SERR_SYNTAX, "%s", MSG(EXPECTED_COLON));
            return NULL;
        }
        ok = ok && at(p, SL_TOK_COLON);
        if (ok) {
            mark_keep(p);
            items = tmp;
            done = true;
        } else {
            mark_restore(p, &m);
            if (p->error) return NULL;
        }
    }
    if (!done) {
        do {
            if (!parse_with_item(p, &items, false)) return NULL;
        } while (accept(p, SL_TOK_COMMA));
    }
    if (!expect_colon(p, false)) return NULL;
    SlStmtSeq body = parse_block(p, kw, "'with' statement");
    if (p->error) return NULL;
    SlStmt *s = new_stmt(p, SL_S_WITH, pos_from(p, start));
    if (!s) return NULL;
    s->v.with.nitems = items.n;
    s->v.with.items = sl_arena_alloc(p->a, (size_t)items.n * sizeof(SlWithItem));
    if (!s->v.with.items) return nomem(p);
    for (int i = 0; i < items.n; i++) s->v.with.items[i] = *(SlWithItem *)items.items[i];
    s->v.with.body = body;
    return s;
}

static SlStmt *parse_try(Parser *p) {
    int start = p->pos;
    SlToken *kw = advance(p);
    if (!expect_colon(p, true)) return NULL;
    SlStmtSeq body = parse_block(p, kw, "'try' statement");
    if (p->error) return NULL;
    Vec handlers = {0};
    while (at_kw(p, SL_KW_EXCEPT)) {
        int hs = p->pos;
        SlToken *ek = advance(p);
        SlExceptHandler *h = sl_arena_alloc(p->a, sizeof *h);
        if (!h) return nomem(p);
        if (at(p, SL_TOK_STAR)) {
            err_tok(p, CUR(p), MSG(UNSUPPORTED), "'except*'");
            return NULL;
        }
        if (!at(p, SL_TOK_COLON)) {
            if (at(p, SL_TOK_NEWLINE)) {
                RAISE_LAST(p, SL_SERR_SYNTAX, "%s", MSG(EXPECTED_COLON));
                return NULL;
            }
            h->type = parse_expression(p);
            if (!h->type) return NULL;
            if (at(p, SL_TOK_COMMA)) {
                /* except A, B: */
                int save = p->pos;
                Mark m;
                mark_save(p, &m);
                p->pos = hs + 1;
                SlExpr *tup = parse_star_expressions(p);
                bool ok = tup && !p->error && (at(p, SL_TOK_COLON) || at_kw(p, SL_KW_AS));
                if (ok && at_kw(p, SL_KW_AS)) {
                    advance(p);
                    if (at(p, SL_TOK_NAME)) advance(p);
                }
                int endpos = p->pos;
                mark_restore(p, &m);
                if (p->error) return NULL;
                p->pos = save;
                if (ok) {
                    (void)tok_at(p, endpos);
                    err_from(p, h->type->pos, MSG(EXC_PARENS));
                    return NULL;
                }
                return syntax_error(p);
            }
            if (accept_kw(p, SL_KW_AS)) {
                if (!at_name(p)) return syntax_error(p);
                h->name = tok_id(p, advance(p));
            }
        }
        if (!expect_colon(p, false)) return NULL;
        h->body = parse_block(p, ek, "'except' statement");
        if (p->error) return NULL;
        h->pos = pos_from(p, hs);
        if (!vec_push(p, &handlers, h)) return NULL;
    }
    SlStmtSeq orelse = {0, NULL}, finalbody = {0, NULL};
    if (handlers.n && at_kw(p, SL_KW_ELSE)) {
        SlToken *ek = advance(p);
        if (!expect_colon(p, true)) return NULL;
        orelse = parse_block(p, ek, "'else' statement");
        if (p->error) return NULL;
    }
    if (at_kw(p, SL_KW_FINALLY)) {
        SlToken *fk = advance(p);
        if (!expect_colon(p, true)) return NULL;
        finalbody = parse_block(p, fk, "'finally' statement");
        if (p->error) return NULL;
    }
    if (!handlers.n && !finalbody.n) {
        RAISE_LAST(p, SL_SERR_SYNTAX, "%s", MSG(EXCEPT_OR_FINALLY));
        return NULL;
    }
    SlStmt *s = new_stmt(p, SL_S_TRY, pos_from(p, start));
    if (!s) return NULL;
    s->v.try_.body = body;
    s->v.try_.nhandlers = handlers.n;
    s->v.try_.handlers = sl_arena_alloc(p->a, (size_t)(handlers.n ? handlers.n : 1) * sizeof(SlExceptHandler));
    if (!s->v.try_.handlers) return nomem(p);
    for (int i = 0; i < handlers.n; i++) s->v.try_.handlers[i] = *(SlExceptHandler *)handlers.items[i];
    s->v.try_.orelse = orelse;
    s->v.try_.finalbody = finalbody;
    return s;
}

static SlStmt *parse_funcdef(Parser *p, Vec *decorators, int start) {
    SlToken *kw = advance(p); /* def */
    if (!at_name(p)) return syntax_error(p);
    SlToken *nt = advance(p);
    if (at(p, SL_TOK_LSQB)) {
        err_tok(p, CUR(p), MSG(UNSUPPORTED), "type parameter lists");
        return NULL;
    }
    if (!at(p, SL_TOK_LPAR)) {
        char m[40];
        snprintf(m, sizeof m, "expected '('");
        err_tok(p, CUR(p), "%s", m);
        return NULL;
    }
    advance(p);
    SlArguments *args = parse_params(p, false);
    if (!args) return NULL;
    if (!accept(p, SL_TOK_RPAR)) return syntax_error(p);
    SlExpr *returns = NULL;
    if (accept(p, SL_TOK_RARROW)) {
        returns = parse_expression(p);
        if (!returns) return NULL;
    }
    if (!expect_colon(p, true)) return NULL;
    SlStmtSeq body = parse_block(p, kw, "function definition");
    if (p->error) return NULL;
    SlStmt *s = new_stmt(p, SL_S_FUNCTIONDEF, pos_from(p, start));
    if (!s) return NULL;
    s->v.funcdef.name = tok_id(p, nt);
    s->v.funcdef.args = args;
    s->v.funcdef.body = body;
    s->v.funcdef.decorators = expr_seq(decorators);
    s->v.funcdef.returns = returns;
    return s;
}

static SlStmt *parse_classdef(Parser *p, Vec *decorators, int start) {
    SlToken *kw = advance(p);
    if (!at_name(p)) return syntax_error(p);
    SlToken *nt = advance(p);
    if (at(p, SL_TOK_LSQB)) {
        err_tok(p, CUR(p), MSG(UNSUPPORTED), "type parameter lists");
        return NULL;
    }
    SlExprSeq bases = {0, NULL};
    int nkw = 0;
    SlKeywordArg *kws = NULL;
    if (at(p, SL_TOK_LPAR)) {
        int cs = p->pos;
        SlExpr *call = parse_call_args(p, NULL, cs, false);
        if (!call) return NULL;
        bases = call->v.call.args;
        nkw = call->v.call.nkw;
        kws = call->v.call.keywords;
    }
    if (!expect_colon(p, false)) return NULL;
    SlStmtSeq body = parse_block(p, kw, "class definition");
    if (p->error) return NULL;
    SlStmt *s = new_stmt(p, SL_S_CLASSDEF, pos_from(p, start));
    if (!s) return NULL;
    s->v.classdef.name = tok_id(p, nt);
    s->v.classdef.bases = bases;
    s->v.classdef.nkw = nkw;
    s->v.classdef.keywords = kws;
    s->v.classdef.body = body;
    s->v.classdef.decorators = expr_seq(decorators);
    return s;
}

/* Does the logical line starting here look like a match statement
 * ("match" subject ':' NEWLINE)? */
static bool looks_like_match(Parser *p) {
    SlToken *n1 = PEEK(p, 1);
    if (n1->type == SL_TOK_NEWLINE || n1->type == SL_TOK_EQUAL || n1->type == SL_TOK_DOT ||
        n1->type == SL_TOK_COLON || n1->type == SL_TOK_COMMA || n1->type == SL_TOK_SEMI ||
        is_augassign(n1->type, &(SlBinOp){0}))
        return false;
    if (!starts_expression(n1) && n1->type != SL_TOK_STAR) return false;
    for (int k = 1; k < 100000; k++) {
        SlToken *t = PEEK(p, k);
        if (t->type == SL_TOK_ENDMARKER || t->type == SL_TOK_ERRORTOKEN) return false;
        if (t->type == SL_TOK_NEWLINE) {
            SlToken *prev = PEEK(p, k - 1);
            return prev->type == SL_TOK_COLON;
        }
    }
    return false;
}

static SlStmt *parse_statement(Parser *p, Vec *out) {
    if (p->error) return NULL;
    SlToken *t = CUR(p);
    int start = p->pos;
    SlStmt *s = NULL;
    if (t->type == SL_TOK_NAME) {
        switch (t->kw) {
        case SL_KW_IF: s = parse_if(p, false); break;
        case SL_KW_WHILE: s = parse_while(p); break;
        case SL_KW_FOR: s = parse_for(p); break;
        case SL_KW_TRY: s = parse_try(p); break;
        case SL_KW_WITH: s = parse_with(p); break;
        case SL_KW_DEF: {
            Vec none = {0};
            s = parse_funcdef(p, &none, start);
            break;
        }
        case SL_KW_CLASS: {
            Vec none = {0};
            s = parse_classdef(p, &none, start);
            break;
        }
        case SL_KW_ASYNC:
            err_tok(p, t, MSG(UNSUPPORTED), "'async' statements");
            return NULL;
        case SL_KW_MATCH:
            if (looks_like_match(p)) {
                err_tok(p, t, MSG(UNSUPPORTED), "the 'match' statement");
                return NULL;
            }
            goto simple;
        default:
            goto simple;
        }
        if (!s) return NULL;
        return vec_push(p, out, s) ? s : NULL;
    }
    if (t->type == SL_TOK_AT) {
        Vec decs = {0};
        while (accept(p, SL_TOK_AT)) {
            SlExpr *d = parse_named_expression(p);
            if (!d) return NULL;
            if (!vec_push(p, &decs, d)) return NULL;
            if (!accept(p, SL_TOK_NEWLINE)) return syntax_error(p);
        }
        if (at_kw(p, SL_KW_DEF)) s = parse_funcdef(p, &decs, start);
        else if (at_kw(p, SL_KW_CLASS)) s = parse_classdef(p, &decs, start);
        else if (at_kw(p, SL_KW_ASYNC)) {
            err_tok(p, CUR(p), MSG(UNSUPPORTED), "'async' statements");
            return NULL;
        } else {
            if (at(p, SL_TOK_ENDMARKER)) p->eof_in_block = true;
            return syntax_error(p);
        }
        if (!s) return NULL;
        /* CPython: a decorated definition's position starts at 'def'/'class' */
        return vec_push(p, out, s) ? s : NULL;
    }
    if (t->type == SL_TOK_INDENT || t->type == SL_TOK_DEDENT) return syntax_error(p);
simple:
    if (!parse_simple_stmts(p, out)) return NULL;
    return out->items[out->n - 1];
}

/* ---- entry point ---------------------------------------------------------------------------------------------- */

/* After a parser error: tokenize the rest, a tokenizer error wins
 * (CPython's _PyPegen_tokenize_full_source_to_check_for_errors). */
static void check_rest_for_tokenizer_errors(Parser *p) {
    if (p->tok_error || p->indent_error || p->mode == SL_COMPILE_SINGLE) return;
    /* CPython compares with the line of the last token read (in any pass) */
    int err_line = p->ntoks ? TOK(p, p->ntoks - 1)->lineno : 0;
    SlSyntaxErr saved = *p->err;
    while (!p->lex_done) {
        SlToken t;
        SlTokType ty = sl_lexer_next(&p->lx, &t);
        if (ty == SL_TOK_ENDMARKER) break;
        if (ty == SL_TOK_ERRORTOKEN) {
            if (p->lx.done == SL_LEX_ERROR) return; /* replaces: the lexer filled *err */
            if (p->lx.done == SL_LEX_EOF && p->lx.level) {
                int l = p->lx.level - 1;
                /* an error at the unclosed bracket itself: CPython's second
                 * pass reads on to the end of the input, then reports it */
                bool at_bracket = p->generic_line == p->lx.parenline[l] &&
                                  p->generic_col == p->lx.parencol[l];
                if (err_line > p->lx.parenline[l] || at_bracket) {
                    p->error = false;
                    set_err(p, SL_SERR_SYNTAX, p->lx.parenline[l], p->lx.parencol[l] + 1,
                            p->lx.parenline[l], 0, MSG(NEVER_CLOSED), p->lx.parenstack[l]);
                    return;
                }
            }
            break;
        }
    }
    *p->err = saved;
}

SlModuleAst *sl_parse(SlArena *arena, const char *buf, size_t len, SlCompileMode mode,
                      SlSyntaxErr *err, bool *incomplete) {
    Parser P;
    Parser *p = &P;
    memset(p, 0, sizeof *p);
    p->a = arena;
    p->buf = buf;
    p->len = len;
    p->err = err;
    p->mode = mode;
    memset(err, 0, sizeof *err);
    sl_lexer_init(&p->lx, buf, len, false, err);
    p->id_print = sl_arena_id(arena, "print", 5);
    p->id_exec = sl_arena_id(arena, "exec", 4);
    SlModuleAst *mod = sl_arena_alloc(arena, sizeof *mod);
    if (!mod || !p->id_print || !p->id_exec) {
        nomem(p);
        goto fail;
    }
    if (mode == SL_COMPILE_EVAL) {
        while (accept(p, SL_TOK_NEWLINE)) {}
        int start = p->pos;
        SlExpr *e = parse_star_expressions(p);
        if (e && !p->error) {
            while (accept(p, SL_TOK_NEWLINE)) {}
            if (!at(p, SL_TOK_ENDMARKER)) {
                check_forgot_comma(p, e, start);
                syntax_error(p);
            }
        }
        mod->expr = e;
    } else {
        Vec body = {0};
        while (!p->error && !at(p, SL_TOK_ENDMARKER)) {
            if (at(p, SL_TOK_NEWLINE)) {
                advance(p);
                continue;
            }
            int before = body.n;
            if (!parse_statement(p, &body)) break;
            if (mode == SL_COMPILE_SINGLE && before == 0) {
                /* one statement (or one line of simple statements) */
                while (accept(p, SL_TOK_NEWLINE)) {}
                if (!at(p, SL_TOK_ENDMARKER) && !p->error) {
                    SlToken *t = CUR(p);
                    set_err(p, SL_SERR_SYNTAX, t->lineno, t->col + 1, t->end_lineno,
                            t->end_col + 1, "%s", MSG(MULTIPLE_STMTS));
                }
                break;
            }
        }
        mod->body = stmt_seq(&body);
    }
    if (arena->failed) nomem(p);
    if (p->error) goto fail;
    if (incomplete) {
        *incomplete = false;
        if (mode == SL_COMPILE_SINGLE && mod->body.n) {
            SlStmt *last = mod->body.items[mod->body.n - 1];
            bool compound = last->kind == SL_S_IF || last->kind == SL_S_WHILE ||
                            last->kind == SL_S_FOR || last->kind == SL_S_TRY ||
                            last->kind == SL_S_WITH || last->kind == SL_S_FUNCTIONDEF ||
                            last->kind == SL_S_CLASSDEF;
            /* a compound statement ends with an empty line at the prompt */
            if (compound) {
                size_t i = len;
                if (i && buf[i - 1] == '\n') i--;
                while (i && (buf[i - 1] == ' ' || buf[i - 1] == '\t' || buf[i - 1] == '\014')) i--;
                if (!(i == 0 || buf[i - 1] == '\n')) *incomplete = true;
            }
        }
    }
    free_tokens(p);
    mod->ifexp_chain = p->ifexp_max;
    return mod;
fail:
    if (err->kind == SL_SERR_NONE) {
        err->kind = SL_SERR_SYNTAX;
        snprintf(err->msg, sizeof err->msg, "invalid syntax");
    }
    if (err->kind != SL_SERR_MEMORY) check_rest_for_tokenizer_errors(p);
    if (incomplete) {
        SlLexer *lx = &p->lx;
        bool inc = false;
        if (p->tok_error) {
            if (lx->done == SL_LEX_EOF) inc = true; /* open bracket or backslash at the end */
            else if (lx->done == SL_LEX_ERROR && strstr(err->msg, "unterminated triple-quoted"))
                inc = true;
        } else if (p->eof_in_block) {
            /* an unfinished block, unless the input ends with an empty line */
            size_t i = len;
            if (i && buf[i - 1] == '\n') i--;
            while (i && (buf[i - 1] == ' ' || buf[i - 1] == '\t' || buf[i - 1] == '\014')) i--;
            inc = !(i == 0 || buf[i - 1] == '\n');
        }
        *incomplete = inc;
    }
    free_tokens(p);
    return NULL;
}
