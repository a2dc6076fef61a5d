/*
 * names: document-level consistency of multi-word names.  When a name
 * such as "Choe Son-hui" is written one edit away from a form the document
 * uses more often ("Choi Son-hui"), the minority form is reported, and
 * fixed when the majority word is a listed name and the minority one is
 * not.  State is per stream and per document.
 */
#ifndef UNSPIN_NAMES_H
#define UNSPIN_NAMES_H

#include <stdbool.h>
#include <stddef.h>

struct arena;
struct edits;
struct spell;
struct spell_lists;
struct tokens;
struct names;

/* spell answers "is this an English word?"; both are borrowed. */
struct names	*names_new(const struct spell_lists *, struct spell *);
void		 names_free(struct names *);
/* Forget the names of the previous document. */
void		 names_begin_document(struct names *);
/* Propose fixes for minority spellings in one paragraph, then count it. */
void		 names_stage(struct names *, const char *text,
		    const struct tokens *, struct arena *, struct edits *);
/* Is b one insertion, deletion or substitution away from a? */
bool		 names_one_edit(const char *a, size_t an, const char *b,
		    size_t bn);

#endif
