import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { auditRoutes } from '../modules/audit/audit.routes';
import { appraisalsRoutes } from '../modules/appraisals/appraisals.routes';
import { authRoutes } from '../modules/auth/auth.routes';
import { commendationInputsRoutes } from '../modules/commendation-inputs/inputs.routes';
import { councilRoutes } from '../modules/council/council.routes';
import { deadlinesRoutes } from '../modules/deadlines/deadlines.routes';
import { honourRoutes } from '../modules/honour/honour.routes';
import { decisionsRoutes } from '../modules/decisions/decisions.routes';
import { importsRoutes } from '../modules/imports/imports.routes';
import { indicesRoutes } from '../modules/indices/indices.routes';
import { cascadeRoutes } from '../modules/movements/cascade/cascade.routes';
import { documentsRoutes } from '../modules/movements/documents/documents.routes';
import { movementsRoutes } from '../modules/movements/movements.routes';
import { nominationsRoutes } from '../modules/nominations/nominations.routes';
import { peopleRoutes } from '../modules/people/people.routes';
import { planImportRoutes } from '../modules/plan-import/plan-import.routes';
import { registrationsRoutes } from '../modules/registrations/registrations.routes';
import { resultsRoutes } from '../modules/results/results.routes';
import { dashboardsRoutes } from '../modules/dashboards/dashboards.routes';
import { unitsRoutes } from '../modules/units/units.routes';
import type { AppDeps } from './app';

/** Every capability's routes, mounted under /api. */
export async function registerRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  api.withTypeProvider<ZodTypeProvider>().get(
    '/health',
    {
      schema: {
        tags: ['Hệ thống'],
        summary: 'Tình trạng hệ thống',
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) },
      },
    },
    async () => {
      await sql`select 1`.execute(deps.db);
      return { status: 'ok' as const, database: deps.engine };
    },
  );
  await authRoutes(api, deps);
  await unitsRoutes(api, deps);
  await peopleRoutes(api, deps);
  await importsRoutes(api, deps);
  await auditRoutes(api, deps);
  await movementsRoutes(api, deps);
  await documentsRoutes(api, deps);
  await deadlinesRoutes(api, deps);
  await cascadeRoutes(api, deps);
  await indicesRoutes(api, deps);
  await registrationsRoutes(api, deps);
  await resultsRoutes(api, deps);
  await appraisalsRoutes(api, deps);
  await dashboardsRoutes(api, deps);
  await planImportRoutes(api, deps);
  await commendationInputsRoutes(api, deps);
  await honourRoutes(api, deps);
  await councilRoutes(api, deps);
  await decisionsRoutes(api, deps);
  await nominationsRoutes(api, deps);
}
