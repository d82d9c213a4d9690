import ts from 'typescript';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, dirname, resolve, relative } from 'node:path';
const root = process.argv[2] ?? 'src';
const files = [];
(function walk(d){ for (const n of readdirSync(d)) { const p=join(d,n); if (statSync(p).isDirectory()) walk(p); else if (n.endsWith('.ts')) files.push(p);} })(root);
const edges = new Map();
function res(from, spec){ const b=resolve(dirname(from),spec); for (const c of [b+'.ts', join(b,'index.ts'), b]) if (existsSync(c)&&statSync(c).isFile()) return relative('.',c); return null; }
for (const f of files){ const info=ts.preProcessFile(readFileSync(f,'utf8'),true,true); edges.set(f, info.importedFiles.map(i=>i.fileName).filter(s=>s.startsWith('.')).map(s=>res(f,s))); }
const folder = (f)=>{ const p=f.split('/'); return p.length>2?p[1]:'(root)'; };
const fe=new Map();
for (const [f,ds] of edges) for (const d of ds){ if(!d) continue; const a=folder(f), b=folder(d); if(a!==b){ const k=a+' -> '+b; fe.set(k,(fe.get(k)??[]).concat(f+' -> '+d)); } }
if (process.argv[3]==='folders') for (const [k,v] of [...fe].sort()) console.log(k, v.length, process.argv[4]?('\n   '+v.join('\n   ')):'');
// tarjan
let idx=0; const st=[]; const on=new Set(); const ix=new Map(), low=new Map(); const sccs=[];
function sc(v){ ix.set(v,idx); low.set(v,idx); idx++; st.push(v); on.add(v); for (const w of edges.get(v)??[]) { if(!w) continue; if(!ix.has(w)){ sc(w); low.set(v,Math.min(low.get(v),low.get(w))); } else if(on.has(w)) low.set(v,Math.min(low.get(v),ix.get(w))); } if(low.get(v)===ix.get(v)){ const c=[]; let w; do { w=st.pop(); on.delete(w); c.push(w);} while(w!==v); if(c.length>1) sccs.push(c);} }
for (const f of files) if(!ix.has(f)) sc(f);
if (process.argv[3]!=='folders') for (const c of sccs) console.log('CYCLE', c.length, c.join(' '));
