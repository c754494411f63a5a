/* mod_random.c: the _random module: the Mersenne Twister core behind
 * random.Random, bit-for-bit CPython's (same seeding by init_by_array over
 * the 32-bit words of abs(seed), same 53-bit floats, same getrandbits word
 * order), so seeded sequences equal CPython's.  Also _sha512(bytes), which
 * random.seed(str) needs (CPython's version-2 seeding hashes the text). */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "args.h"
#include "errors.h"
#include "float.h"
#include "int.h"
#include "module.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "vm.h"

/* ---- MT19937 (Matsumoto and Nishimura's reference algorithm) ---------------------------- */

#define MT_N 624
#define MT_M 397
#define MATRIX_A 0x9908b0dfU
#define UPPER_MASK 0x80000000U
#define LOWER_MASK 0x7fffffffU

typedef struct SlRandom {
    SlObject ob;
    int32_t index;            /* next word of state to use; MT_N = regenerate */
    uint32_t state[MT_N];
} SlRandom;

#define RND(v) ((SlRandom *)SL_AS_OBJ(v))

static uint32_t genrand_uint32(SlRandom *self) {
    static const uint32_t mag01[2] = {0x0U, MATRIX_A};
    uint32_t y, *mt = self->state;
    if (self->index >= MT_N) { /* generate MT_N words at one time */
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        y = (mt[MT_N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
        self->index = 0;
    }
    y = mt[self->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

static void init_genrand(SlRandom *self, uint32_t s) {
    uint32_t *mt = self->state;
    mt[0] = s;
    for (int i = 1; i < MT_N; i++) mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    self->index = MT_N;
}

static void init_by_array(SlRandom *self, const uint32_t *key, size_t keylen) {
    uint32_t *mt = self->state;
    size_t i = 1, j = 0, k;
    init_genrand(self, 19650218U);
    for (k = MT_N > keylen ? MT_N : keylen; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= keylen) j = 0;
    }
    for (k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U; /* MSB is 1, assuring a non-zero initial array */
    self->index = MT_N;
}

/* ---- seeding ------------------------------------------------------------------------------ */

/* seed(None): MT_N words from the OS, or time and pid when that fails. */
static void seed_from_os(SlRandom *self) {
    uint32_t key[MT_N];
    FILE *f = fopen("/dev/urandom", "rb");
    size_t got = 0;
    if (f) {
        got = fread(key, sizeof key[0], MT_N, f);
        fclose(f);
    }
    if (got == MT_N) {
        init_by_array(self, key, MT_N);
        return;
    }
    struct timespec rt, mono;
    clock_gettime(CLOCK_REALTIME, &rt);
    clock_gettime(CLOCK_MONOTONIC, &mono);
    key[0] = (uint32_t)rt.tv_sec;
    key[1] = (uint32_t)rt.tv_nsec;
    key[2] = (uint32_t)getpid();
    key[3] = (uint32_t)mono.tv_nsec;
    key[4] = (uint32_t)mono.tv_sec;
    init_by_array(self, key, 5);
}

/* The 32-bit words of a non-negative int, least significant first (at
 * least one).  *out is malloc'ed. */
static bool int_words(SlVM *vm, SlValue n, uint32_t **out, size_t *count) {
    int64_t bits = sl_int_bit_length(n);
    size_t nw = bits == 0 ? 1 : (size_t)((bits - 1) / 32 + 1);
    uint32_t *w = calloc(nw, sizeof(uint32_t));
    if (!w) {
        sl_raise_nomemory(vm);
        return false;
    }
    if (SL_IS_INT(n)) {
        uint64_t v = (uint64_t)SL_INT_VAL(n);
        w[0] = (uint32_t)v;
        if (nw > 1) w[1] = (uint32_t)(v >> 32);
    } else {
        SlLong *l = (SlLong *)SL_AS_OBJ(n);
        int64_t nd = l->size < 0 ? -l->size : l->size;
        uint64_t acc = 0;
        int accbits = 0;
        size_t k = 0;
        for (int64_t d = 0; d < nd; d++) {
            acc |= (uint64_t)l->digits[d] << accbits;
            accbits += SL_LONG_SHIFT;
            while (accbits >= 32) {
                if (k < nw) w[k++] = (uint32_t)acc;
                acc >>= 32;
                accbits -= 32;
            }
        }
        if (accbits > 0 && k < nw) w[k++] = (uint32_t)acc;
    }
    *out = w;
    *count = nw;
    return true;
}

static bool random_seed(SlVM *vm, SlRandom *self, SlValue arg) {
    if (!arg || arg == SL_NONE) {
        seed_from_os(self);
        return true;
    }
    SlValue n;
    if (SL_IS_INTLIKE(arg)) {
        /* int.__abs__ directly, never an overridden __abs__ */
        n = sl_int_exact(vm, arg);
        if (n && sl_int_sign(n) < 0) {
            SlValue a = sl_unaryop(vm, SL_UN_NEG, n);
            sl_decref(vm, n);
            n = a;
        }
    } else {
        int64_t h;
        if (!sl_hash(vm, arg, &h)) return false;
        n = sl_int_from_u64(vm, (uint64_t)h); /* as size_t */
    }
    if (!n) return false;
    uint32_t *key;
    size_t keylen;
    bool ok = int_words(vm, n, &key, &keylen);
    sl_decref(vm, n);
    if (!ok) return false;
    init_by_array(self, key, keylen);
    free(key);
    return true;
}

/* ---- the Random type ------------------------------------------------------------------- */

SlType sl_random_type;

/* "Random.random() takes ..." in 3.10+, "random() takes ..." before */
static const char *mname(SlVM *vm, const char *full) {
    return vm->ver->msg_qualname_in_call_errors ? full : full + 7;
}

static SlValue random_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs, SlValue kw) {
    (void)args; (void)nargs; (void)kw;
    size_t size = type->basicsize < sizeof(SlRandom) ? sizeof(SlRandom) : type->basicsize;
    SlRandom *r = (SlRandom *)sl_obj_alloc(vm, type, size);
    if (!r) return SL_NULL;
    r->index = MT_N; /* all-zero state until seeded, as CPython's */
    return SL_OBJ(r);
}

static bool random_init(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    if (sl_type_of(self) == &sl_random_type && !sl_args_no_kw(vm, "Random", kw)) return false;
    if (nargs > 1) {
        /* 3.8-3.10: extra arguments were ignored by random_new */
        sl_raise(vm, SL_TypeError, "Random() requires 0 or 1 argument");
        return false;
    }
    return random_seed(vm, RND(self), nargs ? args[0] : SL_NULL);
}

static void random_dealloc(SlVM *vm, SlObject *o) { sl_obj_free(vm, o); }

static SlValue random_m_seed(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    if (!sl_args_no_kw(vm, mname(vm, "Random.seed"), kw)) return SL_NULL;
    if (!sl_args_check(vm, "seed", nargs, SL_NULL, 0, 1)) return SL_NULL;
    if (!random_seed(vm, RND(self), nargs ? args[0] : SL_NULL)) return SL_NULL;
    return SL_NONE;
}

/* random() -> x in the interval [0, 1): 53 random bits, a*2**26+b over 2**53 */
static SlValue random_m_random(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, mname(vm, "Random.random"), nargs, kw, 0, 0)) return SL_NULL;
    uint32_t a = genrand_uint32(RND(self)) >> 5, b = genrand_uint32(RND(self)) >> 6;
    return sl_float_new(vm, (a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

/* The int whose 32-bit words (least significant first) are w[0..n) */
static SlValue int_from_words(SlVM *vm, const uint32_t *w, size_t n) {
    if (n <= 2) return sl_int_from_u64(vm, (uint64_t)w[0] | (n == 2 ? (uint64_t)w[1] << 32 : 0));
    size_t half = n / 2;
    SlValue lo = int_from_words(vm, w, half);
    if (!lo) return SL_NULL;
    SlValue hi = int_from_words(vm, w + half, n - half);
    SlValue sh = hi ? sl_int_lshift_i64(vm, hi, (int64_t)half * 32) : SL_NULL;
    sl_xdecref(vm, hi);
    SlValue r = sh ? sl_binop(vm, SL_NB_OR, sh, lo) : SL_NULL;
    sl_xdecref(vm, sh);
    sl_decref(vm, lo);
    return r;
}

static SlValue random_m_getrandbits(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                    SlValue kw) {
    if (!sl_args_check(vm, mname(vm, "Random.getrandbits"), nargs, kw, 1, 1)) return SL_NULL;
    SlValue kv = sl_index(vm, args[0]);
    if (!kv) return SL_NULL;
    int64_t k;
    bool ok = sl_int_bit_length(kv) <= 31 && sl_int_as_i64(vm, kv, &k);
    sl_decref(vm, kv);
    if (!ok) {
        if (sl_exc_occurred(vm)) sl_exc_clear(vm);
        return sl_raise(vm, SL_OverflowError, "Python int too large to convert to C int");
    }
    /* 3.8: k <= 0 gave "number of bits must be greater than zero" */
    if (k < 0) return sl_raise(vm, SL_ValueError, "number of bits must be non-negative");
    if (k == 0) return SL_FROM_INT(0);
    if (k <= 32) return SL_FROM_INT(genrand_uint32(RND(self)) >> (32 - k));
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint32_t *w = malloc(words * sizeof(uint32_t));
    if (!w) return sl_raise_nomemory(vm);
    /* least significant word first; the last one keeps its top bits */
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t r = genrand_uint32(RND(self));
        if (k < 32) r >>= (32 - k);
        w[i] = r;
    }
    SlValue res = int_from_words(vm, w, words);
    free(w);
    return res;
}

static SlValue random_m_getstate(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                 SlValue kw) {
    (void)args;
    if (!sl_args_check(vm, mname(vm, "Random.getstate"), nargs, kw, 0, 0)) return SL_NULL;
    SlValue t = sl_tuple_new(vm, MT_N + 1);
    if (!t) return SL_NULL;
    for (int i = 0; i < MT_N; i++) SL_TUPLE_ITEMS(t)[i] = SL_FROM_INT(RND(self)->state[i]);
    SL_TUPLE_ITEMS(t)[MT_N] = SL_FROM_INT(RND(self)->index);
    return t;
}

static SlValue random_m_setstate(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                                 SlValue kw) {
    if (!sl_args_check(vm, mname(vm, "Random.setstate"), nargs, kw, 1, 1)) return SL_NULL;
    SlValue st = args[0];
    if (!SL_IS_TUPLE(st)) return sl_raise(vm, SL_TypeError, "state vector must be a tuple");
    if (SL_TUPLE_SIZE(st) != MT_N + 1)
        return sl_raise(vm, SL_ValueError, "state vector is the wrong size");
    uint32_t ns[MT_N];
    for (int i = 0; i < MT_N; i++) {
        SlValue v = SL_TUPLE_ITEMS(st)[i];
        if (!SL_IS_INTLIKE(v)) return sl_raise(vm, SL_TypeError, "an integer is required");
        if (sl_int_sign(v) < 0)
            return sl_raise(vm, SL_OverflowError, "can't convert negative value to unsigned int");
        if (sl_int_bit_length(v) > 64)
            return sl_raise(vm, SL_OverflowError, "Python int too large to convert to C unsigned long");
        uint32_t *w;
        size_t nw;
        if (!int_words(vm, v, &w, &nw)) return SL_NULL;
        ns[i] = w[0]; /* (uint32_t) of the unsigned long */
        free(w);
    }
    SlValue iv = SL_TUPLE_ITEMS(st)[MT_N];
    int64_t index;
    if (!SL_IS_INTLIKE(iv)) return sl_raise(vm, SL_TypeError, "an integer is required");
    if (sl_int_bit_length(iv) > 63 || !sl_int_as_i64(vm, iv, &index)) {
        if (sl_exc_occurred(vm)) sl_exc_clear(vm);
        return sl_raise(vm, SL_OverflowError, "Python int too large to convert to C long");
    }
    if (index < 0 || index > MT_N) return sl_raise(vm, SL_ValueError, "invalid state");
    memcpy(RND(self)->state, ns, sizeof ns);
    RND(self)->index = (int32_t)index;
    return SL_NONE;
}

static const SlMethodDef random_methods[] = {
    {"seed", random_m_seed, 0, "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier."},
    {"random", random_m_random, 0, "random() -> x in the interval [0, 1)."},
    {"getrandbits", random_m_getrandbits, 0, "getrandbits(k) -> x.  Generates an int with k random bits."},
    {"getstate", random_m_getstate, 0, "getstate() -> tuple containing the current state."},
    {"setstate", random_m_setstate, 0, "setstate(state) -> None.  Restores generator state."},
    {NULL, NULL, 0, NULL}};

SlType sl_random_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "_random.Random",
    .flags = SL_TPFLAGS_BASETYPE,
    .doc = "Random() -> create a random number generator with its own internal state.",
    .basicsize = sizeof(SlRandom),
    .dealloc = random_dealloc,
    .new_ = random_new,
    .init = random_init,
    .methods = random_methods,
};

/* ---- SHA-512 (FIPS 180-4), for random.seed(str/bytes) ------------------------------------ */

static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

static const uint64_t sha512_h0[8] = {
    0x6a09e667f3bcc908ULL,
    0xbb67ae8584caa73bULL,
    0x3c6ef372fe94f82bULL,
    0xa54ff53a5f1d36f1ULL,
    0x510e527fade682d1ULL,
    0x9b05688c2b3e6c1fULL,
    0x1f83d9abfb41bd6bULL,
    0x5be0cd19137e2179ULL
};

#define ROTR64(x, n) (((x) >> (n)) | ((x) << (64 - (n))))

static void sha512_block(uint64_t h[8], const unsigned char *p) {
    uint64_t w[80];
    for (int t = 0; t < 16; t++) {
        uint64_t v = 0;
        for (int b = 0; b < 8; b++) v = (v << 8) | p[t * 8 + b];
        w[t] = v;
    }
    for (int t = 16; t < 80; t++) {
        uint64_t s0 = ROTR64(w[t - 15], 1) ^ ROTR64(w[t - 15], 8) ^ (w[t - 15] >> 7);
        uint64_t s1 = ROTR64(w[t - 2], 19) ^ ROTR64(w[t - 2], 61) ^ (w[t - 2] >> 6);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int t = 0; t < 80; t++) {
        uint64_t S1 = ROTR64(e, 14) ^ ROTR64(e, 18) ^ ROTR64(e, 41);
        uint64_t ch = (e & f) ^ (~e & g);
        uint64_t t1 = hh + S1 + ch + sha512_k[t] + w[t];
        uint64_t S0 = ROTR64(a, 28) ^ ROTR64(a, 34) ^ ROTR64(a, 39);
        uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
        uint64_t t2 = S0 + maj;
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d;
    h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

static void sha512(const unsigned char *data, size_t len, unsigned char out[64]) {
    uint64_t h[8];
    memcpy(h, sha512_h0, sizeof h);
    size_t full = len / 128;
    for (size_t i = 0; i < full; i++) sha512_block(h, data + i * 128);
    unsigned char last[256];
    size_t rem = len - full * 128;
    memset(last, 0, sizeof last);
    memcpy(last, data + full * 128, rem);
    last[rem] = 0x80;
    size_t total = rem + 1 + 16 <= 128 ? 128 : 256;
    uint64_t bitlen = (uint64_t)len * 8; /* the high 64 bits of the 128-bit length stay 0 */
    for (int b = 0; b < 8; b++) last[total - 1 - b] = (unsigned char)(bitlen >> (8 * b));
    for (size_t i = 0; i < total; i += 128) sha512_block(h, last + i);
    for (int i = 0; i < 8; i++)
        for (int b = 0; b < 8; b++) out[i * 8 + b] = (unsigned char)(h[i] >> (56 - 8 * b));
}

/* _sha512(data) -> the 64-byte digest of bytes or str (UTF-8) */
static SlValue random_sha512(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    if (!sl_args_check(vm, "_sha512", nargs, kw, 1, 1)) return SL_NULL;
    SlValue d = args[0];
    unsigned char out[64];
    if (SL_IS_BYTES(d)) sha512(SL_BYTES(d)->data, SL_BYTES(d)->size, out);
    else if (SL_IS_STR(d)) sha512((const unsigned char *)SL_STR_DATA(d), SL_STR_SIZE(d), out);
    else return sl_raise(vm, SL_TypeError, "object supporting the buffer API required");
    return sl_bytes_new(vm, out, sizeof out);
}

static const SlMethodDef random_functions[] = {
    {"_sha512", random_sha512, 0, "Return the SHA-512 digest of bytes (slotlab has no hashlib)."},
    {NULL, NULL, 0, NULL}};

SlValue sl_mod_random_core_init(SlVM *vm) {
    /* Readied here on first import, so the type list need not know it. */
    if (!(sl_random_type.flags & SL_TPFLAGS_READY)) sl_type_ready(&sl_random_type);
    SlValue m = sl_module_new(vm, "_random");
    if (!m) return SL_NULL;
    if (!sl_module_add_functions(vm, m, random_functions) ||
        !sl_module_add(vm, m, "Random", SL_OBJ(&sl_random_type))) {
        sl_decref(vm, m);
        return SL_NULL;
    }
    return m;
}
