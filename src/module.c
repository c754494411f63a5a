/* module.c: module objects and import.
 *
 * import looks, in order, in sys.modules, the built-in C modules
 * (mod_table.c), the Python modules frozen into the binary (lib/), and
 * NAME.py beside the running script.  Nothing else is reachable: lesson
 * code cannot import from the rest of the file system (sandbox). */
#include "module.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "code.h"
#include "dict.h"
#include "errors.h"
#include "func.h"
#include "mod_table.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"
#include "weakref.h"

SlValue sl_module_new(SlVM *vm, const char *name) {
    SlModule *m = (SlModule *)sl_obj_alloc(vm, &sl_module_type, sizeof(SlModule));
    if (!m) return SL_NULL;
    m->dict = sl_dict_new(vm);
    m->name = sl_str_from_cstr(vm, name);
    /* the keys every CPython module starts with, in its order: the module
     * dict's size (and when it resizes) is part of what tracemalloc sees */
    if (!m->dict || !m->name || !sl_dict_set(vm, m->dict, sl_intern_cstr("__name__"), m->name) ||
        !sl_dict_set(vm, m->dict, sl_intern_cstr("__doc__"), SL_NONE) ||
        !sl_dict_set(vm, m->dict, sl_intern_cstr("__package__"), SL_NONE) ||
        !sl_dict_set(vm, m->dict, sl_intern_cstr("__loader__"), SL_NONE) ||
        !sl_dict_set(vm, m->dict, sl_intern_cstr("__spec__"), SL_NONE)) {
        sl_decref(vm, SL_OBJ(m));
        return SL_NULL;
    }
    return SL_OBJ(m);
}

bool sl_module_add(SlVM *vm, SlValue module, const char *name, SlValue value) {
    return sl_dict_set(vm, SL_MODULE_DICT(module), sl_intern_cstr(name), value);
}

bool sl_module_add_functions(SlVM *vm, SlValue module, const SlMethodDef *defs) {
    SlModule *m = (SlModule *)SL_AS_OBJ(module);
    for (const SlMethodDef *d = defs; d->name; d++) {
        SlValue f = sl_builtin_new(vm, d, module, m->name);
        if (!f) return false;
        bool ok = sl_dict_set(vm, m->dict, sl_intern_cstr(d->name), f);
        sl_decref(vm, f);
        if (!ok) return false;
    }
    return true;
}

static void module_dealloc(SlVM *vm, SlObject *o) {
    SlModule *m = (SlModule *)o;
    if (m->weaklist) sl_weakref_clear_all(vm, SL_OBJ(o));
    sl_xdecref(vm, m->dict);
    sl_xdecref(vm, m->name);
    sl_obj_free(vm, o);
}

static void module_traverse(SlObject *o, SlVisitFn visit, void *arg) {
    SlModule *m = (SlModule *)o;
    if (m->dict) visit(m->dict, arg);
}

static void module_clear(SlVM *vm, SlObject *o) {
    SlModule *m = (SlModule *)o;
    if (m->dict) sl_dict_clear(vm, m->dict);
}

/* flags16 bit: made by calling the module type (types.ModuleType), not by import */
#define MODULE_NO_LOADER 1u

static SlValue module_repr(SlVM *vm, SlValue v) {
    SlModule *m = (SlModule *)SL_AS_OBJ(v);
    SlValue file = sl_dict_get_cstr(m->dict, "__file__");
    if (file && SL_IS_STR(file))
        return sl_str_printf(vm, "<module '%s' from '%s'>", SL_STR_DATA(m->name), SL_STR_DATA(file));
    const char *n = SL_STR_DATA(m->name);
    SlValue dn = sl_dict_get_cstr(m->dict, "__name__");
    if (m->ob.flags16 & MODULE_NO_LOADER)   /* types.ModuleType('m'): no loader, no file */
        return sl_str_printf(vm, "<module '%s'>", dn && SL_IS_STR(dn) ? SL_STR_DATA(dn) : n);
    if (strcmp(n, "sys") == 0 || strcmp(n, "builtins") == 0 || strcmp(n, "gc") == 0 ||
        strcmp(n, "time") == 0 || strcmp(n, "math") == 0)
        return sl_str_printf(vm, "<module '%s' (built-in)>", n);
    return sl_str_printf(vm, "<module '%s' (frozen)>", n);
}

static SlValue module_getattro(SlVM *vm, SlValue obj, SlValue name) {
    SlValue r = sl_generic_getattr(vm, obj, name);
    if (r || !sl_exc_matches(vm, SL_AttributeError)) return r;
    sl_exc_clear(vm);
    SlModule *m = (SlModule *)SL_AS_OBJ(obj);
    SlValue getattr = sl_dict_get_cstr(m->dict, "__getattr__");
    if (getattr) return sl_call1(vm, getattr, name);
    return sl_raise_attribute_error(vm, obj, name, "module '%s' has no attribute '%s'",
                                    SL_STR_DATA(m->name), SL_STR_DATA(name));
}

static bool module_init(SlVM *vm, SlValue self, const SlValue *args, size_t nargs, SlValue kw) {
    (void)kw;
    if (nargs < 1 || !SL_IS_STR(args[0])) {
        sl_raise(vm, SL_TypeError, "module.__init__() argument 'name' must be str");
        return false;
    }
    SlModule *m = (SlModule *)SL_AS_OBJ(self);
    if (!m->dict) m->dict = sl_dict_new(vm);
    if (!m->dict) return false;
    SL_SETREF(vm, m->name, sl_incref(args[0]));
    return sl_dict_set(vm, m->dict, sl_intern_cstr("__name__"), args[0]) &&
           sl_dict_set(vm, m->dict, sl_intern_cstr("__doc__"), nargs > 1 ? args[1] : SL_NONE);
}

static SlValue module_new(SlVM *vm, SlType *type, const SlValue *args, size_t nargs, SlValue kw) {
    (void)args; (void)nargs; (void)kw;
    SlModule *m = (SlModule *)sl_obj_alloc(vm, type, type->basicsize);
    if (!m) return SL_NULL;
    m->dict = sl_dict_new(vm);
    m->name = sl_str_from_cstr(vm, "?");
    m->ob.flags16 |= MODULE_NO_LOADER;
    return SL_OBJ(m);
}

static SlValue module_get_dict(SlVM *vm, SlValue self) {
    (void)vm;
    return sl_incref(((SlModule *)SL_AS_OBJ(self))->dict);
}

static const SlGetSetDef module_getsets[] = {{"__dict__", module_get_dict, NULL, NULL},
                                             {NULL, NULL, NULL, NULL}};

SlType sl_module_type = {
    .ob = SL_STATIC_HEAD(&sl_type_type),
    .name = "module",
    .flags = SL_TPFLAGS_BASETYPE | SL_TPFLAGS_HAVE_GC,
    .basicsize = sizeof(SlModule),
    .dictoffset = offsetof(SlModule, dict),
    .weaklistoffset = offsetof(SlModule, weaklist),
    .dealloc = module_dealloc,
    .traverse = module_traverse,
    .clear = module_clear,
    .new_ = module_new,
    .init = module_init,
    .repr = module_repr,
    .getattro = module_getattro,
    .getsets = module_getsets,
};

/* ---- import ------------------------------------------------------------------------------ */

/* Modules slotlab refuses outright, with a message that says why. */
static const char *const forbidden_modules[] = {
    "os", "subprocess", "socket", "ctypes", "shutil", "pathlib", "io", "signal", "multiprocessing",
    "threading", "_thread", "pty", "fcntl", "posix", "nt", "urllib", "http", "ftplib", "tempfile",
    "glob", "importlib", "marshal", "pickle", "mmap", NULL};

static SlValue run_module_source(SlVM *vm, const char *name, const char *src, size_t len,
                                 const char *filename, bool set_file) {
    SlValue mod = sl_module_new(vm, name);
    if (!mod) return SL_NULL;
    if (set_file) {
        SlValue fn = sl_str_from_cstr(vm, filename);
        if (!fn || !sl_module_add(vm, mod, "__file__", fn) || !sl_module_add(vm, mod, "__cached__", SL_NONE)) {
            sl_xdecref(vm, fn);
            sl_decref(vm, mod);
            return SL_NULL;
        }
        sl_decref(vm, fn);
    }
    SlValue key = sl_str_from_cstr(vm, name);
    if (!key) {
        sl_decref(vm, mod);
        return SL_NULL;
    }
    /* registered before running, so circular imports see the partial module */
    if (!sl_dict_set(vm, vm->modules, key, mod)) {
        sl_decref(vm, key);
        sl_decref(vm, mod);
        return SL_NULL;
    }
    sl_source_register(vm, filename, src, len);
    SlCode *code = sl_compile_source(vm, src, len, filename, SL_COMPILE_FILE, SL_SOURCE_MODULE, NULL);
    SlValue r = code ? sl_vm_run_code(vm, code, SL_MODULE_DICT(mod), SL_NULL) : SL_NULL;
    if (code) sl_decref(vm, SL_OBJ(code));
    if (!r) {
        sl_dict_del(vm, vm->modules, key);
        sl_decref(vm, key);
        sl_decref(vm, mod);
        return SL_NULL;
    }
    sl_decref(vm, r);
    sl_decref(vm, key);
    return mod;
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    fclose(f);
    if (buf) {
        *len = n;
        buf[n < cap ? n : cap - 1] = '\0';
    }
    return buf;
}

/* Whether path, with every symbolic link resolved, is a file directly in
 * dir (a symlink must not lead an import out of the lesson's folder). */
static bool inside_dir(const char *path, const char *dir) {
    char *real = realpath(path, NULL);
    char *rdir = realpath(dir, NULL);
    bool ok = false;
    if (real && rdir) {
        size_t n = strlen(rdir);
        const char *rest = real + n;
        ok = strncmp(real, rdir, n) == 0 && (rest[0] == '/' || (n == 1 && rdir[0] == '/')) &&
             !strchr(rest + (rest[0] == '/'), '/');
    }
    free(real);
    free(rdir);
    return ok;
}

SlValue sl_import(SlVM *vm, SlValue name) {
    SlValue m = sl_dict_get(vm, vm->modules, name);
    if (m) return sl_incref(m);
    if (sl_exc_occurred(vm)) return SL_NULL;
    const char *n = SL_STR_DATA(name);
    for (const char *const *fm = forbidden_modules; *fm; fm++)
        if (strcmp(*fm, n) == 0 || (strncmp(*fm, n, strlen(*fm)) == 0 && n[strlen(*fm)] == '.'))
            return sl_raise_import_error(vm, SL_EXC(ImportError), name, SL_NULL,
                                         "slotlab does not allow importing '%s': lesson code "
                                         "cannot reach files, processes or the network", n);
    for (const SlBuiltinModule *b = sl_builtin_modules; b->name; b++) {
        if (strcmp(b->name, n) == 0) {
            SlValue mod = b->init(vm);
            if (!mod) return SL_NULL;
            if (!sl_dict_set(vm, vm->modules, name, mod)) {
                sl_decref(vm, mod);
                return SL_NULL;
            }
            return mod;
        }
    }
    for (const SlFrozenModule *fz = sl_frozen_modules; fz->name; fz++) {
        if (strcmp(fz->name, n) == 0) {
            char fname[128];
            snprintf(fname, sizeof fname, "<frozen %s>", fz->name);
            return run_module_source(vm, fz->name, fz->source, fz->size, fname, false);
        }
    }
    /* NAME.py beside the script: only plain identifiers, no paths */
    bool plain = n[0] != '\0';
    for (const char *p = n; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
              *p == '_'))
            plain = false;
    if (plain) {
        const char *dir = vm->script_dir ? vm->script_dir : ".";
        size_t plen = strlen(dir) + strlen(n) + 8;
        char *path = malloc(plen);
        if (!path) return sl_raise_nomemory(vm);
        if (strcmp(dir, ".") == 0) snprintf(path, plen, "%s.py", n);
        else snprintf(path, plen, "%s/%s.py", dir, n);
        struct stat st;
        if (stat(path, &st) == 0 && S_ISREG(st.st_mode) && !inside_dir(path, dir)) {
            free(path);
            return sl_raise_import_error(vm, SL_EXC(ImportError), name, SL_NULL,
                                         "slotlab does not allow importing '%s': its file is a link to "
                                         "somewhere outside the lesson's folder", n);
        }
        if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
            size_t len;
            char *src = read_file(path, &len);
            if (!src) {
                free(path);
                return sl_raise(vm, SL_EXC(ImportError), "cannot read module file for '%s'", n);
            }
            SlValue mod = run_module_source(vm, n, src, len, path, true);
            free(src);
            free(path);
            return mod;
        }
        free(path);
    }
    return sl_raise_import_error(vm, SL_EXC(ModuleNotFoundError), name, SL_NULL,
                                 "No module named '%s'", n);
}

SlValue sl_import_cstr(SlVM *vm, const char *name) {
    SlValue n = sl_str_from_cstr(vm, name);
    if (!n) return SL_NULL;
    SlValue m = sl_import(vm, n);
    sl_decref(vm, n);
    return m;
}
