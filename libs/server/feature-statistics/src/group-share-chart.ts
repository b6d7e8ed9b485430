import { Resvg } from '@resvg/resvg-js';
import type { GroupShareReport } from '@tdkt/domain';
import { RECIPIENT_GROUP_NAMES } from '@tdkt/domain';

const WIDTH = 660;
const ROW = 44;
const LABEL = 270;
const BAR = WIDTH - LABEL - 70;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The groups' shares as a bar chart (SVG): this year's bar over last year's, each with its percent,
 * so the report shows at a glance whether a share rose.
 */
export function groupShareChartSvg(groups: readonly GroupShareReport[], year: number): string {
  const height = 40 + groups.length * ROW;
  const bars = groups.map((group, index) => {
    const top = 30 + index * ROW;
    const bar = (percent: number | null, y: number, colour: string) =>
      `<rect x="${LABEL}" y="${y}" width="${((percent ?? 0) / 100) * BAR}" height="14" fill="${colour}"/>` +
      `<text x="${LABEL + ((percent ?? 0) / 100) * BAR + 6}" y="${y + 12}" font-size="12">${percent === null ? '—' : `${percent}%`}</text>`;
    return (
      `<text x="8" y="${top + 18}" font-size="12">${escape(RECIPIENT_GROUP_NAMES[group.group].vi)}</text>` +
      bar(group.percent, top, '#a8071a') +
      bar(group.previousPercent, top + 17, '#bfbfbf')
    );
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" font-family="Noto Sans, Arial, sans-serif">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<rect x="${LABEL}" y="6" width="12" height="12" fill="#a8071a"/><text x="${LABEL + 18}" y="17" font-size="12">Năm ${year}</text>`,
    `<rect x="${LABEL + 100}" y="6" width="12" height="12" fill="#bfbfbf"/><text x="${LABEL + 118}" y="17" font-size="12">Năm ${year - 1}</text>`,
    ...bars,
    `</svg>`,
  ].join('');
}

/** The chart as a PNG for the DOCX, at twice its size for a sharp print. */
export function groupShareChartPng(
  groups: readonly GroupShareReport[],
  year: number,
): { png: Buffer; width: number; height: number } {
  const svg = groupShareChartSvg(groups, year);
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans' },
  }).render();
  return {
    png: rendered.asPng(),
    width: Math.round(rendered.width / 2 / 1.25),
    height: Math.round(rendered.height / 2 / 1.25),
  };
}
