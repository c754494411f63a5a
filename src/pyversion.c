/* pyversion.c: the table of modelled CPython versions (one row each). */
#include "pyversion.h"

#include <string.h>

/* One row per version; read a column top to bottom to see when a
 * behaviour changed.  Named fields keep the rows readable. */
#define ROW(maj, min, mic, nm)                                                 \
    .major = maj, .minor = min, .micro = mic, .name = nm, .banner = #maj "." #min "." #mic

const SlPyVersion sl_py_versions[] = {
    {ROW(3, 8, 18, "3.8"), .property_msg_style = 0},
    {ROW(3, 9, 18, "3.9"), .property_msg_style = 0, .main_path_absolute = true},
    {ROW(3, 10, 13, "3.10"), .main_path_absolute = true, .name_suggestions = true, .syntax_error_new_parser = true,
     .msg_qualname_in_call_errors = true, .msg_unset_slot_names_type = true,
     .msg_immutable_type_setattr = true, .property_msg_style = 1},
    {ROW(3, 11, 7, "3.11"), .main_path_absolute = true, .traceback_carets = true, .name_suggestions = true,
     .syntax_error_new_parser = true, .msg_qualname_in_call_errors = true,
     .msg_unset_slot_names_type = true, .msg_del_missing_attr_full = true,
     .msg_immutable_type_setattr = true, .msg_unbound_local_new = true,
     .with_protocol_typeerror = true, .property_msg_style = 2},
    {ROW(3, 12, 1, "3.12"), .main_path_absolute = true, .traceback_carets = true, .name_suggestions = true,
     .syntax_error_new_parser = true, .msg_qualname_in_call_errors = true,
     .msg_unset_slot_names_type = true, .msg_del_missing_attr_full = true,
     .msg_weakref_slot_short = true, .msg_immutable_type_setattr = true,
     .msg_unbound_local_new = true, .with_protocol_typeerror = true, .property_msg_style = 2,
     .immortal_objects = true},
    {ROW(3, 13, 0, "3.13"), .main_path_absolute = true, .repl_numbered_inputs = true, .traceback_carets = true, .name_suggestions = true,
     .syntax_error_new_parser = true, .msg_qualname_in_call_errors = true,
     .msg_unset_slot_names_type = true, .msg_del_missing_attr_full = true,
     .msg_no_dict_for_new_attrs = true, .msg_weakref_slot_short = true,
     .msg_immutable_type_setattr = true, .msg_unbound_local_new = true,
     .with_protocol_typeerror = true, .property_msg_style = 2, .immortal_objects = true},
    {.name = NULL},
};
const int sl_py_nversions = 6;

const SlPyVersion *sl_py_version_find(const char *name) {
    for (const SlPyVersion *v = sl_py_versions; v->name; v++)
        if (strcmp(v->name, name) == 0) return v;
    return NULL;
}

const SlPyVersion *sl_py_version_default(void) { return &sl_py_versions[sl_py_nversions - 1]; }

const char *sl_py_version_list(void) { return "3.8, 3.9, 3.10, 3.11, 3.12, 3.13"; }
