// JSON lines for the simulator's own events: hand-written for the most frequent types, JSON.stringify for the rest.
import type { ShoumenEvent } from '../events/event.ts';

/**
 * Views, scans, searches, logins, payments, shipments and deliveries are nine lines in ten; writing them with
 * templates instead of JSON.stringify is a large part of keeping 10M events under two minutes. Only valid for
 * events this simulator built: its ids and codes never need escaping (free text such as keywords and user agents
 * still goes through JSON.stringify), and a test checks the output is byte-identical to JSON.stringify over a run.
 */
export function eventJson(event: ShoumenEvent): string {
  if (event.tenant !== undefined) return JSON.stringify(event);
  switch (event.type) {
    case 'session.view':
      return `{"id":"${event.id}","type":"session.view","ts":"${event.ts}","accountId":"${event.accountId}","sessionId":"${event.sessionId}",` +
        `"merchantId":"${event.merchantId}","itemId":"${event.itemId}","dwellSeconds":${event.dwellSeconds}}`;
    case 'session.search':
      return `{"id":"${event.id}","type":"session.search","ts":"${event.ts}","accountId":"${event.accountId}","sessionId":"${event.sessionId}",` +
        `"keyword":${JSON.stringify(event.keyword)}}`;
    case 'account.login':
      if (event.device !== undefined) return JSON.stringify(event);
      return `{"id":"${event.id}","type":"account.login","ts":"${event.ts}","accountId":"${event.accountId}","deviceId":"${event.deviceId}",` +
        `"ip":"${event.ip}","userAgent":${JSON.stringify(event.userAgent)}}`;
    case 'order.paid':
      return `{"id":"${event.id}","type":"order.paid","ts":"${event.ts}","orderId":"${event.orderId}",` +
        `"paymentInstrumentId":"${event.paymentInstrumentId}","amount":${event.amount}}`;
    case 'order.delivered':
      if (event.region === undefined) return JSON.stringify(event);
      return `{"id":"${event.id}","type":"order.delivered","ts":"${event.ts}","orderId":"${event.orderId}","region":"${event.region}"}`;
    case 'order.shipped':
      if (event.weightGrams === undefined || event.originRegion === undefined) return JSON.stringify(event);
      return `{"id":"${event.id}","type":"order.shipped","ts":"${event.ts}","orderId":"${event.orderId}","carrier":"${event.carrier}",` +
        `"trackingNumber":"${event.trackingNumber}","weightGrams":${event.weightGrams},"originRegion":"${event.originRegion}"}`;
    case 'order.scanned':
      if (event.region === undefined) return JSON.stringify(event);
      return `{"id":"${event.id}","type":"order.scanned","ts":"${event.ts}","orderId":"${event.orderId}","trackingNumber":"${event.trackingNumber}",` +
        `"status":"${event.status}","region":"${event.region}"}`;
    default:
      return JSON.stringify(event);
  }
}
