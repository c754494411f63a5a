/* io.h: the text streams sys.stdout, sys.stderr and sys.stdin.
 *
 * One type, CPython's _io.TextIOWrapper as far as a program can see it:
 * write/flush/isatty/fileno for output streams, readline/read/readlines
 * for input, and the attributes name, encoding, mode, errors, closed.
 * Output goes straight to the C FILE of an SlWriter, so buffering is the C
 * library's: line-buffered on a terminal, fully buffered otherwise, and
 * stderr unbuffered (as CPython's streams behave).
 */
#ifndef SL_IO_H
#define SL_IO_H

#include <stdio.h>

#include "object.h"

typedef struct SlWriter SlWriter;

extern SlType sl_textio_type;

/* A writable stream on w (w must outlive the object: it lives in the VM).
 * name is what .name shows, e.g. "<stdout>".  New reference. */
SlValue sl_io_new_writer(SlVM *vm, SlWriter *w, const char *name);
/* A readable stream on fp ("<stdin>").  New reference. */
SlValue sl_io_new_reader(SlVM *vm, FILE *fp, const char *name);

/* Is v one of our own open output streams (exact type, so that no Python
 * code could have replaced write)?  Then print() may use sl_io_write_raw
 * instead of calling v.write(s). */
bool sl_io_is_raw_writer(SlValue v);
/* Write UTF-8 bytes to such a stream (never fails: a closed pipe is ignored
 * as CPython ignores it until the final flush). */
void sl_io_write_raw(SlValue v, const char *s, size_t n);
/* Is v one of our own open input streams, and its FILE (else NULL)? */
FILE *sl_io_raw_reader(SlValue v);
/* Read one line from fp (newline kept; "" at end of file) as a str.
 * KeyboardInterrupt when a SIGINT arrived while waiting. */
SlValue sl_io_read_line(SlVM *vm, FILE *fp);

#endif
