'use strict';

/*
 * The page: decodes the run, builds the diagram and the window strip, wires the mouse, the keyboard and the controls
 * to them, and draws the charts. window.clockSimReport exposes what was drawn, for the browser tests and for anyone
 * curious.
 */

/** The palette, read from the style sheet's variables so the page has one definition of each colour. */
function readPalette() {
  const style = getComputedStyle(document.documentElement);
  const value = (name) => style.getPropertyValue(name).trim();
  return {
    kinds: {
      Internal: value('--kind-internal'),
      Send: value('--kind-send'),
      SendAll: value('--kind-sendall'),
      Receive: value('--kind-receive'),
    },
    past: value('--causal-past'),
    future: value('--causal-future'),
    concurrent: value('--concurrent'),
    backwards: value('--backwards'),
    selected: value('--selected'),
    message: value('--message'),
    lane: value('--lane'),
    grid: value('--grid'),
    text: value('--text'),
    muted: value('--muted'),
    focus: value('--focus'),
  };
}

function drawLegend(palette) {
  const ratio = window.devicePixelRatio || 1;
  for (const canvas of document.querySelectorAll('canvas.mark')) {
    canvas.width = Math.round(16 * ratio);
    canvas.height = Math.round(16 * ratio);
    const context = canvas.getContext('2d');
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    const path = new Path2D();
    markPath(path, canvas.dataset.kind, 8, 8, 5.5);
    context.fillStyle = palette.kinds[canvas.dataset.kind];
    context.fill(path);
  }
}

function table(head, rows) {
  const element = document.createElement('table');
  const headRow = element.createTHead().insertRow();
  for (const text of head) {
    const cell = document.createElement('th');
    cell.scope = 'col';
    cell.textContent = text;
    headRow.append(cell);
  }

  const body = element.createTBody();
  for (const row of rows) {
    const line = body.insertRow();
    for (const text of row) {
      line.insertCell().textContent = text;
    }
  }

  return element;
}

/** Every setting of run.json as a row "options.weights.internal = 7"; lists of plain values joined with commas. */
function flatten(value, prefix, rows) {
  if (value !== null && typeof value === 'object' && !(Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object'))) {
    for (const [key, inner] of Object.entries(value)) {
      flatten(inner, prefix === '' ? key : `${prefix}.${key}`, rows);
    }
  } else {
    rows.push([prefix, Array.isArray(value) ? (value.length === 0 ? '[]' : value.join(', ')) : String(value)]);
  }

  return rows;
}

/** The engine and when the run started and ended, from run.json; the summary's first line (below it) has the rest. */
function describeRun(element, manifest) {
  const facts = [
    `Engine: ${manifest.engine}${manifest.engine === 'Virtual' ? ' (simulated time: the same seed gives the same files)' : ' (real time over loopback TCP)'}`,
  ];
  if (manifest.startUtc) {
    const time = (text) => new Date(text).toISOString().slice(0, 19).replace('T', ' ');
    facts.push(`from ${time(manifest.startUtc)} to ${time(manifest.endUtc)} UTC`);
  }

  if (manifest.wallSeconds !== undefined && manifest.wallSeconds !== null) {
    facts.push(`${plainNumber(manifest.wallSeconds)} s of real time to run`);
  }

  element.textContent = facts.join(' · ');
}

function fillConfiguration(element, manifest) {
  const { machines, ...settings } = manifest;
  const columns = machines.length > 0 ? Object.keys(machines[0]) : [];
  element.replaceChildren(
    table(['Setting', 'Value'], flatten(settings, '', [])),
    table(columns, machines.map((machine) => columns.map((column) => String(machine[column] ?? '')))));
}

class ReportPage {
  constructor(run) {
    this.run = run;
    this.palette = readPalette();
    this.canvas = document.getElementById('diagram');
    this.tooltip = document.getElementById('tooltip');
    this.selectionLine = document.getElementById('selection');
    this.note = document.getElementById('window-note');
    this.unavailable = run.vectors.available ? null : run.vectors.unavailableBecause;
    this.diagram = new Diagram(this.canvas, run, this.palette);
    this.overview = new Overview(document.getElementById('overview'), this.diagram, this.palette);
    this.pointer = null;
    this.diagram.onChange = () => this.changed();
    drawLegend(this.palette);
    describeRun(document.getElementById('run-facts'), run.manifest);
    fillConfiguration(document.getElementById('configuration'), run.manifest);
    showSelection(this.selectionLine, run, null, this.unavailable);
    this.wire();
  }

  wire() {
    const canvas = this.canvas;
    canvas.addEventListener('pointerdown', (event) => this.pointerDown(event));
    canvas.addEventListener('pointermove', (event) => this.pointerMove(event));
    canvas.addEventListener('pointerup', (event) => this.pointerUp(event));
    canvas.addEventListener('pointerleave', () => this.diagram.setHover(null));
    canvas.addEventListener('wheel', (event) => this.wheel(event), { passive: false });
    canvas.addEventListener('keydown', (event) => this.keyDown(event));
    canvas.addEventListener('focus', () => this.focusFirst());
    canvas.addEventListener('blur', () => this.diagram.invalidate());
    document.getElementById('zoom-in').addEventListener('click', () => this.diagram.zoom(0.5));
    document.getElementById('zoom-out').addEventListener('click', () => this.diagram.zoom(2));
    document.getElementById('pan-left').addEventListener('click', () => this.diagram.pan(-1 / 3));
    document.getElementById('pan-right').addEventListener('click', () => this.diagram.pan(1 / 3));
    document.getElementById('show-all').addEventListener('click', () => this.diagram.showAll());
    this.lanesUp = document.getElementById('lanes-up');
    this.lanesDown = document.getElementById('lanes-down');
    this.lanesUp.hidden = !this.diagram.lanesLimited;
    this.lanesDown.hidden = !this.diagram.lanesLimited;
    this.lanesUp.addEventListener('click', () => this.diagram.scrollLanes(-this.diagram.laneCount));
    this.lanesDown.addEventListener('click', () => this.diagram.scrollLanes(this.diagram.laneCount));
    for (const radio of document.querySelectorAll('input[name="axis"]')) {
      radio.disabled = !axesOf(this.run).includes(radio.value);
      radio.addEventListener('change', () => this.diagram.setAxis(radio.value));
    }

    document.getElementById('backwards-note').textContent = this.run.clocks.available
      ? `${this.run.arrows.backwardsCount.toLocaleString('en')} of ${this.run.arrows.count.toLocaleString('en')} messages were received before they were sent by the machines' own clocks (dashed).`
      : `Machine clocks and HLC unavailable: ${this.run.clocks.unavailableBecause}.`;

    new ResizeObserver(() => {
      this.diagram.layout = null;
      this.diagram.invalidate();
    }).observe(canvas);
  }

  /** After each frame: the strip, the note on the window, and the tooltip, which follows the mark it describes. */
  changed() {
    this.overview.render();
    const run = this.run;
    const events = run.totalEvents.toLocaleString('en');
    const part = run.embedded.untilMs === null
      ? ''
      : `This run has ${run.embedded.runEvents.toLocaleString('en')} events, more than a report holds: the diagram has its first ${events}, `
        + `up to ${(run.embedded.untilMs / 1000).toFixed(1)} s of real time (the figures and charts below cover the whole run). `;
    this.note.textContent = part + (this.diagram.limited
      ? `The diagram draws at most ${EVENTS_IN_VIEW.toLocaleString('en')} of its ${events} events at a time, so it shows a window of the run: `
        + 'move it with the strip below, the Earlier and Later buttons, or Shift + arrow keys.'
      : `All ${events} events and ${run.arrows.count.toLocaleString('en')} messages can be drawn at once: Show all draws them.`)
      + this.lanesText();
    this.lanesUp.disabled = this.diagram.firstLane === 0;
    this.lanesDown.disabled = this.diagram.firstLane + this.diagram.laneCount === this.run.machines.length;
    for (const radio of document.querySelectorAll('input[name="axis"]')) {
      radio.checked = radio.value === this.diagram.axis;
    }

    this.placeTooltip();
  }

  /** What the lanes in view are, when they are not all the machines', and how to move them. */
  lanesText() {
    const diagram = this.diagram;
    if (!diagram.lanesLimited) {
      return '';
    }

    const first = diagram.firstLane;
    const end = first + diagram.laneCount;
    const machines = this.run.machines;
    return ` The diagram shows ${diagram.laneCount} of the ${machines.length.toLocaleString('en')} machines' lanes at a time, `
      + `now ${machines[first].label} to ${machines[end - 1].label}: move them with the Machines buttons, Page Up and Page Down, `
      + 'or the arrow keys; a message to or from a machine out of view leaves the diagram towards it.';
  }

  placeTooltip() {
    const event = this.diagram.hover ?? (document.activeElement === this.canvas ? this.diagram.focus : null);
    const x = event === null ? NaN : this.diagram.xOf(event.machine, event.row);
    if (event === null || x < this.diagram.view.x0 || x > this.diagram.view.x1 || !this.diagram.showsLane(event.machine)) {
      this.tooltip.hidden = true;
      return;
    }

    showEventDetails(this.tooltip, this.run, event.machine, event.row);
    this.tooltip.hidden = false;
    const px = this.diagram.toPixel(x);
    const py = this.diagram.laneY(event.machine);
    // Beside the mark, on whichever side leaves the tooltip inside the diagram.
    const { offsetWidth: width, offsetHeight: height } = this.tooltip;
    const left = px + 16 + width > this.diagram.layout.width ? px - 16 - width : px + 16;
    const top = py + 12 + height > this.diagram.layout.height ? py - 12 - height : py + 12;
    this.tooltip.style.left = `${Math.max(left, 0)}px`;
    this.tooltip.style.top = `${Math.max(top, 0)}px`;
  }

  /** Selects an event, or clears the selection when it is the one selected; says why when vectors are missing. */
  toggleSelection(event) {
    if (this.unavailable !== null) {
      showSelection(this.selectionLine, this.run, null, this.unavailable);
      return;
    }

    const current = this.diagram.selection;
    const same = current !== null && event !== null && current.machine === event.machine && current.row === event.row;
    const selection = event === null || same ? null : causalRelations(this.run, event.machine, event.row);
    this.diagram.setSelection(selection);
    showSelection(this.selectionLine, this.run, selection, null);
  }

  pointerDown(event) {
    this.pointer = { x: event.offsetX, y: event.offsetY, view: { ...this.diagram.view }, dragging: false };
    this.canvas.setPointerCapture(event.pointerId);
  }

  pointerMove(event) {
    const pointer = this.pointer;
    if (pointer !== null && (pointer.dragging || Math.abs(event.offsetX - pointer.x) > 4)) {
      pointer.dragging = true;
      this.canvas.classList.add('panning');
      const perPixel = (pointer.view.x1 - pointer.view.x0) / (this.diagram.layout.right - this.diagram.layout.left);
      const shift = (pointer.x - event.offsetX) * perPixel;
      this.diagram.setView(pointer.view.x0 + shift, pointer.view.x1 + shift);
      return;
    }

    this.diagram.setHover(this.diagram.eventAt(event.offsetX, event.offsetY));
  }

  pointerUp(event) {
    const pointer = this.pointer;
    this.pointer = null;
    this.canvas.releasePointerCapture(event.pointerId);
    this.canvas.classList.remove('panning');
    if (pointer === null || pointer.dragging) {
      return;
    }

    const hit = this.diagram.eventAt(event.offsetX, event.offsetY);
    if (hit !== null) {
      this.diagram.setFocus(hit);
    }

    this.toggleSelection(hit);
  }

  wheel(event) {
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      this.diagram.zoom(event.deltaY > 0 ? 1.25 : 0.8, this.diagram.fromPixel(event.offsetX));
    } else if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
      event.preventDefault();
      const delta = event.shiftKey && event.deltaX === 0 ? event.deltaY : event.deltaX;
      this.diagram.pan(Math.sign(delta) * 0.1);
    }
  }

  /** Tabbing into the diagram focuses the first event in view, so the arrow keys have somewhere to start; a click focuses its own. */
  focusFirst() {
    if (this.diagram.focus === null && this.pointer === null) {
      const { x0, x1 } = this.diagram.view;
      for (let m = this.diagram.firstLane; m < this.diagram.firstLane + this.diagram.laneCount; m++) {
        const { first, end } = this.diagram.rowsIn(m, x0, x1);
        for (let row = first; row < end; row++) {
          const x = this.diagram.xOf(m, row);
          if (x >= x0 && x <= x1) {
            this.diagram.setFocus({ machine: m, row });
            return;
          }
        }
      }
    }

    this.diagram.invalidate();
  }

  /** Moves the focus to another lane, to the event nearest the focused one along the axis. */
  focusLane(step) {
    const focus = this.diagram.focus;
    const x = this.diagram.xOf(focus.machine, focus.row);
    for (let m = focus.machine + step; m >= 0 && m < this.run.machines.length; m += step) {
      const row = this.diagram.nearestRow(m, x);
      if (row !== null) {
        this.diagram.setFocus({ machine: m, row });
        return;
      }
    }
  }

  /** Moves the lanes in view by a screenful, and the focus with them to the nearest event as many lanes away. */
  pageLanes(direction) {
    const diagram = this.diagram;
    const step = direction * diagram.laneCount;
    diagram.scrollLanes(step);
    const focus = diagram.focus;
    if (focus !== null) {
      const x = diagram.xOf(focus.machine, focus.row);
      const target = Math.min(Math.max(focus.machine + step, 0), this.run.machines.length - 1);
      const row = diagram.nearestRow(target, x);
      if (row !== null) {
        diagram.setFocus({ machine: target, row });
      }
    }
  }

  focusRow(row) {
    const focus = this.diagram.focus;
    const rows = this.run.machines[focus.machine].rows;
    this.diagram.setFocus({ machine: focus.machine, row: Math.min(Math.max(row, 0), rows - 1) });
  }

  /** The next horizontal axis the run can be drawn on, after the last back to the first. */
  nextAxis() {
    const axes = axesOf(this.run);
    this.diagram.setAxis(axes[(axes.indexOf(this.diagram.axis) + 1) % axes.length]);
  }

  keyDown(event) {
    const diagram = this.diagram;
    const focus = diagram.focus;
    const actions = {
      ArrowLeft: () => (event.shiftKey ? diagram.pan(-1 / 3) : this.focusRow(focus.row - 1)),
      ArrowRight: () => (event.shiftKey ? diagram.pan(1 / 3) : this.focusRow(focus.row + 1)),
      ArrowUp: () => this.focusLane(-1),
      ArrowDown: () => this.focusLane(1),
      PageUp: () => this.pageLanes(-1),
      PageDown: () => this.pageLanes(1),
      Home: () => this.focusRow(0),
      End: () => this.focusRow(Infinity),
      Enter: () => this.toggleSelection(focus),
      ' ': () => this.toggleSelection(focus),
      Escape: () => this.toggleSelection(null),
      '+': () => diagram.zoom(0.5),
      '=': () => diagram.zoom(0.5),
      '-': () => diagram.zoom(2),
      '_': () => diagram.zoom(2),
      0: () => diagram.showAll(),
      l: () => this.nextAxis(),
      L: () => this.nextAxis(),
    };
    const action = actions[event.key];
    const withoutFocus = ['l', 'L', 'PageUp', 'PageDown'];
    if (action === undefined || event.ctrlKey || event.metaKey || event.altKey || (focus === null && !withoutFocus.includes(event.key))) {
      return;
    }

    event.preventDefault();
    action();
  }

  /** What the tests read: the lanes, events and messages of the last frame, and where an event's mark is on screen (null when out of view). */
  testApi() {
    const run = this.run;
    const diagram = this.diagram;
    const rowOf = (machine, tick) => {
      const row = lowerBound(machine.tick, tick);
      return machine.tick[row] === tick ? row : -1;
    };
    const eventOf = (m, row) => ({ machine: run.machines[m].id, tick: run.machines[m].tick[row] });
    return Object.freeze({
      whenDrawn: () => diagram.whenDrawn(),
      axis: () => diagram.axis,
      view: () => ({ ...diagram.view }),
      limited: () => diagram.limited,
      focus: () => (diagram.focus === null ? null : eventOf(diagram.focus.machine, diagram.focus.row)),
      lanes: () => ({ first: run.machines[diagram.firstLane].id, count: diagram.laneCount, machines: run.machines.length }),
      stats: () => ({ ...diagram.stats, totalEvents: run.totalEvents, messages: run.arrows.count }),
      drawnLanes: () => diagram.drawn.lanes.map((lane) => ({ ...lane })),
      drawnEvents: () => {
        const events = [];
        const drawn = diagram.drawn.events;
        for (let i = 0; i < drawn.length; i += 5) {
          const machine = run.machines[drawn[i]];
          const row = drawn[i + 1];
          events.push({
            ...eventOf(drawn[i], row),
            kind: kindName(run, machine, row),
            lamport: machine.clock[row],
            time: machine.time[row],
            physical: machine.physical === null ? null : machine.physical[row],
            hlc: machine.hlcL === null ? null : machine.hlcL[row],
            x: drawn[i + 2],
            y: drawn[i + 3],
            relation: RELATION_NAMES[drawn[i + 4]],
          });
        }

        return events;
      },
      drawnArrows: () => Array.from(diagram.drawn.arrows, (k) => ({
        from: eventOf(run.arrows.from[2 * k], run.arrows.from[2 * k + 1]),
        to: eventOf(run.arrows.to[2 * k], run.arrows.to[2 * k + 1]),
        backwards: run.arrows.backwards[k] === 1,
      })),
      drawnStubs: () => Array.from(diagram.drawn.stubs, (k) => ({
        from: eventOf(run.stubs.from[2 * k], run.stubs.from[2 * k + 1]),
        to: run.machines[run.stubs.to[k]].id,
        reason: run.stubs.reasons[k],
      })),
      pointOf: (machineId, tick) => {
        const machine = machineById(run, machineId);
        const row = machine === undefined ? -1 : rowOf(machine, tick);
        const x = row < 0 ? NaN : diagram.xOf(machine.index, row);
        if (!(x >= diagram.view.x0 && x <= diagram.view.x1)) {
          return null;
        }

        const bounds = this.canvas.getBoundingClientRect();
        return { x: bounds.left + diagram.toPixel(x), y: bounds.top + diagram.laneY(machine.index) };
      },
    });
  }
}

/** Says at the top of <section> that <what> could not be drawn, and why. */
function showFailure(section, what, error) {
  const message = document.createElement('p');
  message.className = 'error';
  message.textContent = `${what} could not be drawn: ${error.message}`;
  section.prepend(message);
}

function main() {
  const started = performance.now();
  let run;
  try {
    run = decodeRun(JSON.parse(document.getElementById('run-data').textContent));
    const page = new ReportPage(run);
    const decodeMs = performance.now() - started;
    window.clockSimReport = { ...page.testApi(), decodeMs };
    page.diagram.whenDrawn().then(() => {
      document.body.dataset.ready = 'true';
    });
  } catch (error) {
    showFailure(document.getElementById('diagram-section'), 'The diagram', error);
    throw error;
  }

  const charts = document.getElementById('charts');
  try {
    drawCharts(charts, run.charts);
  } catch (error) {
    showFailure(charts, 'The charts', error);
    throw error;
  }
}

main();
