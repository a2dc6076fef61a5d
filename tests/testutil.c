/* testutil: shared helpers for the unit tests (see testutil.h). */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../src/buf.h"
#include "../src/edit.h"
#include "../src/render.h"
#include "../src/resolve.h"
#include "../src/rule.h"
#include "../src/rulefile.h"
#include "../src/rules.h"
#include "../src/segment.h"
#include "../src/xalloc.h"
#include "testutil.h"

const char *
tu_dictdir(void)
{
	const char *d = getenv("UNSPIN_DICTDIR");

	return d != NULL ? d : "dicts";
}

char *
tu_temp_file(const char *text)
{
	char tmpl[] = "/tmp/unspin-test-XXXXXX";
	int fd = mkstemp(tmpl);
	size_t n = strlen(text);

	ck_assert_int_ne(fd, -1);
	ck_assert_int_eq(write(fd, text, n), (ssize_t)n);
	close(fd);
	return xstrdup(tmpl);
}

struct ruleset *
tu_ruleset(const char *table, char *err, size_t errlen)
{
	struct ruleset *rs = ruleset_new();
	char *path = tu_temp_file(table);
	int rc = ruleset_load_support(rs, tu_dictdir(), err, errlen);

	if (rc == 0)
		rc = ruleset_load_file(rs, path, err, errlen);
	unlink(path);
	free(path);
	if (rc == -1) {
		ruleset_free(rs);
		return NULL;
	}
	return rs;
}

char *
tu_run(tu_stage *stage, void *ctx, const char *text, enum level max)
{
	struct arena a = { 0 };
	struct tokens toks = { 0 };
	struct edits edits = { 0 };
	struct buf out = { 0 };
	size_t n = strlen(text);

	segment_paragraph(text, n, &a, NULL, &toks);
	stage(ctx, text, &toks, &a, &edits);
	resolve(&edits, text, LEVEL_SURE);
	resolve_apply(&edits, max);
	render_text(text, n, &edits, &out);
	buf_str(&out);
	arena_free(&a);
	tokens_free(&toks);
	edits_free(&edits);
	return out.data;
}

static void
rules_stage(void *ctx, const char *text, const struct tokens *toks,
    struct arena *a, struct edits *out)
{
	rules_match(ctx, text, strlen(text), toks, a, out);
}

char *
tu_apply(const struct ruleset *rs, const char *text)
{
	return tu_run(rules_stage, (void *)rs, text, LEVEL_MAYBE);
}
