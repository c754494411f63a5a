/* args.c: argument matching for C functions, with CPython's messages. */
#include "args.h"

#include <string.h>

#include "errors.h"
#include "str.h"
#include "tuple.h"

bool sl_args_no_kw(SlVM *vm, const char *fname, SlValue kwnames) {
    if (kwnames && SL_TUPLE_SIZE(kwnames) > 0) {
        sl_raise(vm, SL_TypeError, "%s() takes no keyword arguments", fname);
        return false;
    }
    return true;
}

bool sl_args_check(SlVM *vm, const char *fname, size_t nargs, SlValue kwnames, size_t min,
                   size_t max) {
    if (!sl_args_no_kw(vm, fname, kwnames)) return false;
    if (nargs >= min && nargs <= max) return true;
    if (min == max) {
        if (min == 0)
            sl_raise(vm, SL_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
        else if (min == 1)
            sl_raise(vm, SL_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
        else
            sl_raise(vm, SL_TypeError, "%s expected %zu arguments, got %zu", fname, min, nargs);
    } else if (nargs < min) {
        sl_raise(vm, SL_TypeError, "%s expected at least %zu argument%s, got %zu", fname, min,
                 min == 1 ? "" : "s", nargs);
    } else {
        sl_raise(vm, SL_TypeError, "%s expected at most %zu argument%s, got %zu", fname, max,
                 max == 1 ? "" : "s", nargs);
    }
    return false;
}

bool sl_args_parse(SlVM *vm, const char *fname, const SlValue *args, size_t nargs,
                   SlValue kwnames, const char *const *names, size_t required,
                   size_t npositional, SlValue *out) {
    size_t nparams = 0;
    while (names[nparams]) nparams++;
    size_t maxpos = npositional < nparams ? npositional : nparams;
    for (size_t i = 0; i < nparams; i++) out[i] = SL_NULL;
    if (nargs > maxpos) {
        if (maxpos == 0)
            sl_raise(vm, SL_TypeError, "%s() takes no positional arguments", fname);
        else
            sl_raise(vm, SL_TypeError, "%s() takes at most %zu argument%s (%zu given)", fname,
                     maxpos, maxpos == 1 ? "" : "s", nargs);
        return false;
    }
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    size_t nkw = kwnames ? SL_TUPLE_SIZE(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        SlValue kn = SL_TUPLE_ITEMS(kwnames)[k];
        const char *kname = SL_STR_DATA(kn);
        size_t i;
        for (i = 0; i < nparams; i++) {
            const char *pn = names[i][0] == '$' ? names[i] + 1 : names[i];
            if (strcmp(pn, kname) == 0) break;
        }
        if (i == nparams) {
            sl_raise(vm, SL_TypeError, "%s() got an unexpected keyword argument '%s'", fname,
                     kname);
            return false;
        }
        if (out[i]) {
            sl_raise(vm, SL_TypeError, "argument for %s() given by name ('%s') and position (%zu)",
                     fname, kname, i + 1);
            return false;
        }
        out[i] = args[nargs + k];
    }
    for (size_t i = 0; i < required && i < nparams; i++) {
        if (!out[i]) {
            const char *pn = names[i][0] == '$' ? names[i] + 1 : names[i];
            sl_raise(vm, SL_TypeError, "%s() missing required argument '%s' (pos %zu)", fname, pn,
                     i + 1);
            return false;
        }
    }
    return true;
}
