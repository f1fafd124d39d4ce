import type { Page } from 'playwright-core';

/**
 * Labels whose `for` names no element of the page, or one a label cannot name (a div, say): a
 * screen reader then reads the field without its name, and a click on the label does nothing.
 */
export function labelTargetProblems(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('label[for]')).flatMap((label) => {
      const id = label.getAttribute('for')!;
      const target = document.getElementById(id);
      const text = (label.textContent ?? '').trim().slice(0, 40);
      if (!target) return [`label "${text}" points at #${id}, which is not on the page`];
      const labelable = target.matches('input:not([type=hidden]), select, textarea, button, meter, output, progress');
      return labelable ? [] : [`label "${text}" points at #${id}, a ${target.tagName.toLowerCase()} no label can name`];
    }),
  );
}
