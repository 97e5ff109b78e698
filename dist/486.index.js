export const id=486
export const ids=[486,283]
export const modules={2486:(e,t,n)=>{n.r(t),n.d(t,{run:()=>w,runWaitHealthy:()=>h})
var o=n(6058),i=n(8795),a=n(8293),r=n(7268),l=n(1662),s=n(4114),c=n(1119),d=n(8233),u=n(8388),f=n(9283),p=n(4056)
async function h(e,t){const o=(0,d.wx)(e),{waitForDeployment:l}=await Promise.all([n.e(279),n.e(861),n.e(212),n.e(586),n.e(77),n.e(964),n.e(245)]).then(n.bind(n,3964)),[s,c]=await Promise.all([(0,a.DJ)({region:o.region}),(0,a.HN)({region:o.region})]),f={ecs:s,elb:c,cluster:o.cluster,service:o.service,targetGroupArns:o.targetGroupArns,timeoutMs:o.timeoutMs,signal:t},h=Date.now()
let y,k,g
try{y=await l({...f,deploymentId:o.deploymentId})}catch(e){if(e instanceof r.dz)throw e
const t=(0,r.gJ)(e)
throw await m(o,function(e,t,n){return{healthy:!1,outcome:"failed",reason:t,details:[],elapsedMs:n,deploymentId:e.deploymentId??"",taskDefinitionArn:"",timeline:[]}}(o,t,Date.now()-h)),e}if("not-found"===y.outcome)throw new r.dz(d.WW.deploymentId,y.reason,"Use ecs-deploy's deployment-id output, or leave it empty to follow the PRIMARY deployment")
if(!y.healthy){for(const e of y.details)i.Rm.info(e)
const e=(0,p.Tw)(y,{rollbackOnFailure:o.rollbackOnFailure,candidates:[o.rollbackTaskDefinition]})
if("rollback"===e.action){i.Rm.info(`Rolling back: ${y.reason}`)
try{const{rollbackService:t}=await Promise.all([n.e(279),n.e(861),n.e(212),n.e(586),n.e(77),n.e(964),n.e(482)]).then(n.bind(n,2482))
k=await t({...f,toTaskDefinitionArn:e.toTaskDefinitionArn})}catch(e){g=t.aborted?"Not rolled back: the step was cancelled before the rollback could start":`Rolling back failed: ${(0,r.gJ)(e)}`}}}const w=g?`${y.reason}. ${g}`:function(e,t,n="Cancelled"){if(!t)return e.reason
if("cancelled"===t.wait.outcome)return`${e.reason}. ${(0,p.Ci)(n,t)}`
const o=t.stoppedServiceDeployment?`${(0,u.pd)(t.toTaskDefinitionArn)} (ECS rolled back service deployment ${t.deploymentId}: StopServiceDeployment)`:`${(0,u.pd)(t.toTaskDefinitionArn)} (deployment ${t.deploymentId})`,i=t.wait.healthy?"which is healthy":`which is not healthy either: ${t.wait.reason}`
return`${e.reason}. Rolled back to ${o}, ${i}`}(y,k,function(e){return e.reason instanceof Error?e.reason.message:"Cancelled"}(t))
if(await m(o,y,k,g?w:void 0),!y.healthy)throw new r.lZ(w)
i.Rm.info(`Healthy after ${Math.round(y.elapsedMs/1e3)} s`)}async function m(e,t,n,i){const a=n?n.wait.taskDefinitionArn||n.toTaskDefinitionArn:t.taskDefinitionArn
o.uH(d.lY.healthy,String(t.healthy)),o.uH(d.lY.elapsedSeconds,String(Math.round(t.elapsedMs/1e3))),a&&o.uH(d.lY.taskDefinitionArn,a),o.uH(d.lY.rolledBack,String(void 0!==n)),await(0,c.Sy)(function(e,t,n,o){const i=[["Service",`${e.service} (cluster ${e.cluster}, ${e.region})`],["Deployment",t.deploymentId||"unknown"],["Result",t.healthy?"healthy":`${t.outcome}: ${o??t.reason}`],["Elapsed",`${Math.round(t.elapsedMs/1e3)} s`],["Revision running",(0,u.pd)(t.taskDefinitionArn)]]
n&&(i.push(["Rolled back to",`${(0,u.pd)(n.toTaskDefinitionArn)} (deployment ${n.deploymentId})`]),i.push(["After rollback",n.wait.healthy?"healthy":`${n.wait.outcome}: ${n.wait.reason}`]))
const a=[{heading:"Details",lines:t.details.map(e=>`- ${e}`)},{heading:"Timeline",lines:g(t.timeline)}]
t.stages&&a.push({heading:"Service deployment stages",lines:(0,f.Q6)(t.stages)})
n&&a.push({heading:"Rollback timeline",lines:g(n.wait.timeline)})
return{title:t.healthy?"Deployment healthy":"Deployment not healthy",facts:i,details:a}}(e,t,n,i)),(0,c.mG)({service:e.service,result:y(t,n,i),durationMs:t.elapsedMs+(n?.wait.elapsedMs??0)})}function y(e,t,n){if(e.healthy)return"healthy"
if(!t)return`${e.outcome}: ${n??e.reason}`
const o=t.wait.healthy?"healthy":`${t.wait.outcome}`
return`${e.outcome}, rolled back to ${(0,u.pd)(t.toTaskDefinitionArn)} (${o})`}const k=60
function g(e){const t=e=>`- \`+${(e.atMs/1e3).toFixed(1)}s\` ${e.text.replace(/`/g,"'")}`
if(e.length<=k)return e.map(t)
const n=k/2
return[...e.slice(0,n).map(t),`- \u2026 ${e.length-k} entries left out \u2026`,...e.slice(-n).map(t)]}function w(){return(0,s.C)(e=>h(l.G0.forAction(d.aA),e))}},8233:(e,t,n)=>{n.d(t,{WW:()=>a,aA:()=>r,lY:()=>l,wx:()=>c})
var o=n(7268),i=n(7447)
const a={service:"service",cluster:"cluster",region:"aws-region",deploymentId:"deployment-id",targetGroupArns:"target-group-arns",waitForMinutes:"wait-for-minutes",rollbackOnFailure:"rollback-on-failure",rollbackTaskDefinition:"rollback-task-definition"},r={action:"wait-healthy",known:Object.values(a)},l={healthy:"healthy",elapsedSeconds:"elapsed-seconds",taskDefinitionArn:"task-definition-arn",rolledBack:"rolled-back"},s=.01
function c(e){const t=e.string(a.service,{required:!0}),n=e.string(a.cluster,{default:"default"}),r=e.region(a.region),l=e.optional(a.deploymentId)
if(void 0!==l&&!(0,i.Z5)(l))throw new o.dz(e.nameOf(a.deploymentId),`'${l}' is not an ECS deployment id`,"Use the id ECS gives a deployment, like ecs-svc/1234567890123456789 (ecs-deploy outputs it as deployment-id), or leave it empty to follow the PRIMARY deployment")
const c=e.list(a.targetGroupArns,{valid:i.il,is:"a target group ARN",hint:"Give full ARNs like arn:aws:elasticloadbalancing:eu-west-3:123456789012:targetgroup/web/0123456789abcdef, one per line"}),d=e.number(a.waitForMinutes,{default:30,min:s,max:i.f5})??30,u=e.boolean(a.rollbackOnFailure,!1),f=e.optional(a.rollbackTaskDefinition)
if(void 0!==f){if(!(0,i.An)(f))throw new o.dz(e.nameOf(a.rollbackTaskDefinition),`'${f}' is not a task definition revision`,"Use family:revision (web-ui-client:12) or a task definition ARN")
if(!u)throw new o.dz(e.nameOf(a.rollbackTaskDefinition),`is set but ${e.nameOf(a.rollbackOnFailure)} is false, so it would never be used`,`Set ${e.nameOf(a.rollbackOnFailure)}: true, or remove it`)}return{region:r,cluster:n,service:t,deploymentId:l,targetGroupArns:c.length>0?c:void 0,timeoutMs:Math.round(6e4*d),rollbackOnFailure:u,rollbackTaskDefinition:f}}},9283:(e,t,n)=>{n.d(t,{Fq:()=>s,Q6:()=>b,SR:()=>h,Uc:()=>$,Wi:()=>y,Wx:()=>u,ZV:()=>a,aU:()=>D,k:()=>g,mX:()=>k,oz:()=>p,rk:()=>c,uX:()=>m,v:()=>i,wH:()=>S})
var o=n(8388)
function i(e){const t=e.deploymentController?.type??"ECS"
return"ECS"!==t?t:e.deploymentConfiguration?.strategy??"ROLLING"}function a(e){return["BLUE_GREEN","LINEAR","CANARY"].includes(i(e))}const r=["RECONCILE_SERVICE","PRE_SCALE_UP","SCALE_UP","POST_SCALE_UP","TEST_TRAFFIC_SHIFT","POST_TEST_TRAFFIC_SHIFT","PRE_PRODUCTION_TRAFFIC_SHIFT","PRODUCTION_TRAFFIC_SHIFT","POST_PRODUCTION_TRAFFIC_SHIFT","BAKE_TIME","CLEAN_UP"],l=["PRE_PRODUCTION_TRAFFIC_SHIFT","PRODUCTION_TRAFFIC_SHIFT"]
function s(e,t){const n=e.deploymentConfiguration,o=void 0===t?0:r.indexOf(t)
if(o<0)return!0
if(n?.alarms?.enable&&o<=r.indexOf("BAKE_TIME"))return!0
const i=l.includes(t??"")
return(n?.lifecycleHooks??[]).some(e=>(e.lifecycleStages??[]).some(e=>r.indexOf(e)>=o||i&&l.includes(e)))}function c(e){return e?[e.status,e.lifecycleStage,...e.alarms?.triggeredAlarmNames??[],...(e.lifecycleHookDetails??[]).map(e=>`${e.hookId??e.targetArn}:${e.status}`)].join("|"):""}const d=new Set(r.slice(0,r.indexOf("PRODUCTION_TRAFFIC_SHIFT")))
function u(e){return void 0===e||d.has(e)}function f(e){return new Date(e).toISOString().slice(11,19)}function p(e,t,n){const i=t?.lifecycleStage,a=e[e.length-1]
if(!i||a?.stage===i)return e
const r=void 0===t?.updatedAt?void 0:(0,o.kB)(t.updatedAt),l=void 0!==r&&r>(a?.startedAt??-1/0)&&r<=n?r:n
return[...e,{stage:i,startedAt:l}]}function h(e){const t=e.alarms?.triggeredAlarmNames??[]
if(t.length>0)return t.map(e=>`alarm ${e} in ALARM`).join(", ")
const n=(e.lifecycleHookDetails??[]).find(e=>"FAILED"===e.status||"TIMED_OUT"===e.status),o=(e.statusReason??e.rollback?.reason)?.trim().replace(/\.+$/,"")
if(n){return`lifecycle hook ${n.targetArn?.split(":").pop()??n.hookId??"unknown"} ${n.status}${o?` (${o})`:""}`}return o||"no reason given"}function m(e,t){const n=e.lifecycleStage??"no stage yet",o=y(e,t),i=`at stage ${n}`,a=()=>h(e),r=(e,t)=>({status:"failed",outcome:e,reason:t})
switch(e.status){case"SUCCESSFUL":return{status:"done",reason:`${o} is SUCCESSFUL`}
case"ROLLBACK_REQUESTED":case"ROLLBACK_IN_PROGRESS":return{status:"waiting",reason:`${o} failed ${i}: ${a()}; ECS is rolling it back (${e.status})`}
case"ROLLBACK_SUCCESSFUL":return r("rolled-back-by-ecs",`${o} failed ${i}: ${a()}; ECS rolled it back (ROLLBACK_SUCCESSFUL)`)
case"ROLLBACK_FAILED":return r("rolled-back-by-ecs",`${o} failed ${i}: ${a()}; ECS rolled it back, but the rollback failed too (ROLLBACK_FAILED)`)
case"STOPPED":case"STOP_REQUESTED":return r("failed",`${o} was stopped ${i} (${e.status}): ${a()}`)}const l=e.alarms?.triggeredAlarmNames??[],s=(e.lifecycleHookDetails??[]).some(e=>"FAILED"===e.status||"TIMED_OUT"===e.status)
return l.length>0||s?r("failed",`${o} failed ${i}: ${a()}`):{status:"waiting",reason:`${o} is ${e.status??"PENDING"} ${i}`}}function y(e,t){return`${t} service deployment ${k(e)}`}function k(e){return e.serviceDeploymentArn?.split("/").pop()??"(unknown)"}function g(e,t,n,o){const i=t[t.length-1],a=[`stage ${e.lifecycleStage??"none"}${i?` since ${f(i.startedAt)}`:""}`],r=o??e.targetServiceRevision?.requestedProductionTrafficWeight
void 0!==r&&a.push(`production traffic ${w(r)}% green / ${w(100-r)}% blue`)
const l=e.deploymentConfiguration?.bakeTimeInMinutes
if("BAKE_TIME"===e.lifecycleStage&&void 0!==l&&i){const e=Math.max(0,i.startedAt+6e4*l-n)
a.push(`bake time left ${A(e)} of ${l} min`)}return a.join(", ")}function w(e){return Math.round(10*e)/10}function A(e){const t=Math.round(e/1e3)
return t<60?`${t} s`:`${Math.floor(t/60)} min ${String(t%60).padStart(2,"0")} s`}function $(e,t){return e.map((n,o)=>({...n,durationMs:Math.max(0,(e[o+1]?.startedAt??t)-n.startedAt)}))}function b(e){return["| Stage | Started (UTC) | Duration |","| --- | --- | --- |",...e.map(e=>`| ${e.stage} | ${f(e.startedAt)} | ${A(e.durationMs)} |`)]}function S(e,t){const n=[...e].sort((e,t)=>(0,o.kB)(t.createdAt)-(0,o.kB)(e.createdAt))
if(!t)return n[0]
const i=(0,o.kB)(t)
return n.sort((e,t)=>Math.abs((0,o.kB)(e.createdAt)-i)-Math.abs((0,o.kB)(t.createdAt)-i))[0]}function D(e,t){const n=e?.Actions?.find(e=>"forward"===e.Type)?.ForwardConfig?.TargetGroups??[],o=n.reduce((e,t)=>e+(t.Weight??0),0)
if(0===o)return
return(n.find(e=>e.TargetGroupArn===t)?.Weight??0)/o*100}},4056:(e,t,n)=>{n.d(t,{Ci:()=>c,Ho:()=>r,T1:()=>d,Tw:()=>i,xY:()=>s,yz:()=>l})
var o=n(8388)
function i(e,t){const n=t.deployedTaskDefinitionArn,o=void 0!==n,i=a[e.outcome]
if(i)return{action:"none",why:i}
const r=e.serviceDeploymentStatus,l="ROLLBACK_SUCCESSFUL"===r||"ROLLBACK_FAILED"===r?r:void 0
if("rolled-back-by-ecs"===e.outcome&&o)return l?{action:"follow-ecs-rollback",ended:l}:{action:"follow-ecs-rollback"}
if("rolled-back-by-ecs"===e.outcome&&l)return{action:"none",why:`ECS already rolled the service deployment back (${l})`}
if("not-found"===e.outcome&&!o)return{action:"none",why:"the deployment to follow was not found"}
if(t.cancelled)return{action:"none",why:"the step was cancelled before the rollback could start"}
if(!t.rollbackOnFailure)return{action:"none",why:"rollback-on-failure is false, so the service was left as it is"}
const s=[...t.candidates,e.lastCompletedTaskDefinitionArn].find(e=>e&&e!==n)
return s?{action:"rollback",toTaskDefinitionArn:s}:o?{action:"none",why:"the service ran no other revision before, so there is nothing to roll back to"}:{action:"rollback"}}const a={healthy:"the deployment is healthy",replaced:"another deployment replaced this one; not rolling back over it",cancelled:"the step was cancelled; the deployment goes on in ECS"}
function r(e,t){return e?.id&&(0,o.pd)(e.taskDefinition)===(0,o.pd)(t)&&"FAILED"!==e.rolloutState?{action:"follow",deploymentId:e.id}:{action:"update"}}function l(e,t){const n=e?.serviceDeploymentArn
return n?"ROLLBACK_REQUESTED"===e.status||"ROLLBACK_IN_PROGRESS"===e.status?{action:"follow-service-deployment",serviceDeploymentArn:n}:"PENDING"!==e.status&&"IN_PROGRESS"!==e.status?{action:"update",why:`the service deployment is ${e.status??"in an unknown state"}`}:e.sourceTaskDefinitionArn&&(0,o.pd)(e.sourceTaskDefinitionArn)!==(0,o.pd)(t)?{action:"update",why:`ECS's rollback would return to ${(0,o.pd)(e.sourceTaskDefinitionArn)}, not ${(0,o.pd)(t)}`}:{action:"stop-service-deployment",serviceDeploymentArn:n}:{action:"update",why:"no service deployment is in flight"}}const s=new Set(["AccessDeniedException","UnsupportedFeatureException","InvalidParameterException","ConflictException","ServiceDeploymentNotFoundException"])
function c(e,t){const n=`${(0,o.pd)(t.toTaskDefinitionArn)} (deployment ${t.deploymentId})`
return t.updated?`${e} after rolling back to ${n}; not waiting for it. ECS carries on with the rollback`:`${e} while ECS rolls back to ${n}; not waiting for it. ECS carries on with the rollback`}function d(e,t){return"failed"===e.state&&e.rollbackDeploymentId?{action:"follow-codedeploy-rollback",deploymentId:e.rollbackDeploymentId}:"cancelled"===e.state?{action:"none",why:"the step was cancelled; CodeDeploy carries on with the deployment"}:"timeout"===e.state?t.rollbackOnFailure?{action:"stop-and-roll-back"}:{action:"none",why:"rollback-on-failure is false; CodeDeploy carries on with the deployment"}:{action:"none",why:t.autoRollback?`CodeDeploy reported no rollback deployment, although deployment group ${t.deploymentGroup} rolls back on failure`:`deployment group ${t.deploymentGroup} does not roll back on failure (autoRollbackConfiguration is off), and only CodeDeploy can change a CODE_DEPLOY service; turn on its automatic rollback on DEPLOYMENT_FAILURE`}}}}

