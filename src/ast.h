/* ast.h: the abstract syntax tree (as CPython's Python.asdl, for the
 * supported subset), allocated in an arena that is freed in one go.
 *
 * The tree is plain C data: identifiers are arena strings made unique by
 * the arena's identifier table (so two equal names are the same pointer),
 * literals are decoded text, never runtime objects.  The compiler turns
 * them into objects.  Positions are CPython's: 1-based lines, 0-based
 * UTF-8 byte columns, end exclusive.
 */
#ifndef SL_AST_H
#define SL_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "object.h"

/* ---- arena ----------------------------------------------------------------- */

typedef struct SlArenaChunk SlArenaChunk;
typedef struct SlArena {
    SlArenaChunk *chunks;
    char *ptr, *end;
    /* identifier table: open addressing over arena strings */
    const char **ids;
    size_t nids, idcap;
    bool failed;             /* out of memory */
} SlArena;

void sl_arena_init(SlArena *a);
void sl_arena_free(SlArena *a);
/* zeroed memory; NULL (and a->failed) when out of memory */
void *sl_arena_alloc(SlArena *a, size_t n);
char *sl_arena_strndup(SlArena *a, const char *s, size_t n);
/* The unique copy of an identifier (pointer equality = string equality). */
const char *sl_arena_id(SlArena *a, const char *s, size_t n);

typedef const char *SlId;

typedef struct SlAstPos {
    int lineno, col, end_lineno, end_col;
} SlAstPos;

/* ---- expressions ------------------------------------------------------------ */

typedef enum {
    SL_E_BOOLOP, SL_E_NAMEDEXPR, SL_E_BINOP, SL_E_UNARYOP, SL_E_LAMBDA, SL_E_IFEXP,
    SL_E_DICT, SL_E_SET, SL_E_LISTCOMP, SL_E_SETCOMP, SL_E_DICTCOMP, SL_E_GENEXP,
    SL_E_YIELD, SL_E_YIELDFROM, SL_E_COMPARE, SL_E_CALL, SL_E_FORMATTEDVALUE,
    SL_E_JOINEDSTR, SL_E_CONSTANT, SL_E_ATTRIBUTE, SL_E_SUBSCRIPT, SL_E_STARRED,
    SL_E_NAME, SL_E_LIST, SL_E_TUPLE, SL_E_SLICE,
} SlExprKind;

typedef enum { SL_CTX_LOAD, SL_CTX_STORE, SL_CTX_DEL } SlExprCtx;

typedef enum { SL_BOOL_AND, SL_BOOL_OR } SlBoolOpKind;

/* comparison operators: SlCompareOp values, plus these */
enum { SL_CMP_IS = 6, SL_CMP_ISNOT, SL_CMP_IN, SL_CMP_NOTIN };

typedef enum {
    SL_CONST_NONE, SL_CONST_TRUE, SL_CONST_FALSE, SL_CONST_ELLIPSIS,
    SL_CONST_INT,    /* text: the literal without underscores (with 0x.. prefix) */
    SL_CONST_FLOAT,  /* fval */
    SL_CONST_COMPLEX, /* fval: the imaginary part of an imaginary literal (1.5j) */
    SL_CONST_STR,    /* text/len: UTF-8 */
    SL_CONST_BYTES,  /* text/len */
} SlConstKind;

typedef struct SlExpr SlExpr;
typedef struct SlStmt SlStmt;

typedef struct SlExprSeq {
    int n;
    SlExpr **items;
} SlExprSeq;

typedef struct SlStmtSeq {
    int n;
    SlStmt **items;
} SlStmtSeq;

typedef struct SlComprehension {
    SlExpr *target, *iter;
    SlExprSeq ifs;
} SlComprehension;

typedef struct SlKeywordArg {
    SlId arg;              /* NULL for **kwargs */
    SlExpr *value;
    SlAstPos pos;
} SlKeywordArg;

typedef struct SlArg {
    SlId arg;
    SlExpr *annotation;    /* parsed, never evaluated */
    SlAstPos pos;
} SlArg;

typedef struct SlArguments {
    int nposonly, nargs, nkwonly;  /* args[0..nposonly+nargs) positional (posonly first) */
    SlArg *args;                   /* positional parameters */
    SlArg *kwonly;
    SlArg *vararg, *kwarg;         /* NULL if absent */
    SlExprSeq defaults;            /* for the last len(defaults) positional args */
    SlExpr **kw_defaults;          /* per kwonly arg, NULL if none */
} SlArguments;

struct SlExpr {
    SlExprKind kind;
    SlAstPos pos;
    union {
        struct { SlBoolOpKind op; SlExprSeq values; } boolop;
        struct { SlExpr *target, *value; } namedexpr;
        struct { SlExpr *left; SlBinOp op; SlExpr *right; } binop;
        struct { SlUnaryOp op; bool not_; SlExpr *operand; } unaryop;  /* not_: 'not' */
        struct { SlArguments *args; SlExpr *body; } lambda;
        struct { SlExpr *test, *body, *orelse; } ifexp;
        struct { SlExprSeq keys, values; } dict;         /* key NULL: **value */
        struct { SlExprSeq elts; } set;
        struct {                                         /* list/set/dict comp, genexp */
            SlExpr *elt, *value;                         /* value: dictcomp only */
            int ngens;
            SlComprehension *gens;
        } comp;
        struct { SlExpr *value; } yield;                 /* value may be NULL */
        struct { SlExpr *left; int n; int *ops; SlExpr **comparators; } compare;
        struct { SlExpr *func; SlExprSeq args; int nkw; SlKeywordArg *keywords; } call;
        struct { SlExpr *value; int conversion; SlExpr *format_spec; } fvalue; /* conv: -1 or 's','r','a' */
        struct { SlExprSeq values; } joined;
        struct { SlConstKind kind; const char *text; size_t len; double fval; } constant;
        struct { SlExpr *value; SlId attr; SlExprCtx ctx; } attribute;
        struct { SlExpr *value, *slice; SlExprCtx ctx; } subscript;
        struct { SlExpr *value; SlExprCtx ctx; } starred;
        struct { SlId id; SlExprCtx ctx; } name;
        struct { SlExprSeq elts; SlExprCtx ctx; } seq;   /* list, tuple */
        struct { SlExpr *lower, *upper, *step; } slice;
    } v;
};

/* ---- statements ---------------------------------------------------------------- */

typedef enum {
    SL_S_FUNCTIONDEF, SL_S_CLASSDEF, SL_S_RETURN, SL_S_DELETE, SL_S_ASSIGN,
    SL_S_AUGASSIGN, SL_S_ANNASSIGN, SL_S_FOR, SL_S_WHILE, SL_S_IF, SL_S_WITH,
    SL_S_RAISE, SL_S_TRY, SL_S_ASSERT, SL_S_IMPORT, SL_S_IMPORTFROM, SL_S_GLOBAL,
    SL_S_NONLOCAL, SL_S_EXPR, SL_S_PASS, SL_S_BREAK, SL_S_CONTINUE,
} SlStmtKind;

typedef struct SlWithItem {
    SlExpr *context_expr, *optional_vars;
} SlWithItem;

typedef struct SlExceptHandler {
    SlExpr *type;          /* NULL: bare except */
    SlId name;             /* NULL if no 'as' */
    SlStmtSeq body;
    SlAstPos pos;
} SlExceptHandler;

typedef struct SlAlias {
    SlId name;             /* dotted for import; "*" for import * */
    SlId asname;           /* NULL if none */
    SlAstPos pos;
} SlAlias;

struct SlStmt {
    SlStmtKind kind;
    SlAstPos pos;
    union {
        struct {
            SlId name;
            SlArguments *args;
            SlStmtSeq body;
            SlExprSeq decorators;
            SlExpr *returns;
        } funcdef;
        struct {
            SlId name;
            SlExprSeq bases;
            int nkw;
            SlKeywordArg *keywords;
            SlStmtSeq body;
            SlExprSeq decorators;
        } classdef;
        struct { SlExpr *value; } ret;                  /* value may be NULL */
        struct { SlExprSeq targets; } del;
        struct { SlExprSeq targets; SlExpr *value; } assign;
        struct { SlExpr *target; SlBinOp op; SlExpr *value; } augassign;
        struct { SlExpr *target, *annotation, *value; bool simple; } annassign;
        struct { SlExpr *target, *iter; SlStmtSeq body, orelse; } for_;
        struct { SlExpr *test; SlStmtSeq body, orelse; } while_;
        struct { SlExpr *test; SlStmtSeq body, orelse; } if_;
        struct { int nitems; SlWithItem *items; SlStmtSeq body; } with;
        struct { SlExpr *exc, *cause; } raise;
        struct {
            SlStmtSeq body;
            int nhandlers;
            SlExceptHandler *handlers;
            SlStmtSeq orelse, finalbody;
        } try_;
        struct { SlExpr *test, *msg; } assert_;
        struct { int n; SlAlias *names; } import;
        struct { SlId module; int n; SlAlias *names; int level; } importfrom; /* module may be NULL */
        struct { int n; SlId *names; } global;          /* also nonlocal */
        struct { SlExpr *value; } expr;
    } v;
};

typedef struct SlModuleAst {
    SlStmtSeq body;
    SlExpr *expr;          /* eval mode */
    int ifexp_chain;       /* longest `a if c else b if d else ...` chain: its limits
                            * differ by version (compiler.c) */
} SlModuleAst;

#endif
