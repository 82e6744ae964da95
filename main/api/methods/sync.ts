/** Sharing one programme between laptops through encrypted change files in a folder (main/api/handlers/sync.ts). */
export const SYNC_METHODS = ['sync.push', 'sync.pull', 'sync.status', 'sync.review', 'sync.chooseFolder', 'sync.setLaptopName', 'sync.now', 'sync.invite', 'sync.join', 'sync.chooseInvitation'] as const;
