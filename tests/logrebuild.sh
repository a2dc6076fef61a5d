# Every byte that differs between input and output is in the change log:
# input + applied log records rebuild the output exactly.
. "${srcdir:-.}/tests/setup.sh"
: "${APPLYLOG:=$(dirname "$UNSPIN")/../tests/applylog}"

for f in "$srcdir"/corpus/spun/*.txt "$srcdir"/corpus/clean/*.txt \
    "$srcdir"/corpus/synthetic/spun/*.txt; do
	case $f in *.expected.txt) continue ;; esac
	for level in sure likely maybe; do
		"$UNSPIN" --level=$level --log="$tmp/log" "$f" > "$tmp/out" || true
		"$APPLYLOG" "$f" "$tmp/log" > "$tmp/rebuilt"
		same "$tmp/out" "$tmp/rebuilt" "log rebuilds $(basename "$f") at $level"
	done
done
finish
