import { birthdayScenarios } from './birthdays';
import { startTestCulture, type TestCulture } from './helpers';

// Grid's facts over the embedded PostgreSQL event bus (the demo's transport).
let t: TestCulture;
beforeAll(async () => {
  t = await startTestCulture();
});
afterAll(async () => {
  await t?.stop();
});

birthdayScenarios(() => t);
