/** One page of a list of the API v1. */
export interface ListPage<T> {
  data: T[];
  next: string | null;
}

/** Every row of a list, read page by page (`limit` rows each) through its `next` cursors. */
export async function readAllPages<T>(
  get: (path: string) => Promise<ListPage<T>>,
  path: string,
  limit = 500,
): Promise<T[]> {
  const rows: T[] = [];
  const join = path.includes('?') ? '&' : '?';
  for (let cursor: string | null = null, first = true; first || cursor !== null; first = false) {
    const page = await get(`${path}${join}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    rows.push(...page.data);
    cursor = page.next;
  }
  return rows;
}
