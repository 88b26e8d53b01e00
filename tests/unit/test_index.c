/*
 * The repository index with facts that carry nothing but a path (a module
 * that names no Anthropic API): they share one empty body until a fact is
 * added to them, and resolve exactly as facts with empty lists would.
 */
#include "harness.h"
#include "index/index.h"

/* pkg/main.py imports `send` from two plain modules and `client` from a Foundry one. */
static fg_index *plain_modules_index(void)
{
	fg_index *ix = fg_index_new();
	fg_facts *main = fg_facts_new("pkg/main.py", FG_LANG_PYTHON);
	fg_facts_add_import(main, "send_a", "pkg.a", "send");
	fg_facts_add_import(main, "send_b", "pkg.b", "send");
	fg_facts_add_import(main, "client", "pkg.llm", "client");
	fg_facts_add_import(main, "mailer", "pkg.b", "mailer");
	fg_index_add(ix, main);
	static const char *const plain[] = { "pkg/a.py", "pkg/b.py", "pkg/c.py" };
	for (size_t i = 0; i < FG_ARRAY_SIZE(plain); i++) {
		fg_facts *p = fg_facts_new(plain[i], FG_LANG_PYTHON);
		fg_facts_set_plain(p);
		fg_index_add(ix, p);
	}
	fg_facts *llm = fg_facts_new("pkg/llm.py", FG_LANG_PYTHON);
	fg_facts_add_symbol(llm, NULL, "client", FG_SYM_FOUNDRY, 3);
	fg_index_add(ix, llm);
	fg_index_finish(ix);
	return ix;
}

FG_TEST(index, names_from_a_plain_module_are_another_kind)
{
	fg_index *ix = plain_modules_index();
	fg_resolved r;
	fg_assert(!fg_index_imported(ix, "pkg/main.py", "nothing", NULL, &r));
	fg_assert(fg_index_imported(ix, "pkg/main.py", "mailer", NULL, &r));
	fg_assert(r.kind == FG_SYM_OTHER);
	fg_assert_str(r.path, "pkg/b.py");
	fg_assert(fg_index_imported(ix, "pkg/main.py", "client", NULL, &r));
	fg_assert(r.kind == FG_SYM_FOUNDRY);
	fg_assert_str(r.path, "pkg/llm.py");
	fg_assert_str(fg_index_module_file(ix, "pkg/main.py", FG_LANG_PYTHON, "pkg.c"), "pkg/c.py");
	/* a suffix match finds the plain module too (nearest first) */
	fg_assert_str(fg_index_module_file(ix, "other/x.py", FG_LANG_PYTHON, "a"), "pkg/a.py");
	fg_index_free(ix);
}

FG_TEST(index, a_summary_on_a_plain_module_stays_its_own)
{
	fg_index *ix = plain_modules_index();
	/* a later pass finds that pkg/a.py's send(text) reaches a request */
	fg_facts *found = fg_facts_new("pkg/a.py", FG_LANG_PYTHON);
	fg_sink s = { 0, "text", NULL, "send", NULL, -1, NULL };
	fg_facts_add_sink(found, NULL, &s);
	fg_assert(fg_index_add_sinks(ix, found, 1));
	fg_assert(!fg_index_add_sinks(ix, found, 2)); /* nothing new */
	fg_facts_free(found);
	fg_sink out[4];
	fg_assert(fg_index_sinks(ix, "pkg/main.py", NULL, "send_a", 0, out, 4) == 1);
	fg_assert_str(out[0].path, "pkg/a.py");
	fg_assert_str(out[0].param, "text");
	/* the other plain modules gained nothing: their empty body is not pkg/a.py's */
	fg_assert(fg_index_sinks(ix, "pkg/main.py", NULL, "send_b", 0, out, 4) == 0);
	fg_assert(fg_index_may_call_sinks(ix, "pkg/main.py", 1));
	fg_assert(!fg_index_may_call_sinks(ix, "pkg/c.py", 1));
	fg_facts *fresh = fg_facts_new("pkg/d.py", FG_LANG_PYTHON);
	fg_assert(fg_facts_empty(fresh));
	fg_facts_free(fresh);
	/* and pkg/a.py is still a plain module: what it binds is another kind */
	fg_resolved r;
	fg_assert(fg_index_imported(ix, "pkg/main.py", "send_a", NULL, &r));
	fg_assert(r.kind == FG_SYM_OTHER);
	fg_index_free(ix);
}

FG_TEST(index, env_names_join_a_plain_module)
{
	fg_facts *into = fg_facts_new("deploy/settings.py", FG_LANG_PYTHON);
	fg_facts_set_plain(into);
	fg_facts *env = fg_facts_new("deploy/settings.py", FG_LANG_NONE);
	fg_facts_add_env(env, "FOUNDRY_BASE", 12);
	fg_facts_take_envs(into, env);
	fg_facts_free(env);
	fg_assert(!fg_facts_empty(into));
	/* an empty one moves nothing and leaves both empty */
	fg_facts *none = fg_facts_new("deploy/other.py", FG_LANG_NONE), *other = fg_facts_new("x.py", FG_LANG_PYTHON);
	fg_facts_take_envs(other, none);
	fg_assert(fg_facts_empty(other) && fg_facts_empty(none));
	fg_facts_free(none);
	fg_facts_free(other);
	fg_index *ix = fg_index_new();
	fg_index_add(ix, into);
	fg_index_finish(ix);
	fg_assert(fg_index_foundry_env(ix, "FOUNDRY_BASE", 12));
	fg_assert(!fg_index_foundry_env(ix, "OTHER_BASE", 10));
	fg_index_free(ix);
}
