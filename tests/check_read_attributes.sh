#!/bin/sh
# check_read_attributes.sh LIBDIR: every attribute a stage reads by name is one the parse
# stage's cut keeps (read_attributes in dom_cut.c). A stage that starts reading another
# attribute and forgets the list would silently never see it; this catches the forms the
# stages use: attr(node, "x"), xmlGetProp/xmlHasProp(node, "x"), and name comparisons in
# loops over an element's attributes (strcmp(name, "x") after "->properties").
set -eu
lib=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sed -n '/read_attributes\[\] = {/,/};/p' "$lib/dom_cut.c" | grep -o '"[^"]*"' | tr -d '"' |
    sort -u >"$tmp/kept"
if [ ! -s "$tmp/kept" ]; then
    echo "no read_attributes list found in $lib/dom_cut.c" >&2
    exit 1
fi
for f in "$lib"/*.c; do
    [ "$(basename "$f")" = dom_cut.c ] && continue
    grep -oE '(attr|xmlGetProp|xmlHasProp|xmlGetNoNsProp)\([^,()]+, *(\(const xmlChar \*\))?"[^"]+"' "$f" |
        sed -E 's/.*"([^"]+)"$/\1/' || true
    # Functions that walk ->properties and compare each attribute's name.
    awk '/^[a-z_]+\(/ { fn = 1; body = "" } fn { body = body "\n" $0 }
         /^}/ { if (fn && body ~ /->properties/) print body; fn = 0 }' "$f" |
        grep -oE 'strcmp\((name|\(const char \*\)[a-z]+->name), "[^"]+"\)' |
        sed -E 's/.*"([^"]+)"\)$/\1/' || true
done | sort -u >"$tmp/read"
missing=$(comm -23 "$tmp/read" "$tmp/kept")
if [ -n "$missing" ]; then
    echo "attributes read by a stage but cut before the parse (add them to read_attributes):" >&2
    echo "$missing" >&2
    exit 1
fi
echo "$(wc -l <"$tmp/read") attribute names read, all kept by the cut:" $(cat "$tmp/read")
