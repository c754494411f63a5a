/* layout.h: how CPython lays out an instance of a type, per version.
 *
 * slotlab's own structs are not CPython's, so every type also carries the
 * layout the modelled CPython would give it: tp_basicsize, tp_itemsize,
 * tp_dictoffset, tp_weaklistoffset, tp_flags, and the bytes CPython puts
 * in front of the object (GC header, 3.11+ pre-header).  Built-in types
 * read theirs from cpython_types.h (measured from the real interpreters);
 * classes compute theirs from their base the way typeobject.c does.  The
 * result is cached on the type, one entry per version, so layout(cls) and
 * versions(obj) diagrams are reads of existing data.
 */
#ifndef SL_LAYOUT_H
#define SL_LAYOUT_H

#include "object.h"
#include "pyversion.h"

/* CPython's tp_flags bits that matter for memory. */
enum {
    SL_CPY_INLINE_VALUES = 1u << 2,   /* 3.13 */
    SL_CPY_MANAGED_WEAKREF = 1u << 3, /* 3.12+ */
    SL_CPY_MANAGED_DICT = 1u << 4,    /* 3.11+ */
    SL_CPY_HEAPTYPE = 1u << 9,
    SL_CPY_HAVE_GC = 1u << 14,
};

typedef struct SlLayout {
    int64_t basicsize, itemsize, dictoffset, weaklistoffset;
    uint64_t flags;        /* tp_flags, as type.__flags__ shows them */
    uint16_t gc;           /* GC header bytes in front of the object (0 if not GC) */
    uint16_t pre;          /* pre-header bytes in front of the GC header (3.11+) */
    bool known;            /* a built-in type found in cpython_types.h (or a class) */
    bool computed;
} SlLayout;

/* What the model keeps per type (type->layout points at it). */
typedef struct SlTypeModel {
    SlLayout v[8];              /* per version, indexed like sl_py_versions */
    uint32_t main_size[8];      /* memmodel's cache per version: request size of an
                                 * instance's block when fixed; 0 unknown, UINT32_MAX varies */
    int8_t born_late;           /* memmodel's cache: -1 unknown, else sl_mm_born_late(t) */
    struct SlSharedKeys *keys;  /* the class's shared keys, for vm->ver (memmodel.c) */
} SlTypeModel;

/* The type's model record, created on first use (NULL if out of memory). */
SlTypeModel *sl_type_model(SlType *t);

/* The layout of type t in version ver (cached on the type). */
const SlLayout *sl_layout_compute(const SlPyVersion *ver, SlType *t);
static inline const SlLayout *sl_layout_of(const SlPyVersion *ver, SlType *t) {
    SlTypeModel *m = t->layout;
    if (m) {
        const SlLayout *l = &m->v[ver - sl_py_versions];
        if (l->computed) return l;
    }
    return sl_layout_compute(ver, t);
}

/* Offset of a slot (member descriptor at slotlab offset real_off, declared
 * by class owner) in the modelled CPython instance. */
int64_t sl_layout_member_offset(const SlPyVersion *ver, SlType *owner, uint32_t real_off);

/* Bytes CPython allocates in front of an object of type t: GC + pre-header. */
static inline unsigned sl_layout_front(const SlLayout *l) { return (unsigned)l->gc + l->pre; }

/* Free the cache of a class being destroyed. */
void sl_layout_release(SlType *t);

#endif
