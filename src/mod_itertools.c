/* mod_itertools.c: _itertools, the parts of itertools that must be C.
 *
 * lib/itertools.py writes the tools in Python; count is here because the
 * ints it hands out are part of what lessons measure.  CPython's count
 * keeps a C counter while it can ("fast mode": an int start that fits and
 * a step of 1) and makes each value with PyLong_FromSsize_t, exactly the
 * digits it needs (28 bytes, where `n + 1` makes 32 in 3.11+).  Otherwise
 * it keeps the value and the step as objects and adds them.
 */
#include <stdint.h>

#include "args.h"
#include "complex.h"
#include "dict.h"
#include "errors.h"
#include "float.h"
#include "int.h"
#include "module.h"
#include "mod_table.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "vm.h"

typedef struct {
    SlObject ob;
    int64_t cnt;         /* fast mode: the next value; INT64_MAX = slow mode */
    SlValue long_cnt;    /* slow mode: the next value */
    SlValue long_step;   /* the step (SL_NULL in fast mode: 1) */
} Count;

SlType sl_count_type;

#define COUNT(v) ((Count *)SL_AS_OBJ(v))
#define SLOW INT64_MAX

/* PyNumber_Check: what count() accepts as start and step */
static bool is_number(SlValue v) {
    if (SL_IS_INTLIKE(v) || sl_isinstance_type(v, &sl_float_type) || SL_IS_COMPLEX(v)) return true;
    SlType *t = sl_type_of(v);
    static const char *const names[] = {"__index__", "__int__", "__float__", "__complex__"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (sl_type_lookup(t, sl_intern_cstr(names[i]))) return true;
    return false;
}

/* The value of an int start or step that fits a C counter */
static bool counter_value(SlVM *vm, SlValue v, int64_t *out) {
    if (!SL_IS_INTLIKE(v)) return false;
    if (sl_int_as_i64(vm, v, out)) return true;
    sl_exc_clear(vm);   /* too big: slow mode, as CPython's PyLong_AsSsize_t failing */
    return false;
}

static SlValue count_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs, SlValue kwnames) {
    static const char *const names[] = {"start", "step", NULL};
    SlValue a[2];
    if (!sl_args_parse(vm, "count", args, nargs, kwnames, names, 0, 2, a)) return SL_NULL;
    SlValue start = a[0], step = a[1];
    if ((start && !is_number(start)) || (step && !is_number(step)))
        return sl_raise(vm, SL_TypeError, "a number is required");
    Count *c = (Count *)sl_obj_alloc(vm, type, type->basicsize);
    if (!c) return SL_NULL;
    int64_t s = 1, i = 0;
    bool fast = (!step || (counter_value(vm, step, &s) && s == 1)) && (!start || counter_value(vm, start, &i));
    if (fast && i != SLOW) {
        c->cnt = i;
    } else {
        c->cnt = SLOW;
        c->long_cnt = start ? sl_incref(start) : SL_FROM_INT(0);
        c->long_step = step ? sl_incref(step) : SL_FROM_INT(1);
    }
    return SL_OBJ(c);
}

static SlValue count_next(SlVM *vm, SlValue self) {
    Count *c = COUNT(self);
    if (c->cnt != SLOW) return sl_int_new_exact(vm, c->cnt++);
    SlValue next = sl_binop(vm, SL_NB_ADD, c->long_cnt, c->long_step);
    if (!next) return SL_NULL;
    SlValue r = c->long_cnt;   /* its reference moves to the caller */
    c->long_cnt = next;
    return r;
}

static SlValue self_iter(SlVM *vm, SlValue v) {
    (void)vm;
    return sl_incref(v);
}

static SlValue count_repr(SlVM *vm, SlValue self) {
    Count *c = COUNT(self);
    const char *name = sl_type_of(self)->name;
    if (c->cnt != SLOW) return sl_str_printf(vm, "%s(%lld)", name, (long long)c->cnt);
    SlValue r1 = sl_repr(vm, c->long_cnt);
    if (!r1) return SL_NULL;
    int64_t s;
    SlValue r;
    if (SL_IS_INTLIKE(c->long_step) && sl_int_fast(c->long_step, &s) && s == 1) {
        r = sl_str_printf(vm, "%s(%s)", name, SL_STR_DATA(r1));
    } else {
        SlValue r2 = sl_repr(vm, c->long_step);
        r = r2 ? sl_str_printf(vm, "%s(%s, %s)", name, SL_STR_DATA(r1), SL_STR_DATA(r2)) : SL_NULL;
        sl_xdecref(vm, r2);
    }
    sl_decref(vm, r1);
    return r;
}

static SlValue count_reduce(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kwnames) {
    (void)args;
    if (!sl_args_check(vm, "__reduce__", nargs, kwnames, 0, 0)) return SL_NULL;
    Count *c = COUNT(self);
    SlValue targs;
    if (c->cnt != SLOW) {
        SlValue n = sl_int_new_exact(vm, c->cnt);
        targs = sl_tuple_pack(vm, 1, n);
        sl_decref(vm, n);
    } else {
        targs = sl_tuple_pack(vm, 2, c->long_cnt, c->long_step);
    }
    if (!targs) return SL_NULL;
    SlValue r = sl_tuple_pack(vm, 2, SL_OBJ(sl_type_of(self)), targs);
    sl_decref(vm, targs);
    return r;
}

static void count_dealloc(SlVM *vm, SlObject *o) {
    Count *c = (Count *)o;
    sl_xdecref(vm, c->long_cnt);
    sl_xdecref(vm, c->long_step);
    sl_obj_free(vm, o);
}

static void count_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    Count *c = (Count *)o;
    if (c->long_cnt && SL_IS_OBJ(c->long_cnt)) visit(c->long_cnt, arg);
    if (c->long_step && SL_IS_OBJ(c->long_step)) visit(c->long_step, arg);
}

static const SlMethodDef count_methods[] = {
    {"__reduce__", count_reduce, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL}};

SlType sl_count_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "count",
    .doc = "Return a count object whose .__next__() method returns consecutive values.",
    .flags = SL_TPFLAGS_HAVE_GC | SL_TPFLAGS_BASETYPE,
    .basicsize = sizeof(Count),
    .dealloc = count_dealloc,
    .traverse = count_traverse,
    .new_ = count_new,
    .repr = count_repr,
    .iter = self_iter,
    .iternext = count_next,
    .methods = count_methods,
};

SlValue sl_mod_itertools_init(SlVM *vm) {
    /* readied on first import; __module__ "itertools", as CPython derives
     * it from tp_name "itertools.count" (interned: the type outlives VMs) */
    if (!(sl_count_type.flags & SL_TPFLAGS_READY)) {
        sl_type_ready(&sl_count_type);
        if (!sl_dict_set(NULL, sl_count_type.dict, sl_intern_cstr("__module__"), sl_intern_cstr("itertools")))
            return sl_raise_nomemory(vm);
        sl_count_type.qualname = sl_intern_cstr("count");
    }
    SlValue m = sl_module_new(vm, "_itertools");
    if (!m) return SL_NULL;
    if (!sl_module_add(vm, m, "count", SL_OBJ(&sl_count_type))) {
        sl_decref(vm, m);
        return SL_NULL;
    }
    return m;
}
