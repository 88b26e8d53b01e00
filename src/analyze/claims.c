/*
 * claims.c - zero-data-retention assumptions in comments, docstrings and
 * documents.
 *
 * Text is cut into blocks (a comment block, a docstring, a paragraph, a
 * list item), blocks into sentences, and each sentence is tagged with the
 * pattern families of rules/claims/patterns.tsv:
 *
 *   a block without one of the literals every CLAIM match contains (derived
 *   from the patterns at load, one search) holds no claim;
 *   a block with a CAVEAT anywhere is a correct statement: nothing to say;
 *   a sentence is a claim when it matches CLAIM, is not hedged (HEDGE, OFF,
 *   a question), names Claude/Anthropic and Azure/Foundry (in the sentence,
 *   its block, or - for both - the file holds Foundry evidence), is not
 *   about another provider (OTHER without Claude in the sentence), its
 *   subject is model traffic (rules/claims/subjects.tsv: TRAFFIC, not our
 *   OWN artefacts; see subject_is_traffic), and it says more than residency.
 */
#include "internal.h"

#include <ctype.h>
#include <strings.h>

/* Bounds: blocks longer than this are cut; a file has at most this many. */
#define BLOCK_MAX_TEXT (16u * 1024u)
#define FILE_MAX_BLOCKS 20000u

typedef struct block {
	fg_buf text;
	uint32_t *origin; /* source byte offset of each text byte */
	size_t cap;
} block;

static void block_reset(block *b)
{
	fg_buf_clear(&b->text);
}

static void block_addc(block *b, char ch, uint32_t origin)
{
	if (b->text.len >= BLOCK_MAX_TEXT)
		return;
	if (b->text.len + 1 > b->cap) {
		b->cap = b->cap ? b->cap * 2 : 256;
		b->origin = fg_xrealloc(b->origin, b->cap * sizeof(uint32_t));
	}
	b->origin[b->text.len] = origin;
	fg_buf_putc(&b->text, ch);
}

/* Appends src[s,e) as one line of the block, joined to the previous with a space. */
static void block_addline(block *b, const char *src, uint32_t s, uint32_t e)
{
	while (s < e && (src[s] == ' ' || src[s] == '\t'))
		s++;
	while (e > s && (src[e - 1] == ' ' || src[e - 1] == '\t' || src[e - 1] == '\r'))
		e--;
	if (s >= e)
		return;
	if (b->text.len)
		block_addc(b, ' ', s);
	/* the run at once, as block_addc would add it byte by byte (up to the bound) */
	size_t n = e - s, at = b->text.len;
	if (at >= BLOCK_MAX_TEXT)
		return;
	n = FG_MIN(n, BLOCK_MAX_TEXT - at);
	if (at + n > b->cap) {
		while (at + n > b->cap)
			b->cap = b->cap ? b->cap * 2 : 256;
		b->origin = fg_xrealloc(b->origin, b->cap * sizeof(uint32_t));
	}
	for (size_t i = 0; i < n; i++)
		b->origin[at + i] = s + (uint32_t)i;
	fg_buf_add(&b->text, src + s, n);
}

static void block_free(block *b)
{
	fg_buf_release(&b->text);
	free(b->origin);
}

typedef struct sentence {
	size_t s, e; /* in block text */
} sentence;

/* Emphasis, quotes and brackets that may close a sentence after its . ; ! ? ("**Why?**", "(see below.)"). */
static bool closer(char c)
{
	return c == '*' || c == '_' || c == '"' || c == '\'' || c == ')' || c == ']' || c == '`';
}

/* Sentences: split after . ; ! ? (and the closers after it) followed by space or end, and at | table separators. */
static size_t split_sentences(const char *t, size_t len, sentence *out, size_t max)
{
	size_t n = 0, start = 0;
	for (size_t i = 0; i <= len && n < max; i++) {
		bool end = i == len;
		if (!end && t[i] == '|') {
			end = true;
		} else if (!end && (t[i] == '.' || t[i] == ';' || t[i] == '!' || t[i] == '?')) {
			size_t k = i + 1;
			while (k < len && closer(t[k]))
				k++;
			if (k == len || t[k] == ' ' || t[k] == '\t') {
				end = true;
				i = k - 1;
			}
		}
		if (!end)
			continue;
		size_t e = (i < len && t[i] != '|') ? i + 1 : i;
		size_t s = start;
		while (s < e && (t[s] == ' ' || t[s] == '|' || t[s] == '-' || t[s] == '*' || t[s] == '>'))
			s++;
		if (e > s + 2) {
			out[n].s = s;
			out[n].e = e;
			n++;
		}
		start = i + 1;
	}
	return n;
}

/* A sentence that ends in '?', before any closers. */
static bool is_question(const char *s, size_t len)
{
	while (len > 0 && closer(s[len - 1]))
		len--;
	return len > 0 && s[len - 1] == '?';
}

/* Does family f match s?  cand: the parts a text that holds s may match (fg_litmask_scan), or NULL. */
static bool fam_in(fg_analysis *a, fg_claim_family f, const char *s, size_t len, const fg_litbits *cand)
{
	for (int k = 0; k < FG_CLAIM_PARTS && a->rs->claims[f][k]; k++) /* parts fill from the first */
		if ((!cand || fg_litbits_has(cand, (size_t)k)) && fg_regex_test(a->rs->claims[f][k], a->w->matcher, s, len))
			return true;
	return false;
}

static bool fam(fg_analysis *a, fg_claim_family f, const char *s, size_t len)
{
	return fam_in(a, f, s, len, NULL);
}

/*
 * A block's candidate parts of family f, found in one pass on first use
 * (*known): its sentences are parts of it and hold no other literals.
 */
static const fg_litbits *block_parts(fg_analysis *a, fg_claim_family f, const char *t, size_t len, fg_litbits *bits,
				     bool *known)
{
	const fg_litmask *lm = a->rs->claim_masks[f];
	if (!lm)
		return NULL;
	if (!*known)
		fg_litmask_scan(lm, t, len, bits);
	*known = true;
	return bits;
}

/* "both vendors", "all models", "every provider": the sentence includes the one this file sends to */
static bool names_all(const char *s, size_t len)
{
	static const char *const words[] = { "both ", "all ", "every ", "each ", "either ", NULL };
	for (int w = 0; words[w]; w++) {
		size_t wl = strlen(words[w]);
		for (size_t i = 0; i + wl <= len; i++)
			if ((i == 0 || !isalpha((unsigned char)s[i - 1])) && !strncasecmp(s + i, words[w], wl))
				return true;
	}
	return false;
}

/*
 * The subject test: the predicate must attach to model traffic.  A sentence
 * that names the prompts, outputs or data sent (TRAFFIC) is about them; one
 * that names only our own artefacts (OWN: checkpoints, caches, parameters,
 * agents, tokens...) is not, whichever agent it names; one with neither that
 * refers back with a pronoun (ANAPHOR) takes its subject from the two
 * sentences before it (ante); one whose OWN noun comes first is about that
 * artefact, and one that names no MODEL right after sentences about our own
 * stores is about those stores.  The
 * scope above the block (section, document, request) is the Claude context
 * tested by the caller.
 */
/* Where family f first matches s, or -1. */
static long fam_first(fg_analysis *a, fg_claim_family f, const char *s, size_t len)
{
	long best = -1;
	for (int k = 0; k < FG_CLAIM_PARTS && a->rs->claims[f][k]; k++) {
		const fg_regex *re = a->rs->claims[f][k];
		size_t ms, me, gs, ge;
		if (fg_regex_search(re, a->w->matcher, s, len, 0, &ms, &me, &gs, &ge) == 1 &&
		    (best < 0 || (long)ms < best))
			best = (long)ms;
	}
	return best;
}

/* A comma, colon, dash or conjunction between two words: they are in different clauses. */
static bool clause_break(const char *s, size_t n)
{
	static const char *const words[] = { " and ", " so ", " but ", " while ", " because ", " since ", NULL };
	for (size_t i = 0; i < n; i++)
		if (s[i] == ',' || s[i] == ':' || s[i] == '(' || (s[i] == '-' && i + 1 < n && s[i + 1] == ' '))
			return true;
	for (int w = 0; words[w]; w++)
		if (memmem(s, n, words[w], strlen(words[w])))
			return true;
	return false;
}

static bool subject_is_traffic(fg_analysis *a, const char *s, size_t sl, const char *ante, size_t antelen)
{
	bool own_ante = antelen && fam(a, FG_CLAIM_OWN, ante, antelen);
	long traffic = fam_first(a, FG_CLAIM_TRAFFIC, s, sl);
	long own = fam_first(a, FG_CLAIM_OWN, s, sl);
	if (traffic >= 0) {
		if (fam(a, FG_CLAIM_MODEL, s, sl))
			return true;
		/* our artefact is the subject ("tool outputs", "the session store keeps no prompts") */
		if (own >= 0 && own < traffic && !clause_break(s + own, (size_t)(traffic - own)))
			return false;
		/* no model named, right after our own stores: their handling, not the model's */
		return !own_ante || fam(a, FG_CLAIM_MODEL, ante, antelen);
	}
	if (own >= 0)
		return false;
	if (!own_ante || !fam(a, FG_CLAIM_ANAPHOR, s, sl))
		return true;
	return fam(a, FG_CLAIM_TRAFFIC, ante, antelen) || fam(a, FG_CLAIM_MODEL, ante, antelen);
}

/*
 * The immediate scope of a block beyond its own text, tested only when a
 * claim needs it:
 *   SCOPE_DOC      a document (Markdown, text) that names Claude, in a repository
 *                  that runs Claude on Foundry: "the model", "the LLM", "the
 *                  provider" in its sentences is Claude on Foundry;
 *   SCOPE_MAPPING  a config comment (YAML, .env, TOML...) sits in a mapping: the
 *                  keys and values of that mapping ("deployment: claude-sonnet-4-5",
 *                  "provider: foundry") say what the comment is about.
 */
enum scope_kind { SCOPE_DOC, SCOPE_MAPPING };

typedef struct scope {
	enum scope_kind kind;
	const char *src;
	uint32_t lo, hi;      /* the document, or the text holding the mapping */
	uint32_t first, last; /* mapping: the comment block's first line start and last line end */
	const char *mk;       /* mapping: the comment marker */
	int claude;           /* -1: not tested yet */
} scope;

static uint32_t indent_of(const char *src, uint32_t p, uint32_t le)
{
	uint32_t s = p;
	while (s < le && (src[s] == ' ' || src[s] == '\t'))
		s++;
	return s - p;
}

/* The lines of the mapping around a config comment (at most this many each way). */
#define MAPPING_LINES 20

/* Does the mapping around the comment name Claude (and Azure, or the repository runs on Foundry)? */
static bool mapping_names_claude(fg_analysis *a, const scope *sc)
{
	const char *src = sc->src;
	uint32_t ml = (uint32_t)strlen(sc->mk);
	uint32_t want = indent_of(src, sc->first, sc->last);
	bool claude = false, azure = a->repo_foundry;
	/* up to the parent key (the first line indented less), down while the lines are indented as much */
	for (int dir = -1; dir <= 1 && !(claude && azure); dir += 2) {
		uint32_t p = dir < 0 ? sc->first : sc->last;
		for (int n = 0; n < MAPPING_LINES && !(claude && azure); n++) {
			uint32_t ls, le;
			if (dir < 0) {
				if (p <= sc->lo)
					break;
				le = p - 1;
				ls = le;
				while (ls > sc->lo && src[ls - 1] != '\n')
					ls--;
				p = ls;
			} else {
				if (p + 1 >= sc->hi)
					break;
				ls = p + 1;
				const char *nl = memchr(src + ls, '\n', sc->hi - ls);
				le = nl ? (uint32_t)(nl - src) : sc->hi;
				p = le;
			}
			uint32_t ind = indent_of(src, ls, le);
			if (ls + ind >= le || src[ls + ind] == '\r')
				break; /* a blank line ends the mapping */
			if (ls + ind + ml <= le && memcmp(src + ls + ind, sc->mk, ml) == 0)
				continue; /* another comment */
			if (dir > 0 && ind < want)
				break; /* the next mapping */
			claude = claude || fam(a, FG_CLAIM_CLAUDE, src + ls + ind, le - ls - ind);
			azure = azure || fam(a, FG_CLAIM_AZURE, src + ls + ind, le - ls - ind);
			if (dir < 0 && ind < want)
				break; /* the parent key */
		}
	}
	return claude && azure;
}

/* Does some line of the document name Claude (the model, on a route to Foundry)? */
static bool doc_names_claude(fg_analysis *a, const scope *sc)
{
	uint32_t p = sc->lo;
	while (p < sc->hi) {
		const char *nl = memchr(sc->src + p, '\n', sc->hi - p);
		uint32_t le = nl ? (uint32_t)(nl - sc->src) : sc->hi;
		if (le > p && fam(a, FG_CLAIM_MODEL, sc->src + p, le - p) && fam(a, FG_CLAIM_CLAUDE, sc->src + p, le - p))
			return true;
		p = le + 1;
	}
	return false;
}

static bool scope_gives_claude(fg_analysis *a, scope *sc, const char *s, size_t sl);

/* A config comment whose mapping names Claude on Foundry: both halves of the context. */
static bool mapping_gives(fg_analysis *a, scope *sc)
{
	return sc && sc->kind == SCOPE_MAPPING && scope_gives_claude(a, sc, NULL, 0);
}

/* Whether the scope makes the sentence s (or, with s NULL, some sentence of the block t) about Claude on Foundry. */
static bool scope_gives_claude(fg_analysis *a, scope *sc, const char *s, size_t sl)
{
	if (!sc)
		return false;
	if (sc->kind == SCOPE_DOC && (!a->repo_foundry || !fam(a, FG_CLAIM_MODEL, s, sl)))
		return false;
	if (sc->claude < 0)
		sc->claude = sc->kind == SCOPE_DOC ? doc_names_claude(a, sc) : mapping_names_claude(a, sc);
	return sc->claude;
}

/*
 * Families are tested lazily, cheapest decision first: most comments have
 * no CLAIM at all and cost one match.
 */
static void evaluate_block(fg_analysis *a, block *b, bool file_ctx, scope *sc)
{
	const char *t = b->text.ptr;
	size_t len = b->text.len;
	/* the literal pre-test first: a block without a word of the CLAIM patterns holds no claim */
	if (!len || (a->rs->claim_literals && !fg_regex_test(a->rs->claim_literals, a->w->matcher, t, len)))
		return;
	int blk_claude = -1, blk_azure = -1; /* -1: not tested yet */
	fg_litbits claim_bits, hedge_bits;
	bool claim_known = false, hedge_known = false;
	/*
	 * In a repository that runs Claude on Foundry, Claude is Claude on
	 * Foundry: the Azure half of the context is given.
	 */
	bool azure_ctx = file_ctx || a->repo_foundry;
	if (!file_ctx) {
		/* Without a Foundry file around it, a claim needs Claude (and Azure) in its block: cheapest test first. */
		if (!azure_ctx) {
			blk_azure = fam(a, FG_CLAIM_AZURE, t, len) || mapping_gives(a, sc);
			if (!blk_azure) {
				/* could still be a claim once the repository turns out to run Claude on Foundry */
				if (fam(a, FG_CLAIM_CLAUDE, t, len) &&
				    fam_in(a, FG_CLAIM_CLAIM, t, len, block_parts(a, FG_CLAIM_CLAIM, t, len, &claim_bits, &claim_known)))
					a->unresolved = true;
				return;
			}
		}
		blk_claude = fam(a, FG_CLAIM_CLAUDE, t, len);
		if (!blk_claude && !scope_gives_claude(a, sc, t, len))
			return;
	}
	const fg_litbits *claim_parts = block_parts(a, FG_CLAIM_CLAIM, t, len, &claim_bits, &claim_known);
	if (!fam_in(a, FG_CLAIM_CLAIM, t, len, claim_parts) || fam(a, FG_CLAIM_CAVEAT, t, len))
		return;
	sentence sent[256];
	size_t ns = split_sentences(t, len, sent, FG_ARRAY_SIZE(sent));
	bool reported = false;
	uint32_t last = 0; /* where the block's last finding starts */
	for (size_t i = 0; i < ns; i++) {
		const char *s = t + sent[i].s;
		size_t sl = sent[i].e - sent[i].s;
		if (is_question(s, sl) || !fam_in(a, FG_CLAIM_CLAIM, s, sl, claim_parts) || fam(a, FG_CLAIM_OFF, s, sl) ||
		    fam_in(a, FG_CLAIM_HEDGE, s, sl, block_parts(a, FG_CLAIM_HEDGE, t, len, &hedge_bits, &hedge_known)))
			continue;
		bool s_claude = fam(a, FG_CLAIM_CLAUDE, s, sl);
		bool claude = s_claude || file_ctx;
		if (!claude) {
			if (blk_claude < 0)
				blk_claude = fam(a, FG_CLAIM_CLAUDE, t, len);
			claude = blk_claude || scope_gives_claude(a, sc, s, sl);
		}
		if (!claude)
			continue;
		bool azure = azure_ctx || fam(a, FG_CLAIM_AZURE, s, sl);
		if (!azure) {
			if (blk_azure < 0)
				blk_azure = fam(a, FG_CLAIM_AZURE, t, len);
			azure = blk_azure;
		}
		if (!azure) {
			a->unresolved = true; /* decided again with the repository's context */
			continue;
		}
		if (!s_claude && fam(a, FG_CLAIM_OTHER, s, sl))
			continue;
		/*
		 * A comment that names Azure OpenAI (an embeddings resource, say) and
		 * no Anthropic model, then describes "this resource": with no Claude
		 * in the block, a block that names another provider or store is about
		 * that one.
		 */
		if (!s_claude) {
			if (blk_claude < 0)
				blk_claude = fam(a, FG_CLAIM_CLAUDE, t, len);
			if (!blk_claude && !names_all(s, sl) && fam(a, FG_CLAIM_OTHER, t, len))
				continue;
		}
		size_t ante = sent[i >= 2 ? i - 2 : 0].s;
		if (!subject_is_traffic(a, s, sl, t + ante, sent[i].s - ante))
			continue;
		/* "stays in Azure" alone is residency: true with the "Hosted on Azure" option */
		bool retention = fam(a, FG_CLAIM_RETENTION, s, sl);
		bool tenant = !retention && fam(a, FG_CLAIM_TENANT, s, sl);
		if (!retention && !tenant && fam(a, FG_CLAIM_RESIDENCY, s, sl))
			continue;
		uint32_t start = b->origin[sent[i].s];
		uint32_t end = b->origin[sent[i].e - 1] + 1;
		/* two claims on one line are one finding */
		if (reported && start >= last && !memchr(a->src + last, '\n', start - last))
			continue;
		reported = true;
		last = start;
		fg_buf msg = FG_BUF_INIT;
		fg_buf_puts(&msg, tenant ? "Assumes Claude traffic on Foundry stays with Microsoft or in the tenant: \""
					 : "Assumes Azure's zero data retention or privacy terms cover Claude on Foundry: \"");
		/* a comment may quote a real value: redact the whole sentence, then shorten it */
		fg_buf red = FG_BUF_INIT;
		fg_redact_text(a->w, s, sl, &red);
		size_t show = FG_MIN(red.len, (size_t)90);
		while (show < red.len && show > 0 && ((unsigned char)red.ptr[show] & 0xC0) == 0x80)
			show--;
		for (const char *r = red.ptr; r && show < red.len && (r = strstr(r, "[redacted]")); r += 10)
			if ((size_t)(r - red.ptr) < show && (size_t)(r - red.ptr) + 10 > show)
				show = (size_t)(r - red.ptr) + 10; /* never cut the marker */
		fg_buf_add(&msg, red.ptr ? red.ptr : "", show);
		if (show < red.len)
			fg_buf_puts(&msg, "\xE2\x80\xA6");
		uint64_t seed = fg_hash64(red.ptr ? red.ptr : "", red.len, 0xc1a1); /* the redacted sentence */
		fg_buf_release(&red);
		fg_buf_puts(&msg, tenant ? "\". It does not: Anthropic is the independent processor of Claude prompts and "
					   "outputs on Foundry, whichever hosting option, and its personnel may review flagged "
					   "content. Correct the comment and do not rely on it to send sensitive data."
					 : "\". They do not: retention of Claude prompts and outputs is governed by Anthropic's "
					   "terms, and Anthropic may keep them for about a week to a month, longer if flagged. "
					   "Correct the comment and do not rely on it to send sensitive data.");
		fg_finding *f = fg__emit(a, "zdr-claim/retention-assumption", "claim", start, end, msg.ptr, seed);
		fg_buf_release(&msg);
		if (f)
			fg_finding_add_step(f, f->line, f->col, "claim");
	}
}

/* Evaluates the block and starts the next one. */
static void flush(fg_analysis *a, block *b, bool ctx, scope *sc)
{
	evaluate_block(a, b, ctx, sc);
	block_reset(b);
}

/* Strips comment syntax from one line of a comment and adds it to the block. */
static void add_comment_line(block *b, const char *src, uint32_t s, uint32_t e)
{
	while (s < e && (src[s] == ' ' || src[s] == '\t'))
		s++;
	/* Leading markers: // and ///, #, slash-star, slash-star-star, *, triple quotes */
	for (int guard = 0; guard < 4 && s < e; guard++) {
		if (src[s] == '<' && s + 1 < e && src[s + 1] == '#') {
			s += 2; /* PowerShell <# ... #> */
			while (s < e && src[s] == '#')
				s++;
		} else if (src[s] == '/' && s + 1 < e && (src[s + 1] == '/' || src[s + 1] == '*')) {
			s += 2;
			while (s < e && (src[s] == '/' || src[s] == '*' || src[s] == '!'))
				s++;
		} else if (src[s] == '#' || src[s] == '*') {
			while (s < e && (src[s] == '#' || src[s] == '*'))
				s++;
		} else if (src[s] == '-' && s + 1 < e && src[s + 1] == '-') {
			while (s < e && src[s] == '-')
				s++; /* SQL */
		} else if (e - s >= 3 && (memcmp(src + s, "\"\"\"", 3) == 0 || memcmp(src + s, "'''", 3) == 0)) {
			s += 3;
		} else {
			break;
		}
		while (s < e && (src[s] == ' ' || src[s] == '\t'))
			s++;
	}
	/* PowerShell help keywords (.SYNOPSIS, .NOTES, .PARAMETER Name): a heading; the text before it ends there */
	if (e - s >= 5 && src[s] == '.' && src[s + 1] >= 'A' && src[s + 1] <= 'Z') {
		uint32_t k = s + 1, spaces = 0;
		while (k < e && src[k] >= 'A' && src[k] <= 'Z')
			k++;
		for (uint32_t q = k; q < e; q++)
			spaces += src[q] == ' ' || src[q] == '\t';
		if (k - s >= 5 && (k == e || (src[k] == ' ' && spaces == 1))) {
			if (b->text.len)
				block_addc(b, '.', s);
			return;
		}
	}
	/* Ruby's =begin / =end lines hold no text */
	if (e - s >= 4 && (memcmp(src + s, "=begin", FG_MIN(e - s, 6u)) == 0 || memcmp(src + s, "=end", 4) == 0)) {
		uint32_t m = s + (src[s + 1] == 'b' ? 6 : 4);
		if (m > e)
			m = e;
		s = m;
		while (s < e && (src[s] == ' ' || src[s] == '\t'))
			s++;
	}
	/* XML doc tags on a line of their own (<summary>, </remarks>): markup, not text */
	if (s < e && src[s] == '<') {
		uint32_t k = s;
		while (k < e && src[k] != '>')
			k++;
		uint32_t r = k + 1;
		while (r < e && (src[r] == ' ' || src[r] == '\t' || src[r] == '\r'))
			r++;
		if (k < e && r >= e)
			return;
		if (k < e && e - s > 2 && (src[s + 1] == '/' || isalpha((unsigned char)src[s + 1])))
			s = k + 1; /* <para>text: keep the text */
	}
	/* Trailing markers: star-slash and closing quotes. */
	for (int guard = 0; guard < 2 && e > s; guard++) {
		while (e > s && (src[e - 1] == ' ' || src[e - 1] == '\t' || src[e - 1] == '\r'))
			e--;
		if (e - s >= 2 && ((src[e - 2] == '*' && src[e - 1] == '/') || (src[e - 2] == '#' && src[e - 1] == '>')))
			e -= 2;
		else if (e - s >= 3 && (memcmp(src + e - 3, "\"\"\"", 3) == 0 || memcmp(src + e - 3, "'''", 3) == 0))
			e -= 3;
	}
	block_addline(b, src, s, e);
}

/* Adds the lines of src[s,e) (a comment or docstring) to the block. */
static void add_comment_text(block *b, const char *src, uint32_t s, uint32_t e)
{
	uint32_t p = s;
	while (p < e) {
		const char *nl = memchr(src + p, '\n', e - p);
		uint32_t le = nl ? (uint32_t)(nl - src) : e;
		add_comment_line(b, src, p, le);
		p = le + 1;
	}
}

static bool only_space_between(const char *src, uint32_t a, uint32_t b, int *newlines)
{
	*newlines = 0;
	for (uint32_t i = a; i < b; i++) {
		if (src[i] == '\n')
			(*newlines)++;
		else if (src[i] != ' ' && src[i] != '\t' && src[i] != '\r')
			return false;
	}
	return true;
}

static bool is_line_comment(const char *src, uint32_t s, uint32_t e)
{
	if (e - s >= 2 && src[s] == '/' && src[s + 1] == '/')
		return true;
	return e > s && src[s] == '#';
}

void fg__analyze_claims_tree(fg_analysis *a, const fg_tree *tree)
{
	const fg_query *q = fg_ruleset_query(a->rs, fg_tree_lang(tree));
	if (!q || !a->rs->claims[FG_CLAIM_CLAIM][0])
		return;
	uint32_t ncap = fg_query_capture_count(q);
	int id_comment = -1, id_doc = -1;
	for (uint32_t i = 0; i < ncap; i++) {
		const char *nm = fg_query_capture_name(q, i);
		if (strcmp(nm, "comment") == 0)
			id_comment = (int)i;
		else if (strcmp(nm, "docstring") == 0)
			id_doc = (int)i;
	}
	bool ctx = a->file_foundry || a->has_request;
	block b = { 0 };
	uint32_t prev_end = 0;
	bool open_line_block = false;
	const fg_capture *caps = NULL;
	uint32_t n = 0;
	unsigned blocks = 0;
	/*
	 * The comments fg__collect recorded from its run of the same query (the
	 * same matches in the same order); the query again only without them.
	 */
	size_t next = 0;
	if (!a->comments_known)
		fg_query_exec(a->w->cursor, q, tree);
	for (;;) {
		if (a->comments_known) {
			/* one recorded match: its comment captures */
			if (next >= a->ncomments || blocks >= FILE_MAX_BLOCKS)
				break;
			size_t end = next + 1;
			while (end < a->ncomments && !a->comments[end].new_match)
				end++;
			n = (uint32_t)(end - next);
		} else if (!fg_query_next(a->w->cursor, &caps, &n) || blocks >= FILE_MAX_BLOCKS) {
			break;
		}
		for (uint32_t i = 0; i < n; i++) {
			uint32_t s, e;
			bool doc;
			if (a->comments_known) {
				s = a->comments[next + i].start;
				e = a->comments[next + i].end;
				doc = a->comments[next + i].doc;
			} else {
				int id = (int)caps[i].id;
				if (id != id_comment && id != id_doc)
					continue;
				s = fg_node_start(caps[i].node);
				e = fg_node_end(caps[i].node);
				doc = id == id_doc;
			}
			bool line = !doc && is_line_comment(a->src, s, e);
			/* A trailing comment (code before it on its line) is a block of its own. */
			bool trailing = false;
			for (uint32_t k = s; k > 0 && a->src[k - 1] != '\n'; k--)
				if (a->src[k - 1] != ' ' && a->src[k - 1] != '\t') {
					trailing = true;
					break;
				}
			int nls = 0;
			/* Consecutive line comments on adjacent lines form one block. */
			if (open_line_block && line && !trailing && s >= prev_end && only_space_between(a->src, prev_end, s, &nls) &&
			    nls == 1) {
				add_comment_text(&b, a->src, s, e);
			} else {
				if (open_line_block || b.text.len) {
					evaluate_block(a, &b, ctx, NULL);
					blocks++;
				}
				block_reset(&b);
				add_comment_text(&b, a->src, s, e);
				if (!line || trailing) {
					evaluate_block(a, &b, ctx, NULL);
					blocks++;
					block_reset(&b);
				}
				open_line_block = line && !trailing;
			}
			prev_end = e;
		}
		if (a->comments_known)
			next += n;
	}
	if (b.text.len)
		evaluate_block(a, &b, ctx, NULL);
	block_free(&b);
}

/* ---- files without a grammar ---- */

static bool blank_line(const char *s, uint32_t a, uint32_t e)
{
	for (uint32_t i = a; i < e; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return false;
	return true;
}

static bool starts_item(const char *s, uint32_t a, uint32_t e)
{
	while (a < e && (s[a] == ' ' || s[a] == '\t' || s[a] == '>'))
		a++;
	if (a >= e)
		return false;
	if ((s[a] == '-' || s[a] == '*' || s[a] == '+') && a + 1 < e && s[a + 1] == ' ')
		return true;
	if (s[a] == '#' || s[a] == '|')
		return true;
	uint32_t d = a;
	while (d < e && s[d] >= '0' && s[d] <= '9')
		d++;
	return d > a && d + 1 < e && (s[d] == '.' || s[d] == ')') && s[d + 1] == ' ';
}

static void line_comments(fg_analysis *a, const char *src, uint32_t lo, uint32_t hi, bool ctx, const char *mk);

/* A fence of a config language whose comments start with '#' (no grammar reads it: its comments are read here). */
static bool hash_config_fence(const char *src, uint32_t info, uint32_t le)
{
	static const char *const langs[] = { "yaml", "yml", "toml", "ini", "cfg", "conf", "properties",
					     "env", "dotenv", "hcl", "terraform", "tf", NULL };
	while (info < le && (src[info] == ' ' || src[info] == '\t' || src[info] == '{' || src[info] == '.'))
		info++;
	uint32_t e = info;
	while (e < le && isalnum((unsigned char)src[e]))
		e++;
	for (int k = 0; langs[k]; k++)
		if (strlen(langs[k]) == e - info && !strncasecmp(src + info, langs[k], e - info))
			return true;
	return false;
}

static void prose(fg_analysis *a, const char *src, bool ctx)
{
	uint32_t len = (uint32_t)a->len;
	block b = { 0 };
	uint32_t p = 0;
	scope doc = { .kind = SCOPE_DOC, .src = src, .lo = 0, .hi = len, .claude = -1 };
	uint32_t config_body = 0; /* a config fence's first line, or 0 */
	/*
	 * A section headed "Claude on Azure AI Foundry" gives its paragraphs
	 * their context, down to the next heading of the same or a higher level.
	 */
	int section_level = 0;
	bool section = false;
	/* A fenced code block is code, not prose: fences.c reads it in its own language. */
	bool in_fence = false;
	char fence_ch = 0;
	uint32_t fence_len = 0;
	while (p < len) {
		const char *nl = memchr(src + p, '\n', len - p);
		uint32_t le = nl ? (uint32_t)(nl - src) : len;
		char fc;
		uint32_t fk, finfo;
		bool fence = fg__fence_line(src, p, le, &fc, &fk, &finfo);
		if (in_fence || fence) {
			if (!in_fence) {
				fence_ch = fc;
				fence_len = fk;
				in_fence = true;
				config_body = hash_config_fence(src, finfo, le) ? le + 1 : 0;
			} else if (fence && fc == fence_ch && fk >= fence_len) {
				in_fence = false;
				if (config_body && config_body < p)
					line_comments(a, src, config_body, p, ctx || section, "#");
				config_body = 0;
			}
			flush(a, &b, ctx || section, &doc);
			p = le + 1;
			continue;
		}
		if (blank_line(src, p, le) || starts_item(src, p, le)) {
			flush(a, &b, ctx || section, &doc);
		}
		if (!blank_line(src, p, le)) {
			uint32_t s = p;
			while (s < le && (src[s] == ' ' || src[s] == '\t' || src[s] == '>'))
				s++;
			bool heading = s < le && src[s] == '#';
			int level = 0;
			while (s < le && src[s] == '#') {
				s++;
				level++;
			}
			if (heading) {
				flush(a, &b, ctx || section, &doc);
				if (!section || level <= section_level) {
					section = fam(a, FG_CLAIM_CLAUDE, src + s, le - s) && fam(a, FG_CLAIM_AZURE, src + s, le - s) &&
						  !fam(a, FG_CLAIM_OTHER, src + s, le - s);
					section_level = level;
				}
			}
			block_addline(&b, src, s, le);
			/* A heading or table row is a block of its own: the next line starts afresh. */
			if (heading || (s < le && src[s] == '|')) {
				flush(a, &b, ctx || section, &doc);
			}
		}
		p = le + 1;
	}
	evaluate_block(a, &b, ctx || section, &doc);
	block_free(&b);
}

/*
 * # (or --) comments of src[lo,hi): whole-line comment runs form a block; a
 * trailing comment is its own block.  Each block's scope is the mapping it
 * sits in.
 */
static void line_comments(fg_analysis *a, const char *src, uint32_t lo, uint32_t hi, bool ctx, const char *mk)
{
	size_t ml = strlen(mk);
	block b = { 0 };
	scope sc = { .kind = SCOPE_MAPPING, .src = src, .lo = lo, .hi = hi, .mk = mk, .claude = -1 };
	uint32_t p = lo;
	while (p < hi) {
		const char *nl = memchr(src + p, '\n', hi - p);
		uint32_t le = nl ? (uint32_t)(nl - src) : hi;
		uint32_t s = p;
		while (s < le && (src[s] == ' ' || src[s] == '\t'))
			s++;
		if (s + ml <= le && memcmp(src + s, mk, ml) == 0) {
			if (!b.text.len)
				sc.first = p;
			sc.last = le;
			add_comment_line(&b, src, s, le);
		} else {
			flush(a, &b, ctx, &sc);
			sc.claude = -1;
			/* trailing comment: ` # ...` outside quotes */
			char q = 0;
			for (uint32_t i = s; i < le; i++) {
				char ch = src[i];
				if (q) {
					if (ch == q)
						q = 0;
				} else if (ch == '"' || ch == '\'') {
					q = ch;
				} else if (i + ml <= le && memcmp(src + i, mk, ml) == 0 && i > s &&
					   (src[i - 1] == ' ' || src[i - 1] == '\t')) {
					sc.first = p;
					sc.last = le;
					add_comment_line(&b, src, i, le);
					flush(a, &b, ctx, &sc);
					sc.claude = -1;
					break;
				}
			}
		}
		p = le + 1;
	}
	evaluate_block(a, &b, ctx, &sc);
	block_free(&b);
}

/* C-family sources: // runs and block comments, skipping string literals. */
static void clike_comments(fg_analysis *a, bool ctx)
{
	const char *src = a->src;
	uint32_t len = (uint32_t)a->len;
	block b = { 0 };
	uint32_t i = 0, last_line_comment_end = 0;
	bool in_run = false;
	while (i < len) {
		char ch = src[i];
		if (ch == '"' || ch == '`' || ch == '\'') {
			char q = ch;
			i++;
			while (i < len && src[i] != q && !(q != '`' && src[i] == '\n')) {
				if (src[i] == '\\')
					i++;
				i++;
			}
			i++;
			continue;
		}
		if (ch == '/' && i + 1 < len && src[i + 1] == '/') {
			const char *nl = memchr(src + i, '\n', len - i);
			uint32_t le = nl ? (uint32_t)(nl - src) : len;
			int nls = 0;
			if (!(in_run && only_space_between(src, last_line_comment_end, i, &nls) && nls == 1)) {
				flush(a, &b, ctx, NULL);
			}
			add_comment_line(&b, src, i, le);
			in_run = true;
			last_line_comment_end = le;
			i = le;
			continue;
		}
		if (ch == '/' && i + 1 < len && src[i + 1] == '*') {
			flush(a, &b, ctx, NULL);
			in_run = false;
			const char *end = memmem(src + i + 2, len - i - 2, "*/", 2);
			uint32_t e = end ? (uint32_t)(end - src) + 2 : len;
			add_comment_text(&b, src, i, e);
			flush(a, &b, ctx, NULL);
			i = e;
			continue;
		}
		i++;
	}
	evaluate_block(a, &b, ctx, NULL);
	block_free(&b);
}

static bool is_html(const char *path)
{
	const char *dot = strrchr(path, '.');
	return dot && (!strcasecmp(dot, ".html") || !strcasecmp(dot, ".htm"));
}

/*
 * An HTML page as prose, offset for offset: markup becomes spaces, and a
 * block-level tag (p, li, td, headings, br...) a blank line, so paragraphs
 * and cells are blocks of their own and reported at their own lines.
 */
static char *html_text(const char *src, size_t len)
{
	static const char *const blocks[] = { "p", "li", "td", "th", "tr", "div", "br", "h1", "h2", "h3", "h4",
					      "h5", "h6", "ul", "ol", "table", "section", "article", "blockquote",
					      "dd", "dt", "body", "head", "title", "header", "footer", NULL };
	char *t = fg_xmalloc(len + 1);
	memcpy(t, src, len);
	t[len] = '\0';
	for (size_t i = 0; i < len; i++) {
		if (t[i] != '<')
			continue;
		size_t j = i + 1;
		while (j < len && t[j] != '>')
			j++;
		if (j >= len)
			break;
		size_t n = i + 1 + (t[i + 1] == '/');
		size_t e = n;
		while (e < j && ((t[e] >= 'a' && t[e] <= 'z') || (t[e] >= 'A' && t[e] <= 'Z') || (t[e] >= '0' && t[e] <= '9')))
			e++;
		bool is_block = false;
		for (int k = 0; blocks[k] && !is_block; k++)
			is_block = strlen(blocks[k]) == e - n && !strncasecmp(t + n, blocks[k], e - n);
		for (size_t k = i; k <= j; k++)
			if (t[k] != '\n')
				t[k] = ' ';
		if (is_block && j > i + 1) {
			t[i] = '\n';
			t[j] = '\n';
		}
		bool raw = src[i + 1] != '/' && ((e - n == 6 && !strncasecmp(src + n, "script", 6)) ||
						    (e - n == 5 && !strncasecmp(src + n, "style", 5)));
		if (raw) {
			/* script and style bodies are not prose: blank them to their closing tag */
			const char *close = e - n == 6 ? "</script" : "</style";
			size_t k = j + 1;
			while (k < len && strncasecmp(src + k, close, strlen(close)) != 0) {
				if (t[k] != '\n')
					t[k] = ' ';
				k++;
			}
			j = k > 0 ? k - 1 : k;
		}
		i = j;
	}
	return t;
}

void fg__analyze_claims_text(fg_analysis *a)
{
	if (!a->rs->claims[FG_CLAIM_CLAIM][0])
		return;
	bool ctx = a->file_foundry;
	switch (a->type.text) {
	case FG_TEXT_PROSE:
		if (is_html(a->path)) {
			char *text = html_text(a->src, a->len);
			prose(a, text, ctx);
			free(text);
		} else {
			prose(a, a->src, ctx);
		}
		break;
	case FG_TEXT_HASH:
		line_comments(a, a->src, 0, (uint32_t)a->len, ctx, "#");
		break;
	case FG_TEXT_SQL:
		line_comments(a, a->src, 0, (uint32_t)a->len, ctx, "--");
		clike_comments(a, ctx); /* its block comments */
		break;
	case FG_TEXT_CLIKE:
		clike_comments(a, ctx);
		break;
	default:
		break;
	}
}
