import { idCheckCharacter } from '../services/id-card.validator';
import type { Prng } from '@shanzhi/divisions';

/** Common surnames of the Sichuan countryside. */
const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗',
  '梁', '宋', '郑', '谢', '韩', '唐', '冯', '董', '程', '曹', '袁', '邓', '许', '傅', '沈', '曾', '彭', '吕', '苏', '卢',
  '蒋', '蔡', '魏', '叶', '余', '潘', '杜', '夏', '钟', '汪', '田', '任', '姜', '范', '方', '石', '姚', '谭', '廖', '邹',
  '熊', '陆', '孔', '白', '崔', '毛', '邱', '秦', '江', '史', '侯', '孟', '龙', '万', '段', '雷', '汤', '黎', '易', '赖',
];
const MALE_CHARS = ['建', '国', '华', '明', '强', '军', '平', '志', '勇', '德', '成', '福', '春', '林', '文', '忠', '海', '刚', '伟', '兵', '贵', '富', '树', '全', '清', '永', '光', '洪', '杰', '浩', '宇', '俊', '鹏', '涛', '斌'];
const FEMALE_CHARS = ['秀', '英', '兰', '芳', '玉', '珍', '梅', '琼', '丽', '萍', '霞', '燕', '红', '群', '素', '桂', '凤', '琴', '蓉', '娟', '静', '婷', '雪', '敏', '慧', '佳', '欣', '怡', '莉', '颖'];
/** Mobile prefixes of the three carriers. */
const MOBILE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158', '159', '177', '180', '181', '182', '183', '186', '187', '188', '189', '199'];

/** A fictitious surname. */
export function fakeSurname(rng: Prng): string {
  return rng.pick(SURNAMES);
}

/** A fictitious given name of one or two characters. */
export function fakeGivenName(rng: Prng, male: boolean): string {
  const pool = male ? MALE_CHARS : FEMALE_CHARS;
  return rng.chance(0.75) ? rng.pick(pool) + rng.pick(pool) : rng.pick(pool);
}

/** A fictitious mainland mobile number (1[3-9] and nine digits). */
export function fakePhone(rng: Prng): string {
  return rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');
}

/**
 * A fictitious ID-card number valid under GB 11643-1999: region prefix, birth date, a sequence whose last
 * digit carries the gender, and the MOD 11-2 check character. `taken` keeps them unique within one seeding.
 */
export function fakeIdNumber(rng: Prng, region: string, birthDate: string, male: boolean, taken: Set<string>): string {
  const ymd = birthDate.replace(/-/g, '');
  for (;;) {
    const genderDigit = rng.int(0, 4) * 2 + (male ? 1 : 0);
    const first17 = `${region}${ymd}${String(rng.int(0, 99)).padStart(2, '0')}${genderDigit}`;
    const id = first17 + idCheckCharacter(first17);
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}
