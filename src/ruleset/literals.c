/*
 * literals.c - the literals a pattern cannot match without.
 *
 * For a PCRE2 pattern, a set of strings such that every match of the
 * pattern contains one of them (compared caselessly): the claim patterns'
 * words ("zdr", "retain", "never", "tenant"...) taken from the patterns
 * themselves, so a text that holds none of them is skipped with one cheap
 * search and the list never drifts from the rules.
 *
 * The pattern is read as a tree: a literal character is itself; a class of
 * a few characters is each of them; a concatenation's strings are the
 * products of its exact parts, or the best requirement of any one part; an
 * alternation's is the union of its branches'; an optional or repeated-zero
 * item, a lookaround, \w, \s, '.' and wider classes require nothing.  When a
 * part of the pattern requires nothing the whole does not either, and the
 * caller runs the pattern itself.
 */
#include "literals.h"
#include "../core/buf.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define SET_MAX 256    /* strings in one set; more and the set is given up */
#define PRODUCT_MAX 32 /* strings in a concatenation's product */
#define LIT_MAX 24     /* bytes of one string; longer products stop growing */
#define CLASS_MAX                                                              \
  6 /* a class of at most this many characters is a choice of literals */

typedef struct lset {
  bool ok; /* false: unknown (anything) */
  size_t n, cap;
  char **s; /* heap: sets move by value through the parser, cheaply */
} lset;

typedef struct info {
  lset exact; /* every string the item can match, when few */
  lset req;   /* one of these is in every match */
} info;

static void set_free(lset *l) {
  for (size_t i = 0; i < l->n; i++)
    free(l->s[i]);
  free(l->s);
  l->s = NULL;
  l->n = l->cap = 0;
  l->ok = false;
}

static bool set_has(const lset *l, const char *s) {
  for (size_t i = 0; i < l->n; i++)
    if (!strcmp(l->s[i], s))
      return true;
  return false;
}

/* Adds a copy of s[0,len); false when the set is full. */
static bool set_add(lset *l, const char *s, size_t len) {
  char *c = fg_xmalloc(len + 1);
  for (size_t i = 0; i < len; i++)
    c[i] = (char)tolower((unsigned char)s[i]);
  c[len] = '\0';
  if (set_has(l, c)) {
    free(c);
    return true;
  }
  if (l->n >= SET_MAX) {
    free(c);
    return false;
  }
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 8;
    l->s = fg_xrealloc(l->s, l->cap * sizeof(char *));
  }
  l->s[l->n++] = c;
  return true;
}

static lset set_one(const char *s, size_t len) {
  lset l = {.ok = true};
  set_add(&l, s, len);
  return l;
}

static size_t set_minlen(const lset *l) {
  size_t m = (size_t)-1;
  for (size_t i = 0; i < l->n; i++)
    m = strlen(l->s[i]) < m ? strlen(l->s[i]) : m;
  return l->n ? m : 0;
}

/* Moves b into a (a union); a becomes unknown when either is or the union is
 * too large. */
static void set_union(lset *a, lset *b) {
  if (a->ok && b->ok)
    for (size_t i = 0; i < b->n && a->ok; i++)
      a->ok = set_add(a, b->s[i], strlen(b->s[i]));
  else
    a->ok = false;
  set_free(b);
  if (!a->ok)
    set_free(a);
}

/* The product a x b (concatenation); unknown when too many or too long. */
static lset set_product(const lset *a, const lset *b) {
  lset r = {.ok = a->ok && b->ok && a->n * b->n <= PRODUCT_MAX};
  for (size_t i = 0; r.ok && i < a->n; i++)
    for (size_t j = 0; r.ok && j < b->n; j++) {
      size_t la = strlen(a->s[i]), lb = strlen(b->s[j]);
      if (la + lb > LIT_MAX) {
        r.ok = false;
        break;
      }
      char buf[LIT_MAX + 1];
      memcpy(buf, a->s[i], la);
      memcpy(buf + la, b->s[j], lb);
      r.ok = set_add(&r, buf, la + lb);
    }
  if (!r.ok)
    set_free(&r);
  return r;
}

static lset set_copy(const lset *a) {
  lset r = {.ok = a->ok};
  for (size_t i = 0; r.ok && i < a->n; i++)
    set_add(&r, a->s[i], strlen(a->s[i]));
  return r;
}

/* A requirement is usable when known and without the empty string. */
static bool usable(const lset *l) { return l->ok && l->n && set_minlen(l) > 0; }

/* Keeps in *best whichever of *best and cand is the stronger requirement
 * (longer shortest string, then fewer). */
static void keep_best(lset *best, lset *cand) {
  if (!usable(cand)) {
    set_free(cand);
    return;
  }
  if (!usable(best) || set_minlen(cand) > set_minlen(best) ||
      (set_minlen(cand) == set_minlen(best) && cand->n < best->n)) {
    set_free(best);
    *best = *cand;
    return;
  }
  set_free(cand);
}

typedef struct parser {
  const char *p;
  bool bad; /* syntax this reader does not know: give up */
} parser;

static info parse_alt(parser *ps);

static info unknown(void) {
  info r = {{.ok = false}, {.ok = false}};
  return r;
}

static info empty_match(void) {
  info r = {set_one("", 0), {.ok = false}};
  return r;
}

/* [...]: a few plain characters are a choice of literals. */
static info parse_class(parser *ps) {
  const char *p = ps->p + 1;
  bool neg = *p == '^';
  if (neg)
    p++;
  lset l = {.ok = !neg};
  bool first = true;
  while (*p && (*p != ']' || first)) {
    first = false;
    size_t n = 1;
    if (*p == '\\') {
      if (!p[1]) {
        ps->bad = true;
        break;
      }
      bool punct = ispunct((unsigned char)p[1]);
      if (!punct)
        l.ok = false; /* \s \w \d \x.. : a wide class */
      else if (l.ok)
        l.ok = set_add(&l, p + 1, 1);
      p += 2;
      continue;
    }
    if (p[1] == '-' && p[2] && p[2] != ']')
      l.ok = false; /* a range */
    if ((unsigned char)*p >= 0x80)
      while ((p[n] & 0xC0) == 0x80)
        n++;
    if (l.ok)
      l.ok = set_add(&l, p, n);
    p += n;
  }
  if (*p != ']')
    ps->bad = true;
  else
    p++;
  ps->p = p;
  if (!l.ok || l.n > CLASS_MAX)
    set_free(&l);
  info r = {l, {.ok = false}};
  return r;
}

/* One atom: a group, class, escape or character. */
static info parse_atom(parser *ps) {
  const char *p = ps->p;
  if (*p == '(') {
    p++;
    bool look = false;
    if (*p == '?') {
      p++;
      if (*p == ':' || *p == '>' || *p == '|') {
        p++;
      } else if (*p == '=' || *p == '!') {
        look = true;
        p++;
      } else if (*p == '<' && (p[1] == '=' || p[1] == '!')) {
        look = true;
        p += 2;
      } else if (*p == '<' || *p == 'P' || *p == '\'') {
        while (*p && *p != '>' && *p != '\'')
          p++; /* a named group */
        if (*p)
          p++;
      } else if (*p == '#') {
        while (*p && *p != ')')
          p++;
        ps->p = *p ? p + 1 : p;
        return empty_match();
      } else {
        /* inline options (?i) or (?i:...); extended syntax (x) reads spaces and # otherwise */
        while (*p && (isalpha((unsigned char)*p) || *p == '-')) {
          if (*p == 'x') {
            ps->bad = true;
            return unknown();
          }
          p++;
        }
        if (*p == ')') {
          ps->p = p + 1;
          return empty_match();
        }
        if (*p != ':') {
          ps->bad = true;
          return unknown();
        }
        p++;
      }
    }
    ps->p = p;
    info in = parse_alt(ps);
    if (*ps->p != ')') {
      ps->bad = true;
      return in;
    }
    ps->p++;
    if (look) {
      set_free(&in.exact);
      set_free(&in.req);
      return empty_match();
    }
    return in;
  }
  if (*p == '[')
    return parse_class(ps);
  if (*p == '.') {
    ps->p = p + 1;
    return unknown();
  }
  if (*p == '^' || *p == '$') {
    ps->p = p + 1;
    return empty_match();
  }
  if (*p == '\\') {
    char c = p[1];
    if (!c) {
      ps->bad = true;
      return unknown();
    }
    ps->p = p + 2;
    if (strchr("bBAzZG", c))
      return empty_match();
    if (ispunct((unsigned char)c) || c == ' ') {
      info r = {set_one(p + 1, 1), {.ok = false}};
      return r;
    }
    if (c == 'n' || c == 't' || c == 'r') {
      char ch = c == 'n' ? '\n' : c == 't' ? '\t' : '\r';
      info r = {set_one(&ch, 1), {.ok = false}};
      return r;
    }
    if (c == 'Q' || c == 'E' || c == 'K' || c == 'c' ||
        ((c == 'g' || c == 'k') && p[2] != '{' && p[2] != '<')) {
      /* \cX takes the next character; \g1 \k'n' are references */
      ps->bad = true;
      return unknown();
    }
    /* \p{..} \x{..} \k<..> \g{..}: skip the braces */
    if ((c == 'p' || c == 'P' || c == 'x' || c == 'k' || c == 'g' ||
         c == 'o') &&
        (p[2] == '{' || p[2] == '<')) {
      const char *e = strpbrk(p + 2, "}>");
      ps->p = e ? e + 1 : p + 2;
    } else if (c == 'x') {
      ps->p = p + 2;
      while (isxdigit((unsigned char)*ps->p) && ps->p < p + 4)
        ps->p++;
    } else if (c == 'p' || c == 'P') {
      ps->p = p[2] ? p + 3 : p + 2;
    }
    while (isdigit((unsigned char)c) && isdigit((unsigned char)*ps->p))
      ps->p++; /* \12: a reference (or octal), all its digits */
    return unknown(); /* \w \s \d \h \R \1 ... */
  }
  size_t n = 1;
  if ((unsigned char)*p >= 0x80)
    while ((p[n] & 0xC0) == 0x80)
      n++;
  ps->p = p + n;
  info r = {set_one(p, n), {.ok = false}};
  return r;
}

/* Reads a quantifier at ps->p into min/max (max -1: unbounded); false when
 * there is none. */
static bool parse_quant(parser *ps, long *min, long *max) {
  const char *p = ps->p;
  if (*p == '?' || *p == '*' || *p == '+') {
    *min = *p == '+' ? 1 : 0;
    *max = *p == '?' ? 1 : -1;
    p++;
  } else if (*p == '{' && isdigit((unsigned char)p[1])) {
    char *e;
    *min = strtol(p + 1, &e, 10);
    *max = *min;
    if (*e == ',') {
      e++;
      *max = isdigit((unsigned char)*e) ? strtol(e, &e, 10) : -1;
    }
    if (*e != '}')
      return false;
    p = e + 1;
  } else {
    return false;
  }
  if (*p == '?' || *p == '+')
    p++; /* lazy or possessive */
  ps->p = p;
  return true;
}

static info parse_piece(parser *ps) {
  info a = parse_atom(ps);
  long min, max;
  while (!ps->bad && parse_quant(ps, &min, &max)) {
    if (min == 1 && max == 1)
      continue;
    lset req = set_copy(&a.req);
    lset ex = set_copy(&a.exact);
    keep_best(&req, &ex);
    if (min == 0) {
      /* optional: only "x?" keeps an exact set (with the empty string) */
      set_free(&req);
      if (max == 1 && a.exact.ok) {
        lset e = set_one("", 0);
        set_union(&a.exact, &e);
      } else {
        set_free(&a.exact);
      }
      set_free(&a.req);
      a.req = req;
    } else {
      set_free(&a.exact);
      set_free(&a.req);
      a.req = req;
    }
  }
  return a;
}

/* A concatenation, up to '|' or ')'. */
static info parse_seq(parser *ps) {
  lset cur = set_one("", 0); /* the exact strings of the run so far */
  bool all_exact = true;
  lset best = {.ok = false};
  while (!ps->bad && *ps->p && *ps->p != '|' && *ps->p != ')') {
    info a = parse_piece(ps);
    keep_best(&best, &a.req);
    if (a.exact.ok && cur.ok) {
      lset prod = set_product(&cur, &a.exact);
      if (!prod.ok) {
        /* the run stops growing here: what it has is a requirement */
        keep_best(&best, &cur);
        all_exact = false;
        cur = a.exact;
      } else {
        set_free(&cur);
        set_free(&a.exact);
        cur = prod;
      }
    } else {
      if (cur.ok)
        keep_best(&best, &cur);
      all_exact = false;
      cur = a.exact; /* ok or not */
    }
  }
  info r;
  if (all_exact && cur.ok) {
    r.exact = set_copy(&cur);
  } else {
    r.exact = (lset){.ok = false};
  }
  keep_best(&best, &cur);
  r.req = best;
  return r;
}

/* A branch's requirement: its own, or its exact strings. */
static lset branch_req(info *b) {
  lset req = set_copy(&b->req);
  lset ex = set_copy(&b->exact);
  keep_best(&req, &ex);
  return req;
}

static info parse_alt(parser *ps) {
  info r = parse_seq(ps);
  lset req = branch_req(&r);
  while (!ps->bad && *ps->p == '|') {
    ps->p++;
    info b = parse_seq(ps);
    lset breq = branch_req(&b);
    set_free(&b.req);
    set_union(&r.exact, &b.exact);
    if (!usable(&breq) || !usable(&req)) {
      set_free(&breq);
      set_free(&req);
    } else {
      set_union(&req, &breq);
    }
  }
  set_free(&r.req);
  r.req = req;
  return r;
}

/* Drops the strings that contain another one of the set: a search for the
 * shorter finds them too. */
static void drop_superstrings(lset *l) {
  bool covered[SET_MAX] = {false};
  for (size_t i = 0; i < l->n; i++)
    for (size_t j = 0; j < l->n && !covered[i]; j++)
      covered[i] = j != i && strstr(l->s[i], l->s[j]) &&
                   (strlen(l->s[j]) < strlen(l->s[i]) || j < i);
  size_t k = 0;
  for (size_t i = 0; i < l->n; i++) {
    if (covered[i])
      free(l->s[i]);
    else
      l->s[k++] = l->s[i];
  }
  l->n = k;
}

static size_t derive_required(const char *pattern, char **out, size_t max,
                              size_t minlen) {
  parser ps = {pattern, false};
  info r = parse_alt(&ps);
  set_free(&r.exact);
  size_t n = 0;
  if (!ps.bad && !*ps.p && usable(&r.req) && set_minlen(&r.req) >= minlen &&
      r.req.n <= max) {
    drop_superstrings(&r.req);
    for (size_t i = 0; i < r.req.n; i++)
      out[n++] = r.req.s[i];
    r.req.n = 0;
  }
  set_free(&r.req);
  return n;
}

/*
 * The answers for the embedded rules, derived at build time
 * (src/tools/literals_gen.c writes build/gen/literals_table.c, sorted by
 * hash): a start-up looks its patterns up instead of reading them again.
 * Weak: a program linked without the table (the generator itself, the unit
 * tests) derives every answer.
 */
extern const fg_literals_entry fg_literals_table[] __attribute__((weak));
extern const size_t fg_literals_table_len __attribute__((weak));

void (*fg_literals_record)(const char *pattern, size_t max, size_t minlen,
                           char *const *out, size_t n);

uint64_t fg_literals_hash(const char *pattern) {
  uint64_t h = 14695981039346656037u;
  for (const unsigned char *p = (const unsigned char *)pattern; *p; p++)
    h = (h ^ *p) * 1099511628211u;
  return h;
}

static const fg_literals_entry *table_find(const char *pattern, size_t max,
                                           size_t minlen) {
  if (!fg_literals_table || !&fg_literals_table_len || !fg_literals_table_len)
    return NULL;
  uint64_t h = fg_literals_hash(pattern);
  size_t lo = 0, hi = fg_literals_table_len;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (fg_literals_table[mid].hash < h)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (; lo < fg_literals_table_len && fg_literals_table[lo].hash == h; lo++) {
    const fg_literals_entry *e = &fg_literals_table[lo];
    if (e->max == max && e->minlen == minlen && !strcmp(e->pattern, pattern))
      return e;
  }
  return NULL;
}

size_t fg_required_literals(const char *pattern, char **out, size_t max,
                            size_t minlen) {
  const fg_literals_entry *e = table_find(pattern, max, minlen);
  if (e) {
    for (size_t i = 0; i < e->n; i++)
      out[i] = fg_xstrdup(e->lits[i]);
    return e->n;
  }
  size_t n = derive_required(pattern, out, max, minlen);
  if (fg_literals_record)
    fg_literals_record(pattern, max, minlen, out, n);
  return n;
}

char *fg_literal_alternation(const char *const *patterns, size_t npatterns,
                             size_t minlen) {
  size_t cap = 64, n = 0;
  char **all = fg_xmalloc(cap * sizeof(*all));
  bool ok = true;
  for (size_t i = 0; i < npatterns && ok; i++) {
    char *lits[SET_MAX];
    size_t k = fg_required_literals(patterns[i], lits, SET_MAX, minlen);
    ok = k > 0;
    for (size_t j = 0; j < k; j++) {
      bool dup = false;
      for (size_t m = 0; m < n && !dup; m++)
        dup = !strcmp(all[m], lits[j]);
      if (dup) {
        free(lits[j]);
        continue;
      }
      if (n == cap) {
        cap *= 2;
        all = fg_xrealloc(all, cap * sizeof(*all));
      }
      all[n++] = lits[j];
    }
  }
  fg_buf pat = FG_BUF_INIT;
  if (ok && n) {
    /* drop the strings another one of the union is inside of */
    fg_buf_puts(&pat, "(?:");
    size_t written = 0;
    for (size_t i = 0; i < n; i++) {
      bool covered = false;
      for (size_t j = 0; j < n && !covered; j++)
        covered = j != i && strstr(all[i], all[j]) &&
                  (strlen(all[j]) < strlen(all[i]) || j < i);
      if (covered)
        continue;
      if (written++)
        fg_buf_putc(&pat, '|');
      for (const char *c = all[i]; *c; c++) {
        if (strchr("\\^$.|?*+()[]{}-#/ '\"", *c))
          fg_buf_putc(&pat, '\\');
        fg_buf_putc(&pat, *c);
      }
    }
    fg_buf_putc(&pat, ')');
  }
  for (size_t i = 0; i < n; i++)
    free(all[i]);
  free(all);
  return pat.ptr; /* NULL when nothing was written */
}

/* The end of the group or branch starting at p: the first ')' or '|' at depth 0 (stop), skipping escapes and classes. */
static const char *branch_end(const char *p, const char *stop) {
  int depth = 0;
  for (; *p; p++) {
    if (*p == '\\' && p[1]) {
      p++;
    } else if (*p == '[') {
      p++;
      if (*p == '^')
        p++;
      if (*p == ']')
        p++;
      while (*p && *p != ']') {
        if (*p == '\\' && p[1])
          p++;
        p++;
      }
      if (!*p)
        return p;
    } else if (*p == '(') {
      depth++;
    } else if (*p == ')') {
      if (depth == 0)
        return p;
      depth--;
    } else if (depth == 0 && strchr(stop, *p)) {
      return p;
    }
  }
  return p;
}

static bool plain_word(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!isalnum((unsigned char)s[i]) && s[i] != '_')
      return false;
  return n > 0;
}

/* The branches of one group body [p, e): words out, the others into rest. */
static size_t split_group(const char *p, const char *e, bool caseless, char **out,
                          size_t n, size_t max, size_t minlen, fg_buf *rest,
                          bool *bad) {
  while (p < e) {
    if (!strncmp(p, "(?i)", 4)) {
      caseless = true; /* for this branch and the ones after it in the group */
      p += 4;
    } else if (p[0] == '(' && p[1] == '?') {
      /* another option setting would not carry over to the branches after it */
      const char *q = p + 2;
      while (isalpha((unsigned char)*q) || *q == '-' || *q == '^')
        q++;
      if (*q == ')')
        *bad = true;
    }
    const char *b = branch_end(p, "|");
    if (b > e)
      b = e;
    size_t len = (size_t)(b - p);
    if (caseless && len >= minlen && n < max && plain_word(p, len)) {
      char *w = fg_xmalloc(len + 1);
      for (size_t i = 0; i < len; i++)
        w[i] = (char)tolower((unsigned char)p[i]);
      w[len] = '\0';
      out[n++] = w;
    } else {
      if (rest->len)
        fg_buf_putc(rest, '|');
      fg_buf_printf(rest, "(?:%s%.*s)", caseless ? "(?i)" : "", (int)len, p);
    }
    if (b >= e || *b != '|')
      break;
    p = b + 1;
  }
  return n;
}

size_t fg_split_words(const char *pattern, bool caseless, char **out, size_t max,
                      size_t minlen, fg_buf *rest) {
  size_t n = 0;
  bool bad = false;
  const char *p = pattern;
  while (*p && !bad) {
    const char *b = branch_end(p, "|");
    if (*b == ')') { /* unbalanced: not split */
      bad = true;
      break;
    }
    if (!strncmp(p, "(?:", 3) && b > p && b[-1] == ')' &&
        branch_end(p + 3, "") == b - 1)
      n = split_group(p + 3, b - 1, caseless, out, n, max, minlen, rest, &bad); /* (?:line) */
    else
      n = split_group(p, b, caseless, out, n, max, minlen, rest, &bad);
    if (*b != '|')
      break;
    p = b + 1;
  }
  if (bad || !n) {
    for (size_t i = 0; i < n; i++)
      free(out[i]);
    fg_buf_clear(rest);
    return 0;
  }
  return n;
}
