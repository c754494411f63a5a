/* mod_memory.c: what a program can ask about memory: sys.getsizeof,
 * object.__sizeof__, and the C halves of tracemalloc (_tracemalloc) and
 * resource (_resource).  Every figure comes from the model (memmodel.c);
 * lib/tracemalloc.py and lib/resource.py wrap these as CPython's modules. */
#include "mod_memory.h"

#include <sys/resource.h>

#include "args.h"
#include "bytearray.h"
#include "dict.h"
#include "func.h"
#include "list.h"
#include "set.h"
#include "errors.h"
#include "int.h"
#include "memmodel.h"
#include "module.h"
#include "str.h"
#include "float.h"
#include "tuple.h"
#include "vm.h"

/* ---- sys.getsizeof ---------------------------------------------------------------------- */

/* object.__sizeof__: basicsize + |ob_size| * itemsize of the modelled
 * CPython object (without the GC header and pre-header). */
SlValue sl_object_sizeof(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "__sizeof__", nargs, kw, 0, 0)) return SL_NULL;
    return sl_int_from_i64(vm, sl_mm_object_sizeof(vm, self));
}

/* int.__sizeof__, list.__sizeof__, ...: the type's own accounting */
static SlValue builtin_sizeof(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "__sizeof__", nargs, kw, 0, 0)) return SL_NULL;
    return sl_int_from_i64(vm, sl_mm_sizeof(vm, self));
}

static const SlMethodDef builtin_sizeof_def = {"__sizeof__", builtin_sizeof, 0,
                                               "Size of object in memory, in bytes."};

void sl_memory_install_sizeof(void) {
    /* the built-in types that define their own __sizeof__ in CPython */
    SlType *const types[] = {&sl_int_type, &sl_str_type, &sl_bytes_type, &sl_tuple_type,
                             &sl_list_type, &sl_dict_type, &sl_set_type, &sl_frozenset_type,
                             &sl_bytearray_type, &sl_type_type, NULL};
    for (SlType *const *t = types; *t; t++) {
        SlMethodDescr *d = (SlMethodDescr *)sl_obj_alloc(NULL, &sl_method_descr_type,
                                                         sizeof(SlMethodDescr));
        d->owner = *t;
        d->def = &builtin_sizeof_def;
        sl_dict_set(NULL, (*t)->dict, sl_intern_cstr("__sizeof__"), SL_OBJ(d));
    }
}

/* sys.getsizeof(object[, default]) */
SlValue sl_sys_getsizeof(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    static const char *const names[] = {"object", "default", NULL};
    SlValue a[2];
    if (!sl_args_parse(vm, "getsizeof", args, nargs, kw, names, 1, 2, a)) return SL_NULL;
    SlValue obj = a[0], dflt = a[1];
    /* _PyObject_LookupSpecial: type(obj).__sizeof__, bound to obj */
    SlType *t = sl_type_of(obj);
    SlValue descr = sl_type_lookup(t, sl_intern_cstr("__sizeof__"));
    SlValue r = SL_NULL;
    if (!descr) {
        sl_raise(vm, SL_TypeError, "Type %s doesn't define __sizeof__", t->name);
    } else {
        SlType *dt = sl_type_of(descr);
        SlValue bound = dt->descr_get ? dt->descr_get(vm, descr, obj, SL_OBJ(t)) : sl_incref(descr);
        if (bound) {
            r = sl_call0(vm, bound);
            sl_decref(vm, bound);
        }
    }
    if (r && !SL_IS_INTLIKE(r)) {
        sl_raise(vm, SL_TypeError, "an integer is required");
        sl_decref(vm, r);
        r = SL_NULL;
    }
    int64_t size = 0;
    if (r) {
        bool ok = sl_int_as_i64(vm, r, &size);
        sl_decref(vm, r);
        if (!ok) r = SL_NULL;
        else if (size < 0) {
            sl_raise(vm, SL_EXC(ValueError), "__sizeof__() should return >= 0");
            r = SL_NULL;
        }
    }
    if (!r) {
        if (dflt && sl_exc_matches(vm, SL_TypeError)) {
            sl_exc_clear(vm);
            return sl_incref(dflt);
        }
        return SL_NULL;
    }
    return sl_int_from_i64(vm, size + sl_mm_sizeof_extra(vm, obj));
}

/* ---- _tracemalloc --------------------------------------------------------------------- */

static SlValue tm_start(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    static const char *const names[] = {"nframe", NULL};
    SlValue nframe;
    if (!sl_args_parse(vm, "start", args, nargs, kw, names, 0, 1, &nframe)) return SL_NULL;
    int64_t n = 1;
    if (nframe) {
        if (!SL_IS_INTLIKE(nframe)) {
            if (vm->ver->msg_index_int_required)
                return sl_raise(vm, SL_TypeError, "an integer is required (got type %s)",
                                sl_type_name(nframe));
            return sl_raise(vm, SL_TypeError, "'%s' object cannot be interpreted as an integer",
                            sl_type_name(nframe));
        }
        if (!sl_int_as_i64(vm, nframe, &n)) return SL_NULL;
        int64_t max = vm->ver->tracemalloc_clinic ? 65535 : 178956969;
        if (n < 1 || n > max)
            return sl_raise(vm, SL_EXC(ValueError), "the number of frames must be in range [1; %lld]",
                            (long long)max);
    }
    sl_mm_trace_start(vm, (int)n);
    return SL_NONE;
}

static SlValue tm_stop(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self; (void)args;
    if (!sl_args_check(vm, "stop", nargs, kw, 0, 0)) return SL_NULL;
    sl_mm_trace_stop(vm);
    return SL_NONE;
}

static SlValue tm_is_tracing(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self; (void)args;
    if (!sl_args_check(vm, "is_tracing", nargs, kw, 0, 0)) return SL_NULL;
    return SL_BOOL(sl_mm_tracing(vm));
}

static SlValue tm_clear_traces(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self; (void)args;
    if (!sl_args_check(vm, "clear_traces", nargs, kw, 0, 0)) return SL_NULL;
    sl_mm_trace_clear(vm);
    return SL_NONE;
}

static SlValue tm_reset_peak(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self; (void)args;
    if (!sl_args_check(vm, "reset_peak", nargs, kw, 0, 0)) return SL_NULL;
    sl_mm_trace_reset_peak(vm);
    return SL_NONE;
}

static SlValue tm_get_traced_memory(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                    SlValue kw) {
    (void)self; (void)args;
    if (!sl_args_check(vm, vm->ver->tracemalloc_clinic ? "_tracemalloc.get_traced_memory"
                                                        : "get_traced_memory", nargs, kw, 0, 0))
        return SL_NULL;
    int64_t cur, peak;
    sl_mm_traced(vm, &cur, &peak);
    SlValue t = sl_tuple_new(vm, 2);
    if (!t) return SL_NULL;
    SL_TUPLE_ITEMS(t)[0] = sl_int_from_i64(vm, cur);
    SL_TUPLE_ITEMS(t)[1] = sl_int_from_i64(vm, peak);
    return t;
}

static SlValue tm_get_tracemalloc_memory(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                         SlValue kw) {
    (void)self; (void)args;
    if (!sl_args_check(vm, "get_tracemalloc_memory", nargs, kw, 0, 0)) return SL_NULL;
    return sl_int_from_i64(vm, sl_mm_trace_overhead(vm));
}

static SlValue tm_get_traceback_limit(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                      SlValue kw) {
    (void)self; (void)args;
    if (!sl_args_check(vm, "get_traceback_limit", nargs, kw, 0, 0)) return SL_NULL;
    return SL_FROM_INT(sl_mm_trace_limit(vm));
}

static SlValue tm_get_traces(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self; (void)args;
    if (!sl_args_check(vm, "_get_traces", nargs, kw, 0, 0)) return SL_NULL;
    return sl_mm_get_traces(vm);
}

static SlValue tm_get_object_traceback(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                       SlValue kw) {
    (void)self;
    if (!sl_args_check(vm, "_get_object_traceback", nargs, kw, 1, 1)) return SL_NULL;
    return sl_mm_object_traceback(vm, args[0]);
}

static const SlMethodDef tracemalloc_functions[] = {
    {"_get_traces", tm_get_traces, 0, "Get traces of all memory blocks allocated by Python."},
    {"_get_object_traceback", tm_get_object_traceback, 0,
     "Get the traceback where the Python object was allocated."},
    {"start", tm_start, 0, "Start tracing Python memory allocations."},
    {"stop", tm_stop, 0, "Stop tracing Python memory allocations."},
    {"is_tracing", tm_is_tracing, 0, "Return True if the tracemalloc module is tracing."},
    {"clear_traces", tm_clear_traces, 0, "Clear traces of memory blocks allocated by Python."},
    {"reset_peak", tm_reset_peak, 0, "Set the peak size of traced memory blocks to the current size."},
    {"get_traced_memory", tm_get_traced_memory, 0,
     "Get the current size and peak size of memory blocks traced by tracemalloc."},
    {"get_tracemalloc_memory", tm_get_tracemalloc_memory, 0,
     "Get the memory usage in bytes of the tracemalloc module."},
    {"get_traceback_limit", tm_get_traceback_limit, 0,
     "Get the maximum number of frames stored in the traceback of a trace."},
    {NULL, NULL, 0, NULL}};

SlValue sl_mod_tracemalloc_init(SlVM *vm) {
    SlValue m = sl_module_new(vm, "_tracemalloc");
    if (!m) return SL_NULL;
    if (!sl_module_add_functions(vm, m, tracemalloc_functions)) {
        sl_decref(vm, m);
        return SL_NULL;
    }
    return m;
}

/* ---- _resource ------------------------------------------------------------------------- */

/* _resource.getrusage(who): the 16 fields of struct rusage; ru_maxrss is
 * the modelled CPython process's peak RSS in KiB, the times are slotlab's. */
static SlValue rs_getrusage(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    static const char *const names[] = {"who", NULL};
    SlValue whov;
    if (!sl_args_parse(vm, "getrusage", args, nargs, kw, names, 1, 1, &whov)) return SL_NULL;
    int64_t who;
    if (!SL_IS_INTLIKE(whov))
        return sl_raise(vm, SL_TypeError, "'%s' object cannot be interpreted as an integer",
                        sl_type_name(whov));
    if (!sl_int_as_i64(vm, whov, &who)) return SL_NULL;
    if (who != RUSAGE_SELF && who != RUSAGE_CHILDREN && who != RUSAGE_THREAD)
        return sl_raise(vm, SL_EXC(ValueError), "invalid who parameter");
    struct rusage ru;
    getrusage((int)who, &ru);
    SlValue t = sl_tuple_new(vm, 16);
    if (!t) return SL_NULL;
    SlValue *it = SL_TUPLE_ITEMS(t);
    it[0] = sl_float_new(vm, (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec * 1e-6);
    it[1] = sl_float_new(vm, (double)ru.ru_stime.tv_sec + ru.ru_stime.tv_usec * 1e-6);
    int64_t maxrss = who == RUSAGE_CHILDREN ? 0 : (sl_mm_rss_peak(vm) + 1023) / 1024;
    it[2] = sl_int_from_i64(vm, maxrss);
    long rest[13] = {ru.ru_ixrss, ru.ru_idrss, ru.ru_isrss, ru.ru_minflt, ru.ru_majflt,
                     ru.ru_nswap, ru.ru_inblock, ru.ru_oublock, ru.ru_msgsnd, ru.ru_msgrcv,
                     ru.ru_nsignals, ru.ru_nvcsw, ru.ru_nivcsw};
    for (int i = 0; i < 13; i++) it[3 + i] = sl_int_from_i64(vm, rest[i]);
    for (int i = 0; i < 16; i++)
        if (!it[i]) {
            sl_decref(vm, t);
            return SL_NULL;
        }
    return t;
}

static const SlMethodDef resource_functions[] = {
    {"getrusage", rs_getrusage, 0, "Return the resource usage of the process (modelled ru_maxrss)."},
    {NULL, NULL, 0, NULL}};

SlValue sl_mod_resource_init(SlVM *vm) {
    SlValue m = sl_module_new(vm, "_resource");
    if (!m) return SL_NULL;
    if (!sl_module_add_functions(vm, m, resource_functions)) {
        sl_decref(vm, m);
        return SL_NULL;
    }
    SlValue v;
    if (!(v = sl_int_from_i64(vm, RUSAGE_SELF)) || !sl_module_add(vm, m, "RUSAGE_SELF", v)) goto fail;
    sl_decref(vm, v);
    if (!(v = sl_int_from_i64(vm, RUSAGE_CHILDREN)) || !sl_module_add(vm, m, "RUSAGE_CHILDREN", v)) goto fail;
    sl_decref(vm, v);
    if (!(v = sl_int_from_i64(vm, RUSAGE_THREAD)) || !sl_module_add(vm, m, "RUSAGE_THREAD", v)) goto fail;
    sl_decref(vm, v);
    return m;
fail:
    sl_xdecref(vm, v);
    sl_decref(vm, m);
    return SL_NULL;
}
