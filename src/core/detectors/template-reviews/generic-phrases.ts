// Generic praise and platform filler: texts made only of these are said independently by millions and are never a template.
import { normalizeForSimilarity } from '../../text/normalize-similarity.ts';

/** Written for this project from common shopping idiom; longer phrases first so "很不错" is removed whole. */
const genericPraise = [
  '五星好评', '给个好评', '给好评', '好评', '超赞', '很赞', '点赞', '赞', '物美价廉', '价廉物美', '性价比高', '性价比很高', '性价比不错',
  '非常好', '很好', '挺好的', '挺好', '真好', '太好了', '不错', '很不错', '挺不错', '还不错', '满意', '很满意', '非常满意', '十分满意',
  '喜欢', '很喜欢', '非常喜欢', '推荐', '值得购买', '值得推荐', '值得信赖', '质量好', '质量很好', '质量不错', '质量非常好', '发货快',
  '发货很快', '发货速度快', '物流快', '物流很快', '快递快', '快递很快', '包装好', '包装很好', '好用', '很好用', '正品', '划算', '实惠',
  '很棒', '棒', '完美', '一如既往', '下次还来', '还会再来', '会回购', '五星', '满分', '好', '可以', '行', '东西', '宝贝', '收到了', '收到',
  '谢谢', '卖家', '老板', '客服', '服务好', '态度好', '服务态度好', '的', '了', '很', '非常', '也', '都', '还', '是', '真', '太', '啊', '哦', '呀',
  '吧', '呢', 'good', 'nice', 'ok', 'perfect',
];

/** What platforms write when a buyer leaves no text: identical everywhere, and not the buyer's words at all. */
const platformFiller = ['此用户没有填写评价', '此用户未填写评价内容', '评价方未及时做出评价系统默认好评', '系统默认好评', '用户未填写评价'];

const fillers = new Set(platformFiller.map(normalizeForSimilarity));
const genericPattern = new RegExp(
  [...new Set(genericPraise.map(normalizeForSimilarity))].filter((p) => p.length > 0).sort((a, b) => b.length - a.length).join('|'),
  'g',
);

/**
 * How many characters of a normalised text are not generic praise: "质量很好发货很快好评" has none, a pasted template
 * ("和图片上一模一样包装也很用心") has many. Platform filler counts as nothing at all.
 */
export function informativeLength(normalized: string): number {
  if (fillers.has(normalized)) return 0;
  return normalized.replace(genericPattern, '').length;
}
