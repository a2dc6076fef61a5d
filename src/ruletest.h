/*
 * ruletest: checks each rule against its own examples, alone, as
 * LanguageTool does: an `ex:` must come out exactly as written, a `no:`
 * unchanged, and a rule with context needs a `no:`.
 */
#ifndef UNSPIN_RULETEST_H
#define UNSPIN_RULETEST_H

#include <stddef.h>

struct ruleset;

/* Calls fail once per failure; returns the number of failures. */
size_t	 ruletest_run(const struct ruleset *,
	    void (*fail)(void *ctx, const char *file, int line,
	    const char *message), void *ctx);

#endif
