import type * as Electron from 'electron';
import { apiMethods } from '@shared/api/contract';
import { ApiError } from '@shared/api/errors';
import { ipcChannel } from '@shared/api/ipc';
import { dispatchToEnvelope, type Dispatch } from '../api/dispatch';
import type { SessionSlot } from '../api/call';
import type { Callers } from '../auth/callers';

/** True when the frame is the app's own page (not a subframe, not another document). */
export function isTrustedFrame(frame: Pick<Electron.WebFrameMain, 'url' | 'parent'> | null, indexUrl: string): boolean {
  if (!frame || frame.parent !== null) return false;
  const strip = (url: string) => url.split('#')[0]!.split('?')[0];
  return strip(frame.url) === strip(indexUrl);
}

/**
 * Bind each API method to its own channel; calls from any other frame are refused. Each call is
 * made as whoever the window's session (kept in main) belongs to.
 */
export function bindApi(
  ipcMain: Electron.IpcMain,
  { dispatch, callers, session }: { dispatch: Dispatch; callers: Callers; session: SessionSlot },
  indexUrl: string,
): () => void {
  for (const method of apiMethods) {
    ipcMain.handle(ipcChannel(method), (event, input: unknown) => {
      if (!isTrustedFrame(event.senderFrame, indexUrl)) {
        return { ok: false, error: new ApiError('forbidden', 'This frame may not call Stroomlijn.').toBody() };
      }
      const call = { caller: callers.ofSession(session.current), address: 'desktop', local: true, session };
      return dispatchToEnvelope(dispatch, call, method, input);
    });
  }
  return () => apiMethods.forEach((method) => ipcMain.removeHandler(ipcChannel(method)));
}
