'use strict';

/*
 * Happened-before from the vector clocks: event a (tick t on machine i) happened before event b exactly when b's
 * vector entry for i is at least t. So the causal past of a on machine j is every row whose tick is at most a's entry
 * for j, and the causal future of a is every row whose entry for i has reached t.
 */

/** How an event stands to the selected one; also the order in which the diagram draws them. */
const Relation = Object.freeze({ None: 0, Concurrent: 1, Past: 2, Future: 3, Selected: 4 });

const RELATION_NAMES = ['none', 'concurrent', 'past', 'future', 'selected'];

/** The last vector rebuilt, kept for the tooltip, which asks for the same event again as the page redraws. */
let lastVector = { run: null, m: -1, row: -1, vector: null };

/** The vector clock after row <row> of machine <m>, rebuilt from the differences the report stores. */
function vectorOf(run, m, row) {
  if (lastVector.run !== run || lastVector.m !== m || lastVector.row !== row) {
    lastVector = { run, m, row, vector: rebuildVector(run, m, row) };
  }

  return lastVector.vector;
}

function rebuildVector(run, m, row) {
  const machine = run.machines[m];
  const vector = new Float64Array(run.machines.length);
  const stream = machine.vector;
  let p = 0;
  for (let r = 0; r <= row; r++) {
    vector[m] += 1;
    const changed = stream[p++];
    for (let q = 0; q < changed; q++) {
      vector[stream[p]] += stream[p + 1];
      p += 2;
    }
  }

  return vector;
}

/**
 * The relation of every event to the event at row <row> of machine <m>, one Uint8Array per machine, with the counts
 * the page reports: the causal past, the causal future, and the concurrent events split by where Lamport's clock puts
 * them (before the selected event, after it, or at the same clock).
 */
function causalRelations(run, m, row) {
  const selected = run.machines[m];
  const past = vectorOf(run, m, row);
  const tick = selected.tick[row];
  const lamport = selected.clock[row];
  const counts = { past: 0, future: 0, concurrent: 0, lamportBefore: 0, lamportAfter: 0, lamportTie: 0 };
  const relations = run.machines.map((machine) => {
    const states = new Uint8Array(machine.rows);
    const stream = machine.vector;
    const own = machine.index === m;
    let entry = 0;
    let p = 0;
    for (let r = 0; r < machine.rows; r++) {
      if (own) {
        entry += 1;
      }

      const changed = stream[p++];
      for (let q = 0; q < changed; q++) {
        if (stream[p] === m) {
          entry += stream[p + 1];
        }

        p += 2;
      }

      if (own && r === row) {
        states[r] = Relation.Selected;
      } else if (past[machine.index] >= machine.tick[r]) {
        states[r] = Relation.Past;
        counts.past++;
      } else if (entry >= tick) {
        states[r] = Relation.Future;
        counts.future++;
      } else {
        states[r] = Relation.Concurrent;
        counts.concurrent++;
        const clock = machine.clock[r];
        if (clock < lamport) {
          counts.lamportBefore++;
        } else if (clock > lamport) {
          counts.lamportAfter++;
        } else {
          counts.lamportTie++;
        }
      }
    }

    return states;
  });

  return { machine: m, row, relations, counts };
}
