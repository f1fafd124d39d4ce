import type { ReactNode } from 'react';
import { Brand } from '../ui/Brand';
import './auth.css';

/** The frame of the screens before the app: the brand, a title, an introduction and a form. */
export function AuthScreen({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  return (
    <main className="auth-screen">
      <section className="auth-card" aria-labelledby="auth-title">
        <Brand />
        <h1 id="auth-title">{title}</h1>
        <p className="muted">{intro}</p>
        {children}
      </section>
    </main>
  );
}
