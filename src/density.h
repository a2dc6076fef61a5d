/*
 * density: decides when a document is spun throughout, so that its likely
 * fixes may be applied too: enough sure spin findings, densely enough.
 * The findings are counted as the document streams by, and a survey of
 * the document's head counts them before any of it is written, so the
 * opening paragraphs get the same treatment as the rest.
 */
#ifndef UNSPIN_DENSITY_H
#define UNSPIN_DENSITY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct arena;
struct edits;
struct ruleset;
struct tokens;

/* How much of a document is held back and surveyed before output. */
#define DENSITY_HEAD	(64 * 1024)

struct density {
	uint64_t	words;
	uint64_t	sure;	/* sure findings that are spins, not typos */
};

/* At least 5 sure spins, and 10 per 1,000 words. */
bool	 density_dense(const struct density *);
/* Count a paragraph's words and its resolved sure spin findings. */
void	 density_count(struct density *, const struct tokens *,
	    const struct edits *);
/*
 * Count the paragraphs of s[0..n) as the rules stage sees them (no
 * spelling, no names: those keep document state of their own).  toks,
 * edits and the arena are scratch.
 */
void	 density_survey(struct density *, const struct ruleset *,
	    const char *s, size_t n, struct arena *, struct tokens *,
	    struct edits *);

#endif
