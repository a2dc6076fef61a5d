/*
 * resolve: turns the candidate edits of all stages into one set without
 * overlaps (surer, then longer, then earlier wins) and decides which are
 * applied.  The only place that chooses between edits.
 */
#ifndef UNSPIN_RESOLVE_H
#define UNSPIN_RESOLVE_H

#include <stddef.h>

#include "rule.h"

struct edits;

/*
 * Drop edits that change nothing or overlap a better one, sort the rest by
 * position, and mark those at or above apply_level applied.
 */
void	 resolve(struct edits *, const char *text, enum level apply_level);

#endif
