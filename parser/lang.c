/*
 * lang.c - the language registry: file extensions, grammar entry points,
 * and each grammar's node types mapped to language-neutral kinds and
 * role-named fields.  Adding a language is adding a table here, its
 * grammar to grammars.lock, and its queries under rules/queries/.
 */
#include "lang.h"
#include <pthread.h>
#include <strings.h>

const TSLanguage *tree_sitter_python(void);
const TSLanguage *tree_sitter_javascript(void);
const TSLanguage *tree_sitter_typescript(void);
const TSLanguage *tree_sitter_tsx(void);

typedef struct kind_map {
	const char *type;
	fg_kind kind;
} kind_map;

/* "@first" names the first named child rather than a field. */
typedef struct role_map {
	fg_kind kind;
	fg_role role;
	const char *field;
} role_map;

static const kind_map python_kinds[] = {
	{ "identifier", FG_K_IDENT },
	{ "attribute", FG_K_ATTR },
	{ "subscript", FG_K_SUBSCRIPT },
	{ "call", FG_K_CALL },
	{ "argument_list", FG_K_ARGS },
	{ "keyword_argument", FG_K_KWARG },
	{ "string", FG_K_STRING },
	{ "interpolation", FG_K_INTERP },
	{ "string_content", FG_K_STRFRAG },
	{ "concatenated_string", FG_K_CONCAT },
	{ "dictionary", FG_K_DICT },
	{ "pair", FG_K_PAIR },
	{ "list_splat", FG_K_SPREAD },
	{ "dictionary_splat", FG_K_SPREAD },
	{ "list", FG_K_LIST },
	{ "tuple", FG_K_LIST },
	{ "set", FG_K_LIST },
	{ "expression_list", FG_K_LIST },
	{ "list_comprehension", FG_K_COMPREHENSION },
	{ "set_comprehension", FG_K_COMPREHENSION },
	{ "dictionary_comprehension", FG_K_COMPREHENSION },
	{ "generator_expression", FG_K_COMPREHENSION },
	{ "function_definition", FG_K_FUNC },
	{ "lambda", FG_K_FUNC },
	{ "class_definition", FG_K_CLASS },
	{ "integer", FG_K_LITERAL },
	{ "float", FG_K_LITERAL },
	{ "true", FG_K_LITERAL },
	{ "false", FG_K_LITERAL },
	{ "none", FG_K_LITERAL },
	{ "await", FG_K_WRAP },
	{ "parenthesized_expression", FG_K_WRAP },
	{ "binary_operator", FG_K_BINARY },
	{ "boolean_operator", FG_K_BINARY },
	{ "conditional_expression", FG_K_COND },
	{ "comment", FG_K_COMMENT },
	{ "return_statement", FG_K_RETURN },
	{ "assignment", FG_K_ASSIGN },
	{ "augmented_assignment", FG_K_ASSIGN },
	{ "named_expression", FG_K_ASSIGN },
	{ "module", FG_K_MODULE },
};

static const role_map python_roles[] = {
	{ FG_K_ATTR, FG_R_OBJECT, "object" },
	{ FG_K_ATTR, FG_R_MEMBER, "attribute" },
	{ FG_K_SUBSCRIPT, FG_R_OBJECT, "value" },
	{ FG_K_SUBSCRIPT, FG_R_INDEX, "subscript" },
	{ FG_K_CALL, FG_R_CALLEE, "function" },
	{ FG_K_CALL, FG_R_ARGS, "arguments" },
	{ FG_K_KWARG, FG_R_KEY, "name" },
	{ FG_K_KWARG, FG_R_VALUE, "value" },
	{ FG_K_INTERP, FG_R_VALUE, "expression" },
	{ FG_K_PAIR, FG_R_KEY, "key" },
	{ FG_K_PAIR, FG_R_VALUE, "value" },
	{ FG_K_SPREAD, FG_R_VALUE, "@first" },
	{ FG_K_COMPREHENSION, FG_R_VALUE, "body" },
	{ FG_K_FUNC, FG_R_NAME, "name" },
	{ FG_K_FUNC, FG_R_BODY, "body" },
	{ FG_K_CLASS, FG_R_NAME, "name" },
	{ FG_K_WRAP, FG_R_VALUE, "@first" },
	{ FG_K_BINARY, FG_R_LEFT, "left" },
	{ FG_K_BINARY, FG_R_RIGHT, "right" },
	{ FG_K_RETURN, FG_R_VALUE, "@first" },
	{ FG_K_ASSIGN, FG_R_KEY, "left" },
	{ FG_K_ASSIGN, FG_R_VALUE, "right" },
};

/* JavaScript, TypeScript and TSX share node names. */
static const kind_map js_kinds[] = {
	{ "identifier", FG_K_IDENT },
	{ "property_identifier", FG_K_IDENT },
	{ "private_property_identifier", FG_K_IDENT },
	{ "shorthand_property_identifier", FG_K_SHORTHAND },
	{ "member_expression", FG_K_ATTR },
	{ "subscript_expression", FG_K_SUBSCRIPT },
	{ "call_expression", FG_K_CALL },
	{ "new_expression", FG_K_NEW },
	{ "arguments", FG_K_ARGS },
	{ "string", FG_K_STRING },
	{ "template_string", FG_K_TEMPLATE },
	{ "template_substitution", FG_K_INTERP },
	{ "string_fragment", FG_K_STRFRAG },
	{ "object", FG_K_DICT },
	{ "pair", FG_K_PAIR },
	{ "spread_element", FG_K_SPREAD },
	{ "array", FG_K_LIST },
	{ "sequence_expression", FG_K_LIST },
	{ "function_declaration", FG_K_FUNC },
	{ "function_expression", FG_K_FUNC },
	{ "function", FG_K_FUNC },
	{ "generator_function_declaration", FG_K_FUNC },
	{ "arrow_function", FG_K_FUNC },
	{ "method_definition", FG_K_FUNC },
	{ "class_declaration", FG_K_CLASS },
	{ "class", FG_K_CLASS },
	{ "number", FG_K_LITERAL },
	{ "true", FG_K_LITERAL },
	{ "false", FG_K_LITERAL },
	{ "null", FG_K_LITERAL },
	{ "undefined", FG_K_LITERAL },
	{ "await_expression", FG_K_WRAP },
	{ "parenthesized_expression", FG_K_WRAP },
	{ "as_expression", FG_K_WRAP },
	{ "satisfies_expression", FG_K_WRAP },
	{ "non_null_expression", FG_K_WRAP },
	{ "type_assertion", FG_K_WRAP },
	{ "binary_expression", FG_K_BINARY },
	{ "ternary_expression", FG_K_COND },
	{ "comment", FG_K_COMMENT },
	{ "return_statement", FG_K_RETURN },
	{ "variable_declarator", FG_K_ASSIGN },
	{ "assignment_expression", FG_K_ASSIGN },
	{ "augmented_assignment_expression", FG_K_ASSIGN },
	{ "public_field_definition", FG_K_ASSIGN },
	{ "field_definition", FG_K_ASSIGN },
	{ "program", FG_K_MODULE },
};

static const role_map js_roles[] = {
	{ FG_K_ATTR, FG_R_OBJECT, "object" },
	{ FG_K_ATTR, FG_R_MEMBER, "property" },
	{ FG_K_SUBSCRIPT, FG_R_OBJECT, "object" },
	{ FG_K_SUBSCRIPT, FG_R_INDEX, "index" },
	{ FG_K_CALL, FG_R_CALLEE, "function" },
	{ FG_K_CALL, FG_R_ARGS, "arguments" },
	{ FG_K_NEW, FG_R_CALLEE, "constructor" },
	{ FG_K_NEW, FG_R_ARGS, "arguments" },
	{ FG_K_INTERP, FG_R_VALUE, "@first" },
	{ FG_K_PAIR, FG_R_KEY, "key" },
	{ FG_K_PAIR, FG_R_VALUE, "value" },
	{ FG_K_SPREAD, FG_R_VALUE, "@first" },
	{ FG_K_FUNC, FG_R_NAME, "name" },
	{ FG_K_FUNC, FG_R_BODY, "body" },
	{ FG_K_CLASS, FG_R_NAME, "name" },
	{ FG_K_WRAP, FG_R_VALUE, "@first" },
	{ FG_K_BINARY, FG_R_LEFT, "left" },
	{ FG_K_BINARY, FG_R_RIGHT, "right" },
	{ FG_K_RETURN, FG_R_VALUE, "@first" },
	{ FG_K_ASSIGN, FG_R_KEY, "left" },
	{ FG_K_ASSIGN, FG_R_KEY, "name" },
	{ FG_K_ASSIGN, FG_R_KEY, "property" },
	{ FG_K_ASSIGN, FG_R_VALUE, "right" },
	{ FG_K_ASSIGN, FG_R_VALUE, "value" },
};

typedef struct lang_def {
	fg_lang_id id;
	const char *name;
	const TSLanguage *(*entry)(void);
	const char *exts; /* space separated, with dots */
	const kind_map *kinds;
	size_t nkinds;
	const role_map *roles;
	size_t nroles;
} lang_def;

static const lang_def defs[] = {
	{ FG_LANG_PYTHON, "python", tree_sitter_python, ".py .pyi .pyw", python_kinds,
	  FG_ARRAY_SIZE(python_kinds), python_roles, FG_ARRAY_SIZE(python_roles) },
	{ FG_LANG_JAVASCRIPT, "javascript", tree_sitter_javascript, ".js .mjs .cjs .jsx", js_kinds,
	  FG_ARRAY_SIZE(js_kinds), js_roles, FG_ARRAY_SIZE(js_roles) },
	{ FG_LANG_TYPESCRIPT, "typescript", tree_sitter_typescript, ".ts .mts .cts", js_kinds,
	  FG_ARRAY_SIZE(js_kinds), js_roles, FG_ARRAY_SIZE(js_roles) },
	{ FG_LANG_TSX, "tsx", tree_sitter_tsx, ".tsx", js_kinds, FG_ARRAY_SIZE(js_kinds), js_roles,
	  FG_ARRAY_SIZE(js_roles) },
};

static fg_lang langs[FG_LANG__COUNT];
static pthread_once_t langs_once = PTHREAD_ONCE_INIT;

static void langs_init(void)
{
	for (size_t d = 0; d < FG_ARRAY_SIZE(defs); d++) {
		const lang_def *def = &defs[d];
		fg_lang *l = &langs[def->id];
		l->id = def->id;
		l->name = def->name;
		l->ts = def->entry();
		uint32_t nsym = ts_language_symbol_count(l->ts);
		l->nsymbols = nsym;
		l->kinds = fg_xcalloc(nsym, sizeof(uint8_t));
		for (size_t k = 0; k < def->nkinds; k++) {
			/* A type name can map to several symbols (aliases): scan all. */
			for (uint32_t s = 0; s < nsym; s++) {
				const char *nm = ts_language_symbol_name(l->ts, (TSSymbol)s);
				if (nm && strcmp(nm, def->kinds[k].type) == 0 &&
				    ts_language_symbol_type(l->ts, (TSSymbol)s) == TSSymbolTypeRegular)
					l->kinds[s] = (uint8_t)def->kinds[k].kind;
			}
		}
		for (size_t r = 0; r < def->nroles; r++) {
			const role_map *rm = &def->roles[r];
			fg_lang_role *slot = &l->roles[rm->kind][rm->role];
			if (strcmp(rm->field, "@first") == 0) {
				slot->first_named = true;
				continue;
			}
			TSFieldId f = ts_language_field_id_for_name(l->ts, rm->field, (uint32_t)strlen(rm->field));
			if (!f)
				continue;
			if (!slot->field[0])
				slot->field[0] = f;
			else
				slot->field[1] = f;
		}
	}
}

const fg_lang *fg_lang_get(fg_lang_id id)
{
	pthread_once(&langs_once, langs_init);
	if (id <= FG_LANG_NONE || id >= FG_LANG__COUNT || !langs[id].ts)
		return NULL;
	return &langs[id];
}

const fg_lang *fg_lang_for_ts(const TSLanguage *ts)
{
	pthread_once(&langs_once, langs_init);
	for (int i = 1; i < FG_LANG__COUNT; i++)
		if (langs[i].ts == ts)
			return &langs[i];
	return NULL;
}

fg_lang_id fg_lang_from_path(const char *path)
{
	const char *slash = strrchr(path, '/');
	const char *base = slash ? slash + 1 : path;
	const char *dot = strrchr(base, '.');
	if (!dot || dot == base)
		return FG_LANG_NONE;
	size_t elen = strlen(dot);
	for (size_t d = 0; d < FG_ARRAY_SIZE(defs); d++) {
		const char *p = defs[d].exts;
		while (*p) {
			const char *sp = strchr(p, ' ');
			size_t n = sp ? (size_t)(sp - p) : strlen(p);
			if (n == elen && strncasecmp(p, dot, n) == 0)
				return defs[d].id;
			p += n;
			while (*p == ' ')
				p++;
		}
	}
	return FG_LANG_NONE;
}

const char *fg_lang_name(fg_lang_id id)
{
	for (size_t d = 0; d < FG_ARRAY_SIZE(defs); d++)
		if (defs[d].id == id)
			return defs[d].name;
	return "none";
}

fg_lang_id fg_lang_from_name(const char *name)
{
	for (size_t d = 0; d < FG_ARRAY_SIZE(defs); d++)
		if (strcmp(defs[d].name, name) == 0)
			return defs[d].id;
	return FG_LANG_NONE;
}
