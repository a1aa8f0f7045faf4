#!/usr/bin/env bash
# pathological.sh: time and peak memory of the newsclean command on every generated hostile
# shape of tests/hostile.h, at two sizes, with two checks: the larger size costs at most
# twice the CPU time per MB of the smaller (linear time), and no run's peak RSS passes the
# stated budget. CPU time (user and system) is what is checked, so that other jobs on the
# machine do not decide; wall time is shown too. See tests/bench/README.md.
#
#   tests/bench/pathological.sh [--bin CLI] [--gen GEN] [--sizes "1 8"] [--shapes "a b"]
#                               [--timeout S] [--rss-mb N] [--no-check]
#                               [--jobs "1 2 4" [--jobs-shape S] [--jobs-mb N] [--jobs-files K]]
#
# --bin is the newsclean command (default build/cli/newsclean), --gen the generator
# (default: newsclean-hostile beside the default command). Sizes are in MiB. A run that
# passes --timeout seconds (default 300) is stopped and shown as such. --shapes none skips
# the shapes.
#
# With --jobs, it then measures the peak RSS of one run over K files (default 12) of a
# shape (default dense-attributes, the most memory per byte) of N MiB (default 8, just
# under the default memory limit's estimate) for each number of jobs: the worst case the
# README states.
set -u
here=$(cd "$(dirname "$0")/../.." && pwd)
bin=$here/build/cli/newsclean
gen=
sizes="1 8"
shapes=
limit=300
rss_mb=1024
check=1
jobs=
jobs_shape=dense-attributes
jobs_mb=8
jobs_files=12
while [ $# -gt 0 ]; do
    case $1 in
    --bin) bin=$2; shift ;;
    --gen) gen=$2; shift ;;
    --sizes) sizes=$2; shift ;;
    --shapes) shapes=$2; shift ;;
    --timeout) limit=$2; shift ;;
    --rss-mb) rss_mb=$2; shift ;;
    --no-check) check=0 ;;
    --jobs) jobs=$2; shift ;;
    --jobs-shape) jobs_shape=$2; shift ;;
    --jobs-mb) jobs_mb=$2; shift ;;
    --jobs-files) jobs_files=$2; shift ;;
    *) echo "pathological.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
[ -n "$gen" ] || gen=$(dirname "$bin")/../tests/bench/newsclean-hostile
for tool in "$bin" "$gen" /usr/bin/time timeout; do
    command -v "$tool" >/dev/null || { echo "pathological.sh: $tool not found" >&2; exit 2; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ -n "$shapes" ] || shapes=$("$gen" --list | cut -d' ' -f1)
[ "$shapes" = none ] && shapes=

status=0
printf '%-28s %6s %9s %9s %8s %9s %5s\n' shape MiB wall_s cpu_s cpu_s/MiB peak_MiB exit
for shape in $shapes; do
    option=$("$gen" --list | awk -v s="$shape" '$1 == s { print $2 }')
    [ -n "$option" ] || { echo "pathological.sh: no shape $shape" >&2; exit 2; }
    first_rate=
    first_size=
    for mb in $sizes; do
        file=$tmp/$shape
        "$gen" "$shape" "$(awk -v m="$mb" 'BEGIN { printf "%d", m * 1048576 }')" "$file" || exit 2
        /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" timeout "$limit" \
            "$bin" --format jsonl --jobs 1 "$option" "$file" >/dev/null 2>"$tmp/err"
        rc=$?
        # time(1) puts a line about a failed status first; the figures are on the last.
        read -r wall user sys kb <<<"$(tail -n 1 "$tmp/time")"
        secs=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
        rate=$(awk -v s="$secs" -v m="$mb" 'BEGIN { printf "%.3f", s / m }')
        peak=$(awk -v k="$kb" 'BEGIN { printf "%.0f", k / 1024 }')
        shown=$wall
        [ $rc -eq 124 ] && shown=">$limit"
        printf '%-28s %6s %9s %9s %8s %9s %5s\n' "$shape" "$mb" "$shown" "$secs" "$rate" "$peak" "$rc"
        if [ $check -eq 1 ]; then
            if [ $rc -eq 124 ] || [ $rc -gt 2 ]; then
                echo "  FAIL: $shape at $mb MiB: exit status $rc" >&2
                status=1
            fi
            if [ "$peak" -gt "$rss_mb" ]; then
                echo "  FAIL: $shape at $mb MiB: peak RSS $peak MiB over the $rss_mb MiB budget" >&2
                status=1
            fi
            if [ -n "$first_rate" ]; then
                # Times under a tenth of a second are mostly start-up; they count as 0.1 s.
                if ! awk -v a="$secs" -v am="$mb" -v b="$first_rate" -v bm="$first_size" \
                    'BEGIN { s = b * bm; if (s < 0.1) s = 0.1; exit !(a / am <= 2 * s / bm) }'; then
                    echo "  FAIL: $shape: $rate s/MiB at $mb MiB, over twice the $first_rate s/MiB at $first_size MiB" >&2
                    status=1
                fi
            else
                first_rate=$rate
                first_size=$mb
            fi
        fi
    done
    rm -f "$tmp/$shape"
done

if [ -n "$jobs" ]; then
    "$gen" "$jobs_shape" $((jobs_mb << 20)) "$tmp/page" || exit 2
    set --
    for i in $(seq "$jobs_files"); do
        ln -s "$tmp/page" "$tmp/page$i"
        set -- "$@" "$tmp/page$i"
    done
    echo
    printf '%-6s %9s %9s   (%s files of %s MiB of %s)\n' jobs wall_s peak_MiB "$jobs_files" \
        "$jobs_mb" "$jobs_shape"
    for n in $jobs; do
        /usr/bin/time -f '%e %M' -o "$tmp/time" timeout "$limit" \
            "$bin" --format jsonl --jobs "$n" "$@" >/dev/null 2>"$tmp/err"
        read -r secs kb <<<"$(tail -n 1 "$tmp/time")"
        printf '%-6s %9s %9s\n' "$n" "$secs" "$(awk -v k="$kb" 'BEGIN { printf "%.0f", k / 1024 }')"
    done
fi
exit $status
