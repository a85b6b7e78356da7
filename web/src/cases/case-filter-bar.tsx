// The case-queue filters as a form: kind, severity and state apply when chosen, the assignee on Enter or "Apply".
import { useId, useState, type FormEvent } from 'react';
import { kindLabels, severityLabels } from '../../../src/core/findings/kind-labels.ts';
import type { CaseFilters } from '../api/governance-calls.ts';
import { caseStateLabels } from '../i18n/governance-labels.ts';
import { useLanguage } from '../i18n/language.tsx';
import type { Bilingual, MessageKey } from '../i18n/messages.ts';
import { caseFiltersFromSearch, MAX_ASSIGNEE, searchFromCaseFilters } from './case-filters.ts';

type Draft = { kind: string; severity: string; state: string; assignee: string };
const choices: readonly { name: Exclude<keyof Draft, 'assignee'>; label: MessageKey; any: MessageKey; options: Readonly<Record<string, Bilingual>> }[] = [
  { name: 'kind', label: 'filterKind', any: 'anyKind', options: kindLabels },
  { name: 'severity', label: 'filterSeverity', any: 'anySeverity', options: severityLabels },
  { name: 'state', label: 'filterState', any: 'anyState', options: caseStateLabels },
];

/** A draft goes through the same reader as the URL, so the form can never send a filter a link could not hold. */
const filtersOf = (draft: Draft) => caseFiltersFromSearch(new URLSearchParams(draft).toString());

export function CaseFilterBar({ filters, onApply }: { filters: CaseFilters; onApply: (filters: CaseFilters) => void }) {
  const { t, pick } = useLanguage();
  const id = useId();
  const [draft, setDraft] = useState<Draft>({ kind: filters.kind ?? '', severity: filters.severity ?? '', state: filters.state ?? '', assignee: filters.assignee ?? '' });
  const choose = (name: keyof Draft, value: string) => {
    const next = { ...draft, [name]: value };
    setDraft(next);
    if (name !== 'assignee') onApply(filtersOf(next));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(filtersOf(draft));
  };
  return (
    <form className="filters" onSubmit={submit} aria-label={t('filters')} role="search">
      {choices.map((choice) => (
        <div className="field" key={choice.name}>
          <label htmlFor={`${id}-${choice.name}`}>{t(choice.label)}</label>
          <select id={`${id}-${choice.name}`} value={draft[choice.name]} onChange={(e) => choose(choice.name, e.target.value)}>
            <option value="">{t(choice.any)}</option>
            {Object.entries(choice.options).map(([value, label]) => (
              <option key={value} value={value}>
                {pick(label)}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className="field">
        <label htmlFor={`${id}-assignee`}>{t('filterAssignee')}</label>
        <input id={`${id}-assignee`} type="search" maxLength={MAX_ASSIGNEE} spellCheck={false} value={draft.assignee} onChange={(e) => choose('assignee', e.target.value)} />
      </div>
      <div className="filter-actions">
        <button type="submit" className="primary">
          {t('apply')}
        </button>
        <button type="button" onClick={() => onApply({})} disabled={searchFromCaseFilters(filters) === ''}>
          {t('clear')}
        </button>
      </div>
    </form>
  );
}
