'use strict';

/*
 * The space-time diagram: a lane per machine, a mark per event, a line per message, drawn on a canvas. Only the events
 * and messages inside the window in view are visited (each lane's rows are sorted along both axes, so the window is two
 * binary searches per lane), and the window never holds more than about EVENTS_IN_VIEW events, so every frame costs
 * the same however long the run is.
 */

/**
 * The most events the diagram draws at once; a larger run is shown a window at a time (see maxSpan). Measured in
 * headless Chromium on two cores without a GPU: 20,000 events and their 13,000 messages draw in about 30 ms.
 */
const EVENTS_IN_VIEW = 20000;

/** Above this many messages in the window, they are drawn without arrowheads. */
const ARROWHEADS_IN_VIEW = 3000;

/**
 * The most lanes the diagram shows at once. A run with more machines is shown this many lanes at a time, so that every
 * lane keeps a readable height however many machines there are; a message to or from a lane out of view is drawn
 * leaving the diagram towards it.
 */
const LANES_IN_VIEW = 32;

/** The window the page opens on leaves about this many pixels between the marks of the busiest lane. */
const READABLE_PIXELS = 14;

/**
 * The horizontal axes: where each event sits, and how a position is written. The machine clocks and the HLC need the
 * readings of a run written with them (<clocks>); milliseconds are written in seconds once a step is that long.
 */
const AXES = Object.freeze({
  time: { title: 'Real time', of: (machine) => machine.time, minSpan: 0.05, milliseconds: true, clocks: false },
  physical: { title: 'Machine clocks', of: (machine) => machine.physical, minSpan: 0.05, milliseconds: true, clocks: true },
  lamport: { title: 'Lamport clock', of: (machine) => machine.clock, minSpan: 4, milliseconds: false, clocks: false },
  hlc: { title: 'HLC', of: (machine) => machine.hlcL, minSpan: 0.05, milliseconds: true, clocks: true },
});

/** The axes <run> can be drawn on, in the order of <AXES>. */
function axesOf(run) {
  return Object.keys(AXES).filter((axis) => !AXES[axis].clocks || run.clocks.available);
}

/** Adds the mark of an event of <kind> centred on (x, y) to <path>: the shape tells the kind apart without colour. */
function markPath(path, kind, x, y, r) {
  switch (kind) {
    case 'Send':
      path.moveTo(x, y - r * 1.1);
      path.lineTo(x + r, y + r * 0.75);
      path.lineTo(x - r, y + r * 0.75);
      path.closePath();
      break;
    case 'SendAll':
      path.moveTo(x, y - r * 1.25);
      path.lineTo(x + r * 1.25, y);
      path.lineTo(x, y + r * 1.25);
      path.lineTo(x - r * 1.25, y);
      path.closePath();
      break;
    case 'Receive':
      path.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
      break;
    default:
      path.moveTo(x + r * 0.8, y);
      path.arc(x, y, r * 0.8, 0, 2 * Math.PI);
  }
}

/**
 * Shapes of one style, in paths of at most CHUNK shapes: a canvas strokes one path of tens of thousands of overlapping
 * lines far more slowly than many small paths (measured in Chromium: 25,000 messages took 2.6 s a frame in one path,
 * 45 ms in paths of 200).
 */
class PathChunks {
  static CHUNK = 200;

  constructor() {
    this.paths = [];
    this.count = PathChunks.CHUNK;
  }

  /** The path to add the next shape to. */
  next() {
    if (this.count === PathChunks.CHUNK) {
      this.paths.push(new Path2D());
      this.count = 0;
    }

    this.count++;
    return this.paths[this.paths.length - 1];
  }

  fill(context) {
    for (const path of this.paths) {
      context.fill(path);
    }
  }

  stroke(context) {
    for (const path of this.paths) {
      context.stroke(path);
    }
  }
}

/** The first index of sorted <values> whose value is at least <x>. */
function lowerBound(values, x, end = values.length) {
  let low = 0;
  let high = end;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle] < x) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }

  return low;
}

/** The first index of sorted <values> whose value is above <x>. */
function upperBound(values, x, end = values.length) {
  let low = 0;
  let high = end;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle] <= x) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }

  return low;
}

function isSorted(values) {
  for (let i = 1; i < values.length; i++) {
    if (values[i] < values[i - 1]) {
      return false;
    }
  }

  return true;
}

/** A round step (1, 2 or 5 times a power of ten) near <raw>. */
function niceStep(raw) {
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit < 1.5 ? 1 : unit < 3.5 ? 2 : unit < 7.5 ? 5 : 10) * power;
}

/**
 * Links between events (messages, or stubs whose two ends are their send) along one axis, for finding those that cross
 * a window: each link's span, sorted by its start, and the longest span, so the links that touch [x0, x1] are those
 * starting in [x0 − longest, x1].
 */
function linkIndex(run, axis, links) {
  const n = links.count;
  const low = new Float64Array(n);
  const high = new Float64Array(n);
  let longest = 0;
  for (let k = 0; k < n; k++) {
    const a = AXES[axis].of(run.machines[links.from[2 * k]])[links.from[2 * k + 1]];
    const b = AXES[axis].of(run.machines[links.to[2 * k]])[links.to[2 * k + 1]];
    low[k] = Math.min(a, b);
    high[k] = Math.max(a, b);
    longest = Math.max(longest, high[k] - low[k]);
  }

  const order = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    order[k] = k;
  }

  order.sort((a, b) => low[a] - low[b]);
  return { high, order, starts: Float64Array.from(order, (k) => low[k]), longest };
}

class Diagram {
  constructor(canvas, run, palette) {
    this.canvas = canvas;
    this.context = canvas.getContext('2d');
    this.run = run;
    this.palette = palette;
    this.axis = 'time';
    this.firstLane = 0;
    this.selection = null;
    this.focus = null;
    this.hover = null;
    this.onChange = () => {};
    this.sorted = {};
    this.messages = {};
    this.stubs = {};
    this.extents = {};
    for (const axis of axesOf(run)) {
      this.sorted[axis] = run.machines.map((machine) => isSorted(AXES[axis].of(machine)));
      this.extents[axis] = this.extentOf(axis);
    }

    this.layout = null;
    this.drawn = { lanes: [], events: [], arrows: [], stubs: [] };
    this.stats = { frames: 0, lastMs: 0, events: 0, arrows: 0 };
    this.frame = null;
    this.resolveFrame = null;
    this.showReadable();
  }

  /** Opens on the start of the run, zoomed so that the marks of the busiest lane stand apart. */
  showReadable() {
    const extent = this.extents[this.axis];
    const whole = extent.high - extent.low;
    const busiest = Math.max(...this.run.machines.map((machine) => machine.rows));
    const span = (Math.max(this.canvas.clientWidth, 320) / READABLE_PIXELS) * (whole / Math.max(busiest, 1));
    this.view = { x0: extent.low, x1: extent.low };
    this.setView(extent.low, extent.low + span);
  }

  /** The axis's range: from 0 (the run's start, or clock 0) to its largest value. */
  extentOf(axis) {
    let high = 0;
    let low = 0;
    for (const machine of this.run.machines) {
      const values = AXES[axis].of(machine);
      for (let r = 0; r < values.length; r++) {
        high = Math.max(high, values[r]);
        low = Math.min(low, values[r]);
      }
    }

    return { low, high: Math.max(high, low + AXES[axis].minSpan) };
  }

  /** The widest window the diagram draws: the whole run, or as much of it as holds about EVENTS_IN_VIEW events. */
  maxSpan(axis = this.axis) {
    const extent = this.extents[axis];
    const whole = extent.high - extent.low;
    return this.run.totalEvents <= EVENTS_IN_VIEW ? whole : whole * (EVENTS_IN_VIEW / this.run.totalEvents);
  }

  /** How many lanes are in view: every machine's, or LANES_IN_VIEW of them. */
  get laneCount() {
    return Math.min(this.run.machines.length, LANES_IN_VIEW);
  }

  /** Whether the diagram shows some of the machines' lanes only, because there are more than LANES_IN_VIEW. */
  get lanesLimited() {
    return this.run.machines.length > LANES_IN_VIEW;
  }

  /** Whether machine <m>'s lane is in view. */
  showsLane(m) {
    return m >= this.firstLane && m < this.firstLane + this.laneCount;
  }

  /** Shows the lanes from machine <first> on (0-based), as far as there are machines. */
  setFirstLane(first) {
    const clamped = Math.min(Math.max(Math.round(first), 0), this.run.machines.length - this.laneCount);
    if (clamped !== this.firstLane) {
      this.firstLane = clamped;
      this.invalidate();
    }
  }

  /** Moves the lanes in view by <step> machines (negative: towards machine 1). */
  scrollLanes(step) {
    this.setFirstLane(this.firstLane + step);
  }

  /** Moves the lanes in view, if need be, so that machine <m>'s lane is among them. */
  revealLane(m) {
    if (m < this.firstLane) {
      this.setFirstLane(m);
    } else if (m >= this.firstLane + this.laneCount) {
      this.setFirstLane(m - this.laneCount + 1);
    }
  }

  /** Whether the window is narrower than the run because the run is too large to draw whole. */
  get limited() {
    return this.run.totalEvents > EVENTS_IN_VIEW;
  }

  setView(x0, x1) {
    const extent = this.extents[this.axis];
    const span = Math.min(Math.max(x1 - x0, AXES[this.axis].minSpan), this.maxSpan(), extent.high - extent.low);
    const centre = (x0 + x1) / 2;
    let start = centre - span / 2;
    start = Math.min(Math.max(start, extent.low), extent.high - span);
    this.view = { x0: start, x1: start + span };
    this.invalidate();
  }

  showAll() {
    const extent = this.extents[this.axis];
    const around = this.anchorX();
    const span = this.maxSpan();
    if (around === null || !this.limited) {
      this.view = { x0: extent.low, x1: extent.low + span };
      this.invalidate();
    } else {
      this.setView(around - span / 2, around + span / 2);
    }
  }

  zoom(factor, centre = this.anchorX()) {
    const c = centre ?? (this.view.x0 + this.view.x1) / 2;
    this.setView(c - (c - this.view.x0) * factor, c + (this.view.x1 - c) * factor);
  }

  pan(share) {
    const shift = (this.view.x1 - this.view.x0) * share;
    this.setView(this.view.x0 + shift, this.view.x1 + shift);
  }

  /** Switches the axis, keeping the focused or selected event in view, and the window as wide a share of the run. */
  setAxis(axis) {
    if (axis === this.axis) {
      return;
    }

    const before = this.extents[this.axis];
    const share = (this.view.x1 - this.view.x0) / (before.high - before.low);
    const position = ((this.view.x0 + this.view.x1) / 2 - before.low) / (before.high - before.low);
    this.axis = axis;
    const after = this.extents[axis];
    const span = share * (after.high - after.low);
    const centre = this.anchorX() ?? after.low + position * (after.high - after.low);
    this.setView(centre - span / 2, centre + span / 2);
  }

  /** Where the focused (else the selected) event sits on the axis, if it is in view; else null. */
  anchorX() {
    const event = this.focus ?? (this.selection === null ? null : { machine: this.selection.machine, row: this.selection.row });
    if (event === null || this.view === undefined) {
      return null;
    }

    const x = this.xOf(event.machine, event.row);
    return x >= this.view.x0 && x <= this.view.x1 ? x : null;
  }

  xOf(m, row) {
    return AXES[this.axis].of(this.run.machines[m])[row];
  }

  /** Pans, and moves the lanes, if need be, so the event at <row> of machine <m> is in view. */
  reveal(m, row) {
    this.revealLane(m);
    const x = this.xOf(m, row);
    const span = this.view.x1 - this.view.x0;
    if (x < this.view.x0 || x > this.view.x1) {
      this.setView(x - span / 2, x + span / 2);
    }
  }

  setSelection(selection) {
    this.selection = selection;
    this.invalidate();
  }

  setFocus(event) {
    this.focus = event;
    if (event !== null) {
      this.reveal(event.machine, event.row);
    }

    this.invalidate();
  }

  setHover(event) {
    const same = event === this.hover
      || (event !== null && this.hover !== null && event.machine === this.hover.machine && event.row === this.hover.row);
    if (!same) {
      this.hover = event;
      this.invalidate();
    }
  }

  /** Draws at the next animation frame; the promise resolves once it has. */
  invalidate() {
    if (this.frame === null) {
      this.frame = new Promise((resolve) => {
        this.resolveFrame = resolve;
      });
      requestAnimationFrame(() => this.render());
    }

    return this.frame;
  }

  /** A promise that resolves once nothing is left to draw. */
  whenDrawn() {
    return this.frame ?? Promise.resolve();
  }

  measure() {
    const run = this.run;
    const context = this.context;
    context.font = '13px system-ui, sans-serif';
    const labels = Math.max(...run.machines.map((m) => context.measureText(m.label).width));
    const width = Math.max(this.canvas.clientWidth, 320);
    const laneHeight = Math.min(Math.max(Math.round(440 / this.laneCount), 14), 96);
    const top = 30;
    const left = Math.ceil(labels) + 20;
    this.layout = {
      width,
      height: top + laneHeight * this.laneCount + 10,
      top,
      left,
      right: width - 16,
      laneHeight,
      radius: Math.min(Math.max(laneHeight * 0.15, 3), 6.5),
    };
    const ratio = window.devicePixelRatio || 1;
    this.canvas.style.height = `${this.layout.height}px`;
    this.canvas.width = Math.round(width * ratio);
    this.canvas.height = Math.round(this.layout.height * ratio);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
  }

  /** The height of machine <m>'s lane; above or below the canvas for a lane out of view. */
  laneY(m) {
    return this.layout.top + (m - this.firstLane + 0.5) * this.layout.laneHeight;
  }

  toPixel(x) {
    const { left, right } = this.layout;
    return left + ((x - this.view.x0) / (this.view.x1 - this.view.x0)) * (right - left);
  }

  fromPixel(px) {
    const { left, right } = this.layout;
    return this.view.x0 + ((px - left) / (right - left)) * (this.view.x1 - this.view.x0);
  }

  /** Rows [first, end) of machine <m> that lie within [x0, x1]; an unsorted lane (a broken run) is searched whole. */
  rowsIn(m, x0, x1) {
    const values = AXES[this.axis].of(this.run.machines[m]);
    if (!this.sorted[this.axis][m]) {
      return { first: 0, end: values.length, filter: true };
    }

    return { first: lowerBound(values, x0), end: upperBound(values, x1), filter: false };
  }

  /** The event under (px, py) in canvas pixels, within a few pixels of its mark; else null. */
  eventAt(px, py) {
    if (this.layout === null) {
      return null;
    }

    const m = this.firstLane + Math.floor((py - this.layout.top) / this.layout.laneHeight);
    if (!this.showsLane(m) || px < this.layout.left - 8) {
      return null;
    }

    const tolerance = this.layout.radius + 4;
    const x0 = this.fromPixel(px - tolerance);
    const x1 = this.fromPixel(px + tolerance);
    const values = AXES[this.axis].of(this.run.machines[m]);
    const { first, end, filter } = this.rowsIn(m, x0, x1);
    let best = null;
    let distance = Infinity;
    for (let r = first; r < end; r++) {
      if (filter && (values[r] < x0 || values[r] > x1)) {
        continue;
      }

      const d = Math.abs(this.toPixel(values[r]) - px);
      if (d < distance) {
        best = r;
        distance = d;
      }
    }

    return best === null ? null : { machine: m, row: best };
  }

  /** The row of machine <m> nearest to <x> on the axis. */
  nearestRow(m, x) {
    const values = AXES[this.axis].of(this.run.machines[m]);
    if (values.length === 0) {
      return null;
    }

    if (!this.sorted[this.axis][m]) {
      let best = 0;
      for (let r = 1; r < values.length; r++) {
        if (Math.abs(values[r] - x) < Math.abs(values[best] - x)) {
          best = r;
        }
      }

      return best;
    }

    const r = Math.min(lowerBound(values, x), values.length - 1);
    return r > 0 && Math.abs(values[r - 1] - x) <= Math.abs(values[r] - x) ? r - 1 : r;
  }

  render() {
    const started = performance.now();
    if (this.layout === null || this.layout.width !== Math.max(this.canvas.clientWidth, 320)) {
      this.measure();
    }

    const context = this.context;
    const { width, height, left, right } = this.layout;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    this.drawAxis();
    this.drawLanes();
    context.save();
    context.beginPath();
    // Below the axis: a message to a lane above the ones in view leaves the diagram at its top edge.
    context.rect(left - this.layout.radius - 2, this.layout.top - 8, right - left + 2 * this.layout.radius + 4, height);
    context.clip();
    this.drawMessages();
    this.drawStubs();
    this.drawEvents();
    this.drawRings();
    context.restore();

    this.stats.frames++;
    this.stats.lastMs = performance.now() - started;
    const resolve = this.resolveFrame;
    this.frame = null;
    this.resolveFrame = null;
    this.onChange();
    resolve();
  }

  drawAxis() {
    const context = this.context;
    const { top, left, right, height } = this.layout;
    const span = this.view.x1 - this.view.x0;
    const axis = AXES[this.axis];
    const step = Math.max(niceStep(span / Math.max((right - left) / 110, 1)), axis.milliseconds ? 0 : 1);
    const seconds = axis.milliseconds && step >= 100;
    const decimals = seconds ? Math.max(0, -Math.floor(Math.log10(step / 1000))) : Math.max(0, -Math.floor(Math.log10(step)));
    context.font = '12px system-ui, sans-serif';
    context.textBaseline = 'middle';
    context.textAlign = 'center';
    context.lineWidth = 1;
    context.strokeStyle = this.palette.grid;
    context.fillStyle = this.palette.muted;
    const title = axis.milliseconds ? `${axis.title} (${seconds ? 's' : 'ms'})` : axis.title;
    // A tick's label that would run into the axis title is left out (its grid line stays).
    const titleEnd = 6 + context.measureText(title).width + 8;
    for (let x = Math.ceil(this.view.x0 / step) * step; x <= this.view.x1; x += step) {
      const px = Math.round(this.toPixel(x)) + 0.5;
      context.beginPath();
      context.moveTo(px, top - 4);
      context.lineTo(px, height);
      context.stroke();
      const label = (seconds ? x / 1000 : x).toFixed(decimals);
      if (px - (context.measureText(label).width / 2) >= titleEnd) {
        context.fillText(label, px, top - 14);
      }
    }

    context.textAlign = 'left';
    context.fillStyle = this.palette.text;
    context.fillText(title, 6, top - 14);
  }

  drawLanes() {
    const context = this.context;
    const { left, right } = this.layout;
    context.font = `${Math.min(13, this.layout.laneHeight - 2)}px system-ui, sans-serif`;
    context.textAlign = 'right';
    context.textBaseline = 'middle';
    context.lineWidth = 1;
    const lanes = this.run.machines.slice(this.firstLane, this.firstLane + this.laneCount);
    this.drawn.lanes = lanes.map((machine, i) => {
      const y = Math.round(this.laneY(this.firstLane + i)) + 0.5;
      context.strokeStyle = this.palette.lane;
      context.beginPath();
      context.moveTo(left, y);
      context.lineTo(right, y);
      context.stroke();
      context.fillStyle = this.palette.text;
      context.fillText(machine.label, left - 12, y);
      return { machine: machine.id, label: machine.label, y };
    });
  }

  /** The relation of an event to the selection, or None when nothing is selected. */
  relationOf(m, row) {
    return this.selection === null ? Relation.None : this.selection.relations[m][row];
  }

  drawMessages() {
    const run = this.run;
    if (run.arrows.count === 0) {
      this.drawn.arrows = [];
      return;
    }

    this.messages[this.axis] ??= linkIndex(run, this.axis, run.arrows);
    const index = this.messages[this.axis];
    const { first, end } = this.linksIn(index);
    const paths = [new PathChunks(), new PathChunks(), new PathChunks(), new PathChunks()];
    const heads = [new PathChunks(), new PathChunks(), new PathChunks(), new PathChunks()];
    const backwards = new PathChunks();
    const drawn = [];
    const head = this.layout.radius + 1;
    // Thousands of arrowheads in one window only blur together (and cost a third of the frame): lines alone then.
    const withHeads = end - first <= ARROWHEADS_IN_VIEW;
    for (let i = first; i < end; i++) {
      const k = index.order[i];
      if (index.high[k] < this.view.x0) {
        continue;
      }

      const fm = run.arrows.from[2 * k];
      const fr = run.arrows.from[2 * k + 1];
      const tm = run.arrows.to[2 * k];
      const tr = run.arrows.to[2 * k + 1];
      if (!this.showsLane(fm) && !this.showsLane(tm)) {
        continue;
      }

      const style = this.messageStyle(fm, fr, tm, tr);
      const ax = this.toPixel(this.xOf(fm, fr));
      const ay = this.laneY(fm);
      const bx = this.toPixel(this.xOf(tm, tr));
      const by = this.laneY(tm);
      const line = paths[style].next();
      line.moveTo(ax, ay);
      line.lineTo(bx, by);
      if (run.arrows.backwards[k] === 1) {
        const mark = backwards.next();
        mark.moveTo(ax, ay);
        mark.lineTo(bx, by);
      }

      const length = Math.hypot(bx - ax, by - ay);
      if (withHeads && length > 3 * head) {
        const ux = (bx - ax) / length;
        const uy = (by - ay) / length;
        const tipX = bx - ux * head;
        const tipY = by - uy * head;
        const arrowhead = heads[style].next();
        arrowhead.moveTo(tipX, tipY);
        arrowhead.lineTo(tipX - ux * 7 - uy * 3.5, tipY - uy * 7 + ux * 3.5);
        arrowhead.lineTo(tipX - ux * 7 + uy * 3.5, tipY - uy * 7 - ux * 3.5);
        arrowhead.closePath();
      }

      drawn.push(k);
    }

    const context = this.context;
    const colours = [this.palette.message, this.palette.concurrent, this.palette.past, this.palette.future];
    const alphas = [0.55, 0.45, 0.9, 0.9];
    for (let style = 0; style < paths.length; style++) {
      context.globalAlpha = alphas[style];
      context.strokeStyle = colours[style];
      context.fillStyle = colours[style];
      context.lineWidth = style >= 2 ? 1.6 : 1;
      paths[style].stroke(context);
      heads[style].fill(context);
    }

    // Received before it was sent, by the machines' own clocks: a dashed line over the message, on every axis.
    context.globalAlpha = 1;
    context.strokeStyle = this.palette.backwards;
    context.lineWidth = 2.5;
    context.setLineDash([5, 4]);
    backwards.stroke(context);
    context.setLineDash([]);
    this.drawn.arrows = drawn;
  }

  /** The positions [first, end) in <index> of the links that may touch the window. */
  linksIn(index) {
    return { first: lowerBound(index.starts, this.view.x0 - index.longest), end: upperBound(index.starts, this.view.x1) };
  }

  /**
   * A short dashed stroke from the send of each message never delivered, a third of the way towards its recipient's
   * lane, ending in a cross.
   */
  drawStubs() {
    const run = this.run;
    const stubs = run.stubs;
    this.drawn.stubs = [];
    if (stubs.count === 0) {
      return;
    }

    const links = { count: stubs.count, from: stubs.from, to: stubs.from };
    this.stubs[this.axis] ??= linkIndex(run, this.axis, links);
    const index = this.stubs[this.axis];
    const { first, end } = this.linksIn(index);
    const paths = [new PathChunks(), new PathChunks(), new PathChunks(), new PathChunks()];
    const reach = Math.min(this.layout.laneHeight * 0.4, 28);
    for (let i = first; i < end; i++) {
      const k = index.order[i];
      const fm = stubs.from[2 * k];
      const fr = stubs.from[2 * k + 1];
      if (!this.showsLane(fm)) {
        continue;
      }

      const style = this.messageStyle(fm, fr, fm, fr);
      const ax = this.toPixel(this.xOf(fm, fr));
      const ay = this.laneY(fm);
      const bx = ax + reach * 0.6;
      const by = ay + Math.sign(stubs.to[k] - fm) * reach;
      const path = paths[style].next();
      path.moveTo(ax, ay);
      path.lineTo(bx, by);
      path.moveTo(bx - 3, by - 3);
      path.lineTo(bx + 3, by + 3);
      path.moveTo(bx - 3, by + 3);
      path.lineTo(bx + 3, by - 3);
      this.drawn.stubs.push(k);
    }

    const context = this.context;
    const colours = [this.palette.message, this.palette.concurrent, this.palette.past, this.palette.future];
    context.setLineDash([3, 2]);
    context.lineWidth = 1.4;
    for (let style = 0; style < paths.length; style++) {
      context.strokeStyle = colours[style];
      paths[style].stroke(context);
    }

    context.setLineDash([]);
  }

  /** 0 plain, 1 unrelated to the selection, 2 in its causal past, 3 in its causal future. */
  messageStyle(fm, fr, tm, tr) {
    if (this.selection === null) {
      return 0;
    }

    const to = this.relationOf(tm, tr);
    const from = this.relationOf(fm, fr);
    if (to === Relation.Past || to === Relation.Selected) {
      return 2;
    }

    return from === Relation.Future || from === Relation.Selected ? 3 : 1;
  }

  drawEvents() {
    const run = this.run;
    const radius = this.layout.radius;
    const margin = (radius * 1.3 * (this.view.x1 - this.view.x0)) / (this.layout.right - this.layout.left);
    const groups = new Map();
    const drawn = [];
    for (let m = this.firstLane; m < this.firstLane + this.laneCount; m++) {
      const machine = run.machines[m];
      const values = AXES[this.axis].of(machine);
      const y = this.laneY(m);
      const { first, end, filter } = this.rowsIn(m, this.view.x0 - margin, this.view.x1 + margin);
      for (let r = first; r < end; r++) {
        if (filter && (values[r] < this.view.x0 - margin || values[r] > this.view.x1 + margin)) {
          continue;
        }

        const relation = this.relationOf(m, r);
        const key = relation * 16 + machine.kind[r];
        let group = groups.get(key);
        if (group === undefined) {
          group = new PathChunks();
          groups.set(key, group);
        }

        const x = this.toPixel(values[r]);
        markPath(group.next(), run.kinds[machine.kind[r]], x, y, relation === Relation.Selected ? radius * 1.35 : radius);
        drawn.push(m, r, x, y, relation);
      }
    }

    const context = this.context;
    for (const key of [...groups.keys()].sort((a, b) => a - b)) {
      const relation = Math.floor(key / 16);
      context.globalAlpha = relation === Relation.Concurrent ? 0.75 : 1;
      context.fillStyle = this.fillOf(relation, run.kinds[key % 16]);
      groups.get(key).fill(context);
    }

    context.globalAlpha = 1;
    this.drawn.events = drawn;
  }

  fillOf(relation, kind) {
    switch (relation) {
      case Relation.Concurrent:
        return this.palette.concurrent;
      case Relation.Past:
        return this.palette.past;
      case Relation.Future:
        return this.palette.future;
      case Relation.Selected:
        return this.palette.selected;
      default:
        return this.palette.kinds[kind];
    }
  }

  /** A ring round the selected event, the focused one (while the diagram has the keyboard) and the one under the pointer. */
  drawRings() {
    const context = this.context;
    const rings = [
      [this.selection === null ? null : { machine: this.selection.machine, row: this.selection.row }, this.palette.selected, 2],
      [document.activeElement === this.canvas ? this.focus : null, this.palette.focus, 3],
      [this.hover, this.palette.text, 1.5],
    ];
    for (const [event, colour, width] of rings) {
      if (event === null || !this.showsLane(event.machine)) {
        continue;
      }

      const x = this.xOf(event.machine, event.row);
      if (x < this.view.x0 || x > this.view.x1) {
        continue;
      }

      context.strokeStyle = colour;
      context.lineWidth = width;
      context.beginPath();
      context.arc(this.toPixel(x), this.laneY(event.machine), this.layout.radius + 4 + width, 0, 2 * Math.PI);
      context.stroke();
    }
  }
}
