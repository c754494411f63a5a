/* disasm.c: sl_code_disassemble, a debugging aid in the spirit of dis.dis:
 * one line per instruction with its unit index, name, argument and what
 * the argument means, a line number where it changes, then the nested code
 * objects. */
#include <stdio.h>
#include <string.h>

#include "code.h"
#include "errors.h"
#include "object.h"
#include "opcodes.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

static const char *const binop_syms[] = {
#define X(name, sym, d, r, i) sym,
    SL_BINOPS(X)
#undef X
};
static const char *const cmp_syms[] = {"<", "<=", "==", "!=", ">", ">="};

static void print_value(SlVM *vm, FILE *f, SlValue v) {
    SlValue r = sl_repr(vm, v);
    if (!r) {
        sl_exc_clear(vm);
        fputs("<repr failed>", f);
        return;
    }
    if (SL_STR_SIZE(r) > 60) fprintf(f, "%.57s...", SL_STR_DATA(r));
    else fputs(SL_STR_DATA(r), f);
    sl_decref(vm, r);
}

static const char *tuple_str(SlValue t, uint32_t i) {
    if (!t || i >= SL_TUPLE_SIZE(t)) return "?";
    return SL_STR_DATA(SL_TUPLE_ITEMS(t)[i]);
}

static const char *deref_name(SlCode *c, uint32_t i) {
    size_t ncell = SL_TUPLE_SIZE(c->cellvars);
    if (i < ncell) return tuple_str(c->cellvars, i);
    return tuple_str(c->freevars, (uint32_t)(i - ncell));
}

static void disassemble_one(SlVM *vm, FILE *f, SlCode *c) {
    SlValue r = sl_repr(vm, SL_OBJ(c));
    if (r) {
        fprintf(f, "Disassembly of %s:\n", SL_STR_DATA(r));
        sl_decref(vm, r);
    } else {
        sl_exc_clear(vm);
    }
    fprintf(f, "  argcount=%u posonly=%u kwonly=%u nlocals=%u stacksize=%u flags=0x%x ncaches=%u\n",
            c->argcount, c->posonlyargcount, c->kwonlyargcount, c->nlocals, c->stacksize, c->flags,
            c->ncaches);
    if (SL_TUPLE_SIZE(c->cellvars) || SL_TUPLE_SIZE(c->freevars)) {
        fputs("  cellvars=", f);
        print_value(vm, f, c->cellvars);
        fputs(" freevars=", f);
        print_value(vm, f, c->freevars);
        if (c->cell2arg) {
            fputs(" cell2arg=[", f);
            for (size_t i = 0; i < SL_TUPLE_SIZE(c->cellvars); i++)
                fprintf(f, "%s%d", i ? ", " : "", c->cell2arg[i]);
            fputs("]", f);
        }
        fputs("\n", f);
    }
    if (c->doc) {
        fputs("  doc=", f);
        print_value(vm, f, c->doc);
        fputs("\n", f);
    }
    uint32_t lastline = 0;
    for (uint32_t i = 0; i < c->ncode; i++) {
        uint32_t u = c->code[i];
        SlOpcode op = SL_OP(u);
        uint32_t arg = SL_ARG(u);
        SlPos p = c->positions[i];
        if (p.line != lastline && p.line) fprintf(f, "%4u ", p.line);
        else fputs("     ", f);
        lastline = p.line ? p.line : lastline;
        if (op >= SL_OP_COUNT) {
            fprintf(f, "%6u <bad opcode %u>\n", i, (unsigned)op);
            continue;
        }
        fprintf(f, "%6u %-22s %5u", i, sl_op_names[op], arg);
        switch (op) {
        case SL_OP_LOAD_CONST:
            fputs(" (", f);
            if (arg < SL_TUPLE_SIZE(c->consts)) print_value(vm, f, SL_TUPLE_ITEMS(c->consts)[arg]);
            fputs(")", f);
            break;
        case SL_OP_LOAD_GLOBAL:
        case SL_OP_STORE_GLOBAL:
        case SL_OP_DELETE_GLOBAL:
        case SL_OP_LOAD_NAME:
        case SL_OP_STORE_NAME:
        case SL_OP_DELETE_NAME:
        case SL_OP_LOAD_ATTR:
        case SL_OP_STORE_ATTR:
        case SL_OP_DELETE_ATTR:
        case SL_OP_LOAD_METHOD:
        case SL_OP_IMPORT_NAME:
        case SL_OP_IMPORT_FROM:
            fprintf(f, " (%s)", tuple_str(c->names, arg));
            break;
        case SL_OP_LOAD_FAST:
        case SL_OP_STORE_FAST:
        case SL_OP_DELETE_FAST:
            fprintf(f, " (%s)", tuple_str(c->varnames, arg));
            break;
        case SL_OP_LOAD_DEREF:
        case SL_OP_STORE_DEREF:
        case SL_OP_DELETE_DEREF:
        case SL_OP_LOAD_CLOSURE:
        case SL_OP_LOAD_CLASSDEREF:
            fprintf(f, " (%s)", deref_name(c, arg));
            break;
        case SL_OP_BINARY_OP:
            if (arg < SL_NB_COUNT) fprintf(f, " (%s)", binop_syms[arg]);
            break;
        case SL_OP_INPLACE_OP:
            if (arg < SL_NB_COUNT) fprintf(f, " (%s=)", binop_syms[arg]);
            break;
        case SL_OP_COMPARE_OP:
            if (arg < 6) fprintf(f, " (%s)", cmp_syms[arg]);
            break;
        case SL_OP_IS_OP:
            fputs(arg ? " (is not)" : " (is)", f);
            break;
        case SL_OP_CONTAINS_OP:
            fputs(arg ? " (not in)" : " (in)", f);
            break;
        case SL_OP_JUMP:
        case SL_OP_POP_JUMP_IF_FALSE:
        case SL_OP_POP_JUMP_IF_TRUE:
        case SL_OP_JUMP_IF_FALSE_OR_POP:
        case SL_OP_JUMP_IF_TRUE_OR_POP:
        case SL_OP_FOR_ITER:
        case SL_OP_SETUP_FINALLY:
        case SL_OP_SETUP_WITH:
            fprintf(f, " (to %u)", arg);
            break;
        case SL_OP_FORMAT_VALUE: {
            static const char *const conv[] = {"", "str", "repr", "ascii"};
            fprintf(f, " (%s%s%s)", conv[arg & 3], (arg & 3) && (arg & 4) ? ", " : "",
                    (arg & 4) ? "with format" : "");
            break;
        }
        case SL_OP_UNPACK_EX:
            fprintf(f, " (%u before, %u after)", arg & 0xff, arg >> 8);
            break;
        case SL_OP_MAKE_FUNCTION:
            fprintf(f, " (%s%s%s)", (arg & 1) ? "defaults " : "", (arg & 2) ? "kwdefaults " : "",
                    (arg & 8) ? "closure" : "");
            break;
        default:
            break;
        }
        if (p.line) fprintf(f, "   @%u:%u-%u:%u", p.line, p.col, p.end_line, p.end_col);
        fputs("\n", f);
        if (sl_op_has_cache[op] && i + 1 < c->ncode) {
            i++;
            fprintf(f, "     %6u   (cache %u)\n", i, c->code[i]);
        }
    }
    fputs("\n", f);
    for (size_t k = 0; k < SL_TUPLE_SIZE(c->consts); k++) {
        SlValue v = SL_TUPLE_ITEMS(c->consts)[k];
        if (SL_IS_OBJ(v) && SL_AS_OBJ(v)->type == &sl_code_type) disassemble_one(vm, f, (SlCode *)SL_AS_OBJ(v));
    }
}

void sl_code_disassemble(SlVM *vm, SlCode *code) {
    FILE *f = vm && vm->out.fp ? vm->out.fp : stdout;
    disassemble_one(vm, f, code);
    fflush(f);
}
