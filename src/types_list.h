/* types_list.h: every static type, so types.c can ready them all. */
#ifndef SL_TYPES_LIST_H
#define SL_TYPES_LIST_H

#include "object.h"

extern SlType sl_notimpl_type, sl_ellipsis_type, sl_generator_type, sl_traceback_type,
    sl_module_type, sl_code_type, sl_super_type, sl_wrapper_descr_type, sl_method_wrapper_type,
    sl_version_info_type, sl_int_info_type;
extern SlType *const sl_exception_types[];
extern SlType sl_tuple_iter_type, sl_list_iter_type, sl_list_reviter_type, sl_dict_keys_type,
    sl_dict_values_type, sl_dict_items_type, sl_dict_keyiter_type, sl_dict_valueiter_type,
    sl_dict_itemiter_type, sl_dict_revkeyiter_type, sl_dict_revvalueiter_type,
    sl_dict_revitemiter_type, sl_set_iter_type, sl_range_iter_type, sl_longrange_iter_type,
    sl_seqiter_type, sl_calliter_type, sl_enumerate_type, sl_zip_type, sl_map_type,
    sl_filter_type, sl_reversed_type;   /* errors.c, NULL-terminated */
extern SlType sl_bytearray_type, sl_bytearray_iter_type, sl_bytes_iter_type, sl_str_iter_type,
    sl_str_ascii_iter_type, sl_textio_type, sl_quitter_type;
extern SlType sl_weakref_type, sl_weakproxy_type, sl_weakcallableproxy_type; /* weakref.c */
extern SlType sl_mappingproxy_type; /* mappingproxy.c */
extern SlType sl_complex_type;      /* complex.c */

#define SL_STATIC_TYPES(X)                                                     \
    X(sl_none_type) X(sl_notimpl_type) X(sl_ellipsis_type)                     \
    X(sl_int_type) X(sl_bool_type) X(sl_float_type) X(sl_complex_type)         \
    X(sl_str_type)                                                             \
    X(sl_bytes_type) X(sl_list_type) X(sl_tuple_type) X(sl_dict_type)          \
    X(sl_set_type) X(sl_frozenset_type) X(sl_range_type) X(sl_slice_type)      \
    X(sl_function_type) X(sl_method_type) X(sl_builtin_type) X(sl_cell_type)   \
    X(sl_method_descr_type) X(sl_getset_descr_type) X(sl_member_descr_type)    \
    X(sl_wrapper_descr_type) X(sl_method_wrapper_type)                         \
    X(sl_staticmethod_type) X(sl_classmethod_type)                             \
    X(sl_property_type) X(sl_super_type) X(sl_module_type) X(sl_code_type)     \
    X(sl_generator_type) X(sl_traceback_type) X(sl_version_info_type) X(sl_int_info_type) \
    X(sl_tuple_iter_type) X(sl_list_iter_type) X(sl_list_reviter_type)       \
    X(sl_dict_keys_type) X(sl_dict_values_type) X(sl_dict_items_type)        \
    X(sl_dict_keyiter_type) X(sl_dict_valueiter_type) X(sl_dict_itemiter_type) \
    X(sl_dict_revkeyiter_type) X(sl_dict_revvalueiter_type)                  \
    X(sl_dict_revitemiter_type) X(sl_set_iter_type) X(sl_range_iter_type)    \
    X(sl_longrange_iter_type) X(sl_seqiter_type) X(sl_calliter_type)         \
    X(sl_enumerate_type) X(sl_zip_type) X(sl_map_type) X(sl_filter_type)     \
    X(sl_reversed_type) X(sl_bytearray_type) X(sl_bytearray_iter_type)     \
    X(sl_bytes_iter_type) X(sl_str_iter_type) X(sl_str_ascii_iter_type)      \
    X(sl_textio_type) X(sl_quitter_type)                                     \
    X(sl_weakref_type) X(sl_weakproxy_type) X(sl_weakcallableproxy_type)     \
    X(sl_mappingproxy_type)

#endif
