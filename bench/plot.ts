// A small log–log line chart as SVG text: pure, no dependencies, readable in any browser or on GitHub.

export interface Series {
  label: string;
  color: string;
  /** [x, y] points; non-positive or missing values are skipped (log scale). */
  points: [number, number | null][];
  dashed?: boolean;
}

export interface ChartSpec {
  title: string;
  xLabel: string;
  yLabel: string;
  series: Series[];
  width?: number;
  height?: number;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Powers of ten spanning [min, max]. */
function decades(min: number, max: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) out.push(10 ** e);
  return out;
}

function tickLabel(v: number): string {
  if (v >= 1e6) return `${v / 1e6}M`;
  if (v >= 1e3) return `${v / 1e3}k`;
  return String(v);
}

/** One chart, drawn at (ox, oy) inside a larger SVG. */
export function chart(spec: ChartSpec, ox = 0, oy = 0): string {
  const width = spec.width ?? 460;
  const height = spec.height ?? 300;
  // Room under the plot for the axis label and a legend of two entries a row.
  const m = { left: 64, right: 16, top: 32, bottom: 46 + 16 * Math.ceil(spec.series.length / 2) };
  const pts = spec.series.flatMap((s) => s.points.filter((p): p is [number, number] => (p[1] ?? 0) > 0));
  if (pts.length === 0) return '';
  const xs = decades(Math.min(...pts.map((p) => p[0])), Math.max(...pts.map((p) => p[0])));
  const ys = decades(Math.min(...pts.map((p) => p[1])), Math.max(...pts.map((p) => p[1])));
  const [x0, x1] = [Math.log10(xs[0]!), Math.log10(xs[xs.length - 1]!)];
  const [y0, y1] = [Math.log10(ys[0]!), Math.log10(ys[ys.length - 1]!)];
  const pw = width - m.left - m.right;
  const ph = height - m.top - m.bottom;
  const px = (x: number) => ox + m.left + (x1 === x0 ? pw / 2 : ((Math.log10(x) - x0) / (x1 - x0)) * pw);
  const py = (y: number) => oy + m.top + ph - (y1 === y0 ? ph / 2 : ((Math.log10(y) - y0) / (y1 - y0)) * ph);
  const out: string[] = [];
  out.push(
    `<text x="${ox + width / 2}" y="${oy + 18}" text-anchor="middle" font-weight="bold">${esc(spec.title)}</text>`,
  );
  for (const x of xs) {
    out.push(`<line x1="${px(x)}" y1="${oy + m.top}" x2="${px(x)}" y2="${oy + m.top + ph}" stroke="#ddd"/>`);
    out.push(`<text x="${px(x)}" y="${oy + m.top + ph + 16}" text-anchor="middle">${tickLabel(x)}</text>`);
  }
  for (const y of ys) {
    out.push(
      `<line x1="${ox + m.left}" y1="${py(y)}" x2="${ox + m.left + pw}" y2="${py(y)}" stroke="#ddd"/>`,
    );
    out.push(`<text x="${ox + m.left - 6}" y="${py(y) + 4}" text-anchor="end">${tickLabel(y)}</text>`);
  }
  out.push(
    `<rect x="${ox + m.left}" y="${oy + m.top}" width="${pw}" height="${ph}" fill="none" stroke="#888"/>`,
    `<text x="${ox + m.left + pw / 2}" y="${oy + m.top + ph + 34}" text-anchor="middle">${esc(spec.xLabel)}</text>`,
    `<text transform="translate(${ox + 16},${oy + m.top + ph / 2}) rotate(-90)" text-anchor="middle">${esc(spec.yLabel)}</text>`,
  );
  spec.series.forEach((s, i) => {
    const line = s.points.filter((p): p is [number, number] => (p[1] ?? 0) > 0);
    const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
    if (line.length > 1) {
      const d = line
        .map((p, k) => `${k === 0 ? 'M' : 'L'}${px(p[0]).toFixed(1)},${py(p[1]).toFixed(1)}`)
        .join(' ');
      out.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2"${dash}/>`);
    }
    for (const p of line) out.push(`<circle cx="${px(p[0])}" cy="${py(p[1])}" r="3.5" fill="${s.color}"/>`);
    // Legend under the plot, two entries a row.
    const lx = ox + m.left + (i % 2) * (pw / 2);
    const ly = oy + m.top + ph + 52 + Math.floor(i / 2) * 16;
    out.push(
      `<line x1="${lx}" y1="${ly - 4}" x2="${lx + 18}" y2="${ly - 4}" stroke="${s.color}" stroke-width="2"${dash}/>`,
      `<text x="${lx + 22}" y="${ly}">${esc(s.label)}</text>`,
    );
  });
  return out.join('\n');
}

/** Charts side by side in one SVG document. */
export function svgDocument(charts: ChartSpec[], caption?: string): string {
  const w = charts.reduce((n, c) => n + (c.width ?? 460), 0);
  const h = Math.max(...charts.map((c) => c.height ?? 300)) + (caption ? 20 : 0);
  let x = 0;
  const body = charts.map((c) => {
    const s = chart(c, x, 0);
    x += c.width ?? 460;
    return s;
  });
  const cap = caption ? `<text x="8" y="${h - 6}" font-size="10" fill="#555">${esc(caption)}</text>` : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="sans-serif" font-size="11">`,
    `<title>${esc(charts.map((c) => c.title).join('; '))}</title>`,
    `<rect width="${w}" height="${h}" fill="white"/>`,
    ...body,
    cap,
    '</svg>',
    '',
  ].join('\n');
}
