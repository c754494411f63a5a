/* opcodes.h: every bytecode instruction, listed once (X-macro).
 *
 * An instruction is one 32-bit unit: opcode in the low 8 bits, argument A in
 * the high 24 bits (SL_OP(u), SL_ARG(u)).  Instructions marked CACHE take a
 * second unit holding the index of their inline cache (code->caches[]),
 * assigned by the compiler in order 0, 1, 2, ...
 *
 * The VM is a stack machine.  "[a, b] -> [c]" describes the top of the
 * value stack before and after (rightmost = top).  NULL means an SL_NULL
 * stack entry.  Jump targets are absolute unit indexes into code->code.
 *
 * Each line: X(NAME, CACHE?, stack effect note) — the effect is for
 * documentation; the compiler computes stack depth itself.
 */
#ifndef SL_OPCODES_H
#define SL_OPCODES_H

#define SL_OPCODES(X)                                                          \
    /* --- stack --- */                                                        \
    X(NOP, 0)            /* [] -> [] */                                        \
    X(POP_TOP, 0)        /* [a] -> [] */                                       \
    X(PUSH_NULL, 0)      /* [] -> [NULL] */                                    \
    X(COPY, 0)           /* A>=1: push a new reference to the A-th item (1 = top) */ \
    X(SWAP, 0)           /* A>=2: swap top with the A-th item */               \
    /* --- constants and variables --- */                                      \
    X(LOAD_CONST, 0)     /* [] -> [consts[A]] */                               \
    X(LOAD_FAST, 0)      /* [] -> [locals[A]]; UnboundLocalError if unset */   \
    X(STORE_FAST, 0)     /* [v] -> [], locals[A] = v */                        \
    X(DELETE_FAST, 0)    /* locals[A] = unset; UnboundLocalError if unset */   \
    X(LOAD_DEREF, 0)     /* [] -> [cells[A].contents]; A indexes cellvars then freevars */ \
    X(STORE_DEREF, 0)    /* [v] -> [] */                                       \
    X(DELETE_DEREF, 0)                                                         \
    X(LOAD_CLOSURE, 0)   /* [] -> [cells[A]] (the cell object itself) */      \
    X(LOAD_CLASSDEREF, 0)/* class body reading a free variable: A is a cell index; \
                            the class namespace is searched first (by the cell's \
                            variable name), then the cell */                   \
    X(LOAD_GLOBAL, 1)    /* [] -> [v]: names[A] in globals, then builtins; NameError */ \
    X(STORE_GLOBAL, 1)   /* [v] -> []; cache: globals entry index by keys version */ \
    X(DELETE_GLOBAL, 0)                                                        \
    X(LOAD_NAME, 1)      /* [] -> [v]: names[A] in locals (namespace), globals, builtins; \
                            the cache serves module code (no namespace) as LOAD_GLOBAL's */ \
    X(STORE_NAME, 1)     /* [v] -> []; the cache serves module code: dict entry index */ \
    X(DELETE_NAME, 0)                                                          \
    /* --- attributes and items --- */                                         \
    X(LOAD_ATTR, 1)      /* [obj] -> [obj.names[A]] */                         \
    X(STORE_ATTR, 1)     /* [v, obj] -> [], obj.names[A] = v */                \
    X(DELETE_ATTR, 0)    /* [obj] -> [] */                                     \
    X(LOAD_METHOD, 1)    /* [obj] -> [meth, obj] (unbound method found on the type) \
                            or [attr, NULL]; followed by args and CALL */      \
    X(BINARY_SUBSCR, 0)  /* [obj, key] -> [obj[key]] */                        \
    X(STORE_SUBSCR, 0)   /* [v, obj, key] -> [] */                             \
    X(DELETE_SUBSCR, 0)  /* [obj, key] -> [] */                                \
    X(BUILD_SLICE, 0)    /* A=2: [start, stop] -> [slice]; A=3: [start, stop, step] */ \
    /* --- operators --- */                                                    \
    X(BINARY_OP, 0)      /* [a, b] -> [a op b]; A = SlBinOp (object.h) */      \
    X(INPLACE_OP, 0)     /* [a, b] -> [a op= b]; A = SlBinOp */                \
    X(UNARY_NEGATIVE, 0)                                                       \
    X(UNARY_POSITIVE, 0)                                                       \
    X(UNARY_INVERT, 0)                                                         \
    X(UNARY_NOT, 0)      /* [a] -> [not a] (a bool) */                         \
    X(COMPARE_OP, 0)     /* [a, b] -> [a cmp b]; A = SlCompareOp */            \
    X(IS_OP, 0)          /* [a, b] -> [a is b]; A=1: is not */                 \
    X(CONTAINS_OP, 0)    /* [a, b] -> [a in b]; A=1: not in */                 \
    /* --- building --- */                                                     \
    X(BUILD_TUPLE, 0)    /* [a1..aA] -> [tuple] */                             \
    X(BUILD_LIST, 0)     /* [a1..aA] -> [list] */                              \
    X(BUILD_SET, 0)      /* [a1..aA] -> [set] */                               \
    X(BUILD_MAP, 0)      /* [k1, v1, .. kA, vA] -> [dict] */                   \
    X(BUILD_STRING, 0)   /* [s1..sA] -> [s1+..+sA] (all str) */               \
    X(FORMAT_VALUE, 0)   /* A&3: 0 none, 1 !s, 2 !r, 3 !a; A&4: spec on top.  \
                            [v] or [v, spec] -> [str] */                       \
    X(LIST_APPEND, 0)    /* [list(at depth A+1)..., v] -> [list...]: list.append(v) \
                            where the list is the A-th item below v (A=1: right below) */ \
    X(SET_ADD, 0)        /* as LIST_APPEND for a set */                        \
    X(MAP_ADD, 0)        /* [dict..., k, v] -> [dict...]: dict A-th below k */ \
    X(LIST_EXTEND, 0)    /* [list..., iterable] -> [list...]: list is A-th below */ \
    X(SET_UPDATE, 0)                                                           \
    X(DICT_UPDATE, 0)    /* [dict..., mapping] -> [dict...] (for {**a}) */     \
    X(DICT_MERGE, 0)     /* as DICT_UPDATE, but a repeated key is the call error \
                            "got multiple values for keyword argument" (for f(**a, **b)); \
                            the callable is at depth A+2 (for the message) */  \
    X(LIST_TO_TUPLE, 0)  /* [list] -> [tuple] */                               \
    X(UNPACK_SEQUENCE, 0)/* [seq] -> [xA .. x1] (x1 on top) */                 \
    X(UNPACK_EX, 0)      /* A = before | after << 8: [seq] -> [after.., list, before..] \
                            with the first "before" item on top */             \
    /* --- control flow --- */                                                 \
    X(JUMP, 0)           /* pc = A */                                          \
    X(POP_JUMP_IF_FALSE, 0) /* [a] -> []; jump if not a */                     \
    X(POP_JUMP_IF_TRUE, 0)                                                     \
    X(JUMP_IF_FALSE_OR_POP, 0) /* [a] -> [a] and jump if false, else [] */     \
    X(JUMP_IF_TRUE_OR_POP, 0)                                                  \
    X(GET_ITER, 0)       /* [a] -> [iter(a)] */                                \
    X(FOR_ITER, 0)       /* [it] -> [it, next(it)]; exhausted: [] and jump to A */ \
    X(RETURN_VALUE, 0)   /* [v] -> return v */                                 \
    X(YIELD_VALUE, 0)    /* [v] -> [sent]: suspend, yield v; resumes with the sent value */ \
    X(GET_YIELD_FROM_ITER, 0) /* [a] -> [iter(a)] (a generator stays itself) */ \
    X(YIELD_FROM, 0)     /* [it, v] -> [result]: send v into it; if it yields, \
                            yield that value and re-run this instruction on resume \
                            with the sent value as v; when it returns, push its value */ \
    /* --- exceptions --- */                                                   \
    X(SETUP_FINALLY, 0)  /* push a handler block (A = handler, level = stack depth). \
                            On an exception: stack cut to level, then the VM pushes \
                            [saved exc_info, exc], makes exc the handled exception \
                            (sys.exc_info) and pushes an EXCEPT_HANDLER block, jumps A */ \
    X(POP_BLOCK, 0)      /* pop the top handler block (normal exit of a try body) */ \
    X(POP_EXCEPT, 0)     /* [saved] -> []: leave an except handler: pop the \
                            EXCEPT_HANDLER block and restore exc_info = saved.  The \
                            compiler brings saved to the top first (e.g. SWAP 2 when \
                            a return value sits above it).  An exception unwinding \
                            through an EXCEPT_HANDLER block does the same itself: \
                            cuts the stack to level + 1, pops saved, restores it */ \
    X(RERAISE, 0)        /* [exc] -> raise exc again, traceback kept */        \
    X(CHECK_EXC_MATCH, 0)/* [exc, type] -> [exc, bool]; TypeError if type is not \
                            an exception class or tuple of them */            \
    X(RAISE_VARARGS, 0)  /* A=0: re-raise the handled exception; A=1: [exc]; \
                            A=2: [exc, cause] (raise exc from cause) */        \
    X(LOAD_ASSERTION_ERROR, 0)                                                 \
    X(SETUP_WITH, 0)     /* [mgr] -> [exit, enter_result]: looks up __enter__ and \
                            __exit__ on type(mgr), pushes bound __exit__, calls \
                            __enter__; then pushes a handler block to A whose level \
                            is the depth after pushing exit (below enter_result) */ \
    X(WITH_EXIT, 0)      /* normal exit: [exit] -> []: exit(None, None, None) */ \
    X(WITH_EXCEPT_START, 0) /* in the handler: [exit, saved, exc] -> [exit, saved, exc, res] \
                            res = exit(type(exc), exc, exc.__traceback__) */   \
    /* --- functions and calls --- */                                          \
    X(CALL, 0)           /* [callable, self_or_NULL, a1..aA] -> [result]; if \
                            self_or_NULL is not NULL it is passed as first arg */ \
    X(CALL_KW, 0)        /* [callable, self_or_NULL, a1..aA, kwnames] -> [result]; \
                            the last len(kwnames) of the A args are keyword values */ \
    X(CALL_EX, 0)        /* [callable, self_or_NULL, args_tuple, kwargs_dict or NULL] \
                            -> [result] (A unused) */                          \
    X(MAKE_FUNCTION, 0)  /* A&1 defaults tuple, A&2 kwdefaults dict, A&8 closure \
                            tuple: [defaults?, kwdefaults?, closure?, code] -> [func] */ \
    X(LOAD_BUILD_CLASS, 0) /* [] -> [builtins.__build_class__] */             \
    X(SETUP_ANNOTATIONS, 0) /* create __annotations__ = {} in the namespace if missing */ \
    /* --- modules --- */                                                      \
    X(IMPORT_NAME, 0)    /* [level, fromlist] -> [module]; names[A] is the dotted name */ \
    X(IMPORT_FROM, 0)    /* [module] -> [module, module.names[A]]; ImportError if missing */ \
    X(IMPORT_STAR, 0)    /* [module] -> []: copy public names into the namespace */ \
    /* --- interactive --- */                                                  \
    X(PRINT_EXPR, 0)     /* [v] -> []: REPL echo via sys.displayhook */

typedef enum {
#define X(name, cache) SL_OP_##name,
    SL_OPCODES(X)
#undef X
    SL_OP_COUNT
} SlOpcode;

#define SL_OP(u) ((SlOpcode)((u) & 0xff))
#define SL_ARG(u) ((uint32_t)(u) >> 8)
#define SL_MAKE_INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define SL_ARG_MAX 0xffffffu

/* 1 if the opcode is followed by a cache-index unit */
extern const unsigned char sl_op_has_cache[SL_OP_COUNT];
extern const char *const sl_op_names[SL_OP_COUNT];

#endif
