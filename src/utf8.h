/*
 * utf8: UTF-8 decoding, validation and the character classes the tokenizer
 * needs.  No locale and no ctype: results do not depend on the environment.
 */
#ifndef UNSPIN_UTF8_H
#define UNSPIN_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Strict check (no overlongs, surrogates or code points past U+10FFFF).
 * Returns true when all n bytes are valid; else stores the offset of the
 * first bad byte in *bad.
 */
bool	 utf8_valid(const char *, size_t n, size_t *bad);
/* Decode one code point from valid UTF-8; returns its length in bytes. */
size_t	 utf8_decode(const char *, size_t n, uint32_t *cp);
/* Encode cp into out (4 bytes room); returns the length. */
size_t	 utf8_encode(uint32_t cp, char *out);
/* Characters that make up words (letters, digits, marks). */
bool	 utf8_is_word(uint32_t);
/* White space, including no-break and zero-width spaces. */
bool	 utf8_is_space(uint32_t);
bool	 utf8_is_upper(uint32_t);
bool	 utf8_is_lower(uint32_t);
/* ' and ’: word characters only inside a word. */
bool	 utf8_is_apostrophe(uint32_t);

#endif
