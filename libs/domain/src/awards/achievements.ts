import type { LocalizedText } from '../shared/localized-text';
import type { AchievementClaim } from './codes';

/** What each claimed achievement stands for, as reviewers read it. */
export const ACHIEVEMENT_LABELS: Readonly<Record<AchievementClaim, LocalizedText>> = {
  'movement-achievement': {
    vi: 'thành tích xuất sắc được bình xét trong phong trào thi đua',
    en: 'outstanding achievement judged in an emulation movement',
  },
  'influential-achievement': {
    vi: 'nhiều thành tích hoặc thành tích đột xuất có phạm vi ảnh hưởng',
    en: 'many or ad-hoc achievements with a wide influence',
  },
  'socio-economic-contribution': {
    vi: 'đóng góp vào phát triển kinh tế - xã hội, ứng dụng tiến bộ khoa học, kỹ thuật, công tác xã hội, từ thiện nhân đạo',
    en: 'contribution to socio-economic development, applied science, social work or charity',
  },
  'production-achievement': {
    vi: 'công nhân, nông dân, người lao động lập được nhiều thành tích trong lao động, sản xuất',
    en: 'a worker, farmer or labourer with many achievements in work and production',
  },
  'productive-labour': {
    vi: 'công nhân, nông dân, người lao động lao động, sản xuất có hiệu quả, tích cực tham gia phong trào thi đua và hoạt động xã hội, gương mẫu chấp hành chủ trương, chính sách, pháp luật',
    en: 'a worker, farmer or labourer working productively, active in emulation and social life, law-abiding',
  },
  'household-contribution': {
    vi: 'hộ gia đình có nhiều đóng góp về công sức, đất đai, tài sản cho địa phương, xã hội',
    en: 'a household contributing labour, land or assets to the locality and society',
  },
  'innovation-digital-leadership': {
    vi: 'đi đầu trong đổi mới sáng tạo, chuyển đổi số',
    en: 'leading in innovation and digital transformation',
  },
  'thematic-achievement': {
    vi: 'thành tích trong phong trào thi đua theo chuyên đề hoặc nhiệm vụ chuyên đề',
    en: 'achievement in a thematic emulation movement or a thematic task',
  },
};
