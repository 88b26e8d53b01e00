/*
 * code.h - one file's code as the pipeline stages see it: its syntax as
 * collected from the queries (analyze/syntax.c), the facts it gives the
 * repository index (index/facts.c), client kinds (resolve/clients.c), and
 * the flow being followed (flow/requests.c, flow/flow.c).  Internal to the
 * engine; nothing outside src/ includes it.
 */
#ifndef FG_ANALYZE_CODE_H
#define FG_ANALYZE_CODE_H

#include "internal.h"

/* Bounds: flows deeper than this are not followed; a file with more
 * syntax than this is analysed up to the bound. */
#define FLOW_MAX_DEPTH 24
#define MAX_VALUE_HITS 16

typedef struct fn_scope {
	uint32_t start, end;
	const char *name; /* in the file's text */
	size_t name_len;
	uint32_t name_at; /* a kept collection (requests.c): where the name is in the text, or UINT32_MAX */
	fg_node node;
} fn_scope;

typedef struct assign {
	fg_node lhs, rhs;
	int scope;
	char *lhs_text; /* whitespace removed */
	bool is_field;  /* class field declaration: name = value in a class body */
} assign;

typedef struct ret {
	fg_node value;
	int scope;
} ret;

typedef struct callsite {
	fg_node node;
	int scope;
	char *callee; /* whitespace removed */
} callsite;

/*
 * CK_WRAPS_FOUNDRY: a framework object (agent, chat model) built around a
 * Foundry client; its run/invoke methods are requests, its other methods
 * are not.
 */
/*
 * CK_OPENAI_AZURE: an OpenAI-compatible client on a Foundry or Azure AI
 * endpoint - Claude only when a request names a Claude model.
 * CK_CLAUDE_MODEL: not a client, a Claude model id (a constant).
 */
typedef enum client_kind {
	CK_UNKNOWN = 0, CK_FOUNDRY, CK_OTHER, CK_WRAPS_FOUNDRY, CK_OPENAI_AZURE, CK_CLAUDE_MODEL
} client_kind;

/* What the repository index records of this file (rules/queries/<lang>/index.scm). */
typedef struct import_rec {
	char *local, *module, *name; /* name NULL: the module; "*": all its names */
} import_rec;

typedef struct class_rec {
	uint32_t start, end;
	char *name;
	char *base; /* NULL: none */
} class_rec;

/* A declaration with a type (a field, property, parameter, local): an injected service is one. */
typedef struct typed_rec {
	uint32_t pos;
	char *name;
	char *type; /* as written, without type arguments, `?`, `*` or `[]` */
} typed_rec;

/*
 * A dependency-injection registration: service (or, client set, the HTTP
 * client handed to service) built by factory; impl: the class that
 * implements service (`AddSingleton<IChat, ClaudeChat>()`), or NULL.
 */
typedef struct di_rec {
	uint32_t pos;
	char *service, *impl, *name;
	bool client;
	fg_node factory;
} di_rec;

/*
 * Constructor injection (rules/queries/<lang>/index.scm, inject.*): member
 * field of class cls set to the name value, at pos (a parameter of the
 * function there); and a constructor's call (wire.*): its arguments.
 */
typedef struct inject_rec {
	uint32_t pos;
	char *cls, *field, *value;
} inject_rec;

typedef struct wire_rec {
	char *callee;
	fg_node args;
} wire_rec;

typedef struct code {
	fg_analysis *a;
	fg_lang_id lang;
	fn_scope *scopes;
	size_t nscopes;
	assign *assigns;
	size_t nassigns;
	ret *rets;
	size_t nrets;
	callsite *calls;
	size_t ncalls;
	/* local names of Foundry client classes imported from a Foundry module */
	char *foundry_names[16];
	size_t nfoundry_names;
	/* factory results: per scope, -1 unknown yet */
	int *factory_kind;
	uint32_t *factory_ev; /* where each factory's client is built (0: unknown) */
	const char **factory_xpath; /* ...or the other file it is built in (NULL: this one) */
	uint32_t *factory_xline;
	int resolving; /* recursion guard for client resolution */
	/* calls that write into their first argument (fmt.Fprintf(&sb, ...)); found on first use */
	size_t *writers;
	size_t nwriters;
	bool writers_found;
	import_rec *imports;
	size_t nimports;
	class_rec *classes;
	size_t nclasses;
	char *ns; /* the file's namespace or package, or NULL */
	typed_rec *typed;
	size_t ntyped;
	di_rec *dis;
	size_t ndis;
	inject_rec *injects;
	size_t ninjects;
	wire_rec *wires;
	size_t nwires;
	/* The last resolution that crossed into another file (for the finding's evidence). */
	/* text: the registration's factory when it was a DI registration (its model, its settings) */
	struct { const char *path; uint32_t line; bool inherited; const char *text; } xref;
	/* Set when a name would be resolved through the repository index, which this pass lacks. */
	bool wants_index;
	/* Set when an OpenAI-compatible client's endpoint is read from configuration the index will know. */
	bool openai_config;
	/* Set when an OpenAI-compatible client was judged on an endpoint its own text does not name (a parameter's). */
	bool openai_elsewhere;
	/* classify_name's memo (clients.c), an open-addressing table */
	void *memo;
	size_t memo_cap, nmemo;
	/* declaration_text's answers by name (clients.c): each name's declaration is searched for once */
	void *decls;
	size_t decls_cap, ndecls;
	/* kept with a deferred file's tree (requests.c): the comment captures fg__collect recorded */
	struct fg_comment_capture *comments;
	size_t ncomments;
} code;

typedef struct step {
	uint32_t pos;
	char *what;
} step;

/* What a flow already visited: (node, mode, function, calls up) -> how it went. */
typedef struct memo_slot {
	const void *id;  /* the node; NULL: a free slot */
	uint32_t start;
	int scope, calls_up;
	uint8_t mode, state, depth;
	bool emitted, cut;
} memo_slot;

typedef struct visit_memo {
	memo_slot *slots;
	size_t cap, used;
} visit_memo;

typedef struct flow {
	code *c;
	int scope;
	const callsite *request;
	const char *evidence;
	const char *evidence_kind; /* `calls` JSON: client, framework-client, provider, model-name, endpoint, ... */
	uint32_t evidence_pos;  /* where the client was built, or 0 */
	unsigned cats;          /* data categories that reach the request (bit per category) */
	step steps[FLOW_MAX_DEPTH + 1];
	int nsteps;
	uint32_t visiting[FLOW_MAX_DEPTH + 1];
	int nvisiting;
	int calls_up; /* how many helper calls the flow went back through (bounded) */
	unsigned emitted; /* findings reported so far */
	unsigned cuts;    /* times a depth bound stopped the flow */
	visit_memo memo;  /* each (node, mode, scope) is followed once per flow */
} flow;

typedef enum vmode {
	VM_VALUE = 0,  /* an ordinary value */
	VM_PARAMS,     /* the request's own parameters: non-content keys are skipped */
	VM_REST_OPTS,  /* fetch/axios options object: only body keys count */
	VM_NO_RECORD,  /* inside an unknown call: whole records are not reported */
} vmode;


/* The data categories, in the order of flow.cats bits. */
#define FG_NCATEGORIES 6
extern const char *const fg__categories[FG_NCATEGORIES];

const char *fg__ntext(const code *c, fg_node n, size_t *len);
char *fg__compact_text(const code *c, fg_node n);
fg_node fg__null_node(void);
fg_node fg__call_object(fg_node call);
fg_node fg__call_member(fg_node call);
char *fg__callee_text(const code *c, fg_node call);
const char *fg__last_name(const char *s, size_t *len);
/* The length of the receiver (`self.`, `this.`, `$this.`: languages.tsv) that starts text, else 0. */
size_t fg__receiver_len(const code *c, const char *text);
bool fg__flow_is(code *c, fg_flow_key k, const char *s, size_t len);
bool fg__flow_is_str(code *c, fg_flow_key k, const char *s);
bool fg__callee_is(code *c, fg_flow_key k, const char *callee);
void fg__string_content(const code *c, fg_node n, const char **s, size_t *len);
void fg__key_name(const code *c, fg_node key, const char **s, size_t *len);
bool fg__is_plain_string(fg_node n);
/* PowerShell: is argument i of args a separator, or the value of the `-Name` before it (read with that name)? */
bool fg__arg_bound(const code *c, fg_node args, uint32_t i);
/* Do two parameter names name the same parameter (PowerShell: -Text, $Text, any case)? */
bool fg__same_param(const code *c, const char *a, size_t al, const char *b, size_t bl);
fg_node fg__unwrap(fg_node n);
void fg__collect(code *c, const fg_tree *tree);
void fg__collect_foundry_imports(code *c);
bool fg__lhs_names(const char *lhs, const char *name);
int fg__scope_by_name(const code *c, const char *name, size_t len);
/* The innermost function scope at n's start (a lambda or method node: its own), or -1. */
int fg__scope_at(const code *c, fg_node n);
void fg__gather_text(code *c, fg_node n, int scope, fg_buf *out, int depth);
client_kind fg__classify(code *c, fg_node n, int scope, int depth, uint32_t *evidence);
void fg__memo_release(code *c);
/* What a function of this file returns (a factory), by its scope index. */
client_kind fg__classify_function(code *c, int scope, uint32_t *evidence);
void fg__describe_request(flow *f, fg_buf *b);
void fg__emit_simple(flow *f, fg_node at, const char *rule, const char *category, const char *prefix);
void fg__pop_step(flow *f);
/* Ends a flow: its steps and its memo. */
void fg__flow_release(flow *f);
void fg__visit_pair(flow *f, fg_node key, fg_node value, vmode mode, int depth);
void fg__visit(flow *f, fg_node n, vmode mode, int depth);

/* syntax.c: the assignments whose left side, and the calls whose callee, start with prefix */
void fg__assign_range(const code *c, const char *prefix, size_t *lo, size_t *hi);
void fg__call_range(const code *c, const char *prefix, size_t *lo, size_t *hi);

/* facts.c: the repository index, both ways */
void fg__facts_extract(code *c);
void fg__facts_release(code *c);
/* The name as imported from another file of the repository (CK_UNKNOWN when not). */
client_kind fg__resolve_imported(code *c, const char *name, uint32_t *evidence);
/* Is no class named NAME defined in the repository (false until the index exists)? */
bool fg__class_external(code *c, const char *name, size_t len);
/* An unresolved receiver built by an SDK class for its vendor's default endpoint (clients.c). */
bool fg__vendor_default_client(code *c, fg_node recv, int scope);
/* A member (`client`, or `get_client()`) of the class around pos, as set in its bases or subclasses. */
client_kind fg__resolve_member(code *c, uint32_t pos, const char *member, bool down);
const class_rec *fg__class_at(const code *c, uint32_t pos);
/*
 * A name global to the repository (PHP): the class built (ctor), a static
 * method `Class.m`, a method of a variable built from a class (`$h.m` with
 * `$h = new Helpers()`, seen from pos) or a function, found by namespace and
 * name or through the files this one requires.  CK_UNKNOWN in other languages.
 */
client_kind fg__resolve_global(code *c, const char *callee, bool ctor, uint32_t pos);
bool fg__names_global(const code *c);
/* A construction with no base URL among its arguments and no endpoint, Azure or Foundry in their text (clients.c). */
bool fg__default_endpoint_args(code *c, fg_node call, int scope);
/* A client class that sets the direct Anthropic API as its endpoint and names no Foundry or Azure one (clients.c). */
bool fg__class_direct_api(code *c, const class_rec *k);
/* A service type (sp.GetRequiredService<T>()): the kind its registration in this file, or the repository's, builds. */
client_kind fg__resolve_service(code *c, const char *type, int depth, uint32_t *evidence);
/* A name declared with a type (an injected service): the kind its DI registration builds. */
client_kind fg__resolve_typed(code *c, const char *name, uint32_t pos);
/*
 * An HTTP call on recv in the class around pos: 1 when the HTTP client
 * registered for the class (or the bean recv is) has a Foundry base
 * address, -1 another one, 0 not registered.  where: the registration.
 */
int fg__registered_base(code *c, const char *recv, uint32_t pos, fg_buf *where);
/* Does text read an environment variable that the repository sets to a Foundry endpoint? */
bool fg__foundry_env_in(code *c, const char *text, size_t len);
/* Does the text read a configuration key the repository sets to a value of the classes (FG_CONFIG_*)? */
bool fg__config_in(code *c, const char *text, size_t len, unsigned classes);

/* flow.c: a call of another file's helper whose parameter reaches a request (s: its summary) */
struct fg_sink;
void fg__run_sink_flow(code *c, const callsite *cs, fg_node arg, const struct fg_sink *s, const char *client);
/*
 * The arguments of a call that fill parameter `index` (name `name`): one
 * node; for a `**` parameter (named: the function's other parameter names,
 * space-separated) every other keyword argument.  Returns how many.
 */
/* The names one parameter declaration declares (Go's `a, b string`: two), at most max; how many. */
int fg__param_names(fg_node p, fg_node *out, int max);
/*
 * A request whose URL is parameter `*index` of its function (returned, owned
 * by the caller; NULL when the URL is not a parameter), and whether a caller
 * passes there: a Claude on Foundry endpoint, a Messages API path with no
 * host (`${host}/v1/messages`: Foundry in a Foundry repository), or another URL.
 */
char *fg__url_param(code *c, const callsite *cs, int *index, int *scope);
typedef enum url_pass { URL_OTHER, URL_FOUNDRY, URL_RELATIVE } url_pass;
url_pass fg__caller_url(code *c, const callsite *caller, int index, const char *name);
/* Is call cs a call of function scope sc (by its name), made from outside it? */
bool fg__calls_scope(const code *c, const callsite *cs, int sc);
/* The function scope around scope sc (a callback's), or -1. */
int fg__enclosing_scope(const code *c, int sc);
/* The position of parameter `name` among the parameters of function scope sc (Go's `a, b string` count two), or -1. */
int fg__param_index(code *c, int sc, const char *name);
size_t fg__param_args(code *c, fg_node call, int index, const char *name, const char *named, fg_node *out,
		      size_t max);

/* requests.c */
void fg__run_flow(code *c, const callsite *cs, const char *evidence, const char *evidence_kind, uint32_t evidence_pos,
		  int rest);

#endif
