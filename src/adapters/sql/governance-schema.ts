// Table types of the governance store: hash chains with their index and case queue, reports, API keys, audit and labels.

export type ChainEntriesTable = {
  tenant: string;
  chain: string;
  seq: number;
  at: string;
  actor: string;
  type: string;
  payload: string;
  prev_hash: string;
  hash: string;
};

export type ChainIndexTable = { tenant: string; key: string; chain: string };

export type CasesTable = {
  tenant: string;
  id: string;
  state: string;
  kind: string;
  severity: string;
  assignee: string | null;
  due_at: string;
  updated_at: string;
  body: string;
};

export type ReportsTable = {
  tenant: string;
  id: string;
  filed_by: string;
  target_key: string;
  status: string;
  received_at: string;
  body: string;
};

export type ReportCasesTable = { tenant: string; report_id: string; case_id: string };

export type ApiKeysTable = {
  id: string;
  tenant: string;
  secret_hash: string;
  roles: string;
  name: string;
  kind: string;
  created_at: string;
  created_by: string;
  revoked_at: string | null;
};

export type AuditLogTable = {
  tenant: string;
  at: string;
  actor: string;
  action: string;
  target_type: string;
  target_id: string;
  detail: string | null;
};

export type LabelsTable = {
  tenant: string;
  entity_type: string;
  entity_id: string;
  label: number;
  source: string;
  at: string;
};

export type GovernanceTables = {
  chain_entries: ChainEntriesTable;
  chain_index: ChainIndexTable;
  cases: CasesTable;
  reports: ReportsTable;
  report_cases: ReportCasesTable;
  api_keys: ApiKeysTable;
  audit_log: AuditLogTable;
  labels: LabelsTable;
};
