#!/bin/sh
# check_exports.sh LIB HEADER: the shared library's exported functions are exactly those
# declared NEWSCLEAN_API in the public header.
set -eu
lib=$1
header=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
nm -D --defined-only "$lib" | awk '$2 == "T" || $2 == "D" || $2 == "B" { print $3 }' |
    sed 's/@.*//' | sort -u >"$tmp/exported"
grep -v '^#' "$header" | tr '\n' ' ' | grep -o 'NEWSCLEAN_API[^(;]*(' | sed 's/($//; s/.*[ *]//' |
    sort -u >"$tmp/declared"
if ! cmp -s "$tmp/exported" "$tmp/declared"; then
    echo "exported (<) and declared (>) differ:" >&2
    diff "$tmp/exported" "$tmp/declared" >&2 || true
    exit 1
fi
echo "$(wc -l <"$tmp/declared") functions exported, as declared"
