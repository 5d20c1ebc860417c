// Compile-time conformance of the runtime's classes to @types/google-apps-script. A class declares
// `implements Partial<Implements<GoogleAppsScript.Spreadsheet.Range>>`: every Apps Script method it
// defines must then accept the documented arguments and return the documented result, with Apps
// Script's classes read as their local counterparts (Range → LocalRange, Sheet[] → LocalSheet[]…),
// so a signature that drifts from Apps Script's fails `tsc`. (For an overloaded method the compiler
// checks the last overload.)
import type { LocalEmbeddedChart, LocalEmbeddedChartBuilder } from './spreadsheet/Chart';
import type {
  LocalConditionalFormatRule,
  LocalConditionalFormatRuleBuilder,
  LocalBooleanCondition,
  LocalGradientCondition,
} from './spreadsheet/ConditionalFormat';
import type { LocalDataValidation, LocalDataValidationBuilder } from './spreadsheet/DataValidation';
import type { LocalDeveloperMetadata, LocalDeveloperMetadataFinder, LocalDeveloperMetadataLocation } from './spreadsheet/DeveloperMetadata';
import type { LocalRange } from './spreadsheet/Range';
import type { LocalRangeList } from './spreadsheet/RangeList';
import type { LocalSheet } from './spreadsheet/Sheet';
import type { LocalSpreadsheet } from './spreadsheet/Spreadsheet';
import type { LocalHtmlOutput } from './services/html';
import type { LocalMenu, LocalPromptResponse, LocalUi } from './services/ui';
import type { LocalProperties } from './services/properties';
import type { LocalLock } from './services/lock';
import type { LocalUser } from './services/session';

/** The runtime's counterpart of an Apps Script type. */
export type Local<T> = 0 extends 1 & T
  ? T
  : T extends GoogleAppsScript.Spreadsheet.Range
    ? LocalRange
    : T extends GoogleAppsScript.Spreadsheet.RangeList
      ? LocalRangeList
      : T extends GoogleAppsScript.Spreadsheet.Spreadsheet
        ? LocalSpreadsheet
        : T extends GoogleAppsScript.Spreadsheet.Sheet
          ? LocalSheet
          : T extends GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder
            ? LocalEmbeddedChartBuilder
            : T extends GoogleAppsScript.Spreadsheet.EmbeddedChart
              ? LocalEmbeddedChart
              : T extends GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder
                ? LocalConditionalFormatRuleBuilder
                : T extends GoogleAppsScript.Spreadsheet.ConditionalFormatRule
                  ? LocalConditionalFormatRule
                  : T extends GoogleAppsScript.Spreadsheet.BooleanCondition
                    ? LocalBooleanCondition
                    : T extends GoogleAppsScript.Spreadsheet.GradientCondition
                      ? LocalGradientCondition
                      : T extends GoogleAppsScript.Spreadsheet.DataValidationBuilder
                        ? LocalDataValidationBuilder
                        : T extends GoogleAppsScript.Spreadsheet.DataValidation
                          ? LocalDataValidation
                          : T extends GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder
                            ? LocalDeveloperMetadataFinder
                            : T extends GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation
                              ? LocalDeveloperMetadataLocation
                              : T extends GoogleAppsScript.Spreadsheet.DeveloperMetadata
                                ? LocalDeveloperMetadata
                                : T extends GoogleAppsScript.HTML.HtmlOutput
                                  ? LocalHtmlOutput
                                  : T extends GoogleAppsScript.Base.Menu
                                    ? LocalMenu
                                    : T extends GoogleAppsScript.Base.Ui
                                      ? LocalUi
                                      : T extends GoogleAppsScript.Base.PromptResponse
                                        ? LocalPromptResponse
                                        : T extends GoogleAppsScript.Base.User
                                          ? LocalUser
                                          : T extends GoogleAppsScript.Properties.Properties
                                            ? LocalProperties
                                            : T extends GoogleAppsScript.Lock.Lock
                                              ? LocalLock
                                              : T extends GoogleAppsScript.Base.Date
                                                ? Date
                                                : T extends readonly (infer E)[]
                                                  ? Local<E>[]
                                                  : T;

type LocalArgs<A extends readonly unknown[]> = { [I in keyof A]: Local<A[I]> };

type MethodKeys<T> = { [K in keyof T]-?: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T];

/** Every method of an Apps Script interface, with arguments and results as the runtime's classes. */
export type Implements<Api> = {
  [P in MethodKeys<Api>]: Api[P] extends (...args: infer A) => infer R ? (...args: LocalArgs<A>) => Local<R> : never;
};
