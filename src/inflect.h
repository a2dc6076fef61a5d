/*
 * inflect: English noun and verb forms for `~n` / `~v` pattern tokens and
 * `word~` replacements.  Regular spelling rules in code, irregular words from
 * dicts/inflections.tsv.  Slots: nouns 0 singular, 1 plural; verbs 0 base,
 * 1 third person, 2 past, 3 past participle, 4 -ing.
 */
#ifndef UNSPIN_INFLECT_H
#define UNSPIN_INFLECT_H

#include <stddef.h>

#define INFLECT_MAXSLOTS	5

struct inflect;

struct inflect	*inflect_new(void);
/* Returns 0, or -1 with "FILE:LINE: message" in err. */
int		 inflect_load(struct inflect *, const char *path,
		    char *err, size_t errlen);
/* Number of slots for kind 'n' or 'v' (0 for anything else). */
int		 inflect_nslots(char kind);
/* The form of lemma in slot; the caller frees it. */
char		*inflect_form(const struct inflect *, const char *lemma,
		    char kind, int slot);
void		 inflect_free(struct inflect *);

#endif
