export const id=482
export const ids=[482,245]
export const modules={5016:(e,t,n)=>{n.d(t,{C0:()=>s,M7:()=>r,uS:()=>o,vz:()=>a})
var i=n(6077)
async function o(e,t,i){const{DescribeServicesCommand:o}=await Promise.all([n.e(279),n.e(861),n.e(212)]).then(n.t.bind(n,212,19)),s=await e.send(new o({cluster:t.cluster,services:[t.service]}),{abortSignal:i}),a=s.services?.[0]
return{found:a,missing:a?"":s.failures?.[0]?.reason??"MISSING",$metadata:s.$metadata}}async function s(e,t,i){const{ListServiceDeploymentsCommand:o}=await Promise.all([n.e(279),n.e(861),n.e(212)]).then(n.t.bind(n,212,19))
return e.send(new o(t),{abortSignal:i})}async function a(e,t,i){const{DescribeServiceRevisionsCommand:o}=await Promise.all([n.e(279),n.e(861),n.e(212)]).then(n.t.bind(n,212,19)),s=await e.send(new o({serviceRevisionArns:[t]}),{abortSignal:i})
return{taskDefinition:s.serviceRevisions?.[0]?.taskDefinition,$metadata:s.$metadata}}async function r(e,t,n){try{const o=await(0,i.bK)(e,{...t,input:n})
return{arn:o.arn,definition:o.definition}}catch(e){if((0,i.sO)(e))return
throw e}}},6365:(e,t,n)=>{n.d(t,{GJ:()=>u,GU:()=>d,U$:()=>h,UU:()=>p,Yj:()=>c,ZW:()=>m,hz:()=>w,l9:()=>f,qC:()=>y,yc:()=>i})
const i=4e3,o=2e4,s=3e4,a=5e3,r=1e4,c=500,l=2e3
function d(e,t){if(0===t.length)return
const{clock:n,lastReadAt:i}=e
if(!n)return
const{intervalMs:o,healthyThreshold:s,unhealthyThreshold:a}=n,r=(i??-1/0)+(e.healthy?(a-1)*o:0)
let l=1/0
for(const e of t){const t=Math.min(s,a),n=Math.max(t,Math.floor((r-e)/o)+1)
l=Math.min(l,e+n*o)}return l+c}function u(e,t,n,i=!1){if(0===t.length)return!1
if(!e.clock||i&&!e.healthy)return!0
const o=d(e,t)
return void 0!==o&&n>=o}function m(e){const t=Math.min(e.stoppedTaskThreshold,e.circuitBreakerThreshold??1/0),n=Math.max(1,t-e.failedTasks)
return e.liveTasks>0?Math.ceil(n/e.liveTasks):2}const v=1e3
function f(e){return Math.max(3,Math.min(200,Math.ceil(e/2)))}function h(e){const{stage:t,stageStartedAt:n,bakeMs:i,drainMs:o}=e
if(void 0!==o)return"BAKE_TIME"===t?n+i+o:"CLEAN_UP"===t?n+o:void 0}function p(e){const{now:t,changedAt:n,completionAt:d,targetReadAt:u}=e,m=(f=e.failureWaves)<=1?i:Math.min(s,(f-1)*o-v)
var f
const h=void 0===d?void 0:d+c
let p=m
if(void 0!==h&&t>=h)p=Math.min(p,Math.max(l,t-h))
else{const e=Math.min(h??1/0,u??1/0)
if(e===1/0)p=Math.min(p,Math.min(r,Math.max(a,t-n)))
else{const n=Math.max(0,e-t)
p=n/Math.max(1,Math.ceil(n/p))}}return void 0!==u&&(p=Math.min(p,Math.max(0,u-t))),p=Math.min(p,Math.max(a,t-e.startedAt)),Math.max(100,Math.round(p))}const w={ecsCallsPerMinute:36,maxDelayMs:3e4}
function y(e,t=w){const{elapsedMs:n,backoffLevel:i,now:o,ecsCallTimes:s}=e,a=e.baseMs??(n<18e4?2e3:n<6e5?3e3:n<12e5?5e3:1e4)
let r=Math.min(a*2**Math.max(0,i),t.maxDelayMs)
const c=s.filter(e=>e>o-6e4).sort((e,t)=>e-t),l=c.length+1-t.ecsCallsPerMinute
return l>0&&(r=Math.max(r,c[l-1]+6e4-o+1)),r}},3398:(e,t,n)=>{n.d(t,{dQ:()=>r,g3:()=>l,wW:()=>c})
var i=n(8293),o=n(7268),s=n(8500),a=n(6365)
const r={now:()=>Date.now(),sleep:(e,t)=>(0,s.setTimeout)(e,void 0,{signal:t})},c=10
async function l(e){const t=e.clock??r,n={...a.hz,...e.pacing},s=t.now(),l=s+e.timeoutMs,d=[]
let u,m=0,v=0
const f=e=>({outcome:e,value:u,elapsedMs:t.now()-s})
for(;;){if(e.signal?.aborted)return f("cancelled")
try{const{value:n,calls:i}=await e.read()
for(let e=0;e<i;e++)d.push(t.now())
if(u=n,m=0,v=Math.max(0,v-1),e.done(n))return{outcome:"done",value:n,elapsedMs:t.now()-s}}catch(t){if(e.signal?.aborted)return f("cancelled")
if(t instanceof o.lZ)throw t
if(!(0,i.Sc)(t)||++m>=c)throw(0,i.es)(t,e.doing)
v++}const r=t.now()
if(r>=l)return f("timeout")
const h=Math.min((0,a.qC)({elapsedMs:r-s,backoffLevel:v,now:r,ecsCallTimes:d},n),l-r)
try{await t.sleep(h,e.signal)}catch(t){if(e.signal?.aborted)return f("cancelled")
throw t}}}},2482:(e,t,n)=>{n.r(t),n.d(t,{rollbackService:()=>f})
var i=n(212),o=n(5016),s=n(8388),a=n(9283),r=n(3398),c=n(3964),l=n(5745),d=n(8293),u=n(7268),m=n(8795),v=n(4056)
async function f(e){const{ecs:t,cluster:n,service:f}=e,w=await async function(e){let t
try{t=await(0,o.uS)(e.ecs,e,e.signal)}catch(t){throw(0,d.es)(t,`describing service ${e.service}`)}if(t.found)return t.found
throw new u.dz("service",`service ${e.service} not found in cluster ${e.cluster}`,"Check the service and cluster names and aws-region")}(e),y=e.toTaskDefinitionArn??await async function(e,t){const n=(0,s.pv)(t.deployments)
if(n)return n
const{ecs:i,cluster:a,service:r,signal:c}=e
try{const e=((await(0,o.C0)(i,{cluster:a,service:r,status:["SUCCESSFUL","ROLLBACK_SUCCESSFUL"]},c)).serviceDeployments??[]).sort((e,t)=>(0,s.kB)(t.createdAt)-(0,s.kB)(e.createdAt))[0]
if(e?.targetServiceRevisionArn){const t=await(0,o.vz)(i,e.targetServiceRevisionArn,c)
if(t.taskDefinition)return t.taskDefinition}}catch(e){throw(0,d.es)(e,`finding the last successful deployment of service ${r}`)}throw new u.lZ(`Cannot roll back service ${r}: it has no COMPLETED deployment to return to. Set rollback-task-definition to the revision to restore`)}(e,w),M=w.deployments?.find(e=>"PRIMARY"===e.status),S=(0,v.Ho)(M,y)
if("update"===S.action&&(0,a.ZV)(w)){const t=await async function(e,t){const{ecs:n,cluster:c,service:f,signal:w}=e
let y
try{const t=await(0,o.C0)(n,{cluster:c,service:f,status:[...h]},w),i=(t?.serviceDeployments??[]).sort((e,t)=>(0,s.kB)(t.createdAt)-(0,s.kB)(e.createdAt))[0]
if(i?.serviceDeploymentArn){const t=await p(e,i.serviceDeploymentArn),s=t?.sourceServiceRevisions?.[0]?.arn
y={serviceDeploymentArn:i.serviceDeploymentArn,status:t?.status??i.status,sourceTaskDefinitionArn:s?(await(0,o.vz)(n,s,w)).taskDefinition:void 0}}}catch(e){const t=(0,l.WI)(e)
if(!t)throw(0,d.es)(e,`reading the service deployments of service ${f}`)
return void(0,l.mc)(`Rolling back with UpdateService: the service deployment in flight cannot be read to roll it back with StopServiceDeployment. ${(0,l.jj)(t)}`)}const M=(0,v.yz)(y,t)
if("update"===M.action)return
const S=M.serviceDeploymentArn
if("stop-service-deployment"===M.action){if(w?.aborted)throw new u.lZ(`Cancelled: service ${f} was not rolled back to ${(0,s.pd)(t)}`)
try{await n.send(new i.a8L({serviceDeploymentArn:S,stopType:"ROLLBACK"}))}catch(e){const t=e.name
if(!(v.xY.has(t)||"client"===e.$fault)&&!(0,l.WI)(e))throw(0,d.es)(e,`stopping service deployment ${(0,a.mX)({serviceDeploymentArn:S})} of service ${f} with rollback`)
const n=(0,l.WI)(e)
return void(0,l.mc)(`StopServiceDeployment (ROLLBACK) was refused for service ${f} (${t}: ${e.message}); rolling back with UpdateService instead${n?`. ${(0,l.jj)(n)}`:""}`)}m.Rm.info(`Stopped service deployment ${(0,a.mX)({serviceDeploymentArn:S})} of service ${f} with ROLLBACK: ECS returns it to ${(0,s.pd)(t)}`)}const g=(0,a.mX)({serviceDeploymentArn:S}),k=await(0,r.g3)({read:async()=>({value:await p(e,S),calls:1}),done:e=>!!e?.status&&!h.includes(e.status),timeoutMs:e.timeoutMs,doing:`waiting for the rollback of service deployment ${g} of service ${f}`,signal:w,clock:e.clock,pacing:e.pacing}),A=k.value?.status??"unknown",$="done"===k.outcome&&"ROLLBACK_SUCCESSFUL"===A,D="done"===k.outcome?$?`Service deployment ${g} is ROLLBACK_SUCCESSFUL: service ${f} runs ${(0,s.pd)(t)} again`:`Service deployment ${g} ended ${A}: ${(0,a.SR)(k.value)}`:`${"timeout"===k.outcome?"Timed out":"Cancelled"} waiting for the rollback of service deployment ${g} (${A})`
return{toTaskDefinitionArn:t,deploymentId:g,updated:"stop-service-deployment"===M.action,stoppedServiceDeployment:"stop-service-deployment"===M.action,wait:{healthy:$,outcome:$?"healthy":"done"===k.outcome?"failed":k.outcome,reason:D,details:[],elapsedMs:k.elapsedMs,deploymentId:g,taskDefinitionArn:$?t:"",timeline:[{atMs:k.elapsedMs,text:D}]}}}(e,y)
if(t)return t}let g
const k="update"===S.action
if("follow"===S.action)g=S.deploymentId
else{if(e.signal?.aborted)throw new u.lZ(`Cancelled: service ${f} was not rolled back to ${(0,s.pd)(y)}`)
try{const e=await t.send(new i.UpdateServiceCommand({cluster:n,service:f,taskDefinition:y}))
g=e.service?.deployments?.find(e=>"PRIMARY"===e.status)?.id}catch(e){throw(0,d.es)(e,`rolling service ${f} back to ${(0,s.pd)(y)}`)}}if(!g)throw new u.lZ(`Rolling service ${f} back to ${(0,s.pd)(y)}: ECS returned no PRIMARY deployment`)
const A=await(0,c.waitForDeployment)({...e,deploymentId:g})
return{toTaskDefinitionArn:M?.taskDefinition&&!k?M.taskDefinition:y,deploymentId:g,updated:k,wait:A}}const h=["PENDING","IN_PROGRESS","ROLLBACK_REQUESTED","ROLLBACK_IN_PROGRESS"]
async function p(e,t){const n=await e.ecs.send(new i.A6p({serviceDeploymentArns:[t]}),{abortSignal:e.signal})
return n?.serviceDeployments?.[0]}}}

