export const id=283
export const ids=[283]
export const modules={9283:(t,e,n)=>{n.d(e,{Fq:()=>c,Q6:()=>R,SR:()=>A,Uc:()=>_,Wi:()=>E,Wx:()=>d,ZV:()=>o,aU:()=>F,k:()=>$,mX:()=>T,oz:()=>S,rk:()=>u,uX:()=>C,v:()=>a,wH:()=>m})
var r=n(8388)
function a(t){const e=t.deploymentController?.type??"ECS"
return"ECS"!==e?e:t.deploymentConfiguration?.strategy??"ROLLING"}function o(t){return["BLUE_GREEN","LINEAR","CANARY"].includes(a(t))}const s=["RECONCILE_SERVICE","PRE_SCALE_UP","SCALE_UP","POST_SCALE_UP","TEST_TRAFFIC_SHIFT","POST_TEST_TRAFFIC_SHIFT","PRE_PRODUCTION_TRAFFIC_SHIFT","PRODUCTION_TRAFFIC_SHIFT","POST_PRODUCTION_TRAFFIC_SHIFT","BAKE_TIME","CLEAN_UP"],i=["PRE_PRODUCTION_TRAFFIC_SHIFT","PRODUCTION_TRAFFIC_SHIFT"]
function c(t,e){const n=t.deploymentConfiguration,r=void 0===e?0:s.indexOf(e)
if(r<0)return!0
if(n?.alarms?.enable&&r<=s.indexOf("BAKE_TIME"))return!0
const a=i.includes(e??"")
return(n?.lifecycleHooks??[]).some(t=>(t.lifecycleStages??[]).some(t=>s.indexOf(t)>=r||a&&i.includes(t)))}function u(t){return t?[t.status,t.lifecycleStage,...t.alarms?.triggeredAlarmNames??[],...(t.lifecycleHookDetails??[]).map(t=>`${t.hookId??t.targetArn}:${t.status}`)].join("|"):""}const l=new Set(s.slice(0,s.indexOf("PRODUCTION_TRAFFIC_SHIFT")))
function d(t){return void 0===t||l.has(t)}function f(t){return new Date(t).toISOString().slice(11,19)}function S(t,e,n){const a=e?.lifecycleStage,o=t[t.length-1]
if(!a||o?.stage===a)return t
const s=void 0===e?.updatedAt?void 0:(0,r.kB)(e.updatedAt),i=void 0!==s&&s>(o?.startedAt??-1/0)&&s<=n?s:n
return[...t,{stage:a,startedAt:i}]}function A(t){const e=t.alarms?.triggeredAlarmNames??[]
if(e.length>0)return e.map(t=>`alarm ${t} in ALARM`).join(", ")
const n=(t.lifecycleHookDetails??[]).find(t=>"FAILED"===t.status||"TIMED_OUT"===t.status),r=(t.statusReason??t.rollback?.reason)?.trim().replace(/\.+$/,"")
if(n){return`lifecycle hook ${n.targetArn?.split(":").pop()??n.hookId??"unknown"} ${n.status}${r?` (${r})`:""}`}return r||"no reason given"}function C(t,e){const n=t.lifecycleStage??"no stage yet",r=E(t,e),a=`at stage ${n}`,o=()=>A(t),s=(t,e)=>({status:"failed",outcome:t,reason:e})
switch(t.status){case"SUCCESSFUL":return{status:"done",reason:`${r} is SUCCESSFUL`}
case"ROLLBACK_REQUESTED":case"ROLLBACK_IN_PROGRESS":return{status:"waiting",reason:`${r} failed ${a}: ${o()}; ECS is rolling it back (${t.status})`}
case"ROLLBACK_SUCCESSFUL":return s("rolled-back-by-ecs",`${r} failed ${a}: ${o()}; ECS rolled it back (ROLLBACK_SUCCESSFUL)`)
case"ROLLBACK_FAILED":return s("rolled-back-by-ecs",`${r} failed ${a}: ${o()}; ECS rolled it back, but the rollback failed too (ROLLBACK_FAILED)`)
case"STOPPED":case"STOP_REQUESTED":return s("failed",`${r} was stopped ${a} (${t.status}): ${o()}`)}const i=t.alarms?.triggeredAlarmNames??[],c=(t.lifecycleHookDetails??[]).some(t=>"FAILED"===t.status||"TIMED_OUT"===t.status)
return i.length>0||c?s("failed",`${r} failed ${a}: ${o()}`):{status:"waiting",reason:`${r} is ${t.status??"PENDING"} ${a}`}}function E(t,e){return`${e} service deployment ${T(t)}`}function T(t){return t.serviceDeploymentArn?.split("/").pop()??"(unknown)"}function $(t,e,n,r){const a=e[e.length-1],o=[`stage ${t.lifecycleStage??"none"}${a?` since ${f(a.startedAt)}`:""}`],s=r??t.targetServiceRevision?.requestedProductionTrafficWeight
void 0!==s&&o.push(`production traffic ${g(s)}% green / ${g(100-s)}% blue`)
const i=t.deploymentConfiguration?.bakeTimeInMinutes
if("BAKE_TIME"===t.lifecycleStage&&void 0!==i&&a){const t=Math.max(0,a.startedAt+6e4*i-n)
o.push(`bake time left ${I(t)} of ${i} min`)}return o.join(", ")}function g(t){return Math.round(10*t)/10}function I(t){const e=Math.round(t/1e3)
return e<60?`${e} s`:`${Math.floor(e/60)} min ${String(e%60).padStart(2,"0")} s`}function _(t,e){return t.map((n,r)=>({...n,durationMs:Math.max(0,(t[r+1]?.startedAt??e)-n.startedAt)}))}function R(t){return["| Stage | Started (UTC) | Duration |","| --- | --- | --- |",...t.map(t=>`| ${t.stage} | ${f(t.startedAt)} | ${I(t.durationMs)} |`)]}function m(t,e){const n=[...t].sort((t,e)=>(0,r.kB)(e.createdAt)-(0,r.kB)(t.createdAt))
if(!e)return n[0]
const a=(0,r.kB)(e)
return n.sort((t,e)=>Math.abs((0,r.kB)(t.createdAt)-a)-Math.abs((0,r.kB)(e.createdAt)-a))[0]}function F(t,e){const n=t?.Actions?.find(t=>"forward"===t.Type)?.ForwardConfig?.TargetGroups??[],r=n.reduce((t,e)=>t+(e.Weight??0),0)
if(0===r)return
return(n.find(t=>t.TargetGroupArn===e)?.Weight??0)/r*100}}}

