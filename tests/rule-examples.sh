# Every example of every shipped rule table holds, each rule run alone.
. "${srcdir:-.}/tests/setup.sh"

# The optional tables too (dicts/optional, loaded by --enable).
optional=$(cd "$UNSPIN_DICTDIR/optional" && ls *.rules | sed 's/[.]rules$//' | paste -sd, -)
"$UNSPIN" --test-rules ${optional:+--enable="$optional"} > "$tmp/out" 2> "$tmp/err" || {
	cat "$tmp/err" >&2
	fail "rule examples"
}
cat "$tmp/out"
finish
