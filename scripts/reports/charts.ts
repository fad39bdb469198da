/**
 * Charts for reports, as SVG strings: a vega-lite spec compiled to vega and
 * rendered headless with `View.toSVG()` (no browser, no canvas). Bar, line
 * and heatmap cover the KB reports, the support report and the staffing
 * heatmap. Output is deterministic for the same data.
 */
import { parse as parseVega, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/** One bar. */
export interface BarDatum {
  label: string;
  value: number;
  /** Optional colour group (shown in a legend). */
  group?: string;
}

/** Options shared by every chart. */
export interface ChartOptions {
  title?: string;
  width?: number;
  height?: number;
  /** Axis titles. */
  xTitle?: string;
  yTitle?: string;
  /** Colours for a light page (the default, as in the reports) or a dark one (the dashboard in dark mode). */
  theme?: 'light' | 'dark';
}

const font = 'system-ui, -apple-system, Segoe UI, sans-serif';
const baseConfig = {
  font,
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 12, labelLimit: 260 },
  legend: { labelFontSize: 11, titleFontSize: 12 },
  title: { fontSize: 14, anchor: 'start' as const },
};

/** The dark palette: light text and lines on the dashboard's dark page, each at 4.5:1 or more. */
const darkConfig = {
  background: '#121317',
  axis: { labelColor: '#eceef2', titleColor: '#eceef2', domainColor: '#8b90a0', tickColor: '#8b90a0', gridColor: '#3a3e48' },
  legend: { labelColor: '#eceef2', titleColor: '#eceef2' },
  title: { color: '#eceef2' },
  range: { category: ['#8fb8ff', '#ffb38a', '#9ee6a7', '#f2a2e0', '#ffd28a', '#c4b5fd'] },
};

/** Bar and line colour of one series. */
const mainColor = (theme: ChartOptions['theme']) => (theme === 'dark' ? '#8fb8ff' : '#0969da');

/** The chart config for `theme`. */
function configFor(theme: ChartOptions['theme']) {
  if (theme !== 'dark') return baseConfig;
  return {
    ...baseConfig,
    background: darkConfig.background,
    axis: { ...baseConfig.axis, ...darkConfig.axis },
    legend: { ...baseConfig.legend, ...darkConfig.legend },
    title: { ...baseConfig.title, ...darkConfig.title },
    range: darkConfig.range,
  };
}

/** Renders any vega-lite spec to SVG. */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const vegaSpec = compile(spec).spec;
  const view = new View(parseVega(vegaSpec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Horizontal bars, largest first (or in the given order with `sorted: false`). */
export async function barChart(data: readonly BarDatum[], options: ChartOptions & { sorted?: boolean; percent?: boolean; rule?: number } = {}): Promise<string> {
  const hasGroups = data.some((d) => d.group !== undefined);
  const layers: unknown[] = [
    {
      mark: { type: 'bar', tooltip: false },
      encoding: {
        y: { field: 'label', type: 'nominal', sort: options.sorted === false ? null : '-x', title: options.yTitle ?? null },
        x: {
          field: 'value',
          type: 'quantitative',
          title: options.xTitle ?? null,
          ...(options.percent ? { axis: { format: '.0%' }, scale: { domain: [0, 1] } } : {}),
        },
        ...(hasGroups ? { color: { field: 'group', type: 'nominal', title: null, sort: null } } : { color: { value: mainColor(options.theme) } }),
      },
    },
  ];
  if (options.rule !== undefined) {
    layers.push({ data: { values: [{ rule: options.rule }] }, mark: { type: 'rule', color: '#cf222e', strokeDash: [4, 3] }, encoding: { x: { field: 'rule', type: 'quantitative' } } });
  }
  return renderSvg({
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    ...(options.title ? { title: options.title } : {}),
    width: options.width ?? 520,
    height: options.height ?? Math.max(60, data.length * 22),
    data: { values: data.map((d) => ({ ...d })) },
    layer: layers,
    config: configFor(options.theme),
  } as TopLevelSpec);
}

/** Bars side by side for each label, one per group (this week beside last), labels and groups in the order given. */
export async function groupedBarChart(data: ReadonlyArray<Required<BarDatum>>, options: ChartOptions = {}): Promise<string> {
  const labels = [...new Set(data.map((d) => d.label))];
  const groups = [...new Set(data.map((d) => d.group))];
  return renderSvg({
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    ...(options.title ? { title: options.title } : {}),
    width: options.width ?? 520,
    height: options.height ?? Math.max(60, labels.length * (groups.length * 12 + 8)),
    data: { values: data.map((d) => ({ ...d })) },
    mark: { type: 'bar', tooltip: false },
    encoding: {
      y: { field: 'label', type: 'nominal', sort: labels, title: options.yTitle ?? null },
      yOffset: { field: 'group', type: 'nominal', sort: groups },
      x: { field: 'value', type: 'quantitative', title: options.xTitle ?? null },
      color: { field: 'group', type: 'nominal', title: null, sort: groups },
    },
    config: configFor(options.theme),
  } as TopLevelSpec);
}

/** One point of a line. */
export interface LineDatum {
  /** ISO date (YYYY-MM-DD) or any ordinal label. */
  x: string;
  y: number;
  series?: string;
}

/** Lines over time (x as dates when every x is YYYY-MM-DD). */
export async function lineChart(data: readonly LineDatum[], options: ChartOptions & { percent?: boolean } = {}): Promise<string> {
  const temporal = data.length > 0 && data.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.x));
  const hasSeries = data.some((d) => d.series !== undefined);
  return renderSvg({
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    ...(options.title ? { title: options.title } : {}),
    width: options.width ?? 520,
    height: options.height ?? 180,
    data: { values: data.map((d) => ({ ...d })) },
    mark: { type: 'line', point: true },
    encoding: {
      x: temporal
        ? { field: 'x', type: 'temporal', timeUnit: 'utcyearmonthdate', title: options.xTitle ?? null, axis: { format: '%b %d' } }
        : { field: 'x', type: 'ordinal', sort: null, title: options.xTitle ?? null },
      y: { field: 'y', type: 'quantitative', title: options.yTitle ?? null, ...(options.percent ? { axis: { format: '.0%' } } : {}) },
      ...(hasSeries ? { color: { field: 'series', type: 'nominal', title: null } } : { color: { value: mainColor(options.theme) } }),
    },
    config: configFor(options.theme),
  } as TopLevelSpec);
}

/** One cell of a heatmap. */
export interface HeatDatum {
  x: string;
  y: string;
  value: number;
}

/** A grid of coloured cells (weekday × hour, for staffing), in the order the axes are given. */
export async function heatmapChart(data: readonly HeatDatum[], options: ChartOptions & { xOrder?: readonly string[]; yOrder?: readonly string[]; valueTitle?: string } = {}): Promise<string> {
  const xOrder = options.xOrder ?? [...new Set(data.map((d) => d.x))];
  const yOrder = options.yOrder ?? [...new Set(data.map((d) => d.y))];
  return renderSvg({
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    ...(options.title ? { title: options.title } : {}),
    width: options.width ?? Math.max(120, xOrder.length * 22),
    height: options.height ?? Math.max(60, yOrder.length * 22),
    data: { values: data.map((d) => ({ ...d })) },
    mark: { type: 'rect' },
    encoding: {
      x: { field: 'x', type: 'ordinal', sort: [...xOrder], title: options.xTitle ?? null },
      y: { field: 'y', type: 'ordinal', sort: [...yOrder], title: options.yTitle ?? null },
      color: { field: 'value', type: 'quantitative', title: options.valueTitle ?? null, scale: { scheme: 'blues' } },
    },
    config: baseConfig,
  } as TopLevelSpec);
}
