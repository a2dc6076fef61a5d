# End-to-end golden tests: tests/golden/NAME.in run with NAME.args (if
# any) against NAME.out (stdout) and NAME.status (exit status, default 0).
# Run with --update to rewrite the expected files deliberately.
. "${srcdir:-.}/tests/setup.sh"

update=false
[ "${1:-}" = --update ] && update=true
for in in "$srcdir"/tests/golden/*.in; do
	base=${in%.in}
	name=$(basename "$base")
	args=
	[ -f "$base.args" ] && args=$(cat "$base.args")
	set +e
	# Run from the case's folder so file names in output are stable.
	(cd "$(dirname "$in")" && $UNSPIN $args "$name.in") > "$tmp/out" 2> "$tmp/err"
	status=$?
	set -e
	if $update; then
		cp "$tmp/out" "$base.out"
		[ "$status" -eq 0 ] && rm -f "$base.status" || echo "$status" > "$base.status"
		continue
	fi
	want=0
	[ -f "$base.status" ] && want=$(cat "$base.status")
	[ "$status" -eq "$want" ] || { fail "$name: exit $status, expected $want"; cat "$tmp/err" >&2; }
	same "$base.out" "$tmp/out" "$name: output"
done
finish
