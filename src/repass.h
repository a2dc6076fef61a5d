/*
 * repass: folds the edits of a second matching pass, made on repaired
 * text, into the edits of the input, so every change stays an edit of the
 * input text (the log and --check speak of the input only).
 *
 * Spinners swap neighbouring words alike: "clear vitality" is "clean
 * energy", and the rule for "vitality" wants "clean" before it, which only
 * the first pass puts back.
 */
#ifndef UNSPIN_REPASS_H
#define UNSPIN_REPASS_H

#include <stddef.h>

struct arena;
struct edits;

/*
 * e holds the edits of text t0 (resolved: sorted, no overlaps); t1 is t0
 * with e's applied edits rendered; e2 the resolved edits of t1.  On return
 * e holds the edits of t0 that render t0 as t1 with e2 applied.  An edit of
 * e2 that touches text an applied edit of e wrote merges with it into one
 * edit, whose rule id joins theirs with '+'.  Findings of e2 that are not
 * applied are kept where they fall on text of t0 itself.
 */
void	 repass_compose(struct edits *e, const char *t1,
	    const struct edits *e2, struct arena *);

#endif
