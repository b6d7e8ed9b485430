import { hashPassword } from '@tdkt/server-feature-identity';
import type { DataSource } from 'typeorm';

export interface Person {
  id: string;
  username: string;
  email: string | null;
}

/** Creates a user in the unit with `code`, holding `role` there; with `password`, one who can sign in. */
export async function addPerson(
  db: DataSource,
  person: {
    username: string;
    unitCode: string;
    role?: string;
    email?: string | null;
    disabled?: boolean;
    password?: string;
  },
): Promise<Person> {
  const email = person.email === undefined ? `${person.username}@cammy.test` : person.email;
  const [user] = await db.query<{ id: string }[]>(
    `INSERT INTO users (username, full_name, email, unit_id, disabled_at, password_hash)
     VALUES ($1, $2, $3, (SELECT id FROM units WHERE code = $4), $5, $6) RETURNING id`,
    [
      person.username,
      `Cán bộ ${person.username}`,
      email,
      person.unitCode,
      person.disabled ? new Date() : null,
      person.password === undefined ? null : await hashPassword(person.password),
    ],
  );
  if (person.role !== undefined) {
    await db.query(
      `INSERT INTO role_grants (user_id, role, unit_id) VALUES ($1, $2, (SELECT id FROM units WHERE code = $3))`,
      [user!.id, person.role, person.unitCode],
    );
  }
  return { id: user!.id, username: person.username, email };
}

/** The id of the unit with `code`. */
export async function unitId(db: DataSource, code: string): Promise<string> {
  const [unit] = await db.query<{ id: string }[]>(`SELECT id FROM units WHERE code = $1`, [code]);
  if (unit === undefined) throw new Error(`no unit ${code}`);
  return unit.id;
}
