/* errors.c: the built-in exception types (CPython's Objects/exceptions.c)
 * and raising (Python/errors.c): implicit chaining through __context__,
 * explicit causes, MemoryError without allocating.
 *
 * Tracebacks (the traceback type and printing) are in traceback.c.
 */
#include "errors.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "args.h"
#include "dict.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

#define EXC(v) ((SlException *)SL_AS_OBJ(v))
#define IS_EXC(v) (SL_IS_OBJ(v) && SL_TYPE_HAS(v, SL_TPFLAGS_EXC_SUBCLASS))
#define IS_TYPE(v) (SL_IS_OBJ(v) && SL_TYPE_HAS(v, SL_TPFLAGS_TYPE_SUBCLASS))

static SlValue none_if_null(SlValue v) { return sl_incref(v ? v : SL_NONE); }

/* ---- per-version facts ----------------------------------------------------------------- */

SlErrFeatures sl_err_features(const SlPyVersion *v) {
    int m = v->major == 3 ? v->minor : 99;
    SlErrFeatures f;
    f.carets = v->traceback_carets;
    f.suggestions = v->name_suggestions;
    f.pytraceback = m >= 13;
    f.qualname = m >= 9;
    f.main_prefix = m <= 10;
    f.notes = m >= 11;
    f.self_and_import = m >= 12;
    f.limit_1000 = m <= 12;
    f.syntax_style = m <= 8 ? 8 : m == 9 ? 9 : m <= 12 ? 10 : 13;
    return f;
}

/* ---- lifetime: one set of functions for every family ----------------------------------- */

/* The built-in type whose layout an instance has (user subclasses append
 * their own words, which type.c handles). */
static SlType *static_base(SlType *t) {
    while (t->flags & SL_TPFLAGS_HEAPTYPE) t = t->base;
    return t;
}

/* The family fields (after the SlException header) of o. */
static SlValue *family_fields(SlObject *o, size_t *n) {
    SlType *sb = static_base(o->type);
    *n = (sb->basicsize - sizeof(SlException)) / sizeof(SlValue);
    return (SlValue *)((char *)o + sizeof(SlException));
}

static void exc_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    SlException *e = (SlException *)o;
    if (e->dict) visit(e->dict, arg);
    if (e->args) visit(e->args, arg);
    if (e->traceback) visit(e->traceback, arg);
    if (e->context) visit(e->context, arg);
    if (e->cause) visit(e->cause, arg);
    if (e->notes) visit(e->notes, arg);
    size_t n;
    SlValue *f = family_fields(o, &n);
    for (size_t i = 0; i < n; i++)
        if (f[i]) visit(f[i], arg);
}

static void exc_clear(SlVM *vm, SlObject *o) {
    SlException *e = (SlException *)o;
    SL_SETREF(vm, e->dict, SL_NULL);
    SL_SETREF(vm, e->args, SL_NULL);
    SL_SETREF(vm, e->traceback, SL_NULL);
    SL_SETREF(vm, e->context, SL_NULL);
    SL_SETREF(vm, e->cause, SL_NULL);
    SL_SETREF(vm, e->notes, SL_NULL);
    size_t n;
    SlValue *f = family_fields(o, &n);
    for (size_t i = 0; i < n; i++) SL_SETREF(vm, f[i], SL_NULL);
}

static void exc_dealloc(SlVM *vm, SlObject *o) {
    exc_clear(vm, o);
    sl_obj_free(vm, o);
}

/* ---- BaseException ------------------------------------------------------------------------- */

static bool has_kwargs(SlValue kwnames) { return kwnames && SL_TUPLE_SIZE(kwnames) > 0; }

static SlValue exc_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs,
                       SlValue kwnames) {
    (void)kwnames; /* checked by __init__, so subclasses may take keywords */
    SlException *e = (SlException *)sl_obj_alloc(vm, type, type->basicsize);
    if (!e) return SL_NULL;
    e->args = sl_tuple_from_array(vm, args, nargs);
    if (!e->args) {
        sl_decref(vm, SL_OBJ(e));
        return SL_NULL;
    }
    return SL_OBJ(e);
}

static bool set_args(SlVM *vm, SlValue self, const SlValue *args, size_t nargs) {
    SlValue t = sl_tuple_from_array(vm, args, nargs);
    if (!t) return false;
    SL_SETREF(vm, EXC(self)->args, t);
    return true;
}

static bool exc_init(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kwnames) {
    if (has_kwargs(kwnames)) {
        sl_raise(vm, SL_TypeError, "%s() takes no keyword arguments", SL_TYPE(self)->name);
        return false;
    }
    return set_args(vm, self, args, nargs);
}

SlValue sl_exc_args(SlValue exc) {
    SlValue a = EXC(exc)->args;
    return a ? a : sl_tuple_new(NULL, 0);
}

static SlValue exc_str(SlVM *vm, SlValue self) {
    SlValue a = sl_exc_args(self);
    switch (SL_TUPLE_SIZE(a)) {
    case 0: return sl_str_new(vm, "", 0);
    case 1: return sl_str(vm, SL_TUPLE_ITEMS(a)[0]);
    default: return sl_str(vm, a);
    }
}

/* The type's __name__ (tp_name after its last dot), as BaseException_repr. */
static const char *short_type_name(SlType *t) {
    const char *dot = strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

static SlValue exc_repr(SlVM *vm, SlValue self) {
    SlValue a = sl_exc_args(self);
    SlBuf b;
    sl_buf_init(&b);
    sl_buf_adds(&b, short_type_name(SL_TYPE(self)));
    bool ok;
    if (SL_TUPLE_SIZE(a) == 1) {
        sl_buf_addc(&b, '(');
        ok = sl_buf_add_repr(vm, &b, SL_TUPLE_ITEMS(a)[0]);
        sl_buf_addc(&b, ')');
    } else {
        ok = sl_buf_add_repr(vm, &b, a);
    }
    if (!ok) {
        sl_buf_free(&b);
        return SL_NULL;
    }
    return sl_buf_finish(vm, &b);
}

/* -- getsets -- */

static SlValue get_args(SlVM *vm, SlValue self) {
    (void)vm;
    return sl_incref(sl_exc_args(self));
}
static bool put_args(SlVM *vm, SlValue self, SlValue v) {
    if (!v) {
        sl_raise(vm, SL_TypeError, "args may not be deleted");
        return false;
    }
    SlValue t = sl_tuple_from_iterable(vm, v);
    if (!t) return false;
    SL_SETREF(vm, EXC(self)->args, t);
    return true;
}

static SlValue get_dict(SlVM *vm, SlValue self) {
    SlException *e = EXC(self);
    if (!e->dict) {
        e->dict = sl_dict_new(vm);
        if (!e->dict) return SL_NULL;
    }
    return sl_incref(e->dict);
}
static bool put_dict(SlVM *vm, SlValue self, SlValue v) {
    if (!v) {
        sl_raise(vm, SL_TypeError, "__dict__ may not be deleted");
        return false;
    }
    if (!SL_IS_DICT(v)) {
        sl_raise(vm, SL_TypeError, "__dict__ must be a dictionary, not '%s'", sl_type_name(v));
        return false;
    }
    SL_SETREF(vm, EXC(self)->dict, sl_incref(v));
    return true;
}

static SlValue get_traceback(SlVM *vm, SlValue self) {
    (void)vm;
    return none_if_null(EXC(self)->traceback);
}
static bool check_traceback(SlVM *vm, SlValue v) {
    if (!v) {
        sl_raise(vm, SL_TypeError, "__traceback__ may not be deleted");
        return false;
    }
    if (v != SL_NONE && !(SL_IS_OBJ(v) && SL_AS_OBJ(v)->type == &sl_traceback_type)) {
        sl_raise(vm, SL_TypeError, "__traceback__ must be a traceback or None");
        return false;
    }
    return true;
}
static bool put_traceback(SlVM *vm, SlValue self, SlValue v) {
    if (!check_traceback(vm, v)) return false;
    SL_SETREF(vm, EXC(self)->traceback, v == SL_NONE ? SL_NULL : sl_incref(v));
    return true;
}

static SlValue get_context(SlVM *vm, SlValue self) {
    (void)vm;
    return none_if_null(EXC(self)->context);
}
static bool put_context(SlVM *vm, SlValue self, SlValue v) {
    if (!v) {
        sl_raise(vm, SL_TypeError, "__context__ may not be deleted");
        return false;
    }
    if (v != SL_NONE && !IS_EXC(v)) {
        sl_raise(vm, SL_TypeError, "exception context must be None or derive from BaseException");
        return false;
    }
    SL_SETREF(vm, EXC(self)->context, v == SL_NONE ? SL_NULL : sl_incref(v));
    return true;
}

static SlValue get_cause(SlVM *vm, SlValue self) {
    (void)vm;
    return none_if_null(EXC(self)->cause);
}
static bool put_cause(SlVM *vm, SlValue self, SlValue v) {
    if (!v) {
        sl_raise(vm, SL_TypeError, "__cause__ may not be deleted");
        return false;
    }
    if (v != SL_NONE && !IS_EXC(v)) {
        sl_raise(vm, SL_TypeError, "exception cause must be None or derive from BaseException");
        return false;
    }
    SL_SETREF(vm, EXC(self)->cause, v == SL_NONE ? SL_NULL : sl_incref(v));
    EXC(self)->suppress_context = true;
    return true;
}

static SlValue get_suppress(SlVM *vm, SlValue self) {
    (void)vm;
    return sl_incref(SL_BOOL(EXC(self)->suppress_context));
}
static bool put_suppress(SlVM *vm, SlValue self, SlValue v) {
    if (!v) {
        sl_raise(vm, SL_TypeError, "can't delete numeric/char attribute");
        return false;
    }
    if (v != SL_TRUE && v != SL_FALSE) {
        sl_raise(vm, SL_TypeError, "attribute value type must be bool");
        return false;
    }
    EXC(self)->suppress_context = v == SL_TRUE;
    return true;
}

static const SlGetSetDef base_getsets[] = {
    {"__suppress_context__", get_suppress, put_suppress, NULL},
    {"__dict__", get_dict, put_dict, NULL},
    {"args", get_args, put_args, NULL},
    {"__traceback__", get_traceback, put_traceback, NULL},
    {"__context__", get_context, put_context, "exception context"},
    {"__cause__", get_cause, put_cause, "exception cause"},
    {NULL, NULL, NULL, NULL}};

/* -- methods -- */

static SlValue m_with_traceback(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                SlValue kw) {
    if (!sl_args_check(vm, "with_traceback", nargs, kw, 1, 1)) return SL_NULL;
    if (!put_traceback(vm, self, args[0])) return SL_NULL;
    return sl_incref(self);
}

static SlValue m_add_note(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    if (!sl_err_features(vm->ver).notes) /* 3.11+: before, there is no such method */
        return sl_raise_attribute_error(vm, self, sl_intern_cstr("add_note"),
                                        "'%s' object has no attribute 'add_note'",
                                        sl_type_name(self));
    if (!sl_args_check(vm, "add_note", nargs, kw, 1, 1)) return SL_NULL;
    if (!SL_IS_STR(args[0]))
        return sl_raise(vm, SL_TypeError, "note must be a str, not '%s'", sl_type_name(args[0]));
    SlValue d = get_dict(vm, self);
    if (!d) return SL_NULL;
    sl_decref(vm, d);
    SlValue notes = sl_dict_get_cstr(d, "__notes__");
    if (!notes) {
        notes = sl_list_new(vm, 0);
        if (!notes) return SL_NULL;
        bool ok = sl_dict_set_cstr(vm, d, "__notes__", notes);
        sl_decref(vm, notes);
        if (!ok) return SL_NULL;
    }
    if (!SL_IS_LIST(notes))
        return sl_raise(vm, SL_TypeError, "Cannot add note: __notes__ is not a list");
    if (!sl_list_append(vm, notes, args[0])) return SL_NULL;
    return sl_incref(SL_NONE);
}

static SlValue m_reduce(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "__reduce__", nargs, kw, 0, 0)) return SL_NULL;
    SlException *e = EXC(self);
    if (e->dict && sl_dict_size(e->dict))
        return sl_tuple_pack(vm, 3, SL_OBJ(SL_TYPE(self)), sl_exc_args(self), e->dict);
    return sl_tuple_pack(vm, 2, SL_OBJ(SL_TYPE(self)), sl_exc_args(self));
}

static SlValue m_setstate(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    if (!sl_args_check(vm, "__setstate__", nargs, kw, 1, 1)) return SL_NULL;
    SlValue st = args[0];
    if (st != SL_NONE) {
        if (!SL_IS_DICT(st)) return sl_raise(vm, SL_TypeError, "state is not a dictionary");
        size_t pos = 0;
        SlValue k, v;
        while (sl_dict_next(st, &pos, &k, &v))
            if (!sl_setattr(vm, self, k, v)) return SL_NULL;
    }
    return sl_incref(SL_NONE);
}

static const SlMethodDef base_methods[] = {
    {"__reduce__", m_reduce, 0, NULL},
    {"__setstate__", m_setstate, 0, NULL},
    {"with_traceback", m_with_traceback, 0,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", m_add_note, 0,
     "Exception.add_note(note) --\n    add a note to the exception"},
    {NULL, NULL, 0, NULL}};

/* ---- family attributes ------------------------------------------------------------------- */

/* A getter/setter pair for one SlValue field of a family struct: reads
 * None while unset, deletable (as CPython's T_OBJECT members). */
#define FIELD(S, f)                                                                      \
    static SlValue get_##S##_##f(SlVM *vm, SlValue self) {                               \
        (void)vm;                                                                        \
        return none_if_null(((S *)SL_AS_OBJ(self))->f);                                  \
    }                                                                                    \
    static bool set_##S##_##f(SlVM *vm, SlValue self, SlValue v) {                       \
        SL_SETREF(vm, ((S *)SL_AS_OBJ(self))->f, v ? sl_incref(v) : SL_NULL);            \
        return true;                                                                     \
    }
#define FIELD_DEF(S, f, doc) {#f, get_##S##_##f, set_##S##_##f, doc}
#define FIELD_DEF_AS(S, f, name, doc) {name, get_##S##_##f, set_##S##_##f, doc}

/* Assign a family field (v borrowed, may be SL_NULL). */
#define SETF(vm, S, self, f, v) SL_SETREF((vm), ((S *)SL_AS_OBJ(self))->f, (v) ? sl_incref(v) : SL_NULL)

/* Parse keyword-only arguments of __init__ ("|$OO:Name"): out[i] borrowed or SL_NULL. */
static bool kwonly(SlVM *vm, SlValue self, SlValue kwnames, const SlValue *kwvalues,
                   const char *const *names, SlValue *out) {
    for (size_t i = 0; names[i]; i++) out[i] = SL_NULL;
    if (!kwnames) return true;
    for (size_t k = 0; k < SL_TUPLE_SIZE(kwnames); k++) {
        SlValue key = SL_TUPLE_ITEMS(kwnames)[k];
        size_t i = 0;
        while (names[i] && !sl_str_eq_cstr(key, names[i])) i++;
        if (!names[i]) {
            sl_raise(vm, SL_TypeError, "'%s' is an invalid keyword argument for %s()",
                     SL_STR_DATA(key), short_type_name(static_base(SL_TYPE(self))));
            return false;
        }
        out[i] = kwvalues[k];
    }
    return true;
}

/* -- StopIteration: value -- */
FIELD(SlStopIterationObject, value)
static bool stopiteration_init(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                               SlValue kw) {
    if (!exc_init(vm, self, args, nargs, kw)) return false;
    SETF(vm, SlStopIterationObject, self, value, nargs ? args[0] : SL_NONE);
    return true;
}
static const SlGetSetDef stopiteration_getsets[] = {
    FIELD_DEF(SlStopIterationObject, value, "generator return value"),
    {NULL, NULL, NULL, NULL}};

/* -- SystemExit: code -- */
FIELD(SlSystemExitObject, code)
static bool systemexit_init(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                            SlValue kw) {
    if (!exc_init(vm, self, args, nargs, kw)) return false;
    SETF(vm, SlSystemExitObject, self, code,
         nargs == 0 ? SL_NONE : nargs == 1 ? args[0] : EXC(self)->args);
    return true;
}
static const SlGetSetDef systemexit_getsets[] = {
    FIELD_DEF(SlSystemExitObject, code, "exception code"),
    {NULL, NULL, NULL, NULL}};

/* -- ImportError: msg, name, path (name_from is internal, 3.12+) -- */
FIELD(SlImportErrorObject, msg)
FIELD(SlImportErrorObject, name)
FIELD(SlImportErrorObject, path)
FIELD(SlImportErrorObject, name_from)
static bool importerror_init(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                             SlValue kw) {
    static const char *const names[] = {"name", "path", NULL};
    SlValue kv[2];
    if (!kwonly(vm, self, kw, args + nargs, names, kv)) return false;
    if (!set_args(vm, self, args, nargs)) return false;
    SETF(vm, SlImportErrorObject, self, name, kv[0]);
    SETF(vm, SlImportErrorObject, self, path, kv[1]);
    SETF(vm, SlImportErrorObject, self, msg, nargs == 1 ? args[0] : SL_NULL);
    return true;
}
static SlValue importerror_str(SlVM *vm, SlValue self) {
    SlValue msg = ((SlImportErrorObject *)SL_AS_OBJ(self))->msg;
    if (msg && SL_IS_EXACT_STR(msg)) return sl_incref(msg);
    return exc_str(vm, self);
}
static const SlGetSetDef importerror_getsets[] = {
    FIELD_DEF(SlImportErrorObject, msg, "exception message"),
    FIELD_DEF(SlImportErrorObject, name, "module name"),
    FIELD_DEF(SlImportErrorObject, path, "module path"),
    FIELD_DEF(SlImportErrorObject, name_from, "name imported from module"),
    {NULL, NULL, NULL, NULL}};

/* -- AttributeError: name, obj (3.10+) -- */
FIELD(SlAttributeErrorObject, name)
FIELD(SlAttributeErrorObject, obj)
/* The keywords name= and obj= (and NameError's name=) came with the
 * suggestions, in 3.10: before, these take no keyword arguments. */
static bool has_name_keywords(SlVM *vm) { return sl_err_features(vm->ver).suggestions; }

static bool attributeerror_init(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                SlValue kw) {
    static const char *const names[] = {"name", "obj", NULL};
    if (!has_name_keywords(vm)) return exc_init(vm, self, args, nargs, kw);
    SlValue kv[2];
    if (!kwonly(vm, self, kw, args + nargs, names, kv)) return false;
    if (!set_args(vm, self, args, nargs)) return false;
    SETF(vm, SlAttributeErrorObject, self, name, kv[0]);
    SETF(vm, SlAttributeErrorObject, self, obj, kv[1]);
    return true;
}
static const SlGetSetDef attributeerror_getsets[] = {
    FIELD_DEF(SlAttributeErrorObject, name, "attribute name"),
    FIELD_DEF(SlAttributeErrorObject, obj, "object"),
    {NULL, NULL, NULL, NULL}};

/* -- NameError: name (3.10+) -- */
FIELD(SlNameErrorObject, name)
static bool nameerror_init(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                           SlValue kw) {
    static const char *const names[] = {"name", NULL};
    if (!has_name_keywords(vm)) return exc_init(vm, self, args, nargs, kw);
    SlValue kv[1];
    if (!kwonly(vm, self, kw, args + nargs, names, kv)) return false;
    if (!set_args(vm, self, args, nargs)) return false;
    SETF(vm, SlNameErrorObject, self, name, kv[0]);
    return true;
}
static const SlGetSetDef nameerror_getsets[] = {
    FIELD_DEF(SlNameErrorObject, name, "name"),
    {NULL, NULL, NULL, NULL}};

/* -- SyntaxError: msg, filename, lineno, offset, text, end_lineno, end_offset -- */
FIELD(SlSyntaxErrorObject, msg)
FIELD(SlSyntaxErrorObject, filename)
FIELD(SlSyntaxErrorObject, lineno)
FIELD(SlSyntaxErrorObject, offset)
FIELD(SlSyntaxErrorObject, text)
FIELD(SlSyntaxErrorObject, end_lineno)
FIELD(SlSyntaxErrorObject, end_offset)
FIELD(SlSyntaxErrorObject, print_file_and_line)
static bool syntaxerror_init(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                             SlValue kw) {
    if (!exc_init(vm, self, args, nargs, kw)) return false;
    if (nargs >= 1) SETF(vm, SlSyntaxErrorObject, self, msg, args[0]);
    if (nargs != 2) return true;
    SlValue info = sl_tuple_from_iterable(vm, args[1]);
    if (!info) return false;
    size_t n = SL_TUPLE_SIZE(info);
    if (!vm->ver->syntax_error_new_parser && n != 4) {
        /* 3.8-3.9: exactly (filename, lineno, offset, text), with this message */
        sl_raise(vm, SL_IndexError, "tuple index out of range");
        sl_decref(vm, info);
        return false;
    }
    if (n < 4 || n > 6) {
        sl_raise(vm, SL_TypeError, "function takes %s %d arguments (%d given)",
                 n < 4 ? "at least" : "at most", n < 4 ? 4 : 6, (int)n);
        sl_decref(vm, info);
        return false;
    }
    SlValue *it = SL_TUPLE_ITEMS(info);
    SETF(vm, SlSyntaxErrorObject, self, filename, it[0]);
    SETF(vm, SlSyntaxErrorObject, self, lineno, it[1]);
    SETF(vm, SlSyntaxErrorObject, self, offset, it[2]);
    SETF(vm, SlSyntaxErrorObject, self, text, it[3]);
    SETF(vm, SlSyntaxErrorObject, self, end_lineno, n > 4 ? it[4] : SL_NULL);
    SETF(vm, SlSyntaxErrorObject, self, end_offset, n > 5 ? it[5] : SL_NULL);
    sl_decref(vm, info);
    if (n == 5) {
        sl_raise(vm, SL_TypeError, "end_offset must be provided when end_lineno is provided");
        return false;
    }
    return true;
}
static SlValue syntaxerror_str(SlVM *vm, SlValue self) {
    SlSyntaxErrorObject *s = (SlSyntaxErrorObject *)SL_AS_OBJ(self);
    SlValue msg = s->msg ? s->msg : SL_NONE;
    const char *fname = NULL;
    if (s->filename && SL_IS_STR(s->filename)) {
        const char *slash = strrchr(SL_STR_DATA(s->filename), '/');
        fname = slash ? slash + 1 : SL_STR_DATA(s->filename);
    }
    bool have_lineno = s->lineno && SL_IS_INT(s->lineno) && SL_TYPE(s->lineno) == &sl_int_type;
    if (!fname && !have_lineno) return sl_str(vm, msg);
    SlBuf b;
    sl_buf_init(&b);
    if (!sl_buf_add_str(vm, &b, msg)) {
        sl_buf_free(&b);
        return SL_NULL;
    }
    if (fname && have_lineno)
        sl_buf_printf(&b, " (%s, line %lld)", fname, (long long)SL_INT_VAL(s->lineno));
    else if (fname)
        sl_buf_printf(&b, " (%s)", fname);
    else
        sl_buf_printf(&b, " (line %lld)", (long long)SL_INT_VAL(s->lineno));
    return sl_buf_finish(vm, &b);
}
static const SlGetSetDef syntaxerror_getsets[] = {
    FIELD_DEF(SlSyntaxErrorObject, msg, "exception msg"),
    FIELD_DEF(SlSyntaxErrorObject, filename, "exception filename"),
    FIELD_DEF(SlSyntaxErrorObject, lineno, "exception lineno"),
    FIELD_DEF(SlSyntaxErrorObject, offset, "exception offset"),
    FIELD_DEF(SlSyntaxErrorObject, text, "exception text"),
    FIELD_DEF(SlSyntaxErrorObject, end_lineno, "exception end lineno"),
    FIELD_DEF(SlSyntaxErrorObject, end_offset, "exception end offset"),
    FIELD_DEF(SlSyntaxErrorObject, print_file_and_line, "exception print_file_and_line"),
    {NULL, NULL, NULL, NULL}};

/* -- OSError: errno, strerror, filename, filename2 -- */
FIELD(SlOSErrorObject, myerrno)
FIELD(SlOSErrorObject, strerror)
FIELD(SlOSErrorObject, filename)
FIELD(SlOSErrorObject, filename2)

static bool oserror_init(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw);

/* errno -> subclass, for the subclasses slotlab has (CPython's errnomap) */
static SlType *errno_type(int e) {
    switch (e) {
    case EAGAIN: case EALREADY: case EINPROGRESS: return SL_EXC(BlockingIOError);
#if defined(EWOULDBLOCK) && EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK: return SL_EXC(BlockingIOError);
#endif
    case ECHILD: return SL_EXC(ChildProcessError);
    case EPIPE: case ESHUTDOWN: return SL_EXC(BrokenPipeError);
    case ECONNABORTED: return SL_EXC(ConnectionAbortedError);
    case ECONNREFUSED: return SL_EXC(ConnectionRefusedError);
    case ECONNRESET: return SL_EXC(ConnectionResetError);
    case EEXIST: return SL_EXC(FileExistsError);
    case ENOENT: return SL_EXC(FileNotFoundError);
    case EISDIR: return SL_EXC(IsADirectoryError);
    case ENOTDIR: return SL_EXC(NotADirectoryError);
    case EINTR: return SL_EXC(InterruptedError);
    case EACCES: case EPERM: return SL_EXC(PermissionError);
    case ESRCH: return SL_EXC(ProcessLookupError);
    case ETIMEDOUT: return SL_EXC(TimeoutError);
    default: return NULL;
    }
}

/* oserror_parse_args + oserror_init: (errno, strerror[, filename[, winerror[, filename2]]]) */
static bool oserror_fill(SlVM *vm, SlValue self, const SlValue *args, size_t nargs) {
    /* with a filename, args keeps only (errno, strerror) */
    bool has_filename = nargs >= 3 && nargs <= 5 && args[2] != SL_NONE;
    SlValue a = sl_tuple_from_array(vm, args, has_filename ? 2 : nargs);
    if (!a) return false;
    SL_SETREF(vm, EXC(self)->args, a);
    if (nargs >= 2 && nargs <= 5) {
        SETF(vm, SlOSErrorObject, self, myerrno, args[0]);
        SETF(vm, SlOSErrorObject, self, strerror, args[1]);
        if (nargs >= 3 && args[2] != SL_NONE) {
            SETF(vm, SlOSErrorObject, self, filename, args[2]);
            if (nargs >= 5 && args[4] != SL_NONE) SETF(vm, SlOSErrorObject, self, filename2, args[4]);
        }
    }
    return true;
}

static SlValue oserror_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs,
                           SlValue kwnames) {
    bool use_init = type->init != oserror_init;
    if (!use_init) {
        if (has_kwargs(kwnames))
            return sl_raise(vm, SL_TypeError, "%s() takes no keyword arguments", type->name);
        if (type == SL_EXC(OSError) && nargs >= 2 && nargs <= 5 && SL_IS_INT(args[0])) {
            SlType *t = errno_type((int)SL_INT_VAL(args[0]));
            if (t) type = t;
        }
    }
    SlValue self = exc_new(vm, type, args, nargs, kwnames);
    if (!self) return SL_NULL;
    if (!use_init && !oserror_fill(vm, self, args, nargs)) {
        sl_decref(vm, self);
        return SL_NULL;
    }
    if (use_init) SL_SETREF(vm, EXC(self)->args, sl_tuple_new(vm, 0));
    return self;
}

static bool oserror_init(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    if (SL_TYPE(self)->init == oserror_init) return true; /* done by __new__ */
    if (has_kwargs(kw)) {
        sl_raise(vm, SL_TypeError, "%s() takes no keyword arguments", SL_TYPE(self)->name);
        return false;
    }
    return oserror_fill(vm, self, args, nargs);
}

static SlValue oserror_str(SlVM *vm, SlValue self) {
    SlOSErrorObject *o = (SlOSErrorObject *)SL_AS_OBJ(self);
    if (!o->filename && !(o->myerrno && o->strerror)) return exc_str(vm, self);
    SlBuf b;
    sl_buf_init(&b);
    sl_buf_adds(&b, "[Errno ");
    bool ok = sl_buf_add_str(vm, &b, o->myerrno ? o->myerrno : SL_NONE);
    sl_buf_adds(&b, "] ");
    ok = ok && sl_buf_add_str(vm, &b, o->strerror ? o->strerror : SL_NONE);
    if (ok && o->filename) {
        sl_buf_adds(&b, ": ");
        ok = sl_buf_add_repr(vm, &b, o->filename);
        if (ok && o->filename2) {
            sl_buf_adds(&b, " -> ");
            ok = sl_buf_add_repr(vm, &b, o->filename2);
        }
    }
    if (!ok) {
        sl_buf_free(&b);
        return SL_NULL;
    }
    return sl_buf_finish(vm, &b);
}
static SlValue get_written(SlVM *vm, SlValue self) {
    SlValue w = ((SlOSErrorObject *)SL_AS_OBJ(self))->written;
    if (!w) return sl_raise(vm, SL_AttributeError, "characters_written");
    return sl_incref(w);
}
static bool set_written(SlVM *vm, SlValue self, SlValue v) {
    SlOSErrorObject *o = (SlOSErrorObject *)SL_AS_OBJ(self);
    if (!v) {
        if (!o->written) {
            sl_raise(vm, SL_AttributeError, "characters_written");
            return false;
        }
        SL_SETREF(vm, o->written, SL_NULL);
        return true;
    }
    SlValue i = sl_index(vm, v);
    if (!i) return false;
    SL_SETREF(vm, o->written, i);
    return true;
}

static const SlGetSetDef oserror_getsets[] = {
    {"characters_written", get_written, set_written, NULL},
    FIELD_DEF_AS(SlOSErrorObject, myerrno, "errno", "POSIX exception code"),
    FIELD_DEF(SlOSErrorObject, strerror, "exception strerror"),
    FIELD_DEF(SlOSErrorObject, filename, "exception filename"),
    FIELD_DEF(SlOSErrorObject, filename2, "second exception filename"),
    {NULL, NULL, NULL, NULL}};

/* -- UnicodeDecodeError / UnicodeEncodeError: encoding, object, start, end, reason -- */
FIELD(SlUnicodeErrorObject, encoding)
FIELD(SlUnicodeErrorObject, object)
FIELD(SlUnicodeErrorObject, start)
FIELD(SlUnicodeErrorObject, end)
FIELD(SlUnicodeErrorObject, reason)

static bool unicodeerr_init(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw,
                            bool decode) {
    if (!exc_init(vm, self, args, nargs, kw)) return false;
    if (nargs != 5) {
        sl_raise(vm, SL_TypeError, "function takes exactly 5 arguments (%d given)", (int)nargs);
        return false;
    }
    if (!SL_IS_STR(args[0]) || (decode ? !SL_IS_BYTES(args[1]) : !SL_IS_STR(args[1])) ||
        !SL_IS_INT(args[2]) || !SL_IS_INT(args[3]) || !SL_IS_STR(args[4])) {
        sl_raise(vm, SL_TypeError, "argument %d must be %s", !SL_IS_STR(args[0]) ? 1 : 2,
                 "of the right type");
        return false;
    }
    SETF(vm, SlUnicodeErrorObject, self, encoding, args[0]);
    SETF(vm, SlUnicodeErrorObject, self, object, args[1]);
    SETF(vm, SlUnicodeErrorObject, self, start, args[2]);
    SETF(vm, SlUnicodeErrorObject, self, end, args[3]);
    SETF(vm, SlUnicodeErrorObject, self, reason, args[4]);
    return true;
}
static bool unicodedecode_init(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                               SlValue kw) {
    return unicodeerr_init(vm, self, args, nargs, kw, true);
}
static bool unicodeencode_init(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                               SlValue kw) {
    return unicodeerr_init(vm, self, args, nargs, kw, false);
}
static SlValue unicodeerr_str(SlVM *vm, SlValue self, bool decode) {
    SlUnicodeErrorObject *u = (SlUnicodeErrorObject *)SL_AS_OBJ(self);
    if (!u->object || !u->encoding || !u->reason || !SL_IS_INT(u->start) || !SL_IS_INT(u->end))
        return sl_str_new(vm, "", 0);
    int64_t start = SL_INT_VAL(u->start), end = SL_INT_VAL(u->end);
    const char *enc = SL_IS_STR(u->encoding) ? SL_STR_DATA(u->encoding) : "?";
    const char *reason = SL_IS_STR(u->reason) ? SL_STR_DATA(u->reason) : "?";
    char ch[16];
    if (decode) {
        size_t size = SL_IS_BYTES(u->object) ? SL_BYTES(u->object)->size : 0;
        if (start >= 0 && (size_t)start < size && end == start + 1)
            return sl_str_printf(vm, "'%s' codec can't decode byte 0x%s in position %lld: %s", enc,
                                 (snprintf(ch, sizeof ch, "%02x",
                                           SL_BYTES(u->object)->data[start]), ch),
                                 (long long)start, reason);
        return sl_str_printf(vm, "'%s' codec can't decode bytes in position %lld-%lld: %s", enc,
                             (long long)start, (long long)(end - 1), reason);
    }
    size_t len = SL_IS_STR(u->object) ? SL_STR_LEN(u->object) : 0;
    if (start >= 0 && (size_t)start < len && end == start + 1) {
        uint32_t c = sl_str_codepoint_at(u->object, (size_t)start);
        if (c <= 0xff) snprintf(ch, sizeof ch, "\\x%02x", (unsigned)c);
        else if (c <= 0xffff) snprintf(ch, sizeof ch, "\\u%04x", (unsigned)c);
        else snprintf(ch, sizeof ch, "\\U%08x", (unsigned)c);
        return sl_str_printf(vm, "'%s' codec can't encode character '%s' in position %lld: %s",
                             enc, ch, (long long)start, reason);
    }
    return sl_str_printf(vm, "'%s' codec can't encode characters in position %lld-%lld: %s", enc,
                         (long long)start, (long long)(end - 1), reason);
}
/* UnicodeTranslateError(object, start, end, reason) */
static bool unicodetranslate_init(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                  SlValue kw) {
    if (!exc_init(vm, self, args, nargs, kw)) return false;
    if (nargs != 4) {
        sl_raise(vm, SL_TypeError, "function takes exactly 4 arguments (%d given)", (int)nargs);
        return false;
    }
    if (!SL_IS_STR(args[0]) || !SL_IS_INT(args[1]) || !SL_IS_INT(args[2]) || !SL_IS_STR(args[3])) {
        sl_raise(vm, SL_TypeError, "argument must be of the right type");
        return false;
    }
    SETF(vm, SlUnicodeErrorObject, self, object, args[0]);
    SETF(vm, SlUnicodeErrorObject, self, start, args[1]);
    SETF(vm, SlUnicodeErrorObject, self, end, args[2]);
    SETF(vm, SlUnicodeErrorObject, self, reason, args[3]);
    return true;
}
static SlValue unicodetranslate_str(SlVM *vm, SlValue self) {
    SlUnicodeErrorObject *u = (SlUnicodeErrorObject *)SL_AS_OBJ(self);
    if (!u->object || !SL_IS_STR(u->object) || !u->reason || !SL_IS_STR(u->reason) ||
        !SL_IS_INT(u->start) || !SL_IS_INT(u->end))
        return sl_str_new(vm, "", 0);
    int64_t start = SL_INT_VAL(u->start), end = SL_INT_VAL(u->end);
    const char *reason = SL_STR_DATA(u->reason);
    if (start >= 0 && (size_t)start < SL_STR_LEN(u->object) && end == start + 1) {
        char ch[16];
        uint32_t c = sl_str_codepoint_at(u->object, (size_t)start);
        if (c <= 0xff) snprintf(ch, sizeof ch, "\\x%02x", (unsigned)c);
        else if (c <= 0xffff) snprintf(ch, sizeof ch, "\\u%04x", (unsigned)c);
        else snprintf(ch, sizeof ch, "\\U%08x", (unsigned)c);
        return sl_str_printf(vm, "can't translate character '%s' in position %lld: %s", ch,
                             (long long)start, reason);
    }
    return sl_str_printf(vm, "can't translate characters in position %lld-%lld: %s",
                         (long long)start, (long long)(end - 1), reason);
}
static SlValue unicodedecode_str(SlVM *vm, SlValue self) { return unicodeerr_str(vm, self, true); }
static SlValue unicodeencode_str(SlVM *vm, SlValue self) { return unicodeerr_str(vm, self, false); }
static const SlGetSetDef unicodeerror_getsets[] = {
    FIELD_DEF(SlUnicodeErrorObject, encoding, "exception encoding"),
    FIELD_DEF(SlUnicodeErrorObject, object, "exception object"),
    FIELD_DEF(SlUnicodeErrorObject, start, "exception start"),
    FIELD_DEF(SlUnicodeErrorObject, end, "exception end"),
    FIELD_DEF(SlUnicodeErrorObject, reason, "exception reason"),
    {NULL, NULL, NULL, NULL}};

/* -- KeyError: str is repr(key) for a single argument -- */
static SlValue keyerror_str(SlVM *vm, SlValue self) {
    SlValue a = sl_exc_args(self);
    if (SL_TUPLE_SIZE(a) == 1) return sl_repr(vm, SL_TUPLE_ITEMS(a)[0]);
    return exc_str(vm, self);
}

/* ---- the type objects ------------------------------------------------------------------ */

#define EXC_FLAGS (SL_TPFLAGS_BASETYPE | SL_TPFLAGS_HAVE_GC | SL_TPFLAGS_EXC_SUBCLASS)
#define EXC_HEAD(NAME, BASE, DOC)                                                        \
    .ob = SL_STATIC_HEAD(&sl_type_type), .name = #NAME, .base = BASE, .flags = EXC_FLAGS, \
    .dictoffset = offsetof(SlException, dict), .doc = DOC

/* A type with nothing of its own: everything is inherited from its base. */
#define SIMPLE(NAME, BASE, DOC) \
    SlType sl_exc_##NAME = {EXC_HEAD(NAME, &sl_exc_##BASE, DOC)};

SlType sl_exc_BaseException = {
    EXC_HEAD(BaseException, &sl_object_type, "Common base class for all exceptions"),
    .basicsize = sizeof(SlException),
    .dealloc = exc_dealloc, .traverse = exc_traverse, .clear = exc_clear,
    .new_ = exc_new, .init = exc_init, .repr = exc_repr, .str = exc_str,
    .methods = base_methods, .getsets = base_getsets,
};

SlType sl_exc_SystemExit = {
    EXC_HEAD(SystemExit, &sl_exc_BaseException, "Request to exit from the interpreter."),
    .basicsize = sizeof(SlSystemExitObject), .init = systemexit_init,
    .getsets = systemexit_getsets,
};
SIMPLE(KeyboardInterrupt, BaseException, "Program interrupted by user.")
SIMPLE(GeneratorExit, BaseException, "Request that a generator exit.")
SIMPLE(Exception, BaseException, "Common base class for all non-exit exceptions.")
SlType sl_exc_StopIteration = {
    EXC_HEAD(StopIteration, &sl_exc_Exception, "Signal the end from iterator.__next__()."),
    .basicsize = sizeof(SlStopIterationObject), .init = stopiteration_init,
    .getsets = stopiteration_getsets,
};
SIMPLE(StopAsyncIteration, Exception, "Signal the end from iterator.__anext__().")
SIMPLE(ArithmeticError, Exception, "Base class for arithmetic errors.")
SIMPLE(FloatingPointError, ArithmeticError, "Floating-point operation failed.")
SIMPLE(OverflowError, ArithmeticError, "Result too large to be represented.")
SIMPLE(ZeroDivisionError, ArithmeticError,
       "Second argument to a division or modulo operation was zero.")
SIMPLE(AssertionError, Exception, "Assertion failed.")
SlType sl_exc_AttributeError = {
    EXC_HEAD(AttributeError, &sl_exc_Exception, "Attribute not found."),
    .basicsize = sizeof(SlAttributeErrorObject), .init = attributeerror_init,
    .getsets = attributeerror_getsets,
};
SIMPLE(BufferError, Exception, "Buffer error.")
SIMPLE(EOFError, Exception, "Read beyond end of file.")
SlType sl_exc_ImportError = {
    EXC_HEAD(ImportError, &sl_exc_Exception,
             "Import can't find module, or can't find name in module."),
    .basicsize = sizeof(SlImportErrorObject), .init = importerror_init, .str = importerror_str,
    .getsets = importerror_getsets,
};
SIMPLE(ModuleNotFoundError, ImportError, "Module not found.")
SIMPLE(LookupError, Exception, "Base class for lookup errors.")
SIMPLE(IndexError, LookupError, "Sequence index out of range.")
SlType sl_exc_KeyError = {
    EXC_HEAD(KeyError, &sl_exc_LookupError, "Mapping key not found."),
    .str = keyerror_str,
};
SIMPLE(MemoryError, Exception, "Out of memory.")
SlType sl_exc_NameError = {
    EXC_HEAD(NameError, &sl_exc_Exception, "Name not found globally."),
    .basicsize = sizeof(SlNameErrorObject), .init = nameerror_init,
    .getsets = nameerror_getsets,
};
SIMPLE(UnboundLocalError, NameError, "Local name referenced but not bound to a value.")
SlType sl_exc_OSError = {
    EXC_HEAD(OSError, &sl_exc_Exception, "Base class for I/O related errors."),
    .basicsize = sizeof(SlOSErrorObject), .new_ = oserror_new, .init = oserror_init,
    .str = oserror_str, .getsets = oserror_getsets,
};
SIMPLE(FileNotFoundError, OSError, "File not found.")
SIMPLE(FileExistsError, OSError, "File already exists.")
SIMPLE(PermissionError, OSError, "Not enough permissions.")
SIMPLE(IsADirectoryError, OSError, "Operation doesn't work on directories.")
SIMPLE(TimeoutError, OSError, "Timeout expired.")
SIMPLE(BlockingIOError, OSError, "I/O operation would block.")
SIMPLE(ChildProcessError, OSError, "Child process error.")
SIMPLE(ConnectionError, OSError, "Connection error.")
SIMPLE(BrokenPipeError, ConnectionError, "Broken pipe.")
SIMPLE(ConnectionAbortedError, ConnectionError, "Connection aborted.")
SIMPLE(ConnectionRefusedError, ConnectionError, "Connection refused.")
SIMPLE(ConnectionResetError, ConnectionError, "Connection reset.")
SIMPLE(InterruptedError, OSError, "Interrupted by signal.")
SIMPLE(NotADirectoryError, OSError, "Operation only works on directories.")
SIMPLE(ProcessLookupError, OSError, "Process not found.")
SIMPLE(ReferenceError, Exception, "Weak ref proxy used after referent went away.")
SIMPLE(RuntimeError, Exception, "Unspecified run-time error.")
SIMPLE(NotImplementedError, RuntimeError, "Method or function hasn't been implemented yet.")
SIMPLE(RecursionError, RuntimeError, "Recursion limit exceeded.")
SlType sl_exc_SyntaxError = {
    EXC_HEAD(SyntaxError, &sl_exc_Exception, "Invalid syntax."),
    .basicsize = sizeof(SlSyntaxErrorObject), .init = syntaxerror_init, .str = syntaxerror_str,
    .getsets = syntaxerror_getsets,
};
SIMPLE(IndentationError, SyntaxError, "Improper indentation.")
SIMPLE(TabError, IndentationError, "Improper mixture of spaces and tabs.")
SIMPLE(SystemError, Exception,
       "Internal error in the Python interpreter.\n\n"
       "Please report this to the Python maintainer, along with the traceback,\n"
       "the Python version, and the hardware/OS platform and version.")
SIMPLE(TypeError, Exception, "Inappropriate argument type.")
SIMPLE(ValueError, Exception, "Inappropriate argument value (of correct type).")
SIMPLE(UnicodeError, ValueError, "Unicode related error.")
SlType sl_exc_UnicodeDecodeError = {
    EXC_HEAD(UnicodeDecodeError, &sl_exc_UnicodeError, "Unicode decoding error."),
    .basicsize = sizeof(SlUnicodeErrorObject), .init = unicodedecode_init,
    .str = unicodedecode_str, .getsets = unicodeerror_getsets,
};
SlType sl_exc_UnicodeEncodeError = {
    EXC_HEAD(UnicodeEncodeError, &sl_exc_UnicodeError, "Unicode encoding error."),
    .basicsize = sizeof(SlUnicodeErrorObject), .init = unicodeencode_init,
    .str = unicodeencode_str, .getsets = unicodeerror_getsets,
};
SlType sl_exc_UnicodeTranslateError = {
    EXC_HEAD(UnicodeTranslateError, &sl_exc_UnicodeError, "Unicode translation error."),
    .basicsize = sizeof(SlUnicodeErrorObject), .init = unicodetranslate_init,
    .str = unicodetranslate_str, .getsets = unicodeerror_getsets,
};
SIMPLE(Warning, Exception, "Base class for warning categories.")
SIMPLE(UserWarning, Warning, "Base class for warnings generated by user code.")
SIMPLE(DeprecationWarning, Warning, "Base class for warnings about deprecated features.")
SIMPLE(PendingDeprecationWarning, Warning,
       "Base class for warnings about features which will be deprecated\nin the future.")
SIMPLE(SyntaxWarning, Warning, "Base class for warnings about dubious syntax.")
SIMPLE(RuntimeWarning, Warning, "Base class for warnings about dubious runtime behavior.")
SIMPLE(FutureWarning, Warning,
       "Base class for warnings about constructs that will change semantically\nin the future.")
SIMPLE(ImportWarning, Warning, "Base class for warnings about probable mistakes in module imports")
SIMPLE(UnicodeWarning, Warning,
       "Base class for warnings about Unicode related problems, mostly\n"
       "related to conversion problems.")
SIMPLE(BytesWarning, Warning,
       "Base class for warnings about bytes and buffer related problems, mostly\n"
       "related to conversion from str or comparing to str.")
SIMPLE(ResourceWarning, Warning, "Base class for warnings about resource usage.")
SIMPLE(EncodingWarning, Warning, "Base class for warnings about encodings.")
SIMPLE(PythonFinalizationError, RuntimeError, "Operation blocked during Python finalization.")
SIMPLE(_IncompleteInputError, SyntaxError, "incomplete input.")

bool sl_exc_type_in_version(const SlType *t, const SlPyVersion *v) {
    int m = v->major == 3 ? v->minor : 99;
    if (t == SL_EXC(EncodingWarning)) return m >= 10;
    if (t == SL_EXC(PythonFinalizationError) || t == SL_EXC(_IncompleteInputError)) return m >= 13;
    return true;
}

SlType *const sl_exception_types[] = {
#define X(name, base) &sl_exc_##name,
    SL_EXCEPTIONS(X)
#undef X
    NULL};

/* ---- creating and raising ------------------------------------------------------------------ */

/* type(*args): new_ then init, as type.__call__ (init is skipped when
 * new_ returns an object that is not an instance of type). */
static SlValue instantiate(SlVM *vm, SlType *type, const SlValue *args, size_t nargs) {
    if (!type->new_) return sl_call(vm, SL_OBJ(type), args, nargs, SL_NULL);
    SlValue e = type->new_(vm, type, args, nargs, SL_NULL);
    if (!e) return SL_NULL;
    SlType *t = sl_type_of(e);
    if (sl_type_is_subtype(t, type) && t->init && !t->init(vm, e, args, nargs, SL_NULL)) {
        sl_decref(vm, e);
        return SL_NULL;
    }
    return e;
}

SlValue sl_exc_make(SlVM *vm, SlType *type, SlValue msg_str) {
    return instantiate(vm, type, &msg_str, msg_str ? 1 : 0);
}

/* Make exc (owned) the pending exception, chaining the exception being
 * handled as its __context__ (CPython's _PyErr_SetObject). */
static void set_pending(SlVM *vm, SlValue exc) {
    SlValue handled = vm->exc_info;
    if (handled && handled != SL_NONE && handled != exc && IS_EXC(handled) && IS_EXC(exc)) {
        /* Avoid creating a cycle through the context chain, without
         * hanging on a cycle that already exists (Floyd's algorithm). */
        SlValue o = handled, slow = handled, ctx;
        bool toggle = false;
        while ((ctx = EXC(o)->context)) {
            if (ctx == exc) {
                SL_SETREF(vm, EXC(o)->context, SL_NULL);
                break;
            }
            o = ctx;
            if (o == slow) break;
            if (toggle) slow = EXC(slow)->context;
            toggle = !toggle;
        }
        SL_SETREF(vm, EXC(exc)->context, sl_incref(handled));
    }
    SlValue old = vm->exc;
    vm->exc = exc;
    sl_xdecref(vm, old);
}

SlValue sl_raise_value(SlVM *vm, SlValue exc) {
    if (IS_TYPE(exc)) {
        SlValue inst = sl_call0(vm, exc);
        sl_decref(vm, exc);
        if (!inst) return SL_NULL;
        exc = inst;
    }
    if (!IS_EXC(exc)) {
        sl_decref(vm, exc);
        return sl_raise(vm, SL_TypeError, "exceptions must derive from BaseException");
    }
    set_pending(vm, exc);
    return SL_NULL;
}

SlValue sl_raise_arg(SlVM *vm, SlType *type, SlValue arg) {
    SlValue e = instantiate(vm, type, &arg, 1);
    if (e) set_pending(vm, e);
    return SL_NULL;
}

static SlValue vraise(SlVM *vm, SlType *type, const char *fmt, va_list ap) {
    SlValue msg = SL_NULL;
    if (fmt[0]) { /* an empty format raises type() with no arguments (PyErr_SetNone) */
        msg = sl_str_vprintf(vm, fmt, ap);
        if (!msg) return SL_NULL;
    }
    SlValue e = sl_exc_make(vm, type, msg);
    sl_xdecref(vm, msg);
    if (e) set_pending(vm, e);
    return SL_NULL;
}

SlValue sl_raise(SlVM *vm, SlType *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vraise(vm, type, fmt, ap);
    va_end(ap);
    return SL_NULL;
}

SlValue sl_raise_attribute_error(SlVM *vm, SlValue obj, SlValue name, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vraise(vm, SL_AttributeError, fmt, ap);
    va_end(ap);
    SlValue e = vm->exc;
    if (e && sl_isinstance_type(e, SL_AttributeError)) {
        SETF(vm, SlAttributeErrorObject, e, name, name);
        SETF(vm, SlAttributeErrorObject, e, obj, obj);
    }
    return SL_NULL;
}

SlValue sl_raise_name_error(SlVM *vm, SlType *type, SlValue name, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vraise(vm, type, fmt, ap);
    va_end(ap);
    /* CPython's format_exc_check_arg sets .name on NameError only, so an
     * UnboundLocalError gets no "Did you mean" */
    SlValue e = vm->exc;
    if (type == SL_NameError && e && sl_isinstance_type(e, SL_NameError))
        SETF(vm, SlNameErrorObject, e, name, name);
    return SL_NULL;
}

SlValue sl_raise_import_error(SlVM *vm, SlType *type, SlValue name, SlValue path,
                              const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vraise(vm, type, fmt, ap);
    va_end(ap);
    SlValue e = vm->exc;
    if (e && sl_isinstance_type(e, SL_EXC(ImportError))) {
        SETF(vm, SlImportErrorObject, e, name, name);
        SETF(vm, SlImportErrorObject, e, path, path);
    }
    return SL_NULL;
}

SlValue sl_raise_oserror(SlVM *vm, int errnum, SlValue filename) {
    SlValue msg = sl_str_from_cstr(vm, strerror(errnum));
    if (!msg) return SL_NULL;
    SlValue args[3] = {SL_FROM_INT(errnum), msg, filename};
    SlValue e = instantiate(vm, SL_EXC(OSError), args, filename ? 3 : 2);
    sl_decref(vm, msg);
    if (e) set_pending(vm, e);
    return SL_NULL;
}

SlValue sl_raise_stopiteration(SlVM *vm, SlValue value) {
    return sl_raise_arg(vm, SL_StopIteration, value);
}

/* The MemoryError of last resort: raised when not even an exception can
 * be allocated.  Its traceback and context are dropped without releasing
 * them (they may belong to a VM that is gone). */
static SlException nomem_static = {
    .ob = SL_STATIC_HEAD(&sl_exc_MemoryError),
};

SlValue sl_raise_nomemory(SlVM *vm) {
    if (!vm) return SL_NULL;
    if (vm->exc == SL_OBJ(&nomem_static)) return SL_NULL; /* allocating below failed */
    SlValue old = vm->exc;
    nomem_static.args = sl_tuple_new(NULL, 0);
    nomem_static.traceback = nomem_static.context = nomem_static.cause = SL_NULL;
    vm->exc = SL_OBJ(&nomem_static);
    SlValue e = exc_new(vm, SL_MemoryError, NULL, 0, SL_NULL);
    vm->exc = old;
    set_pending(vm, e ? e : SL_OBJ(&nomem_static));
    return SL_NULL;
}

SlValue sl_raise_syntax_error(SlVM *vm, SlType *type, const char *msg, const char *filename,
                              int lineno, int offset, int end_lineno, int end_offset,
                              const char *text) {
    return sl_raise_syntax_error_raw(vm, type, msg, filename, lineno, offset, end_lineno, end_offset,
                                     text, true);
}

SlValue sl_raise_syntax_error_raw(SlVM *vm, SlType *type, const char *msg, const char *filename,
                                  int lineno, int offset, int end_lineno, int end_offset,
                                  const char *text, bool add_newline) {
    /* 3.8-3.9: the details are (filename, lineno, offset, text), without end positions */
    bool with_end = vm->ver->syntax_error_new_parser;
    SlValue m = sl_str_from_cstr(vm, msg);
    SlValue fn = filename ? sl_str_from_cstr(vm, filename) : sl_incref(SL_NONE);
    SlValue tx = SL_NONE;
    if (text) {
        /* CPython's text keeps the line's newline */
        size_t n = strlen(text);
        tx = add_newline && n && text[n - 1] != '\n' ? sl_str_printf(vm, "%s\n", text)
                                                       : sl_str_from_cstr(vm, text);
    } else {
        sl_incref(tx);
    }
    SlValue info = SL_NULL, e = SL_NULL;
    if (m && fn && tx) {
        info = with_end ? sl_tuple_pack(vm, 6, fn, SL_FROM_INT(lineno), SL_FROM_INT(offset), tx,
                                        SL_FROM_INT(end_lineno), SL_FROM_INT(end_offset))
                        : sl_tuple_pack(vm, 4, fn, SL_FROM_INT(lineno), SL_FROM_INT(offset), tx);
    }
    if (info) {
        SlValue args[2] = {m, info};
        e = instantiate(vm, type, args, 2);
    }
    sl_xdecref(vm, m);
    sl_xdecref(vm, fn);
    sl_xdecref(vm, tx);
    sl_xdecref(vm, info);
    if (e) set_pending(vm, e);
    return SL_NULL;
}

bool sl_exc_set_cause(SlVM *vm, SlValue exc, SlValue cause) {
    if (cause != SL_NONE && !IS_EXC(cause)) {
        sl_raise(vm, SL_TypeError, "exception causes must derive from BaseException");
        return false;
    }
    SL_SETREF(vm, EXC(exc)->cause, cause == SL_NONE ? SL_NULL : sl_incref(cause));
    EXC(exc)->suppress_context = true;
    return true;
}

/* ---- inspecting the pending exception ------------------------------------------------------ */

bool sl_exc_occurred(SlVM *vm) { return vm->exc != SL_NULL; }

bool sl_exc_matches(SlVM *vm, SlType *type) {
    return vm->exc && sl_isinstance_type(vm->exc, type);
}

SlValue sl_exc_fetch(SlVM *vm) {
    SlValue e = vm->exc;
    vm->exc = SL_NULL;
    return e;
}

void sl_exc_clear(SlVM *vm) {
    SlValue e = vm->exc;
    vm->exc = SL_NULL;
    sl_xdecref(vm, e);
}
