/* memory.c: pools of same-sized blocks for objects, malloc for the rest. */
#include "memory.h"
#include "memmodel.h"

#include <stdlib.h>
#include <string.h>

#include "errors.h"
#include "vm.h"

#define NCLASSES (SL_SMALL_MAX / 16)
#define POOL_BYTES (64 * 1024)

/* A pool holds blocks of one slotlab size class, for objects of one
 * modelled CPython size class (simclass): so a pool's blocks map onto the
 * modelled pymalloc pools in order, which gives id() its CPython-like
 * addresses (sl_mem_sim_address).  Pools are aligned to POOL_BYTES so an
 * object finds its pool by masking its address. */
typedef struct Pool {
    struct Pool *next;
    uint32_t szclass;          /* block size = 16 * szclass */
    uint32_t carved;           /* blocks handed out at least once */
    uint32_t nblocks;
    uint32_t simclass;         /* modelled block size = 16 * simclass (0: not modelled) */
    uint64_t sim_base;         /* modelled address of the first pymalloc pool it maps to */
    uint32_t *traces;          /* while tracemalloc traces: per block SL_MEM_TRACE_WORDS words */
    /* blocks follow, 16-byte aligned */
} Pool;

typedef struct Large {         /* header in front of a large object */
    struct Large *prev, *next;
    size_t size;
    uint64_t sim_addr;         /* modelled address of the CPython object's block */
} Large;

#define SIMCLASSES 33          /* modelled size classes 1..32, 0 = not a pymalloc block */

typedef struct FreeBlock {     /* a free small block: type field stays NULL */
    struct FreeBlock *next;
    void *type_is_null;
} FreeBlock;

/* Pools are carved from big aligned chunks (one aligned allocation per
 * CHUNK_POOLS pools keeps the alignment's waste small). */
#define CHUNK_POOLS 32
typedef struct Chunk {
    struct Chunk *next;
    void *mem;
} Chunk;

struct SlMem {
    Chunk *chunks;
    char *chunk_next, *chunk_end;  /* pools not handed out yet */
    FreeBlock *free[NCLASSES + 1][SIMCLASSES];
    Pool *current[NCLASSES + 1][SIMCLASSES];   /* pool being carved, per class pair */
    uint64_t sim_next;             /* next modelled pymalloc address */
    uint64_t sim_large_next;       /* next modelled malloc address */
    Pool *pools, *pools_last;      /* all pools, oldest first: a walk sees objects
                                    * roughly in allocation order, as CPython's gc lists */
    Large *large;                  /* all large blocks */
    uint8_t last_cls[SIMCLASSES];  /* slotlab size class of the last object of each modelled class */
    size_t in_use;                 /* bytes of live objects and raw blocks */
    size_t limit;
};

SlMem *sl_mem_new(size_t limit_bytes) {
    SlMem *m = calloc(1, sizeof(SlMem));
    if (m) {
        m->limit = limit_bytes;
        /* where CPython's arenas and malloc'ed blocks usually sit on Linux */
        m->sim_next = 0x7f3c2a400000ull;
        m->sim_large_next = 0x55d1c3a00000ull;
    }
    return m;
}

void sl_mem_destroy(SlMem *m) {
    if (!m) return;
    sl_mem_trace_clear(m);
    for (Chunk *c = m->chunks, *n; c; c = n) {
        n = c->next;
        free(c->mem);
        free(c);
    }
    for (Large *l = m->large, *n; l; l = n) {
        n = l->next;
        free(l);
    }
    free(m);
}

size_t sl_mem_in_use(SlMem *m) { return m->in_use; }

size_t sl_mem_limit(SlMem *m) { return m->limit; }
void sl_mem_set_limit(SlMem *m, size_t limit) { m->limit = limit; }

static bool over_limit(SlVM *vm, size_t size) {
    SlMem *m = vm->mem;
    return m->limit && (size > m->limit || m->in_use > m->limit - size);
}

/* How many modelled pymalloc pools a pool of ours spans. */
static uint64_t sim_span(const Pool *p, unsigned sim_pool) {
    uint64_t per = (sim_pool - 48) / (16u * p->simclass);
    return (p->nblocks + per - 1) / per;
}

static void *pool_alloc(SlVM *vm, unsigned cls, unsigned simcls) {
    SlMem *m = vm->mem;
    FreeBlock *b = m->free[cls][simcls];
    if (b) {
        m->free[cls][simcls] = b->next;
        return b;
    }
    Pool *p = m->current[cls][simcls];
    if (!p || p->carved == p->nblocks) {
        if (m->chunk_next == m->chunk_end) {
            Chunk *c = malloc(sizeof *c);
            void *mem = c ? aligned_alloc(POOL_BYTES, (size_t)POOL_BYTES * CHUNK_POOLS) : NULL;
            if (!mem) {
                free(c);
                return NULL;
            }
            c->mem = mem;
            c->next = m->chunks;
            m->chunks = c;
            m->chunk_next = mem;
            m->chunk_end = (char *)mem + (size_t)POOL_BYTES * CHUNK_POOLS;
        }
        p = (Pool *)m->chunk_next;
        m->chunk_next += POOL_BYTES;
        memset(p, 0, sizeof *p);
        p->szclass = cls;
        p->simclass = simcls;
        p->nblocks = (uint32_t)((POOL_BYTES - sizeof(Pool)) / (16u * cls));
        if (simcls) {
            unsigned sim_pool = vm->ver->mem.pool_size;
            p->sim_base = m->sim_next;
            m->sim_next += sim_span(p, sim_pool) * sim_pool;
        }
        if (m->pools_last) m->pools_last->next = p;
        else m->pools = p;
        m->pools_last = p;
        m->current[cls][simcls] = p;
    }
    char *block = (char *)(p + 1) + (size_t)p->carved * 16u * cls;
    p->carved++;
    return block;
}

static Pool *pool_of(const SlObject *o) {
    return (Pool *)((uintptr_t)o & ~(uintptr_t)(POOL_BYTES - 1));
}

/* ---- tracemalloc's records, beside the blocks ----------------------------------------------- */

uint32_t *sl_mem_trace_slot(SlObject *o, bool create) {
    if (!o->szclass || o->refcnt >= SL_IMMORTAL) return NULL;
    Pool *p = pool_of(o);
    if (!p->traces) {
        if (!create) return NULL;
        p->traces = calloc((size_t)p->nblocks * SL_MEM_TRACE_WORDS, sizeof(uint32_t));
        if (!p->traces) return NULL;
    }
    size_t idx = (size_t)((char *)o - (char *)(p + 1)) / (16u * p->szclass);
    return p->traces + idx * SL_MEM_TRACE_WORDS;
}

void sl_mem_trace_walk(SlMem *m, void (*fn)(const uint32_t *slot, void *arg), void *arg) {
    for (Pool *p = m->pools; p; p = p->next) {
        if (!p->traces) continue;
        for (uint32_t i = 0; i < p->carved; i++) fn(p->traces + (size_t)i * SL_MEM_TRACE_WORDS, arg);
    }
}

void sl_mem_trace_clear(SlMem *m) {
    for (Pool *p = m->pools; p; p = p->next) {
        free(p->traces);
        p->traces = NULL;
    }
}

uint64_t sl_mem_sim_address(SlVM *vm, SlObject *o, unsigned front) {
    if (o->refcnt >= SL_IMMORTAL || !vm) return (uint64_t)(uintptr_t)o;
    if (!o->szclass) return ((Large *)o - 1)->sim_addr + front;
    Pool *p = pool_of(o);
    if (!p->simclass) return (uint64_t)(uintptr_t)o;
    unsigned sim_pool = vm->ver->mem.pool_size;
    uint64_t idx = (uint64_t)((char *)o - (char *)(p + 1)) / (16u * p->szclass);
    uint64_t per = (sim_pool - 48) / (16u * p->simclass);
    return p->sim_base + (idx / per) * sim_pool + 48 + (idx % per) * 16u * p->simclass + front;
}

SlObject *sl_obj_alloc(SlVM *vm, SlType *type, size_t size) {
    SlObject *o;
    if (size < sizeof(SlObject)) size = sizeof(SlObject);
    if (!vm) {
        /* runtime start-up: immortal object, plain malloc */
        o = calloc(1, size);
        if (!o) abort();
        o->refcnt = SL_IMMORTAL;
        o->type = type;
        return o;
    }
    if (over_limit(vm, size)) {
        sl_raise_nomemory(vm);
        return NULL;
    }
    size_t rounded = (size + 15) & ~(size_t)15;
    size_t sim = vm->sim ? sl_mm_alloc_size(vm, type, size) : 0;
    unsigned simcls = sim && sim <= SL_SMALL_MAX ? (unsigned)((sim + 15) / 16) : 0;
    if (rounded <= SL_SMALL_MAX) {
        unsigned cls = (unsigned)(rounded / 16);
        vm->mem->last_cls[simcls] = (uint8_t)cls;
        o = pool_alloc(vm, cls, simcls);
        if (!o) {
            sl_raise_nomemory(vm);
            return NULL;
        }
        memset(o, 0, rounded);
        o->szclass = (uint8_t)cls;
        vm->mem->in_use += rounded;
    } else {
        Large *l = calloc(1, sizeof(Large) + size);
        if (!l) {
            sl_raise_nomemory(vm);
            return NULL;
        }
        l->size = size;
        if (sim > SL_SMALL_MAX) {   /* glibc: a chunk of round16(n + 8) */
            l->sim_addr = vm->mem->sim_large_next;
            vm->mem->sim_large_next += (sim + 8 + 15) & ~(size_t)15;
        } else {
            l->sim_addr = (uint64_t)(uintptr_t)(l + 1);
        }
        l->next = vm->mem->large;
        if (l->next) l->next->prev = l;
        vm->mem->large = l;
        o = (SlObject *)(l + 1);
        vm->mem->in_use += size;
    }
    o->refcnt = 1;
    o->type = type;
    if (type->flags & SL_TPFLAGS_HAVE_GC) vm->gc_allocs++;
    if (type->flags & SL_TPFLAGS_HEAPTYPE) sl_incref(SL_OBJ(type));
    if (vm->sim && !sl_mm_born_late(type)) sl_mm_born(vm, o);
    return o;
}

SlObject *sl_obj_alloc_small(SlVM *vm, SlType *type, size_t size, size_t sim) {
    if (over_limit(vm, size)) {
        sl_raise_nomemory(vm);
        return NULL;
    }
    unsigned cls = (unsigned)((size + 15) / 16), simcls = vm->sim ? (unsigned)((sim + 15) / 16) : 0;
    vm->mem->last_cls[simcls] = (uint8_t)cls;
    SlObject *o = pool_alloc(vm, cls, simcls);
    if (!o) {
        sl_raise_nomemory(vm);
        return NULL;
    }
    /* no memset: the caller fills the object (a byte read right after a
     * wide memset store stalls the store forwarding) */
    *o = (SlObject){.refcnt = 1, .szclass = (uint8_t)cls, .type = type};
    vm->mem->in_use += 16u * cls;
    return o;
}

void *sl_mem_phantom_alloc(SlVM *vm, size_t sim) {
    unsigned simcls = (unsigned)((sim + 15) / 16);
    if (!sim || simcls >= SIMCLASSES) return NULL;
    unsigned cls = vm->mem->last_cls[simcls];
    if (!cls) return NULL;
    SlObject *o = pool_alloc(vm, cls, simcls);
    if (!o) return NULL;   /* only id() spacing suffers */
    *o = (SlObject){.refcnt = SL_IMMORTAL - 1, .szclass = (uint8_t)cls, .type = NULL};
    vm->mem->in_use += 16u * cls;
    return o;
}

/* A pool block back on its pool's free list */
static void pool_free(SlMem *m, SlObject *o) {
    unsigned cls = o->szclass, simcls = pool_of(o)->simclass;
    m->in_use -= 16u * cls;
    FreeBlock *b = (FreeBlock *)o;
    b->type_is_null = NULL;
    b->next = m->free[cls][simcls];
    m->free[cls][simcls] = b;
}

void sl_mem_phantom_free(SlVM *vm, void *p) { pool_free(vm->mem, p); }

size_t sl_obj_size(SlObject *o) {
    if (o->szclass) return 16u * o->szclass;
    return ((Large *)o - 1)->size;
}

void sl_obj_free(SlVM *vm, SlObject *o) {
    SlMem *m = vm->mem;
    if (o->refcnt >= SL_IMMORTAL) return; /* start-up objects live forever */
    if (o->sim) sl_mm_died(vm, o);
    if (o->szclass) {
        pool_free(m, o);
    } else {
        Large *l = (Large *)o - 1;
        m->in_use -= l->size;
        if (l->prev) l->prev->next = l->next;
        else m->large = l->next;
        if (l->next) l->next->prev = l->prev;
        free(l);
    }
}

void sl_mem_walk(SlMem *m, void (*fn)(SlObject *o, void *arg), void *arg) {
    for (Pool *p = m->pools; p; p = p->next) {
        size_t bs = 16u * p->szclass;
        char *b = (char *)(p + 1);
        for (uint32_t i = 0; i < p->carved; i++, b += bs) {
            SlObject *o = (SlObject *)b;
            if (o->type) fn(o, arg);
        }
    }
    for (Large *l = m->large; l; l = l->next) fn((SlObject *)(l + 1), arg);
}

void *sl_mem_alloc(SlVM *vm, size_t size) {
    if (!vm) {
        void *p = malloc(size ? size : 1);
        if (!p) abort();
        return p;
    }
    if (over_limit(vm, size)) {
        sl_raise_nomemory(vm);
        return NULL;
    }
    void *p = malloc(size ? size : 1);
    if (!p) {
        sl_raise_nomemory(vm);
        return NULL;
    }
    vm->mem->in_use += size;
    return p;
}

void *sl_mem_realloc(SlVM *vm, void *p, size_t old_size, size_t new_size) {
    if (!vm) {
        void *q = realloc(p, new_size ? new_size : 1);
        if (!q) abort();
        return q;
    }
    if (new_size > old_size && over_limit(vm, new_size - old_size)) {
        sl_raise_nomemory(vm);
        return NULL;
    }
    void *q = realloc(p, new_size ? new_size : 1);
    if (!q) {
        sl_raise_nomemory(vm);
        return NULL;
    }
    vm->mem->in_use = vm->mem->in_use - old_size + new_size;
    return q;
}

void sl_mem_free(SlVM *vm, void *p, size_t size) {
    if (!p) return;
    if (vm) vm->mem->in_use -= size;
    free(p);
}
