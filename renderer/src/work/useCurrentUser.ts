import { useEffect, useState } from 'react';
import { useApp } from '../state/context';

const KEY = 'stroomlijn.currentUser';

/** Who is working: chosen from the directory, remembered on this computer. */
export function useCurrentUser(): [string, (id: string) => void] {
  const users = useApp((s) => s.directory.users);
  const [id, setId] = useState(() => localStorage.getItem(KEY) ?? '');
  useEffect(() => {
    if (!users.some((u) => u.id === id) && users[0]) setId(users[0].id);
  }, [id, users]);
  const choose = (next: string) => {
    localStorage.setItem(KEY, next);
    setId(next);
  };
  return [id, choose];
}
