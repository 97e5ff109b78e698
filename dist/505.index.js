export const id=505
export const ids=[505,283]
export const modules={5505:(e,t,n)=>{n.d(t,{deployHeadline:()=>d,deployOutputs:()=>a,deploySummary:()=>l})
var i=n(8388),o=n(9283),s=n(927),r=n(4902)
function a(e){return{[s.aQ.taskDefinitionArn]:e.taskDefinitionArn,[s.aQ.previousTaskDefinitionArn]:e.previousTaskDefinitionArn,[s.aQ.deploymentId]:e.deploymentId,[s.aQ.registered]:String(e.registered),[s.aQ.rolledBack]:String(e.rolledBack),[s.aQ.codeDeployDeploymentId]:e.codeDeploy?.deploymentId??"",[s.aQ.runTaskArn]:e.runTaskArns.length?JSON.stringify(e.runTaskArns):""}}const c={register:"registered",reuse:"reused",given:"given"}
function l(e,t,{failure:n,waitFollows:s=!1}={}){const a=[]
a.push(["Service",e.service||"(none: register only)"]),e.service&&a.push(["Cluster",e.cluster]),a.push(["Region",e.region])
const l=t.deployedTaskDefinitionArn?(0,i.pd)(t.deployedTaskDefinitionArn):`${t.family}:(new)`
let d=t.previousTaskDefinitionArn?`${(0,i.pd)(t.previousTaskDefinitionArn)} \u2192 ${l}`:l
t.rolledBack&&(d+=` \u2192 rolled back to ${(0,i.pd)(t.taskDefinitionArn)}`),a.push(["Revision",d])
const f=e.dryRun?"would be ":""
if(a.push(["Task definition",`${f}${c[t.choice.action]} (${t.choice.reason})`]),a.push(["Image",t.images.map(e=>t.images.length>1?`${e.container}: ${e.image}`:e.image).join("\n")]),t.strategy&&a.push(["Strategy",t.strategy]),t.runTaskArns.length&&a.push(["One-off task",t.runTaskArns.map(e=>e.split("/").pop()).join(", ")]),t.codeDeploy){const e=t.codeDeploy,n=e.rollbackDeploymentId?`, rolled back by ${e.rollbackDeploymentId}`:""
a.push(["CodeDeploy",`[${e.deploymentId}](${e.consoleUrl}) (${e.application} / ${e.deploymentGroup}): ${e.status}${n}`])}else t.deploymentId&&a.push(["Deployment",t.deploymentId])
e.service?a.push(["Console",`[ECS console](${u(e.region,e.cluster,e.service)})`]):t.taskDefinitionArn&&a.push(["Console",`[ECS console](${p(e.region,t.taskDefinitionArn)})`])
const g=s&&!n&&"deployed"===t.outcome
a.push(["Outcome",g?`Deployment ${t.deploymentId} of ${(0,i.pd)(t.deployedTaskDefinitionArn)} started; waiting for it to be healthy (next section)`:n??t.message])
const $=`${(t.durationMs/1e3).toFixed(1)} s`
a.push(["Duration",g?`${$} to register and update; the wait is timed below`:$])
const m=e=>e.map(e=>`- ${e}`),h=[{heading:"What changed",lines:m(t.changes.length?t.changes:["nothing in the task definition"])}]
e.service&&h.push({heading:"Service change",lines:m(t.serviceChanges.length?t.serviceChanges:["none (UpdateService skipped)"])}),t.removedFields.length&&h.push({heading:"Removed before registering",lines:m(t.removedFields)})
const A=function(e){if("definition"!==e.taskDefinition.kind)return[]
const t=e.taskDefinition.definition.containerDefinitions??[]
return t.flatMap(t=>{const n=(0,r.SI)(t,void 0,e.region)
return n?[`${t.name}: [CloudWatch Logs](${n})`]:[]})}(e)
A.length&&h.push({heading:"Logs",lines:m(A)})
const S=[t.wait,t.rollback?.wait].filter(e=>void 0!==e).flatMap(e=>e.timeline.map(e=>`${(e.atMs/1e3).toFixed(0)} s: ${e.text}`))
return S.length&&h.push({heading:"Timeline",lines:m(S)}),t.wait?.stages&&h.push({heading:"Service deployment stages",lines:(0,o.Q6)(t.wait.stages)}),{title:`ECS deploy${e.dryRun?" (dry run)":""}: ${e.service||t.family}`,facts:a,details:h}}function d(e,t,n){return{service:e.service||t.family,result:n?`failed: ${n}`:t.message,durationMs:t.durationMs,commit:e.revision}}function u(e,t,n){return`${`https://${e}.console.aws.amazon.com/ecs/v2`}/clusters/${encodeURIComponent(t)}/services/${encodeURIComponent(n)}/deployments?region=${e}`}function p(e,t){const[n,o]=(0,i.pd)(t).split(":")
return`https://${e}.console.aws.amazon.com/ecs/v2/task-definitions/${encodeURIComponent(n)}/${o}/containers?region=${e}`}},9283:(e,t,n)=>{n.d(t,{Fq:()=>c,Q6:()=>T,SR:()=>g,Uc:()=>C,Wi:()=>m,Wx:()=>u,ZV:()=>s,aU:()=>I,k:()=>A,mX:()=>h,oz:()=>f,rk:()=>l,uX:()=>$,v:()=>o,wH:()=>k})
var i=n(8388)
function o(e){const t=e.deploymentController?.type??"ECS"
return"ECS"!==t?t:e.deploymentConfiguration?.strategy??"ROLLING"}function s(e){return["BLUE_GREEN","LINEAR","CANARY"].includes(o(e))}const r=["RECONCILE_SERVICE","PRE_SCALE_UP","SCALE_UP","POST_SCALE_UP","TEST_TRAFFIC_SHIFT","POST_TEST_TRAFFIC_SHIFT","PRE_PRODUCTION_TRAFFIC_SHIFT","PRODUCTION_TRAFFIC_SHIFT","POST_PRODUCTION_TRAFFIC_SHIFT","BAKE_TIME","CLEAN_UP"],a=["PRE_PRODUCTION_TRAFFIC_SHIFT","PRODUCTION_TRAFFIC_SHIFT"]
function c(e,t){const n=e.deploymentConfiguration,i=void 0===t?0:r.indexOf(t)
if(i<0)return!0
if(n?.alarms?.enable&&i<=r.indexOf("BAKE_TIME"))return!0
const o=a.includes(t??"")
return(n?.lifecycleHooks??[]).some(e=>(e.lifecycleStages??[]).some(e=>r.indexOf(e)>=i||o&&a.includes(e)))}function l(e){return e?[e.status,e.lifecycleStage,...e.alarms?.triggeredAlarmNames??[],...(e.lifecycleHookDetails??[]).map(e=>`${e.hookId??e.targetArn}:${e.status}`)].join("|"):""}const d=new Set(r.slice(0,r.indexOf("PRODUCTION_TRAFFIC_SHIFT")))
function u(e){return void 0===e||d.has(e)}function p(e){return new Date(e).toISOString().slice(11,19)}function f(e,t,n){const o=t?.lifecycleStage,s=e[e.length-1]
if(!o||s?.stage===o)return e
const r=void 0===t?.updatedAt?void 0:(0,i.kB)(t.updatedAt),a=void 0!==r&&r>(s?.startedAt??-1/0)&&r<=n?r:n
return[...e,{stage:o,startedAt:a}]}function g(e){const t=e.alarms?.triggeredAlarmNames??[]
if(t.length>0)return t.map(e=>`alarm ${e} in ALARM`).join(", ")
const n=(e.lifecycleHookDetails??[]).find(e=>"FAILED"===e.status||"TIMED_OUT"===e.status),i=(e.statusReason??e.rollback?.reason)?.trim().replace(/\.+$/,"")
if(n){return`lifecycle hook ${n.targetArn?.split(":").pop()??n.hookId??"unknown"} ${n.status}${i?` (${i})`:""}`}return i||"no reason given"}function $(e,t){const n=e.lifecycleStage??"no stage yet",i=m(e,t),o=`at stage ${n}`,s=()=>g(e),r=(e,t)=>({status:"failed",outcome:e,reason:t})
switch(e.status){case"SUCCESSFUL":return{status:"done",reason:`${i} is SUCCESSFUL`}
case"ROLLBACK_REQUESTED":case"ROLLBACK_IN_PROGRESS":return{status:"waiting",reason:`${i} failed ${o}: ${s()}; ECS is rolling it back (${e.status})`}
case"ROLLBACK_SUCCESSFUL":return r("rolled-back-by-ecs",`${i} failed ${o}: ${s()}; ECS rolled it back (ROLLBACK_SUCCESSFUL)`)
case"ROLLBACK_FAILED":return r("rolled-back-by-ecs",`${i} failed ${o}: ${s()}; ECS rolled it back, but the rollback failed too (ROLLBACK_FAILED)`)
case"STOPPED":case"STOP_REQUESTED":return r("failed",`${i} was stopped ${o} (${e.status}): ${s()}`)}const a=e.alarms?.triggeredAlarmNames??[],c=(e.lifecycleHookDetails??[]).some(e=>"FAILED"===e.status||"TIMED_OUT"===e.status)
return a.length>0||c?r("failed",`${i} failed ${o}: ${s()}`):{status:"waiting",reason:`${i} is ${e.status??"PENDING"} ${o}`}}function m(e,t){return`${t} service deployment ${h(e)}`}function h(e){return e.serviceDeploymentArn?.split("/").pop()??"(unknown)"}function A(e,t,n,i){const o=t[t.length-1],s=[`stage ${e.lifecycleStage??"none"}${o?` since ${p(o.startedAt)}`:""}`],r=i??e.targetServiceRevision?.requestedProductionTrafficWeight
void 0!==r&&s.push(`production traffic ${S(r)}% green / ${S(100-r)}% blue`)
const a=e.deploymentConfiguration?.bakeTimeInMinutes
if("BAKE_TIME"===e.lifecycleStage&&void 0!==a&&o){const e=Math.max(0,o.startedAt+6e4*a-n)
s.push(`bake time left ${y(e)} of ${a} min`)}return s.join(", ")}function S(e){return Math.round(10*e)/10}function y(e){const t=Math.round(e/1e3)
return t<60?`${t} s`:`${Math.floor(t/60)} min ${String(t%60).padStart(2,"0")} s`}function C(e,t){return e.map((n,i)=>({...n,durationMs:Math.max(0,(e[i+1]?.startedAt??t)-n.startedAt)}))}function T(e){return["| Stage | Started (UTC) | Duration |","| --- | --- | --- |",...e.map(e=>`| ${e.stage} | ${p(e.startedAt)} | ${y(e.durationMs)} |`)]}function k(e,t){const n=[...e].sort((e,t)=>(0,i.kB)(t.createdAt)-(0,i.kB)(e.createdAt))
if(!t)return n[0]
const o=(0,i.kB)(t)
return n.sort((e,t)=>Math.abs((0,i.kB)(e.createdAt)-o)-Math.abs((0,i.kB)(t.createdAt)-o))[0]}function I(e,t){const n=e?.Actions?.find(e=>"forward"===e.Type)?.ForwardConfig?.TargetGroups??[],i=n.reduce((e,t)=>e+(t.Weight??0),0)
if(0===i)return
return(n.find(e=>e.TargetGroupArn===t)?.Weight??0)/i*100}}}

