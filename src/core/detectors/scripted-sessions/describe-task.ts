// Turns one tight-dwell group of sessions into a finding with the accounts, orders and reviews it names.
import { orderReviews } from '../../signals/order-reviews.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';
import type { FindingDraft } from '../detector.ts';
import type { ScriptedParams } from './detector.ts';
import { medianAndMad, type Band } from './dwell-band.ts';
import type { OrderedSession } from './ordered-sessions.ts';

export type TaskGroup = {
  readonly keyword: number;
  readonly merchant: number;
  readonly band: Band;
  /** Distinct accounts of the whole group (keyword × shop), in the band or not. */
  readonly accounts: number;
  readonly backgroundShare: number;
  readonly logTail: number;
  readonly logLimit: number;
  readonly sessions: readonly OrderedSession[];
};

/** 0.6 at the edge (the fewest accounts, just past the significance limit), rising with accounts and surprise. */
export function taskScore(accounts: number, log10Tail: number, log10Limit: number, minAccounts: number): number {
  const score = 0.6 + 0.1 * Math.log2(accounts / minAccounts) + 0.02 * Math.min(10, log10Limit - log10Tail);
  return Math.min(0.99, Math.max(0.5, score));
}

const minutes = (seconds: number) => (seconds / 60).toFixed(1);

export function describeTask(snapshot: Snapshot, task: TaskGroup, params: ScriptedParams): FindingDraft {
  const orders = snapshot.table('order.placed');
  const views = snapshot.table('session.view');
  const searches = snapshot.table('session.search');
  const reviews = orderReviews(snapshot);
  const names = { account: snapshot.names('account'), order: snapshot.names('order'), item: snapshot.names('item') };
  const shop = snapshot.names('merchant').name(task.merchant);
  const keyword = snapshot.names('keyword').name(task.keyword);
  const { median, mad } = medianAndMad(task.sessions.map((s) => s.dwell).sort((a, b) => a - b));
  const workers = new Set<string>();
  const items = new Set<string>();
  const orderIds: string[] = [];
  const reviewIds: string[] = [];
  const eventIds: string[] = [];
  let from = Infinity;
  let to = -Infinity;
  for (const s of task.sessions) {
    workers.add(names.account.name(s.account));
    items.add(names.item.name(orders.columns.itemId[s.order]!));
    const order = orders.columns.orderId[s.order]!;
    orderIds.push(names.order.name(order));
    eventIds.push(snapshot.eventId(searches.event[s.search]!), snapshot.eventId(views.event[s.view]!), snapshot.eventId(orders.event[s.order]!));
    from = Math.min(from, searches.ts[s.search]!);
    to = Math.max(to, orders.ts[s.order]!);
    const posted = reviews.of(order);
    reviewIds.push(...posted.reviewIds);
    eventIds.push(...posted.eventIds);
  }
  const k = task.band.accounts;
  const log10Tail = task.logTail / Math.LN10;
  const log10Limit = task.logLimit / Math.LN10;
  const band = `${minutes(task.band.lo)}–${minutes(Math.min(task.band.hi, task.sessions[task.sessions.length - 1]!.dwell))}`;
  const spread = median > 0 ? mad / median : 0;
  const sorted = (set: Iterable<string>) => [...new Set(set)].sort();
  return {
    kind: 'scripted_sessions',
    score: taskScore(k, log10Tail, log10Limit, params.minAccounts),
    summary: `Shop ${shop}: ${k} accounts searched “${keyword}”, dwelt ${band} minutes on one item and bought (chance 1e${Math.round(log10Tail)})`,
    summaryZh: `店铺 ${shop}：${k} 个账号搜索“${keyword}”后在同一商品停留 ${band} 分钟并下单（偶然概率 1e${Math.round(log10Tail)}）`,
    entities: [
      { type: 'merchant', id: shop, role: 'merchant' },
      ...sorted(items).map((id) => ({ type: 'item' as const, id, role: 'target_item' })),
      ...sorted(workers).map((id) => ({ type: 'account' as const, id, role: 'worker' })),
      ...sorted(orderIds).map((id) => ({ type: 'order' as const, id, role: 'order' })),
      ...sorted(reviewIds).map((id) => ({ type: 'review' as const, id, role: 'review' })),
    ],
    window: { from, to },
    reasons: [
      {
        code: 'TIGHT_DWELL_BAND',
        message: `${k} of ${task.accounts} accounts that searched “${keyword}” and bought here dwelt ${band} minutes (median ${Math.round(median)} s)`,
        messageZh: `搜索“${keyword}”并在此下单的 ${task.accounts} 个账号中，${k} 个停留 ${band} 分钟（中位数 ${Math.round(median)} 秒）`,
        value: k,
        threshold: params.minAccounts,
      },
      {
        code: 'UNLIKELY_DWELL_BY_CHANCE',
        message: `${(task.backgroundShare * 100).toFixed(2)}% of other orders' sessions dwell in this band; ${k} of ${task.accounts} by chance: 1e${log10Tail.toFixed(1)}`,
        messageZh: `其他下单会话仅 ${(task.backgroundShare * 100).toFixed(2)}% 落在此区间；${task.accounts} 个账号中 ${k} 个偶然落入的概率 1e${log10Tail.toFixed(1)}`,
        value: Number(log10Tail.toFixed(2)),
        threshold: Number(log10Limit.toFixed(2)),
      },
      {
        code: 'LOW_DWELL_SPREAD',
        message: `Dwell varies little across accounts: median absolute deviation ${Math.round(mad)} s, ${(spread * 100).toFixed(0)}% of the median`,
        messageZh: `各账号停留时长几乎一致：中位绝对偏差 ${Math.round(mad)} 秒，为中位数的 ${(spread * 100).toFixed(0)}%`,
        value: Number(spread.toFixed(3)),
      },
    ],
    evidence: {
      eventIds,
      metrics: {
        keyword, accountsInBand: k, accountsSearchingAndBuying: task.accounts, sessionsInBand: task.sessions.length,
        bandLowSeconds: task.band.lo, bandHighSeconds: Number(task.band.hi.toFixed(1)), medianDwellSeconds: median, madDwellSeconds: mad,
        backgroundShare: Number(task.backgroundShare.toFixed(5)), log10Chance: Number(log10Tail.toFixed(2)),
      },
    },
  };
}
