/* str.h: str (Unicode text) and bytes objects, and a growable text buffer.
 *
 * A str holds its text as UTF-8 (NUL-terminated, inline after the struct),
 * its length in code points, and the widest code point class ("kind" as
 * CPython: 1 = ASCII/Latin-1, 2 = UCS-2, 4 = UCS-4), which the memory
 * model needs.  Indexing is O(1) for ASCII strings (and amortised O(1) for
 * sequential indexing of long non-ASCII ones).  Hashes match CPython with
 * PYTHONHASHSEED=0 (siphash13, or siphash24 for 3.8-3.10, over the
 * kind-wide code units), so that set and dict behaviour matches the golden
 * outputs.
 */
#ifndef SL_STR_H
#define SL_STR_H

#include <stdarg.h>
#include "object.h"

typedef struct SlStr {
    SlObject ob;           /* flags16: SL_STR_ASCII, SL_STR_INTERNED, kind bits */
    int64_t hash;          /* -1 until computed */
    size_t length;         /* number of code points */
    size_t size;           /* number of UTF-8 bytes (without the NUL) */
    /* then the text: UTF-8, NUL-terminated, in the same block after the fixed
     * part (after the subclass's words for a str subclass, as tuple's items),
     * after an index hint and capacity if flags16 says so: see sl_str_data.
     * No pointer to it: 8 bytes less per string, which for the many short
     * ones is often a 16-byte size class less (CPython's ASCII header is 40). */
} SlStr;

enum {
    SL_STR_ASCII = 1u << 0,      /* all code points < 128 */
    SL_STR_INTERNED = 1u << 1,   /* in the intern table (immortal) */
    SL_STR_KIND_SHIFT = 2,       /* bits 2-4: kind 1, 2 or 4 */
    SL_STR_HINT = 1u << 5,       /* an index hint (16 bytes) comes before the text (str.c) */
                                 /* bit 6: private to str.c (hash algorithm of the cached hash) */
    SL_STR_SPARE = 1u << 7,      /* with SL_STR_HINT: a capacity word before the hint (str.c) */
    SL_STR_UTF8_CACHED = 1u << 8, /* the modelled CPython str keeps its UTF-8 form (memmodel) */
};
#define SL_STR_KIND(s) ((((SlStr *)(s))->ob.flags16 >> SL_STR_KIND_SHIFT) & 7)

typedef struct SlBytes {
    SlObject ob;
    int64_t hash;          /* -1 until computed */
    size_t size;
    unsigned char *data;   /* NUL-terminated, inline after the fixed part (as SlStr) */
} SlBytes;

extern SlType sl_str_type, sl_bytes_type;
/* iter(str) and iter(bytes); str_ascii_iterator is 3.12+'s type for an ASCII str */
extern SlType sl_str_iter_type, sl_str_ascii_iter_type, sl_bytes_iter_type;

/* The text of a str: after the fixed part (of the subclass, for a str
 * subclass), the capacity word and the index hint. */
static inline char *sl_str_data(const SlStr *s) {
    size_t off = sizeof(SlStr);
    if (s->ob.type != &sl_str_type && s->ob.type->basicsize > off) off = s->ob.type->basicsize;
    off += (s->ob.flags16 & SL_STR_HINT) ? 16 : 0;
    off += (s->ob.flags16 & SL_STR_SPARE) ? 8 : 0;
    return (char *)s + off;
}

#define SL_IS_STR(v) (SL_IS_OBJ(v) && (SL_AS_OBJ(v)->type == &sl_str_type || \
                      (SL_AS_OBJ(v)->type->flags & SL_TPFLAGS_STR_SUBCLASS)))
#define SL_IS_EXACT_STR(v) (SL_IS_OBJ(v) && SL_AS_OBJ(v)->type == &sl_str_type)
#define SL_STR(v) ((SlStr *)SL_AS_OBJ(v))
#define SL_STR_DATA(v) sl_str_data(SL_STR(v))
#define SL_STR_SIZE(v) (SL_STR(v)->size)
#define SL_STR_LEN(v) (SL_STR(v)->length)
#define SL_IS_BYTES(v) (SL_IS_OBJ(v) && (SL_AS_OBJ(v)->type == &sl_bytes_type || \
                        (SL_AS_OBJ(v)->type->flags & SL_TPFLAGS_BYTES_SUBCLASS)))
#define SL_BYTES(v) ((SlBytes *)SL_AS_OBJ(v))

/* New str from UTF-8 (must be valid UTF-8). */
SlValue sl_str_new(SlVM *vm, const char *utf8, size_t size);
SlValue sl_str_from_cstr(SlVM *vm, const char *s);
/* printf-style formatting into a new str (%s takes a C string, plus the
 * usual %d %ld %lld %zu %x %c %%). */
SlValue sl_str_printf(SlVM *vm, const char *fmt, ...);
SlValue sl_str_vprintf(SlVM *vm, const char *fmt, va_list ap);
/* Single code point string (shared for cp < 256). */
SlValue sl_str_from_codepoint(SlVM *vm, uint32_t cp);

/* Interning: returns the canonical, immortal str with this text.
 * Names in code (attribute, variable and keyword names) are interned, so
 * comparing two of them is a pointer comparison.  The table is shared by
 * every VM of the process; interned strings are never freed. */
SlValue sl_intern(const char *utf8, size_t size);
SlValue sl_intern_cstr(const char *s);
SlValue sl_str_intern(SlVM *vm, SlValue s); /* steals s, returns the interned one (new ref) */

int64_t sl_str_hash(SlValue s);
bool sl_str_eq(SlValue a, SlValue b);                 /* both str */
bool sl_str_eq_cstr(SlValue a, const char *s);
int sl_str_cmp(SlValue a, SlValue b);                 /* code point order */
SlValue sl_str_concat(SlVM *vm, SlValue a, SlValue b);
/* a + b, stealing the reference to a: when that was the only reference to
 * an exact str, b is appended in place (the string keeps spare room), so
 * `s += t` in a loop is linear, as CPython's unicode_concatenate.  For the
 * VM's `x += y` with x a local whose reference it has dropped first. */
SlValue sl_str_concat_steal(SlVM *vm, SlValue a, SlValue b);
SlValue sl_str_repr(SlVM *vm, SlValue s);             /* 'text' with escapes */
/* Is the string a valid Python identifier? */
bool sl_str_isidentifier(SlValue s);
/* Code point at index i (0 <= i < length) */
uint32_t sl_str_codepoint_at(SlValue s, size_t i);

/* s % args, and b % args for bytes (PEP 461) */
SlValue sl_str_mod(SlVM *vm, SlValue fmt, SlValue args);
SlValue sl_bytes_mod(SlVM *vm, SlValue fmt, SlValue args);

/* s[start:end] by code point indices (0 <= start <= end <= length) */
SlValue sl_str_substr(SlVM *vm, SlValue s, size_t start, size_t end);
/* sep.join(iterable) */
SlValue sl_str_join(SlVM *vm, SlValue sep, SlValue iterable);
/* The concatenation of n str objects (borrowed): f-strings' BUILD_STRING */
SlValue sl_str_build(SlVM *vm, const SlValue *parts, size_t n);
/* fmt.format(*args, **kwargs) with vectorcall arguments */
SlValue sl_str_format(SlVM *vm, SlValue fmt, const SlValue *args, size_t nargs, SlValue kwnames);
/* A str of type `type` (str or a subclass) with this UTF-8 text. */
SlValue sl_str_new_type(SlVM *vm, SlType *type, const char *utf8, size_t size);
/* Decode bytes with a codec name ("utf-8", "ascii", "latin-1", ...) and an
 * error handler ("strict", "ignore", "replace", "backslashreplace",
 * "surrogateescape"); NULL means the defaults (utf-8, strict).
 * UnicodeDecodeError / LookupError as CPython. */
SlValue sl_str_decode(SlVM *vm, const char *data, size_t size, const char *encoding,
                      const char *errors);
/* str.encode: new bytes; UnicodeEncodeError / LookupError as CPython. */
SlValue sl_str_encode(SlVM *vm, SlValue s, const char *encoding, const char *errors);
/* Python's str.isspace / isprintable / isalpha for one code point (Unicode 15.1) */
bool sl_unicode_isprintable(uint32_t cp);
bool sl_unicode_isalpha(uint32_t cp);

SlValue sl_bytes_new(SlVM *vm, const void *data, size_t size);
SlValue sl_bytes_repr(SlVM *vm, SlValue b);
/* A bytes object of `size` bytes to fill in (NUL-terminated), or SL_NULL. */
SlValue sl_bytes_new_uninit(SlVM *vm, size_t size);
/* CPython's _Py_HashBytes with PYTHONHASHSEED=0 (a zero key): siphash13
 * (3.11+) or siphash24 (3.8-3.10), as chosen by sl_str_set_hash_algorithm. */
int64_t sl_hash_bytes(const void *data, size_t size);
/* Choose siphash24 (CPython 3.8-3.10) or siphash13 (3.11+, the default).
 * Call once at start-up, before any str is hashed: hashes are cached in
 * shared immortal strings (interned names) and in the dicts holding them. */
void sl_str_set_hash_algorithm(bool siphash24);
bool sl_str_hash_is_siphash24(void);

/* ---- a growable UTF-8 buffer, for building strings in C ---------------- */
typedef struct SlBuf {
    char *data;            /* NULL until something is added; NUL-terminated after that */
    size_t len, cap;
    bool failed;           /* an allocation failed: sl_buf_finish raises MemoryError */
} SlBuf;

/* A buffer never grows past this (the VM's memory cap): bigger text is
 * MemoryError at once rather than a huge malloc. */
extern size_t sl_buf_max_bytes;
void sl_buf_init(SlBuf *b);
void sl_buf_free(SlBuf *b);
void sl_buf_add(SlBuf *b, const char *s, size_t n);
void sl_buf_adds(SlBuf *b, const char *s);
void sl_buf_addc(SlBuf *b, char c);
void sl_buf_add_codepoint(SlBuf *b, uint32_t cp);
void sl_buf_printf(SlBuf *b, const char *fmt, ...);
/* Append str(v) / repr(v); false on error (exception set) */
bool sl_buf_add_str(SlVM *vm, SlBuf *b, SlValue v);
bool sl_buf_add_repr(SlVM *vm, SlBuf *b, SlValue v);
/* Turn the buffer into a new str and free the buffer. */
SlValue sl_buf_finish(SlVM *vm, SlBuf *b);

/* UTF-8 helpers */
bool sl_utf8_valid(const char *s, size_t n);
size_t sl_utf8_count(const char *s, size_t n);      /* code points */
/* Decode one code point at s (valid UTF-8), return its byte length. */
int sl_utf8_decode(const char *s, uint32_t *cp);
int sl_utf8_encode(uint32_t cp, char out[4]);

#endif
