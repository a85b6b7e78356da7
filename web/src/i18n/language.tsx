// The current language for every component: Chinese by default, the choice remembered in localStorage.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isLanguage, translate, type Bilingual, type Language, type MessageKey } from './messages.ts';

export const LANGUAGE_STORAGE_KEY = 'shoumen.language';

export type LanguageContext = {
  readonly language: Language;
  readonly setLanguage: (language: Language) => void;
  readonly t: (key: MessageKey, params?: Record<string, string | number>) => string;
  /** Picks the current language's side of a bilingual label or text. */
  readonly pick: (text: Bilingual) => string;
};

const Context = createContext<LanguageContext | undefined>(undefined);

/** Storage can be missing or refuse access (private windows, strict policies): the console then just starts in Chinese. */
export function storedLanguage(storage: Pick<Storage, 'getItem'> | undefined): Language {
  try {
    const value = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : 'zh';
  } catch {
    return 'zh';
  }
}

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** `initial` is for rendering outside a browser (tests); in the console the stored choice wins. */
export function LanguageProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [language, setLanguageState] = useState<Language>(() => initial ?? storedLanguage(browserStorage()));
  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      browserStorage()?.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // Not remembered across visits; the switch still applies now.
    }
  }, []);
  const value = useMemo<LanguageContext>(
    () => ({
      language,
      setLanguage,
      t: (key, params) => translate(language, key, params),
      pick: (text) => text[language],
    }),
    [language, setLanguage],
  );
  return <Context value={value}>{children}</Context>;
}

export function useLanguage(): LanguageContext {
  const context = useContext(Context);
  if (!context) throw new Error('useLanguage is used outside LanguageProvider');
  return context;
}
