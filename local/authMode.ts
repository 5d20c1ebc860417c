// What each AuthMode lets a script call (developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle,
// the authorization-mode table, and developers.google.com/apps-script/guides/sheets/functions for
// custom functions). The membrane asks before every service call.
import type { ApiClass } from './api';
import { ScriptException } from './errors';

/** Apps Script's authorization modes (ScriptApp.AuthMode). */
export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

// Spreadsheet-service methods that only read. Custom functions get the Spreadsheet service
// read-only: "most get*() methods, but not set*()" (developers.google.com/apps-script/guides/sheets/functions).
const READ_ONLY = /^(get|is|has|can)[A-Z]|^(createDeveloperMetadataFinder|createTextFinder)$/;
const SPREADSHEET_OBJECTS = new Set<ApiClass>(['Spreadsheet', 'Sheet', 'Range', 'RangeList', 'DeveloperMetadata']);

// In AuthMode.NONE an add-on may only build its menu and read the locale; Logger and Utilities work
// (editor-auth-lifecycle: the authorization-mode table).
const ALLOWED_IN_NONE = new Set([
  'SpreadsheetApp.getUi',
  'Ui.createAddonMenu',
  'Ui.createMenu',
  'Menu.addItem',
  'Menu.addSeparator',
  'Menu.addSubMenu',
  'Menu.addToUi',
  'Session.getActiveUserLocale',
]);
const DIALOGS = new Set(['Ui.showSidebar', 'Ui.showModalDialog', 'Ui.showModelessDialog', 'Ui.showDialog', 'Ui.alert', 'Ui.prompt']);

/** The error Apps Script raises for a call the AuthMode forbids, or null when the call may proceed. */
export function authorizationError(mode: AuthModeName, apiClass: ApiClass, method: string): ScriptException | null {
  const key = `${apiClass}.${method}`;
  switch (mode) {
    case 'FULL':
      return null;
    case 'NONE':
      if (ALLOWED_IN_NONE.has(key) || apiClass === 'Logger' || apiClass === 'Utilities' || apiClass === 'ScriptApp') return null;
      return new ScriptException(
        `You do not have permission to call ${key} in AuthMode.NONE: until the add-on is enabled in the document it may only build its menu`,
      );
    case 'LIMITED':
      // "Add-ons can't open sidebars or dialogs while executing in AuthMode.LIMITED."
      if (DIALOGS.has(key))
        return new ScriptException(`You do not have permission to call ${key} in AuthMode.LIMITED: sidebars and dialogs open only from menu items`);
      return null;
    case 'CUSTOM_FUNCTION':
      if (key === 'SpreadsheetApp.getUi') return new ScriptException('Cannot call SpreadsheetApp.getUi() from this context.');
      if (apiClass === 'Ui' || DIALOGS.has(key)) return new ScriptException(`You do not have permission to call ${key}`);
      if (SPREADSHEET_OBJECTS.has(apiClass) && !READ_ONLY.test(method)) return new ScriptException(`You do not have permission to call ${method}`);
      if (apiClass === 'SpreadsheetApp' && method.startsWith('setActive')) return new ScriptException(`You do not have permission to call ${method}`);
      return null;
  }
}
