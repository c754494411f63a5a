/* symtable.c: scopes of names (see symtable.h).  The algorithm and the
 * error messages are CPython's (Python/symtable.c), adapted to slotlab's
 * code model where comprehensions are separate functions. */
#include "symtable.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* messages (one table, for per-version variants) */
#define SYM_MSGS(X)                                                            \
    X(DUPLICATE_ARGUMENT, "duplicate argument '%s' in function definition")    \
    X(GLOBAL_PARAM, "name '%s' is parameter and global")                       \
    X(NONLOCAL_PARAM, "name '%s' is parameter and nonlocal")                   \
    X(GLOBAL_AFTER_ASSIGN, "name '%s' is assigned to before global declaration") \
    X(NONLOCAL_AFTER_ASSIGN, "name '%s' is assigned to before nonlocal declaration") \
    X(GLOBAL_AFTER_USE, "name '%s' is used prior to global declaration")       \
    X(NONLOCAL_AFTER_USE, "name '%s' is used prior to nonlocal declaration")   \
    X(GLOBAL_ANNOT, "annotated name '%s' can't be global")                     \
    X(NONLOCAL_ANNOT, "annotated name '%s' can't be nonlocal")                 \
    X(IMPORT_STAR, "import * only allowed at module level")                    \
    X(NAMED_EXPR_COMP_IN_CLASS, "assignment expression within a comprehension cannot be used in a class body") \
    X(NAMED_EXPR_COMP_CONFLICT, "assignment expression cannot rebind comprehension iteration variable '%s'") \
    X(NAMED_EXPR_COMP_INNER_LOOP_CONFLICT, "comprehension inner loop cannot rebind assignment expression target '%s'") \
    X(NAMED_EXPR_COMP_ITER_EXPR, "assignment expression cannot be used in a comprehension iterable expression") \
    X(NONLOCAL_AND_GLOBAL, "name '%s' is nonlocal and global")                 \
    X(NONLOCAL_AT_MODULE, "nonlocal declaration not allowed at module level") \
    X(NONLOCAL_NO_BINDING, "no binding for nonlocal '%s' found")               \
    X(YIELD_IN_COMP, "'yield' inside %s")                                      \
    X(RECURSION, "maximum recursion depth exceeded during compilation")

enum {
#define X(n, t) SM_##n,
    SYM_MSGS(X)
#undef X
};
static const char *const smsgs[] = {
#define X(n, t) t,
    SYM_MSGS(X)
#undef X
};

#define MAX_DEPTH 6000

void sl_syntax_err_at(SlSyntaxErr *err, SlAstPos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    err->kind = SL_SERR_SYNTAX;
    err->lineno = pos.lineno;
    err->offset = pos.col + 1;
    err->end_lineno = pos.end_lineno;
    err->end_offset = pos.end_col + 1;
    err->text_line = pos.lineno;
    err->text_len = -1;
    err->string_end = 0;
    err->from_tokenizer = false;
}

static bool fail(SlSymtable *st, SlAstPos pos, int msg, const char *arg) {
    if (st->failed) return false;
    sl_syntax_err_at(st->err, pos, smsgs[msg], arg);
    st->failed = true;
    return false;
}

static bool nomem(SlSymtable *st) {
    if (!st->failed) {
        st->err->kind = SL_SERR_MEMORY;
        snprintf(st->err->msg, sizeof st->err->msg, "out of memory");
        st->failed = true;
    }
    return false;
}

SlId sl_mangle(SlArena *arena, SlId private_, SlId name) {
    if (!private_ || name[0] != '_' || name[1] != '_') return name;
    size_t n = strlen(name);
    if ((n >= 2 && name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.')) return name;
    const char *p = private_;
    while (*p == '_') p++;
    if (!*p) return name;
    size_t pn = strlen(p);
    char *tmp = malloc(pn + n + 2);
    if (!tmp) return NULL;
    tmp[0] = '_';
    memcpy(tmp + 1, p, pn);
    memcpy(tmp + 1 + pn, name, n);
    SlId r = sl_arena_id(arena, tmp, pn + n + 1);
    free(tmp);
    return r;
}

/* ---- symbol storage ---------------------------------------------------------- */

static size_t ptr_hash(const void *p) {
    uintptr_t x = (uintptr_t)p;
    x ^= x >> 17;
    x *= 0x9E3779B97F4A7C15u;
    return (size_t)(x ^ (x >> 29));
}

static SlSymbol *sym_find(SlScope *s, SlId name) {
    if (!s->capindex) return NULL;
    size_t h = ptr_hash(name) & (size_t)(s->capindex - 1);
    while (s->index[h] >= 0) {
        SlSymbol *sym = &s->syms[s->index[h]];
        if (sym->name == name) return sym;
        h = (h + 1) & (size_t)(s->capindex - 1);
    }
    return NULL;
}

static SlSymbol *sym_add(SlSymtable *st, SlScope *s, SlId name) {
    SlSymbol *f = sym_find(s, name);
    if (f) return f;
    if (s->nsyms == s->capsyms) {
        int nc = s->capsyms ? s->capsyms * 2 : 16;
        SlSymbol *ns = realloc(s->syms, (size_t)nc * sizeof *ns);
        if (!ns) return nomem(st), NULL;
        s->syms = ns;
        s->capsyms = nc;
    }
    if ((s->nsyms + 1) * 2 > s->capindex) {
        int nc = s->capindex ? s->capindex * 2 : 32;
        int *ni = malloc((size_t)nc * sizeof *ni);
        if (!ni) return nomem(st), NULL;
        for (int i = 0; i < nc; i++) ni[i] = -1;
        for (int i = 0; i < s->nsyms; i++) {
            size_t h = ptr_hash(s->syms[i].name) & (size_t)(nc - 1);
            while (ni[h] >= 0) h = (h + 1) & (size_t)(nc - 1);
            ni[h] = i;
        }
        free(s->index);
        s->index = ni;
        s->capindex = nc;
    }
    SlSymbol *sym = &s->syms[s->nsyms];
    memset(sym, 0, sizeof *sym);
    sym->name = name;
    size_t h = ptr_hash(name) & (size_t)(s->capindex - 1);
    while (s->index[h] >= 0) h = (h + 1) & (size_t)(s->capindex - 1);
    s->index[h] = s->nsyms++;
    return sym;
}

int sl_scope_get(SlScope *s, SlId name, int *flags) {
    SlSymbol *sym = sym_find(s, name);
    if (flags) *flags = sym ? sym->flags : 0;
    return sym ? sym->scope : 0;
}

bool sl_scope_function_like(const SlScope *s) { return s->type == SL_BLOCK_FUNCTION; }

static bool map_put(SlSymtable *st, const void *key, SlScope *val) {
    if ((st->nmap + 1) * 2 > st->capmap) {
        size_t nc = st->capmap ? st->capmap * 2 : 64;
        const void **nk = calloc(nc, sizeof *nk);
        SlScope **nv = calloc(nc, sizeof *nv);
        if (!nk || !nv) {
            free(nk);
            free(nv);
            return nomem(st);
        }
        for (size_t i = 0; i < st->capmap; i++) {
            if (!st->keys[i]) continue;
            size_t h = ptr_hash(st->keys[i]) & (nc - 1);
            while (nk[h]) h = (h + 1) & (nc - 1);
            nk[h] = st->keys[i];
            nv[h] = st->vals[i];
        }
        free(st->keys);
        free(st->vals);
        st->keys = nk;
        st->vals = nv;
        st->capmap = nc;
    }
    size_t h = ptr_hash(key) & (st->capmap - 1);
    while (st->keys[h]) h = (h + 1) & (st->capmap - 1);
    st->keys[h] = key;
    st->vals[h] = val;
    st->nmap++;
    return true;
}

SlScope *sl_symtable_lookup(SlSymtable *st, const void *key) {
    if (!st->capmap) return NULL;
    size_t h = ptr_hash(key) & (st->capmap - 1);
    while (st->keys[h]) {
        if (st->keys[h] == key) return st->vals[h];
        h = (h + 1) & (st->capmap - 1);
    }
    return NULL;
}

/* ---- building ---------------------------------------------------------------------- */

static bool enter_block(SlSymtable *st, SlId name, SlBlockType type, const void *key) {
    SlScope *s = calloc(1, sizeof *s);
    if (!s) return nomem(st);
    s->type = type;
    s->name = name;
    s->key = key;
    s->parent = st->cur;
    s->private_ = st->private_;
    if (st->cur) {
        SlScope *p = st->cur;
        if (p->nchildren == p->capchildren) {
            int nc = p->capchildren ? p->capchildren * 2 : 4;
            SlScope **nch = realloc(p->children, (size_t)nc * sizeof *nch);
            if (!nch) {
                free(s);
                return nomem(st);
            }
            p->children = nch;
            p->capchildren = nc;
        }
        p->children[p->nchildren++] = s;
        if (p->nested || p->type == SL_BLOCK_FUNCTION) s->nested = true;
    } else {
        st->top = s;
    }
    if (st->nstack == st->capstack) {
        int nc = st->capstack ? st->capstack * 2 : 16;
        SlScope **ns = realloc(st->stack, (size_t)nc * sizeof *ns);
        if (!ns) return nomem(st);
        st->stack = ns;
        st->capstack = nc;
    }
    st->stack[st->nstack++] = s;
    st->cur = s;
    return map_put(st, key, s);
}

static void exit_block(SlSymtable *st) {
    st->nstack--;
    st->cur = st->nstack ? st->stack[st->nstack - 1] : NULL;
}

static bool add_def_in(SlSymtable *st, SlScope *s, SlId name, int flag, SlAstPos pos) {
    SlId mangled = sl_mangle(st->arena, st->private_, name);
    if (!mangled) return nomem(st);
    SlSymbol *sym = sym_add(st, s, mangled);
    if (!sym) return false;
    int val = sym->flags;
    if ((flag & SL_DEF_PARAM) && (val & SL_DEF_PARAM))
        return fail(st, pos, SM_DUPLICATE_ARGUMENT, name);
    val |= flag;
    if (s->comp_iter_target) {
        if (val & (SL_DEF_GLOBAL | SL_DEF_NONLOCAL))
            return fail(st, pos, SM_NAMED_EXPR_COMP_INNER_LOOP_CONFLICT, name);
        val |= SL_DEF_COMP_ITER;
    }
    sym->flags = val;
    if (flag & SL_DEF_PARAM) {
        if (s->nparams == s->capparams) {
            int nc = s->capparams ? s->capparams * 2 : 8;
            SlId *np = realloc(s->params, (size_t)nc * sizeof *np);
            if (!np) return nomem(st);
            s->params = np;
            s->capparams = nc;
        }
        s->params[s->nparams++] = mangled;
    } else if (flag & SL_DEF_GLOBAL) {
        SlSymbol *g = sym_add(st, st->top, mangled);
        if (!g) return false;
        g->flags |= flag;
    }
    return true;
}

static bool add_def(SlSymtable *st, SlId name, int flag, SlAstPos pos) {
    return add_def_in(st, st->cur, name, flag, pos);
}

static bool record_directive(SlSymtable *st, SlId name, SlAstPos pos) {
    SlId mangled = sl_mangle(st->arena, st->private_, name);
    if (!mangled) return nomem(st);
    SlSymbol *sym = sym_add(st, st->cur, mangled);
    if (!sym) return false;
    if (sym->directive.lineno == 0) sym->directive = pos; /* the first one is reported */
    return true;
}

static bool visit_expr(SlSymtable *st, SlExpr *e);
static bool visit_stmt(SlSymtable *st, SlStmt *s);

static bool visit_exprs(SlSymtable *st, SlExprSeq seq) {
    for (int i = 0; i < seq.n; i++)
        if (seq.items[i] && !visit_expr(st, seq.items[i])) return false;
    return true;
}
static bool visit_stmts(SlSymtable *st, SlStmtSeq seq) {
    for (int i = 0; i < seq.n; i++)
        if (!visit_stmt(st, seq.items[i])) return false;
    return true;
}

static bool visit_defaults(SlSymtable *st, SlArguments *a) {
    if (!visit_exprs(st, a->defaults)) return false;
    for (int i = 0; i < a->nkwonly; i++)
        if (a->kw_defaults[i] && !visit_expr(st, a->kw_defaults[i])) return false;
    return true;
}

static bool visit_params(SlSymtable *st, SlArguments *a) {
    int npos = a->nposonly + a->nargs;
    for (int i = 0; i < npos; i++)
        if (!add_def(st, a->args[i].arg, SL_DEF_PARAM, a->args[i].pos)) return false;
    for (int i = 0; i < a->nkwonly; i++)
        if (!add_def(st, a->kwonly[i].arg, SL_DEF_PARAM, a->kwonly[i].pos)) return false;
    if (a->vararg && !add_def(st, a->vararg->arg, SL_DEF_PARAM, a->vararg->pos)) return false;
    if (a->kwarg && !add_def(st, a->kwarg->arg, SL_DEF_PARAM, a->kwarg->pos)) return false;
    return true;
}

static bool visit_comprehension(SlSymtable *st, SlExpr *e) {
    SlComprehension *gens = e->v.comp.gens;
    int ngens = e->v.comp.ngens;
    const char *name;
    SlCompKind kind;
    switch (e->kind) {
    case SL_E_LISTCOMP: name = "<listcomp>"; kind = SL_COMP_LIST; break;
    case SL_E_SETCOMP: name = "<setcomp>"; kind = SL_COMP_SET; break;
    case SL_E_DICTCOMP: name = "<dictcomp>"; kind = SL_COMP_DICT; break;
    default: name = "<genexpr>"; kind = SL_COMP_GENEXP; break;
    }
    /* the outermost iterable is evaluated in the enclosing scope */
    st->cur->comp_iter_expr++;
    if (!visit_expr(st, gens[0].iter)) return false;
    st->cur->comp_iter_expr--;
    SlId id = sl_arena_id(st->arena, name, strlen(name));
    if (!id) return nomem(st);
    if (!enter_block(st, id, SL_BLOCK_FUNCTION, e)) return false;
    st->cur->comp = kind;
    if (kind == SL_COMP_GENEXP) st->cur->generator = true;
    if (!add_def(st, st->id_dot0, SL_DEF_PARAM, e->pos)) return false;
    st->cur->comp_iter_target = true;
    if (!visit_expr(st, gens[0].target)) return false;
    st->cur->comp_iter_target = false;
    if (!visit_exprs(st, gens[0].ifs)) return false;
    for (int i = 1; i < ngens; i++) {
        st->cur->comp_iter_target = true;
        if (!visit_expr(st, gens[i].target)) return false;
        st->cur->comp_iter_target = false;
        st->cur->comp_iter_expr++;
        if (!visit_expr(st, gens[i].iter)) return false;
        st->cur->comp_iter_expr--;
        if (!visit_exprs(st, gens[i].ifs)) return false;
    }
    if (e->v.comp.value && !visit_expr(st, e->v.comp.value)) return false;
    if (!visit_expr(st, e->v.comp.elt)) return false;
    exit_block(st);
    return true;
}

/* walrus inside a comprehension binds in the enclosing function (or module) */
static bool extend_namedexpr_scope(SlSymtable *st, SlExpr *target) {
    SlId name = target->v.name.id;
    for (int i = st->nstack - 1; i >= 0; i--) {
        SlScope *s = st->stack[i];
        if (s->comp) {
            int flags;
            sl_scope_get(s, name, &flags);
            SlSymbol *sym = sym_find(s, sl_mangle(st->arena, st->private_, name));
            flags = sym ? sym->flags : 0;
            if (flags & SL_DEF_COMP_ITER) return fail(st, target->pos, SM_NAMED_EXPR_COMP_CONFLICT, name);
            continue;
        }
        if (s->type == SL_BLOCK_FUNCTION) {
            SlSymbol *sym = sym_find(s, sl_mangle(st->arena, st->private_, name));
            int flags = sym ? sym->flags : 0;
            if (!add_def(st, name, (flags & SL_DEF_GLOBAL) ? SL_DEF_GLOBAL : SL_DEF_NONLOCAL, target->pos))
                return false;
            if (!record_directive(st, name, target->pos)) return false;
            return add_def_in(st, s, name, SL_DEF_LOCAL, target->pos);
        }
        if (s->type == SL_BLOCK_MODULE) {
            if (!add_def(st, name, SL_DEF_GLOBAL, target->pos)) return false;
            if (!record_directive(st, name, target->pos)) return false;
            return add_def_in(st, s, name, SL_DEF_GLOBAL, target->pos);
        }
        if (s->type == SL_BLOCK_CLASS) return fail(st, target->pos, SM_NAMED_EXPR_COMP_IN_CLASS, NULL);
    }
    return true;
}

static bool visit_expr_inner(SlSymtable *st, SlExpr *e) {
    switch (e->kind) {
    case SL_E_NAMEDEXPR:
        if (st->cur->comp_iter_expr > 0) return fail(st, e->pos, SM_NAMED_EXPR_COMP_ITER_EXPR, NULL);
        if (st->cur->comp && !extend_namedexpr_scope(st, e->v.namedexpr.target)) return false;
        if (!visit_expr(st, e->v.namedexpr.value)) return false;
        return visit_expr(st, e->v.namedexpr.target);
    case SL_E_BOOLOP:
        return visit_exprs(st, e->v.boolop.values);
    case SL_E_BINOP:
        return visit_expr(st, e->v.binop.left) && visit_expr(st, e->v.binop.right);
    case SL_E_UNARYOP:
        return visit_expr(st, e->v.unaryop.operand);
    case SL_E_LAMBDA: {
        if (!visit_defaults(st, e->v.lambda.args)) return false;
        SlId id = sl_arena_id(st->arena, "lambda", 6);
        if (!id) return nomem(st);
        if (!enter_block(st, id, SL_BLOCK_FUNCTION, e)) return false;
        st->cur->is_lambda = true;
        if (!visit_params(st, e->v.lambda.args)) return false;
        if (!visit_expr(st, e->v.lambda.body)) return false;
        exit_block(st);
        return true;
    }
    case SL_E_IFEXP:
        return visit_expr(st, e->v.ifexp.test) && visit_expr(st, e->v.ifexp.body) &&
               visit_expr(st, e->v.ifexp.orelse);
    case SL_E_DICT:
        return visit_exprs(st, e->v.dict.keys) && visit_exprs(st, e->v.dict.values);
    case SL_E_SET:
        return visit_exprs(st, e->v.set.elts);
    case SL_E_LISTCOMP:
    case SL_E_SETCOMP:
    case SL_E_DICTCOMP:
    case SL_E_GENEXP:
        return visit_comprehension(st, e);
    case SL_E_YIELD:
    case SL_E_YIELDFROM:
        if (e->v.yield.value && !visit_expr(st, e->v.yield.value)) return false;
        st->cur->generator = true;
        if (st->cur->comp) {
            const char *what = st->cur->comp == SL_COMP_LIST  ? "list comprehension"
                               : st->cur->comp == SL_COMP_SET ? "set comprehension"
                               : st->cur->comp == SL_COMP_DICT ? "dict comprehension"
                                                               : "generator expression";
            return fail(st, e->pos, SM_YIELD_IN_COMP, what);
        }
        return true;
    case SL_E_COMPARE:
        if (!visit_expr(st, e->v.compare.left)) return false;
        for (int i = 0; i < e->v.compare.n; i++)
            if (!visit_expr(st, e->v.compare.comparators[i])) return false;
        return true;
    case SL_E_CALL:
        if (!visit_expr(st, e->v.call.func) || !visit_exprs(st, e->v.call.args)) return false;
        for (int i = 0; i < e->v.call.nkw; i++)
            if (!visit_expr(st, e->v.call.keywords[i].value)) return false;
        return true;
    case SL_E_FORMATTEDVALUE:
        if (!visit_expr(st, e->v.fvalue.value)) return false;
        return !e->v.fvalue.format_spec || visit_expr(st, e->v.fvalue.format_spec);
    case SL_E_JOINEDSTR:
        return visit_exprs(st, e->v.joined.values);
    case SL_E_CONSTANT:
        return true;
    case SL_E_ATTRIBUTE:
        return visit_expr(st, e->v.attribute.value);
    case SL_E_SUBSCRIPT:
        return visit_expr(st, e->v.subscript.value) && visit_expr(st, e->v.subscript.slice);
    case SL_E_STARRED:
        return visit_expr(st, e->v.starred.value);
    case SL_E_SLICE:
        return (!e->v.slice.lower || visit_expr(st, e->v.slice.lower)) &&
               (!e->v.slice.upper || visit_expr(st, e->v.slice.upper)) &&
               (!e->v.slice.step || visit_expr(st, e->v.slice.step));
    case SL_E_NAME:
        if (!add_def(st, e->v.name.id, e->v.name.ctx == SL_CTX_LOAD ? SL_DEF_USE : SL_DEF_LOCAL, e->pos))
            return false;
        if (e->v.name.ctx == SL_CTX_LOAD && st->cur->type == SL_BLOCK_FUNCTION &&
            e->v.name.id == st->id_super) {
            if (!add_def(st, st->id_class, SL_DEF_USE, e->pos)) return false;
        }
        return true;
    case SL_E_LIST:
    case SL_E_TUPLE:
        return visit_exprs(st, e->v.seq.elts);
    }
    return true;
}

static bool visit_expr(SlSymtable *st, SlExpr *e) {
    if (st->failed) return false;
    if (++st->depth > MAX_DEPTH) {
        st->err->kind = SL_SERR_RECURSION;
        snprintf(st->err->msg, sizeof st->err->msg, "%s", smsgs[SM_RECURSION]);
        st->failed = true;
        return false;
    }
    bool r = visit_expr_inner(st, e);
    st->depth--;
    return r;
}

static bool visit_global(SlSymtable *st, SlStmt *s, bool global) {
    for (int i = 0; i < s->v.global.n; i++) {
        SlId name = s->v.global.names[i];
        SlSymbol *sym = sym_find(st->cur, sl_mangle(st->arena, st->private_, name));
        int cur = sym ? sym->flags : 0;
        if (cur & (SL_DEF_PARAM | SL_DEF_LOCAL | SL_DEF_USE | SL_DEF_ANNOT)) {
            int msg;
            if (cur & SL_DEF_PARAM) msg = global ? SM_GLOBAL_PARAM : SM_NONLOCAL_PARAM;
            else if (cur & SL_DEF_USE) msg = global ? SM_GLOBAL_AFTER_USE : SM_NONLOCAL_AFTER_USE;
            else if (cur & SL_DEF_ANNOT) msg = global ? SM_GLOBAL_ANNOT : SM_NONLOCAL_ANNOT;
            else msg = global ? SM_GLOBAL_AFTER_ASSIGN : SM_NONLOCAL_AFTER_ASSIGN;
            return fail(st, s->pos, msg, name);
        }
        if (!add_def(st, name, global ? SL_DEF_GLOBAL : SL_DEF_NONLOCAL, s->pos)) return false;
        if (!record_directive(st, name, s->pos)) return false;
    }
    return true;
}

static bool visit_stmt_inner(SlSymtable *st, SlStmt *s) {
    switch (s->kind) {
    case SL_S_FUNCTIONDEF: {
        if (!add_def(st, s->v.funcdef.name, SL_DEF_LOCAL, s->pos)) return false;
        if (!visit_defaults(st, s->v.funcdef.args)) return false;
        if (!visit_exprs(st, s->v.funcdef.decorators)) return false;
        if (!enter_block(st, s->v.funcdef.name, SL_BLOCK_FUNCTION, s)) return false;
        if (!visit_params(st, s->v.funcdef.args)) return false;
        if (!visit_stmts(st, s->v.funcdef.body)) return false;
        exit_block(st);
        return true;
    }
    case SL_S_CLASSDEF: {
        if (!add_def(st, s->v.classdef.name, SL_DEF_LOCAL, s->pos)) return false;
        if (!visit_exprs(st, s->v.classdef.bases)) return false;
        for (int i = 0; i < s->v.classdef.nkw; i++)
            if (!visit_expr(st, s->v.classdef.keywords[i].value)) return false;
        if (!visit_exprs(st, s->v.classdef.decorators)) return false;
        if (!enter_block(st, s->v.classdef.name, SL_BLOCK_CLASS, s)) return false;
        SlId saved = st->private_;
        st->private_ = s->v.classdef.name;
        st->cur->private_ = s->v.classdef.name;
        if (!visit_stmts(st, s->v.classdef.body)) return false;
        st->private_ = saved;
        exit_block(st);
        return true;
    }
    case SL_S_RETURN:
        return !s->v.ret.value || visit_expr(st, s->v.ret.value);
    case SL_S_DELETE:
        return visit_exprs(st, s->v.del.targets);
    case SL_S_ASSIGN:
        return visit_exprs(st, s->v.assign.targets) && visit_expr(st, s->v.assign.value);
    case SL_S_AUGASSIGN:
        return visit_expr(st, s->v.augassign.target) && visit_expr(st, s->v.augassign.value);
    case SL_S_ANNASSIGN: {
        SlExpr *t = s->v.annassign.target;
        if (t->kind == SL_E_NAME) {
            SlSymbol *sym = sym_find(st->cur, sl_mangle(st->arena, st->private_, t->v.name.id));
            int cur = sym ? sym->flags : 0;
            if ((cur & (SL_DEF_GLOBAL | SL_DEF_NONLOCAL)) && st->cur != st->top &&
                s->v.annassign.simple)
                return fail(st, s->pos, (cur & SL_DEF_GLOBAL) ? SM_GLOBAL_ANNOT : SM_NONLOCAL_ANNOT,
                            t->v.name.id);
            if (s->v.annassign.simple) {
                if (!add_def(st, t->v.name.id, SL_DEF_ANNOT | SL_DEF_LOCAL, t->pos)) return false;
                if (st->cur->type != SL_BLOCK_FUNCTION) st->cur->has_annotations = true;
            } else if (s->v.annassign.value) {
                if (!add_def(st, t->v.name.id, SL_DEF_LOCAL, t->pos)) return false;
            }
        } else {
            if (!visit_expr(st, t)) return false;
        }
        /* annotations are evaluated in modules and classes only */
        if (st->cur->type != SL_BLOCK_FUNCTION && s->v.annassign.simple &&
            !visit_expr(st, s->v.annassign.annotation))
            return false;
        return !s->v.annassign.value || visit_expr(st, s->v.annassign.value);
    }
    case SL_S_FOR:
        return visit_expr(st, s->v.for_.target) && visit_expr(st, s->v.for_.iter) &&
               visit_stmts(st, s->v.for_.body) && visit_stmts(st, s->v.for_.orelse);
    case SL_S_WHILE:
        return visit_expr(st, s->v.while_.test) && visit_stmts(st, s->v.while_.body) &&
               visit_stmts(st, s->v.while_.orelse);
    case SL_S_IF:
        return visit_expr(st, s->v.if_.test) && visit_stmts(st, s->v.if_.body) &&
               visit_stmts(st, s->v.if_.orelse);
    case SL_S_WITH:
        for (int i = 0; i < s->v.with.nitems; i++) {
            if (!visit_expr(st, s->v.with.items[i].context_expr)) return false;
            if (s->v.with.items[i].optional_vars && !visit_expr(st, s->v.with.items[i].optional_vars))
                return false;
        }
        return visit_stmts(st, s->v.with.body);
    case SL_S_RAISE:
        return (!s->v.raise.exc || visit_expr(st, s->v.raise.exc)) &&
               (!s->v.raise.cause || visit_expr(st, s->v.raise.cause));
    case SL_S_TRY:
        if (!visit_stmts(st, s->v.try_.body) || !visit_stmts(st, s->v.try_.orelse)) return false;
        for (int i = 0; i < s->v.try_.nhandlers; i++) {
            SlExceptHandler *h = &s->v.try_.handlers[i];
            if (h->type && !visit_expr(st, h->type)) return false;
            if (h->name && !add_def(st, h->name, SL_DEF_LOCAL, h->pos)) return false;
            if (!visit_stmts(st, h->body)) return false;
        }
        return visit_stmts(st, s->v.try_.finalbody);
    case SL_S_ASSERT:
        return visit_expr(st, s->v.assert_.test) &&
               (!s->v.assert_.msg || visit_expr(st, s->v.assert_.msg));
    case SL_S_IMPORT:
        for (int i = 0; i < s->v.import.n; i++) {
            SlAlias *a = &s->v.import.names[i];
            SlId store = a->asname;
            if (!store) {
                const char *dot = strchr(a->name, '.');
                store = dot ? sl_arena_id(st->arena, a->name, (size_t)(dot - a->name)) : a->name;
                if (!store) return nomem(st);
            }
            if (!add_def(st, store, SL_DEF_IMPORT, a->pos)) return false;
        }
        return true;
    case SL_S_IMPORTFROM:
        for (int i = 0; i < s->v.importfrom.n; i++) {
            SlAlias *a = &s->v.importfrom.names[i];
            if (a->name[0] == '*' && !a->name[1]) {
                if (st->cur->type != SL_BLOCK_MODULE) return fail(st, a->pos, SM_IMPORT_STAR, NULL);
                continue;
            }
            if (!add_def(st, a->asname ? a->asname : a->name, SL_DEF_IMPORT, a->pos)) return false;
        }
        return true;
    case SL_S_GLOBAL:
        return visit_global(st, s, true);
    case SL_S_NONLOCAL:
        return visit_global(st, s, false);
    case SL_S_EXPR:
        return visit_expr(st, s->v.expr.value);
    case SL_S_PASS:
    case SL_S_BREAK:
    case SL_S_CONTINUE:
        return true;
    }
    return true;
}

static bool visit_stmt(SlSymtable *st, SlStmt *s) {
    if (st->failed) return false;
    if (++st->depth > MAX_DEPTH) {
        st->err->kind = SL_SERR_RECURSION;
        snprintf(st->err->msg, sizeof st->err->msg, "%s", smsgs[SM_RECURSION]);
        st->failed = true;
        return false;
    }
    bool r = visit_stmt_inner(st, s);
    st->depth--;
    return r;
}

/* ---- analysis ------------------------------------------------------------------------------ */

/* A set of names (pointer identity): items for iteration plus a hash
 * index (-1 empty, -2 deleted). */
typedef struct NameSet {
    SlId *items;
    int n, cap;
    int *index;
    int capindex, used;     /* used: slots not empty (items + tombstones) */
} NameSet;

static size_t name_hash(SlId x) { return ptr_hash(x); }

static int set_slot(const NameSet *s, SlId x) {
    if (!s->capindex) return -1;
    size_t h = name_hash(x) & (size_t)(s->capindex - 1);
    while (s->index[h] != -1) {
        if (s->index[h] >= 0 && s->items[s->index[h]] == x) return (int)h;
        h = (h + 1) & (size_t)(s->capindex - 1);
    }
    return -1;
}

static bool set_has(const NameSet *s, SlId x) { return set_slot(s, x) >= 0; }

static bool set_rehash(SlSymtable *st, NameSet *s, int cap) {
    int *ni = malloc((size_t)cap * sizeof(int));
    if (!ni) return nomem(st);
    for (int i = 0; i < cap; i++) ni[i] = -1;
    for (int i = 0; i < s->n; i++) {
        size_t h = name_hash(s->items[i]) & (size_t)(cap - 1);
        while (ni[h] != -1) h = (h + 1) & (size_t)(cap - 1);
        ni[h] = i;
    }
    free(s->index);
    s->index = ni;
    s->capindex = cap;
    s->used = s->n;
    return true;
}

static bool set_add(SlSymtable *st, NameSet *s, SlId x) {
    if (set_has(s, x)) return true;
    if (s->n == s->cap) {
        int nc = s->cap ? s->cap * 2 : 16;
        SlId *ni = realloc(s->items, (size_t)nc * sizeof *ni);
        if (!ni) return nomem(st);
        s->items = ni;
        s->cap = nc;
    }
    s->items[s->n++] = x;
    if ((s->used + 1) * 2 > s->capindex) {
        int cap = s->capindex ? s->capindex : 16;
        while (cap < (s->n + 1) * 4) cap *= 2;
        return set_rehash(st, s, cap);
    }
    size_t h = name_hash(x) & (size_t)(s->capindex - 1);
    while (s->index[h] >= 0) h = (h + 1) & (size_t)(s->capindex - 1);
    if (s->index[h] == -1) s->used++;
    s->index[h] = s->n - 1;
    return true;
}

static void set_discard(NameSet *s, SlId x) {
    int slot = set_slot(s, x);
    if (slot < 0) return;
    int i = s->index[slot];
    s->index[slot] = -2;
    s->n--;
    if (i != s->n) {
        /* move the last item into the hole */
        SlId last = s->items[s->n];
        int ls = set_slot(s, last);
        s->items[i] = last;
        if (ls >= 0) s->index[ls] = i;
    }
}

static bool set_update(SlSymtable *st, NameSet *dst, const NameSet *src) {
    for (int i = 0; i < src->n; i++)
        if (!set_add(st, dst, src->items[i])) return false;
    return true;
}
static bool set_copy(SlSymtable *st, NameSet *dst, const NameSet *src) {
    memset(dst, 0, sizeof *dst);
    return set_update(st, dst, src);
}
static void set_free(NameSet *s) {
    free(s->items);
    free(s->index);
    memset(s, 0, sizeof *s);
}

static bool analyze_name(SlSymtable *st, SlScope *s, SlSymbol *sym, NameSet *bound, bool has_bound,
                         NameSet *local, NameSet *free_, NameSet *global) {
    int flags = sym->flags;
    SlId name = sym->name;
    if (flags & SL_DEF_GLOBAL) {
        if (flags & SL_DEF_NONLOCAL) return fail(st, sym->directive, SM_NONLOCAL_AND_GLOBAL, name);
        sym->scope = SL_SCOPE_GLOBAL_EXPLICIT;
        if (!set_add(st, global, name)) return false;
        if (has_bound) set_discard(bound, name);
        return true;
    }
    if (flags & SL_DEF_NONLOCAL) {
        if (!has_bound) return fail(st, sym->directive, SM_NONLOCAL_AT_MODULE, NULL);
        if (!set_has(bound, name)) return fail(st, sym->directive, SM_NONLOCAL_NO_BINDING, name);
        sym->scope = SL_SCOPE_FREE;
        s->has_free = true;
        return set_add(st, free_, name);
    }
    if (flags & SL_DEF_BOUND) {
        sym->scope = SL_SCOPE_LOCAL;
        if (!set_add(st, local, name)) return false;
        set_discard(global, name);
        return true;
    }
    if (has_bound && set_has(bound, name)) {
        sym->scope = SL_SCOPE_FREE;
        s->has_free = true;
        return set_add(st, free_, name);
    }
    sym->scope = SL_SCOPE_GLOBAL_IMPLICIT;
    if (s->nested) s->has_free = true;
    return true;
}

static bool analyze_block(SlSymtable *st, SlScope *s, NameSet *bound, bool has_bound, NameSet *free_,
                          NameSet *global);

static bool analyze_child(SlSymtable *st, SlScope *c, NameSet *bound, NameSet *free_,
                          NameSet *global, NameSet *child_free) {
    NameSet tb = {0}, tf = {0}, tg = {0};
    bool ok = set_copy(st, &tb, bound) && set_copy(st, &tf, free_) && set_copy(st, &tg, global) &&
              analyze_block(st, c, &tb, true, &tf, &tg) && set_update(st, child_free, &tf);
    set_free(&tb);
    set_free(&tf);
    set_free(&tg);
    return ok;
}

static bool analyze_block(SlSymtable *st, SlScope *s, NameSet *bound, bool has_bound, NameSet *free_,
                          NameSet *global) {
    NameSet local = {0}, newglobal = {0}, newfree = {0}, newbound = {0}, allfree = {0};
    bool ok = false;
    if (++st->depth > MAX_DEPTH) {
        st->err->kind = SL_SERR_RECURSION;
        snprintf(st->err->msg, sizeof st->err->msg, "%s", smsgs[SM_RECURSION]);
        st->failed = true;
        return false;
    }
    if (s->type == SL_BLOCK_CLASS) {
        if (!set_update(st, &newglobal, global)) goto done;
        if (has_bound && !set_update(st, &newbound, bound)) goto done;
    }
    for (int i = 0; i < s->nsyms; i++)
        if (!analyze_name(st, s, &s->syms[i], bound, has_bound, &local, free_, global)) goto done;
    if (s->type != SL_BLOCK_CLASS) {
        if (s->type == SL_BLOCK_FUNCTION && !set_update(st, &newbound, &local)) goto done;
        if (has_bound && !set_update(st, &newbound, bound)) goto done;
        if (!set_update(st, &newglobal, global)) goto done;
    } else {
        if (!set_add(st, &newbound, st->id_class)) goto done;
    }
    for (int i = 0; i < s->nchildren; i++) {
        SlScope *c = s->children[i];
        if (!analyze_child(st, c, &newbound, &newfree, &newglobal, &allfree)) goto done;
        if (c->has_free || c->child_free) s->child_free = true;
    }
    if (!set_update(st, &newfree, &allfree)) goto done;
    if (s->type == SL_BLOCK_FUNCTION) {
        /* locals used by inner scopes become cells */
        for (int i = 0; i < s->nsyms; i++) {
            SlSymbol *sym = &s->syms[i];
            if (sym->scope != SL_SCOPE_LOCAL) continue;
            if (!set_has(&newfree, sym->name)) continue;
            sym->scope = SL_SCOPE_CELL;
            set_discard(&newfree, sym->name);
        }
    } else if (s->type == SL_BLOCK_CLASS) {
        if (set_has(&newfree, st->id_class)) {
            set_discard(&newfree, st->id_class);
            s->needs_class_closure = true;
        }
    }
    /* free names of children not resolved here pass through */
    for (int i = 0; i < newfree.n; i++) {
        SlId name = newfree.items[i];
        SlSymbol *sym = sym_find(s, name);
        if (sym) {
            if (s->type == SL_BLOCK_CLASS && (sym->flags & (SL_DEF_BOUND | SL_DEF_GLOBAL)))
                sym->flags |= SL_DEF_FREE_CLASS;
            continue;
        }
        if (has_bound && !set_has(bound, name)) continue; /* a global */
        sym = sym_add(st, s, name);
        if (!sym) goto done;
        sym->scope = SL_SCOPE_FREE;
    }
    if (!set_update(st, free_, &newfree)) goto done;
    ok = true;
done:
    st->depth--;
    set_free(&local);
    set_free(&newglobal);
    set_free(&newfree);
    set_free(&newbound);
    set_free(&allfree);
    return ok;
}

bool sl_symtable_build(SlSymtable *st, SlArena *arena, SlModuleAst *mod, const char *buf,
                       size_t len, SlSyntaxErr *err, bool eval_mode) {
    memset(st, 0, sizeof *st);
    st->arena = arena;
    st->buf = buf;
    st->len = len;
    st->err = err;
    st->id_super = sl_arena_id(arena, "super", 5);
    st->id_class = sl_arena_id(arena, "__class__", 9);
    st->id_dot0 = sl_arena_id(arena, ".0", 2);
    SlId top = sl_arena_id(arena, "top", 3);
    if (!st->id_super || !st->id_class || !st->id_dot0 || !top) return nomem(st);
    if (!enter_block(st, top, SL_BLOCK_MODULE, mod)) return false;
    if (eval_mode) {
        if (mod->expr && !visit_expr(st, mod->expr)) return false;
    } else {
        if (!visit_stmts(st, mod->body)) return false;
    }
    exit_block(st);
    NameSet free_ = {0}, global = {0}, bound = {0};
    bool ok = analyze_block(st, st->top, &bound, false, &free_, &global);
    set_free(&free_);
    set_free(&global);
    set_free(&bound);
    return ok && !st->failed;
}

static void free_scope(SlScope *s) {
    for (int i = 0; i < s->nchildren; i++) free_scope(s->children[i]);
    free(s->children);
    free(s->syms);
    free(s->index);
    free(s->params);
    free(s);
}

void sl_symtable_free(SlSymtable *st) {
    if (st->top) free_scope(st->top);
    free(st->stack);
    free(st->keys);
    free(st->vals);
    memset(st, 0, sizeof *st);
}
