#!/bin/sh
# bench.sh: throughput (MB/s) and peak memory of unspin on one core.
#
# usage: sh tests/bench.sh [SIZE_MB]     (default 100)
#
# Builds a SIZE_MB text by repeating the corpus articles (about half of it
# spun, so the rules fire often), then times: cat (the floor), the rules
# stage alone (--no-spelling), and the whole default pipeline.  When the
# Brown corpus has been fetched (sh tests/eval.sh --brown), the same runs
# are repeated on SIZE_MB of it: clean edited text, as most corpora are;
# and once more on one copy of it, where no word has been seen before, so
# the spelling stage's caches help least.
# Needs GNU time (/usr/bin/time, Debian package "time") for peak memory.
set -eu
LC_ALL=C
export LC_ALL
size=${1:-100}
: "${srcdir:=$(dirname "$0")/..}"
: "${UNSPIN:=./src/unspin}"
: "${UNSPIN_DICTDIR:=$srcdir/dicts}"
export UNSPIN_DICTDIR
tmp=$(mktemp -d "${TMPDIR:-/tmp}/unspin-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

want=$((size * 1000000))

# make_input UNIT: $tmp/input, SIZE_MB of UNIT repeated.
make_input() {
	cp "$1" "$tmp/in"
	while [ "$(wc -c < "$tmp/in")" -lt "$want" ]; do
		cat "$tmp/in" "$tmp/in" > "$tmp/in2" && mv "$tmp/in2" "$tmp/in"
	done
	head -c "$want" "$tmp/in" > "$tmp/input"
	rm -f "$tmp/in"
	bytes=$(wc -c < "$tmp/input")
}

# run NAME CMD...: one timed run on one core, prints MB/s and peak RSS.
run() {
	name=$1; shift
	/usr/bin/time -f '%e %M' -o "$tmp/time" taskset -c 0 "$@" \
	    < "$tmp/input" > /dev/null 2> "$tmp/err" || true
	set -- $(tail -1 "$tmp/time")
	awk -v n="$name" -v b="$bytes" -v s="$1" -v m="$2" 'BEGIN {
		if (s < 0.01) s = 0.01
		printf "%-28s %8.1f MB/s %8.1f s %8.1f MB peak\n",
		    n, b / 1e6 / s, s, m / 1024 }'
}

# all_runs TITLE: the four timed runs on $tmp/input.
all_runs() {
	echo "$1: $bytes bytes (unspin $("$UNSPIN" --version | cut -d' ' -f2), $("$UNSPIN" --list-rules | wc -l) rules)"
	run "cat" cat
	run "rules stage (--no-spelling)" "$UNSPIN" --no-spelling
	run "default pipeline" "$UNSPIN"
	run "default, --level=maybe" "$UNSPIN" --level=maybe
}

for f in "$srcdir"/corpus/spun/*.txt "$srcdir"/corpus/clean/*.txt; do
	case $f in *.expected.txt) continue ;; esac
	cat "$f"
	printf '\n\n'
done > "$tmp/unit"
make_input "$tmp/unit"
all_runs "corpus/ articles repeated"

brown=${XDG_CACHE_HOME:-$HOME/.cache}/unspin/brown/brown-1.txt
if [ -f "$brown" ]; then
	make_input "$brown"
	all_runs "Brown corpus repeated"
	# Once through: every word is new to the spelling caches, as in a
	# single article, and start-up (about 0.1 s) weighs on the rate.
	cp "$brown" "$tmp/input"
	bytes=$(wc -c < "$tmp/input")
	all_runs "Brown corpus once"
fi
