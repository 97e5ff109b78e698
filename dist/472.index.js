export const id=472
export const ids=[472]
export const modules={5257:(e,t,n)=>{n.d(t,{EI:()=>o,Fn:()=>a,tK:()=>s})
class o extends Error{why
constructor(e){super(e),this.why=e,this.name="StepCancelled"}}function s(e){if(e?.aborted)return e.reason instanceof Error?e.reason.message:"Cancelled"}function a(e){const t=s(e)
if(t)throw new o(t)}},4902:(e,t,n)=>{n.d(t,{O9:()=>l,SI:()=>f,Uo:()=>$,rg:()=>d})
var o=n(7598),s=n(8388),a=n(3398),r=n(7268),i=n(8795),c=n(8293),u=n(5257)
function l(e,t){const{names:n}=e,{definition:o,service:s}=t,a=(o.containerDefinitions??[]).map(e=>String(e.name))
if(e.containerOverrides.forEach((e,t)=>{if(!a.includes(e.name))throw new r.dz(n.runTaskContainerOverrides,`item ${t+1}: container '${e.name}' is not in task definition ${o.family}`,`Use one of: ${a.join(", ")}`)}),e.ebsVolume){const t=(o.volumes??[]).find(t=>t?.name===e.ebsVolume.name)
if(!t?.configuredAtLaunch)throw new r.dz(n.runTaskManagedEbsVolumeName,`task definition ${o.family} has no volume '${e.ebsVolume.name}' with configuredAtLaunch: true`,'Name a volume the task definition declares with "configuredAtLaunch": true')}const i=[],c="awsvpc"===o.networkMode
let u,l
if(e.subnets.length>0||e.securityGroups.length>0){if(!c)throw new r.dz(e.subnets.length?n.runTaskSubnets:n.runTaskSecurityGroups,`task definition ${o.family} uses networkMode ${o.networkMode??"bridge"}, which takes no subnets or security groups`,"Leave them empty, or use networkMode awsvpc")
u={subnets:e.subnets,...e.securityGroups.length?{securityGroups:e.securityGroups}:{},assignPublicIp:e.assignPublicIp??"DISABLED"},i.push("networking: as given")}else c&&s?.awsvpcConfiguration?.subnets?.length&&(u={...s.awsvpcConfiguration,subnets:s.awsvpcConfiguration.subnets,assignPublicIp:e.assignPublicIp??s.awsvpcConfiguration.assignPublicIp},i.push(`networking: service ${s.name}'s subnets and security groups`))
if(c&&!u?.subnets?.length)throw new r.dz(n.runTaskSubnets,`task definition ${o.family} uses networkMode awsvpc, so the one-off task needs subnets${s?`, and service ${s.name} has none to copy`:" (no service to copy them from)"}`,`Give ${n.runTaskSubnets} (and ${n.runTaskSecurityGroups})`)
return e.capacityProviderStrategy?l={capacityProviderStrategy:e.capacityProviderStrategy}:e.launchType?l={launchType:e.launchType}:s?.capacityProviderStrategy?.length?(l={capacityProviderStrategy:s.capacityProviderStrategy},i.push(`capacity: service ${s.name}'s capacity provider strategy`)):s?.launchType?(l={launchType:s.launchType},i.push(`launch type: service ${s.name}'s (${s.launchType})`)):s?(l={},i.push("capacity: the cluster's default capacity provider strategy, as for the service")):l={launchType:"FARGATE"},{request:{cluster:t.cluster,count:1,startedBy:e.startedBy,...l,...u?{networkConfiguration:{awsvpcConfiguration:u}}:{},...e.containerOverrides.length?{overrides:{containerOverrides:e.containerOverrides}}:{},...e.tags.length?{tags:e.tags}:{},...void 0!==t.enableEcsManagedTags?{enableECSManagedTags:t.enableEcsManagedTags}:{},...e.ebsVolume?{volumeConfigurations:[e.ebsVolume]}:{}},notes:i,waitForStop:e.waitForStop}}function d(e,t){const n=e.request,o=n.networkConfiguration?.awsvpcConfiguration,s=n.capacityProviderStrategy?`capacity providers ${n.capacityProviderStrategy.map(e=>e.capacityProvider).join(", ")}`:n.launchType?`launch type ${n.launchType}`:"the cluster's default capacity provider strategy"
return[`run ${t} once (startedBy ${n.startedBy}) on ${s}${e.waitForStop?", wait until it stops, and update the service only if its essential containers exit 0":", not waiting for it"}`,...o?[`  subnets ${o.subnets?.join(", ")}; security groups ${o.securityGroups?.join(", ")||"(VPC default)"}; public IP ${o.assignPublicIp??"DISABLED"}`]:[],...(n.overrides?.containerOverrides??[]).map(e=>`  override container ${e.name}${e.command?`: command ${JSON.stringify(e.command)}`:""}`),...e.notes.map(e=>`  ${e}`)]}function f(e,t,n){const o=e.logConfiguration,s=o?.options?.["awslogs-group"]
if("awslogs"!==o?.logDriver||"string"!=typeof s||!s)return
const a=String(o.options["awslogs-region"]??n),r=e=>encodeURIComponent(encodeURIComponent(e)).replace(/%/g,"$"),i=`https://${a.startsWith("cn-")?"console.amazonaws.cn":`${a}.console.aws.amazon.com`}/cloudwatch/home?region=${encodeURIComponent(a)}#logsV2:log-groups/log-group/${r(s)}`,c=o.options["awslogs-stream-prefix"]
return c&&t?`${i}/log-events/${r(`${c}/${e.name}/${t}`)}`:i}function p(e){return e?.split("/").pop()??"unknown"}function g(e){return(0,i.sN)(e)}async function $(e,t,n){(0,u.Fn)(e.signal)
const i=(0,o.randomUUID)(),l={...t.request,taskDefinition:n.taskDefinitionArn,clientToken:i}
let d
try{d=await e.runTask(l)}catch(e){if(e instanceof r.lZ&&(0,c.Sc)(e.cause))throw new r.lZ(`${e.message}. RunTask's last answer was lost, so a task may have started: look for tasks started by '${t.request.startedBy}' in cluster ${t.request.cluster}; ${n.untouched}`)
throw e}const $=d.tasks.map(e=>e.taskArn??"").filter(Boolean)
$.length&&n.started($)
const h=d.failures[0]
if(!$.length||h){const e=h?`${g(h.reason??"unknown reason")}${h.detail?` (${g(h.detail)})`:""}${h.arn?` for ${g(h.arn)}`:""}`:"RunTask returned no task"
throw new r.lZ(`The one-off task did not start: ${e}; ${n.untouched}`)}if(e.log(`Started one-off task ${$.map(p).join(", ")} of ${(0,s.pd)(n.taskDefinitionArn)}`),!t.waitForStop)return{arns:$};(0,u.Fn)(e.signal),e.log(`Waiting for one-off task ${$.map(p).join(", ")} to stop`)
const m=await(0,a.g)({read:async()=>({value:await e.describeTasks(t.request.cluster,$),calls:1}),done:e=>e.length===$.length&&e.every(e=>"STOPPED"===e.lastStatus),timeoutMs:n.timeoutMs,doing:`waiting for one-off task ${$.map(p).join(", ")}`,signal:e.signal}),y=(m.value??[]).map(e=>`${p(e.taskArn)} ${e.lastStatus}`).join(", ")
if("cancelled"===m.outcome)throw new u.EI((0,u.tK)(e.signal)??"Cancelled")
if("timeout"===m.outcome)throw new r.lZ(`One-off task ${y||$.map(p).join(", ")} had not stopped after ${+(n.timeoutMs/6e4).toFixed(2)} min (wait-for-minutes); ${n.untouched}. The task carries on`)
const w=function(e,t,n){const o=new Map((t.containerDefinitions??[]).map(e=>[String(e.name),e])),a=[]
let r=!0
for(const t of e){const e=p(t.taskArn),i=t.stopCode?` [${t.stopCode}]`:""
a.push(`task ${e} (${(0,s.pd)(t.taskDefinitionArn)}) stopped${i}: ${g(t.stoppedReason??"no stopped reason")}`)
for(const s of t.containers??[]){const t=o.get(s.name??""),i=!1!==t?.essential,c=void 0===s.exitCode||null===s.exitCode?"did not run (no exit code)":`exited with code ${s.exitCode}`,u=s.reason?`, reason: ${g(s.reason)}`:"",l=0!==s.exitCode
i&&l&&(r=!1)
const d=t?f(t,e,n):void 0
a.push(`  ${i?"essential":"non-essential"} container ${g(s.name??"?")} ${c}${u}${l&&d?`; logs: ${d}`:""}`)}}return{ok:r,lines:a}}(m.value??[],n.definition,n.region)
for(const t of w.lines)e.log(t)
if(!w.ok)throw new r.lZ(`One-off task ${$.map(p).join(", ")} failed, so ${n.untouched}:\n${w.lines.join("\n")}`)
return{arns:$,verdict:w}}},9283:(e,t,n)=>{n.d(t,{Q6:()=>y,SR:()=>l,Uc:()=>m,Wi:()=>f,Wx:()=>i,ZV:()=>a,aU:()=>S,k:()=>g,mX:()=>p,oz:()=>u,uX:()=>d,v:()=>s,wH:()=>w})
var o=n(8388)
function s(e){const t=e.deploymentController?.type??"ECS"
return"ECS"!==t?t:e.deploymentConfiguration?.strategy??"ROLLING"}function a(e){return["BLUE_GREEN","LINEAR","CANARY"].includes(s(e))}const r=new Set(["RECONCILE_SERVICE","PRE_SCALE_UP","SCALE_UP","POST_SCALE_UP","TEST_TRAFFIC_SHIFT","POST_TEST_TRAFFIC_SHIFT","PRE_PRODUCTION_TRAFFIC_SHIFT"])
function i(e){return void 0===e||r.has(e)}function c(e){return new Date(e).toISOString().slice(11,19)}function u(e,t,n){const o=t?.lifecycleStage
return o&&e[e.length-1]?.stage!==o?[...e,{stage:o,startedAt:n}]:e}function l(e){const t=e.alarms?.triggeredAlarmNames??[]
if(t.length>0)return t.map(e=>`alarm ${e} in ALARM`).join(", ")
const n=(e.lifecycleHookDetails??[]).find(e=>"FAILED"===e.status||"TIMED_OUT"===e.status),o=(e.statusReason??e.rollback?.reason)?.trim().replace(/\.+$/,"")
if(n){return`lifecycle hook ${n.targetArn?.split(":").pop()??n.hookId??"unknown"} ${n.status}${o?` (${o})`:""}`}return o||"no reason given"}function d(e,t){const n=e.lifecycleStage??"no stage yet",o=f(e,t),s=`at stage ${n}`,a=()=>l(e),r=(e,t)=>({status:"failed",outcome:e,reason:t})
switch(e.status){case"SUCCESSFUL":return{status:"done",reason:`${o} is SUCCESSFUL`}
case"ROLLBACK_REQUESTED":case"ROLLBACK_IN_PROGRESS":return{status:"waiting",reason:`${o} failed ${s}: ${a()}; ECS is rolling it back (${e.status})`}
case"ROLLBACK_SUCCESSFUL":return r("rolled-back-by-ecs",`${o} failed ${s}: ${a()}; ECS rolled it back (ROLLBACK_SUCCESSFUL)`)
case"ROLLBACK_FAILED":return r("rolled-back-by-ecs",`${o} failed ${s}: ${a()}; ECS rolled it back, but the rollback failed too (ROLLBACK_FAILED)`)
case"STOPPED":case"STOP_REQUESTED":return r("failed",`${o} was stopped ${s} (${e.status}): ${a()}`)}const i=e.alarms?.triggeredAlarmNames??[],c=(e.lifecycleHookDetails??[]).some(e=>"FAILED"===e.status||"TIMED_OUT"===e.status)
return i.length>0||c?r("failed",`${o} failed ${s}: ${a()}`):{status:"waiting",reason:`${o} is ${e.status??"PENDING"} ${s}`}}function f(e,t){return`${t} service deployment ${p(e)}`}function p(e){return e.serviceDeploymentArn?.split("/").pop()??"(unknown)"}function g(e,t,n,o){const s=t[t.length-1],a=[`stage ${e.lifecycleStage??"none"}${s?` since ${c(s.startedAt)}`:""}`],r=o??e.targetServiceRevision?.requestedProductionTrafficWeight
void 0!==r&&a.push(`production traffic ${$(r)}% green / ${$(100-r)}% blue`)
const i=e.deploymentConfiguration?.bakeTimeInMinutes
if("BAKE_TIME"===e.lifecycleStage&&void 0!==i&&s){const e=Math.max(0,s.startedAt+6e4*i-n)
a.push(`bake time left ${h(e)} of ${i} min`)}return a.join(", ")}function $(e){return Math.round(10*e)/10}function h(e){const t=Math.round(e/1e3)
return t<60?`${t} s`:`${Math.floor(t/60)} min ${String(t%60).padStart(2,"0")} s`}function m(e,t){return e.map((n,o)=>({...n,durationMs:Math.max(0,(e[o+1]?.startedAt??t)-n.startedAt)}))}function y(e){return["| Stage | Started (UTC) | Duration |","| --- | --- | --- |",...e.map(e=>`| ${e.stage} | ${c(e.startedAt)} | ${h(e.durationMs)} |`)]}function w(e,t){const n=[...e].sort((e,t)=>(0,o.kB)(t.createdAt)-(0,o.kB)(e.createdAt))
if(!t)return n[0]
const s=(0,o.kB)(t)
return n.sort((e,t)=>Math.abs((0,o.kB)(e.createdAt)-s)-Math.abs((0,o.kB)(t.createdAt)-s))[0]}function S(e,t){const n=e?.Actions?.find(e=>"forward"===e.Type)?.ForwardConfig?.TargetGroups??[],o=n.reduce((e,t)=>e+(t.Weight??0),0)
if(0===o)return
return(n.find(e=>e.TargetGroupArn===t)?.Weight??0)/o*100}},3398:(e,t,n)=>{n.d(t,{g:()=>i})
var o=n(8293),s=n(7268),a=n(8041),r=n(8566)
async function i(e){const t=e.clock??r.realClock,n={...a.hz,...e.pacing},i=t.now(),c=i+e.timeoutMs,u=[]
let l,d=0,f=0
const p=e=>({outcome:e,value:l,elapsedMs:t.now()-i})
for(;;){if(e.signal?.aborted)return p("cancelled")
try{const{value:n,calls:o}=await e.read()
for(let e=0;e<o;e++)u.push(t.now())
if(l=n,d=0,f=Math.max(0,f-1),e.done(n))return{outcome:"done",value:n,elapsedMs:t.now()-i}}catch(t){if(e.signal?.aborted)return p("cancelled")
if(t instanceof s.lZ)throw t
if(!(0,o.Sc)(t)||++d>=r.MAX_CONSECUTIVE_ERRORS)throw(0,o.es)(t,e.doing)
f++}const g=t.now()
if(g>=c)return p("timeout")
const $=Math.min((0,a.qC)({elapsedMs:g-i,backoffLevel:f,now:g,ecsCallTimes:u},n),c-g)
try{await t.sleep($,e.signal)}catch(t){if(e.signal?.aborted)return p("cancelled")
throw t}}}}}

