# Every example of every shipped rule table holds, each rule run alone.
. "${srcdir:-.}/tests/setup.sh"

"$UNSPIN" --test-rules > "$tmp/out" 2> "$tmp/err" || {
	cat "$tmp/err" >&2
	fail "rule examples"
}
cat "$tmp/out"
finish
