/* layout.c: CPython's instance layout of every type, per version. */
#include "layout.h"

#include <stdlib.h>
#include <string.h>

/* ---- built-in types: measured struct sizes --------------------------------------------- */

typedef struct {
    int64_t basicsize, itemsize, dictoffset, weaklistoffset;
    uint64_t flags;
} CpyRow;

typedef struct {
    const char *name;
    CpyRow v[6];   /* 3.8 ... 3.13, in sl_py_versions order */
} CpyType;

#define SL_CPYTYPE(name, ...) {name, {__VA_ARGS__}},
static const CpyType cpython_types[] = {
#include "cpython_types.h"
};
#undef SL_CPYTYPE

static const CpyType *find_builtin(const char *name) {
    size_t lo = 0, hi = sizeof cpython_types / sizeof cpython_types[0];
    while (lo < hi) {   /* the generated table is sorted by name (C locale) */
        size_t mid = (lo + hi) / 2;
        int c = strcmp(cpython_types[mid].name, name);
        if (c == 0) return &cpython_types[mid];
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

/* ---- the per-type record ---------------------------------------------------------------- */

SlTypeModel *sl_type_model(SlType *t) {
    if (!t->layout) {
        SlTypeModel *m = calloc(1, sizeof(SlTypeModel));
        if (m) m->born_late = -1;
        t->layout = m;
    }
    return t->layout;
}

void sl_layout_release(SlType *t) {
    free(t->layout);   /* the shared keys are released by memmodel first */
    t->layout = NULL;
}

static int version_index(const SlPyVersion *ver) { return (int)(ver - sl_py_versions); }

static void finish(const SlPyVersion *ver, SlLayout *l) {
    l->gc = (l->flags & SL_CPY_HAVE_GC) ? ver->mem.gc_header : 0;
    bool pre = (ver->mem.pre_for_managed_dict && (l->flags & SL_CPY_MANAGED_DICT)) ||
               (ver->mem.pre_for_managed_weakref && (l->flags & SL_CPY_MANAGED_WEAKREF));
    l->pre = pre ? 16 : 0;
    l->computed = true;
}

static void builtin_layout(const SlPyVersion *ver, SlType *t, SlLayout *l) {
    const char *dot = strrchr(t->name, '.');   /* "weakref.ReferenceType" */
    const char *name = dot ? dot + 1 : t->name;
    /* 3.8/3.9 call the weak reference types by their old names */
    if (strcmp(name, "weakref") == 0) name = "ReferenceType";
    else if (strcmp(name, "weakproxy") == 0) name = "ProxyType";
    else if (strcmp(name, "weakcallableproxy") == 0) name = "CallableProxyType";
    const CpyType *ct = find_builtin(name);
    int vi = version_index(ver);
    if (ct && ct->v[vi].basicsize) {
        const CpyRow *r = &ct->v[vi];
        l->basicsize = r->basicsize;
        l->itemsize = r->itemsize;
        l->dictoffset = r->dictoffset;
        l->weaklistoffset = r->weaklistoffset;
        l->flags = r->flags;
        l->known = true;
    } else {   /* a type CPython does not have as such: a plain object */
        l->basicsize = 16;
        l->flags = (t->flags & SL_TPFLAGS_HAVE_GC) ? SL_CPY_HAVE_GC : 0;
    }
}

/* Flags a class inherits from its base (typeobject.c inherit_special):
 * the fast-subclass bits, _Py_TPFLAGS_MATCH_SELF, SEQUENCE/MAPPING and the
 * managed dict/weakref bits. */
#define INHERITED_FLAGS (0xFF000000u | (1u << 22) | (1u << 5) | (1u << 6) | \
                         SL_CPY_MANAGED_DICT | SL_CPY_MANAGED_WEAKREF)

/* A class: start from the best base's layout, add the slots it declares,
 * then the dict and weakref words it adds, as typeobject.c type_new does
 * in that version. */
static void class_layout(const SlPyVersion *ver, SlType *t, SlLayout *l) {
    SlType *b = t->base ? t->base : &sl_object_type;
    const SlLayout *bl = sl_layout_of(ver, b);
    *l = *bl;
    l->known = true;
    bool add_dict = t->dictoffset && t->dictoffset != b->dictoffset;
    bool add_weak = t->weaklistoffset && t->weaklistoffset != b->weaklistoffset;
    int64_t added = (int64_t)t->basicsize - (int64_t)b->basicsize;
    if (add_dict) added -= 8;
    if (add_weak) added -= 8;
    if (added < 0) added = 0;
    int64_t slotoffset = bl->basicsize + added;   /* one 8-byte word per slot */
    l->flags = ver->mem.heap_type_flags | (bl->flags & INHERITED_FLAGS);
    switch (ver->mem.dict_layout) {
    case SL_DICT_IN_OBJECT:
        if (add_dict) {
            l->dictoffset = bl->itemsize ? -8 : slotoffset;
            slotoffset += 8;
        }
        if (add_weak) {
            l->weaklistoffset = slotoffset;
            slotoffset += 8;
        }
        break;
    case SL_DICT_MANAGED_311:
        if (add_weak) {
            l->weaklistoffset = slotoffset;
            slotoffset += 8;
        }
        if (add_dict) {
            if (bl->itemsize) {
                l->dictoffset = -8;
                slotoffset += 8;
            } else {
                l->flags |= SL_CPY_MANAGED_DICT;
                l->dictoffset = -slotoffset - 24;
            }
        }
        break;
    default: /* SL_DICT_MANAGED */
        if (add_weak) {
            l->flags |= SL_CPY_MANAGED_WEAKREF;
            l->weaklistoffset = -32;
        }
        if (add_dict) {
            l->flags |= SL_CPY_MANAGED_DICT;
            l->dictoffset = -1;
        }
        break;
    }
    l->basicsize = slotoffset;
    l->flags &= ~(uint64_t)SL_CPY_INLINE_VALUES;
    if (ver->mem.inline_values && (l->flags & SL_CPY_MANAGED_DICT) && l->itemsize == 0 &&
        l->basicsize == 16)
        l->flags |= SL_CPY_INLINE_VALUES;
}

const SlLayout *sl_layout_compute(const SlPyVersion *ver, SlType *t) {
    static SlLayout fallback;   /* only when out of memory */
    SlTypeModel *m = sl_type_model(t);
    SlLayout *l = m ? &m->v[version_index(ver)] : &fallback;
    if (l->computed) return l;
    memset(l, 0, sizeof *l);
    if (t->flags & SL_TPFLAGS_HEAPTYPE) class_layout(ver, t, l);
    else builtin_layout(ver, t, l);
    finish(ver, l);
    return l;
}

int64_t sl_layout_member_offset(const SlPyVersion *ver, SlType *owner, uint32_t real_off) {
    SlType *b = owner->base ? owner->base : &sl_object_type;
    const SlLayout *bl = sl_layout_of(ver, b);
    return bl->basicsize + ((int64_t)real_off - (int64_t)b->basicsize);
}
