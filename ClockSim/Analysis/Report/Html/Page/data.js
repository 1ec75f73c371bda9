'use strict';

/*
 * The run's data, decoded from the JSON the report embeds (its encoding is described in MachineColumns.cs) into typed
 * arrays: one machine's rows are columns indexed by row, so a run of a million events costs a few arrays, not a
 * million objects.
 */

/** Machine ids the message keys below tell apart: a virtual run has at most 1000 machines. */
const MAX_MACHINES = 1024;

/** Decodes the embedded JSON into the run the page draws. */
function decodeRun(raw) {
  const machines = raw.machines.map((columns, index) => decodeMachine(columns, index, raw));
  const run = {
    name: raw.run,
    kinds: raw.kinds,
    lanes: raw.lanes,
    peerSets: raw.peerSets,
    vectors: raw.vectors,
    clocks: raw.clocks,
    embedded: raw.embedded,
    manifest: raw.manifest,
    charts: raw.charts ?? null,
    machines,
    totalEvents: machines.reduce((sum, m) => sum + m.rows, 0),
  };
  const sends = sendRows(run);
  run.arrows = joinMessages(run, sends);
  run.stubs = undeliveredStubs(run, sends, raw.undelivered);
  return run;
}

function decodeMachine(columns, index, raw) {
  const n = columns.rows;
  const tick = new Float64Array(n);
  const time = new Float64Array(n);
  const clock = new Float64Array(n);
  const kind = new Uint8Array(n);
  let t = 0;
  let micros = 0;
  let c = 0;
  for (let r = 0; r < n; r++) {
    t += columns.tick[r];
    micros += columns.time[r];
    c += columns.clock[r];
    tick[r] = t;
    time[r] = micros / 1000;
    clock[r] = c;
    kind[r] = columns.kind.charCodeAt(r) - 48;
  }

  const messages = columns.message.length / 5;
  const messageAt = new Int32Array(n).fill(-1);
  const peer = new Int32Array(messages);
  const sender = new Int32Array(messages);
  const sequence = new Float64Array(messages);
  const carried = new Float64Array(messages);
  let row = -1;
  for (let k = 0; k < messages; k++) {
    const at = 5 * k;
    row += columns.message[at];
    messageAt[row] = k;
    peer[k] = columns.message[at + 1];
    sender[k] = columns.message[at + 2];
    sequence[k] = columns.message[at + 3];
    carried[k] = columns.message[at + 4] === null ? NaN : clock[row] - columns.message[at + 4];
  }

  const vector = raw.vectors.available ? Float64Array.from(columns.vector) : null;

  // The machine's own clock and its hybrid logical clock, in milliseconds: the readings are summed in whole nanoseconds
  // (exact up to 2^53 ns, about 104 days), then scaled.
  let physical = null;
  let hlcL = null;
  let hlcC = null;
  if (raw.clocks.available) {
    physical = new Float64Array(n);
    hlcL = new Float64Array(n);
    hlcC = Float64Array.from(columns.hlcCounter);
    let nanoseconds = 0;
    for (let r = 0; r < n; r++) {
      nanoseconds += columns.physical[r];
      physical[r] = nanoseconds / 1e6;
      hlcL[r] = (nanoseconds + columns.hlcLead[r]) / 1e6;
    }
  }

  const lane = raw.lanes[index];
  return {
    index,
    id: columns.id,
    label: lane.label,
    rate: lane.rate,
    rows: n,
    tick,
    time,
    clock,
    jump: Float64Array.from(columns.jump),
    queue: Float64Array.from(columns.queue),
    kind,
    messageAt,
    peer,
    sender,
    sequence,
    carried,
    vector,
    physical,
    hlcL,
    hlcC,
  };
}

/** The name of a row's kind, as the CSV writes it. */
function kindName(run, machine, row) {
  return run.kinds[machine.kind[row]];
}

function isSend(run, machine, row) {
  const name = kindName(run, machine, row);
  return name === 'Send' || name === 'SendAll';
}

function messageKey(sender, sequence) {
  return sequence * MAX_MACHINES + sender;
}

/** Where each message was sent: its key to [machine index, row]. */
function sendRows(run) {
  const sends = new Map();
  for (const m of run.machines) {
    for (let r = 0; r < m.rows; r++) {
      const k = m.messageAt[r];
      if (k >= 0 && m.sender[k] === m.id && isSend(run, m, r)) {
        sends.set(messageKey(m.id, m.sequence[k]), [m.index, r]);
      }
    }
  }

  return sends;
}

/**
 * One arrow per receive whose message id names a send in the run: from the send's row to the receive's row. A send to
 * all has one receive, so one arrow, per recipient. <backwards> marks the arrows whose receive the machines' own clocks
 * stamp before the send: received before it was sent, by physical time.
 */
function joinMessages(run, sends) {
  const from = [];
  const to = [];
  const backwards = [];
  for (const m of run.machines) {
    for (let r = 0; r < m.rows; r++) {
      const k = m.messageAt[r];
      if (k >= 0 && kindName(run, m, r) === 'Receive') {
        const send = sends.get(messageKey(m.sender[k], m.sequence[k]));
        if (send !== undefined) {
          from.push(send[0], send[1]);
          to.push(m.index, r);
          backwards.push(run.clocks.available && m.physical[r] < run.machines[send[0]].physical[send[1]] ? 1 : 0);
        }
      }
    }
  }

  const marked = Uint8Array.from(backwards);
  return { count: to.length / 2, from: Int32Array.from(from), to: Int32Array.from(to), backwards: marked, backwardsCount: marked.reduce((sum, b) => sum + b, 0) };
}

/** The ids of a row's peers, from its peer code: none, one machine, or a set of several. */
function peerIds(run, code) {
  if (code === 0) {
    return [];
  }

  return code > 0 ? [code] : run.peerSets[-code - 1].split(';').map(Number);
}

/** The machine with id <id> (run.json numbers them 1, 2, … in order), or undefined for an id the run does not have. */
function machineById(run, id) {
  return run.machines[id - 1];
}

/**
 * One stub per message of undelivered.csv whose send is in the report: from the send's row towards the recipient's lane.
 * A send's stubs are also listed by its row (<at>), for its tooltip.
 */
function undeliveredStubs(run, sends, undelivered) {
  const from = [];
  const to = [];
  const reasons = [];
  const at = new Map();
  for (let i = 0; i + 3 < undelivered.stubs.length; i += 4) {
    const send = sends.get(messageKey(undelivered.stubs[i], undelivered.stubs[i + 1]));
    const recipient = machineById(run, undelivered.stubs[i + 2]);
    if (send !== undefined && recipient !== undefined) {
      const key = send[1] * MAX_MACHINES + send[0];
      at.set(key, [...(at.get(key) ?? []), to.length]);
      from.push(send[0], send[1]);
      to.push(recipient.index);
      reasons.push(undelivered.reasons[undelivered.stubs[i + 3]]);
    }
  }

  return { count: to.length, from: Int32Array.from(from), to: Int32Array.from(to), reasons, at };
}

/** The stubs of undelivered messages sent at row <row> of machine <m>. */
function stubsAt(run, m, row) {
  return run.stubs.at.get(row * MAX_MACHINES + m) ?? [];
}
