/* memory.h: slotlab's own allocator (real memory, not the model).
 *
 * Objects up to SL_SMALL_MAX bytes come from pools of same-sized blocks
 * (16-byte size classes, as pymalloc), larger ones from malloc with a
 * small link header.  The cycle collector walks every live object through
 * sl_mem_walk, so objects need no per-object tracking list.  Every byte is
 * counted, and a cap turns runaway allocation into MemoryError.
 */
#ifndef SL_MEMORY_H
#define SL_MEMORY_H

#include "object.h"

typedef struct SlMem SlMem;

#define SL_SMALL_MAX 512

SlMem *sl_mem_new(size_t limit_bytes);
void sl_mem_destroy(SlMem *m);           /* frees every block at once */
size_t sl_mem_in_use(SlMem *m);

/* tracemalloc's records for objects in pools live beside the blocks (a
 * hash table keyed by address misses the cache on every allocation):
 * per block, for its main block and its two private ones, the allocation
 * site + 1 (0: not traced) and the traced size. */
#define SL_MEM_TRACE_WORDS 6
/* The object's record words, or NULL (not in a pool; or no table yet and
 * !create; or out of memory). */
uint32_t *sl_mem_trace_slot(struct SlObject *o, bool create);
/* Calls fn on the record words of every block of every pool with a table */
void sl_mem_trace_walk(SlMem *m, void (*fn)(const uint32_t *slot, void *arg), void *arg);
void sl_mem_trace_clear(SlMem *m);   /* drops every table */

/* A block that takes the place, in the pools id() addresses come from, of
 * a CPython block slotlab has no object for: 3.8-3.10 allocate a split
 * dict's values array right after the instance, in the same pymalloc pool
 * when the sizes match, so consecutive instances' ids are two blocks
 * apart.  From the pool of the last object of that modelled size; NULL if
 * none (the block is skipped by every walk: no type). */
void *sl_mem_phantom_alloc(SlVM *vm, size_t sim_size);
void sl_mem_phantom_free(SlVM *vm, void *block);
size_t sl_mem_limit(SlMem *m);
void sl_mem_set_limit(SlMem *m, size_t limit);

/* Call fn on every live object. */
void sl_mem_walk(SlMem *m, void (*fn)(SlObject *o, void *arg), void *arg);
/* Real size of an object's block (bytes). */
size_t sl_obj_size(SlObject *o);
/* The modelled CPython address of o (id()): its block's place in the
 * modelled pymalloc pools, plus `front` (GC header and pre-header). */
uint64_t sl_mem_sim_address(SlVM *vm, SlObject *o, unsigned front);

#endif
