/* type.c: `type` and `object`, class creation (MRO, layout, __slots__),
 * attribute lookup along the MRO with a cache, the slot wrappers that make
 * C slots visible as dunder methods, the slot functions that make a
 * class's dunder methods drive the C slots, and super().
 *
 * The structure follows CPython's Objects/typeobject.c, because lessons
 * about __slots__ depend on its exact rules. */
#include "type.h"
#include "gc.h"
#include "layout.h"
#include "memmodel.h"
#include "mod_memory.h"
#include "mappingproxy.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "complex.h"
#include "dict.h"
#include "errors.h"
#include "func.h"
#include "instance.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

SlValue sl_call_prepend(SlVM *vm, SlValue callable, SlValue first, const SlValue *args,
                        size_t nargs, SlValue kwnames); /* func.c */

#define TYPE(v) ((SlType *)SL_AS_OBJ(v))
#define IS_TYPE(v) (SL_IS_OBJ(v) && (sl_type_of(v)->flags & SL_TPFLAGS_TYPE_SUBCLASS))

static SlValue intern(const char *s) { return sl_intern_cstr(s); }

/* ---- version tags and the lookup cache ------------------------------------- */

static uint32_t next_version_tag = 1;

#define CACHE_BITS 12
typedef struct {
    uint32_t version;
    SlValue name;
    SlValue value;
} CacheEntry;
/* A pure cache shared by every VM: entries are keyed by version tags,
 * which are never reused, so a stale entry can never match. */
static CacheEntry lookup_cache[1 << CACHE_BITS];

static void assign_version(SlType *t) {
    t->version_tag = next_version_tag++;
    if (next_version_tag == 0) { /* wrapped: drop every cached entry */
        memset(lookup_cache, 0, sizeof lookup_cache);
        next_version_tag = 1;
    }
}

static SlValue lookup_uncached(SlType *type, SlValue name) {
    SlValue mro = type->mro;
    if (!mro) {
        for (SlType *t = type; t; t = t->base) {
            if (!t->dict) continue;
            SlValue v = sl_dict_get_str(t->dict, name);
            if (v) return v;
        }
        return SL_NULL;
    }
    size_t n = SL_TUPLE_SIZE(mro);
    SlValue *items = SL_TUPLE_ITEMS(mro);
    for (size_t i = 0; i < n; i++) {
        SlType *t = TYPE(items[i]);
        if (!t->dict) continue;
        SlValue v = sl_dict_get_str(t->dict, name);
        if (v) return v;
    }
    return SL_NULL;
}

SlValue sl_type_lookup(SlType *type, SlValue name) {
    if (!(SL_STR(name)->ob.flags16 & SL_STR_INTERNED) || !type->version_tag)
        return lookup_uncached(type, name);
    size_t h = ((size_t)type->version_tag * 2654435761u ^ (size_t)(name >> 4)) &
               ((1u << CACHE_BITS) - 1);
    CacheEntry *e = &lookup_cache[h];
    if (e->version == type->version_tag && e->name == name) return e->value;
    SlValue v = lookup_uncached(type, name);
    e->version = type->version_tag;
    e->name = name;
    e->value = v;
    return v;
}

/* Subclass lists hold type addresses as tagged ints (no reference). */
static void add_subclass(SlVM *vm, SlType *base, SlType *sub) {
    if (!base->subclasses) {
        /* a built-in type outlives every VM: its list must not live in one */
        base->subclasses = sl_list_new(base->flags & SL_TPFLAGS_HEAPTYPE ? vm : NULL, 0);
        if (!base->subclasses) {
            sl_exc_clear(vm);
            return;
        }
    }
    if (!sl_list_append(vm, base->subclasses, SL_FROM_INT((intptr_t)sub >> 3))) sl_exc_clear(vm);
}

static void remove_subclass(SlType *base, SlType *sub) {
    if (!base->subclasses) return;
    SlList *l = SL_LIST(base->subclasses);
    SlValue key = SL_FROM_INT((intptr_t)sub >> 3);
    for (size_t i = 0; i < l->size; i++) {
        if (l->items[i] == key) {
            memmove(&l->items[i], &l->items[i + 1], (l->size - i - 1) * sizeof(SlValue));
            l->size--;
            return;
        }
    }
}

void sl_type_modified(SlType *t) {
    assign_version(t);
    if (!t->subclasses) return;
    SlList *l = SL_LIST(t->subclasses);
    for (size_t i = 0; i < l->size; i++)
        sl_type_modified((SlType *)(intptr_t)(SL_INT_VAL(l->items[i]) << 3));
}

/* ---- calling special methods ------------------------------------------------- */

SlValue sl_call_special(SlVM *vm, SlValue self, SlValue name, const SlValue *args, size_t nargs,
                        bool *found) {
    SlType *t = sl_type_of(self);
    SlValue f = sl_type_lookup(t, name);
    if (!f) {
        *found = false;
        return SL_NULL;
    }
    *found = true;
    SlType *ft = sl_type_of(f);
    if (ft == &sl_function_type) return sl_call_prepend(vm, f, self, args, nargs, SL_NULL);
    if (ft->descr_get) {
        sl_incref(f);
        SlValue bound = ft->descr_get(vm, f, self, SL_OBJ(t));
        sl_decref(vm, f);
        if (!bound) return SL_NULL;
        SlValue r = sl_call(vm, bound, args, nargs, SL_NULL);
        sl_decref(vm, bound);
        return r;
    }
    return sl_call(vm, f, args, nargs, SL_NULL);
}

static SlValue call_special0(SlVM *vm, SlValue self, const char *name, bool *found) {
    return sl_call_special(vm, self, intern(name), NULL, 0, found);
}

/* ---- slot wrappers: C slots seen as dunder methods ------------------------------ */

typedef enum {
    W_INIT, W_REPR, W_STR, W_HASH, W_CALL, W_GETATTRIBUTE, W_SETATTR, W_DELATTR,
    W_LT, W_LE, W_EQ, W_NE, W_GT, W_GE, W_ITER, W_NEXT, W_LEN, W_GETITEM, W_SETITEM,
    W_DELITEM, W_CONTAINS, W_BINOP, W_RBINOP, W_IBINOP, W_NEG, W_POS, W_INVERT, W_ABS,
    W_BOOL, W_INDEX, W_INT, W_FLOAT, W_GET, W_SET, W_DELETE,
} WrapKind;

typedef struct SlWrapperDescr {
    SlObject ob;
    SlType *owner;
    uint8_t kind;
    uint8_t op;
    SlValue name;
} SlWrapperDescr;

typedef struct {
    const char *name;
    WrapKind kind;
    int op;
} SlotDef;

static const SlotDef slotdefs[] = {
    {"__init__", W_INIT, 0}, {"__repr__", W_REPR, 0}, {"__str__", W_STR, 0},
    {"__hash__", W_HASH, 0}, {"__call__", W_CALL, 0},
    {"__getattribute__", W_GETATTRIBUTE, 0}, {"__setattr__", W_SETATTR, 0},
    {"__delattr__", W_DELATTR, 0}, {"__lt__", W_LT, SL_LT}, {"__le__", W_LE, SL_LE},
    {"__eq__", W_EQ, SL_EQ}, {"__ne__", W_NE, SL_NE}, {"__gt__", W_GT, SL_GT},
    {"__ge__", W_GE, SL_GE}, {"__iter__", W_ITER, 0}, {"__next__", W_NEXT, 0},
    {"__len__", W_LEN, 0}, {"__getitem__", W_GETITEM, 0}, {"__setitem__", W_SETITEM, 0},
    {"__delitem__", W_DELITEM, 0}, {"__contains__", W_CONTAINS, 0},
#define X(name, sym, d, r, i) {d, W_BINOP, SL_NB_##name}, {r, W_RBINOP, SL_NB_##name}, \
        {i, W_IBINOP, SL_NB_##name},
    SL_BINOPS(X)
#undef X
    {"__neg__", W_NEG, SL_UN_NEG}, {"__pos__", W_POS, SL_UN_POS},
    {"__invert__", W_INVERT, SL_UN_INVERT}, {"__abs__", W_ABS, 0}, {"__bool__", W_BOOL, 0},
    {"__index__", W_INDEX, 0}, {"__int__", W_INT, 0}, {"__float__", W_FLOAT, 0},
    {"__get__", W_GET, 0}, {"__set__", W_SET, 0}, {"__delete__", W_DELETE, 0},
    {NULL, 0, 0},
};

/* Does static type t provide the C slot behind this slotdef itself? */
static bool has_slot(SlType *t, const SlotDef *sd) {
    switch (sd->kind) {
    case W_INIT: return t->init != NULL;
    case W_REPR: return t->repr != NULL;
    case W_STR: return t->str != NULL;
    case W_HASH: return t->hash != NULL;
    case W_CALL: return t->call != NULL;
    case W_GETATTRIBUTE: return t->getattro != NULL;
    case W_SETATTR: case W_DELATTR: return t->setattro != NULL;
    case W_LT: case W_LE: case W_EQ: case W_NE: case W_GT: case W_GE: return t->richcompare != NULL;
    case W_ITER: return t->iter != NULL;
    case W_NEXT: return t->iternext != NULL;
    case W_LEN: return t->len != NULL;
    case W_GETITEM: return t->getitem != NULL;
    case W_SETITEM: case W_DELITEM: return t->setitem != NULL;
    case W_CONTAINS: return t->contains != NULL;
    case W_BINOP: case W_RBINOP: return t->nb[sd->op] != NULL;
    case W_IBINOP: return t->nb_inplace[sd->op] != NULL;
    case W_NEG: case W_POS: case W_INVERT: return t->un[sd->op] != NULL;
    case W_ABS: return t->abs != NULL;
    case W_BOOL: return t->bool_ != NULL;
    case W_INDEX: return t->index != NULL;
    case W_INT: return t->int_ != NULL;
    case W_FLOAT: return t->float_ != NULL;
    case W_GET: return t->descr_get != NULL;
    case W_SET: case W_DELETE: return t->descr_set != NULL;
    }
    return false;
}

static SlValue wrapper_call_impl(SlVM *vm, SlWrapperDescr *w, SlValue self, const SlValue *args,
                                 size_t nargs, SlValue kwnames) {
    SlType *t = w->owner;
    const char *name = SL_STR_DATA(w->name);
    if (w->kind != W_INIT && w->kind != W_CALL && !sl_args_no_kw(vm, name, kwnames))
        return SL_NULL;
#define NARGS(n)                                                                               \
    do {                                                                                       \
        if (nargs != (n)) {                                                                    \
            if ((n) == 0)                                                                      \
                return sl_raise(vm, SL_TypeError, "expected 0 arguments, got %zu", nargs);     \
            return sl_raise(vm, SL_TypeError, "expected %d argument%s, got %zu", (n),          \
                            (n) == 1 ? "" : "s", nargs);                                        \
        }                                                                                      \
    } while (0)
    switch ((WrapKind)w->kind) {
    case W_INIT:
        if (!t->init(vm, self, args, nargs, kwnames)) return SL_NULL;
        return SL_NONE;
    case W_REPR: NARGS(0); return t->repr(vm, self);
    case W_STR: NARGS(0); return t->str(vm, self);
    case W_HASH: {
        NARGS(0);
        int64_t h;
        if (!t->hash(vm, self, &h)) return SL_NULL;
        return sl_int_from_i64(vm, h);
    }
    case W_CALL: return t->call(vm, self, args, nargs, kwnames);
    case W_GETATTRIBUTE:
        NARGS(1);
        if (!SL_IS_STR(args[0]))
            return sl_raise(vm, SL_TypeError, "attribute name must be string, not '%s'",
                            sl_type_name(args[0]));
        return t->getattro(vm, self, args[0]);
    case W_SETATTR:
        NARGS(2);
        if (!SL_IS_STR(args[0]))
            return sl_raise(vm, SL_TypeError, "attribute name must be string, not '%s'",
                            sl_type_name(args[0]));
        return t->setattro(vm, self, args[0], args[1]) ? SL_NONE : SL_NULL;
    case W_DELATTR:
        NARGS(1);
        if (!SL_IS_STR(args[0]))
            return sl_raise(vm, SL_TypeError, "attribute name must be string, not '%s'",
                            sl_type_name(args[0]));
        return t->setattro(vm, self, args[0], SL_NULL) ? SL_NONE : SL_NULL;
    case W_LT: case W_LE: case W_EQ: case W_NE: case W_GT: case W_GE:
        NARGS(1);
        return t->richcompare(vm, self, args[0], (SlCompareOp)w->op);
    case W_ITER: NARGS(0); return t->iter(vm, self);
    case W_NEXT: {
        NARGS(0);
        SlValue r = t->iternext(vm, self);
        if (!r && !sl_exc_occurred(vm)) sl_raise_value(vm, sl_incref(SL_OBJ(SL_StopIteration)));
        return r;
    }
    case W_LEN: {
        NARGS(0);
        int64_t n = t->len(vm, self);
        return n < 0 ? SL_NULL : sl_int_from_i64(vm, n);
    }
    case W_GETITEM: NARGS(1); return t->getitem(vm, self, args[0]);
    case W_SETITEM: NARGS(2); return t->setitem(vm, self, args[0], args[1]) ? SL_NONE : SL_NULL;
    case W_DELITEM: NARGS(1); return t->setitem(vm, self, args[0], SL_NULL) ? SL_NONE : SL_NULL;
    case W_CONTAINS: {
        NARGS(1);
        int r = t->contains(vm, self, args[0]);
        return r < 0 ? SL_NULL : SL_BOOL(r);
    }
    case W_BINOP: NARGS(1); return t->nb[w->op](vm, self, args[0]);
    case W_RBINOP: NARGS(1); return t->nb[w->op](vm, args[0], self);
    case W_IBINOP: NARGS(1); return t->nb_inplace[w->op](vm, self, args[0]);
    case W_NEG: case W_POS: case W_INVERT: NARGS(0); return t->un[w->op](vm, self);
    case W_ABS: NARGS(0); return t->abs(vm, self);
    case W_BOOL: {
        NARGS(0);
        int r = t->bool_(vm, self);
        return r < 0 ? SL_NULL : SL_BOOL(r);
    }
    case W_INDEX: NARGS(0); return t->index(vm, self);
    case W_INT: NARGS(0); return t->int_(vm, self);
    case W_FLOAT: NARGS(0); return t->float_(vm, self);
    case W_GET:
        if (nargs < 1 || nargs > 2)
            return sl_raise(vm, SL_TypeError, "expected 1 or 2 arguments, got %zu", nargs);
        if (args[0] == SL_NONE && (nargs < 2 || args[1] == SL_NONE))
            return sl_raise(vm, SL_TypeError, "__get__(None, None) is invalid");
        return t->descr_get(vm, self, args[0] == SL_NONE ? SL_NULL : args[0],
                            nargs > 1 && args[1] != SL_NONE ? args[1] : SL_NULL);
    case W_SET: NARGS(2); return t->descr_set(vm, self, args[0], args[1]) ? SL_NONE : SL_NULL;
    case W_DELETE: NARGS(1); return t->descr_set(vm, self, args[0], SL_NULL) ? SL_NONE : SL_NULL;
    }
#undef NARGS
    return sl_raise(vm, SL_SystemError, "bad slot wrapper");
}

static SlValue wrapper_call(SlVM *vm, SlValue callable, const SlValue *args, size_t nargs,
                            SlValue kwnames) {
    SlWrapperDescr *w = (SlWrapperDescr *)SL_AS_OBJ(callable);
    if (nargs < 1)
        return sl_raise(vm, SL_TypeError, "descriptor '%s' of '%s' object needs an argument",
                        SL_STR_DATA(w->name), w->owner->name);
    if (!sl_isinstance_type(args[0], w->owner))
        return sl_raise(vm, SL_TypeError,
                        "descriptor '%s' requires a '%s' object but received a '%s'",
                        SL_STR_DATA(w->name), w->owner->name, sl_type_name(args[0]));
    return wrapper_call_impl(vm, w, args[0], args + 1, nargs - 1, kwnames);
}

/* A slot wrapper bound to an object: CPython's method-wrapper,
 * `(1).__add__` or `obj.__init__` when __init__ is object's. */
typedef struct {
    SlObject ob;
    SlValue descr;         /* the wrapper_descriptor */
    SlValue self;
} SlMethodWrapper;

static SlValue method_wrapper_call(SlVM *vm, SlValue callable, const SlValue *args, size_t nargs,
                                   SlValue kwnames) {
    SlMethodWrapper *m = (SlMethodWrapper *)SL_AS_OBJ(callable);
    return wrapper_call_impl(vm, (SlWrapperDescr *)SL_AS_OBJ(m->descr), m->self, args, nargs,
                             kwnames);
}

static SlValue method_wrapper_repr(SlVM *vm, SlValue v) {
    SlMethodWrapper *m = (SlMethodWrapper *)SL_AS_OBJ(v);
    SlWrapperDescr *w = (SlWrapperDescr *)SL_AS_OBJ(m->descr);
    return sl_str_printf(vm, "<method-wrapper '%s' of %s object at 0x%llx>", SL_STR_DATA(w->name),
                         sl_type_name(m->self), (unsigned long long)sl_mm_id(vm, m->self));
}

static void method_wrapper_dealloc(SlVM *vm, SlObject *o) {
    SlMethodWrapper *m = (SlMethodWrapper *)o;
    sl_decref(vm, m->descr);
    sl_decref(vm, m->self);
    sl_obj_free(vm, o);
}

static void method_wrapper_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    SlMethodWrapper *m = (SlMethodWrapper *)o;
    visit(m->descr, arg);
    visit(m->self, arg);
}

static SlValue method_wrapper_self(SlVM *vm, SlValue v) {
    (void)vm;
    return sl_incref(((SlMethodWrapper *)SL_AS_OBJ(v))->self);
}

static SlValue method_wrapper_name(SlVM *vm, SlValue v) {
    (void)vm;
    SlMethodWrapper *m = (SlMethodWrapper *)SL_AS_OBJ(v);
    return sl_incref(((SlWrapperDescr *)SL_AS_OBJ(m->descr))->name);
}

static SlValue method_wrapper_objclass(SlVM *vm, SlValue v) {
    (void)vm;
    SlMethodWrapper *m = (SlMethodWrapper *)SL_AS_OBJ(v);
    return sl_incref(SL_OBJ(((SlWrapperDescr *)SL_AS_OBJ(m->descr))->owner));
}

static const SlGetSetDef method_wrapper_getsets[] = {
    {"__self__", method_wrapper_self, NULL, NULL},
    {"__name__", method_wrapper_name, NULL, NULL},
    {"__qualname__", method_wrapper_name, NULL, NULL},
    {"__objclass__", method_wrapper_objclass, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

SlType sl_method_wrapper_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "method-wrapper",
    .flags = SL_TPFLAGS_HAVE_GC,
    .basicsize = sizeof(SlMethodWrapper),
    .dealloc = method_wrapper_dealloc,
    .traverse = method_wrapper_traverse,
    .repr = method_wrapper_repr,
    .call = method_wrapper_call,
    .getsets = method_wrapper_getsets,
};

static SlValue wrapper_get(SlVM *vm, SlValue descr, SlValue obj, SlValue type) {
    (void)type;
    if (!obj) return sl_incref(descr);
    SlMethodWrapper *m = (SlMethodWrapper *)sl_obj_alloc(vm, &sl_method_wrapper_type,
                                                         sizeof(SlMethodWrapper));
    if (!m) return SL_NULL;
    m->descr = sl_incref(descr);
    m->self = sl_incref(obj);
    return SL_OBJ(m);
}

static SlValue wrapper_repr(SlVM *vm, SlValue v) {
    SlWrapperDescr *w = (SlWrapperDescr *)SL_AS_OBJ(v);
    return sl_str_printf(vm, "<slot wrapper '%s' of '%s' objects>", SL_STR_DATA(w->name),
                         w->owner->name);
}

static void wrapper_dealloc(SlVM *vm, SlObject *o) { sl_obj_free(vm, o); }

SlType sl_wrapper_descr_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "wrapper_descriptor",
    .basicsize = sizeof(SlWrapperDescr),
    .dealloc = wrapper_dealloc,
    .repr = wrapper_repr,
    .call = wrapper_call,
    .descr_get = wrapper_get,
};

static bool is_wrapper_of(SlValue v, SlType *owner_required, const SlotDef *sd) {
    if (!SL_IS_OBJ(v) || SL_AS_OBJ(v)->type != &sl_wrapper_descr_type) return false;
    SlWrapperDescr *w = (SlWrapperDescr *)SL_AS_OBJ(v);
    (void)owner_required;
    return w->kind == sd->kind && w->op == sd->op;
}

/* ---- object ---------------------------------------------------------------------- */

static bool excess_args(size_t nargs, SlValue kwnames) {
    return nargs > 0 || (kwnames && SL_TUPLE_SIZE(kwnames) > 0);
}

static bool object_init(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                        SlValue kwnames);
static SlValue object_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs,
                          SlValue kwnames);

static SlValue object_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs,
                          SlValue kwnames) {
    (void)args;
    if (excess_args(nargs, kwnames)) {
        if (type->new_ != object_new)
            return sl_raise(vm, SL_TypeError,
                            "object.__new__() takes exactly one argument (the type to instantiate)");
        if (type->init == object_init)
            return sl_raise(vm, SL_TypeError, "%s() takes no arguments", type->name);
    }
    if (type->flags & SL_TPFLAGS_ABSTRACT)
        return sl_raise(vm, SL_TypeError, "Can't instantiate abstract class %s", type->name);
    if (type->keys) {   /* the attributes go in values (instance.h) */
        SlObject *o = sl_inst_alloc(vm, type);
        return o ? SL_OBJ(o) : SL_NULL;
    }
    SlObject *o = sl_obj_alloc(vm, type, type->basicsize);
    if (o && type->dictoffset && sl_mm_wants_instance_dict(vm, type)) {
        /* 3.11+: CPython allocates the attribute values with the instance
         * (a class with keys would keep them as values instead) */
        SlValue d = sl_dict_new_instance(vm, false);
        if (!d) {
            sl_decref(vm, SL_OBJ(o));
            return SL_NULL;
        }
        *(SlValue *)((char *)o + type->dictoffset) = d;
        sl_mm_instance_dict_created(vm, o, SL_DICT(d), SL_MM_DICT_AT_CREATION);
    }
    return o ? SL_OBJ(o) : SL_NULL;
}

static bool object_init(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                        SlValue kwnames) {
    (void)args;
    SlType *type = sl_type_of(self);
    if (excess_args(nargs, kwnames)) {
        if (type->init != object_init) {
            sl_raise(vm, SL_TypeError,
                     "object.__init__() takes exactly one argument (the instance to initialize)");
            return false;
        }
        if (type->new_ == object_new) {
            sl_raise(vm, SL_TypeError, "%s() takes no arguments", type->name);
            return false;
        }
    }
    return true;
}

static SlValue object_repr(SlVM *vm, SlValue v) {
    SlType *t = sl_type_of(v);
    SlValue mod = t->dict ? sl_dict_get_cstr(t->dict, "__module__") : SL_NULL;
    const char *qn = t->qualname ? SL_STR_DATA(t->qualname) : t->name;
    if (mod && SL_IS_STR(mod) && !sl_str_eq_cstr(mod, "builtins"))
        return sl_str_printf(vm, "<%s.%s object at %p>", SL_STR_DATA(mod), qn, (void *)v);
    return sl_str_printf(vm, "<%s object at %p>", qn, (void *)v);
}

static SlValue object_str(SlVM *vm, SlValue v) {
    SlType *t = sl_type_of(v);
    if (t->repr) return sl_repr(vm, v);
    return object_repr(vm, v);
}

static bool object_hash(SlVM *vm, SlValue v, int64_t *out) {
    (void)vm;
    /* CPython's _Py_HashPointer: rotate by 4 bits */
    uint64_t y = (uint64_t)v;
    y = (y >> 4) | (y << 60);
    *out = (int64_t)y;
    if (*out == -1) *out = -2;
    return true;
}

static SlValue object_richcompare(SlVM *vm, SlValue a, SlValue b, SlCompareOp op) {
    switch (op) {
    case SL_EQ: return a == b ? SL_TRUE : SL_NOTIMPL;
    case SL_NE: {
        /* by default, != is the inverse of == (unless == is not implemented) */
        SlType *t = sl_type_of(a);
        if (!t->richcompare) return SL_NOTIMPL;
        SlValue r = t->richcompare(vm, a, b, SL_EQ);
        if (!r || r == SL_NOTIMPL) return r;
        int truth = sl_truthy(vm, r);
        sl_decref(vm, r);
        if (truth < 0) return SL_NULL;
        return SL_BOOL(!truth);
    }
    default: return SL_NOTIMPL;
    }
}

#define DICTPTR(obj, t) ((SlValue *)((char *)SL_AS_OBJ(obj) + (t)->dictoffset))

static SlValue *instance_dict_ptr(SlValue obj) {
    if (!SL_IS_OBJ(obj)) return NULL;
    SlType *t = SL_AS_OBJ(obj)->type;
    if (!t->dictoffset) return NULL;
    return DICTPTR(obj, t);
}

static SlValue attr_error(SlVM *vm, SlValue obj, SlValue name) {
    return sl_raise_attribute_error(vm, obj, name, "'%s' object has no attribute '%s'",
                                    sl_type_name(obj), SL_STR_DATA(name));
}

SlValue sl_generic_getattr(SlVM *vm, SlValue obj, SlValue name) {
    if (!SL_IS_STR(name))
        return sl_raise(vm, SL_TypeError, "attribute name must be string, not '%s'",
                        sl_type_name(name));
    SlType *t = sl_type_of(obj);
    SlValue descr = sl_type_lookup(t, name);
    SlType *dt = NULL;
    if (descr) {
        dt = sl_type_of(descr);
        if (dt->descr_get && dt->descr_set) {
            sl_incref(descr);
            SlValue r = dt->descr_get(vm, descr, obj, SL_OBJ(t));
            sl_decref(vm, descr);
            return r;
        }
    }
    SlValue *dp = instance_dict_ptr(obj);
    if (dp && *dp) {
        SlValue v = SL_IS_EXACT_STR(name) ? sl_dict_get_str(*dp, name) : sl_dict_get(vm, *dp, name);
        if (v) return sl_incref(v);
        if (sl_exc_occurred(vm)) return SL_NULL;
    } else if (dp && t->keys) {
        SlValue v = sl_inst_lookup(SL_AS_OBJ(obj), name);
        if (v) return sl_incref(v);
    }
    if (descr) {
        if (dt->descr_get) {
            sl_incref(descr);
            SlValue r = dt->descr_get(vm, descr, obj, SL_OBJ(t));
            sl_decref(vm, descr);
            return r;
        }
        return sl_incref(descr);
    }
    return attr_error(vm, obj, name);
}

bool sl_generic_setattr(SlVM *vm, SlValue obj, SlValue name, SlValue value) {
    if (!SL_IS_STR(name)) {
        sl_raise(vm, SL_TypeError, "attribute name must be string, not '%s'", sl_type_name(name));
        return false;
    }
    SlType *t = sl_type_of(obj);
    SlValue descr = sl_type_lookup(t, name);
    if (descr) {
        SlType *dt = sl_type_of(descr);
        if (dt->descr_set) {
            sl_incref(descr);
            bool ok = dt->descr_set(vm, descr, obj, value);
            sl_decref(vm, descr);
            return ok;
        }
    }
    SlValue *dp = instance_dict_ptr(obj);
    if (!dp) {
        /* CPython never gives the read-only error a .name (no "Did you
         * mean"); the missing-attribute one gets it in 3.13 only, where the
         * "no __dict__" suffix is added only when type(obj) does not
         * override __setattr__ (tp_setattro == PyObject_GenericSetAttr). */
        if (descr)
            sl_raise(vm, SL_AttributeError, "'%s' object attribute '%s' is read-only", t->name,
                     SL_STR_DATA(name));
        else if (!vm->ver->setattr_error_context)
            sl_raise(vm, SL_AttributeError, "'%s' object has no attribute '%s'", t->name,
                     SL_STR_DATA(name));
        else
            sl_raise_attribute_error(vm, obj, name, "'%s' object has no attribute '%s'%s",
                                     t->name, SL_STR_DATA(name),
                                     vm->ver->msg_no_dict_for_new_attrs &&
                                             t->setattro == sl_generic_setattr
                                         ? " and no __dict__ for setting new attributes"
                                         : "");
        return false;
    }
    if (!value) {
        /* no .name/.obj on this one in any version */
        int r = *dp ? sl_dict_del(vm, *dp, name) : t->keys ? sl_inst_delete(vm, SL_AS_OBJ(obj), name) : 0;
        if (r < 0) return false;
        if (r == 0) {
            if (vm->ver->msg_del_missing_attr_full)
                sl_raise(vm, SL_AttributeError, "'%s' object has no attribute '%s'", t->name,
                         SL_STR_DATA(name));
            else
                sl_raise(vm, SL_AttributeError, "%s", SL_STR_DATA(name));
            return false;
        }
        return true;
    }
    if (!*dp && t->keys) {
        int r = sl_inst_store(vm, SL_AS_OBJ(obj), name, value);
        if (r) return r > 0;
    }
    if (!*dp && !sl_inst_dict(vm, SL_AS_OBJ(obj), SL_MM_DICT_FIRST_ATTR)) return false;
    return sl_dict_set(vm, *dp, name, value);
}

static SlValue object_get_class(SlVM *vm, SlValue self) {
    (void)vm;
    return sl_incref(SL_OBJ(sl_type_of(self)));
}

static void subtype_dealloc(SlVM *vm, SlObject *o);

/* CPython's compatible_with_tp_base: child adds nothing to its base's layout. */
static bool compatible_with_base(SlType *child) {
    SlType *parent = child->base;
    return parent && child->basicsize == parent->basicsize &&
           child->itemsize == parent->itemsize && child->dictoffset == parent->dictoffset &&
           child->weaklistoffset == parent->weaklistoffset &&
           (child->flags & SL_TPFLAGS_HAVE_GC) == (parent->flags & SL_TPFLAGS_HAVE_GC) &&
           (child->dealloc == subtype_dealloc || child->dealloc == parent->dealloc);
}

/* The slot names t itself declares (its ht_slots, sorted as type_new_impl
 * laid them out), read from the member descriptors it owns: at most max
 * go to out; returns the count. */
static size_t own_slots(SlType *t, SlValue *out, size_t max) {
    size_t n = 0, pos = 0;
    SlValue k, v;
    while (t->dict && sl_dict_next(t->dict, &pos, &k, &v))
        if (SL_IS_OBJ(v) && SL_AS_OBJ(v)->type == &sl_member_descr_type &&
            ((SlMemberDescr *)SL_AS_OBJ(v))->owner == t && n < max)
            out[n++] = ((SlMemberDescr *)SL_AS_OBJ(v))->name;
    return n;
}

/* CPython's same_slots_added: a and b (same base) add the same slots. */
static bool same_slots_added(SlType *a, SlType *b) {
    size_t size = a->base->basicsize;
    if (a->dictoffset == size && b->dictoffset == size) size += sizeof(SlValue);
    if (a->weaklistoffset == size && b->weaklistoffset == size) size += sizeof(SlValue);
    if (!(a->flags & SL_TPFLAGS_HEAPTYPE) || !(b->flags & SL_TPFLAGS_HEAPTYPE)) return false;
    size_t max = a->basicsize / sizeof(SlValue) + 1;
    SlValue *sa = calloc(2 * max, sizeof(SlValue));
    if (!sa) return false;
    size_t na = own_slots(a, sa, max), nb = own_slots(b, sa + max, max);
    bool same = na == nb;
    for (size_t i = 0; same && i < na; i++) same = sl_str_cmp(sa[i], sa[max + i]) == 0;
    free(sa);
    if (!same) return false;
    size += na * sizeof(SlValue);
    return size == a->basicsize && size == b->basicsize;
}

/* CPython's compatible_for_assignment: find the highest base each type
 * shares its layout with, and compare those. */
static bool same_layout(SlType *oldto, SlType *newto) {
    SlType *nb = newto, *ob = oldto;
    while (compatible_with_base(nb)) nb = nb->base;
    while (compatible_with_base(ob)) ob = ob->base;
    return nb == ob || (nb->base == ob->base && same_slots_added(nb, ob));
}

static bool object_set_class(SlVM *vm, SlValue self, SlValue value) {
    if (!value) {
        sl_raise(vm, SL_TypeError, "can't delete __class__ attribute");
        return false;
    }
    if (!IS_TYPE(value)) {
        sl_raise(vm, SL_TypeError, "__class__ must be set to a class, not '%s' object",
                 sl_type_name(value));
        return false;
    }
    SlType *old = sl_type_of(self), *nt = TYPE(value);
    if (!(old->flags & SL_TPFLAGS_HEAPTYPE) || !(nt->flags & SL_TPFLAGS_HEAPTYPE)) {
        sl_raise(vm, SL_TypeError, "__class__ assignment only supported for %s types or ModuleType subclasses",
                 vm->ver->msg_class_assign_heap_types ? "heap" : "mutable");
        return false;
    }
    if (!same_layout(old, nt)) {
        sl_raise(vm, SL_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                 nt->name, old->name);
        return false;
    }
    /* the values are read through the class's keys: another class, a dict */
    if (old->keys && sl_inst_has_values(SL_AS_OBJ(self)) &&
        !sl_inst_dict(vm, SL_AS_OBJ(self), SL_INST_DICT_QUIET))
        return false;
    sl_incref(value);
    SL_AS_OBJ(self)->type = nt;
    sl_decref(vm, SL_OBJ(old));
    return true;
}

static SlValue object_get_dict(SlVM *vm, SlValue self) {
    SlValue *dp = instance_dict_ptr(self);
    if (!dp)
        return sl_raise_attribute_error(vm, self, intern("__dict__"),
                                        "'%s' object has no attribute '__dict__'",
                                        sl_type_name(self));
    if (!*dp) {
        if (!sl_inst_dict(vm, SL_AS_OBJ(self), SL_MM_DICT_TOUCHED)) return SL_NULL;
    } else if (sl_dict_am_instance(SL_DICT(*dp))) {
        sl_mm_instance_dict_touched(vm, SL_AS_OBJ(self), SL_DICT(*dp));
    }
    return sl_incref(*dp);
}

static bool object_set_dict(SlVM *vm, SlValue self, SlValue value) {
    SlValue *dp = instance_dict_ptr(self);
    if (!dp) {
        sl_raise(vm, SL_AttributeError, "This object has no __dict__");
        return false;
    }
    if (!value) {
        sl_raise(vm, SL_TypeError, "cannot delete __dict__");
        return false;
    }
    if (!SL_IS_DICT(value)) {
        sl_raise(vm, SL_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                 sl_type_name(value));
        return false;
    }
    /* the values it replaces go into a dict first, so they die as a dict */
    if (sl_inst_has_values(SL_AS_OBJ(self)) && !sl_inst_dict(vm, SL_AS_OBJ(self), SL_INST_DICT_QUIET))
        return false;
    SL_SETREF(vm, *dp, sl_incref(value));
    return true;
}

static SlValue object_get_weakref(SlVM *vm, SlValue self) {
    (void)vm;
    SlType *t = sl_type_of(self);
    SlValue w = t->weaklistoffset ? *(SlValue *)((char *)SL_AS_OBJ(self) + t->weaklistoffset)
                                  : SL_NULL;
    return sl_incref(w ? w : SL_NONE);
}

static SlValue object_format(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                             SlValue kw) {
    if (!sl_args_check(vm, "__format__", nargs, kw, 1, 1)) return SL_NULL;
    if (!SL_IS_STR(args[0]))
        return sl_raise(vm, SL_TypeError, "__format__() argument must be str, not %s",
                        sl_type_name(args[0]));
    if (SL_STR_SIZE(args[0]) > 0)
        return sl_raise(vm, SL_TypeError, "unsupported format string passed to %s.__format__",
                        sl_type_name(self));
    return sl_str(vm, self);
}

static SlValue object_init_subclass(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                    SlValue kw) {
    (void)self; (void)args;
    if (nargs || (kw && SL_TUPLE_SIZE(kw)))
        return sl_raise(vm, SL_TypeError,
                        "%s%s__init_subclass__() takes no keyword arguments",
                        vm->ver->msg_init_subclass_unnamed ? "" : IS_TYPE(self) ? TYPE(self)->name : "object",
                        vm->ver->msg_init_subclass_unnamed ? "" : ".");
    return SL_NONE;
}

static SlValue object_subclasshook(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                   SlValue kw) {
    (void)vm; (void)self; (void)args; (void)nargs; (void)kw;
    return SL_NOTIMPL;
}

static SlValue object_dir_method(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                 SlValue kw);

static SlValue object_new_wrapper(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                  SlValue kw);

/* object.__reduce_ex__ / __reduce__ / __getstate__: the logic is CPython's
 * (typeobject.c's reduce_newobj, object_getstate_default and copyreg's
 * _reduce_ex), kept in Python in lib/copyreg.py. */
static SlValue call_copyreg(SlVM *vm, const char *fn, SlValue self, SlValue arg) {
    SlValue mod = sl_import_cstr(vm, "copyreg");
    if (!mod) return SL_NULL;
    SlValue f = sl_getattr_cstr(vm, mod, fn);
    sl_decref(vm, mod);
    if (!f) return SL_NULL;
    SlValue r = sl_call2(vm, f, self, arg);
    sl_decref(vm, f);
    return r;
}

static SlValue object_reduce(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                             SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "__reduce__", nargs, kw, 0, 0)) return SL_NULL;
    return call_copyreg(vm, "_object_reduce_ex", self, SL_FROM_INT(0));
}

static SlValue object_reduce_ex(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                SlValue kw) {
    if (!sl_args_check(vm, "__reduce_ex__", nargs, kw, 1, 1)) return SL_NULL;
    int64_t proto;
    if (!sl_index_i64(vm, args[0], &proto)) return SL_NULL;
    /* a class that overrides __reduce__ gets it called */
    SlValue mine = sl_type_lookup(sl_type_of(self), intern("__reduce__"));
    SlValue objs = sl_dict_get_cstr(sl_object_type.dict, "__reduce__");
    if (mine && mine != objs) return sl_call_method(vm, self, "__reduce__", NULL, 0);
    return call_copyreg(vm, "_object_reduce_ex", self, args[0]);
}

static SlValue object_getstate(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                               SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "__getstate__", nargs, kw, 0, 0)) return SL_NULL;
    return call_copyreg(vm, "_object_getstate_default", self, SL_FALSE);
}

static const SlMethodDef object_methods[] = {
    {"__reduce_ex__", object_reduce_ex, 0, "Helper for pickle."},
    {"__reduce__", object_reduce, 0, "Helper for pickle."},
    {"__getstate__", object_getstate, 0, "Helper for pickle."},
    {"__format__", object_format, 0, NULL},
    {"__init_subclass__", object_init_subclass, SL_METH_CLASS, NULL},
    {"__subclasshook__", object_subclasshook, SL_METH_CLASS, NULL},
    {"__dir__", object_dir_method, 0, NULL},
    {"__sizeof__", sl_object_sizeof, 0, "Size of object in memory, in bytes."},
    {NULL, NULL, 0, NULL}};

static const SlGetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class, NULL}, {NULL, NULL, NULL, NULL}};

SlType sl_object_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "object",
    .flags = SL_TPFLAGS_BASETYPE,
    .basicsize = sizeof(SlObject),
    .new_ = object_new,
    .init = object_init,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattro = sl_generic_getattr,
    .setattro = sl_generic_setattr,
    .methods = object_methods,
    .getsets = object_getsets,
    .doc = "The base class of the class hierarchy.",
};

/* dir(): instance dict keys plus every name along the MRO */
static bool merge_dict_keys(SlVM *vm, SlValue set_dict, SlValue d) {
    size_t pos = 0;
    SlValue k, v;
    while (sl_dict_next(d, &pos, &k, &v))
        if (!sl_dict_set(vm, set_dict, k, SL_NONE)) return false;
    return true;
}

static SlValue object_dir_method(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                 SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "__dir__", nargs, kw, 0, 0)) return SL_NULL;
    SlValue acc = sl_dict_new(vm);
    if (!acc) return SL_NULL;
    SlValue *dp = instance_dict_ptr(self);
    if (IS_TYPE(self)) {
        SlValue mro = TYPE(self)->mro;
        for (size_t i = 0; mro && i < SL_TUPLE_SIZE(mro); i++)
            if (!merge_dict_keys(vm, acc, TYPE(SL_TUPLE_ITEMS(mro)[i])->dict)) goto fail;
    } else {
        if (dp && *dp && SL_IS_DICT(*dp) && !merge_dict_keys(vm, acc, *dp)) goto fail;
        if (dp && !*dp && sl_type_of(self)->keys && !sl_inst_merge_names(vm, SL_AS_OBJ(self), acc))
            goto fail;
        SlValue mro = sl_type_of(self)->mro;
        for (size_t i = 0; mro && i < SL_TUPLE_SIZE(mro); i++)
            if (!merge_dict_keys(vm, acc, TYPE(SL_TUPLE_ITEMS(mro)[i])->dict)) goto fail;
    }
    SlValue l = sl_dict_keys_list(vm, acc);
    sl_decref(vm, acc);
    return l;
fail:
    sl_decref(vm, acc);
    return SL_NULL;
}

/* ---- methods of built-in types that only some versions have ----------------------------- */

/* Static types are readied once, with every method; a VM then takes out
 * the ones its version lacks (kept here, to put back for another VM). */
static const struct {
    SlType *type;
    const char *name;
    size_t field;           /* offsetof(SlPyVersion, <bool that says the method exists>) */
} version_methods[] = {
    {&sl_object_type, "__getstate__", offsetof(SlPyVersion, object_getstate)},
    {&sl_complex_type, "__complex__", offsetof(SlPyVersion, complex_dunder_complex)},
#define COMPLEX_STUB(name) {&sl_complex_type, name, offsetof(SlPyVersion, complex_floor_stubs)}
    COMPLEX_STUB("__int__"), COMPLEX_STUB("__float__"), COMPLEX_STUB("__floordiv__"),
    COMPLEX_STUB("__rfloordiv__"), COMPLEX_STUB("__mod__"), COMPLEX_STUB("__rmod__"),
    COMPLEX_STUB("__divmod__"), COMPLEX_STUB("__rdivmod__"),
#undef COMPLEX_STUB
};
#define N_VERSION_METHODS (sizeof version_methods / sizeof version_methods[0])
static SlValue version_method_objs[N_VERSION_METHODS];

/* Built-in types whose name changed; `old` is used where the field is true. */
extern SlType sl_weakref_type, sl_weakproxy_type, sl_weakcallableproxy_type;
static const struct {
    SlType *type;
    const char *old, *current;
    size_t field;
} version_names[] = {
    {&sl_weakref_type, "weakref", "weakref.ReferenceType", offsetof(SlPyVersion, weakref_old_type_names)},
    {&sl_weakproxy_type, "weakproxy", "weakref.ProxyType", offsetof(SlPyVersion, weakref_old_type_names)},
    {&sl_weakcallableproxy_type, "weakcallableproxy", "weakref.CallableProxyType",
     offsetof(SlPyVersion, weakref_old_type_names)},
};

void sl_type_apply_version(SlVM *vm) {
    for (size_t i = 0; i < sizeof version_names / sizeof version_names[0]; i++) {
        bool old = *(const bool *)((const char *)vm->ver + version_names[i].field);
        version_names[i].type->name = old ? version_names[i].old : version_names[i].current;
    }
    for (size_t i = 0; i < N_VERSION_METHODS; i++) {
        SlType *t = version_methods[i].type;
        SlValue key = intern(version_methods[i].name);
        bool want = *(const bool *)((const char *)vm->ver + version_methods[i].field);
        SlValue cur = sl_dict_get_str(t->dict, key);
        if (cur && !version_method_objs[i]) version_method_objs[i] = sl_incref(cur); /* kept for good */
        if (want && !cur && version_method_objs[i]) sl_dict_set(NULL, t->dict, key, version_method_objs[i]);
        else if (!want && cur) sl_dict_del(vm, t->dict, key);
        sl_type_modified(t);
    }
}

/* ---- heap-type instances ---------------------------------------------------------------- */

static SlType *static_base(SlType *t) {
    while (t->flags & SL_TPFLAGS_HEAPTYPE) t = t->base;
    return t;
}

static void subtype_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    SlType *t = o->type;
    SlType *sb = static_base(t);
    for (uint32_t off = sb->basicsize; off + sizeof(SlValue) <= t->basicsize; off += sizeof(SlValue)) {
        if (off == t->weaklistoffset) continue;
        SlValue v = *(SlValue *)((char *)o + off);
        if (v) visit(v, arg);
        else if (off == t->dictoffset && t->keys) sl_inst_traverse(o, visit, arg);   /* in its dict's place */
    }
    if (t->dictoffset && t->dictoffset < sb->basicsize && !sb->dictoffset) {
        SlValue v = *(SlValue *)((char *)o + t->dictoffset);
        if (v) visit(v, arg);
    }
    visit(SL_OBJ(t), arg);
    if (sb->traverse) sb->traverse(o, visit, arg);
}

static void subtype_clear(SlVM *vm, SlObject *o) {
    SlType *t = o->type;
    SlType *sb = static_base(t);
    for (uint32_t off = sb->basicsize; off + sizeof(SlValue) <= t->basicsize; off += sizeof(SlValue)) {
        if (off == t->weaklistoffset) continue;
        SlValue *p = (SlValue *)((char *)o + off);
        if (!*p && off == t->dictoffset && t->keys) sl_inst_clear(vm, o);
        else SL_SETREF(vm, *p, SL_NULL);
    }
    if (sb->clear) sb->clear(vm, o);
}

void sl_weakref_clear_all(SlVM *vm, SlValue obj); /* weakref.c */

static void subtype_dealloc(SlVM *vm, SlObject *o) {
    SlType *t = o->type;
    SlType *sb = static_base(t);
    if (sl_gc_finalize_dealloc(vm, o)) return;   /* __del__ brought it back to life */
    o->refcnt = 1; /* keep alive while clearing (a slot's dealloc may look at us) */
    if (t->dictoffset && vm->sim) {
        SlValue dv = *(SlValue *)((char *)o + t->dictoffset);
        if (dv && SL_IS_DICT(dv)) sl_mm_instance_dying(vm, o, SL_DICT(dv));
        else if (!dv && t->keys) sl_mm_instance_dying(vm, o, NULL);
    }
    if (t->weaklistoffset && *(SlValue *)((char *)o + t->weaklistoffset))
        sl_weakref_clear_all(vm, SL_OBJ(o));
    for (uint32_t off = sb->basicsize; off + sizeof(SlValue) <= t->basicsize; off += sizeof(SlValue)) {
        if (off == t->weaklistoffset) continue;
        SlValue *p = (SlValue *)((char *)o + off);
        SlValue v = *p;
        if (!v && off == t->dictoffset && t->keys) {
            sl_inst_clear(vm, o);   /* where its dict would have died */
            continue;
        }
        *p = SL_NULL;
        sl_xdecref(vm, v);
    }
    o->refcnt = 0;
    if (sb->dealloc) sb->dealloc(vm, o);
    else sl_obj_free(vm, o);
    sl_decref(vm, SL_OBJ(t));
}

/* ---- slot functions: Python dunders driving C slots ----------------------------------- */

static SlValue slot_repr(SlVM *vm, SlValue self) {
    bool found;
    SlValue r = call_special0(vm, self, "__repr__", &found);
    if (!found) return object_repr(vm, self);
    return r;
}

static SlValue slot_str(SlVM *vm, SlValue self) {
    bool found;
    SlValue r = call_special0(vm, self, "__str__", &found);
    if (!found) return sl_repr(vm, self);
    return r;
}

static bool slot_hash(SlVM *vm, SlValue self, int64_t *out) {
    SlValue f = sl_type_lookup(sl_type_of(self), intern("__hash__"));
    if (!f || f == SL_NONE) {
        sl_raise(vm, SL_TypeError, "unhashable type: '%s'", sl_type_name(self));
        return false;
    }
    bool found;
    SlValue r = call_special0(vm, self, "__hash__", &found);
    if (!r) return false;
    if (!SL_IS_INTLIKE(r)) {
        sl_decref(vm, r);
        sl_raise(vm, SL_TypeError, "__hash__ method should return an integer");
        return false;
    }
    if (SL_IS_INT(r)) {
        *out = SL_INT_VAL(r);
        if (*out == -1) *out = -2;
    } else {
        *out = sl_int_hash(r);
    }
    sl_decref(vm, r);
    return true;
}

static SlValue slot_call(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                         SlValue kwnames) {
    SlValue f = sl_type_lookup(sl_type_of(self), intern("__call__"));
    if (!f) return sl_raise(vm, SL_TypeError, "'%s' object is not callable", sl_type_name(self));
    if (sl_type_of(f) == &sl_function_type)
        return sl_call_prepend(vm, f, self, args, nargs, kwnames);
    SlType *ft = sl_type_of(f);
    if (!ft->descr_get) return sl_call(vm, f, args, nargs, kwnames);
    SlValue bound = ft->descr_get(vm, f, self, SL_OBJ(sl_type_of(self)));
    if (!bound) return SL_NULL;
    SlValue r = sl_call(vm, bound, args, nargs, kwnames);
    sl_decref(vm, bound);
    return r;
}

static SlValue slot_getattr_hook(SlVM *vm, SlValue self, SlValue name) {
    SlType *t = sl_type_of(self);
    SlValue getattribute = sl_type_lookup(t, intern("__getattribute__"));
    SlValue r;
    if (!getattribute || (SL_IS_OBJ(getattribute) &&
                          SL_AS_OBJ(getattribute)->type == &sl_wrapper_descr_type &&
                          ((SlWrapperDescr *)SL_AS_OBJ(getattribute))->owner->getattro ==
                              sl_generic_getattr)) {
        r = sl_generic_getattr(vm, self, name);
    } else {
        bool found;
        r = sl_call_special(vm, self, intern("__getattribute__"), &name, 1, &found);
    }
    if (r || !sl_exc_matches(vm, SL_AttributeError)) return r;
    SlValue getattr = sl_type_lookup(t, intern("__getattr__"));
    if (!getattr) return SL_NULL;
    sl_exc_clear(vm);
    bool found;
    return sl_call_special(vm, self, intern("__getattr__"), &name, 1, &found);
}

static bool slot_setattro(SlVM *vm, SlValue self, SlValue name, SlValue value) {
    bool found;
    SlValue r;
    if (value) {
        SlValue args[2] = {name, value};
        r = sl_call_special(vm, self, intern("__setattr__"), args, 2, &found);
    } else {
        r = sl_call_special(vm, self, intern("__delattr__"), &name, 1, &found);
    }
    if (!found) return sl_generic_setattr(vm, self, name, value);
    if (!r) return false;
    sl_decref(vm, r);
    return true;
}

static const char *const cmp_dunders[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

static SlValue slot_richcompare(SlVM *vm, SlValue self, SlValue other, SlCompareOp op) {
    SlType *t = sl_type_of(self);
    SlValue f = sl_type_lookup(t, intern(cmp_dunders[op]));
    if (!f) return SL_NOTIMPL;
    if (SL_IS_OBJ(f) && SL_AS_OBJ(f)->type == &sl_wrapper_descr_type) {
        SlWrapperDescr *w = (SlWrapperDescr *)SL_AS_OBJ(f);
        return w->owner->richcompare(vm, self, other, op);
    }
    bool found;
    return sl_call_special(vm, self, intern(cmp_dunders[op]), &other, 1, &found);
}

static SlValue slot_iter(SlVM *vm, SlValue self) {
    SlValue f = sl_type_lookup(sl_type_of(self), intern("__iter__"));
    if (f == SL_NONE)
        return sl_raise(vm, SL_TypeError, "'%s' object is not iterable", sl_type_name(self));
    bool found;
    return call_special0(vm, self, "__iter__", &found);
}

static SlValue slot_iternext(SlVM *vm, SlValue self) {
    bool found;
    return call_special0(vm, self, "__next__", &found);
}

static int64_t slot_len(SlVM *vm, SlValue self) {
    bool found;
    SlValue r = call_special0(vm, self, "__len__", &found);
    if (!r) return -1;
    SlValue i = sl_index(vm, r);
    sl_decref(vm, r);
    if (!i) return -1;
    if (sl_int_sign(i) < 0) {
        sl_decref(vm, i);
        sl_raise(vm, SL_EXC(ValueError), "__len__() should return >= 0");
        return -1;
    }
    int64_t n;
    if (!sl_int_as_i64(vm, i, &n)) {
        sl_decref(vm, i);
        return -1;
    }
    sl_decref(vm, i);
    return n;
}

static SlValue slot_getitem(SlVM *vm, SlValue self, SlValue key) {
    bool found;
    return sl_call_special(vm, self, intern("__getitem__"), &key, 1, &found);
}

static bool slot_setitem(SlVM *vm, SlValue self, SlValue key, SlValue value) {
    bool found;
    SlValue r;
    if (value) {
        SlValue args[2] = {key, value};
        r = sl_call_special(vm, self, intern("__setitem__"), args, 2, &found);
        if (!found)
            sl_raise(vm, SL_TypeError, "'%s' object does not support item assignment",
                     sl_type_name(self));
    } else {
        r = sl_call_special(vm, self, intern("__delitem__"), &key, 1, &found);
        if (!found)
            sl_raise(vm, SL_TypeError, "'%s' object doesn't support item deletion",
                     sl_type_name(self));
    }
    if (!r) return false;
    sl_decref(vm, r);
    return true;
}

static int slot_contains(SlVM *vm, SlValue self, SlValue item) {
    bool found;
    SlValue f = sl_type_lookup(sl_type_of(self), intern("__contains__"));
    if (f == SL_NONE) {
        sl_raise(vm, SL_TypeError, "'%s' object is not a container", sl_type_name(self));
        return -1;
    }
    SlValue r = sl_call_special(vm, self, intern("__contains__"), &item, 1, &found);
    if (!found) {
        /* fall back to iteration */
        SlValue it = sl_iter(vm, self);
        if (!it) return -1;
        for (;;) {
            SlValue x = sl_iternext(vm, it);
            if (!x) {
                sl_decref(vm, it);
                return sl_exc_occurred(vm) ? -1 : 0;
            }
            int eq = sl_eq(vm, x, item);
            sl_decref(vm, x);
            if (eq) {
                sl_decref(vm, it);
                return eq;
            }
        }
    }
    if (!r) return -1;
    int t = sl_truthy(vm, r);
    sl_decref(vm, r);
    return t;
}

static const char *const binop_dunders[][3] = {
#define X(name, sym, d, r, i) {d, r, i},
    SL_BINOPS(X)
#undef X
};

/* Call type(self).<dunder>(self, other) where the dunder may be a C slot wrapper. */
static SlValue call_binop_dunder(SlVM *vm, SlValue self, SlValue other, SlBinOp op, int which,
                                 SlValue left, SlValue right) {
    SlValue name = intern(binop_dunders[op][which]);
    SlValue f = sl_type_lookup(sl_type_of(self), name);
    if (!f) return SL_NOTIMPL;
    if (SL_IS_OBJ(f) && SL_AS_OBJ(f)->type == &sl_wrapper_descr_type) {
        SlWrapperDescr *w = (SlWrapperDescr *)SL_AS_OBJ(f);
        if (which == 2) return w->owner->nb_inplace[op] ? w->owner->nb_inplace[op](vm, left, right)
                                                        : SL_NOTIMPL;
        return w->owner->nb[op] ? w->owner->nb[op](vm, left, right) : SL_NOTIMPL;
    }
    bool found;
    return sl_call_special(vm, self, name, &other, 1, &found);
}

static SlValue slot_binop(SlVM *vm, SlBinOp op, SlValue a, SlValue b, SlBinaryFn me) {
    SlType *ta = sl_type_of(a), *tb = sl_type_of(b);
    bool do_other = ta != tb && tb->nb[op] == me;
    if (ta->nb[op] == me) {
        if (do_other && sl_type_is_subtype(tb, ta)) {
            SlValue r = call_binop_dunder(vm, b, a, op, 1, a, b);
            if (r != SL_NOTIMPL) return r;
            do_other = false;
        }
        SlValue r = call_binop_dunder(vm, a, b, op, 0, a, b);
        if (r != SL_NOTIMPL || ta == tb) return r;
    }
    if (do_other) return call_binop_dunder(vm, b, a, op, 1, a, b);
    return SL_NOTIMPL;
}

#define X(name, sym, d, r, i)                                                                 \
    static SlValue slot_nb_##name(SlVM *vm, SlValue a, SlValue b) {                           \
        return slot_binop(vm, SL_NB_##name, a, b, slot_nb_##name);                            \
    }                                                                                         \
    static SlValue slot_inb_##name(SlVM *vm, SlValue a, SlValue b) {                          \
        return call_binop_dunder(vm, a, b, SL_NB_##name, 2, a, b);                            \
    }
SL_BINOPS(X)
#undef X

static const SlBinaryFn slot_nb_fns[SL_NB_COUNT] = {
#define X(name, sym, d, r, i) slot_nb_##name,
    SL_BINOPS(X)
#undef X
};
static const SlBinaryFn slot_inb_fns[SL_NB_COUNT] = {
#define X(name, sym, d, r, i) slot_inb_##name,
    SL_BINOPS(X)
#undef X
};

static SlValue unary_dunder(SlVM *vm, SlValue self, const char *name) {
    bool found;
    SlValue r = call_special0(vm, self, name, &found);
    if (!found) return SL_NOTIMPL;
    return r;
}
static SlValue slot_neg(SlVM *vm, SlValue a) { return unary_dunder(vm, a, "__neg__"); }
static SlValue slot_pos(SlVM *vm, SlValue a) { return unary_dunder(vm, a, "__pos__"); }
static SlValue slot_invert(SlVM *vm, SlValue a) { return unary_dunder(vm, a, "__invert__"); }
static SlValue slot_abs(SlVM *vm, SlValue a) {
    bool found;
    SlValue r = call_special0(vm, a, "__abs__", &found);
    if (!found) return sl_raise(vm, SL_TypeError, "bad operand type for abs(): '%s'", sl_type_name(a));
    return r;
}
static SlValue slot_index(SlVM *vm, SlValue a) {
    bool found;
    return call_special0(vm, a, "__index__", &found);
}
static SlValue slot_int(SlVM *vm, SlValue a) {
    bool found;
    return call_special0(vm, a, "__int__", &found);
}
static SlValue slot_float(SlVM *vm, SlValue a) {
    bool found;
    return call_special0(vm, a, "__float__", &found);
}

static int slot_bool(SlVM *vm, SlValue self) {
    bool found;
    SlValue r = call_special0(vm, self, "__bool__", &found);
    if (!found) {
        SlValue lf = sl_type_lookup(sl_type_of(self), intern("__len__"));
        if (!lf) return 1;
        int64_t n = slot_len(vm, self);
        return n < 0 ? -1 : n > 0;
    }
    if (!r) return -1;
    if (r != SL_TRUE && r != SL_FALSE) {
        sl_raise(vm, SL_TypeError, "__bool__ should return bool, returned %s", sl_type_name(r));
        sl_decref(vm, r);
        return -1;
    }
    return r == SL_TRUE;
}

static SlValue slot_descr_get(SlVM *vm, SlValue descr, SlValue obj, SlValue type) {
    SlValue args[2] = {obj ? obj : SL_NONE, type ? type : SL_NONE};
    bool found;
    return sl_call_special(vm, descr, intern("__get__"), args, 2, &found);
}

static bool slot_descr_set(SlVM *vm, SlValue descr, SlValue obj, SlValue value) {
    bool found;
    SlValue r;
    if (value) {
        SlValue args[2] = {obj, value};
        r = sl_call_special(vm, descr, intern("__set__"), args, 2, &found);
    } else {
        r = sl_call_special(vm, descr, intern("__delete__"), &obj, 1, &found);
    }
    if (!found)
        sl_raise(vm, SL_AttributeError, value ? "__set__" : "__delete__");
    if (!r) return false;
    sl_decref(vm, r);
    return true;
}

static bool slot_init(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                      SlValue kwnames) {
    static SlValue name;   /* interned once (immortal): this runs for every instance */
    if (!name) name = intern("__init__");
    SlValue f = sl_type_lookup(sl_type_of(self), name);
    if (!f) return true;
    SlValue r;
    if (sl_type_of(f) == &sl_function_type) {
        r = sl_call_prepend(vm, f, self, args, nargs, kwnames);
    } else {
        SlType *ft = sl_type_of(f);
        SlValue bound = ft->descr_get ? ft->descr_get(vm, f, self, SL_OBJ(sl_type_of(self)))
                                      : sl_incref(f);
        if (!bound) return false;
        r = sl_call(vm, bound, args, nargs, kwnames);
        sl_decref(vm, bound);
    }
    if (!r) return false;
    if (r != SL_NONE) {
        sl_raise(vm, SL_TypeError, "__init__() should return None, not '%s'", sl_type_name(r));
        sl_decref(vm, r);
        return false;
    }
    return true;
}

static SlValue slot_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs,
                        SlValue kwnames) {
    static SlValue name;   /* interned once (immortal): this runs for every instance */
    if (!name) name = intern("__new__");
    SlValue f = sl_type_lookup(type, name);
    if (!f) return object_new(vm, type, args, nargs, kwnames);
    SlValue func = f;
    if (sl_type_of(f) == &sl_staticmethod_type) func = ((SlStaticMethod *)SL_AS_OBJ(f))->callable;
    return sl_call_prepend(vm, func, SL_OBJ(type), args, nargs, kwnames);
}

/* Recompute the C slots of heap type t from the dunders along its MRO. */
static void update_slots(SlType *t) {
    SlType *b = t->base;
    for (const SlotDef *sd = slotdefs; sd->name; sd++) {
        SlValue f = sl_type_lookup(t, intern(sd->name));
        bool from_static = false;
        SlType *owner = NULL;
        if (f && is_wrapper_of(f, NULL, sd)) {
            from_static = true;
            owner = ((SlWrapperDescr *)SL_AS_OBJ(f))->owner;
        }
        switch (sd->kind) {
        case W_INIT: t->init = !f ? b->init : from_static ? owner->init : slot_init; break;
        case W_REPR: t->repr = !f ? b->repr : from_static ? owner->repr : slot_repr; break;
        case W_STR: t->str = !f ? b->str : from_static ? owner->str : slot_str; break;
        case W_HASH: t->hash = f == SL_NONE ? NULL : (!f ? b->hash : from_static ? owner->hash : slot_hash); break;
        case W_CALL: t->call = !f ? b->call : from_static ? owner->call : slot_call; break;
        case W_GETATTRIBUTE: break; /* handled with __getattr__ below */
        case W_SETATTR: case W_DELATTR:
            if (f && !from_static) t->setattro = slot_setattro;
            else if (sd->kind == W_SETATTR) t->setattro = f ? owner->setattro : b->setattro;
            break;
        case W_LT: case W_LE: case W_EQ: case W_NE: case W_GT: case W_GE:
            if (sd->kind == W_LT) t->richcompare = b->richcompare;
            if (f && !from_static) t->richcompare = slot_richcompare;
            break;
        case W_ITER: t->iter = f == SL_NONE ? NULL : !f ? b->iter : from_static ? owner->iter : slot_iter; break;
        case W_NEXT: t->iternext = !f ? b->iternext : from_static ? owner->iternext : slot_iternext; break;
        case W_LEN: t->len = !f ? b->len : from_static ? owner->len : slot_len; break;
        case W_GETITEM: t->getitem = !f ? b->getitem : from_static ? owner->getitem : slot_getitem; break;
        case W_SETITEM: case W_DELITEM:
            if (sd->kind == W_SETITEM) t->setitem = b->setitem;
            if (f && !from_static) t->setitem = slot_setitem;
            else if (f && from_static) t->setitem = owner->setitem;
            break;
        case W_CONTAINS: t->contains = !f ? b->contains : from_static ? owner->contains : slot_contains; break;
        case W_BINOP: case W_RBINOP:
            if (sd->kind == W_BINOP) t->nb[sd->op] = b->nb[sd->op];
            if (f && !from_static) t->nb[sd->op] = slot_nb_fns[sd->op];
            else if (f && from_static && !t->nb[sd->op]) t->nb[sd->op] = owner->nb[sd->op];
            break;
        case W_IBINOP:
            t->nb_inplace[sd->op] = !f ? b->nb_inplace[sd->op]
                                       : from_static ? owner->nb_inplace[sd->op] : slot_inb_fns[sd->op];
            break;
        case W_NEG: case W_POS: case W_INVERT: {
            static const SlUnaryFn fns[] = {slot_neg, slot_pos, slot_invert};
            t->un[sd->op] = !f ? b->un[sd->op] : from_static ? owner->un[sd->op] : fns[sd->op];
            break;
        }
        case W_ABS: t->abs = !f ? b->abs : from_static ? owner->abs : slot_abs; break;
        case W_BOOL: t->bool_ = !f ? b->bool_ : from_static ? owner->bool_ : slot_bool; break;
        case W_INDEX: t->index = !f ? b->index : from_static ? owner->index : slot_index; break;
        case W_INT: t->int_ = !f ? b->int_ : from_static ? owner->int_ : slot_int; break;
        case W_FLOAT: t->float_ = !f ? b->float_ : from_static ? owner->float_ : slot_float; break;
        case W_GET: t->descr_get = !f ? b->descr_get : from_static ? owner->descr_get : slot_descr_get; break;
        case W_SET: case W_DELETE:
            if (sd->kind == W_SET) t->descr_set = b->descr_set;
            if (f && !from_static) t->descr_set = slot_descr_set;
            else if (f && from_static) t->descr_set = owner->descr_set;
            break;
        }
    }
    /* __len__ defined but no __bool__: truth uses len (handled in sl_truthy) */
    if (!t->bool_ && sl_type_lookup(t, intern("__bool__")) == SL_NULL) t->bool_ = NULL;
    /* attribute access */
    SlValue ga = sl_type_lookup(t, intern("__getattribute__"));
    SlValue gattr = sl_type_lookup(t, intern("__getattr__"));
    bool ga_static = ga && SL_IS_OBJ(ga) && SL_AS_OBJ(ga)->type == &sl_wrapper_descr_type;
    if (gattr || (ga && !ga_static)) t->getattro = slot_getattr_hook;
    else t->getattro = ga_static ? ((SlWrapperDescr *)SL_AS_OBJ(ga))->owner->getattro : b->getattro;
    /* __new__ */
    SlValue nf = sl_type_lookup(t, intern("__new__"));
    if (nf && SL_IS_OBJ(nf) && SL_AS_OBJ(nf)->type == &sl_builtin_type) {
        SlBuiltin *bf = (SlBuiltin *)SL_AS_OBJ(nf);
        t->new_ = TYPE(bf->self)->new_;
    } else if (nf) {
        t->new_ = slot_new;
    } else {
        t->new_ = b->new_;
    }
}

/* ---- readying static types --------------------------------------------------------------- */

static SlValue make_wrapper(SlType *owner, const SlotDef *sd) {
    SlWrapperDescr *w = (SlWrapperDescr *)sl_obj_alloc(NULL, &sl_wrapper_descr_type,
                                                       sizeof(SlWrapperDescr));
    w->owner = owner;
    w->kind = (uint8_t)sd->kind;
    w->op = (uint8_t)sd->op;
    w->name = intern(sd->name);
    return SL_OBJ(w);
}

static SlValue tp_new_wrapper(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                              SlValue kw) {
    /* T.__new__(S, *args): self is T */
    SlType *t = TYPE(self);
    if (nargs < 1)
        return sl_raise(vm, SL_TypeError, "%s.__new__(): not enough arguments", t->name);
    if (!IS_TYPE(args[0]))
        return sl_raise(vm, SL_TypeError, "%s.__new__(X): X is not a type object (%s)", t->name,
                        sl_type_name(args[0]));
    SlType *sub = TYPE(args[0]);
    if (!sl_type_is_subtype(sub, t))
        return sl_raise(vm, SL_TypeError, "%s.__new__(%s): %s is not a subtype of %s", t->name,
                        sub->name, sub->name, t->name);
    return t->new_(vm, sub, args + 1, nargs - 1, kw);
}
static SlValue object_new_wrapper(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                  SlValue kw) {
    return tp_new_wrapper(vm, self, args, nargs, kw);
}

static const SlMethodDef new_def = {"__new__", object_new_wrapper, 0,
                                    "Create and return a new object."};

static void inherit_slots(SlType *t, SlType *b) {
#define INH(f) if (!t->f) t->f = b->f
    INH(dealloc); INH(traverse); INH(clear); INH(repr); INH(str); INH(richcompare);
    INH(getattro); INH(setattro); INH(call); INH(iter); INH(iternext); INH(len);
    INH(getitem); INH(setitem); INH(contains); INH(abs); INH(bool_); INH(index);
    INH(int_); INH(float_); INH(descr_get); INH(descr_set); INH(init);
    for (int i = 0; i < SL_NB_COUNT; i++) {
        INH(nb[i]);
        INH(nb_inplace[i]);
    }
    for (int i = 0; i < SL_UN_COUNT; i++) INH(un[i]);
    /* hash is inherited only together with richcompare, as CPython */
    if (!t->hash && t->richcompare == b->richcompare) t->hash = b->hash;
    if (!t->new_ && t != &sl_object_type && b->new_ != object_new) t->new_ = NULL;
#undef INH
}

void sl_type_ready(SlType *t) {
    if (t->flags & SL_TPFLAGS_READY) return;
    t->flags |= SL_TPFLAGS_READY;
    if (!t->base && t != &sl_object_type) t->base = &sl_object_type;
    if (t->base) sl_type_ready(t->base);
    t->dict = sl_dict_new(NULL);
    /* mro = (t,) + base.mro */
    size_t nb = t->base ? SL_TUPLE_SIZE(t->base->mro) : 0;
    SlValue mro = sl_tuple_new(NULL, nb + 1);
    SL_TUPLE_ITEMS(mro)[0] = SL_OBJ(t);
    for (size_t i = 0; i < nb; i++) SL_TUPLE_ITEMS(mro)[i + 1] = SL_TUPLE_ITEMS(t->base->mro)[i];
    t->mro = mro;
    t->bases = t->base ? sl_tuple_pack(NULL, 1, SL_OBJ(t->base)) : sl_tuple_new(NULL, 0);
    if (t->base) {
        t->flags |= t->base->flags & (SL_TPFLAGS_INT_SUBCLASS | SL_TPFLAGS_LIST_SUBCLASS |
                                      SL_TPFLAGS_TUPLE_SUBCLASS | SL_TPFLAGS_BYTES_SUBCLASS |
                                      SL_TPFLAGS_STR_SUBCLASS | SL_TPFLAGS_DICT_SUBCLASS |
                                      SL_TPFLAGS_EXC_SUBCLASS | SL_TPFLAGS_TYPE_SUBCLASS);
        if (!t->basicsize) t->basicsize = t->base->basicsize;
    }
    /* slot wrappers for slots this type defines itself */
    for (const SlotDef *sd = slotdefs; sd->name; sd++) {
        if (!has_slot(t, sd)) continue;
        if (t->base && sd->kind != W_INIT && has_slot(t->base, sd)) {
            /* inherited unchanged: CPython shows the base's wrapper */
            bool same = false;
            switch (sd->kind) {
            case W_REPR: same = t->repr == t->base->repr; break;
            case W_STR: same = t->str == t->base->str; break;
            case W_HASH: same = t->hash == t->base->hash; break;
            case W_GETATTRIBUTE: same = t->getattro == t->base->getattro; break;
            case W_SETATTR: case W_DELATTR: same = t->setattro == t->base->setattro; break;
            case W_LT: case W_LE: case W_EQ: case W_NE: case W_GT: case W_GE:
                same = t->richcompare == t->base->richcompare; break;
            default: break;
            }
            if (same) continue;
        }
        if (sd->kind == W_INIT && t->base && t->init == t->base->init) continue;
        SlValue name = intern(sd->name);
        if (!sl_dict_get_str(t->dict, name)) sl_dict_set(NULL, t->dict, name, make_wrapper(t, sd));
    }
    if (!t->hash && t->richcompare && t->base && t->richcompare != t->base->richcompare &&
        t != &sl_object_type)
        sl_dict_set(NULL, t->dict, intern("__hash__"), SL_NONE);
    if (t->new_ && (!t->base || t->new_ != t->base->new_))
        sl_dict_set(NULL, t->dict, intern("__new__"), sl_builtin_new(NULL, &new_def, SL_OBJ(t), SL_NULL));
    if (t->methods) {
        for (const SlMethodDef *m = t->methods; m->name; m++) {
            SlMethodDescr *d = (SlMethodDescr *)sl_obj_alloc(NULL, &sl_method_descr_type,
                                                             sizeof(SlMethodDescr));
            d->owner = t;
            d->def = m;
            SlValue v = SL_OBJ(d);
            if (m->flags & SL_METH_STATIC) {
                SlStaticMethod *s = (SlStaticMethod *)sl_obj_alloc(NULL, &sl_staticmethod_type,
                                                                   sizeof(SlStaticMethod));
                s->callable = sl_builtin_new(NULL, m, SL_NULL, SL_NULL);
                v = SL_OBJ(s);
            }
            sl_dict_set(NULL, t->dict, intern(m->name), v);
        }
    }
    if (t->getsets) {
        for (const SlGetSetDef *g = t->getsets; g->name; g++) {
            SlGetSetDescr *d = (SlGetSetDescr *)sl_obj_alloc(NULL, &sl_getset_descr_type,
                                                             sizeof(SlGetSetDescr));
            d->owner = t;
            d->def = g;
            sl_dict_set(NULL, t->dict, intern(g->name), SL_OBJ(d));
        }
    }
    if (!sl_dict_get_cstr(t->dict, "__doc__"))
        sl_dict_set(NULL, t->dict, intern("__doc__"),
                    t->doc ? sl_str_from_cstr(NULL, t->doc) : SL_NONE);
    if (t->base) inherit_slots(t, t->base);
    if (!t->new_ && t->base && t->base != &sl_object_type) {
        /* a type that defines no new_ and inherits from a non-object base
         * keeps the base's constructor */
        t->new_ = t->base->new_;
    }
    assign_version(t);
}

/* ---- the type type --------------------------------------------------------------------------- */

static SlValue type_repr(SlVM *vm, SlValue v) {
    SlType *t = TYPE(v);
    SlValue mod = t->dict ? sl_dict_get_cstr(t->dict, "__module__") : SL_NULL;
    if (mod && SL_IS_STR(mod) && !sl_str_eq_cstr(mod, "builtins"))
        return sl_str_printf(vm, "<class '%s.%s'>", SL_STR_DATA(mod),
                             t->qualname ? SL_STR_DATA(t->qualname) : t->name);
    return sl_str_printf(vm, "<class '%s'>", t->name);
}

static SlValue type_new_impl(SlVM *vm, SlType *meta, SlValue name, SlValue bases, SlValue ns,
                             SlValue kwnames_dict);

static SlValue type_call(SlVM *vm, SlValue callable, const SlValue *args, size_t nargs,
                         SlValue kwnames) {
    SlType *t = TYPE(callable);
    if (t == &sl_type_type && nargs == 1 && (!kwnames || SL_TUPLE_SIZE(kwnames) == 0))
        return sl_incref(SL_OBJ(sl_type_of(args[0])));
    if (!t->new_)
        return sl_raise(vm, SL_TypeError, "cannot create '%s' instances", t->name);
    /* CPython calls a class through tp_call with a tuple of the arguments */
    unsigned argtuple = (t->flags & SL_TPFLAGS_HEAPTYPE) ? sl_mm_temp_tuple(vm, nargs) : 0;
    SlValue obj = t->new_(vm, t, args, nargs, kwnames);
    if (obj && sl_isinstance_type(obj, t)) {
        SlType *ot = sl_type_of(obj);
        if (ot->init && !ot->init(vm, obj, args, nargs, kwnames)) {
            sl_decref(vm, obj);
            obj = SL_NULL;
        }
    }
    sl_mm_temp_tuple_done(vm, nargs, argtuple);
    return obj;
}

static SlValue type_new(SlVM *vm, SlType *meta, const SlValue *args, size_t nargs,
                        SlValue kwnames) {
    if (nargs == 1 && meta == &sl_type_type && (!kwnames || SL_TUPLE_SIZE(kwnames) == 0))
        return sl_incref(SL_OBJ(sl_type_of(args[0])));
    if (nargs != 3)
        return sl_raise(vm, SL_TypeError, "type() takes 1 or 3 arguments");
    if (!SL_IS_STR(args[0]))
        return sl_raise(vm, SL_TypeError, "type.__new__() argument 1 must be str, not %s",
                        sl_type_name(args[0]));
    if (!SL_IS_TUPLE(args[1]))
        return sl_raise(vm, SL_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                        sl_type_name(args[1]));
    if (!SL_IS_DICT(args[2]))
        return sl_raise(vm, SL_TypeError, "type.__new__() argument 3 must be dict, not %s",
                        sl_type_name(args[2]));
    SlValue kw = SL_NULL;
    size_t nkw = kwnames ? SL_TUPLE_SIZE(kwnames) : 0;
    if (nkw) {
        kw = sl_dict_new(vm);
        if (!kw) return SL_NULL;
        for (size_t i = 0; i < nkw; i++)
            if (!sl_dict_set(vm, kw, SL_TUPLE_ITEMS(kwnames)[i], args[nargs + i])) {
                sl_decref(vm, kw);
                return SL_NULL;
            }
    }
    SlValue r = type_new_impl(vm, meta, args[0], args[1], args[2], kw);
    sl_xdecref(vm, kw);
    return r;
}

static bool type_init(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kwnames) {
    (void)vm; (void)self; (void)args; (void)nargs; (void)kwnames;
    return true;
}

static SlValue type_getattro(SlVM *vm, SlValue obj, SlValue name) {
    if (!SL_IS_STR(name))
        return sl_raise(vm, SL_TypeError, "attribute name must be string, not '%s'",
                        sl_type_name(name));
    SlType *type = TYPE(obj);
    SlType *meta = sl_type_of(obj);
    SlValue meta_attr = sl_type_lookup(meta, name);
    SlType *mt = NULL;
    if (meta_attr) {
        mt = sl_type_of(meta_attr);
        if (mt->descr_get && mt->descr_set) {
            sl_incref(meta_attr);
            SlValue r = mt->descr_get(vm, meta_attr, obj, SL_OBJ(meta));
            sl_decref(vm, meta_attr);
            return r;
        }
    }
    SlValue attr = sl_type_lookup(type, name);
    if (attr) {
        SlType *at = sl_type_of(attr);
        if (at->descr_get) {
            sl_incref(attr);
            SlValue r = at->descr_get(vm, attr, SL_NULL, obj);
            sl_decref(vm, attr);
            return r;
        }
        return sl_incref(attr);
    }
    if (meta_attr) {
        if (mt->descr_get) {
            sl_incref(meta_attr);
            SlValue r = mt->descr_get(vm, meta_attr, obj, SL_OBJ(meta));
            sl_decref(vm, meta_attr);
            return r;
        }
        return sl_incref(meta_attr);
    }
    return sl_raise_attribute_error(vm, obj, name, "type object '%s' has no attribute '%s'",
                                    type->qualname ? SL_STR_DATA(type->qualname) : type->name,
                                    SL_STR_DATA(name));
}

static void fixup_subclass_slots(SlType *t) {
    update_slots(t);
    if (!t->subclasses) return;
    SlList *l = SL_LIST(t->subclasses);
    for (size_t i = 0; i < l->size; i++)
        fixup_subclass_slots((SlType *)(intptr_t)(SL_INT_VAL(l->items[i]) << 3));
}

static bool type_setattro(SlVM *vm, SlValue obj, SlValue name, SlValue value) {
    SlType *t = TYPE(obj);
    if (!(t->flags & SL_TPFLAGS_HEAPTYPE)) {
        if (vm->ver->msg_immutable_type_setattr)
            sl_raise(vm, SL_TypeError, "cannot set '%s' attribute of immutable type '%s'",
                     SL_STR_DATA(name), t->name);
        else
            sl_raise(vm, SL_TypeError, "can't set attributes of built-in/extension type '%s'",
                     t->name);
        return false;
    }
    SlType *meta = sl_type_of(obj);
    SlValue meta_attr = sl_type_lookup(meta, name);
    if (meta_attr && sl_type_of(meta_attr)->descr_set) {
        sl_incref(meta_attr);
        bool ok = sl_type_of(meta_attr)->descr_set(vm, meta_attr, obj, value);
        sl_decref(vm, meta_attr);
        return ok;
    }
    if (!SL_IS_EXACT_STR(name) || !(SL_STR(name)->ob.flags16 & SL_STR_INTERNED)) {
        sl_incref(name);
        name = sl_str_intern(vm, name);
        sl_decref(vm, name); /* interned strings are immortal */
    }
    if (value) {
        if (!sl_dict_set(vm, t->dict, name, value)) return false;
    } else {
        int r = sl_dict_del(vm, t->dict, name);
        if (r < 0) return false;
        if (r == 0) {
            if (vm->ver->msg_del_missing_attr_full)
                sl_raise(vm, SL_AttributeError, "type object '%s' has no attribute '%s'", t->name,
                         SL_STR_DATA(name));
            else
                sl_raise(vm, SL_AttributeError, "%s", SL_STR_DATA(name));
            return false;
        }
    }
    sl_type_modified(t);
    const char *n = SL_STR_DATA(name);
    if (n[0] == '_' && n[1] == '_') fixup_subclass_slots(t);
    return true;
}

/* Take t out of its bases' subclass lists.  The cycle collector may have
 * cleared the bases tuple first (tuple_clear): then t->base, which t holds
 * on its own, is the one base still known. */
static void unregister_subclass(SlType *t) {
    bool base_done = false;
    if (t->bases) {
        for (size_t i = 0; i < SL_TUPLE_SIZE(t->bases); i++) {
            SlValue b = SL_TUPLE_ITEMS(t->bases)[i];
            if (!b) continue;
            remove_subclass(TYPE(b), t);
            if (TYPE(b) == t->base) base_done = true;
        }
    }
    if (t->base && !base_done) remove_subclass(t->base, t);
}

static void type_dealloc(SlVM *vm, SlObject *o) {
    SlType *t = (SlType *)o;
    unregister_subclass(t);
    if (t->weaklist) sl_weakref_clear_all(vm, SL_OBJ(o));
    sl_xdecref(vm, t->name_obj);
    sl_xdecref(vm, t->qualname);
    sl_xdecref(vm, t->bases);
    sl_xdecref(vm, t->mro);
    sl_xdecref(vm, t->dict);
    sl_xdecref(vm, t->subclasses);
    if (t->base) sl_decref(vm, SL_OBJ(t->base));
    free((void *)t->name);
    sl_mm_class_dying(vm, t);
    sl_inst_class_free(vm, t);
    sl_layout_release(t);
    sl_obj_free(vm, o);
}

static void type_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    SlType *t = (SlType *)o;
    if (!(t->flags & SL_TPFLAGS_HEAPTYPE)) return;
    if (t->dict) visit(t->dict, arg);
    if (t->mro) visit(t->mro, arg);
    if (t->bases) visit(t->bases, arg);
    if (t->base) visit(SL_OBJ(t->base), arg);
}

static void type_clear(SlVM *vm, SlObject *o) {
    SlType *t = (SlType *)o;
    unregister_subclass(t);   /* while the bases are still there, if they are */
    if (t->dict) sl_dict_clear(vm, t->dict);
    SL_SETREF(vm, t->mro, SL_NULL);
}

#define T(v) TYPE(v)
static SlValue type_get_name(SlVM *vm, SlValue s) {
    if (T(s)->name_obj) return sl_incref(T(s)->name_obj);
    const char *n = strrchr(T(s)->name, '.');
    return sl_str_from_cstr(vm, n ? n + 1 : T(s)->name);
}
static bool type_set_name(SlVM *vm, SlValue s, SlValue v) {
    if (!(T(s)->flags & SL_TPFLAGS_HEAPTYPE)) {
        sl_raise(vm, SL_TypeError, "cannot set '__name__' attribute of immutable type '%s'", T(s)->name);
        return false;
    }
    if (!v || !SL_IS_STR(v)) {
        sl_raise(vm, SL_TypeError, "can only assign string to %s.__name__, not '%s'", T(s)->name,
                 v ? sl_type_name(v) : "NULL");
        return false;
    }
    char *nn = strdup(SL_STR_DATA(v));
    free((void *)T(s)->name);
    T(s)->name = nn;
    SL_SETREF(vm, T(s)->name_obj, sl_incref(v));
    return true;
}
static SlValue type_get_qualname(SlVM *vm, SlValue s) {
    if (T(s)->qualname) return sl_incref(T(s)->qualname);
    return type_get_name(vm, s);
}
static bool type_set_qualname(SlVM *vm, SlValue s, SlValue v) {
    if (!v || !SL_IS_STR(v)) {
        sl_raise(vm, SL_TypeError, "can only assign string to %s.__qualname__", T(s)->name);
        return false;
    }
    SL_SETREF(vm, T(s)->qualname, sl_incref(v));
    return true;
}
static SlValue type_get_module(SlVM *vm, SlValue s) {
    SlValue m = sl_dict_get_cstr(T(s)->dict, "__module__");
    if (m) return sl_incref(m);
    return sl_str_from_cstr(vm, "builtins");
}
/* CPython's type_set_doc (type_setattro already refused static types) */
static bool type_set_doc(SlVM *vm, SlValue s, SlValue v) {
    if (!v) {
        if (vm->ver->msg_immutable_type_setattr)
            sl_raise(vm, SL_TypeError, "cannot delete '__doc__' attribute of immutable type '%s'",
                     T(s)->name);
        else
            sl_raise(vm, SL_TypeError, "can't delete %s.__doc__", T(s)->name);
        return false;
    }
    if (!sl_dict_set(vm, T(s)->dict, intern("__doc__"), v)) return false;
    sl_type_modified(T(s));
    return true;
}
static bool type_set_module(SlVM *vm, SlValue s, SlValue v) {
    if (!sl_dict_set(vm, T(s)->dict, intern("__module__"), v ? v : SL_NONE)) return false;
    sl_type_modified(T(s));
    return true;
}
static SlValue type_get_bases(SlVM *vm, SlValue s) { (void)vm; return sl_incref(T(s)->bases); }
static SlValue type_get_base(SlVM *vm, SlValue s) {
    (void)vm;
    return sl_incref(T(s)->base ? SL_OBJ(T(s)->base) : SL_NONE);
}
static SlValue type_get_mro(SlVM *vm, SlValue s) { (void)vm; return sl_incref(T(s)->mro); }
static SlValue type_get_dict(SlVM *vm, SlValue s) {
    /* read-only, so that writes go through setattr (slot updates, cache) */
    return sl_mappingproxy_new(vm, T(s)->dict);
}
static SlValue type_get_doc(SlVM *vm, SlValue s) {
    (void)vm;
    SlValue d = sl_dict_get_cstr(T(s)->dict, "__doc__");
    if (d && sl_type_of(d)->descr_get && SL_AS_OBJ(d)->type != &sl_str_type)
        return sl_type_of(d)->descr_get(vm, d, SL_NULL, s);
    return sl_incref(d ? d : SL_NONE);
}
/* The C-level layout attributes show the modelled CPython's layout (layout.c). */
static SlValue type_get_basicsize(SlVM *vm, SlValue s) {
    return sl_int_from_i64(vm, sl_layout_of(vm->ver, T(s))->basicsize);
}
static SlValue type_get_itemsize(SlVM *vm, SlValue s) {
    return sl_int_from_i64(vm, sl_layout_of(vm->ver, T(s))->itemsize);
}
static SlValue type_get_dictoffset(SlVM *vm, SlValue s) {
    return sl_int_from_i64(vm, sl_layout_of(vm->ver, T(s))->dictoffset);
}
static SlValue type_get_weakrefoffset(SlVM *vm, SlValue s) {
    return sl_int_from_i64(vm, sl_layout_of(vm->ver, T(s))->weaklistoffset);
}
static SlValue type_get_flags(SlVM *vm, SlValue s) {
    uint64_t f = sl_layout_of(vm->ver, T(s))->flags;
    if (T(s)->flags & SL_TPFLAGS_ABSTRACT) f |= 1u << 20;   /* Py_TPFLAGS_IS_ABSTRACT */
    return sl_int_from_u64(vm, f);
}
static SlValue type_get_abstractmethods(SlVM *vm, SlValue s) {
    SlValue v = sl_dict_get_cstr(T(s)->dict, "__abstractmethods__");
    if (!v) return sl_raise_attribute_error(vm, s, intern("__abstractmethods__"), "__abstractmethods__");
    return sl_incref(v);
}

static SlValue type_mro_method(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "mro", nargs, kw, 0, 0)) return SL_NULL;
    SlValue mro = T(self)->mro;
    SlValue l = sl_list_new(vm, SL_TUPLE_SIZE(mro));
    if (!l) return SL_NULL;
    for (size_t i = 0; i < SL_TUPLE_SIZE(mro); i++)
        SL_LIST(l)->items[i] = sl_incref(SL_TUPLE_ITEMS(mro)[i]);
    return l;
}

static SlValue type_subclasses(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "__subclasses__", nargs, kw, 0, 0)) return SL_NULL;
    SlValue l = sl_list_new(vm, 0);
    if (!l) return SL_NULL;
    SlValue subs = T(self)->subclasses;
    for (size_t i = 0; subs && i < SL_LIST(subs)->size; i++) {
        SlType *st = (SlType *)(intptr_t)(SL_INT_VAL(SL_LIST(subs)->items[i]) << 3);
        if (!sl_list_append(vm, l, SL_OBJ(st))) {
            sl_decref(vm, l);
            return SL_NULL;
        }
    }
    return l;
}

int sl_type_instance_check(SlVM *vm, SlValue obj, SlType *cls) {
    if (sl_isinstance_type(obj, cls)) return 1;
    /* CPython's object_isinstance: a proxy passes for what its __class__ says */
    SlValue icls = sl_lookup_attr(vm, obj, intern("__class__"));
    if (!icls) return sl_exc_occurred(vm) ? -1 : 0;
    int r = icls != SL_OBJ(sl_type_of(obj)) && IS_TYPE(icls) && sl_type_is_subtype(TYPE(icls), cls);
    sl_decref(vm, icls);
    return r;
}

static SlValue type_instancecheck(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    if (!sl_args_check(vm, "__instancecheck__", nargs, kw, 1, 1)) return SL_NULL;
    int r = sl_type_instance_check(vm, args[0], T(self));
    return r < 0 ? SL_NULL : SL_BOOL(r);
}
static SlValue type_subclasscheck(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    if (!sl_args_check(vm, "__subclasscheck__", nargs, kw, 1, 1)) return SL_NULL;
    if (!IS_TYPE(args[0]))
        return sl_raise(vm, SL_TypeError, "issubclass() arg 1 must be a class");
    return SL_BOOL(sl_type_is_subtype(T(args[0]), T(self)));
}
static SlValue type_prepare(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self; (void)args; (void)nargs; (void)kw;
    return sl_dict_new(vm);
}
static SlValue type_dir(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    return object_dir_method(vm, self, args, nargs, kw);
}

static const SlMethodDef type_methods[] = {
    {"mro", type_mro_method, 0, NULL},
    {"__subclasses__", type_subclasses, 0, NULL},
    {"__instancecheck__", type_instancecheck, 0, NULL},
    {"__subclasscheck__", type_subclasscheck, 0, NULL},
    {"__prepare__", type_prepare, SL_METH_CLASS, NULL},
    {"__dir__", type_dir, 0, NULL},
    {NULL, NULL, 0, NULL}};

static const SlGetSetDef type_getsets[] = {
    {"__name__", type_get_name, type_set_name, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL},
    {"__module__", type_get_module, type_set_module, NULL},
    {"__bases__", type_get_bases, NULL, NULL},
    {"__base__", type_get_base, NULL, NULL},
    {"__mro__", type_get_mro, NULL, NULL},
    {"__dict__", type_get_dict, NULL, NULL},
    {"__doc__", type_get_doc, type_set_doc, NULL},
    {"__basicsize__", type_get_basicsize, NULL, NULL},
    {"__itemsize__", type_get_itemsize, NULL, NULL},
    {"__flags__", type_get_flags, NULL, NULL},
    {"__dictoffset__", type_get_dictoffset, NULL, NULL},
    {"__weakrefoffset__", type_get_weakrefoffset, NULL, NULL},
    {"__abstractmethods__", type_get_abstractmethods, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

SlType sl_type_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "type",
    .flags = SL_TPFLAGS_BASETYPE | SL_TPFLAGS_HAVE_GC | SL_TPFLAGS_TYPE_SUBCLASS,
    .basicsize = sizeof(SlType),
    .weaklistoffset = offsetof(SlType, weaklist),
    .dealloc = type_dealloc,
    .traverse = type_traverse,
    .clear = type_clear,
    .new_ = type_new,
    .init = type_init,
    .repr = type_repr,
    .getattro = type_getattro,
    .setattro = type_setattro,
    .call = type_call,
    .methods = type_methods,
    .getsets = type_getsets,
};

/* ---- class creation ----------------------------------------------------------------------------- */

/* C3 linearisation: merge the bases' MROs and the bases list. */
static SlValue compute_mro(SlVM *vm, SlType *t, SlValue bases) {
    size_t nb = SL_TUPLE_SIZE(bases);
    size_t nseq = nb + 1;
    SlValue *seqs[64];
    size_t lens[64], pos[64];
    if (nseq > 64) return sl_raise(vm, SL_TypeError, "too many bases");
    for (size_t i = 0; i < nb; i++) {
        SlValue m = TYPE(SL_TUPLE_ITEMS(bases)[i])->mro;
        seqs[i] = SL_TUPLE_ITEMS(m);
        lens[i] = SL_TUPLE_SIZE(m);
        pos[i] = 0;
    }
    seqs[nb] = SL_TUPLE_ITEMS(bases);
    lens[nb] = nb;
    pos[nb] = 0;
    SlValue result = sl_list_new(vm, 0);
    if (!result) return SL_NULL;
    if (!sl_list_append(vm, result, SL_OBJ(t))) goto fail;
    for (;;) {
        bool empty = true;
        SlValue cand = SL_NULL;
        for (size_t i = 0; i < nseq; i++) {
            if (pos[i] >= lens[i]) continue;
            empty = false;
            cand = seqs[i][pos[i]];
            /* cand must not be in the tail of any sequence */
            bool in_tail = false;
            for (size_t j = 0; j < nseq && !in_tail; j++)
                for (size_t k = pos[j] + 1; k < lens[j]; k++)
                    if (seqs[j][k] == cand) {
                        in_tail = true;
                        break;
                    }
            if (!in_tail) break;
            cand = SL_NULL;
        }
        if (empty) break;
        if (!cand) {
            /* CPython lists the bases that could not be ordered */
            SlBuf b;
            sl_buf_init(&b);
            bool first = true;
            for (size_t i = 0; i < nb; i++) {
                if (pos[i] >= lens[i]) continue;
                SlType *bt = TYPE(seqs[i][pos[i]]);
                bool dup = false;
                for (size_t j = 0; j < i; j++)
                    if (pos[j] < lens[j] && seqs[j][pos[j]] == seqs[i][pos[i]]) dup = true;
                if (dup) continue;
                if (!first) sl_buf_adds(&b, ", ");
                sl_buf_adds(&b, bt->name);
                first = false;
            }
            sl_buf_addc(&b, '\0');
            sl_raise(vm, SL_TypeError,
                     "Cannot create a consistent method resolution order (MRO) for bases %s",
                     b.data);
            sl_buf_free(&b);
            goto fail;
        }
        if (!sl_list_append(vm, result, cand)) goto fail;
        for (size_t i = 0; i < nseq; i++)
            if (pos[i] < lens[i] && seqs[i][pos[i]] == cand) pos[i]++;
    }
    SlValue tup = sl_tuple_from_array(vm, SL_LIST(result)->items, SL_LIST(result)->size);
    sl_decref(vm, result);
    return tup;
fail:
    sl_decref(vm, result);
    return SL_NULL;
}

/* The nearest ancestor that adds C-level fields (CPython's solid_base). */
static SlType *solid_base(SlType *t) {
    SlType *base = t->base ? solid_base(t->base) : &sl_object_type;
    if (!t->base) return t;
    /* t adds fields if its size grew beyond its base's, not counting an
     * added dict or weakref word (extra_ivars) */
    size_t t_size = t->basicsize, b_size = t->base->basicsize;
    if (t->itemsize || t->base->itemsize) {
        if (t_size == b_size) return base;
        return t;
    }
    if (t->weaklistoffset && !t->base->weaklistoffset) t_size -= sizeof(SlValue);
    if (t->dictoffset && !t->base->dictoffset) t_size -= sizeof(SlValue);
    return t_size != b_size ? t : base;
}

static SlType *best_base(SlVM *vm, SlValue bases) {
    SlType *base = NULL, *winner = NULL;
    for (size_t i = 0; i < SL_TUPLE_SIZE(bases); i++) {
        SlValue bv = SL_TUPLE_ITEMS(bases)[i];
        if (!IS_TYPE(bv)) {
            sl_raise(vm, SL_TypeError, "bases must be types");
            return NULL;
        }
        SlType *bt = TYPE(bv);
        if (!(bt->flags & SL_TPFLAGS_BASETYPE)) {
            sl_raise(vm, SL_TypeError, "type '%s' is not an acceptable base type", bt->name);
            return NULL;
        }
        SlType *candidate = solid_base(bt);
        if (!winner) {
            winner = candidate;
            base = bt;
        } else if (sl_type_is_subtype(winner, candidate)) {
            ;
        } else if (sl_type_is_subtype(candidate, winner)) {
            winner = candidate;
            base = bt;
        } else {
            sl_raise(vm, SL_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

static SlValue mangle(SlVM *vm, SlValue classname, SlValue name) {
    const char *n = SL_STR_DATA(name);
    size_t len = SL_STR_SIZE(name);
    if (len < 2 || n[0] != '_' || n[1] != '_' || (len >= 2 && n[len - 1] == '_' && n[len - 2] == '_') ||
        strchr(n, '.'))
        return sl_incref(name);
    const char *c = SL_STR_DATA(classname);
    while (*c == '_') c++;
    if (!*c) return sl_incref(name);
    return sl_str_printf(vm, "_%s%s", c, n);
}

static int cmp_str_values(const void *a, const void *b) {
    return sl_str_cmp(*(const SlValue *)a, *(const SlValue *)b);
}

static SlValue subtype_get_dict(SlVM *vm, SlValue self) { return object_get_dict(vm, self); }
static bool subtype_set_dict(SlVM *vm, SlValue self, SlValue v) { return object_set_dict(vm, self, v); }
static const SlGetSetDef subtype_dict_getset[] = {
    {"__dict__", subtype_get_dict, subtype_set_dict, "dictionary for instance variables"},
    {NULL, NULL, NULL, NULL}};
static const SlGetSetDef subtype_weakref_getset[] = {
    {"__weakref__", object_get_weakref, NULL, "list of weak references to the object"},
    {NULL, NULL, NULL, NULL}};

static bool add_getset(SlVM *vm, SlType *t, const SlGetSetDef *def) {
    SlGetSetDescr *d = (SlGetSetDescr *)sl_obj_alloc(vm, &sl_getset_descr_type, sizeof(SlGetSetDescr));
    if (!d) return false;
    d->owner = t;
    d->def = def;
    bool ok = sl_dict_set(vm, t->dict, intern(def->name), SL_OBJ(d));
    sl_decref(vm, SL_OBJ(d));
    return ok;
}

static SlValue type_new_impl(SlVM *vm, SlType *meta, SlValue name, SlValue bases_in, SlValue ns,
                             SlValue kwds) {
    SlValue bases = SL_NULL, slots = SL_NULL, dict = SL_NULL;
    SlType *t = NULL;
    SlValue *slotnames = NULL;
    size_t nslots = 0;
    /* metaclass: the most derived of meta and the bases' types */
    for (size_t i = 0; i < SL_TUPLE_SIZE(bases_in); i++) {
        SlType *bm = sl_type_of(SL_TUPLE_ITEMS(bases_in)[i]);
        if (sl_type_is_subtype(meta, bm)) continue;
        if (sl_type_is_subtype(bm, meta)) {
            meta = bm;
            continue;
        }
        return sl_raise(vm, SL_TypeError,
                        "metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases");
    }
    if (SL_TUPLE_SIZE(bases_in) == 0) bases = sl_tuple_pack(vm, 1, SL_OBJ(&sl_object_type));
    else bases = sl_incref(bases_in);
    if (!bases) return SL_NULL;
    SlType *base = best_base(vm, bases);
    if (!base) goto fail;
    dict = sl_dict_copy(vm, ns);
    if (!dict) goto fail;

    bool add_dict = false, add_weak = false, may_add_dict = base->dictoffset == 0,
         may_add_weak = base->weaklistoffset == 0 && base->itemsize == 0;
    slots = sl_dict_get_cstr(dict, "__slots__");
    if (slots) {
        sl_incref(slots);
        SlValue seq;
        if (SL_IS_STR(slots)) seq = sl_tuple_pack(vm, 1, slots);
        else seq = sl_tuple_from_iterable(vm, slots);
        if (!seq) goto fail;
        SL_SETREF(vm, slots, seq);
        nslots = SL_TUPLE_SIZE(slots);
        if (nslots > 0 && base->itemsize != 0) {
            sl_raise(vm, SL_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                     base->name);
            goto fail;
        }
        slotnames = calloc(nslots ? nslots : 1, sizeof(SlValue));
        size_t k = 0;
        for (size_t i = 0; i < nslots; i++) {
            SlValue s = SL_TUPLE_ITEMS(slots)[i];
            if (!SL_IS_STR(s)) {
                sl_raise(vm, SL_TypeError, "__slots__ items must be strings, not '%s'",
                         sl_type_name(s));
                goto fail;
            }
            if (!sl_str_isidentifier(s)) {
                sl_raise(vm, SL_TypeError, "__slots__ must be identifiers");
                goto fail;
            }
            if (sl_str_eq_cstr(s, "__dict__")) {
                if (!may_add_dict || add_dict) {
                    sl_raise(vm, SL_TypeError, "__dict__ slot disallowed: we already got one");
                    goto fail;
                }
                add_dict = true;
                continue;
            }
            if (sl_str_eq_cstr(s, "__weakref__")) {
                if (!may_add_weak || add_weak) {
                    sl_raise(vm, SL_TypeError,
                             vm->ver->msg_weakref_slot_short
                                 ? "__weakref__ slot disallowed: we already got one"
                                 : "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                    goto fail;
                }
                add_weak = true;
                continue;
            }
            SlValue m = mangle(vm, name, s);
            if (!m) goto fail;
            SlValue im = sl_str_intern(vm, m);
            if (sl_dict_get_str(dict, im)) {
                sl_raise(vm, SL_EXC(ValueError), "'%s' in __slots__ conflicts with class variable",
                         SL_STR_DATA(im));
                goto fail;
            }
            slotnames[k++] = im;
        }
        nslots = k;
        qsort(slotnames, nslots, sizeof(SlValue), cmp_str_values);
        /* secondary bases may bring a dict or weakref */
        for (size_t i = 0; i < SL_TUPLE_SIZE(bases); i++) {
            SlType *bt = TYPE(SL_TUPLE_ITEMS(bases)[i]);
            if (bt == base) continue;
            if (may_add_dict && !add_dict && bt->dictoffset) add_dict = true;
            if (may_add_weak && !add_weak && bt->weaklistoffset) add_weak = true;
        }
    } else {
        add_dict = may_add_dict;
        add_weak = may_add_weak;
    }

    /* a metaclass's own words (its instance dict, slots) follow the SlType */
    t = (SlType *)sl_obj_alloc(vm, meta, meta->basicsize > sizeof(SlType) ? meta->basicsize : sizeof(SlType));
    if (!t) goto fail;
    t->flags = SL_TPFLAGS_HEAPTYPE | SL_TPFLAGS_BASETYPE | SL_TPFLAGS_HAVE_GC | SL_TPFLAGS_READY |
               (base->flags & (SL_TPFLAGS_INT_SUBCLASS | SL_TPFLAGS_LIST_SUBCLASS |
                               SL_TPFLAGS_TUPLE_SUBCLASS | SL_TPFLAGS_BYTES_SUBCLASS |
                               SL_TPFLAGS_STR_SUBCLASS | SL_TPFLAGS_DICT_SUBCLASS |
                               SL_TPFLAGS_EXC_SUBCLASS | SL_TPFLAGS_TYPE_SUBCLASS));
    t->name = strdup(SL_STR_DATA(name));
    t->name_obj = sl_incref(name);
    sl_mm_str_utf8(vm, name);   /* type_new asks for the name's UTF-8 form: CPython caches it */
    t->base = base;
    sl_incref(SL_OBJ(base));
    t->bases = bases;
    bases = SL_NULL;
    t->dict = dict;
    dict = SL_NULL;
    t->itemsize = base->itemsize;
    t->basicsize = base->basicsize;
    t->dictoffset = base->dictoffset;
    t->weaklistoffset = base->weaklistoffset;
    SlValue qn = sl_dict_get_cstr(t->dict, "__qualname__");
    if (qn) {
        if (!SL_IS_STR(qn)) {
            sl_raise(vm, SL_TypeError, "type __qualname__ must be a str, not %s", sl_type_name(qn));
            goto fail_t;
        }
        t->qualname = sl_incref(qn);
        sl_dict_del(vm, t->dict, intern("__qualname__"));
    } else {
        t->qualname = sl_incref(name);
    }
    if (!sl_dict_get_cstr(t->dict, "__module__") && vm->frame) {
        SlValue modname = sl_dict_get_cstr(vm->frame->globals, "__name__");
        if (modname && !sl_dict_set(vm, t->dict, intern("__module__"), modname)) goto fail_t;
    }
    if (!sl_dict_get_cstr(t->dict, "__doc__") && !sl_dict_set(vm, t->dict, intern("__doc__"), SL_NONE))
        goto fail_t;
    /* layout: slots, then dict, then weakref word */
    for (size_t i = 0; i < nslots; i++) {
        SlMemberDescr *d = (SlMemberDescr *)sl_obj_alloc(vm, &sl_member_descr_type, sizeof(SlMemberDescr));
        if (!d) goto fail_t;
        d->owner = t;
        d->name = sl_incref(slotnames[i]);
        d->offset = t->basicsize;
        t->basicsize += sizeof(SlValue);
        bool ok = sl_dict_set(vm, t->dict, slotnames[i], SL_OBJ(d));
        sl_decref(vm, SL_OBJ(d));
        if (!ok) goto fail_t;
    }
    if (add_dict) {
        t->dictoffset = t->basicsize;
        t->basicsize += sizeof(SlValue);
        if (!add_getset(vm, t, subtype_dict_getset)) goto fail_t;
    }
    if (add_weak) {
        t->weaklistoffset = t->basicsize;
        t->basicsize += sizeof(SlValue);
        if (!add_getset(vm, t, subtype_weakref_getset)) goto fail_t;
    }
    /* MRO */
    t->mro = compute_mro(vm, t, t->bases);
    if (!t->mro) goto fail_t;
    /* __eq__ without __hash__ makes instances unhashable */
    if (sl_dict_get_cstr(t->dict, "__eq__") && !sl_dict_get_cstr(t->dict, "__hash__") &&
        !sl_dict_set(vm, t->dict, intern("__hash__"), SL_NONE))
        goto fail_t;
    /* implicit staticmethod / classmethod */
    static const char *const implicit_cm[] = {"__init_subclass__", "__class_getitem__"};
    SlValue nf = sl_dict_get_cstr(t->dict, "__new__");
    if (nf && SL_IS_FUNCTION(nf)) {
        SlValue sm = sl_call1(vm, SL_OBJ(&sl_staticmethod_type), nf);
        if (!sm || !sl_dict_set(vm, t->dict, intern("__new__"), sm)) goto fail_t;
        sl_decref(vm, sm);
    }
    for (int i = 0; i < 2; i++) {
        SlValue f = sl_dict_get_cstr(t->dict, implicit_cm[i]);
        if (f && SL_IS_FUNCTION(f)) {
            SlValue cm = sl_call1(vm, SL_OBJ(&sl_classmethod_type), f);
            if (!cm || !sl_dict_set(vm, t->dict, intern(implicit_cm[i]), cm)) goto fail_t;
            sl_decref(vm, cm);
        }
    }
    /* the instance lifecycle */
    t->dealloc = subtype_dealloc;
    t->traverse = subtype_traverse;
    t->clear = subtype_clear;
    inherit_slots(t, base);
    t->dealloc = subtype_dealloc;
    t->traverse = subtype_traverse;
    t->clear = subtype_clear;
    assign_version(t);
    for (size_t i = 0; i < SL_TUPLE_SIZE(t->bases); i++)
        add_subclass(vm, TYPE(SL_TUPLE_ITEMS(t->bases)[i]), t);
    update_slots(t);
    free(slotnames);
    slotnames = NULL;
    sl_xdecref(vm, slots);
    slots = SL_NULL;

    sl_mm_class_created(vm, t);   /* the modelled class's shared keys */
    if (!sl_inst_class_ready(vm, t)) goto fail_t;   /* and the real ones */

    /* __set_name__ on attributes, then __init_subclass__ of the parent */
    {
        SlValue items = sl_dict_copy(vm, t->dict);
        if (!items) goto fail_t;
        size_t pos = 0;
        SlValue k, v;
        while (sl_dict_next(items, &pos, &k, &v)) {
            SlValue f = sl_type_lookup(sl_type_of(v), intern("__set_name__"));
            if (!f) continue;
            SlValue args[2] = {SL_OBJ(t), k};
            bool found;
            SlValue r = sl_call_special(vm, v, intern("__set_name__"), args, 2, &found);
            if (!r) {
                sl_decref(vm, items);
                goto fail_t;
            }
            sl_decref(vm, r);
        }
        sl_decref(vm, items);
    }
    {
        /* super(t, t).__init_subclass__(**kwds) */
        SlValue mro = t->mro;
        SlValue f = SL_NULL;
        for (size_t i = 1; i < SL_TUPLE_SIZE(mro) && !f; i++)
            f = sl_dict_get_cstr(TYPE(SL_TUPLE_ITEMS(mro)[i])->dict, "__init_subclass__");
        if (f) {
            SlValue bound = sl_type_of(f)->descr_get ? sl_type_of(f)->descr_get(vm, f, SL_NULL, SL_OBJ(t))
                                                     : sl_incref(f);
            if (!bound) goto fail_t;
            SlValue r;
            size_t nkw = kwds ? sl_dict_size(kwds) : 0;
            if (nkw) {
                SlValue *vals = calloc(nkw, sizeof(SlValue));
                SlValue knames = sl_tuple_new(vm, nkw);
                size_t pos = 0, i = 0;
                SlValue k, v;
                while (sl_dict_next(kwds, &pos, &k, &v)) {
                    SL_TUPLE_ITEMS(knames)[i] = sl_incref(k);
                    vals[i++] = v;
                }
                r = sl_call(vm, bound, vals, 0, knames);
                free(vals);
                sl_decref(vm, knames);
            } else {
                r = sl_call0(vm, bound);
            }
            sl_decref(vm, bound);
            if (!r) goto fail_t;
            sl_decref(vm, r);
        }
    }
    return SL_OBJ(t);

fail_t:
    free(slotnames);
    sl_xdecref(vm, slots);
    sl_decref(vm, SL_OBJ(t));
    return SL_NULL;
fail:
    free(slotnames);
    sl_xdecref(vm, slots);
    sl_xdecref(vm, bases);
    sl_xdecref(vm, dict);
    return SL_NULL;
}

/* ---- __build_class__ ----------------------------------------------------------------------------- */

SlValue sl_vm_run_class_body(SlVM *vm, SlValue func, SlValue ns); /* vm.c */

SlValue sl_build_class(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kwnames) {
    (void)self;
    if (nargs < 2) return sl_raise(vm, SL_TypeError, "__build_class__: not enough arguments");
    SlValue func = args[0], name = args[1];
    if (!SL_IS_FUNCTION(func)) return sl_raise(vm, SL_TypeError, "__build_class__: func must be a function");
    if (!SL_IS_STR(name)) return sl_raise(vm, SL_TypeError, "__build_class__: name is not a string");
    SlValue bases = sl_tuple_from_array(vm, args + 2, nargs - 2);
    if (!bases) return SL_NULL;
    /* keywords: metaclass= is taken out, the rest goes to the metaclass */
    SlValue meta = SL_NULL;
    size_t nkw = kwnames ? SL_TUPLE_SIZE(kwnames) : 0;
    SlValue kwvals[16];
    SlValue kwn_list[16];
    size_t nkeep = 0;
    if (nkw > 16) {
        sl_decref(vm, bases);
        return sl_raise(vm, SL_TypeError, "too many class keywords");
    }
    for (size_t i = 0; i < nkw; i++) {
        SlValue kn = SL_TUPLE_ITEMS(kwnames)[i];
        if (sl_str_eq_cstr(kn, "metaclass")) meta = args[nargs + i];
        else {
            kwn_list[nkeep] = kn;
            kwvals[nkeep++] = args[nargs + i];
        }
    }
    if (!meta) {
        meta = SL_TUPLE_SIZE(bases) ? SL_OBJ(sl_type_of(SL_TUPLE_ITEMS(bases)[0])) : SL_OBJ(&sl_type_type);
    }
    if (IS_TYPE(meta)) {
        /* most derived metaclass */
        SlType *winner = TYPE(meta);
        for (size_t i = 0; i < SL_TUPLE_SIZE(bases); i++) {
            SlType *bm = sl_type_of(SL_TUPLE_ITEMS(bases)[i]);
            if (sl_type_is_subtype(winner, bm)) continue;
            if (sl_type_is_subtype(bm, winner)) {
                winner = bm;
                continue;
            }
            sl_decref(vm, bases);
            return sl_raise(vm, SL_TypeError,
                            "metaclass conflict: the metaclass of a derived class must be a "
                            "(non-strict) subclass of the metaclasses of all its bases");
        }
        meta = SL_OBJ(winner);
    }
    SlValue ns;
    SlValue prep = IS_TYPE(meta) ? sl_type_lookup(TYPE(meta), intern("__prepare__")) : SL_NULL;
    if (prep && !(SL_IS_OBJ(prep) && SL_AS_OBJ(prep)->type == &sl_method_descr_type)) {
        SlValue pf = sl_getattr(vm, meta, intern("__prepare__"));
        if (!pf) {
            sl_decref(vm, bases);
            return SL_NULL;
        }
        SlValue pargs[2] = {name, bases};
        ns = sl_call(vm, pf, pargs, 2, SL_NULL);
        sl_decref(vm, pf);
    } else {
        ns = sl_dict_new(vm);
    }
    if (!ns) {
        sl_decref(vm, bases);
        return SL_NULL;
    }
    SlValue body = sl_vm_run_class_body(vm, func, ns);
    SlValue cls = SL_NULL;
    if (body) {
        sl_decref(vm, body);
        SlValue cargs[3 + 16];
        cargs[0] = name;
        cargs[1] = bases;
        cargs[2] = ns;
        for (size_t i = 0; i < nkeep; i++) cargs[3 + i] = kwvals[i];
        SlValue kt = SL_NULL;
        if (nkeep) kt = sl_tuple_from_array(vm, kwn_list, nkeep);
        cls = sl_call(vm, meta, cargs, 3, kt);
        sl_xdecref(vm, kt);
        if (cls) {
            SlValue cell = SL_IS_DICT(ns) ? sl_dict_get_cstr(ns, "__classcell__") : SL_NULL;
            if (cell && SL_IS_OBJ(cell) && SL_AS_OBJ(cell)->type == &sl_cell_type) {
                SL_SETREF(vm, ((SlCell *)SL_AS_OBJ(cell))->contents, sl_incref(cls));
                if (IS_TYPE(cls)) sl_dict_del(vm, TYPE(cls)->dict, intern("__classcell__"));
            }
        }
    }
    sl_decref(vm, ns);
    sl_decref(vm, bases);
    return cls;
}

/* ---- super ------------------------------------------------------------------------------------------ */

typedef struct SlSuper {
    SlObject ob;
    SlValue type;      /* the class super() was called in */
    SlValue obj;       /* the instance (or class) */
    SlValue obj_type;  /* type(obj), or obj if it is a subclass of type */
} SlSuper;

static SlValue supercheck(SlVM *vm, SlType *type, SlValue obj) {
    if (IS_TYPE(obj) && sl_type_is_subtype(TYPE(obj), type)) return sl_incref(obj);
    if (sl_type_is_subtype(sl_type_of(obj), type)) return sl_incref(SL_OBJ(sl_type_of(obj)));
    return sl_raise(vm, SL_TypeError, "super(type, obj): obj must be an instance or subtype of type");
}

static SlValue super_new(SlVM *vm, SlType *stype, const SlValue *args, size_t nargs, SlValue kwnames) {
    if (!sl_args_no_kw(vm, "super", kwnames)) return SL_NULL;
    SlValue type, obj = SL_NULL;
    if (nargs == 0) {
        SlFrame *f = vm->frame;
        if (!f || !f->func) return sl_raise(vm, SL_RuntimeError, "super(): no arguments");
        SlCode *co = f->code;
        if (co->argcount == 0 && !(co->flags & SL_CO_VARARGS))
            return sl_raise(vm, SL_RuntimeError, "super(): no arguments");
        obj = f->localsplus[0];
        if (obj && co->cell2arg) {
            size_t ncell = SL_TUPLE_SIZE(co->cellvars);
            for (size_t i = 0; i < ncell; i++)
                if (co->cell2arg[i] == 0) {
                    SlValue cell = f->localsplus[co->nlocals + i];
                    obj = ((SlCell *)SL_AS_OBJ(cell))->contents;
                }
        }
        if (!obj) return sl_raise(vm, SL_RuntimeError, "super(): arg[0] deleted");
        type = SL_NULL;
        size_t ncell = SL_TUPLE_SIZE(co->cellvars), nfree = SL_TUPLE_SIZE(co->freevars);
        for (size_t i = 0; i < nfree; i++) {
            if (sl_str_eq_cstr(SL_TUPLE_ITEMS(co->freevars)[i], "__class__")) {
                SlValue cell = f->localsplus[co->nlocals + ncell + i];
                type = ((SlCell *)SL_AS_OBJ(cell))->contents;
                if (!type) return sl_raise(vm, SL_RuntimeError, "super(): empty __class__ cell");
                break;
            }
        }
        if (!type) return sl_raise(vm, SL_RuntimeError, "super(): __class__ cell not found");
    } else {
        type = args[0];
        if (nargs > 1) obj = args[1];
        if (nargs > 2) return sl_raise(vm, SL_TypeError, "super() takes at most 2 arguments (%zu given)", nargs);
    }
    if (!IS_TYPE(type))
        return sl_raise(vm, SL_TypeError, "super() argument 1 must be a type, not %s", sl_type_name(type));
    SlValue ot = SL_NULL;
    if (obj && obj != SL_NONE) {
        ot = supercheck(vm, TYPE(type), obj);
        if (!ot) return SL_NULL;
    } else {
        obj = SL_NULL;
    }
    SlSuper *s = (SlSuper *)sl_obj_alloc(vm, stype, sizeof(SlSuper));
    if (!s) {
        sl_xdecref(vm, ot);
        return SL_NULL;
    }
    s->type = sl_incref(type);
    s->obj = obj ? sl_incref(obj) : SL_NULL;
    s->obj_type = ot;
    return SL_OBJ(s);
}

static bool super_init(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kwnames) {
    (void)vm; (void)self; (void)args; (void)nargs; (void)kwnames;
    return true;
}

static SlValue super_getattro(SlVM *vm, SlValue self, SlValue name) {
    SlSuper *s = (SlSuper *)SL_AS_OBJ(self);
    if (s->obj_type && !sl_str_eq_cstr(name, "__class__")) {
        SlValue mro = TYPE(s->obj_type)->mro;
        size_t n = SL_TUPLE_SIZE(mro), i = 0;
        while (i < n && SL_TUPLE_ITEMS(mro)[i] != s->type) i++;
        for (i++; i < n; i++) {
            SlType *t = TYPE(SL_TUPLE_ITEMS(mro)[i]);
            SlValue v = sl_dict_get_str(t->dict, name);
            if (!v) continue;
            SlType *vt = sl_type_of(v);
            if (vt->descr_get) {
                SlValue o = s->obj == s->obj_type ? SL_NULL : s->obj;
                return vt->descr_get(vm, v, o, s->obj_type);
            }
            return sl_incref(v);
        }
    }
    return sl_generic_getattr(vm, self, name);
}

static void super_dealloc(SlVM *vm, SlObject *o) {
    SlSuper *s = (SlSuper *)o;
    sl_xdecref(vm, s->type);
    sl_xdecref(vm, s->obj);
    sl_xdecref(vm, s->obj_type);
    sl_obj_free(vm, o);
}

static void super_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    SlSuper *s = (SlSuper *)o;
    if (s->type) visit(s->type, arg);
    if (s->obj) visit(s->obj, arg);
    if (s->obj_type) visit(s->obj_type, arg);
}

static SlValue super_repr(SlVM *vm, SlValue v) {
    SlSuper *s = (SlSuper *)SL_AS_OBJ(v);
    if (s->obj_type)
        return sl_str_printf(vm, "<super: <class '%s'>, <%s object>>", TYPE(s->type)->name,
                             TYPE(s->obj_type)->name);
    return sl_str_printf(vm, "<super: <class '%s'>, NULL>", TYPE(s->type)->name);
}

static SlValue super_get_thisclass(SlVM *vm, SlValue s) { (void)vm; return sl_incref(((SlSuper *)SL_AS_OBJ(s))->type); }
static SlValue super_get_self(SlVM *vm, SlValue s) {
    (void)vm;
    SlValue o = ((SlSuper *)SL_AS_OBJ(s))->obj;
    return sl_incref(o ? o : SL_NONE);
}
static const SlGetSetDef super_getsets[] = {{"__thisclass__", super_get_thisclass, NULL, NULL},
                                            {"__self__", super_get_self, NULL, NULL},
                                            {NULL, NULL, NULL, NULL}};

SlType sl_super_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "super",
    .flags = SL_TPFLAGS_BASETYPE | SL_TPFLAGS_HAVE_GC,
    .basicsize = sizeof(SlSuper),
    .dealloc = super_dealloc,
    .traverse = super_traverse,
    .new_ = super_new,
    .init = super_init,
    .repr = super_repr,
    .getattro = super_getattro,
    .getsets = super_getsets,
};
