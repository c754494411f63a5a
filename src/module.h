/* module.h: module objects, built-in modules and import. */
#ifndef SL_MODULE_H
#define SL_MODULE_H

#include "object.h"

typedef struct SlModule {
    SlObject ob;
    SlValue dict;          /* md_dict */
    SlValue name;          /* str */
    SlValue weaklist;
} SlModule;

extern SlType sl_module_type;
#define SL_IS_MODULE(v) (SL_IS_OBJ(v) && sl_isinstance_type((v), &sl_module_type))
#define SL_MODULE_DICT(v) (((SlModule *)SL_AS_OBJ(v))->dict)

/* A new empty module with __name__ (and __doc__ = None). */
SlValue sl_module_new(SlVM *vm, const char *name);
/* Add a value (new reference taken) / C functions (defs end with a NULL name). */
bool sl_module_add(SlVM *vm, SlValue module, const char *name, SlValue value);
bool sl_module_add_functions(SlVM *vm, SlValue module, const SlMethodDef *defs);

/* A module written in C: init creates and fills the module (new ref). */
typedef struct SlBuiltinModule {
    const char *name;
    SlValue (*init)(SlVM *vm);
} SlBuiltinModule;

/* Modules written in Python that ship inside the binary (lib/NAME.py). */
typedef struct SlFrozenModule {
    const char *name;
    const char *source;
    size_t size;
} SlFrozenModule;
extern const SlFrozenModule sl_frozen_modules[];   /* generated from lib/ */

/* import name: sys.modules, built-in C modules, frozen Python modules,
 * then NAME.py beside the running script.  New reference. */
SlValue sl_import(SlVM *vm, SlValue name);
SlValue sl_import_cstr(SlVM *vm, const char *name);

#endif
