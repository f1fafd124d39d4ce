import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

/** Characters no name in the built renderer has: separators, NUL, and `:` (drives, Windows streams). */
const FORBIDDEN_IN_NAME = /[/\\\0:]/;

/**
 * The names of a URL path (`/assets/index.js` → assets, index.js), each percent-decoded once; null
 * when a name is empty, `.` or `..`, decodes to a separator (`..%2f`), or does not decode at all.
 * `/` itself names the app's page.
 */
export function pathNames(urlPath: string): string[] | null {
  if (urlPath === '/' || urlPath === '') return ['index.html'];
  if (!urlPath.startsWith('/')) return null;
  const names: string[] = [];
  for (const raw of urlPath.slice(1).split('/')) {
    let name: string;
    try {
      name = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (name === '' || name === '.' || name === '..' || FORBIDDEN_IN_NAME.test(name)) return null;
    names.push(name);
  }
  return names;
}

const inside = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
};

/**
 * The regular file under `rootDir` that a URL path names, or null: a path that climbs out, is
 * absolute, leads through a symbolic link to outside the folder, or names no file (a folder, nothing).
 */
export async function rendererFile(rootDir: string, urlPath: string): Promise<string | null> {
  const names = pathNames(urlPath);
  if (!names) return null;
  const root = await realpath(rootDir).catch(() => null);
  if (!root) return null;
  const candidate = join(root, ...names);
  if (!inside(root, candidate)) return null;
  const real = await realpath(candidate).catch(() => null);
  if (!real || !inside(root, real)) return null;
  const info = await stat(real).catch(() => null);
  return info?.isFile() ? real : null;
}
