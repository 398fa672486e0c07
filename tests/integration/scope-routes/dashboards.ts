/** Routes of dashboards: movement dashboards in scope-dashboards.test.ts, a unit's scorecard in dashboards-scorecard.test.ts. */
export const coveredRoutes = [
  'GET /api/movements/{id}/dashboard',
  'GET /api/movements/{id}/dashboard/export.xlsx',
  'GET /api/units/{id}/scorecard',
  'GET /api/units/{id}/scorecard/export.xlsx',
];
