import type { BoardConfig } from '../core/board/settings.js';
import type { GateConfig, Margin, MetricRule } from '../core/gate/config.js';
import type { LeakageConfig } from '../core/leakage/config.js';
import type { ReportConfig } from '../core/report/settings.js';

/**
 * The typed shape of .github/sprintlab.yml, as validated by schemas/sprintlab.config.schema.json.
 * Each top-level section belongs to one part of Sprintlab; defaults are applied where a section is used.
 */

export type { BoardConfig, GateConfig, Margin, MetricRule, ReportConfig };

export interface SprintlabConfig {
  gate?: GateConfig;
  leakage?: LeakageConfig;
  board?: BoardConfig;
  report?: ReportConfig;
}
