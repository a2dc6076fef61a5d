/*
 * report: --check findings, one compiler-style line each on stdout:
 * FILE:LINE:COL: LEVEL: KIND: 'before' -> 'after' [rule-id]
 */
#ifndef UNSPIN_REPORT_H
#define UNSPIN_REPORT_H

#include <stdio.h>

struct unspin_change;

void	 report_finding(FILE *, const struct unspin_change *);

#endif
