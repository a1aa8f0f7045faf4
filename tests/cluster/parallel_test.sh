#!/bin/sh
# GNU parallel: contrib/parallel/newsclean-parallel over the same list as the Slurm test,
# on this machine, and as remote jobs over ssh to 127.0.0.1 (an sshd of the test's own,
# on a port of its own, stopped by its pid at the end). Each gives the same outputs as
# one local run, byte for byte; a rerun after losing an output redoes only that input.
#
#   parallel_test.sh NEWSCLEAN NEWSCLEAN-BENCH SOURCE_DIR
set -u
test_name=parallel
cli=$(realpath "$1")
bench=$(realpath "$2")
src=$(realpath "$3")
. "$src/tests/cluster/common.sh"
work=$(mktemp -d)
ssh_dir=$work/ssh
stop() {
    if [ -s "$ssh_dir/sshd.pid" ]; then
        kill "$(cat "$ssh_dir/sshd.pid")" 2>/dev/null
        note "sshd stopped"
    fi
    rm -rf "$work"
}
trap stop EXIT
trap 'exit 1' INT TERM HUP
recipe=$src/contrib/parallel/newsclean-parallel
export NEWSCLEAN="$cli"
command -v parallel >/dev/null || fail "no GNU parallel: run .ci/install-cluster-deps"

make_inputs_and_reference
cd "$work" || fail "cannot enter $work"

# On this machine: 5 shares, and then again after an output and a summary were lost.
t=$(now)
sh "$recipe" -n 5 "$work/list" "$work/local" 2>"$work/err" || fail "local run: $(cat "$work/err")"
note "local: 5 shares in $(since "$t") s"
same_as_reference "$work/local"
rm "$work/local/corpus-pages-plain.warc.jsonl" "$work/local/example.warc.done.json"
t=$(now)
sh "$recipe" -n 5 "$work/list" "$work/local" 2>"$work/err" || fail "local rerun: $(cat "$work/err")"
note "local rerun in $(since "$t") s"
[ "$(grep -o '[0-9]* inputs\{0,1\} already done' "$work/err" | awk '{ n += $1 } END { print n }')" -eq $((n_inputs - 2)) ] ||
    fail "the rerun did not skip the $((n_inputs - 2)) inputs done: $(cat "$work/err")"
same_as_reference "$work/local"

# Over ssh to 127.0.0.1, gzipped outputs.
sshd=/usr/sbin/sshd
[ -x "$sshd" ] || fail "no $sshd: run .ci/install-cluster-deps"
[ "$(id -u)" = 0 ] || fail "needs root to start sshd"
mkdir -p "$ssh_dir"
ssh-keygen -q -t ed25519 -N '' -f "$ssh_dir/host_key" || fail "ssh-keygen failed"
ssh-keygen -q -t ed25519 -N '' -f "$ssh_dir/client_key" || fail "ssh-keygen failed"
cp "$ssh_dir/client_key.pub" "$ssh_dir/authorized_keys"
port=${SSH_TEST_PORT:-16830}
cat >"$ssh_dir/sshd_config" <<CONF
Port $port
ListenAddress 127.0.0.1
HostKey $ssh_dir/host_key
PidFile $ssh_dir/sshd.pid
AuthorizedKeysFile $ssh_dir/authorized_keys
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
PrintMotd no
LogLevel VERBOSE
CONF
# Debian's sshd wants its privilege separation directory, which its init script makes.
mkdir -p /run/sshd
t=$(now)
"$sshd" -f "$ssh_dir/sshd_config" -E "$ssh_dir/sshd.log" || fail "sshd did not start: $(cat "$ssh_dir/sshd.log")"
ssh_cmd="ssh -p $port -i $ssh_dir/client_key -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o BatchMode=yes -o LogLevel=ERROR"
i=0
until $ssh_cmd 127.0.0.1 true 2>/dev/null; do
    i=$((i + 1))
    [ $i -le 50 ] || fail "no ssh to 127.0.0.1:$port: $(cat "$ssh_dir/sshd.log")"
    sleep 0.1
done
note "sshd on 127.0.0.1:$port up in $(since "$t") s"
echo "2/$ssh_cmd 127.0.0.1" >"$work/hosts"
before=$(grep -c 'Accepted publickey for root from 127.0.0.1' "$ssh_dir/sshd.log")
t=$(now)
sh "$recipe" -S "$work/hosts" -n 5 "$work/list" "$work/remote" --compress 2>"$work/err" ||
    fail "run over ssh: $(cat "$work/err")"
note "over ssh: 5 shares in $(since "$t") s"
logins=$(($(grep -c 'Accepted publickey for root from 127.0.0.1' "$ssh_dir/sshd.log") - before))
[ "$logins" -ge 5 ] || fail "$logins ssh logins for 5 shares: the jobs did not run over ssh"
note "$logins ssh logins for 5 shares"
same_as_reference "$work/remote" gz
echo "parallel: 1 passed, 0 failed"
