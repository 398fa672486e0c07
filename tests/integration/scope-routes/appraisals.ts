/** Routes of self-assessment and appraisal whose scope cases live in scope-appraisals.test.ts. */
export const coveredRoutes = [
  'PUT /api/assessments',
  'POST /api/movements/{id}/assessments/submit',
  'POST /api/assessments/{id}/appraise',
  'POST /api/assessments/{id}/explain',
  'POST /api/movements/{id}/appraisal/lock',
  'GET /api/movements/{id}/assessments',
];
