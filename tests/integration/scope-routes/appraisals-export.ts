/** The Excel export of self-assessment and appraisal, whose scope cases live in appraisals-export.test.ts. */
export const coveredRoutes = ['GET /api/movements/{id}/assessments/export.xlsx'];
