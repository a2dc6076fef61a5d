# Bad input gets a clear message, exit 2, and nothing is lost or changed.
. "${srcdir:-.}/tests/setup.sh"

# Invalid UTF-8: reported with its line, copied through unchanged.
printf 'fine line\n\nbad \377 byte\n' > "$tmp/bad"
cp "$tmp/bad" "$tmp/bad.orig"
expect_status 2 "$UNSPIN" "$tmp/bad" > "$tmp/out" 2> "$tmp/err"
contains "$tmp/err" "unspin: $tmp/bad:3: invalid UTF-8 (byte 0xFF)"
same "$tmp/bad" "$tmp/out" "invalid UTF-8 copied"
same "$tmp/bad.orig" "$tmp/bad" "input untouched"

# A binary file: reported, copied byte for byte.
head -c 3000 /bin/sh > "$tmp/bin"
expect_status 2 "$UNSPIN" "$tmp/bin" > "$tmp/out" 2> "$tmp/err"
contains "$tmp/err" "binary data"
same "$tmp/bin" "$tmp/out" "binary copied"

# A 50 MB line: reported, copied, and the text after it still processed.
{ printf 'International Minister before.\n\n'
  head -c 50000000 /dev/zero | tr '\0' 'x'
  printf '\n\nInternational Minister after.\n'; } > "$tmp/huge"
expect_status 2 "$UNSPIN" "$tmp/huge" > "$tmp/out" 2> "$tmp/err"
contains "$tmp/err" "line longer than"
[ "$(sed -n 3p "$tmp/out" | wc -c)" -eq 50000001 ] || fail "huge line not copied whole"
head -1 "$tmp/out" | grep -q '^Foreign Minister before\.$' || fail "before huge line"
tail -1 "$tmp/out" | grep -q '^Foreign Minister after\.$' || fail "after huge line"

# Missing and unreadable files: reported, the other files still done.
printf 'International Minister\n' > "$tmp/ok"
expect_status 2 "$UNSPIN" "$tmp/missing" "$tmp/ok" > "$tmp/out" 2> "$tmp/err"
contains "$tmp/err" "unspin: $tmp/missing: No such file or directory"
contains "$tmp/out" "Foreign Minister"
if [ "$(id -u)" -ne 0 ]; then
	cp "$tmp/ok" "$tmp/locked"
	chmod 000 "$tmp/locked"
	expect_status 2 "$UNSPIN" "$tmp/locked" > /dev/null 2> "$tmp/err"
	contains "$tmp/err" "Permission denied"
fi
expect_status 2 "$UNSPIN" "$tmp" > /dev/null 2> "$tmp/err"
contains "$tmp/err" "Is a directory"

# A broken rule table: FILE:LINE and exit 2, no output text.
printf 'good: a b -> c\n  ex: a b => c\nbad: x -> y\n  level: shure\n' > "$tmp/broken.rules"
expect_status 2 "$UNSPIN" --rules="$tmp/broken.rules" "$tmp/ok" > "$tmp/out" 2> "$tmp/err"
contains "$tmp/err" "unspin: $tmp/broken.rules:4: unknown level 'shure' (expected sure, likely or maybe)"
[ ! -s "$tmp/out" ] || fail "output despite a broken table"
printf '\000\001\n' > "$tmp/nul.rules"
expect_status 2 "$UNSPIN" --rules="$tmp/nul.rules" < /dev/null 2> "$tmp/err"
contains "$tmp/err" "nul.rules:1: NUL byte"
expect_status 2 "$UNSPIN" --rules="$tmp/none.rules" < /dev/null 2> "$tmp/err"
contains "$tmp/err" "none.rules: No such file or directory"
expect_status 2 "$UNSPIN" --dict-dir="$tmp/nodict" < /dev/null 2> "$tmp/err"
contains "$tmp/err" "nodict/rules/classes.def: No such file or directory"
# A broken support file of the data folder names its line too.
cp -R "$UNSPIN_DICTDIR" "$tmp/dict"
printf 'the\t69060\nof 35982\n' > "$tmp/dict/word-frequencies.tsv"
expect_status 2 "$UNSPIN" --dict-dir="$tmp/dict" < /dev/null 2> "$tmp/err"
contains "$tmp/err" "dict/word-frequencies.tsv:2: expected a word, a tab and a count"

# A full disk is a write error, not silence.
if [ -w /dev/full ]; then
	expect_status 2 "$UNSPIN" "$tmp/ok" > /dev/full 2> "$tmp/err"
	contains "$tmp/err" "write error"
fi
finish
