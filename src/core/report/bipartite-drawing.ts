// Draws a finding's own graph when its evidence lists edges (`graphEdges`: "i-j" pairs of entity indices): a ring's members × items, a farm's accounts × devices.
import type { Finding } from '../findings/finding.ts';
import { html, type SafeHtml } from '../html/html.ts';
import { palette, shortLabel } from './graph-style.ts';

const MAX_LEFT = 40;
const MAX_RIGHT = 30;
const ROW = 20;

/** Edges whose ends are entities of the finding, in the order given; anything malformed is dropped. */
export function parseGraphEdges(finding: Finding): [number, number][] {
  const text = finding.evidence.metrics.graphEdges;
  if (typeof text !== 'string' || text.trim() === '') return [];
  const edges: [number, number][] = [];
  for (const pair of text.trim().split(/\s+/)) {
    const match = /^(\d+)-(\d+)$/.exec(pair);
    if (!match) continue;
    const a = Number(match[1]);
    const b = Number(match[2]);
    if (a !== b && a < finding.entities.length && b < finding.entities.length) edges.push([a, b]);
  }
  return edges;
}

/** The two sides in first-seen order, each capped; the finding's first entity (the shop) is drawn above the right side. */
export function bipartiteDrawing(finding: Finding): SafeHtml | undefined {
  const edges = parseGraphEdges(finding);
  if (edges.length === 0) return undefined;
  const left: number[] = [];
  const right: number[] = [];
  for (const [a, b] of edges) {
    if (!left.includes(a)) left.push(a);
    if (!right.includes(b)) right.push(b);
  }
  const shownLeft = left.slice(0, MAX_LEFT);
  const shownRight = right.slice(0, MAX_RIGHT);
  const height = Math.max(shownLeft.length, shownRight.length) * ROW + 70;
  const width = 640;
  const lx = 150;
  const rx = width - 170;
  const yOf = (index: number, count: number) => 50 + index * ROW + ((Math.max(shownLeft.length, shownRight.length) - count) * ROW) / 2;
  const place = new Map<number, [number, number]>();
  shownLeft.forEach((e, i) => place.set(e, [lx, yOf(i, shownLeft.length)]));
  shownRight.forEach((e, i) => place.set(e, [rx, yOf(i, shownRight.length)]));
  const lines = edges.flatMap(([a, b]) => {
    const from = place.get(a);
    const to = place.get(b);
    return from && to ? [html`<line x1="${from[0]}" y1="${from[1].toFixed(1)}" x2="${to[0]}" y2="${to[1].toFixed(1)}" stroke="#9aa5b1" stroke-opacity="0.6"></line>`] : [];
  });
  const node = (e: number, anchor: 'end' | 'start') => {
    const entity = finding.entities[e]!;
    const [x, y] = place.get(e)!;
    const dx = anchor === 'end' ? -10 : 10;
    return html`<g><circle cx="${x}" cy="${y.toFixed(1)}" r="5" fill="${palette[entity.type] ?? '#555'}"><title>${entity.type} ${entity.id}</title></circle><text x="${x + dx}" y="${(y + 4).toFixed(1)}" text-anchor="${anchor}" class="graph-label">${shortLabel(entity.id)}</text></g>`;
  };
  const heading = (x: number, side: number[], shown: number[]) => {
    const role = finding.entities[side[0]!]!.role ?? finding.entities[side[0]!]!.type;
    return html`<text x="${x}" y="18" text-anchor="middle" class="graph-role">${role} (${shown.length < side.length ? `${shown.length}/` : ''}${side.length})</text>`;
  };
  const subject = finding.entities[0];
  const caption = subject && !left.includes(0) && !right.includes(0) ? html`<text x="${width / 2}" y="36" text-anchor="middle" class="graph-label">${subject.type} ${shortLabel(subject.id)}</text>` : html``;
  return html`<svg class="entity-graph" role="img" aria-label="bipartite graph" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px">${lines}${heading(lx, left, shownLeft)}${heading(rx, right, shownRight)}${caption}${shownLeft.map((e) => node(e, 'end'))}${shownRight.map((e) => node(e, 'start'))}</svg>`;
}
