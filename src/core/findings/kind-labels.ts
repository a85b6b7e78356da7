// Names of finding kinds and severities in Chinese and English, for every page a person reads.
import type { FindingKind, Severity } from './finding.ts';

export const kindLabels: Record<FindingKind, { en: string; zh: string }> = {
  brushing_ring: { en: 'Brushing ring', zh: '刷单团伙' },
  account_farm: { en: 'Group-control account farm', zh: '群控账号' },
  scripted_sessions: { en: 'Scripted task sessions', zh: '脚本化任务浏览' },
  template_reviews: { en: 'Template reviews', zh: '模板化评价' },
  review_for_reward: { en: 'Review for reward', zh: '好评返现' },
  fake_logistics: { en: 'Fake logistics (empty parcels)', zh: '空包物流' },
  order_concentration: { en: 'Order concentration', zh: '订单集中' },
  sales_spike: { en: 'Unexplained sales spike', zh: '销量异常激增' },
  subsidy_abuse: { en: 'Subsidy abuse', zh: '补贴滥用' },
  insider_collusion: { en: 'Insider collusion', zh: '内部人员勾结' },
  extortion_reviews: { en: 'Extortion reviews', zh: '职业差评' },
  contact_spam: { en: 'Contact diversion / fake hotline', zh: '站外引流 / 虚假客服电话' },
};

export const severityLabels: Record<Severity, { en: string; zh: string }> = {
  low: { en: 'Low', zh: '低' },
  medium: { en: 'Medium', zh: '中' },
  high: { en: 'High', zh: '高' },
  critical: { en: 'Critical', zh: '严重' },
};

export const entityTypeLabels: Record<string, { en: string; zh: string }> = {
  account: { en: 'Account', zh: '账号' },
  merchant: { en: 'Merchant', zh: '店铺' },
  item: { en: 'Item', zh: '商品' },
  order: { en: 'Order', zh: '订单' },
  review: { en: 'Review', zh: '评价' },
  device: { en: 'Device', zh: '设备' },
  ip: { en: 'IP', zh: 'IP' },
  operator: { en: 'Operator', zh: '运营人员' },
};
