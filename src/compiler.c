/* compiler.c: AST -> code objects, and sl_compile (code.h), the front end's
 * entry point: normalise the source, parse (parser.c), build the symbol
 * tables (symtable.c), generate code.
 *
 * Code generation follows CPython's compile.c, with the instruction shapes
 * of opcodes.h (a block-stack VM: SETUP_FINALLY / SETUP_WITH / POP_BLOCK).
 * Instructions are collected per code object with symbolic labels, then
 * assembled: jump targets resolved to unit indexes, inline cache indexes
 * numbered, the maximum stack depth computed by a walk over the flow graph.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "complex.h"
#include "errors.h"
#include "float.h"
#include "int.h"
#include "opcodes.h"
#include "parser.h"
#include "str.h"
#include "symtable.h"
#include "tuple.h"
#include "vm.h"

/* messages (one table, for per-version variants) */
#define COMPILER_MSGS(X)                                                       \
    X(RETURN_OUTSIDE, "'return' outside function")                            \
    X(BREAK_OUTSIDE, "'break' outside loop")                                   \
    X(CONTINUE_OUTSIDE, "'continue' not properly in loop")                     \
    X(YIELD_OUTSIDE, "'yield' outside function")                               \
    X(TOO_MANY_BLOCKS, "too many statically nested blocks")                    \
    X(MULTIPLE_STARRED, "multiple starred expressions in assignment")          \
    X(STARRED_ALONE, "starred assignment target must be in a list or tuple")  \
    X(STARRED_HERE, "can't use starred expression here")                       \
    X(KW_REPEATED, "keyword argument repeated: %s")                            \
    X(DEFAULT_EXCEPT_LAST, "default 'except:' must be last")                   \
    X(ASSIGN_DEBUG, "cannot assign to __debug__")                              \
    X(DELETE_DEBUG, "cannot delete __debug__")                                 \
    X(TOO_MANY_STAR_UNPACK, "too many expressions in star-unpacking assignment") \
    X(RECURSION, "maximum recursion depth exceeded during compilation")

enum {
#define X(n, t) CM_##n,
    COMPILER_MSGS(X)
#undef X
};
static const char *const cmsgs[] = {
#define X(n, t) t,
    COMPILER_MSGS(X)
#undef X
};

/* CPython's CO_MAXBLOCKS: 21 nested blocks compile, the 22nd is an error.
 * (The VM's block stack must hold this many: try/with/handler blocks.) */
#define MAX_FBLOCKS 21
#define MAX_DEPTH 6000
#define NO_LABEL (-1)

typedef struct Instr {
    uint8_t op;
    uint32_t arg;
    int label;          /* jump target label, or NO_LABEL */
    SlPos pos;
} Instr;

enum { FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_WITH,
       FB_HANDLER_CLEANUP, FB_POP_VALUE };

typedef struct FBlock {
    int kind;
    int start, exit;    /* labels: continue / break targets for loops */
    SlStmtSeq *finalbody;
    SlId name;          /* handler name for HANDLER_CLEANUP */
} FBlock;

enum { CK_NONE, CK_TRUE, CK_FALSE, CK_ELLIPSIS, CK_INT, CK_FLOAT, CK_COMPLEX, CK_STR, CK_BYTES,
       CK_TUPLE, CK_CODE };

typedef struct Const {
    int kind;
    SlValue v;          /* owned */
    const char *data;   /* str/bytes contents (arena) */
    size_t len;
    double d;
    double im;          /* complex: the imaginary part (d is the real one) */
    int *items;         /* tuple: const indexes */
    int nitems;
} Const;

typedef enum { U_MODULE, U_CLASS, U_FUNCTION, U_LAMBDA, U_COMPREHENSION } UnitType;

/* An ordered set of identifiers (names, varnames, ...) with a hash index
 * (identifiers are unique pointers, so they hash by address). */
typedef struct IdList {
    SlId *items;
    int n, cap;
    int *index;         /* capindex slots: item index or -1 */
    int capindex;
} IdList;

typedef struct Unit {
    struct Unit *parent;
    SlScope *ste;
    UnitType type;
    SlId name;
    char *qualname;
    Instr *instrs;
    int ninstrs, capinstrs;
    int *labels;
    int nlabels, caplabels;
    Const *consts;
    int nconsts, capconsts;
    int *cindex;        /* hash index over consts (capcindex slots, -1 empty) */
    int capcindex;
    IdList names, varnames, cellvars, freevars;
    FBlock fblocks[MAX_FBLOCKS];
    int nfblocks;
    int argcount, posonlyargcount, kwonlyargcount;
    uint32_t flags;
    int firstlineno;
    SlId private_;
    SlValue doc;        /* owned str or SL_NULL */
} Unit;

typedef struct Compiler {
    SlVM *vm;
    SlArena *arena;
    SlSymtable *st;
    const char *filename;
    const char *buf;
    size_t len;
    SlSyntaxErr *err;
    bool failed;
    Unit *u;
    SlPos loc;
    bool interactive;
    int depth;
    SlValue filename_str;
    SlId id_annotations, id_name, id_module, id_qualname, id_doc, id_classcell, id_class,
        id_debug, id_dot0, id_none;
} Compiler;

/* ---- errors ---------------------------------------------------------------------- */

static bool cerr(Compiler *c, SlAstPos pos, int msg, const char *arg) {
    if (c->failed) return false;
    sl_syntax_err_at(c->err, pos, cmsgs[msg], arg);
    c->failed = true;
    return false;
}

static bool cnomem(Compiler *c) {
    if (!c->failed) {
        c->err->kind = SL_SERR_MEMORY;
        snprintf(c->err->msg, sizeof c->err->msg, "out of memory");
        c->failed = true;
    }
    return false;
}

/* A runtime call (object creation) failed: an exception is pending. */
static bool cexc(Compiler *c) {
    if (!c->failed) {
        c->err->kind = SL_SERR_NONE; /* the VM's pending exception stands */
        c->failed = true;
    }
    return false;
}

static SlPos to_pos(SlAstPos p) {
    SlPos r;
    r.line = (uint32_t)(p.lineno > 0 ? p.lineno : 0);
    r.end_line = (uint32_t)(p.end_lineno > 0 ? p.end_lineno : 0);
    r.col = (uint16_t)(p.col > 0 ? (p.col > 0xffff ? 0xffff : p.col) : 0);
    r.end_col = (uint16_t)(p.end_col > 0 ? (p.end_col > 0xffff ? 0xffff : p.end_col) : 0);
    return r;
}

/* ---- growable arrays --------------------------------------------------------------- */

static bool grow(Compiler *c, void **arr, int *cap, int need, size_t elsize) {
    if (need <= *cap) return true;
    int nc = *cap ? *cap * 2 : 16;
    while (nc < need) nc *= 2;
    void *n = realloc(*arr, (size_t)nc * elsize);
    if (!n) return cnomem(c);
    *arr = n;
    *cap = nc;
    return true;
}

static size_t id_hash(SlId id) {
    uintptr_t x = (uintptr_t)id;
    x ^= x >> 17;
    x *= 0x9E3779B97F4A7C15u;
    return (size_t)(x ^ (x >> 29));
}

static bool id_reindex(Compiler *c, IdList *l, int cap) {
    int *ni = malloc((size_t)cap * sizeof(int));
    if (!ni) return cnomem(c);
    for (int i = 0; i < cap; i++) ni[i] = -1;
    for (int i = 0; i < l->n; i++) {
        size_t h = id_hash(l->items[i]) & (size_t)(cap - 1);
        while (ni[h] >= 0) h = (h + 1) & (size_t)(cap - 1);
        ni[h] = i;
    }
    free(l->index);
    l->index = ni;
    l->capindex = cap;
    return true;
}

static int id_find(IdList *l, SlId id) {
    if (!l->capindex) return -1;
    size_t h = id_hash(id) & (size_t)(l->capindex - 1);
    while (l->index[h] >= 0) {
        if (l->items[l->index[h]] == id) return l->index[h];
        h = (h + 1) & (size_t)(l->capindex - 1);
    }
    return -1;
}

static int id_index(Compiler *c, IdList *l, SlId id) {
    int i = id_find(l, id);
    if (i >= 0) return i;
    if (!grow(c, (void **)&l->items, &l->cap, l->n + 1, sizeof(SlId))) return -1;
    l->items[l->n++] = id;
    if (l->n * 2 > l->capindex) {
        if (!id_reindex(c, l, l->capindex ? l->capindex * 2 : 16)) return -1;
    } else {
        size_t h = id_hash(id) & (size_t)(l->capindex - 1);
        while (l->index[h] >= 0) h = (h + 1) & (size_t)(l->capindex - 1);
        l->index[h] = l->n - 1;
    }
    return l->n - 1;
}

static void id_free(IdList *l) {
    free(l->items);
    free(l->index);
}

/* ---- emitting ---------------------------------------------------------------------- */

static int new_label(Compiler *c) {
    Unit *u = c->u;
    if (!grow(c, (void **)&u->labels, &u->caplabels, u->nlabels + 1, sizeof(int))) return 0;
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

static void use_label(Compiler *c, int label) {
    if (c->failed) return;
    c->u->labels[label] = c->u->ninstrs;
}

static bool emit_full(Compiler *c, SlOpcode op, uint32_t arg, int label) {
    if (c->failed) return false;
    Unit *u = c->u;
    if (arg > SL_ARG_MAX) return cnomem(c);
    if (!grow(c, (void **)&u->instrs, &u->capinstrs, u->ninstrs + 1, sizeof(Instr))) return false;
    Instr *in = &u->instrs[u->ninstrs++];
    in->op = (uint8_t)op;
    in->arg = arg;
    in->label = label;
    in->pos = c->loc;
    return true;
}
static bool emit(Compiler *c, SlOpcode op, uint32_t arg) { return emit_full(c, op, arg, NO_LABEL); }
static bool emit_jump(Compiler *c, SlOpcode op, int label) { return emit_full(c, op, 0, label); }

/* ---- constants --------------------------------------------------------------------- */

/* Constants are deduplicated through a hash of their kind and contents. */
static size_t const_hash(const Const *k) {
    size_t h = (size_t)k->kind * 1000003u;
    switch (k->kind) {
    case CK_STR:
    case CK_BYTES:
        for (size_t i = 0; i < k->len; i++) h = (h ^ (unsigned char)k->data[i]) * 1099511628211u;
        break;
    case CK_INT:
        h ^= (size_t)sl_int_hash(k->v) * 0x9E3779B97F4A7C15u;
        break;
    case CK_FLOAT:
    case CK_COMPLEX: {
        uint64_t b, bi;
        memcpy(&b, &k->d, sizeof b);
        memcpy(&bi, &k->im, sizeof bi);
        h ^= (size_t)(b * 0x9E3779B97F4A7C15u) ^ (size_t)(bi * 0xC2B2AE3D27D4EB4Fu);
        break;
    }
    case CK_TUPLE:
        for (int i = 0; i < k->nitems; i++) h = (h ^ (size_t)k->items[i]) * 1099511628211u;
        break;
    case CK_CODE:
        h ^= (size_t)k->v;
        break;
    default:
        break;
    }
    return h ^ (h >> 31);
}

static bool const_equal(const Const *a, const Const *b) {
    if (a->kind != b->kind) return false;
    switch (a->kind) {
    case CK_STR:
    case CK_BYTES: return a->len == b->len && memcmp(a->data, b->data, a->len) == 0;
    case CK_INT: return sl_int_compare(a->v, b->v) == 0;
    /* by bits, as CPython's _PyCode_ConstantKey: 0.0 and -0.0 (0j and
     * -0.0j) are different constants */
    case CK_FLOAT: return memcmp(&a->d, &b->d, sizeof a->d) == 0;
    case CK_COMPLEX:
        return memcmp(&a->d, &b->d, sizeof a->d) == 0 && memcmp(&a->im, &b->im, sizeof a->im) == 0;
    case CK_TUPLE:
        return a->nitems == b->nitems &&
               (a->nitems == 0 || memcmp(a->items, b->items, (size_t)a->nitems * sizeof(int)) == 0);
    case CK_CODE: return a->v == b->v;
    default: return true;
    }
}

static int const_lookup(Unit *u, const Const *k) {
    if (!u->capcindex || k->kind == CK_CODE) return -1;
    size_t h = const_hash(k) & (size_t)(u->capcindex - 1);
    while (u->cindex[h] >= 0) {
        if (const_equal(&u->consts[u->cindex[h]], k)) return u->cindex[h];
        h = (h + 1) & (size_t)(u->capcindex - 1);
    }
    return -1;
}

static int add_const_entry(Compiler *c, Const *k) {
    Unit *u = c->u;
    if (!grow(c, (void **)&u->consts, &u->capconsts, u->nconsts + 1, sizeof(Const))) {
        sl_xdecref(c->vm, k->v);
        return -1;
    }
    u->consts[u->nconsts++] = *k;
    if (u->nconsts * 2 > u->capcindex) {
        int cap = u->capcindex ? u->capcindex * 2 : 32;
        int *ni = malloc((size_t)cap * sizeof(int));
        if (!ni) return cnomem(c), -1;
        for (int i = 0; i < cap; i++) ni[i] = -1;
        for (int i = 0; i < u->nconsts; i++) {
            size_t h = const_hash(&u->consts[i]) & (size_t)(cap - 1);
            while (ni[h] >= 0) h = (h + 1) & (size_t)(cap - 1);
            ni[h] = i;
        }
        free(u->cindex);
        u->cindex = ni;
        u->capcindex = cap;
    } else {
        size_t h = const_hash(k) & (size_t)(u->capcindex - 1);
        while (u->cindex[h] >= 0) h = (h + 1) & (size_t)(u->capcindex - 1);
        u->cindex[h] = u->nconsts - 1;
    }
    return u->nconsts - 1;
}

static int const_simple(Compiler *c, int kind) {
    Const k = {0};
    k.kind = kind;
    int found = const_lookup(c->u, &k);
    if (found >= 0) return found;
    switch (kind) {
    case CK_NONE: k.v = SL_NONE; break;
    case CK_TRUE: k.v = SL_TRUE; break;
    case CK_FALSE: k.v = SL_FALSE; break;
    default: k.v = SL_ELLIPSIS; break;
    }
    sl_incref(k.v);
    return add_const_entry(c, &k);
}

static bool all_name_chars(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
              ch == '_'))
            return false;
    }
    return true;
}

static int const_str(Compiler *c, const char *s, size_t n) {
    Const k = {0};
    k.kind = CK_STR;
    k.data = s;
    k.len = n;
    int found = const_lookup(c->u, &k);
    if (found >= 0) return found;
    /* identifier-like constants are interned, as CPython does */
    k.v = all_name_chars(s, n) ? sl_incref(sl_intern(s, n)) : sl_str_new(c->vm, s, n);
    if (!k.v) return cexc(c), -1;
    return add_const_entry(c, &k);
}

static int const_id(Compiler *c, SlId id) { return const_str(c, id, strlen(id)); }

static int const_bytes(Compiler *c, const char *s, size_t n) {
    Const k = {0};
    k.kind = CK_BYTES;
    k.data = s;
    k.len = n;
    int found = const_lookup(c->u, &k);
    if (found >= 0) return found;
    k.v = sl_bytes_new(c->vm, s, n);
    if (!k.v) return cexc(c), -1;
    return add_const_entry(c, &k);
}

/* The constant index for the int v (steals v) */
static int const_int_value(Compiler *c, SlValue v) {
    Const k = {0};
    k.kind = CK_INT;
    k.v = v;
    int found = const_lookup(c->u, &k);
    if (found >= 0) {
        sl_decref(c->vm, v);
        return found;
    }
    return add_const_entry(c, &k);
}

static int const_int_text(Compiler *c, const char *text, size_t n) {
    SlValue v = sl_int_from_str(c->vm, text, n, 0);
    if (!v) return cexc(c), -1;
    return const_int_value(c, v);
}

static int const_float(Compiler *c, double d) {
    Const k = {0};
    k.kind = CK_FLOAT;
    k.d = d;
    int found = const_lookup(c->u, &k);
    if (found >= 0) return found;
    k.v = sl_float_new(c->vm, d);
    if (!k.v) return cexc(c), -1;
    return add_const_entry(c, &k);
}

static int const_complex(Compiler *c, double re, double im) {
    Const k = {0};
    k.kind = CK_COMPLEX;
    k.d = re;
    k.im = im;
    int found = const_lookup(c->u, &k);
    if (found >= 0) return found;
    k.v = sl_complex_new(c->vm, re, im);
    if (!k.v) return cexc(c), -1;
    return add_const_entry(c, &k);
}

/* a tuple of existing constants (indexes) */
static int const_tuple(Compiler *c, int *items, int n) {
    Unit *u = c->u;
    Const k = {0};
    k.kind = CK_TUPLE;
    k.nitems = n;
    k.items = items;
    int found = const_lookup(u, &k);
    if (found >= 0) return found;
    k.items = sl_arena_alloc(c->arena, (size_t)(n ? n : 1) * sizeof(int));
    if (!k.items) return cnomem(c), -1;
    if (n) memcpy(k.items, items, (size_t)n * sizeof(int));
    SlValue t = sl_tuple_new(c->vm, (size_t)n);
    if (!t) return cexc(c), -1;
    for (int i = 0; i < n; i++) SL_TUPLE_ITEMS(t)[i] = sl_incref(u->consts[items[i]].v);
    k.v = t;
    return add_const_entry(c, &k);
}

static int const_code(Compiler *c, SlCode *code) {
    Const k = {0};
    k.kind = CK_CODE;
    k.v = SL_OBJ(code);
    return add_const_entry(c, &k);
}

static bool load_const(Compiler *c, int idx) {
    if (idx < 0) return false;
    return emit(c, SL_OP_LOAD_CONST, (uint32_t)idx);
}

/* ---- constant expressions (folding) ----------------------------------------------------- */

static bool is_const_expr(SlExpr *e);

static bool is_const_expr(SlExpr *e) {
    if (e->kind == SL_E_CONSTANT) return true;
    if (e->kind == SL_E_UNARYOP && e->v.unaryop.op == SL_UN_NEG && !e->v.unaryop.not_ &&
        e->v.unaryop.operand->kind == SL_E_CONSTANT) {
        SlConstKind k = e->v.unaryop.operand->v.constant.kind;
        return k == SL_CONST_INT || k == SL_CONST_FLOAT;
    }
    if (e->kind == SL_E_TUPLE && e->v.seq.ctx == SL_CTX_LOAD) {
        for (int i = 0; i < e->v.seq.elts.n; i++)
            if (!is_const_expr(e->v.seq.elts.items[i])) return false;
        return true;
    }
    return false;
}

/* CPython's AST optimizer folds arithmetic on number constants, so that
 * `x = 2 ** 10; y = 2 ** 10` makes one constant (and `x is y`), and
 * nothing is computed at run time.  Its limits keep compiling cheap: no
 * folding of * ** << on ints that would give more than 128 bits.  The
 * value of e when it is such a constant (a new reference), else SL_NULL
 * with no exception pending. */
#define FOLD_MAX_INT_BITS 128

static SlValue fold_number(Compiler *c, SlExpr *e) {
    SlVM *vm = c->vm;
    SlValue r = SL_NULL;
    if (e->kind == SL_E_CONSTANT) {
        if (e->v.constant.kind == SL_CONST_INT)
            r = sl_int_from_str(vm, e->v.constant.text, e->v.constant.len, 0);
        else if (e->v.constant.kind == SL_CONST_FLOAT)
            r = sl_float_new(vm, e->v.constant.fval);
        else if (e->v.constant.kind == SL_CONST_COMPLEX)
            r = sl_complex_new(vm, 0.0, e->v.constant.fval);
        if (!r) sl_exc_clear(vm);
        return r;
    }
    if (e->kind == SL_E_UNARYOP && !e->v.unaryop.not_) {
        SlValue v = fold_number(c, e->v.unaryop.operand);
        if (!v) return SL_NULL;
        r = sl_unaryop(vm, e->v.unaryop.op, v);
        sl_decref(vm, v);
    } else if (e->kind == SL_E_BINOP && e->v.binop.op != SL_NB_MATMUL) {
        SlValue a = fold_number(c, e->v.binop.left);
        if (!a) return SL_NULL;
        SlValue b = fold_number(c, e->v.binop.right);
        if (!b) {
            sl_decref(vm, a);
            return SL_NULL;
        }
        bool ints = SL_IS_INTLIKE(a) && SL_IS_INTLIKE(b), safe = true;
        if (ints && sl_int_sign(a) != 0 && sl_int_sign(b) != 0) {
            int64_t abits = sl_int_bit_length(a), bbits = sl_int_bit_length(b);
            switch (e->v.binop.op) {
            case SL_NB_MUL: safe = abits + bbits <= FOLD_MAX_INT_BITS; break;
            case SL_NB_POW: {   /* safe_power: bits(a) * b */
                int64_t w;
                if (sl_int_sign(b) > 0) safe = sl_int_fast(b, &w) && abits <= FOLD_MAX_INT_BITS / w;
                break;
            }
            case SL_NB_LSHIFT: {   /* safe_lshift: bits(a) + b */
                int64_t w;
                safe = sl_int_fast(b, &w) && w >= 0 && w <= FOLD_MAX_INT_BITS &&
                       abits <= FOLD_MAX_INT_BITS - w;
                break;
            }
            default: break;
            }
        }
        r = safe ? sl_binop(vm, e->v.binop.op, a, b) : SL_NULL;
        sl_decref(vm, a);
        sl_decref(vm, b);
    } else {
        return SL_NULL;
    }
    if (!r) sl_exc_clear(vm);   /* 1/0 and friends are left to run time */
    return r;
}

/* The constant index for a folded number (steals v) */
static int const_number(Compiler *c, SlValue v) {
    if (SL_IS_OBJ(v) && SL_AS_OBJ(v)->type == &sl_float_type) {
        double d = SL_FLOAT_VAL(v);
        sl_decref(c->vm, v);
        return const_float(c, d);
    }
    if (SL_IS_OBJ(v) && SL_AS_OBJ(v)->type == &sl_complex_type) {
        double re = SL_COMPLEX_REAL(v), im = SL_COMPLEX_IMAG(v);
        sl_decref(c->vm, v);
        return const_complex(c, re, im);
    }
    return const_int_value(c, v);
}

/* constant index of a constant expression (is_const_expr true) */
static int const_of(Compiler *c, SlExpr *e) {
    if (e->kind == SL_E_CONSTANT) {
        switch (e->v.constant.kind) {
        case SL_CONST_NONE: return const_simple(c, CK_NONE);
        case SL_CONST_TRUE: return const_simple(c, CK_TRUE);
        case SL_CONST_FALSE: return const_simple(c, CK_FALSE);
        case SL_CONST_ELLIPSIS: return const_simple(c, CK_ELLIPSIS);
        case SL_CONST_INT: return const_int_text(c, e->v.constant.text, e->v.constant.len);
        case SL_CONST_FLOAT: return const_float(c, e->v.constant.fval);
        case SL_CONST_COMPLEX: return const_complex(c, 0.0, e->v.constant.fval);
        case SL_CONST_STR: return const_str(c, e->v.constant.text, e->v.constant.len);
        case SL_CONST_BYTES: return const_bytes(c, e->v.constant.text, e->v.constant.len);
        }
        return -1;
    }
    if (e->kind == SL_E_UNARYOP) {
        SlExpr *o = e->v.unaryop.operand;
        if (o->v.constant.kind == SL_CONST_FLOAT) return const_float(c, -o->v.constant.fval);
        size_t n = o->v.constant.len;
        char *t = sl_arena_alloc(c->arena, n + 2);
        if (!t) return cnomem(c), -1;
        t[0] = '-';
        memcpy(t + 1, o->v.constant.text, n);
        return const_int_text(c, t, n + 1);
    }
    /* tuple */
    int n = e->v.seq.elts.n;
    int *items = sl_arena_alloc(c->arena, (size_t)(n ? n : 1) * sizeof(int));
    if (!items) return cnomem(c), -1;
    for (int i = 0; i < n; i++) {
        items[i] = const_of(c, e->v.seq.elts.items[i]);
        if (items[i] < 0) return -1;
    }
    return const_tuple(c, items, n);
}

/* ---- names -------------------------------------------------------------------------------- */

static SlId mangle(Compiler *c, SlId name) {
    SlId m = sl_mangle(c->arena, c->u->private_, name);
    if (!m) cnomem(c);
    return m;
}

static int name_index(Compiler *c, SlId id) {
    int i = id_index(c, &c->u->names, id);
    if (i < 0) cnomem(c);
    return i;
}

static bool is_function_like(Unit *u) {
    return u->type == U_FUNCTION || u->type == U_LAMBDA || u->type == U_COMPREHENSION;
}

/* Emit an instruction that takes an inline cache (the cache unit is added
 * by the assembler). */
static bool emit_cached(Compiler *c, SlOpcode op, uint32_t arg) { return emit(c, op, arg); }

static bool emit_name_op(Compiler *c, SlId name, SlExprCtx ctx, SlAstPos pos) {
    if (name == c->id_debug) {
        if (ctx == SL_CTX_STORE) return cerr(c, pos, CM_ASSIGN_DEBUG, NULL);
        if (ctx == SL_CTX_DEL) return cerr(c, pos, CM_DELETE_DEBUG, NULL);
        return load_const(c, const_simple(c, CK_TRUE));
    }
    SlId m = mangle(c, name);
    if (!m) return false;
    Unit *u = c->u;
    int flags;
    int scope = sl_scope_get(u->ste, m, &flags);
    enum { OP_FAST, OP_GLOBAL, OP_DEREF, OP_NAME } kind = OP_NAME;
    int idx = -1;
    switch (scope) {
    case SL_SCOPE_FREE:
        idx = id_find(&u->freevars, m);
        if (idx >= 0) {
            idx += u->cellvars.n;
            kind = OP_DEREF;
        }
        break;
    case SL_SCOPE_CELL:
        idx = id_find(&u->cellvars, m);
        if (idx >= 0) kind = OP_DEREF;
        break;
    case SL_SCOPE_LOCAL:
        if (is_function_like(u)) kind = OP_FAST;
        break;
    case SL_SCOPE_GLOBAL_IMPLICIT:
        if (is_function_like(u)) kind = OP_GLOBAL;
        break;
    case SL_SCOPE_GLOBAL_EXPLICIT:
        kind = OP_GLOBAL;
        break;
    default:
        break;
    }
    /* module level: the namespace is the globals dict */
    if (u->type == U_MODULE && kind == OP_NAME) kind = OP_GLOBAL;
    switch (kind) {
    case OP_FAST: {
        int i = id_index(c, &u->varnames, m);
        if (i < 0) return cnomem(c);
        return emit(c, ctx == SL_CTX_LOAD ? SL_OP_LOAD_FAST : ctx == SL_CTX_STORE ? SL_OP_STORE_FAST
                                                                                   : SL_OP_DELETE_FAST,
                    (uint32_t)i);
    }
    case OP_DEREF:
        if (ctx == SL_CTX_LOAD)
            return emit(c, u->type == U_CLASS ? SL_OP_LOAD_CLASSDEREF : SL_OP_LOAD_DEREF, (uint32_t)idx);
        return emit(c, ctx == SL_CTX_STORE ? SL_OP_STORE_DEREF : SL_OP_DELETE_DEREF, (uint32_t)idx);
    case OP_GLOBAL: {
        int i = name_index(c, m);
        if (i < 0) return false;
        if (ctx == SL_CTX_LOAD) return emit_cached(c, SL_OP_LOAD_GLOBAL, (uint32_t)i);
        return emit(c, ctx == SL_CTX_STORE ? SL_OP_STORE_GLOBAL : SL_OP_DELETE_GLOBAL, (uint32_t)i);
    }
    case OP_NAME: {
        int i = name_index(c, m);
        if (i < 0) return false;
        return emit(c, ctx == SL_CTX_LOAD ? SL_OP_LOAD_NAME : ctx == SL_CTX_STORE ? SL_OP_STORE_NAME
                                                                                   : SL_OP_DELETE_NAME,
                    (uint32_t)i);
    }
    }
    return false;
}

/* Store/load a compiler-made name in the class namespace (STORE_NAME). */
static bool emit_plain_name(Compiler *c, SlOpcode op, SlId name) {
    int i = name_index(c, name);
    if (i < 0) return false;
    return emit(c, op, (uint32_t)i);
}

static bool emit_attr_op(Compiler *c, SlOpcode op, SlId attr) {
    SlId m = mangle(c, attr);
    if (!m) return false;
    int i = name_index(c, m);
    if (i < 0) return false;
    return op == SL_OP_DELETE_ATTR ? emit(c, op, (uint32_t)i) : emit_cached(c, op, (uint32_t)i);
}

/* ---- units ------------------------------------------------------------------------------------ */

static int cmp_ids(const void *a, const void *b) {
    return strcmp(*(const SlId *)a, *(const SlId *)b);
}

static bool enter_unit(Compiler *c, UnitType type, SlId name, const void *key, int firstlineno) {
    Unit *u = calloc(1, sizeof *u);
    if (!u) return cnomem(c);
    u->parent = c->u;
    u->type = type;
    u->name = name;
    u->firstlineno = firstlineno;
    u->ste = sl_symtable_lookup(c->st, key);
    if (!u->ste) {
        free(u);
        return cnomem(c);
    }
    u->private_ = c->u ? c->u->private_ : NULL;
    c->u = u;
    /* varnames start with the parameters */
    for (int i = 0; i < u->ste->nparams; i++)
        if (id_index(c, &u->varnames, u->ste->params[i]) < 0) return false;
    /* cells: implicit __class__ first, then the CELL symbols sorted */
    if (u->ste->needs_class_closure && id_index(c, &u->cellvars, c->id_class) < 0) return false;
    int ncell_start = u->cellvars.n;
    for (int i = 0; i < u->ste->nsyms; i++)
        if (u->ste->syms[i].scope == SL_SCOPE_CELL && id_index(c, &u->cellvars, u->ste->syms[i].name) < 0)
            return false;
    if (u->cellvars.n - ncell_start > 1) {
        qsort(u->cellvars.items + ncell_start, (size_t)(u->cellvars.n - ncell_start), sizeof(SlId), cmp_ids);
        if (!id_reindex(c, &u->cellvars, u->cellvars.capindex)) return false;
    }
    for (int i = 0; i < u->ste->nsyms; i++) {
        SlSymbol *s = &u->ste->syms[i];
        if (s->scope == SL_SCOPE_FREE || (s->flags & SL_DEF_FREE_CLASS))
            if (id_index(c, &u->freevars, s->name) < 0) return false;
    }
    if (u->freevars.n > 1) {
        qsort(u->freevars.items, (size_t)u->freevars.n, sizeof(SlId), cmp_ids);
        if (!id_reindex(c, &u->freevars, u->freevars.capindex)) return false;
    }
    return true;
}

static void free_unit(Compiler *c, Unit *u) {
    for (int i = 0; i < u->nconsts; i++) sl_xdecref(c->vm, u->consts[i].v);
    sl_xdecref(c->vm, u->doc);
    free(u->instrs);
    free(u->labels);
    free(u->consts);
    id_free(&u->names);
    id_free(&u->varnames);
    id_free(&u->cellvars);
    id_free(&u->freevars);
    free(u->cindex);
    free(u->qualname);
    free(u);
}

static void leave_unit(Compiler *c) {
    Unit *u = c->u;
    c->u = u->parent;
    free_unit(c, u);
}

/* qualname as CPython's compiler_set_qualname (comprehensions other than
 * generator expressions are inlined in 3.12+, so they add no level). */
static bool set_qualname(Compiler *c) {
    Unit *u = c->u;
    Unit *parent = u->parent;
    while (parent && parent->type == U_COMPREHENSION && parent->ste->comp != SL_COMP_GENEXP &&
           u->type != U_COMPREHENSION)
        parent = parent->parent;
    const char *base = NULL;
    bool add_locals = false;
    if (parent && parent->type != U_MODULE) {
        bool force_global = false;
        if (u->type == U_FUNCTION || u->type == U_CLASS) {
            SlId m = sl_mangle(c->arena, parent->private_, u->name);
            if (m && sl_scope_get(parent->ste, m, NULL) == SL_SCOPE_GLOBAL_EXPLICIT) force_global = true;
        }
        if (!force_global) {
            base = parent->qualname;
            add_locals = parent->type == U_FUNCTION || parent->type == U_LAMBDA ||
                         parent->type == U_COMPREHENSION;
        }
    }
    size_t n = strlen(u->name) + (base ? strlen(base) + 10 : 0) + 1;
    u->qualname = malloc(n);
    if (!u->qualname) return cnomem(c);
    if (base) snprintf(u->qualname, n, "%s%s.%s", base, add_locals ? ".<locals>" : "", u->name);
    else snprintf(u->qualname, n, "%s", u->name);
    return true;
}

/* ---- assembly ------------------------------------------------------------------------------- */

static int stack_effect(const Instr *in, bool jump) {
    uint32_t a = in->arg;
    switch ((SlOpcode)in->op) {
    case SL_OP_NOP: return 0;
    case SL_OP_POP_TOP: return -1;
    case SL_OP_PUSH_NULL: return 1;
    case SL_OP_COPY: return 1;
    case SL_OP_SWAP: return 0;
    case SL_OP_LOAD_CONST:
    case SL_OP_LOAD_FAST:
    case SL_OP_LOAD_DEREF:
    case SL_OP_LOAD_CLOSURE:
    case SL_OP_LOAD_CLASSDEREF:
    case SL_OP_LOAD_GLOBAL:
    case SL_OP_LOAD_NAME: return 1;
    case SL_OP_STORE_FAST:
    case SL_OP_STORE_DEREF:
    case SL_OP_STORE_GLOBAL:
    case SL_OP_STORE_NAME: return -1;
    case SL_OP_DELETE_FAST:
    case SL_OP_DELETE_DEREF:
    case SL_OP_DELETE_GLOBAL:
    case SL_OP_DELETE_NAME: return 0;
    case SL_OP_LOAD_ATTR: return 0;
    case SL_OP_STORE_ATTR: return -2;
    case SL_OP_DELETE_ATTR: return -1;
    case SL_OP_LOAD_METHOD: return 1;
    case SL_OP_BINARY_SUBSCR: return -1;
    case SL_OP_STORE_SUBSCR: return -3;
    case SL_OP_DELETE_SUBSCR: return -2;
    case SL_OP_BUILD_SLICE: return 1 - (int)a;
    case SL_OP_BINARY_OP:
    case SL_OP_INPLACE_OP: return -1;
    case SL_OP_UNARY_NEGATIVE:
    case SL_OP_UNARY_POSITIVE:
    case SL_OP_UNARY_INVERT:
    case SL_OP_UNARY_NOT: return 0;
    case SL_OP_COMPARE_OP:
    case SL_OP_IS_OP:
    case SL_OP_CONTAINS_OP: return -1;
    case SL_OP_BUILD_TUPLE:
    case SL_OP_BUILD_LIST:
    case SL_OP_BUILD_SET:
    case SL_OP_BUILD_STRING: return 1 - (int)a;
    case SL_OP_BUILD_MAP: return 1 - 2 * (int)a;
    case SL_OP_FORMAT_VALUE: return (a & 4) ? -1 : 0;
    case SL_OP_LIST_APPEND:
    case SL_OP_SET_ADD: return -1;
    case SL_OP_MAP_ADD: return -2;
    case SL_OP_LIST_EXTEND:
    case SL_OP_SET_UPDATE:
    case SL_OP_DICT_UPDATE:
    case SL_OP_DICT_MERGE: return -1;
    case SL_OP_LIST_TO_TUPLE: return 0;
    case SL_OP_UNPACK_SEQUENCE: return (int)a - 1;
    case SL_OP_UNPACK_EX: return (int)(a & 0xff) + (int)(a >> 8);
    case SL_OP_JUMP: return 0;
    case SL_OP_POP_JUMP_IF_FALSE:
    case SL_OP_POP_JUMP_IF_TRUE: return -1;
    case SL_OP_JUMP_IF_FALSE_OR_POP:
    case SL_OP_JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case SL_OP_GET_ITER: return 0;
    case SL_OP_FOR_ITER: return jump ? -1 : 1;
    case SL_OP_RETURN_VALUE: return -1;
    case SL_OP_YIELD_VALUE: return 0;
    case SL_OP_GET_YIELD_FROM_ITER: return 0;
    case SL_OP_YIELD_FROM: return -1;
    case SL_OP_SETUP_FINALLY: return jump ? 2 : 0;
    case SL_OP_POP_BLOCK: return 0;
    case SL_OP_POP_EXCEPT: return -1;
    case SL_OP_RERAISE: return -1;
    case SL_OP_CHECK_EXC_MATCH: return 0;
    case SL_OP_RAISE_VARARGS: return -(int)a;
    case SL_OP_LOAD_ASSERTION_ERROR: return 1;
    case SL_OP_SETUP_WITH: return jump ? 2 : 1;
    case SL_OP_WITH_EXIT: return -1;
    case SL_OP_WITH_EXCEPT_START: return 1;
    case SL_OP_CALL: return -(int)a - 1;
    case SL_OP_CALL_KW: return -(int)a - 2;
    case SL_OP_CALL_EX: return -3;
    case SL_OP_MAKE_FUNCTION:
        return -(((a & 1) ? 1 : 0) + ((a & 2) ? 1 : 0) + ((a & 8) ? 1 : 0));
    case SL_OP_LOAD_BUILD_CLASS: return 1;
    case SL_OP_SETUP_ANNOTATIONS: return 0;
    case SL_OP_IMPORT_NAME: return -1;
    case SL_OP_IMPORT_FROM: return 1;
    case SL_OP_IMPORT_STAR: return -1;
    case SL_OP_PRINT_EXPR: return -1;
    case SL_OP_COUNT: break;
    }
    return 0;
}

static bool is_jump(SlOpcode op) {
    switch (op) {
    case SL_OP_JUMP:
    case SL_OP_POP_JUMP_IF_FALSE:
    case SL_OP_POP_JUMP_IF_TRUE:
    case SL_OP_JUMP_IF_FALSE_OR_POP:
    case SL_OP_JUMP_IF_TRUE_OR_POP:
    case SL_OP_FOR_ITER:
    case SL_OP_SETUP_FINALLY:
    case SL_OP_SETUP_WITH: return true;
    default: return false;
    }
}

static bool no_fallthrough(SlOpcode op) {
    return op == SL_OP_JUMP || op == SL_OP_RETURN_VALUE || op == SL_OP_RERAISE ||
           op == SL_OP_RAISE_VARARGS;
}

/* Maximum stack depth: walk every reachable instruction.  Each instruction
 * is visited once: the compiler emits code where every path reaches an
 * instruction with the same depth (checked in debug builds). */
static int compute_stacksize(Compiler *c, Unit *u) {
    int n = u->ninstrs;
    if (n == 0) return 0;
    int *depth = malloc((size_t)n * sizeof(int));
    int *work = malloc((size_t)n * sizeof(int));
    if (!depth || !work) {
        free(depth);
        free(work);
        cnomem(c);
        return 0;
    }
    for (int i = 0; i < n; i++) depth[i] = -1;
    int nw = 0, maxd = 0;
    depth[0] = 0;
    work[nw++] = 0;
    while (nw) {
        int i = work[--nw];
        int d = depth[i];
        for (;;) {
            Instr *in = &u->instrs[i];
            SlOpcode op = (SlOpcode)in->op;
            if (is_jump(op) && in->label != NO_LABEL) {
                int t = u->labels[in->label];
                int jd = d + stack_effect(in, true);
                if (jd > maxd) maxd = jd;
                if (t >= 0 && t < n) {
                    if (depth[t] < 0) {
                        depth[t] = jd;
                        work[nw++] = t;
                    }
#ifdef SL_DEBUG_STACK
                    else if (depth[t] != jd)
                        fprintf(stderr, "stack depth mismatch in %s at %d: %d vs %d\n", u->qualname, t,
                                depth[t], jd);
#endif
                }
            }
            d += stack_effect(in, false);
            if (d > maxd) maxd = d;
            if (no_fallthrough(op)) break;
            i++;
            if (i >= n) break;
            if (depth[i] >= 0) {
#ifdef SL_DEBUG_STACK
                if (depth[i] != d)
                    fprintf(stderr, "stack depth mismatch in %s at %d: %d vs %d\n", u->qualname, i,
                            depth[i], d);
#endif
                break;
            }
            depth[i] = d;
        }
    }
    free(depth);
    free(work);
    return maxd;
}

static SlValue ids_tuple(Compiler *c, IdList *l) {
    SlValue t = sl_tuple_new(c->vm, (size_t)l->n);
    if (!t) return cexc(c), SL_NULL;
    for (int i = 0; i < l->n; i++) SL_TUPLE_ITEMS(t)[i] = sl_incref(sl_intern_cstr(l->items[i]));
    return t;
}

static SlCode *assemble(Compiler *c) {
    Unit *u = c->u;
    if (c->failed) return NULL;
    int n = u->ninstrs;
    int *offset = malloc((size_t)(n + 1) * sizeof(int));
    if (!offset) return cnomem(c), NULL;
    int total = 0, ncaches = 0;
    for (int i = 0; i < n; i++) {
        offset[i] = total;
        total += 1 + (sl_op_has_cache[u->instrs[i].op] ? 1 : 0);
    }
    offset[n] = total;
    int stacksize = compute_stacksize(c, u);
    SlCode *code = sl_code_new(c->vm);
    if (!code) {
        free(offset);
        return cexc(c), NULL;
    }
    code->code = sl_mem_alloc(c->vm, (size_t)total * sizeof(uint32_t));
    if (!code->code) goto error;
    code->ncode = (uint32_t)total;
    code->positions = sl_mem_alloc(c->vm, (size_t)total * sizeof(SlPos));
    if (!code->positions) goto error;
    int k = 0;
    for (int i = 0; i < n; i++) {
        Instr *in = &u->instrs[i];
        uint32_t arg = in->arg;
        if (in->label != NO_LABEL) {
            int t = u->labels[in->label];
            arg = (uint32_t)offset[t < 0 ? n : t];
        }
        code->code[k] = SL_MAKE_INSTR(in->op, arg);
        code->positions[k++] = in->pos;
        if (sl_op_has_cache[in->op]) {
            code->code[k] = (uint32_t)ncaches++;
            code->positions[k++] = in->pos;
        }
    }
    free(offset);
    offset = NULL;
    code->ncaches = (uint32_t)ncaches;
    if (ncaches) {
        code->caches = sl_mem_alloc(c->vm, (size_t)ncaches * sizeof(SlCache));
        if (!code->caches) goto error;
        memset(code->caches, 0, (size_t)ncaches * sizeof(SlCache));
    }
    code->consts = sl_tuple_new(c->vm, (size_t)u->nconsts);
    if (!code->consts) goto error;
    for (int i = 0; i < u->nconsts; i++) {
        SL_TUPLE_ITEMS(code->consts)[i] = u->consts[i].v;
        u->consts[i].v = SL_NULL; /* moved into the tuple */
    }
    if (!(code->names = ids_tuple(c, &u->names))) goto error;
    if (!(code->varnames = ids_tuple(c, &u->varnames))) goto error;
    if (!(code->cellvars = ids_tuple(c, &u->cellvars))) goto error;
    if (!(code->freevars = ids_tuple(c, &u->freevars))) goto error;
    code->cell2arg = NULL;
    for (int i = 0; i < u->cellvars.n; i++) {
        int a = -1;
        for (int j = 0; j < u->ste->nparams; j++)
            if (u->ste->params[j] == u->cellvars.items[i]) a = j;
        if (a >= 0) {
            if (!code->cell2arg) {
                code->cell2arg = sl_mem_alloc(c->vm, (size_t)u->cellvars.n * sizeof(int32_t));
                if (!code->cell2arg) goto error;
                for (int j = 0; j < u->cellvars.n; j++) code->cell2arg[j] = -1;
            }
            code->cell2arg[i] = a;
        }
    }
    code->argcount = (uint32_t)u->argcount;
    code->posonlyargcount = (uint32_t)u->posonlyargcount;
    code->kwonlyargcount = (uint32_t)u->kwonlyargcount;
    code->nlocals = (uint32_t)u->varnames.n;
    code->nvars = code->nlocals + (uint32_t)SL_TUPLE_SIZE(code->cellvars) + (uint32_t)SL_TUPLE_SIZE(code->freevars);
    code->stacksize = (uint32_t)stacksize + 2;
    code->flags = u->flags;
    code->name = sl_incref(sl_intern_cstr(u->name));
    code->qualname = sl_str_from_cstr(c->vm, u->qualname);
    if (!code->qualname) goto error;
    code->filename = sl_incref(c->filename_str);
    code->doc = u->doc;
    u->doc = SL_NULL;
    code->firstlineno = (uint32_t)u->firstlineno;
    return code;
error:
    free(offset);
    sl_decref(c->vm, SL_OBJ(code));
    return cexc(c), NULL;
}

/* ---- frame blocks ------------------------------------------------------------------------------ */

static bool push_fblock(Compiler *c, int kind, int start, int exit, SlAstPos pos) {
    Unit *u = c->u;
    if (u->nfblocks >= MAX_FBLOCKS) return cerr(c, pos, CM_TOO_MANY_BLOCKS, NULL);
    FBlock *f = &u->fblocks[u->nfblocks++];
    memset(f, 0, sizeof *f);
    f->kind = kind;
    f->start = start;
    f->exit = exit;
    return true;
}
static void pop_fblock(Compiler *c) { c->u->nfblocks--; }

static bool visit_stmts(Compiler *c, SlStmtSeq seq);
static bool visit_expr(Compiler *c, SlExpr *e);

static bool unwind_fblock(Compiler *c, FBlock *f, bool preserve_tos) {
    switch (f->kind) {
    case FB_WHILE:
        return true;
    case FB_FOR:
        if (preserve_tos && !emit(c, SL_OP_SWAP, 2)) return false;
        return emit(c, SL_OP_POP_TOP, 0);
    case FB_TRY_EXCEPT:
        return emit(c, SL_OP_POP_BLOCK, 0);
    case FB_FINALLY_TRY: {
        if (!emit(c, SL_OP_POP_BLOCK, 0)) return false;
        if (preserve_tos && !push_fblock(c, FB_POP_VALUE, NO_LABEL, NO_LABEL, (SlAstPos){0, 0, 0, 0}))
            return false;
        SlPos saved = c->loc;
        bool ok = visit_stmts(c, *f->finalbody);
        c->loc = saved;
        if (preserve_tos) pop_fblock(c);
        return ok;
    }
    case FB_FINALLY_END:
        if (preserve_tos) {
            if (!emit(c, SL_OP_SWAP, 2) || !emit(c, SL_OP_POP_TOP, 0) || !emit(c, SL_OP_SWAP, 2))
                return false;
        } else if (!emit(c, SL_OP_POP_TOP, 0)) {
            return false;
        }
        return emit(c, SL_OP_POP_EXCEPT, 0);
    case FB_WITH:
        if (!emit(c, SL_OP_POP_BLOCK, 0)) return false;
        if (preserve_tos && !emit(c, SL_OP_SWAP, 2)) return false;
        return emit(c, SL_OP_WITH_EXIT, 0);
    case FB_HANDLER_CLEANUP:
        if (preserve_tos && !emit(c, SL_OP_SWAP, 2)) return false;
        if (!emit(c, SL_OP_POP_EXCEPT, 0)) return false;
        if (f->name) {
            SlAstPos none = {0, 0, 0, 0};
            if (!load_const(c, const_simple(c, CK_NONE))) return false;
            if (!emit_name_op(c, f->name, SL_CTX_STORE, none)) return false;
            if (!emit_name_op(c, f->name, SL_CTX_DEL, none)) return false;
        }
        return true;
    case FB_POP_VALUE:
        if (preserve_tos && !emit(c, SL_OP_SWAP, 2)) return false;
        return emit(c, SL_OP_POP_TOP, 0);
    }
    return true;
}

/* Unwind blocks from the innermost out; stop at a loop if loop != NULL. */
static bool unwind_fblock_stack(Compiler *c, bool preserve_tos, FBlock **loop) {
    Unit *u = c->u;
    if (u->nfblocks == 0) return true;
    FBlock *top = &u->fblocks[u->nfblocks - 1];
    if (loop && (top->kind == FB_WHILE || top->kind == FB_FOR)) {
        *loop = top;
        return true;
    }
    FBlock copy = *top;
    u->nfblocks--;
    bool ok = unwind_fblock(c, &copy, preserve_tos) && unwind_fblock_stack(c, preserve_tos, loop);
    u->fblocks[u->nfblocks++] = copy;
    return ok;
}

/* ---- expressions ------------------------------------------------------------------------------- */

#define WITH_LOC(c, p)                                                         \
    SlPos saved_loc_ = (c)->loc;                                               \
    (c)->loc = to_pos(p)
#define RESTORE_LOC(c) ((c)->loc = saved_loc_)

static bool compile_store(Compiler *c, SlExpr *t);
static bool compile_jump_if(Compiler *c, SlExpr *e, int label, bool cond);
static bool compile_call_helper(Compiler *c, int n, SlExprSeq args, int nkw, SlKeywordArg *kws,
                                SlAstPos pos);
static bool compile_comprehension(Compiler *c, SlExpr *e);
static bool compile_function_body(Compiler *c, SlStmt *def, SlExpr *lambda);
static bool make_closure(Compiler *c, SlCode *code, uint32_t flags);

static bool has_starred(SlExprSeq s) {
    for (int i = 0; i < s.n; i++)
        if (s.items[i]->kind == SL_E_STARRED) return true;
    return false;
}

/* Build a tuple/list/set from elements that may contain *x
 * (CPython's starunpack_helper).  pushed: items already on the stack. */
static bool starunpack(Compiler *c, SlExprSeq elts, int pushed, SlOpcode build, SlOpcode add,
                       SlOpcode extend, bool tuple) {
    if (!has_starred(elts)) {
        for (int i = 0; i < elts.n; i++)
            if (!visit_expr(c, elts.items[i])) return false;
        if (tuple) return emit(c, SL_OP_BUILD_TUPLE, (uint32_t)(elts.n + pushed));
        return emit(c, build, (uint32_t)(elts.n + pushed));
    }
    bool seen_star = false;
    int big = 0;
    for (int i = 0; i < elts.n; i++) {
        SlExpr *e = elts.items[i];
        if (e->kind == SL_E_STARRED) {
            if (!seen_star) {
                if (!emit(c, build, (uint32_t)(i + pushed))) return false;
                seen_star = true;
            }
            if (!visit_expr(c, e->v.starred.value)) return false;
            if (!emit(c, extend, 1)) return false;
        } else {
            if (!visit_expr(c, e)) return false;
            if (seen_star && !emit(c, add, 1)) return false;
        }
    }
    (void)big;
    if (tuple) return emit(c, SL_OP_LIST_TO_TUPLE, 0);
    return true;
}

static bool compile_dict(Compiler *c, SlExpr *e) {
    int n = e->v.dict.keys.n;
    int pending = 0;
    bool have_dict = false;
    for (int i = 0; i < n; i++) {
        SlExpr *k = e->v.dict.keys.items[i];
        SlExpr *v = e->v.dict.values.items[i];
        if (k) {
            if (!visit_expr(c, k) || !visit_expr(c, v)) return false;
            pending++;
        } else {
            if (pending) {
                if (!emit(c, SL_OP_BUILD_MAP, (uint32_t)pending)) return false;
                if (have_dict && !emit(c, SL_OP_DICT_UPDATE, 1)) return false;
                have_dict = true;
                pending = 0;
            }
            if (!have_dict) {
                if (!emit(c, SL_OP_BUILD_MAP, 0)) return false;
                have_dict = true;
            }
            if (!visit_expr(c, v) || !emit(c, SL_OP_DICT_UPDATE, 1)) return false;
        }
    }
    if (pending || !have_dict) {
        if (!emit(c, SL_OP_BUILD_MAP, (uint32_t)pending)) return false;
        if (have_dict && !emit(c, SL_OP_DICT_UPDATE, 1)) return false;
    }
    return true;
}

static bool emit_compare_op(Compiler *c, int op) {
    switch (op) {
    case SL_CMP_IS: return emit(c, SL_OP_IS_OP, 0);
    case SL_CMP_ISNOT: return emit(c, SL_OP_IS_OP, 1);
    case SL_CMP_IN: return emit(c, SL_OP_CONTAINS_OP, 0);
    case SL_CMP_NOTIN: return emit(c, SL_OP_CONTAINS_OP, 1);
    default: return emit(c, SL_OP_COMPARE_OP, (uint32_t)op);
    }
}

static bool compile_compare(Compiler *c, SlExpr *e) {
    if (!visit_expr(c, e->v.compare.left)) return false;
    int n = e->v.compare.n;
    if (n == 1) {
        if (!visit_expr(c, e->v.compare.comparators[0])) return false;
        return emit_compare_op(c, e->v.compare.ops[0]);
    }
    int cleanup = new_label(c), end = new_label(c);
    for (int i = 0; i < n - 1; i++) {
        if (!visit_expr(c, e->v.compare.comparators[i])) return false;
        if (!emit(c, SL_OP_SWAP, 2) || !emit(c, SL_OP_COPY, 2)) return false;
        if (!emit_compare_op(c, e->v.compare.ops[i])) return false;
        if (!emit_jump(c, SL_OP_JUMP_IF_FALSE_OR_POP, cleanup)) return false;
    }
    if (!visit_expr(c, e->v.compare.comparators[n - 1])) return false;
    if (!emit_compare_op(c, e->v.compare.ops[n - 1])) return false;
    if (!emit_jump(c, SL_OP_JUMP, end)) return false;
    use_label(c, cleanup);
    if (!emit(c, SL_OP_SWAP, 2) || !emit(c, SL_OP_POP_TOP, 0)) return false;
    use_label(c, end);
    return true;
}

/* Jump to label if bool(e) == cond, else fall through (CPython's
 * compiler_jump_if, without the stack effect of the value). */
static bool compile_jump_if(Compiler *c, SlExpr *e, int label, bool cond) {
    switch (e->kind) {
    case SL_E_UNARYOP:
        if (e->v.unaryop.not_) return compile_jump_if(c, e->v.unaryop.operand, label, !cond);
        break;
    case SL_E_BOOLOP: {
        SlExprSeq s = e->v.boolop.values;
        bool is_or = e->v.boolop.op == SL_BOOL_OR;
        int next2 = label;
        if (is_or != cond) next2 = new_label(c);
        for (int i = 0; i < s.n - 1; i++)
            if (!compile_jump_if(c, s.items[i], next2, is_or)) return false;
        if (!compile_jump_if(c, s.items[s.n - 1], label, cond)) return false;
        if (next2 != label) use_label(c, next2);
        return true;
    }
    case SL_E_IFEXP: {
        int end = new_label(c), next2 = new_label(c);
        if (!compile_jump_if(c, e->v.ifexp.test, next2, false)) return false;
        if (!compile_jump_if(c, e->v.ifexp.body, label, cond)) return false;
        if (!emit_jump(c, SL_OP_JUMP, end)) return false;
        use_label(c, next2);
        if (!compile_jump_if(c, e->v.ifexp.orelse, label, cond)) return false;
        use_label(c, end);
        return true;
    }
    case SL_E_COMPARE:
        if (e->v.compare.n > 1) {
            WITH_LOC(c, e->pos);
            int n = e->v.compare.n;
            if (!visit_expr(c, e->v.compare.left)) return false;
            int cleanup = new_label(c);
            for (int i = 0; i < n - 1; i++) {
                if (!visit_expr(c, e->v.compare.comparators[i])) return false;
                if (!emit(c, SL_OP_SWAP, 2) || !emit(c, SL_OP_COPY, 2)) return false;
                if (!emit_compare_op(c, e->v.compare.ops[i])) return false;
                if (!emit_jump(c, SL_OP_POP_JUMP_IF_FALSE, cleanup)) return false;
            }
            if (!visit_expr(c, e->v.compare.comparators[n - 1])) return false;
            if (!emit_compare_op(c, e->v.compare.ops[n - 1])) return false;
            if (!emit_jump(c, cond ? SL_OP_POP_JUMP_IF_TRUE : SL_OP_POP_JUMP_IF_FALSE, label)) return false;
            int end = new_label(c);
            if (!emit_jump(c, SL_OP_JUMP, end)) return false;
            use_label(c, cleanup);
            if (!emit(c, SL_OP_POP_TOP, 0)) return false;
            if (!cond && !emit_jump(c, SL_OP_JUMP, label)) return false;
            use_label(c, end);
            RESTORE_LOC(c);
            return true;
        }
        break;
    case SL_E_CONSTANT: {
        bool truth;
        switch (e->v.constant.kind) {
        case SL_CONST_NONE:
        case SL_CONST_FALSE: truth = false; break;
        case SL_CONST_TRUE:
        case SL_CONST_ELLIPSIS: truth = true; break;
        case SL_CONST_INT: {
            truth = false;
            for (size_t i = 0; i < e->v.constant.len; i++) {
                char ch = e->v.constant.text[i];
                if (ch >= '1' && ch <= '9') truth = true;
                if ((ch == 'x' || ch == 'X' || ch == 'o' || ch == 'O' || ch == 'b' || ch == 'B') && i == 1)
                    continue;
                if (i > 1 && e->v.constant.text[0] == '0' && e->v.constant.len > 2 &&
                    ((ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F')))
                    truth = true;
            }
            break;
        }
        case SL_CONST_FLOAT:
        case SL_CONST_COMPLEX: truth = e->v.constant.fval != 0.0; break;
        default: truth = e->v.constant.len != 0; break;
        }
        if (truth == cond) return emit_jump(c, SL_OP_JUMP, label);
        return true;
    }
    default:
        break;
    }
    if (!visit_expr(c, e)) return false;
    WITH_LOC(c, e->pos);
    bool ok = emit_jump(c, cond ? SL_OP_POP_JUMP_IF_TRUE : SL_OP_POP_JUMP_IF_FALSE, label);
    RESTORE_LOC(c);
    return ok;
}

static bool compile_boolop(Compiler *c, SlExpr *e) {
    SlExprSeq s = e->v.boolop.values;
    int end = new_label(c);
    SlOpcode op = e->v.boolop.op == SL_BOOL_AND ? SL_OP_JUMP_IF_FALSE_OR_POP : SL_OP_JUMP_IF_TRUE_OR_POP;
    for (int i = 0; i < s.n - 1; i++) {
        if (!visit_expr(c, s.items[i])) return false;
        if (!emit_jump(c, op, end)) return false;
    }
    if (!visit_expr(c, s.items[s.n - 1])) return false;
    use_label(c, end);
    return true;
}

static bool compile_fvalue(Compiler *c, SlExpr *e);

static bool compile_joined(Compiler *c, SlExpr *e) {
    SlExprSeq v = e->v.joined.values;
    if (v.n == 0) return load_const(c, const_str(c, "", 0));
    for (int i = 0; i < v.n; i++) {
        SlExpr *x = v.items[i];
        if (x->kind == SL_E_CONSTANT) {
            if (!load_const(c, const_str(c, x->v.constant.text, x->v.constant.len))) return false;
        } else if (!compile_fvalue(c, x)) {
            return false;
        }
    }
    if (v.n == 1 && v.items[0]->kind == SL_E_FORMATTEDVALUE) return true;
    return emit(c, SL_OP_BUILD_STRING, (uint32_t)v.n);
}

static bool compile_fvalue(Compiler *c, SlExpr *e) {
    if (!visit_expr(c, e->v.fvalue.value)) return false;
    uint32_t flags = 0;
    switch (e->v.fvalue.conversion) {
    case 's': flags = 1; break;
    case 'r': flags = 2; break;
    case 'a': flags = 3; break;
    default: break;
    }
    if (e->v.fvalue.format_spec) {
        SlExpr *spec = e->v.fvalue.format_spec;
        if (spec->v.joined.values.n == 1 && spec->v.joined.values.items[0]->kind == SL_E_CONSTANT) {
            SlExpr *k = spec->v.joined.values.items[0];
            if (!load_const(c, const_str(c, k->v.constant.text, k->v.constant.len))) return false;
        } else if (!compile_joined(c, spec)) {
            return false;
        }
        /* a spec that is a single field still needs to be a str */
        if (spec->v.joined.values.n == 1 && spec->v.joined.values.items[0]->kind == SL_E_FORMATTEDVALUE &&
            !emit(c, SL_OP_BUILD_STRING, 1))
            return false;
        flags |= 4;
    }
    WITH_LOC(c, e->pos);
    bool ok = emit(c, SL_OP_FORMAT_VALUE, flags);
    RESTORE_LOC(c);
    return ok;
}

static bool compile_subscript_slice(Compiler *c, SlExpr *s) {
    if (s->kind == SL_E_SLICE) {
        int n = 2;
        if (s->v.slice.lower) {
            if (!visit_expr(c, s->v.slice.lower)) return false;
        } else if (!load_const(c, const_simple(c, CK_NONE))) {
            return false;
        }
        if (s->v.slice.upper) {
            if (!visit_expr(c, s->v.slice.upper)) return false;
        } else if (!load_const(c, const_simple(c, CK_NONE))) {
            return false;
        }
        if (s->v.slice.step) {
            n = 3;
            if (!visit_expr(c, s->v.slice.step)) return false;
        }
        return emit(c, SL_OP_BUILD_SLICE, (uint32_t)n);
    }
    return visit_expr(c, s);
}

/* method call form: o.m(args) without * or ** */
static bool is_method_call(SlExpr *e) {
    if (e->v.call.func->kind != SL_E_ATTRIBUTE) return false;
    if (has_starred(e->v.call.args)) return false;
    for (int i = 0; i < e->v.call.nkw; i++)
        if (!e->v.call.keywords[i].arg) return false;
    return true;
}

static bool validate_keywords(Compiler *c, int nkw, SlKeywordArg *kws) {
    for (int i = 0; i < nkw; i++) {
        if (!kws[i].arg) continue;
        if (kws[i].arg == c->id_debug) return cerr(c, kws[i].pos, CM_ASSIGN_DEBUG, NULL);
        for (int j = i + 1; j < nkw; j++)
            if (kws[j].arg == kws[i].arg) return cerr(c, kws[j].pos, CM_KW_REPEATED, kws[i].arg);
    }
    return true;
}

static bool compile_call(Compiler *c, SlExpr *e) {
    if (!validate_keywords(c, e->v.call.nkw, e->v.call.keywords)) return false;
    if (is_method_call(e)) {
        SlExpr *f = e->v.call.func;
        if (!visit_expr(c, f->v.attribute.value)) return false;
        WITH_LOC(c, f->pos);
        bool ok = emit_attr_op(c, SL_OP_LOAD_METHOD, f->v.attribute.attr);
        RESTORE_LOC(c);
        if (!ok) return false;
    } else {
        if (!visit_expr(c, e->v.call.func)) return false;
        if (!emit(c, SL_OP_PUSH_NULL, 0)) return false;
    }
    return compile_call_helper(c, 0, e->v.call.args, e->v.call.nkw, e->v.call.keywords, e->pos);
}

/* Arguments of a call whose callable and self-or-NULL are pushed, plus n
 * positional arguments already pushed (class name for __build_class__). */
static bool compile_call_helper(Compiler *c, int n, SlExprSeq args, int nkw, SlKeywordArg *kws,
                                SlAstPos pos) {
    bool ex = has_starred(args);
    for (int i = 0; i < nkw; i++)
        if (!kws[i].arg) ex = true;
    if (!ex) {
        for (int i = 0; i < args.n; i++)
            if (!visit_expr(c, args.items[i])) return false;
        if (nkw) {
            int *names = sl_arena_alloc(c->arena, (size_t)nkw * sizeof(int));
            if (!names) return cnomem(c);
            for (int i = 0; i < nkw; i++) {
                if (!visit_expr(c, kws[i].value)) return false;
                names[i] = const_id(c, kws[i].arg);
                if (names[i] < 0) return false;
            }
            int t = const_tuple(c, names, nkw);
            if (t < 0) return false;
            WITH_LOC(c, pos);
            bool ok = load_const(c, t) && emit(c, SL_OP_CALL_KW, (uint32_t)(n + args.n + nkw));
            RESTORE_LOC(c);
            return ok;
        }
        WITH_LOC(c, pos);
        bool ok = emit(c, SL_OP_CALL, (uint32_t)(n + args.n));
        RESTORE_LOC(c);
        return ok;
    }
    /* positional arguments as one tuple */
    if (n == 0 && args.n == 1 && args.items[0]->kind == SL_E_STARRED) {
        /* f(*a): the iterable itself, made a tuple */
        if (!emit(c, SL_OP_BUILD_LIST, 0)) return false;
        if (!visit_expr(c, args.items[0]->v.starred.value)) return false;
        if (!emit(c, SL_OP_LIST_EXTEND, 1) || !emit(c, SL_OP_LIST_TO_TUPLE, 0)) return false;
    } else if (!starunpack(c, args, n, SL_OP_BUILD_LIST, SL_OP_LIST_APPEND, SL_OP_LIST_EXTEND, true)) {
        return false;
    }
    /* keyword arguments as one dict, or NULL */
    if (nkw) {
        bool have_dict = false;
        int pending = 0;
        for (int i = 0; i < nkw; i++) {
            if (kws[i].arg) {
                if (!load_const(c, const_id(c, kws[i].arg))) return false;
                if (!visit_expr(c, kws[i].value)) return false;
                pending++;
                continue;
            }
            if (pending) {
                if (!emit(c, SL_OP_BUILD_MAP, (uint32_t)pending)) return false;
                if (have_dict && !emit(c, SL_OP_DICT_MERGE, 1)) return false;
                have_dict = true;
                pending = 0;
            }
            if (!have_dict) {
                if (!emit(c, SL_OP_BUILD_MAP, 0)) return false;
                have_dict = true;
            }
            if (!visit_expr(c, kws[i].value)) return false;
            if (!emit(c, SL_OP_DICT_MERGE, 1)) return false;
        }
        if (pending) {
            if (!emit(c, SL_OP_BUILD_MAP, (uint32_t)pending)) return false;
            if (have_dict && !emit(c, SL_OP_DICT_MERGE, 1)) return false;
        }
    } else if (!emit(c, SL_OP_PUSH_NULL, 0)) {
        return false;
    }
    WITH_LOC(c, pos);
    bool ok = emit(c, SL_OP_CALL_EX, 0);
    RESTORE_LOC(c);
    return ok;
}

static bool check_function_like_yield(Compiler *c, SlExpr *e) {
    if (!is_function_like(c->u)) return cerr(c, e->pos, CM_YIELD_OUTSIDE, NULL);
    return true;
}

static bool visit_expr_inner(Compiler *c, SlExpr *e) {
    if (is_const_expr(e)) return load_const(c, const_of(c, e));
    switch (e->kind) {
    case SL_E_BOOLOP:
        return compile_boolop(c, e);
    case SL_E_NAMEDEXPR:
        if (!visit_expr(c, e->v.namedexpr.value) || !emit(c, SL_OP_COPY, 1)) return false;
        return compile_store(c, e->v.namedexpr.target);
    case SL_E_BINOP: {
        SlValue folded = fold_number(c, e);
        if (folded) return load_const(c, const_number(c, folded));
        if (!visit_expr(c, e->v.binop.left) || !visit_expr(c, e->v.binop.right)) return false;
        return emit(c, SL_OP_BINARY_OP, (uint32_t)e->v.binop.op);
    }
    case SL_E_UNARYOP: {
        SlValue folded = e->v.unaryop.not_ ? SL_NULL : fold_number(c, e);
        if (folded) return load_const(c, const_number(c, folded));
        if (!visit_expr(c, e->v.unaryop.operand)) return false;
        if (e->v.unaryop.not_) return emit(c, SL_OP_UNARY_NOT, 0);
        switch (e->v.unaryop.op) {
        case SL_UN_NEG: return emit(c, SL_OP_UNARY_NEGATIVE, 0);
        case SL_UN_POS: return emit(c, SL_OP_UNARY_POSITIVE, 0);
        default: return emit(c, SL_OP_UNARY_INVERT, 0);
        }
    }
    case SL_E_LAMBDA:
        return compile_function_body(c, NULL, e);
    case SL_E_IFEXP: {
        int orelse = new_label(c), end = new_label(c);
        if (!compile_jump_if(c, e->v.ifexp.test, orelse, false)) return false;
        if (!visit_expr(c, e->v.ifexp.body)) return false;
        if (!emit_jump(c, SL_OP_JUMP, end)) return false;
        use_label(c, orelse);
        if (!visit_expr(c, e->v.ifexp.orelse)) return false;
        use_label(c, end);
        return true;
    }
    case SL_E_DICT:
        return compile_dict(c, e);
    case SL_E_SET:
        return starunpack(c, e->v.set.elts, 0, SL_OP_BUILD_SET, SL_OP_SET_ADD, SL_OP_SET_UPDATE, false);
    case SL_E_LISTCOMP:
    case SL_E_SETCOMP:
    case SL_E_DICTCOMP:
    case SL_E_GENEXP:
        return compile_comprehension(c, e);
    case SL_E_YIELD:
        if (!check_function_like_yield(c, e)) return false;
        if (e->v.yield.value) {
            if (!visit_expr(c, e->v.yield.value)) return false;
        } else if (!load_const(c, const_simple(c, CK_NONE))) {
            return false;
        }
        return emit(c, SL_OP_YIELD_VALUE, 0);
    case SL_E_YIELDFROM:
        if (!check_function_like_yield(c, e)) return false;
        if (!visit_expr(c, e->v.yield.value)) return false;
        if (!emit(c, SL_OP_GET_YIELD_FROM_ITER, 0)) return false;
        if (!load_const(c, const_simple(c, CK_NONE))) return false;
        return emit(c, SL_OP_YIELD_FROM, 0);
    case SL_E_COMPARE:
        return compile_compare(c, e);
    case SL_E_CALL:
        return compile_call(c, e);
    case SL_E_FORMATTEDVALUE:
        return compile_fvalue(c, e);
    case SL_E_JOINEDSTR:
        return compile_joined(c, e);
    case SL_E_CONSTANT:
        return load_const(c, const_of(c, e));
    case SL_E_ATTRIBUTE:
        if (!visit_expr(c, e->v.attribute.value)) return false;
        return emit_attr_op(c, SL_OP_LOAD_ATTR, e->v.attribute.attr);
    case SL_E_SUBSCRIPT:
        if (!visit_expr(c, e->v.subscript.value)) return false;
        if (!compile_subscript_slice(c, e->v.subscript.slice)) return false;
        return emit(c, SL_OP_BINARY_SUBSCR, 0);
    case SL_E_STARRED:
        return cerr(c, e->pos, CM_STARRED_HERE, NULL);
    case SL_E_NAME:
        return emit_name_op(c, e->v.name.id, SL_CTX_LOAD, e->pos);
    case SL_E_LIST:
        /* 3.9+: a display of 3 or more constants is BUILD_LIST 0 + a constant
         * tuple + LIST_EXTEND, which sizes the list differently (memmodel) */
        if (c->vm->ver->mem.list_const_literal && e->v.seq.elts.n > 2) {
            bool all_const = true;
            for (int i = 0; i < e->v.seq.elts.n && all_const; i++)
                all_const = e->v.seq.elts.items[i]->kind == SL_E_CONSTANT;
            if (all_const) {
                int *items = sl_arena_alloc(c->arena, (size_t)e->v.seq.elts.n * sizeof(int));
                if (!items) return cnomem(c);
                for (int i = 0; i < e->v.seq.elts.n; i++)
                    if ((items[i] = const_of(c, e->v.seq.elts.items[i])) < 0) return false;
                int k = const_tuple(c, items, e->v.seq.elts.n);
                return k >= 0 && emit(c, SL_OP_BUILD_LIST, 0) && emit(c, SL_OP_LOAD_CONST, (uint32_t)k) &&
                       emit(c, SL_OP_LIST_EXTEND, 1);
            }
        }
        return starunpack(c, e->v.seq.elts, 0, SL_OP_BUILD_LIST, SL_OP_LIST_APPEND, SL_OP_LIST_EXTEND,
                          false);
    case SL_E_TUPLE:
        return starunpack(c, e->v.seq.elts, 0, SL_OP_BUILD_LIST, SL_OP_LIST_APPEND, SL_OP_LIST_EXTEND,
                          true);
    case SL_E_SLICE:
        return compile_subscript_slice(c, e);
    }
    return true;
}

static bool visit_expr(Compiler *c, SlExpr *e) {
    if (c->failed) return false;
    if (++c->depth > MAX_DEPTH) {
        c->err->kind = SL_SERR_RECURSION;
        snprintf(c->err->msg, sizeof c->err->msg, "%s", cmsgs[CM_RECURSION]);
        c->failed = true;
        return false;
    }
    WITH_LOC(c, e->pos);
    bool ok = visit_expr_inner(c, e);
    RESTORE_LOC(c);
    c->depth--;
    return ok;
}

/* ---- stores and deletes ------------------------------------------------------------------------ */

static bool compile_unpack(Compiler *c, SlExpr *t) {
    SlExprSeq elts = t->v.seq.elts;
    int star = -1;
    for (int i = 0; i < elts.n; i++) {
        if (elts.items[i]->kind == SL_E_STARRED) {
            if (star >= 0) return cerr(c, t->pos, CM_MULTIPLE_STARRED, NULL);
            star = i;
        }
    }
    if (star >= 0) {
        int after = elts.n - star - 1;
        if (star >= 256 || after >= (1 << 16)) return cerr(c, t->pos, CM_TOO_MANY_STAR_UNPACK, NULL);
        if (!emit(c, SL_OP_UNPACK_EX, (uint32_t)star | ((uint32_t)after << 8))) return false;
    } else if (!emit(c, SL_OP_UNPACK_SEQUENCE, (uint32_t)elts.n)) {
        return false;
    }
    for (int i = 0; i < elts.n; i++) {
        SlExpr *x = elts.items[i];
        if (x->kind == SL_E_STARRED) x = x->v.starred.value;
        if (!compile_store(c, x)) return false;
    }
    return true;
}

static bool compile_store(Compiler *c, SlExpr *t) {
    if (c->failed) return false;
    WITH_LOC(c, t->pos);
    bool ok;
    switch (t->kind) {
    case SL_E_NAME:
        ok = emit_name_op(c, t->v.name.id, SL_CTX_STORE, t->pos);
        break;
    case SL_E_ATTRIBUTE:
        if (t->v.attribute.attr == c->id_debug) {
            ok = cerr(c, t->pos, CM_ASSIGN_DEBUG, NULL);
            break;
        }
        ok = visit_expr(c, t->v.attribute.value) && emit_attr_op(c, SL_OP_STORE_ATTR, t->v.attribute.attr);
        break;
    case SL_E_SUBSCRIPT:
        ok = visit_expr(c, t->v.subscript.value) && compile_subscript_slice(c, t->v.subscript.slice) &&
             emit(c, SL_OP_STORE_SUBSCR, 0);
        break;
    case SL_E_LIST:
    case SL_E_TUPLE:
        ok = compile_unpack(c, t);
        break;
    case SL_E_STARRED:
        ok = cerr(c, t->pos, CM_STARRED_ALONE, NULL);
        break;
    default:
        ok = cerr(c, t->pos, CM_STARRED_HERE, NULL);
        break;
    }
    RESTORE_LOC(c);
    return ok;
}

static bool compile_delete(Compiler *c, SlExpr *t) {
    WITH_LOC(c, t->pos);
    bool ok = true;
    switch (t->kind) {
    case SL_E_NAME:
        ok = emit_name_op(c, t->v.name.id, SL_CTX_DEL, t->pos);
        break;
    case SL_E_ATTRIBUTE:
        ok = visit_expr(c, t->v.attribute.value) && emit_attr_op(c, SL_OP_DELETE_ATTR, t->v.attribute.attr);
        break;
    case SL_E_SUBSCRIPT:
        ok = visit_expr(c, t->v.subscript.value) && compile_subscript_slice(c, t->v.subscript.slice) &&
             emit(c, SL_OP_DELETE_SUBSCR, 0);
        break;
    case SL_E_LIST:
    case SL_E_TUPLE:
        for (int i = 0; i < t->v.seq.elts.n && ok; i++) ok = compile_delete(c, t->v.seq.elts.items[i]);
        break;
    default:
        ok = cerr(c, t->pos, CM_STARRED_HERE, NULL);
        break;
    }
    RESTORE_LOC(c);
    return ok;
}

/* ---- functions, classes, comprehensions ------------------------------------------------------------ */

/* LOAD_CLOSURE for each free variable of code, then MAKE_FUNCTION. */
static bool make_closure(Compiler *c, SlCode *code, uint32_t flags) {
    Unit *u = c->u;
    size_t nfree = SL_TUPLE_SIZE(code->freevars);
    if (nfree) {
        for (size_t i = 0; i < nfree; i++) {
            SlValue nm = SL_TUPLE_ITEMS(code->freevars)[i];
            SlId id = sl_arena_id(c->arena, SL_STR_DATA(nm), SL_STR_SIZE(nm));
            if (!id) return cnomem(c);
            int idx = -1;
            int scope = sl_scope_get(u->ste, id, NULL);
            if (scope == SL_SCOPE_CELL || (u->type == U_CLASS && id == c->id_class))
                idx = id_find(&u->cellvars, id);
            if (idx < 0) {
                idx = id_find(&u->freevars, id);
                if (idx >= 0) idx += u->cellvars.n;
            }
            if (idx < 0) idx = id_find(&u->cellvars, id);
            if (idx < 0) {
                sl_decref(c->vm, SL_OBJ(code));
                sl_raise(c->vm, SL_SystemError, "compiler: no cell for free variable '%s'", id);
                return cexc(c);
            }
            if (!emit(c, SL_OP_LOAD_CLOSURE, (uint32_t)idx)) {
                sl_decref(c->vm, SL_OBJ(code));
                return false;
            }
        }
        if (!emit(c, SL_OP_BUILD_TUPLE, (uint32_t)nfree)) {
            sl_decref(c->vm, SL_OBJ(code));
            return false;
        }
        flags |= 8;
    }
    int k = const_code(c, code);
    if (k < 0) return false;
    return load_const(c, k) && emit(c, SL_OP_MAKE_FUNCTION, flags);
}

/* defaults tuple and kwdefaults dict; returns MAKE_FUNCTION flags or -1 */
static int compile_defaults(Compiler *c, SlArguments *a) {
    int flags = 0;
    if (a->defaults.n) {
        for (int i = 0; i < a->defaults.n; i++)
            if (!visit_expr(c, a->defaults.items[i])) return -1;
        if (!emit(c, SL_OP_BUILD_TUPLE, (uint32_t)a->defaults.n)) return -1;
        flags |= 1;
    }
    int nkw = 0;
    for (int i = 0; i < a->nkwonly; i++) {
        if (!a->kw_defaults[i]) continue;
        SlId m = mangle(c, a->kwonly[i].arg);
        if (!m) return -1;
        if (!load_const(c, const_id(c, m))) return -1;
        if (!visit_expr(c, a->kw_defaults[i])) return -1;
        nkw++;
    }
    if (nkw) {
        if (!emit(c, SL_OP_BUILD_MAP, (uint32_t)nkw)) return -1;
        flags |= 2;
    }
    return flags;
}

static bool is_docstring(SlStmtSeq body) {
    if (!body.n) return false;
    SlStmt *s = body.items[0];
    return s->kind == SL_S_EXPR && s->v.expr.value->kind == SL_E_CONSTANT &&
           s->v.expr.value->v.constant.kind == SL_CONST_STR;
}

static bool check_debug_args(Compiler *c, SlArguments *a) {
    for (int i = 0; i < a->nposonly + a->nargs; i++)
        if (a->args[i].arg == c->id_debug) return cerr(c, a->args[i].pos, CM_ASSIGN_DEBUG, NULL);
    for (int i = 0; i < a->nkwonly; i++)
        if (a->kwonly[i].arg == c->id_debug) return cerr(c, a->kwonly[i].pos, CM_ASSIGN_DEBUG, NULL);
    if (a->vararg && a->vararg->arg == c->id_debug) return cerr(c, a->vararg->pos, CM_ASSIGN_DEBUG, NULL);
    if (a->kwarg && a->kwarg->arg == c->id_debug) return cerr(c, a->kwarg->pos, CM_ASSIGN_DEBUG, NULL);
    return true;
}

static bool return_none(Compiler *c) {
    return load_const(c, const_simple(c, CK_NONE)) && emit(c, SL_OP_RETURN_VALUE, 0);
}

/* def statement (def != NULL) or lambda expression: leaves the function
 * object (decorated) on the stack. */
static bool compile_function_body(Compiler *c, SlStmt *def, SlExpr *lambda) {
    SlArguments *a = def ? def->v.funcdef.args : lambda->v.lambda.args;
    if (!check_debug_args(c, a)) return false;
    if (def) {
        for (int i = 0; i < def->v.funcdef.decorators.n; i++) {
            if (!visit_expr(c, def->v.funcdef.decorators.items[i])) return false;
            if (!emit(c, SL_OP_PUSH_NULL, 0)) return false;
        }
    }
    int flags = compile_defaults(c, a);
    if (flags < 0) return false;
    int firstline = def ? def->pos.lineno : lambda->pos.lineno;
    if (def && def->v.funcdef.decorators.n) firstline = def->v.funcdef.decorators.items[0]->pos.lineno;
    SlId name = def ? def->v.funcdef.name : sl_arena_id(c->arena, "<lambda>", 8);
    if (!name) return cnomem(c);
    if (!enter_unit(c, lambda ? U_LAMBDA : U_FUNCTION, name, def ? (const void *)def : (const void *)lambda,
                    firstline))
        return false;
    Unit *u = c->u;
    bool ok = set_qualname(c);
    u->argcount = a->nposonly + a->nargs;
    u->posonlyargcount = a->nposonly;
    u->kwonlyargcount = a->nkwonly;
    if (a->vararg) u->flags |= SL_CO_VARARGS;
    if (a->kwarg) u->flags |= SL_CO_VARKEYWORDS;
    if (u->ste->generator) u->flags |= SL_CO_GENERATOR;
    if (u->ste->nested) u->flags |= SL_CO_NESTED;
    if (lambda) u->flags |= SL_CO_LAMBDA;
    SlPos saved = c->loc;
    if (ok && def) {
        SlStmtSeq body = def->v.funcdef.body;
        int start = 0;
        if (is_docstring(body)) {
            SlExpr *d = body.items[0]->v.expr.value;
            u->doc = sl_str_new(c->vm, d->v.constant.text, d->v.constant.len);
            if (!u->doc) ok = cexc(c);
            start = 1;
        }
        for (int i = start; ok && i < body.n; i++) {
            SlStmtSeq one = {1, &body.items[i]};
            ok = visit_stmts(c, one);
        }
        if (ok) {
            SlStmt *last = body.items[body.n - 1];
            c->loc = to_pos(last->pos);
            c->loc.end_line = c->loc.line;
            ok = return_none(c);
        }
    } else if (ok) {
        ok = visit_expr(c, lambda->v.lambda.body);
        if (ok) {
            c->loc = to_pos(lambda->v.lambda.body->pos);
            ok = emit(c, SL_OP_RETURN_VALUE, 0);
        }
    }
    c->loc = saved;
    SlCode *code = ok ? assemble(c) : NULL;
    leave_unit(c);
    if (!code) return false;
    if (!make_closure(c, code, (uint32_t)flags)) return false;
    if (def) {
        for (int i = 0; i < def->v.funcdef.decorators.n; i++)
            if (!emit(c, SL_OP_CALL, 1)) return false;
    }
    return true;
}

static bool find_annotations(SlStmtSeq body);

static bool compile_class(Compiler *c, SlStmt *s) {
    if (!validate_keywords(c, s->v.classdef.nkw, s->v.classdef.keywords)) return false;
    for (int i = 0; i < s->v.classdef.decorators.n; i++) {
        if (!visit_expr(c, s->v.classdef.decorators.items[i])) return false;
        if (!emit(c, SL_OP_PUSH_NULL, 0)) return false;
    }
    int firstline = s->pos.lineno;
    if (s->v.classdef.decorators.n) firstline = s->v.classdef.decorators.items[0]->pos.lineno;
    if (!emit(c, SL_OP_LOAD_BUILD_CLASS, 0) || !emit(c, SL_OP_PUSH_NULL, 0)) return false;
    if (!enter_unit(c, U_CLASS, s->v.classdef.name, s, firstline)) return false;
    Unit *u = c->u;
    u->private_ = s->v.classdef.name;
    u->flags |= SL_CO_CLASS;
    bool ok = set_qualname(c);
    SlPos saved = c->loc;
    if (ok) {
        ok = emit_plain_name(c, SL_OP_LOAD_NAME, c->id_name) &&
             emit_plain_name(c, SL_OP_STORE_NAME, c->id_module) &&
             load_const(c, const_str(c, u->qualname, strlen(u->qualname))) &&
             emit_plain_name(c, SL_OP_STORE_NAME, c->id_qualname);
    }
    SlStmtSeq body = s->v.classdef.body;
    int start = 0;
    if (ok && is_docstring(body)) {
        SlExpr *d = body.items[0]->v.expr.value;
        c->loc = to_pos(body.items[0]->pos);
        ok = load_const(c, const_str(c, d->v.constant.text, d->v.constant.len)) &&
             emit_plain_name(c, SL_OP_STORE_NAME, c->id_doc);
        start = 1;
    }
    if (ok && u->ste->has_annotations) ok = emit(c, SL_OP_SETUP_ANNOTATIONS, 0);
    for (int i = start; ok && i < body.n; i++) {
        SlStmtSeq one = {1, &body.items[i]};
        ok = visit_stmts(c, one);
    }
    if (ok) {
        c->loc = to_pos(body.items[body.n - 1]->pos);
        c->loc.end_line = c->loc.line;
        if (u->ste->needs_class_closure) {
            int idx = id_find(&u->cellvars, c->id_class);
            ok = emit(c, SL_OP_LOAD_CLOSURE, (uint32_t)(idx < 0 ? 0 : idx)) &&
                 emit_plain_name(c, SL_OP_STORE_NAME, c->id_classcell);
        }
        ok = ok && return_none(c);
    }
    c->loc = saved;
    SlCode *code = ok ? assemble(c) : NULL;
    leave_unit(c);
    if (!code) return false;
    if (!make_closure(c, code, 0)) return false;
    if (!load_const(c, const_id(c, s->v.classdef.name))) return false;
    /* the body function and the name are the first two arguments */
    if (!compile_call_helper(c, 2, s->v.classdef.bases, s->v.classdef.nkw, s->v.classdef.keywords, s->pos))
        return false;
    for (int i = 0; i < s->v.classdef.decorators.n; i++)
        if (!emit(c, SL_OP_CALL, 1)) return false;
    return emit_name_op(c, s->v.classdef.name, SL_CTX_STORE, s->pos);
}

static bool compile_comprehension(Compiler *c, SlExpr *e) {
    static const char *const names[] = {"", "<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"};
    SlScope *ste = sl_symtable_lookup(c->st, e);
    if (!ste) return cnomem(c);
    SlCompKind kind = ste->comp;
    SlId name = sl_arena_id(c->arena, names[kind], strlen(names[kind]));
    if (!name) return cnomem(c);
    if (!enter_unit(c, U_COMPREHENSION, name, e, e->pos.lineno)) return false;
    Unit *u = c->u;
    bool ok = set_qualname(c);
    u->argcount = 1;
    u->flags |= SL_CO_COMPREHENSION;
    if (kind == SL_COMP_GENEXP) u->flags |= SL_CO_GENERATOR;
    if (ste->nested) u->flags |= SL_CO_NESTED;
    int ngens = e->v.comp.ngens;
    SlComprehension *gens = e->v.comp.gens;
    int *starts = malloc((size_t)ngens * sizeof(int));
    int *ends = malloc((size_t)ngens * sizeof(int));
    if (!starts || !ends) ok = cnomem(c);
    if (ok) {
        switch (kind) {
        case SL_COMP_LIST: ok = emit(c, SL_OP_BUILD_LIST, 0); break;
        case SL_COMP_SET: ok = emit(c, SL_OP_BUILD_SET, 0); break;
        case SL_COMP_DICT: ok = emit(c, SL_OP_BUILD_MAP, 0); break;
        default: break;
        }
    }
    for (int i = 0; ok && i < ngens; i++) {
        starts[i] = new_label(c);
        ends[i] = new_label(c);
        if (i == 0) {
            int dot0 = id_index(c, &u->varnames, c->id_dot0);
            ok = dot0 >= 0 && emit(c, SL_OP_LOAD_FAST, (uint32_t)dot0);
        } else {
            ok = visit_expr(c, gens[i].iter) && emit(c, SL_OP_GET_ITER, 0);
        }
        if (!ok) break;
        use_label(c, starts[i]);
        ok = emit_jump(c, SL_OP_FOR_ITER, ends[i]) && compile_store(c, gens[i].target);
        for (int j = 0; ok && j < gens[i].ifs.n; j++)
            ok = compile_jump_if(c, gens[i].ifs.items[j], starts[i], false);
    }
    if (ok) {
        uint32_t depth = (uint32_t)ngens + 1;
        switch (kind) {
        case SL_COMP_LIST:
            ok = visit_expr(c, e->v.comp.elt) && emit(c, SL_OP_LIST_APPEND, depth);
            break;
        case SL_COMP_SET:
            ok = visit_expr(c, e->v.comp.elt) && emit(c, SL_OP_SET_ADD, depth);
            break;
        case SL_COMP_DICT:
            ok = visit_expr(c, e->v.comp.elt) && visit_expr(c, e->v.comp.value) &&
                 emit(c, SL_OP_MAP_ADD, depth);
            break;
        default:
            ok = visit_expr(c, e->v.comp.elt) && emit(c, SL_OP_YIELD_VALUE, 0) && emit(c, SL_OP_POP_TOP, 0);
            break;
        }
    }
    for (int i = ngens - 1; ok && i >= 0; i--) {
        ok = emit_jump(c, SL_OP_JUMP, starts[i]);
        use_label(c, ends[i]);
    }
    if (ok) {
        if (kind == SL_COMP_GENEXP) ok = return_none(c);
        else ok = emit(c, SL_OP_RETURN_VALUE, 0);
    }
    free(starts);
    free(ends);
    SlCode *code = ok ? assemble(c) : NULL;
    leave_unit(c);
    if (!code) return false;
    if (!make_closure(c, code, 0)) return false;
    if (!emit(c, SL_OP_PUSH_NULL, 0)) return false;
    if (!visit_expr(c, gens[0].iter)) return false;
    return emit(c, SL_OP_GET_ITER, 0) && emit(c, SL_OP_CALL, 1);
}

/* ---- statements ---------------------------------------------------------------------------------- */

static bool compile_stmt(Compiler *c, SlStmt *s);

static bool visit_stmts(Compiler *c, SlStmtSeq seq) {
    for (int i = 0; i < seq.n; i++)
        if (!compile_stmt(c, seq.items[i])) return false;
    return true;
}

static bool compile_return(Compiler *c, SlStmt *s) {
    if (!is_function_like(c->u)) return cerr(c, s->pos, CM_RETURN_OUTSIDE, NULL);
    bool preserve = s->v.ret.value != NULL;
    if (preserve && !visit_expr(c, s->v.ret.value)) return false;
    if (!unwind_fblock_stack(c, preserve, NULL)) return false;
    if (!preserve && !load_const(c, const_simple(c, CK_NONE))) return false;
    return emit(c, SL_OP_RETURN_VALUE, 0);
}

static bool compile_break_continue(Compiler *c, SlStmt *s, bool is_break) {
    FBlock *loop = NULL;
    if (!unwind_fblock_stack(c, false, &loop)) return false;
    if (!loop) return cerr(c, s->pos, is_break ? CM_BREAK_OUTSIDE : CM_CONTINUE_OUTSIDE, NULL);
    if (is_break) {
        FBlock copy = *loop;
        if (!unwind_fblock(c, &copy, false)) return false;
        return emit_jump(c, SL_OP_JUMP, copy.exit);
    }
    return emit_jump(c, SL_OP_JUMP, loop->start);
}

/* The jump from the end of a loop's body back to its start: CPython checks
 * for Ctrl-C there, so its position is what a KeyboardInterrupt shows
 * (see SlPyVersion.loop_jump_pos).  test: a while loop's, else NULL. */
static bool emit_loop_jump(Compiler *c, int start, SlAstPos stmt, const SlExpr *test) {
    Unit *u = c->u;
    SlPos saved = c->loc;
    int target = c->failed ? -1 : u->labels[start];
    switch (c->vm->ver->loop_jump_pos) {
    case SL_LOOPJUMP_TARGET:
        if (target >= 0 && target < u->ninstrs) c->loc = u->instrs[target].pos;
        break;
    case SL_LOOPJUMP_STMT:
        if (test) c->loc = to_pos(stmt);
        else if (u->ninstrs) c->loc = u->instrs[u->ninstrs - 1].pos;
        break;
    default:
        if (test) {
            bool constant = test->kind == SL_E_CONSTANT;
            c->loc = constant && c->vm->ver->loop_jump_pos == SL_LOOPJUMP_TEST_311 ? to_pos(stmt)
                                                                                  : to_pos(test->pos);
        } else if (u->ninstrs) {
            c->loc = u->instrs[u->ninstrs - 1].pos;
        }
        break;
    }
    bool ok = emit_jump(c, SL_OP_JUMP, start);
    c->loc = saved;
    return ok;
}

static bool compile_for(Compiler *c, SlStmt *s) {
    int start = new_label(c), cleanup = new_label(c), end = new_label(c);
    if (!visit_expr(c, s->v.for_.iter) || !emit(c, SL_OP_GET_ITER, 0)) return false;
    if (!push_fblock(c, FB_FOR, start, end, s->pos)) return false;
    use_label(c, start);
    if (!emit_jump(c, SL_OP_FOR_ITER, cleanup)) return false;
    if (!compile_store(c, s->v.for_.target)) return false;
    if (!visit_stmts(c, s->v.for_.body)) return false;
    if (!emit_loop_jump(c, start, s->pos, NULL)) return false;
    pop_fblock(c);
    use_label(c, cleanup);
    if (!visit_stmts(c, s->v.for_.orelse)) return false;
    use_label(c, end);
    return true;
}

static bool compile_while(Compiler *c, SlStmt *s) {
    int start = new_label(c), anchor = new_label(c), end = new_label(c);
    use_label(c, start);
    if (!push_fblock(c, FB_WHILE, start, end, s->pos)) return false;
    if (!compile_jump_if(c, s->v.while_.test, anchor, false)) return false;
    if (!visit_stmts(c, s->v.while_.body)) return false;
    if (!emit_loop_jump(c, start, s->pos, s->v.while_.test)) return false;
    pop_fblock(c);
    use_label(c, anchor);
    if (!visit_stmts(c, s->v.while_.orelse)) return false;
    use_label(c, end);
    return true;
}

static bool compile_if(Compiler *c, SlStmt *s) {
    int end = new_label(c);
    int next = s->v.if_.orelse.n ? new_label(c) : end;
    if (!compile_jump_if(c, s->v.if_.test, next, false)) return false;
    if (!visit_stmts(c, s->v.if_.body)) return false;
    if (s->v.if_.orelse.n) {
        if (!emit_jump(c, SL_OP_JUMP, end)) return false;
        use_label(c, next);
        if (!visit_stmts(c, s->v.if_.orelse)) return false;
    }
    use_label(c, end);
    return true;
}

static bool compile_try_except(Compiler *c, SlStmt *s) {
    int handler = new_label(c), end = new_label(c);
    if (!emit_jump(c, SL_OP_SETUP_FINALLY, handler)) return false;
    if (!push_fblock(c, FB_TRY_EXCEPT, NO_LABEL, NO_LABEL, s->pos)) return false;
    if (!visit_stmts(c, s->v.try_.body)) return false;
    pop_fblock(c);
    SlPos saved = c->loc;
    if (!emit(c, SL_OP_POP_BLOCK, 0)) return false;
    if (!visit_stmts(c, s->v.try_.orelse)) return false;
    if (!emit_jump(c, SL_OP_JUMP, end)) return false;
    use_label(c, handler);
    int n = s->v.try_.nhandlers;
    bool last_bare = false;
    for (int i = 0; i < n; i++) {
        SlExceptHandler *h = &s->v.try_.handlers[i];
        c->loc = to_pos(h->pos);
        if (!h->type && i < n - 1) return cerr(c, h->pos, CM_DEFAULT_EXCEPT_LAST, NULL);
        int next = new_label(c);
        if (h->type) {
            if (!visit_expr(c, h->type)) return false;
            if (!emit(c, SL_OP_CHECK_EXC_MATCH, 0)) return false;
            if (!emit_jump(c, SL_OP_POP_JUMP_IF_FALSE, next)) return false;
        } else {
            last_bare = true;
        }
        if (h->name) {
            if (!emit_name_op(c, h->name, SL_CTX_STORE, h->pos)) return false;
        } else if (!emit(c, SL_OP_POP_TOP, 0)) {
            return false;
        }
        if (!push_fblock(c, FB_HANDLER_CLEANUP, NO_LABEL, NO_LABEL, h->pos)) return false;
        c->u->fblocks[c->u->nfblocks - 1].name = h->name;
        if (!visit_stmts(c, h->body)) return false;
        pop_fblock(c);
        c->loc = to_pos(h->pos);
        if (!emit(c, SL_OP_POP_EXCEPT, 0)) return false;
        if (h->name) {
            if (!load_const(c, const_simple(c, CK_NONE))) return false;
            if (!emit_name_op(c, h->name, SL_CTX_STORE, h->pos)) return false;
            if (!emit_name_op(c, h->name, SL_CTX_DEL, h->pos)) return false;
        }
        if (!emit_jump(c, SL_OP_JUMP, end)) return false;
        use_label(c, next);
    }
    if (!last_bare) {
        if (!emit(c, SL_OP_RERAISE, 0)) return false;
    }
    c->loc = saved;
    use_label(c, end);
    return true;
}

static bool compile_try(Compiler *c, SlStmt *s) {
    if (!s->v.try_.finalbody.n) return compile_try_except(c, s);
    int handler = new_label(c), end = new_label(c);
    if (!emit_jump(c, SL_OP_SETUP_FINALLY, handler)) return false;
    if (!push_fblock(c, FB_FINALLY_TRY, NO_LABEL, NO_LABEL, s->pos)) return false;
    c->u->fblocks[c->u->nfblocks - 1].finalbody = &s->v.try_.finalbody;
    bool ok;
    if (s->v.try_.nhandlers) ok = compile_try_except(c, s);
    else ok = visit_stmts(c, s->v.try_.body);
    if (!ok) return false;
    pop_fblock(c);
    if (!emit(c, SL_OP_POP_BLOCK, 0)) return false;
    if (!visit_stmts(c, s->v.try_.finalbody)) return false;
    if (!emit_jump(c, SL_OP_JUMP, end)) return false;
    use_label(c, handler);
    if (!push_fblock(c, FB_FINALLY_END, NO_LABEL, NO_LABEL, s->pos)) return false;
    if (!visit_stmts(c, s->v.try_.finalbody)) return false;
    pop_fblock(c);
    if (!emit(c, SL_OP_RERAISE, 0)) return false;
    use_label(c, end);
    return true;
}

static bool compile_with(Compiler *c, SlStmt *s, int item) {
    SlWithItem *it = &s->v.with.items[item];
    int handler = new_label(c), end = new_label(c), suppress = new_label(c);
    if (!visit_expr(c, it->context_expr)) return false;
    if (!emit_jump(c, SL_OP_SETUP_WITH, handler)) return false;
    if (!push_fblock(c, FB_WITH, NO_LABEL, NO_LABEL, s->pos)) return false;
    if (it->optional_vars) {
        if (!compile_store(c, it->optional_vars)) return false;
    } else if (!emit(c, SL_OP_POP_TOP, 0)) {
        return false;
    }
    if (item + 1 < s->v.with.nitems) {
        if (!compile_with(c, s, item + 1)) return false;
    } else if (!visit_stmts(c, s->v.with.body)) {
        return false;
    }
    pop_fblock(c);
    SlPos saved = c->loc;
    c->loc = to_pos(s->pos);
    c->loc.end_line = c->loc.line;
    bool ok = emit(c, SL_OP_POP_BLOCK, 0) && emit(c, SL_OP_WITH_EXIT, 0) && emit_jump(c, SL_OP_JUMP, end);
    if (ok) {
        use_label(c, handler);
        ok = emit(c, SL_OP_WITH_EXCEPT_START, 0) && emit_jump(c, SL_OP_POP_JUMP_IF_TRUE, suppress) &&
             emit(c, SL_OP_RERAISE, 0);
        use_label(c, suppress);
        ok = ok && emit(c, SL_OP_POP_TOP, 0) && emit(c, SL_OP_POP_EXCEPT, 0) && emit(c, SL_OP_POP_TOP, 0);
        use_label(c, end);
    }
    c->loc = saved;
    return ok;
}

static bool compile_augassign(Compiler *c, SlStmt *s) {
    SlExpr *t = s->v.augassign.target;
    uint32_t op = (uint32_t)s->v.augassign.op;
    switch (t->kind) {
    case SL_E_NAME: {
        if (!emit_name_op(c, t->v.name.id, SL_CTX_LOAD, t->pos) || !visit_expr(c, s->v.augassign.value) ||
            !emit(c, SL_OP_INPLACE_OP, op))
            return false;
        /* the store is at the name (as CPython 3.11+; a loop's jump back may inherit it) */
        WITH_LOC(c, t->pos);
        bool ok = emit_name_op(c, t->v.name.id, SL_CTX_STORE, t->pos);
        RESTORE_LOC(c);
        return ok;
    }
    case SL_E_ATTRIBUTE: {
        if (!visit_expr(c, t->v.attribute.value)) return false;
        WITH_LOC(c, t->pos);
        bool ok = emit(c, SL_OP_COPY, 1) && emit_attr_op(c, SL_OP_LOAD_ATTR, t->v.attribute.attr);
        RESTORE_LOC(c);
        if (!ok || !visit_expr(c, s->v.augassign.value)) return false;
        if (!emit(c, SL_OP_INPLACE_OP, op)) return false;
        c->loc = to_pos(t->pos);
        ok = emit(c, SL_OP_SWAP, 2) && emit_attr_op(c, SL_OP_STORE_ATTR, t->v.attribute.attr);
        RESTORE_LOC(c);
        return ok;
    }
    case SL_E_SUBSCRIPT: {
        if (!visit_expr(c, t->v.subscript.value)) return false;
        if (!compile_subscript_slice(c, t->v.subscript.slice)) return false;
        WITH_LOC(c, t->pos);
        bool ok = emit(c, SL_OP_COPY, 2) && emit(c, SL_OP_COPY, 2) && emit(c, SL_OP_BINARY_SUBSCR, 0);
        RESTORE_LOC(c);
        if (!ok || !visit_expr(c, s->v.augassign.value)) return false;
        if (!emit(c, SL_OP_INPLACE_OP, op)) return false;
        c->loc = to_pos(t->pos);
        ok = emit(c, SL_OP_SWAP, 3) && emit(c, SL_OP_SWAP, 2) && emit(c, SL_OP_STORE_SUBSCR, 0);
        RESTORE_LOC(c);
        return ok;
    }
    default:
        return cerr(c, t->pos, CM_STARRED_HERE, NULL);
    }
}

static bool compile_annassign(Compiler *c, SlStmt *s) {
    SlExpr *t = s->v.annassign.target;
    if (t->kind == SL_E_NAME && t->v.name.id == c->id_debug)
        return cerr(c, s->pos, CM_ASSIGN_DEBUG, NULL);
    if (s->v.annassign.value) {
        if (!visit_expr(c, s->v.annassign.value)) return false;
        if (!compile_store(c, t)) return false;
    }
    if (t->kind == SL_E_NAME && t->v.name.id == c->id_debug)
        return cerr(c, s->pos, CM_ASSIGN_DEBUG, NULL);
    if (t->kind == SL_E_NAME && s->v.annassign.simple &&
        (c->u->type == U_MODULE || c->u->type == U_CLASS)) {
        if (!visit_expr(c, s->v.annassign.annotation)) return false;
        if (c->u->type == U_CLASS) {
            if (!emit_plain_name(c, SL_OP_LOAD_NAME, c->id_annotations)) return false;
        } else {
            int i = name_index(c, c->id_annotations);
            if (i < 0 || !emit_cached(c, SL_OP_LOAD_GLOBAL, (uint32_t)i)) return false;
        }
        SlId m = mangle(c, t->v.name.id);
        if (!m) return false;
        return load_const(c, const_id(c, m)) && emit(c, SL_OP_STORE_SUBSCR, 0);
    }
    return true;
}

static bool compile_import(Compiler *c, SlStmt *s) {
    for (int i = 0; i < s->v.import.n; i++) {
        SlAlias *a = &s->v.import.names[i];
        int ni = name_index(c, a->name);
        if (ni < 0) return false;
        if (!load_const(c, const_int_text(c, "0", 1)) || !load_const(c, const_simple(c, CK_NONE)) ||
            !emit(c, SL_OP_IMPORT_NAME, (uint32_t)ni))
            return false;
        if (a->asname) {
            const char *dot = strchr(a->name, '.');
            if (dot) {
                while (1) {
                    const char *p = dot + 1;
                    dot = strchr(p, '.');
                    SlId attr = sl_arena_id(c->arena, p, dot ? (size_t)(dot - p) : strlen(p));
                    if (!attr) return cnomem(c);
                    int ai = name_index(c, attr);
                    if (ai < 0 || !emit(c, SL_OP_IMPORT_FROM, (uint32_t)ai)) return false;
                    if (!dot) break;
                    if (!emit(c, SL_OP_SWAP, 2) || !emit(c, SL_OP_POP_TOP, 0)) return false;
                }
                if (!emit_name_op(c, a->asname, SL_CTX_STORE, a->pos)) return false;
                if (!emit(c, SL_OP_POP_TOP, 0)) return false;
            } else if (!emit_name_op(c, a->asname, SL_CTX_STORE, a->pos)) {
                return false;
            }
        } else {
            const char *dot = strchr(a->name, '.');
            SlId store = dot ? sl_arena_id(c->arena, a->name, (size_t)(dot - a->name)) : a->name;
            if (!store) return cnomem(c);
            if (!emit_name_op(c, store, SL_CTX_STORE, a->pos)) return false;
        }
    }
    return true;
}

static bool compile_importfrom(Compiler *c, SlStmt *s) {
    int n = s->v.importfrom.n;
    int *items = sl_arena_alloc(c->arena, (size_t)n * sizeof(int));
    if (!items) return cnomem(c);
    for (int i = 0; i < n; i++) {
        items[i] = const_id(c, s->v.importfrom.names[i].name);
        if (items[i] < 0) return false;
    }
    char lvl[16];
    snprintf(lvl, sizeof lvl, "%d", s->v.importfrom.level);
    if (!load_const(c, const_int_text(c, lvl, strlen(lvl)))) return false;
    if (!load_const(c, const_tuple(c, items, n))) return false;
    SlId mod = s->v.importfrom.module ? s->v.importfrom.module : sl_arena_id(c->arena, "", 0);
    if (!mod) return cnomem(c);
    int mi = name_index(c, mod);
    if (mi < 0 || !emit(c, SL_OP_IMPORT_NAME, (uint32_t)mi)) return false;
    for (int i = 0; i < n; i++) {
        SlAlias *a = &s->v.importfrom.names[i];
        if (a->name[0] == '*' && !a->name[1]) return emit(c, SL_OP_IMPORT_STAR, 0);
        int ai = name_index(c, a->name);
        if (ai < 0 || !emit(c, SL_OP_IMPORT_FROM, (uint32_t)ai)) return false;
        if (!emit_name_op(c, a->asname ? a->asname : a->name, SL_CTX_STORE, a->pos)) return false;
    }
    return emit(c, SL_OP_POP_TOP, 0);
}

static bool compile_stmt_inner(Compiler *c, SlStmt *s) {
    switch (s->kind) {
    case SL_S_FUNCTIONDEF:
        if (!compile_function_body(c, s, NULL)) return false;
        return emit_name_op(c, s->v.funcdef.name, SL_CTX_STORE, s->pos);
    case SL_S_CLASSDEF:
        return compile_class(c, s);
    case SL_S_RETURN:
        return compile_return(c, s);
    case SL_S_DELETE:
        for (int i = 0; i < s->v.del.targets.n; i++)
            if (!compile_delete(c, s->v.del.targets.items[i])) return false;
        return true;
    case SL_S_ASSIGN: {
        if (!visit_expr(c, s->v.assign.value)) return false;
        int n = s->v.assign.targets.n;
        for (int i = 0; i < n; i++) {
            if (i < n - 1 && !emit(c, SL_OP_COPY, 1)) return false;
            if (!compile_store(c, s->v.assign.targets.items[i])) return false;
        }
        return true;
    }
    case SL_S_AUGASSIGN:
        return compile_augassign(c, s);
    case SL_S_ANNASSIGN:
        return compile_annassign(c, s);
    case SL_S_FOR:
        return compile_for(c, s);
    case SL_S_WHILE:
        return compile_while(c, s);
    case SL_S_IF:
        return compile_if(c, s);
    case SL_S_WITH:
        return compile_with(c, s, 0);
    case SL_S_RAISE: {
        uint32_t n = 0;
        if (s->v.raise.exc) {
            if (!visit_expr(c, s->v.raise.exc)) return false;
            n = 1;
            if (s->v.raise.cause) {
                if (!visit_expr(c, s->v.raise.cause)) return false;
                n = 2;
            }
        }
        return emit(c, SL_OP_RAISE_VARARGS, n);
    }
    case SL_S_TRY:
        return compile_try(c, s);
    case SL_S_ASSERT: {
        int ok_label = new_label(c);
        if (!compile_jump_if(c, s->v.assert_.test, ok_label, true)) return false;
        if (!emit(c, SL_OP_LOAD_ASSERTION_ERROR, 0)) return false;
        if (s->v.assert_.msg) {
            if (!emit(c, SL_OP_PUSH_NULL, 0) || !visit_expr(c, s->v.assert_.msg) || !emit(c, SL_OP_CALL, 1))
                return false;
        }
        if (!emit(c, SL_OP_RAISE_VARARGS, 1)) return false;
        use_label(c, ok_label);
        return true;
    }
    case SL_S_IMPORT:
        return compile_import(c, s);
    case SL_S_IMPORTFROM:
        return compile_importfrom(c, s);
    case SL_S_GLOBAL:
    case SL_S_NONLOCAL:
    case SL_S_PASS:
        return true;
    case SL_S_BREAK:
        return compile_break_continue(c, s, true);
    case SL_S_CONTINUE:
        return compile_break_continue(c, s, false);
    case SL_S_EXPR: {
        SlExpr *v = s->v.expr.value;
        if (c->interactive && c->u->type == U_MODULE) {
            return visit_expr(c, v) && emit(c, SL_OP_PRINT_EXPR, 0);
        }
        if (v->kind == SL_E_CONSTANT) return true;
        return visit_expr(c, v) && emit(c, SL_OP_POP_TOP, 0);
    }
    }
    return true;
}

static bool compile_stmt(Compiler *c, SlStmt *s) {
    if (c->failed) return false;
    if (++c->depth > MAX_DEPTH) {
        c->err->kind = SL_SERR_RECURSION;
        snprintf(c->err->msg, sizeof c->err->msg, "%s", cmsgs[CM_RECURSION]);
        c->failed = true;
        return false;
    }
    WITH_LOC(c, s->pos);
    bool ok = compile_stmt_inner(c, s);
    RESTORE_LOC(c);
    c->depth--;
    return ok;
}

/* Is there an annotated simple name at this level (for SETUP_ANNOTATIONS)? */
static bool find_annotations(SlStmtSeq body) {
    for (int i = 0; i < body.n; i++) {
        SlStmt *s = body.items[i];
        switch (s->kind) {
        case SL_S_ANNASSIGN:
            if (s->v.annassign.target->kind == SL_E_NAME && s->v.annassign.simple) return true;
            break;
        case SL_S_FOR:
            if (find_annotations(s->v.for_.body) || find_annotations(s->v.for_.orelse)) return true;
            break;
        case SL_S_WHILE:
            if (find_annotations(s->v.while_.body) || find_annotations(s->v.while_.orelse)) return true;
            break;
        case SL_S_IF:
            if (find_annotations(s->v.if_.body) || find_annotations(s->v.if_.orelse)) return true;
            break;
        case SL_S_WITH:
            if (find_annotations(s->v.with.body)) return true;
            break;
        case SL_S_TRY:
            if (find_annotations(s->v.try_.body) || find_annotations(s->v.try_.orelse) ||
                find_annotations(s->v.try_.finalbody))
                return true;
            for (int j = 0; j < s->v.try_.nhandlers; j++)
                if (find_annotations(s->v.try_.handlers[j].body)) return true;
            break;
        default:
            break;
        }
    }
    return false;
}

static SlCode *compile_module(Compiler *c, SlModuleAst *mod, SlCompileMode mode) {
    SlId name = sl_arena_id(c->arena, "<module>", 8);
    if (!name) return cnomem(c), NULL;
    if (!enter_unit(c, U_MODULE, name, mod, 1)) return NULL;
    Unit *u = c->u;
    u->flags = SL_CO_MODULE | (mode == SL_COMPILE_SINGLE ? SL_CO_INTERACTIVE : 0);
    bool ok = set_qualname(c);
    c->loc = (SlPos){1, 1, 0, 0};
    if (ok && mode == SL_COMPILE_EVAL) {
        ok = visit_expr(c, mod->expr) && emit(c, SL_OP_RETURN_VALUE, 0);
    } else if (ok) {
        SlStmtSeq body = mod->body;
        int start = 0;
        if (find_annotations(body)) {
            if (body.n) c->loc = to_pos(body.items[0]->pos);
            ok = emit(c, SL_OP_SETUP_ANNOTATIONS, 0);
        }
        if (ok && mode == SL_COMPILE_FILE && is_docstring(body)) {
            SlExpr *d = body.items[0]->v.expr.value;
            c->loc = to_pos(body.items[0]->pos);
            int i = name_index(c, c->id_doc);
            ok = i >= 0 && load_const(c, const_str(c, d->v.constant.text, d->v.constant.len)) &&
                 emit(c, SL_OP_STORE_GLOBAL, (uint32_t)i);
            start = 1;
        }
        for (int i = start; ok && i < body.n; i++) ok = compile_stmt(c, body.items[i]);
        if (ok) {
            if (body.n) {
                c->loc = to_pos(body.items[body.n - 1]->pos);
                c->loc.end_line = c->loc.line;
            }
            ok = return_none(c);
        }
    }
    SlCode *code = ok ? assemble(c) : NULL;
    leave_unit(c);
    return code;
}

/* ---- the entry point --------------------------------------------------------------------------------- */

/* Lines first..last of buf, each with its \n (malloc'd), or NULL. */
static char *buffer_lines(const char *buf, size_t len, int first, int last) {
    size_t n;
    const char *a = sl_lexer_line(buf, len, first, &n);
    const char *b = a ? sl_lexer_line(buf, len, last, &n) : NULL;
    if (!b || b < a) return NULL;
    size_t total = (size_t)(b - a) + n;
    char *text = malloc(total + 2);
    if (!text) return NULL;
    memcpy(text, a, total);
    text[total++] = '\n';
    text[total] = 0;
    return text;
}

static int utf8_chars(const char *s) {
    int n = 0;
    for (; *s; s++) n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* 3.8-3.9: an unterminated string is reported where the tokenizer stood,
 * at the end of its buffer: the lines from the last one read outside a
 * token up to the end of the string's line (end of line) or of the source
 * (end of file), whose length is the offset.  Reading a file line by line,
 * it counts the end of file as one more line, or two when the last line
 * has its newline.  3.9 counts bytes where a decoder sat in front of the
 * tokenizer, and shows the file's own line at that number where there is
 * one. */
static void raise_unterminated_38(SlVM *vm, SlSyntaxErr *err, const char *msg, const char *filename,
                                  const char *buf, size_t len, SlSourceKind kind, bool final_nl) {
    bool is39 = vm->ver->unterminated_string_style == SL_USTR_BUFFER_39;
    int last = err->detected_line;
    char *text = buffer_lines(buf, len, err->buffer_line > 0 ? err->buffer_line : err->lineno, last);
    int lineno = last;
    if (err->string_end == 3 && kind == SL_SOURCE_FILE) lineno += final_nl ? 2 : 1;
    int offset = !text ? 0 : is39 && kind != SL_SOURCE_STR ? (int)strlen(text) : utf8_chars(text);
    if (is39 && (kind == SL_SOURCE_MODULE || (kind == SL_SOURCE_FILE && filename[0] != '<'))) {
        char *own = buffer_lines(buf, len, lineno, lineno);
        if (own) {
            free(text);
            text = own;
        }
    }
    sl_raise_syntax_error(vm, SL_EXC(SyntaxError), msg, filename, lineno, offset, lineno, offset, text);
    free(text);
}

/* Raise the SyntaxError (or other error) described by err. */
/* What raise_err needs to know about the source. */
typedef struct Source {
    const char *filename;
    const char *buf;      /* as the lexer saw it (normalised) */
    size_t len;
    const char *orig;     /* as given, when it had NUL bytes (else NULL) */
    size_t orig_len;
    SlCompileMode mode;
    SlSourceKind kind;
    bool final_nl;        /* the source ended with a line end */
} Source;

/* Line lineno of the source as given, up to its first NUL (malloc'd): what
 * 3.9's error display reads back from a file. */
static char *file_line(const Source *s, int lineno) {
    const char *p = s->orig, *end = s->orig + s->orig_len;
    for (int l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        p = nl ? nl + 1 : end;
    }
    if (p >= end) return NULL;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = strnlen(p, (size_t)((nl ? nl : end) - p));
    char *text = malloc(n + 1);
    if (text) {
        memcpy(text, p, n);
        text[n] = 0;
    }
    return text;
}

static void raise_err(SlVM *vm, SlSyntaxErr *err, const Source *src) {
    const char *filename = src->filename, *buf = src->buf;
    size_t len = src->len;
    /* 3.8's LL(1) parser wrote this to stderr whenever its stack overflowed */
    if (vm->ver->parser_s_push_notice &&
        (err->kind == SL_SERR_MEMORY || strstr(err->msg, "too many nested parentheses"))) {
        fflush(stdout);
        fputs("s_push: parser stack overflow\n", stderr);
    }
    switch (err->kind) {
    case SL_SERR_NONE:
        if (!sl_exc_occurred(vm)) sl_raise(vm, SL_SystemError, "compiler failed without an error");
        return;
    case SL_SERR_MEMORY:
        if (strcmp(err->msg, "out of memory") == 0 || !vm->ver->parser_overflow_msg) sl_raise_nomemory(vm);
        else sl_raise(vm, SL_MemoryError, "%s", err->msg);
        return;
    case SL_SERR_RECURSION:
        sl_raise(vm, SL_EXC(RecursionError), "%s", err->msg);
        return;
    default:
        break;
    }
    SlType *type = err->kind == SL_SERR_TAB      ? SL_EXC(TabError)
                   : err->kind == SL_SERR_INDENT ? SL_EXC(IndentationError)
                                                 : SL_EXC(SyntaxError);
    char *text = NULL;
    if (err->text_line > 0) {
        size_t n;
        const char *line = sl_lexer_line(buf, len, err->text_line, &n);
        if (line) {
            if (err->text_len >= 0 && (size_t)err->text_len < n) n = (size_t)err->text_len;
            text = malloc(n + 1);
            if (text) {
                memcpy(text, line, n);
                text[n] = 0;
            }
        }
    }
    /* pegen (3.9, and 3.10 past the tokenizer) reads the line back from the file */
    if (src->orig && src->kind == SL_SOURCE_FILE && filename[0] != '<' && err->text_line > 0 &&
        (vm->ver->nul_source == SL_NUL_READ_39 ||
         (vm->ver->nul_source == SL_NUL_READ_310 && !err->from_tokenizer))) {
        free(text);
        text = file_line(src, err->text_line);
    }
    if (err->kind == SL_SERR_TAB && vm->ver->tab_error_at_eol && text)
        err->offset = utf8_chars(text) + 1; /* the tokenizer stood after the line's \n */
    const char *msg = err->msg;
    unsigned control;
    if (vm->ver->msg_control_char_syntax && err->from_tokenizer &&
        sscanf(msg, "invalid non-printable character U+%4X", &control) == 1 &&
        (control < 0x20 || control == 0x7F)) {
        msg = "invalid syntax";
        err->from_tokenizer = false;
        err->end_offset = err->offset + 1;
    }
    /* 3.8-3.9's tokenizer messages (the caret and line there differ too) */
    if (vm->ver->msg_eol_string && strncmp(msg, "unterminated string literal", 27) == 0)
        msg = "EOL while scanning string literal";
    else if (vm->ver->msg_eol_string && strncmp(msg, "unterminated triple-quoted string literal", 41) == 0)
        msg = "EOF while scanning triple-quoted string literal";
    /* (the REPL's line reader is another story, not modelled) */
    if (err->string_end && vm->ver->unterminated_string_style != SL_USTR_AT_START &&
        src->mode != SL_COMPILE_SINGLE) {
        free(text);
        raise_unterminated_38(vm, err, msg, filename, buf, len, src->kind, src->final_nl);
        return;
    }
    sl_raise_syntax_error_raw(vm, type, msg, filename, err->lineno, err->offset, err->end_lineno,
                              err->end_offset, text,
                              !(err->from_tokenizer && vm->ver->syntax_error_new_parser));
    free(text);
}

/* Invalid UTF-8 or NUL bytes: CPython's messages.  nul_ok: the NUL bytes
 * are sl_lexer_nul_lines's markers. */
static bool check_encoding(SlVM *vm, const char *src, size_t len, const char *filename,
                           SlSourceKind kind, bool nul_ok) {
    bool string_source = filename[0] == '<';
    const unsigned char *s = (const unsigned char *)src;
    int lineno = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < len && !nul_ok; i++) {
        if (s[i] == '\n') {
            lineno++;
            line_start = i + 1;
        }
        if (s[i] == 0) {
            if (vm->ver->nul_source != SL_NUL_ERROR && kind != SL_SOURCE_FILE) {
                sl_raise(vm, SL_ValueError, "source code string cannot contain null bytes");
            } else if (kind != SL_SOURCE_FILE) {
                sl_raise(vm, SL_EXC(SyntaxError), "source code string cannot contain null bytes");
            } else {
                char *text = malloc(i - line_start + 1);
                if (text) {
                    memcpy(text, src + line_start, i - line_start);
                    text[i - line_start] = 0;
                }
                sl_raise_syntax_error(vm, SL_EXC(SyntaxError), "source code cannot contain null bytes", filename,
                                      lineno, 0, lineno, 0, text);
                free(text);
            }
            return false;
        }
    }
    size_t i = 0;
    if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) i = 3;
    lineno = 1;
    while (i < len) {
        unsigned char ch = s[i];
        size_t n = 0;
        bool ok = true;
        if (ch < 0x80) n = 1;
        else if (ch >= 0xC2 && ch < 0xE0) n = 2;
        else if (ch >= 0xE0 && ch < 0xF0) n = 3;
        else if (ch >= 0xF0 && ch < 0xF5) n = 4;
        else ok = false;
        if (ok && i + n > len) ok = false;
        for (size_t k = 1; ok && k < n; k++)
            if ((s[i + k] & 0xC0) != 0x80) ok = false;
        if (ok && n == 3 && ch == 0xE0 && s[i + 1] < 0xA0) ok = false;
        if (ok && n == 3 && ch == 0xED && s[i + 1] >= 0xA0) ok = false;
        if (ok && n == 4 && ch == 0xF0 && s[i + 1] < 0x90) ok = false;
        if (ok && n == 4 && ch == 0xF4 && s[i + 1] >= 0x90) ok = false;
        if (!ok) {
            char msg[300];
            if (string_source) {
                snprintf(msg, sizeof msg,
                         "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: "
                         "invalid start byte",
                         ch, i);
                sl_raise_syntax_error(vm, SL_EXC(SyntaxError), msg, filename, lineno, 0, 0, 0, NULL);
            } else {
                /* 3.10 names the line after the bad byte's */
                int shown = lineno + vm->ver->non_utf8_line_offset;
                snprintf(msg, sizeof msg,
                         "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding "
                         "declared; see %s for details",
                         ch, filename, shown, vm->ver->pep263_url);
                /* 3.8 shows 'File "x.py", line N' above it; 3.9+ the message alone */
                if (vm->ver->non_utf8_file_line)
                    sl_raise_syntax_error(vm, SL_EXC(SyntaxError), msg, filename, shown, 0, 0, 0, NULL);
                else
                    sl_raise(vm, SL_EXC(SyntaxError), "%s", msg);
            }
            return false;
        }
        if (ch == '\n') lineno++;
        i += n;
    }
    return true;
}

SlCode *sl_compile(SlVM *vm, const char *src, size_t len, const char *filename, SlCompileMode mode,
                   bool *incomplete) {
    bool string = filename[0] == '<' && strcmp(filename, "<stdin>") != 0;
    return sl_compile_source(vm, src, len, filename, mode, string ? SL_SOURCE_BYTES : SL_SOURCE_FILE,
                             incomplete);
}

SlCode *sl_compile_source(SlVM *vm, const char *src, size_t len, const char *filename,
                          SlCompileMode mode, SlSourceKind kind, bool *incomplete) {
    if (incomplete) *incomplete = false;
    Source si = {.filename = filename, .mode = mode, .kind = kind};
    si.final_nl = len && (src[len - 1] == '\n' || src[len - 1] == '\r');
    char *nul_free = NULL;
    if (kind == SL_SOURCE_FILE && vm->ver->nul_source != SL_NUL_ERROR && memchr(src, 0, len)) {
        si.orig = src;
        si.orig_len = len;
        nul_free = sl_lexer_nul_lines(src, len, vm->ver->nul_source != SL_NUL_READ_310, &len);
        if (!nul_free) {
            sl_raise_nomemory(vm);
            return NULL;
        }
        src = nul_free;
    }
    bool ok = check_encoding(vm, src, len, filename, kind, nul_free != NULL);
    size_t blen;
    char *buf = ok ? sl_lexer_normalize(src, len, &blen) : NULL;
    free(nul_free);
    if (!ok) return NULL;
    if (!buf) {
        sl_raise_nomemory(vm);
        return NULL;
    }
    si.buf = buf;
    si.len = blen;
    SlArena arena;
    sl_arena_init(&arena);
    SlSyntaxErr err;
    memset(&err, 0, sizeof err);
    SlCode *code = NULL;
    SlSymtable st;
    memset(&st, 0, sizeof st);
    SlModuleAst *mod = sl_parse(&arena, buf, blen, mode, &err,
                                mode == SL_COMPILE_SINGLE ? incomplete : NULL);
    /* 3.8's parser stack (1500 entries, 15 a bracket) overflowed at about 100
     * nested brackets, unless an error came first */
    if (vm->ver->parser_s_push_notice && err.deep_lineno &&
        (mod || err.kind == SL_SERR_MEMORY || err.lineno > err.deep_lineno ||
         (err.lineno == err.deep_lineno && err.offset > err.deep_col))) {
        err.kind = SL_SERR_MEMORY;
        snprintf(err.msg, sizeof err.msg, "parser stack overflow");
        if (incomplete) *incomplete = false;
        mod = NULL;
    }
    /* a chain of `x if c else ...`: 3.8's parser stack overflowed first (past
     * 1680), 3.9-3.12's AST validation stopped at its recursion limit (3000
     * levels), 3.9+'s parser at about 6000 (MAXSTACK) */
    if (mod && mod->ifexp_chain) {
        int n = mod->ifexp_chain;
        if (n > vm->ver->ifexp_parse_limit) {
            err.kind = SL_SERR_MEMORY;
            snprintf(err.msg, sizeof err.msg, "Parser stack overflowed - Python source too complex to parse");
            mod = NULL;
        } else if (vm->ver->ifexp_compile_limit && n > vm->ver->ifexp_compile_limit) {
            err.kind = SL_SERR_RECURSION;
            snprintf(err.msg, sizeof err.msg, "maximum recursion depth exceeded during compilation");
            mod = NULL;
        }
        if (!mod && incomplete) *incomplete = false;
    }
    if (!mod) {
        /* raised even when *incomplete is set: a REPL that gives up waiting
         * (e.g. after an empty line) reports this error */
        raise_err(vm, &err, &si);
        goto done;
    }
    if (incomplete && *incomplete) goto done; /* a compound statement may continue */
    if (!sl_symtable_build(&st, &arena, mod, buf, blen, &err, mode == SL_COMPILE_EVAL)) {
        raise_err(vm, &err, &si);
        goto done;
    }
    Compiler c;
    memset(&c, 0, sizeof c);
    c.vm = vm;
    c.arena = &arena;
    c.st = &st;
    c.filename = filename;
    c.buf = buf;
    c.len = blen;
    c.err = &err;
    c.interactive = mode == SL_COMPILE_SINGLE;
    c.filename_str = sl_str_from_cstr(vm, filename);
    c.id_annotations = sl_arena_id(&arena, "__annotations__", 15);
    c.id_name = sl_arena_id(&arena, "__name__", 8);
    c.id_module = sl_arena_id(&arena, "__module__", 10);
    c.id_qualname = sl_arena_id(&arena, "__qualname__", 12);
    c.id_doc = sl_arena_id(&arena, "__doc__", 7);
    c.id_classcell = sl_arena_id(&arena, "__classcell__", 13);
    c.id_class = sl_arena_id(&arena, "__class__", 9);
    c.id_debug = sl_arena_id(&arena, "__debug__", 9);
    c.id_dot0 = sl_arena_id(&arena, ".0", 2);
    if (!c.filename_str) goto done;
    if (!c.id_annotations || !c.id_name || !c.id_module || !c.id_qualname || !c.id_doc ||
        !c.id_classcell || !c.id_class || !c.id_debug || !c.id_dot0) {
        sl_decref(vm, c.filename_str);
        sl_raise_nomemory(vm);
        goto done;
    }
    code = compile_module(&c, mod, mode);
    while (c.u) leave_unit(&c);
    if (!code) raise_err(vm, &err, &si);
    sl_decref(vm, c.filename_str);
done:
    sl_symtable_free(&st);
    sl_arena_free(&arena);
    free(buf);
    return code;
}
