/* range.c: range and slice objects, and the index/slice helpers every
 * sequence uses (CPython's Objects/rangeobject.c, sliceobject.c and the
 * PyNumber_AsSsize_t / _PyEval_SliceIndex helpers).
 *
 * A range keeps start, stop, step and length as ints (tagged or big).
 * When start, stop and step are all tagged, iteration uses range_iterator,
 * whose iternext is three integer operations: `for i in range(10**7)` is
 * the hottest loop of many programs.
 */
#include "range.h"

#include <string.h>

#include "args.h"
#include "errors.h"
#include "int.h"
#include "str.h"
#include "tuple.h"

/* ---- index helpers ------------------------------------------------------------ */

bool sl_has_index(SlValue v) {
    if (SL_IS_INT(v)) return true;
    if (!SL_IS_OBJ(v)) return false;
    SlType *t = SL_AS_OBJ(v)->type;
    return (t->flags & SL_TPFLAGS_INT_SUBCLASS) || t->index != NULL;
}

bool sl_as_ssize(SlVM *vm, SlValue v, SlType *exc, int64_t *out) {
    if (sl_int_fast(v, out)) return true;
    SlValue i = sl_index(vm, v);
    if (!i) return false;
    if (SL_IS_INT(i)) {
        *out = SL_INT_VAL(i);
        return true;
    }
    int64_t x;
    if (sl_int_as_i64(vm, i, &x)) {
        sl_decref(vm, i);
        *out = x;
        return true;
    }
    if (!sl_exc_matches(vm, SL_OverflowError)) {
        sl_decref(vm, i);
        return false;
    }
    sl_exc_clear(vm);
    int sign = sl_int_sign(i);
    sl_decref(vm, i);
    if (exc) {
        sl_raise(vm, exc, "cannot fit '%s' into an index-sized integer", sl_type_name(v));
        return false;
    }
    *out = sign < 0 ? INT64_MIN : INT64_MAX;
    return true;
}

bool sl_seq_index(SlVM *vm, SlValue index, int64_t length, const char *what, int64_t *out) {
    int64_t i;
    if (!sl_as_ssize(vm, index, SL_IndexError, &i)) return false;
    if (i < 0) i += length;
    if (i < 0 || i >= length) {
        sl_raise(vm, SL_IndexError, "%s index out of range", what);
        return false;
    }
    *out = i;
    return true;
}

/* _PyEval_SliceIndex: None is allowed (leaves *out alone) */
static bool slice_index(SlVM *vm, SlValue v, int64_t *out) {
    if (v == SL_NONE) return true;
    if (!sl_has_index(v)) {
        sl_raise(vm, SL_TypeError,
                 "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    return sl_as_ssize(vm, v, NULL, out);
}

bool sl_slice_arg(SlVM *vm, SlValue v, int64_t *out) {
    if (!sl_has_index(v)) {
        sl_raise(vm, SL_TypeError, "slice indices must be integers or have an __index__ method");
        return false;
    }
    return sl_as_ssize(vm, v, NULL, out);
}

bool sl_slice_unpack(SlVM *vm, SlValue slice, int64_t *start, int64_t *stop, int64_t *step) {
    SlSlice *r = (SlSlice *)SL_AS_OBJ(slice);
    if (r->step == SL_NONE) {
        *step = 1;
    } else {
        if (!slice_index(vm, r->step, step)) return false;
        if (*step == 0) {
            sl_raise(vm, SL_ValueError, "slice step cannot be zero");
            return false;
        }
        if (*step < -INT64_MAX) *step = -INT64_MAX;
    }
    if (r->start == SL_NONE) *start = *step < 0 ? INT64_MAX : 0;
    else if (!slice_index(vm, r->start, start)) return false;
    if (r->stop == SL_NONE) *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    else if (!slice_index(vm, r->stop, stop)) return false;
    return true;
}

int64_t sl_slice_adjust(int64_t length, int64_t *start, int64_t *stop, int64_t step) {
    if (*start < 0) {
        *start += length;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

bool sl_slice_indices(SlVM *vm, SlValue slice, int64_t length, int64_t *start, int64_t *stop,
                      int64_t *step, int64_t *slicelen) {
    if (!sl_slice_unpack(vm, slice, start, stop, step)) return false;
    *slicelen = sl_slice_adjust(length, start, stop, *step);
    return true;
}

/* ---- int helpers for big ranges --------------------------------------------------- */

static SlValue int_add(SlVM *vm, SlValue a, SlValue b) {
    if (SL_IS_INT(a) && SL_IS_INT(b)) return sl_int_from_i64(vm, SL_INT_VAL(a) + SL_INT_VAL(b));
    return sl_binop(vm, SL_NB_ADD, a, b);
}
static SlValue int_sub(SlVM *vm, SlValue a, SlValue b) {
    if (SL_IS_INT(a) && SL_IS_INT(b)) return sl_int_from_i64(vm, SL_INT_VAL(a) - SL_INT_VAL(b));
    return sl_binop(vm, SL_NB_SUB, a, b);
}
static SlValue int_mul(SlVM *vm, SlValue a, SlValue b) { return sl_binop(vm, SL_NB_MUL, a, b); }
static SlValue int_floordiv(SlVM *vm, SlValue a, SlValue b) {
    return sl_binop(vm, SL_NB_FLOORDIV, a, b);
}
static SlValue int_neg(SlVM *vm, SlValue a) {
    if (SL_IS_INT(a)) return sl_int_from_i64(vm, -SL_INT_VAL(a));
    return sl_unaryop(vm, SL_UN_NEG, a);
}
static int int_cmp(SlValue a, SlValue b) { return sl_int_compare(a, b); }

/* ---- range ---------------------------------------------------------------------- */

/* len(range(lo, hi, step)) as an int */
static SlValue compute_length(SlVM *vm, SlValue start, SlValue stop, SlValue step) {
    if (SL_IS_INT(start) && SL_IS_INT(stop) && SL_IS_INT(step)) {
        int64_t lo = SL_INT_VAL(start), hi = SL_INT_VAL(stop), st = SL_INT_VAL(step);
        int64_t n = 0;
        if (st > 0 && lo < hi) n = (hi - lo - 1) / st + 1;
        else if (st < 0 && lo > hi) n = (lo - hi - 1) / (-st) + 1;
        return SL_FROM_INT(n);
    }
    SlValue lo, hi, st;
    if (sl_int_sign(step) > 0) {
        lo = sl_incref(start);
        hi = sl_incref(stop);
        st = sl_incref(step);
    } else {
        lo = sl_incref(stop);
        hi = sl_incref(start);
        st = int_neg(vm, step);
        if (!st) {
            sl_decref(vm, lo);
            sl_decref(vm, hi);
            return SL_NULL;
        }
    }
    SlValue r = SL_NULL;
    if (int_cmp(lo, hi) >= 0) {
        r = SL_FROM_INT(0);
    } else {
        SlValue diff = int_sub(vm, hi, lo);
        SlValue d1 = diff ? int_sub(vm, diff, SL_FROM_INT(1)) : SL_NULL;
        SlValue q = d1 ? int_floordiv(vm, d1, st) : SL_NULL;
        r = q ? int_add(vm, q, SL_FROM_INT(1)) : SL_NULL;
        sl_xdecref(vm, diff);
        sl_xdecref(vm, d1);
        sl_xdecref(vm, q);
    }
    sl_decref(vm, lo);
    sl_decref(vm, hi);
    sl_decref(vm, st);
    return r;
}

/* steals start, stop, step */
static SlValue make_range(SlVM *vm, SlValue start, SlValue stop, SlValue step) {
    SlValue len = compute_length(vm, start, stop, step);
    if (!len) goto fail;
    SlRange *r = (SlRange *)sl_obj_alloc(vm, &sl_range_type, sizeof(SlRange));
    if (!r) {
        sl_decref(vm, len);
        goto fail;
    }
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = len;
    return SL_OBJ(r);
fail:
    sl_decref(vm, start);
    sl_decref(vm, stop);
    sl_decref(vm, step);
    return SL_NULL;
}

/* PyNumber_Index, giving an exact int (new reference) */
static SlValue exact_index(SlVM *vm, SlValue v) {
    SlValue i = sl_index(vm, v);
    if (!i) return SL_NULL;
    /* kept tagged when it fits, so the range's arithmetic stays on the fast path */
    if (SL_IS_INT(i) || SL_AS_OBJ(i)->type == &sl_int_type) return sl_int_untag(vm, i);
    SlValue r = sl_int_exact(vm, i);
    sl_decref(vm, i);
    return r;
}

static SlValue range_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs,
                         SlValue kwnames) {
    (void)type;
    /* 3.8: "range expected 1 arguments, got 0" */
    if (!sl_args_check(vm, "range", nargs, kwnames, 1, 3)) return SL_NULL;
    SlValue start, stop, step;
    if (nargs == 1) {
        stop = exact_index(vm, args[0]);
        if (!stop) return SL_NULL;
        return make_range(vm, SL_FROM_INT(0), stop, SL_FROM_INT(1));
    }
    start = exact_index(vm, args[0]);
    if (!start) return SL_NULL;
    stop = exact_index(vm, args[1]);
    if (!stop) {
        sl_decref(vm, start);
        return SL_NULL;
    }
    step = nargs == 3 ? exact_index(vm, args[2]) : SL_FROM_INT(1);
    if (!step) {
        sl_decref(vm, start);
        sl_decref(vm, stop);
        return SL_NULL;
    }
    if (sl_int_sign(step) == 0) {
        sl_decref(vm, start);
        sl_decref(vm, stop);
        sl_decref(vm, step);
        return sl_raise(vm, SL_ValueError, "range() arg 3 must not be zero");
    }
    return make_range(vm, start, stop, step);
}

static void range_dealloc(SlVM *vm, SlObject *o) {
    SlRange *r = (SlRange *)o;
    sl_decref(vm, r->start);
    sl_decref(vm, r->stop);
    sl_decref(vm, r->step);
    sl_decref(vm, r->length);
    sl_obj_free(vm, o);
}

#define RANGE(v) ((SlRange *)SL_AS_OBJ(v))

static SlValue range_repr(SlVM *vm, SlValue v) {
    SlRange *r = RANGE(v);
    SlBuf b;
    sl_buf_init(&b);
    sl_buf_adds(&b, "range(");
    bool ok = sl_buf_add_repr(vm, &b, r->start);
    sl_buf_add(&b, ", ", 2);
    ok = ok && sl_buf_add_repr(vm, &b, r->stop);
    if (ok && !(SL_IS_INT(r->step) && SL_INT_VAL(r->step) == 1)) {
        sl_buf_add(&b, ", ", 2);
        ok = sl_buf_add_repr(vm, &b, r->step);
    }
    if (!ok) {
        sl_buf_free(&b);
        return SL_NULL;
    }
    sl_buf_addc(&b, ')');
    return sl_buf_finish(vm, &b);
}

static int64_t range_len(SlVM *vm, SlValue v) {
    SlValue n = RANGE(v)->length;
    if (SL_IS_INT(n)) return SL_INT_VAL(n);
    int64_t x;
    if (!sl_int_as_i64(vm, n, &x)) return -1;
    return x;
}

static int range_bool(SlVM *vm, SlValue v) {
    (void)vm;
    return sl_int_sign(RANGE(v)->length) != 0;
}

/* start + i * step for an in-range int i */
static SlValue range_item(SlVM *vm, SlRange *r, SlValue i) {
    int64_t iv;
    if (sl_int_fast(i, &iv) && SL_IS_INT(r->start) && SL_IS_INT(r->stop) && SL_IS_INT(r->step)) {
        /* -1 <= i <= len, so |i * step| <= |stop - start| + |step| < 2**63;
         * CPython adds start + i * step with PyNumber_Add */
        int64_t st = SL_INT_VAL(r->step), start = SL_INT_VAL(r->start), incr = iv * st;
        if (SL_INT_FITS(incr) && SL_INT_FITS(start + incr))
            return sl_int_arith(vm, SL_NB_ADD, start, incr, start + incr);
        return sl_int_from_i64(vm, start + incr);
    }
    SlValue m = int_mul(vm, i, r->step);
    if (!m) return SL_NULL;
    SlValue res = int_add(vm, r->start, m);
    sl_decref(vm, m);
    return res;
}

static SlValue range_getitem(SlVM *vm, SlValue v, SlValue key) {
    SlRange *r = RANGE(v);
    if (SL_IS_SLICE(key)) {
        /* _PySlice_GetLongIndices on the length, then map to values */
        SlSlice *s = (SlSlice *)SL_AS_OBJ(key);
        SlValue step = s->step == SL_NONE ? SL_FROM_INT(1) : exact_index(vm, s->step);
        if (!step) return SL_NULL;
        int sign = sl_int_sign(step);
        if (sign == 0) {
            sl_decref(vm, step);
            return sl_raise(vm, SL_ValueError, "slice step cannot be zero");
        }
        SlValue len = r->length;
        SlValue lower, upper;
        if (sign < 0) {
            lower = SL_FROM_INT(-1);
            upper = int_add(vm, len, SL_FROM_INT(-1));
        } else {
            lower = SL_FROM_INT(0);
            upper = sl_incref(len);
        }
        SlValue bounds[2] = {SL_NULL, SL_NULL};
        SlValue given[2] = {s->start, s->stop};
        bool ok = upper != SL_NULL;
        for (int k = 0; k < 2 && ok; k++) {
            SlValue x = given[k];
            if (x == SL_NONE) {
                bounds[k] = sl_incref(k == 0 ? (sign < 0 ? upper : lower) : (sign < 0 ? lower : upper));
                continue;
            }
            x = exact_index(vm, x);
            if (!x) {
                ok = false;
                break;
            }
            if (sl_int_sign(x) < 0) {
                SlValue y = int_add(vm, x, len);
                sl_decref(vm, x);
                if (!y) {
                    ok = false;
                    break;
                }
                x = y;
                if (int_cmp(x, lower) < 0) {
                    sl_decref(vm, x);
                    x = sl_incref(lower);
                }
            } else if (int_cmp(x, upper) > 0) {
                sl_decref(vm, x);
                x = sl_incref(upper);
            }
            bounds[k] = x;
        }
        SlValue res = SL_NULL;
        if (ok) {
            SlValue nstart = range_item(vm, r, bounds[0]);
            SlValue nstop = nstart ? range_item(vm, r, bounds[1]) : SL_NULL;
            SlValue nstep = nstop ? int_mul(vm, r->step, step) : SL_NULL;
            if (nstep) {
                res = make_range(vm, nstart, nstop, nstep);
            } else {
                sl_xdecref(vm, nstart);
                sl_xdecref(vm, nstop);
            }
        }
        sl_xdecref(vm, bounds[0]);
        sl_xdecref(vm, bounds[1]);
        sl_xdecref(vm, upper);
        sl_decref(vm, step);
        return res;
    }
    if (!sl_has_index(key))
        return sl_raise(vm, SL_TypeError, "range indices must be integers or slices, not %s",
                        sl_type_name(key));
    SlValue i = exact_index(vm, key);
    if (!i) return SL_NULL;
    if (sl_int_sign(i) < 0) {
        SlValue j = int_add(vm, i, r->length);
        sl_decref(vm, i);
        if (!j) return SL_NULL;
        i = j;
    }
    if (sl_int_sign(i) < 0 || int_cmp(i, r->length) >= 0) {
        sl_decref(vm, i);
        return sl_raise(vm, SL_IndexError, "range object index out of range");
    }
    SlValue res = range_item(vm, r, i);
    sl_decref(vm, i);
    return res;
}

static bool is_exact_int(SlValue v) {
    return SL_IS_INT(v) || SL_AS_OBJ(v)->type == &sl_int_type || SL_AS_OBJ(v)->type == &sl_bool_type;
}

/* 1 if the int ob is one of the range's values */
static int range_contains_long(SlVM *vm, SlRange *r, SlValue ob) {
    int64_t x;
    if (sl_int_fast(ob, &x) && SL_IS_INT(r->start) && SL_IS_INT(r->stop) && SL_IS_INT(r->step)) {
        int64_t lo = SL_INT_VAL(r->start), hi = SL_INT_VAL(r->stop), st = SL_INT_VAL(r->step);
        if (st > 0 ? !(lo <= x && x < hi) : !(hi < x && x <= lo)) return 0;
        return (x - lo) % st == 0;
    }
    int cmp1, cmp2;
    if (sl_int_sign(r->step) > 0) {
        cmp1 = int_cmp(r->start, ob) <= 0;
        cmp2 = int_cmp(ob, r->stop) < 0;
    } else {
        cmp1 = int_cmp(ob, r->start) <= 0;
        cmp2 = int_cmp(r->stop, ob) < 0;
    }
    if (!cmp1 || !cmp2) return 0;
    SlValue d = int_sub(vm, ob, r->start);
    if (!d) return -1;
    SlValue m = sl_binop(vm, SL_NB_MOD, d, r->step);
    sl_decref(vm, d);
    if (!m) return -1;
    int res = sl_int_sign(m) == 0;
    sl_decref(vm, m);
    return res;
}

static int range_contains(SlVM *vm, SlValue v, SlValue ob) {
    if (is_exact_int(ob)) return range_contains_long(vm, RANGE(v), ob);
    /* _PySequence_IterSearch */
    SlValue it = sl_iter(vm, v);
    if (!it) return -1;
    for (;;) {
        SlValue x = sl_iternext(vm, it);
        if (!x) {
            sl_decref(vm, it);
            return sl_exc_occurred(vm) ? -1 : 0;
        }
        int eq = sl_eq(vm, x, ob);
        sl_decref(vm, x);
        if (eq) {
            sl_decref(vm, it);
            return eq;
        }
    }
}

static int range_equals(SlRange *a, SlRange *b) {
    if (a == b) return 1;
    if (int_cmp(a->length, b->length) != 0) return 0;
    if (sl_int_sign(a->length) == 0) return 1;
    if (int_cmp(a->start, b->start) != 0) return 0;
    if (SL_IS_INT(a->length) && SL_INT_VAL(a->length) == 1) return 1;
    return int_cmp(a->step, b->step) == 0;
}

static SlValue range_richcompare(SlVM *vm, SlValue a, SlValue b, SlCompareOp op) {
    (void)vm;
    if (!SL_IS_OBJ(a) || !SL_IS_OBJ(b) || SL_AS_OBJ(a)->type != &sl_range_type ||
        SL_AS_OBJ(b)->type != &sl_range_type)
        return SL_NOTIMPL;
    if (op != SL_EQ && op != SL_NE) return SL_NOTIMPL;
    int eq = range_equals(RANGE(a), RANGE(b));
    return SL_BOOL(op == SL_EQ ? eq : !eq);
}

static bool range_hash(SlVM *vm, SlValue v, int64_t *out) {
    SlRange *r = RANGE(v);
    SlValue items[3] = {r->length, SL_NONE, SL_NONE};
    if (sl_int_sign(r->length) != 0) {
        items[1] = r->start;
        if (!(SL_IS_INT(r->length) && SL_INT_VAL(r->length) == 1)) items[2] = r->step;
    }
    return sl_tuple_hash_items(vm, items, 3, true, out);
}

static SlValue range_count(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                           SlValue kwnames) {
    if (!sl_args_check(vm, "range.count", nargs, kwnames, 1, 1)) return SL_NULL;
    if (is_exact_int(args[0])) {
        int r = range_contains_long(vm, RANGE(self), args[0]);
        return r < 0 ? SL_NULL : SL_FROM_INT(r);
    }
    SlValue it = sl_iter(vm, self);
    if (!it) return SL_NULL;
    int64_t n = 0;
    for (;;) {
        SlValue x = sl_iternext(vm, it);
        if (!x) break;
        int eq = sl_eq(vm, x, args[0]);
        sl_decref(vm, x);
        if (eq < 0) break;
        n += eq;
    }
    sl_decref(vm, it);
    if (sl_exc_occurred(vm)) return SL_NULL;
    return SL_FROM_INT(n);
}

static SlValue range_index(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                           SlValue kwnames) {
    if (!sl_args_check(vm, "range.index", nargs, kwnames, 1, 1)) return SL_NULL;
    SlRange *r = RANGE(self);
    SlValue ob = args[0];
    if (is_exact_int(ob)) {
        int c = range_contains_long(vm, r, ob);
        if (c < 0) return SL_NULL;
        if (c) {
            SlValue d = int_sub(vm, ob, r->start);
            if (!d) return SL_NULL;
            SlValue q = int_floordiv(vm, d, r->step);
            sl_decref(vm, d);
            return q;
        }
        SlValue rep = sl_repr(vm, ob);
        if (!rep) return SL_NULL;
        sl_raise(vm, SL_ValueError, "%s is not in range", SL_STR_DATA(rep));
        sl_decref(vm, rep);
        return SL_NULL;
    }
    SlValue it = sl_iter(vm, self);
    if (!it) return SL_NULL;
    for (int64_t i = 0;; i++) {
        SlValue x = sl_iternext(vm, it);
        if (!x) break;
        int eq = sl_eq(vm, x, ob);
        sl_decref(vm, x);
        if (eq < 0) break;
        if (eq) {
            sl_decref(vm, it);
            return SL_FROM_INT(i);
        }
    }
    sl_decref(vm, it);
    if (sl_exc_occurred(vm)) return SL_NULL;
    return sl_raise(vm, SL_ValueError, "sequence.index(x): x not in sequence");
}

static SlValue range_get_start(SlVM *vm, SlValue s) { (void)vm; return sl_incref(RANGE(s)->start); }
static SlValue range_get_stop(SlVM *vm, SlValue s) { (void)vm; return sl_incref(RANGE(s)->stop); }
static SlValue range_get_step(SlVM *vm, SlValue s) { (void)vm; return sl_incref(RANGE(s)->step); }

/* ---- range iterators --------------------------------------------------------------- */

typedef struct {
    SlObject ob;
    int64_t start, step, len;
} RangeIter;

typedef struct {
    SlObject ob;
    SlValue start, step, len;  /* ints */
} LongRangeIter;

static SlValue self_iter(SlVM *vm, SlValue v) {
    (void)vm;
    return sl_incref(v);
}

static SlValue rangeiter_next(SlVM *vm, SlValue self) {
    (void)vm;
    RangeIter *it = (RangeIter *)SL_AS_OBJ(self);
    if (it->len > 0) {
        int64_t v = it->start;
        it->start = v + it->step;
        it->len--;
        return sl_int_new(vm, v);
    }
    return SL_NULL;
}

static SlValue rangeiter_length_hint(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                     SlValue kwnames) {
    (void)args;
    if (!sl_args_check(vm, "__length_hint__", nargs, kwnames, 0, 0)) return SL_NULL;
    return SL_FROM_INT(((RangeIter *)SL_AS_OBJ(self))->len);
}

static SlValue longrangeiter_next(SlVM *vm, SlValue self) {
    LongRangeIter *it = (LongRangeIter *)SL_AS_OBJ(self);
    if (sl_int_sign(it->len) <= 0) return SL_NULL;
    SlValue nlen = int_sub(vm, it->len, SL_FROM_INT(1));
    if (!nlen) return SL_NULL;
    SlValue next = int_add(vm, it->start, it->step);
    if (!next) {
        sl_decref(vm, nlen);
        return SL_NULL;
    }
    SlValue result = it->start;
    it->start = next;
    SL_SETREF(vm, it->len, nlen);
    return result;
}

static SlValue longrangeiter_length_hint(SlVM *vm, SlValue self, const SlValue *args,
                                         size_t nargs, SlValue kwnames) {
    (void)args;
    if (!sl_args_check(vm, "__length_hint__", nargs, kwnames, 0, 0)) return SL_NULL;
    return sl_incref(((LongRangeIter *)SL_AS_OBJ(self))->len);
}

static void longrangeiter_dealloc(SlVM *vm, SlObject *o) {
    LongRangeIter *it = (LongRangeIter *)o;
    sl_decref(vm, it->start);
    sl_decref(vm, it->step);
    sl_decref(vm, it->len);
    sl_obj_free(vm, o);
}

/* an iterator yielding len values start, start+step, ... (steals nothing) */
static SlValue make_range_iter(SlVM *vm, SlValue start, SlValue step, SlValue len, bool fast) {
    if (fast) {
        RangeIter *it = (RangeIter *)sl_obj_alloc(vm, &sl_range_iter_type, sizeof(RangeIter));
        if (!it) return SL_NULL;
        it->start = SL_INT_VAL(start);
        it->step = SL_INT_VAL(step);
        it->len = SL_INT_VAL(len);
        return SL_OBJ(it);
    }
    LongRangeIter *it =
        (LongRangeIter *)sl_obj_alloc(vm, &sl_longrange_iter_type, sizeof(LongRangeIter));
    if (!it) return SL_NULL;
    it->start = sl_incref(start);
    it->step = sl_incref(step);
    it->len = sl_incref(len);
    return SL_OBJ(it);
}

static bool range_is_fast(SlRange *r) {
    return SL_IS_INT(r->start) && SL_IS_INT(r->stop) && SL_IS_INT(r->step) && SL_IS_INT(r->length);
}

static SlValue range_iter(SlVM *vm, SlValue v) {
    SlRange *r = RANGE(v);
    return make_range_iter(vm, r->start, r->step, r->length, range_is_fast(r));
}

SlValue sl_range_reversed(SlVM *vm, SlValue v) {
    SlRange *r = RANGE(v);
    if (range_is_fast(r)) {
        /* last = start + (len - 1) * step lies within [start, stop] */
        int64_t len = SL_INT_VAL(r->length), st = SL_INT_VAL(r->step);
        int64_t last = len ? SL_INT_VAL(r->start) + (len - 1) * st : SL_INT_VAL(r->start);
        return make_range_iter(vm, SL_FROM_INT(last), SL_FROM_INT(-st), r->length, true);
    }
    SlValue lm1 = int_sub(vm, r->length, SL_FROM_INT(1));
    if (!lm1) return SL_NULL;
    SlValue prod = int_mul(vm, lm1, r->step);
    sl_decref(vm, lm1);
    if (!prod) return SL_NULL;
    SlValue last = int_add(vm, r->start, prod);
    sl_decref(vm, prod);
    if (!last) return SL_NULL;
    SlValue nstep = int_neg(vm, r->step);
    if (!nstep) {
        sl_decref(vm, last);
        return SL_NULL;
    }
    SlValue it = make_range_iter(vm, last, nstep, r->length, false);
    sl_decref(vm, last);
    sl_decref(vm, nstep);
    return it;
}

static SlValue range_reversed_m(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                SlValue kwnames) {
    (void)args;
    if (!sl_args_check(vm, "range.__reversed__", nargs, kwnames, 0, 0)) return SL_NULL;
    return sl_range_reversed(vm, self);
}

static const SlMethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, SL_METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL}};
static const SlMethodDef longrangeiter_methods[] = {
    {"__length_hint__", longrangeiter_length_hint, SL_METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL}};

SlType sl_range_iter_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "range_iterator",
    .basicsize = sizeof(RangeIter),
    .iter = self_iter,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};

SlType sl_longrange_iter_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "longrange_iterator",
    .basicsize = sizeof(LongRangeIter),
    .dealloc = longrangeiter_dealloc,
    .iter = self_iter,
    .iternext = longrangeiter_next,
    .methods = longrangeiter_methods,
};

static const SlMethodDef range_methods[] = {
    {"__reversed__", range_reversed_m, SL_METH_DEFAULT,
     "Return a reverse iterator."},
    {"count", range_count, SL_METH_DEFAULT, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", range_index, SL_METH_DEFAULT,
     "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present."},
    {NULL, NULL, 0, NULL}};

static const SlGetSetDef range_getsets[] = {
    {"start", range_get_start, NULL, NULL},
    {"stop", range_get_stop, NULL, NULL},
    {"step", range_get_step, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

SlType sl_range_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "range",
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\n"
           "Return an object that produces a sequence of integers from start (inclusive)\n"
           "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
           "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
           "These are exactly the valid indices for a list of 4 elements.\n"
           "When step is given, it specifies the increment (or decrement).",
    .basicsize = sizeof(SlRange),
    .dealloc = range_dealloc,
    .new_ = range_new,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .bool_ = range_bool,
    .methods = range_methods,
    .getsets = range_getsets,
};

/* ---- slice ------------------------------------------------------------------------ */

#define SLICE(v) ((SlSlice *)SL_AS_OBJ(v))

SlValue sl_slice_new(SlVM *vm, SlValue start, SlValue stop, SlValue step) {
    SlSlice *s = (SlSlice *)sl_obj_alloc(vm, &sl_slice_type, sizeof(SlSlice));
    if (!s) return SL_NULL;
    s->start = start ? sl_incref(start) : SL_NONE;
    s->stop = stop ? sl_incref(stop) : SL_NONE;
    s->step = step ? sl_incref(step) : SL_NONE;
    return SL_OBJ(s);
}

static SlValue slice_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs,
                         SlValue kwnames) {
    (void)type;
    if (!sl_args_check(vm, "slice", nargs, kwnames, 1, 3)) return SL_NULL;
    if (nargs == 1) return sl_slice_new(vm, SL_NULL, args[0], SL_NULL);
    return sl_slice_new(vm, args[0], args[1], nargs == 3 ? args[2] : SL_NULL);
}

static void slice_dealloc(SlVM *vm, SlObject *o) {
    SlSlice *s = (SlSlice *)o;
    sl_xdecref(vm, s->start);
    sl_xdecref(vm, s->stop);
    sl_xdecref(vm, s->step);
    sl_obj_free(vm, o);
}

static void slice_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    SlSlice *s = (SlSlice *)o;
    if (SL_IS_OBJ(s->start)) visit(s->start, arg);
    if (SL_IS_OBJ(s->stop)) visit(s->stop, arg);
    if (SL_IS_OBJ(s->step)) visit(s->step, arg);
}

static void slice_clear(SlVM *vm, SlObject *o) {
    SlSlice *s = (SlSlice *)o;
    SL_SETREF(vm, s->start, SL_NONE);
    SL_SETREF(vm, s->stop, SL_NONE);
    SL_SETREF(vm, s->step, SL_NONE);
}

static SlValue slice_repr(SlVM *vm, SlValue v) {
    SlSlice *s = SLICE(v);
    SlBuf b;
    sl_buf_init(&b);
    sl_buf_adds(&b, "slice(");
    bool ok = sl_buf_add_repr(vm, &b, s->start);
    sl_buf_add(&b, ", ", 2);
    ok = ok && sl_buf_add_repr(vm, &b, s->stop);
    sl_buf_add(&b, ", ", 2);
    ok = ok && sl_buf_add_repr(vm, &b, s->step);
    if (!ok) {
        sl_buf_free(&b);
        return SL_NULL;
    }
    sl_buf_addc(&b, ')');
    return sl_buf_finish(vm, &b);
}

/* 3.12+: slices are hashable (xxHash over start, stop, step, without the
 * length term); 3.8-3.11: TypeError "unhashable type: 'slice'". */
static bool slice_hash(SlVM *vm, SlValue v, int64_t *out) {
    SlSlice *s = SLICE(v);
    SlValue items[3] = {s->start, s->stop, s->step};
    return sl_tuple_hash_items(vm, items, 3, false, out);
}

static SlValue slice_richcompare(SlVM *vm, SlValue a, SlValue b, SlCompareOp op) {
    if (!SL_IS_SLICE(a) || !SL_IS_SLICE(b)) return SL_NOTIMPL;
    if (a == b) {
        if (op == SL_EQ || op == SL_LE || op == SL_GE) return SL_TRUE;
        if (op == SL_NE || op == SL_LT || op == SL_GT) return SL_FALSE;
    }
    SlValue t1 = sl_tuple_pack(vm, 3, SLICE(a)->start, SLICE(a)->stop, SLICE(a)->step);
    if (!t1) return SL_NULL;
    SlValue t2 = sl_tuple_pack(vm, 3, SLICE(b)->start, SLICE(b)->stop, SLICE(b)->step);
    if (!t2) {
        sl_decref(vm, t1);
        return SL_NULL;
    }
    SlValue r = sl_richcompare(vm, t1, t2, op);
    sl_decref(vm, t1);
    sl_decref(vm, t2);
    return r;
}

static SlValue slice_indices_m(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                               SlValue kwnames) {
    if (!sl_args_check(vm, "slice.indices", nargs, kwnames, 1, 1)) return SL_NULL;
    SlValue lenv = sl_index(vm, args[0]);
    if (!lenv) return SL_NULL;
    int sign = sl_int_sign(lenv);
    int64_t length;
    bool ok = sl_as_ssize(vm, lenv, NULL, &length);
    sl_decref(vm, lenv);
    if (!ok) return SL_NULL;
    if (sign < 0) return sl_raise(vm, SL_ValueError, "length should not be negative");
    SlSlice *s = SLICE(self);
    SlValue step = SL_FROM_INT(1);
    if (s->step != SL_NONE) {
        step = sl_index(vm, s->step);
        if (!step) return SL_NULL;
        if (sl_int_sign(step) == 0) {
            sl_decref(vm, step);
            return sl_raise(vm, SL_ValueError, "slice step cannot be zero");
        }
    }
    int64_t start, stop, st;
    if (!sl_slice_unpack(vm, self, &start, &stop, &st)) {
        sl_decref(vm, step);
        return SL_NULL;
    }
    sl_slice_adjust(length, &start, &stop, st);
    SlValue r = sl_tuple_new(vm, 3);
    if (!r) {
        sl_decref(vm, step);
        return SL_NULL;
    }
    SL_TUPLE_ITEMS(r)[0] = sl_int_from_i64(vm, start);
    SL_TUPLE_ITEMS(r)[1] = sl_int_from_i64(vm, stop);
    SL_TUPLE_ITEMS(r)[2] = SL_IS_INT(step) || SL_AS_OBJ(step)->type == &sl_int_type
                               ? step : sl_int_exact(vm, step);
    if (SL_TUPLE_ITEMS(r)[2] != step) sl_decref(vm, step);
    if (!SL_TUPLE_ITEMS(r)[0] || !SL_TUPLE_ITEMS(r)[1] || !SL_TUPLE_ITEMS(r)[2]) {
        sl_decref(vm, r);
        return SL_NULL;
    }
    return r;
}

static SlValue slice_get_start(SlVM *vm, SlValue s) { (void)vm; return sl_incref(SLICE(s)->start); }
static SlValue slice_get_stop(SlVM *vm, SlValue s) { (void)vm; return sl_incref(SLICE(s)->stop); }
static SlValue slice_get_step(SlVM *vm, SlValue s) { (void)vm; return sl_incref(SLICE(s)->step); }

static const SlMethodDef slice_methods[] = {
    {"indices", slice_indices_m, SL_METH_DEFAULT,
     "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate "
     "the start and stop\nindices, and the stride length of the extended slice described by\nS. "
     "Out of bounds indices are clipped in a manner consistent with the\nhandling of normal "
     "slices."},
    {NULL, NULL, 0, NULL}};

static const SlGetSetDef slice_getsets[] = {
    {"start", slice_get_start, NULL, NULL},
    {"stop", slice_get_stop, NULL, NULL},
    {"step", slice_get_step, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

SlType sl_slice_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "slice",
    .doc = "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for "
           "extended slicing (e.g. a[0:10:2]).",
    .flags = SL_TPFLAGS_HAVE_GC,
    .basicsize = sizeof(SlSlice),
    .dealloc = slice_dealloc,
    .traverse = slice_traverse,
    .clear = slice_clear,
    .new_ = slice_new,
    .repr = slice_repr,
    .hash = slice_hash,
    .richcompare = slice_richcompare,
    .methods = slice_methods,
    .getsets = slice_getsets,
};
