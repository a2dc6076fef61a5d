/*
 * testutil: helpers shared by the Check unit tests: a main() that runs one
 * suite, temporary rule tables, and running a rule table over a text.
 */
#ifndef UNSPIN_TESTUTIL_H
#define UNSPIN_TESTUTIL_H

#include <check.h>

#include "../src/rule.h"

struct arena;
struct edits;
struct ruleset;
struct tokens;

/* A stage as the tests drive it: propose edits for one paragraph. */
typedef void tu_stage(void *ctx, const char *text, const struct tokens *,
    struct arena *, struct edits *);

/* The dictionary folder of the source tree ($UNSPIN_DICTDIR). */
const char	*tu_dictdir(void);
/* Write text to a new temporary file; the caller frees the path. */
char		*tu_temp_file(const char *text);
/* Load support data plus a table given as text; NULL and *err on error. */
struct ruleset	*tu_ruleset(const char *table, char *err, size_t errlen);
/* Apply every rule of rs to text (all levels); the caller frees it. */
char		*tu_apply(const struct ruleset *, const char *text);
/*
 * Run stage over text as one paragraph, resolve, and return the text with
 * the edits at or above max applied; the caller frees it.
 */
char		*tu_run(tu_stage *, void *ctx, const char *text, enum level max);

#define TU_MAIN(make_suite)						\
int									\
main(void)								\
{									\
	SRunner *sr = srunner_create(make_suite());			\
	int failed;							\
									\
	srunner_run_all(sr, CK_NORMAL);					\
	failed = srunner_ntests_failed(sr);				\
	srunner_free(sr);						\
	return failed ? 1 : 0;						\
}

#endif
