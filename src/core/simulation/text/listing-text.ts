// Shop names, item titles and listing descriptions in the style of a Chinese marketplace.
import type { Category } from '../catalog/categories.ts';
import type { Rng } from '../random.ts';

const namePrefixes = [
  '优品', '云朵', '小鹿', '悦享', '拾光', '橙子', '木子', '森林', '星空', '初见', '南风', '北岸', '青柠', '麦田', '花语', '一诺',
  '鑫源', '恒丰', '佳佳', '乐购', '米粒', '暖阳', '清风', '锦绣', '阿福', '大橙', '甜心', '半夏', '海湾', '山野',
];
const nameSuffixes = ['旗舰店', '专营店', '小店', '官方店', '工作室', '精品店', '企业店', '严选', '的店'];
const brandish = ['品悦', '简居', '森屿', '沐光', '禾木', '初语', '诺亚', '维点', '优格', '美途', '奇点', '臻选', '安途', '小熊'];
const selling = ['包邮', '现货速发', '限时特价', '新品', '爆款', '2026新款', '官方正品', '买二送一', '厂家直销'];
const descriptionLines = [
  '精选优质材料，品质看得见。', '支持七天无理由退换货。', '下午四点前下单当天发货。', '每一件都经过质检再发出。',
  '多种规格可选，详情请看参数。', '实物拍摄，颜色以实物为准。', '售后无忧，有问题请联系在线客服。', '量大可联系客服优惠。',
];

export function shopName(rng: Rng, category: Category): string {
  return rng.pick(namePrefixes) + rng.pick(category.shopWords) + rng.pick(nameSuffixes);
}

export function itemTitle(rng: Rng, category: Category, noun: string): string {
  const modifiers = rng.sample(category.modifiers, rng.int(1, 3)).join(' ');
  const tail = rng.chance(0.6) ? ` ${rng.pick(selling)}` : '';
  return `${rng.pick(brandish)} ${modifiers}${noun}${tail}`;
}

export function itemDescription(rng: Rng, title: string): string {
  return `${title}。${rng.sample(descriptionLines, rng.int(2, 4)).join('')}`;
}

/** A search phrase: mostly the head noun, sometimes with modifiers in any order (long-tail queries rarely repeat). */
export function searchKeyword(rng: Rng, category: Category, noun: string): string {
  const u = rng.float();
  if (u < 0.45) return noun;
  if (u < 0.85) return `${rng.pick(category.modifiers)}${noun}`;
  return `${rng.sample(category.modifiers, 2).join(' ')} ${noun}`;
}
