/* mappingproxy.c: a read-only view of a mapping (CPython's mappingproxy,
 * Objects/descrobject.c), what C.__dict__ returns so that a class's
 * namespace can only be changed through setattr (which keeps the type's
 * attribute cache and slots right). */
#include "mappingproxy.h"

#include "args.h"
#include "dict.h"
#include "errors.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

typedef struct SlMappingProxy {
    SlObject ob;
    SlValue mapping;   /* owned */
} SlMappingProxy;

#define MP(v) ((SlMappingProxy *)SL_AS_OBJ(v))

/* PyMapping_Check minus lists and tuples, as mappingproxy_check_mapping */
static bool is_mapping(SlValue m) {
    SlType *t = sl_type_of(m);
    return t->getitem && !(t->flags & (SL_TPFLAGS_LIST_SUBCLASS | SL_TPFLAGS_TUPLE_SUBCLASS));
}

SlValue sl_mappingproxy_new(SlVM *vm, SlValue mapping) {
    SlMappingProxy *p = (SlMappingProxy *)sl_obj_alloc(vm, &sl_mappingproxy_type, sizeof(SlMappingProxy));
    if (!p) return SL_NULL;
    p->mapping = sl_incref(mapping);
    return SL_OBJ(p);
}

static SlValue mp_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs, SlValue kwnames) {
    (void)type;
    static const char *const names[] = {"mapping", NULL};
    SlValue a[1];
    if (!sl_args_parse(vm, "mappingproxy", args, nargs, kwnames, names, 1, 1, a)) return SL_NULL;
    if (!is_mapping(a[0]))
        return sl_raise(vm, SL_TypeError, "mappingproxy() argument must be a mapping, not %s",
                        sl_type_name(a[0]));
    return sl_mappingproxy_new(vm, a[0]);
}

static void mp_dealloc(SlVM *vm, SlObject *o) {
    sl_xdecref(vm, ((SlMappingProxy *)o)->mapping);
    sl_obj_free(vm, o);
}
static void mp_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    if (((SlMappingProxy *)o)->mapping) visit(((SlMappingProxy *)o)->mapping, arg);
}

static SlValue mp_repr(SlVM *vm, SlValue self) {
    SlValue r = sl_repr(vm, MP(self)->mapping);
    if (!r) return SL_NULL;
    SlValue s = sl_str_printf(vm, "mappingproxy(%s)", SL_STR_DATA(r));
    sl_decref(vm, r);
    return s;
}
static SlValue mp_str(SlVM *vm, SlValue self) { return sl_str(vm, MP(self)->mapping); }

static bool mp_hash(SlVM *vm, SlValue self, int64_t *out) {
    if (!vm->ver->mappingproxy_hash) {
        sl_raise(vm, SL_TypeError, "unhashable type: 'mappingproxy'");
        return false;
    }
    return sl_hash(vm, MP(self)->mapping, out);
}

static SlValue mp_richcompare(SlVM *vm, SlValue a, SlValue b, SlCompareOp op) {
    return sl_richcompare(vm, MP(a)->mapping, b, op);
}

static int64_t mp_len(SlVM *vm, SlValue self) { return sl_len(vm, MP(self)->mapping); }
static SlValue mp_getitem(SlVM *vm, SlValue self, SlValue key) {
    return sl_getitem(vm, MP(self)->mapping, key);
}
static bool mp_setitem(SlVM *vm, SlValue self, SlValue key, SlValue value) {
    (void)self; (void)key;
    sl_raise(vm, SL_TypeError, value ? "'mappingproxy' object does not support item assignment"
                                     : "'mappingproxy' object does not support item deletion");
    return false;
}
static int mp_contains(SlVM *vm, SlValue self, SlValue item) {
    return sl_contains(vm, MP(self)->mapping, item);
}
static SlValue mp_iter(SlVM *vm, SlValue self) { return sl_iter(vm, MP(self)->mapping); }

static SlValue mp_or(SlVM *vm, SlValue a, SlValue b) {
    if (sl_type_of(a) == &sl_mappingproxy_type) a = MP(a)->mapping;
    if (sl_type_of(b) == &sl_mappingproxy_type) b = MP(b)->mapping;
    return sl_binop(vm, SL_NB_OR, a, b);
}
static SlValue mp_ior(SlVM *vm, SlValue a, SlValue b) {
    (void)b;
    return sl_raise(vm, SL_TypeError, "'|=' is not supported by %s; use '|' instead",
                    sl_type_name(a));
}

/* get/keys/values/items/copy call the mapping's own methods */
static SlValue forward(SlVM *vm, SlValue self, const char *name, const SlValue *args, size_t nargs) {
    return sl_call_method(vm, MP(self)->mapping, name, args, nargs);
}
static SlValue mp_get(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    if (!sl_args_check(vm, "get", nargs, kw, 1, 2)) return SL_NULL;
    SlValue a[2] = {args[0], nargs > 1 ? args[1] : SL_NONE};
    return forward(vm, self, "get", a, 2);
}
#define FORWARD0(fn, name)                                                                  \
    static SlValue fn(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) { \
        (void)args;                                                                         \
        if (!sl_args_check(vm, name, nargs, kw, 0, 0)) return SL_NULL;                      \
        return forward(vm, self, name, NULL, 0);                                            \
    }
FORWARD0(mp_keys, "keys")
FORWARD0(mp_values, "values")
FORWARD0(mp_items, "items")
FORWARD0(mp_copy, "copy")

static const SlMethodDef mp_methods[] = {
    {"get", mp_get, 0, "Return the value for key if key is in the mapping, else default."},
    {"keys", mp_keys, 0, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", mp_values, 0, "D.values() -> an object providing a view on D's values"},
    {"items", mp_items, 0, "D.items() -> a set-like object providing a view on D's items"},
    {"copy", mp_copy, 0, "D.copy() -> a shallow copy of D"},
    {NULL, NULL, 0, NULL}};

SlType sl_mappingproxy_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "mappingproxy",
    .flags = SL_TPFLAGS_HAVE_GC,
    .basicsize = sizeof(SlMappingProxy),
    .dealloc = mp_dealloc,
    .traverse = mp_traverse,
    .new_ = mp_new,
    .repr = mp_repr,
    .str = mp_str,
    .hash = mp_hash,
    .richcompare = mp_richcompare,
    .iter = mp_iter,
    .len = mp_len,
    .getitem = mp_getitem,
    .setitem = mp_setitem,
    .contains = mp_contains,
    .nb = {[SL_NB_OR] = mp_or},
    .nb_inplace = {[SL_NB_OR] = mp_ior},
    .methods = mp_methods,
};
