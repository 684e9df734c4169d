/**
 * Small charts drawn on the server as SVG, readable without JavaScript: a horizontal bar chart
 * for labelled counts and a line chart for counts by day. Each has a <title> and <desc> named by
 * aria-labelledby (role="img"); the numbers are in a table beside it (./page.tsx). A hidden
 * (small) count is drawn as no bar and labelled "<5", never at its true length; on a line it is a
 * gap, marked by a grey tick. Text is escaped; sizes are in a viewBox so the chart fits a phone.
 */
import { shown, suppressed } from './suppress.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const COLOURS = ['#1f5c42', '#b35900', '#3a5fa0', '#7a3f8c'];

export interface Bar {
  label: string;
  value: number;
}

function frame(id: string, title: string, desc: string, width: number, height: number, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ` +
    `${width} ` +
    `${height}" width="100%" role="img" ` +
    `aria-labelledby="${id}-t ` +
    `${id}-d" ` +
    `class="chart"><title id="${id}-t">${esc(title)}</title><desc id="${id}-d">${esc(desc)}</desc>${body}</svg>`
  );
}

/** A nice upper bound for an axis: 1, 2 or 5 times a power of ten, at least `max`. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 5, 10]) if (m * p >= max) return m * p;
  return 10 * p;
}

/** Horizontal bars, one per label, the value written after each bar. */
export function barChart(id: string, title: string, desc: string, bars: Bar[]): string {
  // Drawn at a phone's width, so its text reads at its true size there; wider screens scale it (to 560 px).
  const width = 360;
  const labelW = 124;
  const row = 26;
  const height = Math.max(1, bars.length) * row + 10;
  const top = niceMax(Math.max(0, ...bars.filter((b) => !suppressed(b.value)).map((b) => b.value)));
  const span = width - labelW - 40;
  const body = bars
    .map((b, i) => {
      const y = 5 + i * row;
      const w = suppressed(b.value) ? 0 : Math.round((b.value / top) * span);
      return (
        `<text x="${labelW - 6}" y="${y + 17}" text-anchor="end" font-size="13" fill="#1a1a1a">${esc(b.label)}</text>` +
        `<rect x="${labelW}" y="${y + 4}" width="${w}" height="${row - 10}" fill="${COLOURS[0]}"/>` +
        `<text x="${labelW + w + 4}" y="${y + 17}" font-size="13" fill="#1a1a1a">${esc(shown(b.value))}</text>`
      );
    })
    .join('');
  return frame(id, title, desc, width, height, body || `<text x="10" y="20" font-size="14">—</text>`);
}

export interface Line {
  name: string;
  values: number[];
}

/** Lines over the days of a period (the first and last day written under the axis), with a legend. */
export function lineChart(id: string, title: string, desc: string, days: string[], lines: Line[]): string {
  const width = 360;
  const height = 200;
  const left = 36;
  const right = 12;
  const top = 30;
  const bottom = 34;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const max = niceMax(Math.max(0, ...lines.flatMap((l) => l.values.filter((v) => !suppressed(v)))));
  const x = (i: number) => left + (days.length <= 1 ? plotW / 2 : (i / (days.length - 1)) * plotW);
  const y = (v: number) => top + plotH - (v / max) * plotH;
  let body =
    `<line x1="${left}" y1="${top + plotH}" x2="${width - right}" y2="${top + plotH}" ` +
    `stroke="#888"/><line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotH}" ` +
    `stroke="#888"/><text x="${left - 6}" y="${top + 5}" text-anchor="end" font-size="12" fill="#444">${max}</text>` +
    `<text x="${left - 6}" y="${top + plotH + 4}" text-anchor="end" font-size="12" fill="#444">0</text>`;
  if (days.length) {
    body += `<text x="${left}" y="${height - 14}" font-size="12" fill="#444">${esc(days[0]!)}</text>`;
    if (days.length > 1)
      body +=
        `<text ` +
        `x="${width - right}" ` +
        `y="${height - 14}" text-anchor="end" font-size="12" ` +
        `fill="#444">${esc(days.at(-1)!)}</text>`;
  }
  lines.forEach((l, k) => {
    const colour = COLOURS[k % COLOURS.length]!;
    // Segments between hidden points: a hidden count is a gap, never drawn at its value.
    let seg: string[] = [];
    const flush = () => {
      if (seg.length > 1)
        body += `<polyline points="${seg.join(' ')}" fill="none" stroke="${colour}" stroke-width="2"/>`;
      else if (seg.length === 1)
        body += `<circle cx="${seg[0]!.split(',')[0]}" cy="${seg[0]!.split(',')[1]}" r="2.5" fill="${colour}"/>`;
      seg = [];
    };
    l.values.forEach((v, i) => {
      if (suppressed(v)) {
        flush();
        body += `<line x1="${x(i)}" y1="${top + plotH}" x2="${x(i)}" y2="${top + plotH - 6}" stroke="#999"/>`;
      } else seg.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
    });
    flush();
    body +=
      `<rect ` +
      `x="${left + k * 90}" y="6" width="12" height="12" ` +
      `fill="${colour}"/><text ` +
      `x="${left + k * 90 + 16}" y="17" font-size="13" ` +
      `fill="#1a1a1a">${esc(l.name)}</text>`;
  });
  return frame(id, title, desc, width, height, body);
}
