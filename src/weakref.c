/* weakref.c: weak references, proxies and the _weakref module, after
 * CPython's Objects/weakrefobject.c.
 *
 * A ref keeps a borrowed pointer to its referent and sits in the referent's
 * list (the SlValue at its type's weaklistoffset).  The list order is
 * CPython's: the plain ref without callback first (ref(o) hands it out
 * again), then the plain proxy, then the others, newest first; callbacks run
 * in that order when the referent dies. */
#include "weakref.h"

#include <stdio.h>
#include <string.h>

#include "args.h"
#include "dict.h"
#include "errors.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "vm.h"

#define WR(v) ((SlWeakRef *)SL_AS_OBJ(v))

static SlValue *weaklist_ptr(SlValue obj) {
    if (!SL_IS_OBJ(obj)) return NULL;
    SlType *t = SL_AS_OBJ(obj)->type;
    if (!t->weaklistoffset) return NULL;
    return (SlValue *)((char *)SL_AS_OBJ(obj) + t->weaklistoffset);
}

static bool is_ref(SlValue v) { return SL_IS_OBJ(v) && sl_isinstance_type(v, &sl_weakref_type); }
static bool is_proxy(SlValue v) {
    return SL_IS_OBJ(v) && (SL_AS_OBJ(v)->type == &sl_weakproxy_type ||
                            SL_AS_OBJ(v)->type == &sl_weakcallableproxy_type);
}
static bool is_basic_ref(SlWeakRef *r) { return r->ob.type == &sl_weakref_type && !r->callback; }
static bool is_basic_proxy(SlWeakRef *r) { return is_proxy(SL_OBJ(r)) && !r->callback; }

/* Take r out of its referent's list and make it dead (clear_weakref). */
static void unlink_ref(SlWeakRef *r) {
    if (!r->referent) return;
    SlValue *head = weaklist_ptr(r->referent);
    if (r->prev) r->prev->next = r->next;
    else if (head && *head == SL_OBJ(r)) *head = r->next ? SL_OBJ(r->next) : SL_NULL;
    if (r->next) r->next->prev = r->prev;
    r->prev = r->next = NULL;
    r->referent = SL_NULL;
}

static void insert_after(SlWeakRef *r, SlWeakRef *prev) {
    r->prev = prev;
    r->next = prev->next;
    if (prev->next) prev->next->prev = r;
    prev->next = r;
}

static void insert_ref(SlWeakRef *r, SlValue *head) {
    SlWeakRef *first = *head ? WR(*head) : NULL, *basic = NULL, *proxy = NULL;
    if (first && is_basic_ref(first)) {
        basic = first;
        first = first->next;
    }
    if (first && is_basic_proxy(first)) proxy = first;
    SlWeakRef *prev = is_basic_ref(r) ? NULL : is_basic_proxy(r) ? basic : proxy ? proxy : basic;
    if (prev) {
        insert_after(r, prev);
    } else {
        r->prev = NULL;
        r->next = *head ? WR(*head) : NULL;
        if (r->next) r->next->prev = r;
        *head = SL_OBJ(r);
    }
}


void sl_weakref_clear_all_ex(SlVM *vm, SlValue obj, bool (*skip)(SlObject *ref, void *arg),
                             void *arg) {
    SlValue *head = weaklist_ptr(obj);
    if (!head || !*head) return;
    size_t n = 0;
    for (SlWeakRef *r = WR(*head); r; r = r->next) n++;
    size_t size = n * 2 * sizeof(SlValue);
    SlValue saved = vm->exc;
    vm->exc = SL_NULL;
    SlValue *todo = sl_mem_alloc(vm, size);
    if (!todo) sl_exc_clear(vm); /* no memory: kill the refs, skip the callbacks */
    size_t k = 0;
    while (*head) {
        SlWeakRef *r = WR(*head);
        SlValue cb = r->callback;
        r->callback = SL_NULL;
        unlink_ref(r);
        if (todo && cb && r->ob.refcnt > 0 && !(skip && skip(&r->ob, arg))) {
            todo[k++] = sl_incref(SL_OBJ(r));
            todo[k++] = cb;
        } else {
            sl_xdecref(vm, cb);
        }
    }
    for (size_t i = 0; i < k; i += 2) {
        SlValue res = sl_call1(vm, todo[i + 1], todo[i]);
        if (res) sl_decref(vm, res);
        else sl_write_unraisable(vm, todo[i + 1]);
        sl_decref(vm, todo[i + 1]);
        sl_decref(vm, todo[i]);
    }
    if (todo) sl_mem_free(vm, todo, size);
    vm->exc = saved;
}

void sl_weakref_clear_all(SlVM *vm, SlValue obj) { sl_weakref_clear_all_ex(vm, obj, NULL, NULL); }

bool sl_weakref_has_refs(SlValue obj) {
    SlValue *head = weaklist_ptr(obj);
    return head && *head;
}

/* ---- creation ------------------------------------------------------------------------------- */

/* A ref or proxy of `type` to obj (callback SL_NULL or None: none); the
 * plain one is shared. */
static SlValue new_ref(SlVM *vm, SlType *type, SlValue obj, SlValue callback) {
    SlValue *head = weaklist_ptr(obj);
    if (!head)
        return sl_raise(vm, SL_TypeError, "cannot create weak reference to '%s' object",
                        sl_type_name(obj));
    if (callback == SL_NONE) callback = SL_NULL;
    if (!callback && (type == &sl_weakref_type || type == &sl_weakproxy_type ||
                      type == &sl_weakcallableproxy_type)) {
        for (SlWeakRef *r = *head ? WR(*head) : NULL; r; r = r->next) {
            if (type == &sl_weakref_type ? is_basic_ref(r) : is_basic_proxy(r))
                return sl_incref(SL_OBJ(r));
            if (!is_basic_ref(r)) break;
        }
    }
    SlWeakRef *r = (SlWeakRef *)sl_obj_alloc(vm, type, type->basicsize);
    if (!r) return SL_NULL;
    r->referent = obj;
    r->callback = callback ? sl_incref(callback) : SL_NULL;
    r->hash = -1;
    insert_ref(r, head);
    return SL_OBJ(r);
}

static SlValue ref_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs, SlValue kw) {
    if (!sl_args_check(vm, "__new__", nargs, kw, 1, 2)) return SL_NULL;
    return new_ref(vm, type, args[0], nargs > 1 ? args[1] : SL_NULL);
}

static bool ref_init(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self; (void)args;
    return sl_args_check(vm, "__init__", nargs, kw, 1, 2);
}

static void ref_dealloc(SlVM *vm, SlObject *o) {
    SlWeakRef *r = (SlWeakRef *)o;
    unlink_ref(r);
    sl_xdecref(vm, r->callback);
    sl_obj_free(vm, o);
}

static void ref_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    SlWeakRef *r = (SlWeakRef *)o;
    if (r->callback) visit(r->callback, arg);
}

static void ref_clear(SlVM *vm, SlObject *o) {
    SlWeakRef *r = (SlWeakRef *)o;
    unlink_ref(r);
    SL_SETREF(vm, r->callback, SL_NULL);
}

/* ---- ReferenceType ---------------------------------------------------------------------------- */

static SlValue ref_call(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "weakref", nargs, kw, 0, 0)) return SL_NULL;
    SlValue o = WR(self)->referent;
    return sl_incref(o ? o : SL_NONE);
}

static bool ref_hash(SlVM *vm, SlValue self, int64_t *out) {
    SlWeakRef *r = WR(self);
    if (r->hashed) {
        *out = r->hash;
        return true;
    }
    if (!r->referent) {
        sl_raise(vm, SL_TypeError, "weak object has gone away");
        return false;
    }
    SlValue o = sl_incref(r->referent);
    bool ok = sl_hash(vm, o, &r->hash);
    sl_decref(vm, o);
    if (!ok) return false;
    r->hashed = true;
    *out = r->hash;
    return true;
}

static SlValue ref_richcompare(SlVM *vm, SlValue a, SlValue b, SlCompareOp op) {
    if ((op != SL_EQ && op != SL_NE) || !is_ref(a) || !is_ref(b)) return SL_NOTIMPL;
    SlValue oa = WR(a)->referent, ob = WR(b)->referent;
    if (!oa || !ob) {
        bool same = a == b;
        return SL_BOOL(op == SL_EQ ? same : !same);
    }
    sl_incref(oa);
    sl_incref(ob);
    SlValue res = sl_richcompare(vm, oa, ob, op);
    sl_decref(vm, oa);
    sl_decref(vm, ob);
    return res;
}

/* %T of PyUnicode_FromFormat (3.13): the fully qualified type name */
static SlValue type_fullname(SlVM *vm, SlType *t) {
    if (!(t->flags & SL_TPFLAGS_HEAPTYPE) || !t->qualname) return sl_str_from_cstr(vm, t->name);
    SlValue mod = t->dict ? sl_dict_get_cstr(t->dict, "__module__") : SL_NULL;
    if (!mod || !SL_IS_STR(mod) || sl_str_eq_cstr(mod, "builtins") ||
        sl_str_eq_cstr(mod, "__main__"))
        return sl_incref(t->qualname);
    return sl_str_printf(vm, "%s.%s", SL_STR_DATA(mod), SL_STR_DATA(t->qualname));
}

/* type(o).__name__ looked up as a special method (functions and classes have one) */
static SlValue special_name(SlVM *vm, SlValue o) {
    SlValue d = sl_type_lookup(sl_type_of(o), sl_intern_cstr("__name__"));
    if (!d) return SL_NULL;
    SlType *dt = sl_type_of(d);
    SlValue v = dt->descr_get ? dt->descr_get(vm, d, o, SL_OBJ(sl_type_of(o))) : sl_incref(d);
    if (!v) sl_exc_clear(vm);
    if (v && !SL_IS_STR(v)) {
        sl_decref(vm, v);
        v = SL_NULL;
    }
    return v;
}

static SlValue weak_repr(SlVM *vm, SlValue self, const char *what) {
    SlValue o = WR(self)->referent;
    if (!o) return sl_str_printf(vm, "<%s at %p; dead>", what, (void *)self);
    sl_incref(o);
    SlValue tn = type_fullname(vm, sl_type_of(o)), res = SL_NULL;
    if (tn) {
        SlValue name = strcmp(what, "weakref") == 0 ? special_name(vm, o) : SL_NULL;
        if (name)
            res = sl_str_printf(vm, "<%s at %p; to '%s' at %p (%s)>", what, (void *)self,
                                SL_STR_DATA(tn), (void *)o, SL_STR_DATA(name));
        else
            res = sl_str_printf(vm, "<%s at %p; to '%s' at %p>", what, (void *)self,
                                SL_STR_DATA(tn), (void *)o);
        sl_xdecref(vm, name);
        sl_decref(vm, tn);
    }
    sl_decref(vm, o);
    return res;
}

static SlValue ref_repr(SlVM *vm, SlValue self) { return weak_repr(vm, self, "weakref"); }

static SlValue ref_get_callback(SlVM *vm, SlValue self) {
    (void)vm;
    SlValue cb = WR(self)->callback;
    return sl_incref(cb ? cb : SL_NONE);
}

static SlValue ref_class_getitem(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                 SlValue kw) {
    (void)args; /* no types.GenericAlias in slotlab: ref[T] is ref itself */
    if (!sl_args_check(vm, "__class_getitem__", nargs, kw, 1, 1)) return SL_NULL;
    return sl_incref(self);
}

static const SlGetSetDef ref_getsets[] = {{"__callback__", ref_get_callback, NULL, NULL},
                                          {NULL, NULL, NULL, NULL}};
static const SlMethodDef ref_methods[] = {
    {"__class_getitem__", ref_class_getitem, SL_METH_CLASS, NULL}, {NULL, NULL, 0, NULL}};

SlType sl_weakref_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "weakref.ReferenceType",
    .flags = SL_TPFLAGS_BASETYPE | SL_TPFLAGS_HAVE_GC,
    .basicsize = sizeof(SlWeakRef),
    .dealloc = ref_dealloc, .traverse = ref_traverse, .clear = ref_clear,
    .new_ = ref_new, .init = ref_init,
    .repr = ref_repr, .hash = ref_hash, .richcompare = ref_richcompare,
    .call = ref_call,
    .getsets = ref_getsets, .methods = ref_methods,
};

/* ---- ProxyType / CallableProxyType ---------------------------------------------------------- */

/* The referent of a proxy (new reference), v itself if v is no proxy;
 * ReferenceError if the proxy is dead. */
static SlValue unwrap(SlVM *vm, SlValue v) {
    if (!is_proxy(v)) return sl_incref(v);
    SlValue o = WR(v)->referent;
    if (!o) return sl_raise(vm, SL_EXC(ReferenceError), "weakly-referenced object no longer exists");
    return sl_incref(o);
}

static SlValue proxy_getattr(SlVM *vm, SlValue self, SlValue name) {
    SlValue o = unwrap(vm, self);
    if (!o) return SL_NULL;
    SlValue r = sl_getattr(vm, o, name);
    sl_decref(vm, o);
    return r;
}

static bool proxy_setattr(SlVM *vm, SlValue self, SlValue name, SlValue value) {
    SlValue o = unwrap(vm, self);
    if (!o) return false;
    bool ok = value ? sl_setattr(vm, o, name, value) : sl_delattr(vm, o, name);
    sl_decref(vm, o);
    return ok;
}

static SlValue proxy_repr(SlVM *vm, SlValue self) { return weak_repr(vm, self, "weakproxy"); }

#define UNARY_FWD(fname, expr)                                                                \
    static SlValue fname(SlVM *vm, SlValue self) {                                             \
        SlValue o = unwrap(vm, self);                                                          \
        if (!o) return SL_NULL;                                                                \
        SlValue r = (expr);                                                                    \
        sl_decref(vm, o);                                                                      \
        return r;                                                                              \
    }
UNARY_FWD(proxy_str, sl_str(vm, o))
UNARY_FWD(proxy_iter, sl_iter(vm, o))
UNARY_FWD(proxy_index, sl_index(vm, o))
UNARY_FWD(proxy_int, sl_call1(vm, SL_OBJ(&sl_int_type), o))
UNARY_FWD(proxy_float, sl_call1(vm, SL_OBJ(&sl_float_type), o))
UNARY_FWD(proxy_neg, sl_unaryop(vm, SL_UN_NEG, o))
UNARY_FWD(proxy_pos, sl_unaryop(vm, SL_UN_POS, o))
UNARY_FWD(proxy_invert, sl_unaryop(vm, SL_UN_INVERT, o))
UNARY_FWD(proxy_abs, sl_type_of(o)->abs
                         ? sl_type_of(o)->abs(vm, o)
                         : sl_raise(vm, SL_TypeError, "bad operand type for abs(): '%s'",
                                    sl_type_name(o)))

static SlValue proxy_iternext(SlVM *vm, SlValue self) {
    SlValue o = unwrap(vm, self);
    if (!o) return SL_NULL;
    SlValue r;
    if (!sl_type_of(o)->iternext)
        r = sl_raise(vm, SL_TypeError, "Weakref proxy referenced a non-iterator '%s' object",
                     sl_type_name(o));
    else
        r = sl_iternext(vm, o);
    sl_decref(vm, o);
    return r;
}

static SlValue proxy_call(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    SlValue o = unwrap(vm, self);
    if (!o) return SL_NULL;
    SlValue r = sl_call(vm, o, args, nargs, kw);
    sl_decref(vm, o);
    return r;
}

static SlValue proxy_richcompare(SlVM *vm, SlValue a, SlValue b, SlCompareOp op) {
    SlValue x = unwrap(vm, a);
    if (!x) return SL_NULL;
    SlValue y = unwrap(vm, b);
    if (!y) {
        sl_decref(vm, x);
        return SL_NULL;
    }
    SlValue r = sl_richcompare(vm, x, y, op);
    sl_decref(vm, x);
    sl_decref(vm, y);
    return r;
}

static int proxy_bool(SlVM *vm, SlValue self) {
    SlValue o = unwrap(vm, self);
    if (!o) return -1;
    int r = sl_truthy(vm, o);
    sl_decref(vm, o);
    return r;
}

static int64_t proxy_len(SlVM *vm, SlValue self) {
    SlValue o = unwrap(vm, self);
    if (!o) return -1;
    int64_t r = sl_len(vm, o);
    sl_decref(vm, o);
    return r;
}

static SlValue proxy_getitem(SlVM *vm, SlValue self, SlValue key) {
    SlValue o = unwrap(vm, self);
    if (!o) return SL_NULL;
    SlValue r = sl_getitem(vm, o, key);
    sl_decref(vm, o);
    return r;
}

static bool proxy_setitem(SlVM *vm, SlValue self, SlValue key, SlValue value) {
    SlValue o = unwrap(vm, self);
    if (!o) return false;
    bool ok = value ? sl_setitem(vm, o, key, value) : sl_delitem(vm, o, key);
    sl_decref(vm, o);
    return ok;
}

static int proxy_contains(SlVM *vm, SlValue self, SlValue item) {
    SlValue o = unwrap(vm, self);
    if (!o) return -1;
    int r = sl_contains(vm, o, item);
    sl_decref(vm, o);
    return r;
}

/* Binary operators: unwrap whichever operands are proxies, then dispatch again. */
static SlValue proxy_binop(SlVM *vm, SlBinOp op, bool inplace, SlValue a, SlValue b) {
    SlValue x = unwrap(vm, a);
    if (!x) return SL_NULL;
    SlValue y = unwrap(vm, b);
    if (!y) {
        sl_decref(vm, x);
        return SL_NULL;
    }
    SlValue r = inplace ? sl_inplace_binop(vm, op, x, y) : sl_binop(vm, op, x, y);
    sl_decref(vm, x);
    sl_decref(vm, y);
    return r;
}
#define X(name, sym, d, r, i)                                                                 \
    static SlValue proxy_nb_##name(SlVM *vm, SlValue a, SlValue b) {                           \
        return proxy_binop(vm, SL_NB_##name, false, a, b);                                     \
    }                                                                                          \
    static SlValue proxy_inb_##name(SlVM *vm, SlValue a, SlValue b) {                          \
        return proxy_binop(vm, SL_NB_##name, true, a, b);                                      \
    }
SL_BINOPS(X)
#undef X

static SlValue proxy_bytes(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "__bytes__", nargs, kw, 0, 0)) return SL_NULL;
    SlValue o = unwrap(vm, self);
    if (!o) return SL_NULL;
    SlValue r = sl_call1(vm, SL_OBJ(&sl_bytes_type), o);
    sl_decref(vm, o);
    return r;
}

static const SlMethodDef proxy_methods[] = {{"__bytes__", proxy_bytes, 0, NULL},
                                            {NULL, NULL, 0, NULL}};

#define PROXY_SLOTS                                                                            \
    .basicsize = sizeof(SlWeakRef), .flags = SL_TPFLAGS_HAVE_GC,                               \
    .dealloc = ref_dealloc, .traverse = ref_traverse, .clear = ref_clear,                      \
    .repr = proxy_repr, .str = proxy_str, .richcompare = proxy_richcompare,                    \
    .getattro = proxy_getattr, .setattro = proxy_setattr,                                      \
    .iter = proxy_iter, .iternext = proxy_iternext,                                            \
    .len = proxy_len, .getitem = proxy_getitem, .setitem = proxy_setitem,                      \
    .contains = proxy_contains,                                                                \
    .nb = {[SL_NB_ADD] = proxy_nb_ADD, [SL_NB_SUB] = proxy_nb_SUB, [SL_NB_MUL] = proxy_nb_MUL, \
           [SL_NB_TRUEDIV] = proxy_nb_TRUEDIV, [SL_NB_FLOORDIV] = proxy_nb_FLOORDIV,           \
           [SL_NB_MOD] = proxy_nb_MOD, [SL_NB_POW] = proxy_nb_POW,                             \
           [SL_NB_LSHIFT] = proxy_nb_LSHIFT, [SL_NB_RSHIFT] = proxy_nb_RSHIFT,                 \
           [SL_NB_AND] = proxy_nb_AND, [SL_NB_OR] = proxy_nb_OR, [SL_NB_XOR] = proxy_nb_XOR,   \
           [SL_NB_MATMUL] = proxy_nb_MATMUL},                                                  \
    .nb_inplace = {[SL_NB_ADD] = proxy_inb_ADD, [SL_NB_SUB] = proxy_inb_SUB,                   \
                   [SL_NB_MUL] = proxy_inb_MUL, [SL_NB_TRUEDIV] = proxy_inb_TRUEDIV,           \
                   [SL_NB_FLOORDIV] = proxy_inb_FLOORDIV, [SL_NB_MOD] = proxy_inb_MOD,         \
                   [SL_NB_POW] = proxy_inb_POW, [SL_NB_LSHIFT] = proxy_inb_LSHIFT,             \
                   [SL_NB_RSHIFT] = proxy_inb_RSHIFT, [SL_NB_AND] = proxy_inb_AND,             \
                   [SL_NB_OR] = proxy_inb_OR, [SL_NB_XOR] = proxy_inb_XOR,                     \
                   [SL_NB_MATMUL] = proxy_inb_MATMUL},                                         \
    .un = {[SL_UN_NEG] = proxy_neg, [SL_UN_POS] = proxy_pos, [SL_UN_INVERT] = proxy_invert},  \
    .abs = proxy_abs, .bool_ = proxy_bool, .index = proxy_index, .int_ = proxy_int,            \
    .float_ = proxy_float, .methods = proxy_methods

SlType sl_weakproxy_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "weakref.ProxyType",
    PROXY_SLOTS,
};

SlType sl_weakcallableproxy_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "weakref.CallableProxyType",
    PROXY_SLOTS,
    .call = proxy_call,
};

/* ---- the _weakref module -------------------------------------------------------------------- */

static SlValue mod_proxy(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    if (!sl_args_check(vm, "proxy", nargs, kw, 1, 2)) return SL_NULL;
    SlValue o = args[0];
    SlType *t = sl_type_of(o)->call ? &sl_weakcallableproxy_type : &sl_weakproxy_type;
    return new_ref(vm, t, o, nargs > 1 ? args[1] : SL_NULL);
}

static SlValue mod_getweakrefcount(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                   SlValue kw) {
    (void)self;
    if (!sl_args_check(vm, "getweakrefcount", nargs, kw, 1, 1)) return SL_NULL;
    SlValue *head = weaklist_ptr(args[0]);
    int64_t n = 0;
    bool basic = false;
    for (SlWeakRef *r = head && *head ? WR(*head) : NULL; r; r = r->next) {
        n++;
        if (is_basic_ref(r)) basic = true;
    }
    /* CPython's bases list a class in their __subclasses__ through a plain
     * weak reference to it (the one weakref.ref(C) then shares); slotlab's
     * lists hold no reference, so count that one here */
    if (!basic && SL_IS_OBJ(args[0]) && (sl_type_of(args[0])->flags & SL_TPFLAGS_TYPE_SUBCLASS) &&
        ((SlType *)SL_AS_OBJ(args[0]))->base)
        n++;
    return sl_int_from_i64(vm, n);
}

static SlValue mod_getweakrefs(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                               SlValue kw) {
    (void)self;
    if (!sl_args_check(vm, "getweakrefs", nargs, kw, 1, 1)) return SL_NULL;
    SlValue *head = weaklist_ptr(args[0]);
    SlValue l = sl_list_new(vm, 0);
    if (!l) return SL_NULL;
    for (SlWeakRef *r = head && *head ? WR(*head) : NULL; r; r = r->next) {
        if (!sl_list_append(vm, l, SL_OBJ(r))) {
            sl_decref(vm, l);
            return SL_NULL;
        }
    }
    return l;
}

/* _remove_dead_weakref(dict, key): del dict[key] if its value is a dead ref */
static SlValue mod_remove_dead(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                               SlValue kw) {
    (void)self;
    if (!sl_args_check(vm, "_remove_dead_weakref", nargs, kw, 2, 2)) return SL_NULL;
    if (!SL_IS_DICT(args[0]))
        return sl_raise(vm, SL_TypeError, "_remove_dead_weakref() argument 1 must be dict, not %s",
                        sl_type_name(args[0]));
    SlValue v = sl_dict_get(vm, args[0], args[1]);
    if (!v) {
        if (vm->exc && !sl_exc_matches(vm, SL_KeyError)) return SL_NULL;
        sl_exc_clear(vm);
        return SL_NONE;
    }
    if (is_ref(v) && !WR(v)->referent && !sl_delitem(vm, args[0], args[1])) {
        if (!sl_exc_matches(vm, SL_KeyError)) return SL_NULL;
        sl_exc_clear(vm);
    }
    return SL_NONE;
}

static const SlMethodDef weakref_functions[] = {
    {"proxy", mod_proxy, 0, "Create a proxy object that weakly references 'object'."},
    {"getweakrefcount", mod_getweakrefcount, 0, "Return the number of weak references to 'object'."},
    {"getweakrefs", mod_getweakrefs, 0, "Return a list of all weak reference objects pointing to 'object'."},
    {"_remove_dead_weakref", mod_remove_dead, 0, "Atomically remove key from dict if it points to a dead weakref."},
    {NULL, NULL, 0, NULL}};

SlValue sl_mod_weakref_init(SlVM *vm) {
    SlValue m = sl_module_new(vm, "_weakref");
    if (!m) return SL_NULL;
    if (!sl_module_add_functions(vm, m, weakref_functions) ||
        !sl_module_add(vm, m, "ref", SL_OBJ(&sl_weakref_type)) ||
        !sl_module_add(vm, m, "ReferenceType", SL_OBJ(&sl_weakref_type)) ||
        !sl_module_add(vm, m, "ProxyType", SL_OBJ(&sl_weakproxy_type)) ||
        !sl_module_add(vm, m, "CallableProxyType", SL_OBJ(&sl_weakcallableproxy_type))) {
        sl_decref(vm, m);
        return SL_NULL;
    }
    return m;
}
