import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExpressionText, parseTemplate } from './expression-parser.ts';
import { parseRuleFile } from './file-parser.ts';
import { printExpr, printRuleFile, printTemplate } from './printer.ts';
import { exprArbitrary, templateArbitrary, withoutSpans } from './testing/arbitraries.ts';

describe('parse ↔ print', () => {
  it('round-trips every expression tree: parse(print(e)) is e', () => {
    fc.assert(
      fc.property(exprArbitrary, (expr) => {
        const parsed = parseExpressionText(printExpr(expr));
        expect(parsed.ok ? withoutSpans(parsed.value) : parsed.error).toEqual(expr);
      }),
      { numRuns: 2_000 },
    );
  });

  it('round-trips messages with holes and literal braces', () => {
    fc.assert(
      fc.property(templateArbitrary, (template) => {
        const parsed = parseTemplate(printTemplate(template));
        expect(parsed.ok ? withoutSpans(parsed.value) : parsed.error).toEqual(template);
      }),
      { numRuns: 500 },
    );
  });

  it('prints canonical text that reads back to the same text', () => {
    fc.assert(
      fc.property(exprArbitrary, (expr) => {
        const text = printExpr(expr);
        const parsed = parseExpressionText(text);
        expect(parsed.ok && printExpr(parsed.value)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the grouping the parentheses gave', () => {
    const cases = {
      'a - (b - c)': 'event.a - (event.b - event.c)',
      '(a - b) - c': 'event.a - event.b - event.c',
      '(a or b) and c': '(event.a or event.b) and event.c',
      'a or b and c': 'event.a or event.b and event.c',
      '-(3)': '-(3)',
      '-3 * 2': '-3 * 2',
      'not (a == 1)': 'not event.a == 1',
      '(not a) == b': '(not event.a) == event.b',
    };
    for (const [input, printed] of Object.entries(cases)) {
      const parsed = parseExpressionText(input.replace(/\b([abc])\b/g, 'event.$1'));
      expect(parsed.ok && printExpr(parsed.value), input).toBe(printed);
    }
  });

  it('round-trips the default pack as a whole file', () => {
    const source = readFileSync(new URL('./packs/default.rules', import.meta.url), 'utf8');
    const first = parseRuleFile(source);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const printed = printRuleFile(first.value);
    const second = parseRuleFile(printed);
    expect(second.ok && withoutSpans(second.value)).toEqual(withoutSpans(first.value));
    expect(second.ok && printRuleFile(second.value)).toBe(printed);
  });
});
