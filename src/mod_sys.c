/* mod_sys.c: the sys module. */
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "mod_memory.h"
#include "dict.h"
#include "errors.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

/* sys.version_info: a tuple subclass with named fields */
static const char *const vi_fields[] = {"major", "minor", "micro", "releaselevel", "serial"};

static SlValue vi_field(SlVM *vm, SlValue self, int i) {
    (void)vm;
    return sl_incref(SL_TUPLE_ITEMS(self)[i]);
}
static SlValue vi_major(SlVM *vm, SlValue s) { return vi_field(vm, s, 0); }
static SlValue vi_minor(SlVM *vm, SlValue s) { return vi_field(vm, s, 1); }
static SlValue vi_micro(SlVM *vm, SlValue s) { return vi_field(vm, s, 2); }
static SlValue vi_level(SlVM *vm, SlValue s) { return vi_field(vm, s, 3); }
static SlValue vi_serial(SlVM *vm, SlValue s) { return vi_field(vm, s, 4); }

static SlValue vi_repr(SlVM *vm, SlValue v) {
    SlBuf b;
    sl_buf_init(&b);
    sl_buf_adds(&b, "sys.version_info(");
    for (int i = 0; i < 5; i++) {
        if (i) sl_buf_adds(&b, ", ");
        sl_buf_printf(&b, "%s=", vi_fields[i]);
        if (!sl_buf_add_repr(vm, &b, SL_TUPLE_ITEMS(v)[i])) {
            sl_buf_free(&b);
            return SL_NULL;
        }
    }
    sl_buf_addc(&b, ')');
    return sl_buf_finish(vm, &b);
}

static const SlGetSetDef vi_getsets[] = {{"major", vi_major, NULL, NULL},
                                         {"minor", vi_minor, NULL, NULL},
                                         {"micro", vi_micro, NULL, NULL},
                                         {"releaselevel", vi_level, NULL, NULL},
                                         {"serial", vi_serial, NULL, NULL},
                                         {NULL, NULL, NULL, NULL}};

SlType sl_version_info_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "sys.version_info",
    .base = &sl_tuple_type,
    .flags = SL_TPFLAGS_TUPLE_SUBCLASS,
    .repr = vi_repr,
    .getsets = vi_getsets,
};

/* sys.int_info: the same kind of named tuple */
static const char *const ii_fields[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                        "str_digits_check_threshold"};
static SlValue ii_bits(SlVM *vm, SlValue s) { return vi_field(vm, s, 0); }
static SlValue ii_sizeof(SlVM *vm, SlValue s) { return vi_field(vm, s, 1); }
static SlValue ii_default(SlVM *vm, SlValue s) { return vi_field(vm, s, 2); }
static SlValue ii_threshold(SlVM *vm, SlValue s) { return vi_field(vm, s, 3); }

static SlValue ii_repr(SlVM *vm, SlValue v) {
    SlBuf b;
    sl_buf_init(&b);
    sl_buf_adds(&b, "sys.int_info(");
    for (int i = 0; i < 4; i++) {
        if (i) sl_buf_adds(&b, ", ");
        sl_buf_printf(&b, "%s=", ii_fields[i]);
        if (!sl_buf_add_repr(vm, &b, SL_TUPLE_ITEMS(v)[i])) {
            sl_buf_free(&b);
            return SL_NULL;
        }
    }
    sl_buf_addc(&b, ')');
    return sl_buf_finish(vm, &b);
}

static const SlGetSetDef ii_getsets[] = {{"bits_per_digit", ii_bits, NULL, NULL},
                                         {"sizeof_digit", ii_sizeof, NULL, NULL},
                                         {"default_max_str_digits", ii_default, NULL, NULL},
                                         {"str_digits_check_threshold", ii_threshold, NULL, NULL},
                                         {NULL, NULL, NULL, NULL}};

SlType sl_int_info_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "sys.int_info",
    .base = &sl_tuple_type,
    .flags = SL_TPFLAGS_TUPLE_SUBCLASS,
    .repr = ii_repr,
    .getsets = ii_getsets,
};

/* CPython's _PY_LONG_MAX_STR_DIGITS_THRESHOLD: smaller limits are refused */
#define SL_STR_DIGITS_CHECK_THRESHOLD 640

static SlValue sys_exit(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    if (!sl_args_check(vm, "exit", nargs, kw, 0, 1)) return SL_NULL;
    SlValue e = nargs ? sl_call1(vm, SL_OBJ(SL_EXC(SystemExit)), args[0])
                      : sl_call0(vm, SL_OBJ(SL_EXC(SystemExit)));
    if (!e) return SL_NULL;
    return sl_raise_value(vm, e);
}

static SlValue sys_getrecursionlimit(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self; (void)args;
    if (!sl_args_check(vm, "getrecursionlimit", nargs, kw, 0, 0)) return SL_NULL;
    return SL_FROM_INT(vm->recursion_limit);
}

/* The C stack bounds how deep Python calls can nest; beyond this limit
 * slotlab would crash instead of raising RecursionError. */
#define SL_MAX_RECURSION_LIMIT 20000

static SlValue sys_setrecursionlimit(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    if (!sl_args_check(vm, "setrecursionlimit", nargs, kw, 1, 1)) return SL_NULL;
    int64_t n;
    if (!SL_IS_INTLIKE(args[0]))
        return sl_raise(vm, SL_TypeError, "'%s' object cannot be interpreted as an integer", sl_type_name(args[0]));
    if (!sl_int_as_i64(vm, args[0], &n)) return SL_NULL;
    if (n < 1) return sl_raise(vm, SL_EXC(ValueError), "recursion limit must be greater or equal than 1");
    if (n > SL_MAX_RECURSION_LIMIT) n = SL_MAX_RECURSION_LIMIT;
    vm->recursion_limit = (int)n;
    return SL_NONE;
}

static SlValue sys_intern(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    if (!sl_args_check(vm, "intern", nargs, kw, 1, 1)) return SL_NULL;
    if (!SL_IS_EXACT_STR(args[0]))
        return sl_raise(vm, SL_TypeError, "intern() argument must be str, not %s", sl_type_name(args[0]));
    return sl_str_intern(vm, sl_incref(args[0]));
}

static SlValue sys_getrefcount(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    if (!sl_args_check(vm, "getrefcount", nargs, kw, 1, 1)) return SL_NULL;
    SlValue v = args[0];
    if (!SL_IS_OBJ(v) || SL_AS_OBJ(v)->refcnt >= SL_IMMORTAL)
        return sl_int_from_i64(vm, vm->ver->immortal_objects ? 4294967295LL : 1000);
    return sl_int_from_i64(vm, (int64_t)SL_AS_OBJ(v)->refcnt + 1);
}

static SlValue sys_exc_info(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self; (void)args;
    if (!sl_args_check(vm, "exc_info", nargs, kw, 0, 0)) return SL_NULL;
    SlValue e = vm->exc_info;
    if (!e) return sl_tuple_pack(vm, 3, SL_NONE, SL_NONE, SL_NONE);
    SlValue tb = ((SlException *)SL_AS_OBJ(e))->traceback;
    return sl_tuple_pack(vm, 3, SL_OBJ(sl_type_of(e)), e, tb ? tb : SL_NONE);
}

static SlValue sys_exception(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self; (void)args;
    if (!sl_args_check(vm, "exception", nargs, kw, 0, 0)) return SL_NULL;
    return sl_incref(vm->exc_info ? vm->exc_info : SL_NONE);
}

static SlValue sys_displayhook(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    if (!sl_args_check(vm, "displayhook", nargs, kw, 1, 1)) return SL_NULL;
    SlValue v = args[0];
    if (v == SL_NONE) return SL_NONE;
    if (!sl_dict_set(vm, vm->builtins, sl_intern_cstr("_"), SL_NONE)) return SL_NULL;
    SlValue r = sl_repr(vm, v);
    if (!r) return SL_NULL;
    SlValue nl = sl_str_concat(vm, r, sl_intern_cstr("\n"));
    sl_decref(vm, r);
    if (!nl) return SL_NULL;
    SlValue w = sl_call_method(vm, vm->stdout_obj, "write", &nl, 1);
    sl_decref(vm, nl);
    if (!w) return SL_NULL;
    sl_decref(vm, w);
    if (!sl_dict_set(vm, vm->builtins, sl_intern_cstr("_"), v)) return SL_NULL;
    return SL_NONE;
}

static SlValue sys_get_int_max_str_digits(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self; (void)args;
    if (!sl_args_check(vm, "get_int_max_str_digits", nargs, kw, 0, 0)) return SL_NULL;
    return sl_int_from_i64(vm, vm->int_max_str_digits);
}

static SlValue sys_set_int_max_str_digits(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                          SlValue kw) {
    (void)self;
    static const char *const names[] = {"maxdigits", NULL};
    SlValue v;
    if (!sl_args_parse(vm, "set_int_max_str_digits", args, nargs, kw, names, 1, 1, &v)) return SL_NULL;
    if (!SL_IS_INTLIKE(v)) {
        if (vm->ver->msg_index_int_required)
            return sl_raise(vm, SL_TypeError, "an integer is required (got type %s)", sl_type_name(v));
        return sl_raise(vm, SL_TypeError, "'%s' object cannot be interpreted as an integer", sl_type_name(v));
    }
    int64_t n;
    if (!sl_int_as_i64(vm, v, &n)) return SL_NULL;
    if (n != 0 && n < SL_STR_DIGITS_CHECK_THRESHOLD)
        return sl_raise(vm, SL_EXC(ValueError), "maxdigits must be 0 or larger than %d",
                        SL_STR_DIGITS_CHECK_THRESHOLD);
    vm->int_max_str_digits = n;
    return SL_NONE;
}

static const SlMethodDef sys_functions[] = {
    {"exit", sys_exit, 0, "Exit the interpreter by raising SystemExit(status)."},
    {"getrecursionlimit", sys_getrecursionlimit, 0, NULL},
    {"setrecursionlimit", sys_setrecursionlimit, 0, NULL},
    {"intern", sys_intern, 0, NULL},
    {"getrefcount", sys_getrefcount, 0, NULL},
    {"exc_info", sys_exc_info, 0, NULL},
    {"exception", sys_exception, 0, NULL},
    {"displayhook", sys_displayhook, 0, NULL},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0, NULL},
    {"getsizeof", sl_sys_getsizeof, 0, "Return the size of object in bytes."},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0, NULL},
    {NULL, NULL, 0, NULL}};

static bool add_int(SlVM *vm, SlValue m, const char *name, int64_t v) {
    SlValue i = sl_int_from_i64(vm, v);
    if (!i) return false;
    bool ok = sl_module_add(vm, m, name, i);
    sl_decref(vm, i);
    return ok;
}

static bool add_str(SlVM *vm, SlValue m, const char *name, const char *s) {
    SlValue v = sl_str_from_cstr(vm, s);
    if (!v) return false;
    bool ok = sl_module_add(vm, m, name, v);
    sl_decref(vm, v);
    return ok;
}

SlValue sl_mod_sys_init(SlVM *vm) {
    if (vm->sys_module) return sl_incref(vm->sys_module);
    SlValue m = sl_module_new(vm, "sys");
    if (!m) return SL_NULL;
    if (!sl_module_add_functions(vm, m, sys_functions)) goto fail;
    const SlPyVersion *v = vm->ver;
    SlValue vi = sl_tuple_new(vm, 5);
    if (!vi) goto fail;
    SL_TUPLE_ITEMS(vi)[0] = SL_FROM_INT(v->major);
    SL_TUPLE_ITEMS(vi)[1] = SL_FROM_INT(v->minor);
    SL_TUPLE_ITEMS(vi)[2] = SL_FROM_INT(v->micro);
    SL_TUPLE_ITEMS(vi)[3] = sl_str_from_cstr(vm, "final");
    SL_TUPLE_ITEMS(vi)[4] = SL_FROM_INT(0);
    SL_AS_OBJ(vi)->type = &sl_version_info_type;
    bool ok = sl_module_add(vm, m, "version_info", vi);
    sl_decref(vm, vi);
    if (!ok) goto fail;
    SlValue ii = sl_tuple_new(vm, 4);
    if (!ii) goto fail;
    SL_TUPLE_ITEMS(ii)[0] = SL_FROM_INT(30);
    SL_TUPLE_ITEMS(ii)[1] = SL_FROM_INT(4);
    SL_TUPLE_ITEMS(ii)[2] = SL_FROM_INT(v->int_max_str_digits);
    SL_TUPLE_ITEMS(ii)[3] = SL_FROM_INT(SL_STR_DIGITS_CHECK_THRESHOLD);
    SL_AS_OBJ(ii)->type = &sl_int_info_type;
    ok = sl_module_add(vm, m, "int_info", ii);
    sl_decref(vm, ii);
    if (!ok) goto fail;
    char version[128];
    snprintf(version, sizeof version, "%d.%d.%d (slotlab model of CPython %s) [C]", v->major,
             v->minor, v->micro, v->name);
    int64_t hexversion = ((int64_t)v->major << 24) | (v->minor << 16) | (v->micro << 8) | 0xf0;
    if (!add_str(vm, m, "version", version) || !add_int(vm, m, "hexversion", hexversion) ||
        !add_int(vm, m, "maxsize", INT64_MAX) || !add_str(vm, m, "platform", "linux") ||
        !add_str(vm, m, "byteorder", "little") || !add_str(vm, m, "executable", "slotlab") ||
        !add_int(vm, m, "maxunicode", 0x10FFFF) ||
        !sl_module_add(vm, m, "argv", vm->argv) || !sl_module_add(vm, m, "modules", vm->modules) ||
        !sl_module_add(vm, m, "stdout", vm->stdout_obj) || !sl_module_add(vm, m, "stderr", vm->stderr_obj) ||
        !sl_module_add(vm, m, "stdin", vm->stdin_obj) ||
        !sl_module_add(vm, m, "__stdout__", vm->stdout_obj) ||
        !sl_module_add(vm, m, "__stderr__", vm->stderr_obj))
        goto fail;
    SlValue path = sl_list_new(vm, 0);
    if (!path) goto fail;
    SlValue dir = sl_str_from_cstr(vm, vm->script_dir ? vm->script_dir : "");
    ok = dir && sl_list_append(vm, path, dir) && sl_module_add(vm, m, "path", path);
    sl_xdecref(vm, dir);
    sl_decref(vm, path);
    if (!ok) goto fail;
    vm->sys_module = sl_incref(m);
    return m;
fail:
    sl_decref(vm, m);
    return SL_NULL;
}
