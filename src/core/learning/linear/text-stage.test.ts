import { describe, expect, it } from 'vitest';
import { aucRoc } from '../metrics.ts';
import { NgramConfig } from './hashed-ngrams.ts';
import { fitTextStage, hashTexts, outOfFoldMargins, textStageFromJson, textStageMargins, textStageToJson } from './text-stage.ts';
import { LogisticParams } from './train-logistic.ts';

const ngram = NgramConfig.parse({ bucketsLog2: 16 });
const params = LogisticParams.parse({ epochs: 10 });
const documents = (texts: readonly string[]) => texts.map((text) => ({ text }));
const fake = ['好评返现，加微信领红包', '五星好评返现金', '晒图好评送红包', '好评返现 联系客服'];
const real = ['物流很快，包装完好', '质量一般，尺码偏大', '用了一周，效果还行', '颜色和图片有点色差'];

describe('text stage', () => {
  const texts = Array.from({ length: 80 }, (_, i) => ({ text: `${(i % 2 ? fake : real)[i % 4]!} ${i}号` }));
  const labels = Uint8Array.from(texts, (_, i) => i % 2);

  it('separates lure texts from ordinary reviews and scores new ones by shared n-grams', () => {
    const stage = fitTextStage(hashTexts(texts, ngram), labels, ngram, params, 1);
    const margins = textStageMargins(stage, hashTexts(documents(['下单好评返现五元', '包装完好，物流很快']), ngram));
    expect(margins[0]!).toBeGreaterThan(0);
    expect(margins[1]!).toBeLessThan(0);
  });

  it("gives out-of-fold margins that carry no memory of a row's own label", () => {
    // Each text is a unique token: in-sample the model memorises it, out of fold it cannot rank better than chance.
    const unique = Array.from({ length: 200 }, (_, i) => `token${i}`);
    const random = Uint8Array.from(unique, (_, i) => ((i * 2654435761) >>> 7) % 2);
    const rows = hashTexts(documents(unique), ngram);
    const inSample = textStageMargins(fitTextStage(rows, random, ngram, params, 1), rows);
    const oof = outOfFoldMargins(rows, random, 5, ngram, params, 1);
    expect(aucRoc(random, inSample)).toBeGreaterThan(0.99);
    expect(Math.abs(aucRoc(random, oof) - 0.5)).toBeLessThan(0.15);
  });

  it('survives the model file: only seen buckets are kept, margins unchanged', () => {
    const stage = fitTextStage(hashTexts(texts, ngram), labels, ngram, params, 1);
    const json = textStageToJson(stage, 5);
    expect(json.buckets.length).toBeLessThan(1 << 16);
    const probe = hashTexts(documents([...fake, ...real, '完全没见过的字']), ngram);
    expect(Array.from(textStageMargins(textStageFromJson(JSON.parse(JSON.stringify(json)) as typeof json), probe))).toEqual(Array.from(textStageMargins(stage, probe)));
  });

  it('is deterministic for a seed', () => {
    const rows = hashTexts(texts, ngram);
    const [a, b] = [fitTextStage(rows, labels, ngram, params, 1).model, fitTextStage(rows, labels, ngram, params, 1).model];
    expect(a.bias).toBe(b.bias);
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
  });
});
