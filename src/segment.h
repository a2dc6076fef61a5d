/*
 * segment: splits one paragraph into word, number and punctuation tokens
 * with byte offsets, and marks sentence starts and ends.  Tokens point into
 * the paragraph; only tokens whose matching form differs (capitals, curly
 * apostrophes) get a copy, in the arena.
 */
#ifndef UNSPIN_SEGMENT_H
#define UNSPIN_SEGMENT_H

#include <stddef.h>
#include <stdint.h>

struct arena;
struct strmap;

enum tok_type {
	TOK_WORD,
	TOK_NUM,
	TOK_PUNCT
};

#define TOKF_CAP	0x01	/* first character is a capital */
#define TOKF_UPPER	0x02	/* has letters, all capitals */
#define TOKF_LOWER	0x04	/* has letters, no capitals */
#define TOKF_SSTART	0x08	/* first token (or first word) of a sentence */
#define TOKF_SEND	0x10	/* last token of a sentence */
#define TOKF_CURLY	0x20	/* holds a ’ apostrophe */
#define TOKF_HYPHEN	0x40	/* holds a hyphen: "32-year-old" */

struct token {
	const char	*norm;	/* text with ’ as ', original case */
	const char	*fold;	/* norm lower-cased; same length as norm */
	uint32_t	 off;	/* byte offset in the paragraph */
	uint32_t	 len;	/* byte length in the paragraph */
	uint32_t	 nlen;	/* length of norm and fold */
	uint32_t	 hash;	/* strmap_hash of fold */
	uint32_t	 sent;	/* sentence number within the paragraph */
	uint8_t		 type;
	uint8_t		 flags;
};

struct tokens {
	struct token	*v;
	size_t		 n;
	size_t		 cap;
};

/*
 * Tokenize len bytes of valid UTF-8 into toks (reset first).  abbrevs holds
 * folded words that a following "." does not end a sentence after; it may
 * be NULL.
 */
void	 segment_paragraph(const char *, size_t len, struct arena *,
	    const struct strmap *abbrevs, struct tokens *toks);
/* Lower-case s (n bytes, valid UTF-8) into out, which has n bytes. */
void	 segment_fold(const char *s, size_t n, char *out);
void	 tokens_free(struct tokens *);

#endif
