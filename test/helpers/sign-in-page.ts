import type { Page } from 'playwright-core';
import { ADMIN_LOGIN, PASSWORD } from './sign-in';

/**
 * Sign in on the app's sign-in screen at `url` (by default as the host's first administrator), and
 * wait for the app.
 */
export async function signInPage(page: Page, url: string, login = ADMIN_LOGIN, password = PASSWORD): Promise<void> {
  await page.goto(url);
  await page.locator('#sign-in-login').fill(login);
  await page.locator('#sign-in-password').fill(password);
  await page.locator('.auth-form button[type="submit"]').click();
  await page.locator('nav.sidebar').waitFor();
}

/** Sign out through the user menu (the sidebar), and wait for the sign-in screen. */
export async function signOutPage(page: Page): Promise<void> {
  await page.locator('.user-menu button').last().click();
  await page.locator('#sign-in-login').waitFor();
}

/** Sign out and sign in as someone else (password PASSWORD), then go to `url`. */
export async function switchUser(page: Page, url: string, login: string): Promise<void> {
  await signOutPage(page);
  await signInPage(page, url, login);
}
