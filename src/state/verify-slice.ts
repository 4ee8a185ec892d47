import type { StateCreator } from 'zustand';
import type { AppState } from './store';

/** The signature verdict for the token and key on screen (CONTRACT.md `verify-status`). */
export type VerifyStatus = 'idle' | 'checking' | 'verified' | 'invalid' | 'error' | 'unsigned';

export interface VerifySlice {
  readonly verifyStatus: VerifyStatus;
}

// Verification arrives with the key input; until then no check is ever made, so the verdict is idle.
export const createVerifySlice: StateCreator<AppState, [], [], VerifySlice> = () => ({
  verifyStatus: 'idle',
});
