import { Role } from '@tdkt/contracts';
import type { DemoCycle } from './demo-organisations';

/** A demo account: one person with one role on one seed unit. Usernames start with `demo.`. */
export interface DemoAccount {
  username: string;
  fullName: string;
  /** Where the person works. */
  unitCode: string;
  role: Role;
  /** Where the role is held; it covers that unit's subtree. */
  grantUnitCode: string;
  /** The 2024 replay (district level, RULES_AS_OF), the 2026 cycle (today's rules), or both. */
  cycle: DemoCycle;
}

/**
 * One account for every role on the seed organisations, so that each step of a dossier's life can be
 * tried by the right person. Two school officers show that one school cannot see another's dossiers.
 * The 2024 accounts replay the Cẩm Mỹ district cycle; the 2026 ones run xã Cẩm Mỹ under today's rules.
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'demo.officer.thlg',
    fullName: 'Cán bộ thi đua — Trường Tiểu học Long Giao',
    unitCode: 'DN-CM-TH-LG',
    role: Role.UNIT_OFFICER,
    grantUnitCode: 'DN-CM-TH-LG',
    cycle: '2024',
  },
  {
    username: 'demo.head.thlg',
    fullName: 'Hiệu trưởng — Trường Tiểu học Long Giao',
    unitCode: 'DN-CM-TH-LG',
    role: Role.UNIT_HEAD,
    grantUnitCode: 'DN-CM-TH-LG',
    cycle: '2024',
  },
  {
    username: 'demo.officer.thcsxm',
    fullName: 'Cán bộ thi đua — Trường THCS Xuân Mỹ',
    unitCode: 'DN-CM-THCS-XM',
    role: Role.UNIT_OFFICER,
    grantUnitCode: 'DN-CM-THCS-XM',
    cycle: '2024',
  },
  {
    username: 'demo.reviewer.cm',
    fullName: 'Chuyên viên Phòng Nội vụ huyện Cẩm Mỹ',
    unitCode: 'DN-CM-PNV',
    role: Role.REVIEWER,
    grantUnitCode: 'DN-CM',
    cycle: '2024',
  },
  {
    username: 'demo.secretary.cm',
    fullName: 'Thư ký Hội đồng Thi đua - Khen thưởng huyện Cẩm Mỹ',
    unitCode: 'DN-CM-PNV',
    role: Role.COUNCIL_SECRETARY,
    grantUnitCode: 'DN-CM',
    cycle: '2024',
  },
  {
    username: 'demo.member1.cm',
    fullName: 'Ủy viên Hội đồng TĐKT huyện — Phòng Giáo dục và Đào tạo',
    unitCode: 'DN-CM-PGD',
    role: Role.COUNCIL_MEMBER,
    grantUnitCode: 'DN-CM',
    cycle: '2024',
  },
  {
    username: 'demo.member2.cm',
    fullName: 'Ủy viên Hội đồng TĐKT huyện — Ủy ban MTTQ huyện',
    unitCode: 'DN-CM-MTTQ',
    role: Role.COUNCIL_MEMBER,
    grantUnitCode: 'DN-CM',
    cycle: '2024',
  },
  // With the leader (chair), the secretary and the two members above, a full nine-seat district
  // council, so that a meeting can be held and its thresholds (80 %, 90 % of all members) tried.
  {
    username: 'demo.vicechair.cm',
    fullName: 'Phó Chủ tịch UBND huyện — Phó Chủ tịch Hội đồng TĐKT huyện',
    unitCode: 'DN-CM',
    role: Role.COUNCIL_MEMBER,
    grantUnitCode: 'DN-CM',
    cycle: '2024',
  },
  {
    username: 'demo.member3.cm',
    fullName: 'Ủy viên Hội đồng TĐKT huyện — Trưởng Phòng Nội vụ huyện',
    unitCode: 'DN-CM-PNV',
    role: Role.COUNCIL_MEMBER,
    grantUnitCode: 'DN-CM',
    cycle: '2024',
  },
  {
    username: 'demo.member4.cm',
    fullName: 'Ủy viên Hội đồng TĐKT huyện — Ban Tổ chức Huyện ủy',
    unitCode: 'DN-CM-HU',
    role: Role.COUNCIL_MEMBER,
    grantUnitCode: 'DN-CM',
    cycle: '2024',
  },
  {
    username: 'demo.member5.cm',
    fullName: 'Ủy viên Hội đồng TĐKT huyện — Thường trực HĐND huyện',
    unitCode: 'DN-CM-HDND',
    role: Role.COUNCIL_MEMBER,
    grantUnitCode: 'DN-CM',
    cycle: '2024',
  },
  {
    username: 'demo.member6.cm',
    fullName: 'Ủy viên Hội đồng TĐKT huyện — Chánh Văn phòng HĐND và UBND huyện',
    unitCode: 'DN-CM',
    role: Role.COUNCIL_MEMBER,
    grantUnitCode: 'DN-CM',
    cycle: '2024',
  },
  {
    username: 'demo.leader.cm',
    fullName: 'Chủ tịch UBND huyện Cẩm Mỹ',
    unitCode: 'DN-CM',
    role: Role.LEADER,
    grantUnitCode: 'DN-CM',
    cycle: '2024',
  },
  {
    username: 'demo.reviewer.dn',
    fullName: 'Chuyên viên Ban Thi đua - Khen thưởng, Sở Nội vụ Đồng Nai',
    unitCode: 'DN-SNV',
    role: Role.REVIEWER,
    grantUnitCode: 'DN',
    cycle: 'both',
  },
  {
    username: 'demo.admin',
    fullName: 'Quản trị hệ thống — Sở Nội vụ Đồng Nai',
    unitCode: 'DN-SNV',
    role: Role.ADMIN,
    grantUnitCode: 'DN',
    cycle: 'both',
  },
  {
    username: 'demo.auditor',
    fullName: 'Kiểm toán viên — UBND Thành phố Đồng Nai',
    unitCode: 'DN',
    role: Role.AUDITOR,
    grantUnitCode: 'DN',
    cycle: 'both',
  },
  // The 2026 cycle: xã Cẩm Mỹ of Thành phố Đồng Nai, after the two-tier reform, under today's rules.
  {
    username: 'demo.officer.xcm',
    fullName: 'Cán bộ thi đua — UBND xã Cẩm Mỹ',
    unitCode: 'DN-XCM-VP',
    role: Role.UNIT_OFFICER,
    grantUnitCode: 'DN-XCM',
    cycle: '2026',
  },
  {
    username: 'demo.reviewer.xcm',
    fullName: 'Công chức phụ trách thi đua, khen thưởng — UBND xã Cẩm Mỹ',
    unitCode: 'DN-XCM-VP',
    role: Role.REVIEWER,
    grantUnitCode: 'DN-XCM',
    cycle: '2026',
  },
  {
    username: 'demo.secretary.xcm',
    fullName: 'Thư ký Hội đồng Thi đua - Khen thưởng xã Cẩm Mỹ',
    unitCode: 'DN-XCM-VP',
    role: Role.COUNCIL_SECRETARY,
    grantUnitCode: 'DN-XCM',
    cycle: '2026',
  },
  {
    username: 'demo.member1.xcm',
    fullName: 'Ủy viên Hội đồng TĐKT xã — Phó Chủ tịch UBND xã',
    unitCode: 'DN-XCM',
    role: Role.COUNCIL_MEMBER,
    grantUnitCode: 'DN-XCM',
    cycle: '2026',
  },
  {
    username: 'demo.member2.xcm',
    fullName: 'Ủy viên Hội đồng TĐKT xã — Ủy ban MTTQ xã',
    unitCode: 'DN-XCM',
    role: Role.COUNCIL_MEMBER,
    grantUnitCode: 'DN-XCM',
    cycle: '2026',
  },
  {
    username: 'demo.leader.xcm',
    fullName: 'Chủ tịch UBND xã Cẩm Mỹ',
    unitCode: 'DN-XCM',
    role: Role.LEADER,
    grantUnitCode: 'DN-XCM',
    cycle: '2026',
  },
];

/** Marks demo accounts wherever people see a name, so nobody mistakes one for a real official. */
export const DEMO_NAME_PREFIX = '[DEMO] ';
