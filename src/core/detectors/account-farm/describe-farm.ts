// Turns a linked group and its signals into an account_farm finding: members, devices, the client shop's orders and reviews, the shared attributes.
import type { FindingEntity, Reason } from '../../findings/finding.ts';
import { orderReviews } from '../../signals/order-reviews.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';
import type { FindingDraft } from '../detector.ts';
import type { AccountTraces } from './account-traces.ts';
import type { FarmSignals } from './farm-signals.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;
/** A shop the group bought from at least this often is its client (farms are hired to order from one shop). */
const CLIENT_MIN_ORDERS = 3;

function reasonsFor(s: FarmSignals, size: number): Reason[] {
  const reasons: Reason[] = [];
  const push = (value: number, min: number, reason: Omit<Reason, 'value'>) => {
    if (value >= min) reasons.push({ ...reason, value: Number(value.toFixed(3)) });
  };
  push(s.deviceShare, 0.3, {
    code: 'SHARED_DEVICES',
    message: `${pct(s.deviceShare)} of ${size} accounts run on ${s.sharedDevices.length} shared device(s), ${s.accountsPerDevice.toFixed(1)} accounts each`,
    messageZh: `${size} 个账号中 ${pct(s.deviceShare)} 运行在 ${s.sharedDevices.length} 台共用设备上，平均每台 ${s.accountsPerDevice.toFixed(1)} 个账号`,
  });
  push(s.burstShare, 0.3, { code: 'REGISTRATION_BURST', message: `${pct(s.burstShare)} registered in one sign-up burst`, messageZh: `${pct(s.burstShare)} 的账号在同一注册高峰内注册` });
  push(s.subnetShare, 0.3, { code: 'SHARED_SUBNET', message: `${pct(s.subnetShare)} used the network ${s.topSubnet ?? ''}.0/24`, messageZh: `${pct(s.subnetShare)} 的账号使用同一网段 ${s.topSubnet ?? ''}.0/24` });
  push(s.lockstepShare, 0.3, { code: 'LOCKSTEP', message: `${pct(s.lockstepShare)} act within seconds of each other on several days`, messageZh: `${pct(s.lockstepShare)} 的账号在多天内几乎同步操作` });
  push(s.flaggedShare, 0.3, { code: 'FLAGGED_DEVICES', message: `${pct(s.flaggedShare)} logged in from emulators, rooted or automated devices`, messageZh: `${pct(s.flaggedShare)} 的账号从模拟器、root 或自动化设备登录` });
  push(s.virtualPhoneShare, 0.3, { code: 'VIRTUAL_PHONES', message: `${pct(s.virtualPhoneShare)} of known phone numbers are virtual-operator numbers`, messageZh: `已知手机号中 ${pct(s.virtualPhoneShare)} 为虚拟运营商号段` });
  return reasons;
}

/** The shop the group orders from most, with those orders' rows (time order). */
function clientShop(snapshot: Snapshot, members: Set<number>): { shop: number; rows: number[] } {
  const orders = snapshot.table('order.placed');
  const byShop = new Map<number, number[]>();
  for (let r = 0; r < orders.size; r += 1) {
    if (!members.has(orders.columns.accountId[r]!) || orders.columns.merchantId[r]! < 0) continue;
    const list = byShop.get(orders.columns.merchantId[r]!) ?? [];
    list.push(r);
    byShop.set(orders.columns.merchantId[r]!, list);
  }
  const names = snapshot.names('merchant');
  let best = { shop: -1, rows: [] as number[] };
  for (const [shop, rows] of byShop) {
    if (rows.length > best.rows.length || (rows.length === best.rows.length && best.shop >= 0 && names.name(shop) < names.name(best.shop))) best = { shop, rows };
  }
  if (best.rows.length < CLIENT_MIN_ORDERS) return { shop: -1, rows: [] };
  best.rows.sort((a, b) => orders.ts[a]! - orders.ts[b]! || a - b);
  return best;
}

export function describeFarm(snapshot: Snapshot, group: readonly number[], traces: AccountTraces, signals: FarmSignals, score: number): FindingDraft {
  const accounts = snapshot.names('account');
  const members = [...group].sort((a, b) => (accounts.name(a) < accounts.name(b) ? -1 : 1));
  const client = clientShop(snapshot, new Set(members));
  const orders = snapshot.table('order.placed');
  const entities: FindingEntity[] = client.shop >= 0 ? [{ type: 'merchant', id: snapshot.names('merchant').name(client.shop), role: 'farm_client' }] : [];
  const memberAt = new Map<number, number>();
  for (const a of members) {
    memberAt.set(a, entities.length);
    entities.push({ type: 'account', id: accounts.name(a), role: 'farm_member' });
  }
  const edges: string[] = [];
  for (const { device, members: on } of signals.sharedDevices) {
    const at = entities.length;
    entities.push({ type: 'device', id: traces.labels.device[device]!, role: 'farm_device' });
    for (const a of on) edges.push(`${memberAt.get(a)}-${at}`);
  }
  const reviews = orderReviews(snapshot);
  const eventIds: string[] = [];
  const registered = snapshot.table('account.registered');
  const memberSet = new Set(members);
  for (let r = 0; r < registered.size; r += 1) if (memberSet.has(registered.columns.accountId[r]!)) eventIds.push(snapshot.eventId(registered.event[r]!));
  for (const r of client.rows) {
    eventIds.push(snapshot.eventId(orders.event[r]!));
    const order = orders.columns.orderId[r]!;
    if (order < 0) continue;
    entities.push({ type: 'order', id: snapshot.names('order').name(order), role: 'farm_order' });
    const bought = reviews.of(order);
    bought.reviewIds.forEach((id) => entities.push({ type: 'review', id, role: 'farm_review' }));
    eventIds.push(...bought.eventIds);
  }
  const times = members.flatMap((a) => traces.activity.get(a) ?? []);
  const shopName = client.shop >= 0 ? snapshot.names('merchant').name(client.shop) : undefined;
  const devices = signals.sharedDevices.length;
  return {
    kind: 'account_farm',
    score,
    summary: `${members.length} accounts on ${devices} shared device(s)${signals.topSubnet ? ` behind ${signals.topSubnet}.0/24` : ''}${shopName ? `, ordering from shop ${shopName} ${client.rows.length} times` : ''}`,
    summaryZh: `${members.length} 个账号共用 ${devices} 台设备${signals.topSubnet ? `、同处 ${signals.topSubnet}.0/24 网段` : ''}${shopName ? `，在店铺 ${shopName} 下单 ${client.rows.length} 笔` : ''}`,
    entities,
    window: { from: Math.min(...times), to: Math.max(...times) },
    reasons: reasonsFor(signals, members.length),
    evidence: {
      eventIds,
      metrics: {
        accounts: members.length,
        sharedDevices: devices,
        accountsPerDevice: Number(signals.accountsPerDevice.toFixed(2)),
        deviceShare: Number(signals.deviceShare.toFixed(3)),
        burstShare: Number(signals.burstShare.toFixed(3)),
        subnet: signals.topSubnet ?? '',
        subnetShare: Number(signals.subnetShare.toFixed(3)),
        lockstepShare: Number(signals.lockstepShare.toFixed(3)),
        flaggedShare: Number(signals.flaggedShare.toFixed(3)),
        virtualPhoneShare: Number(signals.virtualPhoneShare.toFixed(3)),
        clientOrders: client.rows.length,
        graphEdges: edges.join(' '),
      },
    },
  };
}
