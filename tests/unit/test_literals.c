/* The literals a pattern cannot match without (src/ruleset/literals.c). */
#include "harness.h"
#include "ruleset/literals.h"
#include "ruleset/ruleset.h"
#include "regex/regex.h"
#include "core/buf.h"

#include <stdlib.h>
#include <string.h>

/* The literals of pattern, space-separated in order, into out. */
static const char *lits(const char *pattern, size_t minlen, char *out, size_t cap)
{
	char *l[256];
	size_t n = fg_required_literals(pattern, l, 256, minlen);
	out[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		if (i)
			strncat(out, " ", cap - strlen(out) - 1);
		strncat(out, l[i], cap - strlen(out) - 1);
		free(l[i]);
	}
	return out;
}

FG_TEST(literals, alternation_concatenation_and_classes)
{
	char b[512];
	fg_assert_str(lits("\\b(?:zdr|zero[-\\s]?data[-\\s]?retention)\\b", 3, b, sizeof(b)), "zdr retention");
	/* a short class is a choice of characters; the product keeps growing */
	fg_assert_str(lits("n['x]t\\b", 3, b, sizeof(b)), "n't nxt");
	/* x? is x or nothing: "stored" holds "store", which is enough */
	fg_assert_str(lits("Stored?\\b", 3, b, sizeof(b)), "store");
	/* a lookaround requires nothing of the match itself */
	fg_assert_str(lits("(?=[^.]{0,9}keep)(?<!not\\s)held", 3, b, sizeof(b)), "held");
	fg_assert_str(lits("(?i)Never\\s+(?:\\w+\\s+){0,3}?stored", 3, b, sizeof(b)), "stored");
}

FG_TEST(literals, nothing_required_means_no_literals)
{
	char b[512];
	/* a branch that needs no literal, an optional word, a wide class, a too short literal */
	fg_assert_str(lits("abc|\\w+", 1, b, sizeof(b)), "");
	fg_assert_str(lits("(?:abcd)?\\d+", 1, b, sizeof(b)), "");
	fg_assert_str(lits("[a-z]+ing", 4, b, sizeof(b)), "");
	fg_assert_str(lits("no\\s+data", 5, b, sizeof(b)), "");
	/* syntax it does not read */
	fg_assert_str(lits("\\Qa.b\\E", 1, b, sizeof(b)), "");
	fg_assert(fg_literal_alternation((const char *const[]){ "zdr\\b", "\\w+" }, 2, 3) == NULL);
}

FG_TEST(literals, alternation_drops_strings_inside_others)
{
	/* the longest requirement of each pattern, then the union without strings that hold another */
	char *alt = fg_literal_alternation((const char *const[]){ "nothing\\b", "\\bnot\\b", "(?:never|not)\\s+stored", "n't" }, 4, 3);
	fg_assert(alt != NULL);
	fg_assert_str(alt, "(?:not|stored|n\\'t)");
	free(alt);
}

/* Every CLAIM match holds a literal of the derived pre-test: checked on the sentences CLAIM matches. */
FG_TEST(literals, embedded_claim_prefilter_admits_every_claim)
{
	const fg_ruleset *rs = fg_test_rules();
	fg_assert(rs->claim_literals != NULL);
	static const char *const claims[] = {
		"Azure's zero data retention covers Claude on Foundry.",
		"Prompts to this deployment are not retained (Azure ZDR).",
		"Anthropic never sees our data because Claude runs on Azure AI Foundry.",
		"Abuse monitoring is turned off, so Claude prompts are not logged.",
		"It is deleted on the Claude side as soon as the answer is sent.",
		"Claude prompts sent through Foundry never leave our Azure tenant.",
		"HIPAA-compliant because it runs on Azure.",
		"ContentLogging=false",
	};
	fg_matcher *m = fg_matcher_new();
	for (size_t i = 0; i < FG_ARRAY_SIZE(claims); i++) {
		size_t len = strlen(claims[i]);
		bool claim = false;
		for (int k = 0; k < FG_CLAIM_PARTS && !claim; k++)
			claim = rs->claims[FG_CLAIM_CLAIM][k] && fg_regex_test(rs->claims[FG_CLAIM_CLAIM][k], m, claims[i], len);
		fg_assert(claim);
		fg_assert(fg_regex_test(rs->claim_literals, m, claims[i], len));
	}
	/* and a comment with none of them is skipped */
	fg_assert(!fg_regex_test(rs->claim_literals, m, "Builds the request headers.", 27));
	fg_matcher_free(m);
}

/* References and extended syntax are not read as literals. */
FG_TEST(literals, references_and_extended_syntax_require_nothing)
{
	char b[512];
	fg_assert_str(lits("\\12345", 1, b, sizeof(b)), ""); /* a reference's digits are not literals */
	fg_assert_str(lits("\\g1xyz|\\cAxyz", 3, b, sizeof(b)), "");
	fg_assert_str(lits("(?x) a b c", 1, b, sizeof(b)), "");
}

/* The pre-pass before PCRE2: a subject without a literal does not match; ſ and the Kelvin sign go to the pattern. */
FG_TEST(literals, regex_pre_pass_keeps_every_match)
{
	char e[256];
	fg_regex *re = fg_regex_compile("(?:stored|kept)\\b", FG_RE_CASELESS, e, sizeof(e));
	fg_assert(re != NULL);
	char *l[2] = { "stored", "kept" };
	fg_regex_set_literals(re, l, 2, false);
	fg_matcher *m = fg_matcher_new();
	static const char *const yes[] = {
		"the prompts are never STORED anywhere by the provider, we are told",
		"the prompts are never \xC5\xBFtored anywhere by the provider, we are told",
		"the prompts are never \xE2\x84\xAA" "ept anywhere by the provider, we are told",
		"a long enough text that holds the word at its very end: Kept",
	};
	static const char *const no[] = { "a long enough text that holds neither of the two words at all" };
	for (size_t i = 0; i < FG_ARRAY_SIZE(yes); i++)
		fg_assert(fg_regex_test(re, m, yes[i], strlen(yes[i])));
	for (size_t i = 0; i < FG_ARRAY_SIZE(no); i++)
		fg_assert(!fg_regex_test(re, m, no[i], strlen(no[i])));
	fg_matcher_free(m);
	fg_regex_free(re);
}

/* The capture test read from the query source agrees with the compiled query, for every language. */
FG_TEST(literals, query_captures_read_from_source_match_the_compiled_query)
{
	const fg_ruleset *rs = fg_test_rules();
	static const char *const names[] = { "typed.name", "call", "comment", "no.such.capture" };
	for (int lang = FG_LANG_NONE + 1; lang < FG_LANG__COUNT; lang++) {
		const fg_query *q = fg_ruleset_query(rs, (fg_lang_id)lang);
		if (!q)
			continue;
		for (size_t k = 0; k < FG_ARRAY_SIZE(names); k++) {
			bool compiled = false;
			for (uint32_t i = 0; i < fg_query_capture_count(q); i++)
				compiled = compiled || !strcmp(fg_query_capture_name(q, i), names[k]);
			fg_assert(fg_ruleset_query_captures(rs, (fg_lang_id)lang, names[k]) == compiled);
		}
	}
}

/* Plain-word branches of caseless lines are split from the rest of the pattern; other option settings keep it whole. */
FG_TEST(literals, split_words_from_other_branches)
{
	char *l[16];
	fg_buf rest = FG_BUF_INIT;
	size_t n = fg_split_words("(?:(?i)anthropic|claude|\\b(?:model|llm)\\s+host)|(?:Foundry|x\\.y)", false, l, 16, 3, &rest);
	fg_assert(n == 2);
	fg_assert_str(l[0], "anthropic");
	fg_assert_str(l[1], "claude");
	fg_assert_str(rest.ptr, "(?:(?i)\\b(?:model|llm)\\s+host)|(?:Foundry)|(?:x\\.y)");
	for (size_t i = 0; i < n; i++)
		free(l[i]);
	fg_buf_clear(&rest);
	fg_assert(fg_split_words("(?:(?m)^abc|defg)", true, l, 16, 3, &rest) == 0 && rest.len == 0);
	fg_assert(fg_split_words("\\bzdr\\b|(?:never)\\s+stored", true, l, 16, 3, &rest) == 0);
	fg_buf_release(&rest);
	/* the regex answers from the words, and asks the rest without them */
	char e[256];
	fg_regex *re = fg_regex_compile("(?:(?i)claude|\\bmodel\\s+host)", 0, e, sizeof(e));
	fg_regex *rr = fg_regex_compile("(?:(?i)\\bmodel\\s+host)", 0, e, sizeof(e));
	char *w[1] = { "claude" };
	fg_regex_set_split(re, w, 1, rr);
	fg_matcher *m = fg_matcher_new();
	const char *t1 = "nothing to see here, just a localhost URL and more text";
	const char *t2 = "some text, then the model  host is named CLAUDE at the end";
	const char *t3 = "some text, then the Model  host is named here at the end";
	const char *t4 = "some text, then a \xC5\xBF" "ide note and claude, all of it";
	fg_assert(!fg_regex_test(re, m, t1, strlen(t1)));
	fg_assert(fg_regex_test(re, m, t2, strlen(t2)));
	fg_assert(fg_regex_test(re, m, t3, strlen(t3)));
	fg_assert(fg_regex_test(re, m, t4, strlen(t4)));
	fg_matcher_free(m);
	fg_regex_free(re);
}

static bool has_caseless(const char *text, size_t len, const char *lit)
{
	size_t ll = strlen(lit);
	for (size_t i = 0; i + ll <= len; i++) {
		size_t k = 0;
		while (k < ll && (text[i + k] | 0x20) == lit[k])
			k++;
		if (k == ll)
			return true;
	}
	return false;
}

/*
 * The literal pass skips ahead on texts without a folding character: it
 * answers as a byte-by-byte search would, for literals at every offset, in
 * both cases, at the text's ends, and for split sets (a word after another literal).
 */
FG_TEST(literals, skipping_pass_finds_every_literal)
{
	char e[256];
	static char *const sets[][4] = { { "abc", "xyzw", "opus", NULL }, { "claude", "haiku", "host", "side" } };
	fg_matcher *m = fg_matcher_new();
	unsigned seed = 12345;
	for (size_t si = 0; si < FG_ARRAY_SIZE(sets); si++) {
		size_t nl = 0;
		fg_buf pat = FG_BUF_INIT;
		fg_buf_puts(&pat, "(?:");
		for (; nl < 4 && sets[si][nl]; nl++)
			fg_buf_printf(&pat, "%s%s", nl ? "|" : "", sets[si][nl]);
		fg_buf_puts(&pat, ")");
		fg_regex *re = fg_regex_compile(pat.ptr, FG_RE_CASELESS, e, sizeof(e));
		fg_assert(re != NULL);
		fg_regex_set_literals(re, sets[si], nl, true);
		char text[96];
		for (int round = 0; round < 4000; round++) {
			size_t len = 3 + (size_t)(round % 90);
			for (size_t i = 0; i < len; i++) {
				seed = seed * 1103515245u + 12345u;
				text[i] = "abcdehiklopsuwxyzABCHKLOSXYZ -\n"[(seed >> 16) % 31];
			}
			/* one literal (or none) placed at a pseudo-random offset, maybe in capitals */
			seed = seed * 1103515245u + 12345u;
			size_t pick = (seed >> 16) % (nl + 1);
			if (pick < nl) {
				const char *lit = sets[si][pick];
				size_t ll = strlen(lit);
				if (ll <= len) {
					size_t at = (seed >> 8) % (len - ll + 1);
					for (size_t k = 0; k < ll; k++)
						text[at + k] = (char)((seed & 1) ? lit[k] - 32 : lit[k]);
				}
			}
			text[len] = '\0';
			bool want = false;
			for (size_t k = 0; k < nl && !want; k++)
				want = has_caseless(text, len, sets[si][k]);
			fg_assert(fg_regex_test(re, m, text, len) == want);
		}
		fg_regex_free(re);
		fg_buf_release(&pat);
	}
	fg_matcher_free(m);
}

/*
 * The 16-byte fingerprint filter (fingerprint.c) hands every start of a
 * literal on, at each offset of a block and across blocks: a literal at any
 * offset of a longer text is found, and so is one spelt with ſ (U+017F,
 * which matches s caselessly), which only the pattern can judge.
 */
FG_TEST(literals, fingerprint_filter_keeps_every_offset)
{
	char e[256];
	static char *const lits[] = { "sonnet", "opus", "haiku" };
	fg_regex *re = fg_regex_compile("(?:sonnet|opus|haiku)", FG_RE_CASELESS, e, sizeof(e));
	fg_assert(re != NULL);
	fg_regex_set_literals(re, lits, 3, true);
	fg_matcher *m = fg_matcher_new();
	char text[80];
	for (size_t at = 0; at + 7 <= 70; at++) {
		memset(text, 'x', sizeof(text));
		fg_assert(!fg_regex_test(re, m, text, 70));
		memcpy(text + at, "SONNET", 6);
		fg_assert(fg_regex_test(re, m, text, 70));
		memset(text, 'x', sizeof(text));
		memcpy(text + at, "\xC5\xBFonnet", 7); /* ſonnet */
		fg_assert(fg_regex_test(re, m, text, 70));
		memcpy(text + at, "\xC5\xBEonnet", 7); /* ž: no */
		fg_assert(!fg_regex_test(re, m, text, 70));
	}
	fg_matcher_free(m);
	fg_regex_free(re);
}

/*
 * One pass for a family's literal pre-tests: a pattern whose literals are
 * absent is ruled out, one without a pre-test never is, ſ rules none out;
 * and every CLAIM part that matches a text keeps its bit for that text.
 */
FG_TEST(literals, family_mask_keeps_every_part_that_matches)
{
	char e[256];
	fg_regex *re[3];
	re[0] = fg_regex_compile("(?:stored|kept)\\b", FG_RE_CASELESS, e, sizeof(e));
	re[1] = fg_regex_compile("never\\s+logged", FG_RE_CASELESS, e, sizeof(e));
	re[2] = fg_regex_compile("a+b", FG_RE_CASELESS, e, sizeof(e));
	char *l0[2] = { "stored", "kept" }, *l1[1] = { "logged" };
	fg_regex_set_literals(re[0], l0, 2, false);
	fg_regex_set_literals(re[1], l1, 1, false);
	fg_litmask *lm = fg_litmask_new(re, 3);
	fg_litbits b;
	const char *t = "the prompts are KEPT for a while";
	fg_litmask_scan(lm, t, strlen(t), &b);
	fg_assert(fg_litbits_has(&b, 0) && !fg_litbits_has(&b, 1) && fg_litbits_has(&b, 2));
	t = "nothing of the sort is here at all";
	fg_litmask_scan(lm, t, strlen(t), &b);
	fg_assert(!fg_litbits_has(&b, 0) && !fg_litbits_has(&b, 1) && fg_litbits_has(&b, 2));
	t = "the prompts are \xC5\xBFtored and never logged";
	fg_litmask_scan(lm, t, strlen(t), &b);
	fg_assert(fg_litbits_has(&b, 0) && fg_litbits_has(&b, 1));
	fg_litmask_free(lm);
	for (int i = 0; i < 3; i++)
		fg_regex_free(re[i]);

	const fg_ruleset *rs = fg_test_rules();
	static const char *const texts[] = {
		"Azure's zero data retention covers Claude on Foundry.",
		"Prompts to this deployment are not retained (Azure ZDR).",
		"Abuse monitoring is turned off, so Claude prompts are not logged.",
		"It is deleted on the Claude side as soon as the answer is sent.",
		"Claude prompts sent through Foundry never leave our Azure tenant.",
		"HIPAA-compliant because it runs on Azure.",
		"Builds the request headers.",
	};
	fg_matcher *m = fg_matcher_new();
	for (int f = 0; f < FG_CLAIM__COUNT; f++) {
		fg_assert(rs->claim_masks[f] != NULL);
		for (size_t i = 0; i < FG_ARRAY_SIZE(texts); i++) {
			size_t len = strlen(texts[i]);
			fg_litmask_scan(rs->claim_masks[f], texts[i], len, &b);
			for (int k = 0; k < FG_CLAIM_PARTS && rs->claims[f][k]; k++)
				if (fg_regex_test(rs->claims[f][k], m, texts[i], len))
					fg_assert(fg_litbits_has(&b, (size_t)k));
		}
	}
	fg_matcher_free(m);
}
