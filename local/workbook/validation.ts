// Data validation between Apps Script rules and xlsx. xlsx has list, number, date and custom-formula
// rules; a checkbox, a text rule or "any valid date" is written as its closest xlsx rule and marked
// inexact, so that its Apps Script form is also kept in the state sheet.
import type ExcelJS from 'exceljs';
import { columnLetters, quoteSheetName } from '../a1';
import { dateToSerial, serialToDate, serialToUtcDate, utcDateToSerial } from '../dates';
import type { DataValidationCriteriaName } from '../enums';
import { isDate } from '../realm';
import type { ValidationSpec } from '../spreadsheet/DataValidation';
import { LocalRange } from '../spreadsheet/Range';
import type { LocalSheet } from '../spreadsheet/Sheet';
import { rangeFromA1 } from './state';

export const NUMBER_OPERATORS: Partial<Record<DataValidationCriteriaName, ExcelJS.DataValidationOperator>> = {
  NUMBER_BETWEEN: 'between',
  NUMBER_NOT_BETWEEN: 'notBetween',
  NUMBER_EQUAL_TO: 'equal',
  NUMBER_NOT_EQUAL_TO: 'notEqual',
  NUMBER_GREATER_THAN: 'greaterThan',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual',
  NUMBER_LESS_THAN: 'lessThan',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
};

export const DATE_OPERATORS: Partial<Record<DataValidationCriteriaName, ExcelJS.DataValidationOperator>> = {
  DATE_BETWEEN: 'between',
  DATE_NOT_BETWEEN: 'notBetween',
  DATE_EQUAL_TO: 'equal',
  DATE_AFTER: 'greaterThan',
  DATE_ON_OR_AFTER: 'greaterThanOrEqual',
  DATE_BEFORE: 'lessThan',
  DATE_ON_OR_BEFORE: 'lessThanOrEqual',
};

export function invert<K extends string, V extends string>(map: Partial<Record<K, V>>): Map<V, K> {
  return new Map(Object.entries(map).map(([k, v]) => [v as V, k as K]));
}

export const NUMBER_CRITERIA = invert(NUMBER_OPERATORS);

export const DATE_CRITERIA = invert(DATE_OPERATORS);

export const quoteText = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * A rule as xlsx data validation; `exact` is false when xlsx only approximates it (the Apps Script
 * form then goes to the state sheet).
 */
export function toXlsxValidation(spec: ValidationSpec, topLeft: string, timeZone: string): { dv: ExcelJS.DataValidation; exact: boolean } | null {
  const base: Pick<ExcelJS.DataValidation, 'allowBlank' | 'showErrorMessage' | 'errorStyle' | 'showInputMessage' | 'prompt'> = {
    allowBlank: true,
    showErrorMessage: true,
    // "Allow invalid" shows a warning instead of rejecting the input.
    errorStyle: spec.allowInvalid ? 'warning' : 'stop',
    ...(spec.helpText ? { showInputMessage: true, prompt: spec.helpText } : {}),
  };
  const v = spec.values;
  const toDate = (d: unknown) => (isDate(d) ? serialToUtcDate(dateToSerial(d, timeZone)) : d);
  switch (spec.criteria) {
    case 'VALUE_IN_LIST': {
      const items = (Array.isArray(v[0]) ? (v[0] as unknown[]) : []).map(String);
      return { dv: { ...base, type: 'list', formulae: [`"${items.join(',')}"`] }, exact: items.every((i) => !i.includes(',') && !i.includes('"')) };
    }
    case 'VALUE_IN_RANGE': {
      const range = v[0];
      if (!(range instanceof LocalRange)) return null;
      return { dv: { ...base, type: 'list', formulae: [`${quoteSheetName(range.sheet.name)}!${absoluteA1(range)}`] }, exact: true };
    }
    case 'CHECKBOX': {
      const [on, off] = v.length === 0 ? ['TRUE', 'FALSE'] : [String(v[0]), v.length > 1 ? String(v[1]) : ''];
      return { dv: { ...base, type: 'list', formulae: [`"${[on, off].filter((x) => x !== '').join(',')}"`] }, exact: false };
    }
    case 'DATE_IS_VALID_DATE':
      return { dv: { ...base, type: 'date', operator: 'greaterThan', formulae: [serialToUtcDate(0)] }, exact: false };
    case 'CUSTOM_FORMULA':
      return { dv: { ...base, type: 'custom', formulae: [String(v[0] ?? '').replace(/^=/, '')] }, exact: true };
    case 'TEXT_CONTAINS':
      return { dv: { ...base, type: 'custom', formulae: [`ISNUMBER(SEARCH(${quoteText(String(v[0]))},${topLeft}))`] }, exact: false };
    case 'TEXT_DOES_NOT_CONTAIN':
      return { dv: { ...base, type: 'custom', formulae: [`ISERROR(SEARCH(${quoteText(String(v[0]))},${topLeft}))`] }, exact: false };
    case 'TEXT_EQUAL_TO':
      return { dv: { ...base, type: 'custom', formulae: [`${topLeft}=${quoteText(String(v[0]))}`] }, exact: false };
    case 'TEXT_IS_VALID_EMAIL':
      return { dv: { ...base, type: 'custom', formulae: [`ISEMAIL(${topLeft})`] }, exact: false };
    case 'TEXT_IS_VALID_URL':
      return { dv: { ...base, type: 'custom', formulae: [`ISURL(${topLeft})`] }, exact: false };
    default: {
      const numberOp = NUMBER_OPERATORS[spec.criteria];
      if (numberOp) return { dv: { ...base, type: 'decimal', operator: numberOp, formulae: [...v] }, exact: true };
      const dateOp = DATE_OPERATORS[spec.criteria];
      if (dateOp) return { dv: { ...base, type: 'date', operator: dateOp, formulae: v.map(toDate) }, exact: true };
      return null;
    }
  }
}

export function absoluteA1(range: LocalRange): string {
  const a = `$${columnLetters(range.column)}$${range.row}`;
  return range.numRows === 1 && range.numColumns === 1 ? a : `${a}:$${columnLetters(range.lastColumn)}$${range.lastRow}`;
}

export function fromXlsxValidation(dv: ExcelJS.DataValidation, sheet: LocalSheet): ValidationSpec | null {
  const allowInvalid = dv.showErrorMessage === false || dv.errorStyle === 'warning' || dv.errorStyle === 'information';
  const helpText = dv.showInputMessage && dv.prompt ? dv.prompt : null;
  const spec = (criteria: DataValidationCriteriaName, values: unknown[]): ValidationSpec => ({ criteria, values, allowInvalid, helpText });
  const f = dv.formulae ?? [];
  const tz = sheet.spreadsheet.timeZone;
  switch (dv.type) {
    case 'list': {
      const text = String(f[0] ?? '');
      if (text.startsWith('"')) return spec('VALUE_IN_LIST', [text.slice(1, -1).split(','), true]);
      const range = rangeFromA1(sheet.spreadsheet, text.replace(/\$/g, ''), sheet);
      return range ? spec('VALUE_IN_RANGE', [range, true]) : null;
    }
    case 'whole':
    case 'decimal': {
      const criteria = NUMBER_CRITERIA.get(dv.operator ?? 'between');
      return criteria ? spec(criteria, f.map(Number)) : null;
    }
    case 'date': {
      const criteria = DATE_CRITERIA.get(dv.operator ?? 'between');
      return criteria
        ? spec(
            criteria,
            f.map((d) => (isDate(d) ? serialToDate(utcDateToSerial(d), tz) : d)),
          )
        : null;
    }
    case 'custom':
      return spec('CUSTOM_FORMULA', [`=${String(f[0] ?? '')}`]);
    default:
      return null;
  }
}

/** The xlsx validation type a loaded rule came from, to match state records to cells. */
export function xlsxTypeOf(spec: ValidationSpec): string {
  if (spec.criteria === 'VALUE_IN_LIST' || spec.criteria === 'VALUE_IN_RANGE') return 'list';
  if (spec.criteria.startsWith('NUMBER_')) return 'decimal';
  if (spec.criteria.startsWith('DATE_')) return 'date';
  return 'custom';
}
