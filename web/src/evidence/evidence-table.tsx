// The stored events behind a finding, a page at a time: time, type, key fields, and people's text shown exactly as written.
import { useState } from 'react';
import type { ShoumenEvent } from '../../../src/core/events/event.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { formatCount, formatTime } from '../format/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { Link } from '../routing/router.tsx';
import { paths } from '../routing/routes.ts';
import { ErrorBox, Loading } from '../ui/status.tsx';
import { eventTypeLabel, fieldLabel } from './event-labels.ts';
import { eventView, type EventView } from './event-view.ts';

export const EVIDENCE_PAGE = 50;

function EventRow({ event, view, textColumn }: { event: ShoumenEvent; view: EventView; textColumn: boolean }) {
  const { language } = useLanguage();
  return (
    <tr>
      <td className="nowrap mono small">{formatTime(event.ts)}</td>
      <td className="nowrap">
        {eventTypeLabel(event.type, language)}
        <div className="muted small mono" title={event.id}>
          {event.id}
        </div>
      </td>
      <td>
        <ul className="fields">
          {view.fields.map((field) => (
            <li key={field.name}>
              <span className="field-name">{fieldLabel(field.name, language)}</span>{' '}
              {field.entity ? <Link to={paths.entity(field.entity.type, field.entity.id)} className="mono">{field.value}</Link> : <span className="mono">{field.value}</span>}
            </li>
          ))}
        </ul>
      </td>
      {textColumn ? (
        <td className="evidence-texts">
          {view.texts.map((text) => (
            <div key={text.name} className="evidence-text">
              <span className="field-name">{fieldLabel(text.name, language)}</span>
              {/* React escapes this: attacker-written text is shown as characters, never interpreted as markup. */}
              <p className="plain-text">{text.value}</p>
            </div>
          ))}
        </td>
      ) : null}
    </tr>
  );
}

export function EvidenceTable({ findingId, total, generation }: { findingId: string; total: number; generation: number }) {
  const { t } = useLanguage();
  const [offset, setOffset] = useState(0);
  const page = useApi(`${findingId}@${offset}#${generation}`, (signal) => api.findingEvents(findingId, { offset, limit: EVIDENCE_PAGE }, signal));
  if (total === 0) return <p className="empty">{t('noEvidence')}</p>;
  const last = Math.min(total, offset + EVIDENCE_PAGE);
  return (
    <div className="evidence">
      <div className="pager">
        <span className="muted" aria-live="polite">
          {t('evidenceRange', { from: formatCount(offset + 1), to: formatCount(last), total: formatCount(total) })}
        </span>
        {total > EVIDENCE_PAGE ? (
          <span className="pager-buttons">
            <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - EVIDENCE_PAGE))}>
              {t('previous')}
            </button>
            <button type="button" disabled={last >= total} onClick={() => setOffset(offset + EVIDENCE_PAGE)}>
              {t('next')}
            </button>
          </span>
        ) : null}
      </div>
      {page.status === 'loading' ? <Loading /> : null}
      {page.status === 'error' ? <ErrorBox error={page.error} onRetry={page.reload} /> : null}
      {page.status === 'ok' ? <EventsTable events={page.value.items} missing={last - offset - page.value.items.length} /> : null}
    </div>
  );
}

/** The text column appears only when some event on the page carries text written by a person. */
function EventsTable({ events, missing }: { events: readonly ShoumenEvent[]; missing: number }) {
  const { t } = useLanguage();
  const views = events.map((event) => ({ event, view: eventView(event) }));
  const textColumn = views.some(({ view }) => view.texts.length > 0);
  return (
    <>
      {missing > 0 ? <p className="warning">{t('missingEvents', { n: missing })}</p> : null}
      <table className="evidence-events">
        <caption className="visually-hidden">{t('evidence')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colTime')}</th>
            <th scope="col">{t('colEventType')}</th>
            <th scope="col">{t('colFields')}</th>
            {textColumn ? <th scope="col">{t('colText')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {views.map(({ event, view }) => (
            <EventRow key={event.id} event={event} view={view} textColumn={textColumn} />
          ))}
        </tbody>
      </table>
    </>
  );
}
