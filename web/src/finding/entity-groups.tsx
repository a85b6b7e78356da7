// A finding's entities grouped by role, each a link to its entity view; long groups open on request.
import { useState } from 'react';
import type { Finding } from '../api/client.ts';
import { formatCount } from '../format/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { roleLabel } from '../i18n/role-labels.ts';
import { Link } from '../routing/router.tsx';
import { paths } from '../routing/routes.ts';
import { entityTypeName } from '../ui/badges.tsx';
import { groupByRole, type RoleGroup } from './entity-layout.ts';

const FIRST_SHOWN = 24;

function Group({ group }: { group: RoleGroup }) {
  const { t, language } = useLanguage();
  const [open, setOpen] = useState(false);
  const shown = open ? group.entities : group.entities.slice(0, FIRST_SHOWN);
  return (
    <div className="role-group">
      <h3>
        {group.role ? roleLabel(group.role, language) : t('noRole')} <span className="muted">({formatCount(group.entities.length)})</span>
      </h3>
      <ul className="entity-list">
        {shown.map((entity) => (
          <li key={`${entity.type}:${entity.id}`}>
            <Link to={paths.entity(entity.type, entity.id)} className="entity-link">
              <span className={`dot type-${entity.type}`} aria-hidden="true" />
              <span className="muted small">{entityTypeName(entity.type, language)}</span> <span className="mono">{entity.id}</span>
            </Link>
          </li>
        ))}
      </ul>
      {group.entities.length > FIRST_SHOWN ? (
        <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('showFewer') : t('showAll', { n: formatCount(group.entities.length) })}
        </button>
      ) : null}
    </div>
  );
}

export function EntityGroups({ entities }: { entities: Finding['entities'] }) {
  return (
    <div className="role-groups">
      {groupByRole(entities).map((group) => (
        <Group key={group.role ?? ''} group={group} />
      ))}
    </div>
  );
}
