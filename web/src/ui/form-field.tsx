// One labelled form field with its hint and the server's problems beside it, wired for screen readers (aria-invalid, aria-describedby).
import type { ReactNode } from 'react';

export type FieldAttributes = { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };

type Props = {
  readonly id: string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly problems?: readonly string[];
  readonly children: (attributes: FieldAttributes) => ReactNode;
};

export function FormField({ id, label, hint, problems = [], children }: Props) {
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const describedBy = [problems.length ? problemId : '', hint ? hintId : ''].filter(Boolean).join(' ');
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, ...(problems.length ? { 'aria-invalid': true } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) })}
      {hint ? (
        <p id={hintId} className="muted small hint">
          {hint}
        </p>
      ) : null}
      {problems.length ? (
        <ul id={problemId} className="field-problems">
          {problems.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
