/*
 * strmap: open-addressing hash map from byte strings to pointers.  Keys are
 * copied; values are the caller's.  Used for the rule index, word classes,
 * abbreviations and the spelling cache.
 */
#ifndef UNSPIN_STRMAP_H
#define UNSPIN_STRMAP_H

#include <stddef.h>
#include <stdint.h>

struct strmap_slot {
	char		*key;
	size_t		 len;
	uint32_t	 hash;
	void		*value;
};

struct strmap {
	struct strmap_slot	*slots;
	size_t			 cap;	/* power of two */
	size_t			 count;
};

uint32_t	 strmap_hash(const char *, size_t);
/* Borrowed value, or NULL.  hash must be strmap_hash(key, len). */
void		*strmap_get(const struct strmap *, const char *, size_t,
		    uint32_t hash);
/* Address of the value slot for key, inserting NULL if absent. */
void		**strmap_put(struct strmap *, const char *, size_t);
/* The same, as the slot: its key copy stays put until strmap_free. */
struct strmap_slot *strmap_put_slot(struct strmap *, const char *, size_t);
/* Frees keys; values are the caller's to free first. */
void		 strmap_free(struct strmap *);
/* Frees each value with free_value, then the map. */
void		 strmap_free_values(struct strmap *, void (*free_value)(void *));

#endif
