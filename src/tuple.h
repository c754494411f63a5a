/* tuple.h: tuple objects. */
#ifndef SL_TUPLE_H
#define SL_TUPLE_H

#include "object.h"

/* The items live in the same block as the header.  They are reached
 * through a pointer because an instance of a tuple subclass keeps the
 * subclass's words (slots, __dict__) at fixed offsets after basicsize, so
 * its items must come after those (CPython puts them before and uses a
 * negative dictoffset instead). */
typedef struct SlTuple {
    SlObject ob;
    size_t size;           /* ob_size */
    SlValue *items;        /* ob_item: inline storage after the object's fixed part */
} SlTuple;

extern SlType sl_tuple_type;

#define SL_IS_TUPLE(v) (SL_IS_OBJ(v) && (SL_AS_OBJ(v)->type == &sl_tuple_type || \
                        (SL_AS_OBJ(v)->type->flags & SL_TPFLAGS_TUPLE_SUBCLASS)))
#define SL_TUPLE(v) ((SlTuple *)SL_AS_OBJ(v))
#define SL_TUPLE_SIZE(v) (SL_TUPLE(v)->size)
#define SL_TUPLE_ITEMS(v) (SL_TUPLE(v)->items)

/* A tuple of n items, all SL_NULL: the caller must fill every item (with
 * owned references) before the tuple is used.  n == 0 gives the shared (). */
SlValue sl_tuple_new(SlVM *vm, size_t n);
/* A tuple of copies (new references) of items[0..n). */
SlValue sl_tuple_from_array(SlVM *vm, const SlValue *items, size_t n);
/* sl_tuple_pack(vm, 2, a, b): new references to the arguments */
SlValue sl_tuple_pack(SlVM *vm, size_t n, ...);
/* tuple(iterable) */
SlValue sl_tuple_from_iterable(SlVM *vm, SlValue iterable);
/* A tuple of n items (all SL_NULL) whose type is the tuple subclass `type`. */
SlValue sl_tuple_new_type(SlVM *vm, SlType *type, size_t n);
/* xxHash-based hash of a sequence of values, as CPython 3.8+'s tuplehash. */
bool sl_tuple_hash_items(SlVM *vm, const SlValue *items, size_t n, bool add_len, int64_t *out);

extern SlType sl_tuple_iter_type;

#endif
