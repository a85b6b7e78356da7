// A test set written for this project (invented numbers and handles, no real page copied): diversion that must be caught, and hard honest text.
import type { TextSource } from './score-text.ts';

export type LabelledText = { readonly text: string; readonly source: TextSource; readonly note: string };

/** Fake after-sales hotline pages as they appear in listings: one number repeated, brand stuffing, service areas. */
export const fakeHotlinePages: readonly LabelledText[] = [
  { source: 'listing', note: 'hotline repeated with click-to-call', text: '格力空调售后维修电话 400-615-7788 格力空调全国统一服务热线400-615-7788（点击咨询）上门安装 加氟 移机 清洗' },
  { source: 'listing', note: 'city list instead of districts', text: '美的热水器维修 24小时服务热线：4008-320-561 服务区域：北京 上海 广州 深圳 杭州 南京 苏州 成都 重庆 武汉 西安 长沙 郑州 天津' },
  { source: 'listing', note: 'spaced digits', text: '海尔洗衣机不脱水？海尔售后电话 4 0 0 - 6 9 9 - 1 2 3 4 专业师傅快速上门，海尔维修 海尔客服 海尔服务中心' },
  { source: 'listing', note: 'full-width digits', text: '西门子冰箱售后服务中心　客服热线：４００－８１０－２２６６　全国联保　３０分钟上门　西门子维修　西门子售后' },
  { source: 'listing', note: 'landline with call word', text: '方太油烟机清洗维修 方太售后服务电话：021-55667788 方太售后 方太维修 方太客服 上门服务 价格透明' },
  { source: 'listing', note: 'Chinese numerals', text: '林内燃气热水器售后热线 肆零零 陆陆捌 贰叁肆伍 全国统一报修 林内维修 林内售后 24小时在线' },
  { source: 'listing', note: 'mobile with WeChat same number', text: '苏泊尔电饭煲维修，不加热 跳闸 显示故障代码都能修，师傅电话13912345678（微信同号）' },
  { source: 'listing', note: 'districts list', text: '开锁换锁 24小时上门 电话 139-0123-4567 服务网点：朝阳区 海淀区 东城区 西城区 丰台区 石景山区 通州区 昌平区 大兴区 顺义区' },
  { source: 'listing', note: '800 number with repair stuffing', text: '奥克斯空调维修 800-820-3131 奥克斯售后 奥克斯维修 奥克斯服务中心 空调不制冷 漏水 异响 点击咨询' },
  { source: 'listing', note: 'dotted number', text: '万和热水器官方售后 服务电话400.882.6677 全国各区县均有网点 万和维修 万和售后 万和客服' },
  { source: 'listing', note: 'title and description hotline', text: '小天鹅洗衣机售后维修中心电话\n小天鹅客服热线400 700 8899 小天鹅售后 小天鹅维修 统一受理 30分钟响应 400 700 8899' },
  { source: 'listing', note: 'circled digits', text: '史密斯净水器售后 换滤芯 漏水维修 咨询热线④⓪⓪⑧⑥⑥⑤⑤⑦⑦ 史密斯售后 史密斯维修 史密斯客服' },
  { source: 'listing', note: 'plumbing with cities', text: '管道疏通 马桶疏通 下水道疏通 电话18812345670 服务城市 北京 天津 石家庄 太原 济南 青岛 郑州 合肥 南京 杭州 宁波' },
  { source: 'listing', note: 'dashes inside mobile', text: '华帝燃气灶打不着火维修——华帝售后服务电话：150-1234-5678 华帝维修 华帝售后 上门检测不收费' },
  { source: 'listing', note: 'hotline in brackets', text: '【松下空调售后】【全国服务热线 4006-200-188】 松下维修 松下售后 松下客服 专业清洗保养' },
];

/** WeChat, QQ and phone lures in reviews and chat, with the usual spellings that dodge keyword filters. */
export const chatAndReviewLures: readonly LabelledText[] = [
  { source: 'review', note: 'WeChat with letters', text: '东西不错，想要内部价的加微信 yhq_8866 发你优惠券' },
  { source: 'review', note: 'homophone 薇信', text: '同款货源一手价，薇信：huo88yuan 私聊' },
  { source: 'review', note: 'V with heart', text: '要同款的姐妹V❤：meimei2026 拿货价' },
  { source: 'review', note: '+v shorthand', text: '想低价拿货的+v：pifa6688 量大从优' },
  { source: 'review', note: 'QQ number', text: '需要代下单的联系QQ 3312456789 价格好说' },
  { source: 'review', note: 'penguin slang', text: '有兼职刷单需要的加企鹅 2198765432 日结' },
  { source: 'review', note: 'phone in review', text: '售后不理人，直接打这个电话 17712345678 找师傅，比客服快多了' },
  { source: 'review', note: 'hotline in review', text: '坏了别找店家，打 400-765-4321 点击咨询，上门维修很快' },
  { source: 'merchant_message', note: 'cashback for WeChat', text: '亲，好评后加客服微信 kefu_xiaomei 领取5元红包哦' },
  { source: 'merchant_message', note: 'off-platform deal', text: '平台抽成高，加我vx：shop_lin88 私下交易给你便宜20' },
  { source: 'merchant_message', note: 'phone with WeChat same number', text: '有问题直接联系我 13687654321 微信同号 随时在' },
  { source: 'merchant_message', note: 'spelled-out mobile', text: '售后请打我手机 幺三九 零一二三 四五六七，微信同号' },
  { source: 'account_message', note: 'buyer pushing off-platform', text: '老板我要批发，加我微信详谈：pifa_zhang01' },
  { source: 'account_message', note: 'QQ group', text: '拉你进我们的QQ群 88776655 群里有内部优惠' },
  { source: 'review', note: 'wx shorthand', text: '好用！代理拿货wx：dl20261111 一件代发' },
  { source: 'review', note: 'full-width handle', text: '想要更多款式加ＶＸ：ｋｕａｎｓｈｉ８８ 看朋友圈' },
  { source: 'review', note: 'Cyrillic look-alike in vx', text: '代购正品 加vх: daigou_520 价格美丽' },
  { source: 'review', note: 'weixin pinyin', text: '更多优惠请加weixin：sale2026ok 每天上新' },
  { source: 'merchant_message', note: 'WeChat lure for review reward', text: '五星好评截图发到微信 fanxian_01 立返8元' },
  { source: 'review', note: 'cyberpunk spaced mobile', text: '收到了质量可以，需要的打 1 8 6 1 2 3 4 5 6 7 8 找我拿货' },
];

/**
 * Honest texts with digits, phone talk or brand names: order and tracking numbers, a courier's call, praise for
 * after-sales service, prices and dates. None may be flagged.
 */
export const hardHonestTexts: readonly LabelledText[] = [
  { source: 'review', note: 'courier called', text: '快递员提前打电话通知，送货上门，服务很好' },
  { source: 'review', note: 'order number', text: '订单号 202611281234567890 已经收到，谢谢' },
  { source: 'review', note: 'tracking number', text: '顺丰单号SF1234567890123，第二天就到了' },
  { source: 'review', note: 'called support', text: '打了客服电话，态度很好，很快就帮我换货了' },
  { source: 'review', note: 'brand after-sales praise', text: '格力的售后真不错，安装师傅很专业，全程没有乱收费' },
  { source: 'review', note: 'price and specs', text: '3999买的，8G+256G，屏幕6.7英寸，用了两个月没问题' },
  { source: 'review', note: 'hotel review with floor and room', text: '住在1208房间，楼层高很安静，前台24小时有人' },
  { source: 'review', note: 'date', text: '2026年11月11日下单，11月13日到货，速度可以' },
  { source: 'review', note: 'model number', text: '型号KFR-35GW/NhGc1B，制冷很快，噪音小' },
  { source: 'review', note: 'complaint about hotline', text: '官方400电话一直打不通，差评' },
  { source: 'review', note: 'WeChat payment mention', text: '可以用微信支付，很方便，发货也快' },
  { source: 'review', note: 'QQ music mention', text: '音质很好，连QQ音乐听歌很舒服' },
  { source: 'review', note: 'quantity list', text: '买了12个苹果，坏了1个，其余都很新鲜，单果80mm左右' },
  { source: 'merchant_message', note: 'platform-internal support', text: '亲，有问题请在平台内联系在线客服，我们24小时为您处理' },
  { source: 'review', note: 'cities in hotel review', text: '出差去过北京上海广州，这家酒店是住过最舒服的' },
];
