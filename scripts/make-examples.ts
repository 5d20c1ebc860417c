// `npx tsx scripts/make-examples.ts` writes the example workbooks in examples/:
//   marketing-okrs.xlsx  four marketing teams, quarter 2026-Q4 in progress as of 2026-11-20, with a
//                        handful of deliberate mistakes for Validate to find (see examples/README.md)
//   persian-okrs.xlsx    a right-to-left Persian sheet for Solar Hijri quarter 1405-Q3, with values
//                        typed in Persian digits
// The output depends on nothing but this file: no clock, no randomness. The tests rebuild the
// workbooks with the functions exported here and compare them with the committed files.
import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

type Cell = string | number | boolean | Date | null;

/** One key-result row. Blank cells are left out. */
interface KeyResultRow {
  text: string;
  owner?: string;
  type?: string;
  start?: Cell;
  target?: Cell;
  current?: Cell;
  unit?: string;
  weight?: number;
  confidence?: number | string;
  due?: Date;
  notes?: string;
  /** Number format of Start, Target and Current; by default one that suits the unit. */
  format?: string;
}

/** An objective and its key results; Team, ID, Parent and Commitment go on its first row only. */
interface ObjectiveRows {
  team: string;
  id: string;
  text: string;
  parent?: string;
  commitment?: string;
  keyResults: KeyResultRow[];
}

interface SheetText {
  name: string;
  labels: [string, string, string, string];
  quarter: string;
  start: Date;
  end: Date;
  asOf: Date;
  headers: string[];
  rightToLeft: boolean;
}

export const HEADERS = [
  'Team',
  'Objective ID',
  'Objective',
  'Parent',
  'Commitment',
  'Key result',
  'Owner',
  'Type',
  'Start',
  'Target',
  'Current',
  'Unit',
  'Weight',
  'Confidence',
  'Due',
  'Score',
  'Notes',
] as const;

/** The Persian header of each column of HEADERS, in the same order (listed in examples/README.md). */
export const PERSIAN_HEADERS = [
  'تیم',
  'شناسه هدف',
  'هدف',
  'هدف والد',
  'نوع تعهد',
  'نتیجه کلیدی',
  'مسئول',
  'نوع',
  'شروع',
  'مقدار هدف',
  'مقدار فعلی',
  'واحد',
  'وزن',
  'اطمینان',
  'موعد',
  'امتیاز',
  'یادداشت',
] as const;

export const HEADER_ROW = 6;
export const FIRST_DATA_ROW = 7;

const WIDTHS = [13, 12, 46, 10, 13, 62, 17, 10, 11, 11, 11, 8, 8, 11, 12, 8, 44];
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } };
// Fixed document dates keep the files free of the time they were generated.
const CREATED = utc('2026-11-20');

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function defaultFormat(unit: string | undefined): string | undefined {
  if (unit === '%' || unit === '٪') return '0%';
  if (unit === '$') return '$#,##0';
  if (unit === 'count') return '#,##0';
  return undefined;
}

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'OKR Sheets examples';
  wb.lastModifiedBy = 'OKR Sheets examples';
  wb.created = CREATED;
  wb.modified = CREATED;
  return wb;
}

function addPlanSheet(wb: ExcelJS.Workbook, text: SheetText, objectives: ObjectiveRows[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(text.name, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, rightToLeft: text.rightToLeft }],
  });
  const labels: [string, Cell][] = [
    [text.labels[0], text.quarter],
    [text.labels[1], text.start],
    [text.labels[2], text.end],
    [text.labels[3], text.asOf],
  ];
  labels.forEach(([label, value], i) => {
    ws.getCell(i + 1, 1).value = label;
    ws.getCell(i + 1, 1).font = { bold: true };
    const cell = ws.getCell(i + 1, 2);
    cell.value = value;
    if (value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
  });

  text.headers.forEach((header, i) => {
    const cell = ws.getCell(HEADER_ROW, i + 1);
    cell.value = header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle' };
  });
  WIDTHS.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });

  let row = FIRST_DATA_ROW;
  for (const objective of objectives) {
    objective.keyResults.forEach((kr, i) => {
      const first = i === 0;
      const values: Cell[] = [
        first ? objective.team : null,
        first ? objective.id : null,
        first ? objective.text : null,
        first ? (objective.parent ?? null) : null,
        first ? (objective.commitment ?? null) : null,
        kr.text,
        kr.owner ?? null,
        kr.type ?? null,
        kr.start ?? null,
        kr.target ?? null,
        kr.current ?? null,
        kr.unit ?? null,
        kr.weight ?? null,
        kr.confidence ?? null,
        kr.due ?? null,
        null, // Score: the add-on writes it.
        kr.notes ?? null,
      ];
      values.forEach((value, c) => {
        if (value === null) return;
        ws.getCell(row, c + 1).value = value;
      });
      const format = kr.format ?? defaultFormat(kr.unit);
      for (const c of [9, 10, 11]) {
        const cell = ws.getCell(row, c);
        if (format && typeof cell.value === 'number') cell.numFmt = format;
      }
      if (kr.due) ws.getCell(row, 15).numFmt = 'yyyy-mm-dd';
      if (first) ws.getCell(row, 3).font = { bold: true };
      row++;
    });
  }
  return ws;
}

// --- marketing-okrs.xlsx ------------------------------------------------------------------------

const MARKETING_OBJECTIVES: ObjectiveRows[] = [
  {
    team: 'Growth',
    id: 'GRO-O1',
    text: 'Turn the website into our best salesperson',
    commitment: 'committed',
    keyResults: [
      {
        text: 'Raise the website conversion rate from 1.9% to 2.6%',
        owner: 'Dana Whitfield',
        start: 0.019,
        target: 0.026,
        current: 0.023,
        unit: '%',
        format: '0.0%',
        confidence: 6,
      },
      {
        text: 'Cut the bounce rate on paid landing pages from 62% to 45%',
        owner: 'Ravi Menon',
        start: 0.62,
        target: 0.45,
        current: 0.51,
        unit: '%',
        confidence: 7,
      },
      {
        text: 'Cut the mobile page load time from 3.2 s to 1.8 s',
        owner: 'Ravi Menon',
        type: 'decrease',
        start: 3.2,
        target: 1.8,
        current: 2.4,
        unit: 's',
        format: '0.0',
        confidence: 7,
        notes: 'Image CDN live since 3 Nov',
      },
      {
        text: 'Grow demo requests from the website from 180 to 260 a month',
        owner: 'Dana Whitfield',
        start: 180,
        target: 260,
        current: 251,
        unit: 'count',
        confidence: 9,
      },
    ],
  },
  {
    team: 'Growth',
    id: 'GRO-O2',
    text: 'Grow revenue by 20%',
    keyResults: [
      { text: 'Grow self-serve upgrades from 140 to 210 a month', owner: 'Lucía Ortega', start: 140, target: 210, current: 176, unit: 'count', confidence: 6 },
      {
        text: 'Raise trial-to-paid conversion from 14% to 18%',
        owner: 'Lucía Ortega',
        start: 0.14,
        target: 0.18,
        current: 0.155,
        unit: '%',
        format: '0.0%',
        confidence: 4,
      },
      { text: 'Launch the new pricing page', owner: 'Dana Whitfield', current: false, confidence: 8, notes: 'Design approved; build starts next sprint' },
    ],
  },
  {
    team: 'Growth',
    id: 'GRO-O3',
    text: 'Buy growth at a price we are proud of',
    keyResults: [
      {
        text: 'Cut the cost per lead from $48 to $35',
        owner: 'Ravi Menon',
        start: 48,
        target: 35,
        current: 41,
        unit: '$',
        confidence: 6,
        notes: 'Paused the broad-match campaigns',
      },
      {
        text: 'Raise the return on ad spend (ROAS) from 2.4 to 3.2',
        owner: 'Ravi Menon',
        start: 2.4,
        target: 3.2,
        current: 2.9,
        unit: 'x',
        format: '0.0',
        confidence: 7,
      },
      {
        text: 'Bring the cost per acquisition to $150 or less, from $172',
        owner: 'Lucía Ortega',
        type: 'at most',
        start: 172,
        target: 150,
        current: 146,
        unit: '$',
        confidence: 8,
      },
      {
        text: 'Win 900 new customers from paid channels this quarter, up from 600 last quarter',
        owner: 'Lucía Ortega',
        start: 0,
        target: 900,
        current: 735,
        unit: 'count',
        weight: 2,
        confidence: 5,
      },
    ],
  },
  {
    team: 'Growth',
    id: 'GRO-O4',
    text: 'Open the German-speaking market',
    keyResults: [
      {
        text: 'Sign 8 reseller partners in Germany, Austria and Switzerland',
        owner: 'Tom Becker',
        start: 0,
        target: 8,
        current: 3,
        unit: 'count',
        confidence: 5,
      },
      { text: 'Grow qualified leads from the region from 20 to 150', owner: 'Tom Becker', start: 20, target: 150, current: 64, unit: 'count', confidence: 4 },
      {
        text: 'Localise the 12 most visited product pages into German',
        owner: 'Julia Kovács',
        start: 0,
        target: 12,
        current: 9,
        unit: 'count',
        weight: 0,
        confidence: 9,
        notes: 'Initiative: tracked, not scored',
      },
    ],
  },
  {
    team: 'Content',
    id: 'CON-O1',
    text: 'Become the voice marketers trust most',
    commitment: 'aspirational',
    keyResults: [
      {
        text: 'Grow monthly organic sessions from 42,000 to 60,000',
        owner: 'Aisha Karimi',
        start: 42000,
        target: 60000,
        current: 51800,
        unit: 'count',
        confidence: 7,
      },
      {
        text: 'Rank on the first page of Google for 15 priority keywords, up from 6',
        owner: 'Aisha Karimi',
        start: 6,
        target: 15,
        current: 11,
        unit: 'count',
        confidence: 6,
      },
      {
        text: 'Grow the number of domains linking to us from 310 to 400',
        owner: 'Ben Carter',
        start: 310,
        target: 400,
        current: 352,
        unit: 'count',
        confidence: 6,
      },
      {
        text: 'Publish the State of B2B Marketing 2026 report',
        owner: 'Mei Lin',
        type: 'milestone',
        current: true,
        due: utc('2026-11-15'),
        confidence: 10,
        notes: 'Published 12 Nov; 1,900 downloads in the first week',
      },
    ],
  },
  {
    team: 'Content',
    id: 'CON-O2',
    text: 'Make our content the path that leads readers to a demo',
    parent: 'GRO-O1',
    keyResults: [
      {
        text: 'Raise the share of demo requests that start on a blog post from 12% to 20%',
        owner: 'Ben Carter',
        start: 0.12,
        target: 0.2,
        current: 0.17,
        unit: '%',
        confidence: 7,
      },
      {
        text: 'Raise the average time on page from 1.8 min to 3 min',
        owner: 'Mei Lin',
        start: 1.8,
        target: 3,
        current: 2,
        unit: 'min',
        format: '0.0',
        confidence: 3,
      },
      { text: 'Grow e-book downloads from 900 to 1,500', owner: 'Mei Lin', start: 900, target: 1500, current: 1640, unit: 'count', confidence: 10 },
    ],
  },
  {
    team: 'Content',
    id: 'CON-O3',
    text: 'Build a newsletter people forward to their colleagues',
    keyResults: [
      {
        text: 'Grow newsletter subscribers from 8,200 to 10,500',
        owner: 'Aisha Karimi',
        start: 8200,
        target: 10500,
        current: 9400,
        unit: 'count',
        confidence: 6,
      },
      {
        text: 'Raise the newsletter open rate from 38% to 45%',
        owner: 'Aisha Karimi',
        start: 0.38,
        target: 0.45,
        current: 0.36,
        unit: '%',
        confidence: 3,
        notes: '-5% vs last quarter',
      },
      { text: 'Grow replies and forwards per issue from 120 to 300', owner: 'Ben Carter', start: 120, target: 300, unit: 'count' },
    ],
  },
  {
    team: 'Brand & PR',
    id: 'BRD-O1',
    text: 'Become the name journalists call when our industry makes news',
    keyResults: [
      {
        text: 'Earn 30 media articles this quarter, up from 15 last quarter',
        owner: 'Sofia Rossi',
        start: 0,
        target: 30,
        current: 24,
        unit: 'count',
        confidence: 7,
      },
      {
        text: 'Grow interviews in top-tier business publications from 1 to 5',
        owner: 'Sofia Rossi',
        start: 1,
        target: 5,
        current: 3,
        unit: 'count',
        confidence: 6,
      },
      {
        text: 'Grow our share of voice against the main competitors from 12% to 20%',
        owner: 'Kwame Mensah',
        start: 0.12,
        target: 0.2,
        current: 0.15,
        unit: '%',
        confidence: 5,
      },
    ],
  },
  {
    team: 'Brand & PR',
    id: 'BRD-O2',
    text: 'Earn a reputation our customers defend for us',
    keyResults: [
      {
        text: 'Raise the average G2 rating from 4.3 to 4.6',
        owner: 'Kwame Mensah',
        start: 4.3,
        target: 4.6,
        current: 4.5,
        unit: 'score',
        format: '0.0',
        confidence: 7,
      },
      {
        text: 'Keep net brand sentiment at 72',
        owner: 'Kwame Mensah',
        start: 72,
        target: 72,
        current: 74,
        unit: 'score',
        confidence: 8,
        notes: 'From the social listening tool',
      },
      { text: 'Cut negative media mentions from 40 to 25 a month', owner: 'Sofia Rossi', start: 40, target: 25, current: 31, unit: 'count', confidence: 6 },
    ],
  },
  {
    team: 'Brand & PR',
    id: 'BRD-O3',
    text: 'Turn our events into the place the community gathers',
    keyResults: [
      {
        text: 'Grow webinar attendance from 400 to 650 per session',
        start: 400,
        target: 650,
        current: 515,
        unit: 'count',
        confidence: 5,
        notes: 'Owner left in October: needs a new owner',
      },
      {
        text: 'Host 4 customer meetups this quarter, up from 1 last quarter',
        owner: 'Omar Haddad',
        start: 0,
        target: 4,
        current: 2,
        unit: 'count',
        confidence: 4,
      },
      {
        text: 'Raise the event satisfaction score from 8.1 to 9',
        owner: 'Omar Haddad',
        start: 8.1,
        target: 9,
        current: 8.8,
        unit: 'score',
        format: '0.0',
        confidence: 8,
      },
    ],
  },
  {
    team: 'Brand & PR',
    id: 'BRD-O4',
    text: 'Make the brand instantly recognisable',
    keyResults: [
      {
        text: 'Raise aided brand awareness in the target segment from 18% to 26%',
        owner: 'Kwame Mensah',
        start: 0.18,
        target: 0.26,
        current: 0.21,
        unit: '%',
        confidence: 5,
      },
    ],
  },
  {
    team: 'Lifecycle',
    id: 'LIF-O1',
    text: 'Keep every customer we worked so hard to win',
    commitment: 'committed',
    keyResults: [
      {
        text: 'Cut monthly customer churn from 3.8% to 2.5%',
        owner: 'Hannah Novak',
        start: 0.038,
        target: 0.025,
        current: 0.031,
        unit: '%',
        format: '0.0%',
        confidence: 6,
      },
      { text: 'Raise net revenue retention from 98% to 106%', owner: 'Hannah Novak', start: 0.98, target: 1.06, current: 1.01, unit: '%', confidence: 5 },
      { text: 'Raise the net promoter score (NPS) from 32 to 45', owner: 'Omar Haddad', start: 32, target: 45, current: 41, unit: 'score', confidence: 7 },
    ],
  },
  {
    team: 'Lifecycle',
    id: 'LIF-O2',
    text: 'Send emails people are glad to open',
    keyResults: [
      { text: 'Raise the average open rate from 24% to 30%', owner: 'Julia Kovács', start: 0.24, target: 0.3, current: 0.31, unit: '%', confidence: 9 },
      {
        text: 'Raise the click-through rate from 3% to 5%',
        owner: 'Julia Kovács',
        start: 0.03,
        target: 0.05,
        current: 0.038,
        unit: '%',
        format: '0.0%',
        confidence: 5,
      },
      {
        text: 'Cut the unsubscribe rate per campaign from 0.6% to 0.3%',
        owner: 'Julia Kovács',
        start: 0.006,
        target: 0.003,
        current: 0.004,
        unit: '%',
        format: '0.0%',
        confidence: 6,
      },
      {
        text: 'Grow monthly revenue from email from $42,000 to $60,000',
        owner: 'Hannah Novak',
        start: 42000,
        target: 60000,
        current: 51000,
        unit: '$',
        confidence: 6,
      },
    ],
  },
  {
    team: 'Lifecycle',
    id: 'LIF-O3',
    text: 'Give every new customer a first month they rave about',
    keyResults: [
      {
        text: 'Raise the share of new customers who finish onboarding within 30 days from 55% to 75%',
        owner: 'Hannah Novak',
        start: 0.55,
        target: 0.75,
        current: 0.66,
        unit: '%',
        confidence: 6,
      },
      {
        text: 'Reach a customer satisfaction (CSAT) of at least 4.6, from 4.2',
        owner: 'Omar Haddad',
        type: 'at least',
        start: 4.2,
        target: 4.6,
        current: 4.6,
        unit: 'score',
        format: '0.0',
        confidence: 8,
      },
      {
        text: 'Grow the expansion pipeline from existing customers from $320K to $500K',
        owner: 'Hannah Novak',
        start: 320000,
        target: '$500K',
        current: 410000,
        unit: '$',
        confidence: 6,
        notes: 'Target agreed with Sales',
      },
      { text: 'Cut the time to first value from 14 days to 7 days', owner: 'Julia Kovács', start: 14, target: 7, current: 10, unit: 'days', confidence: 6 },
    ],
  },
];

const NOTES_LINES = [
  'How the marketing team runs OKRs',
  '',
  'Check-ins every Monday before 11:00: update Current and Confidence on your own key results.',
  'Monthly review on the first Thursday: each team lead walks through the objectives in yellow or red.',
  'Aspirational objectives are stretch goals: a score of 0.6 to 0.7 at the end of the quarter is a good result.',
  'Committed objectives are promises: we expect 1.0, and we say early when one is at risk.',
  'Leave the Score column alone: OKR Sheets fills it in (Refresh progress).',
];

/** examples/marketing-okrs.xlsx: four marketing teams in quarter 2026-Q4, as of 2026-11-20. */
export function buildMarketingWorkbook(): ExcelJS.Workbook {
  const wb = newWorkbook();
  addPlanSheet(
    wb,
    {
      name: 'OKRs 2026-Q4',
      labels: ['Quarter', 'Start', 'End', 'As of'],
      quarter: '2026-Q4',
      start: utc('2026-10-01'),
      end: utc('2026-12-31'),
      asOf: utc('2026-11-20'),
      headers: [...HEADERS],
      rightToLeft: false,
    },
    MARKETING_OBJECTIVES,
  );
  const notes = wb.addWorksheet('Notes');
  NOTES_LINES.forEach((line, i) => {
    if (line) notes.getCell(i + 1, 1).value = line;
  });
  notes.getCell(1, 1).font = { bold: true, size: 13 };
  notes.getColumn(1).width = 100;
  return wb;
}

// --- persian-okrs.xlsx --------------------------------------------------------------------------

// Some values are typed as Persian-digit text ('۶۲٪', '۱٬۵۰۰'), as people type them; the others are
// numbers. Type and Weight are left blank: the add-on infers the type from Start and Target.
const PERSIAN_OBJECTIVES: ObjectiveRows[] = [
  {
    team: 'رشد',
    id: 'GRO-O1',
    text: 'به انتخاب اول خریداران آنلاین در بازار خودمان تبدیل شویم',
    commitment: 'committed',
    keyResults: [
      {
        text: 'افزایش بازدید ارگانیک ماهانه از ۱۸٬۰۰۰ به ۲۶٬۰۰۰',
        owner: 'سارا محمدی',
        start: '۱۸٬۰۰۰',
        target: 26000,
        current: '۲۳٬۴۰۰',
        unit: 'بازدید',
        format: '#,##0',
        confidence: 7,
      },
      { text: 'کاهش نرخ پرش صفحه‌های فرود از ۶۲٪ به ۴۵٪', owner: 'علی رضایی', start: '۶۲٪', target: '۴۵٪', current: '۵۲٪', unit: '٪', confidence: 6 },
      {
        text: 'افزایش نرخ تبدیل فروشگاه آنلاین از ۱٫۴٪ به ۲٫۲٪',
        owner: 'سارا محمدی',
        start: 0.014,
        target: 0.022,
        current: 0.018,
        unit: '٪',
        format: '0.0%',
        confidence: 5,
      },
    ],
  },
  {
    team: 'رشد',
    id: 'GRO-O2',
    text: 'از هر ریال بودجه تبلیغات بیشترین بازده را بگیریم',
    keyResults: [
      {
        text: 'کاهش هزینه جذب هر مشتری از ۴۸۰ به ۳۵۰ هزار تومان',
        owner: 'مهدی کریمی',
        start: 480,
        target: 350,
        current: '۴۱۰',
        unit: 'هزار تومان',
        format: '#,##0',
        confidence: 6,
      },
      {
        text: 'افزایش فروش ماهانه از کانال‌های تبلیغاتی از ۸۵۰ به ۱٬۲۰۰ میلیون تومان',
        owner: 'مهدی کریمی',
        start: 850,
        target: '۱٬۲۰۰',
        current: 1010,
        unit: 'میلیون تومان',
        format: '#,##0',
        confidence: 7,
        notes: 'کمپین پاییزی از ۱۰ آبان شروع شد',
      },
      { text: 'افزایش نرخ کلیک تبلیغات جستجو از ۳٪ به ۵٪', owner: 'نگار احمدی', start: '۳٪', target: '۵٪', current: '۴٫۱٪', unit: '٪', confidence: 8 },
    ],
  },
  {
    team: 'محتوا',
    id: 'CNT-O1',
    text: 'به معتبرترین منبع آموزش بازاریابی برای مخاطبان فارسی‌زبان تبدیل شویم',
    keyResults: [
      {
        text: 'افزایش دانلود کتاب الکترونیکی از ۶۰۰ به ۱٬۵۰۰',
        owner: 'مریم حسینی',
        start: 600,
        target: '۱٬۵۰۰',
        current: '۱٬۱۲۰',
        unit: 'دانلود',
        format: '#,##0',
        confidence: 7,
      },
      {
        text: 'افزایش مشترکان خبرنامه از ۴٬۲۰۰ به ۶٬۰۰۰',
        owner: 'رضا نوری',
        start: 4200,
        target: 6000,
        current: 5300,
        unit: 'نفر',
        format: '#,##0',
        confidence: 6,
      },
      {
        text: 'افزایش نرخ تعامل پست‌های اینستاگرام از ۲٫۱٪ به ۳٫۵٪',
        owner: 'نگار احمدی',
        start: 0.021,
        target: 0.035,
        current: 0.029,
        unit: '٪',
        format: '0.0%',
        confidence: '۸',
      },
    ],
  },
  {
    team: 'محتوا',
    id: 'CNT-O2',
    text: 'محتوایی بسازیم که خواننده را تا خرید همراهی کند',
    parent: 'GRO-O1',
    keyResults: [
      { text: 'افزایش سهم سرنخ‌هایی که از محتوا می‌آیند از ۱۸٪ به ۳۰٪', owner: 'مریم حسینی', start: 0.18, target: 0.3, current: 0.24, unit: '٪', confidence: 6 },
      {
        text: 'افزایش میانگین زمان ماندن در صفحه از ۱٫۸ به ۳ دقیقه',
        owner: 'رضا نوری',
        start: '۱٫۸',
        target: 3,
        current: 2.3,
        unit: 'دقیقه',
        format: '0.0',
        confidence: 5,
        notes: 'ویدیوهای کوتاه به مقاله‌ها اضافه شد',
      },
      {
        text: 'کاهش زمان بارگذاری صفحه‌های وبلاگ از ۳٫۲ به ۱٫۸ ثانیه',
        owner: 'علی رضایی',
        start: 3.2,
        target: 1.8,
        current: '۲٫۵',
        unit: 'ثانیه',
        format: '0.0',
        confidence: 7,
      },
    ],
  },
];

/** examples/persian-okrs.xlsx: a right-to-left Persian sheet for Solar Hijri quarter 1405-Q3. */
export function buildPersianWorkbook(): ExcelJS.Workbook {
  const wb = newWorkbook();
  addPlanSheet(
    wb,
    {
      name: 'OKRs 1405-Q3',
      labels: ['فصل', 'شروع', 'پایان', 'تاریخ گزارش'],
      quarter: '1405-Q3',
      start: utc('2026-09-23'),
      end: utc('2026-12-21'),
      asOf: utc('2026-11-20'),
      headers: [...PERSIAN_HEADERS],
      rightToLeft: true,
    },
    PERSIAN_OBJECTIVES,
  );
  return wb;
}

export const EXAMPLES: readonly { file: string; build: () => ExcelJS.Workbook }[] = [
  { file: 'marketing-okrs.xlsx', build: buildMarketingWorkbook },
  { file: 'persian-okrs.xlsx', build: buildPersianWorkbook },
];

export const EXAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples');

/** Writes every example workbook into `dir`; returns the paths written. */
export async function writeExamples(dir: string = EXAMPLES_DIR): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const { file, build } of EXAMPLES) {
    const path = join(dir, file);
    await build().xlsx.writeFile(path);
    written.push(path);
  }
  return written;
}

const runAsMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (runAsMain) {
  writeExamples().then(
    (paths) => paths.forEach((p) => console.log(`wrote ${p}`)),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
