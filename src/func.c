/* func.c: function, bound method, built-in function, cell objects and the
 * descriptor types that bind them (method/getset/member descriptors,
 * staticmethod, classmethod, property). */
#include "func.h"

#include <string.h>

#include "args.h"
#include "dict.h"
#include "errors.h"
#include "int.h"
#include "module.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"
#include "weakref.h"

/* ---- function ------------------------------------------------------------- */

SlValue sl_function_new(SlVM *vm, SlCode *code, SlValue globals, SlValue qualname) {
    SlFunction *f = (SlFunction *)sl_obj_alloc(vm, &sl_function_type, sizeof(SlFunction));
    if (!f) return SL_NULL;
    f->code = code;
    sl_incref(SL_OBJ(code));
    f->globals = sl_incref(globals);
    f->builtins = sl_incref(vm->builtins);
    f->name = sl_incref(code->name);
    f->qualname = sl_incref(qualname ? qualname : code->qualname);
    f->doc = sl_incref(code->doc ? code->doc : SL_NONE);
    SlValue mod = sl_dict_get_cstr(globals, "__name__");
    f->module = sl_incref(mod ? mod : SL_NONE);
    return SL_OBJ(f);
}

static void function_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    SlFunction *f = (SlFunction *)o;
    visit(SL_OBJ(f->code), arg);
    visit(f->globals, arg);
    if (f->defaults) visit(f->defaults, arg);
    if (f->kwdefaults) visit(f->kwdefaults, arg);
    if (f->closure) visit(f->closure, arg);
    if (f->dict) visit(f->dict, arg);
    if (f->annotations) visit(f->annotations, arg);
    visit(f->doc, arg);
    visit(f->module, arg);
}

static void function_clear(SlVM *vm, SlObject *o) {
    SlFunction *f = (SlFunction *)o;
    SL_SETREF(vm, f->defaults, SL_NULL);
    SL_SETREF(vm, f->kwdefaults, SL_NULL);
    SL_SETREF(vm, f->closure, SL_NULL);
    SL_SETREF(vm, f->dict, SL_NULL);
    SL_SETREF(vm, f->annotations, SL_NULL);
    SL_SETREF(vm, f->globals, SL_NONE);
    SL_SETREF(vm, f->doc, SL_NONE);
    SL_SETREF(vm, f->module, SL_NONE);
}

static void function_dealloc(SlVM *vm, SlObject *o) {
    SlFunction *f = (SlFunction *)o;
    if (f->weaklist) sl_weakref_clear_all(vm, SL_OBJ(o));
    function_clear(vm, o);
    sl_xdecref(vm, f->globals);
    sl_xdecref(vm, f->builtins);
    sl_xdecref(vm, f->name);
    sl_xdecref(vm, f->qualname);
    sl_xdecref(vm, f->doc);
    sl_xdecref(vm, f->module);
    sl_decref(vm, SL_OBJ(f->code));
    sl_obj_free(vm, o);
}

static SlValue function_repr(SlVM *vm, SlValue v) {
    SlFunction *f = (SlFunction *)SL_AS_OBJ(v);
    return sl_str_printf(vm, "<function %s at %p>", SL_STR_DATA(f->qualname), (void *)v);
}

static SlValue function_call(SlVM *vm, SlValue callable, const SlValue *args, size_t nargs,
                             SlValue kwnames) {
    return sl_vm_call_function(vm, callable, args, nargs, kwnames);
}

static SlValue function_get(SlVM *vm, SlValue descr, SlValue obj, SlValue type) {
    (void)type;
    if (!obj || obj == SL_NONE) {
        if (!obj) return sl_incref(descr);
    }
    return sl_method_new(vm, descr, obj);
}

#define FUNC(v) ((SlFunction *)SL_AS_OBJ(v))
static SlValue func_get_name(SlVM *vm, SlValue self) { (void)vm; return sl_incref(FUNC(self)->name); }
static bool func_set_name(SlVM *vm, SlValue self, SlValue v) {
    if (!v || !SL_IS_STR(v)) {
        sl_raise(vm, SL_TypeError, "__name__ must be set to a string object");
        return false;
    }
    SL_SETREF(vm, FUNC(self)->name, sl_incref(v));
    return true;
}
static SlValue func_get_qualname(SlVM *vm, SlValue self) { (void)vm; return sl_incref(FUNC(self)->qualname); }
static bool func_set_qualname(SlVM *vm, SlValue self, SlValue v) {
    if (!v || !SL_IS_STR(v)) {
        sl_raise(vm, SL_TypeError, "__qualname__ must be set to a string object");
        return false;
    }
    SL_SETREF(vm, FUNC(self)->qualname, sl_incref(v));
    return true;
}
static SlValue func_get_doc(SlVM *vm, SlValue self) { (void)vm; return sl_incref(FUNC(self)->doc); }
static bool func_set_doc(SlVM *vm, SlValue self, SlValue v) {
    SL_SETREF(vm, FUNC(self)->doc, sl_incref(v ? v : SL_NONE));
    return true;
}
static SlValue func_get_module(SlVM *vm, SlValue self) { (void)vm; return sl_incref(FUNC(self)->module); }
static bool func_set_module(SlVM *vm, SlValue self, SlValue v) {
    SL_SETREF(vm, FUNC(self)->module, sl_incref(v ? v : SL_NONE));
    return true;
}
static SlValue func_get_defaults(SlVM *vm, SlValue self) {
    (void)vm;
    return sl_incref(FUNC(self)->defaults ? FUNC(self)->defaults : SL_NONE);
}
static bool func_set_defaults(SlVM *vm, SlValue self, SlValue v) {
    if (v == SL_NONE) v = SL_NULL;
    if (v && !SL_IS_TUPLE(v)) {
        sl_raise(vm, SL_TypeError, "__defaults__ must be set to a tuple object");
        return false;
    }
    SL_SETREF(vm, FUNC(self)->defaults, v ? sl_incref(v) : SL_NULL);
    return true;
}
static SlValue func_get_kwdefaults(SlVM *vm, SlValue self) {
    (void)vm;
    return sl_incref(FUNC(self)->kwdefaults ? FUNC(self)->kwdefaults : SL_NONE);
}
static SlValue func_get_code(SlVM *vm, SlValue self) { (void)vm; return sl_incref(SL_OBJ(FUNC(self)->code)); }
static SlValue func_get_globals(SlVM *vm, SlValue self) { (void)vm; return sl_incref(FUNC(self)->globals); }
static SlValue func_get_closure(SlVM *vm, SlValue self) {
    (void)vm;
    return sl_incref(FUNC(self)->closure ? FUNC(self)->closure : SL_NONE);
}
static SlValue func_get_dict(SlVM *vm, SlValue self) {
    SlFunction *f = FUNC(self);
    if (!f->dict) {
        f->dict = sl_dict_new(vm);
        if (!f->dict) return SL_NULL;
    }
    return sl_incref(f->dict);
}
static SlValue func_get_annotations(SlVM *vm, SlValue self) {
    SlFunction *f = FUNC(self);
    if (!f->annotations) {
        f->annotations = sl_dict_new(vm);
        if (!f->annotations) return SL_NULL;
    }
    return sl_incref(f->annotations);
}
static bool func_set_annotations(SlVM *vm, SlValue self, SlValue v) {
    SL_SETREF(vm, FUNC(self)->annotations, v && v != SL_NONE ? sl_incref(v) : SL_NULL);
    return true;
}

static const SlGetSetDef function_getsets[] = {
    {"__name__", func_get_name, func_set_name, NULL},
    {"__qualname__", func_get_qualname, func_set_qualname, NULL},
    {"__doc__", func_get_doc, func_set_doc, NULL},
    {"__module__", func_get_module, func_set_module, NULL},
    {"__defaults__", func_get_defaults, func_set_defaults, NULL},
    {"__kwdefaults__", func_get_kwdefaults, NULL, NULL},
    {"__code__", func_get_code, NULL, NULL},
    {"__globals__", func_get_globals, NULL, NULL},
    {"__closure__", func_get_closure, NULL, NULL},
    {"__dict__", func_get_dict, NULL, NULL},
    {"__annotations__", func_get_annotations, func_set_annotations, NULL},
    {NULL, NULL, NULL, NULL}};

SlType sl_function_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "function",
    .flags = SL_TPFLAGS_HAVE_GC,
    .basicsize = sizeof(SlFunction),
    .dictoffset = offsetof(SlFunction, dict),
    .weaklistoffset = offsetof(SlFunction, weaklist),
    .dealloc = function_dealloc,
    .traverse = function_traverse,
    .clear = function_clear,
    .repr = function_repr,
    .call = function_call,
    .descr_get = function_get,
    .getsets = function_getsets,
};

/* ---- bound method --------------------------------------------------------- */

SlValue sl_method_new(SlVM *vm, SlValue func, SlValue self) {
    SlMethod *m = (SlMethod *)sl_obj_alloc(vm, &sl_method_type, sizeof(SlMethod));
    if (!m) return SL_NULL;
    m->func = sl_incref(func);
    m->self = sl_incref(self);
    return SL_OBJ(m);
}

static void method_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    SlMethod *m = (SlMethod *)o;
    visit(m->func, arg);
    visit(m->self, arg);
}

static void method_dealloc(SlVM *vm, SlObject *o) {
    SlMethod *m = (SlMethod *)o;
    if (m->weaklist) sl_weakref_clear_all(vm, SL_OBJ(o));
    sl_xdecref(vm, m->func);
    sl_xdecref(vm, m->self);
    sl_obj_free(vm, o);
}

static void method_clear(SlVM *vm, SlObject *o) {
    SlMethod *m = (SlMethod *)o;
    SL_SETREF(vm, m->self, SL_NONE);
}

#define STACK_ARGS 8
SlValue sl_call_prepend(SlVM *vm, SlValue callable, SlValue first, const SlValue *args,
                        size_t nargs, SlValue kwnames) {
    size_t total = nargs + (kwnames ? SL_TUPLE_SIZE(kwnames) : 0);
    SlValue small[STACK_ARGS + 1];
    SlValue *buf = small;
    if (total + 1 > STACK_ARGS + 1) {
        buf = sl_mem_alloc(vm, (total + 1) * sizeof(SlValue));
        if (!buf) return SL_NULL;
    }
    buf[0] = first;
    if (total) memcpy(buf + 1, args, total * sizeof(SlValue));
    SlValue r = sl_call(vm, callable, buf, nargs + 1, kwnames);
    if (buf != small) sl_mem_free(vm, buf, (total + 1) * sizeof(SlValue));
    return r;
}

static SlValue method_call(SlVM *vm, SlValue callable, const SlValue *args, size_t nargs,
                           SlValue kwnames) {
    SlMethod *m = (SlMethod *)SL_AS_OBJ(callable);
    return sl_call_prepend(vm, m->func, m->self, args, nargs, kwnames);
}

static SlValue method_repr(SlVM *vm, SlValue v) {
    SlMethod *m = (SlMethod *)SL_AS_OBJ(v);
    SlValue qn = sl_lookup_attr(vm, m->func, sl_intern_cstr("__qualname__"));
    if (!qn && sl_exc_occurred(vm)) return SL_NULL;
    SlValue sr = sl_repr(vm, m->self);
    if (!sr) {
        sl_xdecref(vm, qn);
        return SL_NULL;
    }
    SlValue r = sl_str_printf(vm, "<bound method %s of %s>",
                              qn && SL_IS_STR(qn) ? SL_STR_DATA(qn) : "?", SL_STR_DATA(sr));
    sl_xdecref(vm, qn);
    sl_decref(vm, sr);
    return r;
}

static SlValue method_getattro(SlVM *vm, SlValue obj, SlValue name) {
    SlValue r = sl_generic_getattr(vm, obj, name);
    if (r || !sl_exc_matches(vm, SL_AttributeError)) return r;
    sl_exc_clear(vm);
    return sl_getattr(vm, ((SlMethod *)SL_AS_OBJ(obj))->func, name);
}

static SlValue method_get_func(SlVM *vm, SlValue self) {
    (void)vm;
    return sl_incref(((SlMethod *)SL_AS_OBJ(self))->func);
}
static SlValue method_get_self(SlVM *vm, SlValue self) {
    (void)vm;
    return sl_incref(((SlMethod *)SL_AS_OBJ(self))->self);
}

static SlValue method_richcompare(SlVM *vm, SlValue a, SlValue b, SlCompareOp op) {
    (void)vm;
    if ((op != SL_EQ && op != SL_NE) || sl_type_of(b) != &sl_method_type) return SL_NOTIMPL;
    SlMethod *x = (SlMethod *)SL_AS_OBJ(a), *y = (SlMethod *)SL_AS_OBJ(b);
    bool eq = x->func == y->func && x->self == y->self;
    return SL_BOOL(op == SL_EQ ? eq : !eq);
}

static bool method_hash(SlVM *vm, SlValue v, int64_t *out) {
    SlMethod *m = (SlMethod *)SL_AS_OBJ(v);
    int64_t a, b;
    if (!sl_hash(vm, m->func, &a)) return false;
    b = (int64_t)(m->self >> 4);
    *out = a ^ b;
    if (*out == -1) *out = -2;
    return true;
}

static const SlGetSetDef method_getsets[] = {
    {"__func__", method_get_func, NULL, NULL},
    {"__self__", method_get_self, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

SlType sl_method_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "method",
    .flags = SL_TPFLAGS_HAVE_GC,
    .basicsize = sizeof(SlMethod),
    .weaklistoffset = offsetof(SlMethod, weaklist),
    .dealloc = method_dealloc,
    .traverse = method_traverse,
    .clear = method_clear,
    .repr = method_repr,
    .call = method_call,
    .getattro = method_getattro,
    .richcompare = method_richcompare,
    .hash = method_hash,
    .getsets = method_getsets,
};

/* ---- built-in function ------------------------------------------------------ */

SlValue sl_builtin_new(SlVM *vm, const SlMethodDef *def, SlValue self, SlValue module) {
    SlBuiltin *b = (SlBuiltin *)sl_obj_alloc(vm, &sl_builtin_type, sizeof(SlBuiltin));
    if (!b) return SL_NULL;
    b->def = def;
    b->self = self ? sl_incref(self) : SL_NULL;
    b->module = module ? sl_incref(module) : SL_NULL;
    return SL_OBJ(b);
}

static void builtin_dealloc(SlVM *vm, SlObject *o) {
    SlBuiltin *b = (SlBuiltin *)o;
    if (b->weaklist) sl_weakref_clear_all(vm, SL_OBJ(o));
    sl_xdecref(vm, b->self);
    sl_xdecref(vm, b->module);
    sl_obj_free(vm, o);
}

static void builtin_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    SlBuiltin *b = (SlBuiltin *)o;
    if (b->self) visit(b->self, arg);
}

static SlValue builtin_call(SlVM *vm, SlValue callable, const SlValue *args, size_t nargs,
                            SlValue kwnames) {
    SlBuiltin *b = (SlBuiltin *)SL_AS_OBJ(callable);
    return b->def->fn(vm, b->self, args, nargs, kwnames);
}

static SlValue builtin_repr(SlVM *vm, SlValue v) {
    SlBuiltin *b = (SlBuiltin *)SL_AS_OBJ(v);
    if (!b->self || (SL_IS_OBJ(b->self) && SL_AS_OBJ(b->self)->type == &sl_module_type))
        return sl_str_printf(vm, "<built-in function %s>", b->def->name);
    SlValue sr = sl_repr(vm, b->self);
    if (!sr) return SL_NULL;
    SlValue r;
    if (SL_IS_OBJ(b->self) && (sl_type_of(b->self) == &sl_type_type ||
                               (sl_type_of(b->self)->flags & SL_TPFLAGS_TYPE_SUBCLASS)))
        r = sl_str_printf(vm, "<built-in method %s of type object at %p>", b->def->name,
                          (void *)b->self);
    else
        r = sl_str_printf(vm, "<built-in method %s of %s object at %p>", b->def->name,
                          sl_type_name(b->self), (void *)b->self);
    sl_decref(vm, sr);
    return r;
}

static SlValue builtin_get_name(SlVM *vm, SlValue self) {
    (void)vm;
    return sl_intern_cstr(((SlBuiltin *)SL_AS_OBJ(self))->def->name);
}
static SlValue builtin_get_self(SlVM *vm, SlValue self) {
    (void)vm;
    SlBuiltin *b = (SlBuiltin *)SL_AS_OBJ(self);
    return sl_incref(b->self ? b->self : SL_NONE);
}
static SlValue builtin_get_doc(SlVM *vm, SlValue self) {
    SlBuiltin *b = (SlBuiltin *)SL_AS_OBJ(self);
    if (!b->def->doc) return SL_NONE;
    return sl_str_from_cstr(vm, b->def->doc);
}

static const SlGetSetDef builtin_getsets[] = {
    {"__name__", builtin_get_name, NULL, NULL},
    {"__qualname__", builtin_get_name, NULL, NULL},
    {"__self__", builtin_get_self, NULL, NULL},
    {"__doc__", builtin_get_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

SlType sl_builtin_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "builtin_function_or_method",
    .flags = SL_TPFLAGS_HAVE_GC,
    .basicsize = sizeof(SlBuiltin),
    .weaklistoffset = offsetof(SlBuiltin, weaklist),
    .dealloc = builtin_dealloc,
    .traverse = builtin_traverse,
    .repr = builtin_repr,
    .call = builtin_call,
    .getsets = builtin_getsets,
};

/* ---- cell ----------------------------------------------------------------------- */

SlValue sl_cell_new(SlVM *vm, SlValue contents) {
    SlCell *c = (SlCell *)sl_obj_alloc(vm, &sl_cell_type, sizeof(SlCell));
    if (!c) return SL_NULL;
    c->contents = contents ? sl_incref(contents) : SL_NULL;
    return SL_OBJ(c);
}

static void cell_dealloc(SlVM *vm, SlObject *o) {
    sl_xdecref(vm, ((SlCell *)o)->contents);
    sl_obj_free(vm, o);
}
static void cell_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    if (((SlCell *)o)->contents) visit(((SlCell *)o)->contents, arg);
}
static void cell_clear(SlVM *vm, SlObject *o) { SL_SETREF(vm, ((SlCell *)o)->contents, SL_NULL); }
static SlValue cell_get_contents(SlVM *vm, SlValue self) {
    SlCell *c = (SlCell *)SL_AS_OBJ(self);
    if (!c->contents) return sl_raise(vm, SL_EXC(ValueError), "Cell is empty");
    return sl_incref(c->contents);
}
static const SlGetSetDef cell_getsets[] = {{"cell_contents", cell_get_contents, NULL, NULL},
                                           {NULL, NULL, NULL, NULL}};

SlType sl_cell_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "cell",
    .flags = SL_TPFLAGS_HAVE_GC,
    .basicsize = sizeof(SlCell),
    .dealloc = cell_dealloc,
    .traverse = cell_traverse,
    .clear = cell_clear,
    .getsets = cell_getsets,
};

/* ---- method descriptor (list.append) --------------------------------------------- */

static void descr_dealloc(SlVM *vm, SlObject *o) { sl_obj_free(vm, o); }

static SlValue method_descr_get(SlVM *vm, SlValue descr, SlValue obj, SlValue type) {
    SlMethodDescr *d = (SlMethodDescr *)SL_AS_OBJ(descr);
    if (d->def->flags & SL_METH_CLASS) {
        SlValue owner = type ? type : SL_OBJ(sl_type_of(obj));
        return sl_builtin_new(vm, d->def, owner, SL_NULL);
    }
    if (d->def->flags & SL_METH_STATIC) return sl_builtin_new(vm, d->def, SL_NULL, SL_NULL);
    if (!obj) return sl_incref(descr);
    if (!sl_isinstance_type(obj, d->owner))
        return sl_raise(vm, SL_TypeError,
                        "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                        d->def->name, d->owner->name, sl_type_name(obj));
    return sl_builtin_new(vm, d->def, obj, SL_NULL);
}

static SlValue method_descr_call(SlVM *vm, SlValue callable, const SlValue *args, size_t nargs,
                                 SlValue kwnames) {
    SlMethodDescr *d = (SlMethodDescr *)SL_AS_OBJ(callable);
    if (d->def->flags & SL_METH_STATIC) return d->def->fn(vm, SL_NULL, args, nargs, kwnames);
    if (nargs < 1)
        return sl_raise(vm, SL_TypeError, "unbound method %s.%s() needs an argument",
                        d->owner->name, d->def->name);
    if (d->def->flags & SL_METH_CLASS) {
        return d->def->fn(vm, args[0], args + 1, nargs - 1, kwnames);
    }
    if (!sl_isinstance_type(args[0], d->owner))
        return sl_raise(vm, SL_TypeError,
                        "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                        d->def->name, d->owner->name, sl_type_name(args[0]));
    return d->def->fn(vm, args[0], args + 1, nargs - 1, kwnames);
}

static SlValue method_descr_repr(SlVM *vm, SlValue v) {
    SlMethodDescr *d = (SlMethodDescr *)SL_AS_OBJ(v);
    return sl_str_printf(vm, "<method '%s' of '%s' objects>", d->def->name, d->owner->name);
}

SlType sl_method_descr_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "method_descriptor",
    .basicsize = sizeof(SlMethodDescr),
    .dealloc = descr_dealloc,
    .repr = method_descr_repr,
    .call = method_descr_call,
    .descr_get = method_descr_get,
};

/* ---- getset descriptor ------------------------------------------------------------- */

static SlValue getset_get(SlVM *vm, SlValue descr, SlValue obj, SlValue type) {
    (void)type;
    SlGetSetDescr *d = (SlGetSetDescr *)SL_AS_OBJ(descr);
    if (!obj) return sl_incref(descr);
    if (!d->def->get)
        return sl_raise(vm, SL_AttributeError, "attribute '%s' of '%s' objects is not readable",
                        d->def->name, d->owner->name);
    return d->def->get(vm, obj);
}

static bool getset_set(SlVM *vm, SlValue descr, SlValue obj, SlValue value) {
    SlGetSetDescr *d = (SlGetSetDescr *)SL_AS_OBJ(descr);
    if (!d->def->set) {
        sl_raise(vm, SL_AttributeError, "attribute '%s' of '%s' objects is not writable",
                 d->def->name, d->owner->name);
        return false;
    }
    return d->def->set(vm, obj, value);
}

static SlValue getset_repr(SlVM *vm, SlValue v) {
    SlGetSetDescr *d = (SlGetSetDescr *)SL_AS_OBJ(v);
    return sl_str_printf(vm, "<attribute '%s' of '%s' objects>", d->def->name, d->owner->name);
}

SlType sl_getset_descr_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "getset_descriptor",
    .basicsize = sizeof(SlGetSetDescr),
    .dealloc = descr_dealloc,
    .repr = getset_repr,
    .descr_get = getset_get,
    .descr_set = getset_set,
};

/* ---- member descriptor (a __slots__ entry) ----------------------------------------- */

#define SLOT_AT(obj, off) (*(SlValue *)((char *)SL_AS_OBJ(obj) + (off)))

static SlValue member_get(SlVM *vm, SlValue descr, SlValue obj, SlValue type) {
    (void)type;
    SlMemberDescr *d = (SlMemberDescr *)SL_AS_OBJ(descr);
    if (!obj) return sl_incref(descr);
    if (!sl_isinstance_type(obj, d->owner))
        return sl_raise(vm, SL_TypeError,
                        "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                        SL_STR_DATA(d->name), d->owner->name, sl_type_name(obj));
    SlValue v = SLOT_AT(obj, d->offset);
    if (!v) {
        if (vm->ver->msg_unset_slot_names_type)
            return sl_raise_attribute_error(vm, obj, d->name, "'%s' object has no attribute '%s'",
                                            sl_type_name(obj), SL_STR_DATA(d->name));
        return sl_raise_attribute_error(vm, obj, d->name, "%s", SL_STR_DATA(d->name));
    }
    return sl_incref(v);
}

static bool member_set(SlVM *vm, SlValue descr, SlValue obj, SlValue value) {
    SlMemberDescr *d = (SlMemberDescr *)SL_AS_OBJ(descr);
    if (!sl_isinstance_type(obj, d->owner)) {
        sl_raise(vm, SL_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                 SL_STR_DATA(d->name), d->owner->name, sl_type_name(obj));
        return false;
    }
    SlValue *slot = &SLOT_AT(obj, d->offset);
    if (!value && !*slot) {
        sl_raise(vm, SL_AttributeError, "%s", SL_STR_DATA(d->name)); /* no .name: no suggestion */
        return false;
    }
    SlValue old = *slot;
    *slot = value ? sl_incref(value) : SL_NULL;
    sl_xdecref(vm, old);
    return true;
}

static SlValue member_repr(SlVM *vm, SlValue v) {
    SlMemberDescr *d = (SlMemberDescr *)SL_AS_OBJ(v);
    return sl_str_printf(vm, "<member '%s' of '%s' objects>", SL_STR_DATA(d->name), d->owner->name);
}

#define MEMBER(v) ((SlMemberDescr *)SL_AS_OBJ(v))
static SlValue member_get_name(SlVM *vm, SlValue self) { (void)vm; return sl_incref(MEMBER(self)->name); }
static SlValue member_get_qualname(SlVM *vm, SlValue self) {
    SlType *o = MEMBER(self)->owner;
    return sl_str_printf(vm, "%s.%s", o->qualname ? SL_STR_DATA(o->qualname) : o->name,
                         SL_STR_DATA(MEMBER(self)->name));
}
static SlValue member_get_objclass(SlVM *vm, SlValue self) {
    (void)vm;
    return sl_incref(SL_OBJ(MEMBER(self)->owner));
}
static SlValue member_get_doc(SlVM *vm, SlValue self) { (void)vm; (void)self; return SL_NONE; }
/* CPython's descriptors expose these as READONLY members, whose setter
 * says just this */
static bool member_readonly(SlVM *vm, SlValue self, SlValue v) {
    (void)self; (void)v;
    sl_raise(vm, SL_AttributeError, "readonly attribute");
    return false;
}
static const SlGetSetDef member_getsets[] = {
    {"__name__", member_get_name, member_readonly, NULL},
    {"__qualname__", member_get_qualname, NULL, NULL},
    {"__objclass__", member_get_objclass, member_readonly, NULL},
    {"__doc__", member_get_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

static void member_dealloc(SlVM *vm, SlObject *o) {
    sl_xdecref(vm, ((SlMemberDescr *)o)->name);
    sl_obj_free(vm, o);
}

SlType sl_member_descr_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "member_descriptor",
    .basicsize = sizeof(SlMemberDescr),
    .dealloc = member_dealloc,
    .repr = member_repr,
    .descr_get = member_get,
    .descr_set = member_set,
    .getsets = member_getsets,
};

/* ---- staticmethod / classmethod ------------------------------------------------------ */

static SlValue sm_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs, SlValue kwnames) {
    if (!sl_args_check(vm, type->name, nargs, kwnames, 1, 1)) return SL_NULL;
    SlStaticMethod *s = (SlStaticMethod *)sl_obj_alloc(vm, type, type->basicsize);
    if (!s) return SL_NULL;
    s->callable = sl_incref(args[0]);
    return SL_OBJ(s);
}
static bool sm_init(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kwnames) {
    (void)vm; (void)self; (void)args; (void)nargs; (void)kwnames;
    return true;
}
static void sm_dealloc(SlVM *vm, SlObject *o) {
    SlStaticMethod *s = (SlStaticMethod *)o;
    sl_xdecref(vm, s->callable);
    sl_xdecref(vm, s->dict);
    sl_obj_free(vm, o);
}
static void sm_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    SlStaticMethod *s = (SlStaticMethod *)o;
    if (s->callable) visit(s->callable, arg);
    if (s->dict) visit(s->dict, arg);
}
static void sm_clear(SlVM *vm, SlObject *o) {
    SlStaticMethod *s = (SlStaticMethod *)o;
    SL_SETREF(vm, s->callable, SL_NULL);
    SL_SETREF(vm, s->dict, SL_NULL);
}
static SlValue sm_get(SlVM *vm, SlValue descr, SlValue obj, SlValue type) {
    (void)vm; (void)obj; (void)type;
    return sl_incref(((SlStaticMethod *)SL_AS_OBJ(descr))->callable);
}
static SlValue sm_call(SlVM *vm, SlValue callable, const SlValue *args, size_t nargs,
                       SlValue kwnames) {
    return sl_call(vm, ((SlStaticMethod *)SL_AS_OBJ(callable))->callable, args, nargs, kwnames);
}
static SlValue cm_get(SlVM *vm, SlValue descr, SlValue obj, SlValue type) {
    if (!type) type = SL_OBJ(sl_type_of(obj));
    return sl_method_new(vm, ((SlStaticMethod *)SL_AS_OBJ(descr))->callable, type);
}
static SlValue sm_get_func(SlVM *vm, SlValue self) {
    (void)vm;
    return sl_incref(((SlStaticMethod *)SL_AS_OBJ(self))->callable);
}
static SlValue sm_repr(SlVM *vm, SlValue v) {
    SlValue r = sl_repr(vm, ((SlStaticMethod *)SL_AS_OBJ(v))->callable);
    if (!r) return SL_NULL;
    SlValue s = sl_str_printf(vm, "<%s(%s)>", sl_type_name(v), SL_STR_DATA(r));
    sl_decref(vm, r);
    return s;
}
static const SlGetSetDef sm_getsets[] = {{"__func__", sm_get_func, NULL, NULL},
                                         {"__wrapped__", sm_get_func, NULL, NULL},
                                         {NULL, NULL, NULL, NULL}};

SlType sl_staticmethod_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "staticmethod",
    .flags = SL_TPFLAGS_HAVE_GC | SL_TPFLAGS_BASETYPE,
    .basicsize = sizeof(SlStaticMethod),
    .dictoffset = offsetof(SlStaticMethod, dict),
    .dealloc = sm_dealloc,
    .traverse = sm_traverse,
    .clear = sm_clear,
    .new_ = sm_new,
    .init = sm_init,
    .repr = sm_repr,
    .call = sm_call,
    .descr_get = sm_get,
    .getsets = sm_getsets,
};

SlType sl_classmethod_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "classmethod",
    .flags = SL_TPFLAGS_HAVE_GC | SL_TPFLAGS_BASETYPE,
    .basicsize = sizeof(SlStaticMethod),
    .dictoffset = offsetof(SlStaticMethod, dict),
    .dealloc = sm_dealloc,
    .traverse = sm_traverse,
    .clear = sm_clear,
    .new_ = sm_new,
    .init = sm_init,
    .repr = sm_repr,
    .descr_get = cm_get,
    .getsets = sm_getsets,
};

/* ---- property ----------------------------------------------------------------------- */

#define PROP(v) ((SlProperty *)SL_AS_OBJ(v))

static SlValue property_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs,
                            SlValue kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    SlProperty *p = (SlProperty *)sl_obj_alloc(vm, type, type->basicsize);
    if (!p) return SL_NULL;
    p->fget = p->fset = p->fdel = p->doc = SL_NONE;
    return SL_OBJ(p);
}

static bool property_init(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                          SlValue kwnames) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    SlValue a[4];
    if (!sl_args_parse(vm, "property", args, nargs, kwnames, names, 0, 4, a)) return false;
    SlProperty *p = PROP(self);
    SL_SETREF(vm, p->fget, sl_incref(a[0] ? a[0] : SL_NONE));
    SL_SETREF(vm, p->fset, sl_incref(a[1] ? a[1] : SL_NONE));
    SL_SETREF(vm, p->fdel, sl_incref(a[2] ? a[2] : SL_NONE));
    SlValue doc = a[3];
    if ((!doc || doc == SL_NONE) && a[0] && a[0] != SL_NONE) {
        doc = sl_lookup_attr(vm, a[0], sl_intern_cstr("__doc__"));
        if (!doc && sl_exc_occurred(vm)) return false;
        SL_SETREF(vm, p->doc, doc ? doc : sl_incref(SL_NONE));
    } else {
        SL_SETREF(vm, p->doc, sl_incref(doc ? doc : SL_NONE));
    }
    return true;
}

static void property_dealloc(SlVM *vm, SlObject *o) {
    SlProperty *p = (SlProperty *)o;
    sl_xdecref(vm, p->fget);
    sl_xdecref(vm, p->fset);
    sl_xdecref(vm, p->fdel);
    sl_xdecref(vm, p->doc);
    sl_xdecref(vm, p->name);
    sl_obj_free(vm, o);
}
static void property_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    SlProperty *p = (SlProperty *)o;
    if (p->fget) visit(p->fget, arg);
    if (p->fset) visit(p->fset, arg);
    if (p->fdel) visit(p->fdel, arg);
    if (p->doc) visit(p->doc, arg);
}
static void property_clear(SlVM *vm, SlObject *o) {
    SlProperty *p = (SlProperty *)o;
    SL_SETREF(vm, p->fget, SL_NONE);
    SL_SETREF(vm, p->fset, SL_NONE);
    SL_SETREF(vm, p->fdel, SL_NONE);
    SL_SETREF(vm, p->doc, SL_NONE);
}

static SlValue property_descr_get(SlVM *vm, SlValue descr, SlValue obj, SlValue type) {
    (void)type;
    SlProperty *p = PROP(descr);
    if (!obj || obj == SL_NONE) {
        if (!obj) return sl_incref(descr);
    }
    if (p->fget == SL_NONE) {
        if (p->name && vm->ver->property_msg_style == 2)
            return sl_raise(vm, SL_AttributeError, "property '%s' of '%s' object has no getter",
                            SL_STR_DATA(p->name), sl_type_name(obj));
        if (p->name && vm->ver->property_msg_style == 1)
            return sl_raise(vm, SL_AttributeError, "unreadable attribute '%s'", SL_STR_DATA(p->name));
        return sl_raise(vm, SL_AttributeError, "unreadable attribute");
    }
    return sl_call1(vm, p->fget, obj);
}

static bool property_descr_set(SlVM *vm, SlValue descr, SlValue obj, SlValue value) {
    SlProperty *p = PROP(descr);
    SlValue f = value ? p->fset : p->fdel;
    if (f == SL_NONE) {
        if (p->name && vm->ver->property_msg_style == 2)
            sl_raise(vm, SL_AttributeError, "property '%s' of '%s' object has no %s",
                     SL_STR_DATA(p->name), sl_type_name(obj), value ? "setter" : "deleter");
        else if (p->name && vm->ver->property_msg_style == 1)
            sl_raise(vm, SL_AttributeError, value ? "can't set attribute '%s'" : "can't delete attribute '%s'",
                     SL_STR_DATA(p->name));
        else
            sl_raise(vm, SL_AttributeError, value ? "can't set attribute" : "can't delete attribute");
        return false;
    }
    SlValue r = value ? sl_call2(vm, f, obj, value) : sl_call1(vm, f, obj);
    if (!r) return false;
    sl_decref(vm, r);
    return true;
}

static SlValue property_copy(SlVM *vm, SlValue self, SlValue fget, SlValue fset, SlValue fdel) {
    SlProperty *p = PROP(self);
    SlValue args[4] = {fget ? fget : p->fget, fset ? fset : p->fset, fdel ? fdel : p->fdel,
                       p->doc};
    SlValue np = sl_call(vm, SL_OBJ(sl_type_of(self)), args, 4, SL_NULL);
    if (np && p->name && sl_type_of(np) == &sl_property_type)
        PROP(np)->name = sl_incref(p->name);
    return np;
}
static SlValue property_getter(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                               SlValue kw) {
    if (!sl_args_check(vm, "getter", nargs, kw, 1, 1)) return SL_NULL;
    return property_copy(vm, self, args[0], SL_NULL, SL_NULL);
}
static SlValue property_setter(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                               SlValue kw) {
    if (!sl_args_check(vm, "setter", nargs, kw, 1, 1)) return SL_NULL;
    return property_copy(vm, self, SL_NULL, args[0], SL_NULL);
}
static SlValue property_deleter(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                SlValue kw) {
    if (!sl_args_check(vm, "deleter", nargs, kw, 1, 1)) return SL_NULL;
    return property_copy(vm, self, SL_NULL, SL_NULL, args[0]);
}
static SlValue property_set_name(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                 SlValue kw) {
    if (!sl_args_check(vm, "__set_name__", nargs, kw, 2, 2)) return SL_NULL;
    SL_SETREF(vm, PROP(self)->name, sl_incref(args[1]));
    return SL_NONE;
}
static SlValue prop_get_fget(SlVM *vm, SlValue s) { (void)vm; return sl_incref(PROP(s)->fget); }
static SlValue prop_get_fset(SlVM *vm, SlValue s) { (void)vm; return sl_incref(PROP(s)->fset); }
static SlValue prop_get_fdel(SlVM *vm, SlValue s) { (void)vm; return sl_incref(PROP(s)->fdel); }
static SlValue prop_get_doc(SlVM *vm, SlValue s) { (void)vm; return sl_incref(PROP(s)->doc); }
static bool prop_set_doc(SlVM *vm, SlValue s, SlValue v) {
    SL_SETREF(vm, PROP(s)->doc, sl_incref(v ? v : SL_NONE));
    return true;
}

static const SlMethodDef property_methods[] = {
    {"getter", property_getter, 0, NULL},
    {"setter", property_setter, 0, NULL},
    {"deleter", property_deleter, 0, NULL},
    {"__set_name__", property_set_name, 0, NULL},
    {NULL, NULL, 0, NULL}};
static const SlGetSetDef property_getsets[] = {{"fget", prop_get_fget, NULL, NULL},
                                               {"fset", prop_get_fset, NULL, NULL},
                                               {"fdel", prop_get_fdel, NULL, NULL},
                                               {"__doc__", prop_get_doc, prop_set_doc, NULL},
                                               {NULL, NULL, NULL, NULL}};

SlType sl_property_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "property",
    .flags = SL_TPFLAGS_HAVE_GC | SL_TPFLAGS_BASETYPE,
    .basicsize = sizeof(SlProperty),
    .dealloc = property_dealloc,
    .traverse = property_traverse,
    .clear = property_clear,
    .new_ = property_new,
    .init = property_init,
    .descr_get = property_descr_get,
    .descr_set = property_descr_set,
    .methods = property_methods,
    .getsets = property_getsets,
};
