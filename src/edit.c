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
edits_free(struct edits *l)
{
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}
