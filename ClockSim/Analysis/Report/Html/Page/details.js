'use strict';

/* What the page says about one event (the tooltip) and about a selection (the line under the diagram). */

/** A number as the CSV writes it: invariant, no grouping, a dot for decimals, up to three of them. */
function plainNumber(value) {
  return Number.isFinite(value) ? String(Math.round(value * 1000) / 1000) : '—';
}

function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function laneLabel(run, id) {
  const machine = machineById(run, id);
  return machine === undefined ? `M${id}` : machine.label;
}

/** A reading in milliseconds as the CSV writes it: to the nanosecond, no more digits than it needs. */
function readingText(ms) {
  return Number.isFinite(ms) ? String(Math.round(ms * 1e6) / 1e6) : '—';
}

/** Every field of an event, as [field, label, text]; the field names are the tooltip's data-field attributes. */
function eventFields(run, m, row) {
  const machine = run.machines[m];
  const kind = kindName(run, machine, row);
  const clock = machine.clock[row];
  const jump = machine.jump[row];
  const fields = [
    ['tick', 'Tick', plainNumber(machine.tick[row])],
    ['kind', 'Event', kind],
    ['time', 'Real time', `${plainNumber(machine.time[row])} ms`],
    ['lamport', 'Lamport clock', `${plainNumber(clock - jump)} → ${plainNumber(clock)}`],
    ['jump', 'Jump', plainNumber(jump)],
    ['vector', 'Vector clock', run.vectors.available ? Array.from(vectorOf(run, m, row), plainNumber).join(';') : 'not recorded'],
    ['queue', 'Queue after', plainNumber(machine.queue[row])],
  ];
  if (run.clocks.available) {
    fields.splice(4, 0,
      ['physical', 'Machine clock', `${readingText(machine.physical[row])} ms`],
      ['hlc', 'HLC', `${readingText(machine.hlcL[row])}:${plainNumber(machine.hlcC[row])}`]);
  }

  const k = machine.messageAt[row];
  if (k >= 0) {
    const peers = peerIds(run, machine.peer[k]);
    if (peers.length > 0) {
      fields.push(['peer', kind === 'Receive' ? 'From' : 'To', peers.map((id) => laneLabel(run, id)).join(', ')]);
    }

    if (machine.sender[k] > 0) {
      fields.push(['message', 'Message id', `${machine.sender[k]}-${plainNumber(machine.sequence[k])}`]);
    }

    if (!Number.isNaN(machine.carried[k])) {
      fields.push(['carried', 'Message clock', plainNumber(machine.carried[k])]);
    }
  }

  const stubs = stubsAt(run, m, row);
  if (stubs.length > 0) {
    fields.push(['undelivered', 'Not delivered', stubs.map((s) => `${run.machines[run.stubs.to[s]].label}: ${run.stubs.reasons[s]}`).join('; ')]);
  }

  return fields;
}

function eventTitle(run, m, row) {
  const machine = run.machines[m];
  return `${machine.label}, tick ${plainNumber(machine.tick[row])}: ${kindName(run, machine, row)}`;
}

/** Fills <element> with the event's title and fields, as text (nothing from the data becomes markup). */
function showEventDetails(element, run, m, row) {
  const title = document.createElement('div');
  title.className = 'title';
  title.textContent = eventTitle(run, m, row);
  const list = document.createElement('dl');
  for (const [field, label, text] of eventFields(run, m, row)) {
    const term = document.createElement('dt');
    term.textContent = label;
    const value = document.createElement('dd');
    value.dataset.field = field;
    value.textContent = text;
    list.append(term, value);
  }

  element.replaceChildren(title, list);
}

function span(className, text) {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

/** The four clocks of an event in one phrase: its machine's clock, Lamport's, the vector and the HLC. */
function fourClocks(run, m, row) {
  const fields = new Map(eventFields(run, m, row).map(([field, , text]) => [field, text]));
  const lamport = plainNumber(run.machines[m].clock[row]);
  return run.clocks.available
    ? `machine clock ${fields.get('physical')}, Lamport ${lamport}, vector ${fields.get('vector')}, HLC ${fields.get('hlc')}`
    : `Lamport ${lamport}, vector ${fields.get('vector')}`;
}

/** The line under the diagram: what is selected (with its four clocks) and how many events stand in each relation to it. */
function showSelection(element, run, selection, unavailable) {
  if (unavailable !== null) {
    element.textContent = `Causal past and future unavailable: ${unavailable}. The diagram, the tooltips and the Lamport axis still work.`;
    return;
  }

  if (selection === null) {
    element.textContent = 'Click an event, or focus one with the arrow keys and press Enter, to see what it could have influenced and what could have influenced it.';
    return;
  }

  const c = selection.counts;
  const invented = c.lamportBefore + c.lamportAfter;
  element.replaceChildren(
    `Selected ${eventTitle(run, selection.machine, selection.row)}: ${fourClocks(run, selection.machine, selection.row)}. `,
    span('past', `Causal past: ${plural(c.past, 'event')}`),
    '; ',
    span('future', `causal future: ${plural(c.future, 'event')}`),
    '; ',
    span('concurrent', `concurrent: ${plural(c.concurrent, 'event')}`),
    `, of which Lamport's clock puts ${c.lamportBefore} before it and ${c.lamportAfter} after it`
      + `${c.lamportTie > 0 ? ` (${c.lamportTie} at the same clock)` : ''}: ${plural(invented, 'order')} the clock invents. `
      + 'Click it again or press Esc to clear.');
}
