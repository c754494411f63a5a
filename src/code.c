/* code.c: the code object type (what the compiler produces, the VM runs). */
#include "code.h"

#include <string.h>

#include "errors.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

SlCode *sl_code_new(SlVM *vm) {
    SlCode *c = (SlCode *)sl_obj_alloc(vm, &sl_code_type, sizeof(SlCode));
    if (!c) return NULL;
    /* sl_obj_alloc zeroes the object: every field is empty / SL_NULL */
    return c;
}

static void code_dealloc(SlVM *vm, SlObject *o) {
    SlCode *c = (SlCode *)o;
    size_t ncell = c->cellvars ? SL_TUPLE_SIZE(c->cellvars) : 0;
    sl_mem_free(vm, c->code, (size_t)c->ncode * sizeof(uint32_t));
    sl_mem_free(vm, c->positions, (size_t)c->ncode * sizeof(SlPos));
    sl_mem_free(vm, c->caches, (size_t)c->ncaches * sizeof(SlCache));
    sl_mem_free(vm, c->cell2arg, ncell * sizeof(int32_t));
    sl_xdecref(vm, c->consts);
    sl_xdecref(vm, c->names);
    sl_xdecref(vm, c->varnames);
    sl_xdecref(vm, c->cellvars);
    sl_xdecref(vm, c->freevars);
    sl_xdecref(vm, c->name);
    sl_xdecref(vm, c->qualname);
    sl_xdecref(vm, c->filename);
    sl_xdecref(vm, c->doc);
    sl_obj_free(vm, o);
}

/* Code objects cannot be part of a cycle (their constants are immutable),
 * so the type is not GC-tracked, as in CPython; traverse serves memory
 * walkers. */
static void code_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    SlCode *c = (SlCode *)o;
    SlValue fields[] = {c->consts, c->names, c->varnames, c->cellvars, c->freevars,
                        c->name, c->qualname, c->filename, c->doc};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (fields[i]) visit(fields[i], arg);
}

static SlValue code_repr(SlVM *vm, SlValue v) {
    SlCode *c = (SlCode *)SL_AS_OBJ(v);
    return sl_str_printf(vm, "<code object %s at %p, file \"%s\", line %d>",
                         c->name ? SL_STR_DATA(c->name) : "?", (void *)v,
                         c->filename ? SL_STR_DATA(c->filename) : "?", (int)c->firstlineno);
}

/* ---- co_* attributes (CPython's names and flag values) ------------------- */

#define CODE(self) ((SlCode *)SL_AS_OBJ(self))
#define GET_FIELD(fname, field)                                                 \
    static SlValue fname(SlVM *vm, SlValue self) {                              \
        (void)vm;                                                               \
        SlValue v = CODE(self)->field;                                          \
        return sl_incref(v ? v : SL_NONE);                                      \
    }
GET_FIELD(code_get_name, name)
GET_FIELD(code_get_qualname, qualname)
GET_FIELD(code_get_filename, filename)
GET_FIELD(code_get_consts, consts)
GET_FIELD(code_get_names, names)
GET_FIELD(code_get_varnames, varnames)
GET_FIELD(code_get_cellvars, cellvars)
GET_FIELD(code_get_freevars, freevars)

#define GET_INT(fname, field)                                                   \
    static SlValue fname(SlVM *vm, SlValue self) {                              \
        return sl_int_from_i64(vm, (int64_t)CODE(self)->field);                 \
    }
GET_INT(code_get_argcount, argcount)
GET_INT(code_get_posonlyargcount, posonlyargcount)
GET_INT(code_get_kwonlyargcount, kwonlyargcount)
GET_INT(code_get_nlocals, nlocals)
GET_INT(code_get_stacksize, stacksize)
GET_INT(code_get_firstlineno, firstlineno)

static SlValue code_get_flags(SlVM *vm, SlValue self) {
    uint32_t f = CODE(self)->flags, r = 0;
    /* CPython's CO_* values */
    if (!(f & (SL_CO_MODULE | SL_CO_CLASS))) r |= 0x1 | 0x2; /* CO_OPTIMIZED | CO_NEWLOCALS */
    if (f & SL_CO_VARARGS) r |= 0x4;
    if (f & SL_CO_VARKEYWORDS) r |= 0x8;
    if (f & SL_CO_NESTED) r |= 0x10;
    if (f & SL_CO_GENERATOR) r |= 0x20;
    return sl_int_from_i64(vm, (int64_t)r);
}

static const SlGetSetDef code_getsets[] = {
    {"co_name", code_get_name, NULL, NULL},
    {"co_qualname", code_get_qualname, NULL, NULL},
    {"co_filename", code_get_filename, NULL, NULL},
    {"co_consts", code_get_consts, NULL, NULL},
    {"co_names", code_get_names, NULL, NULL},
    {"co_varnames", code_get_varnames, NULL, NULL},
    {"co_cellvars", code_get_cellvars, NULL, NULL},
    {"co_freevars", code_get_freevars, NULL, NULL},
    {"co_argcount", code_get_argcount, NULL, NULL},
    {"co_posonlyargcount", code_get_posonlyargcount, NULL, NULL},
    {"co_kwonlyargcount", code_get_kwonlyargcount, NULL, NULL},
    {"co_nlocals", code_get_nlocals, NULL, NULL},
    {"co_stacksize", code_get_stacksize, NULL, NULL},
    {"co_firstlineno", code_get_firstlineno, NULL, NULL},
    {"co_flags", code_get_flags, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

SlType sl_code_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "code",
    .basicsize = sizeof(SlCode),
    .dealloc = code_dealloc,
    .traverse = code_traverse,
    .repr = code_repr,
    .getsets = code_getsets,
};
