// The messages the sidebar's server API can throw, in the four languages of the add-on. Any
// top-level function can be called by any page, so a bad argument is an expected event with a
// sentence a person can act on, not a stack trace.
import type { Language } from '../core/model';

const EN = {
  badRequest: 'The request is not valid: expected an object with the fields of {what}.',
  badField: 'The request is not valid: “{field}” must be {expected}.',
  expText: 'text of at most {max} characters',
  expInteger: 'a whole number from {min} to {max}',
  expNumber: 'a number from {min} to {max}',
  expBoolean: 'true or false',
  expList: 'a list of at most {max} items',
  expListMin: 'a list of at least {min} item',
  expOneOf: 'one of {values}',
  expValue: 'a number, a text or true/false',
  noSheet: 'There is no sheet named “{sheet}”.',
  noOkrSheet: 'No OKR sheet found: open the sheet with your OKRs (or use New quarter or Adopt this sheet) and try again.',
  notOkrSheet: 'No header row was recognised in “{sheet}”. Use Adopt this sheet to tell the add-on which column is which.',
  sheetExists: 'A sheet named “{sheet}” already exists. Pick another quarter, or rename that sheet first.',
  unknownTemplate: 'There is no template set called “{area}”.',
  noCarrySource: 'Choose the sheet to carry the unfinished key results over from.',
  mappingNeeds: 'Choose a column for at least: {columns}.',
  mappingTwice: 'Column {letter} is chosen twice: for “{first}” and for “{second}”.',
  mappingHeader: 'The header row must be between 1 and {max}.',
  badCell: '“{cell}” is not a cell address such as C7.',
  notKeyResult: 'Row {row} of “{sheet}” is not a key result (the sheet may have changed: reload the list).',
  rowTwice: 'Row {row} appears twice in the check-in.',
  formulaCell: 'The Current cell of row {row} holds a formula; change it in the sheet instead.',
  badNumber: 'Row {row}: “{value}” is not a number.',
  badMilestone: 'Row {row}: a milestone is done or not done (true or false).',
  noCurrentColumn: 'The sheet “{sheet}” has no Current column, so there is nowhere to write the check-in.',
  busy: 'Another change is being saved in this spreadsheet. Try again in a moment.',
  bandsOrder: 'Yellow must start at or below green ({kind}).',
  tolerancesOrder: 'The on-track tolerance must not be larger than the at-risk tolerance.',
  tooManyRows: 'The template would need {rows} rows; at most {max} are allowed.',
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
  noOkrSheet: 'برگه OKR پیدا نشد: برگه اهداف خود را باز کنید (یا از «فصل جدید» یا «استفاده از این برگه» کمک بگیرید) و دوباره امتحان کنید.',
  notOkrSheet: 'ردیف عنوان در «{sheet}» شناخته نشد. با «استفاده از این برگه» مشخص کنید هر ستون چیست.',
  sheetExists: 'برگه‌ای با نام «{sheet}» از قبل وجود دارد. فصل دیگری انتخاب کنید یا ابتدا نام آن برگه را تغییر دهید.',
  unknownTemplate: 'مجموعه الگویی با نام «{area}» وجود ندارد.',
  noCarrySource: 'برگه‌ای را که نتایج کلیدی ناتمام باید از آن منتقل شوند انتخاب کنید.',
  mappingNeeds: 'دست‌کم برای این موارد ستونی انتخاب کنید: {columns}.',
  mappingTwice: 'ستون {letter} دو بار انتخاب شده است: برای «{first}» و برای «{second}».',
  mappingHeader: 'ردیف عنوان باید بین ۱ و {max} باشد.',
  badCell: '«{cell}» نشانی یک خانه (مانند C7) نیست.',
  notKeyResult: 'ردیف {row} در «{sheet}» یک نتیجه کلیدی نیست (شاید برگه تغییر کرده است: فهرست را دوباره بارگیری کنید).',
  rowTwice: 'ردیف {row} دو بار در ثبت پیشرفت آمده است.',
  formulaCell: 'خانه «مقدار فعلی» در ردیف {row} فرمول دارد؛ آن را در خود برگه تغییر دهید.',
  badNumber: 'ردیف {row}: «{value}» عدد نیست.',
  badMilestone: 'ردیف {row}: یک نقطه عطف یا انجام شده است یا نشده (درست یا نادرست).',
  noCurrentColumn: 'برگه «{sheet}» ستون «مقدار فعلی» ندارد، پس جایی برای نوشتن پیشرفت نیست.',
  busy: 'تغییر دیگری در این صفحه‌گسترده در حال ذخیره است. چند لحظه بعد دوباره امتحان کنید.',
  bandsOrder: 'آستانه زرد باید کمتر از آستانه سبز یا برابر با آن باشد ({kind}).',
  tolerancesOrder: 'رواداری «در مسیر» نباید از رواداری «در خطر» بیشتر باشد.',
  tooManyRows: 'این الگو {rows} ردیف لازم دارد؛ حداکثر {max} ردیف مجاز است.',
};

const AR: Record<ServerMessageKey, string> = {
  badRequest: 'الطلب غير صالح: يجب أن يكون كائنًا بحقول {what}.',
  badField: 'الطلب غير صالح: يجب أن يكون «{field}» {expected}.',
  expText: 'نصًا لا يزيد على {max} حرفًا',
  expInteger: 'عددًا صحيحًا من {min} إلى {max}',
  expNumber: 'عددًا من {min} إلى {max}',
  expBoolean: 'صحيحًا أو خطأ',
  expList: 'قائمة لا تزيد على {max} عنصرًا',
  expListMin: 'قائمة فيها {min} عنصر على الأقل',
  expOneOf: 'واحدًا من {values}',
  expValue: 'عددًا أو نصًا أو صحيح/خطأ',
  noSheet: 'لا توجد ورقة باسم «{sheet}».',
  noOkrSheet: 'لم يتم العثور على ورقة أهداف: افتح ورقة أهدافك (أو استخدم «ربع جديد» أو «اعتماد هذه الورقة») ثم حاول مرة أخرى.',
  notOkrSheet: 'لم يتم التعرف على صف العناوين في «{sheet}». استخدم «اعتماد هذه الورقة» لتحديد معنى كل عمود.',
  sheetExists: 'توجد ورقة باسم «{sheet}» بالفعل. اختر ربعًا آخر أو غيّر اسم تلك الورقة أولًا.',
  unknownTemplate: 'لا توجد مجموعة قوالب باسم «{area}».',
  noCarrySource: 'اختر الورقة التي ستُنقل منها النتائج الرئيسية غير المكتملة.',
  mappingNeeds: 'اختر عمودًا على الأقل لكلٍّ من: {columns}.',
  mappingTwice: 'العمود {letter} مختار مرتين: لـ«{first}» ولـ«{second}».',
  mappingHeader: 'يجب أن يكون صف العناوين بين 1 و{max}.',
  badCell: '«{cell}» ليس عنوان خلية مثل C7.',
  notKeyResult: 'الصف {row} في «{sheet}» ليس نتيجة رئيسية (ربما تغيّرت الورقة: أعد تحميل القائمة).',
  rowTwice: 'الصف {row} مذكور مرتين في التسجيل.',
  formulaCell: 'خلية «القيمة الحالية» في الصف {row} تحتوي على صيغة؛ غيّرها في الورقة نفسها.',
  badNumber: 'الصف {row}: «{value}» ليس رقمًا.',
  badMilestone: 'الصف {row}: المعلم إما منجز أو غير منجز (صحيح أو خطأ).',
  noCurrentColumn: 'لا يوجد في الورقة «{sheet}» عمود «القيمة الحالية»، فلا مكان لكتابة التقدم.',
  busy: 'يجري حفظ تغيير آخر في جدول البيانات هذا. حاول مرة أخرى بعد لحظات.',
  bandsOrder: 'يجب أن يبدأ الأصفر عند الأخضر أو دونه ({kind}).',
  tolerancesOrder: 'يجب ألا يزيد هامش «على المسار» على هامش «في خطر».',
  tooManyRows: 'يحتاج القالب إلى {rows} صفًا؛ والحد الأقصى {max}.',
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
  noOkrSheet: 'Nem található OKR-munkalap: nyissa meg az OKR-eket tartalmazó lapot (vagy használja az Új negyedév vagy a Munkalap átvétele funkciót), majd próbálja újra.',
  notOkrSheet: 'A(z) „{sheet}” munkalapon nem ismerhető fel a fejlécsor. A Munkalap átvétele funkcióval adja meg, melyik oszlop mit tartalmaz.',
  sheetExists: 'Már van „{sheet}” nevű munkalap. Válasszon másik negyedévet, vagy előbb nevezze át azt a lapot.',
  unknownTemplate: 'Nincs „{area}” nevű sablonkészlet.',
  noCarrySource: 'Válassza ki, melyik munkalapról kerüljenek át a be nem fejezett kulcseredmények.',
  mappingNeeds: 'Legalább ezekhez válasszon oszlopot: {columns}.',
  mappingTwice: 'A(z) {letter} oszlop kétszer szerepel: „{first}” és „{second}” mezőként is.',
  mappingHeader: 'A fejlécsor 1 és {max} között legyen.',
  badCell: 'A(z) „{cell}” nem cellacím (például C7).',
  notKeyResult: 'A(z) „{sheet}” munkalap {row}. sora nem kulcseredmény (lehet, hogy a lap megváltozott: töltse be újra a listát).',
  rowTwice: 'A(z) {row}. sor kétszer szerepel a rögzítésben.',
  formulaCell: 'A(z) {row}. sor Aktuális cellája képletet tartalmaz; azt magában a munkalapon módosítsa.',
  badNumber: '{row}. sor: a(z) „{value}” nem szám.',
  badMilestone: '{row}. sor: egy mérföldkő vagy teljesült, vagy nem (igaz vagy hamis).',
  noCurrentColumn: 'A(z) „{sheet}” munkalapon nincs Aktuális oszlop, így nincs hová írni az előrehaladást.',
  busy: 'Ebben a táblázatban éppen egy másik módosítás mentése zajlik. Próbálja újra egy pillanat múlva.',
  bandsOrder: 'A sárga sáv nem kezdődhet a zöld fölött ({kind}).',
  tolerancesOrder: 'A „jó úton” tűréshatár nem lehet nagyobb a „veszélyben” tűréshatárnál.',
  tooManyRows: 'A sablonhoz {rows} sor kellene; legfeljebb {max} megengedett.',
};

export const SERVER_MESSAGES: Record<Language, Record<ServerMessageKey, string>> = { en: EN, fa: FA, ar: AR, hu: HU };

export function serverMessage(language: Language, key: ServerMessageKey, params: Record<string, string | number> = {}): string {
  const template = SERVER_MESSAGES[language]?.[key] ?? EN[key];
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** Throws an Error whose message is in the user's language: the sidebar shows it as it is. */
export function fail(language: Language, key: ServerMessageKey, params: Record<string, string | number> = {}): never {
  throw new Error(serverMessage(language, key, params));
}
