/* repl.c: the interactive prompt: ">>> " and "... ", multi-line blocks,
 * echo of expression values, tracebacks that leave the session running,
 * Ctrl-C that cancels the line or interrupts running code, Ctrl-D to leave.
 * Uses GNU readline when the build found it (line editing and history). */
#include "repl.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "errors.h"
#include "module.h"
#include "runtime.h"
#include "str.h"

#ifdef SL_HAVE_READLINE
#include <readline/history.h>
#include <readline/readline.h>
#endif

static SlVM *repl_vm;

#ifdef SL_HAVE_READLINE
static int getc_interruptible(FILE *f) {
    for (;;) {
        int c = fgetc(f);
        if (c != EOF) return c;
        if (errno == EINTR && repl_vm && repl_vm->interrupted) {
            clearerr(f);
            rl_done = 1;
            return '\n';
        }
        if (errno == EINTR) {
            clearerr(f);
            continue;
        }
        return EOF;
    }
}
#endif

/* One line without its newline (malloc'd), or NULL at EOF. */
static char *read_line(const char *prompt, bool *interrupted) {
    *interrupted = false;
    fflush(stdout);
#ifdef SL_HAVE_READLINE
    if (isatty(0)) {
        repl_vm->interrupted = 0;
        char *line = readline(prompt);
        if (repl_vm->interrupted) {
            repl_vm->interrupted = 0;
            *interrupted = true;
            free(line);
            return strdup("");
        }
        if (line && *line) add_history(line);
        return line;
    }
#endif
    fputs(prompt, stdout);
    fflush(stdout);
    size_t cap = 256, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        int c = fgetc(stdin);
        if (c == EOF) {
            if (errno == EINTR && repl_vm->interrupted) {
                repl_vm->interrupted = 0;
                clearerr(stdin);
                *interrupted = true;
                buf[0] = '\0';
                return buf;
            }
            if (n == 0) {
                free(buf);
                return NULL;
            }
            break;
        }
        if (c == '\n') break;
        if (n + 2 >= cap) buf = realloc(buf, cap *= 2);
        buf[n++] = (char)c;
    }
    buf[n] = '\0';
    return buf;
}

int sl_repl(SlVM *vm, bool banner) {
    repl_vm = vm;
    vm->interactive = true;
#ifdef SL_HAVE_READLINE
    rl_getc_function = getc_interruptible;
    rl_catch_signals = 0;
#endif
    if (banner)
        printf("slotlab 0.1, modelling Python %d.%d.%d\n"
               "Type Python code; Ctrl-D leaves.\n",
               vm->ver->major, vm->ver->minor, vm->ver->micro);
    SlBuf src;
    sl_buf_init(&src);
    int counter = 0;
    for (;;) {
        bool interrupted;
        char *line = read_line(src.len ? "... " : ">>> ", &interrupted);
        if (!line) {
            putchar('\n');
            break;
        }
        if (interrupted) {
            fputs("\nKeyboardInterrupt\n", stderr);
            free(line);
            src.len = 0;
            continue;
        }
        sl_buf_adds(&src, line);
        sl_buf_addc(&src, '\n');
        bool blank = line[strspn(line, " \t")] == '\0';
        free(line);
        if (src.len == 1 && blank) {
            src.len = 0;
            continue;
        }
        char fname[40];
        if (vm->ver->repl_numbered_inputs) snprintf(fname, sizeof fname, "<python-input-%d>", counter);
        else snprintf(fname, sizeof fname, "<stdin>");
        bool incomplete = false;
        SlCode *code = sl_compile(vm, src.data, src.len, fname, SL_COMPILE_SINGLE, &incomplete);
        if (!code && incomplete &&
            (!sl_exc_occurred(vm) || !blank || !sl_exc_matches(vm, SL_EXC(IndentationError)))) {
            sl_exc_clear(vm);
            continue; /* ask for more with "... " */
        }
        counter++;
        sl_source_register(vm, fname, src.data, src.len);
        src.len = 0;
        if (!code) {
            sl_report_exception(vm);
            continue;
        }
        vm->interrupted = 0;
        SlValue r = sl_vm_run_code(vm, code, SL_MODULE_DICT(vm->main_module), SL_NULL);
        sl_decref(vm, SL_OBJ(code));
        if (r) {
            sl_decref(vm, r);
        } else if (sl_exc_matches(vm, SL_EXC(SystemExit))) {
            sl_report_exception(vm);
            sl_buf_free(&src);
            return vm->exit_code;
        } else {
            sl_report_exception(vm);
        }
        SlValue fl = sl_call_method(vm, vm->stdout_obj, "flush", NULL, 0);
        if (fl) sl_decref(vm, fl);
        else sl_exc_clear(vm);
    }
    sl_buf_free(&src);
    return 0;
}
