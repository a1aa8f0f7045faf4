#!/bin/sh
# check_header_names.sh HEADER: every function the public header's comments name exists.
# Comments name functions in full ("newsclean_warc_record_error()") or by their end
# ("_to_json_ex", "_new"); each must match a function the header declares.
set -eu
header=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
grep -v '^#' "$header" | tr '\n' ' ' | grep -o 'NEWSCLEAN_API[^(;]*(' | sed 's/($//; s/.*[ *]//' |
    sort -u >"$tmp/declared"
# Comment text only: from each /* to its */.
sed -n 's|.*/\*\(.*\)|\1|p; s|^ *\* \(.*\)|\1|p' "$header" | sed 's|\*/.*||' >"$tmp/comments"
bad=0
for name in $(grep -o 'newsclean_[a-z0-9_]*()' "$tmp/comments" | sed 's/()$//' | sort -u); do
    grep -qx "$name" "$tmp/declared" || { echo "comment names $name(), which is not declared"; bad=1; }
done
for end in $(grep -o '\(^\|[ (]\)_[a-z][a-z0-9_]*' "$tmp/comments" | sed 's/^[ (]//' | sort -u); do
    grep -q -- "$end\$" "$tmp/declared" || { echo "comment names $end, which no declared function ends with"; bad=1; }
done
[ $bad = 0 ] || exit 1
echo "every function named in comments is declared"
