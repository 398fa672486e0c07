/** Routes of the plan import API whose scope cases live in plan-import-api.test.ts. */
export const coveredRoutes = ['POST /api/plan-imports', 'POST /api/plan-imports/save'];
