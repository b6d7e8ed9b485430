import { AppError } from '@tdkt/contracts';
import { CreateDossierDto } from '../dossiers/dtos/create-dossier.dto';
import { createValidationPipe } from './validation-pipe';

async function refusal(body: unknown): Promise<AppError> {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype: CreateDossierDto });
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the body was accepted');
}

describe('validation errors people can act on', () => {
  it('names every missing field at once, one message each, by its Vietnamese label', async () => {
    const error = await refusal({ year: 2024, nominee: { kind: 'individual' } });
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.errors.map((e) => [e.field, e.rule, e.message.vi])).toEqual([
      ['awardCode', 'isDefined', 'Chưa nhập «Danh hiệu / hình thức khen thưởng».'],
      ['proposingUnitId', 'isDefined', 'Chưa nhập «Đơn vị đề nghị».'],
      ['nominee.name', 'isDefined', 'Chưa nhập «Họ tên cá nhân hoặc tên tập thể».'],
      ['achievementsSummary', 'isDefined', 'Chưa nhập «Tóm tắt thành tích».'],
    ]);
    expect(error.errors.find((e) => e.field === 'nominee.name')?.message.en).toBe(
      "«Nominee's name» is required.",
    );
  });

  it('reports the first broken rule of a field that has a value, and unknown fields as sent', async () => {
    const error = await refusal({
      year: '2024a',
      awardCode: 'CSTDCS',
      proposingUnitId: 'school-1',
      nominee: { kind: 'robot', name: '' },
      achievementsSummary: 'x',
      stage: 'APPROVED',
    });
    expect(error.errors.map((e) => [e.field, e.rule, e.message.vi])).toEqual([
      ['stage', 'whitelistValidation', 'Trường "stage" không được phép gửi lên.'],
      ['year', 'isInt', '«Năm» phải là số nguyên.'],
      ['proposingUnitId', 'isUuid', '«Đơn vị đề nghị» phải là mã UUID.'],
      [
        'nominee.kind',
        'isIn',
        '«Đối tượng đề nghị (cá nhân, tập thể, hộ gia đình)» phải là một trong: individual, collective, household.',
      ],
      ['nominee.name', 'isNotEmpty', '«Họ tên cá nhân hoặc tên tập thể» không được để trống.'],
    ]);
  });
});
