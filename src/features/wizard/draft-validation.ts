// What the draft store loads (one request) before it reads a stored draft: the draft's schema and
// the backup of drafts it could not read. Both use zod, so the start page of a first visit loads
// neither.
export * from './draft-backup';
export * from './draft-schema';
