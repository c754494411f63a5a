/* memmodel.h: the simulated CPython heap.
 *
 * slotlab's objects live in slotlab's own memory (memory.c).  Beside it,
 * this file keeps what the modelled CPython version would have allocated
 * for the same objects: every object's main block (with its GC header and
 * pre-header) and the private blocks it owns (list item arrays, dict key
 * tables, instance values arrays).  A block is born and freed at the same
 * moment as the slotlab object it belongs to, so the figures follow the
 * program's real lifetimes.  The bookkeeping is a few counters, no record
 * per block:
 *   - tracemalloc: the sum of the requested sizes of the blocks allocated
 *     while tracing (each object remembers, in its header's `sim` byte,
 *     which of its blocks were traced), and the peak;
 *   - pymalloc: live blocks per 16-byte size class, whole pools counted,
 *     which gives the modelled RSS (resource.getrusage);
 *   - CPython's free lists (dicts, lists, tuples, floats, key tables),
 *     which keep memory that tracemalloc still counts.
 * Sizes come from layout.c (struct sizes per version) and the rules in
 * SlPyVersion.mem; nothing here looks up answers.
 */
#ifndef SL_MEMMODEL_H
#define SL_MEMMODEL_H

#include "object.h"
#include "pyversion.h"

typedef struct SlSim SlSim;
typedef struct SlDict SlDict;

/* The counters every block birth and death touches, first in SlSim and
 * public so that the int fast paths (made and freed by the million) are
 * inlined: pymalloc's live blocks per 16-byte size class, counted into
 * whole pools without dividing.  memmodel.c owns them. */
#define SL_MM_NCLASSES 32
typedef struct SlSimHot {
    bool tracing;                               /* tracemalloc is on */
    uint32_t per_pool[SL_MM_NCLASSES + 1];      /* blocks per pool, per class */
    uint32_t in_last[SL_MM_NCLASSES + 1];       /* live % per_pool */
    uint64_t live[SL_MM_NCLASSES + 1];          /* live blocks per class */
} SlSimHot;

/* A pool of class c was opened / given back (pools, RSS, its peak) */
void sl_mm_pool_opened(SlSim *s, unsigned c);
void sl_mm_pool_closed(SlSim *s, unsigned c);

/* A small block (1..512 bytes) is born / freed in the modelled pymalloc */
static inline void sl_mm_small_add(SlSim *s, size_t n) {
    SlSimHot *h = (SlSimHot *)(void *)s;
    unsigned c = (unsigned)((n + 15) >> 4);
    h->live[c]++;
    if (h->in_last[c]++ == 0) sl_mm_pool_opened(s, c);
    if (h->in_last[c] == h->per_pool[c]) h->in_last[c] = 0;
}
static inline void sl_mm_small_remove(SlSim *s, size_t n) {
    SlSimHot *h = (SlSimHot *)(void *)s;
    unsigned c = (unsigned)((n + 15) >> 4);
    if (h->live[c] == 0) return;
    h->live[c]--;
    if (h->in_last[c] == 0) h->in_last[c] = h->per_pool[c];
    if (--h->in_last[c] == 0) sl_mm_pool_closed(s, c);
}

/* Bits of SlObject.sim */
enum {
    SL_SIM_MAIN = 1,      /* the object's own block is traced by tracemalloc */
    SL_SIM_AUX = 2,       /* its first private block (items, keys table) is traced */
    SL_SIM_AUX2 = 4,      /* its second private block (values array) is traced */
    SL_SIM_BORN = 0x80,   /* the model holds a main block for this object */
};

SlSim *sl_sim_new(SlVM *vm);   /* for vm->ver; kept in vm->sim */
void sl_sim_free(SlSim *s);

/* ---- object lifetimes (called by memory.c and the constructors) ------------------------ */

/* The object is complete: allocate its modelled main block.  memory.c
 * calls it from sl_obj_alloc, except for types whose size depends on their
 * contents (str, bytes, tuple, int): their constructors call it once the
 * length is set. */
void sl_mm_born(SlVM *vm, SlObject *o);
/* CPython's request for an int of `ndigits` digits in use and `spare`
 * allocated beyond them (offsetof(PyLongObject, ob_digit) + 4 each) */
static inline size_t sl_mm_int_size(size_t ndigits, size_t spare) { return 24 + 4 * (ndigits + spare); }

/* sl_mm_born for a new exact int (with its digits and spare digits set),
 * whose block is `size` bytes (int.c knows it); tracemalloc's case is out
 * of line. */
void sl_mm_born_int(SlVM *vm, SlObject *o);
static inline void sl_mm_born_int_sized(SlSim *s, SlVM *vm, SlObject *o, size_t size) {
    if (!s) return;
    if (((SlSimHot *)(void *)s)->tracing) {
        sl_mm_born_int(vm, o);
        return;
    }
    o->sim |= SL_SIM_BORN;
    sl_mm_small_add(s, size);
}
/* The object is being freed (from sl_obj_free). */
void sl_mm_died(SlVM *vm, SlObject *o);
/* The request size of the object's main block in the model. */
size_t sl_mm_main_size(SlVM *vm, SlObject *o);
/* The request size CPython makes for a new object of type t, estimated
 * before its contents are known (slotlab's block will be real_size). */
size_t sl_mm_alloc_size(SlVM *vm, SlType *t, size_t real_size);
/* The object's length changed in place (CPython reallocs it): old_main is
 * sl_mm_main_size from before the change. */
void sl_mm_main_resize(SlVM *vm, SlObject *o, size_t old_main);
/* A non-ASCII str was asked for its UTF-8 form by an API that makes
 * CPython cache it (a class name, compile()'s source). */
void sl_mm_str_utf8(SlVM *vm, SlValue str);
/* True for the types whose constructors call sl_mm_born themselves. */
bool sl_mm_born_late(SlType *t);

/* A private block owned by `owner` changed from old_size to new_size bytes
 * (0 = none): allocation, realloc or free.  `bit` is SL_SIM_AUX or SL_SIM_AUX2. */
void sl_mm_block(SlVM *vm, SlObject *owner, unsigned bit, size_t old_size, size_t new_size);

/* CPython's calculate_log2_keysize in that version. */
unsigned sl_mm_log2_keysize(const SlPyVersion *ver, size_t minsize);
/* Modelled request size of a dict's key table (PyDictKeysObject). */
size_t sl_mm_keys_size(const SlPyVersion *ver, unsigned log2, bool unicode);
/* A dict's key table changed size (0 = none): like sl_mm_block, with
 * CPython's free list for minimal tables. */
void sl_mm_dict_keys(SlVM *vm, SlObject *d, size_t old_size, size_t new_size);
/* Modelled request size of a list's item array with `allocated` items. */
static inline size_t sl_mm_list_items_size(size_t allocated) { return allocated * 8; }

/* ---- instance attributes (type.c and dict.c) ------------------------------------------- */

/* A class was created (allocates its shared keys where the version does). */
void sl_mm_class_created(SlVM *vm, SlType *t);
/* A class is being destroyed. */
void sl_mm_class_dying(SlVM *vm, SlType *t);
/* Does CPython allocate the attribute values of a new instance of t with
 * it (3.11+, object.__new__)?  Then the model follows them from the start:
 * sl_mm_instance_created, or a dict made at once (sl_mm_instance_dict_created
 * with SL_MM_DICT_AT_CREATION). */
bool sl_mm_wants_instance_dict(SlVM *vm, SlType *t);
/* The instance's real dict was just created: by object.__new__ (when
 * sl_mm_wants_instance_dict said so), for the first attribute, or because
 * the program asked for obj.__dict__. */
enum { SL_MM_DICT_AT_CREATION, SL_MM_DICT_FIRST_ATTR, SL_MM_DICT_TOUCHED };
void sl_mm_instance_dict_created(SlVM *vm, SlObject *o, SlDict *d, int how);
/* An instance whose attributes slotlab keeps in its values (instance.c),
 * with no dict: the model's state for them lives in the instance's header
 * (flags16 bits 0-8), from object.__new__ until slotlab makes a dict. */
void sl_mm_instance_created(SlVM *vm, SlObject *o);   /* if sl_mm_wants_instance_dict */
bool sl_mm_instance_followed(const SlObject *o);
/* A new attribute name for such an instance: false when CPython could not
 * keep it in the values (the table must become a dict's own); nothing is
 * changed then: make the dict, and store the attribute through it. */
bool sl_mm_instance_attr_added(SlVM *vm, SlObject *o, SlValue key);
/* slotlab made a dict for such an instance (an unmodelled dict from
 * sl_dict_new_instance, holding its attributes): the state moves into it. */
void sl_mm_instance_dict_adopt(SlVM *vm, SlObject *o, SlDict *d);
/* Its values die with no dict (cleared by the collector or destroyed). */
void sl_mm_instance_values_dying(SlVM *vm, SlObject *o);
/* obj.__dict__ was read (3.11+: materialises the dict object). */
void sl_mm_instance_dict_touched(SlVM *vm, SlObject *o, SlDict *d);
/* A new key was added to / removed from an instance dict. */
void sl_mm_attr_added(SlVM *vm, SlDict *d, SlValue key);
void sl_mm_attr_deleted(SlVM *vm, SlDict *d);
/* 3.13: do d's values still live inside the instance (a split table
 * following the class's shared keys)? */
bool sl_mm_values_inline(const SlDict *d);
/* The instance is being destroyed; its dict may outlive it (d: its dict,
 * or NULL when it has none). */
void sl_mm_instance_dying(SlVM *vm, SlObject *o, SlDict *d);
/* An instance dict is being destroyed (release its modelled storage). */
void sl_mm_instance_dict_dying(SlVM *vm, SlDict *d);

/* ---- what the program can ask ---------------------------------------------------------- */

/* sys.getsizeof(v) without calling __sizeof__ (built-in types and plain
 * instances), or -1 when the object's own __sizeof__ must be called. */
int64_t sl_mm_sizeof(SlVM *vm, SlValue v);   /* the value __sizeof__ returns */
/* id(v): the modelled CPython address (memory.c places blocks in modelled
 * pymalloc pools of the object's CPython size class). */
uint64_t sl_mm_id(SlVM *vm, SlValue v);
/* object.__sizeof__: basicsize + |ob_size| * itemsize in the model. */
int64_t sl_mm_object_sizeof(SlVM *vm, SlValue v);
/* What sys.getsizeof adds to __sizeof__ for v (GC header, pre-header). */
int64_t sl_mm_sizeof_extra(SlVM *vm, SlValue v);

/* tracemalloc */
void sl_mm_trace_start(SlVM *vm, int nframe);
int sl_mm_trace_limit(SlVM *vm);
void sl_mm_trace_stop(SlVM *vm);
bool sl_mm_tracing(SlVM *vm);
void sl_mm_trace_clear(SlVM *vm);
void sl_mm_trace_reset_peak(SlVM *vm);
void sl_mm_traced(SlVM *vm, int64_t *current, int64_t *peak);
/* _tracemalloc._get_traces(): [(domain, size, ((filename, lineno), ...),
 * total_nframe), ...], frames most recent first. */
SlValue sl_mm_get_traces(SlVM *vm);
/* _tracemalloc._get_object_traceback(obj): its frames, or None. */
SlValue sl_mm_object_traceback(SlVM *vm, SlValue obj);
int64_t sl_mm_trace_overhead(SlVM *vm);   /* tracemalloc.get_tracemalloc_memory() */

/* A temporary argument tuple of n items, as CPython builds to call a class
 * (tp_call): taken from the free list or allocated; _done parks it again. */
unsigned sl_mm_temp_tuple(SlVM *vm, size_t n);
void sl_mm_temp_tuple_done(SlVM *vm, size_t n, unsigned token);

/* gc.collect() empties CPython's free lists. */
void sl_mm_clear_freelists(SlVM *vm);

/* Modelled resident set size, in bytes: now and the peak. */
int64_t sl_mm_rss(SlVM *vm);
int64_t sl_mm_rss_peak(SlVM *vm);

#endif
