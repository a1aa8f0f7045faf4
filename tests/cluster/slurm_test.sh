#!/bin/sh
# A real Slurm: contrib/slurm/newsclean-array.sbatch, unchanged, as a 4-task array on a
# loopback cluster of two nodes, over every crawl dump in ../shared/warc and ones built
# from corpus pages. The outputs equal one local run's byte for byte; a task cancelled in
# the middle of a file leaves no output under its name, and the same sbatch command
# again completes the set. Every daemon is stopped by its pid at the end, pass or fail.
#
#   slurm_test.sh NEWSCLEAN NEWSCLEAN-BENCH SOURCE_DIR
set -u
test_name=slurm
cli=$(realpath "$1")
bench=$(realpath "$2")
src=$(realpath "$3")
. "$src/tests/cluster/common.sh"
work=$(mktemp -d)
chmod 755 "$work" # munged, as user munge, enters it to reach its socket
state=$work/cluster
stop() {
    t=$(now)
    sh "$src/tests/cluster/slurm-cluster.sh" down "$state"
    note "cluster stopped in $(since "$t") s"
    rm -rf "$work"
}
trap stop EXIT
trap 'exit 1' INT TERM HUP
sbatch_script=$src/contrib/slurm/newsclean-array.sbatch

make_inputs_and_reference

t=$(now)
sh "$src/tests/cluster/slurm-cluster.sh" up "$state" || fail "the cluster did not start"
export SLURM_CONF="$state/slurm.conf"
note "cluster of $(sinfo -h -N -o %N | tr '\n' ' ')up in $(since "$t") s"

# Until no task of JOB is pending or running; fails after LIMIT seconds.
wait_job() { # JOB LIMIT
    i=0
    while [ -n "$(squeue -h -j "$1" -o %i 2>/dev/null)" ]; do
        i=$((i + 1))
        [ $i -le $(($2 * 10)) ] || fail "job $1 still running after $2 s: $(squeue -j "$1")"
        sleep 0.1
    done
}

# "ID STATE EXITCODE NODE" for each task of JOB, from the controller's memory of it.
task_states() { # JOB
    scontrol -o show job "$1" | sed 's/.*ArrayTaskId=\([0-9]*\) .*JobState=\([A-Z]*\) .*ExitCode=\([0-9:]*\) .*NodeList=\([^ ]*\) .*/\1 \2 \3 \4/' |
        sort -n
}

out=$work/out
export NEWSCLEAN="$cli"
cd "$work" || fail "cannot enter $work"

# First submission: cancel task 3 while it is in the middle of the big crawl dump
# (positions 3, 7 and 11 of the list are its: 11 is corpus-pages.warc.gz).
t=$(now)
job=$(sbatch --parsable --array=0-3 "$sbatch_script" "$work/list" "$out") || fail "sbatch failed"
part=$out/.corpus-pages.warc.gz.jsonl.part
i=0
until [ -s "$part" ]; do
    i=$((i + 1))
    [ $i -le 600 ] || fail "task 3 never started writing corpus-pages.warc.gz: $(squeue; cat newsclean-*.log)"
    [ -e "$out/corpus-pages.warc.gz.jsonl" ] && fail "corpus-pages.warc.gz finished before it could be cancelled"
    sleep 0.1
done
scancel "${job}_3"
note "task ${job}_3 cancelled $(since "$t") s after sbatch, $(wc -c <"$part" 2>/dev/null || echo 0) bytes into its output"
wait_job "$job" 120
note "first array done in $(since "$t") s"
task_states "$job" >"$work/states1"
note "first array, task state exit node: $(tr '\n' ',' <"$work/states1")"
grep -q '^3 CANCELLED ' "$work/states1" || fail "task 3 not cancelled: $(cat "$work/states1")"
[ "$(grep -c ' COMPLETED 0:0 ' "$work/states1")" -eq 3 ] || fail "tasks 0-2: $(cat "$work/states1")"
grep -q 'some documents failed' "newsclean-${job}_1.log" ||
    fail "task 1 (example-trunc.warc) did not report its failed document: $(cat "newsclean-${job}_1.log")"
# The cancelled input has no output under its name, nor a summary, nor its temporary file
# (SIGTERM removes it); every other input is complete.
[ -e "$out/corpus-pages.warc.gz.jsonl" ] && fail "the cancelled input has an output"
[ -e "$out/corpus-pages.warc.gz.done.json" ] && fail "the cancelled input has a summary"
[ -e "$part" ] && fail "the cancelled task left its temporary file"
[ "$(ls -A "$out" | wc -l)" -eq $((2 * (n_inputs - 1))) ] || fail "after the cancel: $(ls -A "$out")"

# The same command again: the set is complete and equal to the local run's.
t=$(now)
job2=$(sbatch --parsable --array=0-3 "$sbatch_script" "$work/list" "$out") || fail "sbatch failed"
wait_job "$job2" 120
note "second array done in $(since "$t") s"
task_states "$job2" >"$work/states2"
note "second array, task state exit node: $(tr '\n' ',' <"$work/states2")"
[ "$(grep -c ' COMPLETED 0:0 ' "$work/states2")" -eq 4 ] || fail "second array: $(cat "$work/states2")"
cut -d' ' -f4 "$work/states1" "$work/states2" | sort -u | tr '\n' ' ' | grep -q 'n1 n2' ||
    fail "the tasks did not run on both nodes: $(cat "$work/states1" "$work/states2")"
# Tasks 0-2 had nothing left to do; task 3 skipped its two done inputs.
for i in 0 1 2; do
    grep -q 'already done' "newsclean-${job2}_$i.log" || fail "task $i redid work: $(cat "newsclean-${job2}_$i.log")"
done
grep -q '^newsclean: 2 inputs already done' "newsclean-${job2}_3.log" ||
    fail "task 3: $(cat "newsclean-${job2}_3.log")"
same_as_reference "$out"
echo "slurm: 1 passed, 0 failed"
