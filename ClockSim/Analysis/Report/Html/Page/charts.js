'use strict';

/*
 * The run's five charts, drawn in the page as inline SVG from the data the report embeds under "charts": the logical
 * clock, the drift and the queue length of each machine against real time (steps), the jump sizes (grouped bars on a
 * logarithmic count axis) and the message delays (a scatter). Each machine has the same colour, dash pattern, line
 * width and marker shape on every chart, as the data gives them (the PNG charts draw the same); when a run has more
 * machines than the charts draw one by one, the data gives a few of them one by one and the others together, as a
 * grey band or group. Every chart is 1000 × 560 units, scaled to the page's width; its legend is HTML, so it wraps
 * however many entries it has.
 */

const CHART_WIDTH = 1000;
const CHART_HEIGHT = 560;

/** The marker size of the time series, in chart units: a few markers per line tell lines lying on each other apart. */
const CHART_MARKER = 10;

/** The marker sizes of the delay scatter: each machine drawn one by one, and the machines drawn together. */
const CHART_POINT = 9;
const CHART_TOGETHER_POINT = 6;

/** Bars at least this wide, in chart units, have an outline; narrower ones would be mostly outline. */
const CHART_OUTLINED_BAR = 8;

/** The font sizes of the tick labels and the axis titles, in chart units: large enough to read on a chart shown two to a row. */
const CHART_TICK_FONT = 18;
const CHART_TITLE_FONT = 20;

/** The dash patterns of the data's names, in chart units (dash and gap), as the PNG charts draw them. */
const CHART_DASHES = Object.freeze({
  solid: null,
  dashed: '10 10',
  dotted: '3 5',
  'densely-dashed': '6 6',
});

/** The SVG namespace, from an element the HTML parser made: the page names no address, not even this one. */
const SVG_NAMESPACE = (() => {
  const template = document.createElement('template');
  template.innerHTML = '<svg></svg>';
  return template.content.firstChild.namespaceURI;
})();

function svgElement(name, attributes = {}) {
  const element = document.createElementNS(SVG_NAMESPACE, name);
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) {
      element.setAttribute(key, String(value));
    }
  }

  return element;
}

function svgTitle(text) {
  const title = svgElement('title');
  title.textContent = text;
  return title;
}

/** A coordinate with one decimal, which is a tenth of a pixel at full size: enough, and short. */
function chartCoordinate(value) {
  return String(Math.round(value * 10) / 10);
}

/** A step of 1, 2 or 5 × 10^k that cuts <span> into about <target> parts. */
function niceStep(span, target) {
  const raw = span / target;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const normal = raw / magnitude;
  const factor = normal < 1.5 ? 1 : normal < 3.5 ? 2 : normal < 7.5 ? 5 : 10;
  return factor * magnitude;
}

/** The multiples of a nice step from <low> to <high>, with how many decimals their labels need. */
function niceTicks(low, high, target) {
  const step = niceStep(high - low, target);
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const ticks = [];
  for (let k = Math.ceil(low / step - 1e-9); k * step <= high + step * 1e-9; k++) {
    const value = Math.abs(k) < 1e-9 ? 0 : k * step;
    ticks.push({ value, text: chartNumber(value, decimals) });
  }

  return ticks;
}

/** A number with thousands separators and a typographic minus. */
function chartNumber(value, decimals = 0) {
  return value.toLocaleString('en', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).replace('-', '\u2212');
}

/** Adds one marker of <shape> centred on (x, y), of about <size> units across, to the path text <parts>. */
function markerShape(parts, shape, x, y, size) {
  const at = (dx, dy) => `${chartCoordinate(x + dx)} ${chartCoordinate(y + dy)}`;
  const r = size / 2;
  switch (shape) {
    case 'square':
      parts.push(`M${at(-r * 0.85, -r * 0.85)}H${chartCoordinate(x + r * 0.85)}V${chartCoordinate(y + r * 0.85)}H${chartCoordinate(x - r * 0.85)}Z`);
      break;
    case 'triangle-up':
      parts.push(`M${at(0, -r * 1.15)}L${at(r * 1.05, r * 0.7)}L${at(-r * 1.05, r * 0.7)}Z`);
      break;
    case 'triangle-down':
      parts.push(`M${at(0, r * 1.15)}L${at(r * 1.05, -r * 0.7)}L${at(-r * 1.05, -r * 0.7)}Z`);
      break;
    case 'diamond':
      parts.push(`M${at(0, -r * 1.2)}L${at(r * 1.2, 0)}L${at(0, r * 1.2)}L${at(-r * 1.2, 0)}Z`);
      break;
    default:
      parts.push(`M${at(-r, 0)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`);
  }
}

/** Every marker of one entry as one path, filled with its colour: thousands of points cost one element. */
function markerPath(shape, xs, ys, size, color, toX, toY) {
  const parts = [];
  for (let i = 0; i < xs.length; i++) {
    markerShape(parts, shape, toX(xs[i]), toY(ys[i]), size);
  }

  return svgElement('path', { class: 'markers', d: parts.join(''), fill: color });
}

/** The width of <text> in chart units at <font>, near enough to lay out the axes: digits are about 0.6 em wide. */
function textWidth(text, font) {
  return text.length * font * 0.6;
}

/**
 * The plot area of one chart, its axes and grid: x and y ranges in data units, tick labels at data values, the axis
 * titles, and where each value lands in the chart's 1000 × 560 units.
 */
class ChartPlot {
  constructor(svg, { x, y, xTicks, yTicks, xLabel, yLabel, xGrid = true }) {
    const widest = Math.max(0, ...yTicks.map((tick) => textWidth(tick.text, CHART_TICK_FONT)));
    const spacing = xTicks.length > 1 ? (CHART_WIDTH - widest) / xTicks.length : CHART_WIDTH;
    const longest = Math.max(0, ...xTicks.map((tick) => textWidth(tick.text, CHART_TICK_FONT)));
    this.rotated = longest > spacing * 0.9;
    const below = this.rotated ? longest * 0.7 + CHART_TICK_FONT : CHART_TICK_FONT * 1.4;
    this.left = CHART_TITLE_FONT * 1.6 + widest + 14;
    this.right = CHART_WIDTH - 24;
    this.top = 16;
    this.bottom = CHART_HEIGHT - (below + CHART_TITLE_FONT * 1.8 + 8);
    this.x = x;
    this.y = y;
    this.svg = svg;
    this.drawFrame(xTicks, yTicks, xLabel, yLabel, xGrid);
  }

  toX(value) {
    return this.left + ((value - this.x[0]) / (this.x[1] - this.x[0])) * (this.right - this.left);
  }

  toY(value) {
    return this.bottom - ((value - this.y[0]) / (this.y[1] - this.y[0])) * (this.bottom - this.top);
  }

  drawFrame(xTicks, yTicks, xLabel, yLabel, xGrid) {
    const grid = svgElement('g', { class: 'grid' });
    const axes = svgElement('g', { class: 'axes' });
    const xLabels = svgElement('g', { class: 'x-ticks', 'font-size': CHART_TICK_FONT });
    const yLabels = svgElement('g', { class: 'y-ticks', 'font-size': CHART_TICK_FONT });
    const inside = (px, from, to) => px >= Math.min(from, to) - 0.5 && px <= Math.max(from, to) + 0.5;
    const ticks = [];
    for (const tick of xTicks.filter((t) => inside(this.toX(t.value), this.left, this.right))) {
      const px = chartCoordinate(this.toX(tick.value));
      if (xGrid) {
        grid.append(svgElement('path', { d: `M${px} ${this.top}V${this.bottom}` }));
      }

      ticks.push(`M${px} ${this.bottom}v6`);
      const baseline = this.bottom + 8 + CHART_TICK_FONT;
      const label = svgElement('text', this.rotated
        ? { x: px, y: baseline - 4, 'text-anchor': 'end', transform: `rotate(-35 ${px} ${baseline - 4})` }
        : { x: px, y: baseline, 'text-anchor': 'middle' });
      label.textContent = tick.text;
      xLabels.append(label);
    }

    for (const tick of yTicks.filter((t) => inside(this.toY(t.value), this.top, this.bottom))) {
      const py = chartCoordinate(this.toY(tick.value));
      grid.append(svgElement('path', { d: `M${this.left} ${py}H${this.right}` }));
      ticks.push(`M${this.left} ${py}h-6`);
      const label = svgElement('text', { x: this.left - 10, y: py, 'text-anchor': 'end', 'dominant-baseline': 'middle' });
      label.textContent = tick.text;
      yLabels.append(label);
    }

    axes.append(
      svgElement('rect', { class: 'frame', x: this.left, y: this.top, width: this.right - this.left, height: this.bottom - this.top }),
      svgElement('path', { d: ticks.join('') }));
    const xTitle = svgElement('text', {
      class: 'axis-title', x: (this.left + this.right) / 2, y: CHART_HEIGHT - 10, 'text-anchor': 'middle', 'font-size': CHART_TITLE_FONT,
    });
    xTitle.textContent = xLabel;
    const middle = (this.top + this.bottom) / 2;
    const yTitle = svgElement('text', {
      class: 'axis-title', x: CHART_TITLE_FONT, y: middle, 'text-anchor': 'middle',
      'font-size': Math.min(CHART_TITLE_FONT, (this.bottom - this.top) / (yLabel.length * 0.55)),
      transform: `rotate(-90 ${CHART_TITLE_FONT} ${middle})`,
    });
    yTitle.textContent = yLabel;
    this.svg.append(grid, axes, xLabels, yLabels, xTitle, yTitle);
  }
}

/** The chart's svg: 1000 × 560 units, as wide as its figure, an image with a name for screen readers. */
function chartSvg(label) {
  return svgElement('svg', {
    class: 'chart', viewBox: `0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`, role: 'img', 'aria-label': label,
  });
}

/**
 * One legend entry: a swatch drawn as the chart draws the entry (a line with its pattern and marker, a marker alone,
 * or a filled box), its markers all of one size so the smallest still shows, and its label.
 */
function legendEntry({ label, color, dash = null, width = null, marker = null, fill = null }) {
  const item = document.createElement('li');
  const swatch = svgElement('svg', { class: 'swatch', viewBox: '0 0 44 18', 'aria-hidden': 'true' });
  if (fill !== null) {
    swatch.append(svgElement('rect', { x: 4, y: 2, width: 36, height: 14, fill, class: 'box' }));
  }

  if (width !== null) {
    swatch.append(svgElement('path', {
      d: 'M2 9H42', stroke: color, 'stroke-width': width, 'stroke-dasharray': CHART_DASHES[dash], fill: 'none',
    }));
  }

  if (marker !== null) {
    swatch.append(markerPath(marker, [0], [0], CHART_MARKER, color, () => 22, () => 9));
  }

  const text = document.createElement('span');
  text.textContent = label;
  item.append(swatch, text);
  return item;
}

function chartFigure(id, title, svg, entries) {
  const figure = document.createElement('figure');
  figure.className = 'chart-figure';
  figure.dataset.chart = id;
  const caption = document.createElement('figcaption');
  caption.textContent = title;
  const legend = document.createElement('ul');
  legend.className = 'chart-legend';
  legend.setAttribute('aria-label', `Legend of ${title}`);
  legend.append(...entries.map(legendEntry));
  figure.append(caption, legend, svg);
  return figure;
}

function chartDescription(title, xLabel, yLabel, entries) {
  return `${title}: ${yLabel} against ${xLabel}, for ${entries.map((entry) => entry.label).join('; ')}`;
}

/** The lowest and highest of <arrays>, or null when they hold nothing. */
function extentOf(arrays) {
  let low = Infinity;
  let high = -Infinity;
  for (const values of arrays) {
    for (const value of values) {
      low = Math.min(low, value);
      high = Math.max(high, value);
    }
  }

  return low > high ? null : [low, high];
}

/** Steps through the corners (x[i], y[i]): each value holds until the next corner's x, then the line rises or falls. */
function stepPath(xs, ys, toX, toY) {
  if (xs.length === 0) {
    return '';
  }

  const parts = [`M${chartCoordinate(toX(xs[0]))} ${chartCoordinate(toY(ys[0]))}`];
  for (let i = 1; i < xs.length; i++) {
    parts.push(`H${chartCoordinate(toX(xs[i]))}V${chartCoordinate(toY(ys[i]))}`);
  }

  return parts.join('');
}

/** The area between the steps of <low> and of <high>: along the top from the first x to the last, back along the bottom. */
function bandPath(band, toX, toY) {
  const { x, low, high } = band;
  const last = x.length - 1;
  if (last < 0) {
    return '';
  }

  const parts = [stepPath(x, high, toX, toY), `V${chartCoordinate(toY(low[last]))}`];
  for (let i = last - 1; i >= 0; i--) {
    parts.push(`V${chartCoordinate(toY(low[i]))}H${chartCoordinate(toX(x[i]))}`);
  }

  parts.push('Z');
  return parts.join('');
}

/** A line per machine drawn one by one, as steps with a few markers, over the band of the others when there is one. */
function timeSeriesChart(series, charts) {
  const looks = charts.lines;
  const entries = looks.map((look) => ({ ...look }));
  const values = series.lines.map((line) => line.y);
  if (series.band !== null) {
    values.push(series.band.low, series.band.high);
    entries.push({ label: series.band.label, fill: charts.together.color });
  }

  const [low, high] = extentOf(values) ?? [0, 0];
  const pad = high > low ? (high - low) * 0.05 : 1;
  const y = [low - pad, high + pad];
  const x = [0, series.xEnd > 0 ? series.xEnd : 1];
  const svg = chartSvg(chartDescription(series.title, series.xLabel, series.yLabel, entries));
  const plot = new ChartPlot(svg, {
    x, y, xTicks: niceTicks(x[0], x[1], 10), yTicks: niceTicks(y[0], y[1], 7), xLabel: series.xLabel, yLabel: series.yLabel,
  });
  const toX = (value) => plot.toX(value);
  const toY = (value) => plot.toY(value);
  if (series.band !== null) {
    const band = svgElement('g', { class: 'band' });
    band.append(svgTitle(series.band.label), svgElement('path', { d: bandPath(series.band, toX, toY), fill: charts.together.color }));
    svg.append(band);
  }

  series.lines.forEach((line, i) => {
    const look = looks[i];
    const group = svgElement('g', { class: 'series' });
    group.append(
      svgTitle(look.label),
      svgElement('path', {
        class: 'line', d: stepPath(line.x, line.y, toX, toY), fill: 'none', stroke: look.color,
        'stroke-width': look.width, 'stroke-dasharray': CHART_DASHES[look.dash],
      }),
      markerPath(look.marker, line.markerX, line.markerY, CHART_MARKER, look.color, toX, toY));
    svg.append(group);
  });

  return chartFigure(series.id, series.title, svg, entries);
}

/** Grouped bars of log10(1 + count), a group per bin and a bar per machine (then the others together) in each. */
function jumpsChart(jumps, charts) {
  const groups = charts.lines.map((look) => ({ label: look.label, color: look.color }));
  if (charts.together !== null) {
    groups.push({ label: jumps.togetherLabel, color: charts.together.color });
  }

  const height = (count) => Math.log10(1 + count);
  const slots = groups.length + 1;
  const bins = jumps.bins.length;
  const x = [-1, Math.max(bins, 1) * slots - 1];
  const y = [0, height(jumps.ticks[jumps.ticks.length - 1] ?? 1) * 1.08];
  const xTicks = jumps.bins.map((bin, b) => ({ value: b * slots + (groups.length - 1) / 2, text: bin }));
  const yTicks = jumps.ticks.map((count) => ({ value: height(count), text: chartNumber(count) }));
  const entries = groups.map((group) => ({ label: group.label, fill: group.color }));
  const svg = chartSvg(chartDescription(jumps.title, jumps.xLabel, jumps.yLabel, entries));
  const plot = new ChartPlot(svg, { x, y, xTicks, yTicks, xLabel: jumps.xLabel, yLabel: jumps.yLabel, xGrid: false });
  const barWidth = plot.toX(0.8) - plot.toX(0);
  groups.forEach((group, g) => {
    const bars = svgElement('g', { class: barWidth >= CHART_OUTLINED_BAR ? 'bars outlined' : 'bars', fill: group.color });
    bars.append(svgTitle(group.label));
    jumps.counts[g].forEach((count, b) => {
      if (count > 0) {
        const top = plot.toY(height(count));
        const bar = svgElement('rect', {
          x: chartCoordinate(plot.toX(b * slots + g) - barWidth / 2), y: chartCoordinate(top),
          width: chartCoordinate(barWidth), height: chartCoordinate(plot.bottom - top),
        });
        bar.append(svgTitle(`${group.label}: ${chartNumber(count)} ${count === 1 ? 'jump' : 'jumps'} of ${jumps.bins[b]}`));
        bars.append(bar);
      }
    });
    svg.append(bars);
  });

  return chartFigure(jumps.id, jumps.title, svg, entries);
}

/** A marker per message received, at when it was received and how long it took; the others' grey points first, under the rest. */
function delayChart(delay, charts) {
  const entries = charts.lines.map((look, i) => ({
    label: delay.points[i].label, color: look.color, marker: look.marker, size: CHART_POINT, points: delay.points[i],
  }));
  const drawn = [...entries];
  if (charts.together !== null) {
    const points = delay.points[charts.lines.length];
    const together = { label: points.label, color: charts.together.color, marker: 'circle', size: CHART_TOGETHER_POINT, points };
    entries.push(together);
    drawn.unshift(together);
  }

  const [, largest] = extentOf(delay.points.map((points) => points.y)) ?? [0, 0];
  const x = [0, delay.xEnd > 0 ? delay.xEnd : 1];
  const y = [0, largest > 0 ? largest * 1.08 : 1];
  const svg = chartSvg(chartDescription(delay.title, delay.xLabel, delay.yLabel, entries));
  const plot = new ChartPlot(svg, {
    x, y, xTicks: niceTicks(x[0], x[1], 10), yTicks: niceTicks(y[0], y[1], 7), xLabel: delay.xLabel, yLabel: delay.yLabel,
  });
  for (const entry of drawn) {
    const group = svgElement('g', { class: 'series' });
    group.append(
      svgTitle(entry.label),
      markerPath(entry.marker, entry.points.x, entry.points.y, entry.size, entry.color, (v) => plot.toX(v), (v) => plot.toY(v)));
    svg.append(group);
  }

  return chartFigure(delay.id, delay.title, svg, entries);
}

/** Draws the five charts of <charts> (the run data's "charts") into <section>, or says there are none. */
function drawCharts(section, charts) {
  if (charts === null) {
    const note = document.createElement('p');
    note.className = 'note';
    note.textContent = 'Charts are not available: this report holds no data for them.';
    section.append(note);
    return;
  }

  const grid = document.createElement('div');
  grid.className = 'chart-grid';
  grid.append(
    ...charts.series.map((series) => timeSeriesChart(series, charts)),
    jumpsChart(charts.jumps, charts),
    delayChart(charts.delay, charts));
  section.append(grid);
}
