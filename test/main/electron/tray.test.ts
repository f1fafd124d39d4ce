import { describe, expect, it } from 'vitest';
import { createTray } from '../../../main/electron/tray';
import { fakeElectron } from '../../helpers/fake-electron';

describe('tray', () => {
  it('offers Open, the engine state with the messages waiting, pause/resume, and Quit', () => {
    const fake = fakeElectron();
    const calls: string[] = [];
    let paused = false;
    createTray(fake.electron, {
      iconPath: '/tray.png',
      onOpen: () => calls.push('open'),
      onQuit: () => calls.push('quit'),
      engine: () => ({ paused, waiting: 3 }),
      onTogglePause: () => (paused = !paused),
      refreshMs: 0,
    });
    const tray = fake.trays[0]!;
    expect(tray.image).toEqual({ path: '/tray.png' });
    expect(tray.tooltip).toBe('Stroomlijn — running, 3 waiting');
    const labels = () => tray.menu.filter((i) => i.type !== 'separator').map((i) => i.label);
    expect(labels()).toEqual([
      'Open Stroomlijn',
      'Engine running',
      '3 messages waiting',
      'Pause the engine',
      'Quit Stroomlijn',
    ]);
    expect(tray.menu.find((i) => i.label === 'Engine running')!.enabled).toBe(false);
    tray.menu.find((i) => i.label === 'Pause the engine')!.click!();
    expect(labels()).toEqual([
      'Open Stroomlijn',
      'Engine paused',
      '3 messages waiting',
      'Resume the engine',
      'Quit Stroomlijn',
    ]);
    tray.menu.find((i) => i.label === 'Open Stroomlijn')!.click!();
    tray.menu.find((i) => i.label === 'Quit Stroomlijn')!.click!();
    tray.emit('click');
    expect(calls).toEqual(['open', 'quit', 'open']);
  });
});
