/* errors.h: raising and inspecting exceptions; the built-in exception
 * hierarchy; traceback printing.
 *
 * Raising from C: `return sl_raise(vm, SL_TypeError, "fmt", ...);`
 * sl_raise formats like printf (%s takes a C string; use sl_type_name(v)
 * for type names and sl_repr_cstr-style helpers for reprs) and always
 * returns SL_NULL so it can end an SlValue function directly.
 */
#ifndef SL_ERRORS_H
#define SL_ERRORS_H

#include "code.h"

/* name, base (CPython's hierarchy, in an order where each base comes first) */
#define SL_EXCEPTIONS(X)                                                       \
    X(BaseException, object)                                                   \
    X(SystemExit, BaseException)                                               \
    X(KeyboardInterrupt, BaseException)                                        \
    X(GeneratorExit, BaseException)                                            \
    X(Exception, BaseException)                                                \
    X(StopIteration, Exception)                                                \
    X(StopAsyncIteration, Exception)                                           \
    X(ArithmeticError, Exception)                                              \
    X(FloatingPointError, ArithmeticError)                                     \
    X(OverflowError, ArithmeticError)                                          \
    X(ZeroDivisionError, ArithmeticError)                                      \
    X(AssertionError, Exception)                                               \
    X(AttributeError, Exception)                                               \
    X(BufferError, Exception)                                                  \
    X(EOFError, Exception)                                                     \
    X(ImportError, Exception)                                                  \
    X(ModuleNotFoundError, ImportError)                                        \
    X(LookupError, Exception)                                                  \
    X(IndexError, LookupError)                                                 \
    X(KeyError, LookupError)                                                   \
    X(MemoryError, Exception)                                                  \
    X(NameError, Exception)                                                    \
    X(UnboundLocalError, NameError)                                            \
    X(OSError, Exception)                                                      \
    X(FileNotFoundError, OSError)                                              \
    X(FileExistsError, OSError)                                                \
    X(PermissionError, OSError)                                                \
    X(IsADirectoryError, OSError)                                              \
    X(TimeoutError, OSError)                                                   \
    X(BlockingIOError, OSError)                                                \
    X(ChildProcessError, OSError)                                              \
    X(ConnectionError, OSError)                                                \
    X(BrokenPipeError, ConnectionError)                                        \
    X(ConnectionAbortedError, ConnectionError)                                 \
    X(ConnectionRefusedError, ConnectionError)                                 \
    X(ConnectionResetError, ConnectionError)                                   \
    X(InterruptedError, OSError)                                               \
    X(NotADirectoryError, OSError)                                             \
    X(ProcessLookupError, OSError)                                             \
    X(ReferenceError, Exception)                                               \
    X(RuntimeError, Exception)                                                 \
    X(NotImplementedError, RuntimeError)                                       \
    X(RecursionError, RuntimeError)                                            \
    X(PythonFinalizationError, RuntimeError)                                   \
    X(SyntaxError, Exception)                                                  \
    X(IndentationError, SyntaxError)                                           \
    X(TabError, IndentationError)                                              \
    X(_IncompleteInputError, SyntaxError)                                      \
    X(SystemError, Exception)                                                  \
    X(TypeError, Exception)                                                    \
    X(ValueError, Exception)                                                   \
    X(UnicodeError, ValueError)                                                \
    X(UnicodeDecodeError, UnicodeError)                                        \
    X(UnicodeEncodeError, UnicodeError)                                        \
    X(UnicodeTranslateError, UnicodeError)                                     \
    X(Warning, Exception)                                                      \
    X(UserWarning, Warning)                                                    \
    X(DeprecationWarning, Warning)                                             \
    X(PendingDeprecationWarning, Warning)                                      \
    X(SyntaxWarning, Warning)                                                  \
    X(RuntimeWarning, Warning)                                                 \
    X(FutureWarning, Warning)                                                  \
    X(ImportWarning, Warning)                                                  \
    X(UnicodeWarning, Warning)                                                 \
    X(BytesWarning, Warning)                                                   \
    X(ResourceWarning, Warning)                                                \
    X(EncodingWarning, Warning)

#define X(name, base) extern SlType sl_exc_##name;
SL_EXCEPTIONS(X)
#undef X
#define SL_EXC(name) (&sl_exc_##name)
#define SL_TypeError SL_EXC(TypeError)
#define SL_ValueError SL_EXC(ValueError)
#define SL_IndexError SL_EXC(IndexError)
#define SL_KeyError SL_EXC(KeyError)
#define SL_AttributeError SL_EXC(AttributeError)
#define SL_NameError SL_EXC(NameError)
#define SL_ZeroDivisionError SL_EXC(ZeroDivisionError)
#define SL_OverflowError SL_EXC(OverflowError)
#define SL_RuntimeError SL_EXC(RuntimeError)
#define SL_StopIteration SL_EXC(StopIteration)
#define SL_MemoryError SL_EXC(MemoryError)
#define SL_SystemError SL_EXC(SystemError)
#define SL_NotImplementedError SL_EXC(NotImplementedError)

/* The instance layout of every exception (BaseException's fields). */
typedef struct SlException {
    SlObject ob;
    SlValue dict;          /* __dict__ (SL_NULL until needed) */
    SlValue args;          /* tuple */
    SlValue traceback;     /* SlTraceback or SL_NULL */
    SlValue context;       /* __context__ or SL_NULL */
    SlValue cause;         /* __cause__ or SL_NULL */
    bool suppress_context; /* __suppress_context__ */
    SlValue notes;         /* reserved (__notes__ lives in dict, as CPython's) */
} SlException;

/* Exception families with attributes of their own (CPython's
 * PySyntaxErrorObject etc.): the fields follow the SlException header and
 * read as None while SL_NULL.  Every subclass shares its family's layout. */
typedef struct SlSyntaxErrorObject {   /* SyntaxError, IndentationError, TabError */
    SlException base;
    SlValue msg, filename, lineno, offset, text, end_lineno, end_offset, print_file_and_line;
} SlSyntaxErrorObject;
typedef struct SlImportErrorObject {   /* ImportError, ModuleNotFoundError */
    SlException base;
    SlValue msg, name, path, name_from;
} SlImportErrorObject;
typedef struct SlStopIterationObject {
    SlException base;
    SlValue value;
} SlStopIterationObject;
typedef struct SlSystemExitObject {
    SlException base;
    SlValue code;
} SlSystemExitObject;
typedef struct SlAttributeErrorObject {
    SlException base;
    SlValue obj, name;
} SlAttributeErrorObject;
typedef struct SlNameErrorObject {     /* NameError, UnboundLocalError */
    SlException base;
    SlValue name;
} SlNameErrorObject;
typedef struct SlOSErrorObject {       /* OSError and its subclasses */
    SlException base;
    SlValue myerrno, strerror, filename, filename2;
    SlValue written;       /* characters_written (an int), SL_NULL while unset */
} SlOSErrorObject;
typedef struct SlUnicodeErrorObject {  /* UnicodeError and its subclasses */
    SlException base;
    SlValue encoding, object, start, end, reason;
} SlUnicodeErrorObject;

/* Every built-in exception type, NULL-terminated, bases first (for the
 * type registry and the builtins module). */
extern SlType *const sl_exception_types[];
/* Does the builtins module of version v have this exception type?
 * (EncodingWarning is 3.10+; PythonFinalizationError and
 * _IncompleteInputError are 3.13.) */
struct SlPyVersion;
bool sl_exc_type_in_version(const SlType *t, const struct SlPyVersion *v);

/* A new, initialised instance of type (a BaseException subclass, built-in
 * or user-defined) with args (msg_str,), or () when msg_str is SL_NULL.
 * Nothing is raised (SL_NULL only on failure, with that exception set). */
SlValue sl_exc_make(SlVM *vm, SlType *type, SlValue msg_str);
/* `raise exc from cause`: cause is an exception instance or None (a class
 * must already have been called by the VM); sets __cause__ and
 * __suppress_context__.  False with TypeError "exception causes must
 * derive from BaseException" otherwise. */
bool sl_exc_set_cause(SlVM *vm, SlValue exc, SlValue cause);
/* OSError(errnum, strerror(errnum)[, filename]) mapped to its subclass
 * (ENOENT -> FileNotFoundError, ...), as CPython's
 * PyErr_SetFromErrnoWithFilenameObject.  filename may be SL_NULL.
 * "[Errno 2] No such file or directory: 'x.txt'" */
SlValue sl_raise_oserror(SlVM *vm, int errnum, SlValue filename);
/* ImportError / ModuleNotFoundError with .name (and .path) set;
 * name and path may be SL_NULL. */
SlValue sl_raise_import_error(SlVM *vm, SlType *type, SlValue name, SlValue path,
                              const char *fmt, ...);
/* The exception instance's args tuple (borrowed; () if unset). */
SlValue sl_exc_args(SlValue exc);

/* One traceback entry (CPython's traceback object): the code being run
 * and the instruction that raised; entries are chained innermost last,
 * as __traceback__.tb_next. */
typedef struct SlTraceback {
    SlObject ob;
    SlValue next;          /* tb_next or SL_NULL */
    SlCode *code;          /* tb_frame.f_code */
    SlValue globals;       /* tb_frame.f_globals (for NameError suggestions) */
    uint32_t lasti;        /* tb_lasti: unit index of the failing instruction */
    /* What the suggestions of NameError/AttributeError need from the
     * innermost frame once it is gone (CPython keeps tb_frame alive
     * instead): the value of its `self` local, and the names bound in its
     * f_locals (3.13).  Only filled in for the innermost entry of a
     * NameError or AttributeError; SL_NULL otherwise. */
    SlValue frame_self;
    SlValue frame_names;   /* tuple of str; None: f_locals is f_globals (module level) */
} SlTraceback;
extern SlType sl_traceback_type;

/* Record that exc passed through (code, lasti): called by the VM as an
 * exception leaves each frame, innermost first (prepends an entry). */
bool sl_traceback_add(SlVM *vm, SlValue exc, SlCode *code, SlValue globals, uint32_t lasti);

/* AttributeError with .name and .obj set (3.10+ suggestions read them). */
SlValue sl_raise_attribute_error(SlVM *vm, SlValue obj, SlValue name, const char *fmt, ...);
/* NameError / UnboundLocalError; .name is set for NameError only (as
 * CPython, so an UnboundLocalError gets no "Did you mean"). */
SlValue sl_raise_name_error(SlVM *vm, SlType *type, SlValue name, const char *fmt, ...);

/* Source text registry, so tracebacks can show lines of any compiled
 * source without reading files again.  Only what CPython's linecache
 * would find is kept: real files; pseudo-files ("<stdin>", "<string>")
 * are ignored, except in 3.13: "<string>" (the -c command) and the new
 * REPL's "<python-input-N>" inputs. */
void sl_source_register(SlVM *vm, const char *filename, const char *src, size_t len);

/* Raise type(msg) with a printf-formatted message; returns SL_NULL.  An
 * empty fmt ("") raises type() with no arguments (PyErr_SetNone), e.g.
 * KeyboardInterrupt.  Chains the exception being handled as __context__. */
SlValue sl_raise(SlVM *vm, SlType *type, const char *fmt, ...);
/* Raise an exception instance or class (a class is instantiated with no
 * arguments); takes ownership of exc.  Returns SL_NULL. */
SlValue sl_raise_value(SlVM *vm, SlValue exc);
/* Raise type(arg) with a single argument object (e.g. KeyError(key)). */
SlValue sl_raise_arg(SlVM *vm, SlType *type, SlValue arg);
SlValue sl_raise_nomemory(SlVM *vm);
/* StopIteration(value) for a generator return */
SlValue sl_raise_stopiteration(SlVM *vm, SlValue value);

/* SyntaxError (or IndentationError / TabError) for the compiler.
 * lineno/offset are 1-based (offset in characters as CPython reports it);
 * end_* may be 0; text is the source line (a newline is appended, as
 * CPython's SyntaxError.text has one).  3.8-3.9: args carry no end position. */
SlValue sl_raise_syntax_error(SlVM *vm, SlType *type, const char *msg,
                              const char *filename, int lineno, int offset,
                              int end_lineno, int end_offset, const char *text);
/* The same with text exactly as given: CPython 3.10+'s tokenizer errors
 * carry their line without its newline. */
SlValue sl_raise_syntax_error_raw(SlVM *vm, SlType *type, const char *msg,
                              const char *filename, int lineno, int offset,
                              int end_lineno, int end_offset, const char *text,
                                  bool add_newline);

/* Is there a pending exception, and is it an instance of type? */
bool sl_exc_occurred(SlVM *vm);
bool sl_exc_matches(SlVM *vm, SlType *type);
/* Take the pending exception (new reference) and clear it. */
SlValue sl_exc_fetch(SlVM *vm);
void sl_exc_clear(SlVM *vm);

/* Per-version behaviour of exceptions and tracebacks.  Two facts come
 * from SlPyVersion; the others are not (yet) columns of the version table,
 * so sl_err_features derives them, in this one place, from the release. */
typedef struct SlErrFeatures {
    bool carets;          /* 3.11+: caret lines under the failing expression */
    bool suggestions;     /* 3.10+: ". Did you mean: 'x'?"; name=/obj= keywords */
    bool pytraceback;     /* 3.13: printed by Lib/traceback.py, else by C code */
    bool qualname;        /* 3.9+: the last line names a class by __qualname__ (else __name__) */
    bool main_prefix;     /* <= 3.10: classes of __main__ print as "__main__.Name" */
    bool notes;           /* 3.11+: add_note() and __notes__ printed after the message */
    bool self_and_import; /* 3.12+: "Did you mean: 'self.x'?", "Did you forget to import 'm'?" */
    bool limit_1000;      /* <= 3.12: only the last sys.tracebacklimit (1000) entries */
    int syntax_style;     /* SyntaxError block: 8 (3.8), 9 (3.9), 10 (3.10-3.12), 13 (3.13) */
} SlErrFeatures;
SlErrFeatures sl_err_features(const struct SlPyVersion *v);

/* The traceback module (print_exc, format_exc, print_exception,
 * format_exception, format_exception_only, print_tb, format_tb), which
 * formats as the version's Lib/traceback.py (before 3.13 that differs
 * from what the interpreter prints).  traceback.c; for mod_table.c. */
SlValue sl_mod_traceback_init(SlVM *vm);

/* Print "Traceback (most recent call last): ..." and the last line, as
 * the chosen CPython version does, to the VM's error writer. */
void sl_print_exception(SlVM *vm, SlValue exc);
/* PyErr_WriteUnraisable: "Exception ignored in: <repr of obj>" and the
 * pending exception's traceback, then the exception is cleared. */
void sl_write_unraisable(SlVM *vm, SlValue obj);

#endif
