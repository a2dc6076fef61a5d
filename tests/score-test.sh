#!/bin/sh
# score-test.sh -- checks the counts of tests/score on small hand-made
# texts, so the evaluation's numbers can be trusted.  Builds nothing:
# SCORE (default ./tests/score) must exist.  Stops at the first mismatch.

set -eu

SCORE=${SCORE:-./tests/score}
case $SCORE in
/*) ;;
*) SCORE=$(pwd)/$SCORE ;; # we cd to a temporary directory below
esac
[ -x "$SCORE" ] || {
	echo "score-test: $SCORE: not built" >&2
	exit 1
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/score-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"

# check NAME EXPECTED-LINE FILES...: score FILES must print EXPECTED-LINE.
check() {
	name=$1 want=$2
	shift 2
	got=$("$SCORE" "$@") || {
		echo "FAIL $name: $SCORE exited with status $?" >&2
		exit 1
	}
	if [ "$got" != "$want" ]; then
		echo "FAIL $name" >&2
		echo "  expected: $want" >&2
		echo "  got:      $got" >&2
		"$SCORE" -v "$@" >&2 || :
		exit 1
	fi
	echo "ok   $name"
}

cat >in.txt <<'EOF'
This was confirmed by the go to of Russian International Minister
Sergey Lavrov to the DPRK, the U.S. said.

That is the third high-level assembly between the 2 international locations.
EOF

# Identical files: nothing to score.
check identical "gold=0 system=0 correct=0 words=30 partial=0" in.txt in.txt in.txt
check identical-clean "system=0 words=30" in.txt in.txt

# One replaced word is one edit.
sed 's/assembly/meeting/' in.txt >one.txt
check one-word "system=1 words=30" in.txt one.txt
check one-word-gold "gold=1 system=1 correct=1 words=30 partial=0" in.txt one.txt one.txt

# Gold fixes two spans; the system fixes one right and one wrong: precision
# 1/2, recall 1/2.  "go to" -> "visit" is a single edit of two tokens.
cat >gold.txt <<'EOF'
This was confirmed by the visit of Russian Foreign Minister
Sergey Lavrov to the DPRK, the U.S. said.

That is the third high-level assembly between the 2 international locations.
EOF
cat >half.txt <<'EOF'
This was confirmed by the visit of Russian Global Minister
Sergey Lavrov to the DPRK, the U.S. said.

That is the third high-level assembly between the 2 international locations.
EOF
check precision-half "gold=2 system=2 correct=1 words=30 partial=0" in.txt half.txt gold.txt

# A system edit that is a piece of a longer gold edit ("go to" -> "visit"
# where the gold turns "go to of" into "visit with" in one span) is still
# wrong, and counted as partial.
cat >gold2.txt <<'EOF'
This was confirmed by the visit with Russian International Minister
Sergey Lavrov to the DPRK, the U.S. said.

That is the third high-level assembly between the 2 international locations.
EOF
sed 's/go to of/visit of/' in.txt >piece.txt
check partial "gold=1 system=1 correct=0 words=30 partial=1" in.txt piece.txt gold2.txt

# White space alone never counts: other line breaks, spaces, tabs, no
# final newline.
printf 'This was  confirmed by the go to of Russian\tInternational\nMinister Sergey Lavrov to the DPRK, the U.S. said.\n\n\n   That is the third high-level assembly between the 2 international locations.' >space.txt
check white-space "system=0 words=30" in.txt space.txt
check white-space-gold "gold=0 system=0 correct=0 words=30 partial=0" in.txt space.txt in.txt

# A deleted line is one edit (the tokens of the line form one span).
sed '2d' in.txt >deleted.txt
check deleted-line "system=1 words=30" in.txt deleted.txt

# Deleting a repeated word counts right wherever the diff puts it.
sed 's/by the go/by the the go/' in.txt >twice.txt
check repeated-word "gold=1 system=1 correct=1 words=31 partial=0" twice.txt in.txt in.txt

# Punctuation is its own token; words keep inner hyphens, apostrophes
# and dots: "high level" for "high-level" is one edit, not two.
sed 's/high-level/high level/; s/DPRK,/DPRK/' in.txt >punct.txt
check punctuation "system=2 words=30" in.txt punct.txt

echo "all score tests passed"
