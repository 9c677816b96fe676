import { create } from 'zustand'

export type LoadStage = 'engine' | 'building' | 'ready' | 'failed'

/** Loading progress shown by the loader; stages in order, with a 0..1 figure. */
interface LoadingState {
  stage: LoadStage
  progress: number
  /** A content key (ui.loading.*), shown in the visitor's language. */
  message: string
  advance: (stage: LoadStage, progress: number, message: string) => void
}

export const useLoading = create<LoadingState>()((set) => ({
  stage: 'engine',
  progress: 0.15,
  message: 'ui.loading.engine',
  advance: (stage, progress, message) => set({ stage, progress, message }),
}))
