/*
 * ruleset.h - all detection knowledge, loaded from rules/ (embedded in the
 * binary at build time, or a folder given with --rules) into an immutable
 * fg_ruleset: compiled PCRE2 patterns, tree-sitter queries, rule texts.
 * Shared read-only by every worker thread.
 */
#ifndef FG_RULESET_RULESET_H
#define FG_RULESET_RULESET_H

#include "../fg.h"
#include "../regex/regex.h"
#include "../../parser/parser.h"

typedef enum fg_severity { FG_SEV_NOTE = 0, FG_SEV_WARNING, FG_SEV_ERROR } fg_severity;

const char *fg_severity_name(fg_severity s);
int fg_severity_parse(const char *s, fg_severity *out);

typedef struct fg_rule {
	char *id;
	fg_severity severity;
	char *short_desc;
	char *fact;
	char *fix;
	char *tags; /* comma separated */
	char *security_severity;
	char *precision;
	char *category; /* data category for detector rules, else NULL */
	char *help;     /* its documentation: a URL, or "#anchor" of the project's page; "" none */
	char *sources;  /* where its facts come from: "TITLE <URL>; TITLE <URL>..."; "" none */
} fg_rule;

/*
 * Calls fn(ctx, title, url) for each source of a rule's `sources`
 * ("TITLE <URL>" items separated by ';').  Returns the number of sources,
 * or -1 (fn not called) when an item is not "TITLE <URL>".
 */
typedef void (*fg_rule_source_fn)(void *ctx, const char *title, const char *url);
int fg_rule_each_source(const char *sources, fg_rule_source_fn fn, void *ctx);

typedef enum fg_validator {
	FG_VAL_NONE = 0, FG_VAL_LUHN, FG_VAL_IBAN, FG_VAL_SSN, FG_VAL_EMAIL, FG_VAL_PHONE, FG_VAL_JWT, FG_VAL_CI_SECRET
} fg_validator;

/* "luhn" -> FG_VAL_LUHN; -1 for an unknown name. */
int fg_validator_parse(const char *name, fg_validator *out);

typedef struct fg_detector {
	const fg_rule *rule;
	char *name;     /* e.g. us-ssn */
	char *category; /* e.g. government-id */
	fg_validator validator;
	fg_regex *re;
} fg_detector;

typedef struct fg_name_class {
	char *category;
	fg_regex *re;
} fg_name_class;

/* Keys of rules/flow.tsv and families of rules/claims/patterns.tsv. */
typedef enum fg_flow_key {
	FG_FLOW_FOUNDRY_EVIDENCE, FG_FLOW_FOUNDRY_ENDPOINT, FG_FLOW_CLIENT_FOUNDRY,
	FG_FLOW_CLIENT_ANTHROPIC, FG_FLOW_CLIENT_OTHER, FG_FLOW_FOUNDRY_MODULE,
	FG_FLOW_BASE_URL_KEY, FG_FLOW_REQUEST_METHOD, FG_FLOW_REST_CALL, FG_FLOW_REST_BODY_KEY,
	FG_FLOW_NON_CONTENT_ARG, FG_FLOW_PASSTHROUGH, FG_FLOW_SERIALIZER, FG_FLOW_NAMES_ONLY,
	FG_FLOW_GETTER, FG_FLOW_ENV_OBJECT, FG_FLOW_ENV_DUMP_CALL, FG_FLOW_FILE_READ,
	FG_FLOW_SENSITIVE_FILE, FG_FLOW_CLIENT_FOUNDRY_TEXT, FG_FLOW_REST_SHELL, FG_FLOW_REST_DATA_FLAG,
	FG_FLOW_FRAMEWORK_METHOD, FG_FLOW_MODEL_CALL, FG_FLOW_MODEL_FOUNDRY, FG_FLOW_PREFILTER,
	FG_FLOW_PREFILTER_CONTEXT, FG_FLOW_PREFILTER_AZURE, FG_FLOW_MUTATOR, FG_FLOW_ENV_DUMP_NOARG,
	FG_FLOW_KEYED_LOOKUP, FG_FLOW_WRITER_CALL, FG_FLOW_SCHEMA_TYPE, FG_FLOW_SCHEMA_CALL, FG_FLOW_SCHEMA_KEY, FG_FLOW_HIGHER_ORDER, FG_FLOW_HEADER_KEY, FG_FLOW_ROW_SELECTION, FG_FLOW_AUTH_HEADER, FG_FLOW_FOUNDRY_URL_NAME,
	FG_FLOW_ANTHROPIC_TYPE, FG_FLOW_SHAPE_MODEL, FG_FLOW_SHAPE_BODY, FG_FLOW_MESSAGES_VERB, FG_FLOW_READ_METHOD,
	FG_FLOW_CLIENT_OPENAI, FG_FLOW_AZURE_AI_ENDPOINT, FG_FLOW_OPENAI_METHOD, FG_FLOW_CLAUDE_MODEL,
	FG_FLOW_EVIDENCE_PROJECT, FG_FLOW_EVIDENCE_CLAUDE_ID,
	FG_FLOW_WRAPPER_METHOD, FG_FLOW_DI_LOOKUP,
	FG_FLOW_CLI_CLAUDE, FG_FLOW_CLI_FOUNDRY_ON, FG_FLOW_CLI_FOUNDRY_OFF, FG_FLOW_CLI_PRINT_FLAG,
	FG_FLOW_CLI_VALUE_FLAG, FG_FLOW_CLI_SUBCOMMAND, FG_FLOW_CLI_ACTION, FG_FLOW_CLI_FOUNDRY_COMMAND,
	FG_FLOW_CLIENT_FOUNDRY_NAMED, FG_FLOW_COLLECTION_CALL, FG_FLOW_DIRECT_ENDPOINT, FG_FLOW_RESOURCE_ACCESSOR,
	FG_FLOW_ENV_DUMP_COMMAND, FG_FLOW_MODEL_FOUNDRY_ENDPOINT, FG_FLOW_MESSAGES_PATH, FG_FLOW_LOCAL_HOST,
	FG_FLOW_REQUEST_PARAM,
	FG_FLOW__COUNT
} fg_flow_key;

typedef enum fg_claim_family {
	FG_CLAIM_CLAIM, FG_CLAIM_CAVEAT, FG_CLAIM_HEDGE, FG_CLAIM_OFF, FG_CLAIM_CLAUDE,
	FG_CLAIM_AZURE, FG_CLAIM_OTHER,
	/* rules/claims/subjects.tsv: what the predicate is about */
	FG_CLAIM_TRAFFIC, FG_CLAIM_OWN, FG_CLAIM_MODEL, FG_CLAIM_ANAPHOR, FG_CLAIM_RESIDENCY, FG_CLAIM_RETENTION, FG_CLAIM_TENANT,
	FG_CLAIM__COUNT
} fg_claim_family;

/* Keys of rules/languages.tsv: words whose meaning differs between languages. */
typedef enum fg_lang_key { FG_LW_RECEIVER, FG_LW_COMPARE, FG_LW_MODIFIER, FG_LW__COUNT } fg_lang_key;

typedef struct fg_ruleset {
	fg_rule *rules;
	size_t nrules;
	fg_detector *detectors;
	size_t ndetectors;
	fg_name_class *names;
	size_t nnames;
	fg_regex *name_exclude;  /* search, normalised names */
	fg_regex *records;       /* search, normalised names */
	fg_regex *sanitizers;    /* search, raw callee names, caseless */
	fg_regex *placeholders;  /* search, values */
	fg_regex *flow[FG_FLOW__COUNT];
	/*
	 * Each claim family is a few regexes (a family's alternation can outgrow
	 * what one PCRE2 pattern may hold); a family matches when any part does.
	 */
#define FG_CLAIM_PARTS 128
	fg_regex *claims[FG_CLAIM__COUNT][FG_CLAIM_PARTS];
	/* Each family's literal pre-tests in one pass (bit k: part k may match). */
	fg_litmask *claim_masks[FG_CLAIM__COUNT];
	/*
	 * The literals every CLAIM match contains, derived from the CLAIM
	 * patterns at load (one caseless alternation): a block without one
	 * holds no claim.  NULL when some CLAIM pattern has no such literal.
	 */
	fg_regex *claim_literals;
	/* rules/languages.tsv: each language's words of a key, "w1\0w2\0" ending with an empty word; NULL none */
	char *lang_words[FG_LANG__COUNT][FG_LW__COUNT];
	/* rules/lexicon/suffixes.txt: " details\0 info\0...", ending with an empty word; NULL none */
	char *name_suffixes;
	fg_query *queries[FG_LANG__COUNT];
	char *query_src[FG_LANG__COUNT];
	char *origin; /* "embedded" or the folder */
	/* From the configuration: exact normalised names (category NULL = not sensitive). */
	struct fg_extra_name { char *norm; char *category; } *extra_names;
	size_t nextra_names;
	fg_regex *allow_values; /* values and expressions that are fine */
} fg_ruleset;

/*
 * dir NULL: the rules embedded at build time.  With a dir, its files are
 * added to the embedded ones (a file in dir extends the file of the same
 * name; a rule stanza with an existing id replaces it), or replace them
 * entirely when only_dir is set (--rules-only).
 */
int fg_ruleset_load(fg_ruleset **out, const char *dir, bool only_dir, char *err, size_t errlen);

struct fg_config;
/*
 * Adds the configuration's sensitive names, detectors and allowed values.
 * User patterns are checked for nested quantifiers (catastrophic
 * backtracking) and compiled under the same match limits as the rules.
 */
int fg_ruleset_apply_config(fg_ruleset *rs, const struct fg_config *cfg, char *err, size_t errlen);
/* Rejects patterns with a quantified group that itself repeats (ReDoS shape). */
bool fg_regex_is_catastrophic(const char *pattern);
void fg_ruleset_free(fg_ruleset *rs);
const fg_rule *fg_ruleset_rule(const fg_ruleset *rs, const char *id);

/* The words of `key` for `lang` (languages.tsv): "w1\0w2\0\0", or "" when it has none. */
const char *fg_ruleset_lang_words(const fg_ruleset *rs, fg_lang_id lang, fg_lang_key key);
/* The length of the longest word of `key` for `lang` that starts s[0..len), else 0 (`self.` of `self.client`). */
size_t fg_ruleset_lang_prefix(const fg_ruleset *rs, fg_lang_id lang, fg_lang_key key, const char *s, size_t len);
/* Whether s[0..len) is a word of `key` for `lang`. */
bool fg_ruleset_lang_is(const fg_ruleset *rs, fg_lang_id lang, fg_lang_key key, const char *s, size_t len);
/*
 * Compiles the queries of the languages in lang_mask (bit = fg_lang_id),
 * once; call before worker threads start.  FG_ALL_LANGS compiles them all
 * (to validate a rules folder).  -1 with a message naming the query file.
 */
#define FG_ALL_LANGS 0xFFFFFFFFu
int fg_ruleset_prepare(fg_ruleset *rs, unsigned lang_mask, char *err, size_t errlen);
/*
 * The compiled query of a language, compiled on first use (once, under a
 * lock; later calls read it without one, so workers may call it); a
 * language's query costs up to a few hundred ms to compile, so a scan
 * compiles only the ones its files need.  NULL when it does not compile - which
 * fg_ruleset_prepare reports for rules folders and `make test` for the
 * embedded rules.
 */
const fg_query *fg_ruleset_query(const fg_ruleset *rs, fg_lang_id lang);
/*
 * Whether lang's queries capture @name, read from their source (comments
 * and strings skipped): the same answer as the compiled query's capture
 * names, without compiling it (a tree-sitter query takes ~0.1 s of CPU).
 */
bool fg_ruleset_query_captures(const fg_ruleset *rs, fg_lang_id lang, const char *name);
/*
 * Compiles and JIT-compiles every pattern now (before worker threads start):
 * matching then takes no lock and writes nothing shared.
 */
void fg_ruleset_prepare_regexes(fg_ruleset *rs);

/* The embedded rules/ tree (generated file). */
typedef struct fg_embedded_file {
	const char *path;
	const char *data;
	size_t len;
} fg_embedded_file;
extern const fg_embedded_file fg_embedded_rules[];
extern const size_t fg_embedded_rules_count;
/* hooks/ (generated): the pre-commit hook install-hook writes. */
extern const fg_embedded_file fg_embedded_hooks[];
extern const size_t fg_embedded_hooks_count;

#endif
