/**
 * The instants a report can be computed for or about: 1970 to 9999. JavaScript dates go further
 * (to the year 275760), but a week added to such a date is no date at all, so the report would fail
 * half-way instead of the input being refused up front.
 */
export const isReportableTime = (t: number): boolean =>
  Number.isFinite(t) && t >= 0 && t <= Date.UTC(9999, 11, 31, 23, 59, 59, 999);

export const REPORTABLE_RANGE = 'between 1970-01-01 and 9999-12-31';
