/* runtime.c: creating and dropping an interpreter state, and running
 * source text in it. */
#include "runtime.h"
#include "memmodel.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "builtins.h"
#include "dict.h"
#include "errors.h"
#include "func.h"
#include "gc.h"
#include "int.h"
#include "io.h"
#include "list.h"
#include "memory.h"
#include "module.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

SlValue sl_mod_sys_init(SlVM *vm); /* mod_sys.c */

static const SlMethodDef build_class_def = {"__build_class__", sl_build_class, 0,
                                            "Internal helper used by the class statement."};

/* Default cap on slotlab's own memory: a runaway program gets MemoryError
 * long before the machine runs out. */
#define SL_DEFAULT_MEMORY_LIMIT ((size_t)4 << 30)

SlVM *sl_vm_new(const SlPyVersion *ver, int argc, char **argv) {
    sl_types_init();
    SlVM *vm = calloc(1, sizeof(SlVM));
    if (!vm) return NULL;
    vm->ver = ver;
    vm->recursion_limit = 1000;
    /* SLOTLAB_STEP_LIMIT: backward jumps + calls before every further one
     * raises KeyboardInterrupt (for tests and the fuzzer; default none) */
    const char *steps = getenv("SLOTLAB_STEP_LIMIT");
    vm->step_limit = steps && *steps ? strtoull(steps, NULL, 10) : UINT64_MAX;
    vm->int_max_str_digits = ver->int_max_str_digits;
    vm->gc_threshold = 10000;
    const char *lim = getenv("SLOTLAB_MEMORY_LIMIT_MB");
    size_t limit = lim ? (size_t)strtoull(lim, NULL, 10) << 20 : SL_DEFAULT_MEMORY_LIMIT;
    vm->mem = sl_mem_new(limit);
    if (limit) sl_buf_max_bytes = limit;
    vm->stack_size = 1u << 21;
    vm->stack = calloc(vm->stack_size, sizeof(SlValue));
    if (!vm->mem || !vm->stack) return NULL;
    vm->out.fp = stdout;
    vm->out.is_tty = isatty(1);
    vm->out.width = 80;
    vm->err.fp = stderr;
    vm->err.is_tty = isatty(2);
    vm->err.width = 80;
    vm->sources = sl_dict_new(vm);
    vm->modules = sl_dict_new(vm);
    vm->argv = sl_list_new(vm, 0);
    for (int i = 0; i < argc; i++) {
        SlValue a = sl_str_from_cstr(vm, argv[i]);
        sl_list_append(vm, vm->argv, a);
        sl_decref(vm, a);
    }
    vm->stdout_obj = sl_io_new_writer(vm, &vm->out, "<stdout>");
    vm->stderr_obj = sl_io_new_writer(vm, &vm->err, "<stderr>");
    vm->stdin_obj = sl_io_new_reader(vm, stdin, "<stdin>");
    vm->builtins_module = sl_builtins_init(vm);
    if (!vm->builtins_module) return NULL;
    vm->builtins = sl_incref(SL_MODULE_DICT(vm->builtins_module));
    SlValue bc = sl_builtin_new(vm, &build_class_def, SL_NULL, SL_NULL);
    sl_dict_set(vm, vm->builtins, sl_intern_cstr("__build_class__"), bc);
    sl_decref(vm, bc);
    sl_dict_set(vm, vm->modules, sl_intern_cstr("builtins"), vm->builtins_module);
    SlValue sys = sl_mod_sys_init(vm);
    if (!sys) return NULL;
    sl_dict_set(vm, vm->modules, sl_intern_cstr("sys"), sys);
    sl_decref(vm, sys);
    vm->main_module = sl_module_new(vm, "__main__");
    SlValue ann = sl_dict_new(vm);
    if (!vm->main_module || !ann) return NULL;
    sl_dict_set(vm, SL_MODULE_DICT(vm->main_module), sl_intern_cstr("__annotations__"), ann);
    sl_decref(vm, ann);
    sl_dict_set(vm, SL_MODULE_DICT(vm->main_module), sl_intern_cstr("__builtins__"), vm->builtins_module);
    sl_dict_set(vm, vm->modules, sl_intern_cstr("__main__"), vm->main_module);
    /* the model of CPython's heap starts now: what start-up made is the
     * interpreter's baseline (SlMemFacts.baseline_rss_kib) */
    vm->sim = sl_sim_new(vm);
    /* the program's globals grow as CPython's do (a resize after start()
     * is traced) */
    sl_dict_model_adopt(vm, SL_MODULE_DICT(vm->main_module));
    return vm;
}

typedef struct {
    SlObject **objs;
    size_t n, cap;
    bool failed;
} Live;

static void collect_container(SlObject *o, void *arg) {
    Live *l = arg;
    if (!(o->type->flags & SL_TPFLAGS_HAVE_GC) || !o->type->clear || o->refcnt >= SL_IMMORTAL) return;
    if (l->n == l->cap) {
        size_t nc = l->cap ? l->cap * 2 : 1024;
        SlObject **no = realloc(l->objs, nc * sizeof *no);
        if (!no) {
            l->failed = true;
            return;
        }
        l->objs = no;
        l->cap = nc;
    }
    l->objs[l->n++] = o;
}

/* Release every object the program still holds, so the raw memory behind
 * them (list items, dict tables, big-int digits) goes back too: the REPL's
 * %python and the fuzzer make many VMs in one process.  As the cycle
 * collector does with garbage: hold every container, clear them all (class
 * dicts first among them, so no __del__ or weakref callback can run), then
 * let go.  No Python code runs here. */
static void release_all(SlVM *vm) {
    SlValue *roots[] = {&vm->exc, &vm->exc_info, &vm->builtins, &vm->builtins_module, &vm->modules,
                        &vm->sys_module, &vm->main_module, &vm->argv, &vm->sources, &vm->repr_active,
                        &vm->stdout_obj, &vm->stderr_obj, &vm->stdin_obj};
    Live l = {NULL, 0, 0, false};
    sl_mem_walk(vm->mem, collect_container, &l);
    if (l.failed) {
        free(l.objs);
        return; /* out of memory: leave it to sl_mem_destroy */
    }
    for (size_t k = 0; k < l.n; k++) l.objs[k]->refcnt++;
    for (size_t k = 0; k < l.n; k++) l.objs[k]->type->clear(vm, l.objs[k]);
    for (size_t k = 0; k < sizeof roots / sizeof *roots; k++) {
        SlValue v = *roots[k];
        *roots[k] = SL_NULL;
        sl_xdecref(vm, v);
    }
    for (size_t k = 0; k < l.n; k++) sl_decref(vm, SL_OBJ(l.objs[k]));
    free(l.objs);
}

/* What CPython does to __main__ at exit (_PyModule_ClearDict): names
 * starting with one underscore become None first, then the others except
 * __builtins__, so that __del__ methods run while the interpreter works. */
static void clear_main(SlVM *vm) {
    if (!vm->main_module || vm->finalizing) return;
    SlValue d = SL_MODULE_DICT(vm->main_module);
    for (int pass = 0; pass < 2; pass++) {
        size_t pos = 0;
        SlValue k, v;
        while (sl_dict_next(d, &pos, &k, &v)) {
            if (!SL_IS_STR(k) || v == SL_NONE) continue;
            const char *s = SL_STR_DATA(k);
            bool underscore = s[0] == '_' && s[1] != '_';
            if ((pass == 0) != underscore || strcmp(s, "__builtins__") == 0) continue;
            sl_dict_set(vm, d, k, SL_NONE);
            if (vm->exc) sl_exc_clear(vm);
        }
    }
}

void sl_vm_free(SlVM *vm) {
    if (!vm) return;
    clear_main(vm);
    sl_mm_trace_stop(vm);   /* tracemalloc's sites hold code objects */
    vm->finalizing = true;
    fflush(stdout);
    fflush(stderr);
    if (vm->mem) release_all(vm);
    sl_gc_free(vm);
    sl_sim_free(vm->sim);
    vm->sim = NULL;
    sl_mem_destroy(vm->mem);
    free(vm->stack);
    free(vm->script_dir);
    free(vm);
}

bool sl_run_source(SlVM *vm, const char *src, size_t len, const char *filename, SlValue globals) {
    if (!globals) globals = SL_MODULE_DICT(vm->main_module);
    sl_source_register(vm, filename, src, len);
    SlCode *code = sl_compile(vm, src, len, filename, SL_COMPILE_FILE, NULL);
    if (!code) return false;
    SlValue r = sl_vm_run_code(vm, code, globals, SL_NULL);
    sl_decref(vm, SL_OBJ(code));
    if (!r) return false;
    sl_decref(vm, r);
    return true;
}

static void flush_stdout(SlVM *vm) {
    SlValue r = sl_call_method(vm, vm->stdout_obj, "flush", NULL, 0);
    if (r) sl_decref(vm, r);
    else sl_exc_clear(vm);
}

void sl_report_exception(SlVM *vm) {
    SlValue exc = sl_exc_fetch(vm);
    if (!exc) return;
    flush_stdout(vm);
    if (sl_isinstance_type(exc, SL_EXC(SystemExit))) {
        SlException *e = (SlException *)SL_AS_OBJ(exc);
        SlValue code = SL_TUPLE_SIZE(e->args) == 0 ? SL_NONE
                       : SL_TUPLE_SIZE(e->args) == 1 ? SL_TUPLE_ITEMS(e->args)[0]
                                                      : e->args;
        if (code == SL_NONE) {
            vm->exit_code = 0;
        } else if (SL_IS_INTLIKE(code)) {
            int64_t c = 1;
            if (!sl_int_as_i64(vm, code, &c)) {
                sl_exc_clear(vm);
                c = -1;
            }
            vm->exit_code = (int)(c & 0xff);
        } else {
            SlValue s = sl_str(vm, code);
            if (s) {
                fprintf(stderr, "%s\n", SL_STR_DATA(s));
                sl_decref(vm, s);
            } else {
                sl_exc_clear(vm);
            }
            vm->exit_code = 1;
        }
        sl_decref(vm, exc);
        return;
    }
    sl_print_exception(vm, exc);
    fflush(stderr);
    /* CPython 3.8+ then dies by SIGINT itself (status 130 in a shell):
     * main re-raises it when the status is -SIGINT */
    vm->exit_code = sl_isinstance_type(exc, SL_EXC(KeyboardInterrupt)) ? -SIGINT : 1;
    sl_decref(vm, exc);
}
