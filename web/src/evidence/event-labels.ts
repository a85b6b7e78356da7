// Names of event types and of their common fields in Chinese and English, for the evidence table.
import type { EventType } from '../../../src/core/events/event.ts';
import { labelIn, type Bilingual, type Language } from '../i18n/messages.ts';

export const eventTypeLabels: Record<EventType, Bilingual> = {
  'account.registered': { en: 'Account registered', zh: '账号注册' },
  'account.login': { en: 'Login', zh: '登录' },
  'session.search': { en: 'Search', zh: '搜索' },
  'session.view': { en: 'Item view', zh: '浏览商品' },
  'order.placed': { en: 'Order placed', zh: '下单' },
  'order.price_changed': { en: 'Price changed', zh: '改价' },
  'order.paid': { en: 'Order paid', zh: '付款' },
  'order.shipped': { en: 'Shipped', zh: '发货' },
  'order.scanned': { en: 'Parcel scanned', zh: '物流扫描' },
  'order.delivered': { en: 'Delivered', zh: '签收' },
  'order.refunded': { en: 'Refunded', zh: '退款' },
  'order.cancelled': { en: 'Cancelled', zh: '取消订单' },
  'review.posted': { en: 'Review posted', zh: '发布评价' },
  'review.edited': { en: 'Review edited', zh: '修改评价' },
  'review.deleted': { en: 'Review deleted', zh: '删除评价' },
  'review.liked': { en: 'Review liked', zh: '点赞评价' },
  'listing.published': { en: 'Listing published', zh: '发布商品' },
  'message.sent': { en: 'Chat message', zh: '聊天消息' },
  'transfer.sent': { en: 'Transfer', zh: '转账' },
  'subsidy.granted': { en: 'Subsidy granted', zh: '发放补贴' },
  'merchant.registered': { en: 'Merchant registered', zh: '店铺入驻' },
  'merchant.inspected': { en: 'Inspection', zh: '抽检' },
  'operator.action': { en: 'Operator action', zh: '运营操作' },
  'entity.attributes': { en: 'Attributes', zh: '实体属性' },
  'entity.linked': { en: 'Link', zh: '实体关联' },
};

const fieldLabels: Record<string, Bilingual> = {
  accountId: { en: 'account', zh: '账号' },
  toAccountId: { en: 'to account', zh: '收款账号' },
  merchantId: { en: 'merchant', zh: '店铺' },
  itemId: { en: 'item', zh: '商品' },
  orderId: { en: 'order', zh: '订单' },
  reviewId: { en: 'review', zh: '评价' },
  deviceId: { en: 'device', zh: '设备' },
  ip: { en: 'IP', zh: 'IP' },
  operatorId: { en: 'operator', zh: '运营人员' },
  approvedBy: { en: 'approved by', zh: '审批人' },
  amount: { en: 'amount', zh: '金额' },
  quantity: { en: 'quantity', zh: '数量' },
  rating: { en: 'rating', zh: '评分' },
  from: { en: 'from', zh: '来源' },
  to: { en: 'to', zh: '目标' },
  text: { en: 'text', zh: '文本' },
  title: { en: 'title', zh: '标题' },
  description: { en: 'description', zh: '描述' },
  memo: { en: 'memo', zh: '备注' },
  notes: { en: 'notes', zh: '备注' },
  detail: { en: 'detail', zh: '详情' },
  keyword: { en: 'keyword', zh: '关键词' },
  trackingNumber: { en: 'tracking no.', zh: '运单号' },
  carrier: { en: 'carrier', zh: '快递公司' },
  weightGrams: { en: 'weight (g)', zh: '重量（克）' },
  dwellSeconds: { en: 'dwell (s)', zh: '停留（秒）' },
  phone: { en: 'phone', zh: '手机号' },
  region: { en: 'region', zh: '地区' },
  status: { en: 'status', zh: '状态' },
  reason: { en: 'reason', zh: '原因' },
  channel: { en: 'channel', zh: '渠道' },
};

export function fieldLabel(name: string, language: Language): string {
  return labelIn(fieldLabels, name, language);
}

export function eventTypeLabel(type: string, language: Language): string {
  return labelIn(eventTypeLabels, type, language);
}
