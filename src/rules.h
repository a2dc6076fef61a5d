/*
 * rules: the rules stage.  Finds matches of the loaded rule tables in the
 * tokens of one paragraph and proposes them as edits.  Cost follows the
 * text, not the table: each token costs one index lookup.
 */
#ifndef UNSPIN_RULES_H
#define UNSPIN_RULES_H

#include <stddef.h>

struct arena;
struct edits;
struct rule;
struct ruleset;
struct tokens;

/* Propose an edit for every match of every enabled rule. */
void	 rules_match(const struct ruleset *, const char *text, size_t len,
	    const struct tokens *, struct arena *, struct edits *);
/* The same for one rule only, enabled or not (rule examples). */
void	 rules_match_one(const struct ruleset *, const struct rule *,
	    const char *text, size_t len, const struct tokens *,
	    struct arena *, struct edits *);

#endif
