// Extra elements a page puts in <head> (OpenGraph tags, a canonical link, a feed link): a page wraps
// its Layout in `<PageHead.Provider value={…}>` and the layout renders the value in its head.
import { createContext, type ComponentChildren } from 'preact';

export const PageHead = createContext<ComponentChildren>(null);
