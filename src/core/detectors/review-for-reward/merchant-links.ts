// Which accounts act for a merchant: linked to it by entity.linked, or sharing a device, phone or payment instrument with one that is.
import type { Snapshot } from '../../snapshot/snapshot.ts';

/** How an account is tied to a merchant, strongest first; reasons quote it. */
export type LinkKind = 'entity_link' | 'shared_device' | 'shared_phone' | 'shared_payment';

export const linkLabels: Record<LinkKind | 'merchant', { en: string; zh: string }> = {
  merchant: { en: 'the shop itself', zh: '店铺本身' },
  entity_link: { en: "an account the platform links to the shop (owner, staff)", zh: '平台关联的店铺账号（店主、员工）' },
  shared_device: { en: "an account on a device of the shop's accounts", zh: '与店铺账号共用设备的账号' },
  shared_phone: { en: "an account with a phone of the shop's accounts", zh: '与店铺账号共用手机号的账号' },
  shared_payment: { en: "an account paying with an instrument of the shop's accounts", zh: '与店铺账号共用支付工具的账号' },
};

export type MerchantLinks = {
  /** The merchants an account acts for and how, by interned account id. */
  linksOf(account: number): ReadonlyMap<number, LinkKind> | undefined;
};

type Pairs = { readonly keys: Int32Array; readonly accounts: Int32Array };

function concat(parts: readonly Pairs[]): Pairs {
  const size = parts.reduce((n, p) => n + p.keys.length, 0);
  const keys = new Int32Array(size);
  const accounts = new Int32Array(size);
  let at = 0;
  for (const part of parts) {
    keys.set(part.keys, at);
    accounts.set(part.accounts, at);
    at += part.keys.length;
  }
  return { keys, accounts };
}

/** (identifier, account) pairs: devices from registration, logins and orders; phones from registration and orders; payment instruments from payments. */
function identifierPairs(snapshot: Snapshot): Record<'shared_device' | 'shared_phone' | 'shared_payment', Pairs> {
  const registered = snapshot.table('account.registered').columns;
  const logins = snapshot.table('account.login').columns;
  const orders = snapshot.table('order.placed').columns;
  const paid = snapshot.table('order.paid').columns;
  const orderAccount = new Int32Array(snapshot.names('order').size).fill(-1);
  for (let row = 0; row < orders.orderId.length; row += 1) orderAccount[orders.orderId[row]!] = orders.accountId[row]!;
  const payer = Int32Array.from(paid.orderId, (order) => orderAccount[order] ?? -1);
  return {
    shared_device: concat([
      { keys: registered.deviceId, accounts: registered.accountId },
      { keys: logins.deviceId, accounts: logins.accountId },
      { keys: orders.deviceId, accounts: orders.accountId },
    ]),
    shared_phone: concat([{ keys: registered.phone, accounts: registered.accountId }, { keys: orders.phone, accounts: orders.accountId }]),
    shared_payment: { keys: paid.paymentInstrumentId, accounts: payer },
  };
}

/**
 * The rule (docs/detectors/content.md): a payment is merchant-linked when it comes from the merchant itself, from an
 * account `entity.linked` to the merchant (any relation), or from an account that shares a device, phone number or
 * payment instrument with such an account. Identifiers shared by more than `maxSharers` accounts (shop counters,
 * internet cafés, family tablets passed around) link nobody.
 */
export function merchantLinks(snapshot: Snapshot, maxSharers = 5): MerchantLinks {
  const links = new Map<number, Map<number, LinkKind>>();
  const add = (account: number, merchant: number, kind: LinkKind) => {
    let map = links.get(account);
    if (!map) links.set(account, (map = new Map<number, LinkKind>()));
    if (!map.has(merchant)) map.set(merchant, kind);
  };
  const linked = snapshot.table('entity.linked').columns;
  for (let row = 0; row < linked.relation.length; row += 1) {
    const [a, b] = [snapshot.refName(linked.a.type[row]!, linked.a.id[row]!), snapshot.refName(linked.b.type[row]!, linked.b.id[row]!)];
    if (a?.type === 'account' && b?.type === 'merchant') add(linked.a.id[row]!, linked.b.id[row]!, 'entity_link');
    else if (a?.type === 'merchant' && b?.type === 'account') add(linked.b.id[row]!, linked.a.id[row]!, 'entity_link');
  }
  const direct = [...links.entries()].map(([account, merchants]) => [account, [...merchants.keys()]] as const);
  if (direct.length === 0) return { linksOf: () => undefined };

  for (const [kind, pairs] of Object.entries(identifierPairs(snapshot)) as [LinkKind, Pairs][]) {
    const holders = new Map<number, Set<number>>();
    for (let i = 0; i < pairs.keys.length; i += 1) {
      const key = pairs.keys[i]!;
      const account = pairs.accounts[i]!;
      if (key < 0 || account < 0) continue;
      let set = holders.get(key);
      if (!set) holders.set(key, (set = new Set()));
      set.add(account);
    }
    const keysOf = new Map<number, number[]>();
    for (const [key, set] of holders) {
      if (set.size < 2 || set.size > maxSharers) continue;
      for (const account of set) {
        const list = keysOf.get(account);
        if (list) list.push(key);
        else keysOf.set(account, [key]);
      }
    }
    for (const [account, merchants] of direct) {
      for (const key of keysOf.get(account) ?? []) {
        for (const other of holders.get(key)!) if (other !== account) for (const merchant of merchants) add(other, merchant, kind);
      }
    }
  }
  return { linksOf: (account) => links.get(account) };
}
