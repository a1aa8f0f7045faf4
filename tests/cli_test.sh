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
    temp_file_appears() {
        for _ in $(seq 1 50); do
            ls -a "$tmp" | grep -q '^\.o\.jsonl\.' && return 0
            sleep 0.1
        done
        return 1
    }
    # -o FILE appears whole at the end, with FILE's mode; until then FILE is as it was.
    printf 'old\n' >"$tmp/o.jsonl"
    chmod 640 "$tmp/o.jsonl"
    # The run is held open by its standard input; the test waits for the temporary file
    # rather than a fixed time, so that a loaded machine does not fail it.
    { cat "$page"; sleep 8; } | "$cli" --format jsonl -o "$tmp/o.jsonl" "$page" - &
    pid=$!
    temp_file_appears || fail "no temporary file beside FILE"
    [ "$(cat "$tmp/o.jsonl")" = old ] || fail "FILE changed while the run went on"
    kill -TERM $pid
    wait $pid
    [ "$(cat "$tmp/o.jsonl")" = old ] || fail "an interrupted run changed FILE"
    ls -a "$tmp" | grep '^\.o\.jsonl\.' && fail "the temporary file was left behind"
    # Killed outright (as by a crash): FILE is still as it was.
    { cat "$page"; sleep 8; } | "$cli" --format jsonl -o "$tmp/o.jsonl" "$page" - &
    pid=$!
    temp_file_appears || fail "no temporary file beside FILE"
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
    # instead of extracting everything after it (here 40 pages of 4 MB).
    cp "$page" "$tmp/big.html"
    i=0
    while [ $i -lt 12 ]; do # 4096 copies, by doubling
        cat "$tmp/big.html" "$tmp/big.html" >"$tmp/big2.html"
        mv "$tmp/big2.html" "$tmp/big.html"
        i=$((i + 1))
    done
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
url)
    # --url stands for where a piped page came from: its path's date, links made absolute,
    # the record's url; it names one page, so many inputs or a bad address are refused.
    cat >"$tmp/story.html" <<'EOF'
<html><head><title>Ferry</title></head><body><article><h1>Night ferry returns for the summer</h1>
<p>The night ferry across the bay will run again from June, the harbour board said, after a winter in which the crossing closed at six and commuters drove the long way round the headland.</p>
<p>Tickets stay at the old price. The board hopes to add a <a href="../timetable">later sailing</a> on Fridays if enough people use the boat in the first month.</p>
</article></body></html>
EOF
    "$cli" --format jsonl --url https://news.example.org/2021/05/04/ferry <"$tmp/story.html" >"$tmp/out"
    expect_status 0 $?
    grep -q '"timestamp":"2021-05-04"' "$tmp/out" || fail "no date from the url's path: $(cat "$tmp/out")"
    grep -q '"url":"https://news.example.org/2021/05/04/ferry"' "$tmp/out" ||
        fail "the record does not give the url: $(cat "$tmp/out")"
    # a page that names its canonical address keeps it
    "$cli" --format jsonl --url https://mirror.example.net/copy "$page" >"$tmp/out"
    grep -q '"url":"https://mirror.example.net/copy"' "$tmp/out" && fail "canonical address lost"
    "$cli" --format markdown --url https://news.example.org/2021/05/04/ferry "$tmp/story.html" >"$tmp/out"
    grep -qF '[later sailing](https://news.example.org/2021/05/timetable)' "$tmp/out" ||
        fail "link not made absolute: $(cat "$tmp/out")"
    "$cli" --format jsonl "$tmp/story.html" >"$tmp/out"
    grep -q '"timestamp":null' "$tmp/out" || fail "a date without the url: $(cat "$tmp/out")"
    "$cli" --url example.org/story "$page" >/dev/null 2>"$tmp/err"
    expect_status 2 $?
    grep -q -- "--url takes an absolute address" "$tmp/err" || fail "no message for a bare host"
    "$cli" --url https://example.org/a "$page" "$page" >/dev/null 2>"$tmp/err"
    expect_status 2 $?
    grep -q -- "--url gives the address of one page" "$tmp/err" || fail "two inputs not refused"
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
files-from)
    # One path a line, empty lines skipped, after the FILE operands; - reads the list
    # from standard input; an empty list reads nothing (not standard input).
    mkdir "$tmp/in"
    for f in a b c; do cp "$page" "$tmp/in/$f.html"; done
    printf '%s\n\n%s\n' "$tmp/in/b.html" "$tmp/in/c.html" >"$tmp/list"
    "$cli" --format jsonl --files-from "$tmp/list" "$tmp/in/a.html" >"$tmp/out"
    expect_status 0 $?
    sed 's/^{"source":"\([^"]*\)".*/\1/' "$tmp/out" >"$tmp/sources"
    printf '%s\n' "$tmp/in/a.html" "$tmp/in/b.html" "$tmp/in/c.html" >"$tmp/want"
    cmp -s "$tmp/sources" "$tmp/want" || fail "operands, then the list: $(cat "$tmp/sources")"
    "$cli" --format jsonl --files-from - <"$tmp/list" >"$tmp/out2"
    expect_status 0 $?
    sed -n '2,3p' "$tmp/out" | cmp -s - "$tmp/out2" || fail "the list from stdin differs"
    : >"$tmp/empty"
    "$cli" --format jsonl --files-from "$tmp/empty" <"$page" >"$tmp/out"
    expect_status 0 $?
    [ -s "$tmp/out" ] && fail "an empty list read standard input"
    # A path is taken as it is; a missing one is an error record in its place.
    cp "$page" "$tmp/in/with space.html"
    printf '%s\n%s\n' "$tmp/in/with space.html" "$tmp/in/nope.html" >"$tmp/list"
    "$cli" --format jsonl --files-from "$tmp/list" >"$tmp/out" 2>/dev/null
    expect_status 1 $?
    sed -n 1p "$tmp/out" | grep -q "^{\"source\":\"$tmp/in/with space.html\",\"headline\":\"Riverton" ||
        fail "path with a space: $(head -c 120 "$tmp/out")"
    sed -n 2p "$tmp/out" | grep -q '"code":"io"' || fail "no error record for the missing input"
    "$cli" --files-from "$tmp/no-such-list" 2>"$tmp/err"
    expect_status 2 $?
    grep -q "^newsclean: --files-from '$tmp/no-such-list': No such file or directory\$" "$tmp/err" ||
        fail "unreadable list: $(cat "$tmp/err")"
    printf '%s\n-\n' "$page" | "$cli" --files-from - 2>"$tmp/err" >/dev/null
    expect_status 2 $?
    grep -q "names '-', standard input itself" "$tmp/err" || fail "no message: $(cat "$tmp/err")"
    ;;
shard)
    # For N = 1..5 the N tasks take every input exactly once, task I those at positions
    # p with p mod N = I, in list order.
    mkdir "$tmp/in"
    for i in 0 1 2 3 4 5 6 7 8 9 10 11 12; do
        cp "$page" "$tmp/in/p$i.html"
        echo "$tmp/in/p$i.html"
    done >"$tmp/list"
    for n in 1 2 3 4 5; do
        : >"$tmp/union"
        i=0
        while [ $i -lt $n ]; do
            "$cli" --format jsonl --files-from "$tmp/list" --shard $i/$n >"$tmp/out"
            expect_status 0 $?
            sed 's/^{"source":"\([^"]*\)".*/\1/' "$tmp/out" >"$tmp/got"
            awk -v i=$i -v n=$n '(NR - 1) % n == i' "$tmp/list" >"$tmp/want"
            cmp -s "$tmp/got" "$tmp/want" || fail "shard $i/$n took: $(cat "$tmp/got")"
            cat "$tmp/got" >>"$tmp/union"
            i=$((i + 1))
        done
        sort "$tmp/union" | cmp -s - "$(sort "$tmp/list" >"$tmp/sorted" && echo "$tmp/sorted")" ||
            fail "the $n shards do not take every input exactly once"
    done
    # FILE operands count first.
    "$cli" --format jsonl --shard 1/2 "$tmp/in/p0.html" --files-from "$tmp/list" >"$tmp/out"
    sed -n 1p "$tmp/out" | grep -q "^{\"source\":\"$tmp/in/p0.html\"" || fail "operands do not count first"
    # More tasks than inputs: a task may have none, and then reads nothing.
    "$cli" --format jsonl --shard 7/9 "$tmp/in/p0.html" <"$page" >"$tmp/out"
    expect_status 0 $?
    [ -s "$tmp/out" ] && fail "shard with no input wrote records"
    # --shard slurm: the task of an array, as Slurm numbers them.
    slurm() { # ID MIN MAX STEP COUNT
        SLURM_ARRAY_TASK_ID=$1 SLURM_ARRAY_TASK_MIN=$2 SLURM_ARRAY_TASK_MAX=$3 \
            SLURM_ARRAY_TASK_STEP=$4 SLURM_ARRAY_TASK_COUNT=$5 \
            "$cli" --format jsonl --files-from "$tmp/list" --shard slurm
    }
    "$cli" --format jsonl --files-from "$tmp/list" --shard 2/4 >"$tmp/want"
    slurm 2 0 3 1 4 >"$tmp/got" || fail "--shard slurm (--array=0-3) failed"
    cmp -s "$tmp/got" "$tmp/want" || fail "--array=0-3 task 2 is not shard 2/4"
    slurm 7 1 7 3 3 >"$tmp/got" || fail "--shard slurm (--array=1-7:3) failed"
    "$cli" --format jsonl --files-from "$tmp/list" --shard 2/3 >"$tmp/want"
    cmp -s "$tmp/got" "$tmp/want" || fail "--array=1-7:3 task 7 is not shard 2/3"
    slurm 5 1 6 1 3 >/dev/null 2>"$tmp/err"
    expect_status 2 $?
    grep -q 'is not one of a range; submit with --array=0-2' "$tmp/err" ||
        fail "--array=1,5,6 not refused: $(cat "$tmp/err")"
    (unset SLURM_ARRAY_TASK_ID; "$cli" --files-from "$tmp/list" --shard slurm) 2>"$tmp/err"
    expect_status 2 $?
    grep -q 'SLURM_ARRAY_TASK_ID is not set' "$tmp/err" || fail "no message: $(cat "$tmp/err")"
    for bad in 3/3 1/0 a/2 -1/2 1/2x /2 1/ 12; do
        "$cli" --shard "$bad" "$page" >/dev/null 2>"$tmp/err"
        expect_status 2 $?
        grep -q "^newsclean: --shard takes I/N" "$tmp/err" || fail "--shard $bad: $(cat "$tmp/err")"
    done
    "$cli" --shard 0/2 <"$page" 2>"$tmp/err"
    expect_status 2 $?
    grep -q -- '--shard needs a list of inputs' "$tmp/err" || fail "stdin sharded: $(cat "$tmp/err")"
    ;;
output-dir)
    mkdir "$tmp/in"
    for f in "$src"/fixtures/en-city-council-budget/input.html \
        "$src"/fixtures/de-cp1252-bahnstreik/input.html; do
        cp "$f" "$tmp/in/$(basename "$(dirname "$f")").html"
    done
    printf '\037\213garbage' >"$tmp/in/corrupt.gz"
    gzip -c "$page" >"$tmp/in/page.html.gz"
    ls "$tmp"/in/* >"$tmp/list"
    "$cli" --files-from "$tmp/list" --output-dir "$tmp/out/sub" --jobs 2 2>"$tmp/err"
    expect_status 1 $?
    # Each output is what the same input gives on standard output, in JSON Lines.
    while read -r f; do
        name=$(basename "$f")
        "$cli" --format jsonl "$f" >"$tmp/want" 2>/dev/null
        cmp -s "$tmp/out/sub/$name.jsonl" "$tmp/want" || fail "$name.jsonl differs"
        [ -f "$tmp/out/sub/$name.done.json" ] || fail "no $name.done.json"
    done <"$tmp/list"
    [ "$(ls -A "$tmp/out/sub" | wc -l)" -eq 8 ] || fail "other files in DIR: $(ls -A "$tmp/out/sub")"
    size=$(wc -c <"$tmp/in/en-city-council-budget.html")
    grep -qx "{\"input\":\"$tmp/in/en-city-council-budget.html\",\"output\":\"en-city-council-budget.html.jsonl\",\"records\":1,\"errors\":0,\"skipped\":0,\"bytes\":$size,\"seconds\":[0-9]*\.[0-9][0-9][0-9]}" \
        "$tmp/out/sub/en-city-council-budget.html.done.json" ||
        fail "summary: $(cat "$tmp/out/sub/en-city-council-budget.html.done.json")"
    grep -q '"records":1,"errors":1,"skipped":0' "$tmp/out/sub/corrupt.gz.done.json" ||
        fail "the failed input's summary: $(cat "$tmp/out/sub/corrupt.gz.done.json")"
    grep -q "^newsclean: $tmp/in/corrupt.gz: " "$tmp/err" || fail "no diagnostic for the failed input"
    # A crawl dump: its records, and the ones that hold no page counted as skipped.
    warc=$src/../shared/warc/example.warc.gz
    if [ -f "$warc" ]; then
        "$cli" --output-dir "$tmp/w" "$warc"
        expect_status 0 $?
        "$cli" --format jsonl "$warc" | cmp -s - "$tmp/w/example.warc.gz.jsonl" || fail "crawl dump differs"
        grep -q "\"records\":1,\"errors\":0,\"skipped\":[1-9][0-9]*,\"bytes\":$(wc -c <"$warc")," \
            "$tmp/w/example.warc.gz.done.json" || fail "crawl summary: $(cat "$tmp/w/example.warc.gz.done.json")"
    fi
    # --compress: gzip files holding the same, the same bytes run after run.
    "$cli" --files-from "$tmp/list" --output-dir "$tmp/z" --compress 2>/dev/null
    expect_status 1 $?
    while read -r f; do
        name=$(basename "$f")
        gzip -t "$tmp/z/$name.jsonl.gz" || fail "$name.jsonl.gz is not whole"
        gzip -dc "$tmp/z/$name.jsonl.gz" | cmp -s - "$tmp/out/sub/$name.jsonl" ||
            fail "$name.jsonl.gz does not hold $name.jsonl"
    done <"$tmp/list"
    grep -q '"output":"corrupt.gz.jsonl.gz"' "$tmp/z/corrupt.gz.done.json" || fail "summary names another output"
    cp "$tmp/z/page.html.gz.jsonl.gz" "$tmp/first.gz"
    "$cli" --output-dir "$tmp/z" --compress --force "$tmp/in/page.html.gz"
    cmp -s "$tmp/z/page.html.gz.jsonl.gz" "$tmp/first.gz" || fail "gzip output differs between runs"
    # Usage errors.
    for args in "--format text" "--format json" "-o $tmp/o.jsonl"; do
        "$cli" $args --output-dir "$tmp/u" "$page" 2>"$tmp/err"
        expect_status 2 $?
        [ -e "$tmp/u" ] && fail "$args: DIR made on a usage error"
    done
    "$cli" --format jsonl --output-dir "$tmp/u" "$page"
    expect_status 0 $?
    for opt in --compress --force; do
        "$cli" $opt "$page" >/dev/null 2>"$tmp/err"
        expect_status 2 $?
        grep -q -- '--compress and --force go with --output-dir' "$tmp/err" || fail "$opt alone: $(cat "$tmp/err")"
    done
    "$cli" --output-dir "$tmp/u" <"$page" 2>"$tmp/err"
    expect_status 2 $?
    grep -q 'needs inputs with names' "$tmp/err" || fail "stdin to DIR: $(cat "$tmp/err")"
    "$cli" --output-dir "$tmp/list" "$page" 2>"$tmp/err"
    expect_status 2 $?
    grep -q "^newsclean: --output-dir '$tmp/list': Not a directory\$" "$tmp/err" || fail "DIR is a file: $(cat "$tmp/err")"
    # Inside a directory read with -r: refused, and DIR not left behind.
    "$cli" -r --output-dir "$tmp/in/new/out" "$tmp/in" 2>"$tmp/err"
    expect_status 2 $?
    grep -q "is inside '$tmp/in', which --recursive reads" "$tmp/err" || fail "no message: $(cat "$tmp/err")"
    [ -e "$tmp/in/new" ] && fail "DIR made inside the input directory"
    # A directory read with -r is one input: its pages, sorted, in one output.
    "$cli" -r --output-dir "$tmp/r" "$tmp/in"
    "$cli" -r --format jsonl "$tmp/in" | cmp -s - "$tmp/r/in.jsonl" || fail "directory output differs"
    ;;
output-dir-names)
    # Two inputs with one name would write one output: refused before anything is written.
    mkdir -p "$tmp/a" "$tmp/b"
    cp "$page" "$tmp/a/x.html"
    cp "$page" "$tmp/b/x.html"
    cp "$page" "$tmp/a/y.html"
    printf '%s\n' "$tmp/a/x.html" "$tmp/a/y.html" "$tmp/b/x.html" >"$tmp/list"
    # Each shard alone holds one of the two, and is refused all the same.
    for i in 0 1 2; do
        "$cli" --files-from "$tmp/list" --shard $i/3 --output-dir "$tmp/out" 2>"$tmp/err"
        expect_status 2 $?
        grep -q "^newsclean: --output-dir: '$tmp/a/x.html' and '$tmp/b/x.html' would both write 'x.html.jsonl'; .*give the inputs of one folder an --output-dir of their own, or rename one of them\$" \
            "$tmp/err" || fail "no message: $(cat "$tmp/err")"
        [ -e "$tmp/out" ] && fail "something was written"
    done
    "$cli" --output-dir "$tmp/out" "$tmp/a/y.html" "$tmp/a/y.html" 2>"$tmp/err"
    expect_status 2 $?
    grep -q "'$tmp/a/y.html' is listed twice" "$tmp/err" || fail "no message: $(cat "$tmp/err")"
    "$cli" --output-dir "$tmp/out" "$tmp/a/y.html" - <"$page" 2>"$tmp/err"
    expect_status 2 $?
    grep -q "cannot take '-': standard input has no name" "$tmp/err" || fail "no message: $(cat "$tmp/err")"
    (cd "$tmp/a" && "$cli" -r --output-dir "$tmp/out" .) 2>"$tmp/err"
    expect_status 2 $?
    grep -q "cannot take '.': its output would have no name" "$tmp/err" || fail "no message: $(cat "$tmp/err")"
    # A trailing slash is not part of the name.
    "$cli" -r --output-dir "$tmp/out" "$tmp/a/"
    expect_status 0 $?
    [ "$(wc -l <"$tmp/out/a.jsonl")" -eq 2 ] || fail "a/ did not give a.jsonl"
    ;;
output-dir-resume)
    mkdir "$tmp/in"
    for f in a b c d e; do cp "$page" "$tmp/in/$f.html"; echo "$tmp/in/$f.html"; done >"$tmp/list"
    "$cli" --files-from "$tmp/list" --output-dir "$tmp/out"
    expect_status 0 $?
    cp -p "$tmp/out/a.html.jsonl" "$tmp/a.kept"
    # a is done and its input is gone: skipped, never opened. b lost its output, c its
    # summary, e's summary is empty (as a crash may leave it), d is untouched: b, c and e
    # are done again, a and d are not.
    rm "$tmp/in/a.html" "$tmp/out/b.html.jsonl" "$tmp/out/c.html.done.json"
    : >"$tmp/out/e.html.done.json"
    touch -d '2001-01-01' "$tmp/out/d.html.jsonl"
    "$cli" --files-from "$tmp/list" --output-dir "$tmp/out" 2>"$tmp/err"
    expect_status 0 $?
    [ "$(cat "$tmp/err")" = "newsclean: 2 inputs already done in '$tmp/out', skipped (--force redoes them)" ] ||
        fail "stderr: $(cat "$tmp/err")"
    for f in b c d e; do
        "$cli" --format jsonl "$tmp/in/$f.html" | cmp -s - "$tmp/out/$f.html.jsonl" || fail "$f.html.jsonl"
        grep -q '^{"input":' "$tmp/out/$f.html.done.json" || fail "no summary for $f.html"
    done
    cmp -s "$tmp/out/a.html.jsonl" "$tmp/a.kept" || fail "a.html.jsonl was rewritten"
    [ "$(stat -c %Y "$tmp/out/d.html.jsonl")" = "$(date -d 2001-01-01 +%s)" ] || fail "d was done again"
    # --force: everything again; a's input is gone now, so it becomes an error record.
    "$cli" --files-from "$tmp/list" --output-dir "$tmp/out" --force 2>"$tmp/err"
    expect_status 1 $?
    grep -q '"code":"io","message":"cannot open: No such file or directory"' "$tmp/out/a.html.jsonl" ||
        fail "--force did not redo a"
    [ "$(stat -c %Y "$tmp/out/d.html.jsonl")" = "$(date -d 2001-01-01 +%s)" ] && fail "--force did not redo d"
    # All done: nothing to do, exit 0, whatever the earlier runs' errors were.
    "$cli" --files-from "$tmp/list" --output-dir "$tmp/out" 2>"$tmp/err"
    expect_status 0 $?
    grep -q '5 inputs already done' "$tmp/err" || fail "stderr: $(cat "$tmp/err")"
    ;;
output-dir-kill)
    # A run killed in the middle of an input (it reads a FIFO that stalls) leaves no output
    # under that input's name; the next run completes it and leaves nothing else behind.
    mkdir "$tmp/in"
    cp "$page" "$tmp/in/a.html"
    mkfifo "$tmp/in/slow.html"
    cp "$page" "$tmp/in/c.html"
    printf '%s\n' "$tmp/in/a.html" "$tmp/in/slow.html" "$tmp/in/c.html" >"$tmp/list"
    pid= feeder=
    trap 'kill $pid $feeder 2>/dev/null; wait; rm -rf "$tmp"' EXIT
    for sig in KILL TERM; do
        rm -rf "$tmp/out"
        { cat "$page"; sleep 4; } >"$tmp/in/slow.html" &
        feeder=$!
        "$cli" --files-from "$tmp/list" --output-dir "$tmp/out" --jobs 2 --compress &
        pid=$!
        i=0
        until [ -e "$tmp/out/.slow.html.jsonl.gz.part" ] || [ $i -ge 50 ]; do sleep 0.1; i=$((i + 1)); done
        [ -e "$tmp/out/.slow.html.jsonl.gz.part" ] || fail "slow.html never started"
        # A second run meanwhile leaves the input being written to the first.
        "$cli" --files-from "$tmp/list" --output-dir "$tmp/out" --compress --shard 1/2 2>"$tmp/err"
        expect_status 0 $?
        grep -q "slow.html: another process is writing '$tmp/out/slow.html.jsonl.gz'; left to it" \
            "$tmp/err" || fail "no message for an input being written: $(cat "$tmp/err")"
        kill -$sig $pid
        wait $pid 2>/dev/null
        kill $feeder 2>/dev/null
        wait $feeder 2>/dev/null
        pid= feeder=
        [ -e "$tmp/out/slow.html.jsonl.gz" ] && fail "SIG$sig: an output under the final name"
        [ -e "$tmp/out/slow.html.done.json" ] && fail "SIG$sig: a summary for the killed input"
        [ -e "$tmp/out/c.html.jsonl.gz" ] && fail "SIG$sig: c was done before slow"
        gzip -dc "$tmp/out/a.html.jsonl.gz" | cmp -s - "$tmp/a.want" 2>/dev/null ||
            { "$cli" --format jsonl "$tmp/in/a.html" >"$tmp/a.want"; gzip -dc "$tmp/out/a.html.jsonl.gz" | cmp -s - "$tmp/a.want"; } ||
            fail "SIG$sig: a.html is not complete"
        if [ $sig = TERM ]; then
            [ -e "$tmp/out/.slow.html.jsonl.gz.part" ] && fail "SIGTERM left the temporary file"
        fi
        cat "$page" >"$tmp/in/slow.html" &
        "$cli" --files-from "$tmp/list" --output-dir "$tmp/out" --compress 2>/dev/null
        expect_status 0 $?
        wait
        for f in a slow c; do
            gzip -dc "$tmp/out/$f.html.jsonl.gz" | sed 's/^{"source":"[^"]*"//' >"$tmp/got"
            sed 's/^{"source":"[^"]*"//' "$tmp/a.want" | cmp -s - "$tmp/got" || fail "SIG$sig: rerun, $f differs"
        done
        [ "$(ls -A "$tmp/out" | grep -c '^\.')" -eq 0 ] || fail "SIG$sig: left behind: $(ls -A "$tmp/out")"
    done
    # A writer whose .part was replaced under it (as when locks are not seen across
    # machines and another run took the file over) puts nothing in place: exit 2.
    rm -rf "$tmp/out"
    { cat "$page"; sleep 2; } >"$tmp/in/slow.html" &
    feeder=$!
    "$cli" --files-from "$tmp/list" --output-dir "$tmp/out" 2>"$tmp/err" &
    pid=$!
    i=0
    until [ -e "$tmp/out/.slow.html.jsonl.part" ] || [ $i -ge 50 ]; do sleep 0.1; i=$((i + 1)); done
    rm "$tmp/out/.slow.html.jsonl.part"
    echo 'another writer' >"$tmp/out/.slow.html.jsonl.part"
    wait $pid
    expect_status 2 $?
    wait $feeder
    pid= feeder=
    grep -q "^newsclean: $tmp/in/slow.html: another process took over '$tmp/out/.slow.html.jsonl.part'" \
        "$tmp/err" || fail "no message: $(cat "$tmp/err")"
    [ -e "$tmp/out/slow.html.jsonl" ] && fail "an output was put in place from a replaced file"
    [ "$(cat "$tmp/out/.slow.html.jsonl.part")" = 'another writer' ] || fail "the other writer's file was touched"
    [ -e "$tmp/out/c.html.jsonl" ] && fail "the run went on after the failure"
    ;;
*)
    fail "unknown check"
    ;;
esac
exit 0
