import { describe, expect, it } from 'vitest';
import { actionForKeyword, keywordsOf } from '@shared/mail-actions/reply-keywords';
import { keywordAndRest, ownText } from '@shared/mail-actions/reply-text';

const approve = { id: 'ok', label: 'Goedkeuren bericht', role: 'approve' as const };
const reject = { id: 'no', label: 'Afkeuren bericht', role: 'reject' as const };

describe('a reply’s own words, without what the mail program quoted', () => {
  const cases: [string, string, { keyword: string; rest: string }][] = [
    ['plain', 'JA\r\n', { keyword: 'JA', rest: '' }],
    [
      'keyword with punctuation and a reaction',
      'Ja, prima zo.\nGroet, Bram',
      { keyword: 'JA', rest: 'prima zo.\nGroet, Bram' },
    ],
    ['lower case', 'akkoord! cijfers kloppen', { keyword: 'AKKOORD', rest: 'cijfers kloppen' }],
    [
      'Dutch Gmail quote',
      'NEE\nBedrag klopt niet.\n\nOp do 26 nov 2026 om 10:00 schreef Stroomlijn <workflow@kantoor.nl>:\n> Te beoordelen',
      { keyword: 'NEE', rest: 'Bedrag klopt niet.' },
    ],
    [
      'Gmail quote over two lines',
      'YES\n\nOn Thu, Nov 26, 2026 at 10:00 AM Stroomlijn <\nworkflow@kantoor.nl> wrote:\n> To review',
      { keyword: 'YES', rest: '' },
    ],
    [
      'German Outlook',
      'Abgelehnt - die Beträge stimmen nicht\n\n-----Ursprüngliche Nachricht-----\nVon: Stroomlijn\nGesendet: Donnerstag',
      { keyword: 'ABGELEHNT', rest: 'die Beträge stimmen nicht' },
    ],
    [
      'German quote line',
      'Genehmigt.\n\nAm 26.11.2026 um 10:00 schrieb Stroomlijn:\n> Zu prüfen',
      { keyword: 'GENEHMIGT', rest: '' },
    ],
    [
      'Outlook header block',
      'Akkoord\n________________________________\nVan: Stroomlijn <workflow@kantoor.nl>\nVerzonden: donderdag',
      { keyword: 'AKKOORD', rest: '' },
    ],
    [
      'Dutch Outlook header without a rule',
      'Nee, nog niet\n\nVan: Stroomlijn <workflow@kantoor.nl>\nOnderwerp: Te beoordelen',
      { keyword: 'NEE', rest: 'nog niet' },
    ],
    ['signature', 'JA\nPrima\n-- \nBram Jansen\nAdministratie', { keyword: 'JA', rest: 'Prima' }],
    ['phone footer', 'Ja\n\nVerzonden vanaf mijn iPhone', { keyword: 'JA', rest: '' }],
    ['quoted keyword only', '> JA\n> akkoord', { keyword: '', rest: '' }],
    ['empty', '', { keyword: '', rest: '' }],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => expect(keywordAndRest(text)).toEqual(expected));
  }

  it('keeps a word like "Op" or "Am" that starts no quote', () => {
    expect(ownText('JA\nOp zich prima.\nAm liebsten morgen.')).toBe('JA\nOp zich prima.\nAm liebsten morgen.');
  });
});

describe('which action a reply’s first word takes', () => {
  it('takes the role’s words in the reader’s language, the label and its first word', () => {
    expect(actionForKeyword('JA', [approve, reject], 'nl')?.id).toBe('ok');
    expect(actionForKeyword('akkoord', [approve, reject], 'nl')?.id).toBe('ok');
    expect(actionForKeyword('NEE', [approve, reject], 'nl')?.id).toBe('no');
    expect(actionForKeyword('GENEHMIGT', [approve, reject], 'de')?.id).toBe('ok');
    expect(actionForKeyword('ABGELEHNT', [approve, reject], 'de')?.id).toBe('no');
    expect(actionForKeyword('REJECT', [approve, reject], 'en')?.id).toBe('no');
    expect(actionForKeyword('AFKEUREN', [approve, reject], 'de')?.id).toBe('no');
    expect(actionForKeyword('MISSCHIEN', [approve, reject], 'nl')).toBeNull();
  });

  it('uses an action’s own words instead of its role’s, and refuses a word two actions answer to', () => {
    const own = { ...approve, replyKeywords: ['prima', ' Doen '] };
    expect(keywordsOf(own, 'nl')).toEqual(['PRIMA', 'DOEN', 'GOEDKEUREN BERICHT', 'GOEDKEUREN']);
    expect(actionForKeyword('JA', [own, reject], 'nl')).toBeNull();
    expect(actionForKeyword('doen', [own, reject], 'nl')?.id).toBe('ok');
    const twice = { id: 'ok2', label: 'Akkoord met voorbehoud', role: 'approve' as const };
    expect(actionForKeyword('JA', [approve, twice], 'nl')).toBeNull();
  });
});
