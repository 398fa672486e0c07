import type { Db } from '../db/database';

// Placeholder until the demo data lands: the organisation of the five seed plans and one account per role.
export async function seedDemoData(_db: Db): Promise<{ created: boolean; summary: string }> {
  return { created: false, summary: '' };
}

export async function demoAccountsText(_db: Db): Promise<string> {
  return '';
}
