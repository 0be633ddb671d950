import { firefoxCoachSuite } from '../suite';

firefoxCoachSuite({
  name: 'Slate',
  fixture: 'slate',
  url: 'https://app.frontapp.com/open/cnv_1',
});
