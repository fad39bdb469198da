import { describe, expect, it } from 'vitest';
import { barChart, heatmapChart, lineChart } from '../../../scripts/reports/charts.ts';

describe('charts', () => {
  it('renders a bar chart to SVG with its labels, the same every time', async () => {
    const data = [{ label: 'print schedule', value: 30 }, { label: 'reset password', value: 27 }];
    const svg = await barChart(data, { xTitle: 'tickets' });
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('print schedule');
    expect(svg).toContain('tickets');
    expect(await barChart(data, { xTitle: 'tickets' })).toBe(svg);
  });

  it('renders grouped bars with a legend and a threshold rule', async () => {
    const svg = await barChart([{ label: 'a', value: 0.4, group: 'below threshold' }, { label: 'b', value: 0.9, group: 'ok' }], { percent: true, rule: 0.6 });
    expect(svg).toContain('below threshold');
    expect(svg).toContain('60%');
  });

  it('renders a line chart over days', async () => {
    const svg = await lineChart([{ x: '2026-03-02', y: 3, series: 'zero' }, { x: '2026-03-03', y: 5, series: 'zero' }], { yTitle: 'searches per day' });
    expect(svg).toContain('<path');
    expect(svg).toContain('searches per day');
  });

  it('renders a heatmap in the given axis order', async () => {
    const svg = await heatmapChart(
      [{ x: '09', y: 'Mon', value: 3 }, { x: '10', y: 'Mon', value: 5 }, { x: '09', y: 'Tue', value: 1 }],
      { xOrder: ['09', '10'], yOrder: ['Mon', 'Tue'], valueTitle: 'agents' },
    );
    expect(svg.indexOf('Mon')).toBeLessThan(svg.indexOf('Tue'));
    expect(svg).toContain('agents');
  });
});
