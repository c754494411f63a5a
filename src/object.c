/* object.c: the generic object protocol (CPython's Objects/abstract.c and
 * parts of object.c): what `repr(x)`, `a + b`, `x.attr`, `f(...)`,
 * `iter(x)` mean for any object, by dispatching to type slots. */
#include "object.h"

#include <string.h>

#include "errors.h"
#include "float.h"
#include "int.h"
#include "dict.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

void sl_dealloc(SlVM *vm, SlObject *o) {
    SlType *t = o->type;
    if (t->dealloc) t->dealloc(vm, o);
    else sl_obj_free(vm, o);
}

const char *sl_type_name(SlValue v) { return sl_type_of(v)->name; }

bool sl_type_is_subtype(SlType *a, SlType *b) {
    if (a == b) return true;
    if (a->mro) {
        SlValue *items = SL_TUPLE_ITEMS(a->mro);
        size_t n = SL_TUPLE_SIZE(a->mro);
        for (size_t i = 0; i < n; i++)
            if (SL_AS_OBJ(items[i]) == &b->ob) return true;
        return false;
    }
    for (SlType *t = a->base; t; t = t->base)
        if (t == b) return true;
    return b == &sl_object_type;
}

bool sl_isinstance_type(SlValue v, SlType *t) { return sl_type_is_subtype(sl_type_of(v), t); }

/* ---- recursion guards -------------------------------------------------- */

bool sl_enter_recursive(SlVM *vm, const char *where) {
    if (++vm->c_depth > 3000 || vm->depth + vm->c_depth / 4 > vm->recursion_limit + 50) {
        vm->c_depth--;
        sl_raise(vm, SL_EXC(RecursionError), "maximum recursion depth exceeded%s", where);
        return false;
    }
    return true;
}

void sl_leave_recursive(SlVM *vm) { vm->c_depth--; }

int sl_repr_enter(SlVM *vm, SlValue v) {
    if (!vm->repr_active) {
        vm->repr_active = sl_list_new(vm, 0);
        if (!vm->repr_active) return -1;
    }
    SlList *l = SL_LIST(vm->repr_active);
    for (size_t i = 0; i < l->size; i++)
        if (l->items[i] == v) return 1;
    /* store without a reference: the object is alive while being printed */
    if (!sl_list_append(vm, vm->repr_active, SL_NONE)) return -1;
    l->items[l->size - 1] = v;
    return 0;
}

void sl_repr_leave(SlVM *vm, SlValue v) {
    SlList *l = SL_LIST(vm->repr_active);
    for (size_t i = l->size; i-- > 0;) {
        if (l->items[i] == v) {
            memmove(&l->items[i], &l->items[i + 1], (l->size - i - 1) * sizeof(SlValue));
            l->size--;
            return;
        }
    }
}

/* ---- repr / str / hash / truth ----------------------------------------- */

static SlValue default_repr(SlVM *vm, SlValue v) {
    SlType *t = sl_type_of(v);
    SlValue mod = t->dict ? sl_dict_get_cstr(t->dict, "__module__") : SL_NULL;
    if (mod && SL_IS_STR(mod) && !sl_str_eq_cstr(mod, "builtins"))
        return sl_str_printf(vm, "<%s.%s object at %p>", SL_STR_DATA(mod),
                             t->qualname ? SL_STR_DATA(t->qualname) : t->name, (void *)v);
    return sl_str_printf(vm, "<%s object at %p>", t->name, (void *)v);
}

SlValue sl_repr(SlVM *vm, SlValue v) {
    SlType *t = sl_type_of(v);
    if (!t->repr) return default_repr(vm, v);
    if (!sl_enter_recursive(vm, " while getting the repr of an object")) return SL_NULL;
    SlValue r = t->repr(vm, v);
    sl_leave_recursive(vm);
    if (r && !SL_IS_STR(r)) {
        sl_raise(vm, SL_TypeError, "__repr__ returned non-string (type %s)", sl_type_name(r));
        sl_decref(vm, r);
        return SL_NULL;
    }
    return r;
}

SlValue sl_str(SlVM *vm, SlValue v) {
    if (SL_IS_EXACT_STR(v)) return sl_incref(v);
    SlType *t = sl_type_of(v);
    if (!t->str) return sl_repr(vm, v);
    if (!sl_enter_recursive(vm, " while getting the str of an object")) return SL_NULL;
    SlValue r = t->str(vm, v);
    sl_leave_recursive(vm);
    if (r && !SL_IS_STR(r)) {
        sl_raise(vm, SL_TypeError, "__str__ returned non-string (type %s)", sl_type_name(r));
        sl_decref(vm, r);
        return SL_NULL;
    }
    return r;
}

bool sl_hash(SlVM *vm, SlValue v, int64_t *out) {
    if (SL_IS_INT(v) || SL_AS_OBJ(v)->type == &sl_int_type) {
        *out = sl_int_hash(v);
        return true;
    }
    SlType *t = sl_type_of(v);
    if (t == &sl_str_type) {
        *out = sl_str_hash(v);
        return true;
    }
    if (!t->hash) {
        sl_raise(vm, SL_TypeError, "unhashable type: '%s'", t->name);
        return false;
    }
    return t->hash(vm, v, out);
}

int sl_truthy(SlVM *vm, SlValue v) {
    if (v == SL_TRUE) return 1;
    if (v == SL_FALSE || v == SL_NONE) return 0;
    if (SL_IS_INT(v)) return SL_INT_VAL(v) != 0;
    SlType *t = sl_type_of(v);
    if (t->bool_) return t->bool_(vm, v);
    if (t->len) {
        int64_t n = t->len(vm, v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ---- comparison ------------------------------------------------------------ */

static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};
static const SlCompareOp swapped_op[] = {SL_GT, SL_GE, SL_EQ, SL_NE, SL_LT, SL_LE};

SlValue sl_richcompare(SlVM *vm, SlValue a, SlValue b, SlCompareOp op) {
    int64_t x, y;
    if (sl_int_fast(a, &x) && sl_int_fast(b, &y)) {
        bool r = false;
        switch (op) {
        case SL_LT: r = x < y; break;
        case SL_LE: r = x <= y; break;
        case SL_EQ: r = x == y; break;
        case SL_NE: r = x != y; break;
        case SL_GT: r = x > y; break;
        case SL_GE: r = x >= y; break;
        }
        return SL_BOOL(r);
    }
    SlType *ta = sl_type_of(a), *tb = sl_type_of(b);
    if (!sl_enter_recursive(vm, " in comparison")) return SL_NULL;
    SlValue r;
    bool checked_reverse = false;
    if (ta != tb && sl_type_is_subtype(tb, ta) && tb->richcompare) {
        checked_reverse = true;
        r = tb->richcompare(vm, b, a, swapped_op[op]);
        if (r != SL_NOTIMPL) goto done;
    }
    if (ta->richcompare) {
        r = ta->richcompare(vm, a, b, op);
        if (r != SL_NOTIMPL) goto done;
    }
    if (!checked_reverse && tb->richcompare) {
        r = tb->richcompare(vm, b, a, swapped_op[op]);
        if (r != SL_NOTIMPL) goto done;
    }
    if (op == SL_EQ) r = SL_BOOL(a == b);
    else if (op == SL_NE) r = SL_BOOL(a != b);
    else
        r = sl_raise(vm, SL_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                     cmp_symbols[op], ta->name, tb->name);
done:
    sl_leave_recursive(vm);
    return r;
}

int sl_compare_bool(SlVM *vm, SlValue a, SlValue b, SlCompareOp op) {
    int64_t x, y;
    if (sl_int_fast(a, &x) && sl_int_fast(b, &y)) {
        switch (op) {
        case SL_LT: return x < y;
        case SL_LE: return x <= y;
        case SL_EQ: return x == y;
        case SL_NE: return x != y;
        case SL_GT: return x > y;
        case SL_GE: return x >= y;
        }
    }
    SlValue r = sl_richcompare(vm, a, b, op);
    if (!r) return -1;
    if (r == SL_TRUE) return 1;
    if (r == SL_FALSE) return 0;
    int t = sl_truthy(vm, r);
    sl_decref(vm, r);
    return t;
}

int sl_eq(SlVM *vm, SlValue a, SlValue b) {
    if (a == b) return 1;
    return sl_compare_bool(vm, a, b, SL_EQ);
}

/* ---- attributes -------------------------------------------------------------- */

SlValue sl_getattr(SlVM *vm, SlValue obj, SlValue name) {
    SlType *t = sl_type_of(obj);
    if (t->getattro) return t->getattro(vm, obj, name);
    return sl_generic_getattr(vm, obj, name);
}

SlValue sl_getattr_cstr(SlVM *vm, SlValue obj, const char *name) {
    return sl_getattr(vm, obj, sl_intern_cstr(name));
}

SlValue sl_lookup_attr(SlVM *vm, SlValue obj, SlValue name) {
    SlValue r = sl_getattr(vm, obj, name);
    if (!r && sl_exc_matches(vm, SL_AttributeError)) sl_exc_clear(vm);
    return r;
}

bool sl_setattr(SlVM *vm, SlValue obj, SlValue name, SlValue value) {
    SlType *t = sl_type_of(obj);
    if (t->setattro) return t->setattro(vm, obj, name, value);
    return sl_generic_setattr(vm, obj, name, value);
}

bool sl_delattr(SlVM *vm, SlValue obj, SlValue name) { return sl_setattr(vm, obj, name, SL_NULL); }

/* ---- calls ------------------------------------------------------------------- */

SlValue sl_call(SlVM *vm, SlValue callable, const SlValue *args, size_t nargs, SlValue kwnames) {
    SlType *t = sl_type_of(callable);
    if (!t->call) return sl_raise(vm, SL_TypeError, "'%s' object is not callable", t->name);
    return t->call(vm, callable, args, nargs, kwnames);
}

SlValue sl_call0(SlVM *vm, SlValue callable) { return sl_call(vm, callable, NULL, 0, SL_NULL); }
SlValue sl_call1(SlVM *vm, SlValue callable, SlValue a) {
    return sl_call(vm, callable, &a, 1, SL_NULL);
}
SlValue sl_call2(SlVM *vm, SlValue callable, SlValue a, SlValue b) {
    SlValue args[2] = {a, b};
    return sl_call(vm, callable, args, 2, SL_NULL);
}

SlValue sl_call_method(SlVM *vm, SlValue obj, const char *name, const SlValue *args,
                       size_t nargs) {
    SlValue m = sl_getattr_cstr(vm, obj, name);
    if (!m) return SL_NULL;
    SlValue r = sl_call(vm, m, args, nargs, SL_NULL);
    sl_decref(vm, m);
    return r;
}

/* ---- number operators ---------------------------------------------------------- */

static const char *const binop_symbols[] = {
#define X(name, sym, d, r, i) sym,
    SL_BINOPS(X)
#undef X
};

static bool is_sequence_for_concat(SlValue v) {
    return SL_IS_STR(v) || SL_IS_LIST(v) || SL_IS_TUPLE(v);
}

static SlValue binop_error(SlVM *vm, SlBinOp op, SlValue a, SlValue b, bool inplace) {
    if (op == SL_NB_ADD && is_sequence_for_concat(a) && !inplace)
        return sl_raise(vm, SL_TypeError, "can only concatenate %s (not \"%s\") to %s",
                        SL_IS_STR(a) ? "str" : SL_IS_LIST(a) ? "list" : "tuple", sl_type_name(b),
                        SL_IS_STR(a) ? "str" : SL_IS_LIST(a) ? "list" : "tuple");
    if (op == SL_NB_MUL && (is_sequence_for_concat(a) || SL_IS_BYTES(a)))
        return sl_raise(vm, SL_TypeError, "can't multiply sequence by non-int of type '%s'",
                        sl_type_name(b));
    if (op == SL_NB_MUL && (is_sequence_for_concat(b) || SL_IS_BYTES(b)))
        return sl_raise(vm, SL_TypeError, "can't multiply sequence by non-int of type '%s'",
                        sl_type_name(a));
    if (op == SL_NB_POW && !inplace)
        return sl_raise(vm, SL_TypeError,
                        "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                        sl_type_name(a), sl_type_name(b));
    return sl_raise(vm, SL_TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'",
                    binop_symbols[op], inplace ? "=" : "", sl_type_name(a), sl_type_name(b));
}

/* CPython's binary_op1: the right operand's slot goes first when its type
 * is a subclass of the left one's. */
static SlValue binop1(SlVM *vm, SlBinOp op, SlValue a, SlValue b) {
    SlType *ta = sl_type_of(a), *tb = sl_type_of(b);
    SlBinaryFn slotv = ta->nb[op];
    SlBinaryFn slotw = NULL;
    if (tb != ta) {
        slotw = tb->nb[op];
        if (slotw == slotv) slotw = NULL;
    }
    if (slotv) {
        if (slotw && sl_type_is_subtype(tb, ta)) {
            SlValue x = slotw(vm, a, b);
            if (x != SL_NOTIMPL) return x;
            slotw = NULL;
        }
        SlValue x = slotv(vm, a, b);
        if (x != SL_NOTIMPL) return x;
    }
    if (slotw) return slotw(vm, a, b);
    return SL_NOTIMPL;
}

SlValue sl_binop(SlVM *vm, SlBinOp op, SlValue a, SlValue b) {
    SlValue r = binop1(vm, op, a, b);
    if (r == SL_NOTIMPL) return binop_error(vm, op, a, b, false);
    return r;
}

SlValue sl_inplace_binop(SlVM *vm, SlBinOp op, SlValue a, SlValue b) {
    SlType *ta = sl_type_of(a);
    if (ta->nb_inplace[op]) {
        SlValue r = ta->nb_inplace[op](vm, a, b);
        if (r != SL_NOTIMPL) return r;
    }
    SlValue r = binop1(vm, op, a, b);
    if (r == SL_NOTIMPL) return binop_error(vm, op, a, b, true);
    return r;
}

static const char *const unary_symbols[] = {"-", "+", "~"};

SlValue sl_unaryop(SlVM *vm, SlUnaryOp op, SlValue a) {
    SlType *t = sl_type_of(a);
    if (t->un[op]) {
        SlValue r = t->un[op](vm, a);
        if (r != SL_NOTIMPL) return r;
    }
    return sl_raise(vm, SL_TypeError, "bad operand type for unary %s: '%s'", unary_symbols[op],
                    t->name);
}

/* ---- iteration and containers ------------------------------------------------- */

extern SlValue sl_seqiter_new(SlVM *vm, SlValue seq); /* iter.c */

SlValue sl_iter(SlVM *vm, SlValue v) {
    SlType *t = sl_type_of(v);
    if (t->iter) {
        SlValue it = t->iter(vm, v);
        if (it && !sl_type_of(it)->iternext) {
            sl_raise(vm, SL_TypeError, "iter() returned non-iterator of type '%s'",
                     sl_type_name(it));
            sl_decref(vm, it);
            return SL_NULL;
        }
        return it;
    }
    if (t->getitem && !(t->flags & SL_TPFLAGS_DICT_SUBCLASS)) return sl_seqiter_new(vm, v);
    return sl_raise(vm, SL_TypeError, "'%s' object is not iterable", t->name);
}

SlValue sl_iternext(SlVM *vm, SlValue it) {
    SlType *t = sl_type_of(it);
    if (!t->iternext)
        return sl_raise(vm, SL_TypeError, "'%s' object is not an iterator", t->name);
    SlValue r = t->iternext(vm, it);
    /* an iternext slot may end with StopIteration set (a generator's
     * return value, a __next__ that raises): that is exhaustion too */
    if (!r && vm->exc && sl_exc_matches(vm, SL_StopIteration)) sl_exc_clear(vm);
    return r;
}

int64_t sl_len(SlVM *vm, SlValue v) {
    SlType *t = sl_type_of(v);
    if (!t->len) {
        sl_raise(vm, SL_TypeError, "object of type '%s' has no len()", t->name);
        return -1;
    }
    return t->len(vm, v);
}

SlValue sl_getitem(SlVM *vm, SlValue obj, SlValue key) {
    SlType *t = sl_type_of(obj);
    if (t->getitem) return t->getitem(vm, obj, key);
    if (t == &sl_type_type || (t->flags & SL_TPFLAGS_TYPE_SUBCLASS)) {
        SlValue m = sl_lookup_attr(vm, obj, sl_intern_cstr("__class_getitem__"));
        if (m) {
            SlValue r = sl_call1(vm, m, key);
            sl_decref(vm, m);
            return r;
        }
        if (sl_exc_occurred(vm)) return SL_NULL;
        return sl_raise(vm, SL_TypeError, "type '%s' is not subscriptable",
                        ((SlType *)SL_AS_OBJ(obj))->name);
    }
    return sl_raise(vm, SL_TypeError, "'%s' object is not subscriptable", t->name);
}

bool sl_setitem(SlVM *vm, SlValue obj, SlValue key, SlValue value) {
    SlType *t = sl_type_of(obj);
    if (t->setitem) return t->setitem(vm, obj, key, value);
    if (value) sl_raise(vm, SL_TypeError, "'%s' object does not support item assignment", t->name);
    else sl_raise(vm, SL_TypeError, "'%s' object doesn't support item deletion", t->name);
    return false;
}

bool sl_delitem(SlVM *vm, SlValue obj, SlValue key) { return sl_setitem(vm, obj, key, SL_NULL); }

int sl_contains(SlVM *vm, SlValue container, SlValue item) {
    SlType *t = sl_type_of(container);
    if (t->contains) return t->contains(vm, container, item);
    if (!t->iter && !t->getitem) {
        sl_raise(vm, SL_TypeError, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    SlValue it = sl_iter(vm, container);
    if (!it) return -1;
    for (;;) {
        SlValue x = sl_iternext(vm, it);
        if (!x) {
            sl_decref(vm, it);
            return sl_exc_occurred(vm) ? -1 : 0;
        }
        int eq = sl_eq(vm, x, item);
        sl_decref(vm, x);
        if (eq != 0) {
            sl_decref(vm, it);
            return eq;
        }
    }
}

SlValue sl_index(SlVM *vm, SlValue v) {
    if (SL_IS_INT(v)) return v;
    SlType *t = sl_type_of(v);
    if (t->flags & SL_TPFLAGS_INT_SUBCLASS) return sl_incref(v);
    if (t->index) {
        SlValue r = t->index(vm, v);
        if (r && !SL_IS_INTLIKE(r)) {
            sl_raise(vm, SL_TypeError, "__index__ returned non-int (type %s)", sl_type_name(r));
            sl_decref(vm, r);
            return SL_NULL;
        }
        return r;
    }
    return sl_raise(vm, SL_TypeError, "'%s' object cannot be interpreted as an integer", t->name);
}

bool sl_index_i64(SlVM *vm, SlValue v, int64_t *out) {
    if (SL_IS_INT(v)) {
        *out = SL_INT_VAL(v);
        return true;
    }
    SlValue i = sl_index(vm, v);
    if (!i) return false;
    bool ok = sl_int_as_i64(vm, i, out);
    sl_decref(vm, i);
    return ok;
}
