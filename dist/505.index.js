export const id=505
export const ids=[505,283]
export const modules={5505:(e,t,n)=>{n.d(t,{deployHeadline:()=>d,deployOutputs:()=>a,deploySummary:()=>l})
var o=n(8388),i=n(9283),s=n(927),r=n(4902)
function a(e){return{[s.aQ.taskDefinitionArn]:e.taskDefinitionArn,[s.aQ.previousTaskDefinitionArn]:e.previousTaskDefinitionArn,[s.aQ.deploymentId]:e.deploymentId,[s.aQ.registered]:String(e.registered),[s.aQ.rolledBack]:String(e.rolledBack),[s.aQ.codeDeployDeploymentId]:e.codeDeploy?.deploymentId??"",[s.aQ.runTaskArn]:e.runTaskArns.length?JSON.stringify(e.runTaskArns):""}}const c={register:"registered",reuse:"reused",given:"given"}
function l(e,t,{failure:n,waitFollows:s=!1}={}){const a=[]
a.push(["Service",e.service||"(none: register only)"]),e.service&&a.push(["Cluster",e.cluster]),a.push(["Region",e.region])
const l=t.deployedTaskDefinitionArn?(0,o.pd)(t.deployedTaskDefinitionArn):`${t.family}:(new)`
let d=t.previousTaskDefinitionArn?`${(0,o.pd)(t.previousTaskDefinitionArn)} \u2192 ${l}`:l
t.rolledBack&&(d+=` \u2192 rolled back to ${(0,o.pd)(t.taskDefinitionArn)}`),a.push(["Revision",d])
const f=e.dryRun?"would be ":""
if(a.push(["Task definition",`${f}${c[t.choice.action]} (${t.choice.reason})`]),a.push(["Image",t.images.map(e=>t.images.length>1?`${e.container}: ${e.image}`:e.image).join("\n")]),t.strategy&&a.push(["Strategy",t.strategy]),t.runTaskArns.length&&a.push(["One-off task",t.runTaskArns.map(e=>e.split("/").pop()).join(", ")]),t.codeDeploy){const e=t.codeDeploy,n=e.rollbackDeploymentId?`, rolled back by ${e.rollbackDeploymentId}`:""
a.push(["CodeDeploy",`[${e.deploymentId}](${e.consoleUrl}) (${e.application} / ${e.deploymentGroup}): ${e.status}${n}`])}else t.deploymentId&&a.push(["Deployment",t.deploymentId])
e.service?a.push(["Console",`[ECS console](${u(e.region,e.cluster,e.service)})`]):t.taskDefinitionArn&&a.push(["Console",`[ECS console](${p(e.region,t.taskDefinitionArn)})`])
const g=s&&!n&&"deployed"===t.outcome
a.push(["Outcome",g?`Deployment ${t.deploymentId} of ${(0,o.pd)(t.deployedTaskDefinitionArn)} started; waiting for it to be healthy (next section)`:n??t.message])
const $=`${(t.durationMs/1e3).toFixed(1)} s`
a.push(["Duration",g?`${$} to register and update; the wait is timed below`:$])
const m=e=>e.map(e=>`- ${e}`),S=[{heading:"What changed",lines:m(t.changes.length?t.changes:["nothing in the task definition"])}]
e.service&&S.push({heading:"Service change",lines:m(t.serviceChanges.length?t.serviceChanges:["none (UpdateService skipped)"])}),t.removedFields.length&&S.push({heading:"Removed before registering",lines:m(t.removedFields)})
const h=function(e){if("definition"!==e.taskDefinition.kind)return[]
const t=e.taskDefinition.definition.containerDefinitions??[]
return t.flatMap(t=>{const n=(0,r.SI)(t,void 0,e.region)
return n?[`${t.name}: [CloudWatch Logs](${n})`]:[]})}(e)
h.length&&S.push({heading:"Logs",lines:m(h)})
const A=[t.wait,t.rollback?.wait].filter(e=>void 0!==e).flatMap(e=>e.timeline.map(e=>`${(e.atMs/1e3).toFixed(0)} s: ${e.text}`))
return A.length&&S.push({heading:"Timeline",lines:m(A)}),t.wait?.stages&&S.push({heading:"Service deployment stages",lines:(0,i.Q6)(t.wait.stages)}),{title:`ECS deploy${e.dryRun?" (dry run)":""}: ${e.service||t.family}`,facts:a,details:S}}function d(e,t,n){return{service:e.service||t.family,result:n?`failed: ${n}`:t.message,durationMs:t.durationMs,commit:e.revision}}function u(e,t,n){return`${`https://${e}.console.aws.amazon.com/ecs/v2`}/clusters/${encodeURIComponent(t)}/services/${encodeURIComponent(n)}/deployments?region=${e}`}function p(e,t){const[n,i]=(0,o.pd)(t).split(":")
return`https://${e}.console.aws.amazon.com/ecs/v2/task-definitions/${encodeURIComponent(n)}/${i}/containers?region=${e}`}},9283:(e,t,n)=>{n.d(t,{Fq:()=>a,Q6:()=>C,SR:()=>f,Uc:()=>y,Wi:()=>$,Wx:()=>d,ZV:()=>s,aU:()=>k,k:()=>S,mX:()=>m,oz:()=>p,rk:()=>c,uX:()=>g,v:()=>i,wH:()=>T})
var o=n(8388)
function i(e){const t=e.deploymentController?.type??"ECS"
return"ECS"!==t?t:e.deploymentConfiguration?.strategy??"ROLLING"}function s(e){return["BLUE_GREEN","LINEAR","CANARY"].includes(i(e))}const r=["RECONCILE_SERVICE","PRE_SCALE_UP","SCALE_UP","POST_SCALE_UP","TEST_TRAFFIC_SHIFT","POST_TEST_TRAFFIC_SHIFT","PRODUCTION_TRAFFIC_SHIFT","POST_PRODUCTION_TRAFFIC_SHIFT","BAKE_TIME","CLEAN_UP"]
function a(e,t){const n=e.deploymentConfiguration,o=void 0===t?0:r.indexOf(t)
return o<0||(!!(n?.alarms?.enable&&o<=r.indexOf("BAKE_TIME"))||(n?.lifecycleHooks??[]).some(e=>(e.lifecycleStages??[]).some(e=>r.indexOf(e)>=o)))}function c(e){return e?[e.status,e.lifecycleStage,...e.alarms?.triggeredAlarmNames??[],...(e.lifecycleHookDetails??[]).map(e=>`${e.hookId??e.targetArn}:${e.status}`)].join("|"):""}const l=new Set(["RECONCILE_SERVICE","PRE_SCALE_UP","SCALE_UP","POST_SCALE_UP","TEST_TRAFFIC_SHIFT","POST_TEST_TRAFFIC_SHIFT","PRE_PRODUCTION_TRAFFIC_SHIFT"])
function d(e){return void 0===e||l.has(e)}function u(e){return new Date(e).toISOString().slice(11,19)}function p(e,t,n){const i=t?.lifecycleStage,s=e[e.length-1]
if(!i||s?.stage===i)return e
const r=void 0===t?.updatedAt?void 0:(0,o.kB)(t.updatedAt),a=void 0!==r&&r>(s?.startedAt??-1/0)&&r<=n?r:n
return[...e,{stage:i,startedAt:a}]}function f(e){const t=e.alarms?.triggeredAlarmNames??[]
if(t.length>0)return t.map(e=>`alarm ${e} in ALARM`).join(", ")
const n=(e.lifecycleHookDetails??[]).find(e=>"FAILED"===e.status||"TIMED_OUT"===e.status),o=(e.statusReason??e.rollback?.reason)?.trim().replace(/\.+$/,"")
if(n){return`lifecycle hook ${n.targetArn?.split(":").pop()??n.hookId??"unknown"} ${n.status}${o?` (${o})`:""}`}return o||"no reason given"}function g(e,t){const n=e.lifecycleStage??"no stage yet",o=$(e,t),i=`at stage ${n}`,s=()=>f(e),r=(e,t)=>({status:"failed",outcome:e,reason:t})
switch(e.status){case"SUCCESSFUL":return{status:"done",reason:`${o} is SUCCESSFUL`}
case"ROLLBACK_REQUESTED":case"ROLLBACK_IN_PROGRESS":return{status:"waiting",reason:`${o} failed ${i}: ${s()}; ECS is rolling it back (${e.status})`}
case"ROLLBACK_SUCCESSFUL":return r("rolled-back-by-ecs",`${o} failed ${i}: ${s()}; ECS rolled it back (ROLLBACK_SUCCESSFUL)`)
case"ROLLBACK_FAILED":return r("rolled-back-by-ecs",`${o} failed ${i}: ${s()}; ECS rolled it back, but the rollback failed too (ROLLBACK_FAILED)`)
case"STOPPED":case"STOP_REQUESTED":return r("failed",`${o} was stopped ${i} (${e.status}): ${s()}`)}const a=e.alarms?.triggeredAlarmNames??[],c=(e.lifecycleHookDetails??[]).some(e=>"FAILED"===e.status||"TIMED_OUT"===e.status)
return a.length>0||c?r("failed",`${o} failed ${i}: ${s()}`):{status:"waiting",reason:`${o} is ${e.status??"PENDING"} ${i}`}}function $(e,t){return`${t} service deployment ${m(e)}`}function m(e){return e.serviceDeploymentArn?.split("/").pop()??"(unknown)"}function S(e,t,n,o){const i=t[t.length-1],s=[`stage ${e.lifecycleStage??"none"}${i?` since ${u(i.startedAt)}`:""}`],r=o??e.targetServiceRevision?.requestedProductionTrafficWeight
void 0!==r&&s.push(`production traffic ${h(r)}% green / ${h(100-r)}% blue`)
const a=e.deploymentConfiguration?.bakeTimeInMinutes
if("BAKE_TIME"===e.lifecycleStage&&void 0!==a&&i){const e=Math.max(0,i.startedAt+6e4*a-n)
s.push(`bake time left ${A(e)} of ${a} min`)}return s.join(", ")}function h(e){return Math.round(10*e)/10}function A(e){const t=Math.round(e/1e3)
return t<60?`${t} s`:`${Math.floor(t/60)} min ${String(t%60).padStart(2,"0")} s`}function y(e,t){return e.map((n,o)=>({...n,durationMs:Math.max(0,(e[o+1]?.startedAt??t)-n.startedAt)}))}function C(e){return["| Stage | Started (UTC) | Duration |","| --- | --- | --- |",...e.map(e=>`| ${e.stage} | ${u(e.startedAt)} | ${A(e.durationMs)} |`)]}function T(e,t){const n=[...e].sort((e,t)=>(0,o.kB)(t.createdAt)-(0,o.kB)(e.createdAt))
if(!t)return n[0]
const i=(0,o.kB)(t)
return n.sort((e,t)=>Math.abs((0,o.kB)(e.createdAt)-i)-Math.abs((0,o.kB)(t.createdAt)-i))[0]}function k(e,t){const n=e?.Actions?.find(e=>"forward"===e.Type)?.ForwardConfig?.TargetGroups??[],o=n.reduce((e,t)=>e+(t.Weight??0),0)
if(0===o)return
return(n.find(e=>e.TargetGroupArn===t)?.Weight??0)/o*100}}}

