/* iter.c: generic iterators (CPython's Objects/iterobject.c, enumobject.c
 * and the zip/map/filter types of Python/bltinmodule.c).
 *
 * enumerate, zip, map, filter and reversed are types: calling them makes
 * an iterator object, so the lead registers the types themselves as
 * builtins.
 */
#include "iter.h"

#include <string.h>

#include "args.h"
#include "errors.h"
#include "int.h"
#include "list.h"
#include "range.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

static SlValue self_iter(SlVM *vm, SlValue v) {
    (void)vm;
    return sl_incref(v);
}

/* iternext returned SL_NULL: true if that means "exhausted" (a pending
 * StopIteration is swallowed), false if it is a real error. */
static bool exhausted_ok(SlVM *vm) {
    if (!sl_exc_occurred(vm)) return true;
    if (sl_exc_matches(vm, SL_StopIteration)) {
        sl_exc_clear(vm);
        return true;
    }
    return false;
}

static SlValue intern(const char *s) { return sl_intern_cstr(s); }

int64_t sl_length_hint(SlVM *vm, SlValue o, int64_t dflt) {
    SlType *t = sl_type_of(o);
    if (t->len) {
        int64_t n = t->len(vm, o);
        if (n >= 0) return n;
        if (!sl_exc_matches(vm, SL_TypeError)) return -1;
        sl_exc_clear(vm);
    }
    bool found;
    SlValue r = sl_call_special(vm, o, intern("__length_hint__"), NULL, 0, &found);
    if (!found) return dflt;
    if (!r) {
        if (!sl_exc_matches(vm, SL_TypeError)) return -1;
        sl_exc_clear(vm);
        return dflt;
    }
    if (r == SL_NOTIMPL) return dflt;
    if (!SL_IS_INTLIKE(r)) {
        sl_raise(vm, SL_TypeError, "__length_hint__ must be an integer, not %s", sl_type_name(r));
        sl_decref(vm, r);
        return -1;
    }
    int64_t n;
    bool ok = sl_int_as_i64(vm, r, &n);
    sl_decref(vm, r);
    if (!ok) return -1;
    if (n < 0) {
        sl_raise(vm, SL_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

/* ---- the sequence iterator ("iterator") ------------------------------------------ */

typedef struct {
    SlObject ob;
    SlValue seq;           /* SL_NULL once exhausted */
    int64_t index;
} SeqIter;

static void seqiter_dealloc(SlVM *vm, SlObject *o) {
    sl_xdecref(vm, ((SeqIter *)o)->seq);
    sl_obj_free(vm, o);
}
static void seqiter_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    SeqIter *it = (SeqIter *)o;
    if (it->seq) visit(it->seq, arg);
}
static void seqiter_clear(SlVM *vm, SlObject *o) { SL_SETREF(vm, ((SeqIter *)o)->seq, SL_NULL); }

SlValue sl_seqiter_new(SlVM *vm, SlValue seq) {
    SeqIter *it = (SeqIter *)sl_obj_alloc(vm, &sl_seqiter_type, sizeof(SeqIter));
    if (!it) return SL_NULL;
    it->seq = sl_incref(seq);
    it->index = 0;
    return SL_OBJ(it);
}

static SlValue seqiter_next(SlVM *vm, SlValue self) {
    SeqIter *it = (SeqIter *)SL_AS_OBJ(self);
    SlValue seq = it->seq;
    if (!seq) return SL_NULL;
    SlValue r = sl_getitem(vm, seq, SL_FROM_INT(it->index));
    if (r) {
        it->index++;
        return r;
    }
    if (sl_exc_matches(vm, SL_IndexError) || sl_exc_matches(vm, SL_StopIteration)) {
        sl_exc_clear(vm);
        it->seq = SL_NULL;
        sl_decref(vm, seq);
    }
    return SL_NULL;
}

static SlValue seqiter_length_hint(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                   SlValue kwnames) {
    (void)args;
    if (!sl_args_check(vm, "__length_hint__", nargs, kwnames, 0, 0)) return SL_NULL;
    SeqIter *it = (SeqIter *)SL_AS_OBJ(self);
    if (it->seq) {
        if (!sl_type_of(it->seq)->len) return SL_NOTIMPL;
        int64_t n = sl_len(vm, it->seq);
        if (n < 0) return SL_NULL;
        int64_t len = n - it->index;
        if (len >= 0) return sl_int_new_exact(vm, len);
    }
    return SL_FROM_INT(0);
}

static const SlMethodDef seqiter_methods[] = {
    {"__length_hint__", seqiter_length_hint, SL_METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL}};

SlType sl_seqiter_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "iterator",
    .flags = SL_TPFLAGS_HAVE_GC,
    .basicsize = sizeof(SeqIter),
    .dealloc = seqiter_dealloc,
    .traverse = seqiter_traverse,
    .clear = seqiter_clear,
    .iter = self_iter,
    .iternext = seqiter_next,
    .methods = seqiter_methods,
};

/* ---- the callable iterator: iter(f, sentinel) ------------------------------------- */

typedef struct {
    SlObject ob;
    SlValue func, sentinel;  /* both SL_NULL once exhausted */
} CallIter;

static void calliter_dealloc(SlVM *vm, SlObject *o) {
    CallIter *it = (CallIter *)o;
    sl_xdecref(vm, it->func);
    sl_xdecref(vm, it->sentinel);
    sl_obj_free(vm, o);
}
static void calliter_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    CallIter *it = (CallIter *)o;
    if (it->func && SL_IS_OBJ(it->func)) visit(it->func, arg);
    if (it->sentinel && SL_IS_OBJ(it->sentinel)) visit(it->sentinel, arg);
}
static void calliter_clear(SlVM *vm, SlObject *o) {
    CallIter *it = (CallIter *)o;
    SL_SETREF(vm, it->func, SL_NULL);
    SL_SETREF(vm, it->sentinel, SL_NULL);
}

SlValue sl_calliter_new(SlVM *vm, SlValue callable, SlValue sentinel) {
    CallIter *it = (CallIter *)sl_obj_alloc(vm, &sl_calliter_type, sizeof(CallIter));
    if (!it) return SL_NULL;
    it->func = sl_incref(callable);
    it->sentinel = sl_incref(sentinel);
    return SL_OBJ(it);
}

static SlValue calliter_next(SlVM *vm, SlValue self) {
    CallIter *it = (CallIter *)SL_AS_OBJ(self);
    if (!it->func) return SL_NULL;
    SlValue r = sl_call0(vm, it->func);
    if (r) {
        int ok = sl_eq(vm, it->sentinel, r);
        if (ok == 0) return r;
        sl_decref(vm, r);
        if (ok > 0) {
            SL_SETREF(vm, it->func, SL_NULL);
            SL_SETREF(vm, it->sentinel, SL_NULL);
        }
    } else if (sl_exc_matches(vm, SL_StopIteration)) {
        sl_exc_clear(vm);
        SL_SETREF(vm, it->func, SL_NULL);
        SL_SETREF(vm, it->sentinel, SL_NULL);
    }
    return SL_NULL;
}

SlType sl_calliter_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "callable_iterator",
    .flags = SL_TPFLAGS_HAVE_GC,
    .basicsize = sizeof(CallIter),
    .dealloc = calliter_dealloc,
    .traverse = calliter_traverse,
    .clear = calliter_clear,
    .iter = self_iter,
    .iternext = calliter_next,
};

/* ---- enumerate --------------------------------------------------------------------- */

typedef struct {
    SlObject ob;
    SlValue it;            /* the underlying iterator */
    SlValue index;         /* next count (an int) */
} Enumerate;

static void enum_dealloc(SlVM *vm, SlObject *o) {
    Enumerate *e = (Enumerate *)o;
    sl_xdecref(vm, e->it);
    sl_xdecref(vm, e->index);
    sl_obj_free(vm, o);
}
static void enum_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    Enumerate *e = (Enumerate *)o;
    if (e->it) visit(e->it, arg);
    if (e->index && SL_IS_OBJ(e->index)) visit(e->index, arg);
}
static void enum_clear(SlVM *vm, SlObject *o) {
    Enumerate *e = (Enumerate *)o;
    SL_SETREF(vm, e->it, SL_NULL);
}

static SlValue enum_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs,
                        SlValue kwnames) {
    SlValue iterable = SL_NULL, start = SL_NULL;
    size_t nkw = kwnames ? SL_TUPLE_SIZE(kwnames) : 0;
    if (nargs > 2) {
        return sl_raise(vm, SL_TypeError, "enumerate() takes at most 2 arguments (%zu given)",
                        nargs + nkw);
    }
    if (nargs > 0) iterable = args[0];
    if (nargs > 1) start = args[1];
    for (size_t k = 0; k < nkw; k++) {
        SlValue name = SL_TUPLE_ITEMS(kwnames)[k];
        SlValue v = args[nargs + k];
        if (sl_str_eq_cstr(name, "iterable") && nargs < 1) {
            iterable = v;
        } else if (sl_str_eq_cstr(name, "start") && nargs < 2) {
            start = v;
        } else if (sl_str_eq_cstr(name, "iterable") || sl_str_eq_cstr(name, "start")) {
            return sl_raise(vm, SL_TypeError,
                            "argument for enumerate() given by name ('%s') and position (%d)",
                            SL_STR_DATA(name), sl_str_eq_cstr(name, "iterable") ? 1 : 2);
        } else {
            /* 3.8-3.10: "enumerate() missing required argument 'iterable' (pos 1)" when
             * iterable is missing too */
            return sl_raise(vm, SL_TypeError, "'%s' is an invalid keyword argument for enumerate()",
                            SL_STR_DATA(name));
        }
    }
    if (!iterable)
        /* 3.8-3.10: "... 'iterable' (pos 1)" */
        return sl_raise(vm, SL_TypeError, "enumerate() missing required argument 'iterable'");
    SlValue index = SL_FROM_INT(0);
    if (start) {
        index = sl_index(vm, start);
        if (!index) return SL_NULL;
        if (!SL_IS_INT(index) && SL_AS_OBJ(index)->type != &sl_int_type) {
            SlValue x = sl_int_exact(vm, index);
            sl_decref(vm, index);
            if (!x) return SL_NULL;
            index = x;
        }
    }
    SlValue it = sl_iter(vm, iterable);
    if (!it) {
        sl_decref(vm, index);
        return SL_NULL;
    }
    Enumerate *e = (Enumerate *)sl_obj_alloc(vm, type, type->basicsize);
    if (!e) {
        sl_decref(vm, it);
        sl_decref(vm, index);
        return SL_NULL;
    }
    e->it = it;
    e->index = sl_int_untag(vm, index);   /* counted in a tag, handed out as objects */
    return SL_OBJ(e);
}

static SlValue enum_next(SlVM *vm, SlValue self) {
    Enumerate *e = (Enumerate *)SL_AS_OBJ(self);
    if (!e->it) return SL_NULL;
    SlValue item = sl_type_of(e->it)->iternext(vm, e->it);
    if (!item) return SL_NULL;
    SlValue idx = e->index, next;
    if (SL_IS_INT(idx) && SL_INT_VAL(idx) < SL_INT_MAX) next = SL_FROM_INT(SL_INT_VAL(idx) + 1);
    else next = sl_binop(vm, SL_NB_ADD, idx, SL_FROM_INT(1));
    if (!next) {
        sl_decref(vm, item);
        return SL_NULL;
    }
    SlValue r = sl_tuple_new(vm, 2);
    if (!r) {
        sl_decref(vm, item);
        sl_decref(vm, next);
        return SL_NULL;
    }
    /* the reference moves into the tuple; a count kept tagged becomes
     * the int object PyLong_FromSsize_t makes */
    SL_TUPLE_ITEMS(r)[0] = SL_IS_INT(idx) ? sl_int_new_exact(vm, SL_INT_VAL(idx)) : idx;
    SL_TUPLE_ITEMS(r)[1] = item;
    e->index = next;
    return r;
}

SlType sl_enumerate_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "enumerate",
    .doc = "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\n"
           "The enumerate object yields pairs containing a count (from start, which\n"
           "defaults to zero) and a value yielded by the iterable argument.\n\n"
           "enumerate is useful for obtaining an indexed list:\n"
           "    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...",
    .flags = SL_TPFLAGS_HAVE_GC | SL_TPFLAGS_BASETYPE,
    .basicsize = sizeof(Enumerate),
    .dealloc = enum_dealloc,
    .traverse = enum_traverse,
    .clear = enum_clear,
    .new_ = enum_new,
    .iter = self_iter,
    .iternext = enum_next,
};

/* ---- zip ---------------------------------------------------------------------------- */

typedef struct {
    SlObject ob;
    SlValue iters;         /* tuple of iterators */
    bool strict;
} Zip;

static void zip_dealloc(SlVM *vm, SlObject *o) {
    sl_xdecref(vm, ((Zip *)o)->iters);
    sl_obj_free(vm, o);
}
static void zip_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    Zip *z = (Zip *)o;
    if (z->iters) visit(z->iters, arg);
}
static void zip_clear(SlVM *vm, SlObject *o) { SL_SETREF(vm, ((Zip *)o)->iters, SL_NULL); }

/* an iterator for each of args[0..n) in a new tuple */
static SlValue iter_tuple(SlVM *vm, const SlValue *args, size_t n) {
    SlValue t = sl_tuple_new(vm, n);
    if (!t) return SL_NULL;
    for (size_t i = 0; i < n; i++) {
        SlValue it = sl_iter(vm, args[i]);
        if (!it) {
            /* the tuple is half-filled: dealloc skips SL_NULL items */
            sl_decref(vm, t);
            return SL_NULL;
        }
        SL_TUPLE_ITEMS(t)[i] = it;
    }
    return t;
}

static SlValue zip_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs,
                       SlValue kwnames) {
    bool strict = false;
    size_t nkw = kwnames ? SL_TUPLE_SIZE(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        SlValue name = SL_TUPLE_ITEMS(kwnames)[k];
        if (!sl_str_eq_cstr(name, "strict"))
            /* 3.10-3.12: "'x' is an invalid keyword argument for zip()";
             * 3.8/3.9: "zip() takes no keyword arguments" (no strict=) */
            return sl_raise(vm, SL_TypeError, "zip() got an unexpected keyword argument '%s'",
                            SL_STR_DATA(name));
        int t = sl_truthy(vm, args[nargs + k]);
        if (t < 0) return SL_NULL;
        strict = t;
    }
    SlValue iters = iter_tuple(vm, args, nargs);
    if (!iters) return SL_NULL;
    Zip *z = (Zip *)sl_obj_alloc(vm, type, type->basicsize);
    if (!z) {
        sl_decref(vm, iters);
        return SL_NULL;
    }
    z->iters = iters;
    z->strict = strict;
    return SL_OBJ(z);
}

static SlValue zip_next(SlVM *vm, SlValue self) {
    Zip *z = (Zip *)SL_AS_OBJ(self);
    if (!z->iters) return SL_NULL;
    size_t n = SL_TUPLE_SIZE(z->iters);
    if (n == 0) return SL_NULL;
    SlValue r = sl_tuple_new(vm, n);
    if (!r) return SL_NULL;
    size_t i;
    for (i = 0; i < n; i++) {
        SlValue it = SL_TUPLE_ITEMS(z->iters)[i];
        SlValue item = sl_type_of(it)->iternext(vm, it);
        if (!item) {
            sl_decref(vm, r);
            if (z->strict) goto check;
            return SL_NULL;
        }
        SL_TUPLE_ITEMS(r)[i] = item;
    }
    return r;
check:
    if (!exhausted_ok(vm)) return SL_NULL;
    if (i) {
        return sl_raise(vm, SL_ValueError, "zip() argument %zu is shorter than argument%s%zu",
                        i + 1, i == 1 ? " " : "s 1-", i);
    }
    for (i = 1; i < n; i++) {
        SlValue it = SL_TUPLE_ITEMS(z->iters)[i];
        SlValue item = sl_type_of(it)->iternext(vm, it);
        if (item) {
            sl_decref(vm, item);
            return sl_raise(vm, SL_ValueError, "zip() argument %zu is longer than argument%s%zu",
                            i + 1, i == 1 ? " " : "s 1-", i);
        }
        if (!exhausted_ok(vm)) return SL_NULL;
    }
    return SL_NULL;
}

SlType sl_zip_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "zip",
    .doc = "zip(*iterables, strict=False)\n--\n\nThe zip object yields n-length tuples, where n is "
           "the number of iterables\npassed as positional arguments to zip().  The i-th element "
           "in every tuple\ncomes from the i-th iterable argument to zip().  This continues "
           "until the\nshortest argument is exhausted.\n\nIf strict is true and one of the "
           "arguments is exhausted before the others,\nraise a ValueError.",
    .flags = SL_TPFLAGS_HAVE_GC | SL_TPFLAGS_BASETYPE,
    .basicsize = sizeof(Zip),
    .dealloc = zip_dealloc,
    .traverse = zip_traverse,
    .clear = zip_clear,
    .new_ = zip_new,
    .iter = self_iter,
    .iternext = zip_next,
};

/* ---- map ---------------------------------------------------------------------------- */

typedef struct {
    SlObject ob;
    SlValue func;
    SlValue iters;         /* tuple of iterators */
} Map;

static void map_dealloc(SlVM *vm, SlObject *o) {
    Map *m = (Map *)o;
    sl_xdecref(vm, m->func);
    sl_xdecref(vm, m->iters);
    sl_obj_free(vm, o);
}
static void map_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    Map *m = (Map *)o;
    if (m->func && SL_IS_OBJ(m->func)) visit(m->func, arg);
    if (m->iters) visit(m->iters, arg);
}
static void map_clear(SlVM *vm, SlObject *o) {
    Map *m = (Map *)o;
    SL_SETREF(vm, m->func, SL_NULL);
    SL_SETREF(vm, m->iters, SL_NULL);
}

static SlValue map_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs,
                       SlValue kwnames) {
    if (type == &sl_map_type && !sl_args_no_kw(vm, "map", kwnames)) return SL_NULL;
    if (nargs < 2) return sl_raise(vm, SL_TypeError, "map() must have at least two arguments.");
    SlValue iters = iter_tuple(vm, args + 1, nargs - 1);
    if (!iters) return SL_NULL;
    Map *m = (Map *)sl_obj_alloc(vm, type, type->basicsize);
    if (!m) {
        sl_decref(vm, iters);
        return SL_NULL;
    }
    m->func = sl_incref(args[0]);
    m->iters = iters;
    return SL_OBJ(m);
}

static SlValue map_next(SlVM *vm, SlValue self) {
    Map *m = (Map *)SL_AS_OBJ(self);
    if (!m->iters) return SL_NULL;
    size_t n = SL_TUPLE_SIZE(m->iters);
    SlValue small[5];
    SlValue *stack = n <= 5 ? small : sl_mem_alloc(vm, n * sizeof(SlValue));
    if (!stack) return SL_NULL;
    size_t i;
    SlValue r = SL_NULL;
    for (i = 0; i < n; i++) {
        SlValue it = SL_TUPLE_ITEMS(m->iters)[i];
        SlValue item = sl_type_of(it)->iternext(vm, it);
        if (!item) goto done;
        stack[i] = item;
    }
    r = sl_call(vm, m->func, stack, n, SL_NULL);
done:
    for (size_t k = 0; k < i; k++) sl_decref(vm, stack[k]);
    if (stack != small) sl_mem_free(vm, stack, n * sizeof(SlValue));
    return r;
}

SlType sl_map_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "map",
    .doc = "map(function, iterable, /, *iterables)\n--\n\nMake an iterator that computes the "
           "function using arguments from\neach of the iterables.  Stops when the shortest "
           "iterable is exhausted.",
    .flags = SL_TPFLAGS_HAVE_GC | SL_TPFLAGS_BASETYPE,
    .basicsize = sizeof(Map),
    .dealloc = map_dealloc,
    .traverse = map_traverse,
    .clear = map_clear,
    .new_ = map_new,
    .iter = self_iter,
    .iternext = map_next,
};

/* ---- filter --------------------------------------------------------------------------- */

typedef struct {
    SlObject ob;
    SlValue func;
    SlValue it;
} Filter;

static void filter_dealloc(SlVM *vm, SlObject *o) {
    Filter *f = (Filter *)o;
    sl_xdecref(vm, f->func);
    sl_xdecref(vm, f->it);
    sl_obj_free(vm, o);
}
static void filter_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    Filter *f = (Filter *)o;
    if (f->func && SL_IS_OBJ(f->func)) visit(f->func, arg);
    if (f->it) visit(f->it, arg);
}
static void filter_clear(SlVM *vm, SlObject *o) {
    Filter *f = (Filter *)o;
    SL_SETREF(vm, f->func, SL_NULL);
    SL_SETREF(vm, f->it, SL_NULL);
}

static SlValue filter_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs,
                          SlValue kwnames) {
    if (type == &sl_filter_type && !sl_args_no_kw(vm, "filter", kwnames)) return SL_NULL;
    if (nargs != 2)
        return sl_raise(vm, SL_TypeError, "filter expected 2 arguments, got %zu", nargs);
    SlValue it = sl_iter(vm, args[1]);
    if (!it) return SL_NULL;
    Filter *f = (Filter *)sl_obj_alloc(vm, type, type->basicsize);
    if (!f) {
        sl_decref(vm, it);
        return SL_NULL;
    }
    f->func = sl_incref(args[0]);
    f->it = it;
    return SL_OBJ(f);
}

static SlValue filter_next(SlVM *vm, SlValue self) {
    Filter *f = (Filter *)SL_AS_OBJ(self);
    if (!f->it) return SL_NULL;
    SlValue (*iternext)(SlVM *, SlValue) = sl_type_of(f->it)->iternext;
    for (;;) {
        SlValue item = iternext(vm, f->it);
        if (!item) return SL_NULL;
        int ok;
        if (f->func == SL_NONE || f->func == SL_OBJ(&sl_bool_type)) {
            ok = sl_truthy(vm, item);
        } else {
            SlValue good = sl_call1(vm, f->func, item);
            if (!good) {
                sl_decref(vm, item);
                return SL_NULL;
            }
            ok = sl_truthy(vm, good);
            sl_decref(vm, good);
        }
        if (ok > 0) return item;
        sl_decref(vm, item);
        if (ok < 0) return SL_NULL;
    }
}

SlType sl_filter_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "filter",
    .doc = "filter(function, iterable, /)\n--\n\nReturn an iterator yielding those items of "
           "iterable for which function(item)\nis true. If function is None, return the items "
           "that are true.",
    .flags = SL_TPFLAGS_HAVE_GC | SL_TPFLAGS_BASETYPE,
    .basicsize = sizeof(Filter),
    .dealloc = filter_dealloc,
    .traverse = filter_traverse,
    .clear = filter_clear,
    .new_ = filter_new,
    .iter = self_iter,
    .iternext = filter_next,
};

/* ---- reversed ------------------------------------------------------------------------- */

typedef struct {
    SlObject ob;
    SlValue seq;           /* SL_NULL once exhausted */
    int64_t index;
} Reversed;

static void reversed_dealloc(SlVM *vm, SlObject *o) {
    sl_xdecref(vm, ((Reversed *)o)->seq);
    sl_obj_free(vm, o);
}
static void reversed_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    Reversed *r = (Reversed *)o;
    if (r->seq) visit(r->seq, arg);
}
static void reversed_clear(SlVM *vm, SlObject *o) { SL_SETREF(vm, ((Reversed *)o)->seq, SL_NULL); }

static SlValue reversed_impl(SlVM *vm, SlType *type, SlValue seq) {
    SlType *t = sl_type_of(seq);
    if (type == &sl_reversed_type && SL_IS_OBJ(seq)) {
        if (t == &sl_list_type) return sl_list_reversed_iter(vm, seq);
        if (t == &sl_range_type) return sl_range_reversed(vm, seq);
    }
    SlValue name = intern("__reversed__");
    SlValue meth = sl_type_lookup(t, name);
    if (meth == SL_NONE)
        return sl_raise(vm, SL_TypeError, "'%s' object is not reversible", t->name);
    if (meth) {
        bool found;
        return sl_call_special(vm, seq, name, NULL, 0, &found);
    }
    if (!t->getitem || (t->flags & SL_TPFLAGS_DICT_SUBCLASS))
        return sl_raise(vm, SL_TypeError, "'%s' object is not reversible", t->name);
    int64_t n = sl_len(vm, seq);
    if (n < 0) return SL_NULL;
    Reversed *r = (Reversed *)sl_obj_alloc(vm, type, type->basicsize);
    if (!r) return SL_NULL;
    r->seq = sl_incref(seq);
    r->index = n - 1;
    return SL_OBJ(r);
}

SlValue sl_reversed(SlVM *vm, SlValue seq) { return reversed_impl(vm, &sl_reversed_type, seq); }

static SlValue reversed_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs,
                            SlValue kwnames) {
    if (type == &sl_reversed_type && !sl_args_no_kw(vm, "reversed", kwnames)) return SL_NULL;
    if (nargs != 1)
        return sl_raise(vm, SL_TypeError, "reversed expected 1 argument, got %zu", nargs);
    return reversed_impl(vm, type, args[0]);
}

static SlValue reversed_next(SlVM *vm, SlValue self) {
    Reversed *r = (Reversed *)SL_AS_OBJ(self);
    if (r->index >= 0 && r->seq) {
        SlValue item = sl_getitem(vm, r->seq, SL_FROM_INT(r->index));
        if (item) {
            r->index--;
            return item;
        }
        if (sl_exc_matches(vm, SL_IndexError) || sl_exc_matches(vm, SL_StopIteration))
            sl_exc_clear(vm);
    }
    r->index = -1;
    SL_SETREF(vm, r->seq, SL_NULL);
    return SL_NULL;
}

static SlValue reversed_length_hint(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                    SlValue kwnames) {
    (void)args;
    if (!sl_args_check(vm, "__length_hint__", nargs, kwnames, 0, 0)) return SL_NULL;
    Reversed *r = (Reversed *)SL_AS_OBJ(self);
    if (!r->seq) return SL_FROM_INT(0);
    int64_t n = sl_len(vm, r->seq);
    if (n < 0) return SL_NULL;
    int64_t position = r->index + 1;
    return sl_int_new_exact(vm, n < position ? 0 : position);
}

static const SlMethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, SL_METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL}};

SlType sl_reversed_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "reversed",
    .doc = "Return a reverse iterator over the values of the given sequence.",
    .flags = SL_TPFLAGS_HAVE_GC | SL_TPFLAGS_BASETYPE,
    .basicsize = sizeof(Reversed),
    .dealloc = reversed_dealloc,
    .traverse = reversed_traverse,
    .clear = reversed_clear,
    .new_ = reversed_new,
    .iter = self_iter,
    .iternext = reversed_next,
    .methods = reversed_methods,
};
