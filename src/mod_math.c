/* mod_math.c: the math module.
 *
 * Results must be bit-for-bit CPython's, so the error rules (math_1,
 * math_2, is_error), the special cases of pow/atan2/remainder, the
 * accurate algorithms (fsum, hypot/dist's vector_norm, log of huge ints,
 * gamma/lgamma) follow CPython's Modules/mathmodule.c.  Integer functions
 * (factorial, comb, perm, gcd, lcm, isqrt) compute exact results with the
 * generic int operations; only the values matter, so their algorithms
 * are simpler than CPython's.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "errors.h"
#include "float.h"
#include "int.h"
#include "module.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "vm.h"

/* <float.h> would find src/float.h when built with -Isrc: spell DBL_MIN out */
#define SL_DBL_MIN 0x1p-1022

#ifndef M_PI
#define M_PI 3.141592653589793238462643383279502884
#endif

/* Argument-error names: 3.10+ say "math.sqrt() takes exactly one argument",
 * 3.8/3.9 "sqrt() ..." (the same switch as qualified names in other call
 * errors).  Names are stored with the prefix; old versions skip it. */
static const char *qname(SlVM *vm, const char *full) {
    return vm->ver->msg_qualname_in_call_errors ? full : full + 5;
}

/* One argument, no keywords (METH_O): "math.sqrt() takes exactly one argument (2 given)". */
static bool check_one(SlVM *vm, const char *full, size_t nargs, SlValue kw) {
    return sl_args_check(vm, qname(vm, full), nargs, kw, 1, 1);
}

/* Two positional arguments (clinic / _PyArg_CheckPositional):
 * "math.atan2() takes no keyword arguments", "atan2 expected 2 arguments, got 1". */
static bool check_two(SlVM *vm, const char *full, size_t nargs, SlValue kw) {
    if (!sl_args_no_kw(vm, qname(vm, full), kw)) return false;
    return sl_args_check(vm, full + 5, nargs, SL_NULL, 2, 2);
}

static SlValue new_float(SlVM *vm, double d) { return sl_float_new(vm, d); }

/* CPython's is_error(): errno-style error to exception; false = not an error. */
enum { E_NONE = 0, E_DOM, E_RANGE };
static bool is_error(SlVM *vm, int err, double r) {
    if (err == E_DOM) {
        sl_raise(vm, SL_ValueError, "math domain error");
        return true;
    }
    /* ERANGE: underflow (a result below 1.5 in magnitude) is not an error */
    if (fabs(r) < 1.5) return false;
    sl_raise(vm, SL_OverflowError, "math range error");
    return true;
}

/* math_1: a libm function of one double; NaN from non-NaN is a domain
 * error; an infinity from a finite argument is overflow (can_overflow) or
 * a singularity (domain error). */
static SlValue math_1(SlVM *vm, SlValue arg, double (*func)(double), bool can_overflow) {
    double x;
    if (!sl_as_double(vm, arg, &x)) return SL_NULL;
    double r = func(x);
    if (isnan(r) && !isnan(x)) return sl_raise(vm, SL_ValueError, "math domain error");
    if (isinf(r) && isfinite(x)) {
        if (can_overflow) return sl_raise(vm, SL_OverflowError, "math range error");
        return sl_raise(vm, SL_ValueError, "math domain error");
    }
    return new_float(vm, r);
}

/* math_1a: functions reporting their own errors (gamma, lgamma, erf). */
static SlValue math_1a(SlVM *vm, SlValue arg, double (*func)(double, int *)) {
    double x;
    if (!sl_as_double(vm, arg, &x)) return SL_NULL;
    int err = E_NONE;
    double r = func(x, &err);
    if (err && is_error(vm, err, r)) return SL_NULL;
    return new_float(vm, r);
}

static SlValue math_2(SlVM *vm, const char *full, const SlValue *args, size_t nargs, SlValue kw,
                      double (*func)(double, double)) {
    if (!check_two(vm, full, nargs, kw)) return SL_NULL;
    double x, y;
    if (!sl_as_double(vm, args[0], &x) || !sl_as_double(vm, args[1], &y)) return SL_NULL;
    double r = func(x, y);
    int err = E_NONE;
    if (isnan(r)) {
        if (!isnan(x) && !isnan(y)) err = E_DOM;
    } else if (isinf(r)) {
        if (isfinite(x) && isfinite(y)) err = E_RANGE;
    }
    if (err && is_error(vm, err, r)) return SL_NULL;
    return new_float(vm, r);
}

/* ---- libm wrappers with CPython's special cases ---------------------------------------- */

static double m_log(double x) {
    if (isfinite(x)) {
        if (x > 0.0) return log(x);
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0) return x;
    return NAN;
}
static double m_log2(double x) {
    if (isfinite(x)) {
        if (x > 0.0) return log2(x);
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0) return x;
    return NAN;
}
static double m_log10(double x) {
    if (isfinite(x)) {
        if (x > 0.0) return log10(x);
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0) return x;
    return NAN;
}
static double m_log1p(double x) { return x == 0.0 ? x : log1p(x); }

static double m_atan2(double y, double x) {
    if (isnan(x) || isnan(y)) return NAN;
    if (isinf(y)) {
        if (isinf(x)) return copysign(copysign(1., x) == 1. ? 0.25 * M_PI : 0.75 * M_PI, y);
        return copysign(0.5 * M_PI, y);
    }
    if (isinf(x) || y == 0.) return copysign(copysign(1., x) == 1. ? 0. : M_PI, y);
    return atan2(y, x);
}

static double m_remainder(double x, double y) {
    if (isfinite(x) && isfinite(y)) {
        if (y == 0.0) return NAN;
        double absx = fabs(x), absy = fabs(y);
        double m = fmod(absx, absy);
        double c = absy - m, r;
        if (m < c) r = m;
        else if (m > c) r = -c;
        else r = m - 2.0 * fmod(0.5 * (absx - m), absy); /* half-way: even multiple */
        return copysign(1.0, x) * r;
    }
    if (isnan(x)) return x;
    if (isnan(y)) return y;
    if (isinf(x)) return NAN;
    return x;
}

static double m_fmod(double x, double y) {
    if (isinf(y) && isfinite(x)) return x; /* fmod(x, +/-inf) is x */
    return fmod(x, y);
}

/* sin(pi*x), exact near integers: for gamma's reflection formula. */
static double m_sinpi(double x) {
    double y = fmod(fabs(x), 2.0), r;
    int n = (int)round(2.0 * y);
    switch (n) {
    case 0: r = sin(M_PI * y); break;
    case 1: r = cos(M_PI * (y - 0.5)); break;
    case 2: r = sin(M_PI * (1.0 - y)); break;
    case 3: r = -cos(M_PI * (y - 1.5)); break;
    default: r = sin(M_PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

/* Lanczos approximation, N=13, g=6.024680040776729583740234375 (CPython's
 * choice, so that gamma() and lgamma() give its exact results). */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num_coeffs[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
static const double lanczos_den_coeffs[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
#define NGAMMA_INTEGRAL 23
static const double gamma_integral[NGAMMA_INTEGRAL] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0,
    479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0,
    355687428096000.0, 6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0};

static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num_coeffs[i];
            den = den * x + lanczos_den_coeffs[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num_coeffs[i];
            den = den / x + lanczos_den_coeffs[i];
        }
    }
    return num / den;
}

static double m_tgamma(double x, int *err) {
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) return x;
        *err = E_DOM;
        return NAN;
    }
    if (x == 0.0) {
        *err = E_DOM;
        return copysign(HUGE_VAL, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            *err = E_DOM;
            return NAN;
        }
        if (x <= NGAMMA_INTEGRAL) return gamma_integral[(int)x - 1];
    }
    double absx = fabs(x), r, y, z, sqrtpow;
    if (absx < 1e-20) {
        r = 1.0 / x;
        if (isinf(r)) *err = E_RANGE;
        return r;
    }
    if (absx > 200.0) {
        if (x < 0.0) return 0.0 / m_sinpi(x);
        *err = E_RANGE;
        return HUGE_VAL;
    }
    y = absx + lanczos_g_minus_half;
    /* the rounding error of y, to correct pow/exp below */
    if (absx > lanczos_g_minus_half) {
        volatile double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        volatile double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -M_PI / m_sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r)) *err = E_RANGE;
    return r;
}

static double m_lgamma(double x, int *err) {
    static const double logpi = 1.144729885849400174143427351353058711647;
    if (!isfinite(x)) return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            *err = E_DOM;
            return HUGE_VAL;
        }
        return 0.0;
    }
    double absx = fabs(x);
    if (absx < 1e-20) return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0) r = logpi - log(fabs(m_sinpi(absx))) - log(absx) - r;
    if (isinf(r)) *err = E_RANGE;
    return r;
}

/* erf/erfc: CPython uses libm's when present, as here. */
static double m_erf(double x, int *err) { (void)err; return erf(x); }
static double m_erfc(double x, int *err) { (void)err; return erfc(x); }

/* ---- one-argument float functions ------------------------------------------------------ */

#define FUNC1(name, func, can_overflow)                                                    \
    static SlValue math_##name(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,  \
                               SlValue kw) {                                               \
        (void)self;                                                                        \
        if (!check_one(vm, "math." #name, nargs, kw)) return SL_NULL;                      \
        return math_1(vm, args[0], func, can_overflow);                                    \
    }
#define FUNC1A(name, func)                                                                 \
    static SlValue math_##name(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,  \
                               SlValue kw) {                                               \
        (void)self;                                                                        \
        if (!check_one(vm, "math." #name, nargs, kw)) return SL_NULL;                      \
        return math_1a(vm, args[0], func);                                                 \
    }
#define FUNC2(name, func)                                                                  \
    static SlValue math_##name(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,  \
                               SlValue kw) {                                               \
        (void)self;                                                                        \
        return math_2(vm, "math." #name, args, nargs, kw, func);                           \
    }

FUNC1(acos, acos, false)
FUNC1(acosh, acosh, false)
FUNC1(asin, asin, false)
FUNC1(asinh, asinh, false)
FUNC1(atan, atan, false)
FUNC1(atanh, atanh, false)
FUNC1(cbrt, cbrt, false)
FUNC1(cos, cos, false)
FUNC1(cosh, cosh, true)
FUNC1(exp, exp, true)
FUNC1(exp2, exp2, true)
FUNC1(expm1, expm1, true)
FUNC1(fabs, fabs, false)
FUNC1(log1p, m_log1p, false)
FUNC1(sin, sin, false)
FUNC1(sinh, sinh, true)
FUNC1(sqrt, sqrt, false)
FUNC1(tan, tan, false)
FUNC1(tanh, tanh, false)
FUNC1A(gamma, m_tgamma)
FUNC1A(lgamma, m_lgamma)
FUNC1A(erf, m_erf)
FUNC1A(erfc, m_erfc)
FUNC2(atan2, m_atan2)
FUNC2(copysign, copysign)
FUNC2(remainder, m_remainder)
FUNC2(fmod, m_fmod)

static SlValue math_degrees(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    double x;
    if (!check_one(vm, "math.degrees", nargs, kw) || !sl_as_double(vm, args[0], &x)) return SL_NULL;
    return new_float(vm, x * (180.0 / M_PI));
}

static SlValue math_radians(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    double x;
    if (!check_one(vm, "math.radians", nargs, kw) || !sl_as_double(vm, args[0], &x)) return SL_NULL;
    return new_float(vm, x * (M_PI / 180.0));
}

static SlValue math_isfinite(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    double x;
    if (!check_one(vm, "math.isfinite", nargs, kw) || !sl_as_double(vm, args[0], &x)) return SL_NULL;
    return SL_BOOL(isfinite(x));
}

static SlValue math_isinf(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    double x;
    if (!check_one(vm, "math.isinf", nargs, kw) || !sl_as_double(vm, args[0], &x)) return SL_NULL;
    return SL_BOOL(isinf(x));
}

static SlValue math_isnan(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    double x;
    if (!check_one(vm, "math.isnan", nargs, kw) || !sl_as_double(vm, args[0], &x)) return SL_NULL;
    return SL_BOOL(isnan(x));
}

static SlValue math_pow(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    double x, y, r = 0.;
    if (!check_two(vm, "math.pow", nargs, kw)) return SL_NULL;
    if (!sl_as_double(vm, args[0], &x) || !sl_as_double(vm, args[1], &y)) return SL_NULL;
    int err = E_NONE;
    if (!isfinite(x) || !isfinite(y)) {
        /* IEEE special values, decided here as C99 Annex F says */
        if (isnan(x)) r = y == 0. ? 1. : x;
        else if (isnan(y)) r = x == 1. ? 1. : y;
        else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.) r = odd_y ? x : fabs(x);
            else if (y == 0.) r = 1.;
            else r = odd_y ? copysign(0., x) : 0.;
        } else {
            if (fabs(x) == 1.0) r = 1.;
            else if (y > 0. && fabs(x) > 1.0) r = y;
            else if (y < 0. && fabs(x) < 1.0) r = -y;
            else r = 0.;
        }
    } else {
        r = pow(x, y);
        if (!isfinite(r)) {
            if (isnan(r)) err = E_DOM;          /* (-ve) ** non-integer */
            else err = x == 0. ? E_DOM : E_RANGE; /* 0 ** -ve, or overflow */
        }
    }
    if (err && is_error(vm, err, r)) return SL_NULL;
    return new_float(vm, r);
}

/* ---- floor, ceil, trunc ----------------------------------------------------------------- */

static bool is_exact_int(SlValue v) {
    return SL_IS_INT(v) || SL_AS_OBJ(v)->type == &sl_int_type;
}

/* x.__name__() looked up on the type, as _PyObject_LookupSpecial; *found false if missing. */
static SlValue call_special0(SlVM *vm, SlValue x, const char *name, bool *found) {
    return sl_call_special(vm, x, sl_intern_cstr(name), NULL, 0, found);
}

static SlValue floor_ceil(SlVM *vm, const char *full, const char *special, double (*func)(double),
                          const SlValue *args, size_t nargs, SlValue kw) {
    if (!check_one(vm, full, nargs, kw)) return SL_NULL;
    SlValue x = args[0];
    double d;
    if (SL_IS_EXACT_FLOAT(x)) return sl_int_from_double(vm, func(SL_FLOAT_VAL(x)));
    if (is_exact_int(x)) return sl_incref(x);
    bool found;
    SlValue r = call_special0(vm, x, special, &found);
    if (found || r) return r;
    if (sl_exc_occurred(vm)) return SL_NULL;
    if (SL_IS_INTLIKE(x)) return sl_int_exact(vm, x); /* int.__floor__ */
    if (!sl_as_double(vm, x, &d)) return SL_NULL;
    return sl_int_from_double(vm, func(d));
}

static SlValue math_floor(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    return floor_ceil(vm, "math.floor", "__floor__", floor, args, nargs, kw);
}

static SlValue math_ceil(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    return floor_ceil(vm, "math.ceil", "__ceil__", ceil, args, nargs, kw);
}

static SlValue math_trunc(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    if (!check_one(vm, "math.trunc", nargs, kw)) return SL_NULL;
    SlValue x = args[0];
    if (SL_IS_EXACT_FLOAT(x)) return sl_int_from_double(vm, SL_FLOAT_VAL(x));
    if (is_exact_int(x)) return sl_incref(x);
    bool found;
    SlValue r = call_special0(vm, x, "__trunc__", &found);
    if (found || r) return r;
    if (sl_exc_occurred(vm)) return SL_NULL;
    if (SL_IS_INTLIKE(x)) return sl_int_exact(vm, x);
    if (SL_IS_FLOAT(x)) return sl_int_from_double(vm, SL_FLOAT_VAL(x));
    return sl_raise(vm, SL_TypeError, "type %s doesn't define __trunc__ method", sl_type_name(x));
}

/* ---- frexp, ldexp, modf ----------------------------------------------------------------- */

static SlValue math_frexp(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    double x;
    if (!check_one(vm, "math.frexp", nargs, kw) || !sl_as_double(vm, args[0], &x)) return SL_NULL;
    int e = 0;
    if (!isnan(x) && !isinf(x) && x != 0.0) x = frexp(x, &e);
    SlValue m = new_float(vm, x);
    if (!m) return SL_NULL;
    SlValue t = sl_tuple_pack(vm, 2, m, SL_FROM_INT(e));
    sl_decref(vm, m);
    return t;
}

static SlValue math_ldexp(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    if (!check_two(vm, "math.ldexp", nargs, kw)) return SL_NULL;
    double x, r;
    if (!sl_as_double(vm, args[0], &x)) return SL_NULL;
    SlValue i = args[1];
    if (!SL_IS_INTLIKE(i))
        return sl_raise(vm, SL_TypeError, "Expected an int as second argument to ldexp.");
    /* PyLong_AsLongAndOverflow: huge exponents saturate */
    int64_t exp;
    int s = sl_int_sign(i);
    if (sl_int_bit_length(i) > 62) exp = s > 0 ? INT64_MAX : INT64_MIN;
    else if (!sl_int_as_i64(vm, i, &exp)) return SL_NULL;
    int err = E_NONE;
    if (x == 0. || !isfinite(x)) {
        r = x;
    } else if (exp > INT32_MAX) {
        r = copysign(HUGE_VAL, x);
        err = E_RANGE;
    } else if (exp < INT32_MIN) {
        r = copysign(0., x);
    } else {
        r = ldexp(x, (int)exp);
        if (isinf(r)) err = E_RANGE;
    }
    if (err && is_error(vm, err, r)) return SL_NULL;
    return new_float(vm, r);
}

static SlValue math_modf(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    double x, ip, fp;
    if (!check_one(vm, "math.modf", nargs, kw) || !sl_as_double(vm, args[0], &x)) return SL_NULL;
    if (isinf(x)) {
        fp = copysign(0., x);
        ip = x;
    } else if (isnan(x)) {
        fp = ip = x;
    } else {
        fp = modf(x, &ip);
    }
    SlValue a = new_float(vm, fp);
    if (!a) return SL_NULL;
    SlValue b = new_float(vm, ip);
    if (!b) {
        sl_decref(vm, a);
        return SL_NULL;
    }
    SlValue t = sl_tuple_pack(vm, 2, a, b);
    sl_decref(vm, a);
    sl_decref(vm, b);
    return t;
}

/* ---- logarithms ------------------------------------------------------------------------- */

/* A positive int too big for a double, as x * 2**e with 0.5 <= x < 1 and x
 * correctly rounded to 53 bits (CPython's _PyLong_Frexp). */
static double long_frexp(SlValue v, int64_t *e) {
    SlLong *l = (SlLong *)SL_AS_OBJ(v);
    int64_t nbits = sl_int_bit_length(v);
    int64_t shift = nbits - 64;   /* >= 960: v is at least 2**1023 */
    uint64_t top = 0;
    for (int64_t b = nbits - 1; b >= shift; b--)
        top = (top << 1) | ((l->digits[b / SL_LONG_SHIFT] >> (b % SL_LONG_SHIFT)) & 1);
    /* sticky bit: any 1 below the 64 kept bits (bit 0 is far below the
     * rounding position, bit 11, so the conversion rounds correctly) */
    bool sticky = false;
    int64_t d = shift / SL_LONG_SHIFT;
    for (int64_t k = 0; k < d && !sticky; k++) sticky = l->digits[k] != 0;
    if (!sticky && (l->digits[d] & ((1u << (shift % SL_LONG_SHIFT)) - 1))) sticky = true;
    double x = ldexp((double)(top | (sticky ? 1 : 0)), -64);
    *e = nbits;
    if (x == 1.0) { /* rounding carried into the next power of two */
        x = 0.5;
        *e = nbits + 1;
    }
    return x;
}

/* CPython's loghelper: ints are handled exactly, however large. */
static SlValue loghelper(SlVM *vm, SlValue arg, double (*func)(double)) {
    if (SL_IS_INTLIKE(arg)) {
        if (sl_int_sign(arg) <= 0) return sl_raise(vm, SL_ValueError, "math domain error");
        double x;
        if (sl_int_as_double(vm, arg, &x)) return new_float(vm, func(x));
        if (!sl_exc_matches(vm, SL_OverflowError)) return SL_NULL;
        sl_exc_clear(vm);
        int64_t e;
        x = long_frexp(arg, &e);
        return new_float(vm, func(x) + func(2.0) * (double)e);
    }
    return math_1(vm, arg, func, false);
}

static SlValue math_log(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    if (!sl_args_no_kw(vm, "log", kw)) return SL_NULL;
    /* 3.8-3.12: "math.log requires 1 to 2 arguments" */
    if (!sl_args_check(vm, "log", nargs, SL_NULL, 1, 2)) return SL_NULL;
    SlValue num = loghelper(vm, args[0], m_log);
    if (!num || nargs == 1) return num;
    SlValue den = loghelper(vm, args[1], m_log);
    if (!den) {
        sl_decref(vm, num);
        return SL_NULL;
    }
    SlValue r = sl_binop(vm, SL_NB_TRUEDIV, num, den);
    sl_decref(vm, num);
    sl_decref(vm, den);
    return r;
}

static SlValue math_log2(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    if (!check_one(vm, "math.log2", nargs, kw)) return SL_NULL;
    return loghelper(vm, args[0], m_log2);
}

static SlValue math_log10(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    if (!check_one(vm, "math.log10", nargs, kw)) return SL_NULL;
    return loghelper(vm, args[0], m_log10);
}

/* ---- hypot, dist: CPython 3.12+'s vector_norm ----------------------------------------- */

typedef struct { double hi, lo; } DoubleLength;

static DoubleLength dl_fast_sum(double a, double b) {
    double x = a + b;
    double z = x - a;
    double y = b - z;
    return (DoubleLength){x, y};
}

static DoubleLength dl_mul(double x, double y) {
    double z = x * y;
    double zz = fma(x, y, -z);   /* exact error of the product */
    return (DoubleLength){z, zz};
}

/* sqrt of the sum of squares of vec[0..n) (all finite, >= 0, max the
 * largest), correctly rounded in nearly all cases. */
static double vector_norm(size_t n, double *vec, double max, bool found_nan) {
    double x, h, scale, csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    DoubleLength pr, sm;
    int max_e;
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    frexp(max, &max_e);
    if (max_e < -1023) {
        /* ldexp(1.0, -max_e) would overflow: make subnormals normal first */
        for (size_t i = 0; i < n; i++) vec[i] /= SL_DBL_MIN;
        return SL_DBL_MIN * vector_norm(n, vec, max / SL_DBL_MIN, found_nan);
    }
    scale = ldexp(1.0, -max_e);
    for (size_t i = 0; i < n; i++) {
        x = vec[i] * scale;          /* lossless scaling */
        pr = dl_mul(x, x);           /* lossless squaring */
        sm = dl_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    h = sqrt(csum - 1.0 + (frac1 + frac2));
    pr = dl_mul(-h, h);
    sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);              /* differential correction */
    return h / scale;
}

static SlValue math_hypot(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    if (!sl_args_no_kw(vm, qname(vm, "math.hypot"), kw)) return SL_NULL;
    double stack[16], *coord = stack, max = 0.0;
    bool found_nan = false;
    if (nargs > 16) {
        coord = malloc(nargs * sizeof(double));
        if (!coord) return sl_raise_nomemory(vm);
    }
    for (size_t i = 0; i < nargs; i++) {
        double x;
        if (!sl_as_double(vm, args[i], &x)) {
            if (coord != stack) free(coord);
            return SL_NULL;
        }
        x = fabs(x);
        coord[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    double r = vector_norm(nargs, coord, max, found_nan);
    if (coord != stack) free(coord);
    return new_float(vm, r);
}

static SlValue math_dist(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    if (!check_two(vm, "math.dist", nargs, kw)) return SL_NULL;
    SlValue p = SL_IS_TUPLE(args[0]) ? sl_incref(args[0]) : sl_tuple_from_iterable(vm, args[0]);
    if (!p) return SL_NULL;
    SlValue q = SL_IS_TUPLE(args[1]) ? sl_incref(args[1]) : sl_tuple_from_iterable(vm, args[1]);
    if (!q) {
        sl_decref(vm, p);
        return SL_NULL;
    }
    SlValue result = SL_NULL;
    size_t n = SL_TUPLE_SIZE(p);
    double *diffs = NULL, max = 0.0;
    bool found_nan = false;
    if (n != SL_TUPLE_SIZE(q)) {
        sl_raise(vm, SL_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    diffs = malloc((n ? n : 1) * sizeof(double));
    if (!diffs) {
        sl_raise_nomemory(vm);
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        double px, qx;
        if (!sl_as_double(vm, SL_TUPLE_ITEMS(p)[i], &px) ||
            !sl_as_double(vm, SL_TUPLE_ITEMS(q)[i], &qx))
            goto done;
        double x = fabs(px - qx);
        diffs[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    result = new_float(vm, vector_norm(n, diffs, max, found_nan));
done:
    free(diffs);
    sl_decref(vm, p);
    sl_decref(vm, q);
    return result;
}

/* ---- fsum: Shewchuk / Hettinger msum with exact final rounding --------------------------- */

static SlValue math_fsum(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    if (!check_one(vm, "math.fsum", nargs, kw)) return SL_NULL;
    SlValue it = sl_iter(vm, args[0]);
    if (!it) return SL_NULL;
    size_t n = 0, m = 32;
    double *p = malloc(m * sizeof(double));
    double x, y, t, xsave, special_sum = 0.0, inf_sum = 0.0;
    volatile double hi, yr, lo = 0.0;   /* volatile: no algebraic shortcuts, no excess precision */
    SlValue result = SL_NULL;
    if (!p) {
        sl_decref(vm, it);
        return sl_raise_nomemory(vm);
    }
    for (;;) {
        SlValue item = sl_iternext(vm, it);
        if (!item) {
            if (sl_exc_occurred(vm)) goto done;
            break;
        }
        bool ok = sl_as_double(vm, item, &x);
        sl_decref(vm, item);
        if (!ok) goto done;
        xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {   /* for y in partials */
            y = p[j];
            if (fabs(x) < fabs(y)) {
                t = x;
                x = y;
                y = t;
            }
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                /* from an inf/nan summand, or an intermediate overflow */
                if (isfinite(xsave)) {
                    sl_raise(vm, SL_OverflowError, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave)) inf_sum += xsave;
                special_sum += xsave;
                n = 0;   /* reset partials */
            } else {
                if (n >= m) {
                    double *np = realloc(p, 2 * m * sizeof(double));
                    if (!np) {
                        sl_raise(vm, SL_MemoryError, "math.fsum partials");
                        goto done;
                    }
                    p = np;
                    m *= 2;
                }
                p[n++] = x;
            }
        }
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum)) sl_raise(vm, SL_ValueError, "-inf + inf in fsum");
        else result = new_float(vm, special_sum);
        goto done;
    }
    hi = 0.0;
    if (n > 0) {
        hi = p[--n];
        /* add the partials from the top, stopping when the sum becomes inexact */
        while (n > 0) {
            x = hi;
            y = p[--n];
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        /* half-even rounding across several partials: if the rest pushes
         * the same way as lo, round up */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            y = lo * 2.0;
            x = hi + y;
            yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    result = new_float(vm, hi);
done:
    free(p);
    sl_decref(vm, it);
    return result;
}

/* ---- isclose, prod ------------------------------------------------------------------------ */

static SlValue math_isclose(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    static const char *const names[] = {"a", "b", "$rel_tol", "$abs_tol", NULL};
    SlValue v[4];
    if (nargs > 2)
        return sl_raise(vm, SL_TypeError, "isclose() takes exactly 2 positional arguments (%zu given)",
                        nargs);
    if (!sl_args_parse(vm, "isclose", args, nargs, kw, names, 2, 2, v)) return SL_NULL;
    double a, b, rel_tol = 1e-09, abs_tol = 0.0;
    if (!sl_as_double(vm, v[0], &a) || !sl_as_double(vm, v[1], &b)) return SL_NULL;
    if (v[2] && !sl_as_double(vm, v[2], &rel_tol)) return SL_NULL;
    if (v[3] && !sl_as_double(vm, v[3], &abs_tol)) return SL_NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return sl_raise(vm, SL_ValueError, "tolerances must be non-negative");
    if (a == b) return SL_TRUE;   /* also two infinities of the same sign */
    if (isinf(a) || isinf(b)) return SL_FALSE;
    double diff = fabs(b - a);
    return SL_BOOL(diff <= fabs(rel_tol * b) || diff <= fabs(rel_tol * a) || diff <= abs_tol);
}

static SlValue math_prod(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    static const char *const names[] = {"iterable", "$start", NULL};
    SlValue v[2];
    if (nargs != 1)
        return sl_raise(vm, SL_TypeError, "prod() takes exactly 1 positional argument (%zu given)",
                        nargs);
    if (!sl_args_parse(vm, "prod", args, nargs, kw, names, 1, 1, v)) return SL_NULL;
    SlValue it = sl_iter(vm, v[0]);
    if (!it) return SL_NULL;
    SlValue result = sl_incref(v[1] ? v[1] : SL_FROM_INT(1));
    for (;;) {
        SlValue item = sl_iternext(vm, it);
        if (!item) {
            if (sl_exc_occurred(vm)) SL_SETREF(vm, result, SL_NULL);
            break;
        }
        SlValue r = sl_binop(vm, SL_NB_MUL, result, item);
        sl_decref(vm, item);
        SL_SETREF(vm, result, r);
        if (!r) break;
    }
    sl_decref(vm, it);
    return result;
}

/* ---- integer functions ------------------------------------------------------------------- */

static SlValue int_abs(SlVM *vm, SlValue v) {
    if (sl_int_sign(v) < 0) return sl_unaryop(vm, SL_UN_NEG, v);
    return sl_int_exact(vm, v);
}

/* product of count consecutive ints lo, lo+1, ... (lo >= 1), by binary
 * splitting so the multiplications stay balanced */
static SlValue range_product(SlVM *vm, SlValue lo, int64_t count) {
    if (count <= 0) return SL_FROM_INT(1);
    if (count == 1) return sl_int_exact(vm, lo);
    if (SL_IS_INT(lo)) {
        int64_t a = SL_INT_VAL(lo);
        if (a + count <= ((int64_t)1 << 32)) {
            /* small factors: multiply in 64 bits while the product fits */
            uint64_t acc = 1;
            int64_t k = 0;
            while (k < count) {
                uint64_t f = (uint64_t)(a + k);
                if (acc > (((uint64_t)1 << 62) - 1) / f) break;
                acc *= f;
                k++;
            }
            if (k == count) return sl_int_from_u64(vm, acc);
        }
    }
    int64_t half = count / 2;
    SlValue left = range_product(vm, lo, half);
    if (!left) return SL_NULL;
    SlValue h = sl_int_from_i64(vm, half);
    SlValue mid = h ? sl_binop(vm, SL_NB_ADD, lo, h) : SL_NULL;
    sl_xdecref(vm, h);
    if (!mid) {
        sl_decref(vm, left);
        return SL_NULL;
    }
    SlValue right = range_product(vm, mid, count - half);
    sl_decref(vm, mid);
    if (!right) {
        sl_decref(vm, left);
        return SL_NULL;
    }
    SlValue r = sl_binop(vm, SL_NB_MUL, left, right);
    sl_decref(vm, left);
    sl_decref(vm, right);
    return r;
}

static SlValue factorial_of(SlVM *vm, SlValue n) {
    if (sl_int_sign(n) < 0)
        return sl_raise(vm, SL_ValueError, "factorial() not defined for negative values");
    int64_t v;
    if (sl_int_bit_length(n) > 63 || !sl_int_as_i64(vm, n, &v)) {
        sl_exc_clear(vm);
        return sl_raise(vm, SL_OverflowError, "factorial() argument should not exceed %lld",
                        (long long)INT64_MAX);
    }
    return range_product(vm, SL_FROM_INT(1), v);
}

static SlValue math_factorial(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    if (!check_one(vm, "math.factorial", nargs, kw)) return SL_NULL;
    /* 3.8: integral floats accepted (3.9: with a DeprecationWarning),
     * "factorial() only accepts integral values" for others; 3.10+: TypeError */
    SlValue n = sl_index(vm, args[0]);
    if (!n) return SL_NULL;
    SlValue r = factorial_of(vm, n);
    sl_decref(vm, n);
    return r;
}

/* gcd of two ints (new reference, non-negative) */
static SlValue gcd2(SlVM *vm, SlValue a, SlValue b) {
    if (SL_IS_INT(a) && SL_IS_INT(b)) {
        uint64_t x = (uint64_t)llabs(SL_INT_VAL(a)), y = (uint64_t)llabs(SL_INT_VAL(b));
        while (y) {
            uint64_t t = x % y;
            x = y;
            y = t;
        }
        return sl_int_from_u64(vm, x);
    }
    SlValue x = int_abs(vm, a);
    if (!x) return SL_NULL;
    SlValue y = int_abs(vm, b);
    if (!y) {
        sl_decref(vm, x);
        return SL_NULL;
    }
    while (sl_int_sign(y) != 0) {
        if (SL_IS_INT(x) && SL_IS_INT(y)) {
            SlValue r = gcd2(vm, x, y);
            sl_decref(vm, x);
            sl_decref(vm, y);
            return r;
        }
        SlValue t = sl_binop(vm, SL_NB_MOD, x, y);
        if (!t) {
            sl_decref(vm, x);
            sl_decref(vm, y);
            return SL_NULL;
        }
        sl_decref(vm, x);
        x = y;
        y = t;
    }
    sl_decref(vm, y);
    return x;
}

static SlValue math_gcd(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    /* 3.8: exactly two arguments ("gcd expected 2 arguments, got 1") */
    if (!sl_args_no_kw(vm, qname(vm, "math.gcd"), kw)) return SL_NULL;
    if (nargs == 0) return SL_FROM_INT(0);
    SlValue res = sl_index(vm, args[0]);
    if (!res) return SL_NULL;
    if (nargs == 1) {
        SlValue r = int_abs(vm, res);
        sl_decref(vm, res);
        return r;
    }
    for (size_t i = 1; i < nargs; i++) {
        SlValue x = sl_index(vm, args[i]);
        if (!x) {
            sl_decref(vm, res);
            return SL_NULL;
        }
        if (res == SL_FROM_INT(1)) {   /* only check the remaining arguments */
            sl_decref(vm, x);
            continue;
        }
        SlValue g = gcd2(vm, res, x);
        sl_decref(vm, x);
        SL_SETREF(vm, res, g);
        if (!g) return SL_NULL;
    }
    return res;
}

static SlValue lcm2(SlVM *vm, SlValue a, SlValue b) {
    if (sl_int_sign(a) == 0 || sl_int_sign(b) == 0) return SL_FROM_INT(0);
    SlValue g = gcd2(vm, a, b);
    if (!g) return SL_NULL;
    SlValue f = sl_binop(vm, SL_NB_FLOORDIV, a, g);
    sl_decref(vm, g);
    if (!f) return SL_NULL;
    SlValue ab = sl_binop(vm, SL_NB_MUL, f, b);
    sl_decref(vm, f);
    if (!ab) return SL_NULL;
    SlValue r = int_abs(vm, ab);
    sl_decref(vm, ab);
    return r;
}

static SlValue math_lcm(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    if (!sl_args_no_kw(vm, qname(vm, "math.lcm"), kw)) return SL_NULL;
    if (nargs == 0) return SL_FROM_INT(1);
    SlValue res = sl_index(vm, args[0]);
    if (!res) return SL_NULL;
    if (nargs == 1) {
        SlValue r = int_abs(vm, res);
        sl_decref(vm, res);
        return r;
    }
    for (size_t i = 1; i < nargs; i++) {
        SlValue x = sl_index(vm, args[i]);
        if (!x) {
            sl_decref(vm, res);
            return SL_NULL;
        }
        if (res == SL_FROM_INT(0)) {
            sl_decref(vm, x);
            continue;
        }
        SlValue l = lcm2(vm, res, x);
        sl_decref(vm, x);
        SL_SETREF(vm, res, l);
        if (!l) return SL_NULL;
    }
    return res;
}

/* floor(sqrt(n)) for n < 2**64 */
static uint64_t isqrt_u64(uint64_t n) {
    uint64_t r = (uint64_t)sqrt((double)n);
    while (r > 0 && (r > UINT32_MAX || r * r > n)) r--;
    while (r + 1 <= UINT32_MAX && (r + 1) * (r + 1) <= n) r++;
    return r;
}

static SlValue math_isqrt(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    if (!check_one(vm, "math.isqrt", nargs, kw)) return SL_NULL;
    SlValue n = sl_index(vm, args[0]);
    if (!n) return SL_NULL;
    SlValue a = SL_NULL;
    if (sl_int_sign(n) < 0) {
        sl_raise(vm, SL_ValueError, "isqrt() argument must be nonnegative");
        goto done;
    }
    int64_t nbits = sl_int_bit_length(n);
    if (nbits <= 62) {
        int64_t v;
        if (sl_int_as_i64(vm, n, &v)) a = sl_int_from_u64(vm, isqrt_u64((uint64_t)v));
        goto done;
    }
    /* Newton's iteration from above: x0 = 2**ceil(nbits/2) >= sqrt(n); the
     * sequence decreases strictly until it reaches floor(sqrt(n)). */
    a = sl_int_lshift_i64(vm, SL_FROM_INT(1), (nbits + 1) / 2);
    while (a) {
        SlValue q = sl_binop(vm, SL_NB_FLOORDIV, n, a);
        if (!q) {
            SL_SETREF(vm, a, SL_NULL);
            break;
        }
        SlValue s = sl_binop(vm, SL_NB_ADD, a, q);
        sl_decref(vm, q);
        SlValue b = s ? sl_int_rshift_i64(vm, s, 1) : SL_NULL;
        sl_xdecref(vm, s);
        if (!b) {
            SL_SETREF(vm, a, SL_NULL);
            break;
        }
        if (sl_int_compare(b, a) >= 0) {
            sl_decref(vm, b);
            break;
        }
        SL_SETREF(vm, a, b);
    }
done:
    sl_decref(vm, n);
    return a;
}

/* n and k of comb/perm as ints, with CPython's checks */
static bool comb_args(SlVM *vm, SlValue an, SlValue ak, SlValue *n, SlValue *k) {
    *n = sl_index(vm, an);
    if (!*n) return false;
    *k = sl_index(vm, ak);
    if (!*k) {
        sl_decref(vm, *n);
        return false;
    }
    const char *bad = sl_int_sign(*n) < 0 ? "n must be a non-negative integer"
                      : sl_int_sign(*k) < 0 ? "k must be a non-negative integer" : NULL;
    if (bad) {
        sl_raise(vm, SL_ValueError, "%s", bad);
        sl_decref(vm, *n);
        sl_decref(vm, *k);
        return false;
    }
    return true;
}

static SlValue math_comb(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    if (!check_two(vm, "math.comb", nargs, kw)) return SL_NULL;
    SlValue n, k, r = SL_NULL;
    if (!comb_args(vm, args[0], args[1], &n, &k)) return SL_NULL;
    SlValue nk = sl_binop(vm, SL_NB_SUB, n, k);
    if (!nk) goto done;
    if (sl_int_sign(nk) < 0) {
        sl_decref(vm, nk);
        r = SL_FROM_INT(0);
        goto done;
    }
    if (sl_int_compare(nk, k) < 0) { /* k = min(k, n - k) */
        sl_decref(vm, k);
        k = nk;
    } else {
        sl_decref(vm, nk);
    }
    int64_t ki;
    if (sl_int_bit_length(k) > 63 || !sl_int_as_i64(vm, k, &ki)) {
        sl_exc_clear(vm);
        sl_raise(vm, SL_OverflowError, "min(n - k, k) must not exceed %lld", (long long)INT64_MAX);
        goto done;
    }
    /* comb = n*(n-1)*...*(n-k+1) / k! */
    SlValue lo = sl_binop(vm, SL_NB_SUB, n, k);
    SlValue lo1 = lo ? sl_binop(vm, SL_NB_ADD, lo, SL_FROM_INT(1)) : SL_NULL;
    sl_xdecref(vm, lo);
    if (!lo1) goto done;
    SlValue num = range_product(vm, lo1, ki);
    sl_decref(vm, lo1);
    if (!num) goto done;
    SlValue den = range_product(vm, SL_FROM_INT(1), ki);
    if (den) {
        r = sl_binop(vm, SL_NB_FLOORDIV, num, den);
        sl_decref(vm, den);
    }
    sl_decref(vm, num);
done:
    sl_decref(vm, n);
    sl_decref(vm, k);
    return r;
}

static SlValue math_perm(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    if (!sl_args_no_kw(vm, qname(vm, "math.perm"), kw)) return SL_NULL;
    if (!sl_args_check(vm, "perm", nargs, SL_NULL, 1, 2)) return SL_NULL;
    if (nargs == 1 || args[1] == SL_NONE) {
        SlValue n = sl_index(vm, args[0]);
        if (!n) return SL_NULL;
        SlValue r = factorial_of(vm, n);
        sl_decref(vm, n);
        return r;
    }
    SlValue n, k, r = SL_NULL;
    if (!comb_args(vm, args[0], args[1], &n, &k)) return SL_NULL;
    if (sl_int_compare(n, k) < 0) {
        r = SL_FROM_INT(0);
        goto done;
    }
    int64_t ki;
    if (sl_int_bit_length(k) > 63 || !sl_int_as_i64(vm, k, &ki)) {
        sl_exc_clear(vm);
        sl_raise(vm, SL_OverflowError, "k must not exceed %lld", (long long)INT64_MAX);
        goto done;
    }
    SlValue lo = sl_binop(vm, SL_NB_SUB, n, k);
    SlValue lo1 = lo ? sl_binop(vm, SL_NB_ADD, lo, SL_FROM_INT(1)) : SL_NULL;
    sl_xdecref(vm, lo);
    if (!lo1) goto done;
    r = range_product(vm, lo1, ki);
    sl_decref(vm, lo1);
done:
    sl_decref(vm, n);
    sl_decref(vm, k);
    return r;
}

/* ---- 3.9+: nextafter, ulp; 3.13: fma --------------------------------------------------- */

static SlValue math_nextafter(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    /* 3.9-3.11: "nextafter expected 2 arguments, got 1"; 3.12+ has steps= */
    if (!sl_args_no_kw(vm, "nextafter", kw)) return SL_NULL;
    if (nargs != 2)
        return sl_raise(vm, SL_TypeError, "nextafter() takes exactly 2 positional arguments (%zu given)",
                        nargs);
    double x, y;
    if (!sl_as_double(vm, args[0], &x) || !sl_as_double(vm, args[1], &y)) return SL_NULL;
    return new_float(vm, nextafter(x, y));
}

static SlValue math_ulp(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    double x;
    if (!check_one(vm, "math.ulp", nargs, kw) || !sl_as_double(vm, args[0], &x)) return SL_NULL;
    if (isnan(x)) return new_float(vm, x);
    x = fabs(x);
    if (isinf(x)) return new_float(vm, x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) { /* the largest finite float: use the step below */
        x2 = nextafter(x, -INFINITY);
        return new_float(vm, x - x2);
    }
    return new_float(vm, x2 - x);
}

static SlValue math_fma(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    if (!sl_args_no_kw(vm, qname(vm, "math.fma"), kw)) return SL_NULL;
    if (!sl_args_check(vm, "fma", nargs, SL_NULL, 3, 3)) return SL_NULL;
    double x, y, z;
    if (!sl_as_double(vm, args[0], &x) || !sl_as_double(vm, args[1], &y) ||
        !sl_as_double(vm, args[2], &z))
        return SL_NULL;
    double r = fma(x, y, z);
    if (!isfinite(r)) {
        if (isnan(r)) {
            if (!isnan(x) && !isnan(y) && !isnan(z))
                return sl_raise(vm, SL_ValueError, "invalid operation in fma");
        } else if (isfinite(x) && isfinite(y) && isfinite(z)) {
            return sl_raise(vm, SL_OverflowError, "overflow in fma");
        }
    }
    return new_float(vm, r);
}

static const SlMethodDef math_functions[] = {
    {"acos", math_acos, 0, "Return the arc cosine (measured in radians) of x."},
    {"acosh", math_acosh, 0, "Return the inverse hyperbolic cosine of x."},
    {"asin", math_asin, 0, "Return the arc sine (measured in radians) of x."},
    {"asinh", math_asinh, 0, "Return the inverse hyperbolic sine of x."},
    {"atan", math_atan, 0, "Return the arc tangent (measured in radians) of x."},
    {"atan2", math_atan2, 0, "Return the arc tangent (measured in radians) of y/x."},
    {"atanh", math_atanh, 0, "Return the inverse hyperbolic tangent of x."},
    {"cbrt", math_cbrt, 0, "Return the cube root of x."},
    {"ceil", math_ceil, 0, "Return the ceiling of x as an Integral."},
    {"comb", math_comb, 0, "Number of ways to choose k items from n items without repetition and without order."},
    {"copysign", math_copysign, 0, "Return a float with the magnitude (absolute value) of x but the sign of y."},
    {"cos", math_cos, 0, "Return the cosine of x (measured in radians)."},
    {"cosh", math_cosh, 0, "Return the hyperbolic cosine of x."},
    {"degrees", math_degrees, 0, "Convert angle x from radians to degrees."},
    {"dist", math_dist, 0, "Return the Euclidean distance between two points p and q."},
    {"erf", math_erf, 0, "Error function at x."},
    {"erfc", math_erfc, 0, "Complementary error function at x."},
    {"exp", math_exp, 0, "Return e raised to the power of x."},
    {"exp2", math_exp2, 0, "Return 2 raised to the power of x."},
    {"expm1", math_expm1, 0, "Return exp(x)-1."},
    {"fabs", math_fabs, 0, "Return the absolute value of the float x."},
    {"factorial", math_factorial, 0, "Find n!."},
    {"floor", math_floor, 0, "Return the floor of x as an Integral."},
    {"fma", math_fma, 0, "Fused multiply-add operation."},
    {"fmod", math_fmod, 0, "Return fmod(x, y), according to platform C."},
    {"frexp", math_frexp, 0, "Return the mantissa and exponent of x, as pair (m, e)."},
    {"fsum", math_fsum, 0, "Return an accurate floating-point sum of values in the iterable seq."},
    {"gamma", math_gamma, 0, "Gamma function at x."},
    {"gcd", math_gcd, 0, "Greatest Common Divisor."},
    {"hypot", math_hypot, 0, "Multidimensional Euclidean distance from the origin to a point."},
    {"isclose", math_isclose, 0, "Determine whether two floating-point numbers are close in value."},
    {"isfinite", math_isfinite, 0, "Return True if x is neither an infinity nor a NaN, and False otherwise."},
    {"isinf", math_isinf, 0, "Return True if x is a positive or negative infinity, and False otherwise."},
    {"isnan", math_isnan, 0, "Return True if x is a NaN (not a number), and False otherwise."},
    {"isqrt", math_isqrt, 0, "Return the integer part of the square root of the input."},
    {"lcm", math_lcm, 0, "Least Common Multiple."},
    {"ldexp", math_ldexp, 0, "Return x * (2**i)."},
    {"lgamma", math_lgamma, 0, "Natural logarithm of absolute value of Gamma function at x."},
    {"log", math_log, 0, "log(x, [base=math.e])\nReturn the logarithm of x to the given base."},
    {"log10", math_log10, 0, "Return the base 10 logarithm of x."},
    {"log1p", math_log1p, 0, "Return the natural logarithm of 1+x (base e)."},
    {"log2", math_log2, 0, "Return the base 2 logarithm of x."},
    {"modf", math_modf, 0, "Return the fractional and integer parts of x."},
    {"nextafter", math_nextafter, 0, "Return the floating-point value the given number of steps after x towards y."},
    {"perm", math_perm, 0, "Number of ways to choose k items from n items without repetition and with order."},
    {"pow", math_pow, 0, "Return x**y (x to the power of y)."},
    {"prod", math_prod, 0, "Calculate the product of all the elements in the input iterable."},
    {"radians", math_radians, 0, "Convert angle x from degrees to radians."},
    {"remainder", math_remainder, 0, "Difference between x and the closest integer multiple of y."},
    {"sin", math_sin, 0, "Return the sine of x (measured in radians)."},
    {"sinh", math_sinh, 0, "Return the hyperbolic sine of x."},
    {"sqrt", math_sqrt, 0, "Return the square root of x."},
    {"tan", math_tan, 0, "Return the tangent of x (measured in radians)."},
    {"tanh", math_tanh, 0, "Return the hyperbolic tangent of x."},
    {"trunc", math_trunc, 0, "Truncates the Real x to the nearest Integral toward 0."},
    {"ulp", math_ulp, 0, "Return the value of the least significant bit of the float x."},
    {NULL, NULL, 0, NULL}};

static bool add_float(SlVM *vm, SlValue m, const char *name, double d) {
    SlValue v = sl_float_new(vm, d);
    if (!v) return false;
    bool ok = sl_module_add(vm, m, name, v);
    sl_decref(vm, v);
    return ok;
}

SlValue sl_mod_math_init(SlVM *vm) {
    SlValue m = sl_module_new(vm, "math");
    if (!m) return SL_NULL;
    if (!sl_module_add_functions(vm, m, math_functions) || !add_float(vm, m, "pi", M_PI) ||
        !add_float(vm, m, "e", 2.718281828459045235360287471352662498) ||
        !add_float(vm, m, "tau", 2.0 * M_PI) || !add_float(vm, m, "inf", INFINITY) ||
        !add_float(vm, m, "nan", NAN)) {
        sl_decref(vm, m);
        return SL_NULL;
    }
    return m;
}
