/* lines: line-by-line reading of data files (see lines.h). */
#include <config.h>

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lines.h"
#include "utf8.h"

int
lines_verror(char *err, size_t errlen, const char *path, int line,
    const char *fmt, va_list ap)
{
	int n = snprintf(err, errlen, "%s:%d: ", path, line);

	if (n >= 0 && (size_t)n < errlen)
		vsnprintf(err + n, errlen - (size_t)n, fmt, ap);
	return -1;
}

int
lines_error(char *err, size_t errlen, const char *path, int line,
    const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	lines_verror(err, errlen, path, line, fmt, ap);
	va_end(ap);
	return -1;
}

int
lines_read(const char *path, int (*fn)(void *, char *, int), void *ctx,
    char *err, size_t errlen)
{
	FILE *fp = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0, bad;
	ssize_t len;
	int lineno = 0, rc = 0;

	if (fp == NULL) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	while (rc == 0 && (len = getline(&line, &cap, fp)) != -1) {
		lineno++;
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (memchr(line, '\0', (size_t)len) != NULL)
			rc = lines_error(err, errlen, path, lineno,
			    "NUL byte: not a text file");
		else if (!utf8_valid(line, (size_t)len, &bad))
			rc = lines_error(err, errlen, path, lineno,
			    "invalid UTF-8 at byte %zu", bad + 1);
		else
			rc = fn(ctx, line, lineno);
	}
	if (rc == 0 && ferror(fp)) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		rc = -1;
	}
	free(line);
	fclose(fp);
	return rc;
}
