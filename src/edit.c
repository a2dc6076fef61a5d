/* edit: edit lists (see edit.h). */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "edit.h"
#include "xalloc.h"

struct edit *
edits_add(struct edits *l)
{
	struct edit *e;

	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof(*l->v));
	e = &l->v[l->n++];
	memset(e, 0, sizeof(*e));
	e->seq = ((size_t)1 << 30) + l->n - 1;
	return e;
}

void
edits_append(struct edits *l, const struct edit *v, size_t n)
{
	if (n == 0)
		return;
	l->v = xgrow(l->v, &l->cap, l->n + n, sizeof(*l->v));
	memcpy(l->v + l->n, v, n * sizeof(*v));
	l->n += n;
}

bool
edits_overlap(const struct edit *v, size_t n, size_t start, size_t end)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (v[i].start < end && start < v[i].end)
			return true;
	return false;
}

static int
by_start(const void *a, const void *b)
{
	const struct edit *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

void
edits_sort(struct edits *l)
{
	if (l->n > 1)	/* qsort must not see the NULL of an empty list */
		qsort(l->v, l->n, sizeof(*l->v), by_start);
}

void
edits_free(struct edits *l)
{
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}
