/* vm.h: the interpreter state and the bytecode evaluator.
 *
 * Everything a running program owns hangs off one SlVM: its frames, its
 * modules, the current exception, its memory.  Dropping the SlVM drops the
 * program (%python X.Y in the REPL starts a new one).  Built-in types,
 * interned strings and the singletons are process-wide and immortal.
 */
#ifndef SL_VM_H
#define SL_VM_H

#include <signal.h>
#include <stdio.h>
#include "code.h"
#include "pyversion.h"

#define SL_MAX_BLOCKS 32            /* >= the compiler's static nesting limit (21) */

typedef struct SlBlock {
    uint8_t kind;                   /* SL_BLOCK_* (vm.c) */
    uint32_t handler;               /* jump target */
    uint32_t level;                 /* value-stack depth to restore */
} SlBlock;

typedef struct SlFrame {
    SlCode *code;
    SlValue func;                   /* the function being run, or SL_NULL (module) */
    SlValue globals;                /* dict */
    SlValue builtins;               /* dict */
    SlValue locals;                 /* dict for class bodies (LOAD_NAME), else SL_NULL */
    struct SlFrame *back;           /* caller */
    uint32_t pc;                    /* index of the next unit to run */
    uint32_t lasti;                 /* index of the instruction running / last run */
    uint32_t sp;                    /* value-stack depth */
    uint16_t nblocks;
    bool is_gen;                    /* owned by a generator (not on the VM stack) */
    bool is_init;                   /* an __init__ run inline by C(...): its result must be
                                     * None and is not pushed (the new object already is) */
    unsigned init_argtuple;         /* is_init: sl_mm_temp_tuple's token, done on return */
    SlBlock blocks[SL_MAX_BLOCKS];
    SlValue *localsplus;            /* nlocals fast locals, then cells, then frees, then stack */
} SlFrame;

/* Where printed text goes: knows whether it is a terminal (diagrams,
 * colour and Unicode follow it). */
typedef struct SlWriter {
    FILE *fp;
    bool is_tty;
    int width;                      /* columns, 80 if unknown */
} SlWriter;

typedef struct SlMem SlMem;         /* memory.c (redeclared, C11 allows) */

struct SlVM {
    const SlPyVersion *ver;         /* the CPython version modelled */
    SlValue exc;                    /* exception being raised, or SL_NULL */
    SlValue exc_info;               /* exception being handled (sys.exc_info), or SL_NULL */
    SlFrame *frame;                 /* innermost running frame */
    int depth;                      /* Python call depth */
    int recursion_limit;            /* sys.getrecursionlimit() */
    int c_depth;                    /* C recursion guard (repr, compare, parser) */
    int64_t int_max_str_digits;     /* sys.set_int_max_str_digits(); 0 = no limit */

    SlValue builtins;               /* dict of the builtins module */
    SlValue builtins_module;
    SlValue modules;                /* sys.modules (dict) */
    SlValue sys_module;
    SlValue main_module;
    SlValue argv;                   /* list */
    char *script_dir;               /* imports resolve here only; NULL = cwd */

    SlValue *stack;                 /* frames' locals and value stacks */
    size_t stack_size, stack_used;

    SlMem *mem;                     /* slotlab's own allocator (memory.c) */
    void *gc;                       /* cycle collector state (gc.c) */
    struct SlSim *sim;              /* the simulated CPython heap (memmodel.c) */
    size_t gc_allocs;               /* container allocations since the last check */
    size_t gc_threshold;            /* check for cycles when gc_allocs passes this */

    SlWriter out, err;
    volatile sig_atomic_t interrupted; /* set by SIGINT: KeyboardInterrupt soon */
    uint64_t steps;                 /* backward jumps and calls so far */
    uint64_t step_limit;            /* past it, every check raises KeyboardInterrupt (fuzzing; default: none) */
    bool interactive;               /* REPL */
    bool finalizing;                /* tearing down: no more Python code (__del__) */
    SlValue sources;                /* dict: filename -> source str, for traceback lines */
    SlValue repr_active;            /* list: objects being repr'd (sl_repr_enter) */
    SlValue stdout_obj, stderr_obj, stdin_obj; /* sys.stdout / stderr / stdin */
    int exit_code;                  /* set by SystemExit handling */
};

SlVM *sl_vm_new(const SlPyVersion *ver, int argc, char **argv);
void sl_vm_free(SlVM *vm);

/* Run a code object as the body of module `module` (its dict = globals). */
SlValue sl_vm_run_code(SlVM *vm, SlCode *code, SlValue globals, SlValue locals);
/* Run a Python function object with vectorcall arguments. */
SlValue sl_vm_call_function(SlVM *vm, SlValue func, const SlValue *args,
                            size_t nargs, SlValue kwnames);

#endif
