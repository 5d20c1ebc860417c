// `npm start` on the user's own workbook: the saved copy keeps what the user's file holds, including
// what this model of Sheets does not use (the audit found hidden rows and columns, notes, borders,
// hyperlinks, rich text and the filter dropped): on the OKR sheet the refresh writes to, and on a tab
// it never touches. Opened with exceljs as another program would.
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkbookRun } from '../../local/session';
import { tempDir } from './helpers';

const root = join(__dirname, '..', '..');

async function userFile(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(root, 'examples', 'marketing-okrs.xlsx'));
  const okr = wb.worksheets.find((w) => w.name.startsWith('OKRs'))!;
  // On the OKR sheet: a note, a border and a hyperlink in the Notes column, a hidden column past the table.
  okr.getCell('A1').note = 'Quarter agreed with the board';
  okr.getCell('A6').border = { bottom: { style: 'double', color: { argb: 'FF000000' } } };
  okr.getCell('Q7').value = { text: 'brief', hyperlink: 'https://example.com/brief' };
  okr.getColumn(20).hidden = true;
  // A tab of the user's the add-on never touches.
  const budget = wb.addWorksheet('Budget');
  budget.getCell('A1').value = { richText: [{ text: 'Total ', font: { bold: true } }, { text: 'spend' }] };
  budget.getCell('A2').value = 'hidden line';
  budget.getRow(2).hidden = true;
  budget.getColumn(3).hidden = true;
  budget.getCell('B1').border = { top: { style: 'thin' } };
  budget.autoFilter = 'A1:B2';
  budget.getCell('D1').dataValidation = { type: 'list', allowBlank: true, formulae: ['"a,b"'], showErrorMessage: true, errorStyle: 'warning' };
  const path = join(tempDir(), 'book.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

describe('the saved copy keeps the user’s file', () => {
  it('notes, borders, hyperlinks, rich text, hidden rows and columns, the filter and a warning-only list', async () => {
    const input = await userFile();
    const run = await openWorkbookRun({ workbook: input, asOf: '2026-11-20', bundle: join(root, 'dist', 'Code.js') });
    run.refresh();
    const output = join(tempDir(), 'book.progress.xlsx');
    await run.save(output);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(output);
    const okr = out.worksheets.find((w) => w.name.startsWith('OKRs'))!;
    expect(okr.getCell('A1').note).toBe('Quarter agreed with the board');
    expect(okr.getCell('A6').border?.bottom?.style).toBe('double');
    expect(okr.getCell('Q7').value).toEqual({ text: 'brief', hyperlink: 'https://example.com/brief' });
    expect(okr.getColumn(20).hidden).toBe(true);
    const budget = out.getWorksheet('Budget')!;
    expect(budget.getCell('A1').value).toEqual({ richText: [{ text: 'Total ', font: { bold: true } }, { text: 'spend' }] });
    expect(budget.getRow(2).hidden).toBe(true);
    expect(budget.getColumn(3).hidden).toBe(true);
    expect(budget.getCell('B1').border?.top?.style).toBe('thin');
    expect(budget.autoFilter).toBe('A1:B2');
    expect(budget.getCell('D1').dataValidation).toMatchObject({ type: 'list', errorStyle: 'warning' });
  });
});
