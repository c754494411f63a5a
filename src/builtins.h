/* builtins.h: the builtins module (print, len, isinstance, ...), plus the
 * helpers other files share with it. */
#ifndef SL_BUILTINS_H
#define SL_BUILTINS_H

#include "object.h"

/* Create the builtins module: functions, exception classes, built-in
 * types, constants.  __build_class__ is added by the runtime (type.c).
 * New reference. */
SlValue sl_builtins_init(SlVM *vm);

/* id(v), as an int.  The one place that decides what id() shows, so the
 * memory model can replace it with modelled addresses. */
SlValue sl_builtin_id(SlVM *vm, SlValue v);

/* object.__dir__ semantics: the (unsorted) list of attribute names of obj:
 * its instance dict keys plus the names along type(obj).__mro__; for a
 * class, the names along its own __mro__; for a module, its dict keys. */
SlValue sl_object_dir(SlVM *vm, SlValue obj);

/* The current scope's namespace as locals() returns it (module level: the
 * globals dict itself; class body: its namespace; function: a snapshot
 * dict of the bound locals, cells and free variables).  New reference. */
SlValue sl_builtin_locals(SlVM *vm);

/* isinstance(obj, classinfo) / issubclass(cls, classinfo) with CPython's
 * rules (tuples, nested tuples, __instancecheck__ / __subclasscheck__ on
 * metaclasses): 1, 0, or -1 with an exception. */
int sl_object_isinstance(SlVM *vm, SlValue obj, SlValue classinfo);
int sl_object_issubclass(SlVM *vm, SlValue cls, SlValue classinfo);

/* ascii(v): repr(v) with non-ASCII characters escaped. */
SlValue sl_ascii(SlVM *vm, SlValue v);

/* The type of exit and quit (site's Quitter). */
extern SlType sl_quitter_type;

#endif
