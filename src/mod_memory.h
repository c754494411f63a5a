/* mod_memory.h: sys.getsizeof, object.__sizeof__, _tracemalloc, _resource. */
#ifndef SL_MOD_MEMORY_H
#define SL_MOD_MEMORY_H

#include "object.h"

SlValue sl_object_sizeof(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw);
SlValue sl_sys_getsizeof(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw);
SlValue sl_mod_tracemalloc_init(SlVM *vm);
/* Give the built-in types that have their own __sizeof__ in CPython one
 * (called once at start-up, after the types are ready). */
void sl_memory_install_sizeof(void);
SlValue sl_mod_resource_init(SlVM *vm);

#endif
