/* dict.h: dict objects (insertion ordered, compact layout as CPython 3.6+).
 *
 * entries[] holds the items in insertion order (deleted ones have key
 * SL_NULL); indices[] is the open-addressing hash index into entries[],
 * probed as CPython does (perturb).  keys_version changes whenever a key
 * is added or removed (not when a value is replaced), so the VM can cache
 * "name -> entry index" for globals and builtins.
 */
#ifndef SL_DICT_H
#define SL_DICT_H

#include "object.h"

typedef struct SlDictEntry {
    SlValue key;           /* SL_NULL for a deleted entry */
    SlValue value;
    int64_t hash;
} SlDictEntry;

/* The memory model's view of an instance __dict__ (memmodel.c): CPython
 * may keep the attributes in a split table sharing the class's keys, or
 * in a values array, or inline in the object.  Only an instance's dict
 * carries one, right after its SlDict (sl_dict_am); ordinary dicts do not
 * pay for it. */
typedef struct SlAttrModel {
    struct SlSharedKeys *keys; /* split: the class's shared keys it uses */
    uint32_t usable;           /* combined: entries left before a resize */
    uint8_t state;             /* memmodel.c: none, split or combined */
    uint8_t cap;               /* capacity of the values array / inline values */
    uint8_t log2;              /* combined: modelled table size */
    uint8_t alloc_cap;         /* 3.13: capacity the inline values were allocated for */
    uint8_t instance : 1;      /* this is an instance dict the model follows */
    uint8_t values : 1;        /* a separate values array is allocated */
    uint8_t materialized : 1;  /* 3.11+: CPython has a dict object for it */
    uint8_t inline_values : 1; /* 3.13: the values live in the instance */
    uint8_t general : 1;       /* combined: a key is not a str (no str-only table) */
    void *phantom;             /* <= 3.10: the values array's place in the pools (memory.h) */
} SlAttrModel;

typedef struct SlDict {
    SlObject ob;
    size_t used;           /* ma_used: live items */
    size_t nentries;       /* dk_nentries: entries[] slots in use, deleted included */
    size_t usable;         /* dk_usable: entries[] slots still free before a resize
                            * (capacity is USABLE_FRACTION(size) = 2*size/3) */
    uint32_t keys_version; /* bumped when a key is added or removed */
    uint8_t log2_size;     /* dk_log2_size: index table has 1 << log2_size slots; 0 = no table yet */
    bool unicode;          /* DK_IS_UNICODE (3.11+): every key is an exact str; CPython
                            * then stores 16-byte entries, and a non-str key forces a resize */
    void *indices;         /* dk_indices: int8/16/32/64 per slot by table size; -1 empty, -2 dummy.
                            * One block holds the indices, then entries (sl_mem_alloc). */
    SlDictEntry *entries;
} SlDict;

/* flags16 bit: an SlAttrModel follows the SlDict (sl_dict_new_instance) */
#define SL_DICT_HAS_AM 1u

/* The memory model's record of an instance dict, or NULL for other dicts. */
static inline SlAttrModel *sl_dict_am(const SlDict *d) {
    return (d->ob.flags16 & SL_DICT_HAS_AM) ? (SlAttrModel *)(void *)((SlDict *)d + 1) : NULL;
}
/* Is d an instance dict the memory model follows? */
static inline bool sl_dict_am_instance(const SlDict *d) {
    const SlAttrModel *am = sl_dict_am(d);
    return am && am->instance;
}

/* USABLE_FRACTION: entries[] capacity of a table of 1 << log2 slots */
#define SL_DICT_USABLE(log2) ((((size_t)1 << (log2)) << 1) / 3)

extern SlType sl_dict_type;

#define SL_IS_DICT(v) (SL_IS_OBJ(v) && (SL_AS_OBJ(v)->type == &sl_dict_type || \
                       (SL_AS_OBJ(v)->type->flags & SL_TPFLAGS_DICT_SUBCLASS)))
#define SL_DICT(v) ((SlDict *)SL_AS_OBJ(v))

SlValue sl_dict_new(SlVM *vm);
/* A dict for an instance's __dict__, with room for the memory model's
 * record (SlAttrModel).  modelled = false: the model does not count the
 * dict object yet (3.11+: CPython has none until obj.__dict__ is asked). */
SlValue sl_dict_new_instance(SlVM *vm, bool modelled);
/* Start modelling a dict made before the memory model existed (the
 * __main__ globals): from now on its resizes are CPython's. */
void sl_dict_model_adopt(SlVM *vm, SlValue d);
/* Borrowed value or SL_NULL (missing: vm->exc stays SL_NULL; error: set) */
SlValue sl_dict_get(SlVM *vm, SlValue d, SlValue key);
/* Fast path for str keys whose hash is known to be cached (names);
 * never raises.  Borrowed or SL_NULL. */
SlValue sl_dict_get_str(SlValue d, SlValue key);
SlValue sl_dict_get_cstr(SlValue d, const char *key);
/* Index of key's entry in entries[], or -1 if missing (no error possible for str keys) */
int64_t sl_dict_lookup_str_index(SlValue d, SlValue key);
/* d[key] = value (new references taken) */
bool sl_dict_set(SlVM *vm, SlValue d, SlValue key, SlValue value);
bool sl_dict_set_cstr(SlVM *vm, SlValue d, const char *key, SlValue value);
/* del d[key]: 1 removed, 0 missing (no exception), -1 error */
int sl_dict_del(SlVM *vm, SlValue d, SlValue key);
/* Iterate: pos starts at 0; borrowed key/value; false at the end */
bool sl_dict_next(SlValue d, size_t *pos, SlValue *key, SlValue *value);
size_t sl_dict_size(SlValue d);
SlValue sl_dict_copy(SlVM *vm, SlValue d);
bool sl_dict_clear(SlVM *vm, SlValue d);
/* d.update(other) where other is a mapping or iterable of pairs */
bool sl_dict_update(SlVM *vm, SlValue d, SlValue other);
/* Merge for f(**m): keys must be str ("keywords must be strings"); on a
 * duplicate raise "got multiple values for keyword argument 'k'" when
 * dup_is_error (func_name used for the message prefix) */
bool sl_dict_merge_kwargs(SlVM *vm, SlValue d, SlValue other, const char *func_name);
SlValue sl_dict_keys_list(SlVM *vm, SlValue d);
/* PyDict_Merge(d, other, 1): `other` must be a mapping (has keys());
 * for {**m} (the VM turns AttributeError into "'x' object is not a mapping") */
bool sl_dict_merge(SlVM *vm, SlValue d, SlValue other);
/* A dict presized for n items, as _PyDict_FromItems does for BUILD_MAP
 * (all_str: every key is an exact str, so 3.11+ makes a str-keys table) */
SlValue sl_dict_new_presized(SlVM *vm, size_t n, bool all_str);
/* key in d */
int sl_dict_contains(SlVM *vm, SlValue d, SlValue key);   /* 1, 0, -1 */
SlValue sl_dict_values_list(SlVM *vm, SlValue d);
/* the dict behind a dict_keys / dict_values / dict_items view (borrowed) */
SlValue sl_dict_view_dict(SlValue view);
SlValue sl_dict_items_list(SlVM *vm, SlValue d);

extern SlType sl_dict_keys_type, sl_dict_values_type, sl_dict_items_type, sl_dict_keyiter_type,
    sl_dict_valueiter_type, sl_dict_itemiter_type, sl_dict_revkeyiter_type,
    sl_dict_revvalueiter_type, sl_dict_revitemiter_type;

#endif
