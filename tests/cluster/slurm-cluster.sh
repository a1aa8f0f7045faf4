#!/bin/sh
# A Slurm cluster of two nodes on 127.0.0.1, for tests: munged, slurmctld and two slurmd,
# all state, logs and pid files in STATE_DIR. Needs root and Debian's slurm-wlm and munge
# (.ci/install-cluster-deps); works without systemd.
#
#   slurm-cluster.sh up STATE_DIR     start it; clients then need SLURM_CONF=STATE_DIR/slurm.conf
#   slurm-cluster.sh down STATE_DIR   stop every daemon it started, by pid
#
# What a loopback cluster needs, measured on a Debian 12 machine without systemd: munged
# runs as user munge, with its socket in a directory all may enter; the daemons run as
# root (SlurmUser=root); each slurmd is one node (-N NAME) with a Port of its own;
# proctrack/linuxproc and task/none need no cgroups; the scheduler looks every second.
# Ports: SLURM_TEST_PORT (default 16817) and the next five.
set -eu
cmd=${1:-}
state=${2:-}
[ -n "$cmd" ] && [ -n "$state" ] || { echo "usage: $0 up|down STATE_DIR" >&2; exit 2; }

stop_pid_file() { # FILE: TERM the process it names, KILL it if it lingers
    [ -s "$1" ] || return 0
    pid=$(cat "$1")
    kill "$pid" 2>/dev/null || { rm -f "$1"; return 0; }
    i=0
    while kill -0 "$pid" 2>/dev/null && [ $i -lt 50 ]; do
        # A daemon that is gone but not yet reaped shows as Z: it is stopped.
        [ "$(ps -o stat= -p "$pid" 2>/dev/null | cut -c1)" = Z ] && break
        sleep 0.1
        i=$((i + 1))
    done
    if kill -0 "$pid" 2>/dev/null && [ "$(ps -o stat= -p "$pid" | cut -c1)" != Z ]; then
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$1"
}

case $cmd in
down)
    # Jobs first, so that no task outlives its slurmd; then the nodes, the controller and
    # munged, each by the pid it wrote.
    if [ -f "$state/slurm.conf" ] && [ -s "$state/ctld/slurmctld.pid" ]; then
        SLURM_CONF=$state/slurm.conf scancel --quiet --full --user=root 2>/dev/null || true
    fi
    for f in "$state"/n1/slurmd.pid "$state"/n2/slurmd.pid "$state"/ctld/slurmctld.pid \
        "$state"/munge/munged.pid; do
        stop_pid_file "$f"
    done
    exit 0
    ;;
up) ;;
*)
    echo "usage: $0 up|down STATE_DIR" >&2
    exit 2
    ;;
esac

[ "$(id -u)" = 0 ] || { echo "$0: needs root (slurmd runs the jobs, munged runs as munge)" >&2; exit 1; }
for tool in munged slurmctld slurmd sinfo; do
    command -v $tool >/dev/null || PATH=$PATH:/usr/sbin
    command -v $tool >/dev/null || { echo "$0: no $tool: run .ci/install-cluster-deps" >&2; exit 1; }
done
id munge >/dev/null 2>&1 || { echo "$0: no user munge: install Debian's munge" >&2; exit 1; }

mkdir -p "$state"
state=$(cd "$state" && pwd)
chmod 755 "$state"
mkdir -p "$state/munge" "$state/ctld" "$state/n1" "$state/n2"
port=${SLURM_TEST_PORT:-16817}
host=$(uname -n | cut -d. -f1)

runuser -u munge -- test -x "$state" ||
    { echo "$0: user munge cannot enter $state: give its directories o+x" >&2; exit 1; }
# A key of its own, so the test needs nothing from /etc/munge.
chown munge:munge "$state/munge"
chmod 755 "$state/munge"
[ -f "$state/munge/munge.key" ] || dd if=/dev/urandom of="$state/munge/munge.key" bs=128 count=1 2>/dev/null
chown munge:munge "$state/munge/munge.key"
chmod 600 "$state/munge/munge.key"
socket=$state/munge/munge.socket
runuser -u munge -- munged --key-file="$state/munge/munge.key" --socket="$socket" \
    --pid-file="$state/munge/munged.pid" --log-file="$state/munge/munged.log" \
    --seed-file="$state/munge/munged.seed"

cat >"$state/slurm.conf" <<CONF
ClusterName=newsclean-test
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$((port + 1))
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$socket
StateSaveLocation=$state/ctld
SlurmdSpoolDir=$state/%n
SlurmctldPidFile=$state/ctld/slurmctld.pid
SlurmdPidFile=$state/%n/slurmd.pid
SlurmctldLogFile=$state/ctld/slurmctld.log
SlurmdLogFile=$state/%n/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SchedulerParameters=sched_interval=1,bf_interval=1
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SlurmdParameters=config_overrides
MpiDefault=none
ReturnToService=2
KillWait=5
NodeName=n1 NodeHostname=$host NodeAddr=127.0.0.1 Port=$((port + 4)) CPUs=2 State=UNKNOWN
NodeName=n2 NodeHostname=$host NodeAddr=127.0.0.1 Port=$((port + 5)) CPUs=2 State=UNKNOWN
PartitionName=test Nodes=n1,n2 Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$state/slurm.conf"
slurmctld -f "$SLURM_CONF" -i
slurmd -f "$SLURM_CONF" -N n1
slurmd -f "$SLURM_CONF" -N n2

# Up when both nodes are idle.
i=0
until [ "$(sinfo -h -N -o '%N %t' 2>/dev/null | grep -c ' idle$')" = 2 ]; do
    i=$((i + 1))
    if [ $i -ge 300 ]; then
        echo "$0: the nodes did not come up in 30 s:" >&2
        sinfo -N >&2 || true
        tail -n 20 "$state/ctld/slurmctld.log" "$state/n1/slurmd.log" >&2 || true
        exit 1
    fi
    sleep 0.1
done
