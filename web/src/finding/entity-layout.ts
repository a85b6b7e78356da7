// Entities of a finding grouped by role, and their graph drawn as columns: the subject on the left, one column per role.
import type { Finding } from '../api/client.ts';

export type Entity = Finding['entities'][number];
export type RoleGroup = { readonly role: string | undefined; readonly entities: readonly Entity[] };

/** Groups keep the order detectors wrote (most important first); the same entity twice in one role is shown once. */
export function groupByRole(entities: readonly Entity[]): RoleGroup[] {
  const groups = new Map<string, { role: string | undefined; entities: Entity[]; seen: Set<string> }>();
  for (const entity of entities) {
    const key = entity.role ?? '';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { role: entity.role, entities: [], seen: new Set() }));
    const id = `${entity.type}\u0000${entity.id}`;
    if (group.seen.has(id)) continue;
    group.seen.add(id);
    group.entities.push(entity);
  }
  return [...groups.values()].map(({ role, entities: list }) => ({ role, entities: list }));
}

export type GraphNode = { readonly entity: Entity; readonly x: number; readonly y: number };
export type GraphColumn = { readonly role: string | undefined; readonly x: number; readonly shown: number; readonly total: number };
export type GraphLayout = {
  readonly width: number;
  readonly height: number;
  readonly subject: GraphNode;
  readonly columns: readonly GraphColumn[];
  readonly nodes: readonly GraphNode[];
};

export const GRAPH = { columnWidth: 200, rowHeight: 26, top: 44, subjectX: 90, maxPerColumn: 20 } as const;

/** The first entity is the finding's subject by the detectors' convention; a finding of one entity has no graph. */
export function layoutGraph(entities: readonly Entity[], maxPerColumn: number = GRAPH.maxPerColumn): GraphLayout | undefined {
  const [subject, ...rest] = entities;
  if (!subject) return undefined;
  const others = rest.filter((e) => !(e.type === subject.type && e.id === subject.id));
  const groups = groupByRole(others);
  if (groups.length === 0) return undefined;
  const tallest = Math.max(...groups.map((g) => Math.min(maxPerColumn, g.entities.length)));
  const height = Math.max(140, GRAPH.top + tallest * GRAPH.rowHeight + 16);
  const width = GRAPH.subjectX + GRAPH.columnWidth * groups.length + 120;
  const nodes: GraphNode[] = [];
  const columns = groups.map((group, c) => {
    const x = GRAPH.subjectX + GRAPH.columnWidth * (c + 1);
    const shown = group.entities.slice(0, maxPerColumn);
    const first = GRAPH.top + (height - GRAPH.top - shown.length * GRAPH.rowHeight) / 2 + GRAPH.rowHeight / 2;
    shown.forEach((entity, r) => nodes.push({ entity, x, y: first + r * GRAPH.rowHeight }));
    return { role: group.role, x, shown: shown.length, total: group.entities.length };
  });
  return { width, height, subject: { entity: subject, x: GRAPH.subjectX, y: GRAPH.top + (height - GRAPH.top) / 2 }, columns, nodes };
}
