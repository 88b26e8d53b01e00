/*
 * test_detector_samples.c - every value detector against its samples.
 *
 * tests/unit/detector_samples.tsv (read at run time, relative to the
 * repository root) holds lines "id<TAB>pos|neg<TAB>sample text":
 *   pos  fg_values_scan over the text reports a value with det->name == id;
 *   neg  it reports no value with that id.
 * Every detector of the loaded ruleset needs at least one pos and one neg
 * line, so a new detector without samples fails here; a line naming an
 * unknown detector (a renamed or removed one) fails too.
 */
#include "harness.h"
#include "analyze/analyze.h"

#define SAMPLES_PATH "tests/unit/detector_samples.tsv"

typedef struct sample {
	int line;
	char *id;
	bool pos;
	char *text;
} sample;

typedef struct sample_set {
	sample *v;
	size_t n;
	int bad; /* malformed lines (already printed) */
} sample_set;

static void samples_free(sample_set *s)
{
	for (size_t i = 0; i < s->n; i++) {
		free(s->v[i].id);
		free(s->v[i].text);
	}
	free(s->v);
	s->v = NULL;
	s->n = 0;
}

/* -1 when the file cannot be opened; malformed lines are printed and counted. */
static int samples_load(sample_set *s)
{
	memset(s, 0, sizeof(*s));
	FILE *f = fopen(SAMPLES_PATH, "r");
	if (!f) {
		printf("    cannot open %s (run the unit tests from the repository root)\n", SAMPLES_PATH);
		return -1;
	}
	char *buf = NULL;
	size_t cap = 0, alloc = 0;
	ssize_t got;
	int lineno = 0;
	while ((got = getline(&buf, &cap, f)) >= 0) {
		lineno++;
		size_t len = (size_t)got;
		while (len && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
			buf[--len] = '\0';
		if (len == 0 || buf[0] == '#')
			continue;
		char *t1 = strchr(buf, '\t');
		char *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
		if (!t1 || !t2 || t1 == buf || t2[1] == '\0') {
			printf("    %s:%d: malformed (want id<TAB>pos|neg<TAB>text): %s\n", SAMPLES_PATH, lineno, buf);
			s->bad++;
			continue;
		}
		*t1 = *t2 = '\0';
		const char *kind = t1 + 1;
		if (strcmp(kind, "pos") != 0 && strcmp(kind, "neg") != 0) {
			printf("    %s:%d: kind must be pos or neg, got \"%s\"\n", SAMPLES_PATH, lineno, kind);
			s->bad++;
			continue;
		}
		if (s->n == alloc) {
			alloc = alloc ? alloc * 2 : 64;
			s->v = fg_xrealloc(s->v, alloc * sizeof(*s->v));
		}
		s->v[s->n++] = (sample){ lineno, fg_xstrdup(buf), kind[0] == 'p', fg_xstrdup(t2 + 1) };
	}
	free(buf);
	fclose(f);
	return 0;
}

static const fg_detector *find_detector(const fg_ruleset *rs, const char *id)
{
	for (size_t i = 0; i < rs->ndetectors; i++)
		if (strcmp(rs->detectors[i].name, id) == 0)
			return &rs->detectors[i];
	return NULL;
}

static void print_failure(const sample *sm, const char *why, const char *text, const fg_value_match *m, size_t n)
{
	printf("    %s:%d: %s\t%s\t%s\n      %s; reported:", SAMPLES_PATH, sm->line, sm->id,
	       sm->pos ? "pos" : "neg", text, why);
	if (n == 0)
		printf(" nothing");
	for (size_t k = 0; k < n; k++)
		printf(" %s=\"%.*s\"", m[k].det->name, (int)(m[k].end - m[k].start), text + m[k].start);
	printf("\n");
}

FG_TEST(detector_samples, samples_match)
{
	sample_set s;
	if (samples_load(&s) < 0) {
		fg_assert(!"cannot open " SAMPLES_PATH);
	}
	const fg_ruleset *rs = fg_test_rules();
	fg_worker *w = fg_worker_new(rs);
	int failed = s.bad;
	for (size_t i = 0; i < s.n; i++) {
		const sample *sm = &s.v[i];
		if (!find_detector(rs, sm->id)) {
			printf("    %s:%d: no detector \"%s\" in the loaded ruleset\n", SAMPLES_PATH, sm->line, sm->id);
			failed++;
			continue;
		}
		fg_value_match m[64];
		size_t n = fg_values_scan(w, sm->text, strlen(sm->text), m, FG_ARRAY_SIZE(m));
		bool hit = false;
		for (size_t k = 0; k < n; k++)
			if (strcmp(m[k].det->name, sm->id) == 0)
				hit = true;
		if (sm->pos && !hit) {
			print_failure(sm, "expected a value of this detector", sm->text, m, n);
			failed++;
		} else if (!sm->pos && hit) {
			print_failure(sm, "expected no value of this detector", sm->text, m, n);
			failed++;
		}
	}
	size_t total = s.n;
	fg_worker_free(w);
	samples_free(&s);
	fg_assert(total > 0);
	if (failed)
		printf("    %d problem(s) in %s (see above; %zu sample lines read)\n", failed, SAMPLES_PATH, total);
	fg_assert(failed == 0);
}

FG_TEST(detector_samples, every_detector_has_samples)
{
	sample_set s;
	if (samples_load(&s) < 0) {
		fg_assert(!"cannot open " SAMPLES_PATH);
	}
	const fg_ruleset *rs = fg_test_rules();
	int missing = 0;
	for (size_t i = 0; i < rs->ndetectors; i++) {
		const char *name = rs->detectors[i].name;
		unsigned pos = 0, neg = 0;
		for (size_t k = 0; k < s.n; k++)
			if (strcmp(s.v[k].id, name) == 0) {
				if (s.v[k].pos)
					pos++;
				else
					neg++;
			}
		if (pos == 0 || neg == 0) {
			printf("    detector %s has %u pos and %u neg lines in %s (needs at least one of each)\n",
			       name, pos, neg, SAMPLES_PATH);
			missing++;
		}
	}
	size_t ndet = rs->ndetectors;
	samples_free(&s);
	fg_assert(ndet > 0);
	fg_assert(missing == 0);
}
