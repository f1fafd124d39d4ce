import { useEffect } from 'react';
import type { Theme } from '@shared/model/settings';

/** Put the chosen theme on <html data-theme>, following the system when asked to (unless `active` is false). */
export function useTheme(theme: Theme, active = true): void {
  useEffect(() => {
    if (!active) return;
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    const apply = () => {
      const dark = theme === 'dark' || (theme === 'system' && media?.matches === true);
      document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    };
    apply();
    if (theme !== 'system' || !media) return;
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme, active]);
}
