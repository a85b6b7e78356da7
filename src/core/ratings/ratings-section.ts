// The "trusted ratings" section of report.html: how many reviews were left out or down-weighted, and the shops most affected.
import { html, type SafeHtml } from '../html/html.ts';
import type { RatingsResult, TrustedRating } from './rating-types.ts';

const LISTED = 30;

const both = (zh: string, en: string) => html`${zh} <span class="en">${en}</span>`;
const stars = (mean: number | null) => (mean === null ? '—' : mean.toFixed(2));

/** Shops with the most reviews set aside, then those whose published rating moves most: one odd review in a tiny shop ranks low. */
export function mostAffected(ratings: readonly TrustedRating[], limit = LISTED): TrustedRating[] {
  const shift = (r: TrustedRating) => (r.rawMean === null || r.trustedMean === null ? 5 : Math.abs(r.rawMean - r.trustedMean));
  return ratings
    .filter((r) => r.leftOut + r.downWeighted > 0)
    .sort((a, b) => b.leftOut - a.leftOut || shift(b) - shift(a) || b.downWeighted - a.downWeighted || (a.subjectId < b.subjectId ? -1 : 1))
    .slice(0, limit);
}

export function ratingsSection(ratings: RatingsResult | undefined): SafeHtml {
  if (!ratings || ratings.reviews.length === 0) return html``;
  const count = (t: string) => ratings.reviews.filter((r) => r.treatment === t).length;
  const rows = mostAffected(ratings.merchants).map(
    (r) => html`<tr><td class="mono">${r.subjectId}</td><td>${r.reviews}</td><td>${stars(r.rawMean)}</td><td><b>${stars(r.trustedMean)}</b></td>
      <td>${r.leftOut}</td><td>${r.downWeighted}</td></tr>`,
  );
  return html`<section><h2>${both('可信评分', 'Trusted ratings')}</h2>
    <p>${both(
      `共评估 ${ratings.reviews.length} 条评价：剔除 ${count('left_out')} 条疑似虚假评价，降权 ${count('down_weighted')} 条，另有 ${count('deleted')} 条已删除。`,
      `${ratings.reviews.length} reviews scored: ${count('left_out')} suspected fakes left out, ${count('down_weighted')} down-weighted, ${count('deleted')} deleted.`,
    )}</p>
    ${rows.length
      ? html`<table><tr><th>${both('店铺', 'Shop')}</th><th>${both('评价数', 'Reviews')}</th><th>${both('原始均分', 'Raw mean')}</th>
        <th>${both('可信均分', 'Trusted mean')}</th><th>${both('剔除', 'Left out')}</th><th>${both('降权', 'Down-weighted')}</th></tr>${rows}</table>`
      : html`<p class="muted">${both('没有店铺的评分受影响。', 'No shop rating changed.')}</p>`}
  </section>`;
}
