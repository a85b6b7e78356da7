// The findings filters as a form: choices apply at once, typed text on Enter or "Apply"; invalid input is named, not sent.
import { useId, useState, type FormEvent, type InputHTMLAttributes } from 'react';
import { entityTypeLabels, kindLabels, severityLabels } from '../../../src/core/findings/kind-labels.ts';
import { useLanguage } from '../i18n/language.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import { draftOf, filtersOfDraft, type Draft } from './filter-draft.ts';
import { MAX_TEXT, type FindingFilters } from './filters.ts';

type Labels = Record<string, { en: string; zh: string }>;
type FieldProps = { id: string; name: keyof Draft; label: string; value: string; onChange: (value: string) => void; invalid: boolean; className?: string };

const PROBLEM_ID = 'filter-problem';
const problemAttributes = (invalid: boolean) => (invalid ? { 'aria-invalid': true, 'aria-describedby': PROBLEM_ID } : {});

function SelectField({ id, name, label, value, onChange, invalid, anyLabel, options }: FieldProps & { anyLabel: string; options: Labels }) {
  const { pick } = useLanguage();
  return (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <select id={`${id}-${name}`} name={name} value={value} onChange={(e) => onChange(e.target.value)} {...problemAttributes(invalid)}>
        <option value="">{anyLabel}</option>
        {Object.entries(options).map(([option, text]) => (
          <option key={option} value={option}>
            {pick(text)}
          </option>
        ))}
      </select>
    </div>
  );
}

function InputField({ id, name, label, value, onChange, invalid, className, ...input }: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id' | 'name'>) {
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input id={`${id}-${name}`} name={name} value={value} onChange={(e) => onChange(e.target.value)} spellCheck={false} {...input} {...problemAttributes(invalid)} />
    </div>
  );
}

export function FilterBar({ filters, onApply }: { filters: FindingFilters; onApply: (filters: FindingFilters) => void }) {
  const { t } = useLanguage();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(filters));
  const [problem, setProblem] = useState<{ message: MessageKey; field: keyof Draft } | undefined>();

  const apply = (next: Draft) => {
    const parsed = filtersOfDraft(next);
    if ('problem' in parsed) return setProblem({ message: parsed.problem, field: parsed.field });
    setProblem(undefined);
    onApply(parsed.filters);
  };
  /** Props of one field: its value from the draft; kind and severity apply as soon as they are chosen. */
  const field = (name: keyof Draft, label: MessageKey) => ({
    id,
    name,
    label: t(label),
    value: draft[name],
    invalid: problem?.field === name,
    onChange: (value: string) => {
      const next = { ...draft, [name]: value };
      setDraft(next);
      if (name === 'kind' || name === 'severity') apply(next);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply(draft);
  };
  const clear = () => {
    const empty = draftOf({});
    setDraft(empty);
    apply(empty);
  };

  return (
    <form className="filters" onSubmit={submit} aria-label={t('filters')} role="search">
      <SelectField {...field('kind', 'filterKind')} anyLabel={t('anyKind')} options={kindLabels} />
      <SelectField {...field('severity', 'filterSeverity')} anyLabel={t('anySeverity')} options={severityLabels} />
      <InputField {...field('minScore', 'filterMinScore')} type="number" min="0" max="1" step="0.05" inputMode="decimal" />
      <SelectField {...field('entityType', 'filterEntityType')} anyLabel={t('anyEntityType')} options={entityTypeLabels} />
      <InputField {...field('entityId', 'filterEntityId')} type="text" />
      <InputField {...field('q', 'filterText')} type="search" maxLength={MAX_TEXT} placeholder={t('textPlaceholder')} className="wide" />
      <div className="filter-actions">
        <button type="submit" className="primary">
          {t('apply')}
        </button>
        <button type="button" onClick={clear}>
          {t('clear')}
        </button>
      </div>
      {problem ? (
        <p id={PROBLEM_ID} className="field-problem" role="alert">
          {t(problem.message)}
        </p>
      ) : null}
    </form>
  );
}
