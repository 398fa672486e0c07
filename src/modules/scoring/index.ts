// Pure scoring rules (no database, no HTTP): criterion checks, points, rating bands, ranking, indices.
export * from './criterion-check';
export * from './score';
export * from './rating-bands';
export * from './ranking';
export * from './index-bands';
