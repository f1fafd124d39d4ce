import { describe, expect, it } from 'vitest';
import { createTray } from '../../../main/electron/tray';
import { fakeElectron } from '../../helpers/fake-electron';

describe('tray', () => {
  it('offers Open, the engine status and Quit', () => {
    const fake = fakeElectron();
    const calls: string[] = [];
    createTray(fake.electron, { iconPath: '/tray.png', onOpen: () => calls.push('open'), onQuit: () => calls.push('quit'), engineStatus: () => 'Engine: not running yet' });
    const tray = fake.trays[0]!;
    expect(tray.image).toEqual({ path: '/tray.png' });
    expect(tray.tooltip).toBe('Stroomlijn');
    const items = tray.menu.filter((i) => i.type !== 'separator');
    expect(items.map((i) => i.label)).toEqual(['Open Stroomlijn', 'Engine: not running yet', 'Quit Stroomlijn']);
    expect(items[1]!.enabled).toBe(false);
    items[0]!.click!();
    items[2]!.click!();
    tray.emit('click');
    expect(calls).toEqual(['open', 'quit', 'open']);
  });
});
