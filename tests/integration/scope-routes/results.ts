/** Routes of results and evidence whose scope cases live in scope-results.test.ts. */
export const coveredRoutes = [
  'PUT /api/results',
  'GET /api/movements/{id}/results',
  'POST /api/results/{id}/evidence',
  'DELETE /api/results/{id}/evidence/{fileId}',
  'GET /api/evidence/{fileId}',
  'GET /api/movements/{id}/evidence-duplicates',
];
