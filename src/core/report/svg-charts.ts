// Small inline SVG charts for self-contained pages: horizontal bars and a daily column chart.
import { html, type SafeHtml } from '../html/html.ts';

export type Bar = { readonly label: string; readonly sublabel?: string; readonly value: number; readonly color?: string };

export function barChart(bars: readonly Bar[], title: string): SafeHtml {
  const rowHeight = 26;
  const labelWidth = 330;
  const width = 760;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * rowHeight + 10;
  const rows = bars.map((bar, i) => {
    const y = i * rowHeight + 5;
    const w = Math.max(2, ((width - labelWidth - 60) * bar.value) / max);
    return html`<g>
      <text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end" class="chart-label">${bar.label}${bar.sublabel ? html`<tspan class="chart-sub"> ${bar.sublabel}</tspan>` : ''}</text>
      <rect x="${labelWidth}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowHeight - 8}" rx="3" fill="${bar.color ?? '#c0392b'}"></rect>
      <text x="${labelWidth + w + 6}" y="${y + 16}" class="chart-value">${bar.value}</text>
    </g>`;
  });
  return html`<svg role="img" aria-label="${title}" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px">${rows}</svg>`;
}

export type DayCount = { readonly day: string; readonly count: number };

export function dailyColumns(days: readonly DayCount[], title: string): SafeHtml {
  const width = 640;
  const height = 160;
  const pad = 28;
  const max = Math.max(1, ...days.map((d) => d.count));
  const step = days.length ? (width - 2 * pad) / days.length : 0;
  const columns = days.map((d, i) => {
    const h = ((height - 2 * pad) * d.count) / max;
    const x = pad + i * step;
    return html`<rect x="${x.toFixed(1)}" y="${(height - pad - h).toFixed(1)}" width="${Math.max(1, step - 2).toFixed(1)}" height="${h.toFixed(1)}" fill="#2c7fb8"><title>${d.day}: ${d.count}</title></rect>`;
  });
  const first = days[0]?.day ?? '';
  const last = days[days.length - 1]?.day ?? '';
  return html`<svg role="img" aria-label="${title}" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px">
    <line x1="${pad}" y1="${height - pad}" x2="${width - pad}" y2="${height - pad}" stroke="#999"></line>
    ${columns}
    <text x="${pad}" y="${height - 8}" class="chart-label">${first}</text>
    <text x="${width - pad}" y="${height - 8}" text-anchor="end" class="chart-label">${last}</text>
    <text x="${pad}" y="${pad - 10}" class="chart-label">max ${max}</text>
  </svg>`;
}
