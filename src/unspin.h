/*
 * unspin.h: the public interface of libunspin, which repairs text damaged
 * by synonym spinners and machine translation.
 *
 * Two objects: struct unspin_data holds what is loaded from the dictionary
 * folder (rule tables, word lists); it is read-only once loaded and may be
 * shared by any number of struct unspin streams, one per thread.  A stream
 * takes a document in pieces of any size and hands back corrected text and
 * one record per change through callbacks, a paragraph at a time.
 *
 * The library never prints and never exits, except on out of memory.
 * Functions that can fail return -1 (or NULL) and keep a message.
 */
#ifndef UNSPIN_H
#define UNSPIN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum unspin_level {
	UNSPIN_SURE,	/* wrong in any edited English: applied by default */
	UNSPIN_LIKELY,	/* a typical spin that is also fluent English */
	UNSPIN_MAYBE	/* worth a look; reported only */
};

/* What to load. */
struct unspin_config {
	const char		*dictdir;	/* NULL: $UNSPIN_DICTDIR, else
						   the installed folder */
	const char *const	*rule_files;	/* extra tables (--rules) */
	size_t			 nrule_files;
	const char *const	*disable;	/* rule ids or TABLE names */
	size_t			 ndisable;
	const char *const	*enable;	/* optional tables by name */
	size_t			 nenable;
	bool			 no_default_rules;
	const char		*hunspell_dir;	/* NULL: $UNSPIN_HUNSPELL_DIR,
						   else the configured one */
	bool			 no_spelling;
	bool			 drop_examples;	/* unspin_data_test() unused */
};

struct unspin_data;

/*
 * Load rule tables and word lists.  Returns NULL on error and stores a
 * message ("FILE:LINE: what is wrong") the caller frees in *err.
 */
struct unspin_data	*unspin_data_load(const struct unspin_config *,
			    char **err);
void			 unspin_data_free(struct unspin_data *);
/* Number of loaded rules. */
size_t			 unspin_data_rule_count(const struct unspin_data *);

struct unspin_rule_info {
	const char		*id;
	const char		*kind;
	enum unspin_level	 level;
	const char		*file;
	int			 line;
};

/* Describe rule i (0 <= i < unspin_data_rule_count); strings borrowed. */
void			 unspin_data_rule_info(const struct unspin_data *,
			    size_t i, struct unspin_rule_info *);

/*
 * Run every example of every loaded rule on that rule alone.  Calls fail
 * once per failing example; returns the number of failures.
 */
size_t			 unspin_data_test(const struct unspin_data *,
			    void (*fail)(void *ctx, const char *file,
			    int line, const char *message), void *ctx);

/* One change, applied or only reported.  Strings are borrowed. */
struct unspin_change {
	const char		*file;
	uint64_t		 line;		/* 1-based */
	uint64_t		 column;	/* 1-based, in characters */
	uint64_t		 offset;	/* byte offset in the input */
	uint64_t		 length;	/* bytes replaced */
	const char		*rule;
	const char		*kind;
	enum unspin_level	 level;
	bool			 applied;
	const char		*before;
	size_t			 before_len;
	const char		*after;
	size_t			 after_len;
};

/* A problem with the input that processing went on past. */
struct unspin_diag {
	const char	*file;
	uint64_t	 line;
	const char	*message;
};

struct unspin_options {
	enum unspin_level	 level;		/* apply at or above this */
	bool			 no_density;	/* never promote likely edits */
	/* Output text; return -1 to stop (NULL: text is discarded). */
	int	(*write)(void *ctx, const char *, size_t);
	void	(*change)(void *ctx, const struct unspin_change *);
	void	(*diag)(void *ctx, const struct unspin_diag *);
	void	*ctx;
};

/* Counts for the current (or last ended) document. */
struct unspin_stats {
	uint64_t	bytes;
	uint64_t	words;
	uint64_t	changes;	/* applied */
	uint64_t	reported;	/* found, not applied */
	uint64_t	sure;		/* sure findings: the spin score's base */
	uint64_t	problems;	/* diagnostics */
};

struct unspin;

struct unspin	*unspin_new(const struct unspin_data *,
		    const struct unspin_options *);
/* Start a document; name is used in changes and diagnostics. */
int		 unspin_begin(struct unspin *, const char *name);
/* Process n more bytes; output comes as paragraphs complete. */
int		 unspin_feed(struct unspin *, const char *, size_t n);
/* Process what is pending up to the last complete line (idle pipes). */
int		 unspin_flush(struct unspin *);
/* Process the rest of the document. */
int		 unspin_end(struct unspin *);
void		 unspin_stats(const struct unspin *, struct unspin_stats *);
/* The message of the last failure; valid until the next call. */
const char	*unspin_error(const struct unspin *);
void		 unspin_free(struct unspin *);

const char	*unspin_level_name(enum unspin_level);
/* Returns 0, or -1 for a name that is not sure, likely or maybe. */
int		 unspin_level_parse(const char *, enum unspin_level *);
const char	*unspin_version(void);

#endif
