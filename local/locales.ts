// The spreadsheet locales Google Sheets offers (File → Settings → Locale). Google publishes no list;
// this is the 72 locales listed on 19 Sep 2022 in "locale differences in google sheets" (Stack Overflow
// question 73767719, answer by player0), with their formula argument separator ("," in 28 locales,
// ";" in the rest), written as the codes Spreadsheet.getSpreadsheetLocale returns. There is no
// Iran/Persian locale: a Persian user's spreadsheet has another locale (often en_US), so the add-on's
// language must not depend on fa_IR. Help → Diagnostics reports the real locale of a spreadsheet.

/** Locales whose formulas separate arguments with "," (and write decimals with "."). */
const COMMA_LOCALES = [
  'en_AU',
  'en_CA',
  'zh_CN',
  'ar_EG',
  'zh_HK',
  'en_IN',
  'bn_IN',
  'gu_IN',
  'kn_IN',
  'ml_IN',
  'mr_IN',
  'pa_IN',
  'ta_IN',
  'te_IN',
  'en_IE',
  'iw_IL',
  'ja_JP',
  'ko_KR',
  'es_MX',
  'mn_MN',
  'my_MM',
  'en_PH',
  'de_CH',
  'zh_TW',
  'th_TH',
  'en_GB',
  'cy_GB',
  'en_US',
] as const;

/** Locales whose formulas separate arguments with ";" (decimal comma). */
const SEMICOLON_LOCALES = [
  'es_AR',
  'hy_AM',
  'az_AZ',
  'be_BY',
  'es_BO',
  'pt_BR',
  'bg_BG',
  'fr_CA',
  'es_CL',
  'es_CO',
  'hr_HR',
  'cs_CZ',
  'da_DK',
  'es_EC',
  'fi_FI',
  'fr_FR',
  'ka_GE',
  'de_DE',
  'el_GR',
  'hu_HU',
  'id_ID',
  'it_IT',
  'kk_KZ',
  'lv_LV',
  'lt_LT',
  'nl_NL',
  'nb_NO',
  'nn_NO',
  'es_PY',
  'pl_PL',
  'pt_PT',
  'ro_RO',
  'ru_RU',
  'sr_RS',
  'sk_SK',
  'sl_SI',
  'es_ES',
  'ca_ES',
  'sv_SE',
  'tr_TR',
  'uk_UA',
  'es_UY',
  'es_VE',
  'vi_VN',
] as const;

export const SHEETS_LOCALES: readonly string[] = [...COMMA_LOCALES, ...SEMICOLON_LOCALES];

const KNOWN = new Set(SHEETS_LOCALES);
const SEMICOLON = new Set<string>(SEMICOLON_LOCALES);

/** True when Sheets offers this spreadsheet locale. */
export function isSheetsLocale(locale: string): boolean {
  return KNOWN.has(locale);
}

/** The formula argument separator of a Sheets locale. */
export function argumentSeparatorOf(locale: string): ',' | ';' {
  return SEMICOLON.has(locale) ? ';' : ',';
}
