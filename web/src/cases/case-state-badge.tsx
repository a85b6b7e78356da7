// A case's lifecycle state as a labelled badge.
import type { CaseState } from '../../../src/core/cases/state-machine.ts';
import { caseStateLabels } from '../i18n/governance-labels.ts';
import { useLanguage } from '../i18n/language.tsx';

export function CaseStateBadge({ state }: { state: CaseState }) {
  const { pick } = useLanguage();
  return <span className={`badge case-${state}`}>{pick(caseStateLabels[state])}</span>;
}
