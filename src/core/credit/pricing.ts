// Prices credit lines from the point table: confirmed brushing by size and repetition, inspections, valid consumer reports.
import type { CreditLine, CreditView } from './ledger.ts';
import type { PointTable } from './point-table.ts';
import type { FindingKind } from '../findings/finding.ts';
import { kindLabels } from '../findings/kind-labels.ts';
import { DAY_MS } from '../time/units.ts';

/** Kinds that are brushing (刷单炒信) in the narrow sense: fake orders or fake reviews bought for the shop. */
const brushingKinds: ReadonlySet<FindingKind> = new Set(['brushing_ring', 'account_farm', 'scripted_sessions', 'template_reviews', 'review_for_reward', 'fake_logistics', 'order_concentration', 'sales_spike']);

type Base = Pick<CreditLine, 'id' | 'merchantId'>;

/** Repeat offences count more: an earlier confirmed case line inside the window multiplies the deduction. */
export function brushingLine(table: PointTable, base: Base & { caseId: string; accounts: number; kinds?: readonly FindingKind[] }, ledger: CreditView, now: Date): CreditLine {
  const row = [...table.brushing].sort((a, b) => b.minAccounts - a.minAccounts).find((r) => base.accounts >= r.minAccounts) ?? table.brushing[0]!;
  const repeat = ledger.lines.some((l) => l.source.type === 'case' && l.points < 0 && now.getTime() - Date.parse(l.at) <= table.repeatWindowDays * DAY_MS);
  const points = Math.round(row.points * (repeat ? table.repeatMultiplier : 1));
  // Every confirmed fraud case is priced by the brushing rows (its size is what the table measures); the line names what was confirmed.
  const kinds = base.kinds ?? [];
  const brushing = kinds.length === 0 || kinds.some((k) => brushingKinds.has(k));
  const label = kindLabels[kinds[0] ?? 'brushing_ring'];
  return {
    id: base.id, merchantId: base.merchantId, points,
    reason: `${brushing ? 'CONFIRMED_BRUSHING' : 'CONFIRMED_VIOLATION'}${repeat ? '_REPEAT' : ''}`,
    message: `Confirmed ${brushing ? 'order brushing' : label.en.toLowerCase()} in case ${base.caseId} involving ${base.accounts} buyer accounts${repeat ? ' (repeat offence)' : ''}.`,
    messageZh: `案件 ${base.caseId} 确认${brushing ? '刷单' : label.zh}，涉及 ${base.accounts} 个买家账号${repeat ? '（重复违规）' : ''}。`,
    source: { type: 'case', id: base.caseId }, automated: true, tableVersion: table.version, restoreAfterDays: table.restoreAfterDays.brushing,
  };
}

const inspectionNames = {
  qualification: { en: 'qualification check', zh: '资质核验' },
  product_quality: { en: 'product-quality sampling', zh: '商品质量抽检' },
  mystery_shopper: { en: 'mystery shopper', zh: '神秘买家' },
} as const;

export function inspectionLine(table: PointTable, base: Base & { inspectionId: string; kind: keyof typeof inspectionNames; result: 'pass' | 'fail'; inspector: string }): CreditLine {
  const name = inspectionNames[base.kind];
  const failed = base.result === 'fail';
  return {
    id: base.id, merchantId: base.merchantId, points: failed ? table.inspectionFail[base.kind] : table.inspectionPass,
    reason: failed ? `INSPECTION_FAILED_${base.kind.toUpperCase()}` : 'INSPECTION_PASSED',
    message: `${failed ? 'Failed' : 'Passed'} ${name.en} ${base.inspectionId} by ${base.inspector}.`,
    messageZh: `${name.zh} ${base.inspectionId}（${base.inspector}）${failed ? '未通过' : '通过'}。`,
    source: { type: 'inspection', id: base.inspectionId }, automated: true, tableVersion: table.version, restoreAfterDays: table.restoreAfterDays.inspection,
  };
}

export function reportLine(table: PointTable, base: Base & { reportId: string; caseId: string }): CreditLine {
  return {
    id: base.id, merchantId: base.merchantId, points: table.validReport, reason: 'VALID_CONSUMER_REPORT',
    message: `A consumer report (${base.reportId}) was upheld when case ${base.caseId} was confirmed.`,
    messageZh: `消费者举报 ${base.reportId} 经案件 ${base.caseId} 核实成立。`,
    source: { type: 'report', id: base.reportId }, automated: true, tableVersion: table.version, restoreAfterDays: table.restoreAfterDays.report,
  };
}

/** Undoes a line completely: the credit_restore action and an overturned appeal both land as one of these. */
export function restoringLine(original: CreditLine, base: Pick<CreditLine, 'id' | 'source'> & { points?: number; why: string; whyZh: string }): CreditLine {
  return {
    id: base.id, merchantId: original.merchantId, points: base.points ?? -original.points, reason: 'ADJUSTMENT',
    message: base.why, messageZh: base.whyZh, source: base.source, automated: false, tableVersion: original.tableVersion,
    restoreAfterDays: original.restoreAfterDays, adjusts: original.id,
  };
}
