/** Poll `check` until it holds (for things another process does); fails after `ms`. */
export async function until(check: () => boolean | Promise<boolean>, ms = 60_000, every = 20): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, every));
  }
}
