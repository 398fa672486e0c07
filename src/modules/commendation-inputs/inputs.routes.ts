import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app';
import { disciplineRoutes } from './discipline.routes';
import { initiativesRoutes } from './initiatives.routes';
import { ratingsRoutes } from './ratings.routes';

/** Initiatives, discipline and yearly ratings: the inputs of the standards engine (issue 5). */
export async function commendationInputsRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  await initiativesRoutes(api, deps);
  await disciplineRoutes(api, deps);
  await ratingsRoutes(api, deps);
}
