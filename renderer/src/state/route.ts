import { useSyncExternalStore } from 'react';

export const areas = [
  'design',
  'itemTypes',
  'templates',
  'work',
  'messages',
  'records',
  'directory',
  'settings',
  'audit',
] as const;
export type Area = (typeof areas)[number];

/** Areas for everybody; the others are for admins (DESIGN §6). */
export const everyoneAreas: ReadonlySet<Area> = new Set(['work', 'records']);

const parse = (hash: string): { area: Area; rest: string[] } => {
  const [first, ...rest] = hash.replace(/^#\/?/, '').split('/');
  const area = (areas as readonly string[]).includes(first ?? '') ? (first as Area) : 'directory';
  return { area, rest };
};

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The area (and sub-path) in the URL hash, so a reload stays where the user was. */
export function useRoute() {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parse(hash);
}

export const navigate = (...parts: string[]) => {
  window.location.hash = `/${parts.join('/')}`;
};
