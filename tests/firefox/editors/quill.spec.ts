import { firefoxCoachSuite } from '../suite';

firefoxCoachSuite({
  name: 'Quill',
  fixture: 'quill',
  url: 'https://secure.helpscout.net/conversation/1/1',
});
