import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app';

export async function peopleRoutes(_root: FastifyInstance, _deps: AppDeps) {
  // Routes of this capability are registered here.
}
