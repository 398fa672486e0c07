/** Routes of registration whose scope cases live in scope-registrations.test.ts. */
export const coveredRoutes = [
  'GET /api/movements/{id}/registrations',
  'GET /api/movements/{id}/registrations/export.xlsx',
  // Scope cases of the .docx list: registrations-docx.test.ts.
  'GET /api/movements/{id}/registrations/export.docx',
  'GET /api/registrations/{id}',
  'PUT /api/registrations',
  'POST /api/registrations/{id}/submit',
  'POST /api/registrations/{id}/return',
  'POST /api/registrations/{id}/approve',
];
