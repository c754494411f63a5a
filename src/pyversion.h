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

typedef struct SlPyVersion {
    int major, minor, micro;          /* the release measured: 3.12.1 */
    const char *name;                 /* "3.12" */
    const char *banner;               /* sys.version text */

    /* Tracebacks and messages */
    bool traceback_carets;            /* 3.11+: ~~~^^^ lines under the failing expression */
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
    bool repl_numbered_inputs;        /* 3.13: REPL inputs are files "<python-input-N>" (else "<stdin>") */
} SlPyVersion;

extern const SlPyVersion sl_py_versions[];   /* ends with a row whose name is NULL */
extern const int sl_py_nversions;
const SlPyVersion *sl_py_version_find(const char *name);   /* NULL if unsupported */
const SlPyVersion *sl_py_version_default(void);             /* 3.13 */
/* "3.8, 3.9, 3.10, 3.11, 3.12, 3.13" */
const char *sl_py_version_list(void);

#endif
