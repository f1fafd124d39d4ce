import type * as Electron from 'electron';
import type { Language } from '@shared/model/common';
import { linkDialogTexts } from './link-texts';

/** What happened to a link the page wanted to open outside the app. */
export type LinkOutcome = 'opened' | 'declined' | 'refused';

/** A link's address as the dialog shows it (at most this many characters). */
const SHOWN_ADDRESS = 500;

/**
 * The web address a link may open, or null. Only http and https leave the app; file:, javascript:,
 * mailto:, smb: and any other scheme open nothing (mailto: too: Stroomlijn sends its own mail, and a
 * mail client started with a prefilled message from a page is a way out we do not need). An address
 * with a user name or password is refused as well: `https://bank.example@other.example` names a host
 * the eye does not read.
 */
export function webAddress(raw: string): URL | null {
  if (!URL.canParse(raw)) return null;
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return url;
}

export interface LinkOpener {
  dialog: Pick<Electron.Dialog, 'showMessageBox'>;
  shell: Pick<Electron.Shell, 'openExternal'>;
  /** The UI language, read when the link is clicked. */
  language: () => Language;
  /** The window the dialog belongs to. */
  parent: () => Electron.BaseWindow | null;
}

/**
 * Opens links in the user's browser only after they said so: a web address asks first, naming its
 * scheme and host (as the URL parser writes it, so an international name shows as xn--…), with
 * Cancel as the default; anything else is refused without asking. One question at a time: a page
 * that asks again while a question is open is refused.
 */
export function createLinkOpener(opener: LinkOpener): (raw: string) => Promise<LinkOutcome> {
  let asking = false;
  return async (raw) => {
    const url = webAddress(raw);
    if (!url || asking) return 'refused';
    const text = linkDialogTexts[opener.language()];
    const href = url.href.length > SHOWN_ADDRESS ? `${url.href.slice(0, SHOWN_ADDRESS)}…` : url.href;
    const options: Electron.MessageBoxOptions = {
      type: 'question',
      title: 'Stroomlijn',
      message: text.message(`${url.protocol}//${url.host}`),
      detail: text.detail(href),
      buttons: [text.open, text.cancel],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    };
    asking = true;
    try {
      const parent = opener.parent();
      const asked = parent ? opener.dialog.showMessageBox(parent, options) : opener.dialog.showMessageBox(options);
      const { response } = await asked;
      if (response !== 0) return 'declined';
      await opener.shell.openExternal(url.href);
      return 'opened';
    } finally {
      asking = false;
    }
  };
}
