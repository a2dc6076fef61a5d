# The corpus as a quality gate: no wrong change on the clean articles, and
# on the spun article a precision floor at the default level.
. "${srcdir:-.}/tests/setup.sh"
: "${SCORE:=$(dirname "$UNSPIN")/../tests/score}"

for f in "$srcdir"/corpus/clean/*.txt; do
	case $f in *.expected.txt) continue ;; esac
	want=${f%.txt}.expected.txt
	[ -f "$want" ] || want=$f
	"$UNSPIN" "$f" > "$tmp/out"
	set -- $("$SCORE" "$f" "$tmp/out" "$want")
	sys=${2#system=}; ok=${3#correct=}
	[ "$sys" -eq "$ok" ] ||
		{ fail "$(basename "$f"): $((sys - ok)) wrong change(s)"; "$SCORE" -v "$f" "$tmp/out" "$want" | grep -i wrong >&2 || true; }
done

for f in "$srcdir"/corpus/spun/*.txt; do
	case $f in *.expected.txt) continue ;; esac
	"$UNSPIN" "$f" > "$tmp/out"
	set -- $("$SCORE" "$f" "$tmp/out" "${f%.txt}.expected.txt")
	sys=${2#system=}; ok=${3#correct=}
	echo "$(basename "$f"): $1 $2 $3"
	# Precision floor 0.95: at most one wrong edit in twenty.
	[ $((ok * 100)) -ge $((sys * 95)) ] ||
		fail "$(basename "$f"): precision below 0.95 ($ok of $sys)"
done
finish
