import { describe, expect, it } from 'vitest';
import {
  BOM,
  CSV_DIALECTS,
  csvCell,
  csvDialect,
  csvLines,
  csvRow,
  safeFilename,
  term,
  titled,
  wantsCsv,
} from './csv.ts';
import { euros } from './report-exports.ts';

const collect = async (lines: AsyncIterable<string>) => {
  let text = '';
  for await (const line of lines) text += line;
  return text;
};

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    expect(csvCell('Éric Müller')).toBe('Éric Müller');
  });

  it('writes empty cells for null and undefined, numbers and dates as such', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(12_500)).toBe('12500');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(0.5)).toBe('0.5');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(new Date('2025-03-14T19:00:00Z'))).toBe('2025-03-14T19:00:00.000Z');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+33 1 23')).toBe("'+33 1 23");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    // Only the first character matters.
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('ends rows with CRLF and starts the document with a BOM and the header', async () => {
    expect(csvRow(['a', 1, null])).toBe('a,1,\r\n');
    const text = await collect(
      csvLines(
        [
          { header: 'Name', value: (row: { name: string; n: number }) => row.name },
          { header: 'Guests', value: (row) => row.n },
        ],
        [
          { name: 'Ada, Countess', n: 2 },
          { name: '=cmd', n: 3 },
        ],
      ),
    );
    expect(text).toBe(`${BOM}Name,Guests\r\n"Ada, Countess",2\r\n'=cmd,3\r\n`);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('writes what a French spreadsheet reads: semicolons, decimal commas, French headers', async () => {
    const fr = csvDialect('fr-FR,fr;q=0.9,en;q=0.5');
    expect(fr).toBe(CSV_DIALECTS.fr);
    expect(csvDialect('en-GB')).toBe(CSV_DIALECTS.en);
    // A script names no language: the machine's format, as before.
    expect(csvDialect(undefined)).toBe(CSV_DIALECTS.machine);
    expect(csvDialect('de-DE')).toBe(CSV_DIALECTS.machine);

    expect(csvCell(euros(123_450), fr)).toBe('1234,50');
    expect(csvCell(euros(123_450))).toBe('1234.50');
    expect(csvCell(0.75, fr)).toBe('0,75');
    expect(csvCell(true, fr)).toBe('oui');
    expect(csvCell(false, CSV_DIALECTS.en)).toBe('no');
    // The separator is quoted where it is the separator: a comma is plain text in French.
    expect(csvCell('Ada, Countess', fr)).toBe('Ada, Countess');
    expect(csvCell('a;b', fr)).toBe('"a;b"');
    expect(csvCell('a;b')).toBe('a;b');

    const columns = [
      { header: 'name', value: (row: { name: string; cents: number }) => row.name },
      { header: 'total_eur', value: (row: { name: string; cents: number }) => euros(row.cents) },
      {
        header: { key: 'carre_sold', fr: 'Carré · Vendues', en: 'Carré · Sold' },
        value: () => 4,
      },
    ];
    const rows = [{ name: 'Éric; and co', cents: 9_950 }];
    expect(await collect(csvLines(columns, rows, fr))).toBe(
      `${BOM}Nom;Total (€);Carré · Vendues\r\n"Éric; and co";99,50;4\r\n`,
    );
    expect(await collect(csvLines(columns, rows, CSV_DIALECTS.en))).toBe(
      `${BOM}Name,Total (€),Carré · Sold\r\nÉric; and co,99.50,4\r\n`,
    );
    expect(await collect(csvLines(columns, rows))).toBe(
      `${BOM}name,total_eur,carre_sold\r\nÉric; and co,99.50,4\r\n`,
    );
  });

  it('writes codes as codes for a script, and as words for people', () => {
    expect(csvCell(term('checked_in'), CSV_DIALECTS.machine)).toBe('checked_in');
    expect(csvCell(term('checked_in'), CSV_DIALECTS.fr)).toBe('Arrivée');
    expect(csvCell(term('walk_in'), CSV_DIALECTS.en)).toBe('Walk-in');
    // An unknown code stays itself; a title has its English version.
    expect(csvCell(term('brand_new'), CSV_DIALECTS.fr)).toBe('brand_new');
    expect(csvCell(titled('Plumes', 'Feathers'), CSV_DIALECTS.en)).toBe('Feathers');
    expect(csvCell(titled('Plumes', 'Feathers'), CSV_DIALECTS.machine)).toBe('Plumes');
    expect(csvCell(term(null))).toBe('');
  });

  it('makes safe file names and reads what the client asked for', () => {
    expect(safeFilename('sales 2025-03/"x".csv')).toBe('sales-2025-03-x-.csv');
    expect(safeFilename('kitchen-2025-03-14')).toBe('kitchen-2025-03-14.csv');
    expect(safeFilename('"')).toBe('export.csv');
    expect(wantsCsv('csv', undefined)).toBe(true);
    expect(wantsCsv('json', 'text/csv')).toBe(false);
    expect(wantsCsv(undefined, 'text/csv')).toBe(true);
    expect(wantsCsv(undefined, 'application/json, text/plain')).toBe(false);
    expect(wantsCsv(undefined, undefined)).toBe(false);
  });
});
