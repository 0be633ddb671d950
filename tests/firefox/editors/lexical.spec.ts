import { firefoxCoachSuite } from '../suite';

firefoxCoachSuite({
  name: 'Lexical',
  fixture: 'lexical',
  url: 'https://www.facebook.com/messages/t/100000000000001',
});
