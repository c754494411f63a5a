/* symtable.h: symbol tables (which scope each name belongs to), built from
 * the AST before code generation, as CPython's Python/symtable.c.
 * Internal to the compiler. */
#ifndef SL_SYMTABLE_H
#define SL_SYMTABLE_H

#include "ast.h"
#include "lexer.h"

typedef enum { SL_BLOCK_MODULE, SL_BLOCK_FUNCTION, SL_BLOCK_CLASS } SlBlockType;

/* symbol flags (CPython's DEF_*) */
enum {
    SL_DEF_GLOBAL = 1,
    SL_DEF_LOCAL = 2,
    SL_DEF_PARAM = 4,
    SL_DEF_NONLOCAL = 8,
    SL_DEF_USE = 16,
    SL_DEF_FREE_CLASS = 64,
    SL_DEF_IMPORT = 128,
    SL_DEF_ANNOT = 256,
    SL_DEF_COMP_ITER = 512,
};
#define SL_DEF_BOUND (SL_DEF_LOCAL | SL_DEF_PARAM | SL_DEF_IMPORT)

/* resolved scopes */
enum {
    SL_SCOPE_NONE = 0,
    SL_SCOPE_LOCAL,
    SL_SCOPE_GLOBAL_EXPLICIT,
    SL_SCOPE_GLOBAL_IMPLICIT,
    SL_SCOPE_FREE,
    SL_SCOPE_CELL,
};

typedef enum {
    SL_COMP_NONE, SL_COMP_LIST, SL_COMP_SET, SL_COMP_DICT, SL_COMP_GENEXP,
} SlCompKind;

typedef struct SlSymbol {
    SlId name;
    int flags;
    int scope;
    SlAstPos directive;     /* position of the global/nonlocal statement */
} SlSymbol;

typedef struct SlScope SlScope;
struct SlScope {
    SlBlockType type;
    SlId name;
    const void *key;        /* the AST node (SlStmt* or SlExpr*) */
    SlScope *parent;
    SlScope **children;
    int nchildren, capchildren;
    SlSymbol *syms;
    int nsyms, capsyms;
    int *index;             /* hash index into syms (capindex slots, -1 empty) */
    int capindex;
    SlId *params;           /* parameters in order (co_varnames start) */
    int nparams, capparams;
    bool generator;
    bool nested;
    bool has_free, child_free;
    bool needs_class_closure;
    bool is_lambda;
    SlCompKind comp;        /* comprehension scope kind */
    bool comp_iter_target;
    int comp_iter_expr;
    SlId private_;          /* class name for mangling (inherited) */
    bool has_annotations;   /* module/class with simple annotated names */
};

typedef struct SlSymtable {
    SlArena *arena;
    const char *buf;
    size_t len;
    SlSyntaxErr *err;
    SlScope *top;
    SlScope *cur;
    SlScope **stack;
    int nstack, capstack;
    SlId private_;
    /* node -> scope map */
    const void **keys;
    SlScope **vals;
    size_t nmap, capmap;
    int depth;
    bool failed;
    SlId id_super, id_class, id_dot0;
} SlSymtable;

/* Build the tables; false with *err filled on error. */
bool sl_symtable_build(SlSymtable *st, SlArena *arena, SlModuleAst *mod, const char *buf,
                       size_t len, SlSyntaxErr *err, bool eval_mode);
void sl_symtable_free(SlSymtable *st);
SlScope *sl_symtable_lookup(SlSymtable *st, const void *key);
/* scope (SL_SCOPE_*) and flags of a name in a scope; 0 if unknown */
int sl_scope_get(SlScope *s, SlId name, int *flags);
bool sl_scope_function_like(const SlScope *s);
/* _Py_Mangle: "_Class__name" for private names inside a class */
SlId sl_mangle(SlArena *arena, SlId private_, SlId name);

/* Fill err for an error at an AST position, with CPython's compiler/
 * symtable offsets (byte columns + 1, not converted to characters). */
void sl_syntax_err_at(SlSyntaxErr *err, SlAstPos pos, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 3, 4)))
#endif
    ;

#endif
