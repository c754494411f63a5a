/* object.h: the object header, the type object, reference counting and the
 * generic object protocol (attribute access, calls, operators, iteration).
 *
 * The design follows CPython's C API closely, because slotlab must behave
 * like CPython: every object starts with an SlObject header; its SlType
 * holds C function pointers ("slots") for the operations the type supports;
 * user classes are SlType objects whose slots dispatch to Python methods.
 *
 * Error convention (as CPython's): a function returning SlValue returns
 * SL_NULL when it raised; one returning bool returns false; one returning
 * int64_t returns -1.  The exception is left pending in vm->exc.
 *
 * These structs are slotlab's own memory.  What CPython would allocate for
 * the same object is modelled separately (memmodel), so a slotlab object
 * need not be as big as the CPython object it stands for.
 */
#ifndef SL_OBJECT_H
#define SL_OBJECT_H

#include "value.h"

typedef struct SlVM SlVM;
typedef struct SlType SlType;

typedef struct SlObject {
    uint32_t refcnt;    /* ob_refcnt; SL_IMMORTAL for static objects */
    uint8_t sim;        /* memory-model bits: which modelled blocks are traced (memmodel.h) */
    uint8_t szclass;    /* allocator size class; 0 = large block (memory.c) */
    uint16_t flags16;   /* bits 0-11 for the type's own use (str: ascii, kind;
                         * plain instances: the memory model's IM_* bits);
                         * bits 12-15: the collector's tracking state (gc.c) */
    SlType *type;       /* ob_type */
} SlObject;

#define SL_IMMORTAL 0x40000000u

/* A static object header: refcount immortal, never freed. */
#define SL_STATIC_HEAD(typeptr) {SL_IMMORTAL, 0, 0, 0, (typeptr)}

/* ---- reference counting ---------------------------------------------- */

void sl_dealloc(SlVM *vm, SlObject *o); /* called when refcnt reaches 0 */

/* Immortal (static) objects keep their count, as in CPython 3.12: code that
 * stores SL_NONE without an incref (function_clear, property) and decrefs it
 * later would otherwise drift None below SL_IMMORTAL, after which it looks
 * like a VM object (id(None) then read outside it: found by the fuzzer). */
static inline SlValue sl_incref(SlValue v) {
    if (SL_IS_OBJ(v) && SL_AS_OBJ(v)->refcnt < SL_IMMORTAL) SL_AS_OBJ(v)->refcnt++;
    return v;
}
static inline void sl_decref(SlVM *vm, SlValue v) {
    if (SL_IS_OBJ(v) && SL_AS_OBJ(v)->refcnt < SL_IMMORTAL && --SL_AS_OBJ(v)->refcnt == 0)
        sl_dealloc(vm, SL_AS_OBJ(v));
}
/* decref that accepts SL_NULL */
static inline void sl_xdecref(SlVM *vm, SlValue v) {
    if (v) sl_decref(vm, v);
}
#define SL_INCREF(v) sl_incref(v)
#define SL_DECREF(vm, v) sl_decref((vm), (v))
#define SL_XDECREF(vm, v) sl_xdecref((vm), (v))
/* Replace *slot by v (v already owned), releasing the old value. */
#define SL_SETREF(vm, slot, v)                                                 \
    do {                                                                       \
        SlValue old_ = (slot);                                                 \
        (slot) = (v);                                                          \
        sl_xdecref((vm), old_);                                                \
    } while (0)

/* ---- the type object ------------------------------------------------- */

typedef enum {
    SL_LT, SL_LE, SL_EQ, SL_NE, SL_GT, SL_GE
} SlCompareOp;

/* Binary number operators: one slot each, called as CPython calls nb_add:
 * with (a, b) for both the left and the right operand's type; the slot
 * returns the NotImplemented singleton when it cannot handle the pair.
 * The order matches the BINARY_OP argument in opcodes.h. */
#define SL_BINOPS(X)                                                           \
    X(ADD, "+", "__add__", "__radd__", "__iadd__")                             \
    X(SUB, "-", "__sub__", "__rsub__", "__isub__")                             \
    X(MUL, "*", "__mul__", "__rmul__", "__imul__")                             \
    X(TRUEDIV, "/", "__truediv__", "__rtruediv__", "__itruediv__")             \
    X(FLOORDIV, "//", "__floordiv__", "__rfloordiv__", "__ifloordiv__")        \
    X(MOD, "%", "__mod__", "__rmod__", "__imod__")                             \
    X(POW, "**", "__pow__", "__rpow__", "__ipow__")                            \
    X(LSHIFT, "<<", "__lshift__", "__rlshift__", "__ilshift__")                \
    X(RSHIFT, ">>", "__rshift__", "__rrshift__", "__irshift__")                \
    X(AND, "&", "__and__", "__rand__", "__iand__")                             \
    X(OR, "|", "__or__", "__ror__", "__ior__")                                 \
    X(XOR, "^", "__xor__", "__rxor__", "__ixor__")                             \
    X(MATMUL, "@", "__matmul__", "__rmatmul__", "__imatmul__")

typedef enum {
#define X(name, sym, d, r, i) SL_NB_##name,
    SL_BINOPS(X)
#undef X
    SL_NB_COUNT
} SlBinOp;

typedef enum { SL_UN_NEG, SL_UN_POS, SL_UN_INVERT, SL_UN_COUNT } SlUnaryOp;

typedef void (*SlVisitFn)(SlValue v, void *arg);

typedef SlValue (*SlBinaryFn)(SlVM *vm, SlValue a, SlValue b);
typedef SlValue (*SlUnaryFn)(SlVM *vm, SlValue a);
/* Vectorcall: positional args, then the values of the keyword args whose
 * names are in kwnames (a tuple of str, or SL_NULL when there are none). */
typedef SlValue (*SlCallFn)(SlVM *vm, SlValue callable, const SlValue *args,
                            size_t nargs, SlValue kwnames);

/* Type flags. */
enum {
    SL_TPFLAGS_HEAPTYPE = 1u << 0,    /* created by a class statement / type() */
    SL_TPFLAGS_BASETYPE = 1u << 1,    /* may be subclassed */
    SL_TPFLAGS_HAVE_GC = 1u << 2,     /* instances may be part of a cycle */
    SL_TPFLAGS_READY = 1u << 3,
    SL_TPFLAGS_ABSTRACT = 1u << 4,
    /* fast subclass checks, as CPython's Py_TPFLAGS_*_SUBCLASS */
    SL_TPFLAGS_INT_SUBCLASS = 1u << 8,
    SL_TPFLAGS_LIST_SUBCLASS = 1u << 9,
    SL_TPFLAGS_TUPLE_SUBCLASS = 1u << 10,
    SL_TPFLAGS_BYTES_SUBCLASS = 1u << 11,
    SL_TPFLAGS_STR_SUBCLASS = 1u << 12,
    SL_TPFLAGS_DICT_SUBCLASS = 1u << 13,
    SL_TPFLAGS_EXC_SUBCLASS = 1u << 14,
    SL_TPFLAGS_TYPE_SUBCLASS = 1u << 15,
};

struct SlType {
    SlObject ob;
    const char *name;        /* tp_name (for built-in types, static) */
    SlValue name_obj;        /* __name__ as str (heap types) or SL_NULL */
    SlValue qualname;        /* __qualname__ (heap types) or SL_NULL */
    SlType *base;            /* tp_base: the "best base" (solid layout) */
    SlValue bases;           /* tuple of types */
    SlValue mro;             /* tuple of types, C3 order */
    SlValue dict;            /* SlDict: the class namespace */
    SlValue subclasses;      /* list of weakrefs or SL_NULL */
    SlValue weaklist;        /* tp_weaklist: weak references to this type (weakref.c) */
    uint32_t flags;          /* SL_TPFLAGS_* */
    uint32_t version_tag;    /* changes when the type or a base changes; 0 = none */
    const char *doc;

    /* Real (slotlab) layout of instances, in bytes. */
    uint32_t basicsize;      /* size of an instance (fixed part) */
    uint32_t itemsize;       /* size per item for variable-size objects */
    uint32_t dictoffset;     /* offset of an SlValue holding the instance dict; 0 = none */
    uint32_t weaklistoffset; /* offset of the weakref list head; 0 = none */

    /* The CPython layout this type models: filled in by type.c/memmodel so
     * that layout(cls) is a read of existing data.  Opaque here. */
    void *layout;

    /* The attribute names of its instances, when they keep their attributes
     * as values after basicsize instead of in a dict (instance.h; CPython's
     * ht_cached_keys).  NULL for every other type. */
    struct SlKeys *keys;

    /* Lifetime */
    void (*dealloc)(SlVM *vm, SlObject *o);
    void (*traverse)(SlObject *o, SlVisitFn visit, void *arg);
    void (*clear)(SlVM *vm, SlObject *o);   /* break references (cycle gc) */

    /* Creation: tp_new and tp_init (vectorcall argument convention) */
    SlValue (*new_)(SlVM *vm, SlType *type, const SlValue *args, size_t nargs, SlValue kwnames);
    bool (*init)(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kwnames);

    /* Basic protocol */
    SlValue (*repr)(SlVM *vm, SlValue v);
    SlValue (*str)(SlVM *vm, SlValue v);
    bool (*hash)(SlVM *vm, SlValue v, int64_t *out);  /* NULL = unhashable */
    SlValue (*richcompare)(SlVM *vm, SlValue a, SlValue b, SlCompareOp op);
    SlValue (*getattro)(SlVM *vm, SlValue obj, SlValue name);
    bool (*setattro)(SlVM *vm, SlValue obj, SlValue name, SlValue value); /* value SL_NULL = del */
    SlCallFn call;

    /* Iteration: iternext returns SL_NULL with no exception when exhausted */
    SlValue (*iter)(SlVM *vm, SlValue v);
    SlValue (*iternext)(SlVM *vm, SlValue v);

    /* Containers */
    int64_t (*len)(SlVM *vm, SlValue v);   /* -1 on error */
    SlValue (*getitem)(SlVM *vm, SlValue obj, SlValue key);
    bool (*setitem)(SlVM *vm, SlValue obj, SlValue key, SlValue value); /* SL_NULL = del */
    int (*contains)(SlVM *vm, SlValue container, SlValue item); /* -1 error */

    /* Numbers */
    SlBinaryFn nb[SL_NB_COUNT];   /* binary operators, NotImplemented if unsupported */
    SlBinaryFn nb_inplace[SL_NB_COUNT]; /* in-place variants; NULL = use nb */
    SlUnaryFn un[SL_UN_COUNT];
    SlUnaryFn abs;
    int (*bool_)(SlVM *vm, SlValue v);     /* nb_bool: 1, 0 or -1 */
    SlValue (*index)(SlVM *vm, SlValue v); /* nb_index: returns an int */
    SlValue (*int_)(SlVM *vm, SlValue v);
    SlValue (*float_)(SlVM *vm, SlValue v);

    /* Descriptors */
    SlValue (*descr_get)(SlVM *vm, SlValue descr, SlValue obj, SlValue type);
    bool (*descr_set)(SlVM *vm, SlValue descr, SlValue obj, SlValue value); /* SL_NULL = del */

    /* Methods and attributes of built-in types, installed into dict at start */
    const struct SlMethodDef *methods;
    const struct SlGetSetDef *getsets;
};

/* A built-in method: fn(vm, self, args, nargs, kwnames). */
typedef SlValue (*SlMethodFn)(SlVM *vm, SlValue self, const SlValue *args,
                              size_t nargs, SlValue kwnames);
typedef struct SlMethodDef {
    const char *name;
    SlMethodFn fn;
    int flags;               /* SL_METH_* */
    const char *doc;
} SlMethodDef;
enum {
    SL_METH_DEFAULT = 0,
    SL_METH_CLASS = 1,       /* self is the type (classmethod) */
    SL_METH_STATIC = 2,      /* self is SL_NULL */
};

typedef struct SlGetSetDef {
    const char *name;
    SlValue (*get)(SlVM *vm, SlValue self);
    bool (*set)(SlVM *vm, SlValue self, SlValue value);  /* NULL = read-only */
    const char *doc;
} SlGetSetDef;

/* ---- type queries ---------------------------------------------------- */

extern SlType sl_int_type;

static inline SlType *sl_type_of(SlValue v) {
    return SL_IS_INT(v) ? &sl_int_type : SL_AS_OBJ(v)->type;
}
#define SL_TYPE(v) sl_type_of(v)
#define SL_TYPE_HAS(v, flag) ((sl_type_of(v)->flags & (flag)) != 0)

bool sl_type_is_subtype(SlType *a, SlType *b);   /* a is b or inherits from it */
bool sl_isinstance_type(SlValue v, SlType *t);

/* ---- allocation (memory.c) ------------------------------------------- */

/* A new object of `type` with `size` bytes (header included), zeroed,
 * refcnt 1.  Heap types are increfed (instances keep their class alive).
 * Returns NULL after raising MemoryError. */
SlObject *sl_obj_alloc(SlVM *vm, SlType *type, size_t size);
/* The same, for the hottest small objects (ints): `type` has no GC and is
 * not a heap type, size <= 512, and the caller gives the CPython block
 * size `sim` (for id()) and tells the memory model of the birth itself.
 * Only the header is initialised: the caller fills in the rest. */
SlObject *sl_obj_alloc_small(SlVM *vm, SlType *type, size_t size, size_t sim);
/* Give an object's memory back (called by dealloc functions). */
void sl_obj_free(SlVM *vm, SlObject *o);

/* Raw memory for object internals (arrays, tables): counted, may fail
 * with MemoryError (returns NULL after raising). */
void *sl_mem_alloc(SlVM *vm, size_t size);
void *sl_mem_realloc(SlVM *vm, void *p, size_t old_size, size_t new_size);
void sl_mem_free(SlVM *vm, void *p, size_t size);

/* ---- the generic object protocol (object.c) -------------------------- */

SlValue sl_repr(SlVM *vm, SlValue v);               /* new str */
SlValue sl_str(SlVM *vm, SlValue v);                /* new str */
bool sl_hash(SlVM *vm, SlValue v, int64_t *out);
int sl_truthy(SlVM *vm, SlValue v);                 /* 1, 0, -1 */
SlValue sl_richcompare(SlVM *vm, SlValue a, SlValue b, SlCompareOp op);
int sl_compare_bool(SlVM *vm, SlValue a, SlValue b, SlCompareOp op); /* 1/0/-1 */
int sl_eq(SlVM *vm, SlValue a, SlValue b);          /* identity first, then == */

SlValue sl_getattr(SlVM *vm, SlValue obj, SlValue name);      /* name: str */
SlValue sl_getattr_cstr(SlVM *vm, SlValue obj, const char *name);
/* Like sl_getattr, but returns SL_NULL with no exception if missing. */
SlValue sl_lookup_attr(SlVM *vm, SlValue obj, SlValue name);
bool sl_setattr(SlVM *vm, SlValue obj, SlValue name, SlValue value);
bool sl_delattr(SlVM *vm, SlValue obj, SlValue name);
/* object.__getattribute__ / object.__setattr__ (the generic algorithm) */
SlValue sl_generic_getattr(SlVM *vm, SlValue obj, SlValue name);
bool sl_generic_setattr(SlVM *vm, SlValue obj, SlValue name, SlValue value);

/* Look a name up along type's MRO (cached by version tag).  Borrowed. */
SlValue sl_type_lookup(SlType *type, SlValue name);

SlValue sl_call(SlVM *vm, SlValue callable, const SlValue *args, size_t nargs,
                SlValue kwnames);
SlValue sl_call0(SlVM *vm, SlValue callable);
SlValue sl_call1(SlVM *vm, SlValue callable, SlValue a);
SlValue sl_call2(SlVM *vm, SlValue callable, SlValue a, SlValue b);
/* Call obj.name(args...) */
SlValue sl_call_method(SlVM *vm, SlValue obj, const char *name,
                       const SlValue *args, size_t nargs);

SlValue sl_binop(SlVM *vm, SlBinOp op, SlValue a, SlValue b);
SlValue sl_inplace_binop(SlVM *vm, SlBinOp op, SlValue a, SlValue b);
SlValue sl_unaryop(SlVM *vm, SlUnaryOp op, SlValue a);

SlValue sl_iter(SlVM *vm, SlValue v);
/* Next item, or SL_NULL: exhausted if vm->exc is SL_NULL, else an error.
 * (A type's iternext slot itself may also end by raising StopIteration,
 * as CPython's tp_iternext may; sl_iternext turns that into exhaustion.) */
SlValue sl_iternext(SlVM *vm, SlValue it);
int64_t sl_len(SlVM *vm, SlValue v);
SlValue sl_getitem(SlVM *vm, SlValue obj, SlValue key);
bool sl_setitem(SlVM *vm, SlValue obj, SlValue key, SlValue value);
bool sl_delitem(SlVM *vm, SlValue obj, SlValue key);
int sl_contains(SlVM *vm, SlValue container, SlValue item);
/* __index__: an int value, or SL_NULL with TypeError */
SlValue sl_index(SlVM *vm, SlValue v);
/* __index__ as an int64_t; OverflowError/IndexError-style errors raised by caller's choice */
bool sl_index_i64(SlVM *vm, SlValue v, int64_t *out);


/* Recursion guard for repr of containers that contain themselves:
 * returns 1 if v is already being printed (print "[...]"), 0 if not (then
 * call sl_repr_leave when done), -1 on error. */
int sl_repr_enter(SlVM *vm, SlValue v);
void sl_repr_leave(SlVM *vm, SlValue v);
/* C-recursion guard for recursive C code (repr, compare, hash of nested
 * containers): raises RecursionError when too deep. */
bool sl_enter_recursive(SlVM *vm, const char *where);
void sl_leave_recursive(SlVM *vm);

/* type(v).__name__ as a C string, for messages */
const char *sl_type_name(SlValue v);



/* ---- singletons ------------------------------------------------------ */
extern SlObject sl_none_obj, sl_notimpl_obj, sl_ellipsis_obj;
extern SlType sl_none_type, sl_object_type, sl_type_type;
#define SL_NONE SL_OBJ(&sl_none_obj)
#define SL_NOTIMPL SL_OBJ(&sl_notimpl_obj)
#define SL_ELLIPSIS SL_OBJ(&sl_ellipsis_obj)

#endif
