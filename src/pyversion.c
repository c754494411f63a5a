/* pyversion.c: the table of modelled CPython versions (one row each). */
#include "pyversion.h"

#include <string.h>

/* One row per version; read a column top to bottom to see when a
 * behaviour changed.  Named fields keep the rows readable. */
#define ROW(maj, min, mic, nm)                                                 \
    .major = maj, .minor = min, .micro = mic, .name = nm, .banner = #maj "." #min "." #mic, \
    .int_max_str_digits = 4300

const SlPyVersion sl_py_versions[] = {
    {ROW(3, 8, 18, "3.8"), .sum_from_long = true, .ifexp_parse_limit = 1679, .loop_jump_pos = SL_LOOPJUMP_TARGET, .empty_frozenset_singleton = true, .parser_s_push_notice = true, .tab_error_at_eol = true, .gc_startup_tracked = 4483, .gc_threshold0 = 700, .gc_resurrect_all = true, .non_utf8_file_line = true, .msg_eol_string = true, .unterminated_string_style = SL_USTR_BUFFER_38, .nul_source = SL_NUL_READ_38, .msg_control_char_syntax = true, .msg_index_int_required = true, .pep263_url = "http://python.org/dev/peps/pep-0263/", .property_msg_style = 0, .msg_class_assign_heap_types = true,
     .msg_init_subclass_unnamed = true, .weakref_old_type_names = true, .complex_floor_stubs = true,
     .mem = {.list_init_prealloc = true, .gc_header = 16, .dict_layout = SL_DICT_IN_OBJECT, .attr_storage = SL_ATTRS_SPLIT_DICT, .heap_type_flags = 0x45600, .dictkeys_header = 40, .dict_call_prealloc = true, .list_growth = SL_LIST_GROWTH_38, .list_const_literal = 0, .str_ascii_header = 48, .str_compact_header = 72, .static_type_size = 416, .pool_size = 4096, .arena_size = 256 << 10, .baseline_rss_kib = 7410}},
    {ROW(3, 9, 18, "3.9"), .sum_from_long = true, .ifexp_parse_limit = 5967, .ifexp_compile_limit = 2998, .loop_jump_pos = SL_LOOPJUMP_TARGET, .empty_frozenset_singleton = true, .gc_startup_tracked = 4596, .gc_threshold0 = 700, .gc_is_finalized = true, .gc_clinic_names = true, .msg_eol_string = true, .unterminated_string_style = SL_USTR_BUFFER_39, .nul_source = SL_NUL_READ_39, .msg_control_char_syntax = true, .msg_index_int_required = true, .pep263_url = "https://python.org/dev/peps/pep-0263/", .property_msg_style = 0, .main_path_absolute = true,
     .msg_class_assign_heap_types = true, .weakref_old_type_names = true, .tracemalloc_clinic = true,
     .complex_floor_stubs = true,
     .array_clinic_names = true,
     .mem = {.list_init_prealloc = true, .gc_header = 16, .dict_layout = SL_DICT_IN_OBJECT, .attr_storage = SL_ATTRS_SPLIT_DICT, .heap_type_flags = 0x45600, .dictkeys_header = 40, .dict_call_prealloc = true, .list_growth = SL_LIST_GROWTH_39, .list_const_literal = 1, .str_ascii_header = 48, .str_compact_header = 72, .static_type_size = 408, .pool_size = 4096, .arena_size = 256 << 10, .baseline_rss_kib = 7690}},
    {ROW(3, 10, 13, "3.10"), .sum_from_long = true, .ifexp_parse_limit = 5967, .ifexp_compile_limit = 2998, .loop_jump_pos = SL_LOOPJUMP_STMT, .gc_startup_tracked = 4719, .gc_threshold0 = 700, .gc_is_finalized = true, .gc_clinic_names = true, .non_utf8_line_offset = 1, .nul_source = SL_NUL_READ_310, .msg_control_char_syntax = true, .pep263_url = "https://python.org/dev/peps/pep-0263/", .main_path_absolute = true, .name_suggestions = true, .syntax_error_new_parser = true,
     .msg_qualname_in_call_errors = true, .msg_unset_slot_names_type = true,
     .msg_immutable_type_setattr = true, .property_msg_style = 1, .tracemalloc_clinic = true,
     .array_clinic_names = true, .array_index_range = true,
     .mem = {.list_init_prealloc = true, .gc_header = 16, .dict_layout = SL_DICT_IN_OBJECT, .attr_storage = SL_ATTRS_SPLIT_DICT, .heap_type_flags = 0x5600, .dictkeys_header = 40, .list_growth = SL_LIST_GROWTH_39, .list_const_literal = 2, .list_from_sized_even = true, .str_ascii_header = 48, .str_compact_header = 72, .static_type_size = 408, .pool_size = 16384, .arena_size = 1 << 20, .baseline_rss_kib = 7700}},
    {ROW(3, 11, 7, "3.11"), .sum_from_long = true, .ifexp_parse_limit = 5967, .ifexp_compile_limit = 2998, .loop_jump_pos = SL_LOOPJUMP_TEST_311, .gc_startup_tracked = 11092, .gc_threshold0 = 700, .gc_is_finalized = true, .gc_clinic_names = true, .msg_int_limit_digits_word = true,
     .pep263_url = "https://peps.python.org/pep-0263/", .main_path_absolute = true, .traceback_carets = true, .name_suggestions = true,
     .syntax_error_new_parser = true, .msg_qualname_in_call_errors = true,
     .msg_unset_slot_names_type = true, .msg_del_missing_attr_full = true,
     .msg_immutable_type_setattr = true, .msg_unbound_local_new = true,
     .with_protocol_typeerror = true, .property_msg_style = 2, .object_getstate = true, .complex_dunder_complex = true, .tracemalloc_clinic = true,
     .array_clinic_names = true, .array_index_range = true,
     .mem = {.list_init_prealloc = true, .gc_header = 16, .pre_for_managed_dict = true, .dict_layout = SL_DICT_MANAGED_311, .attr_storage = SL_ATTRS_VALUES, .heap_type_flags = 0x5600, .dictkeys_header = 32, .dict_str_entries16 = true, .log2_keysize_bitlength = true, .zero_has_digit = true, .int_medium_whole = true, .list_growth = SL_LIST_GROWTH_39, .list_const_literal = 2, .list_from_sized_even = true, .str_ascii_header = 48, .str_compact_header = 72, .static_type_size = 408, .static_type_gc_quirk = true, .pool_size = 16384, .arena_size = 1 << 20, .baseline_rss_kib = 13390}},
    {ROW(3, 12, 1, "3.12"), .ifexp_parse_limit = 5966, .ifexp_compile_limit = 2998, .parser_overflow_msg = true, .loop_jump_pos = SL_LOOPJUMP_TEST, .gc_startup_tracked = 5349, .gc_threshold0 = 700, .gc_is_finalized = true, .gc_clinic_names = true, .msg_int_limit_digits_word = true,
     .pep263_url = "https://peps.python.org/pep-0263/", .main_path_absolute = true, .traceback_carets = true, .name_suggestions = true,
     .syntax_error_new_parser = true, .msg_qualname_in_call_errors = true,
     .msg_unset_slot_names_type = true, .msg_del_missing_attr_full = true,
     .msg_weakref_slot_short = true, .msg_immutable_type_setattr = true,
     .msg_unbound_local_new = true, .with_protocol_typeerror = true, .property_msg_style = 2,
     .immortal_objects = true, .object_getstate = true, .complex_dunder_complex = true, .mappingproxy_hash = true, .tracemalloc_clinic = true,
     .array_clinic_names = true, .array_index_range = true,
     .mem = {.list_init_prealloc = true, .gc_header = 16, .pre_for_managed_dict = true, .pre_for_managed_weakref = true, .dict_layout = SL_DICT_MANAGED, .attr_storage = SL_ATTRS_VALUES, .heap_type_flags = 0x5600, .dictkeys_header = 32, .dict_str_entries16 = true, .log2_keysize_bitlength = true, .zero_has_digit = true, .int_medium_whole = true, .list_growth = SL_LIST_GROWTH_39, .list_const_literal = 2, .list_from_sized_even = true, .str_ascii_header = 40, .int_lv_tag = true, .str_compact_header = 56, .static_type_size = 416, .static_type_gc_quirk = true, .pool_size = 16384, .arena_size = 1 << 20, .baseline_rss_kib = 9560}},
    {ROW(3, 13, 0, "3.13"), .ifexp_parse_limit = 5966, .parser_overflow_msg = true, .loop_jump_pos = SL_LOOPJUMP_TEST, .gc_startup_tracked = 5065, .gc_threshold0 = 2000, .gc_is_finalized = true, .gc_clinic_names = true, .gc_varargs_clinic = true, .msg_int_limit_digits_word = true,
     .pep263_url = "https://peps.python.org/pep-0263/", .main_path_absolute = true, .repl_numbered_inputs = true, .traceback_carets = true, .name_suggestions = true,
     .syntax_error_new_parser = true, .msg_qualname_in_call_errors = true,
     .msg_unset_slot_names_type = true, .msg_del_missing_attr_full = true,
     .msg_no_dict_for_new_attrs = true, .msg_weakref_slot_short = true,
     .msg_immutable_type_setattr = true, .msg_unbound_local_new = true,
     .with_protocol_typeerror = true, .property_msg_style = 2, .immortal_objects = true,
     .object_getstate = true, .complex_dunder_complex = true, .setattr_error_context = true, .mappingproxy_hash = true, .tracemalloc_clinic = true,
     .array_clinic_names = true, .array_index_range = true, .array_w_typecode = true,
     .mem = {.gc_header = 16, .pre_for_managed_dict = true, .pre_for_managed_weakref = true, .dict_layout = SL_DICT_MANAGED, .inline_values = true, .attr_storage = SL_ATTRS_INLINE, .heap_type_flags = 0x5600, .dictkeys_header = 32, .dict_str_entries16 = true, .log2_keysize_bitlength = true, .zero_has_digit = true, .int_medium_whole = true, .list_growth = SL_LIST_GROWTH_39, .list_const_literal = 2, .list_from_sized_even = true, .str_ascii_header = 40, .int_lv_tag = true, .str_compact_header = 56, .static_type_size = 416, .pool_size = 16384, .arena_size = 1 << 20, .baseline_rss_kib = 9240}},
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
