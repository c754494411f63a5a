/* str.c: the str type (CPython's Objects/unicodeobject.c), the SlBuf text
 * builder, UTF-8 helpers, printf-style formatting for C code.
 *
 * Text is kept as UTF-8 (surrogates, which CPython allows in a str, are
 * stored in their 3-byte generalised form), with the code point length
 * and CPython's "kind" cached in the header.  UTF-8 keeps code point
 * order under memcmp, so comparisons and most searches work on bytes;
 * code point indices are turned into byte offsets only where an API
 * speaks in indices (indexing, slicing, find, start/end arguments).
 * ASCII strings (the common case) index in O(1).
 *
 * Message texts are CPython 3.13's; older versions' texts are noted as
 * comments where they differ.
 */
#include "str.h"
#include "memmodel.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "builtins.h"
#include "bytearray.h"
#include "dict.h"
#include "errors.h"
#include "float.h"
#include "format.h"
#include "int.h"
#include "list.h"
#include "range.h"
#include "str_unicode.h"
#include "tuple.h"

/* PY_SSIZE_T_MAX: no str may be longer (CPython's "repeated string is too long") */
#define STR_MAX_SIZE ((size_t)INT64_MAX)

/* ==== UTF-8 ================================================================== */

int sl_utf8_decode(const char *s, uint32_t *cp) {
    const unsigned char *p = (const unsigned char *)s;
    unsigned c = p[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC0 && c < 0xE0 && (p[1] & 0xC0) == 0x80) {
        *cp = ((c & 0x1Fu) << 6) | (p[1] & 0x3Fu);
        return 2;
    }
    if (c >= 0xE0 && c < 0xF0 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
        *cp = ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
        return 3;
    }
    if (c >= 0xF0 && c < 0xF8 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 &&
        (p[3] & 0xC0) == 0x80) {
        *cp = ((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) |
              (p[3] & 0x3Fu);
        return 4;
    }
    /* not valid UTF-8 (never stored in a str): take the byte as Latin-1 */
    *cp = c;
    return 1;
}

int sl_utf8_encode(uint32_t cp, char out[4]) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Length of a valid (strict) UTF-8 sequence at p, or 0; *cp gets the code point.
 * `avail` bytes are readable. */
static int utf8_strict(const unsigned char *p, size_t avail, uint32_t *cp) {
    unsigned c = p[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c < 0xC2) return 0;
    if (c < 0xE0) {
        if (avail < 2 || (p[1] & 0xC0) != 0x80) return 0;
        *cp = ((c & 0x1Fu) << 6) | (p[1] & 0x3Fu);
        return 2;
    }
    if (c < 0xF0) {
        if (avail < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return 0;
        if (c == 0xE0 && p[1] < 0xA0) return 0;   /* overlong */
        if (c == 0xED && p[1] >= 0xA0) return 0;  /* surrogate */
        *cp = ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
        return 3;
    }
    if (c < 0xF5) {
        if (avail < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 ||
            (p[3] & 0xC0) != 0x80)
            return 0;
        if (c == 0xF0 && p[1] < 0x90) return 0;
        if (c == 0xF4 && p[1] >= 0x90) return 0;
        *cp = ((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) |
              (p[3] & 0x3Fu);
        return 4;
    }
    return 0;
}

bool sl_utf8_valid(const char *s, size_t n) {
    const unsigned char *p = (const unsigned char *)s, *e = p + n;
    while (p < e) {
        if (*p < 0x80) {
            p++;
            continue;
        }
        uint32_t cp;
        int k = utf8_strict(p, (size_t)(e - p), &cp);
        if (!k) return false;
        p += k;
    }
    return true;
}

size_t sl_utf8_count(const char *s, size_t n) {
    size_t count = 0;
    for (size_t i = 0; i < n; i++) count += ((unsigned char)s[i] & 0xC0) != 0x80;
    return count;
}

/* ==== SlBuf ================================================================== */

void sl_buf_init(SlBuf *b) {
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = false;
}

void sl_buf_free(SlBuf *b) {
    free(b->data);
    sl_buf_init(b);
}

size_t sl_buf_max_bytes = (size_t)4 << 30;

/* Room for n more bytes plus the NUL. */
static bool buf_reserve(SlBuf *b, size_t n) {
    if (b->failed) return false;
    if (n >= SIZE_MAX / 2 - b->len || b->len + n >= sl_buf_max_bytes) {
        b->failed = true;
        return false;
    }
    size_t need = b->len + n + 1;
    if (need <= b->cap) return true;
    size_t cap = b->cap ? b->cap : 32;
    while (cap < need) cap *= 2;
    char *d = realloc(b->data, cap);
    if (!d) {
        b->failed = true;
        return false;
    }
    b->data = d;
    b->cap = cap;
    return true;
}

void sl_buf_add(SlBuf *b, const char *s, size_t n) {
    if (!buf_reserve(b, n)) return;
    if (n) memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

void sl_buf_adds(SlBuf *b, const char *s) { sl_buf_add(b, s, strlen(s)); }

void sl_buf_addc(SlBuf *b, char c) {
    if (b->len + 1 >= b->cap && !buf_reserve(b, 1)) return;
    b->data[b->len++] = c;
    b->data[b->len] = 0;
}

void sl_buf_add_codepoint(SlBuf *b, uint32_t cp) {
    char tmp[4];
    sl_buf_add(b, tmp, (size_t)sl_utf8_encode(cp, tmp));
}

/* n copies of the code point cp */
static void buf_fill(SlBuf *b, uint32_t cp, size_t n) {
    char tmp[4];
    int k = sl_utf8_encode(cp, tmp);
    if (n == 0 || !buf_reserve(b, n * (size_t)k)) return;
    if (k == 1) {
        memset(b->data + b->len, tmp[0], n);
        b->len += n;
    } else {
        for (size_t i = 0; i < n; i++, b->len += (size_t)k) memcpy(b->data + b->len, tmp, (size_t)k);
    }
    b->data[b->len] = 0;
}

static void buf_vprintf(SlBuf *b, const char *fmt, va_list ap) {
    char small[256];
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    if (n < 0) {
        va_end(ap2);
        return;
    }
    if ((size_t)n < sizeof small) {
        sl_buf_add(b, small, (size_t)n);
    } else if (buf_reserve(b, (size_t)n)) {
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
        b->len += (size_t)n;
    }
    va_end(ap2);
}

void sl_buf_printf(SlBuf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(b, fmt, ap);
    va_end(ap);
}

bool sl_buf_add_str(SlVM *vm, SlBuf *b, SlValue v) {
    SlValue s = sl_str(vm, v);
    if (!s) return false;
    sl_buf_add(b, SL_STR_DATA(s), SL_STR_SIZE(s));
    sl_decref(vm, s);
    return true;
}

bool sl_buf_add_repr(SlVM *vm, SlBuf *b, SlValue v) {
    SlValue s = sl_repr(vm, v);
    if (!s) return false;
    sl_buf_add(b, SL_STR_DATA(s), SL_STR_SIZE(s));
    sl_decref(vm, s);
    return true;
}

SlValue sl_buf_finish(SlVM *vm, SlBuf *b) {
    if (b->failed) {
        sl_buf_free(b);
        return sl_raise_nomemory(vm);
    }
    SlValue r = sl_str_new(vm, b->data ? b->data : "", b->len);
    sl_buf_free(b);
    return r;
}

/* ==== hashing ================================================================ */

/* CPython's siphash13 (Python/pyhash.c) with k0 = k1 = 0, which is what
 * PYTHONHASHSEED=0 gives. */
#define ROTL64(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define HALF_ROUND(a, b, c, d, s, t)                                           \
    a += b;                                                                    \
    c += d;                                                                    \
    b = ROTL64(b, s) ^ a;                                                      \
    d = ROTL64(d, t) ^ c;                                                      \
    a = ROTL64(a, 32);
#define SINGLE_ROUND(v0, v1, v2, v3)                                           \
    HALF_ROUND(v0, v1, v2, v3, 13, 16);                                        \
    HALF_ROUND(v2, v1, v0, v3, 17, 21);

/* c compression rounds per block, d finalisation rounds: siphash13 is
 * (1, 3) (CPython 3.11+), siphash24 is (2, 4) (3.4-3.10). */
static uint64_t siphash(const uint8_t *in, size_t src_sz, int c, int d) {
    uint64_t b = (uint64_t)src_sz << 56;
    uint64_t v0 = 0x736f6d6570736575ULL, v1 = 0x646f72616e646f6dULL;
    uint64_t v2 = 0x6c7967656e657261ULL, v3 = 0x7465646279746573ULL;
    while (src_sz >= 8) {
        uint64_t mi = 0;
        for (int i = 7; i >= 0; i--) mi = (mi << 8) | in[i];
        in += 8;
        src_sz -= 8;
        v3 ^= mi;
        for (int r = 0; r < c; r++) {
            SINGLE_ROUND(v0, v1, v2, v3);
        }
        v0 ^= mi;
    }
    uint64_t t = 0;
    for (size_t i = src_sz; i-- > 0;) t = (t << 8) | in[i];
    b |= t;
    v3 ^= b;
    for (int r = 0; r < c; r++) {
        SINGLE_ROUND(v0, v1, v2, v3);
    }
    v0 ^= b;
    v2 ^= 0xff;
    for (int r = 0; r < d; r++) {
        SINGLE_ROUND(v0, v1, v2, v3);
    }
    return (v0 ^ v1) ^ (v2 ^ v3);
}

/* Process-wide: the algorithm of the CPython version being modelled, set
 * once at start-up (hashes are cached in immortal, shared strings). */
static bool use_siphash24;

void sl_str_set_hash_algorithm(bool siphash24) { use_siphash24 = siphash24; }
bool sl_str_hash_is_siphash24(void) { return use_siphash24; }

int64_t sl_hash_bytes(const void *data, size_t size) {
    if (size == 0) return 0;
    int64_t h = use_siphash24 ? (int64_t)siphash(data, size, 2, 4) : (int64_t)siphash(data, size, 1, 3);
    return h == -1 ? -2 : h;
}

/* Hash of the text as CPython hashes its kind-wide code units. */
static int64_t str_compute_hash(SlStr *s) {
    if (s->length == 0) return 0;
    if (s->ob.flags16 & SL_STR_ASCII) return sl_hash_bytes(sl_str_data(s), s->size);
    int kind = SL_STR_KIND(s);
    size_t nbytes = s->length * (size_t)kind;
    uint8_t small[256];
    uint8_t *units = nbytes <= sizeof small ? small : malloc(nbytes);
    if (!units) return sl_hash_bytes(sl_str_data(s), s->size); /* out of memory: still a valid hash */
    const char *p = sl_str_data(s);
    uint8_t *u = units;
    for (size_t i = 0; i < s->length; i++) {
        uint32_t cp;
        p += sl_utf8_decode(p, &cp);
        for (int k = 0; k < kind; k++) *u++ = (uint8_t)(cp >> (8 * k));
    }
    int64_t h = sl_hash_bytes(units, nbytes);
    if (units != small) free(units);
    return h;
}

/* flags16 bit 6: the cached hash was computed with siphash24 */
#define SL_STR_HASH24 (1u << 6)

int64_t sl_str_hash(SlValue v) {
    SlStr *s = SL_STR(v);
    if (s->hash == -1 || ((s->ob.flags16 & SL_STR_HASH24) != 0) != use_siphash24) {
        s->hash = str_compute_hash(s);
        if (use_siphash24) s->ob.flags16 |= SL_STR_HASH24;
        else s->ob.flags16 &= (uint16_t)~SL_STR_HASH24;
    }
    return s->hash;
}

/* ==== creation =============================================================== */

/* Length in code points and kind of UTF-8 text, as flags16 bits. */
static uint16_t scan_text(const char *data, size_t size, size_t *length) {
    const unsigned char *p = (const unsigned char *)data;
    size_t i = 0;
    /* ASCII prefix, 8 bytes at a time */
    while (i + 8 <= size) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080ULL) break;
        i += 8;
    }
    while (i < size && p[i] < 0x80) i++;
    if (i == size) {
        *length = size;
        return SL_STR_ASCII | (1u << SL_STR_KIND_SHIFT);
    }
    size_t n = i;
    unsigned maxlead = 0;
    for (; i < size; i++) {
        unsigned c = p[i];
        if ((c & 0xC0) != 0x80) {
            n++;
            if (c > maxlead) maxlead = c;
        }
    }
    *length = n;
    int kind = maxlead < 0xC4 ? 1 : maxlead < 0xF0 ? 2 : 4;
    return (uint16_t)(kind << SL_STR_KIND_SHIFT);
}

/* Non-ASCII strings of at least HINT_MIN_SIZE bytes carry an index hint
 * (the code point index and byte offset of the last index looked up),
 * between the fixed part and the text, so that s[i] in a loop over i
 * costs O(1) per step instead of a walk from the start. */
#define HINT_MIN_SIZE 32
typedef struct {
    size_t index, offset;
} StrHint;
#define STR_HINT(s) ((StrHint *)(sl_str_data(s) - sizeof(StrHint)))
_Static_assert(sizeof(StrHint) == 16, "sl_str_data (str.h) counts 16 bytes for the hint");

/* A str object (of `type`) with room for `size` bytes of text (and an
 * index hint if asked): the caller fills data and calls str_finish. */
static SlStr *str_alloc_hint(SlVM *vm, SlType *type, size_t size, bool hint) {
    size_t off = type->basicsize > sizeof(SlStr) ? type->basicsize : sizeof(SlStr);
    if (hint) off += sizeof(StrHint);
    if (size >= STR_MAX_SIZE - off - 1) {
        sl_raise_nomemory(vm);
        return NULL;
    }
    SlStr *s = (SlStr *)sl_obj_alloc(vm, type, off + size + 1);
    if (!s) return NULL;
    s->hash = -1;
    s->size = size;
    if (hint) {
        s->ob.flags16 = SL_STR_HINT;
        STR_HINT(s)->index = STR_HINT(s)->offset = 0;
    }
    sl_str_data(s)[size] = 0;
    return s;
}

static SlStr *empty_str, *latin1_strs[256];

/* An immortal str outside any VM's memory (singletons, interned strings). */
static SlStr *immortal_new(const char *utf8, size_t size) {
    SlStr *s = malloc(sizeof(SlStr) + size + 1);
    if (!s) {
        fprintf(stderr, "slotlab: out of memory\n");
        exit(1);
    }
    memset(s, 0, sizeof *s);
    s->ob.refcnt = SL_IMMORTAL;
    s->ob.type = &sl_str_type;
    memcpy(sl_str_data(s), utf8, size);
    sl_str_data(s)[size] = 0;
    s->size = size;
    s->ob.flags16 = scan_text(utf8, size, &s->length);
    s->hash = -1;
    sl_str_hash(SL_OBJ(s));
    return s;
}

static void init_singletons(void) {
    if (empty_str) return;
    for (uint32_t c = 0; c < 256; c++) {
        char tmp[4];
        latin1_strs[c] = immortal_new(tmp, (size_t)sl_utf8_encode(c, tmp));
    }
    empty_str = immortal_new("", 0);
}

static SlValue str_empty(void) {
    if (!empty_str) init_singletons();
    return SL_OBJ(empty_str);
}

SlValue sl_str_from_codepoint(SlVM *vm, uint32_t cp) {
    if (cp < 256) {
        if (!empty_str) init_singletons();
        return SL_OBJ(latin1_strs[cp]);
    }
    char tmp[4];
    return sl_str_new(vm, tmp, (size_t)sl_utf8_encode(cp, tmp));
}

/* Shared object for '' and one Latin-1 character, or NULL. */
static SlStr *str_singleton(const char *data, size_t size) {
    if (size == 0) return SL_STR(str_empty());
    if (size == 1 && (unsigned char)data[0] < 0x80) {
        if (!empty_str) init_singletons();
        return latin1_strs[(unsigned char)data[0]];
    }
    if (size == 2 && ((unsigned char)data[0] & 0xFE) == 0xC2) {
        uint32_t cp;
        sl_utf8_decode(data, &cp);
        if (!empty_str) init_singletons();
        return latin1_strs[cp];
    }
    return NULL;
}

/* Set length and kind of a filled str; singletons replace short results.
 * Takes ownership of s. */
static SlValue str_finish(SlVM *vm, SlStr *s) {
    if (s->ob.type == &sl_str_type) {
        SlStr *single = str_singleton(sl_str_data(s), s->size);
        if (single) {
            sl_obj_free(vm, &s->ob);
            return SL_OBJ(single);
        }
    }
    s->ob.flags16 = (uint16_t)((s->ob.flags16 & ~0x1Fu) | scan_text(sl_str_data(s), s->size, &s->length));
    sl_mm_born(vm, &s->ob);
    return SL_OBJ(s);
}

SlValue sl_str_new_type(SlVM *vm, SlType *type, const char *utf8, size_t size) {
    if (type == &sl_str_type) {
        SlStr *single = str_singleton(utf8, size);
        if (single) return SL_OBJ(single);
    }
    size_t length;
    uint16_t info = scan_text(utf8, size, &length);
    SlStr *s = str_alloc_hint(vm, type, size, !(info & SL_STR_ASCII) && size >= HINT_MIN_SIZE);
    if (!s) return SL_NULL;
    memcpy(sl_str_data(s), utf8, size);
    s->length = length;
    s->ob.flags16 = (uint16_t)(s->ob.flags16 | info);
    sl_mm_born(vm, &s->ob);
    return SL_OBJ(s);
}

SlValue sl_str_new(SlVM *vm, const char *utf8, size_t size) {
    return sl_str_new_type(vm, &sl_str_type, utf8, size);
}

SlValue sl_str_from_cstr(SlVM *vm, const char *s) { return sl_str_new(vm, s, strlen(s)); }

SlValue sl_str_vprintf(SlVM *vm, const char *fmt, va_list ap) {
    SlBuf b;
    sl_buf_init(&b);
    buf_vprintf(&b, fmt, ap);
    return sl_buf_finish(vm, &b);
}

SlValue sl_str_printf(SlVM *vm, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    SlValue r = sl_str_vprintf(vm, fmt, ap);
    va_end(ap);
    return r;
}

/* ==== interning ============================================================== */

/* Process-wide open-addressing table of immortal strings, keyed by an FNV
 * hash of the UTF-8 text (cheaper than siphash for a lookup by C string);
 * slots hold SlStr pointers, NULL = empty.  Never shrinks. */
static SlStr **intern_slots;
static size_t intern_mask, intern_used;

static uint64_t fnv(const char *s, size_t n) {
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
    return h;
}

static void intern_grow(void) {
    size_t newcap = intern_slots ? (intern_mask + 1) * 2 : 1024;
    SlStr **slots = calloc(newcap, sizeof *slots);
    if (!slots) {
        fprintf(stderr, "slotlab: out of memory\n");
        exit(1);
    }
    if (intern_slots) {
        for (size_t i = 0; i <= intern_mask; i++) {
            SlStr *s = intern_slots[i];
            if (!s) continue;
            size_t j = (size_t)fnv(sl_str_data(s), s->size) & (newcap - 1);
            while (slots[j]) j = (j + 1) & (newcap - 1);
            slots[j] = s;
        }
        free(intern_slots);
    }
    intern_slots = slots;
    intern_mask = newcap - 1;
}

SlValue sl_intern(const char *utf8, size_t size) {
    if (!intern_slots) intern_grow();
    size_t j = (size_t)fnv(utf8, size) & intern_mask;
    for (SlStr *s; (s = intern_slots[j]); j = (j + 1) & intern_mask)
        if (s->size == size && memcmp(sl_str_data(s), utf8, size) == 0) return SL_OBJ(s);
    if ((intern_used + 1) * 2 > intern_mask + 1) {
        intern_grow();
        j = (size_t)fnv(utf8, size) & intern_mask;
        while (intern_slots[j]) j = (j + 1) & intern_mask;
    }
    SlStr *s = str_singleton(utf8, size);
    if (!s) s = immortal_new(utf8, size);
    s->ob.flags16 |= SL_STR_INTERNED;
    intern_slots[j] = s;
    intern_used++;
    return SL_OBJ(s);
}

SlValue sl_intern_cstr(const char *s) { return sl_intern(s, strlen(s)); }

SlValue sl_str_intern(SlVM *vm, SlValue s) {
    if (SL_STR(s)->ob.flags16 & SL_STR_INTERNED) return s;
    SlValue r = sl_intern(SL_STR_DATA(s), SL_STR_SIZE(s));
    sl_decref(vm, s);
    return r;
}

/* ==== basic queries ========================================================== */

#define IS_ASCII(s) ((SL_STR(s)->ob.flags16 & SL_STR_ASCII) != 0)

bool sl_str_eq(SlValue a, SlValue b) {
    if (a == b) return true;
    SlStr *x = SL_STR(a), *y = SL_STR(b);
    if (x->size != y->size) return false;
    if ((x->ob.flags16 & y->ob.flags16 & SL_STR_INTERNED) && x->ob.type == y->ob.type) return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash &&
        !((x->ob.flags16 ^ y->ob.flags16) & SL_STR_HASH24))
        return false;
    return memcmp(sl_str_data(x), sl_str_data(y), x->size) == 0;
}

bool sl_str_eq_cstr(SlValue a, const char *s) {
    size_t n = strlen(s);
    return SL_STR_SIZE(a) == n && memcmp(SL_STR_DATA(a), s, n) == 0;
}

int sl_str_cmp(SlValue a, SlValue b) {
    SlStr *x = SL_STR(a), *y = SL_STR(b);
    size_t n = x->size < y->size ? x->size : y->size;
    int c = memcmp(sl_str_data(x), sl_str_data(y), n);
    if (c) return c < 0 ? -1 : 1;
    return x->size < y->size ? -1 : x->size > y->size ? 1 : 0;
}

/* Byte offset of code point i (0 <= i <= length): a walk from the start,
 * the end or the index hint, whichever is nearest. */
static size_t byte_offset(SlStr *s, size_t i) {
    if (s->ob.flags16 & SL_STR_ASCII) return i;
    if (i >= s->length) return s->size;
    const unsigned char *p = (const unsigned char *)sl_str_data(s);
    size_t k = 0, off = 0;                 /* walk from (k, off) */
    size_t best = i;
    if (s->length - i < best) {
        best = s->length - i;
        k = s->length;
        off = s->size;
    }
    StrHint *h = (s->ob.flags16 & SL_STR_HINT) ? STR_HINT(s) : NULL;
    if (h) {
        size_t d = h->index > i ? h->index - i : i - h->index;
        if (d < best) {
            k = h->index;
            off = h->offset;
        }
    }
    for (; k < i; k++) {
        off++;
        while ((p[off] & 0xC0) == 0x80) off++;
    }
    for (; k > i; k--) {
        off--;
        while ((p[off] & 0xC0) == 0x80) off--;
    }
    if (h) {
        h->index = i;
        h->offset = off;
    }
    return off;
}

uint32_t sl_str_codepoint_at(SlValue v, size_t i) {
    SlStr *s = SL_STR(v);
    if (s->ob.flags16 & SL_STR_ASCII) return (unsigned char)sl_str_data(s)[i];
    uint32_t cp;
    sl_utf8_decode(sl_str_data(s) + byte_offset(s, i), &cp);
    return cp;
}

SlValue sl_str_substr(SlVM *vm, SlValue v, size_t start, size_t end) {
    SlStr *s = SL_STR(v);
    if (start == 0 && end >= s->length && s->ob.type == &sl_str_type) return sl_incref(v);
    if (start >= end) return str_empty();
    size_t a = byte_offset(s, start);
    size_t b = (s->ob.flags16 & SL_STR_ASCII) ? end : a;
    if (!(s->ob.flags16 & SL_STR_ASCII)) {
        const unsigned char *p = (const unsigned char *)sl_str_data(s);
        for (size_t k = start; k < end; k++) {
            b++;
            while (b < s->size && (p[b] & 0xC0) == 0x80) b++;
        }
    }
    return sl_str_new(vm, sl_str_data(s) + a, b - a);
}

/* Decode the whole text into code points (malloc'd; NULL after MemoryError). */
static uint32_t *str_ucs4(SlVM *vm, SlValue v, size_t *n) {
    SlStr *s = SL_STR(v);
    uint32_t *u = malloc((s->length + 1) * sizeof(uint32_t));
    if (!u) {
        sl_raise_nomemory(vm);
        return NULL;
    }
    const char *p = sl_str_data(s);
    for (size_t i = 0; i < s->length; i++) p += sl_utf8_decode(p, &u[i]);
    *n = s->length;
    return u;
}

SlValue sl_str_concat(SlVM *vm, SlValue a, SlValue b) {
    SlStr *x = SL_STR(a), *y = SL_STR(b);
    if (y->size == 0 && SL_IS_EXACT_STR(a)) return sl_incref(a);
    if (x->size == 0 && SL_IS_EXACT_STR(b)) return sl_incref(b);
    bool ascii = (x->ob.flags16 & y->ob.flags16 & SL_STR_ASCII) != 0;
    SlStr *r = str_alloc_hint(vm, &sl_str_type, x->size + y->size,
                              !ascii && x->size + y->size >= HINT_MIN_SIZE);
    if (!r) return SL_NULL;
    memcpy(sl_str_data(r), sl_str_data(x), x->size);
    memcpy(sl_str_data(r) + x->size, sl_str_data(y), y->size);
    /* the result's length and kind follow from the operands' */
    if (x->size + y->size <= 2) return str_finish(vm, r);
    r->length = x->length + y->length;
    int kx = SL_STR_KIND(x), ky = SL_STR_KIND(y);
    r->ob.flags16 = (uint16_t)(r->ob.flags16 | ((kx > ky ? kx : ky) << SL_STR_KIND_SHIFT) |
                               (ascii ? SL_STR_ASCII : 0));
    sl_mm_born(vm, &r->ob);
    return SL_OBJ(r);
}

/* Strings grown by sl_str_concat_steal keep spare room: their capacity
 * (bytes of text that fit) is stored right after the fixed part, followed
 * by an index hint; only exact str objects get one. */
#define STR_CAPACITY(s) (*(size_t *)((char *)(s) + sizeof(SlStr)))

SlValue sl_str_concat_steal(SlVM *vm, SlValue a, SlValue b) {
    SlStr *x = SL_STR(a), *y = SL_STR(b);
    if (x->ob.refcnt != 1 || x->ob.type != &sl_str_type || y->size == 0 || x->size < 64) {
        SlValue r = sl_str_concat(vm, a, b);
        sl_decref(vm, a);
        return r;
    }
    size_t need = x->size + y->size;
    bool ascii = (x->ob.flags16 & y->ob.flags16 & SL_STR_ASCII) != 0;
    int kx = SL_STR_KIND(x), ky = SL_STR_KIND(y);
    uint16_t kind_bits = (uint16_t)((kx > ky ? kx : ky) << SL_STR_KIND_SHIFT);
    size_t length = x->length + y->length;
    if ((x->ob.flags16 & SL_STR_SPARE) && STR_CAPACITY(x) >= need) {
        size_t old_main = sl_mm_main_size(vm, &x->ob);   /* CPython reallocs in place */
        memcpy(sl_str_data(x) + x->size, sl_str_data(y), y->size);
        sl_str_data(x)[need] = 0;
        x->size = need;
        x->length = length;
        x->hash = -1;
        x->ob.flags16 = (uint16_t)((x->ob.flags16 & ~(SL_STR_ASCII | (7u << SL_STR_KIND_SHIFT))) |
                                   kind_bits | (ascii ? SL_STR_ASCII : 0));
        sl_mm_main_resize(vm, &x->ob, old_main);
        return a;
    }
    /* move to a block with room for as much again */
    if (need > STR_MAX_SIZE / 4) {
        SlValue r = sl_str_concat(vm, a, b);
        sl_decref(vm, a);
        return r;
    }
    size_t cap = need + need / 2 + 64;
    size_t off = sizeof(SlStr) + sizeof(size_t) + sizeof(StrHint);
    SlStr *r = (SlStr *)sl_obj_alloc(vm, &sl_str_type, off + cap + 1);
    if (!r) {
        sl_decref(vm, a);
        return SL_NULL;
    }
    r->ob.flags16 = (uint16_t)(SL_STR_SPARE | SL_STR_HINT | kind_bits | (ascii ? SL_STR_ASCII : 0));
    STR_CAPACITY(r) = cap;
    char *rd = sl_str_data(r);
    memcpy(rd, sl_str_data(x), x->size);
    memcpy(rd + x->size, sl_str_data(y), y->size);
    rd[need] = 0;
    r->size = need;
    r->length = length;
    r->hash = -1;
    STR_HINT(r)->index = STR_HINT(r)->offset = 0;
    sl_mm_born(vm, &r->ob);
    sl_decref(vm, a);
    return SL_OBJ(r);
}

/* ==== Unicode character database (str_unicode.h) ============================ */

static bool in_ranges(const uint32_t (*r)[2], size_t n, uint32_t cp) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < r[mid][0]) hi = mid;
        else if (cp > r[mid][1]) lo = mid + 1;
        else return true;
    }
    return false;
}
#define IN_TABLE(t, cp) in_ranges(t, sizeof t / sizeof t[0], cp)

bool sl_unicode_isprintable(uint32_t cp) {
    if (cp < 0x7F) return cp >= 0x20;
    return !IN_TABLE(U_NONPRINTABLE, cp);
}
bool sl_unicode_isalpha(uint32_t cp) {
    if (cp < 0x80) return (cp | 32) >= 'a' && (cp | 32) <= 'z';
    return IN_TABLE(U_ALPHA, cp);
}
static bool u_isdecimal(uint32_t cp) {
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    return IN_TABLE(U_DECIMAL, cp);
}
static bool u_isdigit(uint32_t cp) {
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    return IN_TABLE(U_DIGIT, cp);
}
static bool u_isnumeric(uint32_t cp) {
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    return IN_TABLE(U_NUMERIC, cp);
}
static bool u_isupper(uint32_t cp) {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    return IN_TABLE(U_UPPER, cp);
}
static bool u_islower(uint32_t cp) {
    if (cp < 0x80) return cp >= 'a' && cp <= 'z';
    return IN_TABLE(U_LOWER, cp);
}
static bool u_istitle(uint32_t cp) { return cp >= 0x1C5 && IN_TABLE(U_TITLE, cp); }
static bool u_iscased(uint32_t cp) { return u_isupper(cp) || u_islower(cp) || u_istitle(cp); }
static bool u_iscaseignorable(uint32_t cp) { return IN_TABLE(U_CASE_IGNORABLE, cp); }
static bool u_isalnum(uint32_t cp) {
    return sl_unicode_isalpha(cp) || u_isdecimal(cp) || u_isdigit(cp) || u_isnumeric(cp);
}
static bool u_isspace(uint32_t cp) { return sl_unicode_isspace(cp); }
static bool u_isxidstart(uint32_t cp) {
    if (cp < 0x80) return cp == '_' || ((cp | 32) >= 'a' && (cp | 32) <= 'z');
    return IN_TABLE(U_ID_START, cp);
}
static bool u_isxidcontinue(uint32_t cp) {
    if (cp < 0x80)
        return cp == '_' || ((cp | 32) >= 'a' && (cp | 32) <= 'z') || (cp >= '0' && cp <= '9');
    return IN_TABLE(U_ID_CONTINUE, cp);
}

enum { MAP_UPPER, MAP_LOWER, MAP_TITLE, MAP_FOLD };

/* Simple (one code point) mapping from a run table; cp itself if none. */
static uint32_t map_runs(const SlCaseRun *r, size_t n, uint32_t cp) {
    size_t lo = 0, hi = n;
    while (lo < hi) { /* last run with start <= cp */
        size_t mid = (lo + hi) / 2;
        if (r[mid].start <= cp) lo = mid + 1;
        else hi = mid;
    }
    if (lo == 0) return cp;
    const SlCaseRun *x = &r[lo - 1];
    uint32_t d = cp - x->start;
    if (d % x->stride == 0 && d / x->stride < x->count) return (uint32_t)((int32_t)cp + x->delta);
    return cp;
}

/* Full case mapping of cp into out (up to 3 code points); returns the count. */
static int case_map(int kind, uint32_t cp, uint32_t out[3]) {
    if (cp < 0x80) {
        if (kind == MAP_UPPER || kind == MAP_TITLE) out[0] = (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
        else out[0] = (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
        return 1;
    }
    /* multi-character results */
    size_t lo = 0, hi = sizeof U_SPECIAL / sizeof U_SPECIAL[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (U_SPECIAL[mid].cp < cp || (U_SPECIAL[mid].cp == cp && U_SPECIAL[mid].kind < kind))
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < sizeof U_SPECIAL / sizeof U_SPECIAL[0] && U_SPECIAL[lo].cp == cp &&
        U_SPECIAL[lo].kind == kind) {
        const char *p = U_SPECIAL[lo].utf8;
        int n = 0;
        while (*p && n < 3) p += sl_utf8_decode(p, &out[n++]);
        return n;
    }
#define MAPRUN(t) map_runs(t, sizeof t / sizeof t[0], cp)
    switch (kind) {
    case MAP_UPPER: out[0] = MAPRUN(U_MAP_UPPER); break;
    case MAP_LOWER: out[0] = MAPRUN(U_MAP_LOWER); break;
    case MAP_TITLE: out[0] = MAPRUN(U_MAP_TITLE); break;
    default: out[0] = MAPRUN(U_MAP_FOLD); break;
    }
#undef MAPRUN
    return 1;
}

/* ==== repr =================================================================== */

static void add_hex_escape(SlBuf *b, uint32_t cp) {
    if (cp < 0x100) sl_buf_printf(b, "\\x%02x", (unsigned)cp);
    else if (cp < 0x10000) sl_buf_printf(b, "\\u%04x", (unsigned)cp);
    else sl_buf_printf(b, "\\U%08x", (unsigned)cp);
}

/* CPython's unicode_repr: quote with ' unless the text has ' and no ". */
static void repr_into(SlBuf *b, SlStr *s) {
    bool has_sq = memchr(sl_str_data(s), '\'', s->size) != NULL;
    bool has_dq = memchr(sl_str_data(s), '"', s->size) != NULL;
    char quote = has_sq && !has_dq ? '"' : '\'';
    sl_buf_addc(b, quote);
    const char *p = sl_str_data(s), *e = p + s->size;
    while (p < e) {
        const char *run = p;
        while (p < e && (unsigned char)*p >= 0x20 && (unsigned char)*p < 0x7F && *p != quote &&
               *p != '\\')
            p++;
        if (p > run) sl_buf_add(b, run, (size_t)(p - run));
        if (p >= e) break;
        uint32_t cp;
        int k = sl_utf8_decode(p, &cp);
        if (cp == (uint32_t)quote || cp == '\\') {
            sl_buf_addc(b, '\\');
            sl_buf_addc(b, (char)cp);
        } else if (cp == '\t') {
            sl_buf_add(b, "\\t", 2);
        } else if (cp == '\n') {
            sl_buf_add(b, "\\n", 2);
        } else if (cp == '\r') {
            sl_buf_add(b, "\\r", 2);
        } else if (cp < 0x20 || cp == 0x7F) {
            add_hex_escape(b, cp);
        } else if (sl_unicode_isprintable(cp)) {
            sl_buf_add(b, p, (size_t)k);
        } else {
            add_hex_escape(b, cp);
        }
        p += k;
    }
    sl_buf_addc(b, quote);
}

SlValue sl_str_repr(SlVM *vm, SlValue v) {
    SlBuf b;
    sl_buf_init(&b);
    repr_into(&b, SL_STR(v));
    return sl_buf_finish(vm, &b);
}

/* ==== type slots ============================================================= */

static SlValue str_repr_slot(SlVM *vm, SlValue v) { return sl_str_repr(vm, v); }

/* str(s) of a str subclass instance: an exact str with the same text */
static SlValue str_str_slot(SlVM *vm, SlValue v) {
    if (SL_IS_EXACT_STR(v)) return sl_incref(v);
    return sl_str_new(vm, SL_STR_DATA(v), SL_STR_SIZE(v));
}

static bool str_hash_slot(SlVM *vm, SlValue v, int64_t *out) {
    (void)vm;
    *out = sl_str_hash(v);
    return true;
}

static SlValue str_richcompare(SlVM *vm, SlValue a, SlValue b, SlCompareOp op) {
    (void)vm;
    if (!SL_IS_STR(a) || !SL_IS_STR(b)) return SL_NOTIMPL;
    if (op == SL_EQ) return SL_BOOL(sl_str_eq(a, b));
    if (op == SL_NE) return SL_BOOL(!sl_str_eq(a, b));
    int c = sl_str_cmp(a, b);
    bool r = false;
    switch (op) {
    case SL_LT: r = c < 0; break;
    case SL_LE: r = c <= 0; break;
    case SL_GT: r = c > 0; break;
    case SL_GE: r = c >= 0; break;
    default: break;
    }
    return SL_BOOL(r);
}

static int64_t str_len_slot(SlVM *vm, SlValue v) {
    (void)vm;
    return (int64_t)SL_STR_LEN(v);
}

/* Find needle in hay[0..n) (bytes); returns the offset or -1. */
static int64_t bytes_find(const char *hay, size_t n, const char *needle, size_t m) {
    if (m == 0) return 0;
    if (m > n) return -1;
    if (m == 1) {
        const char *p = memchr(hay, needle[0], n);
        return p ? p - hay : -1;
    }
    const char *p = memmem(hay, n, needle, m);
    return p ? p - hay : -1;
}

static int64_t bytes_rfind(const char *hay, size_t n, const char *needle, size_t m) {
    if (m > n) return -1;
    if (m == 0) return (int64_t)n;
    for (size_t i = n - m + 1; i-- > 0;)
        if (hay[i] == needle[0] && memcmp(hay + i, needle, m) == 0) return (int64_t)i;
    return -1;
}

static int str_contains_slot(SlVM *vm, SlValue v, SlValue item) {
    if (!SL_IS_STR(item)) {
        sl_raise(vm, SL_TypeError, "'in <string>' requires string as left operand, not %s",
                 sl_type_name(item));
        return -1;
    }
    return bytes_find(SL_STR_DATA(v), SL_STR_SIZE(v), SL_STR_DATA(item), SL_STR_SIZE(item)) >= 0;
}

static SlValue str_getitem_slot(SlVM *vm, SlValue v, SlValue key) {
    SlStr *s = SL_STR(v);
    if (SL_IS_SLICE(key)) {
        int64_t start, stop, step;
        if (!sl_slice_unpack(vm, key, &start, &stop, &step)) return SL_NULL;
        int64_t n = sl_slice_adjust((int64_t)s->length, &start, &stop, step);
        if (n <= 0) return str_empty();
        if (step == 1) return sl_str_substr(vm, v, (size_t)start, (size_t)stop);
        SlBuf b;
        sl_buf_init(&b);
        if (s->ob.flags16 & SL_STR_ASCII) {
            if (!buf_reserve(&b, (size_t)n)) return sl_buf_finish(vm, &b);
            for (int64_t i = 0, j = start; i < n; i++, j += step) b.data[b.len++] = sl_str_data(s)[j];
            b.data[b.len] = 0;
        } else {
            size_t cnt;
            uint32_t *u = str_ucs4(vm, v, &cnt);
            if (!u) return SL_NULL;
            for (int64_t i = 0, j = start; i < n; i++, j += step) sl_buf_add_codepoint(&b, u[j]);
            free(u);
        }
        return sl_buf_finish(vm, &b);
    }
    if (!sl_has_index(key))
        /* 3.8-3.10: "string indices must be integers" */
        return sl_raise(vm, SL_TypeError, "string indices must be integers, not '%s'",
                        sl_type_name(key));
    int64_t i;
    if (!sl_seq_index(vm, key, (int64_t)s->length, "string", &i)) return SL_NULL;
    return sl_str_from_codepoint(vm, sl_str_codepoint_at(v, (size_t)i));
}

/* ---- the iterator ---------------------------------------------------------- */

typedef struct {
    SlObject ob;
    SlValue str;        /* SL_NULL when exhausted */
    size_t offset;      /* byte offset of the next character */
    size_t index;       /* code point index of the next character (for __length_hint__) */
} StrIter;

static SlValue str_iter_slot(SlVM *vm, SlValue v) {
    /* 3.8-3.11: always str_iterator (str_ascii_iterator is 3.12+) */
    SlType *t = IS_ASCII(v) ? &sl_str_ascii_iter_type : &sl_str_iter_type;
    StrIter *it = (StrIter *)sl_obj_alloc(vm, t, sizeof(StrIter));
    if (!it) return SL_NULL;
    it->str = sl_incref(v);
    return SL_OBJ(it);
}

static SlValue str_iter_next(SlVM *vm, SlValue v) {
    StrIter *it = (StrIter *)SL_AS_OBJ(v);
    if (!it->str) return SL_NULL;
    SlStr *s = SL_STR(it->str);
    if (it->offset >= s->size) {
        SlValue str = it->str;
        it->str = SL_NULL;
        sl_decref(vm, str);
        return SL_NULL;
    }
    uint32_t cp;
    it->offset += (size_t)sl_utf8_decode(sl_str_data(s) + it->offset, &cp);
    it->index++;
    return sl_str_from_codepoint(vm, cp);
}

static void str_iter_dealloc(SlVM *vm, SlObject *o) {
    StrIter *it = (StrIter *)o;
    sl_xdecref(vm, it->str);
    sl_obj_free(vm, o);
}

static SlValue str_iter_self(SlVM *vm, SlValue v) {
    (void)vm;
    return sl_incref(v);
}

static SlValue str_iter_length_hint(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                    SlValue kwnames) {
    (void)args;
    if (!sl_args_check(vm, "__length_hint__", nargs, kwnames, 0, 0)) return SL_NULL;
    StrIter *it = (StrIter *)SL_AS_OBJ(self);
    if (!it->str) return SL_FROM_INT(0);
    return sl_int_new_exact(vm, (int64_t)(SL_STR_LEN(it->str) - it->index));
}

static const SlMethodDef str_iter_methods[] = {
    {"__length_hint__", str_iter_length_hint, SL_METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL}};

SlType sl_str_iter_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "str_iterator",
    .basicsize = sizeof(StrIter),
    .dealloc = str_iter_dealloc,
    .iter = str_iter_self,
    .iternext = str_iter_next,
    .methods = str_iter_methods,
};

/* iter() of an ASCII str, 3.12+ (3.8-3.11 use str_iterator) */
SlType sl_str_ascii_iter_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "str_ascii_iterator",
    .basicsize = sizeof(StrIter),
    .dealloc = str_iter_dealloc,
    .iter = str_iter_self,
    .iternext = str_iter_next,
    .methods = str_iter_methods,
};

/* ---- operators ------------------------------------------------------------- */

static SlValue str_add_slot(SlVM *vm, SlValue a, SlValue b) {
    if (!SL_IS_STR(a) || !SL_IS_STR(b)) return SL_NOTIMPL;
    return sl_str_concat(vm, a, b);
}

static SlValue str_repeat(SlVM *vm, SlValue s, int64_t n) {
    SlStr *x = SL_STR(s);
    if (n <= 0 || x->size == 0) return str_empty();
    if (n == 1 && SL_IS_EXACT_STR(s)) return sl_incref(s);
    if ((uint64_t)n > (uint64_t)INT64_MAX / x->length)
        return sl_raise(vm, SL_OverflowError, "repeated string is too long");
    if ((uint64_t)n > (STR_MAX_SIZE - sizeof(SlStr) - 1) / x->size) return sl_raise_nomemory(vm);
    size_t total = x->size * (size_t)n;
    bool ascii = (x->ob.flags16 & SL_STR_ASCII) != 0;
    SlStr *r = str_alloc_hint(vm, &sl_str_type, total, !ascii && total >= HINT_MIN_SIZE);
    if (!r) return SL_NULL;
    if (x->size == 1) {
        memset(sl_str_data(r), sl_str_data(x)[0], total);
    } else {
        memcpy(sl_str_data(r), sl_str_data(x), x->size);
        size_t done = x->size;
        while (done < total) { /* doubling copies */
            size_t k = done < total - done ? done : total - done;
            memcpy(sl_str_data(r) + done, sl_str_data(r), k);
            done += k;
        }
    }
    r->length = x->length * (size_t)n;
    r->ob.flags16 = (uint16_t)(r->ob.flags16 | (x->ob.flags16 & (SL_STR_ASCII | (7u << SL_STR_KIND_SHIFT))));
    sl_mm_born(vm, &r->ob);
    return SL_OBJ(r);
}

static SlValue str_mul_slot(SlVM *vm, SlValue a, SlValue b) {
    SlValue s = a, nv = b;
    if (!SL_IS_STR(s)) {
        s = b;
        nv = a;
    }
    if (!SL_IS_STR(s) || !sl_has_index(nv)) return SL_NOTIMPL;
    int64_t n;
    if (!sl_as_ssize(vm, nv, SL_OverflowError, &n)) return SL_NULL;
    return str_repeat(vm, s, n);
}

static SlValue str_mod_slot(SlVM *vm, SlValue a, SlValue b) {
    if (!SL_IS_STR(a)) return SL_NOTIMPL;
    return sl_str_mod(vm, a, b);
}

/* ==== method helpers ========================================================= */

#define METHOD(name)                                                           \
    static SlValue name(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kwnames)

/* An integer argument as Py_ssize_t (PyNumber_AsSsize_t with OverflowError). */
static bool arg_ssize(SlVM *vm, SlValue v, int64_t *out) {
    if (sl_int_fast(v, out)) return true;
    if (!sl_has_index(v)) {
        /* 3.8-3.9: "an integer is required (got type str)" for expandtabs */
        sl_raise(vm, SL_TypeError, "'%s' object cannot be interpreted as an integer",
                 sl_type_name(v));
        return false;
    }
    SlValue i = sl_index(vm, v);
    if (!i) return false;
    bool ok = sl_int_as_i64(vm, i, out);
    sl_decref(vm, i);
    return ok;
}

/* start/end arguments of find() and friends: None or an index (clamped). */
static bool arg_slice_index(SlVM *vm, SlValue v, int64_t *out) {
    if (!v || v == SL_NONE) return true;
    if (!sl_has_index(v)) {
        sl_raise(vm, SL_TypeError,
                 "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    return sl_as_ssize(vm, v, NULL, out);
}

/* CPython's ADJUST_INDICES */
static void adjust_indices(int64_t len, int64_t *start, int64_t *end) {
    if (*end > len) *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0) *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
}

/* (sub[, start[, end]]) of find/index/count/startswith...: positional only.
 * 3.8-3.12: "find() takes at least 1 argument (0 given)", "find() takes at
 * most 3 arguments (4 given)"; 3.13: "find expected at least 1 argument, got 0". */
static bool sub_start_end(SlVM *vm, const char *name, const char *qualname, const SlValue *args,
                          size_t nargs, SlValue kwnames, int64_t *start, int64_t *end) {
    if (!sl_args_no_kw(vm, qualname, kwnames)) return false;
    if (!sl_args_check(vm, name, nargs, SL_NULL, 1, 3)) return false;
    *start = 0;
    *end = INT64_MAX;
    if (nargs > 1 && !arg_slice_index(vm, args[1], start)) return false;
    if (nargs > 2 && !arg_slice_index(vm, args[2], end)) return false;
    return true;
}

static SlValue type_error_arg(SlVM *vm, const char *fname, int argno, const char *expected,
                              SlValue got) {
    return sl_raise(vm, SL_TypeError, "%s() argument %d must be %s, not %s", fname, argno,
                    expected, sl_type_name(got));
}

/* ==== searching ============================================================== */

/* Search sub in self[start:end] (code points, adjusted); dir > 0 find, < 0 rfind.
 * Returns the code point index or -1. */
static int64_t str_find_impl(SlValue self, SlValue sub, int64_t start, int64_t end, int dir) {
    SlStr *s = SL_STR(self), *t = SL_STR(sub);
    int64_t len = (int64_t)s->length;
    adjust_indices(len, &start, &end);
    if (end - start < (int64_t)t->length) return -1;
    if (t->length == 0) return dir > 0 ? start : end;
    size_t bs = byte_offset(s, (size_t)start), be = byte_offset(s, (size_t)end);
    int64_t off = dir > 0 ? bytes_find(sl_str_data(s) + bs, be - bs, sl_str_data(t), t->size)
                          : bytes_rfind(sl_str_data(s) + bs, be - bs, sl_str_data(t), t->size);
    if (off < 0) return -1;
    return start + (int64_t)((s->ob.flags16 & SL_STR_ASCII) ? (size_t)off
                                                           : sl_utf8_count(sl_str_data(s) + bs, (size_t)off));
}

static SlValue find_common(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                           SlValue kwnames, const char *name, const char *qualname, int dir,
                           bool raise) {
    int64_t start, end;
    if (!sub_start_end(vm, name, qualname, args, nargs, kwnames, &start, &end)) return SL_NULL;
    if (!SL_IS_STR(args[0])) return type_error_arg(vm, name, 1, "str", args[0]);
    /* 3.8-3.12: "must be str, not int" */
    int64_t r = str_find_impl(self, args[0], start, end, dir);
    if (r < 0 && raise) return sl_raise(vm, SL_ValueError, "substring not found");
    return sl_int_new_exact(vm, r);
}

METHOD(str_find) { return find_common(vm, self, args, nargs, kwnames, "find", "str.find", 1, false); }
METHOD(str_rfind) { return find_common(vm, self, args, nargs, kwnames, "rfind", "str.rfind", -1, false); }
METHOD(str_index) { return find_common(vm, self, args, nargs, kwnames, "index", "str.index", 1, true); }
METHOD(str_rindex) {
    return find_common(vm, self, args, nargs, kwnames, "rindex", "str.rindex", -1, true);
}

METHOD(str_count) {
    int64_t start, end;
    if (!sub_start_end(vm, "count", "str.count", args, nargs, kwnames, &start, &end)) return SL_NULL;
    if (!SL_IS_STR(args[0])) return type_error_arg(vm, "count", 1, "str", args[0]); /* 3.8-3.12: "must be str, not int" */
    SlStr *s = SL_STR(self), *t = SL_STR(args[0]);
    int64_t len = (int64_t)s->length;
    adjust_indices(len, &start, &end);
    if (end < start) return SL_FROM_INT(0);
    if (t->length == 0) return sl_int_new_exact(vm, end - start + 1);
    size_t bs = byte_offset(s, (size_t)start), be = byte_offset(s, (size_t)end);
    int64_t n = 0;
    const char *p = sl_str_data(s) + bs;
    size_t left = be - bs;
    for (;;) {
        int64_t off = bytes_find(p, left, sl_str_data(t), t->size);
        if (off < 0) break;
        n++;
        p += (size_t)off + t->size;
        left -= (size_t)off + t->size;
    }
    return sl_int_new_exact(vm, n);
}

/* CPython's tailmatch: does self[start:end] start (dir < 0) / end (dir > 0) with sub? */
static bool tailmatch(SlValue self, SlValue sub, int64_t start, int64_t end, int dir) {
    SlStr *s = SL_STR(self), *t = SL_STR(sub);
    adjust_indices((int64_t)s->length, &start, &end);
    end -= (int64_t)t->length;
    if (end < start) return false;
    if (t->length == 0) return true;
    size_t off = byte_offset(s, (size_t)(dir < 0 ? start : end));
    return off + t->size <= s->size && memcmp(sl_str_data(s) + off, sl_str_data(t), t->size) == 0;
}

static SlValue startsend(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                         SlValue kwnames, const char *name, const char *qualname, int dir) {
    int64_t start, end;
    if (!sub_start_end(vm, name, qualname, args, nargs, kwnames, &start, &end)) return SL_NULL;
    SlValue x = args[0];
    if (SL_IS_TUPLE(x)) {
        for (size_t i = 0; i < SL_TUPLE_SIZE(x); i++) {
            SlValue item = SL_TUPLE_ITEMS(x)[i];
            if (!SL_IS_STR(item))
                return sl_raise(vm, SL_TypeError, "tuple for %s must only contain str, not %s",
                                name, sl_type_name(item));
            if (tailmatch(self, item, start, end, dir)) return SL_TRUE;
        }
        return SL_FALSE;
    }
    if (!SL_IS_STR(x))
        return sl_raise(vm, SL_TypeError, "%s first arg must be str or a tuple of str, not %s",
                        name, sl_type_name(x));
    return SL_BOOL(tailmatch(self, x, start, end, dir));
}

METHOD(str_startswith) {
    return startsend(vm, self, args, nargs, kwnames, "startswith", "str.startswith", -1);
}
METHOD(str_endswith) {
    return startsend(vm, self, args, nargs, kwnames, "endswith", "str.endswith", 1);
}

/* ==== split / join / strip / replace / partition =========================== */

static bool list_add_bytes(SlVM *vm, SlValue list, const char *p, size_t n) {
    SlValue s = sl_str_new(vm, p, n);
    if (!s) return false;
    bool ok = sl_list_append(vm, list, s);
    sl_decref(vm, s);
    return ok;
}

/* str.isspace() of an ASCII character: \t-\r, \x1c-\x1f, space */
static inline bool ascii_space(unsigned char c) {
    return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
}

/* Whitespace code point at p? Sets *k to its byte length. */
static inline bool space_at(const char *p, int *k) {
    unsigned char c = (unsigned char)*p;
    if (c < 0x80) {
        *k = 1;
        return ascii_space(c);
    }
    uint32_t cp;
    *k = sl_utf8_decode(p, &cp);
    return u_isspace(cp);
}

/* Whitespace before byte offset `end`? Sets *k to its byte length. */
static bool space_before(const char *data, size_t end, int *k) {
    size_t i = end - 1;
    while (i > 0 && ((unsigned char)data[i] & 0xC0) == 0x80) i--;
    bool r = space_at(data + i, k);
    *k = (int)(end - i);
    return r;
}

static bool split_args(SlVM *vm, const char *name, const SlValue *args, size_t nargs,
                       SlValue kwnames, SlValue *sep, int64_t *maxsplit) {
    static const char *const names[] = {"sep", "maxsplit", NULL};
    SlValue a[2];
    if (!sl_args_parse(vm, name, args, nargs, kwnames, names, 0, 2, a)) return false;
    *sep = a[0] && a[0] != SL_NONE ? a[0] : SL_NULL;
    *maxsplit = -1;
    if (*sep && !SL_IS_STR(*sep)) {
        sl_raise(vm, SL_TypeError, "must be str or None, not %s", sl_type_name(*sep));
        return false;
    }
    if (a[1] && !arg_ssize(vm, a[1], maxsplit)) return false;
    if (*sep && SL_STR_SIZE(*sep) == 0) {
        sl_raise(vm, SL_ValueError, "empty separator");
        return false;
    }
    if (*maxsplit < 0) *maxsplit = INT64_MAX;
    return true;
}

METHOD(str_split) {
    SlValue sep;
    int64_t maxsplit;
    if (!split_args(vm, "split", args, nargs, kwnames, &sep, &maxsplit)) return SL_NULL;
    SlValue list = sl_list_new(vm, 0);
    if (!list) return SL_NULL;
    const char *d = SL_STR_DATA(self);
    size_t n = SL_STR_SIZE(self), i = 0;
    if (!sep && IS_ASCII(self)) {   /* byte at a time, no decoding */
        while (i < n) {
            while (i < n && ascii_space((unsigned char)d[i])) i++;
            if (i >= n) break;
            if (maxsplit-- == 0) {
                if (!list_add_bytes(vm, list, d + i, n - i)) goto fail;
                break;
            }
            size_t j = i;
            while (j < n && !ascii_space((unsigned char)d[j])) j++;
            if (!list_add_bytes(vm, list, d + i, j - i)) goto fail;
            i = j;
        }
        return list;
    }
    if (!sep) {
        int k;
        while (i < n) {
            while (i < n && space_at(d + i, &k)) i += (size_t)k;
            if (i >= n) break;
            if (maxsplit-- == 0) {
                /* the rest, trailing whitespace included (as CPython) */
                if (!list_add_bytes(vm, list, d + i, n - i)) goto fail;
                break;
            }
            size_t j = i;
            while (j < n && !space_at(d + j, &k)) j += (size_t)k;
            if (!list_add_bytes(vm, list, d + i, j - i)) goto fail;
            i = j;
        }
        return list;
    }
    const char *sd = SL_STR_DATA(sep);
    size_t sn = SL_STR_SIZE(sep);
    while (maxsplit-- > 0) {
        int64_t off = bytes_find(d + i, n - i, sd, sn);
        if (off < 0) break;
        if (!list_add_bytes(vm, list, d + i, (size_t)off)) goto fail;
        i += (size_t)off + sn;
    }
    if (i == 0 && SL_IS_EXACT_STR(self)) {
        if (!sl_list_append(vm, list, self)) goto fail;
    } else if (!list_add_bytes(vm, list, d + i, n - i)) {
        goto fail;
    }
    return list;
fail:
    sl_decref(vm, list);
    return SL_NULL;
}

/* Reverse a list in place (rsplit collects from the right). */
static void list_reverse(SlValue list) {
    SlList *l = SL_LIST(list);
    for (size_t a = 0, b = l->size; a + 1 < b; a++, b--) {
        SlValue t = l->items[a];
        l->items[a] = l->items[b - 1];
        l->items[b - 1] = t;
    }
}

METHOD(str_rsplit) {
    SlValue sep;
    int64_t maxsplit;
    if (!split_args(vm, "rsplit", args, nargs, kwnames, &sep, &maxsplit)) return SL_NULL;
    SlValue list = sl_list_new(vm, 0);
    if (!list) return SL_NULL;
    const char *d = SL_STR_DATA(self);
    size_t n = SL_STR_SIZE(self), e = n;
    if (!sep) {
        int k;
        while (e > 0) {
            while (e > 0 && space_before(d, e, &k)) e -= (size_t)k;
            if (e == 0) break;
            if (maxsplit-- == 0) {
                if (!list_add_bytes(vm, list, d, e)) goto fail;
                break;
            }
            size_t j = e;
            while (j > 0 && !space_before(d, j, &k)) j -= (size_t)k;
            if (!list_add_bytes(vm, list, d + j, e - j)) goto fail;
            e = j;
        }
        list_reverse(list);
        return list;
    }
    const char *sd = SL_STR_DATA(sep);
    size_t sn = SL_STR_SIZE(sep);
    while (maxsplit-- > 0) {
        int64_t off = bytes_rfind(d, e, sd, sn);
        if (off < 0) break;
        if (!list_add_bytes(vm, list, d + off + sn, e - (size_t)off - sn)) goto fail;
        e = (size_t)off;
    }
    if (e == n && SL_IS_EXACT_STR(self)) {
        if (!sl_list_append(vm, list, self)) goto fail;
    } else if (!list_add_bytes(vm, list, d, e)) {
        goto fail;
    }
    list_reverse(list);
    return list;
fail:
    sl_decref(vm, list);
    return SL_NULL;
}

/* Line break at p (Python's str.splitlines set)?  Returns its byte length, 0 if none. */
static int linebreak_at(const char *p, const char *e) {
    unsigned char c = (unsigned char)*p;
    if (c == '\r') return (p + 1 < e && p[1] == '\n') ? 2 : 1;
    if (c == '\n' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E)) return 1;
    if (c < 0x80) return 0;
    uint32_t cp;
    int k = sl_utf8_decode(p, &cp);
    return (cp == 0x85 || cp == 0x2028 || cp == 0x2029) ? k : 0;
}

METHOD(str_splitlines) {
    static const char *const names[] = {"keepends", NULL};
    SlValue a[1];
    if (!sl_args_parse(vm, "splitlines", args, nargs, kwnames, names, 0, 1, a)) return SL_NULL;
    int keepends = 0;
    if (a[0]) {
        keepends = sl_truthy(vm, a[0]);
        if (keepends < 0) return SL_NULL;
    }
    SlValue list = sl_list_new(vm, 0);
    if (!list) return SL_NULL;
    const char *d = SL_STR_DATA(self), *e = d + SL_STR_SIZE(self), *p = d;
    while (p < e) {
        const char *q = p;
        int k = 0;
        while (q < e && !(k = linebreak_at(q, e))) {
            uint32_t cp;
            q += sl_utf8_decode(q, &cp);
        }
        if (q >= e) {
            if (p == d && SL_IS_EXACT_STR(self)) {
                if (!sl_list_append(vm, list, self)) goto fail;
            } else if (!list_add_bytes(vm, list, p, (size_t)(e - p))) {
                goto fail;
            }
            break;
        }
        if (!list_add_bytes(vm, list, p, (size_t)(q - p) + (keepends ? (size_t)k : 0))) goto fail;
        p = q + k;
    }
    return list;
fail:
    sl_decref(vm, list);
    return SL_NULL;
}

SlValue sl_str_join(SlVM *vm, SlValue sep, SlValue iterable) {
    SlValue seq;
    if (SL_IS_LIST(iterable) || SL_IS_TUPLE(iterable)) {
        seq = sl_incref(iterable);
    } else {
        SlValue it = sl_iter(vm, iterable);
        if (!it) {
            if (sl_exc_matches(vm, SL_TypeError)) {
                sl_exc_clear(vm);
                return sl_raise(vm, SL_TypeError, "can only join an iterable");
            }
            return SL_NULL;
        }
        seq = sl_list_new(vm, 0);
        if (!seq) {
            sl_decref(vm, it);
            return SL_NULL;
        }
        SlValue x;
        while ((x = sl_iternext(vm, it))) {
            bool ok = sl_list_append(vm, seq, x);
            sl_decref(vm, x);
            if (!ok) break;
        }
        sl_decref(vm, it);
        if (sl_exc_occurred(vm)) {
            sl_decref(vm, seq);
            return SL_NULL;
        }
    }
    size_t n;
    SlValue *items;
    if (SL_IS_TUPLE(seq)) {
        n = SL_TUPLE_SIZE(seq);
        items = SL_TUPLE_ITEMS(seq);
    } else {
        n = SL_LIST(seq)->size;
        items = SL_LIST(seq)->items;
    }
    SlValue r = SL_NULL;
    if (n == 1 && SL_IS_EXACT_STR(items[0])) {
        r = sl_incref(items[0]);
        goto done;
    }
    size_t total = 0;
    bool ascii = IS_ASCII(sep);
    for (size_t i = 0; i < n; i++) {
        if (!SL_IS_STR(items[i])) {
            sl_raise(vm, SL_TypeError, "sequence item %zu: expected str instance, %s found", i,
                     sl_type_name(items[i]));
            goto done;
        }
        total += SL_STR_SIZE(items[i]) + (i ? SL_STR_SIZE(sep) : 0);
        ascii = ascii && IS_ASCII(items[i]);
    }
    SlStr *res = str_alloc_hint(vm, &sl_str_type, total, !ascii && total >= HINT_MIN_SIZE);
    if (!res) goto done;
    char *w = sl_str_data(res);
    for (size_t i = 0; i < n; i++) {
        if (i && SL_STR_SIZE(sep)) {
            memcpy(w, SL_STR_DATA(sep), SL_STR_SIZE(sep));
            w += SL_STR_SIZE(sep);
        }
        memcpy(w, SL_STR_DATA(items[i]), SL_STR_SIZE(items[i]));
        w += SL_STR_SIZE(items[i]);
    }
    r = str_finish(vm, res);
done:
    sl_decref(vm, seq);
    return r;
}

SlValue sl_str_build(SlVM *vm, const SlValue *parts, size_t n) {
    if (n == 1 && SL_IS_EXACT_STR(parts[0])) return sl_incref(parts[0]);
    size_t total = 0, length = 0;
    uint16_t ascii = SL_STR_ASCII;
    int kind = 1;
    for (size_t i = 0; i < n; i++) {
        SlStr *x = SL_STR(parts[i]);
        total += x->size;
        length += x->length;
        ascii &= x->ob.flags16;
        if (SL_STR_KIND(x) > kind) kind = SL_STR_KIND(x);
    }
    if (total == 0) return str_empty();
    SlStr *r = str_alloc_hint(vm, &sl_str_type, total, !ascii && total >= HINT_MIN_SIZE);
    if (!r) return SL_NULL;
    char *w = sl_str_data(r);
    for (size_t i = 0; i < n; i++) {
        memcpy(w, SL_STR_DATA(parts[i]), SL_STR_SIZE(parts[i]));
        w += SL_STR_SIZE(parts[i]);
    }
    if (total <= 2) return str_finish(vm, r);   /* a shared one-character str */
    /* the length and kind follow from the parts' */
    r->length = length;
    r->ob.flags16 = (uint16_t)(r->ob.flags16 | (kind << SL_STR_KIND_SHIFT) | ascii);
    sl_mm_born(vm, &r->ob);
    return SL_OBJ(r);
}

METHOD(str_join) {
    if (!sl_args_check(vm, "str.join", nargs, kwnames, 1, 1)) return SL_NULL;
    return sl_str_join(vm, self, args[0]);
}

/* strip: which = 1 left, 2 right, 3 both */
static SlValue do_strip(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                        SlValue kwnames, const char *name, int which) {
    if (!sl_args_check(vm, name, nargs, kwnames, 0, 1)) return SL_NULL;
    SlValue chars = nargs ? args[0] : SL_NONE;
    if (chars != SL_NONE && !SL_IS_STR(chars))
        return sl_raise(vm, SL_TypeError, "%s arg must be None or str", name);
    const char *d = SL_STR_DATA(self);
    size_t n = SL_STR_SIZE(self), i = 0, e = n;
    int k;
    if (chars == SL_NONE) {
        if (which & 1)
            while (i < e && space_at(d + i, &k)) i += (size_t)k;
        if (which & 2)
            while (e > i && space_before(d, e, &k)) e -= (size_t)k;
    } else {
        const char *cd = SL_STR_DATA(chars);
        size_t cn = SL_STR_SIZE(chars);
        /* a code point is in chars if its UTF-8 bytes occur there at a boundary;
         * since UTF-8 is self-synchronising, a substring match is enough */
        if (which & 1)
            while (i < e) {
                uint32_t cp;
                k = sl_utf8_decode(d + i, &cp);
                if (bytes_find(cd, cn, d + i, (size_t)k) < 0) break;
                i += (size_t)k;
            }
        if (which & 2)
            while (e > i) {
                size_t j = e - 1;
                while (j > i && ((unsigned char)d[j] & 0xC0) == 0x80) j--;
                if (bytes_find(cd, cn, d + j, e - j) < 0) break;
                e = j;
            }
    }
    if (i == 0 && e == n && SL_IS_EXACT_STR(self)) return sl_incref(self);
    return sl_str_new(vm, d + i, e - i);
}

METHOD(str_strip) { return do_strip(vm, self, args, nargs, kwnames, "strip", 3); }
METHOD(str_lstrip) { return do_strip(vm, self, args, nargs, kwnames, "lstrip", 1); }
METHOD(str_rstrip) { return do_strip(vm, self, args, nargs, kwnames, "rstrip", 2); }

static SlValue str_replace_impl(SlVM *vm, SlValue self, SlValue old, SlValue new_, int64_t count) {
    SlStr *s = SL_STR(self), *o = SL_STR(old), *w = SL_STR(new_);
    if (count < 0) count = INT64_MAX;
    SlBuf b;
    sl_buf_init(&b);
    if (o->size == 0) {
        /* insert `new` before every character and at the end, count times */
        const char *p = sl_str_data(s), *e = p + s->size;
        int64_t done = 0;
        if (count == 0 || w->size == 0) goto same;
        while (p <= e) {
            if (done < count) {
                sl_buf_add(&b, sl_str_data(w), w->size);
                done++;
            } else {
                sl_buf_add(&b, p, (size_t)(e - p));
                break;
            }
            if (p == e) break;
            uint32_t cp;
            int k = sl_utf8_decode(p, &cp);
            sl_buf_add(&b, p, (size_t)k);
            p += k;
        }
        return sl_buf_finish(vm, &b);
    }
    {
        const char *p = sl_str_data(s), *e = p + s->size;
        int64_t done = 0;
        while (done < count) {
            int64_t off = bytes_find(p, (size_t)(e - p), sl_str_data(o), o->size);
            if (off < 0) break;
            sl_buf_add(&b, p, (size_t)off);
            sl_buf_add(&b, sl_str_data(w), w->size);
            p += (size_t)off + o->size;
            done++;
        }
        if (done == 0) goto same;
        sl_buf_add(&b, p, (size_t)(e - p));
        return sl_buf_finish(vm, &b);
    }
same:
    sl_buf_free(&b);
    if (SL_IS_EXACT_STR(self)) return sl_incref(self);
    return sl_str_new(vm, sl_str_data(s), s->size);
}

METHOD(str_replace) {
    /* 3.13: count may be given by keyword; 3.8-3.12: positional only,
     * "replace expected at least 2 arguments, got 1" */
    static const char *const names[] = {"", "", "count", NULL};
    if (nargs < 2)
        return sl_raise(vm, SL_TypeError, "replace() takes at least 2 positional arguments (%zu given)",
                        nargs);
    SlValue a[3];
    if (!sl_args_parse(vm, "replace", args, nargs, kwnames, names, 2, 3, a)) return SL_NULL;
    if (!SL_IS_STR(a[0])) return type_error_arg(vm, "replace", 1, "str", a[0]);
    if (!SL_IS_STR(a[1])) return type_error_arg(vm, "replace", 2, "str", a[1]);
    int64_t count = -1;
    if (a[2] && !arg_ssize(vm, a[2], &count)) return SL_NULL;
    return str_replace_impl(vm, self, a[0], a[1], count);
}

static SlValue do_partition(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                            SlValue kwnames, const char *qualname, int dir) {
    if (!sl_args_check(vm, qualname, nargs, kwnames, 1, 1)) return SL_NULL;
    SlValue sep = args[0];
    if (!SL_IS_STR(sep)) return sl_raise(vm, SL_TypeError, "must be str, not %s", sl_type_name(sep));
    if (SL_STR_SIZE(sep) == 0) return sl_raise(vm, SL_ValueError, "empty separator");
    const char *d = SL_STR_DATA(self);
    size_t n = SL_STR_SIZE(self), sn = SL_STR_SIZE(sep);
    int64_t off = dir > 0 ? bytes_find(d, n, SL_STR_DATA(sep), sn)
                          : bytes_rfind(d, n, SL_STR_DATA(sep), sn);
    SlValue parts[3];
    if (off < 0) {
        /* CPython's stringlib partition returns self and sep themselves,
         * subclass instances included */
        SlValue whole = sl_incref(self);
        if (dir > 0) {
            parts[0] = whole;
            parts[1] = parts[2] = str_empty();
        } else {
            parts[0] = parts[1] = str_empty();
            parts[2] = whole;
        }
    } else {
        parts[0] = sl_str_new(vm, d, (size_t)off);
        parts[1] = sl_incref(sep);
        parts[2] = sl_str_new(vm, d + off + sn, n - (size_t)off - sn);
        if (!parts[0] || !parts[2]) {
            sl_xdecref(vm, parts[0]);
            sl_decref(vm, parts[1]);
            sl_xdecref(vm, parts[2]);
            return SL_NULL;
        }
    }
    SlValue t = sl_tuple_new(vm, 3);
    if (!t) {
        for (int i = 0; i < 3; i++) sl_xdecref(vm, parts[i]);
        return SL_NULL;
    }
    for (int i = 0; i < 3; i++) SL_TUPLE_ITEMS(t)[i] = parts[i];
    return t;
}

METHOD(str_partition) { return do_partition(vm, self, args, nargs, kwnames, "str.partition", 1); }
METHOD(str_rpartition) { return do_partition(vm, self, args, nargs, kwnames, "str.rpartition", -1); }

static SlValue do_removefix(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                            SlValue kwnames, const char *name, const char *qualname, bool prefix) {
    if (!sl_args_check(vm, qualname, nargs, kwnames, 1, 1)) return SL_NULL;
    SlValue x = args[0];
    if (!SL_IS_STR(x))
        return sl_raise(vm, SL_TypeError, "%s() argument must be str, not %s", name, sl_type_name(x));
    const char *d = SL_STR_DATA(self);
    size_t n = SL_STR_SIZE(self), xn = SL_STR_SIZE(x);
    if (xn && xn <= n && memcmp(prefix ? d : d + n - xn, SL_STR_DATA(x), xn) == 0)
        return prefix ? sl_str_new(vm, d + xn, n - xn) : sl_str_new(vm, d, n - xn);
    if (SL_IS_EXACT_STR(self)) return sl_incref(self);
    return sl_str_new(vm, d, n);
}

/* 3.9+ */
METHOD(str_removeprefix) {
    return do_removefix(vm, self, args, nargs, kwnames, "removeprefix", "str.removeprefix", true);
}
METHOD(str_removesuffix) {
    return do_removefix(vm, self, args, nargs, kwnames, "removesuffix", "str.removesuffix", false);
}

/* ==== case mapping =========================================================== */

/* Messages of the no-argument methods: 3.9+ "str.upper() takes no arguments
 * (1 given)"; 3.8: "upper() takes no arguments (1 given)" (the same for
 * str.zfill, str.translate, str.format_map, str.join, ... and bytes). */

/* CPython's handle_capital_sigma: final sigma (U+03C2) when the capital
 * sigma at i ends a word. */
static uint32_t lower_sigma(const uint32_t *u, size_t n, size_t i) {
    size_t j = i;
    uint32_t c = 0;
    while (j-- > 0) {
        c = u[j];
        if (!u_iscaseignorable(c)) break;
    }
    bool final = j != (size_t)-1 && u_iscased(c);
    if (final && i + 1 < n) {
        for (j = i + 1; j < n; j++) {
            c = u[j];
            if (!u_iscaseignorable(c)) break;
        }
        final = j == n || !u_iscased(c);
    }
    return final ? 0x3C2 : 0x3C3;
}

/* lower_ucs4: full lowercase of u[i], with the final-sigma rule */
static void add_lower(SlBuf *b, const uint32_t *u, size_t n, size_t i) {
    if (u[i] == 0x3A3) {
        sl_buf_add_codepoint(b, lower_sigma(u, n, i));
        return;
    }
    uint32_t m[3];
    int k = case_map(MAP_LOWER, u[i], m);
    for (int j = 0; j < k; j++) sl_buf_add_codepoint(b, m[j]);
}

static void add_mapped(SlBuf *b, int kind, uint32_t cp) {
    uint32_t m[3];
    int k = case_map(kind, cp, m);
    for (int j = 0; j < k; j++) sl_buf_add_codepoint(b, m[j]);
}

enum { CASE_UPPER, CASE_LOWER, CASE_FOLD, CASE_CAPITALIZE, CASE_TITLE, CASE_SWAP };

static SlValue case_convert(SlVM *vm, SlValue self, int op) {
    SlStr *s = SL_STR(self);
    SlBuf b;
    sl_buf_init(&b);
    if (s->ob.flags16 & SL_STR_ASCII) {
        if (!buf_reserve(&b, s->size)) return sl_buf_finish(vm, &b);
        bool prev_cased = false;
        for (size_t i = 0; i < s->size; i++) {
            char c = sl_str_data(s)[i];
            bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
            bool to_up;
            switch (op) {
            case CASE_UPPER: to_up = true; break;
            case CASE_CAPITALIZE: to_up = i == 0; break;
            case CASE_TITLE: to_up = !prev_cased; break;
            case CASE_SWAP: to_up = lo; break;
            default: to_up = false; break;
            }
            prev_cased = up || lo;
            if (to_up && lo) c = (char)(c - 32);
            else if (!to_up && up) c = (char)(c + 32);
            b.data[b.len++] = c;
        }
        b.data[b.len] = 0;
        return sl_buf_finish(vm, &b);
    }
    size_t n;
    uint32_t *u = str_ucs4(vm, self, &n);
    if (!u) return SL_NULL;
    bool prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = u[i];
        switch (op) {
        case CASE_UPPER: add_mapped(&b, MAP_UPPER, c); break;
        case CASE_LOWER: add_lower(&b, u, n, i); break;
        case CASE_FOLD: add_mapped(&b, MAP_FOLD, c); break;
        case CASE_CAPITALIZE:
            /* 3.8+: titlecase for the first character (3.7: uppercase) */
            if (i == 0) add_mapped(&b, MAP_TITLE, c);
            else add_lower(&b, u, n, i);
            break;
        case CASE_TITLE:
            if (prev_cased) add_lower(&b, u, n, i);
            else add_mapped(&b, MAP_TITLE, c);
            prev_cased = u_iscased(c);
            break;
        default: /* swapcase */
            if (u_isupper(c)) add_lower(&b, u, n, i);
            else if (u_islower(c)) add_mapped(&b, MAP_UPPER, c);
            else sl_buf_add_codepoint(&b, c);
            break;
        }
    }
    free(u);
    return sl_buf_finish(vm, &b);
}

#define CASE_METHOD(fn, qual, op)                                              \
    METHOD(fn) {                                                               \
        (void)args;                                                            \
        if (!sl_args_check(vm, qual, nargs, kwnames, 0, 0)) return SL_NULL;    \
        return case_convert(vm, self, op);                                     \
    }
CASE_METHOD(str_upper, "str.upper", CASE_UPPER)
CASE_METHOD(str_lower, "str.lower", CASE_LOWER)
CASE_METHOD(str_casefold, "str.casefold", CASE_FOLD)
CASE_METHOD(str_capitalize, "str.capitalize", CASE_CAPITALIZE)
CASE_METHOD(str_title, "str.title", CASE_TITLE)
CASE_METHOD(str_swapcase, "str.swapcase", CASE_SWAP)

/* ==== predicates ============================================================= */

/* all(pred(c) for c in s) and len(s) > 0 */
static SlValue all_chars(SlValue self, bool (*pred)(uint32_t), bool empty_result) {
    SlStr *s = SL_STR(self);
    if (s->length == 0) return SL_BOOL(empty_result);
    const char *p = sl_str_data(s), *e = p + s->size;
    while (p < e) {
        uint32_t cp;
        p += sl_utf8_decode(p, &cp);
        if (!pred(cp)) return SL_FALSE;
    }
    return SL_TRUE;
}

#define PRED_METHOD(fn, qual, pred, empty)                                     \
    METHOD(fn) {                                                               \
        (void)args;                                                            \
        if (!sl_args_check(vm, qual, nargs, kwnames, 0, 0)) return SL_NULL;    \
        return all_chars(self, pred, empty);                                   \
    }
PRED_METHOD(str_isalpha, "str.isalpha", sl_unicode_isalpha, false)
PRED_METHOD(str_isalnum, "str.isalnum", u_isalnum, false)
PRED_METHOD(str_isdecimal, "str.isdecimal", u_isdecimal, false)
PRED_METHOD(str_isdigit, "str.isdigit", u_isdigit, false)
PRED_METHOD(str_isnumeric, "str.isnumeric", u_isnumeric, false)
PRED_METHOD(str_isspace, "str.isspace", u_isspace, false)
PRED_METHOD(str_isprintable, "str.isprintable", sl_unicode_isprintable, true)

METHOD(str_isascii) {
    (void)args;
    if (!sl_args_check(vm, "str.isascii", nargs, kwnames, 0, 0)) return SL_NULL;
    return SL_BOOL(IS_ASCII(self));
}

METHOD(str_isupper) {
    (void)args;
    if (!sl_args_check(vm, "str.isupper", nargs, kwnames, 0, 0)) return SL_NULL;
    const char *p = SL_STR_DATA(self), *e = p + SL_STR_SIZE(self);
    bool cased = false;
    while (p < e) {
        uint32_t c;
        p += sl_utf8_decode(p, &c);
        if (u_islower(c) || u_istitle(c)) return SL_FALSE;
        if (!cased && u_isupper(c)) cased = true;
    }
    return SL_BOOL(cased);
}

METHOD(str_islower) {
    (void)args;
    if (!sl_args_check(vm, "str.islower", nargs, kwnames, 0, 0)) return SL_NULL;
    const char *p = SL_STR_DATA(self), *e = p + SL_STR_SIZE(self);
    bool cased = false;
    while (p < e) {
        uint32_t c;
        p += sl_utf8_decode(p, &c);
        if (u_isupper(c) || u_istitle(c)) return SL_FALSE;
        if (!cased && u_islower(c)) cased = true;
    }
    return SL_BOOL(cased);
}

METHOD(str_istitle) {
    (void)args;
    if (!sl_args_check(vm, "str.istitle", nargs, kwnames, 0, 0)) return SL_NULL;
    const char *p = SL_STR_DATA(self), *e = p + SL_STR_SIZE(self);
    bool cased = false, prev_cased = false;
    while (p < e) {
        uint32_t c;
        p += sl_utf8_decode(p, &c);
        if (u_isupper(c) || u_istitle(c)) {
            if (prev_cased) return SL_FALSE;
            prev_cased = cased = true;
        } else if (u_islower(c)) {
            if (!prev_cased) return SL_FALSE;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return SL_BOOL(cased);
}

bool sl_str_isidentifier(SlValue s) {
    const char *p = SL_STR_DATA(s), *e = p + SL_STR_SIZE(s);
    if (p == e) return false;
    uint32_t c;
    p += sl_utf8_decode(p, &c);
    if (!u_isxidstart(c)) return false;
    while (p < e) {
        p += sl_utf8_decode(p, &c);
        if (!u_isxidcontinue(c)) return false;
    }
    return true;
}

METHOD(str_isidentifier) {
    (void)args;
    if (!sl_args_check(vm, "str.isidentifier", nargs, kwnames, 0, 0)) return SL_NULL;
    return SL_BOOL(sl_str_isidentifier(self));
}

/* ==== padding ================================================================ */

static SlValue pad(SlVM *vm, SlValue self, size_t left, size_t right, uint32_t fill) {
    if (left == 0 && right == 0 && SL_IS_EXACT_STR(self)) return sl_incref(self);
    SlBuf b;
    sl_buf_init(&b);
    buf_fill(&b, fill, left);
    sl_buf_add(&b, SL_STR_DATA(self), SL_STR_SIZE(self));
    buf_fill(&b, fill, right);
    return sl_buf_finish(vm, &b);
}

/* (width[, fillchar]) of ljust/rjust/center */
static bool pad_args(SlVM *vm, const char *name, const SlValue *args, size_t nargs,
                     SlValue kwnames, int64_t *width, uint32_t *fill) {
    if (!sl_args_check(vm, name, nargs, kwnames, 1, 2)) return false;
    if (!arg_ssize(vm, args[0], width)) return false;
    *fill = ' ';
    if (nargs > 1) {
        SlValue f = args[1];
        if (!SL_IS_STR(f)) {
            sl_raise(vm, SL_TypeError, "The fill character must be a unicode character, not %s",
                     sl_type_name(f));
            return false;
        }
        if (SL_STR_LEN(f) != 1) {
            sl_raise(vm, SL_TypeError, "The fill character must be exactly one character long");
            return false;
        }
        *fill = sl_str_codepoint_at(f, 0);
    }
    return true;
}

METHOD(str_ljust) {
    int64_t w;
    uint32_t fill;
    if (!pad_args(vm, "ljust", args, nargs, kwnames, &w, &fill)) return SL_NULL;
    int64_t len = (int64_t)SL_STR_LEN(self);
    return pad(vm, self, 0, w > len ? (size_t)(w - len) : 0, fill);
}

METHOD(str_rjust) {
    int64_t w;
    uint32_t fill;
    if (!pad_args(vm, "rjust", args, nargs, kwnames, &w, &fill)) return SL_NULL;
    int64_t len = (int64_t)SL_STR_LEN(self);
    return pad(vm, self, w > len ? (size_t)(w - len) : 0, 0, fill);
}

METHOD(str_center) {
    int64_t w;
    uint32_t fill;
    if (!pad_args(vm, "center", args, nargs, kwnames, &w, &fill)) return SL_NULL;
    int64_t len = (int64_t)SL_STR_LEN(self);
    if (w <= len) return pad(vm, self, 0, 0, fill);
    int64_t marg = w - len, left = marg / 2 + (marg & w & 1);
    return pad(vm, self, (size_t)left, (size_t)(marg - left), fill);
}

METHOD(str_zfill) {
    if (!sl_args_check(vm, "str.zfill", nargs, kwnames, 1, 1)) return SL_NULL;
    int64_t w;
    if (!arg_ssize(vm, args[0], &w)) return SL_NULL;
    int64_t len = (int64_t)SL_STR_LEN(self);
    if (w <= len) return pad(vm, self, 0, 0, '0');
    SlBuf b;
    sl_buf_init(&b);
    const char *d = SL_STR_DATA(self);
    size_t n = SL_STR_SIZE(self);
    if (n && (d[0] == '+' || d[0] == '-')) {
        sl_buf_addc(&b, d[0]);
        d++;
        n--;
    }
    buf_fill(&b, '0', (size_t)(w - len));
    sl_buf_add(&b, d, n);
    return sl_buf_finish(vm, &b);
}

METHOD(str_expandtabs) {
    static const char *const names[] = {"tabsize", NULL};
    SlValue a[1];
    if (!sl_args_parse(vm, "expandtabs", args, nargs, kwnames, names, 0, 1, a)) return SL_NULL;
    int64_t tabsize = 8;
    if (a[0] && !arg_ssize(vm, a[0], &tabsize)) return SL_NULL;
    const char *p = SL_STR_DATA(self), *e = p + SL_STR_SIZE(self);
    if (!memchr(p, '\t', SL_STR_SIZE(self)) && SL_IS_EXACT_STR(self)) return sl_incref(self);
    SlBuf b;
    sl_buf_init(&b);
    int64_t col = 0;
    while (p < e) {
        uint32_t c;
        int k = sl_utf8_decode(p, &c);
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t incr = tabsize - col % tabsize;
                col += incr;
                buf_fill(&b, ' ', (size_t)incr);
            }
        } else {
            col++;
            sl_buf_add(&b, p, (size_t)k);
            if (c == '\n' || c == '\r') col = 0;
        }
        p += k;
    }
    return sl_buf_finish(vm, &b);
}

/* ==== codecs ================================================================= */

enum {
    CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1,
    CODEC_UTF16, CODEC_UTF16LE, CODEC_UTF16BE, CODEC_UTF32, CODEC_UTF32LE, CODEC_UTF32BE,
    CODEC_UNKNOWN
};

/* encodings.normalize_encoding plus the aliases of the three codecs slotlab has. */
static int codec_lookup(const char *name) {
    char norm[64];
    size_t n = 0;
    bool punct = false;
    for (const char *p = name; *p && n + 2 < sizeof norm; p++) {
        char c = *p;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.') {
            if (punct && n) norm[n++] = '_';
            norm[n++] = c;
            punct = false;
        } else if (c >= 'A' && c <= 'Z') {
            if (punct && n) norm[n++] = '_';
            norm[n++] = (char)(c + 32);
            punct = false;
        } else {
            punct = true;
        }
    }
    norm[n] = 0;
    static const char *const utf8[] = {"utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2",
                                       "utf8_ucs4", NULL};
    static const char *const ascii[] = {"ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968",
                                        "ansi_x3.4_1986", "cp367", "csascii", "ibm367",
                                        "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us",
                                        "us_ascii", NULL};
    static const char *const latin1[] = {"latin_1", "latin1", "latin", "l1", "iso_8859_1",
                                         "iso8859_1", "8859", "cp819", "csisolatin1",
                                         "ibm819", "iso_8859_1_1987", "iso_ir_100", NULL};
    for (int i = 0; utf8[i]; i++)
        if (!strcmp(norm, utf8[i])) return CODEC_UTF8;
    for (int i = 0; ascii[i]; i++)
        if (!strcmp(norm, ascii[i])) return CODEC_ASCII;
    for (int i = 0; latin1[i]; i++)
        if (!strcmp(norm, latin1[i])) return CODEC_LATIN1;
    static const struct {
        const char *name;
        int codec;
    } others[] = {{"utf_16", CODEC_UTF16}, {"utf16", CODEC_UTF16}, {"u16", CODEC_UTF16},
                  {"utf_16_le", CODEC_UTF16LE}, {"utf_16le", CODEC_UTF16LE},
                  {"unicodelittleunmarked", CODEC_UTF16LE}, {"utf_16_be", CODEC_UTF16BE},
                  {"utf_16be", CODEC_UTF16BE}, {"unicodebigunmarked", CODEC_UTF16BE},
                  {"utf_32", CODEC_UTF32}, {"utf32", CODEC_UTF32}, {"u32", CODEC_UTF32},
                  {"utf_32_le", CODEC_UTF32LE}, {"utf_32le", CODEC_UTF32LE},
                  {"utf_32_be", CODEC_UTF32BE}, {"utf_32be", CODEC_UTF32BE}};
    for (size_t i = 0; i < sizeof others / sizeof others[0]; i++)
        if (!strcmp(norm, others[i].name)) return others[i].codec;
    return CODEC_UNKNOWN;
}

static const char *const codec_names[] = {"utf-8",     "ascii",     "latin-1",
                                          "utf-16",    "utf-16-le", "utf-16-be",
                                          "utf-32",    "utf-32-le", "utf-32-be"};

static bool codec_is_utf(int codec) { return codec == CODEC_UTF8 || codec >= CODEC_UTF16; }

/* Append the encoding of one (encodable) code point. */
static void codec_emit(SlBuf *b, int codec, uint32_t c) {
    switch (codec) {
    case CODEC_UTF8: sl_buf_add_codepoint(b, c); break;
    case CODEC_ASCII:
    case CODEC_LATIN1: sl_buf_addc(b, (char)c); break;
    case CODEC_UTF16:
    case CODEC_UTF16LE:
    case CODEC_UTF16BE: {
        bool be = codec == CODEC_UTF16BE;
        uint32_t units[2];
        int n = 1;
        units[0] = c;
        if (c >= 0x10000) {
            units[0] = 0xD800 | ((c - 0x10000) >> 10);
            units[1] = 0xDC00 | ((c - 0x10000) & 0x3FF);
            n = 2;
        }
        for (int i = 0; i < n; i++) {
            sl_buf_addc(b, (char)(be ? units[i] >> 8 : units[i] & 0xFF));
            sl_buf_addc(b, (char)(be ? units[i] & 0xFF : units[i] >> 8));
        }
        break;
    }
    default: { /* UTF-32 */
        bool be = codec == CODEC_UTF32BE;
        for (int i = 0; i < 4; i++) sl_buf_addc(b, (char)(c >> (8 * (be ? 3 - i : i))));
        break;
    }
    }
}

static bool known_handler(const char *errors) {
    static const char *const h[] = {"strict", "ignore", "replace", "backslashreplace",
                                    "surrogateescape", "surrogatepass", "xmlcharrefreplace",
                                    "namereplace", NULL};
    for (int i = 0; h[i]; i++)
        if (!strcmp(errors, h[i])) return true;
    return false;
}

static void char_escape(char out[16], uint32_t c) {
    if (c <= 0xFF) snprintf(out, 16, "\\x%02x", (unsigned)c);
    else if (c <= 0xFFFF) snprintf(out, 16, "\\u%04x", (unsigned)c);
    else snprintf(out, 16, "\\U%08x", (unsigned)c);
}

/* Raise UnicodeEncodeError / UnicodeDecodeError(encoding, object, start, end, reason):
 * the exception formats its own message. */
static SlValue raise_unicode_error(SlVM *vm, bool decode, const char *encoding, SlValue object,
                                   size_t start, size_t end, const char *reason) {
    SlValue a[5];
    a[0] = sl_str_from_cstr(vm, encoding);
    a[1] = sl_incref(object);
    a[2] = SL_FROM_INT((int64_t)start);
    a[3] = SL_FROM_INT((int64_t)end);
    a[4] = sl_str_from_cstr(vm, reason);
    SlValue exc = SL_NULL;
    if (a[0] && a[4])
        exc = sl_call(vm, SL_OBJ(decode ? SL_EXC(UnicodeDecodeError) : SL_EXC(UnicodeEncodeError)),
                      a, 5, SL_NULL);
    sl_xdecref(vm, a[0]);
    sl_decref(vm, a[1]);
    sl_xdecref(vm, a[4]);
    if (!exc) return SL_NULL;
    return sl_raise_value(vm, exc);
}

static SlValue raise_decode_error(SlVM *vm, const char *encoding, const char *data, size_t size,
                                  size_t start, size_t end, const char *reason) {
    SlValue obj = sl_bytes_new(vm, data, size);
    if (!obj) return SL_NULL;
    SlValue r = raise_unicode_error(vm, true, encoding, obj, start, end, reason);
    sl_decref(vm, obj);
    return r;
}

SlValue sl_str_encode(SlVM *vm, SlValue s, const char *encoding, const char *errors) {
    if (!encoding) encoding = "utf-8";
    if (!errors) errors = "strict";
    int codec = codec_lookup(encoding);
    if (codec == CODEC_UNKNOWN) return sl_raise(vm, SL_EXC(LookupError), "unknown encoding: %s", encoding);
    SlStr *str = SL_STR(s);
    if ((codec <= CODEC_LATIN1 && (str->ob.flags16 & SL_STR_ASCII)) ||
        (codec == CODEC_UTF8 && !memmem(sl_str_data(str), str->size, "\xED", 1)))
        return sl_bytes_new(vm, sl_str_data(str), str->size);
    /* slow path: a code point at a time, with the error handler */
    size_t n;
    uint32_t *u = str_ucs4(vm, s, &n);
    if (!u) return SL_NULL;
    uint32_t limit = codec == CODEC_ASCII ? 0x80 : codec == CODEC_LATIN1 ? 0x100 : 0x110000;
    SlBuf b;
    sl_buf_init(&b);
    bool utf = codec_is_utf(codec);
    if (codec == CODEC_UTF16) sl_buf_add(&b, "\xff\xfe", 2);          /* BOM, little-endian */
    if (codec == CODEC_UTF32) sl_buf_add(&b, "\xff\xfe\0\0", 4);
    for (size_t i = 0; i < n;) {
        uint32_t c = u[i];
        bool bad = utf ? (c >= 0xD800 && c <= 0xDFFF) : c >= limit;
        if (!bad) {
            codec_emit(&b, codec, c);
            i++;
            continue;
        }
        /* the run of unencodable characters */
        size_t end = i + 1;
        while (end < n && (utf ? (u[end] >= 0xD800 && u[end] <= 0xDFFF) : u[end] >= limit))
            end++;
        const char *reason = utf ? "surrogates not allowed"
                             : codec == CODEC_ASCII ? "ordinal not in range(128)"
                                                    : "ordinal not in range(256)";
        if (!strcmp(errors, "strict") || !known_handler(errors)) {
            free(u);
            sl_buf_free(&b);
            if (strcmp(errors, "strict") != 0)
                return sl_raise(vm, SL_EXC(LookupError), "unknown error handler name '%s'", errors);
            return raise_unicode_error(vm, false, codec_names[codec], s, i, end, reason);
        }
        for (size_t j = i; j < end; j++) {
            uint32_t x = u[j];
            char esc[24];
            esc[0] = 0;
            if (!strcmp(errors, "replace")) {
                strcpy(esc, "?");
            } else if (!strcmp(errors, "backslashreplace")) {
                char_escape(esc, x);
            } else if (!strcmp(errors, "xmlcharrefreplace")) {
                snprintf(esc, sizeof esc, "&#%u;", (unsigned)x);
            }
            if (esc[0]) {
                for (const char *q = esc; *q; q++) codec_emit(&b, codec, (unsigned char)*q);
            } else if (!strcmp(errors, "surrogateescape") && x >= 0xDC80 && x <= 0xDCFF &&
                       codec <= CODEC_LATIN1) {
                sl_buf_addc(&b, (char)(x - 0xDC00));
            } else if (!strcmp(errors, "surrogatepass") && utf) {
                if (codec == CODEC_UTF8) {
                    char tmp[4];
                    sl_buf_add(&b, tmp, (size_t)sl_utf8_encode(x, tmp));
                } else {
                    codec_emit(&b, codec, x);
                }
            } else if (!strcmp(errors, "ignore")) {
                ;
            } else {
                free(u);
                sl_buf_free(&b);
                return raise_unicode_error(vm, false, codec_names[codec], s, j, j + 1, reason);
            }
        }
        i = end;
    }
    free(u);
    if (b.failed) {
        sl_buf_free(&b);
        return sl_raise_nomemory(vm);
    }
    SlValue r = sl_bytes_new(vm, b.data ? b.data : "", b.len);
    sl_buf_free(&b);
    return r;
}

/* CPython's utf-8 decoder error classification: returns the length of a
 * valid sequence at p (>0), or 0 with *errlen and *msg set. */
static int utf8_decode_step(const unsigned char *p, const unsigned char *e, uint32_t *cp,
                            size_t *errlen, const char **msg) {
    int k = utf8_strict(p, (size_t)(e - p), cp);
    if (k) return k;
    unsigned c = p[0];
    size_t avail = (size_t)(e - p);
    *msg = "invalid continuation byte";
    if (c < 0xC2 || c >= 0xF5) {
        *msg = "invalid start byte";
        *errlen = 1;
        return 0;
    }
#define CONT(x) (((x) & 0xC0) == 0x80)
    if (c < 0xE0) {
        if (avail < 2) goto end_of_data;
        *errlen = 1;
        return 0;
    }
    if (c < 0xF0) {
        if (avail < 2) goto end_of_data;
        if (!CONT(p[1]) || (p[1] < 0xA0 ? c == 0xE0 : c == 0xED)) {
            *errlen = 1;
            return 0;
        }
        if (avail < 3) goto end_of_data;
        *errlen = 2;
        return 0;
    }
    if (avail < 2) goto end_of_data;
    if (!CONT(p[1]) || (p[1] < 0x90 ? c == 0xF0 : c == 0xF4)) {
        *errlen = 1;
        return 0;
    }
    if (avail < 3) goto end_of_data;
    if (!CONT(p[2])) {
        *errlen = 2;
        return 0;
    }
    if (avail < 4) goto end_of_data;
    *errlen = 3;
    return 0;
#undef CONT
end_of_data:
    *msg = "unexpected end of data";
    *errlen = avail;
    return 0;
}

static bool all_ascii(const char *data, size_t size) {
    for (size_t i = 0; i < size; i++)
        if ((unsigned char)data[i] >= 0x80) return false;
    return true;
}

/* surrogateescape can only stand for bytes >= 128 */
static bool all_high(const unsigned char *p, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (p[i] < 0x80) return false;
    return true;
}

/* Apply the error handler to the undecodable bytes data[start..end):
 * false after raising. */
static bool decode_error(SlVM *vm, SlBuf *b, const char *errors, const char *codec_name,
                         const char *data, size_t size, size_t start, size_t end, const char *msg) {
    const unsigned char *p = (const unsigned char *)data;
    if (!strcmp(errors, "replace")) {
        sl_buf_add_codepoint(b, 0xFFFD);
    } else if (!strcmp(errors, "ignore")) {
        ;
    } else if (!strcmp(errors, "backslashreplace")) {
        for (size_t j = start; j < end; j++) sl_buf_printf(b, "\\x%02x", (unsigned)p[j]);
    } else if (!strcmp(errors, "surrogateescape") && all_high(p + start, end - start)) {
        for (size_t j = start; j < end; j++) sl_buf_add_codepoint(b, 0xDC00u + p[j]);
    } else {
        if (strcmp(errors, "strict") != 0 && !known_handler(errors))
            sl_raise(vm, SL_EXC(LookupError), "unknown error handler name '%s'", errors);
        else
            raise_decode_error(vm, codec_name, data, size, start, end, msg);
        return false;
    }
    return true;
}

/* UTF-16 and UTF-32 (CPython's PyUnicode_DecodeUTF16/32Stateful) */
static SlValue decode_utf16_32(SlVM *vm, const char *data, size_t size, int codec,
                               const char *errors) {
    const unsigned char *p = (const unsigned char *)data;
    size_t i = 0;
    bool wide = codec >= CODEC_UTF32;
    bool be = codec == CODEC_UTF16BE || codec == CODEC_UTF32BE;
    if (codec == CODEC_UTF16 && size >= 2) {
        if (p[0] == 0xFF && p[1] == 0xFE) i = 2;
        else if (p[0] == 0xFE && p[1] == 0xFF) i = 2, be = true;
    }
    if (codec == CODEC_UTF32 && size >= 4) {
        if (p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0) i = 4;
        else if (p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF) i = 4, be = true;
    }
    const char *name = wide ? (be ? "utf-32-be" : "utf-32-le") : (be ? "utf-16-be" : "utf-16-le");
    SlBuf b;
    sl_buf_init(&b);
    while (i < size) {
        size_t start = i, end;
        const char *msg;
        if (wide) {
            if (size - i < 4) {
                msg = "truncated data";
                end = size;
            } else {
                uint32_t c = be ? ((uint32_t)p[i] << 24 | (uint32_t)p[i + 1] << 16 |
                                   (uint32_t)p[i + 2] << 8 | p[i + 3])
                                : ((uint32_t)p[i + 3] << 24 | (uint32_t)p[i + 2] << 16 |
                                   (uint32_t)p[i + 1] << 8 | p[i]);
                end = i + 4;
                if (c > 0x10FFFF) {
                    msg = "code point not in range(0x110000)";
                } else if (c >= 0xD800 && c <= 0xDFFF) {
                    msg = "code point in surrogate code point range(0xd800, 0xe000)";
                } else {
                    sl_buf_add_codepoint(&b, c);
                    i = end;
                    continue;
                }
            }
        } else {
            if (size - i < 2) {
                msg = "truncated data";
                end = size;
            } else {
                uint32_t u = be ? (uint32_t)(p[i] << 8 | p[i + 1]) : (uint32_t)(p[i + 1] << 8 | p[i]);
                if (u < 0xD800 || u > 0xDFFF) {
                    sl_buf_add_codepoint(&b, u);
                    i += 2;
                    continue;
                }
                if (u >= 0xDC00) {
                    msg = "illegal encoding";
                    end = i + 2;
                } else if (size - i < 4) {
                    msg = "unexpected end of data";
                    end = size;
                } else {
                    uint32_t u2 = be ? (uint32_t)(p[i + 2] << 8 | p[i + 3])
                                     : (uint32_t)(p[i + 3] << 8 | p[i + 2]);
                    if (u2 >= 0xDC00 && u2 <= 0xDFFF) {
                        sl_buf_add_codepoint(&b, 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
                        i += 4;
                        continue;
                    }
                    msg = "illegal UTF-16 surrogate";
                    end = i + 2;
                }
            }
        }
        if (!decode_error(vm, &b, errors, name, data, size, start, end, msg)) {
            sl_buf_free(&b);
            return SL_NULL;
        }
        i = end;
    }
    return sl_buf_finish(vm, &b);
}

SlValue sl_str_decode(SlVM *vm, const char *data, size_t size, const char *encoding,
                      const char *errors) {
    if (!encoding) encoding = "utf-8";
    if (!errors) errors = "strict";
    int codec = codec_lookup(encoding);
    if (codec == CODEC_UNKNOWN)
        return sl_raise(vm, SL_EXC(LookupError), "unknown encoding: %s", encoding);
    if (codec >= CODEC_UTF16) return decode_utf16_32(vm, data, size, codec, errors);
    if (all_ascii(data, size) || (codec == CODEC_UTF8 && sl_utf8_valid(data, size)))
        return sl_str_new(vm, data, size);
    SlBuf b;
    sl_buf_init(&b);
    const unsigned char *p = (const unsigned char *)data, *e = p + size;
    while (p < e) {
        uint32_t cp;
        size_t errlen = 1;
        const char *msg = "ordinal not in range(128)";
        if (*p < 0x80) {
            sl_buf_addc(&b, (char)*p++);
            continue;
        }
        if (codec == CODEC_LATIN1) {
            sl_buf_add_codepoint(&b, *p++);
            continue;
        }
        if (codec == CODEC_UTF8) {
            int k = utf8_decode_step(p, e, &cp, &errlen, &msg);
            if (k) {
                sl_buf_add(&b, (const char *)p, (size_t)k);
                p += k;
                continue;
            }
        }
        /* an undecodable range p[0..errlen) */
        size_t pos = (size_t)(p - (const unsigned char *)data);
        if (!decode_error(vm, &b, errors, codec_names[codec], data, size, pos, pos + errlen, msg)) {
            sl_buf_free(&b);
            return SL_NULL;
        }
        p += errlen;
    }
    return sl_buf_finish(vm, &b);
}

/* (encoding, errors) arguments of encode/decode/str()/bytes() as C strings */
static bool codec_args(SlVM *vm, const char *fname, SlValue enc, SlValue err,
                       const char **encoding, const char **errors) {
    *encoding = NULL;
    *errors = NULL;
    if (enc) {
        if (!SL_IS_STR(enc)) {
            sl_raise(vm, SL_TypeError, "%s() argument 'encoding' must be str, not %s", fname,
                     sl_type_name(enc));
            return false;
        }
        *encoding = SL_STR_DATA(enc);
    }
    if (err) {
        if (!SL_IS_STR(err)) {
            sl_raise(vm, SL_TypeError, "%s() argument 'errors' must be str, not %s", fname,
                     sl_type_name(err));
            return false;
        }
        *errors = SL_STR_DATA(err);
    }
    return true;
}

METHOD(str_encode) {
    static const char *const names[] = {"encoding", "errors", NULL};
    SlValue a[2];
    if (!sl_args_parse(vm, "encode", args, nargs, kwnames, names, 0, 2, a)) return SL_NULL;
    const char *encoding, *errors;
    if (!codec_args(vm, "encode", a[0], a[1], &encoding, &errors)) return SL_NULL;
    return sl_str_encode(vm, self, encoding, errors);
}

/* ==== translate / maketrans ================================================== */

METHOD(str_translate) {
    if (!sl_args_check(vm, "str.translate", nargs, kwnames, 1, 1)) return SL_NULL;
    SlValue table = args[0];
    SlBuf b;
    sl_buf_init(&b);
    const char *p = SL_STR_DATA(self), *e = p + SL_STR_SIZE(self);
    while (p < e) {
        uint32_t c;
        int k = sl_utf8_decode(p, &c);
        SlValue r = sl_getitem(vm, table, SL_FROM_INT(c));
        if (!r) {
            if (!sl_exc_matches(vm, SL_EXC(LookupError))) goto fail;
            sl_exc_clear(vm);
            sl_buf_add(&b, p, (size_t)k);
        } else if (r == SL_NONE) {
            ;
        } else if (SL_IS_INTLIKE(r)) {
            int64_t x;
            if (!sl_int_as_i64(vm, r, &x) || x < 0 || x > 0x10FFFF) {
                sl_decref(vm, r);
                if (sl_exc_occurred(vm)) {
                    if (!sl_exc_matches(vm, SL_OverflowError)) goto fail;
                    sl_exc_clear(vm);
                }
                sl_raise(vm, SL_ValueError, "character mapping must be in range(0x110000)");
                goto fail;
            }
            sl_buf_add_codepoint(&b, (uint32_t)x);
        } else if (SL_IS_STR(r)) {
            sl_buf_add(&b, SL_STR_DATA(r), SL_STR_SIZE(r));
        } else {
            sl_decref(vm, r);
            sl_raise(vm, SL_TypeError, "character mapping must return integer, None or str");
            goto fail;
        }
        sl_xdecref(vm, r);
        p += k;
    }
    return sl_buf_finish(vm, &b);
fail:
    sl_buf_free(&b);
    return SL_NULL;
}

static bool dict_set_int(SlVM *vm, SlValue d, uint32_t key, SlValue value) {
    return sl_dict_set(vm, d, SL_FROM_INT(key), value);
}

/* str.maketrans(x[, y[, z]]): a static method */
METHOD(str_maketrans) {
    (void)self;
    if (!sl_args_check(vm, "maketrans", nargs, kwnames, 1, 3)) return SL_NULL;
    SlValue d = sl_dict_new(vm);
    if (!d) return SL_NULL;
    if (nargs == 1) {
        SlValue x = args[0];
        if (!SL_IS_DICT(x)) {
            sl_raise(vm, SL_TypeError, "if you give only one argument to maketrans it must be a dict");
            goto fail;
        }
        size_t pos = 0;
        SlValue k, v;
        while (sl_dict_next(x, &pos, &k, &v)) {
            if (SL_IS_STR(k)) {
                if (SL_STR_LEN(k) != 1) {
                    sl_raise(vm, SL_ValueError, "string keys in translate table must be of length 1");
                    goto fail;
                }
                if (!dict_set_int(vm, d, sl_str_codepoint_at(k, 0), v)) goto fail;
            } else if (SL_IS_INTLIKE(k)) {
                if (!sl_dict_set(vm, d, k, v)) goto fail;
            } else {
                sl_raise(vm, SL_TypeError, "keys in translate table must be strings or integers");
                goto fail;
            }
        }
        return d;
    }
    if (!SL_IS_STR(args[0])) {
        sl_raise(vm, SL_TypeError,
                 "first maketrans argument must be a string if there is a second argument");
        goto fail;
    }
    for (size_t i = 1; i < nargs; i++)
        if (!SL_IS_STR(args[i])) {
            type_error_arg(vm, "maketrans", (int)i + 1, "str", args[i]);
            goto fail;
        }
    if (SL_STR_LEN(args[0]) != SL_STR_LEN(args[1])) {
        sl_raise(vm, SL_ValueError, "the first two maketrans arguments must have equal length");
        goto fail;
    }
    {
        const char *p = SL_STR_DATA(args[0]), *q = SL_STR_DATA(args[1]);
        for (size_t i = 0; i < SL_STR_LEN(args[0]); i++) {
            uint32_t a, b;
            p += sl_utf8_decode(p, &a);
            q += sl_utf8_decode(q, &b);
            if (!dict_set_int(vm, d, a, SL_FROM_INT(b))) goto fail;
        }
    }
    if (nargs == 3) {
        const char *p = SL_STR_DATA(args[2]);
        for (size_t i = 0; i < SL_STR_LEN(args[2]); i++) {
            uint32_t a;
            p += sl_utf8_decode(p, &a);
            if (!dict_set_int(vm, d, a, SL_NONE)) goto fail;
        }
    }
    return d;
fail:
    sl_decref(vm, d);
    return SL_NULL;
}

/* ==== str.format ============================================================= */

typedef struct {
    const SlValue *args;    /* positional arguments */
    size_t nargs;
    bool have_args;         /* false for format_map */
    SlValue kwnames;        /* format(): keyword names (tuple) or SL_NULL */
    const SlValue *kwvalues;
    SlValue mapping;        /* format_map(): the mapping, else SL_NULL */
    int an_state;           /* 0 init, 1 automatic, 2 manual field numbering */
    int64_t an_next;
} FmtCtx;

/* CPython's get_integer: 1 and *out if text is all (Unicode) decimal digits,
 * 0 if not (or empty), -1 on overflow (ValueError). */
static int fmt_integer(SlVM *vm, const char *p, size_t n, int64_t *out) {
    if (n == 0) return 0;
    int64_t acc = 0;
    const char *e = p + n;
    while (p < e) {
        uint32_t c;
        p += sl_utf8_decode(p, &c);
        int d = c < 0x80 ? (c >= '0' && c <= '9' ? (int)(c - '0') : -1) : sl_unicode_decimal(c);
        if (d < 0) return 0;
        if (acc > (INT64_MAX - d) / 10) {
            sl_raise(vm, SL_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
    }
    *out = acc;
    return 1;
}

static SlValue fmt_keyword(SlVM *vm, FmtCtx *c, const char *name, size_t n) {
    SlValue key = sl_str_new(vm, name, n);
    if (!key) return SL_NULL;
    SlValue r = SL_NULL;
    if (c->mapping) {
        r = sl_getitem(vm, c->mapping, key);
    } else {
        if (c->kwnames)
            for (size_t i = 0; i < SL_TUPLE_SIZE(c->kwnames); i++)
                if (sl_str_eq(SL_TUPLE_ITEMS(c->kwnames)[i], key)) {
                    r = sl_incref(c->kwvalues[i]);
                    break;
                }
        if (!r) sl_raise_arg(vm, SL_KeyError, key);
    }
    sl_decref(vm, key);
    return r;
}

/* The object named by a field name ("0", "name", "0.attr[key]"). */
static SlValue fmt_field_object(SlVM *vm, FmtCtx *c, const char *p, size_t n) {
    size_t i = 0;
    while (i < n && p[i] != '.' && p[i] != '[') i++;
    int64_t idx = -1;
    int isint = fmt_integer(vm, p, i, &idx);
    if (isint < 0) return SL_NULL;
    if (!isint) idx = -1;
    bool empty = i == 0;
    bool numeric = empty || idx != -1;
    if (c->an_state == 0 && numeric) c->an_state = empty ? 1 : 2;
    if (numeric) {
        if (c->an_state == 2 && empty)
            return sl_raise(vm, SL_ValueError,
                            "cannot switch from manual field specification to automatic field numbering");
        if (c->an_state == 1 && !empty)
            return sl_raise(vm, SL_ValueError,
                            "cannot switch from automatic field numbering to manual field specification");
        if (empty) idx = c->an_next++;
    }
    SlValue obj;
    if (idx == -1) {
        obj = fmt_keyword(vm, c, p, i);
    } else {
        if (!c->have_args)
            return sl_raise(vm, SL_ValueError, "Format string contains positional fields");
        if ((size_t)idx >= c->nargs)
            /* 3.8-3.12 the same; (3.0-3.7 said "tuple index out of range") */
            return sl_raise(vm, SL_IndexError,
                            "Replacement index %lld out of range for positional args tuple",
                            (long long)idx);
        obj = sl_incref(c->args[idx]);
    }
    if (!obj) return SL_NULL;
    /* the rest: .attr and [key] parts */
    while (i < n) {
        char kind = p[i++];
        size_t start = i;
        if (kind == '.') {
            while (i < n && p[i] != '.' && p[i] != '[') i++;
        } else if (kind == '[') {
            while (i < n && p[i] != ']') i++;
            if (i >= n) {
                sl_decref(vm, obj);
                return sl_raise(vm, SL_ValueError, "Missing ']' in format string");
            }
        } else {
            sl_decref(vm, obj);
            return sl_raise(vm, SL_ValueError,
                            "Only '.' or '[' may follow ']' in format field specifier");
        }
        size_t len = i - start;
        if (kind == '[') i++; /* the ']' */
        if (len == 0) {
            sl_decref(vm, obj);
            return sl_raise(vm, SL_ValueError, "Empty attribute in format string");
        }
        SlValue key;
        int64_t k = -1;
        int kint = kind == '[' ? fmt_integer(vm, p + start, len, &k) : 0;
        if (kint < 0) {
            sl_decref(vm, obj);
            return SL_NULL;
        }
        key = kint ? sl_int_from_i64(vm, k) : sl_str_new(vm, p + start, len);
        if (!key) {
            sl_decref(vm, obj);
            return SL_NULL;
        }
        SlValue next = kind == '.' ? sl_getattr(vm, obj, key) : sl_getitem(vm, obj, key);
        sl_decref(vm, key);
        sl_decref(vm, obj);
        if (!next) return SL_NULL;
        obj = next;
    }
    return obj;
}

static bool fmt_build(SlVM *vm, FmtCtx *c, SlBuf *out, const char *s, size_t n, int depth);

static bool fmt_render(SlVM *vm, FmtCtx *c, SlBuf *out, const char *name, size_t name_len,
                       uint32_t conversion, const char *spec, size_t spec_len, bool expand,
                       int depth) {
    SlValue obj = fmt_field_object(vm, c, name, name_len);
    if (!obj) return false;
    if (conversion) {
        SlValue conv;
        switch (conversion) {
        case 'r': conv = sl_repr(vm, obj); break;
        case 's': conv = sl_str(vm, obj); break;
        case 'a': conv = sl_ascii(vm, obj); break;
        default:
            sl_decref(vm, obj);
            if (conversion > 32 && conversion < 127)
                sl_raise(vm, SL_ValueError, "Unknown conversion specifier %c", (int)conversion);
            else
                sl_raise(vm, SL_ValueError, "Unknown conversion specifier \\x%x",
                         (unsigned)conversion);
            return false;
        }
        sl_decref(vm, obj);
        if (!conv) return false;
        obj = conv;
    }
    SlValue specv;
    if (expand) {
        SlBuf sb;
        sl_buf_init(&sb);
        if (!fmt_build(vm, c, &sb, spec, spec_len, depth - 1)) {
            sl_buf_free(&sb);
            sl_decref(vm, obj);
            return false;
        }
        specv = sl_buf_finish(vm, &sb);
    } else {
        specv = sl_str_new(vm, spec, spec_len);
    }
    if (!specv) {
        sl_decref(vm, obj);
        return false;
    }
    SlValue r = sl_format(vm, obj, specv);
    sl_decref(vm, specv);
    sl_decref(vm, obj);
    if (!r) return false;
    sl_buf_add(out, SL_STR_DATA(r), SL_STR_SIZE(r));
    sl_decref(vm, r);
    return true;
}

/* CPython's build_string + MarkupIterator (Objects/stringlib/unicode_format.h) */
static bool fmt_build(SlVM *vm, FmtCtx *c, SlBuf *out, const char *s, size_t n, int depth) {
    if (depth <= 0) {
        sl_raise(vm, SL_ValueError, "Max string recursion exceeded");
        return false;
    }
    size_t i = 0;
    while (i < n) {
        size_t start = i;
        char ch = 0;
        bool markup = false;
        while (i < n) {
            ch = s[i++];
            if (ch == '{' || ch == '}') {
                markup = true;
                break;
            }
        }
        bool at_end = i >= n;
        size_t len = i - start;
        if (markup && ch == '}' && (at_end || s[i] != '}')) {
            sl_raise(vm, SL_ValueError, "Single '}' encountered in format string");
            return false;
        }
        if (markup && at_end && ch == '{') {
            sl_raise(vm, SL_ValueError, "Single '{' encountered in format string");
            return false;
        }
        if (!at_end) {
            if (s[i] == ch) {
                i++;
                markup = false;
            } else {
                len--;
            }
        }
        sl_buf_add(out, s + start, len);
        if (!markup) continue;
        /* parse_field */
        size_t fstart = i;
        ch = 0;
        while (i < n) {
            ch = s[i++];
            if (ch == '{') {
                sl_raise(vm, SL_ValueError, "unexpected '{' in field name");
                return false;
            }
            if (ch == '[') {
                while (i < n && s[i] != ']') i++;
                continue;
            }
            if (ch == '}' || ch == ':' || ch == '!') break;
        }
        size_t fend = i - 1;
        uint32_t conversion = 0;
        const char *spec = "";
        size_t spec_len = 0;
        bool expand = false;
        if (ch == '!' || ch == ':') {
            bool done = false;
            if (ch == '!') {
                if (i >= n) {
                    sl_raise(vm, SL_ValueError,
                             "end of string while looking for conversion specifier");
                    return false;
                }
                i += (size_t)sl_utf8_decode(s + i, &conversion);
                if (i < n) {
                    char c2 = s[i++];
                    if (c2 == '}') done = true;
                    else if (c2 != ':') {
                        sl_raise(vm, SL_ValueError, "expected ':' after conversion specifier");
                        return false;
                    }
                }
            }
            if (!done) {
                size_t sstart = i;
                int count = 1;
                while (i < n) {
                    char c3 = s[i++];
                    if (c3 == '{') {
                        expand = true;
                        count++;
                    } else if (c3 == '}' && --count == 0) {
                        done = true;
                        break;
                    }
                }
                if (!done) {
                    sl_raise(vm, SL_ValueError, "unmatched '{' in format spec");
                    return false;
                }
                spec = s + sstart;
                spec_len = i - 1 - sstart;
            }
        } else if (ch != '}') {
            sl_raise(vm, SL_ValueError, "expected '}' before end of string");
            return false;
        }
        if (!fmt_render(vm, c, out, s + fstart, fend - fstart, conversion, spec, spec_len, expand,
                        depth))
            return false;
    }
    return true;
}

/* No replacement fields: CPython's writer hands back the format string
 * itself (of any str subclass). */
static bool no_markup(SlValue fmt, char c1, char c2) {
    const char *d = SL_STR_DATA(fmt);
    size_t n = SL_STR_SIZE(fmt);
    return n > 0 && !memchr(d, c1, n) && (!c2 || !memchr(d, c2, n));
}

SlValue sl_str_format(SlVM *vm, SlValue fmt, const SlValue *args, size_t nargs, SlValue kwnames) {
    if (no_markup(fmt, '{', '}')) return sl_incref(fmt);
    FmtCtx c = {args, nargs, true, kwnames, args + nargs, SL_NULL, 0, 0};
    if (kwnames && SL_TUPLE_SIZE(kwnames) == 0) c.kwnames = SL_NULL;
    SlBuf out;
    sl_buf_init(&out);
    if (!fmt_build(vm, &c, &out, SL_STR_DATA(fmt), SL_STR_SIZE(fmt), 2)) {
        sl_buf_free(&out);
        return SL_NULL;
    }
    return sl_buf_finish(vm, &out);
}

METHOD(str_format) { return sl_str_format(vm, self, args, nargs, kwnames); }

METHOD(str_format_map) {
    if (!sl_args_check(vm, "str.format_map", nargs, kwnames, 1, 1)) return SL_NULL;
    if (no_markup(self, '{', '}')) return sl_incref(self);
    FmtCtx c = {NULL, 0, false, SL_NULL, NULL, args[0], 0, 0};
    SlBuf out;
    sl_buf_init(&out);
    if (!fmt_build(vm, &c, &out, SL_STR_DATA(self), SL_STR_SIZE(self), 2)) {
        sl_buf_free(&out);
        return SL_NULL;
    }
    return sl_buf_finish(vm, &out);
}

/* ==== printf-style formatting: str % args ==================================== */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct {
    SlValue args;       /* the current argument source (a tuple, a single value, or dict[key]) */
    int64_t arglen, argidx;
    bool args_owned;    /* args is a new reference (from the mapping) */
    SlValue dict;       /* the mapping when args is one, else SL_NULL */
    bool bytes;         /* bytes % args (PEP 461) rather than str % args */
} ModCtx;

static SlValue mod_nextarg(SlVM *vm, ModCtx *c) {
    int64_t i = c->argidx;
    if (i < c->arglen) {
        c->argidx++;
        if (c->arglen < 0) return c->args;
        return SL_TUPLE_ITEMS(c->args)[i];
    }
    return sl_raise(vm, SL_TypeError, "not enough arguments for format string");
}

/* Is v a number for %d (PyNumber_Check)? */
static bool is_number(SlValue v) {
    if (SL_IS_INTLIKE(v) || SL_IS_FLOAT(v)) return true;
    SlType *t = sl_type_of(v);
    return t->index || t->int_ || t->float_;
}

/* The integer of v for %d/%i/%u (int(v)) or %o/%x/%X (v.__index__()), new ref;
 * SL_NULL with the "a real number is required" family of errors. */
static SlValue mod_integer(SlVM *vm, SlValue v, uint32_t type) {
    if (SL_IS_INTLIKE(v)) return sl_incref(v);
    bool index_only = type == 'o' || type == 'x' || type == 'X';
    if (is_number(v)) {
        SlValue r;
        if (index_only) {
            r = sl_has_index(v) ? sl_index(vm, v) : SL_NULL;
            if (!r && !sl_exc_occurred(vm)) goto wrongtype;
        } else if (SL_IS_FLOAT(v)) {
            r = sl_int_from_double(vm, SL_FLOAT_VAL(v));
        } else if (sl_type_of(v)->int_) {
            r = sl_type_of(v)->int_(vm, v);
        } else if (sl_has_index(v)) {
            r = sl_index(vm, v);
        } else {
            goto wrongtype;
        }
        if (!r && sl_exc_matches(vm, SL_TypeError)) {
            sl_exc_clear(vm);
            goto wrongtype;
        }
        return r;
    }
wrongtype:
    if (index_only)
        return sl_raise(vm, SL_TypeError, "%%%c format: an integer is required, not %s", (int)type,
                        sl_type_name(v));
    /* 3.8-3.9: "%d format: a number is required, not str" */
    return sl_raise(vm, SL_TypeError, "%%%c format: a real number is required, not %s", (int)type,
                    sl_type_name(v));
}

/* unicode_format_arg_output: pad text (numbers: sign and 0x prefix first) */
static void mod_output(SlBuf *out, const char *text, size_t size, int flags, int64_t width,
                       bool numeric, uint32_t type, bool bytes) {
    size_t len = bytes ? size : sl_utf8_count(text, size);
    char signchar = 0;
    bool sign = numeric;
    uint32_t fill = numeric && (flags & F_ZERO) ? '0' : ' ';
    if (sign) {
        if (size && (text[0] == '-' || text[0] == '+')) {
            signchar = text[0];
            text++;
            size--;
            len--;
        } else if (flags & F_SIGN) {
            signchar = '+';
        } else if (flags & F_BLANK) {
            signchar = ' ';
        } else {
            sign = false;
        }
    }
    if (width < (int64_t)len) width = (int64_t)len;
    if (sign) {
        if (fill != ' ') sl_buf_addc(out, signchar);
        if (width > (int64_t)len) width--;
    }
    bool prefix = (flags & F_ALT) && (type == 'x' || type == 'X' || type == 'o');
    if (prefix) {
        if (fill != ' ') {
            sl_buf_add(out, text, 2);
            text += 2;
            size -= 2;
        }
        width -= 2;
        if (width < 0) width = 0;
        len -= 2;
    }
    if (width > (int64_t)len && !(flags & F_LJUST)) {
        buf_fill(out, fill, (size_t)(width - (int64_t)len));
        width = (int64_t)len;
    }
    if (fill == ' ') {
        if (sign) sl_buf_addc(out, signchar);
        if (prefix) {
            sl_buf_add(out, text, 2);
            text += 2;
            size -= 2;
        }
    }
    sl_buf_add(out, text, size);
    if (width > (int64_t)len) buf_fill(out, ' ', (size_t)(width - (int64_t)len));
}

/* _PyUnicode_FormatLong: sign, 0x prefix when alt, digits zero-padded to prec */
static bool mod_format_long(SlVM *vm, SlBuf *b, SlValue v, int flags, int64_t prec, uint32_t type) {
    int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    SlBuf digits;
    sl_buf_init(&digits);
    if (!sl_int_digits_to_buf(vm, v, base, type == 'X', &digits)) {
        sl_buf_free(&digits);
        return false;
    }
    if (sl_int_sign(v) < 0) sl_buf_addc(b, '-');
    if ((flags & F_ALT) && base != 10) {
        sl_buf_addc(b, '0');
        sl_buf_addc(b, (char)type);
    }
    if (prec > (int64_t)digits.len) buf_fill(b, '0', (size_t)prec - digits.len);
    sl_buf_add(b, digits.data ? digits.data : "", digits.len);
    sl_buf_free(&digits);
    return true;
}

/* bytes % args: %s/%b (bytes-like or __bytes__), %r/%a (ascii()), %c */
static bool mod_bytes_convert(SlVM *vm, SlBuf *tmp, SlValue v, uint32_t type, int64_t prec) {
    if (type == 'c') {
        if (SL_IS_BYTES(v)) {
            if (SL_BYTES(v)->size != 1) goto c_error;
            sl_buf_addc(tmp, (char)SL_BYTES(v)->data[0]);
            return true;
        }
        if (!SL_IS_INTLIKE(v)) {
        c_error:
            sl_raise(vm, SL_TypeError, "%%c requires an integer in range(256) or a single byte");
            return false;
        }
        int64_t x;
        if (!sl_int_as_i64(vm, v, &x)) {
            if (!sl_exc_matches(vm, SL_OverflowError)) return false;
            sl_exc_clear(vm);
            x = -1;
        }
        if (x < 0 || x > 255) {
            sl_raise(vm, SL_OverflowError, "%%c arg not in range(256)");
            return false;
        }
        sl_buf_addc(tmp, (char)x);
        return true;
    }
    SlValue b;
    if (type == 'r' || type == 'a') {
        b = sl_ascii(vm, v);
    } else if (SL_IS_BYTES(v)) {
        b = sl_incref(v);
    } else if (SL_IS_BYTEARRAY(v)) {
        b = sl_bytes_new(vm, sl_bytearray_data(v), SL_BYTEARRAY_SIZE(v));
    } else {
        SlValue m = sl_type_lookup(sl_type_of(v), sl_intern_cstr("__bytes__"));
        if (!m) {
            sl_raise(vm, SL_TypeError,
                     "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                     sl_type_name(v));
            return false;
        }
        b = sl_call_method(vm, v, "__bytes__", NULL, 0);
        if (b && !SL_IS_BYTES(b)) {
            sl_raise(vm, SL_TypeError, "__bytes__ returned non-bytes (type %s)", sl_type_name(b));
            sl_decref(vm, b);
            return false;
        }
    }
    if (!b) return false;
    const char *d = SL_IS_BYTES(b) ? (const char *)SL_BYTES(b)->data : SL_STR_DATA(b);
    size_t n = SL_IS_BYTES(b) ? SL_BYTES(b)->size : SL_STR_SIZE(b);
    if (prec >= 0 && (size_t)prec < n) n = (size_t)prec;
    sl_buf_add(tmp, d, n);
    sl_decref(vm, b);
    return true;
}

/* One conversion; c->fmt position handling is the caller's. */
static bool mod_convert(SlVM *vm, ModCtx *c, SlBuf *out, uint32_t type, int flags, int64_t width,
                        int64_t prec, size_t type_index) {
    SlValue v = mod_nextarg(vm, c);
    if (!v) return false;
    SlBuf tmp;
    sl_buf_init(&tmp);
    bool numeric = false;
    if (c->bytes && (type == 's' || type == 'b' || type == 'r' || type == 'a' || type == 'c')) {
        if (!mod_bytes_convert(vm, &tmp, v, type, prec)) {
            sl_buf_free(&tmp);
            return false;
        }
        type = 's';
        goto output;
    }
    switch (type) {
    case 's':
    case 'r':
    case 'a': {
        SlValue s = type == 's' ? sl_str(vm, v) : type == 'r' ? sl_repr(vm, v) : sl_ascii(vm, v);
        if (!s) return false;
        size_t size = SL_STR_SIZE(s);
        if (prec >= 0 && (size_t)prec < SL_STR_LEN(s)) size = byte_offset(SL_STR(s), (size_t)prec);
        sl_buf_add(&tmp, SL_STR_DATA(s), size);
        sl_decref(vm, s);
        break;
    }
    case 'i':
    case 'd':
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
        SlValue iv = mod_integer(vm, v, type);
        if (!iv) return false;
        bool ok = mod_format_long(vm, &tmp, iv, flags, prec, type == 'u' || type == 'i' ? 'd' : type);
        sl_decref(vm, iv);
        if (!ok) {
            sl_buf_free(&tmp);
            return false;
        }
        numeric = true;
        break;
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
        double d;
        if (!sl_as_double(vm, v, &d)) return false;
        if (!sl_double_format(vm, d, (char)type, prec < 0 ? 6 : (int)prec,
                              (flags & F_ALT) ? SL_DTSF_ALT : 0, &tmp)) {
            sl_buf_free(&tmp);
            return false;
        }
        numeric = true;
        break;
    }
    case 'c': {
        uint32_t cp;
        if (SL_IS_STR(v)) {
            if (SL_STR_LEN(v) != 1) goto c_error;
            cp = sl_str_codepoint_at(v, 0);
        } else if (SL_IS_INTLIKE(v)) {
            int64_t x;
            if (!sl_int_as_i64(vm, v, &x)) {
                if (!sl_exc_matches(vm, SL_OverflowError)) return false;
                sl_exc_clear(vm);
                x = -1;
            }
            if (x < 0 || x > 0x10FFFF) {
                sl_raise(vm, SL_OverflowError, "%%c arg not in range(0x110000)");
                return false;
            }
            cp = (uint32_t)x;
        } else {
        c_error:
            sl_raise(vm, SL_TypeError, "%%c requires int or char");
            return false;
        }
        sl_buf_add_codepoint(&tmp, cp);
        break;
    }
    default:
        sl_raise(vm, SL_ValueError, "unsupported format character '%c' (0x%x) at index %zu",
                 type >= 32 && type <= 126 ? (int)type : '?', (unsigned)type, type_index);
        return false;
    }
output:
    if (tmp.failed) {
        sl_buf_free(&tmp);
        sl_raise_nomemory(vm);
        return false;
    }
    mod_output(out, tmp.data ? tmp.data : "", tmp.len, flags, width, numeric, type, c->bytes);
    sl_buf_free(&tmp);
    return true;
}

/* CPython's unicode_format / _PyBytes_FormatEx over s[0..n); the result
 * text is left in *outp (freed on error). */
static bool mod_format(SlVM *vm, const char *s, size_t n, bool ascii, SlValue args, bool bytes,
                       SlBuf *outp) {
    ModCtx c = {args, -1, -2, false, SL_NULL, bytes};
    if (SL_IS_TUPLE(args)) {
        c.arglen = (int64_t)SL_TUPLE_SIZE(args);
        c.argidx = 0;
    }
    if (!SL_IS_TUPLE(args) && !SL_IS_STR(args) && !(bytes && SL_IS_BYTES(args)) &&
        sl_type_of(args)->getitem)
        c.dict = args;
    size_t i = 0;
    SlBuf out;
    sl_buf_init(&out);
    while (i < n) {
        const char *pct = memchr(s + i, '%', n - i);
        if (!pct) {
            sl_buf_add(&out, s + i, n - i);
            break;
        }
        sl_buf_add(&out, s + i, (size_t)(pct - (s + i)));
        i = (size_t)(pct - s) + 1;
        if (i < n && s[i] == '%') {
            sl_buf_addc(&out, '%');
            i++;
            continue;
        }
        int flags = 0;
        int64_t width = -1, prec = -1;
        if (i < n && s[i] == '(') {
            if (!c.dict) {
                sl_raise(vm, SL_TypeError, "format requires a mapping");
                goto fail;
            }
            size_t keystart = ++i;
            int pcount = 1;
            while (pcount > 0 && i < n) {
                if (s[i] == ')') pcount--;
                else if (s[i] == '(') pcount++;
                i++;
            }
            if (pcount > 0) {
                sl_raise(vm, SL_ValueError, "incomplete format key");
                goto fail;
            }
            SlValue key = bytes ? sl_bytes_new(vm, s + keystart, i - keystart - 1)
                                : sl_str_new(vm, s + keystart, i - keystart - 1);
            if (!key) goto fail;
            SlValue v = sl_getitem(vm, c.dict, key);
            sl_decref(vm, key);
            if (!v) goto fail;
            if (c.args_owned) sl_decref(vm, c.args);
            c.args = v;
            c.args_owned = true;
            c.arglen = -1;
            c.argidx = -2;
        }
        for (; i < n; i++) {
            char f = s[i];
            if (f == '-') flags |= F_LJUST;
            else if (f == '+') flags |= F_SIGN;
            else if (f == ' ') flags |= F_BLANK;
            else if (f == '#') flags |= F_ALT;
            else if (f == '0') flags |= F_ZERO;
            else break;
        }
        if (i < n && s[i] == '*') {
            i++;
            SlValue v = mod_nextarg(vm, &c);
            if (!v) goto fail;
            if (!SL_IS_INTLIKE(v)) {
                sl_raise(vm, SL_TypeError, "* wants int");
                goto fail;
            }
            if (!sl_int_as_i64(vm, v, &width)) goto fail;
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
        } else if (i < n && s[i] >= '0' && s[i] <= '9') {
            width = 0;
            for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
                if (width > (INT64_MAX - (s[i] - '0')) / 10) {
                    sl_raise(vm, SL_ValueError, "width too big");
                    goto fail;
                }
                width = width * 10 + (s[i] - '0');
            }
        }
        if (i < n && s[i] == '.') {
            i++;
            prec = 0;
            if (i < n && s[i] == '*') {
                i++;
                SlValue v = mod_nextarg(vm, &c);
                if (!v) goto fail;
                if (!SL_IS_INTLIKE(v)) {
                    sl_raise(vm, SL_TypeError, "* wants int");
                    goto fail;
                }
                if (!sl_int_as_i64(vm, v, &prec)) goto fail;
                if (prec < 0) prec = 0;
            } else {
                for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
                    if (prec > (INT_MAX - (s[i] - '0')) / 10) {
                        sl_raise(vm, SL_ValueError, "precision too big");
                        goto fail;
                    }
                    prec = prec * 10 + (s[i] - '0');
                }
            }
        }
        if (i < n && (s[i] == 'h' || s[i] == 'l' || s[i] == 'L')) i++;
        if (i >= n) {
            sl_raise(vm, SL_ValueError, "incomplete format");
            goto fail;
        }
        uint32_t type;
        size_t type_at = i;
        if (bytes) type = (unsigned char)s[i++];
        else i += (size_t)sl_utf8_decode(s + i, &type);
        if (!mod_convert(vm, &c, &out, type, flags, width, prec,
                         ascii ? type_at : sl_utf8_count(s, type_at)))
            goto fail;
    }
    if (c.argidx < c.arglen && !c.dict) {
        sl_raise(vm, SL_TypeError, "not all arguments converted during %s formatting",
                 bytes ? "bytes" : "string");
        goto fail;
    }
    if (c.args_owned) sl_decref(vm, c.args);
    *outp = out;
    return true;
fail:
    if (c.args_owned) sl_decref(vm, c.args);
    sl_buf_free(&out);
    return false;
}

SlValue sl_str_mod(SlVM *vm, SlValue fmt, SlValue args) {
    if (no_markup(fmt, '%', 0)) {
        /* the "not all arguments converted" check still applies */
        if (!SL_IS_TUPLE(args) || SL_TUPLE_SIZE(args) > 0) {
            if (SL_IS_TUPLE(args) || SL_IS_STR(args) || !sl_type_of(args)->getitem)
                return sl_raise(vm, SL_TypeError,
                                "not all arguments converted during string formatting");
        }
        return sl_incref(fmt);
    }
    SlBuf out;
    if (!mod_format(vm, SL_STR_DATA(fmt), SL_STR_SIZE(fmt), IS_ASCII(fmt), args, false, &out))
        return SL_NULL;
    return sl_buf_finish(vm, &out);
}

SlValue sl_bytes_mod(SlVM *vm, SlValue fmt, SlValue args) {
    SlBuf out;
    if (!mod_format(vm, (const char *)SL_BYTES(fmt)->data, SL_BYTES(fmt)->size, true, args, true,
                    &out))
        return SL_NULL;
    if (out.failed) {
        sl_buf_free(&out);
        return sl_raise_nomemory(vm);
    }
    SlValue r = sl_bytes_new(vm, out.data ? out.data : "", out.len);
    sl_buf_free(&out);
    return r;
}

/* ==== construction: str(object='', encoding=..., errors=...) ================ */

static SlValue str_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs, SlValue kwnames) {
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    if (nargs > 3)
        /* 3.8-3.12: "str() takes at most 3 arguments (4 given)" */
        return sl_raise(vm, SL_TypeError, "str expected at most 3 arguments, got %zu", nargs);
    SlValue a[3];
    if (!sl_args_parse(vm, "str", args, nargs, kwnames, names, 0, 3, a)) return SL_NULL;
    SlValue r;
    if (!a[0]) {
        r = str_empty();
    } else if (!a[1] && !a[2]) {
        r = sl_str(vm, a[0]);
    } else {
        const char *encoding, *errors;
        if (!codec_args(vm, "str", a[1], a[2], &encoding, &errors)) return SL_NULL;
        if (SL_IS_BYTES(a[0])) {
            r = sl_str_decode(vm, (const char *)SL_BYTES(a[0])->data, SL_BYTES(a[0])->size,
                              encoding, errors);
        } else if (SL_IS_BYTEARRAY(a[0])) {
            r = sl_str_decode(vm, (const char *)sl_bytearray_data(a[0]), SL_BYTEARRAY_SIZE(a[0]),
                              encoding, errors);
        } else if (SL_IS_STR(a[0])) {
            return sl_raise(vm, SL_TypeError, "decoding str is not supported");
        } else {
            return sl_raise(vm, SL_TypeError, "decoding to str: need a bytes-like object, %s found",
                            sl_type_name(a[0]));
        }
    }
    if (!r || type == &sl_str_type) return r;
    SlValue sub = sl_str_new_type(vm, type, SL_STR_DATA(r), SL_STR_SIZE(r));
    sl_decref(vm, r);
    return sub;
}

METHOD(str_getnewargs) {
    (void)args;
    if (!sl_args_check(vm, "str.__getnewargs__", nargs, kwnames, 0, 0)) return SL_NULL;
    SlValue s = sl_str_new(vm, SL_STR_DATA(self), SL_STR_SIZE(self));
    if (!s) return SL_NULL;
    SlValue t = sl_tuple_pack(vm, 1, s);
    sl_decref(vm, s);
    return t;
}

/* ==== the type =============================================================== */

static const SlMethodDef str_methods[] = {
    {"encode", str_encode, SL_METH_DEFAULT,
     "Encode the string using the codec registered for encoding."},
    {"replace", str_replace, SL_METH_DEFAULT,
     "Return a copy with all occurrences of substring old replaced by new."},
    {"split", str_split, SL_METH_DEFAULT,
     "Return a list of the substrings in the string, using sep as the separator string."},
    {"rsplit", str_rsplit, SL_METH_DEFAULT,
     "Return a list of the substrings in the string, using sep as the separator string."},
    {"join", str_join, SL_METH_DEFAULT, "Concatenate any number of strings."},
    {"capitalize", str_capitalize, SL_METH_DEFAULT, "Return a capitalized version of the string."},
    {"casefold", str_casefold, SL_METH_DEFAULT,
     "Return a version of the string suitable for caseless comparisons."},
    {"title", str_title, SL_METH_DEFAULT, "Return a version of the string where each word is titlecased."},
    {"center", str_center, SL_METH_DEFAULT, "Return a centered string of length width."},
    {"count", str_count, SL_METH_DEFAULT,
     "Return the number of non-overlapping occurrences of substring sub in string S[start:end]."},
    {"expandtabs", str_expandtabs, SL_METH_DEFAULT,
     "Return a copy where all tab characters are expanded using spaces."},
    {"find", str_find, SL_METH_DEFAULT,
     "Return the lowest index in S where substring sub is found, such that sub is contained within S[start:end]."},
    {"partition", str_partition, SL_METH_DEFAULT,
     "Partition the string into three parts using the given separator."},
    {"index", str_index, SL_METH_DEFAULT,
     "Return the lowest index in S where substring sub is found, such that sub is contained within S[start:end]."},
    {"ljust", str_ljust, SL_METH_DEFAULT, "Return a left-justified string of length width."},
    {"lower", str_lower, SL_METH_DEFAULT, "Return a copy of the string converted to lowercase."},
    {"lstrip", str_lstrip, SL_METH_DEFAULT,
     "Return a copy of the string with leading whitespace removed."},
    {"rfind", str_rfind, SL_METH_DEFAULT,
     "Return the highest index in S where substring sub is found, such that sub is contained within S[start:end]."},
    {"rindex", str_rindex, SL_METH_DEFAULT,
     "Return the highest index in S where substring sub is found, such that sub is contained within S[start:end]."},
    {"rjust", str_rjust, SL_METH_DEFAULT, "Return a right-justified string of length width."},
    {"rstrip", str_rstrip, SL_METH_DEFAULT,
     "Return a copy of the string with trailing whitespace removed."},
    {"rpartition", str_rpartition, SL_METH_DEFAULT,
     "Partition the string into three parts using the given separator."},
    {"splitlines", str_splitlines, SL_METH_DEFAULT,
     "Return a list of the lines in the string, breaking at line boundaries."},
    {"strip", str_strip, SL_METH_DEFAULT,
     "Return a copy of the string with leading and trailing whitespace removed."},
    {"swapcase", str_swapcase, SL_METH_DEFAULT,
     "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
    {"translate", str_translate, SL_METH_DEFAULT,
     "Replace each character in the string using the given translation table."},
    {"upper", str_upper, SL_METH_DEFAULT, "Return a copy of the string converted to uppercase."},
    {"startswith", str_startswith, SL_METH_DEFAULT,
     "Return True if the string starts with the specified prefix, False otherwise."},
    {"endswith", str_endswith, SL_METH_DEFAULT,
     "Return True if the string ends with the specified suffix, False otherwise."},
    {"removeprefix", str_removeprefix, SL_METH_DEFAULT,
     "Return a str with the given prefix string removed if present."},
    {"removesuffix", str_removesuffix, SL_METH_DEFAULT,
     "Return a str with the given suffix string removed if present."},
    {"isascii", str_isascii, SL_METH_DEFAULT, "Return True if all characters in the string are ASCII, False otherwise."},
    {"islower", str_islower, SL_METH_DEFAULT, "Return True if the string is a lowercase string, False otherwise."},
    {"isupper", str_isupper, SL_METH_DEFAULT, "Return True if the string is an uppercase string, False otherwise."},
    {"istitle", str_istitle, SL_METH_DEFAULT, "Return True if the string is a title-cased string, False otherwise."},
    {"isspace", str_isspace, SL_METH_DEFAULT, "Return True if the string is a whitespace string, False otherwise."},
    {"isdecimal", str_isdecimal, SL_METH_DEFAULT, "Return True if the string is a decimal string, False otherwise."},
    {"isdigit", str_isdigit, SL_METH_DEFAULT, "Return True if the string is a digit string, False otherwise."},
    {"isnumeric", str_isnumeric, SL_METH_DEFAULT, "Return True if the string is a numeric string, False otherwise."},
    {"isalpha", str_isalpha, SL_METH_DEFAULT, "Return True if the string is an alphabetic string, False otherwise."},
    {"isalnum", str_isalnum, SL_METH_DEFAULT, "Return True if the string is an alpha-numeric string, False otherwise."},
    {"isidentifier", str_isidentifier, SL_METH_DEFAULT,
     "Return True if the string is a valid Python identifier, False otherwise."},
    {"isprintable", str_isprintable, SL_METH_DEFAULT,
     "Return True if all characters in the string are printable, False otherwise."},
    {"zfill", str_zfill, SL_METH_DEFAULT,
     "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {"format", str_format, SL_METH_DEFAULT,
     "Return a formatted version of the string, using substitutions from args and kwargs."},
    {"format_map", str_format_map, SL_METH_DEFAULT,
     "Return a formatted version of the string, using substitutions from mapping."},
    {"__format__", sl_str_format_method, SL_METH_DEFAULT,
     "Return a formatted version of the string as described by format_spec."},
    {"maketrans", str_maketrans, SL_METH_STATIC,
     "Return a translation table usable for str.translate()."},
    {"__getnewargs__", str_getnewargs, SL_METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL}};

SlType sl_str_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "str",
    .flags = SL_TPFLAGS_BASETYPE | SL_TPFLAGS_STR_SUBCLASS,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
           "Create a new string object from the given object.",
    .basicsize = sizeof(SlStr),
    .new_ = str_new,
    .repr = str_repr_slot,
    .str = str_str_slot,
    .hash = str_hash_slot,
    .richcompare = str_richcompare,
    .iter = str_iter_slot,
    .len = str_len_slot,
    .getitem = str_getitem_slot,
    .contains = str_contains_slot,
    .nb = {[SL_NB_ADD] = str_add_slot, [SL_NB_MUL] = str_mul_slot, [SL_NB_MOD] = str_mod_slot},
    .methods = str_methods,
};
