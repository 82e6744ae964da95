/**
 * The IPC channel names shared by the preload and main/electron. There is one channel for calls
 * and one for the "locked" notice; the preload passes nothing else through.
 */
export const CALL_CHANNEL = 'koble:call';
export const LOCKED_CHANNEL = 'koble:locked';
