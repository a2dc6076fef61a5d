/* casing: case and apostrophe style transfer (see casing.h). */
#include <config.h>

#include <stdbool.h>
#include <string.h>

#include "buf.h"
#include "casing.h"
#include "segment.h"

/* Words a name leaves in lower case: "Ministry of Defense". */
static bool
small_word(const char *w, size_t n)
{
	static const char *const small[] = { "a", "an", "and", "at", "de",
	    "for", "in", "of", "on", "the", "to", NULL };
	size_t i;

	for (i = 0; small[i] != NULL; i++)
		if (strlen(small[i]) == n && memcmp(small[i], w, n) == 0)
			return true;
	return false;
}

/*
 * Are the replaced words a name, "Central Financial Institution": two or
 * more words, each capitalised but for small ones?
 */
static bool
is_name(const struct token *v, size_t n)
{
	size_t i, caps = 0;

	for (i = 0; i < n; i++) {
		if (v[i].type == TOK_PUNCT)
			continue;
		if (v[i].flags & TOKF_CAP)
			caps++;
		else if (!small_word(v[i].norm, v[i].nlen))
			return false;
	}
	return caps >= 2;
}

enum casemode
casing_of(const struct token *v, size_t n)
{
	size_t i, words = 0, letters = 0;
	const struct token *first = NULL;

	for (i = 0; i < n; i++) {
		if (v[i].type == TOK_PUNCT)
			continue;
		if (first == NULL)
			first = &v[i];
		if (!(v[i].flags & (TOKF_UPPER | TOKF_LOWER | TOKF_CAP)))
			continue;	/* a number: no case to copy */
		if (!(v[i].flags & TOKF_UPPER))
			break;
		words++;
		letters += v[i].len;
	}
	if (first == NULL)
		return CASE_KEEP;
	/* "A" alone is Title case, "US" or "A NEW" is upper case. */
	if (i == n && words > 0 && letters > 1)
		return CASE_UPPER;
	if (!(first->flags & TOKF_CAP))
		return CASE_KEEP;
	return is_name(v, n) ? CASE_NAME : CASE_TITLE;
}

static void
upper_at(char *s, size_t n)
{
	if (n >= 1 && s[0] >= 'a' && s[0] <= 'z')
		s[0] -= 32;
	else if (n >= 2 && (unsigned char)s[0] == 0xC3 &&
	    (unsigned char)s[1] >= 0xA0 && (unsigned char)s[1] <= 0xBE &&
	    (unsigned char)s[1] != 0xB7)
		s[1] -= 32;
}

/* Capitalise each word of b but small ones after the first. */
static void
name_case(struct buf *b)
{
	size_t i = 0, k;

	while (i < b->len) {
		while (i < b->len && b->data[i] == ' ')
			i++;
		for (k = i; k < b->len && b->data[k] != ' '; k++)
			;
		if (k > i && (i == 0 || !small_word(b->data + i, k - i)))
			upper_at(b->data + i, k - i);
		i = k;
	}
}

void
casing_apply(struct buf *b, enum casemode mode)
{
	size_t i;

	if (mode == CASE_TITLE) {
		for (i = 0; i < b->len; i++)
			if ((unsigned char)b->data[i] >= 0x80 ||
			    (b->data[i] >= 'a' && b->data[i] <= 'z') ||
			    (b->data[i] >= 'A' && b->data[i] <= 'Z') ||
			    (b->data[i] >= '0' && b->data[i] <= '9')) {
				upper_at(b->data + i, b->len - i);
				break;
			}
	} else if (mode == CASE_NAME)
		name_case(b);
	else if (mode == CASE_UPPER)
		for (i = 0; i < b->len; i++)
			upper_at(b->data + i, b->len - i);
}

void
casing_curly(struct buf *b)
{
	struct buf out = { 0 };
	size_t i;

	if (memchr(b->data, '\'', b->len) == NULL)
		return;
	for (i = 0; i < b->len; i++) {
		if (b->data[i] == '\'')
			buf_add(&out, "\xE2\x80\x99", 3);
		else
			buf_addc(&out, b->data[i]);
	}
	buf_free(b);
	*b = out;
}
