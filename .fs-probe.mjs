import createHogQLParser from '@posthog/hogql-parser';
const p = await createHogQLParser();
const cases = JSON.parse((await import("node:fs")).readFileSync(process.argv[2],"utf8"));
for (const c of cases) { const r = JSON.parse(p.parseProgram("f'" + c + "'")); console.log(JSON.stringify(c), '=>', JSON.stringify(r.declarations?.[0]?.expr ?? r, (k,v)=> (k==='start'||k==='end')?undefined:v)); }
