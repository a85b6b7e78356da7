// Draws a finding's entities as a graph: its own edges when the evidence lists them, else the subject with one column per role.
import type { Finding } from '../findings/finding.ts';
import { html, type SafeHtml } from '../html/html.ts';
import { bipartiteDrawing } from './bipartite-drawing.ts';
import { palette, shortLabel } from './graph-style.ts';

const MAX_PER_COLUMN = 24;

export function entityGraph(finding: Finding): SafeHtml {
  const drawn = bipartiteDrawing(finding);
  if (drawn) return drawn;
  const [subject, ...members] = finding.entities;
  if (!subject || members.length === 0) return html``;
  const columns = new Map<string, Finding['entities']>();
  for (const member of members) {
    const key = member.role ?? member.type;
    columns.set(key, [...(columns.get(key) ?? []), member]);
  }
  const columnWidth = 170;
  const rowHeight = 22;
  const tallest = Math.min(MAX_PER_COLUMN, Math.max(...[...columns.values()].map((c) => c.length)));
  const height = Math.max(80, tallest * rowHeight + 50);
  const width = columnWidth * (columns.size + 1) + 40;
  const sx = 70;
  const sy = height / 2;
  const edges: SafeHtml[] = [];
  const nodes: SafeHtml[] = [];
  [...columns.entries()].forEach(([role, list], c) => {
    const shown = list.slice(0, MAX_PER_COLUMN);
    const x = columnWidth * (c + 1) + 70;
    const top = (height - shown.length * rowHeight) / 2 + rowHeight / 2;
    nodes.push(html`<text x="${x}" y="16" text-anchor="middle" class="graph-role">${role}${list.length > shown.length ? ` (${shown.length}/${list.length})` : ''}</text>`);
    shown.forEach((entity, r) => {
      const y = top + r * rowHeight;
      edges.push(html`<line x1="${sx}" y1="${sy.toFixed(1)}" x2="${x}" y2="${y.toFixed(1)}" stroke="#ccc"></line>`);
      nodes.push(html`<g><circle cx="${x}" cy="${y.toFixed(1)}" r="6" fill="${palette[entity.type] ?? '#555'}"><title>${entity.type} ${entity.id}</title></circle><text x="${x + 10}" y="${(y + 4).toFixed(1)}" class="graph-label">${shortLabel(entity.id)}</text></g>`);
    });
  });
  const subjectNode = html`<g><circle cx="${sx}" cy="${sy.toFixed(1)}" r="11" fill="${palette[subject.type] ?? '#555'}"><title>${subject.type} ${subject.id}</title></circle><text x="${sx}" y="${(sy + 26).toFixed(1)}" text-anchor="middle" class="graph-label">${shortLabel(subject.id)}</text></g>`;
  return html`<svg class="entity-graph" role="img" aria-label="entity graph" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px">${edges}${subjectNode}${nodes}</svg>`;
}
