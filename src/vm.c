/* vm.c: frames, argument binding, the bytecode evaluator and generators.
 *
 * The evaluator is a stack machine (opcodes.h).  Python calls recurse in
 * C: sl_vm_call_function -> eval_frame.  Frames live on the VM's value
 * stack, except generator frames, which the generator object owns. */
#include "vm.h"
#include "memmodel.h"
#include "weakref.h"

#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "dict.h"
#include "errors.h"
#include "float.h"
#include "format.h"
#include "func.h"
#include "instance.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "memory.h"
#include "module.h"
#include "opcodes.h"
#include "range.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

enum { SL_BLOCK_FINALLY = 1, SL_BLOCK_EXCEPT_HANDLER = 2 };

#define VM_STACK_SLOTS (1u << 20) /* 8 MiB of values for frames */

/* ---- generators ----------------------------------------------------------------- */

typedef struct SlGen {
    SlObject ob;
    SlFrame *frame;        /* NULL once finished */
    SlValue name, qualname;
    bool running;
    SlValue weaklist;
} SlGen;

extern SlType sl_generator_type;
static SlValue eval_frame(SlVM *vm, SlFrame *f, SlValue throwflag_exc);

/* ---- frames ------------------------------------------------------------------------ */

static size_t frame_slots(SlCode *co) {
    return co->nvars + co->stacksize + 4;
}

static SlFrame *frame_push(SlVM *vm, SlCode *co, SlValue func, SlValue globals, SlValue locals,
                           bool heap) {
    size_t n = frame_slots(co);
    SlFrame *f;
    if (heap) {
        f = sl_mem_alloc(vm, sizeof(SlFrame) + n * sizeof(SlValue));
        if (!f) return NULL;
        f->localsplus = (SlValue *)(f + 1);
    } else {
        size_t need = (sizeof(SlFrame) + sizeof(SlValue) - 1) / sizeof(SlValue) + n;
        if (vm->stack_used + need > vm->stack_size) {
            sl_raise(vm, SL_EXC(RecursionError), "maximum recursion depth exceeded");
            return NULL;
        }
        f = (SlFrame *)(vm->stack + vm->stack_used);
        vm->stack_used += need;
        f->localsplus = (SlValue *)(f + 1);
    }
    /* only the variables start empty: the value stack above sp is never read */
    memset(f->localsplus, 0, (n - co->stacksize - 4) * sizeof(SlValue));
    f->code = co;
    f->func = func;
    f->globals = globals;
    f->builtins = vm->builtins;
    f->locals = locals;
    f->back = NULL;
    f->pc = 0;
    f->lasti = 0;
    f->sp = 0;
    f->nblocks = 0;
    f->is_gen = heap;
    f->is_init = false;
    return f;
}

/* frame_push for a call run inline by eval_frame (on the VM stack, no
 * namespace), kept small so that it is inlined into the loop. */
static inline SlFrame *frame_push_call(SlVM *vm, SlCode *co, SlValue func, SlValue globals) {
    size_t nvars = co->nvars;
    size_t need = (sizeof(SlFrame) + sizeof(SlValue) - 1) / sizeof(SlValue) + nvars + co->stacksize + 4;
    if (vm->stack_used + need > vm->stack_size) {
        sl_raise(vm, SL_EXC(RecursionError), "maximum recursion depth exceeded");
        return NULL;
    }
    SlFrame *f = (SlFrame *)(vm->stack + vm->stack_used);
    vm->stack_used += need;
    f->localsplus = (SlValue *)(f + 1);
    for (size_t i = 0; i < nvars; i++) f->localsplus[i] = SL_NULL;
    f->code = co;
    f->func = func;
    f->globals = globals;
    f->builtins = vm->builtins;
    f->locals = SL_NULL;
    f->pc = 0;
    f->lasti = 0;
    f->sp = 0;
    f->nblocks = 0;
    f->is_gen = false;
    f->is_init = false;
    return f;
}

/* Release a frame's references (locals, cells, remaining stack). */
static void frame_clear(SlVM *vm, SlFrame *f) {
    SlCode *co = f->code;
    size_t nl = co->nvars;
    SlValue *stack = f->localsplus + nl;
    for (uint32_t i = 0; i < f->sp; i++) sl_xdecref(vm, stack[i]);
    f->sp = 0;
    for (size_t i = 0; i < nl; i++) {
        SlValue v = f->localsplus[i];
        f->localsplus[i] = SL_NULL;
        sl_xdecref(vm, v);
    }
}

static void frame_pop(SlVM *vm, SlFrame *f) {
    if (f->is_gen) return;
    size_t n = frame_slots(f->code);
    vm->stack_used -= (sizeof(SlFrame) + sizeof(SlValue) - 1) / sizeof(SlValue) + n;
}

/* ---- argument binding ---------------------------------------------------------------- */

static const char *func_name(SlFunction *fn, SlVM *vm) {
    /* 3.10+ name functions by __qualname__ in call errors */
    return SL_STR_DATA(vm->ver->msg_qualname_in_call_errors ? fn->qualname : fn->name);
}

static void missing_args_error(SlVM *vm, SlFunction *fn, SlValue *names, size_t n,
                               const char *kind) {
    SlBuf b;
    sl_buf_init(&b);
    for (size_t i = 0; i < n; i++) {
        if (i > 0) sl_buf_adds(&b, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        sl_buf_printf(&b, "'%s'", SL_STR_DATA(names[i]));
    }
    sl_buf_addc(&b, '\0');
    sl_raise(vm, SL_TypeError, "%s() missing %zu required %s argument%s: %s", func_name(fn, vm), n,
             kind, n == 1 ? "" : "s", b.data);
    sl_buf_free(&b);
}

/* Fill localsplus[0..] from vectorcall arguments, as CPython's
 * _PyEval_MakeFrameVector.  Arguments are borrowed; locals get new refs. */
static bool bind_args(SlVM *vm, SlFunction *fn, SlFrame *f, const SlValue *args, size_t nargs,
                      SlValue kwnames) {
    SlCode *co = fn->code;
    SlValue *loc = f->localsplus;
    size_t argc = co->argcount, kwonly = co->kwonlyargcount, total = argc + kwonly;
    SlValue kwdict = SL_NULL;
    if (co->flags & SL_CO_VARKEYWORDS) {
        kwdict = sl_dict_new(vm);
        if (!kwdict) return false;
        loc[total + ((co->flags & SL_CO_VARARGS) ? 1 : 0)] = kwdict;
    }
    size_t n = nargs < argc ? nargs : argc;
    for (size_t i = 0; i < n; i++) loc[i] = sl_incref(args[i]);
    if (co->flags & SL_CO_VARARGS) {
        SlValue t = nargs > n ? sl_tuple_from_array(vm, args + n, nargs - n) : sl_tuple_new(vm, 0);
        if (!t) return false;
        loc[total] = t;
    } else if (nargs > argc) {
        size_t defcount = fn->defaults ? SL_TUPLE_SIZE(fn->defaults) : 0;
        size_t kwgiven = 0;
        size_t nkw = kwnames ? SL_TUPLE_SIZE(kwnames) : 0;
        for (size_t k = 0; k < nkw; k++) {
            for (size_t j = argc; j < total; j++)
                if (sl_str_eq(SL_TUPLE_ITEMS(co->varnames)[j], SL_TUPLE_ITEMS(kwnames)[k])) kwgiven++;
        }
        char kwpart[96] = "";
        if (kwgiven)
            snprintf(kwpart, sizeof kwpart, " positional argument%s (and %zu keyword-only argument%s)",
                     argc == 1 ? "" : "s", kwgiven, kwgiven == 1 ? "" : "s");
        if (defcount)
            sl_raise(vm, SL_TypeError, "%s() takes from %zu to %zu positional arguments but %zu %s given",
                     func_name(fn, vm), argc - defcount, argc, nargs + kwgiven, nargs + kwgiven == 1 ? "was" : "were");
        else if (kwgiven)
            sl_raise(vm, SL_TypeError, "%s() takes %zu%s but %zu positional argument%s %s given",
                     func_name(fn, vm), argc, kwpart, nargs, nargs == 1 ? "" : "s", nargs == 1 ? "was" : "were");
        else
            sl_raise(vm, SL_TypeError, "%s() takes %zu positional argument%s but %zu %s given",
                     func_name(fn, vm), argc, argc == 1 ? "" : "s", nargs, nargs == 1 ? "was" : "were");
        return false;
    }
    size_t nkw = kwnames ? SL_TUPLE_SIZE(kwnames) : 0;
    SlValue *varnames = SL_TUPLE_ITEMS(co->varnames);
    SlValue posonly_bad[8];
    size_t nposonly_bad = 0;
    for (size_t k = 0; k < nkw; k++) {
        SlValue key = SL_TUPLE_ITEMS(kwnames)[k];
        SlValue val = args[nargs + k];
        size_t j;
        for (j = co->posonlyargcount; j < total; j++)
            if (varnames[j] == key || sl_str_eq(varnames[j], key)) break;
        if (j == total) {
            bool is_posonly = false;
            for (size_t p = 0; p < co->posonlyargcount; p++)
                if (sl_str_eq(varnames[p], key)) is_posonly = true;
            if (kwdict) {
                if (!sl_dict_set(vm, kwdict, key, val)) return false;
                continue;
            }
            if (is_posonly) {
                if (nposonly_bad < 8) posonly_bad[nposonly_bad++] = key;
                continue;
            }
            sl_raise(vm, SL_TypeError, "%s() got an unexpected keyword argument '%s'",
                     func_name(fn, vm), SL_STR_DATA(key));
            return false;
        }
        if (loc[j]) {
            sl_raise(vm, SL_TypeError, "%s() got multiple values for argument '%s'", func_name(fn, vm),
                     SL_STR_DATA(key));
            return false;
        }
        loc[j] = sl_incref(val);
    }
    if (nposonly_bad) {
        SlBuf b;
        sl_buf_init(&b);
        for (size_t i = 0; i < nposonly_bad; i++) {
            if (i) sl_buf_adds(&b, ", ");
            sl_buf_printf(&b, "'%s'", SL_STR_DATA(posonly_bad[i]));
        }
        sl_buf_addc(&b, '\0');
        sl_raise(vm, SL_TypeError,
                 "%s() got some positional-only arguments passed as keyword arguments: %s",
                 func_name(fn, vm), b.data);
        sl_buf_free(&b);
        return false;
    }
    /* defaults for missing positional arguments */
    if (nargs < argc) {
        size_t defcount = fn->defaults ? SL_TUPLE_SIZE(fn->defaults) : 0;
        size_t m = argc - defcount;
        SlValue missing[64];
        size_t nmissing = 0;
        for (size_t i = nargs; i < m; i++)
            if (!loc[i] && nmissing < 64) missing[nmissing++] = varnames[i];
        if (nmissing) {
            missing_args_error(vm, fn, missing, nmissing, "positional");
            return false;
        }
        for (size_t i = m > nargs ? m : nargs; i < argc; i++)
            if (!loc[i]) loc[i] = sl_incref(SL_TUPLE_ITEMS(fn->defaults)[i - m]);
    }
    if (kwonly) {
        SlValue missing[64];
        size_t nmissing = 0;
        for (size_t i = argc; i < total; i++) {
            if (loc[i]) continue;
            SlValue d = fn->kwdefaults ? sl_dict_get(vm, fn->kwdefaults, varnames[i]) : SL_NULL;
            if (d) loc[i] = sl_incref(d);
            else if (nmissing < 64) missing[nmissing++] = varnames[i];
        }
        if (nmissing) {
            missing_args_error(vm, fn, missing, nmissing, "keyword-only");
            return false;
        }
    }
    /* cells and free variables */
    size_t ncell = SL_TUPLE_SIZE(co->cellvars);
    for (size_t i = 0; i < ncell; i++) {
        SlValue init = SL_NULL;
        if (co->cell2arg && co->cell2arg[i] >= 0) {
            init = loc[co->cell2arg[i]];
            loc[co->cell2arg[i]] = SL_NULL;
        }
        SlValue c = sl_cell_new(vm, init);
        sl_xdecref(vm, init);
        if (!c) return false;
        loc[co->nlocals + i] = c;
    }
    if (fn->closure) {
        size_t nfree = SL_TUPLE_SIZE(fn->closure);
        for (size_t i = 0; i < nfree; i++)
            loc[co->nlocals + ncell + i] = sl_incref(SL_TUPLE_ITEMS(fn->closure)[i]);
    }
    return true;
}

static SlValue gen_new(SlVM *vm, SlFunction *fn, SlFrame *f);

SlValue sl_vm_call_function(SlVM *vm, SlValue func, const SlValue *args, size_t nargs,
                            SlValue kwnames) {
    SlFunction *fn = (SlFunction *)SL_AS_OBJ(func);
    SlCode *co = fn->code;
    bool is_gen = (co->flags & SL_CO_GENERATOR) != 0;
    /* the step budget counts calls too, so recursion without loops ends */
    if (++vm->steps > vm->step_limit) vm->interrupted = 1;
    if (vm->depth >= vm->recursion_limit) {
        return sl_raise(vm, SL_EXC(RecursionError), "maximum recursion depth exceeded");
    }
    SlFrame *f = frame_push(vm, co, func, fn->globals, SL_NULL, is_gen);
    if (!f) return SL_NULL;
    if (!kwnames && nargs == co->argcount && !(co->flags & (SL_CO_VARARGS | SL_CO_VARKEYWORDS)) &&
        !co->kwonlyargcount && !SL_TUPLE_SIZE(co->cellvars) && !fn->closure && !is_gen) {
        /* the common call: exactly the positional parameters, no cells */
        SlValue *loc = f->localsplus;
        for (size_t i = 0; i < nargs; i++) loc[i] = sl_incref(args[i]);
        SlValue r = eval_frame(vm, f, SL_NULL);
        frame_clear(vm, f);
        frame_pop(vm, f);
        return r;
    }
    if (!bind_args(vm, fn, f, args, nargs, kwnames)) {
        frame_clear(vm, f);
        if (is_gen) sl_mem_free(vm, f, sizeof(SlFrame) + frame_slots(co) * sizeof(SlValue));
        else frame_pop(vm, f);
        return SL_NULL;
    }
    if (is_gen) {
        sl_incref(func);
        return gen_new(vm, fn, f);
    }
    SlValue r = eval_frame(vm, f, SL_NULL);
    frame_clear(vm, f);
    frame_pop(vm, f);
    return r;
}

SlValue sl_vm_run_class_body(SlVM *vm, SlValue func, SlValue ns) {
    SlFunction *fn = (SlFunction *)SL_AS_OBJ(func);
    SlFrame *f = frame_push(vm, fn->code, func, fn->globals, ns, false);
    if (!f) return SL_NULL;
    if (!bind_args(vm, fn, f, NULL, 0, SL_NULL)) {
        frame_clear(vm, f);
        frame_pop(vm, f);
        return SL_NULL;
    }
    SlValue r = eval_frame(vm, f, SL_NULL);
    frame_clear(vm, f);
    frame_pop(vm, f);
    return r;
}

SlValue sl_vm_run_code(SlVM *vm, SlCode *code, SlValue globals, SlValue locals) {
    SlFrame *f = frame_push(vm, code, SL_NULL, globals, locals, false);
    if (!f) return SL_NULL;
    SlValue r = eval_frame(vm, f, SL_NULL);
    frame_clear(vm, f);
    frame_pop(vm, f);
    return r;
}

/* ---- helpers used by the evaluator ------------------------------------------------------ */

static SlValue name_error(SlVM *vm, SlValue name) {
    return sl_raise_name_error(vm, SL_NameError, name, "name '%s' is not defined", SL_STR_DATA(name));
}

static SlValue unbound_local_name(SlVM *vm, SlValue name) {
    if (vm->ver->msg_unbound_local_new)
        return sl_raise_name_error(vm, SL_EXC(UnboundLocalError), name,
                                   "cannot access local variable '%s' where it is not associated with a value",
                                   SL_STR_DATA(name));
    return sl_raise_name_error(vm, SL_EXC(UnboundLocalError), name,
                               "local variable '%s' referenced before assignment", SL_STR_DATA(name));
}

static SlValue unbound_local(SlVM *vm, SlCode *co, uint32_t i) {
    return unbound_local_name(vm, SL_TUPLE_ITEMS(co->varnames)[i]);
}

static SlValue cell_name(SlCode *co, uint32_t i) {
    size_t ncell = SL_TUPLE_SIZE(co->cellvars);
    return i < ncell ? SL_TUPLE_ITEMS(co->cellvars)[i] : SL_TUPLE_ITEMS(co->freevars)[i - ncell];
}

static SlValue unbound_deref(SlVM *vm, SlCode *co, uint32_t i) {
    SlValue name = cell_name(co, i);
    if (i < SL_TUPLE_SIZE(co->cellvars)) return unbound_local_name(vm, name);
    if (vm->ver->msg_unbound_local_new)
        return sl_raise_name_error(vm, SL_NameError, name,
                                   "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                                   SL_STR_DATA(name));
    return sl_raise_name_error(vm, SL_NameError, name,
                               "free variable '%s' referenced before assignment in enclosing scope",
                               SL_STR_DATA(name));
}

static bool unpack_iterable(SlVM *vm, SlValue seq, size_t before, size_t after, bool star,
                            SlValue *out /* filled top-first into the stack */) {
    /* fast paths for exact tuple and list */
    if (!star && (SL_IS_TUPLE(seq) || SL_IS_LIST(seq))) {
        size_t n = SL_IS_TUPLE(seq) ? SL_TUPLE_SIZE(seq) : SL_LIST(seq)->size;
        SlValue *items = SL_IS_TUPLE(seq) ? SL_TUPLE_ITEMS(seq) : SL_LIST(seq)->items;
        if (n != before) {
            if (n < before)
                sl_raise(vm, SL_EXC(ValueError), "not enough values to unpack (expected %zu, got %zu)", before, n);
            else
                sl_raise(vm, SL_EXC(ValueError), "too many values to unpack (expected %zu)", before);
            return false;
        }
        for (size_t i = 0; i < n; i++) out[n - 1 - i] = sl_incref(items[i]);
        return true;
    }
    SlValue it = sl_iter(vm, seq);
    if (!it) {
        if (sl_exc_matches(vm, SL_TypeError) && !sl_type_of(seq)->iter && !sl_type_of(seq)->getitem) {
            sl_exc_clear(vm);
            sl_raise(vm, SL_TypeError, "cannot unpack non-iterable %s object", sl_type_name(seq));
        }
        return false;
    }
    size_t total = before + after + (star ? 1 : 0);
    size_t got = 0;
    for (size_t i = 0; i < before; i++) {
        SlValue v = sl_iternext(vm, it);
        if (!v) {
            if (!sl_exc_occurred(vm)) {
                if (star)
                    sl_raise(vm, SL_EXC(ValueError), "not enough values to unpack (expected at least %zu, got %zu)", before + after, i);
                else
                    sl_raise(vm, SL_EXC(ValueError), "not enough values to unpack (expected %zu, got %zu)", before, i);
            }
            goto fail;
        }
        out[total - 1 - i] = v;
        got++;
    }
    if (!star) {
        SlValue extra = sl_iternext(vm, it);
        if (extra) {
            sl_decref(vm, extra);
            sl_raise(vm, SL_EXC(ValueError), "too many values to unpack (expected %zu)", before);
            goto fail;
        }
        if (sl_exc_occurred(vm)) goto fail;
        sl_decref(vm, it);
        return true;
    }
    SlValue rest = sl_list_from_iterable(vm, it);
    if (!rest) goto fail;
    SlList *l = SL_LIST(rest);
    if (l->size < after) {
        sl_raise(vm, SL_EXC(ValueError), "not enough values to unpack (expected at least %zu, got %zu)",
                 before + after, before + l->size);
        sl_decref(vm, rest);
        goto fail;
    }
    for (size_t i = 0; i < after; i++) out[after - 1 - i] = l->items[l->size - after + i];
    l->size -= after;
    out[after] = rest;
    sl_decref(vm, it);
    return true;
fail:
    for (size_t i = 0; i < got; i++) sl_decref(vm, out[total - 1 - i]);
    sl_decref(vm, it);
    return false;
}

static SlValue do_import(SlVM *vm, SlFrame *f, SlValue name, SlValue fromlist, SlValue level) {
    (void)f;
    (void)level;
    SlValue mod = sl_import(vm, name);
    if (!mod) return SL_NULL;
    /* import a.b without fromlist binds the top package: slotlab has no packages */
    (void)fromlist;
    return mod;
}

static bool import_star(SlVM *vm, SlFrame *f, SlValue mod) {
    SlValue ns = f->locals ? f->locals : f->globals;
    SlValue all = sl_lookup_attr(vm, mod, sl_intern_cstr("__all__"));
    if (!all && sl_exc_occurred(vm)) return false;
    if (all) {
        SlValue it = sl_iter(vm, all);
        sl_decref(vm, all);
        if (!it) return false;
        SlValue n;
        while ((n = sl_iternext(vm, it))) {
            SlValue v = sl_getattr(vm, mod, n);
            if (!v || !sl_dict_set(vm, ns, n, v)) {
                sl_xdecref(vm, v);
                sl_decref(vm, n);
                sl_decref(vm, it);
                return false;
            }
            sl_decref(vm, v);
            sl_decref(vm, n);
        }
        sl_decref(vm, it);
        return !sl_exc_occurred(vm);
    }
    if (!SL_IS_MODULE(mod)) return true;
    SlValue d = SL_MODULE_DICT(mod);
    size_t pos = 0;
    SlValue k, v;
    while (sl_dict_next(d, &pos, &k, &v)) {
        if (SL_IS_STR(k) && SL_STR_DATA(k)[0] == '_') continue;
        if (!sl_dict_set(vm, ns, k, v)) return false;
    }
    return true;
}

static bool exc_match(SlVM *vm, SlValue exc, SlValue type) {
    if (SL_IS_TUPLE(type)) {
        for (size_t i = 0; i < SL_TUPLE_SIZE(type); i++)
            if (exc_match(vm, exc, SL_TUPLE_ITEMS(type)[i])) return true;
        return false;
    }
    return SL_IS_OBJ(type) && (sl_type_of(type)->flags & SL_TPFLAGS_TYPE_SUBCLASS) &&
           sl_isinstance_type(exc, (SlType *)SL_AS_OBJ(type));
}

static bool valid_exc_type(SlValue type) {
    if (SL_IS_TUPLE(type)) {
        for (size_t i = 0; i < SL_TUPLE_SIZE(type); i++)
            if (!valid_exc_type(SL_TUPLE_ITEMS(type)[i])) return false;
        return true;
    }
    return SL_IS_OBJ(type) && (sl_type_of(type)->flags & SL_TPFLAGS_TYPE_SUBCLASS) &&
           sl_type_is_subtype((SlType *)SL_AS_OBJ(type), SL_EXC(BaseException));
}

bool sl_exc_set_cause(SlVM *vm, SlValue exc, SlValue cause); /* errors.c */

static bool do_raise(SlVM *vm, SlValue exc, SlValue cause) {
    /* exc, cause: owned */
    if (!exc) {
        if (!vm->exc_info || vm->exc_info == SL_NONE) {
            sl_raise(vm, SL_RuntimeError, "No active exception to reraise");
            return false;
        }
        vm->exc = sl_incref(vm->exc_info);
        return false;
    }
    SlValue inst = exc;
    if (SL_IS_OBJ(exc) && (sl_type_of(exc)->flags & SL_TPFLAGS_TYPE_SUBCLASS)) {
        if (!sl_type_is_subtype((SlType *)SL_AS_OBJ(exc), SL_EXC(BaseException))) {
            sl_decref(vm, exc);
            sl_xdecref(vm, cause);
            sl_raise(vm, SL_TypeError, "exceptions must derive from BaseException");
            return false;
        }
        inst = sl_call0(vm, exc);
        sl_decref(vm, exc);
        if (!inst) {
            sl_xdecref(vm, cause);
            return false;
        }
        if (!sl_isinstance_type(inst, SL_EXC(BaseException))) {
            sl_raise(vm, SL_TypeError,
                     "calling %s should have returned an instance of BaseException, not %s",
                     "exception", sl_type_name(inst));
            sl_decref(vm, inst);
            sl_xdecref(vm, cause);
            return false;
        }
    } else if (!sl_isinstance_type(exc, SL_EXC(BaseException))) {
        sl_decref(vm, exc);
        sl_xdecref(vm, cause);
        sl_raise(vm, SL_TypeError, "exceptions must derive from BaseException");
        return false;
    }
    if (cause) {
        SlValue c = cause;
        if (SL_IS_OBJ(cause) && (sl_type_of(cause)->flags & SL_TPFLAGS_TYPE_SUBCLASS)) {
            c = sl_call0(vm, cause);
            sl_decref(vm, cause);
            if (!c) {
                sl_decref(vm, inst);
                return false;
            }
        }
        bool ok = sl_exc_set_cause(vm, inst, c);
        sl_decref(vm, c);
        if (!ok) {
            sl_decref(vm, inst);
            return false;
        }
    }
    sl_raise_value(vm, inst);
    return false;
}

/* ---- the evaluator ------------------------------------------------------------------------- */

/* Attribute caches, keyed by the type's version tag: a __slots__ member
 * at a fixed offset; or, when the type has no data descriptor of that
 * name, the instance's value at a fixed offset (its index in the class's
 * keys: instance.h) or the instance dict.  Anything else takes the
 * generic path. */
#define ATTR_CACHE_SLOT ((SlValue)1)
#define ATTR_CACHE_DICT ((SlValue)2)
#define ATTR_CACHE_VALUE ((SlValue)3)

static void attr_cache_fill(SlCache *c, SlType *t, SlValue name, bool store) {
    c->version = 0;
    if (!t->version_tag) return;
    if (store ? t->setattro != sl_generic_setattr : t->getattro != sl_generic_getattr) return;
    SlValue descr = sl_type_lookup(t, name);
    if (descr && SL_IS_OBJ(descr) && SL_AS_OBJ(descr)->type == &sl_member_descr_type) {
        SlMemberDescr *m = (SlMemberDescr *)SL_AS_OBJ(descr);
        if (!sl_type_is_subtype(t, m->owner)) return;
        c->ptr = ATTR_CACHE_SLOT;
        c->index = m->offset;
        c->version = t->version_tag;
        return;
    }
    if (t->dictoffset && (!descr || (!sl_type_of(descr)->descr_set && (store || !sl_type_of(descr)->descr_get)))) {
        /* a non-descriptor class attribute may be shadowed by the instance dict (load),
         * or is irrelevant (store) */
        if (!store && descr) return;
        /* a name no instance has as a value yet: the dict, for the instances
         * that have one; an instance without one makes the entry look again */
        int ix = t->keys ? sl_keys_index(t->keys, name) : -1;
        if (ix >= 0) {
            c->ptr = ATTR_CACHE_VALUE;
            c->index = t->basicsize + (uint32_t)ix * sizeof(SlValue);
            c->version = t->version_tag;
            return;
        }
        c->ptr = ATTR_CACHE_DICT;
        c->index = t->dictoffset;
        c->version = t->version_tag;
    }
}

/* The value at offset `off` of an instance of a class with keys, if its
 * block reaches that far (large blocks take the generic path). */
static inline SlValue *inst_value_at(SlObject *o, uint32_t off) {
    return off < 16u * o->szclass ? (SlValue *)(void *)((char *)o + off) : NULL;
}

#define GLOBAL_CACHE_BUILTIN 0x80000000u

static inline SlValue load_global_cached(SlVM *vm, SlFrame *f, SlCache *c, SlValue name) {
    SlDict *g = SL_DICT(f->globals), *b = SL_DICT(f->builtins);
    if (c->ptr && c->version == g->keys_version) {
        if (!(c->index & GLOBAL_CACHE_BUILTIN)) return g->entries[c->index].value;
        if ((uint32_t)(c->ptr >> 1) == b->keys_version)
            return b->entries[c->index & ~GLOBAL_CACHE_BUILTIN].value;
    }
    int64_t i = sl_dict_lookup_str_index(f->globals, name);
    if (i >= 0) {
        c->version = g->keys_version;
        c->index = (uint32_t)i;
        c->ptr = 1;
        return g->entries[i].value;
    }
    i = sl_dict_lookup_str_index(f->builtins, name);
    if (i >= 0) {
        c->version = g->keys_version;
        c->index = (uint32_t)i | GLOBAL_CACHE_BUILTIN;
        c->ptr = ((SlValue)b->keys_version << 1) | 1;
        return b->entries[i].value;
    }
    return SL_NULL;
}

/* "__init__", interned once (interned strings are immortal) */
static SlValue init_name(SlVM *vm) {
    static SlValue name;
    (void)vm;
    if (!name) name = sl_intern_cstr("__init__");
    return name;
}

/* globals[name] = v (steals v), remembering the entry's index: while the
 * dict's keys version holds, the next store just replaces the value. */
static inline bool store_global_cached(SlVM *vm, SlValue globals, SlCache *c, SlValue name, SlValue v) {
    SlDict *g = SL_DICT(globals);
    if (c->ptr && c->version == g->keys_version) {
        SlValue old = g->entries[c->index].value;
        g->entries[c->index].value = v;
        sl_decref(vm, old);
        return true;
    }
    bool ok = sl_dict_set(vm, globals, name, v);
    sl_decref(vm, v);
    if (!ok) return false;
    int64_t i = sl_dict_lookup_str_index(globals, name);
    if (i >= 0) {
        c->version = g->keys_version;
        c->index = (uint32_t)i;
        c->ptr = 1;
    }
    return true;
}

static SlValue call_with_self(SlVM *vm, SlValue callable, SlValue self, SlValue *args, size_t nargs,
                              SlValue kwnames) {
    /* args[-1] is a writable slot on the value stack holding self (or NULL) */
    if (self) {
        if (SL_IS_FUNCTION(callable)) return sl_vm_call_function(vm, callable, args - 1, nargs + 1, kwnames);
        return sl_call(vm, callable, args - 1, nargs + 1, kwnames);
    }
    if (SL_IS_FUNCTION(callable)) return sl_vm_call_function(vm, callable, args, nargs, kwnames);
    return sl_call(vm, callable, args, nargs, kwnames);
}

/* x op y for two ints the fast path reads (sl_int_fast: tagged, or
 * objects of up to two digits) when no error is possible; false sends the
 * operation to the generic path.  A result outside the small ints is a new
 * int object, sized as CPython allocates it (int.h). */
static inline bool fast_int_binop(SlVM *vm, uint32_t op, int64_t x, int64_t y, SlValue *out) {
    int64_t z;
    switch (op) {
    case SL_NB_ADD: z = x + y; break;
    case SL_NB_SUB: z = x - y; break;
    case SL_NB_MUL:
        if (__builtin_mul_overflow(x, y, &z)) return false;
        break;
    case SL_NB_FLOORDIV: /* rounds towards minus infinity */
        if (y == 0) return false;
        z = x / y;
        if (x % y != 0 && (x < 0) != (y < 0)) z--;
        break;
    case SL_NB_MOD: /* takes the sign of y */
        if (y == 0) return false;
        z = x % y;
        if (z != 0 && (z < 0) != (y < 0)) z += y;
        break;
    case SL_NB_AND: z = x & y; break;
    case SL_NB_OR: z = x | y; break;
    case SL_NB_XOR: z = x ^ y; break;
    default: return false;
    }
    if (SL_SMALL_INT(z)) {
        *out = SL_FROM_INT(z);
        return true;
    }
    if (!SL_INT_FITS(z)) return false;
    *out = op <= SL_NB_MUL ? sl_int_arith(vm, (int)op, x, y, z) : sl_int_box(vm, z);
    return true;
}

/* May a + b (both about to be operands of +) append to a in place?  Yes
 * for exact strs when the next instruction stores into the local holding
 * a and that local and the value stack hold a's only references. */
static inline bool str_concat_in_place(uint32_t next, const SlValue *locals, SlValue a, SlValue b) {
    return SL_OP(next) == SL_OP_STORE_FAST && locals[SL_ARG(next)] == a && SL_IS_OBJ(a) &&
           SL_AS_OBJ(a)->type == &sl_str_type && SL_AS_OBJ(a)->refcnt == 2 && SL_IS_OBJ(b) &&
           SL_AS_OBJ(b)->type == &sl_str_type;
}

/* s = s + t or s += t with s a local whose only other reference is the
 * stack's: drop the local's reference so the text can grow in place
 * (CPython's unicode_concatenate); the STORE_FAST that follows stores the
 * result.  Consumes a and b. */
static SlValue concat_in_place(SlVM *vm, SlValue *local, SlValue a, SlValue b) {
    *local = SL_NULL;
    SL_AS_OBJ(a)->refcnt--;
    SlValue r = sl_str_concat_steal(vm, a, b);
    sl_decref(vm, b);
    return r;
}

static SlValue format_value(SlVM *vm, SlValue v, int conv, SlValue spec) {
    SlValue s;
    switch (conv) {
    case 1: s = sl_str(vm, v); break;
    case 2: s = sl_repr(vm, v); break;
    case 3: {
        extern SlValue sl_ascii(SlVM * vm, SlValue v);
        s = sl_ascii(vm, v);
        break;
    }
    default: s = sl_incref(v); break;
    }
    if (!s) return SL_NULL;
    if (!spec && SL_IS_EXACT_STR(s)) return s;
    SlValue r = sl_format(vm, s, spec);
    sl_decref(vm, s);
    return r;
}

static SlValue gen_send_value(SlVM *vm, SlValue gen, SlValue value, bool *returned);

#ifdef __GNUC__
/* computed goto dispatch: a GNU extension, hence the pragma */
#define USE_COMPUTED_GOTO 1
#pragma GCC diagnostic ignored "-Wpedantic"
#endif

/* May a call of fn with n positional arguments (and no keywords) run in
 * the caller's eval_frame?  Plain functions whose parameters are exactly
 * the arguments: no defaults used, no *args or **kwargs, no cells or closure,
 * not a generator. */
static inline bool call_is_simple(SlFunction *fn, size_t n) {
    SlCode *co = fn->code;
    return n == co->argcount && !(co->flags & (SL_CO_VARARGS | SL_CO_VARKEYWORDS | SL_CO_GENERATOR)) &&
           !co->kwonlyargcount && !SL_TUPLE_SIZE(co->cellvars) && !fn->closure;
}

/* Python-to-Python calls of simple functions (call_is_simple) do not recurse
 * in C: CALL pushes the callee's frame and the loop goes on with it; its
 * RETURN_VALUE (or an exception leaving it) pops back to the caller, whose
 * pc and stack depth were saved in its frame.  Only the frame eval_frame was
 * entered with (`entry`) returns to C.  Such an inlined frame owns the
 * reference to its function (f->func), which the caller's stack held. */
static SlValue eval_frame(SlVM *vm, SlFrame *f, SlValue throw_exc) {
    SlFrame *const entry = f;
    SlCode *co;
    const uint32_t *code;
    SlValue *consts, *names, *locals, *cells, *stack;
#define LOAD_FRAME_STATE()                                                                     \
    do {                                                                                       \
        co = f->code;                                                                          \
        code = co->code;                                                                       \
        consts = SL_TUPLE_ITEMS(co->consts);                                                   \
        names = SL_TUPLE_ITEMS(co->names);                                                     \
        locals = f->localsplus;                                                                \
        cells = locals + co->nlocals;                                                          \
        stack = cells + SL_TUPLE_SIZE(co->cellvars) + SL_TUPLE_SIZE(co->freevars);             \
    } while (0)

/* Save the running frame's position and continue in nf, a frame pushed
 * for a Python-to-Python call: the callee runs in this same loop. */
#define ENTER_FRAME(nf)                                                                        \
    do {                                                                                       \
        f->pc = pc;                                                                            \
        f->sp = (uint32_t)(sp - stack);                                                        \
        (nf)->back = f;                                                                        \
        vm->frame = (nf);                                                                      \
        vm->depth++;                                                                           \
        f = (nf);                                                                              \
        LOAD_FRAME_STATE();                                                                    \
        sp = stack;                                                                            \
        pc = 0;                                                                                \
        DISPATCH();                                                                            \
    } while (0)
    LOAD_FRAME_STATE();
    SlValue *sp = stack + f->sp;
    uint32_t pc = f->pc;
    uint32_t instr = 0, arg = 0;
    SlValue retval = SL_NULL;

    f->back = vm->frame;
    vm->frame = f;
    vm->depth++;

    if (throw_exc) {
        /* generator.throw(): raise at the suspension point */
        vm->exc = throw_exc;
        goto error_noadd;
    }

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(ptrdiff_t)(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define NEXT_CACHE() (&co->caches[code[pc++]])

#ifdef USE_COMPUTED_GOTO
    static const void *const labels[SL_OP_COUNT] = {
#define X(name, cache) &&op_##name,
        SL_OPCODES(X)
#undef X
    };
#define DISPATCH()                                                                             \
    do {                                                                                       \
        f->lasti = pc;                                                                         \
        instr = code[pc++];                                                                    \
        arg = SL_ARG(instr);                                                                   \
        goto *labels[SL_OP(instr)];                                                            \
    } while (0)
#define TARGET(name) op_##name:
    DISPATCH();
#else
#define DISPATCH() goto dispatch
#define TARGET(name) case SL_OP_##name:
dispatch:
    f->lasti = pc;
    instr = code[pc++];
    arg = SL_ARG(instr);
    switch (SL_OP(instr)) {
#endif

    TARGET(NOP) { DISPATCH(); }
    TARGET(POP_TOP) {
        SlValue v = POP();
        sl_xdecref(vm, v);
        DISPATCH();
    }
    TARGET(PUSH_NULL) {
        PUSH(SL_NULL);
        DISPATCH();
    }
    TARGET(COPY) {
        SlValue v = PEEK(arg);
        PUSH(v ? sl_incref(v) : SL_NULL);
        DISPATCH();
    }
    TARGET(SWAP) {
        SlValue t = TOP();
        SET_TOP(PEEK(arg));
        PEEK(arg) = t;
        DISPATCH();
    }
    TARGET(LOAD_CONST) {
        PUSH(sl_incref(consts[arg]));
        DISPATCH();
    }
    TARGET(LOAD_FAST) {
        SlValue v = locals[arg];
        if (!v) {
            unbound_local(vm, co, arg);
            goto error;
        }
        PUSH(sl_incref(v));
        DISPATCH();
    }
    TARGET(STORE_FAST) {
        SlValue old = locals[arg];
        locals[arg] = POP();
        sl_xdecref(vm, old);
        DISPATCH();
    }
    TARGET(DELETE_FAST) {
        SlValue old = locals[arg];
        if (!old) {
            unbound_local(vm, co, arg);
            goto error;
        }
        locals[arg] = SL_NULL;
        sl_decref(vm, old);
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        SlValue v = ((SlCell *)SL_AS_OBJ(cells[arg]))->contents;
        if (!v) {
            unbound_deref(vm, co, arg);
            goto error;
        }
        PUSH(sl_incref(v));
        DISPATCH();
    }
    TARGET(STORE_DEREF) {
        SlCell *c = (SlCell *)SL_AS_OBJ(cells[arg]);
        SlValue old = c->contents;
        c->contents = POP();
        sl_xdecref(vm, old);
        DISPATCH();
    }
    TARGET(DELETE_DEREF) {
        SlCell *c = (SlCell *)SL_AS_OBJ(cells[arg]);
        if (!c->contents) {
            unbound_deref(vm, co, arg);
            goto error;
        }
        SlValue old = c->contents;
        c->contents = SL_NULL;
        sl_decref(vm, old);
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) {
        PUSH(sl_incref(cells[arg]));
        DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF) {
        SlValue name = cell_name(co, arg);
        SlValue v = f->locals ? sl_dict_get(vm, f->locals, name) : SL_NULL;
        if (v) {
            PUSH(sl_incref(v));
            DISPATCH();
        }
        if (sl_exc_occurred(vm)) goto error;
        v = ((SlCell *)SL_AS_OBJ(cells[arg]))->contents;
        if (!v) {
            unbound_deref(vm, co, arg);
            goto error;
        }
        PUSH(sl_incref(v));
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL) {
        SlCache *c = NEXT_CACHE();
        SlValue v = load_global_cached(vm, f, c, names[arg]);
        if (!v) {
            name_error(vm, names[arg]);
            goto error;
        }
        PUSH(sl_incref(v));
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
        SlCache *c = NEXT_CACHE();
        SlValue v = POP();
        if (!store_global_cached(vm, f->globals, c, names[arg], v)) goto error;
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        int r = sl_dict_del(vm, f->globals, names[arg]);
        if (r < 0) goto error;
        if (r == 0) {
            name_error(vm, names[arg]);
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        SlCache *c = NEXT_CACHE();
        SlValue name = names[arg];
        SlValue v = SL_NULL;
        if (!f->locals) {
            /* module code: globals, then builtins, as LOAD_GLOBAL */
            v = load_global_cached(vm, f, c, name);
            if (!v) {
                name_error(vm, name);
                goto error;
            }
            PUSH(sl_incref(v));
            DISPATCH();
        }
        v = SL_IS_DICT(f->locals) ? sl_dict_get(vm, f->locals, name) : SL_NULL;
        if (!v && !SL_IS_DICT(f->locals)) {
            v = sl_getitem(vm, f->locals, name);
            if (v) {
                PUSH(v);
                DISPATCH();
            }
            if (!sl_exc_matches(vm, SL_KeyError)) goto error;
            sl_exc_clear(vm);
        }
        if (!v && sl_exc_occurred(vm)) goto error;
        if (!v) v = sl_dict_get(vm, f->globals, name);
        if (!v) v = sl_dict_get(vm, f->builtins, name);
        if (!v) {
            if (!sl_exc_occurred(vm)) name_error(vm, name);
            goto error;
        }
        PUSH(sl_incref(v));
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        SlCache *c = NEXT_CACHE();
        SlValue v = POP();
        if (!f->locals) {
            if (!store_global_cached(vm, f->globals, c, names[arg], v)) goto error;
            DISPATCH();
        }
        SlValue ns = f->locals;
        bool ok = SL_IS_DICT(ns) ? sl_dict_set(vm, ns, names[arg], v) : sl_setitem(vm, ns, names[arg], v);
        sl_decref(vm, v);
        if (!ok) goto error;
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        SlValue ns = f->locals ? f->locals : f->globals;
        int r = sl_dict_del(vm, ns, names[arg]);
        if (r < 0) goto error;
        if (r == 0) {
            name_error(vm, names[arg]);
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_ATTR) {
        SlCache *c = NEXT_CACHE();
        SlValue obj = TOP();
        if (SL_IS_OBJ(obj)) {
            SlType *t = SL_AS_OBJ(obj)->type;
            if (t->version_tag == c->version) {
                SlValue v = SL_NULL;
                if (c->ptr == ATTR_CACHE_SLOT) {
                    v = *(SlValue *)((char *)SL_AS_OBJ(obj) + c->index);
                } else if (c->ptr == ATTR_CACHE_VALUE) {
                    SlValue *p = inst_value_at(SL_AS_OBJ(obj), c->index);
                    if (p) v = *p;
                    if (!v) {   /* an instance with a dict has no values */
                        SlValue d = *(SlValue *)((char *)SL_AS_OBJ(obj) + t->dictoffset);
                        if (d) v = sl_dict_get_str(d, names[arg]);
                    }
                } else if (c->ptr == ATTR_CACHE_DICT) {
                    SlValue d = *(SlValue *)((char *)SL_AS_OBJ(obj) + c->index);
                    if (d) v = sl_dict_get_str(d, names[arg]);
                    else if (t->keys) c->version = 0;
                }
                if (v) {
                    SET_TOP(sl_incref(v));
                    sl_decref(vm, obj);
                    DISPATCH();
                }
            } else {
                attr_cache_fill(c, t, names[arg], false);
            }
        }
        SlValue v = sl_getattr(vm, obj, names[arg]);
        if (!v) goto error;
        SET_TOP(v);
        sl_decref(vm, obj);
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        SlCache *c = NEXT_CACHE();
        SlValue obj = POP();
        SlValue v = POP();
        if (SL_IS_OBJ(obj)) {
            SlType *t = SL_AS_OBJ(obj)->type;
            if (t->version_tag == c->version) {
                if (c->ptr == ATTR_CACHE_VALUE) {
                    /* replacing a value that is there, or a new one in order */
                    SlValue *q = inst_value_at(SL_AS_OBJ(obj), c->index);
                    if (q && *q) {
                        SlValue old = *q;
                        *q = v;
                        sl_decref(vm, old);
                        sl_decref(vm, obj);
                        DISPATCH();
                    }
                    if (q && sl_inst_store_new(vm, SL_AS_OBJ(obj), (c->index - t->basicsize) / sizeof(SlValue),
                                               names[arg], v)) {
                        sl_decref(vm, obj);
                        DISPATCH();
                    }
                }
                SlValue *p = (SlValue *)((char *)SL_AS_OBJ(obj) + c->index);
                if (c->ptr == ATTR_CACHE_SLOT) {
                    SlValue old = *p;
                    *p = v; /* the reference moves into the slot */
                    sl_xdecref(vm, old);
                    sl_decref(vm, obj);
                    DISPATCH();
                }
                if (c->ptr == ATTR_CACHE_DICT && !*p && t->keys) c->version = 0;
                if (c->ptr == ATTR_CACHE_DICT && *p) {
                    bool ok = sl_dict_set(vm, *p, names[arg], v);
                    sl_decref(vm, v);
                    sl_decref(vm, obj);
                    if (!ok) goto error;
                    DISPATCH();
                }
            } else {
                attr_cache_fill(c, t, names[arg], true);
            }
        }
        bool ok = sl_setattr(vm, obj, names[arg], v);
        sl_decref(vm, v);
        sl_decref(vm, obj);
        if (!ok) goto error;
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        SlValue obj = POP();
        bool ok = sl_delattr(vm, obj, names[arg]);
        sl_decref(vm, obj);
        if (!ok) goto error;
        DISPATCH();
    }
    TARGET(LOAD_METHOD) {
        SlCache *c = NEXT_CACHE();
        SlValue obj = TOP();
        SlValue name = names[arg];
        SlType *t = sl_type_of(obj);
        if (t->getattro == sl_generic_getattr) {
            /* the cache: the type's version tag and what the MRO lookup found
             * (borrowed: a change to the class gives it a new tag) */
            SlValue descr;
            if (t->version_tag && c->version == t->version_tag) {
                descr = c->ptr;
            } else {
                descr = sl_type_lookup(t, name);
                c->version = t->version_tag;
                c->ptr = descr;
                c->index = UINT32_MAX;   /* the keys are not looked at yet */
            }
            if (descr && (SL_IS_FUNCTION(descr) ||
                          (SL_IS_OBJ(descr) && SL_AS_OBJ(descr)->type == &sl_method_descr_type &&
                           ((SlMethodDescr *)SL_AS_OBJ(descr))->def->flags == 0))) {
                SlValue *dp = t->dictoffset ? (SlValue *)((char *)SL_AS_OBJ(obj) + t->dictoffset) : NULL;
                bool shadowed = false;
                if (dp && !*dp && t->keys) {
                    /* an instance value of that name would shadow the method:
                     * index holds (names looked at << 8) | (index in the keys + 1) */
                    SlKeys *k = t->keys;
                    if (c->index >> 8 != k->n) c->index = k->n << 8 | (uint32_t)(sl_keys_index(k, name) + 1);
                    uint32_t ix1 = c->index & 0xff;
                    if (ix1) {
                        SlValue *q = inst_value_at(SL_AS_OBJ(obj), t->basicsize + (ix1 - 1) * (uint32_t)sizeof(SlValue));
                        shadowed = !q || *q;   /* (a large block: the generic path decides) */
                    }
                }
                if (!shadowed && (!dp || !*dp || !sl_dict_get_str(*dp, name))) {
                    SET_TOP(sl_incref(descr));
                    PUSH(obj);
                    DISPATCH();
                }
            }
        }
        SlValue v = sl_getattr(vm, obj, name);
        if (!v) goto error;
        SET_TOP(v);
        sl_decref(vm, obj);
        PUSH(SL_NULL);
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR) {
        SlValue key = POP();
        SlValue obj = TOP();
        SlValue v;
        int64_t i;
        if (SL_IS_OBJ(obj) && SL_AS_OBJ(obj)->type == &sl_list_type && sl_int_fast(key, &i)) {
            SlList *l = SL_LIST(obj);
            if (i < 0) i += (int64_t)l->size;
            if (i >= 0 && (size_t)i < l->size) {
                v = sl_incref(l->items[i]);
                SET_TOP(v);
                sl_decref(vm, key);
                sl_decref(vm, obj);
                DISPATCH();
            }
        }
        v = sl_getitem(vm, obj, key);
        sl_decref(vm, key);
        if (!v) goto error;
        SET_TOP(v);
        sl_decref(vm, obj);
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        SlValue key = POP();
        SlValue obj = POP();
        SlValue v = POP();
        bool ok = sl_setitem(vm, obj, key, v);
        sl_decref(vm, v);
        sl_decref(vm, obj);
        sl_decref(vm, key);
        if (!ok) goto error;
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        SlValue key = POP();
        SlValue obj = POP();
        bool ok = sl_delitem(vm, obj, key);
        sl_decref(vm, obj);
        sl_decref(vm, key);
        if (!ok) goto error;
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        SlValue step = arg == 3 ? POP() : SL_NULL;
        SlValue stop = POP();
        SlValue start = POP();
        SlValue s = sl_slice_new(vm, start, stop, step);
        sl_decref(vm, start);
        sl_decref(vm, stop);
        sl_xdecref(vm, step);
        if (!s) goto error;
        PUSH(s);
        DISPATCH();
    }
    TARGET(BINARY_OP) {
        SlValue b = POP();
        SlValue a = TOP();
        SlValue r;
        if (arg == SL_NB_ADD && str_concat_in_place(code[pc], locals, a, b)) {
            r = concat_in_place(vm, locals + SL_ARG(code[pc]), a, b);
            if (!r) {
                sp--;
                goto error;
            }
            SET_TOP(r);
            DISPATCH();
        }
        int64_t x, y;
        if (sl_int_fast(a, &x) && sl_int_fast(b, &y) && fast_int_binop(vm, arg, x, y, &r)) {
            sl_decref(vm, b);
            sl_decref(vm, a);
            SET_TOP(r);
            DISPATCH();
        }
        r = sl_binop(vm, (SlBinOp)arg, a, b);
        sl_decref(vm, b);
        if (!r) goto error;
        sl_decref(vm, a);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(INPLACE_OP) {
        SlValue b = POP();
        SlValue a = TOP();
        if (arg == SL_NB_ADD && str_concat_in_place(code[pc], locals, a, b)) {
            SlValue r = concat_in_place(vm, locals + SL_ARG(code[pc]), a, b);
            if (!r) {
                sp--;
                goto error;
            }
            SET_TOP(r);
            DISPATCH();
        }
        SlValue z;
        int64_t x, y;
        if (sl_int_fast(a, &x) && sl_int_fast(b, &y) && fast_int_binop(vm, arg, x, y, &z)) {
            sl_decref(vm, b);
            sl_decref(vm, a);
            SET_TOP(z);
            DISPATCH();
        }
        SlValue r = sl_inplace_binop(vm, (SlBinOp)arg, a, b);
        sl_decref(vm, b);
        if (!r) goto error;
        sl_decref(vm, a);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(UNARY_NEGATIVE) {
        SlValue a = TOP();
        SlValue r = sl_unaryop(vm, SL_UN_NEG, a);
        if (!r) goto error;
        sl_decref(vm, a);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(UNARY_POSITIVE) {
        SlValue a = TOP();
        SlValue r = sl_unaryop(vm, SL_UN_POS, a);
        if (!r) goto error;
        sl_decref(vm, a);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(UNARY_INVERT) {
        SlValue a = TOP();
        SlValue r = sl_unaryop(vm, SL_UN_INVERT, a);
        if (!r) goto error;
        sl_decref(vm, a);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        SlValue a = TOP();
        int t = sl_truthy(vm, a);
        if (t < 0) goto error;
        sl_decref(vm, a);
        SET_TOP(SL_BOOL(!t));
        DISPATCH();
    }
    TARGET(COMPARE_OP) {
        SlValue b = POP();
        SlValue a = TOP();
        SlValue r;
        int64_t x, y;
        if (sl_int_fast(a, &x) && sl_int_fast(b, &y)) {
            bool c = false;
            switch (arg) {
            case SL_LT: c = x < y; break;
            case SL_LE: c = x <= y; break;
            case SL_EQ: c = x == y; break;
            case SL_NE: c = x != y; break;
            case SL_GT: c = x > y; break;
            case SL_GE: c = x >= y; break;
            }
            sl_decref(vm, b);
            sl_decref(vm, a);
            SET_TOP(SL_BOOL(c));
            DISPATCH();
        }
        r = sl_richcompare(vm, a, b, (SlCompareOp)arg);
        sl_decref(vm, b);
        if (!r) goto error;
        sl_decref(vm, a);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(IS_OP) {
        SlValue b = POP();
        SlValue a = TOP();
        bool r = (a == b) ^ (arg != 0);
        sl_decref(vm, b);
        sl_decref(vm, a);
        SET_TOP(SL_BOOL(r));
        DISPATCH();
    }
    TARGET(CONTAINS_OP) {
        SlValue b = POP();
        SlValue a = TOP();
        int r = sl_contains(vm, b, a);
        sl_decref(vm, b);
        if (r < 0) goto error;
        sl_decref(vm, a);
        SET_TOP(SL_BOOL(r ^ (arg != 0)));
        DISPATCH();
    }
    TARGET(BUILD_TUPLE) {
        SlValue t = sl_tuple_new(vm, arg);
        if (!t) goto error;
        for (uint32_t i = arg; i-- > 0;) SL_TUPLE_ITEMS(t)[i] = POP();
        PUSH(t);
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        SlValue l = sl_list_new(vm, arg);
        if (!l) goto error;
        for (uint32_t i = arg; i-- > 0;) SL_LIST(l)->items[i] = POP();
        PUSH(l);
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        SlValue s = sl_set_new(vm, SL_NULL);
        if (!s) goto error;
        bool ok = true;
        for (uint32_t i = arg; i > 0; i--)
            if (ok && !sl_set_add(vm, s, PEEK(i))) ok = false;
        for (uint32_t i = 0; i < arg; i++) sl_decref(vm, POP());
        if (!ok) {
            sl_decref(vm, s);
            goto error;
        }
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        SlValue d = sl_dict_new(vm);
        if (!d) goto error;
        bool ok = true;
        for (uint32_t i = arg; i > 0; i--)
            if (ok && !sl_dict_set(vm, d, PEEK(2 * i), PEEK(2 * i - 1))) ok = false;
        for (uint32_t i = 0; i < 2 * arg; i++) sl_decref(vm, POP());
        if (!ok) {
            sl_decref(vm, d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        SlValue s = arg ? sl_str_build(vm, &PEEK(arg), arg) : sl_str_new(vm, "", 0);
        for (uint32_t i = 0; i < arg; i++) sl_decref(vm, POP());
        if (!s) goto error;
        PUSH(s);
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        SlValue spec = (arg & 4) ? POP() : SL_NULL;
        SlValue v = TOP();
        SlValue s = format_value(vm, v, arg & 3, spec);
        sl_xdecref(vm, spec);
        if (!s) goto error;
        sl_decref(vm, v);
        SET_TOP(s);
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        SlValue v = POP();
        bool ok = sl_list_append(vm, PEEK(arg), v);
        sl_decref(vm, v);
        if (!ok) goto error;
        DISPATCH();
    }
    TARGET(SET_ADD) {
        SlValue v = POP();
        bool ok = sl_set_add(vm, PEEK(arg), v);
        sl_decref(vm, v);
        if (!ok) goto error;
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        SlValue v = POP();
        SlValue k = POP();
        bool ok = sl_dict_set(vm, PEEK(arg), k, v);
        sl_decref(vm, v);
        sl_decref(vm, k);
        if (!ok) goto error;
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        SlValue it = POP();
        bool ok = sl_list_extend(vm, PEEK(arg), it);
        if (!ok && sl_exc_matches(vm, SL_TypeError) && !sl_type_of(it)->iter && !sl_type_of(it)->getitem) {
            sl_exc_clear(vm);
            sl_raise(vm, SL_TypeError, "Value after * must be an iterable, not %s", sl_type_name(it));
        }
        sl_decref(vm, it);
        if (!ok) goto error;
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        SlValue it = POP();
        SlValue iter = sl_iter(vm, it);
        sl_decref(vm, it);
        if (!iter) goto error;
        SlValue x;
        while ((x = sl_iternext(vm, iter))) {
            bool ok = sl_set_add(vm, PEEK(arg), x);
            sl_decref(vm, x);
            if (!ok) break;
        }
        sl_decref(vm, iter);
        if (sl_exc_occurred(vm)) goto error;
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        SlValue m = POP();
        bool ok = sl_dict_update(vm, PEEK(arg), m);
        if (!ok && sl_exc_matches(vm, SL_TypeError) && !SL_IS_DICT(m)) {
            sl_exc_clear(vm);
            sl_raise(vm, SL_TypeError, "'%s' object is not a mapping", sl_type_name(m));
        }
        sl_decref(vm, m);
        if (!ok) goto error;
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        SlValue m = POP();
        SlValue callable = PEEK(arg + 3);
        SlValue fname = sl_lookup_attr(vm, callable, sl_intern_cstr("__qualname__"));
        if (!fname && sl_exc_occurred(vm)) sl_exc_clear(vm);
        bool ok = sl_dict_merge_kwargs(vm, PEEK(arg), m, fname && SL_IS_STR(fname) ? SL_STR_DATA(fname) : "function");
        sl_xdecref(vm, fname);
        sl_decref(vm, m);
        if (!ok) goto error;
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        SlValue l = TOP();
        SlValue t = sl_tuple_from_array(vm, SL_LIST(l)->items, SL_LIST(l)->size);
        if (!t) goto error;
        sl_decref(vm, l);
        SET_TOP(t);
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) {
        SlValue seq = POP();
        if (!unpack_iterable(vm, seq, arg, 0, false, sp)) {
            sl_decref(vm, seq);
            goto error;
        }
        sp += arg;
        sl_decref(vm, seq);
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        SlValue seq = POP();
        size_t before = arg & 0xff, after = arg >> 8;
        if (!unpack_iterable(vm, seq, before, after, true, sp)) {
            sl_decref(vm, seq);
            goto error;
        }
        sp += before + after + 1;
        sl_decref(vm, seq);
        DISPATCH();
    }
    TARGET(JUMP) {
        if (arg < pc) {
            if (vm->interrupted || ++vm->steps > vm->step_limit) {
                pc = arg;
                goto interrupted;
            }
            if (vm->gc_allocs > vm->gc_threshold) {
                f->sp = (uint32_t)(sp - stack);
                sl_gc_maybe_collect(vm);
            }
        }
        pc = arg;
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE) {
        SlValue v = POP();
        if (v == SL_FALSE || v == SL_NONE) { pc = arg; DISPATCH(); }
        if (v == SL_TRUE) DISPATCH();
        int t = sl_truthy(vm, v);
        sl_decref(vm, v);
        if (t < 0) goto error;
        if (!t) pc = arg;
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        SlValue v = POP();
        if (v == SL_TRUE) { pc = arg; DISPATCH(); }
        if (v == SL_FALSE || v == SL_NONE) DISPATCH();
        int t = sl_truthy(vm, v);
        sl_decref(vm, v);
        if (t < 0) goto error;
        if (t) pc = arg;
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        int t = sl_truthy(vm, TOP());
        if (t < 0) goto error;
        if (!t) pc = arg;
        else sl_decref(vm, POP());
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        int t = sl_truthy(vm, TOP());
        if (t < 0) goto error;
        if (t) pc = arg;
        else sl_decref(vm, POP());
        DISPATCH();
    }
    TARGET(GET_ITER) {
        SlValue v = TOP();
        SlValue it = sl_iter(vm, v);
        if (!it) goto error;
        sl_decref(vm, v);
        SET_TOP(it);
        DISPATCH();
    }
    TARGET(FOR_ITER) {
        SlValue it = TOP();
        SlValue v = sl_type_of(it)->iternext(vm, it);
        if (v) {
            /* (Ctrl-C is noticed at the jump back, as CPython) */
            PUSH(v);
            DISPATCH();
        }
        if (vm->exc) {
            if (!sl_exc_matches(vm, SL_StopIteration)) goto error;
            sl_exc_clear(vm);
        }
        sl_decref(vm, POP());
        pc = arg;
        DISPATCH();
    }
    TARGET(RETURN_VALUE) {
        retval = POP();
        if (f != entry) goto inline_return;
        goto exit_frame;
    }
    TARGET(YIELD_VALUE) {
        retval = POP();
        f->pc = pc;
        f->sp = (uint32_t)(sp - stack);
        vm->frame = f->back;
        vm->depth--;
        return retval;
    }
    TARGET(GET_YIELD_FROM_ITER) {
        SlValue v = TOP();
        if (!(SL_IS_OBJ(v) && SL_AS_OBJ(v)->type == &sl_generator_type)) {
            SlValue it = sl_iter(vm, v);
            if (!it) goto error;
            sl_decref(vm, v);
            SET_TOP(it);
        }
        DISPATCH();
    }
    TARGET(YIELD_FROM) {
        SlValue v = POP();
        SlValue it = TOP();
        SlValue r;
        bool returned = false;
        if (SL_IS_OBJ(it) && SL_AS_OBJ(it)->type == &sl_generator_type) {
            r = gen_send_value(vm, it, v, &returned);
        } else if (v == SL_NONE) {
            r = sl_iternext(vm, it);
            if (!r && !sl_exc_occurred(vm)) {
                returned = true;
                r = SL_NONE;
            }
        } else {
            SlValue arg1 = v;
            r = sl_call_method(vm, it, "send", &arg1, 1);
            if (!r && sl_exc_matches(vm, SL_StopIteration)) {
                SlValue e = sl_exc_fetch(vm);
                r = sl_getattr_cstr(vm, e, "value");
                sl_decref(vm, e);
                returned = r != SL_NULL;
            }
        }
        sl_decref(vm, v);
        if (!r) goto error;
        if (returned) {
            sl_decref(vm, POP());
            PUSH(r);
            DISPATCH();
        }
        /* yield r; re-run YIELD_FROM with the sent value on resume */
        f->pc = f->lasti;
        f->sp = (uint32_t)(sp - stack);
        vm->frame = f->back;
        vm->depth--;
        return r;
    }
    TARGET(SETUP_FINALLY) {
        if (f->nblocks >= SL_MAX_BLOCKS) {
            sl_raise(vm, SL_SystemError, "too many nested blocks");
            goto error;
        }
        SlBlock *b = &f->blocks[f->nblocks++];
        b->kind = SL_BLOCK_FINALLY;
        b->handler = arg;
        b->level = (uint32_t)(sp - stack);
        DISPATCH();
    }
    TARGET(POP_BLOCK) {
        f->nblocks--;
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        f->nblocks--;
        SlValue saved = POP();
        SlValue cur = vm->exc_info;
        vm->exc_info = saved == SL_NONE ? SL_NULL : saved;
        if (saved == SL_NONE) sl_decref(vm, saved);
        sl_xdecref(vm, cur);
        DISPATCH();
    }
    TARGET(RERAISE) {
        SlValue exc = POP();
        vm->exc = exc;
        goto error_noadd;
    }
    TARGET(CHECK_EXC_MATCH) {
        SlValue type = POP();
        SlValue exc = TOP();
        if (!valid_exc_type(type)) {
            sl_decref(vm, type);
            sl_raise(vm, SL_TypeError, "catching classes that do not inherit from BaseException is not allowed");
            goto error;
        }
        bool m = exc_match(vm, exc, type);
        sl_decref(vm, type);
        PUSH(SL_BOOL(m));
        DISPATCH();
    }
    TARGET(RAISE_VARARGS) {
        SlValue cause = arg == 2 ? POP() : SL_NULL;
        SlValue exc = arg >= 1 ? POP() : SL_NULL;
        if (!exc) {
            do_raise(vm, SL_NULL, SL_NULL);
            goto error_noadd_reraise;
        }
        do_raise(vm, exc, cause);
        goto error;
    }
    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(sl_incref(SL_OBJ(SL_EXC(AssertionError))));
        DISPATCH();
    }
    TARGET(SETUP_WITH) {
        SlValue mgr = TOP();
        SlType *mt = sl_type_of(mgr);
        SlValue enter = sl_type_lookup(mt, sl_intern_cstr("__enter__"));
        SlValue exitf = sl_type_lookup(mt, sl_intern_cstr("__exit__"));
        if (!enter || !exitf) {
            if (vm->ver->with_protocol_typeerror)
                sl_raise(vm, SL_TypeError, "'%s' object does not support the context manager protocol", mt->name);
            else
                sl_raise(vm, SL_AttributeError, "%s", !enter ? "__enter__" : "__exit__");
            goto error;
        }
        SlValue bound_exit = sl_type_of(exitf)->descr_get
                                 ? sl_type_of(exitf)->descr_get(vm, exitf, mgr, SL_OBJ(mt))
                                 : sl_incref(exitf);
        if (!bound_exit) goto error;
        bool found;
        SlValue res = sl_call_special(vm, mgr, sl_intern_cstr("__enter__"), NULL, 0, &found);
        if (!res) {
            sl_decref(vm, bound_exit);
            goto error;
        }
        sl_decref(vm, mgr);
        SET_TOP(bound_exit);
        SlBlock *b = &f->blocks[f->nblocks++];
        b->kind = SL_BLOCK_FINALLY;
        b->handler = arg;
        b->level = (uint32_t)(sp - stack);
        PUSH(res);
        DISPATCH();
    }
    TARGET(WITH_EXIT) {
        SlValue exitf = POP();
        SlValue args[3] = {SL_NONE, SL_NONE, SL_NONE};
        SlValue r = sl_call(vm, exitf, args, 3, SL_NULL);
        sl_decref(vm, exitf);
        if (!r) goto error;
        sl_decref(vm, r);
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        SlValue exc = TOP();
        SlValue exitf = PEEK(3);
        SlValue tb = ((SlException *)SL_AS_OBJ(exc))->traceback;
        SlValue args[3] = {SL_OBJ(sl_type_of(exc)), exc, tb ? tb : SL_NONE};
        SlValue r = sl_call(vm, exitf, args, 3, SL_NULL);
        if (!r) goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(CALL) {
        SlValue *args = sp - arg;
        SlValue self = args[-1];
        SlValue callable = args[-2];
        SlValue r;
        if (SL_IS_FUNCTION(callable) && vm->depth < vm->recursion_limit) {
            SlFunction *fn = (SlFunction *)SL_AS_OBJ(callable);
            SlValue *a = self ? args - 1 : args;
            size_t n = arg + (self ? 1 : 0);
            if (call_is_simple(fn, n)) {
                /* the step budget counts calls too (as sl_vm_call_function) */
                if (++vm->steps > vm->step_limit) vm->interrupted = 1;
                SlFrame *nf = frame_push_call(vm, fn->code, callable, fn->globals);
                if (!nf) goto error;
                /* the arguments' references move from the stack to the locals,
                 * the callable's to nf->func */
                for (size_t i = 0; i < n; i++) nf->localsplus[i] = a[i];
                sp = args - 2;
                ENTER_FRAME(nf);
            }
        }
        if (!self && SL_IS_OBJ(callable) && SL_AS_OBJ(callable)->type == &sl_type_type) {
            /* C(args) for a class with a Python __init__ and object's __new__:
             * what type_call and slot_init do, without binding a method */
            SlType *t = (SlType *)SL_AS_OBJ(callable);
            SlValue init = (t->flags & SL_TPFLAGS_HEAPTYPE) && t->new_ == sl_object_type.new_
                               ? sl_type_lookup(t, init_name(vm))
                               : SL_NULL;
            if (init && SL_IS_OBJ(init) && SL_AS_OBJ(init)->type == &sl_function_type) {
                /* the memory model counts the argument tuple CPython builds */
                unsigned argtuple = vm->sim ? sl_mm_temp_tuple(vm, arg) : 0;
                r = t->new_(vm, t, args, arg, SL_NULL);
                SlFunction *fn = (SlFunction *)SL_AS_OBJ(init);
                if (r && call_is_simple(fn, arg + 1) && vm->depth < vm->recursion_limit) {
                    /* run __init__ inline; the new object replaces the class on
                     * the stack (it keeps its class alive) and stays there */
                    if (++vm->steps > vm->step_limit) vm->interrupted = 1;
                    SlFrame *nf = frame_push_call(vm, fn->code, sl_incref(init), fn->globals);
                    if (!nf) {
                        sl_decref(vm, init);
                        sl_decref(vm, r);
                        if (argtuple) sl_mm_temp_tuple_done(vm, arg, argtuple);
                        goto error;
                    }
                    nf->is_init = true;
                    nf->init_argtuple = argtuple;
                    nf->localsplus[0] = sl_incref(r);
                    for (uint32_t i = 0; i < arg; i++) nf->localsplus[1 + i] = args[i];
                    sl_decref(vm, callable);
                    args[-2] = r;
                    sp = args - 1;
                    ENTER_FRAME(nf);
                }
                if (r) {
                    args[-1] = r; /* the stack slot holds the new object as self */
                    SlValue ir = sl_vm_call_function(vm, init, args - 1, arg + 1, SL_NULL);
                    if (ir != SL_NONE) {
                        if (ir) {
                            sl_raise(vm, SL_TypeError, "__init__() should return None, not '%s'",
                                     sl_type_name(ir));
                            sl_decref(vm, ir);
                        }
                        r = SL_NULL; /* the stack slot's reference is dropped below */
                    } else {
                        sl_incref(r);
                    }
                }
                if (argtuple) sl_mm_temp_tuple_done(vm, arg, argtuple);
                goto call_done;
            }
        }
        r = call_with_self(vm, callable, self, args, arg, SL_NULL);
    call_done:
        for (SlValue *p = args - 1; p < sp; p++) sl_xdecref(vm, *p);
        sp = args - 2;
        sl_decref(vm, callable);
        if (!r) goto error;
        PUSH(r);
        if (vm->interrupted) goto interrupted;
        DISPATCH();
    }
    TARGET(CALL_KW) {
        SlValue kwnames = POP();
        size_t nkw = SL_TUPLE_SIZE(kwnames);
        SlValue *args = sp - arg;
        SlValue self = args[-1];
        SlValue callable = args[-2];
        SlValue r = call_with_self(vm, callable, self, args, arg - nkw, kwnames);
        for (SlValue *p = args - 1; p < sp; p++) sl_xdecref(vm, *p);
        sp = args - 2;
        sl_decref(vm, callable);
        sl_decref(vm, kwnames);
        if (!r) goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(CALL_EX) {
        SlValue kwargs = POP();
        SlValue pargs = POP();
        SlValue self = POP();
        SlValue callable = POP();
        SlValue r = SL_NULL;
        if (!SL_IS_TUPLE(pargs)) {
            SlValue t = sl_tuple_from_iterable(vm, pargs);
            if (!t) {
                if (sl_exc_matches(vm, SL_TypeError)) {
                    sl_exc_clear(vm);
                    SlValue qn = sl_lookup_attr(vm, callable, sl_intern_cstr("__qualname__"));
                    sl_raise(vm, SL_TypeError, "%s() argument after * must be an iterable, not %s",
                             qn && SL_IS_STR(qn) ? SL_STR_DATA(qn) : "function", sl_type_name(pargs));
                    sl_xdecref(vm, qn);
                }
                goto call_ex_done;
            }
            sl_decref(vm, pargs);
            pargs = t;
        }
        {
            size_t np = SL_TUPLE_SIZE(pargs) + (self ? 1 : 0);
            size_t nkw = kwargs ? sl_dict_size(kwargs) : 0;
            SlValue *buf = sl_mem_alloc(vm, (np + nkw + 1) * sizeof(SlValue));
            if (!buf) goto call_ex_done;
            size_t k = 0;
            if (self) buf[k++] = self;
            for (size_t i = 0; i < SL_TUPLE_SIZE(pargs); i++) buf[k++] = SL_TUPLE_ITEMS(pargs)[i];
            SlValue kwn = SL_NULL;
            if (nkw) {
                kwn = sl_tuple_new(vm, nkw);
                if (!kwn) {
                    sl_mem_free(vm, buf, (np + nkw + 1) * sizeof(SlValue));
                    goto call_ex_done;
                }
                size_t pos = 0, i = 0;
                SlValue key, val;
                while (sl_dict_next(kwargs, &pos, &key, &val)) {
                    SL_TUPLE_ITEMS(kwn)[i++] = sl_incref(key);
                    buf[k++] = val;
                }
            }
            r = sl_call(vm, callable, buf, np, kwn);
            sl_xdecref(vm, kwn);
            sl_mem_free(vm, buf, (np + nkw + 1) * sizeof(SlValue));
        }
    call_ex_done:
        sl_xdecref(vm, kwargs);
        sl_decref(vm, pargs);
        sl_xdecref(vm, self);
        sl_decref(vm, callable);
        if (!r) goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
        SlValue codev = POP();
        SlValue closure = (arg & 8) ? POP() : SL_NULL;
        SlValue kwdefaults = (arg & 2) ? POP() : SL_NULL;
        SlValue defaults = (arg & 1) ? POP() : SL_NULL;
        SlValue fn = sl_function_new(vm, (SlCode *)SL_AS_OBJ(codev), f->globals, SL_NULL);
        sl_decref(vm, codev);
        if (!fn) {
            sl_xdecref(vm, closure);
            sl_xdecref(vm, kwdefaults);
            sl_xdecref(vm, defaults);
            goto error;
        }
        SlFunction *fo = (SlFunction *)SL_AS_OBJ(fn);
        fo->closure = closure;
        fo->kwdefaults = kwdefaults;
        fo->defaults = defaults;
        PUSH(fn);
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
        SlValue bc = sl_dict_get_cstr(f->builtins, "__build_class__");
        if (!bc) {
            sl_raise(vm, SL_NameError, "__build_class__ not found");
            goto error;
        }
        PUSH(sl_incref(bc));
        DISPATCH();
    }
    TARGET(SETUP_ANNOTATIONS) {
        SlValue ns = f->locals ? f->locals : f->globals;
        if (!sl_dict_get_cstr(ns, "__annotations__")) {
            SlValue d = sl_dict_new(vm);
            if (!d) goto error;
            bool ok = sl_dict_set(vm, ns, sl_intern_cstr("__annotations__"), d);
            sl_decref(vm, d);
            if (!ok) goto error;
        }
        DISPATCH();
    }
    TARGET(IMPORT_NAME) {
        SlValue fromlist = POP();
        SlValue level = POP();
        SlValue m = do_import(vm, f, names[arg], fromlist, level);
        sl_decref(vm, fromlist);
        sl_decref(vm, level);
        if (!m) goto error;
        PUSH(m);
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        SlValue mod = TOP();
        SlValue v = sl_getattr(vm, mod, names[arg]);
        if (!v) {
            if (sl_exc_matches(vm, SL_AttributeError)) {
                sl_exc_clear(vm);
                SlValue mn = sl_lookup_attr(vm, mod, sl_intern_cstr("__name__"));
                const char *modname = mn && SL_IS_STR(mn) ? SL_STR_DATA(mn) : "<unknown module name>";
                SlValue file = sl_lookup_attr(vm, mod, sl_intern_cstr("__file__"));
                SlValue mname = mn && SL_IS_STR(mn) ? mn : SL_NULL;
                if (file && SL_IS_STR(file))
                    sl_raise_import_error(vm, SL_EXC(ImportError), mname, file,
                                          "cannot import name '%s' from '%s' (%s)",
                                          SL_STR_DATA(names[arg]), modname, SL_STR_DATA(file));
                else
                    sl_raise_import_error(vm, SL_EXC(ImportError), mname, SL_NULL,
                                          "cannot import name '%s' from '%s' (unknown location)",
                                          SL_STR_DATA(names[arg]), modname);
                sl_xdecref(vm, mn);
                sl_xdecref(vm, file);
            }
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(IMPORT_STAR) {
        SlValue mod = POP();
        bool ok = import_star(vm, f, mod);
        sl_decref(vm, mod);
        if (!ok) goto error;
        DISPATCH();
    }
    TARGET(PRINT_EXPR) {
        SlValue v = POP();
        SlValue hook = vm->sys_module ? sl_dict_get_cstr(SL_MODULE_DICT(vm->sys_module), "displayhook") : SL_NULL;
        SlValue r = hook ? sl_call1(vm, hook, v) : SL_NONE;
        sl_decref(vm, v);
        if (!r) goto error;
        sl_decref(vm, r);
        DISPATCH();
    }
#ifndef USE_COMPUTED_GOTO
    default:
        sl_raise(vm, SL_SystemError, "unknown opcode %u", (unsigned)SL_OP(instr));
        goto error;
    }
#endif

inline_return:
    /* leave an inlined frame (retval, or SL_NULL with the exception set) */
    {
        while (sp > stack) sl_xdecref(vm, POP());
        f->sp = 0;
        SlFrame *caller = f->back;
        bool is_init = f->is_init;
        unsigned argtuple = f->init_argtuple;
        size_t init_nargs = f->code->argcount - 1;
        vm->frame = caller;
        vm->depth--;
        /* frame_clear and frame_pop, inlined: the stack is empty already */
        size_t nvars = co->nvars;
        for (size_t i = 0; i < nvars; i++) {
            SlValue v = locals[i];
            locals[i] = SL_NULL;
            sl_xdecref(vm, v);
        }
        SlValue func = f->func;
        vm->stack_used -= (sizeof(SlFrame) + sizeof(SlValue) - 1) / sizeof(SlValue) + nvars + co->stacksize + 4;
        sl_decref(vm, func);
        f = caller;
        LOAD_FRAME_STATE();
        sp = stack + f->sp;
        pc = f->pc;
        if (is_init) {
            if (argtuple) sl_mm_temp_tuple_done(vm, init_nargs, argtuple);
            if (retval && retval != SL_NONE) {
                sl_raise(vm, SL_TypeError, "__init__() should return None, not '%s'", sl_type_name(retval));
                sl_decref(vm, retval);
                retval = SL_NULL;
            }
            if (!retval) goto error;
            sl_decref(vm, retval);
            if (vm->interrupted) goto interrupted;
            DISPATCH();
        }
        if (!retval) goto error;
        PUSH(retval);
        if (vm->interrupted) goto interrupted;
        DISPATCH();
    }

interrupted:
    vm->interrupted = 0;
    sl_raise(vm, SL_EXC(KeyboardInterrupt), "");
    goto error;

error:
    /* record this frame in the traceback */
    sl_traceback_add(vm, vm->exc, co, f->globals, f->lasti);
error_noadd:
error_noadd_reraise:
    while (f->nblocks > 0) {
        SlBlock *b = &f->blocks[--f->nblocks];
        if (b->kind == SL_BLOCK_EXCEPT_HANDLER) {
            /* leaving an except handler by an exception: restore exc_info */
            SlValue *level = stack + b->level;
            while (sp > level + 1) sl_xdecref(vm, POP());
            SlValue saved = POP();
            SlValue cur = vm->exc_info;
            vm->exc_info = saved == SL_NONE ? SL_NULL : saved;
            if (saved == SL_NONE) sl_decref(vm, saved);
            sl_xdecref(vm, cur);
            continue;
        }
        /* a try block: jump to its handler */
        uint32_t handler = b->handler;
        SlValue *level = stack + b->level;
        while (sp > level) sl_xdecref(vm, POP());
        SlValue exc = vm->exc;
        vm->exc = SL_NULL;
        SlBlock *h = &f->blocks[f->nblocks++];
        h->kind = SL_BLOCK_EXCEPT_HANDLER;
        h->handler = 0;
        h->level = (uint32_t)(sp - stack);
        PUSH(vm->exc_info ? vm->exc_info : SL_NONE); /* saved (reference moves to the stack) */
        vm->exc_info = sl_incref(exc);
        PUSH(exc);
        pc = handler;
        DISPATCH();
    }
    retval = SL_NULL;
    if (f != entry) goto inline_return;

exit_frame:
    while (sp > stack) sl_xdecref(vm, POP());
    f->sp = 0;
    f->pc = pc;
    vm->frame = f->back;
    vm->depth--;
    if (f->is_gen) f->pc = UINT32_MAX; /* finished */
    return retval;
}

/* ---- generator objects ---------------------------------------------------------------------- */

static SlValue gen_new(SlVM *vm, SlFunction *fn, SlFrame *f) {
    SlGen *g = (SlGen *)sl_obj_alloc(vm, &sl_generator_type, sizeof(SlGen));
    if (!g) {
        frame_clear(vm, f);
        sl_mem_free(vm, f, sizeof(SlFrame) + frame_slots(fn->code) * sizeof(SlValue));
        sl_decref(vm, SL_OBJ(fn));
        return SL_NULL;
    }
    g->frame = f;
    g->name = sl_incref(fn->name);
    g->qualname = sl_incref(fn->qualname);
    sl_incref(SL_OBJ(fn->code));
    /* the frame holds the function alive via f->func */
    return SL_OBJ(g);
}

static void gen_free_frame(SlVM *vm, SlGen *g) {
    SlFrame *f = g->frame;
    if (!f) return;
    g->frame = NULL;
    SlCode *co = f->code;
    frame_clear(vm, f);
    SlValue func = f->func;
    sl_mem_free(vm, f, sizeof(SlFrame) + frame_slots(co) * sizeof(SlValue));
    sl_decref(vm, SL_OBJ(co));
    sl_xdecref(vm, func);
}

static SlValue gen_resume(SlVM *vm, SlGen *g, SlValue sent, SlValue throw_exc, bool *returned) {
    *returned = false;
    if (g->running) {
        sl_xdecref(vm, throw_exc);
        return sl_raise(vm, SL_EXC(ValueError), "generator already executing");
    }
    SlFrame *f = g->frame;
    if (!f || f->pc == UINT32_MAX) {
        if (throw_exc) {
            vm->exc = throw_exc;
            return SL_NULL;
        }
        *returned = true;
        return SL_NULL;
    }
    if (f->pc == 0 && sent != SL_NONE && !throw_exc)
        return sl_raise(vm, SL_TypeError, "can't send non-None value to a just-started generator");
    if (vm->depth >= vm->recursion_limit) {
        sl_xdecref(vm, throw_exc);
        return sl_raise(vm, SL_EXC(RecursionError), "maximum recursion depth exceeded");
    }
    if (f->pc != 0 && !throw_exc) {
        /* the value of the yield expression */
        SlCode *co = f->code;
        SlValue *stack = f->localsplus + co->nvars;
        stack[f->sp++] = sl_incref(sent);
    }
    g->running = true;
    SlValue r = eval_frame(vm, f, throw_exc);
    g->running = false;
    if (f->pc == UINT32_MAX) {
        /* returned or raised: the generator is finished */
        if (r) {
            *returned = true;
            gen_free_frame(vm, g);
            return r; /* the return value */
        }
        if (sl_exc_matches(vm, SL_StopIteration)) {
            /* PEP 479: a StopIteration escaping a generator is a bug */
            SlValue stop = sl_exc_fetch(vm);
            sl_raise(vm, SL_RuntimeError, "generator raised StopIteration");
            SlValue rt = vm->exc;
            sl_exc_set_cause(vm, rt, stop);
            SlException *re = (SlException *)SL_AS_OBJ(rt);
            if (!re->context) re->context = sl_incref(stop);
            sl_decref(vm, stop);
        }
        gen_free_frame(vm, g);
        return SL_NULL;
    }
    return r;
}

static SlValue gen_send_value(SlVM *vm, SlValue gen, SlValue value, bool *returned) {
    SlValue r = gen_resume(vm, (SlGen *)SL_AS_OBJ(gen), value, SL_NULL, returned);
    if (*returned && !r) r = sl_incref(SL_NONE);
    return r;
}

static SlValue gen_iternext(SlVM *vm, SlValue self) {
    bool returned;
    SlValue r = gen_resume(vm, (SlGen *)SL_AS_OBJ(self), SL_NONE, SL_NULL, &returned);
    if (returned) {
        if (r && r != SL_NONE) {
            sl_raise_stopiteration(vm, r);
            sl_decref(vm, r);
            return SL_NULL;
        }
        sl_xdecref(vm, r);
        return SL_NULL;
    }
    return r;
}

static SlValue gen_send(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    if (!sl_args_check(vm, "send", nargs, kw, 1, 1)) return SL_NULL;
    bool returned;
    SlValue r = gen_resume(vm, (SlGen *)SL_AS_OBJ(self), args[0], SL_NULL, &returned);
    if (returned) {
        sl_raise_stopiteration(vm, r ? r : SL_NONE);
        sl_xdecref(vm, r);
        return SL_NULL;
    }
    return r;
}

static SlValue gen_throw(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    if (!sl_args_check(vm, "throw", nargs, kw, 1, 3)) return SL_NULL;
    SlValue exc = args[0];
    if (SL_IS_OBJ(exc) && (sl_type_of(exc)->flags & SL_TPFLAGS_TYPE_SUBCLASS)) {
        exc = nargs > 1 && args[1] != SL_NONE ? sl_call1(vm, exc, args[1]) : sl_call0(vm, exc);
        if (!exc) return SL_NULL;
    } else {
        sl_incref(exc);
    }
    if (!sl_isinstance_type(exc, SL_EXC(BaseException))) {
        sl_decref(vm, exc);
        return sl_raise(vm, SL_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                        sl_type_name(args[0]));
    }
    SlGen *g = (SlGen *)SL_AS_OBJ(self);
    if (g->frame && g->frame->pc == 0) {
        /* not started: the exception is raised without running the body */
        gen_free_frame(vm, g);
    }
    bool returned;
    SlValue r = gen_resume(vm, g, SL_NONE, exc, &returned);
    if (returned) {
        sl_raise_stopiteration(vm, r ? r : SL_NONE);
        sl_xdecref(vm, r);
        return SL_NULL;
    }
    return r;
}

static SlValue gen_close(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "close", nargs, kw, 0, 0)) return SL_NULL;
    SlGen *g = (SlGen *)SL_AS_OBJ(self);
    if (!g->frame || g->frame->pc == UINT32_MAX || g->frame->pc == 0) {
        gen_free_frame(vm, g);
        return SL_NONE;
    }
    SlValue exc = sl_call0(vm, SL_OBJ(SL_EXC(GeneratorExit)));
    if (!exc) return SL_NULL;
    bool returned;
    SlValue r = gen_resume(vm, g, SL_NONE, exc, &returned);
    if (r && !returned) {
        sl_decref(vm, r);
        return sl_raise(vm, SL_RuntimeError, "generator ignored GeneratorExit");
    }
    if (!r && !returned) {
        if (sl_exc_matches(vm, SL_EXC(GeneratorExit)) || sl_exc_matches(vm, SL_StopIteration)) {
            sl_exc_clear(vm);
            return SL_NONE;
        }
        return SL_NULL;
    }
    sl_xdecref(vm, r);
    return SL_NONE;
}

static SlValue gen_iter(SlVM *vm, SlValue self) {
    (void)vm;
    return sl_incref(self);
}

static void gen_dealloc(SlVM *vm, SlObject *o) {
    SlGen *g = (SlGen *)o;
    if (g->weaklist) sl_weakref_clear_all(vm, SL_OBJ(o));
    if (g->frame && g->frame->pc != 0 && g->frame->pc != UINT32_MAX && !g->running) {
        /* close a suspended generator (runs its finally blocks) */
        o->refcnt = 1;
        SlValue saved_exc = vm->exc;
        vm->exc = SL_NULL;
        SlValue r = gen_close(vm, SL_OBJ(o), NULL, 0, SL_NULL);
        if (!r) sl_exc_clear(vm);
        else sl_decref(vm, r);
        vm->exc = saved_exc;
        o->refcnt = 0;
    }
    gen_free_frame(vm, g);
    sl_xdecref(vm, g->name);
    sl_xdecref(vm, g->qualname);
    sl_obj_free(vm, o);
}

static void gen_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    SlGen *g = (SlGen *)o;
    SlFrame *f = g->frame;
    if (!f) return;
    SlCode *co = f->code;
    size_t nl = co->nvars;
    /* a running generator's saved stack depth is stale: visit only its
     * locals (unvisited references just count as outside ones) */
    size_t n = g->running ? nl : nl + f->sp;
    for (size_t i = 0; i < n; i++)
        if (f->localsplus[i]) visit(f->localsplus[i], arg);
    if (f->func) visit(f->func, arg);
}

static void gen_clear(SlVM *vm, SlObject *o) { gen_free_frame(vm, (SlGen *)o); }

static SlValue gen_repr(SlVM *vm, SlValue v) {
    SlGen *g = (SlGen *)SL_AS_OBJ(v);
    return sl_str_printf(vm, "<generator object %s at %p>", SL_STR_DATA(g->qualname), (void *)v);
}

static SlValue gen_get_name(SlVM *vm, SlValue s) { (void)vm; return sl_incref(((SlGen *)SL_AS_OBJ(s))->name); }
static SlValue gen_get_qualname(SlVM *vm, SlValue s) { (void)vm; return sl_incref(((SlGen *)SL_AS_OBJ(s))->qualname); }
static SlValue gen_get_running(SlVM *vm, SlValue s) { (void)vm; return SL_BOOL(((SlGen *)SL_AS_OBJ(s))->running); }

static const SlMethodDef gen_methods[] = {{"send", gen_send, 0, NULL},
                                          {"throw", gen_throw, 0, NULL},
                                          {"close", gen_close, 0, NULL},
                                          {NULL, NULL, 0, NULL}};
static const SlGetSetDef gen_getsets[] = {{"__name__", gen_get_name, NULL, NULL},
                                          {"__qualname__", gen_get_qualname, NULL, NULL},
                                          {"gi_running", gen_get_running, NULL, NULL},
                                          {NULL, NULL, NULL, NULL}};

SlType sl_generator_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "generator",
    .flags = SL_TPFLAGS_HAVE_GC,
    .basicsize = sizeof(SlGen),
    .weaklistoffset = offsetof(SlGen, weaklist),
    .dealloc = gen_dealloc,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .repr = gen_repr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .methods = gen_methods,
    .getsets = gen_getsets,
};
