import { firefoxCoachSuite } from '../suite';

firefoxCoachSuite({ name: 'Textarea', fixture: 'textarea', url: 'https://secure.helpscout.net/conversation/2/1' });
