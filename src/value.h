/* value.h: the one value type of slotlab.
 *
 * An SlValue is one machine word.  Two representations share it:
 *
 *   ...xxx1   a small int: the word shifted right by one (62-bit range, so
 *             that adding or subtracting two of them never overflows int64)
 *   ...x000   a pointer to an SlObject (8-byte aligned); 0 is SL_NULL
 *
 * SL_NULL is never a Python value: a function returning SlValue returns
 * SL_NULL to say "an exception is pending in the VM" (as CPython's NULL).
 * Everything else (None, True, floats, strings, big ints, instances) is an
 * object.  Small ints carry no refcount and cost no allocation, which is
 * what makes `for i in range(10**7)` cheap.
 */
#ifndef SL_VALUE_H
#define SL_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uintptr_t SlValue;

#define SL_NULL ((SlValue)0)

#define SL_IS_INT(v) (((v) & 1) != 0)
#define SL_IS_OBJ(v) (((v) & 1) == 0 && (v) != 0)
#define SL_INT_VAL(v) ((int64_t)(v) >> 1)
#define SL_FROM_INT(i) ((SlValue)(((uint64_t)(int64_t)(i) << 1) | 1))

/* Range of a tagged int: |i| < 2**61, so the sum or difference of two fits
 * in int64 and a result can be range-checked before tagging. */
#define SL_INT_MAX (((int64_t)1 << 61) - 1)
#define SL_INT_MIN (-SL_INT_MAX)
#define SL_INT_FITS(i) ((i) >= SL_INT_MIN && (i) <= SL_INT_MAX)

#define SL_AS_OBJ(v) ((struct SlObject *)(v))
#define SL_OBJ(p) ((SlValue)(p))

#endif
