#!/bin/sh
# One CLI contract check per call: cli_test.sh CHECK PATH/TO/newsclean SOURCE_DIR.
# Prints what went wrong and exits non-zero on failure.
set -u
check=$1
cli=$2
src=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
page="$src/fixtures/en-city-council-budget/input.html"

fail() {
    echo "FAIL [$check]: $*" >&2
    exit 1
}

expect_status() { # expected actual
    [ "$1" = "$2" ] || fail "exit status $2, expected $1"
}

case $check in
help)
    "$cli" --help >"$tmp/out" 2>"$tmp/err"
    expect_status 0 $?
    grep -q '^Usage: newsclean' "$tmp/out" || fail "no usage line"
    grep -q -- '--format' "$tmp/out" || fail "--format not documented"
    grep -q 'Exit status' "$tmp/out" || fail "exit status not documented"
    [ -s "$tmp/err" ] && fail "stderr not empty"
    ;;
version)
    "$cli" --version >"$tmp/out"
    expect_status 0 $?
    grep -Eq '^newsclean [0-9]+\.[0-9]+\.[0-9]+ \(libnewsclean [0-9]+\.[0-9]+\.[0-9]+\)$' \
        "$tmp/out" || fail "bad version line: $(cat "$tmp/out")"
    ;;
stdin)
    "$cli" --format jsonl <"$page" >"$tmp/out"
    expect_status 0 $?
    grep -q '^{"source":"-","headline":"' "$tmp/out" || fail "no stdin record: $(head -c 200 "$tmp/out")"
    ;;
dash)
    "$cli" --format jsonl - <"$page" >"$tmp/out"
    expect_status 0 $?
    [ "$(wc -l <"$tmp/out")" -eq 1 ] || fail "expected one line"
    grep -q '^{"source":"-"' "$tmp/out" || fail "source is not -"
    ;;
missing-file)
    "$cli" --format jsonl "$tmp/nope.html" >"$tmp/out" 2>"$tmp/err"
    expect_status 1 $?
    grep -q '"error":{"code":"io","message":"cannot open: No such file or directory"}' "$tmp/out" \
        || fail "no error record: $(cat "$tmp/out")"
    grep -q "newsclean: $tmp/nope.html: cannot open" "$tmp/err" || fail "no diagnostic on stderr"
    ;;
mixed-order)
    # A bad input between two good ones costs one error record, in its place.
    "$cli" --format jsonl "$page" "$tmp/nope.html" "$page" >"$tmp/out" 2>/dev/null
    expect_status 1 $?
    [ "$(wc -l <"$tmp/out")" -eq 3 ] || fail "expected three lines, got $(wc -l <"$tmp/out")"
    sed -n 2p "$tmp/out" | grep -q '"error"' || fail "line 2 is not the error record"
    sed -n 1p "$tmp/out" | grep -q '"error"' && fail "line 1 has an error"
    sed -n 3p "$tmp/out" | grep -q '"error"' && fail "line 3 has an error"
    ;;
bad-option)
    "$cli" --no-such-option >"$tmp/out" 2>"$tmp/err"
    expect_status 2 $?
    grep -q "Try 'newsclean --help'" "$tmp/err" || fail "no hint on stderr"
    ;;
bad-format)
    "$cli" --format xml "$page" >"$tmp/out" 2>"$tmp/err"
    expect_status 2 $?
    grep -q "unknown format 'xml'" "$tmp/err" || fail "no message"
    ;;
dev-full)
    [ -w /dev/full ] || { echo "no /dev/full here"; exit 0; }
    "$cli" --format jsonl "$page" >/dev/full 2>"$tmp/err"
    expect_status 2 $?
    grep -q "error writing output" "$tmp/err" || fail "no write error message"
    ;;
text-format)
    "$cli" "$page" >"$tmp/out"
    expect_status 0 $?
    head -n 1 "$tmp/out" | grep -q '^{' && fail "text format printed JSON"
    [ "$(sed -n 3p "$tmp/out")" = "" ] || fail "no blank line after headline and timestamp"
    ;;
json-array)
    "$cli" --format json "$page" "$page" >"$tmp/out"
    expect_status 0 $?
    [ "$(head -n 1 "$tmp/out")" = "[" ] || fail "two records are not an array"
    [ "$(tail -n 1 "$tmp/out")" = "]" ] || fail "array not closed"
    "$cli" --format json "$page" >"$tmp/one"
    [ "$(head -c 1 "$tmp/one")" = "{" ] || fail "one record is not an object"
    ;;
directory)
    mkdir -p "$tmp/d/sub"
    cp "$page" "$tmp/d/b.html"
    cp "$page" "$tmp/d/sub/a.html"
    "$cli" --format jsonl "$tmp/d" >"$tmp/out" 2>"$tmp/err"
    expect_status 1 $?
    grep -q 'is a directory' "$tmp/out" || fail "no directory error"
    "$cli" --format jsonl --recursive "$tmp/d" >"$tmp/out"
    expect_status 0 $?
    [ "$(wc -l <"$tmp/out")" -eq 2 ] || fail "expected two records"
    sed -n 1p "$tmp/out" | grep -q "\"source\":\"$tmp/d/b.html\"" || fail "not in sorted order"
    # A link back to the top must not make the walk endless.
    ln -s "$tmp/d" "$tmp/d/sub/loop"
    "$cli" --format jsonl --recursive "$tmp/d" >"$tmp/out"
    expect_status 0 $?
    [ "$(wc -l <"$tmp/out")" -eq 2 ] || fail "link cycle: expected two records"
    ;;
gzip-page)
    gzip -c "$page" >"$tmp/p.html.gz"
    "$cli" --format jsonl "$page" >"$tmp/plain"
    "$cli" --format jsonl "$tmp/p.html.gz" >"$tmp/gz"
    expect_status 0 $?
    sed 's/^{"source":"[^"]*"//' "$tmp/plain" >"$tmp/a"
    sed 's/^{"source":"[^"]*"//' "$tmp/gz" >"$tmp/b"
    cmp -s "$tmp/a" "$tmp/b" || fail "gzipped page gives another record"
    printf '\037\213garbage' >"$tmp/bad.gz"
    "$cli" --format jsonl "$tmp/bad.gz" >"$tmp/out" 2>/dev/null
    expect_status 1 $?
    grep -q '"code":"parse"' "$tmp/out" || fail "corrupt gzip not reported"
    ;;
invalid-utf8)
    printf '<html><head><meta charset="utf-8"><title>Bad \377\376 bytes</title></head><body><h1>Bad \377 bytes</h1><p>Text with a broken \300 byte in the middle of a sentence that is long enough.</p></body></html>' >"$tmp/bad.html"
    "$cli" --format jsonl "$tmp/bad.html" >"$tmp/out"
    expect_status 0 $?
    iconv -f UTF-8 -t UTF-8 "$tmp/out" >/dev/null 2>&1 || fail "output is not valid UTF-8"
    ;;
line-separators)
    # U+0085 in a page must not split the JSON Lines record for line-oriented readers.
    printf '<html><body><p>Before\302\205after, and enough further words to make this an article.</p></body></html>' >"$tmp/nel.html"
    "$cli" --format jsonl "$tmp/nel.html" >"$tmp/out"
    expect_status 0 $?
    grep -q 'Before\\u0085after' "$tmp/out" || fail "U+0085 not escaped: $(cat "$tmp/out")"
    ;;
empty-input)
    : >"$tmp/empty.html"
    "$cli" --format jsonl "$tmp/empty.html" >"$tmp/out"
    expect_status 0 $?
    grep -q '"body":""' "$tmp/out" || fail "empty input should give an empty body"
    ;;
explain)
    "$cli" --explain "$page" >"$tmp/out"
    expect_status 0 $?
    grep -q '^KEEP ' "$tmp/out" || fail "no kept block listed"
    grep -q '^drop ' "$tmp/out" || fail "no dropped block listed"
    ;;
jobs-order)
    set --
    for i in 1 2 3 4 5 6 7 8; do cp "$page" "$tmp/p$i.html"; set -- "$@" "$tmp/p$i.html"; done
    "$cli" --format jsonl --jobs 3 "$@" >"$tmp/out"
    expect_status 0 $?
    i=1
    while read -r line; do
        case $line in
        "{\"source\":\"$tmp/p$i.html\""*) ;;
        *) fail "record $i out of order" ;;
        esac
        i=$((i + 1))
    done <"$tmp/out"
    [ $i -eq 9 ] || fail "expected 8 records"
    ;;
output-file)
    "$cli" --format jsonl -o "$tmp/o.jsonl" "$page"
    expect_status 0 $?
    grep -q '^{"source"' "$tmp/o.jsonl" || fail "nothing written to -o file"
    "$cli" -o "$tmp/no/such/dir/o" "$page" 2>"$tmp/err"
    expect_status 2 $?
    grep -q "cannot write" "$tmp/err" || fail "no message for unwritable output"
    ;;
write-error-stops)
    # A write error stops the run at once: the next input (a pipe that never ends) is not
    # read, and the status is 2.
    [ -w /dev/full ] || { echo "no /dev/full here"; exit 0; }
    mkfifo "$tmp/never" || fail "no fifo"
    sleep 60 >"$tmp/never" &
    holder=$!
    start=$(date +%s)
    "$cli" --format jsonl --jobs 1 "$page" - <"$tmp/never" >/dev/full 2>"$tmp/err"
    rc=$?
    kill $holder 2>/dev/null
    expect_status 2 $rc
    [ $(($(date +%s) - start)) -lt 30 ] || fail "went on reading after the write error"
    grep -q "error writing output: No space left on device" "$tmp/err" || fail "no write error message"
    ;;
closed-pipe)
    # With SIGPIPE ignored, a reader that went away stops the run promptly, with status 2,
    # instead of extracting everything after it (here 40 pages of 3 MB).
    i=0
    while [ $i -lt 3000 ]; do cat "$page"; i=$((i + 1)); done >"$tmp/big.html"
    set --
    i=0
    while [ $i -lt 40 ]; do set -- "$@" "$tmp/big.html"; i=$((i + 1)); done
    start=$(date +%s)
    rc=$( (
        trap '' PIPE
        "$cli" --format jsonl --jobs 2 "$page" "$@" 2>"$tmp/err"
        echo $? >"$tmp/rc"
    ) | true)
    expect_status 2 "$(cat "$tmp/rc")"
    [ $(($(date +%s) - start)) -lt 20 ] || fail "took $(($(date +%s) - start)) s after the pipe closed"
    grep -q "error writing output: Broken pipe" "$tmp/err" || fail "no broken pipe message: $(cat "$tmp/err")"
    ;;
not-text)
    # Binary files give an error record with code not-text, gzipped or not; text in UTF-16
    # is text.
    printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\000\001' >"$tmp/image.html"
    head -c 4096 /dev/urandom >"$tmp/noise.html"
    gzip -c "$tmp/noise.html" >"$tmp/noise.html.gz"
    "$cli" --format jsonl "$tmp/image.html" "$page" "$tmp/noise.html" "$tmp/noise.html.gz" \
        >"$tmp/out" 2>"$tmp/err"
    expect_status 1 $?
    [ "$(grep -c '"error":{"code":"not-text"' "$tmp/out")" -eq 3 ] ||
        fail "expected three not-text records: $(cat "$tmp/out")"
    sed -n 2p "$tmp/out" | grep -q '"error"' && fail "the page between them failed"
    grep -q "image.html: the input is not text" "$tmp/err" || fail "no not-text line on stderr"
    iconv -f UTF-8 -t UTF-16 "$page" >"$tmp/wide.html"
    "$cli" --format jsonl "$tmp/wide.html" >"$tmp/wide" || fail "UTF-16 page failed"
    "$cli" --format jsonl "$page" >"$tmp/narrow"
    sed 's/^{"source":"[^"]*"//' "$tmp/narrow" >"$tmp/a"
    sed 's/^{"source":"[^"]*"//' "$tmp/wide" >"$tmp/b"
    cmp -s "$tmp/a" "$tmp/b" || fail "the UTF-16 page gives another record"
    ;;
input-limit)
    # One message for a page past the input limit, plain or gzipped, and the file is not
    # read whole first.
    head -c 67108865 /dev/zero | tr '\0' 'a' >"$tmp/huge.txt"
    gzip -1 -c "$tmp/huge.txt" >"$tmp/huge.txt.gz"
    "$cli" --format jsonl "$tmp/huge.txt" "$tmp/huge.txt.gz" >"$tmp/out" 2>/dev/null
    expect_status 1 $?
    [ "$(grep -c '"error":{"code":"limit","message":"larger than the 64 MiB input limit"}' \
        "$tmp/out")" -eq 2 ] || fail "not one limit message: $(cut -c 1-300 "$tmp/out")"
    ;;
max-seconds)
    i=0
    while [ $i -lt 500 ]; do cat "$page"; i=$((i + 1)); done >"$tmp/big.html"
    "$cli" --format jsonl --max-seconds 0.001 "$tmp/big.html" "$page" >"$tmp/out" 2>/dev/null
    expect_status 1 $?
    sed -n 1p "$tmp/out" | grep -q '"error":{"code":"limit"' || fail "no limit record: $(head -c 300 "$tmp/out")"
    [ "$(wc -l <"$tmp/out")" -eq 2 ] || fail "the next page has no record"
    "$cli" --format jsonl --max-seconds 0 "$tmp/big.html" >/dev/null
    expect_status 0 $?
    "$cli" --max-seconds soon "$page" >/dev/null 2>"$tmp/err"
    expect_status 2 $?
    grep -q -- "--max-seconds takes a number" "$tmp/err" || fail "no usage message"
    "$cli" --format jsonl --max-memory 1 "$tmp/big.html" >"$tmp/out" 2>/dev/null
    expect_status 1 $?
    grep -q '"error":{"code":"limit"' "$tmp/out" || fail "no limit record for memory"
    ;;
warc)
    # cli_test.sh warc CLI SRC FILE RECORDS ERRORS
    file=$4
    want_records=$5
    want_errors=$6
    [ -f "$file" ] || fail "missing $file (../shared/warc beside the checkout)"
    "$cli" --format jsonl "$file" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    want_rc=0
    [ "$want_errors" -gt 0 ] && want_rc=1
    expect_status $want_rc $rc
    records=$(grep -c '^{' "$tmp/out")
    errors=$(grep -c '"error":{' "$tmp/out")
    [ "$records" -eq "$want_records" ] || fail "$records records, expected $want_records"
    [ "$errors" -eq "$want_errors" ] || fail "$errors error records, expected $want_errors"
    if [ "$records" -gt "$errors" ]; then
        grep -v '"error":{' "$tmp/out" | grep -q '"warc_record_id":"<urn:' || fail "no record id"
        grep -v '"error":{' "$tmp/out" | grep -q '"source":"http' || fail "source is not the target URI"
    fi
    ;;
*)
    fail "unknown check"
    ;;
esac
exit 0
