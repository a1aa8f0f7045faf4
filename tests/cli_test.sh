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
    # What a user needs to read the output: every error code, the size limit, the two
    # shapes of --format json, the form feed, the progress line and how to quiet it.
    for want in '  io  ' '  limit  ' '  parse  ' '  not-text  ' '  warc  ' '  nomem  ' \
        '  invalid-argument  ' '64 MiB' 'an array' 'form feed' '-q, --quiet' \
        'progress line' NEWSCLEAN_PROGRESS_DELAY '\xHH' 'standard error, before each record'; do
        grep -qF -- "$want" "$tmp/out" || fail "--help does not say '$want'"
    done
    ;;
man-page)
    man=$src/cli/newsclean.1
    # Every option --help lists, and the same facts, are in the manual page.
    "$cli" --help | grep -o '^  -., --[a-z-]*\|^      --[a-z-]*' | sed 's/.*--//' >"$tmp/opts"
    [ "$(wc -l <"$tmp/opts")" -ge 9 ] || fail "cannot read the options from --help"
    while read -r opt; do
        grep -qF -- "\\fB\\-\\-$(echo "$opt" | sed 's/-/\\-/g')\\fR" "$man" ||
            fail "--$opt is not in the manual page"
    done <"$tmp/opts"
    for want in '\fBio\fR' '\fBlimit\fR' '\fBparse\fR' '\fBnot\-text\fR' '\fBwarc\fR' \
        '\fBnomem\fR' '\fBinvalid\-argument\fR' '64 MiB' 'an array' 'form feed' \
        NEWSCLEAN_PROGRESS_DELAY '.SH PROGRESS' 'On standard error'; do
        grep -qF -- "$want" "$man" || fail "the manual page does not say '$want'"
    done
    if command -v man >/dev/null; then
        man -l "$man" >/dev/null 2>"$tmp/err" || fail "man cannot format it"
        [ -s "$tmp/err" ] && fail "man warns: $(cat "$tmp/err")"
    fi
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
    # An empty directory gives no record, and no error.
    mkdir "$tmp/empty"
    "$cli" --format jsonl --recursive "$tmp/empty" >"$tmp/out"
    expect_status 0 $?
    [ -s "$tmp/out" ] && fail "records from an empty directory"
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
    # The report goes to stderr, so stdout holds the records alone in every format.
    "$cli" --explain "$page" >"$tmp/out" 2>"$tmp/err"
    expect_status 0 $?
    grep -q "^newsclean: $page: why each block was kept or dropped:\$" "$tmp/err" ||
        fail "no report header on stderr"
    grep -q '^KEEP ' "$tmp/err" || fail "no kept block listed"
    grep -q '^drop ' "$tmp/err" || fail "no dropped block listed"
    "$cli" "$page" >"$tmp/plain"
    cmp -s "$tmp/out" "$tmp/plain" || fail "--explain changed stdout in text format"
    "$cli" --explain --format jsonl "$page" "$page" >"$tmp/out" 2>"$tmp/err"
    expect_status 0 $?
    [ "$(wc -l <"$tmp/out")" -eq 2 ] || fail "jsonl with --explain is not one line per record"
    grep -v '^{"source":' "$tmp/out" && fail "a line of the jsonl stream is not a record"
    [ "$(grep -c 'why each block was kept or dropped' "$tmp/err")" -eq 2 ] ||
        fail "expected one report per record on stderr"
    ;;
ctrl-d)
    # At a terminal, one Ctrl-D at the start of a line ends the input. The terminal stays
    # open for 4 s after it, so needing a second one shows as the 2 s timeout (124).
    command -v script >/dev/null || fail "needs script (util-linux)"
    { printf '<p>Typed at the terminal, then one Ctrl-D.</p>\n\004'; sleep 4; } |
        script -qec "timeout --foreground 2 '$cli' --format jsonl 2>/dev/null; echo EXIT=\$?" /dev/null \
            >"$tmp/out" 2>&1
    tr -d '\r' <"$tmp/out" >"$tmp/screen"
    grep -q '^EXIT=0$' "$tmp/screen" || fail "input did not end at the first Ctrl-D: $(cat "$tmp/screen")"
    grep -q '"body":"Typed at the terminal, then one Ctrl-D."' "$tmp/screen" || fail "no record"
    ;;
non-utf8-name)
    name=$(printf 'caf\351 \342\202\254.html')
    cp "$page" "$tmp/$name"
    "$cli" --format jsonl "$tmp/$name" >"$tmp/out"
    expect_status 0 $?
    grep -q '^{"source":"'"$tmp"'/caf\\\\xE9 €.html","headline":"Riverton' "$tmp/out" ||
        fail "name not kept with its invalid byte escaped: $(head -c 120 "$tmp/out")"
    "$cli" --format jsonl "$tmp/$name.missing" >"$tmp/out" 2>/dev/null
    expect_status 1 $?
    grep -q '^{"source":"'"$tmp"'/caf\\\\xE9 €.html.missing","headline":null' "$tmp/out" ||
        fail "error record lost the name: $(head -c 120 "$tmp/out")"
    ;;
progress)
    command -v script >/dev/null || fail "needs script (util-linux)"
    # A quick run at a terminal shows no progress line at all (the README's first command).
    script -qec "'$cli' '$page' >/dev/null; echo EXIT=\$?" /dev/null </dev/null >"$tmp/out" 2>&1
    tr -d '\r' <"$tmp/out" >"$tmp/screen"
    [ "$(cat "$tmp/screen")" = "EXIT=0" ] || fail "quick run printed: $(cat -A "$tmp/screen")"
    # Input that stalls: the line appears after about a second, is cleared before the
    # records reach the same terminal, and ends as a summary line of its own.
    { cat "$page"; sleep 2; } | script -qec "stty -echo; '$cli' --format jsonl - '$page'; echo EXIT=\$?" \
        /dev/null >"$tmp/out" 2>&1
    grep -q 'newsclean: [0-9.]* MB read, [0-9.]* MB/s; 0 records, 0 errors, 0 skipped' "$tmp/out" ||
        fail "no progress line while the input stalled: $(cat -A "$tmp/out")"
    # What the screen shows once each carriage return has let the next text overwrite the line.
    sed 's/.*\r\(.\)/\1/' "$tmp/out" | tr -d '\r' | sed 's/ *$//' >"$tmp/screen"
    [ "$(grep -c '^{"source":' "$tmp/screen")" -eq 2 ] ||
        fail "records are not on lines of their own: $(cat -A "$tmp/out")"
    grep -q '^newsclean: [0-9.]* MB in [0-9.]* s; 2 records, 0 errors, 0 skipped$' "$tmp/screen" ||
        fail "no summary line: $(cat -A "$tmp/out")"
    [ "$(tail -n 1 "$tmp/screen")" = "EXIT=0" ] || fail "the summary does not end its line"
    grep 'skipped.' "$tmp/screen" && fail "text runs into the progress line"
    # Sizes known in advance: the share read and the time left. An error line clears it.
    NEWSCLEAN_PROGRESS_DELAY=0 script -qec \
        "'$cli' --format jsonl --jobs 1 -o '$tmp/o.jsonl' '$page' '$tmp/missing.html' '$page'" \
        /dev/null </dev/null >"$tmp/out" 2>&1
    grep -q 'newsclean: [0-9]*% of [0-9.]* MB, [0-9.]* MB/s, ETA [0-9-]*:[0-9-]*; ' "$tmp/out" ||
        fail "no share or ETA: $(cat -A "$tmp/out")"
    sed 's/.*\r\(.\)/\1/' "$tmp/out" | tr -d '\r' | sed 's/ *$//' >"$tmp/screen"
    grep -q "^newsclean: $tmp/missing.html: cannot open: No such file or directory\$" "$tmp/screen" ||
        fail "the error line is not on a line of its own: $(cat -A "$tmp/out")"
    # On a narrow terminal the line is cut, so that it never wraps.
    NEWSCLEAN_PROGRESS_DELAY=0 script -qec "stty cols 40; '$cli' --format jsonl -o '$tmp/o.jsonl' '$page'" \
        /dev/null </dev/null >"$tmp/out" 2>&1
    tr '\r' '\n' <"$tmp/out" | grep '^newsclean: [0-9]*% of' >"$tmp/lines" ||
        fail "no progress line at 40 columns: $(cat -A "$tmp/out")"
    awk 'length($0) > 39 { exit 1 }' "$tmp/lines" || fail "line longer than 39: $(cat "$tmp/lines")"
    # --quiet: no line, the error message still.
    NEWSCLEAN_PROGRESS_DELAY=0 script -qec \
        "'$cli' --quiet --format jsonl -o '$tmp/o.jsonl' '$page' '$tmp/missing.html'" \
        /dev/null </dev/null >"$tmp/out" 2>&1
    tr -d '\r' <"$tmp/out" >"$tmp/screen"
    [ "$(cat "$tmp/screen")" = "newsclean: $tmp/missing.html: cannot open: No such file or directory" ] ||
        fail "--quiet printed: $(cat -A "$tmp/out")"
    ;;
output-conflicts)
    mkdir -p "$tmp/d/sub"
    cp "$page" "$tmp/d/a.html"
    cp "$page" "$tmp/in.html"
    cp "$page" "$tmp/keep.html"
    # -o naming an input, directly, through a link, or as stdin: refused, input intact.
    "$cli" --format jsonl -o "$tmp/in.html" "$tmp/in.html" >"$tmp/out" 2>"$tmp/err"
    expect_status 2 $?
    cmp -s "$tmp/in.html" "$tmp/keep.html" || fail "the input was overwritten"
    grep -q "the output '$tmp/in.html' is also an input" "$tmp/err" || fail "no message: $(cat "$tmp/err")"
    ln -s "$tmp/in.html" "$tmp/link.html"
    "$cli" --format jsonl -o "$tmp/link.html" "$page" "$tmp/in.html" 2>"$tmp/err"
    expect_status 2 $?
    "$cli" --format jsonl -o "$tmp/in.html" <"$tmp/in.html" 2>"$tmp/err"
    expect_status 2 $?
    cmp -s "$tmp/in.html" "$tmp/keep.html" || fail "the input was overwritten"
    # Inside a directory read with --recursive, even before it exists.
    "$cli" --format jsonl -r "$tmp/d" -o "$tmp/d/out.jsonl" 2>"$tmp/err"
    expect_status 2 $?
    grep -q "is inside '$tmp/d', which --recursive reads" "$tmp/err" || fail "no message: $(cat "$tmp/err")"
    [ -e "$tmp/d/out.jsonl" ] && fail "output created inside the input directory"
    "$cli" --format jsonl -r "$tmp/d/sub/.." -o "$tmp/d/sub/out.jsonl" 2>"$tmp/err"
    expect_status 2 $?
    # Beside it is fine.
    "$cli" --format jsonl -r "$tmp/d" -o "$tmp/out.jsonl"
    expect_status 0 $?
    [ "$(wc -l <"$tmp/out.jsonl")" -eq 1 ] || fail "expected one record"
    ;;
output-atomic)
    # -o FILE appears whole at the end, with FILE's mode; until then FILE is as it was.
    printf 'old\n' >"$tmp/o.jsonl"
    chmod 640 "$tmp/o.jsonl"
    { cat "$page"; sleep 3; } | "$cli" --format jsonl -o "$tmp/o.jsonl" "$page" - &
    pid=$!
    sleep 1
    [ "$(cat "$tmp/o.jsonl")" = old ] || fail "FILE changed while the run went on"
    ls -a "$tmp" | grep -q '^\.o\.jsonl\.' || fail "no temporary file beside FILE"
    kill -TERM $pid
    wait $pid
    [ "$(cat "$tmp/o.jsonl")" = old ] || fail "an interrupted run changed FILE"
    ls -a "$tmp" | grep '^\.o\.jsonl\.' && fail "the temporary file was left behind"
    # Killed outright (as by a crash): FILE is still as it was.
    { cat "$page"; sleep 3; } | "$cli" --format jsonl -o "$tmp/o.jsonl" "$page" - &
    pid=$!
    sleep 1
    kill -KILL $pid
    wait $pid
    [ "$(cat "$tmp/o.jsonl")" = old ] || fail "a killed run changed FILE"
    rm -f "$tmp"/.o.jsonl.*
    "$cli" --format jsonl -o "$tmp/o.jsonl" "$page" "$page"
    expect_status 0 $?
    [ "$(wc -l <"$tmp/o.jsonl")" -eq 2 ] || fail "FILE does not hold the two records"
    [ "$(stat -c %a "$tmp/o.jsonl")" = 640 ] || fail "mode $(stat -c %a "$tmp/o.jsonl"), expected 640"
    ls -a "$tmp" | grep '^\.o\.jsonl\.' && fail "the temporary file was left behind"
    # A new FILE gets the mode a plain open would give it.
    (umask 027 && "$cli" --format jsonl -o "$tmp/new.jsonl" "$page")
    [ "$(stat -c %a "$tmp/new.jsonl")" = 640 ] || fail "new FILE mode $(stat -c %a "$tmp/new.jsonl")"
    # Not a regular file: written in place, never replaced.
    "$cli" --format jsonl -o /dev/null "$page"
    expect_status 0 $?
    [ -c /dev/null ] || fail "/dev/null was replaced"
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
warc-encodings)
    # Responses compressed with br and zstd are read; one whose coding cannot be undone is
    # an error record in its place, not a silent gap.
    response() { # URI CONTENT-ENCODING BODYFILE
        { printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n'
          printf 'Content-Encoding: %s\r\n\r\n' "$2"; cat "$3"; } >"$tmp/block"
        printf 'WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\n' "$1"
        printf 'WARC-Record-ID: <urn:uuid:%s>\r\n' "$(printf %s "$1" | md5sum | cut -c1-32)"
        printf 'Content-Type: application/http; msgtype=response\r\n'
        printf 'Content-Length: %s\r\n\r\n' "$(wc -c <"$tmp/block")"
        cat "$tmp/block"
        printf '\r\n\r\n'
    }
    command -v brotli >/dev/null && command -v zstd >/dev/null || fail "needs brotli and zstd"
    brotli -c "$page" >"$tmp/p.br"
    zstd -q -c "$page" >"$tmp/p.zst"
    printf '\037\235\220<\000\001' >"$tmp/p.Z"
    { response http://news.example/br br "$tmp/p.br"
      response http://news.example/z compress "$tmp/p.Z"
      response http://news.example/zstd zstd "$tmp/p.zst"; } >"$tmp/dump.warc"
    "$cli" --format jsonl "$page" >"$tmp/plain"
    "$cli" --format jsonl "$tmp/dump.warc" >"$tmp/out" 2>"$tmp/err"
    expect_status 1 $?
    [ "$(wc -l <"$tmp/out")" -eq 3 ] || fail "expected three records: $(cat "$tmp/out")"
    want=$(sed 's/^{"source":"[^"]*",//; s/}$//' "$tmp/plain")
    for i in 1 3; do
        sed -n "${i}p" "$tmp/out" | grep -qF "$want" || fail "record $i differs from the page's"
    done
    sed -n 2p "$tmp/out" | grep -q '^{"source":"http://news.example/z",.*"error":{"code":"warc","message":"Content-Encoding '"'compress'"' is not a coding this reader can undo"}' ||
        fail "no error record for the compress coding: $(sed -n 2p "$tmp/out")"
    grep -q "http://news.example/z: Content-Encoding 'compress'" "$tmp/err" || fail "no diagnostic"
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
