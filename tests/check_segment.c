/* Unit tests for segment.c: tokens, offsets and sentence marks. */
#include <config.h>

#include <string.h>

#include "../src/buf.h"
#include "../src/segment.h"
#include "../src/strmap.h"
#include "testutil.h"

static struct arena arena;
static struct tokens toks;

static void
seg(const char *s)
{
	arena_reset(&arena);
	segment_paragraph(s, strlen(s), &arena, NULL, &toks);
}

static const char *
fold(size_t i)
{
	static char buf[256];

	memcpy(buf, toks.v[i].fold, toks.v[i].nlen);
	buf[toks.v[i].nlen] = '\0';
	return buf;
}

START_TEST(test_segment_words_keep_inner_joiners)
{
	seg("self-defense, 1000’s of U.S. troops");
	ck_assert_uint_eq(toks.n, 6);
	ck_assert_str_eq(fold(0), "self-defense");
	ck_assert_str_eq(fold(1), ",");
	ck_assert_str_eq(fold(2), "1000's");
	ck_assert_int_eq(toks.v[2].type, TOK_NUM);
	ck_assert(toks.v[2].flags & TOKF_CURLY);
	ck_assert_str_eq(fold(4), "u.s.");
}
END_TEST

START_TEST(test_segment_offsets_point_into_text)
{
	const char *s = "  Héllo  wörld!";

	seg(s);
	ck_assert_uint_eq(toks.n, 3);
	ck_assert_uint_eq(toks.v[0].off, 2);
	ck_assert_uint_eq(toks.v[0].len, strlen("Héllo"));
	ck_assert_str_eq(fold(0), "héllo");
	ck_assert_uint_eq(toks.v[1].off, 2 + strlen("Héllo") + 2);
	ck_assert(toks.v[0].flags & TOKF_CAP);
}
END_TEST

START_TEST(test_segment_case_flags)
{
	seg("NATO Nato nato 42");
	ck_assert(toks.v[0].flags & TOKF_UPPER);
	ck_assert(!(toks.v[1].flags & TOKF_UPPER));
	ck_assert(toks.v[1].flags & TOKF_CAP);
	ck_assert(toks.v[2].flags & TOKF_LOWER);
	ck_assert(!(toks.v[3].flags & (TOKF_LOWER | TOKF_UPPER | TOKF_CAP)));
}
END_TEST

START_TEST(test_segment_sentences)
{
	seg("He left. Then again, she stayed! “Why?” he asked.");
	ck_assert(toks.v[0].flags & TOKF_SSTART);
	ck_assert(toks.v[2].flags & TOKF_SEND);
	ck_assert(toks.v[3].flags & TOKF_SSTART);	/* Then */
	ck_assert_uint_eq(toks.v[3].sent, 1);
	ck_assert(toks.v[8].flags & TOKF_SEND);		/* ! */
	ck_assert(toks.v[9].flags & TOKF_SSTART);	/* “ */
	ck_assert(toks.v[10].flags & TOKF_SSTART);	/* Why */
	ck_assert_uint_eq(toks.v[13].sent, 2);		/* he: same sentence */
}
END_TEST

START_TEST(test_segment_initials_and_abbreviations_do_not_end)
{
	struct strmap ab = { 0 };

	*strmap_put(&ab, "mr", 2) = &ab;
	arena_reset(&arena);
	segment_paragraph("Mr. Smith met V. Sergeev there.", 31, &arena, &ab,
	    &toks);
	ck_assert_uint_eq(toks.v[toks.n - 1].sent, 0);
	strmap_free(&ab);
}
END_TEST

START_TEST(test_segment_fold_non_ascii)
{
	char out[16];

	segment_fold("ÉCOLE Ünd", 11, out);
	ck_assert(memcmp(out, "école ünd", 11) == 0);
}
END_TEST

static Suite *
make_segment_suite(void)
{
	Suite *s = suite_create("segment");
	TCase *tc = tcase_create("Core");

	tcase_add_test(tc, test_segment_words_keep_inner_joiners);
	tcase_add_test(tc, test_segment_offsets_point_into_text);
	tcase_add_test(tc, test_segment_case_flags);
	tcase_add_test(tc, test_segment_sentences);
	tcase_add_test(tc, test_segment_initials_and_abbreviations_do_not_end);
	tcase_add_test(tc, test_segment_fold_non_ascii);
	suite_add_tcase(s, tc);
	return s;
}

TU_MAIN(make_segment_suite)
