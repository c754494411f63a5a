/* mod_array.h: the array module's type, as the memory model sees it.
 *
 * array.array keeps its items in a private block (CPython's ob_item, of
 * `allocated` items), grown by CPython's array_resize rule, so that
 * __sizeof__ (basicsize + allocated * itemsize) and tracemalloc match. */
#ifndef SL_MOD_ARRAY_H
#define SL_MOD_ARRAY_H

#include "object.h"

extern SlType sl_array_type, sl_array_iter_type;

/* Bytes of the item block of an array (allocated * itemsize; 0 if none). */
size_t sl_array_buffer_bytes(const SlObject *o);

#endif
