import Handlebars from 'handlebars';
import type { Language } from '../model/common';
import { LINK_PAGE_TEXTS, type LinkPageTexts } from './link-page-texts';

/** What the page of a link shows about the task it acts on. */
export interface LinkView {
  itemId: string;
  number: string;
  subject: string;
  taskTitle: string;
  actionLabel: string;
  reactionRequired: boolean;
}

/** Why a link does nothing (any more). */
export type LinkRefusal = 'invalid' | 'expired' | 'used' | 'movedOn' | 'notYours' | 'needsApp';

/** Where a link stands: to be confirmed, just taken, or refused with a reason. */
export type LinkPageState =
  | { kind: 'open'; view: LinkView; missingReaction?: boolean; reaction?: string }
  | { kind: 'done'; view: LinkView }
  | { kind: 'refused'; why: LinkRefusal; view?: LinkView };

const esc = (text: string): string => Handlebars.escapeExpression(text);

function refusalText(t: LinkPageTexts, why: LinkRefusal): { heading: string; detail: string } {
  switch (why) {
    case 'invalid':
      return { heading: t.invalid, detail: t.invalidDetail };
    case 'expired':
      return { heading: t.expired, detail: t.expiredDetail };
    case 'used':
      return { heading: t.used, detail: t.usedDetail };
    case 'movedOn':
      return { heading: t.movedOn, detail: t.movedOnDetail };
    case 'notYours':
      return { heading: t.notYours, detail: t.notYoursDetail };
    case 'needsApp':
      return { heading: t.title, detail: t.needsApp };
    default: {
      const never: never = why;
      return never;
    }
  }
}

const STYLE = `
:root{color-scheme:light dark;--bg:#f4f5f7;--card:#fff;--ink:#1c2430;--muted:#5b6675;--line:#d5dae1;--accent:#1d5fbf;--bad:#b3261e;--good:#1e7b34}
@media (prefers-color-scheme:dark){:root{--bg:#15191f;--card:#1f252d;--ink:#e6e9ee;--muted:#a3adba;--line:#38414d;--accent:#6ea8ff;--bad:#ff8a80;--good:#7bd88f}}
*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
main{max-width:36rem;margin:2rem auto;padding:0 1rem}.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:1.5rem}
h1{font-size:1.35rem;margin:0 0 1rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.35rem 1rem;margin:0 0 1.25rem}
dt{color:var(--muted)}dd{margin:0;overflow-wrap:anywhere}label{display:block;font-weight:600;margin-bottom:.35rem}
textarea{width:100%;min-height:6rem;font:inherit;padding:.5rem;border:1px solid var(--line);border-radius:6px;background:var(--card);color:var(--ink)}
.hint{color:var(--muted);font-size:.9rem;margin:.35rem 0 1rem}.error{color:var(--bad);font-weight:600}
a{color:var(--accent)}button{font:inherit;font-weight:600;padding:.65rem 1.2rem;border:0;border-radius:6px;background:var(--accent);color:#fff;cursor:pointer}
.done h1{color:var(--good)}.refused h1{color:var(--bad)}.brand{color:var(--muted);font-size:.85rem;margin-bottom:.75rem}`;

function facts(t: LinkPageTexts, view: LinkView): string {
  const row = (term: string, value: string) => `<dt>${esc(term)}</dt><dd>${esc(value)}</dd>`;
  return `<dl>${row(t.item, `${view.number} · ${view.subject}`)}${row(t.task, view.taskTitle)}${row(t.action, view.actionLabel)}</dl>`;
}

function body(t: LinkPageTexts, state: LinkPageState): { heading: string; inner: string; tone: string } {
  switch (state.kind) {
    case 'open': {
      const { view } = state;
      const hint = view.reactionRequired ? t.reactionRequired : t.reactionOptional;
      const error = state.missingReaction ? `<p class="error" role="alert">${esc(t.reactionRequired)}</p>` : '';
      const form =
        `<form method="post">${error}<label for="reaction">${esc(t.reaction)}</label>` +
        `<textarea id="reaction" name="reaction" maxlength="10000"${view.reactionRequired ? ' required' : ''}>${esc(state.reaction ?? '')}</textarea>` +
        `<p class="hint">${esc(hint)} ${esc(t.notYetDone)}</p>` +
        `<button type="submit">${esc(t.confirm(view.actionLabel))}</button></form>`;
      return { heading: t.confirm(view.actionLabel), inner: facts(t, view) + form, tone: 'open' };
    }
    case 'done':
      return {
        heading: t.done(state.view.actionLabel),
        inner: `${facts(t, state.view)}<p>${esc(t.doneDetail)}</p>`,
        tone: 'done',
      };
    case 'refused': {
      const { heading, detail } = refusalText(t, state.why);
      // Where to go instead: the item in the app (sign-in first), or the app itself.
      const target = state.view ? `/#/work/item/${encodeURIComponent(state.view.itemId)}` : '/';
      const open = `<p><a href="${esc(target)}">${esc(t.openApp)}</a></p>`;
      return {
        heading,
        inner: `${state.view ? facts(t, state.view) : ''}<p>${esc(detail)}</p>${open}`,
        tone: 'refused',
      };
    }
    default: {
      const never: never = state;
      return never;
    }
  }
}

/** The whole page a task-mail link opens, in the reader's language; `nonce` lets its one style block past the CSP. */
export function linkPage(state: LinkPageState, language: Language, nonce: string): string {
  const t = LINK_PAGE_TEXTS[language];
  const { heading, inner, tone } = body(t, state);
  return (
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">' +
    `<title>${esc(heading)} – Stroomlijn</title><style nonce="${esc(nonce)}">${STYLE}</style></head>` +
    `<body><main><div class="card ${tone}"><div class="brand">Stroomlijn</div><h1>${esc(heading)}</h1>${inner}</div></main></body></html>`
  );
}

/** The page's own policy: no scripts at all, its one style block, forms only to itself. */
export const linkPagePolicy = (nonce: string): string =>
  [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'`,
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
