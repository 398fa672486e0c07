/**
 * The public honour board (no login): its scope case in honour.test.ts holds that anonymous callers and
 * every role get the same answer, only public awards of issued decisions, nothing private, nothing written.
 */
export const coveredRoutes = ['GET /api/public/honour', 'GET /api/public/honour/filters'];
