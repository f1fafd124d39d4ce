/**
 * Every area of the app and its tabs, as the tour visits them: a new area or tab is one line.
 * `hash` is the route; `ready` a selector that shows once the page has its data; `open` clicks
 * something first (a row or a link), then waits for what it shows beside the list.
 */
export interface TourStop {
  name: string;
  hash: string;
  ready: string;
  open?: { click: string; shown: string };
}

/** A list's first row: the page has its data. */
const row = '.table tbody tr';
/** A list's first row, or the words saying it is empty. */
const rowOrEmpty = `${row}, .page .empty`;
/** The page's main button opens its dialog (new workflow, item, record, entry). */
const dialog = { click: '.page-actions button.primary', shown: '.dialog' };
/** The tabs of an area whose every tab is a list. */
const lists = (area: string, tabs: string[]): TourStop[] =>
  tabs.map((tab) => ({ name: `${area}-${tab}`, hash: `#/${area}/${tab}`, ready: row }));

export const tourStops: TourStop[] = [
  { name: 'design-list', hash: '#/design', ready: row },
  { name: 'design-new', hash: '#/design', ready: row, open: dialog },
  { name: 'design-editor', hash: '#/design/wf-accordering', ready: '.react-flow__node' },
  { name: 'templates', hash: '#/templates/tpl-beoordelen', ready: '.preview-card' },
  { name: 'work-tasks', hash: '#/work', ready: rowOrEmpty },
  { name: 'work-new-item', hash: '#/work', ready: '.tabs', open: dialog },
  { name: 'work-items', hash: '#/work/items', ready: row },
  { name: 'work-item', hash: '#/work/items', ready: row, open: { click: `${row} a`, shown: '.item-page' } },
  { name: 'work-inbox', hash: '#/work/inbox', ready: '.inbox, .page .empty' },
  { name: 'messages-history', hash: '#/messages/history', ready: row },
  { name: 'messages-detail', hash: '#/messages/history', ready: row, open: { click: row, shown: '.message-detail' } },
  { name: 'messages-capture', hash: '#/messages/capture', ready: row },
  { name: 'messages-scheduled', hash: '#/messages/scheduled', ready: rowOrEmpty },
  ...lists('records', ['deal', 'quoteRequest', 'project', 'task']),
  {
    name: 'records-deal-open',
    hash: '#/records/deal',
    ready: row,
    open: { click: `${row} a`, shown: '.record-panel' },
  },
  { name: 'records-new', hash: '#/records/task', ready: row, open: dialog },
  ...lists('directory', ['users', 'persons', 'employees', 'organisations', 'contacts', 'roles']),
  { name: 'directory-new', hash: '#/directory/users', ready: row, open: dialog },
  { name: 'item-types', hash: '#/itemTypes', ready: row },
  { name: 'item-type-form', hash: '#/itemTypes/type-mutatie', ready: 'fieldset.it-field' },
  { name: 'settings', hash: '#/settings', ready: '.card-grid' },
  { name: 'audit', hash: '#/audit', ready: row },
];
