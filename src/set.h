/* set.h: set and frozenset (open addressing as CPython's setobject.c). */
#ifndef SL_SET_H
#define SL_SET_H

#include "object.h"

typedef struct SlSetEntry {
    SlValue key;           /* SL_NULL empty; sl_set_dummy for deleted */
    int64_t hash;
} SlSetEntry;

typedef struct SlSet {
    SlObject ob;
    size_t fill;           /* active + dummy */
    size_t used;           /* active */
    size_t mask;           /* table size - 1 */
    SlSetEntry *table;     /* points to smalltable or sl_mem_alloc'd */
    int64_t hash;          /* frozenset only, -1 until computed */
    size_t finger;         /* where set.pop() looks next */
    SlSetEntry smalltable[8];
    SlValue weaklist;      /* weakrefs to this set (weakref.c) */
} SlSet;

/* the key of deleted entries (their hash is -1) */
extern SlObject sl_set_dummy_obj;
#define sl_set_dummy SL_OBJ(&sl_set_dummy_obj)
extern SlType sl_set_iter_type;

extern SlType sl_set_type, sl_frozenset_type;

#define SL_IS_SET(v) (SL_IS_OBJ(v) && (SL_AS_OBJ(v)->type == &sl_set_type || \
                                       sl_isinstance_type((v), &sl_set_type)))
#define SL_IS_FROZENSET(v) (SL_IS_OBJ(v) && (SL_AS_OBJ(v)->type == &sl_frozenset_type || \
                                             sl_isinstance_type((v), &sl_frozenset_type)))
#define SL_IS_ANYSET(v) (SL_IS_SET(v) || SL_IS_FROZENSET(v))

SlValue sl_set_new(SlVM *vm, SlValue iterable);        /* iterable may be SL_NULL */
SlValue sl_frozenset_new(SlVM *vm, SlValue iterable);
bool sl_set_add(SlVM *vm, SlValue set, SlValue key);
int sl_set_contains(SlVM *vm, SlValue set, SlValue key); /* 1, 0, -1 */
int sl_set_discard(SlVM *vm, SlValue set, SlValue key);  /* 1 removed, 0 missing, -1 error */
size_t sl_set_size(SlValue set);
bool sl_set_next(SlValue set, size_t *pos, SlValue *key); /* borrowed */
/* set.update(iterable) */
bool sl_set_update(SlVM *vm, SlValue set, SlValue iterable);
bool sl_set_clear(SlVM *vm, SlValue set);

#endif
