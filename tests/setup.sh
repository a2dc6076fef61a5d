# Sourced by every shell test: strict mode, C locale, a temporary folder
# removed on exit, and helpers.  $UNSPIN, $UNSPIN_DICTDIR and $srcdir come
# from make check (AM_TESTS_ENVIRONMENT).
set -eu
LC_ALL=C
export LC_ALL
: "${UNSPIN:=./src/unspin}"
: "${srcdir:=.}"
: "${UNSPIN_DICTDIR:=$srcdir/dicts}"
export UNSPIN_DICTDIR
tmp=$(mktemp -d "${TMPDIR:-/tmp}/unspin-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
failures=0

fail() {
	echo "FAIL: $*" >&2
	failures=$((failures + 1))
}

# expect_status WANT CMD...: run CMD, compare its exit status.
expect_status() {
	want=$1; shift
	set +e
	"$@"
	got=$?
	set -e
	[ "$got" -eq "$want" ] || fail "exit $got, expected $want: $*"
}

# same FILE1 FILE2 WHAT: byte comparison with a readable diff.
same() {
	if ! cmp -s "$1" "$2"; then
		fail "$3"
		diff -u "$1" "$2" | head -40 >&2 || true
	fi
}

# contains FILE TEXT: grep -F, failing with the file shown.
contains() {
	if ! grep -qF -- "$2" "$1"; then
		fail "'$2' not in $1"
		head -20 "$1" >&2
	fi
}

finish() {
	if [ "$failures" -gt 0 ]; then
		echo "$failures failure(s)" >&2
		exit 1
	fi
	exit 0
}
