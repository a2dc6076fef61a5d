# The command line: help, version, options, exit status, --check output.
. "${srcdir:-.}/tests/setup.sh"

"$UNSPIN" --help > "$tmp/help" || fail "--help exit status"
contains "$tmp/help" "Usage: unspin [OPTION]... [FILE]..."
contains "$tmp/help" "--check"
"$UNSPIN" --version > "$tmp/version" || fail "--version exit status"
grep -qE '^unspin [0-9]+\.[0-9]+' "$tmp/version" || fail "--version text"

expect_status 2 "$UNSPIN" --frobnicate < /dev/null 2> "$tmp/err"
contains "$tmp/err" "Try 'unspin --help' for more information."
expect_status 2 "$UNSPIN" --level=shure < /dev/null 2> "$tmp/err"
contains "$tmp/err" "unspin: invalid level 'shure' (expected sure, likely or maybe)"
expect_status 2 "$UNSPIN" --log-format=xml < /dev/null 2> "$tmp/err"
expect_status 2 "$UNSPIN" --disable=no.such.rule < /dev/null 2> "$tmp/err"
contains "$tmp/err" "no rule or table 'no.such.rule'"

# The issue's acceptance example, as a filter.
printf 'Russian International Minister Sergey Lavrov said it.\n' > "$tmp/in"
"$UNSPIN" < "$tmp/in" > "$tmp/out"
printf 'Russian Foreign Minister Sergey Lavrov said it.\n' > "$tmp/want"
same "$tmp/want" "$tmp/out" "filter fixes the title"

# --check: findings on stdout, exit 1; clean text exit 0 and no output.
expect_status 1 "$UNSPIN" --check < "$tmp/in" > "$tmp/check"
grep -qE '^\(standard input\):1:9: sure: spin: .International Minister. -> .Foreign Minister. \[[a-z0-9.-]+\]$' "$tmp/check" ||
	{ fail "--check line"; cat "$tmp/check" >&2; }
printf 'The foreign minister said it was a fine day.\n' > "$tmp/clean"
expect_status 0 "$UNSPIN" --check "$tmp/clean" > "$tmp/check"
[ ! -s "$tmp/check" ] || fail "--check printed on clean text"
"$UNSPIN" "$tmp/clean" > "$tmp/out"
same "$tmp/clean" "$tmp/out" "clean text passes through"

# Files are named in --check; several files are processed in order.
expect_status 1 "$UNSPIN" --check "$tmp/clean" "$tmp/in" > "$tmp/check"
contains "$tmp/check" "$tmp/in:1:9: sure:"

# --disable turns a rule off; --rules adds a table; --no-default-rules.
rule=$(sed -n 's/.*in:1:9: .*\[\(.*\)\]$/\1/p' "$tmp/check")
"$UNSPIN" --check --disable="$rule" < "$tmp/in" > "$tmp/out" || true
if grep -qF "[$rule]" "$tmp/out"; then fail "--disable=$rule still reports it"; fi
table=${rule%%.*}
"$UNSPIN" --check --disable="$table" < "$tmp/in" > "$tmp/out" || true
if grep -qF "[$table." "$tmp/out"; then fail "--disable=$table still reports it"; fi
cat > "$tmp/my.rules" <<'EOR'
fine: fine day -> lovely day
  ex: a fine day => a lovely day
EOR
"$UNSPIN" --no-default-rules --rules="$tmp/my.rules" < "$tmp/clean" > "$tmp/out"
printf 'The foreign minister said it was a lovely day.\n' > "$tmp/want"
same "$tmp/want" "$tmp/out" "--rules with --no-default-rules"
"$UNSPIN" --no-default-rules --rules="$tmp/my.rules" < "$tmp/in" > "$tmp/out"
same "$tmp/in" "$tmp/out" "--no-default-rules drops shipped tables"

# --enable loads an optional table; without it guillemets stay.
printf 'He called it \302\253 a historic step \302\273 and \302\253theft\302\273.\n' > "$tmp/guil"
"$UNSPIN" --no-spelling < "$tmp/guil" > "$tmp/out"
same "$tmp/guil" "$tmp/out" "guillemets kept by default"
"$UNSPIN" --no-spelling --enable=guillemets < "$tmp/guil" > "$tmp/out"
printf 'He called it \342\200\234a historic step\342\200\235 and \342\200\234theft\342\200\235.\n' > "$tmp/want"
same "$tmp/want" "$tmp/out" "--enable=guillemets"
expect_status 2 "$UNSPIN" --enable=no-such-table < /dev/null 2> "$tmp/err"
contains "$tmp/err" "unspin: --enable: no optional table 'no-such-table'"
expect_status 2 "$UNSPIN" --enable=../rules/idioms < /dev/null 2> "$tmp/err"
contains "$tmp/err" "is not a table name"

# --log: header plus one TSV record; --log-format=jsonl.
"$UNSPIN" --log="$tmp/log" < "$tmp/in" > /dev/null
head -1 "$tmp/log" | grep -q '^file	line	column	offset	length	rule	kind	level	before	after	applied$' ||
	fail "log header"
grep -q '^(standard input)	1	9	8	22	[^	]*	spin	sure	International Minister	Foreign Minister	yes$' "$tmp/log" ||
	{ fail "log record"; cat "$tmp/log" >&2; }
"$UNSPIN" --log=- --log-format=jsonl < "$tmp/in" 2> "$tmp/jsonl" > /dev/null
grep -q '^{"file":"(standard input)","line":1,"column":9,"offset":8,"length":22,"rule":"[^"]*","kind":"spin","level":"sure","before":"International Minister","after":"Foreign Minister","applied":true}$' "$tmp/jsonl" ||
	{ fail "jsonl record"; cat "$tmp/jsonl" >&2; }

# --list-rules prints one line per rule.
"$UNSPIN" --list-rules > "$tmp/list"
[ "$(wc -l < "$tmp/list")" -gt 0 ] || fail "--list-rules is empty"

# Streaming: the first paragraph comes out while the input is still
# open.  The output is polled for up to 15 s, since loading the tables
# takes a while under a sanitizer or on a loaded machine.
mkfifo "$tmp/fifo"
"$UNSPIN" < "$tmp/fifo" > "$tmp/stream" &
pid=$!
exec 3> "$tmp/fifo"
printf 'International Minister one.\n\n' >&3
streamed=no
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15; do
	sleep 1
	if grep -q 'Foreign Minister one' "$tmp/stream"; then
		streamed=yes
		break
	fi
done
printf 'two\n' >&3
exec 3>&-
wait "$pid"
[ "$streamed" = yes ] || fail "paragraph not streamed"

# A document dense in sure spins gets its likely fixes too, but for
# names: spinning is no evidence of a misspelled name.
printf "The International Minister met Rothenberg at the Jap Financial Discussion board. Satellite tv for pc photographs showed 1000's of troops. Two international locations grew to become allies within the area.\n" > "$tmp/dense"
"$UNSPIN" "$tmp/dense" > "$tmp/out"
printf 'The Foreign Minister met Rothenberg at the Eastern Economic Forum. Satellite photos showed thousands of troops. Two countries became allies in the area.\n' > "$tmp/want"
same "$tmp/want" "$tmp/out" "density applies likely spin fixes, not name fixes"
"$UNSPIN" --level=likely "$tmp/dense" > "$tmp/out"
contains "$tmp/out" "met Rotenberg at"

finish
