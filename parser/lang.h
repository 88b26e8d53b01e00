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
} fg_role_how;

typedef struct fg_lang_role {
	TSFieldId field[2];
	fg_role_how how;  /* fallback when no field matched */
	const char *type; /* FG_HOW_TYPE */
} fg_lang_role;

struct fg_lang {
	fg_lang_id id;
	const char *name;
	const TSLanguage *ts;
	uint32_t nsymbols;
	uint8_t *kinds; /* symbol -> fg_kind */
	fg_lang_role roles[FG_K__COUNT][FG_R__COUNT];
};

const fg_lang *fg_lang_get(fg_lang_id id);
const fg_lang *fg_lang_for_ts(const TSLanguage *ts);

#endif
