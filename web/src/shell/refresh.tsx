// A counter bumped when a detection run finishes, so every page on screen reloads its data from the new run.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

type Refresh = { readonly generation: number; readonly bump: () => void };

const Context = createContext<Refresh>({ generation: 0, bump: () => undefined });

export function RefreshProvider({ children }: { children: ReactNode }) {
  const [generation, setGeneration] = useState(0);
  const value = useMemo(() => ({ generation, bump: () => setGeneration((n) => n + 1) }), [generation]);
  return <Context value={value}>{children}</Context>;
}

export function useRefresh(): Refresh {
  return useContext(Context);
}
