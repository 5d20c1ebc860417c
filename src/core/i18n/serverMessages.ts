// The sentences the sidebar's server API says and throws (src/server/messages.ts), in the four
// languages of the add-on; filled by the one formatter (format.ts).
import type { Language } from '../model';

const EN = {
  badRequest: 'The request is not valid: expected an object with the fields of {what}.',
  badField: 'The request is not valid: “{field}” must be {expected}.',
  expText: 'text of at most {max, plural, one {# character} other {# characters}}',
  expInteger: 'a whole number from {min} to {max}',
  expNumber: 'a number from {min} to {max}',
  expBoolean: 'true or false',
  expList: 'a list of at most {max, plural, one {# item} other {# items}}',
  expListMin: 'a list of at least {min, plural, one {# item} other {# items}}',
  expOneOf: 'one of {values}',
  expValue: 'a number, a text or true/false',
  noSheet: 'There is no sheet named “{sheet}”.',
  severalOkrSheets: 'Several sheets hold OKRs ({sheets}): open the one you mean and try again. Nothing was changed.',
  sheetGone: 'The sheet this list was read from is no longer in the spreadsheet. Nothing was saved.',
  noOkrSheet: 'No OKR sheet found: open the sheet with your OKRs (or use New quarter or Adopt this sheet) and try again.',
  notOkrSheet: 'No header row was recognised in “{sheet}”. Use Adopt this sheet to tell the add-on which column is which.',
  sheetExists: 'A sheet named “{sheet}” already exists. Pick another quarter, or rename that sheet first.',
  unknownTemplate: 'There is no template set called “{area}”.',
  noCarrySource: 'Choose the sheet to carry the unfinished key results over from.',
  mappingNeeds: 'Choose a column for at least: {columns}.',
  mappingTwice: 'Column {letter} is chosen twice: for “{first}” and for “{second}”.',
  scoreNoteBefore: 'Before OKR_SCORE: {before}',
  scoreColumnPoints:
    'The score column {column} holds scores from 0 to 100 (75 for 75 %), and =OKR_SCORE gives 0 to 1 (0.75): switching some of its cells would put two scales in one column, and any total over it would be wrong. Correct those cells by hand; the check names the right score. Nothing was changed.',
  auditChanged:
    'The score cell {cell} has changed since the check, or the check no longer names it: validate again and choose the cells to switch. Nothing was changed.',
  splitChanged: 'The cell {cell} has changed since it was read. Read the sheet again, then try once more.',
  objectivesTied:
    'The tabs {tabs} all list these objective IDs, so the objectives’ texts would come from none of them. Keep the IDs on one tab, then save again. Nothing was saved.',
  gradeTooSmall:
    'Row {row}: this sheet keeps grades from 0 to 100, where “{value}” would be written as 1 or less and read two ways. Write 0, or more than 1 %.',
  mappingMoved:
    'Column {letter} ({field}) was headed “{was}” when the columns were read and is now headed “{now}”: the sheet changed meanwhile. Read the columns again. Nothing was saved.',
  mappingStale:
    'The adopted columns of “{sheet}” can no longer all be found by their headers, so nothing was written. Open Adopt this sheet and save the columns again.',
  mappingBlankHeader:
    'Column {letter} (chosen for “{field}”) has no header in row {row}. The add-on finds adopted columns by their header names: give the column a header, or choose another.',
  mappingHeaderTwice:
    'The header “{header}” (chosen for “{field}”) appears more than once in row {row}. Rename one of them so each column can be found by its name.',
  mappingHeader: 'The header row must be between 1 and {max}.',
  badCell: '“{cell}” is not a cell address such as C7.',
  notKeyResult: 'Row {row} of “{sheet}” is not a key result (the sheet may have changed: reload the list).',
  rowTwice: 'Row {row} appears twice in the check-in.',
  unexpected: 'Google Sheets reported an error, and nothing was saved. Try again in a moment. (Details for support: {detail})',
  ownTab: '“{sheet}” is one of the tabs OKR Sheets writes itself (progress or history): choose the OKR sheet instead. Nothing was changed.',
  mappingOutside: 'The mapping points outside “{sheet}” (column {column}, header row {row}): choose columns of the sheet. Nothing was saved.',
  restoreFailed: '(Some cells could not be put back: check the sheet, or undo with Edit → Undo.)',
  keyResultGone: '“{keyResult}” is no longer in “{sheet}” (its text or objective changed, or it was deleted): reload the list. Nothing was saved.',
  keyResultAmbiguous: '“{keyResult}” appears more than once in “{sheet}” (rows {rows}): give each key result its own text. Nothing was saved.',
  keyResultTwice: '“{keyResult}” appears twice in the check-in.',
  currentChanged: 'The Current of “{keyResult}” changed since the list was loaded ({shown} → {now}): reload the list. Nothing was saved.',
  keyResultChanged:
    '“{keyResult}” changed in the sheet since the list was loaded (its Start, Target, Confidence, type or unit): reload the list and check the value. Nothing was saved.',
  formulaCell: 'The Current cell of row {row} holds a formula; change it in the sheet instead.',
  formulaWeekCell: 'The cell {cell} ({header}), where today’s value goes, holds a formula; change it in the sheet instead.',
  periodicSlotTwice:
    'The columns “{first}” and “{second}” are the same week or month, so the add-on cannot tell which holds the value. Rename or remove one of them. Nothing was saved.',
  formulaConfidenceCell: 'The Confidence cell of row {row} holds a formula; change it in the sheet instead.',
  ambiguousNumber:
    'Row {row}: “{value}” can be read as two numbers (its separator may be a decimal or a thousands separator). Write it with one reading: decimals after “{decimal}”, the separator of this spreadsheet, and no thousands separator. Nothing was saved.',
  badNumber: 'Row {row}: “{value}” is not a number.',
  badMilestone: 'Row {row}: a milestone is done or not done (true or false).',
  badCount: 'Row {row}: “{value}” is not a count. Enter how many are done so far (such as 2), or done.',
  gradeOutOfRange: 'Row {row}: the grade “{value}” is outside 0–1. Write it from 0 to 1 (such as 0.7) or as a percentage (70%).',
  mixedScale:
    'Row {row}: “{value}” is not on the same scale as the Start and Target of this key result. Type it the way they are written (a plain number, or with %).',
  ambiguousPercent: 'Row {row}: “{value}” could be {percent} (a fraction) or {value} %. Type {percent} or {value}% to say which.',
  percentOf: '{points}%',
  noCurrentColumn: 'The sheet “{sheet}” has no Current column, so there is nowhere to write the check-in.',
  periodicNoPeriod:
    'The sheet “{sheet}” keeps its values by week or month, but its quarter is not known, so the add-on cannot tell which column is today’s. Fill in the Quarter above the header, or Start and End.',
  periodicNoColumn:
    'The sheet “{sheet}” keeps its values by week or month, and none of its columns is for today ({day}). Add that column, or type the value into the column you mean.',
  busy: 'Another change is being saved in this spreadsheet. Try again in a moment.',
  bandsOrder: 'Yellow must start at or below green ({kind}).',
  tolerancesOrder: 'The on-track tolerance must not be larger than the at-risk tolerance.',
  staleAfterDaysWhole: 'Stale after must be a whole number of days (1 to 366).',
  tooManyRows: 'The template would need {rows} rows; at most {max} are allowed.',
  diagTitle: 'OKR Sheets diagnostics',
  diagIntro:
    'Platform facts measured in this spreadsheet (the answers are technical notes, in English). Compare them with docs/ACCEPTANCE.md step 0, or paste them into an issue.',
  diagCopy: 'Select the text (click in the box, then Ctrl+C or ⌘C) to copy the report.',
  diagRuleNote:
    "A script cannot read the colour a rule shows: if a rule was kept, check by hand which one colours a cell (docs/ACCEPTANCE.md). The add-on's own rules have no separators and no decimal points.",
  diagSetValuesGeneral: 'setValues in a General cell',
  diagSetValuesPlainText: 'setValues in a plain-text (@) cell',
  diagRuleEnglish: 'Rule formula with , and .',
  diagRuleLocale: 'Rule formula with ; and a decimal comma',
  diagEmail: 'Your email address, as the add-on sees it',
  diagTimeZones: 'Time zones',
  diagLocales: 'Locales',
  diagErrorArgument: 'OKR_SCORE over two rows, one of them =NA()',
  diagCellFormula: 'The Score formula and an array literal, written in English syntax',
  diagToTextFormats: 'TO_TEXT over a range inside ARRAYFORMULA (20 %, 0.5, 12.5 %)',
  diagCleanup: 'Temporary sheet',
  diagLock: 'Document lock',
};

export type ServerMessageKey = keyof typeof EN;

const FA: Record<ServerMessageKey, string> = {
  badRequest: 'درخواست معتبر نیست: باید یک شیء با فیلدهای {what} باشد.',
  badField: 'درخواست معتبر نیست: «{field}» باید {expected} باشد.',
  expText: 'متنی با حداکثر {max} نویسه',
  expInteger: 'عددی صحیح از {min} تا {max}',
  expNumber: 'عددی از {min} تا {max}',
  expBoolean: 'درست یا نادرست',
  expList: 'فهرستی با حداکثر {max} مورد',
  expListMin: 'فهرستی با دست‌کم {min} مورد',
  expOneOf: 'یکی از {values}',
  expValue: 'یک عدد، یک متن یا درست/نادرست',
  noSheet: 'برگه‌ای با نام «{sheet}» وجود ندارد.',
  severalOkrSheets: 'چند برگه OKR دارند ({sheets}): برگه مورد نظر را باز کنید و دوباره امتحان کنید. چیزی تغییر نکرد.',
  sheetGone: 'برگه‌ای که این فهرست از آن خوانده شد دیگر در این صفحه‌گسترده نیست. چیزی ذخیره نشد.',
  noOkrSheet: 'برگه OKR پیدا نشد: برگه اهداف خود را باز کنید (یا از «فصل جدید» یا «استفاده از این برگه» کمک بگیرید) و دوباره امتحان کنید.',
  notOkrSheet: 'ردیف عنوان در «{sheet}» شناخته نشد. با «استفاده از این برگه» مشخص کنید هر ستون چیست.',
  sheetExists: 'برگه‌ای با نام «{sheet}» از قبل وجود دارد. فصل دیگری انتخاب کنید یا ابتدا نام آن برگه را تغییر دهید.',
  unknownTemplate: 'مجموعه الگویی با نام «{area}» وجود ندارد.',
  noCarrySource: 'برگه‌ای را که نتایج کلیدی ناتمام باید از آن منتقل شوند انتخاب کنید.',
  mappingNeeds: 'دست‌کم برای این موارد ستونی انتخاب کنید: {columns}.',
  mappingTwice: 'ستون {letter} دو بار انتخاب شده است: برای «{first}» و برای «{second}».',
  scoreNoteBefore: 'پیش از OKR_SCORE: {before}',
  scoreColumnPoints:
    'ستون امتیاز {column} امتیازها را از ۰ تا ۱۰۰ نگه می‌دارد (۷۵ برای ۷۵٪)، اما =OKR_SCORE از ۰ تا ۱ می‌دهد (۰٫۷۵): تغییر برخی خانه‌های آن دو مقیاس را در یک ستون می‌گذارد و هر جمعی روی آن نادرست می‌شود. آن خانه‌ها را خودتان اصلاح کنید؛ بررسی امتیاز درست را می‌گوید. چیزی تغییر نکرد.',
  auditChanged: 'خانهٔ امتیاز {cell} پس از بررسی تغییر کرده یا دیگر در نتیجهٔ بررسی نیست: دوباره اعتبارسنجی کنید و خانه‌ها را انتخاب کنید. چیزی تغییر نکرد.',
  splitChanged: 'خانه {cell} پس از خوانده شدن تغییر کرده است. برگه را دوباره بخوانید و باز امتحان کنید.',
  objectivesTied:
    'برگه‌های {tabs} همگی این شناسه‌های هدف را دارند، پس متن هدف‌ها از هیچ‌کدام گرفته نمی‌شد. شناسه‌ها را فقط در یک برگه نگه دارید و دوباره ذخیره کنید. چیزی ذخیره نشد.',
  gradeTooSmall:
    'ردیف {row}: این برگه نمره‌ها را از ۰ تا ۱۰۰ نگه می‌دارد و «{value}» در آن ۱ یا کمتر نوشته می‌شد که دو گونه خوانده می‌شود. ۰ یا بیش از ۱٪ بنویسید.',
  mappingMoved:
    'عنوان ستون {letter} ({field}) هنگام خواندن ستون‌ها «{was}» بود و اکنون «{now}» است: برگه در این میان تغییر کرده است. ستون‌ها را دوباره بخوانید. چیزی ذخیره نشد.',
  mappingStale:
    'همه ستون‌های پذیرفته‌شده «{sheet}» دیگر با عنوانشان پیدا نمی‌شوند، پس چیزی نوشته نشد. «استفاده از این برگه» را باز کنید و ستون‌ها را دوباره ذخیره کنید.',
  mappingBlankHeader:
    'ستون {letter} (انتخاب‌شده برای «{field}») در ردیف {row} عنوانی ندارد. افزونه ستون‌ها را با نام عنوانشان پیدا می‌کند: به ستون عنوان بدهید یا ستون دیگری انتخاب کنید.',
  mappingHeaderTwice: 'عنوان «{header}» (انتخاب‌شده برای «{field}») در ردیف {row} بیش از یک بار آمده است. نام یکی را تغییر دهید تا هر ستون با نامش پیدا شود.',
  mappingHeader: 'ردیف عنوان باید بین ۱ و {max} باشد.',
  badCell: '«{cell}» نشانی یک خانه (مانند C7) نیست.',
  notKeyResult: 'ردیف {row} در «{sheet}» یک نتیجه کلیدی نیست (شاید برگه تغییر کرده است: فهرست را دوباره بارگیری کنید).',
  rowTwice: 'ردیف {row} دو بار در ثبت پیشرفت آمده است.',
  unexpected: 'Google Sheets خطایی گزارش داد و چیزی ذخیره نشد. کمی بعد دوباره امتحان کنید. (جزئیات برای پشتیبانی: {detail})',
  ownTab: '«{sheet}» یکی از برگه‌هایی است که خود افزونه می‌نویسد (پیشرفت یا تاریخچه): برگه OKR را انتخاب کنید. چیزی تغییر نکرد.',
  mappingOutside: 'نگاشت به بیرون از «{sheet}» اشاره می‌کند (ستون {column}، ردیف سرستون {row}): ستون‌های خود برگه را انتخاب کنید. چیزی ذخیره نشد.',
  restoreFailed: '(برخی خانه‌ها به حالت قبل برنگشتند: برگه را بررسی کنید یا با ویرایش ← واگرد برگردانید.)',
  keyResultGone: '«{keyResult}» دیگر در «{sheet}» نیست (متن یا هدف آن تغییر کرده یا حذف شده است): فهرست را دوباره بارگیری کنید. چیزی ذخیره نشد.',
  keyResultAmbiguous: '«{keyResult}» بیش از یک بار در «{sheet}» آمده است (ردیف‌های {rows}): به هر نتیجه کلیدی متن جداگانه بدهید. چیزی ذخیره نشد.',
  keyResultTwice: '«{keyResult}» دو بار در ثبت پیشرفت آمده است.',
  currentChanged: 'مقدار فعلی «{keyResult}» پس از بارگیری فهرست تغییر کرده است ({shown} ← {now}): فهرست را دوباره بارگیری کنید. چیزی ذخیره نشد.',
  keyResultChanged:
    '«{keyResult}» پس از بارگیری فهرست در برگه تغییر کرده است (شروع، مقدار هدف، اطمینان، نوع یا واحد آن): فهرست را دوباره بارگیری کنید و مقدار را بررسی کنید. چیزی ذخیره نشد.',
  formulaCell: 'خانه «مقدار فعلی» در ردیف {row} فرمول دارد؛ آن را در خود برگه تغییر دهید.',
  formulaWeekCell: 'خانهٔ {cell} ({header})، که مقدار امروز در آن می‌رود، فرمول دارد؛ آن را در خود برگه تغییر دهید.',
  periodicSlotTwice:
    'ستون‌های «{first}» و «{second}» یک هفته یا یک ماه‌اند، پس افزونه نمی‌داند مقدار در کدام است. نام یکی را تغییر دهید یا آن را بردارید. چیزی ذخیره نشد.',
  formulaConfidenceCell: 'خانه «اطمینان» در ردیف {row} فرمول دارد؛ آن را در خود برگه تغییر دهید.',
  ambiguousNumber:
    'ردیف {row}: «{value}» را می‌توان دو عدد خواند (جداکنندهٔ آن ممکن است اعشار یا هزارگان باشد). آن را بی‌ابهام بنویسید: اعشار پس از «{decimal}»، جداکنندهٔ اعشار این صفحه‌گسترده، و بدون جداکنندهٔ هزارگان. چیزی ذخیره نشد.',
  badNumber: 'ردیف {row}: «{value}» عدد نیست.',
  badMilestone: 'ردیف {row}: یک نقطه عطف یا انجام شده است یا نشده (درست یا نادرست).',
  badCount: 'ردیف {row}: «{value}» یک شمارش نیست. تعداد انجام‌شده تا اکنون (مثلاً ۲) یا «انجام شد» را وارد کنید.',
  gradeOutOfRange: 'ردیف {row}: نمرهٔ «{value}» بیرون از ۰ تا ۱ است. آن را از ۰ تا ۱ (مثلاً ۰٫۷) یا به درصد (۷۰٪) بنویسید.',
  mixedScale: 'ردیف {row}: «{value}» با «شروع» و «هدف» این نتیجه کلیدی هم‌مقیاس نیست. آن را مثل آن‌ها بنویسید (عدد ساده، یا با ٪).',
  ambiguousPercent: 'ردیف {row}: «{value}» ممکن است {percent} (به‌صورت کسر) یا {value}٪ باشد. برای روشن شدن، {percent} یا {value}٪ بنویسید.',
  percentOf: '{points}٪',
  noCurrentColumn: 'برگه «{sheet}» ستون «مقدار فعلی» ندارد، پس جایی برای نوشتن پیشرفت نیست.',
  periodicNoPeriod:
    'برگه «{sheet}» مقدارها را هفته‌به‌هفته یا ماه‌به‌ماه نگه می‌دارد، اما فصل آن معلوم نیست، پس افزونه نمی‌داند ستون امروز کدام است. بالای سرستون‌ها «فصل» یا «تاریخ شروع» و «پایان» را پر کنید.',
  periodicNoColumn:
    'برگه «{sheet}» مقدارها را هفته‌به‌هفته یا ماه‌به‌ماه نگه می‌دارد و هیچ‌یک از ستون‌هایش برای امروز ({day}) نیست. آن ستون را اضافه کنید، یا مقدار را خودتان در ستون موردنظر بنویسید.',
  busy: 'تغییر دیگری در این صفحه‌گسترده در حال ذخیره است. چند لحظه بعد دوباره امتحان کنید.',
  bandsOrder: 'آستانه زرد باید کمتر از آستانه سبز یا برابر با آن باشد ({kind}).',
  tolerancesOrder: 'رواداری «در مسیر» نباید از رواداری «در خطر» بیشتر باشد.',
  staleAfterDaysWhole: '«کهنه پس از» باید تعداد روز به عدد صحیح باشد (۱ تا ۳۶۶).',
  tooManyRows: 'این الگو {rows} ردیف لازم دارد؛ حداکثر {max} ردیف مجاز است.',
  diagTitle: 'عیب‌یابی OKR Sheets',
  diagIntro:
    'واقعیت‌های سکو که در این صفحه‌گسترده سنجیده شد (پاسخ‌ها یادداشت‌های فنی به انگلیسی‌اند). آن‌ها را با گام ۰ در docs/ACCEPTANCE.md مقایسه کنید یا در یک گزارش مشکل بچسبانید.',
  diagCopy: 'برای رونوشت گزارش، متن را برگزینید (در کادر کلیک کنید، سپس Ctrl+C یا ⌘C).',
  diagRuleNote:
    'یک اسکریپت نمی‌تواند رنگی را که یک قاعده نشان می‌دهد بخواند: اگر قاعده‌ای نگه داشته شد، با دست بررسی کنید کدام یک خانه را رنگ می‌کند (docs/ACCEPTANCE.md). قاعده‌های خود افزونه جداکننده و ممیز اعشار ندارند.',
  diagSetValuesGeneral: 'setValues در یک خانه عمومی',
  diagSetValuesPlainText: 'setValues در یک خانه متن ساده (@)',
  diagRuleEnglish: 'فرمول قاعده با , و .',
  diagRuleLocale: 'فرمول قاعده با ; و ممیز ویرگول',
  diagEmail: 'نشانی ایمیل شما، آن‌گونه که افزونه می‌بیند',
  diagTimeZones: 'منطقه‌های زمانی',
  diagLocales: 'زبان و منطقه',
  diagErrorArgument: 'OKR_SCORE روی دو ردیف که یکی =NA() است',
  diagCellFormula: 'فرمول امتیاز و یک آرایهٔ ثابت، با نحو انگلیسی',
  diagToTextFormats: 'TO_TEXT روی یک بازه درون ARRAYFORMULA (۲۰٪، ۰٫۵، ۱۲٫۵٪)',
  diagCleanup: 'برگهٔ موقت',
  diagLock: 'قفل سند',
};

const AR: Record<ServerMessageKey, string> = {
  badRequest: 'الطلب غير صالح: يجب أن يكون كائنًا بحقول {what}.',
  badField: 'الطلب غير صالح: يجب أن يكون «{field}» {expected}.',
  expText: 'نصًا لا يزيد على {max, plural, one {حرف واحد} two {حرفين} few {# أحرف} many {# حرفًا} other {# حرف}}',
  expInteger: 'عددًا صحيحًا من {min} إلى {max}',
  expNumber: 'عددًا من {min} إلى {max}',
  expBoolean: 'صحيحًا أو خطأ',
  expList: 'قائمة لا تزيد على {max, plural, one {عنصر واحد} two {عنصرين} few {# عناصر} many {# عنصرًا} other {# عنصر}}',
  expListMin: 'قائمة فيها {min, plural, one {عنصر واحد} two {عنصران} few {# عناصر} many {# عنصرًا} other {# عنصر}} على الأقل',
  expOneOf: 'واحدًا من {values}',
  expValue: 'عددًا أو نصًا أو صحيح/خطأ',
  noSheet: 'لا توجد ورقة باسم «{sheet}».',
  severalOkrSheets: 'تحتوي عدة أوراق على أهداف ({sheets}): افتح الورقة التي تقصدها ثم حاول مرة أخرى. لم يتغيّر شيء.',
  sheetGone: 'الورقة التي قُرئت منها هذه القائمة لم تعد في جدول البيانات. لم يُحفظ شيء.',
  noOkrSheet: 'لم يتم العثور على ورقة أهداف: افتح ورقة أهدافك (أو استخدم «ربع جديد» أو «اعتماد هذه الورقة») ثم حاول مرة أخرى.',
  notOkrSheet: 'لم يتم التعرف على صف العناوين في «{sheet}». استخدم «اعتماد هذه الورقة» لتحديد معنى كل عمود.',
  sheetExists: 'توجد ورقة باسم «{sheet}» بالفعل. اختر ربعًا آخر أو غيّر اسم تلك الورقة أولًا.',
  unknownTemplate: 'لا توجد مجموعة قوالب باسم «{area}».',
  noCarrySource: 'اختر الورقة التي ستُنقل منها النتائج الرئيسية غير المكتملة.',
  mappingNeeds: 'اختر عمودًا على الأقل لكلٍّ من: {columns}.',
  mappingTwice: 'العمود {letter} مختار مرتين: لـ«{first}» ولـ«{second}».',
  scoreNoteBefore: 'قبل OKR_SCORE: {before}',
  scoreColumnPoints:
    'عمود التقييم {column} يحمل تقييمات من 0 إلى 100 (75 تعني 75٪)، بينما يعطي =OKR_SCORE من 0 إلى 1 (0.75): تبديل بعض خلاياه يضع مقياسين في عمود واحد ويُفسد أي مجموع عليه. صحّح تلك الخلايا بنفسك؛ فالفحص يذكر التقييم الصحيح. لم يتغيّر شيء.',
  auditChanged: 'تغيّرت خلية التقييم {cell} منذ الفحص، أو لم يعد الفحص يذكرها: تحقّق من جديد واختر الخلايا المراد تبديلها. لم يتغيّر شيء.',
  splitChanged: 'تغيّرت الخلية {cell} منذ قراءتها. اقرأ الورقة من جديد ثم حاول مرة أخرى.',
  objectivesTied: 'الأوراق {tabs} كلها تضم معرّفات الأهداف هذه، فلن تؤخذ نصوص الأهداف من أي منها. أبقِ المعرّفات في ورقة واحدة ثم احفظ من جديد. لم يُحفظ شيء.',
  gradeTooSmall: 'الصف {row}: تحفظ هذه الورقة الدرجات من 0 إلى 100، و«{value}» سيُكتب فيها 1 أو أقل ويُقرأ بمعنيين. اكتب 0 أو أكثر من 1٪.',
  mappingMoved: 'كان عنوان العمود {letter} ({field}) «{was}» عند قراءة الأعمدة، وهو الآن «{now}»: تغيّرت الورقة في الأثناء. اقرأ الأعمدة من جديد. لم يُحفظ شيء.',
  mappingStale: 'لم يعد ممكنًا العثور على كل الأعمدة المعتمدة في «{sheet}» بعناوينها، فلم يُكتب شيء. افتح «اعتماد هذه الورقة» واحفظ الأعمدة من جديد.',
  mappingBlankHeader:
    'العمود {letter} (المختار لـ«{field}») بلا عنوان في الصف {row}. تجد الإضافة الأعمدة المعتمدة بأسماء عناوينها: أعطِ العمود عنوانًا أو اختر عمودًا آخر.',
  mappingHeaderTwice: 'العنوان «{header}» (المختار لـ«{field}») يظهر أكثر من مرة في الصف {row}. غيّر اسم أحدهما ليُعثر على كل عمود باسمه.',
  mappingHeader: 'يجب أن يكون صف العناوين بين 1 و{max}.',
  badCell: '«{cell}» ليس عنوان خلية مثل C7.',
  notKeyResult: 'الصف {row} في «{sheet}» ليس نتيجة رئيسية (ربما تغيّرت الورقة: أعد تحميل القائمة).',
  rowTwice: 'الصف {row} مذكور مرتين في التسجيل.',
  unexpected: 'أبلغ Google Sheets عن خطأ، ولم يُحفظ شيء. حاول مرة أخرى بعد قليل. (تفاصيل للدعم: {detail})',
  ownTab: '«{sheet}» من الأوراق التي تكتبها الإضافة بنفسها (التقدّم أو السجل): اختر ورقة OKR بدلًا منها. لم يتغيّر شيء.',
  mappingOutside: 'يشير الربط إلى خارج «{sheet}» (العمود {column}، صف العناوين {row}): اختر أعمدة من الورقة. لم يُحفظ شيء.',
  restoreFailed: '(تعذّرت إعادة بعض الخلايا كما كانت: راجع الورقة أو تراجع عبر تعديل ← تراجع.)',
  keyResultGone: '«{keyResult}» لم تعد في «{sheet}» (تغيّر نصها أو هدفها، أو حُذفت): أعد تحميل القائمة. لم يُحفظ شيء.',
  keyResultAmbiguous: '«{keyResult}» مذكورة أكثر من مرة في «{sheet}» (الصفوف {rows}): أعطِ كل نتيجة رئيسية نصًا خاصًا بها. لم يُحفظ شيء.',
  keyResultTwice: '«{keyResult}» مذكورة مرتين في التسجيل.',
  currentChanged: 'تغيّرت القيمة الحالية لـ«{keyResult}» منذ تحميل القائمة ({shown} ← {now}): أعد تحميل القائمة. لم يُحفظ شيء.',
  keyResultChanged:
    'تغيّرت «{keyResult}» في الورقة منذ تحميل القائمة (البداية أو المستهدف أو الثقة أو النوع أو الوحدة): أعد تحميل القائمة وراجع القيمة. لم يُحفظ شيء.',
  formulaCell: 'خلية «القيمة الحالية» في الصف {row} تحتوي على صيغة؛ غيّرها في الورقة نفسها.',
  formulaWeekCell: 'الخلية {cell} ({header})، التي تُكتب فيها قيمة اليوم، تحتوي على صيغة؛ غيّرها في الورقة نفسها.',
  periodicSlotTwice:
    'العمودان «{first}» و«{second}» هما الأسبوع نفسه أو الشهر نفسه، فلا تعرف الإضافة أيهما يحمل القيمة. أعد تسمية أحدهما أو احذفه. لم يُحفظ شيء.',
  formulaConfidenceCell: 'خلية «الثقة» في الصف {row} تحتوي على صيغة؛ غيّرها في الورقة نفسها.',
  ambiguousNumber:
    'الصف {row}: يمكن قراءة «{value}» رقمين مختلفين (قد يكون فاصله عشريًا أو فاصل آلاف). اكتبه دون لبس: الكسور بعد «{decimal}»، الفاصل العشري لهذا الجدول، ودون فاصل آلاف. لم يُحفظ شيء.',
  badNumber: 'الصف {row}: «{value}» ليس رقمًا.',
  badMilestone: 'الصف {row}: المعلم إما منجز أو غير منجز (صحيح أو خطأ).',
  badCount: 'الصف {row}: «{value}» ليس عددًا. أدخل عدد ما أُنجز حتى الآن (مثل 2) أو «تم».',
  gradeOutOfRange: 'الصف {row}: الدرجة «{value}» خارج النطاق 0–1. اكتبها من 0 إلى 1 (مثل 0.7) أو كنسبة مئوية (70٪).',
  mixedScale: 'الصف {row}: «{value}» ليس على مقياس البداية والهدف لهذه النتيجة الرئيسية. اكتبه كما كُتبا (رقمًا عاديًا أو مع ٪).',
  ambiguousPercent: 'الصف {row}: قد تعني «{value}» ‏{percent} (ككسر) أو {value}٪. اكتب {percent} أو {value}٪ لتوضيح المقصود.',
  percentOf: '{points}٪',
  noCurrentColumn: 'لا يوجد في الورقة «{sheet}» عمود «القيمة الحالية»، فلا مكان لكتابة التقدم.',
  periodicNoPeriod:
    'تحفظ الورقة «{sheet}» قيمها أسبوعًا بأسبوع أو شهرًا بشهر، لكن ربعها غير معروف، فلا تعرف الإضافة أي عمود هو عمود اليوم. املأ «الربع» فوق صف العناوين، أو «تاريخ البدء» و«النهاية».',
  periodicNoColumn:
    'تحفظ الورقة «{sheet}» قيمها أسبوعًا بأسبوع أو شهرًا بشهر، وليس فيها عمود لليوم ({day}). أضف ذلك العمود، أو اكتب القيمة بنفسك في العمود الذي تقصده.',
  busy: 'يجري حفظ تغيير آخر في جدول البيانات هذا. حاول مرة أخرى بعد لحظات.',
  bandsOrder: 'يجب أن يبدأ الأصفر عند الأخضر أو دونه ({kind}).',
  tolerancesOrder: 'يجب ألا يزيد هامش «على المسار» على هامش «في خطر».',
  staleAfterDaysWhole: 'يجب أن يكون «قديم بعد» عددًا صحيحًا من الأيام (من 1 إلى 366).',
  tooManyRows: 'يحتاج القالب إلى {rows, plural, one {صف واحد} two {صفين} few {# صفوف} many {# صفًا} other {# صف}}؛ والحد الأقصى {max}.',
  diagTitle: 'تشخيص OKR Sheets',
  diagIntro: 'حقائق المنصة كما قيست في جدول البيانات هذا (الإجابات ملاحظات تقنية بالإنجليزية). قارنها بالخطوة 0 في docs/ACCEPTANCE.md أو الصقها في بلاغ مشكلة.',
  diagCopy: 'حدّد النص (انقر في المربع ثم Ctrl+C أو ⌘C) لنسخ التقرير.',
  diagRuleNote:
    'لا يستطيع السكربت قراءة اللون الذي تُظهره القاعدة: إذا حُفظت قاعدة فتحقق يدويًا أيّها يلوّن الخلية (docs/ACCEPTANCE.md). قواعد الإضافة نفسها بلا فواصل وبلا فواصل عشرية.',
  diagSetValuesGeneral: 'setValues في خلية عامة',
  diagSetValuesPlainText: 'setValues في خلية نص عادي (@)',
  diagRuleEnglish: 'صيغة قاعدة بـ , و .',
  diagRuleLocale: 'صيغة قاعدة بـ ; وفاصلة عشرية',
  diagEmail: 'بريدك الإلكتروني كما تراه الإضافة',
  diagTimeZones: 'المناطق الزمنية',
  diagLocales: 'الإعدادات المحلية',
  diagErrorArgument: 'OKR_SCORE على صفين أحدهما =NA()',
  diagCellFormula: 'صيغة الدرجة ومصفوفة ثابتة، بصياغة إنجليزية',
  diagToTextFormats: 'TO_TEXT على نطاق داخل ARRAYFORMULA (20٪، 0.5، 12.5٪)',
  diagCleanup: 'الورقة المؤقتة',
  diagLock: 'قفل المستند',
};

const HU: Record<ServerMessageKey, string> = {
  badRequest: 'Érvénytelen kérés: {what} mezőit tartalmazó objektum kell.',
  badField: 'Érvénytelen kérés: a(z) „{field}” értéke {expected} legyen.',
  expText: 'legfeljebb {max} karakteres szöveg',
  expInteger: '{min} és {max} közötti egész szám',
  expNumber: '{min} és {max} közötti szám',
  expBoolean: 'igaz vagy hamis',
  expList: 'legfeljebb {max} elemű lista',
  expListMin: 'legalább {min} elemű lista',
  expOneOf: 'a következők egyike: {values}',
  expValue: 'szám, szöveg vagy igaz/hamis',
  noSheet: 'Nincs „{sheet}” nevű munkalap.',
  severalOkrSheets: 'Több munkalapon is vannak OKR-ek ({sheets}): nyissa meg azt, amelyikre gondol, majd próbálja újra. Semmi sem változott.',
  sheetGone: 'A munkalap, amelyből ez a lista készült, már nincs a táblázatban. Nem történt mentés.',
  noOkrSheet:
    'Nem található OKR-munkalap: nyissa meg az OKR-eket tartalmazó munkalapot (vagy használja az Új negyedév vagy a Munkalap átvétele funkciót), majd próbálja újra.',
  notOkrSheet: 'A(z) „{sheet}” munkalapon nem ismerhető fel a fejlécsor. A Munkalap átvétele funkcióval adja meg, melyik oszlop mit tartalmaz.',
  sheetExists: 'Már van „{sheet}” nevű munkalap. Válasszon másik negyedévet, vagy előbb nevezze át a meglévő munkalapot.',
  unknownTemplate: 'Nincs „{area}” nevű sablonkészlet.',
  noCarrySource: 'Válassza ki, melyik munkalapról kerüljenek át a be nem fejezett kulcseredmények.',
  mappingNeeds: 'Legalább ezekhez válasszon oszlopot: {columns}.',
  mappingTwice: 'A(z) {letter} oszlop kétszer szerepel: „{first}” és „{second}” mezőként is.',
  scoreNoteBefore: 'Az OKR_SCORE előtt: {before}',
  scoreColumnPoints:
    'A(z) {column} pontszámoszlop 0 és 100 közötti pontszámokat tartalmaz (a 75 jelentése 75%), az =OKR_SCORE pedig 0 és 1 közöttit ad (0,75): egyes cellák átállítása két skálát tenne egy oszlopba, és a rá épülő összesítés hibás lenne. Javítsa ki ezeket a cellákat kézzel; az ellenőrzés megadja a helyes pontszámot. Semmi sem változott.',
  auditChanged:
    'A(z) {cell} pontszámcella megváltozott az ellenőrzés óta, vagy az ellenőrzés már nem említi: futtassa újra az ellenőrzést, és válassza ki újra az átállítandó cellákat. Semmi sem változott.',
  splitChanged: 'A(z) {cell} cella megváltozott, mióta a bővítmény beolvasta. Olvassa be újra a munkalapot, és próbálja meg ismét.',
  objectivesTied:
    'A(z) {tabs} munkalap mind tartalmazza ezeket a célkitűzés-azonosítókat, így a bővítmény egyikből sem venné át a célkitűzések szövegét. Tartsa az azonosítókat egyetlen munkalapon, majd mentse újra. Nem történt mentés.',
  gradeTooSmall:
    '{row}. sor: ezen a munkalapon a pontszámok 0 és 100 közöttiek, így a(z) „{value}” 1 vagy kisebb számként kerülne be, és kétféleképpen lenne olvasható. Írjon 0-t, vagy 1%-nál többet.',
  mappingMoved:
    'A(z) {letter} oszlop ({field}) fejléce az oszlopok beolvasásakor „{was}” volt, most „{now}”: a munkalap közben megváltozott. Olvassa be újra az oszlopokat. Nem történt mentés.',
  mappingStale:
    'A(z) „{sheet}” átvett oszlopai közül nem mind található meg a fejléce alapján, ezért a bővítmény semmit sem írt be. Nyissa meg a Munkalap átvétele nézetet, és mentse újra az oszlopokat.',
  mappingBlankHeader:
    'A(z) {letter} oszlopnak (ezt választotta: „{field}”) nincs fejléce a(z) {row}. sorban. A bővítmény a fejlécük alapján találja meg az átvett oszlopokat: adjon fejlécet az oszlopnak, vagy válasszon másikat.',
  mappingHeaderTwice:
    'A(z) „{header}” fejléc (ezt választotta: „{field}”) többször szerepel a(z) {row}. sorban. Nevezze át az egyiket, hogy minden oszlop megtalálható legyen a neve alapján.',
  mappingHeader: 'A fejlécsor száma 1 és {max} közötti egész szám legyen.',
  badCell: 'A(z) „{cell}” nem cellacím (például C7).',
  notKeyResult: 'A(z) „{sheet}” munkalap {row}. sora nem kulcseredmény (lehet, hogy a munkalap megváltozott: töltse be újra a listát).',
  rowTwice: 'A(z) {row}. sor kétszer szerepel a rögzítésben.',
  unexpected:
    'A Google Táblázatok hibát jelzett, ezért a bővítmény semmit sem mentett. Próbálja újra kicsit később. (Részletek az ügyfélszolgálatnak: {detail})',
  ownTab: '„{sheet}” az OKR Sheets saját munkalapjai közé tartozik (haladás vagy előzmények): válassza helyette az OKR-munkalapot. Semmi sem változott.',
  mappingOutside:
    'A hozzárendelés a(z) „{sheet}” munkalapon kívülre mutat ({column} oszlop, {row}. fejlécsor): a munkalap oszlopait válassza. Nem történt mentés.',
  restoreFailed: '(Néhány cellát nem sikerült visszaállítani: ellenőrizze a munkalapot, vagy vonja vissza: Szerkesztés → Visszavonás.)',
  keyResultGone:
    '„{keyResult}” már nincs a(z) „{sheet}” munkalapon (a szövege vagy a célkitűzése megváltozott, vagy törölték): töltse be újra a listát. Nem történt mentés.',
  keyResultAmbiguous:
    '„{keyResult}” többször szerepel a(z) „{sheet}” munkalapon ({rows}. sor): adjon minden kulcseredménynek saját szöveget. Nem történt mentés.',
  keyResultTwice: '„{keyResult}” kétszer szerepel a rögzítésben.',
  currentChanged: '„{keyResult}” aktuális értéke megváltozott a lista betöltése óta ({shown} → {now}): töltse be újra a listát. Nem történt mentés.',
  keyResultChanged:
    '„{keyResult}” megváltozott a munkalapon a lista betöltése óta (kiinduló érték, célérték, magabiztosság, típus vagy mértékegység): töltse be újra a listát, és ellenőrizze az értéket. Nem történt mentés.',
  formulaCell: 'A(z) {row}. sor Aktuális érték cellája képletet tartalmaz; azt magában a munkalapon módosítsa.',
  formulaWeekCell: 'A(z) {cell} cella ({header}), ahová a mai érték kerül, képletet tartalmaz; azt magában a munkalapon módosítsa.',
  periodicSlotTwice:
    'A(z) „{first}” és „{second}” oszlop ugyanaz a hét vagy hónap, így a bővítmény nem tudja, melyikben van az érték. Nevezze át vagy törölje az egyiket. Nem történt mentés.',
  formulaConfidenceCell: 'A(z) {row}. sor Magabiztosság cellája képletet tartalmaz; azt magában a munkalapon módosítsa.',
  ambiguousNumber:
    '{row}. sor: a(z) „{value}” kétféle számként is olvasható (az elválasztó lehet tizedes- vagy ezreselválasztó). Írja egyértelműen: a tizedesjegyeket a táblázat tizedesjele („{decimal}”) után, ezreselválasztó nélkül. Nem történt mentés.',
  badNumber: '{row}. sor: a(z) „{value}” nem szám.',
  badMilestone: '{row}. sor: egy mérföldkő vagy teljesült, vagy nem (igaz vagy hamis).',
  badCount: '{row}. sor: a(z) „{value}” nem darabszám. Adja meg, hány készült el eddig (például 2), vagy írja: kész.',
  gradeOutOfRange: '{row}. sor: a(z) „{value}” pontszám kívül esik a 0–1 tartományon. Írja 0 és 1 között (például 0,7) vagy százalékként (70%).',
  mixedScale:
    '{row}. sor: a(z) „{value}” nem ugyanazon a skálán van, mint a kulcseredmény kiinduló és célértéke. Írja úgy, ahogy azok szerepelnek (sima szám vagy %-kal).',
  ambiguousPercent:
    '{row}. sor: a(z) „{value}” jelenthet {percent} értéket (törtként) vagy {value}%-ot. Írja be: {percent} vagy {value}%, hogy egyértelmű legyen.',
  percentOf: '{points}%',
  noCurrentColumn: 'A(z) „{sheet}” munkalapon nincs Aktuális érték oszlop, így nincs hová beírni az előrehaladást.',
  periodicNoPeriod:
    'A(z) „{sheet}” munkalap hetente vagy havonta tartja az értékeket, de a negyedéve nem ismert, így a bővítmény nem tudja, melyik a mai nap oszlopa. Töltse ki a fejléc fölött a Negyedév, vagy a Kezdés és a Vége mezőt.',
  periodicNoColumn:
    'A(z) „{sheet}” munkalap hetente vagy havonta tartja az értékeket, és egyik oszlopa sem a mai napé ({day}). Vegye fel ezt az oszlopot, vagy írja be az értéket maga abba az oszlopba, amelyikre gondol.',
  busy: 'Ebben a táblázatban éppen egy másik módosítás mentése zajlik. Próbálja újra egy pillanat múlva.',
  bandsOrder: 'A sárga sáv nem kezdődhet a zöld fölött ({kind}).',
  tolerancesOrder: 'A „jól halad” tűréshatár nem lehet nagyobb a „veszélyben” tűréshatárnál.',
  staleAfterDaysWhole: 'Az Elavult ennyi nap után beállítás értéke 1 és 366 közötti egész szám legyen.',
  tooManyRows: 'A sablonhoz {rows} sor kellene; legfeljebb {max} megengedett.',
  diagTitle: 'OKR Sheets diagnosztika',
  diagIntro:
    'Ebben a táblázatban mért platformtények (a válaszok angol nyelvű műszaki jegyzetek). Vesse össze őket a docs/ACCEPTANCE.md 0. lépésével, vagy illessze be egy hibajelentésbe.',
  diagCopy: 'A jelentés másolásához jelölje ki a szöveget (kattintson a mezőbe, majd Ctrl+C vagy ⌘C).',
  diagRuleNote:
    'Egy szkript nem tudja kiolvasni, milyen színt ad egy szabály: ha egy szabály megmaradt, kézzel ellenőrizze, melyik színez egy cellát (docs/ACCEPTANCE.md). A bővítmény saját szabályaiban nincs elválasztó és tizedesjel.',
  diagSetValuesGeneral: 'setValues Általános formátumú cellában',
  diagSetValuesPlainText: 'setValues egyszerű szöveg (@) formátumú cellában',
  diagRuleEnglish: 'Szabályképlet , és . jellel',
  diagRuleLocale: 'Szabályképlet ; jellel és tizedesvesszővel',
  diagEmail: 'Az Ön e-mail-címe, ahogy a bővítmény látja',
  diagTimeZones: 'Időzónák',
  diagLocales: 'Területi beállítások',
  diagErrorArgument: 'OKR_SCORE két soron, az egyik =NA()',
  diagCellFormula: 'A pontszámképlet és egy tömbkonstans angol szintaxissal',
  diagToTextFormats: 'TO_TEXT egy tartományon ARRAYFORMULA-ban (20%, 0,5, 12,5%)',
  diagCleanup: 'Ideiglenes munkalap',
  diagLock: 'Dokumentumzár',
};

export const SERVER_MESSAGES: Record<Language, Record<ServerMessageKey, string>> = { en: EN, fa: FA, ar: AR, hu: HU };
