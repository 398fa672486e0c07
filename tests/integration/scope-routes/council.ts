/** Routes of council sessions whose scope cases live in council-scope.test.ts. */
export const coveredRoutes = [
  'GET /api/council-sessions',
  'POST /api/council-sessions',
  'GET /api/council-sessions/{id}',
  'PATCH /api/council-sessions/{id}',
  'GET /api/council-sessions/{id}/candidates',
  'POST /api/council-sessions/{id}/items',
  'DELETE /api/council-sessions/{id}/items/{nominationId}',
  'POST /api/council-sessions/{id}/members',
  'DELETE /api/council-sessions/{id}/members/{memberId}',
  'PUT /api/council-sessions/{id}/attendance',
  'POST /api/council-sessions/{id}/recusals',
  'POST /api/council-sessions/{id}/open',
  'POST /api/council-sessions/{id}/ballots',
  'POST /api/council-sessions/{id}/close',
  'GET /api/council-sessions/{id}/meeting-minutes.docx',
  'GET /api/council-sessions/{id}/tally-minutes.docx',
];
