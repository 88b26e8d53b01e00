/*
 * parser.h - tree-sitter integration; the only header that knows about
 * tree-sitter, and parser/ the only folder that includes its API.
 *
 * Languages are looked up by file name.  A parse gives an fg_tree; nodes
 * are small values (fg_node) valid while their tree lives.  What the
 * analyzers need of a node is its *kind* - a language-neutral role such as
 * call, attribute or string - and role-named children (callee, object,
 * member, key, value...), so one analyzer serves every language and the
 * per-language knowledge stays in lang.c and rules/queries/.
 */
#ifndef FG_PARSER_PARSER_H
#define FG_PARSER_PARSER_H

#include "../src/fg.h"

typedef enum fg_lang_id {
	FG_LANG_NONE = 0,
	FG_LANG_PYTHON,
	FG_LANG_JAVASCRIPT,
	FG_LANG_TYPESCRIPT,
	FG_LANG_TSX,
	FG_LANG_CSHARP,
	FG_LANG_JAVA,
	FG_LANG_GO,
	FG_LANG_PHP,
	FG_LANG_RUBY,
	FG_LANG_BASH,
	FG_LANG_KOTLIN,
	FG_LANG_POWERSHELL,
	FG_LANG__COUNT
} fg_lang_id;

typedef enum fg_kind {
	FG_K_OTHER = 0,
	FG_K_IDENT,       /* identifier, property_identifier */
	FG_K_ATTR,        /* a.b: object, member */
	FG_K_SUBSCRIPT,   /* a[k]: object, index */
	FG_K_CALL,        /* f(x): callee, args */
	FG_K_NEW,         /* new F(x): callee, args */
	FG_K_ARGS,        /* argument list */
	FG_K_KWARG,       /* name=value: key, value */
	FG_K_STRING,      /* string literal, maybe with interpolations */
	FG_K_TEMPLATE,    /* `...${x}...` */
	FG_K_INTERP,      /* {x} / ${x} inside a string */
	FG_K_STRFRAG,     /* literal text inside a string */
	FG_K_CONCAT,      /* implicit string concatenation */
	FG_K_DICT,        /* {k: v} */
	FG_K_PAIR,        /* k: v: key, value */
	FG_K_SHORTHAND,   /* { ssn } */
	FG_K_SPREAD,      /* ...x, *x, **x */
	FG_K_LIST,        /* [..], (..), {..} sets */
	FG_K_COMPREHENSION, /* [x for ..]: value (body) */
	FG_K_FUNC,        /* def, lambda, arrow, function: name */
	FG_K_CLASS,       /* class: name */
	FG_K_LITERAL,     /* numbers, true/false/None/null */
	FG_K_WRAP,        /* await, parentheses, TS `as`/`!`: pass through */
	FG_K_BINARY,      /* a + b, a % b, a or b: left, right */
	FG_K_COND,        /* a if c else b, c ? a : b */
	FG_K_COMMENT,
	FG_K_RETURN,
	FG_K_ASSIGN,      /* assignment forms: key (lhs), value (rhs) */
	FG_K_MODULE,
	FG_K__COUNT
} fg_kind;

typedef enum fg_role {
	FG_R_CALLEE, FG_R_ARGS, FG_R_OBJECT, FG_R_MEMBER, FG_R_INDEX,
	FG_R_KEY, FG_R_VALUE, FG_R_LEFT, FG_R_RIGHT, FG_R_NAME, FG_R_BODY, FG_R_PARAMS,
	FG_R_COND, /* a conditional expression's condition */
	FG_R__COUNT
} fg_role;

/* Same size as TSNode; converted inside tree.c only. */
typedef struct fg_node {
	uint32_t context[4];
	const void *id;
	const void *tree;
} fg_node;

typedef struct fg_lang fg_lang;
typedef struct fg_parser fg_parser;
typedef struct fg_tree fg_tree;
typedef struct fg_query fg_query;
typedef struct fg_query_cursor fg_query_cursor;

/* Language registry (lang.c). */
fg_lang_id fg_lang_from_path(const char *path);
const char *fg_lang_name(fg_lang_id id);
fg_lang_id fg_lang_from_name(const char *name);

/*
 * How a language's files name each other (the repository index picks its
 * module resolution by this, never by the language itself).
 */
typedef enum fg_modules {
	FG_MODULES_NONE = 0,
	FG_MODULES_PYTHON,  /* `a.b.c` is a/b/c.py or a/b/c/__init__.py; `.x` relative to the package */
	FG_MODULES_ES,      /* `./x` relative to the importer, packages, tsconfig aliases */
	FG_MODULES_FOLDER,  /* an import names a folder: a package is every file in it (Go) */
	FG_MODULES_REQUIRE, /* files include others whole; classes found by namespace and name (PHP) */
} fg_modules;

/* Traits of a language that change how its code is read (lang.c's table). */
enum {
	FG_LT_TYPED = 1u << 0,           /* declared types resolve calls: fields, parameters, DI registrations */
	FG_LT_ARGS_NAME_FIRST = 1u << 1, /* a command's argument list starts with the command's name (shell) */
	FG_LT_TRAILING_LAMBDA = 1u << 2, /* a call's trailing lambda builds its value (Kotlin builders) */
	FG_LT_HEREDOC_AFTER = 1u << 3,   /* a heredoc's body follows the statement that opens it (Ruby) */
	FG_LT_SHELL = 1u << 4,           /* calls run programs: `claude -p` is a request when Foundry is on */
	FG_LT_NAMED_PARAMS = 1u << 5,    /* `-Name value` parameters, `$name` sigils, names in any case (PowerShell) */
};
fg_modules fg_lang_modules(fg_lang_id id);
bool fg_lang_has(fg_lang_id id, unsigned trait);
/* The language whose classes and types this one shares (Kotlin: Java's); else itself. */
fg_lang_id fg_lang_family(fg_lang_id id);

/* One parser per worker thread; reused across files. */
fg_parser *fg_parser_new(void);
void fg_parser_free(fg_parser *p);
/* NULL when the parse failed (timeout, bad language): treat as skipped. */
fg_tree *fg_parser_parse(fg_parser *p, fg_lang_id lang, const char *src, size_t len);
void fg_tree_free(fg_tree *t);
fg_node fg_tree_root(const fg_tree *t);
fg_lang_id fg_tree_lang(const fg_tree *t);
/* Is any node nested more than max levels below the root?  (Linear, iterative.) */
bool fg_tree_deeper_than(const fg_tree *t, uint32_t max);
/* The visible nodes fg_tree_deeper_than counted on its walk (0 before it ran, or when it answered yes). */
size_t fg_tree_nodes(const fg_tree *t);
/*
 * What an analysis derived from a tree (its query's collection), kept with
 * it for a later pass over the same tree; freed with the tree by
 * derived_free unless taken back.
 */
void fg_tree_keep_derived(fg_tree *t, void *derived, void (*derived_free)(void *));
void *fg_tree_take_derived(fg_tree *t);
/* The same text at another address (a tree kept for a later pass with a copy of its text). */
void fg_tree_set_source(fg_tree *t, const char *src);
const char *fg_tree_source(const fg_tree *t);

bool fg_node_is_null(fg_node n);
bool fg_node_eq(fg_node a, fg_node b);
fg_kind fg_node_kind(fg_node n);
const char *fg_node_type(fg_node n);
uint32_t fg_node_start(fg_node n);
uint32_t fg_node_end(fg_node n);
uint32_t fg_node_named_count(fg_node n);
fg_node fg_node_named_child(fg_node n, uint32_t i);
fg_node fg_node_parent(fg_node n);
/* Child by the grammar's own field name (null node when absent). */
fg_node fg_node_field(fg_node n, const char *field);
/* Child by language-neutral role (null node when absent). */
fg_node fg_node_role(fg_node n, fg_role role);
/* The node as an S-expression (for `foundry-guard debug-parse`); free() it. */
char *fg_node_sexp(fg_node n);
/* Python string with interpolations, f-string prefix etc. */
bool fg_node_is_fstring(fg_node n, const char *src);

/*
 * Queries: compiled once per language from rules/queries/<lang>/ (.scm files) and
 * shared by all threads.  Predicates #eq?, #not-eq?, #match?, #not-match?
 * are evaluated here (the C library only parses them).
 */
fg_query *fg_query_new(fg_lang_id lang, const char *source, size_t len, const char *origin,
		       char *err, size_t errlen);
void fg_query_free(fg_query *q);
uint32_t fg_query_capture_count(const fg_query *q);
const char *fg_query_capture_name(const fg_query *q, uint32_t id);

typedef struct fg_capture {
	uint32_t id;
	fg_node node;
} fg_capture;

fg_query_cursor *fg_query_cursor_new(void);
void fg_query_cursor_free(fg_query_cursor *c);
void fg_query_exec(fg_query_cursor *c, const fg_query *q, const fg_tree *t);
/* Next match that passes the predicates; captures valid until the next call. */
bool fg_query_next(fg_query_cursor *c, const fg_capture **caps, uint32_t *ncaps);
bool fg_query_exceeded(const fg_query_cursor *c);

#endif
