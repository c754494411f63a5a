/* repl.h: the interactive prompt. */
#ifndef SL_REPL_H
#define SL_REPL_H

#include "vm.h"

/* Run the REPL until EOF or SystemExit; returns the exit status. */
int sl_repl(SlVM *vm, bool banner);

#endif
