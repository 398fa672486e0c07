/** Routes of the movements API whose scope cases live in scope-movements.test.ts. */
export const coveredRoutes = [
  'GET /api/movements',
  'POST /api/movements',
  'GET /api/movements/{id}',
  'GET /api/movements/{id}/versions/{versionNo}',
  'PUT /api/movements/{id}/draft',
  'POST /api/movements/{id}/draft',
  'DELETE /api/movements/{id}/draft',
  'POST /api/movements/{id}/issue',
  'POST /api/movements/{id}/status',
  'GET /api/movements/{id}/diff',
];
