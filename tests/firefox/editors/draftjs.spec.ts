import { firefoxCoachSuite } from '../suite';

firefoxCoachSuite({
  name: 'Draft.js',
  fixture: 'draftjs',
  url: 'https://x.com/compose/post',
});
