/* gc.h: the cycle collector and what CPython's collector would say about
 * an object (tracked or not, finalized or not). */
#ifndef SL_GC_H
#define SL_GC_H

#include "dict.h"
#include "object.h"
#include "tuple.h"

/* Bits of SlObject.flags16 the collector owns (bits 0-7 belong to str and
 * bytes, which are never containers).  CPython keeps these in PyGC_Head;
 * slotlab objects carry no GC header, so they live in the object header. */
enum {
    SL_GC_TRACKED_DICT = 1u << 15, /* exact dict that CPython tracks: one has held a
                                    * container (dictobject.c's MAINTAIN_TRACKING) */
    SL_GC_UNTRACKED = 1u << 14,    /* exact tuple the collector untracked
                                    * (_PyTuple_MaybeUntrack) */
    SL_GC_FINALIZED = 1u << 13,    /* __del__ has run (PEP 442: at most once) */
    SL_GC_FROZEN = 1u << 12,       /* gc.freeze() moved it to the permanent generation */
};

/* _PyObject_GC_MAY_BE_TRACKED: could v be part of a cycle CPython's
 * collector sees?  Untracked tuples, static types and atoms cannot. */
static inline bool sl_gc_may_be_tracked(SlValue v) {
    if (!SL_IS_OBJ(v)) return false;
    SlObject *o = SL_AS_OBJ(v);
    if (!(o->type->flags & SL_TPFLAGS_HAVE_GC)) return false;
    if (o->type == &sl_tuple_type)
        return !(o->flags16 & SL_GC_UNTRACKED) && ((SlTuple *)o)->size != 0;
    if (o->type->flags & SL_TPFLAGS_TYPE_SUBCLASS)   /* type_is_gc: heap types only */
        return (((SlType *)o)->flags & SL_TPFLAGS_HEAPTYPE) != 0;
    return true;
}

/* MAINTAIN_TRACKING: dict.c calls this before storing key: value in d.
 * A dict starts untracked and is tracked from the first container it
 * holds (a dict subclass is always tracked, whatever this bit says). */
static inline void sl_gc_dict_track(SlDict *d, SlValue key, SlValue value) {
    if (!(d->ob.flags16 & SL_GC_TRACKED_DICT) &&
        (sl_gc_may_be_tracked(key) || sl_gc_may_be_tracked(value)))
        d->ob.flags16 |= SL_GC_TRACKED_DICT;
}

/* gc.is_tracked(v) */
bool sl_gc_is_tracked(SlVM *vm, SlValue v);

/* Run a full collection as gc.collect() does; returns the number of
 * unreachable objects found, counted CPython's way. */
size_t sl_gc_collect(SlVM *vm);
void sl_gc_maybe_collect(SlVM *vm);   /* called at safe points in the VM */

/* PyObject_CallFinalizerFromDealloc for an instance of a class: when its
 * class defines __del__ and it has not run for o yet, run it (o->refcnt is
 * 0 on entry).  Returns true when __del__ resurrected o: the caller must
 * then leave it alone.  type.c's subtype_dealloc calls this first. */
bool sl_gc_finalize_dealloc(SlVM *vm, SlObject *o);

void sl_gc_free(SlVM *vm);
SlValue sl_mod_gc_init(SlVM *vm);

#endif
