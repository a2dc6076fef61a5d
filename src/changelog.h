/*
 * changelog: the --log file, one record per change, as TSV with a header
 * line or as JSON Lines.  Fields are escaped so a record is one line.
 */
#ifndef UNSPIN_CHANGELOG_H
#define UNSPIN_CHANGELOG_H

#include <stdio.h>

struct unspin_change;

enum log_format {
	LOG_TSV,
	LOG_JSONL
};

/* Write the header line (TSV only). */
void	 changelog_header(FILE *, enum log_format);
void	 changelog_write(FILE *, enum log_format,
	    const struct unspin_change *);

#endif
