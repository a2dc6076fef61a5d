/*
 * msg: every line the program writes to standard error goes through here,
 * as "unspin: FILE:LINE: message".  It remembers the worst exit status.
 */
#ifndef UNSPIN_MSG_H
#define UNSPIN_MSG_H

#include <stdint.h>

#define EXIT_FOUND	1	/* --check found something */
#define EXIT_TROUBLE	2	/* usage, bad input or system error */

/* A problem in FILE (at LINE when line > 0); status 2. */
void	 msg_error(const char *file, uint64_t line, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));
/* A failed system call on FILE, with strerror(errno); status 2. */
void	 msg_sys(const char *file);
/* A bad command line, then the --help hint; status 2. */
void	 msg_usage(const char *fmt, ...)
	    __attribute__((format(printf, 1, 2)));
/* Raise the exit status to at least s. */
void	 msg_status(int s);
int	 msg_exit_status(void);

#endif
