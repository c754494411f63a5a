/* gc.c: the cycle collector and the gc module.
 *
 * Reference counting frees most objects the moment CPython would.  Objects
 * in reference cycles are found as CPython's collector finds them: for
 * every container, count the references coming from other containers;
 * those with references from outside are reachable, and so is everything
 * they reach; the rest is garbage.  slotlab finds the containers by
 * walking its allocator's pools, so objects carry no tracking links. */
#include "gc.h"

#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "dict.h"
#include "errors.h"
#include "int.h"
#include "memory.h"
#include "module.h"
#include "tuple.h"
#include "vm.h"
#include "weakref.h"

typedef struct {
    SlObject **objs;
    int64_t *refs;       /* external references (gc_refs) */
    size_t n, cap;
    size_t *table;       /* open addressing: object -> index + 1 */
    size_t mask;
} Graph;

typedef struct SlGC {
    bool enabled;
    size_t allocations;   /* container allocations since the last collection */
    size_t threshold;
    size_t collections;
    bool collecting;
} SlGC;

static SlGC *gcstate(SlVM *vm) {
    if (!vm->gc) {
        SlGC *g = calloc(1, sizeof(SlGC));
        if (!g) return NULL;
        g->enabled = true;
        g->threshold = 100000;
        vm->gc = g;
    }
    return vm->gc;
}

static bool is_container(SlObject *o) {
    return (o->type->flags & SL_TPFLAGS_HAVE_GC) && o->type->traverse && o->refcnt < SL_IMMORTAL;
}

static void collect_cb(SlObject *o, void *arg) {
    Graph *g = arg;
    if (!is_container(o)) return;
    if (g->n == g->cap) {
        size_t nc = g->cap ? g->cap * 2 : 1024;
        SlObject **no = realloc(g->objs, nc * sizeof *no);
        if (!no) return;
        g->objs = no;
        g->cap = nc;
    }
    g->objs[g->n++] = o;
}

static size_t hash_ptr(const void *p) { return (size_t)((uintptr_t)p >> 4) * 0x9E3779B97F4A7C15ull; }

static int64_t find(Graph *g, SlObject *o) {
    size_t i = hash_ptr(o) & g->mask;
    while (g->table[i]) {
        if (g->objs[g->table[i] - 1] == o) return (int64_t)g->table[i] - 1;
        i = (i + 1) & g->mask;
    }
    return -1;
}

static void subtract_cb(SlValue v, void *arg) {
    Graph *g = arg;
    if (!SL_IS_OBJ(v)) return;
    int64_t i = find(g, SL_AS_OBJ(v));
    if (i >= 0) g->refs[i]--;
}

typedef struct {
    Graph *g;
    size_t *stack;
    size_t sp, cap;
} Marker;

static void mark_cb(SlValue v, void *arg) {
    Marker *m = arg;
    if (!SL_IS_OBJ(v)) return;
    int64_t i = find(m->g, SL_AS_OBJ(v));
    if (i < 0 || m->g->refs[i] < 0) return;  /* not a container, or already reachable */
    m->g->refs[i] = -1;                       /* reachable */
    if (m->sp == m->cap) {
        size_t nc = m->cap ? m->cap * 2 : 256;
        size_t *ns = realloc(m->stack, nc * sizeof *ns);
        if (!ns) return;
        m->stack = ns;
        m->cap = nc;
    }
    m->stack[m->sp++] = (size_t)i;
}

/* Is ref one of the garbage found by this collection (gc_refs >= 0)? */
static bool is_garbage(SlObject *ref, void *arg) {
    Graph *g = arg;
    int64_t i = find(g, ref);
    return i >= 0 && g->refs[i] >= 0;
}

size_t sl_gc_collect(SlVM *vm) {
    SlGC *st = gcstate(vm);
    if (!st || st->collecting) return 0;
    st->collecting = true;
    Graph g = {0};
    sl_mem_walk(vm->mem, collect_cb, &g);
    size_t found = 0;
    if (g.n) {
        size_t tsize = 1;
        while (tsize < g.n * 2) tsize <<= 1;
        g.table = calloc(tsize, sizeof(size_t));
        g.refs = malloc(g.n * sizeof(int64_t));
        if (!g.table || !g.refs) goto done;
        g.mask = tsize - 1;
        for (size_t k = 0; k < g.n; k++) {
            size_t i = hash_ptr(g.objs[k]) & g.mask;
            while (g.table[i]) i = (i + 1) & g.mask;
            g.table[i] = k + 1;
            g.refs[k] = g.objs[k]->refcnt;
        }
        for (size_t k = 0; k < g.n; k++) g.objs[k]->type->traverse(g.objs[k], subtract_cb, &g);
        /* everything with outside references is reachable, and so is what it reaches */
        Marker m = {&g, NULL, 0, 0};
        for (size_t k = 0; k < g.n; k++) {
            if (g.refs[k] > 0) {
                g.refs[k] = -1;
                if (m.sp == m.cap) {
                    size_t nc = m.cap ? m.cap * 2 : 256;
                    size_t *ns = realloc(m.stack, nc * sizeof *ns);
                    if (!ns) break;
                    m.stack = ns;
                    m.cap = nc;
                }
                m.stack[m.sp++] = k;
            }
            while (m.sp) {
                size_t i = m.stack[--m.sp];
                g.objs[i]->type->traverse(g.objs[i], mark_cb, &m);
            }
        }
        free(m.stack);
        /* hold every piece of garbage; as CPython's handle_weakrefs, weak
         * references to it die before anything is torn down, and only refs
         * that are not garbage themselves get their callbacks called */
        for (size_t k = 0; k < g.n; k++)
            if (g.refs[k] >= 0) g.objs[k]->refcnt++;
        for (size_t k = 0; k < g.n; k++)
            if (g.refs[k] >= 0 && sl_weakref_has_refs(SL_OBJ(g.objs[k])))
                sl_weakref_clear_all_ex(vm, SL_OBJ(g.objs[k]), is_garbage, &g);
        /* the rest is garbage: break their references, release */
        size_t ngarbage = 0;
        for (size_t k = 0; k < g.n; k++)
            if (g.refs[k] >= 0) g.objs[ngarbage++] = g.objs[k];
        for (size_t k = 0; k < ngarbage; k++)
            if (g.objs[k]->type->clear) g.objs[k]->type->clear(vm, g.objs[k]);
        for (size_t k = 0; k < ngarbage; k++) sl_decref(vm, SL_OBJ(g.objs[k]));
        found = ngarbage;
    }
done:
    free(g.objs);
    free(g.refs);
    free(g.table);
    st->allocations = 0;
    st->collections++;
    st->collecting = false;
    return found;
}

void sl_gc_maybe_collect(SlVM *vm) {
    SlGC *st = gcstate(vm);
    size_t allocs = vm->gc_allocs;
    vm->gc_allocs = 0;
    if (!st || !st->enabled || st->collecting) return;
    st->allocations += allocs;
    /* amortised: collect when new containers reach about the heap's size */
    size_t live = sl_mem_in_use(vm->mem) / 64;
    if (st->allocations < st->threshold || st->allocations < live) return;
    sl_gc_collect(vm);
}

void sl_gc_free(SlVM *vm) {
    free(vm->gc);
    vm->gc = NULL;
}

/* ---- the gc module ----------------------------------------------------------------------- */

static SlValue gc_collect(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self; (void)args;
    if (!sl_args_check(vm, "collect", nargs, kw, 0, 1)) return SL_NULL;
    return sl_int_from_i64(vm, (int64_t)sl_gc_collect(vm));
}
static SlValue gc_enable(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self; (void)args;
    if (!sl_args_check(vm, "enable", nargs, kw, 0, 0)) return SL_NULL;
    gcstate(vm)->enabled = true;
    return SL_NONE;
}
static SlValue gc_disable(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self; (void)args;
    if (!sl_args_check(vm, "disable", nargs, kw, 0, 0)) return SL_NULL;
    gcstate(vm)->enabled = false;
    return SL_NONE;
}
static SlValue gc_isenabled(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self; (void)args;
    if (!sl_args_check(vm, "isenabled", nargs, kw, 0, 0)) return SL_NULL;
    return SL_BOOL(gcstate(vm)->enabled);
}
static SlValue gc_is_tracked(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    if (!sl_args_check(vm, "is_tracked", nargs, kw, 1, 1)) return SL_NULL;
    SlValue v = args[0];
    return SL_BOOL(SL_IS_OBJ(v) && (sl_type_of(v)->flags & SL_TPFLAGS_HAVE_GC));
}
static SlValue gc_get_count(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self; (void)args;
    if (!sl_args_check(vm, "get_count", nargs, kw, 0, 0)) return SL_NULL;
    SlGC *st = gcstate(vm);
    return sl_tuple_pack(vm, 3, SL_FROM_INT((int64_t)(st->allocations % 700)), SL_FROM_INT(0), SL_FROM_INT(0));
}

static const SlMethodDef gc_functions[] = {
    {"collect", gc_collect, 0, "Run the garbage collector."},
    {"enable", gc_enable, 0, NULL},
    {"disable", gc_disable, 0, NULL},
    {"isenabled", gc_isenabled, 0, NULL},
    {"is_tracked", gc_is_tracked, 0, NULL},
    {"get_count", gc_get_count, 0, NULL},
    {NULL, NULL, 0, NULL}};

SlValue sl_mod_gc_init(SlVM *vm) {
    SlValue m = sl_module_new(vm, "gc");
    if (!m) return SL_NULL;
    if (!sl_module_add_functions(vm, m, gc_functions)) {
        sl_decref(vm, m);
        return SL_NULL;
    }
    return m;
}
