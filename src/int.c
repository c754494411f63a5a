/* int.c: Python int (arbitrary precision) and bool.
 *
 * Representation (int.h): small ints are tagged SlValues; everything else
 * is an SlLong with CPython's 30-bit digits, least significant first and
 * the sign in `size`.  Every result is normalised: a value that fits the
 * tagged range comes back tagged.  The algorithms follow CPython's
 * Objects/longobject.c (schoolbook and Karatsuba multiplication, Knuth's
 * algorithm D for division, two's complement bitwise operations, correctly
 * rounded int -> float and int / int), so results and error texts match.
 *
 * Instances of int subclasses (bool included) keep their digits after the
 * type's basicsize, because a heap subclass puts its __dict__ / __slots__
 * words right after the base part: see long_digits().
 */
#include "int.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "errors.h"
#include "float.h"
#include "memmodel.h"
#include "format.h"
#include "memory.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

/* IEEE 754 double parameters (<float.h>'s names; that header is shadowed
 * by our own float.h when src/ is on the include path) */
#define DBL_MANT_DIG 53
#define DBL_MAX_EXP 1024
#define DBL_MIN_EXP (-1021)

typedef uint32_t digit;
typedef uint64_t twodigits;
typedef int64_t stwodigits;

#define SHIFT SL_LONG_SHIFT
#define MASK ((digit)SL_LONG_MASK)
#define BASE ((twodigits)SL_LONG_BASE)

/* Digit counts above this are a MemoryError without asking the allocator
 * (CPython would try malloc and fail the same way, only slower). */
#define MAX_DIGITS ((int64_t)1 << 38)

/* Multiplication switches from schoolbook to Karatsuba above this many
 * digits (CPython's KARATSUBA_CUTOFF). */
#define KARATSUBA_CUTOFF 70

/* CPython 3.11+ (and the 3.8.14+/3.9.14+/3.10.7+ security releases
 * slotlab models) refuse to convert ints with more decimal digits than
 * sys.get_int_max_str_digits() (vm->int_max_str_digits, 0 = no limit) to
 * or from str in a base that is not a power of two. */
static int64_t max_str_digits(SlVM *vm) { return vm->int_max_str_digits; }
/* 3.8-3.10: "Exceeds the limit (4300) for ..." (no " digits" after the number) */
#define MSG_TO_STR_LIMIT                                                                           \
    "Exceeds the limit (%lld%s) for integer string conversion; use "                             \
    "sys.set_int_max_str_digits() to increase the limit"
#define MSG_TO_INT_LIMIT                                                                           \
    "Exceeds the limit (%lld%s) for integer string conversion: value has %lld digits; use "      \
    "sys.set_int_max_str_digits() to increase the limit"
#define LIMIT_UNIT(vm) ((vm)->ver->msg_int_limit_digits_word ? " digits" : "")

SlLong *sl_true_ptr, *sl_false_ptr;

/* ---- digits of an object ------------------------------------------------ */

static inline digit *long_digits(const SlLong *o) {
    SlType *t = o->ob.type;
    if (t == &sl_int_type || t == &sl_bool_type) return (digit *)o->digits;
    return (digit *)((char *)o + t->basicsize);
}

static inline int bitlen_digit(digit d) { return d ? 32 - __builtin_clz(d) : 0; }

/* A read-only view of an int-like value's magnitude and sign; small ints
 * are spread into the view's own buffer (at most 3 digits: |v| < 2**61). */
typedef struct {
    const digit *d;
    int64_t n;      /* digits in use, no leading zeros */
    int sign;       /* -1, 0, 1 */
    digit buf[3];
} Num;

static void num_of(SlValue v, Num *x) {
    if (SL_IS_INT(v)) {
        int64_t i = SL_INT_VAL(v);
        uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        x->sign = i < 0 ? -1 : i > 0;
        x->n = 0;
        while (u) {
            x->buf[x->n++] = (digit)(u & MASK);
            u >>= SHIFT;
        }
        x->d = x->buf;
    } else {
        const SlLong *o = (const SlLong *)SL_AS_OBJ(v);
        x->n = o->size < 0 ? -o->size : o->size;
        x->sign = o->size < 0 ? -1 : o->size > 0;
        x->d = long_digits(o);
        while (x->n > 0 && x->d[x->n - 1] == 0) x->n--; /* defensive */
        if (x->n == 0) x->sign = 0;
    }
}

/* ---- allocation and normalisation --------------------------------------- */

/* A new exact int with room for n digits (zeroed), size = n. */
static SlLong *long_alloc(SlVM *vm, int64_t n) {
    if (n < 0 || n > MAX_DIGITS) {
        sl_raise_nomemory(vm);
        return NULL;
    }
    size_t bytes = sizeof(SlLong) + (size_t)(n ? n : 1) * sizeof(digit);
    SlLong *r = (SlLong *)sl_obj_alloc(vm, &sl_int_type, bytes);
    if (!r) return NULL;
    r->size = n;
    return r;
}

/* Strip leading zeros, apply the sign, and return the value: tagged when
 * it is a small int (r is then freed), else r itself.  `keep_spare`: the
 * digits r was allocated with beyond the result's stay counted, as they
 * do in CPython (x_add, x_sub and x_mul never shrink their result).
 * Takes ownership of r. */
static SlValue long_finish_spare(SlVM *vm, SlLong *r, int sign, bool keep_spare) {
    int64_t cap = r->size < 0 ? -r->size : r->size;
    int64_t n = cap;
    digit *d = r->digits;
    while (n > 0 && d[n - 1] == 0) n--;
    if (n <= 1 && (n == 0 || (sign < 0 ? d[0] <= 5 : d[0] <= 256))) {
        int64_t v = n ? (int64_t)d[0] : 0;
        sl_decref(vm, SL_OBJ(r));
        return SL_FROM_INT(sign < 0 ? -v : v);
    }
    r->size = sign < 0 ? -n : n;
    if (keep_spare) {
        int64_t spare = cap - n;
        r->ob.flags16 |= (uint16_t)(spare < (int64_t)SL_LONG_EXTRA_MASK ? spare : SL_LONG_EXTRA_MASK);
    }
    sl_mm_born(vm, &r->ob);
    return SL_OBJ(r);
}

static SlValue long_finish(SlVM *vm, SlLong *r, int sign) { return long_finish_spare(vm, r, sign, false); }

/* Number of 30-bit digits of u */
static int64_t u64_ndigits(uint64_t u) {
    int64_t n = 0;
    for (; u; u >>= SHIFT) n++;
    return n;
}

/* An exact int object for i (not a small int) with `spare` digits more
 * allocated than it uses.  If memory runs out, i tagged (when it fits). */
static SlValue box_i64(SlVM *vm, int64_t i, int64_t spare) {
    uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    int64_t n = u < BASE ? 1 : u64_ndigits(u);
    size_t real = sizeof(SlLong) + (size_t)n * sizeof(digit);
    SlLong *r = (SlLong *)sl_obj_alloc_small(vm, &sl_int_type, real, real + 4 * (size_t)spare);
    if (!r) {
        if (!SL_INT_FITS(i)) return SL_NULL;
        sl_exc_clear(vm);   /* an exception pending before would have been replaced anyway */
        return SL_FROM_INT(i);
    }
    r->digits[0] = (digit)(u & MASK);
    for (int64_t k = 1; k < n; k++) r->digits[k] = (digit)((u >>= SHIFT) & MASK);
    r->size = i < 0 ? -n : n;
    r->ob.flags16 = (uint16_t)spare;
    sl_mm_born_int_sized(vm->sim, vm, &r->ob, sl_mm_int_size((size_t)n, (size_t)spare));
    return SL_OBJ(r);
}

/* PyLong_FromLong: 3.11+ gives a one-digit value a whole PyLongObject
 * (_PyLong_FromMedium); earlier versions and bigger values get exactly
 * their digits. */
SlValue sl_int_box(SlVM *vm, int64_t i) {
    bool medium = i > -(int64_t)BASE && i < (int64_t)BASE;
    return box_i64(vm, i, medium && vm->ver->mem.int_medium_whole ? 1 : 0);
}

SlValue sl_int_box_exact(SlVM *vm, int64_t i) { return box_i64(vm, i, 0); }

SlValue sl_int_arith(SlVM *vm, int op, int64_t x, int64_t y, int64_t z) {
    if (SL_SMALL_INT(z)) return SL_FROM_INT(z);
    uint64_t ux = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
    uint64_t uy = y < 0 ? (uint64_t)0 - (uint64_t)y : (uint64_t)y;
    if ((ux | uy) < BASE) return sl_int_box(vm, z);   /* the medium-value fast path */
    int64_t nx = u64_ndigits(ux), ny = u64_ndigits(uy);
    uint64_t uz = z < 0 ? (uint64_t)0 - (uint64_t)z : (uint64_t)z;
    int64_t nz = u64_ndigits(uz), cap;
    if (op == SL_NB_MUL) {
        cap = nx + ny;                                   /* x_mul */
    } else {
        bool same = (x < 0) == ((op == SL_NB_SUB ? -y : y) < 0);
        if (x == 0 || y == 0) return sl_int_box(vm, z);
        int64_t big = nx > ny ? nx : ny;
        cap = same ? big + 1 : big;                      /* x_add : x_sub */
    }
    int64_t spare = cap - nz;
    return box_i64(vm, z, spare < 0 ? 0 : spare);
}

static SlValue from_digits(SlVM *vm, const digit *d, int64_t n, int sign) {
    SlLong *r = long_alloc(vm, n);
    if (!r) return SL_NULL;
    if (n) memcpy(r->digits, d, (size_t)n * sizeof(digit));
    return long_finish(vm, r, sign);
}

static SlValue from_u64(SlVM *vm, uint64_t u, int sign) {
    if (u <= (uint64_t)INT64_MAX) return sl_int_new_exact(vm, sign < 0 ? -(int64_t)u : (int64_t)u);
    SlLong *r = long_alloc(vm, 3);
    if (!r) return SL_NULL;
    for (int i = 0; i < 3; i++) {
        r->digits[i] = (digit)(u & MASK);
        u >>= SHIFT;
    }
    return long_finish(vm, r, sign);
}

SlValue sl_int_from_i64(SlVM *vm, int64_t i) {
    if (SL_SMALL_INT(i)) return SL_FROM_INT(i);
    return box_i64(vm, i, 0);   /* SL_NULL only with MemoryError pending */
}

SlValue sl_int_from_u64(SlVM *vm, uint64_t u) { return from_u64(vm, u, 1); }

static SlValue num_value(SlVM *vm, const Num *x) { return from_digits(vm, x->d, x->n, x->sign); }

SlValue sl_int_exact(SlVM *vm, SlValue v) {
    if (SL_IS_INT(v)) return v;
    if (SL_AS_OBJ(v)->type == &sl_int_type) return sl_incref(v);
    Num x;
    num_of(v, &x);
    return num_value(vm, &x);
}

/* An instance of int subclass `type` with the value of the int-like v. */
static SlValue long_subtype_new(SlVM *vm, SlType *type, SlValue v) {
    Num x;
    num_of(v, &x);
    size_t bytes = type->basicsize + (size_t)(x.n ? x.n : 1) * sizeof(digit);
    if (x.n > MAX_DIGITS) return sl_raise_nomemory(vm);
    SlLong *r = (SlLong *)sl_obj_alloc(vm, type, bytes);
    if (!r) return SL_NULL;
    r->size = x.sign < 0 ? -x.n : x.n;
    if (x.n) memcpy(long_digits(r), x.d, (size_t)x.n * sizeof(digit));
    sl_mm_born(vm, &r->ob);
    return SL_OBJ(r);
}

/* ---- magnitude arithmetic on digit arrays -------------------------------- */

static int mag_cmp(const digit *a, int64_t na, const digit *b, int64_t nb) {
    if (na != nb) return na < nb ? -1 : 1;
    for (int64_t i = na; i-- > 0;)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}

/* r[0..na] = a + b with na >= nb (r may alias a) */
static void mag_add(const digit *a, int64_t na, const digit *b, int64_t nb, digit *r) {
    digit carry = 0;
    int64_t i;
    for (i = 0; i < nb; i++) {
        carry += a[i] + b[i];
        r[i] = carry & MASK;
        carry >>= SHIFT;
    }
    for (; i < na; i++) {
        carry += a[i];
        r[i] = carry & MASK;
        carry >>= SHIFT;
    }
    r[i] = carry;
}

/* r[0..na) = a - b with a >= b (r may alias a) */
static void mag_sub(const digit *a, int64_t na, const digit *b, int64_t nb, digit *r) {
    digit borrow = 0;
    int64_t i;
    for (i = 0; i < nb; i++) {
        borrow = a[i] - b[i] - borrow;
        r[i] = borrow & MASK;
        borrow = (borrow >> SHIFT) & 1;
    }
    for (; i < na; i++) {
        borrow = a[i] - borrow;
        r[i] = borrow & MASK;
        borrow = (borrow >> SHIFT) & 1;
    }
}

/* r[0..nr) += a[0..na), carries stay within r (caller guarantees room) */
static void mag_add_into(digit *r, int64_t nr, const digit *a, int64_t na) {
    digit carry = 0;
    int64_t i;
    for (i = 0; i < na; i++) {
        carry += r[i] + a[i];
        r[i] = carry & MASK;
        carry >>= SHIFT;
    }
    for (; carry && i < nr; i++) {
        carry += r[i];
        r[i] = carry & MASK;
        carry >>= SHIFT;
    }
}

/* r[0..nr) -= a[0..na), r >= a */
static void mag_sub_from(digit *r, int64_t nr, const digit *a, int64_t na) {
    digit borrow = 0;
    int64_t i;
    for (i = 0; i < na; i++) {
        borrow = r[i] - a[i] - borrow;
        r[i] = borrow & MASK;
        borrow = (borrow >> SHIFT) & 1;
    }
    for (; borrow && i < nr; i++) {
        borrow = r[i] - borrow;
        r[i] = borrow & MASK;
        borrow = (borrow >> SHIFT) & 1;
    }
}

static int64_t trim(const digit *d, int64_t n) {
    while (n > 0 && d[n - 1] == 0) n--;
    return n;
}

/* r[0..na+nb) += a * b (schoolbook) */
static void mag_mul_school(const digit *a, int64_t na, const digit *b, int64_t nb, digit *r) {
    for (int64_t i = 0; i < na; i++) {
        twodigits f = a[i], carry = 0;
        if (!f) continue;
        digit *pr = r + i;
        for (int64_t j = 0; j < nb; j++) {
            carry += pr[j] + f * b[j];
            pr[j] = (digit)(carry & MASK);
            carry >>= SHIFT;
        }
        for (int64_t k = nb; carry; k++) {
            carry += pr[k];
            pr[k] = (digit)(carry & MASK);
            carry >>= SHIFT;
        }
    }
}

static bool k_mul(SlVM *vm, const digit *a, int64_t na, const digit *b, int64_t nb, digit *r);

/* b much longer than a: multiply a by slices of b of a's size */
static bool k_lopsided(SlVM *vm, const digit *a, int64_t na, const digit *b, int64_t nb,
                       digit *r) {
    size_t tsize = (size_t)(2 * na) * sizeof(digit);
    digit *t = sl_mem_alloc(vm, tsize);
    if (!t) return false;
    for (int64_t off = 0; off < nb; off += na) {
        int64_t chunk = nb - off < na ? nb - off : na;
        memset(t, 0, (size_t)(na + chunk) * sizeof(digit));
        if (!k_mul(vm, a, na, b + off, chunk, t)) {
            sl_mem_free(vm, t, tsize);
            return false;
        }
        mag_add_into(r + off, na + nb - off, t, na + chunk);
    }
    sl_mem_free(vm, t, tsize);
    return true;
}

/* r[0..na+nb) = a * b, r zeroed on entry and not aliasing a or b. */
static bool k_mul(SlVM *vm, const digit *a, int64_t na, const digit *b, int64_t nb, digit *r) {
    if (na > nb) {
        const digit *t = a;
        a = b;
        b = t;
        int64_t tn = na;
        na = nb;
        nb = tn;
    }
    if (na < KARATSUBA_CUTOFF) {
        mag_mul_school(a, na, b, nb, r);
        return true;
    }
    if (2 * na <= nb) return k_lopsided(vm, a, na, b, nb, r);
    int64_t s = nb / 2; /* split point; na > s */
    const digit *al = a, *ah = a + s, *bl = b, *bh = b + s;
    int64_t nal = trim(al, s), nah = na - s, nbl = trim(bl, s), nbh = nb - s;
    /* high * high into r[2s..), low * low into r[0..2s) */
    if (!k_mul(vm, ah, nah, bh, nbh, r + 2 * s)) return false;
    if (nal && nbl && !k_mul(vm, al, nal, bl, nbl, r)) return false;
    /* (ah + al) * (bh + bl) - hh - ll, added at offset s */
    int64_t nsa = (nah > nal ? nah : nal) + 1, nsb = (nbh > nbl ? nbh : nbl) + 1;
    int64_t nt = nsa + nsb;
    size_t bytes = (size_t)(nsa + nsb + nt) * sizeof(digit);
    digit *buf = sl_mem_alloc(vm, bytes);
    if (!buf) return false;
    memset(buf, 0, bytes);
    digit *sa = buf, *sb = buf + nsa, *t = buf + nsa + nsb;
    if (nah >= nal) mag_add(ah, nah, al, nal, sa);
    else mag_add(al, nal, ah, nah, sa);
    if (nbh >= nbl) mag_add(bh, nbh, bl, nbl, sb);
    else mag_add(bl, nbl, bh, nbh, sb);
    int64_t nsa2 = trim(sa, nsa), nsb2 = trim(sb, nsb);
    if (!k_mul(vm, sa, nsa2, sb, nsb2, t)) {
        sl_mem_free(vm, buf, bytes);
        return false;
    }
    mag_sub_from(t, nt, r + 2 * s, trim(r + 2 * s, nah + nbh));
    mag_sub_from(t, nt, r, trim(r, 2 * s));
    mag_add_into(r + s, na + nb - s, t, trim(t, nt));
    sl_mem_free(vm, buf, bytes);
    return true;
}

/* q[0..n) = a / d, returns a % d (q may alias a) */
static digit mag_divrem1(const digit *a, int64_t n, digit d, digit *q) {
    twodigits rem = 0;
    for (int64_t i = n; i-- > 0;) {
        rem = (rem << SHIFT) | a[i];
        digit hi = (digit)(rem / d);
        q[i] = hi;
        rem -= (twodigits)hi * d;
    }
    return (digit)rem;
}

static digit v_lshift(digit *z, const digit *a, int64_t m, int d) {
    digit carry = 0;
    for (int64_t i = 0; i < m; i++) {
        twodigits acc = ((twodigits)a[i] << d) | carry;
        z[i] = (digit)acc & MASK;
        carry = (digit)(acc >> SHIFT);
    }
    return carry;
}

static digit v_rshift(digit *z, const digit *a, int64_t m, int d) {
    digit carry = 0;
    digit mask = ((digit)1 << d) - 1U;
    for (int64_t i = m; i-- > 0;) {
        twodigits acc = ((twodigits)carry << SHIFT) | a[i];
        carry = (digit)acc & mask;
        z[i] = (digit)(acc >> d);
    }
    return carry;
}

/* Knuth's algorithm D (CPython's x_divrem): a / b with na >= nb >= 2.
 * q gets na - nb + 1 digits, rem gets nb digits. */
static bool mag_divrem(SlVM *vm, const digit *a, int64_t na, const digit *b, int64_t nb,
                       digit *q, digit *rem) {
    size_t bytes = (size_t)(na + 1 + nb) * sizeof(digit);
    digit *v = sl_mem_alloc(vm, bytes);
    if (!v) return false;
    digit *w = v + na + 1;
    int d = SHIFT - bitlen_digit(b[nb - 1]);
    v_lshift(w, b, nb, d);
    digit carry = v_lshift(v, a, na, d);
    int64_t size_v = na;
    if (carry != 0 || v[na - 1] >= w[nb - 1]) {
        v[na] = carry;
        size_v++;
    }
    int64_t k = size_v - nb;
    memset(q, 0, (size_t)(na - nb + 1) * sizeof(digit));
    digit wm1 = w[nb - 1], wm2 = w[nb - 2];
    for (int64_t j = k; j-- > 0;) {
        digit *vk = v + j;
        digit vtop = vk[nb];
        twodigits vv = ((twodigits)vtop << SHIFT) | vk[nb - 1];
        digit qd = (digit)(vv / wm1);
        digit r = (digit)(vv - (twodigits)wm1 * qd);
        while ((twodigits)wm2 * qd > (((twodigits)r << SHIFT) | vk[nb - 2])) {
            --qd;
            r += wm1;
            if (r >= BASE) break;
        }
        stwodigits zhi = 0;
        for (int64_t i = 0; i < nb; i++) {
            stwodigits z = (stwodigits)vk[i] + zhi - (stwodigits)qd * (stwodigits)w[i];
            vk[i] = (digit)z & MASK;
            zhi = z >> SHIFT; /* arithmetic shift (GCC, Clang) */
        }
        if ((stwodigits)vtop + zhi < 0) {
            digit c = 0;
            for (int64_t i = 0; i < nb; i++) {
                c += vk[i] + w[i];
                vk[i] = c & MASK;
                c >>= SHIFT;
            }
            --qd;
        }
        q[j] = qd;
    }
    v_rshift(rem, v, nb, d);
    sl_mem_free(vm, v, bytes);
    return true;
}

/* ---- signed operations on Num ------------------------------------------- */

/* a + sign*b where bsign overrides b's sign (for subtraction) */
static SlValue num_addsub(SlVM *vm, const Num *a, const Num *b, int bsign) {
    if (a->sign == 0) return from_digits(vm, b->d, b->n, bsign);
    if (bsign == 0) return num_value(vm, a);
    if (a->sign == bsign) {
        const Num *x = a, *y = b;
        if (x->n < y->n) {
            x = b;
            y = a;
        }
        SlLong *r = long_alloc(vm, x->n + 1);
        if (!r) return SL_NULL;
        mag_add(x->d, x->n, y->d, y->n, r->digits);
        return long_finish_spare(vm, r, a->sign, true);
    }
    int c = mag_cmp(a->d, a->n, b->d, b->n);
    if (c == 0) return SL_FROM_INT(0);
    const Num *x = c > 0 ? a : b, *y = c > 0 ? b : a;
    SlLong *r = long_alloc(vm, x->n);
    if (!r) return SL_NULL;
    mag_sub(x->d, x->n, y->d, y->n, r->digits);
    return long_finish_spare(vm, r, c > 0 ? a->sign : bsign, true);
}

static SlValue num_mul(SlVM *vm, const Num *a, const Num *b) {
    if (a->sign == 0 || b->sign == 0) return SL_FROM_INT(0);
    SlLong *r = long_alloc(vm, a->n + b->n);
    if (!r) return SL_NULL;
    if (!k_mul(vm, a->d, a->n, b->d, b->n, r->digits)) {
        sl_decref(vm, SL_OBJ(r));
        return SL_NULL;
    }
    return long_finish_spare(vm, r, a->sign * b->sign, true);
}

/* Floor division and modulo (b != 0).  qout / rout may be NULL. */
static bool num_divmod(SlVM *vm, const Num *a, const Num *b, SlValue *qout, SlValue *rout) {
    SlLong *q = NULL, *r = NULL;
    int64_t nq;
    if (mag_cmp(a->d, a->n, b->d, b->n) < 0) {
        /* |a| < |b|: q = 0 (or -1), r = a (or a + b) */
        q = long_alloc(vm, 1);
        r = long_alloc(vm, b->n + 1);
        if (!q || !r) goto fail;
        if (a->n) memcpy(r->digits, a->d, (size_t)a->n * sizeof(digit));
        nq = 1;
    } else if (b->n == 1) {
        nq = a->n + 1;
        q = long_alloc(vm, nq);
        r = long_alloc(vm, 2);
        if (!q || !r) goto fail;
        r->digits[0] = mag_divrem1(a->d, a->n, b->d[0], q->digits);
    } else {
        nq = a->n - b->n + 2;
        q = long_alloc(vm, nq);
        r = long_alloc(vm, b->n + 1);
        if (!q || !r) goto fail;
        if (!mag_divrem(vm, a->d, a->n, b->d, b->n, q->digits, r->digits)) goto fail;
    }
    int qsign = a->sign * b->sign, rsign = a->sign;
    int64_t nr = trim(r->digits, r->size);
    if (nr && a->sign != b->sign) {
        /* floor: q = -(|q| + 1), r = sign(b) * (|b| - |r|) */
        digit one = 1;
        mag_add_into(q->digits, nq, &one, 1);
        mag_sub(b->d, b->n, r->digits, nr, r->digits);
        rsign = b->sign;
    }
    if (qout) {
        *qout = long_finish(vm, q, qsign);
        q = NULL;
    }
    if (rout) {
        *rout = long_finish(vm, r, rsign);
        r = NULL;
    }
    if (q) sl_decref(vm, SL_OBJ(q));
    if (r) sl_decref(vm, SL_OBJ(r));
    return true;
fail:
    if (q) sl_decref(vm, SL_OBJ(q));
    if (r) sl_decref(vm, SL_OBJ(r));
    return false;
}

static int64_t num_bit_length(const Num *x) {
    if (x->n == 0) return 0;
    return (x->n - 1) * SHIFT + bitlen_digit(x->d[x->n - 1]);
}

/* ---- value-level helpers used by the operators ------------------------- */

static bool both_int(SlValue a, SlValue b) {
    return SL_IS_INTLIKE(a) && SL_IS_INTLIKE(b);
}

static SlValue i_add(SlVM *vm, SlValue a, SlValue b) {
    int64_t p, q;
    if (sl_int_fast(a, &p) && sl_int_fast(b, &q)) return sl_int_arith(vm, SL_NB_ADD, p, q, p + q);
    Num x, y;
    num_of(a, &x);
    num_of(b, &y);
    return num_addsub(vm, &x, &y, y.sign);
}

static SlValue i_sub(SlVM *vm, SlValue a, SlValue b) {
    int64_t p, q;
    if (sl_int_fast(a, &p) && sl_int_fast(b, &q)) return sl_int_arith(vm, SL_NB_SUB, p, q, p - q);
    Num x, y;
    num_of(a, &x);
    num_of(b, &y);
    return num_addsub(vm, &x, &y, -y.sign);
}

static SlValue i_mul(SlVM *vm, SlValue a, SlValue b) {
    int64_t p, q, z;
    if (sl_int_fast(a, &p) && sl_int_fast(b, &q) && !__builtin_mul_overflow(p, q, &z))
        return sl_int_arith(vm, SL_NB_MUL, p, q, z);
    Num x, y;
    num_of(a, &x);
    num_of(b, &y);
    return num_mul(vm, &x, &y);
}

/* floor divmod of int-likes, b != 0 */
static bool i_divmod(SlVM *vm, SlValue a, SlValue b, SlValue *q, SlValue *r) {
    int64_t x, y;
    if (sl_int_fast(a, &x) && sl_int_fast(b, &y)) {
        int64_t qq = x / y, rr = x % y;
        if (rr && ((rr < 0) != (y < 0))) {
            rr += y;
            qq -= 1;
        }
        if (q) *q = sl_int_new(vm, qq);   /* |x|, |y| < 2**60: these fit a tag */
        if (r) *r = sl_int_new(vm, rr);
        return true;
    }
    Num nx, ny;
    num_of(a, &nx);
    num_of(b, &ny);
    return num_divmod(vm, &nx, &ny, q, r);
}

static SlValue i_neg(SlVM *vm, SlValue a) {
    int64_t x;
    if (sl_int_fast(a, &x)) return sl_int_new(vm, -x);
    Num n;
    num_of(a, &n);
    return from_digits(vm, n.d, n.n, -n.sign);
}

static bool is_zero(SlValue v) {
    if (SL_IS_INT(v)) return SL_INT_VAL(v) == 0;
    return ((SlLong *)SL_AS_OBJ(v))->size == 0;
}

int sl_int_sign(SlValue v) {
    if (SL_IS_INT(v)) {
        int64_t i = SL_INT_VAL(v);
        return i < 0 ? -1 : i > 0;
    }
    int64_t s = ((SlLong *)SL_AS_OBJ(v))->size;
    return s < 0 ? -1 : s > 0;
}

int sl_int_compare(SlValue a, SlValue b) {
    if (SL_IS_INT(a) && SL_IS_INT(b)) {
        int64_t x = SL_INT_VAL(a), y = SL_INT_VAL(b);
        return x < y ? -1 : x > y;
    }
    Num x, y;
    num_of(a, &x);
    num_of(b, &y);
    if (x.sign != y.sign) return x.sign < y.sign ? -1 : 1;
    int c = mag_cmp(x.d, x.n, y.d, y.n);
    return x.sign < 0 ? -c : c;
}

int64_t sl_int_ndigits(SlValue v) {
    Num x;
    num_of(v, &x);
    return x.n;
}

int64_t sl_int_bit_length(SlValue v) {
    Num x;
    num_of(v, &x);
    return num_bit_length(&x);
}

/* ---- conversions ---------------------------------------------------------- */

bool sl_int_as_i64(SlVM *vm, SlValue v, int64_t *out) {
    if (SL_IS_INT(v)) {
        *out = SL_INT_VAL(v);
        return true;
    }
    Num x;
    num_of(v, &x);
    if (num_bit_length(&x) <= 64) {
        uint64_t u = 0;
        for (int64_t i = x.n; i-- > 0;) u = (u << SHIFT) | x.d[i];
        if (x.sign >= 0 && u <= (uint64_t)INT64_MAX) {
            *out = (int64_t)u;
            return true;
        }
        if (x.sign < 0 && u <= (uint64_t)INT64_MAX + 1) {
            *out = u == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)u;
            return true;
        }
    }
    sl_raise(vm, SL_OverflowError, "Python int too large to convert to C ssize_t");
    return false;
}

/* Correctly rounded (half to even) conversion; false if too large. */
static bool num_to_double(const Num *x, double *out) {
    int64_t nbits = num_bit_length(x);
    if (nbits <= DBL_MANT_DIG) {
        double d = 0.0;
        for (int64_t i = x->n; i-- > 0;) d = d * (double)BASE + x->d[i];
        *out = x->sign < 0 ? -d : d;
        return true;
    }
    if (nbits > DBL_MAX_EXP) return false;
    /* take the top 54 bits (53 + a rounding bit) plus a sticky bit */
    int64_t shift = nbits - (DBL_MANT_DIG + 1);
    int64_t wshift = shift / SHIFT;
    int bshift = (int)(shift % SHIFT);
    bool sticky = false;
    for (int64_t i = 0; i < wshift; i++)
        if (x->d[i]) {
            sticky = true;
            break;
        }
    if (x->d[wshift] & (((digit)1 << bshift) - 1U)) sticky = true;
    /* gather bits from digit wshift upwards */
    uint64_t m = 0;
    int got = 0;
    for (int64_t i = wshift; i < x->n && got < 64 + SHIFT; i++) {
        uint64_t dv = x->d[i];
        if (i == wshift) {
            dv >>= bshift;
            m |= dv;
            got = SHIFT - bshift;
        } else {
            if (got < 64) m |= dv << got;
            got += SHIFT;
        }
    }
    m &= ((uint64_t)1 << (DBL_MANT_DIG + 1)) - 1;
    /* m has 54 bits; round its lowest bit away, half to even */
    uint64_t half = m & 1;
    m >>= 1;
    if (half && (sticky || (m & 1))) m++;
    double d = ldexp((double)m, (int)(shift + 1));
    if (isinf(d)) return false;
    *out = x->sign < 0 ? -d : d;
    return true;
}

bool sl_int_as_double(SlVM *vm, SlValue v, double *out) {
    if (SL_IS_INT(v)) {
        int64_t i = SL_INT_VAL(v);
        if (i > -((int64_t)1 << 53) && i < ((int64_t)1 << 53)) {
            *out = (double)i;
            return true;
        }
    }
    Num x;
    num_of(v, &x);
    if (!num_to_double(&x, out)) {
        sl_raise(vm, SL_OverflowError, "int too large to convert to float");
        return false;
    }
    return true;
}

SlValue sl_int_from_double(SlVM *vm, double d) {
    if (isinf(d)) return sl_raise(vm, SL_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d)) return sl_raise(vm, SL_ValueError, "cannot convert float NaN to integer");
    d = trunc(d);
    if (fabs(d) < 2305843009213693952.0) /* 2**61: PyLong_FromLong */
        return sl_int_new(vm, (int64_t)d);
    int sign = d < 0 ? -1 : 1;
    if (d < 0) d = -d;
    int expo;
    double frac = frexp(d, &expo);
    int64_t ndig = (expo - 1) / SHIFT + 1;
    SlLong *r = long_alloc(vm, ndig);
    if (!r) return SL_NULL;
    frac = ldexp(frac, (expo - 1) % SHIFT + 1);
    for (int64_t i = ndig; i-- > 0;) {
        digit bits = (digit)frac;
        r->digits[i] = bits;
        frac = frac - (double)bits;
        frac = ldexp(frac, SHIFT);
    }
    return long_finish(vm, r, sign);
}

/* ---- hash ------------------------------------------------------------------- */

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

int64_t sl_int_hash(SlValue v) {
    int64_t i;
    if (sl_int_fast(v, &i)) {
        uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        if (u >= HASH_MODULUS) u -= HASH_MODULUS;
        int64_t h = i < 0 ? -(int64_t)u : (int64_t)u;
        return h == -1 ? -2 : h;
    }
    Num x;
    num_of(v, &x);
    uint64_t h = 0;
    for (int64_t i = x.n; i-- > 0;) {
        h = ((h << SHIFT) & HASH_MODULUS) | (h >> (HASH_BITS - SHIFT));
        h += x.d[i];
        if (h >= HASH_MODULUS) h -= HASH_MODULUS;
    }
    int64_t r = x.sign < 0 ? -(int64_t)h : (int64_t)h;
    return r == -1 ? -2 : r;
}

/* ---- int -> str ---------------------------------------------------------------- */

static const char digit_chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* The decimal digits of |v|, at the end of tmp[24]: the hot path of
 * str(), %d and format() for ints that fit a word (no snprintf, no bignum
 * buffer), and each 9-digit group of a big one. */
static size_t small_to_dec(int64_t v, char tmp[24]) {
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    size_t k = 24;
    do {
        tmp[--k] = (char)('0' + m % 10);
        m /= 10;
    } while (m);
    return k;
}

/* Append the magnitude's digits in `base` (2, 8, 10, 16; lower case) to
 * out.  Raises the 4300-digit ValueError for base 10. */
static bool mag_to_buf(SlVM *vm, const Num *x, int base, bool upper, SlBuf *out) {
    const char *chars = upper ? "0123456789ABCDEF" : digit_chars;
    if (x->n == 0) {
        sl_buf_addc(out, '0');
        return true;
    }
    if (base == 10) {
        int64_t limit = max_str_digits(vm);
        /* CPython's quick check before doing any work */
        if (limit > 0 && x->n >= 10 * limit / (3 * SHIFT) + 2) {
            sl_raise(vm, SL_ValueError, MSG_TO_STR_LIMIT, (long long)limit, LIMIT_UNIT(vm));
            return false;
        }
        /* convert to base 10**9, most significant input digit first */
        const twodigits DEC_BASE = 1000000000u;
        int64_t cap = 1 + x->n * SHIFT / (3 * 9) + 1;
        size_t bytes = (size_t)cap * sizeof(digit);
        digit *pout = sl_mem_alloc(vm, bytes);
        if (!pout) return false;
        int64_t size = 0;
        for (int64_t i = x->n; i-- > 0;) {
            digit hi = x->d[i];
            for (int64_t j = 0; j < size; j++) {
                twodigits z = ((twodigits)pout[j] << SHIFT) | hi;
                hi = (digit)(z / DEC_BASE);
                pout[j] = (digit)(z - (twodigits)hi * DEC_BASE);
            }
            while (hi) {
                pout[size++] = hi % DEC_BASE;
                hi /= DEC_BASE;
            }
        }
        if (size == 0) pout[size++] = 0;
        /* number of decimal digits */
        int64_t ndec = (size - 1) * 9;
        for (digit t = pout[size - 1]; t; t /= 10) ndec++;
        if (pout[size - 1] == 0) ndec++;
        if (limit > 0 && ndec > limit) {
            sl_mem_free(vm, pout, bytes);
            sl_raise(vm, SL_ValueError, MSG_TO_STR_LIMIT, (long long)limit, LIMIT_UNIT(vm));
            return false;
        }
        char tmp[24];
        size_t k = small_to_dec(pout[size - 1], tmp);
        sl_buf_add(out, tmp + k, 24 - k);
        for (int64_t j = size - 1; j-- > 0;) {   /* nine digits each, zero-padded */
            digit w = pout[j];
            for (int c = 8; c >= 0; c--, w /= 10) tmp[c] = (char)('0' + w % 10);
            sl_buf_add(out, tmp, 9);
        }
        sl_mem_free(vm, pout, bytes);
        return true;
    }
    int bits = base == 2 ? 1 : base == 8 ? 3 : base == 16 ? 4 : 5; /* 32 */
    int64_t nbits = num_bit_length(x);
    int64_t nchars = (nbits + bits - 1) / bits;
    char *s = sl_mem_alloc(vm, (size_t)nchars);
    if (!s) return false;
    int64_t pos = nchars;
    twodigits acc = 0;
    int accbits = 0;
    for (int64_t i = 0; i < x->n; i++) {
        acc |= (twodigits)x->d[i] << accbits;
        accbits += SHIFT;
        while (accbits >= bits && pos > 0) {
            s[--pos] = chars[acc & (twodigits)(base - 1)];
            acc >>= bits;
            accbits -= bits;
        }
    }
    while (pos > 0) {
        s[--pos] = chars[acc & (twodigits)(base - 1)];
        acc >>= bits;
    }
    sl_buf_add(out, s, (size_t)nchars);
    sl_mem_free(vm, s, (size_t)nchars);
    return true;
}

bool sl_int_digits_to_buf(SlVM *vm, SlValue v, int base, bool upper, SlBuf *out) {
    int64_t i;
    if (base == 10 && sl_int_fast(v, &i)) {
        char tmp[24];
        size_t k = small_to_dec(i, tmp);
        sl_buf_add(out, tmp + k, 24 - k);
        return true;
    }
    Num x;
    num_of(v, &x);
    return mag_to_buf(vm, &x, base, upper, out);
}

SlValue sl_int_to_str(SlVM *vm, SlValue v, int base) {
    int64_t i;
    if (base == 10 && sl_int_fast(v, &i)) {
        char tmp[24];
        size_t k = small_to_dec(i, tmp);
        if (i < 0) tmp[--k] = '-';
        return sl_str_new(vm, tmp + k, 24 - k);
    }
    Num x;
    num_of(v, &x);
    SlBuf b;
    sl_buf_init(&b);
    if (x.sign < 0) sl_buf_addc(&b, '-');
    if (base == 2) sl_buf_add(&b, "0b", 2);
    else if (base == 8) sl_buf_add(&b, "0o", 2);
    else if (base == 16) sl_buf_add(&b, "0x", 2);
    if (!mag_to_buf(vm, &x, base, false, &b)) {
        sl_buf_free(&b);
        return SL_NULL;
    }
    return sl_buf_finish(vm, &b);
}

/* ---- str -> int --------------------------------------------------------------- */

static int char_digit(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static bool is_ascii_space(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

/* Parse ASCII text (no underscores errors reported): returns the value,
 * SL_NOTIMPL for "invalid literal", SL_NULL after raising (limit, memory). */
static SlValue parse_int(SlVM *vm, const char *s, size_t len, int base) {
    const char *p = s, *end = s + len;
    while (p < end && is_ascii_space((unsigned char)*p)) p++;
    int sign = 1;
    if (p < end && (*p == '+' || *p == '-')) {
        if (*p == '-') sign = -1;
        p++;
    }
    bool zero_only = false;   /* base 0 with a leading 0: only zeros allowed */
    bool after_prefix = false;
    if (base == 0) {
        if (p < end && *p == '0' && p + 1 < end &&
            (p[1] == 'x' || p[1] == 'X' || p[1] == 'o' || p[1] == 'O' || p[1] == 'b' ||
             p[1] == 'B')) {
            base = (p[1] == 'x' || p[1] == 'X') ? 16 : (p[1] == 'o' || p[1] == 'O') ? 8 : 2;
            p += 2;
            after_prefix = true;
        } else {
            if (p < end && *p == '0') zero_only = true;
            base = 10;
        }
    } else if (p + 1 < end && *p == '0' &&
               ((base == 16 && (p[1] == 'x' || p[1] == 'X')) ||
                (base == 8 && (p[1] == 'o' || p[1] == 'O')) ||
                (base == 2 && (p[1] == 'b' || p[1] == 'B')))) {
        p += 2;
        after_prefix = true;
    }
    if (after_prefix && p < end && *p == '_') p++; /* one underscore allowed after a prefix */
    /* scan digits with single underscores between them */
    const char *start = p;
    int64_t ndigits = 0;
    bool prev_us = false;
    while (p < end) {
        if (*p == '_') {
            if (prev_us || p == start) return SL_NOTIMPL;
            prev_us = true;
            p++;
            continue;
        }
        if (char_digit((unsigned char)*p) >= base) break;
        prev_us = false;
        ndigits++;
        p++;
    }
    if (ndigits == 0 || prev_us) return SL_NOTIMPL;
    const char *digits_end = p;
    bool pow2 = (base & (base - 1)) == 0;
    if (!pow2) {
        int64_t limit = max_str_digits(vm);
        if (limit > 0 && ndigits > limit) {
            sl_raise(vm, SL_ValueError, MSG_TO_INT_LIMIT, (long long)limit, LIMIT_UNIT(vm), (long long)ndigits);
            return SL_NULL;
        }
    }
    while (p < end && is_ascii_space((unsigned char)*p)) p++;
    if (p != end) return SL_NOTIMPL;
    if (zero_only) {
        for (const char *q = start; q < digits_end; q++)
            if (*q != '0' && *q != '_') return SL_NOTIMPL;
    }
    /* small values: accumulate in 64 bits */
    if (ndigits <= 12 || (base <= 10 && ndigits <= 18)) {
        uint64_t u = 0;
        for (const char *q = start; q < digits_end; q++)
            if (*q != '_') u = u * (uint64_t)base + (uint64_t)char_digit((unsigned char)*q);
        return from_u64(vm, u, sign);
    }
    if (pow2) {
        int bits = 0;
        while ((1 << bits) < base) bits++;
        int64_t nd = (ndigits * bits + SHIFT - 1) / SHIFT;
        SlLong *r = long_alloc(vm, nd);
        if (!r) return SL_NULL;
        twodigits acc = 0;
        int accbits = 0;
        int64_t pos = 0;
        for (const char *q = digits_end; q-- > start;) {
            if (*q == '_') continue;
            acc |= (twodigits)char_digit((unsigned char)*q) << accbits;
            accbits += bits;
            if (accbits >= SHIFT) {
                r->digits[pos++] = (digit)(acc & MASK);
                acc >>= SHIFT;
                accbits -= SHIFT;
            }
        }
        if (accbits) r->digits[pos++] = (digit)acc;
        return long_finish(vm, r, sign);
    }
    /* other bases: multiply-add in chunks whose base power fits a digit */
    twodigits convmax = base;
    int chunk = 1;
    while (convmax * (twodigits)base <= BASE) {
        convmax *= (twodigits)base;
        chunk++;
    }
    double log_base_2 = log2((double)base);
    int64_t nd = (int64_t)((double)ndigits * log_base_2 / SHIFT) + 2;
    SlLong *r = long_alloc(vm, nd);
    if (!r) return SL_NULL;
    digit *d = r->digits;
    int64_t size = 0;
    const char *q = start;
    while (q < digits_end) {
        twodigits c = 0, mult = 1;
        int k = 0;
        while (q < digits_end && k < chunk) {
            if (*q != '_') {
                c = c * (twodigits)base + (twodigits)char_digit((unsigned char)*q);
                mult *= (twodigits)base;
                k++;
            }
            q++;
        }
        /* d = d * mult + c */
        twodigits carry = c;
        for (int64_t i = 0; i < size; i++) {
            carry += (twodigits)d[i] * mult;
            d[i] = (digit)(carry & MASK);
            carry >>= SHIFT;
        }
        while (carry) {
            d[size++] = (digit)(carry & MASK);
            carry >>= SHIFT;
        }
    }
    r->size = nd;
    return long_finish(vm, r, sign);
}

/* Unicode decimal digits: the zeros of every run of 10 (category Nd,
 * Unicode 15.1 as in CPython 3.13) */
static const uint32_t unicode_zeros[] = {
    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,   0xc66,
    0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,  0x1810,
    0x1946,  0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,  0xa8d0,
    0xa900,  0xa9d0,  0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0,
    0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950,
    0x11c50, 0x11d50, 0x11da0, 0x11f50, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2,
    0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e950, 0x1fbf0};

int sl_unicode_decimal(uint32_t cp) {
    if (cp >= '0' && cp <= '9') return (int)(cp - '0');
    if (cp < 0x660) return -1;
    size_t lo = 0, hi = sizeof unicode_zeros / sizeof unicode_zeros[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (unicode_zeros[mid] <= cp) lo = mid + 1;
        else hi = mid;
    }
    if (lo == 0) return -1;
    uint32_t z = unicode_zeros[lo - 1];
    return cp - z < 10 ? (int)(cp - z) : -1;
}

bool sl_unicode_isspace(uint32_t cp) {
    if (cp < 128) return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x1f);
    switch (cp) {
    case 0x85: case 0xa0: case 0x1680: case 0x2028: case 0x2029: case 0x202f: case 0x205f:
    case 0x3000:
        return true;
    default:
        return cp >= 0x2000 && cp <= 0x200a;
    }
}

/* CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: non-ASCII decimal
 * digits become ASCII digits, non-ASCII spaces become ' ', anything else
 * non-ASCII ends the text with '?' (which no parser accepts).  Returns a
 * buffer from sl_mem_alloc (size *outlen + 1) or NULL after raising. */
char *sl_unicode_to_ascii_number(SlVM *vm, const char *s, size_t len, size_t *outlen) {
    char *out = sl_mem_alloc(vm, len + 1);
    if (!out) return NULL;
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 128) {
            out[o++] = (char)c;
            i++;
            continue;
        }
        uint32_t cp;
        int k = sl_utf8_decode(s + i, &cp);
        i += (size_t)(k > 0 ? k : 1);
        int dv = sl_unicode_decimal(cp);
        if (dv >= 0) out[o++] = (char)('0' + dv);
        else if (sl_unicode_isspace(cp)) out[o++] = ' ';
        else {
            out[o++] = '?';
            break;
        }
    }
    out[o] = 0;
    *outlen = o;
    return out;
}

static bool has_non_ascii(const char *s, size_t len) {
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] >= 128) return true;
    return false;
}

/* "invalid literal for int() with base 10: %.200R" of the original object */
static SlValue invalid_literal(SlVM *vm, SlValue orig, const char *s, size_t len, int base) {
    SlValue r;
    if (orig) {
        r = sl_repr(vm, orig);
    } else {
        SlValue tmp = sl_str_new(vm, s, len);
        if (!tmp) return SL_NULL;
        r = sl_repr(vm, tmp);
        sl_decref(vm, tmp);
    }
    if (!r) return SL_NULL;
    /* %.200R: the repr cut to 200 code points */
    const char *rs = SL_STR_DATA(r);
    size_t cut = 0, cps = 0;
    while (cut < SL_STR_SIZE(r) && cps < 200) {
        unsigned char c = (unsigned char)rs[cut];
        cut += c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
        cps++;
    }
    if (cut < SL_STR_SIZE(r)) {
        SlValue t = sl_str_new(vm, rs, cut);
        sl_decref(vm, r);
        if (!t) return SL_NULL;
        r = t;
    }
    sl_raise(vm, SL_ValueError, "invalid literal for int() with base %d: %s", base, SL_STR_DATA(r));
    sl_decref(vm, r);
    return SL_NULL;
}

static SlValue int_from_text(SlVM *vm, const char *s, size_t len, int base, SlValue orig,
                             bool unicode) {
    SlValue r;
    if (unicode && has_non_ascii(s, len)) {
        size_t alen;
        char *a = sl_unicode_to_ascii_number(vm, s, len, &alen);
        if (!a) return SL_NULL;
        r = parse_int(vm, a, alen, base);
        sl_mem_free(vm, a, len + 1);
    } else {
        if (memchr(s, 0, len)) return invalid_literal(vm, orig, s, len, base);
        r = parse_int(vm, s, len, base);
    }
    if (r == SL_NOTIMPL) return invalid_literal(vm, orig, s, len, base);
    return r;
}

SlValue sl_int_from_str(SlVM *vm, const char *s, size_t len, int base) {
    return int_from_text(vm, s, len, base, SL_NULL, true);
}

/* ---- the number protocol ------------------------------------------------- */

#define CHECK_BINOP(a, b)                                                                          \
    do {                                                                                           \
        if (!both_int((a), (b))) return SL_NOTIMPL;                                                \
    } while (0)

static SlValue int_add(SlVM *vm, SlValue a, SlValue b) {
    CHECK_BINOP(a, b);
    return i_add(vm, a, b);
}

static SlValue int_sub(SlVM *vm, SlValue a, SlValue b) {
    CHECK_BINOP(a, b);
    return i_sub(vm, a, b);
}

static SlValue int_mul(SlVM *vm, SlValue a, SlValue b) {
    CHECK_BINOP(a, b);
    return i_mul(vm, a, b);
}

static SlValue int_floordiv(SlVM *vm, SlValue a, SlValue b) {
    CHECK_BINOP(a, b);
    if (is_zero(b))
        return sl_raise(vm, SL_ZeroDivisionError, "integer division or modulo by zero");
    SlValue q;
    if (!i_divmod(vm, a, b, &q, NULL)) return SL_NULL;
    return q;
}

static SlValue int_mod(SlVM *vm, SlValue a, SlValue b) {
    CHECK_BINOP(a, b);
    /* 3.8-3.10: "integer division or modulo by zero" */
    if (is_zero(b)) return sl_raise(vm, SL_ZeroDivisionError, "integer modulo by zero");
    SlValue r;
    if (!i_divmod(vm, a, b, NULL, &r)) return SL_NULL;
    return r;
}

SlValue sl_int_divmod(SlVM *vm, SlValue a, SlValue b) {
    if (!both_int(a, b)) return SL_NOTIMPL;
    if (is_zero(b))
        return sl_raise(vm, SL_ZeroDivisionError, "integer division or modulo by zero");
    SlValue q, r;
    if (!i_divmod(vm, a, b, &q, &r)) return SL_NULL;
    SlValue t = sl_tuple_new(vm, 2);
    if (!t) {
        sl_decref(vm, q);
        sl_decref(vm, r);
        return SL_NULL;
    }
    SL_TUPLE_ITEMS(t)[0] = q;
    SL_TUPLE_ITEMS(t)[1] = r;
    return t;
}

/* CPython's long_true_divide: correctly rounded a / b. */
static SlValue int_truediv(SlVM *vm, SlValue a, SlValue b) {
    CHECK_BINOP(a, b);
    if (is_zero(b)) return sl_raise(vm, SL_ZeroDivisionError, "division by zero");
    Num x, y;
    num_of(a, &x);
    num_of(b, &y);
    int64_t abits = num_bit_length(&x), bbits = num_bit_length(&y);
    bool negate = (x.sign < 0) != (y.sign < 0);
    if (abits <= DBL_MANT_DIG && bbits <= DBL_MANT_DIG) {
        double da, db;
        num_to_double(&x, &da);
        num_to_double(&y, &db);
        return sl_float_new(vm, da / db);
    }
    if (x.sign == 0) return sl_float_new(vm, negate ? -0.0 : 0.0);
    int64_t diff = abits - bbits;
    if (diff > DBL_MAX_EXP)
        return sl_raise(vm, SL_OverflowError, "integer division result too large for a float");
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return sl_float_new(vm, negate ? -0.0 : 0.0);
    /* x' = |a| * 2**-shift, with shift chosen so that x' // |b| has
     * DBL_MANT_DIG + 2 or +3 bits (fewer for subnormal results) */
    int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    bool inexact = false;
    SlValue xs;
    Num ax = x, ay = y;
    ax.sign = 1;
    ay.sign = 1;
    if (ax.d == x.buf) ax.d = ax.buf;
    if (ay.d == y.buf) ay.d = ay.buf;
    SlValue av = num_value(vm, &ax);
    if (!av) return SL_NULL;
    if (shift <= 0) {
        xs = sl_int_lshift_i64(vm, av, -shift);
    } else {
        /* low bits shifted out make the result inexact */
        int64_t ws = shift / SHIFT;
        int bs = (int)(shift % SHIFT);
        for (int64_t i = 0; i < ws && i < x.n; i++)
            if (x.d[i]) inexact = true;
        if (ws < x.n && (x.d[ws] & (((digit)1 << bs) - 1U))) inexact = true;
        xs = sl_int_rshift_i64(vm, av, shift);
    }
    sl_decref(vm, av);
    if (!xs) return SL_NULL;
    SlValue bv = num_value(vm, &ay), q, r;
    if (!bv) {
        sl_decref(vm, xs);
        return SL_NULL;
    }
    bool ok = i_divmod(vm, xs, bv, &q, &r);
    sl_decref(vm, xs);
    sl_decref(vm, bv);
    if (!ok) return SL_NULL;
    if (!is_zero(r)) inexact = true;
    sl_decref(vm, r);
    /* q fits in 64 bits */
    Num qn;
    num_of(q, &qn);
    uint64_t qv = 0;
    for (int64_t i = qn.n; i-- > 0;) qv = (qv << SHIFT) | qn.d[i];
    int64_t qbits = num_bit_length(&qn);
    sl_decref(vm, q);
    int64_t extra = (qbits > DBL_MIN_EXP - shift ? qbits : DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    uint64_t mask = (uint64_t)1 << (extra - 1);
    uint64_t low = qv | (inexact ? 1 : 0);
    if ((low & mask) && (low & (3 * mask - 1))) qv += mask;
    qv &= ~(2 * mask - 1);
    double dx = (double)qv;
    if (shift + qbits >= DBL_MAX_EXP &&
        (shift + qbits > DBL_MAX_EXP || ldexp(dx, (int)shift) == HUGE_VAL))
        return sl_raise(vm, SL_OverflowError, "integer division result too large for a float");
    double res = ldexp(dx, (int)shift);
    if (isinf(res))
        return sl_raise(vm, SL_OverflowError, "integer division result too large for a float");
    return sl_float_new(vm, negate ? -res : res);
}

/* ---- shifts --------------------------------------------------------------- */

SlValue sl_int_lshift_i64(SlVM *vm, SlValue a, int64_t n) {
    if (is_zero(a)) return SL_FROM_INT(0);
    int64_t v;
    if (n < 62 && sl_int_fast(a, &v)) {
        int64_t lim = SL_INT_MAX >> n;
        if (v <= lim && v >= -lim) {
            int64_t z = (int64_t)((uint64_t)v << n);
            uint64_t uv = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
            int64_t nv = u64_ndigits(uv);
            /* 3.11+: a one-digit value shifted within a digit takes the
             * medium path; else long_lshift allocates the old digits, the
             * whole-digit shift and one more for the bits */
            if (vm->ver->mem.int_medium_whole && nv <= 1 && n < SHIFT) return sl_int_new(vm, z);
            if (SL_SMALL_INT(z)) return SL_FROM_INT(z);
            uint64_t uz = z < 0 ? (uint64_t)0 - (uint64_t)z : (uint64_t)z;
            int64_t spare = nv + n / SHIFT + (n % SHIFT ? 1 : 0) - u64_ndigits(uz);
            return box_i64(vm, z, spare > 0 ? spare : 0);
        }
    }
    Num x;
    num_of(a, &x);
    int64_t ws = n / SHIFT;
    int bs = (int)(n % SHIFT);
    if (ws > MAX_DIGITS) return sl_raise_nomemory(vm);
    SlLong *r = long_alloc(vm, x.n + ws + 1);
    if (!r) return SL_NULL;
    digit carry = v_lshift(r->digits + ws, x.d, x.n, bs);
    r->digits[ws + x.n] = carry;
    return long_finish(vm, r, x.sign);
}

static SlValue i_invert(SlVM *vm, SlValue a) {
    /* ~a = -(a + 1) */
    int64_t v;
    if (sl_int_fast(a, &v)) return sl_int_new(vm, -v - 1);
    SlValue one = SL_FROM_INT(1);
    SlValue t = i_add(vm, a, one);
    if (!t) return SL_NULL;
    SlValue r = i_neg(vm, t);
    sl_decref(vm, t);
    return r;
}

SlValue sl_int_rshift_i64(SlVM *vm, SlValue a, int64_t n) {
    int64_t v;
    if (sl_int_fast(a, &v)) {
        if (n >= 63) return SL_FROM_INT(v < 0 ? -1 : 0);
        return sl_int_new(vm, v >> n); /* arithmetic shift: floor */
    }
    Num x;
    num_of(a, &x);
    if (x.sign < 0) {
        /* a >> n == ~(~a >> n) */
        SlValue t = i_invert(vm, a);
        if (!t) return SL_NULL;
        SlValue s = sl_int_rshift_i64(vm, t, n);
        sl_decref(vm, t);
        if (!s) return SL_NULL;
        SlValue r = i_invert(vm, s);
        sl_decref(vm, s);
        return r;
    }
    int64_t ws = n / SHIFT;
    int bs = (int)(n % SHIFT);
    if (ws >= x.n) return SL_FROM_INT(0);
    SlLong *r = long_alloc(vm, x.n - ws);
    if (!r) return SL_NULL;
    v_rshift(r->digits, x.d + ws, x.n - ws, bs);
    return long_finish(vm, r, 1);
}

static SlValue int_lshift(SlVM *vm, SlValue a, SlValue b) {
    CHECK_BINOP(a, b);
    if (sl_int_sign(b) < 0) return sl_raise(vm, SL_ValueError, "negative shift count");
    if (is_zero(a)) return SL_FROM_INT(0);
    int64_t n;
    if (!SL_IS_INT(b) && sl_int_bit_length(b) > 62) {
        /* CPython splits the count into b // 30 digits and b % 30 bits:
         * too many digits for a Py_ssize_t is an OverflowError, anything
         * else too big to allocate a MemoryError */
        SlValue q;
        if (!i_divmod(vm, b, SL_FROM_INT(SHIFT), &q, NULL)) return SL_NULL;
        int64_t qbits = sl_int_bit_length(q);
        sl_decref(vm, q);
        if (qbits > 63) return sl_raise(vm, SL_OverflowError, "too many digits in integer");
        return sl_raise_nomemory(vm);
    }
    if (!sl_int_as_i64(vm, b, &n)) return SL_NULL;
    return sl_int_lshift_i64(vm, a, n);
}

static SlValue int_rshift(SlVM *vm, SlValue a, SlValue b) {
    CHECK_BINOP(a, b);
    if (sl_int_sign(b) < 0) return sl_raise(vm, SL_ValueError, "negative shift count");
    if (!SL_IS_INT(b) && sl_int_bit_length(b) > 62)
        return SL_FROM_INT(sl_int_sign(a) < 0 ? -1 : 0);
    int64_t n;
    if (!sl_int_as_i64(vm, b, &n)) return SL_NULL;
    return sl_int_rshift_i64(vm, a, n);
}

/* ---- bitwise operations (two's complement semantics) ----------------------- */

static SlValue i_bitwise(SlVM *vm, SlValue a, char op, SlValue b) {
    int64_t p, q;
    if (sl_int_fast(a, &p) && sl_int_fast(b, &q))
        return sl_int_new(vm, op == '&' ? (p & q) : op == '|' ? (p | q) : (p ^ q));
    Num x, y;
    num_of(a, &x);
    num_of(b, &y);
    /* A negative operand is represented by |v| - 1 with all digits
     * inverted (and infinitely many 1 bits above). */
    SlValue ta = SL_NULL, tb = SL_NULL;
    Num xm = x, ym = y;
    if (xm.d == x.buf) xm.d = xm.buf;
    if (ym.d == y.buf) ym.d = ym.buf;
    if (x.sign < 0) {
        Num one = {.d = NULL, .n = 1, .sign = 1, .buf = {1, 0, 0}};
        one.d = one.buf;
        Num ax = xm;
        ax.sign = 1;
        ta = num_addsub(vm, &ax, &one, -1);
        if (!ta) return SL_NULL;
        num_of(ta, &xm);
    }
    if (y.sign < 0) {
        Num one = {.d = NULL, .n = 1, .sign = 1, .buf = {1, 0, 0}};
        one.d = one.buf;
        Num ay = ym;
        ay.sign = 1;
        tb = num_addsub(vm, &ay, &one, -1);
        if (!tb) {
            sl_xdecref(vm, ta);
            return SL_NULL;
        }
        num_of(tb, &ym);
    }
    digit ma = x.sign < 0 ? MASK : 0, mb = y.sign < 0 ? MASK : 0;
    bool nega = x.sign < 0, negb = y.sign < 0;
    bool negz = op == '&' ? (nega && negb) : op == '|' ? (nega || negb) : (nega != negb);
    int64_t n = xm.n > ym.n ? xm.n : ym.n;
    SlLong *r = long_alloc(vm, n + 1);
    if (!r) {
        sl_xdecref(vm, ta);
        sl_xdecref(vm, tb);
        return SL_NULL;
    }
    for (int64_t i = 0; i < n; i++) {
        digit da = (i < xm.n ? xm.d[i] : 0) ^ ma;
        digit db = (i < ym.n ? ym.d[i] : 0) ^ mb;
        digit z = op == '&' ? (da & db) : op == '|' ? (da | db) : (da ^ db);
        r->digits[i] = negz ? (z ^ MASK) : z;
    }
    sl_xdecref(vm, ta);
    sl_xdecref(vm, tb);
    if (negz) {
        /* magnitude = complement + 1 */
        digit one = 1;
        mag_add_into(r->digits, n + 1, &one, 1);
    }
    return long_finish(vm, r, negz ? -1 : 1);
}

static SlValue int_and(SlVM *vm, SlValue a, SlValue b) {
    CHECK_BINOP(a, b);
    return i_bitwise(vm, a, '&', b);
}
static SlValue int_or(SlVM *vm, SlValue a, SlValue b) {
    CHECK_BINOP(a, b);
    return i_bitwise(vm, a, '|', b);
}
static SlValue int_xor(SlVM *vm, SlValue a, SlValue b) {
    CHECK_BINOP(a, b);
    return i_bitwise(vm, a, '^', b);
}

/* ---- power ------------------------------------------------------------------ */

static SlValue i_mod(SlVM *vm, SlValue a, SlValue m) {
    SlValue r;
    if (!i_divmod(vm, a, m, NULL, &r)) return SL_NULL;
    return r;
}

/* a * b % m (m > 0), consuming nothing */
static SlValue mulmod(SlVM *vm, SlValue a, SlValue b, SlValue m) {
    SlValue p = i_mul(vm, a, b);
    if (!p) return SL_NULL;
    SlValue r = i_mod(vm, p, m);
    sl_decref(vm, p);
    return r;
}

/* Inverse of a modulo n (n > 0), CPython's long_invmod */
static SlValue invmod(SlVM *vm, SlValue a, SlValue n) {
    SlValue b = SL_FROM_INT(1), c = SL_FROM_INT(0);
    a = sl_incref(a);
    n = sl_incref(n);
    SlValue res = SL_NULL;
    while (!is_zero(n)) {
        SlValue q, r;
        if (!i_divmod(vm, a, n, &q, &r)) goto done;
        sl_decref(vm, a);
        a = n;
        n = r;
        SlValue qc = i_mul(vm, q, c);
        sl_decref(vm, q);
        if (!qc) goto done;
        SlValue t = i_sub(vm, b, qc);
        sl_decref(vm, qc);
        if (!t) goto done;
        sl_decref(vm, b);
        b = c;
        c = t;
    }
    if (!(SL_IS_INT(a) && SL_INT_VAL(a) == 1)) {
        sl_raise(vm, SL_ValueError, "base is not invertible for the given modulus");
        goto done;
    }
    res = sl_incref(b);
done:
    sl_decref(vm, a);
    sl_decref(vm, n);
    sl_decref(vm, b);
    sl_decref(vm, c);
    return res;
}

/* The value of a magnitude of at most 53 bits, as a double. */
static double num_to_double_small(const Num *x) {
    double v = 0;
    for (int64_t i = x->n; i-- > 0;) v = v * (double)((twodigits)1 << SHIFT) + (double)x->d[i];
    return v;
}

/* Would a result of `bits` bits be absurd?  Then MemoryError up front
 * rather than minutes of squaring. */
static bool too_big(SlVM *vm, double bits) {
    double bytes = bits / 8.0;
    if (bits / SHIFT > (double)MAX_DIGITS) return true;
    if (vm && vm->mem) {
        size_t lim = sl_mem_limit(vm->mem);
        if (lim && bytes > (double)lim) return true;
    }
    return false;
}

SlValue sl_int_pow(SlVM *vm, SlValue a, SlValue b, SlValue mod) {
    if (mod == SL_NONE) mod = SL_NULL;
    if (!both_int(a, b) || (mod && !SL_IS_INTLIKE(mod))) return SL_NOTIMPL;
    int bsign = sl_int_sign(b);
    if (bsign < 0 && !mod) {
        double da, db;
        if (!sl_int_as_double(vm, a, &da) || !sl_int_as_double(vm, b, &db)) return SL_NULL;
        return sl_float_pow(vm, da, db);
    }
    if (mod) {
        if (is_zero(mod)) return sl_raise(vm, SL_ValueError, "pow() 3rd argument cannot be 0");
        bool neg_out = sl_int_sign(mod) < 0;
        SlValue m = neg_out ? i_neg(vm, mod) : sl_int_exact(vm, mod);
        if (!m) return SL_NULL;
        if (SL_IS_INT(m) && SL_INT_VAL(m) == 1) {
            sl_decref(vm, m);
            return SL_FROM_INT(0);
        }
        SlValue base = i_mod(vm, a, m), e;
        if (!base) {
            sl_decref(vm, m);
            return SL_NULL;
        }
        if (bsign < 0) {
            SlValue inv = invmod(vm, base, m);
            sl_decref(vm, base);
            if (!inv) {
                sl_decref(vm, m);
                return SL_NULL;
            }
            base = inv;
            e = i_neg(vm, b);
        } else {
            e = sl_int_exact(vm, b);
        }
        if (!e) {
            sl_decref(vm, base);
            sl_decref(vm, m);
            return SL_NULL;
        }
        SlValue r = SL_FROM_INT(1);
        Num en;
        num_of(e, &en);
        int64_t nbits = num_bit_length(&en);
        for (int64_t i = nbits; i-- > 0;) {
            SlValue t = mulmod(vm, r, r, m);
            sl_decref(vm, r);
            if (!t) {
                r = SL_NULL;
                break;
            }
            r = t;
            if ((en.d[i / SHIFT] >> (i % SHIFT)) & 1) {
                t = mulmod(vm, r, base, m);
                sl_decref(vm, r);
                if (!t) {
                    r = SL_NULL;
                    break;
                }
                r = t;
            }
        }
        sl_decref(vm, e);
        sl_decref(vm, base);
        if (r && neg_out && !is_zero(r)) {
            SlValue t = i_sub(vm, r, m);
            sl_decref(vm, r);
            r = t;
        }
        sl_decref(vm, m);
        return r;
    }
    /* no modulus, b >= 0 */
    if (bsign == 0) return SL_FROM_INT(1);
    if (SL_IS_INT(a)) {
        int64_t av = SL_INT_VAL(a);
        if (av == 0 || av == 1) return SL_FROM_INT(av);
        if (av == -1) {
            Num en;
            num_of(b, &en);
            return SL_FROM_INT((en.d[0] & 1) ? -1 : 1);
        }
    }
    Num an, en;
    num_of(a, &an);
    num_of(b, &en);
    int64_t abits = num_bit_length(&an);
    if (num_bit_length(&en) > 62) return sl_raise_nomemory(vm);
    int64_t ev = 0;
    for (int64_t i = en.n; i-- > 0;) ev = (ev << SHIFT) | en.d[i];
    /* log2|a| (a lower bound for big a); the last squaring holds its
     * operand and the result at once: 1.5 times the result's size */
    double la = abits <= 53 ? log2(fabs(num_to_double_small(&an))) : (double)(abits - 1);
    if (too_big(vm, 1.5 * la * (double)ev)) return sl_raise_nomemory(vm);
    /* tagged fast path */
    if (SL_IS_INT(a) && ev < 64) {
        int64_t base = SL_INT_VAL(a), r = 1;
        int64_t e = ev;
        bool overflow = false;
        while (e) {
            if ((e & 1) && __builtin_mul_overflow(r, base, &r)) {
                overflow = true;
                break;
            }
            e >>= 1;
            if (e && __builtin_mul_overflow(base, base, &base)) {
                overflow = true;
                break;
            }
        }
        if (!overflow) return sl_int_new(vm, r);
    }
    /* a power of two: a shift */
    {
        int64_t low = 0;
        while (low < an.n && an.d[low] == 0) low++;
        digit top = an.d[low];
        if (low == an.n - 1 && (top & (top - 1)) == 0) {
            int64_t k = low * SHIFT + bitlen_digit(top) - 1;
            int sign = (an.sign < 0 && (ev & 1)) ? -1 : 1;
            if (k != 0 && ev > INT64_MAX / k) return sl_raise_nomemory(vm);
            SlValue r = sl_int_lshift_i64(vm, SL_FROM_INT(1), k * ev);
            if (!r || sign > 0) return r;
            SlValue t = i_neg(vm, r);
            sl_decref(vm, r);
            return t;
        }
    }
    SlValue base = sl_int_exact(vm, a);
    SlValue r = SL_FROM_INT(1);
    for (int i = 63; i >= 0; i--) {
        if (r != SL_FROM_INT(1)) {
            SlValue t = i_mul(vm, r, r);
            sl_decref(vm, r);
            if (!t) {
                sl_decref(vm, base);
                return SL_NULL;
            }
            r = t;
        }
        if ((ev >> i) & 1) {
            SlValue t = i_mul(vm, r, base);
            sl_decref(vm, r);
            if (!t) {
                sl_decref(vm, base);
                return SL_NULL;
            }
            r = t;
        }
    }
    sl_decref(vm, base);
    return r;
}

static SlValue int_pow(SlVM *vm, SlValue a, SlValue b) { return sl_int_pow(vm, a, b, SL_NULL); }

/* ---- unary ----------------------------------------------------------------------- */

static SlValue int_neg(SlVM *vm, SlValue a) {
    if (!SL_IS_INTLIKE(a)) return SL_NOTIMPL;
    return i_neg(vm, a);
}

static SlValue int_pos(SlVM *vm, SlValue a) {
    if (!SL_IS_INTLIKE(a)) return SL_NOTIMPL;
    return sl_int_exact(vm, a);
}

static SlValue int_invert(SlVM *vm, SlValue a) {
    if (!SL_IS_INTLIKE(a)) return SL_NOTIMPL;
    return i_invert(vm, a);
}

static SlValue int_abs(SlVM *vm, SlValue a) {
    if (sl_int_sign(a) < 0) return i_neg(vm, a);
    return sl_int_exact(vm, a);
}

static int int_bool(SlVM *vm, SlValue a) {
    (void)vm;
    return !is_zero(a);
}

static SlValue int_index(SlVM *vm, SlValue a) { return sl_int_exact(vm, a); }

static SlValue int_float(SlVM *vm, SlValue a) {
    double d;
    if (!sl_int_as_double(vm, a, &d)) return SL_NULL;
    return sl_float_new(vm, d);
}

/* ---- comparison, hash, repr ------------------------------------------------- */

static SlValue int_richcompare(SlVM *vm, SlValue a, SlValue b, SlCompareOp op) {
    (void)vm;
    if (!both_int(a, b)) return SL_NOTIMPL;
    int c = sl_int_compare(a, b);
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

static bool int_hash(SlVM *vm, SlValue v, int64_t *out) {
    (void)vm;
    *out = sl_int_hash(v);
    return true;
}

static SlValue int_repr(SlVM *vm, SlValue v) { return sl_int_to_str(vm, v, 10); }

/* ---- int() ------------------------------------------------------------------------ */

/* int(x) without a base: CPython's PyNumber_Long */
static SlValue number_long(SlVM *vm, SlValue x) {
    if (SL_IS_INT(x)) return x;
    SlType *t = sl_type_of(x);
    if (t == &sl_int_type) return sl_incref(x);
    if (t->int_) {
        SlValue r = t->int_(vm, x);
        if (!r) return SL_NULL;
        if (SL_IS_INT(r) || SL_AS_OBJ(r)->type == &sl_int_type) return r;
        if (!SL_IS_INTLIKE(r)) {
            sl_raise(vm, SL_TypeError, "__int__ returned non-int (type %s)", sl_type_name(r));
            sl_decref(vm, r);
            return SL_NULL;
        }
        /* an int subclass: CPython warns (DeprecationWarning) and converts */
        SlValue e = sl_int_exact(vm, r);
        sl_decref(vm, r);
        return e;
    }
    if (t->index) {
        SlValue r = sl_index(vm, x);
        if (!r) return SL_NULL;
        SlValue e = sl_int_exact(vm, r);
        sl_decref(vm, r);
        return e;
    }
    if (t->flags & SL_TPFLAGS_INT_SUBCLASS) return sl_int_exact(vm, x);
    /* __trunc__ (3.8-3.13; deprecated since 3.11, removed in 3.14) */
    SlValue trunc_name = sl_intern_cstr("__trunc__");
    SlValue f = sl_type_lookup(t, trunc_name);
    if (f) {
        SlValue r = sl_call_method(vm, x, "__trunc__", NULL, 0);
        if (!r) return SL_NULL;
        if (SL_IS_INTLIKE(r)) {
            SlValue e = sl_int_exact(vm, r);
            sl_decref(vm, r);
            return e;
        }
        SlType *rt = sl_type_of(r);
        if (!rt->index) {
            sl_raise(vm, SL_TypeError, "__trunc__ returned non-Integral (type %s)",
                     sl_type_name(r));
            sl_decref(vm, r);
            return SL_NULL;
        }
        SlValue e = sl_index(vm, r);
        sl_decref(vm, r);
        if (!e) return SL_NULL;
        SlValue e2 = sl_int_exact(vm, e);
        sl_decref(vm, e);
        return e2;
    }
    if (SL_IS_STR(x)) return int_from_text(vm, SL_STR_DATA(x), SL_STR_SIZE(x), 10, x, true);
    if (SL_IS_BYTES(x))
        return int_from_text(vm, (const char *)SL_BYTES(x)->data, SL_BYTES(x)->size, 10, x, false);
    /* 3.8-3.9: "int() argument must be a string, a bytes-like object or a number, not 'list'" */
    return sl_raise(vm, SL_TypeError,
                    "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                    t->name);
}

static SlValue int_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs,
                       SlValue kwnames) {
    static const char *const names[] = {"", "base", NULL};
    SlValue p[2];
    /* 3.8-3.12: "int() takes at most 2 arguments (3 given)" */
    if (nargs > 2)
        return sl_raise(vm, SL_TypeError, "int expected at most 2 arguments, got %zu", nargs);
    /* x is positional-only: a keyword named 'x' is unexpected
     * (3.8-3.12: "'x' is an invalid keyword argument for int()") */
    if (!sl_args_parse(vm, "int", args, nargs, kwnames, names, 0, 2, p)) return SL_NULL;
    SlValue x = p[0], basev = p[1], r;
    if (!x) {
        if (basev) return sl_raise(vm, SL_TypeError, "int() missing string argument");
        r = SL_FROM_INT(0);
    } else if (!basev) {
        r = number_long(vm, x);
    } else {
        int64_t base;
        if (!sl_index_i64(vm, basev, &base)) {
            if (sl_exc_matches(vm, SL_OverflowError)) {
                sl_exc_clear(vm);
                base = -1;
            } else {
                return SL_NULL;
            }
        }
        if ((base != 0 && base < 2) || base > 36)
            return sl_raise(vm, SL_ValueError, "int() base must be >= 2 and <= 36, or 0");
        if (SL_IS_STR(x))
            r = int_from_text(vm, SL_STR_DATA(x), SL_STR_SIZE(x), (int)base, x, true);
        else if (SL_IS_BYTES(x))
            r = int_from_text(vm, (const char *)SL_BYTES(x)->data, SL_BYTES(x)->size, (int)base,
                              x, false);
        else
            return sl_raise(vm, SL_TypeError, "int() can't convert non-string with explicit base");
    }
    if (!r || type == &sl_int_type) return r;
    SlValue s = long_subtype_new(vm, type, r);
    sl_decref(vm, r);
    return s;
}

/* ---- methods --------------------------------------------------------------------- */

static SlValue int_m_conjugate(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                               SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "conjugate", nargs, kw, 0, 0)) return SL_NULL;
    return sl_int_exact(vm, self);
}

static SlValue int_m_bit_length(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "bit_length", nargs, kw, 0, 0)) return SL_NULL;
    return sl_int_from_i64(vm, sl_int_bit_length(self));
}

static SlValue int_m_bit_count(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                               SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "bit_count", nargs, kw, 0, 0)) return SL_NULL;
    Num x;
    num_of(self, &x);
    int64_t c = 0;
    for (int64_t i = 0; i < x.n; i++) c += __builtin_popcount(x.d[i]);
    return sl_int_from_i64(vm, c);
}

static SlValue int_m_as_integer_ratio(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                      SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "as_integer_ratio", nargs, kw, 0, 0)) return SL_NULL;
    SlValue n = sl_int_exact(vm, self);
    if (!n) return SL_NULL;
    SlValue t = sl_tuple_pack(vm, 2, n, SL_FROM_INT(1));
    sl_decref(vm, n);
    return t;
}

static SlValue int_m_is_integer(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                SlValue kw) {
    (void)args;
    (void)self;
    if (!sl_args_check(vm, "is_integer", nargs, kw, 0, 0)) return SL_NULL;
    return SL_TRUE;
}

static SlValue int_m_trunc(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                           SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "__trunc__", nargs, kw, 0, 0)) return SL_NULL;
    return sl_int_exact(vm, self);
}

static SlValue int_m_floor(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                           SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "__floor__", nargs, kw, 0, 0)) return SL_NULL;
    return sl_int_exact(vm, self);
}

static SlValue int_m_ceil(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                          SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "__ceil__", nargs, kw, 0, 0)) return SL_NULL;
    return sl_int_exact(vm, self);
}

static SlValue int_m_getnewargs(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "__getnewargs__", nargs, kw, 0, 0)) return SL_NULL;
    SlValue n = sl_int_exact(vm, self);
    if (!n) return SL_NULL;
    SlValue t = sl_tuple_pack(vm, 1, n);
    sl_decref(vm, n);
    return t;
}

/* round(int, ndigits): exact, half to even (CPython's _PyLong_Round) */
SlValue sl_int_round(SlVM *vm, SlValue self, SlValue ndigits) {
    if (!ndigits || ndigits == SL_NONE) return sl_int_exact(vm, self);
    SlValue nd = sl_index(vm, ndigits);
    if (!nd) return SL_NULL;
    int s = sl_int_sign(nd);
    if (s >= 0) {
        sl_decref(vm, nd);
        return sl_int_exact(vm, self);
    }
    /* k = -ndigits; if 10**k > 2*|self| the result is 0 */
    SlValue k = i_neg(vm, nd);
    sl_decref(vm, nd);
    if (!k) return SL_NULL;
    int64_t kv;
    int64_t sbits = sl_int_bit_length(self);
    if (sl_int_bit_length(k) > 62 || !sl_int_as_i64(vm, k, &kv) || (double)kv * 3.3 > (double)sbits + 2) {
        if (sl_exc_occurred(vm)) sl_exc_clear(vm);
        sl_decref(vm, k);
        return SL_FROM_INT(0);
    }
    SlValue pow10 = sl_int_pow(vm, SL_FROM_INT(10), k, SL_NULL);
    sl_decref(vm, k);
    if (!pow10) return SL_NULL;
    SlValue q, r;
    if (!i_divmod(vm, self, pow10, &q, &r)) {
        sl_decref(vm, pow10);
        return SL_NULL;
    }
    /* r in [0, pow10): round up when 2r > pow10, or 2r == pow10 and q odd */
    SlValue r2 = i_add(vm, r, r);
    int c = r2 ? sl_int_compare(r2, pow10) : 0;
    sl_xdecref(vm, r2);
    bool q_odd = SL_IS_INT(q) ? (SL_INT_VAL(q) & 1) : (((SlLong *)SL_AS_OBJ(q))->digits[0] & 1);
    sl_decref(vm, r);
    if (!r2) {
        sl_decref(vm, q);
        sl_decref(vm, pow10);
        return SL_NULL;
    }
    if (c > 0 || (c == 0 && q_odd)) {
        SlValue t = i_add(vm, q, SL_FROM_INT(1));
        sl_decref(vm, q);
        if (!t) {
            sl_decref(vm, pow10);
            return SL_NULL;
        }
        q = t;
    }
    SlValue res = i_mul(vm, q, pow10);
    sl_decref(vm, q);
    sl_decref(vm, pow10);
    return res;
}

static SlValue int_m_round(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                           SlValue kw) {
    if (!sl_args_check(vm, "__round__", nargs, kw, 0, 1)) return SL_NULL;
    return sl_int_round(vm, self, nargs ? args[0] : SL_NULL);
}

static SlValue int_m_format(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                            SlValue kw) {
    if (!sl_args_check(vm, "__format__", nargs, kw, 1, 1)) return SL_NULL;
    if (!SL_IS_STR(args[0]))
        return sl_raise(vm, SL_TypeError, "__format__() argument must be str, not %s",
                        sl_type_name(args[0]));
    if (SL_STR_SIZE(args[0]) == 0) return sl_str(vm, self);
    SlFormatSpec spec;
    if (!sl_format_spec_parse_for(vm, args[0], &spec, 'd', '>', sl_type_name(self))) return SL_NULL;
    return sl_format_int(vm, self, &spec);
}

static SlValue int_m_divmod(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                            SlValue kw) {
    if (!sl_args_check(vm, "__divmod__", nargs, kw, 1, 1)) return SL_NULL;
    return sl_int_divmod(vm, self, args[0]);
}

static SlValue int_m_rdivmod(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                             SlValue kw) {
    if (!sl_args_check(vm, "__rdivmod__", nargs, kw, 1, 1)) return SL_NULL;
    return sl_int_divmod(vm, args[0], self);
}

static int parse_byteorder(SlVM *vm, SlValue v) {
    if (!v) return 1; /* 'big' (3.11+ default) */
    if (!SL_IS_STR(v)) {
        sl_raise(vm, SL_TypeError, "to_bytes() argument 'byteorder' must be str, not %s",
                 sl_type_name(v));
        return -1;
    }
    if (sl_str_eq_cstr(v, "big")) return 1;
    if (sl_str_eq_cstr(v, "little")) return 0;
    sl_raise(vm, SL_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

static SlValue int_m_to_bytes(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                              SlValue kw) {
    /* 3.8-3.10: length and byteorder are required */
    static const char *const names[] = {"length", "byteorder", "$signed", NULL};
    SlValue p[3];
    if (!sl_args_parse(vm, "to_bytes", args, nargs, kw, names, 0, 2, p)) return SL_NULL;
    int64_t length = 1;
    if (p[0] && !sl_index_i64(vm, p[0], &length)) return SL_NULL;
    int big = parse_byteorder(vm, p[1]);
    if (big < 0) return SL_NULL;
    int is_signed = 0;
    if (p[2]) {
        is_signed = sl_truthy(vm, p[2]);
        if (is_signed < 0) return SL_NULL;
    }
    if (length < 0) return sl_raise(vm, SL_ValueError, "length argument must be non-negative");
    Num x;
    num_of(self, &x);
    if (x.sign < 0 && !is_signed)
        return sl_raise(vm, SL_OverflowError, "can't convert negative int to unsigned");
    /* two's complement little-endian bytes of the value, `length` of them */
    if (length > (int64_t)1 << 40) return sl_raise_nomemory(vm);
    unsigned char *buf = sl_mem_alloc(vm, (size_t)length + 1);
    if (!buf) return SL_NULL;
    /* magnitude bytes */
    int64_t nbits = num_bit_length(&x);
    int64_t need = x.sign < 0 ? 0 : (nbits + 7) / 8;
    bool overflow = false;
    {
        /* For negative values: bytes of 2**(8*length) - |x| */
        twodigits acc = 0;
        int accbits = 0;
        int64_t di = 0, bi = 0;
        unsigned borrow_carry = 1; /* +1 for the complement */
        while (bi < length) {
            while (accbits < 8 && di < x.n) {
                acc |= (twodigits)x.d[di++] << accbits;
                accbits += SHIFT;
            }
            unsigned byte = (unsigned)(acc & 0xff);
            acc >>= 8;
            accbits = accbits >= 8 ? accbits - 8 : 0;
            if (x.sign < 0) {
                unsigned v = (byte ^ 0xffu) + borrow_carry;
                borrow_carry = v >> 8;
                byte = v & 0xff;
            }
            buf[bi++] = (unsigned char)byte;
        }
        if (x.sign >= 0) {
            if (need > length) overflow = true;
            else if (is_signed && length > 0 && (buf[length - 1] & 0x80)) overflow = true;
            else if (is_signed && length == 0 && nbits > 0) overflow = true;
        } else {
            /* |x| must be <= 2**(8*length - 1) */
            if (length == 0 || nbits > 8 * length) overflow = true;
            else if (!(buf[length - 1] & 0x80)) overflow = true;
        }
    }
    if (overflow) {
        sl_mem_free(vm, buf, (size_t)length + 1);
        return sl_raise(vm, SL_OverflowError, "int too big to convert");
    }
    if (big) {
        for (int64_t i = 0, j = length - 1; i < j; i++, j--) {
            unsigned char t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
    }
    SlValue r = sl_bytes_new(vm, buf, (size_t)length);
    sl_mem_free(vm, buf, (size_t)length + 1);
    return r;
}

static SlValue int_m_from_bytes(SlVM *vm, SlValue cls, const SlValue *args, size_t nargs,
                                SlValue kw) {
    static const char *const names[] = {"bytes", "byteorder", "$signed", NULL};
    SlValue p[3];
    if (!sl_args_parse(vm, "from_bytes", args, nargs, kw, names, 1, 2, p)) return SL_NULL;
    int big = parse_byteorder(vm, p[1]);
    if (big < 0) return SL_NULL;
    int is_signed = 0;
    if (p[2]) {
        is_signed = sl_truthy(vm, p[2]);
        if (is_signed < 0) return SL_NULL;
    }
    /* the bytes: a bytes object, or any iterable of ints in range(256) */
    SlValue bytes = SL_NULL;
    if (SL_IS_BYTES(p[0])) {
        bytes = sl_incref(p[0]);
    } else {
        if (SL_IS_STR(p[0]))
            return sl_raise(vm, SL_TypeError, "cannot convert 'str' object to bytes");
        SlValue it = sl_iter(vm, p[0]);
        if (!it) return SL_NULL;
        SlBuf b;
        sl_buf_init(&b);
        for (;;) {
            SlValue item = sl_iternext(vm, it);
            if (!item) break;
            int64_t v;
            bool ok = sl_index_i64(vm, item, &v);
            sl_decref(vm, item);
            if (!ok) break;
            if (v < 0 || v > 255) {
                sl_raise(vm, SL_ValueError, "bytes must be in range(0, 256)");
                break;
            }
            sl_buf_addc(&b, (char)v);
        }
        sl_decref(vm, it);
        if (sl_exc_occurred(vm)) {
            sl_buf_free(&b);
            return SL_NULL;
        }
        bytes = sl_bytes_new(vm, b.data, b.len);
        sl_buf_free(&b);
        if (!bytes) return SL_NULL;
    }
    const unsigned char *data = SL_BYTES(bytes)->data;
    int64_t n = (int64_t)SL_BYTES(bytes)->size;
    int64_t nd = (n * 8 + SHIFT - 1) / SHIFT + 1;
    SlLong *r = long_alloc(vm, nd);
    if (!r) {
        sl_decref(vm, bytes);
        return SL_NULL;
    }
    bool neg = false;
    if (n > 0 && is_signed) neg = (big ? data[0] : data[n - 1]) & 0x80;
    twodigits acc = 0;
    int accbits = 0;
    int64_t pos = 0;
    unsigned carry = 1;
    for (int64_t i = 0; i < n; i++) {
        unsigned byte = big ? data[n - 1 - i] : data[i];
        if (neg) {
            /* magnitude of a negative two's complement value: ~x + 1 */
            unsigned v = (byte ^ 0xffu) + carry;
            carry = v >> 8;
            byte = v & 0xff;
        }
        acc |= (twodigits)byte << accbits;
        accbits += 8;
        if (accbits >= SHIFT) {
            r->digits[pos++] = (digit)(acc & MASK);
            acc >>= SHIFT;
            accbits -= SHIFT;
        }
    }
    if (accbits) r->digits[pos++] = (digit)acc;
    sl_decref(vm, bytes);
    SlValue v = long_finish(vm, r, neg ? -1 : 1);
    if (!v) return SL_NULL;
    SlType *t = (SlType *)SL_AS_OBJ(cls);
    if (t == &sl_int_type) return v;
    SlValue res = sl_call1(vm, cls, v);
    sl_decref(vm, v);
    return res;
}

static SlValue int_get_self(SlVM *vm, SlValue self) { return sl_int_exact(vm, self); }
static SlValue int_get_zero(SlVM *vm, SlValue self) {
    (void)vm;
    (void)self;
    return SL_FROM_INT(0);
}
static SlValue int_get_one(SlVM *vm, SlValue self) {
    (void)vm;
    (void)self;
    return SL_FROM_INT(1);
}

static const SlMethodDef int_methods[] = {
    {"conjugate", int_m_conjugate, SL_METH_DEFAULT, "Returns self, the complex conjugate of any int."},
    {"bit_length", int_m_bit_length, SL_METH_DEFAULT, "Number of bits necessary to represent self in binary."},
    {"bit_count", int_m_bit_count, SL_METH_DEFAULT, "Number of ones in the binary representation of the absolute value of self."},
    {"to_bytes", int_m_to_bytes, SL_METH_DEFAULT, "Return an array of bytes representing an integer."},
    {"from_bytes", int_m_from_bytes, SL_METH_CLASS, "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", int_m_as_integer_ratio, SL_METH_DEFAULT, "Return a pair of integers, whose ratio is equal to the original int."},
    {"is_integer", int_m_is_integer, SL_METH_DEFAULT, "Returns True. Exists for duck type compatibility with float.is_integer."},
    {"__trunc__", int_m_trunc, SL_METH_DEFAULT, "Truncating an Integral returns itself."},
    {"__floor__", int_m_floor, SL_METH_DEFAULT, "Flooring an Integral returns itself."},
    {"__ceil__", int_m_ceil, SL_METH_DEFAULT, "Ceiling of an Integral returns itself."},
    {"__round__", int_m_round, SL_METH_DEFAULT, "Rounding an Integral returns itself."},
    {"__format__", int_m_format, SL_METH_DEFAULT, "Convert to a string according to format_spec."},
    {"__getnewargs__", int_m_getnewargs, SL_METH_DEFAULT, NULL},
    {"__divmod__", int_m_divmod, SL_METH_DEFAULT, "Return divmod(self, value)."},
    {"__rdivmod__", int_m_rdivmod, SL_METH_DEFAULT, "Return divmod(value, self)."},
    {NULL, NULL, 0, NULL}};

static const SlGetSetDef int_getsets[] = {
    {"real", int_get_self, NULL, "the real part of a complex number"},
    {"imag", int_get_zero, NULL, "the imaginary part of a complex number"},
    {"numerator", int_get_self, NULL, "the numerator of a rational number in lowest terms"},
    {"denominator", int_get_one, NULL, "the denominator of a rational number in lowest terms"},
    {NULL, NULL, NULL, NULL}};

/* An exact int's death, untraced (the usual case), is counted here inline;
 * the rest goes the generic way (sl_obj_free tells the model). */
static void int_dealloc(SlVM *vm, SlObject *o) {
    const SlLong *l = (const SlLong *)o;
    if (o->type == &sl_int_type && o->sim == SL_SIM_BORN && vm->sim && l->size != 0 && l->size >= -3 && l->size <= 3) {
        int64_t n = l->size < 0 ? -l->size : l->size;   /* at most 3 digits: a pymalloc block */
        sl_mm_small_remove(vm->sim, sl_mm_int_size((size_t)n, o->flags16 & SL_LONG_EXTRA_MASK));
        o->sim = 0;
    }
    sl_obj_free(vm, o);
}

SlType sl_int_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "int",
    .flags = SL_TPFLAGS_BASETYPE | SL_TPFLAGS_INT_SUBCLASS,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer",
    .basicsize = sizeof(SlLong),
    .itemsize = sizeof(digit),
    .dealloc = int_dealloc,
    .new_ = int_new,
    .repr = int_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .nb = {[SL_NB_ADD] = int_add, [SL_NB_SUB] = int_sub, [SL_NB_MUL] = int_mul,
           [SL_NB_TRUEDIV] = int_truediv, [SL_NB_FLOORDIV] = int_floordiv,
           [SL_NB_MOD] = int_mod, [SL_NB_POW] = int_pow, [SL_NB_LSHIFT] = int_lshift,
           [SL_NB_RSHIFT] = int_rshift, [SL_NB_AND] = int_and, [SL_NB_OR] = int_or,
           [SL_NB_XOR] = int_xor},
    .un = {[SL_UN_NEG] = int_neg, [SL_UN_POS] = int_pos, [SL_UN_INVERT] = int_invert},
    .abs = int_abs,
    .bool_ = int_bool,
    .index = int_index,
    .int_ = int_index,
    .float_ = int_float,
    .methods = int_methods,
    .getsets = int_getsets,
};

/* ---- bool ------------------------------------------------------------------- */

static SlValue bool_repr(SlVM *vm, SlValue v) {
    return sl_str_from_cstr(vm, v == SL_TRUE ? "True" : "False");
}

static SlValue bool_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs,
                        SlValue kwnames) {
    (void)type;
    if (!sl_args_no_kw(vm, "bool", kwnames)) return SL_NULL;
    if (nargs > 1)
        return sl_raise(vm, SL_TypeError, "bool expected at most 1 argument, got %zu", nargs);
    if (nargs == 0) return SL_FALSE;
    int t = sl_truthy(vm, args[0]);
    if (t < 0) return SL_NULL;
    return SL_BOOL(t);
}

static bool is_bool(SlValue v) { return v == SL_TRUE || v == SL_FALSE; }

static SlValue bool_and(SlVM *vm, SlValue a, SlValue b) {
    if (is_bool(a) && is_bool(b)) return SL_BOOL(a == SL_TRUE && b == SL_TRUE);
    return int_and(vm, a, b);
}
static SlValue bool_or(SlVM *vm, SlValue a, SlValue b) {
    if (is_bool(a) && is_bool(b)) return SL_BOOL(a == SL_TRUE || b == SL_TRUE);
    return int_or(vm, a, b);
}
static SlValue bool_xor(SlVM *vm, SlValue a, SlValue b) {
    if (is_bool(a) && is_bool(b)) return SL_BOOL((a == SL_TRUE) != (b == SL_TRUE));
    return int_xor(vm, a, b);
}

SlType sl_bool_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "bool",
    .base = &sl_int_type,
    .flags = SL_TPFLAGS_INT_SUBCLASS,
    .doc = "Returns True when the argument is true, False otherwise.",
    .basicsize = sizeof(SlLong),
    .itemsize = sizeof(digit),
    .new_ = bool_new,
    .repr = bool_repr,
    .nb = {[SL_NB_AND] = bool_and, [SL_NB_OR] = bool_or, [SL_NB_XOR] = bool_xor},
};

void sl_int_init(void) {
    if (sl_true_ptr) return;
    /* immortal, never freed: plain malloc (no VM exists yet) */
    sl_true_ptr = calloc(1, sizeof(SlLong) + sizeof(digit));
    sl_false_ptr = calloc(1, sizeof(SlLong) + sizeof(digit));
    if (!sl_true_ptr || !sl_false_ptr) abort();
    sl_true_ptr->ob.refcnt = SL_IMMORTAL;
    sl_true_ptr->ob.type = &sl_bool_type;
    sl_true_ptr->size = 1;
    sl_true_ptr->digits[0] = 1;
    sl_false_ptr->ob.refcnt = SL_IMMORTAL;
    sl_false_ptr->ob.type = &sl_bool_type;
    sl_false_ptr->size = 0;
}
