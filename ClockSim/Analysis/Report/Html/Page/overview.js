'use strict';

/*
 * The window strip above the diagram: where the events are over the whole run (darker where there are more), and the
 * window the diagram shows. Dragging or clicking it moves the window, and so do the arrow keys when it has the focus:
 * this is how a reader moves through a run too large to draw whole.
 */

const OVERVIEW_BINS = 600;

/** At most this many rows of density, so a run of many machines still reads as a strip. */
const OVERVIEW_ROWS = 12;

class Overview {
  constructor(canvas, diagram, palette) {
    this.canvas = canvas;
    this.context = canvas.getContext('2d');
    this.diagram = diagram;
    this.palette = palette;
    this.density = {};
    this.drag = null;
    canvas.addEventListener('pointerdown', (event) => this.pointerDown(event));
    canvas.addEventListener('pointermove', (event) => this.pointerMove(event));
    canvas.addEventListener('pointerup', (event) => this.pointerUp(event));
    canvas.addEventListener('keydown', (event) => this.keyDown(event));
  }

  /** How many events of each group of lanes fall in each bin of the axis, scaled from 0 to 1. */
  densityOf(axis) {
    const run = this.diagram.run;
    const extent = this.diagram.extents[axis];
    const rows = Math.min(run.machines.length, OVERVIEW_ROWS);
    const counts = new Float32Array(rows * OVERVIEW_BINS);
    for (const machine of run.machines) {
      const row = Math.floor((machine.index * rows) / run.machines.length);
      const values = AXES[axis].of(machine);
      for (let r = 0; r < values.length; r++) {
        const bin = Math.floor(((values[r] - extent.low) / (extent.high - extent.low)) * OVERVIEW_BINS);
        counts[row * OVERVIEW_BINS + Math.min(Math.max(bin, 0), OVERVIEW_BINS - 1)]++;
      }
    }

    const most = Math.max(1, ...counts);
    return { rows, values: counts.map((count) => Math.sqrt(count / most)) };
  }

  toPixel(x) {
    const extent = this.diagram.extents[this.diagram.axis];
    const { left, right } = this.diagram.layout;
    return left + ((x - extent.low) / (extent.high - extent.low)) * (right - left);
  }

  fromPixel(px) {
    const extent = this.diagram.extents[this.diagram.axis];
    const { left, right } = this.diagram.layout;
    return extent.low + ((px - left) / (right - left)) * (extent.high - extent.low);
  }

  render() {
    const layout = this.diagram.layout;
    const ratio = window.devicePixelRatio || 1;
    const width = layout.width;
    const height = this.canvas.clientHeight;
    if (this.canvas.width !== Math.round(width * ratio) || this.canvas.height !== Math.round(height * ratio)) {
      this.canvas.width = Math.round(width * ratio);
      this.canvas.height = Math.round(height * ratio);
    }

    const context = this.context;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    const axis = this.diagram.axis;
    this.density[axis] ??= this.densityOf(axis);
    const { rows, values } = this.density[axis];
    const binWidth = (layout.right - layout.left) / OVERVIEW_BINS;
    const rowHeight = (height - 8) / rows;
    context.fillStyle = this.palette.message;
    for (let row = 0; row < rows; row++) {
      for (let bin = 0; bin < OVERVIEW_BINS; bin++) {
        const value = values[row * OVERVIEW_BINS + bin];
        if (value > 0) {
          context.globalAlpha = 0.15 + 0.85 * value;
          context.fillRect(layout.left + bin * binWidth, 4 + row * rowHeight, Math.max(binWidth, 1), Math.max(rowHeight - 1, 1));
        }
      }
    }

    context.globalAlpha = 1;
    context.font = '12px system-ui, sans-serif';
    context.textBaseline = 'middle';
    context.fillStyle = this.palette.text;
    context.fillText('Whole run', 6, height / 2);
    const { x0, x1 } = this.diagram.view;
    const a = this.toPixel(x0);
    const b = Math.max(this.toPixel(x1), a + 4);
    context.fillStyle = this.palette.focus;
    context.globalAlpha = 0.18;
    context.fillRect(a, 1, b - a, height - 2);
    context.globalAlpha = 1;
    context.strokeStyle = this.palette.focus;
    context.lineWidth = 2;
    context.strokeRect(a, 1, b - a, height - 2);
    this.describe();
  }

  describe() {
    const { x0, x1 } = this.diagram.view;
    const extent = this.diagram.extents[this.diagram.axis];
    const axis = AXES[this.diagram.axis];
    const text = axis.milliseconds
      ? `Showing ${axis.title.toLowerCase() === 'hlc' ? 'HLC' : axis.title.toLowerCase()} ${(Math.max(x0, extent.low) / 1000).toFixed(2)} s to ${(x1 / 1000).toFixed(2)} s of ${(extent.high / 1000).toFixed(2)} s`
      : `Showing Lamport clocks ${Math.max(Math.round(x0), 0)} to ${Math.round(x1)} of ${Math.round(extent.high)}`;
    this.canvas.setAttribute('aria-valuemin', String(Math.round(extent.low)));
    this.canvas.setAttribute('aria-valuemax', String(Math.round(extent.high)));
    this.canvas.setAttribute('aria-valuenow', String(Math.round(x0)));
    this.canvas.setAttribute('aria-valuetext', text);
  }

  pointerDown(event) {
    const x = this.fromPixel(event.offsetX);
    const { x0, x1 } = this.diagram.view;
    const grab = x >= x0 && x <= x1 ? x - x0 : (x1 - x0) / 2;
    this.drag = { grab };
    this.canvas.setPointerCapture(event.pointerId);
    this.moveTo(x - grab);
  }

  pointerMove(event) {
    if (this.drag !== null) {
      this.moveTo(this.fromPixel(event.offsetX) - this.drag.grab);
    }
  }

  pointerUp(event) {
    this.drag = null;
    this.canvas.releasePointerCapture(event.pointerId);
  }

  moveTo(start) {
    const { x0, x1 } = this.diagram.view;
    this.diagram.setView(start, start + (x1 - x0));
  }

  keyDown(event) {
    const extent = this.diagram.extents[this.diagram.axis];
    const { x0, x1 } = this.diagram.view;
    const moves = {
      ArrowLeft: () => this.diagram.pan(-0.5),
      ArrowRight: () => this.diagram.pan(0.5),
      PageUp: () => this.diagram.pan(-1),
      PageDown: () => this.diagram.pan(1),
      Home: () => this.moveTo(extent.low),
      End: () => this.moveTo(extent.high - (x1 - x0)),
    };
    const move = moves[event.key];
    if (move !== undefined) {
      move();
      event.preventDefault();
    }
  }
}
