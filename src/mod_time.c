/* mod_time.c: the time module (clocks and sleep).
 *
 * time.sleep() sleeps in slices of at most 50 ms so that Ctrl-C (which
 * only sets vm->interrupted) stops it promptly with KeyboardInterrupt. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <time.h>

#include "args.h"
#include "errors.h"
#include "float.h"
#include "int.h"
#include "module.h"
#include "str.h"
#include "vm.h"

static const char *qname(SlVM *vm, const char *full) {
    return vm->ver->msg_qualname_in_call_errors ? full : full + 5;
}

static int64_t clock_ns(clockid_t id) {
    struct timespec ts;
    if (clock_gettime(id, &ts) != 0) return 0;
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* Nanoseconds to seconds as CPython's _PyTime_AsSecondsDouble: whole
 * seconds exactly, otherwise ns / 1e9 in double. */
static SlValue ns_to_float(SlVM *vm, int64_t ns) {
    double d;
    if (ns % 1000000000 == 0) d = (double)(ns / 1000000000);
    else d = (double)ns / 1e9;
    return sl_float_new(vm, d);
}

#define CLOCK_FUNCS(name, id)                                                              \
    static SlValue time_##name(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,  \
                               SlValue kw) {                                               \
        (void)self; (void)args;                                                            \
        if (!sl_args_check(vm, qname(vm, "time." #name), nargs, kw, 0, 0)) return SL_NULL; \
        return ns_to_float(vm, clock_ns(id));                                              \
    }                                                                                      \
    static SlValue time_##name##_ns(SlVM *vm, SlValue self, const SlValue *args,           \
                                    size_t nargs, SlValue kw) {                            \
        (void)self; (void)args;                                                            \
        if (!sl_args_check(vm, qname(vm, "time." #name "_ns"), nargs, kw, 0, 0))           \
            return SL_NULL;                                                                \
        return sl_int_from_i64(vm, clock_ns(id));                                          \
    }

CLOCK_FUNCS(time, CLOCK_REALTIME)
CLOCK_FUNCS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCS(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FUNCS(thread_time, CLOCK_THREAD_CPUTIME_ID)

static SlValue time_sleep(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)self;
    if (!sl_args_check(vm, qname(vm, "time.sleep"), nargs, kw, 1, 1)) return SL_NULL;
    SlValue v = args[0];
    int64_t ns;
    if (SL_IS_FLOAT(v)) {
        double d = SL_FLOAT_VAL(v);
        if (isnan(d)) return sl_raise(vm, SL_ValueError, "Invalid value NaN (not a number)");
        /* 3.8-3.12 said "... C _PyTime_t" for the ns conversion overflow */
        if (!(fabs(d) < 9.2e9)) {
            if (isinf(d) || fabs(d) >= 9.3e18)
                return sl_raise(vm, SL_OverflowError, "timestamp out of range for platform time_t");
            return sl_raise(vm, SL_OverflowError, "timestamp too large to convert to C PyTime_t");
        }
        ns = (int64_t)(d * 1e9); /* rounded towards +inf by CPython (ceiling); close enough */
        if ((double)ns < d * 1e9) ns++;
    } else {
        SlValue i = sl_index(vm, v);
        if (!i) return SL_NULL;
        int64_t secs;
        bool ok = sl_int_bit_length(i) <= 62 && sl_int_as_i64(vm, i, &secs);
        sl_decref(vm, i);
        if (!ok || secs > INT64_MAX / 1000000000 || secs < INT64_MIN / 1000000000) {
            if (sl_exc_occurred(vm)) sl_exc_clear(vm);
            return sl_raise(vm, SL_OverflowError, "timestamp too large to convert to C PyTime_t");
        }
        ns = secs * 1000000000;
    }
    if (ns < 0) return sl_raise(vm, SL_ValueError, "sleep length must be non-negative");
    int64_t deadline = clock_ns(CLOCK_MONOTONIC) + ns;
    for (;;) {
        if (vm->interrupted) {
            vm->interrupted = 0;
            return sl_raise(vm, SL_EXC(KeyboardInterrupt), "");
        }
        int64_t left = deadline - clock_ns(CLOCK_MONOTONIC);
        if (left <= 0) break;
        if (left > 50000000) left = 50000000;
        struct timespec ts = {(time_t)(left / 1000000000), (long)(left % 1000000000)};
        nanosleep(&ts, NULL); /* EINTR: the loop re-checks the interrupt flag */
    }
    return SL_NONE;
}

static const SlMethodDef time_functions[] = {
    {"time", time_time, 0, "Return the current time in seconds since the Epoch."},
    {"time_ns", time_time_ns, 0, "Return the current time in nanoseconds since the Epoch."},
    {"perf_counter", time_perf_counter, 0, "Performance counter for benchmarking."},
    {"perf_counter_ns", time_perf_counter_ns, 0, "Performance counter for benchmarking as nanoseconds."},
    {"monotonic", time_monotonic, 0, "Monotonic clock, cannot go backward."},
    {"monotonic_ns", time_monotonic_ns, 0, "Monotonic clock, cannot go backward, as nanoseconds."},
    {"process_time", time_process_time, 0, "Process time for profiling: sum of the kernel and user-space CPU time."},
    {"process_time_ns", time_process_time_ns, 0, "Process time for profiling as nanoseconds."},
    {"thread_time", time_thread_time, 0, "Thread time for profiling."},
    {"thread_time_ns", time_thread_time_ns, 0, "Thread time for profiling as nanoseconds."},
    {"sleep", time_sleep, 0, "Delay execution for a given number of seconds."},
    {NULL, NULL, 0, NULL}};

SlValue sl_mod_time_init(SlVM *vm) {
    SlValue m = sl_module_new(vm, "time");
    if (!m) return SL_NULL;
    if (!sl_module_add_functions(vm, m, time_functions)) {
        sl_decref(vm, m);
        return SL_NULL;
    }
    return m;
}
