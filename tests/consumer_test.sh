#!/bin/sh
# consumer_test.sh BUILD_DIR SOURCE_DIR: install the build into a temporary prefix and use
# it as a user would: the installed CLI without LD_LIBRARY_PATH, the README's C example
# built through pkg-config (shared, and fully static with --static) and through
# find_package(newsclean CONFIG) (newsclean::newsclean and newsclean::newsclean_static),
# and the Python package installed with Debian's pip into a venv, finding the library in
# the prefix, running the README's Python example; each run and its output checked.
set -u
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
page=$src/fixtures/en-city-council-budget/input.html

fail() {
    echo "FAIL [consumer]: $*" >&2
    exit 1
}
step() { echo "-- $*"; }

unset LD_LIBRARY_PATH
step "install into $prefix"
cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1 ||
    fail "cmake --install failed: $(cat "$tmp/install.log")"
libdir=$(sed -n 's/^libdir=//p' "$prefix"/lib*/pkgconfig/libnewsclean.pc | head -n 1)
libdir=$(echo "$libdir" | sed "s|\${prefix}|$prefix|")
for f in "$libdir/libnewsclean.a" "$libdir/libnewsclean.so" "$prefix/include/newsclean.h" \
    "$prefix/include/newsclean_version.h" "$libdir/cmake/newsclean/newsclean-config.cmake" \
    "$libdir/cmake/newsclean/newsclean-config-version.cmake" "$prefix/bin/newsclean" \
    "$prefix/share/man/man1/newsclean.1"; do
    [ -e "$f" ] || fail "not installed: $f"
done

step "SONAME is the major version (MAJOR.MINOR in 0.x)"
version=$(sed -n 's/^#define NEWSCLEAN_VERSION_STRING "\(.*\)"/\1/p' "$prefix/include/newsclean_version.h")
major=${version%%.*}
minor=${version#*.}
minor=${minor%%.*}
if [ "$major" = 0 ]; then want=libnewsclean.so.0.$minor; else want=libnewsclean.so.$major; fi
soname=$(readelf -d "$libdir/libnewsclean.so" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
[ "$soname" = "$want" ] || fail "SONAME $soname, expected $want for version $version"
[ -e "$libdir/$soname" ] || fail "no $soname link installed"

step "the installed CLI finds its own library"
# A decoy on the default search path would hide a missing RPATH; check where it resolves.
"$prefix/bin/newsclean" --version >"$tmp/version" 2>"$tmp/err" ||
    fail "installed CLI does not run: $(cat "$tmp/err")"
grep -q "(libnewsclean $version)" "$tmp/version" || fail "bad version: $(cat "$tmp/version")"
loaded=$(ldd "$prefix/bin/newsclean" | sed -n 's/.*libnewsclean[^ ]* => \([^ ]*\) .*/\1/p')
[ -n "$loaded" ] && [ "$(readlink -f "$loaded")" = "$(readlink -f "$libdir/$soname")" ] ||
    fail "installed CLI does not load $libdir/$soname: $(ldd "$prefix/bin/newsclean")"
"$prefix/bin/newsclean" --format jsonl "$page" >"$tmp/installed.jsonl" || fail "installed CLI failed"
"$build/cli/newsclean" --format jsonl "$page" >"$tmp/built.jsonl"
cmp -s "$tmp/installed.jsonl" "$tmp/built.jsonl" || fail "installed CLI gives other output"

step "the README's C example"
awk '/^```c$/ { f = 1; next } /^```$/ { f = 0 } f' "$src/README.md" >"$tmp/example.c"
grep -q 'newsclean_extract' "$tmp/example.c" || fail "no C example in README.md"
printf 'Rain ends drought\n\nThe long dry spell ended on Monday when heavy rain fell across the valley, filling reservoirs for the first time in months.\n' >"$tmp/want"
check_run() { # name program [env...]
    name=$1
    shift
    "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" || fail "$name: exit $?: $(cat "$tmp/$name.err")"
    cmp -s "$tmp/want" "$tmp/$name.out" || fail "$name printed: $(cat "$tmp/$name.out")"
}
export PKG_CONFIG_PATH="$libdir/pkgconfig"
cd "$tmp" || fail "cd"

step "pkg-config, shared"
cc example.c -o ex-pc-shared $(pkg-config --cflags --libs libnewsclean) 2>"$tmp/cc.err" ||
    fail "pkg-config shared build failed: $(cat "$tmp/cc.err")"
readelf -d ex-pc-shared | grep -q "NEEDED.*\[$soname\]" || fail "ex-pc-shared does not need $soname"
check_run pc-shared env LD_LIBRARY_PATH="$libdir" ./ex-pc-shared

step "pkg-config --static, fully static"
pkg-config --static --libs libnewsclean | grep -q -- '-lxml2' || fail "--static lacks libxml2"
cc -static example.c -o ex-pc-static $(pkg-config --static --cflags --libs libnewsclean) \
    2>"$tmp/cc.err" || fail "pkg-config static build failed: $(cat "$tmp/cc.err")"
readelf -d ex-pc-static 2>&1 | grep -q 'NEEDED' && fail "ex-pc-static is not static"
check_run pc-static ./ex-pc-static

step "find_package(newsclean CONFIG)"
cmake -S "$src/tests/consumer" -B "$tmp/cm" -DCMAKE_PREFIX_PATH="$prefix" \
    -DEXAMPLE_SOURCE="$tmp/example.c" >"$tmp/cm.log" 2>&1 || fail "configure: $(cat "$tmp/cm.log")"
cmake --build "$tmp/cm" >"$tmp/cm.log" 2>&1 || fail "build: $(cat "$tmp/cm.log")"
readelf -d "$tmp/cm/example_shared" | grep -q "NEEDED.*\[$soname\]" ||
    fail "example_shared does not need $soname"
readelf -d "$tmp/cm/example_static" | grep -q "NEEDED.*libnewsclean" &&
    fail "example_static needs the shared library"
check_run cmake-shared "$tmp/cm/example_shared"
check_run cmake-static "$tmp/cm/example_static"

step "Python: pip install --no-build-isolation ./python, Debian's python3"
py=/usr/bin/python3
[ -x "$py" ] || fail "no /usr/bin/python3 (Debian's python3)"
"$py" -m venv --system-site-packages "$tmp/venv" >"$tmp/venv.log" 2>&1 ||
    fail "python3 -m venv failed (python3-venv missing?): $(cat "$tmp/venv.log")"
# A copy, so that the build leaves nothing in the checkout; setup.py reads the version
# from the CMakeLists.txt beside it.
mkdir "$tmp/checkout"
cp -r "$src/python" "$src/CMakeLists.txt" "$tmp/checkout/"
"$tmp/venv/bin/pip" install --no-build-isolation "$tmp/checkout/python" >"$tmp/pip.log" 2>&1 ||
    fail "pip install failed: $(cat "$tmp/pip.log")"
awk '/^```python$/ { f = 1; next } /^```$/ { f = 0 } f' "$src/README.md" >"$tmp/example.py"
grep -q 'import newsclean' "$tmp/example.py" || fail "no Python example in README.md"
cp "$page" "$tmp/page.html"
cp "$src/../shared/warc/example.warc.gz" "$tmp/crawl.warc.gz" || fail "no ../shared/warc"
rm -rf "$tmp/checkout"
(cd "$tmp" && env -u NEWSCLEAN_LIBRARY -u PYTHONPATH "$tmp/venv/bin/python" example.py) \
    >"$tmp/py.out" 2>"$tmp/py.err" || fail "README's Python example failed: $(cat "$tmp/py.err")"
grep -q '^Riverton council approves \$412 million budget after late-night fight over bus routes 2024-03-05T23:58:00-05:00 Dana Whitfield$' \
    "$tmp/py.out" || fail "README's Python example printed: $(cat "$tmp/py.out")"
grep -q '^http://example.com/ Example Domain$' "$tmp/py.out" ||
    fail "README's Python example printed no crawl record: $(cat "$tmp/py.out")"
env -u NEWSCLEAN_LIBRARY -u PYTHONPATH "$tmp/venv/bin/python" -c \
    'import newsclean, sys; sys.stdout.write(newsclean.__file__ + " " + newsclean._lib.library()._name)' \
    >"$tmp/where" 2>&1 || fail "import failed: $(cat "$tmp/where")"
case $(cat "$tmp/where") in
"$tmp/venv/"*" $libdir/"*) ;;
*) fail "package or library not from the venv and the prefix: $(cat "$tmp/where")" ;;
esac

echo "consumer checks passed"
