// Tells reporters what became of their report when the linked case is decided or closed, and prices upheld reports on the merchant.
import type { CaseView } from '../../core/cases/case-view.ts';
import type { TransitionName } from '../../core/cases/state-machine.ts';
import { reportLine } from '../../core/credit/pricing.ts';
import type { Report, ReportNotice } from '../../core/reports/report.ts';
import { ok } from '../../core/result.ts';
import { appendChain, audit, nowIso } from './append-chain.ts';
import type { Caller, GovernanceDeps } from './deps.ts';

const notices: Partial<Record<TransitionName, { message: string; messageZh: string }>> = {
  confirm: { message: 'Your report was upheld: the platform confirmed the violation and is acting on it.', messageZh: '您的举报经核实成立，平台已确认违规并正在处置。' },
  dismiss: { message: 'Your report was reviewed; the platform did not find a violation.', messageZh: '您的举报已核查，平台未发现违规。' },
  close: { message: 'The case your report belongs to is closed.', messageZh: '您举报所涉案件已结案。' },
  reopen: { message: 'The case your report belongs to was reopened for review.', messageZh: '您举报所涉案件已重新立案核查。' },
};

/** One deduction per group of duplicate reports on a merchant: ten consumers reporting one shop is one valid report. */
async function priceUpheldReport(deps: GovernanceDeps, caller: Caller, report: Report, view: CaseView): Promise<void> {
  if (report.target.type !== 'merchant' || report.groupId !== report.id) return;
  const merchantId = report.target.id;
  const chain = `credit:${merchantId}`;
  if ((await deps.chains.lookup(caller.tenant, `report:${report.id}`)).includes(chain)) return;
  const line = reportLine(deps.pointTable, { id: deps.ids.next('credit'), merchantId, reportId: report.id, caseId: view.id });
  await appendChain(deps, caller, chain, () => ok({ type: 'credit.line', payload: line, index: [`report:${report.id}`, `line:${line.id}`] }));
  await audit(deps, caller, 'credit.line', { type: 'merchant', id: merchantId }, { lineId: line.id, points: line.points, reportId: report.id });
}

export async function followUpReports(deps: GovernanceDeps, caller: Caller, view: CaseView, transition: TransitionName): Promise<void> {
  const notice = notices[transition];
  if (!notice) return;
  const at = nowIso(deps);
  for (const report of await deps.reports.list({ tenant: caller.tenant, caseId: view.id, limit: 10_000 })) {
    const note: ReportNotice = { at, ...notice };
    const decided = transition === 'confirm' || transition === 'dismiss';
    const updated: Report = {
      ...report,
      status: transition === 'close' ? 'closed' : transition === 'reopen' ? 'in_review' : report.status,
      notices: [...report.notices, note],
      ...(decided ? { outcome: { at, result: transition === 'confirm' ? 'upheld' : 'not_upheld', message: notice.message, messageZh: notice.messageZh } } : {}),
    };
    await deps.reports.save(updated);
    await audit(deps, caller, 'report.notified', { type: 'report', id: report.id }, { transition, caseId: view.id });
    if (transition === 'confirm') await priceUpheldReport(deps, caller, report, view);
  }
}
