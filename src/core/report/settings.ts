import type { Column } from '../experiment/record.js';

/** The `report:` section of .github/sprintlab.yml, as written (validated by the JSON Schema). */
export interface ReportConfig {
  targets?: {
    metric: string;
    goal: 'maximize' | 'minimize';
    target: number;
    baseline?: number;
    name?: string;
  }[];
  healthy?: { kill_rate?: { min?: number; max?: number }; promotion_rate?: { min?: number; max?: number } };
  sprints?: { source?: SprintSource; field?: string; count?: number };
  forecast?: { confidence?: number; horizon?: number };
  business?: { per_point: number; unit: string; point?: number };
  label?: string;
  title?: string;
}

/** `auto`: the board's Iteration field if it has iterations, else dated milestones, else ISO weeks. */
export type SprintSource = 'auto' | 'iteration' | 'milestones' | 'iso-week';

export interface Target {
  metric: string;
  goal: 'maximize' | 'minimize';
  target: number;
  baseline?: number;
  name?: string;
}

export interface Range {
  min: number;
  max: number;
}

/** Everything the report computation needs from configuration, with defaults filled in. */
export interface ReportSettings {
  targets: Target[];
  healthy: { killRate: Range; promotionRate: Range };
  sprints: { source: SprintSource; field: string; count: number };
  forecast: { confidence: number; horizon: number };
  business?: { perPoint: number; unit: string; point?: number };
  wip: Partial<Record<Column, number>>;
  label: string;
  /** Title prefix; the sprint's name follows it. */
  title: string;
}

export const DEFAULT_HEALTHY = {
  killRate: { min: 0.6, max: 0.8 },
  promotionRate: { min: 0.1, max: 0.3 },
} as const;

export function reportSettings(
  report: ReportConfig | undefined,
  board?: { wip?: Partial<Record<Column, number>> },
): ReportSettings {
  const r = report ?? {};
  return {
    targets: (r.targets ?? []).map((t) => ({ ...t })),
    healthy: {
      killRate: {
        min: r.healthy?.kill_rate?.min ?? DEFAULT_HEALTHY.killRate.min,
        max: r.healthy?.kill_rate?.max ?? DEFAULT_HEALTHY.killRate.max,
      },
      promotionRate: {
        min: r.healthy?.promotion_rate?.min ?? DEFAULT_HEALTHY.promotionRate.min,
        max: r.healthy?.promotion_rate?.max ?? DEFAULT_HEALTHY.promotionRate.max,
      },
    },
    sprints: {
      source: r.sprints?.source ?? 'auto',
      field: r.sprints?.field ?? 'Iteration',
      count: r.sprints?.count ?? 8,
    },
    forecast: { confidence: r.forecast?.confidence ?? 0.8, horizon: r.forecast?.horizon ?? 26 },
    ...(r.business
      ? {
          business: {
            perPoint: r.business.per_point,
            unit: r.business.unit,
            ...(r.business.point ? { point: r.business.point } : {}),
          },
        }
      : {}),
    wip: { ...(board?.wip ?? {}) },
    label: r.label ?? 'sprint-status',
    title: r.title ?? 'Sprint status',
  };
}
