/*
 * resolve: turns the candidate edits of all stages into one set without
 * overlaps (surer, then longer, then earlier wins) and marks which are
 * applied.  The only place that chooses between edits.
 */
#ifndef UNSPIN_RESOLVE_H
#define UNSPIN_RESOLVE_H

#include <stddef.h>

#include "rule.h"

struct edits;

/*
 * Drop edits that change nothing or overlap a better one, and sort the
 * rest by position.  Levels up to tier rank alike: when likely edits will
 * be applied, a long likely fix beats a sure one inside it.
 */
void	 resolve(struct edits *, const char *text, enum level tier);
/* Mark the edits at or above level applied, the others not. */
void	 resolve_apply(struct edits *, enum level);

#endif
