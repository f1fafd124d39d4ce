import { createContext, useContext } from 'react';

interface SignOut {
  /** End this session and go back to the sign-in. */
  signOut(): Promise<void>;
  /** Ask who is signed in again (after a change of one's own password). */
  recheck(): void;
}

const Context = createContext<SignOut>({ signOut: async () => undefined, recheck: () => undefined });

export const SignOutProvider = Context.Provider;
export const useSignOut = (): SignOut => useContext(Context);
