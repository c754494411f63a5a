/* bytes.c: the immutable bytes type (CPython's Objects/bytesobject.c).
 *
 * The data lives inline after the fixed part, as str's; b'' and the 256
 * one-byte objects are shared immortal singletons, as in CPython.  The
 * hash is siphash13 over the bytes, so hash(b'abc') == hash('abc').
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "bytearray.h"
#include "errors.h"
#include "int.h"
#include "list.h"
#include "range.h"
#include "str.h"
#include "memmodel.h"
#include "tuple.h"

#define BYTES_MAX_SIZE ((size_t)INT64_MAX)

#define METHOD(name)                                                           \
    static SlValue name(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kwnames)

#define BDATA(v) (SL_BYTES(v)->data)
#define BSIZE(v) (SL_BYTES(v)->size)

/* Arguments may be any bytes-like object: bytes or bytearray. */
static inline bool is_buf(SlValue v) { return SL_IS_BYTES(v) || SL_IS_BYTEARRAY(v); }
static inline const unsigned char *adata(SlValue v) {
    return SL_IS_BYTES(v) ? BDATA(v) : sl_bytearray_data(v);
}
static inline size_t asize(SlValue v) { return SL_IS_BYTES(v) ? BSIZE(v) : SL_BYTEARRAY_SIZE(v); }

/* ==== creation =============================================================== */

static SlBytes *empty_bytes, *byte_objs[256];

static SlBytes *immortal_bytes(const void *data, size_t size) {
    SlBytes *b = malloc(sizeof(SlBytes) + size + 1);
    if (!b) {
        fprintf(stderr, "slotlab: out of memory\n");
        exit(1);
    }
    memset(b, 0, sizeof *b);
    b->ob.refcnt = SL_IMMORTAL;
    b->ob.type = &sl_bytes_type;
    b->data = (unsigned char *)(b + 1);
    if (size) memcpy(b->data, data, size);
    b->data[size] = 0;
    b->size = size;
    b->hash = -1;
    return b;
}

static void init_singletons(void) {
    if (empty_bytes) return;
    for (int i = 0; i < 256; i++) {
        unsigned char c = (unsigned char)i;
        byte_objs[i] = immortal_bytes(&c, 1);
    }
    empty_bytes = immortal_bytes("", 0);
}

static SlBytes *bytes_alloc(SlVM *vm, SlType *type, size_t size) {
    size_t off = type->basicsize > sizeof(SlBytes) ? type->basicsize : sizeof(SlBytes);
    if (size >= BYTES_MAX_SIZE - off - 1) {
        sl_raise_nomemory(vm);
        return NULL;
    }
    SlBytes *b = (SlBytes *)sl_obj_alloc(vm, type, off + size + 1);
    if (!b) return NULL;
    b->data = (unsigned char *)b + off;
    b->hash = -1;
    b->size = size;
    b->data[size] = 0;
    sl_mm_born(vm, &b->ob);
    return b;
}

static SlValue bytes_new_type(SlVM *vm, SlType *type, const void *data, size_t size) {
    if (type == &sl_bytes_type && size <= 1) {
        if (!empty_bytes) init_singletons();
        return SL_OBJ(size ? byte_objs[*(const unsigned char *)data] : empty_bytes);
    }
    SlBytes *b = bytes_alloc(vm, type, size);
    if (!b) return SL_NULL;
    if (size) memcpy(b->data, data, size);
    return SL_OBJ(b);
}

SlValue sl_bytes_new(SlVM *vm, const void *data, size_t size) {
    return bytes_new_type(vm, &sl_bytes_type, data, size);
}

SlValue sl_bytes_new_uninit(SlVM *vm, size_t size) {
    SlBytes *b = bytes_alloc(vm, &sl_bytes_type, size);
    return b ? SL_OBJ(b) : SL_NULL;
}

/* ==== repr =================================================================== */

static void repr_into(SlBuf *b, const unsigned char *d, size_t n) {
    bool sq = memchr(d, '\'', n) != NULL, dq = memchr(d, '"', n) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    sl_buf_addc(b, 'b');
    sl_buf_addc(b, quote);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = d[i];
        if (c == (unsigned char)quote || c == '\\') {
            sl_buf_addc(b, '\\');
            sl_buf_addc(b, (char)c);
        } else if (c == '\t') {
            sl_buf_add(b, "\\t", 2);
        } else if (c == '\n') {
            sl_buf_add(b, "\\n", 2);
        } else if (c == '\r') {
            sl_buf_add(b, "\\r", 2);
        } else if (c < ' ' || c >= 0x7F) {
            sl_buf_printf(b, "\\x%02x", (unsigned)c);
        } else {
            sl_buf_addc(b, (char)c);
        }
    }
    sl_buf_addc(b, quote);
}

SlValue sl_bytes_repr(SlVM *vm, SlValue v) {
    SlBuf b;
    sl_buf_init(&b);
    repr_into(&b, BDATA(v), BSIZE(v));
    return sl_buf_finish(vm, &b);
}

/* ==== slots ================================================================== */

static SlValue bytes_repr_slot(SlVM *vm, SlValue v) { return sl_bytes_repr(vm, v); }

static bool bytes_hash_slot(SlVM *vm, SlValue v, int64_t *out) {
    (void)vm;
    SlBytes *b = SL_BYTES(v);
    /* flags16 bit 0: the cached hash was computed with siphash24 */
    bool h24 = sl_str_hash_is_siphash24();
    if (b->hash == -1 || (b->ob.flags16 & 1) != h24) {
        b->hash = sl_hash_bytes(b->data, b->size);
        b->ob.flags16 = h24;
    }
    *out = b->hash;
    return true;
}

static SlValue bytes_richcompare(SlVM *vm, SlValue a, SlValue b, SlCompareOp op) {
    (void)vm;
    if (!SL_IS_BYTES(a) || !SL_IS_BYTES(b)) return SL_NOTIMPL;
    size_t na = BSIZE(a), nb = BSIZE(b);
    if (op == SL_EQ || op == SL_NE) {
        bool eq = na == nb && memcmp(BDATA(a), BDATA(b), na) == 0;
        return SL_BOOL(op == SL_EQ ? eq : !eq);
    }
    int c = memcmp(BDATA(a), BDATA(b), na < nb ? na : nb);
    if (c == 0) c = na < nb ? -1 : na > nb ? 1 : 0;
    bool r = false;
    switch (op) {
    case SL_LT: r = c < 0; break;
    case SL_LE: r = c <= 0; break;
    case SL_GT: r = c > 0; break;
    case SL_GE: r = c >= 0; break;
    default: break;
    }
    return SL_BOOL(r);
}

static int64_t bytes_len_slot(SlVM *vm, SlValue v) {
    (void)vm;
    return (int64_t)BSIZE(v);
}

static SlValue bytes_getitem_slot(SlVM *vm, SlValue v, SlValue key) {
    size_t n = BSIZE(v);
    if (SL_IS_SLICE(key)) {
        int64_t start, stop, step;
        if (!sl_slice_unpack(vm, key, &start, &stop, &step)) return SL_NULL;
        int64_t len = sl_slice_adjust((int64_t)n, &start, &stop, step);
        if (len <= 0) return sl_bytes_new(vm, "", 0);
        if (step == 1) {
            if (len == (int64_t)n && SL_AS_OBJ(v)->type == &sl_bytes_type) return sl_incref(v);
            return sl_bytes_new(vm, BDATA(v) + start, (size_t)len);
        }
        SlBytes *r = bytes_alloc(vm, &sl_bytes_type, (size_t)len);
        if (!r) return SL_NULL;
        for (int64_t i = 0, j = start; i < len; i++, j += step) r->data[i] = BDATA(v)[j];
        return SL_OBJ(r);
    }
    if (!sl_has_index(key))
        return sl_raise(vm, SL_TypeError, "byte indices must be integers or slices, not %s",
                        sl_type_name(key));
    int64_t i;
    if (!sl_as_ssize(vm, key, SL_IndexError, &i)) return SL_NULL;
    if (i < 0) i += (int64_t)n;
    if (i < 0 || i >= (int64_t)n) return sl_raise(vm, SL_IndexError, "index out of range");
    return SL_FROM_INT(BDATA(v)[i]);
}

/* A byte value from an int argument ("byte must be in range(0, 256)"); -1 on error. */
static int byte_value(SlVM *vm, SlValue v) {
    int64_t x;
    if (!sl_as_ssize(vm, v, SL_OverflowError, &x)) return -1;
    if (x < 0 || x > 255) {
        sl_raise(vm, SL_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    return (int)x;
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

static int bytes_contains_slot(SlVM *vm, SlValue v, SlValue item) {
    if (is_buf(item)) return mem_find(BDATA(v), BSIZE(v), adata(item), asize(item)) >= 0;
    if (!sl_has_index(item)) {
        sl_raise(vm, SL_TypeError, "a bytes-like object is required, not '%s'", sl_type_name(item));
        return -1;
    }
    int c = byte_value(vm, item);
    if (c < 0) return -1;
    return memchr(BDATA(v), c, BSIZE(v)) != NULL;
}

/* ---- iterator -------------------------------------------------------------- */

typedef struct {
    SlObject ob;
    SlValue bytes;     /* SL_NULL when exhausted */
    size_t index;
} BytesIter;

static SlValue bytes_iter_slot(SlVM *vm, SlValue v) {
    BytesIter *it = (BytesIter *)sl_obj_alloc(vm, &sl_bytes_iter_type, sizeof(BytesIter));
    if (!it) return SL_NULL;
    it->bytes = sl_incref(v);
    return SL_OBJ(it);
}

static SlValue bytes_iter_next(SlVM *vm, SlValue v) {
    BytesIter *it = (BytesIter *)SL_AS_OBJ(v);
    if (!it->bytes) return SL_NULL;
    if (it->index >= BSIZE(it->bytes)) {
        SlValue b = it->bytes;
        it->bytes = SL_NULL;
        sl_decref(vm, b);
        return SL_NULL;
    }
    return SL_FROM_INT(BDATA(it->bytes)[it->index++]);
}

static void bytes_iter_dealloc(SlVM *vm, SlObject *o) {
    sl_xdecref(vm, ((BytesIter *)o)->bytes);
    sl_obj_free(vm, o);
}

static SlValue bytes_iter_self(SlVM *vm, SlValue v) {
    (void)vm;
    return sl_incref(v);
}

METHOD(bytes_iter_length_hint) {
    (void)args;
    if (!sl_args_check(vm, "__length_hint__", nargs, kwnames, 0, 0)) return SL_NULL;
    BytesIter *it = (BytesIter *)SL_AS_OBJ(self);
    if (!it->bytes) return SL_FROM_INT(0);
    return sl_int_new_exact(vm, (int64_t)(BSIZE(it->bytes) - it->index));
}

static const SlMethodDef bytes_iter_methods[] = {
    {"__length_hint__", bytes_iter_length_hint, SL_METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL}};

SlType sl_bytes_iter_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "bytes_iterator",
    .basicsize = sizeof(BytesIter),
    .dealloc = bytes_iter_dealloc,
    .iter = bytes_iter_self,
    .iternext = bytes_iter_next,
    .methods = bytes_iter_methods,
};

/* ---- operators ------------------------------------------------------------- */

static SlValue bytes_add_slot(SlVM *vm, SlValue a, SlValue b) {
    if (!SL_IS_BYTES(a)) return SL_NOTIMPL;
    if (!is_buf(b)) {
        /* CPython tries both operands' nb_add before bytes' sq_concat, which
         * raises; bytes has no nb_add, so give the other operand its turn here */
        SlBinaryFn other = sl_type_of(b)->nb[SL_NB_ADD];
        if (other && other != bytes_add_slot) {
            SlValue r = other(vm, a, b);
            if (r != SL_NOTIMPL) return r;
        }
        return sl_raise(vm, SL_TypeError, "can't concat %s to %s", sl_type_name(b),
                        sl_type_name(a));
    }
    size_t na = BSIZE(a), nb = asize(b);
    if (nb == 0 && SL_AS_OBJ(a)->type == &sl_bytes_type) return sl_incref(a);
    if (na == 0 && SL_AS_OBJ(b)->type == &sl_bytes_type) return sl_incref(b);
    SlBytes *r = bytes_alloc(vm, &sl_bytes_type, na + nb);
    if (!r) return SL_NULL;
    memcpy(r->data, BDATA(a), na);
    memcpy(r->data + na, adata(b), nb);
    return SL_OBJ(r);
}

static SlValue bytes_mul_slot(SlVM *vm, SlValue a, SlValue b) {
    SlValue s = a, nv = b;
    if (!SL_IS_BYTES(s)) {
        s = b;
        nv = a;
    }
    if (!SL_IS_BYTES(s) || !sl_has_index(nv)) return SL_NOTIMPL;
    int64_t n;
    if (!sl_as_ssize(vm, nv, SL_OverflowError, &n)) return SL_NULL;
    size_t size = BSIZE(s);
    if (n <= 0 || size == 0) return sl_bytes_new(vm, "", 0);
    if (n == 1 && SL_AS_OBJ(s)->type == &sl_bytes_type) return sl_incref(s);
    if ((uint64_t)n > (BYTES_MAX_SIZE - sizeof(SlBytes) - 1) / size)
        return sl_raise(vm, SL_OverflowError, "repeated bytes are too long");
    size_t total = size * (size_t)n;
    SlBytes *r = bytes_alloc(vm, &sl_bytes_type, total);
    if (!r) return SL_NULL;
    if (size == 1) {
        memset(r->data, BDATA(s)[0], total);
    } else {
        memcpy(r->data, BDATA(s), size);
        size_t done = size;
        while (done < total) {
            size_t k = done < total - done ? done : total - done;
            memcpy(r->data + done, r->data, k);
            done += k;
        }
    }
    return SL_OBJ(r);
}

static SlValue bytes_mod_slot(SlVM *vm, SlValue a, SlValue b) {
    if (!SL_IS_BYTES(a)) return SL_NOTIMPL;
    return sl_bytes_mod(vm, a, b);
}

/* ==== methods ================================================================ */

METHOD(bytes_decode) {
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
    return sl_str_decode(vm, (const char *)BDATA(self), BSIZE(self), enc, err);
}

METHOD(bytes_hex) {
    static const char *const names[] = {"sep", "bytes_per_sep", NULL};
    SlValue a[2];
    if (!sl_args_parse(vm, "hex", args, nargs, kwnames, names, 0, 2, a)) return SL_NULL;
    char sep = 0;
    int64_t per = 1;
    if (a[0]) {
        if (SL_IS_STR(a[0])) {
            if (SL_STR_LEN(a[0]) != 1)
                return sl_raise(vm, SL_ValueError, "sep must be length 1.");
            uint32_t c = sl_str_codepoint_at(a[0], 0);
            if (c > 127) return sl_raise(vm, SL_ValueError, "sep must be ASCII.");
            sep = (char)c;
        } else if (SL_IS_BYTES(a[0])) {
            if (BSIZE(a[0]) != 1) return sl_raise(vm, SL_ValueError, "sep must be length 1.");
            sep = (char)BDATA(a[0])[0];
        } else {
            return sl_raise(vm, SL_TypeError, "sep must be str or bytes.");
        }
    }
    if (a[1] && !sl_as_ssize(vm, a[1], SL_OverflowError, &per)) return SL_NULL;
    static const char hexd[] = "0123456789abcdef";
    SlBuf b;
    sl_buf_init(&b);
    size_t n = BSIZE(self);
    const unsigned char *d = BDATA(self);
    uint64_t group = (uint64_t)(per < 0 ? -per : per);
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
    return sl_buf_finish(vm, &b);
}

/* Argument that is bytes or an int (find, count, index...) into buf/len. */
static bool sub_arg(SlVM *vm, SlValue x, const unsigned char **sub, size_t *len, unsigned char *one) {
    if (is_buf(x)) {
        *sub = adata(x);
        *len = asize(x);
        return true;
    }
    if (!sl_has_index(x)) {
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
    if (*end > len) *end = len;
    else if (*end < 0) {
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
                           SlValue kwnames, const char *name, const char *qual, int dir, bool raise) {
    int64_t start, end;
    if (!start_end(vm, name, qual, args, nargs, kwnames, &start, &end)) return SL_NULL;
    const unsigned char *sub;
    size_t m;
    unsigned char one;
    if (!sub_arg(vm, args[0], &sub, &m, &one)) return SL_NULL;
    adjust_indices((int64_t)BSIZE(self), &start, &end);
    int64_t r = -1;
    if (end - start >= (int64_t)m) {
        int64_t off = dir > 0 ? mem_find(BDATA(self) + start, (size_t)(end - start), sub, m)
                              : mem_rfind(BDATA(self) + start, (size_t)(end - start), sub, m);
        if (off >= 0) r = start + off;
    }
    if (r < 0 && raise) return sl_raise(vm, SL_ValueError, "subsection not found");
    return sl_int_new_exact(vm, r);
}

METHOD(bytes_find) { return find_common(vm, self, args, nargs, kwnames, "find", "bytes.find", 1, false); }
METHOD(bytes_rfind) {
    return find_common(vm, self, args, nargs, kwnames, "rfind", "bytes.rfind", -1, false);
}
METHOD(bytes_index) {
    return find_common(vm, self, args, nargs, kwnames, "index", "bytes.index", 1, true);
}
METHOD(bytes_rindex) {
    return find_common(vm, self, args, nargs, kwnames, "rindex", "bytes.rindex", -1, true);
}

METHOD(bytes_count) {
    int64_t start, end;
    if (!start_end(vm, "count", "bytes.count", args, nargs, kwnames, &start, &end)) return SL_NULL;
    const unsigned char *sub;
    size_t m;
    unsigned char one;
    if (!sub_arg(vm, args[0], &sub, &m, &one)) return SL_NULL;
    adjust_indices((int64_t)BSIZE(self), &start, &end);
    if (end < start) return SL_FROM_INT(0);
    if (m == 0) return sl_int_new_exact(vm, end - start + 1);
    int64_t n = 0;
    const unsigned char *p = BDATA(self) + start;
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
    adjust_indices((int64_t)BSIZE(self), &start, &end);
    end -= (int64_t)m;
    if (end < start) return false;
    if (m == 0) return true;
    return memcmp(BDATA(self) + (dir < 0 ? start : end), sub, m) == 0;
}

static SlValue startsend(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                         SlValue kwnames, const char *name, const char *qual, int dir) {
    int64_t start, end;
    if (!start_end(vm, name, qual, args, nargs, kwnames, &start, &end)) return SL_NULL;
    SlValue x = args[0];
    if (SL_IS_TUPLE(x)) {
        for (size_t i = 0; i < SL_TUPLE_SIZE(x); i++) {
            SlValue item = SL_TUPLE_ITEMS(x)[i];
            if (!is_buf(item))
                return sl_raise(vm, SL_TypeError, "a bytes-like object is required, not '%s'",
                                sl_type_name(item));
            if (tailmatch(self, adata(item), asize(item), start, end, dir)) return SL_TRUE;
        }
        return SL_FALSE;
    }
    if (!is_buf(x))
        return sl_raise(vm, SL_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s",
                        name, sl_type_name(x));
    return SL_BOOL(tailmatch(self, adata(x), asize(x), start, end, dir));
}

METHOD(bytes_startswith) {
    return startsend(vm, self, args, nargs, kwnames, "startswith", "bytes.startswith", -1);
}
METHOD(bytes_endswith) {
    return startsend(vm, self, args, nargs, kwnames, "endswith", "bytes.endswith", 1);
}

static bool is_space(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }

static bool list_add(SlVM *vm, SlValue list, const unsigned char *p, size_t n) {
    SlValue b = sl_bytes_new(vm, p, n);
    if (!b) return false;
    bool ok = sl_list_append(vm, list, b);
    sl_decref(vm, b);
    return ok;
}

static bool bytes_arg(SlVM *vm, SlValue x) {
    if (is_buf(x)) return true;
    sl_raise(vm, SL_TypeError, "a bytes-like object is required, not '%s'", sl_type_name(x));
    return false;
}

static SlValue do_split(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kwnames,
                        const char *name, bool right) {
    static const char *const names[] = {"sep", "maxsplit", NULL};
    SlValue a[2];
    if (!sl_args_parse(vm, name, args, nargs, kwnames, names, 0, 2, a)) return SL_NULL;
    SlValue sep = a[0] && a[0] != SL_NONE ? a[0] : SL_NULL;
    int64_t maxsplit = -1;
    if (sep && !bytes_arg(vm, sep)) return SL_NULL;
    if (a[1] && !sl_as_ssize(vm, a[1], SL_OverflowError, &maxsplit)) return SL_NULL;
    if (sep && asize(sep) == 0) return sl_raise(vm, SL_ValueError, "empty separator");
    if (maxsplit < 0) maxsplit = INT64_MAX;
    SlValue list = sl_list_new(vm, 0);
    if (!list) return SL_NULL;
    const unsigned char *d = BDATA(self);
    size_t n = BSIZE(self);
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
            int64_t off = mem_find(d + i, n - i, adata(sep), asize(sep));
            if (off < 0) break;
            if (!list_add(vm, list, d + i, (size_t)off)) goto fail;
            i += (size_t)off + asize(sep);
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
            int64_t off = mem_rfind(d, e, adata(sep), asize(sep));
            if (off < 0) break;
            if (!list_add(vm, list, d + off + asize(sep), e - (size_t)off - asize(sep))) goto fail;
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

METHOD(bytes_split) { return do_split(vm, self, args, nargs, kwnames, "split", false); }
METHOD(bytes_rsplit) { return do_split(vm, self, args, nargs, kwnames, "rsplit", true); }

METHOD(bytes_join) {
    if (!sl_args_check(vm, "bytes.join", nargs, kwnames, 1, 1)) return SL_NULL;
    SlValue seq = sl_list_from_iterable(vm, args[0]);
    if (!seq) {
        if (sl_exc_matches(vm, SL_TypeError)) {
            sl_exc_clear(vm);
            return sl_raise(vm, SL_TypeError, "can only join an iterable");
        }
        return SL_NULL;
    }
    SlList *l = SL_LIST(seq);
    size_t total = 0;
    for (size_t i = 0; i < l->size; i++) {
        if (!is_buf(l->items[i])) {
            sl_raise(vm, SL_TypeError, "sequence item %zu: expected a bytes-like object, %s found",
                     i, sl_type_name(l->items[i]));
            sl_decref(vm, seq);
            return SL_NULL;
        }
        total += asize(l->items[i]) + (i ? BSIZE(self) : 0);
    }
    SlBytes *r = bytes_alloc(vm, &sl_bytes_type, total);
    if (!r) {
        sl_decref(vm, seq);
        return SL_NULL;
    }
    unsigned char *w = r->data;
    for (size_t i = 0; i < l->size; i++) {
        if (i) {
            memcpy(w, BDATA(self), BSIZE(self));
            w += BSIZE(self);
        }
        memcpy(w, adata(l->items[i]), asize(l->items[i]));
        w += asize(l->items[i]);
    }
    sl_decref(vm, seq);
    if (total <= 1) { /* keep the singletons shared */
        SlValue s = sl_bytes_new(vm, r->data, total);
        sl_decref(vm, SL_OBJ(r));
        return s;
    }
    return SL_OBJ(r);
}

static SlValue do_strip(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                        SlValue kwnames, const char *name, int which) {
    if (!sl_args_check(vm, name, nargs, kwnames, 0, 1)) return SL_NULL;
    SlValue chars = nargs ? args[0] : SL_NONE;
    if (chars != SL_NONE && !bytes_arg(vm, chars)) return SL_NULL;
    const unsigned char *d = BDATA(self);
    size_t i = 0, e = BSIZE(self);
    if (chars == SL_NONE) {
        if (which & 1)
            while (i < e && is_space(d[i])) i++;
        if (which & 2)
            while (e > i && is_space(d[e - 1])) e--;
    } else {
        const unsigned char *c = adata(chars);
        size_t cn = asize(chars);
        if (which & 1)
            while (i < e && memchr(c, d[i], cn)) i++;
        if (which & 2)
            while (e > i && memchr(c, d[e - 1], cn)) e--;
    }
    if (i == 0 && e == BSIZE(self) && SL_AS_OBJ(self)->type == &sl_bytes_type)
        return sl_incref(self);
    return sl_bytes_new(vm, d + i, e - i);
}

METHOD(bytes_strip) { return do_strip(vm, self, args, nargs, kwnames, "strip", 3); }
METHOD(bytes_lstrip) { return do_strip(vm, self, args, nargs, kwnames, "lstrip", 1); }
METHOD(bytes_rstrip) { return do_strip(vm, self, args, nargs, kwnames, "rstrip", 2); }

static SlValue case_map(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kwnames,
                        const char *qual, bool upper) {
    (void)args;
    if (!sl_args_check(vm, qual, nargs, kwnames, 0, 0)) return SL_NULL;
    size_t n = BSIZE(self);
    if (n <= 1) {
        unsigned char c = n ? BDATA(self)[0] : 0;
        if (upper && c >= 'a' && c <= 'z') c = (unsigned char)(c - 32);
        if (!upper && c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
        return sl_bytes_new(vm, &c, n);
    }
    SlBytes *r = bytes_alloc(vm, &sl_bytes_type, n);
    if (!r) return SL_NULL;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = BDATA(self)[i];
        if (upper && c >= 'a' && c <= 'z') c = (unsigned char)(c - 32);
        if (!upper && c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
        r->data[i] = c;
    }
    return SL_OBJ(r);
}

METHOD(bytes_upper) { return case_map(vm, self, args, nargs, kwnames, "bytes.upper", true); }
METHOD(bytes_lower) { return case_map(vm, self, args, nargs, kwnames, "bytes.lower", false); }

METHOD(bytes_replace) {
    if (!sl_args_no_kw(vm, "bytes.replace", kwnames)) return SL_NULL;
    if (!sl_args_check(vm, "replace", nargs, SL_NULL, 2, 3)) return SL_NULL;
    if (!bytes_arg(vm, args[0]) || !bytes_arg(vm, args[1])) return SL_NULL;
    int64_t count = -1;
    if (nargs > 2 && !sl_as_ssize(vm, args[2], SL_OverflowError, &count)) return SL_NULL;
    if (count < 0) count = INT64_MAX;
    const unsigned char *d = BDATA(self), *o = adata(args[0]), *w = adata(args[1]);
    size_t n = BSIZE(self), on = asize(args[0]), wn = asize(args[1]);
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
    SlValue r = sl_bytes_new(vm, b.data ? b.data : "", b.len);
    sl_buf_free(&b);
    return r;
}

static SlValue do_partition(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                            SlValue kwnames, const char *qual, int dir) {
    if (!sl_args_check(vm, qual, nargs, kwnames, 1, 1)) return SL_NULL;
    SlValue sep = args[0];
    if (!bytes_arg(vm, sep)) return SL_NULL;
    if (asize(sep) == 0) return sl_raise(vm, SL_ValueError, "empty separator");
    const unsigned char *d = BDATA(self);
    size_t n = BSIZE(self), sn = asize(sep);
    int64_t off = dir > 0 ? mem_find(d, n, adata(sep), sn) : mem_rfind(d, n, adata(sep), sn);
    SlValue p[3];
    if (off < 0) {
        SlValue whole = sl_incref(self); /* as CPython: self and sep themselves */
        SlValue e1 = sl_bytes_new(vm, "", 0), e2 = sl_bytes_new(vm, "", 0);
        if (dir > 0) {
            p[0] = whole;
            p[1] = e1;
            p[2] = e2;
        } else {
            p[0] = e1;
            p[1] = e2;
            p[2] = whole;
        }
    } else {
        p[0] = sl_bytes_new(vm, d, (size_t)off);
        p[1] = sl_incref(sep);
        p[2] = sl_bytes_new(vm, d + off + sn, n - (size_t)off - sn);
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

METHOD(bytes_partition) { return do_partition(vm, self, args, nargs, kwnames, "bytes.partition", 1); }
METHOD(bytes_rpartition) {
    return do_partition(vm, self, args, nargs, kwnames, "bytes.rpartition", -1);
}

static int hexval(uint32_t c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

/* bytes.fromhex(string): a classmethod */
METHOD(bytes_fromhex) {
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
    SlValue r = sl_bytes_new(vm, b.data ? b.data : "", b.len);
    sl_buf_free(&b);
    if (!r || self == SL_OBJ(&sl_bytes_type)) return r;
    SlValue sub = sl_call1(vm, self, r);
    sl_decref(vm, r);
    return sub;
}

static SlValue bytes_pred(SlVM *vm, SlValue self, size_t nargs, SlValue kwnames, const char *qual,
                          int kind) {
    if (!sl_args_check(vm, qual, nargs, kwnames, 0, 0)) return SL_NULL;
    size_t n = BSIZE(self);
    const unsigned char *d = BDATA(self);
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

METHOD(bytes_isdigit) { (void)args; return bytes_pred(vm, self, nargs, kwnames, "bytes.isdigit", 0); }
METHOD(bytes_isalpha) { (void)args; return bytes_pred(vm, self, nargs, kwnames, "bytes.isalpha", 1); }
METHOD(bytes_isalnum) { (void)args; return bytes_pred(vm, self, nargs, kwnames, "bytes.isalnum", 2); }
METHOD(bytes_isspace) { (void)args; return bytes_pred(vm, self, nargs, kwnames, "bytes.isspace", 3); }
METHOD(bytes_islower) { (void)args; return bytes_pred(vm, self, nargs, kwnames, "bytes.islower", 4); }
METHOD(bytes_isascii) { (void)args; return bytes_pred(vm, self, nargs, kwnames, "bytes.isascii", 5); }
METHOD(bytes_isupper) { (void)args; return bytes_pred(vm, self, nargs, kwnames, "bytes.isupper", 6); }

METHOD(bytes_getnewargs) {
    (void)args;
    if (!sl_args_check(vm, "bytes.__getnewargs__", nargs, kwnames, 0, 0)) return SL_NULL;
    SlValue b = sl_bytes_new(vm, BDATA(self), BSIZE(self));
    if (!b) return SL_NULL;
    SlValue t = sl_tuple_pack(vm, 1, b);
    sl_decref(vm, b);
    return t;
}

/* ==== construction =========================================================== */

/* bytes(iterable of ints) */
static SlValue bytes_from_iterable(SlVM *vm, SlValue x) {
    SlValue it = sl_iter(vm, x);
    if (!it) {
        if (sl_exc_matches(vm, SL_TypeError)) {
            sl_exc_clear(vm);
            return sl_raise(vm, SL_TypeError, "cannot convert '%s' object to bytes", sl_type_name(x));
        }
        return SL_NULL;
    }
    SlBuf b;
    sl_buf_init(&b);
    SlValue item;
    while ((item = sl_iternext(vm, it))) {
        int64_t v;
        bool ok = true;
        if (!sl_has_index(item)) {
            sl_raise(vm, SL_TypeError, "'%s' object cannot be interpreted as an integer",
                     sl_type_name(item));
            ok = false;
        } else if (!sl_as_ssize(vm, item, SL_OverflowError, &v)) {
            ok = false;
            if (sl_exc_matches(vm, SL_OverflowError)) {
                sl_exc_clear(vm);
                sl_raise(vm, SL_ValueError, "bytes must be in range(0, 256)");
            }
        } else if (v < 0 || v > 255) {
            sl_raise(vm, SL_ValueError, "bytes must be in range(0, 256)");
            ok = false;
        }
        sl_decref(vm, item);
        if (!ok) break;
        sl_buf_addc(&b, (char)v);
    }
    sl_decref(vm, it);
    if (sl_exc_occurred(vm)) {
        sl_buf_free(&b);
        return SL_NULL;
    }
    if (b.failed) {
        sl_buf_free(&b);
        return sl_raise_nomemory(vm);
    }
    SlValue r = sl_bytes_new(vm, b.data ? b.data : "", b.len);
    sl_buf_free(&b);
    return r;
}

static SlValue bytes_make(SlVM *vm, SlValue x, SlValue enc, SlValue err) {
    if (enc || err) {
        if (!SL_IS_STR(x))
            return sl_raise(vm, SL_TypeError, enc ? "encoding without a string argument"
                                                  : "errors without a string argument");
        const char *e = NULL, *r = NULL;
        if (enc) {
            if (!SL_IS_STR(enc))
                return sl_raise(vm, SL_TypeError, "bytes() argument 'encoding' must be str, not %s",
                                sl_type_name(enc));
            e = SL_STR_DATA(enc);
        }
        if (err) {
            if (!SL_IS_STR(err))
                return sl_raise(vm, SL_TypeError, "bytes() argument 'errors' must be str, not %s",
                                sl_type_name(err));
            r = SL_STR_DATA(err);
        }
        return sl_str_encode(vm, x, e, r);
    }
    if (SL_IS_STR(x)) return sl_raise(vm, SL_TypeError, "string argument without an encoding");
    if (is_buf(x)) return sl_bytes_new(vm, adata(x), asize(x));
    /* __bytes__ */
    SlValue m = sl_type_lookup(sl_type_of(x), sl_intern_cstr("__bytes__"));
    if (m) {
        SlValue r = sl_call_method(vm, x, "__bytes__", NULL, 0);
        if (!r) return SL_NULL;
        if (!SL_IS_BYTES(r)) {
            sl_raise(vm, SL_TypeError, "__bytes__ returned non-bytes (type %s)", sl_type_name(r));
            sl_decref(vm, r);
            return SL_NULL;
        }
        return r;
    }
    if (sl_has_index(x)) {
        int64_t n;
        if (!sl_as_ssize(vm, x, SL_OverflowError, &n)) return SL_NULL;
        if (n < 0) return sl_raise(vm, SL_ValueError, "negative count");
        if (n <= 1) return sl_bytes_new(vm, "", (size_t)n); /* the NUL of "" */
        SlBytes *b = bytes_alloc(vm, &sl_bytes_type, (size_t)n);
        if (!b) return SL_NULL;
        memset(b->data, 0, (size_t)n);
        return SL_OBJ(b);
    }
    return bytes_from_iterable(vm, x);
}

static SlValue bytes_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs,
                         SlValue kwnames) {
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    SlValue a[3];
    if (!sl_args_parse(vm, "bytes", args, nargs, kwnames, names, 0, 3, a)) return SL_NULL;
    SlValue r;
    if (!a[0]) {
        if (a[1] || a[2])
            return sl_raise(vm, SL_TypeError, a[1] ? "encoding without a string argument"
                                                   : "errors without a string argument");
        r = sl_bytes_new(vm, "", 0);
    } else {
        r = bytes_make(vm, a[0], a[1], a[2]);
    }
    if (!r || type == &sl_bytes_type) return r;
    SlValue sub = bytes_new_type(vm, type, BDATA(r), BSIZE(r));
    sl_decref(vm, r);
    return sub;
}

static const SlMethodDef bytes_methods[] = {
    {"decode", bytes_decode, SL_METH_DEFAULT, "Decode the bytes using the codec registered for encoding."},
    {"hex", bytes_hex, SL_METH_DEFAULT, "Create a string of hexadecimal numbers from a bytes object."},
    {"count", bytes_count, SL_METH_DEFAULT,
     "Return the number of non-overlapping occurrences of subsection 'sub' in bytes B[start:end]."},
    {"find", bytes_find, SL_METH_DEFAULT,
     "Return the lowest index in B where subsection 'sub' is found, such that 'sub' is contained within B[start:end]."},
    {"rfind", bytes_rfind, SL_METH_DEFAULT,
     "Return the highest index in B where subsection 'sub' is found, such that 'sub' is contained within B[start:end]."},
    {"index", bytes_index, SL_METH_DEFAULT,
     "Return the lowest index in B where subsection 'sub' is found, such that 'sub' is contained within B[start:end]."},
    {"rindex", bytes_rindex, SL_METH_DEFAULT,
     "Return the highest index in B where subsection 'sub' is found, such that 'sub' is contained within B[start:end]."},
    {"startswith", bytes_startswith, SL_METH_DEFAULT,
     "Return True if the bytes starts with the specified prefix, False otherwise."},
    {"endswith", bytes_endswith, SL_METH_DEFAULT,
     "Return True if the bytes ends with the specified suffix, False otherwise."},
    {"split", bytes_split, SL_METH_DEFAULT,
     "Return a list of the sections in the bytes, using sep as the delimiter."},
    {"rsplit", bytes_rsplit, SL_METH_DEFAULT,
     "Return a list of the sections in the bytes, using sep as the delimiter."},
    {"join", bytes_join, SL_METH_DEFAULT, "Concatenate any number of bytes objects."},
    {"strip", bytes_strip, SL_METH_DEFAULT, "Strip leading and trailing bytes contained in the argument."},
    {"lstrip", bytes_lstrip, SL_METH_DEFAULT, "Strip leading bytes contained in the argument."},
    {"rstrip", bytes_rstrip, SL_METH_DEFAULT, "Strip trailing bytes contained in the argument."},
    {"upper", bytes_upper, SL_METH_DEFAULT, "B.upper() -> copy of B"},
    {"lower", bytes_lower, SL_METH_DEFAULT, "B.lower() -> copy of B"},
    {"replace", bytes_replace, SL_METH_DEFAULT,
     "Return a copy with all occurrences of substring old replaced by new."},
    {"partition", bytes_partition, SL_METH_DEFAULT,
     "Partition the bytes into three parts using the given separator."},
    {"rpartition", bytes_rpartition, SL_METH_DEFAULT,
     "Partition the bytes into three parts using the given separator."},
    {"isdigit", bytes_isdigit, SL_METH_DEFAULT, NULL},
    {"isalpha", bytes_isalpha, SL_METH_DEFAULT, NULL},
    {"isalnum", bytes_isalnum, SL_METH_DEFAULT, NULL},
    {"isspace", bytes_isspace, SL_METH_DEFAULT, NULL},
    {"islower", bytes_islower, SL_METH_DEFAULT, NULL},
    {"isupper", bytes_isupper, SL_METH_DEFAULT, NULL},
    {"isascii", bytes_isascii, SL_METH_DEFAULT, NULL},
    {"fromhex", bytes_fromhex, SL_METH_CLASS,
     "Create a bytes object from a string of hexadecimal numbers."},
    {"__getnewargs__", bytes_getnewargs, SL_METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL}};

SlType sl_bytes_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "bytes",
    .flags = SL_TPFLAGS_BASETYPE | SL_TPFLAGS_BYTES_SUBCLASS,
    .doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
           "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
           "bytes() -> empty bytes object",
    .basicsize = sizeof(SlBytes),
    .itemsize = 1, /* var-sized as CPython's: no nonempty __slots__ in subclasses */
    .new_ = bytes_new,
    .repr = bytes_repr_slot,
    .hash = bytes_hash_slot,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter_slot,
    .len = bytes_len_slot,
    .getitem = bytes_getitem_slot,
    .contains = bytes_contains_slot,
    .nb = {[SL_NB_ADD] = bytes_add_slot, [SL_NB_MUL] = bytes_mul_slot, [SL_NB_MOD] = bytes_mod_slot},
    .methods = bytes_methods,
};
