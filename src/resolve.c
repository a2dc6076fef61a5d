/* resolve: one non-overlapping set of edits (see resolve.h). */
#include <config.h>

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "edit.h"
#include "resolve.h"

static int
by_priority(const void *a, const void *b)
{
	const struct edit *x = a, *y = b;
	size_t lx = x->end - x->start, ly = y->end - y->start;

	if (x->rank != y->rank)
		return x->rank < y->rank ? -1 : 1;
	if (lx != ly)
		return lx > ly ? -1 : 1;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	/* Same span and level: the earlier-loaded rule wins. */
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void
resolve(struct edits *l, const char *text, enum level tier)
{
	size_t i, n = 0;

	if (l->n == 0)
		return;		/* qsort must not see the NULL of an empty list */
	for (i = 0; i < l->n; i++)
		l->v[i].rank = (uint8_t)(l->v[i].level < tier ? tier :
		    l->v[i].level);
	qsort(l->v, l->n, sizeof(*l->v), by_priority);
	for (i = 0; i < l->n; i++) {
		struct edit *e = &l->v[i];

		if (e->rlen == e->end - e->start &&
		    memcmp(e->repl, text + e->start, e->rlen) == 0)
			continue;	/* changes nothing */
		if (edits_overlap(l->v, n, e->start, e->end))
			continue;
		l->v[n++] = *e;
	}
	l->n = n;
	edits_sort(l);
}

void
resolve_apply(struct edits *l, enum level level)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		l->v[i].applied = l->v[i].level <= level;
}
