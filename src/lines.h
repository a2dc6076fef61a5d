/*
 * lines: reads a data file a line at a time for the loaders in rulefile.c,
 * inflect.c, article.c and spell.c, with the checks they all need: the
 * file opens, is text (no NUL), is valid UTF-8.
 */
#ifndef UNSPIN_LINES_H
#define UNSPIN_LINES_H

#include <stdarg.h>
#include <stddef.h>

/*
 * Call fn for each line of path, without its line end; fn returns 0 to go
 * on or -1 after writing "FILE:LINE: message" to err.  Returns 0, or -1
 * with the message in err.
 */
int	 lines_read(const char *path, int (*fn)(void *ctx, char *line,
	    int lineno), void *ctx, char *err, size_t errlen);
/*
 * Write "PATH:LINE: message" to err, the form of every data-file error;
 * returns -1 so a loader can return it.
 */
int	 lines_error(char *err, size_t errlen, const char *path, int line,
	    const char *fmt, ...) __attribute__((format(printf, 5, 6)));
int	 lines_verror(char *err, size_t errlen, const char *path, int line,
	    const char *fmt, va_list);

#endif
