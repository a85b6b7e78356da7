import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings/finding.ts';
import { bipartiteDrawing, parseGraphEdges } from './bipartite-drawing.ts';
import { entityGraph } from './entity-graph.ts';

const attack = '<script>alert(1)</script>';

function ring(graphEdges: string, members = 3): Finding {
  return {
    id: 'f_ring', kind: 'brushing_ring', score: 0.9, severity: 'critical', summary: 'ring', summaryZh: '团伙',
    entities: [
      { type: 'merchant', id: 'shop-r', role: 'merchant' },
      ...Array.from({ length: members }, (_, m) => ({ type: 'account' as const, id: m === 0 ? `acct-${attack}` : `acct-${m}`, role: 'ring_member' })),
      { type: 'item', id: 'item-a', role: 'ring_item' },
      { type: 'item', id: 'item-b', role: 'ring_item' },
    ],
    window: { from: '2026-11-02T09:00:00+08:00', to: '2026-11-04T09:00:00+08:00' },
    reasons: [{ code: 'DENSE_BLOCK', message: 'dense', messageZh: '稠密' }],
    evidence: { eventIds: ['e1'], metrics: { graphEdges } },
    detector: 'brushing-ring@1.0.0',
  };
}

describe('bipartite drawing', () => {
  it('draws one line per listed edge between members and items, with every id escaped', () => {
    const svg = bipartiteDrawing(ring('1-4 1-5 2-4 3-5'))!.value;
    expect(svg.match(/<line /g)).toHaveLength(4);
    expect(svg.match(/<circle /g)).toHaveLength(5);
    expect(svg).toContain('ring_member (3)');
    expect(svg).toContain('ring_item (2)');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });

  it('ignores malformed pairs and indices outside the finding', () => {
    expect(parseGraphEdges(ring('1-4 x-5 2-99 3-3 7-4 2-5'))).toEqual([[1, 4], [2, 5]]);
  });

  it('caps each side and says how many it shows', () => {
    const edges = Array.from({ length: 60 }, (_, m) => `${m + 1}-${61}`).join(' ');
    const svg = bipartiteDrawing(ring(edges, 60))!.value;
    expect(svg).toContain('ring_member (40/60)');
    expect(svg.match(/<line /g)).toHaveLength(40);
  });

  it('falls back to the role columns when a finding lists no edges', () => {
    expect(bipartiteDrawing(ring(''))).toBeUndefined();
    expect(entityGraph(ring('')).value).toContain('aria-label="entity graph"');
  });
});
