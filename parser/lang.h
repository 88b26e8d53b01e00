/* lang.h - parser-internal view of the language registry. */
#ifndef FG_PARSER_LANG_H
#define FG_PARSER_LANG_H

#include "parser.h"
#include <tree_sitter/api.h>

/* How a role is found when it is not (only) a field. */
typedef enum fg_role_how {
	FG_HOW_FIELD = 0, /* field[0], then field[1] */
	FG_HOW_SELF,      /* the node itself (bash: a command is its own argument list) */
	FG_HOW_FIRST,     /* first named child */
	FG_HOW_SECOND,    /* second named child */
	FG_HOW_LAST,      /* last named child */
	FG_HOW_TYPE,      /* first named child of node type `type` */
	FG_HOW_FIRSTVAL,  /* first named child that is not string text (interpolation braces) */
	FG_HOW_FIND,      /* the first node of type `type` at most three levels down (PowerShell's parameter_list) */
	FG_HOW_NEXT,      /* the next named sibling, separators skipped, unless another of its kind (PowerShell -Name value) */
} fg_role_how;

typedef struct fg_lang_role {
	TSFieldId field[2];
	fg_role_how how;  /* fallback when no field matched */
	const char *type; /* FG_HOW_TYPE */
} fg_lang_role;

/*
 * Added to a kind in a language's table: the node is a pass-through
 * (FG_K_WRAP) when it has exactly one named child, that kind otherwise.
 * PowerShell nests every expression in a chain of precedence levels
 * (logical > bitwise > comparison > additive > ... > unary), each of which
 * usually holds one operand.
 */
#define FG_KIND_CHAIN 0x80

struct fg_lang {
	fg_lang_id id;
	const char *name;
	const TSLanguage *ts;
	uint32_t nsymbols;
	uint8_t *kinds; /* symbol -> fg_kind, maybe | FG_KIND_CHAIN */
	TSSymbol sep;   /* a separator node skipped by FG_HOW_NEXT (PowerShell's command_argument_sep), or 0 */
	fg_lang_role roles[FG_K__COUNT][FG_R__COUNT];
};

const fg_lang *fg_lang_get(fg_lang_id id);
const fg_lang *fg_lang_for_ts(const TSLanguage *ts);

#endif
