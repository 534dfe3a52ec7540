/**
 * Downloads made in the page (Blob + object URL; nothing leaves the origin): the execution table as Markdown or CSV
 * and the trace as JSON, in the CLI's own formats (engine/traceFormat.ts), and the chart as SVG or PNG.
 * Loaded on the first click; the text comes from the caller (renderTrace), so this chunk needs nothing of the engine.
 */

import { downloadBlob } from '../../ui/downloadBlob';

export type ExportKind = 'md' | 'csv' | 'json' | 'svg' | 'png';

const FILES: Readonly<Record<ExportKind, { readonly name: string; readonly type: string }>> = {
  md: { name: 'autoscale-table.md', type: 'text/markdown' },
  csv: { name: 'autoscale-table.csv', type: 'text/csv' },
  json: { name: 'autoscale-trace.json', type: 'application/json' },
  svg: { name: 'autoscale-chart.svg', type: 'image/svg+xml' },
  png: { name: 'autoscale-chart.png', type: 'image/png' },
};

const SVG_NS = 'http://www.w3.org/2000/svg';
/** the legend's layout in the exported picture, in px */
const LEGEND = { pad: 8, row: 20, swatch: 22, gap: 6, between: 16, fontSize: 12 } as const;

/**
 * The chart's SVG as a standalone document: namespaces, its size, the theme's surface behind it and the page's font,
 * and the chart's legend (its HTML list on the page) drawn under it, so the file says which line is which.
 * Colours given as the theme's CSS variables (and the theme's CSS on axis text) are written out as the colours they are
 * now, since a file on its own has neither the variables nor the stylesheet.
 */
export function serializeChart(svg: SVGSVGElement, legend?: HTMLElement | null): { readonly text: string; readonly width: number; readonly height: number } {
  const { width, height: chartHeight } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineThemeColors(svg, copy);
  const fontFamily = getComputedStyle(svg).fontFamily;
  const drawnLegend = legend ? legendDrawing(legend, width, fontFamily) : undefined;
  const height = chartHeight + (drawnLegend?.height ?? 0);
  const surface = getComputedStyle(document.documentElement).getPropertyValue('--surface').trim() || '#ffffff';
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  copy.setAttribute('width', String(Math.round(width)));
  copy.setAttribute('height', String(Math.round(height)));
  copy.setAttribute('viewBox', `0 0 ${Math.round(width)} ${Math.round(height)}`);
  copy.setAttribute('style', `font-family: ${fontFamily}; font-size: 12px; background: ${surface}`);
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', surface);
  copy.insertBefore(background, copy.firstChild);
  if (drawnLegend) {
    drawnLegend.group.setAttribute('transform', `translate(0 ${Math.round(chartHeight)})`);
    copy.append(drawnLegend.group);
  }
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`, width, height };
}

/** The page's legend (a list of swatch + label) as SVG, in rows that wrap at `width`; its height in px. */
function legendDrawing(legend: HTMLElement, width: number, fontFamily: string): { readonly group: SVGGElement; readonly height: number } | undefined {
  const items = Array.from(legend.querySelectorAll('li'));
  if (items.length === 0) return undefined;
  const measure = document.createElement('canvas').getContext('2d');
  if (measure) measure.font = `${LEGEND.fontSize}px ${fontFamily}`;
  const textWidth = (text: string) => measure?.measureText(text).width ?? text.length * LEGEND.fontSize * 0.6;
  const group = document.createElementNS(SVG_NS, 'g');
  group.setAttribute('class', 'chart-legend');
  let x = LEGEND.pad;
  let y = LEGEND.pad;
  for (const item of items) {
    const label = item.textContent?.trim() ?? '';
    const itemWidth = LEGEND.swatch + LEGEND.gap + textWidth(label);
    if (x > LEGEND.pad && x + itemWidth > width - LEGEND.pad) { x = LEGEND.pad; y += LEGEND.row; }
    const swatch = item.querySelector('svg');
    if (swatch) {
      const drawn = swatch.cloneNode(true) as SVGSVGElement;
      inlineThemeColors(swatch, drawn);
      drawn.removeAttribute('aria-hidden');
      drawn.removeAttribute('focusable');
      drawn.setAttribute('x', String(x));
      drawn.setAttribute('y', String(y + (LEGEND.row - 10) / 2));
      group.append(drawn);
    }
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(x + LEGEND.swatch + LEGEND.gap));
    text.setAttribute('y', String(y + LEGEND.row / 2));
    text.setAttribute('dominant-baseline', 'central');
    text.setAttribute('font-size', String(LEGEND.fontSize));
    text.setAttribute('fill', getComputedStyle(item).color);
    text.textContent = label;
    group.append(text);
    x += itemWidth + LEGEND.between;
  }
  return { group, height: y + LEGEND.row + LEGEND.pad };
}

/**
 * Writes out the computed fill and stroke of every drawn element whose colour comes from the theme (an attribute or an
 * inline style naming a variable, or text coloured by the stylesheet); elements pair up by document order.
 */
function inlineThemeColors(source: SVGSVGElement, copy: SVGSVGElement): void {
  const sources = source.querySelectorAll<SVGElement>('*');
  const copies = copy.querySelectorAll<SVGElement>('*');
  sources.forEach((element, i) => {
    const target = copies[i];
    if (!target) return;
    const computed = getComputedStyle(element);
    for (const property of ['fill', 'stroke'] as const) {
      const attribute = element.getAttribute(property) ?? '';
      const inline = element.style.getPropertyValue(property);
      if (!attribute.includes('var(') && !inline.includes('var(') && !(property === 'fill' && element.tagName === 'text')) continue;
      target.setAttribute(property, computed[property]);
      if (inline) target.style.setProperty(property, computed[property]);
    }
  });
}

async function chartPng(svgText: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: FILES.svg.type }));
  try {
    const image = new Image();
    image.decoding = 'async';
    await new Promise<void>((resolve, reject) => { image.onload = () => resolve(); image.onerror = () => reject(new Error('the chart could not be drawn')); image.src = url; });
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw on a canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), FILES.png.type));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Makes and downloads one export; returns a message for the learner when it cannot. */
export async function exportTrace(
  kind: ExportKind, render: (kind: 'md' | 'csv' | 'json') => string, chart: SVGSVGElement | null, legend?: HTMLElement | null,
): Promise<string | undefined> {
  const file = FILES[kind];
  if (kind === 'md' || kind === 'csv' || kind === 'json') {
    downloadBlob(new Blob([render(kind)], { type: `${file.type};charset=utf-8` }), file.name);
    return undefined;
  }
  if (!chart) return 'The chart is still loading; try again in a moment.';
  const { text, width, height } = serializeChart(chart, legend);
  if (kind === 'svg') downloadBlob(new Blob([text], { type: file.type }), file.name);
  else downloadBlob(await chartPng(text, width, height), file.name);
  return undefined;
}
