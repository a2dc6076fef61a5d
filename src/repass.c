/* repass: the edits of a pass over repaired text, as edits of the input. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "edit.h"
#include "repass.h"
#include "xalloc.h"

/* Where an applied edit of the input put its replacement in t1. */
struct written {
	const struct edit	*e;
	size_t			 s1, e1;
};

/* A run of t1 that second-pass edits rewrite, with what it touches. */
struct group {
	size_t		 s1, e1;	/* in t1 */
	size_t		 s0, e0;	/* the same text in the input */
	size_t		 first, last;	/* its second-pass edits */
};

static struct written *
written_spans(const struct edits *e, size_t *n)
{
	struct written *w = xcalloc(e->n + 1, sizeof(*w));
	long delta = 0;
	size_t i;

	*n = 0;
	for (i = 0; i < e->n; i++) {
		const struct edit *x = &e->v[i];

		if (!x->applied)
			continue;
		w[*n].e = x;
		w[*n].s1 = (size_t)((long)x->start + delta);
		w[*n].e1 = w[*n].s1 + x->rlen;
		delta += (long)x->rlen - (long)(x->end - x->start);
		(*n)++;
	}
	return w;
}

/* Does t1 span [a, b) touch text the first pass wrote at w? */
static bool
touches(const struct written *w, size_t a, size_t b)
{
	if (w->s1 == w->e1)	/* a deletion: only from inside */
		return a < w->s1 && w->s1 < b;
	return w->s1 < b && a < w->e1;
}

/*
 * t1 position p in the input, p outside written text.  A deletion right
 * at p lies before a start and after an end, so the edit keeps clear.
 */
static size_t
input_pos(const struct written *w, size_t nw, size_t p, bool start)
{
	long delta = 0;
	size_t k;

	for (k = 0; k < nw && w[k].s1 <= p; k++) {
		bool before = start ? w[k].e1 <= p : w[k].e1 < p ||
		    (w[k].e1 == p && w[k].s1 < w[k].e1);

		if (before)
			delta += (long)w[k].e->rlen -
			    (long)(w[k].e->end - w[k].e->start);
	}
	return (size_t)((long)p - delta);
}

/* Widen g over the written text its edits touch; sets its input span. */
static void
place(struct group *g, const struct written *w, size_t nw)
{
	size_t k;
	bool s_written = false, e_written = false;

	for (k = 0; k < nw; k++) {
		if (!touches(&w[k], g->s1, g->e1))
			continue;
		if (w[k].s1 <= g->s1) {
			g->s1 = w[k].s1;
			g->s0 = w[k].e->start;
			s_written = true;
		}
		if (w[k].e1 >= g->e1) {
			g->e1 = w[k].e1;
			g->e0 = w[k].e->end;
			e_written = true;
		}
	}
	if (!s_written)
		g->s0 = input_pos(w, nw, g->s1, true);
	if (!e_written)
		g->e0 = input_pos(w, nw, g->e1, false);
}

static size_t
make_groups(const struct edits *e2, const struct written *w, size_t nw,
    struct group *g)
{
	size_t i, n = 0;

	for (i = 0; i < e2->n; i++) {
		const struct edit *x = &e2->v[i];
		struct group c = { x->start, x->end, 0, 0, i, i };

		if (!x->applied)
			continue;
		place(&c, w, nw);
		if (n > 0 && c.s1 < g[n - 1].e1) {
			/* One written span under two edits: one group. */
			g[n - 1].e1 = c.e1;
			g[n - 1].last = i;
			place(&g[n - 1], w, nw);
		} else
			g[n++] = c;
	}
	return n;
}

static void
add_id(struct buf *ids, const char *id)
{
	if (ids->len > 0)
		buf_addc(ids, '+');
	buf_adds(ids, id);
}

/* The input edit for group g: its span, its text after both passes. */
static void
group_edit(const struct group *g, const char *t1, const struct edits *e,
    const struct edits *e2, struct arena *a, struct edit *out)
{
	struct buf text = { 0 }, ids = { 0 };
	size_t i, at = g->s1, members = 0;

	memset(out, 0, sizeof(*out));
	for (i = 0; i < e->n; i++)
		if (e->v[i].applied && e->v[i].start < g->e0 &&
		    g->s0 < e->v[i].end) {
			add_id(&ids, e->v[i].id);
			if (e->v[i].level > out->level)
				out->level = e->v[i].level;
			members++;
		}
	for (i = g->first; i <= g->last; i++) {
		const struct edit *x = &e2->v[i];

		if (!x->applied)
			continue;
		buf_add(&text, t1 + at, x->start - at);
		buf_add(&text, x->repl, x->rlen);
		at = x->end;
		add_id(&ids, x->id);
		if (x->level > out->level)
			out->level = x->level;
		if (members++ == 0) {
			out->kind = x->kind;
			out->seq = x->seq;
			out->id = x->id;
		}
	}
	buf_add(&text, t1 + at, g->e1 - at);
	out->start = g->s0;
	out->end = g->e0;
	out->repl = arena_strndup(a, text.data ? text.data : "", text.len);
	out->rlen = text.len;
	out->applied = true;
	if (members > 1 || out->id == NULL)
		out->id = arena_strndup(a, ids.data ? ids.data : "", ids.len);
	if (out->kind == NULL)
		out->kind = e2->v[g->first].kind;
	buf_free(&text);
	buf_free(&ids);
}

void
repass_compose(struct edits *e, const char *t1, const struct edits *e2,
    struct arena *a)
{
	struct edits out = { 0 };
	struct written *w;
	struct group *g = xcalloc(e2->n + 1, sizeof(*g));
	size_t nw, ng, i;

	w = written_spans(e, &nw);
	ng = make_groups(e2, w, nw, g);
	for (i = 0; i < ng; i++)
		group_edit(&g[i], t1, e, e2, a, edits_add(&out));
	/* The first pass's edits that no group took in (an insertion counts
	   as the byte after it). */
	for (i = 0; i < e->n; i++) {
		size_t s = e->v[i].start;
		size_t end = e->v[i].end > s ? e->v[i].end : s + 1;

		if (!edits_overlap(out.v, ng, s, end))
			edits_append(&out, &e->v[i], 1);
	}
	/* Second-pass findings on text the first pass left alone. */
	for (i = 0; i < e2->n; i++) {
		const struct edit *x = &e2->v[i];
		size_t k, s0, e0;

		if (x->applied)
			continue;
		for (k = 0; k < nw && !touches(&w[k], x->start, x->end) &&
		    !(w[k].s1 == x->start && w[k].e1 > w[k].s1); k++)
			;
		if (k < nw)
			continue;
		s0 = input_pos(w, nw, x->start, true);
		e0 = input_pos(w, nw, x->end, false);
		if (!edits_overlap(out.v, out.n, s0, e0)) {
			struct edit *y = edits_add(&out);

			*y = *x;
			y->start = s0;
			y->end = e0;
		}
	}
	edits_sort(&out);
	edits_free(e);
	*e = out;
	free(w);
	free(g);
}
