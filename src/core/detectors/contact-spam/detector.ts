// contact_spam: texts that divert buyers to a phone, WeChat or QQ, grouped by the handles and posters they share.
import { z } from 'zod';
import type { FindingEntity, Reason } from '../../findings/finding.ts';
import { UnionFind } from '../../graph/union-find.ts';
import { maxOf, minOf } from '../../math/extent.ts';
import { ok } from '../../result.ts';
import { defineDetector, type FindingDraft } from '../detector.ts';
import { collectTexts, type PostedText } from './collect-texts.ts';
import { BRAND_STUFFING_THRESHOLD, DISTRICT_THRESHOLD, REPEAT_THRESHOLD, SERVICE_WORD_THRESHOLD, scoreText, type TextVerdict } from './score-text.ts';

const Params = z.object({ threshold: z.number().min(0).max(1).default(0.5) });

type Flagged = PostedText & { verdict: TextVerdict };

const kindNames = { hotline: ['400/800 hotline', '400/800 热线'], mobile: ['mobile', '手机号'], landline: ['landline', '座机'], wechat: ['WeChat', '微信'], qq: ['QQ', 'QQ'] } as const;

function displayHandle(value: string): string {
  return value.replace(/^(wx|qq):/, '');
}

function reasonsFor(group: Flagged[]): Reason[] {
  const handles = new Map<string, keyof typeof kindNames>();
  for (const item of group) for (const h of item.verdict.handles) handles.set(h.value, h.kind);
  const list = [...handles.entries()].slice(0, 5);
  const en = list.map(([value, kind]) => `${kindNames[kind][0]} ${displayHandle(value)}`).join(', ');
  const zh = list.map(([value, kind]) => `${kindNames[kind][1]} ${displayHandle(value)}`).join('，');
  const reasons: Reason[] = [
    { code: 'CONTACT_HANDLE', message: `Pushes ${en} in ${group.length} text(s)`, messageZh: `在 ${group.length} 条文本中推送 ${zh}`, value: handles.size },
  ];
  const phrases = [...new Set(group.flatMap((g) => g.verdict.cues.phrases))];
  if (phrases.length) {
    reasons.push({ code: 'DIVERSION_PHRASES', message: `Diversion wording: ${phrases.join(', ')}`, messageZh: `引流话术：${phrases.join('、')}`, value: phrases.length });
  }
  const repeat = maxOf(group, (g) => g.verdict.maxRepeat);
  if (repeat >= REPEAT_THRESHOLD) {
    reasons.push({ code: 'REPEATED_NUMBER', message: `The same handle appears ${repeat} times in one text`, messageZh: `同一联系方式在一条文本中重复 ${repeat} 次`, value: repeat, threshold: REPEAT_THRESHOLD });
  }
  const districts = maxOf(group, (g) => g.verdict.cues.districts);
  if (districts >= DISTRICT_THRESHOLD) {
    reasons.push({ code: 'SERVICE_AREA_LIST', message: `Lists ${districts} service districts or cities`, messageZh: `罗列 ${districts} 个服务区域或城市`, value: districts, threshold: DISTRICT_THRESHOLD });
  }
  const service = maxOf(group, (g) => g.verdict.cues.serviceWords);
  if (service >= SERVICE_WORD_THRESHOLD) {
    reasons.push({ code: 'DOOR_TO_DOOR_SERVICE', message: `Offers repair or door-to-door service ${service} times`, messageZh: `${service} 次提供维修、上门等服务`, value: service, threshold: SERVICE_WORD_THRESHOLD });
  }
  const stuffing = maxOf(group, (g) => g.verdict.cues.brandStuffing);
  if (stuffing >= BRAND_STUFFING_THRESHOLD) {
    reasons.push({ code: 'BRAND_AFTER_SALES_STUFFING', message: `${stuffing} brand + after-sales/repair keyword combinations`, messageZh: `${stuffing} 处"品牌+售后/维修"关键词堆砌`, value: stuffing, threshold: BRAND_STUFFING_THRESHOLD });
  }
  return reasons;
}

function uniqueEntities(group: Flagged[]): FindingEntity[] {
  const seen = new Map<string, FindingEntity>();
  for (const item of group) for (const e of item.entities) if (!seen.has(`${e.type}:${e.id}`)) seen.set(`${e.type}:${e.id}`, e);
  return [...seen.values()];
}

function draftFor(group: Flagged[], eventId: (event: number) => string): FindingDraft {
  const top = maxOf(group, (g) => g.verdict.score);
  const poster = group[0]!.entities[0]!;
  const handle = displayHandle(group[0]!.verdict.handles[0]!.value);
  return {
    kind: 'contact_spam',
    // More texts pushing the same handle make the diversion more certain, never less.
    score: Math.min(0.99, top + 0.05 * Math.log2(group.length)),
    summary: `${group.length} text(s) divert buyers off the platform to ${handle} (first by ${poster.type} ${poster.id})`,
    summaryZh: `${group.length} 条文本将买家引流至站外联系方式 ${handle}（首个发布者：${poster.type === 'merchant' ? '店铺' : '账号'} ${poster.id}）`,
    entities: uniqueEntities(group),
    window: { from: minOf(group, (g) => g.ts), to: maxOf(group, (g) => g.ts) },
    reasons: reasonsFor(group),
    evidence: {
      eventIds: group.map((g) => eventId(g.event)),
      metrics: {
        texts: group.length,
        handles: [...new Set(group.flatMap((g) => g.verdict.handles.map((h) => displayHandle(h.value))))].join(' '),
        topTextScore: Number(top.toFixed(3)),
      },
    },
  };
}

export const contactSpam = defineDetector({
  name: 'contact-spam',
  version: '1.1.0',
  kinds: ['contact_spam'],
  params: Params,
  run(snapshot, params) {
    const flagged: Flagged[] = [];
    for (const posted of collectTexts(snapshot)) {
      const verdict = scoreText(posted.text, posted.source);
      if (verdict && verdict.score >= params.threshold) flagged.push({ ...posted, verdict });
    }
    // Texts sharing a handle or a poster belong to one operation: one finding per operation, not per text.
    const sets = new UnionFind(flagged.length);
    const firstWithKey = new Map<string, number>();
    flagged.forEach((item, index) => {
      const poster = item.entities[0]!;
      for (const key of [...item.verdict.handles.map((h) => h.value), `poster:${poster.type}:${poster.id}`]) {
        const first = firstWithKey.get(key);
        if (first === undefined) firstWithKey.set(key, index);
        else sets.union(first, index);
      }
    });
    const eventId = (event: number) => snapshot.eventId(event);
    return ok(sets.groups().map((members) => draftFor(members.map((i) => flagged[i]!), eventId)));
  },
});
