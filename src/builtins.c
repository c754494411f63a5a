/* builtins.c: the builtins module (CPython's Python/bltinmodule.c).
 *
 * Every function here takes the vectorcall arguments and checks them as
 * CPython 3.13's argument clinic does, with its messages; where older
 * versions word a message differently the comment says so, for the
 * per-version table.  print, len and isinstance are on the hot path of
 * most programs: they avoid allocating when they can.
 */
#include "builtins.h"
#include "memmodel.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "args.h"
#include "bytearray.h"
#include "code.h"
#include "complex.h"
#include "dict.h"
#include "errors.h"
#include "float.h"
#include "format.h"
#include "func.h"
#include "int.h"
#include "io.h"
#include "iter.h"
#include "list.h"
#include "module.h"
#include "range.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "types_list.h"
#include "vm.h"

/* Interned names used on hot paths, looked up once per process (interned
 * strings are immortal and shared by every VM). */
static struct {
    SlValue sep, end, file, flush, key, dflt, start, reverse;
    SlValue stdout_, stdin_, stderr_, round, dir, dict, args;
    SlValue instancecheck, subclasscheck, divmod, rdivmod, pow;
    SlValue space, newline, write, builtins;
} S;

static void init_names(void) {
    if (S.sep) return;
#define N(field, text)                                                                             \
    S.field = sl_intern_cstr(text);                                                                \
    (void)sl_str_hash(S.field)
    N(sep, "sep"); N(end, "end"); N(file, "file"); N(flush, "flush"); N(key, "key");
    N(dflt, "default"); N(start, "start"); N(reverse, "reverse");
    N(stdout_, "stdout"); N(stdin_, "stdin"); N(stderr_, "stderr"); N(round, "__round__");
    N(dir, "__dir__"); N(dict, "__dict__"); N(args, "__args__");
    N(instancecheck, "__instancecheck__"); N(subclasscheck, "__subclasscheck__");
    N(divmod, "__divmod__"); N(rdivmod, "__rdivmod__"); N(pow, "__pow__");
    N(space, " "); N(newline, "\n"); N(write, "write"); N(builtins, "__builtins__");
#undef N
}

static bool name_is(SlValue k, SlValue name) { return k == name || sl_str_eq(k, name); }

static size_t kwcount(SlValue kwnames) { return kwnames ? SL_TUPLE_SIZE(kwnames) : 0; }

/* sys.<name> (borrowed), or SL_NULL when missing.  Before sys exists (start-up)
 * the VM's own streams stand in. */
static SlValue sys_stream(SlVM *vm, SlValue name, SlValue fallback) {
    if (vm->sys_module) return sl_dict_get_str(SL_MODULE_DICT(vm->sys_module), name);
    return fallback;
}

#define BUILTIN(fn) static SlValue fn(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, \
                                      SlValue kwnames)

/* ---- print ------------------------------------------------------------------------------ */

/* One piece of print's output: str(v) written to file.  Our own stdout and
 * stderr objects get the bytes directly (no str object for a small int,
 * no bound method, no call). */
static bool print_piece(SlVM *vm, SlValue file, SlValue v) {
    if (sl_io_is_raw_writer(file)) {
        if (SL_IS_EXACT_STR(v)) {
            sl_io_write_raw(file, SL_STR_DATA(v), SL_STR_SIZE(v));
            return true;
        }
        int64_t i;
        if (sl_int_fast(v, &i)) {
            char buf[24], *p = buf + sizeof buf;
            uint64_t u = i < 0 ? (uint64_t)-i : (uint64_t)i; /* |i| < 2**61 */
            do *--p = (char)('0' + u % 10); while ((u /= 10) != 0);
            if (i < 0) *--p = '-';
            sl_io_write_raw(file, p, (size_t)(buf + sizeof buf - p));
            return true;
        }
        if (SL_IS_EXACT_FLOAT(v)) {
            char buf[32];
            sl_double_repr(SL_FLOAT_VAL(v), buf);
            sl_io_write_raw(file, buf, strlen(buf));
            return true;
        }
        SlValue s = sl_str(vm, v);
        if (!s) return false;
        /* str() ran Python code, which may have closed or replaced the stream */
        if (sl_io_is_raw_writer(file)) {
            sl_io_write_raw(file, SL_STR_DATA(s), SL_STR_SIZE(s));
            sl_decref(vm, s);
            return true;
        }
        sl_decref(vm, s);
    }
    SlValue s = sl_str(vm, v);
    if (!s) return false;
    SlValue w = sl_getattr(vm, file, S.write);
    if (!w) {
        sl_decref(vm, s);
        return false;
    }
    SlValue r = sl_call1(vm, w, s);
    sl_decref(vm, w);
    sl_decref(vm, s);
    if (!r) return false;
    sl_decref(vm, r);
    return true;
}

BUILTIN(bi_print) {
    (void)self;
    SlValue sep = SL_NULL, end = SL_NULL, file = SL_NULL, flush = SL_NULL;
    size_t nkw = kwcount(kwnames);
    for (size_t k = 0; k < nkw; k++) {
        SlValue kn = SL_TUPLE_ITEMS(kwnames)[k], v = args[nargs + k];
        if (name_is(kn, S.sep)) sep = v;
        else if (name_is(kn, S.end)) end = v;
        else if (name_is(kn, S.file)) file = v;
        else if (name_is(kn, S.flush)) flush = v;
        else
            /* 3.8-3.12: "'x' is an invalid keyword argument for print()" */
            return sl_raise(vm, SL_TypeError, "print() got an unexpected keyword argument '%s'",
                            SL_STR_DATA(kn));
    }
    if (!file || file == SL_NONE) {
        file = sys_stream(vm, S.stdout_, vm->stdout_obj);
        if (!file) return sl_raise(vm, SL_RuntimeError, "lost sys.stdout");
        if (file == SL_NONE) return SL_NONE; /* sys.stdout = None: print does nothing */
    }
    if (sep == SL_NONE) sep = SL_NULL;
    else if (sep && !SL_IS_STR(sep))
        return sl_raise(vm, SL_TypeError, "sep must be None or a string, not %s", sl_type_name(sep));
    if (end == SL_NONE) end = SL_NULL;
    else if (end && !SL_IS_STR(end))
        return sl_raise(vm, SL_TypeError, "end must be None or a string, not %s", sl_type_name(end));

    sl_incref(file); /* a __str__ may rebind sys.stdout while we print */
    bool ok = true;
    for (size_t i = 0; ok && i < nargs; i++) {
        if (i > 0) ok = print_piece(vm, file, sep ? sep : S.space);
        if (ok) ok = print_piece(vm, file, args[i]);
    }
    if (ok) ok = print_piece(vm, file, end ? end : S.newline);
    if (ok && flush) {
        int t = sl_truthy(vm, flush);
        if (t < 0) ok = false;
        else if (t) {
            SlValue r = sl_call_method(vm, file, "flush", NULL, 0);
            if (!r) ok = false;
            else sl_decref(vm, r);
        }
    }
    sl_decref(vm, file);
    return ok ? SL_NONE : SL_NULL;
}

/* ---- input ------------------------------------------------------------------------------ */

BUILTIN(bi_input) {
    (void)self;
    if (!sl_args_check(vm, "input", nargs, kwnames, 0, 1)) return SL_NULL;
    SlValue fin = sys_stream(vm, S.stdin_, vm->stdin_obj);
    SlValue fout = sys_stream(vm, S.stdout_, vm->stdout_obj);
    SlValue ferr = sys_stream(vm, S.stderr_, vm->stderr_obj);
    if (!fin || fin == SL_NONE) return sl_raise(vm, SL_RuntimeError, "input(): lost sys.stdin");
    if (!fout || fout == SL_NONE) return sl_raise(vm, SL_RuntimeError, "input(): lost sys.stdout");
    if (!ferr || ferr == SL_NONE) return sl_raise(vm, SL_RuntimeError, "input(): lost sys.stderr");
    sl_incref(fin);
    sl_incref(fout);
    /* flush stderr first (errors ignored), as CPython */
    SlValue r = sl_call_method(vm, ferr, "flush", NULL, 0);
    if (r) sl_decref(vm, r);
    else sl_exc_clear(vm);
    SlValue line = SL_NULL;
    if (nargs == 1 && !print_piece(vm, fout, args[0])) goto done;
    r = sl_call_method(vm, fout, "flush", NULL, 0);
    if (!r) goto done;
    sl_decref(vm, r);
    FILE *fp = sl_io_raw_reader(fin);
    line = fp ? sl_io_read_line(vm, fp) : sl_call_method(vm, fin, "readline", NULL, 0);
    if (!line) goto done;
    if (!SL_IS_STR(line)) {
        /* CPython: PyFile_GetLine's check */
        sl_raise(vm, SL_TypeError, "object.readline() returned non-string");
        sl_decref(vm, line);
        line = SL_NULL;
        goto done;
    }
    size_t n = SL_STR_SIZE(line);
    if (n == 0) {
        sl_decref(vm, line);
        line = sl_raise(vm, SL_EXC(EOFError), "EOF when reading a line");
    } else if (SL_STR_DATA(line)[n - 1] == '\n') {
        SlValue s = sl_str_new(vm, SL_STR_DATA(line), n - 1);
        sl_decref(vm, line);
        line = s;
    }
done:
    sl_decref(vm, fin);
    sl_decref(vm, fout);
    return line;
}

/* ---- simple one-argument functions ------------------------------------------------------ */

BUILTIN(bi_len) {
    (void)self;
    if (nargs != 1 || kwcount(kwnames))
        if (!sl_args_check(vm, "len", nargs, kwnames, 1, 1)) return SL_NULL;
    int64_t n = sl_len(vm, args[0]);
    if (n < 0) return SL_NULL;
    return sl_int_from_i64(vm, n);
}

BUILTIN(bi_repr) {
    (void)self;
    if (!sl_args_check(vm, "repr", nargs, kwnames, 1, 1)) return SL_NULL;
    return sl_repr(vm, args[0]);
}

SlValue sl_ascii(SlVM *vm, SlValue v) {
    SlValue r = sl_repr(vm, v);
    if (!r || (SL_STR(r)->ob.flags16 & SL_STR_ASCII)) return r;
    SlBuf b;
    sl_buf_init(&b);
    const char *p = SL_STR_DATA(r), *e = p + SL_STR_SIZE(r);
    while (p < e) {
        uint32_t cp;
        p += sl_utf8_decode(p, &cp);
        if (cp < 0x80) sl_buf_addc(&b, (char)cp);
        else if (cp < 0x100) sl_buf_printf(&b, "\\x%02x", cp);
        else if (cp < 0x10000) sl_buf_printf(&b, "\\u%04x", cp);
        else sl_buf_printf(&b, "\\U%08x", cp);
    }
    sl_decref(vm, r);
    return sl_buf_finish(vm, &b);
}

BUILTIN(bi_ascii) {
    (void)self;
    if (!sl_args_check(vm, "ascii", nargs, kwnames, 1, 1)) return SL_NULL;
    return sl_ascii(vm, args[0]);
}

BUILTIN(bi_abs) {
    (void)self;
    if (!sl_args_check(vm, "abs", nargs, kwnames, 1, 1)) return SL_NULL;
    SlValue x = args[0];
    if (SL_IS_INT(x)) {
        int64_t i = SL_INT_VAL(x);
        return sl_int_new(vm, i < 0 ? -i : i); /* |i| < 2**61 still fits */
    }
    SlType *t = sl_type_of(x);
    if (t->abs) return t->abs(vm, x);
    return sl_raise(vm, SL_TypeError, "bad operand type for abs(): '%s'", t->name);
}

BUILTIN(bi_callable) {
    (void)self;
    if (!sl_args_check(vm, "callable", nargs, kwnames, 1, 1)) return SL_NULL;
    return SL_BOOL(sl_type_of(args[0])->call != NULL);
}

SlValue sl_builtin_id(SlVM *vm, SlValue v) {
    return sl_int_from_u64(vm, sl_mm_id(vm, v));   /* the modelled CPython address */
}

BUILTIN(bi_id) {
    (void)self;
    if (!sl_args_check(vm, "id", nargs, kwnames, 1, 1)) return SL_NULL;
    return sl_builtin_id(vm, args[0]);
}

BUILTIN(bi_hash) {
    (void)self;
    if (!sl_args_check(vm, "hash", nargs, kwnames, 1, 1)) return SL_NULL;
    int64_t h;
    if (!sl_hash(vm, args[0], &h)) return SL_NULL;
    return sl_int_from_i64(vm, h);
}

static SlValue int_to_base(SlVM *vm, const char *fname, size_t nargs, SlValue kwnames,
                           const SlValue *args, int base) {
    if (!sl_args_check(vm, fname, nargs, kwnames, 1, 1)) return SL_NULL;
    SlValue i = sl_index(vm, args[0]);
    if (!i) return SL_NULL;
    SlValue r = sl_int_to_str(vm, i, base);
    sl_decref(vm, i);
    return r;
}

BUILTIN(bi_hex) { (void)self; return int_to_base(vm, "hex", nargs, kwnames, args, 16); }
BUILTIN(bi_oct) { (void)self; return int_to_base(vm, "oct", nargs, kwnames, args, 8); }
BUILTIN(bi_bin) { (void)self; return int_to_base(vm, "bin", nargs, kwnames, args, 2); }

BUILTIN(bi_chr) {
    (void)self;
    if (!sl_args_check(vm, "chr", nargs, kwnames, 1, 1)) return SL_NULL;
    int64_t v;
    if (SL_IS_INT(args[0])) {
        v = SL_INT_VAL(args[0]);
    } else {
        SlValue i = sl_index(vm, args[0]);
        if (!i) return SL_NULL;
        bool ok = sl_int_as_i64(vm, i, &v);
        sl_decref(vm, i);
        if (!ok) {
            /* 3.13 reports any huge value as out of range; 3.8-3.12 raise
             * OverflowError "Python int too large to convert to C int"
             * (also for values beyond 2**31). */
            if (!sl_exc_matches(vm, SL_OverflowError)) return SL_NULL;
            sl_exc_clear(vm);
            v = -1;
        }
    }
    if (v < 0 || v > 0x10FFFF) return sl_raise(vm, SL_ValueError, "chr() arg not in range(0x110000)");
    return sl_str_from_codepoint(vm, (uint32_t)v);
}

BUILTIN(bi_ord) {
    (void)self;
    if (!sl_args_check(vm, "ord", nargs, kwnames, 1, 1)) return SL_NULL;
    SlValue c = args[0];
    size_t len;
    if (SL_IS_STR(c)) {
        len = SL_STR_LEN(c);
        if (len == 1) {
            uint32_t cp;
            sl_utf8_decode(SL_STR_DATA(c), &cp);
            return sl_int_new(vm, cp);
        }
    } else if (SL_IS_BYTES(c)) {
        len = SL_BYTES(c)->size;
        if (len == 1) return SL_FROM_INT(SL_BYTES(c)->data[0]);
    } else if (SL_IS_BYTEARRAY(c)) {
        len = SL_BYTEARRAY_SIZE(c);
        if (len == 1) return SL_FROM_INT(sl_bytearray_data(c)[0]);
    } else {
        return sl_raise(vm, SL_TypeError, "ord() expected string of length 1, but %s found",
                        sl_type_name(c));
    }
    return sl_raise(vm, SL_TypeError, "ord() expected a character, but string of length %zu found",
                    len);
}

BUILTIN(bi_format) {
    (void)self;
    if (!sl_args_check(vm, "format", nargs, kwnames, 1, 2)) return SL_NULL;
    SlValue spec = nargs > 1 ? args[1] : SL_NULL;
    if (spec && !SL_IS_STR(spec))
        return sl_raise(vm, SL_TypeError, "format() argument 2 must be str, not %s",
                        sl_type_name(spec));
    return sl_format(vm, args[0], spec);
}

BUILTIN(bi_open) {
    (void)self;
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors",
                                        "newline", "closefd", "opener", NULL};
    SlValue a[8];
    if (!sl_args_parse(vm, "open", args, nargs, kwnames, names, 1, 8, a)) return SL_NULL;
    return sl_raise(vm, SL_EXC(PermissionError),
                    "slotlab does not allow open(): lesson code cannot read or write files");
}

/* ---- attributes ------------------------------------------------------------------------- */

static bool check_attr_name(SlVM *vm, SlValue name) {
    if (SL_IS_STR(name)) return true;
    /* 3.8-3.10: "getattr(): attribute name must be string" (and hasattr/setattr/delattr) */
    sl_raise(vm, SL_TypeError, "attribute name must be string, not '%s'", sl_type_name(name));
    return false;
}

BUILTIN(bi_getattr) {
    (void)self;
    if (!sl_args_check(vm, "getattr", nargs, kwnames, 2, 3)) return SL_NULL;
    if (!check_attr_name(vm, args[1])) return SL_NULL;
    SlValue r = sl_getattr(vm, args[0], args[1]);
    if (!r && nargs == 3 && sl_exc_matches(vm, SL_AttributeError)) {
        sl_exc_clear(vm);
        return sl_incref(args[2]);
    }
    return r;
}

BUILTIN(bi_hasattr) {
    (void)self;
    if (!sl_args_check(vm, "hasattr", nargs, kwnames, 2, 2)) return SL_NULL;
    if (!check_attr_name(vm, args[1])) return SL_NULL;
    SlValue r = sl_getattr(vm, args[0], args[1]);
    if (r) {
        sl_decref(vm, r);
        return SL_TRUE;
    }
    if (!sl_exc_matches(vm, SL_AttributeError)) return SL_NULL;
    sl_exc_clear(vm);
    return SL_FALSE;
}

BUILTIN(bi_setattr) {
    (void)self;
    if (!sl_args_check(vm, "setattr", nargs, kwnames, 3, 3)) return SL_NULL;
    if (!check_attr_name(vm, args[1])) return SL_NULL;
    if (!sl_setattr(vm, args[0], args[1], args[2])) return SL_NULL;
    return SL_NONE;
}

BUILTIN(bi_delattr) {
    (void)self;
    if (!sl_args_check(vm, "delattr", nargs, kwnames, 2, 2)) return SL_NULL;
    if (!check_attr_name(vm, args[1])) return SL_NULL;
    if (!sl_delattr(vm, args[0], args[1])) return SL_NULL;
    return SL_NONE;
}

/* ---- isinstance / issubclass ------------------------------------------------------------ */

static bool is_type(SlValue v) {
    return SL_IS_OBJ(v) && (SL_AS_OBJ(v)->type == &sl_type_type ||
                            (SL_AS_OBJ(v)->type->flags & SL_TPFLAGS_TYPE_SUBCLASS));
}
#define AS_TYPE(v) ((SlType *)SL_AS_OBJ(v))

/* types.UnionType (int | str), once someone provides it: its __args__ */
static SlValue union_args(SlVM *vm, SlValue cls) {
    const char *n = sl_type_name(cls);
    size_t len = strlen(n);
    if (len < 9 || strcmp(n + len - 9, "UnionType") != 0) return SL_NULL;
    SlValue a = sl_lookup_attr(vm, cls, S.args);
    if (a && !SL_IS_TUPLE(a)) {
        sl_decref(vm, a);
        return SL_NULL;
    }
    return a;
}

/* A metaclass's own __instancecheck__/__subclasscheck__ (not type's): call
 * it.  Returns 1/0/-1, or 2 when there is none. */
static int call_check_hook(SlVM *vm, SlValue cls, SlValue name, SlValue arg) {
    SlType *meta = sl_type_of(cls);
    if (meta == &sl_type_type) return 2;
    SlValue f = sl_type_lookup(meta, name);
    if (!f || f == sl_type_lookup(&sl_type_type, name)) return 2;
    bool found;
    SlValue r = sl_call_special(vm, cls, name, &arg, 1, &found);
    if (!r) return -1;
    int t = sl_truthy(vm, r);
    sl_decref(vm, r);
    return t;
}

int sl_object_isinstance(SlVM *vm, SlValue obj, SlValue cls) {
    SlType *t = sl_type_of(obj);
    if (SL_OBJ(t) == cls) return 1;
    if (SL_IS_OBJ(cls) && SL_AS_OBJ(cls)->type == &sl_type_type)
        return sl_type_instance_check(vm, obj, AS_TYPE(cls));
    if (SL_IS_TUPLE(cls)) {
        if (!sl_enter_recursive(vm, " in __instancecheck__")) return -1;
        int r = 0;
        for (size_t i = 0; r == 0 && i < SL_TUPLE_SIZE(cls); i++)
            r = sl_object_isinstance(vm, obj, SL_TUPLE_ITEMS(cls)[i]);
        sl_leave_recursive(vm);
        return r;
    }
    int h = call_check_hook(vm, cls, S.instancecheck, obj);
    if (h != 2) return h;
    if (is_type(cls)) return sl_type_instance_check(vm, obj, AS_TYPE(cls));
    SlValue ua = union_args(vm, cls);
    if (ua) {
        int r = sl_object_isinstance(vm, obj, ua);
        sl_decref(vm, ua);
        return r;
    }
    if (sl_exc_occurred(vm)) return -1;
    /* 3.8-3.9: "isinstance() arg 2 must be a type or tuple of types" */
    sl_raise(vm, SL_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

int sl_object_issubclass(SlVM *vm, SlValue derived, SlValue cls) {
    if (SL_IS_OBJ(cls) && SL_AS_OBJ(cls)->type == &sl_type_type && is_type(derived))
        return sl_type_is_subtype(AS_TYPE(derived), AS_TYPE(cls));
    if (SL_IS_TUPLE(cls)) {
        if (!sl_enter_recursive(vm, " in __subclasscheck__")) return -1;
        int r = 0;
        for (size_t i = 0; r == 0 && i < SL_TUPLE_SIZE(cls); i++)
            r = sl_object_issubclass(vm, derived, SL_TUPLE_ITEMS(cls)[i]);
        sl_leave_recursive(vm);
        return r;
    }
    int h = call_check_hook(vm, cls, S.subclasscheck, derived);
    if (h != 2) return h;
    if (!is_type(derived)) {
        sl_raise(vm, SL_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    if (is_type(cls)) return sl_type_is_subtype(AS_TYPE(derived), AS_TYPE(cls));
    SlValue ua = union_args(vm, cls);
    if (ua) {
        int r = sl_object_issubclass(vm, derived, ua);
        sl_decref(vm, ua);
        return r;
    }
    if (sl_exc_occurred(vm)) return -1;
    /* 3.8-3.9: "issubclass() arg 2 must be a class or tuple of classes" */
    sl_raise(vm, SL_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
}

BUILTIN(bi_isinstance) {
    (void)self;
    if (nargs != 2 || kwcount(kwnames))
        if (!sl_args_check(vm, "isinstance", nargs, kwnames, 2, 2)) return SL_NULL;
    int r = sl_object_isinstance(vm, args[0], args[1]);
    return r < 0 ? SL_NULL : SL_BOOL(r);
}

BUILTIN(bi_issubclass) {
    (void)self;
    if (!sl_args_check(vm, "issubclass", nargs, kwnames, 2, 2)) return SL_NULL;
    int r = sl_object_issubclass(vm, args[0], args[1]);
    return r < 0 ? SL_NULL : SL_BOOL(r);
}

/* ---- iteration -------------------------------------------------------------------------- */

BUILTIN(bi_iter) {
    (void)self;
    if (!sl_args_check(vm, "iter", nargs, kwnames, 1, 2)) return SL_NULL;
    if (nargs == 1) return sl_iter(vm, args[0]);
    if (!sl_type_of(args[0])->call)
        /* 3.12 only: "iter(object, sentinel): object must be callable" */
        return sl_raise(vm, SL_TypeError, "iter(v, w): v must be callable");
    return sl_calliter_new(vm, args[0], args[1]);
}

BUILTIN(bi_next) {
    (void)self;
    if (!sl_args_check(vm, "next", nargs, kwnames, 1, 2)) return SL_NULL;
    SlType *t = sl_type_of(args[0]);
    if (!t->iternext)
        return sl_raise(vm, SL_TypeError, "'%s' object is not an iterator", t->name);
    SlValue r = t->iternext(vm, args[0]);
    if (r) return r;
    if (sl_exc_occurred(vm)) {
        if (nargs < 2 || !sl_exc_matches(vm, SL_StopIteration)) return SL_NULL;
        sl_exc_clear(vm);
    }
    if (nargs == 2) return sl_incref(args[1]);
    return sl_raise_value(vm, SL_OBJ(SL_StopIteration));
}

/* Visit the items of an iterable one by one (borrowed in fn).  Returns 1
 * when fn stopped the walk (fn returned 1), 0 at the end, -1 on error. */
typedef int (*ItemFn)(SlVM *vm, SlValue item, void *arg);

static int for_each(SlVM *vm, SlValue iterable, ItemFn fn, void *arg) {
    if (SL_IS_LIST(iterable) || SL_IS_TUPLE(iterable)) {
        /* index each time: fn may run code that changes the list */
        bool list = SL_IS_LIST(iterable);
        if ((list && SL_AS_OBJ(iterable)->type != &sl_list_type) ||
            (!list && SL_AS_OBJ(iterable)->type != &sl_tuple_type))
            goto generic; /* a subclass may override __iter__ */
        for (size_t i = 0;; i++) {
            size_t n = list ? SL_LIST(iterable)->size : SL_TUPLE_SIZE(iterable);
            if (i >= n) return 0;
            SlValue item = list ? SL_LIST(iterable)->items[i] : SL_TUPLE_ITEMS(iterable)[i];
            sl_incref(item);
            int r = fn(vm, item, arg);
            sl_decref(vm, item);
            if (r) return r;
        }
    }
generic:;
    SlValue it = sl_iter(vm, iterable);
    if (!it) return -1;
    for (;;) {
        SlValue item = sl_iternext(vm, it);
        if (!item) {
            sl_decref(vm, it);
            return sl_exc_occurred(vm) ? -1 : 0;
        }
        int r = fn(vm, item, arg);
        sl_decref(vm, item);
        if (r) {
            sl_decref(vm, it);
            return r;
        }
    }
}

static int any_item(SlVM *vm, SlValue item, void *arg) {
    (void)arg;
    int t = sl_truthy(vm, item);
    return t < 0 ? -1 : t;
}
static int all_item(SlVM *vm, SlValue item, void *arg) {
    (void)arg;
    int t = sl_truthy(vm, item);
    return t < 0 ? -1 : !t;
}

BUILTIN(bi_any) {
    (void)self;
    if (!sl_args_check(vm, "any", nargs, kwnames, 1, 1)) return SL_NULL;
    int r = for_each(vm, args[0], any_item, NULL);
    return r < 0 ? SL_NULL : SL_BOOL(r);
}

BUILTIN(bi_all) {
    (void)self;
    if (!sl_args_check(vm, "all", nargs, kwnames, 1, 1)) return SL_NULL;
    int r = for_each(vm, args[0], all_item, NULL);
    return r < 0 ? SL_NULL : SL_BOOL(!r);
}

/* ---- min / max -------------------------------------------------------------------------- */

typedef struct MinMax {
    SlValue key;           /* key function or SL_NULL */
    SlCompareOp op;        /* SL_GT for max, SL_LT for min */
    SlValue best_item, best_val; /* owned */
} MinMax;

static int minmax_item(SlVM *vm, SlValue item, void *arg) {
    MinMax *m = arg;
    SlValue val = m->key ? sl_call1(vm, m->key, item) : sl_incref(item);
    if (!val) return -1;
    if (!m->best_val) {
        m->best_item = sl_incref(item);
        m->best_val = val;
        return 0;
    }
    int c;
    if (SL_IS_INT(val) && SL_IS_INT(m->best_val)) {
        c = m->op == SL_GT ? (int64_t)val > (int64_t)m->best_val   /* tagging keeps the order */
                           : (int64_t)val < (int64_t)m->best_val;
    } else {
        c = sl_compare_bool(vm, val, m->best_val, m->op);
        if (c < 0) {
            sl_decref(vm, val);
            return -1;
        }
    }
    if (c) {
        SL_SETREF(vm, m->best_item, sl_incref(item));
        SL_SETREF(vm, m->best_val, val);
    } else {
        sl_decref(vm, val);
    }
    return 0;
}

static SlValue min_max(SlVM *vm, const SlValue *args, size_t nargs, SlValue kwnames, SlCompareOp op) {
    const char *name = op == SL_LT ? "min" : "max";
    if (nargs == 0) return sl_raise(vm, SL_TypeError, "%s expected at least 1 argument, got 0", name);
    SlValue key = SL_NULL, dflt = SL_NULL;
    size_t nkw = kwcount(kwnames);
    for (size_t k = 0; k < nkw; k++) {
        SlValue kn = SL_TUPLE_ITEMS(kwnames)[k];
        if (name_is(kn, S.key)) key = args[nargs + k];
        else if (name_is(kn, S.dflt)) dflt = args[nargs + k];
        else
            /* 3.8-3.12: "'x' is an invalid keyword argument for max()" */
            return sl_raise(vm, SL_TypeError, "%s() got an unexpected keyword argument '%s'", name,
                            SL_STR_DATA(kn));
    }
    if (nargs > 1 && dflt)
        return sl_raise(vm, SL_TypeError,
                        "Cannot specify a default for %s() with multiple positional arguments", name);
    if (key == SL_NONE) key = SL_NULL;
    MinMax m = {key, op, SL_NULL, SL_NULL};
    int r = 0;
    if (nargs == 1) {
        r = for_each(vm, args[0], minmax_item, &m);
    } else {
        for (size_t i = 0; r == 0 && i < nargs; i++) r = minmax_item(vm, args[i], &m);
    }
    sl_xdecref(vm, m.best_val);
    if (r < 0) {
        sl_xdecref(vm, m.best_item);
        return SL_NULL;
    }
    if (m.best_item) return m.best_item;
    if (dflt) return sl_incref(dflt);
    /* 3.8-3.11: "max() arg is an empty sequence" */
    return sl_raise(vm, SL_ValueError, "%s() iterable argument is empty", name);
}

BUILTIN(bi_min) { (void)self; return min_max(vm, args, nargs, kwnames, SL_LT); }
BUILTIN(bi_max) { (void)self; return min_max(vm, args, nargs, kwnames, SL_GT); }

/* ---- sum -------------------------------------------------------------------------------- */

/* 3.12+ add floats with Neumaier's compensated summation
 * (sum([0.1] * 10) == 1.0); 3.8-3.11 add them plainly.
 * TODO(lead): move to the pyversion table as a field. */
static bool sum_compensated(const SlPyVersion *v) { return v->major > 3 || v->minor >= 12; }

BUILTIN(bi_sum) {
    (void)self;
    SlValue iterable = SL_NULL, start = SL_NULL;
    size_t nkw = kwcount(kwnames);
    if (nargs + nkw > 2)
        return sl_raise(vm, SL_TypeError, "sum() takes at most 2 arguments (%zu given)", nargs + nkw);
    for (size_t k = 0; k < nkw; k++) {
        SlValue kn = SL_TUPLE_ITEMS(kwnames)[k];
        if (!name_is(kn, S.start))
            return sl_raise(vm, SL_TypeError, "sum() got an unexpected keyword argument '%s'",
                            SL_STR_DATA(kn));
        if (nargs == 2)
            return sl_raise(vm, SL_TypeError,
                            "argument for sum() given by name ('start') and position (2)");
        start = args[nargs + k];
    }
    if (nargs == 0)
        return sl_raise(vm, SL_TypeError, "sum() takes at least 1 positional argument (0 given)");
    iterable = args[0];
    if (nargs == 2) start = args[1];
    if (start) {
        if (SL_IS_STR(start))
            return sl_raise(vm, SL_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
        if (SL_IS_BYTES(start))
            return sl_raise(vm, SL_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
        if (SL_IS_BYTEARRAY(start))
            return sl_raise(vm, SL_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    }
    SlValue it = sl_iter(vm, iterable);
    if (!it) return SL_NULL;
    SlValue result = start ? sl_incref(start) : SL_FROM_INT(0);
    SlValue item;

    /* exact ints: add in C while the total fits */
    if (SL_IS_INT(result) || SL_AS_OBJ(result)->type == &sl_int_type) {
        int64_t total;
        bool fits = sl_int_as_i64(vm, result, &total);
        if (!fits) sl_exc_clear(vm);
        while (fits) {
            item = sl_iternext(vm, it);
            if (!item) {
                sl_decref(vm, it);
                if (sl_exc_occurred(vm)) {
                    sl_decref(vm, result);
                    return SL_NULL;
                }
                sl_decref(vm, result);
                /* CPython's fast path ends with PyLong_FromLong up to 3.11, then
                 * PyLong_FromSsize_t (a one-digit result: 32 or 28 bytes in 3.11+) */
                if (vm->ver->sum_from_long && SL_INT_FITS(total)) return sl_int_new(vm, total);
                return sl_int_from_i64(vm, total);
            }
            int64_t b;
            bool ok = false;
            if (SL_IS_INT(item)) {
                b = SL_INT_VAL(item);
                ok = true;
            } else if (SL_AS_OBJ(item)->type == &sl_int_type || SL_AS_OBJ(item)->type == &sl_bool_type) {
                ok = sl_int_as_i64(vm, item, &b);
                if (!ok) sl_exc_clear(vm);
            }
            if (ok && (total >= 0 ? b <= INT64_MAX - total : b >= INT64_MIN - total)) {
                total += b;
                sl_decref(vm, item);
                continue;
            }
            /* overflow or not an int: back to objects */
            SlValue acc = sl_int_from_i64(vm, total);
            SlValue tmp = acc ? sl_binop(vm, SL_NB_ADD, acc, item) : SL_NULL;
            sl_xdecref(vm, acc);
            sl_decref(vm, item);
            sl_decref(vm, result);
            result = tmp;
            if (!result) {
                sl_decref(vm, it);
                return SL_NULL;
            }
            break;
        }
    }

    /* exact floats: add doubles */
    if (SL_IS_EXACT_FLOAT(result)) {
        bool comp = sum_compensated(vm->ver);
        double f = SL_FLOAT_VAL(result), c = 0.0;
        sl_decref(vm, result);
        result = SL_NULL;
        while (!result) {
            item = sl_iternext(vm, it);
            if (!item) {
                sl_decref(vm, it);
                if (sl_exc_occurred(vm)) return SL_NULL;
                /* keep the sign of a negative zero, and an infinite sum */
                if (c != 0.0 && isfinite(c)) f += c;
                return sl_float_new(vm, f);
            }
            if (SL_IS_EXACT_FLOAT(item)) {
                double x = SL_FLOAT_VAL(item);
                if (comp) {
                    double t = f + x;
                    if (fabs(f) >= fabs(x)) c += (f - t) + x;
                    else c += (x - t) + f;
                    f = t;
                } else {
                    f += x;
                }
                sl_decref(vm, item);
                continue;
            }
            if (SL_IS_INTLIKE(item)) {
                int64_t v;
                if (sl_int_as_i64(vm, item, &v)) {
                    f += (double)v;
                    sl_decref(vm, item);
                    continue;
                }
                sl_exc_clear(vm);
            }
            if (c != 0.0 && isfinite(c)) f += c;
            SlValue acc = sl_float_new(vm, f);
            result = acc ? sl_binop(vm, SL_NB_ADD, acc, item) : SL_NULL;
            sl_xdecref(vm, acc);
            sl_decref(vm, item);
            if (!result) {
                sl_decref(vm, it);
                return SL_NULL;
            }
        }
    }

    for (;;) {
        item = sl_iternext(vm, it);
        if (!item) break;
        SlValue tmp = sl_binop(vm, SL_NB_ADD, result, item);
        sl_decref(vm, item);
        sl_decref(vm, result);
        result = tmp;
        if (!result) break;
    }
    sl_decref(vm, it);
    if (sl_exc_occurred(vm)) {
        sl_xdecref(vm, result);
        return SL_NULL;
    }
    return result;
}

/* ---- sorted ----------------------------------------------------------------------------- */

BUILTIN(bi_sorted) {
    (void)self;
    if (nargs != 1) return sl_raise(vm, SL_TypeError, "sorted expected 1 argument, got %zu", nargs);
    SlValue list = sl_list_from_iterable(vm, args[0]);
    if (!list) return SL_NULL;
    SlValue key = SL_NULL, rev = SL_NULL;
    size_t nkw = kwcount(kwnames);
    for (size_t k = 0; k < nkw; k++) {
        SlValue kn = SL_TUPLE_ITEMS(kwnames)[k];
        if (name_is(kn, S.key)) key = args[nargs + k];
        else if (name_is(kn, S.reverse)) rev = args[nargs + k];
        else {
            sl_decref(vm, list);
            /* 3.8-3.12: "'x' is an invalid keyword argument for sort()" */
            return sl_raise(vm, SL_TypeError, "sort() got an unexpected keyword argument '%s'",
                            SL_STR_DATA(kn));
        }
    }
    int r = 0;
    if (rev && (r = sl_truthy(vm, rev)) < 0) {
        sl_decref(vm, list);
        return SL_NULL;
    }
    if (!sl_list_sort(vm, list, key == SL_NONE ? SL_NULL : key, r == 1)) {
        sl_decref(vm, list);
        return SL_NULL;
    }
    return list;
}

/* ---- numbers: round, divmod, pow -------------------------------------------------------- */

BUILTIN(bi_round) {
    (void)self;
    static const char *const names[] = {"number", "ndigits", NULL};
    SlValue a[2];
    if (!sl_args_parse(vm, "round", args, nargs, kwnames, names, 1, 2, a)) return SL_NULL;
    SlValue x = a[0], nd = a[1];
    bool found;
    SlValue r = nd && nd != SL_NONE ? sl_call_special(vm, x, S.round, &nd, 1, &found)
                                    : sl_call_special(vm, x, S.round, NULL, 0, &found);
    if (found) return r;
    return sl_raise(vm, SL_TypeError, "type %s doesn't define __round__ method", sl_type_name(x));
}

/* a <op> b through __name__ / __rname__ as CPython's binary_op1 for
 * classes: the right operand goes first when its type is a subclass that
 * overrides the reflected method.  NotImplemented when neither applies. */
static SlValue binary_special(SlVM *vm, SlValue a, SlValue b, SlValue name, SlValue rname) {
    SlType *ta = sl_type_of(a), *tb = sl_type_of(b);
    SlValue fb = ta != tb ? sl_type_lookup(tb, rname) : SL_NULL;
    bool found;
    if (fb && sl_type_is_subtype(tb, ta) && fb != sl_type_lookup(ta, rname)) {
        SlValue r = sl_call_special(vm, b, rname, &a, 1, &found);
        if (r != SL_NOTIMPL) return r;
        fb = SL_NULL;
    }
    if (sl_type_lookup(ta, name)) {
        SlValue r = sl_call_special(vm, a, name, &b, 1, &found);
        if (r != SL_NOTIMPL) return r;
    }
    if (fb) return sl_call_special(vm, b, rname, &a, 1, &found);
    return SL_NOTIMPL;
}

static bool is_number(SlValue v) { return SL_IS_INTLIKE(v) || SL_IS_FLOAT(v); }

static bool to_double(SlVM *vm, SlValue v, double *out) {
    if (SL_IS_INT(v)) {
        *out = (double)SL_INT_VAL(v);
        return true;
    }
    if (SL_IS_FLOAT(v)) {
        *out = SL_FLOAT_VAL(v);
        return true;
    }
    return sl_int_as_double(vm, v, out);
}

/* CPython's float_divmod */
static SlValue float_divmod(SlVM *vm, SlValue a, SlValue b) {
    double vx, wx;
    if (!to_double(vm, a, &vx) || !to_double(vm, b, &wx)) return SL_NULL;
    /* 3.8-3.13 all say "float divmod()"; 3.14 changes it to "division by zero" */
    if (wx == 0.0) return sl_raise(vm, SL_ZeroDivisionError, "float divmod()");
    double mod = fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, wx);
    }
    double floordiv;
    if (div) {
        floordiv = floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = copysign(0.0, vx / wx);
    }
    SlValue q = sl_float_new(vm, floordiv);
    SlValue m = q ? sl_float_new(vm, mod) : SL_NULL;
    if (!m) {
        sl_xdecref(vm, q);
        return SL_NULL;
    }
    SlValue t = sl_tuple_pack(vm, 2, q, m);
    sl_decref(vm, q);
    sl_decref(vm, m);
    return t;
}

static bool exact_int(SlValue v) { return SL_IS_INT(v) || SL_AS_OBJ(v)->type == &sl_int_type; }

BUILTIN(bi_divmod) {
    (void)self;
    if (!sl_args_check(vm, "divmod", nargs, kwnames, 2, 2)) return SL_NULL;
    SlValue a = args[0], b = args[1];
    if (exact_int(a) && exact_int(b)) return sl_int_divmod(vm, a, b);
    if ((exact_int(a) || SL_IS_EXACT_FLOAT(a)) && (exact_int(b) || SL_IS_EXACT_FLOAT(b)))
        return float_divmod(vm, a, b);
    SlValue r = binary_special(vm, a, b, S.divmod, S.rdivmod);
    if (r != SL_NOTIMPL) return r;
    if (SL_IS_INTLIKE(a) && SL_IS_INTLIKE(b)) return sl_int_divmod(vm, a, b);
    if (is_number(a) && is_number(b)) return float_divmod(vm, a, b);
    return sl_raise(vm, SL_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                    sl_type_name(a), sl_type_name(b));
}

BUILTIN(bi_pow) {
    (void)self;
    static const char *const names[] = {"base", "exp", "mod", NULL};
    SlValue a[3];
    if (!sl_args_parse(vm, "pow", args, nargs, kwnames, names, 2, 3, a)) return SL_NULL;
    SlValue base = a[0], exp = a[1], mod = a[2];
    if (!mod || mod == SL_NONE) return sl_binop(vm, SL_NB_POW, base, exp);
    if (SL_IS_INTLIKE(base) && SL_IS_INTLIKE(exp) && SL_IS_INTLIKE(mod))
        return sl_int_pow(vm, base, exp, mod);
    /* three-argument pow never uses __rpow__ (CPython's slot_nb_power) */
    if (!is_number(base) && !SL_IS_COMPLEX(base)) {
        bool found;
        SlValue two[2] = {exp, mod};
        SlValue r = sl_call_special(vm, base, S.pow, two, 2, &found);
        if (found && r != SL_NOTIMPL) return r;
    }
    /* the operands' nb_power slots in turn (ternary_op): float's refuses
     * any modulus, complex's one once base and exp convert to complex */
    SlValue ops[3] = {base, exp, mod};
    for (int k = 0; k < 3; k++) {
        if (SL_IS_FLOAT(ops[k]))
            return sl_raise(vm, SL_TypeError,
                            "pow() 3rd argument not allowed unless all arguments are integers");
        if (SL_IS_COMPLEX(ops[k]) && (is_number(base) || SL_IS_COMPLEX(base)) &&
            (is_number(exp) || SL_IS_COMPLEX(exp)))
            return sl_raise(vm, SL_ValueError, "complex modulo");
    }
    return sl_raise(vm, SL_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                    sl_type_name(base), sl_type_name(exp), sl_type_name(mod));
}

/* ---- namespaces: globals, locals, vars, dir --------------------------------------------- */

static SlValue current_globals(SlVM *vm) {
    if (vm->frame) return vm->frame->globals;
    return SL_MODULE_DICT(vm->main_module);
}

static bool add_cell(SlVM *vm, SlValue d, SlValue name, SlValue cell) {
    if (!cell || !SL_IS_OBJ(cell) || SL_AS_OBJ(cell)->type != &sl_cell_type) return true;
    SlValue v = ((SlCell *)SL_AS_OBJ(cell))->contents;
    return !v || sl_dict_set(vm, d, name, v);
}

SlValue sl_builtin_locals(SlVM *vm) {
    SlFrame *f = vm->frame;
    if (!f) return sl_incref(current_globals(vm));
    if (f->locals) return sl_incref(f->locals);
    SlCode *co = f->code;
    if (!f->func || (co->flags & SL_CO_MODULE)) return sl_incref(f->globals);
    /* a function: 3.13 returns a new snapshot each call (PEP 667); 3.8-3.12
     * return the frame's one f_locals dict, refreshed by each call. */
    SlValue d = sl_dict_new(vm);
    if (!d) return SL_NULL;
    size_t ncell = SL_TUPLE_SIZE(co->cellvars), nfree = SL_TUPLE_SIZE(co->freevars);
    SlValue *cells = f->localsplus + co->nlocals;
    for (uint32_t i = 0; i < co->nlocals; i++) {
        SlValue v = f->localsplus[i];
        SlValue name = SL_TUPLE_ITEMS(co->varnames)[i];
        if (v) {
            if (!sl_dict_set(vm, d, name, v)) goto fail;
            continue;
        }
        /* an argument captured by an inner function lives in its cell */
        for (size_t c = 0; co->cell2arg && c < ncell; c++)
            if (co->cell2arg[c] == (int32_t)i && !add_cell(vm, d, name, cells[c])) goto fail;
    }
    for (size_t c = 0; c < ncell; c++) {
        if (co->cell2arg && co->cell2arg[c] >= 0) continue;
        if (!add_cell(vm, d, SL_TUPLE_ITEMS(co->cellvars)[c], cells[c])) goto fail;
    }
    for (size_t c = 0; c < nfree; c++)
        if (!add_cell(vm, d, SL_TUPLE_ITEMS(co->freevars)[c], cells[ncell + c])) goto fail;
    return d;
fail:
    sl_decref(vm, d);
    return SL_NULL;
}

BUILTIN(bi_globals) {
    (void)self; (void)args;
    if (!sl_args_check(vm, "globals", nargs, kwnames, 0, 0)) return SL_NULL;
    return sl_incref(current_globals(vm));
}

BUILTIN(bi_locals) {
    (void)self; (void)args;
    if (!sl_args_check(vm, "locals", nargs, kwnames, 0, 0)) return SL_NULL;
    return sl_builtin_locals(vm);
}

BUILTIN(bi_vars) {
    (void)self;
    if (!sl_args_check(vm, "vars", nargs, kwnames, 0, 1)) return SL_NULL;
    if (nargs == 0) return sl_builtin_locals(vm);
    SlValue d = sl_lookup_attr(vm, args[0], S.dict);
    if (d || sl_exc_occurred(vm)) return d;
    return sl_raise(vm, SL_TypeError, "vars() argument must have __dict__ attribute");
}

static bool merge_keys(SlVM *vm, SlValue acc, SlValue d) {
    if (!d || !SL_IS_DICT(d)) return true;
    size_t pos = 0;
    SlValue k, v;
    while (sl_dict_next(d, &pos, &k, &v))
        if (!sl_dict_set(vm, acc, k, SL_NONE)) return false;
    return true;
}

SlValue sl_object_dir(SlVM *vm, SlValue obj) {
    if (SL_IS_MODULE(obj)) {
        SlValue d = SL_MODULE_DICT(obj);
        SlValue hook = sl_dict_get_cstr(d, "__dir__"); /* PEP 562 module __dir__ */
        if (hook) return sl_call0(vm, hook);
        return sl_dict_keys_list(vm, d);
    }
    SlValue acc = sl_dict_new(vm); /* a dict keeps first-seen order and drops repeats */
    if (!acc) return SL_NULL;
    SlValue mro;
    if (is_type(obj)) {
        mro = AS_TYPE(obj)->mro;
    } else {
        SlValue d = sl_lookup_attr(vm, obj, S.dict);
        if (!d && sl_exc_occurred(vm)) goto fail;
        bool ok = merge_keys(vm, acc, d);
        sl_xdecref(vm, d);
        if (!ok) goto fail;
        mro = sl_type_of(obj)->mro;
    }
    for (size_t i = 0; mro && i < SL_TUPLE_SIZE(mro); i++)
        if (!merge_keys(vm, acc, AS_TYPE(SL_TUPLE_ITEMS(mro)[i])->dict)) goto fail;
    SlValue l = sl_dict_keys_list(vm, acc);
    sl_decref(vm, acc);
    return l;
fail:
    sl_decref(vm, acc);
    return SL_NULL;
}

BUILTIN(bi_dir) {
    (void)self;
    if (!sl_args_check(vm, "dir", nargs, kwnames, 0, 1)) return SL_NULL;
    SlValue names;
    if (nargs == 0) {
        SlValue loc = sl_builtin_locals(vm);
        if (!loc) return SL_NULL;
        names = SL_IS_DICT(loc) ? sl_dict_keys_list(vm, loc) : sl_list_from_iterable(vm, loc);
        sl_decref(vm, loc);
    } else {
        SlValue obj = args[0];
        SlType *t = sl_type_of(obj);
        SlValue f = sl_type_lookup(t, S.dir);
        SlValue r;
        if (!f || f == sl_type_lookup(&sl_object_type, S.dir)) {
            r = sl_object_dir(vm, obj);
        } else {
            bool found;
            r = sl_call_special(vm, obj, S.dir, NULL, 0, &found);
        }
        if (!r) return SL_NULL;
        names = sl_list_from_iterable(vm, r);
        sl_decref(vm, r);
    }
    if (!names) return SL_NULL;
    if (!sl_list_sort(vm, names, SL_NULL, false)) {
        sl_decref(vm, names);
        return SL_NULL;
    }
    return names;
}

/* ---- eval / exec / compile -------------------------------------------------------------- */

/* The source argument as a code object (new reference). */
static SlCode *source_to_code(SlVM *vm, const char *fname, SlValue src, const char *filename,
                              SlCompileMode mode) {
    if (SL_IS_OBJ(src) && SL_AS_OBJ(src)->type == &sl_code_type) {
        sl_incref(src);
        return (SlCode *)SL_AS_OBJ(src);
    }
    const char *text;
    size_t len;
    if (SL_IS_STR(src)) {
        text = SL_STR_DATA(src);
        len = SL_STR_SIZE(src);
    } else if (SL_IS_BYTES(src)) {
        text = (const char *)SL_BYTES(src)->data;
        len = SL_BYTES(src)->size;
    } else {
        sl_raise(vm, SL_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
        return NULL;
    }
    if (strlen(text) != len) {
        /* 3.8-3.10: ValueError */
        sl_raise(vm, vm->ver->nul_source == SL_NUL_ERROR ? SL_EXC(SyntaxError) : SL_ValueError,
                 "source code string cannot contain null bytes");
        return NULL;
    }
    if (mode == SL_COMPILE_EVAL)
        while (len && (*text == ' ' || *text == '\t')) text++, len--;
    return sl_compile_source(vm, text, len, filename, mode,
                             SL_IS_STR(src) ? SL_SOURCE_STR : SL_SOURCE_BYTES, NULL);
}

static SlValue eval_exec(SlVM *vm, const SlValue *args, size_t nargs, SlValue kwnames, bool is_eval) {
    const char *fname = is_eval ? "eval" : "exec";
    static const char *const names[] = {"source", "globals", "locals", NULL};
    SlValue a[3];
    if (!sl_args_parse(vm, fname, args, nargs, kwnames, names, 1, 3, a)) return SL_NULL;
    SlValue globals = a[1] == SL_NONE ? SL_NULL : a[1];
    SlValue locals = a[2] == SL_NONE ? SL_NULL : a[2];
    if (globals && !SL_IS_DICT(globals)) {
        if (is_eval)
            return sl_raise(vm, SL_TypeError,
                            locals ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                   : "globals must be a dict");
        return sl_raise(vm, SL_TypeError, "exec() globals must be a dict, not %s",
                        sl_type_name(globals));
    }
    if (locals && !sl_type_of(locals)->getitem)
        return sl_raise(vm, SL_TypeError, is_eval ? "locals must be a mapping"
                                                  : "locals must be a mapping or None, not %s",
                        sl_type_name(locals));
    SlValue own_locals = SL_NULL;
    if (!globals) {
        globals = current_globals(vm);
        if (!locals) {
            own_locals = sl_builtin_locals(vm);
            if (!own_locals) return SL_NULL;
            locals = own_locals;
        }
    } else if (!locals) {
        locals = globals;
    }
    SlValue result = SL_NULL;
    if (!sl_dict_get_str(globals, S.builtins) &&
        !sl_dict_set(vm, globals, S.builtins, vm->builtins))
        goto done;
    SlCode *code = source_to_code(vm, fname, a[0], "<string>",
                                  is_eval ? SL_COMPILE_EVAL : SL_COMPILE_FILE);
    if (!code) goto done;
    result = sl_vm_run_code(vm, code, globals, locals == globals ? SL_NULL : locals);
    sl_decref(vm, SL_OBJ(code));
    if (result && !is_eval) {
        sl_decref(vm, result);
        result = SL_NONE;
    }
done:
    sl_xdecref(vm, own_locals);
    return result;
}

BUILTIN(bi_eval) { (void)self; return eval_exec(vm, args, nargs, kwnames, true); }
BUILTIN(bi_exec) { (void)self; return eval_exec(vm, args, nargs, kwnames, false); }

BUILTIN(bi_compile) {
    (void)self;
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit",
                                        "optimize", "$_feature_version", NULL};
    SlValue a[7];
    if (!sl_args_parse(vm, "compile", args, nargs, kwnames, names, 3, 6, a)) return SL_NULL;
    sl_mm_str_utf8(vm, a[0]);   /* CPython caches the source's UTF-8 form */
    if (!SL_IS_STR(a[1]))
        return sl_raise(vm, SL_TypeError, "compile() argument 'filename' must be str, not %s",
                        sl_type_name(a[1]));
    if (!SL_IS_STR(a[2]))
        return sl_raise(vm, SL_TypeError, "compile() argument 'mode' must be str, not %s",
                        sl_type_name(a[2]));
    SlCompileMode mode;
    if (sl_str_eq_cstr(a[2], "exec")) mode = SL_COMPILE_FILE;
    else if (sl_str_eq_cstr(a[2], "eval")) mode = SL_COMPILE_EVAL;
    else if (sl_str_eq_cstr(a[2], "single")) mode = SL_COMPILE_SINGLE;
    else return sl_raise(vm, SL_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    if (a[3] && !(SL_IS_INT(a[3]) && SL_INT_VAL(a[3]) == 0))
        return sl_raise(vm, SL_ValueError, "compile(): unrecognised flags");
    SlCode *code = source_to_code(vm, "compile", a[0], SL_STR_DATA(a[1]), mode);
    return code ? SL_OBJ(code) : SL_NULL;
}

/* ---- import, exit ----------------------------------------------------------------------- */

BUILTIN(bi_import) {
    (void)self;
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    SlValue a[5];
    if (!sl_args_parse(vm, "__import__", args, nargs, kwnames, names, 1, 5, a)) return SL_NULL;
    if (!SL_IS_STR(a[0]))
        /* 3.8-3.9: "__import__() argument 1 must be str, not int" */
        return sl_raise(vm, SL_TypeError, "module name must be a string");
    int64_t level = 0;
    if (a[4] && !sl_index_i64(vm, a[4], &level)) return SL_NULL;
    if (level < 0) return sl_raise(vm, SL_ValueError, "level must be >= 0");
    if (SL_STR_SIZE(a[0]) == 0 && level == 0) return sl_raise(vm, SL_ValueError, "Empty module name");
    return sl_import(vm, a[0]);
}

/* exit and quit: site.Quitter objects.  Static and immortal, like None:
 * they hold no per-VM state. */
typedef struct SlQuitter {
    SlObject ob;
    const char *name;
} SlQuitter;

static SlValue quitter_repr(SlVM *vm, SlValue v) {
    return sl_str_printf(vm, "Use %s() or Ctrl-D (i.e. EOF) to exit", ((SlQuitter *)SL_AS_OBJ(v))->name);
}

static SlValue quitter_call(SlVM *vm, SlValue callable, const SlValue *args, size_t nargs,
                            SlValue kwnames) {
    static const char *const names[] = {"code", NULL};
    SlValue a[1];
    const char *fname = ((SlQuitter *)SL_AS_OBJ(callable))->name;
    if (!sl_args_parse(vm, fname, args, nargs, kwnames, names, 0, 1, a)) return SL_NULL;
    SlValue code = a[0] ? a[0] : SL_NONE;
    SlValue exc = sl_call1(vm, SL_OBJ(SL_EXC(SystemExit)), code);
    if (!exc) return SL_NULL;
    return sl_raise_value(vm, exc);
}

SlType sl_quitter_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "_sitebuiltins.Quitter",
    .basicsize = sizeof(SlQuitter),
    .repr = quitter_repr,
    .call = quitter_call,
};

static SlQuitter exit_obj = {SL_STATIC_HEAD(&sl_quitter_type), "exit"};
static SlQuitter quit_obj = {SL_STATIC_HEAD(&sl_quitter_type), "quit"};

/* ---- the module ------------------------------------------------------------------------- */

static const SlMethodDef builtin_functions[] = {
    {"print", bi_print, 0,
     "Prints the values to a stream, or to sys.stdout by default."},
    {"input", bi_input, 0, "Read a string from standard input.  The trailing newline is stripped."},
    {"len", bi_len, 0, "Return the number of items in a container."},
    {"repr", bi_repr, 0, "Return the canonical string representation of the object."},
    {"ascii", bi_ascii, 0, "Return an ASCII-only representation of an object."},
    {"abs", bi_abs, 0, "Return the absolute value of the argument."},
    {"callable", bi_callable, 0, "Return whether the object is callable (i.e., some kind of function)."},
    {"id", bi_id, 0, "Return the identity of an object."},
    {"hash", bi_hash, 0, "Return the hash value for the given object."},
    {"hex", bi_hex, 0, "Return the hexadecimal representation of an integer."},
    {"oct", bi_oct, 0, "Return the octal representation of an integer."},
    {"bin", bi_bin, 0, "Return the binary representation of an integer."},
    {"chr", bi_chr, 0, "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."},
    {"ord", bi_ord, 0, "Return the Unicode code point for a one-character string."},
    {"format", bi_format, 0, "Return type(value).__format__(value, format_spec)"},
    {"open", bi_open, 0, "Open file and return a stream (not in slotlab)."},
    {"getattr", bi_getattr, 0, "Get a named attribute from an object."},
    {"hasattr", bi_hasattr, 0, "Return whether the object has an attribute with the given name."},
    {"setattr", bi_setattr, 0, "Sets the named attribute on the given object to the specified value."},
    {"delattr", bi_delattr, 0, "Deletes the named attribute from the given object."},
    {"isinstance", bi_isinstance, 0, "Return whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", bi_issubclass, 0, "Return whether 'cls' is derived from another class or is the same class."},
    {"iter", bi_iter, 0, "Get an iterator from an object."},
    {"next", bi_next, 0, "Return the next item from the iterator."},
    {"any", bi_any, 0, "Return True if bool(x) is True for any x in the iterable."},
    {"all", bi_all, 0, "Return True if bool(x) is True for all values x in the iterable."},
    {"min", bi_min, 0, "With a single iterable argument, return its smallest item."},
    {"max", bi_max, 0, "With a single iterable argument, return its biggest item."},
    {"sum", bi_sum, 0, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"},
    {"sorted", bi_sorted, 0, "Return a new list containing all items from the iterable in ascending order."},
    {"round", bi_round, 0, "Round a number to a given precision in decimal digits."},
    {"divmod", bi_divmod, 0, "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x."},
    {"pow", bi_pow, 0, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"globals", bi_globals, 0, "Return the dictionary containing the current scope's global variables."},
    {"locals", bi_locals, 0, "Return a dictionary containing the current scope's local variables."},
    {"vars", bi_vars, 0, "Show vars."},
    {"dir", bi_dir, 0, "Show attributes of an object."},
    {"eval", bi_eval, 0, "Evaluate the given source in the context of globals and locals."},
    {"exec", bi_exec, 0, "Execute the given source in the context of globals and locals."},
    {"compile", bi_compile, 0, "Compile source into a code object that can be executed by exec() or eval()."},
    {"__import__", bi_import, 0, "Import a module."},
    /* __build_class__ is added by the runtime (type.c's sl_build_class) */
    {NULL, NULL, 0, NULL}};

/* Types owned by iter.c (containers engineer) and type.c (lead). */
static const struct {
    const char *name;
    SlType *type;
} builtin_types[] = {
    {"object", &sl_object_type},         {"type", &sl_type_type},
    {"int", &sl_int_type},               {"bool", &sl_bool_type},
    {"float", &sl_float_type},           {"str", &sl_str_type},
    {"complex", &sl_complex_type},
    {"bytes", &sl_bytes_type},           {"bytearray", &sl_bytearray_type}, {"list", &sl_list_type},
    {"tuple", &sl_tuple_type},           {"dict", &sl_dict_type},
    {"set", &sl_set_type},               {"frozenset", &sl_frozenset_type},
    {"range", &sl_range_type},           {"slice", &sl_slice_type},
    {"enumerate", &sl_enumerate_type},   {"zip", &sl_zip_type},
    {"map", &sl_map_type},               {"filter", &sl_filter_type},
    {"reversed", &sl_reversed_type},     {"property", &sl_property_type},
    {"staticmethod", &sl_staticmethod_type}, {"classmethod", &sl_classmethod_type},
    {"super", &sl_super_type},
    {NULL, NULL}};

SlValue sl_builtins_init(SlVM *vm) {
    init_names();
    sl_type_ready(&sl_quitter_type);
    sl_type_apply_version(vm);   /* e.g. no object.__getstate__ before 3.11 */
    sl_complex_apply_version(vm);   /* 3.8-3.9's complex.__int__ / __float__ slots */
    SlValue m = sl_module_new(vm, "builtins");
    if (!m) return SL_NULL;
    if (!sl_module_add_functions(vm, m, builtin_functions)) goto fail;
    for (size_t i = 0; builtin_types[i].name; i++)
        if (!sl_module_add(vm, m, builtin_types[i].name, SL_OBJ(builtin_types[i].type))) goto fail;
    for (SlType *const *t = sl_exception_types; *t; t++)
        if (!sl_module_add(vm, m, (*t)->name, SL_OBJ(*t))) goto fail;
    /* old names kept as aliases of OSError */
    if (!sl_module_add(vm, m, "EnvironmentError", SL_OBJ(SL_EXC(OSError))) ||
        !sl_module_add(vm, m, "IOError", SL_OBJ(SL_EXC(OSError))))
        goto fail;
    if (!sl_module_add(vm, m, "None", SL_NONE) || !sl_module_add(vm, m, "True", SL_TRUE) ||
        !sl_module_add(vm, m, "False", SL_FALSE) || !sl_module_add(vm, m, "Ellipsis", SL_ELLIPSIS) ||
        !sl_module_add(vm, m, "NotImplemented", SL_NOTIMPL) ||
        !sl_module_add(vm, m, "__debug__", SL_TRUE) ||
        !sl_module_add(vm, m, "exit", SL_OBJ(&exit_obj)) ||
        !sl_module_add(vm, m, "quit", SL_OBJ(&quit_obj)))
        goto fail;
    return m;
fail:
    sl_decref(vm, m);
    return SL_NULL;
}
