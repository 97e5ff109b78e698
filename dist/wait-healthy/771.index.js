export const id=771
export const ids=[771]
export const modules={8771:(e,t,n)=>{n.d(t,{rollbackService:()=>f})
var o=n(212),i=n(469),s=n(8388),c=n(9283),r=n(8730),a=n(7268),l=n(8041),d=n(8566)
var u=n(5745),p=n(8795),v=n(4056)
async function f(e){const{ecs:t,cluster:n,service:f}=e,y=await async function(e){let t
try{t=await(0,i.uS)(e.ecs,e,e.signal)}catch(t){throw(0,r.es)(t,`describing service ${e.service}`)}if(t.found)return t.found
throw new a.dz("service",`service ${e.service} not found in cluster ${e.cluster}`,"Check the service and cluster names and aws-region")}(e),h=e.toTaskDefinitionArn??await async function(e,t){const n=(0,s.pv)(t.deployments)
if(n)return n
const{ecs:o,cluster:c,service:l,signal:d}=e
try{const e=((await(0,i.C0)(o,{cluster:c,service:l,status:["SUCCESSFUL","ROLLBACK_SUCCESSFUL"]},d)).serviceDeployments??[]).sort((e,t)=>(0,s.kB)(t.createdAt)-(0,s.kB)(e.createdAt))[0]
if(e?.targetServiceRevisionArn){const t=await(0,i.vz)(o,e.targetServiceRevisionArn,d)
if(t.taskDefinition)return t.taskDefinition}}catch(e){throw(0,r.es)(e,`finding the last successful deployment of service ${l}`)}throw new a.lZ(`Cannot roll back service ${l}: it has no COMPLETED deployment to return to. Set rollback-task-definition to the revision to restore`)}(e,y),S=y.deployments?.find(e=>"PRIMARY"===e.status),$=(0,v.Ho)(S,h)
if("update"===$.action&&(0,c.ZV)(y)){const t=await async function(e,t){const{ecs:n,cluster:f,service:y,signal:h}=e
let S
try{const t=await(0,i.C0)(n,{cluster:f,service:y,status:[...m]},h),o=(t?.serviceDeployments??[]).sort((e,t)=>(0,s.kB)(t.createdAt)-(0,s.kB)(e.createdAt))[0]
if(o?.serviceDeploymentArn){const t=await w(e,o.serviceDeploymentArn),s=t?.sourceServiceRevisions?.[0]?.arn
S={serviceDeploymentArn:o.serviceDeploymentArn,status:t?.status??o.status,sourceTaskDefinitionArn:s?(await(0,i.vz)(n,s,h)).taskDefinition:void 0}}}catch(e){const t=(0,u.WI)(e)
if(!t)throw(0,r.es)(e,`reading the service deployments of service ${y}`)
return void(0,u.mc)(`Rolling back with UpdateService: the service deployment in flight cannot be read to roll it back with StopServiceDeployment. ${(0,u.jj)(t)}`)}const $=(0,v.yz)(S,t)
if("update"===$.action)return
const k=$.serviceDeploymentArn
if("stop-service-deployment"===$.action){if(h?.aborted)throw new a.lZ(`Cancelled: service ${y} was not rolled back to ${(0,s.pd)(t)}`)
try{await n.send(new o.a8L({serviceDeploymentArn:k,stopType:"ROLLBACK"}))}catch(e){const t=e.name
if(!(v.xY.has(t)||"client"===e.$fault)&&!(0,u.WI)(e))throw(0,r.es)(e,`stopping service deployment ${(0,c.mX)({serviceDeploymentArn:k})} of service ${y} with rollback`)
const n=(0,u.WI)(e)
return void(0,u.mc)(`StopServiceDeployment (ROLLBACK) was refused for service ${y} (${t}: ${e.message}); rolling back with UpdateService instead${n?`. ${(0,u.jj)(n)}`:""}`)}p.Rm.info(`Stopped service deployment ${(0,c.mX)({serviceDeploymentArn:k})} of service ${y} with ROLLBACK: ECS returns it to ${(0,s.pd)(t)}`)}const A=(0,c.mX)({serviceDeploymentArn:k}),g=await async function(e){const t=e.clock??d.d,n={...l.hz,...e.pacing},o=t.now(),i=o+e.timeoutMs,s=[]
let c,u=0,p=0
const v=e=>({outcome:e,value:c,elapsedMs:t.now()-o})
for(;;){if(e.signal?.aborted)return v("cancelled")
try{const{value:n,calls:i}=await e.read()
for(let e=0;e<i;e++)s.push(t.now())
if(c=n,u=0,p=Math.max(0,p-1),e.done(n))return{outcome:"done",value:n,elapsedMs:t.now()-o}}catch(t){if(e.signal?.aborted)return v("cancelled")
if(t instanceof a.lZ)throw t
if(!(0,r.Sc)(t)||++u>=d.w)throw(0,r.es)(t,e.doing)
p++}const f=t.now()
if(f>=i)return v("timeout")
const m=Math.min((0,l.qC)({elapsedMs:f-o,backoffLevel:p,now:f,ecsCallTimes:s},n),i-f)
try{await t.sleep(m,e.signal)}catch(t){if(e.signal?.aborted)return v("cancelled")
throw t}}}({read:async()=>({value:await w(e,k),calls:1}),done:e=>!!e?.status&&!m.includes(e.status),timeoutMs:e.timeoutMs,doing:`waiting for the rollback of service deployment ${A} of service ${y}`,signal:h,clock:e.clock,pacing:e.pacing}),D=g.value?.status??"unknown",C="done"===g.outcome&&"ROLLBACK_SUCCESSFUL"===D,R="done"===g.outcome?C?`Service deployment ${A} is ROLLBACK_SUCCESSFUL: service ${y} runs ${(0,s.pd)(t)} again`:`Service deployment ${A} ended ${D}: ${(0,c.SR)(g.value)}`:`${"timeout"===g.outcome?"Timed out":"Cancelled"} waiting for the rollback of service deployment ${A} (${D})`
return{toTaskDefinitionArn:t,deploymentId:A,updated:"stop-service-deployment"===$.action,stoppedServiceDeployment:"stop-service-deployment"===$.action,wait:{healthy:C,outcome:C?"healthy":"done"===g.outcome?"failed":g.outcome,reason:R,details:[],elapsedMs:g.elapsedMs,deploymentId:A,taskDefinitionArn:C?t:"",timeline:[{atMs:g.elapsedMs,text:R}]}}}(e,h)
if(t)return t}let k
const A="update"===$.action
if("follow"===$.action)k=$.deploymentId
else{if(e.signal?.aborted)throw new a.lZ(`Cancelled: service ${f} was not rolled back to ${(0,s.pd)(h)}`)
try{const e=await t.send(new o.kZr({cluster:n,service:f,taskDefinition:h}))
k=e.service?.deployments?.find(e=>"PRIMARY"===e.status)?.id}catch(e){throw(0,r.es)(e,`rolling service ${f} back to ${(0,s.pd)(h)}`)}}if(!k)throw new a.lZ(`Rolling service ${f} back to ${(0,s.pd)(h)}: ECS returned no PRIMARY deployment`)
const g=await(0,d.waitForDeployment)({...e,deploymentId:k})
return{toTaskDefinitionArn:S?.taskDefinition&&!A?S.taskDefinition:h,deploymentId:k,updated:A,wait:g}}const m=["PENDING","IN_PROGRESS","ROLLBACK_REQUESTED","ROLLBACK_IN_PROGRESS"]
async function w(e,t){const n=await e.ecs.send(new o.A6p({serviceDeploymentArns:[t]}),{abortSignal:e.signal})
return n?.serviceDeployments?.[0]}}}

