// A finding's entities as a small SVG graph: every node is a keyboard-reachable link to the entity view.
import type { Finding } from '../api/client.ts';
import { useLanguage } from '../i18n/language.tsx';
import { roleLabel } from '../i18n/role-labels.ts';
import { Link } from '../routing/router.tsx';
import { paths } from '../routing/routes.ts';
import { entityTypeName } from '../ui/badges.tsx';
import { GRAPH, layoutGraph, type GraphNode } from './entity-layout.ts';

const LABEL_CHARS = 18;

function shortId(id: string): string {
  return id.length > LABEL_CHARS ? `${id.slice(0, LABEL_CHARS - 1)}…` : id;
}

function Node({ node, subject }: { node: GraphNode; subject: boolean }) {
  const { language } = useLanguage();
  const { entity } = node;
  const name = `${entityTypeName(entity.type, language)} ${entity.id}`;
  return (
    <Link to={paths.entity(entity.type, entity.id)} aria-label={name} className="graph-node">
      <title>{name}</title>
      <circle cx={node.x} cy={node.y} r={subject ? 12 : 7} className={`type-${entity.type}`} />
      <text x={subject ? node.x : node.x + 12} y={subject ? node.y + 28 : node.y + 4} textAnchor={subject ? 'middle' : 'start'}>
        {shortId(entity.id)}
      </text>
    </Link>
  );
}

export function EntityGraph({ entities }: { entities: Finding['entities'] }) {
  const { t, language } = useLanguage();
  const layout = layoutGraph(entities);
  if (!layout) return null;
  const { subject } = layout;
  return (
    <figure className="graph">
      <div className="graph-scroll">
        <svg viewBox={`0 0 ${layout.width} ${layout.height}`} width={layout.width} height={layout.height} role="group" aria-label={t('graph')}>
          <g className="graph-edges" aria-hidden="true">
            {layout.nodes.map((node, i) => (
              <line key={i} x1={subject.x} y1={subject.y} x2={node.x} y2={node.y} />
            ))}
          </g>
          {layout.columns.map((column) => (
            <text key={column.role ?? ''} x={column.x} y={GRAPH.top - 20} className="graph-role">
              {column.role ? roleLabel(column.role, language) : t('noRole')}
              {column.total > column.shown ? ` (${column.shown}/${column.total})` : ''}
            </text>
          ))}
          <Node node={subject} subject />
          {layout.nodes.map((node) => (
            <Node key={`${node.entity.role ?? ''}:${node.entity.type}:${node.entity.id}`} node={node} subject={false} />
          ))}
        </svg>
      </div>
      <figcaption className="muted small">{t('graphCaption', { n: GRAPH.maxPerColumn })}</figcaption>
    </figure>
  );
}
