// The kinds of timed steps in an order's life, and how a scan step packs its status and region into one number.
export const Step = {
  placed: 0, priceChanged: 1, paid: 2, subsidy: 3, cancelled: 4, shipped: 5, scan: 6, delivered: 7, refunded: 8,
  review: 9, like: 10, followUp: 11, extra: 12,
} as const;
export type StepKind = (typeof Step)[keyof typeof Step];

export const scanStatusList = ['collected', 'in_transit', 'out_for_delivery', 'delivered'] as const;

export function scanArg(status: number, region: number): number {
  return status * 1000 + region;
}

export function unpackScan(arg: number): { status: (typeof scanStatusList)[number]; region: number } {
  return { status: scanStatusList[Math.floor(arg / 1000)]!, region: arg % 1000 };
}

/** Where route planners put steps: the order flow itself (no closure per order). */
export type StepSink = { push(t: number, kind: StepKind, arg: number): void };
