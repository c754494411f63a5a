/* parser.h: recursive descent parser for slotlab's Python subset
 * (CPython 3.13 syntax), producing an arena-allocated AST (ast.h).
 *
 * Error reporting follows CPython's PEG parser: the generic "invalid syntax"
 * points at the furthest token the parser looked at, tokenizer errors
 * anywhere in the source take priority over parser errors, and the special
 * messages of CPython's invalid_* grammar rules are reproduced where they
 * matter.  Every message text is in one table (parser.c, SL_PARSE_MSGS) so
 * that per-version variants can be added later.
 */
#ifndef SL_PARSER_H
#define SL_PARSER_H

#include "ast.h"
#include "code.h"
#include "lexer.h"

/* Parse normalised source (sl_lexer_normalize) in the given mode.  Returns
 * NULL with *err filled on a syntax error (or out of memory: err->kind ==
 * SL_SERR_MEMORY).  For SL_COMPILE_SINGLE, *incomplete (if not NULL) is set
 * when the input needs more lines. */
SlModuleAst *sl_parse(SlArena *arena, const char *buf, size_t len, SlCompileMode mode,
                      SlSyntaxErr *err, bool *incomplete);

/* Name of an expression kind as CPython's _PyPegen_get_expr_name
 * ("function call", "literal", ...), for error messages. */
const char *sl_ast_expr_name(const SlExpr *e);

#endif
