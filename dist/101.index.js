export const id=101
export const ids=[101,283]
export const modules={9283:(e,t,n)=>{n.d(t,{Fq:()=>c,Q6:()=>R,SR:()=>m,Uc:()=>g,Wi:()=>v,Wx:()=>u,ZV:()=>s,aU:()=>w,k:()=>$,mX:()=>A,oz:()=>p,rk:()=>l,uX:()=>S,v:()=>i,wH:()=>E})
var o=n(8388)
function i(e){const t=e.deploymentController?.type??"ECS"
return"ECS"!==t?t:e.deploymentConfiguration?.strategy??"ROLLING"}function s(e){return["BLUE_GREEN","LINEAR","CANARY"].includes(i(e))}const r=["RECONCILE_SERVICE","PRE_SCALE_UP","SCALE_UP","POST_SCALE_UP","TEST_TRAFFIC_SHIFT","POST_TEST_TRAFFIC_SHIFT","PRE_PRODUCTION_TRAFFIC_SHIFT","PRODUCTION_TRAFFIC_SHIFT","POST_PRODUCTION_TRAFFIC_SHIFT","BAKE_TIME","CLEAN_UP"],a=["PRE_PRODUCTION_TRAFFIC_SHIFT","PRODUCTION_TRAFFIC_SHIFT"]
function c(e,t){const n=e.deploymentConfiguration,o=void 0===t?0:r.indexOf(t)
if(o<0)return!0
if(n?.alarms?.enable&&o<=r.indexOf("BAKE_TIME"))return!0
const i=a.includes(t??"")
return(n?.lifecycleHooks??[]).some(e=>(e.lifecycleStages??[]).some(e=>r.indexOf(e)>=o||i&&a.includes(e)))}function l(e){return e?[e.status,e.lifecycleStage,...e.alarms?.triggeredAlarmNames??[],...(e.lifecycleHookDetails??[]).map(e=>`${e.hookId??e.targetArn}:${e.status}`)].join("|"):""}const d=new Set(r.slice(0,r.indexOf("PRODUCTION_TRAFFIC_SHIFT")))
function u(e){return void 0===e||d.has(e)}function f(e){return new Date(e).toISOString().slice(11,19)}function p(e,t,n){const i=t?.lifecycleStage,s=e[e.length-1]
if(!i||s?.stage===i)return e
const r=void 0===t?.updatedAt?void 0:(0,o.kB)(t.updatedAt),a=void 0!==r&&r>(s?.startedAt??-1/0)&&r<=n?r:n
return[...e,{stage:i,startedAt:a}]}function m(e){const t=e.alarms?.triggeredAlarmNames??[]
if(t.length>0)return t.map(e=>`alarm ${e} in ALARM`).join(", ")
const n=(e.lifecycleHookDetails??[]).find(e=>"FAILED"===e.status||"TIMED_OUT"===e.status),o=(e.statusReason??e.rollback?.reason)?.trim().replace(/\.+$/,"")
if(n){return`lifecycle hook ${n.targetArn?.split(":").pop()??n.hookId??"unknown"} ${n.status}${o?` (${o})`:""}`}return o||"no reason given"}function S(e,t){const n=e.lifecycleStage??"no stage yet",o=v(e,t),i=`at stage ${n}`,s=()=>m(e),r=(e,t)=>({status:"failed",outcome:e,reason:t})
switch(e.status){case"SUCCESSFUL":return{status:"done",reason:`${o} is SUCCESSFUL`}
case"ROLLBACK_REQUESTED":case"ROLLBACK_IN_PROGRESS":return{status:"waiting",reason:`${o} failed ${i}: ${s()}; ECS is rolling it back (${e.status})`}
case"ROLLBACK_SUCCESSFUL":return r("rolled-back-by-ecs",`${o} failed ${i}: ${s()}; ECS rolled it back (ROLLBACK_SUCCESSFUL)`)
case"ROLLBACK_FAILED":return r("rolled-back-by-ecs",`${o} failed ${i}: ${s()}; ECS rolled it back, but the rollback failed too (ROLLBACK_FAILED)`)
case"STOPPED":case"STOP_REQUESTED":return r("failed",`${o} was stopped ${i} (${e.status}): ${s()}`)}const a=e.alarms?.triggeredAlarmNames??[],c=(e.lifecycleHookDetails??[]).some(e=>"FAILED"===e.status||"TIMED_OUT"===e.status)
return a.length>0||c?r("failed",`${o} failed ${i}: ${s()}`):{status:"waiting",reason:`${o} is ${e.status??"PENDING"} ${i}`}}function v(e,t){return`${t} service deployment ${A(e)}`}function A(e){return e.serviceDeploymentArn?.split("/").pop()??"(unknown)"}function $(e,t,n,o){const i=t[t.length-1],s=[`stage ${e.lifecycleStage??"none"}${i?` since ${f(i.startedAt)}`:""}`],r=o??e.targetServiceRevision?.requestedProductionTrafficWeight
void 0!==r&&s.push(`production traffic ${y(r)}% green / ${y(100-r)}% blue`)
const a=e.deploymentConfiguration?.bakeTimeInMinutes
if("BAKE_TIME"===e.lifecycleStage&&void 0!==a&&i){const e=Math.max(0,i.startedAt+6e4*a-n)
s.push(`bake time left ${C(e)} of ${a} min`)}return s.join(", ")}function y(e){return Math.round(10*e)/10}function C(e){const t=Math.round(e/1e3)
return t<60?`${t} s`:`${Math.floor(t/60)} min ${String(t%60).padStart(2,"0")} s`}function g(e,t){return e.map((n,o)=>({...n,durationMs:Math.max(0,(e[o+1]?.startedAt??t)-n.startedAt)}))}function R(e){return["| Stage | Started (UTC) | Duration |","| --- | --- | --- |",...e.map(e=>`| ${e.stage} | ${f(e.startedAt)} | ${C(e.durationMs)} |`)]}function E(e,t){const n=[...e].sort((e,t)=>(0,o.kB)(t.createdAt)-(0,o.kB)(e.createdAt))
if(!t)return n[0]
const i=(0,o.kB)(t)
return n.sort((e,t)=>Math.abs((0,o.kB)(e.createdAt)-i)-Math.abs((0,o.kB)(t.createdAt)-i))[0]}function w(e,t){const n=e?.Actions?.find(e=>"forward"===e.Type)?.ForwardConfig?.TargetGroups??[],o=n.reduce((e,t)=>e+(t.Weight??0),0)
if(0===o)return
return(n.find(e=>e.TargetGroupArn===t)?.Weight??0)/o*100}},2482:(e,t,n)=>{n.r(t),n.d(t,{rollbackService:()=>m})
var o=n(212),i=n(5016),s=n(8388),r=n(9283),a=n(3398),c=n(3964),l=n(5745),d=n(8293),u=n(7268),f=n(8795),p=n(4056)
async function m(e){const{ecs:t,cluster:n,service:m}=e,A=await async function(e){let t
try{t=await(0,i.uS)(e.ecs,e,e.signal)}catch(t){throw(0,d.es)(t,`describing service ${e.service}`)}if(t.found)return t.found
throw new u.dz("service",`service ${e.service} not found in cluster ${e.cluster}`,"Check the service and cluster names and aws-region")}(e),$=e.toTaskDefinitionArn??await async function(e,t){const n=(0,s.pv)(t.deployments)
if(n)return n
const{ecs:o,cluster:r,service:a,signal:c}=e
try{const e=((await(0,i.C0)(o,{cluster:r,service:a,status:["SUCCESSFUL","ROLLBACK_SUCCESSFUL"]},c)).serviceDeployments??[]).sort((e,t)=>(0,s.kB)(t.createdAt)-(0,s.kB)(e.createdAt))[0]
if(e?.targetServiceRevisionArn){const t=await(0,i.vz)(o,e.targetServiceRevisionArn,c)
if(t.taskDefinition)return t.taskDefinition}}catch(e){throw(0,d.es)(e,`finding the last successful deployment of service ${a}`)}throw new u.lZ(`Cannot roll back service ${a}: it has no COMPLETED deployment to return to. Set rollback-task-definition to the revision to restore`)}(e,A),y=A.deployments?.find(e=>"PRIMARY"===e.status),C=(0,p.Ho)(y,$)
if("update"===C.action&&(0,r.ZV)(A)){const t=await async function(e,t){const{ecs:n,cluster:c,service:m,signal:A}=e
let $
try{const t=await(0,i.C0)(n,{cluster:c,service:m,status:[...S]},A),o=(t?.serviceDeployments??[]).sort((e,t)=>(0,s.kB)(t.createdAt)-(0,s.kB)(e.createdAt))[0]
if(o?.serviceDeploymentArn){const t=await v(e,o.serviceDeploymentArn),s=t?.sourceServiceRevisions?.[0]?.arn
$={serviceDeploymentArn:o.serviceDeploymentArn,status:t?.status??o.status,sourceTaskDefinitionArn:s?(await(0,i.vz)(n,s,A)).taskDefinition:void 0}}}catch(e){const t=(0,l.WI)(e)
if(!t)throw(0,d.es)(e,`reading the service deployments of service ${m}`)
return void(0,l.mc)(`Rolling back with UpdateService: the service deployment in flight cannot be read to roll it back with StopServiceDeployment. ${(0,l.jj)(t)}`)}const y=(0,p.yz)($,t)
if("update"===y.action)return
const C=y.serviceDeploymentArn
if("stop-service-deployment"===y.action){if(A?.aborted)throw new u.lZ(`Cancelled: service ${m} was not rolled back to ${(0,s.pd)(t)}`)
try{await n.send(new o.a8L({serviceDeploymentArn:C,stopType:"ROLLBACK"}))}catch(e){const t=e.name
if(!(p.xY.has(t)||"client"===e.$fault)&&!(0,l.WI)(e))throw(0,d.es)(e,`stopping service deployment ${(0,r.mX)({serviceDeploymentArn:C})} of service ${m} with rollback`)
const n=(0,l.WI)(e)
return void(0,l.mc)(`StopServiceDeployment (ROLLBACK) was refused for service ${m} (${t}: ${e.message}); rolling back with UpdateService instead${n?`. ${(0,l.jj)(n)}`:""}`)}f.Rm.info(`Stopped service deployment ${(0,r.mX)({serviceDeploymentArn:C})} of service ${m} with ROLLBACK: ECS returns it to ${(0,s.pd)(t)}`)}const g=(0,r.mX)({serviceDeploymentArn:C}),R=await(0,a.g3)({read:async()=>({value:await v(e,C),calls:1}),done:e=>!!e?.status&&!S.includes(e.status),timeoutMs:e.timeoutMs,doing:`waiting for the rollback of service deployment ${g} of service ${m}`,signal:A,clock:e.clock,pacing:e.pacing}),E=R.value?.status??"unknown",w="done"===R.outcome&&"ROLLBACK_SUCCESSFUL"===E,k="done"===R.outcome?w?`Service deployment ${g} is ROLLBACK_SUCCESSFUL: service ${m} runs ${(0,s.pd)(t)} again`:`Service deployment ${g} ended ${E}: ${(0,r.SR)(R.value)}`:`${"timeout"===R.outcome?"Timed out":"Cancelled"} waiting for the rollback of service deployment ${g} (${E})`
return{toTaskDefinitionArn:t,deploymentId:g,updated:"stop-service-deployment"===y.action,stoppedServiceDeployment:"stop-service-deployment"===y.action,wait:{healthy:w,outcome:w?"healthy":"done"===R.outcome?"failed":R.outcome,reason:k,details:[],elapsedMs:R.elapsedMs,deploymentId:g,taskDefinitionArn:w?t:"",timeline:[{atMs:R.elapsedMs,text:k}]}}}(e,$)
if(t)return t}let g
const R="update"===C.action
if("follow"===C.action)g=C.deploymentId
else{if(e.signal?.aborted)throw new u.lZ(`Cancelled: service ${m} was not rolled back to ${(0,s.pd)($)}`)
try{const e=await t.send(new o.UpdateServiceCommand({cluster:n,service:m,taskDefinition:$}))
g=e.service?.deployments?.find(e=>"PRIMARY"===e.status)?.id}catch(e){throw(0,d.es)(e,`rolling service ${m} back to ${(0,s.pd)($)}`)}}if(!g)throw new u.lZ(`Rolling service ${m} back to ${(0,s.pd)($)}: ECS returned no PRIMARY deployment`)
const E=await(0,c.waitForDeployment)({...e,deploymentId:g})
return{toTaskDefinitionArn:y?.taskDefinition&&!R?y.taskDefinition:$,deploymentId:g,updated:R,wait:E}}const S=["PENDING","IN_PROGRESS","ROLLBACK_REQUESTED","ROLLBACK_IN_PROGRESS"]
async function v(e,t){const n=await e.ecs.send(new o.A6p({serviceDeploymentArns:[t]}),{abortSignal:e.signal})
return n?.serviceDeployments?.[0]}}}

