/* instance.h: the attributes of plain instances, kept as CPython 3.11+
 * keeps them: values in the instance, names shared by the class.
 *
 * A class whose instances have a __dict__ and whose only C base is object
 * (the usual `class C:`) gets shared keys (SlKeys, CPython's
 * ht_cached_keys): the attribute names its instances use, name -> index,
 * only ever appended to, so an index stays good for the class's lifetime
 * and the VM can cache it under the type's version tag.  Each instance
 * keeps the values right after type->basicsize, as many as its block has
 * room for: the same for every instance of the class, fixed when the first
 * one is made from the names the class's methods set on self.  Its
 * __dict__ slot stays NULL until a real dict is needed: obj.__dict__, a
 * name with no room, a name out of order, __class__ assignment, ...
 * (sl_inst_dict).  The values then move into the dict, and the instance
 * uses the dict from then on.
 *
 * Values are kept in the instance's insertion order, which dict() order
 * and dir() must show: a value goes in at index i only while no value
 * after i is present (otherwise the instance gets a dict).
 *
 * What CPython would allocate is the memory model's business: it follows
 * such an instance from bits in its header (memmodel.h,
 * sl_mm_instance_created) and hands them to the dict when one is made.
 */
#ifndef SL_INSTANCE_H
#define SL_INSTANCE_H

#include "memory.h"
#include "object.h"

typedef struct SlKeys {
    uint32_t n, cap;   /* names in use / room in names[] */
    uint32_t room;     /* values an instance has room for (fixed by the first one; 0: none yet) */
    SlValue *names;    /* exact str, owned, in index order */
} SlKeys;

/* SHARED_KEYS_MAX_SIZE: a class's instances keep at most this many names
 * as values; an instance that sets another one gets a dict. */
#define SL_KEYS_MAX 30

/* Index of name (a str) in k, or -1. */
int sl_keys_index(const SlKeys *k, SlValue name);

/* The values of an instance of a class with keys, and how many it has room for. */
static inline SlValue *sl_inst_values(SlObject *o) {
    return (SlValue *)(void *)((char *)o + o->type->basicsize);
}
static inline uint32_t sl_inst_nvalues(SlObject *o) {
    size_t size = o->szclass ? 16u * o->szclass : sl_obj_size(o);
    return (uint32_t)((size - o->type->basicsize) / sizeof(SlValue));
}

/* A class was made: give it keys if its instances can use values.
 * False after raising (out of memory). */
bool sl_inst_class_ready(SlVM *vm, SlType *t);
void sl_inst_class_free(SlVM *vm, SlType *t);

/* A new instance of a class with keys (object.__new__): zeroed, with room
 * for the values its class's instances have had so far. */
SlObject *sl_inst_alloc(SlVM *vm, SlType *t);

/* The following are for an instance of a class with keys that has no dict
 * (its __dict__ slot is NULL). */

/* The value of attribute `name` (a str), borrowed, or SL_NULL if unset. */
SlValue sl_inst_lookup(SlObject *o, SlValue name);
/* o.name = value: 1 done, 0 the instance needs a dict for it (nothing
 * changed: make one with sl_inst_dict and store there), -1 error. */
int sl_inst_store(SlVM *vm, SlObject *o, SlValue name, SlValue value);
/* The VM's way to store a new value, when it knows name's index in the
 * keys: true when done (value's reference stolen), false when the generic
 * path must do it (nothing changed). */
bool sl_inst_store_new(SlVM *vm, SlObject *o, uint32_t ix, SlValue name, SlValue value);
/* del o.name: 1 removed, 0 not set. */
int sl_inst_delete(SlVM *vm, SlObject *o, SlValue name);
/* Does it hold attributes (or model state) that a dict would have to take over? */
bool sl_inst_has_values(SlObject *o);
/* Visit its values (traverse); drop them (the collector's clear, dealloc). */
void sl_inst_traverse(SlObject *o, SlVisitFn visit, void *arg);
void sl_inst_clear(SlVM *vm, SlObject *o);
/* Put its attribute names in the dict acc (dir()): false on error. */
bool sl_inst_merge_names(SlVM *vm, SlObject *o, SlValue acc);

/* The instance's dict (borrowed), made now if it has none, with its values
 * moved in.  `how` tells the memory model why: SL_MM_DICT_FIRST_ATTR,
 * SL_MM_DICT_TOUCHED (memmodel.h), or SL_INST_DICT_QUIET when only slotlab
 * needs one (CPython would still keep values).  Any instance with a
 * __dict__ slot.  SL_NULL after raising. */
enum { SL_INST_DICT_QUIET = -1 };
SlValue sl_inst_dict(SlVM *vm, SlObject *o, int how);

#endif
