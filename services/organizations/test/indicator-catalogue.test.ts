import { INDICATORS } from '@shanzhi/indicators';
import { startTestService, TOWNSHIP, type TestService } from './helpers';

const CATALOGUE = `{ indicatorCatalogue { id name definition unit normalization direction service field period rollup minSample } }`;

let org: TestService;

beforeAll(async () => {
  org = await startTestService({ DEMO_SEED: 'false' });
});
afterAll(async () => {
  await org?.stop();
});

it('serves the catalogue of packages/indicators to anyone, without a token', async () => {
  const res = await org.gql(CATALOGUE);
  expect(res.errors).toBeUndefined();
  expect(res.data!.indicatorCatalogue).toEqual(INDICATORS.map((d) => ({ ...d })));
  expect(res.data!.indicatorCatalogue).toContainEqual(
    expect.objectContaining({ id: 'grid.areaChiefCoverage', name: '片长覆盖率', unit: '%', normalization: 'RATE_PERCENT', direction: 'HIGHER_IS_BETTER', service: 'grid', field: 'areaChiefCoverage', period: 'SNAPSHOT', rollup: 'RATIO_OF_SUMS' }),
  );
});

it('serves the same catalogue to a signed-in viewer, whatever the scope', async () => {
  const res = await org.gql(CATALOGUE, undefined, TOWNSHIP);
  expect(res.errors).toBeUndefined();
  expect(res.data!.indicatorCatalogue).toHaveLength(INDICATORS.length);
});

it('describes the enums in Chinese in the schema', async () => {
  const res = await org.gql(`{ __type(name: "IndicatorDirection") { description enumValues { name description } } }`);
  expect(res.data!.__type.description).toContain('指标方向');
  expect(res.data!.__type.enumValues.map((v: { name: string }) => v.name)).toEqual(['HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NEUTRAL']);
});
