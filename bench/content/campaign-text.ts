// Template campaign texts written for this benchmark, and the edits review farms make so copies do not match exactly.
import type { SeededRandom } from './seeded-random.ts';

/** Invented paid-review templates: what a review-writing service hands its accounts (none copied from any data set). */
export const baseTemplates = [
  '宝贝到手啦，和详情页的图片一模一样，做工很精致，客服小姐姐回复也很及时，五星好评推荐给大家',
  '收到货马上拆开看了，包装很严实没有任何破损，质量比我想象的还要好，这个价格真的很值',
  '第二次回购了，家里人都说好用，物流也给力，两天就送到了，以后就认准这家店了',
  '颜色很正没有色差，尺码标准，面料摸起来很舒服，穿上显瘦，朋友问链接已经分享了',
  '用了一个星期才来评价，效果很明显，味道也很好闻，不刺激，敏感肌也可以放心用',
  '老板人很好，有问必答，发货速度超快，东西质量杠杠的，比超市买的便宜多了',
  '这款真的是性价比之王，功能齐全操作简单，老人小孩都会用，强烈推荐入手',
  '包装很高档，送人很有面子，收到礼物的朋友都夸好看，下次过节还来这家买',
  '水果很新鲜，个头大汁水多，甜度刚刚好，一箱没有一个坏的，冷链配送很用心',
  '安装师傅上门很准时，装得很仔细，热水器出水很快，洗澡水温很稳定，全家都满意',
  '屏幕清晰运行流畅，玩游戏一点都不卡，续航也很顶，充电很快，这个价位没对手',
  '书的纸张很厚实，印刷清楚没有错别字，孩子很喜欢看，每天睡前都要读几页',
  '洗完头发很顺滑不打结，泡沫细腻好冲洗，香味很持久，用了头皮屑也少了',
  '酒店位置很方便，离地铁站很近，房间干净整洁，前台服务热情，早餐种类丰富',
  '电脑开机速度很快，散热做得不错，键盘手感舒服，办公学习都够用，推荐购买',
  '牛奶口感醇厚，日期很新鲜，孩子每天早上一盒，喝了半个月感觉长高了',
  '鞋子做工精细，鞋底很软走路不累脚，码数正好，搭配什么衣服都好看',
  '锅的质量很厚实，不粘效果很好，炒菜不糊底，清洗也很方便，厨房必备好物',
  '客服态度非常好，耐心解答我的每一个问题，售后有保障，买得放心用得安心',
  '拿到手就被惊艳到了，细节处理很到位，没有线头，质感完全不输专柜的',
  '这是我买过最满意的一次，卖家还送了小礼物，很贴心，必须给五颗星',
  '宝宝用了没有红屁屁，吸水性很强，很薄很透气，夜里一片就够了，回购无数次',
  '茶叶香气浓郁，泡了好几次还有味道，包装也很精美，送长辈很合适',
  '充电宝容量很足，手机能充三次，体积小巧方便携带，出门旅游必备',
  '被子很蓬松很暖和，没有异味，盖着很舒服，晒过之后更软了，一夜好眠',
  '耳机音质清晰低音很足，戴着不压耳朵，连接稳定不断连，通勤路上很好用',
  '猫粮颗粒大小合适，家里的主子很爱吃，吃了一段时间毛发变亮了',
  '零食很好吃，独立包装干净卫生，办公室同事都抢着吃，已经推荐给朋友',
  '行李箱很结实，轮子顺滑没有噪音，拉杆很稳，出差用了几次一点划痕都没有',
  '化妆品是正品，专柜验过了，保质期很新，赠品也很多，以后就在这里买了',
  '窗帘遮光效果很好，布料有垂感，安装很简单，挂上之后整个房间都变高级了',
  '台灯光线柔和不刺眼，三档调光，孩子写作业眼睛不累，做工也很扎实',
  '米粒饱满，煮出来的饭很香很软，家里老人都说比以前买的好吃',
  '收纳盒容量大，材质很厚不变形，把衣柜整理得整整齐齐，买了好几个',
  '买给爸妈的按摩仪，力度可以调节，用完肩膀轻松多了，老人很开心',
  '玩具质量好没有异味，边角都打磨过不会伤手，孩子玩得很开心不肯放下',
  '这家店的东西一直很稳定，这次活动价更划算，囤了好多，物流速度也很快',
  '眼镜框很轻戴着不压鼻梁，镜片清晰，配送还附带了眼镜布和盒子',
  '咖啡豆很新鲜，烘焙程度刚好，磨出来香味扑鼻，每天早上来一杯很幸福',
  '键盘打字声音清脆，灯效好看，连接电脑即插即用，游戏和办公都很合适',
];

/** Paraphrases a review farm uses so copies differ: synonym swaps written for this benchmark. */
const synonyms: readonly (readonly [string, string])[] = [
  ['很', '非常'], ['非常', '特别'], ['真的', '确实'], ['推荐', '安利'], ['好看', '漂亮'], ['很快', '超快'], ['喜欢', '爱'],
  ['东西', '宝贝'], ['质量', '品质'], ['便宜', '实惠'], ['朋友', '闺蜜'], ['满意', '开心'], ['舒服', '舒适'], ['孩子', '小朋友'],
  ['速度', '效率'], ['物流', '快递'], ['好用', '实用'], ['很好', '不错'], ['以后', '下次'], ['也', '还'],
];
const fillers = ['真的', '超级', '确实', '说实话', '总之'];
const extraClauses = ['值得购买', '好评', '会回购的', '大家放心买', '五星', '满意', '下次还来'];
const emoji = ['👍', '😊', '❤️', '🌹', '💯', '🥰', '👏', '🎉', '😄', '✨'];
const punctuation = ['，', '。', '！', ',', '!', '~', ' ', '、', '；', '…'];

/** A few simplified → traditional pairs, written independently of the product's folding table so the test is honest. */
const toTraditional: Record<string, string> = {
  这: '這', 个: '個', 们: '們', 来: '來', 为: '為', 说: '說', 时: '時', 会: '會', 对: '對', 过: '過', 还: '還', 没: '沒', 后: '後',
  买: '買', 货: '貨', 质: '質', 价: '價', 宝: '寶', 贝: '貝', 实: '實', 长: '長', 问: '問', 开: '開', 见: '見', 现: '現', 亲: '親',
  谢: '謝', 评: '評', 试: '試', 该: '該', 读: '讀', 费: '費', 贵: '貴', 给: '給', 红: '紅', 细: '細', 经: '經', 纸: '紙', 东: '東',
  车: '車', 软: '軟', 轻: '輕', 运: '運', 边: '邊', 进: '進', 连: '連', 选: '選', 态: '態', 爱: '愛', 应: '應', 帮: '幫', 强: '強',
  当: '當', 发: '發', 变: '變', 欢: '歡', 气: '氣', 满: '滿', 温: '溫', 洁: '潔', 净: '淨', 热: '熱', 灯: '燈', 烂: '爛', 产: '產',
  钱: '錢', 样: '樣', 种: '種', 头: '頭', 题: '題', 颜: '顏', 风: '風', 饭: '飯', 鲜: '鮮', 鸟: '鳥', 点: '點', 电: '電', 脑: '腦',
  装: '裝', 赠: '贈', 礼: '禮', 惊: '驚', 艳: '豔', 处: '處', 线: '線', 专: '專', 柜: '櫃', 盒: '盒', 镜: '鏡', 键: '鍵', 盘: '盤',
};

type Edit = (rng: SeededRandom, text: string) => string;

function swapSynonym(rng: SeededRandom, text: string): string {
  const present = synonyms.filter(([a]) => text.includes(a));
  if (!present.length) return text;
  const [from, to] = rng.pick(present);
  return text.replace(from, to);
}

function clauses(text: string): string[] {
  return text.split('，').filter(Boolean);
}

const edits: readonly Edit[] = [
  swapSynonym,
  (rng, text) => swapSynonym(rng, swapSynonym(rng, text)),
  (rng, text) => {
    const parts = clauses(text);
    if (parts.length < 4) return text;
    parts.splice(rng.int(1, parts.length - 1), 1);
    return parts.join('，');
  },
  (rng, text) => {
    const parts = clauses(text);
    const i = rng.int(0, parts.length - 2);
    [parts[i], parts[i + 1]] = [parts[i + 1]!, parts[i]!];
    return parts.join('，');
  },
  (rng, text) => `${text}，${rng.pick(extraClauses)}`,
  (rng, text) => {
    const parts = clauses(text);
    const i = rng.int(0, parts.length - 1);
    parts[i] = rng.pick(fillers) + parts[i]!;
    return parts.join('，');
  },
  (rng, text) => text + rng.pick(emoji).repeat(rng.int(1, 3)),
  (rng, text) => rng.pick(emoji) + text,
  (rng, text) => text.replace(/，/g, () => rng.pick(punctuation)) + rng.pick(['', '！', '!!!', '。', '~~']),
  (rng, text) => {
    const share = rng.next() * 0.7 + 0.3;
    return Array.from(text, (ch) => (toTraditional[ch] && rng.chance(share) ? toTraditional[ch] : ch)).join('');
  },
  (rng, text) => text.replace(/好|棒|快/, (ch) => ch.repeat(rng.int(2, 4))),
  (_rng, text) => text.replace(/[0-9a-z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).replace(/，/g, ' '),
];

/** A campaign's own wording: the shared template after one or two paraphrases that every copy keeps. */
export function campaignTemplate(rng: SeededRandom, base: string): string {
  let text = swapSynonym(rng, base);
  if (rng.chance(0.5)) text = rng.pick(edits.slice(0, 6))(rng, text);
  return text;
}

/** One account's copy: one to three edits of the campaign's template. */
export function reviewVariant(rng: SeededRandom, template: string): string {
  let text = template;
  for (let n = rng.int(1, 3); n > 0; n -= 1) text = rng.pick(edits)(rng, text);
  return text;
}
