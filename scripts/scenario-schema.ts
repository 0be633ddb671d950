// `npm run schema:scenario`: writes the JSON Schema of a trainer scenario file to public/scenario.schema.json (a unit
// test, tests/unit/scenarios.test.ts, fails when the file is out of date).
import { writeFileSync } from 'node:fs';
import { scenarioSchemaText } from '../utils/scenario.ts';

writeFileSync(new URL('../public/scenario.schema.json', import.meta.url), scenarioSchemaText());
