import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type AuthenticatedUser } from '@tdkt/contracts';
import { AccessPolicy } from '@tdkt/server-feature-identity';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import type { DataSource } from 'typeorm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOSSIER_CODE = /^HS-\d{4}-\d{6}$/i;

/** A dossier's id or its code (`HS-2024-000001`). */
export const DOSSIER_REFERENCE =
  /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|HS-\d{4}-\d{6})$/i;

/** A body field that names a dossier by its id or its code, as people know it. */
export function IsDossierReference(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDossierReference',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && DOSSIER_REFERENCE.test(value),
      },
    },
    options,
  );
}

/**
 * Turns the dossier codes of a request body into ids, within the caller's scope: a code the caller
 * cannot read answers `404 DOSSIER_NOT_FOUND`, as the dossier's own route would. Ids pass as they
 * are; the use case that receives them checks them as before.
 */
@Injectable()
export class DossierReferences {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
  ) {}

  async idOf(user: AuthenticatedUser, reference: string): Promise<string> {
    const [id] = await this.idsOf(user, [reference]);
    return id as string;
  }

  async idsOf(user: AuthenticatedUser, references: readonly string[]): Promise<string[]> {
    const codes = references.filter((reference) => DOSSIER_CODE.test(reference));
    if (codes.length === 0) return [...references];
    const rows = await this.dataSource.query<
      { id: string; code: string; proposing_unit_id: string }[]
    >(`SELECT id, code, proposing_unit_id FROM dossiers WHERE code = ANY($1::text[])`, [
      codes.map((code) => code.toUpperCase()),
    ]);
    const byCode = new Map(rows.map((row) => [row.code, row]));
    const ids: string[] = [];
    for (const reference of references) {
      if (UUID.test(reference)) {
        ids.push(reference);
        continue;
      }
      const row = byCode.get(reference.toUpperCase());
      if (
        row === undefined ||
        (await this.access.grantFor(user, 'dossier:read', row.proposing_unit_id)) === null
      )
        throw new AppError('DOSSIER_NOT_FOUND');
      ids.push(row.id);
    }
    return ids;
  }
}
