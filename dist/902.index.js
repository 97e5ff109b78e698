export const id=902
export const ids=[902]
export const modules={5257:(e,t,n)=>{n.d(t,{EI:()=>o,Fn:()=>s,tK:()=>a})
class o extends Error{why
constructor(e){super(e),this.why=e,this.name="StepCancelled"}}function a(e){if(e?.aborted)return e.reason instanceof Error?e.reason.message:"Cancelled"}function s(e){const t=a(e)
if(t)throw new o(t)}},4902:(e,t,n)=>{n.d(t,{O9:()=>l,SI:()=>h,Uo:()=>g,rg:()=>d})
var o=n(7598),a=n(8388),s=n(3398),i=n(7268),r=n(8795),c=n(8293),u=n(5257)
function l(e,t){const{names:n}=e,{definition:o,service:a}=t,s=(o.containerDefinitions??[]).map(e=>String(e.name))
if(e.containerOverrides.forEach((e,t)=>{if(!s.includes(e.name))throw new i.dz(n.runTaskContainerOverrides,`item ${t+1}: container '${e.name}' is not in task definition ${o.family}`,`Use one of: ${s.join(", ")}`)}),e.ebsVolume){const t=(o.volumes??[]).find(t=>t?.name===e.ebsVolume.name)
if(!t?.configuredAtLaunch)throw new i.dz(n.runTaskManagedEbsVolumeName,`task definition ${o.family} has no volume '${e.ebsVolume.name}' with configuredAtLaunch: true`,'Name a volume the task definition declares with "configuredAtLaunch": true')}const r=[],c="awsvpc"===o.networkMode
let u,l
if(e.subnets.length>0||e.securityGroups.length>0){if(!c)throw new i.dz(e.subnets.length?n.runTaskSubnets:n.runTaskSecurityGroups,`task definition ${o.family} uses networkMode ${o.networkMode??"bridge"}, which takes no subnets or security groups`,"Leave them empty, or use networkMode awsvpc")
u={subnets:e.subnets,...e.securityGroups.length?{securityGroups:e.securityGroups}:{},assignPublicIp:e.assignPublicIp??"DISABLED"},r.push("networking: as given")}else c&&a?.awsvpcConfiguration?.subnets?.length&&(u={...a.awsvpcConfiguration,subnets:a.awsvpcConfiguration.subnets,assignPublicIp:e.assignPublicIp??a.awsvpcConfiguration.assignPublicIp},r.push(`networking: service ${a.name}'s subnets and security groups`))
if(c&&!u?.subnets?.length)throw new i.dz(n.runTaskSubnets,`task definition ${o.family} uses networkMode awsvpc, so the one-off task needs subnets${a?`, and service ${a.name} has none to copy`:" (no service to copy them from)"}`,`Give ${n.runTaskSubnets} (and ${n.runTaskSecurityGroups})`)
return e.capacityProviderStrategy?l={capacityProviderStrategy:e.capacityProviderStrategy}:e.launchType?l={launchType:e.launchType}:a?.capacityProviderStrategy?.length?(l={capacityProviderStrategy:a.capacityProviderStrategy},r.push(`capacity: service ${a.name}'s capacity provider strategy`)):a?.launchType?(l={launchType:a.launchType},r.push(`launch type: service ${a.name}'s (${a.launchType})`)):a?(l={},r.push("capacity: the cluster's default capacity provider strategy, as for the service")):l={launchType:"FARGATE"},{request:{cluster:t.cluster,count:1,startedBy:e.startedBy,...l,...u?{networkConfiguration:{awsvpcConfiguration:u}}:{},...e.containerOverrides.length?{overrides:{containerOverrides:e.containerOverrides}}:{},...e.tags.length?{tags:e.tags}:{},...void 0!==t.enableEcsManagedTags?{enableECSManagedTags:t.enableEcsManagedTags}:{},...e.ebsVolume?{volumeConfigurations:[e.ebsVolume]}:{}},notes:r,waitForStop:e.waitForStop}}function d(e,t){const n=e.request,o=n.networkConfiguration?.awsvpcConfiguration,a=n.capacityProviderStrategy?`capacity providers ${n.capacityProviderStrategy.map(e=>e.capacityProvider).join(", ")}`:n.launchType?`launch type ${n.launchType}`:"the cluster's default capacity provider strategy"
return[`run ${t} once (startedBy ${n.startedBy}) on ${a}${e.waitForStop?", wait until it stops, and update the service only if its essential containers exit 0":", not waiting for it"}`,...o?[`  subnets ${o.subnets?.join(", ")}; security groups ${o.securityGroups?.join(", ")||"(VPC default)"}; public IP ${o.assignPublicIp??"DISABLED"}`]:[],...(n.overrides?.containerOverrides??[]).map(e=>`  override container ${e.name}${e.command?`: command ${JSON.stringify(e.command)}`:""}`),...e.notes.map(e=>`  ${e}`)]}function h(e,t,n){const o=e.logConfiguration,a=o?.options?.["awslogs-group"]
if("awslogs"!==o?.logDriver||"string"!=typeof a||!a)return
const s=String(o.options["awslogs-region"]??n),i=e=>encodeURIComponent(encodeURIComponent(e)).replace(/%/g,"$"),r=`https://${s.startsWith("cn-")?"console.amazonaws.cn":`${s}.console.aws.amazon.com`}/cloudwatch/home?region=${encodeURIComponent(s)}#logsV2:log-groups/log-group/${i(a)}`,c=o.options["awslogs-stream-prefix"]
return c&&t?`${r}/log-events/${i(`${c}/${e.name}/${t}`)}`:r}function f(e){return e?.split("/").pop()??"unknown"}function p(e){return(0,r.sN)(e)}async function g(e,t,n){(0,u.Fn)(e.signal)
const r=(0,o.randomUUID)(),l={...t.request,taskDefinition:n.taskDefinitionArn,clientToken:r}
let d
try{d=await e.runTask(l)}catch(e){if(e instanceof i.lZ&&(0,c.Sc)(e.cause))throw new i.lZ(`${e.message}. RunTask's last answer was lost, so a task may have started: look for tasks started by '${t.request.startedBy}' in cluster ${t.request.cluster}; ${n.untouched}`)
throw e}const g=d.tasks.map(e=>e.taskArn??"").filter(Boolean)
g.length&&n.started(g)
const m=d.failures[0]
if(!g.length||m){const e=m?`${p(m.reason??"unknown reason").replace(/\.+$/,"")}${m.detail?` (${p(m.detail)})`:""}${m.arn?` for ${p(m.arn)}`:""}`:"RunTask returned no task"
throw new i.lZ(`The one-off task did not start: ${e}; ${n.untouched}`)}if(e.log(`Started one-off task ${g.map(f).join(", ")} of ${(0,a.pd)(n.taskDefinitionArn)}`),!t.waitForStop)return{arns:g};(0,u.Fn)(e.signal),e.log(`Waiting for one-off task ${g.map(f).join(", ")} to stop`)
const w=await(0,s.g3)({read:async()=>({value:await e.describeTasks(t.request.cluster,g),calls:1}),done:e=>e.length===g.length&&e.every(e=>"STOPPED"===e.lastStatus),timeoutMs:n.timeoutMs,doing:`waiting for one-off task ${g.map(f).join(", ")}`,signal:e.signal}),y=(w.value??[]).map(e=>`${f(e.taskArn)} ${e.lastStatus}`).join(", ")
if("cancelled"===w.outcome)throw new u.EI((0,u.tK)(e.signal)??"Cancelled")
if("timeout"===w.outcome)throw new i.lZ(`One-off task ${y||g.map(f).join(", ")} had not stopped after ${+(n.timeoutMs/6e4).toFixed(2)} min (wait-for-minutes); ${n.untouched}. The task carries on`)
const $=function(e,t,n){const o=new Map((t.containerDefinitions??[]).map(e=>[String(e.name),e])),s=[]
let i=!0
for(const t of e){const e=f(t.taskArn),r=t.stopCode?` [${t.stopCode}]`:""
s.push(`task ${e} (${(0,a.pd)(t.taskDefinitionArn)}) stopped${r}: ${p(t.stoppedReason??"no stopped reason")}`)
for(const a of t.containers??[]){const t=o.get(a.name??""),r=!1!==t?.essential,c=void 0===a.exitCode||null===a.exitCode?"did not run (no exit code)":`exited with code ${a.exitCode}`,u=a.reason?`, reason: ${p(a.reason)}`:"",l=0!==a.exitCode
r&&l&&(i=!1)
const d=t?h(t,e,n):void 0
s.push(`  ${r?"essential":"non-essential"} container ${p(a.name??"?")} ${c}${u}${l&&d?`; logs: ${d}`:""}`)}}return{ok:i,lines:s}}(w.value??[],n.definition,n.region)
for(const t of $.lines)e.log(t)
if(!$.ok)throw new i.lZ(`One-off task ${g.map(f).join(", ")} failed, so ${n.untouched}:\n${$.lines.join("\n")}`)
return{arns:g,verdict:$}}},6365:(e,t,n)=>{n.d(t,{GJ:()=>d,GU:()=>l,U$:()=>g,UU:()=>m,Yj:()=>c,ZW:()=>h,hz:()=>w,l9:()=>p,qC:()=>y,yc:()=>o})
const o=4e3,a=2e4,s=3e4,i=5e3,r=1e4,c=500,u=2e3
function l(e,t){if(0===t.length)return
const{clock:n,lastReadAt:o}=e
if(!n)return
const{intervalMs:a,healthyThreshold:s,unhealthyThreshold:i}=n,r=(o??-1/0)+(e.healthy?(i-1)*a:0)
let u=1/0
for(const e of t){const t=Math.min(s,i),n=Math.max(t,Math.floor((r-e)/a)+1)
u=Math.min(u,e+n*a)}return u+c}function d(e,t,n,o=!1){if(0===t.length)return!1
if(!e.clock||o&&!e.healthy)return!0
const a=l(e,t)
return void 0!==a&&n>=a}function h(e){const t=Math.min(e.stoppedTaskThreshold,e.circuitBreakerThreshold??1/0),n=Math.max(1,t-e.failedTasks)
return e.liveTasks>0?Math.ceil(n/e.liveTasks):2}const f=1e3
function p(e){return Math.max(3,Math.min(200,Math.ceil(e/2)))}function g(e){const{stage:t,stageStartedAt:n,bakeMs:o,drainMs:a}=e
if(void 0!==a)return"BAKE_TIME"===t?n+o+a:"CLEAN_UP"===t?n+a:void 0}function m(e){const{now:t,changedAt:n,completionAt:l,targetReadAt:d}=e,h=(p=e.failureWaves)<=1?o:Math.min(s,(p-1)*a-f)
var p
const g=void 0===l?void 0:l+c
let m=h
if(void 0!==g&&t>=g)m=Math.min(m,Math.max(u,t-g))
else{const e=Math.min(g??1/0,d??1/0)
if(e===1/0)m=Math.min(m,Math.min(r,Math.max(i,t-n)))
else{const n=Math.max(0,e-t)
m=n/Math.max(1,Math.ceil(n/m))}}return void 0!==d&&(m=Math.min(m,Math.max(0,d-t))),m=Math.min(m,Math.max(i,t-e.startedAt)),Math.max(100,Math.round(m))}const w={ecsCallsPerMinute:36,maxDelayMs:3e4}
function y(e,t=w){const{elapsedMs:n,backoffLevel:o,now:a,ecsCallTimes:s}=e,i=e.baseMs??(n<18e4?2e3:n<6e5?3e3:n<12e5?5e3:1e4)
let r=Math.min(i*2**Math.max(0,o),t.maxDelayMs)
const c=s.filter(e=>e>a-6e4).sort((e,t)=>e-t),u=c.length+1-t.ecsCallsPerMinute
return u>0&&(r=Math.max(r,c[u-1]+6e4-a+1)),r}},3398:(e,t,n)=>{n.d(t,{dQ:()=>r,g3:()=>u,wW:()=>c})
var o=n(8293),a=n(7268),s=n(8500),i=n(6365)
const r={now:()=>Date.now(),sleep:(e,t)=>(0,s.setTimeout)(e,void 0,{signal:t})},c=10
async function u(e){const t=e.clock??r,n={...i.hz,...e.pacing},s=t.now(),u=s+e.timeoutMs,l=[]
let d,h=0,f=0
const p=e=>({outcome:e,value:d,elapsedMs:t.now()-s})
for(;;){if(e.signal?.aborted)return p("cancelled")
try{const{value:n,calls:o}=await e.read()
for(let e=0;e<o;e++)l.push(t.now())
if(d=n,h=0,f=Math.max(0,f-1),e.done(n))return{outcome:"done",value:n,elapsedMs:t.now()-s}}catch(t){if(e.signal?.aborted)return p("cancelled")
if(t instanceof a.lZ)throw t
if(!(0,o.Sc)(t)||++h>=c)throw(0,o.es)(t,e.doing)
f++}const r=t.now()
if(r>=u)return p("timeout")
const g=Math.min((0,i.qC)({elapsedMs:r-s,backoffLevel:f,now:r,ecsCallTimes:l},n),u-r)
try{await t.sleep(g,e.signal)}catch(t){if(e.signal?.aborted)return p("cancelled")
throw t}}}}}

