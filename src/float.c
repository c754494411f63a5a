/* float.c: Python float.
 *
 * Arithmetic follows CPython's Objects/floatobject.c: `//` and `%` take
 * the sign of the divisor (float_divmod), `**` sorts out the special cases
 * itself before calling pow(), comparisons with ints are exact, and hashes
 * of integral floats equal the hashes of the equal ints.
 *
 * Text conversion: CPython uses David Gay's dtoa.  Here the digits come
 * from exact 64/128-bit integer arithmetic when they fit (a few digits of a
 * double of moderate size), else from the C library's correctly rounded
 * printf ("%.*e" / "%.*f"), the shortest round-tripping digits by trying
 * 1..17 significant digits, and
 * the digits are laid out by a port of CPython's format_float_short so
 * that repr(), str(), format() and round() print what CPython prints.
 */
#include "float.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "complex.h"
#include "errors.h"
#include "format.h"
#include "int.h"
#include "str.h"
#include "tuple.h"

/* IEEE 754 double parameters (<float.h>'s names; that header is shadowed
 * by our own float.h when src/ is on the include path) */
#define DBL_MANT_DIG 53
#define DBL_MAX_EXP 1024
#define DBL_MIN_EXP (-1021)

SlValue sl_float_new(SlVM *vm, double d) {
    SlFloat *f = (SlFloat *)sl_obj_alloc(vm, &sl_float_type, sizeof(SlFloat));
    if (!f) return SL_NULL;
    f->value = d;
    return SL_OBJ(f);
}

static SlValue float_subtype_new(SlVM *vm, SlType *type, double d) {
    SlFloat *f = (SlFloat *)sl_obj_alloc(vm, type, type->basicsize);
    if (!f) return SL_NULL;
    f->value = d;
    return SL_OBJ(f);
}

/* ---- digits (a stand-in for Gay's _Py_dg_dtoa) ------------------------------ */

/* Decimal digits of |d| (finite, nonzero or zero): no leading or trailing
 * zeros ("0" for zero), with the decimal point after `decpt` digits. */
typedef struct {
    char digits[800];   /* enough for mode 2 up to 780 digits; longer -> heap */
    char *d;            /* digits (points into `digits` or to heap memory) */
    size_t heap_size;
    int len;
    int decpt;
} Digits;

static void digits_free(Digits *g) {
    if (g->d != g->digits) free(g->d);
}

/* Parse the output of "%.*e": "d.ddddde[+-]xx" */
static void digits_from_e(Digits *g, const char *s) {
    int n = 0;
    const char *p = s;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9') g->d[n++] = *p;
    int e = atoi(p + 1);
    while (n > 1 && g->d[n - 1] == '0') n--;
    g->d[n] = 0;
    g->len = n;
    g->decpt = e + 1;
    if (n == 1 && g->d[0] == '0') g->decpt = 1;
}

static bool digits_alloc(Digits *g, size_t need) {
    g->d = g->digits;
    g->heap_size = 0;
    if (need > sizeof g->digits) {
        g->d = malloc(need);
        if (!g->d) return false;
        g->heap_size = need;
    }
    return true;
}

/* ---- exact digits by integer arithmetic ------------------------------------------------------
 * The common cases (a few digits of a double of moderate size) need no
 * bignums: d = m * 2^e exactly, so d * 10^p = m * 5^p * 2^(e+p) (or, for
 * p < 0, m * 2^(e+p) / 5^-p) fits in 128 bits, and rounding it half to
 * even gives the same digits as dtoa's correctly rounded modes 2 and 3
 * (and as glibc's printf, the fallback for everything else). */
#if defined(__SIZEOF_INT128__)
#define HAVE_EXACT_DIGITS 1
__extension__ typedef unsigned __int128 u128;

static const uint64_t POW5[28] = {
    1ULL, 5ULL, 25ULL, 125ULL, 625ULL, 3125ULL, 15625ULL, 78125ULL, 390625ULL, 1953125ULL,
    9765625ULL, 48828125ULL, 244140625ULL, 1220703125ULL, 6103515625ULL, 30517578125ULL,
    152587890625ULL, 762939453125ULL, 3814697265625ULL, 19073486328125ULL, 95367431640625ULL,
    476837158203125ULL, 2384185791015625ULL, 11920928955078125ULL, 59604644775390625ULL,
    298023223876953125ULL, 1490116119384765625ULL, 7450580596923828125ULL};
static const uint64_t POW10[20] = {
    1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL, 100000000ULL,
    1000000000ULL, 10000000000ULL, 100000000000ULL, 1000000000000ULL, 10000000000000ULL,
    100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL, 100000000000000000ULL,
    1000000000000000000ULL, 10000000000000000000ULL};
#define EXACT_MAX_P 27

static int bitlen128(u128 x) {
    uint64_t hi = (uint64_t)(x >> 64), lo = (uint64_t)x;
    if (hi) return 128 - __builtin_clzll(hi);
    return lo ? 64 - __builtin_clzll(lo) : 0;
}

/* floor(ad * 10^p) and ad * 10^p rounded half to even, for a finite
 * ad > 0 and |p| <= EXACT_MAX_P; false when they do not fit in 64 bits
 * (or the 128-bit intermediates would overflow). */
static bool scaled_round(double ad, int p, uint64_t *fl, uint64_t *rn) {
    uint64_t bits;
    memcpy(&bits, &ad, sizeof bits);
    int be = (int)((bits >> 52) & 0x7ff);
    uint64_t m = bits & ((1ULL << 52) - 1);
    int e;
    if (be) {
        m |= 1ULL << 52;
        e = be - 1075;
    } else {
        e = -1074;
    }
    u128 q, rem, half;
    if (p >= 0) {
        u128 n = (u128)m * POW5[p];   /* < 2^116 */
        int s = e + p;
        if (s >= 0) {
            if (bitlen128(n) + s > 64) return false;
            *fl = *rn = (uint64_t)(n << s);
            return true;
        }
        int r = -s;
        if (r >= 128) {   /* ad * 10^p < 2^116 / 2^128 < 1/2 */
            *fl = *rn = 0;
            return true;
        }
        q = n >> r;
        rem = n - (q << r);
        half = (u128)1 << (r - 1);
        if (q >= UINT64_MAX) return false;
        *fl = (uint64_t)q;
        *rn = (uint64_t)q + (rem > half || (rem == half && (q & 1)));
        return true;
    }
    uint64_t p5 = POW5[-p];
    int t = e + p;   /* ad * 10^p = m * 2^t / 5^-p */
    u128 num, den;
    if (t >= 0) {
        if (bitlen128(m) + t > 127) return false;
        num = (u128)m << t;
        den = p5;
    } else {
        if (bitlen128(p5) - t > 126) return false;
        num = m;
        den = (u128)p5 << -t;
    }
    q = num / den;
    rem = num - q * den;
    if (q >= UINT64_MAX) return false;
    *fl = (uint64_t)q;
    *rn = (uint64_t)q + (2 * rem > den || (2 * rem == den && (q & 1)));
    return true;
}

/* The decimal digits of n > 0 into g, without trailing zeros, for the
 * value n * 10^-p; n == 0 is the "rounds to zero" result of mode 3. */
static void digits_from_u64(Digits *g, uint64_t n, int p) {
    g->d = g->digits;
    g->heap_size = 0;
    if (n == 0) {
        g->d[0] = 0;
        g->len = 0;
        g->decpt = -p;
        return;
    }
    char tmp[24];
    int k = 24;
    while (n) {
        tmp[--k] = (char)('0' + n % 10);
        n /= 10;
    }
    int len = 24 - k;
    g->decpt = len - p;
    while (len > 1 && tmp[k + len - 1] == '0') len--;
    memcpy(g->d, tmp + k, (size_t)len);
    g->d[len] = 0;
    g->len = len;
}

/* floor(log10(ad)), or one off near powers of ten (the callers correct it) */
static int decimal_exponent(double ad) {
    int ex;
    frexp(ad, &ex);
    /* log10(2) = 0.30103: ex - 1 <= log2(ad) < ex */
    return (int)floor((ex - 1) * 0.30102999566398120);
}

/* mode 2: ndigits significant digits of ad > 0, if the integers fit */
static bool exact_mode2(Digits *g, double ad, int ndigits) {
    if (ndigits < 1 || ndigits > 19) return false;
    int k = decimal_exponent(ad), p = 0;
    uint64_t fl = 0, rn = 0;
    for (int tries = 0;; tries++) {
        p = ndigits - 1 - k;
        if (tries > 3 || p > EXACT_MAX_P || p < -EXACT_MAX_P || !scaled_round(ad, p, &fl, &rn))
            return false;
        if (fl >= POW10[ndigits]) k++;
        else if (fl < POW10[ndigits - 1]) k--;
        else break;
    }
    digits_from_u64(g, rn, p);
    return true;
}
#endif

/* Shortest digits that read back as d (mode 0). */
static void digits_shortest(Digits *g, double d) {
    char buf[40];
    g->d = g->digits;
    d = fabs(d);
    if (d == 0) {
        strcpy(g->d, "0");
        g->len = 1;
        g->decpt = 1;
        return;
    }
    for (int prec = 0; prec < 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec, d);
        if (strtod(buf, NULL) == d) {
            digits_from_e(g, buf);
            return;
        }
        /* At a power of two the gap below d is half the gap above, so
         * the nearest prec-digit decimal may miss while the next one up
         * reads back: that one is then the shortest (as dtoa finds). */
        char *e = strchr(buf, 'e');
        int exp10 = atoi(e + 1);
        char up[40];
        int n = 0;
        for (char *p = buf; p < e; p++)
            if (*p >= '0' && *p <= '9') up[n++] = *p;
        int i = n - 1;
        while (i >= 0 && up[i] == '9') up[i--] = '0';
        if (i < 0) {
            memmove(up + 1, up, (size_t)n);
            up[0] = '1';
            exp10++;
        } else {
            up[i]++;
        }
        char cand[48];
        snprintf(cand, sizeof cand, "%c.%.*se%d", up[0], prec, up + 1, exp10);
        double v = strtod(cand, NULL);
        if (v == d) {
            digits_from_e(g, cand);
            return;
        }
    }
    snprintf(buf, sizeof buf, "%.16e", d);
    digits_from_e(g, buf);
}

/* ndigits significant digits, correctly rounded (mode 2) */
static bool digits_mode2(Digits *g, double d, int ndigits) {
    if (!digits_alloc(g, (size_t)ndigits + 32)) return false;
    if (d == 0) {
        strcpy(g->d, "0");
        g->len = 1;
        g->decpt = 1;
        return true;
    }
#ifdef HAVE_EXACT_DIGITS
    if (exact_mode2(g, fabs(d), ndigits)) return true;
#endif
    size_t bsize = (size_t)ndigits + 32;
    char *buf = malloc(bsize);
    if (!buf) return false;
    snprintf(buf, bsize, "%.*e", ndigits - 1, d);
    digits_from_e(g, buf);
    free(buf);
    return true;
}

/* correctly rounded to ndigits after the point (mode 3, ndigits >= 0) */
static bool digits_mode3(Digits *g, double d, int ndigits) {
#ifdef HAVE_EXACT_DIGITS
    uint64_t fl, rn;
    if (d != 0 && ndigits <= EXACT_MAX_P && scaled_round(fabs(d), ndigits, &fl, &rn)) {
        digits_from_u64(g, rn, ndigits);
        return true;
    }
#endif
    size_t bsize = (size_t)ndigits + 330;
    if (!digits_alloc(g, bsize)) return false;
    if (d == 0) {
        strcpy(g->d, "0");
        g->len = 1;
        g->decpt = 1;
        return true;
    }
    char *buf = malloc(bsize);
    if (!buf) return false;
    snprintf(buf, bsize, "%.*f", ndigits, fabs(d));
    int n = 0, intdigits = 0;
    bool seen_point = false;
    for (char *p = buf; *p; p++) {
        if (*p == '.') {
            seen_point = true;
            continue;
        }
        if (!seen_point) intdigits++;
        g->d[n++] = *p;
    }
    free(buf);
    /* strip leading zeros (moving the point) and trailing zeros */
    int lead = 0;
    while (lead < n && g->d[lead] == '0') lead++;
    if (lead == n) {
        /* rounds to zero: no digits, "fcvt style" */
        g->d[0] = 0;
        g->len = 0;
        g->decpt = -ndigits;
        return true;
    }
    memmove(g->d, g->d + lead, (size_t)(n - lead));
    n -= lead;
    int decpt = intdigits - lead;
    while (n > 0 && g->d[n - 1] == '0') n--;
    g->d[n] = 0;
    g->len = n;
    g->decpt = decpt;
    return true;
}

/* CPython's format_float_short (Python/pystrtod.c).
 * code: 'e' 'f' 'g' 'r' (lower case; `upper` selects E / INF / NAN).
 * The text goes to `small` (small_cap >= 32 bytes) when it fits, else to
 * a malloc'd block; returns that pointer (the caller frees it if it is not
 * `small`), or NULL when out of memory. */
static char *format_float_short(double d, char code, int precision, int flags, bool upper,
                                char *small, size_t small_cap, size_t *len) {
    bool always_sign = flags & SL_DTSF_SIGN, add_dot_0 = flags & SL_DTSF_ADD_DOT_0;
    bool alt = flags & SL_DTSF_ALT, no_neg_0 = flags & SL_DTSF_NO_NEG_0;
    char *w = small;
    if (isnan(d) || isinf(d)) {
        if (isinf(d) && d < 0) *w++ = '-';
        else if (always_sign) *w++ = '+';
        memcpy(w, isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"), 3);
        *len = (size_t)(w + 3 - small);
        return small;
    }
    Digits g;
    bool ok = true;
    if (code == 'r') {
        digits_shortest(&g, d);
    } else if (code == 'f') {
        ok = digits_mode3(&g, d, precision);
    } else {
        ok = digits_mode2(&g, d, precision);
    }
    if (!ok) return NULL;
    int sign = signbit(d) ? 1 : 0;
    if (no_neg_0 && sign && (g.len == 0 || (g.len == 1 && g.d[0] == '0'))) sign = 0;
    int64_t decpt = g.decpt, digits_len = g.len;
    int64_t vdigits_end = digits_len, vdigits_start;
    bool use_exp = false;
    int64_t exp = 0;
    switch (code) {
    case 'e':
        use_exp = true;
        vdigits_end = precision;
        break;
    case 'f':
        vdigits_end = decpt + precision;
        break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
        if (alt) vdigits_end = precision;
        break;
    case 'r':
        if (decpt <= -4 || decpt > 16) use_exp = true;
        break;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    vdigits_start = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0)
        vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
    else
        vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;

    /* at most: sign, the zeros before the digits, the digits, the zeros
     * after them, the point and the exponent */
    int64_t bound = 16 + (decpt < 0 ? -decpt : decpt) - vdigits_start + digits_len +
                    (vdigits_end > 0 ? vdigits_end : 0);
    char *out = (size_t)bound <= small_cap ? small : malloc((size_t)bound);
    if (!out) {
        digits_free(&g);
        return NULL;
    }
    w = out;
    if (sign) *w++ = '-';
    else if (always_sign) *w++ = '+';
    char *mark = w;
    if (decpt <= 0) {
        for (int64_t i = 0; i < decpt - vdigits_start; i++) *w++ = '0';
        *w++ = '.';
        for (int64_t i = 0; i < -decpt; i++) *w++ = '0';
    } else {
        for (int64_t i = 0; i < -vdigits_start; i++) *w++ = '0';
    }
    if (0 < decpt && decpt <= digits_len) {
        memcpy(w, g.d, (size_t)decpt);
        w += decpt;
        *w++ = '.';
        memcpy(w, g.d + decpt, (size_t)(digits_len - decpt));
        w += digits_len - decpt;
    } else {
        memcpy(w, g.d, (size_t)digits_len);
        w += digits_len;
    }
    if (digits_len < decpt) {
        for (int64_t i = 0; i < decpt - digits_len; i++) *w++ = '0';
        *w++ = '.';
        for (int64_t i = 0; i < vdigits_end - decpt; i++) *w++ = '0';
    } else {
        for (int64_t i = 0; i < vdigits_end - digits_len; i++) *w++ = '0';
    }
    if (w > mark && w[-1] == '.' && !alt) w--;
    if (use_exp) {
        /* e, sign, at least two digits */
        *w++ = upper ? 'E' : 'e';
        *w++ = exp < 0 ? '-' : '+';
        int64_t x = exp < 0 ? -exp : exp;
        if (x >= 100) *w++ = (char)('0' + x / 100);
        *w++ = (char)('0' + x / 10 % 10);
        *w++ = (char)('0' + x % 10);
    }
    digits_free(&g);
    *len = (size_t)(w - out);
    return out;
}

char *sl_double_format_buf(SlVM *vm, double d, char code, int precision, int flags, char *small,
                           size_t small_cap, size_t *len) {
    bool upper = false;
    switch (code) {
    case 'E': code = 'e'; upper = true; break;
    case 'F': code = 'f'; upper = true; break;
    case 'G': code = 'g'; upper = true; break;
    default: break;
    }
    if (code == 'e') precision++; /* mode 2 with precision + 1 digits */
    if (code == 'g' && precision == 0) precision = 1;
    if (code == 'r') precision = 0;
    char *r = format_float_short(d, code, precision, flags, upper, small, small_cap, len);
    if (!r) sl_raise_nomemory(vm);
    return r;
}

bool sl_double_format(SlVM *vm, double d, char code, int precision, int flags, SlBuf *out) {
    char small[128];
    size_t n;
    char *r = sl_double_format_buf(vm, d, code, precision, flags, small, sizeof small, &n);
    if (!r) return false;
    sl_buf_add(out, r, n);
    if (r != small) free(r);
    return true;
}

void sl_double_repr(double d, char out[32]) {
    char tmp[96];   /* more than format_float_short's bound for 17 digits */
    size_t n = 0;
    char *r = format_float_short(d, 'r', 0, SL_DTSF_ADD_DOT_0, false, tmp, sizeof tmp, &n);
    if (!r) n = 0;
    if (n > 31) n = 31;   /* the longest repr, "-2.2250738585072014e-308", fits */
    if (n) memcpy(out, r, n);
    out[n] = 0;
    if (r && r != tmp) free(r);
}

static SlValue float_repr(SlVM *vm, SlValue v) {
    char buf[32];
    sl_double_repr(SL_FLOAT_VAL(v), buf);
    return sl_str_new(vm, buf, strlen(buf));
}

/* ---- parsing -------------------------------------------------------------------- */

static bool is_ascii_space(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

static bool ci_eq(const char *s, size_t n, const char *word) {
    size_t k = strlen(word);
    if (n != k) return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c != word[i]) return false;
    }
    return true;
}

/* digitpart: digit (["_"] digit)*, copied to out without underscores */
static const char *scan_digits(const char *p, const char *end, char *out, size_t *o) {
    if (p >= end || *p < '0' || *p > '9') return NULL;
    while (p < end) {
        if (*p >= '0' && *p <= '9') {
            out[(*o)++] = *p++;
        } else if (*p == '_' && p + 1 < end && p[1] >= '0' && p[1] <= '9') {
            p++;
        } else {
            break;
        }
    }
    return p;
}

/* Python's float syntax on ASCII text; *ok false if invalid */
static double parse_float(const char *s, size_t len, bool *ok, bool *nomem) {
    const char *p = s, *end = s + len;
    *ok = false;
    *nomem = false;
    while (p < end && is_ascii_space((unsigned char)*p)) p++;
    while (end > p && is_ascii_space((unsigned char)end[-1])) end--;
    if (p == end) return 0;
    char *clean = malloc((size_t)(end - p) + 2);
    if (!clean) {
        *nomem = true;
        return 0;
    }
    size_t o = 0;
    bool neg = false;
    if (*p == '+' || *p == '-') {
        neg = *p == '-';
        clean[o++] = *p++;
    }
    size_t rest = (size_t)(end - p);
    if (ci_eq(p, rest, "inf") || ci_eq(p, rest, "infinity")) {
        free(clean);
        *ok = true;
        return neg ? -INFINITY : INFINITY;
    }
    if (ci_eq(p, rest, "nan")) {
        free(clean);
        *ok = true;
        return neg ? -NAN : NAN;
    }
    bool have_int = false, have_frac = false;
    if (p < end && *p >= '0' && *p <= '9') {
        p = scan_digits(p, end, clean, &o);
        if (!p) goto bad;
        have_int = true;
    }
    if (p < end && *p == '.') {
        clean[o++] = *p++;
        if (p < end && *p >= '0' && *p <= '9') {
            p = scan_digits(p, end, clean, &o);
            if (!p) goto bad;
            have_frac = true;
        }
    }
    if (!have_int && !have_frac) goto bad;
    if (p < end && (*p == 'e' || *p == 'E')) {
        clean[o++] = *p++;
        if (p < end && (*p == '+' || *p == '-')) clean[o++] = *p++;
        p = scan_digits(p, end, clean, &o);
        if (!p) goto bad;
    }
    if (p != end) goto bad;
    clean[o] = 0;
    double d = strtod(clean, NULL);
    free(clean);
    *ok = true;
    return d;
bad:
    free(clean);
    return 0;
}



static SlValue float_from_text(SlVM *vm, const char *s, size_t len, SlValue orig, bool unicode,
                               double *out) {
    bool ok, nomem;
    double d;
    bool non_ascii = false;
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] >= 128) non_ascii = true;
    if (memchr(s, 0, len)) {
        ok = false;
        nomem = false;
        d = 0;
    } else if (unicode && non_ascii) {
        size_t alen;
        char *a = sl_unicode_to_ascii_number(vm, s, len, &alen);
        if (!a) return SL_NULL;
        d = parse_float(a, alen, &ok, &nomem);
        sl_mem_free(vm, a, len + 1);
    } else {
        d = parse_float(s, len, &ok, &nomem);
    }
    if (nomem) return sl_raise_nomemory(vm);
    if (!ok) {
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
        sl_raise(vm, SL_ValueError, "could not convert string to float: %s", SL_STR_DATA(r));
        sl_decref(vm, r);
        return SL_NULL;
    }
    *out = d;
    return SL_NONE;
}

SlValue sl_float_from_str(SlVM *vm, const char *s, size_t len) {
    double d;
    if (!float_from_text(vm, s, len, SL_NULL, true, &d)) return SL_NULL;
    return sl_float_new(vm, d);
}

/* ---- conversions ---------------------------------------------------------------- */

bool sl_as_double(SlVM *vm, SlValue v, double *out) {
    if (SL_IS_INT(v)) {
        return sl_int_as_double(vm, v, out);
    }
    SlType *t = sl_type_of(v);
    if (t == &sl_float_type) {
        *out = SL_FLOAT_VAL(v);
        return true;
    }
    if (t->float_) {
        SlValue r = t->float_(vm, v);
        if (!r) return false;
        if (!SL_IS_FLOAT(r)) {
            sl_raise(vm, SL_TypeError, "%s.__float__ returned non-float (type %s)", t->name,
                     sl_type_name(r));
            sl_decref(vm, r);
            return false;
        }
        *out = SL_FLOAT_VAL(r);
        sl_decref(vm, r);
        return true;
    }
    if (t->index) {
        SlValue r = sl_index(vm, v);
        if (!r) return false;
        bool ok = sl_int_as_double(vm, r, out);
        sl_decref(vm, r);
        return ok;
    }
    if (SL_IS_FLOAT(v)) {
        *out = SL_FLOAT_VAL(v);
        return true;
    }
    sl_raise(vm, SL_TypeError, "must be real number, not %s", t->name);
    return false;
}

/* An operand of a float operator: float or int (exact conversion,
 * OverflowError if too big).  Returns 1, 0 (not a number: NotImplemented)
 * or -1 (error). */
static int to_double(SlVM *vm, SlValue v, double *out) {
    if (SL_IS_INT(v)) {
        int64_t i = SL_INT_VAL(v);
        if (i > -((int64_t)1 << 53) && i < ((int64_t)1 << 53)) {
            *out = (double)i;
            return 1;
        }
        return sl_int_as_double(vm, v, out) ? 1 : -1;
    }
    if (SL_IS_FLOAT(v)) {
        *out = SL_FLOAT_VAL(v);
        return 1;
    }
    if (SL_IS_INTLIKE(v)) return sl_int_as_double(vm, v, out) ? 1 : -1;
    return 0;
}

#define CONVERT(vm, a, b, x, y)                                                                    \
    do {                                                                                           \
        int ca_ = to_double((vm), (a), &(x));                                                      \
        if (ca_ <= 0) return ca_ < 0 ? SL_NULL : SL_NOTIMPL;                                       \
        int cb_ = to_double((vm), (b), &(y));                                                      \
        if (cb_ <= 0) return cb_ < 0 ? SL_NULL : SL_NOTIMPL;                                       \
    } while (0)

/* ---- arithmetic ------------------------------------------------------------------ */

static SlValue float_add(SlVM *vm, SlValue a, SlValue b) {
    double x, y;
    CONVERT(vm, a, b, x, y);
    return sl_float_new(vm, x + y);
}

static SlValue float_sub(SlVM *vm, SlValue a, SlValue b) {
    double x, y;
    CONVERT(vm, a, b, x, y);
    return sl_float_new(vm, x - y);
}

static SlValue float_mul(SlVM *vm, SlValue a, SlValue b) {
    double x, y;
    CONVERT(vm, a, b, x, y);
    return sl_float_new(vm, x * y);
}

static SlValue float_truediv(SlVM *vm, SlValue a, SlValue b) {
    double x, y;
    CONVERT(vm, a, b, x, y);
    if (y == 0.0) return sl_raise(vm, SL_ZeroDivisionError, "float division by zero");
    return sl_float_new(vm, x / y);
}

/* CPython's _float_div_mod */
static void float_div_mod(double vx, double wx, double *floordiv, double *mod) {
    double div;
    *mod = fmod(vx, wx);
    div = (vx - *mod) / wx;
    if (*mod) {
        if ((wx < 0) != (*mod < 0)) {
            *mod += wx;
            div -= 1.0;
        }
    } else {
        *mod = copysign(0.0, wx);
    }
    if (div) {
        *floordiv = floor(div);
        if (div - *floordiv > 0.5) *floordiv += 1.0;
    } else {
        *floordiv = copysign(0.0, vx / wx);
    }
}

static SlValue float_floordiv(SlVM *vm, SlValue a, SlValue b) {
    double x, y, q, r;
    CONVERT(vm, a, b, x, y);
    /* 3.8: "float divmod()" */
    if (y == 0.0) return sl_raise(vm, SL_ZeroDivisionError, "float floor division by zero");
    float_div_mod(x, y, &q, &r);
    return sl_float_new(vm, q);
}

static SlValue float_mod(SlVM *vm, SlValue a, SlValue b) {
    double x, y;
    CONVERT(vm, a, b, x, y);
    /* 3.8-3.12: "float modulo" */
    if (y == 0.0) return sl_raise(vm, SL_ZeroDivisionError, "float modulo by zero");
    double mod = fmod(x, y);
    if (mod) {
        if ((y < 0) != (mod < 0)) mod += y;
    } else {
        mod = copysign(0.0, y);
    }
    return sl_float_new(vm, mod);
}

SlValue sl_float_divmod(SlVM *vm, SlValue a, SlValue b) {
    double x, y, q, r;
    CONVERT(vm, a, b, x, y);
    if (y == 0.0) return sl_raise(vm, SL_ZeroDivisionError, "float divmod()");
    float_div_mod(x, y, &q, &r);
    SlValue qv = sl_float_new(vm, q);
    if (!qv) return SL_NULL;
    SlValue rv = sl_float_new(vm, r);
    if (!rv) {
        sl_decref(vm, qv);
        return SL_NULL;
    }
    SlValue t = sl_tuple_new(vm, 2);
    if (!t) {
        sl_decref(vm, qv);
        sl_decref(vm, rv);
        return SL_NULL;
    }
    SL_TUPLE_ITEMS(t)[0] = qv;
    SL_TUPLE_ITEMS(t)[1] = rv;
    return t;
}

SlValue sl_number_divmod(SlVM *vm, SlValue a, SlValue b) {
    if (SL_IS_INTLIKE(a) && SL_IS_INTLIKE(b)) return sl_int_divmod(vm, a, b);
    return sl_float_divmod(vm, a, b);
}

static bool is_odd_integer(double x) { return fmod(fabs(x), 2.0) == 1.0; }

static SlValue raise_erange(SlVM *vm) {
    /* OverflowError(34, 'Numerical result out of range'), as
     * PyErr_SetFromErrno(PyExc_OverflowError) makes it */
    SlValue msg = sl_str_from_cstr(vm, "Numerical result out of range");
    if (!msg) return SL_NULL;
    SlValue exc = sl_call2(vm, SL_OBJ(SL_OverflowError), SL_FROM_INT(34), msg);
    sl_decref(vm, msg);
    if (!exc) return SL_NULL;
    return sl_raise_value(vm, exc);
}

SlValue sl_float_pow(SlVM *vm, double iv, double iw) {
    bool negate = false;
    if (iw == 0) return sl_float_new(vm, 1.0);
    if (isnan(iv)) return sl_float_new(vm, iv);
    if (isnan(iw)) return sl_float_new(vm, iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0) return sl_float_new(vm, 1.0);
        if ((iw > 0.0) == (iv > 1.0)) return sl_float_new(vm, fabs(iw));
        return sl_float_new(vm, 0.0);
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0) return sl_float_new(vm, odd ? iv : fabs(iv));
        return sl_float_new(vm, odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        bool odd = is_odd_integer(iw);
        /* 3.8-3.10 also "0.0 cannot be raised to a negative power" */
        if (iw < 0.0)
            return sl_raise(vm, SL_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return sl_float_new(vm, odd ? iv : 0.0);
    }
    if (iv < 0.0) {
        /* a negative number to a fractional power is complex, as
         * CPython's float_pow hands it over to complex_pow */
        if (iw != floor(iw)) return sl_complex_pow(vm, iv, 0.0, iw, 0.0);
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) return sl_float_new(vm, negate ? -1.0 : 1.0);
    errno = 0;
    double ix = pow(iv, iw);
    if (errno == 0 && isinf(ix)) errno = ERANGE;
    else if (errno == ERANGE && ix == 0.0) errno = 0;
    if (negate) ix = -ix;
    if (errno != 0) {
        if (errno == ERANGE) return raise_erange(vm);
        return sl_raise(vm, SL_ValueError, "math domain error");
    }
    return sl_float_new(vm, ix);
}

SlValue sl_number_pow(SlVM *vm, SlValue a, SlValue b, SlValue mod) {
    if (mod == SL_NONE) mod = SL_NULL;
    if (SL_IS_INTLIKE(a) && SL_IS_INTLIKE(b) && (!mod || SL_IS_INTLIKE(mod)))
        return sl_int_pow(vm, a, b, mod);
    bool an = SL_IS_INTLIKE(a) || SL_IS_FLOAT(a), bn = SL_IS_INTLIKE(b) || SL_IS_FLOAT(b);
    if (!an || !bn || (mod && !SL_IS_INTLIKE(mod) && !SL_IS_FLOAT(mod))) return SL_NOTIMPL;
    if (mod)
        return sl_raise(vm, SL_TypeError,
                        "pow() 3rd argument not allowed unless all arguments are integers");
    double x, y;
    CONVERT(vm, a, b, x, y);
    return sl_float_pow(vm, x, y);
}

static SlValue float_pow(SlVM *vm, SlValue a, SlValue b) {
    double x, y;
    CONVERT(vm, a, b, x, y);
    return sl_float_pow(vm, x, y);
}

static SlValue float_neg(SlVM *vm, SlValue a) {
    if (!SL_IS_FLOAT(a)) return SL_NOTIMPL;
    return sl_float_new(vm, -SL_FLOAT_VAL(a));
}

static SlValue float_pos(SlVM *vm, SlValue a) {
    if (!SL_IS_FLOAT(a)) return SL_NOTIMPL;
    if (SL_IS_EXACT_FLOAT(a)) return sl_incref(a);
    return sl_float_new(vm, SL_FLOAT_VAL(a));
}

static SlValue float_abs(SlVM *vm, SlValue a) { return sl_float_new(vm, fabs(SL_FLOAT_VAL(a))); }

static int float_bool(SlVM *vm, SlValue a) {
    (void)vm;
    return SL_FLOAT_VAL(a) != 0.0;
}

static SlValue float_int(SlVM *vm, SlValue a) { return sl_int_from_double(vm, SL_FLOAT_VAL(a)); }

static SlValue float_float(SlVM *vm, SlValue a) {
    if (SL_IS_EXACT_FLOAT(a)) return sl_incref(a);
    return sl_float_new(vm, SL_FLOAT_VAL(a));
}

/* ---- comparison ----------------------------------------------------------------- */

/* Compare a double with an int exactly: -1, 0, 1 (d not nan) */
static int compare_double_int(SlVM *vm, double d, SlValue w, bool *err) {
    *err = false;
    if (isinf(d)) return d > 0 ? 1 : -1;
    int wsign = sl_int_sign(w);
    int dsign = d > 0 ? 1 : d < 0 ? -1 : 0;
    if (dsign != wsign) return dsign < wsign ? -1 : 1;
    int64_t nbits = sl_int_bit_length(w);
    if (nbits <= 48) {
        double wd;
        sl_int_as_double(vm, w, &wd);
        return d < wd ? -1 : d > wd;
    }
    /* both nonzero with the same sign; compare magnitudes by exponent */
    int exponent;
    frexp(d, &exponent);
    if (exponent < 0 || (int64_t)exponent < nbits) return -dsign;
    if ((int64_t)exponent > nbits) return dsign;
    /* same bit length: compare integral parts exactly, then the fraction */
    double ip;
    double frac = modf(d, &ip);
    SlValue iv = sl_int_from_double(vm, ip);
    if (!iv) {
        *err = true;
        return 0;
    }
    int c = sl_int_compare(iv, w);
    sl_decref(vm, iv);
    if (c != 0) return c;
    return frac > 0 ? 1 : frac < 0 ? -1 : 0;
}

static SlValue float_richcompare(SlVM *vm, SlValue a, SlValue b, SlCompareOp op) {
    if (!SL_IS_FLOAT(a)) return SL_NOTIMPL;
    double x = SL_FLOAT_VAL(a);
    int c;
    if (SL_IS_FLOAT(b)) {
        double y = SL_FLOAT_VAL(b);
        bool r = false;
        switch (op) {
        case SL_LT: r = x < y; break;
        case SL_LE: r = x <= y; break;
        case SL_EQ: r = x == y; break;
        case SL_NE: r = x != y; break;
        case SL_GT: r = x > y; break;
        case SL_GE: r = x >= y; break;
        }
        return SL_BOOL(r);
    }
    if (!SL_IS_INTLIKE(b)) return SL_NOTIMPL;
    if (isnan(x)) return SL_BOOL(op == SL_NE);
    bool err;
    c = compare_double_int(vm, x, b, &err);
    if (err) return SL_NULL;
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

/* ---- hash (CPython's _Py_HashDouble) ------------------------------------------ */

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

int64_t sl_float_hash(double v) {
    if (!isfinite(v)) {
        if (isinf(v)) return v > 0 ? HASH_INF : -HASH_INF;
        return 0; /* NaN: callers with an object hash its address (3.10+) */
    }
    int e, sign = 1;
    double m = frexp(v, &e);
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0; /* 2**28 */
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

static bool float_hash(SlVM *vm, SlValue v, int64_t *out) {
    (void)vm;
    double d = SL_FLOAT_VAL(v);
    if (isnan(d)) {
        /* 3.10+: _Py_HashPointer(obj); 3.8-3.9: 0 */
        uint64_t y = (uint64_t)v;
        y = (y >> 4) | (y << 60);
        int64_t h = (int64_t)y;
        *out = h == -1 ? -2 : h;
        return true;
    }
    *out = sl_float_hash(d);
    return true;
}

/* ---- float() ------------------------------------------------------------------------ */

static SlValue float_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs,
                         SlValue kwnames) {
    if (!sl_args_no_kw(vm, "float", kwnames)) return SL_NULL;
    if (nargs > 1)
        return sl_raise(vm, SL_TypeError, "float expected at most 1 argument, got %zu", nargs);
    double d = 0.0;
    if (nargs == 1) {
        /* float_new + PyNumber_Float */
        SlValue x = args[0];
        SlType *t = sl_type_of(x);
        if (SL_IS_EXACT_STR(x)) {
            if (!float_from_text(vm, SL_STR_DATA(x), SL_STR_SIZE(x), x, true, &d)) return SL_NULL;
        } else if (t == &sl_float_type) {
            if (type == &sl_float_type) return sl_incref(x);
            d = SL_FLOAT_VAL(x);
        } else if (t->float_) {
            SlValue r = t->float_(vm, x);
            if (!r) return SL_NULL;
            if (!SL_IS_FLOAT(r)) {
                sl_raise(vm, SL_TypeError, "%s.__float__ returned non-float (type %s)", t->name,
                         sl_type_name(r));
                sl_decref(vm, r);
                return SL_NULL;
            }
            d = SL_FLOAT_VAL(r);
            sl_decref(vm, r);
        } else if (t->index) {
            SlValue r = sl_index(vm, x);
            if (!r) return SL_NULL;
            bool ok = sl_int_as_double(vm, r, &d);
            sl_decref(vm, r);
            if (!ok) return SL_NULL;
        } else if (SL_IS_FLOAT(x)) {
            d = SL_FLOAT_VAL(x);
        } else if (SL_IS_STR(x)) {
            if (!float_from_text(vm, SL_STR_DATA(x), SL_STR_SIZE(x), x, true, &d)) return SL_NULL;
        } else if (SL_IS_BYTES(x)) {
            if (!float_from_text(vm, (const char *)SL_BYTES(x)->data, SL_BYTES(x)->size, x, false,
                                 &d))
                return SL_NULL;
        } else {
            /* 3.8-3.9: "float() argument must be a string or a number, not 'list'" */
            return sl_raise(vm, SL_TypeError,
                            "float() argument must be a string or a real number, not '%s'",
                            t->name);
        }
    }
    if (type == &sl_float_type) return sl_float_new(vm, d);
    return float_subtype_new(vm, type, d);
}

/* ---- methods --------------------------------------------------------------------------- */

#define SELF_D (SL_FLOAT_VAL(self))

static SlValue float_m_conjugate(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                 SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "conjugate", nargs, kw, 0, 0)) return SL_NULL;
    return float_float(vm, self);
}

static SlValue float_m_is_integer(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                  SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "is_integer", nargs, kw, 0, 0)) return SL_NULL;
    double d = SELF_D;
    return SL_BOOL(isfinite(d) && floor(d) == d);
}

static SlValue float_m_as_integer_ratio(SlVM *vm, SlValue self, const SlValue *args,
                                        size_t nargs, SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "as_integer_ratio", nargs, kw, 0, 0)) return SL_NULL;
    double d = SELF_D;
    if (isinf(d))
        return sl_raise(vm, SL_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(d)) return sl_raise(vm, SL_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(d, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    SlValue num = sl_int_from_double(vm, m);
    if (!num) return SL_NULL;
    SlValue den = SL_FROM_INT(1);
    if (e > 0) {
        SlValue t = sl_int_lshift_i64(vm, num, e);
        sl_decref(vm, num);
        if (!t) return SL_NULL;
        num = t;
    } else if (e < 0) {
        den = sl_int_lshift_i64(vm, SL_FROM_INT(1), -e);
        if (!den) {
            sl_decref(vm, num);
            return SL_NULL;
        }
    }
    SlValue t = sl_tuple_pack(vm, 2, num, den);
    sl_decref(vm, num);
    sl_decref(vm, den);
    return t;
}

static SlValue float_m_trunc(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                             SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "__trunc__", nargs, kw, 0, 0)) return SL_NULL;
    return sl_int_from_double(vm, SELF_D);
}

static SlValue float_m_floor(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                             SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "__floor__", nargs, kw, 0, 0)) return SL_NULL;
    return sl_int_from_double(vm, floor(SELF_D));
}

static SlValue float_m_ceil(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                            SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "__ceil__", nargs, kw, 0, 0)) return SL_NULL;
    return sl_int_from_double(vm, ceil(SELF_D));
}

/* round(x, ndigits) for a finite x: CPython's double_round, which rounds
 * the exact binary value correctly (half to even) to ndigits decimals and
 * reads the result back. */
#define NDIGITS_MAX ((int)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103))
#define NDIGITS_MIN (-(int)((DBL_MAX_EXP + 1) * 0.30103))

static SlValue double_round(SlVM *vm, double x, int64_t ndigits) {
    if (!isfinite(x)) return sl_float_new(vm, x);
    if (ndigits > NDIGITS_MAX) return sl_float_new(vm, x);
    if (ndigits < NDIGITS_MIN) return sl_float_new(vm, 0.0 * x);
    if (x == 0.0) return sl_float_new(vm, x);
    double rounded;
    if (ndigits >= 0) {
        size_t bsize = (size_t)ndigits + 330;
        char *buf = malloc(bsize);
        if (!buf) return sl_raise_nomemory(vm);
        snprintf(buf, bsize, "%.*f", (int)ndigits, x);
        rounded = strtod(buf, NULL);
        free(buf);
    } else {
        /* to a multiple of 10**k, exactly: q, r = divmod(trunc(|x|), 10**k) */
        double ax = fabs(x), ip;
        double frac = modf(ax, &ip);
        SlValue n = sl_int_from_double(vm, ip);
        if (!n) return SL_NULL;
        SlValue p10 = sl_int_pow(vm, SL_FROM_INT(10), SL_FROM_INT(-ndigits), SL_NULL);
        if (!p10) {
            sl_decref(vm, n);
            return SL_NULL;
        }
        SlValue qr = sl_int_divmod(vm, n, p10);
        sl_decref(vm, n);
        if (!qr) {
            sl_decref(vm, p10);
            return SL_NULL;
        }
        SlValue q = SL_TUPLE_ITEMS(qr)[0], r = SL_TUPLE_ITEMS(qr)[1];
        SlValue r2 = sl_binop(vm, SL_NB_ADD, r, r);
        if (!r2) {
            sl_decref(vm, qr);
            sl_decref(vm, p10);
            return SL_NULL;
        }
        int c = sl_int_compare(r2, p10);
        sl_decref(vm, r2);
        bool up = c > 0 || (c == 0 && frac > 0);
        if (c == 0 && frac == 0) {
            /* a tie: to even */
            SlValue odd = sl_binop(vm, SL_NB_AND, q, SL_FROM_INT(1));
            up = odd && sl_int_sign(odd) != 0;
            sl_xdecref(vm, odd);
        }
        SlValue qq = up ? sl_binop(vm, SL_NB_ADD, q, SL_FROM_INT(1)) : sl_incref(q);
        sl_decref(vm, qr);
        if (!qq) {
            sl_decref(vm, p10);
            return SL_NULL;
        }
        SlValue res = sl_binop(vm, SL_NB_MUL, qq, p10);
        sl_decref(vm, qq);
        sl_decref(vm, p10);
        if (!res) return SL_NULL;
        double rd;
        bool ok = sl_int_as_double(vm, res, &rd);
        sl_decref(vm, res);
        if (!ok) {
            sl_exc_clear(vm);
            return sl_raise(vm, SL_OverflowError, "rounded value too large to represent");
        }
        rounded = x < 0 ? -rd : rd;
        if (rd == 0.0) rounded = 0.0 * x;
    }
    if (isinf(rounded))
        return sl_raise(vm, SL_OverflowError, "rounded value too large to represent");
    return sl_float_new(vm, rounded);
}

SlValue sl_float_round(SlVM *vm, double x, SlValue ndigits) {
    if (!ndigits || ndigits == SL_NONE) {
        double rounded = round(x);
        if (fabs(x - rounded) == 0.5) rounded = 2.0 * round(x / 2.0);
        return sl_int_from_double(vm, rounded);
    }
    int64_t nd;
    if (!sl_index_i64(vm, ndigits, &nd)) {
        if (!sl_exc_matches(vm, SL_OverflowError)) return SL_NULL;
        sl_exc_clear(vm);
        nd = sl_int_sign(ndigits) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    return double_round(vm, x, nd);
}

static SlValue float_m_round(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                             SlValue kw) {
    if (!sl_args_check(vm, "__round__", nargs, kw, 0, 1)) return SL_NULL;
    return sl_float_round(vm, SELF_D, nargs ? args[0] : SL_NULL);
}

static SlValue float_m_format(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                              SlValue kw) {
    if (!sl_args_check(vm, "__format__", nargs, kw, 1, 1)) return SL_NULL;
    if (!SL_IS_STR(args[0]))
        return sl_raise(vm, SL_TypeError, "__format__() argument must be str, not %s",
                        sl_type_name(args[0]));
    if (SL_STR_SIZE(args[0]) == 0) return sl_str(vm, self);
    SlFormatSpec spec;
    if (!sl_format_spec_parse_for(vm, args[0], &spec, 0, '>', sl_type_name(self))) return SL_NULL;
    return sl_format_float(vm, SELF_D, &spec);
}

static SlValue float_m_getnewargs(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                  SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "__getnewargs__", nargs, kw, 0, 0)) return SL_NULL;
    SlValue f = sl_float_new(vm, SELF_D);
    if (!f) return SL_NULL;
    SlValue t = sl_tuple_pack(vm, 1, f);
    sl_decref(vm, f);
    return t;
}

static SlValue float_m_divmod(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                              SlValue kw) {
    if (!sl_args_check(vm, "__divmod__", nargs, kw, 1, 1)) return SL_NULL;
    return sl_float_divmod(vm, self, args[0]);
}

static SlValue float_m_rdivmod(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                               SlValue kw) {
    if (!sl_args_check(vm, "__rdivmod__", nargs, kw, 1, 1)) return SL_NULL;
    return sl_float_divmod(vm, args[0], self);
}

static SlValue float_m_hex(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                           SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "hex", nargs, kw, 0, 0)) return SL_NULL;
    double x = SELF_D;
    if (isnan(x) || isinf(x)) {
        char buf[32];
        sl_double_repr(x, buf);
        return sl_str_from_cstr(vm, buf);
    }
    if (x == 0.0) return sl_str_from_cstr(vm, signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    /* CPython: 1 hex digit before the point, 13 after, exponent in decimal */
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char s[64];
    int si = 0;
    int d = (int)m;
    s[si++] = "0123456789abcdef"[d];
    m -= d;
    s[si++] = '.';
    for (int i = 0; i < 13; i++) {
        m *= 16.0;
        d = (int)m;
        s[si++] = "0123456789abcdef"[d];
        m -= d;
    }
    s[si] = 0;
    return sl_str_printf(vm, "%s0x%sp%c%d", x < 0 ? "-" : "", s, e < 0 ? '-' : '+',
                         e < 0 ? -e : e);
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* float.fromhex(s): validate Python's syntax, then let strtod (which reads
 * C99 hex floats, correctly rounded) convert it. */
static SlValue float_m_fromhex(SlVM *vm, SlValue cls, const SlValue *args, size_t nargs,
                               SlValue kw) {
    if (!sl_args_check(vm, "fromhex", nargs, kw, 1, 1)) return SL_NULL;
    if (!SL_IS_STR(args[0])) return sl_raise(vm, SL_TypeError, "bad argument type for built-in operation");
    const char *p = SL_STR_DATA(args[0]), *end = p + SL_STR_SIZE(args[0]);
    while (p < end && is_ascii_space((unsigned char)*p)) p++;
    while (end > p && is_ascii_space((unsigned char)end[-1])) end--;
    double d = 0;
    bool ok = false;
    const char *q = p;
    bool neg = false;
    if (q < end && (*q == '+' || *q == '-')) neg = *q++ == '-';
    size_t rest = (size_t)(end - q);
    if (ci_eq(q, rest, "inf") || ci_eq(q, rest, "infinity")) {
        d = neg ? -INFINITY : INFINITY;
        ok = true;
    } else if (ci_eq(q, rest, "nan")) {
        d = NAN;
        ok = true;
    } else {
        if (end - q >= 2 && q[0] == '0' && (q[1] == 'x' || q[1] == 'X')) q += 2;
        SlBuf b;
        sl_buf_init(&b);
        sl_buf_adds(&b, neg ? "-0x" : "0x");
        int ndig = 0;
        while (q < end && hexval(*q) >= 0) {
            sl_buf_addc(&b, *q++);
            ndig++;
        }
        if (q < end && *q == '.') {
            sl_buf_addc(&b, *q++);
            while (q < end && hexval(*q) >= 0) {
                sl_buf_addc(&b, *q++);
                ndig++;
            }
        }
        long long e = 0;
        bool exp_ok = true;
        if (ndig > 0 && q < end && (*q == 'p' || *q == 'P')) {
            q++;
            bool eneg = false;
            if (q < end && (*q == '+' || *q == '-')) eneg = *q++ == '-';
            int nd = 0;
            while (q < end && *q >= '0' && *q <= '9') {
                if (e < 1000000000) e = e * 10 + (*q - '0');
                q++;
                nd++;
            }
            if (nd == 0) exp_ok = false;
            if (eneg) e = -e;
        }
        if (ndig > 0 && exp_ok && q == end) {
            sl_buf_printf(&b, "p%lld", e);
            errno = 0;
            d = strtod(b.data, NULL);
            ok = true;
            if (isinf(d)) {
                sl_buf_free(&b);
                return sl_raise(vm, SL_OverflowError,
                                "hexadecimal value too large to represent as a float");
            }
        }
        sl_buf_free(&b);
    }
    if (!ok) return sl_raise(vm, SL_ValueError, "invalid hexadecimal floating-point string");
    SlValue r = sl_float_new(vm, d);
    if (!r || (SlType *)SL_AS_OBJ(cls) == &sl_float_type) return r;
    SlValue res = sl_call1(vm, cls, r);
    sl_decref(vm, r);
    return res;
}

static SlValue float_get_real(SlVM *vm, SlValue self) { return float_float(vm, self); }
static SlValue float_get_imag(SlVM *vm, SlValue self) {
    (void)self;
    return sl_float_new(vm, 0.0);
}

static const SlMethodDef float_methods[] = {
    {"conjugate", float_m_conjugate, SL_METH_DEFAULT, "Return self, the complex conjugate of any float."},
    {"is_integer", float_m_is_integer, SL_METH_DEFAULT, "Return True if the float is an integer."},
    {"as_integer_ratio", float_m_as_integer_ratio, SL_METH_DEFAULT, "Return a pair of integers, whose ratio is exactly equal to the original float."},
    {"hex", float_m_hex, SL_METH_DEFAULT, "Return a hexadecimal representation of a floating-point number."},
    {"fromhex", float_m_fromhex, SL_METH_CLASS, "Create a floating-point number from a hexadecimal string."},
    {"__trunc__", float_m_trunc, SL_METH_DEFAULT, "Return the Integral closest to x between 0 and x."},
    {"__floor__", float_m_floor, SL_METH_DEFAULT, "Return the floor as an Integral."},
    {"__ceil__", float_m_ceil, SL_METH_DEFAULT, "Return the ceiling as an Integral."},
    {"__round__", float_m_round, SL_METH_DEFAULT, "Return the Integral closest to x, rounding half toward even."},
    {"__format__", float_m_format, SL_METH_DEFAULT, "Formats the float according to format_spec."},
    {"__getnewargs__", float_m_getnewargs, SL_METH_DEFAULT, NULL},
    {"__divmod__", float_m_divmod, SL_METH_DEFAULT, "Return divmod(self, value)."},
    {"__rdivmod__", float_m_rdivmod, SL_METH_DEFAULT, "Return divmod(value, self)."},
    {NULL, NULL, 0, NULL}};

static const SlGetSetDef float_getsets[] = {
    {"real", float_get_real, NULL, "the real part of a complex number"},
    {"imag", float_get_imag, NULL, "the imaginary part of a complex number"},
    {NULL, NULL, NULL, NULL}};

SlType sl_float_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "float",
    .flags = SL_TPFLAGS_BASETYPE,
    .doc = "Convert a string or number to a floating-point number, if possible.",
    .basicsize = sizeof(SlFloat),
    .new_ = float_new,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .nb = {[SL_NB_ADD] = float_add, [SL_NB_SUB] = float_sub, [SL_NB_MUL] = float_mul,
           [SL_NB_TRUEDIV] = float_truediv, [SL_NB_FLOORDIV] = float_floordiv,
           [SL_NB_MOD] = float_mod, [SL_NB_POW] = float_pow},
    .un = {[SL_UN_NEG] = float_neg, [SL_UN_POS] = float_pos},
    .abs = float_abs,
    .bool_ = float_bool,
    .int_ = float_int,
    .float_ = float_float,
    .methods = float_methods,
    .getsets = float_getsets,
};
