/** The official-document download, whose scope cases live in plan-document.test.ts. */
export const coveredRoutes = ['GET /api/movements/{id}/versions/{versionNo}/document.docx'];
