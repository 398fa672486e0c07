/** Routes of movement dashboards whose scope cases live in scope-dashboards.test.ts. */
export const coveredRoutes = ['GET /api/movements/{id}/dashboard', 'GET /api/movements/{id}/dashboard/export.xlsx'];
