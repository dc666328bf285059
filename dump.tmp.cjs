const fs=require('fs');const y=require('yaml');
const f=process.argv[2];const t=fs.readFileSync('content/articles/'+f+'.md','utf8');const fm=y.parse(t.split(/^---$/m)[1]);
for(const g of fm.gaps||[]) console.log('GAP '+g.standard+' ['+g.role+']\n'+g.explanation+'\n');
for(const a of fm.applications||[]) console.log('APP '+a.id+' when: '+a.when+'\n'+a.description+'\n');
for(const r of fm.recommendations||[]) console.log('REC '+r.id+'\n'+r.text+'\n');
