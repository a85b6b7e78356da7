// Hand-written test texts (invented, not copied from any real page): diversion that must be caught, honest text that must not.

export const fakeHotlinePage = [
  '海尔热水器售后维修电话400-826-1234(点击咨询)海尔售后服务中心全国统一客服热线400-826-1234(点击咨询)',
  '24小时上门维修，海尔维修 美的维修 格力售后 方太售后 服务网点：朝阳区 海淀区 丰台区 东城区 西城区 石景山区 通州区',
  '大兴区 昌平区 顺义区 房山区 门头沟区 平谷区 怀柔区 密云区 延庆县，拨打400-826-1234(点击咨询)',
].join('');

export const diversionTexts: readonly { text: string; source: 'listing' | 'review' | 'merchant_message' | 'account_message' }[] = [
  { text: fakeHotlinePage, source: 'listing' },
  { text: '燃气灶不打火？方太燃气灶维修电话 4006-123-456，全国统一售后服务热线，24小时在线', source: 'listing' },
  { text: '宝贝收到了，想要更多优惠的加微信 hxq2026888 私聊返现', source: 'review' },
  { text: '亲，好评截图发我，加我vx：shop_kefu01 领红包哦', source: 'merchant_message' },
  { text: '有需要同款的可以加我QQ 2901234567，低价出', source: 'review' },
  { text: '售后找我，电话幺三八零零一二三四五六，微信同号', source: 'merchant_message' },
  { text: '冰箱不制冷怎么办？西门子冰箱售后电话：010-62345678 咨询热线 上门维修 西门子售后 西门子维修 西门子客服', source: 'listing' },
  { text: '代下单，详询ＶＸ：ｂｕｙｅｒ８８８８ 点击咨询', source: 'account_message' },
];

export const honestTexts: readonly string[] = [
  '快递小哥很负责，送货前打电话提前通知，好评',
  '客服电话一直打不通，等了三天才有人回复，差评',
  '手机很好用，电池耐用，拍照清晰，物美价廉',
  '物流很快，第二天就到了，包装完好，订单号2026112812345678',
  '给爸爸买的老人机，字大声音大，他说13号就收到了',
  '用了一两个月了，三五天充一次电，还不错',
  '快递单号 YT7512345678901，查了一下三天就到了',
  '京东快递员送上门的，电话联系很及时，满意',
  '质量不错，和描述一致，下次还来买，五星好评',
  '买给老婆的，她很喜欢，颜色正，尺码标准，160斤穿XL刚好',
  '热水器安装师傅很专业，美的的售后服务不错，上门很快',
  '价格199元，比实体店便宜了300多，2024年买的现在还好用',
];
