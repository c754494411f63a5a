/* args.h: argument checking for functions written in C, with CPython's
 * messages. */
#ifndef SL_ARGS_H
#define SL_ARGS_H

#include "object.h"

/* Match vectorcall arguments to parameter names.
 *   names: NULL-terminated parameter names;
 *   required: how many leading parameters must be given;
 *   npositional: parameters at index >= npositional are keyword-only
 *                (and a name starting with '$' is never positional either);
 * out[i] gets a borrowed value, or SL_NULL when not given.
 * Errors as CPython: "f() missing required argument 'x' (pos 1)",
 * "f() takes at most 2 arguments (3 given)", "f() got an unexpected
 * keyword argument 'y'", "argument for f() given by name ('x') and position (1)". */
bool sl_args_parse(SlVM *vm, const char *fname, const SlValue *args, size_t nargs,
                   SlValue kwnames, const char *const *names, size_t required,
                   size_t npositional, SlValue *out);

/* Positional only, between min and max arguments, no keywords:
 * "f() takes exactly one argument (2 given)", "f expected at most 2
 * arguments, got 3", "f() takes no keyword arguments". */
bool sl_args_check(SlVM *vm, const char *fname, size_t nargs, SlValue kwnames,
                   size_t min, size_t max);
bool sl_args_no_kw(SlVM *vm, const char *fname, SlValue kwnames);

#define SL_NARGS(nargs) (nargs)
#define SL_KWCOUNT(kwnames) ((kwnames) ? SL_TUPLE_SIZE(kwnames) : 0)

#endif
