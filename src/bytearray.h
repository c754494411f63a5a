/* bytearray.h: the mutable bytes type (CPython's Objects/bytearrayobject.c).
 *
 * The bytes live in a separate block (sl_mem_alloc) of `allocated` bytes,
 * which follows CPython 3.13's PyByteArray_Resize rule exactly (room for a
 * trailing NUL included, over-allocation when growing by small steps, the
 * logical start offset left by deleting from the front), so that
 * bytearray.__alloc__() and the memory model's sys.getsizeof (basicsize +
 * allocated) match CPython.
 */
#ifndef SL_BYTEARRAY_H
#define SL_BYTEARRAY_H

#include "object.h"

typedef struct SlByteArray {
    SlObject ob;
    size_t size;           /* ob_size: number of bytes */
    size_t allocated;      /* ob_alloc: size of buf (0 when buf is NULL) */
    size_t start;          /* ob_start - ob_bytes: bytes dropped from the front */
    unsigned char *buf;    /* ob_bytes: NULL, or `allocated` bytes; data at buf + start,
                            * NUL-terminated */
} SlByteArray;

extern SlType sl_bytearray_type, sl_bytearray_iter_type;

#define SL_BYTEARRAY(v) ((SlByteArray *)SL_AS_OBJ(v))
static inline bool sl_is_bytearray(SlValue v) {
    return SL_IS_OBJ(v) && (SL_AS_OBJ(v)->type == &sl_bytearray_type ||
                            sl_type_is_subtype(SL_AS_OBJ(v)->type, &sl_bytearray_type));
}
#define SL_IS_BYTEARRAY(v) sl_is_bytearray(v)

/* The bytes of a bytearray (never NULL; valid until the next resize). */
static inline unsigned char *sl_bytearray_data(SlValue v) {
    static unsigned char empty[1];
    SlByteArray *b = SL_BYTEARRAY(v);
    return b->buf ? b->buf + b->start : empty;
}
#define SL_BYTEARRAY_SIZE(v) (SL_BYTEARRAY(v)->size)

/* A new bytearray holding a copy of data[0..size) (data may be NULL: zeroed),
 * allocated as PyByteArray_FromStringAndSize (size + 1, or nothing if empty). */
SlValue sl_bytearray_new(SlVM *vm, const void *data, size_t size);
/* PyByteArray_Resize: new bytes are uninitialised. */
bool sl_bytearray_resize(SlVM *vm, SlValue ba, size_t size);

#endif
