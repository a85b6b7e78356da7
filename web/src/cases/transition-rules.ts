// The case lifecycle the console offers as buttons: from which states, for which roles, and the button's words.
import type { Role } from '../../../src/core/access/principal.ts';
import type { CaseState, TransitionName } from '../../../src/core/cases/state-machine.ts';
import type { Bilingual } from '../i18n/messages.ts';

type Rule = { readonly from: readonly CaseState[]; readonly roles: readonly Role[]; readonly button: Bilingual };

/**
 * Mirrors `transitions` in src/core/cases/state-machine.ts (a unit test keeps them equal): importing that module would
 * pull the whole schema library into the console bundle for five small records.
 */
export const transitionRules: Readonly<Record<TransitionName, Rule>> = {
  investigate: { from: ['open'], roles: ['analyst', 'governance'], button: { zh: '开始调查', en: 'Start investigating' } },
  confirm: { from: ['investigating'], roles: ['analyst'], button: { zh: '确认违规', en: 'Confirm as fraud' } },
  dismiss: { from: ['investigating'], roles: ['analyst'], button: { zh: '驳回（未违规）', en: 'Dismiss' } },
  close: { from: ['confirmed', 'dismissed'], roles: ['governance', 'analyst'], button: { zh: '结案', en: 'Close' } },
  reopen: { from: ['confirmed', 'dismissed', 'closed'], roles: ['governance', 'analyst'], button: { zh: '重新立案', en: 'Reopen' } },
};
