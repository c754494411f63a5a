/* mod_table.c: the table of built-in C modules read by sl_import. */
#include "mod_table.h"
#include "mod_memory.h"

const SlBuiltinModule sl_builtin_modules[] = {
    {"sys", sl_mod_sys_init},
    {"math", sl_mod_math_init},
    {"time", sl_mod_time_init},
    {"array", sl_mod_array_init},
    {"_random", sl_mod_random_core_init},
    {"gc", sl_mod_gc_init},
    {"traceback", sl_mod_traceback_init},
    {"_weakref", sl_mod_weakref_init},
    {"_itertools", sl_mod_itertools_init},
    {"_tracemalloc", sl_mod_tracemalloc_init},
    {"_resource", sl_mod_resource_init},
    {NULL, NULL}};
