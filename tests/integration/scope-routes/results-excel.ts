/** Routes of the results Excel template, export and import whose scope cases live in results-excel-scope.test.ts. */
export const coveredRoutes = [
  'GET /api/movements/{id}/results/template.xlsx',
  'GET /api/movements/{id}/results/export.xlsx',
  'POST /api/movements/{id}/results/import',
];
