export const id=77
export const ids=[77]
export const modules={8493:(e,t,n)=>{n.d(t,{aH:()=>m,u0:()=>l})
var i=n(3024),o=n(6760),r=n.n(o),a=n(7268),s=n(4827)
const c=1048576,f=100
async function l(e,t){const o=(0,s.q)(e,t)
let r
try{const n=(0,i.statSync)(o)
if(!n.isFile())throw new a.dz(e,`'${t}' is not a file`,"Give the path of a JSON or YAML file")
r=n.size}catch(t){if(t instanceof a.dz)throw t
throw new a.dz(e,`file not found: ${o}`,"Check the path; relative paths are resolved under GITHUB_WORKSPACE")}if(r>c)throw new a.dz(e,`${o} is ${r} bytes, over the ${c}-byte limit`,"A task definition is a few kilobytes; check that the path names the right file")
const l=(0,i.readFileSync)(o)
let m
try{m=new TextDecoder("utf-8",{fatal:!0}).decode(l)}catch{throw new a.dz(e,`${o} is not valid UTF-8 text`,"Save the file as UTF-8",{file:o})}return async function(e,t,i){if(/\.json$/i.test(t)||/^\s*[{[]/.test(i))return function(e,t,n){const i=[]
let o,r,a
const s=d(n,{value(e){const t={offset:e}
"{"!==n[e]&&"["!==n[e]||(t.members=new Map,t.isArray="["===n[e])
const a=i[i.length-1]
a?a.members.set(a.isArray?a.members.size:r,t):o=t,t.members&&i.push(t)},key(e,t){r=JSON.parse(n.slice(e,t)),void 0===a&&i[i.length-1].members.has(r)&&(a=e)},close(){i.pop()}})
if(s)throw u(e,t,"JSON",s)
if(void 0!==a){throw u(e,t,/\.json$/i.test(t)?"JSON":"JSON or YAML",{...h(n,a),problem:"duplicate key"})}const c=e=>{let t=o
for(const n of e){const e=t?.isArray&&"string"==typeof n&&""!==n?Number(n):n
t=t?.members?.get(e)}return t}
return{data:JSON.parse(n),file:t,lineOf(e){let t=c(e)
if(!t&&e.length>0){const n=c(e.slice(0,-1))
n?.members&&(t=n)}return t&&h(n,t.offset).line}}}(e,t,i)
const{LineCounter:o,parseDocument:r,isCollection:s}=await n.e(815).then(n.t.bind(n,8815,19)),c=new o,l=r(i,{lineCounter:c,prettyErrors:!1,uniqueKeys:!0}),m=l.errors[0]
if(m){const n=c.linePos(m.pos[0]),i=m.code.toLowerCase().replace(/_/g," ")
throw u(e,t,"JSON or YAML",{line:n.line,column:n.col,problem:i})}let y
try{y=l.toJS({maxAliasCount:f})}catch(n){throw new a.dz(e,`${t} could not be read: ${n.message}`,"Remove the YAML aliases that expand it",{file:t})}return{data:y,file:t,lineOf(e){const t=l.getIn(e,!0)
let n=t?.range?.[0]
if(void 0===n&&e.length>0){const t=l.getIn(e.slice(0,-1),!0)
s(t)&&(n=t.range?.[0])}return void 0===n?void 0:c.linePos(n).line}}}(e,o,m)}function u(e,t,n,i){return new a.dz(e,`${t} is not valid ${n} (line ${i.line}, column ${i.column}): ${i.problem}`,void 0,{file:t,line:i.line,column:i.column})}function d(e,t){const n=e.length,i=[]
let o=0,r="value"
const a=(t,n)=>({...h(e,t),problem:n}),s=()=>{for(;o<n&&(" "===e[o]||"\t"===e[o]||"\n"===e[o]||"\r"===e[o]);)o++},c=()=>i.length?"next":"end"
for(;;){if(s(),o>=n){if("end"===r)return
return""===e.trim()?a(0,"the file is empty"):a(e.trimEnd().length,"the file ends before the JSON value is complete")}const u=e[o]
switch(r){case"end":return a(o,"more text after the JSON value")
case"next":{const e="{"===i[i.length-1]?"}":"]"
if(","===u)r="}"===e?"key":"value",o++
else{if(u!==e)return a(o,`expected ',' or '${e}'`)
i.pop(),t?.close(),r=c(),o++}break}case"first-key":case"key":if("}"===u){if("key"===r)return a(o,"a comma before '}' (JSON has no trailing commas)")
i.pop(),t?.close(),r=c(),o++
break}if('"'!==u)return a(o,"a key that is not in double quotes")
{const e=o,n=f()
if(n)return n
t?.key(e,o)}r="colon"
break
case"colon":if(":"!==u)return a(o,"expected ':' after the key")
o++,r="value"
break
case"first-value":case"value":if("]"===u&&"value"===r&&"["===i[i.length-1])return a(o,"a comma before ']' (JSON has no trailing commas)")
if("]"===u&&"first-value"===r){i.pop(),t?.close(),r=c(),o++
break}if(t?.value(o),"{"===u||"["===u){i.push(u),r="{"===u?"first-key":"first-value",o++
break}{const e='"'===u?f():l()
if(e)return e}r=c()}}function f(){const t=o
for(o++;;){if(o>=n||"\n"===e[o]||"\r"===e[o])return a(t,"a string that is not closed on its line")
const i=e.charCodeAt(o)
if('"'===e[o])return void o++
if(i<32)return a(o,"a control character inside a string (write it as an escape)")
if("\\"===e[o]){const t=e[o+1]
if("u"===t){if(!/^[0-9a-fA-F]{4}$/.test(e.slice(o+2,o+6)))return a(o,"an invalid \\u escape")
o+=6
continue}if(void 0===t||!'"\\/bfnrt'.includes(t))return a(o,"an invalid escape in a string")
o+=2
continue}o++}}function l(){for(const t of["true","false","null"])if(e.startsWith(t,o))return void(o+=t.length)
if("'"===e[o])return a(o,"a string in single quotes (JSON takes double quotes)")
if("-"!==e[o]&&!/[0-9]/.test(e[o]))return a(o,"a value that is not JSON")
const t=/-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y
t.lastIndex=o
const n=t.exec(e)
if(!n)return a("-"===e[o]?o+1:o,"a number without digits")
o+=n[0].length}}function h(e,t){const n=e.slice(0,t),i=Math.max(n.lastIndexOf("\n"),n.lastIndexOf("\r"))+1
return{line:n.split(/\r\n|\r|\n/).length,column:t-i+1}}function m(e,t,n,i){const o=t.lineOf(n)
return new a.dz(e,`${r().basename(t.file)}${o?`:${o}`:""}: ${i}`,void 0,{file:t.file,line:o})}},4827:(e,t,n)=>{n.d(t,{q:()=>s})
var i=n(3024),o=n(6760),r=n.n(o),a=n(7268)
function s(e,t){if(r().isAbsolute(t))return r().normalize(t)
const n=r().resolve(process.env.GITHUB_WORKSPACE||process.cwd()),o=r().resolve(n,t),s=()=>new a.dz(e,`'${t}' points outside the workspace (${n})`,"Use a path inside the repository checkout, or an absolute path")
if(!c(n,o))throw s()
let f
try{f=(0,i.realpathSync)(o)}catch{return o}if(!c(function(e){try{return(0,i.realpathSync)(e)}catch{return e}}(n),f))throw s()
return o}function c(e,t){return t===e||t.startsWith(e+r().sep)}},6077:(e,t,n)=>{n.d(t,{bK:()=>f,bs:()=>c,sO:()=>l})
var i=n(8293),o=n(8493),r=n(7268)
class a extends r.dz{identifier
constructor(e,t){super(e,`no task definition '${t}' is registered in this account and region`,"Check the family, the revision and aws-region (a family exists once it has been registered)"),this.identifier=t,this.name="TaskDefinitionNotFoundError"}}function s(e){return"object"==typeof e&&null!==e&&!Array.isArray(e)}async function c(e,t){const n=await(0,o.u0)(e,t)
if(!s(n.data))throw(0,o.aH)(e,n,[],"is not a task definition: expected an object with containerDefinitions")
const i=s(n.data.taskDefinition)&&!("containerDefinitions"in n.data),r=i?["taskDefinition"]:[],a=i?n.data.taskDefinition:n.data,c={data:a,file:n.file,lineOf:e=>n.lineOf([...r,...e])}
if(!Array.isArray(a.containerDefinitions)){const t=void 0===a.containerDefinitions?"has no containerDefinitions array":"containerDefinitions must be an array"
throw(0,o.aH)(e,c,["containerDefinitions"],`${t}; a task definition lists its containers there`)}let f=[]
return i&&void 0!==n.data.tags&&null!==n.data.tags&&(f=function(e,t){if(!Array.isArray(e))throw t(void 0,"tags must be an array of { key, value }")
return e.map((e,n)=>{if(!s(e)||"string"!=typeof e.key||"string"!=typeof(e.value??""))throw t(n,`tags[${n}] must be an object with a string key and value`)
return{key:e.key,value:e.value??""}})}(n.data.tags,(t,i)=>(0,o.aH)(e,n,void 0===t?["tags"]:["tags",t],i))),{definition:a,tags:f,document:c}}async function f(e,t){const o=function(e){if(e.arn)return e.arn
if(!e.family)throw new r.lZ("A task definition ARN or family is needed to fetch one from ECS")
return void 0===e.revision?e.family:`${e.family}:${e.revision}`}(t),{DescribeTaskDefinitionCommand:s}=await Promise.all([n.e(279),n.e(861),n.e(212)]).then(n.t.bind(n,212,19))
let c
try{c=await e.send(new s({taskDefinition:o,include:["TAGS"]}))}catch(e){if(l(e)){const e=t.input??(t.arn?"task-definition-arn":"task-definition-family")
throw new a(e,o)}throw(0,i.es)(e,`describing task definition ${o}`)}if(!c.taskDefinition)throw new r.lZ(`ECS returned no task definition for '${o}'`)
return{definition:JSON.parse(JSON.stringify(c.taskDefinition)),tags:(c.tags??[]).map(e=>({key:e.key??"",value:e.value??""})),arn:c.taskDefinition.taskDefinitionArn??o}}function l(e){if(e instanceof a)return!0
const t=e
return!(!t||"object"!=typeof t)&&("ResourceNotFoundException"===t.name||"ClientException"===t.name&&/unable to describe task definition|not found|does not exist|no task definition/i.test(t.message??""))}}}

