/* dict.c: dict objects and their views (CPython's Objects/dictobject.c).
 *
 * Layout as CPython 3.6+: a hash index (1 << log2_size slots of 1, 2, 4 or
 * 8 bytes, -1 empty, -2 dummy) pointing into entries[], which holds the
 * items in insertion order.  The index is probed as CPython does
 * (i = (i*5 + perturb + 1) & mask, perturb >>= 5), tables grow to the
 * smallest power of two >= 3 * used, and entries[] holds 2/3 of the table
 * size: so table sizes (and sys.getsizeof) follow CPython's.
 * Deleting leaves a dummy in the index and a hole in entries[]; holes go
 * away at the next resize.
 */
#include "dict.h"
#include "memmodel.h"
#include "vm.h"

#include <string.h>

#include "args.h"
#include "errors.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)
#define DKIX_ERROR (-3)
#define PERTURB_SHIFT 5
#define LOG_MINSIZE 3

static SlValue intern(const char *s) { return sl_intern_cstr(s); }

/* keys_version values are unique across all dicts (as CPython's global
 * dict version counter): the VM caches "name -> entry index" keyed by the
 * version alone, so two dicts must never share one.  Process-wide, like
 * the intern table. */
static uint32_t last_keys_version;
static inline void new_version(SlDict *d) { d->keys_version = ++last_keys_version; }

/* ---- the index table ---------------------------------------------------------------- */

static inline unsigned ix_width(uint8_t log2) {
    return log2 < 8 ? 1 : log2 < 16 ? 2 : log2 < 32 ? 4 : 8;
}

static inline int64_t ix_get(const SlDict *d, size_t i) {
    uint8_t l = d->log2_size;
    if (l < 8) return ((const int8_t *)d->indices)[i];
    if (l < 16) return ((const int16_t *)d->indices)[i];
    if (l < 32) return ((const int32_t *)d->indices)[i];
    return ((const int64_t *)d->indices)[i];
}

static inline void ix_set(SlDict *d, size_t i, int64_t ix) {
    uint8_t l = d->log2_size;
    if (l < 8) ((int8_t *)d->indices)[i] = (int8_t)ix;
    else if (l < 16) ((int16_t *)d->indices)[i] = (int16_t)ix;
    else if (l < 32) ((int32_t *)d->indices)[i] = (int32_t)ix;
    else ((int64_t *)d->indices)[i] = ix;
}

static size_t block_size(uint8_t log2) {
    return ((size_t)1 << log2) * ix_width(log2) + SL_DICT_USABLE(log2) * sizeof(SlDictEntry);
}

static void free_table(SlVM *vm, void *indices, uint8_t log2) {
    if (indices) sl_mem_free(vm, indices, block_size(log2));
}

/* calculate_log2_keysize: smallest table >= minsize, at least 8 */
static uint8_t log2_for_loop(size_t minsize) {
    uint8_t l = LOG_MINSIZE;
    while (((size_t)1 << l) < minsize) l++;
    return l;
}

/* estimate_log2_keysize: a table that holds n items without resizing */
static uint8_t log2_estimate_v(SlVM *vm, size_t n) {
    return vm ? (uint8_t)sl_mm_log2_keysize(vm->ver, (n * 3 + 1) / 2) : log2_for_loop((n * 3 + 1) / 2);
}
#define log2_estimate(n) log2_estimate_v(vm, (n))

/* The request size of d's key table in the modelled CPython (0 if none;
 * an instance dict's storage is modelled by memmodel.c itself). */
static size_t model_keys(SlVM *vm, const SlDict *d) {
    if (!vm || !d->indices || sl_dict_am_instance(d)) return 0;
    return sl_mm_keys_size(vm->ver, d->log2_size, d->unicode);
}

/* Give d a fresh empty table (old one is NOT freed). */
static bool new_table(SlVM *vm, SlDict *d, uint8_t log2, bool unicode) {
    if (log2 >= 48) {
        sl_raise_nomemory(vm);
        return false;
    }
    void *block = sl_mem_alloc(vm, block_size(log2));
    if (!block) return false;
    size_t size = (size_t)1 << log2;
    memset(block, 0xff, size * ix_width(log2));
    d->indices = block;
    d->entries = (SlDictEntry *)((char *)block + size * ix_width(log2));
    d->log2_size = log2;
    d->usable = SL_DICT_USABLE(log2);
    d->nentries = 0;
    d->unicode = unicode;
    return true;
}

/* slot of the index table for an empty (or dummy) position for hash */
static size_t find_empty_slot(const SlDict *d, int64_t hash) {
    size_t mask = ((size_t)1 << d->log2_size) - 1;
    size_t i = (size_t)hash & mask;
    int64_t ix = ix_get(d, i);
    for (size_t perturb = (size_t)hash; ix >= 0;) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
        ix = ix_get(d, i);
    }
    return i;
}

/* slot holding entry index `index` (lookdict_index) */
static size_t find_index_slot(const SlDict *d, int64_t hash, int64_t index) {
    size_t mask = ((size_t)1 << d->log2_size) - 1;
    size_t i = (size_t)hash & mask;
    for (size_t perturb = (size_t)hash;;) {
        int64_t ix = ix_get(d, i);
        if (ix == index) return i;
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* dictresize: move the live entries (compacted, in order) into a new
 * table of 1 << log2 slots. */
static bool dict_resize(SlVM *vm, SlDict *d, uint8_t log2, bool unicode) {
    size_t model_before = model_keys(vm, d);
    void *old_block = d->indices;
    uint8_t old_log2 = d->log2_size;
    SlDictEntry *old_entries = d->entries;
    size_t old_n = d->nentries;
    if (!d->unicode) unicode = false;
    if (!new_table(vm, d, log2, unicode)) {
        d->indices = old_block;
        d->entries = old_entries;
        d->log2_size = old_log2;
        return false;
    }
    size_t n = 0;
    if (old_n == d->used) {
        if (old_n) memcpy(d->entries, old_entries, old_n * sizeof(SlDictEntry));
        n = old_n;
    } else {
        for (size_t i = 0; i < old_n; i++)
            if (old_entries[i].value) d->entries[n++] = old_entries[i];
    }
    size_t mask = ((size_t)1 << log2) - 1;
    for (size_t ix = 0; ix < n; ix++) {
        int64_t hash = d->entries[ix].hash;
        size_t i = (size_t)hash & mask;
        for (size_t perturb = (size_t)hash; ix_get(d, i) != DKIX_EMPTY;) {
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
        ix_set(d, i, (int64_t)ix);
    }
    d->usable -= n;
    d->nentries = n;
    new_version(d);   /* entry indices moved */
    free_table(vm, old_block, old_log2);
    sl_mm_dict_keys(vm, &d->ob, model_before, model_keys(vm, d));
    return true;
}

static bool insertion_resize(SlVM *vm, SlDict *d, bool unicode) {
    /* GROWTH_RATE (3.7+): used * 3.  3.6: used*2 + size/2 */
    return dict_resize(vm, d, vm ? (uint8_t)sl_mm_log2_keysize(vm->ver, d->used * 3)
                                 : log2_for_loop(d->used * 3), unicode);
}

/* ---- lookup ------------------------------------------------------------------------- */

static inline bool exact_str(SlValue v) {
    return SL_IS_OBJ(v) && SL_AS_OBJ(v)->type == &sl_str_type;
}

/* Index into entries[] of key, DKIX_EMPTY if missing, DKIX_ERROR on error.
 * As CPython: identity, then equal hash and ==; if the comparison changed
 * the dict (or the entry), start over. */
static int64_t lookup(SlVM *vm, SlDict *d, SlValue key, int64_t hash) {
restart:
    if (!d->indices) return DKIX_EMPTY;
    size_t mask = ((size_t)1 << d->log2_size) - 1;
    size_t i = (size_t)hash & mask;
    bool kstr = exact_str(key);
    for (size_t perturb = (size_t)hash;;) {
        int64_t ix = ix_get(d, i);
        if (ix == DKIX_EMPTY) return DKIX_EMPTY;
        if (ix >= 0) {
            SlDictEntry *e = &d->entries[ix];
            SlValue startkey = e->key;
            if (startkey == key) return ix;
            if (e->hash == hash && startkey) {
                int64_t a, b;
                if (kstr && exact_str(startkey)) {
                    if (sl_str_eq(startkey, key)) return ix;
                } else if (!kstr && sl_int_fast(key, &a) && sl_int_fast(startkey, &b)) {
                    if (a == b) return ix;   /* two ints: no rich comparison */
                } else {
                    void *block = d->indices;
                    sl_incref(startkey);
                    int cmp = sl_compare_bool(vm, startkey, key, SL_EQ);
                    sl_decref(vm, startkey);
                    if (cmp < 0) return DKIX_ERROR;
                    if (block != d->indices || d->entries[ix].key != startkey) goto restart;
                    if (cmp > 0) return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* str keys whose hash is cached: never calls Python code */
static int64_t lookup_str(const SlDict *d, SlValue key) {
    if (!d->indices) return DKIX_EMPTY;
    int64_t hash = sl_str_hash(key);
    size_t mask = ((size_t)1 << d->log2_size) - 1;
    size_t i = (size_t)hash & mask;
    for (size_t perturb = (size_t)hash;;) {
        int64_t ix = ix_get(d, i);
        if (ix == DKIX_EMPTY) return DKIX_EMPTY;
        if (ix >= 0) {
            SlValue k = d->entries[ix].key;
            if (k == key) return ix;
            /* a str subclass key is compared by text: its __eq__ is not run */
            if (k && d->entries[ix].hash == hash && SL_IS_STR(k) && sl_str_eq(k, key)) return ix;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static inline bool hash_of(SlVM *vm, SlValue key, int64_t *h) {
    if (exact_str(key)) {
        *h = sl_str_hash(key);
        return true;
    }
    return sl_hash(vm, key, h);
}

/* ---- insertion and deletion ---------------------------------------------------------- */

/* insertdict: d[key] = value (both borrowed) with the hash known */
static bool insert(SlVM *vm, SlDict *d, SlValue key, int64_t hash, SlValue value) {
    sl_gc_dict_track(d, key, value);
    if (!d->indices) {
        /* insert_to_emptydict */
        if (!new_table(vm, d, LOG_MINSIZE, exact_str(key))) return false;
        sl_mm_dict_keys(vm, &d->ob, 0, model_keys(vm, d));
    } else if (d->unicode && !exact_str(key)) {
        /* 3.11+: a non-str key converts the table (and resizes it) */
        if (!insertion_resize(vm, d, false)) return false;
    }
    int64_t ix = lookup(vm, d, key, hash);
    if (ix == DKIX_ERROR) return false;
    if (ix >= 0) {
        SlValue old = d->entries[ix].value;
        d->entries[ix].value = sl_incref(value);
        sl_decref(vm, old);
        return true;
    }
    if (d->usable == 0 && !insertion_resize(vm, d, true)) return false;
    size_t slot = find_empty_slot(d, hash);
    ix_set(d, slot, (int64_t)d->nentries);
    SlDictEntry *e = &d->entries[d->nentries];
    e->key = sl_incref(key);
    e->value = sl_incref(value);
    e->hash = hash;
    d->used++;
    d->nentries++;
    d->usable--;
    new_version(d);
    if (sl_dict_am_instance(d)) sl_mm_attr_added(vm, d, key);
    return true;
}

/* remove entry ix (found for hash); the old key/value are released last */
static void delete_entry(SlVM *vm, SlDict *d, int64_t ix, int64_t hash) {
    size_t slot = find_index_slot(d, hash, ix);
    ix_set(d, slot, DKIX_DUMMY);
    SlValue k = d->entries[ix].key, v = d->entries[ix].value;
    d->entries[ix].key = SL_NULL;
    d->entries[ix].value = SL_NULL;
    d->used--;
    new_version(d);
    if (sl_dict_am_instance(d)) sl_mm_attr_deleted(vm, d);
    sl_decref(vm, k);
    sl_decref(vm, v);
}

/* drop everything; the dict is empty (no table) before any decref runs */
static void dict_clear_all(SlVM *vm, SlDict *d) {
    void *block = d->indices;
    uint8_t log2 = d->log2_size;
    SlDictEntry *entries = d->entries;
    size_t n = d->nentries;
    if (!block) return;
    sl_mm_dict_keys(vm, &d->ob, model_keys(vm, d), 0);
    d->indices = NULL;
    d->entries = NULL;
    d->log2_size = 0;
    d->used = 0;
    d->nentries = 0;
    d->usable = 0;
    d->unicode = true;
    new_version(d);
    for (size_t i = 0; i < n; i++) {
        if (entries[i].key) {
            sl_decref(vm, entries[i].key);
            sl_decref(vm, entries[i].value);
        }
    }
    free_table(vm, block, log2);
}

/* ---- public API -------------------------------------------------------------------- */

static SlDict *dict_alloc(SlVM *vm, SlType *type) {
    size_t size = type->basicsize < sizeof(SlDict) ? sizeof(SlDict) : type->basicsize;
    SlDict *d = (SlDict *)sl_obj_alloc(vm, type, size);
    if (d) {
        d->unicode = true;
        new_version(d);
    }
    return d;
}

void sl_dict_model_adopt(SlVM *vm, SlValue v) {
    SlDict *d = SL_DICT(v);
    if (!vm->sim || (d->ob.sim & SL_SIM_BORN)) return;
    sl_mm_born(vm, &d->ob);
    sl_mm_dict_keys(vm, &d->ob, 0, model_keys(vm, d));
}

SlValue sl_dict_new(SlVM *vm) {
    SlDict *d = dict_alloc(vm, &sl_dict_type);
    if (d) sl_mm_born(vm, &d->ob);
    return d ? SL_OBJ(d) : SL_NULL;
}

SlValue sl_dict_new_instance(SlVM *vm, bool modelled) {
    SlDict *d = (SlDict *)sl_obj_alloc(vm, &sl_dict_type, sizeof(SlDict) + sizeof(SlAttrModel));
    if (!d) return SL_NULL;
    d->unicode = true;
    d->ob.flags16 |= SL_DICT_HAS_AM;
    new_version(d);
    if (modelled) sl_mm_born(vm, &d->ob);
    return SL_OBJ(d);
}

SlValue sl_dict_new_presized(SlVM *vm, size_t n, bool all_str) {
    SlDict *d = dict_alloc(vm, &sl_dict_type);
    if (!d) return SL_NULL;
    sl_mm_born(vm, &d->ob);
    /* _PyDict_NewPresized: small dicts start empty */
    if (n > SL_DICT_USABLE(LOG_MINSIZE) && !new_table(vm, d, log2_estimate(n), all_str)) {
        sl_decref(vm, SL_OBJ(d));
        return SL_NULL;
    }
    sl_mm_dict_keys(vm, &d->ob, 0, model_keys(vm, d));
    return SL_OBJ(d);
}

SlValue sl_dict_get(SlVM *vm, SlValue dv, SlValue key) {
    SlDict *d = SL_DICT(dv);
    int64_t h;
    if (!hash_of(vm, key, &h)) return SL_NULL;
    int64_t ix = lookup(vm, d, key, h);
    if (ix < 0) return SL_NULL;
    return d->entries[ix].value;
}

SlValue sl_dict_get_str(SlValue dv, SlValue key) {
    SlDict *d = SL_DICT(dv);
    int64_t ix = lookup_str(d, key);
    return ix >= 0 ? d->entries[ix].value : SL_NULL;
}

int64_t sl_dict_lookup_str_index(SlValue dv, SlValue key) {
    int64_t ix = lookup_str(SL_DICT(dv), key);
    return ix >= 0 ? ix : -1;
}

SlValue sl_dict_get_cstr(SlValue dv, const char *key) {
    return sl_dict_get_str(dv, sl_intern_cstr(key));
}

bool sl_dict_set(SlVM *vm, SlValue dv, SlValue key, SlValue value) {
    int64_t h;
    if (!hash_of(vm, key, &h)) return false;
    return insert(vm, SL_DICT(dv), key, h, value);
}

bool sl_dict_set_cstr(SlVM *vm, SlValue dv, const char *key, SlValue value) {
    return sl_dict_set(vm, dv, sl_intern_cstr(key), value);
}

int sl_dict_del(SlVM *vm, SlValue dv, SlValue key) {
    SlDict *d = SL_DICT(dv);
    int64_t h;
    if (!hash_of(vm, key, &h)) return -1;
    int64_t ix = lookup(vm, d, key, h);
    if (ix == DKIX_ERROR) return -1;
    if (ix < 0) return 0;
    delete_entry(vm, d, ix, h);
    return 1;
}

int sl_dict_contains(SlVM *vm, SlValue dv, SlValue key) {
    int64_t h;
    if (!hash_of(vm, key, &h)) return -1;
    int64_t ix = lookup(vm, SL_DICT(dv), key, h);
    if (ix == DKIX_ERROR) return -1;
    return ix >= 0;
}

bool sl_dict_next(SlValue dv, size_t *pos, SlValue *key, SlValue *value) {
    SlDict *d = SL_DICT(dv);
    size_t i = *pos;
    while (i < d->nentries && !d->entries[i].value) i++;
    if (i >= d->nentries) return false;
    *pos = i + 1;
    if (key) *key = d->entries[i].key;
    if (value) *value = d->entries[i].value;
    return true;
}

size_t sl_dict_size(SlValue dv) { return SL_DICT(dv)->used; }

bool sl_dict_clear(SlVM *vm, SlValue dv) {
    dict_clear_all(vm, SL_DICT(dv));
    return true;
}

/* clone_combined_dict_keys: same table, same holes */
static bool clone_into(SlVM *vm, SlDict *dst, const SlDict *src) {
    void *block = sl_mem_alloc(vm, block_size(src->log2_size));
    if (!block) return false;
    memcpy(block, src->indices, block_size(src->log2_size));
    dst->indices = block;
    dst->entries = (SlDictEntry *)((char *)block + ((size_t)1 << src->log2_size) *
                                                        ix_width(src->log2_size));
    dst->log2_size = src->log2_size;
    dst->usable = src->usable;
    dst->nentries = src->nentries;
    dst->used = src->used;
    dst->unicode = src->unicode;
    dst->ob.flags16 |= src->ob.flags16 & SL_GC_TRACKED_DICT;   /* PyDict_Copy keeps tracking */
    new_version(dst);
    for (size_t i = 0; i < dst->nentries; i++) {
        if (dst->entries[i].key) {
            sl_incref(dst->entries[i].key);
            sl_incref(dst->entries[i].value);
        }
    }
    return true;
}

static SlValue dict_iter(SlVM *vm, SlValue v);

static bool is_plain_dict_iter(SlValue v) {
    return SL_IS_DICT(v) && sl_type_of(v)->iter == dict_iter;
}

/* dict_merge(a, b, override): override 0 keeps existing keys, 1 replaces,
 * 2 raises KeyError(key) on a duplicate */
static bool dict_merge(SlVM *vm, SlValue a, SlValue b, int override) {
    SlDict *mp = SL_DICT(a);
    if (is_plain_dict_iter(b)) {
        SlDict *other = SL_DICT(b);
        if (other == mp || other->used == 0) return true;
        if (mp->used == 0) {
            override = 1;
            /* a clean, combined, freshly made dict: clone its table */
            if (other->used == other->nentries &&
                (other->log2_size == LOG_MINSIZE ||
                 SL_DICT_USABLE(other->log2_size - 1) < other->used)) {
                dict_clear_all(vm, mp);
                return clone_into(vm, mp, other);
            }
        }
        size_t cap = mp->indices ? SL_DICT_USABLE(mp->log2_size) : 0;
        if (cap < other->used &&
            !dict_resize(vm, mp, log2_estimate(mp->used + other->used), other->unicode))
            return false;
        size_t orig_size = other->nentries;
        for (size_t i = 0; i < other->nentries; i++) {
            SlDictEntry *e = &other->entries[i];
            if (!e->value) continue;
            SlValue key = sl_incref(e->key), value = sl_incref(e->value);
            int64_t hash = e->hash;
            bool ok = true;
            if (override == 1) {
                ok = insert(vm, mp, key, hash, value);
            } else {
                int64_t ix = lookup(vm, mp, key, hash);
                if (ix == DKIX_ERROR) ok = false;
                else if (ix < 0) ok = insert(vm, mp, key, hash, value);
                else if (override != 0) {
                    sl_raise_arg(vm, SL_KeyError, key);
                    ok = false;
                }
            }
            sl_decref(vm, key);
            sl_decref(vm, value);
            if (!ok) return false;
            if (orig_size != other->nentries) {
                sl_raise(vm, SL_RuntimeError, "dict mutated during update");
                return false;
            }
        }
        return true;
    }
    /* the generic way: b.keys() and b[key] */
    SlValue keys = sl_call_method(vm, b, "keys", NULL, 0);
    if (!keys) return false;
    SlValue it = sl_iter(vm, keys);
    sl_decref(vm, keys);
    if (!it) return false;
    for (;;) {
        SlValue key = sl_iternext(vm, it);
        if (!key) break;
        if (override != 1) {
            int st = sl_dict_contains(vm, a, key);
            if (st != 0) {
                if (st > 0) {
                    if (override == 0) {
                        sl_decref(vm, key);
                        continue;
                    }
                    sl_raise_arg(vm, SL_KeyError, key);
                }
                sl_decref(vm, key);
                sl_decref(vm, it);
                return false;
            }
        }
        SlValue value = sl_getitem(vm, b, key);
        if (!value) {
            sl_decref(vm, key);
            sl_decref(vm, it);
            return false;
        }
        bool ok = sl_dict_set(vm, a, key, value);
        sl_decref(vm, key);
        sl_decref(vm, value);
        if (!ok) {
            sl_decref(vm, it);
            return false;
        }
    }
    sl_decref(vm, it);
    return !sl_exc_occurred(vm);
}

bool sl_dict_merge(SlVM *vm, SlValue d, SlValue other) { return dict_merge(vm, d, other, 1); }

/* PyDict_MergeFromSeq2 */
static bool merge_from_seq2(SlVM *vm, SlValue d, SlValue seq2) {
    SlValue it = sl_iter(vm, seq2);
    if (!it) return false;
    for (size_t i = 0;; ++i) {
        SlValue item = sl_iternext(vm, it);
        if (!item) break;
        SlValue fast;
        if (SL_IS_LIST(item) || SL_IS_TUPLE(item)) {
            fast = sl_incref(item);
        } else {
            SlValue iit = sl_iter(vm, item);
            fast = iit ? sl_list_from_iterable(vm, iit) : SL_NULL;
            sl_xdecref(vm, iit);
        }
        sl_decref(vm, item);
        if (!fast) {
            if (sl_exc_matches(vm, SL_TypeError)) {
                sl_exc_clear(vm);
                sl_raise(vm, SL_TypeError,
                         "cannot convert dictionary update sequence element #%zu to a sequence", i);
            }
            sl_decref(vm, it);
            return false;
        }
        size_t n = SL_IS_LIST(fast) ? SL_LIST(fast)->size : SL_TUPLE_SIZE(fast);
        if (n != 2) {
            sl_raise(vm, SL_ValueError,
                     "dictionary update sequence element #%zu has length %zu; 2 is required", i, n);
            sl_decref(vm, fast);
            sl_decref(vm, it);
            return false;
        }
        SlValue *items = SL_IS_LIST(fast) ? SL_LIST(fast)->items : SL_TUPLE_ITEMS(fast);
        SlValue key = sl_incref(items[0]), value = sl_incref(items[1]);
        bool ok = sl_dict_set(vm, d, key, value);
        sl_decref(vm, key);
        sl_decref(vm, value);
        sl_decref(vm, fast);
        if (!ok) {
            sl_decref(vm, it);
            return false;
        }
    }
    sl_decref(vm, it);
    return !sl_exc_occurred(vm);
}

/* dict_update_arg: a dict, anything with keys(), or an iterable of pairs */
bool sl_dict_update(SlVM *vm, SlValue d, SlValue other) {
    if (SL_IS_OBJ(other) && SL_AS_OBJ(other)->type == &sl_dict_type) return dict_merge(vm, d, other, 1);
    SlValue keys = sl_lookup_attr(vm, other, intern("keys"));
    if (keys) {
        sl_decref(vm, keys);
        return dict_merge(vm, d, other, 1);
    }
    if (sl_exc_occurred(vm)) return false;
    return merge_from_seq2(vm, d, other);
}

bool sl_dict_merge_kwargs(SlVM *vm, SlValue d, SlValue other, const char *func_name) {
    if (!is_plain_dict_iter(other)) {
        SlValue keys = sl_lookup_attr(vm, other, intern("keys"));
        if (!keys) {
            if (!sl_exc_occurred(vm))
                sl_raise(vm, SL_TypeError, "%s() argument after ** must be a mapping, not %s",
                         func_name, sl_type_name(other));
            return false;
        }
        sl_decref(vm, keys);
    }
    if (!dict_merge(vm, d, other, 2)) {
        if (sl_exc_matches(vm, SL_KeyError)) {
            SlValue exc = sl_exc_fetch(vm);
            SlValue args = ((SlException *)SL_AS_OBJ(exc))->args;
            SlValue key = args && SL_IS_TUPLE(args) && SL_TUPLE_SIZE(args) == 1
                              ? SL_TUPLE_ITEMS(args)[0] : SL_NONE;
            if (SL_IS_STR(key))
                sl_raise(vm, SL_TypeError, "%s() got multiple values for keyword argument '%s'",
                         func_name, SL_STR_DATA(key));
            else
                sl_raise(vm, SL_TypeError, "keywords must be strings");
            sl_decref(vm, exc);
        }
        return false;
    }
    SlDict *dd = SL_DICT(d);
    for (size_t i = 0; i < dd->nentries; i++) {
        if (dd->entries[i].value && !SL_IS_STR(dd->entries[i].key)) {
            /* 3.8: "f() keywords must be strings" */
            sl_raise(vm, SL_TypeError, "keywords must be strings");
            return false;
        }
    }
    return true;
}

SlValue sl_dict_copy(SlVM *vm, SlValue dv) {
    SlDict *mp = SL_DICT(dv);
    SlValue r = sl_dict_new(vm);
    if (!r || mp->used == 0) return r;
    if (sl_type_of(dv)->iter == dict_iter && mp->used >= (mp->nentries * 2) / 3) {
        if (!clone_into(vm, SL_DICT(r), mp)) {
            sl_decref(vm, r);
            return SL_NULL;
        }
        return r;
    }
    if (!dict_merge(vm, r, dv, 1)) {
        sl_decref(vm, r);
        return SL_NULL;
    }
    return r;
}

static SlValue dict_list(SlVM *vm, SlValue dv, int which) {
    SlDict *d = SL_DICT(dv);
    SlValue l = sl_list_new(vm, d->used);
    if (!l) return SL_NULL;
    size_t j = 0;
    for (size_t i = 0; i < d->nentries && j < d->used; i++) {
        SlDictEntry *e = &d->entries[i];
        if (!e->value) continue;
        SlValue item;
        if (which == 0) item = sl_incref(e->key);
        else if (which == 1) item = sl_incref(e->value);
        else {
            item = sl_tuple_pack(vm, 2, e->key, e->value);
            if (!item) {
                sl_decref(vm, l);
                return SL_NULL;
            }
        }
        SL_LIST(l)->items[j++] = item;
    }
    return l;
}

SlValue sl_dict_keys_list(SlVM *vm, SlValue d) { return dict_list(vm, d, 0); }
SlValue sl_dict_values_list(SlVM *vm, SlValue d) { return dict_list(vm, d, 1); }
SlValue sl_dict_items_list(SlVM *vm, SlValue d) { return dict_list(vm, d, 2); }

/* ---- the type's slots --------------------------------------------------------------- */

static void dict_dealloc(SlVM *vm, SlObject *o) {
    SlDict *d = (SlDict *)o;
    if (d->indices) {
        for (size_t i = 0; i < d->nentries; i++) {
            if (d->entries[i].key) {
                sl_decref(vm, d->entries[i].key);
                sl_decref(vm, d->entries[i].value);
            }
        }
        sl_mm_dict_keys(vm, o, model_keys(vm, d), 0);
        free_table(vm, d->indices, d->log2_size);
    }
    if (sl_dict_am_instance(d)) sl_mm_instance_dict_dying(vm, d);
    sl_obj_free(vm, o);
}

static void dict_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    SlDict *d = (SlDict *)o;
    for (size_t i = 0; i < d->nentries; i++) {
        SlDictEntry *e = &d->entries[i];
        if (!e->value) continue;
        if (SL_IS_OBJ(e->value)) visit(e->value, arg);
        if (SL_IS_OBJ(e->key)) visit(e->key, arg);
    }
}

static void dict_gc_clear(SlVM *vm, SlObject *o) { dict_clear_all(vm, (SlDict *)o); }

static SlValue dict_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs,
                        SlValue kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    SlDict *d = dict_alloc(vm, type);
    if (!d) return SL_NULL;
    sl_mm_born(vm, &d->ob);
    /* 3.8/3.9: dict() starts with an 8-slot table, as CPython's dict_new */
    if (vm->ver->mem.dict_call_prealloc) {
        if (!new_table(vm, d, LOG_MINSIZE, true)) {
            sl_decref(vm, SL_OBJ(d));
            return SL_NULL;
        }
        sl_mm_dict_keys(vm, &d->ob, 0, model_keys(vm, d));
    }
    return SL_OBJ(d);
}

/* dict_update_common: (arg=None, /, **kwargs) */
static bool update_common(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                          SlValue kwnames, const char *name) {
    if (nargs > 1) {
        sl_raise(vm, SL_TypeError, "%s expected at most 1 argument, got %zu", name, nargs);
        return false;
    }
    if (nargs == 1 && !sl_dict_update(vm, self, args[0])) return false;
    size_t nkw = kwnames ? SL_TUPLE_SIZE(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++)
        if (!sl_dict_set(vm, self, SL_TUPLE_ITEMS(kwnames)[k], args[nargs + k])) return false;
    return true;
}

static bool dict_init(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                      SlValue kwnames) {
    return update_common(vm, self, args, nargs, kwnames, "dict");
}

static SlValue dict_repr(SlVM *vm, SlValue v) {
    SlDict *d = SL_DICT(v);
    int r = sl_repr_enter(vm, v);
    if (r < 0) return SL_NULL;
    if (r > 0) return sl_str_from_cstr(vm, "{...}");
    if (d->used == 0) {
        sl_repr_leave(vm, v);
        return sl_str_from_cstr(vm, "{}");
    }
    SlBuf b;
    sl_buf_init(&b);
    sl_buf_addc(&b, '{');
    bool first = true;
    size_t pos = 0;
    SlValue key, value;
    while (sl_dict_next(v, &pos, &key, &value)) {
        if (!first) sl_buf_add(&b, ", ", 2);
        first = false;
        sl_incref(key);
        sl_incref(value);
        bool ok = sl_buf_add_repr(vm, &b, key);
        if (ok) {
            sl_buf_add(&b, ": ", 2);
            ok = sl_buf_add_repr(vm, &b, value);
        }
        sl_decref(vm, key);
        sl_decref(vm, value);
        if (!ok) {
            sl_buf_free(&b);
            sl_repr_leave(vm, v);
            return SL_NULL;
        }
    }
    sl_buf_addc(&b, '}');
    sl_repr_leave(vm, v);
    return sl_buf_finish(vm, &b);
}

static int dict_equal(SlVM *vm, SlDict *a, SlDict *b) {
    if (a->used != b->used) return 0;
    for (size_t i = 0; i < a->nentries; i++) {
        SlDictEntry *e = &a->entries[i];
        if (!e->value) continue;
        SlValue key = sl_incref(e->key), aval = sl_incref(e->value);
        int64_t ix = lookup(vm, b, key, e->hash);
        if (ix < 0) {
            sl_decref(vm, key);
            sl_decref(vm, aval);
            return ix == DKIX_ERROR ? -1 : 0;
        }
        SlValue bval = sl_incref(b->entries[ix].value);
        int cmp = sl_eq(vm, aval, bval);
        sl_decref(vm, key);
        sl_decref(vm, aval);
        sl_decref(vm, bval);
        if (cmp <= 0) return cmp;
    }
    return 1;
}

static SlValue dict_richcompare(SlVM *vm, SlValue a, SlValue b, SlCompareOp op) {
    if (!SL_IS_DICT(a) || !SL_IS_DICT(b) || (op != SL_EQ && op != SL_NE)) return SL_NOTIMPL;
    int cmp = dict_equal(vm, SL_DICT(a), SL_DICT(b));
    if (cmp < 0) return SL_NULL;
    return SL_BOOL(cmp == (op == SL_EQ));
}

static int64_t dict_len(SlVM *vm, SlValue v) {
    (void)vm;
    return (int64_t)SL_DICT(v)->used;
}

static int dict_contains_slot(SlVM *vm, SlValue v, SlValue key) { return sl_dict_contains(vm, v, key); }

static SlValue dict_getitem(SlVM *vm, SlValue v, SlValue key) {
    SlDict *d = SL_DICT(v);
    int64_t h;
    if (!hash_of(vm, key, &h)) return SL_NULL;
    int64_t ix = lookup(vm, d, key, h);
    if (ix == DKIX_ERROR) return SL_NULL;
    if (ix >= 0) return sl_incref(d->entries[ix].value);
    if (SL_AS_OBJ(v)->type != &sl_dict_type) {
        bool found;
        SlValue r = sl_call_special(vm, v, intern("__missing__"), &key, 1, &found);
        if (found) return r;
    }
    return sl_raise_arg(vm, SL_KeyError, key);
}

static bool dict_setitem(SlVM *vm, SlValue v, SlValue key, SlValue value) {
    if (value) return sl_dict_set(vm, v, key, value);
    int r = sl_dict_del(vm, v, key);
    if (r == 0) sl_raise_arg(vm, SL_KeyError, key);
    return r > 0;
}

static SlValue dict_or(SlVM *vm, SlValue a, SlValue b) {
    if (!SL_IS_DICT(a) || !SL_IS_DICT(b)) return SL_NOTIMPL;
    SlValue r = sl_dict_copy(vm, a);
    if (!r) return SL_NULL;
    if (!sl_dict_update(vm, r, b)) {
        sl_decref(vm, r);
        return SL_NULL;
    }
    return r;
}

static SlValue dict_ior(SlVM *vm, SlValue a, SlValue b) {
    if (!SL_IS_DICT(a)) return SL_NOTIMPL;
    if (!sl_dict_update(vm, a, b)) return SL_NULL;
    return sl_incref(a);
}

/* ---- methods ------------------------------------------------------------------------- */

static SlValue dict_get_m(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                          SlValue kwnames) {
    if (!sl_args_check(vm, "get", nargs, kwnames, 1, 2)) return SL_NULL;
    SlValue v = sl_dict_get(vm, self, args[0]);
    if (v) return sl_incref(v);
    if (sl_exc_occurred(vm)) return SL_NULL;
    return sl_incref(nargs > 1 ? args[1] : SL_NONE);
}

static SlValue dict_setdefault_m(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                 SlValue kwnames) {
    if (!sl_args_check(vm, "setdefault", nargs, kwnames, 1, 2)) return SL_NULL;
    SlDict *d = SL_DICT(self);
    SlValue key = args[0], dflt = nargs > 1 ? args[1] : SL_NONE;
    int64_t h;
    if (!hash_of(vm, key, &h)) return SL_NULL;
    if (d->indices && d->unicode && !exact_str(key) && !insertion_resize(vm, d, false))
        return SL_NULL;
    int64_t ix = lookup(vm, d, key, h);
    if (ix == DKIX_ERROR) return SL_NULL;
    if (ix >= 0) return sl_incref(d->entries[ix].value);
    if (!insert(vm, d, key, h, dflt)) return SL_NULL;
    return sl_incref(dflt);
}

static SlValue dict_pop_m(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                          SlValue kwnames) {
    if (!sl_args_check(vm, "pop", nargs, kwnames, 1, 2)) return SL_NULL;
    SlDict *d = SL_DICT(self);
    SlValue key = args[0];
    if (d->used == 0) {
        if (nargs > 1) return sl_incref(args[1]);
        return sl_raise_arg(vm, SL_KeyError, key);
    }
    int64_t h;
    if (!hash_of(vm, key, &h)) return SL_NULL;
    int64_t ix = lookup(vm, d, key, h);
    if (ix == DKIX_ERROR) return SL_NULL;
    if (ix < 0) {
        if (nargs > 1) return sl_incref(args[1]);
        return sl_raise_arg(vm, SL_KeyError, key);
    }
    SlValue v = sl_incref(d->entries[ix].value);
    delete_entry(vm, d, ix, h);
    return v;
}

static SlValue dict_popitem_m(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                              SlValue kwnames) {
    (void)args;
    if (!sl_args_check(vm, "dict.popitem", nargs, kwnames, 0, 0)) return SL_NULL;
    SlDict *d = SL_DICT(self);
    SlValue res = sl_tuple_new(vm, 2);
    if (!res) return SL_NULL;
    if (d->used == 0) {
        sl_decref(vm, res);
        return sl_raise(vm, SL_KeyError, "popitem(): dictionary is empty");
    }
    int64_t i = (int64_t)d->nentries - 1;
    while (i >= 0 && !d->entries[i].value) i--;
    SlDictEntry *e = &d->entries[i];
    size_t slot = find_index_slot(d, e->hash, i);
    ix_set(d, slot, DKIX_DUMMY);
    SL_TUPLE_ITEMS(res)[0] = e->key;
    SL_TUPLE_ITEMS(res)[1] = e->value;
    e->key = SL_NULL;
    e->value = SL_NULL;
    /* dk_usable is not given back: the index keeps a dummy */
    d->nentries = (size_t)i;
    d->used--;
    new_version(d);
    return res;
}

static SlValue dict_update_m(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                             SlValue kwnames) {
    if (!update_common(vm, self, args, nargs, kwnames, "update")) return SL_NULL;
    return SL_NONE;
}

static SlValue dict_clear_m(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                            SlValue kwnames) {
    (void)args;
    if (!sl_args_check(vm, "dict.clear", nargs, kwnames, 0, 0)) return SL_NULL;
    dict_clear_all(vm, SL_DICT(self));
    return SL_NONE;
}

static SlValue dict_copy_m(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                           SlValue kwnames) {
    (void)args;
    if (!sl_args_check(vm, "dict.copy", nargs, kwnames, 0, 0)) return SL_NULL;
    return sl_dict_copy(vm, self);
}

static SlValue dict_fromkeys_m(SlVM *vm, SlValue cls, const SlValue *args, size_t nargs,
                               SlValue kwnames) {
    if (!sl_args_check(vm, "fromkeys", nargs, kwnames, 1, 2)) return SL_NULL;
    SlValue iterable = args[0], value = nargs > 1 ? args[1] : SL_NONE;
    SlValue d = sl_call0(vm, cls);
    if (!d) return SL_NULL;
    /* _PyDict_FromKeys: an exact dict made from an exact dict or set gets
     * one resize up front, and reuses the stored hashes */
    if (SL_IS_OBJ(d) && SL_AS_OBJ(d)->type == &sl_dict_type && SL_DICT(d)->used == 0 &&
        SL_IS_OBJ(iterable)) {
        SlDict *mp = SL_DICT(d);
        SlType *it_type = SL_AS_OBJ(iterable)->type;
        if (it_type == &sl_dict_type) {
            SlDict *od = SL_DICT(iterable);
            if (!dict_resize(vm, mp, log2_estimate(od->used), od->unicode)) goto fail;
            for (size_t i = 0; i < od->nentries; i++) {
                if (!od->entries[i].value) continue;
                if (!insert(vm, mp, od->entries[i].key, od->entries[i].hash, value)) goto fail;
            }
            return d;
        }
        if (it_type == &sl_set_type || it_type == &sl_frozenset_type) {
            SlSet *so = (SlSet *)SL_AS_OBJ(iterable);
            if (!dict_resize(vm, mp, log2_estimate(so->used), false)) goto fail;
            for (size_t i = 0; i <= so->mask; i++) {
                SlSetEntry *e = &so->table[i];
                if (!e->key || e->key == sl_set_dummy) continue;
                if (!insert(vm, mp, e->key, e->hash, value)) goto fail;
            }
            return d;
        }
    }
    SlValue it = sl_iter(vm, iterable);
    if (!it) goto fail;
    bool exact = SL_IS_OBJ(d) && SL_AS_OBJ(d)->type == &sl_dict_type;
    for (;;) {
        SlValue key = sl_iternext(vm, it);
        if (!key) break;
        bool ok = exact ? sl_dict_set(vm, d, key, value) : sl_setitem(vm, d, key, value);
        sl_decref(vm, key);
        if (!ok) break;
    }
    sl_decref(vm, it);
    if (sl_exc_occurred(vm)) goto fail;
    return d;
fail:
    sl_decref(vm, d);
    return SL_NULL;
}

/* ---- views ----------------------------------------------------------------------------- */

typedef struct {
    SlObject ob;
    SlValue dict;
} DictView;

#define VIEW_DICT(v) (((DictView *)SL_AS_OBJ(v))->dict)

SlValue sl_dict_view_dict(SlValue view) { return VIEW_DICT(view); }

static SlValue view_new(SlVM *vm, SlType *type, SlValue dict) {
    DictView *v = (DictView *)sl_obj_alloc(vm, type, sizeof(DictView));
    if (!v) return SL_NULL;
    v->dict = sl_incref(dict);
    return SL_OBJ(v);
}

static void view_dealloc(SlVM *vm, SlObject *o) {
    sl_xdecref(vm, ((DictView *)o)->dict);
    sl_obj_free(vm, o);
}
static void view_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    DictView *v = (DictView *)o;
    if (v->dict) visit(v->dict, arg);
}

static int64_t view_len(SlVM *vm, SlValue v) {
    (void)vm;
    return (int64_t)SL_DICT(VIEW_DICT(v))->used;
}

static SlValue view_repr(SlVM *vm, SlValue v) {
    int r = sl_repr_enter(vm, v);
    if (r < 0) return SL_NULL;
    if (r > 0) return sl_str_from_cstr(vm, "...");
    SlValue seq = sl_list_from_iterable(vm, v);
    SlValue res = SL_NULL;
    if (seq) {
        SlBuf b;
        sl_buf_init(&b);
        sl_buf_adds(&b, sl_type_name(v));
        sl_buf_addc(&b, '(');
        if (sl_buf_add_repr(vm, &b, seq)) {
            sl_buf_addc(&b, ')');
            res = sl_buf_finish(vm, &b);
        } else {
            sl_buf_free(&b);
        }
        sl_decref(vm, seq);
    }
    sl_repr_leave(vm, v);
    return res;
}

static int keys_contains(SlVM *vm, SlValue v, SlValue key) {
    return sl_dict_contains(vm, VIEW_DICT(v), key);
}

static int items_contains(SlVM *vm, SlValue v, SlValue obj) {
    if (!SL_IS_TUPLE(obj) || SL_TUPLE_SIZE(obj) != 2) return 0;
    SlValue key = SL_TUPLE_ITEMS(obj)[0], value = SL_TUPLE_ITEMS(obj)[1];
    SlValue found = sl_dict_get(vm, VIEW_DICT(v), key);
    if (!found) return sl_exc_occurred(vm) ? -1 : 0;
    sl_incref(found);
    int r = sl_eq(vm, found, value);
    sl_decref(vm, found);
    return r;
}

static bool is_setlike_view(SlValue v) {
    return SL_IS_OBJ(v) && (SL_AS_OBJ(v)->type == &sl_dict_keys_type ||
                            SL_AS_OBJ(v)->type == &sl_dict_items_type);
}

/* every item of a is in b */
static int all_contained_in(SlVM *vm, SlValue a, SlValue b) {
    SlValue it = sl_iter(vm, a);
    if (!it) return -1;
    int ok = 1;
    for (;;) {
        SlValue x = sl_iternext(vm, it);
        if (!x) {
            if (sl_exc_occurred(vm)) ok = -1;
            break;
        }
        ok = sl_contains(vm, b, x);
        sl_decref(vm, x);
        if (ok <= 0) break;
    }
    sl_decref(vm, it);
    return ok;
}

static SlValue view_richcompare(SlVM *vm, SlValue a, SlValue b, SlCompareOp op) {
    if (!SL_IS_ANYSET(b) && !is_setlike_view(b)) return SL_NOTIMPL;
    int64_t la = sl_len(vm, a);
    if (la < 0) return SL_NULL;
    int64_t lb = sl_len(vm, b);
    if (lb < 0) return SL_NULL;
    int ok = 0;
    switch (op) {
    case SL_NE:
    case SL_EQ:
        if (la == lb) ok = all_contained_in(vm, a, b);
        if (op == SL_NE && ok >= 0) ok = !ok;
        break;
    case SL_LT: if (la < lb) ok = all_contained_in(vm, a, b); break;
    case SL_LE: if (la <= lb) ok = all_contained_in(vm, a, b); break;
    case SL_GT: if (la > lb) ok = all_contained_in(vm, b, a); break;
    case SL_GE: if (la >= lb) ok = all_contained_in(vm, b, a); break;
    }
    if (ok < 0) return SL_NULL;
    return SL_BOOL(ok);
}

/* set(self) followed by result.<method>(other) */
static SlValue view_setop(SlVM *vm, SlValue self, SlValue other, const char *method) {
    SlValue result = sl_set_new(vm, self);
    if (!result) return SL_NULL;
    SlValue r = sl_call_method(vm, result, method, &other, 1);
    if (!r) {
        sl_decref(vm, result);
        return SL_NULL;
    }
    sl_decref(vm, r);
    return result;
}

static SlValue view_sub(SlVM *vm, SlValue a, SlValue b) {
    return view_setop(vm, a, b, "difference_update");
}
static SlValue view_or(SlVM *vm, SlValue a, SlValue b) {
    if (!is_setlike_view(a)) {
        SlValue t = a;
        a = b;
        b = t;
    }
    return view_setop(vm, a, b, "update");
}
static SlValue view_xor(SlVM *vm, SlValue a, SlValue b) {
    if (!is_setlike_view(a)) {
        SlValue t = a;
        a = b;
        b = t;
    }
    return view_setop(vm, a, b, "symmetric_difference_update");
}
static SlValue view_and(SlVM *vm, SlValue a, SlValue b) {
    if (!is_setlike_view(a)) {
        SlValue t = a;
        a = b;
        b = t;
    }
    int64_t la = sl_len(vm, a);
    if (la < 0) return SL_NULL;
    if (SL_IS_OBJ(b) && SL_AS_OBJ(b)->type == &sl_set_type && la <= (int64_t)sl_set_size(b))
        return sl_call_method(vm, b, "intersection", &a, 1);
    if (is_setlike_view(b)) {
        int64_t lb = sl_len(vm, b);
        if (lb < 0) return SL_NULL;
        if (lb > la) {
            SlValue t = a;
            a = b;
            b = t;
        }
    }
    SlValue result = sl_set_new(vm, SL_NULL);
    if (!result) return SL_NULL;
    SlValue it = sl_iter(vm, b);
    if (!it) {
        sl_decref(vm, result);
        return SL_NULL;
    }
    bool keys = SL_AS_OBJ(a)->type == &sl_dict_keys_type;
    for (;;) {
        SlValue key = sl_iternext(vm, it);
        if (!key) break;
        int rv = keys ? keys_contains(vm, a, key) : items_contains(vm, a, key);
        bool ok = rv >= 0 && (rv == 0 || sl_set_add(vm, result, key));
        sl_decref(vm, key);
        if (!ok) break;
    }
    sl_decref(vm, it);
    if (sl_exc_occurred(vm)) {
        sl_decref(vm, result);
        return SL_NULL;
    }
    return result;
}

static SlValue view_isdisjoint(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                               SlValue kwnames) {
    if (!sl_args_check(vm, "isdisjoint", nargs, kwnames, 1, 1)) return SL_NULL;
    SlValue it = sl_iter(vm, args[0]);
    if (!it) return SL_NULL;
    bool keys = SL_AS_OBJ(self)->type == &sl_dict_keys_type;
    for (;;) {
        SlValue x = sl_iternext(vm, it);
        if (!x) break;
        int rv = keys ? keys_contains(vm, self, x) : items_contains(vm, self, x);
        sl_decref(vm, x);
        if (rv != 0) {
            sl_decref(vm, it);
            return rv < 0 ? SL_NULL : SL_FALSE;
        }
    }
    sl_decref(vm, it);
    if (sl_exc_occurred(vm)) return SL_NULL;
    return SL_TRUE;
}

/* ---- iterators --------------------------------------------------------------------------- */

typedef struct {
    SlObject ob;
    SlValue dict;          /* SL_NULL once exhausted */
    int64_t used;          /* di_used: size when created, -1 after a size change */
    int64_t pos;
    int64_t len;           /* items left (for __length_hint__ and "keys changed") */
} DictIter;

static SlValue dictiter_new(SlVM *vm, SlValue dict, SlType *type) {
    DictIter *it = (DictIter *)sl_obj_alloc(vm, type, sizeof(DictIter));
    if (!it) return SL_NULL;
    SlDict *d = SL_DICT(dict);
    it->dict = sl_incref(dict);
    it->used = (int64_t)d->used;
    it->len = (int64_t)d->used;
    bool rev = type == &sl_dict_revkeyiter_type || type == &sl_dict_revvalueiter_type ||
               type == &sl_dict_revitemiter_type;
    it->pos = rev ? (int64_t)d->nentries - 1 : 0;
    return SL_OBJ(it);
}

static void dictiter_dealloc(SlVM *vm, SlObject *o) {
    sl_xdecref(vm, ((DictIter *)o)->dict);
    sl_obj_free(vm, o);
}
static void dictiter_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    DictIter *it = (DictIter *)o;
    if (it->dict) visit(it->dict, arg);
}
static void dictiter_clear(SlVM *vm, SlObject *o) { SL_SETREF(vm, ((DictIter *)o)->dict, SL_NULL); }

/* the next live entry, or NULL (exhausted or error) */
static SlDictEntry *dictiter_step(SlVM *vm, DictIter *it) {
    SlValue dv = it->dict;
    if (!dv) return NULL;
    SlDict *d = SL_DICT(dv);
    if (it->used != (int64_t)d->used) {
        sl_raise(vm, SL_RuntimeError, "dictionary changed size during iteration");
        it->used = -1;
        return NULL;
    }
    int64_t i = it->pos, n = (int64_t)d->nentries;
    while (i < n && !d->entries[i].value) i++;
    if (i >= n) goto fail;
    it->pos = i + 1;
    if (it->len == 0) {
        /* 3.8-3.12 say the same; checked since 3.8 */
        sl_raise(vm, SL_RuntimeError, "dictionary keys changed during iteration");
        goto fail;
    }
    it->len--;
    return &d->entries[i];
fail:
    it->dict = SL_NULL;
    sl_decref(vm, dv);
    return NULL;
}

static SlDictEntry *dictreviter_step(SlVM *vm, DictIter *it) {
    SlValue dv = it->dict;
    if (!dv) return NULL;
    SlDict *d = SL_DICT(dv);
    if (it->used != (int64_t)d->used) {
        sl_raise(vm, SL_RuntimeError, "dictionary changed size during iteration");
        it->used = -1;
        return NULL;
    }
    int64_t i = it->pos;
    if (i < 0 || i >= (int64_t)d->nentries) goto fail;
    while (!d->entries[i].value) {
        if (--i < 0) goto fail;
    }
    it->pos = i - 1;
    it->len--;
    return &d->entries[i];
fail:
    it->pos = -1;
    it->dict = SL_NULL;
    sl_decref(vm, dv);
    return NULL;
}

static SlValue dictiter_key(SlVM *vm, SlValue self) {
    SlDictEntry *e = dictiter_step(vm, (DictIter *)SL_AS_OBJ(self));
    return e ? sl_incref(e->key) : SL_NULL;
}
static SlValue dictiter_value(SlVM *vm, SlValue self) {
    SlDictEntry *e = dictiter_step(vm, (DictIter *)SL_AS_OBJ(self));
    return e ? sl_incref(e->value) : SL_NULL;
}
static SlValue dictiter_item(SlVM *vm, SlValue self) {
    SlDictEntry *e = dictiter_step(vm, (DictIter *)SL_AS_OBJ(self));
    return e ? sl_tuple_pack(vm, 2, e->key, e->value) : SL_NULL;
}
static SlValue dictreviter_key(SlVM *vm, SlValue self) {
    SlDictEntry *e = dictreviter_step(vm, (DictIter *)SL_AS_OBJ(self));
    return e ? sl_incref(e->key) : SL_NULL;
}
static SlValue dictreviter_value(SlVM *vm, SlValue self) {
    SlDictEntry *e = dictreviter_step(vm, (DictIter *)SL_AS_OBJ(self));
    return e ? sl_incref(e->value) : SL_NULL;
}
static SlValue dictreviter_item(SlVM *vm, SlValue self) {
    SlDictEntry *e = dictreviter_step(vm, (DictIter *)SL_AS_OBJ(self));
    return e ? sl_tuple_pack(vm, 2, e->key, e->value) : SL_NULL;
}

static SlValue self_iter(SlVM *vm, SlValue v) {
    (void)vm;
    return sl_incref(v);
}

static SlValue dictiter_length_hint(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                    SlValue kwnames) {
    (void)args;
    if (!sl_args_check(vm, "__length_hint__", nargs, kwnames, 0, 0)) return SL_NULL;
    DictIter *it = (DictIter *)SL_AS_OBJ(self);
    int64_t len = 0;
    if (it->dict && it->used == (int64_t)SL_DICT(it->dict)->used) len = it->len;
    return sl_int_new_exact(vm, len);
}

static const SlMethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, SL_METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL}};

#define DICT_ITER_TYPE(var, tname, next)                                        \
    SlType var = {                                                             \
        .ob = SL_STATIC_HEAD(&sl_type_type),                                   \
        .name = tname,                                                         \
        .flags = SL_TPFLAGS_HAVE_GC,                                           \
        .basicsize = sizeof(DictIter),                                         \
        .dealloc = dictiter_dealloc,                                           \
        .traverse = dictiter_traverse,                                         \
        .clear = dictiter_clear,                                               \
        .iter = self_iter,                                                     \
        .iternext = next,                                                      \
        .methods = dictiter_methods,                                           \
    };

DICT_ITER_TYPE(sl_dict_keyiter_type, "dict_keyiterator", dictiter_key)
DICT_ITER_TYPE(sl_dict_valueiter_type, "dict_valueiterator", dictiter_value)
DICT_ITER_TYPE(sl_dict_itemiter_type, "dict_itemiterator", dictiter_item)
DICT_ITER_TYPE(sl_dict_revkeyiter_type, "dict_reversekeyiterator", dictreviter_key)
DICT_ITER_TYPE(sl_dict_revvalueiter_type, "dict_reversevalueiterator", dictreviter_value)
DICT_ITER_TYPE(sl_dict_revitemiter_type, "dict_reverseitemiterator", dictreviter_item)

static SlValue dict_iter(SlVM *vm, SlValue v) { return dictiter_new(vm, v, &sl_dict_keyiter_type); }

static SlValue keys_iter(SlVM *vm, SlValue v) {
    return dictiter_new(vm, VIEW_DICT(v), &sl_dict_keyiter_type);
}
static SlValue values_iter(SlVM *vm, SlValue v) {
    return dictiter_new(vm, VIEW_DICT(v), &sl_dict_valueiter_type);
}
static SlValue items_iter(SlVM *vm, SlValue v) {
    return dictiter_new(vm, VIEW_DICT(v), &sl_dict_itemiter_type);
}

static SlValue view_reversed(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                             SlValue kwnames) {
    (void)args;
    if (!sl_args_check(vm, "__reversed__", nargs, kwnames, 0, 0)) return SL_NULL;
    SlType *t = SL_AS_OBJ(self)->type;
    SlType *it = t == &sl_dict_keys_type ? &sl_dict_revkeyiter_type
                 : t == &sl_dict_values_type ? &sl_dict_revvalueiter_type
                                             : &sl_dict_revitemiter_type;
    return dictiter_new(vm, VIEW_DICT(self), it);
}

static SlValue dict_reversed_m(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                               SlValue kwnames) {
    (void)args;
    if (!sl_args_check(vm, "dict.__reversed__", nargs, kwnames, 0, 0)) return SL_NULL;
    return dictiter_new(vm, self, &sl_dict_revkeyiter_type);
}

static SlValue dict_keys_m(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                           SlValue kwnames) {
    (void)args;
    if (!sl_args_check(vm, "dict.keys", nargs, kwnames, 0, 0)) return SL_NULL;
    return view_new(vm, &sl_dict_keys_type, self);
}
static SlValue dict_values_m(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                             SlValue kwnames) {
    (void)args;
    if (!sl_args_check(vm, "dict.values", nargs, kwnames, 0, 0)) return SL_NULL;
    return view_new(vm, &sl_dict_values_type, self);
}
static SlValue dict_items_m(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                            SlValue kwnames) {
    (void)args;
    if (!sl_args_check(vm, "dict.items", nargs, kwnames, 0, 0)) return SL_NULL;
    return view_new(vm, &sl_dict_items_type, self);
}

static const SlMethodDef keys_methods[] = {
    {"isdisjoint", view_isdisjoint, SL_METH_DEFAULT,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", view_reversed, SL_METH_DEFAULT,
     "Return a reverse iterator over the dict keys."},
    {NULL, NULL, 0, NULL}};
static const SlMethodDef items_methods[] = {
    {"isdisjoint", view_isdisjoint, SL_METH_DEFAULT,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", view_reversed, SL_METH_DEFAULT,
     "Return a reverse iterator over the dict items."},
    {NULL, NULL, 0, NULL}};
static const SlMethodDef values_methods[] = {
    {"__reversed__", view_reversed, SL_METH_DEFAULT,
     "Return a reverse iterator over the dict values."},
    {NULL, NULL, 0, NULL}};

SlType sl_dict_keys_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "dict_keys",
    .flags = SL_TPFLAGS_HAVE_GC,
    .basicsize = sizeof(DictView),
    .dealloc = view_dealloc,
    .traverse = view_traverse,
    .repr = view_repr,
    .richcompare = view_richcompare,
    .iter = keys_iter,
    .len = view_len,
    .contains = keys_contains,
    .nb = {[SL_NB_SUB] = view_sub, [SL_NB_AND] = view_and, [SL_NB_OR] = view_or,
           [SL_NB_XOR] = view_xor},
    .methods = keys_methods,
};

SlType sl_dict_items_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "dict_items",
    .flags = SL_TPFLAGS_HAVE_GC,
    .basicsize = sizeof(DictView),
    .dealloc = view_dealloc,
    .traverse = view_traverse,
    .repr = view_repr,
    .richcompare = view_richcompare,
    .iter = items_iter,
    .len = view_len,
    .contains = items_contains,
    .nb = {[SL_NB_SUB] = view_sub, [SL_NB_AND] = view_and, [SL_NB_OR] = view_or,
           [SL_NB_XOR] = view_xor},
    .methods = items_methods,
};

SlType sl_dict_values_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "dict_values",
    .flags = SL_TPFLAGS_HAVE_GC,
    .basicsize = sizeof(DictView),
    .dealloc = view_dealloc,
    .traverse = view_traverse,
    .repr = view_repr,
    .iter = values_iter,
    .len = view_len,
    .methods = values_methods,
};

/* ---- the type ------------------------------------------------------------------------- */

static const SlMethodDef dict_methods[] = {
    {"get", dict_get_m, SL_METH_DEFAULT,
     "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", dict_setdefault_m, SL_METH_DEFAULT,
     "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value "
     "for key if key is in the dictionary, else default."},
    {"pop", dict_pop_m, SL_METH_DEFAULT,
     "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the key "
     "is not found, return the default if given; otherwise,\nraise a KeyError."},
    {"popitem", dict_popitem_m, SL_METH_DEFAULT,
     "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO "
     "(last-in, first-out) order.\nRaises KeyError if the dict is empty."},
    {"keys", dict_keys_m, SL_METH_DEFAULT,
     "D.keys() -> a set-like object providing a view on D's keys"},
    {"items", dict_items_m, SL_METH_DEFAULT,
     "D.items() -> a set-like object providing a view on D's items"},
    {"values", dict_values_m, SL_METH_DEFAULT,
     "D.values() -> an object providing a view on D's values"},
    {"update", dict_update_m, SL_METH_DEFAULT,
     "D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F.\nIf E is present "
     "and has a .keys() method, then does:  for k in E.keys(): D[k] = E[k]\nIf E is present "
     "and lacks a .keys() method, then does:  for k, v in E: D[k] = v\nIn either case, this "
     "is followed by: for k in F:  D[k] = F[k]"},
    {"fromkeys", dict_fromkeys_m, SL_METH_CLASS,
     "Create a new dictionary with keys from iterable and values set to value."},
    {"clear", dict_clear_m, SL_METH_DEFAULT, "D.clear() -> None.  Remove all items from D."},
    {"copy", dict_copy_m, SL_METH_DEFAULT, "D.copy() -> a shallow copy of D"},
    {"__reversed__", dict_reversed_m, SL_METH_DEFAULT,
     "Return a reverse iterator over the dict keys."},
    {NULL, NULL, 0, NULL}};

SlType sl_dict_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "dict",
    .doc = "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a "
           "mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary "
           "initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\n"
           "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in the "
           "keyword argument list.  For example:  dict(one=1, two=2)",
    .flags = SL_TPFLAGS_BASETYPE | SL_TPFLAGS_HAVE_GC | SL_TPFLAGS_DICT_SUBCLASS,
    .basicsize = sizeof(SlDict),
    .dealloc = dict_dealloc,
    .traverse = dict_traverse,
    .clear = dict_gc_clear,
    .new_ = dict_new,
    .init = dict_init,
    .repr = dict_repr,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .len = dict_len,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains_slot,
    .nb = {[SL_NB_OR] = dict_or},
    .nb_inplace = {[SL_NB_OR] = dict_ior},
    .methods = dict_methods,
};
