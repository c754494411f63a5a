/* list.c: list objects (CPython's Objects/listobject.c).
 *
 * `allocated` follows CPython exactly, because the memory model reports
 * sys.getsizeof(list) from it: list_resize's 3.9+ over-allocation rule,
 * exact sizes for [a, b], [x] * n, a + b and slices, and the 3.10+
 * "round up to even" preallocation of list(iterable_with_len).
 * sort() is a port of CPython's timsort (listsort), so the comparisons a
 * program can observe (__lt__ calls, exceptions) come in CPython's order.
 */
#include "list.h"
#include "memmodel.h"
#include "vm.h"

#include <string.h>

#include "args.h"
#include "dict.h"
#include "errors.h"
#include "int.h"
#include "iter.h"
#include "range.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

#define LIST_MAX_SIZE (((size_t)1 << 60) / sizeof(SlValue))

/* ---- storage ----------------------------------------------------------------- */

static bool set_capacity(SlVM *vm, SlList *l, size_t new_allocated) {
    if (new_allocated > LIST_MAX_SIZE) {
        sl_raise_nomemory(vm);
        return false;
    }
    if (new_allocated == 0) {
        sl_mem_free(vm, l->items, l->allocated * sizeof(SlValue));
        l->items = NULL;
    } else {
        SlValue *p = l->items
                         ? sl_mem_realloc(vm, l->items, l->allocated * sizeof(SlValue),
                                          new_allocated * sizeof(SlValue))
                         : sl_mem_alloc(vm, new_allocated * sizeof(SlValue));
        if (!p) return false;
        l->items = p;
    }
    sl_mm_block(vm, &l->ob, SL_SIM_AUX, sl_mm_list_items_size(l->allocated),
                sl_mm_list_items_size(new_allocated));
    l->allocated = new_allocated;
    return true;
}

/* CPython's list_resize (3.9+): size becomes newsize; the capacity grows
 * by ~1/8 plus a little, rounded to a multiple of 4, unless the jump is
 * large (then just newsize rounded up to 4); it shrinks when newsize drops
 * below half of the capacity. */
static bool list_resize(SlVM *vm, SlList *l, size_t newsize) {
    size_t allocated = l->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        l->size = newsize;
        return true;
    }
    if (newsize > LIST_MAX_SIZE) {
        sl_raise_nomemory(vm);
        return false;
    }
    size_t new_allocated;
    if (vm->ver->mem.list_growth == SL_LIST_GROWTH_38) {
        new_allocated = newsize + (newsize >> 3) + (newsize < 9 ? 3 : 6);
    } else {
        new_allocated = (newsize + (newsize >> 3) + 6) & ~(size_t)3;
        if ((int64_t)newsize - (int64_t)l->size > (int64_t)(new_allocated - newsize))
            new_allocated = (newsize + 3) & ~(size_t)3;
    }
    if (newsize == 0) new_allocated = 0;
    if (!set_capacity(vm, l, new_allocated)) return false;
    l->size = newsize;
    return true;
}

bool sl_list_resize(SlVM *vm, SlValue list, size_t newsize) {
    return list_resize(vm, SL_LIST(list), newsize);
}

/* list_preallocate_exact (3.10+): room for n items, rounded up to even
 * because pymalloc's granularity makes the odd slot free.  3.8/3.9: exact n. */
static bool preallocate_exact(SlVM *vm, SlList *l, size_t n) {
    if (vm->ver->mem.list_from_sized_even) n = (n + 1) & ~(size_t)1;
    return set_capacity(vm, l, n);
}

static SlList *list_alloc(SlVM *vm, SlType *type) {
    SlList *l = (SlList *)sl_obj_alloc(vm, type, type->basicsize < sizeof(SlList)
                                                     ? sizeof(SlList) : type->basicsize);
    return l;
}

SlValue sl_list_new(SlVM *vm, size_t n) {
    SlList *l = list_alloc(vm, &sl_list_type);
    if (!l) return SL_NULL;
    if (n) {
        if (!set_capacity(vm, l, n)) {
            sl_decref(vm, SL_OBJ(l));
            return SL_NULL;
        }
        memset(l->items, 0, n * sizeof(SlValue));
        l->size = n;
    }
    return SL_OBJ(l);
}

/* Drop every item: the list is made empty first, so that destructors
 * running during the decrefs see a valid (empty) list (_list_clear). */
static void list_clear_items(SlVM *vm, SlList *l) {
    SlValue *items = l->items;
    size_t n = l->size, cap = l->allocated;
    if (!items) return;
    l->items = NULL;
    l->size = 0;
    l->allocated = 0;
    sl_mm_block(vm, &l->ob, SL_SIM_AUX, sl_mm_list_items_size(cap), 0);
    while (n-- > 0) sl_xdecref(vm, items[n]);
    sl_mem_free(vm, items, cap * sizeof(SlValue));
}

bool sl_list_append(SlVM *vm, SlValue list, SlValue v) {
    SlList *l = SL_LIST(list);
    size_t n = l->size;
    if (l->allocated > n) {
        l->items[n] = sl_incref(v);
        l->size = n + 1;
        return true;
    }
    if (!list_resize(vm, l, n + 1)) return false;
    l->items[n] = sl_incref(v);
    return true;
}

/* append taking ownership of v */
static bool append_steal(SlVM *vm, SlList *l, SlValue v) {
    size_t n = l->size;
    if (l->allocated > n) {
        l->items[n] = v;
        l->size = n + 1;
        return true;
    }
    if (!list_resize(vm, l, n + 1)) {
        sl_decref(vm, v);
        return false;
    }
    l->items[n] = v;
    return true;
}

bool sl_list_insert(SlVM *vm, SlValue list, int64_t where, SlValue v) {
    SlList *l = SL_LIST(list);
    int64_t n = (int64_t)l->size;
    if (!list_resize(vm, l, (size_t)n + 1)) return false;
    if (where < 0) {
        where += n;
        if (where < 0) where = 0;
    }
    if (where > n) where = n;
    memmove(&l->items[where + 1], &l->items[where], (size_t)(n - where) * sizeof(SlValue));
    l->items[where] = sl_incref(v);
    return true;
}

SlValue sl_list_slice(SlVM *vm, SlValue list, size_t lo, size_t hi) {
    SlList *a = SL_LIST(list);
    if (hi > a->size) hi = a->size;
    if (lo > hi) lo = hi;
    size_t len = hi - lo;
    SlValue r = sl_list_new(vm, len);
    if (!r) return SL_NULL;
    for (size_t i = 0; i < len; i++) SL_LIST(r)->items[i] = sl_incref(a->items[lo + i]);
    return r;
}

/* PySequence_Fast: v itself if a list or tuple (new reference), else list(v);
 * a TypeError from iter() becomes `msg`. */
static SlValue seq_fast(SlVM *vm, SlValue v, const char *msg) {
    if (SL_IS_LIST(v) || SL_IS_TUPLE(v)) return sl_incref(v);
    SlValue it = sl_iter(vm, v);
    if (!it) {
        if (sl_exc_matches(vm, SL_TypeError)) {
            sl_exc_clear(vm);
            sl_raise(vm, SL_TypeError, "%s", msg);
        }
        return SL_NULL;
    }
    SlValue l = sl_list_new(vm, 0);
    if (l && !sl_list_extend(vm, l, it)) {
        sl_decref(vm, l);
        l = SL_NULL;
    }
    sl_decref(vm, it);
    return l;
}

static size_t fast_size(SlValue s) { return SL_IS_LIST(s) ? SL_LIST(s)->size : SL_TUPLE_SIZE(s); }
static SlValue *fast_items(SlValue s) { return SL_IS_LIST(s) ? SL_LIST(s)->items : SL_TUPLE_ITEMS(s); }

/* list_ass_slice: a[ilow:ihigh] = v (v SL_NULL deletes).  Old items are
 * released only after the list is consistent again. */
bool sl_list_ass_slice(SlVM *vm, SlValue list, int64_t ilow, int64_t ihigh, SlValue v) {
    SlList *a = SL_LIST(list);
    SlValue seq = SL_NULL;
    size_t n = 0;
    SlValue *vitem = NULL;
    if (v) {
        if (v == list) {
            seq = sl_list_slice(vm, v, 0, a->size);
        } else {
            /* 3.8-3.12: "can only assign an iterable" */
            seq = seq_fast(vm, v, "must assign iterable to extended slice");
        }
        if (!seq) return false;
        n = fast_size(seq);
        vitem = fast_items(seq);
    }
    int64_t size = (int64_t)a->size;
    if (ilow < 0) ilow = 0;
    else if (ilow > size) ilow = size;
    if (ihigh < ilow) ihigh = ilow;
    else if (ihigh > size) ihigh = size;
    int64_t norig = ihigh - ilow;
    int64_t d = (int64_t)n - norig;
    if (size + d == 0) {
        sl_xdecref(vm, seq);
        list_clear_items(vm, a);
        return true;
    }
    SlValue small[8];
    SlValue *recycle = small;
    if (norig > 8) {
        recycle = sl_mem_alloc(vm, (size_t)norig * sizeof(SlValue));
        if (!recycle) {
            sl_xdecref(vm, seq);
            return false;
        }
    }
    memcpy(recycle, &a->items[ilow], (size_t)norig * sizeof(SlValue));
    bool ok = true;
    if (d < 0) {
        size_t tail = (size_t)(size - ihigh) * sizeof(SlValue);
        memmove(&a->items[ihigh + d], &a->items[ihigh], tail);
        if (!list_resize(vm, a, (size_t)(size + d))) {
            memmove(&a->items[ihigh], &a->items[ihigh + d], tail);
            memcpy(&a->items[ilow], recycle, (size_t)norig * sizeof(SlValue));
            ok = false;
            goto done;
        }
    } else if (d > 0) {
        if (!list_resize(vm, a, (size_t)(size + d))) {
            ok = false;
            goto done;
        }
        memmove(&a->items[ihigh + d], &a->items[ihigh], (size_t)(size - ihigh) * sizeof(SlValue));
    }
    for (size_t k = 0; k < n; k++, ilow++) a->items[ilow] = sl_incref(vitem[k]);
    for (int64_t k = norig - 1; k >= 0; --k) sl_xdecref(vm, recycle[k]);
done:
    if (recycle != small) sl_mem_free(vm, recycle, (size_t)norig * sizeof(SlValue));
    sl_xdecref(vm, seq);
    return ok;
}

static SlValue list_inplace_repeat(SlVM *vm, SlValue a, SlValue b);

/* list_resize to m + n, then the caller fills items[m..m+n) */
static bool extend_room(SlVM *vm, SlList *self, size_t n) {
    return list_resize(vm, self, self->size + n);
}

/* list.extend(iterable), as CPython 3.13's _list_extend: exact lists and
 * tuples are copied (preallocating exactly when the list has no storage
 * yet), exact sets, dicts and dict views are sized up front with
 * list_resize, anything else is iterated with a length hint.
 * (3.12 and earlier have no set/dict cases; 3.8/3.9 preallocate exactly
 * without rounding, and only in __init__.) */
bool sl_list_extend(SlVM *vm, SlValue list, SlValue iterable) {
    SlList *self = SL_LIST(list);
    if (iterable == list) {
        SlValue r = list_inplace_repeat(vm, list, SL_FROM_INT(2));
        if (!r) return false;
        sl_decref(vm, r);
        return true;
    }
    SlType *it_type = sl_type_of(iterable);
    if (it_type == &sl_list_type || it_type == &sl_tuple_type) {
        size_t n = fast_size(iterable);
        if (n == 0) return true;
        size_t m = self->size;
        if (self->items == NULL && vm->ver->mem.list_from_sized_even) {
            if (!preallocate_exact(vm, self, n)) return false;
            self->size = n;
        } else if (!list_resize(vm, self, m + n)) {
            return false;
        }
        SlValue *src = fast_items(iterable);
        for (size_t i = 0; i < n; i++) self->items[m + i] = sl_incref(src[i]);
        return true;
    }
    if (it_type == &sl_set_type || it_type == &sl_frozenset_type) {
        size_t m = self->size, n = sl_set_size(iterable);
        if (n == 0) return true;   /* (items may be NULL: no pointer arithmetic on it) */
        if (!extend_room(vm, self, n)) return false;
        size_t pos = 0;
        SlValue key;
        SlValue *dest = self->items + m;
        while (sl_set_next(iterable, &pos, &key)) *dest++ = sl_incref(key);
        return true;
    }
    if (it_type == &sl_dict_type || it_type == &sl_dict_keys_type ||
        it_type == &sl_dict_values_type || it_type == &sl_dict_items_type) {
        int which = it_type == &sl_dict_values_type ? 1 : it_type == &sl_dict_items_type ? 2 : 0;
        SlValue d = it_type == &sl_dict_type ? iterable : sl_dict_view_dict(iterable);
        size_t m = self->size, n = sl_dict_size(d);
        if (!extend_room(vm, self, n)) return false;
        size_t pos = 0, i = 0;
        SlValue key, value;
        while (sl_dict_next(d, &pos, &key, &value)) {
            SlValue item = which == 0 ? sl_incref(key) : which == 1 ? sl_incref(value)
                                                                 : sl_tuple_pack(vm, 2, key, value);
            if (!item) {
                self->size = m + i;
                return false;
            }
            self->items[m + i++] = item;
        }
        return true;
    }
    SlValue it = sl_iter(vm, iterable);
    if (!it) return false;
    SlValue (*iternext)(SlVM *, SlValue) = sl_type_of(it)->iternext;
    int64_t hint = sl_length_hint(vm, iterable, 8);
    if (hint < 0) {
        sl_decref(vm, it);
        return false;
    }
    size_t m = self->size;
    if ((uint64_t)hint > LIST_MAX_SIZE - m) {
        /* m + n overflows: ignore the hint */
    } else if (self->items == NULL && vm->ver->mem.list_from_sized_even) {
        if (hint && !preallocate_exact(vm, self, (size_t)hint)) goto error;
    } else if (hint) {   /* 3.8/3.9: list_resize(m + n) */
        if (!list_resize(vm, self, m + (size_t)hint)) goto error;
        self->size = m;
    }
    for (;;) {
        SlValue item = iternext(vm, it);
        if (!item) {
            if (sl_exc_occurred(vm)) {
                if (!sl_exc_matches(vm, SL_StopIteration)) goto error;
                sl_exc_clear(vm);
            }
            break;
        }
        if (self->size < self->allocated) {
            self->items[self->size++] = item;
        } else if (!append_steal(vm, self, item)) {
            goto error;
        }
    }
    if (self->size < self->allocated && !list_resize(vm, self, self->size)) goto error;
    sl_decref(vm, it);
    return true;
error:
    sl_decref(vm, it);
    return false;
}

/* list.__init__(iterable): empties the list, then extends it.  (3.8-3.12
 * also preallocated exactly here when len(iterable) was known; the extend
 * paths give the same sizes except for dicts and sets in 3.13.) */
static bool list_init_from(SlVM *vm, SlList *self, SlValue iterable, bool prealloc) {
    if (self->items) list_clear_items(vm, self);
    if (!iterable) return true;
    if (prealloc && vm->ver->mem.list_init_prealloc && sl_type_of(iterable)->len) {
        int64_t n = sl_len(vm, iterable);
        if (n < 0) return false;
        if (n > 0 && !preallocate_exact(vm, self, (size_t)n)) return false;
    }
    return sl_list_extend(vm, SL_OBJ(self), iterable);
}

SlValue sl_list_from_iterable(SlVM *vm, SlValue iterable) {
    SlList *l = list_alloc(vm, &sl_list_type);
    if (!l) return SL_NULL;
    if (!list_init_from(vm, l, iterable, false)) {   /* PySequence_List: no preallocation */
        sl_decref(vm, SL_OBJ(l));
        return SL_NULL;
    }
    return SL_OBJ(l);
}

/* ---- lifetime ------------------------------------------------------------------ */

static void list_dealloc(SlVM *vm, SlObject *o) {
    SlList *l = (SlList *)o;
    if (l->items) {
        size_t i = l->size;
        while (i-- > 0) sl_xdecref(vm, l->items[i]);
        sl_mem_free(vm, l->items, l->allocated * sizeof(SlValue));
        sl_mm_block(vm, o, SL_SIM_AUX, sl_mm_list_items_size(l->allocated), 0);
    }
    sl_obj_free(vm, o);
}

static void list_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    SlList *l = (SlList *)o;
    for (size_t i = 0; i < l->size; i++)
        if (SL_IS_OBJ(l->items[i])) visit(l->items[i], arg);
}

static void list_gc_clear(SlVM *vm, SlObject *o) { list_clear_items(vm, (SlList *)o); }

static SlValue list_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs,
                        SlValue kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    SlList *l = list_alloc(vm, type);
    return l ? SL_OBJ(l) : SL_NULL;
}

static bool list_init(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                      SlValue kwnames) {
    if (sl_type_of(self)->new_ == list_new && !sl_args_no_kw(vm, "list", kwnames)) return false;
    if (nargs > 1) {
        sl_raise(vm, SL_TypeError, "list expected at most 1 argument, got %zu", nargs);
        return false;
    }
    return list_init_from(vm, SL_LIST(self), nargs ? args[0] : SL_NULL, true);
}

/* ---- repr, compare ----------------------------------------------------------- */

static SlValue list_repr(SlVM *vm, SlValue v) {
    SlList *l = SL_LIST(v);
    if (l->size == 0) return sl_str_from_cstr(vm, "[]");
    int r = sl_repr_enter(vm, v);
    if (r < 0) return SL_NULL;
    if (r > 0) return sl_str_from_cstr(vm, "[...]");
    SlBuf b;
    sl_buf_init(&b);
    sl_buf_addc(&b, '[');
    /* the list may change while its items' reprs run */
    for (size_t i = 0; i < l->size; i++) {
        if (i) sl_buf_add(&b, ", ", 2);
        SlValue item = sl_incref(l->items[i]);
        bool ok = sl_buf_add_repr(vm, &b, item);
        sl_decref(vm, item);
        if (!ok) {
            sl_buf_free(&b);
            sl_repr_leave(vm, v);
            return SL_NULL;
        }
    }
    sl_buf_addc(&b, ']');
    sl_repr_leave(vm, v);
    return sl_buf_finish(vm, &b);
}

static SlValue compare_sizes(size_t a, size_t b, SlCompareOp op) {
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

static SlValue list_richcompare(SlVM *vm, SlValue a, SlValue b, SlCompareOp op) {
    if (!SL_IS_LIST(a) || !SL_IS_LIST(b)) return SL_NOTIMPL;
    SlList *v = SL_LIST(a), *w = SL_LIST(b);
    if (v->size != w->size && (op == SL_EQ || op == SL_NE)) return SL_BOOL(op == SL_NE);
    size_t i;
    for (i = 0; i < v->size && i < w->size; i++) {
        SlValue x = v->items[i], y = w->items[i];
        if (x == y) continue;
        sl_incref(x);
        sl_incref(y);
        int k = sl_compare_bool(vm, x, y, SL_EQ);
        sl_decref(vm, x);
        sl_decref(vm, y);
        if (k < 0) return SL_NULL;
        if (!k) break;
    }
    if (i >= v->size || i >= w->size) return compare_sizes(v->size, w->size, op);
    if (op == SL_EQ) return SL_FALSE;
    if (op == SL_NE) return SL_TRUE;
    SlValue x = sl_incref(v->items[i]), y = sl_incref(w->items[i]);
    SlValue r = sl_richcompare(vm, x, y, op);
    sl_decref(vm, x);
    sl_decref(vm, y);
    return r;
}

/* ---- sequence protocol -------------------------------------------------------- */

static int64_t list_len(SlVM *vm, SlValue v) {
    (void)vm;
    return (int64_t)SL_LIST(v)->size;
}

static int list_contains(SlVM *vm, SlValue v, SlValue x) {
    SlList *l = SL_LIST(v);
    int cmp = 0;
    for (size_t i = 0; cmp == 0 && i < l->size; i++) {
        SlValue item = sl_incref(l->items[i]);
        cmp = sl_eq(vm, item, x);
        sl_decref(vm, item);
    }
    return cmp;
}

static SlValue list_getitem(SlVM *vm, SlValue v, SlValue key) {
    SlList *l = SL_LIST(v);
    int64_t i;
    if (sl_int_fast(key, &i)) {
        if (i < 0) i += (int64_t)l->size;
        if (i < 0 || i >= (int64_t)l->size)
            return sl_raise(vm, SL_IndexError, "list index out of range");
        return sl_incref(l->items[i]);
    }
    if (sl_has_index(key)) {
        int64_t i;
        if (!sl_seq_index(vm, key, (int64_t)l->size, "list", &i)) return SL_NULL;
        return sl_incref(l->items[i]);
    }
    if (SL_IS_SLICE(key)) {
        int64_t start, stop, step, len;
        if (!sl_slice_indices(vm, key, (int64_t)l->size, &start, &stop, &step, &len))
            return SL_NULL;
        if (len <= 0) return sl_list_new(vm, 0);
        if (step == 1) return sl_list_slice(vm, v, (size_t)start, (size_t)stop);
        SlValue r = sl_list_new(vm, (size_t)len);
        if (!r) return SL_NULL;
        for (int64_t k = 0, cur = start; k < len; k++, cur += step)
            SL_LIST(r)->items[k] = sl_incref(l->items[cur]);
        return r;
    }
    return sl_raise(vm, SL_TypeError, "list indices must be integers or slices, not %s",
                    sl_type_name(key));
}

static bool list_ass_item(SlVM *vm, SlValue list, int64_t i, SlValue v) {
    SlList *l = SL_LIST(list);
    if (i < 0 || i >= (int64_t)l->size) {
        sl_raise(vm, SL_IndexError, "list assignment index out of range");
        return false;
    }
    SlValue old = l->items[i];
    if (!v) {
        /* 3.13: shift down, no shrinking (3.12 and earlier: list_ass_slice,
         * which may shrink the storage) */
        memmove(&l->items[i], &l->items[i + 1], (l->size - (size_t)i - 1) * sizeof(SlValue));
        l->size--;
        sl_decref(vm, old);
        return true;
    }
    l->items[i] = sl_incref(v);
    sl_decref(vm, old);
    return true;
}

static bool list_ass_extended(SlVM *vm, SlList *self, int64_t start, int64_t stop, int64_t step,
                              int64_t slicelength, SlValue value) {
    if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
    if (!value) {
        if (slicelength <= 0) return true;
        if (step < 0) {
            stop = start + 1;
            start = stop + step * (slicelength - 1) - 1;
            step = -step;
        }
        SlValue *garbage = sl_mem_alloc(vm, (size_t)slicelength * sizeof(SlValue));
        if (!garbage) return false;
        size_t cur;
        int64_t i;
        for (cur = (size_t)start, i = 0; cur < (size_t)stop; cur += (size_t)step, i++) {
            int64_t lim = step - 1;
            garbage[i] = self->items[cur];
            if (cur + (size_t)step >= self->size) lim = (int64_t)(self->size - cur - 1);
            memmove(self->items + cur - i, self->items + cur + 1, (size_t)lim * sizeof(SlValue));
        }
        cur = (size_t)start + (size_t)slicelength * (size_t)step;
        if (cur < self->size)
            memmove(self->items + cur - slicelength, self->items + cur,
                    (self->size - cur) * sizeof(SlValue));
        self->size -= (size_t)slicelength;
        bool ok = list_resize(vm, self, self->size);
        for (i = 0; i < slicelength; i++) sl_decref(vm, garbage[i]);
        sl_mem_free(vm, garbage, (size_t)slicelength * sizeof(SlValue));
        return ok;
    }
    SlValue seq = value == SL_OBJ(self) ? sl_list_slice(vm, value, 0, self->size)
                                        : seq_fast(vm, value, "must assign iterable to extended slice");
    if (!seq) return false;
    if ((int64_t)fast_size(seq) != slicelength) {
        sl_raise(vm, SL_ValueError,
                 "attempt to assign sequence of size %zu to extended slice of size %lld",
                 fast_size(seq), (long long)slicelength);
        sl_decref(vm, seq);
        return false;
    }
    if (!slicelength) {
        sl_decref(vm, seq);
        return true;
    }
    SlValue *garbage = sl_mem_alloc(vm, (size_t)slicelength * sizeof(SlValue));
    if (!garbage) {
        sl_decref(vm, seq);
        return false;
    }
    SlValue *seqitems = fast_items(seq);
    size_t cur = (size_t)start;
    for (int64_t i = 0; i < slicelength; cur += (size_t)step, i++) {
        garbage[i] = self->items[cur];
        self->items[cur] = sl_incref(seqitems[i]);
    }
    for (int64_t i = 0; i < slicelength; i++) sl_decref(vm, garbage[i]);
    sl_mem_free(vm, garbage, (size_t)slicelength * sizeof(SlValue));
    sl_decref(vm, seq);
    return true;
}

static bool list_setitem(SlVM *vm, SlValue list, SlValue key, SlValue v) {
    SlList *l = SL_LIST(list);
    if (sl_has_index(key)) {
        int64_t i;
        if (!sl_int_fast(key, &i) && !sl_as_ssize(vm, key, SL_IndexError, &i)) return false;
        if (i < 0) i += (int64_t)l->size;
        return list_ass_item(vm, list, i, v);
    }
    if (SL_IS_SLICE(key)) {
        int64_t start, stop, step;
        if (!sl_slice_unpack(vm, key, &start, &stop, &step)) return false;
        int64_t len = sl_slice_adjust((int64_t)l->size, &start, &stop, step);
        if (step == 1) return sl_list_ass_slice(vm, list, start, stop, v);
        return list_ass_extended(vm, l, start, stop, step, len, v);
    }
    sl_raise(vm, SL_TypeError, "list indices must be integers or slices, not %s",
             sl_type_name(key));
    return false;
}

static SlValue list_concat(SlVM *vm, SlValue a, SlValue b) {
    if (!SL_IS_LIST(a) || !SL_IS_LIST(b)) return SL_NOTIMPL;
    SlList *x = SL_LIST(a), *y = SL_LIST(b);
    size_t n = x->size + y->size;
    SlValue r = sl_list_new(vm, n);
    if (!r) return SL_NULL;
    SlValue *d = SL_LIST(r)->items;
    for (size_t i = 0; i < x->size; i++) d[i] = sl_incref(x->items[i]);
    for (size_t i = 0; i < y->size; i++) d[x->size + i] = sl_incref(y->items[i]);
    return r;
}

static SlValue list_repeat(SlVM *vm, SlValue a, SlValue b) {
    SlValue seq = a, nv = b;
    if (!SL_IS_LIST(seq)) {
        seq = b;
        nv = a;
    }
    if (!SL_IS_LIST(seq) || !sl_has_index(nv)) return SL_NOTIMPL;
    int64_t n;
    if (!sl_as_ssize(vm, nv, SL_OverflowError, &n)) return SL_NULL;
    SlList *l = SL_LIST(seq);
    size_t size = l->size;
    if (size == 0 || n <= 0) return sl_list_new(vm, 0);
    if ((uint64_t)n > LIST_MAX_SIZE / size) return sl_raise_nomemory(vm);
    size_t total = size * (size_t)n;
    SlValue r = sl_list_new(vm, total);
    if (!r) return SL_NULL;
    SlValue *d = SL_LIST(r)->items;
    if (size == 1) {
        SlValue x = l->items[0];
        if (SL_IS_OBJ(x)) SL_AS_OBJ(x)->refcnt += (uint32_t)total;
        for (size_t k = 0; k < total; k++) d[k] = x;
    } else {
        for (size_t k = 0; k < total; k++) d[k] = sl_incref(l->items[k % size]);
    }
    return r;
}

static SlValue list_inplace_concat(SlVM *vm, SlValue a, SlValue b) {
    if (!SL_IS_LIST(a)) return SL_NOTIMPL;
    if (!sl_list_extend(vm, a, b)) return SL_NULL;
    return sl_incref(a);
}

static SlValue list_inplace_repeat(SlVM *vm, SlValue a, SlValue b) {
    if (!SL_IS_LIST(a) || !sl_has_index(b)) return SL_NOTIMPL;
    int64_t n;
    if (!sl_as_ssize(vm, b, SL_OverflowError, &n)) return SL_NULL;
    SlList *l = SL_LIST(a);
    size_t size = l->size;
    if (size == 0 || n == 1) return sl_incref(a);
    if (n < 1) {
        list_clear_items(vm, l);
        return sl_incref(a);
    }
    if ((uint64_t)n > LIST_MAX_SIZE / size) return sl_raise_nomemory(vm);
    if (!list_resize(vm, l, size * (size_t)n)) return SL_NULL;
    for (size_t k = size; k < size * (size_t)n; k++) l->items[k] = sl_incref(l->items[k % size]);
    return sl_incref(a);
}

/* ---- methods ------------------------------------------------------------------- */

static SlValue list_append_m(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                             SlValue kwnames) {
    if (!sl_args_check(vm, "list.append", nargs, kwnames, 1, 1)) return SL_NULL;
    /* 3.8: "append() takes exactly one argument (0 given)" */
    if (!sl_list_append(vm, self, args[0])) return SL_NULL;
    return SL_NONE;
}

static SlValue list_extend_m(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                             SlValue kwnames) {
    if (!sl_args_check(vm, "list.extend", nargs, kwnames, 1, 1)) return SL_NULL;
    if (!sl_list_extend(vm, self, args[0])) return SL_NULL;
    return SL_NONE;
}

static SlValue list_insert_m(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                             SlValue kwnames) {
    if (!sl_args_check(vm, "insert", nargs, kwnames, 2, 2)) return SL_NULL;
    int64_t i;
    if (!sl_index_i64(vm, args[0], &i)) return SL_NULL;
    if (!sl_list_insert(vm, self, i, args[1])) return SL_NULL;
    return SL_NONE;
}

static SlValue list_pop_m(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                          SlValue kwnames) {
    if (!sl_args_check(vm, "pop", nargs, kwnames, 0, 1)) return SL_NULL;
    int64_t index = -1;
    if (nargs && !sl_index_i64(vm, args[0], &index)) return SL_NULL;
    SlList *l = SL_LIST(self);
    if (l->size == 0) return sl_raise(vm, SL_IndexError, "pop from empty list");
    if (index < 0) index += (int64_t)l->size;
    if (index < 0 || index >= (int64_t)l->size)
        return sl_raise(vm, SL_IndexError, "pop index out of range");
    SlValue v = l->items[index];
    size_t size_after_pop = l->size - 1;
    if (size_after_pop == 0) {
        /* the list's reference moves to the caller; the storage goes */
        sl_mem_free(vm, l->items, l->allocated * sizeof(SlValue));
        sl_mm_block(vm, &l->ob, SL_SIM_AUX, sl_mm_list_items_size(l->allocated), 0);
        l->items = NULL;
        l->size = 0;
        l->allocated = 0;
        return v;
    }
    memmove(&l->items[index], &l->items[index + 1],
            (size_after_pop - (size_t)index) * sizeof(SlValue));
    if (!list_resize(vm, l, size_after_pop)) {
        memmove(&l->items[index + 1], &l->items[index],
                (size_after_pop - (size_t)index) * sizeof(SlValue));
        l->items[index] = v;
        return SL_NULL;
    }
    return v;
}

static SlValue list_remove_m(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                             SlValue kwnames) {
    if (!sl_args_check(vm, "list.remove", nargs, kwnames, 1, 1)) return SL_NULL;
    SlList *l = SL_LIST(self);
    for (size_t i = 0; i < l->size; i++) {
        SlValue obj = sl_incref(l->items[i]);
        int cmp = sl_eq(vm, obj, args[0]);
        sl_decref(vm, obj);
        if (cmp > 0) {
            if (!sl_list_ass_slice(vm, self, (int64_t)i, (int64_t)i + 1, SL_NULL)) return SL_NULL;
            return SL_NONE;
        }
        if (cmp < 0) return SL_NULL;
    }
    return sl_raise(vm, SL_ValueError, "list.remove(x): x not in list");
}

static SlValue list_index_m(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                            SlValue kwnames) {
    if (!sl_args_check(vm, "index", nargs, kwnames, 1, 3)) return SL_NULL;
    SlList *l = SL_LIST(self);
    int64_t start = 0, stop = INT64_MAX;
    if (nargs > 1 && !sl_slice_arg(vm, args[1], &start)) return SL_NULL;
    if (nargs > 2 && !sl_slice_arg(vm, args[2], &stop)) return SL_NULL;
    if (start < 0) {
        start += (int64_t)l->size;
        if (start < 0) start = 0;
    }
    if (stop < 0) {
        stop += (int64_t)l->size;
    }
    for (int64_t i = start; i < stop && i < (int64_t)l->size; i++) {
        SlValue obj = sl_incref(l->items[i]);
        int cmp = sl_eq(vm, obj, args[0]);
        sl_decref(vm, obj);
        if (cmp > 0) return sl_int_new_exact(vm, i);
        if (cmp < 0) return SL_NULL;
    }
    SlValue r = sl_repr(vm, args[0]);
    if (!r) return SL_NULL;
    sl_raise(vm, SL_ValueError, "%s is not in list", SL_STR_DATA(r));
    sl_decref(vm, r);
    return SL_NULL;
}

static SlValue list_count_m(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                            SlValue kwnames) {
    if (!sl_args_check(vm, "list.count", nargs, kwnames, 1, 1)) return SL_NULL;
    SlList *l = SL_LIST(self);
    int64_t count = 0;
    for (size_t i = 0; i < l->size; i++) {
        SlValue obj = l->items[i];
        if (obj == args[0]) {
            count++;
            continue;
        }
        sl_incref(obj);
        int cmp = sl_compare_bool(vm, obj, args[0], SL_EQ);
        sl_decref(vm, obj);
        if (cmp > 0) count++;
        else if (cmp < 0) return SL_NULL;
    }
    return sl_int_new_exact(vm, count);
}

static SlValue list_clear_m(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                            SlValue kwnames) {
    (void)args;
    if (!sl_args_check(vm, "list.clear", nargs, kwnames, 0, 0)) return SL_NULL;
    list_clear_items(vm, SL_LIST(self));
    return SL_NONE;
}

static SlValue list_copy_m(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                           SlValue kwnames) {
    (void)args;
    if (!sl_args_check(vm, "list.copy", nargs, kwnames, 0, 0)) return SL_NULL;
    return sl_list_slice(vm, self, 0, SL_LIST(self)->size);
}

static void reverse_values(SlValue *lo, SlValue *hi) {
    --hi;
    while (lo < hi) {
        SlValue t = *lo;
        *lo = *hi;
        *hi = t;
        ++lo;
        --hi;
    }
}

static SlValue list_reverse_m(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                              SlValue kwnames) {
    (void)args;
    if (!sl_args_check(vm, "list.reverse", nargs, kwnames, 0, 0)) return SL_NULL;
    SlList *l = SL_LIST(self);
    if (l->size > 1) reverse_values(l->items, l->items + l->size);
    return SL_NONE;
}

static SlValue list_sort_m(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                           SlValue kwnames) {
    static const char *const names[] = {"$key", "$reverse", NULL};
    SlValue a[2];
    if (!sl_args_parse(vm, "sort", args, nargs, kwnames, names, 0, 0, a)) return SL_NULL;
    bool reverse = false;
    if (a[1]) {
        /* 3.12+: any object, by truth value; 3.8-3.11: must be an int
         * ("'NoneType' object cannot be interpreted as an integer";
         * 3.8/3.9: "an integer is required (got type NoneType)") */
        int t = sl_truthy(vm, a[1]);
        if (t < 0) return SL_NULL;
        reverse = t;
    }
    SlValue key = a[0] && a[0] != SL_NONE ? a[0] : SL_NULL;
    if (!sl_list_sort(vm, self, key, reverse)) return SL_NULL;
    return SL_NONE;
}

static SlValue list_reversed_m(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                               SlValue kwnames) {
    (void)args;
    if (!sl_args_check(vm, "list.__reversed__", nargs, kwnames, 0, 0)) return SL_NULL;
    return sl_list_reversed_iter(vm, self);
}

/* ---- timsort (CPython's listsort, 3.8-3.13) ---------------------------------------
 *
 * keys[] are what is compared; values[] (only with key=) are moved along.
 * ISLT returns 1 if x < y, 0 if not, -1 on error. */

#define MAX_MERGE_PENDING 85
#define MIN_GALLOP 7

typedef struct {
    SlValue *keys;
    SlValue *values;       /* NULL when keys are the items themselves */
} SortSlice;

typedef struct {
    SortSlice base;
    int64_t len;
    int power;
} SortRun;

typedef struct {
    SlVM *vm;
    int64_t min_gallop;
    int64_t listlen;
    SlValue *basekeys;
    SortSlice a;           /* temporary merge space */
    int64_t alloced;
    bool has_values;
    int flavour;           /* SlSortFlavour */
    int n;
    SortRun pending[MAX_MERGE_PENDING];
} MergeState;

static inline int islt(MergeState *ms, SlValue x, SlValue y) {
    return sl_compare_bool(ms->vm, x, y, SL_LT);
}

#define IFLT(X, Y)                                                             \
    if ((k = islt(ms, (X), (Y))) < 0) goto fail;                               \
    if (k)

static inline void ss_copy(SortSlice *s1, int64_t i, SortSlice *s2, int64_t j) {
    s1->keys[i] = s2->keys[j];
    if (s1->values) s1->values[i] = s2->values[j];
}
static inline void ss_copy_incr(SortSlice *dst, SortSlice *src) {
    *dst->keys++ = *src->keys++;
    if (dst->values) *dst->values++ = *src->values++;
}
static inline void ss_copy_decr(SortSlice *dst, SortSlice *src) {
    *dst->keys-- = *src->keys--;
    if (dst->values) *dst->values-- = *src->values--;
}
static inline void ss_memcpy(SortSlice *s1, int64_t i, SortSlice *s2, int64_t j, int64_t n) {
    memcpy(&s1->keys[i], &s2->keys[j], sizeof(SlValue) * (size_t)n);
    if (s1->values) memcpy(&s1->values[i], &s2->values[j], sizeof(SlValue) * (size_t)n);
}
static inline void ss_memmove(SortSlice *s1, int64_t i, SortSlice *s2, int64_t j, int64_t n) {
    memmove(&s1->keys[i], &s2->keys[j], sizeof(SlValue) * (size_t)n);
    if (s1->values) memmove(&s1->values[i], &s2->values[j], sizeof(SlValue) * (size_t)n);
}
static inline void ss_advance(SortSlice *s, int64_t n) {
    s->keys += n;
    if (s->values) s->values += n;
}
static void ss_reverse(SortSlice *s, int64_t n) {
    reverse_values(s->keys, s->keys + n);
    if (s->values) reverse_values(s->values, s->values + n);
}

/* binary insertion sort of ss[0:n], ss[0:ok] already sorted */
static int binarysort(MergeState *ms, const SortSlice *ss, int64_t n, int64_t ok) {
    int k;
    SlValue *const a = ss->keys;
    SlValue *const v = ss->values;
    if (!ok) ++ok;
    for (; ok < n; ++ok) {
        int64_t L = 0, R = ok, M;
        SlValue pivot = a[ok];
        do {
            M = (L + R) >> 1;
            IFLT(pivot, a[M]) R = M;
            else L = M + 1;
        } while (L < R);
        for (M = ok; M > L; --M) a[M] = a[M - 1];
        a[L] = pivot;
        if (v) {
            pivot = v[ok];
            for (M = ok; M > L; --M) v[M] = v[M - 1];
            v[L] = pivot;
        }
    }
    return 0;
fail:
    return -1;
}

/* Length of the run starting at slo, made ascending in place (3.13's
 * count_run, which also accepts equal elements inside descending runs;
 * ≤3.12 only took strictly descending runs). */
static int64_t count_run(MergeState *ms, SortSlice *slo, int64_t nremaining) {
    int k;
    int64_t n;
    SlValue *const lo = slo->keys;
    int64_t neq = 0;
#define REVERSE_LAST_NEQ                                                       \
    if (neq) {                                                                 \
        SortSlice slice = *slo;                                                \
        ++neq;                                                                 \
        ss_advance(&slice, n - neq);                                           \
        ss_reverse(&slice, neq);                                               \
        neq = 0;                                                               \
    }
    for (n = 1; n < nremaining; ++n) {
        IFLT(lo[n], lo[n - 1]) break;
    }
    if (n == nremaining) return n;
    if (n > 1) {
        IFLT(lo[0], lo[n - 1]) return n;
        ss_reverse(slo, n);
    }
    ++n;
    for (; n < nremaining; ++n) {
        IFLT(lo[n], lo[n - 1]) {
            REVERSE_LAST_NEQ
        } else {
            IFLT(lo[n - 1], lo[n]) break;
            else ++neq;
        }
    }
    REVERSE_LAST_NEQ
    ss_reverse(slo, n);
    for (; n < nremaining; ++n) {
        IFLT(lo[n], lo[n - 1]) break;
    }
    return n;
fail:
    return -1;
#undef REVERSE_LAST_NEQ
}

/* count_run of 3.8-3.12: a strictly descending run is reversed in place */
static int64_t count_run_old(MergeState *ms, SortSlice *slo, int64_t nremaining) {
    int k;
    SlValue *lo = slo->keys, *hi = slo->keys + nremaining;
    int64_t n;
    bool descending = false;
    ++lo;
    if (lo == hi) return 1;
    n = 2;
    IFLT(*lo, *(lo - 1)) {
        descending = true;
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            IFLT(*lo, *(lo - 1));
            else break;
        }
    } else {
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            IFLT(*lo, *(lo - 1)) break;
        }
    }
    if (descending) ss_reverse(slo, n);
    return n;
fail:
    return -1;
}

static int64_t gallop_left(MergeState *ms, SlValue key, SlValue *a, int64_t n, int64_t hint) {
    int k;
    int64_t ofs, lastofs;
    a += hint;
    lastofs = 0;
    ofs = 1;
    IFLT(*a, key) {
        const int64_t maxofs = n - hint;
        while (ofs < maxofs) {
            IFLT(a[ofs], key) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else break;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    } else {
        const int64_t maxofs = hint + 1;
        while (ofs < maxofs) {
            IFLT(*(a - ofs), key) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        int64_t t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
        int64_t m = lastofs + ((ofs - lastofs) >> 1);
        IFLT(a[m], key) lastofs = m + 1;
        else ofs = m;
    }
    return ofs;
fail:
    return -1;
}

static int64_t gallop_right(MergeState *ms, SlValue key, SlValue *a, int64_t n, int64_t hint) {
    int k;
    int64_t ofs, lastofs;
    a += hint;
    lastofs = 0;
    ofs = 1;
    IFLT(key, *a) {
        const int64_t maxofs = hint + 1;
        while (ofs < maxofs) {
            IFLT(key, *(a - ofs)) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else break;
        }
        if (ofs > maxofs) ofs = maxofs;
        int64_t t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    } else {
        const int64_t maxofs = n - hint;
        while (ofs < maxofs) {
            IFLT(key, a[ofs]) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
        int64_t m = lastofs + ((ofs - lastofs) >> 1);
        IFLT(key, a[m]) ofs = m;
        else lastofs = m + 1;
    }
    return ofs;
fail:
    return -1;
}

static int merge_getmem(MergeState *ms, int64_t need) {
    if (need <= ms->alloced) return 0;
    size_t mult = ms->has_values ? 2 : 1;
    if (ms->a.keys) sl_mem_free(ms->vm, ms->a.keys, (size_t)ms->alloced * mult * sizeof(SlValue));
    ms->a.keys = sl_mem_alloc(ms->vm, (size_t)need * mult * sizeof(SlValue));
    if (!ms->a.keys) {
        ms->alloced = 0;
        return -1;
    }
    ms->alloced = need;
    ms->a.values = ms->has_values ? ms->a.keys + need : NULL;
    return 0;
}

static int merge_lo(MergeState *ms, SortSlice ssa, int64_t na, SortSlice ssb, int64_t nb) {
    int64_t k;
    SortSlice dest;
    int result = -1;
    int64_t min_gallop;
    if (merge_getmem(ms, na) < 0) return -1;
    ss_memcpy(&ms->a, 0, &ssa, 0, na);
    dest = ssa;
    ssa = ms->a;
    ss_copy_incr(&dest, &ssb);
    --nb;
    if (nb == 0) goto Succeed;
    if (na == 1) goto CopyB;
    min_gallop = ms->min_gallop;
    for (;;) {
        int64_t acount = 0, bcount = 0;
        for (;;) {
            k = islt(ms, ssb.keys[0], ssa.keys[0]);
            if (k) {
                if (k < 0) goto Fail;
                ss_copy_incr(&dest, &ssb);
                ++bcount;
                acount = 0;
                --nb;
                if (nb == 0) goto Succeed;
                if (bcount >= min_gallop) break;
            } else {
                ss_copy_incr(&dest, &ssa);
                ++acount;
                bcount = 0;
                --na;
                if (na == 1) goto CopyB;
                if (acount >= min_gallop) break;
            }
        }
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            k = gallop_right(ms, ssb.keys[0], ssa.keys, na, 0);
            acount = k;
            if (k) {
                if (k < 0) goto Fail;
                ss_memcpy(&dest, 0, &ssa, 0, k);
                ss_advance(&dest, k);
                ss_advance(&ssa, k);
                na -= k;
                if (na == 1) goto CopyB;
                if (na == 0) goto Succeed;
            }
            ss_copy_incr(&dest, &ssb);
            --nb;
            if (nb == 0) goto Succeed;
            k = gallop_left(ms, ssa.keys[0], ssb.keys, nb, 0);
            bcount = k;
            if (k) {
                if (k < 0) goto Fail;
                ss_memmove(&dest, 0, &ssb, 0, k);
                ss_advance(&dest, k);
                ss_advance(&ssb, k);
                nb -= k;
                if (nb == 0) goto Succeed;
            }
            ss_copy_incr(&dest, &ssa);
            --na;
            if (na == 1) goto CopyB;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop;
        ms->min_gallop = min_gallop;
    }
Succeed:
    result = 0;
Fail:
    if (na) ss_memcpy(&dest, 0, &ssa, 0, na);
    return result;
CopyB:
    ss_memmove(&dest, 0, &ssb, 0, nb);
    ss_copy(&dest, nb, &ssa, 0);
    return 0;
}

static int merge_hi(MergeState *ms, SortSlice ssa, int64_t na, SortSlice ssb, int64_t nb) {
    int64_t k;
    SortSlice dest, basea, baseb;
    int result = -1;
    int64_t min_gallop;
    if (merge_getmem(ms, nb) < 0) return -1;
    dest = ssb;
    ss_advance(&dest, nb - 1);
    ss_memcpy(&ms->a, 0, &ssb, 0, nb);
    basea = ssa;
    baseb = ms->a;
    ssb.keys = ms->a.keys + nb - 1;
    if (ssb.values) ssb.values = ms->a.values + nb - 1;
    ss_advance(&ssa, na - 1);
    ss_copy_decr(&dest, &ssa);
    --na;
    if (na == 0) goto Succeed;
    if (nb == 1) goto CopyA;
    min_gallop = ms->min_gallop;
    for (;;) {
        int64_t acount = 0, bcount = 0;
        for (;;) {
            k = islt(ms, ssb.keys[0], ssa.keys[0]);
            if (k) {
                if (k < 0) goto Fail;
                ss_copy_decr(&dest, &ssa);
                ++acount;
                bcount = 0;
                --na;
                if (na == 0) goto Succeed;
                if (acount >= min_gallop) break;
            } else {
                ss_copy_decr(&dest, &ssb);
                ++bcount;
                acount = 0;
                --nb;
                if (nb == 1) goto CopyA;
                if (bcount >= min_gallop) break;
            }
        }
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            k = gallop_right(ms, ssb.keys[0], basea.keys, na, na - 1);
            if (k < 0) goto Fail;
            k = na - k;
            acount = k;
            if (k) {
                ss_advance(&dest, -k);
                ss_advance(&ssa, -k);
                ss_memmove(&dest, 1, &ssa, 1, k);
                na -= k;
                if (na == 0) goto Succeed;
            }
            ss_copy_decr(&dest, &ssb);
            --nb;
            if (nb == 1) goto CopyA;
            k = gallop_left(ms, ssa.keys[0], baseb.keys, nb, nb - 1);
            if (k < 0) goto Fail;
            k = nb - k;
            bcount = k;
            if (k) {
                ss_advance(&dest, -k);
                ss_advance(&ssb, -k);
                ss_memcpy(&dest, 1, &ssb, 1, k);
                nb -= k;
                if (nb == 1) goto CopyA;
                if (nb == 0) goto Succeed;
            }
            ss_copy_decr(&dest, &ssa);
            --na;
            if (na == 0) goto Succeed;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop;
        ms->min_gallop = min_gallop;
    }
Succeed:
    result = 0;
Fail:
    if (nb) ss_memcpy(&dest, -(nb - 1), &baseb, 0, nb);
    return result;
CopyA:
    ss_memmove(&dest, 1 - na, &ssa, 1 - na, na);
    ss_advance(&dest, -na);
    ss_advance(&ssa, -na);
    ss_copy(&dest, 0, &ssb, 0);
    return 0;
}

static int merge_at(MergeState *ms, int i) {
    SortSlice ssa = ms->pending[i].base, ssb = ms->pending[i + 1].base;
    int64_t na = ms->pending[i].len, nb = ms->pending[i + 1].len;
    ms->pending[i].len = na + nb;
    if (i == ms->n - 3) ms->pending[i + 1] = ms->pending[i + 2];
    --ms->n;
    int64_t k = gallop_right(ms, *ssb.keys, ssa.keys, na, 0);
    if (k < 0) return -1;
    ss_advance(&ssa, k);
    na -= k;
    if (na == 0) return 0;
    nb = gallop_left(ms, ssa.keys[na - 1], ssb.keys, nb, nb - 1);
    if (nb <= 0) return (int)nb;
    if (na <= nb) return merge_lo(ms, ssa, na, ssb, nb);
    return merge_hi(ms, ssa, na, ssb, nb);
}

/* powersort's merge policy (3.11+): the "power" of the boundary between
 * the run at s1 (length n1) and the next one (length n2). */
static int powerloop(int64_t s1, int64_t n1, int64_t n2, int64_t n) {
    int result = 0;
    int64_t a = 2 * s1 + n1;
    int64_t b = a + n1 + n2;
    for (;;) {
        ++result;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return result;
}

static int found_new_run(MergeState *ms, int64_t n2) {
    if (ms->n) {
        SortRun *p = ms->pending;
        int64_t s1 = p[ms->n - 1].base.keys - ms->basekeys;
        int64_t n1 = p[ms->n - 1].len;
        int power = powerloop(s1, n1, n2, ms->listlen);
        while (ms->n > 1 && p[ms->n - 2].power > power) {
            if (merge_at(ms, ms->n - 2) < 0) return -1;
        }
        p[ms->n - 1].power = power;
    }
    return 0;
}

/* 3.8-3.10: the classic invariants on the last three runs */
static int merge_collapse(MergeState *ms) {
    SortRun *p = ms->pending;
    while (ms->n > 1) {
        int n = ms->n - 2;
        if ((n > 0 && p[n - 1].len <= p[n].len + p[n + 1].len) ||
            (n > 1 && p[n - 2].len <= p[n - 1].len + p[n].len)) {
            if (p[n - 1].len < p[n + 1].len) --n;
            if (merge_at(ms, n) < 0) return -1;
        } else if (p[n].len <= p[n + 1].len) {
            if (merge_at(ms, n) < 0) return -1;
        } else {
            break;
        }
    }
    return 0;
}

static int merge_force_collapse(MergeState *ms) {
    SortRun *p = ms->pending;
    while (ms->n > 1) {
        int n = ms->n - 2;
        if (n > 0 && p[n - 1].len < p[n + 1].len) --n;
        if (merge_at(ms, n) < 0) return -1;
    }
    return 0;
}

static int64_t merge_compute_minrun(int64_t n) {
    int64_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

bool sl_list_sort(SlVM *vm, SlValue list, SlValue keyfunc, bool reverse) {
    return sl_list_sort_flavour(vm, list, keyfunc, reverse, SL_SORT_313);
}

bool sl_list_sort_flavour(SlVM *vm, SlValue list, SlValue keyfunc, bool reverse,
                          SlSortFlavour flavour) {
    SlList *self = SL_LIST(list);
    /* The list is made empty while sorting, so that comparison functions
     * that mutate it cannot touch the memory being sorted. */
    size_t saved_size = self->size;
    SlValue *saved_items = self->items;
    size_t saved_allocated = self->allocated;
    /* CPython marks the list with allocated = -1; slotlab's allocated is
     * unsigned, so a mutation shows as items or capacity reappearing
     * (only "append then delete everything" goes unnoticed). */
    self->size = 0;
    self->items = NULL;
    self->allocated = 0;

    MergeState ms;
    memset(&ms, 0, sizeof ms);
    ms.vm = vm;
    SlValue *keys = NULL;
    SortSlice lo;
    bool ok = false;
    if (!keyfunc) {
        lo.keys = saved_items;
        lo.values = NULL;
    } else {
        keys = sl_mem_alloc(vm, (saved_size ? saved_size : 1) * sizeof(SlValue));
        if (!keys) goto keyfunc_fail;
        for (size_t i = 0; i < saved_size; i++) {
            keys[i] = sl_call1(vm, keyfunc, saved_items[i]);
            if (!keys[i]) {
                while (i-- > 0) sl_decref(vm, keys[i]);
                sl_mem_free(vm, keys, (saved_size ? saved_size : 1) * sizeof(SlValue));
                keys = NULL;
                goto keyfunc_fail;
            }
        }
        lo.keys = keys;
        lo.values = saved_items;
    }
    ms.min_gallop = MIN_GALLOP;
    ms.listlen = (int64_t)saved_size;
    ms.basekeys = lo.keys;
    ms.has_values = keys != NULL;
    ms.flavour = flavour;

    int64_t nremaining = (int64_t)saved_size;
    if (nremaining < 2) goto succeed;
    if (reverse) {
        if (keys) reverse_values(keys, keys + saved_size);
        reverse_values(saved_items, saved_items + saved_size);
    }
    int64_t minrun = merge_compute_minrun(nremaining);
    do {
        int64_t n = flavour == SL_SORT_313 ? count_run(&ms, &lo, nremaining)
                                           : count_run_old(&ms, &lo, nremaining);
        if (n < 0) goto fail;
        if (n < minrun) {
            const int64_t force = nremaining <= minrun ? nremaining : minrun;
            if (binarysort(&ms, &lo, force, n) < 0) goto fail;
            n = force;
        }
        if (flavour != SL_SORT_310 && found_new_run(&ms, n) < 0) goto fail;
        ms.pending[ms.n].base = lo;
        ms.pending[ms.n].len = n;
        ++ms.n;
        if (flavour == SL_SORT_310 && merge_collapse(&ms) < 0) goto fail;
        ss_advance(&lo, n);
        nremaining -= n;
    } while (nremaining);
    if (merge_force_collapse(&ms) < 0) goto fail;
succeed:
    ok = true;
fail:
    if (keys) {
        for (size_t i = 0; i < saved_size; i++) sl_decref(vm, keys[i]);
        sl_mem_free(vm, keys, (saved_size ? saved_size : 1) * sizeof(SlValue));
    }
    if ((self->items || self->allocated) && ok) {
        sl_raise(vm, SL_ValueError, "list modified during sort");
        ok = false;
    }
    if (reverse && saved_size > 1) reverse_values(saved_items, saved_items + saved_size);
    if (ms.a.keys)
        sl_mem_free(vm, ms.a.keys, (size_t)ms.alloced * (ms.has_values ? 2 : 1) * sizeof(SlValue));
keyfunc_fail:;
    SlValue *final_items = self->items;
    size_t final_size = self->size, final_alloc = self->allocated;
    self->size = saved_size;
    self->items = saved_items;
    self->allocated = saved_allocated;
    if (final_items) {
        while (final_size-- > 0) sl_xdecref(vm, final_items[final_size]);
        sl_mem_free(vm, final_items, final_alloc * sizeof(SlValue));
    }
    return ok;
}

/* ---- iterators ---------------------------------------------------------------- */

typedef struct {
    SlObject ob;
    SlValue seq;           /* the list; SL_NULL once exhausted */
    int64_t index;
} ListIter;

static SlValue make_iter(SlVM *vm, SlType *type, SlValue list, int64_t index) {
    ListIter *it = (ListIter *)sl_obj_alloc(vm, type, sizeof(ListIter));
    if (!it) return SL_NULL;
    it->seq = sl_incref(list);
    it->index = index;
    return SL_OBJ(it);
}

static SlValue list_iter(SlVM *vm, SlValue v) { return make_iter(vm, &sl_list_iter_type, v, 0); }

SlValue sl_list_reversed_iter(SlVM *vm, SlValue list) {
    return make_iter(vm, &sl_list_reviter_type, list, (int64_t)SL_LIST(list)->size - 1);
}

static SlValue listiter_next(SlVM *vm, SlValue self) {
    ListIter *it = (ListIter *)SL_AS_OBJ(self);
    SlValue seq = it->seq;
    if (!seq) return SL_NULL;
    SlList *l = SL_LIST(seq);
    if ((size_t)it->index < l->size) return sl_incref(l->items[it->index++]);
    it->seq = SL_NULL;
    sl_decref(vm, seq);
    return SL_NULL;
}

static SlValue listreviter_next(SlVM *vm, SlValue self) {
    ListIter *it = (ListIter *)SL_AS_OBJ(self);
    SlValue seq = it->seq;
    if (!seq) return SL_NULL;
    SlList *l = SL_LIST(seq);
    int64_t i = it->index;
    if (i >= 0 && (size_t)i < l->size) {
        it->index--;
        return sl_incref(l->items[i]);
    }
    it->index = -1;
    it->seq = SL_NULL;
    sl_decref(vm, seq);
    return SL_NULL;
}

static SlValue self_iter(SlVM *vm, SlValue v) {
    (void)vm;
    return sl_incref(v);
}

static void listiter_dealloc(SlVM *vm, SlObject *o) {
    sl_xdecref(vm, ((ListIter *)o)->seq);
    sl_obj_free(vm, o);
}

static void listiter_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    ListIter *it = (ListIter *)o;
    if (it->seq) visit(it->seq, arg);
}

static void listiter_clear(SlVM *vm, SlObject *o) { SL_SETREF(vm, ((ListIter *)o)->seq, SL_NULL); }

static SlValue listiter_length_hint(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                    SlValue kwnames) {
    (void)args;
    if (!sl_args_check(vm, "__length_hint__", nargs, kwnames, 0, 0)) return SL_NULL;
    ListIter *it = (ListIter *)SL_AS_OBJ(self);
    if (!it->seq) return SL_FROM_INT(0);
    int64_t len = (int64_t)SL_LIST(it->seq)->size - it->index;
    return sl_int_new_exact(vm, len < 0 ? 0 : len);
}

static SlValue listreviter_length_hint(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                       SlValue kwnames) {
    (void)args;
    if (!sl_args_check(vm, "__length_hint__", nargs, kwnames, 0, 0)) return SL_NULL;
    ListIter *it = (ListIter *)SL_AS_OBJ(self);
    int64_t len = it->index + 1;
    if (!it->seq || (int64_t)SL_LIST(it->seq)->size < len) len = 0;
    return sl_int_new_exact(vm, len);
}

static const SlMethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, SL_METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL}};
static const SlMethodDef listreviter_methods[] = {
    {"__length_hint__", listreviter_length_hint, SL_METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL}};

SlType sl_list_iter_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "list_iterator",
    .flags = SL_TPFLAGS_HAVE_GC,
    .basicsize = sizeof(ListIter),
    .dealloc = listiter_dealloc,
    .traverse = listiter_traverse,
    .clear = listiter_clear,
    .iter = self_iter,
    .iternext = listiter_next,
    .methods = listiter_methods,
};

SlType sl_list_reviter_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "list_reverseiterator",
    .flags = SL_TPFLAGS_HAVE_GC,
    .basicsize = sizeof(ListIter),
    .dealloc = listiter_dealloc,
    .traverse = listiter_traverse,
    .clear = listiter_clear,
    .iter = self_iter,
    .iternext = listreviter_next,
    .methods = listreviter_methods,
};

/* ---- the type -------------------------------------------------------------------- */

static const SlMethodDef list_methods[] = {
    {"__reversed__", list_reversed_m, SL_METH_DEFAULT,
     "Return a reverse iterator over the list."},
    {"clear", list_clear_m, SL_METH_DEFAULT, "Remove all items from list."},
    {"copy", list_copy_m, SL_METH_DEFAULT, "Return a shallow copy of the list."},
    {"append", list_append_m, SL_METH_DEFAULT, "Append object to the end of the list."},
    {"insert", list_insert_m, SL_METH_DEFAULT, "Insert object before index."},
    {"extend", list_extend_m, SL_METH_DEFAULT,
     "Extend list by appending elements from the iterable."},
    {"pop", list_pop_m, SL_METH_DEFAULT,
     "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or "
     "index is out of range."},
    {"remove", list_remove_m, SL_METH_DEFAULT,
     "Remove first occurrence of value.\n\nRaises ValueError if the value is not present."},
    {"index", list_index_m, SL_METH_DEFAULT,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", list_count_m, SL_METH_DEFAULT, "Return number of occurrences of value."},
    {"reverse", list_reverse_m, SL_METH_DEFAULT, "Reverse *IN PLACE*."},
    {"sort", list_sort_m, SL_METH_DEFAULT,
     "Sort the list in ascending order and return None.\n\nThe sort is in-place (i.e. the list "
     "itself is modified) and stable (i.e. the\norder of two equal elements is maintained).\n\n"
     "If a key function is given, apply it once to each list item and sort them,\nascending or "
     "descending, according to their function values.\n\nThe reverse flag can be set to sort in "
     "descending order."},
    {NULL, NULL, 0, NULL}};

SlType sl_list_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "list",
    .doc = "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new "
           "empty list.\nThe argument must be an iterable if specified.",
    .flags = SL_TPFLAGS_BASETYPE | SL_TPFLAGS_HAVE_GC | SL_TPFLAGS_LIST_SUBCLASS,
    .basicsize = sizeof(SlList),
    .dealloc = list_dealloc,
    .traverse = list_traverse,
    .clear = list_gc_clear,
    .new_ = list_new,
    .init = list_init,
    .repr = list_repr,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .nb = {[SL_NB_ADD] = list_concat, [SL_NB_MUL] = list_repeat},
    .nb_inplace = {[SL_NB_ADD] = list_inplace_concat, [SL_NB_MUL] = list_inplace_repeat},
    .methods = list_methods,
};
