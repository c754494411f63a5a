/* runtime.h: creating an interpreter and running programs in it (used by
 * main, the REPL and, later, lessons). */
#ifndef SL_RUNTIME_H
#define SL_RUNTIME_H

#include "vm.h"

/* Run source text as module __main__ (or in the given globals).
 * Returns true if it ran to the end; false after an uncaught exception,
 * which is left pending in vm->exc. */
bool sl_run_source(SlVM *vm, const char *src, size_t len, const char *filename, SlValue globals);

/* Handle the pending exception at the top level: SystemExit sets
 * vm->exit_code (and prints its message); anything else prints the
 * traceback and sets exit_code 1, or -SIGINT for KeyboardInterrupt (the
 * process should then end by SIGINT, as CPython's does). */
void sl_report_exception(SlVM *vm);

#endif
