// Registers the governance routes: cases, actions, credit, inspections, appeals, reports, evidence and access.
import type { ServerApp, ServerDeps } from '../context.ts';
import { registerActionRoutes } from './actions/action-routes.ts';
import { registerAppealRoutes } from './appeals/appeal-routes.ts';
import { registerCaseChangeRoutes } from './cases/change-routes.ts';
import { registerCaseRoutes } from './cases/case-routes.ts';
import { registerCreditRoutes } from './credit/credit-routes.ts';
import { registerEvidenceRoute } from './evidence/evidence-route.ts';
import { registerInspectionRoutes } from './inspections/inspection-routes.ts';
import { registerAuditRoute } from './keys/audit-route.ts';
import { registerKeyRoutes } from './keys/key-routes.ts';
import { registerFileReport } from './reports/file-report-route.ts';
import { registerReadReports } from './reports/read-report-routes.ts';

export function registerGovernanceRoutes(server: ServerApp, deps: ServerDeps): void {
  registerCaseRoutes(server, deps);
  registerCaseChangeRoutes(server, deps);
  registerActionRoutes(server, deps);
  registerEvidenceRoute(server, deps);
  registerCreditRoutes(server, deps);
  registerInspectionRoutes(server, deps);
  registerAppealRoutes(server, deps);
  registerFileReport(server, deps);
  registerReadReports(server, deps);
  registerKeyRoutes(server, deps);
  registerAuditRoute(server, deps);
}
