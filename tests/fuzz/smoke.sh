#!/usr/bin/env bash
# smoke.sh BUILD_DIR [SECONDS]: run each libFuzzer target of a NEWSCLEAN_FUZZ build for
# SECONDS (default 60), from seeds: the fixtures, the saved crashers, the seeds in
# tests/fuzz/seeds, and a sample of the real pages and crawl dumps in ../shared (read
# there, never copied into the project). Inputs go up to 1 MiB. A crash, a leak, a
# sanitizer report or a difference found by fuzz_cut fails the run; the input that
# caused it is left in BUILD_DIR/fuzz-artifacts/ to be saved in tests/fuzz/crashers/.
set -euo pipefail
build=$1
seconds=${2:-60}
src=$(cd "$(dirname "$0")/../.." && pwd)
shared=$src/../shared
work=$build/fuzz-smoke
rm -rf "$work"
mkdir -p "$work/pages" "$work/warc" "$work/gunzip" "$build/fuzz-artifacts"

for f in "$src"/fixtures/*/input.*; do
    cp "$f" "$work/pages/$(basename "$(dirname "$f")")-$(basename "$f")"
done
cp "$src"/tests/fuzz/crashers/* "$work/pages/"
# Every 40th real page: a few dozen pages of up to a few hundred KB, in many languages.
if [ -d "$shared/corpus" ]; then
    i=0
    for f in "$shared"/corpus/readability/docs/*.html.gz "$shared"/corpus/snippets/docs/*.html.gz \
        "$shared"/corpus/wcxb/docs/*.html.gz; do
        i=$((i + 1))
        [ $((i % 40)) -eq 0 ] || continue
        gzip -dc "$f" >"$work/pages/real-$i.html"
    done
fi
cp "$src"/tests/fuzz/seeds/warc/* "$work/warc/"
cp "$src"/tests/fuzz/seeds/gunzip/* "$src"/tests/fuzz/seeds/warc/* "$work/gunzip/"
if [ -d "$shared/warc" ]; then
    for f in "$shared"/warc/*.warc "$shared"/warc/*.warc.gz; do
        [ -f "$f" ] || continue
        # Four bytes of read sizes first, as fuzz_warc takes them.
        { printf '\002\000\001\000'; cat "$f"; } >"$work/warc/real-$(basename "$f")"
        { printf '\100'; cat "$f"; } >"$work/gunzip/real-$(basename "$f")"
    done
fi

run() { # target seed-dir
    local target=$1 seeds=$2
    echo "== $target: $seconds s from $(ls "$seeds" | wc -l) seeds"
    mkdir -p "$work/corpus-$target"
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$build/tests/$target" "$work/corpus-$target" "$seeds" -max_len=1048576 \
        -max_total_time="$seconds" -timeout=60 -rss_limit_mb=4096 -print_final_stats=1 \
        -artifact_prefix="$build/fuzz-artifacts/$target-" 2>"$work/$target.log" ||
        { tail -n 60 "$work/$target.log"; echo "$target failed" >&2; exit 1; }
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$work/$target.log"
}
run fuzz_extract "$work/pages"
run fuzz_cut "$work/pages"
run fuzz_warc "$work/warc"
run fuzz_gunzip "$work/gunzip"
