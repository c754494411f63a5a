/* iter.h: generic iterators: the sequence iterator (objects with only
 * __getitem__), the callable iterator (iter(f, sentinel)), and the
 * built-in iterator types enumerate, zip, map, filter and reversed. */
#ifndef SL_ITER_H
#define SL_ITER_H

#include "object.h"

/* iter(seq) for an object with __getitem__ but no __iter__ */
SlValue sl_seqiter_new(SlVM *vm, SlValue seq);
/* iter(callable, sentinel) */
SlValue sl_calliter_new(SlVM *vm, SlValue callable, SlValue sentinel);
/* PyObject_LengthHint(o, dflt): len(o), else o.__length_hint__(), else
 * dflt; -1 on error (TypeError from len() is ignored, as CPython). */
int64_t sl_length_hint(SlVM *vm, SlValue o, int64_t dflt);
/* reversed(seq) as the builtin does: __reversed__, else __len__ + __getitem__ */
SlValue sl_reversed(SlVM *vm, SlValue seq);

/* Types to register as builtins (their new_ implements the call). */
extern SlType sl_seqiter_type, sl_calliter_type, sl_enumerate_type, sl_zip_type, sl_map_type,
    sl_filter_type, sl_reversed_type;

#endif
