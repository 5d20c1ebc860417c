// Opens the sidebar at a given view. Sidebars open only from menu items, which run in
// AuthMode.FULL (developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle).
export type SidebarView = 'newQuarter' | 'adopt' | 'validate' | 'checkIn' | 'settings';

export function showSidebar(view: SidebarView): void {
  const page = HtmlService.createHtmlOutputFromFile('sidebar').getContent();
  // createHtmlOutputFromFile has no scriptlets; the view is passed as a data attribute instead.
  const html = HtmlService.createHtmlOutput(page.replace('<html', `<html data-view="${view}"`)).setTitle('OKR Sheets');
  SpreadsheetApp.getUi().showSidebar(html);
}

export function showNewQuarter(): void {
  showSidebar('newQuarter');
}
export function showAdopt(): void {
  showSidebar('adopt');
}
export function showValidate(): void {
  showSidebar('validate');
}
export function showCheckIn(): void {
  showSidebar('checkIn');
}
export function showSettings(): void {
  showSidebar('settings');
}
