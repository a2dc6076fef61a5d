/*
 * pattern: compiles the "PATTERN -> REPLACEMENT" of one rule into pattern
 * elements (literals, alternatives, classes, inflected forms, the replaced
 * span), one variant per multi-word alternative.  rulefile.c reads the
 * file around it; ruleindex.c decides how a compiled rule is looked up.
 */
#ifndef UNSPIN_PATTERN_H
#define UNSPIN_PATTERN_H

#include <stdbool.h>
#include <stddef.h>

struct rule;
struct ruleset;
struct strmap;

/* Where a pattern comes from, for classes and error messages. */
struct pattern_env {
	struct ruleset		*rs;		/* inflections, shared classes */
	const struct strmap	*classes;	/* the table's own @class */
	const char		*path;
	int			 line;
	char			*err;		/* "FILE:LINE: message" */
	size_t			 errlen;
};

/*
 * Compile pattern text into r, whose repl is set; variants go to
 * r->variants.  Returns 0, or -1 with the message in env->err.
 */
int	 pattern_compile(struct pattern_env *, struct rule *, const char *);
/* A word as patterns compare it: ’ as ', lower-cased if fold; freed by
   the caller. */
char	*pattern_word(const char *, bool fold, size_t *len);

#endif
