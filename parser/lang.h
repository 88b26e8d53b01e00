/* lang.h - parser-internal view of the language registry. */
#ifndef FG_PARSER_LANG_H
#define FG_PARSER_LANG_H

#include "parser.h"
#include <tree_sitter/api.h>

typedef struct fg_lang_role {
	TSFieldId field[2];
	bool first_named;
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
