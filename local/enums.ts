// Apps Script enums. In Apps Script an enum member is an object whose string form is its name
// (`String(SpreadsheetApp.Dimension.ROWS) === 'ROWS'`) and members are compared by identity
// (developers.google.com/apps-script/reference/spreadsheet/dimension and every other enum page).
// The compiler checks each list of member names against @types/google-apps-script.
import { ScriptException } from './errors';
import { EnumValue } from './membrane';

type Exactly<K extends string, L extends readonly string[]> = [Exclude<K, L[number]>] extends [never]
  ? [Exclude<L[number], K>] extends [never]
    ? L
    : { readonly extra: Exclude<L[number], K> }
  : { readonly missing: Exclude<K, L[number]> };

/** An enum object with the given members, typed as the @types enum it stands for. */
function makeEnum<E extends object>(enumName: string) {
  return <const L extends readonly string[]>(names: L & Exactly<keyof E & string, L>): E => {
    const members: Record<string, EnumValue> = {};
    names.forEach((name, i) => (members[name] = new EnumValue(enumName, name, i)));
    return Object.freeze(members) as unknown as E;
  };
}

type SS = typeof GoogleAppsScript.Spreadsheet;

export const BooleanCriteria = makeEnum<SS['BooleanCriteria']>('BooleanCriteria')([
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
]);
export type BooleanCriteriaName = keyof SS['BooleanCriteria'];

export const DataValidationCriteria = makeEnum<SS['DataValidationCriteria']>('DataValidationCriteria')([
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
]);
export type DataValidationCriteriaName = keyof SS['DataValidationCriteria'];

export const DeveloperMetadataLocationType = makeEnum<SS['DeveloperMetadataLocationType']>('DeveloperMetadataLocationType')([
  'SPREADSHEET',
  'SHEET',
  'ROW',
  'COLUMN',
]);
export type DeveloperMetadataLocationTypeName = keyof SS['DeveloperMetadataLocationType'];

export const DeveloperMetadataVisibility = makeEnum<SS['DeveloperMetadataVisibility']>('DeveloperMetadataVisibility')(['DOCUMENT', 'PROJECT']);
export type DeveloperMetadataVisibilityName = keyof SS['DeveloperMetadataVisibility'];

export const Dimension = makeEnum<SS['Dimension']>('Dimension')(['COLUMNS', 'ROWS']);
export const InterpolationType = makeEnum<SS['InterpolationType']>('InterpolationType')(['NUMBER', 'PERCENT', 'PERCENTILE', 'MIN', 'MAX']);
export type InterpolationTypeName = keyof SS['InterpolationType'];
export const ProtectionType = makeEnum<SS['ProtectionType']>('ProtectionType')(['RANGE', 'SHEET']);
export const RelativeDate = makeEnum<SS['RelativeDate']>('RelativeDate')(['TODAY', 'TOMORROW', 'YESTERDAY', 'PAST_WEEK', 'PAST_MONTH', 'PAST_YEAR']);
export const SheetType = makeEnum<SS['SheetType']>('SheetType')(['GRID', 'OBJECT']);
export const TextDirection = makeEnum<SS['TextDirection']>('TextDirection')(['LEFT_TO_RIGHT', 'RIGHT_TO_LEFT']);
export const WrapStrategy = makeEnum<SS['WrapStrategy']>('WrapStrategy')(['WRAP', 'OVERFLOW', 'CLIP']);

export const Button = makeEnum<typeof GoogleAppsScript.Base.Button>('Button')(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export const ButtonSet = makeEnum<typeof GoogleAppsScript.Base.ButtonSet>('ButtonSet')(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
export const SandboxMode = makeEnum<typeof GoogleAppsScript.HTML.SandboxMode>('SandboxMode')(['EMULATED', 'IFRAME', 'NATIVE']);
export const XFrameOptionsMode = makeEnum<typeof GoogleAppsScript.HTML.XFrameOptionsMode>('XFrameOptionsMode')(['ALLOWALL', 'DEFAULT']);
export const AuthMode = makeEnum<typeof GoogleAppsScript.Script.AuthMode>('AuthMode')(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);

/** The member name of an enum value of the given enum; throws when the value is not one of its members. */
export function memberName<E extends object>(enumObject: E, value: unknown, what: string): keyof E & string {
  if (value instanceof EnumValue) {
    const member = (enumObject as Record<string, unknown>)[value.name];
    if (member === value) return value.name as keyof E & string;
  }
  throw new ScriptException(`Invalid argument: ${what}`);
}

/** The enum value of a member name. */
export function member<E extends object>(enumObject: E, name: keyof E & string): E[keyof E] {
  return (enumObject as Record<string, E[keyof E]>)[name]!;
}
