/* Unit tests for paragraph.c and utf8.c: cutting input, validating it. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "../src/paragraph.h"
#include "../src/utf8.h"
#include "../src/xalloc.h"
#include "testutil.h"

static enum para_cut
cut(const char *s, bool final, size_t *len)
{
	size_t scan = 0;

	return paragraph_cut(s, strlen(s), &scan, final, len);
}

START_TEST(test_paragraph_ends_after_blank_lines)
{
	size_t len;

	ck_assert_int_eq(cut("one\ntwo\n\n \nthree\n", false, &len), PARA_END);
	ck_assert_uint_eq(len, strlen("one\ntwo\n\n \n"));
}
END_TEST

START_TEST(test_paragraph_waits_for_more)
{
	size_t len;

	ck_assert_int_eq(cut("one\ntwo\n\n", false, &len), PARA_NONE);
	ck_assert_int_eq(cut("one\ntwo", true, &len), PARA_END);
	ck_assert_uint_eq(len, 7);
}
END_TEST

START_TEST(test_paragraph_resumes_across_feeds)
{
	const char *s = "one\n\ntwo\n";
	size_t scan = 0, len;

	ck_assert_int_eq(paragraph_cut(s, 5, &scan, false, &len), PARA_NONE);
	ck_assert_int_eq(paragraph_cut(s, strlen(s), &scan, false, &len),
	    PARA_END);
	ck_assert_uint_eq(len, 5);
}
END_TEST

START_TEST(test_paragraph_too_long_splits_at_a_line)
{
	size_t n = PARAGRAPH_MAX + 100, len, scan = 0;
	char *s = xmalloc(n);

	memset(s, 'a', n);
	s[10] = '\n';
	ck_assert_int_eq(paragraph_cut(s, n, &scan, false, &len), PARA_SPLIT);
	ck_assert_uint_eq(len, 11);
	s[10] = 'a';
	ck_assert_int_eq(paragraph_cut(s, n, &scan, false, &len),
	    PARA_LONGLINE);
	free(s);
}
END_TEST

START_TEST(test_utf8_strict_validation)
{
	size_t bad;

	ck_assert(utf8_valid("plain ‘text’ ✓", strlen("plain ‘text’ ✓"), &bad));
	ck_assert(!utf8_valid("ab\xC0\xAF", 4, &bad));	/* overlong */
	ck_assert_uint_eq(bad, 2);
	ck_assert(!utf8_valid("\xED\xA0\x80", 3, &bad));	/* surrogate */
	ck_assert(!utf8_valid("\xF4\x90\x80\x80", 4, &bad));	/* > U+10FFFF */
	ck_assert(!utf8_valid("a\xE2\x80", 3, &bad));		/* truncated */
	ck_assert(!utf8_valid("\x80", 1, &bad));
}
END_TEST

static Suite *
make_paragraph_suite(void)
{
	Suite *s = suite_create("paragraph");
	TCase *core = tcase_create("Core"), *limits = tcase_create("Limits");

	tcase_add_test(core, test_paragraph_ends_after_blank_lines);
	tcase_add_test(core, test_paragraph_waits_for_more);
	tcase_add_test(core, test_paragraph_resumes_across_feeds);
	tcase_add_test(limits, test_paragraph_too_long_splits_at_a_line);
	tcase_add_test(limits, test_utf8_strict_validation);
	suite_add_tcase(s, core);
	suite_add_tcase(s, limits);
	return s;
}

TU_MAIN(make_paragraph_suite)
