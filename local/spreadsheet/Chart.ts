// Embedded charts: the part of the chart API the add-on uses.
// - Sheet.newChart() → EmbeddedChartBuilder (developers.google.com/apps-script/reference/spreadsheet/
//   embedded-chart-builder): addRange, setChartType, setOption, setPosition, setNumHeaders, build,
//   getRanges, getChartType; the typed builders (asColumnChart…) and strategies are not implemented.
// - Sheet.insertChart / getCharts / removeChart (…/spreadsheet/sheet#insertChart(EmbeddedChart)).
// - EmbeddedChart (…/spreadsheet/embedded-chart): getChartId, getRanges, getOptions,
//   getContainerInfo, getNumHeaders; "getChartId() … null if the chart is not inserted yet".
// - ChartOptions.get (…/charts/chart-options): "Returns the configured value for the specified
//   option. Returns null if the specified option is not set."
// - Charts.ChartType (…/charts/chart-type), the enum setChartType takes.
// Sheets keeps a chart with the spreadsheet; an .xlsx written by exceljs cannot hold charts, so the
// runtime keeps each chart's spec (type, ranges, options, position) in its state sheet
// (../workbook/state.ts) and reads it back on load.
import { ScriptException } from '../errors';
import { EnumValue, ServiceObject } from '../membrane';
import type { LocalRange } from './Range';
import type { LocalSheet } from './Sheet';

const CHART_TYPES = [
  'TIMELINE',
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TREEMAP',
  'WATERFALL',
] as const;
export type ChartTypeName = (typeof CHART_TYPES)[number];

export const ChartType: Readonly<Record<ChartTypeName, EnumValue>> = Object.freeze(
  Object.fromEntries(CHART_TYPES.map((name, i) => [name, new EnumValue('ChartType', name, i)])) as Record<ChartTypeName, EnumValue>,
);

/** What a chart is made of, as kept in the saved workbook. Ranges in A1 notation on their sheet. */
export interface ChartSpecState {
  id: number;
  type: ChartTypeName | null;
  ranges: string[];
  options: Record<string, unknown>;
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  numHeaders: number;
}

/** The Charts service global: only its ChartType enum (the builders of standalone charts are not implemented). */
export class LocalCharts extends ServiceObject {
  readonly apiClass = 'Charts' as const;
  readonly ChartType = ChartType;
}

export class LocalChartOptions extends ServiceObject {
  readonly apiClass = 'ChartOptions' as const;
  constructor(private readonly options: Readonly<Record<string, unknown>>) {
    super();
  }
  /** The value set with setOption for this option name (dotted names as given), else null. */
  get(option: string): unknown {
    return option in this.options ? structuredClone(this.options[option]) : null;
  }
}

export class LocalContainerInfo extends ServiceObject {
  readonly apiClass = 'ContainerInfo' as const;
  constructor(private readonly spec: Pick<ChartSpecState, 'anchorRow' | 'anchorColumn' | 'offsetX' | 'offsetY'>) {
    super();
  }
  getAnchorRow(): number {
    return this.spec.anchorRow;
  }
  getAnchorColumn(): number {
    return this.spec.anchorColumn;
  }
  getOffsetX(): number {
    return this.spec.offsetX;
  }
  getOffsetY(): number {
    return this.spec.offsetY;
  }
}

export class LocalEmbeddedChart extends ServiceObject {
  readonly apiClass = 'EmbeddedChart' as const;
  /** Null until Sheet.insertChart gives it an id. */
  id: number | null = null;
  constructor(
    readonly sheet: LocalSheet,
    readonly type: ChartTypeName | null,
    readonly ranges: readonly LocalRange[],
    readonly options: Readonly<Record<string, unknown>>,
    readonly position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number },
    readonly numHeaders: number,
  ) {
    super();
  }
  getChartId(): number | null {
    return this.id;
  }
  getRanges(): LocalRange[] {
    return [...this.ranges];
  }
  getOptions(): LocalChartOptions {
    return new LocalChartOptions(this.options);
  }
  getContainerInfo(): LocalContainerInfo {
    return new LocalContainerInfo(this.position);
  }
  getNumHeaders(): number {
    return this.numHeaders;
  }
  /** The spec kept in the saved workbook. */
  toState(): ChartSpecState {
    return {
      id: this.id ?? 0,
      type: this.type,
      ranges: this.ranges.map((r) => r.getA1Notation()),
      options: structuredClone(this.options) as Record<string, unknown>,
      ...this.position,
      numHeaders: this.numHeaders,
    };
  }
}

export class LocalEmbeddedChartBuilder extends ServiceObject {
  readonly apiClass = 'EmbeddedChartBuilder' as const;
  private type: ChartTypeName | null = null;
  private readonly ranges: LocalRange[] = [];
  private readonly options: Record<string, unknown> = {};
  private position = { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 };
  private numHeaders = -1;

  constructor(private readonly sheet: LocalSheet) {
    super();
  }

  addRange(range: LocalRange): this {
    this.ranges.push(range);
    return this;
  }
  getRanges(): LocalRange[] {
    return [...this.ranges];
  }
  setChartType(type: unknown): this {
    if (!(type instanceof EnumValue) || type.enumName !== 'ChartType' || ChartType[type.name as ChartTypeName] !== type) {
      throw new ScriptException('Invalid argument: type');
    }
    this.type = type.name as ChartTypeName;
    return this;
  }
  getChartType(): EnumValue | null {
    return this.type === null ? null : ChartType[this.type];
  }
  /** "Sets advanced options for this chart" (Google Charts configuration options), kept as given. */
  setOption(option: string, value: unknown): this {
    if (typeof option !== 'string' || option === '') throw new ScriptException('Invalid argument: option');
    this.options[option] = structuredClone(value);
    return this;
  }
  /** "Sets the position, changing where the chart appears on the sheet": 1-based anchor, offsets in pixels. */
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    for (const [v, what] of [
      [anchorRowPos, 'anchorRowPos'],
      [anchorColPos, 'anchorColPos'],
    ] as const) {
      if (!Number.isInteger(v) || v < 1) throw new ScriptException(`Invalid argument: ${what}`);
    }
    this.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this;
  }
  setNumHeaders(headers: number): this {
    this.numHeaders = headers;
    return this;
  }
  build(): LocalEmbeddedChart {
    return new LocalEmbeddedChart(this.sheet, this.type, [...this.ranges], { ...this.options }, { ...this.position }, this.numHeaders);
  }
}
