// The product categories of the simulated marketplace: item nouns, title words, price and weight ranges, demand share.
export type Category = {
  readonly id: string;
  readonly name: string;
  /** Share of buyer attention; sums to 1 over the catalog. */
  readonly share: number;
  readonly nouns: readonly string[];
  readonly modifiers: readonly string[];
  /** Log-normal price in fen, clamped. */
  readonly price: { readonly median: number; readonly sigma: number; readonly min: number; readonly max: number };
  /** Log-normal shipping weight of one unit in grams. */
  readonly grams: { readonly median: number; readonly sigma: number };
  readonly maxQuantity: number;
  readonly shopWords: readonly string[];
};

export const categories: readonly Category[] = [
  {
    id: 'clothing', name: '服饰', share: 0.22,
    nouns: ['连衣裙', '卫衣', '羽绒服', '牛仔裤', '衬衫', '针织衫', 'T恤', '风衣', '半身裙', '运动裤', '毛呢大衣', '打底衫', '西装外套', '休闲裤', '棉服'],
    modifiers: ['宽松', '修身', '法式', '韩版', '复古', '小个子', '加绒', '纯棉', '高腰', '碎花', '百搭', '显瘦', '中长款', '男士', '女士', '秋冬', '新款', 'oversize'],
    price: { median: 12_900, sigma: 0.6, min: 1_990, max: 129_900 }, grams: { median: 450, sigma: 0.5 }, maxQuantity: 3,
    shopWords: ['衣橱', '服饰', '女装', '男装', '潮牌', '衣舍'],
  },
  {
    id: 'phones', name: '手机数码', share: 0.1,
    nouns: ['手机壳', '数据线', '充电器', '蓝牙耳机', '充电宝', '钢化膜', '智能手表', '平板保护套', '无线充电器', '手机支架', '移动硬盘', '键盘', '鼠标'],
    modifiers: ['快充', '防摔', '磁吸', '降噪', 'Type-C', '苹果适用', '华为适用', '超薄', '大容量', '无线', '透明', '机械', '静音'],
    price: { median: 6_900, sigma: 0.9, min: 990, max: 299_900 }, grams: { median: 180, sigma: 0.7 }, maxQuantity: 3,
    shopWords: ['数码', '电子', '科技', '配件', '3C'],
  },
  {
    id: 'food', name: '食品', share: 0.16,
    nouns: ['坚果礼盒', '牛肉干', '螺蛳粉', '挂耳咖啡', '红枣', '茶叶', '蜂蜜', '麻辣小龙虾', '饼干', '自热火锅', '柠檬茶', '燕麦片', '橙子', '大米', '辣条'],
    modifiers: ['整箱', '原味', '麻辣', '低糖', '新鲜', '产地直发', '特级', '独立包装', '家庭装', '年货', '无添加', '正宗'],
    price: { median: 4_500, sigma: 0.6, min: 590, max: 39_900 }, grams: { median: 900, sigma: 0.6 }, maxQuantity: 6,
    shopWords: ['食品', '零食', '特产', '茶庄', '果园', '粮油'],
  },
  {
    id: 'beauty', name: '美妆护肤', share: 0.13,
    nouns: ['面霜', '精华液', '口红', '洗面奶', '面膜', '防晒霜', '粉底液', '卸妆水', '眼霜', '洗发水', '身体乳', '香水'],
    modifiers: ['补水', '保湿', '美白', '控油', '敏感肌', '持久', '哑光', '清爽', '修护', '滋润', '小样', '正装'],
    price: { median: 8_900, sigma: 0.7, min: 990, max: 129_900 }, grams: { median: 220, sigma: 0.5 }, maxQuantity: 3,
    shopWords: ['美妆', '护肤', '彩妆', '化妆品', '丽人'],
  },
  {
    id: 'home', name: '家居日用', share: 0.14,
    nouns: ['四件套', '收纳盒', '拖把', '抽纸', '保温杯', '枕头', '毛巾', '垃圾袋', '衣架', '香薰', '地垫', '台灯', '晾衣架', '洗衣凝珠'],
    modifiers: ['家用', '加厚', '大号', '北欧', '简约', '纯棉', '可折叠', '抑菌', '静音', '免打孔', '卧室', '一次性'],
    price: { median: 3_900, sigma: 0.8, min: 590, max: 59_900 }, grams: { median: 700, sigma: 0.8 }, maxQuantity: 4,
    shopWords: ['家居', '日用', '百货', '生活馆', '家纺'],
  },
  {
    id: 'books', name: '图书', share: 0.06,
    nouns: ['小说', '绘本', '练习册', '考研资料', '历史读物', '编程入门', '字帖', '英语词汇书', '漫画', '散文集'],
    modifiers: ['正版', '全套', '儿童', '精装', '新版', '畅销', '高中', '小学', '经典', '彩图'],
    price: { median: 3_900, sigma: 0.5, min: 990, max: 29_900 }, grams: { median: 500, sigma: 0.5 }, maxQuantity: 3,
    shopWords: ['书店', '图书', '书屋', '文化'],
  },
  {
    id: 'baby', name: '母婴', share: 0.07,
    nouns: ['纸尿裤', '奶粉', '奶瓶', '婴儿湿巾', '儿童水杯', '爬行垫', '宝宝辅食', '婴儿连体衣', '学步鞋', '安抚奶嘴'],
    modifiers: ['新生儿', '超薄', '透气', '防胀气', '有机', '加厚', '宝宝', '1-3岁', '婴儿', '柔软'],
    price: { median: 9_900, sigma: 0.6, min: 1_290, max: 59_900 }, grams: { median: 800, sigma: 0.6 }, maxQuantity: 4,
    shopWords: ['母婴', '童装', '宝贝屋', '亲子'],
  },
  {
    id: 'sports', name: '运动户外', share: 0.08,
    nouns: ['跑步鞋', '瑜伽垫', '哑铃', '帐篷', '登山包', '跳绳', '速干衣', '骑行手套', '泳镜', '羽毛球拍'],
    modifiers: ['轻便', '防滑', '专业', '透气', '防水', '加厚', '男女同款', '初学者', '户外', '可调节'],
    price: { median: 11_900, sigma: 0.7, min: 1_490, max: 89_900 }, grams: { median: 650, sigma: 0.7 }, maxQuantity: 2,
    shopWords: ['运动', '户外', '体育', '健身'],
  },
  {
    id: 'appliances', name: '家电', share: 0.04,
    nouns: ['空调', '洗衣机', '电饭煲', '空气炸锅', '电风扇', '吸尘器', '热水器', '电热水壶', '净水器', '破壁机'],
    modifiers: ['变频', '家用', '智能', '节能', '小型', '大容量', '静音', '一级能效', '多功能', '新款'],
    price: { median: 39_900, sigma: 0.9, min: 5_900, max: 899_900 }, grams: { median: 4_000, sigma: 0.9 }, maxQuantity: 1,
    shopWords: ['电器', '家电', '电器城', '厨电'],
  },
];

export function categoryIndex(id: string): number {
  const index = categories.findIndex((c) => c.id === id);
  if (index < 0) throw new Error(`unknown category ${id}`);
  return index;
}
