/** The shape of a store slice: a part of the app state with its actions, built with zustand's set and get. */
import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './app-store';

/** A slice creator over the whole app state (each slice reads the others through `get`). */
export type AppSlice<T> = StateCreator<AppState, [], [], T>;
