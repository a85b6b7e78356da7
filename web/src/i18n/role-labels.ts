// Names of the roles detectors give entities in a finding; a role not listed here is shown as the detector wrote it.
import { labelIn, type Bilingual, type Language } from './messages.ts';

const roleLabels: Record<string, Bilingual> = {
  merchant: { en: 'Merchant', zh: '店铺' },
  repeat_buyer: { en: 'Repeat buyer', zh: '重复下单买家' },
  buyer: { en: 'Buyer', zh: '买家' },
  order: { en: 'Order', zh: '订单' },
  poster: { en: 'Poster', zh: '发布者' },
  listing: { en: 'Listing', zh: '商品页' },
  review: { en: 'Review', zh: '评价' },
  recipient: { en: 'Recipient', zh: '收款人' },
  member: { en: 'Member', zh: '成员' },
  device: { en: 'Device', zh: '设备' },
  ip: { en: 'IP', zh: 'IP' },
  item: { en: 'Item', zh: '商品' },
  operator: { en: 'Operator', zh: '运营人员' },
  reviewer: { en: 'Reviewer', zh: '评价人' },
  courier: { en: 'Courier', zh: '快递员' },
};

export function roleLabel(role: string, language: Language): string {
  return labelIn(roleLabels, role, language, role.replaceAll('_', ' '));
}
