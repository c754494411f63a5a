/* gc.h: the cycle collector. */
#ifndef SL_GC_H
#define SL_GC_H

#include "object.h"

size_t sl_gc_collect(SlVM *vm);       /* returns the number of objects freed */
void sl_gc_maybe_collect(SlVM *vm);   /* called at safe points in the VM */
void sl_gc_free(SlVM *vm);
SlValue sl_mod_gc_init(SlVM *vm);

#endif
