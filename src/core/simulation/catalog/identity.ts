// Phone numbers, user agents and IP addresses of the simulated population, drawn like real ones (and like fake ones).
import type { Rng } from '../random.ts';

/** Mainland mobile prefixes of the three carriers; virtual-operator ranges (170/171/162/165/167) are what SMS farms buy. */
const carrierPrefixes = [
  '134', '135', '136', '137', '138', '139', '147', '150', '151', '152', '157', '158', '159', '182', '183', '187', '188', '198',
  '130', '131', '132', '155', '156', '166', '175', '176', '185', '186', '133', '153', '173', '177', '180', '181', '189', '191', '199',
];
export const virtualPrefixes = ['170', '171', '162', '165', '167'];

export function phoneNumber(rng: Rng, virtual: boolean): string {
  return rng.pick(virtual ? virtualPrefixes : carrierPrefixes) + rng.digits(8);
}

const appVersions = ['10.38.0', '10.36.2', '10.35.1', '10.32.0', '10.29.5', '9.28.1'];
const iphones = ['iPhone15,2', 'iPhone15,4', 'iPhone14,5', 'iPhone14,2', 'iPhone13,2', 'iPhone16,1', 'iPhone12,1', 'iPhone16,2'];
const iosVersions = ['17.5.1', '17.4', '16.7.8', '18.0.1', '18.1', '17.6.1', '16.6'];
const androids = [
  'HUAWEI ALN-AL00', 'HUAWEI NOH-AN00', 'Xiaomi 2211133C', 'Redmi 23049RAD8C', 'OPPO PHT110', 'vivo V2309A', 'HONOR ALI-AN00',
  'OnePlus PJD110', 'Redmi 22127RK46C', 'vivo V2241A', 'OPPO PGX110', 'Xiaomi 23127PN0CC', 'HUAWEI CET-AL00', 'realme RMX3706',
];
const androidVersions = ['14', '13', '12', '15', '11'];

export function userAgent(rng: Rng): string {
  const app = rng.pick(appVersions);
  if (rng.chance(0.36)) return `Mall/${app} (${rng.pick(iphones)}; iOS ${rng.pick(iosVersions)})`;
  return `Mall/${app} (Android ${rng.pick(androidVersions)}; ${rng.pick(androids)})`;
}

/** Phone-farm emulators report old Android builds and generic models. */
export function emulatorUserAgent(rng: Rng): string {
  return `Mall/${rng.pick(['9.28.1', '10.29.5'])} (Android ${rng.pick(['9', '7.1.2'])}; ${rng.pick(['SM-G9650', 'MI 9', 'Pixel 2', 'vivo X21A'])})`;
}

/** Cloud ranges that proxies and farms sit behind (synthetic). */
const datacenterPrefixes = ['47.98', '47.100', '39.105', '106.14', '118.89', '121.40', '139.196', '182.92'];

export function datacenterSubnet(rng: Rng): string {
  return `${rng.pick(datacenterPrefixes)}.${rng.int(0, 255)}.`;
}

export function host(rng: Rng, subnet: string): string {
  return subnet + String(rng.int(2, 254));
}

/** A home broadband address in the region's space. */
export function broadbandIp(rng: Rng, prefix: string): string {
  return `${prefix}.${rng.int(0, 255)}.${rng.int(2, 254)}`;
}

/** Mobile carriers put many subscribers behind a small CGNAT pool, so normal buyers share these addresses. */
export function mobileIp(rng: Rng, prefix: string): string {
  return `${prefix}.${rng.int(0, 15)}.${rng.int(2, 64)}`;
}

export const registrationChannels = ['app', 'app', 'app', 'mini_program', 'h5', 'web'];
