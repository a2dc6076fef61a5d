/*
 * rule: the in-memory form of a compiled phrase rule, shared by rulefile.c
 * (which builds it), rules.c (which matches it) and ruletest.c.  Rules are
 * read-only once loaded, so batch workers share one set.
 */
#ifndef UNSPIN_RULE_H
#define UNSPIN_RULE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "strmap.h"

#define RULE_MAXPELS	32
#define RULE_MAXVARIANTS	64
#define RULE_FILTER_BITS	65536	/* power of two */

enum level {
	LEVEL_SURE,
	LEVEL_LIKELY,
	LEVEL_MAYBE
};

/* Built-in token classes; CLS_DATA is a word list. */
enum cls {
	CLS_NONE,
	CLS_ANY,
	CLS_WORD,
	CLS_NUM,
	CLS_PUNCT,
	CLS_CAP,
	CLS_LOWER,
	CLS_UPPER,
	CLS_DATA
};

struct lit {
	char		*text;	/* fold, or norm when exact; in rs->texts */
	uint32_t	 len;
	bool		 exact;	/* case-sensitive */
	bool		 suffix;	/* "*-old": a hyphenated word's tail */
	int8_t		 form;	/* inflection slot, -1 for none */
};

/*
 * A long list of case-blind literals as a hash set: slot holds the index
 * + 1 of a literal of the element (0: empty), found by the word's
 * strmap_hash; 4 bytes a slot, the words stay in the element's lits.
 * Elements with the same list in the same order share one.
 */
struct litset {
	uint32_t	*slot;
	size_t		 mask;	/* slots - 1, a power of two less one */
	struct lit	*lits;	/* the list, which its elements share */
	size_t		 nlits;
};

/*
 * Where word w (n bytes, strmap_hash h) is in set: its slot, or the empty
 * slot where it would go.  An element using the set lists the same words
 * in the same order, so a slot's index is good for its lits too.
 */
static inline size_t
litset_probe(const struct litset *set, const char *w, size_t n, uint32_t h)
{
	const struct lit *lits = set->lits;
	size_t i;

	for (i = h & set->mask; set->slot[i] != 0; i = (i + 1) & set->mask)
		if (lits[set->slot[i] - 1].len == n &&
		    memcmp(lits[set->slot[i] - 1].text, w, n) == 0)
			break;
	return i;
}

/* A class a token may belong to. */
struct pclass {
	uint8_t			 cls;
	const struct strmap	*words;	/* CLS_DATA members (folded) */
};

/* One pattern element: a token the rule needs at that position. */
struct pel {
	struct lit		*lits;	/* any of these literals ... */
	struct pclass		*classes;	/* ... or of these classes */
	const struct litset	*litset;	/* long case-blind lists;
						   owned by the ruleset */
	/* 32 bits keep elements small: tables have hundreds of thousands. */
	uint32_t		 nlits;
	uint32_t		 nclasses;
	char			 infl;	/* 'n', 'v' or 0 */
	bool			 optional;
	bool			 negated;
	bool			 sstart;	/* ^ before it */
	bool			 not_sstart;	/* !^ before it */
	bool			 send;		/* $ after it */
	bool			 in_span;
};

struct example {
	char	*in;
	char	*out;	/* NULL for a no: counter-example */
	int	 line;
};

struct rule {
	char		*id;	/* TABLE.SLUG */
	const char	*file;	/* owned by the ruleset */
	int		 line;
	struct pel	*pels;
	size_t		 npels;
	size_t		 anchor;	/* element the index points at */
	char		*repl;		/* replacement template */
	char		*kind;
	enum level	 level;
	struct example	*ex;
	size_t		 nex;
	size_t		 order;		/* load order: ties go to the first */
	bool		 has_context;	/* elements outside the span */
	bool		 disabled;
	/*
	 * A pattern with multi-word alternatives, (sun oriented|solar), is
	 * compiled once per combination: the first is the rule, the others
	 * are its variants, sharing its id, examples, level and kind.
	 */
	struct rule	**variants;
	size_t		  nvariants;
};

/*
 * Index entry: a rule to try when its anchor word is seen, and which
 * alternative of the anchor element that word is (-1: not known, test).
 */
struct rule_ref {
	struct rule	*rule;
	int		 lit;
	/*
	 * rule_near_bit()s of the words the elements beside the anchor
	 * accept, all ones when any word may do: a rule whose neighbours
	 * cannot match is turned away without a visit to the rule.
	 */
	uint64_t	 prev_mask, next_mask;
};

struct rule_list {
	struct rule_ref	*v;
	size_t		 n;
	size_t		 cap;
};

struct articles;
struct inflect;

struct ruleset {
	struct rule		**rules;
	size_t			  n;
	size_t			  cap;
	struct strmap		  index;	/* folded word -> rule_list */
	/*
	 * One bit per index-word hash: most tokens are no index word, and a
	 * bit test is much cheaper than probing the map.
	 */
	uint64_t		  filter[RULE_FILTER_BITS / 64];
	struct rule_list	  unanchored;	/* tried at every token */
	struct strmap		  classes;	/* name -> strmap of words */
	/* Folded word -> occurrences per million (word-frequencies.tsv). */
	struct strmap		  freq;
	/* Litsets by their literals in order: rules share long lists. */
	struct strmap		  litsets;
	/*
	 * Every literal's text, once: "the" or "said" is a literal of
	 * hundreds of rules, and a copy each cost megabytes.
	 */
	struct strmap		  texts;
	/* Free each rule's examples once it is checked: only tests run them. */
	bool			  drop_examples;
	struct strmap		  abbrevs;	/* folded abbreviations */
	struct inflect		 *inflect;
	struct articles		 *articles;
	char			**files;	/* names, owned here */
	size_t			  nfiles;
};

const char	*level_name(enum level);
/* Returns 0 and sets *out, or -1 for an unknown name. */
int		 level_parse(const char *, enum level *out);

/* The filter bit of a folded word's hash: set, or maybe in the index. */
static inline size_t
rule_filter_bit(uint32_t hash)
{
	return (hash ^ (hash >> 16)) & (RULE_FILTER_BITS - 1);
}

/*
 * The bit of a folded word's hash in a rule's neighbour masks: one of
 * bits 0-62.  Bit 63 stands for "no word here" (a sentence edge), which
 * only an all-ones mask, one without a condition, lets through.
 */
#define RULE_NEAR_EDGE	((uint64_t)1 << 63)

static inline uint64_t
rule_near_bit(uint32_t hash)
{
	return (uint64_t)1 << ((hash ^ (hash >> 11) ^ (hash >> 23)) % 63);
}

static inline bool
rule_filter_test(const uint64_t *filter, uint32_t hash)
{
	size_t b = rule_filter_bit(hash);

	return (filter[b >> 6] >> (b & 63)) & 1;
}

#endif
