/* mod_table.h: the modules written in C that `import` can find
 * (module.c searches sl_builtin_modules by name before lib/). */
#ifndef SL_MOD_TABLE_H
#define SL_MOD_TABLE_H

#include "module.h"

SlValue sl_mod_sys_init(SlVM *vm);          /* mod_sys.c */
SlValue sl_mod_math_init(SlVM *vm);         /* mod_math.c */
SlValue sl_mod_time_init(SlVM *vm);         /* mod_time.c */
SlValue sl_mod_random_core_init(SlVM *vm);  /* mod_random.c: _random */
SlValue sl_mod_array_init(SlVM *vm);        /* mod_array.c */

/* NULL-terminated table, in mod_table.c */
extern const SlBuiltinModule sl_builtin_modules[];

SlValue sl_mod_gc_init(SlVM *vm);  /* gc.c */
SlValue sl_mod_traceback_init(SlVM *vm);  /* traceback.c */
SlValue sl_mod_weakref_init(SlVM *vm);    /* weakref.c: _weakref */
SlValue sl_mod_itertools_init(SlVM *vm);  /* mod_itertools.c: _itertools */

#endif
