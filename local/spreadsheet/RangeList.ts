// RangeList: several ranges of one sheet, formatted or filled with one call each
// (developers.google.com/apps-script/reference/spreadsheet/range-list).
import type { Implements } from '../conformance';
import { ServiceObject } from '../membrane';
import type { LocalRange } from './Range';

type Alignment = 'left' | 'center' | 'normal' | 'right' | null;
type Vertical = 'top' | 'middle' | 'bottom' | null;

export class LocalRangeList extends ServiceObject implements Partial<Implements<GoogleAppsScript.Spreadsheet.RangeList>> {
  readonly apiClass = 'RangeList' as const;

  constructor(readonly ranges: readonly LocalRange[]) {
    super();
  }

  private each(fn: (r: LocalRange) => unknown): this {
    for (const r of this.ranges) fn(r);
    return this;
  }

  getRanges(): LocalRange[] {
    return [...this.ranges];
  }
  /** Selects the ranges; the last one becomes the current selection of its sheet. */
  activate(): this {
    return this.each((r) => r.activate());
  }
  clear(options?: { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; skipFilteredRows?: boolean }): this {
    return this.each((r) => r.clear(options));
  }
  clearContent(): this {
    return this.each((r) => r.clearContent());
  }
  clearFormat(): this {
    return this.each((r) => r.clearFormat());
  }
  clearDataValidations(): this {
    return this.each((r) => r.clearDataValidations());
  }
  clearNote(): this {
    return this.each((r) => r.clearNote());
  }
  setValue(value: unknown): this {
    return this.each((r) => r.setValue(value));
  }
  setFormula(formula: string): this {
    return this.each((r) => r.setFormula(formula));
  }
  setNumberFormat(numberFormat: string): this {
    return this.each((r) => r.setNumberFormat(numberFormat));
  }
  setBackground(color: string | null): this {
    return this.each((r) => r.setBackground(color));
  }
  setBackgroundRGB(red: number, green: number, blue: number): this {
    return this.each((r) => r.setBackgroundRGB(red, green, blue));
  }
  setFontColor(color: string | null): this {
    return this.each((r) => r.setFontColor(color));
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): this {
    return this.each((r) => r.setFontWeight(fontWeight));
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): this {
    return this.each((r) => r.setFontStyle(fontStyle));
  }
  setFontSize(size: number): this {
    return this.each((r) => r.setFontSize(size));
  }
  setFontFamily(fontFamily: string | null): this {
    return this.each((r) => r.setFontFamily(fontFamily));
  }
  setHorizontalAlignment(alignment: Alignment): this {
    return this.each((r) => r.setHorizontalAlignment(alignment));
  }
  setVerticalAlignment(alignment: Vertical): this {
    return this.each((r) => r.setVerticalAlignment(alignment));
  }
  setWrap(isWrapEnabled: boolean): this {
    return this.each((r) => r.setWrap(isWrapEnabled));
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): this {
    return this.each((r) => r.setWrapStrategy(strategy));
  }
  setTextDirection(direction: GoogleAppsScript.Spreadsheet.TextDirection | null): this {
    return this.each((r) => r.setTextDirection(direction));
  }
  setNote(note: string | null): this {
    return this.each((r) => r.setNote(note));
  }
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): this {
    return this.each((r) => r.insertCheckboxes(checkedValue, uncheckedValue));
  }
  removeCheckboxes(): this {
    return this.each((r) => r.removeCheckboxes());
  }
  check(): this {
    return this.each((r) => r.check());
  }
  uncheck(): this {
    return this.each((r) => r.uncheck());
  }
}
