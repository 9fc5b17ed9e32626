import { passFrontmatterSchema } from './src/schemas/pass.ts';
const r = passFrontmatterSchema.safeParse({validFrom:'1994', validTo:'1993'});
if (!r.success) for (const i of r.error.issues) console.log(i.path.join('.'), '|', i.message);
console.log('---');
const r2 = passFrontmatterSchema.safeParse({validFrom:'1994', validTo:'19x', fakeOf:'a'});
if (!r2.success) for (const i of r2.error.issues) console.log(i.path.join('.'), '|', i.message);
