/* float.h: Python float. */
#ifndef SL_FLOAT_H
#define SL_FLOAT_H

#include "object.h"

typedef struct SlFloat {
    SlObject ob;
    double value;          /* ob_fval */
} SlFloat;

extern SlType sl_float_type;

#define SL_IS_FLOAT(v) (SL_IS_OBJ(v) && sl_isinstance_type((v), &sl_float_type))
#define SL_IS_EXACT_FLOAT(v) (SL_IS_OBJ(v) && SL_AS_OBJ(v)->type == &sl_float_type)
#define SL_FLOAT_VAL(v) (((SlFloat *)SL_AS_OBJ(v))->value)

SlValue sl_float_new(SlVM *vm, double d);
/* repr(float): shortest round-trip, CPython's rules ('1e+16', '0.0001', 'inf', 'nan') */
void sl_double_repr(double d, char out[32]);
/* float(text): ValueError "could not convert string to float: 'x'" */
SlValue sl_float_from_str(SlVM *vm, const char *s, size_t len);
/* int or float (or __float__/__index__) to double; TypeError otherwise
 * ("must be real number, not str") */
bool sl_as_double(SlVM *vm, SlValue v, double *out);
int64_t sl_float_hash(double d);               /* as CPython (NaN: 0; the type hashes NaN by address) */

/* a ** b for doubles with CPython's special cases and errors */
SlValue sl_float_pow(SlVM *vm, double a, double b);
/* divmod(a, b) when either is a float (SL_NOTIMPL for non-numbers) */
SlValue sl_float_divmod(SlVM *vm, SlValue a, SlValue b);
/* divmod(a, b) for any mix of int and float; SL_NOTIMPL otherwise (the
 * caller then tries __divmod__ / __rdivmod__) */
SlValue sl_number_divmod(SlVM *vm, SlValue a, SlValue b);
/* pow(a, b, mod) for any mix of int and float (mod SL_NULL or None);
 * SL_NOTIMPL when an operand is something else (then try __pow__ /
 * __rpow__).  A float with a modulus is CPython's TypeError "pow() 3rd
 * argument not allowed unless all arguments are integers". */
SlValue sl_number_pow(SlVM *vm, SlValue a, SlValue b, SlValue mod);
/* round(x) (ndigits SL_NULL or None: an int, half to even) and round(x, n) */
SlValue sl_float_round(SlVM *vm, double x, SlValue ndigits);

/* CPython's PyOS_double_to_string: code 'e' 'E' 'f' 'F' 'g' 'G' or 'r'
 * (repr; precision ignored), appended to out.  For str % and format(). */
enum {
    SL_DTSF_SIGN = 1,        /* always add a sign */
    SL_DTSF_ADD_DOT_0 = 2,   /* integral values get ".0" */
    SL_DTSF_ALT = 4,         /* '#': keep the point and trailing zeros */
    SL_DTSF_NO_NEG_0 = 8,    /* 'z' (3.11+): no '-' on a zero result */
};
struct SlBuf;
/* The same text in small[small_cap] (small_cap >= 32) when it fits, else in
 * a malloc'd block: returns the text (free it if it is not small) and its
 * length in *len, or NULL after MemoryError.  A malloc'd block has at least
 * one spare byte after the text. */
char *sl_double_format_buf(SlVM *vm, double d, char code, int precision, int flags, char *small,
                           size_t small_cap, size_t *len);
bool sl_double_format(SlVM *vm, double d, char code, int precision, int flags, struct SlBuf *out);

#endif
