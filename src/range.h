/* range.h: range and slice objects. */
#ifndef SL_RANGE_H
#define SL_RANGE_H

#include "object.h"

typedef struct SlRange {
    SlObject ob;
    SlValue start, stop, step, length;   /* ints (tagged or big) */
} SlRange;

typedef struct SlSlice {
    SlObject ob;
    SlValue start, stop, step;           /* any objects; None when omitted */
} SlSlice;

extern SlType sl_range_type, sl_slice_type;

#define SL_IS_SLICE(v) (SL_IS_OBJ(v) && SL_AS_OBJ(v)->type == &sl_slice_type)

SlValue sl_slice_new(SlVM *vm, SlValue start, SlValue stop, SlValue step); /* new refs taken; SL_NULL args mean None */
/* Resolve a slice against a sequence length as PySlice_GetIndicesEx:
 * gives start, stop, step and the slice length. */
bool sl_slice_indices(SlVM *vm, SlValue slice, int64_t length, int64_t *start,
                      int64_t *stop, int64_t *step, int64_t *slicelen);
/* Normalise an index for a sequence of `length` (negative counts from the
 * end); returns false with IndexError "<what> index out of range" */
bool sl_seq_index(SlVM *vm, SlValue index, int64_t length, const char *what, int64_t *out);

/* Does v have __index__ (ints, bools, classes defining __index__)? */
bool sl_has_index(SlValue v);
/* PyNumber_AsSsize_t: v's __index__ value as int64.  When it does not fit,
 * raise `exc` ("cannot fit 'int' into an index-sized integer"), or clamp
 * to the int64 range when exc is NULL. */
bool sl_as_ssize(SlVM *vm, SlValue v, SlType *exc, int64_t *out);
/* _PyEval_SliceIndexNotNone, for the start/stop arguments of index() and
 * friends: clamps; "slice indices must be integers or have an __index__ method" */
bool sl_slice_arg(SlVM *vm, SlValue v, int64_t *out);
/* PySlice_AdjustIndices: clamp start/stop to length, return the slice length. */
int64_t sl_slice_adjust(int64_t length, int64_t *start, int64_t *stop, int64_t step);
/* PySlice_Unpack: start/stop/step of a slice object as int64 (clamped);
 * ValueError "slice step cannot be zero". */
bool sl_slice_unpack(SlVM *vm, SlValue slice, int64_t *start, int64_t *stop, int64_t *step);

extern SlType sl_range_iter_type, sl_longrange_iter_type;
/* reversed(range) */
SlValue sl_range_reversed(SlVM *vm, SlValue range);

#endif
