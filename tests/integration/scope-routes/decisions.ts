/** Routes of decisions, awards and their documents whose scope cases live in decisions-scope.test.ts. */
export const coveredRoutes = [
  'GET /api/decisions/inbox',
  'GET /api/decisions/candidates',
  'POST /api/decisions/forward',
  'GET /api/decisions',
  'POST /api/decisions',
  'GET /api/decisions/{id}',
  'PATCH /api/decisions/{id}',
  'DELETE /api/decisions/{id}',
  'POST /api/decisions/{id}/sign',
  'GET /api/people/{id}/awards',
  'GET /api/units/{id}/awards',
];
