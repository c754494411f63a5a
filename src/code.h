/* code.h: code objects (what the compiler produces and the VM runs) and
 * the compiler's entry point.
 */
#ifndef SL_CODE_H
#define SL_CODE_H

#include "object.h"

/* Source position of one instruction unit, as CPython's co_positions:
 * lines are 1-based, columns are 0-based UTF-8 byte offsets in the line.
 * end_col is exclusive.  A line of 0 means "no position". */
typedef struct SlPos {
    uint32_t line, end_line;
    uint16_t col, end_col;
} SlPos;

/* One inline cache entry; the VM decides what it holds per opcode. */
typedef struct SlCache {
    uint32_t version;   /* type version tag / dict version the entry is valid for */
    uint32_t index;     /* slot offset, dict entry index, ... */
    SlValue ptr;        /* a borrowed object (descriptor, value, ...) */
} SlCache;

enum {
    SL_CO_VARARGS = 1u << 0,     /* has *args */
    SL_CO_VARKEYWORDS = 1u << 1, /* has **kwargs */
    SL_CO_GENERATOR = 1u << 2,   /* contains yield: calling returns a generator */
    SL_CO_NESTED = 1u << 3,
    SL_CO_MODULE = 1u << 4,      /* module-level code */
    SL_CO_CLASS = 1u << 5,       /* class body */
    SL_CO_INTERACTIVE = 1u << 6, /* REPL input */
    SL_CO_COMPREHENSION = 1u << 7,
    SL_CO_LAMBDA = 1u << 8,
};

typedef struct SlCode {
    SlObject ob;
    uint32_t *code;          /* instruction units */
    uint32_t ncode;
    SlPos *positions;        /* one per unit (a cache unit repeats its instruction's) */
    SlCache *caches;         /* ncaches entries, zeroed */
    uint32_t ncaches;

    SlValue consts;          /* tuple */
    SlValue names;           /* tuple of str: global/attribute/import names */
    SlValue varnames;        /* tuple of str: fast locals, arguments first */
    SlValue cellvars;        /* tuple of str: locals captured by inner scopes */
    SlValue freevars;        /* tuple of str: variables from enclosing scopes */
    int32_t *cell2arg;       /* per cellvar: index of the argument it starts as, or -1; NULL if none */

    /* Arguments, in varnames order: positional (posonly first), keyword-only,
     * then *args (if VARARGS), then **kwargs (if VARKEYWORDS). */
    uint32_t argcount;       /* positional, including posonly */
    uint32_t posonlyargcount;
    uint32_t kwonlyargcount;
    uint32_t nlocals;        /* len(varnames) */
    uint32_t nvars;          /* nlocals + cells + free variables: a frame's variable slots */
    uint32_t stacksize;      /* maximum value-stack depth */
    uint32_t flags;          /* SL_CO_* */

    SlValue name;            /* str: function name, "<module>", "<lambda>", "<listcomp>", ... */
    SlValue qualname;        /* str */
    SlValue filename;        /* str */
    SlValue doc;             /* docstring (str) or SL_NULL */
    uint32_t firstlineno;
} SlCode;

extern SlType sl_code_type;

/* Create an empty code object; the compiler fills the fields.  All arrays
 * are allocated with sl_mem_alloc and owned by the code object. */
SlCode *sl_code_new(SlVM *vm);

typedef enum {
    SL_COMPILE_FILE,    /* a module: statements */
    SL_COMPILE_SINGLE,  /* one REPL input: expression statements print via PRINT_EXPR */
    SL_COMPILE_EVAL,    /* a single expression; the code returns its value */
} SlCompileMode;

/* Compile source text (UTF-8) into a code object.  On a syntax error,
 * raises SyntaxError/IndentationError/TabError (with filename, lineno,
 * offset, text, end_lineno, end_offset as CPython) and returns NULL.
 * For SL_COMPILE_SINGLE, *incomplete (if not NULL) is set true when the
 * input ended inside an unfinished block or bracket, so the REPL can ask
 * for more lines ("... ") instead of reporting an error. */
SlCode *sl_compile(SlVM *vm, const char *src, size_t len, const char *filename,
                   SlCompileMode mode, bool *incomplete);

/* Where source text came from.  CPython reads each through a different
 * front end of its tokenizer, and 3.8-3.10 show it in some errors. */
typedef enum {
    SL_SOURCE_FILE,   /* a script, or a program piped to stdin: read line by line */
    SL_SOURCE_BYTES,  /* -c, compile()/exec() of bytes */
    SL_SOURCE_MODULE, /* an imported module's source: read as bytes, but a file to show lines of */
    SL_SOURCE_STR,    /* compile()/exec() of a str */
} SlSourceKind;

/* sl_compile for source of a known kind (sl_compile guesses it from the
 * file name: "<...>" other than "<stdin>" is BYTES, anything else FILE). */
SlCode *sl_compile_source(SlVM *vm, const char *src, size_t len, const char *filename,
                          SlCompileMode mode, SlSourceKind kind, bool *incomplete);

/* Debug aid: print a disassembly of code (and nested code objects). */
void sl_code_disassemble(SlVM *vm, SlCode *code);

#endif
