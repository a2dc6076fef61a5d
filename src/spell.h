/*
 * spell: the spelling stage, and the only code that talks to Hunspell.
 *
 * spell_lists holds the project's word lists (dicts/words/NAME.dic) and is
 * shared read-only; each stream has its own struct spell: a Hunspell handle
 * (en_US plus those lists) and a bounded cache of verdicts, so a long text
 * costs one Hunspell call per distinct word.
 *
 * A word Hunspell does not know is fixed only when the fix is unambiguous:
 * exactly one known name, or one word the document spells correctly
 * elsewhere, is a single edit away.  Anything else is left alone or
 * reported at level maybe.
 */
#ifndef UNSPIN_SPELL_H
#define UNSPIN_SPELL_H

#include <stdbool.h>
#include <stddef.h>

struct arena;
struct edits;
struct tokens;
struct spell_lists;
struct spell;

/* Read every DIR/words/ NAME.dic; NULL with "FILE:LINE: why" in err. */
struct spell_lists	*spell_lists_load(const char *dictdir, char *err,
			    size_t errlen);
void			 spell_lists_free(struct spell_lists *);
/* Is word (exact case) in the project's lists? */
bool			 spell_lists_has(const struct spell_lists *,
			    const char *, size_t);
size_t			 spell_lists_count(const struct spell_lists *);

/* Can en_US be read from dir?  0, or -1 with a message in err. */
int			 spell_check_dir(const char *dir, char *err,
			    size_t errlen);
/* Open en_US in hunspell_dir plus the lists; NULL with a message. */
struct spell		*spell_new(const char *hunspell_dir,
			    const struct spell_lists *, char *err,
			    size_t errlen);
void			 spell_free(struct spell *);
/* Does Hunspell (with the lists) know this word?  Cached. */
bool			 spell_known(struct spell *, const char *, size_t);
/* Forget the words seen in the current document. */
void			 spell_begin_document(struct spell *);
/* Propose fixes for the unknown words of one paragraph. */
void			 spell_stage(struct spell *, const char *text,
			    const struct tokens *, struct arena *,
			    struct edits *);
/* Also report Hunspell's suggestion for other unknown words (maybe). */
void			 spell_set_suggest(struct spell *, bool);
/* Hunspell calls made so far (for tests of the cache). */
size_t			 spell_lookups(const struct spell *);

#endif
