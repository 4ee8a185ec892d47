import { create } from 'zustand';
import { createInputSlice, type InputSlice } from './input-slice';
import { createVerifySlice, type VerifySlice } from './verify-slice';

/** The whole app state: the user's inputs and everything derived from them. Nothing here is persisted. */
export type AppState = InputSlice & VerifySlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createInputSlice(...a),
  ...createVerifySlice(...a),
}));

const initialState = useAppStore.getState();

/** Puts the store back to its first state (tests). */
export function resetStore(): void {
  useAppStore.setState(initialState, true);
}
