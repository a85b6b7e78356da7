// Provinces (ISO 3166-2:CN codes) with shares of buyers and of sellers, and the carriers that move parcels between them.
export type Region = {
  readonly code: string;
  readonly name: string;
  /** Share of buyers (roughly online-shopper population). */
  readonly buyers: number;
  /** Share of sellers: e-commerce is concentrated in the eastern coastal provinces. */
  readonly sellers: number;
  /** First two octets of the region's home broadband and mobile address space (synthetic). */
  readonly broadband: string;
  readonly mobile: string;
};

export const regions: readonly Region[] = [
  { code: 'CN-GD', name: '广东', buyers: 12, sellers: 22, broadband: '113.108', mobile: '223.104' },
  { code: 'CN-ZJ', name: '浙江', buyers: 8, sellers: 24, broadband: '115.192', mobile: '223.93' },
  { code: 'CN-JS', name: '江苏', buyers: 8, sellers: 10, broadband: '180.108', mobile: '112.20' },
  { code: 'CN-SH', name: '上海', buyers: 5, sellers: 8, broadband: '101.80', mobile: '117.135' },
  { code: 'CN-BJ', name: '北京', buyers: 5, sellers: 4, broadband: '123.112', mobile: '111.196' },
  { code: 'CN-SD', name: '山东', buyers: 7, sellers: 5, broadband: '119.164', mobile: '39.70' },
  { code: 'CN-FJ', name: '福建', buyers: 4, sellers: 8, broadband: '120.36', mobile: '112.48' },
  { code: 'CN-HA', name: '河南', buyers: 6, sellers: 2, broadband: '171.8', mobile: '39.144' },
  { code: 'CN-SC', name: '四川', buyers: 6, sellers: 3, broadband: '171.208', mobile: '182.138' },
  { code: 'CN-HB', name: '湖北', buyers: 4, sellers: 2, broadband: '111.172', mobile: '27.16' },
  { code: 'CN-HN', name: '湖南', buyers: 4, sellers: 2, broadband: '175.8', mobile: '39.128' },
  { code: 'CN-HE', name: '河北', buyers: 4, sellers: 3, broadband: '106.114', mobile: '27.128' },
  { code: 'CN-AH', name: '安徽', buyers: 4, sellers: 2, broadband: '114.96', mobile: '36.56' },
  { code: 'CN-CQ', name: '重庆', buyers: 3, sellers: 1, broadband: '113.204', mobile: '183.64' },
  { code: 'CN-SN', name: '陕西', buyers: 3, sellers: 1, broadband: '113.140', mobile: '117.32' },
  { code: 'CN-LN', name: '辽宁', buyers: 3, sellers: 1, broadband: '175.160', mobile: '223.100' },
  { code: 'CN-JX', name: '江西', buyers: 3, sellers: 1, broadband: '117.40', mobile: '223.84' },
  { code: 'CN-GX', name: '广西', buyers: 3, sellers: 1, broadband: '180.136', mobile: '171.104' },
  { code: 'CN-YN', name: '云南', buyers: 2, sellers: 0.5, broadband: '116.52', mobile: '39.128' },
  { code: 'CN-SX', name: '山西', buyers: 2, sellers: 0.5, broadband: '118.72', mobile: '223.11' },
  { code: 'CN-TJ', name: '天津', buyers: 2, sellers: 0.5, broadband: '117.8', mobile: '111.160' },
  { code: 'CN-HL', name: '黑龙江', buyers: 2, sellers: 0.5, broadband: '221.208', mobile: '1.58' },
  { code: 'CN-GZ', name: '贵州', buyers: 2, sellers: 0.3, broadband: '58.16', mobile: '111.121' },
  { code: 'CN-JL', name: '吉林', buyers: 1.5, sellers: 0.3, broadband: '175.30', mobile: '139.214' },
  { code: 'CN-NM', name: '内蒙古', buyers: 1, sellers: 0.2, broadband: '110.6', mobile: '1.24' },
  { code: 'CN-XJ', name: '新疆', buyers: 1, sellers: 0.2, broadband: '124.117', mobile: '110.155' },
  { code: 'CN-GS', name: '甘肃', buyers: 1, sellers: 0.2, broadband: '118.180', mobile: '42.91' },
  { code: 'CN-HI', name: '海南', buyers: 1, sellers: 0.3, broadband: '124.225', mobile: '36.101' },
];

export type Carrier = { readonly code: string; readonly prefix: string; readonly share: number; readonly digits: number };

/** Express carriers with their tracking-number shapes (prefix + digits). */
export const carriers: readonly Carrier[] = [
  { code: 'ZTO', prefix: '7', share: 0.26, digits: 13 },
  { code: 'YTO', prefix: 'YT', share: 0.2, digits: 13 },
  { code: 'YUNDA', prefix: '43', share: 0.16, digits: 11 },
  { code: 'STO', prefix: '77', share: 0.13, digits: 11 },
  { code: 'SF', prefix: 'SF', share: 0.1, digits: 12 },
  { code: 'JD', prefix: 'JDV', share: 0.08, digits: 12 },
  { code: 'JT', prefix: 'JT', share: 0.05, digits: 13 },
  { code: 'EMS', prefix: '98', share: 0.02, digits: 11 },
];

/** Sorting hubs parcels pass through between provinces. */
export const hubRegions: readonly string[] = ['CN-ZJ', 'CN-JS', 'CN-GD', 'CN-HB', 'CN-HA', 'CN-SC', 'CN-SD', 'CN-SH'];
