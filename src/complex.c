/* complex.c: Python complex, as CPython's Objects/complexobject.c.
 *
 * A complex is two doubles.  Its operators take int, float and complex
 * operands on either side (int and float hand a complex operand over by
 * returning NotImplemented), divide with Smith's algorithm (_Py_c_quot),
 * raise to small integral powers by repeated squaring (c_powi) and to
 * other powers through polar form (_Py_c_pow), and report overflow as
 * CPython does (errno, _Py_ADJUST_ERANGE2).  Only == and != compare.
 *
 * Versions: 3.8-3.9 give complex __int__, __float__, __floordiv__, __mod__
 * and __divmod__ that only raise TypeError ("can't convert complex to
 * int"); 3.10 removed them (the operators then fail as unsupported) and
 * 3.11 added __complex__.  The methods are dropped per version by type.c's
 * version_methods table, the C slots by sl_complex_apply_version.
 */
#include "complex.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "errors.h"
#include "float.h"
#include "format.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "vm.h"

typedef struct {
    double real, imag;
} Cx;

SlValue sl_complex_new(SlVM *vm, double real, double imag) {
    SlComplex *c = (SlComplex *)sl_obj_alloc(vm, &sl_complex_type, sizeof(SlComplex));
    if (!c) return SL_NULL;
    c->real = real;
    c->imag = imag;
    return SL_OBJ(c);
}

static SlValue complex_subtype_new(SlVM *vm, SlType *type, double real, double imag) {
    if (type == &sl_complex_type) return sl_complex_new(vm, real, imag);
    SlComplex *c = (SlComplex *)sl_obj_alloc(vm, type, type->basicsize);
    if (!c) return SL_NULL;
    c->real = real;
    c->imag = imag;
    return SL_OBJ(c);
}

static SlValue cx_new(SlVM *vm, Cx c) { return sl_complex_new(vm, c.real, c.imag); }

static Cx cx_of(SlValue v) {
    Cx c = {SL_COMPLEX_REAL(v), SL_COMPLEX_IMAG(v)};
    return c;
}

/* ---- elementary operations (CPython's _Py_c_*) ---------------------------------------- */

static Cx c_prod(Cx a, Cx b) {
    Cx r = {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
    return r;
}

/* Smith's algorithm: divide through by the larger part of b, which
 * avoids most spurious overflow; errno EDOM when b is zero. */
static Cx c_quot(Cx a, Cx b) {
    Cx r;
    double abs_breal = fabs(b.real), abs_bimag = fabs(b.imag);
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            errno = EDOM;
            r.real = r.imag = 0.0;
        } else {
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            r.real = (a.real + a.imag * ratio) / denom;
            r.imag = (a.imag - a.real * ratio) / denom;
        }
    } else if (abs_bimag >= abs_breal) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        r.real = (a.real * ratio + a.imag) / denom;
        r.imag = (a.imag * ratio - a.real) / denom;
    } else {
        /* a NaN in b */
        r.real = r.imag = NAN;
    }
    return r;
}

static Cx c_pow(Cx a, Cx b) {
    Cx r;
    if (b.real == 0.0 && b.imag == 0.0) {
        r.real = 1.0;
        r.imag = 0.0;
    } else if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0) errno = EDOM;
        r.real = r.imag = 0.0;
    } else {
        double vabs = hypot(a.real, a.imag);
        double len = pow(vabs, b.real);
        double at = atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= exp(at * b.imag);
            phase += b.imag * log(vabs);
        }
        r.real = len * cos(phase);
        r.imag = len * sin(phase);
    }
    return r;
}

static Cx c_powu(Cx x, long n) {
    Cx r = {1.0, 0.0}, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) r = c_prod(r, p);
        mask <<= 1;
        p = c_prod(p, p);
    }
    return r;
}

static Cx c_powi(Cx x, long n) {
    Cx one = {1.0, 0.0};
    if (n > 0) return c_powu(x, n);
    return c_quot(one, c_powu(x, -n));
}

SlValue sl_complex_pow(SlVM *vm, double ar, double ai, double br, double bi) {
    Cx a = {ar, ai}, b = {br, bi}, p;
    errno = 0;
    /* a small integral exponent: repeated squaring is faster and exact
     * where the polar form is not ((1j)**2 is -1, not -1+1.2e-16j) */
    if (b.imag == 0.0 && b.real == floor(b.real) && fabs(b.real) <= 100.0)
        p = c_powi(a, (long)b.real);
    else
        p = c_pow(a, b);
    /* _Py_ADJUST_ERANGE2: an infinite part is an overflow; an underflow
     * (ERANGE with finite parts) is not an error */
    if (isinf(p.real) || isinf(p.imag)) {
        if (errno == 0) errno = ERANGE;
    } else if (errno == ERANGE) {
        errno = 0;
    }
    if (errno == EDOM)
        return sl_raise(vm, SL_ZeroDivisionError, "0.0 to a negative or complex power");
    if (errno == ERANGE) return sl_raise(vm, SL_OverflowError, "complex exponentiation");
    return cx_new(vm, p);
}

/* ---- operands -------------------------------------------------------------------------- */

/* An operand of a complex operator (CPython's TO_COMPLEX): complex, int
 * (OverflowError if too big for a double) or float.  Returns 1, 0 (not a
 * number: NotImplemented) or -1 (error). */
static int to_complex(SlVM *vm, SlValue v, Cx *out) {
    out->real = out->imag = 0.0;
    if (SL_IS_INT(v)) {
        out->real = (double)SL_INT_VAL(v);
        return 1;
    }
    if (SL_IS_COMPLEX(v)) {
        *out = cx_of(v);
        return 1;
    }
    if (SL_IS_INTLIKE(v)) return sl_int_as_double(vm, v, &out->real) ? 1 : -1;
    if (SL_IS_FLOAT(v)) {
        out->real = SL_FLOAT_VAL(v);
        return 1;
    }
    return 0;
}

#define CONVERT(vm, a, b, x, y)                                                                    \
    do {                                                                                           \
        int ca_ = to_complex((vm), (a), &(x));                                                     \
        if (ca_ <= 0) return ca_ < 0 ? SL_NULL : SL_NOTIMPL;                                       \
        int cb_ = to_complex((vm), (b), &(y));                                                     \
        if (cb_ <= 0) return cb_ < 0 ? SL_NULL : SL_NOTIMPL;                                       \
    } while (0)

/* ---- arithmetic ------------------------------------------------------------------------ */

static SlValue complex_add(SlVM *vm, SlValue a, SlValue b) {
    Cx x, y;
    CONVERT(vm, a, b, x, y);
    return sl_complex_new(vm, x.real + y.real, x.imag + y.imag);
}

static SlValue complex_sub(SlVM *vm, SlValue a, SlValue b) {
    Cx x, y;
    CONVERT(vm, a, b, x, y);
    return sl_complex_new(vm, x.real - y.real, x.imag - y.imag);
}

static SlValue complex_mul(SlVM *vm, SlValue a, SlValue b) {
    Cx x, y;
    CONVERT(vm, a, b, x, y);
    return cx_new(vm, c_prod(x, y));
}

static SlValue complex_truediv(SlVM *vm, SlValue a, SlValue b) {
    Cx x, y;
    CONVERT(vm, a, b, x, y);
    errno = 0;
    Cx q = c_quot(x, y);
    if (errno == EDOM) return sl_raise(vm, SL_ZeroDivisionError, "complex division by zero");
    return cx_new(vm, q);
}

static SlValue complex_pow(SlVM *vm, SlValue a, SlValue b) {
    Cx x, y;
    CONVERT(vm, a, b, x, y);
    return sl_complex_pow(vm, x.real, x.imag, y.real, y.imag);
}

/* 3.8-3.9 only: // and % (and divmod) exist to refuse; 3.10+ has no such
 * slots, so the operator reports the operand types as unsupported. */
static SlValue complex_floordiv(SlVM *vm, SlValue a, SlValue b) {
    (void)a, (void)b;
    if (!vm->ver->complex_floor_stubs) return SL_NOTIMPL;
    /* whatever the other operand is: 3.8-3.9 do not even convert it */
    return sl_raise(vm, SL_TypeError, "can't take floor of complex number.");
}

static SlValue complex_mod(SlVM *vm, SlValue a, SlValue b) {
    (void)a, (void)b;
    if (!vm->ver->complex_floor_stubs) return SL_NOTIMPL;
    return sl_raise(vm, SL_TypeError, "can't mod complex numbers.");
}

static SlValue complex_divmod(SlVM *vm, SlValue a, SlValue b) {
    (void)a, (void)b;
    return sl_raise(vm, SL_TypeError, "can't take floor or mod of complex number.");
}

static SlValue complex_int(SlVM *vm, SlValue a) {
    (void)a;
    return sl_raise(vm, SL_TypeError, "can't convert complex to int");
}

static SlValue complex_float(SlVM *vm, SlValue a) {
    (void)a;
    return sl_raise(vm, SL_TypeError, "can't convert complex to float");
}

static SlValue complex_neg(SlVM *vm, SlValue a) {
    if (!SL_IS_COMPLEX(a)) return SL_NOTIMPL;
    return sl_complex_new(vm, -SL_COMPLEX_REAL(a), -SL_COMPLEX_IMAG(a));
}

static SlValue complex_pos(SlVM *vm, SlValue a) {
    if (!SL_IS_COMPLEX(a)) return SL_NOTIMPL;
    if (SL_IS_EXACT_COMPLEX(a)) return sl_incref(a);
    return cx_new(vm, cx_of(a));
}

/* _Py_c_abs: C99's rule that an infinite part wins over a NaN */
static SlValue complex_abs(SlVM *vm, SlValue a) {
    Cx z = cx_of(a);
    double r;
    if (isinf(z.real)) r = fabs(z.real);
    else if (isinf(z.imag)) r = fabs(z.imag);
    else if (isnan(z.real) || isnan(z.imag)) r = NAN;
    else {
        r = hypot(z.real, z.imag);
        if (isinf(r)) return sl_raise(vm, SL_OverflowError, "absolute value too large");
    }
    return sl_float_new(vm, r);
}

static int complex_bool(SlVM *vm, SlValue a) {
    (void)vm;
    return SL_COMPLEX_REAL(a) != 0.0 || SL_COMPLEX_IMAG(a) != 0.0;
}

/* ---- comparison and hash --------------------------------------------------------------- */

static SlValue complex_richcompare(SlVM *vm, SlValue a, SlValue b, SlCompareOp op) {
    if ((op != SL_EQ && op != SL_NE) || !SL_IS_COMPLEX(a)) return SL_NOTIMPL;
    Cx x = cx_of(a);
    bool equal;
    if (SL_IS_INTLIKE(b)) {
        if (x.imag != 0.0) {
            equal = false;
        } else {
            /* exact, as float == int is: through a temporary float, as
             * CPython does */
            SlValue f = sl_float_new(vm, x.real);
            if (!f) return SL_NULL;
            SlValue r = sl_richcompare(vm, f, b, op);
            sl_decref(vm, f);
            return r;
        }
    } else if (SL_IS_FLOAT(b)) {
        equal = x.real == SL_FLOAT_VAL(b) && x.imag == 0.0;
    } else if (SL_IS_COMPLEX(b)) {
        Cx y = cx_of(b);
        equal = x.real == y.real && x.imag == y.imag;
    } else {
        return SL_NOTIMPL;
    }
    return SL_BOOL(equal == (op == SL_EQ));
}

/* _Py_HashDouble of one part; a NaN hashes by the object's address
 * (3.10+; 3.8-3.9 hash NaN as 0, as float's hash here does not model) */
static uint64_t part_hash(SlValue v, double d) {
    if (isnan(d)) {
        uint64_t y = (uint64_t)v;
        return (y >> 4) | (y << 60);
    }
    return (uint64_t)sl_float_hash(d);
}

/* hash(real) + 1000003 * hash(imag), so that hash(x + 0j) == hash(x) */
static bool complex_hash(SlVM *vm, SlValue v, int64_t *out) {
    (void)vm;
    uint64_t h = part_hash(v, SL_COMPLEX_REAL(v)) + 1000003u * part_hash(v, SL_COMPLEX_IMAG(v));
    *out = (int64_t)h == -1 ? -2 : (int64_t)h;
    return true;
}

/* ---- repr ------------------------------------------------------------------------------ */

/* Each part as repr(float) but without ".0"; the real part is left out
 * when it is +0.0, else the two are parenthesised: 1j, (1+2j), (-0-1j). */
static SlValue complex_repr(SlVM *vm, SlValue v) {
    Cx c = cx_of(v);
    bool skip_re = c.real == 0.0 && !signbit(c.real);
    SlBuf b;
    sl_buf_init(&b);
    if (!skip_re) sl_buf_addc(&b, '(');
    if ((!skip_re && !sl_double_format(vm, c.real, 'r', 0, 0, &b)) ||
        !sl_double_format(vm, c.imag, 'r', 0, skip_re ? 0 : SL_DTSF_SIGN, &b)) {
        sl_buf_free(&b);
        return SL_NULL;
    }
    sl_buf_adds(&b, skip_re ? "j" : "j)");
    return sl_buf_finish(vm, &b);
}

/* ---- complex() ------------------------------------------------------------------------- */

static bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static bool ci_prefix(const char *s, size_t n, const char *word) {
    size_t k = strlen(word);
    if (n < k) return false;
    for (size_t i = 0; i < k; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c != word[i]) return false;
    }
    return true;
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* PyOS_string_to_double(s, &end, NULL): the longest prefix of s[0..n)
 * that reads as a float (sign; digits with an optional point and
 * exponent; or inf, infinity, nan), its value (overflow gives inf) in
 * *out.  Returns the length used, 0 when there is none, or (size_t)-1
 * when out of memory. */
static size_t scan_float(const char *s, size_t n, double *out) {
    size_t i = 0;
    bool neg = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    if (ci_prefix(s + i, n - i, "inf")) {
        *out = neg ? -INFINITY : INFINITY;
        return i + (ci_prefix(s + i, n - i, "infinity") ? 8 : 3);
    }
    if (ci_prefix(s + i, n - i, "nan")) {
        *out = neg ? -NAN : NAN;
        return i + 3;
    }
    size_t ndigits = 0;
    while (i < n && is_digit(s[i])) i++, ndigits++;
    if (i < n && s[i] == '.') {
        i++;
        while (i < n && is_digit(s[i])) i++, ndigits++;
    }
    if (ndigits == 0) return 0;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1;
        if (j < n && (s[j] == '+' || s[j] == '-')) j++;
        if (j < n && is_digit(s[j])) {
            while (j < n && is_digit(s[j])) j++;
            i = j;
        }
    }
    /* strtod needs a terminated copy (and must not see hex or "nan(...)") */
    char small[64];
    char *buf = i < sizeof small ? small : malloc(i + 1);
    if (!buf) return (size_t)-1;
    memcpy(buf, s, i);
    buf[i] = 0;
    *out = strtod(buf, NULL);
    if (buf != small) free(buf);
    return i;
}

/* complex_from_string_inner on ASCII text: <float>, <float>j,
 * <float><signed-float>j, and the old forms <float><sign>j, <sign>j and j,
 * optionally in parentheses, with surrounding whitespace.  Returns 1, 0
 * (malformed) or -1 (out of memory). */
static int parse_complex(const char *s, size_t n, double *re, double *im) {
    size_t i = 0, k;
    double x = 0.0, y = 0.0, z;
    bool bracket = false;
    while (i < n && is_space(s[i])) i++;
    if (i < n && s[i] == '(') {
        bracket = true;
        i++;
        while (i < n && is_space(s[i])) i++;
    }
    k = scan_float(s + i, n - i, &z);
    if (k == (size_t)-1) return -1;
    if (k > 0) {
        i += k;
        if (i < n && (s[i] == '+' || s[i] == '-')) {
            x = z;
            k = scan_float(s + i, n - i, &y);
            if (k == (size_t)-1) return -1;
            if (k > 0) {
                i += k;
            } else {
                y = s[i] == '+' ? 1.0 : -1.0;
                i++;
            }
            if (!(i < n && (s[i] == 'j' || s[i] == 'J'))) return 0;
            i++;
        } else if (i < n && (s[i] == 'j' || s[i] == 'J')) {
            i++;
            y = z;
        } else {
            x = z;
        }
    } else {
        if (i < n && (s[i] == '+' || s[i] == '-')) {
            y = s[i] == '+' ? 1.0 : -1.0;
            i++;
        } else {
            y = 1.0;
        }
        if (!(i < n && (s[i] == 'j' || s[i] == 'J'))) return 0;
        i++;
    }
    while (i < n && is_space(s[i])) i++;
    if (bracket) {
        if (!(i < n && s[i] == ')')) return 0;
        i++;
        while (i < n && is_space(s[i])) i++;
    }
    if (i != n) return 0;
    *re = x;
    *im = y;
    return 1;
}

/* _Py_string_to_number_with_underscores: an underscore only between
 * digits, then parsed without them.  Returns 1, 0 (invalid underscores:
 * the "could not convert" error), -2 (malformed) or -1 (out of memory). */
static int parse_with_underscores(const char *s, size_t n, double *re, double *im) {
    if (!memchr(s, '_', n)) {
        int r = parse_complex(s, n, re, im);
        return r == 0 ? -2 : r;
    }
    char *dup = malloc(n + 1);
    if (!dup) return -1;
    size_t o = 0, i;
    char prev = 0;
    for (i = 0; i < n && s[i]; i++) {
        char c = s[i];
        if (c == '_') {
            if (!is_digit(prev)) goto bad;
        } else {
            dup[o++] = c;
            if (prev == '_' && !is_digit(c)) goto bad;
        }
        prev = c;
    }
    if (prev == '_' || i != n) goto bad;   /* a trailing '_', or a NUL */
    int r = parse_complex(dup, o, re, im);
    free(dup);
    return r == 0 ? -2 : r;
bad:
    free(dup);
    return 0;
}

static SlValue complex_from_string(SlVM *vm, SlType *type, SlValue str) {
    const char *s = SL_STR_DATA(str);
    size_t n = SL_STR_SIZE(str), alen = n;
    char *ascii = NULL;
    for (size_t i = 0; i < n; i++) {
        if ((unsigned char)s[i] >= 128) {
            /* Unicode digits and spaces count as their ASCII forms */
            ascii = sl_unicode_to_ascii_number(vm, s, n, &alen);
            if (!ascii) return SL_NULL;
            break;
        }
    }
    double re = 0, im = 0;
    int r = parse_with_underscores(ascii ? ascii : s, alen, &re, &im);
    if (ascii) sl_mem_free(vm, ascii, n + 1);
    if (r == -1) return sl_raise_nomemory(vm);
    if (r == -2) return sl_raise(vm, SL_ValueError, "complex() arg is a malformed string");
    if (r == 0) {
        SlValue rep = sl_repr(vm, str);
        if (!rep) return SL_NULL;
        sl_raise(vm, SL_ValueError, "could not convert string to complex: %s", SL_STR_DATA(rep));
        sl_decref(vm, rep);
        return SL_NULL;
    }
    return complex_subtype_new(vm, type, re, im);
}

/* try_complex_special_method: x.__complex__() if type(x) has it (new
 * reference), SL_NULL with no exception when it has not. */
static SlValue call_dunder_complex(SlVM *vm, SlValue x, bool *found) {
    SlValue name = sl_intern_cstr("__complex__");
    *found = false;
    if (!sl_type_lookup(sl_type_of(x), name)) return SL_NULL;
    SlValue r = sl_call_special(vm, x, name, NULL, 0, found);
    if (!r) return SL_NULL;
    if (!SL_IS_COMPLEX(r)) {
        sl_raise(vm, SL_TypeError, "__complex__ returned non-complex (type %s)", sl_type_name(r));
        sl_decref(vm, r);
        return SL_NULL;
    }
    /* a complex subclass is accepted; CPython also warns that it is
     * deprecated (DeprecationWarning; slotlab has no warnings yet) */
    return r;
}

static bool is_number_for_complex(SlValue v) {
    SlType *t = sl_type_of(v);
    return SL_IS_INTLIKE(v) || SL_IS_FLOAT(v) || t->float_ || t->index || SL_IS_COMPLEX(v);
}

static SlValue complex_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs,
                           SlValue kwnames) {
    static const char *const names[] = {"real", "imag", NULL};
    SlValue p[2];
    /* 3.8-3.12: "'x' is an invalid keyword argument for complex()" */
    if (!sl_args_parse(vm, "complex", args, nargs, kwnames, names, 0, 2, p)) return SL_NULL;
    SlValue r = p[0] ? p[0] : SL_FROM_INT(0), i = p[1];
    if (SL_IS_EXACT_COMPLEX(r) && !i && type == &sl_complex_type) return sl_incref(r);
    if (SL_IS_STR(r)) {
        if (i)
            return sl_raise(vm, SL_TypeError,
                            "complex() can't take second arg if first is a string");
        return complex_from_string(vm, type, r);
    }
    if (i && SL_IS_STR(i))
        return sl_raise(vm, SL_TypeError, "complex() second arg can't be a string");
    bool found;
    SlValue own = call_dunder_complex(vm, r, &found);
    if (!own && sl_exc_occurred(vm)) return SL_NULL;
    if (own) r = own;
    Cx cr = {0, 0}, ci = {0, 0};
    bool cr_is_complex = false, ci_is_complex = false;
    if (!is_number_for_complex(r)) {
        sl_raise(vm, SL_TypeError, "complex() first argument must be a string or a number, not '%s'",
                 sl_type_name(r));
        sl_xdecref(vm, own);
        return SL_NULL;
    }
    if (i && !is_number_for_complex(i)) {
        sl_raise(vm, SL_TypeError, "complex() second argument must be a number, not '%s'",
                 sl_type_name(i));
        sl_xdecref(vm, own);
        return SL_NULL;
    }
    /* real + imag*1j, where either may itself be complex */
    if (SL_IS_COMPLEX(r)) {
        cr = cx_of(r);
        cr_is_complex = true;
        sl_xdecref(vm, own);
    } else {
        bool ok = sl_as_double(vm, r, &cr.real);
        sl_xdecref(vm, own);
        if (!ok) return SL_NULL;
    }
    if (!i) {
        ci.real = cr.imag;
    } else if (SL_IS_COMPLEX(i)) {
        ci = cx_of(i);
        ci_is_complex = true;
    } else if (!sl_as_double(vm, i, &ci.real)) {
        return SL_NULL;
    }
    if (ci_is_complex) cr.real -= ci.imag;
    if (cr_is_complex && i) ci.real += cr.imag;
    return complex_subtype_new(vm, type, cr.real, ci.real);
}

/* ---- methods --------------------------------------------------------------------------- */

static SlValue complex_m_conjugate(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                   SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "conjugate", nargs, kw, 0, 0)) return SL_NULL;
    return sl_complex_new(vm, SL_COMPLEX_REAL(self), -SL_COMPLEX_IMAG(self));
}

static SlValue complex_m_complex(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                 SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "__complex__", nargs, kw, 0, 0)) return SL_NULL;
    if (SL_IS_EXACT_COMPLEX(self)) return sl_incref(self);
    return cx_new(vm, cx_of(self));
}

static SlValue complex_m_getnewargs(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                    SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "__getnewargs__", nargs, kw, 0, 0)) return SL_NULL;
    SlValue re = sl_float_new(vm, SL_COMPLEX_REAL(self));
    if (!re) return SL_NULL;
    SlValue im = sl_float_new(vm, SL_COMPLEX_IMAG(self));
    if (!im) {
        sl_decref(vm, re);
        return SL_NULL;
    }
    SlValue t = sl_tuple_pack(vm, 2, re, im);
    sl_decref(vm, re);
    sl_decref(vm, im);
    return t;
}

static SlValue complex_m_format(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                SlValue kw) {
    if (!sl_args_check(vm, "__format__", nargs, kw, 1, 1)) return SL_NULL;
    if (!SL_IS_STR(args[0]))
        return sl_raise(vm, SL_TypeError, "__format__() argument must be str, not %s",
                        sl_type_name(args[0]));
    if (SL_STR_SIZE(args[0]) == 0) return sl_str(vm, self);
    SlFormatSpec spec;
    if (!sl_format_spec_parse_for(vm, args[0], &spec, 0, '>', sl_type_name(self))) return SL_NULL;
    return sl_format_complex(vm, SL_COMPLEX_REAL(self), SL_COMPLEX_IMAG(self), &spec,
                             sl_type_name(self));
}

static SlValue complex_m_divmod(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                SlValue kw) {
    if (!sl_args_check(vm, "__divmod__", nargs, kw, 1, 1)) return SL_NULL;
    return complex_divmod(vm, self, args[0]);
}

static SlValue complex_m_rdivmod(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                 SlValue kw) {
    if (!sl_args_check(vm, "__rdivmod__", nargs, kw, 1, 1)) return SL_NULL;
    return complex_divmod(vm, args[0], self);
}

static SlValue complex_get_real(SlVM *vm, SlValue self) {
    return sl_float_new(vm, SL_COMPLEX_REAL(self));
}

static SlValue complex_get_imag(SlVM *vm, SlValue self) {
    return sl_float_new(vm, SL_COMPLEX_IMAG(self));
}

/* __complex__ (3.11+), __divmod__ and __rdivmod__ (3.8-3.9) are taken out
 * of the type's dict in other versions (type.c's version_methods). */
static const SlMethodDef complex_methods[] = {
    {"conjugate", complex_m_conjugate, SL_METH_DEFAULT, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__complex__", complex_m_complex, SL_METH_DEFAULT, "Convert this value to exact type complex."},
    {"__getnewargs__", complex_m_getnewargs, SL_METH_DEFAULT, NULL},
    {"__format__", complex_m_format, SL_METH_DEFAULT, "Convert to a string according to format_spec."},
    {"__divmod__", complex_m_divmod, SL_METH_DEFAULT, "Return divmod(self, value)."},
    {"__rdivmod__", complex_m_rdivmod, SL_METH_DEFAULT, "Return divmod(value, self)."},
    {NULL, NULL, 0, NULL}};

static const SlGetSetDef complex_getsets[] = {
    {"real", complex_get_real, NULL, "the real part of a complex number"},
    {"imag", complex_get_imag, NULL, "the imaginary part of a complex number"},
    {NULL, NULL, NULL, NULL}};

/* Readied with __int__ and __float__ wrappers (3.8-3.9's); other
 * versions clear the slots (sl_complex_apply_version) and the wrappers
 * (type.c). */
SlType sl_complex_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "complex",
    .flags = SL_TPFLAGS_BASETYPE,
    .doc = "Create a complex number from a string or numbers.\n\n"
           "If a string is given, parse it as a complex number.\n"
           "If a single number is given, convert it to a complex number.\n"
           "If the 'real' or 'imag' arguments are given, create a complex number\n"
           "with the specified real and imaginary components.",
    .basicsize = sizeof(SlComplex),
    .new_ = complex_new,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .nb = {[SL_NB_ADD] = complex_add, [SL_NB_SUB] = complex_sub, [SL_NB_MUL] = complex_mul,
           [SL_NB_TRUEDIV] = complex_truediv, [SL_NB_POW] = complex_pow,
           [SL_NB_FLOORDIV] = complex_floordiv, [SL_NB_MOD] = complex_mod},
    .un = {[SL_UN_NEG] = complex_neg, [SL_UN_POS] = complex_pos},
    .abs = complex_abs,
    .bool_ = complex_bool,
    .int_ = complex_int,
    .float_ = complex_float,
    .methods = complex_methods,
    .getsets = complex_getsets,
};

void sl_complex_apply_version(SlVM *vm) {
    bool stubs = vm->ver->complex_floor_stubs;
    sl_complex_type.int_ = stubs ? complex_int : NULL;
    sl_complex_type.float_ = stubs ? complex_float : NULL;
}
