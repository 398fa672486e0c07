/** Routes of the deadlines API whose scope cases live in scope-deadlines.test.ts. */
export const coveredRoutes = ['GET /api/deadlines', 'GET /api/deadlines/summary', 'POST /api/deadlines/completions', 'DELETE /api/deadlines/completions/{id}'];
