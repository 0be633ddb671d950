// Draws one bar chart with uPlot on a canvas. Loaded with a dynamic import by charts.tsx when the numbers are shown,
// so the trainer's first paint does not pay for uPlot (docs/trainer.md gives the sizes). Colours come from the page's
// custom properties (light or dark), read when the chart is drawn.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface BarData {
  /** The short label under each bar. */
  ticks: readonly string[];
  /** What the hover read-out says for each bar. */
  labels: readonly string[];
  values: readonly number[];
  unit: string;
}

export interface DrawnChart {
  resize(width: number): void;
  destroy(): void;
}

const HEIGHT = 180;
const FONT = '11px system-ui, sans-serif';

function colour(el: Element, name: string, fallback: string): string {
  return getComputedStyle(el).getPropertyValue(name).trim() || fallback;
}

/** Draws the bars into host; readout (if any) shows the bar under the pointer. */
export function drawBars(host: HTMLElement, data: BarData, readout: HTMLElement | null): DrawnChart {
  const n = data.values.length;
  const accent = colour(host, '--accent', '#2f5bd3');
  const text = colour(host, '--text', '#1d1d1f');
  const line = colour(host, '--line', '#d9dadf');
  const max = Math.max(1, ...data.values);
  const xs = data.values.map((_, i) => i);
  const width = (): number => Math.max(240, host.clientWidth);
  // At most one tick label per 40 px, so 30 days of "11-26" never overlap.
  const everyNth = (u: uPlot): number =>
    Math.max(1, Math.ceil(n / Math.max(1, Math.floor(u.bbox.width / devicePixelRatio / 40))));

  const opts: uPlot.Options = {
    width: width(),
    height: HEIGHT,
    legend: { show: false },
    cursor: { y: false, points: { show: false }, drag: { x: false, y: false, setScale: false } },
    select: { show: false, left: 0, top: 0, width: 0, height: 0 },
    scales: {
      x: { time: false, range: [-0.5, n - 0.5] },
      y: { range: [0, max * 1.15] },
    },
    axes: [
      {
        stroke: text,
        font: FONT,
        grid: { show: false },
        ticks: { stroke: line },
        splits: (u) => xs.filter((i) => i % everyNth(u) === 0),
        values: (_u, splits) => splits.map((i) => data.ticks[i] ?? ''),
      },
      {
        stroke: text,
        font: FONT,
        size: 36,
        grid: { stroke: line, width: 1 },
        ticks: { stroke: line },
        incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000],
        values: (_u, splits) => splits.map((v) => String(v)),
      },
    ],
    series: [
      {},
      {
        label: data.unit,
        stroke: accent,
        fill: accent,
        width: 0,
        points: { show: false },
        paths: uPlot.paths.bars!({ size: [0.7, 48], align: 0 }),
      },
    ],
    hooks: {
      // The value above each bar, when the bars are wide enough to carry it.
      draw: [
        (u) => {
          const { ctx } = u;
          const barWidth = u.bbox.width / n;
          if (barWidth < 16 * devicePixelRatio) return;
          ctx.save();
          ctx.fillStyle = text;
          ctx.font = `${11 * devicePixelRatio}px system-ui, sans-serif`;
          ctx.textAlign = 'center';
          ctx.textBaseline = 'bottom';
          data.values.forEach((v, i) => {
            if (v <= 0) return;
            const x = u.valToPos(i, 'x', true);
            const y = u.valToPos(v, 'y', true);
            ctx.fillText(String(v), x, y - 2 * devicePixelRatio);
          });
          ctx.restore();
        },
      ],
      setCursor: [
        (u) => {
          if (!readout) return;
          const i = u.cursor.idx;
          readout.textContent = i == null ? '' : `${data.labels[i] ?? ''}: ${data.values[i] ?? 0} ${data.unit}`;
        },
      ],
    },
  };
  const plot = new uPlot(opts, [xs, [...data.values]], host);
  return {
    resize: (w) => plot.setSize({ width: Math.max(240, w), height: HEIGHT }),
    destroy: () => plot.destroy(),
  };
}
