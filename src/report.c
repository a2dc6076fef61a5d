/* report: lint-style findings (see report.h). */
#include <config.h>

#include <inttypes.h>
#include <stdio.h>

#include "report.h"
#include "unspin.h"

/* Quote text on one line: newlines and tabs become visible escapes. */
static void
quoted(FILE *fp, const char *s, size_t n)
{
	size_t i;

	fputc('\'', fp);
	for (i = 0; i < n; i++)
		if (s[i] == '\n')
			fputs("\\n", fp);
		else if (s[i] == '\t')
			fputs("\\t", fp);
		else
			fputc(s[i], fp);
	fputc('\'', fp);
}

void
report_finding(FILE *fp, const struct unspin_change *c)
{
	fprintf(fp, "%s:%" PRIu64 ":%" PRIu64 ": %s: %s: ", c->file, c->line,
	    c->column, unspin_level_name(c->level), c->kind);
	quoted(fp, c->before, c->before_len);
	fputs(" -> ", fp);
	quoted(fp, c->after, c->after_len);
	fprintf(fp, " [%s]\n", c->rule);
}
