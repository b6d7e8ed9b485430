/** One bar chart: a value per system for each group (e.g. each step of the path). */
export interface ChartPanel {
  title: string;
  unit: string;
  groups: { label: string; values: Record<string, number> }[];
}

const COLOURS: Record<string, string> = {
  engine: '#c0392b',
  baseline: '#2c3e50',
  flowable: '#27ae60',
};
const WIDTH = 900;
const PANEL_HEIGHT = 230;
const LEFT = 230;
const BAR = 12;

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Horizontal grouped bars, one panel under the other, with a legend: a plain SVG, no library. */
export function renderChart(title: string, subtitle: string, panels: ChartPanel[]): string {
  const systems = [
    ...new Set(panels.flatMap((panel) => panel.groups.flatMap((g) => Object.keys(g.values)))),
  ];
  const parts: string[] = [];
  let y = 70;
  for (const panel of panels) {
    const max = Math.max(
      1e-9,
      ...panel.groups.flatMap((group) => Object.values(group.values).filter(Number.isFinite)),
    );
    parts.push(
      `<text x="10" y="${y}" font-size="15" font-weight="bold">${escape(panel.title)} (${escape(panel.unit)})</text>`,
    );
    y += 12;
    for (const group of panel.groups) {
      parts.push(`<text x="10" y="${y + BAR * 1.2}" font-size="12">${escape(group.label)}</text>`);
      for (const system of systems) {
        const value = group.values[system];
        if (value === undefined || !Number.isFinite(value)) continue;
        const width = Math.max(1, ((WIDTH - LEFT - 90) * value) / max);
        parts.push(
          `<rect x="${LEFT}" y="${y}" width="${width.toFixed(1)}" height="${BAR - 2}" fill="${COLOURS[system] ?? '#7f8c8d'}"/>`,
          `<text x="${(LEFT + width + 4).toFixed(1)}" y="${y + BAR - 3}" font-size="10">${value >= 100 ? value.toFixed(0) : value.toPrecision(3)}</text>`,
        );
        y += BAR;
      }
      y += 8;
    }
    y += 20;
  }
  const legend = systems
    .map(
      (system, index) =>
        `<rect x="${10 + index * 110}" y="42" width="12" height="12" fill="${COLOURS[system] ?? '#7f8c8d'}"/><text x="${26 + index * 110}" y="52" font-size="12">${escape(system)}</text>`,
    )
    .join('');
  const height = Math.max(y, PANEL_HEIGHT);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" font-family="sans-serif">
<rect width="100%" height="100%" fill="white"/>
<text x="10" y="20" font-size="17" font-weight="bold">${escape(title)}</text>
<text x="10" y="36" font-size="11" fill="#555">${escape(subtitle)}</text>
${legend}
${parts.join('\n')}
</svg>
`;
}
