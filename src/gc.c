/* gc.c: the cycle collector and the gc module.
 *
 * Reference counting frees most objects the moment CPython would.  Objects
 * in reference cycles are found as CPython's collector finds them: for
 * every container, count the references coming from other containers;
 * those with references from outside are reachable, and so is everything
 * they reach; the rest is garbage.  slotlab finds the containers by
 * walking its allocator's pools, so objects carry no tracking links.
 *
 * What the collector reports must be what CPython's would, so it works on
 * CPython's view of the heap rather than slotlab's own:
 *   - only objects CPython tracks are nodes: a dict is tracked from the
 *     first container put in it, a tuple until a collection sees it holds
 *     only atoms (gc.h keeps both as header bits), static types never;
 *   - in 3.11+ CPython has only a values array for an instance's
 *     attributes until obj.__dict__ is read: the instance visits the values
 *     itself.  slotlab mostly keeps values too (instance.h); where it made
 *     a dict before CPython would, the dict is no object and the instance
 *     visits the dict's values in its place;
 *   - 3.13 keeps the values inline even after __dict__ is read: the
 *     instance visits the values, and the dict visits nothing (so a cycle
 *     through such a dict finds the instance but not the dict). */
#include "gc.h"
#include "memmodel.h"

#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "dict.h"
#include "errors.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "memory.h"
#include "module.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"
#include "weakref.h"

enum { NUM_GENERATIONS = 3 };
enum {
    DEBUG_STATS = 1, DEBUG_COLLECTABLE = 2, DEBUG_UNCOLLECTABLE = 4, DEBUG_SAVEALL = 32,
    DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL,
};

typedef struct SlGC {
    bool enabled;
    bool collecting;
    size_t allocations;       /* container allocations since the last collection */
    size_t min_automatic;     /* slotlab's own pace for automatic collections (see maybe_collect) */
    int64_t threshold[NUM_GENERATIONS];
    int64_t count1, count2;   /* get_count()[1:] as of the last collection */
    bool startup_frozen;      /* gc.freeze() took CPython's start-up objects too */
    int64_t debug;
    SlValue garbage;          /* the list gc.garbage (owned) */
    SlValue callbacks;        /* the list gc.callbacks (owned) */
    struct { int64_t collections, collected, uncollectable; } stats[NUM_GENERATIONS];
} SlGC;

static SlGC *gcstate(SlVM *vm) {
    if (!vm->gc) {
        SlGC *g = calloc(1, sizeof(SlGC));
        if (!g) return NULL;
        g->enabled = true;
        g->min_automatic = 100000;
        g->threshold[0] = vm->ver->gc_threshold0;
        g->threshold[1] = 10;
        g->threshold[2] = 10;
        vm->gc = g;
    }
    return vm->gc;
}

/* ---- CPython's view of an object --------------------------------------------------------- */

enum { DICT_OBJECT, DICT_VALUES, DICT_EMBEDDED };

/* How CPython holds the attributes an instance dict d models. */
static int dict_view(const SlDict *d) {
    const SlAttrModel *am = sl_dict_am(d);
    if (!am || !am->instance) return DICT_OBJECT;
    if (!am->materialized) return DICT_VALUES;   /* 3.11+: no dict object yet */
    if (sl_mm_values_inline(d)) return DICT_EMBEDDED;
    return DICT_OBJECT;
}

/* The instance dict in o's __dict__ slot, or SL_NULL. */
static SlValue instance_dict(SlObject *o) {
    SlType *t = o->type;
    if (!(t->flags & SL_TPFLAGS_HEAPTYPE) || !t->dictoffset) return SL_NULL;
    SlValue d = *(SlValue *)((char *)o + t->dictoffset);
    return d && SL_AS_OBJ(d)->type == &sl_dict_type ? d : SL_NULL;
}

/* Does CPython's collector track o (_PyObject_GC_IS_TRACKED)? */
static bool cpy_tracked(SlObject *o) {
    SlType *t = o->type;
    if (!(t->flags & SL_TPFLAGS_HAVE_GC) || !t->traverse) return false;
    if (t == &sl_dict_type)
        return (o->flags16 & SL_GC_TRACKED_DICT) && dict_view((SlDict *)o) != DICT_VALUES;
    return sl_gc_may_be_tracked(SL_OBJ(o));
}

bool sl_gc_is_tracked(SlVM *vm, SlValue v) {
    (void)vm;
    return SL_IS_OBJ(v) && cpy_tracked(SL_AS_OBJ(v));
}

typedef struct {
    SlVisitFn visit;
    void *arg;
    SlValue dict;   /* visit its values instead of it */
} Expand;

static void expand_cb(SlValue v, void *arg) {
    Expand *e = arg;
    if (v != e->dict) {
        e->visit(v, e->arg);
        return;
    }
    size_t pos = 0;
    SlValue k, val;
    while (sl_dict_next(v, &pos, &k, &val)) e->visit(val, e->arg);
}

/* tp_traverse as CPython's object would do it (see the top of the file). */
static void cpy_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    SlType *t = o->type;
    if (!t->traverse) return;
    if (t == &sl_dict_type && dict_view((SlDict *)o) == DICT_EMBEDDED) return;
    SlValue d = instance_dict(o);
    if (d && dict_view(SL_DICT(d)) != DICT_OBJECT) {
        Expand e = {visit, arg, d};
        t->traverse(o, expand_cb, &e);
        return;
    }
    t->traverse(o, visit, arg);
}

/* ---- finalizers (PEP 442) ------------------------------------------------------------------ */


/* The class's __del__ (borrowed), or SL_NULL: tp_finalize of a class. */
static SlValue del_method(SlObject *o) {
    static SlValue name;   /* interned once (immortal): asked at every instance's death */
    if (!(o->type->flags & SL_TPFLAGS_HEAPTYPE)) return SL_NULL;
    if (!name) name = sl_intern_cstr("__del__");
    return sl_type_lookup(o->type, name);
}

/* PyObject_CallFinalizer: run __del__ once per object; errors are
 * reported as unraisable, and the exception being handled survives. */
static void call_finalizer(SlVM *vm, SlObject *o) {
    if (o->flags16 & SL_GC_FINALIZED) return;
    SlValue del = del_method(o);
    if (!del) return;
    o->flags16 |= SL_GC_FINALIZED;
    SlValue saved = vm->exc;
    vm->exc = SL_NULL;
    sl_incref(del);
    SlValue r = sl_call1(vm, del, SL_OBJ(o));
    if (r) sl_decref(vm, r);
    else sl_write_unraisable(vm, del);
    sl_decref(vm, del);
    vm->exc = saved;
}

bool sl_gc_finalize_dealloc(SlVM *vm, SlObject *o) {
    if (vm->finalizing || (o->flags16 & SL_GC_FINALIZED) || !del_method(o)) return false;
    o->refcnt = 1;   /* resurrect it for the call */
    call_finalizer(vm, o);
    return --o->refcnt != 0;
}

/* ---- the collector --------------------------------------------------------------------------- */

/* The collector's graph: about 21 bytes per container for the length of
 * a collection (32-bit counts and indices keep a big heap's peak low). */
typedef struct {
    SlObject **objs;
    int32_t *refs;       /* gc_refs; < 0: reachable */
    size_t n, cap;
    uint32_t *table;     /* open addressing: object -> index + 1 */
    size_t mask;
    bool failed;
} Graph;

static void collect_cb(SlObject *o, void *arg) {
    Graph *g = arg;
    if (o->refcnt >= SL_IMMORTAL || (o->flags16 & SL_GC_FROZEN) || !cpy_tracked(o)) return;
    if (g->n == g->cap) {
        size_t nc = g->cap ? g->cap * 2 : 1024;
        SlObject **no = realloc(g->objs, nc * sizeof *no);
        if (!no) {
            g->failed = true;
            return;
        }
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
/* (a heap of more than 2**32 - 1 containers would need wider indices) */

static void subtract_cb(SlValue v, void *arg) {
    Graph *g = arg;
    if (!SL_IS_OBJ(v)) return;
    int64_t i = find(g, SL_AS_OBJ(v));
    if (i >= 0) g->refs[i]--;
}

typedef struct {
    Graph *g;
    uint32_t *stack;
    size_t sp, cap;
    bool failed;
} Marker;

static void push(Marker *m, size_t i) {
    if (m->sp == m->cap) {
        size_t nc = m->cap ? m->cap * 2 : 256;
        uint32_t *ns = realloc(m->stack, nc * sizeof *ns);
        if (!ns) {
            m->failed = true;
            return;
        }
        m->stack = ns;
        m->cap = nc;
    }
    m->stack[m->sp++] = (uint32_t)i;
}

static void mark_cb(SlValue v, void *arg) {
    Marker *m = arg;
    if (!SL_IS_OBJ(v)) return;
    int64_t i = find(m->g, SL_AS_OBJ(v));
    if (i < 0 || m->g->refs[i] < 0) return;  /* not a node, or already reachable */
    m->g->refs[i] = -1;
    push(m, (size_t)i);
}

/* Everything with gc_refs > 0 is reachable, and so is what it reaches:
 * leaves refs[k] = -1 for those, >= 0 for the unreachable.  Only nodes
 * with live[k] (or every node when live is NULL) take part. */
static bool mark_reachable(Graph *g, const bool *live) {
    Marker m = {g, NULL, 0, 0, false};
    for (size_t k = 0; k < g->n; k++) {
        if ((live && !live[k]) || g->refs[k] <= 0) continue;
        g->refs[k] = -1;
        push(&m, k);
        while (m.sp && !m.failed) {
            size_t i = m.stack[--m.sp];
            cpy_traverse(g->objs[i], mark_cb, &m);
        }
    }
    free(m.stack);
    return !m.failed;
}

/* Is ref one of the garbage found by this collection (gc_refs >= 0)? */
static bool is_garbage(SlObject *ref, void *arg) {
    Graph *g = arg;
    int64_t i = find(g, ref);
    return i >= 0 && g->refs[i] >= 0;
}

/* _PyTuple_MaybeUntrack / _PyDict_MaybeUntrack */
static void maybe_untrack(SlObject *o, bool dicts) {
    if (o->type == &sl_tuple_type) {
        SlTuple *t = (SlTuple *)o;
        for (size_t i = 0; i < t->size; i++)
            if (!t->items[i] || sl_gc_may_be_tracked(t->items[i])) return;
        o->flags16 |= SL_GC_UNTRACKED;
    } else if (dicts && o->type == &sl_dict_type) {
        size_t pos = 0;
        SlValue k, v;
        while (sl_dict_next(SL_OBJ(o), &pos, &k, &v))
            if (sl_gc_may_be_tracked(k) || sl_gc_may_be_tracked(v)) return;
        o->flags16 &= (uint16_t)~SL_GC_TRACKED_DICT;
    }
}

/* invoke_gc_callback: call every gc.callbacks entry with (phase, info). */
static void invoke_callbacks(SlVM *vm, SlGC *st, const char *phase, int gen, int64_t collected,
                             int64_t uncollectable) {
    if (!st->callbacks || !SL_IS_LIST(st->callbacks) || SL_LIST(st->callbacks)->size == 0) return;
    SlValue saved = vm->exc;
    vm->exc = SL_NULL;
    SlValue info = sl_dict_new(vm);
    SlValue ph = sl_str_from_cstr(vm, phase);
    if (!info || !ph || !sl_dict_set_cstr(vm, info, "generation", SL_FROM_INT(gen)) ||
        !sl_dict_set_cstr(vm, info, "collected", SL_FROM_INT(collected)) ||
        !sl_dict_set_cstr(vm, info, "uncollectable", SL_FROM_INT(uncollectable))) {
        sl_write_unraisable(vm, SL_NONE);
    } else {
        sl_incref(st->callbacks);
        for (size_t i = 0; i < SL_LIST(st->callbacks)->size; i++) {
            SlValue cb = sl_incref(SL_LIST(st->callbacks)->items[i]);
            SlValue r = sl_call2(vm, cb, ph, info);
            if (r) sl_decref(vm, r);
            else sl_write_unraisable(vm, cb);
            sl_decref(vm, cb);
        }
        sl_decref(vm, st->callbacks);
    }
    sl_xdecref(vm, info);
    sl_xdecref(vm, ph);
    vm->exc = saved;
}

/* get_count() as CPython would show it: slotlab counts allocations and
 * pictures the young collections CPython would have run meanwhile. */
static void counts(SlVM *vm, SlGC *st, int64_t c[NUM_GENERATIONS]) {
    int64_t a = (int64_t)(st->allocations + vm->gc_allocs);
    int64_t t0 = st->threshold[0], t1 = st->threshold[1], t2 = st->threshold[2];
    int64_t young = t0 > 0 ? a / (t0 + 1) : 0;
    c[0] = t0 > 0 ? a % (t0 + 1) : a;
    int64_t c1 = st->count1 + young;
    int64_t mid = t1 > 0 ? c1 / (t1 + 1) : 0;
    c[1] = t1 > 0 ? c1 % (t1 + 1) : c1;
    int64_t c2 = st->count2 + mid;
    c[2] = t2 > 0 ? c2 % (t2 + 1) : c2;
}

/* One collection of `generation` (slotlab always looks at the whole heap).
 * Returns the number of unreachable objects found, or -1 when already
 * collecting (CPython's gc.collect() then returns 0). */
static int64_t collect(SlVM *vm, int generation) {
    SlGC *st = gcstate(vm);
    if (!st || st->collecting) return -1;
    st->collecting = true;
    invoke_callbacks(vm, st, "start", generation, 0, 0);
    int64_t cnt[NUM_GENERATIONS];
    counts(vm, st, cnt);
    vm->gc_allocs = 0;

    Graph g = {0};
    bool *live = NULL;
    int64_t collected = 0;
    sl_mem_walk(vm->mem, collect_cb, &g);
    if (g.failed || !g.n || g.n >= UINT32_MAX / 2) goto done;
    size_t tsize = 1;
    while (tsize < g.n * 2) tsize <<= 1;
    g.table = calloc(tsize, sizeof(uint32_t));
    g.refs = malloc(g.n * sizeof(int32_t));
    live = calloc(g.n, sizeof(bool));
    if (!g.table || !g.refs || !live) goto done;
    g.mask = tsize - 1;
    for (size_t k = 0; k < g.n; k++) {
        size_t i = hash_ptr(g.objs[k]) & g.mask;
        while (g.table[i]) i = (i + 1) & g.mask;
        g.table[i] = (uint32_t)(k + 1);
        g.refs[k] = (int32_t)g.objs[k]->refcnt;
    }
    /* update_refs, subtract_refs, move_unreachable */
    for (size_t k = 0; k < g.n; k++) cpy_traverse(g.objs[k], subtract_cb, &g);
    if (!mark_reachable(&g, NULL)) goto done;
    /* untrack_tuples; untrack_dicts only in full collections (issue #14775) */
    for (size_t k = 0; k < g.n; k++)
        if (g.refs[k] < 0) maybe_untrack(g.objs[k], generation == NUM_GENERATIONS - 1);

    /* Hold every piece of garbage.  As CPython's handle_weakrefs, weak
     * references to it die before any finalizer runs, and only refs that
     * are not garbage themselves get their callbacks called. */
    size_t ngarbage = 0;
    for (size_t k = 0; k < g.n; k++)
        if (g.refs[k] >= 0) {
            g.objs[k]->refcnt++;
            ngarbage++;
        }
    if (!ngarbage) goto done;
    for (size_t k = 0; k < g.n; k++)
        if (g.refs[k] >= 0 && sl_weakref_has_refs(SL_OBJ(g.objs[k])))
            sl_weakref_clear_all_ex(vm, SL_OBJ(g.objs[k]), is_garbage, &g);

    /* finalize_garbage, then handle_resurrected_objects: what __del__
     * made reachable again (and all it reaches) is not collected. */
    bool finalized = false;
    for (size_t k = 0; k < g.n; k++) {
        SlObject *o = g.objs[k];
        if (g.refs[k] >= 0 && !(o->flags16 & SL_GC_FINALIZED) && del_method(o)) {
            call_finalizer(vm, o);
            finalized = true;
        }
    }
    size_t nfinal = ngarbage;
    if (finalized) {
        for (size_t k = 0; k < g.n; k++) {
            live[k] = g.refs[k] >= 0;
            if (live[k]) g.refs[k] = (int32_t)g.objs[k]->refcnt - 1;
        }
        for (size_t k = 0; k < g.n; k++)
            if (live[k]) cpy_traverse(g.objs[k], subtract_cb, &g);
        for (size_t k = 0; k < g.n; k++)   /* non-garbage nodes must stay "reachable" */
            if (!live[k]) g.refs[k] = -1;
        if (!mark_reachable(&g, live)) {
            for (size_t k = 0; k < g.n; k++)
                if (live[k]) g.refs[k] = -1;   /* out of memory: keep everything */
        }
        size_t resurrected = 0;
        for (size_t k = 0; k < g.n; k++)
            if (live[k] && g.refs[k] < 0) resurrected++;
        if (resurrected && vm->ver->gc_resurrect_all)
            for (size_t k = 0; k < g.n; k++)
                if (live[k]) g.refs[k] = -1;
        nfinal = 0;
        for (size_t k = 0; k < g.n; k++)
            if (live[k] && g.refs[k] >= 0) nfinal++;
    } else {
        for (size_t k = 0; k < g.n; k++) live[k] = g.refs[k] >= 0;
    }
    collected = (int64_t)nfinal;

    /* delete_garbage: break the cycles (or, with DEBUG_SAVEALL, keep the
     * garbage in gc.garbage), then let go of everything held */
    size_t nheld = 0;
    for (size_t k = 0; k < g.n; k++) {
        if (!live[k]) continue;
        g.objs[nheld] = g.objs[k];
        live[nheld++] = g.refs[k] >= 0;
    }
    for (size_t k = 0; k < nheld; k++) {
        if (!live[k]) continue;
        if (st->debug & DEBUG_SAVEALL) {
            if (st->garbage && !sl_list_append(vm, st->garbage, SL_OBJ(g.objs[k]))) sl_exc_clear(vm);
        } else if (g.objs[k]->type->clear) {
            g.objs[k]->type->clear(vm, g.objs[k]);
        }
    }
    for (size_t k = 0; k < nheld; k++) sl_decref(vm, SL_OBJ(g.objs[k]));

done:
    free(g.objs);
    free(g.refs);
    free(g.table);
    free(live);
    /* the generations up to this one are empty now, the next one grew */
    if (generation == 0) {
        st->count1 = cnt[1] + 1;
        st->count2 = cnt[2];
    } else if (generation == 1) {
        st->count1 = 0;
        st->count2 = cnt[2] + 1;
    } else {
        st->count1 = st->count2 = 0;
        sl_mm_clear_freelists(vm);   /* a full collection empties CPython's free lists */
    }
    st->allocations = 0;
    st->stats[generation].collections++;
    st->stats[generation].collected += collected;
    invoke_callbacks(vm, st, "stop", generation, collected, 0);
    st->collecting = false;
    return collected;
}

size_t sl_gc_collect(SlVM *vm) {
    int64_t n = collect(vm, NUM_GENERATIONS - 1);
    return n > 0 ? (size_t)n : 0;
}

void sl_gc_maybe_collect(SlVM *vm) {
    SlGC *st = gcstate(vm);
    if (!st || st->collecting) return;
    st->allocations += vm->gc_allocs;
    vm->gc_allocs = 0;
    if (!st->enabled || st->threshold[0] <= 0) return;
    /* CPython looks at the young generation every threshold0 allocations;
     * slotlab looks at the whole heap, so it waits until the new
     * containers are about as many as the heap holds (amortised). */
    size_t live = sl_mem_in_use(vm->mem) / 64;
    if (st->allocations < st->min_automatic || st->allocations < live) return;
    collect(vm, 0);
}

void sl_gc_free(SlVM *vm) {
    SlGC *st = vm->gc;
    if (!st) return;
    vm->gc = NULL;
    sl_xdecref(vm, st->garbage);
    sl_xdecref(vm, st->callbacks);
    free(st);
}

/* ---- the gc module ----------------------------------------------------------------------- */

/* A C int argument as Argument Clinic / PyArg_Parse "i" convert it. */
static bool int_arg(SlVM *vm, SlValue v, int *out, bool clinic) {
    if (!SL_IS_INTLIKE(v)) {
        if (vm->ver->msg_index_int_required) {
            if (SL_IS_FLOAT(v)) {
                sl_raise(vm, SL_TypeError, "integer argument expected, got float");
                return false;
            }
            if (!sl_type_of(v)->index) {
                sl_raise(vm, SL_TypeError, "an integer is required (got type %s)", sl_type_name(v));
                return false;
            }
        }
    }
    SlValue i = sl_index(vm, v);
    if (!i) return false;
    int64_t n;
    bool ok = sl_int_as_i64(vm, i, &n);
    if (!ok) {   /* beyond 64 bits: only its sign matters */
        sl_exc_clear(vm);
        n = sl_compare_bool(vm, i, SL_FROM_INT(0), SL_GT) > 0 ? INT64_MAX : INT64_MIN;
        sl_exc_clear(vm);
    }
    sl_decref(vm, i);
    if (n > 2147483647 || n < -2147483647 - 1) {
        if (clinic) sl_raise(vm, SL_OverflowError, "Python int too large to convert to C int");
        else if (n > 0) sl_raise(vm, SL_OverflowError, "signed integer is greater than maximum");
        else sl_raise(vm, SL_OverflowError, "signed integer is less than minimum");
        return false;
    }
    *out = (int)n;
    return true;
}

/* "gc.f" in Argument Clinic's messages (3.9+), "f" before */
static const char *fname(SlVM *vm, const char *name, char *buf, size_t size) {
    if (!vm->ver->gc_clinic_names) return name;
    snprintf(buf, size, "gc.%s", name);
    return buf;
}

#define CHECK_ARGS(name, lo, hi)                                                                  \
    do {                                                                                          \
        char buf_[40];                                                                            \
        if (!sl_args_check(vm, fname(vm, name, buf_, sizeof buf_), nargs, kw, lo, hi))           \
            return SL_NULL;                                                                       \
    } while (0)

static SlValue gc_collect(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    static const char *const names[] = {"generation", NULL};
    SlValue a;
    if (!sl_args_parse(vm, "collect", args, nargs, kw, names, 0, 1, &a)) return SL_NULL;
    int gen = NUM_GENERATIONS - 1;
    if (a && !int_arg(vm, a, &gen, true)) return SL_NULL;
    if (gen < 0 || gen >= NUM_GENERATIONS) return sl_raise(vm, SL_ValueError, "invalid generation");
    int64_t n = collect(vm, gen);
    return sl_int_from_i64(vm, n > 0 ? n : 0);
}

static SlValue gc_enable(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self; (void)args;
    CHECK_ARGS("enable", 0, 0);
    gcstate(vm)->enabled = true;
    return SL_NONE;
}

static SlValue gc_disable(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self; (void)args;
    CHECK_ARGS("disable", 0, 0);
    gcstate(vm)->enabled = false;
    return SL_NONE;
}

static SlValue gc_isenabled(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self; (void)args;
    CHECK_ARGS("isenabled", 0, 0);
    return SL_BOOL(gcstate(vm)->enabled);
}

static SlValue gc_is_tracked(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    CHECK_ARGS("is_tracked", 1, 1);
    return SL_BOOL(sl_gc_is_tracked(vm, args[0]));
}

static SlValue gc_is_finalized(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                               SlValue kw) {
    (void)self;
    CHECK_ARGS("is_finalized", 1, 1);
    SlValue v = args[0];
    return SL_BOOL(SL_IS_OBJ(v) && (SL_AS_OBJ(v)->type->flags & SL_TPFLAGS_HAVE_GC) &&
                   (SL_AS_OBJ(v)->flags16 & SL_GC_FINALIZED));
}

static SlValue gc_get_count(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self; (void)args;
    CHECK_ARGS("get_count", 0, 0);
    int64_t c[NUM_GENERATIONS];
    counts(vm, gcstate(vm), c);
    return sl_tuple_pack(vm, 3, SL_FROM_INT(c[0]), SL_FROM_INT(c[1]), SL_FROM_INT(c[2]));
}

static SlValue gc_get_threshold(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                SlValue kw) {
    (void)self; (void)args;
    CHECK_ARGS("get_threshold", 0, 0);
    SlGC *st = gcstate(vm);
    return sl_tuple_pack(vm, 3, SL_FROM_INT(st->threshold[0]), SL_FROM_INT(st->threshold[1]),
                         SL_FROM_INT(st->threshold[2]));
}

static SlValue gc_set_threshold(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                SlValue kw) {
    (void)self;
    if (!sl_args_no_kw(vm, "set_threshold", kw)) return SL_NULL;
    if (nargs < 1 || nargs > 3) {
        if (vm->ver->gc_varargs_clinic)
            return sl_raise(vm, SL_TypeError, "gc.set_threshold requires 1 to 3 arguments");
        if (nargs < 1)
            return sl_raise(vm, SL_TypeError, "set_threshold() takes at least 1 argument (0 given)");
        return sl_raise(vm, SL_TypeError, "set_threshold() takes at most 3 arguments (%zu given)",
                        nargs);
    }
    int t[NUM_GENERATIONS];
    for (size_t i = 0; i < nargs; i++)
        if (!int_arg(vm, args[i], &t[i], false)) return SL_NULL;
    SlGC *st = gcstate(vm);
    for (size_t i = 0; i < nargs; i++) st->threshold[i] = t[i];
    return SL_NONE;
}

static SlValue gc_get_debug(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self; (void)args;
    CHECK_ARGS("get_debug", 0, 0);
    return sl_int_from_i64(vm, gcstate(vm)->debug);
}

static SlValue gc_set_debug(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    CHECK_ARGS("set_debug", 1, 1);
    int flags;
    if (!int_arg(vm, args[0], &flags, true)) return SL_NULL;
    gcstate(vm)->debug = flags;
    return SL_NONE;
}

static SlValue gc_get_stats(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self; (void)args;
    CHECK_ARGS("get_stats", 0, 0);
    SlGC *st = gcstate(vm);
    SlValue l = sl_list_new(vm, 0);
    if (!l) return SL_NULL;
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        SlValue d = sl_dict_new(vm);
        if (!d || !sl_dict_set_cstr(vm, d, "collections", SL_FROM_INT(st->stats[i].collections)) ||
            !sl_dict_set_cstr(vm, d, "collected", SL_FROM_INT(st->stats[i].collected)) ||
            !sl_dict_set_cstr(vm, d, "uncollectable", SL_FROM_INT(st->stats[i].uncollectable)) ||
            !sl_list_append(vm, l, d)) {
            sl_xdecref(vm, d);
            sl_decref(vm, l);
            return SL_NULL;
        }
        sl_decref(vm, d);
    }
    return l;
}

/* ---- walking the tracked objects ----------------------------------------------------------- */

typedef struct {
    SlVM *vm;
    SlValue list;
    const SlValue *objs;   /* get_referrers: the objects looked for */
    size_t nobjs;
    bool hit, failed;
    int frozen;            /* which objects: 0 not frozen, 1 frozen, -1 any */
    size_t count;
} Walk;

static bool walk_wants(Walk *w, SlObject *o) {
    if (o->refcnt >= SL_IMMORTAL || !cpy_tracked(o)) return false;
    if (w->frozen < 0) return true;
    return ((o->flags16 & SL_GC_FROZEN) != 0) == (w->frozen == 1);
}

static void append(Walk *w, SlValue v) {
    if (!w->failed && !sl_list_append(w->vm, w->list, v)) w->failed = true;
}

static void objects_cb(SlObject *o, void *arg) {
    Walk *w = arg;
    if (walk_wants(w, o) && o != SL_AS_OBJ(w->list)) append(w, SL_OBJ(o));
}

static SlValue gc_get_objects(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                              SlValue kw) {
    (void)self;
    static const char *const names[] = {"generation", NULL};
    SlValue a;
    if (!sl_args_parse(vm, "get_objects", args, nargs, kw, names, 0, 1, &a)) return SL_NULL;
    int gen = -1;
    if (a && a != SL_NONE) {
        if (!SL_IS_INTLIKE(a) && !sl_type_of(a)->index)
            return sl_raise(vm, SL_TypeError, "argument should be integer or None, not '%s'",
                            sl_type_name(a));
        if (!int_arg(vm, a, &gen, true)) return SL_NULL;
        if (gen >= NUM_GENERATIONS)
            return sl_raise(vm, SL_ValueError,
                            "generation parameter must be less than the number of available "
                            "generations (%d)", NUM_GENERATIONS);
        if (gen < 0) gen = -1;   /* CPython lets a negative one through as "all" */
    }
    SlValue l = sl_list_new(vm, 0);
    if (!l) return SL_NULL;
    /* slotlab keeps no generations: after a collection everything is old */
    if (gen >= 0 && gen < NUM_GENERATIONS - 1) return l;
    Walk w = {vm, l, NULL, 0, false, false, 0, 0};
    sl_mem_walk(vm->mem, objects_cb, &w);
    if (w.failed) {
        sl_decref(vm, l);
        return SL_NULL;
    }
    return l;
}

static void referent_cb(SlValue v, void *arg) { append(arg, v); }

/* tp_traverse of the built-in containers visits every item, small ints
 * too (slotlab's own traverse skips what cannot be in a cycle); dicts
 * whose keys are all str visit only the values. */
static bool traverse_items(SlObject *o, Walk *w) {
    SlType *t = o->type;
    if (t == &sl_list_type) {
        for (size_t i = 0; i < ((SlList *)o)->size; i++) referent_cb(((SlList *)o)->items[i], w);
    } else if (t == &sl_tuple_type) {   /* tupletraverse goes from the end */
        for (size_t i = ((SlTuple *)o)->size; i-- > 0;)
            if (((SlTuple *)o)->items[i]) referent_cb(((SlTuple *)o)->items[i], w);
    } else if (t == &sl_set_type || t == &sl_frozenset_type) {
        size_t pos = 0;
        SlValue k;
        while (sl_set_next(SL_OBJ(o), &pos, &k)) referent_cb(k, w);
    } else if (t == &sl_dict_type && dict_view((SlDict *)o) == DICT_OBJECT) {
        size_t pos = 0;
        SlValue k, v;
        bool str_keys = true;
        while (str_keys && sl_dict_next(SL_OBJ(o), &pos, &k, &v))
            str_keys = SL_IS_OBJ(k) && SL_AS_OBJ(k)->type == &sl_str_type;
        pos = 0;
        while (sl_dict_next(SL_OBJ(o), &pos, &k, &v)) {
            referent_cb(v, w);
            if (!str_keys) referent_cb(k, w);
        }
    } else {
        return false;
    }
    return true;
}

static SlValue gc_get_referents(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                SlValue kw) {
    (void)self;
    if (!sl_args_no_kw(vm, vm->ver->gc_varargs_clinic ? "gc.get_referents" : "get_referents", kw))
        return SL_NULL;
    SlValue l = sl_list_new(vm, 0);
    if (!l) return SL_NULL;
    Walk w = {vm, l, NULL, 0, false, false, -1, 0};
    for (size_t i = 0; i < nargs; i++) {
        SlValue v = args[i];
        if (!SL_IS_OBJ(v) || !(SL_AS_OBJ(v)->type->flags & SL_TPFLAGS_HAVE_GC)) continue;
        if ((SL_AS_OBJ(v)->type->flags & SL_TPFLAGS_TYPE_SUBCLASS) &&
            !(((SlType *)SL_AS_OBJ(v))->flags & SL_TPFLAGS_HEAPTYPE))
            continue;   /* static types are not GC objects */
        if (!traverse_items(SL_AS_OBJ(v), &w)) cpy_traverse(SL_AS_OBJ(v), referent_cb, &w);
    }
    if (w.failed) {
        sl_decref(vm, l);
        return SL_NULL;
    }
    return l;
}

static void referrer_visit(SlValue v, void *arg) {
    Walk *w = arg;
    for (size_t i = 0; i < w->nobjs && !w->hit; i++)
        if (w->objs[i] == v) w->hit = true;
}

static void referrers_cb(SlObject *o, void *arg) {
    Walk *w = arg;
    if (!walk_wants(w, o) || o == SL_AS_OBJ(w->list)) return;
    w->hit = false;
    cpy_traverse(o, referrer_visit, w);
    if (w->hit) append(w, SL_OBJ(o));
}

static SlValue gc_get_referrers(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                SlValue kw) {
    (void)self;
    if (!sl_args_no_kw(vm, vm->ver->gc_varargs_clinic ? "gc.get_referrers" : "get_referrers", kw))
        return SL_NULL;
    SlValue l = sl_list_new(vm, 0);
    if (!l) return SL_NULL;
    Walk w = {vm, l, args, nargs, false, false, 0, 0};
    sl_mem_walk(vm->mem, referrers_cb, &w);
    if (w.failed) {
        sl_decref(vm, l);
        return SL_NULL;
    }
    return l;
}

static void freeze_cb(SlObject *o, void *arg) {
    Walk *w = arg;
    if (w->frozen == 0) {   /* freeze */
        if (walk_wants(w, o)) o->flags16 |= SL_GC_FROZEN;
    } else if (w->frozen == 1) {   /* unfreeze */
        o->flags16 &= (uint16_t)~SL_GC_FROZEN;
    } else if ((o->flags16 & SL_GC_FROZEN) && o->refcnt < SL_IMMORTAL && cpy_tracked(o)) {
        w->count++;
    }
}

static SlValue gc_freeze(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self; (void)args;
    CHECK_ARGS("freeze", 0, 0);
    Walk w = {vm, SL_NULL, NULL, 0, false, false, 0, 0};
    sl_mem_walk(vm->mem, freeze_cb, &w);
    SlGC *st = gcstate(vm);
    st->startup_frozen = true;
    st->allocations = 0;   /* the young generation moved too */
    vm->gc_allocs = 0;
    st->count1 = st->count2 = 0;
    return SL_NONE;
}

static SlValue gc_unfreeze(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self; (void)args;
    CHECK_ARGS("unfreeze", 0, 0);
    Walk w = {vm, SL_NULL, NULL, 0, false, false, 1, 0};
    sl_mem_walk(vm->mem, freeze_cb, &w);
    gcstate(vm)->startup_frozen = false;
    return SL_NONE;
}

static SlValue gc_get_freeze_count(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                   SlValue kw) {
    (void)self; (void)args;
    CHECK_ARGS("get_freeze_count", 0, 0);
    Walk w = {vm, SL_NULL, NULL, 0, false, false, -1, 0};
    sl_mem_walk(vm->mem, freeze_cb, &w);
    if (gcstate(vm)->startup_frozen) w.count += (size_t)vm->ver->gc_startup_tracked;
    return sl_int_from_i64(vm, (int64_t)w.count);
}

static const SlMethodDef gc_functions[] = {
    {"enable", gc_enable, 0, "Enable automatic garbage collection."},
    {"disable", gc_disable, 0, "Disable automatic garbage collection."},
    {"isenabled", gc_isenabled, 0, "Returns true if automatic garbage collection is enabled."},
    {"collect", gc_collect, 0, "Run the garbage collector."},
    {"get_count", gc_get_count, 0, "Return a three-tuple of the current collection counts."},
    {"get_threshold", gc_get_threshold, 0, "Return the current collection thresholds."},
    {"set_threshold", gc_set_threshold, 0, "Set the collection thresholds."},
    {"get_debug", gc_get_debug, 0, "Get the garbage collection debugging flags."},
    {"set_debug", gc_set_debug, 0, "Set the garbage collection debugging flags."},
    {"get_stats", gc_get_stats, 0, "Return a list of dictionaries containing per-generation statistics."},
    {"get_objects", gc_get_objects, 0, "Return a list of objects tracked by the collector (excluding the list returned)."},
    {"get_referents", gc_get_referents, 0, "Return the list of objects that are directly referred to by 'objs'."},
    {"get_referrers", gc_get_referrers, 0, "Return the list of objects that directly refer to any of 'objs'."},
    {"is_tracked", gc_is_tracked, 0, "Returns true if the object is tracked by the garbage collector."},
    {"freeze", gc_freeze, 0, "Freeze all current tracked objects and ignore them for future collections."},
    {"unfreeze", gc_unfreeze, 0, "Unfreeze all objects in the permanent generation."},
    {"get_freeze_count", gc_get_freeze_count, 0, "Return the number of objects in the permanent generation."},
    {NULL, NULL, 0, NULL}};

static const SlMethodDef gc_functions_39[] = {
    {"is_finalized", gc_is_finalized, 0, "Returns true if the object has been already finalized by the GC."},
    {NULL, NULL, 0, NULL}};

SlValue sl_mod_gc_init(SlVM *vm) {
    SlGC *st = gcstate(vm);
    SlValue m = sl_module_new(vm, "gc");
    if (!m || !st) return SL_NULL;
    if (!st->garbage) st->garbage = sl_list_new(vm, 0);
    if (!st->callbacks) st->callbacks = sl_list_new(vm, 0);
    static const struct { const char *name; int value; } consts[] = {
        {"DEBUG_STATS", DEBUG_STATS}, {"DEBUG_COLLECTABLE", DEBUG_COLLECTABLE},
        {"DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE}, {"DEBUG_SAVEALL", DEBUG_SAVEALL},
        {"DEBUG_LEAK", DEBUG_LEAK}};
    bool ok = st->garbage && st->callbacks && sl_module_add_functions(vm, m, gc_functions) &&
              (!vm->ver->gc_is_finalized || sl_module_add_functions(vm, m, gc_functions_39)) &&
              sl_module_add(vm, m, "garbage", st->garbage) &&
              sl_module_add(vm, m, "callbacks", st->callbacks);
    for (size_t i = 0; ok && i < sizeof consts / sizeof *consts; i++)
        ok = sl_module_add(vm, m, consts[i].name, SL_FROM_INT(consts[i].value));
    if (!ok) {
        sl_decref(vm, m);
        return SL_NULL;
    }
    return m;
}
