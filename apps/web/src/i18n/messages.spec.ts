import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_ACTION_NAMES, CLOSING_REASON_NAMES, DOSSIER_STAGE_NAMES } from '@tdkt/contracts';
import { AUDIT_ACTIONS } from '../features/admin/audit-actions';
import en from './locales/en.json';
import vi from './locales/vi.json';

type Messages = { [key: string]: string | Messages };

/** Every message as `a.b.c` → text. */
function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [inner, text] of flatten(value, path)) flat.set(inner, text);
  }
  return flat;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry) && !/\.spec\.tsx?$/.test(entry) ? [path] : [];
  });
}

describe('the message files', () => {
  const viMessages = flatten(vi);
  const enMessages = flatten(en);

  it('have the same keys in Vietnamese and English', () => {
    const onlyVi = [...viMessages.keys()].filter((key) => !enMessages.has(key));
    const onlyEn = [...enMessages.keys()].filter((key) => !viMessages.has(key));
    expect({ onlyVi, onlyEn }).toEqual({ onlyVi: [], onlyEn: [] });
    expect(viMessages.size).toBeGreaterThan(300);
  });

  it('leave no message empty, and give both languages the same placeholders', () => {
    const problems: string[] = [];
    for (const [key, text] of viMessages) {
      const english = enMessages.get(key) ?? '';
      if (text.trim() === '') problems.push(`vi ${key} is empty`);
      if (english.trim() === '') problems.push(`en ${key} is empty`);
      if (placeholders(text).join() !== placeholders(english).join())
        problems.push(
          `${key}: {{${placeholders(text).join()}}} vs {{${placeholders(english).join()}}}`,
        );
    }
    expect(problems).toEqual([]);
  });

  it('write Vietnamese in Vietnamese: every sentence-long message has its diacritics', () => {
    // A long message without one Vietnamese letter is English (or unaccented Vietnamese) left behind.
    const suspicious = [...viMessages]
      .filter(([, text]) => text.split(' ').length >= 4 && !VIETNAMESE.test(text))
      .map(([key, text]) => `${key}: ${text}`);
    expect(suspicious).toEqual([]);
  });

  it('hold every key the screens ask for', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(join(__dirname, '..'))) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)) {
        const key = match[1] ?? '';
        const known =
          viMessages.has(key) || viMessages.has(`${key}_one`) || viMessages.has(`${key}_other`);
        if (!known) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('name every stage as the API does', () => {
    // The API sends stage names with dossiers; filters name them before any dossier is loaded.
    for (const [stage, name] of Object.entries(DOSSIER_STAGE_NAMES)) {
      expect({
        stage,
        vi: viMessages.get(`stages.${stage}`),
        en: enMessages.get(`stages.${stage}`),
      }).toEqual({ stage, ...name });
    }
  });

  it('name every audited action as the engine does, and offer each in the audit filter', () => {
    // The audit writer accepts only these actions; the trail shows none as a raw code.
    for (const [action, name] of Object.entries(AUDIT_ACTION_NAMES)) {
      const key = `auditActions.${action.replace(/[.-]/g, '_')}`;
      expect({ action, vi: viMessages.get(key), en: enMessages.get(key) }).toEqual({
        action,
        ...name,
      });
    }
    expect([...AUDIT_ACTIONS].sort()).toEqual(Object.keys(AUDIT_ACTION_NAMES).sort());
  });

  it('name every closing reason as the engine does', () => {
    for (const [reason, name] of Object.entries(CLOSING_REASON_NAMES)) {
      expect({
        reason,
        vi: viMessages.get(`closingReasons.${reason}`),
        en: enMessages.get(`closingReasons.${reason}`),
      }).toEqual({ reason, ...name });
    }
  });
});
