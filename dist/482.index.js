export const id=482
export const ids=[482,245]
export const modules={5016:(e,t,n)=>{n.d(t,{C0:()=>a,M7:()=>r,uS:()=>o,vz:()=>s})
var i=n(6077)
async function o(e,t,i){const{DescribeServicesCommand:o}=await Promise.all([n.e(279),n.e(861),n.e(212)]).then(n.t.bind(n,212,19)),a=await e.send(new o({cluster:t.cluster,services:[t.service]}),{abortSignal:i}),s=a.services?.[0]
return{found:s,missing:s?"":a.failures?.[0]?.reason??"MISSING",$metadata:a.$metadata}}async function a(e,t,i){const{ListServiceDeploymentsCommand:o}=await Promise.all([n.e(279),n.e(861),n.e(212)]).then(n.t.bind(n,212,19))
return e.send(new o(t),{abortSignal:i})}async function s(e,t,i){const{DescribeServiceRevisionsCommand:o}=await Promise.all([n.e(279),n.e(861),n.e(212)]).then(n.t.bind(n,212,19)),a=await e.send(new o({serviceRevisionArns:[t]}),{abortSignal:i})
return{taskDefinition:a.serviceRevisions?.[0]?.taskDefinition,$metadata:a.$metadata}}async function r(e,t,n){try{const o=await(0,i.bK)(e,{...t,input:n})
return{arn:o.arn,definition:o.definition}}catch(e){if((0,i.sO)(e))return
throw e}}},6365:(e,t,n)=>{n.d(t,{GJ:()=>f,GU:()=>d,U$:()=>v,UU:()=>p,Yj:()=>c,ZW:()=>u,hz:()=>y,l9:()=>m,qC:()=>w,yc:()=>i})
const i=4e3,o=2e4,a=3e4,s=5e3,r=1e4,c=500,l=2e3
function d(e,t){if(0===t.length)return
const{clock:n,lastReadAt:i}=e
if(!n)return
const{intervalMs:o,healthyThreshold:a,unhealthyThreshold:s}=n,r=(i??-1/0)+(e.healthy?(s-1)*o:0)
let l=1/0
for(const e of t){const t=Math.min(a,s),n=Math.max(t,Math.floor((r-e)/o)+1)
l=Math.min(l,e+n*o)}return l+c}function f(e,t,n,i=!1){if(0===t.length)return!1
if(!e.clock||i&&!e.healthy)return!0
const o=d(e,t)
return void 0!==o&&n>=o}function u(e){const t=Math.min(e.stoppedTaskThreshold,e.circuitBreakerThreshold??1/0),n=Math.max(1,t-e.failedTasks)
return e.liveTasks>0?Math.ceil(n/e.liveTasks):2}const h=1e3
function m(e){return Math.max(3,Math.min(200,Math.ceil(e/2)))}function v(e){const{stage:t,stageStartedAt:n,bakeMs:i,drainMs:o}=e
if(void 0!==o)return"BAKE_TIME"===t?n+i+o:"CLEAN_UP"===t?n+o:void 0}function p(e){const{now:t,changedAt:n,completionAt:d,targetReadAt:f}=e,u=(m=e.failureWaves)<=1?i:Math.min(a,(m-1)*o-h)
var m
const v=void 0===d?void 0:d+c
let p=u
if(void 0!==v&&t>=v)p=Math.min(p,Math.max(l,t-v))
else{const e=Math.min(v??1/0,f??1/0)
if(e===1/0)p=Math.min(p,Math.min(r,Math.max(s,t-n)))
else{const n=Math.max(0,e-t)
p=n/Math.max(1,Math.ceil(n/p))}}return void 0!==f&&(p=Math.min(p,Math.max(0,f-t))),p=Math.min(p,Math.max(s,t-e.startedAt)),Math.max(100,Math.round(p))}const y={ecsCallsPerMinute:36,maxDelayMs:3e4}
function w(e,t=y){const{elapsedMs:n,backoffLevel:i,now:o,ecsCallTimes:a}=e,s=e.baseMs??(n<18e4?2e3:n<6e5?3e3:n<12e5?5e3:1e4)
let r=Math.min(s*2**Math.max(0,i),t.maxDelayMs)
const c=a.filter(e=>e>o-6e4).sort((e,t)=>e-t),l=c.length+1-t.ecsCallsPerMinute
return l>0&&(r=Math.max(r,c[l-1]+6e4-o+1)),r}},3398:(e,t,n)=>{n.d(t,{dQ:()=>r,g3:()=>l,wW:()=>c})
var i=n(8293),o=n(7268),a=n(8500),s=n(6365)
const r={now:()=>Date.now(),sleep:(e,t)=>(0,a.setTimeout)(e,void 0,{signal:t})},c=10
async function l(e){const t=e.clock??r,n={...s.hz,...e.pacing},a=t.now(),l=a+e.timeoutMs,d=[]
let f,u=0,h=0
const m=e=>({outcome:e,value:f,elapsedMs:t.now()-a})
for(;;){if(e.signal?.aborted)return m("cancelled")
try{const{value:n,calls:i}=await e.read()
for(let e=0;e<i;e++)d.push(t.now())
if(f=n,u=0,h=Math.max(0,h-1),e.done(n))return{outcome:"done",value:n,elapsedMs:t.now()-a}}catch(t){if(e.signal?.aborted)return m("cancelled")
if(t instanceof o.lZ)throw t
if(!(0,i.Sc)(t)||++u>=c)throw(0,i.es)(t,e.doing)
h++}const r=t.now()
if(r>=l)return m("timeout")
const v=Math.min((0,s.qC)({elapsedMs:r-a,backoffLevel:h,now:r,ecsCallTimes:d},n),l-r)
try{await t.sleep(v,e.signal)}catch(t){if(e.signal?.aborted)return m("cancelled")
throw t}}}},8493:(e,t,n)=>{n.d(t,{aH:()=>h,u0:()=>f})
var i=n(3024),o=n(6760),a=n.n(o),s=n(8815),r=n(7268),c=n(4827)
const l=1048576,d=100
function f(e,t){const n=(0,c.q)(e,t)
let o
try{const a=(0,i.statSync)(n)
if(!a.isFile())throw new r.dz(e,`'${t}' is not a file`,"Give the path of a JSON or YAML file")
o=a.size}catch(t){if(t instanceof r.dz)throw t
throw new r.dz(e,`file not found: ${n}`,"Check the path; relative paths are resolved under GITHUB_WORKSPACE")}if(o>l)throw new r.dz(e,`${n} is ${o} bytes, over the ${l}-byte limit`,"A task definition is a few kilobytes; check that the path names the right file")
const a=(0,i.readFileSync)(n)
let f
try{f=new TextDecoder("utf-8",{fatal:!0}).decode(a)}catch{throw new r.dz(e,`${n} is not valid UTF-8 text`,"Save the file as UTF-8",{file:n})}return function(e,t,n){const i=new s.HN;(/\.json$/i.test(t)||/^\s*[{[]/.test(n))&&function(e,t,n){const i=function(e){const t=e.length,n=[]
let i=0,o="value"
const a=(t,n)=>({...u(e,t),problem:n}),s=()=>{for(;i<t&&(" "===e[i]||"\t"===e[i]||"\n"===e[i]||"\r"===e[i]);)i++},r=()=>n.length?"next":"end"
for(;;){if(s(),i>=t){if("end"===o)return
return""===e.trim()?a(0,"the file is empty"):a(e.trimEnd().length,"the file ends before the JSON value is complete")}const d=e[i]
switch(o){case"end":return a(i,"more text after the JSON value")
case"next":{const e="{"===n[n.length-1]?"}":"]"
if(","===d)o="}"===e?"key":"value",i++
else{if(d!==e)return a(i,`expected ',' or '${e}'`)
n.pop(),o=r(),i++}break}case"first-key":case"key":if("}"===d){if("key"===o)return a(i,"a comma before '}' (JSON has no trailing commas)")
n.pop(),o=r(),i++
break}if('"'!==d)return a(i,"a key that is not in double quotes")
{const e=c()
if(e)return e}o="colon"
break
case"colon":if(":"!==d)return a(i,"expected ':' after the key")
i++,o="value"
break
case"first-value":case"value":if("]"===d&&"value"===o&&"["===n[n.length-1])return a(i,"a comma before ']' (JSON has no trailing commas)")
if("]"===d&&"first-value"===o){n.pop(),o=r(),i++
break}if("{"===d||"["===d){n.push(d),o="{"===d?"first-key":"first-value",i++
break}{const e='"'===d?c():l()
if(e)return e}o=r()}}function c(){const n=i
for(i++;;){if(i>=t||"\n"===e[i]||"\r"===e[i])return a(n,"a string that is not closed on its line")
const o=e.charCodeAt(i)
if('"'===e[i])return void i++
if(o<32)return a(i,"a control character inside a string (write it as an escape)")
if("\\"===e[i]){const t=e[i+1]
if("u"===t){if(!/^[0-9a-fA-F]{4}$/.test(e.slice(i+2,i+6)))return a(i,"an invalid \\u escape")
i+=6
continue}if(void 0===t||!'"\\/bfnrt'.includes(t))return a(i,"an invalid escape in a string")
i+=2
continue}i++}}function l(){for(const t of["true","false","null"])if(e.startsWith(t,i))return void(i+=t.length)
if("'"===e[i])return a(i,"a string in single quotes (JSON takes double quotes)")
if("-"!==e[i]&&!/[0-9]/.test(e[i]))return a(i,"a value that is not JSON")
const t=/-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y
t.lastIndex=i
const n=t.exec(e)
if(!n)return a("-"===e[i]?i+1:i,"a number without digits")
i+=n[0].length}}(n)
if(!i)return
throw new r.dz(e,`${t} is not valid JSON (line ${i.line}, column ${i.column}): ${i.problem}`,void 0,{file:t,line:i.line,column:i.column})}(e,t,n)
const o=(0,s.Tp)(n,{lineCounter:i,prettyErrors:!1,uniqueKeys:!0}),a=o.errors[0]
if(a){const n=i.linePos(a.pos[0]),o=/\.json$/i.test(t)?"JSON":"JSON or YAML",s=a.code.toLowerCase().replace(/_/g," ")
throw new r.dz(e,`${t} is not valid ${o} (line ${n.line}, column ${n.col}): ${s}`,void 0,{file:t,line:n.line,column:n.col})}let c
try{c=o.toJS({maxAliasCount:d})}catch(n){throw new r.dz(e,`${t} could not be read: ${n.message}`,"Remove the YAML aliases that expand it",{file:t})}return{data:c,file:t,lineOf(e){const t=o.getIn(e,!0)
let n=t?.range?.[0]
if(void 0===n&&e.length>0){const t=o.getIn(e.slice(0,-1),!0);(0,s.P3)(t)&&(n=t.range?.[0])}return void 0===n?void 0:i.linePos(n).line}}}(e,n,f)}function u(e,t){const n=e.slice(0,t),i=Math.max(n.lastIndexOf("\n"),n.lastIndexOf("\r"))+1
return{line:n.split(/\r\n|\r|\n/).length,column:t-i+1}}function h(e,t,n,i){const o=t.lineOf(n)
return new r.dz(e,`${a().basename(t.file)}${o?`:${o}`:""}: ${i}`,void 0,{file:t.file,line:o})}},4827:(e,t,n)=>{n.d(t,{q:()=>r})
var i=n(3024),o=n(6760),a=n.n(o),s=n(7268)
function r(e,t){if(a().isAbsolute(t))return a().normalize(t)
const n=a().resolve(process.env.GITHUB_WORKSPACE||process.cwd()),o=a().resolve(n,t),r=()=>new s.dz(e,`'${t}' points outside the workspace (${n})`,"Use a path inside the repository checkout, or an absolute path")
if(!c(n,o))throw r()
let l
try{l=(0,i.realpathSync)(o)}catch{return o}if(!c(function(e){try{return(0,i.realpathSync)(e)}catch{return e}}(n),l))throw r()
return o}function c(e,t){return t===e||t.startsWith(e+a().sep)}},2482:(e,t,n)=>{n.r(t),n.d(t,{rollbackService:()=>m})
var i=n(212),o=n(5016),a=n(8388),s=n(9283),r=n(3398),c=n(3964),l=n(5745),d=n(8293),f=n(7268),u=n(8795),h=n(4056)
async function m(e){const{ecs:t,cluster:n,service:m}=e,y=await async function(e){let t
try{t=await(0,o.uS)(e.ecs,e,e.signal)}catch(t){throw(0,d.es)(t,`describing service ${e.service}`)}if(t.found)return t.found
throw new f.dz("service",`service ${e.service} not found in cluster ${e.cluster}`,"Check the service and cluster names and aws-region")}(e),w=e.toTaskDefinitionArn??await async function(e,t){const n=(0,a.pv)(t.deployments)
if(n)return n
const{ecs:i,cluster:s,service:r,signal:c}=e
try{const e=((await(0,o.C0)(i,{cluster:s,service:r,status:["SUCCESSFUL","ROLLBACK_SUCCESSFUL"]},c)).serviceDeployments??[]).sort((e,t)=>(0,a.kB)(t.createdAt)-(0,a.kB)(e.createdAt))[0]
if(e?.targetServiceRevisionArn){const t=await(0,o.vz)(i,e.targetServiceRevisionArn,c)
if(t.taskDefinition)return t.taskDefinition}}catch(e){throw(0,d.es)(e,`finding the last successful deployment of service ${r}`)}throw new f.lZ(`Cannot roll back service ${r}: it has no COMPLETED deployment to return to. Set rollback-task-definition to the revision to restore`)}(e,y),k=y.deployments?.find(e=>"PRIMARY"===e.status),g=(0,h.Ho)(k,w)
if("update"===g.action&&(0,s.ZV)(y)){const t=await async function(e,t){const{ecs:n,cluster:c,service:m,signal:y}=e
let w
try{const t=await(0,o.C0)(n,{cluster:c,service:m,status:[...v]},y),i=(t?.serviceDeployments??[]).sort((e,t)=>(0,a.kB)(t.createdAt)-(0,a.kB)(e.createdAt))[0]
if(i?.serviceDeploymentArn){const t=await p(e,i.serviceDeploymentArn),a=t?.sourceServiceRevisions?.[0]?.arn
w={serviceDeploymentArn:i.serviceDeploymentArn,status:t?.status??i.status,sourceTaskDefinitionArn:a?(await(0,o.vz)(n,a,y)).taskDefinition:void 0}}}catch(e){const t=(0,l.WI)(e)
if(!t)throw(0,d.es)(e,`reading the service deployments of service ${m}`)
return void(0,l.mc)(`Rolling back with UpdateService: the service deployment in flight cannot be read to roll it back with StopServiceDeployment. ${(0,l.jj)(t)}`)}const k=(0,h.yz)(w,t)
if("update"===k.action)return
const g=k.serviceDeploymentArn
if("stop-service-deployment"===k.action){if(y?.aborted)throw new f.lZ(`Cancelled: service ${m} was not rolled back to ${(0,a.pd)(t)}`)
try{await n.send(new i.a8L({serviceDeploymentArn:g,stopType:"ROLLBACK"}))}catch(e){const t=e.name
if(!(h.xY.has(t)||"client"===e.$fault)&&!(0,l.WI)(e))throw(0,d.es)(e,`stopping service deployment ${(0,s.mX)({serviceDeploymentArn:g})} of service ${m} with rollback`)
const n=(0,l.WI)(e)
return void(0,l.mc)(`StopServiceDeployment (ROLLBACK) was refused for service ${m} (${t}: ${e.message}); rolling back with UpdateService instead${n?`. ${(0,l.jj)(n)}`:""}`)}u.Rm.info(`Stopped service deployment ${(0,s.mX)({serviceDeploymentArn:g})} of service ${m} with ROLLBACK: ECS returns it to ${(0,a.pd)(t)}`)}const $=(0,s.mX)({serviceDeploymentArn:g}),S=await(0,r.g3)({read:async()=>({value:await p(e,g),calls:1}),done:e=>!!e?.status&&!v.includes(e.status),timeoutMs:e.timeoutMs,doing:`waiting for the rollback of service deployment ${$} of service ${m}`,signal:y,clock:e.clock,pacing:e.pacing}),b=S.value?.status??"unknown",A="done"===S.outcome&&"ROLLBACK_SUCCESSFUL"===b,M="done"===S.outcome?A?`Service deployment ${$} is ROLLBACK_SUCCESSFUL: service ${m} runs ${(0,a.pd)(t)} again`:`Service deployment ${$} ended ${b}: ${(0,s.SR)(S.value)}`:`${"timeout"===S.outcome?"Timed out":"Cancelled"} waiting for the rollback of service deployment ${$} (${b})`
return{toTaskDefinitionArn:t,deploymentId:$,updated:"stop-service-deployment"===k.action,stoppedServiceDeployment:"stop-service-deployment"===k.action,wait:{healthy:A,outcome:A?"healthy":"done"===S.outcome?"failed":S.outcome,reason:M,details:[],elapsedMs:S.elapsedMs,deploymentId:$,taskDefinitionArn:A?t:"",timeline:[{atMs:S.elapsedMs,text:M}]}}}(e,w)
if(t)return t}let $
const S="update"===g.action
if("follow"===g.action)$=g.deploymentId
else{if(e.signal?.aborted)throw new f.lZ(`Cancelled: service ${m} was not rolled back to ${(0,a.pd)(w)}`)
try{const e=await t.send(new i.UpdateServiceCommand({cluster:n,service:m,taskDefinition:w}))
$=e.service?.deployments?.find(e=>"PRIMARY"===e.status)?.id}catch(e){throw(0,d.es)(e,`rolling service ${m} back to ${(0,a.pd)(w)}`)}}if(!$)throw new f.lZ(`Rolling service ${m} back to ${(0,a.pd)(w)}: ECS returned no PRIMARY deployment`)
const b=await(0,c.waitForDeployment)({...e,deploymentId:$})
return{toTaskDefinitionArn:k?.taskDefinition&&!S?k.taskDefinition:w,deploymentId:$,updated:S,wait:b}}const v=["PENDING","IN_PROGRESS","ROLLBACK_REQUESTED","ROLLBACK_IN_PROGRESS"]
async function p(e,t){const n=await e.ecs.send(new i.A6p({serviceDeploymentArns:[t]}),{abortSignal:e.signal})
return n?.serviceDeployments?.[0]}},6077:(e,t,n)=>{n.d(t,{bK:()=>l,bs:()=>c,sO:()=>d})
var i=n(8293),o=n(8493),a=n(7268)
class s extends a.dz{identifier
constructor(e,t){super(e,`no task definition '${t}' is registered in this account and region`,"Check the family, the revision and aws-region (a family exists once it has been registered)"),this.identifier=t,this.name="TaskDefinitionNotFoundError"}}function r(e){return"object"==typeof e&&null!==e&&!Array.isArray(e)}function c(e,t){const n=(0,o.u0)(e,t)
if(!r(n.data))throw(0,o.aH)(e,n,[],"is not a task definition: expected an object with containerDefinitions")
const i=r(n.data.taskDefinition)&&!("containerDefinitions"in n.data),a=i?["taskDefinition"]:[],s=i?n.data.taskDefinition:n.data,c={data:s,file:n.file,lineOf:e=>n.lineOf([...a,...e])}
if(!Array.isArray(s.containerDefinitions)){const t=void 0===s.containerDefinitions?"has no containerDefinitions array":"containerDefinitions must be an array"
throw(0,o.aH)(e,c,["containerDefinitions"],`${t}; a task definition lists its containers there`)}let l=[]
return i&&void 0!==n.data.tags&&null!==n.data.tags&&(l=function(e,t){if(!Array.isArray(e))throw t(void 0,"tags must be an array of { key, value }")
return e.map((e,n)=>{if(!r(e)||"string"!=typeof e.key||"string"!=typeof(e.value??""))throw t(n,`tags[${n}] must be an object with a string key and value`)
return{key:e.key,value:e.value??""}})}(n.data.tags,(t,i)=>(0,o.aH)(e,n,void 0===t?["tags"]:["tags",t],i))),{definition:s,tags:l,document:c}}async function l(e,t){const o=function(e){if(e.arn)return e.arn
if(!e.family)throw new a.lZ("A task definition ARN or family is needed to fetch one from ECS")
return void 0===e.revision?e.family:`${e.family}:${e.revision}`}(t),{DescribeTaskDefinitionCommand:r}=await Promise.all([n.e(279),n.e(861),n.e(212)]).then(n.t.bind(n,212,19))
let c
try{c=await e.send(new r({taskDefinition:o,include:["TAGS"]}))}catch(e){if(d(e)){const e=t.input??(t.arn?"task-definition-arn":"task-definition-family")
throw new s(e,o)}throw(0,i.es)(e,`describing task definition ${o}`)}if(!c.taskDefinition)throw new a.lZ(`ECS returned no task definition for '${o}'`)
return{definition:JSON.parse(JSON.stringify(c.taskDefinition)),tags:(c.tags??[]).map(e=>({key:e.key??"",value:e.value??""})),arn:c.taskDefinition.taskDefinitionArn??o}}function d(e){if(e instanceof s)return!0
const t=e
return!(!t||"object"!=typeof t)&&("ResourceNotFoundException"===t.name||"ClientException"===t.name&&/unable to describe task definition|not found|does not exist|no task definition/i.test(t.message??""))}}}

