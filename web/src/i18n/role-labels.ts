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
  colluder: { en: 'Colluding buyer', zh: '共谋买家' },
  approver: { en: 'Approver', zh: '审批人' },
  insider: { en: 'Insider', zh: '内部人员' },
  extortionist: { en: 'Extortion reviewer', zh: '职业差评师' },
  victim: { en: 'Targeted shop', zh: '受害店铺' },
  worker: { en: 'Task worker', zh: '刷手' },
  target_item: { en: 'Target item', zh: '目标商品' },
  spike_item: { en: 'Spiking item', zh: '激增商品' },
  spike_buyer: { en: 'Buyer in the spike', zh: '激增期买家' },
  payer: { en: 'Payer', zh: '付款人' },
  fake_buyer: { en: 'Empty-parcel buyer', zh: '空包买家' },
  owner: { en: 'Shop owner', zh: '店主' },
  staff: { en: 'Shop staff', zh: '店铺员工' },
};

export function roleLabel(role: string, language: Language): string {
  return labelIn(roleLabels, role, language, role.replaceAll('_', ' '));
}
