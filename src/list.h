/* list.h: list objects. */
#ifndef SL_LIST_H
#define SL_LIST_H

#include "object.h"

typedef struct SlList {
    SlObject ob;
    size_t size;           /* ob_size */
    size_t allocated;      /* as CPython's: capacity of items, grown by the same rule */
    SlValue *items;        /* ob_item (sl_mem_alloc) */
} SlList;

extern SlType sl_list_type;

#define SL_IS_LIST(v) (SL_IS_OBJ(v) && (SL_AS_OBJ(v)->type == &sl_list_type || \
                       (SL_AS_OBJ(v)->type->flags & SL_TPFLAGS_LIST_SUBCLASS)))
#define SL_LIST(v) ((SlList *)SL_AS_OBJ(v))

/* A list of n items, all SL_NULL: the caller fills them (owned refs). */
SlValue sl_list_new(SlVM *vm, size_t n);
/* Append (takes a new reference to v). */
bool sl_list_append(SlVM *vm, SlValue list, SlValue v);
/* list.extend(iterable) */
bool sl_list_extend(SlVM *vm, SlValue list, SlValue iterable);
/* list(iterable) */
SlValue sl_list_from_iterable(SlVM *vm, SlValue iterable);
/* list.sort(key=key, reverse=reverse): stable; key may be SL_NULL */
bool sl_list_sort(SlVM *vm, SlValue list, SlValue key, bool reverse);
/* The timsort variants CPython shipped (the order of comparisons differs):
 * 3.8-3.10 merge_collapse; 3.11/3.12 powersort merging; 3.13 also finds
 * descending runs with equal elements.  sl_list_sort uses 3.13's until
 * pyversion has a field for it. */
typedef enum { SL_SORT_310, SL_SORT_312, SL_SORT_313 } SlSortFlavour;
bool sl_list_sort_flavour(SlVM *vm, SlValue list, SlValue key, bool reverse, SlSortFlavour flavour);
/* iter(reversed(list)): a list_reverseiterator */
SlValue sl_list_reversed_iter(SlVM *vm, SlValue list);
/* list.insert(i, v) (new reference taken), i clamped as CPython */
bool sl_list_insert(SlVM *vm, SlValue list, int64_t i, SlValue v);
/* list[lo:hi] as a new list (bounds already clamped) */
SlValue sl_list_slice(SlVM *vm, SlValue list, size_t lo, size_t hi);
/* list[lo:hi] = v (v a sequence or SL_NULL to delete), as list_ass_slice */
bool sl_list_ass_slice(SlVM *vm, SlValue list, int64_t lo, int64_t hi, SlValue v);
/* list_resize: CPython's growth rule (ob_size becomes newsize; new slots
 * are uninitialised).  Exposed for the VM's LIST_APPEND-like fast paths. */
bool sl_list_resize(SlVM *vm, SlValue list, size_t newsize);

extern SlType sl_list_iter_type, sl_list_reviter_type;

#endif
