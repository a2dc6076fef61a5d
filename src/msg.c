/* msg: diagnostics and the exit status (see msg.h). */
#include <config.h>

#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "msg.h"

static int status;

void
msg_status(int s)
{
	if (s > status)
		status = s;
}

int
msg_exit_status(void)
{
	return status;
}

void
msg_error(const char *file, uint64_t line, const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fputs("unspin: ", stderr);
	if (file != NULL && line > 0)
		fprintf(stderr, "%s:%" PRIu64 ": ", file, line);
	else if (file != NULL)
		fprintf(stderr, "%s: ", file);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	msg_status(EXIT_TROUBLE);
}

void
msg_sys(const char *file)
{
	msg_error(file, 0, "%s", strerror(errno));
}

void
msg_usage(const char *fmt, ...)
{
	va_list ap;

	fputs("unspin: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs("\nTry 'unspin --help' for more information.\n", stderr);
	msg_status(EXIT_TROUBLE);
}
