/* set.c: set and frozenset (CPython's Objects/setobject.c).
 *
 * Open addressing over a power-of-two table: each probe looks at up to
 * LINEAR_PROBES following slots before jumping by the perturbed hash, the
 * table starts as the 8-entry smalltable inside the object and is replaced
 * when fill*5 >= mask*3 by one of 4*used slots (2*used past 50000), as
 * CPython does.  So iteration order, set.pop() and frozenset hashes match.
 */
#include "set.h"
#include "memmodel.h"
#include "vm.h"

#include <string.h>

#include "args.h"
#include "dict.h"
#include "errors.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "weakref.h"
#include "type.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define MINSIZE 8

SlObject sl_set_dummy_obj = SL_STATIC_HEAD(&sl_object_type);
#define dummy sl_set_dummy

#define SET(v) ((SlSet *)SL_AS_OBJ(v))

static inline bool exact_str(SlValue v) {
    return SL_IS_OBJ(v) && SL_AS_OBJ(v)->type == &sl_str_type;
}

static inline bool hash_of(SlVM *vm, SlValue key, int64_t *h) {
    if (exact_str(key)) {
        *h = sl_str_hash(key);
        return true;
    }
    return sl_hash(vm, key, h);
}

/* The modelled size of the set's own table block (0 while it uses the
 * smalltable inside the object). */
static size_t model_table(const SlSet *so) {
    return so->table != so->smalltable ? (so->mask + 1) * 16 : 0;
}

static void free_table(SlVM *vm, SlSet *so) {
    if (so->table != so->smalltable) {
        sl_mm_block(vm, &so->ob, SL_SIM_AUX, model_table(so), 0);
        sl_mem_free(vm, so->table, (so->mask + 1) * sizeof(SlSetEntry));
    }
}

/* ---- probing ------------------------------------------------------------------------- */

static int set_table_resize(SlVM *vm, SlSet *so, size_t minused);

/* set_lookkey: the entry holding key, or the unused entry ending the probe
 * (key SL_NULL); NULL on error */
static SlSetEntry *set_lookkey(SlVM *vm, SlSet *so, SlValue key, int64_t hash) {
restart:;
    size_t perturb = (size_t)hash;
    size_t mask = so->mask;
    size_t i = (size_t)hash & mask;
    for (;;) {
        SlSetEntry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == SL_NULL) return entry;
            if (entry->hash == hash) {
                SlValue startkey = entry->key;
                if (startkey == key) return entry;
                if (exact_str(startkey) && exact_str(key) && sl_str_eq(startkey, key)) return entry;
                SlSetEntry *table = so->table;
                sl_incref(startkey);
                int cmp = sl_compare_bool(vm, startkey, key, SL_EQ);
                sl_decref(vm, startkey);
                if (cmp < 0) return NULL;
                if (table != so->table || entry->key != startkey) goto restart;
                if (cmp > 0) return entry;
                mask = so->mask;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* set_add_entry: takes a new reference to key itself */
static int set_add_entry(SlVM *vm, SlSet *so, SlValue key, int64_t hash) {
    sl_incref(key);
restart:;
    size_t mask = so->mask;
    size_t i = (size_t)hash & mask;
    SlSetEntry *freeslot = NULL;
    size_t perturb = (size_t)hash;
    SlSetEntry *entry;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == SL_NULL) goto found_unused_or_dummy;
            if (entry->hash == hash) {
                SlValue startkey = entry->key;
                if (startkey == key) goto found_active;
                if (exact_str(startkey) && exact_str(key) && sl_str_eq(startkey, key))
                    goto found_active;
                SlSetEntry *table = so->table;
                sl_incref(startkey);
                int cmp = sl_compare_bool(vm, startkey, key, SL_EQ);
                sl_decref(vm, startkey);
                if (cmp > 0) goto found_active;
                if (cmp < 0) goto comparison_error;
                if (table != so->table || entry->key != startkey) goto restart;
                mask = so->mask;
            } else if (entry->hash == -1) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot == NULL) goto found_unused;
    so->used++;
    freeslot->key = key;
    freeslot->hash = hash;
    return 0;
found_unused:
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if (so->fill * 5 < mask * 3) return 0;
    return set_table_resize(vm, so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    sl_decref(vm, key);
    return 0;
comparison_error:
    sl_decref(vm, key);
    return -1;
}

static void set_insert_clean(SlSetEntry *table, size_t mask, SlValue key, int64_t hash) {
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    SlSetEntry *entry;
    for (;;) {
        entry = &table[i];
        if (entry->key == SL_NULL) goto found_null;
        if (i + LINEAR_PROBES <= mask) {
            for (size_t j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == SL_NULL) goto found_null;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_null:
    entry->key = key;
    entry->hash = hash;
}

static int set_table_resize(SlVM *vm, SlSet *so, size_t minused) {
    size_t oldmask = so->mask;
    size_t model_before = model_table(so);
    SlSetEntry small_copy[MINSIZE];
    size_t newsize = MINSIZE;
    while (newsize <= minused) newsize <<= 1;
    SlSetEntry *oldtable = so->table;
    bool is_oldtable_malloced = oldtable != so->smalltable;
    SlSetEntry *newtable;
    if (newsize == MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used) return 0;
            memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    } else {
        newtable = sl_mem_alloc(vm, newsize * sizeof(SlSetEntry));
        if (!newtable) return -1;
    }
    memset(newtable, 0, newsize * sizeof(SlSetEntry));
    so->mask = newsize - 1;
    so->table = newtable;
    size_t newmask = so->mask;
    if (so->fill == so->used) {
        for (SlSetEntry *e = oldtable; e <= oldtable + oldmask; e++)
            if (e->key != SL_NULL) set_insert_clean(newtable, newmask, e->key, e->hash);
    } else {
        so->fill = so->used;
        for (SlSetEntry *e = oldtable; e <= oldtable + oldmask; e++)
            if (e->key != SL_NULL && e->key != dummy)
                set_insert_clean(newtable, newmask, e->key, e->hash);
    }
    if (is_oldtable_malloced) sl_mem_free(vm, oldtable, (oldmask + 1) * sizeof(SlSetEntry));
    sl_mm_block(vm, &so->ob, SL_SIM_AUX, model_before, model_table(so));
    return 0;
}

static int set_contains_entry(SlVM *vm, SlSet *so, SlValue key, int64_t hash) {
    SlSetEntry *e = set_lookkey(vm, so, key, hash);
    if (!e) return -1;
    return e->key != SL_NULL;
}

static int set_discard_entry(SlVM *vm, SlSet *so, SlValue key, int64_t hash) {
    SlSetEntry *e = set_lookkey(vm, so, key, hash);
    if (!e) return -1;
    if (e->key == SL_NULL) return 0;
    SlValue old = e->key;
    e->key = dummy;
    e->hash = -1;
    so->used--;
    sl_decref(vm, old);
    return 1;
}

static int set_add_key(SlVM *vm, SlSet *so, SlValue key) {
    int64_t h;
    if (!hash_of(vm, key, &h)) return -1;
    return set_add_entry(vm, so, key, h);
}

static int set_contains_key(SlVM *vm, SlSet *so, SlValue key) {
    int64_t h;
    if (!hash_of(vm, key, &h)) return -1;
    return set_contains_entry(vm, so, key, h);
}

static int set_discard_key(SlVM *vm, SlSet *so, SlValue key) {
    int64_t h;
    if (!hash_of(vm, key, &h)) return -1;
    return set_discard_entry(vm, so, key, h);
}

static void set_empty_to_minsize(SlSet *so) {
    memset(so->smalltable, 0, sizeof(so->smalltable));
    so->fill = 0;
    so->used = 0;
    so->mask = MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
}

static void set_clear_internal(SlVM *vm, SlSet *so) {
    SlSetEntry *table = so->table;
    size_t fill = so->fill, used = so->used, mask = so->mask;
    bool malloced = table != so->smalltable;
    SlSetEntry small_copy[MINSIZE];
    if (malloced) {
        sl_mm_block(vm, &so->ob, SL_SIM_AUX, model_table(so), 0);
        set_empty_to_minsize(so);
    } else if (fill > 0) {
        memcpy(small_copy, table, sizeof(small_copy));
        table = small_copy;
        set_empty_to_minsize(so);
    }
    for (SlSetEntry *e = table; used > 0; e++) {
        if (e->key && e->key != dummy) {
            used--;
            sl_decref(vm, e->key);
        }
    }
    if (malloced) sl_mem_free(vm, table, (mask + 1) * sizeof(SlSetEntry));
}

static bool set_next(SlSet *so, size_t *pos, SlSetEntry **entry) {
    size_t i = *pos, mask = so->mask;
    SlSetEntry *e = &so->table[i];
    while (i <= mask && (e->key == SL_NULL || e->key == dummy)) {
        i++;
        e++;
    }
    *pos = i + 1;
    if (i > mask) return false;
    *entry = e;
    return true;
}

/* ---- merging ----------------------------------------------------------------------------- */

static int set_merge(SlVM *vm, SlSet *so, SlSet *other) {
    if (other == so || other->used == 0) return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (set_table_resize(vm, so, (so->used + other->used) * 2) != 0) return -1;
    }
    SlSetEntry *so_entry = so->table, *other_entry = other->table;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (size_t i = 0; i <= other->mask; i++, so_entry++, other_entry++) {
            SlValue key = other_entry->key;
            if (key != SL_NULL) {
                so_entry->key = sl_incref(key);
                so_entry->hash = other_entry->hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        SlSetEntry *newtable = so->table;
        size_t newmask = so->mask;
        so->fill = other->used;
        so->used = other->used;
        for (size_t i = other->mask + 1; i > 0; i--, other_entry++) {
            SlValue key = other_entry->key;
            if (key != SL_NULL && key != dummy)
                set_insert_clean(newtable, newmask, sl_incref(key), other_entry->hash);
        }
        return 0;
    }
    for (size_t i = 0; i <= other->mask; i++) {
        other_entry = &other->table[i];
        SlValue key = other_entry->key;
        if (key != SL_NULL && key != dummy) {
            if (set_add_entry(vm, so, key, other_entry->hash)) return -1;
        }
    }
    return 0;
}

static int set_update_internal(SlVM *vm, SlSet *so, SlValue other) {
    if (SL_IS_ANYSET(other)) return set_merge(vm, so, SET(other));
    if (SL_IS_OBJ(other) && SL_AS_OBJ(other)->type == &sl_dict_type) {
        SlDict *d = SL_DICT(other);
        size_t dictsize = d->used;
        if ((so->fill + dictsize) * 5 >= so->mask * 3) {
            if (set_table_resize(vm, so, (so->used + dictsize) * 2) != 0) return -1;
        }
        for (size_t i = 0; i < d->nentries; i++) {
            if (!d->entries[i].value) continue;
            if (set_add_entry(vm, so, d->entries[i].key, d->entries[i].hash)) return -1;
        }
        return 0;
    }
    SlValue it = sl_iter(vm, other);
    if (!it) return -1;
    SlValue (*iternext)(SlVM *, SlValue) = sl_type_of(it)->iternext;
    for (;;) {
        SlValue key = iternext(vm, it);
        if (!key) break;
        if (set_add_key(vm, so, key)) {
            sl_decref(vm, it);
            sl_decref(vm, key);
            return -1;
        }
        sl_decref(vm, key);
    }
    sl_decref(vm, it);
    if (sl_exc_occurred(vm)) {
        if (!sl_exc_matches(vm, SL_StopIteration)) return -1;
        sl_exc_clear(vm);
    }
    return 0;
}

static SlSet *set_alloc(SlVM *vm, SlType *type) {
    size_t size = type->basicsize < sizeof(SlSet) ? sizeof(SlSet) : type->basicsize;
    SlSet *so = (SlSet *)sl_obj_alloc(vm, type, size);
    if (!so) return NULL;
    so->fill = 0;
    so->used = 0;
    so->mask = MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    so->finger = 0;
    return so;
}

static SlValue make_new_set(SlVM *vm, SlType *type, SlValue iterable) {
    SlSet *so = set_alloc(vm, type);
    if (!so) return SL_NULL;
    if (iterable && set_update_internal(vm, so, iterable)) {
        sl_decref(vm, SL_OBJ(so));
        return SL_NULL;
    }
    return SL_OBJ(so);
}

static SlValue make_new_set_basetype(SlVM *vm, SlType *type, SlValue iterable) {
    if (type != &sl_set_type && type != &sl_frozenset_type)
        type = sl_type_is_subtype(type, &sl_set_type) ? &sl_set_type : &sl_frozenset_type;
    return make_new_set(vm, type, iterable);
}

/* ---- public API ------------------------------------------------------------------------- */

SlValue sl_set_new(SlVM *vm, SlValue iterable) { return make_new_set(vm, &sl_set_type, iterable); }

SlValue sl_frozenset_new(SlVM *vm, SlValue iterable) {
    if (iterable && SL_IS_OBJ(iterable) && SL_AS_OBJ(iterable)->type == &sl_frozenset_type)
        return sl_incref(iterable);
    return make_new_set(vm, &sl_frozenset_type, iterable);
}

bool sl_set_add(SlVM *vm, SlValue set, SlValue key) { return set_add_key(vm, SET(set), key) == 0; }

int sl_set_contains(SlVM *vm, SlValue set, SlValue key) { return set_contains_key(vm, SET(set), key); }

int sl_set_discard(SlVM *vm, SlValue set, SlValue key) { return set_discard_key(vm, SET(set), key); }

size_t sl_set_size(SlValue set) { return SET(set)->used; }

bool sl_set_next(SlValue set, size_t *pos, SlValue *key) {
    SlSetEntry *e;
    if (!set_next(SET(set), pos, &e)) return false;
    *key = e->key;
    return true;
}

bool sl_set_update(SlVM *vm, SlValue set, SlValue iterable) {
    return set_update_internal(vm, SET(set), iterable) == 0;
}

bool sl_set_clear(SlVM *vm, SlValue set) {
    set_clear_internal(vm, SET(set));
    return true;
}

/* ---- slots ------------------------------------------------------------------------------ */

static void set_dealloc(SlVM *vm, SlObject *o) {
    SlSet *so = (SlSet *)o;
    if (so->weaklist) sl_weakref_clear_all(vm, SL_OBJ(o));
    size_t used = so->used;
    for (SlSetEntry *e = so->table; used > 0; e++) {
        if (e->key && e->key != dummy) {
            used--;
            sl_decref(vm, e->key);
        }
    }
    free_table(vm, so);
    sl_obj_free(vm, o);
}

static void set_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    SlSet *so = (SlSet *)o;
    size_t pos = 0;
    SlSetEntry *e;
    while (set_next(so, &pos, &e))
        if (SL_IS_OBJ(e->key)) visit(e->key, arg);
}

static void set_gc_clear(SlVM *vm, SlObject *o) { set_clear_internal(vm, (SlSet *)o); }

static SlValue set_repr(SlVM *vm, SlValue v) {
    SlSet *so = SET(v);
    SlType *t = SL_AS_OBJ(v)->type;
    int status = sl_repr_enter(vm, v);
    if (status != 0) {
        if (status < 0) return SL_NULL;
        return sl_str_printf(vm, "%s(...)", t->name);
    }
    if (!so->used) {
        sl_repr_leave(vm, v);
        return sl_str_printf(vm, "%s()", t->name);
    }
    SlValue result = SL_NULL;
    SlValue keys = sl_list_from_iterable(vm, v);
    if (keys) {
        SlValue lr = sl_repr(vm, keys);
        sl_decref(vm, keys);
        if (lr) {
            SlBuf b;
            sl_buf_init(&b);
            bool exact = t == &sl_set_type;
            if (!exact) {
                sl_buf_adds(&b, t->name);
                sl_buf_addc(&b, '(');
            }
            sl_buf_addc(&b, '{');
            sl_buf_add(&b, SL_STR_DATA(lr) + 1, SL_STR_SIZE(lr) - 2);
            sl_buf_addc(&b, '}');
            if (!exact) sl_buf_addc(&b, ')');
            sl_decref(vm, lr);
            result = sl_buf_finish(vm, &b);
        }
    }
    sl_repr_leave(vm, v);
    return result;
}

static int64_t set_len(SlVM *vm, SlValue v) {
    (void)vm;
    return (int64_t)SET(v)->used;
}

/* key in set; an unhashable set key is looked up as a frozenset */
static int set_contains(SlVM *vm, SlValue v, SlValue key) {
    int rv = set_contains_key(vm, SET(v), key);
    if (rv < 0) {
        if (!SL_IS_SET(key) || !sl_exc_matches(vm, SL_TypeError)) return -1;
        sl_exc_clear(vm);
        SlValue tmp = make_new_set(vm, &sl_frozenset_type, key);
        if (!tmp) return -1;
        rv = set_contains_key(vm, SET(v), tmp);
        sl_decref(vm, tmp);
    }
    return rv;
}

static uint64_t shuffle_bits(uint64_t h) {
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

static bool frozenset_hash(SlVM *vm, SlValue v, int64_t *out) {
    (void)vm;
    SlSet *so = SET(v);
    if (so->hash != -1) {
        *out = so->hash;
        return true;
    }
    uint64_t hash = 0;
    for (SlSetEntry *e = so->table; e <= &so->table[so->mask]; e++)
        hash ^= shuffle_bits((uint64_t)e->hash);
    if ((so->mask + 1 - so->fill) & 1) hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1) hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1) hash = 590923713UL;
    so->hash = (int64_t)hash;
    *out = (int64_t)hash;
    return true;
}

static SlValue set_iter(SlVM *vm, SlValue v);

/* ---- operations --------------------------------------------------------------------------- */

static SlValue set_copy(SlVM *vm, SlValue so) {
    return make_new_set_basetype(vm, SL_AS_OBJ(so)->type, so);
}

static SlValue set_intersection(SlVM *vm, SlValue sov, SlValue other) {
    if (sov == other) return set_copy(vm, sov);
    SlValue result = make_new_set_basetype(vm, SL_AS_OBJ(sov)->type, SL_NULL);
    if (!result) return SL_NULL;
    SlSet *so = SET(sov);
    if (SL_IS_ANYSET(other)) {
        SlSet *o = SET(other);
        if (o->used > so->used) {
            SlSet *t = so;
            so = o;
            o = t;
        }
        size_t pos = 0;
        SlSetEntry *e;
        while (set_next(o, &pos, &e)) {
            SlValue key = sl_incref(e->key);
            int64_t hash = e->hash;
            int rv = set_contains_entry(vm, so, key, hash);
            if (rv > 0) rv = set_add_entry(vm, SET(result), key, hash) ? -1 : 1;
            sl_decref(vm, key);
            if (rv < 0) {
                sl_decref(vm, result);
                return SL_NULL;
            }
        }
        return result;
    }
    SlValue it = sl_iter(vm, other);
    if (!it) {
        sl_decref(vm, result);
        return SL_NULL;
    }
    for (;;) {
        SlValue key = sl_iternext(vm, it);
        if (!key) break;
        int64_t hash;
        int rv = -1;
        if (hash_of(vm, key, &hash)) {
            rv = set_contains_entry(vm, so, key, hash);
            if (rv > 0) {
                rv = set_add_entry(vm, SET(result), key, hash) ? -1 : 1;
                if (rv > 0 && SET(result)->used >= so->used) {
                    sl_decref(vm, key);
                    break;
                }
            }
        }
        sl_decref(vm, key);
        if (rv < 0) break;
    }
    sl_decref(vm, it);
    if (sl_exc_occurred(vm)) {
        sl_decref(vm, result);
        return SL_NULL;
    }
    return result;
}

static void set_swap_bodies(SlSet *a, SlSet *b) {
    size_t t;
    SlSetEntry tab[MINSIZE];
    t = a->fill; a->fill = b->fill; b->fill = t;
    t = a->used; a->used = b->used; b->used = t;
    t = a->mask; a->mask = b->mask; b->mask = t;
    SlSetEntry *u = a->table;
    if (a->table == a->smalltable) u = b->smalltable;
    a->table = b->table;
    if (b->table == b->smalltable) a->table = a->smalltable;
    b->table = u;
    if (a->table == a->smalltable || b->table == b->smalltable) {
        memcpy(tab, a->smalltable, sizeof(tab));
        memcpy(a->smalltable, b->smalltable, sizeof(tab));
        memcpy(b->smalltable, tab, sizeof(tab));
    }
    if (sl_type_is_subtype(a->ob.type, &sl_frozenset_type) &&
        sl_type_is_subtype(b->ob.type, &sl_frozenset_type)) {
        int64_t h = a->hash;
        a->hash = b->hash;
        b->hash = h;
    } else {
        a->hash = -1;
        b->hash = -1;
    }
}

static int set_difference_update_internal(SlVM *vm, SlSet *so, SlValue other) {
    if (SL_OBJ(so) == other) {
        set_clear_internal(vm, so);
        return 0;
    }
    if (SL_IS_ANYSET(other)) {
        if ((SET(other)->used >> 3) > so->used) {
            other = set_intersection(vm, SL_OBJ(so), other);
            if (!other) return -1;
        } else {
            sl_incref(other);
        }
        size_t pos = 0;
        SlSetEntry *e;
        while (set_next(SET(other), &pos, &e)) {
            SlValue key = sl_incref(e->key);
            int r = set_discard_entry(vm, so, key, e->hash);
            sl_decref(vm, key);
            if (r < 0) {
                sl_decref(vm, other);
                return -1;
            }
        }
        sl_decref(vm, other);
    } else {
        SlValue it = sl_iter(vm, other);
        if (!it) return -1;
        for (;;) {
            SlValue key = sl_iternext(vm, it);
            if (!key) break;
            int r = set_discard_key(vm, so, key);
            sl_decref(vm, key);
            if (r < 0) {
                sl_decref(vm, it);
                return -1;
            }
        }
        sl_decref(vm, it);
        if (sl_exc_occurred(vm)) return -1;
    }
    if ((so->fill - so->used) <= so->mask / 4) return 0;
    return set_table_resize(vm, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static SlValue set_copy_and_difference(SlVM *vm, SlValue so, SlValue other) {
    SlValue result = set_copy(vm, so);
    if (!result) return SL_NULL;
    if (set_difference_update_internal(vm, SET(result), other) == 0) return result;
    sl_decref(vm, result);
    return SL_NULL;
}

static SlValue set_difference(SlVM *vm, SlValue sov, SlValue other) {
    SlSet *so = SET(sov);
    size_t other_size;
    bool other_dict = SL_IS_OBJ(other) && SL_AS_OBJ(other)->type == &sl_dict_type;
    if (SL_IS_ANYSET(other)) other_size = SET(other)->used;
    else if (other_dict) other_size = SL_DICT(other)->used;
    else return set_copy_and_difference(vm, sov, other);
    if ((so->used >> 2) > other_size) return set_copy_and_difference(vm, sov, other);
    SlValue result = make_new_set_basetype(vm, SL_AS_OBJ(sov)->type, SL_NULL);
    if (!result) return SL_NULL;
    size_t pos = 0;
    SlSetEntry *e;
    while (set_next(so, &pos, &e)) {
        SlValue key = sl_incref(e->key);
        int64_t hash = e->hash;
        int rv = other_dict ? sl_dict_contains(vm, other, key)
                            : set_contains_entry(vm, SET(other), key, hash);
        if (rv == 0) rv = set_add_entry(vm, SET(result), key, hash) ? -1 : 0;
        sl_decref(vm, key);
        if (rv < 0) {
            sl_decref(vm, result);
            return SL_NULL;
        }
    }
    return result;
}

static int set_symmetric_difference_update_internal(SlVM *vm, SlSet *so, SlValue other) {
    if (SL_OBJ(so) == other) {
        set_clear_internal(vm, so);
        return 0;
    }
    if (SL_IS_OBJ(other) && SL_AS_OBJ(other)->type == &sl_dict_type) {
        SlDict *d = SL_DICT(other);
        for (size_t i = 0; i < d->nentries; i++) {
            if (!d->entries[i].value) continue;
            SlValue key = sl_incref(d->entries[i].key);
            int64_t hash = d->entries[i].hash;
            int rv = set_discard_entry(vm, so, key, hash);
            if (rv == 0) rv = set_add_entry(vm, so, key, hash) ? -1 : 0;
            sl_decref(vm, key);
            if (rv < 0) return -1;
        }
        return 0;
    }
    SlValue otherset;
    if (SL_IS_ANYSET(other)) otherset = sl_incref(other);
    else {
        otherset = make_new_set_basetype(vm, so->ob.type, other);
        if (!otherset) return -1;
    }
    size_t pos = 0;
    SlSetEntry *e;
    while (set_next(SET(otherset), &pos, &e)) {
        SlValue key = sl_incref(e->key);
        int64_t hash = e->hash;
        int rv = set_discard_entry(vm, so, key, hash);
        if (rv == 0) rv = set_add_entry(vm, so, key, hash) ? -1 : 0;
        sl_decref(vm, key);
        if (rv < 0) {
            sl_decref(vm, otherset);
            return -1;
        }
    }
    sl_decref(vm, otherset);
    return 0;
}

static SlValue set_symmetric_difference(SlVM *vm, SlValue so, SlValue other) {
    SlValue otherset = make_new_set_basetype(vm, SL_AS_OBJ(so)->type, other);
    if (!otherset) return SL_NULL;
    if (set_symmetric_difference_update_internal(vm, SET(otherset), so) < 0) {
        sl_decref(vm, otherset);
        return SL_NULL;
    }
    return otherset;
}

static SlValue set_issubset(SlVM *vm, SlValue so, SlValue other) {
    if (!SL_IS_ANYSET(other)) {
        SlValue tmp = set_intersection(vm, so, other);
        if (!tmp) return SL_NULL;
        bool r = SET(tmp)->used == SET(so)->used;
        sl_decref(vm, tmp);
        return SL_BOOL(r);
    }
    if (SET(so)->used > SET(other)->used) return SL_FALSE;
    size_t pos = 0;
    SlSetEntry *e;
    while (set_next(SET(so), &pos, &e)) {
        SlValue key = sl_incref(e->key);
        int rv = set_contains_entry(vm, SET(other), key, e->hash);
        sl_decref(vm, key);
        if (rv < 0) return SL_NULL;
        if (!rv) return SL_FALSE;
    }
    return SL_TRUE;
}

static SlValue set_issuperset(SlVM *vm, SlValue so, SlValue other) {
    if (SL_IS_ANYSET(other)) return set_issubset(vm, other, so);
    SlValue it = sl_iter(vm, other);
    if (!it) return SL_NULL;
    for (;;) {
        SlValue key = sl_iternext(vm, it);
        if (!key) break;
        int rv = set_contains_key(vm, SET(so), key);
        sl_decref(vm, key);
        if (rv <= 0) {
            sl_decref(vm, it);
            return rv < 0 ? SL_NULL : SL_FALSE;
        }
    }
    sl_decref(vm, it);
    if (sl_exc_occurred(vm)) return SL_NULL;
    return SL_TRUE;
}

static SlValue set_richcompare(SlVM *vm, SlValue v, SlValue w, SlCompareOp op) {
    if (!SL_IS_ANYSET(v) || !SL_IS_ANYSET(w)) return SL_NOTIMPL;
    switch (op) {
    case SL_EQ:
        if (SET(v)->used != SET(w)->used) return SL_FALSE;
        if (SET(v)->hash != -1 && SET(w)->hash != -1 && SET(v)->hash != SET(w)->hash)
            return SL_FALSE;
        return set_issubset(vm, v, w);
    case SL_NE: {
        SlValue r = set_richcompare(vm, v, w, SL_EQ);
        if (!r) return SL_NULL;
        return SL_BOOL(r == SL_FALSE);
    }
    case SL_LE: return set_issubset(vm, v, w);
    case SL_GE: return set_issuperset(vm, v, w);
    case SL_LT:
        if (SET(v)->used >= SET(w)->used) return SL_FALSE;
        return set_issubset(vm, v, w);
    case SL_GT:
        if (SET(v)->used <= SET(w)->used) return SL_FALSE;
        return set_issuperset(vm, v, w);
    }
    return SL_NOTIMPL;
}

static SlValue set_or(SlVM *vm, SlValue a, SlValue b) {
    if (!SL_IS_ANYSET(a) || !SL_IS_ANYSET(b)) return SL_NOTIMPL;
    SlValue result = set_copy(vm, a);
    if (!result || a == b) return result;
    if (set_update_internal(vm, SET(result), b)) {
        sl_decref(vm, result);
        return SL_NULL;
    }
    return result;
}

static SlValue set_and(SlVM *vm, SlValue a, SlValue b) {
    if (!SL_IS_ANYSET(a) || !SL_IS_ANYSET(b)) return SL_NOTIMPL;
    return set_intersection(vm, a, b);
}

static SlValue set_sub(SlVM *vm, SlValue a, SlValue b) {
    if (!SL_IS_ANYSET(a) || !SL_IS_ANYSET(b)) return SL_NOTIMPL;
    return set_difference(vm, a, b);
}

static SlValue set_xor(SlVM *vm, SlValue a, SlValue b) {
    if (!SL_IS_ANYSET(a) || !SL_IS_ANYSET(b)) return SL_NOTIMPL;
    return set_symmetric_difference(vm, a, b);
}

static SlValue set_ior(SlVM *vm, SlValue a, SlValue b) {
    if (!SL_IS_ANYSET(b)) return SL_NOTIMPL;
    if (set_update_internal(vm, SET(a), b)) return SL_NULL;
    return sl_incref(a);
}

static SlValue set_iand(SlVM *vm, SlValue a, SlValue b) {
    if (!SL_IS_ANYSET(b)) return SL_NOTIMPL;
    SlValue tmp = set_intersection(vm, a, b);
    if (!tmp) return SL_NULL;
    set_swap_bodies(SET(a), SET(tmp));
    sl_decref(vm, tmp);
    return sl_incref(a);
}

static SlValue set_isub(SlVM *vm, SlValue a, SlValue b) {
    if (!SL_IS_ANYSET(b)) return SL_NOTIMPL;
    if (set_difference_update_internal(vm, SET(a), b)) return SL_NULL;
    return sl_incref(a);
}

static SlValue set_ixor(SlVM *vm, SlValue a, SlValue b) {
    if (!SL_IS_ANYSET(b)) return SL_NOTIMPL;
    if (set_symmetric_difference_update_internal(vm, SET(a), b)) return SL_NULL;
    return sl_incref(a);
}

/* ---- methods ------------------------------------------------------------------------------ */

#define ONE_ARG(name)                                                                    \
    if (!sl_args_check(vm, name, nargs, kwnames, 1, 1)) return SL_NULL
#define NO_ARGS(name)                                                                    \
    (void)args;                                                                          \
    if (!sl_args_check(vm, name, nargs, kwnames, 0, 0)) return SL_NULL

static SlValue m_add(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kwnames) {
    ONE_ARG("set.add");
    if (set_add_key(vm, SET(self), args[0])) return SL_NULL;
    return SL_NONE;
}

static SlValue m_clear(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kwnames) {
    NO_ARGS("set.clear");
    set_clear_internal(vm, SET(self));
    return SL_NONE;
}

static SlValue m_copy(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kwnames) {
    NO_ARGS("set.copy");
    return set_copy(vm, self);
}

static SlValue m_frozenset_copy(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                SlValue kwnames) {
    NO_ARGS("frozenset.copy");
    if (SL_AS_OBJ(self)->type == &sl_frozenset_type) return sl_incref(self);
    return set_copy(vm, self);
}

/* discard/remove with the frozenset retry for set keys; -1 error, 0 missing, 1 removed */
static int discard_retry(SlVM *vm, SlValue self, SlValue key) {
    int rv = set_discard_key(vm, SET(self), key);
    if (rv < 0) {
        if (!SL_IS_SET(key) || !sl_exc_matches(vm, SL_TypeError)) return -1;
        sl_exc_clear(vm);
        SlValue tmp = make_new_set(vm, &sl_frozenset_type, key);
        if (!tmp) return -1;
        rv = set_discard_key(vm, SET(self), tmp);
        sl_decref(vm, tmp);
    }
    return rv;
}

static SlValue m_discard(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                         SlValue kwnames) {
    ONE_ARG("set.discard");
    if (discard_retry(vm, self, args[0]) < 0) return SL_NULL;
    return SL_NONE;
}

static SlValue m_remove(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                        SlValue kwnames) {
    ONE_ARG("set.remove");
    int rv = discard_retry(vm, self, args[0]);
    if (rv < 0) return SL_NULL;
    if (rv == 0) return sl_raise_arg(vm, SL_KeyError, args[0]);
    return SL_NONE;
}

static SlValue m_pop(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kwnames) {
    NO_ARGS("set.pop");
    SlSet *so = SET(self);
    if (so->used == 0) return sl_raise(vm, SL_KeyError, "pop from an empty set");
    SlSetEntry *entry = so->table + (so->finger & so->mask);
    SlSetEntry *limit = so->table + so->mask;
    while (entry->key == SL_NULL || entry->key == dummy) {
        entry++;
        if (entry > limit) entry = so->table;
    }
    SlValue key = entry->key;
    entry->key = dummy;
    entry->hash = -1;
    so->used--;
    so->finger = (size_t)(entry - so->table) + 1;
    return key;
}

static SlValue m_union(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                       SlValue kwnames) {
    if (!sl_args_no_kw(vm, "set.union", kwnames)) return SL_NULL;
    SlValue result = set_copy(vm, self);
    if (!result) return SL_NULL;
    for (size_t i = 0; i < nargs; i++) {
        if (args[i] == self) continue;
        if (set_update_internal(vm, SET(result), args[i])) {
            sl_decref(vm, result);
            return SL_NULL;
        }
    }
    return result;
}

static SlValue m_update(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                        SlValue kwnames) {
    if (!sl_args_no_kw(vm, "set.update", kwnames)) return SL_NULL;
    for (size_t i = 0; i < nargs; i++)
        if (set_update_internal(vm, SET(self), args[i])) return SL_NULL;
    return SL_NONE;
}

static SlValue intersection_multi(SlVM *vm, SlValue self, const SlValue *args, size_t nargs) {
    if (nargs == 0) return set_copy(vm, self);
    SlValue result = sl_incref(self);
    for (size_t i = 0; i < nargs; i++) {
        SlValue nr = set_intersection(vm, result, args[i]);
        sl_decref(vm, result);
        if (!nr) return SL_NULL;
        result = nr;
    }
    return result;
}

static SlValue m_intersection(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                              SlValue kwnames) {
    if (!sl_args_no_kw(vm, "set.intersection", kwnames)) return SL_NULL;
    return intersection_multi(vm, self, args, nargs);
}

static SlValue m_intersection_update(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                     SlValue kwnames) {
    if (!sl_args_no_kw(vm, "set.intersection_update", kwnames)) return SL_NULL;
    SlValue tmp = intersection_multi(vm, self, args, nargs);
    if (!tmp) return SL_NULL;
    set_swap_bodies(SET(self), SET(tmp));
    sl_decref(vm, tmp);
    return SL_NONE;
}

static SlValue m_difference(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                            SlValue kwnames) {
    if (!sl_args_no_kw(vm, "set.difference", kwnames)) return SL_NULL;
    if (nargs == 0) return set_copy(vm, self);
    SlValue result = set_difference(vm, self, args[0]);
    if (!result) return SL_NULL;
    for (size_t i = 1; i < nargs; i++) {
        if (set_difference_update_internal(vm, SET(result), args[i])) {
            sl_decref(vm, result);
            return SL_NULL;
        }
    }
    return result;
}

static SlValue m_difference_update(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                   SlValue kwnames) {
    if (!sl_args_no_kw(vm, "set.difference_update", kwnames)) return SL_NULL;
    for (size_t i = 0; i < nargs; i++)
        if (set_difference_update_internal(vm, SET(self), args[i])) return SL_NULL;
    return SL_NONE;
}

static SlValue m_symmetric_difference(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                      SlValue kwnames) {
    ONE_ARG("set.symmetric_difference");
    return set_symmetric_difference(vm, self, args[0]);
}

static SlValue m_symmetric_difference_update(SlVM *vm, SlValue self, const SlValue *args,
                                             size_t nargs, SlValue kwnames) {
    ONE_ARG("set.symmetric_difference_update");
    if (set_symmetric_difference_update_internal(vm, SET(self), args[0])) return SL_NULL;
    return SL_NONE;
}

static SlValue m_issubset(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                          SlValue kwnames) {
    ONE_ARG("set.issubset");
    return set_issubset(vm, self, args[0]);
}

static SlValue m_issuperset(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                            SlValue kwnames) {
    ONE_ARG("set.issuperset");
    return set_issuperset(vm, self, args[0]);
}

static SlValue m_isdisjoint(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                            SlValue kwnames) {
    ONE_ARG("set.isdisjoint");
    SlValue other = args[0];
    if (self == other) return SL_BOOL(SET(self)->used == 0);
    if (SL_IS_OBJ(other) && (SL_AS_OBJ(other)->type == &sl_set_type ||
                             SL_AS_OBJ(other)->type == &sl_frozenset_type)) {
        SlSet *so = SET(self), *o = SET(other);
        if (o->used > so->used) {
            SlSet *t = so;
            so = o;
            o = t;
        }
        size_t pos = 0;
        SlSetEntry *e;
        while (set_next(o, &pos, &e)) {
            SlValue key = sl_incref(e->key);
            int rv = set_contains_entry(vm, so, key, e->hash);
            sl_decref(vm, key);
            if (rv < 0) return SL_NULL;
            if (rv) return SL_FALSE;
        }
        return SL_TRUE;
    }
    SlValue it = sl_iter(vm, other);
    if (!it) return SL_NULL;
    for (;;) {
        SlValue key = sl_iternext(vm, it);
        if (!key) break;
        int rv = set_contains_key(vm, SET(self), key);
        sl_decref(vm, key);
        if (rv != 0) {
            sl_decref(vm, it);
            return rv < 0 ? SL_NULL : SL_FALSE;
        }
    }
    sl_decref(vm, it);
    if (sl_exc_occurred(vm)) return SL_NULL;
    return SL_TRUE;
}

/* ---- construction ------------------------------------------------------------------------- */

static SlValue set_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs,
                       SlValue kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    return make_new_set(vm, type, SL_NULL);
}

static bool set_init(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                     SlValue kwnames) {
    if (!sl_args_no_kw(vm, "set", kwnames)) return false;
    if (nargs > 1) {
        sl_raise(vm, SL_TypeError, "%s expected at most 1 argument, got %zu", sl_type_name(self),
                 nargs);
        return false;
    }
    SlSet *so = SET(self);
    if (so->fill) set_clear_internal(vm, so);
    so->hash = -1;
    if (nargs == 0) return true;
    return set_update_internal(vm, so, args[0]) == 0;
}

static SlValue frozenset_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs,
                             SlValue kwnames) {
    if ((type == &sl_frozenset_type || type->init == sl_frozenset_type.init) &&
        !sl_args_no_kw(vm, "frozenset", kwnames))
        return SL_NULL;
    if (nargs > 1)
        return sl_raise(vm, SL_TypeError, "%s expected at most 1 argument, got %zu", type->name,
                        nargs);
    SlValue iterable = nargs ? args[0] : SL_NULL;
    if (type != &sl_frozenset_type) return make_new_set(vm, type, iterable);
    if (iterable && SL_IS_OBJ(iterable) && SL_AS_OBJ(iterable)->type == &sl_frozenset_type)
        return sl_incref(iterable);
    SlValue r = make_new_set(vm, type, iterable);
    /* the empty frozenset is a singleton only up to 3.9 */
    if (r && vm->ver->empty_frozenset_singleton && ((SlSet *)SL_AS_OBJ(r))->used == 0) {
        static SlValue empty;   /* immortal, shared by every VM */
        if (!empty) empty = make_new_set(NULL, &sl_frozenset_type, SL_NULL);
        sl_decref(vm, r);
        return empty;
    }
    return r;
}

/* ---- iterator ------------------------------------------------------------------------------ */

typedef struct {
    SlObject ob;
    SlValue set;           /* SL_NULL once exhausted */
    int64_t used;          /* si_used */
    size_t pos;
    int64_t len;
} SetIter;

static SlValue set_iter(SlVM *vm, SlValue v) {
    SetIter *it = (SetIter *)sl_obj_alloc(vm, &sl_set_iter_type, sizeof(SetIter));
    if (!it) return SL_NULL;
    it->set = sl_incref(v);
    it->used = (int64_t)SET(v)->used;
    it->pos = 0;
    it->len = (int64_t)SET(v)->used;
    return SL_OBJ(it);
}

static SlValue setiter_next(SlVM *vm, SlValue self) {
    SetIter *si = (SetIter *)SL_AS_OBJ(self);
    SlValue sv = si->set;
    if (!sv) return SL_NULL;
    SlSet *so = SET(sv);
    if (si->used != (int64_t)so->used) {
        sl_raise(vm, SL_RuntimeError, "Set changed size during iteration");
        si->used = -1;
        return SL_NULL;
    }
    size_t i = si->pos, mask = so->mask;
    SlSetEntry *entry = so->table;
    while (i <= mask && (entry[i].key == SL_NULL || entry[i].key == dummy)) i++;
    si->pos = i + 1;
    if (i > mask) {
        si->set = SL_NULL;
        sl_decref(vm, sv);
        return SL_NULL;
    }
    si->len--;
    return sl_incref(entry[i].key);
}

static SlValue self_iter(SlVM *vm, SlValue v) {
    (void)vm;
    return sl_incref(v);
}

static void setiter_dealloc(SlVM *vm, SlObject *o) {
    sl_xdecref(vm, ((SetIter *)o)->set);
    sl_obj_free(vm, o);
}
static void setiter_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    SetIter *it = (SetIter *)o;
    if (it->set) visit(it->set, arg);
}
static void setiter_clear(SlVM *vm, SlObject *o) { SL_SETREF(vm, ((SetIter *)o)->set, SL_NULL); }

static SlValue setiter_length_hint(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                   SlValue kwnames) {
    NO_ARGS("__length_hint__");
    SetIter *si = (SetIter *)SL_AS_OBJ(self);
    int64_t len = 0;
    if (si->set && si->used == (int64_t)SET(si->set)->used) len = si->len;
    return sl_int_new_exact(vm, len);
}

static const SlMethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, SL_METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL}};

SlType sl_set_iter_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "set_iterator",
    .flags = SL_TPFLAGS_HAVE_GC,
    .basicsize = sizeof(SetIter),
    .dealloc = setiter_dealloc,
    .traverse = setiter_traverse,
    .clear = setiter_clear,
    .iter = self_iter,
    .iternext = setiter_next,
    .methods = setiter_methods,
};

/* ---- the types ---------------------------------------------------------------------------- */

static const SlMethodDef set_methods[] = {
    {"add", m_add, SL_METH_DEFAULT,
     "Add an element to a set.\n\nThis has no effect if the element is already present."},
    {"clear", m_clear, SL_METH_DEFAULT, "Remove all elements from this set."},
    {"copy", m_copy, SL_METH_DEFAULT, "Return a shallow copy of a set."},
    {"discard", m_discard, SL_METH_DEFAULT,
     "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() "
     "method does not raise\nan exception when an element is missing from the set."},
    {"difference", m_difference, SL_METH_DEFAULT,
     "Return a new set with elements in the set that are not in the others."},
    {"difference_update", m_difference_update, SL_METH_DEFAULT,
     "Update the set, removing elements found in others."},
    {"intersection", m_intersection, SL_METH_DEFAULT,
     "Return a new set with elements common to the set and all others."},
    {"intersection_update", m_intersection_update, SL_METH_DEFAULT,
     "Update the set, keeping only elements found in it and all others."},
    {"isdisjoint", m_isdisjoint, SL_METH_DEFAULT,
     "Return True if two sets have a null intersection."},
    {"issubset", m_issubset, SL_METH_DEFAULT, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, SL_METH_DEFAULT,
     "Report whether this set contains another set."},
    {"pop", m_pop, SL_METH_DEFAULT,
     "Remove and return an arbitrary set element.\n\nRaises KeyError if the set is empty."},
    {"remove", m_remove, SL_METH_DEFAULT,
     "Remove an element from a set; it must be a member.\n\nIf the element is not a member, "
     "raise a KeyError."},
    {"symmetric_difference", m_symmetric_difference, SL_METH_DEFAULT,
     "Return a new set with elements in either the set or other but not both."},
    {"symmetric_difference_update", m_symmetric_difference_update, SL_METH_DEFAULT,
     "Update the set, keeping only elements found in either set, but not in both."},
    {"union", m_union, SL_METH_DEFAULT,
     "Return a new set with elements from the set and all others."},
    {"update", m_update, SL_METH_DEFAULT, "Update the set, adding elements from all others."},
    {NULL, NULL, 0, NULL}};

static const SlMethodDef frozenset_methods[] = {
    {"copy", m_frozenset_copy, SL_METH_DEFAULT, "Return a shallow copy of a set."},
    {"difference", m_difference, SL_METH_DEFAULT,
     "Return a new set with elements in the set that are not in the others."},
    {"intersection", m_intersection, SL_METH_DEFAULT,
     "Return a new set with elements common to the set and all others."},
    {"isdisjoint", m_isdisjoint, SL_METH_DEFAULT,
     "Return True if two sets have a null intersection."},
    {"issubset", m_issubset, SL_METH_DEFAULT, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, SL_METH_DEFAULT,
     "Report whether this set contains another set."},
    {"symmetric_difference", m_symmetric_difference, SL_METH_DEFAULT,
     "Return a new set with elements in either the set or other but not both."},
    {"union", m_union, SL_METH_DEFAULT,
     "Return a new set with elements from the set and all others."},
    {NULL, NULL, 0, NULL}};

SlType sl_set_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "set",
    .doc = "Build an unordered collection of unique elements.",
    .flags = SL_TPFLAGS_BASETYPE | SL_TPFLAGS_HAVE_GC,
    .basicsize = sizeof(SlSet),
    .weaklistoffset = offsetof(SlSet, weaklist),
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .clear = set_gc_clear,
    .new_ = set_new,
    .init = set_init,
    .repr = set_repr,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .len = set_len,
    .contains = set_contains,
    .nb = {[SL_NB_SUB] = set_sub, [SL_NB_AND] = set_and, [SL_NB_XOR] = set_xor,
           [SL_NB_OR] = set_or},
    .nb_inplace = {[SL_NB_SUB] = set_isub, [SL_NB_AND] = set_iand, [SL_NB_XOR] = set_ixor,
                   [SL_NB_OR] = set_ior},
    .methods = set_methods,
};

SlType sl_frozenset_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "frozenset",
    .doc = "Build an immutable unordered collection of unique elements.",
    .flags = SL_TPFLAGS_BASETYPE | SL_TPFLAGS_HAVE_GC,
    .basicsize = sizeof(SlSet),
    .weaklistoffset = offsetof(SlSet, weaklist),
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .clear = set_gc_clear,
    .new_ = frozenset_new,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .len = set_len,
    .contains = set_contains,
    .nb = {[SL_NB_SUB] = set_sub, [SL_NB_AND] = set_and, [SL_NB_XOR] = set_xor,
           [SL_NB_OR] = set_or},
    .methods = frozenset_methods,
};
