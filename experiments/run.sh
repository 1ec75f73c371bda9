#!/usr/bin/env bash
# Reruns the experiment suite (or the experiments named as arguments) and regenerates every table:
#   experiments/run.sh                  # the whole suite, about 7.5 minutes
#   experiments/run.sh slow-vs-fast     # one experiment
#   experiments/run.sh --report-only    # only the tables, from the committed runs
#   experiments/run.sh --virtual-only   # the twins and sweeps again, from the committed runs, then the tables
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build ClockSim -c Release --nologo -v quiet
exec dotnet run -c Release --no-build --project ClockSim -- experiments "$@"
