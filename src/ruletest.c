/* ruletest: every rule against its examples (see ruletest.h). */
#include <config.h>

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "edit.h"
#include "render.h"
#include "resolve.h"
#include "rule.h"
#include "rules.h"
#include "ruletest.h"
#include "segment.h"

struct tester {
	const struct ruleset	*rs;
	struct arena		 arena;
	struct tokens		 toks;
	struct edits		 edits;
	struct buf		 out;
};

/* Run rule r (and its variants) alone over s; the result is in t->out. */
static void
apply_one(struct tester *t, const struct rule *r, const char *s)
{
	size_t n = strlen(s);

	arena_reset(&t->arena);
	t->edits.n = 0;
	t->out.len = 0;
	segment_paragraph(s, n, &t->arena, &t->rs->abbrevs, &t->toks);
	rules_match_one(t->rs, r, s, n, &t->toks, &t->arena, &t->edits);
	for (size_t i = 0; i < r->nvariants; i++)
		rules_match_one(t->rs, r->variants[i], s, n, &t->toks,
		    &t->arena, &t->edits);
	resolve(&t->edits, s, LEVEL_SURE);
	resolve_apply(&t->edits, LEVEL_MAYBE);
	render_text(s, n, &t->edits, &t->out);
	buf_str(&t->out);
}

static size_t
test_rule(struct tester *t, const struct rule *r,
    void (*fail)(void *, const char *, int, const char *), void *ctx)
{
	char msg[2048];
	size_t i, failures = 0;
	bool has_no = false;

	for (i = 0; i < r->nex; i++) {
		const struct example *ex = &r->ex[i];
		const char *want = ex->out != NULL ? ex->out : ex->in;

		has_no = has_no || ex->out == NULL;
		apply_one(t, r, ex->in);
		if (strcmp(t->out.data, want) == 0)
			continue;
		snprintf(msg, sizeof(msg), "%s: %s example gives '%s', "
		    "expected '%s'", r->id, ex->out ? "ex:" : "no:",
		    t->out.data, want);
		fail(ctx, r->file, ex->line, msg);
		failures++;
	}
	if (r->has_context && !has_no) {
		snprintf(msg, sizeof(msg), "%s: a rule with context needs a "
		    "'no:' example", r->id);
		fail(ctx, r->file, r->line, msg);
		failures++;
	}
	return failures;
}

size_t
ruletest_run(const struct ruleset *rs,
    void (*fail)(void *, const char *, int, const char *), void *ctx)
{
	struct tester t = { .rs = rs };
	size_t i, failures = 0;

	for (i = 0; i < rs->n; i++)
		failures += test_rule(&t, rs->rules[i], fail, ctx);
	arena_free(&t.arena);
	tokens_free(&t.toks);
	edits_free(&t.edits);
	buf_free(&t.out);
	return failures;
}
