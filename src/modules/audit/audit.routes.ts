import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app';

export async function auditRoutes(_root: FastifyInstance, _deps: AppDeps) {
  // Routes of this capability are registered here.
}
