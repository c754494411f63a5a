/* format.h: the format-spec mini-language (format(), str.format, f-strings).
 */
#ifndef SL_FORMAT_H
#define SL_FORMAT_H

#include "object.h"

typedef struct SlFormatSpec {
    uint32_t fill;         /* fill code point, default ' ' */
    char align;            /* '<', '>', '^', '=' (the type's default when not given) */
    char sign;             /* '+', '-', ' ' or 0 */
    bool no_neg_0;         /* 'z' (3.11+) */
    bool alternate;        /* '#' */
    bool zero;             /* '0' before the width */
    int64_t width;         /* -1 if absent */
    char thousands;        /* ',' or '_' or 0 */
    int64_t precision;     /* -1 if absent */
    uint32_t type;         /* presentation type (a code point); the default when absent */
} SlFormatSpec;

/* Parse a spec as CPython's parse_internal_render_format_spec, with the
 * type's default presentation type ('d' for int, 's' for str, 0 for
 * float) and alignment ('>' for numbers, '<' for str); type_name goes into
 * "Invalid format specifier '..' for object of type 'int'".
 * ValueError with CPython's messages. */
bool sl_format_spec_parse_for(SlVM *vm, SlValue spec, SlFormatSpec *out, char default_type,
                              char default_align, const char *type_name);
/* The same for a number-like spec with defaults (0, '>', "object"). */
bool sl_format_spec_parse(SlVM *vm, SlValue spec, SlFormatSpec *out);

/* The __format__ implementations of the built-in types (spec parsed). */
SlValue sl_format_int(SlVM *vm, SlValue v, const SlFormatSpec *spec);
SlValue sl_format_float(SlVM *vm, double d, const SlFormatSpec *spec);
SlValue sl_format_str(SlVM *vm, SlValue s, const SlFormatSpec *spec);
/* complex: re and im of a complex whose type is named tname */
SlValue sl_format_complex(SlVM *vm, double re, double im, const SlFormatSpec *spec,
                          const char *tname);

/* str.__format__(self, spec): for str's method table (str.c). */
SlValue sl_str_format_method(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                             SlValue kwnames);

/* format(value, spec): calls type(value).__format__(value, spec), with
 * fast paths for exact int, float and str.  spec may be SL_NULL (''). */
SlValue sl_format(SlVM *vm, SlValue value, SlValue spec);

#endif
