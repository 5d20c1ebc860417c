// Validation messages (DESIGN §6) in the add-on's four languages. Each says what is wrong and how
// to fix it; `{name}` placeholders are filled from the Issue's params.
import { KR_TYPES, type KrType, type Language } from '../model';
import { fieldLabel } from './headers';
import { formatText, numberText, percentText } from './format';
import { typeLabel } from './words';

const en: Record<string, string> = {
  KR_STALE:
    'No check-in for {days} days (the last on {last}); the setting Stale after is {limit, plural, one {# day} other {# days}}. Check in this key result, even if its value has not changed.',
  KR_STALE_NEVER:
    'No check-in recorded in the {days} days since the quarter started; the setting Stale after is {limit, plural, one {# day} other {# days}}. Check in this key result, even if its value has not changed.',
  SCORE_AUDIT_IGNORES_BASELINE:
    'This score ({theirs}) ignores the baseline: it is current ÷ target. Counted from the start value ({cells}), the key result is at {ours}. Switch this cell to =OKR_SCORE in Adopt this sheet, or fix the formula.',
  SCORE_AUDIT_DECREASE_RATIO:
    'This score ({theirs}) scores a decrease as current ÷ target (or target ÷ current), so lowering the value looks like progress before any is made. Measured from the start value ({cells}), the key result is at {ours}. Switch this cell to =OKR_SCORE in Adopt this sheet, or fix the formula.',
  SCORE_AUDIT_MIXED_SCALE:
    'This score ({theirs}) mixes 0–100 and 0–1: the rest of the column is on the other scale. The key result is at {ours} ({cells}). Write it on the same scale as the column, or switch this cell to =OKR_SCORE.',
  SCORE_AUDIT_CAPS_BELOW_ZERO:
    'This score caps below 0 as 0: it shows 0, but from the start value ({cells}) the key result is at {ours}. The formula goes below 0 (often the direction or the baseline is reversed) and the floor hides it. Switch this cell to =OKR_SCORE in Adopt this sheet, or fix the formula.',
  SCORE_AUDIT_DIFFERS:
    "This score ({theirs}) differs from the add-on's {ours} for the same values ({cells}). Check the formula, or switch this cell to =OKR_SCORE in Adopt this sheet.",
  KR_MULTI_LINE:
    'This cell holds {count} key results, one per line, so none of them can be scored. Use "Put each key result on its own row" in Adopt this sheet, or give each its own row.',
  MAPPING_HEADER_GONE:
    'The adopted {column} column, headed "{header}", is no longer in the header row. Changes to this sheet are paused: open Adopt this sheet and save the columns again.',
  MAPPING_HEADER_AMBIGUOUS:
    'The header "{header}" (adopted as {column}) now appears more than once ({cells}). Changes to this sheet are paused: rename one of them, or open Adopt this sheet and save the columns again.',
  SCORE_COLUMN_IN_USE:
    'The Score column already holds your own values or formulas, so the add-on left it as it is. Clear the column (or rename its header) to get the live OKR_SCORE formula.',
  SCORE_BLOCKED:
    'This cell of yours stops the live Score formula above it, so the key results from here down are not scored. Move the cell below the table (the formula then ends above it), or clear it.',
  HEADER_NOT_FOUND: 'No header row in the first 10 rows of "{sheet}". Add a row with at least the Objective and Key result columns.',
  COLUMN_MISSING: 'The {column} column is missing. Add it to the header row.',
  KR_NO_OBJECTIVE: 'This key result has no objective. Write the objective in the Objective column on this row or a row above.',
  VALUE_MISSING: '{field} is empty. Fill it in so this key result can be scored.',
  VALUE_NOT_NUMBER: '{field} "{text}" is not a number. Enter a plain number, such as 1500 or 30%.',
  VALUE_AMBIGUOUS: '{field} "{text}" could be read more than one way. Enter a plain number, such as 1500 or 30%, and put the unit in the Unit column.',
  VALUE_ERROR: '{field} shows the error {text}. Fix the formula that fills this cell.',
  VALUE_IS_DATE:
    '{field} holds the date {text}, not a number: Sheets turns a typed 8/10 or 1-2 into a date. Format the cell as plain text or a number (Format › Number), then type the value again (8 of 10 as 8).',
  KR_START_EQUALS_TARGET: 'Start and target are both {value}: there is no distance to score. Set a baseline different from the target.',
  KR_MIXED_SCALE:
    'The values in {cells} are not on one scale: some read as fractions (0.18) and some as per cent (18). Write them all the same way (all with %, or all as plain numbers) or format them as percentages.',
  KR_GRADE_OUT_OF_RANGE_100:
    'The grade "{text}" is outside 0–100, the scale of this sheet’s grades. Write a grade from 0 to 100 (such as 70) or as a percentage (70%).',
  KR_GRADE_OUT_OF_RANGE: 'The grade "{text}" is outside 0–1. Write a grade from 0 to 1 (such as 0.7) or as a percentage (70%).',
  MILESTONE_COUNT_NEEDED: '"{text}" does not say how many of the {target} are done. Enter the count so far (such as 2), or done.',
  KR_UNKNOWN_TYPE: 'Unknown type "{text}". Use increase, decrease, at least, at most, milestone or grade, or leave it blank.',
  KR_TYPE_UNKNOWN_VALUES: 'The type cannot be told from these values. Choose a type, or fill in Start and Target.',
  MILESTONE_NOT_DONE_WORD: '"{text}" does not say whether the milestone is done. Use a checkbox, or write done or not done.',
  OBJ_DUPLICATE_ID: 'The objective ID {id} is already used at {first}. Give each objective its own ID.',
  OBJ_PARENT_NOT_FOUND: 'No objective has the ID {parent}. Check the Parent, or leave it blank.',
  OBJ_ALIGNMENT_CYCLE: 'These objectives support each other in a circle: {path}. Remove one of the Parent links.',
  KR_WEIGHT_INVALID: 'Weight "{text}" must be a number, 0 or more. Use 0 to track a key result without scoring it.',
  DATE_UNPARSABLE: '{field} "{text}" is not a date. Enter a date such as 2026-10-01.',
  DATE_IMPLAUSIBLE: '{field} "{text}" is in the year {year}, which cannot be a plan\'s date. Enter a date such as 2026-10-01.',
  DATE_READ_AS_SOLAR_HIJRI:
    '{field} shows {text}, read as the Solar Hijri date {text} ({date}). Sheets stores a Solar Hijri date typed into a date cell as a Gregorian year; format the cell as plain text (Format › Number › Plain text) to keep what you type.',
  PERIOD_LABEL_ERROR: 'The Quarter cell shows the error {text}. Write the quarter (such as 2026-Q4) or fix the formula that fills it.',
  PERIOD_END_BEFORE_START: 'End date ({end}) is before Start date ({start}). Swap them, or correct the one that is wrong.',
  PERIOD_EMPTY: 'Start date and End date are the same day ({start}): the quarter has no length. Enter the last day of the quarter in End date.',
  PERIOD_TOO_LONG: 'Start date ({start}) to End date ({end}) is {days} days, more than a year. Enter the first and the last day of one quarter.',
  PERIOD_ROW_UNREADABLE:
    'The period “{text}” could not be read. Write a quarter such as Q2 2026, 2026-Q2 or 1405-Q1, or a season such as بهار 1405; until then this key result has no pace.',
  PERIOD_ROWS_SEVERAL: 'This sheet holds key results of several periods ({periods}): each one is paced in its own period, and the sheet as a whole has none.',
  KR_DUE_OUTSIDE_QUARTER: 'Due date {due} is outside the quarter ({start} to {end}). Move it into the quarter, or leave it blank.',
  OBJ_COMMITMENT_CONFLICT: 'The rows of one objective disagree on its commitment ({cells}), so it counts as committed. Write one commitment for the objective.',
  OBJECTIVES_TAB_GONE:
    'The tab “{tab}” that held the objectives’ texts is gone, so the objectives here have only their IDs. Bring the tab back, or adopt this sheet again.',
  OBJ_ID_NOT_LINKED: 'Objective ID “{id}” is not on the tab “{tab}”, so this objective has no text. Add it there, or correct the ID.',
  OBJ_ID_AMBIGUOUS_LINK: 'Objective ID “{id}” is on the tab “{tab}” twice, with different texts, so neither is used. Give each objective its own ID there.',
  PERIODIC_SLOT_TWICE:
    'The columns “{first}” and “{second}” are the same week or month, so which holds the value cannot be told. Rename or remove one of them.',
  OBJ_LINK_ERROR: 'The objective of ID “{id}” on the tab “{tab}” shows the error {text}, so this objective has no text. Fix the formula there.',
  PERIOD_LABEL_UNREAD:
    'The Quarter cell “{text}” could not be read, so the quarter is taken from Start date and End date as {label}. Write it as 2026-Q4, FY2027-Q1 or 1405-Q3.',
  PERIOD_LABEL_MISMATCH:
    'The Quarter cell says {label}, but Start date and End date ({start} to {end}) are another quarter. Correct the one that is out of date.',
  KR_TEXT_SAYS_INCREASE:
    'The key result says "{word}", but Start {start} → Target {target} goes down, so it cannot be scored. Check Start and Target (are they swapped?), or set the Type to decrease if it is meant to go down.',
  KR_TEXT_SAYS_INCREASE_NO_TYPE:
    'The key result says "{word}", but Start {start} → Target {target} goes down, so it cannot be scored. Check Start and Target (are they swapped?); if it is meant to go down, add a Type column, map it in Adopt this sheet and write decrease there.',
  OBJ_TEXT_BY_ID_ONLY:
    'Objectives are named only by their IDs (column {column}), and no other tab lists these IDs with the objectives’ texts, so the tabs show the IDs. A tab with an Objective ID and an Objective column (and no key results) is linked when you adopt this sheet again.',
  KR_TEXT_SAYS_DECREASE:
    'The key result says "{word}", but Start {start} → Target {target} goes up, so it cannot be scored. Enter the real baseline in Start, or set the Type to increase if it is meant to go up.',
  KR_TEXT_SAYS_DECREASE_NO_TYPE:
    'The key result says "{word}", but Start {start} → Target {target} goes up, so it cannot be scored. Enter the real baseline in Start; if it is meant to go up, add a Type column, map it in Adopt this sheet and write increase there.',
  CONFIDENCE_SCALE_AMBIGUOUS:
    'Confidence "{text}" could be 1 of 10 or 10 of 10: this sheet has confidences from 0 to 1 and from 0 to 10. Write every confidence one way (0–10, or percentages).',
  COMMITMENT_UNKNOWN: 'Commitment "{text}" is not recognised, so the objective counts as aspirational. Write committed or aspirational.',
  CONFIDENCE_OUT_OF_RANGE: 'Confidence "{text}" should be from 0 to 10, or a percentage.',
  PERIOD_UNKNOWN: 'The quarter is not known. Above the header, fill in Quarter (such as 2026-Q4), or Start date and End date.',
  OBJ_TOO_FEW_KRS: 'This objective has only {count, plural, one {# key result} other {# key results}}. Give it at least {min}, so no single number decides it.',
  OBJ_TOO_MANY_KRS: 'This objective has {count} key results. Keep to {max} or fewer, so the team can focus.',
  TEAM_TOO_MANY_OBJECTIVES: '{team} has {count} objectives this quarter. Keep to {max} or fewer, and move the rest to a later quarter.',
  OBJ_HAS_NUMBER: 'This objective contains a number, so it reads like a key result. Keep the objective qualitative and move the number into a key result.',
  KR_NO_NUMBER: 'This key result has no number, so it reads like a task. Say what will be measured, and by how much.',
  KR_PERCENT_NO_BASELINE: "A key result that grows by a percentage needs a baseline. Enter today's value in Start.",
  KR_NO_OWNER: 'No owner. Name the person accountable for this key result.',
  KR_TYPE_CONTRADICTS: 'The type is {type}, but start and target point the other way. Correct the type, or swap the values.',
  KR_ALREADY_MET: 'The target was already met at the start. Set a target that takes real progress to reach.',
  KR_NO_CHECKIN: 'No check-in yet, and {elapsed} of the quarter has passed. Enter the current value.',
  QUARTER_TOO_EASY: 'The quarter averaged {score}. Above 0.9 usually means the goals were too safe: aim higher next quarter.',
  OBJ_COMMITTED_MISSED: 'This committed objective ended at {score}, short of 1.0. Review what got in the way and how to recover.',
  OBJ_NO_SCORE: 'Every key result here has weight 0, so the objective has no score. Give at least one key result a weight above 0.',
};

const fa: Record<string, string> = {
  KR_STALE:
    '{days} روز است که وضعیت این نتیجه کلیدی ثبت نشده (آخرین بار {last})؛ تنظیم «کهنه پس از» {limit} روز است. وضعیت آن را ثبت کنید، حتی اگر مقدارش تغییر نکرده باشد.',
  KR_STALE_NEVER:
    'در {days} روزی که از شروع فصل گذشته، وضعیت این نتیجه کلیدی ثبت نشده است؛ تنظیم «کهنه پس از» {limit} روز است. وضعیت آن را ثبت کنید، حتی اگر مقدارش تغییر نکرده باشد.',
  SCORE_AUDIT_IGNORES_BASELINE:
    'این امتیاز ({theirs}) مقدار پایه را نادیده می‌گیرد: فعلی ÷ هدف است. با شمارش از مقدار شروع ({cells})، این نتیجه کلیدی در {ours} است. در «استفاده از این برگه» این خانه را به =OKR_SCORE ببرید، یا فرمول را درست کنید.',
  SCORE_AUDIT_DECREASE_RATIO:
    'این امتیاز ({theirs}) کاهش را به‌صورت فعلی ÷ هدف (یا هدف ÷ فعلی) می‌سنجد، پس پیش از هر پیشرفتی پیشرفت نشان می‌دهد. با سنجش از مقدار شروع ({cells})، این نتیجه کلیدی در {ours} است. در «استفاده از این برگه» این خانه را به =OKR_SCORE ببرید، یا فرمول را درست کنید.',
  SCORE_AUDIT_MIXED_SCALE:
    'این امتیاز ({theirs}) مقیاس ۰ تا ۱۰۰ و ۰ تا ۱ را درهم می‌آمیزد: بقیه ستون در مقیاس دیگری است. این نتیجه کلیدی در {ours} است ({cells}). آن را در همان مقیاس ستون بنویسید، یا این خانه را به =OKR_SCORE ببرید.',
  SCORE_AUDIT_CAPS_BELOW_ZERO:
    'این امتیاز مقدار زیر صفر را صفر می‌کند: صفر نشان می‌دهد، اما از مقدار شروع ({cells}) این نتیجه کلیدی در {ours} است. فرمول به زیر صفر می‌رود (اغلب جهت یا مقدار پایه وارونه است) و کف صفر آن را پنهان می‌کند. در «استفاده از این برگه» این خانه را به =OKR_SCORE ببرید، یا فرمول را درست کنید.',
  SCORE_AUDIT_DIFFERS:
    'این امتیاز ({theirs}) با امتیاز افزونه ({ours}) برای همین مقادیر ({cells}) فرق دارد. فرمول را بررسی کنید، یا در «استفاده از این برگه» این خانه را به =OKR_SCORE ببرید.',
  KR_MULTI_LINE:
    'این خانه {count} نتیجه کلیدی دارد، هر کدام در یک سطر، پس هیچ‌کدام امتیاز نمی‌گیرد. در «استفاده از این برگه» گزینه «هر نتیجه کلیدی در ردیف خودش» را بزنید، یا به هر کدام ردیفی جدا بدهید.',
  MAPPING_HEADER_GONE:
    'ستون «{column}» که با عنوان «{header}» پذیرفته شده بود دیگر در ردیف عنوان نیست. تغییر این برگه متوقف شد: «استفاده از این برگه» را باز کنید و ستون‌ها را دوباره ذخیره کنید.',
  MAPPING_HEADER_AMBIGUOUS:
    'عنوان «{header}» (پذیرفته‌شده برای «{column}») اکنون بیش از یک بار آمده است ({cells}). تغییر این برگه متوقف شد: یکی را تغییر نام دهید، یا «استفاده از این برگه» را باز کنید و ستون‌ها را دوباره ذخیره کنید.',
  SCORE_COLUMN_IN_USE:
    'ستون امتیاز از قبل مقادیر یا فرمول‌های خود شما را دارد، پس افزونه به آن دست نزد. برای داشتن فرمول زنده OKR_SCORE، ستون را خالی کنید (یا عنوانش را تغییر دهید).',
  SCORE_BLOCKED:
    'این خانه شما جلوی فرمول زنده امتیاز بالای آن را می‌گیرد، پس نتایج کلیدی از اینجا به پایین امتیاز نمی‌گیرند. خانه را به زیر جدول ببرید (فرمول بالای آن تمام می‌شود) یا آن را خالی کنید.',
  HEADER_NOT_FOUND: 'در ۱۰ ردیف اول برگهٔ «{sheet}» ردیف عنوان پیدا نشد. ردیفی اضافه کنید که دست‌کم ستون‌های «هدف» و «نتیجه کلیدی» را داشته باشد.',
  COLUMN_MISSING: 'ستون «{column}» وجود ندارد. آن را به ردیف عنوان اضافه کنید.',
  KR_NO_OBJECTIVE: 'این نتیجه کلیدی هدفی ندارد. هدف را در ستون «هدف» همین ردیف یا یکی از ردیف‌های بالاتر بنویسید.',
  VALUE_MISSING: '«{field}» خالی است. آن را پر کنید تا امتیاز این نتیجه کلیدی محاسبه شود.',
  VALUE_NOT_NUMBER: 'مقدار «{text}» در «{field}» عدد نیست. یک عدد ساده مثل ۱۵۰۰ یا ۳۰٪ وارد کنید.',
  VALUE_AMBIGUOUS: 'مقدار «{text}» در «{field}» را می‌شود به بیش از یک شکل خواند. یک عدد ساده مثل ۱۵۰۰ یا ۳۰٪ بنویسید و واحد را در ستون «واحد» بگذارید.',
  VALUE_ERROR: '«{field}» خطای {text} را نشان می‌دهد. فرمولی را که این خانه را پر می‌کند اصلاح کنید.',
  VALUE_IS_DATE:
    '«{field}» تاریخ {text} را دارد، نه عدد: Sheets متنی مانند 8/10 یا 1-2 را هنگام تایپ به تاریخ تبدیل می‌کند. قالب خانه را متن ساده یا عدد کنید (قالب › عدد) و مقدار را دوباره وارد کنید (۸ از ۱۰ را ۸ بنویسید).',
  KR_START_EQUALS_TARGET: 'مقدار شروع و مقدار هدف هر دو {value} است و فاصله‌ای برای سنجش پیشرفت نمی‌ماند. مقدار مبنا را متفاوت از هدف تعیین کنید.',
  KR_MIXED_SCALE:
    'مقادیر {cells} هم‌مقیاس نیستند: برخی کسری (۰٫۱۸) و برخی درصدی (۱۸) خوانده می‌شوند. همه را یکسان بنویسید (همه با ٪ یا همه عدد ساده) یا قالب درصد بدهید.',
  KR_GRADE_OUT_OF_RANGE_100: 'نمره «{text}» بیرون از ۰ تا ۱۰۰ است، مقیاس نمره‌های این برگه. نمره را از ۰ تا ۱۰۰ (مثل ۷۰) یا به درصد (۷۰٪) بنویسید.',
  KR_GRADE_OUT_OF_RANGE: 'نمره «{text}» بیرون از ۰ تا ۱ است. نمره را از ۰ تا ۱ (مثل ۰٫۷) یا به درصد (۷۰٪) بنویسید.',
  MILESTONE_COUNT_NEEDED: '«{text}» نمی‌گوید چند مورد از {target} انجام شده است. تعداد تا امروز (مثلاً ۲) یا «انجام شد» را بنویسید.',
  KR_UNKNOWN_TYPE: 'نوع «{text}» شناخته نشد. یکی از این‌ها را بنویسید: افزایشی، کاهشی، حداقل، حداکثر، نقطه عطف، نمره؛ یا خانه را خالی بگذارید.',
  KR_TYPE_UNKNOWN_VALUES: 'نوع این نتیجه کلیدی از روی مقدارهایش معلوم نیست. نوع را انتخاب کنید یا «شروع» و «مقدار هدف» را پر کنید.',
  MILESTONE_NOT_DONE_WORD: 'از «{text}» معلوم نیست این نقطه عطف انجام شده یا نه. از چک‌باکس استفاده کنید یا بنویسید «انجام شد» یا «انجام نشده».',
  OBJ_DUPLICATE_ID: 'شناسهٔ {id} پیش‌تر در {first} به کار رفته است. به هر هدف شناسهٔ جداگانه‌ای بدهید.',
  OBJ_PARENT_NOT_FOUND: 'هیچ هدفی با شناسهٔ {parent} وجود ندارد. ستون «والد» را بررسی کنید یا خالی بگذارید.',
  OBJ_ALIGNMENT_CYCLE: 'این هدف‌ها دوری به هم وابسته‌اند: {path}. یکی از پیوندهای «والد» را بردارید.',
  KR_WEIGHT_INVALID: 'وزن «{text}» باید عددی برابر صفر یا بیشتر باشد. برای پیگیری یک نتیجه کلیدی بدون امتیازدهی، وزن آن را ۰ بگذارید.',
  DATE_UNPARSABLE: 'مقدار «{text}» در «{field}» تاریخ نیست. تاریخی مثل ۱۴۰۵/۰۷/۰۹ یا 2026-10-01 وارد کنید.',
  DATE_IMPLAUSIBLE: 'مقدار «{text}» در «{field}» در سال {year} است که نمی‌تواند تاریخ برنامه باشد. تاریخی مثل ۱۴۰۵/۰۷/۰۹ یا 2026-10-01 وارد کنید.',
  DATE_READ_AS_SOLAR_HIJRI:
    '«{field}» مقدار {text} را نشان می‌دهد و به‌عنوان تاریخ شمسی {text} ({date}) خوانده شد. Sheets تاریخ شمسیِ تایپ‌شده در خانهٔ تاریخ را سال میلادی ذخیره می‌کند؛ برای نگه داشتن همان چیزی که تایپ می‌کنید، قالب خانه را «متن ساده» کنید (قالب › عدد › متن ساده).',
  PERIOD_LABEL_ERROR: 'خانهٔ «فصل» خطای {text} را نشان می‌دهد. فصل را بنویسید (مثلاً 1405-Q3) یا فرمولی را که آن را پر می‌کند اصلاح کنید.',
  PERIOD_END_BEFORE_START: '«تاریخ پایان» ({end}) پیش از «تاریخ شروع» ({start}) است. جای آن دو را عوض کنید یا تاریخ نادرست را اصلاح کنید.',
  PERIOD_EMPTY: '«تاریخ شروع» و «تاریخ پایان» یک روزند ({start}) و فصل طولی ندارد. آخرین روز فصل را در «تاریخ پایان» وارد کنید.',
  PERIOD_TOO_LONG: 'از «تاریخ شروع» ({start}) تا «تاریخ پایان» ({end}) {days} روز است، بیش از یک سال. اولین و آخرین روز یک فصل را وارد کنید.',
  PERIOD_ROW_UNREADABLE:
    'دوره «{text}» خوانده نشد. فصلی مانند Q2 2026، 2026-Q2 یا 1405-Q1، یا فصلی از سال مانند بهار ۱۴۰۵ بنویسید؛ تا آن زمان این نتیجه کلیدی سرعت پیشرفت ندارد.',
  PERIOD_ROWS_SEVERAL: 'این برگه نتایج کلیدی چند دوره را دارد ({periods}): هر کدام در دوره خودش سنجیده می‌شود و برگه در کل دوره‌ای ندارد.',
  KR_DUE_OUTSIDE_QUARTER: 'سررسید {due} بیرون از این فصل ({start} تا {end}) است. آن را به داخل فصل ببرید یا خالی بگذارید.',
  OBJ_COMMITMENT_CONFLICT: 'ردیف‌های یک هدف دربارهٔ نوع تعهد آن یکسان نیستند ({cells})، پس هدف تعهدی حساب شد. برای هدف یک نوع تعهد بنویسید.',
  OBJECTIVES_TAB_GONE: 'برگهٔ «{tab}» که متن هدف‌ها را داشت دیگر نیست، پس هدف‌های اینجا فقط شناسه دارند. برگه را برگردانید، یا این برگه را دوباره بپذیرید.',
  OBJ_ID_NOT_LINKED: 'شناسهٔ هدف «{id}» در برگهٔ «{tab}» نیست، پس این هدف متنی ندارد. آن را آنجا اضافه کنید، یا شناسه را درست کنید.',
  OBJ_ID_AMBIGUOUS_LINK: 'شناسهٔ هدف «{id}» دو بار با دو متن متفاوت در برگهٔ «{tab}» آمده است، پس هیچ‌کدام به کار نرفت. در آنجا به هر هدف شناسهٔ خودش را بدهید.',
  PERIODIC_SLOT_TWICE: 'ستون‌های «{first}» و «{second}» یک هفته یا یک ماه‌اند، پس معلوم نیست مقدار در کدام است. نام یکی را تغییر دهید یا آن را بردارید.',
  OBJ_LINK_ERROR: 'هدفِ شناسهٔ «{id}» در برگهٔ «{tab}» خطای {text} را نشان می‌دهد، پس این هدف متنی ندارد. فرمول آنجا را درست کنید.',
  PERIOD_LABEL_UNREAD:
    'خانهٔ فصل «{text}» خوانده نشد، پس فصل از «تاریخ شروع» و «تاریخ پایان» {label} گرفته شد. آن را به شکل 1405-Q3، 2026-Q4 یا FY2027-Q1 بنویسید.',
  PERIOD_LABEL_MISMATCH: 'خانهٔ فصل {label} را می‌گوید، اما «تاریخ شروع» و «تاریخ پایان» ({start} تا {end}) فصل دیگری است. آن را که به‌روز نیست درست کنید.',
  KR_TEXT_SAYS_INCREASE:
    'نتیجه کلیدی می‌گوید «{word}»، اما شروع {start} → مقدار هدف {target} رو به کاهش است، پس امتیاز داده نمی‌شود. «شروع» و «مقدار هدف» را بررسی کنید (جابه‌جا نشده‌اند؟)، یا اگر قرار است کاهش یابد نوع را «کاهشی» بگذارید.',
  KR_TEXT_SAYS_INCREASE_NO_TYPE:
    'نتیجه کلیدی می‌گوید «{word}»، اما شروع {start} → مقدار هدف {target} رو به کاهش است، پس امتیاز داده نمی‌شود. «شروع» و «مقدار هدف» را بررسی کنید (جابه‌جا نشده‌اند؟)؛ اگر قرار است کاهش یابد، ستونی برای نوع بسازید، آن را در «استفاده از این برگه» نگاشت کنید و در آن «کاهشی» بنویسید.',
  OBJ_TEXT_BY_ID_ONLY:
    'هدف‌ها فقط با شناسه‌شان آمده‌اند (ستون {column}) و هیچ برگهٔ دیگری این شناسه‌ها را با متن هدف‌ها ندارد، پس برگه‌ها شناسه را نشان می‌دهند. برگه‌ای با ستون «شناسه هدف» و «هدف» (بدون نتایج کلیدی) وقتی این برگه را دوباره بپذیرید پیوند می‌خورد.',
  KR_TEXT_SAYS_DECREASE:
    'نتیجه کلیدی می‌گوید «{word}»، اما شروع {start} → مقدار هدف {target} رو به افزایش است، پس امتیاز داده نمی‌شود. مقدار واقعی مبنا را در «شروع» وارد کنید، یا اگر قرار است افزایش یابد نوع را «افزایشی» بگذارید.',
  KR_TEXT_SAYS_DECREASE_NO_TYPE:
    'نتیجه کلیدی می‌گوید «{word}»، اما شروع {start} → مقدار هدف {target} رو به افزایش است، پس امتیاز داده نمی‌شود. مقدار واقعی مبنا را در «شروع» وارد کنید؛ اگر قرار است افزایش یابد، ستونی برای نوع بسازید، آن را در «استفاده از این برگه» نگاشت کنید و در آن «افزایشی» بنویسید.',
  CONFIDENCE_SCALE_AMBIGUOUS:
    'اطمینان «{text}» ممکن است ۱ از ۱۰ یا ۱۰ از ۱۰ باشد: این برگه اطمینان‌هایی از ۰ تا ۱ و از ۰ تا ۱۰ دارد. همه را یک‌جور بنویسید (۰ تا ۱۰، یا درصد).',
  COMMITMENT_UNKNOWN: 'نوع تعهد «{text}» شناخته نشد و هدف بلندپروازانه حساب شد. بنویسید «تعهدی» یا «بلندپروازانه».',
  CONFIDENCE_OUT_OF_RANGE: 'اطمینان «{text}» باید عددی از ۰ تا ۱۰ یا یک درصد باشد.',
  PERIOD_UNKNOWN: 'فصلِ این برگه معلوم نیست. بالای ردیف عنوان، «فصل» (مثلاً 1405-Q3) یا «تاریخ شروع» و «تاریخ پایان» را پر کنید.',
  OBJ_TOO_FEW_KRS: 'این هدف {count} نتیجه کلیدی دارد. دست‌کم {min} نتیجه کلیدی تعریف کنید تا سرنوشت هدف به یک عدد بند نباشد.',
  OBJ_TOO_MANY_KRS: 'این هدف {count} نتیجه کلیدی دارد. برای حفظ تمرکز تیم، تعدادشان را به {max} یا کمتر برسانید.',
  TEAM_TOO_MANY_OBJECTIVES: 'تیم {team} در این فصل {count} هدف دارد. حداکثر {max} هدف نگه دارید و بقیه را به فصل‌های بعد بسپارید.',
  OBJ_HAS_NUMBER: 'این هدف عدد دارد و بیشتر به نتیجه کلیدی شبیه است. هدف را کیفی بنویسید و عدد را به یک نتیجه کلیدی ببرید.',
  KR_NO_NUMBER: 'این نتیجه کلیدی هیچ عددی ندارد و بیشتر به یک کار شبیه است. بنویسید چه چیزی و به چه اندازه سنجیده می‌شود.',
  KR_PERCENT_NO_BASELINE: 'نتیجه کلیدی‌ای که رشد درصدی دارد بدون مبنا سنجیدنی نیست. مقدار امروز را در «شروع» وارد کنید.',
  KR_NO_OWNER: 'مسئولی تعیین نشده است. نام کسی را بنویسید که پاسخگوی این نتیجه کلیدی است.',
  KR_TYPE_CONTRADICTS: 'نوع «{type}» است، اما شروع و هدف جهت مخالف را نشان می‌دهند. نوع را اصلاح کنید یا جای دو مقدار را عوض کنید.',
  KR_ALREADY_MET: 'هدف از همان ابتدا محقق شده است. هدفی بگذارید که رسیدن به آن پیشرفت واقعی بخواهد.',
  KR_NO_CHECKIN: 'هنوز هیچ پیشرفتی ثبت نشده و {elapsed} از فصل گذشته است. مقدار فعلی را وارد کنید.',
  QUARTER_TOO_EASY: 'میانگین امتیاز این فصل {score} است. امتیاز بالای ۰٫۹ معمولاً یعنی اهداف بیش از حد محتاطانه بوده‌اند؛ در فصل بعد بلندپروازتر باشید.',
  OBJ_COMMITTED_MISSED: 'این هدف تعهدی با امتیاز {score}، یعنی کمتر از ۱٫۰، بسته شد. بررسی کنید چه چیزی مانع شد و چطور می‌شود جبرانش کرد.',
  OBJ_NO_SCORE: 'وزن همهٔ نتایج کلیدی این هدف صفر است، پس هدف امتیازی ندارد. دست‌کم به یکی از آن‌ها وزنی بیشتر از صفر بدهید.',
};

const ar: Record<string, string> = {
  KR_STALE:
    'لا تسجيل للتقدم منذ {days, plural, one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}} (آخر تسجيل في {last})؛ إعداد «قديم بعد» هو {limit, plural, one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}}. سجّل تقدم هذه النتيجة الرئيسية، حتى لو لم تتغير قيمتها.',
  KR_STALE_NEVER:
    'لم يُسجَّل أي تقدم خلال {days, plural, one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}} منذ بداية الربع؛ إعداد «قديم بعد» هو {limit, plural, one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}}. سجّل تقدم هذه النتيجة الرئيسية، حتى لو لم تتغير قيمتها.',
  SCORE_AUDIT_IGNORES_BASELINE:
    'هذا التقييم ({theirs}) يتجاهل خط الأساس: إنه الحالي ÷ المستهدف. محسوبًا من قيمة البداية ({cells})، النتيجة الرئيسية عند {ours}. حوّل هذه الخلية إلى =OKR_SCORE في «اعتماد هذه الورقة»، أو صحّح الصيغة.',
  SCORE_AUDIT_DECREASE_RATIO:
    'هذا التقييم ({theirs}) يقيس الانخفاض على أنه الحالي ÷ المستهدف (أو المستهدف ÷ الحالي)، فيبدو تقدّمًا قبل أي تقدّم. مقيسًا من قيمة البداية ({cells})، النتيجة الرئيسية عند {ours}. حوّل هذه الخلية إلى =OKR_SCORE في «اعتماد هذه الورقة»، أو صحّح الصيغة.',
  SCORE_AUDIT_MIXED_SCALE:
    'هذا التقييم ({theirs}) يخلط بين 0–100 و0–1: بقية العمود على المقياس الآخر. النتيجة الرئيسية عند {ours} ({cells}). اكتبه على مقياس العمود نفسه، أو حوّل هذه الخلية إلى =OKR_SCORE.',
  SCORE_AUDIT_CAPS_BELOW_ZERO:
    'هذا التقييم يحوّل ما دون الصفر إلى صفر: يُظهر 0، لكن من قيمة البداية ({cells}) النتيجة الرئيسية عند {ours}. الصيغة تنزل تحت الصفر (غالبًا الاتجاه أو خط الأساس معكوس) والحد الأدنى يخفي ذلك. حوّل هذه الخلية إلى =OKR_SCORE في «اعتماد هذه الورقة»، أو صحّح الصيغة.',
  SCORE_AUDIT_DIFFERS:
    'هذا التقييم ({theirs}) يختلف عن تقييم الإضافة {ours} للقيم نفسها ({cells}). راجع الصيغة، أو حوّل هذه الخلية إلى =OKR_SCORE في «اعتماد هذه الورقة».',
  KR_MULTI_LINE:
    'تضم هذه الخلية {count, plural, one {نتيجة رئيسية واحدة} two {نتيجتين رئيسيتين} few {# نتائج رئيسية} many {# نتيجة رئيسية} other {# نتيجة رئيسية}}، كل واحدة في سطر، فلا يمكن تقييم أي منها. استخدم «ضع كل نتيجة رئيسية في صف خاص بها» في «اعتماد هذه الورقة»، أو أعطِ كل نتيجة صفًا خاصًا.',
  MAPPING_HEADER_GONE:
    'عمود «{column}» المعتمد بعنوان «{header}» لم يعد في صف العناوين. أُوقفت التغييرات على هذه الورقة: افتح «اعتماد هذه الورقة» واحفظ الأعمدة من جديد.',
  MAPPING_HEADER_AMBIGUOUS:
    'العنوان «{header}» (المعتمد لـ«{column}») يظهر الآن أكثر من مرة ({cells}). أُوقفت التغييرات على هذه الورقة: غيّر اسم أحدهما، أو افتح «اعتماد هذه الورقة» واحفظ الأعمدة من جديد.',
  SCORE_COLUMN_IN_USE: 'يحتوي عمود التقييم على قيم أو صيغ خاصة بك، لذلك تركته الإضافة كما هو. أفرغ العمود (أو غيّر عنوانه) لتحصل على صيغة OKR_SCORE الحية.',
  SCORE_BLOCKED:
    'تمنع هذه الخلية الخاصة بك صيغة التقييم الحية التي فوقها، لذلك لا تُقيَّم النتائج الرئيسية من هنا فما دون. انقل الخلية إلى أسفل الجدول (فتنتهي الصيغة فوقها) أو أفرغها.',
  HEADER_NOT_FOUND: 'لم يُعثر على صف العناوين في أول 10 صفوف من ورقة «{sheet}». أضف صفًا يضم على الأقل عمودَي «الهدف» و«النتيجة الرئيسية».',
  COLUMN_MISSING: 'عمود «{column}» غير موجود. أضفه إلى صف العناوين.',
  KR_NO_OBJECTIVE: 'هذه النتيجة الرئيسية بلا هدف. اكتب الهدف في عمود «الهدف» في هذا الصف أو في صف أعلى منه.',
  VALUE_MISSING: 'خانة «{field}» فارغة. املأها حتى يُحسب تقييم هذه النتيجة الرئيسية.',
  VALUE_NOT_NUMBER: 'القيمة «{text}» في «{field}» ليست رقمًا. أدخل رقمًا بسيطًا مثل 1500 أو 30%.',
  VALUE_AMBIGUOUS: 'القيمة «{text}» في «{field}» تحتمل أكثر من قراءة. أدخل رقمًا بسيطًا مثل 1500 أو 30%، واكتب الوحدة في عمود «الوحدة».',
  VALUE_ERROR: 'تظهر في «{field}» رسالة الخطأ {text}. أصلح الصيغة التي تملأ هذه الخلية.',
  VALUE_IS_DATE:
    'يحتوي «{field}» على التاريخ {text} لا على رقم: يحوّل Sheets ما يُكتب مثل 8/10 أو 1-2 إلى تاريخ. اجعل تنسيق الخلية نصًا عاديًا أو رقمًا (تنسيق › رقم) ثم اكتب القيمة من جديد (8 من 10 تُكتب 8).',
  KR_START_EQUALS_TARGET: 'قيمة البداية والقيمة المستهدفة كلتاهما {value}، فلا توجد مسافة يُقاس عليها التقدم. اجعل خط الأساس مختلفًا عن المستهدف.',
  KR_MIXED_SCALE:
    'القيم في {cells} ليست على مقياس واحد: بعضها يُقرأ كسرًا (0.18) وبعضها نسبة مئوية (18). اكتبها كلها بالطريقة نفسها (كلها مع ٪ أو كلها أرقامًا عادية) أو نسّقها كنسب مئوية.',
  KR_GRADE_OUT_OF_RANGE_100: 'الدرجة «{text}» خارج المدى 0–100، وهو مقياس الدرجات في هذه الورقة. اكتب درجة من 0 إلى 100 (مثل 70) أو نسبة مئوية (70٪).',
  KR_GRADE_OUT_OF_RANGE: 'الدرجة «{text}» خارج المدى 0–1. اكتب درجة من 0 إلى 1 (مثل 0.7) أو نسبة مئوية (70٪).',
  MILESTONE_COUNT_NEEDED: '«{text}» لا يوضح كم أُنجز من {target}. أدخل العدد حتى الآن (مثل 2) أو «تم».',
  KR_UNKNOWN_TYPE: 'النوع «{text}» غير معروف. استخدم أحد الأنواع: زيادة، خفض، على الأقل، على الأكثر، مرحلة رئيسية، درجة؛ أو اترك الخانة فارغة.',
  KR_TYPE_UNKNOWN_VALUES: 'لا يمكن معرفة نوع هذه النتيجة الرئيسية من قيمها. اختر النوع، أو املأ «البداية» و«المستهدف».',
  MILESTONE_NOT_DONE_WORD: 'لا يتضح من «{text}» هل أُنجزت المرحلة أم لا. استخدم مربع اختيار، أو اكتب «منجز» أو «غير منجز».',
  OBJ_DUPLICATE_ID: 'المعرف {id} مستخدم من قبل في {first}. أعطِ كل هدف معرفًا خاصًا به.',
  OBJ_PARENT_NOT_FOUND: 'لا يوجد هدف بالمعرف {parent}. تحقق من «الهدف الأعلى» أو اترك الخانة فارغة.',
  OBJ_ALIGNMENT_CYCLE: 'هذه الأهداف يدعم بعضها بعضًا في حلقة مغلقة: {path}. احذف أحد روابط «الهدف الأعلى».',
  KR_WEIGHT_INVALID: 'الوزن «{text}» يجب أن يكون رقمًا يساوي 0 أو أكثر. استخدم 0 لمتابعة نتيجة رئيسية دون احتسابها في التقييم.',
  DATE_UNPARSABLE: 'القيمة «{text}» في «{field}» ليست تاريخًا. أدخل تاريخًا مثل 2026-10-01.',
  DATE_IMPLAUSIBLE: 'القيمة «{text}» في «{field}» تقع في السنة {year}، ولا يمكن أن تكون تاريخًا في الخطة. أدخل تاريخًا مثل 2026-10-01.',
  DATE_READ_AS_SOLAR_HIJRI:
    'تعرض «{field}» القيمة {text}، وقد قُرئت تاريخًا هجريًا شمسيًا {text} ({date}). يحفظ Sheets التاريخ الهجري الشمسي المكتوب في خلية تاريخ سنةً ميلادية؛ اجعل تنسيق الخلية «نص عادي» (تنسيق › رقم › نص عادي) ليبقى ما تكتبه كما هو.',
  PERIOD_LABEL_ERROR: 'تعرض خلية «الربع» الخطأ {text}. اكتب الربع (مثل 2026-Q4) أو أصلح الصيغة التي تملؤها.',
  PERIOD_END_BEFORE_START: '«تاريخ الانتهاء» ({end}) قبل «تاريخ البدء» ({start}). بدّل بينهما أو صحّح التاريخ الخاطئ.',
  PERIOD_EMPTY: '«تاريخ البدء» و«تاريخ الانتهاء» في اليوم نفسه ({start})، فليس للربع مدة. أدخل آخر يوم في الربع في «تاريخ الانتهاء».',
  PERIOD_TOO_LONG:
    'من «تاريخ البدء» ({start}) إلى «تاريخ الانتهاء» ({end}) {days, plural, one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}}، أي أكثر من سنة. أدخل أول يوم وآخر يوم في ربع واحد.',
  PERIOD_ROW_UNREADABLE:
    'تعذّرت قراءة الفترة «{text}». اكتب ربعًا مثل Q2 2026 أو 2026-Q2 أو 1405-Q1، أو فصلًا مثل الربيع 2026؛ وحتى ذلك لا يُحسب لهذه النتيجة الرئيسية معدل تقدم.',
  PERIOD_ROWS_SEVERAL: 'تضم هذه الورقة نتائج رئيسية لعدة فترات ({periods}): تُقاس كل منها في فترتها، وليس للورقة ككل فترة واحدة.',
  KR_DUE_OUTSIDE_QUARTER: 'تاريخ الاستحقاق {due} خارج الربع (من {start} إلى {end}). انقله إلى داخل الربع أو اترك الخانة فارغة.',
  OBJ_COMMITMENT_CONFLICT: 'صفوف الهدف الواحد مختلفة في نوع الالتزام ({cells})، لذا عُدّ الهدف ملتزمًا. اكتب نوع التزام واحدًا للهدف.',
  OBJECTIVES_TAB_GONE: 'لم تعد الورقة «{tab}» التي تحمل نصوص الأهداف موجودة، لذا ليس للأهداف هنا إلا معرّفاتها. أعد الورقة، أو اعتمد هذه الورقة من جديد.',
  OBJ_ID_NOT_LINKED: 'معرّف الهدف «{id}» غير موجود في الورقة «{tab}»، لذا لا نص لهذا الهدف. أضفه هناك، أو صحّح المعرّف.',
  OBJ_ID_AMBIGUOUS_LINK: 'معرّف الهدف «{id}» موجود مرتين في الورقة «{tab}» بنصين مختلفين، لذا لم يُستخدم أي منهما. أعطِ كل هدف معرّفه الخاص هناك.',
  PERIODIC_SLOT_TWICE: 'العمودان «{first}» و«{second}» هما الأسبوع نفسه أو الشهر نفسه، فلا يُعرف أيهما يحمل القيمة. أعد تسمية أحدهما أو احذفه.',
  OBJ_LINK_ERROR: 'هدف المعرّف «{id}» في الورقة «{tab}» يُظهر الخطأ {text}، لذا لا نص لهذا الهدف. صحّح الصيغة هناك.',
  PERIOD_LABEL_UNREAD:
    'تعذّرت قراءة خانة الربع «{text}»، لذا أُخذ الربع من «تاريخ البدء» و«تاريخ الانتهاء»: {label}. اكتبه هكذا: 2026-Q4 أو FY2027-Q1 أو 1405-Q3.',
  PERIOD_LABEL_MISMATCH: 'خانة الربع تقول {label}، لكن «تاريخ البدء» و«تاريخ الانتهاء» (من {start} إلى {end}) ربع آخر. صحّح ما لم يُحدَّث منهما.',
  KR_TEXT_SAYS_INCREASE:
    'النتيجة الرئيسية تقول «{word}»، لكن البداية {start} → المستهدف {target} تتجه نزولًا، لذا لا يمكن حسابها. راجع «البداية» و«المستهدف» (هل تبادلا؟)، أو اجعل النوع «خفض» إن كان المقصود النقصان.',
  KR_TEXT_SAYS_INCREASE_NO_TYPE:
    'النتيجة الرئيسية تقول «{word}»، لكن البداية {start} → المستهدف {target} تتجه نزولًا، لذا لا يمكن حسابها. راجع «البداية» و«المستهدف» (هل تبادلا؟)؛ وإن كان المقصود النقصان فأضف عمودًا للنوع واربطه في «اعتماد هذه الورقة» واكتب فيه «خفض».',
  OBJ_TEXT_BY_ID_ONLY:
    'الأهداف مذكورة بمعرّفاتها فقط (العمود {column})، ولا توجد ورقة أخرى تحمل هذه المعرّفات مع نصوص الأهداف، لذا تُظهر الأوراق المعرّفات. تُربط ورقة فيها عمودا «معرّف الهدف» و«الهدف» (بلا نتائج رئيسية) عند اعتماد هذه الورقة من جديد.',
  KR_TEXT_SAYS_DECREASE:
    'النتيجة الرئيسية تقول «{word}»، لكن البداية {start} → المستهدف {target} تتجه صعودًا، لذا لا يمكن حسابها. أدخل خط الأساس الحقيقي في «البداية»، أو اجعل النوع «زيادة» إن كان المقصود الزيادة.',
  KR_TEXT_SAYS_DECREASE_NO_TYPE:
    'النتيجة الرئيسية تقول «{word}»، لكن البداية {start} → المستهدف {target} تتجه صعودًا، لذا لا يمكن حسابها. أدخل خط الأساس الحقيقي في «البداية»؛ وإن كان المقصود الزيادة فأضف عمودًا للنوع واربطه في «اعتماد هذه الورقة» واكتب فيه «زيادة».',
  CONFIDENCE_SCALE_AMBIGUOUS:
    'الثقة «{text}» قد تعني 1 من 10 أو 10 من 10: في هذه الورقة قيم ثقة من 0 إلى 1 ومن 0 إلى 10. اكتب كل قيم الثقة بطريقة واحدة (0–10 أو نسبًا مئوية).',
  COMMITMENT_UNKNOWN: 'نوع الالتزام «{text}» غير معروف، لذا عُدّ الهدف طموحًا. اكتب «ملتزم» أو «طموح».',
  CONFIDENCE_OUT_OF_RANGE: 'يجب أن تكون الثقة «{text}» بين 0 و10، أو نسبة مئوية.',
  PERIOD_UNKNOWN: 'الربع غير معروف. املأ فوق صف العناوين خانة «الربع» (مثل 2026-Q4) أو خانتَي «تاريخ البدء» و«تاريخ الانتهاء».',
  OBJ_TOO_FEW_KRS:
    '{count, plural, zero {ليس لهذا الهدف أي نتيجة رئيسية} one {لهذا الهدف نتيجة رئيسية واحدة فقط} two {لهذا الهدف نتيجتان رئيسيتان فقط} few {لهذا الهدف # نتائج رئيسية فقط} many {لهذا الهدف # نتيجة رئيسية فقط} other {لهذا الهدف # نتيجة رئيسية فقط}}. اجعلها {min} على الأقل حتى لا يتوقف الحكم على رقم واحد.',
  OBJ_TOO_MANY_KRS: 'عدد النتائج الرئيسية لهذا الهدف {count}. اكتفِ بـ {max} أو أقل ليبقى الفريق مركّزًا.',
  TEAM_TOO_MANY_OBJECTIVES: 'عدد أهداف فريق {team} في هذا الربع {count}. اكتفِ بـ {max} أو أقل، وأجّل الباقي إلى ربع لاحق.',
  OBJ_HAS_NUMBER: 'يحتوي هذا الهدف على رقم، فيبدو كأنه نتيجة رئيسية. اجعل الهدف نوعيًا وانقل الرقم إلى نتيجة رئيسية.',
  KR_NO_NUMBER: 'لا تحتوي هذه النتيجة الرئيسية على أي رقم، فتبدو كأنها مهمة. حدّد ما الذي سيُقاس وبأي مقدار.',
  KR_PERCENT_NO_BASELINE: 'النتيجة الرئيسية التي تقيس زيادة بنسبة مئوية تحتاج إلى خط أساس. أدخل قيمة اليوم في «البداية».',
  KR_NO_OWNER: 'لا يوجد مسؤول. اكتب اسم الشخص المسؤول عن هذه النتيجة الرئيسية.',
  KR_TYPE_CONTRADICTS: 'النوع «{type}»، لكن البداية والمستهدف يشيران إلى الاتجاه المعاكس. صحّح النوع أو بدّل القيمتين.',
  KR_ALREADY_MET: 'المستهدف متحقق منذ البداية. ضع مستهدفًا يتطلب بلوغه تقدمًا حقيقيًا.',
  KR_NO_CHECKIN: 'لم تُسجَّل أي متابعة بعد، وقد مضى {elapsed} من الربع. أدخل القيمة الحالية.',
  QUARTER_TOO_EASY: 'بلغ متوسط تقييم الربع {score}. التقييم فوق 0.9 يعني غالبًا أن الأهداف كانت آمنة أكثر من اللازم؛ ارفع سقف الطموح في الربع القادم.',
  OBJ_COMMITTED_MISSED: 'انتهى هذا الهدف الملتزم بتقييم {score}، أي دون 1.0. راجع ما أعاقه وكيف يمكن تداركه.',
  OBJ_NO_SCORE: 'أوزان جميع النتائج الرئيسية لهذا الهدف صفر، فلا تقييم له. أعطِ نتيجة رئيسية واحدة على الأقل وزنًا أكبر من 0.',
};

const hu: Record<string, string> = {
  KR_STALE:
    '{days} napja nem rögzítettek előrehaladást ennél a kulcseredménynél (utoljára: {last}); az Elavult ennyi nap után beállítás értéke {limit} nap. Rögzítse az előrehaladását akkor is, ha az értéke nem változott.',
  KR_STALE_NEVER:
    'A negyedév kezdete óta eltelt {days} napban nem rögzítettek előrehaladást ennél a kulcseredménynél; az Elavult ennyi nap után beállítás értéke {limit} nap. Rögzítse az előrehaladását akkor is, ha az értéke nem változott.',
  SCORE_AUDIT_IGNORES_BASELINE:
    'Ez a pontszám ({theirs}) figyelmen kívül hagyja a kiinduló értéket: aktuális érték ÷ célérték. A kiinduló értéktől számolva ({cells}) a kulcseredmény {ours}-on áll. Állítsa át ezt a cellát =OKR_SCORE-ra a Munkalap átvétele nézetben, vagy javítsa a képletet.',
  SCORE_AUDIT_DECREASE_RATIO:
    'Ez a pontszám ({theirs}) a csökkentést aktuális érték ÷ célérték (vagy fordítva) arányként számolja, így haladást mutat, mielőtt bármi történt volna. A kiinduló értéktől mérve ({cells}) a kulcseredmény {ours}-on áll. Állítsa át ezt a cellát =OKR_SCORE-ra a Munkalap átvétele nézetben, vagy javítsa a képletet.',
  SCORE_AUDIT_MIXED_SCALE:
    'Ez a pontszám ({theirs}) keveri a 0–100-as és a 0–1-es skálát: az oszlop többi része a másik skálán van. A kulcseredmény {ours}-on áll ({cells}). Írja be az oszlop skáláján, vagy állítsa át ezt a cellát =OKR_SCORE-ra.',
  SCORE_AUDIT_CAPS_BELOW_ZERO:
    'Ez a pontszám a 0 alatti eredményt 0-ra emeli: 0-t mutat, pedig a kiinduló értéktől ({cells}) a kulcseredmény {ours}-on áll. A képlet 0 alá megy (gyakran fordított az irány vagy a kiinduló érték), és a 0-s alsó határ ezt elrejti. Állítsa át ezt a cellát =OKR_SCORE-ra a Munkalap átvétele nézetben, vagy javítsa a képletet.',
  SCORE_AUDIT_DIFFERS:
    'Ugyanazoknál az értékeknél ({cells}) ez a pontszám ({theirs}) eltér a bővítmény által számolt pontszámtól ({ours}). Ellenőrizze a képletet, vagy állítsa át ezt a cellát =OKR_SCORE-ra a Munkalap átvétele nézetben.',
  KR_MULTI_LINE:
    'Ebben a cellában {count} kulcseredmény van, soronként egy, így egyik sem pontozható. Használja a Munkalap átvétele nézet „Minden kulcseredmény külön sorba” gombját, vagy adjon mindegyiknek saját sort.',
  MAPPING_HEADER_GONE:
    'A(z) {column} oszlopként átvett „{header}” fejléc már nincs a fejlécsorban. A munkalap módosítása szünetel: nyissa meg a Munkalap átvétele nézetet, és mentse újra az oszlopokat.',
  MAPPING_HEADER_AMBIGUOUS:
    'A(z) „{header}” fejléc ({column}) most többször szerepel ({cells}). A munkalap módosítása szünetel: nevezze át az egyiket, vagy nyissa meg a Munkalap átvétele nézetet, és mentse újra az oszlopokat.',
  SCORE_COLUMN_IN_USE:
    'A Pontszám oszlopban már az Ön saját értékei vagy képletei vannak, ezért a bővítmény nem nyúlt hozzá. Ürítse ki az oszlopot (vagy nevezze át a fejlécét), hogy élő OKR_SCORE képletet kapjon.',
  SCORE_BLOCKED:
    'Ez az Ön által kitöltött cella megakasztja a fölötte lévő élő Pontszám-képletet, így innen lefelé a kulcseredmények nem kapnak pontszámot. Helyezze át a cellát a táblázat alá (a képlet akkor fölötte ér véget), vagy ürítse ki.',
  HEADER_NOT_FOUND: 'A(z) „{sheet}” munkalap első 10 sorában nincs fejlécsor. Vegyen fel egy sort legalább a Célkitűzés és a Kulcseredmény oszloppal.',
  COLUMN_MISSING: 'Hiányzik a(z) „{column}” oszlop. Vegye fel a fejlécsorba.',
  KR_NO_OBJECTIVE: 'Ehhez a kulcseredményhez nem tartozik célkitűzés. Írja be a célkitűzést a Célkitűzés oszlopba, ebbe vagy egy feljebb lévő sorba.',
  VALUE_MISSING: 'A(z) „{field}” mező üres. Töltse ki, hogy a kulcseredmény pontozható legyen.',
  VALUE_NOT_NUMBER: 'A(z) „{field}” értéke („{text}”) nem szám. Egyszerű számot adjon meg, például 1500 vagy 30%.',
  VALUE_AMBIGUOUS:
    'A(z) „{field}” értéke („{text}”) többféleképpen is érthető. Egyszerű számot adjon meg, például 1500 vagy 30%, a mértékegységet pedig írja a Mértékegység oszlopba.',
  VALUE_ERROR: 'A(z) „{field}” mezőben hiba van: {text}. Javítsa ki a cellát kitöltő képletet.',
  VALUE_IS_DATE:
    'A(z) „{field}” cellában dátum ({text}) van, nem szám: a Google Táblázatok a begépelt 8/10 vagy 1-2 értéket dátummá alakítja. Állítsa a cella formátumát egyszerű szövegre vagy számra (Formátum › Szám), majd írja be újra az értéket (a 10-ből 8 legyen 8).',
  KR_START_EQUALS_TARGET: 'A kiinduló érték és a célérték is {value}, így nincs mihez mérni a haladást. Adjon meg a célértéktől eltérő kiinduló értéket.',
  KR_MIXED_SCALE:
    'A(z) {cells} cellák értékei nem egy skálán vannak: némelyik törtként (0,18), némelyik százalékként (18) olvasható. Írja őket egyformán (mind %-kal vagy mind sima számként), vagy formázza őket százalékként.',
  KR_GRADE_OUT_OF_RANGE_100:
    'A(z) „{text}” pontszám kívül esik a 0–100 tartományon, amely ezen a munkalapon a pontszámok skálája. Adjon meg 0 és 100 közötti értéket (például 70) vagy százalékot (70%).',
  KR_GRADE_OUT_OF_RANGE: 'A(z) „{text}” pontszám kívül esik a 0–1 tartományon. Adjon meg 0 és 1 közötti értéket (például 0,7) vagy százalékot (70%).',
  MILESTONE_COUNT_NEEDED: 'A(z) „{text}” nem mondja meg, hány készült el a(z) {target} közül. Írja be az eddigi darabszámot (például 2), vagy azt, hogy kész.',
  KR_UNKNOWN_TYPE: 'Ismeretlen típus: „{text}”. Ezek közül válasszon: növelés, csökkentés, legalább, legfeljebb, mérföldkő, pontszám – vagy hagyja üresen.',
  KR_TYPE_UNKNOWN_VALUES: 'Az értékekből nem derül ki a kulcseredmény típusa. Válasszon típust, vagy töltse ki a kiinduló értéket és a célértéket.',
  MILESTONE_NOT_DONE_WORD: 'A(z) „{text}” nem mondja meg, hogy a mérföldkő teljesült-e. Használjon jelölőnégyzetet, vagy írja be: kész vagy nincs kész.',
  OBJ_DUPLICATE_ID: 'A(z) {id} azonosító már szerepel itt: {first}. Adjon minden célkitűzésnek saját azonosítót.',
  OBJ_PARENT_NOT_FOUND: 'Nincs {parent} azonosítójú célkitűzés. Ellenőrizze a Szülőcél oszlop értékét, vagy hagyja üresen.',
  OBJ_ALIGNMENT_CYCLE: 'Ezek a célkitűzések körkörösen egymást támogatják: {path}. Törölje az egyik hivatkozást a Szülőcél oszlopban.',
  KR_WEIGHT_INVALID: 'A súly („{text}”) 0 vagy annál nagyobb szám legyen. 0 súllyal pontozás nélkül követheti a kulcseredményt.',
  DATE_UNPARSABLE: 'A(z) „{field}” értéke („{text}”) nem dátum. Ilyen formában adja meg: 2026-10-01.',
  DATE_IMPLAUSIBLE: 'A(z) „{field}” értéke („{text}”) a(z) {year}. évre esik, ez nem lehet a terv dátuma. Ilyen formában adja meg: 2026-10-01.',
  DATE_READ_AS_SOLAR_HIJRI:
    'A(z) „{field}” értéke {text}, ezt a bővítmény perzsa (szoláris hidzsra) dátumként olvasta: {text} ({date}). A dátumcellába gépelt perzsa dátumot a Google Táblázatok Gergely-naptári évként tárolja; formázza a cellát egyszerű szövegként (Formátum › Szám › Egyszerű szöveg), hogy az maradjon, amit beír.',
  PERIOD_LABEL_ERROR: 'A Negyedév cellában hiba van: {text}. Írja be a negyedévet (például 2026-Q4), vagy javítsa ki a cellát kitöltő képletet.',
  PERIOD_END_BEFORE_START: 'A Vége ({end}) korábbi, mint a Kezdés ({start}). Cserélje meg őket, vagy javítsa ki a hibásat.',
  PERIOD_EMPTY: 'A Kezdés és a Vége ugyanaz a nap ({start}), így a negyedévnek nincs hossza. A Vége mezőbe a negyedév utolsó napját írja.',
  PERIOD_TOO_LONG: 'A Kezdéstől ({start}) a Végéig ({end}) {days} nap telik el, ez több mint egy év. Egyetlen negyedév első és utolsó napját adja meg.',
  PERIOD_ROW_UNREADABLE:
    'A(z) „{text}” időszak nem olvasható. Írjon negyedévet (például Q2 2026, 2026-Q2 vagy 1405-Q1) vagy évszakot (például tavasz 2026); addig ennek a kulcseredménynek nincs üteme.',
  PERIOD_ROWS_SEVERAL:
    'Ez a munkalap több időszak kulcseredményeit tartalmazza ({periods}): mindegyik a saját időszakában kap ütemet, a munkalap egészének nincs időszaka.',
  KR_DUE_OUTSIDE_QUARTER: 'A(z) {due} határidő kívül esik a negyedéven ({start} – {end}). Válasszon a negyedévbe eső határidőt, vagy hagyja üresen.',
  OBJ_COMMITMENT_CONFLICT:
    'A célkitűzés sorainak Vállalás oszlopa eltér ({cells}), ezért a célkitűzés vállaltnak számít. Adjon meg egyféle vállalást a célkitűzéshez.',
  OBJECTIVES_TAB_GONE:
    'A célkitűzések szövegét tartalmazó „{tab}” munkalap már nincs meg, így az itteni célkitűzéseknek csak az azonosítójuk van meg. Állítsa vissza a munkalapot, vagy vegye át újra ezt a munkalapot.',
  OBJ_ID_NOT_LINKED:
    'A(z) „{id}” célkitűzés-azonosító nincs a(z) „{tab}” munkalapon, így ennek a célkitűzésnek nincs szövege. Vegye fel ott, vagy javítsa az azonosítót.',
  OBJ_ID_AMBIGUOUS_LINK:
    'A(z) „{id}” célkitűzés-azonosító kétszer, eltérő szöveggel szerepel a(z) „{tab}” munkalapon, így egyiket sem használja a bővítmény. Adjon ott minden célkitűzésnek saját azonosítót.',
  PERIODIC_SLOT_TWICE:
    'A(z) „{first}” és a(z) „{second}” oszlop ugyanarra a hétre vagy hónapra vonatkozik, így nem dönthető el, melyikben van az érték. Nevezze át vagy törölje az egyiket.',
  OBJ_LINK_ERROR:
    'A(z) „{id}” azonosítójú célkitűzés a(z) „{tab}” munkalapon a(z) {text} hibát mutatja, így ennek a célkitűzésnek nincs szövege. Javítsa ott a képletet.',
  PERIOD_LABEL_UNREAD:
    'A Negyedév cella („{text}”) nem olvasható, ezért a bővítmény a Kezdés és a Vége alapján határozta meg a negyedévet: {label}. Írja így: 2026-Q4, FY2027-Q1 vagy 1405-Q3.',
  PERIOD_LABEL_MISMATCH: 'A Negyedév cella szerint {label}, de a Kezdés és a Vége ({start} – {end}) egy másik negyedév. Javítsa azt, amelyik elavult.',
  KR_TEXT_SAYS_INCREASE:
    'A kulcseredmény szövege szerint „{word}”, de a számai csökkennek (Kiinduló érték {start} → Célérték {target}), ezért nem pontozható. Ellenőrizze a kiinduló és a célértéket (nincsenek felcserélve?), vagy állítsa a típust csökkentésre, ha csökkenés a cél.',
  KR_TEXT_SAYS_INCREASE_NO_TYPE:
    'A kulcseredmény szövege szerint „{word}”, de a számai csökkennek (Kiinduló érték {start} → Célérték {target}), ezért nem pontozható. Ellenőrizze a kiinduló és a célértéket (nincsenek felcserélve?); ha csökkenés a cél, vegyen fel egy Típus oszlopot, rendelje hozzá a Munkalap átvétele nézetben, és írja bele: csökkentés.',
  OBJ_TEXT_BY_ID_ONLY:
    'A célkitűzések csak az azonosítójukkal szerepelnek ({column} oszlop), és egyik másik munkalap sem sorolja fel ezeket az azonosítókat a célkitűzések szövegével, ezért a haladási lapok az azonosítókat mutatják. Ha egy másik munkalapon Célkitűzés-azonosító és Célkitűzés oszlop van (kulcseredmények nélkül), a bővítmény ennek a munkalapnak az újbóli átvételekor összekapcsolja a kettőt.',
  KR_TEXT_SAYS_DECREASE:
    'A kulcseredmény szövege szerint „{word}”, de a számai nőnek (Kiinduló érték {start} → Célérték {target}), ezért nem pontozható. Írja be a valódi kiinduló értéket, vagy állítsa a típust növelésre, ha növekedés a cél.',
  KR_TEXT_SAYS_DECREASE_NO_TYPE:
    'A kulcseredmény szövege szerint „{word}”, de a számai nőnek (Kiinduló érték {start} → Célérték {target}), ezért nem pontozható. Írja be a valódi kiinduló értéket; ha növekedés a cél, vegyen fel egy Típus oszlopot, rendelje hozzá a Munkalap átvétele nézetben, és írja bele: növelés.',
  CONFIDENCE_SCALE_AMBIGUOUS:
    'A(z) „{text}” magabiztosság jelenthet 10-ből 1-et vagy 10-ből 10-et: ezen a munkalapon 0–1 és 0–10 közötti értékek is vannak. Minden magabiztosságot egyformán adjon meg (0–10 vagy százalék).',
  COMMITMENT_UNKNOWN: 'A Vállalás oszlop értéke („{text}”) ismeretlen, ezért a célkitűzés ambiciózusnak számít. Írja be: vállalt vagy ambiciózus.',
  CONFIDENCE_OUT_OF_RANGE: 'A(z) „{text}” magabiztosság 0 és 10 között legyen, vagy százalékban adja meg.',
  PERIOD_UNKNOWN: 'Nem derül ki, melyik negyedévről van szó. A fejléc fölött töltse ki a Negyedév (például 2026-Q4) vagy a Kezdés és a Vége mezőt.',
  OBJ_TOO_FEW_KRS: 'Ennek a célkitűzésnek csak {count} kulcseredménye van. Legyen legalább {min}, hogy ne egyetlen szám döntsön.',
  OBJ_TOO_MANY_KRS: 'Ennek a célkitűzésnek {count} kulcseredménye van. Legfeljebb {max} legyen, hogy a csapat fókuszálni tudjon.',
  TEAM_TOO_MANY_OBJECTIVES:
    'A(z) {team} csapatnak {count} célkitűzése van ebben a negyedévben. Legfeljebb {max} maradjon, a többit tegye át egy későbbi negyedévre.',
  OBJ_HAS_NUMBER:
    'Ebben a célkitűzésben szám szerepel, így inkább kulcseredménynek tűnik. A célkitűzés legyen minőségi, a számot vigye át egy kulcseredménybe.',
  KR_NO_NUMBER: 'Ebben a kulcseredményben nincs szám, így inkább feladatnak tűnik. Írja le, mit mérnek, és mekkora változást akarnak elérni.',
  KR_PERCENT_NO_BASELINE: 'A százalékos növekedést mérő kulcseredményhez kiinduló érték kell. Írja be a mai értéket a Kiinduló érték oszlopba.',
  KR_NO_OWNER: 'Nincs felelős. Adja meg, ki felel ezért a kulcseredményért.',
  KR_TYPE_CONTRADICTS: 'A típus „{type}”, de a kiinduló érték és a célérték az ellenkező irányba mutat. Javítsa a típust, vagy cserélje fel a két értéket.',
  KR_ALREADY_MET: 'A célérték már induláskor teljesült. Olyan célértéket tűzzön ki, amelyhez valódi előrelépés kell.',
  KR_NO_CHECKIN: 'Még nem rögzítettek előrehaladást, pedig a negyedévből már {elapsed} eltelt. Írja be az aktuális értéket.',
  QUARTER_TOO_EASY:
    'A negyedév átlagos pontszáma {score}. A 0,9 feletti eredmény általában túl óvatos célokat jelez: a következő negyedévben célozzon magasabbra.',
  OBJ_COMMITTED_MISSED: 'Ez a vállalt célkitűzés {score} pontszámmal zárult, 1,0 alatt. Nézze át, mi akadályozta, és hogyan lehet behozni a lemaradást.',
  OBJ_NO_SCORE: 'A célkitűzés minden kulcseredményének 0 a súlya, így nincs pontszáma. Legalább egy kulcseredménynek adjon 0-nál nagyobb súlyt.',
};

export const MESSAGES: Record<Language, Record<string, string>> = { en, fa, ar, hu };

function has(o: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}

function paramText(lang: Language, name: string, value: string | number): string {
  const text = String(value);
  // Column names and key-result types are codes in the Issue; the message shows them localized.
  if (name === 'field' || name === 'column') return fieldLabel(lang, text);
  if (name === 'type' && (KR_TYPES as readonly string[]).includes(text)) return typeLabel(lang, text as KrType);
  // A count or a day number is written as the language writes numbers (format numberText: Persian
  // digits in Persian text, as its dates are); text a user typed keeps its own digits (found by an
  // attack as a new user: "در 72 روزی … 14 روز" next to "۲ خطا").
  if (typeof value === 'number') return numberText(lang, value);
  // The add-on's own percentages (validate.ts writes `54%`, audit.ts `75.5%`) in the language's
  // digits, decimal separator and sign.
  const percent = OWN_PERCENTS.has(name) ? /^-?\d+(?:\.(\d+))?%$/.exec(text) : null;
  if (percent) return percentText(lang, Number(text.slice(0, -1)) / 100, percent[1]?.length ?? 0);
  return text;
}

/**
 * Params that hold a percentage the add-on wrote, never user text: a score, the share of the quarter
 * gone, the score audit's sheet score and add-on score, and a percentage key result's value
 * (KR_START_EQUALS_TARGET, the only issue message with {value}).
 */
const OWN_PERCENTS: ReadonlySet<string> = new Set(['score', 'elapsed', 'theirs', 'ours', 'value']);

/**
 * The message `key` in `lang` with `{name}` placeholders filled from `params`. Never throws: an
 * unknown key comes back as the key and its params, so a missing message is visible, not fatal.
 */
export function formatMessage(lang: Language, key: string, params: Record<string, string | number> = {}): string {
  try {
    return fillMessage(lang, key, params);
  } catch {
    return String(key);
  }
}

function fillMessage(lang: Language, key: string, params: Record<string, string | number>): string {
  const language: Language = has(MESSAGES, lang) ? lang : 'en';
  const safeParams = params ?? {};
  const template = has(MESSAGES[language], key) ? MESSAGES[language][key] : has(MESSAGES.en, key) ? MESSAGES.en[key] : undefined;
  if (template === undefined) {
    const list = Object.keys(safeParams).map((k) => `${k}: ${String(safeParams[k])}`);
    return list.length ? `${key} (${list.join(', ')})` : String(key);
  }
  return formatText(language, template, safeParams, (name, value) => paramText(language, name, value));
}
