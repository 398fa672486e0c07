import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/database';
import type { ServiceContext } from './context';
import { AppError } from './errors';

/** The service context of a signed-in request; 401 when nobody is signed in. */
export function serviceContext(request: FastifyRequest, db: Db): ServiceContext {
  if (!request.actor) throw new AppError('unauthenticated');
  return { db, actor: request.actor, requestId: request.id };
}
