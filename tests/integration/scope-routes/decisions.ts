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
  'GET /api/decisions/{id}/submission.docx',
  'GET /api/decisions/{id}/decision.docx',
  'GET /api/decisions/{id}/certificates.pdf',
  'GET /api/decisions/{id}/dossier.zip',
  'GET /api/awards/{id}/certificate.pdf',
];
