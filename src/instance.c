/* instance.c: plain instances' attributes as values in the instance
 * (see instance.h). */
#include "instance.h"

#include "code.h"
#include "dict.h"
#include "errors.h"
#include "func.h"
#include "memmodel.h"
#include "opcodes.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

/* ---- shared keys ----------------------------------------------------------------------- */

int sl_keys_index(const SlKeys *k, SlValue name) {
    /* names are nearly always interned: identity finds them, and
     * sl_str_eq rejects two different interned strings at once */
    for (uint32_t i = 0; i < k->n; i++)
        if (k->names[i] == name) return (int)i;
    for (uint32_t i = 0; i < k->n; i++)
        if (sl_str_eq(k->names[i], name)) return (int)i;
    return -1;
}

static bool keys_append(SlVM *vm, SlKeys *k, SlValue name) {
    if (k->n == k->cap) {
        uint32_t nc = k->cap ? k->cap * 2 : 4;
        if (nc > SL_KEYS_MAX) nc = SL_KEYS_MAX;
        SlValue *nn = sl_mem_realloc(vm, k->names, k->cap * sizeof(SlValue), nc * sizeof(SlValue));
        if (!nn) return false;
        k->names = nn;
        k->cap = nc;
    }
    k->names[k->n++] = sl_incref(name);
    return true;
}

static SlType *static_base(SlType *t) {
    while (t->flags & SL_TPFLAGS_HEAPTYPE) t = t->base;
    return t;
}

/* How many names the methods of t and its bases store on self (a
 * STORE_ATTR right after LOAD_FAST of the first argument): what an
 * instance is likely to need room for. */
static uint32_t names_stored_on_self(SlType *t) {
    SlValue seen[SL_KEYS_MAX];
    uint32_t n = 0;
    for (size_t m = 0; t->mro && m < SL_TUPLE_SIZE(t->mro); m++) {
        SlType *c = (SlType *)SL_AS_OBJ(SL_TUPLE_ITEMS(t->mro)[m]);
        if (!(c->flags & SL_TPFLAGS_HEAPTYPE) || !c->dict) continue;
        size_t pos = 0;
        SlValue key, f;
        while (sl_dict_next(c->dict, &pos, &key, &f)) {
            if (!SL_IS_FUNCTION(f)) continue;
            SlCode *co = ((SlFunction *)SL_AS_OBJ(f))->code;
            if (co->argcount == 0) continue;
            uint32_t prev = 0;
            for (uint32_t pc = 0; pc < co->ncode; pc += 1 + sl_op_has_cache[SL_OP(co->code[pc])]) {
                uint32_t u = co->code[pc];
                if (pc > 0 && SL_OP(u) == SL_OP_STORE_ATTR && SL_OP(prev) == SL_OP_LOAD_FAST &&
                    SL_ARG(prev) == 0) {
                    SlValue name = SL_TUPLE_ITEMS(co->names)[SL_ARG(u)];
                    uint32_t i = 0;
                    while (i < n && !sl_str_eq(seen[i], name)) i++;
                    if (i == n) {
                        if (n == SL_KEYS_MAX) return n;
                        seen[n++] = name;
                    }
                }
                prev = u;
            }
        }
    }
    return n;
}

bool sl_inst_class_ready(SlVM *vm, SlType *t) {
    if (!(t->flags & SL_TPFLAGS_HEAPTYPE) || !t->dictoffset || t->itemsize) return true;
    /* other C bases lay out their own fields (and use flags16 bits 0-11) */
    if (static_base(t) != &sl_object_type) return true;
    /* where the model has CPython make the dict with the first attribute
     * (3.8-3.10, 3.13 without inline values), slotlab makes one too: the
     * model's record of it then lives in the dict from the start */
    if (vm->sim && !sl_mm_wants_instance_dict(vm, t)) return true;
    SlKeys *k = sl_mem_alloc(vm, sizeof(SlKeys));
    if (!k) return false;
    k->n = k->cap = k->room = 0;
    k->names = NULL;
    t->keys = k;
    return true;
}

void sl_inst_class_free(SlVM *vm, SlType *t) {
    SlKeys *k = t->keys;
    if (!k) return;
    t->keys = NULL;
    for (uint32_t i = 0; i < k->n; i++) sl_decref(vm, k->names[i]);
    if (k->cap) sl_mem_free(vm, k->names, k->cap * sizeof(SlValue));
    sl_mem_free(vm, k, sizeof(SlKeys));
}

/* ---- instances --------------------------------------------------------------------------- */

#define SL_INST_MIN_VALUES 2

SlObject *sl_inst_alloc(SlVM *vm, SlType *t) {
    SlKeys *k = t->keys;
    if (!k->room) {
        /* The first instance fixes the room every instance of the class
         * gets: for the names its methods set on self, two at least (an
         * instance that sets more gets a dict).  One size for all keeps
         * them in the same pools, in allocation order, as the collector
         * wants them: finalizers of a cycle run in that order.  Counted
         * now, not when the class was made, so that an __init__ added
         * later (dataclasses) counts. */
        uint32_t n = names_stored_on_self(t);
        if (n < k->n) n = k->n;
        k->room = n < SL_INST_MIN_VALUES ? SL_INST_MIN_VALUES : n;
    }
    SlObject *o = sl_obj_alloc(vm, t, t->basicsize + k->room * sizeof(SlValue));
    if (o) sl_mm_instance_created(vm, o);
    return o;
}

static SlValue *dict_slot(SlObject *o) {
    return (SlValue *)(void *)((char *)o + o->type->dictoffset);
}

SlValue sl_inst_lookup(SlObject *o, SlValue name) {
    int ix = sl_keys_index(o->type->keys, name);
    if (ix < 0 || (uint32_t)ix >= sl_inst_nvalues(o)) return SL_NULL;
    return sl_inst_values(o)[ix];
}

int sl_inst_store(SlVM *vm, SlObject *o, SlValue name, SlValue value) {
    SlKeys *k = o->type->keys;
    if (!SL_IS_EXACT_STR(name)) return 0;
    /* with the model on, only an instance it follows keeps values (one
     * switched here by __class__ assignment makes its dict as before) */
    if (vm->sim && !sl_mm_instance_followed(o)) return 0;
    SlValue *vals = sl_inst_values(o);
    uint32_t nv = sl_inst_nvalues(o);
    int ix = sl_keys_index(k, name);
    if (ix >= 0 && (uint32_t)ix < nv && vals[ix]) {
        SlValue old = vals[ix];
        vals[ix] = sl_incref(value);
        sl_decref(vm, old);
        return 1;
    }
    if (ix < 0) {   /* a new name for the class */
        if (k->n >= SL_KEYS_MAX || k->n >= nv) return 0;
    } else {
        if ((uint32_t)ix >= nv) return 0;
        for (uint32_t j = (uint32_t)ix + 1; j < nv; j++)
            if (vals[j]) return 0;   /* it would come out of insertion order */
    }
    if (!sl_mm_instance_attr_added(vm, o, name)) return 0;
    if (ix < 0) {
        if (!keys_append(vm, k, name)) return -1;
        ix = (int)k->n - 1;
    }
    vals[ix] = sl_incref(value);
    return 1;
}

bool sl_inst_store_new(SlVM *vm, SlObject *o, uint32_t ix, SlValue name, SlValue value) {
    SlValue *vals = sl_inst_values(o);
    uint32_t nv = sl_inst_nvalues(o);
    if (*dict_slot(o) || ix >= nv || vals[ix] || (vm->sim && !sl_mm_instance_followed(o))) return false;
    for (uint32_t j = ix + 1; j < nv; j++)
        if (vals[j]) return false;
    if (!sl_mm_instance_attr_added(vm, o, name)) return false;
    vals[ix] = value;
    return true;
}

int sl_inst_delete(SlVM *vm, SlObject *o, SlValue name) {
    int ix = sl_keys_index(o->type->keys, name);
    if (ix < 0 || (uint32_t)ix >= sl_inst_nvalues(o)) return 0;
    SlValue *vals = sl_inst_values(o);
    SlValue old = vals[ix];
    if (!old) return 0;
    vals[ix] = SL_NULL;
    sl_decref(vm, old);
    return 1;
}

bool sl_inst_has_values(SlObject *o) {
    if (!o->type->keys || *dict_slot(o)) return false;
    if (sl_mm_instance_followed(o)) return true;
    SlValue *vals = sl_inst_values(o);
    for (uint32_t i = 0, nv = sl_inst_nvalues(o); i < nv; i++)
        if (vals[i]) return true;
    return false;
}

void sl_inst_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    SlValue *vals = sl_inst_values(o);
    for (uint32_t i = 0, nv = sl_inst_nvalues(o); i < nv; i++)
        if (vals[i]) visit(vals[i], arg);
}

void sl_inst_clear(SlVM *vm, SlObject *o) {
    /* as the dict it stands for would go: empty first, then the values
     * released in order, then its storage */
    SlValue *vals = sl_inst_values(o);
    uint32_t nv = sl_inst_nvalues(o);
    SlValue held[SL_KEYS_MAX + 2];   /* a block has room for at most one more than it asked */
    if (nv > SL_KEYS_MAX + 2) nv = SL_KEYS_MAX + 2;
    for (uint32_t i = 0; i < nv; i++) {
        held[i] = vals[i];
        vals[i] = SL_NULL;
    }
    for (uint32_t i = 0; i < nv; i++) sl_xdecref(vm, held[i]);
    sl_mm_instance_values_dying(vm, o);
}

bool sl_inst_merge_names(SlVM *vm, SlObject *o, SlValue acc) {
    SlKeys *k = o->type->keys;
    SlValue *vals = sl_inst_values(o);
    for (uint32_t i = 0, nv = sl_inst_nvalues(o); i < nv && i < k->n; i++)
        if (vals[i] && !sl_dict_set(vm, acc, k->names[i], SL_NONE)) return false;
    return true;
}

SlValue sl_inst_dict(SlVM *vm, SlObject *o, int how) {
    SlValue *dp = dict_slot(o);
    if (*dp) return *dp;
    SlKeys *k = o->type->keys;
    bool followed = k && sl_mm_instance_followed(o);
    /* a dict the model already follows as values starts unmodelled */
    SlValue d = sl_dict_new_instance(vm, !followed);
    if (!d) return SL_NULL;
    if (k) {
        SlValue *vals = sl_inst_values(o);
        uint32_t nv = sl_inst_nvalues(o);
        for (uint32_t i = 0; i < nv; i++) {
            if (vals[i] && !sl_dict_set(vm, d, k->names[i], vals[i])) {
                sl_decref(vm, d);
                return SL_NULL;
            }
        }
        for (uint32_t i = 0; i < nv; i++) {   /* the dict holds them now */
            SlValue v = vals[i];
            vals[i] = SL_NULL;
            sl_xdecref(vm, v);
        }
    }
    *dp = d;
    if (followed) {
        sl_mm_instance_dict_adopt(vm, o, SL_DICT(d));
        if (how == SL_MM_DICT_TOUCHED) sl_mm_instance_dict_touched(vm, o, SL_DICT(d));
    } else if (how != SL_INST_DICT_QUIET) {
        sl_mm_instance_dict_created(vm, o, SL_DICT(d), how);
    }
    return d;
}
