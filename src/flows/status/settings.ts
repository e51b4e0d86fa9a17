import type { SprintlabConfig } from '../../config/types.js';
import { type BoardSettings, boardSettings } from '../../core/board/settings.js';
import { type ReportSettings, reportSettings } from '../../core/report/settings.js';

/** The report and board settings a config settles to; an absent config gives the defaults. */
export function statusSettings(config: SprintlabConfig | undefined): {
  board: BoardSettings;
  report: ReportSettings;
} {
  const board = boardSettings(config?.board);
  return { board, report: reportSettings(config?.report, board) };
}
