/* mod_array.c: the array module (CPython's Modules/arraymodule.c).
 *
 * An array keeps its items as raw C values in a private block of
 * `allocated` items (CPython's ob_item).  Every length change goes through
 * arr_resize, which is CPython's array_resize (the same in 3.8-3.13): keep
 * the block while it is big enough and not 16 items too big, otherwise
 * realloc to newsize + (newsize >> 4) + (3 if the old size < 8 else 7).
 * Constructors that know the length (a list or tuple initializer, +, *,
 * slices) allocate exactly, as newarrayobject does.  So sys.getsizeof
 * (basicsize + allocated * itemsize, in memmodel.c) and tracemalloc (the
 * block is the object's SL_SIM_AUX block) follow CPython.
 *
 * Item conversions reproduce the getargs converters each typecode uses in
 * CPython ("h" for 'b', "b" for 'B', "i" for 'H', ...), with their
 * messages.  Type codes 'u' and 'w' are not implemented.
 */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "bytearray.h"
#include "dict.h"
#include "errors.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "memmodel.h"
#include "mod_array.h"
#include "module.h"
#include "range.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "vm.h"

#define METHOD(name)                                                                      \
    static SlValue name(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,        \
                        SlValue kwnames)

/* ==== type codes ============================================================== */

enum { K_SIGNED, K_UNSIGNED, K_FLOAT };

typedef struct Descr {
    char code;
    uint8_t itemsize;
    uint8_t kind;
} Descr;

static const Descr descrs[] = {
    {'b', 1, K_SIGNED}, {'B', 1, K_UNSIGNED}, {'h', 2, K_SIGNED}, {'H', 2, K_UNSIGNED},
    {'i', 4, K_SIGNED}, {'I', 4, K_UNSIGNED}, {'l', 8, K_SIGNED}, {'L', 8, K_UNSIGNED},
    {'q', 8, K_SIGNED}, {'Q', 8, K_UNSIGNED}, {'f', 4, K_FLOAT},   {'d', 8, K_FLOAT},
    {0, 0, 0}};

static const Descr *find_descr(uint32_t c) {
    for (const Descr *d = descrs; d->code; d++)
        if ((uint32_t)(unsigned char)d->code == c) return d;
    return NULL;
}

/* One converted item. */
typedef union {
    int64_t s;
    uint64_t u;
    double d;
} Item;

/* ==== the object ============================================================== */

typedef struct SlArray {
    SlObject ob;
    size_t size;          /* ob_size: number of items */
    size_t allocated;     /* allocated: items the block holds */
    const Descr *descr;   /* ob_descr */
    char *items;          /* ob_item: NULL when allocated == 0 */
} SlArray;

#define ARR(v) ((SlArray *)SL_AS_OBJ(v))
#define ISZ(a) ((size_t)(a)->descr->itemsize)
#define ARR_MAX_BYTES ((size_t)INT64_MAX - 64)

static bool is_array(SlValue v) {
    return SL_IS_OBJ(v) && (SL_AS_OBJ(v)->type == &sl_array_type ||
                            sl_type_is_subtype(SL_AS_OBJ(v)->type, &sl_array_type));
}

size_t sl_array_buffer_bytes(const SlObject *o) {
    const SlArray *a = (const SlArray *)o;
    return a->allocated * ISZ(a);
}

/* Replace the item block by one of `alloc` items (0: none). */
static bool set_block(SlVM *vm, SlArray *a, size_t alloc) {
    size_t isz = ISZ(a);
    if (alloc > ARR_MAX_BYTES / isz) {
        sl_raise_nomemory(vm);
        return false;
    }
    char *p = NULL;
    if (alloc == 0) {
        sl_mem_free(vm, a->items, a->allocated * isz);
    } else {
        p = a->items ? sl_mem_realloc(vm, a->items, a->allocated * isz, alloc * isz)
                     : sl_mem_alloc(vm, alloc * isz);
        if (!p) return false;
    }
    sl_mm_block(vm, &a->ob, SL_SIM_AUX, a->allocated * isz, alloc * isz);
    a->items = p;
    a->allocated = alloc;
    return true;
}

/* array_resize: new items are uninitialised. */
static bool arr_resize(SlVM *vm, SlArray *a, size_t newsize) {
    if (a->allocated >= newsize && a->size < newsize + 16 && a->items) {
        a->size = newsize;
        return true;
    }
    if (newsize == 0) {
        set_block(vm, a, 0);
        a->size = 0;
        return true;
    }
    if (newsize > ARR_MAX_BYTES / ISZ(a)) {
        sl_raise_nomemory(vm);
        return false;
    }
    size_t alloc = (newsize >> 4) + (a->size < 8 ? 3 : 7) + newsize;
    if (!set_block(vm, a, alloc)) return false;
    a->size = newsize;
    return true;
}

static SlArray *alloc_array(SlVM *vm, SlType *type) {
    return (SlArray *)sl_obj_alloc(vm, type, type->basicsize < sizeof(SlArray)
                                                 ? sizeof(SlArray) : type->basicsize);
}

/* newarrayobject: exactly `size` items (uninitialised). */
static SlArray *new_array(SlVM *vm, SlType *type, size_t size, const Descr *d) {
    if (size > ARR_MAX_BYTES / d->itemsize) {
        sl_raise_nomemory(vm);
        return NULL;
    }
    SlArray *a = alloc_array(vm, type);
    if (!a) return NULL;
    a->descr = d;
    if (size && !set_block(vm, a, size)) {
        sl_decref(vm, SL_OBJ(a));
        return NULL;
    }
    a->size = size;
    return a;
}

static void arr_dealloc(SlVM *vm, SlObject *o) {
    SlArray *a = (SlArray *)o;
    if (a->items) set_block(vm, a, 0);
    sl_obj_free(vm, o);
}

/* ==== items =================================================================== */

static SlValue get_item(SlVM *vm, const SlArray *a, size_t i) {
    const char *p = a->items + i * ISZ(a);
    switch (a->descr->code) {
    case 'b': { int8_t x; memcpy(&x, p, 1); return SL_FROM_INT(x); }
    case 'B': { uint8_t x; memcpy(&x, p, 1); return SL_FROM_INT(x); }
    case 'h': { int16_t x; memcpy(&x, p, 2); return sl_int_new(vm, x); }
    case 'H': { uint16_t x; memcpy(&x, p, 2); return sl_int_new(vm, x); }
    case 'i': { int32_t x; memcpy(&x, p, 4); return sl_int_from_i64(vm, x); }
    case 'I': { uint32_t x; memcpy(&x, p, 4); return sl_int_from_i64(vm, x); }
    case 'l': case 'q': { int64_t x; memcpy(&x, p, 8); return sl_int_from_i64(vm, x); }
    case 'L': case 'Q': { uint64_t x; memcpy(&x, p, 8); return sl_int_from_u64(vm, x); }
    case 'f': { float x; memcpy(&x, p, 4); return sl_float_new(vm, (double)x); }
    default: { double x; memcpy(&x, p, 8); return sl_float_new(vm, x); }
    }
}

static void store(SlArray *a, size_t i, const Item *it) {
    char *p = a->items + i * ISZ(a);
    switch (a->descr->code) {
    case 'b': case 'B': { uint8_t x = (uint8_t)it->u; memcpy(p, &x, 1); break; }
    case 'h': case 'H': { uint16_t x = (uint16_t)it->u; memcpy(p, &x, 2); break; }
    case 'i': case 'I': { uint32_t x = (uint32_t)it->u; memcpy(p, &x, 4); break; }
    case 'f': {
        /* (float)x overflows to inf as CPython's cast does, without C's undefined behaviour */
        float x = isfinite(it->d) && fabs(it->d) > FLT_MAX
                      ? (fabs(it->d) < (double)FLT_MAX + ldexp(1.0, 103)
                             ? (it->d < 0 ? -FLT_MAX : FLT_MAX)
                             : (it->d < 0 ? -INFINITY : INFINITY))
                      : (float)it->d;
        memcpy(p, &x, 4);
        break;
    }
    case 'd': memcpy(p, &it->d, 8); break;
    default: memcpy(p, &it->u, 8); break;
    }
}

/* The int an integer item converts from, as CPython's converters find it. */
static SlValue int_of(SlVM *vm, const Descr *d, SlValue v) {
    if (SL_IS_INT(v) || SL_IS_INTLIKE(v)) return sl_incref(v);
    if (vm->ver->msg_index_int_required && !sl_has_index(v)) {
        /* 3.8-3.9: getargs' converters refuse floats with their own text (the
         * unsigned codes check it themselves), anything else without __index__
         * as "an integer is required" */
        if (SL_IS_FLOAT(v))
            return sl_raise(vm, SL_TypeError, d->kind == K_UNSIGNED && d->code != 'B' && d->code != 'H'
                                                  ? "array item must be integer"
                                                  : "integer argument expected, got float");
        return sl_raise(vm, SL_TypeError, "an integer is required (got type %s)", sl_type_name(v));
    }
    return sl_index(vm, v);
}

/* An int that does not fit 64 bits as unsigned: false (no exception). */
static bool int_as_u64(SlVM *vm, SlValue i, uint64_t *out) {
    int64_t x;
    if (sl_int_bit_length(i) > 64 || sl_int_sign(i) < 0) return false;
    if (sl_int_bit_length(i) < 64 && sl_int_as_i64(vm, i, &x)) {
        *out = (uint64_t)x;
        return true;
    }
    SlValue h = sl_int_to_str(vm, i, 16);   /* 2**63 <= i < 2**64: rare */
    if (!h) {
        sl_exc_clear(vm);
        return false;
    }
    const char *s = SL_STR_DATA(h);
    uint64_t u = 0;
    for (; *s; s++) {
        int c = *s;
        if (c >= '0' && c <= '9') u = u << 4 | (uint64_t)(c - '0');
        else if (c >= 'a' && c <= 'f') u = u << 4 | (uint64_t)(c - 'a' + 10);
        else if (c == 'x' || c == 'X') u = 0;   /* a "0x" prefix */
    }
    sl_decref(vm, h);
    *out = u;
    return true;
}

static bool overflow(SlVM *vm, const char *msg) {
    sl_raise(vm, SL_OverflowError, "%s", msg);
    return false;
}

/* Convert v to an item of descr d (the setitem of each type code, without storing). */
static bool convert(SlVM *vm, const Descr *d, SlValue v, Item *out) {
    if (d->kind == K_FLOAT) return sl_as_double(vm, v, &out->d);
    SlValue i = int_of(vm, d, v);
    if (!i) return false;
    bool ok = true;
    if (d->code == 'I' || d->code == 'L' || d->code == 'Q') {
        bool q = d->code == 'Q';
        if (sl_int_sign(i) < 0)
            ok = overflow(vm, q ? "can't convert negative int to unsigned"
                                : "can't convert negative value to unsigned int");
        else if (!int_as_u64(vm, i, &out->u))
            ok = overflow(vm, q ? "int too big to convert"
                                : "Python int too large to convert to C unsigned long");
        else if (d->code == 'I' && out->u > UINT32_MAX)
            ok = overflow(vm, "unsigned int is greater than maximum");
        sl_decref(vm, i);
        return ok;
    }
    int64_t x = 0;
    if (sl_int_bit_length(i) > 64 || !sl_int_as_i64(vm, i, &x)) {
        if (sl_exc_occurred(vm)) sl_exc_clear(vm);
        sl_decref(vm, i);
        return overflow(vm, d->code == 'q' ? "int too big to convert"
                                           : "Python int too large to convert to C long");
    }
    sl_decref(vm, i);
    switch (d->code) {
    case 'b':
        if (x < INT16_MIN) return overflow(vm, "signed short integer is less than minimum");
        if (x > INT16_MAX) return overflow(vm, "signed short integer is greater than maximum");
        if (x < -128) return overflow(vm, "signed char is less than minimum");
        if (x > 127) return overflow(vm, "signed char is greater than maximum");
        break;
    case 'B':
        if (x < 0) return overflow(vm, "unsigned byte integer is less than minimum");
        if (x > 255) return overflow(vm, "unsigned byte integer is greater than maximum");
        break;
    case 'h':
        if (x < INT16_MIN) return overflow(vm, "signed short integer is less than minimum");
        if (x > INT16_MAX) return overflow(vm, "signed short integer is greater than maximum");
        break;
    case 'H':
        if (x < INT32_MIN) return overflow(vm, "signed integer is less than minimum");
        if (x > INT32_MAX) return overflow(vm, "signed integer is greater than maximum");
        if (x < 0) return overflow(vm, "unsigned short is less than minimum");
        if (x > UINT16_MAX) return overflow(vm, "unsigned short is greater than maximum");
        break;
    case 'i':
        if (x < INT32_MIN) return overflow(vm, "signed integer is less than minimum");
        if (x > INT32_MAX) return overflow(vm, "signed integer is greater than maximum");
        break;
    default:
        break;
    }
    out->s = x;
    return true;
}

/* setitem(self, i, v) of the type code. */
static bool set_item(SlVM *vm, SlArray *a, size_t i, SlValue v) {
    Item it;
    if (!convert(vm, a->descr, v, &it)) return false;
    store(a, i, &it);
    return true;
}

/* ins1: check the value, then grow by one and insert it at `where`. */
static bool ins1(SlVM *vm, SlArray *a, int64_t where, SlValue v) {
    Item it;
    if (!convert(vm, a->descr, v, &it)) return false;
    int64_t n = (int64_t)a->size;
    if (!arr_resize(vm, a, (size_t)n + 1)) return false;
    if (where < 0) {
        where += n;
        if (where < 0) where = 0;
    }
    if (where > n) where = n;
    size_t isz = ISZ(a);
    if (where != n)
        memmove(a->items + ((size_t)where + 1) * isz, a->items + (size_t)where * isz,
                (size_t)(n - where) * isz);
    store(a, (size_t)where, &it);
    return true;
}

/* array_del_slice */
static bool del_slice(SlVM *vm, SlArray *a, int64_t lo, int64_t hi) {
    int64_t n = (int64_t)a->size;
    if (lo < 0) lo = 0;
    else if (lo > n) lo = n;
    if (hi < 0) hi = 0;
    if (hi < lo) hi = lo;
    else if (hi > n) hi = n;
    int64_t d = hi - lo;
    if (d <= 0) return true;
    size_t isz = ISZ(a);
    memmove(a->items + (size_t)lo * isz, a->items + (size_t)hi * isz, (size_t)(n - hi) * isz);
    return arr_resize(vm, a, (size_t)(n - d));
}

/* array_iter_extend: append every item of an iterator. */
static bool iter_extend(SlVM *vm, SlArray *a, SlValue it) {
    SlValue v;
    while ((v = sl_iternext(vm, it))) {
        bool ok = ins1(vm, a, (int64_t)a->size, v);
        sl_decref(vm, v);
        if (!ok) return false;
    }
    return !sl_exc_occurred(vm);
}

/* array_do_extend */
static bool do_extend(SlVM *vm, SlArray *a, SlValue bb) {
    if (!is_array(bb)) {
        SlValue it = sl_iter(vm, bb);
        if (!it) return false;
        bool ok = iter_extend(vm, a, it);
        sl_decref(vm, it);
        return ok;
    }
    SlArray *b = ARR(bb);
    if (b->descr != a->descr) {
        sl_raise(vm, SL_TypeError, "can only extend with array of same kind");
        return false;
    }
    size_t old = a->size, n = b->size;
    if (!arr_resize(vm, a, old + n)) return false;
    /* a += a: b is a, its items were moved by the resize */
    if (n) memcpy(a->items + old * ISZ(a), b->items, n * ISZ(a));
    return true;
}

/* array_array_frombytes */
static bool from_bytes(SlVM *vm, SlArray *a, SlValue v) {
    const unsigned char *p;
    size_t n;
    if (SL_IS_BYTES(v)) {
        p = SL_BYTES(v)->data;
        n = SL_BYTES(v)->size;
    } else if (SL_IS_BYTEARRAY(v)) {
        p = sl_bytearray_data(v);
        n = SL_BYTEARRAY_SIZE(v);
    } else if (is_array(v)) {
        /* CPython takes only one-byte buffers, and an array exporting its
         * buffer (to itself) cannot be resized */
        if (ISZ(ARR(v)) != 1) {
            sl_raise(vm, SL_TypeError, "a bytes-like object is required");
            return false;
        }
        if (v == SL_OBJ(a) && a->size) {
            sl_raise(vm, SL_EXC(BufferError), "cannot resize an array that is exporting buffers");
            return false;
        }
        p = (const unsigned char *)ARR(v)->items;
        n = ARR(v)->size;
    } else {
        sl_raise(vm, SL_TypeError, "a bytes-like object is required, not '%s'", sl_type_name(v));
        return false;
    }
    size_t isz = ISZ(a);
    if (n % isz != 0) {
        sl_raise(vm, SL_ValueError, "bytes length not a multiple of item size");
        return false;
    }
    n /= isz;
    if (n == 0) return true;
    size_t old = a->size;
    if (!arr_resize(vm, a, old + n)) return false;
    memcpy(a->items + old * isz, p, n * isz);
    return true;
}

/* ==== construction ============================================================ */

static SlValue arr_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs, SlValue kwnames) {
    if (kwnames && SL_TUPLE_SIZE(kwnames) && type == &sl_array_type)
        return sl_raise(vm, SL_TypeError, "array.array() takes no keyword arguments");
    nargs += kwnames ? SL_TUPLE_SIZE(kwnames) : 0;   /* a subclass's keywords count as arguments */
    if (nargs < 1) return sl_raise(vm, SL_TypeError, "array() takes at least 1 argument (0 given)");
    if (nargs > 2)
        return sl_raise(vm, SL_TypeError, "array() takes at most 2 arguments (%zu given)", nargs);
    SlValue tc = args[0], init = nargs > 1 ? args[1] : SL_NULL;
    if (!SL_IS_STR(tc) || SL_STR_LEN(tc) != 1)
        return sl_raise(vm, SL_TypeError, "array() argument 1 must be a unicode character, not %s",
                        sl_type_name(tc));
    uint32_t c;
    sl_utf8_decode(SL_STR_DATA(tc), &c);
    /* as array_new: the initializer is checked before the type code */
    if (init && SL_IS_STR(init) && c != 'u' && c != 'w') {
        SlBuf b;
        sl_buf_init(&b);
        sl_buf_add_codepoint(&b, c);
        sl_raise(vm, SL_TypeError, "cannot use a str to initialize an array with typecode '%s'",
                 b.data ? b.data : "");
        sl_buf_free(&b);
        return SL_NULL;
    }
    const Descr *d = find_descr(c);
    SlValue it = SL_NULL;
    if (init && !(SL_IS_LIST(init) || SL_IS_TUPLE(init) || SL_IS_BYTES(init) ||
                  SL_IS_BYTEARRAY(init) || (is_array(init) && d && ARR(init)->descr == d))) {
        it = sl_iter(vm, init);
        if (!it) return SL_NULL;
        init = SL_NULL;
    }
    if (!d) {
        sl_xdecref(vm, it);
        return sl_raise(vm, SL_ValueError,
                        "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    }
    size_t len = 0;
    if (init && SL_IS_LIST(init)) len = SL_LIST(init)->size;
    else if (init && SL_IS_TUPLE(init)) len = SL_TUPLE_SIZE(init);
    else if (init && is_array(init)) len = ARR(init)->size;
    SlArray *a = new_array(vm, type, len, d);
    if (!a) {
        sl_xdecref(vm, it);
        return SL_NULL;
    }
    bool ok = true;
    if (len > 0 && !is_array(init)) {
        for (size_t i = 0; ok && i < len; i++) {
            /* the list may shrink while items convert (__index__ can run code) */
            if (SL_IS_LIST(init) && i >= SL_LIST(init)->size) break;
            SlValue v = SL_IS_LIST(init) ? SL_LIST(init)->items[i] : SL_TUPLE_ITEMS(init)[i];
            sl_incref(v);
            ok = set_item(vm, a, i, v);
            sl_decref(vm, v);
        }
    } else if (init && (SL_IS_BYTES(init) || SL_IS_BYTEARRAY(init))) {
        ok = from_bytes(vm, a, init);
    } else if (len > 0) {
        memcpy(a->items, ARR(init)->items, len * d->itemsize);
    }
    if (ok && it) ok = iter_extend(vm, a, it);
    sl_xdecref(vm, it);
    if (!ok) {
        sl_decref(vm, SL_OBJ(a));
        return SL_NULL;
    }
    return SL_OBJ(a);
}

/* ==== sequence protocol ======================================================= */

static int64_t arr_len(SlVM *vm, SlValue v) {
    (void)vm;
    return (int64_t)ARR(v)->size;
}

static SlValue arr_getitem(SlVM *vm, SlValue self, SlValue key) {
    SlArray *a = ARR(self);
    if (sl_has_index(key)) {
        int64_t i;
        if (!sl_as_ssize(vm, key, SL_IndexError, &i)) return SL_NULL;
        if (i < 0) i += (int64_t)a->size;
        if (i < 0 || i >= (int64_t)a->size) return sl_raise(vm, SL_IndexError, "array index out of range");
        return get_item(vm, a, (size_t)i);
    }
    if (!SL_IS_SLICE(key)) return sl_raise(vm, SL_TypeError, "array indices must be integers");
    int64_t start, stop, step, n;
    if (!sl_slice_indices(vm, key, (int64_t)a->size, &start, &stop, &step, &n)) return SL_NULL;
    SlArray *r = new_array(vm, &sl_array_type, (size_t)n, a->descr);
    if (!r) return SL_NULL;
    size_t isz = ISZ(a);
    if (step == 1) {
        if (n) memcpy(r->items, a->items + (size_t)start * isz, (size_t)n * isz);
    } else {
        for (int64_t k = 0, j = start; k < n; k++, j += step)
            memcpy(r->items + (size_t)k * isz, a->items + (size_t)j * isz, isz);
    }
    return SL_OBJ(r);
}

/* array_ass_subscr */
static bool arr_setitem(SlVM *vm, SlValue self, SlValue key, SlValue value) {
    SlArray *a = ARR(self);
    int64_t start, stop, step, slicelen;
    if (sl_has_index(key)) {
        int64_t i;
        if (!sl_as_ssize(vm, key, SL_IndexError, &i)) return false;
        if (i < 0) i += (int64_t)a->size;
        if (i < 0 || i >= (int64_t)a->size) {
            sl_raise(vm, SL_IndexError, "array assignment index out of range");
            return false;
        }
        if (value) return set_item(vm, a, (size_t)i, value);
        start = i, stop = i + 1, step = 1, slicelen = 1;
    } else if (SL_IS_SLICE(key)) {
        if (!sl_slice_indices(vm, key, (int64_t)a->size, &start, &stop, &step, &slicelen))
            return false;
    } else {
        sl_raise(vm, SL_TypeError, "array indices must be integers");
        return false;
    }
    SlArray *other = NULL;
    SlValue copy = SL_NULL;
    int64_t needed = 0;
    if (value) {
        if (!is_array(value)) {
            sl_raise(vm, SL_TypeError, "can only assign array (not \"%s\") to array slice",
                     sl_type_name(value));
            return false;
        }
        other = ARR(value);
        if (other == a) {   /* self[i:j] = self: copy first */
            SlArray *c = new_array(vm, &sl_array_type, a->size, a->descr);
            if (!c) return false;
            if (a->size) memcpy(c->items, a->items, a->size * ISZ(a));
            copy = SL_OBJ(c);
            other = c;
        }
        needed = (int64_t)other->size;
        if (other->descr != a->descr) {
            sl_xdecref(vm, copy);
            sl_raise(vm, SL_TypeError, "bad argument type for built-in operation");
            return false;
        }
    }
    size_t isz = ISZ(a);
    int64_t size = (int64_t)a->size;
    bool ok = true;
    if ((step > 0 && stop < start) || (step < 0 && stop > start)) stop = start;
    if (step == 1) {
        if (slicelen > needed) {
            memmove(a->items + (size_t)(start + needed) * isz, a->items + (size_t)stop * isz,
                    (size_t)(size - stop) * isz);
            ok = arr_resize(vm, a, (size_t)(size + needed - slicelen));
        } else if (slicelen < needed) {
            ok = arr_resize(vm, a, (size_t)(size + needed - slicelen));
            if (ok)
                memmove(a->items + (size_t)(start + needed) * isz, a->items + (size_t)stop * isz,
                        (size_t)(size - stop) * isz);
        }
        if (ok && needed > 0)
            memcpy(a->items + (size_t)start * isz, other->items, (size_t)needed * isz);
    } else if (needed == 0) {   /* delete an extended slice, walking it forwards */
        if (step < 0) {
            stop = start + 1;
            start = stop + step * (slicelen - 1) - 1;
            step = -step;
        }
        int64_t cur = start, i;
        for (i = 0; i < slicelen; cur += step, i++) {
            int64_t lim = step - 1;
            if (cur + step >= size) lim = size - cur - 1;
            memmove(a->items + (size_t)(cur - i) * isz, a->items + (size_t)(cur + 1) * isz,
                    (size_t)lim * isz);
        }
        cur = start + slicelen * step;
        if (cur < size)
            memmove(a->items + (size_t)(cur - slicelen) * isz, a->items + (size_t)cur * isz,
                    (size_t)(size - cur) * isz);
        ok = arr_resize(vm, a, (size_t)(size - slicelen));
    } else if (needed != slicelen) {
        sl_raise(vm, SL_ValueError, "attempt to assign array of size %lld to extended slice of size %lld",
                 (long long)needed, (long long)slicelen);
        ok = false;
    } else {
        for (int64_t k = 0, j = start; k < slicelen; k++, j += step)
            memcpy(a->items + (size_t)j * isz, other->items + (size_t)k * isz, isz);
    }
    sl_xdecref(vm, copy);
    return ok;
}

static int arr_contains(SlVM *vm, SlValue self, SlValue v) {
    for (size_t i = 0; i < ARR(self)->size; i++) {
        SlValue x = get_item(vm, ARR(self), i);
        if (!x) return -1;
        int r = sl_compare_bool(vm, x, v, SL_EQ);
        sl_decref(vm, x);
        if (r != 0) return r;
    }
    return 0;
}

static SlValue arr_richcompare(SlVM *vm, SlValue v, SlValue w, SlCompareOp op) {
    if (!is_array(v) || !is_array(w)) return SL_NOTIMPL;
    SlArray *a = ARR(v), *b = ARR(w);
    if (a->size != b->size && (op == SL_EQ || op == SL_NE)) return SL_BOOL(op == SL_NE);
    size_t i;
    SlValue x = SL_NULL, y = SL_NULL;
    for (i = 0; i < a->size && i < b->size; i++) {
        x = get_item(vm, a, i);
        y = x ? get_item(vm, b, i) : SL_NULL;
        if (!y) {
            sl_xdecref(vm, x);
            return SL_NULL;
        }
        int k = sl_compare_bool(vm, x, y, SL_EQ);
        if (k < 0) {
            sl_decref(vm, x);
            sl_decref(vm, y);
            return SL_NULL;
        }
        if (!k) break;
        sl_decref(vm, x);
        sl_decref(vm, y);
    }
    if (i >= a->size || i >= b->size) {   /* no more items: compare the sizes */
        size_t p = a->size, q = b->size;
        bool r;
        switch (op) {
        case SL_LT: r = p < q; break;
        case SL_LE: r = p <= q; break;
        case SL_EQ: r = p == q; break;
        case SL_NE: r = p != q; break;
        case SL_GT: r = p > q; break;
        default: r = p >= q; break;
        }
        return SL_BOOL(r);
    }
    SlValue res;
    if (op == SL_EQ) res = SL_FALSE;
    else if (op == SL_NE) res = SL_TRUE;
    else res = sl_richcompare(vm, x, y, op);
    sl_decref(vm, x);
    sl_decref(vm, y);
    return res;
}

static SlValue arr_repr(SlVM *vm, SlValue self) {
    SlArray *a = ARR(self);
    SlType *t = SL_AS_OBJ(self)->type;
    const char *name = strrchr(t->name, '.');
    name = name ? name + 1 : t->name;
    SlBuf b;
    sl_buf_init(&b);
    sl_buf_printf(&b, "%s('%c'", name, a->descr->code);
    if (a->size) {
        sl_buf_adds(&b, ", [");
        for (size_t i = 0; i < a->size; i++) {
            SlValue x = get_item(vm, a, i);
            if (i) sl_buf_adds(&b, ", ");
            if (!x || !sl_buf_add_repr(vm, &b, x)) {
                sl_xdecref(vm, x);
                sl_buf_free(&b);
                return SL_NULL;
            }
            sl_decref(vm, x);
        }
        sl_buf_addc(&b, ']');
    }
    sl_buf_addc(&b, ')');
    return sl_buf_finish(vm, &b);
}

/* a + b */
static SlValue arr_concat(SlVM *vm, SlValue v, SlValue w) {
    if (!is_array(v)) return SL_NOTIMPL;
    if (!is_array(w))
        return sl_raise(vm, SL_TypeError, "can only append array (not \"%s\") to array",
                        sl_type_name(w));
    SlArray *a = ARR(v), *b = ARR(w);
    if (a->descr != b->descr) return sl_raise(vm, SL_TypeError, "bad argument type for built-in operation");
    SlArray *r = new_array(vm, &sl_array_type, a->size + b->size, a->descr);
    if (!r) return SL_NULL;
    if (a->size) memcpy(r->items, a->items, a->size * ISZ(a));
    if (b->size) memcpy(r->items + a->size * ISZ(a), b->items, b->size * ISZ(a));
    return SL_OBJ(r);
}

/* The count of a repetition: false (exception set, or *notimpl) if not an int. */
static bool repeat_count(SlVM *vm, SlValue nv, int64_t *n, bool *notimpl) {
    *notimpl = !sl_has_index(nv);
    if (*notimpl) return false;
    return sl_as_ssize(vm, nv, SL_OverflowError, n);
}

static SlValue arr_repeat(SlVM *vm, SlValue v, SlValue w) {
    SlValue seq = is_array(v) ? v : w, nv = is_array(v) ? w : v;
    int64_t n;
    bool ni;
    if (!repeat_count(vm, nv, &n, &ni)) {
        if (!ni) return SL_NULL;
        if (seq != v) return SL_NOTIMPL;   /* x * array: x's own error */
        /* as sq_repeat, after both operands' nb_multiply declined */
        return sl_raise(vm, SL_TypeError, "can't multiply sequence by non-int of type '%s'",
                        sl_type_name(nv));
    }
    SlArray *a = ARR(seq);
    if (n < 0) n = 0;
    size_t isz = ISZ(a);
    if (a->size && (uint64_t)n > ARR_MAX_BYTES / isz / a->size) return sl_raise_nomemory(vm);
    size_t total = a->size * (size_t)n;
    SlArray *r = new_array(vm, &sl_array_type, total, a->descr);
    if (!r) return SL_NULL;
    for (size_t k = 0; k < (size_t)n && a->size; k++)
        memcpy(r->items + k * a->size * isz, a->items, a->size * isz);
    return SL_OBJ(r);
}

static SlValue arr_inplace_concat(SlVM *vm, SlValue v, SlValue w) {
    if (!is_array(v)) return SL_NOTIMPL;
    if (!is_array(w))
        return sl_raise(vm, SL_TypeError, "can only extend array with array (not \"%s\")",
                        sl_type_name(w));
    if (!do_extend(vm, ARR(v), w)) return SL_NULL;
    return sl_incref(v);
}

static SlValue arr_inplace_repeat(SlVM *vm, SlValue v, SlValue w) {
    if (!is_array(v)) return SL_NOTIMPL;
    int64_t n;
    bool ni;
    if (!repeat_count(vm, w, &n, &ni)) return ni ? SL_NOTIMPL : SL_NULL;
    SlArray *a = ARR(v);
    size_t size = a->size, isz = ISZ(a);
    if (size > 0 && n != 1) {
        if (n < 0) n = 0;
        if (n > 0 && (uint64_t)n > ARR_MAX_BYTES / isz / size) return sl_raise_nomemory(vm);
        if (!arr_resize(vm, a, size * (size_t)n)) return SL_NULL;
        for (size_t k = 1; k < (size_t)n; k++)
            memcpy(a->items + k * size * isz, a->items, size * isz);
    }
    return sl_incref(v);
}

/* ==== methods ================================================================= */

static const char *qual(SlVM *vm, const char *full) {
    return vm->ver->array_clinic_names ? full : full + 6;   /* "array.count" or "count" */
}

METHOD(arr_append) {
    if (!sl_args_check(vm, qual(vm, "array.append"), nargs, kwnames, 1, 1)) return SL_NULL;
    return ins1(vm, ARR(self), (int64_t)ARR(self)->size, args[0]) ? SL_NONE : SL_NULL;
}

METHOD(arr_extend) {
    if (!sl_args_check(vm, qual(vm, "array.extend"), nargs, kwnames, 1, 1)) return SL_NULL;
    return do_extend(vm, ARR(self), args[0]) ? SL_NONE : SL_NULL;
}

METHOD(arr_insert) {
    if (!sl_args_check(vm, qual(vm, "array.insert"), nargs, kwnames, 2, 2)) return SL_NULL;
    int64_t i;
    if (!sl_as_ssize(vm, args[0], SL_OverflowError, &i)) return SL_NULL;
    return ins1(vm, ARR(self), i, args[1]) ? SL_NONE : SL_NULL;
}

METHOD(arr_pop) {
    if (!sl_args_check(vm, qual(vm, "array.pop"), nargs, kwnames, 0, 1)) return SL_NULL;
    int64_t i = -1;
    if (nargs && !sl_as_ssize(vm, args[0], SL_OverflowError, &i)) return SL_NULL;
    SlArray *a = ARR(self);
    if (a->size == 0) return sl_raise(vm, SL_IndexError, "pop from empty array");
    if (i < 0) i += (int64_t)a->size;
    if (i < 0 || i >= (int64_t)a->size) return sl_raise(vm, SL_IndexError, "pop index out of range");
    SlValue v = get_item(vm, a, (size_t)i);
    if (!v) return SL_NULL;
    if (!del_slice(vm, a, i, i + 1)) {
        sl_decref(vm, v);
        return SL_NULL;
    }
    return v;
}

/* The index of the first item equal to v in [start, stop), -1 if none, -2 on error. */
static int64_t find(SlVM *vm, SlArray *a, SlValue v, int64_t start, int64_t stop) {
    for (int64_t i = start; i < stop && i < (int64_t)a->size; i++) {
        SlValue x = get_item(vm, a, (size_t)i);
        if (!x) return -2;
        int r = sl_compare_bool(vm, x, v, SL_EQ);
        sl_decref(vm, x);
        if (r < 0) return -2;
        if (r) return i;
    }
    return -1;
}

METHOD(arr_remove) {
    if (!sl_args_check(vm, qual(vm, "array.remove"), nargs, kwnames, 1, 1)) return SL_NULL;
    int64_t i = find(vm, ARR(self), args[0], 0, INT64_MAX);
    if (i == -2) return SL_NULL;
    if (i < 0) return sl_raise(vm, SL_ValueError, "array.remove(x): x not in array");
    return del_slice(vm, ARR(self), i, i + 1) ? SL_NONE : SL_NULL;
}

METHOD(arr_index) {
    SlArray *a = ARR(self);
    int64_t start = 0, stop = INT64_MAX;
    if (vm->ver->array_index_range) {   /* 3.10+: index(x, start=0, stop=sys.maxsize) */
        if (!sl_args_check(vm, "index", nargs, kwnames, 1, 3)) return SL_NULL;
        if (nargs > 1 && !sl_slice_arg(vm, args[1], &start)) return SL_NULL;
        if (nargs > 2 && !sl_slice_arg(vm, args[2], &stop)) return SL_NULL;
        int64_t n = (int64_t)a->size;
        if (start < 0) {
            start += n;
            if (start < 0) start = 0;
        }
        if (stop < 0) {
            stop += n;
            if (stop < 0) stop = 0;
        }
    } else if (!sl_args_check(vm, qual(vm, "array.index"), nargs, kwnames, 1, 1)) {
        return SL_NULL;
    }
    int64_t i = find(vm, a, args[0], start, stop);
    if (i == -2) return SL_NULL;
    if (i < 0) return sl_raise(vm, SL_ValueError, "array.index(x): x not in array");
    return sl_int_from_i64(vm, i);
}

METHOD(arr_count) {
    if (!sl_args_check(vm, qual(vm, "array.count"), nargs, kwnames, 1, 1)) return SL_NULL;
    int64_t n = 0;
    SlArray *a = ARR(self);
    for (size_t i = 0; i < a->size; i++) {
        SlValue x = get_item(vm, a, i);
        if (!x) return SL_NULL;
        int r = sl_compare_bool(vm, x, args[0], SL_EQ);
        sl_decref(vm, x);
        if (r < 0) return SL_NULL;
        n += r;
    }
    return sl_int_from_i64(vm, n);
}

METHOD(arr_reverse) {
    (void)args;
    if (!sl_args_check(vm, qual(vm, "array.reverse"), nargs, kwnames, 0, 0)) return SL_NULL;
    SlArray *a = ARR(self);
    size_t isz = ISZ(a);
    char tmp[8];
    for (size_t i = 0, j = a->size; i + 1 < j; i++, j--) {
        memcpy(tmp, a->items + i * isz, isz);
        memcpy(a->items + i * isz, a->items + (j - 1) * isz, isz);
        memcpy(a->items + (j - 1) * isz, tmp, isz);
    }
    return SL_NONE;
}

METHOD(arr_byteswap) {
    (void)args;
    if (!sl_args_check(vm, qual(vm, "array.byteswap"), nargs, kwnames, 0, 0)) return SL_NULL;
    SlArray *a = ARR(self);
    size_t isz = ISZ(a);
    for (size_t i = 0; i < a->size; i++) {
        char *p = a->items + i * isz;
        for (size_t k = 0; k < isz / 2; k++) {
            char c = p[k];
            p[k] = p[isz - 1 - k];
            p[isz - 1 - k] = c;
        }
    }
    return SL_NONE;
}

METHOD(arr_tolist) {
    (void)args;
    if (!sl_args_check(vm, qual(vm, "array.tolist"), nargs, kwnames, 0, 0)) return SL_NULL;
    SlArray *a = ARR(self);
    SlValue l = sl_list_new(vm, a->size);
    if (!l) return SL_NULL;
    for (size_t i = 0; i < a->size; i++) {
        SlValue x = get_item(vm, a, i);
        if (!x) {
            sl_decref(vm, l);
            return SL_NULL;
        }
        SL_LIST(l)->items[i] = x;
    }
    return l;
}

METHOD(arr_tobytes) {
    (void)args;
    if (!sl_args_check(vm, qual(vm, "array.tobytes"), nargs, kwnames, 0, 0)) return SL_NULL;
    SlArray *a = ARR(self);
    return sl_bytes_new(vm, a->items, a->size * ISZ(a));
}

METHOD(arr_frombytes) {
    if (!sl_args_check(vm, qual(vm, "array.frombytes"), nargs, kwnames, 1, 1)) return SL_NULL;
    return from_bytes(vm, ARR(self), args[0]) ? SL_NONE : SL_NULL;
}

METHOD(arr_fromlist) {
    if (!sl_args_check(vm, qual(vm, "array.fromlist"), nargs, kwnames, 1, 1)) return SL_NULL;
    SlValue list = args[0];
    if (!SL_IS_LIST(list)) return sl_raise(vm, SL_TypeError, "arg must be list");
    SlArray *a = ARR(self);
    size_t n = SL_LIST(list)->size, old = a->size;
    if (n == 0) return SL_NONE;
    if (!arr_resize(vm, a, old + n)) return SL_NULL;
    for (size_t i = 0; i < n; i++) {
        if (i >= SL_LIST(list)->size) {
            sl_raise(vm, SL_RuntimeError, "list changed size during iteration");
            arr_resize(vm, a, old);
            return SL_NULL;
        }
        SlValue v = sl_incref(SL_LIST(list)->items[i]);
        bool ok = set_item(vm, a, a->size - n + i, v);
        sl_decref(vm, v);
        if (!ok) {
            arr_resize(vm, a, old);
            return SL_NULL;
        }
    }
    return SL_NONE;
}

METHOD(arr_buffer_info) {
    (void)args;
    if (!sl_args_check(vm, qual(vm, "array.buffer_info"), nargs, kwnames, 0, 0)) return SL_NULL;
    SlArray *a = ARR(self);
    /* a plausible heap address: the modelled object's, past its header */
    uint64_t addr = a->items ? sl_mm_id(vm, self) + 0x1000 : 0;
    SlValue p = sl_int_from_u64(vm, addr);
    if (!p) return SL_NULL;
    SlValue n = sl_int_from_i64(vm, (int64_t)a->size);
    if (!n) {
        sl_decref(vm, p);
        return SL_NULL;
    }
    SlValue t = sl_tuple_pack(vm, 2, p, n);
    sl_decref(vm, p);
    sl_decref(vm, n);
    return t;
}

METHOD(arr_copy) {
    (void)args;
    if (!sl_args_check(vm, "__copy__", nargs, kwnames, 0, 0)) return SL_NULL;
    SlArray *a = ARR(self);
    SlArray *r = new_array(vm, &sl_array_type, a->size, a->descr);
    if (r && a->size) memcpy(r->items, a->items, a->size * ISZ(a));
    return r ? SL_OBJ(r) : SL_NULL;
}

METHOD(arr_deepcopy) {
    if (!sl_args_check(vm, "__deepcopy__", nargs, kwnames, 1, 1)) return SL_NULL;
    return arr_copy(vm, self, args, 0, SL_NULL);
}

METHOD(arr_sizeof) {
    (void)args;
    if (!sl_args_check(vm, "__sizeof__", nargs, kwnames, 0, 0)) return SL_NULL;
    return sl_int_from_i64(vm, sl_mm_sizeof(vm, self));
}

METHOD(arr_reduce_ex) {
    (void)args;   /* the protocol does not change the result */
    if (!sl_args_check(vm, "__reduce_ex__", nargs, kwnames, 1, 1)) return SL_NULL;
    SlValue list = arr_tolist(vm, self, NULL, 0, SL_NULL);
    if (!list) return SL_NULL;
    char c = ARR(self)->descr->code;
    SlValue code = sl_str_new(vm, &c, 1);
    SlValue targs = code ? sl_tuple_pack(vm, 2, code, list) : SL_NULL;
    sl_xdecref(vm, code);
    sl_decref(vm, list);
    if (!targs) return SL_NULL;
    SlValue dict = sl_getattr_cstr(vm, self, "__dict__");   /* None if it has none */
    if (!dict) {
        if (!sl_exc_matches(vm, SL_AttributeError)) {
            sl_decref(vm, targs);
            return SL_NULL;
        }
        sl_exc_clear(vm);
        dict = SL_NONE;
    }
    SlValue r = sl_tuple_pack(vm, 3, SL_OBJ(SL_AS_OBJ(self)->type), targs, dict);
    sl_decref(vm, targs);
    sl_decref(vm, dict);
    return r;
}

static SlValue get_typecode(SlVM *vm, SlValue self) {
    char c = ARR(self)->descr->code;
    return sl_str_new(vm, &c, 1);
}

static SlValue get_itemsize(SlVM *vm, SlValue self) {
    (void)vm;
    return SL_FROM_INT(ARR(self)->descr->itemsize);
}

static const SlGetSetDef arr_getsets[] = {
    {"typecode", get_typecode, NULL, "the typecode character used to create the array"},
    {"itemsize", get_itemsize, NULL, "the size, in bytes, of one array item"},
    {NULL, NULL, NULL, NULL}};

static const SlMethodDef arr_methods[] = {
    {"append", arr_append, SL_METH_DEFAULT, "Append new value v to the end of the array."},
    {"buffer_info", arr_buffer_info, SL_METH_DEFAULT,
     "Return a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents."},
    {"byteswap", arr_byteswap, SL_METH_DEFAULT, "Byteswap all items of the array."},
    {"__copy__", arr_copy, SL_METH_DEFAULT, "Return a copy of the array."},
    {"count", arr_count, SL_METH_DEFAULT, "Return number of occurrences of v in the array."},
    {"__deepcopy__", arr_deepcopy, SL_METH_DEFAULT, "Return a copy of the array."},
    {"extend", arr_extend, SL_METH_DEFAULT, "Append items to the end of the array."},
    {"frombytes", arr_frombytes, SL_METH_DEFAULT,
     "Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method."},
    {"fromlist", arr_fromlist, SL_METH_DEFAULT, "Append items to array from list."},
    {"index", arr_index, SL_METH_DEFAULT, "Return index of first occurrence of v in the array."},
    {"insert", arr_insert, SL_METH_DEFAULT, "Insert a new item v into the array before position i."},
    {"pop", arr_pop, SL_METH_DEFAULT, "Return the i-th element and delete it from the array."},
    {"__reduce_ex__", arr_reduce_ex, SL_METH_DEFAULT, "Return state information for pickling."},
    {"remove", arr_remove, SL_METH_DEFAULT, "Remove the first occurrence of v in the array."},
    {"reverse", arr_reverse, SL_METH_DEFAULT, "Reverse the order of the items in the array."},
    {"tobytes", arr_tobytes, SL_METH_DEFAULT,
     "Convert the array to an array of machine values and return the bytes representation."},
    {"tolist", arr_tolist, SL_METH_DEFAULT, "Convert array to an ordinary list with the same items."},
    {"__sizeof__", arr_sizeof, SL_METH_DEFAULT, "Size of the array in memory, in bytes."},
    {NULL, NULL, 0, NULL}};

/* ==== iterator ================================================================ */

typedef struct {
    SlObject ob;
    SlValue seq;    /* the array, SL_NULL once exhausted */
    size_t index;
} ArrayIter;

static SlValue arr_iter(SlVM *vm, SlValue self) {
    ArrayIter *it = (ArrayIter *)sl_obj_alloc(vm, &sl_array_iter_type, sizeof(ArrayIter));
    if (!it) return SL_NULL;
    it->seq = sl_incref(self);
    it->index = 0;
    return SL_OBJ(it);
}

static SlValue arriter_next(SlVM *vm, SlValue self) {
    ArrayIter *it = (ArrayIter *)SL_AS_OBJ(self);
    if (!it->seq) return SL_NULL;
    if (it->index < ARR(it->seq)->size) return get_item(vm, ARR(it->seq), it->index++);
    SL_SETREF(vm, it->seq, SL_NULL);
    return SL_NULL;
}

static SlValue self_iter(SlVM *vm, SlValue v) {
    (void)vm;
    return sl_incref(v);
}

static void arriter_dealloc(SlVM *vm, SlObject *o) {
    sl_xdecref(vm, ((ArrayIter *)o)->seq);
    sl_obj_free(vm, o);
}

static void arriter_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    ArrayIter *it = (ArrayIter *)o;
    if (it->seq) visit(it->seq, arg);
}

static void arriter_clear(SlVM *vm, SlObject *o) { SL_SETREF(vm, ((ArrayIter *)o)->seq, SL_NULL); }

SlType sl_array_iter_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "array.arrayiterator",
    .flags = SL_TPFLAGS_HAVE_GC,
    .basicsize = sizeof(ArrayIter),
    .dealloc = arriter_dealloc,
    .traverse = arriter_traverse,
    .clear = arriter_clear,
    .iter = self_iter,
    .iternext = arriter_next,
};

/* ==== the type and the module ================================================= */

SlType sl_array_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "array.array",
    .flags = SL_TPFLAGS_BASETYPE,
    .doc = "array(typecode [, initializer]) -> array\n\n"
           "Return a new array whose items are restricted by typecode, and\n"
           "initialized from the optional initializer value, which must be a list,\n"
           "string or iterable over elements of the appropriate type.",
    .basicsize = sizeof(SlArray),
    .dealloc = arr_dealloc,
    .new_ = arr_new,
    .repr = arr_repr,
    .richcompare = arr_richcompare,
    .iter = arr_iter,
    .len = arr_len,
    .getitem = arr_getitem,
    .setitem = arr_setitem,
    .contains = arr_contains,
    .nb = {[SL_NB_ADD] = arr_concat, [SL_NB_MUL] = arr_repeat},
    .nb_inplace = {[SL_NB_ADD] = arr_inplace_concat, [SL_NB_MUL] = arr_inplace_repeat},
    .methods = arr_methods,
    .getsets = arr_getsets,
};

SlValue sl_mod_array_init(SlVM *vm) {
    /* Readied here on first import, so the type list need not know them;
     * __module__ as CPython derives it from tp_name "array.array" (interned,
     * immortal strs: the static types outlive any VM) */
    if (!(sl_array_type.flags & SL_TPFLAGS_READY)) {
        sl_type_ready(&sl_array_type);
        sl_type_ready(&sl_array_iter_type);
        if (!sl_dict_set(NULL, sl_array_type.dict, sl_intern_cstr("__module__"), sl_intern_cstr("array")) ||
            !sl_dict_set(NULL, sl_array_iter_type.dict, sl_intern_cstr("__module__"),
                         sl_intern_cstr("array")))
            return sl_raise_nomemory(vm);
        /* so that repr(array.array) is <class 'array.array'> (type_repr joins
         * __module__ and the qualname) */
        sl_array_type.qualname = sl_intern_cstr("array");
        sl_array_iter_type.qualname = sl_intern_cstr("arrayiterator");
    }
    SlValue m = sl_module_new(vm, "array");
    if (!m) return SL_NULL;
    SlValue codes = sl_str_from_cstr(vm, vm->ver->array_w_typecode ? "bBuwhHiIlLqQfd" : "bBuhHiIlLqQfd");
    bool ok = codes && sl_module_add(vm, m, "typecodes", codes) &&
              sl_module_add(vm, m, "array", SL_OBJ(&sl_array_type)) &&
              sl_module_add(vm, m, "ArrayType", SL_OBJ(&sl_array_type));
    sl_xdecref(vm, codes);
    if (!ok) {
        sl_decref(vm, m);
        return SL_NULL;
    }
    return m;
}
