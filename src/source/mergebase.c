/*
 * mergebase.c - merge-base(A, B) as git computes it (commit.c's
 * paint_down_to_common and remove_redundant), honouring the shallow
 * boundary: a commit listed in the repository's `shallow` file has no
 * parents here, so the walk never asks for an object a shallow clone does
 * not have.  libgit2 1.5 has no shallow support: its merge-base parses the
 * parents of boundary commits and fails whenever the walk pops one before
 * it is done (same-second commits, clock skew, a merge base that is itself
 * the boundary), although git finds the merge base.
 */
#include "source_internal.h"

enum { P1 = 1, P2 = 2, STALE = 4, RESULT = 8, QUEUED_MASK = P1 | P2 | STALE };

typedef struct mb_node {
	git_oid id;
	int64_t time;
	size_t *parents; /* node indices */
	size_t nparents;
	unsigned flags;
	bool parsed;
} mb_node;

typedef struct mb_qent {
	size_t node;
	uint64_t seq; /* equal dates leave the queue in insertion order, as git's prio_queue does */
} mb_qent;

typedef struct mb_walk {
	git_repository *repo;
	mb_node *nodes;
	size_t nnodes, cap;
	size_t *slots; /* open-addressing table of node index + 1 (0 = empty) */
	size_t nslots;
	git_oid *shallow; /* sorted */
	size_t nshallow;
	bool hit_boundary;
	mb_qent *heap;
	size_t nheap, heapcap;
	uint64_t seq;
	char *err;
	size_t errlen;
} mb_walk;

static size_t oid_hash(const git_oid *id)
{
	size_t h;
	memcpy(&h, id->id, sizeof(h));
	return h;
}

static void grow_slots(mb_walk *w)
{
	free(w->slots);
	w->nslots = w->nslots ? w->nslots * 2 : 1024;
	w->slots = fg_xcalloc(w->nslots, sizeof(size_t));
	for (size_t i = 0; i < w->nnodes; i++) {
		size_t s = oid_hash(&w->nodes[i].id) & (w->nslots - 1);
		while (w->slots[s])
			s = (s + 1) & (w->nslots - 1);
		w->slots[s] = i + 1;
	}
}

/* The node of a commit id, created (unparsed) on first sight. */
static size_t node_of(mb_walk *w, const git_oid *id)
{
	if ((w->nnodes + 1) * 2 > w->nslots)
		grow_slots(w);
	size_t s = oid_hash(id) & (w->nslots - 1);
	for (; w->slots[s]; s = (s + 1) & (w->nslots - 1))
		if (git_oid_equal(&w->nodes[w->slots[s] - 1].id, id))
			return w->slots[s] - 1;
	if (w->nnodes == w->cap) {
		w->cap = w->cap ? w->cap * 2 : 256;
		w->nodes = fg_xrealloc(w->nodes, w->cap * sizeof(mb_node));
	}
	mb_node *n = &w->nodes[w->nnodes];
	memset(n, 0, sizeof(*n));
	git_oid_cpy(&n->id, id);
	w->slots[s] = w->nnodes + 1;
	return w->nnodes++;
}

static int cmp_oid(const void *a, const void *b)
{
	return git_oid_cmp(a, b);
}

static bool is_grafted(const mb_walk *w, const git_oid *id)
{
	return w->nshallow && bsearch(id, w->shallow, w->nshallow, sizeof(git_oid), cmp_oid);
}

/* <commondir>/shallow: one commit id a line, the commits whose parents this clone does not have. */
static void read_shallow(mb_walk *w)
{
	fg_buf path = FG_BUF_INIT;
	fg_buf_printf(&path, "%sshallow", git_repository_commondir(w->repo));
	FILE *fp = fopen(path.ptr, "r");
	fg_buf_release(&path);
	if (!fp)
		return;
	char line[256];
	size_t cap = 0;
	while (fgets(line, sizeof(line), fp)) {
		git_oid id;
		if (strlen(line) < GIT_OID_HEXSZ || git_oid_fromstrn(&id, line, GIT_OID_HEXSZ) < 0)
			continue;
		if (w->nshallow == cap) {
			cap = cap ? cap * 2 : 16;
			w->shallow = fg_xrealloc(w->shallow, cap * sizeof(git_oid));
		}
		w->shallow[w->nshallow++] = id;
	}
	fclose(fp);
	if (w->nshallow > 1)
		qsort(w->shallow, w->nshallow, sizeof(git_oid), cmp_oid);
}

/* Reads a commit's date and parents (none past the shallow boundary). */
static int parse(mb_walk *w, size_t ni)
{
	if (w->nodes[ni].parsed)
		return 0;
	git_commit *c = NULL;
	git_oid id = w->nodes[ni].id;
	if (git_commit_lookup(&c, w->repo, &id) < 0)
		return fg__missing_object(w->repo, &id, "a commit of the history between the two revisions", w->err,
					  w->errlen);
	int64_t time = (int64_t)git_commit_time(c);
	bool grafted = is_grafted(w, &id);
	size_t np = grafted ? 0 : git_commit_parentcount(c);
	size_t *parents = np ? fg_xmalloc(np * sizeof(size_t)) : NULL;
	for (size_t i = 0; i < np; i++)
		parents[i] = node_of(w, git_commit_parent_id(c, (unsigned)i)); /* may move w->nodes */
	git_commit_free(c);
	mb_node *n = &w->nodes[ni];
	n->time = time;
	n->parents = parents;
	n->nparents = np;
	n->parsed = true;
	if (grafted)
		w->hit_boundary = true;
	return 0;
}

/* Newest first; equal dates in insertion order. */
static bool before(const mb_walk *w, const mb_qent *a, const mb_qent *b)
{
	int64_t ta = w->nodes[a->node].time, tb = w->nodes[b->node].time;
	return ta != tb ? ta > tb : a->seq < b->seq;
}

static void push(mb_walk *w, size_t ni)
{
	if (w->nheap == w->heapcap) {
		w->heapcap = w->heapcap ? w->heapcap * 2 : 64;
		w->heap = fg_xrealloc(w->heap, w->heapcap * sizeof(mb_qent));
	}
	size_t i = w->nheap++;
	w->heap[i] = (mb_qent){ ni, w->seq++ };
	while (i && before(w, &w->heap[i], &w->heap[(i - 1) / 2])) {
		mb_qent t = w->heap[i];
		w->heap[i] = w->heap[(i - 1) / 2];
		w->heap[(i - 1) / 2] = t;
		i = (i - 1) / 2;
	}
}

static size_t pop(mb_walk *w)
{
	size_t top = w->heap[0].node;
	w->heap[0] = w->heap[--w->nheap];
	for (size_t i = 0;;) {
		size_t l = 2 * i + 1, r = l + 1, m = i;
		if (l < w->nheap && before(w, &w->heap[l], &w->heap[m]))
			m = l;
		if (r < w->nheap && before(w, &w->heap[r], &w->heap[m]))
			m = r;
		if (m == i)
			break;
		mb_qent t = w->heap[i];
		w->heap[i] = w->heap[m];
		w->heap[m] = t;
		i = m;
	}
	return top;
}

static bool queue_has_nonstale(const mb_walk *w)
{
	for (size_t i = 0; i < w->nheap; i++)
		if (!(w->nodes[w->heap[i].node].flags & STALE))
			return true;
	return false;
}

static void clear_flags(mb_walk *w)
{
	for (size_t i = 0; i < w->nnodes; i++)
		w->nodes[i].flags = 0;
	w->nheap = 0;
}

/*
 * Paints `one` with P1 and `twos` with P2 down the history until only
 * stale commits remain queued; commits reached from both sides are added
 * to *res (node indices).  Returns 0 or -1 (a missing commit, in w->err).
 */
static int paint_down_to_common(mb_walk *w, size_t one, const size_t *twos, size_t ntwos, size_t **res, size_t *nres)
{
	if (parse(w, one) < 0)
		return -1;
	w->nodes[one].flags |= P1;
	push(w, one);
	for (size_t i = 0; i < ntwos; i++) {
		if (parse(w, twos[i]) < 0)
			return -1;
		w->nodes[twos[i]].flags |= P2;
		push(w, twos[i]);
	}
	while (queue_has_nonstale(w)) {
		size_t ci = pop(w);
		unsigned flags = w->nodes[ci].flags & QUEUED_MASK;
		if (flags == (P1 | P2)) {
			if (!(w->nodes[ci].flags & RESULT)) {
				w->nodes[ci].flags |= RESULT;
				*res = fg_xrealloc(*res, (*nres + 1) * sizeof(size_t));
				(*res)[(*nres)++] = ci;
			}
			flags |= STALE; /* the parents of a common commit are not interesting */
		}
		for (size_t k = 0; k < w->nodes[ci].nparents; k++) {
			size_t p = w->nodes[ci].parents[k];
			if ((w->nodes[p].flags & flags) == flags)
				continue;
			if (parse(w, p) < 0)
				return -1;
			w->nodes[p].flags |= flags;
			push(w, p);
		}
	}
	return 0;
}

/* Drops the candidates that are ancestors of another candidate (git's remove_redundant). */
static int remove_redundant(mb_walk *w, size_t *cand, size_t *ncand)
{
	size_t n = *ncand;
	bool *redundant = fg_xcalloc(n, sizeof(bool));
	size_t *others = fg_xmalloc(n * sizeof(size_t));
	int rc = 0;
	for (size_t i = 0; i < n && rc == 0; i++) {
		if (redundant[i])
			continue;
		size_t no = 0;
		for (size_t j = 0; j < n; j++)
			if (j != i && !redundant[j])
				others[no++] = cand[j];
		size_t *junk = NULL, njunk = 0;
		clear_flags(w);
		rc = paint_down_to_common(w, cand[i], others, no, &junk, &njunk);
		free(junk);
		if (w->nodes[cand[i]].flags & P2)
			redundant[i] = true;
		for (size_t j = 0; j < n; j++)
			if (j != i && (w->nodes[cand[j]].flags & P1))
				redundant[j] = true;
	}
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (!redundant[i])
			cand[k++] = cand[i];
	*ncand = k;
	free(redundant);
	free(others);
	return rc;
}

int fg__merge_base(git_oid *out, bool *shallow_boundary, git_repository *repo, const git_oid *a, const git_oid *b,
		   char *err, size_t errlen)
{
	mb_walk w = { 0 };
	w.repo = repo;
	w.err = err;
	w.errlen = errlen;
	*shallow_boundary = false;
	read_shallow(&w);
	size_t one = node_of(&w, a), two = node_of(&w, b);
	size_t *res = NULL, nres = 0;
	int rc = 0;
	if (one == two) {
		git_oid_cpy(out, a);
		goto done;
	}
	rc = paint_down_to_common(&w, one, &two, 1, &res, &nres);
	/* Results reached later through another result are not the best common ancestors. */
	size_t k = 0;
	for (size_t i = 0; rc == 0 && i < nres; i++)
		if (!(w.nodes[res[i]].flags & STALE))
			res[k++] = res[i];
	nres = k;
	*shallow_boundary = w.hit_boundary;
	if (rc == 0 && nres > 1)
		rc = remove_redundant(&w, res, &nres);
	if (rc == 0 && !nres)
		rc = GIT_ENOTFOUND;
	if (rc == 0) {
		/* git prints the newest (the first of its date-ordered list) */
		size_t best = res[0];
		for (size_t i = 1; i < nres; i++)
			if (w.nodes[res[i]].time > w.nodes[best].time)
				best = res[i];
		git_oid_cpy(out, &w.nodes[best].id);
	}
done:
	for (size_t i = 0; i < w.nnodes; i++)
		free(w.nodes[i].parents);
	free(w.nodes);
	free(w.slots);
	free(w.shallow);
	free(w.heap);
	free(res);
	return rc;
}
