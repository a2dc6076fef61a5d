/*
 * edit: a proposed change to a paragraph.  Every stage adds edits; only
 * resolve.c decides which are kept and applied, and render applies them, so
 * every changed byte has an edit behind it.
 */
#ifndef UNSPIN_EDIT_H
#define UNSPIN_EDIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rule.h"

struct edit {
	size_t		 start;	/* byte span in the paragraph */
	size_t		 end;
	const char	*repl;	/* replacement bytes (arena) */
	size_t		 rlen;
	const char	*id;	/* rule id, borrowed from loaded data */
	const char	*kind;
	enum level	 level;
	bool		 applied;
	uint8_t		 rank;	/* resolve's working copy of level */
	size_t		 seq;	/* breaks ties: rule load order, else
				   after every rule in proposal order */
};

struct edits {
	struct edit	*v;
	size_t		 n;
	size_t		 cap;
};

/* A zeroed edit appended to the list. */
struct edit	*edits_add(struct edits *);
/* Append copies of v[0..n) to the list. */
void		 edits_append(struct edits *, const struct edit *v, size_t n);
/* Does any of v[0..n) overlap the byte span [start, end)? */
bool		 edits_overlap(const struct edit *v, size_t n, size_t start,
		    size_t end);
/* Sort the list by start position. */
void		 edits_sort(struct edits *);
void		 edits_free(struct edits *);

#endif
