// Where the draft lives in localStorage; apart from draft-store.ts so that the modules it loads on
// demand can name the keys without importing the store.

/** The localStorage key of the draft. */
export const DRAFT_STORAGE_KEY = 'legcheck-draft';
/** The localStorage key where unreadable drafts are kept aside, every one of them. */
export const DRAFT_BACKUP_KEY = 'legcheck-draft-backup';
/** The `format` of the kept-aside document, and of the file the person can download. */
export const DRAFT_BACKUP_FORMAT = 'legcheck-draft-backup';
