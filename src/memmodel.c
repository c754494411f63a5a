/* memmodel.c: the simulated CPython heap (see memmodel.h). */
#include "memmodel.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bytearray.h"
#include "mod_array.h"
#include "code.h"
#include "dict.h"
#include "errors.h"
#include "float.h"
#include "int.h"
#include "layout.h"
#include "list.h"
#include "memory.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

/* ---- state ----------------------------------------------------------------------------- */

#define NCLASSES 32           /* pymalloc: 16-byte size classes up to 512 bytes */
#define SMALL_MAX 512

/* One of CPython's free lists: freed objects wait here for reuse.  A
 * parked block stays allocated, so tracemalloc keeps its trace (and the
 * line that first allocated it, which the next user of the block
 * inherits): the stack remembers each parked block's site. */
typedef struct FreeList {
    uint32_t n, max;
    size_t size;              /* request size of one parked block */
    uint32_t *site;           /* n entries: 0 = untraced, else allocation site + 1 */
} FreeList;

enum { FL_DICT, FL_LIST, FL_FLOAT, FL_KEYS, FL_TUPLE1, FL_COUNT = FL_TUPLE1 + 19 };

/* tracemalloc's traces, for snapshots: one record per traced block (its
 * owner object and which of its blocks), with the allocation site. */
typedef struct TraceRec {
    uintptr_t key;            /* owner | block index; 0 empty, 1 deleted */
    uint32_t size;
    uint32_t site;            /* index into sites */
} TraceRec;

typedef struct SiteFrame {
    SlCode *code;             /* owned while the trace table lives */
    uint32_t lasti;
} SiteFrame;

typedef struct Site {
    uint32_t first, n;        /* frames[first .. first + n), most recent first */
} Site;

typedef struct Traces {
    TraceRec *recs;           /* blocks of objects outside the pools (memory.c keeps the rest) */
    size_t cap, used, live;   /* used counts deleted slots too */
    size_t side_live;         /* records kept beside pool blocks */
    Site *sites;
    size_t nsites, capsites;
    SiteFrame *frames;
    size_t nframes, capframes;
    uint32_t *site_index;     /* hash of sites: site + 1, 0 empty */
    size_t site_cap;
} Traces;

struct SlSim {
    SlSimHot hot;             /* first: tracing flag and live blocks per class (memmodel.h) */
    SlVM *vm;                 /* its VM: the running frames name allocation sites */
    const SlPyVersion *ver;
    Traces tr;
    /* tracemalloc */
    int nframe;               /* frames kept per trace (start(nframe)) */
    int64_t traced, peak;
    int64_t ntraces;
    /* pymalloc: whole pools in use per size class (live blocks: hot) */
    uint64_t pools[NCLASSES + 1];
    int64_t pool_bytes;       /* pools * pool size */
    int64_t large_bytes;      /* malloc'ed blocks, with malloc's overhead */
    int64_t rss_peak;
    FreeList fl[FL_COUNT];
};

/* A class's shared keys (CPython's ht_cached_keys) as the model sees them. */
typedef struct SlSharedKeys {
    SlValue *names;           /* the keys in order (str, owned) */
    uint32_t n, cap;          /* dk_nentries */
    int32_t usable;           /* dk_usable */
    uint8_t log2;             /* table size */
    uint32_t refs;            /* dk_refcnt: the class (while sharing) + each split dict */
    size_t size;              /* modelled request size of the keys object */
    SlObject *owner;          /* whose block it is (the class) */
} SlSharedKeys;

static SlSharedKeys *class_keys(SlType *t);
static size_t key_capacity(const SlSharedKeys *k);
static size_t values_size(const SlPyVersion *ver, unsigned cap);

static void freelist_init(FreeList *f, uint32_t max, size_t size) {
    f->max = max;
    f->size = size;
    f->n = 0;
    f->site = calloc(max, sizeof(uint32_t));
    if (!f->site) f->max = 0;
}

SlSim *sl_sim_new(SlVM *vm) {
    const SlPyVersion *ver = vm->ver;
    SlSim *s = calloc(1, sizeof(SlSim));
    if (!s) return NULL;
    s->vm = vm;
    s->ver = ver;
    unsigned gc = ver->mem.gc_header;
    for (unsigned c = 1; c <= NCLASSES; c++) s->hot.per_pool[c] = (ver->mem.pool_size - 48) / (c * 16);
    freelist_init(&s->fl[FL_DICT], 80, 48 + gc);
    freelist_init(&s->fl[FL_LIST], 80, 40 + gc);
    freelist_init(&s->fl[FL_FLOAT], 100, 24);
    freelist_init(&s->fl[FL_KEYS], 80, sl_mm_keys_size(ver, 3, true));
    for (unsigned n = 1; n < 20; n++) freelist_init(&s->fl[FL_TUPLE1 + n - 1], 2000, 24 + 8 * n + gc);
    s->rss_peak = (int64_t)ver->mem.baseline_rss_kib * 1024;
    s->nframe = 1;
    return s;
}

void sl_sim_free(SlSim *s) {
    if (!s) return;
    free(s->tr.recs);   /* the sites' code objects die with the VM's heap */
    free(s->tr.sites);
    free(s->tr.frames);
    free(s->tr.site_index);
    for (int i = 0; i < FL_COUNT; i++) free(s->fl[i].site);
    free(s);
}

static SlSim *sim(SlVM *vm) { return vm ? vm->sim : NULL; }

/* ---- blocks: pymalloc and tracemalloc --------------------------------------------------- */

static void rss_check_peak(SlSim *s) {
    int64_t r = (int64_t)s->ver->mem.baseline_rss_kib * 1024 + s->pool_bytes + s->large_bytes;
    if (r > s->rss_peak) s->rss_peak = r;
}

/* glibc malloc: a chunk of round16(n + 8), at least 32; big ones are mmap'ed pages */
static int64_t malloc_cost(size_t n) {
    if (n >= 128 * 1024) return (int64_t)((n + 16 + 4095) & ~(size_t)4095);
    size_t c = (n + 8 + 15) & ~(size_t)15;
    return (int64_t)(c < 32 ? 32 : c);
}

static void heap_add(SlSim *s, size_t n) {
    if (n == 0 || n > SMALL_MAX) {
        s->large_bytes += malloc_cost(n);
        rss_check_peak(s);
        return;
    }
    sl_mm_small_add(s, n);
}

void sl_mm_pool_opened(SlSim *s, unsigned c) {
    s->pools[c]++;
    s->pool_bytes += s->ver->mem.pool_size;
    rss_check_peak(s);
}

void sl_mm_pool_closed(SlSim *s, unsigned c) {
    s->pools[c]--;
    s->pool_bytes -= s->ver->mem.pool_size;
}

static void heap_remove(SlSim *s, size_t n) {
    if (n == 0 || n > SMALL_MAX) {
        s->large_bytes -= malloc_cost(n);
        return;
    }
    sl_mm_small_remove(s, n);
}

static void trace_add(SlSim *s, int64_t n) {
    s->traced += n;
    s->ntraces++;
    if (s->traced > s->peak) s->peak = s->traced;
}

static void trace_remove(SlSim *s, int64_t n) {
    s->traced -= n;
    s->ntraces--;
}

/* ---- trace records (snapshots) ---- */

static uintptr_t trace_key(SlObject *owner, unsigned bit) {
    return (uintptr_t)owner | (bit == SL_SIM_MAIN ? 2 : bit == SL_SIM_AUX ? 4 : 8);
}

static size_t hash_key(uintptr_t k) {   /* splitmix64's finalizer: all bits matter */
    uint64_t x = (uint64_t)k;
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBull;
    x ^= x >> 31;
    return (size_t)x;
}

static TraceRec *trace_find(Traces *t, uintptr_t key) {
    if (!t->cap) return NULL;
    size_t mask = t->cap - 1;
    for (size_t i = hash_key(key) & mask;; i = (i + 1) & mask) {
        if (t->recs[i].key == key) return &t->recs[i];
        if (t->recs[i].key == 0) return NULL;
    }
}

static bool trace_grow(Traces *t) {
    size_t nc = t->cap ? t->cap * 2 : 1024;
    if (t->live * 4 < t->cap) nc = t->cap;   /* mostly deleted slots: rehash in place */
    TraceRec *nr = calloc(nc, sizeof(TraceRec));
    if (!nr) return false;
    for (size_t i = 0; i < t->cap; i++) {
        TraceRec *r = &t->recs[i];
        if (r->key <= 1) continue;
        size_t j = hash_key(r->key) & (nc - 1);
        while (nr[j].key) j = (j + 1) & (nc - 1);
        nr[j] = *r;
    }
    free(t->recs);
    t->recs = nr;
    t->cap = nc;
    t->used = t->live;
    return true;
}

static size_t site_hash(const SiteFrame *fr, size_t n) {
    size_t h = n;
    for (size_t i = 0; i < n; i++) h = (h ^ (size_t)(uintptr_t)fr[i].code ^ fr[i].lasti) * 0x100000001B3ull;
    return h;
}

/* The allocation site: the running Python frames, most recent first. */
static uint32_t current_site(SlVM *vm, int nframe) {
    Traces *t = &vm->sim->tr;
    SiteFrame fr[16];
    int n = 0;
    if (nframe > 16) nframe = 16;
    for (SlFrame *f = vm->frame; f && n < nframe; f = f->back) {
        fr[n].code = f->code;
        fr[n].lasti = f->lasti;
        n++;
    }
    size_t h = site_hash(fr, (size_t)n);
    if (t->nsites * 2 >= t->site_cap) {   /* rebuild the site hash bigger */
        size_t nc = t->site_cap ? t->site_cap * 2 : 256;
        uint32_t *ni = calloc(nc, sizeof(uint32_t));
        if (!ni) return 0;
        for (size_t s = 0; s < t->nsites; s++) {
            Site *st = &t->sites[s];
            size_t j = site_hash(st->n ? &t->frames[st->first] : NULL, st->n) & (nc - 1);
            while (ni[j]) j = (j + 1) & (nc - 1);
            ni[j] = (uint32_t)s + 1;
        }
        free(t->site_index);
        t->site_index = ni;
        t->site_cap = nc;
    }
    size_t mask = t->site_cap - 1;
    size_t j = h & mask;
    for (; t->site_index[j]; j = (j + 1) & mask) {
        Site *st = &t->sites[t->site_index[j] - 1];
        if (st->n != (uint32_t)n) continue;
        bool same = true;
        for (int i = 0; i < n && same; i++)
            same = t->frames[st->first + i].code == fr[i].code && t->frames[st->first + i].lasti == fr[i].lasti;
        if (same) return t->site_index[j] - 1;
    }
    if (t->nsites == t->capsites) {
        size_t nc = t->capsites ? t->capsites * 2 : 256;
        Site *ns = realloc(t->sites, nc * sizeof(Site));
        if (!ns) return 0;
        t->sites = ns;
        t->capsites = nc;
    }
    while (t->nframes + (size_t)n > t->capframes) {
        size_t nc = t->capframes ? t->capframes * 2 : 512;
        SiteFrame *nf = realloc(t->frames, nc * sizeof(SiteFrame));
        if (!nf) return 0;
        t->frames = nf;
        t->capframes = nc;
    }
    Site *st = &t->sites[t->nsites];
    st->first = (uint32_t)t->nframes;
    st->n = (uint32_t)n;
    for (int i = 0; i < n; i++) {
        sl_incref(SL_OBJ(fr[i].code));
        t->frames[t->nframes++] = fr[i];
    }
    t->site_index[j] = (uint32_t)t->nsites + 1;
    return (uint32_t)t->nsites++;
}

static unsigned bit_index(unsigned bit) { return bit == SL_SIM_MAIN ? 0 : bit == SL_SIM_AUX ? 1 : 2; }

static void trace_record_at(SlVM *vm, SlObject *owner, unsigned bit, size_t n, uint32_t site) {
    Traces *t = &vm->sim->tr;
    uint32_t *slot = sl_mem_trace_slot(owner, true);
    if (slot) {
        unsigned b = bit_index(bit);
        if (!slot[2 * b]) t->side_live++;
        slot[2 * b] = site + 1;
        slot[2 * b + 1] = (uint32_t)n;
        return;
    }
    uintptr_t key = trace_key(owner, bit);
    if ((t->used + 1) * 2 > t->cap && !trace_grow(t)) return;
    size_t mask = t->cap - 1, i = hash_key(key) & mask;
    while (t->recs[i].key > 1 && t->recs[i].key != key) i = (i + 1) & mask;
    if (t->recs[i].key != key) {
        if (t->recs[i].key == 0) t->used++;
        t->live++;
    }
    t->recs[i].key = key;
    t->recs[i].size = (uint32_t)n;
    t->recs[i].site = site;
}

static void trace_record(SlVM *vm, SlObject *owner, unsigned bit, size_t n) {
    trace_record_at(vm, owner, bit, n, current_site(vm, vm->sim->nframe));
}

/* Forget owner's trace for one block, giving back its site + 1 (0: none)
 * and its size. */
static uint32_t trace_take_sized(SlSim *s, SlObject *owner, unsigned bit, uint32_t *size) {
    uint32_t *slot = sl_mem_trace_slot(owner, false);
    unsigned b = bit_index(bit);
    if (slot && slot[2 * b]) {
        uint32_t site = slot[2 * b];
        *size = slot[2 * b + 1];
        slot[2 * b] = 0;
        s->tr.side_live--;
        return site;
    }
    TraceRec *r = trace_find(&s->tr, trace_key(owner, bit));
    if (!r) return 0;
    r->key = 1;
    s->tr.live--;
    *size = r->size;
    return r->site + 1;
}

static uint32_t trace_take(SlSim *s, SlObject *owner, unsigned bit) {
    uint32_t size;
    return trace_take_sized(s, owner, bit, &size);
}

static void trace_forget(SlSim *s, SlObject *owner, unsigned bit) { (void)trace_take(s, owner, bit); }

static void traces_clear(SlVM *vm) {
    Traces *t = &vm->sim->tr;
    sl_mem_trace_clear(vm->mem);
    for (size_t i = 0; i < t->nframes; i++) sl_decref(vm, SL_OBJ(t->frames[i].code));
    free(t->recs);
    free(t->sites);
    free(t->frames);
    free(t->site_index);
    memset(t, 0, sizeof *t);
}

/* Allocate a block of n bytes for owner (bit says which of its blocks). */
static void block_alloc(SlSim *s, SlObject *owner, unsigned bit, size_t n) {
    heap_add(s, n);
    if (s->hot.tracing) {
        trace_add(s, (int64_t)n);
        owner->sim |= bit;
        trace_record(s->vm, owner, bit, n);
    }
}

static void block_free(SlSim *s, SlObject *owner, unsigned bit, size_t n) {
    heap_remove(s, n);
    if (owner->sim & bit) {
        trace_remove(s, (int64_t)n);
        owner->sim &= ~bit;
        trace_forget(s, owner, bit);
    }
}

/* The same block now belongs to `to` (as its block `bit`): its trace,
 * allocation site included, goes along. */
static void block_move(SlSim *s, SlObject *from, SlObject *to, unsigned bit) {
    if (!(from->sim & bit)) return;
    from->sim &= (uint8_t)~bit;
    to->sim |= (uint8_t)bit;
    uint32_t size, site = trace_take_sized(s, from, bit, &size);
    if (site) trace_record_at(s->vm, to, bit, size, site - 1);
}

void sl_mm_block(SlVM *vm, SlObject *owner, unsigned bit, size_t old_size, size_t new_size) {
    SlSim *s = sim(vm);
    if (!s || old_size == new_size || !(owner->sim & SL_SIM_BORN)) return;
    if (old_size && new_size) {   /* realloc: the trace is replaced by the new size */
        heap_remove(s, old_size);
        heap_add(s, new_size);
        if (owner->sim & bit) {
            s->traced += (int64_t)new_size - (int64_t)old_size;
            if (s->traced > s->peak) s->peak = s->traced;
            trace_record(vm, owner, bit, new_size);
        } else if (s->hot.tracing) {
            trace_add(s, (int64_t)new_size);
            owner->sim |= bit;
            trace_record(vm, owner, bit, new_size);
        }
        return;
    }
    if (old_size) block_free(s, owner, bit, old_size);
    if (new_size) block_alloc(s, owner, bit, new_size);
}

/* ---- free lists -------------------------------------------------------------------------- */

/* Park a dying block on a free list: the memory stays allocated (and traced). */
static bool freelist_push(SlSim *s, int which, SlObject *o, unsigned bit) {
    FreeList *f = &s->fl[which];
    if (f->n >= f->max) return false;
    /* parked: still counted, no longer anyone's */
    f->site[f->n++] = (o->sim & bit) ? trace_take(s, o, bit) : 0;
    o->sim &= ~bit;
    return true;
}

/* Take a block from a free list: no new allocation; the object inherits
 * the parked block's traced state. */
static bool freelist_pop(SlSim *s, int which, SlObject *o, unsigned bit) {
    FreeList *f = &s->fl[which];
    if (f->n == 0) return false;
    uint32_t site = f->site[--f->n];
    if (site) {
        o->sim |= bit;
        trace_record_at(s->vm, o, bit, f->size, site - 1);
    }
    return true;
}

/* A dict's key table changed from old to new bytes (0: none).  Minimal
 * tables (8 slots; 3.11+ only str-keyed ones) go through CPython's keys
 * free list. */
void sl_mm_dict_keys(SlVM *vm, SlObject *d, size_t old_size, size_t new_size) {
    SlSim *s = sim(vm);
    if (!s || old_size == new_size || !(d->sim & SL_SIM_BORN)) return;
    size_t minimal = s->fl[FL_KEYS].size;
    /* CPython makes the new table before freeing the old one */
    unsigned traced_old = d->sim & SL_SIM_AUX;
    uint32_t old_site = traced_old ? trace_take(s, d, SL_SIM_AUX) : 0;
    d->sim &= (uint8_t)~SL_SIM_AUX;
    if (new_size && !(new_size == minimal && freelist_pop(s, FL_KEYS, d, SL_SIM_AUX)))
        block_alloc(s, d, SL_SIM_AUX, new_size);
    if (old_size) {
        FreeList *f = &s->fl[FL_KEYS];
        if (old_size == minimal && f->n < f->max) {
            f->site[f->n++] = traced_old ? (old_site ? old_site : current_site(vm, s->nframe) + 1) : 0;
        } else {
            heap_remove(s, old_size);
            if (traced_old) trace_remove(s, (int64_t)old_size);
        }
    }
}

unsigned sl_mm_temp_tuple(SlVM *vm, size_t n) {
    SlSim *s = sim(vm);
    if (!s || n == 0) return 0;
    if (n < 20) {
        FreeList *f = &s->fl[FL_TUPLE1 + n - 1];
        if (f->n) return 2u | (f->site[--f->n] != 0);
    }
    size_t size = 24 + 8 * n + s->ver->mem.gc_header;
    heap_add(s, size);
    if (!s->hot.tracing) return 2;
    trace_add(s, (int64_t)size);
    return 3;
}

void sl_mm_temp_tuple_done(SlVM *vm, size_t n, unsigned token) {
    SlSim *s = sim(vm);
    if (!s || !(token & 2)) return;
    if (n < 20) {
        FreeList *f = &s->fl[FL_TUPLE1 + n - 1];
        if (f->n < f->max) {
            f->site[f->n++] = (token & 1) && s->hot.tracing ? current_site(vm, s->nframe) + 1 : 0;
            return;
        }
    }
    size_t size = 24 + 8 * n + s->ver->mem.gc_header;
    heap_remove(s, size);
    if ((token & 1) && s->hot.tracing) trace_remove(s, (int64_t)size);
}

void sl_mm_clear_freelists(SlVM *vm) {
    SlSim *s = sim(vm);
    if (!s) return;
    for (int i = 0; i < FL_COUNT; i++) {
        FreeList *f = &s->fl[i];
        for (uint32_t k = 0; k < f->n; k++) {
            heap_remove(s, f->size);
            if (f->site[k]) trace_remove(s, (int64_t)f->size);
        }
        f->n = 0;
    }
}

/* ---- sizes --------------------------------------------------------------------------------- */

static unsigned ix_width(unsigned log2) {
    return log2 <= 7 ? 1 : log2 <= 15 ? 2 : log2 <= 31 ? 4 : 8;
}

static size_t usable_of(unsigned log2) { return (((size_t)1 << log2) << 1) / 3; }

size_t sl_mm_keys_size(const SlPyVersion *ver, unsigned log2, bool unicode) {
    size_t entry = (unicode && ver->mem.dict_str_entries16) ? 16 : 24;
    return ver->mem.dictkeys_header + ((size_t)1 << log2) * ix_width(log2) + usable_of(log2) * entry;
}

/* 3.11/3.12 values array (new_values): prefix bytes, then the values */
static size_t values_size(const SlPyVersion *ver, unsigned cap) {
    if (ver->mem.attr_storage == SL_ATTRS_SPLIT_DICT) return 8 * (size_t)cap;   /* ma_values */
    if (ver->mem.attr_storage == SL_ATTRS_INLINE)   /* 3.13: header, values, order bytes */
        return 8 + 8 * (size_t)cap + (((size_t)cap + 7) & ~(size_t)7);
    return ((((size_t)cap + 2) + 7) & ~(size_t)7) + 8 * (size_t)cap;
}

/* The built-in type whose C layout an object has. */
static SlType *static_base(SlType *t) {
    while (t->flags & SL_TPFLAGS_HEAPTYPE) t = t->base;
    return t;
}

static size_t long_ndigits(const SlPyVersion *ver, SlObject *o) {
    int64_t n = ((SlLong *)o)->size;
    if (n < 0) n = -n;
    if (n == 0 && ver->mem.zero_has_digit) n = 1;
    return (size_t)n;
}

/* CPython's size of a str's characters: kind and length */
static size_t str_data_size(SlObject *o) {
    SlStr *st = (SlStr *)o;
    unsigned kind = SL_STR_KIND(st);
    if (!kind) kind = 1;
    return (st->length + 1) * kind;
}

/* The UTF-8 form a non-ASCII str caches once some API asked for it (a
 * block of its own in CPython: counted by __sizeof__, not in the object). */
static size_t str_utf8_cache(SlObject *o) {
    SlStr *st = (SlStr *)o;
    return (st->ob.flags16 & SL_STR_UTF8_CACHED) ? st->size + 1 : 0;
}

static size_t str_sizeof(const SlPyVersion *ver, SlObject *o, const SlLayout *l) {
    SlStr *st = (SlStr *)o;
    if (o->type != &sl_str_type)   /* a subclass instance is never compact: PyUnicodeObject */
        return (size_t)sl_layout_of(ver, &sl_str_type)->basicsize + str_data_size(o);
    if (st->ob.flags16 & SL_STR_ASCII) return ver->mem.str_ascii_header + st->length + 1;
    size_t n = ver->mem.str_compact_header + str_data_size(o) + str_utf8_cache(o);
    /* 3.12+: the one-character Latin-1 strings keep their UTF-8 form too */
    if (st->length == 1 && SL_STR_KIND(st) == 1 && ver->mem.str_ascii_header == 40) n += st->size + 1;
    return n;
}

/* The __sizeof__ of an object of a built-in layout (also for instances of
 * classes derived from it, with l = the class's layout). */
static size_t builtin_sizeof(SlVM *vm, SlObject *o, const SlLayout *l) {
    const SlPyVersion *ver = vm->ver;
    SlType *sb = static_base(o->type);
    if (sb == &sl_int_type || sb == &sl_bool_type)
        return 24 + 4 * long_ndigits(ver, o);
    if (sb == &sl_str_type) return str_sizeof(ver, o, l);
    if (sb == &sl_bytes_type) return (size_t)l->basicsize + ((SlBytes *)o)->size;
    if (sb == &sl_tuple_type) return (size_t)l->basicsize + 8 * ((SlTuple *)o)->size;
    if (sb == &sl_list_type) return (size_t)l->basicsize + 8 * ((SlList *)o)->allocated;
    if (sb == &sl_bytearray_type) return (size_t)l->basicsize + ((SlByteArray *)o)->allocated;
    /* array.array: array_sizeof, basicsize + allocated * itemsize */
    if (sb == &sl_array_type) return (size_t)l->basicsize + sl_array_buffer_bytes(o);
    if (sb == &sl_set_type || sb == &sl_frozenset_type) {
        SlSet *st = (SlSet *)o;
        return (size_t)l->basicsize + (st->table != st->smalltable ? 16 * (st->mask + 1) : 0);
    }
    if (sb == &sl_dict_type) return (size_t)l->basicsize;   /* + tables: see dict_sizeof */
    return (size_t)l->basicsize;
}

/* ---- object lifetimes ------------------------------------------------------------------------ */

static bool born_late_uncached(SlType *t) {
    SlType *sb = static_base(t);
    return t == &sl_dict_type || sb == &sl_str_type || sb == &sl_bytes_type || sb == &sl_tuple_type ||
           sb == &sl_int_type || sb == &sl_bool_type;
}

bool sl_mm_born_late(SlType *t) {
    SlTypeModel *m = t->layout ? t->layout : sl_type_model(t);
    if (!m) return born_late_uncached(t);
    if (m->born_late < 0) m->born_late = born_late_uncached(t);
    return m->born_late;
}

/* An exact int's block: the digits in use, those allocated beyond them,
 * and 3.11+'s digit for zero (ints are made by the million: no lookups). */
static inline size_t int_block(const SlPyVersion *ver, SlObject *o) {
    return sl_mm_int_size(long_ndigits(ver, o), o->flags16 & SL_LONG_EXTRA_MASK);
}

/* An exact str's main block (its UTF-8 form, when cached, is a block of
 * its own): strs too are made by the million, so no layout lookups. */
static inline size_t str_block(const SlPyVersion *ver, SlObject *o) {
    return str_sizeof(ver, o, NULL) - str_utf8_cache(o);
}

/* The request size of the object's main block. */
static size_t main_size(SlVM *vm, SlObject *o) {
    const SlLayout *l = sl_layout_of(vm->ver, o->type);
    SlType *sb = static_base(o->type);
    size_t n;
    if (sb == &sl_int_type || sb == &sl_bool_type) {
        n = (o->type->flags & SL_TPFLAGS_HEAPTYPE)
                ? (size_t)l->basicsize + 4 * (long_ndigits(vm->ver, o) + 1)
                : int_block(vm->ver, o);
    } else if (sb == &sl_str_type && o->type != &sl_str_type) {
        n = (size_t)l->basicsize;   /* the characters are a second block (not modelled yet) */
    } else if (sb == &sl_str_type) {
        n = str_block(vm->ver, o);   /* the UTF-8 cache is its own block */
    } else if (sb == &sl_list_type || sb == &sl_bytearray_type || sb == &sl_set_type ||
               sb == &sl_frozenset_type || sb == &sl_dict_type || sb == &sl_array_type) {
        n = (size_t)l->basicsize;   /* their tables (array: its items) are private blocks */
    } else if (sb == &sl_tuple_type && (o->type->flags & SL_TPFLAGS_HEAPTYPE)) {
        n = (size_t)l->basicsize + 8 * (((SlTuple *)o)->size + 1);
    } else {
        n = builtin_sizeof(vm, o, l);
    }
    if (o->type->flags & SL_TPFLAGS_HEAPTYPE) n = (n + 7) & ~(size_t)7;   /* _PyObject_VAR_SIZE */
    return n + sl_layout_front(l);
}

/* The request size of the main block of every object of type t, when it
 * does not depend on the object (cached per type and version); 0 if it does. */
static size_t fixed_main_size(SlVM *vm, SlType *t) {
    SlTypeModel *m = t->layout ? t->layout : sl_type_model(t);
    if (!m) return 0;
    int vi = (int)(vm->ver - sl_py_versions);
    uint32_t c = m->main_size[vi];
    if (c) return c == UINT32_MAX ? 0 : c;
    const SlLayout *l = sl_layout_of(vm->ver, t);
    SlType *sb = static_base(t);
    bool varies = sl_mm_born_late(t) || (l->flags & SL_CPY_INLINE_VALUES) || sb == &sl_str_type ||
                  sb == &sl_tuple_type || sb == &sl_bytes_type || sb == &sl_int_type ||
                  sb == &sl_bool_type;
    if (varies) {
        m->main_size[vi] = UINT32_MAX;
        return 0;
    }
    size_t n = (size_t)l->basicsize;
    if (t->flags & SL_TPFLAGS_HEAPTYPE) n = (n + 7) & ~(size_t)7;
    n += sl_layout_front(l);
    m->main_size[vi] = (uint32_t)n;
    return n;
}

size_t sl_mm_main_size(SlVM *vm, SlObject *o) { return sim(vm) ? main_size(vm, o) : 0; }

void sl_mm_str_utf8(SlVM *vm, SlValue v) {
    if (!SL_IS_OBJ(v) || SL_AS_OBJ(v)->type != &sl_str_type) return;
    SlStr *st = SL_STR(v);
    if ((st->ob.flags16 & (SL_STR_ASCII | SL_STR_UTF8_CACHED)) || st->ob.refcnt >= SL_IMMORTAL) return;
    st->ob.flags16 |= SL_STR_UTF8_CACHED;
    if (sim(vm) && (st->ob.sim & SL_SIM_BORN)) block_alloc(vm->sim, &st->ob, SL_SIM_AUX, st->size + 1);
}

size_t sl_mm_alloc_size(SlVM *vm, SlType *t, size_t real_size) {
    /* exact ints and strs first, without layout lookups: they come by the million */
    if (t == &sl_int_type) return (24 + (real_size - sizeof(SlLong)) + 7) & ~(size_t)7;
    if (t == &sl_str_type) {
        size_t len = real_size > sizeof(SlStr) ? real_size - sizeof(SlStr) - 1 : 0;
        return (vm->ver->mem.str_ascii_header + len + 1 + 7) & ~(size_t)7;
    }
    size_t fixed = fixed_main_size(vm, t);
    if (fixed) return fixed;
    const SlPyVersion *ver = vm->ver;
    const SlLayout *l = sl_layout_of(ver, t);
    SlType *sb = static_base(t);
    size_t front = sl_layout_front(l), n;
    /* the contents are not known yet: estimate from slotlab's block size */
    if (sb == &sl_tuple_type) {
        n = (size_t)l->basicsize + (real_size - sb->basicsize) / 8 * 8;
    } else if (sb == &sl_str_type) {
        n = (size_t)l->basicsize;   /* a str subclass: its characters are a block of their own */
    } else if (sb == &sl_bytes_type) {
        n = (size_t)l->basicsize + (real_size > sizeof(SlBytes) ? real_size - sizeof(SlBytes) : 0);
    } else if (sb == &sl_int_type || sb == &sl_bool_type) {
        n = 24 + (real_size - sizeof(SlLong));
    } else {
        n = (size_t)l->basicsize;
        if (l->flags & SL_CPY_INLINE_VALUES) {   /* 3.13: the values come with the instance */
            SlSharedKeys *k = class_keys(t);
            if (k) n += values_size(ver, (unsigned)key_capacity(k));
        }
    }
    return ((n + 7) & ~(size_t)7) + front;
}

void sl_mm_main_resize(SlVM *vm, SlObject *o, size_t old_main) {
    if (sim(vm)) sl_mm_block(vm, o, SL_SIM_MAIN, old_main, main_size(vm, o));
}

static int freelist_of(SlVM *vm, SlObject *o) {
    SlType *t = o->type;
    if (t->flags & SL_TPFLAGS_HEAPTYPE) return -1;
    if (t == &sl_dict_type) return FL_DICT;
    if (t == &sl_list_type) return FL_LIST;
    if (t == &sl_float_type) return FL_FLOAT;
    if (t == &sl_tuple_type) {
        size_t n = ((SlTuple *)o)->size;
        if (n >= 1 && n < 20) return FL_TUPLE1 + (int)n - 1;
    }
    (void)vm;
    return -1;
}

void sl_mm_born_int(SlVM *vm, SlObject *o) {
    SlSim *s = sim(vm);
    if (!s) return;
    o->sim |= SL_SIM_BORN;
    block_alloc(s, o, SL_SIM_MAIN, int_block(vm->ver, o));
}

void sl_mm_born(SlVM *vm, SlObject *o) {
    SlSim *s = sim(vm);
    if (!s || (o->sim & SL_SIM_BORN)) return;
    o->sim |= SL_SIM_BORN;
    if (o->type == &sl_int_type) {
        block_alloc(s, o, SL_SIM_MAIN, int_block(vm->ver, o));
        return;
    }
    if (o->type == &sl_str_type) {
        block_alloc(s, o, SL_SIM_MAIN, str_block(vm->ver, o));
        return;
    }
    int fl = freelist_of(vm, o);
    if (fl >= 0 && freelist_pop(s, fl, o, SL_SIM_MAIN)) return;
    size_t n = fixed_main_size(vm, o->type);
    block_alloc(s, o, SL_SIM_MAIN, n ? n : main_size(vm, o));
}

void sl_mm_died(SlVM *vm, SlObject *o) {
    SlSim *s = sim(vm);
    if (!s || !(o->sim & SL_SIM_BORN)) return;
    if (o->type == &sl_int_type) {
        block_free(s, o, SL_SIM_MAIN, int_block(vm->ver, o));
        o->sim = 0;
        return;
    }
    if (o->type == &sl_str_type) {
        if (str_utf8_cache(o)) block_free(s, o, SL_SIM_AUX, str_utf8_cache(o));
        block_free(s, o, SL_SIM_MAIN, str_block(vm->ver, o));
        o->sim = 0;
        return;
    }
    int fl = freelist_of(vm, o);
    if (fl >= 0 && freelist_push(s, fl, o, SL_SIM_MAIN)) {
        o->sim = 0;
        return;
    }
    size_t n = fixed_main_size(vm, o->type);
    if (o->type == &sl_str_type && str_utf8_cache(o)) block_free(s, o, SL_SIM_AUX, str_utf8_cache(o));
    block_free(s, o, SL_SIM_MAIN, n ? n : main_size(vm, o));
    o->sim = 0;
}

/* ---- tracemalloc ------------------------------------------------------------------------------ */

static void clear_bits(SlObject *o, void *arg) {
    (void)arg;
    o->sim &= (uint8_t)~(SL_SIM_MAIN | SL_SIM_AUX | SL_SIM_AUX2);
}

static void forget_traces(SlVM *vm) {
    SlSim *s = vm->sim;
    traces_clear(vm);
    sl_mem_walk(vm->mem, clear_bits, NULL);
    for (int i = 0; i < FL_COUNT; i++) memset(s->fl[i].site, 0, s->fl[i].max * sizeof(uint32_t));
    s->traced = s->peak = 0;
    s->ntraces = 0;
}

void sl_mm_trace_start(SlVM *vm, int nframe) {
    SlSim *s = sim(vm);
    if (!s) return;
    s->nframe = nframe;
    if (s->hot.tracing) return;
    forget_traces(vm);
    s->hot.tracing = true;
}

int sl_mm_trace_limit(SlVM *vm) { return sim(vm) ? vm->sim->nframe : 1; }

void sl_mm_trace_stop(SlVM *vm) {
    SlSim *s = sim(vm);
    if (!s || !s->hot.tracing) return;
    forget_traces(vm);
    s->hot.tracing = false;
}

bool sl_mm_tracing(SlVM *vm) { return sim(vm) && vm->sim->hot.tracing; }

void sl_mm_trace_clear(SlVM *vm) {
    SlSim *s = sim(vm);
    if (s && s->hot.tracing) forget_traces(vm);
}

void sl_mm_trace_reset_peak(SlVM *vm) {
    SlSim *s = sim(vm);
    if (s) s->peak = s->traced;
}

void sl_mm_traced(SlVM *vm, int64_t *current, int64_t *peak) {
    SlSim *s = sim(vm);
    *current = s && s->hot.tracing ? s->traced : 0;
    *peak = s && s->hot.tracing ? s->peak : 0;
}

/* tracemalloc's own tables: a hash-table entry per trace (about 48 bytes
 * each in CPython's _Py_hashtable) plus the fixed tables. */
int64_t sl_mm_trace_overhead(SlVM *vm) {
    SlSim *s = sim(vm);
    if (!s || !s->hot.tracing) return 0;
    return 3 * 1024 + 48 * s->ntraces;
}

/* A trace's frames as CPython's _tracemalloc gives them: a tuple of
 * (filename, lineno), most recent first. */
static SlValue site_tuple(SlVM *vm, uint32_t site) {
    /* the tuples made here are traced too, which may move the tables:
     * keep indices, not pointers, across allocations */
    Traces *t = &vm->sim->tr;
    uint32_t first = t->sites[site].first, nf = t->sites[site].n;
    SlValue tb = sl_tuple_new(vm, nf ? nf : 1);
    if (!tb) return SL_NULL;
    for (uint32_t i = 0; i < (nf ? nf : 1); i++) {
        SlValue fr = sl_tuple_new(vm, 2);
        if (!fr) {
            sl_decref(vm, tb);
            return SL_NULL;
        }
        if (nf) {
            SiteFrame *f = &t->frames[first + i];
            SL_TUPLE_ITEMS(fr)[0] = sl_incref(f->code->filename);
            SL_TUPLE_ITEMS(fr)[1] = SL_FROM_INT(f->code->positions ? f->code->positions[f->lasti].line : 0);
        } else {
            SL_TUPLE_ITEMS(fr)[0] = sl_str_from_cstr(vm, "<unknown>");
            SL_TUPLE_ITEMS(fr)[1] = SL_FROM_INT(0);
        }
        SL_TUPLE_ITEMS(tb)[i] = fr;
    }
    return tb;
}

typedef struct {
    TraceRec *out;
    size_t n, max;
} SideCopy;

static void copy_side(const uint32_t *slot, void *arg) {
    SideCopy *c = arg;
    for (unsigned b = 0; b < 3; b++)
        if (slot[2 * b] && c->n < c->max)
            c->out[c->n++] = (TraceRec){.key = 2, .size = slot[2 * b + 1], .site = slot[2 * b] - 1};
}

SlValue sl_mm_get_traces(SlVM *vm) {
    SlValue list = sl_list_new(vm, 0);
    if (!list || !sim(vm)) return list;
    /* copy the records first: building the result allocates (and traces) */
    SlSim *s = vm->sim;
    Traces *t = &s->tr;
    size_t n = 0, parked = 0;
    for (int i = 0; i < FL_COUNT; i++) parked += s->fl[i].n;
    TraceRec *copy = malloc((t->live + t->side_live + parked + 1) * sizeof(TraceRec));
    if (!copy) {
        sl_decref(vm, list);
        return sl_raise_nomemory(vm);
    }
    for (size_t i = 0; i < t->cap && n < t->live; i++)
        if (t->recs[i].key > 1) copy[n++] = t->recs[i];
    SideCopy sc = {copy, n, t->live + t->side_live};
    sl_mem_trace_walk(vm->mem, copy_side, &sc);
    n = sc.n;
    for (int i = 0; i < FL_COUNT; i++)   /* blocks parked on free lists are still traced */
        for (uint32_t k = 0; k < s->fl[i].n; k++)
            if (s->fl[i].site[k])
                copy[n++] = (TraceRec){.key = 2, .size = (uint32_t)s->fl[i].size, .site = s->fl[i].site[k] - 1};
    /* CPython builds the snapshot's objects without tracing them */
    bool tracing = s->hot.tracing;
    s->hot.tracing = false;
    SlValue result = list;
    for (size_t i = 0; i < n; i++) {
        TraceRec *r = &copy[i];
        SlValue tb = site_tuple(vm, r->site);
        SlValue tr = tb ? sl_tuple_new(vm, 4) : SL_NULL;
        if (!tr) {
            sl_xdecref(vm, tb);
            result = SL_NULL;
            break;
        }
        SL_TUPLE_ITEMS(tr)[0] = SL_FROM_INT(0);
        SL_TUPLE_ITEMS(tr)[1] = SL_FROM_INT(r->size);
        SL_TUPLE_ITEMS(tr)[2] = tb;
        SL_TUPLE_ITEMS(tr)[3] = SL_FROM_INT(t->sites[r->site].n);
        bool ok = sl_list_append(vm, list, tr);
        sl_decref(vm, tr);
        if (!ok) {
            result = SL_NULL;
            break;
        }
    }
    s->hot.tracing = tracing;
    if (!result) sl_decref(vm, list);
    free(copy);
    return result;
}

SlValue sl_mm_object_traceback(SlVM *vm, SlValue obj) {
    if (!sim(vm) || !vm->sim->hot.tracing || !SL_IS_OBJ(obj)) return sl_incref(SL_NONE);
    uint32_t *slot = sl_mem_trace_slot(SL_AS_OBJ(obj), false);
    if (slot && slot[0]) return site_tuple(vm, slot[0] - 1);
    TraceRec *r = trace_find(&vm->sim->tr, trace_key(SL_AS_OBJ(obj), SL_SIM_MAIN));
    if (!r) return sl_incref(SL_NONE);
    return site_tuple(vm, r->site);
}

int64_t sl_mm_rss(SlVM *vm) {
    SlSim *s = sim(vm);
    if (!s) return 0;
    return (int64_t)s->ver->mem.baseline_rss_kib * 1024 + s->pool_bytes + s->large_bytes;
}

int64_t sl_mm_rss_peak(SlVM *vm) {
    SlSim *s = sim(vm);
    return s ? s->rss_peak : 0;
}

/* ---- instance attributes ------------------------------------------------------------------------ */

static SlSharedKeys *keys_new(SlObject *owner, unsigned log2, int32_t usable) {
    SlSharedKeys *k = calloc(1, sizeof(SlSharedKeys));
    if (!k) return NULL;
    k->log2 = (uint8_t)log2;
    k->usable = usable;
    k->refs = 1;
    k->owner = owner;
    return k;
}

static void keys_release(SlVM *vm, SlSharedKeys *k) {
    if (!k || --k->refs > 0) return;
    if (k->owner) block_free(vm->sim, k->owner, SL_SIM_AUX, k->size);
    for (uint32_t i = 0; i < k->n; i++) sl_decref(vm, k->names[i]);
    free(k->names);
    free(k);
}

static int64_t keys_index(SlSharedKeys *k, SlValue key) {
    for (uint32_t i = 0; i < k->n; i++)
        if (k->names[i] == key || sl_str_eq(k->names[i], key)) return i;
    return -1;
}

static bool keys_append(SlSharedKeys *k, SlValue key) {
    if (k->n == k->cap) {
        uint32_t nc = k->cap ? k->cap * 2 : 8;
        SlValue *nn = realloc(k->names, nc * sizeof(SlValue));
        if (!nn) return false;
        k->names = nn;
        k->cap = nc;
    }
    k->names[k->n++] = sl_incref(key);
    k->usable--;
    return true;
}

static SlSharedKeys *class_keys(SlType *t) {
    SlTypeModel *m = t->layout;
    return m ? m->keys : NULL;
}

/* Does the class keep shared keys in this version?  (CACHED_KEYS) */
static bool has_cached_keys(const SlPyVersion *ver, SlType *t) {
    if (!(t->flags & SL_TPFLAGS_HEAPTYPE)) return false;
    const SlLayout *l = sl_layout_of(ver, t);
    if (ver->mem.attr_storage == SL_ATTRS_SPLIT_DICT) return l->dictoffset != 0;
    return (l->flags & SL_CPY_MANAGED_DICT) != 0;
}

void sl_mm_class_created(SlVM *vm, SlType *t) {
    SlSim *s = sim(vm);
    if (!s || !has_cached_keys(vm->ver, t)) return;
    SlTypeModel *m = sl_type_model(t);
    if (!m) return;
    SlSharedKeys *k;
    if (vm->ver->mem.attr_storage == SL_ATTRS_SPLIT_DICT)
        k = keys_new(&t->ob, 3, (int32_t)usable_of(3));
    else
        k = keys_new(&t->ob, 6, 30);   /* SHARED_KEYS_MAX_SIZE */
    if (!k) return;
    k->size = sl_mm_keys_size(vm->ver, k->log2, true);
    block_alloc(s, &t->ob, SL_SIM_AUX, k->size);
    m->keys = k;
}

void sl_mm_class_dying(SlVM *vm, SlType *t) {
    SlTypeModel *m = t->layout;
    if (!m || !m->keys || !sim(vm)) return;
    SlSharedKeys *k = m->keys;
    m->keys = NULL;
    keys_release(vm, k);
}

/* The model's state of an instance's attributes lives in the record after
 * its dict (sl_dict_am) once slotlab has a dict for it; before that (3.11+,
 * the usual case: CPython has only values) in a few bits of the instance's
 * header (IM_* below), and moves into the dict when slotlab makes one
 * (sl_mm_instance_dict_adopt). */
#define AM(d) sl_dict_am(d)
enum { AM_NONE, AM_SPLIT, AM_COMBINED };   /* SlAttrModel.state */

static size_t key_capacity(const SlSharedKeys *k) {
    return k->n + (size_t)(k->usable > 0 ? k->usable : 0);
}

static void am_values_alloc(SlVM *vm, SlDict *d, unsigned cap) {
    AM(d)->cap = (uint8_t)cap;
    if (AM(d)->inline_values) return;   /* part of the instance's own block */
    block_alloc(vm->sim, &d->ob, SL_SIM_AUX2, values_size(vm->ver, cap));
    AM(d)->values = 1;
    if (vm->ver->mem.attr_storage == SL_ATTRS_SPLIT_DICT && !AM(d)->phantom)
        AM(d)->phantom = sl_mem_phantom_alloc(vm, values_size(vm->ver, cap));
}

static void am_values_free(SlVM *vm, SlDict *d) {
    if (!AM(d)->values) return;
    block_free(vm->sim, &d->ob, SL_SIM_AUX2, values_size(vm->ver, AM(d)->cap));
    AM(d)->values = 0;
    if (AM(d)->phantom) sl_mem_phantom_free(vm, AM(d)->phantom);
    AM(d)->phantom = NULL;
}

/* calculate_log2_keysize: the table size for at least minsize slots.
 * 3.11+ computes it with a bit trick that gives 16 (not 8) below 8. */
unsigned sl_mm_log2_keysize(const SlPyVersion *ver, size_t minsize) {
    if (ver->mem.log2_keysize_bitlength) {
        size_t m = ((minsize | 8) - 1) | 7;
        unsigned l = 0;
        while (m) {
            l++;
            m >>= 1;
        }
        return l;
    }
    unsigned l = 3;
    while (((size_t)1 << l) < minsize) l++;
    return l;
}
#define log2_for(n) sl_mm_log2_keysize(vm->ver, (n))

/* Give the dict its own combined table of 1 << log2 slots, holding the
 * dict's current entries. */
static void am_combined_keys(SlVM *vm, SlDict *d, unsigned log2, bool general) {
    size_t old = AM(d)->state == AM_COMBINED ? sl_mm_keys_size(vm->ver, AM(d)->log2, !AM(d)->general) : 0;
    AM(d)->general = general;
    AM(d)->state = AM_COMBINED;
    AM(d)->log2 = (uint8_t)log2;
    size_t u = usable_of(log2);
    AM(d)->usable = (uint32_t)(u > d->used ? u - d->used : 0);
    sl_mm_block(vm, &d->ob, SL_SIM_AUX, old, sl_mm_keys_size(vm->ver, log2, !general));
}

/* Leave split mode (3.11/3.12 free the values array; 3.13 cannot free
 * inline values). */
static void am_to_combined(SlVM *vm, SlDict *d, unsigned log2, bool general) {
    SlSharedKeys *k = AM(d)->keys;
    am_values_free(vm, d);
    AM(d)->keys = NULL;
    am_combined_keys(vm, d, log2, general);
    if (k) keys_release(vm, k);
}

/* The dict object itself: <=3.10 it exists from the first attribute;
 * 3.11+ only once materialised (obj.__dict__, or a combined table). */
static void am_materialise(SlVM *vm, SlDict *d) {
    if (AM(d)->materialized) return;
    AM(d)->materialized = 1;
    d->ob.sim &= (uint8_t)~SL_SIM_BORN;
    sl_mm_born(vm, &d->ob);
}

bool sl_mm_values_inline(const SlDict *d) {
    const SlAttrModel *am = AM(d);
    return am && am->inline_values && am->state == AM_SPLIT;
}

bool sl_mm_wants_instance_dict(SlVM *vm, SlType *t) {
    if (!sim(vm) || vm->ver->mem.attr_storage == SL_ATTRS_SPLIT_DICT) return false;
    const SlLayout *l = sl_layout_of(vm->ver, t);
    if (!(l->flags & SL_CPY_MANAGED_DICT) || !class_keys(t)) return false;
    /* 3.13 allocates values at creation only with inline values */
    return vm->ver->mem.attr_storage == SL_ATTRS_VALUES || (l->flags & SL_CPY_INLINE_VALUES);
}

void sl_mm_instance_dict_created(SlVM *vm, SlObject *o, SlDict *d, int how) {
    SlSim *s = sim(vm);
    if (!s) return;
    SlType *t = o->type;
    SlSharedKeys *k = class_keys(t);
    if (!k) return;   /* no sharing: an ordinary dict, modelled by dict.c's own tables */
    const SlPyVersion *ver = vm->ver;
    const SlLayout *l = sl_layout_of(ver, t);
    AM(d)->instance = 1;
    AM(d)->state = AM_SPLIT;
    AM(d)->keys = k;
    k->refs++;
    if (ver->mem.attr_storage == SL_ATTRS_SPLIT_DICT) {
        AM(d)->materialized = 1;   /* a real dict object, born with the SlDict */
        am_values_alloc(vm, d, (unsigned)usable_of(k->log2));
        return;
    }
    /* 3.11+: the dict object is not CPython's until materialised */
    if (d->ob.sim & SL_SIM_BORN) {
        d->ob.sim &= (uint8_t)~SL_SIM_BORN;
        block_free(s, &d->ob, SL_SIM_MAIN, main_size(vm, &d->ob));
    }
    /* values made with the instance by object.__new__ (3.11/3.12: any
     * managed dict; 3.13: inline values) shrink the class's usable count;
     * built-in subclasses and 3.13's slots+dict classes make them later */
    bool creation = how == SL_MM_DICT_AT_CREATION;
    if (ver->mem.attr_storage == SL_ATTRS_INLINE && (l->flags & SL_CPY_INLINE_VALUES)) {
        /* 3.13: sized before the creation-time shrink, capacity after it */
        size_t before = key_capacity(k);
        if (k->usable > 1) k->usable--;
        AM(d)->inline_values = 1;
        AM(d)->cap = (uint8_t)key_capacity(k);
        size_t old_main = main_size(vm, o);
        AM(d)->alloc_cap = (uint8_t)before;
        sl_mm_block(vm, o, SL_SIM_MAIN, old_main, old_main + values_size(ver, (unsigned)before));
    } else {
        if (creation && k->usable > 1) k->usable--;
        am_values_alloc(vm, d, (unsigned)key_capacity(k));
    }
    if (!creation || how == SL_MM_DICT_TOUCHED) am_materialise(vm, d);
}

void sl_mm_instance_dict_touched(SlVM *vm, SlObject *o, SlDict *d) {
    (void)o;
    if (sim(vm) && sl_dict_am_instance(d)) am_materialise(vm, d);
}

void sl_mm_attr_added(SlVM *vm, SlDict *d, SlValue key) {
    SlSim *s = sim(vm);
    if (!s || !sl_dict_am_instance(d)) return;
    const SlPyVersion *ver = vm->ver;
    size_t used_before = d->used - 1;   /* dict.c calls us after the insertion */
    /* CPython grows a full table before inserting: GROWTH_RATE = used * 3 */
    bool general = AM(d)->general || !SL_IS_EXACT_STR(key);
    if (AM(d)->state == AM_COMBINED) {
        /* a key that is not a str makes a str-only table general (insertion_resize) */
        if (AM(d)->usable == 0 || general != AM(d)->general)
            am_combined_keys(vm, d, log2_for(used_before * 3), general);
        else AM(d)->usable--;
        return;
    }
    if (AM(d)->state != AM_SPLIT) return;
    if (general) {   /* a split table holds str keys only: insertion_resize */
        if (ver->mem.attr_storage != SL_ATTRS_SPLIT_DICT) am_materialise(vm, d);
        am_to_combined(vm, d, log2_for(used_before * 3), true);
        return;
    }
    SlSharedKeys *k = AM(d)->keys;
    int64_t ix = keys_index(k, key);
    if (ver->mem.attr_storage != SL_ATTRS_SPLIT_DICT) {
        /* 3.11+: any order; a new name needs room in the shared keys */
        if (ix >= 0 && ix < AM(d)->cap) return;
        if (ix < 0 && k->usable > 0 && k->n < AM(d)->cap) {
            keys_append(k, key);
            return;
        }
        am_materialise(vm, d);
        am_to_combined(vm, d, log2_for(used_before * 3), false);
        return;
    }
    /* <=3.10: keys must come in the shared order, and fit */
    if (ix >= 0 && (size_t)ix == used_before) return;
    if (ix < 0 && used_before == k->n && k->usable > 0) {
        keys_append(k, key);
        return;
    }
    SlTypeModel *m = k->owner ? ((SlType *)k->owner)->layout : NULL;
    bool sharing = m && m->keys == k;
    unsigned log2 = log2_for(used_before * 3);
    if (sharing && k->refs == 2) {
        /* only this dict used the class's keys: its new table becomes the
         * class's shared keys (make_keys_shared), in this dict's order */
        block_free(s, k->owner, SL_SIM_AUX, k->size);
        for (uint32_t i = 0; i < k->n; i++) sl_decref(vm, k->names[i]);
        k->n = 0;
        k->log2 = (uint8_t)log2;
        k->usable = (int32_t)usable_of(log2);
        size_t pos = 0;
        SlValue dk, dv;
        while (sl_dict_next(SL_OBJ(d), &pos, &dk, &dv)) keys_append(k, dk);
        k->size = sl_mm_keys_size(ver, log2, true);
        block_alloc(s, k->owner, SL_SIM_AUX, k->size);
        am_values_free(vm, d);
        am_values_alloc(vm, d, (unsigned)usable_of(log2));
        return;
    }
    am_to_combined(vm, d, log2, false);
    if (sharing) {   /* others share the keys: sharing is switched off for the class */
        m->keys = NULL;
        keys_release(vm, k);
    }
}

void sl_mm_attr_deleted(SlVM *vm, SlDict *d) {
    SlSim *s = sim(vm);
    if (!s || !sl_dict_am_instance(d) || AM(d)->state != AM_SPLIT) return;
    if (vm->ver->mem.attr_storage != SL_ATTRS_SPLIT_DICT) return;
    /* <=3.10: deleting from a split dict makes it combined (same table
     * size) and switches sharing off for the class */
    SlSharedKeys *k = AM(d)->keys;
    SlTypeModel *m = k->owner ? ((SlType *)k->owner)->layout : NULL;
    bool sharing = m && m->keys == k;
    am_to_combined(vm, d, k->log2, false);
    if (sharing) {
        m->keys = NULL;
        keys_release(vm, k);
    }
}

/* ---- an instance's attributes while slotlab has no dict for it ---- */

/* SlObject.flags16 bits of an instance the model follows without a dict.
 * Its state is then always the one object.__new__ gave it in 3.11+: split,
 * on its class's shared keys, values allocated, no dict object.  (Bits 0-11
 * are the type's own; instance.c uses this only for classes whose C base
 * is object, which has no other use for them.) */
enum {
    IM_CAP = 0x1f,             /* capacity of the values (<= SHARED_KEYS_MAX_SIZE, 30) */
    IM_ALLOC_PLUS1 = 1u << 5,  /* 3.13: the inline values were sized for IM_CAP + 1 */
    IM_VALUES = 1u << 6,       /* a values array is allocated (the instance's SL_SIM_AUX2) */
    IM_INLINE = 1u << 7,       /* 3.13: the values are part of the instance's block */
    IM_FOLLOWED = 1u << 8,     /* the model follows this instance's attributes */
    IM_ALL = 0x1ff,
};

bool sl_mm_instance_followed(const SlObject *o) { return (o->flags16 & IM_FOLLOWED) != 0; }

void sl_mm_instance_created(SlVM *vm, SlObject *o) {
    SlSim *s = sim(vm);
    if (!s || !sl_mm_wants_instance_dict(vm, o->type)) return;
    SlSharedKeys *k = class_keys(o->type);
    const SlPyVersion *ver = vm->ver;
    const SlLayout *l = sl_layout_of(ver, o->type);
    unsigned f = IM_FOLLOWED;
    /* what sl_mm_instance_dict_created does for a dict made with the instance */
    if (ver->mem.attr_storage == SL_ATTRS_INLINE && (l->flags & SL_CPY_INLINE_VALUES)) {
        size_t before = key_capacity(k);
        if (k->usable > 1) k->usable--;
        size_t cap = key_capacity(k);
        assert(cap <= IM_CAP && before - cap <= 1);
        f |= IM_INLINE | (unsigned)cap | (before != cap ? IM_ALLOC_PLUS1 : 0);
        size_t old_main = main_size(vm, o);
        sl_mm_block(vm, o, SL_SIM_MAIN, old_main, old_main + values_size(ver, (unsigned)before));
    } else {
        if (k->usable > 1) k->usable--;
        size_t cap = key_capacity(k);
        assert(cap <= IM_CAP);
        f |= IM_VALUES | (unsigned)cap;
        block_alloc(s, o, SL_SIM_AUX2, values_size(ver, (unsigned)cap));
    }
    o->flags16 = (uint16_t)((o->flags16 & ~IM_ALL) | f);
}

bool sl_mm_instance_attr_added(SlVM *vm, SlObject *o, SlValue key) {
    if (!sim(vm) || !(o->flags16 & IM_FOLLOWED)) return true;
    /* sl_mm_attr_added's split case, 3.11+ */
    SlSharedKeys *k = class_keys(o->type);
    assert(k);
    unsigned cap = o->flags16 & IM_CAP;
    int64_t ix = keys_index(k, key);
    if (ix >= 0 && ix < cap) return true;
    if (ix < 0 && k->usable > 0 && k->n < cap) {
        keys_append(k, key);
        return true;
    }
    return false;
}

void sl_mm_instance_dict_adopt(SlVM *vm, SlObject *o, SlDict *d) {
    unsigned f = o->flags16;
    if (!(f & IM_FOLLOWED)) return;
    o->flags16 &= (uint16_t)~IM_ALL;
    SlSim *s = sim(vm);
    SlAttrModel *am = AM(d);
    if (!s || !am) return;
    SlSharedKeys *k = class_keys(o->type);
    am->instance = 1;
    am->state = AM_SPLIT;
    am->keys = k;
    k->refs++;
    am->cap = (uint8_t)(f & IM_CAP);
    if (f & IM_INLINE) {
        am->inline_values = 1;
        am->alloc_cap = (uint8_t)(am->cap + ((f & IM_ALLOC_PLUS1) ? 1 : 0));
    }
    if (f & IM_VALUES) {
        am->values = 1;
        block_move(s, o, &d->ob, SL_SIM_AUX2);
    }
}

/* 3.13: the inline values go with the instance's block (sl_mm_instance_dying). */
static void instance_values_dying_inline(SlVM *vm, SlObject *o) {
    unsigned f = o->flags16;
    if (!sim(vm) || !(f & IM_FOLLOWED) || !(f & IM_INLINE)) return;
    size_t m = main_size(vm, o);
    unsigned alloc = (f & IM_CAP) + ((f & IM_ALLOC_PLUS1) ? 1 : 0);
    sl_mm_block(vm, o, SL_SIM_MAIN, m + values_size(vm->ver, alloc), m);
    o->flags16 &= (uint16_t)~IM_INLINE;
}

void sl_mm_instance_values_dying(SlVM *vm, SlObject *o) {
    unsigned f = o->flags16;
    if (!(f & IM_FOLLOWED)) return;
    o->flags16 &= (uint16_t)~IM_ALL;
    /* sl_mm_instance_dict_dying for the dict slotlab never made */
    if (sim(vm) && (f & IM_VALUES)) block_free(vm->sim, o, SL_SIM_AUX2, values_size(vm->ver, f & IM_CAP));
}

void sl_mm_instance_dying(SlVM *vm, SlObject *o, SlDict *d) {
    if (!d) {
        instance_values_dying_inline(vm, o);
        return;
    }
    if (!sim(vm) || !sl_dict_am_instance(d) || !AM(d)->inline_values) return;
    /* 3.13: the inline values go with the instance's block */
    size_t m = main_size(vm, o);
    sl_mm_block(vm, o, SL_SIM_MAIN, m + values_size(vm->ver, AM(d)->alloc_cap), m);
    AM(d)->inline_values = 0;
}

void sl_mm_instance_dict_dying(SlVM *vm, SlDict *d) {
    SlSim *s = sim(vm);
    if (!s || !sl_dict_am_instance(d)) return;
    am_values_free(vm, d);
    if (AM(d)->state == AM_COMBINED)
        block_free(s, &d->ob, SL_SIM_AUX, sl_mm_keys_size(vm->ver, AM(d)->log2, !AM(d)->general));
    if (AM(d)->keys) keys_release(vm, AM(d)->keys);
    AM(d)->keys = NULL;
    AM(d)->instance = 0;
}

/* ---- sys.getsizeof --------------------------------------------------------------------------- */

static size_t dict_sizeof(SlVM *vm, SlDict *d, const SlLayout *l) {
    size_t n = (size_t)l->basicsize;
    if (sl_dict_am_instance(d) && AM(d)->state == AM_SPLIT) {
        SlSharedKeys *k = AM(d)->keys;
        if (vm->ver->mem.attr_storage == SL_ATTRS_SPLIT_DICT) n += 8 * usable_of(k->log2);
        else n += 8 * (size_t)(k->n + (k->usable > 0 ? k->usable : 0));
        if (k->refs == 1) n += k->size;
        return n;
    }
    if (sl_dict_am_instance(d) && AM(d)->state == AM_COMBINED)
        return n + sl_mm_keys_size(vm->ver, AM(d)->log2, !AM(d)->general);
    if (d->log2_size) n += sl_mm_keys_size(vm->ver, d->log2_size, d->unicode);
    return n;
}

int64_t sl_mm_sizeof(SlVM *vm, SlValue v) {
    if (SL_IS_INT(v)) {   /* a tagged int: CPython's int object for that value */
        int64_t x = SL_INT_VAL(v);
        uint64_t m = x < 0 ? (uint64_t)-x : (uint64_t)x;
        size_t d = 0;
        while (m) {
            d++;
            m >>= 30;
        }
        if (d == 0 && vm->ver->mem.zero_has_digit) d = 1;
        return (int64_t)(24 + 4 * d);
    }
    SlObject *o = SL_AS_OBJ(v);
    SlType *t = o->type;
    const SlLayout *l = sl_layout_of(vm->ver, t);
    SlType *sb = static_base(t);
    if (sb == &sl_dict_type) return (int64_t)dict_sizeof(vm, (SlDict *)o, l);
    if (sb == &sl_type_type) {
        SlType *ty = (SlType *)o;
        if (!(ty->flags & SL_TPFLAGS_HEAPTYPE)) return vm->ver->mem.static_type_size;
        SlSharedKeys *k = class_keys(ty);
        return l->basicsize + (int64_t)(k ? k->size : 0);
    }
    if (t->flags & SL_TPFLAGS_HEAPTYPE) {
        if (sb == &sl_object_type) return l->basicsize;   /* object.__sizeof__ */
    }
    return (int64_t)builtin_sizeof(vm, o, l);
}

uint64_t sl_mm_id(SlVM *vm, SlValue v) {
    if (SL_IS_INT(v)) {
        /* small ints live in CPython's static array, 32 bytes apart; any
         * other value gets a stable address of its own */
        int64_t x = SL_INT_VAL(v);
        if (x >= -5 && x <= 256) return 0x7f3c29e0a0c0ull + (uint64_t)(x + 5) * 32;
        return 0x7f3b00000000ull + ((uint64_t)x & 0xffffffffull) * 32;
    }
    SlObject *o = SL_AS_OBJ(v);
    if (!sim(vm)) return (uint64_t)(uintptr_t)o;
    return sl_mem_sim_address(vm, o, sl_layout_front(sl_layout_of(vm->ver, o->type)));
}

int64_t sl_mm_object_sizeof(SlVM *vm, SlValue v) {
    SlType *t = sl_type_of(v);
    const SlLayout *l = sl_layout_of(vm->ver, t);
    if (!l->itemsize) return l->basicsize;
    int64_t n = 0;
    SlType *sb = static_base(t);
    if (SL_IS_INT(v) || sb == &sl_int_type || sb == &sl_bool_type) {
        /* ob_size: the digit count; 3.12+ lv_tag = digits << 3 | sign bits */
        int sign = sl_int_sign(v);
        int64_t d = sign == 0 ? 0 : (int64_t)(sl_mm_sizeof(vm, v) - 24) / 4;
        n = vm->ver->mem.int_lv_tag ? (d << 3) | (sign == 0 ? 1 : sign < 0 ? 2 : 0) : d;
    } else if (sb == &sl_tuple_type) {
        n = (int64_t)((SlTuple *)SL_AS_OBJ(v))->size;
    } else if (sb == &sl_bytes_type) {
        n = (int64_t)((SlBytes *)SL_AS_OBJ(v))->size;
    }
    return l->basicsize + n * l->itemsize;
}

int64_t sl_mm_sizeof_extra(SlVM *vm, SlValue v) {
    SlType *t = sl_type_of(v);
    const SlLayout *l = sl_layout_of(vm->ver, t);
    if (SL_IS_OBJ(v) && static_base(t) == &sl_type_type) {
        SlType *ty = (SlType *)SL_AS_OBJ(v);
        if (!(ty->flags & SL_TPFLAGS_HEAPTYPE))
            return vm->ver->mem.static_type_gc_quirk ? 16 : 0;
    }
    return sl_layout_front(l);
}
