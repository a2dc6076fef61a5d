/* score.c -- token-level edit scoring for unspin's evaluation.
 *
 * Usage: score [-v] INPUT OUTPUT [EXPECTED]
 *
 * The three texts are split into tokens (words and punctuation; white space
 * only separates).  The edits of INPUT->OUTPUT are the "system" edits, the
 * edits of INPUT->EXPECTED the "gold" edits.  A system edit is correct when
 * a gold edit has the same input span and the same replacement tokens, as in
 * grammatical-error-correction scoring (M2, ERRANT).
 *
 * Prints   gold=N system=N correct=N words=N partial=N   (with EXPECTED),
 *          system=N words=N                    (clean text: all changes wrong)
 * where words counts the white-space separated words of INPUT (like wc -w)
 * and partial how many of the wrong system edits are a piece of a longer
 * gold edit (right words, but only part of the repair).  With -v each
 * edit is listed first, marked correct, wrong, partial or missed.
 *
 * Only libc.  The diff aligns equal lines first, then the tokens between
 * them, both with Myers' O(ND) algorithm in linear space, so a million-word
 * clean text that comes back nearly unchanged costs a fraction of a second.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- memory */

static _Noreturn void out_of_memory(void)
{
	fprintf(stderr, "score: out of memory\n");
	exit(2);
}

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		out_of_memory();
	return p;
}

/* Reads a whole file; the texts are at most a few MB, and the diff needs
 * random access to all of them anyway. */
static char *read_file(const char *path, size_t *lenp)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "score: %s: %s\n", path, strerror(errno));
		exit(2);
	}
	size_t cap = 1 << 16, len = 0;
	char *buf = xrealloc(NULL, cap);
	size_t got;
	while ((got = fread(buf + len, 1, cap - len, f)) > 0) {
		len += got;
		if (len == cap)
			buf = xrealloc(buf, cap *= 2);
	}
	if (ferror(f)) {
		fprintf(stderr, "score: %s: %s\n", path, strerror(errno));
		exit(2);
	}
	fclose(f);
	*lenp = len;
	return buf;
}

/* ------------------------------------------------------ character classes */

enum cls { C_SPACE, C_WORD, C_PUNCT };

/* Decodes one UTF-8 character at p (n > 0 bytes left).  An invalid byte
 * comes back as itself with length 1, so no input is ever skipped. */
static uint32_t utf8_decode(const unsigned char *p, size_t n, size_t *len)
{
	unsigned c = p[0];
	size_t need = c >= 0xF0 && c < 0xF5 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 1;
	if (c < 0x80 || need == 1 || need > n) {
		*len = 1;
		return c;
	}
	uint32_t cp = c & (0x3F >> (need - 1));
	for (size_t i = 1; i < need; i++) {
		if ((p[i] & 0xC0) != 0x80) {
			*len = 1;
			return c;
		}
		cp = cp << 6 | (p[i] & 0x3F);
	}
	*len = need;
	return cp;
}

/* Invisible characters count as white space: removing a zero-width space or
 * a stray no-break space is a white-space change, not a token edit. */
static int is_space(uint32_t c)
{
	return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xA0 || c == 0xAD ||
	       (c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) ||
	       (c >= 0x205F && c <= 0x206F) || c == 0x3000 ||
	       (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF;
}

/* Punctuation and symbols: each such character is a token of its own. */
static int is_punct(uint32_t c)
{
	if (c < 0x80)
		return !((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
			 (c >= 'a' && c <= 'z'));
	if (c <= 0xBF) /* C1 controls, Latin-1 signs; keep ª µ º ² ³ ¹ ¼ ½ ¾ */
		return !(c == 0xAA || c == 0xB5 || c == 0xBA || c == 0xB2 ||
			 c == 0xB3 || c == 0xB9 || (c >= 0xBC && c <= 0xBE));
	if (c == 0xD7 || c == 0xF7)
		return 1;
	if (c >= 0x2010 && c <= 0x206F) /* general punctuation */
		return 1;
	if (c >= 0x20A0 && c <= 0x20CF) /* currency */
		return 1;
	if ((c >= 0x2100 && c <= 0x214F) || (c >= 0x2190 && c <= 0x2BFF))
		return 1; /* letterlike, arrows, math, boxes, dingbats */
	if ((c >= 0x2E00 && c <= 0x2E7F) || (c >= 0x3001 && c <= 0x303F))
		return 1;
	if ((c >= 0xFE10 && c <= 0xFE6F) || (c >= 0xFF01 && c <= 0xFF0F) ||
	    (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
	    (c >= 0xFF5B && c <= 0xFF65))
		return 1;
	return c >= 0x1F000 && c <= 0x1FAFF; /* emoji */
}

static enum cls classify(uint32_t c)
{
	return is_space(c) ? C_SPACE : is_punct(c) ? C_PUNCT : C_WORD;
}

/* Hyphens, apostrophes and dots stay inside a word when a word character
 * follows them (self-defense, 1000’s, U.S). */
static int is_joiner(uint32_t c)
{
	return c == '-' || c == '\'' || c == '.' || c == 0x2010 ||
	       c == 0x2011 || c == 0x2019;
}

/* ---------------------------------------------------------------- tokens */

struct tok {
	size_t off;  /* byte offset in its text */
	uint32_t len;
	uint32_t id;   /* interned: equal ids <=> equal strings */
	uint32_t line; /* 1-based line number */
};

struct text {
	char *data;
	size_t len;
	struct tok *tok;
	size_t ntok, cap;
	uint32_t *ids; /* the token ids alone, what the diff compares */
	/* Lines that hold tokens: first token, token count, and an id that is
	 * equal for lines with equal tokens (white space aside). */
	uint32_t *line_first, *line_ntok, *line_ids;
	size_t nlines;
	size_t physical_lines;	/* newlines + 1 */
};

/* Interning table shared by all texts, so comparing tokens of two texts is
 * comparing two integers. */
struct intern {
	struct slot {
		const char *s;
		uint32_t len, id;
		uint64_t hash;
	} *slot;
	size_t cap, used;
};

static uint64_t fnv1a(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211u;
	return h;
}

static void intern_grow(struct intern *t)
{
	size_t ncap = t->cap ? t->cap * 2 : 4096;
	struct slot *ns = calloc(ncap, sizeof *ns);
	if (!ns)
		out_of_memory();
	for (size_t i = 0; i < t->cap; i++) {
		if (!t->slot[i].s)
			continue;
		size_t j = t->slot[i].hash & (ncap - 1);
		while (ns[j].s)
			j = (j + 1) & (ncap - 1);
		ns[j] = t->slot[i];
	}
	free(t->slot);
	t->slot = ns;
	t->cap = ncap;
}

static uint32_t intern(struct intern *t, const char *s, uint32_t len)
{
	if (2 * (t->used + 1) > t->cap)
		intern_grow(t);
	uint64_t h = fnv1a(s, len);
	size_t j = h & (t->cap - 1);
	for (; t->slot[j].s; j = (j + 1) & (t->cap - 1))
		if (t->slot[j].hash == h && t->slot[j].len == len &&
		    memcmp(t->slot[j].s, s, len) == 0)
			return t->slot[j].id;
	t->slot[j] = (struct slot){ s, len, (uint32_t)t->used, h };
	return (uint32_t)t->used++;
}

static void add_token(struct text *x, struct intern *in, size_t off,
		      size_t len, uint32_t line)
{
	if (x->ntok == x->cap) {
		x->cap = x->cap ? x->cap * 2 : 1024;
		x->tok = xrealloc(x->tok, x->cap * sizeof *x->tok);
	}
	uint32_t id = intern(in, x->data + off, (uint32_t)len);
	x->tok[x->ntok++] = (struct tok){ off, (uint32_t)len, id, line };
}

/* Length of the word starting at p: word characters, joined by inner
 * hyphens, apostrophes and dots.  A final dot belongs to an abbreviation
 * that already has an inner dot and ends in one or two letters (U.S.,
 * e.g., Ph.D.), not to "example.com." at the end of a sentence. */
static size_t word_length(const unsigned char *p, size_t n)
{
	size_t i = 0, len, last_dot = 0;
	int dotted = 0;
	while (i < n) {
		uint32_t c = utf8_decode(p + i, n - i, &len);
		if (classify(c) == C_WORD) {
			i += len;
			continue;
		}
		if (!is_joiner(c) || i + len >= n)
			break;
		size_t len2;
		uint32_t next = utf8_decode(p + i + len, n - i - len, &len2);
		if (classify(next) != C_WORD)
			break;
		if (c == '.') {
			dotted = 1;
			last_dot = i;
		}
		i += len;
	}
	if (dotted && i < n && p[i] == '.' && i - last_dot - 1 <= 2) {
		int letters = 1;
		for (size_t k = last_dot + 1; k < i; k++)
			if (!((p[k] | 0x20) >= 'a' && (p[k] | 0x20) <= 'z'))
				letters = 0;
		if (letters)
			i++;
	}
	return i;
}

static void tokenize(struct text *x, struct intern *in)
{
	const unsigned char *p = (const unsigned char *)x->data;
	size_t i = 0, len;
	uint32_t line = 1;
	while (i < x->len) {
		uint32_t c = utf8_decode(p + i, x->len - i, &len);
		enum cls k = classify(c);
		line += c == '\n';
		if (k == C_WORD)
			len = word_length(p + i, x->len - i);
		if (k != C_SPACE)
			add_token(x, in, i, len, line);
		i += len;
	}
	x->physical_lines = line;
	x->ids = xrealloc(NULL, (x->ntok ? x->ntok : 1) * sizeof *x->ids);
	for (size_t t = 0; t < x->ntok; t++)
		x->ids[t] = x->tok[t].id;
}

/* Groups the tokens by line; lines without tokens are left out, since
 * white space does not count.  A line's id interns its token ids, so two
 * lines compare equal exactly when their tokens do. */
static void split_lines(struct text *x, struct intern *lines)
{
	size_t cap = x->ntok ? x->ntok : 1;
	x->line_first = xrealloc(NULL, cap * sizeof *x->line_first);
	x->line_ntok = xrealloc(NULL, cap * sizeof *x->line_ntok);
	x->line_ids = xrealloc(NULL, cap * sizeof *x->line_ids);
	for (size_t t = 0; t < x->ntok; t++) {
		if (t == 0 || x->tok[t].line != x->tok[t - 1].line) {
			x->line_first[x->nlines] = (uint32_t)t;
			x->line_ntok[x->nlines++] = 0;
		}
		x->line_ntok[x->nlines - 1]++;
	}
	for (size_t l = 0; l < x->nlines; l++)
		x->line_ids[l] = intern(lines,
					(const char *)(x->ids + x->line_first[l]),
					x->line_ntok[l] * (uint32_t)sizeof *x->ids);
}

static void load(struct text *x, const char *path, struct intern *tokens,
		 struct intern *lines)
{
	memset(x, 0, sizeof *x);
	x->data = read_file(path, &x->len);
	tokenize(x, tokens);
	split_lines(x, lines);
}

/* White-space separated words, as wc -w counts them in the C locale. */
static size_t count_words(const struct text *x)
{
	size_t n = 0;
	int in_word = 0;
	for (size_t i = 0; i < x->len; i++) {
		unsigned char c = (unsigned char)x->data[i];
		int sp = c == ' ' || (c >= '\t' && c <= '\r');
		if (!sp && !in_word)
			n++;
		in_word = !sp;
	}
	return n;
}

/* ------------------------------------------------------------------ diff */

/* Myers' diff (1986) in linear space, as in diff-match-patch's bisect,
 * over two arrays of ids (tokens or lines).  The result is match[i] =
 * index in b of a[i], or -1.
 *
 * Past max_cost differences in one subproblem it stops looking for the
 * optimal split and takes the furthest-reaching forward path instead (as
 * GNU diff does): the result may be slightly longer than minimal, but an
 * unrelated output cannot take quadratic time. */
struct differ {
	const uint32_t *a, *b;
	long *match;
	long *v1, *v2; /* furthest reaching paths, forward and backward */
	long max_cost;
};

static struct differ differ_new(const uint32_t *a, long n, const uint32_t *b,
				long m, long max_cost)
{
	struct differ d = { a, b, NULL, NULL, NULL, max_cost };
	d.match = xrealloc(NULL, (size_t)(n + 1) * sizeof *d.match);
	d.v1 = xrealloc(NULL, (size_t)(n + m + 4) * sizeof *d.v1);
	d.v2 = xrealloc(NULL, (size_t)(n + m + 4) * sizeof *d.v2);
	for (long i = 0; i < n; i++)
		d.match[i] = -1;
	return d;
}

static void differ_free(struct differ *d)
{
	free(d->match);
	free(d->v1);
	free(d->v2);
}


/* The state of one bisection: furthest-reaching x per diagonal k (stored
 * at v[off + k]) for the forward paths from (0, 0) and the backward paths
 * from (n, m), as in diff-match-patch's diff_bisect. */
struct search {
	const uint32_t *a, *b;
	long n, m, off, vlen, delta;
	long *v1, *v2;
	long k1s, k1e, k2s, k2e; /* diagonals that ran off the grid */
	long best, bx, by;	 /* furthest forward point, for max_cost */
};

/* Extends the forward paths by one difference (e); returns 1 with the
 * split point when one of them meets a backward path. */
static int forward(struct search *s, long e, long *px, long *py)
{
	long *v1 = s->v1;
	for (long k = -e + s->k1s; k <= e - s->k1e; k += 2) {
		long ko = s->off + k, x;
		if (k == -e || (k != e && v1[ko - 1] < v1[ko + 1]))
			x = v1[ko + 1];
		else
			x = v1[ko - 1] + 1;
		long y = x - k;
		while (x < s->n && y < s->m && s->a[x] == s->b[y])
			x++, y++;
		v1[ko] = x;
		if (x > s->n) {
			s->k1e += 2;
		} else if (y > s->m) {
			s->k1s += 2;
		} else {
			if (x + y > s->best) {
				s->best = x + y;
				s->bx = x;
				s->by = y;
			}
			long k2o = s->off + s->delta - k;
			if ((s->delta & 1) && k2o >= 0 && k2o < s->vlen &&
			    s->v2[k2o] != -1 && x >= s->n - s->v2[k2o]) {
				*px = x;
				*py = y;
				return 1;
			}
		}
	}
	return 0;
}

/* The same backward, comparing the sequences from their ends. */
static int backward(struct search *s, long e, long *px, long *py)
{
	long *v2 = s->v2, n = s->n, m = s->m;
	for (long k = -e + s->k2s; k <= e - s->k2e; k += 2) {
		long ko = s->off + k, x;
		if (k == -e || (k != e && v2[ko - 1] < v2[ko + 1]))
			x = v2[ko + 1];
		else
			x = v2[ko - 1] + 1;
		long y = x - k;
		while (x < n && y < m && s->a[n - x - 1] == s->b[m - y - 1])
			x++, y++;
		v2[ko] = x;
		if (x > n) {
			s->k2e += 2;
		} else if (y > m) {
			s->k2s += 2;
		} else if (!(s->delta & 1)) {
			long k1o = s->off + s->delta - k;
			if (k1o >= 0 && k1o < s->vlen && s->v1[k1o] != -1) {
				long x1 = s->v1[k1o];
				if (x1 >= n - x) {
					*px = x1;
					*py = s->off + x1 - k1o;
					return 1;
				}
			}
		}
	}
	return 0;
}

/* Finds a point (x, y) on a shortest edit path of a[a0..a1) vs b[b0..b1)
 * (both non-empty, first and last tokens differing) where the forward
 * and backward searches meet, and returns 1; 0 if the two have nothing in
 * common. */
static int bisect(struct differ *d, long a0, long a1, long b0, long b1,
		  long *px, long *py)
{
	long n = a1 - a0, m = b1 - b0, max_d = (n + m + 1) / 2;
	struct search s = { d->a + a0, d->b + b0, n, m, max_d, 2 * max_d + 2,
			    n - m, d->v1, d->v2, 0, 0, 0, 0, -1, 0, 0 };
	for (long i = 0; i < s.vlen; i++)
		s.v1[i] = s.v2[i] = -1;
	s.v1[s.off + 1] = s.v2[s.off + 1] = 0;

	for (long e = 0; e < max_d; e++) {
		if (e > d->max_cost && s.best > 0 && s.bx < n && s.by < m) {
			*px = s.bx;
			*py = s.by;
			return 1;
		}
		if (forward(&s, e, px, py) || backward(&s, e, px, py))
			return 1;
	}
	return 0;
}

static void diff_range(struct differ *d, long a0, long a1, long b0, long b1)
{
	/* Common prefix and suffix first: cheap, and it keeps the alignment of
	 * an edit independent of far-away edits. */
	while (a0 < a1 && b0 < b1 && d->a[a0] == d->b[b0])
		d->match[a0++] = b0++;
	while (a0 < a1 && b0 < b1 && d->a[a1 - 1] == d->b[b1 - 1])
		d->match[--a1] = --b1;
	if (a0 == a1 || b0 == b1)
		return;
	long x, y;
	if (!bisect(d, a0, a1, b0, b1, &x, &y))
		return;
	diff_range(d, a0, a0 + x, b0, b0 + y);
	diff_range(d, a0 + x, a1, b0 + y, b1);
}

/* ----------------------------------------------------------------- edits */

/* One edit: a[a0..a1) replaced by b[b0..b1). */
struct edit {
	long a0, a1, b0, b1;
};

struct edits {
	struct edit *v;
	size_t n, cap;
};

static void push_edit(struct edits *e, struct edit x)
{
	if (e->n == e->cap) {
		e->cap = e->cap ? e->cap * 2 : 64;
		e->v = xrealloc(e->v, e->cap * sizeof *e->v);
	}
	e->v[e->n++] = x;
}

/* Can tokens s[from..to) (a deletion or insertion) move one token left:
 * is the token before them equal to their last one, on the same line? */
static int can_slide(const struct text *s, long from, long to)
{
	return from > 0 && from < to && s->ids[from - 1] == s->ids[to - 1] &&
	       s->tok[from - 1].line == s->tok[to - 1].line;
}

static void shift_left(struct edit *x)
{
	x->a0--;
	x->a1--;
	x->b0--;
	x->b1--;
}

/* A pure insertion or deletion inside a repeated run ("the the") can sit
 * at several places; moving it as far left as it goes (within its line,
 * and without touching the previous edit) makes gold and system agree on
 * where it is. */
static void slide_left(struct edit *x, const struct edit *prev,
		       const struct text *a, const struct text *b)
{
	long lo_a = prev ? prev->a1 + 1 : 0;
	int deletion = x->b0 == x->b1, insertion = x->a0 == x->a1;
	while (x->a0 > lo_a && ((deletion && can_slide(a, x->a0, x->a1)) ||
				(insertion && can_slide(b, x->b0, x->b1))))
		shift_left(x);
}

/* The last line number of x (a text always has line 1). */
static uint32_t last_line(const struct text *x)
{
	return x->ntok ? x->tok[x->ntok - 1].line : 1;
}

/* With the same number of lines on both sides (unspin keeps the line
 * structure: a removed line leaves its line break), line k of a is
 * diffed against line k of b alone.  Then an output line equal to the
 * expected line is aligned exactly as the expected one is, whatever the
 * neighbouring lines look like. */
static long *align_by_line(const struct text *a, const struct text *b)
{
	long n = (long)a->ntok, m = (long)b->ntok, i = 0, j = 0;
	struct differ td = differ_new(a->ids, n, b->ids, m, 1024);
	uint32_t lines = last_line(a) > last_line(b) ? last_line(a) :
	    last_line(b);

	for (uint32_t l = 1; l <= lines; l++) {
		long i2 = i, j2 = j;

		while (i2 < n && a->tok[i2].line == l)
			i2++;
		while (j2 < m && b->tok[j2].line == l)
			j2++;
		diff_range(&td, i, i2, j, j2);
		i = i2;
		j = j2;
	}
	long *match = td.match;
	td.match = NULL;
	differ_free(&td);
	return match;
}

/* Token alignment of a and b, in two steps: equal lines first, then the
 * tokens between them.  Repairs keep the line structure, so this costs
 * little even on a million words, and an edit is aligned within its own
 * paragraph, the same way in the gold and in the system diff. */
static long *align(const struct text *a, const struct text *b)
{
	/* Only white space differs: nothing to align line by line. */
	int same = a->ntok == b->ntok &&
	    memcmp(a->ids, b->ids, a->ntok * sizeof *a->ids) == 0;

	if (!same && a->physical_lines == b->physical_lines)
		return align_by_line(a, b);

	long n = (long)a->ntok, m = (long)b->ntok;
	long nl = (long)a->nlines, ml = (long)b->nlines;
	struct differ ld = differ_new(a->line_ids, nl, b->line_ids, ml, 4096);
	struct differ td = differ_new(a->ids, n, b->ids, m, 1024);
	diff_range(&ld, 0, nl, 0, ml);

	long ta = 0, tb = 0; /* tokens aligned so far */
	for (long l = 0; l < nl; l++) {
		if (ld.match[l] < 0)
			continue;
		long sa = a->line_first[l], sb = b->line_first[ld.match[l]];
		diff_range(&td, ta, sa, tb, sb);
		for (long k = 0; k < (long)a->line_ntok[l]; k++)
			td.match[sa + k] = sb + k;
		ta = sa + a->line_ntok[l];
		tb = sb + a->line_ntok[l];
	}
	diff_range(&td, ta, n, tb, m);

	long *match = td.match;
	td.match = NULL;
	differ_free(&ld);
	differ_free(&td);
	return match;
}

/* Diffs a against b and groups the unmatched tokens into edits. */
static struct edits diff(const struct text *a, const struct text *b)
{
	long n = (long)a->ntok, m = (long)b->ntok;
	long *match = align(a, b);
	struct edits e = { NULL, 0, 0 };
	long i = 0, j = 0;
	while (i < n || j < m) {
		long i2 = i;
		while (i2 < n && match[i2] < 0)
			i2++;
		long j2 = i2 < n ? match[i2] : m;
		if (i2 > i || j2 > j) {
			struct edit x = { i, i2, j, j2 };
			slide_left(&x, e.n ? &e.v[e.n - 1] : NULL, a, b);
			push_edit(&e, x);
		}
		i = i2 + 1; /* past the match that ends the edit */
		j = j2 + 1;
	}
	free(match);
	return e;
}

/* Same input span and same replacement tokens. */
static int same_edit(const struct edit *s, const struct text *out,
		     const struct edit *g, const struct text *exp)
{
	long len = s->b1 - s->b0;
	if (s->a0 != g->a0 || s->a1 != g->a1 || len != g->b1 - g->b0)
		return 0;
	return memcmp(out->ids + s->b0, exp->ids + g->b0,
		      (size_t)len * sizeof *out->ids) == 0;
}

/* ------------------------------------------------------------ reporting */

static void print_tokens(const struct text *x, long from, long to)
{
	enum { HEAD = 25, TAIL = 4 };
	putchar('[');
	for (long t = from; t < to; t++) {
		if (to - from > HEAD + TAIL + 1 && t == from + HEAD) {
			printf(" ...(%ld more)...", to - from - HEAD - TAIL);
			t = to - TAIL;
		}
		const struct tok *k = &x->tok[t];
		printf("%s%.*s", t > from ? " " : "", (int)k->len,
		       x->data + k->off);
	}
	putchar(']');
}

/* Input line of an edit: that of its first token, or for an insertion of
 * the token it follows (the one it precedes at the start of the text). */
static unsigned long edit_line(const struct text *in, const struct edit *x)
{
	if (in->ntok == 0)
		return 1;
	long t = x->a0 < x->a1 || x->a0 == 0 ? x->a0 : x->a0 - 1;
	if (t >= (long)in->ntok)
		t = (long)in->ntok - 1;
	return in->tok[t].line;
}

static void print_edit(const char *mark, const struct text *in,
		       const struct edit *x, const struct text *to)
{
	printf("%-7s %lu:  ", mark, edit_line(in, x));
	print_tokens(in, x->a0, x->a1);
	printf(" -> ");
	print_tokens(to, x->b0, x->b1);
	putchar('\n');
}

/* Is system edit s a piece of gold edit g: its input span inside g's,
 * its replacement tokens a run of g's?  ("vitality" -> "energy" where
 * the gold is "vitality prices" -> "energy costs".)  Such an edit is
 * still wrong by the measure; it is counted apart to tell a half-made
 * repair from damage. */
static int part_of(const struct edit *s, const struct text *out,
		   const struct edit *g, const struct text *exp)
{
	long len = s->b1 - s->b0, k;
	if (s->a0 < g->a0 || s->a1 > g->a1 || (s->a0 == g->a0 &&
					       s->a1 == g->a1))
		return 0;
	for (k = g->b0; k + len <= g->b1; k++)
		if (memcmp(out->ids + s->b0, exp->ids + k,
			   (size_t)len * sizeof *out->ids) == 0)
			return 1;
	return 0;
}

/* Walks both edit lists in input order (an input span starts at most one
 * edit per list) and counts, and with verbose prints, every edit; *partial
 * counts the wrong ones that are pieces of a gold edit. */
static size_t compare(const struct text *in, const struct edits *sys,
		      const struct text *out, const struct edits *gold,
		      const struct text *exp, int verbose, size_t *partial)
{
	size_t i = 0, j = 0, correct = 0;
	*partial = 0;
	while (i < sys->n || j < gold->n) {
		const struct edit *s = i < sys->n ? &sys->v[i] : NULL;
		const struct edit *g = j < gold->n ? &gold->v[j] : NULL;
		if (s && g && same_edit(s, out, g, exp)) {
			correct++;
			if (verbose)
				print_edit("correct", in, s, out);
			i++, j++;
		} else if (s && (!g || s->a0 < g->a0 ||
				 (s->a0 == g->a0 && s->a1 <= g->a1))) {
			/* The gold edit may have started before s, and
			 * have been passed already. */
			int piece = (g && part_of(s, out, g, exp)) ||
				    (j > 0 && part_of(s, out, &gold->v[j - 1],
						      exp));
			*partial += (size_t)piece;
			if (verbose)
				print_edit(piece ? "partial" : "wrong", in, s,
					   out);
			i++;
		} else {
			if (verbose)
				print_edit("missed", in, g, exp);
			j++;
		}
	}
	return correct;
}

static _Noreturn void usage(void)
{
	fprintf(stderr, "usage: score [-v] INPUT OUTPUT [EXPECTED]\n");
	exit(2);
}

static void free_text(struct text *x)
{
	free(x->data);
	free(x->tok);
	free(x->ids);
	free(x->line_first);
	free(x->line_ntok);
	free(x->line_ids);
}

int main(int argc, char **argv)
{
	int verbose = 0, argi = 1;
	for (; argi < argc && argv[argi][0] == '-' && argv[argi][1]; argi++) {
		if (strcmp(argv[argi], "-v") == 0)
			verbose = 1;
		else if (strcmp(argv[argi], "--") == 0) {
			argi++;
			break;
		} else
			usage();
	}
	int nfiles = argc - argi;
	if (nfiles != 2 && nfiles != 3)
		usage();
	int clean = nfiles == 2; /* no expected text: every change is wrong */

	/* One table for tokens, one for lines, shared by the three texts. */
	struct intern tokens = { NULL, 0, 0 }, lines = { NULL, 0, 0 };
	struct text input, output, expected;
	load(&input, argv[argi], &tokens, &lines);
	load(&output, argv[argi + 1], &tokens, &lines);
	if (!clean)
		load(&expected, argv[argi + 2], &tokens, &lines);

	struct edits sys = diff(&input, &output), gold = { NULL, 0, 0 };
	if (!clean)
		gold = diff(&input, &expected);
	size_t partial;
	size_t correct = compare(&input, &sys, &output, &gold,
				 clean ? &output : &expected, verbose, &partial);
	size_t words = count_words(&input);
	if (clean)
		printf("system=%zu words=%zu\n", sys.n, words);
	else
		printf("gold=%zu system=%zu correct=%zu words=%zu "
		       "partial=%zu\n", gold.n, sys.n, correct, words,
		       partial);

	free(sys.v);
	free(gold.v);
	free_text(&input);
	free_text(&output);
	if (!clean)
		free_text(&expected);
	free(tokens.slot);
	free(lines.slot);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "score: stdout: %s\n", strerror(errno));
		return 2;
	}
	return 0;
}
