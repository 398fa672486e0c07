/** Routes of the index-scores API whose scope cases live in scope-indices.test.ts. */
export const coveredRoutes = [
  'GET /api/indices',
  'PUT /api/indices',
  'DELETE /api/indices/{id}',
  'GET /api/indices/template.xlsx',
  'GET /api/indices/export.xlsx',
  'POST /api/indices/import',
];
