/* complex.h: Python complex (CPython's Objects/complexobject.c). */
#ifndef SL_COMPLEX_H
#define SL_COMPLEX_H

#include "object.h"

typedef struct SlComplex {
    SlObject ob;
    double real, imag;     /* cval.real, cval.imag */
} SlComplex;

extern SlType sl_complex_type;

#define SL_IS_COMPLEX(v) (SL_IS_OBJ(v) && sl_isinstance_type((v), &sl_complex_type))
#define SL_IS_EXACT_COMPLEX(v) (SL_IS_OBJ(v) && SL_AS_OBJ(v)->type == &sl_complex_type)
#define SL_COMPLEX_REAL(v) (((SlComplex *)SL_AS_OBJ(v))->real)
#define SL_COMPLEX_IMAG(v) (((SlComplex *)SL_AS_OBJ(v))->imag)

SlValue sl_complex_new(SlVM *vm, double real, double imag);
/* a ** b on complex values, with CPython's errors ("0.0 to a negative or
 * complex power", "complex exponentiation"): float ** float hands a
 * negative base with a fractional exponent over to this. */
SlValue sl_complex_pow(SlVM *vm, double ar, double ai, double br, double bi);
/* Give complex the slots its version has: 3.8-3.9's __int__ and __float__
 * (which only raise) are C slots that callers test for, so they are set
 * or cleared per VM; the matching dict entries are type.c's business
 * (sl_type_apply_version). */
void sl_complex_apply_version(SlVM *vm);

#endif
