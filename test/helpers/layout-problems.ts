import type { Page } from 'playwright-core';

/**
 * What on the page is cut off or scrolls sideways, as lines a person can find it by:
 * - the document or the app's content area scrolling sideways;
 * - any other scroll box scrolling sideways, unless it is meant to (`sideways` selectors: a code
 *   block, the canvas), and a scroll box with a stray scrollbar (content a few pixels taller than it);
 * - an element with text whose content is wider than its box (scrollWidth > clientWidth + 1), the
 *   deepest such element only (its ancestors overflow because of it), whether the overflow shows,
 *   is clipped or ends in an ellipsis. Form fields scroll their own text and are left out, as are
 *   elements hidden or visually hidden (1 px);
 * - an empty form field whose placeholder is wider than the room for text inside it (a field's own
 *   scrollWidth does not count its placeholder: the text is measured with the placeholder's font).
 */
export function layoutProblems(page: Page, sideways: string[] = []): Promise<string[]> {
  return page.evaluate((allowed) => {
    const describe = (el: Element): string => {
      const cls =
        typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${el.tagName.toLowerCase()}${cls} "${text}"`;
    };
    const problems: string[] = [];
    const doc = document.scrollingElement!;
    if (doc.scrollWidth > doc.clientWidth)
      problems.push(`the page scrolls sideways (${doc.scrollWidth} > ${doc.clientWidth})`);
    const skip = 'input, textarea, select, option, svg, iframe, canvas, script, style';
    const over: Element[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (!(el instanceof HTMLElement) || el.matches(skip) || !el.checkVisibility()) continue;
      const tall = el.scrollHeight - el.clientHeight;
      if (tall > 0 && tall <= 4 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowY)) {
        problems.push(`${describe(el)} shows a stray scrollbar (${el.scrollHeight} > ${el.clientHeight})`);
      }
      if (el.clientWidth <= 1 || el.scrollWidth <= el.clientWidth + 1) continue;
      if (allowed.some((s) => el.closest(s))) continue;
      const style = getComputedStyle(el);
      const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
      if (scrolls) {
        problems.push(`${describe(el)} scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`);
        continue;
      }
      if ((el.textContent ?? '').trim()) over.push(el);
    }
    const ruler = document.createElement('canvas').getContext('2d')!;
    for (const el of Array.from(document.body.querySelectorAll('input[placeholder], textarea[placeholder]'))) {
      const field = el as HTMLInputElement | HTMLTextAreaElement;
      if (field.value !== '' || !field.placeholder || !field.checkVisibility() || field.clientWidth <= 1) continue;
      const look = getComputedStyle(field, '::placeholder');
      ruler.font = `${look.fontStyle} ${look.fontWeight} ${look.fontSize} ${look.fontFamily}`;
      const needs = ruler.measureText(field.placeholder).width;
      const box = getComputedStyle(field);
      const room = field.clientWidth - parseFloat(box.paddingLeft) - parseFloat(box.paddingRight);
      if (needs > room + 1) {
        const name = `${field.tagName.toLowerCase()} "${field.getAttribute('aria-label') ?? field.name}"`;
        problems.push(`${name} cuts its placeholder "${field.placeholder}" (${Math.ceil(needs)} > ${room})`);
      }
    }
    for (const el of over) {
      if (over.some((other) => other !== el && el.contains(other))) continue;
      problems.push(`${describe(el)} overflows its box (${el.scrollWidth} > ${el.clientWidth})`);
    }
    return problems;
  }, sideways);
}
