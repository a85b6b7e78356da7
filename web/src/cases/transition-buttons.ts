// The words on the console's case buttons; which moves, from which states and for which roles, is the core's table.
import type { TransitionName } from '../../../src/core/cases/transition-table.ts';
import type { Bilingual } from '../i18n/messages.ts';

export const transitionButtons: Readonly<Record<TransitionName, Bilingual>> = {
  investigate: { zh: '开始调查', en: 'Start investigating' },
  confirm: { zh: '确认违规', en: 'Confirm as fraud' },
  dismiss: { zh: '驳回（未违规）', en: 'Dismiss' },
  close: { zh: '结案', en: 'Close' },
  reopen: { zh: '重新立案', en: 'Reopen' },
};
