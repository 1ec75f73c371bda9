#!/bin/bash
# A sweep on a Slurm cluster: one array task per shard, then a merge that waits for every task.
#
#   dotnet build -c Release ClockSim                       # once, on a node that sees the shared file system
#   sbatch experiments/sweeps/cluster/slurm-array.sh default
#
# Submit from the repository root, on a file system every node sees (a shared home or project folder): each task
# writes its shard to experiments/sweeps/results/<name>.shards/K-of-N/ there, or to $SHARD_DIR/K-of-N/ when
# SHARD_DIR is set. The number of shards N is the size of the array: change --array=1-4 here, or on the command line
# (sbatch --array=1-16 …). Keep it counting from 1: --shard env/N takes K from SLURM_ARRAY_TASK_ID as it is.
# Task 1 submits `sweep merge` with --dependency=afterok on the whole array, so the results appear in
# experiments/sweeps/results/<name>/ once every shard has finished; a failed or interrupted shard leaves the merge
# pending for ever (cancel it with scancel) and is refused by a merge by hand until it is run again:
#   sbatch --array=K experiments/sweeps/cluster/slurm-array.sh default   # then: dotnet ClockSim/bin/Release/net10.0/ClockSim.dll sweep merge default
# Set MERGE=0 to merge by hand. CLOCKSIM is the command that starts the program.
#
#SBATCH --job-name=clocksim-sweep
#SBATCH --array=1-4
#SBATCH --cpus-per-task=2
#SBATCH --output=clocksim-%A_%a.out
set -euo pipefail

SWEEP="${1:?give the sweep: a name under experiments/sweeps/ or a sweep file}"
CLOCKSIM="${CLOCKSIM:-dotnet ClockSim/bin/Release/net10.0/ClockSim.dll}"
SHARDS="${SLURM_ARRAY_TASK_COUNT:?run this script with sbatch, as an array job}"
SHARD_DIR_ARGS=()
if [[ -n "${SHARD_DIR:-}" ]]; then
  SHARD_DIR_ARGS=(--shard-dir "$SHARD_DIR")
fi

if [[ "$SLURM_ARRAY_TASK_ID" == "${SLURM_ARRAY_TASK_MIN:-1}" && "${MERGE:-1}" != 0 ]]; then
  merge="$CLOCKSIM sweep merge $(printf '%q' "$SWEEP")"
  if [[ -n "${SHARD_DIR:-}" ]]; then
    merge+=" --shard-dir $(printf '%q' "$SHARD_DIR")"
  fi
  sbatch --parsable --job-name=clocksim-merge --dependency="afterok:${SLURM_ARRAY_JOB_ID}" \
    --output="clocksim-${SLURM_ARRAY_JOB_ID}_merge.out" --wrap "$merge"
fi

# shellcheck disable=SC2086 # CLOCKSIM is a command with its arguments.
exec $CLOCKSIM sweep "$SWEEP" --shard "env/$SHARDS" "${SHARD_DIR_ARGS[@]}"
