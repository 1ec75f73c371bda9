#!/bin/bash
# A sweep over GNU parallel: shards 1 to N on this machine, or over ssh on the hosts of a lab, then the merge.
#
#   experiments/sweeps/cluster/parallel.sh default 4                         # 4 shards here, one at a time per 2 cores
#   HOSTS=lab1,lab2,lab3,lab4 experiments/sweeps/cluster/parallel.sh default 4
#
# Locally the shards go to experiments/sweeps/results/<name>.shards/K-of-N/. Over ssh, every host runs the command in
# REMOTE_DIR (default: this folder's path), which must be the same repository, built (dotnet build -c Release
# ClockSim), on a file system every host shares (an NFS home): the shards land there, and the merge runs here once
# every shard has finished. Set SHARD_DIR to put the shards elsewhere on that shared file system. A shard that failed
# or was interrupted is named by the merge's refusal; run it again with `parallel.sh NAME N K`.
set -euo pipefail

SWEEP="${1:?give the sweep: a name under experiments/sweeps/ or a sweep file}"
SHARDS="${2:?give N, the number of shards}"
shift 2
ONLY=("$@")
CLOCKSIM="${CLOCKSIM:-dotnet ClockSim/bin/Release/net10.0/ClockSim.dll}"
REMOTE_DIR="${REMOTE_DIR:-$PWD}"
SHARD_DIR_ARGS=()
if [[ -n "${SHARD_DIR:-}" ]]; then
  SHARD_DIR_ARGS=(--shard-dir "$SHARD_DIR")
fi

if [[ ${#ONLY[@]} -eq 0 ]]; then
  mapfile -t ONLY < <(seq 1 "$SHARDS")
fi

if [[ -n "${HOSTS:-}" ]]; then
  # One shard at a time per host: a shard already takes every core of its host.
  parallel --jobs 1 --sshlogin "$HOSTS" --workdir "$REMOTE_DIR" --halt never --tag \
    "$CLOCKSIM sweep $(printf '%q' "$SWEEP") --shard {}/$SHARDS ${SHARD_DIR_ARGS[*]@Q}" ::: "${ONLY[@]}" || true
else
  parallel --jobs 1 --halt never --tag \
    "$CLOCKSIM sweep $(printf '%q' "$SWEEP") --shard {}/$SHARDS ${SHARD_DIR_ARGS[*]@Q}" ::: "${ONLY[@]}" || true
fi

# shellcheck disable=SC2086 # CLOCKSIM is a command with its arguments.
exec $CLOCKSIM sweep merge "$SWEEP" "${SHARD_DIR_ARGS[@]}"
