/* weakref.h: weak references (CPython's Objects/weakrefobject.c) and the
 * _weakref module.
 *
 * An object whose type has weaklistoffset != 0 holds there an SlValue
 * pointing to the first SlWeakRef to it (SL_NULL when there is none).  The
 * refs form a doubly linked list that does not own its members, and a ref
 * does not own its referent: when the referent dies, its dealloc calls
 * sl_weakref_clear_all, which makes every ref dead and runs the callbacks. */
#ifndef SL_WEAKREF_H
#define SL_WEAKREF_H

#include "object.h"

typedef struct SlWeakRef {
    SlObject ob;
    SlValue referent;          /* borrowed; SL_NULL once dead */
    SlValue callback;          /* owned, or SL_NULL */
    int64_t hash;              /* cached hash of the referent */
    bool hashed;
    struct SlWeakRef *prev, *next; /* the referent's list (not counted) */
} SlWeakRef;

/* weakref.ReferenceType, weakref.ProxyType, weakref.CallableProxyType */
extern SlType sl_weakref_type, sl_weakproxy_type, sl_weakcallableproxy_type;

/* PyObject_ClearWeakRefs: kill every weak reference to obj, then call the
 * callbacks in list order (errors are printed as "Exception ignored in: ..."
 * and swallowed).  For deallocs of types with a weaklistoffset. */
void sl_weakref_clear_all(SlVM *vm, SlValue obj);
/* The cycle collector's variant (CPython's handle_weakrefs): kill the refs
 * but call only the callbacks of refs for which skip(ref, arg) is false
 * (refs that are garbage themselves get no callback). */
void sl_weakref_clear_all_ex(SlVM *vm, SlValue obj, bool (*skip)(SlObject *ref, void *arg),
                             void *arg);
/* Does obj's type support weak references and has obj any? */
bool sl_weakref_has_refs(SlValue obj);

SlValue sl_mod_weakref_init(SlVM *vm); /* the _weakref module */

#endif
