import { formatPercent } from '../format/format';
import { programmeText } from '../text/programme';

export interface SharePoint { year: number; share: number | null | undefined }

/**
 * Innovative share per year as bars against the goal line, in plain SVG. Screen readers get the chart's content as
 * one sentence (role="img" with a label); the table beside it holds the same numbers.
 */
export function ShareChart({ points, goal }: { points: SharePoint[]; goal: number }) {
  const width = 560, height = 220, left = 44, bottom = 28, top = 10;
  const max = Math.max(goal * 1.5, ...points.map((p) => p.share ?? 0));
  const y = (v: number) => top + (height - top - bottom) * (1 - v / max);
  const band = points.length ? (width - left) / points.length : 0;
  const description = `${programmeText.goal.chartLabel(formatPercent(goal))}: ` +
    (points.length ? points.map((p) => `${p.year}: ${p.share == null ? '–' : formatPercent(p.share)}`).join(', ') : programmeText.goal.none);
  return (
    <svg className="dashboard-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={description}>
      <line x1={left} x2={width} y1={y(0)} y2={y(0)} stroke="currentColor" />
      {[0, goal, max].map((t) => (
        <text key={t} x={left - 6} y={y(t) + 4} textAnchor="end" fontSize="11">{formatPercent(t)}</text>
      ))}
      {points.map((p, i) => (
        <g key={p.year}>
          <rect x={left + i * band + band * 0.2} width={band * 0.6} y={y(p.share ?? 0)} height={y(0) - y(p.share ?? 0)} className="dashboard-bar" />
          <text x={left + i * band + band / 2} y={height - 8} textAnchor="middle" fontSize="11">{p.year}</text>
        </g>
      ))}
      <line x1={left} x2={width} y1={y(goal)} y2={y(goal)} className="dashboard-goal" strokeDasharray="6 4" />
      <text x={width - 4} y={y(goal) - 4} textAnchor="end" fontSize="11">{programmeText.goal.goalLine} {formatPercent(goal)}</text>
    </svg>
  );
}
