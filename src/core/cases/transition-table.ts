// The case lifecycle as plain data (no schema library), so the console can offer exactly the server's moves.
import type { Role } from '../access/principal.ts';

export const caseStates = ['open', 'investigating', 'confirmed', 'dismissed', 'closed'] as const;
export type CaseState = (typeof caseStates)[number];

export const transitionNames = ['investigate', 'confirm', 'dismiss', 'close', 'reopen'] as const;
export type TransitionName = (typeof transitionNames)[number];

type Transition = { readonly from: readonly CaseState[]; readonly to: CaseState; readonly roles: readonly Role[]; readonly label: string; readonly labelZh: string };

/** Confirm and dismiss are analyst decisions; closing and reopening belong to governance, which owns the consequences. */
export const transitions: Readonly<Record<TransitionName, Transition>> = {
  investigate: { from: ['open'], to: 'investigating', roles: ['analyst', 'governance'], label: 'investigation started', labelZh: '开始调查' },
  confirm: { from: ['investigating'], to: 'confirmed', roles: ['analyst'], label: 'confirmed as fraud', labelZh: '确认违规' },
  dismiss: { from: ['investigating'], to: 'dismissed', roles: ['analyst'], label: 'dismissed', labelZh: '驳回（未违规）' },
  close: { from: ['confirmed', 'dismissed'], to: 'closed', roles: ['governance', 'analyst'], label: 'closed', labelZh: '结案' },
  reopen: { from: ['confirmed', 'dismissed', 'closed'], to: 'open', roles: ['governance', 'analyst'], label: 'reopened', labelZh: '重新立案' },
};
