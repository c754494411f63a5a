/* main.c: the command line (as python3 users expect it). */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "code.h"
#include "errors.h"
#include "module.h"
#include "pyversion.h"
#include "repl.h"
#include "runtime.h"
#include "str.h"
#include "vm.h"

#define SLOTLAB_VERSION "0.1"

static void usage(FILE *f) {
    fprintf(f,
            "usage: slotlab [--python X.Y] [-c cmd | file | -] [arg] ...\n"
            "Runs Python code and shows how CPython lays out its objects in memory.\n"
            "\n"
            "  file          run a Python file (a lesson or any script)\n"
            "  -             read the program from standard input\n"
            "  -c cmd        run the program passed as a string\n"
            "  -i            enter the REPL after running the file or command\n"
            "  --python X.Y  model CPython X.Y (%s; default %s)\n"
            "  --version     print the version and exit\n"
            "  -h, --help    print this help and exit\n"
            "With no file and a terminal on standard input, slotlab starts a REPL.\n",
            sl_py_version_list(), sl_py_version_default()->name);
}

typedef struct {
    int argc;
    char **argv;
    int status;
} MainArgs;

static volatile sig_atomic_t *interrupt_flag;
static void on_sigint(int sig) {
    (void)sig;
    if (interrupt_flag) *interrupt_flag = 1;
}

void sl_main_set_interrupt_target(volatile sig_atomic_t *flag) { interrupt_flag = flag; }

static char *read_all(FILE *f, size_t *len) {
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap + 1);
    if (!buf) return NULL;
    size_t got;
    while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *nb = realloc(buf, cap * 2 + 1);
            if (!nb) {
                free(buf);
                return NULL;
            }
            buf = nb;
            cap *= 2;
        }
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* os.path.abspath: cwd + path with "." and ".." segments removed */
static char *absolute_path(const char *path) {
    char cwd[4096];
    size_t n = strlen(path);
    char *joined;
    if (path[0] == '/' || !getcwd(cwd, sizeof cwd)) {
        joined = strdup(path);
    } else {
        joined = malloc(strlen(cwd) + n + 2);
        if (joined) sprintf(joined, "%s/%s", cwd, path);
    }
    if (!joined) return NULL;
    char *out = malloc(strlen(joined) + 2);
    if (!out) return joined;
    size_t o = 0;
    for (char *seg = strtok(joined, "/"); seg; seg = strtok(NULL, "/")) {
        if (strcmp(seg, ".") == 0) continue;
        if (strcmp(seg, "..") == 0) {
            while (o > 0 && out[o - 1] != '/') o--;
            if (o > 0) o--;
            continue;
        }
        out[o++] = '/';
        strcpy(out + o, seg);
        o += strlen(seg);
    }
    if (o == 0) out[o++] = '/';
    out[o] = '\0';
    free(joined);
    return out;
}

static int real_main(int argc, char **argv) {
    const SlPyVersion *ver = sl_py_version_default();
    const char *cmd = NULL, *file = NULL;
    bool inspect = false, dis = false;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--python") == 0 || strncmp(a, "--python=", 9) == 0) {
            const char *v = a[8] == '=' ? a + 9 : (i + 1 < argc ? argv[++i] : NULL);
            if (!v) {
                fprintf(stderr, "slotlab: --python needs a version (one of %s)\n", sl_py_version_list());
                return 2;
            }
            ver = sl_py_version_find(v);
            if (!ver) {
                fprintf(stderr, "slotlab: unsupported Python version '%s'; supported versions: %s\n", v,
                        sl_py_version_list());
                return 2;
            }
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
            printf("slotlab %s (models Python %d.%d.%d)\n", SLOTLAB_VERSION, ver->major, ver->minor, ver->micro);
            return 0;
        } else if (strcmp(a, "--dis") == 0) {
            dis = true;
        } else if (strcmp(a, "-i") == 0) {
            inspect = true;
        } else if (strcmp(a, "-c") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "Argument expected for the -c option\n");
                usage(stderr);
                return 2;
            }
            cmd = argv[++i];
            i++;
            break;
        } else if (strcmp(a, "-") == 0) {
            file = "-";
            i++;
            break;
        } else if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "slotlab: unknown option %s\n", a);
            usage(stderr);
            return 2;
        } else {
            file = a;
            i++;
            break;
        }
    }
    /* sys.argv: as python3: [file or '-c' or ''] + the rest */
    int nargs = argc - i + 1;
    char **sargv = calloc((size_t)nargs + 1, sizeof(char *));
    sargv[0] = cmd ? "-c" : file ? (char *)file : "";
    for (int k = 1; k < nargs; k++) sargv[k] = argv[i + k - 1];

    SlVM *vm = sl_vm_new(ver, nargs, sargv);
    free(sargv);
    if (!vm) {
        fprintf(stderr, "slotlab: out of memory at start-up\n");
        return 1;
    }
    sl_main_set_interrupt_target(&vm->interrupted);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigaction(SIGINT, &sa, NULL);

    int status = 0;
    if (cmd) {
        if (!sl_run_source(vm, cmd, strlen(cmd), "<string>", SL_NULL)) {
            sl_report_exception(vm);
            status = vm->exit_code;
        }
    } else if (file) {
        size_t len = 0;
        char *src, *abs_name = NULL;
        const char *fname = file;
        if (strcmp(file, "-") == 0) {
            src = read_all(stdin, &len);
            fname = "<stdin>";
        } else {
            /* as CPython: the path as given (3.8) or made absolute (3.9+) */
            char *shown = vm->ver->main_path_absolute ? absolute_path(file) : NULL;
            const char *show = shown ? shown : file;
            struct stat st;
            FILE *f = NULL;
            if (stat(file, &st) == 0 && S_ISDIR(st.st_mode)) {
                fprintf(stderr, "slotlab: can't find '__main__' module in '%s'\n", show);
                free(shown);
                sl_vm_free(vm);
                return 1;
            }
            f = fopen(file, "rb");
            if (!f) {
                int e = errno;
                fprintf(stderr, "slotlab: can't open file '%s': [Errno %d] %s\n", show, e, strerror(e));
                free(shown);
                sl_vm_free(vm);
                return 2;
            }
            free(shown);
            src = read_all(f, &len);
            fclose(f);
            /* imports resolve beside the script: its real directory, as
             * CPython's sys.path[0] */
            const char *slash = strrchr(file, '/');
            char *dir = slash ? strndup(file, (size_t)(slash - file) + (slash == file)) : strdup(".");
            char *real = realpath(dir, NULL);
            vm->script_dir = real ? real : dir;
            if (real) free(dir);
            if (vm->ver->main_path_absolute) fname = abs_name = absolute_path(file);
        }
        if (!src) {
            free(abs_name);
            fprintf(stderr, "slotlab: out of memory reading '%s'\n", fname);
            sl_vm_free(vm);
            return 1;
        }
        if (dis) {
            SlCode *co = sl_compile(vm, src, len, fname, SL_COMPILE_FILE, NULL);
            if (co) sl_code_disassemble(vm, co);
            else sl_report_exception(vm);
            free(src);
            sl_vm_free(vm);
            return co ? 0 : 1;
        }
        SlValue fn = sl_str_from_cstr(vm, fname);
        sl_module_add(vm, vm->main_module, "__file__", fn);
        sl_module_add(vm, vm->main_module, "__cached__", SL_NONE);
        sl_decref(vm, fn);
        if (!sl_run_source(vm, src, len, fname, SL_NULL)) {
            sl_report_exception(vm);
            status = vm->exit_code;
            if (inspect && status != 0 && !vm->exit_code) inspect = true;
        }
        free(src);
        free(abs_name);
    } else if (!isatty(0)) {
        size_t len = 0;
        char *src = read_all(stdin, &len);
        if (src && !sl_run_source(vm, src, len, "<stdin>", SL_NULL)) {
            sl_report_exception(vm);
            status = vm->exit_code;
        }
        free(src);
    } else {
        inspect = true;
    }
    if (inspect) status = sl_repl(vm, !cmd && !file);
    SlValue r = sl_call_method(vm, vm->stdout_obj, "flush", NULL, 0);
    if (r) sl_decref(vm, r);
    else sl_exc_clear(vm);
    sl_vm_free(vm);
    return status;
}

static void *thread_main(void *p) {
    MainArgs *a = p;
    a->status = real_main(a->argc, a->argv);
    return NULL;
}

int main(int argc, char **argv) {
    /* Python calls recurse in C, so run on a large stack: deep recursion
     * then ends in RecursionError, never in a crash. */
    MainArgs a = {argc, argv, 0};
    pthread_attr_t attr;
    pthread_t th;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, (size_t)1 << 30);
    sigset_t sigint;
    sigemptyset(&sigint);
    sigaddset(&sigint, SIGINT);
    if (pthread_create(&th, &attr, thread_main, &a) != 0) {
        a.status = real_main(argc, argv);
    } else {
        /* Ctrl-C must reach the interpreter's thread, so that a blocking
         * read (input()) returns EINTR there: this thread waits with it blocked */
        pthread_sigmask(SIG_BLOCK, &sigint, NULL);
        pthread_join(th, NULL);
    }
    if (a.status == -SIGINT) {
        /* an uncaught KeyboardInterrupt: end by the signal, as CPython does */
        fflush(NULL);
        signal(SIGINT, SIG_DFL);
        pthread_sigmask(SIG_UNBLOCK, &sigint, NULL);
        raise(SIGINT);
        return 128 + SIGINT;
    }
    return a.status;
}
