/* tuple.c: tuple objects (CPython's Objects/tupleobject.c).
 *
 * A tuple's items live in the same block as its header (see tuple.h for
 * why they are reached through a pointer).  The empty tuple is one static,
 * immortal object shared by every caller of sl_tuple_new(vm, 0), as
 * CPython's.  The hash is CPython 3.8+'s xxHash-based tuplehash, so
 * hash((1, 2)) and the iteration order of sets of tuples match.
 */
#include "tuple.h"
#include "memmodel.h"

#include <stdarg.h>
#include <string.h>

#include "args.h"
#include "errors.h"
#include "int.h"
#include "list.h"
#include "range.h"
#include "str.h"
#include "type.h"

static SlValue empty_items[1];
static SlTuple empty_tuple = {SL_STATIC_HEAD(&sl_tuple_type), 0, empty_items};

/* ---- creation ------------------------------------------------------------ */

/* Items start right after the type's fixed part (which includes any
 * subclass slots and __dict__), rounded to a word. */
static size_t items_offset(SlType *type) {
    size_t off = type->basicsize < sizeof(SlTuple) ? sizeof(SlTuple) : type->basicsize;
    return (off + sizeof(SlValue) - 1) & ~(sizeof(SlValue) - 1);
}

SlValue sl_tuple_new_type(SlVM *vm, SlType *type, size_t n) {
    if (n > ((size_t)1 << 60) / sizeof(SlValue)) {
        sl_raise_nomemory(vm);
        return SL_NULL;
    }
    size_t off = items_offset(type);
    SlTuple *t = (SlTuple *)sl_obj_alloc(vm, type, off + n * sizeof(SlValue));
    if (!t) return SL_NULL;
    t->size = n;
    t->items = (SlValue *)((char *)t + off);
    sl_mm_born(vm, &t->ob);
    return SL_OBJ(t);
}

SlValue sl_tuple_new(SlVM *vm, size_t n) {
    if (n == 0) return sl_incref(SL_OBJ(&empty_tuple));
    return sl_tuple_new_type(vm, &sl_tuple_type, n);
}

SlValue sl_tuple_from_array(SlVM *vm, const SlValue *items, size_t n) {
    SlValue t = sl_tuple_new(vm, n);
    if (!t) return SL_NULL;
    SlValue *dst = SL_TUPLE_ITEMS(t);
    for (size_t i = 0; i < n; i++) dst[i] = sl_incref(items[i]);
    return t;
}

SlValue sl_tuple_pack(SlVM *vm, size_t n, ...) {
    SlValue t = sl_tuple_new(vm, n);
    if (!t) return SL_NULL;
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) SL_TUPLE_ITEMS(t)[i] = sl_incref(va_arg(ap, SlValue));
    va_end(ap);
    return t;
}

SlValue sl_tuple_from_iterable(SlVM *vm, SlValue iterable) {
    if (SL_IS_OBJ(iterable) && SL_AS_OBJ(iterable)->type == &sl_tuple_type)
        return sl_incref(iterable);
    if (SL_IS_OBJ(iterable) && SL_AS_OBJ(iterable)->type == &sl_list_type)
        return sl_tuple_from_array(vm, SL_LIST(iterable)->items, SL_LIST(iterable)->size);
    /* PySequence_Tuple goes through a list-like growth; a list is simplest */
    SlValue l = sl_list_from_iterable(vm, iterable);
    if (!l) return SL_NULL;
    SlValue t = sl_tuple_new(vm, SL_LIST(l)->size);
    if (t && SL_LIST(l)->size) {
        /* move the references */
        memcpy(SL_TUPLE_ITEMS(t), SL_LIST(l)->items, SL_LIST(l)->size * sizeof(SlValue));
        SL_LIST(l)->size = 0;
    }
    sl_decref(vm, l);
    return t;
}

/* ---- lifetime -------------------------------------------------------------- */

static void tuple_dealloc(SlVM *vm, SlObject *o) {
    SlTuple *t = (SlTuple *)o;
    if (t == &empty_tuple) return;
    /* a tuple can be freed half-built (error while filling it) */
    for (size_t i = t->size; i-- > 0;) sl_xdecref(vm, t->items[i]);
    sl_obj_free(vm, o);
}

static void tuple_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    SlTuple *t = (SlTuple *)o;
    for (size_t i = 0; i < t->size; i++)
        if (SL_IS_OBJ(t->items[i])) visit(t->items[i], arg);
}

/* No clear: as CPython's tuple (tp_clear 0).  A tuple cannot close a cycle
 * alone, and a garbage class's __bases__ must stay whole until its dealloc
 * unlinks it from its bases' subclass lists (clearing it crashed gc). */

/* ---- repr, hash, compare ---------------------------------------------------- */

static SlValue tuple_repr(SlVM *vm, SlValue v) {
    SlTuple *t = SL_TUPLE(v);
    if (t->size == 0) return sl_str_from_cstr(vm, "()");
    int r = sl_repr_enter(vm, v);
    if (r < 0) return SL_NULL;
    if (r > 0) return sl_str_from_cstr(vm, "(...)");
    SlBuf b;
    sl_buf_init(&b);
    sl_buf_addc(&b, '(');
    for (size_t i = 0; i < t->size; i++) {
        if (i) sl_buf_add(&b, ", ", 2);
        if (!sl_buf_add_repr(vm, &b, t->items[i])) {
            sl_buf_free(&b);
            sl_repr_leave(vm, v);
            return SL_NULL;
        }
    }
    if (t->size == 1) sl_buf_addc(&b, ',');
    sl_buf_addc(&b, ')');
    sl_repr_leave(vm, v);
    return sl_buf_finish(vm, &b);
}

#define XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5 ((uint64_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

bool sl_tuple_hash_items(SlVM *vm, const SlValue *items, size_t n, bool add_len, int64_t *out) {
    uint64_t acc = XXPRIME_5;
    for (size_t i = 0; i < n; i++) {
        int64_t h;
        if (!sl_hash(vm, items[i], &h)) return false;
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    /* slice_hash (3.12+) leaves the length out */
    if (add_len) acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1) acc = 1546275796;
    *out = (int64_t)acc;
    return true;
}

static bool tuple_hash(SlVM *vm, SlValue v, int64_t *out) {
    if (!sl_enter_recursive(vm, "")) return false;
    bool ok = sl_tuple_hash_items(vm, SL_TUPLE_ITEMS(v), SL_TUPLE_SIZE(v), true, out);
    sl_leave_recursive(vm);
    return ok;
}

static SlValue compare_sizes(int64_t a, int64_t b, SlCompareOp op) {
    bool r = false;
    switch (op) {
    case SL_LT: r = a < b; break;
    case SL_LE: r = a <= b; break;
    case SL_EQ: r = a == b; break;
    case SL_NE: r = a != b; break;
    case SL_GT: r = a > b; break;
    case SL_GE: r = a >= b; break;
    }
    return SL_BOOL(r);
}

static SlValue tuple_richcompare(SlVM *vm, SlValue a, SlValue b, SlCompareOp op) {
    if (!SL_IS_TUPLE(a) || !SL_IS_TUPLE(b)) return SL_NOTIMPL;
    SlTuple *v = SL_TUPLE(a), *w = SL_TUPLE(b);
    size_t i;
    for (i = 0; i < v->size && i < w->size; i++) {
        int k = sl_eq(vm, v->items[i], w->items[i]);
        if (k < 0) return SL_NULL;
        if (!k) break;
    }
    if (i >= v->size || i >= w->size) return compare_sizes((int64_t)v->size, (int64_t)w->size, op);
    if (op == SL_EQ) return SL_FALSE;
    if (op == SL_NE) return SL_TRUE;
    return sl_richcompare(vm, v->items[i], w->items[i], op);
}

/* ---- sequence protocol -------------------------------------------------------- */

static int64_t tuple_len(SlVM *vm, SlValue v) {
    (void)vm;
    return (int64_t)SL_TUPLE_SIZE(v);
}

static int tuple_contains(SlVM *vm, SlValue v, SlValue x) {
    SlTuple *t = SL_TUPLE(v);
    for (size_t i = 0; i < t->size; i++) {
        int k = sl_eq(vm, t->items[i], x);
        if (k) return k;
    }
    return 0;
}

static SlValue tuple_slice(SlVM *vm, SlValue v, int64_t lo, int64_t hi) {
    if (lo == 0 && hi == (int64_t)SL_TUPLE_SIZE(v) && SL_AS_OBJ(v)->type == &sl_tuple_type)
        return sl_incref(v);
    return sl_tuple_from_array(vm, SL_TUPLE_ITEMS(v) + lo, (size_t)(hi - lo));
}

static SlValue tuple_getitem(SlVM *vm, SlValue v, SlValue key) {
    SlTuple *t = SL_TUPLE(v);
    int64_t i;
    if (sl_int_fast(key, &i)) {
        if (i < 0) i += (int64_t)t->size;
        if (i < 0 || i >= (int64_t)t->size)
            return sl_raise(vm, SL_IndexError, "tuple index out of range");
        return sl_incref(t->items[i]);
    }
    if (sl_has_index(key)) {
        int64_t i;
        if (!sl_seq_index(vm, key, (int64_t)t->size, "tuple", &i)) return SL_NULL;
        return sl_incref(t->items[i]);
    }
    if (SL_IS_SLICE(key)) {
        int64_t start, stop, step, len;
        if (!sl_slice_indices(vm, key, (int64_t)t->size, &start, &stop, &step, &len))
            return SL_NULL;
        if (len <= 0) return sl_tuple_new(vm, 0);
        if (step == 1) return tuple_slice(vm, v, start, stop);
        SlValue r = sl_tuple_new(vm, (size_t)len);
        if (!r) return SL_NULL;
        for (int64_t k = 0, cur = start; k < len; k++, cur += step)
            SL_TUPLE_ITEMS(r)[k] = sl_incref(t->items[cur]);
        return r;
    }
    return sl_raise(vm, SL_TypeError, "tuple indices must be integers or slices, not %s",
                    sl_type_name(key));
}

static SlValue tuple_concat(SlVM *vm, SlValue a, SlValue b) {
    if (!SL_IS_TUPLE(a) || !SL_IS_TUPLE(b)) return SL_NOTIMPL;
    SlTuple *x = SL_TUPLE(a), *y = SL_TUPLE(b);
    if (y->size == 0 && x->ob.type == &sl_tuple_type) return sl_incref(a);
    if (x->size == 0 && y->ob.type == &sl_tuple_type) return sl_incref(b);
    SlValue r = sl_tuple_new(vm, x->size + y->size);
    if (!r) return SL_NULL;
    SlValue *d = SL_TUPLE_ITEMS(r);
    for (size_t i = 0; i < x->size; i++) d[i] = sl_incref(x->items[i]);
    for (size_t i = 0; i < y->size; i++) d[x->size + i] = sl_incref(y->items[i]);
    return r;
}

static SlValue tuple_repeat(SlVM *vm, SlValue a, SlValue b) {
    SlValue seq = a, n = b;
    if (!SL_IS_TUPLE(seq)) {
        seq = b;
        n = a;
    }
    if (!SL_IS_TUPLE(seq) || !sl_has_index(n)) return SL_NOTIMPL;
    int64_t count;
    if (!sl_as_ssize(vm, n, SL_OverflowError, &count)) return SL_NULL;
    SlTuple *t = SL_TUPLE(seq);
    if (t->size == 0 || count == 1) {
        if (t->ob.type == &sl_tuple_type) return sl_incref(seq);
    }
    if (count <= 0 || t->size == 0) return sl_tuple_new(vm, 0);
    if ((uint64_t)count > ((uint64_t)1 << 60) / t->size) return sl_raise_nomemory(vm);
    size_t total = t->size * (size_t)count;
    SlValue r = sl_tuple_new(vm, total);
    if (!r) return SL_NULL;
    SlValue *d = SL_TUPLE_ITEMS(r);
    for (size_t k = 0; k < total; k++) d[k] = sl_incref(t->items[k % t->size]);
    return r;
}

/* ---- methods ----------------------------------------------------------------- */

static SlValue tuple_index(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                           SlValue kwnames) {
    if (!sl_args_check(vm, "index", nargs, kwnames, 1, 3)) return SL_NULL;
    SlTuple *t = SL_TUPLE(self);
    int64_t start = 0, stop = INT64_MAX;
    if (nargs > 1 && !sl_slice_arg(vm, args[1], &start)) return SL_NULL;
    if (nargs > 2 && !sl_slice_arg(vm, args[2], &stop)) return SL_NULL;
    if (start < 0) {
        start += (int64_t)t->size;
        if (start < 0) start = 0;
    }
    if (stop < 0) stop += (int64_t)t->size;
    else if (stop > (int64_t)t->size) stop = (int64_t)t->size;
    for (int64_t i = start; i < stop && i < (int64_t)t->size; i++) {
        int k = sl_eq(vm, t->items[i], args[0]);
        if (k < 0) return SL_NULL;
        if (k) return sl_int_new_exact(vm, i);
    }
    return sl_raise(vm, SL_ValueError, "tuple.index(x): x not in tuple");
}

static SlValue tuple_count(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                           SlValue kwnames) {
    if (!sl_args_check(vm, "tuple.count", nargs, kwnames, 1, 1)) return SL_NULL;
    SlTuple *t = SL_TUPLE(self);
    int64_t n = 0;
    for (size_t i = 0; i < t->size; i++) {
        int k = sl_eq(vm, t->items[i], args[0]);
        if (k < 0) return SL_NULL;
        n += k;
    }
    return sl_int_new_exact(vm, n);
}

static SlValue tuple_getnewargs(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                SlValue kwnames) {
    (void)args;
    if (!sl_args_check(vm, "tuple.__getnewargs__", nargs, kwnames, 0, 0)) return SL_NULL;
    SlValue copy = sl_tuple_from_array(vm, SL_TUPLE_ITEMS(self), SL_TUPLE_SIZE(self));
    if (!copy) return SL_NULL;
    SlValue r = sl_tuple_pack(vm, 1, copy);
    sl_decref(vm, copy);
    return r;
}

static SlValue tuple_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs,
                         SlValue kwnames) {
    if ((type == &sl_tuple_type || type->init == sl_tuple_type.init) &&
        !sl_args_no_kw(vm, "tuple", kwnames))
        return SL_NULL;
    if (nargs > 1)
        return sl_raise(vm, SL_TypeError, "tuple expected at most 1 argument, got %zu", nargs);
    SlValue base = nargs ? sl_tuple_from_iterable(vm, args[0]) : sl_tuple_new(vm, 0);
    if (!base || type == &sl_tuple_type) return base;
    /* a subclass: copy into an instance of the subtype */
    SlValue r = sl_tuple_new_type(vm, type, SL_TUPLE_SIZE(base));
    if (r)
        for (size_t i = 0; i < SL_TUPLE_SIZE(base); i++)
            SL_TUPLE_ITEMS(r)[i] = sl_incref(SL_TUPLE_ITEMS(base)[i]);
    sl_decref(vm, base);
    return r;
}

/* ---- iterator ------------------------------------------------------------------ */

typedef struct {
    SlObject ob;
    SlValue seq;           /* the tuple, SL_NULL once exhausted */
    size_t index;
} TupleIter;

static SlValue tuple_iter(SlVM *vm, SlValue v) {
    TupleIter *it = (TupleIter *)sl_obj_alloc(vm, &sl_tuple_iter_type, sizeof(TupleIter));
    if (!it) return SL_NULL;
    it->seq = sl_incref(v);
    it->index = 0;
    return SL_OBJ(it);
}

static SlValue tupleiter_next(SlVM *vm, SlValue self) {
    TupleIter *it = (TupleIter *)SL_AS_OBJ(self);
    SlValue seq = it->seq;
    if (!seq) return SL_NULL;
    if (it->index < SL_TUPLE_SIZE(seq)) return sl_incref(SL_TUPLE_ITEMS(seq)[it->index++]);
    it->seq = SL_NULL;
    sl_decref(vm, seq);
    return SL_NULL;
}

static SlValue self_iter(SlVM *vm, SlValue v) {
    (void)vm;
    return sl_incref(v);
}

static void tupleiter_dealloc(SlVM *vm, SlObject *o) {
    sl_xdecref(vm, ((TupleIter *)o)->seq);
    sl_obj_free(vm, o);
}

static void tupleiter_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    TupleIter *it = (TupleIter *)o;
    if (it->seq) visit(it->seq, arg);
}

static void tupleiter_clear(SlVM *vm, SlObject *o) {
    SL_SETREF(vm, ((TupleIter *)o)->seq, SL_NULL);
}

static SlValue tupleiter_length_hint(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                     SlValue kwnames) {
    (void)args;
    if (!sl_args_check(vm, "__length_hint__", nargs, kwnames, 0, 0)) return SL_NULL;
    TupleIter *it = (TupleIter *)SL_AS_OBJ(self);
    if (!it->seq) return SL_FROM_INT(0);
    return sl_int_new_exact(vm, (int64_t)(SL_TUPLE_SIZE(it->seq) - it->index));
}

static const SlMethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, SL_METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL}};

SlType sl_tuple_iter_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "tuple_iterator",
    .flags = SL_TPFLAGS_HAVE_GC,
    .basicsize = sizeof(TupleIter),
    .dealloc = tupleiter_dealloc,
    .traverse = tupleiter_traverse,
    .clear = tupleiter_clear,
    .iter = self_iter,
    .iternext = tupleiter_next,
    .methods = tupleiter_methods,
};

/* ---- the type -------------------------------------------------------------------- */

static const SlMethodDef tuple_methods[] = {
    {"index", tuple_index, SL_METH_DEFAULT,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", tuple_count, SL_METH_DEFAULT, "Return number of occurrences of value."},
    {"__getnewargs__", tuple_getnewargs, SL_METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL}};

SlType sl_tuple_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "tuple",
    .doc = "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an "
           "empty tuple.\nIf iterable is specified the tuple is initialized from iterable's "
           "items.\n\nIf the argument is a tuple, the return value is the same object.",
    .flags = SL_TPFLAGS_BASETYPE | SL_TPFLAGS_HAVE_GC | SL_TPFLAGS_TUPLE_SUBCLASS,
    .basicsize = sizeof(SlTuple),
    .itemsize = sizeof(SlValue),
    .dealloc = tuple_dealloc,
    .traverse = tuple_traverse,
    .new_ = tuple_new,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .nb = {[SL_NB_ADD] = tuple_concat, [SL_NB_MUL] = tuple_repeat},
    .methods = tuple_methods,
};
