/* types.c: the None/NotImplemented/Ellipsis singletons and the list of
 * every static type, readied once at start-up. */
#include <stddef.h>

#include "errors.h"
#include "func.h"
#include "int.h"
#include "module.h"
#include "str.h"
#include "type.h"
#include "types_list.h"
#include "float.h"
#include "list.h"
#include "tuple.h"
#include "dict.h"
#include "set.h"
#include "range.h"
#include "code.h"
#include "mod_memory.h"

static SlValue none_repr(SlVM *vm, SlValue v) { (void)v; return sl_str_from_cstr(vm, "None"); }
static int none_bool(SlVM *vm, SlValue v) { (void)vm; (void)v; return 0; }
static bool none_hash(SlVM *vm, SlValue v, int64_t *out) {
    (void)vm; (void)v;
    *out = 0xFCA86420; /* 3.12+: a constant; earlier versions hash by address */
    return true;
}
static SlValue none_new(SlVM *vm, SlType *t, const SlValue *args, size_t nargs, SlValue kw) {
    (void)t; (void)args;
    if (nargs || (kw && SL_TUPLE_SIZE(kw))) return sl_raise(vm, SL_TypeError, "NoneType takes no arguments");
    return SL_NONE;
}
SlType sl_none_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "NoneType",
    .basicsize = sizeof(SlObject),
    .new_ = none_new,
    .repr = none_repr,
    .bool_ = none_bool,
    .hash = none_hash,
};
SlObject sl_none_obj = SL_STATIC_HEAD(&sl_none_type);

static SlValue notimpl_repr(SlVM *vm, SlValue v) { (void)v; return sl_str_from_cstr(vm, "NotImplemented"); }
SlType sl_notimpl_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "NotImplementedType",
    .basicsize = sizeof(SlObject),
    .repr = notimpl_repr,
};
SlObject sl_notimpl_obj = SL_STATIC_HEAD(&sl_notimpl_type);

static SlValue ellipsis_repr(SlVM *vm, SlValue v) { (void)v; return sl_str_from_cstr(vm, "Ellipsis"); }
SlType sl_ellipsis_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "ellipsis",
    .basicsize = sizeof(SlObject),
    .repr = ellipsis_repr,
};
SlObject sl_ellipsis_obj = SL_STATIC_HEAD(&sl_ellipsis_type);

static SlType *const static_types[] = {
#define X(t) &t,
    SL_STATIC_TYPES(X)
#undef X
    NULL};

void sl_types_init(void) {
    static bool done = false;
    if (done) return;
    done = true;
    sl_type_ready(&sl_object_type);
    sl_type_ready(&sl_type_type);
    sl_int_init();
    for (SlType *const *t = static_types; *t; t++) sl_type_ready(*t);
    for (SlType *const *t = sl_exception_types; *t; t++) sl_type_ready(*t);
    sl_memory_install_sizeof();
}
