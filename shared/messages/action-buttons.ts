import Handlebars from 'handlebars';

/** One action of a task as a link in its mail: the action's label and the address of its confirmation page. */
export interface ActionButton {
  label: string;
  url: string;
}

const escape = (text: string): string => Handlebars.escapeExpression(text);

const BUTTON_STYLE =
  'display:inline-block;padding:10px 18px;border-radius:4px;background:#1d5fbf;color:#ffffff;' +
  'font-weight:600;text-decoration:none';

/**
 * The actions as buttons for the HTML part: a table, because mail clients (Outlook above all)
 * ignore most CSS, with every style inline.
 */
export function actionsHtml(buttons: readonly ActionButton[]): string {
  if (!buttons.length) return '';
  const cells = buttons
    .map(
      (b) =>
        `<td style="padding:4px 8px 4px 0"><a href="${escape(b.url)}" style="${BUTTON_STYLE}">${escape(b.label)}</a></td>`,
    )
    .join('');
  return `<table role="presentation" cellspacing="0" cellpadding="0" border="0"><tr>${cells}</tr></table>`;
}

/** The actions as lines for the text part: "Goedkeuren: https://…". */
export const actionsText = (buttons: readonly ActionButton[]): string =>
  buttons.map((b) => `${b.label}: ${b.url}`).join('\n');
