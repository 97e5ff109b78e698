export const id=908
export const ids=[908,77,482]
export const modules={3398:(e,t,n)=>{n.d(t,{g:()=>a})
var i=n(8293),o=n(7268),s=n(8041),r=n(8566)
async function a(e){const t=e.clock??r.realClock,n={...s.hz,...e.pacing},a=t.now(),c=a+e.timeoutMs,l=[]
let f,d=0,u=0
const h=e=>({outcome:e,value:f,elapsedMs:t.now()-a})
for(;;){if(e.signal?.aborted)return h("cancelled")
try{const{value:n,calls:i}=await e.read()
for(let e=0;e<i;e++)l.push(t.now())
if(f=n,d=0,u=Math.max(0,u-1),e.done(n))return{outcome:"done",value:n,elapsedMs:t.now()-a}}catch(t){if(e.signal?.aborted)return h("cancelled")
if(t instanceof o.lZ)throw t
if(!(0,i.Sc)(t)||++d>=r.MAX_CONSECUTIVE_ERRORS)throw(0,i.es)(t,e.doing)
u++}const p=t.now()
if(p>=c)return h("timeout")
const v=Math.min((0,s.qC)({elapsedMs:p-a,backoffLevel:u,now:p,ecsCallTimes:l},n),c-p)
try{await t.sleep(v,e.signal)}catch(t){if(e.signal?.aborted)return h("cancelled")
throw t}}}},8493:(e,t,n)=>{n.d(t,{aH:()=>h,u0:()=>d})
var i=n(3024),o=n(6760),s=n.n(o),r=n(8815),a=n(7268),c=n(4827)
const l=1048576,f=100
function d(e,t){const n=(0,c.q)(e,t)
let o
try{const s=(0,i.statSync)(n)
if(!s.isFile())throw new a.dz(e,`'${t}' is not a file`,"Give the path of a JSON or YAML file")
o=s.size}catch(t){if(t instanceof a.dz)throw t
throw new a.dz(e,`file not found: ${n}`,"Check the path; relative paths are resolved under GITHUB_WORKSPACE")}if(o>l)throw new a.dz(e,`${n} is ${o} bytes, over the ${l}-byte limit`,"A task definition is a few kilobytes; check that the path names the right file")
const s=(0,i.readFileSync)(n)
let d
try{d=new TextDecoder("utf-8",{fatal:!0}).decode(s)}catch{throw new a.dz(e,`${n} is not valid UTF-8 text`,"Save the file as UTF-8",{file:n})}return function(e,t,n){const i=new r.HN;(/\.json$/i.test(t)||/^\s*[{[]/.test(n))&&function(e,t,n){const i=function(e){const t=e.length,n=[]
let i=0,o="value"
const s=(t,n)=>({...u(e,t),problem:n}),r=()=>{for(;i<t&&(" "===e[i]||"\t"===e[i]||"\n"===e[i]||"\r"===e[i]);)i++},a=()=>n.length?"next":"end"
for(;;){if(r(),i>=t){if("end"===o)return
return""===e.trim()?s(0,"the file is empty"):s(e.trimEnd().length,"the file ends before the JSON value is complete")}const f=e[i]
switch(o){case"end":return s(i,"more text after the JSON value")
case"next":{const e="{"===n[n.length-1]?"}":"]"
if(","===f)o="}"===e?"key":"value",i++
else{if(f!==e)return s(i,`expected ',' or '${e}'`)
n.pop(),o=a(),i++}break}case"first-key":case"key":if("}"===f){if("key"===o)return s(i,"a comma before '}' (JSON has no trailing commas)")
n.pop(),o=a(),i++
break}if('"'!==f)return s(i,"a key that is not in double quotes")
{const e=c()
if(e)return e}o="colon"
break
case"colon":if(":"!==f)return s(i,"expected ':' after the key")
i++,o="value"
break
case"first-value":case"value":if("]"===f&&"value"===o&&"["===n[n.length-1])return s(i,"a comma before ']' (JSON has no trailing commas)")
if("]"===f&&"first-value"===o){n.pop(),o=a(),i++
break}if("{"===f||"["===f){n.push(f),o="{"===f?"first-key":"first-value",i++
break}{const e='"'===f?c():l()
if(e)return e}o=a()}}function c(){const n=i
for(i++;;){if(i>=t||"\n"===e[i]||"\r"===e[i])return s(n,"a string that is not closed on its line")
const o=e.charCodeAt(i)
if('"'===e[i])return void i++
if(o<32)return s(i,"a control character inside a string (write it as an escape)")
if("\\"===e[i]){const t=e[i+1]
if("u"===t){if(!/^[0-9a-fA-F]{4}$/.test(e.slice(i+2,i+6)))return s(i,"an invalid \\u escape")
i+=6
continue}if(void 0===t||!'"\\/bfnrt'.includes(t))return s(i,"an invalid escape in a string")
i+=2
continue}i++}}function l(){for(const t of["true","false","null"])if(e.startsWith(t,i))return void(i+=t.length)
if("'"===e[i])return s(i,"a string in single quotes (JSON takes double quotes)")
if("-"!==e[i]&&!/[0-9]/.test(e[i]))return s(i,"a value that is not JSON")
const t=/-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y
t.lastIndex=i
const n=t.exec(e)
if(!n)return s("-"===e[i]?i+1:i,"a number without digits")
i+=n[0].length}}(n)
if(!i)return
throw new a.dz(e,`${t} is not valid JSON (line ${i.line}, column ${i.column}): ${i.problem}`,void 0,{file:t,line:i.line,column:i.column})}(e,t,n)
const o=(0,r.Tp)(n,{lineCounter:i,prettyErrors:!1,uniqueKeys:!0}),s=o.errors[0]
if(s){const n=i.linePos(s.pos[0]),o=/\.json$/i.test(t)?"JSON":"JSON or YAML",r=s.code.toLowerCase().replace(/_/g," ")
throw new a.dz(e,`${t} is not valid ${o} (line ${n.line}, column ${n.col}): ${r}`,void 0,{file:t,line:n.line,column:n.col})}let c
try{c=o.toJS({maxAliasCount:f})}catch(n){throw new a.dz(e,`${t} could not be read: ${n.message}`,"Remove the YAML aliases that expand it",{file:t})}return{data:c,file:t,lineOf(e){const t=o.getIn(e,!0)
let n=t?.range?.[0]
if(void 0===n&&e.length>0){const t=o.getIn(e.slice(0,-1),!0);(0,r.P3)(t)&&(n=t.range?.[0])}return void 0===n?void 0:i.linePos(n).line}}}(e,n,d)}function u(e,t){const n=e.slice(0,t),i=Math.max(n.lastIndexOf("\n"),n.lastIndexOf("\r"))+1
return{line:n.split(/\r\n|\r|\n/).length,column:t-i+1}}function h(e,t,n,i){const o=t.lineOf(n)
return new a.dz(e,`${s().basename(t.file)}${o?`:${o}`:""}: ${i}`,void 0,{file:t.file,line:o})}},4827:(e,t,n)=>{n.d(t,{q:()=>a})
var i=n(3024),o=n(6760),s=n.n(o),r=n(7268)
function a(e,t){if(s().isAbsolute(t))return s().normalize(t)
const n=s().resolve(process.env.GITHUB_WORKSPACE||process.cwd()),o=s().resolve(n,t),a=()=>new r.dz(e,`'${t}' points outside the workspace (${n})`,"Use a path inside the repository checkout, or an absolute path")
if(!c(n,o))throw a()
let l
try{l=(0,i.realpathSync)(o)}catch{return o}if(!c(function(e){try{return(0,i.realpathSync)(e)}catch{return e}}(n),l))throw a()
return o}function c(e,t){return t===e||t.startsWith(e+s().sep)}},2482:(e,t,n)=>{n.r(t),n.d(t,{rollbackService:()=>p})
var i=n(212),o=n(5016),s=n(8388),r=n(9283),a=n(3398),c=n(8566),l=n(5745),f=n(8293),d=n(7268),u=n(8795),h=n(4056)
async function p(e){const{ecs:t,cluster:n,service:p}=e,y=await async function(e){let t
try{t=await(0,o.uS)(e.ecs,e,e.signal)}catch(t){throw(0,f.es)(t,`describing service ${e.service}`)}if(t.found)return t.found
throw new d.dz("service",`service ${e.service} not found in cluster ${e.cluster}`,"Check the service and cluster names and aws-region")}(e),w=e.toTaskDefinitionArn??await async function(e,t){const n=(0,s.pv)(t.deployments)
if(n)return n
const{ecs:i,cluster:r,service:a,signal:c}=e
try{const e=((await(0,o.C0)(i,{cluster:r,service:a,status:["SUCCESSFUL","ROLLBACK_SUCCESSFUL"]},c)).serviceDeployments??[]).sort((e,t)=>(0,s.kB)(t.createdAt)-(0,s.kB)(e.createdAt))[0]
if(e?.targetServiceRevisionArn){const t=await(0,o.vz)(i,e.targetServiceRevisionArn,c)
if(t.taskDefinition)return t.taskDefinition}}catch(e){throw(0,f.es)(e,`finding the last successful deployment of service ${a}`)}throw new d.lZ(`Cannot roll back service ${a}: it has no COMPLETED deployment to return to. Set rollback-task-definition to the revision to restore`)}(e,y),k=y.deployments?.find(e=>"PRIMARY"===e.status),g=(0,h.Ho)(k,w)
if("update"===g.action&&(0,r.ZV)(y)){const t=await async function(e,t){const{ecs:n,cluster:c,service:p,signal:y}=e
let w
try{const t=await(0,o.C0)(n,{cluster:c,service:p,status:[...v]},y),i=(t?.serviceDeployments??[]).sort((e,t)=>(0,s.kB)(t.createdAt)-(0,s.kB)(e.createdAt))[0]
if(i?.serviceDeploymentArn){const t=await m(e,i.serviceDeploymentArn),s=t?.sourceServiceRevisions?.[0]?.arn
w={serviceDeploymentArn:i.serviceDeploymentArn,status:t?.status??i.status,sourceTaskDefinitionArn:s?(await(0,o.vz)(n,s,y)).taskDefinition:void 0}}}catch(e){const t=(0,l.WI)(e)
if(!t)throw(0,f.es)(e,`reading the service deployments of service ${p}`)
return void(0,l.mc)(`Rolling back with UpdateService: the service deployment in flight cannot be read to roll it back with StopServiceDeployment. ${(0,l.jj)(t)}`)}const k=(0,h.yz)(w,t)
if("update"===k.action)return
const g=k.serviceDeploymentArn
if("stop-service-deployment"===k.action){if(y?.aborted)throw new d.lZ(`Cancelled: service ${p} was not rolled back to ${(0,s.pd)(t)}`)
try{await n.send(new i.a8L({serviceDeploymentArn:g,stopType:"ROLLBACK"}))}catch(e){const t=e.name
if(!(h.xY.has(t)||"client"===e.$fault)&&!(0,l.WI)(e))throw(0,f.es)(e,`stopping service deployment ${(0,r.mX)({serviceDeploymentArn:g})} of service ${p} with rollback`)
const n=(0,l.WI)(e)
return void(0,l.mc)(`StopServiceDeployment (ROLLBACK) was refused for service ${p} (${t}: ${e.message}); rolling back with UpdateService instead${n?`. ${(0,l.jj)(n)}`:""}`)}u.Rm.info(`Stopped service deployment ${(0,r.mX)({serviceDeploymentArn:g})} of service ${p} with ROLLBACK: ECS returns it to ${(0,s.pd)(t)}`)}const $=(0,r.mX)({serviceDeploymentArn:g}),S=await(0,a.g)({read:async()=>({value:await m(e,g),calls:1}),done:e=>!!e?.status&&!v.includes(e.status),timeoutMs:e.timeoutMs,doing:`waiting for the rollback of service deployment ${$} of service ${p}`,signal:y,clock:e.clock,pacing:e.pacing}),b=S.value?.status??"unknown",A="done"===S.outcome&&"ROLLBACK_SUCCESSFUL"===b,D="done"===S.outcome?A?`Service deployment ${$} is ROLLBACK_SUCCESSFUL: service ${p} runs ${(0,s.pd)(t)} again`:`Service deployment ${$} ended ${b}: ${(0,r.SR)(S.value)}`:`${"timeout"===S.outcome?"Timed out":"Cancelled"} waiting for the rollback of service deployment ${$} (${b})`
return{toTaskDefinitionArn:t,deploymentId:$,updated:"stop-service-deployment"===k.action,stoppedServiceDeployment:"stop-service-deployment"===k.action,wait:{healthy:A,outcome:A?"healthy":"done"===S.outcome?"failed":S.outcome,reason:D,details:[],elapsedMs:S.elapsedMs,deploymentId:$,taskDefinitionArn:A?t:"",timeline:[{atMs:S.elapsedMs,text:D}]}}}(e,w)
if(t)return t}let $
const S="update"===g.action
if("follow"===g.action)$=g.deploymentId
else{if(e.signal?.aborted)throw new d.lZ(`Cancelled: service ${p} was not rolled back to ${(0,s.pd)(w)}`)
try{const e=await t.send(new i.UpdateServiceCommand({cluster:n,service:p,taskDefinition:w}))
$=e.service?.deployments?.find(e=>"PRIMARY"===e.status)?.id}catch(e){throw(0,f.es)(e,`rolling service ${p} back to ${(0,s.pd)(w)}`)}}if(!$)throw new d.lZ(`Rolling service ${p} back to ${(0,s.pd)(w)}: ECS returned no PRIMARY deployment`)
const b=await(0,c.waitForDeployment)({...e,deploymentId:$})
return{toTaskDefinitionArn:k?.taskDefinition&&!S?k.taskDefinition:w,deploymentId:$,updated:S,wait:b}}const v=["PENDING","IN_PROGRESS","ROLLBACK_REQUESTED","ROLLBACK_IN_PROGRESS"]
async function m(e,t){const n=await e.ecs.send(new i.A6p({serviceDeploymentArns:[t]}),{abortSignal:e.signal})
return n?.serviceDeployments?.[0]}},6077:(e,t,n)=>{n.d(t,{bK:()=>l,bs:()=>c,sO:()=>f})
var i=n(8293),o=n(8493),s=n(7268)
class r extends s.dz{identifier
constructor(e,t){super(e,`no task definition '${t}' is registered in this account and region`,"Check the family, the revision and aws-region (a family exists once it has been registered)"),this.identifier=t,this.name="TaskDefinitionNotFoundError"}}function a(e){return"object"==typeof e&&null!==e&&!Array.isArray(e)}function c(e,t){const n=(0,o.u0)(e,t)
if(!a(n.data))throw(0,o.aH)(e,n,[],"is not a task definition: expected an object with containerDefinitions")
const i=a(n.data.taskDefinition)&&!("containerDefinitions"in n.data),s=i?["taskDefinition"]:[],r=i?n.data.taskDefinition:n.data,c={data:r,file:n.file,lineOf:e=>n.lineOf([...s,...e])}
if(!Array.isArray(r.containerDefinitions)){const t=void 0===r.containerDefinitions?"has no containerDefinitions array":"containerDefinitions must be an array"
throw(0,o.aH)(e,c,["containerDefinitions"],`${t}; a task definition lists its containers there`)}let l=[]
return i&&void 0!==n.data.tags&&null!==n.data.tags&&(l=function(e,t){if(!Array.isArray(e))throw t(void 0,"tags must be an array of { key, value }")
return e.map((e,n)=>{if(!a(e)||"string"!=typeof e.key||"string"!=typeof(e.value??""))throw t(n,`tags[${n}] must be an object with a string key and value`)
return{key:e.key,value:e.value??""}})}(n.data.tags,(t,i)=>(0,o.aH)(e,n,void 0===t?["tags"]:["tags",t],i))),{definition:r,tags:l,document:c}}async function l(e,t){const o=function(e){if(e.arn)return e.arn
if(!e.family)throw new s.lZ("A task definition ARN or family is needed to fetch one from ECS")
return void 0===e.revision?e.family:`${e.family}:${e.revision}`}(t),{DescribeTaskDefinitionCommand:a}=await Promise.all([n.e(279),n.e(861),n.e(212)]).then(n.t.bind(n,212,19))
let c
try{c=await e.send(new a({taskDefinition:o,include:["TAGS"]}))}catch(e){if(f(e)){const e=t.input??(t.arn?"task-definition-arn":"task-definition-family")
throw new r(e,o)}throw(0,i.es)(e,`describing task definition ${o}`)}if(!c.taskDefinition)throw new s.lZ(`ECS returned no task definition for '${o}'`)
return{definition:JSON.parse(JSON.stringify(c.taskDefinition)),tags:(c.tags??[]).map(e=>({key:e.key??"",value:e.value??""})),arn:c.taskDefinition.taskDefinitionArn??o}}function f(e){if(e instanceof r)return!0
const t=e
return!(!t||"object"!=typeof t)&&("ResourceNotFoundException"===t.name||"ClientException"===t.name&&/unable to describe task definition|not found|does not exist|no task definition/i.test(t.message??""))}}}

