import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, html, jsonForScript, trusted } from './html.ts';

describe('html', () => {
  it('escapes interpolated values, including inside attributes', () => {
    const review = '<img src=x onerror=alert(1)>"好评返现"';
    expect(html`<p title="${review}">${review}</p>`.value).toBe(
      '<p title="&lt;img src=x onerror=alert(1)&gt;&quot;好评返现&quot;">&lt;img src=x onerror=alert(1)&gt;&quot;好评返现&quot;</p>',
    );
  });

  it('nests safe fragments and lists without double escaping', () => {
    const items = ['a&b', '<c>'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>${trusted('<hr>')}`.value).toBe('<ul><li>a&amp;b</li><li>&lt;c&gt;</li></ul><hr>');
  });

  it('never lets any string produce a tag (property)', () => {
    fc.assert(fc.property(fc.string(), (text) => !/[<>"']/.test(escapeHtml(text))));
  });

  it('keeps script blocks closed whatever the data says', () => {
    const out = jsonForScript({ text: '</script><script>alert(1)</script>' }).value;
    expect(out).not.toContain('</script>');
    expect(JSON.parse(out)).toEqual({ text: '</script><script>alert(1)</script>' });
  });
});
