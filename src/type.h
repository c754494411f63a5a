/* type.h: classes (type objects), the object base type, descriptors'
 * binding, super, and class creation with __slots__. */
#ifndef SL_TYPE_H
#define SL_TYPE_H

#include "object.h"

/* Fill a static built-in type: dict, MRO, inherited slots, method and
 * slot-wrapper descriptors.  Called once per type at start-up. */
void sl_type_ready(SlType *t);
/* Register and ready every static type (types.c). */
void sl_types_init(void);

/* builtins.__build_class__ */
SlValue sl_build_class(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kwnames);

/* Call a special method looked up on type(self) (not the instance), as
 * CPython's lookup_maybe_method + call: *found is set false when missing. */
SlValue sl_call_special(SlVM *vm, SlValue self, SlValue name, const SlValue *args, size_t nargs,
                        bool *found);

/* isinstance(obj, cls) for a class without __instancecheck__ of its own:
 * type(obj) or obj.__class__ (a weakref proxy's) is a subclass.  1/0/-1. */
int sl_type_instance_check(SlVM *vm, SlValue obj, SlType *cls);

/* Take out of (or put back into) the built-in types the methods that
 * vm's Python version lacks (has), e.g. object.__getstate__ (3.11+). */
void sl_type_apply_version(SlVM *vm);

/* Assign a fresh version tag to t and every subclass (after t's dict changed). */
void sl_type_modified(SlType *t);

extern SlType sl_super_type, sl_wrapper_descr_type;

#endif
