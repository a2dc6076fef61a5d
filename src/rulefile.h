/*
 * rulefile: reads rule tables (dicts/rules/NAME.rules, unspin-rules(5)), word
 * classes and abbreviations into a ruleset, and builds the first-word index
 * rules.c matches with.  Every error names FILE:LINE; nothing is skipped.
 */
#ifndef UNSPIN_RULEFILE_H
#define UNSPIN_RULEFILE_H

#include <stddef.h>

struct ruleset;

struct ruleset	*ruleset_new(void);
/* Load DIR/rules/classes.def, abbreviations.txt, inflections.tsv. */
int		 ruleset_load_support(struct ruleset *, const char *dictdir,
		    char *err, size_t errlen);
/* Load every DIR/rules/ *.rules in name order. */
int		 ruleset_load_dir(struct ruleset *, const char *rulesdir,
		    char *err, size_t errlen);
/* Load one table; returns 0, or -1 with "FILE:LINE: message" in err. */
int		 ruleset_load_file(struct ruleset *, const char *path,
		    char *err, size_t errlen);
/* Mark a rule (full id, or TABLE. prefix for a whole table) disabled. */
int		 ruleset_disable(struct ruleset *, const char *id);
void		 ruleset_free(struct ruleset *);

#endif
