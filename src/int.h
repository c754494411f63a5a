/* int.h: Python int (arbitrary precision) and bool.
 *
 * Small ints live in the SlValue itself (value.h).  Anything outside the
 * tagged range, and every instance of an int subclass (bool included), is
 * an SlLong: CPython's representation, 30-bit digits, least significant
 * first, with the sign in `size` (ob_size: -3 means three digits,
 * negative; 0 means zero).  Results are always normalised: a value that
 * fits the tagged range is returned tagged (for exact int results).
 */
#ifndef SL_INT_H
#define SL_INT_H

#include "object.h"

#define SL_LONG_SHIFT 30
#define SL_LONG_BASE ((uint32_t)1 << SL_LONG_SHIFT)
#define SL_LONG_MASK (SL_LONG_BASE - 1)

typedef struct SlLong {
    SlObject ob;
    int64_t size;          /* ob_size: sign * number of digits */
    uint32_t digits[];     /* ob_digit */
} SlLong;

extern SlType sl_int_type, sl_bool_type;
/* True and False are SlLong objects of type bool (value 1 and 0), created
 * once at start-up (a static SlLong cannot hold its digit in ISO C). */
extern SlLong *sl_true_ptr, *sl_false_ptr;
#define SL_TRUE SL_OBJ(sl_true_ptr)
#define SL_FALSE SL_OBJ(sl_false_ptr)
/* Creates True and False; called once by the runtime's start-up. */
void sl_int_init(void);
#define SL_BOOL(c) ((c) ? SL_TRUE : SL_FALSE)

/* CPython's small ints, -5..256, are singletons made at start-up; every
 * other int is an object of its own, allocated where it is computed.
 * slotlab keeps the small ones tagged and makes every other int it
 * computes an SlLong, so that ints cost what they cost in CPython (the
 * memory model, id(), `is`).  A tagged int outside the small range is
 * still a valid value everywhere (C code may make one); it just has no
 * place in the simulated heap. */
#define SL_SMALL_INT(i) ((uint64_t)(int64_t)(i) + 5u <= 261u)

/* SlLong.ob.flags16 bits 0-3: digits CPython allocated beyond the ones in
 * use (x_add and x_mul allocate one more than the result may need; 3.11+
 * allocates a whole PyLongObject for a one-digit value), for the model. */
#define SL_LONG_EXTRA_MASK 0xfu

/* The value of v when it is a tagged int or an exact int object of at
 * most two digits (the fast paths' ints); false otherwise. */
static inline bool sl_int_fast(SlValue v, int64_t *out) {
    if (SL_IS_INT(v)) {
        *out = SL_INT_VAL(v);
        return true;
    }
    const SlLong *l = (const SlLong *)SL_AS_OBJ(v);
    if (l->ob.type != &sl_int_type) return false;
    switch (l->size) {
    case 0: *out = 0; return true;
    case 1: *out = l->digits[0]; return true;
    case -1: *out = -(int64_t)l->digits[0]; return true;
    case 2: *out = (int64_t)l->digits[0] | ((int64_t)l->digits[1] << SL_LONG_SHIFT); return true;
    case -2: *out = -((int64_t)l->digits[0] | ((int64_t)l->digits[1] << SL_LONG_SHIFT)); return true;
    default: return false;
    }
}

/* v (owned) as a tagged int when it is an exact int the fast paths read:
 * for C code that keeps ints for its own arithmetic (range, slices). */
static inline SlValue sl_int_untag(SlVM *vm, SlValue v) {
    int64_t i;
    if (SL_IS_OBJ(v) && sl_int_fast(v, &i)) {
        sl_decref(vm, v);
        return SL_FROM_INT(i);
    }
    return v;
}

/* A new int object for an i outside the small range, sized as CPython's
 * PyLong_FromLong sizes it; never fails (if memory runs out the result
 * is tagged, as a small int is). */
SlValue sl_int_box(SlVM *vm, int64_t i);
/* PyLong_FromLong: tagged when small, else an object. Never fails. */
static inline SlValue sl_int_new(SlVM *vm, int64_t i) {
    return SL_SMALL_INT(i) ? SL_FROM_INT(i) : sl_int_box(vm, i);
}
/* PyLong_FromSsize_t (lengths, counts, indices, hashes): exactly the
 * digits needed, in every version.  Never fails, as sl_int_new. */
SlValue sl_int_box_exact(SlVM *vm, int64_t i);
static inline SlValue sl_int_new_exact(SlVM *vm, int64_t i) {
    return SL_SMALL_INT(i) ? SL_FROM_INT(i) : sl_int_box_exact(vm, i);
}
/* z = x op y (op SL_NB_ADD, SUB or MUL, already computed without
 * overflow) as CPython allocates it: its one-digit fast path for one-digit
 * operands, else x_add / x_sub / x_mul with their spare digit. */
SlValue sl_int_arith(SlVM *vm, int op, int64_t x, int64_t y, int64_t z);

/* Any int, including bool and int subclasses */
#define SL_IS_INTLIKE(v) (SL_IS_INT(v) || (SL_AS_OBJ(v)->type->flags & SL_TPFLAGS_INT_SUBCLASS))

/* PyLong_FromSsize_t: as sl_int_new_exact, SL_NULL with MemoryError if
 * memory ran out for a value too big to tag */
SlValue sl_int_from_i64(SlVM *vm, int64_t i);
SlValue sl_int_from_u64(SlVM *vm, uint64_t u);
/* int(x) of a finite double (truncates); OverflowError/ValueError for inf/nan
 * with CPython's messages. */
SlValue sl_int_from_double(SlVM *vm, double d);
/* Parse as int(text, base) does (base 0 or 2..36; whitespace, sign,
 * underscores, 0x/0o/0b prefixes).  ValueError with CPython's text:
 * "invalid literal for int() with base 10: 'abc'".  Used by the compiler
 * for literals too. */
SlValue sl_int_from_str(SlVM *vm, const char *s, size_t len, int base);
/* Value as int64; false with OverflowError("Python int too large to convert to C ssize_t") */
bool sl_int_as_i64(SlVM *vm, SlValue v, int64_t *out);
/* Value as double; false with OverflowError("int too large to convert to float") */
bool sl_int_as_double(SlVM *vm, SlValue v, double *out);
/* str(v) in base 10, or with prefix for base 2/8/16 (bin/oct/hex) */
SlValue sl_int_to_str(SlVM *vm, SlValue v, int base);
int sl_int_sign(SlValue v);                     /* -1, 0, 1 */
int sl_int_compare(SlValue a, SlValue b);       /* -1, 0, 1 (both int-like) */
int64_t sl_int_hash(SlValue v);                 /* as CPython (mod 2**61 - 1) */
int64_t sl_int_bit_length(SlValue v);
/* Number of 30-bit digits of |v| (CPython's |ob_size|; 0 for 0), for the
 * memory model */
int64_t sl_int_ndigits(SlValue v);
/* A new exact int (SlLong or tagged) with the same value as an int-like v
 * (strips bool / subclass). */
SlValue sl_int_exact(SlVM *vm, SlValue v);
/* Generic helpers used by builtins */
SlValue sl_int_divmod(SlVM *vm, SlValue a, SlValue b);           /* tuple */
/* a ** b or pow(a, b, mod) for int-likes (mod may be SL_NULL or None);
 * SL_NOTIMPL if an operand is not an int.  Negative b without mod gives a
 * float; with mod, the modular inverse (3.8+). */
SlValue sl_int_pow(SlVM *vm, SlValue a, SlValue b, SlValue mod);
/* a << n, a >> n for n >= 0 (MemoryError for absurd sizes) */
SlValue sl_int_lshift_i64(SlVM *vm, SlValue a, int64_t n);
SlValue sl_int_rshift_i64(SlVM *vm, SlValue a, int64_t n);
/* round(v, ndigits) for an int-like v (ndigits SL_NULL/None: v itself) */
SlValue sl_int_round(SlVM *vm, SlValue v, SlValue ndigits);
/* The digits of |v| in base 2, 8, 10 or 16, without sign or prefix,
 * appended to out (for format()).  Base 10 enforces the 4300-digit limit. */
struct SlBuf;
bool sl_int_digits_to_buf(SlVM *vm, SlValue v, int base, bool upper, struct SlBuf *out);

/* Unicode helpers for number parsing (also useful to str.isdecimal etc.):
 * the decimal value of a code point (category Nd) or -1; Python's
 * str.isspace() for one code point; and CPython's
 * _PyUnicode_TransformDecimalAndSpaceToASCII (result from sl_mem_alloc,
 * len + 1 bytes, free with sl_mem_free(vm, p, len + 1)). */
int sl_unicode_decimal(uint32_t cp);
bool sl_unicode_isspace(uint32_t cp);
char *sl_unicode_to_ascii_number(SlVM *vm, const char *s, size_t len, size_t *outlen);

#endif
