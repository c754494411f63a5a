/* bytearray.c: the mutable bytes type (CPython 3.13's Objects/bytearrayobject.c).
 *
 * Everything that changes the length goes through ba_resize, which is
 * PyByteArray_Resize of 3.13 (allocation = size + 1 when made with a known
 * size; size + size/8 + (3 or 6) when growing by small steps; deleting from
 * the front only moves the logical start), so `allocated` is CPython's
 * ob_alloc.  Arguments that CPython takes through the buffer protocol
 * accept bytes and bytearray here.
 */
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "bytearray.h"
#include "memmodel.h"
#include "errors.h"
#include "int.h"
#include "list.h"
#include "range.h"
#include "str.h"
#include "tuple.h"

#define METHOD(name)                                                           \
    static SlValue name(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kwnames)

#define BA(v) SL_BYTEARRAY(v)
#define DATA(v) sl_bytearray_data(v)
#define SIZE(v) (SL_BYTEARRAY(v)->size)

#define BA_MAX_SIZE ((size_t)INT64_MAX - 64)

/* ==== storage ================================================================ */

/* PyByteArray_Resize (3.13). */
static bool ba_resize(SlVM *vm, SlByteArray *b, size_t size) {
    size_t alloc = b->allocated, off = b->start;
    if (size == b->size) return true;
    if (size + off + 1 <= alloc) {
        if (size < alloc / 2) {
            alloc = size + 1;           /* major downsize: exact size */
        } else {
            b->size = size;             /* minor downsize: keep the block */
            b->buf[off + size] = 0;
            return true;
        }
    } else if (size <= alloc + alloc / 8) { /* size <= alloc * 1.125 */
        alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
    } else {
        alloc = size + 1;               /* major upsize: exact size */
    }
    if (size > BA_MAX_SIZE) {
        sl_raise_nomemory(vm);
        return false;
    }
    unsigned char *p;
    if (off > 0) {
        p = sl_mem_alloc(vm, alloc);
        if (!p) return false;
        memcpy(p, b->buf + off, size < b->size ? size : b->size);
        sl_mem_free(vm, b->buf, b->allocated);
    } else {
        p = sl_mem_realloc(vm, b->buf, b->allocated, alloc);
        if (!p) return false;
    }
    b->buf = p;
    b->start = 0;
    b->size = size;
    sl_mm_block(vm, &b->ob, SL_SIM_AUX, b->allocated, alloc);
    b->allocated = alloc;
    p[size] = 0;
    return true;
}

bool sl_bytearray_resize(SlVM *vm, SlValue ba, size_t size) { return ba_resize(vm, BA(ba), size); }

static SlByteArray *ba_alloc(SlVM *vm, SlType *type) {
    return (SlByteArray *)sl_obj_alloc(vm, type, type->basicsize < sizeof(SlByteArray)
                                                     ? sizeof(SlByteArray) : type->basicsize);
}

/* PyByteArray_FromStringAndSize */
SlValue sl_bytearray_new(SlVM *vm, const void *data, size_t size) {
    if (size > BA_MAX_SIZE) return sl_raise_nomemory(vm);
    SlByteArray *b = ba_alloc(vm, &sl_bytearray_type);
    if (!b) return SL_NULL;
    if (size) {
        b->buf = sl_mem_alloc(vm, size + 1);
        if (!b->buf) {
            sl_decref(vm, SL_OBJ(b));
            return SL_NULL;
        }
        b->allocated = size + 1;
        sl_mm_block(vm, &b->ob, SL_SIM_AUX, 0, b->allocated);
        b->size = size;
        if (data) memcpy(b->buf, data, size);
        else memset(b->buf, 0, size);
        b->buf[size] = 0;
    }
    return SL_OBJ(b);
}

static void ba_dealloc(SlVM *vm, SlObject *o) {
    SlByteArray *b = (SlByteArray *)o;
    sl_mem_free(vm, b->buf, b->allocated);
    sl_mm_block(vm, o, SL_SIM_AUX, b->allocated, 0);
    sl_obj_free(vm, o);
}

/* Data of a bytes-like argument (bytes or bytearray), or NULL. */
static const unsigned char *buffer_of(SlValue v, size_t *n) {
    if (SL_IS_BYTES(v)) {
        *n = SL_BYTES(v)->size;
        return SL_BYTES(v)->data;
    }
    if (SL_IS_BYTEARRAY(v)) {
        *n = SIZE(v);
        return DATA(v);
    }
    return NULL;
}

static const unsigned char *buffer_arg(SlVM *vm, SlValue v, size_t *n) {
    const unsigned char *p = buffer_of(v, n);
    if (!p) sl_raise(vm, SL_TypeError, "a bytes-like object is required, not '%s'", sl_type_name(v));
    return p;
}

/* _getbytevalue: an int in range(0, 256), or -1 after raising. */
static int byte_value(SlVM *vm, SlValue v) {
    int64_t x;
    if (!sl_as_ssize(vm, v, NULL, &x)) return -1; /* clamps: huge values fail below */
    if (x < 0 || x > 255) {
        sl_raise(vm, SL_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    return (int)x;
}

/* A Py_ssize_t argument (Argument Clinic's converter). */
static bool ssize_arg(SlVM *vm, SlValue v, int64_t *out) {
    SlValue i = sl_index(vm, v);
    if (!i) return false;
    bool ok = sl_int_as_i64(vm, i, out);
    sl_decref(vm, i);
    return ok;
}

/* ==== construction =========================================================== */

static SlValue ba_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs, SlValue kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    SlByteArray *b = ba_alloc(vm, type);
    return b ? SL_OBJ(b) : SL_NULL;
}

static bool is_exact_int(SlValue v) {
    return SL_IS_INT(v) || (SL_IS_OBJ(v) && SL_AS_OBJ(v)->type == &sl_int_type);
}

static bool init_from_iterable(SlVM *vm, SlByteArray *self, SlValue arg) {
    SlValue it = sl_iter(vm, arg);
    if (!it) {
        if (sl_exc_matches(vm, SL_TypeError)) {
            sl_exc_clear(vm);
            sl_raise(vm, SL_TypeError, "cannot convert '%s' object to bytearray", sl_type_name(arg));
        }
        return false;
    }
    SlValue item;
    while ((item = sl_iternext(vm, it))) {
        int c = byte_value(vm, item);
        sl_decref(vm, item);
        if (c < 0) break;
        /* as CPython: fill the spare room before resizing */
        if (self->start + self->size + 1 < self->allocated) {
            self->size++;
            self->buf[self->start + self->size] = 0;
        } else if (!ba_resize(vm, self, self->size + 1)) {
            break;
        }
        self->buf[self->start + self->size - 1] = (unsigned char)c;
    }
    sl_decref(vm, it);
    return !sl_exc_occurred(vm);
}

static bool ba_init(SlVM *vm, SlValue selfv, const SlValue *args, size_t nargs, SlValue kwnames) {
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    SlValue a[3];
    if (!sl_args_parse(vm, "bytearray", args, nargs, kwnames, names, 0, 3, a)) return false;
    SlValue arg = a[0], enc = a[1], err = a[2];
    if (enc && !SL_IS_STR(enc)) {
        sl_raise(vm, SL_TypeError, "bytearray() argument 'encoding' must be str, not %s",
                 sl_type_name(enc));
        return false;
    }
    if (err && !SL_IS_STR(err)) {
        sl_raise(vm, SL_TypeError, "bytearray() argument 'errors' must be str, not %s",
                 sl_type_name(err));
        return false;
    }
    SlByteArray *self = BA(selfv);
    if (self->size && !ba_resize(vm, self, 0)) return false; /* __init__ called again */
    if (!arg) {
        if (enc || err) {
            sl_raise(vm, SL_TypeError, enc ? "encoding without a string argument"
                                           : "errors without a string argument");
            return false;
        }
        return true;
    }
    if (SL_IS_STR(arg)) {
        if (!enc) {
            sl_raise(vm, SL_TypeError, "string argument without an encoding");
            return false;
        }
        SlValue e = sl_str_encode(vm, arg, SL_STR_DATA(enc), err ? SL_STR_DATA(err) : NULL);
        if (!e) return false;
        size_t n = SL_BYTES(e)->size;
        bool ok = ba_resize(vm, self, n);
        if (ok && n) memcpy(self->buf, SL_BYTES(e)->data, n);
        sl_decref(vm, e);
        return ok;
    }
    if (enc || err) {
        sl_raise(vm, SL_TypeError, enc ? "encoding without a string argument"
                                       : "errors without a string argument");
        return false;
    }
    if (sl_has_index(arg)) {
        int64_t count;
        if (sl_as_ssize(vm, arg, SL_OverflowError, &count)) {
            if (count < 0) {
                sl_raise(vm, SL_ValueError, "negative count");
                return false;
            }
            if (count > 0) {
                if (!ba_resize(vm, self, (size_t)count)) return false;
                memset(self->buf, 0, (size_t)count);
            }
            return true;
        }
        if (!sl_exc_matches(vm, SL_TypeError)) return false;
        sl_exc_clear(vm);
    }
    size_t n;
    const unsigned char *src = buffer_of(arg, &n);
    if (src) {
        if (!ba_resize(vm, self, n)) return false;
        if (n) memmove(self->buf, src, n);
        return true;
    }
    SlType *t = sl_type_of(arg);
    if (t == &sl_list_type || t == &sl_tuple_type) {
        /* 3.12+: exact list/tuple of exact ints in one allocation */
        size_t size = t == &sl_list_type ? SL_LIST(arg)->size : SL_TUPLE_SIZE(arg);
        const SlValue *items = t == &sl_list_type ? SL_LIST(arg)->items : SL_TUPLE_ITEMS(arg);
        bool fast = true;
        for (size_t i = 0; i < size; i++)
            if (!is_exact_int(items[i])) fast = false;
        if (fast) {
            if (!ba_resize(vm, self, size)) return false;
            for (size_t i = 0; i < size; i++) {
                int c = byte_value(vm, items[i]);
                if (c < 0) return false;
                self->buf[i] = (unsigned char)c;
            }
            return true;
        }
        /* CPython resizes, meets the non-int, then resizes back to 0 */
        if (size && (!ba_resize(vm, self, size) || !ba_resize(vm, self, 0))) return false;
    }
    return init_from_iterable(vm, self, arg);
}

/* ==== repr and compare ======================================================= */

static SlValue ba_repr(SlVM *vm, SlValue v) {
    const unsigned char *d = DATA(v);
    size_t n = SIZE(v);
    /* bytearray's own quote rule: '"' if there is a ' and no ", and ' is
     * escaped even then (bytearray(b"it\'s")) */
    char quote = '\'';
    for (size_t i = 0; i < n; i++) {
        if (d[i] == '"') {
            quote = '\'';
            break;
        }
        if (d[i] == '\'') quote = '"';
    }
    SlBuf b;
    sl_buf_init(&b);
    sl_buf_adds(&b, sl_type_name(v));
    sl_buf_add(&b, "(b", 2);
    sl_buf_addc(&b, quote);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = d[i];
        if (c == '\'' || c == '\\') {
            sl_buf_addc(&b, '\\');
            sl_buf_addc(&b, (char)c);
        } else if (c == '\t') {
            sl_buf_add(&b, "\\t", 2);
        } else if (c == '\n') {
            sl_buf_add(&b, "\\n", 2);
        } else if (c == '\r') {
            sl_buf_add(&b, "\\r", 2);
        } else if (c < ' ' || c >= 0x7F) {
            sl_buf_printf(&b, "\\x%02x", (unsigned)c);
        } else {
            sl_buf_addc(&b, (char)c);
        }
    }
    sl_buf_addc(&b, quote);
    sl_buf_addc(&b, ')');
    return sl_buf_finish(vm, &b);
}

static SlValue ba_richcompare(SlVM *vm, SlValue a, SlValue b, SlCompareOp op) {
    (void)vm;
    size_t na, nb;
    const unsigned char *da = buffer_of(a, &na), *db = buffer_of(b, &nb);
    if (!da || !db) return SL_NOTIMPL;
    if (na != nb && (op == SL_EQ || op == SL_NE)) return SL_BOOL(op == SL_NE);
    int c = memcmp(da, db, na < nb ? na : nb);
    if (c == 0) c = na < nb ? -1 : na > nb ? 1 : 0;
    bool r = false;
    switch (op) {
    case SL_LT: r = c < 0; break;
    case SL_LE: r = c <= 0; break;
    case SL_EQ: r = c == 0; break;
    case SL_NE: r = c != 0; break;
    case SL_GT: r = c > 0; break;
    case SL_GE: r = c >= 0; break;
    }
    return SL_BOOL(r);
}

/* ==== sequence protocol ====================================================== */

static int64_t ba_len(SlVM *vm, SlValue v) {
    (void)vm;
    return (int64_t)SIZE(v);
}

static SlValue ba_getitem(SlVM *vm, SlValue v, SlValue key) {
    if (sl_has_index(key)) {
        int64_t i;
        if (!sl_as_ssize(vm, key, SL_IndexError, &i)) return SL_NULL;
        if (i < 0) i += (int64_t)SIZE(v);
        if (i < 0 || i >= (int64_t)SIZE(v))
            return sl_raise(vm, SL_IndexError, "bytearray index out of range");
        return SL_FROM_INT(DATA(v)[i]);
    }
    if (SL_IS_SLICE(key)) {
        int64_t start, stop, step;
        if (!sl_slice_unpack(vm, key, &start, &stop, &step)) return SL_NULL;
        int64_t len = sl_slice_adjust((int64_t)SIZE(v), &start, &stop, step);
        if (len <= 0) return sl_bytearray_new(vm, NULL, 0);
        if (step == 1) return sl_bytearray_new(vm, DATA(v) + start, (size_t)len);
        SlValue r = sl_bytearray_new(vm, NULL, (size_t)len);
        if (!r) return SL_NULL;
        const unsigned char *d = DATA(v);
        unsigned char *w = DATA(r);
        for (int64_t i = 0, j = start; i < len; i++, j += step) w[i] = d[j];
        return r;
    }
    return sl_raise(vm, SL_TypeError, "bytearray indices must be integers or slices, not %s",
                    sl_type_name(key));
}

/* bytearray_setslice_linear: replace [lo, hi) by bytes[0..n) (bytes must not
 * point into self). */
static bool setslice_linear(SlVM *vm, SlByteArray *self, size_t lo, size_t hi,
                            const unsigned char *bytes, size_t n) {
    size_t avail = hi - lo;
    if (n < avail) {
        size_t shrink = avail - n;
        unsigned char *d = self->buf + self->start;
        if (lo == 0) {
            self->start += shrink; /* drop from the front: move the logical start */
        } else {
            memmove(d + lo + n, d + hi, self->size - hi);
        }
        if (!ba_resize(vm, self, self->size - shrink)) {
            if (lo == 0) self->start -= shrink;
            else self->size -= shrink;
            return false;
        }
    } else if (n > avail) {
        size_t growth = n - avail;
        if (self->size > BA_MAX_SIZE - growth) {
            sl_raise_nomemory(vm);
            return false;
        }
        if (!ba_resize(vm, self, self->size + growth)) return false;
        unsigned char *d = self->buf + self->start;
        memmove(d + lo + n, d + hi, self->size - lo - n);
    }
    if (n) memcpy(self->buf + self->start + lo, bytes, n);
    return true;
}

/* bytearray_setslice: self[lo:hi] = values (a bytes-like object; SL_NULL deletes) */
static bool setslice(SlVM *vm, SlValue self, int64_t lo, int64_t hi, SlValue values) {
    if (values && values == self) {
        SlValue copy = sl_bytearray_new(vm, DATA(self), SIZE(self));
        if (!copy) return false;
        bool ok = setslice(vm, self, lo, hi, copy);
        sl_decref(vm, copy);
        return ok;
    }
    const unsigned char *bytes = NULL;
    size_t n = 0;
    if (values) {
        bytes = buffer_of(values, &n);
        if (!bytes) {
            sl_raise(vm, SL_TypeError, "can't set bytearray slice from %s", sl_type_name(values));
            return false;
        }
    }
    int64_t size = (int64_t)SIZE(self);
    if (lo < 0) lo = 0;
    if (hi < lo) hi = lo;
    if (hi > size) hi = size;
    return setslice_linear(vm, BA(self), (size_t)lo, (size_t)hi, bytes, n);
}

static bool is_number(SlValue v) {
    SlType *t = sl_type_of(v);
    return sl_has_index(v) || t->int_ || t->float_;
}

static bool ba_setitem(SlVM *vm, SlValue selfv, SlValue key, SlValue values) {
    int64_t start, stop, step, slicelen;
    if (sl_has_index(key)) {
        int64_t i;
        if (!sl_as_ssize(vm, key, SL_IndexError, &i)) return false;
        /* the value first: its __index__ may change the bytearray (GH-91153) */
        int c = 0;
        if (values && (c = byte_value(vm, values)) < 0) return false;
        int64_t n = (int64_t)SIZE(selfv);
        if (i < 0) i += n;
        if (i < 0 || i >= n) {
            sl_raise(vm, SL_IndexError, "bytearray index out of range");
            return false;
        }
        if (values) {
            DATA(selfv)[i] = (unsigned char)c;
            return true;
        }
        start = i;
        stop = i + 1;
        step = 1;
        slicelen = 1;
    } else if (SL_IS_SLICE(key)) {
        if (!sl_slice_unpack(vm, key, &start, &stop, &step)) return false;
        slicelen = sl_slice_adjust((int64_t)SIZE(selfv), &start, &stop, step);
    } else {
        sl_raise(vm, SL_TypeError, "bytearray indices must be integers or slices, not %s",
                 sl_type_name(key));
        return false;
    }

    const unsigned char *bytes = NULL;
    size_t needed = 0;
    if (values) {
        if (values == selfv || !SL_IS_BYTEARRAY(values)) {
            if (is_number(values) || SL_IS_STR(values)) {
                sl_raise(vm, SL_TypeError,
                         "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                return false;
            }
            /* a copy (bytearray(values)), then assign that */
            SlValue copy = sl_call1(vm, SL_OBJ(&sl_bytearray_type), values);
            if (!copy) return false;
            bool ok = ba_setitem(vm, selfv, key, copy);
            sl_decref(vm, copy);
            return ok;
        }
        bytes = DATA(values);
        needed = SIZE(values);
    }
    SlByteArray *self = BA(selfv);
    /* b[5:2] = ... inserts before 5, not before 2 */
    if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
    if (step == 1) return setslice_linear(vm, self, (size_t)start, (size_t)stop, bytes, needed);
    if (needed == 0) {
        /* extended slice deletion (also for `b[::2] = b''`, as CPython) */
        if (slicelen <= 0) return true;
        if (step < 0) {
            stop = start + 1;
            start = stop + step * (slicelen - 1) - 1;
            step = -step;
        }
        unsigned char *buf = self->buf + self->start;
        size_t size = self->size, cur;
        int64_t i;
        for (cur = (size_t)start, i = 0; i < slicelen; cur += (size_t)step, i++) {
            size_t lim = (size_t)step - 1;
            if (cur + (size_t)step >= size) lim = size - cur - 1;
            memmove(buf + cur - i, buf + cur + 1, lim);
        }
        cur = (size_t)start + (size_t)slicelen * (size_t)step;
        if (cur < size) memmove(buf + cur - slicelen, buf + cur, size - cur);
        return ba_resize(vm, self, size - (size_t)slicelen);
    }
    if ((int64_t)needed != slicelen) {
        sl_raise(vm, SL_ValueError,
                 "attempt to assign bytes of size %zu to extended slice of size %lld", needed,
                 (long long)slicelen);
        return false;
    }
    unsigned char *buf = self->buf + self->start;
    for (int64_t i = 0, cur = start; i < slicelen; cur += step, i++) buf[cur] = bytes[i];
    return true;
}

static int64_t mem_find(const unsigned char *h, size_t n, const unsigned char *s, size_t m) {
    if (m == 0) return 0;
    if (m > n) return -1;
    const unsigned char *p = memmem(h, n, s, m);
    return p ? p - h : -1;
}

static int64_t mem_rfind(const unsigned char *h, size_t n, const unsigned char *s, size_t m) {
    if (m > n) return -1;
    if (m == 0) return (int64_t)n;
    for (size_t i = n - m + 1; i-- > 0;)
        if (h[i] == s[0] && memcmp(h + i, s, m) == 0) return (int64_t)i;
    return -1;
}

/* _Py_bytes_contains */
static int ba_contains(SlVM *vm, SlValue v, SlValue item) {
    if (sl_has_index(item)) {
        int c = byte_value(vm, item);
        if (c < 0) return -1;
        return memchr(DATA(v), c, SIZE(v)) != NULL;
    }
    size_t m;
    const unsigned char *s = buffer_arg(vm, item, &m);
    if (!s) return -1;
    return mem_find(DATA(v), SIZE(v), s, m) >= 0;
}

/* ---- iterator -------------------------------------------------------------- */

typedef struct {
    SlObject ob;
    SlValue seq;       /* SL_NULL when exhausted */
    size_t index;
} ByteArrayIter;

static SlValue ba_iter(SlVM *vm, SlValue v) {
    ByteArrayIter *it =
        (ByteArrayIter *)sl_obj_alloc(vm, &sl_bytearray_iter_type, sizeof(ByteArrayIter));
    if (!it) return SL_NULL;
    it->seq = sl_incref(v);
    return SL_OBJ(it);
}

static SlValue ba_iter_next(SlVM *vm, SlValue v) {
    ByteArrayIter *it = (ByteArrayIter *)SL_AS_OBJ(v);
    if (!it->seq) return SL_NULL;
    if (it->index >= SIZE(it->seq)) { /* re-checked each time: the bytearray may shrink */
        SlValue s = it->seq;
        it->seq = SL_NULL;
        sl_decref(vm, s);
        return SL_NULL;
    }
    return SL_FROM_INT(DATA(it->seq)[it->index++]);
}

static void ba_iter_dealloc(SlVM *vm, SlObject *o) {
    sl_xdecref(vm, ((ByteArrayIter *)o)->seq);
    sl_obj_free(vm, o);
}

static SlValue ba_iter_self(SlVM *vm, SlValue v) {
    (void)vm;
    return sl_incref(v);
}

METHOD(ba_iter_length_hint) {
    (void)args;
    if (!sl_args_check(vm, "__length_hint__", nargs, kwnames, 0, 0)) return SL_NULL;
    ByteArrayIter *it = (ByteArrayIter *)SL_AS_OBJ(self);
    if (!it->seq || it->index >= SIZE(it->seq)) return SL_FROM_INT(0);
    return sl_int_new_exact(vm, (int64_t)(SIZE(it->seq) - it->index));
}

static const SlMethodDef ba_iter_methods[] = {
    {"__length_hint__", ba_iter_length_hint, SL_METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL}};

SlType sl_bytearray_iter_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "bytearray_iterator",
    .basicsize = sizeof(ByteArrayIter),
    .dealloc = ba_iter_dealloc,
    .iter = ba_iter_self,
    .iternext = ba_iter_next,
    .methods = ba_iter_methods,
};

/* ---- operators ------------------------------------------------------------- */

static SlValue ba_add(SlVM *vm, SlValue a, SlValue b) {
    size_t na, nb;
    const unsigned char *da = buffer_of(a, &na), *db = buffer_of(b, &nb);
    if (!da) return SL_NOTIMPL; /* 5 + bytearray: no sq_concat on the left */
    if (!db) {
        /* CPython tries the other operand's nb_add before sq_concat raises */
        SlBinaryFn other = sl_type_of(b)->nb[SL_NB_ADD];
        if (other && other != ba_add) {
            SlValue r = other(vm, a, b);
            if (r != SL_NOTIMPL) return r;
        }
        return sl_raise(vm, SL_TypeError, "can't concat %s to %s", sl_type_name(b),
                        sl_type_name(a));
    }
    if (na > BA_MAX_SIZE - nb) return sl_raise_nomemory(vm);
    if (SL_IS_BYTES(a)) {
        /* bytes + bytearray is bytes' concatenation (bytes.c hands it over) */
        SlValue r = sl_bytes_new_uninit(vm, na + nb);
        if (!r) return SL_NULL;
        memcpy(SL_BYTES(r)->data, da, na);
        memcpy(SL_BYTES(r)->data + na, db, nb);
        if (na + nb <= 1) { /* keep bytes' shared singletons */
            SlValue s = sl_bytes_new(vm, SL_BYTES(r)->data, na + nb);
            sl_decref(vm, r);
            return s;
        }
        return r;
    }
    SlValue r = sl_bytearray_new(vm, NULL, na + nb);
    if (!r) return SL_NULL;
    memcpy(DATA(r), da, na);
    memcpy(DATA(r) + na, db, nb);
    return r;
}

static SlValue ba_iadd(SlVM *vm, SlValue a, SlValue b) {
    size_t nb;
    const unsigned char *db = buffer_of(b, &nb);
    if (!db) {
        SlBinaryFn other = sl_type_of(b)->nb[SL_NB_ADD];
        if (other && other != ba_add) {
            SlValue r = other(vm, a, b);
            if (r != SL_NOTIMPL) return r;
        }
        return sl_raise(vm, SL_TypeError, "can't concat %s to %s", sl_type_name(b),
                        sl_type_name(a));
    }
    SlByteArray *self = BA(a);
    size_t size = self->size;
    if (b == a && nb) /* CPython holds a buffer export of b while resizing a */
        return sl_raise(vm, SL_EXC(BufferError),
                        "Existing exports of data: object cannot be re-sized");
    if (size > BA_MAX_SIZE - nb) return sl_raise_nomemory(vm);
    if (!ba_resize(vm, self, size + nb)) return SL_NULL;
    if (nb) memcpy(self->buf + self->start + size, db, nb);
    return sl_incref(a);
}

static void repeat_into(unsigned char *dst, const unsigned char *src, size_t size, size_t total) {
    if (size == 1) {
        memset(dst, src[0], total);
        return;
    }
    if (dst != src) memcpy(dst, src, size);
    size_t done = size;
    while (done < total) {
        size_t k = done < total - done ? done : total - done;
        memcpy(dst + done, dst, k);
        done += k;
    }
}

/* The count of a sequence repetition (negative counts as 0), or false after raising. */
static bool repeat_count(SlVM *vm, SlValue nv, int64_t *count) {
    if (!sl_has_index(nv)) {
        sl_raise(vm, SL_TypeError, "can't multiply sequence by non-int of type '%s'",
                 sl_type_name(nv));
        return false;
    }
    if (!sl_as_ssize(vm, nv, SL_OverflowError, count)) return false;
    if (*count < 0) *count = 0;
    return true;
}

static SlValue ba_mul(SlVM *vm, SlValue a, SlValue b) {
    SlValue s = a, nv = b;
    if (!SL_IS_BYTEARRAY(a)) {
        /* a sequence on the left repeats itself: its error names bytearray */
        if (SL_IS_STR(a) || SL_IS_BYTES(a) || SL_IS_LIST(a) || SL_IS_TUPLE(a)) return SL_NOTIMPL;
        s = b;
        nv = a;
    } else if (!sl_has_index(b)) {
        /* bytearray * x: x's nb_multiply goes before sq_repeat */
        SlBinaryFn other = sl_type_of(b)->nb[SL_NB_MUL];
        if (other && other != ba_mul) {
            SlValue r = other(vm, a, b);
            if (r != SL_NOTIMPL) return r;
        }
    }
    int64_t count;
    if (!repeat_count(vm, nv, &count)) return SL_NULL;
    size_t size = SIZE(s);
    if (count > 0 && size > BA_MAX_SIZE / (size_t)count) return sl_raise_nomemory(vm);
    size_t total = size * (size_t)count;
    SlValue r = sl_bytearray_new(vm, NULL, total);
    if (!r || !total) return r;
    repeat_into(DATA(r), DATA(s), size, total);
    return r;
}

static SlValue ba_imul(SlVM *vm, SlValue a, SlValue b) {
    if (!sl_has_index(b)) {
        SlBinaryFn other = sl_type_of(b)->nb[SL_NB_MUL];
        if (other && other != ba_mul) {
            SlValue r = other(vm, a, b);
            if (r != SL_NOTIMPL) return r;
        }
    }
    int64_t count;
    if (!repeat_count(vm, b, &count)) return SL_NULL;
    if (count == 1) return sl_incref(a);
    SlByteArray *self = BA(a);
    size_t size = self->size;
    if (count > 0 && size > BA_MAX_SIZE / (size_t)count) return sl_raise_nomemory(vm);
    size_t total = size * (size_t)count;
    if (!ba_resize(vm, self, total)) return SL_NULL;
    if (total) repeat_into(DATA(a), DATA(a), size, total);
    return sl_incref(a);
}

/* ==== mutating methods ======================================================= */

METHOD(ba_append) {
    if (!sl_args_check(vm, "bytearray.append", nargs, kwnames, 1, 1)) return SL_NULL;
    int c = byte_value(vm, args[0]);
    if (c < 0) return SL_NULL;
    SlByteArray *b = BA(self);
    size_t n = b->size;
    if (!ba_resize(vm, b, n + 1)) return SL_NULL;
    b->buf[b->start + n] = (unsigned char)c;
    return SL_NONE;
}

METHOD(ba_extend) {
    if (!sl_args_check(vm, "bytearray.extend", nargs, kwnames, 1, 1)) return SL_NULL;
    SlValue x = args[0];
    size_t n;
    if (buffer_of(x, &n)) {
        if (!setslice(vm, self, (int64_t)SIZE(self), (int64_t)SIZE(self), x)) return SL_NULL;
        return SL_NONE;
    }
    if (SL_IS_STR(x)) return sl_raise(vm, SL_TypeError, "expected iterable of integers; got: 'str'");
    SlValue it = sl_iter(vm, x);
    if (!it) {
        if (sl_exc_matches(vm, SL_TypeError)) {
            sl_exc_clear(vm);
            return sl_raise(vm, SL_TypeError, "can't extend bytearray with %s", sl_type_name(x));
        }
        return SL_NULL;
    }
    /* collected apart first, as CPython: an error leaves self unchanged */
    SlBuf b;
    sl_buf_init(&b);
    SlValue item;
    while ((item = sl_iternext(vm, it))) {
        int c = byte_value(vm, item);
        sl_decref(vm, item);
        if (c < 0) break;
        sl_buf_addc(&b, (char)c);
    }
    sl_decref(vm, it);
    if (sl_exc_occurred(vm) || b.failed) {
        sl_buf_free(&b);
        return sl_exc_occurred(vm) ? SL_NULL : sl_raise_nomemory(vm);
    }
    bool ok = setslice_linear(vm, BA(self), SIZE(self), SIZE(self),
                              (const unsigned char *)b.data, b.len);
    sl_buf_free(&b);
    return ok ? SL_NONE : SL_NULL;
}

METHOD(ba_pop) {
    if (!sl_args_no_kw(vm, "bytearray.pop", kwnames)) return SL_NULL;
    if (!sl_args_check(vm, "pop", nargs, SL_NULL, 0, 1)) return SL_NULL;
    int64_t i = -1;
    if (nargs && !ssize_arg(vm, args[0], &i)) return SL_NULL;
    SlByteArray *b = BA(self);
    int64_t n = (int64_t)b->size;
    if (n == 0) return sl_raise(vm, SL_IndexError, "pop from empty bytearray");
    if (i < 0) i += n;
    if (i < 0 || i >= n) return sl_raise(vm, SL_IndexError, "pop index out of range");
    unsigned char *d = b->buf + b->start;
    int c = d[i];
    memmove(d + i, d + i + 1, (size_t)(n - i));
    if (!ba_resize(vm, b, (size_t)n - 1)) return SL_NULL;
    return SL_FROM_INT(c);
}

METHOD(ba_insert) {
    if (!sl_args_no_kw(vm, "bytearray.insert", kwnames)) return SL_NULL;
    if (!sl_args_check(vm, "insert", nargs, SL_NULL, 2, 2)) return SL_NULL;
    int64_t i;
    if (!ssize_arg(vm, args[0], &i)) return SL_NULL;
    int c = byte_value(vm, args[1]);
    if (c < 0) return SL_NULL;
    SlByteArray *b = BA(self);
    int64_t n = (int64_t)b->size;
    if (!ba_resize(vm, b, (size_t)n + 1)) return SL_NULL;
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    }
    if (i > n) i = n;
    unsigned char *d = b->buf + b->start;
    memmove(d + i + 1, d + i, (size_t)(n - i));
    d[i] = (unsigned char)c;
    return SL_NONE;
}

METHOD(ba_remove) {
    if (!sl_args_check(vm, "bytearray.remove", nargs, kwnames, 1, 1)) return SL_NULL;
    int c = byte_value(vm, args[0]);
    if (c < 0) return SL_NULL;
    SlByteArray *b = BA(self);
    unsigned char *d = DATA(self);
    unsigned char *p = memchr(d, c, b->size);
    if (!p) return sl_raise(vm, SL_ValueError, "value not found in bytearray");
    size_t where = (size_t)(p - d);
    memmove(d + where, d + where + 1, b->size - where);
    if (!ba_resize(vm, b, b->size - 1)) return SL_NULL;
    return SL_NONE;
}

METHOD(ba_clear) {
    (void)args;
    if (!sl_args_check(vm, "bytearray.clear", nargs, kwnames, 0, 0)) return SL_NULL;
    return ba_resize(vm, BA(self), 0) ? SL_NONE : SL_NULL;
}

METHOD(ba_copy) {
    (void)args;
    if (!sl_args_check(vm, "bytearray.copy", nargs, kwnames, 0, 0)) return SL_NULL;
    return sl_bytearray_new(vm, DATA(self), SIZE(self));
}

METHOD(ba_reverse) {
    (void)args;
    if (!sl_args_check(vm, "bytearray.reverse", nargs, kwnames, 0, 0)) return SL_NULL;
    unsigned char *d = DATA(self);
    for (size_t i = 0, j = SIZE(self); i + 1 < j; i++, j--) {
        unsigned char t = d[i];
        d[i] = d[j - 1];
        d[j - 1] = t;
    }
    return SL_NONE;
}

METHOD(ba_alloc_method) {
    (void)args;
    if (!sl_args_check(vm, "bytearray.__alloc__", nargs, kwnames, 0, 0)) return SL_NULL;
    return sl_int_new_exact(vm, (int64_t)BA(self)->allocated);
}

/* ==== searching ============================================================== */

/* The sub argument of find/count/index: bytes-like or an int byte. */
static bool sub_arg(SlVM *vm, SlValue x, const unsigned char **sub, size_t *len, unsigned char *one) {
    if (!sl_has_index(x)) {
        *sub = buffer_of(x, len);
        if (*sub) return true;
        sl_raise(vm, SL_TypeError, "argument should be integer or bytes-like object, not '%s'",
                 sl_type_name(x));
        return false;
    }
    int c = byte_value(vm, x);
    if (c < 0) return false;
    *one = (unsigned char)c;
    *sub = one;
    *len = 1;
    return true;
}

static bool slice_index_arg(SlVM *vm, SlValue v, int64_t *out) {
    if (v == SL_NONE) return true;
    if (!sl_has_index(v)) {
        sl_raise(vm, SL_TypeError,
                 "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    return sl_as_ssize(vm, v, NULL, out);
}

static void adjust_indices(int64_t len, int64_t *start, int64_t *end) {
    if (*end > len) {
        *end = len;
    } else if (*end < 0) {
        *end += len;
        if (*end < 0) *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
}

static bool start_end(SlVM *vm, const char *name, const char *qual, const SlValue *args,
                      size_t nargs, SlValue kwnames, int64_t *start, int64_t *end) {
    if (!sl_args_no_kw(vm, qual, kwnames)) return false;
    if (!sl_args_check(vm, name, nargs, SL_NULL, 1, 3)) return false;
    *start = 0;
    *end = INT64_MAX;
    if (nargs > 1 && !slice_index_arg(vm, args[1], start)) return false;
    if (nargs > 2 && !slice_index_arg(vm, args[2], end)) return false;
    return true;
}

static SlValue find_common(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                           SlValue kwnames, const char *name, const char *qual, int dir,
                           bool raise) {
    int64_t start, end;
    const unsigned char *sub;
    size_t m;
    unsigned char one;
    /* start and end are converted first (Argument Clinic), then sub */
    if (!start_end(vm, name, qual, args, nargs, kwnames, &start, &end)) return SL_NULL;
    if (!sub_arg(vm, args[0], &sub, &m, &one)) return SL_NULL;
    adjust_indices((int64_t)SIZE(self), &start, &end);
    int64_t r = -1;
    if (end - start >= (int64_t)m) {
        const unsigned char *d = DATA(self) + start;
        int64_t off = dir > 0 ? mem_find(d, (size_t)(end - start), sub, m)
                              : mem_rfind(d, (size_t)(end - start), sub, m);
        if (off >= 0) r = start + off;
    }
    if (r < 0 && raise) return sl_raise(vm, SL_ValueError, "subsection not found");
    return sl_int_new_exact(vm, r);
}

METHOD(ba_find) { return find_common(vm, self, args, nargs, kwnames, "find", "bytearray.find", 1, false); }
METHOD(ba_rfind) {
    return find_common(vm, self, args, nargs, kwnames, "rfind", "bytearray.rfind", -1, false);
}
METHOD(ba_index) {
    return find_common(vm, self, args, nargs, kwnames, "index", "bytearray.index", 1, true);
}
METHOD(ba_rindex) {
    return find_common(vm, self, args, nargs, kwnames, "rindex", "bytearray.rindex", -1, true);
}

METHOD(ba_count) {
    int64_t start, end;
    const unsigned char *sub;
    size_t m;
    unsigned char one;
    if (!start_end(vm, "count", "bytearray.count", args, nargs, kwnames, &start, &end))
        return SL_NULL;
    if (!sub_arg(vm, args[0], &sub, &m, &one)) return SL_NULL;
    adjust_indices((int64_t)SIZE(self), &start, &end);
    if (end < start) return SL_FROM_INT(0);
    if (m == 0) return sl_int_new_exact(vm, end - start + 1);
    int64_t n = 0;
    const unsigned char *p = DATA(self) + start;
    size_t left = (size_t)(end - start);
    for (;;) {
        int64_t off = mem_find(p, left, sub, m);
        if (off < 0) break;
        n++;
        p += (size_t)off + m;
        left -= (size_t)off + m;
    }
    return sl_int_new_exact(vm, n);
}

static bool tailmatch(SlValue self, const unsigned char *sub, size_t m, int64_t start, int64_t end,
                      int dir) {
    adjust_indices((int64_t)SIZE(self), &start, &end);
    end -= (int64_t)m;
    if (end < start) return false;
    if (m == 0) return true;
    return memcmp(DATA(self) + (dir < 0 ? start : end), sub, m) == 0;
}

static SlValue startsend(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                         SlValue kwnames, const char *name, const char *qual, int dir) {
    int64_t start, end;
    if (!start_end(vm, name, qual, args, nargs, kwnames, &start, &end)) return SL_NULL;
    SlValue x = args[0];
    size_t m;
    const unsigned char *sub;
    if (SL_IS_TUPLE(x)) {
        for (size_t i = 0; i < SL_TUPLE_SIZE(x); i++) {
            if (!(sub = buffer_arg(vm, SL_TUPLE_ITEMS(x)[i], &m))) return SL_NULL;
            if (tailmatch(self, sub, m, start, end, dir)) return SL_TRUE;
        }
        return SL_FALSE;
    }
    if (!(sub = buffer_of(x, &m)))
        return sl_raise(vm, SL_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s",
                        name, sl_type_name(x));
    return SL_BOOL(tailmatch(self, sub, m, start, end, dir));
}

METHOD(ba_startswith) {
    return startsend(vm, self, args, nargs, kwnames, "startswith", "bytearray.startswith", -1);
}
METHOD(ba_endswith) {
    return startsend(vm, self, args, nargs, kwnames, "endswith", "bytearray.endswith", 1);
}

/* ==== methods returning new objects ========================================== */

static bool is_space(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }

static bool list_add(SlVM *vm, SlValue list, const unsigned char *p, size_t n) {
    SlValue b = sl_bytearray_new(vm, p, n);
    if (!b) return false;
    bool ok = sl_list_append(vm, list, b);
    sl_decref(vm, b);
    return ok;
}

static SlValue do_split(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                        SlValue kwnames, const char *name, bool right) {
    static const char *const names[] = {"sep", "maxsplit", NULL};
    SlValue a[2];
    if (!sl_args_parse(vm, name, args, nargs, kwnames, names, 0, 2, a)) return SL_NULL;
    SlValue sepv = a[0] && a[0] != SL_NONE ? a[0] : SL_NULL;
    int64_t maxsplit = -1;
    if (a[1] && !ssize_arg(vm, a[1], &maxsplit)) return SL_NULL;
    const unsigned char *sep = NULL;
    size_t sn = 0;
    if (sepv && !(sep = buffer_arg(vm, sepv, &sn))) return SL_NULL;
    if (sep && sn == 0) return sl_raise(vm, SL_ValueError, "empty separator");
    if (maxsplit < 0) maxsplit = INT64_MAX;
    SlValue list = sl_list_new(vm, 0);
    if (!list) return SL_NULL;
    /* nothing below runs Python code, so d and sep stay valid */
    const unsigned char *d = DATA(self);
    size_t n = SIZE(self);
    if (!right) {
        size_t i = 0;
        if (!sep) {
            while (i < n) {
                while (i < n && is_space(d[i])) i++;
                if (i >= n) break;
                if (maxsplit-- == 0) {
                    if (!list_add(vm, list, d + i, n - i)) goto fail;
                    break;
                }
                size_t j = i;
                while (j < n && !is_space(d[j])) j++;
                if (!list_add(vm, list, d + i, j - i)) goto fail;
                i = j;
            }
            return list;
        }
        while (maxsplit-- > 0) {
            int64_t off = mem_find(d + i, n - i, sep, sn);
            if (off < 0) break;
            if (!list_add(vm, list, d + i, (size_t)off)) goto fail;
            i += (size_t)off + sn;
        }
        if (!list_add(vm, list, d + i, n - i)) goto fail;
        return list;
    }
    size_t e = n;
    if (!sep) {
        while (e > 0) {
            while (e > 0 && is_space(d[e - 1])) e--;
            if (e == 0) break;
            if (maxsplit-- == 0) {
                if (!list_add(vm, list, d, e)) goto fail;
                break;
            }
            size_t j = e;
            while (j > 0 && !is_space(d[j - 1])) j--;
            if (!list_add(vm, list, d + j, e - j)) goto fail;
            e = j;
        }
    } else {
        while (maxsplit-- > 0) {
            int64_t off = mem_rfind(d, e, sep, sn);
            if (off < 0) break;
            if (!list_add(vm, list, d + off + sn, e - (size_t)off - sn)) goto fail;
            e = (size_t)off;
        }
        if (!list_add(vm, list, d, e)) goto fail;
    }
    SlList *l = SL_LIST(list);
    for (size_t x = 0, y = l->size; x + 1 < y; x++, y--) {
        SlValue t = l->items[x];
        l->items[x] = l->items[y - 1];
        l->items[y - 1] = t;
    }
    return list;
fail:
    sl_decref(vm, list);
    return SL_NULL;
}

METHOD(ba_split) { return do_split(vm, self, args, nargs, kwnames, "split", false); }
METHOD(ba_rsplit) { return do_split(vm, self, args, nargs, kwnames, "rsplit", true); }

METHOD(ba_join) {
    if (!sl_args_check(vm, "bytearray.join", nargs, kwnames, 1, 1)) return SL_NULL;
    SlValue seq = sl_list_from_iterable(vm, args[0]);
    if (!seq) {
        if (sl_exc_matches(vm, SL_TypeError)) {
            sl_exc_clear(vm);
            return sl_raise(vm, SL_TypeError, "can only join an iterable");
        }
        return SL_NULL;
    }
    SlList *l = SL_LIST(seq);
    size_t total = 0, m;
    for (size_t i = 0; i < l->size; i++) {
        if (!buffer_of(l->items[i], &m)) {
            sl_raise(vm, SL_TypeError, "sequence item %zu: expected a bytes-like object, %s found",
                     i, sl_type_name(l->items[i]));
            sl_decref(vm, seq);
            return SL_NULL;
        }
        total += m + (i ? SIZE(self) : 0);
    }
    SlValue r = sl_bytearray_new(vm, NULL, total);
    if (!r) {
        sl_decref(vm, seq);
        return SL_NULL;
    }
    unsigned char *w = DATA(r);
    for (size_t i = 0; i < l->size; i++) {
        if (i) {
            memcpy(w, DATA(self), SIZE(self));
            w += SIZE(self);
        }
        const unsigned char *p = buffer_of(l->items[i], &m);
        memcpy(w, p, m);
        w += m;
    }
    sl_decref(vm, seq);
    return r;
}

static SlValue do_strip(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                        SlValue kwnames, const char *name, const char *qual, int which) {
    if (!sl_args_no_kw(vm, qual, kwnames)) return SL_NULL;
    if (!sl_args_check(vm, name, nargs, SL_NULL, 0, 1)) return SL_NULL;
    SlValue chars = nargs ? args[0] : SL_NONE;
    const unsigned char *c = NULL;
    size_t cn = 0;
    if (chars != SL_NONE && !(c = buffer_arg(vm, chars, &cn))) return SL_NULL;
    const unsigned char *d = DATA(self);
    size_t i = 0, e = SIZE(self);
    if (!c) {
        if (which & 1)
            while (i < e && is_space(d[i])) i++;
        if (which & 2)
            while (e > i && is_space(d[e - 1])) e--;
    } else {
        if (which & 1)
            while (i < e && memchr(c, d[i], cn)) i++;
        if (which & 2)
            while (e > i && memchr(c, d[e - 1], cn)) e--;
    }
    return sl_bytearray_new(vm, d + i, e - i);
}

METHOD(ba_strip) { return do_strip(vm, self, args, nargs, kwnames, "strip", "bytearray.strip", 3); }
METHOD(ba_lstrip) {
    return do_strip(vm, self, args, nargs, kwnames, "lstrip", "bytearray.lstrip", 1);
}
METHOD(ba_rstrip) {
    return do_strip(vm, self, args, nargs, kwnames, "rstrip", "bytearray.rstrip", 2);
}

static SlValue case_map(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                        SlValue kwnames, const char *qual, bool upper) {
    (void)args;
    if (!sl_args_check(vm, qual, nargs, kwnames, 0, 0)) return SL_NULL;
    size_t n = SIZE(self);
    SlValue r = sl_bytearray_new(vm, DATA(self), n);
    if (!r) return SL_NULL;
    unsigned char *d = DATA(r);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = d[i];
        if (upper && c >= 'a' && c <= 'z') d[i] = (unsigned char)(c - 32);
        if (!upper && c >= 'A' && c <= 'Z') d[i] = (unsigned char)(c + 32);
    }
    return r;
}

METHOD(ba_upper) { return case_map(vm, self, args, nargs, kwnames, "bytearray.upper", true); }
METHOD(ba_lower) { return case_map(vm, self, args, nargs, kwnames, "bytearray.lower", false); }

METHOD(ba_replace) {
    if (!sl_args_no_kw(vm, "bytearray.replace", kwnames)) return SL_NULL;
    if (!sl_args_check(vm, "replace", nargs, SL_NULL, 2, 3)) return SL_NULL;
    size_t on, wn;
    if (!buffer_arg(vm, args[0], &on) || !buffer_arg(vm, args[1], &wn)) return SL_NULL;
    int64_t count = -1;
    if (nargs > 2 && !ssize_arg(vm, args[2], &count)) return SL_NULL;
    if (count < 0) count = INT64_MAX;
    const unsigned char *o = buffer_of(args[0], &on), *w = buffer_of(args[1], &wn);
    const unsigned char *d = DATA(self);
    size_t n = SIZE(self);
    SlBuf b;
    sl_buf_init(&b);
    size_t i = 0;
    int64_t done = 0;
    if (on == 0) {
        while (done < count && i <= n) {
            sl_buf_add(&b, (const char *)w, wn);
            done++;
            if (i < n) sl_buf_addc(&b, (char)d[i]);
            i++;
        }
        if (i < n) sl_buf_add(&b, (const char *)d + i, n - i);
    } else {
        while (done < count) {
            int64_t off = mem_find(d + i, n - i, o, on);
            if (off < 0) break;
            sl_buf_add(&b, (const char *)d + i, (size_t)off);
            sl_buf_add(&b, (const char *)w, wn);
            i += (size_t)off + on;
            done++;
        }
        sl_buf_add(&b, (const char *)d + i, n - i);
    }
    if (b.failed) {
        sl_buf_free(&b);
        return sl_raise_nomemory(vm);
    }
    SlValue r = sl_bytearray_new(vm, b.data, b.len);
    sl_buf_free(&b);
    return r;
}

static SlValue do_partition(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                            SlValue kwnames, const char *qual, int dir) {
    if (!sl_args_check(vm, qual, nargs, kwnames, 1, 1)) return SL_NULL;
    size_t sn;
    const unsigned char *sep = buffer_arg(vm, args[0], &sn);
    if (!sep) return SL_NULL;
    if (sn == 0) return sl_raise(vm, SL_ValueError, "empty separator");
    const unsigned char *d = DATA(self);
    size_t n = SIZE(self);
    int64_t off = dir > 0 ? mem_find(d, n, sep, sn) : mem_rfind(d, n, sep, sn);
    SlValue p[3];
    if (off < 0) {
        SlValue whole = sl_bytearray_new(vm, d, n);
        SlValue e1 = sl_bytearray_new(vm, NULL, 0), e2 = sl_bytearray_new(vm, NULL, 0);
        p[0] = dir > 0 ? whole : e1;
        p[1] = dir > 0 ? e1 : e2;
        p[2] = dir > 0 ? e2 : whole;
    } else {
        p[0] = sl_bytearray_new(vm, d, (size_t)off);
        p[1] = sl_bytearray_new(vm, sep, sn);
        p[2] = sl_bytearray_new(vm, d + off + sn, n - (size_t)off - sn);
    }
    SlValue t = SL_NULL;
    if (p[0] && p[1] && p[2]) t = sl_tuple_new(vm, 3);
    if (!t) {
        for (int i = 0; i < 3; i++) sl_xdecref(vm, p[i]);
        return SL_NULL;
    }
    for (int i = 0; i < 3; i++) SL_TUPLE_ITEMS(t)[i] = p[i];
    return t;
}

METHOD(ba_partition) {
    return do_partition(vm, self, args, nargs, kwnames, "bytearray.partition", 1);
}
METHOD(ba_rpartition) {
    return do_partition(vm, self, args, nargs, kwnames, "bytearray.rpartition", -1);
}

static SlValue do_removefix(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                            SlValue kwnames, const char *qual, bool prefix) {
    if (!sl_args_check(vm, qual, nargs, kwnames, 1, 1)) return SL_NULL;
    size_t m;
    const unsigned char *p = buffer_arg(vm, args[0], &m);
    if (!p) return SL_NULL;
    const unsigned char *d = DATA(self);
    size_t n = SIZE(self);
    if (n >= m && memcmp(prefix ? d : d + n - m, p, m) == 0)
        return sl_bytearray_new(vm, prefix ? d + m : d, n - m);
    return sl_bytearray_new(vm, d, n);
}

METHOD(ba_removeprefix) {
    return do_removefix(vm, self, args, nargs, kwnames, "bytearray.removeprefix", true);
}
METHOD(ba_removesuffix) {
    return do_removefix(vm, self, args, nargs, kwnames, "bytearray.removesuffix", false);
}

METHOD(ba_decode) {
    static const char *const names[] = {"encoding", "errors", NULL};
    SlValue a[2];
    if (!sl_args_parse(vm, "decode", args, nargs, kwnames, names, 0, 2, a)) return SL_NULL;
    const char *enc = NULL, *err = NULL;
    if (a[0]) {
        if (!SL_IS_STR(a[0]))
            return sl_raise(vm, SL_TypeError, "decode() argument 'encoding' must be str, not %s",
                            sl_type_name(a[0]));
        enc = SL_STR_DATA(a[0]);
    }
    if (a[1]) {
        if (!SL_IS_STR(a[1]))
            return sl_raise(vm, SL_TypeError, "decode() argument 'errors' must be str, not %s",
                            sl_type_name(a[1]));
        err = SL_STR_DATA(a[1]);
    }
    return sl_str_decode(vm, (const char *)DATA(self), SIZE(self), enc, err);
}

METHOD(ba_hex) {
    static const char *const names[] = {"sep", "bytes_per_sep", NULL};
    SlValue a[2];
    if (!sl_args_parse(vm, "hex", args, nargs, kwnames, names, 0, 2, a)) return SL_NULL;
    char sep = 0;
    int64_t per = 1;
    if (a[0]) {
        /* _Py_strhex_impl: the length first, then the type */
        int64_t len = sl_len(vm, a[0]);
        if (len < 0) return SL_NULL;
        if (len != 1) return sl_raise(vm, SL_ValueError, "sep must be length 1.");
        if (SL_IS_STR(a[0])) {
            uint32_t c = sl_str_codepoint_at(a[0], 0);
            if (c > 127) return sl_raise(vm, SL_ValueError, "sep must be ASCII.");
            sep = (char)c;
        } else if (SL_IS_BYTES(a[0])) {
            sep = (char)SL_BYTES(a[0])->data[0];
        } else {
            return sl_raise(vm, SL_TypeError, "sep must be str or bytes.");
        }
    }
    if (a[1]) {
        if (!sl_has_index(a[1]))
            return sl_raise(vm, SL_TypeError, "'%s' object cannot be interpreted as an integer",
                            sl_type_name(a[1]));
        if (!sl_as_ssize(vm, a[1], SL_OverflowError, &per)) return SL_NULL;
    }
    static const char hexd[] = "0123456789abcdef";
    SlBuf b;
    sl_buf_init(&b);
    size_t n = SIZE(self);
    const unsigned char *d = DATA(self);
    uint64_t group = per < 0 ? (uint64_t)0 - (uint64_t)per : (uint64_t)per;
    if (group == 0) sep = 0;
    for (size_t i = 0; i < n; i++) {
        if (sep && i) {
            /* groups count from the right for positive bytes_per_sep */
            bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
            if (boundary) sl_buf_addc(&b, sep);
        }
        sl_buf_addc(&b, hexd[d[i] >> 4]);
        sl_buf_addc(&b, hexd[d[i] & 15]);
    }
    if (!b.data) return sl_str_new(vm, "", 0);
    return sl_buf_finish(vm, &b);
}

static int hexval(uint32_t c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

/* bytearray.fromhex(string): a classmethod */
METHOD(ba_fromhex) {
    if (!sl_args_check(vm, "fromhex", nargs, kwnames, 1, 1)) return SL_NULL;
    if (!SL_IS_STR(args[0]))
        return sl_raise(vm, SL_TypeError, "fromhex() argument must be str, not %s",
                        sl_type_name(args[0]));
    SlValue s = args[0];
    size_t n = SL_STR_LEN(s);
    SlBuf b;
    sl_buf_init(&b);
    for (size_t i = 0; i < n;) {
        uint32_t c = sl_str_codepoint_at(s, i);
        if (c == ' ' || (c >= 9 && c <= 13)) {
            i++;
            continue;
        }
        int hi = hexval(c);
        int lo = i + 1 < n ? hexval(sl_str_codepoint_at(s, i + 1)) : -1;
        if (hi < 0 || lo < 0) {
            sl_buf_free(&b);
            return sl_raise(vm, SL_ValueError,
                            "non-hexadecimal number found in fromhex() arg at position %zu",
                            hi < 0 ? i : i + 1);
        }
        sl_buf_addc(&b, (char)(hi * 16 + lo));
        i += 2;
    }
    SlValue r = sl_bytearray_new(vm, b.data, b.len);
    sl_buf_free(&b);
    if (!r || self == SL_OBJ(&sl_bytearray_type)) return r;
    SlValue sub = sl_call1(vm, self, r);
    sl_decref(vm, r);
    return sub;
}

static SlValue ba_pred(SlVM *vm, SlValue self, size_t nargs, SlValue kwnames, const char *qual,
                       int kind) {
    if (!sl_args_check(vm, qual, nargs, kwnames, 0, 0)) return SL_NULL;
    size_t n = SIZE(self);
    const unsigned char *d = DATA(self);
    if (kind == 5) { /* isascii */
        for (size_t i = 0; i < n; i++)
            if (d[i] >= 0x80) return SL_FALSE;
        return SL_TRUE;
    }
    if (n == 0) return SL_FALSE;
    bool cased = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = d[i];
        bool lo = c >= 'a' && c <= 'z', up = c >= 'A' && c <= 'Z', dg = c >= '0' && c <= '9';
        switch (kind) {
        case 0: if (!dg) return SL_FALSE; break;
        case 1: if (!lo && !up) return SL_FALSE; break;
        case 2: if (!lo && !up && !dg) return SL_FALSE; break;
        case 3: if (!is_space(c)) return SL_FALSE; break;
        case 4: if (up) return SL_FALSE; cased |= lo; break;
        case 6: if (lo) return SL_FALSE; cased |= up; break;
        default: break;
        }
    }
    return (kind == 4 || kind == 6) ? SL_BOOL(cased) : SL_TRUE;
}

METHOD(ba_isdigit) { (void)args; return ba_pred(vm, self, nargs, kwnames, "bytearray.isdigit", 0); }
METHOD(ba_isalpha) { (void)args; return ba_pred(vm, self, nargs, kwnames, "bytearray.isalpha", 1); }
METHOD(ba_isalnum) { (void)args; return ba_pred(vm, self, nargs, kwnames, "bytearray.isalnum", 2); }
METHOD(ba_isspace) { (void)args; return ba_pred(vm, self, nargs, kwnames, "bytearray.isspace", 3); }
METHOD(ba_islower) { (void)args; return ba_pred(vm, self, nargs, kwnames, "bytearray.islower", 4); }
METHOD(ba_isascii) { (void)args; return ba_pred(vm, self, nargs, kwnames, "bytearray.isascii", 5); }
METHOD(ba_isupper) { (void)args; return ba_pred(vm, self, nargs, kwnames, "bytearray.isupper", 6); }

/* ==== the type =============================================================== */

static const SlMethodDef ba_methods[] = {
    {"__alloc__", ba_alloc_method, SL_METH_DEFAULT,
     "B.__alloc__() -> int\n\nReturn the number of bytes actually allocated."},
    {"append", ba_append, SL_METH_DEFAULT, "Append a single item to the end of the bytearray."},
    {"extend", ba_extend, SL_METH_DEFAULT,
     "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"pop", ba_pop, SL_METH_DEFAULT, "Remove and return a single item from B."},
    {"insert", ba_insert, SL_METH_DEFAULT,
     "Insert a single item into the bytearray before the given index."},
    {"remove", ba_remove, SL_METH_DEFAULT, "Remove the first occurrence of a value in the bytearray."},
    {"clear", ba_clear, SL_METH_DEFAULT, "Remove all items from the bytearray."},
    {"copy", ba_copy, SL_METH_DEFAULT, "Return a copy of B."},
    {"reverse", ba_reverse, SL_METH_DEFAULT, "Reverse the order of the values in B in place."},
    {"decode", ba_decode, SL_METH_DEFAULT,
     "Decode the bytearray using the codec registered for encoding."},
    {"hex", ba_hex, SL_METH_DEFAULT, "Create a string of hexadecimal numbers from a bytearray object."},
    {"count", ba_count, SL_METH_DEFAULT,
     "Return the number of non-overlapping occurrences of subsection 'sub' in bytes B[start:end]."},
    {"find", ba_find, SL_METH_DEFAULT,
     "Return the lowest index in B where subsection 'sub' is found, such that 'sub' is contained within B[start:end]."},
    {"rfind", ba_rfind, SL_METH_DEFAULT,
     "Return the highest index in B where subsection 'sub' is found, such that 'sub' is contained within B[start:end]."},
    {"index", ba_index, SL_METH_DEFAULT,
     "Return the lowest index in B where subsection 'sub' is found, such that 'sub' is contained within B[start:end]."},
    {"rindex", ba_rindex, SL_METH_DEFAULT,
     "Return the highest index in B where subsection 'sub' is found, such that 'sub' is contained within B[start:end]."},
    {"startswith", ba_startswith, SL_METH_DEFAULT,
     "Return True if the bytearray starts with the specified prefix, False otherwise."},
    {"endswith", ba_endswith, SL_METH_DEFAULT,
     "Return True if the bytearray ends with the specified suffix, False otherwise."},
    {"split", ba_split, SL_METH_DEFAULT,
     "Return a list of the sections in the bytearray, using sep as the delimiter."},
    {"rsplit", ba_rsplit, SL_METH_DEFAULT,
     "Return a list of the sections in the bytearray, using sep as the delimiter."},
    {"join", ba_join, SL_METH_DEFAULT,
     "Concatenate any number of bytes/bytearray objects."},
    {"strip", ba_strip, SL_METH_DEFAULT, "Strip leading and trailing bytes contained in the argument."},
    {"lstrip", ba_lstrip, SL_METH_DEFAULT, "Strip leading bytes contained in the argument."},
    {"rstrip", ba_rstrip, SL_METH_DEFAULT, "Strip trailing bytes contained in the argument."},
    {"upper", ba_upper, SL_METH_DEFAULT, "B.upper() -> copy of B"},
    {"lower", ba_lower, SL_METH_DEFAULT, "B.lower() -> copy of B"},
    {"replace", ba_replace, SL_METH_DEFAULT,
     "Return a copy with all occurrences of substring old replaced by new."},
    {"partition", ba_partition, SL_METH_DEFAULT,
     "Partition the bytearray into three parts using the given separator."},
    {"rpartition", ba_rpartition, SL_METH_DEFAULT,
     "Partition the bytearray into three parts using the given separator."},
    {"removeprefix", ba_removeprefix, SL_METH_DEFAULT,
     "Return a bytearray with the given prefix string removed if present."},
    {"removesuffix", ba_removesuffix, SL_METH_DEFAULT,
     "Return a bytearray with the given suffix string removed if present."},
    {"isdigit", ba_isdigit, SL_METH_DEFAULT, NULL},
    {"isalpha", ba_isalpha, SL_METH_DEFAULT, NULL},
    {"isalnum", ba_isalnum, SL_METH_DEFAULT, NULL},
    {"isspace", ba_isspace, SL_METH_DEFAULT, NULL},
    {"islower", ba_islower, SL_METH_DEFAULT, NULL},
    {"isupper", ba_isupper, SL_METH_DEFAULT, NULL},
    {"isascii", ba_isascii, SL_METH_DEFAULT, NULL},
    {"fromhex", ba_fromhex, SL_METH_CLASS,
     "Create a bytearray object from a string of hexadecimal numbers."},
    {NULL, NULL, 0, NULL}};

SlType sl_bytearray_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "bytearray",
    .flags = SL_TPFLAGS_BASETYPE,
    .doc = "bytearray(iterable_of_ints) -> bytearray\n"
           "bytearray(string, encoding[, errors]) -> bytearray\n"
           "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
           "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
           "bytearray() -> empty bytes array",
    .basicsize = sizeof(SlByteArray),
    .dealloc = ba_dealloc,
    .new_ = ba_new,
    .init = ba_init,
    .repr = ba_repr,
    .richcompare = ba_richcompare,
    .iter = ba_iter,
    .len = ba_len,
    .getitem = ba_getitem,
    .setitem = ba_setitem,
    .contains = ba_contains,
    .nb = {[SL_NB_ADD] = ba_add, [SL_NB_MUL] = ba_mul},
    .nb_inplace = {[SL_NB_ADD] = ba_iadd, [SL_NB_MUL] = ba_imul},
    .methods = ba_methods,
};
