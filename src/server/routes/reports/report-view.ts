// What each caller sees of a report: staff see the links and grouping; a reporter sees status, outcome and notices of their own.
import type { Principal } from '../../../core/access/principal.ts';
import { isOverdue, type Report } from '../../../core/reports/report.ts';

/** A key that holds only the reporter role is a consumer channel: it sees its own reports and nothing internal. */
export function isReporterOnly(principal: Pick<Principal, 'roles'>): boolean {
  return principal.roles.every((role) => role === 'reporter');
}

export function presentReport(report: Report, reporterOnly: boolean, now: Date) {
  const overdue = isOverdue(report, now);
  if (!reporterOnly) return { ...report, overdue };
  const { id, target, category, description, files, receivedAt, dueAt, status, outcome, notices } = report;
  return { id, target, category, description, files, receivedAt, dueAt, status, notices, overdue, ...(outcome ? { outcome } : {}) };
}
