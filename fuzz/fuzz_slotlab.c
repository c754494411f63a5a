/* fuzz_slotlab.c: libFuzzer target.  Each input is Python source text that
 * goes through the lexer, parser, compiler and VM of a fresh interpreter,
 * which is dropped afterwards (nothing survives between inputs but the
 * process-wide immortal objects: built-in types and interned strings).
 *
 * Runaway programs end three ways: a step budget (backward jumps and calls,
 * checked by the VM), slotlab's memory cap, and a wall-clock watchdog that
 * raises the interrupt flag (for C loops that check it, such as time.sleep).
 * The program runs on a thread with the same large stack as ./slotlab, so
 * deep recursion meets RecursionError as it does there. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "errors.h"
#include "pyversion.h"
#include "runtime.h"
#include "vm.h"

#define STEP_LIMIT 200000       /* backward jumps + calls per input */
#define MEMORY_LIMIT_MB "256"   /* slotlab's own cap, well under libFuzzer's rss limit */
#define WALL_LIMIT_MS 2000      /* then keep raising KeyboardInterrupt */
#define STACK_SIZE ((size_t)1 << 30)

static FILE *devnull;

typedef struct {
    const uint8_t *data;
    size_t size;
    SlVM *volatile vm;          /* set once created, for the watchdog */
    pthread_mutex_t lock;
} Job;

static void *run(void *p) {
    Job *job = p;
    /* the first byte picks the modelled version, so per-version paths get fuzzed too */
    const SlPyVersion *ver = sl_py_version_default();
    const uint8_t *src = job->data;
    size_t len = job->size;
    if (len > 0 && src[0] >= 0xf0) {
        ver = &sl_py_versions[(src[0] - 0xf0) % sl_py_nversions];
        src++;
        len--;
    }
    char *argv[] = {"fuzz.py"};
    SlVM *vm = sl_vm_new(ver, 1, argv);
    if (!vm) return NULL;
    vm->step_limit = STEP_LIMIT;
    vm->out.fp = devnull;
    vm->err.fp = devnull;
    pthread_mutex_lock(&job->lock);
    job->vm = vm;
    pthread_mutex_unlock(&job->lock);
    /* sl_run_source needs a NUL-terminated copy, like main's read_all */
    char *text = malloc(len + 1);
    if (text) {
        memcpy(text, src, len);
        text[len] = '\0';
        if (!sl_run_source(vm, text, len, "fuzz.py", SL_NULL)) sl_report_exception(vm);
        free(text);
    }
    pthread_mutex_lock(&job->lock);
    job->vm = NULL;
    pthread_mutex_unlock(&job->lock);
    sl_vm_free(vm);
    return NULL;
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    setenv("SLOTLAB_MEMORY_LIMIT_MB", MEMORY_LIMIT_MB, 1);
    devnull = fopen("/dev/null", "w");
    /* input() must not wait for a terminal; tracebacks go nowhere */
    if (!freopen("/dev/null", "r", stdin)) return 1;
    if (!freopen("/dev/null", "w", stdout)) return 1;
    return devnull ? 0 : 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Job job = {data, size, NULL, PTHREAD_MUTEX_INITIALIZER};
    pthread_attr_t attr;
    pthread_t th;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, STACK_SIZE);
    if (pthread_create(&th, &attr, run, &job) != 0) {
        pthread_attr_destroy(&attr);
        return 0;
    }
    pthread_attr_destroy(&attr);
    struct timespec deadline;
    clock_gettime(CLOCK_REALTIME, &deadline);
    deadline.tv_sec += WALL_LIMIT_MS / 1000;
    deadline.tv_nsec += (long)(WALL_LIMIT_MS % 1000) * 1000000L;
    if (deadline.tv_nsec >= 1000000000L) {
        deadline.tv_sec++;
        deadline.tv_nsec -= 1000000000L;
    }
    while (pthread_timedjoin_np(th, NULL, &deadline) != 0) {
        /* over time: keep asking the program to stop (it may catch one) */
        pthread_mutex_lock(&job.lock);
        if (job.vm) job.vm->interrupted = 1;
        pthread_mutex_unlock(&job.lock);
        clock_gettime(CLOCK_REALTIME, &deadline);
        deadline.tv_nsec += 50 * 1000000L;
        if (deadline.tv_nsec >= 1000000000L) {
            deadline.tv_sec++;
            deadline.tv_nsec -= 1000000000L;
        }
    }
    return 0;
}
