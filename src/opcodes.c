/* opcodes.c: tables generated from the opcode list in opcodes.h. */
#include "opcodes.h"

const unsigned char sl_op_has_cache[SL_OP_COUNT] = {
#define X(name, cache) [SL_OP_##name] = (cache),
    SL_OPCODES(X)
#undef X
};

const char *const sl_op_names[SL_OP_COUNT] = {
#define X(name, cache) [SL_OP_##name] = #name,
    SL_OPCODES(X)
#undef X
};
