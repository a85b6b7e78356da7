// Table types of the real-time path: rule-set versions, and settlement holds (decisions are columns of the events table, schema.ts).

export type RuleSetsTable = {
  tenant: string;
  version: number;
  name: string;
  status: string;
  /** 1 when this draft runs in shadow mode. */
  shadow: number;
  source: string;
  checksum: string;
  created_at: string;
  created_by: string;
  published_at: string | null;
};

export type SettlementHoldsTable = {
  tenant: string;
  id: string;
  merchant_id: string;
  /** '' when the hold covers the shop rather than one order. */
  order_id: string;
  event_id: string;
  rule_code: string;
  reason: string;
  status: string;
  held_at: string;
  released_at: string | null;
  released_by: string | null;
  note: string | null;
};

export type RealtimeTables = {
  rule_sets: RuleSetsTable;
  settlement_holds: SettlementHoldsTable;
};
