# Sourced by the cluster tests: the list of inputs they share, the reference run they are
# held to, and the comparison. Expects: test_name, cli (newsclean), bench (newsclean-bench),
# src (the source tree), work (a scratch directory).

fail() {
    echo "FAIL [$test_name]: $*" >&2
    exit 1
}

note() {
    echo "[$test_name] $*"
}

now() {
    date +%s.%N
}

since() { # START: seconds since it, to a tenth
    awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'
}

# $work/list: the 11 crawl dumps in ../shared/warc, then two built from corpus pages (at
# positions 11 and 12: one gzipped per record as Common Crawl's, one plain), so that a
# task has a file that takes seconds. The reference: one local run over the whole list, into $work/ref, and checked
# against the plain JSON Lines stream of the same list.
make_inputs_and_reference() {
    shared=$src/../shared
    [ -d "$shared/warc" ] || fail "no $shared/warc"
    mkdir -p "$work/in"
    NEWSCLEAN_SHARED_DIR=$shared "$bench" --make-warc "$work/in/corpus-pages.warc.gz" \
        --size-mb 12 >/dev/null || fail "cannot build a crawl dump from the corpus"
    NEWSCLEAN_SHARED_DIR=$shared "$bench" --make-warc "$work/in/corpus-pages-plain.warc" \
        --size-mb 4 --plain >/dev/null || fail "cannot build a plain crawl dump"
    { ls -d "$shared"/warc/*.warc*; echo "$work/in/corpus-pages.warc.gz"
      echo "$work/in/corpus-pages-plain.warc"; } >"$work/list"
    n_inputs=$(wc -l <"$work/list")
    t=$(now)
    "$cli" --files-from "$work/list" --output-dir "$work/ref" --quiet 2>/dev/null
    rc=$?
    [ $rc -eq 1 ] || fail "reference run: exit status $rc, expected 1 (example-trunc.warc)"
    note "reference: one local run over $n_inputs inputs in $(since "$t") s"
    "$cli" --format jsonl --files-from "$work/list" --quiet >"$work/stream.jsonl" 2>/dev/null
    while read -r f; do cat "$work/ref/$(basename "$f").jsonl"; done <"$work/list" |
        cmp -s - "$work/stream.jsonl" || fail "the reference outputs are not the JSON Lines stream"
    [ "$(wc -l <"$work/stream.jsonl")" -gt 300 ] || fail "too few records: $(wc -l <"$work/stream.jsonl")"
}

# same_as_reference DIR [gz]: every input has its output, equal byte for byte to the
# reference's (once decompressed, with gz), and its summary; nothing else is in DIR.
same_as_reference() {
    dir=$1
    ext=.jsonl${2:+.gz}
    while read -r f; do
        name=$(basename "$f")
        [ -f "$dir/$name$ext" ] || fail "$dir: no $name$ext"
        [ -f "$dir/$name.done.json" ] || fail "$dir: no $name.done.json"
        if [ -n "${2:-}" ]; then
            gzip -dc "$dir/$name$ext" | cmp -s - "$work/ref/$name.jsonl" || fail "$dir/$name$ext differs"
        else
            cmp -s "$dir/$name$ext" "$work/ref/$name.jsonl" || fail "$dir/$name$ext differs"
        fi
        records=$(sed 's/.*"records":\([0-9]*\),.*/\1/' "$dir/$name.done.json")
        [ "$records" -eq "$(wc -l <"$work/ref/$name.jsonl")" ] || fail "$name.done.json: $records records"
    done <"$work/list"
    [ "$(ls -A "$dir" | wc -l)" -eq $((2 * n_inputs)) ] || fail "$dir holds more: $(ls -A "$dir")"
    note "$dir: $n_inputs outputs equal to the local run's, byte for byte"
}
