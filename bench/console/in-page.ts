// Console timings read from the page's own clock (performance.now), so Playwright's work on a busy machine is not counted.
import type { Page } from 'playwright-core';

type Condition<A> = (arg: A) => boolean;

/** The page time at which `condition` first holds, checked by a MutationObserver on every DOM change. */
function whenTrue<A>(page: Page, condition: Condition<A>, arg: A): Promise<number> {
  const source = `(arg) => new Promise((resolve) => {
    const check = ${condition.toString()};
    if (check(arg)) return resolve(performance.now());
    const observer = new MutationObserver(() => {
      if (!check(arg)) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  })`;
  // A string is evaluated as an expression: call the function with the (JSON) argument right there.
  return page.evaluate<number>(`(${source})(${JSON.stringify(arg)})`);
}

/** Milliseconds from the start of navigation to `url` (the page clock starts there) until `condition` holds. */
export async function timeNavigation<A>(page: Page, url: string, condition: Condition<A>, arg: A): Promise<number> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return whenTrue(page, condition, arg);
}

/** Milliseconds from clicking the button named `name` (inside the page) until `condition` holds. */
export async function timeClick<A>(page: Page, name: string, condition: Condition<A>, arg: A): Promise<number> {
  const started = await page.evaluate((label) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
    if (!button) throw new Error(`no button ${label}`);
    const now = performance.now();
    button.click();
    return now;
  }, name);
  return (await whenTrue(page, condition, arg)) - started;
}

/** Milliseconds from choosing `value` in the select labelled `label` until `condition` holds. */
export async function timeSelect<A>(page: Page, selectName: string, value: string, condition: Condition<A>, arg: A): Promise<number> {
  const started = await page.evaluate(
    ([name, option]) => {
      const select = document.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
      if (!select) throw new Error(`no select ${name}`);
      const now = performance.now();
      select.value = option!;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return now;
    },
    [selectName, value],
  );
  return (await whenTrue(page, condition, arg)) - started;
}

export const findingRows = (count: number) => document.querySelectorAll('table.findings tbody tr').length >= count;
export const evidenceRows = (count: number) => document.querySelectorAll('table.evidence-events tbody tr').length >= count;
export const onlyKind = (kind: string) => {
  const rows = [...document.querySelectorAll('table.findings tbody tr')];
  return rows.length > 0 && rows.every((tr) => tr.getAttribute('data-kind') === kind);
};
export const firstEvidenceIs = (id: string) => document.querySelector('table.evidence-events tbody tr div[title]')?.getAttribute('title') === id;
