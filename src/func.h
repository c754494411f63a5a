/* func.h: functions, bound methods, built-in functions, cells, and the
 * descriptor types (staticmethod, classmethod, property, member and
 * method descriptors).
 */
#ifndef SL_FUNC_H
#define SL_FUNC_H

#include "code.h"

typedef struct SlFunction {
    SlObject ob;
    SlCode *code;          /* func_code */
    SlValue globals;       /* dict */
    SlValue builtins;      /* dict */
    SlValue name, qualname;
    SlValue defaults;      /* tuple or SL_NULL */
    SlValue kwdefaults;    /* dict or SL_NULL */
    SlValue closure;       /* tuple of cells or SL_NULL */
    SlValue doc;           /* __doc__ */
    SlValue dict;          /* __dict__ or SL_NULL */
    SlValue module;        /* __module__ */
    SlValue annotations;   /* dict or SL_NULL */
    SlValue weaklist;
} SlFunction;

typedef struct SlMethod {  /* a bound method */
    SlObject ob;
    SlValue func;          /* __func__ */
    SlValue self;          /* __self__ */
    SlValue weaklist;      /* im_weakreflist */
} SlMethod;

/* A function written in C: module functions (self = module or SL_NULL) and
 * methods of built-in types bound to an instance (self = the instance). */
typedef struct SlBuiltin {
    SlObject ob;
    const SlMethodDef *def;
    SlValue self;          /* __self__ or SL_NULL */
    SlValue module;        /* __module__ name or SL_NULL */
    SlValue weaklist;      /* m_weakreflist */
} SlBuiltin;

typedef struct SlCell {
    SlObject ob;
    SlValue contents;      /* ob_ref; SL_NULL when empty */
} SlCell;

/* A descriptor for a C method of a built-in type (e.g. list.append):
 * binding it to an instance gives an SlBuiltin. */
typedef struct SlMethodDescr {
    SlObject ob;
    SlType *owner;
    const SlMethodDef *def;
} SlMethodDescr;

/* A descriptor for a C getter/setter (e.g. function.__name__). */
typedef struct SlGetSetDescr {
    SlObject ob;
    SlType *owner;
    const SlGetSetDef *def;
} SlGetSetDescr;

/* A slot of a class with __slots__: CPython's member_descriptor. */
typedef struct SlMemberDescr {
    SlObject ob;
    SlType *owner;         /* the class that declared the slot */
    SlValue name;          /* the (mangled) slot name */
    uint32_t offset;       /* slotlab byte offset of the SlValue in the instance */
    uint32_t cpython_offset; /* offset in the modelled CPython layout (memmodel) */
} SlMemberDescr;

typedef struct SlStaticMethod {  /* also classmethod */
    SlObject ob;
    SlValue callable;
    SlValue dict;
} SlStaticMethod;

typedef struct SlProperty {
    SlObject ob;
    SlValue fget, fset, fdel, doc;
    SlValue name;          /* from __set_name__ (3.10+ messages) */
} SlProperty;

extern SlType sl_function_type, sl_method_type, sl_builtin_type, sl_cell_type,
    sl_method_descr_type, sl_getset_descr_type, sl_member_descr_type,
    sl_staticmethod_type, sl_classmethod_type, sl_property_type,
    sl_wrapper_descr_type;

#define SL_IS_FUNCTION(v) (SL_IS_OBJ(v) && SL_AS_OBJ(v)->type == &sl_function_type)

SlValue sl_function_new(SlVM *vm, SlCode *code, SlValue globals, SlValue qualname);
SlValue sl_method_new(SlVM *vm, SlValue func, SlValue self);
SlValue sl_cell_new(SlVM *vm, SlValue contents);   /* contents may be SL_NULL */
/* A built-in function object for def, bound to self (may be SL_NULL). */
SlValue sl_builtin_new(SlVM *vm, const SlMethodDef *def, SlValue self, SlValue module);

#endif
