/* traceback.c: traceback objects, the registry of source texts, and
 * printing an exception exactly as the modelled CPython version does.
 *
 * Three printers are modelled, because CPython has had three:
 *   3.8-3.10  C code (Python/pythonrun.c, Python/traceback.c): source
 *             lines only;
 *   3.11-3.12 the same C code plus caret lines, whose ~~~^^^ anchors
 *             come from parsing the failing expression (binary operators
 *             and subscripts only, single lines only);
 *   3.13      Lib/traceback.py (TracebackException): multi-line ranges,
 *             anchors for calls as well, carets elided when a call
 *             spans the whole statement, a second dedent of the block.
 * Each function below says which CPython function it follows, so a
 * reader can put the two side by side.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "ast.h"
#include "dict.h"
#include "errors.h"
#include "func.h"
#include "int.h"
#include "lexer.h"
#include "list.h"
#include "module.h"
#include "parser.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

#define EXC(v) ((SlException *)SL_AS_OBJ(v))
#define IS_EXC(v) (SL_IS_OBJ(v) && SL_TYPE_HAS(v, SL_TPFLAGS_EXC_SUBCLASS))
#define TB(v) ((SlTraceback *)SL_AS_OBJ(v))
#define IS_TB(v) (SL_IS_OBJ(v) && SL_AS_OBJ(v)->type == &sl_traceback_type)

/* ---- traceback objects ------------------------------------------------------------------ */

static void tb_release_fields(SlVM *vm, SlTraceback *t) {
    SlCode *c = t->code;
    t->code = NULL;
    if (c) sl_decref(vm, SL_OBJ(c));
    SL_SETREF(vm, t->globals, SL_NULL);
    SL_SETREF(vm, t->frame_self, SL_NULL);
    SL_SETREF(vm, t->frame_names, SL_NULL);
}

/* Iterative, so that freeing the traceback of a deep recursion does not
 * recurse once per entry. */
static void tb_dealloc(SlVM *vm, SlObject *o) {
    SlTraceback *t = (SlTraceback *)o;
    for (;;) {
        SlValue next = t->next;
        t->next = SL_NULL;
        tb_release_fields(vm, t);
        sl_obj_free(vm, &t->ob);
        if (!next) return;
        SlObject *n = SL_AS_OBJ(next);
        if (n->refcnt != 1 || n->type != &sl_traceback_type) {
            sl_decref(vm, next);
            return;
        }
        n->refcnt = 0; /* ours was the last reference */
        t = (SlTraceback *)n;
    }
}

static void tb_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    SlTraceback *t = (SlTraceback *)o;
    if (t->next) visit(t->next, arg);
    if (t->code) visit(SL_OBJ(t->code), arg);
    if (t->globals) visit(t->globals, arg);
    if (t->frame_self) visit(t->frame_self, arg);
    if (t->frame_names) visit(t->frame_names, arg);
}

static void tb_clear(SlVM *vm, SlObject *o) {
    SlTraceback *t = (SlTraceback *)o;
    SL_SETREF(vm, t->next, SL_NULL);
    tb_release_fields(vm, t);
}

/* The position of the instruction an entry stopped at (line 0: none). */
static SlPos tb_pos(const SlTraceback *t) {
    SlPos none = {0, 0, 0, 0};
    if (!t->code || !t->code->positions || t->lasti >= t->code->ncode) return none;
    return t->code->positions[t->lasti];
}

static SlValue tb_get_next(SlVM *vm, SlValue self) {
    (void)vm;
    SlValue n = TB(self)->next;
    return sl_incref(n ? n : SL_NONE);
}
static bool tb_set_next(SlVM *vm, SlValue self, SlValue v) {
    if (!v) {
        sl_raise(vm, SL_TypeError, "can't delete tb_next attribute");
        return false;
    }
    if (v != SL_NONE && !IS_TB(v)) {
        sl_raise(vm, SL_TypeError, "expected traceback object or None, got '%s'", sl_type_name(v));
        return false;
    }
    for (SlValue c = v; c != SL_NONE && c; c = TB(c)->next)
        if (c == self) {
            sl_raise(vm, SL_ValueError, "traceback loop detected");
            return false;
        }
    SL_SETREF(vm, TB(self)->next, v == SL_NONE ? SL_NULL : sl_incref(v));
    return true;
}
static SlValue tb_get_lineno(SlVM *vm, SlValue self) {
    (void)vm;
    SlPos p = tb_pos(TB(self));
    return p.line ? SL_FROM_INT(p.line) : sl_incref(SL_NONE);
}
static SlValue tb_get_lasti(SlVM *vm, SlValue self) {
    (void)vm;
    return SL_FROM_INT((int64_t)TB(self)->lasti * 2); /* CPython counts bytes */
}

static const SlGetSetDef tb_getsets[] = {
    {"tb_next", tb_get_next, tb_set_next, NULL},
    {"tb_lasti", tb_get_lasti, NULL, NULL},
    {"tb_lineno", tb_get_lineno, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

SlType sl_traceback_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "traceback",
    .flags = SL_TPFLAGS_HAVE_GC,
    .basicsize = sizeof(SlTraceback),
    .dealloc = tb_dealloc,
    .traverse = tb_traverse,
    .clear = tb_clear,
    .getsets = tb_getsets,
};

/* Index of name in a tuple of str, or -1. */
static int64_t tuple_index(SlValue t, const char *name) {
    if (!t) return -1;
    for (size_t i = 0; i < SL_TUPLE_SIZE(t); i++)
        if (sl_str_eq_cstr(SL_TUPLE_ITEMS(t)[i], name)) return (int64_t)i;
    return -1;
}

static SlValue cell_contents(SlValue v) {
    if (!v || !SL_IS_OBJ(v)) return SL_NULL;
    return ((SlCell *)SL_AS_OBJ(v))->contents;
}

/* Remember what suggestions will need of frame f (see SlTraceback). */
static void capture_frame(SlVM *vm, SlTraceback *t, SlFrame *f, bool names_too) {
    SlCode *co = f->code;
    if (co->flags & (SL_CO_MODULE | SL_CO_CLASS) || !f->localsplus) {
        if (!f->locals || f->locals == f->globals) {
            t->frame_names = sl_incref(SL_NONE); /* f_locals is f_globals */
        } else if (SL_IS_DICT(f->locals)) {
            t->frame_names = sl_tuple_from_iterable(vm, f->locals);
            SlValue self = sl_dict_get_cstr(f->locals, "self");
            if (self) t->frame_self = sl_incref(self);
        }
        return;
    }
    if (!names_too) { /* AttributeError: only `self` matters */
        int64_t i = tuple_index(co->varnames, "self");
        SlValue v = i >= 0 ? f->localsplus[i] : SL_NULL;
        int64_t ci = tuple_index(co->cellvars, "self");
        if (!v && ci >= 0) v = cell_contents(f->localsplus[co->nlocals + (size_t)ci]);
        if (v) t->frame_self = sl_incref(v);
        return;
    }
    size_t nl = co->nlocals, nc = co->cellvars ? SL_TUPLE_SIZE(co->cellvars) : 0;
    size_t nf = co->freevars ? SL_TUPLE_SIZE(co->freevars) : 0;
    /* f_locals: bound fast locals, then cells and free variables with a value */
    SlValue names = sl_tuple_new(vm, nl + nc + nf);
    if (!names) return;
    size_t k = 0;
    for (size_t i = 0; i < nl; i++) {
        SlValue v = f->localsplus[i];
        SlValue name = SL_TUPLE_ITEMS(co->varnames)[i];
        int64_t ci = tuple_index(co->cellvars, SL_STR_DATA(name));
        if (!v && ci >= 0) v = cell_contents(f->localsplus[nl + (size_t)ci]);
        if (!v) continue;
        SL_TUPLE_ITEMS(names)[k++] = sl_incref(name);
        if (sl_str_eq_cstr(name, "self") && !t->frame_self) t->frame_self = sl_incref(v);
    }
    for (size_t j = 0; j < nc + nf; j++) {
        SlValue name = j < nc ? SL_TUPLE_ITEMS(co->cellvars)[j] : SL_TUPLE_ITEMS(co->freevars)[j - nc];
        if (tuple_index(co->varnames, SL_STR_DATA(name)) >= 0) continue;
        SlValue v = cell_contents(f->localsplus[nl + j]);
        if (!v) continue;
        SL_TUPLE_ITEMS(names)[k++] = sl_incref(name);
        if (sl_str_eq_cstr(name, "self") && !t->frame_self) t->frame_self = sl_incref(v);
    }
    /* shrink: the unused tail must not stay SL_NULL */
    SlValue exact = sl_tuple_from_array(vm, SL_TUPLE_ITEMS(names), k);
    sl_decref(vm, names);
    t->frame_names = exact;
}

bool sl_traceback_add(SlVM *vm, SlValue exc, SlCode *code, SlValue globals, uint32_t lasti) {
    if (!exc || !IS_EXC(exc) || !code) return true;
    sl_incref(exc); /* allocating may raise MemoryError over it */
    SlTraceback *t = (SlTraceback *)sl_obj_alloc(vm, &sl_traceback_type, sizeof(SlTraceback));
    if (!t) {
        sl_exc_clear(vm);
        vm->exc = exc;
        return false;
    }
    SlException *e = EXC(exc);
    t->next = e->traceback; /* the reference moves */
    t->code = code;
    sl_incref(SL_OBJ(code));
    t->globals = globals ? sl_incref(globals) : SL_NULL;
    t->lasti = lasti;
    e->traceback = SL_OBJ(t);
    /* the innermost entry of a NameError or AttributeError keeps what the
     * suggestions need from its frame */
    bool name_err = false;
    if (!t->next && vm->ver->name_suggestions && vm->frame && vm->frame->code == code &&
        ((name_err = sl_isinstance_type(exc, SL_NameError)) ||
         sl_isinstance_type(exc, SL_AttributeError))) {
        SlValue saved = vm->exc;
        vm->exc = SL_NULL;
        capture_frame(vm, t, vm->frame, name_err);
        sl_exc_clear(vm);
        vm->exc = saved;
    }
    sl_decref(vm, exc);
    return true;
}

/* ---- source lines (linecache) ------------------------------------------------------------ */

/* Can CPython's linecache show lines of this source?  Real files, yes.
 * Pseudo-files ("<stdin>", "<string>") have no lines, except in 3.13,
 * which registers the -c command as "<string>" and the new REPL's inputs
 * as "<python-input-N>" (and "<stdin>-N"). */
static bool source_visible(SlVM *vm, const char *filename) {
    if (filename[0] != '<') return true;
    if (!sl_err_features(vm->ver).pytraceback) return false;
    return strcmp(filename, "<string>") == 0 || strncmp(filename, "<python-input-", 14) == 0 ||
           strncmp(filename, "<stdin>-", 8) == 0;
}

void sl_source_register(SlVM *vm, const char *filename, const char *src, size_t len) {
    if (!vm || !filename || !src || !sl_utf8_valid(src, len)) return;
    if (!source_visible(vm, filename)) return;
    SlValue saved = vm->exc;
    vm->exc = SL_NULL;
    if (!vm->sources) vm->sources = sl_dict_new(vm);
    if (vm->sources) {
        SlValue k = sl_str_from_cstr(vm, filename);
        SlValue v = k ? sl_str_new(vm, src, len) : SL_NULL;
        if (k && v) sl_dict_set(vm, vm->sources, k, v);
        sl_xdecref(vm, k);
        sl_xdecref(vm, v);
    }
    sl_exc_clear(vm);
    vm->exc = saved;
}

/* Line `lineno` (1-based) of the source registered for filename, without
 * its line end (\n, \r\n or \r, as Python's universal newlines), or NULL. */
static const char *source_line_nl(SlVM *vm, SlValue filename, int lineno, size_t *n,
                                  bool *has_nl) {
    if (!vm->sources || !filename || !SL_IS_STR(filename) || lineno < 1) return NULL;
    SlValue src = sl_dict_get(vm, vm->sources, filename);
    if (!src) {
        sl_exc_clear(vm);
        return NULL;
    }
    const char *p = SL_STR_DATA(src), *end = p + SL_STR_SIZE(src);
    for (int l = 1; p < end; l++) {
        const char *q = p;
        while (q < end && *q != '\n' && *q != '\r') q++;
        if (l == lineno) {
            *n = (size_t)(q - p);
            if (has_nl) *has_nl = q < end;
            return p;
        }
        if (q < end && *q == '\r' && q + 1 < end && q[1] == '\n') q++;
        p = q + 1;
    }
    return NULL;
}

static const char *source_line(SlVM *vm, SlValue filename, int lineno, size_t *n) {
    return source_line_nl(vm, filename, lineno, n, NULL);
}

/* ---- code point strings, for the offsets CPython computes in characters -------------------- */

typedef struct U {
    uint32_t *c;
    size_t n;
} U;

static U u_from_utf8(const char *s, size_t n) {
    U u = {malloc((n + 1) * sizeof(uint32_t)), 0};
    if (!u.c) return u;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int k = sl_utf8_decode(s + i, &cp);
        if (k <= 0) k = 1, cp = 0xFFFD;
        u.c[u.n++] = cp;
        i += (size_t)k;
    }
    return u;
}

static U u_copy(const uint32_t *c, size_t n) {
    U u = {malloc((n + 1) * sizeof(uint32_t)), n};
    if (u.c && n) memcpy(u.c, c, n * sizeof(uint32_t));
    if (!u.c) u.n = 0;
    return u;
}

static void u_free(U *u) {
    free(u->c);
    u->c = NULL;
    u->n = 0;
}

static void buf_add_u(SlBuf *b, const uint32_t *c, size_t n) {
    for (size_t i = 0; i < n; i++) sl_buf_add_codepoint(b, c[i]);
}

static char *utf8_of(const uint32_t *c, size_t n, size_t *len) {
    SlBuf b;
    sl_buf_init(&b);
    buf_add_u(&b, c, n);
    sl_buf_addc(&b, 0);
    *len = b.len - 1;
    return b.data; /* the caller frees it */
}

static int utf8_len(uint32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

/* str.isspace() for one character */
static bool py_isspace(uint32_t c) {
    return (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 ||
           c == 0x202f || c == 0x205f || c == 0x3000;
}

static size_t u_rstrip_len(U u) {
    size_t n = u.n;
    while (n && py_isspace(u.c[n - 1])) n--;
    return n;
}
static size_t u_lstrip_count(U u) {
    size_t i = 0;
    while (i < u.n && py_isspace(u.c[i])) i++;
    return i;
}

/* traceback._byte_offset_to_character_offset: characters in the first
 * `off` UTF-8 bytes of line (a cut character counts as U+FFFD). */
static size_t b2c(U line, size_t off) {
    size_t bytes = 0, i = 0;
    for (; i < line.n && bytes < off; i++) bytes += (size_t)utf8_len(line.c[i]);
    return i;
}

/* _PyPegen_byte_offset_to_character_offset: the same on UTF-8 text, but
 * an offset past the end counts the terminating NUL as one more character. */
static int64_t pegen_b2c(const char *s, size_t len, int64_t off) {
    if (off < 0) return 0;
    int64_t extra = 0;
    if ((size_t)off > len) {
        off = (int64_t)len;
        extra = 1;
    }
    int64_t n = 0;
    for (int64_t i = 0; i < off; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
    return n + extra;
}

/* sys.stdlib_module_names (3.12 and 3.13), for "Did you forget to import 'x'?".
 * Sorted, for bsearch. */
static const char *const stdlib_common[] = {
    "__future__", "_abc", "_aix_support", "_ast", "_asyncio", "_bisect", "_blake2", "_bz2",
    "_codecs", "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr",
    "_codecs_tw", "_collections", "_collections_abc", "_compat_pickle", "_compression",
    "_contextvars", "_csv", "_ctypes", "_curses", "_curses_panel", "_datetime", "_dbm",
    "_decimal", "_elementtree", "_frozen_importlib", "_frozen_importlib_external", "_functools",
    "_gdbm", "_hashlib", "_heapq", "_imp", "_io", "_json", "_locale", "_lsprof", "_lzma",
    "_markupbase", "_md5", "_multibytecodec", "_multiprocessing", "_opcode", "_operator",
    "_osx_support", "_overlapped", "_pickle", "_posixshmem", "_posixsubprocess", "_py_abc",
    "_pydatetime", "_pydecimal", "_pyio", "_pylong", "_queue", "_random", "_scproxy", "_sha1",
    "_sha2", "_sha3", "_signal", "_sitebuiltins", "_socket", "_sqlite3", "_sre", "_ssl", "_stat",
    "_statistics", "_string", "_strptime", "_struct", "_symtable", "_thread", "_threading_local",
    "_tkinter", "_tokenize", "_tracemalloc", "_typing", "_uuid", "_warnings", "_weakref",
    "_weakrefset", "_winapi", "_zoneinfo", "abc", "antigravity", "argparse", "array", "ast",
    "asyncio", "atexit", "base64", "bdb", "binascii", "bisect", "builtins", "bz2", "cProfile",
    "calendar", "cmath", "cmd", "code", "codecs", "codeop", "collections", "colorsys",
    "compileall", "concurrent", "configparser", "contextlib", "contextvars", "copy", "copyreg",
    "csv", "ctypes", "curses", "dataclasses", "datetime", "dbm", "decimal", "difflib", "dis",
    "doctest", "email", "encodings", "ensurepip", "enum", "errno", "faulthandler", "fcntl",
    "filecmp", "fileinput", "fnmatch", "fractions", "ftplib", "functools", "gc", "genericpath",
    "getopt", "getpass", "gettext", "glob", "graphlib", "grp", "gzip", "hashlib", "heapq", "hmac",
    "html", "http", "idlelib", "imaplib", "importlib", "inspect", "io", "ipaddress", "itertools",
    "json", "keyword", "linecache", "locale", "logging", "lzma", "mailbox", "marshal", "math",
    "mimetypes", "mmap", "modulefinder", "msvcrt", "multiprocessing", "netrc", "nt", "ntpath",
    "nturl2path", "numbers", "opcode", "operator", "optparse", "os", "pathlib", "pdb", "pickle",
    "pickletools", "pkgutil", "platform", "plistlib", "poplib", "posix", "posixpath", "pprint",
    "profile", "pstats", "pty", "pwd", "py_compile", "pyclbr", "pydoc", "pydoc_data", "pyexpat",
    "queue", "quopri", "random", "re", "readline", "reprlib", "resource", "rlcompleter", "runpy",
    "sched", "secrets", "select", "selectors", "shelve", "shlex", "shutil", "signal", "site",
    "smtplib", "socket", "socketserver", "sqlite3", "sre_compile", "sre_constants", "sre_parse",
    "ssl", "stat", "statistics", "string", "stringprep", "struct", "subprocess", "symtable",
    "sys", "sysconfig", "syslog", "tabnanny", "tarfile", "tempfile", "termios", "textwrap",
    "this", "threading", "time", "timeit", "tkinter", "token", "tokenize", "tomllib", "trace",
    "traceback", "tracemalloc", "tty", "turtle", "turtledemo", "types", "typing", "unicodedata",
    "unittest", "urllib", "uuid", "venv", "warnings", "wave", "weakref", "webbrowser", "winreg",
    "winsound", "wsgiref", "xml", "xmlrpc", "zipapp", "zipfile", "zipimport", "zlib", "zoneinfo",
};
static const char *const stdlib_only_312[] = {
    "_crypt", "_msi", "aifc", "audioop", "cgi", "cgitb", "chunk", "crypt", "imghdr", "lib2to3",
    "mailcap", "msilib", "nis", "nntplib", "ossaudiodev", "pipes", "sndhdr", "spwd", "sunau",
    "telnetlib", "uu", "xdrlib",
};
static const char *const stdlib_only_313[] = {
    "_android_support", "_colorize", "_interpchannels", "_interpqueues", "_interpreters",
    "_ios_support", "_opcode_metadata", "_pyrepl", "_suggestions", "_sysconfig", "_wmi",
};

/* Code points whose unicodedata.east_asian_width is W or F (Unicode 15.1,
 * as CPython 3.13): they take two columns under the caret lines. */
static const uint32_t wide_ranges[][2] = {
    {0x1100, 0x115F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0},
    {0x23F3, 0x23F3}, {0x25FD, 0x25FE}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F},
    {0x2693, 0x2693}, {0x26A1, 0x26A1}, {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5},
    {0x26CE, 0x26CE}, {0x26D4, 0x26D4}, {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5},
    {0x26FA, 0x26FA}, {0x26FD, 0x26FD}, {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728},
    {0x274C, 0x274C}, {0x274E, 0x274E}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797},
    {0x27B0, 0x27B0}, {0x27BF, 0x27BF}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
    {0x2E80, 0x2E99}, {0x2E9B, 0x2EF3}, {0x2F00, 0x2FD5}, {0x2FF0, 0x303E}, {0x3041, 0x3096},
    {0x3099, 0x30FF}, {0x3105, 0x312F}, {0x3131, 0x318E}, {0x3190, 0x31E3}, {0x31EF, 0x321E},
    {0x3220, 0x3247}, {0x3250, 0x4DBF}, {0x4E00, 0xA48C}, {0xA490, 0xA4C6}, {0xA960, 0xA97C},
    {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE52}, {0xFE54, 0xFE66},
    {0xFE68, 0xFE6B}, {0xFF01, 0xFF60}, {0xFFE0, 0xFFE6}, {0x16FE0, 0x16FE4}, {0x16FF0, 0x16FF1},
    {0x17000, 0x187F7}, {0x18800, 0x18CD5}, {0x18D00, 0x18D08}, {0x1AFF0, 0x1AFF3},
    {0x1AFF5, 0x1AFFB}, {0x1AFFD, 0x1AFFE}, {0x1B000, 0x1B122}, {0x1B132, 0x1B132},
    {0x1B150, 0x1B152}, {0x1B155, 0x1B155}, {0x1B164, 0x1B167}, {0x1B170, 0x1B2FB},
    {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A},
    {0x1F200, 0x1F202}, {0x1F210, 0x1F23B}, {0x1F240, 0x1F248}, {0x1F250, 0x1F251},
    {0x1F260, 0x1F265}, {0x1F300, 0x1F320}, {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C},
    {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA}, {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0},
    {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC},
    {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A},
    {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5},
    {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6D7}, {0x1F6DC, 0x1F6DF},
    {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7EB}, {0x1F7F0, 0x1F7F0},
    {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FA7C},
    {0x1FA80, 0x1FA88}, {0x1FA90, 0x1FABD}, {0x1FABF, 0x1FAC5}, {0x1FACE, 0x1FADB},
    {0x1FAE0, 0x1FAE8}, {0x1FAF0, 0x1FAF8}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
};

static bool is_wide(uint32_t c) {
    size_t lo = 0, hi = sizeof wide_ranges / sizeof wide_ranges[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < wide_ranges[mid][0]) hi = mid;
        else if (c > wide_ranges[mid][1]) lo = mid + 1;
        else return true;
    }
    return false;
}

/* traceback._display_width */
static size_t display_width(U line, size_t offset) {
    bool ascii = true;
    for (size_t i = 0; i < line.n && ascii; i++) ascii = line.c[i] < 0x80;
    if (ascii) return offset;
    size_t w = 0;
    for (size_t i = 0; i < offset && i < line.n; i++) w += is_wide(line.c[i]) ? 2 : 1;
    return w;
}

/* _PyPegen_calculate_display_width: the width of line[:offset] (-1 stays -1) */
static int64_t c_display_width(U line, int64_t offset) {
    if (offset < 0) return -1;
    size_t n = (size_t)offset < line.n ? (size_t)offset : line.n;
    bool ascii = true;
    for (size_t i = 0; i < n && ascii; i++) ascii = line.c[i] < 0x80;
    if (ascii) return offset;
    int64_t w = 0;
    for (size_t i = 0; i < n; i++) w += is_wide(line.c[i]) ? 2 : 1;
    return w;
}

/* textwrap.dedent over lines (without their newlines): lines of only
 * spaces and tabs become empty, then the common leading [ \t]* goes. */
static void dedent_lines(U *lines, size_t n) {
    size_t margin = 0;
    const uint32_t *mref = NULL;
    for (size_t i = 0; i < n; i++) {
        size_t k = 0;
        while (k < lines[i].n && (lines[i].c[k] == ' ' || lines[i].c[k] == '\t')) k++;
        if (k == lines[i].n) {
            lines[i].n = 0;
            continue;
        }
        if (!mref) {
            mref = lines[i].c;
            margin = k;
        } else {
            size_t j = 0;
            while (j < margin && j < k && mref[j] == lines[i].c[j]) j++;
            margin = j;
        }
    }
    if (!margin) return;
    for (size_t i = 0; i < n; i++) {
        if (!lines[i].n) continue;
        memmove(lines[i].c, lines[i].c + margin, (lines[i].n - margin) * sizeof(uint32_t));
        lines[i].n -= margin;
    }
}

/* ---- the printer ------------------------------------------------------------------------ */

typedef struct Printer {
    SlVM *vm;
    SlErrFeatures ft;
    SlBuf out;
    /* the traceback module formats as the version's Lib/traceback.py does,
     * which before 3.13 is not what the interpreter prints (legacy) */
    bool module, legacy;
    bool has_limit;        /* limit= of the traceback module's functions */
    int64_t limit;
    size_t *marks;         /* ends of the strings format_exception() returns */
    size_t nmarks, capmarks;
} Printer;

static void printer_init(Printer *P, SlVM *vm, bool module) {
    memset(P, 0, sizeof *P);
    P->vm = vm;
    P->ft = sl_err_features(vm->ver);
    P->module = module;
    P->legacy = module && !P->ft.pytraceback;
    sl_buf_init(&P->out);
}

static void printer_free(Printer *P) {
    sl_buf_free(&P->out);
    free(P->marks);
}

/* End of one string of format_exception()'s list. */
static void mark(Printer *P) {
    if (P->nmarks && P->marks[P->nmarks - 1] == P->out.len) return;
    if (P->nmarks == P->capmarks) {
        size_t cap = P->capmarks ? P->capmarks * 2 : 16;
        size_t *m = realloc(P->marks, cap * sizeof *m);
        if (!m) return;
        P->marks = m;
        P->capmarks = cap;
    }
    P->marks[P->nmarks++] = P->out.len;
}

/* A parsed piece of source, freed with its arena. */
typedef struct Parsed {
    SlArena arena;
    SlModuleAst *mod;
} Parsed;

static bool parse_text(Parsed *p, const char *text, size_t len) {
    sl_arena_init(&p->arena);
    char *buf = malloc(len + 2);
    if (!buf) return false;
    memcpy(buf, text, len);
    buf[len] = '\n';
    buf[len + 1] = 0;
    size_t blen;
    char *norm = sl_lexer_normalize(buf, len + 1, &blen);
    free(buf);
    if (!norm) return false;
    SlSyntaxErr err;
    memset(&err, 0, sizeof err);
    p->mod = sl_parse(&p->arena, norm, blen, SL_COMPILE_FILE, &err, NULL);
    free(norm); /* the AST keeps copies of what it needs */
    return p->mod != NULL;
}

/* -- 3.11 / 3.12: Python/traceback.c -- */

#define C_IS_WHITESPACE(c) ((c) == ' ' || (c) == '\t' || (c) == '\f')

/* extract_anchors_from_line: anchors (character offsets in the line) of
 * a binary operator or a subscript in line[start:end]. */
static bool c_extract_anchors(U line, int64_t start, int64_t end, int64_t *left, int64_t *right,
                              char *primary, char *secondary) {
    if (start < 0) start = 0;
    if (end > (int64_t)line.n) end = (int64_t)line.n;
    if (end < start) end = start;
    size_t slen;
    char *seg = utf8_of(line.c + start, (size_t)(end - start), &slen);
    if (!seg) return false;
    Parsed p;
    bool found = false;
    if (parse_text(&p, seg, slen) && p.mod->body.n == 1 && p.mod->body.items[0]->kind == SL_S_EXPR) {
        SlExpr *e = p.mod->body.items[0]->v.expr.value;
        int64_t l = -1, r = -1;
        if (e->kind == SL_E_BINOP) {
            SlExpr *le = e->v.binop.left, *re = e->v.binop.right;
            for (int64_t i = le->pos.end_col; i < re->pos.col && i < (int64_t)slen; i++) {
                if (C_IS_WHITESPACE(seg[i])) continue;
                l = i;
                r = i + 1;
                if (i + 1 < re->pos.col && !C_IS_WHITESPACE(seg[i + 1])) r++;
                if (i + 1 < re->pos.col && seg[i] == ')') continue;
                *primary = '~';
                *secondary = '^';
                break;
            }
            found = l >= 0;
        } else if (e->kind == SL_E_SUBSCRIPT) {
            l = e->v.subscript.value->pos.end_col;
            r = e->v.subscript.slice->pos.end_col + 1;
            int64_t n = (int64_t)slen;
            while (l < n && (C_IS_WHITESPACE(seg[l]) || seg[l] != '[')) l++;
            while (r < n && (C_IS_WHITESPACE(seg[r]) || seg[r] != ']')) r++;
            if (r < n) r++;
            *primary = '~';
            *secondary = '^';
            found = true;
        }
        if (found) {
            *left = pegen_b2c(seg, slen, l) + start;
            *right = pegen_b2c(seg, slen, r) + start;
        }
    }
    sl_arena_free(&p.arena);
    free(seg);
    return found;
}

/* tb_displayline: the source line, and (3.11+) the caret line. */
static void c_display_line(Printer *P, SlTraceback *t, int lineno) {
    size_t blen;
    const char *bytes = source_line(P->vm, t->code->filename, lineno, &blen);
    if (!bytes) return;
    U src = u_from_utf8(bytes, blen);
    if (!src.c) return;
    size_t i = 0; /* indentation removed from the displayed line */
    while (i < src.n && (src.c[i] == ' ' || src.c[i] == '\t' || src.c[i] == '\f')) i++;
    sl_buf_adds(&P->out, "    ");
    buf_add_u(&P->out, src.c + i, src.n - i);
    sl_buf_addc(&P->out, '\n');
    SlPos pos = tb_pos(t);
    if (P->ft.carets && pos.line && pos.end_line) {
        int64_t start = pegen_b2c(bytes, blen, pos.col);
        int64_t end = pegen_b2c(bytes, blen, pos.end_col);
        int64_t left = -1, right = -1;
        char primary = '^', secondary = '^';
        if (pos.line == pos.end_line) {
            c_extract_anchors(src, start, end, &left, &right, &primary, &secondary);
        } else {
            /* a multi-line expression: highlight to the last non-blank
             * character of the first line (CPython scans the UTF-8 bytes
             * from the character length) */
            int64_t k = (int64_t)src.n;
            while (--k >= 0)
                if (k < (int64_t)blen && !C_IS_WHITESPACE(bytes[k])) break;
            end = k + 1;
        }
        int64_t stripped_len = (int64_t)(src.n - i);
        bool special = left != -1 || right != -1;
        if (!(end - start == stripped_len && !special)) {
            /* columns as displayed (wide characters take two) */
            start = c_display_width(src, start);
            end = c_display_width(src, end);
            left = c_display_width(src, left);
            right = c_display_width(src, right);
            for (int64_t off = (int64_t)i - 4 + 1; off <= end; off++) {
                char ch = off <= start ? ' '
                          : (special && left < off && off <= right) ? secondary : primary;
                sl_buf_addc(&P->out, ch);
            }
            sl_buf_addc(&P->out, '\n');
        }
    }
    u_free(&src);
}

/* -- 3.13: Lib/traceback.py -- */

typedef struct Anchors {
    size_t left_ln, left_col, right_ln, right_col;
    char primary, secondary;
} Anchors;

typedef struct SegLines {
    U *l;
    size_t n;
} SegLines;

/* the helpers of _extract_caret_anchors_from_line_segment; false = the
 * Python code would raise (and the anchors are dropped) */
static bool next_valid_char(SegLines *s, size_t *ln, size_t *col) {
    while (*ln < s->n && *col >= s->l[*ln].n) {
        *col = 0;
        (*ln)++;
    }
    return *ln < s->n && *col < s->l[*ln].n;
}
static bool increment(SegLines *s, size_t *ln, size_t *col) {
    (*col)++;
    return next_valid_char(s, ln, col);
}
static bool nextline(SegLines *s, size_t *ln, size_t *col) {
    *col = 0;
    (*ln)++;
    return next_valid_char(s, ln, col);
}
/* stop: 0 = not space and not ')', else the character to find */
static bool increment_until(SegLines *s, size_t *ln, size_t *col, uint32_t stop) {
    for (;;) {
        if (*ln >= s->n || *col >= s->l[*ln].n) return false;
        uint32_t ch = s->l[*ln].c[*col];
        bool ok;
        if (ch == '\\' || ch == '#') ok = nextline(s, ln, col);
        else if (!(stop ? ch == stop : !py_isspace(ch) && ch != ')')) ok = increment(s, ln, col);
        else return true;
        if (!ok) return false;
    }
}
static bool normalize(SegLines *s, int64_t ln, int64_t off, size_t *out) {
    if (ln < 0 || (size_t)ln >= s->n) return false;
    *out = b2c(s->l[ln], off < 0 ? 0 : (size_t)off);
    return true;
}
static bool setup_positions(SegLines *s, SlExpr *e, bool force_valid, size_t *ln, size_t *col) {
    int64_t l = e->pos.end_lineno - 2;
    if (!normalize(s, l, e->pos.end_col, col)) return false;
    *ln = (size_t)l;
    return force_valid ? next_valid_char(s, ln, col) : true;
}

/* _extract_caret_anchors_from_line_segment */
static bool py_extract_anchors(U seg, Anchors *a) {
    /* segment.splitlines() (only \n can occur in it) */
    SegLines s = {malloc((seg.n + 1) * sizeof(U)), 0};
    if (!s.l) return false;
    for (size_t i = 0, st = 0; i <= seg.n; i++) {
        if (i == seg.n || seg.c[i] == '\n') {
            if (i == seg.n && st == i) break; /* no empty last line */
            s.l[s.n].c = seg.c + st;
            s.l[s.n++].n = i - st;
            st = i + 1;
        }
    }
    SlBuf text;
    sl_buf_init(&text);
    sl_buf_adds(&text, "(\n");
    buf_add_u(&text, seg.c, seg.n);
    sl_buf_adds(&text, "\n)");
    Parsed p;
    bool found = false;
    if (parse_text(&p, text.data, text.len) && p.mod->body.n == 1 &&
        p.mod->body.items[0]->kind == SL_S_EXPR) {
        SlExpr *e = p.mod->body.items[0]->v.expr.value;
        a->primary = '~';
        a->secondary = '^';
        size_t ln, col;
        if (e->kind == SL_E_BINOP) {
            SlExpr *re = e->v.binop.right;
            if (setup_positions(&s, e->v.binop.left, true, &ln, &col) &&
                increment_until(&s, &ln, &col, 0)) {
                size_t right_col = col + 1, rc;
                uint32_t ch;
                if (right_col < s.l[ln].n &&
                    (re->pos.lineno - 2 > (int64_t)ln ||
                     (normalize(&s, re->pos.lineno - 2, re->pos.col, &rc) && right_col < rc)) &&
                    !py_isspace(ch = s.l[ln].c[right_col]) && ch != '\\' && ch != '#')
                    right_col++;
                *a = (Anchors){ln, col, ln, right_col, '~', '^'};
                found = true;
            }
        } else if (e->kind == SL_E_SUBSCRIPT || e->kind == SL_E_CALL) {
            bool sub = e->kind == SL_E_SUBSCRIPT;
            SlExpr *head = sub ? e->v.subscript.value : e->v.call.func;
            size_t rl, rcol;
            if (setup_positions(&s, head, true, &ln, &col) &&
                increment_until(&s, &ln, &col, sub ? '[' : '(') &&
                setup_positions(&s, e, false, &rl, &rcol)) {
                *a = (Anchors){ln, col, rl, rcol, '~', '^'};
                found = true;
            }
        }
    }
    sl_arena_free(&p.arena);
    sl_buf_free(&text);
    free(s.l);
    return found;
}

/* StackSummary._should_show_carets */
static bool py_should_show_carets(size_t start, size_t end, U *lines, size_t n, bool anchors) {
    SlBuf text;
    sl_buf_init(&text);
    for (size_t i = 0; i < n; i++) {
        if (i) sl_buf_addc(&text, '\n');
        buf_add_u(&text, lines[i].c, lines[i].n);
    }
    Parsed p;
    int verdict = -1; /* -1: undecided */
    if (parse_text(&p, text.data ? text.data : "", text.len)) {
        if (p.mod->body.n == 0) {
            verdict = 0;
        } else {
            SlStmt *st = p.mod->body.items[0];
            SlExpr *value = NULL;
            if (st->kind == SL_S_RETURN && st->v.ret.value && st->v.ret.value->kind == SL_E_CALL &&
                st->v.ret.value->v.call.func->kind == SL_E_NAME)
                value = st->v.ret.value;
            if (st->kind == SL_S_ASSIGN && st->v.assign.value->kind == SL_E_CALL &&
                st->v.assign.targets.n == 1 && st->v.assign.targets.items[0]->kind == SL_E_NAME)
                value = st->v.assign.value;
            /* _spawns_full_line (AST columns are bytes, the offsets characters, as CPython) */
            if (value && value->pos.lineno == 1 && value->pos.end_lineno == (int)n &&
                value->pos.col == (int)start && value->pos.end_col == (int)end)
                verdict = 0;
        }
    }
    sl_arena_free(&p.arena);
    sl_buf_free(&text);
    if (verdict >= 0) return verdict;
    if (anchors) return true;
    for (size_t i = 0; i < start && i < lines[0].n; i++)
        if (!py_isspace(lines[0].c[i])) return true;
    for (size_t i = end; i < lines[n - 1].n; i++)
        if (!py_isspace(lines[n - 1].c[i])) return true;
    return false;
}

typedef struct ULines {
    U *l;
    size_t n, cap;
} ULines;

static void ul_push(ULines *r, U u) {
    if (r->n == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 8;
        U *nl = realloc(r->l, cap * sizeof(U));
        if (!nl) {
            u_free(&u);
            return;
        }
        r->l = nl;
        r->cap = cap;
    }
    r->l[r->n++] = u;
}
static void ul_free(ULines *r) {
    for (size_t i = 0; i < r->n; i++) u_free(&r->l[i]);
    free(r->l);
}

/* StackSummary.format_frame_summary, after the "File" line */
static void py_display_lines(Printer *P, SlTraceback *t, SlPos pos) {
    SlVM *vm = P->vm;
    int lineno = (int)pos.line;
    bool cols = pos.end_line != 0;
    int end_lineno = cols ? (int)pos.end_line : lineno;
    if (end_lineno < lineno) return; /* no lines: nothing to show */
    size_t n = (size_t)(end_lineno - lineno + 1);
    U *orig = calloc(n, sizeof(U)), *all = calloc(n, sizeof(U));
    if (!orig || !all) goto done;
    for (size_t i = 0; i < n; i++) {
        size_t blen = 0;
        const char *b = source_line(vm, t->code->filename, lineno + (int)i, &blen);
        orig[i] = u_from_utf8(b ? b : "", b ? blen : 0);
        orig[i].n = u_rstrip_len(orig[i]);
        all[i] = u_copy(orig[i].c, orig[i].n);
    }
    dedent_lines(all, n);
    bool blank = true;
    for (size_t i = 0; i < n && blank; i++) blank = u_lstrip_count(all[i]) == all[i].n;
    if (blank) goto done;
    if (!cols) {
        size_t a = u_lstrip_count(orig[0]);
        sl_buf_adds(&P->out, "    ");
        buf_add_u(&P->out, orig[0].c + a, orig[0].n - a);
        sl_buf_addc(&P->out, '\n');
        goto done;
    }
    size_t start = b2c(orig[0], pos.col), end = b2c(orig[n - 1], pos.end_col);
    size_t dedent_chars = orig[0].n - all[0].n;
    start = start > dedent_chars ? start - dedent_chars : 0;
    end = end > dedent_chars ? end - dedent_chars : 0;
    size_t dp_start = display_width(all[0], start), dp_end = display_width(all[n - 1], end);

    /* segment = "\n".join(all_lines)[start:len - (len(last) - end)] */
    size_t total = n - 1;
    for (size_t i = 0; i < n; i++) total += all[i].n;
    int64_t stop = (int64_t)total - ((int64_t)all[n - 1].n - (int64_t)end);
    if (stop > (int64_t)total) stop = (int64_t)total;
    U joined = {malloc((total + 1) * sizeof(uint32_t)), 0};
    if (!joined.c) goto done;
    for (size_t i = 0; i < n; i++) {
        if (i) joined.c[joined.n++] = '\n';
        memcpy(joined.c + joined.n, all[i].c, all[i].n * sizeof(uint32_t));
        joined.n += all[i].n;
    }
    U seg = {joined.c + start, stop > (int64_t)start ? (size_t)(stop - (int64_t)start) : 0};
    if (start > joined.n) seg.n = 0;
    Anchors a = {0, 0, 0, 0, '^', '^'};
    bool anchors = py_extract_anchors(seg, &a);
    u_free(&joined);
    bool show = py_should_show_carets(start, end, all, n, anchors);

    /* significant lines: first, last, and around the anchors */
    bool *sig = calloc(n, sizeof(bool));
    if (!sig) goto done;
    sig[0] = sig[n - 1] = true;
    size_t left_off = 0, right_off = 0;
    char primary = '^', secondary = '^';
    if (anchors) {
        left_off = a.left_col + (a.left_ln == 0 ? start : 0);
        right_off = a.right_col + (a.right_ln == 0 ? start : 0);
        left_off = display_width(all[a.left_ln], left_off);
        right_off = display_width(all[a.right_ln], right_off);
        primary = a.primary;
        secondary = a.secondary;
        for (int64_t k = -1; k <= 1; k++) {
            int64_t x = (int64_t)a.left_ln + k, y = (int64_t)a.right_ln + k;
            if (x >= 0 && x < (int64_t)n) sig[x] = true;
            if (y >= 0 && y < (int64_t)n) sig[y] = true;
        }
    }
    ULines res = {NULL, 0, 0};
    int64_t prev = -1;
    for (size_t ln = 0; ln < n; ln++) {
        if (!sig[ln]) continue;
        size_t from = ln;
        if (prev >= 0 && (int64_t)ln - prev == 2) from = ln - 1; /* one line between: show it */
        else if (prev >= 0 && (int64_t)ln - prev > 2) {
            char msg[48];
            snprintf(msg, sizeof msg, "...<%lld lines>...", (long long)((int64_t)ln - prev - 1));
            ul_push(&res, u_from_utf8(msg, strlen(msg)));
        }
        for (size_t l = from; l <= ln; l++) {
            ul_push(&res, u_copy(all[l].c, all[l].n));
            if (!show) continue;
            size_t spaces = u_lstrip_count(all[l]);
            size_t ncar = l == n - 1 ? dp_end : display_width(all[l], all[l].n);
            U car = {malloc((ncar + 1) * sizeof(uint32_t)), 0};
            if (!car.c) continue;
            for (size_t col = 0; col < ncar; col++) {
                uint32_t ch;
                if (col < spaces || (l == 0 && col < dp_start)) ch = ' ';
                else if (anchors &&
                         (l > a.left_ln || (l == a.left_ln && col >= left_off)) &&
                         (l < a.right_ln || (l == a.right_ln && col < right_off)))
                    ch = (uint32_t)secondary;
                else
                    ch = (uint32_t)primary;
                car.c[car.n++] = ch;
            }
            ul_push(&res, car);
        }
        prev = (int64_t)ln;
    }
    free(sig);
    dedent_lines(res.l, res.n);
    for (size_t i = 0; i < res.n; i++) {
        sl_buf_adds(&P->out, "    ");
        buf_add_u(&P->out, res.l[i].c, res.l[i].n);
        sl_buf_addc(&P->out, '\n');
    }
    ul_free(&res);
done:
    if (orig)
        for (size_t i = 0; i < n; i++) u_free(&orig[i]);
    if (all)
        for (size_t i = 0; i < n; i++) u_free(&all[i]);
    free(orig);
    free(all);
}

/* -- 3.8-3.12 Lib/traceback.py (the traceback module before 3.13) -- */

/* 3.11-3.12 _extract_caret_anchors_from_line_segment: character offsets
 * in seg (whose arithmetic mixes bytes and characters, as CPython's) */
static bool legacy_extract_anchors(U seg, int64_t *left, int64_t *right) {
    size_t slen;
    char *text = utf8_of(seg.c, seg.n, &slen);
    if (!text) return false;
    Parsed p;
    bool found = false;
    if (parse_text(&p, text, slen) && p.mod->body.n == 1 && p.mod->body.items[0]->kind == SL_S_EXPR) {
        SlExpr *e = p.mod->body.items[0]->v.expr.value;
        int64_t n = (int64_t)seg.n;
        if (e->kind == SL_E_BINOP) {
            SlExpr *le = e->v.binop.left, *re = e->v.binop.right;
            size_t os = b2c(seg, (size_t)le->pos.end_col), oe = b2c(seg, (size_t)re->pos.col);
            if (oe < os) oe = os;
            U op = {seg.c + os, oe - os};
            int64_t off = (int64_t)u_lstrip_count(op);
            int64_t l = le->pos.end_col + off, r = l + 1;
            if (off + 1 < (int64_t)op.n && !py_isspace(op.c[off + 1])) r++;
            while (l < n && (py_isspace(seg.c[l]) || seg.c[l] == ')' || seg.c[l] == '#')) l++, r++;
            *left = (int64_t)b2c(seg, (size_t)l);
            *right = (int64_t)b2c(seg, (size_t)r);
            found = true;
        } else if (e->kind == SL_E_SUBSCRIPT) {
            int64_t l = (int64_t)b2c(seg, (size_t)e->v.subscript.value->pos.end_col);
            int64_t r = (int64_t)b2c(seg, (size_t)e->v.subscript.slice->pos.end_col + 1);
            while (l < n && (py_isspace(seg.c[l]) || seg.c[l] != '[')) l++;
            while (r < n && (py_isspace(seg.c[r]) || seg.c[r] != ']')) r++;
            if (r < n) r++;
            *left = l;
            *right = r;
            found = true;
        }
    }
    sl_arena_free(&p.arena);
    free(text);
    return found;
}

/* StackSummary.format_frame_summary of 3.8-3.12 (after the "File" line) */
static void legacy_display_line(Printer *P, SlTraceback *t, SlPos pos) {
    size_t blen;
    bool nl = false;
    const char *bytes = source_line_nl(P->vm, t->code->filename, (int)pos.line, &blen, &nl);
    if (!bytes) return;
    U line = u_from_utf8(bytes, blen); /* _original_line, without its newline */
    if (!line.c) return;
    size_t a = u_lstrip_count(line), z = u_rstrip_len(line);
    if (z <= a) {
        u_free(&line);
        return;
    }
    U stripped = {line.c + a, z - a};
    sl_buf_adds(&P->out, "    ");
    buf_add_u(&P->out, stripped.c, stripped.n);
    sl_buf_addc(&P->out, '\n');
    if (P->ft.carets && pos.end_line) {
        int64_t orig_len = (int64_t)line.n + (nl ? 1 : 0);
        int64_t stripped_chars = orig_len - (int64_t)stripped.n;
        size_t start = b2c(line, pos.col), end = b2c(line, pos.end_col);
        U seg = {line.c + (start < line.n ? start : line.n), 0};
        if (end > start && start < line.n) seg.n = (end < line.n ? end : line.n) - start;
        int64_t left = 0, right = 0;
        bool anchors = false;
        if (pos.line == pos.end_line) anchors = legacy_extract_anchors(seg, &left, &right);
        else end = z;
        if ((int64_t)end - (int64_t)start < (int64_t)stripped.n || (anchors && right - left > 0)) {
            int64_t dp_start = (int64_t)display_width(line, start) + 1;
            int64_t dp_end = (int64_t)display_width(line, end) + 1;
            sl_buf_adds(&P->out, "    ");
            for (int64_t i = 0; i < dp_start - stripped_chars; i++) sl_buf_addc(&P->out, ' ');
            if (anchors) {
                int64_t dl = (int64_t)display_width(seg, (size_t)left);
                int64_t dr = (int64_t)display_width(seg, (size_t)right);
                for (int64_t i = 0; i < dl; i++) sl_buf_addc(&P->out, '~');
                for (int64_t i = 0; i < dr - dl; i++) sl_buf_addc(&P->out, '^');
                for (int64_t i = 0; i < dp_end - dp_start - dr; i++) sl_buf_addc(&P->out, '~');
            } else {
                for (int64_t i = 0; i < dp_end - dp_start; i++) sl_buf_addc(&P->out, '^');
            }
            sl_buf_addc(&P->out, '\n');
        }
    }
    u_free(&line);
}

/* -- the stack: "Traceback (most recent call last):" and its entries -- */

static void print_entry(Printer *P, SlTraceback *t) {
    SlPos pos = tb_pos(t);
    const char *fname = SL_IS_STR(t->code->filename) ? SL_STR_DATA(t->code->filename) : "???";
    const char *name = t->code->name && SL_IS_STR(t->code->name) ? SL_STR_DATA(t->code->name) : "???";
    /* 3.13: REPL inputs are compiled as "<stdin>-N" and shown as "<stdin>" */
    if (P->ft.pytraceback && strncmp(fname, "<stdin>-", 8) == 0) fname = "<stdin>";
    int lineno = pos.line ? (int)pos.line : -1;
    sl_buf_printf(&P->out, "  File \"%s\", line %d, in %s\n", fname, lineno, name);
    if (pos.line) {
        if (P->ft.pytraceback) py_display_lines(P, t, pos);
        else if (P->legacy) legacy_display_line(P, t, pos);
        else c_display_line(P, t, lineno);
    }
    mark(P);
}

#define RECURSIVE_CUTOFF 3

static void print_repeated(Printer *P, size_t cnt) {
    cnt -= RECURSIVE_CUTOFF;
    sl_buf_printf(&P->out, "  [Previous line repeated %zu more time%s]\n", cnt, cnt > 1 ? "s" : "");
    mark(P);
}

static bool same_str(SlValue a, SlValue b) {
    return a == b || (a && b && SL_IS_STR(a) && SL_IS_STR(b) && sl_str_eq(a, b));
}

/* tb_printinternal / StackSummary.format */
static void print_stack(Printer *P, SlValue tb) {
    size_t depth = 0;
    for (SlValue t = tb; t; t = TB(t)->next) depth++;
    size_t keep = depth;
    if (P->has_limit && P->limit >= 0) {
        if ((size_t)P->limit < keep) keep = (size_t)P->limit; /* the first entries */
    } else if (P->has_limit) {
        for (; depth > (size_t)-P->limit; depth--) tb = TB(tb)->next; /* the last ones */
    } else if (P->ft.limit_1000 && !P->module) {
        /* sys.tracebacklimit's default in the C printer */
        for (; depth > 1000; depth--) tb = TB(tb)->next;
    }
    SlValue last_file = SL_NULL, last_name = SL_NULL;
    int64_t last_line = -1;
    size_t cnt = 0;
    for (SlValue v = tb; v && keep; v = TB(v)->next, keep--) {
        SlTraceback *t = TB(v);
        if (!t->code) continue;
        SlPos pos = tb_pos(t);
        int64_t line = pos.line ? (int64_t)pos.line : -1;
        if (!last_file || !same_str(t->code->filename, last_file) || last_line != line ||
            !same_str(t->code->name, last_name)) {
            if (cnt > RECURSIVE_CUTOFF) print_repeated(P, cnt);
            last_file = t->code->filename;
            last_line = line;
            last_name = t->code->name;
            cnt = 0;
        }
        cnt++;
        if (cnt <= RECURSIVE_CUTOFF) print_entry(P, t);
    }
    if (cnt > RECURSIVE_CUTOFF) print_repeated(P, cnt);
}

/* ---- suggestions (Python/suggestions.c) -------------------------------------------------- */

#define MAX_CANDIDATE_ITEMS 750
#define MAX_STRING_SIZE 40
#define MOVE_COST 2
#define CASE_COST 1

static size_t substitution_cost(char a, char b) {
    if (a == b) return 0;
    if ('A' <= a && a <= 'Z') a = (char)(a + ('a' - 'A'));
    if ('A' <= b && b <= 'Z') b = (char)(b + ('a' - 'A'));
    return a == b ? CASE_COST : MOVE_COST;
}

/* levenshtein_distance, on UTF-8 bytes as CPython */
static size_t levenshtein(const char *a, size_t a_size, const char *b, size_t b_size,
                          size_t max_cost, size_t *buffer) {
    if (a == b && a_size == b_size) return 0;
    while (a_size && b_size && a[0] == b[0]) {
        a++, a_size--;
        b++, b_size--;
    }
    while (a_size && b_size && a[a_size - 1] == b[b_size - 1]) {
        a_size--;
        b_size--;
    }
    if (a_size == 0 || b_size == 0) return (a_size + b_size) * MOVE_COST;
    if (a_size > MAX_STRING_SIZE || b_size > MAX_STRING_SIZE) return max_cost + 1;
    if (b_size < a_size) {
        const char *t = a;
        a = b;
        b = t;
        size_t ts = a_size;
        a_size = b_size;
        b_size = ts;
    }
    if ((b_size - a_size) * MOVE_COST > max_cost) return max_cost + 1;
    size_t tmp = MOVE_COST;
    for (size_t i = 0; i < a_size; i++) {
        buffer[i] = tmp;
        tmp += MOVE_COST;
    }
    size_t result = 0;
    for (size_t b_index = 0; b_index < b_size; b_index++) {
        char code = b[b_index];
        size_t distance = result = b_index * MOVE_COST;
        size_t minimum = SIZE_MAX;
        for (size_t index = 0; index < a_size; index++) {
            size_t substitute = distance + substitution_cost(code, a[index]);
            distance = buffer[index];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[index] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

/* A growable list of borrowed candidate names. */
typedef struct Cands {
    SlValue *v;
    size_t n, cap;
} Cands;

static void cands_add(Cands *c, SlValue s) {
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 64;
        SlValue *nv = realloc(c->v, cap * sizeof(SlValue));
        if (!nv) return;
        c->v = nv;
        c->cap = cap;
    }
    c->v[c->n++] = s;
}
static void cands_add_tuple(Cands *c, SlValue t) {
    if (t && SL_IS_TUPLE(t))
        for (size_t i = 0; i < SL_TUPLE_SIZE(t); i++) cands_add(c, SL_TUPLE_ITEMS(t)[i]);
}
static void cands_add_keys(Cands *c, SlValue d) {
    if (!d || !SL_IS_DICT(d)) return;
    size_t pos = 0;
    SlValue k, v;
    while (sl_dict_next(d, &pos, &k, &v)) cands_add(c, k);
}

/* _Py_CalculateSuggestions: the closest candidate (borrowed) or SL_NULL */
static SlValue calculate_suggestions(const Cands *c, SlValue name) {
    if (c->n >= MAX_CANDIDATE_ITEMS) return SL_NULL;
    size_t best = SIZE_MAX;
    SlValue suggestion = SL_NULL;
    size_t buffer[MAX_STRING_SIZE];
    const char *ns = SL_STR_DATA(name);
    size_t nn = SL_STR_SIZE(name);
    for (size_t i = 0; i < c->n; i++) {
        SlValue item = c->v[i];
        if (!SL_IS_STR(item) || sl_str_eq(item, name)) continue;
        size_t in = SL_STR_SIZE(item);
        size_t max_distance = (nn + in + 3) * MOVE_COST / 6;
        if (best - 1 < max_distance) max_distance = best - 1;
        size_t d = levenshtein(ns, nn, SL_STR_DATA(item), in, max_distance, buffer);
        if (d > max_distance) continue;
        if (!suggestion || d < best) {
            suggestion = item;
            best = d;
        }
    }
    return suggestion;
}

static int cmp_cstr(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* name in sys.stdlib_module_names (3.12+) */
static bool is_stdlib_module(const SlErrFeatures *ft, SlValue name) {
    const char *s = SL_STR_DATA(name);
    if (bsearch(&s, stdlib_common, sizeof stdlib_common / sizeof *stdlib_common, sizeof(char *),
                cmp_cstr))
        return true;
    const char *const *extra = ft->syntax_style >= 13 ? stdlib_only_313 : stdlib_only_312;
    size_t n = ft->syntax_style >= 13 ? sizeof stdlib_only_313 / sizeof *stdlib_only_313
                                      : sizeof stdlib_only_312 / sizeof *stdlib_only_312;
    for (size_t i = 0; i < n; i++)
        if (strcmp(extra[i], s) == 0) return true;
    return false;
}

/* hasattr(obj, name), errors ignored */
static bool has_attr(SlVM *vm, SlValue obj, SlValue name) {
    SlValue v = sl_lookup_attr(vm, obj, name);
    sl_exc_clear(vm);
    if (!v) return false;
    sl_decref(vm, v);
    return true;
}

/* sorted dir(obj) as a list, or SL_NULL (errors cleared) */
static SlValue dir_of(SlVM *vm, SlValue obj) {
    SlValue f = vm->builtins ? sl_dict_get_cstr(vm->builtins, "dir") : SL_NULL;
    SlValue r = f ? sl_call1(vm, f, obj) : SL_NULL;
    if (r && !SL_IS_LIST(r)) SL_SETREF(vm, r, SL_NULL);
    sl_exc_clear(vm);
    return r;
}

static SlTraceback *innermost(SlValue tb) {
    if (!tb) return NULL;
    while (TB(tb)->next) tb = TB(tb)->next;
    return TB(tb);
}

/* 3.12 Lib/traceback.py's _compute_suggestion_error: one list of
 * candidates, a distance bound that starts at len(name). */
static SlValue legacy_calculate(const Cands *c, SlValue name) {
    if (c->n > MAX_CANDIDATE_ITEMS) return SL_NULL;
    size_t nlen = SL_STR_LEN(name);
    if (nlen > MAX_STRING_SIZE) return SL_NULL;
    size_t best = nlen;
    SlValue suggestion = SL_NULL;
    size_t buffer[MAX_STRING_SIZE];
    for (size_t i = 0; i < c->n; i++) {
        SlValue item = c->v[i];
        if (!SL_IS_STR(item) || sl_str_eq(item, name)) continue;
        size_t max_distance = (SL_STR_LEN(item) + nlen + 3) * MOVE_COST / 6;
        if (best - 1 < max_distance) max_distance = best - 1;
        size_t d = levenshtein(SL_STR_DATA(name), SL_STR_SIZE(name), SL_STR_DATA(item),
                               SL_STR_SIZE(item), max_distance, buffer);
        if (d > max_distance) continue;
        if (!suggestion || d < best) {
            suggestion = item;
            best = d;
        }
    }
    return suggestion;
}

/* The suggestions of the traceback module before 3.13: none before 3.12;
 * 3.12's Python code (whose import hint lacks its question mark). */
static void legacy_suggestion(Printer *P, SlValue exc, SlBuf *b) {
    SlVM *vm = P->vm;
    if (!P->ft.self_and_import) return;
    bool is_attr = sl_isinstance_type(exc, SL_AttributeError);
    bool is_name = !is_attr && sl_isinstance_type(exc, SL_NameError);
    if (!is_attr && !is_name) return;
    SlValue name = is_name ? ((SlNameErrorObject *)SL_AS_OBJ(exc))->name
                           : ((SlAttributeErrorObject *)SL_AS_OBJ(exc))->name;
    if (!name || !SL_IS_STR(name)) return;
    SlTraceback *tb = innermost(EXC(exc)->traceback);
    Cands c = {NULL, 0, 0};
    SlValue dir = SL_NULL, suggestion = SL_NULL;
    bool self_attr = false;
    if (is_attr) {
        SlValue obj = ((SlAttributeErrorObject *)SL_AS_OBJ(exc))->obj;
        dir = dir_of(vm, obj ? obj : SL_NONE);
        if (dir) {
            SlList *l = (SlList *)SL_AS_OBJ(dir);
            for (size_t i = 0; i < l->size; i++) cands_add(&c, l->items[i]);
            suggestion = legacy_calculate(&c, name);
        }
    } else if (tb && tb->code) {
        if (tb->frame_names == SL_NONE) cands_add_keys(&c, tb->globals);
        else cands_add_tuple(&c, tb->frame_names);
        cands_add_keys(&c, tb->globals);
        cands_add_keys(&c, vm->builtins);
        if (tb->frame_self && has_attr(vm, tb->frame_self, name)) self_attr = true;
        else suggestion = legacy_calculate(&c, name);
    }
    if (self_attr) sl_buf_printf(b, ". Did you mean: 'self.%s'?", SL_STR_DATA(name));
    else if (suggestion) sl_buf_printf(b, ". Did you mean: '%s'?", SL_STR_DATA(suggestion));
    if (is_name && is_stdlib_module(&P->ft, name))
        sl_buf_printf(b, "%s forget to import '%s'", self_attr || suggestion ? " Or did you" : ". Did you",
                      SL_STR_DATA(name));
    free(c.v);
    sl_xdecref(vm, dir);
}

/* The text appended to the message of a NameError or AttributeError:
 * ". Did you mean: 'x'?" and/or ". Did you forget to import 'm'?" */
static void add_suggestion(Printer *P, SlValue exc, SlBuf *b) {
    SlVM *vm = P->vm;
    const SlErrFeatures *ft = &P->ft;
    if (!ft->suggestions) return;
    if (P->legacy) {
        legacy_suggestion(P, exc, b);
        return;
    }
    SlType *t = SL_TYPE(exc);
    /* the C printer (3.10-3.12) looks at exact types only */
    bool is_name = ft->pytraceback ? sl_isinstance_type(exc, SL_NameError) : t == SL_NameError;
    bool is_attr = ft->pytraceback ? sl_isinstance_type(exc, SL_AttributeError)
                                   : t == SL_AttributeError;
    if (!is_name && !is_attr) return;
    SlValue name = is_name ? ((SlNameErrorObject *)SL_AS_OBJ(exc))->name
                           : ((SlAttributeErrorObject *)SL_AS_OBJ(exc))->name;
    if (!name || !SL_IS_STR(name)) return;
    SlTraceback *tb = innermost(EXC(exc)->traceback);
    SlValue suggestion = SL_NULL; /* borrowed from a candidate list, or owned "self.x" */
    bool self_attr = false;
    Cands c = {NULL, 0, 0};
    SlValue dir = SL_NULL;
    if (is_attr) {
        SlValue obj = ((SlAttributeErrorObject *)SL_AS_OBJ(exc))->obj;
        if (!obj && !ft->pytraceback) return;
        dir = dir_of(vm, obj ? obj : SL_NONE);
        if (!dir) return;
        /* 3.13 hides _names unless the name has one or the object is self */
        bool hide = ft->pytraceback && SL_STR_DATA(name)[0] != '_' &&
                    !(tb && tb->frame_self && tb->frame_self == (obj ? obj : SL_NONE));
        SlList *l = (SlList *)SL_AS_OBJ(dir);
        for (size_t i = 0; i < l->size; i++) {
            SlValue it = l->items[i];
            if (hide && SL_IS_STR(it) && SL_STR_DATA(it)[0] == '_') continue;
            cands_add(&c, it);
        }
        suggestion = calculate_suggestions(&c, name);
    } else if (tb && tb->code) {
        SlValue globals = tb->globals, builtins = vm->builtins;
        SlValue self = tb->frame_self;
        if (ft->pytraceback) {
            if (tb->frame_names == SL_NONE) cands_add_keys(&c, globals);
            else cands_add_tuple(&c, tb->frame_names);
            cands_add_keys(&c, globals);
            cands_add_keys(&c, builtins);
            if (self && has_attr(vm, self, name)) self_attr = true;
            else suggestion = calculate_suggestions(&c, name);
        } else {
            cands_add_tuple(&c, tb->code->varnames);
            if (ft->self_and_import && tuple_index(tb->code->varnames, "self") >= 0 && self &&
                has_attr(vm, self, name)) {
                self_attr = true;
            } else {
                suggestion = calculate_suggestions(&c, name);
                if (!suggestion) {
                    c.n = 0;
                    cands_add_keys(&c, globals);
                    suggestion = calculate_suggestions(&c, name);
                }
                if (!suggestion) {
                    c.n = 0;
                    cands_add_keys(&c, builtins);
                    suggestion = calculate_suggestions(&c, name);
                }
            }
        }
    }
    bool forgot = is_name && ft->self_and_import && is_stdlib_module(ft, name) &&
                  (tb || ft->pytraceback);
    if (self_attr) {
        sl_buf_printf(b, ". Did you mean: 'self.%s'?", SL_STR_DATA(name));
    } else if (suggestion) {
        sl_buf_adds(b, ". Did you mean: ");
        if (!sl_buf_add_repr(vm, b, suggestion)) sl_exc_clear(vm);
        sl_buf_adds(b, "?");
    }
    if (forgot)
        sl_buf_printf(b, "%s forget to import '%s'?", self_attr || suggestion ? " Or did you" : ". Did you",
                      SL_STR_DATA(name));
    free(c.v);
    sl_xdecref(vm, dir);
}

/* ---- the exception's own lines ---------------------------------------------------------- */

/* The class as the last line names it: "ValueError", "mymod.MyError". */
static void add_type_name(Printer *P, SlType *t) {
    if (!(t->flags & SL_TPFLAGS_HEAPTYPE)) { /* built-in: module "builtins" */
        sl_buf_adds(&P->out, t->name);
        return;
    }
    SlValue mod = t->dict ? sl_dict_get_cstr(t->dict, "__module__") : SL_NULL;
    if (!mod || !SL_IS_STR(mod)) {
        /* 3.8-3.12 write "<unknown>" for the module and no dot */
        sl_buf_adds(&P->out, P->ft.pytraceback || P->module ? "<unknown>." : "<unknown>");
    } else if (!sl_str_eq_cstr(mod, "builtins") &&
               ((P->ft.main_prefix && !P->module) || !sl_str_eq_cstr(mod, "__main__"))) {
        sl_buf_add(&P->out, SL_STR_DATA(mod), SL_STR_SIZE(mod));
        sl_buf_addc(&P->out, '.');
    }
    SlValue n = P->ft.qualname || P->module ? t->qualname : t->name_obj;
    if (n && SL_IS_STR(n)) sl_buf_add(&P->out, SL_STR_DATA(n), SL_STR_SIZE(n));
    else sl_buf_adds(&P->out, t->name);
}

/* "Name: message" (the message and suggestion in msg_extra) */
static void add_final_line(Printer *P, SlType *t, SlValue exc) {
    SlVM *vm = P->vm;
    add_type_name(P, t);
    SlValue s = sl_str(vm, exc);
    SlBuf extra;
    sl_buf_init(&extra);
    add_suggestion(P, exc, &extra);
    if (!s) {
        sl_exc_clear(vm);
        sl_buf_adds(&P->out, ": <exception str() failed>");
    } else {
        if (SL_STR_SIZE(s) || ((P->ft.pytraceback || P->module) && extra.len))
            sl_buf_adds(&P->out, ": ");
        sl_buf_add(&P->out, SL_STR_DATA(s), SL_STR_SIZE(s));
        sl_decref(vm, s);
    }
    if (extra.len) sl_buf_add(&P->out, extra.data, extra.len);
    sl_buf_free(&extra);
    sl_buf_addc(&P->out, '\n');
    mark(P);
}

/* An attribute as a C integer; false if missing, None or not a small int. */
static bool attr_int(SlValue v, int64_t *out) {
    if (!v || !SL_IS_INT(v)) return false;
    *out = SL_INT_VAL(v);
    return true;
}

/* SyntaxError: "  File ..., line N", the text, the caret line, "SyntaxError: msg" */
static bool print_syntax_error(Printer *P, SlValue exc) {
    SlVM *vm = P->vm;
    SlSyntaxErrorObject *s = (SlSyntaxErrorObject *)SL_AS_OBJ(exc);
    SlBuf *o = &P->out;
    /* the traceback module before 3.13: 3.10-3.12's Python code */
    int style = P->legacy ? 12 : P->ft.syntax_style;
    SlValue text = s->text && SL_IS_STR(s->text) ? s->text : SL_NULL;
    int64_t lineno = 0, offset = -1, end_lineno = 0, end_offset = -1;
    bool have_offset = attr_int(s->offset, &offset);
    bool have_lineno = attr_int(s->lineno, &lineno);
    if (style >= 12) {
        /* TracebackException._format_syntax_error */
        const char *suffix_fn = NULL;
        if (s->lineno && s->lineno != SL_NONE) {
            sl_buf_adds(o, "  File \"");
            if (s->filename && SL_IS_STR(s->filename) && SL_STR_SIZE(s->filename))
                sl_buf_add(o, SL_STR_DATA(s->filename), SL_STR_SIZE(s->filename));
            else
                sl_buf_adds(o, "<string>");
            sl_buf_adds(o, "\", line ");
            if (!sl_buf_add_str(vm, o, s->lineno)) sl_exc_clear(vm);
            sl_buf_addc(o, '\n');
            mark(P);
        } else if (s->filename && s->filename != SL_NONE && SL_IS_STR(s->filename)) {
            suffix_fn = SL_STR_DATA(s->filename);
        }
        if (text) {
            U t = u_from_utf8(SL_STR_DATA(text), SL_STR_SIZE(text));
            size_t rn = t.n;
            while (rn && t.c[rn - 1] == '\n') rn--;
            size_t sp = 0;
            while (sp < rn && (t.c[sp] == ' ' || t.c[sp] == '\n' || t.c[sp] == '\f')) sp++;
            U lt = {t.c + sp, rn - sp};
            sl_buf_adds(o, "    ");
            buf_add_u(o, lt.c, lt.n);
            sl_buf_addc(o, '\n');
            mark(P);
            if (style == 12 && (have_offset || (s->offset && s->offset != SL_NONE))) {
                int64_t e0, off = offset;
                int64_t eoff = attr_int(s->end_offset, &e0) && e0 != 0 ? e0 : off;
                if (off == eoff || eoff == -1) eoff = off + 1;
                int64_t colno = off - 1 - (int64_t)sp, end_colno = eoff - 1 - (int64_t)sp;
                if (colno >= 0) {
                    sl_buf_adds(o, "    ");
                    for (int64_t i = 0; i < colno && i < (int64_t)lt.n; i++)
                        sl_buf_add_codepoint(o, py_isspace(lt.c[i]) ? lt.c[i] : ' ');
                    for (int64_t i = colno; i < end_colno; i++) sl_buf_addc(o, '^');
                    sl_buf_addc(o, '\n');
                    mark(P);
                }
            } else if (have_offset || (s->offset && s->offset != SL_NONE)) {
                int64_t off = offset, eoff;
                bool same_line = s->lineno && s->end_lineno && attr_int(s->end_lineno, &end_lineno) &&
                                 have_lineno && end_lineno == lineno;
                if (same_line) {
                    int64_t e0;
                    eoff = attr_int(s->end_offset, &e0) && e0 != 0 ? e0 : off;
                } else {
                    eoff = (int64_t)rn + 1;
                }
                if (t.n && off > (int64_t)t.n) off = (int64_t)rn + 1;
                if (t.n && eoff > (int64_t)t.n) eoff = (int64_t)rn + 1;
                if (off >= eoff || eoff < 0) eoff = off + 1;
                int64_t colno = off - 1 - (int64_t)sp, end_colno = eoff - 1 - (int64_t)sp;
                if (colno >= 0) {
                    sl_buf_adds(o, "    ");
                    for (int64_t i = 0; i < colno && i < (int64_t)lt.n; i++)
                        sl_buf_add_codepoint(o, py_isspace(lt.c[i]) ? lt.c[i] : ' ');
                    for (int64_t i = colno; i < end_colno; i++) sl_buf_addc(o, '^');
                    sl_buf_addc(o, '\n');
                    mark(P);
                }
            }
            u_free(&t);
        }
        add_type_name(P, SL_TYPE(exc));
        sl_buf_adds(o, ": ");
        int truth = s->msg ? sl_truthy(vm, s->msg) : 0;
        if (truth < 0) sl_exc_clear(vm);
        if (truth > 0) {
            if (!sl_buf_add_str(vm, o, s->msg)) sl_exc_clear(vm);
        } else {
            sl_buf_adds(o, "<no detail available>");
        }
        if (suffix_fn) sl_buf_printf(o, " (%s)", suffix_fn);
        sl_buf_addc(o, '\n');
        mark(P);
        return true;
    }
    /* the C printer: parse_syntax_error needs an int lineno, else the
     * exception is printed like any other */
    if (!have_lineno) return false;
    if (!have_offset) offset = -1;
    if (style >= 10) {
        if (SL_TYPE(exc) == SL_EXC(SyntaxError)) {
            if (!attr_int(s->end_lineno, &end_lineno)) end_lineno = lineno;
            if (!attr_int(s->end_offset, &end_offset)) end_offset = -1;
        } else { /* subclasses: no end position */
            end_lineno = lineno;
            end_offset = -1;
        }
    }
    sl_buf_adds(o, "  File \"");
    if (s->filename && SL_IS_STR(s->filename)) sl_buf_add_str(vm, o, s->filename);
    else sl_buf_adds(o, "<string>");
    sl_buf_printf(o, "\", line %lld\n", (long long)lineno);
    if (text) {
        const char *tx = SL_STR_DATA(text);
        size_t tlen = SL_STR_SIZE(text);
        if (style == 8) {
            /* 3.8 print_error_text */
            int64_t off = offset;
            if (off >= 0) {
                if (off > 0 && (size_t)off == strlen(tx) && tx[off - 1] == '\n') off--;
                for (;;) {
                    const char *nl = strchr(tx, '\n');
                    if (!nl || nl - tx >= off) break;
                    off -= (int64_t)(nl + 1 - tx);
                    tx = nl + 1;
                }
                while (*tx == ' ' || *tx == '\t' || *tx == '\f') {
                    tx++;
                    off--;
                }
            }
            sl_buf_adds(o, "    ");
            sl_buf_adds(o, tx);
            if (!*tx || tx[strlen(tx) - 1] != '\n') sl_buf_addc(o, '\n');
            if (off != -1) {
                sl_buf_adds(o, "    ");
                while (--off > 0) sl_buf_addc(o, ' ');
                sl_buf_adds(o, "^\n");
            }
        } else {
            /* 3.9-3.12 print_error_text (3.10+: a run of carets) */
            int64_t carets = 1;
            if (style >= 10) {
                if (end_lineno > lineno) end_offset = (int64_t)tlen;
                if (end_offset > (int64_t)tlen + 1) end_offset = (int64_t)tlen + 1;
                carets = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
            }
            int64_t off = offset - 1;
            while (*tx == ' ' || *tx == '\t' || *tx == '\f') {
                tx++;
                off--;
            }
            int64_t len = (int64_t)strlen(tx);
            if (len > 0 && tx[len - 1] == '\n') len--;
            if (off > len) off = len;
            for (;;) {
                const char *nl = strchr(tx, '\n');
                if (!nl) break;
                int64_t inl = nl - tx;
                if (inl >= off) break;
                inl += 1;
                tx += inl;
                len -= inl;
                off -= inl;
            }
            sl_buf_adds(o, "    ");
            sl_buf_adds(o, tx);
            if (tx[len] != '\n') sl_buf_addc(o, '\n');
            if (off >= 0) {
                sl_buf_adds(o, "    ");
                while (--off >= 0) sl_buf_addc(o, ' ');
                for (int64_t i = 0; i < carets; i++) sl_buf_addc(o, '^');
                sl_buf_addc(o, '\n');
            }
        }
    }
    add_type_name(P, SL_TYPE(exc));
    SlValue msg = s->msg ? s->msg : SL_NONE;
    if (msg != SL_NONE) {
        SlValue m = sl_str(vm, msg);
        if (!m) {
            sl_exc_clear(vm);
            sl_buf_adds(o, ": <exception str() failed>");
        } else {
            if (SL_STR_SIZE(m)) sl_buf_adds(o, ": ");
            sl_buf_add(o, SL_STR_DATA(m), SL_STR_SIZE(m));
            sl_decref(vm, m);
        }
    }
    sl_buf_addc(o, '\n');
    return true;
}

/* __notes__ (3.11+) */
static void print_notes(Printer *P, SlValue exc) {
    SlVM *vm = P->vm;
    SlValue d = EXC(exc)->dict;
    SlValue notes = d && SL_IS_DICT(d) ? sl_dict_get_cstr(d, "__notes__") : SL_NULL;
    if (!notes) return;
    if (!SL_IS_LIST(notes) && !SL_IS_TUPLE(notes)) {
        SlValue r = sl_repr(vm, notes);
        if (r) {
            sl_buf_add(&P->out, SL_STR_DATA(r), SL_STR_SIZE(r));
            sl_decref(vm, r);
        } else {
            sl_exc_clear(vm);
            sl_buf_adds(&P->out, P->ft.pytraceback ? "<__notes__ repr() failed>"
                                                   : "<__notes__ repr() failed>");
        }
        sl_buf_addc(&P->out, '\n');
        return;
    }
    int64_t n = sl_len(vm, notes);
    for (int64_t i = 0; i < n; i++) {
        SlValue note = sl_getitem(vm, notes, SL_FROM_INT(i));
        SlValue s = note ? sl_str(vm, note) : SL_NULL;
        sl_xdecref(vm, note);
        if (!s) {
            sl_exc_clear(vm);
            sl_buf_adds(&P->out, "<note str() failed>\n");
            mark(P);
            continue;
        }
        /* one string per line of the note */
        const char *d = SL_STR_DATA(s), *e = d + SL_STR_SIZE(s);
        for (const char *q = d;; q++) {
            if (q == e || *q == '\n') {
                sl_buf_add(&P->out, d, (size_t)(q - d));
                sl_buf_addc(&P->out, '\n');
                mark(P);
                d = q + 1;
                if (q == e) break;
            }
        }
        sl_decref(vm, s);
    }
    if (n < 0) sl_exc_clear(vm);
}

static void print_one(Printer *P, SlValue exc, bool with_tb) {
    SlException *e = EXC(exc);
    /* the module omits the header when limit= leaves no entries */
    if (e->traceback && with_tb && !(P->module && P->has_limit && P->limit == 0)) {
        sl_buf_adds(&P->out, "Traceback (most recent call last):\n");
        mark(P);
        print_stack(P, e->traceback);
    }
    bool done = false;
    if (sl_isinstance_type(exc, SL_EXC(SyntaxError))) done = print_syntax_error(P, exc);
    if (!done) add_final_line(P, SL_TYPE(exc), exc);
    if (P->ft.notes) print_notes(P, exc);
}

#define MAX_CHAIN 1024

/* The exception, preceded by its causes and contexts (chain=false: alone). */
static void format_chain(Printer *P, SlValue exc, bool chain, bool with_tb) {
    if (!IS_EXC(exc)) {
        /* not an exception: CPython prints "TypeError: print_exception(): Exception expected ..." */
        sl_buf_printf(&P->out, "TypeError: print_exception(): Exception expected for value, %s found\n",
                      sl_type_name(exc));
        return;
    }
    /* the chain, newest first: chain[i+1] is chain[i]'s cause or context */
    SlValue chainv[MAX_CHAIN];
    const char *link[MAX_CHAIN];
    size_t n = 0;
    chainv[n++] = exc;
    while (chain && n < MAX_CHAIN) {
        SlException *e = EXC(chainv[n - 1]);
        SlValue next = SL_NULL;
        const char *msg = NULL;
        bool seen = false;
        if (e->cause && IS_EXC(e->cause)) {
            for (size_t i = 0; i < n; i++) seen |= chainv[i] == e->cause;
            if (seen) break;
            next = e->cause;
            msg = "\nThe above exception was the direct cause of the following exception:\n\n";
        } else if (!e->suppress_context && e->context && IS_EXC(e->context)) {
            for (size_t i = 0; i < n; i++) seen |= chainv[i] == e->context;
            if (seen) break;
            next = e->context;
            msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
        }
        if (!next) break;
        link[n - 1] = msg;
        chainv[n++] = next;
    }
    for (size_t i = n; i-- > 0;) {
        print_one(P, chainv[i], with_tb);
        if (i > 0) {
            sl_buf_adds(&P->out, link[i - 1]);
            mark(P);
        }
    }
}

static void write_err(SlVM *vm, const SlBuf *b) {
    FILE *fp = vm->err.fp ? vm->err.fp : stderr;
    if (b->len) fwrite(b->data, 1, b->len, fp);
    fflush(fp);
}

/* PyErr_WriteUnraisable(obj): an error nobody can catch (in __del__, a
 * weakref callback, a gc callback) is printed and cleared. */
void sl_write_unraisable(SlVM *vm, SlValue obj) {
    SlValue exc = sl_exc_fetch(vm);
    FILE *fp = vm->err.fp ? vm->err.fp : stderr;
    SlValue r = sl_repr(vm, obj);
    if (r) {
        fprintf(fp, "Exception ignored in: %s\n", SL_STR_DATA(r));
        sl_decref(vm, r);
    } else {
        sl_exc_clear(vm);
        fputs("Exception ignored in: <object repr() failed>\n", fp);
    }
    fflush(fp);
    sl_print_exception(vm, exc);
    sl_xdecref(vm, exc);
}

void sl_print_exception(SlVM *vm, SlValue exc) {
    if (!exc) return;
    SlValue saved = vm->exc; /* printing runs str(), dir(): keep any pending exception */
    vm->exc = SL_NULL;
    Printer P;
    printer_init(&P, vm, false);
    format_chain(&P, exc, true, true);
    write_err(vm, &P.out);
    printer_free(&P);
    sl_exc_clear(vm);
    vm->exc = saved;
}

/* ---- the traceback module ------------------------------------------------------------------ */

/* limit= (None or an int) and chain= of the module's functions */
static bool module_options(Printer *P, SlValue limit, SlValue chain, bool *chain_out) {
    SlVM *vm = P->vm;
    if (limit && limit != SL_NONE) {
        int64_t l;
        if (!sl_index_i64(vm, limit, &l)) return false;
        P->has_limit = true;
        P->limit = l;
    }
    *chain_out = true;
    if (chain) {
        int t = sl_truthy(vm, chain);
        if (t < 0) return false;
        *chain_out = t > 0;
    }
    return true;
}

/* file.write(text); file None or missing: sys.stderr */
static SlValue module_write(SlVM *vm, SlValue file, const SlBuf *b) {
    SlValue f = file && file != SL_NONE ? sl_incref(file)
                                         : sl_getattr_cstr(vm, vm->sys_module, "stderr");
    if (!f) return SL_NULL;
    SlValue text = sl_str_new(vm, b->data ? b->data : "", b->len);
    SlValue r = text ? sl_call_method(vm, f, "write", &text, 1) : SL_NULL;
    sl_xdecref(vm, text);
    sl_decref(vm, f);
    if (!r) return SL_NULL;
    sl_decref(vm, r);
    return sl_incref(SL_NONE);
}

/* The strings format_exception() returns: the output cut at the marks. */
static SlValue module_list(Printer *P) {
    SlVM *vm = P->vm;
    mark(P);
    SlValue l = sl_list_new(vm, 0);
    if (!l) return SL_NULL;
    size_t from = 0;
    for (size_t i = 0; i < P->nmarks; i++) {
        if (P->marks[i] <= from) continue;
        SlValue s = sl_str_new(vm, P->out.data + from, P->marks[i] - from);
        bool ok = s && sl_list_append(vm, l, s);
        sl_xdecref(vm, s);
        if (!ok) {
            sl_decref(vm, l);
            return SL_NULL;
        }
        from = P->marks[i];
    }
    return l;
}

/* Format exc (None: "NoneType: None") into P. */
static void module_format(Printer *P, SlValue exc, bool chain, bool with_tb) {
    if (!exc || exc == SL_NONE) {
        sl_buf_adds(&P->out, "NoneType: None\n");
        mark(P);
        return;
    }
    format_chain(P, exc, chain, with_tb);
    sl_exc_clear(P->vm); /* errors of str(), dir() while formatting are ignored */
}

static SlValue handled_exception(SlVM *vm) {
    return vm->exc_info && vm->exc_info != SL_NONE ? vm->exc_info : SL_NONE;
}

enum { TB_PRINT, TB_FORMAT_STR, TB_FORMAT_LIST };

static SlValue module_emit(Printer *P, int how, SlValue file) {
    SlValue r;
    if (how == TB_PRINT) r = module_write(P->vm, file, &P->out);
    else if (how == TB_FORMAT_STR) r = sl_str_new(P->vm, P->out.data ? P->out.data : "", P->out.len);
    else r = module_list(P);
    printer_free(P);
    return r;
}

static SlValue tb_print_exc(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    static const char *const names[] = {"limit", "file", "chain", NULL};
    SlValue a[3];
    if (!sl_args_parse(vm, "print_exc", args, nargs, kw, names, 0, 3, a)) return SL_NULL;
    Printer P;
    printer_init(&P, vm, true);
    bool chain;
    if (!module_options(&P, a[0], a[2], &chain)) {
        printer_free(&P);
        return SL_NULL;
    }
    module_format(&P, handled_exception(vm), chain, true);
    return module_emit(&P, TB_PRINT, a[1]);
}

static SlValue tb_format_exc(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    static const char *const names[] = {"limit", "chain", NULL};
    SlValue a[2];
    if (!sl_args_parse(vm, "format_exc", args, nargs, kw, names, 0, 2, a)) return SL_NULL;
    Printer P;
    printer_init(&P, vm, true);
    bool chain;
    if (!module_options(&P, a[0], a[1], &chain)) {
        printer_free(&P);
        return SL_NULL;
    }
    module_format(&P, handled_exception(vm), chain, true);
    return module_emit(&P, TB_FORMAT_STR, SL_NULL);
}

/* print_exception / format_exception: (exc) in 3.10+, (etype, value, tb) before */
static SlValue exception_common(SlVM *vm, const SlValue *args, size_t nargs, SlValue kw,
                                const char *fname, int how) {
    static const char *const pnames[] = {"exc", "value", "tb", "limit", "file", "chain", NULL};
    static const char *const fnames[] = {"exc", "value", "tb", "limit", "chain", NULL};
    SlValue a[6] = {SL_NULL, SL_NULL, SL_NULL, SL_NULL, SL_NULL, SL_NULL};
    bool print = how == TB_PRINT;
    size_t nkw = kw ? SL_TUPLE_SIZE(kw) : 0;
    if (!vm->ver->name_suggestions && nargs < 3 && nkw == 0) {
        /* 3.8-3.9: (etype, value, tb) are required, and the message is Python's */
        if (nargs == 2)
            return sl_raise(vm, SL_TypeError, "%s() missing 1 required positional argument: 'tb'", fname);
        return sl_raise(vm, SL_TypeError,
                        nargs == 1 ? "%s() missing 2 required positional arguments: 'value' and 'tb'"
                                   : "%s() missing 3 required positional arguments: 'etype', 'value', and 'tb'",
                        fname);
    }
    if (!sl_args_parse(vm, fname, args, nargs, kw, print ? pnames : fnames,
                       vm->ver->name_suggestions ? 1 : 3, print ? 6 : 5, a))
        return SL_NULL;
    SlValue value = a[1] ? a[1] : a[0];
    if (!a[1] && value != SL_NONE && !IS_EXC(value))
        return sl_raise(vm, SL_TypeError, "Exception expected for value, %s found",
                        sl_type_name(value));
    Printer P;
    printer_init(&P, vm, true);
    bool chain;
    if (!module_options(&P, print ? a[3] : a[3], print ? a[5] : a[4], &chain)) {
        printer_free(&P);
        return SL_NULL;
    }
    module_format(&P, value, chain, true);
    return module_emit(&P, how, print ? a[4] : SL_NULL);
}

static SlValue tb_print_exception(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                  SlValue kw) {
    (void)self;
    return exception_common(vm, args, nargs, kw, "print_exception", TB_PRINT);
}

static SlValue tb_format_exception(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                   SlValue kw) {
    (void)self;
    return exception_common(vm, args, nargs, kw, "format_exception", TB_FORMAT_LIST);
}

static SlValue tb_format_exception_only(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                        SlValue kw) {
    (void)self;
    static const char *const names[] = {"exc", "value", NULL};
    SlValue a[2];
    if (!sl_args_parse(vm, "format_exception_only", args, nargs, kw, names,
                       vm->ver->name_suggestions ? 1 : 2, 2, a))
        return SL_NULL;
    SlValue value = a[1] ? a[1] : a[0];
    Printer P;
    printer_init(&P, vm, true);
    module_format(&P, value, false, false);
    return module_emit(&P, TB_FORMAT_LIST, SL_NULL);
}

static bool tb_arg(SlVM *vm, SlValue tb) {
    if (tb == SL_NONE || IS_TB(tb)) return true;
    sl_raise(vm, SL_AttributeError, "'%s' object has no attribute 'tb_frame'", sl_type_name(tb));
    return false;
}

static SlValue tb_format_tb(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    static const char *const names[] = {"tb", "limit", NULL};
    SlValue a[2];
    if (!sl_args_parse(vm, "format_tb", args, nargs, kw, names, 1, 2, a) || !tb_arg(vm, a[0]))
        return SL_NULL;
    Printer P;
    printer_init(&P, vm, true);
    bool chain;
    if (!module_options(&P, a[1], SL_NULL, &chain)) {
        printer_free(&P);
        return SL_NULL;
    }
    if (a[0] != SL_NONE) print_stack(&P, a[0]);
    sl_exc_clear(vm);
    return module_emit(&P, TB_FORMAT_LIST, SL_NULL);
}

static SlValue tb_print_tb(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    static const char *const names[] = {"tb", "limit", "file", NULL};
    SlValue a[3];
    if (!sl_args_parse(vm, "print_tb", args, nargs, kw, names, 1, 3, a) || !tb_arg(vm, a[0]))
        return SL_NULL;
    Printer P;
    printer_init(&P, vm, true);
    bool chain;
    if (!module_options(&P, a[1], SL_NULL, &chain)) {
        printer_free(&P);
        return SL_NULL;
    }
    if (a[0] != SL_NONE) print_stack(&P, a[0]);
    sl_exc_clear(vm);
    return module_emit(&P, TB_PRINT, a[2]);
}

static const SlMethodDef traceback_functions[] = {
    {"print_exc", tb_print_exc, 0, "Shorthand for 'print_exception(sys.exception(), limit=limit, file=file, chain=chain)'."},
    {"format_exc", tb_format_exc, 0, "Like print_exc() but return a string."},
    {"print_exception", tb_print_exception, 0, "Print exception up to 'limit' stack trace entries from 'tb' to 'file'."},
    {"format_exception", tb_format_exception, 0, "Format a stack trace and the exception information."},
    {"format_exception_only", tb_format_exception_only, 0, "Format the exception part of a traceback."},
    {"print_tb", tb_print_tb, 0, "Print up to 'limit' stack trace entries from the traceback 'tb'."},
    {"format_tb", tb_format_tb, 0, "A shorthand for 'format_list(extract_tb(tb, limit))'."},
    {NULL, NULL, 0, NULL}};

SlValue sl_mod_traceback_init(SlVM *vm) {
    SlValue m = sl_module_new(vm, "traceback");
    if (!m) return SL_NULL;
    if (!sl_module_add_functions(vm, m, traceback_functions)) {
        sl_decref(vm, m);
        return SL_NULL;
    }
    return m;
}
