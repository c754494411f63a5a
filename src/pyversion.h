/* pyversion.h: the CPython versions slotlab models, one row each.
 *
 * Every behaviour that differs between CPython versions is a field of
 * SlPyVersion: a reader answers "what changes between 3.11 and 3.12?" by
 * reading the table in pyversion.c.  Code takes the row as an argument
 * (usually vm->ver) and never tests version numbers itself.
 */
#ifndef SL_PYVERSION_H
#define SL_PYVERSION_H

#include <stdbool.h>

/* Facts about CPython's object memory (64-bit Linux) that the memory model
 * (layout.c, memmodel.c) needs.  Struct sizes of built-in types come from
 * cpython_types.h; these are the rules around them. */
typedef struct SlMemFacts {
    unsigned gc_header;               /* bytes of PyGC_Head before a GC object */
    bool pre_for_managed_dict;        /* 3.11+: two pre-header words if MANAGED_DICT */
    bool pre_for_managed_weakref;     /* 3.12+: ... or if MANAGED_WEAKREF */
    int dict_layout;                  /* SL_DICT_IN_OBJECT (<=3.10), SL_DICT_MANAGED_311, SL_DICT_MANAGED */
    bool inline_values;               /* 3.13: INLINE_VALUES for classes whose basicsize is 16 */
    int attr_storage;                 /* SL_ATTRS_SPLIT_DICT (<=3.10), SL_ATTRS_VALUES (3.11/3.12), SL_ATTRS_INLINE (3.13) */
    unsigned heap_type_flags;         /* tp_flags of a new class before inheritance */
    unsigned dictkeys_header;         /* sizeof(PyDictKeysObject) without the tables: 40, 3.11+ 32 */
    bool dict_str_entries16;          /* 3.11+: 16-byte entries when every key is a str */
    bool dict_call_prealloc;          /* 3.8/3.9: dict() allocates an 8-slot table at once */
    bool log2_keysize_bitlength;      /* 3.11+: calculate_log2_keysize's bit trick (16 slots below 8) */
    bool zero_has_digit;              /* 3.11+: int 0 (and False) have one digit */
    bool int_lv_tag;                  /* 3.12+: ob_size became lv_tag (digits << 3 | sign) */
    bool int_medium_whole;            /* 3.11+: PyLong_FromLong of |v| < 2**30 allocates a whole
                                       * PyLongObject (32 bytes, not 28) */
    int list_growth;                  /* SL_LIST_GROWTH_38 or SL_LIST_GROWTH_39 (over-allocation rule) */
    int list_const_literal;           /* list display of constants: 0 exact (3.8), 1 grown (3.9), 2 even (3.10+) */
    bool list_from_sized_even;        /* 3.10+: list(tuple/list/range) rounds the capacity up to even */
    bool list_init_prealloc;          /* 3.8-3.12: list.__init__ preallocates len(iterable) first */
    unsigned str_ascii_header;        /* sizeof(PyASCIIObject): 48, 3.12+ 40 */
    unsigned str_compact_header;      /* sizeof(PyCompactUnicodeObject): 72, 3.12+ 56 */
    unsigned static_type_size;        /* sizeof(PyTypeObject) */
    bool static_type_gc_quirk;        /* 3.11/3.12: getsizeof(int) adds a GC header */
    unsigned pool_size;               /* pymalloc pool: 4 KiB, 3.10+ 16 KiB */
    unsigned arena_size;              /* pymalloc arena: 256 KiB, 3.10+ 1 MiB */
    unsigned baseline_rss_kib;        /* ru_maxrss of the bare interpreter running a script */
} SlMemFacts;

enum { SL_DICT_IN_OBJECT, SL_DICT_MANAGED_311, SL_DICT_MANAGED };
enum { SL_ATTRS_SPLIT_DICT, SL_ATTRS_VALUES, SL_ATTRS_INLINE };
enum { SL_LIST_GROWTH_38, SL_LIST_GROWTH_39 };
enum { SL_USTR_AT_START, SL_USTR_BUFFER_38, SL_USTR_BUFFER_39 };
enum { SL_LOOPJUMP_TARGET, SL_LOOPJUMP_STMT, SL_LOOPJUMP_TEST_311, SL_LOOPJUMP_TEST };
enum { SL_NUL_ERROR, SL_NUL_READ_38, SL_NUL_READ_39, SL_NUL_READ_310 };

typedef struct SlPyVersion {
    int major, minor, micro;          /* the release measured: 3.12.1 */
    const char *name;                 /* "3.12" */
    const char *banner;               /* sys.version text */

    /* Tracebacks and messages */
    bool traceback_carets;            /* 3.11+: ~~~^^^ lines under the failing expression */
    int loop_jump_pos;                /* where a loop's jump back to its start is (Ctrl-C is noticed there,
                                         so a KeyboardInterrupt's traceback shows it): at the instruction
                                         jumped to (SL_LOOPJUMP_TARGET, 3.8-3.9, where it is one of several
                                         places); a while loop's statement (SL_LOOPJUMP_STMT, 3.10) or its
                                         test (SL_LOOPJUMP_TEST), unless constant (SL_LOOPJUMP_TEST_311,
                                         3.11); a for loop's last instruction (3.10+) */
    bool name_suggestions;            /* 3.10+: ". Did you mean: 'x'?" */
    bool syntax_error_new_parser;     /* 3.10+: "expected ':'" style messages */

    /* Message texts that changed between versions */
    bool msg_qualname_in_call_errors; /* 3.10+: "C.m() takes ..." (else "m() takes ...") */
    bool msg_unset_slot_names_type;   /* 3.10+: "'P' object has no attribute 'x'" (else "x") */
    bool msg_del_missing_attr_full;   /* 3.11+: same for del of a missing attribute (else "x") */
    bool msg_no_dict_for_new_attrs;   /* 3.13: "... and no __dict__ for setting new attributes" */
    bool msg_weakref_slot_short;      /* 3.12+: "__weakref__ slot disallowed: we already got one" */
    bool msg_immutable_type_setattr;  /* 3.10+: "cannot set 'x' attribute of immutable type 'int'" */
    bool msg_unbound_local_new;       /* 3.11+: "cannot access local variable 'x' where ..." */
    bool with_protocol_typeerror;     /* 3.11+: TypeError "... context manager protocol" (else AttributeError) */
    int property_msg_style;           /* 0: "can't set attribute"; 1 (3.10): "... 'x'"; 2 (3.11+): "property 'x' of 'C' object has no setter" */
    bool immortal_objects;            /* 3.12+: getrefcount(None) is 2**32 - 1 */
    bool main_path_absolute;          /* 3.9+: the script's __file__ and traceback path are absolute */
    bool setattr_error_context;       /* 3.13: AttributeError from a failed attribute write carries
                                         .name/.obj (so "Did you mean"); the "no __dict__" suffix
                                         only when type(obj) uses object.__setattr__ */
    bool msg_class_assign_heap_types; /* 3.8-3.9: "... only supported for heap types or ..." */
    bool msg_init_subclass_unnamed;   /* 3.8: "__init_subclass__() takes no keyword arguments" */
    bool object_getstate;             /* 3.11+: object.__getstate__ exists */
    bool weakref_old_type_names;      /* 3.8-3.9: <class 'weakref'>, 'weakproxy', 'weakcallableproxy'
                                         (else weakref.ReferenceType, ProxyType, CallableProxyType) */
    bool mappingproxy_hash;           /* 3.12+: hash(mappingproxy) hashes the mapping (else unhashable) */
    bool repl_numbered_inputs;        /* 3.13: REPL inputs are files "<python-input-N>" (else "<stdin>") */

    /* complex (complex.c) */
    bool complex_floor_stubs;         /* 3.8-3.9: complex has __int__, __float__, __floordiv__, __mod__,
                                         __divmod__ (and reflected) that only raise TypeError ("can't
                                         convert complex to int"); 3.10+ has none of them */
    bool complex_dunder_complex;      /* 3.11+: complex.__complex__ exists */

    /* Limits (issue 7) */
    int int_max_str_digits;           /* sys.int_info.default_max_str_digits: 4300 in every modelled release
                                         (3.8.18, 3.9.18, 3.10.13 have the backported limit) */
    bool msg_int_limit_digits_word;   /* 3.11+: "Exceeds the limit (4300 digits) ..." (else "(4300)") */
    const char *pep263_url;           /* in the non-UTF-8 source message */
    int non_utf8_line_offset;         /* 3.10: the non-UTF-8 message names line N+1 */
    bool tab_error_at_eol;            /* 3.8: a TabError's offset is past the end of its line */
    bool parser_overflow_msg;         /* 3.12+: the parser's MemoryError says "Parser stack overflowed - ..."
                                         (else it is a bare MemoryError) */
    int ifexp_parse_limit;            /* longest `x if c else ...` chain (else branches) the parser takes (3.8: 1679, 3.9-3.11: 5967, 3.12+: 5966) */
    bool sum_from_long;               /* 3.8-3.11: sum() of ints makes its result with PyLong_FromLong */
    int ifexp_compile_limit;          /* 3.9-3.12: longer chains hit the compile recursion limit (2998); 0: none */
    bool parser_s_push_notice;        /* 3.8: "s_push: parser stack overflow" on stderr for too deep source
                                         (as 100 nested brackets are, whatever follows) */
    bool non_utf8_file_line;          /* 3.8: 'File "x.py", line N' above the non-UTF-8 message */
    bool msg_eol_string;              /* 3.8-3.9: "EOL while scanning string literal", "EOF while scanning
                                         triple-quoted string literal" (else "unterminated ...") */
    int nul_source;                   /* NUL bytes in source.  SL_NUL_ERROR (3.11+): "source code (string)
                                         cannot contain null bytes" (SyntaxError).  3.8-3.10 raise
                                         ValueError for strings, but a file's line reader (C strings)
                                         drops each line's text from its NUL on, joining what is left
                                         to the next line; a line that starts with NUL is read as
                                         nothing: SL_NUL_READ_38 counts it and reads on, even inside a
                                         token; SL_NUL_READ_39 too, but its errors show the file's
                                         line; SL_NUL_READ_310 skips it uncounted between tokens and
                                         ends the source inside one */
    bool msg_control_char_syntax;     /* 3.8-3.10: an ASCII control character in code is "invalid syntax"
                                         (one character long), not "invalid non-printable character U+0001" */
    int unterminated_string_style;    /* where an unterminated string's SyntaxError points (files):
                                         SL_USTR_AT_START (3.10+: the opening quote);
                                         SL_USTR_BUFFER_38: at the end of the tokenizer's buffer (the
                                         lines from the string's first, whose text is shown; an EOF
                                         one or two lines past the end), offset in characters;
                                         SL_USTR_BUFFER_39: the same in bytes, showing that line of
                                         the file where it exists */
    bool msg_index_int_required;      /* 3.8-3.9: "an integer is required (got type str)" where an
                                         int argument is converted (else "'str' object cannot be interpreted ...") */

    /* The gc module (gc.c) */
    int gc_threshold0;                /* gc.get_threshold()[0]: 700, 3.13 2000 */
    bool gc_resurrect_all;            /* 3.8: one object resurrected by __del__ keeps the whole
                                         unreachable set alive (3.9+: only what it reaches) */
    bool gc_is_finalized;             /* 3.9+: gc.is_finalized() exists */
    bool gc_clinic_names;             /* 3.9+: "gc.is_tracked() takes exactly one argument ..." */
    bool empty_frozenset_singleton;   /* 3.8/3.9: frozenset() is always the same object */
    bool tracemalloc_clinic;          /* 3.9+: "_tracemalloc.get_traced_memory() takes no arguments",
                                       * start(nframe) limit 65535 (3.8: 178956969) */
    bool gc_varargs_clinic;           /* 3.13: "gc.set_threshold requires 1 to 3 arguments",
                                         "gc.get_referents() takes no keyword arguments" */
    int gc_startup_tracked;           /* objects CPython's start-up leaves tracked (gc.freeze() right
                                         after "import gc; gc.collect()" freezes this many); slotlab's
                                         start-up objects are immortal statics the collector never sees */

    /* The array module (mod_array.c) */
    bool array_clinic_names;          /* 3.9+: "array.count() takes exactly one argument ..." (else "count()") */
    bool array_index_range;           /* 3.10+: array.index(x, start, stop) (else index(x) only) */
    bool array_w_typecode;            /* 3.13: the 'w' type code is listed in array.typecodes */

    SlMemFacts mem;                   /* object memory: see SlMemFacts */
} SlPyVersion;

extern const SlPyVersion sl_py_versions[];   /* ends with a row whose name is NULL */
extern const int sl_py_nversions;
const SlPyVersion *sl_py_version_find(const char *name);   /* NULL if unsupported */
const SlPyVersion *sl_py_version_default(void);             /* 3.13 */
/* "3.8, 3.9, 3.10, 3.11, 3.12, 3.13" */
const char *sl_py_version_list(void);

#endif
