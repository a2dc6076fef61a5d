/* changelog: TSV and JSON Lines change records (see changelog.h). */
#include <config.h>

#include <inttypes.h>
#include <stdio.h>

#include "changelog.h"
#include "unspin.h"

/* TSV: backslash escapes for the characters that would break a row. */
static void
tsv_field(FILE *fp, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		switch (s[i]) {
		case '\t':
			fputs("\\t", fp);
			break;
		case '\n':
			fputs("\\n", fp);
			break;
		case '\r':
			fputs("\\r", fp);
			break;
		case '\\':
			fputs("\\\\", fp);
			break;
		default:
			fputc(s[i], fp);
		}
}

static void
json_string(FILE *fp, const char *s, size_t n)
{
	size_t i;

	fputc('"', fp);
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '"' || c == '\\')
			fprintf(fp, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", fp);
		else if (c == '\t')
			fputs("\\t", fp);
		else if (c == '\r')
			fputs("\\r", fp);
		else if (c < 0x20)
			fprintf(fp, "\\u%04x", c);
		else
			fputc(c, fp);
	}
	fputc('"', fp);
}

void
changelog_header(FILE *fp, enum log_format f)
{
	if (f == LOG_TSV)
		fputs("file\tline\tcolumn\toffset\tlength\trule\tkind\tlevel\t"
		    "before\tafter\tapplied\n", fp);
}

void
changelog_write(FILE *fp, enum log_format f, const struct unspin_change *c)
{
	size_t n = 0;

	while (c->file[n] != '\0')
		n++;
	if (f == LOG_TSV) {
		tsv_field(fp, c->file, n);
		fprintf(fp, "\t%" PRIu64 "\t%" PRIu64 "\t%" PRIu64 "\t%" PRIu64
		    "\t%s\t%s\t%s\t", c->line, c->column, c->offset, c->length,
		    c->rule, c->kind, unspin_level_name(c->level));
		tsv_field(fp, c->before, c->before_len);
		fputc('\t', fp);
		tsv_field(fp, c->after, c->after_len);
		fprintf(fp, "\t%s\n", c->applied ? "yes" : "no");
		return;
	}
	fputs("{\"file\":", fp);
	json_string(fp, c->file, n);
	fprintf(fp, ",\"line\":%" PRIu64 ",\"column\":%" PRIu64 ",\"offset\":%"
	    PRIu64 ",\"length\":%" PRIu64 ",\"rule\":\"%s\",\"kind\":\"%s\","
	    "\"level\":\"%s\",\"before\":", c->line, c->column, c->offset,
	    c->length, c->rule, c->kind, unspin_level_name(c->level));
	json_string(fp, c->before, c->before_len);
	fputs(",\"after\":", fp);
	json_string(fp, c->after, c->after_len);
	fprintf(fp, ",\"applied\":%s}\n", c->applied ? "true" : "false");
}
