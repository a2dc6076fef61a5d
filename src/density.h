/*
 * density: decides when a document is spun throughout, so that its likely
 * fixes may be applied too: enough sure or likely spin findings, densely
 * enough.
 * The findings are counted as the document streams by, and a survey of
 * the document's head counts them before any of it is written, so the
 * opening paragraphs get the same treatment as the rest.
 */
#ifndef UNSPIN_DENSITY_H
#define UNSPIN_DENSITY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "edit.h"
#include "segment.h"

struct ruleset;

/* Distinct likely rules a document must show (see density.c). */
#define DENSITY_MIN_LIKELY	5

/* How much of a document is held back and surveyed before output. */
#define DENSITY_HEAD	(64 * 1024)

struct density {
	uint64_t	words;
	uint64_t	sure;	/* sure findings that are spins, not typos */
	uint64_t	likely;	/* likely ones */
	/* The rules of the first likely ones: one rule met twelve times
	   ("within the") is one piece of evidence, not twelve. */
	const char	*likely_ids[DENSITY_MIN_LIKELY];
	size_t		 nlikely_ids;
};

/*
 * What a survey found, paragraph by paragraph, so that the real pass over
 * the same paragraphs takes the rules stage's edits instead of matching
 * again (a corpus of short documents is all head).
 */
struct survey_para {
	uint64_t	off;	/* in the document */
	size_t		len;
	size_t		first;	/* its edits: edits.v[first, first + n) */
	size_t		n;
};

/* Zeroed, a survey is ready to use. */
struct survey {
	struct arena		 arena;	/* owns the edits' replacements */
	struct tokens		 toks;
	struct edits		 edits;
	struct edits		 scratch;
	struct survey_para	*p;
	size_t			 np, cap, next;
};

/* Free what the survey holds; zeroed again, it can be used again. */
void		 survey_free(struct survey *);
/* Forget the last document's paragraphs. */
void		 survey_reset(struct survey *);
/*
 * Append the rules stage's edits of the paragraph at off of length len to
 * out, if the survey saw that paragraph; false if it did not.
 */
bool		 survey_take(struct survey *, uint64_t off, size_t len,
		    struct edits *out);

/* At least 3 sure spins and 10 per 1,000 words, or 5 likely ones and 20
   per 1,000 words. */
bool	 density_dense(const struct density *);
/* Count a paragraph's words and its resolved sure and likely spins. */
void	 density_count(struct density *, const struct tokens *,
	    const struct edits *);
/*
 * Count the paragraphs of s[0..n), which starts at offset off of the
 * document, as the rules stage sees them (no spelling, no names: those
 * keep document state of their own), and keep their edits in sv.
 */
void	 density_survey(struct density *, const struct ruleset *,
	    const char *s, size_t n, uint64_t off, struct survey *sv);

#endif
