/** Routes of nominations (đề nghị khen thưởng) whose scope cases live in nominations-scope.test.ts. */
export const coveredRoutes = [
  'POST /api/nomination-batches',
  'GET /api/nomination-batches',
  'GET /api/nomination-batches/{id}',
  'POST /api/nomination-batches/{id}/nominations',
  'POST /api/nomination-batches/{id}/submit',
  'POST /api/nomination-batches/{id}/return',
  'POST /api/nomination-batches/{id}/notice',
  'GET /api/nomination-batches/{id}/comments',
  'POST /api/nomination-batches/{id}/comments',
  'GET /api/nomination-batches/{id}/list.docx',
  'GET /api/nominations/{id}',
  'PATCH /api/nominations/{id}',
  'POST /api/nominations/{id}/withdraw',
  'GET /api/nominations/{id}/eligibility',
  'GET /api/nominations/{id}/report.docx',
];
