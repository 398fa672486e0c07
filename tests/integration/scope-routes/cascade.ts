/** Routes of the cascade whose scope cases live in scope-cascade.test.ts. */
export const coveredRoutes = ['POST /api/movements/{id}/children', 'GET /api/movements/{id}/cascade'];
