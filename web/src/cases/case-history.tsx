// A case's append-only history as the server stores it: every entry with the hash it carries and the hash of the one before, and whether the chain verifies.
import type { CaseHistory as History } from '../api/governance-calls.ts';
import { formatTime } from '../format/format.ts';
import { caseEntryLabels } from '../i18n/governance-labels.ts';
import { useLanguage } from '../i18n/language.tsx';
import { labelIn } from '../i18n/messages.ts';
import { entryDetail } from './entry-detail.ts';

export function CaseHistory({ history }: { history: History }) {
  const { t, language } = useLanguage();
  return (
    <>
      <p className={history.verified ? 'chain-ok' : 'error-title'} role={history.verified ? undefined : 'alert'}>
        {history.verified ? t('chainVerified', { n: history.entries.length }) : t('chainBroken', { problem: history.problem ?? '' })}
      </p>
      <div className="table-scroll">
        <table className="case-history">
          <caption className="visually-hidden">{t('history')}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('colSeq')}
              </th>
              <th scope="col">{t('colTime')}</th>
              <th scope="col">{t('colEntry')}</th>
              <th scope="col">{t('colActor')}</th>
              <th scope="col">{t('colHash')}</th>
            </tr>
          </thead>
          <tbody>
            {history.entries.map((entry) => (
              <tr key={entry.seq} data-type={entry.type}>
                <td className="num">{entry.seq}</td>
                <td className="nowrap mono small">{formatTime(entry.at)}</td>
                <td>
                  <b>{labelIn(caseEntryLabels, entry.type, language)}</b>
                  <div className="small entry-detail">{entryDetail(entry, language)}</div>
                </td>
                <td className="small">{entry.actor.name ?? entry.actor.id}</td>
                <td className="mono small hash">
                  <div>{entry.hash}</div>
                  <div className="muted">{entry.prevHash}</div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
