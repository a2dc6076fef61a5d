/*
 * ruleindex: files compiled rules in the ruleset's index (rules.c looks
 * rules up there by word); the index is read-only once loading is done.
 */
#ifndef UNSPIN_RULEINDEX_H
#define UNSPIN_RULEINDEX_H

struct rule;
struct ruleset;

/* Choose r's index word and file r and its variants under it. */
void	 ruleindex_add(struct ruleset *, struct rule *);
/* Free the index (not the rules). */
void	 ruleindex_free(struct ruleset *);

#endif
