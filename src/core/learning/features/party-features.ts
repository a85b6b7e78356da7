// Own features of merchants, items, devices, IPs and operators: inspections, listings, money paid out, automation on a device.
import type { Snapshot } from '../../snapshot/snapshot.ts';
import { typeIndex } from './entity-graph.ts';
import { countInto, flagInto } from './block-helpers.ts';
import { Moments, type FeatureBlock } from './feature-block.ts';
import { textStats } from './text-stats.ts';

export function addMerchantFeatures(snapshot: Snapshot, block: FeatureBlock): void {
  flagInto(block, 'merchant.registered', snapshot.table('merchant.registered').columns.merchantId);
  const inspected = snapshot.table('merchant.inspected').columns;
  countInto(block, 'merchant.inspections', inspected.merchantId);
  const fail = snapshot.names('inspectionResult').find('fail');
  countInto(block, 'merchant.inspectionFails', Int32Array.from(inspected.merchantId, (m, r) => (inspected.result[r] === fail ? m : -1)));
  countInto(block, 'merchant.listings', snapshot.table('listing.published').columns.merchantId);
  countInto(block, 'merchant.priceChanges', snapshot.table('order.price_changed').columns.merchantId);
  const messages = snapshot.table('message.sent').columns;
  const fromMerchant = snapshot.names('actor').find('merchant');
  countInto(block, 'merchant.messagesSent', Int32Array.from(messages.merchantId, (m, r) => (messages.from[r] === fromMerchant ? m : -1)));
  const transfers = snapshot.table('transfer.sent').columns;
  const merchant = typeIndex('merchant');
  const payer = Int32Array.from(transfers.from.id, (id, r) => (transfers.from.type[r] === merchant ? id : -1));
  countInto(block, 'merchant.transfersOut', payer);
  countInto(block, 'merchant.transferAmountOut', payer, transfers.amount);
  const subsidies = snapshot.table('subsidy.granted').columns;
  countInto(block, 'merchant.subsidies', subsidies.merchantId);
  countInto(block, 'merchant.subsidyAmount', subsidies.merchantId, subsidies.amount);
}

export function addItemFeatures(snapshot: Snapshot, block: FeatureBlock): void {
  const listings = snapshot.table('listing.published').columns;
  countInto(block, 'item.listings', listings.itemId);
  const titleLength = block.column('item.titleLength', Number.NaN);
  const titleDigits = block.column('item.titleDigitShare', Number.NaN);
  for (let row = 0; row < listings.itemId.length; row += 1) {
    const stats = textStats(listings.title.get(row) ?? '');
    titleLength[listings.itemId[row]!] = stats[0]!;
    titleDigits[listings.itemId[row]!] = stats[3]!;
  }
  const views = snapshot.table('session.view').columns;
  countInto(block, 'item.views', views.itemId);
  const dwell = new Moments(block.size);
  for (let row = 0; row < views.itemId.length; row += 1) dwell.add(views.itemId[row]!, views.dwellSeconds[row]!);
  dwell.write(block, 'item.dwellSeconds');
}

export function addDeviceFeatures(snapshot: Snapshot, device: FeatureBlock, ip: FeatureBlock): void {
  const logins = snapshot.table('account.login').columns;
  countInto(device, 'device.logins', logins.deviceId);
  flagInto(device, 'device.emulator', logins.deviceId, logins['device.emulator']);
  flagInto(device, 'device.rooted', logins.deviceId, logins['device.rooted']);
  flagInto(device, 'device.automation', logins.deviceId, logins['device.automation']);
  countInto(ip, 'ip.logins', logins.ip);
  const registered = snapshot.table('account.registered').columns;
  countInto(device, 'device.registrations', registered.deviceId);
  countInto(ip, 'ip.registrations', registered.ip);
}

export function addOperatorFeatures(snapshot: Snapshot, block: FeatureBlock): void {
  countInto(block, 'operator.actions', snapshot.table('operator.action').columns.operatorId);
  const subsidies = snapshot.table('subsidy.granted').columns;
  countInto(block, 'operator.subsidiesApproved', subsidies.approvedBy);
  countInto(block, 'operator.subsidyAmountApproved', subsidies.approvedBy, subsidies.amount);
}
