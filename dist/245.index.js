export const id=245
export const ids=[245]
export const modules={5016:(e,t,n)=>{n.d(t,{C0:()=>o,M7:()=>s,uS:()=>a,vz:()=>r})
var i=n(6077)
async function a(e,t,i){const{DescribeServicesCommand:a}=await Promise.all([n.e(279),n.e(861),n.e(212)]).then(n.t.bind(n,212,19)),o=await e.send(new a({cluster:t.cluster,services:[t.service]}),{abortSignal:i}),r=o.services?.[0]
return{found:r,missing:r?"":o.failures?.[0]?.reason??"MISSING",$metadata:o.$metadata}}async function o(e,t,i){const{ListServiceDeploymentsCommand:a}=await Promise.all([n.e(279),n.e(861),n.e(212)]).then(n.t.bind(n,212,19))
return e.send(new a(t),{abortSignal:i})}async function r(e,t,i){const{DescribeServiceRevisionsCommand:a}=await Promise.all([n.e(279),n.e(861),n.e(212)]).then(n.t.bind(n,212,19)),o=await e.send(new a({serviceRevisionArns:[t]}),{abortSignal:i})
return{taskDefinition:o.serviceRevisions?.[0]?.taskDefinition,$metadata:o.$metadata}}async function s(e,t,n){try{const a=await(0,i.bK)(e,{...t,input:n})
return{arn:a.arn,definition:a.definition}}catch(e){if((0,i.sO)(e))return
throw e}}},6365:(e,t,n)=>{n.d(t,{GJ:()=>u,GU:()=>f,U$:()=>v,UU:()=>w,Yj:()=>c,ZW:()=>d,hz:()=>y,l9:()=>m,qC:()=>p,yc:()=>i})
const i=4e3,a=2e4,o=3e4,r=5e3,s=1e4,c=500,l=2e3
function f(e,t){if(0===t.length)return
const{clock:n,lastReadAt:i}=e
if(!n)return
const{intervalMs:a,healthyThreshold:o,unhealthyThreshold:r}=n,s=(i??-1/0)+(e.healthy?(r-1)*a:0)
let l=1/0
for(const e of t){const t=Math.min(o,r),n=Math.max(t,Math.floor((s-e)/a)+1)
l=Math.min(l,e+n*a)}return l+c}function u(e,t,n,i=!1){if(0===t.length)return!1
if(!e.clock||i&&!e.healthy)return!0
const a=f(e,t)
return void 0!==a&&n>=a}function d(e){const t=Math.min(e.stoppedTaskThreshold,e.circuitBreakerThreshold??1/0),n=Math.max(1,t-e.failedTasks)
return e.liveTasks>0?Math.ceil(n/e.liveTasks):2}const h=1e3
function m(e){return Math.max(3,Math.min(200,Math.ceil(e/2)))}function v(e){const{stage:t,stageStartedAt:n,bakeMs:i,drainMs:a}=e
if(void 0!==a)return"BAKE_TIME"===t?n+i+a:"CLEAN_UP"===t?n+a:void 0}function w(e){const{now:t,changedAt:n,completionAt:f,targetReadAt:u}=e,d=(m=e.failureWaves)<=1?i:Math.min(o,(m-1)*a-h)
var m
const v=void 0===f?void 0:f+c
let w=d
if(void 0!==v&&t>=v)w=Math.min(w,Math.max(l,t-v))
else{const e=Math.min(v??1/0,u??1/0)
if(e===1/0)w=Math.min(w,Math.min(s,Math.max(r,t-n)))
else{const n=Math.max(0,e-t)
w=n/Math.max(1,Math.ceil(n/w))}}return void 0!==u&&(w=Math.min(w,Math.max(0,u-t))),w=Math.min(w,Math.max(r,t-e.startedAt)),Math.max(100,Math.round(w))}const y={ecsCallsPerMinute:36,maxDelayMs:3e4}
function p(e,t=y){const{elapsedMs:n,backoffLevel:i,now:a,ecsCallTimes:o}=e,r=e.baseMs??(n<18e4?2e3:n<6e5?3e3:n<12e5?5e3:1e4)
let s=Math.min(r*2**Math.max(0,i),t.maxDelayMs)
const c=o.filter(e=>e>a-6e4).sort((e,t)=>e-t),l=c.length+1-t.ecsCallsPerMinute
return l>0&&(s=Math.max(s,c[l-1]+6e4-a+1)),s}},3398:(e,t,n)=>{n.d(t,{dQ:()=>s,g3:()=>l,wW:()=>c})
var i=n(8293),a=n(7268),o=n(8500),r=n(6365)
const s={now:()=>Date.now(),sleep:(e,t)=>(0,o.setTimeout)(e,void 0,{signal:t})},c=10
async function l(e){const t=e.clock??s,n={...r.hz,...e.pacing},o=t.now(),l=o+e.timeoutMs,f=[]
let u,d=0,h=0
const m=e=>({outcome:e,value:u,elapsedMs:t.now()-o})
for(;;){if(e.signal?.aborted)return m("cancelled")
try{const{value:n,calls:i}=await e.read()
for(let e=0;e<i;e++)f.push(t.now())
if(u=n,d=0,h=Math.max(0,h-1),e.done(n))return{outcome:"done",value:n,elapsedMs:t.now()-o}}catch(t){if(e.signal?.aborted)return m("cancelled")
if(t instanceof a.lZ)throw t
if(!(0,i.Sc)(t)||++d>=c)throw(0,i.es)(t,e.doing)
h++}const s=t.now()
if(s>=l)return m("timeout")
const v=Math.min((0,r.qC)({elapsedMs:s-o,backoffLevel:h,now:s,ecsCallTimes:f},n),l-s)
try{await t.sleep(v,e.signal)}catch(t){if(e.signal?.aborted)return m("cancelled")
throw t}}}},8493:(e,t,n)=>{n.d(t,{aH:()=>h,u0:()=>u})
var i=n(3024),a=n(6760),o=n.n(a),r=n(8815),s=n(7268),c=n(4827)
const l=1048576,f=100
function u(e,t){const n=(0,c.q)(e,t)
let a
try{const o=(0,i.statSync)(n)
if(!o.isFile())throw new s.dz(e,`'${t}' is not a file`,"Give the path of a JSON or YAML file")
a=o.size}catch(t){if(t instanceof s.dz)throw t
throw new s.dz(e,`file not found: ${n}`,"Check the path; relative paths are resolved under GITHUB_WORKSPACE")}if(a>l)throw new s.dz(e,`${n} is ${a} bytes, over the ${l}-byte limit`,"A task definition is a few kilobytes; check that the path names the right file")
const o=(0,i.readFileSync)(n)
let u
try{u=new TextDecoder("utf-8",{fatal:!0}).decode(o)}catch{throw new s.dz(e,`${n} is not valid UTF-8 text`,"Save the file as UTF-8",{file:n})}return function(e,t,n){const i=new r.HN;(/\.json$/i.test(t)||/^\s*[{[]/.test(n))&&function(e,t,n){const i=function(e){const t=e.length,n=[]
let i=0,a="value"
const o=(t,n)=>({...d(e,t),problem:n}),r=()=>{for(;i<t&&(" "===e[i]||"\t"===e[i]||"\n"===e[i]||"\r"===e[i]);)i++},s=()=>n.length?"next":"end"
for(;;){if(r(),i>=t){if("end"===a)return
return""===e.trim()?o(0,"the file is empty"):o(e.trimEnd().length,"the file ends before the JSON value is complete")}const f=e[i]
switch(a){case"end":return o(i,"more text after the JSON value")
case"next":{const e="{"===n[n.length-1]?"}":"]"
if(","===f)a="}"===e?"key":"value",i++
else{if(f!==e)return o(i,`expected ',' or '${e}'`)
n.pop(),a=s(),i++}break}case"first-key":case"key":if("}"===f){if("key"===a)return o(i,"a comma before '}' (JSON has no trailing commas)")
n.pop(),a=s(),i++
break}if('"'!==f)return o(i,"a key that is not in double quotes")
{const e=c()
if(e)return e}a="colon"
break
case"colon":if(":"!==f)return o(i,"expected ':' after the key")
i++,a="value"
break
case"first-value":case"value":if("]"===f&&"value"===a&&"["===n[n.length-1])return o(i,"a comma before ']' (JSON has no trailing commas)")
if("]"===f&&"first-value"===a){n.pop(),a=s(),i++
break}if("{"===f||"["===f){n.push(f),a="{"===f?"first-key":"first-value",i++
break}{const e='"'===f?c():l()
if(e)return e}a=s()}}function c(){const n=i
for(i++;;){if(i>=t||"\n"===e[i]||"\r"===e[i])return o(n,"a string that is not closed on its line")
const a=e.charCodeAt(i)
if('"'===e[i])return void i++
if(a<32)return o(i,"a control character inside a string (write it as an escape)")
if("\\"===e[i]){const t=e[i+1]
if("u"===t){if(!/^[0-9a-fA-F]{4}$/.test(e.slice(i+2,i+6)))return o(i,"an invalid \\u escape")
i+=6
continue}if(void 0===t||!'"\\/bfnrt'.includes(t))return o(i,"an invalid escape in a string")
i+=2
continue}i++}}function l(){for(const t of["true","false","null"])if(e.startsWith(t,i))return void(i+=t.length)
if("'"===e[i])return o(i,"a string in single quotes (JSON takes double quotes)")
if("-"!==e[i]&&!/[0-9]/.test(e[i]))return o(i,"a value that is not JSON")
const t=/-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y
t.lastIndex=i
const n=t.exec(e)
if(!n)return o("-"===e[i]?i+1:i,"a number without digits")
i+=n[0].length}}(n)
if(!i)return
throw new s.dz(e,`${t} is not valid JSON (line ${i.line}, column ${i.column}): ${i.problem}`,void 0,{file:t,line:i.line,column:i.column})}(e,t,n)
const a=(0,r.Tp)(n,{lineCounter:i,prettyErrors:!1,uniqueKeys:!0}),o=a.errors[0]
if(o){const n=i.linePos(o.pos[0]),a=/\.json$/i.test(t)?"JSON":"JSON or YAML",r=o.code.toLowerCase().replace(/_/g," ")
throw new s.dz(e,`${t} is not valid ${a} (line ${n.line}, column ${n.col}): ${r}`,void 0,{file:t,line:n.line,column:n.col})}let c
try{c=a.toJS({maxAliasCount:f})}catch(n){throw new s.dz(e,`${t} could not be read: ${n.message}`,"Remove the YAML aliases that expand it",{file:t})}return{data:c,file:t,lineOf(e){const t=a.getIn(e,!0)
let n=t?.range?.[0]
if(void 0===n&&e.length>0){const t=a.getIn(e.slice(0,-1),!0);(0,r.P3)(t)&&(n=t.range?.[0])}return void 0===n?void 0:i.linePos(n).line}}}(e,n,u)}function d(e,t){const n=e.slice(0,t),i=Math.max(n.lastIndexOf("\n"),n.lastIndexOf("\r"))+1
return{line:n.split(/\r\n|\r|\n/).length,column:t-i+1}}function h(e,t,n,i){const a=t.lineOf(n)
return new s.dz(e,`${o().basename(t.file)}${a?`:${a}`:""}: ${i}`,void 0,{file:t.file,line:a})}},4827:(e,t,n)=>{n.d(t,{q:()=>s})
var i=n(3024),a=n(6760),o=n.n(a),r=n(7268)
function s(e,t){if(o().isAbsolute(t))return o().normalize(t)
const n=o().resolve(process.env.GITHUB_WORKSPACE||process.cwd()),a=o().resolve(n,t),s=()=>new r.dz(e,`'${t}' points outside the workspace (${n})`,"Use a path inside the repository checkout, or an absolute path")
if(!c(n,a))throw s()
let l
try{l=(0,i.realpathSync)(a)}catch{return a}if(!c(function(e){try{return(0,i.realpathSync)(e)}catch{return e}}(n),l))throw s()
return a}function c(e,t){return t===e||t.startsWith(e+o().sep)}},6077:(e,t,n)=>{n.d(t,{bK:()=>l,bs:()=>c,sO:()=>f})
var i=n(8293),a=n(8493),o=n(7268)
class r extends o.dz{identifier
constructor(e,t){super(e,`no task definition '${t}' is registered in this account and region`,"Check the family, the revision and aws-region (a family exists once it has been registered)"),this.identifier=t,this.name="TaskDefinitionNotFoundError"}}function s(e){return"object"==typeof e&&null!==e&&!Array.isArray(e)}function c(e,t){const n=(0,a.u0)(e,t)
if(!s(n.data))throw(0,a.aH)(e,n,[],"is not a task definition: expected an object with containerDefinitions")
const i=s(n.data.taskDefinition)&&!("containerDefinitions"in n.data),o=i?["taskDefinition"]:[],r=i?n.data.taskDefinition:n.data,c={data:r,file:n.file,lineOf:e=>n.lineOf([...o,...e])}
if(!Array.isArray(r.containerDefinitions)){const t=void 0===r.containerDefinitions?"has no containerDefinitions array":"containerDefinitions must be an array"
throw(0,a.aH)(e,c,["containerDefinitions"],`${t}; a task definition lists its containers there`)}let l=[]
return i&&void 0!==n.data.tags&&null!==n.data.tags&&(l=function(e,t){if(!Array.isArray(e))throw t(void 0,"tags must be an array of { key, value }")
return e.map((e,n)=>{if(!s(e)||"string"!=typeof e.key||"string"!=typeof(e.value??""))throw t(n,`tags[${n}] must be an object with a string key and value`)
return{key:e.key,value:e.value??""}})}(n.data.tags,(t,i)=>(0,a.aH)(e,n,void 0===t?["tags"]:["tags",t],i))),{definition:r,tags:l,document:c}}async function l(e,t){const a=function(e){if(e.arn)return e.arn
if(!e.family)throw new o.lZ("A task definition ARN or family is needed to fetch one from ECS")
return void 0===e.revision?e.family:`${e.family}:${e.revision}`}(t),{DescribeTaskDefinitionCommand:s}=await Promise.all([n.e(279),n.e(861),n.e(212)]).then(n.t.bind(n,212,19))
let c
try{c=await e.send(new s({taskDefinition:a,include:["TAGS"]}))}catch(e){if(f(e)){const e=t.input??(t.arn?"task-definition-arn":"task-definition-family")
throw new r(e,a)}throw(0,i.es)(e,`describing task definition ${a}`)}if(!c.taskDefinition)throw new o.lZ(`ECS returned no task definition for '${a}'`)
return{definition:JSON.parse(JSON.stringify(c.taskDefinition)),tags:(c.tags??[]).map(e=>({key:e.key??"",value:e.value??""})),arn:c.taskDefinition.taskDefinitionArn??a}}function f(e){if(e instanceof r)return!0
const t=e
return!(!t||"object"!=typeof t)&&("ResourceNotFoundException"===t.name||"ClientException"===t.name&&/unable to describe task definition|not found|does not exist|no task definition/i.test(t.message??""))}}}

