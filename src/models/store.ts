import { create } from 'zustand'

export type ModelState = 'loading' | 'ready' | 'fallback'

/** How the model files are doing, for the operator status: which are drawn from code instead, and why. */
interface ModelsState {
  state: Record<string, ModelState>
  /** Lines for the operator status: a model drawn from code and why, or a bad manifest entry. */
  problems: string[]
  /** Who made each model's file and under what licence (from models.json), for the About panel. */
  credits: { title: string; author: string; licence: string; source?: string }[]
  setCredits: (credits: ModelsState['credits']) => void
  started: (id: string) => void
  finished: (id: string, reason: string | null) => void
  report: (problem: string) => void
}

export const useModels = create<ModelsState>()((set) => ({
  state: {},
  problems: [],
  credits: [],
  setCredits: (credits) => set({ credits }),
  started: (id) => set((s) => ({ state: { ...s.state, [id]: 'loading' } })),
  finished: (id, reason) => {
    if (reason) console.warn(`model ${id}: ${reason}; it is drawn from the built-in geometry`)
    set((s) => ({
      state: { ...s.state, [id]: reason ? 'fallback' : 'ready' },
      problems: reason ? [...s.problems, `${id}: ${reason}`] : s.problems,
    }))
  },
  report: (problem) => {
    console.warn(problem)
    set((s) => ({ problems: [...s.problems, problem] }))
  },
}))
