/*
 * index.h - the repository index: what each analysed file defines and
 * imports, so a name used in one file can be resolved in another.
 *
 * Each file's analysis (a worker thread) fills one fg_facts with plain
 * records - no syntax-tree pointers: its imports and re-exports, its
 * module-level bindings and functions with the kind of client each holds
 * or returns, and its classes with their bases and the client kinds of
 * their members.  The scan then hands every file's facts to one fg_index
 * (main thread), which answers, read-only and from any thread:
 *
 *   - what an imported name is (following re-exports and package names);
 *   - what a class member holds, looking up the class's bases in the
 *     repository, or down in the subclasses that override it (a request in
 *     a base class on self.get_client() is a Foundry request when a
 *     subclass's get_client() builds a Foundry client).
 *
 * Kinds are the analyzer's client kinds (0 unknown, 1 Foundry, 2 another
 * provider or an unrelated client, 3 a framework object built on Foundry).
 */
#ifndef FG_INDEX_INDEX_H
#define FG_INDEX_INDEX_H

#include "../fg.h"
#include "../../parser/parser.h"

enum { FG_SYM_UNKNOWN = 0, FG_SYM_FOUNDRY = 1, FG_SYM_OTHER = 2, FG_SYM_WRAPS = 3, FG_SYM_OPENAI_AZURE = 4, FG_SYM_CLAUDE_MODEL = 5 };
/*
 * A DI registration only: an OpenAI-compatible client whose endpoint is read
 * from a configuration key; an Azure AI endpoint there makes it FG_SYM_OPENAI_AZURE.
 */
enum { FG_SYM_OPENAI_CONFIG = 6 };

typedef struct fg_facts fg_facts;
typedef struct fg_index fg_index;

/* The facts of one file, built by its analysis. */
fg_facts *fg_facts_new(const char *path, fg_lang_id lang);
void fg_facts_free(fg_facts *f);
/*
 * `from module import name as local`, `import { name as local } from "module"`.
 * name NULL: the module itself (`import m`, `const m = require(...)`);
 * name "*": every name of the module is re-exported.
 */
void fg_facts_add_import(fg_facts *f, const char *local, const char *module, const char *name);
/* A module-level binding, function or class, or (cls set) a member of class cls ("m()" for a method). */
void fg_facts_add_symbol(fg_facts *f, const char *cls, const char *name, int kind, uint32_t line);
void fg_facts_add_class(fg_facts *f, const char *name, const char *base, uint32_t line);
/*
 * tsconfig.json / jsconfig.json: `compilerOptions.paths` aliases (pattern
 * as written, `@/<star>`; target relative to the config's folder, `src/<star>`) and
 * `extends`, for the modules under the config's folder.
 */
bool fg_tsconfig_name(const char *path);
void fg_facts_read_tsconfig(fg_facts *f, const char *data, size_t len);
void fg_facts_add_alias(fg_facts *f, const char *pattern, const char *target);
void fg_facts_add_extends(fg_facts *f, const char *config);
/* package.json's "name": imports of that package resolve to this folder. */
void fg_facts_set_package(fg_facts *f, const char *package_name);
bool fg_facts_empty(const fg_facts *f);
/*
 * A module of the repository that names no Anthropic, Claude or Foundry API
 * at all: whatever it defines is not a Foundry client (the index answers
 * "another kind" for names imported from it).
 */
void fg_facts_set_plain(fg_facts *f);
/* `NAME=https://<resource>.services.ai.azure.com/anthropic` in this file: NAME holds a Foundry endpoint. */
void fg_facts_add_env(fg_facts *f, const char *name, size_t len);
/*
 * Function summaries: parameter `index` (0-based after self/this; name
 * `param`) of function `fn` (a method of `cls`, or module level when cls is
 * NULL) reaches the content of a Claude-on-Foundry request.
 *   named: set when the parameter collects keyword arguments (`**extra`):
 *          the function's other parameter names, space-separated; every
 *          other keyword argument of a call flows into it.
 *   client_index/client_param: the request is made on this parameter of
 *          the function (`def complete(client, text)`): the argument
 *          reaches Claude on Foundry only where the caller passes a Foundry
 *          client (client_index -1: no such condition).
 */
/*
 * A file the prefilter passed over keeps a sketch of the names it calls
 * (`name(`) and of the first name of each parameter or argument (`(Type
 * name`, `, Type name`): a Bloom filter, so that a later pass reads it
 * again only when it may call a summarised helper or take an injected
 * service registered as a Foundry client or agent.  False when the text
 * has no such name.
 */
#define FG_SKETCH_WORDS 8
bool fg_call_sketch(const char *text, size_t len, uint64_t sketch[FG_SKETCH_WORDS]);
bool fg_index_sketch_hits(const fg_index *ix, const uint64_t sketch[FG_SKETCH_WORDS]);
/* Is a service registered as a Foundry client or agent (an injected one can be used without naming Claude)? */
bool fg_index_has_services(const fg_index *ix);
/* Does the text name a function or method that has sinks, or a service registered as a Foundry client or agent?  (a byte search) */
bool fg_index_names_sinks(const fg_index *ix, fg_lang_id lang, const char *text, size_t len);
typedef struct fg_sink {
	int index;
	const char *param;
	const char *path; /* where the function is */
	const char *fn;
	const char *named;
	int client_index;
	const char *client_param;
} fg_sink;
void fg_facts_add_sink(fg_facts *f, const char *cls, const fg_sink *s);
/*
 * Sinks found after the index was built (pass `round` of the summaries):
 * added on the main thread between passes.  True when one was new.
 */
bool fg_index_add_sinks(fg_index *ix, const fg_facts *from, unsigned round);
/*
 * Does the file import from, or subclass a class of, a file that gained
 * sinks in round `round`?  (its calls may reach one)
 */
bool fg_index_may_call_sinks(const fg_index *ix, const char *path, unsigned round);
/* Does a file's text name (as a word) a helper that gained a summary in round `round`? */
bool fg_index_text_names_sinks(const fg_index *ix, unsigned round, const char *text, size_t len);
/*
 * The sinks of the function a call in the file at path names: `name` as
 * imported (or `mod.name`), or method `name` of class cls (self.name(),
 * where recv is the length of the receiver `self.` the caller's language
 * gives the callee, else 0), found up its bases.  Returns how many were
 * written to out.
 */
size_t fg_index_sinks(const fg_index *ix, const char *path, const char *cls, const char *callee, size_t recv,
		      fg_sink *out, size_t max);
/* The modules f imports, one at a time: the i-th, or NULL past the last. */
const char *fg_facts_import_module(const fg_facts *f, size_t i);
const char *fg_facts_path(const fg_facts *f);
fg_lang_id fg_facts_lang(const fg_facts *f);
/* The same for a file the index holds no facts of (own: its facts, from its own analysis). */
size_t fg_index_sinks_own(const fg_index *ix, const fg_facts *own, const char *cls, const char *callee,
			  size_t recv, fg_sink *out, size_t max);
/*
 * Typed languages (C#, Java, Kotlin, Go).  The file's namespace or package
 * (go.mod's module path for a go.mod file), and a declaration with a type
 * (`ClaudeClient claude` as a field, property or parameter of class cls,
 * NULL at top level): a call on it is a call of that type's method.  A
 * function's result type is the type of `name()`; a type `pkg.New()` or
 * `New()` is what that function returns.
 */
void fg_facts_set_namespace(fg_facts *f, const char *ns);
void fg_facts_set_go_module(fg_facts *f, const char *module);
void fg_facts_add_typed(fg_facts *f, const char *cls, const char *name, const char *type);
/* ...and built there by `new type(...)` with no endpoint among its arguments (a vendor SDK's default client when the repository does not define type). */
void fg_facts_add_built(fg_facts *f, const char *cls, const char *name, const char *type);
/*
 * Constructor injection without a container: function fn (a Go `NewX`, a
 * constructor) sets member `field` of class cls from its parameter `index`;
 * and a call of function fn (its last name) passing the plain name arg as
 * argument `index`.  A call on the member of an interface type is then a
 * call on the types the repository passes there.
 */
void fg_facts_add_inject(fg_facts *f, const char *cls, const char *field, const char *fn, int index);
void fg_facts_add_wire(fg_facts *f, const char *fn, int index, const char *arg);
/*
 * A dependency-injection registration: the service type (or, client set,
 * the HTTP client handed to that type) built by a factory of `kind`, with
 * `text` the factory's text as gathered (its base address, its settings);
 * impl: the class registered for the service, or NULL; name: the bean's
 * name, or NULL.
 */
void fg_facts_add_di(fg_facts *f, const char *service, const char *impl, const char *name, bool client, int kind,
		     const char *text, uint32_t line);
typedef struct fg_di {
	int kind;
	const char *text; /* owned by the index */
	const char *path;
	uint32_t line;
} fg_di;
/*
 * The registration of the type `type` (a service, or with client set the
 * HTTP client given to class `type`); name: the declared name, which picks
 * one of several beans of a type.  False when none is registered.
 */
bool fg_index_di(const fg_index *ix, const char *type, const char *name, bool client, fg_di *out);
/* The declared type of `name` in class cls (or anywhere) of the file at path, or NULL. */
const char *fg_index_typed(const fg_index *ix, const char *path, const char *cls, const char *name);
/*
 * A configuration key (`Foundry:Endpoint`, `foundry.endpoint`) and what its
 * value is: a Claude on Foundry endpoint, another Azure AI endpoint (a
 * project's OpenAI-compatible route), a Claude model id.
 */
enum { FG_CONFIG_FOUNDRY = 1, FG_CONFIG_AZURE_AI = 2, FG_CONFIG_CLAUDE_MODEL = 4 };
void fg_facts_add_config(fg_facts *f, const char *key, size_t len, unsigned cls);
/* Is the key set to a value of one of the classes (a mask)? */
bool fg_index_config(const fg_index *ix, const char *key, size_t len, unsigned classes);
/*
 * Does the text read such a key: `config["Foundry:Endpoint"]`,
 * `@Value("${foundry.endpoint}")`, `getProperty("foundry.endpoint")`?
 */
bool fg_index_config_in(const fg_index *ix, const char *text, size_t len, unsigned classes);
/* Does the text hold what looks like a configuration key path (`A:B`, `${a.b}`)? */
bool fg_config_key_path_in(const char *text, size_t len);
/* Moves from's env names to into. */
void fg_facts_take_envs(fg_facts *into, fg_facts *from);

fg_index *fg_index_new(void);
/* Takes ownership of f.  Main thread, before any lookup. */
void fg_index_add(fg_index *ix, fg_facts *f);
/* Builds the lookup tables; the index is read-only afterwards. */
void fg_index_finish(fg_index *ix);
void fg_index_free(fg_index *ix);
/* Does a file of the repository's index define a class named NAME (any language)? */
bool fg_index_defines_class(const fg_index *ix, const char *name);
/* Is NAME set to a Claude on Foundry endpoint somewhere in the repository (.env, docs, compose files)? */
bool fg_index_foundry_env(const fg_index *ix, const char *name, size_t len);

/*
 * Module resolution alone: the path of the index's file that `module`
 * names when a file at `from` (language lang) imports it, or NULL.  An
 * index of empty facts, one per path, resolves against a list of paths.
 */
const char *fg_index_module_file(const fg_index *ix, const char *from, fg_lang_id lang, const char *module);
/* Are imports of this language resolved to files of the repository?  Also through package.json names? */
bool fg_index_resolves_imports(fg_lang_id lang);
/* Are names of this language resolved by declared type and DI registrations (C#, Java, Kotlin, Go)? */
bool fg_index_resolves_by_type(fg_lang_id lang);
bool fg_index_imports_packages(fg_lang_id lang);

typedef struct fg_resolved {
	int kind;
	const char *path; /* where it is defined (owned by the index) */
	uint32_t line;
} fg_resolved;

/*
 * The kind of `local` as imported by the file at `path` (member: an
 * attribute of it, as in `llm.client` for `import app.llm as llm`, or
 * NULL).  False when the name is not imported or does not resolve.
 */
bool fg_index_imported(const fg_index *ix, const char *path, const char *local, const char *member,
		       fg_resolved *out);
/*
 * A member of class cls (written in the file at path): its kind as set in
 * the class's bases elsewhere in the repository (down = false), or in any
 * subclass that sets or overrides it (down = true).
 */
bool fg_index_member(const fg_index *ix, const char *path, const char *cls, const char *member, bool down,
		     fg_resolved *out);

/*
 * Languages whose names are global (PHP): a class by namespace and name, a
 * function of a required file or of the one file that defines it.  callee:
 * the class built (ctor), `Class.method` (a static call) or a function's
 * name, as the file at path writes it.  False when none resolves.
 */
bool fg_index_global_names(fg_lang_id lang);
bool fg_index_global(const fg_index *ix, const char *path, const char *callee, bool ctor, fg_resolved *out);

#endif
