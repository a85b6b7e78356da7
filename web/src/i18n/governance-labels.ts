// Names of report categories, report and case states, outcomes and case history entries, in Chinese and English.
import type { CaseEntryType } from '../../../src/core/cases/case-view.ts';
import type { CaseState } from '../../../src/core/cases/state-machine.ts';
import type { ReportCategory, ReportIntake, ReportStatus } from '../../../src/core/reports/report.ts';
import type { Bilingual } from './messages.ts';

/** Typed by the core unions, so a new category or state fails the build until it has a name here. */
export const reportCategoryLabels: Readonly<Record<ReportCategory, Bilingual>> = {
  fake_review: { zh: '虚假评价', en: 'Fake review' },
  brushing: { zh: '刷单', en: 'Order brushing' },
  review_for_reward: { zh: '好评返现', en: 'Review for reward' },
  fake_logistics: { zh: '虚假物流（空包）', en: 'Fake logistics (empty parcel)' },
  contact_diversion: { zh: '站外引流 / 虚假客服', en: 'Contact diversion / fake hotline' },
  extortion: { zh: '职业差评 / 敲诈', en: 'Extortion reviews' },
  other: { zh: '其他', en: 'Other' },
};

export const reportStatusLabels: Readonly<Record<ReportStatus, Bilingual>> = {
  received: { zh: '已受理', en: 'Received' },
  linked: { zh: '已关联案件', en: 'Linked to a case' },
  in_review: { zh: '处理中', en: 'In review' },
  closed: { zh: '已办结', en: 'Closed' },
};

export const outcomeLabels: Readonly<Record<'upheld' | 'not_upheld', Bilingual>> = {
  upheld: { zh: '举报属实', en: 'Upheld' },
  not_upheld: { zh: '举报不成立', en: 'Not upheld' },
};

/** The things a consumer can report; the API takes these four entity types. */
export const reportTargetTypes = ['review', 'merchant', 'order', 'account'] as const satisfies readonly ReportIntake['target']['type'][];

export const caseStateLabels: Readonly<Record<CaseState, Bilingual>> = {
  open: { zh: '待处理', en: 'Open' },
  investigating: { zh: '调查中', en: 'Investigating' },
  confirmed: { zh: '已确认违规', en: 'Confirmed' },
  dismissed: { zh: '已驳回', en: 'Dismissed' },
  closed: { zh: '已结案', en: 'Closed' },
};

export const caseEntryLabels: Readonly<Record<CaseEntryType, Bilingual>> = {
  'case.opened': { zh: '立案', en: 'Case opened' },
  'case.finding_added': { zh: '加入风险发现', en: 'Finding added' },
  'case.transitioned': { zh: '状态变更', en: 'State changed' },
  'case.assigned': { zh: '指派', en: 'Assigned' },
  'case.note_added': { zh: '备注', en: 'Note added' },
  'case.linked': { zh: '关联案件', en: 'Linked to a case' },
  'case.due_changed': { zh: '期限变更', en: 'Due time changed' },
  'action.taken': { zh: '处置措施', en: 'Action taken' },
  'report.linked': { zh: '关联举报', en: 'Report linked' },
};
