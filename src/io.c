/* io.c: sys.stdout / sys.stderr / sys.stdin as _io.TextIOWrapper objects.
 *
 * slotlab programs cannot open files, so the only streams are the three
 * standard ones.  They write UTF-8 straight into the C library's FILE
 * buffers; print() recognises them (sl_io_is_raw_writer) and skips the
 * method call, which keeps `print` in a loop cheap.
 */
#if !defined(_GNU_SOURCE) && !defined(_POSIX_C_SOURCE)
#define _POSIX_C_SOURCE 200809L /* fileno, isatty */
#endif
#include "io.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "args.h"
#include "errors.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "vm.h"

typedef struct SlTextIO {
    SlObject ob;
    SlWriter *w;           /* output stream, or NULL */
    FILE *in;              /* input stream, or NULL */
    SlValue name;          /* str: '<stdout>' */
    bool closed;           /* close() was called: further I/O raises ValueError */
} SlTextIO;

#define TIO(v) ((SlTextIO *)SL_AS_OBJ(v))

static FILE *tio_fp(SlTextIO *t) { return t->w ? t->w->fp : t->in; }

static SlValue new_stream(SlVM *vm, SlWriter *w, FILE *in, const char *name) {
    sl_type_ready(&sl_textio_type); /* idempotent; the stream may be made before types.c lists it */
    SlTextIO *t = (SlTextIO *)sl_obj_alloc(vm, &sl_textio_type, sizeof(SlTextIO));
    if (!t) return SL_NULL;
    t->w = w;
    t->in = in;
    t->name = sl_str_from_cstr(vm, name);
    if (!t->name) {
        sl_decref(vm, SL_OBJ(t));
        return SL_NULL;
    }
    return SL_OBJ(t);
}

SlValue sl_io_new_writer(SlVM *vm, SlWriter *w, const char *name) {
    return new_stream(vm, w, NULL, name);
}

SlValue sl_io_new_reader(SlVM *vm, FILE *fp, const char *name) {
    return new_stream(vm, NULL, fp, name);
}

bool sl_io_is_raw_writer(SlValue v) {
    return SL_IS_OBJ(v) && SL_AS_OBJ(v)->type == &sl_textio_type && TIO(v)->w && !TIO(v)->closed &&
           TIO(v)->w->fp;
}

/* Text written to stderr must come after what the program printed before
 * it, even when stdout is a fully buffered pipe: CPython shows that order
 * on a terminal and under PYTHONUNBUFFERED, and it is the order a lesson
 * expects. */
static void put(FILE *fp, const char *s, size_t n) {
    if (fp != stdout) fflush(stdout);
    fwrite(s, 1, n, fp);
}

void sl_io_write_raw(SlValue v, const char *s, size_t n) {
    if (n) put(TIO(v)->w->fp, s, n);
}

FILE *sl_io_raw_reader(SlValue v) {
    if (SL_IS_OBJ(v) && SL_AS_OBJ(v)->type == &sl_textio_type && TIO(v)->in && !TIO(v)->closed)
        return TIO(v)->in;
    return NULL;
}

/* Bytes read from a terminal or pipe may not be UTF-8: CPython would raise
 * UnicodeDecodeError; a lesson is better served by U+FFFD in their place. */
static SlValue str_from_bytes(SlVM *vm, const char *s, size_t n) {
    if (sl_utf8_valid(s, n)) return sl_str_new(vm, s, n);
    SlBuf b = {0};
    sl_buf_init(&b);
    size_t i = 0;
    while (i < n) {
        size_t len = 1;
        unsigned char c = (unsigned char)s[i];
        if (c >= 0xC0) len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        if (c < 0x80) {
            sl_buf_addc(&b, (char)c);
        } else if (i + len <= n && sl_utf8_valid(s + i, len) && c >= 0xC0) {
            sl_buf_add(&b, s + i, len);
        } else {
            sl_buf_add_codepoint(&b, 0xFFFD);
            len = 1;
        }
        i += len;
    }
    return sl_buf_finish(vm, &b);
}

/* Read up to a newline (kept) or end of file; limit < 0: no limit. */
static SlValue read_line_limit(SlVM *vm, FILE *fp, int64_t limit) {
    size_t cap = 128, n = 0;
    char *buf = calloc(cap, 1);
    if (!buf) return sl_raise_nomemory(vm);
    for (;;) {
        if (limit >= 0 && (int64_t)n >= limit) break;
        errno = 0;
        int c = fgetc(fp);
        if (c == EOF) {
            if (ferror(fp) && errno == EINTR) {
                clearerr(fp);
                if (vm->interrupted) {
                    vm->interrupted = 0;
                    free(buf);
                    return sl_raise_value(vm, SL_OBJ(SL_EXC(KeyboardInterrupt)));
                }
                continue;
            }
            clearerr(fp); /* a later read on a terminal may get more after Ctrl-D */
            break;
        }
        if (n + 1 >= cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                return sl_raise_nomemory(vm);
            }
            buf = nb;
            cap *= 2;
        }
        buf[n++] = (char)c;
        if (c == '\n') break;
    }
    SlValue r = str_from_bytes(vm, buf, n);
    free(buf);
    return r;
}

SlValue sl_io_read_line(SlVM *vm, FILE *fp) { return read_line_limit(vm, fp, -1); }

/* ---- methods --------------------------------------------------------------------------- */

static bool check_open(SlVM *vm, SlTextIO *t) {
    if (t->closed) {
        sl_raise(vm, SL_ValueError, "I/O operation on closed file.");
        return false;
    }
    return true;
}

static SlValue unsupported(SlVM *vm, const char *what) {
    /* CPython raises io.UnsupportedOperation (a subclass of OSError and ValueError) */
    return sl_raise(vm, SL_EXC(OSError), "%s", what);
}

static SlValue tio_write(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    if (!sl_args_check(vm, "TextIOWrapper.write", nargs, kw, 1, 1)) return SL_NULL;
    SlTextIO *t = TIO(self);
    SlValue s = args[0];
    if (!SL_IS_STR(s))
        return sl_raise(vm, SL_TypeError, "write() argument must be str, not %s", sl_type_name(s));
    if (!check_open(vm, t)) return SL_NULL;
    if (!t->w) return unsupported(vm, "not writable");
    if (t->w->fp && SL_STR_SIZE(s)) put(t->w->fp, SL_STR_DATA(s), SL_STR_SIZE(s));
    return sl_int_from_i64(vm, (int64_t)SL_STR_LEN(s));
}

static SlValue tio_flush(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "TextIOWrapper.flush", nargs, kw, 0, 0)) return SL_NULL;
    SlTextIO *t = TIO(self);
    if (!check_open(vm, t)) return SL_NULL;
    if (t->w && t->w->fp) fflush(t->w->fp);
    return SL_NONE;
}

static SlValue tio_isatty(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "TextIOWrapper.isatty", nargs, kw, 0, 0)) return SL_NULL;
    SlTextIO *t = TIO(self);
    if (!check_open(vm, t)) return SL_NULL;
    if (t->w) return SL_BOOL(t->w->is_tty);
    FILE *fp = tio_fp(t);
    return SL_BOOL(fp && isatty(fileno(fp)));
}

static SlValue tio_fileno(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "TextIOWrapper.fileno", nargs, kw, 0, 0)) return SL_NULL;
    SlTextIO *t = TIO(self);
    if (!check_open(vm, t)) return SL_NULL;
    FILE *fp = tio_fp(t);
    if (!fp) return unsupported(vm, "fileno");
    return SL_FROM_INT(fileno(fp));
}

static SlValue tio_true_if(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw,
                           const char *name, bool value) {
    (void)args;
    if (!sl_args_check(vm, name, nargs, kw, 0, 0)) return SL_NULL;
    if (!check_open(vm, TIO(self))) return SL_NULL;
    return SL_BOOL(value);
}

static SlValue tio_writable(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    return tio_true_if(vm, self, args, nargs, kw, "TextIOWrapper.writable", TIO(self)->w != NULL);
}
static SlValue tio_readable(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    return tio_true_if(vm, self, args, nargs, kw, "TextIOWrapper.readable", TIO(self)->in != NULL);
}
static SlValue tio_seekable(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    return tio_true_if(vm, self, args, nargs, kw, "TextIOWrapper.seekable", false);
}

static SlValue tio_close(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "TextIOWrapper.close", nargs, kw, 0, 0)) return SL_NULL;
    SlTextIO *t = TIO(self);
    /* The FILE stays open (the interpreter itself still reports errors
     * through it); only this object refuses further use, as CPython's. */
    if (!t->closed && t->w && t->w->fp) fflush(t->w->fp);
    t->closed = true;
    return SL_NONE;
}

/* size argument of read()/readline(): None or an int; -1 = everything */
static bool size_arg(SlVM *vm, const SlValue *args, size_t nargs, int64_t *out) {
    *out = -1;
    if (nargs == 0 || args[0] == SL_NONE) return true;
    if (!SL_IS_INTLIKE(args[0])) {
        sl_raise(vm, SL_TypeError, "argument should be integer or None, not '%s'",
                 sl_type_name(args[0]));
        return false;
    }
    return sl_int_as_i64(vm, args[0], out);
}

static FILE *reader_fp(SlVM *vm, SlValue self) {
    SlTextIO *t = TIO(self);
    if (!check_open(vm, t)) return NULL;
    if (!t->in) {
        unsupported(vm, "not readable");
        return NULL;
    }
    return t->in;
}

static SlValue tio_readline(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    if (!sl_args_check(vm, "TextIOWrapper.readline", nargs, kw, 0, 1)) return SL_NULL;
    int64_t size;
    if (!size_arg(vm, args, nargs, &size)) return SL_NULL;
    FILE *fp = reader_fp(vm, self);
    if (!fp) return SL_NULL;
    if (vm->out.fp) fflush(vm->out.fp); /* a prompt written just before must show */
    return read_line_limit(vm, fp, size);
}

static SlValue tio_read(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    if (!sl_args_check(vm, "TextIOWrapper.read", nargs, kw, 0, 1)) return SL_NULL;
    int64_t size;
    if (!size_arg(vm, args, nargs, &size)) return SL_NULL;
    FILE *fp = reader_fp(vm, self);
    if (!fp) return SL_NULL;
    if (vm->out.fp) fflush(vm->out.fp);
    SlBuf b;
    sl_buf_init(&b);
    /* size counts characters; reading line by line keeps multi-byte
     * characters whole */
    int64_t got = 0;
    for (;;) {
        SlValue line = read_line_limit(vm, fp, size < 0 ? -1 : size - got);
        if (!line) {
            sl_buf_free(&b);
            return SL_NULL;
        }
        size_t n = SL_STR_SIZE(line);
        got += (int64_t)SL_STR_LEN(line);
        sl_buf_add(&b, SL_STR_DATA(line), n);
        sl_decref(vm, line);
        if (n == 0 || (size >= 0 && got >= size)) break;
    }
    return sl_buf_finish(vm, &b);
}

static SlValue tio_readlines(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                             SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "TextIOWrapper.readlines", nargs, kw, 0, 1)) return SL_NULL;
    FILE *fp = reader_fp(vm, self);
    if (!fp) return SL_NULL;
    SlValue list = sl_list_new(vm, 0);
    if (!list) return SL_NULL;
    for (;;) {
        SlValue line = read_line_limit(vm, fp, -1);
        if (!line) {
            sl_decref(vm, list);
            return SL_NULL;
        }
        bool end = SL_STR_SIZE(line) == 0;
        bool ok = end || sl_list_append(vm, list, line);
        sl_decref(vm, line);
        if (!ok) {
            sl_decref(vm, list);
            return SL_NULL;
        }
        if (end) return list;
    }
}

static SlValue tio_iternext(SlVM *vm, SlValue self) {
    FILE *fp = reader_fp(vm, self);
    if (!fp) return SL_NULL;
    SlValue line = read_line_limit(vm, fp, -1);
    if (line && SL_STR_SIZE(line) == 0) {
        sl_decref(vm, line);
        return SL_NULL; /* exhausted */
    }
    return line;
}

static SlValue tio_iter(SlVM *vm, SlValue self) {
    if (!check_open(vm, TIO(self))) return SL_NULL;
    return sl_incref(self);
}

static SlValue tio_enter(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, "__enter__", nargs, kw, 0, 0)) return SL_NULL;
    if (!check_open(vm, TIO(self))) return SL_NULL;
    return sl_incref(self);
}

static SlValue tio_exit(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)args;
    (void)nargs;
    if (!sl_args_no_kw(vm, "__exit__", kw)) return SL_NULL;
    return tio_close(vm, self, NULL, 0, SL_NULL);
}

/* ---- attributes ------------------------------------------------------------------------ */

static SlValue tio_get_name(SlVM *vm, SlValue self) {
    (void)vm;
    return sl_incref(TIO(self)->name);
}
static SlValue tio_get_encoding(SlVM *vm, SlValue self) {
    (void)self;
    return sl_str_from_cstr(vm, "utf-8");
}
static SlValue tio_get_errors(SlVM *vm, SlValue self) {
    /* CPython: 'strict' for stdout/stdin, 'backslashreplace' for stderr */
    return sl_str_from_cstr(vm, sl_str_eq_cstr(TIO(self)->name, "<stderr>") ? "backslashreplace"
                                                                            : "strict");
}
static SlValue tio_get_mode(SlVM *vm, SlValue self) {
    return sl_str_from_cstr(vm, TIO(self)->w ? "w" : "r");
}
static SlValue tio_get_closed(SlVM *vm, SlValue self) {
    (void)vm;
    return SL_BOOL(TIO(self)->closed);
}
static SlValue tio_get_line_buffering(SlVM *vm, SlValue self) {
    (void)vm;
    SlTextIO *t = TIO(self);
    /* stderr is always line-buffered in CPython 3.9+; stdout on a terminal */
    return SL_BOOL(t->w && (t->w->is_tty || sl_str_eq_cstr(t->name, "<stderr>")));
}
static SlValue tio_get_newlines(SlVM *vm, SlValue self) {
    (void)vm;
    (void)self;
    return SL_NONE;
}

static SlValue tio_repr(SlVM *vm, SlValue self) {
    SlValue n = sl_repr(vm, TIO(self)->name);
    if (!n) return SL_NULL;
    SlValue r = sl_str_printf(vm, "<_io.TextIOWrapper name=%s mode='%s' encoding='utf-8'>",
                              SL_STR_DATA(n), TIO(self)->w ? "w" : "r");
    sl_decref(vm, n);
    return r;
}

static void tio_dealloc(SlVM *vm, SlObject *o) {
    SlTextIO *t = (SlTextIO *)o;
    if (t->w && t->w->fp) fflush(t->w->fp);
    sl_xdecref(vm, t->name);
    sl_obj_free(vm, o);
}

static const SlMethodDef tio_methods[] = {
    {"write", tio_write, 0, "Write string s to stream and return the number of characters written."},
    {"flush", tio_flush, 0, "Flush write buffers, if applicable."},
    {"isatty", tio_isatty, 0, "Return whether this is an 'interactive' stream."},
    {"fileno", tio_fileno, 0, "Return underlying file descriptor if one exists."},
    {"readline", tio_readline, 0, "Read until newline or EOF."},
    {"read", tio_read, 0, "Read at most size characters from stream."},
    {"readlines", tio_readlines, 0, "Return a list of lines from the stream."},
    {"writable", tio_writable, 0, "Return whether object was opened for writing."},
    {"readable", tio_readable, 0, "Return whether object was opened for reading."},
    {"seekable", tio_seekable, 0, "Return whether object supports random access."},
    {"close", tio_close, 0, "Flush and close the IO object."},
    {"__enter__", tio_enter, 0, NULL},
    {"__exit__", tio_exit, 0, NULL},
    {NULL, NULL, 0, NULL}};

static const SlGetSetDef tio_getsets[] = {
    {"name", tio_get_name, NULL, NULL},
    {"encoding", tio_get_encoding, NULL, "Encoding of the text stream."},
    {"errors", tio_get_errors, NULL, "The error setting of the decoder or encoder."},
    {"mode", tio_get_mode, NULL, NULL},
    {"closed", tio_get_closed, NULL, NULL},
    {"line_buffering", tio_get_line_buffering, NULL, NULL},
    {"newlines", tio_get_newlines, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

SlType sl_textio_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(SlTextIO),
    .dealloc = tio_dealloc,
    .repr = tio_repr,
    .iter = tio_iter,
    .iternext = tio_iternext,
    .methods = tio_methods,
    .getsets = tio_getsets,
    .doc = "Character and line based layer over a BufferedIOBase object, buffer.",
};
