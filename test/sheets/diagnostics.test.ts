// Help → Diagnostics on the built bundle, in the local runtime. The runtime's answers to the
// platform probes are stored here (LOCAL_ANSWERS): a run in a real spreadsheet prints the same
// lines, so each can be compared with the runtime's (docs/ACCEPTANCE.md step 0). The run changes
// nothing but a temporary sheet it deletes, even when a probe throws.
import { afterEach, describe, expect, it } from 'vitest';
import { createSpreadsheet, loadBundle, type LocalSpreadsheet } from '../../local/index';
import { LocalRange } from '../../local/spreadsheet/Range';
import { codePath as CODE_PATH } from '../support/bundle';

// What the local runtime answers, in an en_US and a hu_HU spreadsheet (time zone Europe/Budapest).
// The answers are the text after "label: " in the report; compare them line by line with a real run.
// The custom-function probes read display values, which follow the spreadsheet's locale: 0,5 in hu_HU
// (local/numberFormat.ts).
const LOCAL_ANSWERS: Record<'en_US' | 'hu_HU', string[]> = {
  en_US: [
    'setValues in a General cell: =1+1 → formula =1+1 → number 2; +4915 → number 4915; 1/2 → date 2026-01-02; 1,5 → text "1,5"',
    'setValues in a plain-text (@) cell: =1+1 → text "=1+1"; +4915 → text "+4915"; 1/2 → text "1/2"; 1,5 → text "1,5"',
    'Rule formula with , and .: kept as written',
    'Rule formula with ; and a decimal comma: kept as written',
    'OKR_SCORE over two rows, one of them =NA(): passed as text: #OKR! current is the error "#N/A" | 0.5',
    'The Score formula and an array literal, written in English syntax: score formula: #OKR! current holds an error value (such as #N/A or #DIV/0!) | 0.5; SPARKLINE with an array literal: accepted',
    'TO_TEXT over a range inside ARRAYFORMULA (20 %, 0.5, 12.5 %): each cell\'s own format: "20%" | "0.5" | "12.5%"',
    'The text #N/A written into a General cell: #N/A → text "#N/A"; ISNA FALSE',
    'A date plus 91 days in an unformatted cell: =A19+91 → date 2026-12-31 shown "2026-12-31"',
    'Your email address, as the add-on sees it: blank',
    'Time zones: spreadsheet Europe/Budapest, script Etc/UTC',
    'Locales: spreadsheet en_US, user en_US',
    'Document lock: available',
  ],
  hu_HU: [
    'setValues in a General cell: =1+1 → formula =1+1 → number 2; +4915 → number 4915; 1/2 → date 2026-02-01; 1,5 → number 1.5',
    'setValues in a plain-text (@) cell: =1+1 → text "=1+1"; +4915 → text "+4915"; 1/2 → text "1/2"; 1,5 → text "1,5"',
    'Rule formula with , and .: kept as written',
    'Rule formula with ; and a decimal comma: kept as written',
    'OKR_SCORE over two rows, one of them =NA(): passed as text: #OKR! current is the error "#N/A" | 0,5',
    'The Score formula and an array literal, written in English syntax: score formula: #OKR! current holds an error value (such as #N/A or #DIV/0!) | 0,5; SPARKLINE with an array literal: accepted',
    'TO_TEXT over a range inside ARRAYFORMULA (20 %, 0.5, 12.5 %): each cell\'s own format: "20%" | "0,5" | "12,5%"',
    'The text #N/A written into a General cell: #N/A → text "#N/A"; ISNA FALSE',
    'A date plus 91 days in an unformatted cell: =A19+91 → date 2026-12-31 shown "2026-12-31"',
    'Your email address, as the add-on sees it: blank',
    'Time zones: spreadsheet Europe/Budapest, script Etc/UTC',
    'Locales: spreadsheet hu_HU, user en',
    'Document lock: available',
  ],
};

function book(locale: string, options: { oauthScopes?: string[]; userLocale?: string; errorArguments?: 'pass' | 'propagate' } = {}) {
  const ss = createSpreadsheet('Diagnostics', { locale, timeZone: 'Europe/Budapest' });
  ss.now = () => Date.UTC(2026, 10, 20, 12);
  if (options.errorArguments) ss.errorArguments = options.errorArguments;
  const sheet = ss.getSheets()[0]!;
  sheet.setName('Plan');
  sheet.getRange('A1:C2').setValues([
    ['Objective', 'Key result', 'Current'],
    ['Grow', 'Signups', 0.5],
  ]);
  sheet.getRange('D2').setFormula('=C2*2');
  sheet.getRange('A1:C1').setBackground('#eeeeee');
  ss.insertSheet('Notes').getRange('A1').setValue('keep');
  ss.setActiveSheet(sheet);
  const rt = loadBundle(CODE_PATH, ss, {
    session: { activeUserEmail: '', locale: options.userLocale ?? locale },
    ...(options.oauthScopes ? { oauthScopes: options.oauthScopes } : {}),
  });
  return { ss, rt };
}

/** Everything a user could see change: sheets, their cells, formats, rules, and the active sheet. */
function snapshot(ss: LocalSpreadsheet) {
  return {
    active: ss.getActiveSheet().getName(),
    sheets: ss.getSheets().map((s) => {
      const range = s.getRange(1, 1, Math.max(s.getMaxRows(), 1), Math.max(s.getMaxColumns(), 1));
      return {
        name: s.getName(),
        values: range.getValues(),
        formulas: range.getFormulas(),
        formats: range.getNumberFormats(),
        backgrounds: range.getBackgrounds(),
        rules: s.getConditionalFormatRules().length,
      };
    }),
  };
}

function reportOf(rt: ReturnType<typeof book>['rt']): { title: string; lines: string[] } {
  const dialog = rt.ui.dialogs.at(-1)!;
  const text = /<textarea[^>]*>([\s\S]*?)<\/textarea>/.exec(dialog.content)![1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return { title: dialog.title, lines: text.split('\n') };
}

describe('Help → Diagnostics', () => {
  afterEach(() => {
    (LocalRange.prototype as unknown as { getFormulas: unknown }).getFormulas = ORIGINAL_GET_FORMULAS;
  });

  for (const locale of ['en_US', 'hu_HU'] as const) {
    it(`answers the probes in ${locale} as stored, and changes nothing`, () => {
      const { ss, rt } = book(locale, { userLocale: locale === 'hu_HU' ? 'en' : locale });
      const before = snapshot(ss);
      rt.call('showDiagnostics');
      expect(snapshot(ss)).toEqual(before);
      const { title, lines } = reportOf(rt);
      expect(title).toBe('OKR Sheets diagnostics');
      expect(lines.slice(3, 3 + LOCAL_ANSWERS[locale].length)).toEqual(LOCAL_ANSWERS[locale]);
    });
  }

  it('reports a propagated error argument when the platform propagates', () => {
    const { rt } = book('en_US', { errorArguments: 'propagate' });
    rt.call('showDiagnostics');
    expect(reportOf(rt).lines).toContain('OKR_SCORE over two rows, one of them =NA(): propagated: #N/A for the whole range (second row "")');
  });

  it('speaks the language of the user (Hungarian labels)', () => {
    const { rt } = book('en_US', { userLocale: 'hu' });
    rt.call('showDiagnostics');
    const { title, lines } = reportOf(rt);
    expect(title).toBe('OKR Sheets diagnosztika');
    expect(lines).toContain('Dokumentumzár: available');
  });

  it('deletes its sheet and reports the failure when a probe throws', () => {
    const { ss, rt } = book('en_US', {
      oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui'],
    });
    const before = snapshot(ss);
    (LocalRange.prototype as unknown as { getFormulas: () => never }).getFormulas = () => {
      throw new Error('Service Spreadsheets failed while accessing document');
    };
    rt.call('showDiagnostics');
    (LocalRange.prototype as unknown as { getFormulas: unknown }).getFormulas = ORIGINAL_GET_FORMULAS;
    expect(snapshot(ss)).toEqual(before);
    const { lines } = reportOf(rt);
    expect(lines).toContain('setValues in a General cell: failed: Service Spreadsheets failed while accessing document');
    // Without the userinfo.email scope, reading the email fails as Apps Script does.
    expect(lines.find((l) => l.startsWith('Your email address'))).toMatch(/: failed: .*userinfo\.email/);
  });

  it('makes the user’s sheet active again and names the sheet it left when it cannot delete it', () => {
    const { ss, rt } = book('en_US');
    const active = ss.getActiveSheet().getName();
    const names = ss.getSheets().map((s) => s.getName());
    const proto = Object.getPrototypeOf(ss) as { deleteSheet: (sheet: unknown) => void };
    const original = proto.deleteSheet;
    proto.deleteSheet = () => {
      throw new Error('Service Spreadsheets failed while accessing document');
    };
    try {
      rt.call('showDiagnostics');
    } finally {
      proto.deleteSheet = original;
    }
    expect(ss.getActiveSheet().getName()).toBe(active);
    const left = ss.getSheets().find((s) => !names.includes(s.getName()))!;
    expect(reportOf(rt).lines).toContain(
      `Temporary sheet: the temporary sheet ${left.getName()} could not be deleted (Service Spreadsheets failed while accessing document); delete it by hand`,
    );
  });

  it('the Help submenu holds Diagnostics', () => {
    const { rt } = book('en_US');
    rt.call('onOpen');
    const menu = rt.ui.menus.at(-1)!;
    const help = menu.entries.find((e) => e.kind === 'submenu') as { menu: { caption: string; entries: { caption: string; functionName: string }[] } };
    expect(help.menu.caption).toBe('Help');
    expect(help.menu.entries).toEqual([{ kind: 'item', caption: 'Diagnostics', functionName: 'showDiagnostics' }]);
  });
});

const ORIGINAL_GET_FORMULAS = LocalRange.prototype.getFormulas;
