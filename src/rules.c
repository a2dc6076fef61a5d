/* rules: the indexed phrase matcher (see rules.h). */
#include <config.h>

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "buf.h"
#include "casing.h"
#include "edit.h"
#include "inflect.h"
#include "rule.h"
#include "rules.h"
#include "segment.h"
#include "xalloc.h"

/* The state of one paragraph's matching. */
struct matcher {
	const struct ruleset	*rs;
	const char		*text;
	const struct token	*tok;
	size_t			 ntok;
	size_t			*sent_lo;	/* first token of each sentence */
	size_t			*sent_hi;	/* one past its last token */
	struct arena		*arena;
	struct edits		*out;
	struct buf		 scratch;
	struct buf		 fixed;
	/* The match being tried. */
	const struct rule	*rule;
	long			 pos[RULE_MAXPELS];	/* token, or -1 */
	int			 lit[RULE_MAXPELS];	/* matched literal */
	bool			 poss[RULE_MAXPELS];	/* ... less its 's */
	size_t			 lo, hi;
};

static bool
class_accepts(const struct pclass *e, const struct token *t)
{
	switch (e->cls) {
	case CLS_ANY:
		return true;
	case CLS_WORD:
		return t->type != TOK_PUNCT;
	case CLS_NUM:
		return t->type == TOK_NUM;
	case CLS_PUNCT:
		return t->type == TOK_PUNCT;
	case CLS_CAP:
		return (t->flags & TOKF_CAP) != 0;
	case CLS_LOWER:
		return (t->flags & TOKF_LOWER) != 0;
	case CLS_UPPER:
		return (t->flags & TOKF_UPPER) != 0;
	case CLS_DATA:
		return strmap_get(e->words, t->fold, t->nlen, t->hash) != NULL;
	default:
		return false;
	}
}

/* The sentence-position conditions of an element the token matched. */
static bool
placed(const struct pel *e, const struct token *t)
{
	return !(e->sstart && !(t->flags & TOKF_SSTART)) &&
	    !(e->send && !(t->flags & TOKF_SEND)) &&
	    !(e->not_sstart && (t->flags & TOKF_SSTART));
}

/* Does a "*-tail" literal match the first n bytes of t? */
static bool
tail_matches(const struct lit *l, const struct token *t, size_t n)
{
	size_t tail = l->len - 1;	/* "-tail", without the star */

	return n > tail && memcmp(t->fold + n - tail, l->text + 1, tail) == 0;
}

/* The literal of e equal to the first n bytes of t, or -1. */
static int
literal(const struct pel *e, const struct token *t, size_t n, uint32_t hash)
{
	size_t i;

	if (e->litset != NULL)
		return (int)e->litset->slot[litset_probe(e->litset, t->fold, n,
		    hash)] - 1;
	for (i = 0; i < e->nlits; i++) {
		const struct lit *l = &e->lits[i];

		if (l->suffix ? tail_matches(l, t, n) : l->len == n &&
		    memcmp(l->text, l->exact ? t->norm : t->fold, n) == 0)
			return (int)i;
	}
	return -1;
}

static bool
possessive(const struct token *t)
{
	return t->nlen > 2 && t->norm[t->nlen - 2] == '\'' &&
	    t->norm[t->nlen - 1] == 's';
}

/*
 * Does element e accept token t?  Sets *which to the matched literal, and
 * *poss when a literal matched t less its possessive 's ("Un’s" for "Un").
 */
static bool
accepts(const struct pel *e, const struct token *t, int *which, bool *poss)
{
	bool ok;
	size_t i;

	*poss = false;
	*which = e->nlits ? literal(e, t, t->nlen, t->hash) : -1;
	/* Only a replaced word: "the committee's liking" is no "committee". */
	if (*which < 0 && e->nlits > 0 && e->in_span && possessive(t)) {
		*which = literal(e, t, t->nlen - 2,
		    strmap_hash(t->fold, t->nlen - 2));
		*poss = *which >= 0;
	}
	ok = *which >= 0;
	for (i = 0; i < e->nclasses && !ok; i++)
		ok = class_accepts(&e->classes[i], t);
	if (e->negated) {
		ok = !ok;
		*poss = false;
	}
	return ok && placed(e, t);
}

/* Match elements e.. forward from token t (backtracking over x?). */
static bool
forward(struct matcher *m, size_t e, size_t t)
{
	const struct pel *p;

	if (e == m->rule->npels)
		return true;
	p = &m->rule->pels[e];
	if (t < m->hi && accepts(p, &m->tok[t], &m->lit[e], &m->poss[e])) {
		m->pos[e] = (long)t;
		if (forward(m, e + 1, t + 1))
			return true;
	}
	if (p->optional || (p->negated && t >= m->hi)) {
		m->pos[e] = -1;
		return forward(m, e + 1, t);
	}
	return false;
}

/* Match elements e, e-1, ..., 0 backward, element e at token t. */
static bool
backward(struct matcher *m, long e, long t)
{
	const struct pel *p;

	if (e < 0)
		return true;
	p = &m->rule->pels[e];
	if (t >= (long)m->lo && accepts(p, &m->tok[t], &m->lit[e], &m->poss[e])) {
		m->pos[e] = t;
		if (backward(m, e - 1, t - 1))
			return true;
	}
	if (p->optional || (p->negated && t < (long)m->lo)) {
		m->pos[e] = -1;
		return backward(m, e - 1, t);
	}
	return false;
}

/* The inflection slot matched in the replaced span, or -1. */
static int
span_form(const struct matcher *m, char *kind)
{
	const struct rule *r = m->rule;
	size_t e;

	for (e = 0; e < r->npels; e++)
		if (r->pels[e].in_span && r->pels[e].infl && m->pos[e] >= 0 &&
		    m->lit[e] >= 0) {
			*kind = r->pels[e].infl;
			return r->pels[e].lits[m->lit[e]].form;
		}
	return -1;
}

/* Replace the word just before the end of b by its inflected form. */
static void
inflect_last(struct matcher *m, struct buf *b)
{
	size_t end = b->len, start = end;
	char kind = 0, *lemma, *form;
	int slot = span_form(m, &kind);

	while (start > 0 && b->data[start - 1] != ' ')
		start--;
	if (slot < 0 || start == end)
		return;
	lemma = xstrndup(b->data + start, end - start);
	form = inflect_form(m->rs->inflect, lemma, kind, slot);
	b->len = start;
	buf_adds(b, form);
	free(lemma);
	free(form);
}

/*
 * A $N of an optional token that was absent leaves two blanks, or one at
 * an end: a template never means that, so blanks are squeezed.
 */
static void
squeeze_blanks(struct buf *b)
{
	size_t i, n = 0;

	for (i = 0; i < b->len; i++)
		if (b->data[i] != ' ' || (n > 0 && b->data[n - 1] != ' '))
			b->data[n++] = b->data[i];
	while (n > 0 && b->data[n - 1] == ' ')
		n--;
	b->len = n;
}

/* For '*': the first part of the span word a "*-tail" literal matched. */
static void
add_head(struct matcher *m, struct buf *b)
{
	const struct rule *r = m->rule;
	size_t e;

	for (e = 0; e < r->npels; e++) {
		const struct token *t;
		size_t tail;

		if (!r->pels[e].in_span || m->pos[e] < 0 || m->lit[e] < 0 ||
		    !r->pels[e].lits[m->lit[e]].suffix)
			continue;
		t = &m->tok[m->pos[e]];
		tail = r->pels[e].lits[m->lit[e]].len - 1;
		if (t->len > tail)
			buf_add(b, m->text + t->off, t->len - tail);
		return;
	}
}

/*
 * Token t, matched by element e, for a $N: less its possessive when the
 * literal matched it so, since emit() puts the 's back at the end.
 */
static void
add_token(const struct matcher *m, struct buf *b, long e,
    const struct token *t)
{
	const char *w = m->text + t->off;
	size_t n = t->len;

	if (m->poss[e]) {
		if (n > 4 && memcmp(w + n - 4, "\xe2\x80\x99s", 4) == 0)
			n -= 4;		/* ’s */
		else if (n > 2 && memcmp(w + n - 2, "'s", 2) == 0)
			n -= 2;
	}
	buf_add(b, w, n);
}

static void
expand(struct matcher *m, struct buf *b)
{
	const char *s;

	b->len = 0;
	for (s = m->rule->repl; *s != '\0'; s++) {
		if (*s == '$' && s[1] >= '1' && s[1] <= '9') {
			char *end;
			long n = strtol(s + 1, &end, 10), p = m->pos[n - 1];

			if (p >= 0)
				add_token(m, b, n - 1, &m->tok[p]);
			s = end - 1;
		} else if (*s == '~')
			inflect_last(m, b);
		else if (*s == '*')
			add_head(m, b);
		else
			buf_addc(b, *s);
	}
	squeeze_blanks(b);
}

/* Span [first, last] of replaced tokens; false if none matched. */
static bool
span_tokens(const struct matcher *m, size_t *first, size_t *last, size_t *fe)
{
	const struct rule *r = m->rule;
	size_t e;
	bool found = false;

	for (e = 0; e < r->npels; e++) {
		if (!r->pels[e].in_span || m->pos[e] < 0)
			continue;
		if (!found) {
			*first = (size_t)m->pos[e];
			*fe = e;
		}
		*last = (size_t)m->pos[e];
		found = true;
	}
	return found;
}

/*
 * A possessive 's may only end the replaced span; *poss says whether it
 * does, so the replacement gets it back.
 */
static bool
possessive_ok(const struct matcher *m, bool *poss)
{
	const struct rule *r = m->rule;
	size_t e;
	long last = -1;

	*poss = false;
	for (e = 0; e < r->npels; e++)
		if (r->pels[e].in_span && m->pos[e] >= 0)
			last = (long)e;
	for (e = 0; e < r->npels; e++)
		if (r->pels[e].in_span && m->pos[e] >= 0 && m->poss[e]) {
			if ((long)e != last)
				return false;
			*poss = true;
		}
	return true;
}

/* An empty replacement takes one run of blanks with it. */
static void
widen_deletion(const char *text, size_t len, size_t *start, size_t *end)
{
	size_t e = *end, s = *start;

	while (e < len && (text[e] == ' ' || text[e] == '\t'))
		e++;
	if (e > *end) {
		*end = e;
		return;
	}
	while (s > 0 && (text[s - 1] == ' ' || text[s - 1] == '\t'))
		s--;
	*start = s;
}

static bool
is_article(const struct token *t, bool *an)
{
	*an = t->nlen == 2 && memcmp(t->fold, "an", 2) == 0;
	return *an || (t->nlen == 1 && t->fold[0] == 'a');
}

/*
 * A replacement right after "a" or "an" may need the other one ("an
 * irregular woodland" -> "a random forest"): take the article into the
 * edit and write the right one, in the article's case.
 */
static void
agree_article(struct matcher *m, size_t first, struct edit *ed)
{
	const struct token *art;
	struct buf *b = &m->scratch;
	size_t wlen, gap;
	bool an, want;
	char head[3];

	if (first == 0 || b->len == 0 || !is_article(&m->tok[first - 1], &an))
		return;
	art = &m->tok[first - 1];
	for (wlen = 0; wlen < b->len && b->data[wlen] != ' '; wlen++)
		;	/* the buffer is not NUL-terminated */
	want = articles_wants_an(m->rs->articles, b->data, wlen);
	if (want == an)
		return;
	head[0] = m->text[art->off];	/* a or A */
	head[1] = (art->flags & TOKF_UPPER) && art->nlen == 2 ? 'N' : 'n';
	gap = ed->start - (art->off + art->len);
	m->fixed.len = 0;
	buf_add(&m->fixed, head, want ? 2 : 1);
	buf_add(&m->fixed, m->text + art->off + art->len, gap);
	buf_add(&m->fixed, b->data, b->len);
	ed->start = art->off;
	ed->repl = arena_strndup(m->arena, m->fixed.data, m->fixed.len);
	ed->rlen = m->fixed.len;
}

static void
emit(struct matcher *m, size_t textlen)
{
	const struct rule *r = m->rule;
	size_t first, last, fe, i;
	struct edit *ed;
	const struct pel *p;
	bool curly = false, poss;

	if (!span_tokens(m, &first, &last, &fe) || !possessive_ok(m, &poss))
		return;
	expand(m, &m->scratch);
	if (poss)
		buf_add(&m->scratch, "'s", 2);	/* Un’s -> Jong Un’s */
	p = &r->pels[fe];
	if (m->lit[fe] < 0 || !p->lits[m->lit[fe]].exact)
		casing_apply(&m->scratch, casing_of(&m->tok[first],
		    last - first + 1));
	else if ((m->tok[first].flags & (TOKF_SSTART | TOKF_CAP)) ==
	    (TOKF_SSTART | TOKF_CAP))
		casing_apply(&m->scratch, CASE_TITLE);	/* a sentence start */
	for (i = first; i <= last; i++)
		curly = curly || (m->tok[i].flags & TOKF_CURLY);
	if (curly)
		casing_curly(&m->scratch);
	ed = edits_add(m->out);
	ed->start = m->tok[first].off;
	ed->end = m->tok[last].off + m->tok[last].len;
	if (m->scratch.len == 0)
		widen_deletion(m->text, textlen, &ed->start, &ed->end);
	ed->repl = arena_strndup(m->arena, m->scratch.data ? m->scratch.data :
	    "", m->scratch.len);
	ed->rlen = m->scratch.len;
	ed->id = r->id;
	ed->kind = r->kind;
	ed->level = r->level;
	ed->seq = r->order;
	agree_article(m, first, ed);
}

/*
 * What the anchor's neighbours at token t look like to the masks of
 * rule_ref: their rule_near_bit(), RULE_NEAR_EDGE at a sentence edge, and
 * all ones for a possessive ("Un’s" may match less its 's).
 */
static void
near_bits(const struct matcher *m, size_t t, uint64_t *prev, uint64_t *next)
{
	uint32_t s = m->tok[t].sent;

	*prev = *next = RULE_NEAR_EDGE;
	if (t + 1 < m->sent_hi[s])
		*next = possessive(&m->tok[t + 1]) ? ~(uint64_t)0 :
		    rule_near_bit(m->tok[t + 1].hash);
	if (t > m->sent_lo[s])
		*prev = possessive(&m->tok[t - 1]) ? ~(uint64_t)0 :
		    rule_near_bit(m->tok[t - 1].hash);
}

/*
 * Try rule r anchored at token t.  lit is the anchor alternative the index
 * already matched t with, or -1 when the anchor must still be tested.
 */
static void
try_rule(struct matcher *m, const struct rule *r, int lit, size_t t,
    size_t textlen)
{
	size_t a = r->anchor;
	const struct token *tok = &m->tok[t];

	if (a == (size_t)-1)
		return;
	m->rule = r;
	m->lo = m->sent_lo[tok->sent];
	m->hi = m->sent_hi[tok->sent];
	if (lit >= 0) {
		if (!placed(&r->pels[a], tok))
			return;
		m->lit[a] = lit;
		m->poss[a] = false;
	} else if (!accepts(&r->pels[a], tok, &m->lit[a], &m->poss[a]))
		return;
	m->pos[a] = (long)t;
	if (!backward(m, (long)a - 1, (long)t - 1) || !forward(m, a + 1, t + 1))
		return;
	emit(m, textlen);
}

/*
 * Try the rules of an index list at token t, but those whose neighbour
 * masks turn away the words beside t: most rules fail there, and a bit
 * test spares a visit to the rule.
 */
static void
try_list(struct matcher *m, const struct rule_list *l, bool lit_known,
    size_t t, size_t textlen)
{
	uint64_t prev, next;
	size_t k;

	if (l == NULL || l->n == 0)
		return;
	near_bits(m, t, &prev, &next);
	for (k = 0; k < l->n; k++) {
		const struct rule_ref *ref = &l->v[k];

		if ((ref->prev_mask & prev) && (ref->next_mask & next) &&
		    !ref->rule->disabled)
			try_rule(m, ref->rule, lit_known ? ref->lit : -1, t,
			    textlen);
	}
}

static void
init(struct matcher *m, const struct ruleset *rs, const char *text,
    const struct tokens *toks, struct arena *a, struct edits *out)
{
	size_t i, nsent = toks->n ? toks->v[toks->n - 1].sent + 1 : 0;

	memset(m, 0, sizeof(*m));
	m->rs = rs;
	m->text = text;
	m->tok = toks->v;
	m->ntok = toks->n;
	m->arena = a;
	m->out = out;
	m->sent_lo = arena_alloc(a, (nsent + 1) * sizeof(size_t));
	m->sent_hi = arena_alloc(a, (nsent + 1) * sizeof(size_t));
	for (i = 0; i < toks->n; i++) {
		uint32_t s = toks->v[i].sent;

		if (i == 0 || toks->v[i - 1].sent != s)
			m->sent_lo[s] = i;
		m->sent_hi[s] = i + 1;
	}
}

/*
 * "32-year-outdated" also tries the rules filed under "*-year-outdated"
 * and "*-outdated": every tail after a hyphen, with a star for the head.
 */
static void
try_tails(struct matcher *m, const struct token *t, size_t i, size_t len)
{
	char key[64];
	size_t j;

	for (j = 1; j + 1 < t->nlen; j++) {
		const struct rule_list *l;
		uint32_t h;

		if (t->fold[j] != '-' || t->nlen - j + 1 > sizeof(key))
			continue;
		key[0] = '*';
		memcpy(key + 1, t->fold + j, t->nlen - j);
		h = strmap_hash(key, t->nlen - j + 1);
		if (!rule_filter_test(m->rs->filter, h))
			continue;
		l = strmap_get(&m->rs->index, key, t->nlen - j + 1, h);
		try_list(m, l, false, i, len);
	}
}

void
rules_match(const struct ruleset *rs, const char *text, size_t len,
    const struct tokens *toks, struct arena *a, struct edits *out)
{
	struct matcher m;
	size_t i;

	init(&m, rs, text, toks, a, out);
	for (i = 0; i < toks->n; i++) {
		const struct token *t = &toks->v[i];
		const struct rule_list *l = !rule_filter_test(rs->filter,
		    t->hash) ? NULL : strmap_get(&rs->index, t->fold, t->nlen,
		    t->hash);

		try_list(&m, l, true, i, len);
		/* "Un’s" also tries the rules of "Un" (accepts() knows how). */
		l = possessive(t) ? strmap_get(&rs->index, t->fold, t->nlen - 2,
		    strmap_hash(t->fold, t->nlen - 2)) : NULL;
		try_list(&m, l, false, i, len);
		if (t->flags & TOKF_HYPHEN)
			try_tails(&m, t, i, len);
		try_list(&m, &rs->unanchored, false, i, len);
	}
	buf_free(&m.scratch);
	buf_free(&m.fixed);
}

void
rules_match_one(const struct ruleset *rs, const struct rule *r,
    const char *text, size_t len, const struct tokens *toks,
    struct arena *a, struct edits *out)
{
	struct matcher m;
	size_t i;

	init(&m, rs, text, toks, a, out);
	for (i = 0; i < toks->n; i++)
		try_rule(&m, r, -1, i, len);
	buf_free(&m.scratch);
	buf_free(&m.fixed);
}
